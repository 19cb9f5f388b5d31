#!/usr/bin/env python3
"""Generator for the releasegate check_holdout92 corpus (wine, spirits and craft-beverage packaging).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout92/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffled case order with seed 9292).
The renderer helpers below (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied
from check_holdout3/build.py; the cases are new and were written independently.
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
    m["Message-ID"] = msgid or f"<h92-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h92")
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

# ------------------------------------------------------------ extra helpers
def q(text, level=1):
    """Quote a block of text the way mail clients do ('> ' per level)."""
    pre = "> " * level
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n"))


def to_html(text):
    """Very small text->HTML for multipart/alternative bodies; quoted lines become blockquotes."""
    out, quoted = [], []

    def flush():
        if quoted:
            inner = "<br>\n".join(escape(x) for x in quoted)
            out.append(f'<blockquote style="border-left:2px solid #999;margin:0 0 0 6px;padding-left:8px">{inner}</blockquote>')
            quoted.clear()

    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines if ln.strip()):
            quoted.extend(ln.lstrip("> ").rstrip() for ln in lines)
            quoted.append("")
            continue
        flush()
        out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    flush()
    return ('<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")


_PL = str.maketrans({"ł": "l", "Ł": "L", "ś": "s", "Ś": "S", "ż": "z", "Ż": "Z", "ź": "z", "ą": "a", "ę": "e",
                     "ń": "n", "ć": "c", })


def _l1(x):
    """The standard PDF fonts only carry WinAnsi glyphs: write Polish names the way export paperwork does."""
    if isinstance(x, str):
        y = x.translate(_PL)
        y.encode("cp1252")
        return y
    if isinstance(x, (list, tuple)):
        return type(x)(_l1(v) for v in x)
    return x


def pdf_l1(blocks, **kw):
    return pdf([_l1(b) for b in blocks], **{k: _l1(v) for k, v in kw.items()})


def eml(m):
    return eml_bytes(m)


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(9292).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h92_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    return labels


# =================================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = positive. They never reach the case folders.

# ------------------------------------------------------------------ batch 1
# c01: supplier quote with sample/mould and production tiers; no authorization anywhere.
case("c01_quote_tiers_glassworks", [],
     "Supplier quote only (mould samples 24 + production 30.000); a quote authorizes nothing, so no absence rules and no RG001.",
     [("Offerta_OFF-2024-0412_VAV.pdf", pdf_l1([
         ("h1", "OFFERTA / QUOTATION n. OFF-2024/0412"),
         ("p", "Vetreria Alta Val d'Elsa S.r.l. - Via delle Fornaci 18, 53034 Colle di Val d'Elsa (SI), Italia - "
               "P.IVA IT01234560528 - export@vetreria-ave.example"),
         ("p", "Spett.le Domaine Ferrand-Lacoste, alla c.a. di Mme Hélène Ferrand, 12 rue de la Velle, 21190 Meursault, France"),
         ("p", "Data / Date: 12/03/2024    Validità / Validity: 60 giorni / days"),
         ("p", "Oggetto / Subject: bottiglia Borgognona 750 ml 'Tradition', spalla con stemma in rilievo, colore feuille-morte, "
               "disegno VAV-BG750-07 rev. C, bocca per tappo sughero 18,5 mm (CETIE)."),
         ("sp",),
         ("table", [["Pos.", "Descrizione / Description", "Q.tà / Qty", "Prezzo unit. / Unit price", "Importo / Amount"],
                    ["1", "Stampo completo (abbozzatore + finitore), 4 cavità - una tantum / mould set, 4 cavities, one-off", "1", "€ 14.800,00", "€ 14.800,00"],
                    ["2", "Campioni da stampo di produzione, su vassoio / mould samples from the production mould, on tray", "24 pz", "€ 6,50", "€ 156,00"],
                    ["3", "Bottiglie di produzione, 2 campagne colore, pallet da 1.260 pz / production bottles", "30.000 pz", "€ 0,61", "€ 18.300,00"]]),
         ("sp",),
         ("p", "Note: the quantity of position 3 is the basis for the unit price and is valid for one furnace campaign. "
               "Mould samples are made on receipt of your purchase order and of the signed drawing; lead time 5 weeks. "
               "Production bottles are made only on your written production release; lead time 6-7 weeks from the release, "
               "subject to the feuille-morte campaign on line 2. Tolerance on delivered quantity of production lots ±5%."),
         ("p", "Pagamento / Payment: mould 50% with order, 50% at sample approval; bottles 30 days end of month. "
               "Resa / Incoterms: FCA Colle di Val d'Elsa. Imballo: pallet 120x100, film termoretraibile, interfalde in cartone."),
         ("p", "Questa offerta non costituisce conferma d'ordine. / This quotation is not an order confirmation."),
         ("sp",),
         ("p", "Marco Bellandi - Ufficio Commerciale Export - tel. +39 0577 000 118"),
     ], title="Offerta OFF-2024/0412", author="Marco Bellandi"))])

# c02: sample PO email, all four jobs done, quote quantity declared not released; PDF PO attached.
_c02_pdf = pdf_l1([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER BC-2024-0457"),
    ("p", "Château Les Ormeaux SCEA - Lieu-dit Les Ormeaux, 33330 Saint-Émilion, France - TVA FR 00 123 456 789"),
    ("p", "Fournisseur / Supplier: Vidraria Atlântica Lda, Zona Industrial, 2430-000 Marinha Grande, Portugal"),
    ("p", "Date: 04/03/2024   Réf. devis / quote ref.: VA-Q-24-118   Acheteuse: Sophie Marchetti"),
    ("table", [["Ligne", "Article", "Qté", "PU", "Montant"],
               ["1", "Moule bouteille Bordelaise 'Ormeaux' 750 ml, gravure blason, vert olive (plan VA-BX-2231 rév. 2)", "1 jeu", "€ 12.400,00", "€ 12.400,00"],
               ["2", "Échantillons moule / mould samples, from the production mould", "36", "€ 7,20", "€ 259,20"]]),
    ("sp",),
    ("p", "Périmètre / Scope: this purchase order covers the mould and thirty-six (36) mould samples only. "
          "The production quantity of your quote (42,000 bottles) is not released by this order: do not book the furnace "
          "campaign and do not order colour batch for it. It will be released only by revised PO BC-2024-0457 rev. 1, "
          "issued after our maître de chai has signed off the samples on the bottling line, and signed by Arnaud Vidal, "
          "directeur d'exploitation."),
    ("p", "Livraison des échantillons: DAP Saint-Émilion, avant le 15/04/2024. Facturation: Château Les Ormeaux SCEA."),
], title="BC-2024-0457", author="Sophie Marchetti")
_c02_txt = """Bonjour Rui,

Please find attached our purchase order BC-2024-0457 for the Bordelaise 'Ormeaux' bottle, following your offer VA-Q-24-118 and our call on Friday.

To be very clear on the scope, as discussed:

- The PO covers thirty-six (36) mould samples only, from the production mould, in vert olive. Line 1 is the mould itself.
- The production quantity in your offer (42,000 bottles) is NOT released by this PO. Please do not book the furnace campaign or order colour batch for it.
- The production bottles will be released only by a revised PO (BC-2024-0457 rev. 1), after our maître de chai has signed off the samples on the bottling line (trial with our corks and capsules).
- That revised PO will be signed by Arnaud Vidal, directeur d'exploitation. Nobody else at the château can release the production.

For the samples: delivery to the château before 15 April please, on one pallet, with the mould number engraved on the base as on the drawing. Our transporter is Transports Dubreuil if you prefer FCA, but DAP is fine as in the offer.

Bonne journée et à bientôt,
""" + sig("Sophie Marchetti", "Acheteuse / Purchasing", "Château Les Ormeaux SCEA, Saint-Émilion", "+33 5 57 00 41 20")
case("c02_sample_po_email_complete", [],
     "Sample PO for 36 mould samples; 42,000 declared not released, unlock = sample sign-off + revised PO, signer Arnaud Vidal named.",
     [("BC-2024-0457_Ormeaux_bottle.eml", eml(mail(
         "Sophie Marchetti <achats@chateau-lesormeaux.example>", "Rui Carvalho <rui.carvalho@vidraria-atlantica.example>",
         "PO BC-2024-0457 - Bordelaise Ormeaux - mould + samples", "Mon, 04 Mar 2024 10:14:00 +0100",
         _c02_txt, html=to_html(_c02_txt),
         attachments=[("BC-2024-0457.pdf", _c02_pdf, PDF_MT)])))])

# c03: supplier's go-ahead question; no buyer authorization in the bundle.
_c03_txt = """Dear Morag,

Good day. The 40 pcs gift tube samples for Glen Corran 15 Year Old were sent yesterday by DHL, AWB 12 3456 7890, you should receive them in Dufftown on Thursday.

Our production team ask: do we have go-ahead for the 8,000 tubes, or only the samples at this moment? The printing plates for 4-colour + gold foil need 7 days, so if you can let us know early it help our schedule very much. We will not start anything before your reply.

Also please confirm the shipping carton marking is same as last order (GC logo, net/gross weight, "THIS WAY UP" in English only).

Thank you and best regards,
Cindy Luo
Sales Manager
Dongguan Hengli Packaging Co., Ltd.
No. 8 Xinhe Road, Humen Town, Dongguan, Guangdong, China
Tel +86 769 0000 5521 | WeChat cindyluo_hl
"""
case("c03_supplier_question_goahead", [],
     "Supplier asks whether the 8,000 tubes are go-ahead; a question authorizes nothing and no buyer authorization is in the bundle.",
     [("RE_Glen_Corran_15_gift_tube_samples.eml", eml(mail(
         "Cindy Luo <cindy@hengli-packaging.example>", "Morag Lennox <morag.lennox@glencorran.example>",
         "Glen Corran 15YO gift tube - samples sent / production question", "Tue, 09 Apr 2024 16:40:00 +0800",
         _c03_txt, html=to_html(_c03_txt))))])

# c04: supplier-portal forecast page clearly labelled as forecast, not an order.
_c04_body = """<h2>Bellbird Ridge Estate - Supplier Collaboration Portal</h2>
<p>Supplier: <b>Shenzhen Jiahe Closures Co., Ltd.</b> (vendor 300871) &nbsp;|&nbsp; Published: 01/07/2024 by Jack Reilly, Operations Manager</p>
<h3>Rolling 12-month forecast - screwcaps</h3>
<div class="note"><b>Forecast for capacity planning only.</b> This page is not a purchase order. It releases no production
and no material. Quantities are released only by call-offs issued in this portal against PO 4500012877 or its successors.</div>
<table>
<tr><th>Item</th><th>Description</th><th>Q3-24</th><th>Q4-24</th><th>Q1-25</th><th>Q2-25</th></tr>
<tr><td>SC-3060-BR-MB</td><td>Screwcap BVS 30H60, Saranex liner, matte black, printed top "BR"</td><td>45,000</td><td>60,000</td><td>20,000</td><td>35,000</td></tr>
<tr><td>SC-3060-BR-GD</td><td>Screwcap BVS 30H60, Saranex liner, gold, printed top "BR" (Reserve range)</td><td>8,000</td><td>12,000</td><td>0</td><td>6,000</td></tr>
</table>
<p>Forecast accuracy last 4 quarters: 91%. Bottling windows (McLaren Vale): Shiraz 14-25 Oct; Grenache 3-7 Feb; whites 10-21 Jun.</p>
<h3>Recent call-offs</h3>
<table>
<tr><th>Call-off</th><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>CO-118</td><td>SC-3060-BR-MB</td><td>20,000</td><td>Delivered 14/02/2024</td></tr>
<tr><td>CO-121</td><td>SC-3060-BR-GD</td><td>6,000</td><td>Delivered 02/05/2024</td></tr>
</table>
<p style="color:#666">Questions on this forecast: supply@bellbirdridge.example - Bellbird Ridge Estate Pty Ltd, Main Road, McLaren Vale SA 5171</p>"""
case("c04_portal_forecast_labelled", [],
     "Rolling forecast page explicitly labelled 'for capacity planning only, not a purchase order'; historical call-offs only.",
     [("bellbird_supplier_portal.html", html_page("Rolling forecast - screwcaps", _c04_body))])

# c05: scoped technical approval of a screen-print test, reply on top of supplier's message.
_c05_txt = """Bonjour Giulia,

Thank you for the 30 screen-print test bottles, they arrived in one piece on Tuesday (only one carton a bit crushed, bottles fine).

Colour and registration are approved for colour and registration only. This is a technical sign-off on the test, not a production release: the 18,000 printed bottles remain on hold, and nothing beyond the 30 test bottles is authorised under PO DEL-24-0112.

Production will be released in writing by Thibault Renard, our Directeur des Opérations, after the cellar team has run the test bottles through the labeller and the gold hot-foil rub test next week. Please wait for his release letter before you print anything more.

One remark for the file: the gold on the crest is slightly heavy at 6 o'clock. Please keep the same screen but reduce the ink deposit if you can.

Merci et bonne journée,
Camille
""" + sig("Camille Besson", "Responsable Packaging", "Maison Delacroix - Champagne, Épernay", "+33 3 26 00 12 90") + "\n" + q("""On Mon, 13 May 2024 at 17:02, Giulia Ferri <g.ferri@serigrafia-emiliana.example> wrote:
Dear Camille,
the 30 test bottles of Blanc de Blancs (screen-print 2 colours + gold 'oro lucido') left with GLS this morning, tracking 6F3320018.
Please find the photos of the test in our shared folder. Let us know your comments.
Kind regards,
Giulia Ferri - Customer Service - Serigrafia Vetro Emiliana S.r.l., Sassuolo (MO)""") + "\n"
case("c05_scoped_technical_signoff", [],
     "Approval scoped to colour/registration only, 30 test bottles active, 18,000 on hold, release letter by Thibault Renard after labeller test.",
     [("RE_test_serigraphie_Blanc_de_Blancs.eml", eml(mail(
         "Camille Besson <c.besson@maison-delacroix.example>", "Giulia Ferri <g.ferri@serigrafia-emiliana.example>",
         "RE: Test serigrafia Blanc de Blancs - DEL-24-0112", "Thu, 16 May 2024 11:25:00 +0200", _c05_txt,
         cc="Thibault Renard <t.renard@maison-delacroix.example>", in_reply_to="<gf-0513@serigrafia-emiliana.example>")))])

# c06: full-quantity PO, no sample, no balance, 'please proceed'.
case("c06_full_quantity_po_screwcaps", [],
     "Full-quantity PO for 60,000 screwcaps, no sample and no balance; 'proceed with the order as specified' on a full PO is fine.",
     [("PO_4500012877_Bellbird.pdf", pdf_l1([
         ("h1", "PURCHASE ORDER 4500012877"),
         ("p", "Bellbird Ridge Estate Pty Ltd - ABN 00 000 000 000 - Main Road, McLaren Vale SA 5171, Australia"),
         ("p", "Vendor 300871: Shenzhen Jiahe Closures Co., Ltd., Bao'an District, Shenzhen, PRC"),
         ("p", "Order date: 12/08/2024   Buyer: Jack Reilly   Your quote: SJ-Q-2410-33   Incoterms: CIF Port Adelaide"),
         ("table", [["Line", "Item", "Description", "Qty", "Unit", "Price USD", "Value USD"],
                    ["10", "SC-3060-BR-MB", "Screwcap BVS 30H60, Saranex liner, matte black, top print 'BR' per artwork BR-TOP-v4", "60,000", "EA", "0.052", "3,120.00"],
                    ["20", "FRT", "Sea freight and insurance to Port Adelaide", "1", "LOT", "410.00", "410.00"]]),
         ("p", "Order total USD 3,530.00"),
         ("sp",),
         ("p", "This order is for the full quantity required for the 2024 Shiraz bottling; no sample lot and no further call-off "
               "belong to this order. Top print per approved artwork BR-TOP-v4 (on file since the 2023 order)."),
         ("p", "Please proceed with the order as specified above. Required on site by 15/01/2025. Please send the order "
               "acknowledgement within 5 working days, and the packing list and fumigation-free pallet declaration with the shipping documents."),
         ("p", "Deliver to: Bellbird Ridge Estate, Gate 2, Main Road, McLaren Vale SA 5171. Receiving hours 7:00-15:00 Mon-Fri."),
     ], title="PO 4500012877", author="Jack Reilly"))])

# c07: call-off with explicit staged material authority above the released quantity (DOCX with table).
case("c07_calloff_staged_material", [],
     "Call-off 2 releases 1,200 decanters; staged material authority up to 3,600 stated explicitly; balance 1,200 on hold until call-off 3 by Morag Lennox after lot acceptance.",
     [("GC-24-0091_call-off_02.docx", docx_bytes([
         ("h1", "Call-off No. 2 - PO GC-24-0091"),
         ("p", "Glen Corran Distillery Ltd, Balvenie Road, Dufftown, Keith AB55 4DH, Scotland"),
         ("p", "To: Vetreria Alta Val d'Elsa S.r.l. - attn. Marco Bellandi"),
         ("p", "Item: Decanter 70 cl 'Glen Corran 18', extra-flint, punt with engraved stag, drawing GC-DEC-18 issue 4. "
               "Commercial cover under PO GC-24-0091: 3,600 decanters."),
         ("table", [["", "Decanters"],
                    ["Call-off No. 1 (released 05/02/2024, delivered)", "1,200"],
                    ["Call-off No. 2 - released by this document", "1,200"],
                    ["Total released to date", "2,400"],
                    ["Balance on hold - not released", "1,200"],
                    ["Material authority (staged, at Glen Corran's liability)", "up to 3,600 decanters' worth"]]),
         ("sp",),
         ("p", "This call-off releases one thousand two hundred (1,200) decanters for production now, delivery to our bonded "
               "warehouse in Keith by 28 June 2024."),
         ("p", "Material authority: you may buy and hold extra-flint batch and the stag decals for up to 3,600 decanters at "
               "Glen Corran's liability, so that the last call-off is not held up by the glass campaign. This is a staged "
               "material authority only; it releases no production beyond the 2,400 decanters released to date."),
         ("p", "The remaining 1,200 decanters are not released. They will be released by call-off No. 3 after lot "
               "acceptance of this call-off at Keith, and call-off No. 3 will be signed by Morag Lennox, Head of Packaging."),
         ("p", "Packing as before: 6 per carton, cell dividers, 40 cartons per pallet, pallet label with PO and call-off number."),
         ("sp",),
         ("p", "Morag Lennox, Head of Packaging - 30 April 2024"),
     ], author="Morag Lennox"))])

# c08: explicit recorded auto-conversion agreement.
case("c08_auto_conversion_agreed", [],
     "Explicit recorded auto-conversion: signed sign-off by Lindiwe Nkosi of the 36 press proofs releases 15,000 labels; quantity, signer, conditions, expiry named.",
     [("SK-2024-061_agreement_record.pdf", pdf_l1([
         ("h1", "Record of agreement - auto-conversion of press-proof sign-off"),
         ("p", "Swartkrans Wines (Pty) Ltd, Riebeek-Kasteel, Swartland, South Africa  /  Drukarnia Etykiet Wisła Sp. z o.o., "
               "ul. Zabłocie 40, 30-701 Kraków, Poland"),
         ("table", [["Field", "Value"],
                    ["Order", "Front and back labels 'Swartkrans Chenin Blanc 2024' - PO SK-2024-061"],
                    ["Quote", "DEW/24/0877: 36 press-proof labels; 15,000 production labels (basis: firm)"],
                    ["Recorded on", "14 May 2024"],
                    ["Signer of the sign-off", "Lindiwe Nkosi, Procurement Manager, Swartkrans Wines"],
                    ["Quantity released by the sign-off", "15,000 labels (fifteen thousand)"],
                    ["Valid until", "30 June 2024"],
                    ["Material authority until sign-off", "sample-only (36 press-proof labels)"]]),
         ("sp",),
         ("p", "Auto-conversion: when Lindiwe Nkosi signs off the 36 press-proof labels in writing on sign-off form SO-061 "
               "with the disposition 'approved', that signed form releases 15,000 production labels by itself, without a "
               "further release document. Both parties agree to this in advance. Until that sign-off only the 36 "
               "press-proof labels are released; the 15,000 production labels stay on hold."),
         ("p", "Conditions: the disposition must be 'approved' (an interim or rejected disposition releases nothing); the form "
               "must be signed by Lindiwe Nkosi; it must be dated on or before 30 June 2024. Outside these conditions nothing "
               "is released and a separate written release is required."),
         ("table", [["For Swartkrans Wines", "For Drukarnia Etykiet Wisła"],
                    ["Lindiwe Nkosi, Procurement Manager", "Tomasz Nowak, Kierownik Sprzedaży / Sales Manager"],
                    ["signed 14/05/2024", "signed 14/05/2024"]]),
     ], title="Auto-conversion record SK-2024-061", author="Lindiwe Nkosi"))])

# p01: sample PO with a production line in the item table; nothing held, no event, no person.
case("p01_sample_po_production_line", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 30 mould samples also lists 40,000 production bottles with no 'not released'; no hold, no unlock event, no release person.",
     [("BC_GS-24-0219.pdf", pdf_l1([
         ("h1", "BON DE COMMANDE n° GS-24-0219"),
         ("p", "Château La Garenne-Sarrazin - 33600 Pessac, France - Appellation Pessac-Léognan"),
         ("p", "Fournisseur: Vetreria Alta Val d'Elsa S.r.l., Colle di Val d'Elsa (SI), Italie"),
         ("p", "Date: 19/02/2024   Devis: OFF-2024/0388   Objet: échantillons moule - bouteille Bordelaise Prestige 750 ml"),
         ("table", [["Ligne", "Désignation", "Qté", "PU €", "Total €"],
                    ["1", "Échantillons moule Bordelaise Prestige 750 ml, plan VAV-BX750-12 rév. B, teinte UVAG", "30", "7,20", "216,00"],
                    ["2", "Bouteilles production Bordelaise Prestige 750 ml (devis OFF-2024/0388), livraison avant mise en bouteille juin 2025", "40 000", "0,58", "23 200,00"]]),
         ("sp",),
         ("p", "Les échantillons sont destinés à un essai sur notre chaîne d'embouteillage (bouchons 49 x 24, capsules étain). "
               "Merci de livrer les échantillons au château avant le 22 mars, palette filmée, avec le certificat de conformité "
               "contact alimentaire."),
         ("p", "Samples are for a trial on our bottling line. Please confirm receipt of this order by return e-mail."),
         ("p", "Conditions de paiement: 45 jours fin de mois. Adresse de facturation: SCEA Garenne-Sarrazin, 33600 Pessac."),
         ("p", "Étienne Sarrazin, propriétaire"),
     ], title="BC GS-24-0219", author="Etienne Sarrazin"))])

# p02: quoted PO scope is complete; supplier asks 'shall we go ahead?', buyer answers 'aye, go ahead'.
_p02_txt = """Marco,

Aye, go ahead. Cheers for the quick turnaround on the mould.

Ewan
""" + sig("Ewan MacPhail", "Packaging Buyer", "Tobar Mòr Distillery, Port Ellen, Isle of Islay", "+44 1496 000 214") + "\n" + q("""On 15 Apr 2024, at 14:10, Marco Bellandi <export@vetreria-ave.example> wrote:

Dear Ewan,
the new mould for the Tobar Mor single cask bottle is finished and was tested on the IS machine on Friday, the embossing of the well and the name is very sharp. We have a flint campaign on line 3 from 22 April.
Shall we go ahead?
Best regards,
Marco""") + "\n" + q("""On 2 Apr 2024, at 09:31, Ewan MacPhail <ewan.macphail@tobarmor.example> wrote:

Hi Marco,
PO TM-24-0033 attached. It is for twenty (20) mould samples only, flint, from the production mould.
The 9,980 production bottles in your offer are not released - please don't run them.
They'll be released by a revised PO once our head blender Fiona Grant has signed off the samples on the filling line, and that revised PO comes from me, Ewan MacPhail, nobody else.
Thanks,
Ewan""", 2) + "\n"
case("p02_unscoped_go_ahead_thread", ["RG002"],
     "Quoted PO scope is complete (20 samples, 9,980 not released, revised PO by Ewan after Fiona's sign-off), but the reply 'Aye, go ahead' to 'shall we go ahead?' names neither samples nor a quantity.",
     [("RE_Tobar_Mor_new_mould.eml", eml(mail(
         "Ewan MacPhail <ewan.macphail@tobarmor.example>", "Marco Bellandi <export@vetreria-ave.example>",
         "RE: Tobar Mor single cask bottle - new mould", "Mon, 15 Apr 2024 15:02:00 +0100", _p02_txt,
         html=to_html(_p02_txt), in_reply_to="<mb-0415@vetreria-ave.example>")))])

# p03: craft-brewery chat; 'green light, run em' with no quantity anywhere.
_p03_chat = """3/14/24, 9:02 AM - Luis Garza (Etiquetas del Norte): Morning Kyle! Proof v3 of the Hazy Days IPA 16oz label attached, we fixed the UPC and the ABV 6.8%
3/14/24, 9:02 AM - Luis Garza (Etiquetas del Norte): <attached: HazyDays_16oz_proof_v3.pdf>
3/14/24, 9:40 AM - Kyle Brennan: looks rad
3/14/24, 9:41 AM - Kyle Brennan: Meghan wants the hop cone a touch greener tho, can you do PMS 7489?
3/14/24, 9:43 AM - Luis Garza (Etiquetas del Norte): Sure, v4 in 1 hr
3/14/24, 10:51 AM - Luis Garza (Etiquetas del Norte): <attached: HazyDays_16oz_proof_v4.pdf>
3/14/24, 11:05 AM - Kyle Brennan: Perfect. Green light, run 'em 🍺
3/14/24, 11:06 AM - Luis Garza (Etiquetas del Norte): 👍 we schedule the press. Same roll spec as last time? 3in core, wound #4, 1 across
3/14/24, 11:20 AM - Kyle Brennan: yep same as last. ship to the taproom dock not the warehouse pls
3/14/24, 11:21 AM - Luis Garza (Etiquetas del Norte): ok Bent Pine taproom, 88 Pine St Burlington VT 05401. Got it
"""
case("p03_chat_green_light_no_qty", ["RG002", "RG010"],
     "Brewer's 'Green light, run em' names no quantity, and no quantity is stated anywhere in the chat.",
     [("WhatsApp_Chat_Luis_Garza_Etiquetas.txt", _p03_chat)])

# p04: DOCX artwork brief with complete scope, closing with 'Approved - proceed.'
case("p04_brief_approved_proceed", ["RG002"],
     "Brief states the 200-label press proof, 14,000 not released, written release by Hélène Ferrand after sign-off; but the closing 'BAT v3 - Approved - proceed.' is unscoped.",
     [("Brief_etiquette_Meursault_Charmes_2022.docx", docx_bytes([
         ("h1", "Brief artwork - étiquette Meursault 1er Cru 'Les Charmes' 2022"),
         ("p", "Client: Domaine Ferrand-Lacoste, 21190 Meursault. Imprimeur: Drukarnia Etykiet Wisła Sp. z o.o., Kraków. "
               "Commande: PO DFL-24-031."),
         ("h", "Spécifications"),
         ("table", [["Élément", "Format", "Support", "Finitions"],
                    ["Étiquette", "95 x 125 mm, coins droits", "Vergé crème 90 g, résistant à l'humidité (wet-strength)", "Dorure à chaud or mat, gaufrage du blason, vernis sélectif"],
                    ["Contre-étiquette", "80 x 100 mm", "idem", "Impression 1 couleur noir, logo recyclage Triman"],
                    ["Collerette", "Ø 30 mm, millésime 2022", "idem", "Dorure à chaud or mat"]]),
         ("p", "Mandrin 76 mm, sens de déroulement n° 4, 1 500 étiquettes par rouleau, intervalle 3 mm."),
         ("h", "Quantités et périmètre"),
         ("p", "This brief accompanies PO DFL-24-031 for the press proof only: two hundred (200) sets printed on the production "
               "press on the final paper. The vintage quantity of 14,000 sets is not released by this brief or by the PO."),
         ("p", "It will be released by a written release from Hélène Ferrand, gérante, once the press proof has been signed off at "
               "the domaine after 24 h in the ice bucket on our labelling machine."),
         ("h", "Calendrier"),
         ("li", "Semaine 17: BAT numérique v3 (reçu)."),
         ("li", "Semaine 19: épreuve presse 200 jeux livrée à Meursault."),
         ("li", "Mise en bouteille: 2-4 juillet 2024."),
         ("h", "Validation"),
         ("p", "BAT v3 - Approved - proceed.   H. F., 18/04/2024"),
     ], author="Hélène Ferrand"))])

# p05: supplier reads the mould deposit as authority to schedule the whole run.
_p05_txt = """Hello Dana,

Good news - we received today the 50% anticipo for the mould (invoice VAJ-F-2291, USD 9,750.00). Thank you very much!

With the payment in, we have put your order in the furnace schedule: the mould samples in week 19 and the 18,000 bottles 750 ml "Quarry Bourbon" in week 22, so you will have everything well before your bottling date in July.

Please send us the carton marking and the pallet label format when you can. For the samples we will use FedEx International Priority to Frankfort.

Saludos cordiales,
Alejandra Ruiz
Ejecutiva de Ventas Exportación
Vidrios Artesanales de Jalisco S.A. de C.V.
Periférico Sur 7120, Tlaquepaque, Jalisco, México
Tel. +52 33 0000 4412

""" + q("""From: Dana Whitfield <dana@oldquarrydistilling.example>
Sent: Tuesday, April 2, 2024 3:18 PM
Subject: PO OQ-24-118 - Quarry Bourbon 750 - mould + samples

Hi Alejandra,
PO OQ-24-118 is attached: the mould (line 1) and twenty-four (24) mould samples only (line 2).
The 18,000 production bottles in your quote are NOT released. Please don't schedule them.
They will be released only by a written release from me, Dana Whitfield, Director of Operations, after our master distiller has signed off the samples on the filler.
Thanks, Dana""")
case("p05_supplier_deposit_schedules_run", ["RG012"],
     "Supplier: 'with the payment in, we have put ... the 18,000 bottles in the furnace schedule' although the quoted PO releases only 24 samples.",
     [("RE_PO_OQ-24-118.eml", eml(mail(
         "Alejandra Ruiz <aruiz@vidriosjalisco.example>", "Dana Whitfield <dana@oldquarrydistilling.example>",
         "RE: PO OQ-24-118 - anticipo recibido / deposit received", "Mon, 22 Apr 2024 12:45:00 -0600", _p05_txt,
         in_reply_to="<dw-0402@oldquarrydistilling.example>")))])

# p06: Aussie chat; deposit paid 'so you're right to kick off the tubes'; no quantity anywhere.
_p06_chat = """[22/7/24, 10:14:03] Lily Chen (Hengli): Hi Bec, artwork v2 for the Wattle Creek Old Vine Shiraz tube is fine for us to make plates 👍
[22/7/24, 10:14:40] Lily Chen (Hengli): For mass production we need 30% deposit as per PI HL-PI-24-0377
[22/7/24, 10:31:12] Bec Hartley: No worries Lily, I'll chase accounts
[23/7/24, 15:02:55] Bec Hartley: Accounts paid it this arvo
[23/7/24, 15:03:10] Bec Hartley: POP attached
[23/7/24, 15:03:11] Bec Hartley: <Media omitted>
[24/7/24, 09:20:47] Lily Chen (Hengli): Received, thank you Bec!
[24/7/24, 09:40:02] Bec Hartley: Deposit's landed then, so you're right to kick off the tubes 🙌 need them in Tanunda by end of Aug for the cellar door launch
[24/7/24, 09:41:30] Lily Chen (Hengli): OK we start. Sea or air?
[24/7/24, 09:45:18] Bec Hartley: Sea to Port Adelaide is fine if it makes it, otherwise give me an air price
"""
case("p06_chat_deposit_kick_off", ["RG002", "RG010", "RG012"],
     "Buyer: deposit landed 'so you're right to kick off the tubes' - payment used as the production trigger, unscoped, and no quantity anywhere.",
     [("WhatsApp_Chat_with_Lily_Chen_Hengli.txt", _p06_chat)])

# p07: multi-file; PO with complete scope + supplier mail: 'PO accepted in our system, therefore production launched'.
_p07_pdf = pdf_l1([
    ("h1", "PURCHASE ORDER SCS-24-0412"),
    ("p", "Strathcarron Spirits Ltd - The Old Sawmill, Strathcarron, Ross-shire IV54 8YR, Scotland"),
    ("p", "Supplier: Corticeira do Douro S.A., Rua da Cortiça 220, 4520-000 Santa Maria da Feira, Portugal"),
    ("p", "Date: 22/04/2024   Quote: CD-Q-24-0655   Contact: Iain Drummond"),
    ("table", [["Line", "Description", "Qty", "Unit price", "Value"],
               ["1", "Bar-top stopper, beech head 19 mm laser-engraved 'Strathcarron', agglomerated cork shank 19.5 x 24 mm - samples for bottling-line trial", "200", "€ 0,38", "€ 76,00"]]),
    ("sp",),
    ("p", "Scope: this PO releases the 200 sample stoppers only. The quoted production quantity (25,000) is not released. "
          "It will be released by a revised PO after our bottling-line trial has been signed off, and the revised PO will be "
          "signed by Iain Drummond, Operations Director."),
    ("p", "Material authority: samples only. Deliver samples to Strathcarron distillery by 10 May 2024."),
], title="PO SCS-24-0412", author="Iain Drummond")
_p07_txt = """Dear Mr Drummond,

We inform that your purchase order SCS-24-0412 was accepted in our system today (our order confirmation OC 24/1187).

Therefore the production of your bar-top stoppers is launched in our factory in Santa Maria da Feira. The samples will be sent by express on 6 May and the rest will follow in week 24 as per our quotation.

Thank you for the preference.

Com os melhores cumprimentos / Best regards,
Joana Pereira
Customer Service
Corticeira do Douro S.A.
Tel. +351 256 000 330
"""
case("p07_po_acceptance_launches_production", ["RG012"],
     "Supplier: PO accepted in our system, 'therefore the production ... is launched', while the PO itself releases 200 samples only.",
     [("PO_SCS-24-0412.pdf", _p07_pdf),
      ("OC_24-1187_Corticeira_do_Douro.eml", eml(mail(
          "Joana Pereira <encomendas@corticeira-douro.example>", "Iain Drummond <iain@strathcarronspirits.example>",
          "Encomenda / Order SCS-24-0412 - OC 24/1187", "Thu, 25 Apr 2024 17:20:00 +0100", _p07_txt)))])


# ------------------------------------------------------------------ batch 2
# c09: sample PO email + forwarded old quote (rfc822) with 50,000, declared informational.
_c09_old = mail("Ricardo Sousa <comercial@capsulas-minho.example>", "Pieter van der Merwe <pieter@bosveld.example>",
                "Cotação CM-Q-22-0561 - cápsulas estanho 30x60 Bosveld", "Wed, 09 Mar 2022 11:02:00 +0000",
                """Dear Pieter,

As requested, our quotation CM-Q-22-0561:

Tin capsules 30 x 60 mm, 4 colours + embossed top 'B', skirt with vertical knurling
- 300 pcs samples: EUR 95,00 lump sum
- 50.000 pcs: EUR 0,118 / pc
Lead time: samples 3 weeks; production 6 weeks after your order. Ex-works Ponte de Lima.

Best regards / Cumprimentos,
Ricardo Sousa
Cápsulas Minho Lda - Departamento Comercial
""", msgid="<cm-q-22-0561@capsulas-minho.example>")
_c09_txt = """Olá Ricardo,

Our PO BV-2024-0098 is issued today for the new Bosveld Family Reserve capsule. I am forwarding your 2022 quote below because the spec is almost the same.

That old quote shows 50,000 capsules. That figure is for information only (price history) - it is not an order and nothing of it is released.

What the PO covers:
- three hundred (300) sample capsules, tin 30 x 60, new top embossing 'BFR', for a trial on our capsuling head;
- the production quantity for the 2024 vintage (we expect about 48,000) is not released and must not be started;
- it will be released by a written release after our cellar master has signed off the trial, and that release will be signed by me, Pieter van der Merwe, Procurement Manager.

Samples by courier to Bosveld Estate, Helshoogte Road, Stellenbosch 7600, please. Our customs agent is Berg Clearing (ref. BOSV-24).

Baie dankie,
""" + sig("Pieter van der Merwe", "Procurement Manager", "Bosveld Estate, Stellenbosch", "+27 21 000 4470")
case("c09_forwarded_old_quote_informational", [],
     "300 sample capsules active; forwarded 2022 quote's 50,000 declared information only; 2024 quantity not released until cellar-master sign-off and written release by Pieter.",
     [("FW_capsules_Bosveld_Family_Reserve.eml", eml(mail(
         "Pieter van der Merwe <pieter@bosveld.example>", "Ricardo Sousa <comercial@capsulas-minho.example>",
         "PO BV-2024-0098 - Family Reserve capsule samples / FW: Cotação CM-Q-22-0561", "Tue, 05 Mar 2024 08:50:00 +0200",
         _c09_txt, attachments=[("rfc822", _c09_old)])))])

# c10: supplier's auto-conversion assumption quoted under a correct buyer reply.
_c10_txt = """Hi Kevin,

Thanks for the update and the tracking number.

Just to be clear, so there is no misunderstanding on your side: approving the samples does not release the 20,000. PO SK-2024-075 covers twelve (12) printed sample bottles only, and the 20,000 stay on hold.

After our winemaker has signed off the samples on the bottling line, I will send you a written release. I am the only one who can release them. Please don't print or buy glass for them before that.

Kind regards,
""" + sig("Lindiwe Nkosi", "Procurement Manager", "Swartkrans Wines (Pty) Ltd, Riebeek-Kasteel", "+27 22 000 1180") + "\n" + q(
    """On Wed, 17 Apr 2024 at 10:12, Kevin Zhang <kevin@yudaglass.example> wrote:
Dear Lindiwe,
12 pcs samples screen-printed Burgundy 750ml (white + gold) sent by SF Express, tracking SF1402 2231 9987, arrive Cape Town next week.
Once you approve the samples we will roll straight into the 20,000 to keep your bottling date.
Best regards,
Kevin Zhang | Xiamen Yuda Glass Products Co., Ltd.""")
case("c10_buyer_corrects_supplier_assumption", [],
     "Supplier's quoted 'once you approve ... roll straight into the 20,000' is answered: 12 samples only, 20,000 on hold, written release by Lindiwe after winemaker sign-off.",
     [("RE_Swartkrans_printed_bottle_samples.eml", eml(mail(
         "Lindiwe Nkosi <lindiwe@swartkrans.example>", "Kevin Zhang <kevin@yudaglass.example>",
         "RE: Swartkrans printed Burgundy samples shipped", "Wed, 17 Apr 2024 14:30:00 +0200", _c10_txt,
         html=to_html(_c10_txt), in_reply_to="<kz-0417@yudaglass.example>")))])

# c11: supplier states the deposit does not release production.
_c11_txt = """Hi Ray,

We received today your 30% deposit on proforma PF-VAJ-24-0412 (USD 8,460.00) - muchas gracias.

Please note the deposit does not release production. Right now we make only the 24 mould samples of the "Luna Alta" 750 ml, and we will run the 15,000 bottles only after we receive your written production release. The furnace slot in week 27 stays tentative until then; if the release comes after 14 June we will propose the next slot (week 31).

Samples: FedEx Priority to Santa Fe, about 12 May. I will send the tracking.

Saludos,
Alejandra Ruiz
Ejecutiva de Ventas Exportación
Vidrios Artesanales de Jalisco S.A. de C.V.
Tel. +52 33 0000 4412
"""
case("c11_supplier_deposit_not_release", [],
     "Supplier confirms deposit received and explicitly says the deposit does not release production; supplier message only.",
     [("PF-VAJ-24-0412_Luna_Alta.eml", eml(mail(
         "Alejandra Ruiz <aruiz@vidriosjalisco.example>", "Ray Montoya <ray@highdesertagave.example>",
         "Depósito recibido - PF-VAJ-24-0412 - Luna Alta 750", "Fri, 26 Apr 2024 13:05:00 -0600",
         _c11_txt, html=to_html(_c11_txt))))])

# c12: supplier acknowledgement portal page restating the hold.
_c12_body = """<h2>Corticeira do Douro S.A. - Portal de Clientes</h2>
<p>Cliente / Customer: <b>Glen Corran Distillery Ltd</b> (C-10442) &nbsp;|&nbsp; Utilizador: morag.lennox</p>
<h3>Order acknowledgement OA-24-2210 - your PO GC-24-0133</h3>
<table>
<tr><th>Line</th><th>Article</th><th>Description</th><th>Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>1</td><td>BT-2130-GC</td><td>Bar-top stopper, walnut head 30 mm, pyrography 'GC', natural cork shank 21 x 30 mm</td><td>48</td><td>sample</td><td>in production, ship wk 20</td></tr>
<tr><td>2</td><td>BT-2130-GC</td><td>Same, production</td><td>5,952</td><td>production</td><td>ON HOLD - not released</td></tr>
</table>
<div class="note"><b>Scope acknowledged as written in your PO:</b> 48 sample stoppers only. The balance of 5,952 stoppers
is on hold; we will produce it only after your sample sign-off and your written release signed by Morag Lennox, Head of
Packaging. Material authority: sample-only - we buy no cork or wood for line 2 before the release.</div>
<p>Acknowledged by: Joana Pereira, Customer Service, 02/05/2024 09:41 WEST</p>
<p style="color:#666">Corticeira do Douro S.A. - Rua da Cortiça 220, 4520-000 Santa Maria da Feira - NIF PT500000000</p>"""
case("c12_supplier_ack_restates_hold", [],
     "Supplier acknowledgement restates the PO scope: 48 samples, 5,952 on hold, written release by Morag Lennox after sample sign-off, sample-only material.",
     [("OA-24-2210_portal.html", html_page("Order acknowledgement OA-24-2210", _c12_body))])

# c13: ERP printout of a full-quantity PO full of quantity-like identifiers.
_c13 = """CASCADE HOLLOW BREWING CO.                                   PURCHASE ORDER
63120 BOYD ACRES RD, BEND OR 97701                           PAGE 1 OF 1
==============================================================================
PO NUMBER : 7700-2310        PO DATE : 03/11/2024     BUYER : T.LINDQVIST
VENDOR    : 300451  CARTONES DEL BAJIO SA DE CV       PLANT : 1000
            AV. 5 DE FEBRERO 2120, QUERETARO QRO 76120, MEXICO
TERMS     : NET 45            INCOTERM : DAP BEND OR   CURRENCY : USD
==============================================================================
LN  ITEM                DESCRIPTION                      QTY  UOM  UNIT     EXT
--  ------------------  ---------------------------  -------  ---  -----  --------
10  CS-24CAN-1600-473   SHIPPER 24X16OZ CAN 32ECT      6,000  EA   0.640  3,840.00
                        B-FLUTE, DWG 2500 REV 12
                        2C FLEXO ON KRAFT, PMS 1605
                        BOX CERT 200# / ASTM D642
20  PAL-4840            PALLET 48X40 GMA GRADE A          25  EA   9.500    237.50
------------------------------------------------------------------------------
                                                   PO TOTAL USD       4,077.50

NOTES:
 1. THIS PO IS FOR THE FULL QUANTITY (6,000 SHIPPERS). NO SAMPLE LOT, NO
    BALANCE, NO FURTHER CALL-OFF ON THIS PO.
 2. PALLET PATTERN 240 SHIPPERS/PALLET, STRETCH WRAP, CORNER BOARDS.
 3. PRINT PER ARTWORK CHB-SHP-2024-03 (SAME AS PO 7700-2188).
 4. CERT OF COMPLIANCE W/ SHIPMENT. ISO 9001:2015 CERT ON FILE.
 5. DELIVER BY 04/15/2024, DOCK 3, 7AM-2PM. APPT: RECEIVING 541-000-0190.

AUTHORIZED: T. LINDQVIST, PURCHASING MANAGER
"""
case("c13_erp_full_po_identifiers", [],
     "Full-quantity ERP PO (6,000 shippers, no balance) with quantity-like identifiers: DWG 2500 REV 12, PLANT 1000, 200#, ISO 9001:2015.",
     [("PO_7700-2310.txt", _c13)])

# c14: DOCX interim disposition with quantity and expiry limits.
case("c14_interim_disposition_labels", [],
     "Interim disposition releases 2,000 neck labels (authorised by Thibault Renard) up to 30 June; remaining 16,000 not released until final sign-off and written release by him.",
     [("Disposition_collerettes_BdB2016.docx", docx_bytes([
         ("h1", "Fiche de disposition échantillon / Sample disposition record"),
         ("p", "Maison Delacroix - Champagne, 6 avenue de Champagne, 51200 Épernay"),
         ("table", [["Champ / Field", "Valeur / Value"],
                    ["Article", "Collerette Blanc de Blancs 2016, 120 x 45 mm, dorure or, réf. DLX-COL-BDB16"],
                    ["Imprimeur / Printer", "Drukarnia Etykiet Wisła Sp. z o.o., Kraków"],
                    ["Commande / PO", "DEL-24-0178 (commercial cover 18,000 labels)"],
                    ["Échantillon évalué", "Épreuve presse, 60 collerettes, reçue le 22/04/2024"],
                    ["Disposition", "INTERIM"],
                    ["Limite de quantité / quantity limit", "2,000 collerettes"],
                    ["Limite de date / expiry", "30/06/2024"],
                    ["Motif", "Or légèrement terne sous éclairage salon; acceptable pour la présentation VinExpo / ProWein"]]),
         ("sp",),
         ("p", "Under this interim disposition, two thousand (2,000) neck labels are released for production now, for the trade "
               "fair bottles only. This release is authorised by Thibault Renard, Directeur des Opérations."),
         ("p", "The remaining 16,000 neck labels are not released. They will be released only by a written release from "
               "Thibault Renard after final sign-off of a corrected press proof (gold foil rub test after 48 h in the ice bucket)."),
         ("p", "If the corrected proof is not signed off by 30/06/2024, the interim lapses and nothing further may be printed."),
         ("sp",),
         ("p", "Signé: Camille Besson (Packaging) - Thibault Renard (Opérations), 24/04/2024"),
     ], author="Camille Besson"))])

# c15: full-quantity PO for a 'Limited Release' gift box ('release' is the product name only).
case("c15_limited_release_giftbox_full_po", [],
     "Full-quantity PO for 1,500 gift boxes; 'Limited Release' is the cuvée's name, not an authorization term; no balance.",
     [("Commande_DEL-24-0233_coffret_Memoire.pdf", pdf_l1([
         ("h1", "BON DE COMMANDE DEL-24-0233"),
         ("p", "Maison Delacroix - Champagne, 6 avenue de Champagne, 51200 Épernay, France"),
         ("p", "Fournisseur: Dongguan Hengli Packaging Co., Ltd., Humen Town, Dongguan, Guangdong, Chine"),
         ("p", "Date: 06/05/2024   Acheteuse: Camille Besson   Offre: HL-Q-24-0519"),
         ("table", [["Réf.", "Désignation", "Qté", "PU USD", "Total USD"],
                    ["CF-MEM12", "Coffret rigide cuvée 'Mémoire' Limited Release 2012, papier texturé noir, dorure à chaud or, calage EVA pour 1 bouteille 75 cl, aimant de fermeture", "1 500", "6,85", "10 275,00"]]),
         ("sp",),
         ("p", "Quantité ferme et définitive: 1 500 coffrets. This order is for the whole quantity; there is no sample lot and "
               "no balance on this order."),
         ("p", "Artwork: as signed off on 02/04/2024 (file MEM12_coffret_v7.pdf). Pre-shipment inspection by our agent in "
               "Dongguan (AQL 1.0 / 2.5)."),
         ("p", "Livraison: FOB Shenzhen, départ au plus tard le 30/08/2024 pour la mise en marché du Limited Release en novembre. "
               "Merci de nous confirmer la commande et la date d'expédition."),
     ], title="DEL-24-0233", author="Camille Besson"))])

# c16: multi-file; full PO 1,200 labels + Polish confirmation '1.200 szt.' (same quantity, European format).
_c16_pdf = pdf_l1([
    ("h1", "PURCHASE ORDER SK-2024-088"),
    ("p", "Swartkrans Wines (Pty) Ltd - Main Road, Riebeek-Kasteel 7307, South Africa"),
    ("p", "Supplier: Etykiety Pomorze Sp. z o.o., ul. Przemysłowa 14, 80-000 Gdańsk, Poland"),
    ("p", "Date: 06/05/2024   Buyer: Lindiwe Nkosi   Quote: EP/24/311"),
    ("table", [["Line", "Description", "Qty", "Unit EUR", "Value EUR"],
               ["1", "Back label 'Skilpad' Cinsault 2023, 70 x 90 mm, wet-strength paper, 1 colour + varnish, core 76 mm, 500/roll", "1,200", "0.86", "1,032.00"]]),
    ("sp",),
    ("p", "Full quantity for this single small-batch bottling; no proof run and no balance on this order."),
    ("p", "Please ship DAP Riebeek-Kasteel via your forwarder by 24/05/2024."),
], title="PO SK-2024-088", author="Lindiwe Nkosi")
_c16_txt = """ETYKIETY POMORZE Sp. z o.o.
ul. Przemysłowa 14, 80-000 Gdańsk, NIP 000-000-00-00

POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION   nr 2024/05/112
Data / Date: 08.05.2024
Klient / Customer: Swartkrans Wines (Pty) Ltd, Riebeek-Kasteel, RPA
Zamówienie klienta / Customer PO: SK-2024-088

Poz.  Opis / Description                     Ilość / Qty   Cena / Price   Wartość / Value
1     Kontretykieta / back label 'Skilpad'    1.200 szt.    0,86 EUR       1.032,00 EUR
      Cinsault 2023, 70x90 mm, papier
      wet-strength, 1 kolor + lakier,
      gilza 76 mm, 500 szt./rolka

Razem netto / Total net:                                                   1.032,00 EUR
Termin wysyłki / Dispatch: 24.05.2024 (DAP Riebeek-Kasteel, spedytor / forwarder: Hartwig Logistics)

Uwagi / Remarks: ilość zgodna z zamówieniem / quantity as per your order.

Z poważaniem / Kind regards
Agnieszka Wróbel, Biuro Obsługi Klienta / Customer Service
"""
case("c16_po_and_confirmation_european_format", [],
     "Full PO for 1,200 labels and a Polish confirmation for '1.200 szt.' - the same quantity in European format; no conflict, no balance.",
     [("PO_SK-2024-088.pdf", _c16_pdf), ("Potwierdzenie_2024-05-112.txt", _c16_txt)])

# p08: supplier treats pro-forma payment as go and buys paper/foil for the full 40,000.
_p08_txt = """Dear Camille,

We have received the payment of pro-forma PF/24/0419 - thank you.

As the payment is done, we ordered the paper (cotton-textured 90 g, wet-strength) and the gold foil for the full 40,000 labels, and we plan to print all in week 21 together with the proof. It is more economic for you because we make only one set-up of the hot-foil unit.

Delivery of the proof labels to Épernay: 17 May.

Z poważaniem / Best regards,
Tomasz Nowak
Kierownik Sprzedaży / Sales Manager
Drukarnia Etykiet Wisła Sp. z o.o., ul. Zabłocie 40, 30-701 Kraków
tel. +48 12 000 47 10

""" + q("""From: Camille Besson <c.besson@maison-delacroix.example>
Sent: 29 April 2024 10:02
To: Tomasz Nowak
Subject: PO DEL-24-0140 - étiquettes Brut Nature

Bonjour Tomasz,
PO DEL-24-0140 is for 400 press-proof labels only (Brut Nature front label, final paper, final foil).
The 39,600 balance is not released: do not print it and do not buy material for it.
It will be released only by a written release from Thibault Renard, Directeur des Opérations, after the proof has been signed off.
Merci, Camille""")
case("p08_payment_material_full_qty", ["RG006", "RG012"],
     "Printer: 'as the payment is done' ordered paper and foil for all 40,000 and plans to print all; PO released 400 proofs and sample-only material.",
     [("RE_PO_DEL-24-0140_Brut_Nature.eml", eml(mail(
         "Tomasz Nowak <t.nowak@dew-krakow.example>", "Camille Besson <c.besson@maison-delacroix.example>",
         "RE: PO DEL-24-0140 - étiquettes Brut Nature", "Mon, 06 May 2024 09:15:00 +0200", _p08_txt,
         in_reply_to="<cb-0429@maison-delacroix.example>")))])

# p09: PO for 'the mould samples' with no sample quantity stated (PDF).
case("p09_po_samples_no_quantity", ["RG010"],
     "PO covers 'the mould samples' per quote with no number; hold, unlock event (bottling-line trial + production PO) and signer Jack Reilly are present.",
     [("PO_4500013102_Bellbird.pdf", pdf_l1([
         ("h1", "PURCHASE ORDER 4500013102"),
         ("p", "Bellbird Ridge Estate Pty Ltd - Main Road, McLaren Vale SA 5171, Australia"),
         ("p", "Vendor 301220: Vetreria Alta Val d'Elsa S.r.l., Colle di Val d'Elsa (SI), Italy"),
         ("p", "Order date: 03/06/2024   Buyer: Jack Reilly   Quote: OFF-2024/0590   Incoterms: FCA Colle di Val d'Elsa"),
         ("table", [["Line", "Description", "Qty", "Price EUR"],
                    ["10", "Mould set, 'Bellbird' Burgundy 750 ml, drawing VAV-BG750-22 rev A, antique green, bird emboss on shoulder", "1 set", "13,900.00"],
                    ["20", "Mould samples from the production mould, as per your quote OFF-2024/0590", "as per quote", "as quoted"]]),
         ("sp",),
         ("p", "Scope: this order covers the mould and the mould samples only. The production bottles in your quote are not "
               "released by this PO and must not be started. They will be released by a separate production PO after the "
               "samples have passed our bottling-line trial, and that PO will be signed by Jack Reilly, Operations Manager."),
         ("p", "Samples by air freight to Bellbird Ridge Estate, attention Winery Store. Please mark the mould number on each sample."),
     ], title="PO 4500013102", author="Jack Reilly"))])

# p10: 'approved' for blender, finance and production; deposit paid 'so ... crack on'.
_p10_txt = """Hi Francesca,

Good news from this end.

Our master blender approved the decanter samples on Friday - the stopper seats perfectly and the weight feels right in the hand. Finance approved the 40% deposit on your proforma PF-24/118 yesterday and it has been paid this morning, so the 3,000 decanters are approved - you can crack on.

We'd like the first 1,000 here by mid-October for the Christmas gift packs if at all possible. Let me know if the Livorno sailing on the 20th still works.

All the best,
Alasdair
""" + sig("Alasdair Munro", "Operations Director", "Kilmory Bay Distillery, Campbeltown, Argyll", "+44 1586 000 512")
case("p10_approved_three_ways_deposit", ["RG009", "RG012"],
     "'Approved' used for blender sign-off, finance and production; deposit paid 'so the 3,000 decanters are approved - crack on'.",
     [("Kilmory_21_decanters_good_news.eml", eml(mail(
         "Alasdair Munro <alasdair@kilmorybay.example>", "Francesca Conti <f.conti@cristalleria-toscana.example>",
         "Kilmory 21 decanters - good news", "Tue, 10 Sep 2024 08:42:00 +0100", _p10_txt, html=to_html(_p10_txt))))])

# p11: PO note uses 'released' for artwork, PO budget and production.
case("p11_released_three_meanings", ["RG009"],
     "'Released' used for artwork sign-off (Marketing), PO budget (Finance) and production; scope itself is complete.",
     [("PO_LV-2024-0311.pdf", pdf_l1([
         ("h1", "PURCHASE ORDER LV-2024-0311"),
         ("p", "Champagne Lemaire-Vautrin - 14 rue Jules Blondeau, 51160 Aÿ-Champagne, France"),
         ("p", "Supplier: Etykiety Pomorze Sp. z o.o., ul. Przemysłowa 14, 80-000 Gdańsk, Poland"),
         ("p", "Date: 07/05/2024   Buyer: Anne-Sophie Roux, Responsable Achats   Quote: EP/24/288"),
         ("table", [["Line", "Description", "Qty", "Unit EUR", "Value EUR"],
                    ["1", "Front label 'Grand Cru Extra Brut', 85 x 110 mm, embossed + hot foil silver, proof run on production press", "500", "0.41", "205.00"]]),
         ("sp",),
         ("h", "Release status"),
         ("p", "Artwork: released by Marketing on 03/05/2024 (BAT v5)."),
         ("p", "PO: released by Finance on 06/05/2024 (budget line 6100-PKG)."),
         ("p", "Production: this PO releases the press-proof run of five hundred (500) labels only. The balance of 19,500 labels "
               "is not released; it will be released in writing by Anne-Sophie Roux, Responsable Achats, after the press-check "
               "sign-off at your plant on 14/05/2024."),
         ("p", "Delivery of the proof labels: DAP Aÿ, by 17/05/2024."),
     ], title="PO LV-2024-0311", author="Anne-Sophie Roux"))])

# p12: supplier uses 'approval' four ways and assumes sample approval rolls into the 48.000.
_p12_txt = """Dear Pieter,

Thank you for your e-mail.

We understand the approval of the capsule colour is done by your side (Pantone 7421 C, OK), and the approval of the PO is done also by your finance, so for us the approval is complete. After your approval of the 300 samples on the capsuling machine we continue directly with the 48.000 capsules, to keep the slot in week 26 - no need of other document.

The 300 samples leave Ponte de Lima on Friday by DHL, AWB 55 4410 2290.

Best regards / Cumprimentos,
Ricardo Sousa
Departamento Comercial
Cápsulas Minho Lda, Ponte de Lima, Portugal

""" + q("""From: Pieter van der Merwe
Sent: Monday, 13 May 2024 08:05
Subject: PO BV-2024-0131 - Chenin capsule

Ricardo,
PO BV-2024-0131 covers 300 sample capsules only (tin 29 x 50, Pantone 7421 C, top 'BV').
The 48,000 production capsules are not released. They will be released by a written release from me, Pieter van der Merwe, after our cellar master has signed off the trial on the capsuling head.
Regards, Pieter""")
case("p12_supplier_approval_overloaded", ["RG007", "RG009"],
     "Supplier uses 'approval' for colour, PO/finance, samples and production, and plans to 'continue directly with the 48.000' after sample approval despite the written-release rule.",
     [("RE_PO_BV-2024-0131_Chenin_capsule.eml", eml(mail(
         "Ricardo Sousa <comercial@capsulas-minho.example>", "Pieter van der Merwe <pieter@bosveld.example>",
         "RE: PO BV-2024-0131 - Chenin capsule", "Wed, 15 May 2024 16:22:00 +0100", _p12_txt,
         in_reply_to="<pvdm-0513@bosveld.example>")))])

# p13: DOCX decoration brief; scope complete but timeline says proof approval = order approved, run straight away.
case("p13_brief_timeline_autoconvert", ["RG007", "RG009"],
     "Brief requires a written release by Morag Lennox, but its timeline says once the proof is approved 'the order is approved' and the 12,000 can run straight away.",
     [("Decoration_brief_GC25_decanter.docx", docx_bytes([
         ("h1", "Decoration brief - Glen Corran 25 Year Old decanter"),
         ("p", "Glen Corran Distillery Ltd, Dufftown  /  Vetri Decor S.r.l., Via dell'Artigianato 9, 31100 Treviso"),
         ("h", "Decoration"),
         ("table", [["Element", "Process", "Colour / finish", "Position"],
                    ["Stag crest", "Ceramic screen print, fired 580 °C", "Gold 12% (liquid bright gold)", "Front, 62 mm from base"],
                    ["'GLEN CORRAN 25'", "Ceramic screen print", "Black 2-tone", "Front, under crest"],
                    ["Cask number panel", "Acid etch", "Satin", "Back, 40 x 25 mm"]]),
         ("p", "Decanter: 70 cl extra-flint, drawing GC-DEC-25 issue 2, supplied by Vetreria Alta Val d'Elsa to Vetri Decor."),
         ("h", "Scope of this brief"),
         ("p", "This brief authorises six (6) decoration proofs only. The 12,000 production decanters are not released. They "
               "will be released by a written release from Morag Lennox, Head of Packaging, after sign-off of the proofs."),
         ("h", "Timeline"),
         ("li", "Wk 20: decoration proofs (6) delivered to Dufftown."),
         ("li", "Wk 21: proof approval by our packaging team and the whisky maker."),
         ("li", "Once the decoration proof is approved, the order is approved and Vetri Decor can run the 12,000 straight away to protect the Christmas slot."),
         ("li", "Wk 36: first delivery to Keith bonded warehouse."),
         ("p", "Contact: Morag Lennox, +44 1340 000 771"),
     ], author="Morag Lennox"))])

# p14: glassworks plans to go from sample OK straight into the 29.976 'without other papers'.
_p14_txt = """Gentile Madame Ferrand,

thank you for the order DFL-24-022 of the 24 mould samples, we confirm the delivery in Meursault for 16 May.

To keep the furnace slot of June (the colour feuille-morte is running only three weeks on line 2), our planning is the following: appena riceviamo il vostro OK on the samples, we pass directly to the production of the 29.976 bottles, so you have them for your bottling of July. In this way we don't lose time with other papers.

We remain at disposal for any question.

Cordiali saluti,
Marco Bellandi
Ufficio Commerciale Export
Vetreria Alta Val d'Elsa S.r.l.
tel. +39 0577 000 118

""" + q("""Le 29/04/2024 à 18:20, Hélène Ferrand a écrit :
Monsieur Bellandi,
This order covers the 24 mould samples only. The balance of 29,976 bottles is not released and must not be started.
It will be released by a revised PO after I have signed off the samples myself on our bottling line.
Hélène Ferrand, gérante, Domaine Ferrand-Lacoste""")
case("p14_glassworks_ok_straight_to_run", ["RG007"],
     "Glassworks: on your OK on the samples 'we pass directly to the production of the 29.976 bottles ... without other papers', against the quoted revised-PO requirement.",
     [("R_Ordine_DFL-24-022_campioni.eml", eml(mail(
         "Marco Bellandi <export@vetreria-ave.example>", "Hélène Ferrand <helene@ferrand-lacoste.example>",
         "R: Ordine DFL-24-022 - campioni stampo / mould samples", "Thu, 02 May 2024 10:05:00 +0200", _p14_txt,
         html=to_html(_p14_txt), in_reply_to="<hf-0429@ferrand-lacoste.example>")))])


# ------------------------------------------------------------------ batch 3
# c17: supplier ERP status report; material within the stated staged authority; balance on hold.
_c17 = """DONGGUAN HENGLI PACKAGING CO., LTD.                     PRODUCTION STATUS REPORT
CUSTOMER : STRATHCARRON SPIRITS LTD                     REPORT DATE : 2024-05-20
PO       : SCS-24-0290  GIFT TUBE 'STRATHCARRON GIN' 80 X 330 MM, 4C + GOLD FOIL
-------------------------------------------------------------------------------
QUOTED PROGRAMME QTY                 :  8,000 SETS
RELEASED QTY                         :  2,000 SETS  (CALL-OFF 1, SIGNED I. DRUMMOND 02/04/24)
BALANCE                              :  6,000 SETS  - ON HOLD, NOT STARTED
MATERIAL AUTHORITY (PER PO NOTE)     :  STAGED UP TO 2,500 SETS AT CUSTOMER LIABILITY
-------------------------------------------------------------------------------
MATERIAL                 UNIT    BOUGHT   BASIS                    REMARK
GREYBOARD 1.5MM          SETS     2,060   2,000 + 3% SPOILAGE      WITHIN AUTHORITY
ART PAPER 157G PRINTED   SETS     2,060   2,000 + 3% SPOILAGE      WITHIN AUTHORITY
TINPLATE CAP + BASE      SETS     2,060   2,000 + 3% SPOILAGE      WITHIN AUTHORITY
GOLD FOIL 64MM X 120M    ROLL         3   -                        -
-------------------------------------------------------------------------------
PRODUCTION : PRINTING DONE 15/05. WRAPPING 60%. QC (AQL 2.5/4.0) PLANNED 24/05.
SHIPMENT   : 2,000 SETS = 84 CTNS (24 SETS/CTN), 2 PALLETS, ETD SHENZHEN 31/05.
NOTE       : NO MATERIAL BOUGHT FOR THE 6,000 SETS ON HOLD.
PREPARED BY: CINDY LUO / SALES.   CHECKED: HUANG WEI / PMC.
"""
case("c17_supplier_report_within_authority", [],
     "Supplier status report: 2,000 released, material for 2,060 within an explicit staged authority of 2,500, balance 6,000 on hold and not started.",
     [("Hengli_status_SCS-24-0290.txt", _c17)])

# c18: Australian chat; supplier asks 'good to run the 20k after?', buyer scopes it fully.
_c18 = """9/5/24, 8:12 am - Tony Chen (Jiahe): Hi Bec, the 200 trial caps are packed, going out on the CX flight tonight
9/5/24, 8:13 am - Tony Chen (Jiahe): Good to run the 20k after?
9/5/24, 8:40 am - Bec Hartley: Morning Tony! Not yet mate
9/5/24, 8:41 am - Bec Hartley: Only the 200 trial caps for now. We're putting them through the capper on the Nuriootpa line on the 9th of June
9/5/24, 8:41 am - Bec Hartley: The other 19,800 stay on hold. Don't buy alu coil or liner for them either
9/5/24, 8:45 am - Tony Chen (Jiahe): OK understood. Who will confirm after the trial?
9/5/24, 8:52 am - Bec Hartley: Shane O'Loughlin, our ops manager. He'll email you a written release once the line trial's signed off. He's the only one who can release them
9/5/24, 8:53 am - Tony Chen (Jiahe): Thanks Bec, noted. We wait for Shane's email 🙏
9/5/24, 8:55 am - Bec Hartley: Legend. Send me the AWB when you have it
"""
case("c18_chat_scoped_trial_caps", [],
     "Supplier's 'good to run the 20k?' is a question; buyer: 200 trial caps only, 19,800 on hold, no material, written release by Shane O'Loughlin after line-trial sign-off.",
     [("WhatsApp_Chat_with_Tony_Chen_Jiahe.txt", _c18)])

# c19: DOCX label brief with table; complete scope, no approval vocabulary.
case("c19_label_brief_complete_scope", [],
     "Label brief: 300 proof sets active, 24,000 not released (no print, no stock), written release by Dana Whitfield after press-check sign-off.",
     [("Label_brief_Quarry_Bourbon_BiB.docx", docx_bytes([
         ("h1", "Label brief - Quarry Bourbon Bottled-in-Bond 750 ml"),
         ("p", "Old Quarry Distilling Co., 410 Wilkinson Blvd, Frankfort KY 40601  /  Etiquetas del Norte S.A. de C.V., Monterrey NL"),
         ("p", "PO OQ-24-140 - quote EDN-Q-24-077 - COLA ID 24123001000456 (front) / 24123001000457 (back)"),
         ("table", [["Element", "Size", "Stock", "Finish"],
                    ["Front", "3.25 x 4.5 in", "Estate #8 white, wet-strength", "Copper foil, blind emboss 'OQ', spot matte varnish"],
                    ["Back", "3 x 3.75 in", "Estate #8 white", "1 colour black + copper"],
                    ["Neck strip", "0.75 x 6 in", "Kraft 70#", "1 colour black, sequential bottle no."]]),
         ("p", "Rolls: 3 in core, unwind #4, 1,000 per roll, gap 1/8 in."),
         ("h", "What to print now"),
         ("p", "Print now: a proof run of three hundred (300) sets (front + back + neck) on the production press, final stock and foil."),
         ("p", "The 24,000 sets in your quote are not released. Please do not print them and do not order stock or foil for them."),
         ("p", "They will be released by a written release from Dana Whitfield, Director of Operations, after the press-check "
               "sign-off at your Monterrey plant (Dana and our brand designer attend, tentatively 18 June)."),
         ("h", "Contacts"),
         ("li", "Dana Whitfield - dana@oldquarrydistilling.example - +1 502 000 0147"),
         ("li", "Brand design: Holt & Reyes Studio, Louisville"),
     ], author="Dana Whitfield"))])

# c20: release notice for the full balance after sign-off; words kept apart.
case("c20_release_notice_full_balance", [],
     "Release notice: sign-off recorded, releases the full 42,000 production bottles under revised PO; no balance remains; signed by Arnaud Vidal.",
     [("RN-2024-014_Ormeaux.pdf", pdf_l1([
         ("h1", "AVIS DE LANCEMENT / RELEASE NOTICE RN-2024-014"),
         ("p", "Château Les Ormeaux SCEA, 33330 Saint-Émilion  ->  Vidraria Atlântica Lda, Marinha Grande"),
         ("table", [["", ""],
                    ["Order", "Bordelaise 'Ormeaux' 750 ml, vert olive, drawing VA-BX-2231 rev. 2"],
                    ["Purchase order", "BC-2024-0457 rev. 1, issued 04/06/2024 (36 mould samples + 42,000 production bottles)"],
                    ["Sample sign-off", "approved on 03/06/2024 by the maître de chai, form SO-0457 (bottling-line trial, 36/36 conform)"],
                    ["Released by this notice", "42,000 bottles (forty-two thousand) - the full production quantity"],
                    ["Balance on hold after this notice", "none"],
                    ["Authorised by", "Arnaud Vidal, directeur d'exploitation"]]),
         ("sp",),
         ("p", "This notice releases the production of 42,000 bottles. Deliveries: 3 lots of 14,000 (±5%), first lot DAP "
               "Saint-Émilion in week 30, bottling starts 29 July 2024."),
         ("p", "Arnaud Vidal - 05/06/2024"),
     ], title="RN-2024-014", author="Arnaud Vidal"))])

# c21: stop notice naming the only released quantity, the hold, the lifting event and person.
_c21 = """Cindy,

Please treat this as a formal stop on PO SCS-24-0355 (gift tubes 'Strathcarron Navy Strength').

Effective immediately, nothing further may start on this order. The 250 sample tubes you shipped last week are the only quantity released; the balance of 9,750 tubes stays on hold. No printing, no plates, no board purchase.

The reason is our rebrand: the Navy Strength label is being redrawn and the tube artwork will change with it.

The stop will be lifted, and the 9,750 released, only by a written notice from me, after our rebrand review has been signed off internally (board meeting 18 June). Until you have that notice from me, please do not start anything on this order, even if someone else from our side asks.

Sorry for the disruption - I know you had the plates booked.

Regards,
""" + sig("Iain Drummond", "Operations Director", "Strathcarron Spirits Ltd, Ross-shire", "+44 1520 000 377")
case("c21_stop_notice_complete", [],
     "Stop notice: only the 250 samples released, 9,750 on hold, stop lifted only by written notice from Iain Drummond after internal rebrand sign-off.",
     [("STOP_PO_SCS-24-0355.eml", eml(mail(
         "Iain Drummond <iain@strathcarronspirits.example>", "Cindy Luo <cindy@hengli-packaging.example>",
         "STOP - PO SCS-24-0355 gift tubes Navy Strength", "Mon, 27 May 2024 09:00:00 +0100", _c21,
         html=to_html(_c21), extra={"Importance": "high"})))])

# c22: buyer's question about lead time 'if we go ahead with 20,000'; supplier quote as HTML attachment.
_c22_quote = html_page("Cotação CM-Q-24-0733", """<h2>Cápsulas Minho Lda - Cotação / Quotation CM-Q-24-0733</h2>
<p>Cliente: Champagne Lemaire-Vautrin, Aÿ &nbsp;|&nbsp; Data: 02/10/2024 &nbsp;|&nbsp; Validade: 30 dias</p>
<table>
<tr><th>Artigo</th><th>Descrição</th><th>Quantidade</th><th>Preço unit.</th></tr>
<tr><td>CF-LV-EB</td><td>Coiffe complexe alu/PE 160 mm, gravure or + noir, déchirette, top 'LV'</td><td>500 (amostras / samples)</td><td>€ 0,29</td></tr>
<tr><td>CF-LV-EB</td><td>Idem, production</td><td>20.000</td><td>€ 0,071</td></tr>
<tr><td>CLICHE</td><td>Gravure cylinders, one-off</td><td>1</td><td>€ 1.150,00</td></tr>
</table>
<p>Lead time: samples 3 weeks after order; production 5 weeks after written release. Ex-works Ponte de Lima.</p>""", lang="pt")
_c22 = """Olá Ricardo,

Thanks for the offer CM-Q-24-0733, attached again here so my colleagues have it.

Before we decide anything, two questions:
1. What would the lead time be to our disgorging date (first week of March) if we go ahead with 20,000 coiffes?
2. Could you hold the price until end of January?

To be clear, no order yet - we are still comparing two offers, and I will come back to you after our tasting committee on 24 October.

Bien cordialement,
""" + sig("Anne-Sophie Roux", "Responsable Achats", "Champagne Lemaire-Vautrin, Aÿ", "+33 3 26 00 57 31")
case("c22_buyer_question_with_quote", [],
     "Buyer asks lead time 'if we go ahead with 20,000' and says 'no order yet'; attached supplier quote with tiers; nothing is authorized.",
     [("Coiffes_Extra_Brut_CM-Q-24-0733.eml", eml(mail(
         "Anne-Sophie Roux <as.roux@lemaire-vautrin.example>", "Ricardo Sousa <comercial@capsulas-minho.example>",
         "Coiffes Extra Brut - questions on CM-Q-24-0733", "Thu, 03 Oct 2024 15:47:00 +0200", _c22,
         attachments=[("CM-Q-24-0733.html", _c22_quote, "text/html")])))])

# c23: buyer portal PO page for press-proof carriers with full scope.
_c23_body = """<h2>Cascade Hollow Brewing Co. - Supplier Portal</h2>
<p>Vendor: <b>Cartones del Bajío S.A. de C.V.</b> (300451) &nbsp;|&nbsp; PO <b>7700-2291</b> &nbsp;|&nbsp; Issued 02/20/2024 by Tara Lindqvist</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th><th>Unit USD</th></tr>
<tr><td>10</td><td>CR-4PK-16-SUMMIT</td><td>4-pack carrier 16 oz cans, 'Summit Saison', SBS 18 pt, 4C + aqueous coat, DWG 1180 REV 3</td><td>150</td><td>press proof (sample)</td><td>1.10</td></tr>
</table>
<div class="note">
<p><b>Production quantity 24,000 carriers (quote CB-COT-1187): NOT RELEASED.</b> Do not print, die-cut or buy board for it.</p>
<p>Unlock: press-check sign-off at your Querétaro plant, followed by a revised PO.</p>
<p>Release authority: Tara Lindqvist, Purchasing Manager. Only a revised PO signed by her releases production.</p>
</div>
<p>Ship the 150 proof carriers to: Cascade Hollow Brewing, 63120 Boyd Acres Rd, Bend OR 97701, attn. Packaging Lab.</p>
<p style="color:#666">Portal build 4.12.0 - printed 02/20/2024 14:03 PST</p>"""
case("c23_portal_sample_po_complete", [],
     "Portal PO: 150 press-proof carriers active, 24,000 not released, unlock = press-check sign-off + revised PO, release authority Tara Lindqvist.",
     [("PO_7700-2291_portal.html", html_page("PO 7700-2291", _c23_body))])

# c24: multi-file; ERP sample PO with full scope + release letter releasing the exact balance.
_c24_po = """BOSVELD ESTATE (PTY) LTD          HELSHOOGTE ROAD, STELLENBOSCH 7600
PURCHASE ORDER                     BV-2024-0140          DATE 2024-04-08
SUPPLIER  CORTICEIRA DO DOURO S.A., SANTA MARIA DA FEIRA, PORTUGAL
BUYER     P. VAN DER MERWE         CURRENCY EUR          INCOTERM CIF CAPE TOWN
-----------------------------------------------------------------------------
LN  ARTICLE         DESCRIPTION                            QTY   UOM   PRICE
01  NC-4924-FL      NATURAL CORK 49X24MM, GRADE FLOR,       60   PCS   0.62
                    BRANDED 'BOSVELD' + VINTAGE, PARAFFIN/
                    SILICONE TREATMENT, 2-SIDE INK
-----------------------------------------------------------------------------
SCOPE NOTE
  THIS PO RELEASES 60 SAMPLE CORKS ONLY.
  BALANCE 29,940 CORKS (QUOTE CD-Q-24-0601): NOT RELEASED. DO NOT PUNCH,
  SORT OR BRAND FOR IT.
  UNLOCK: LOT ACCEPTANCE OF THE SAMPLES (TCA SCREENING AT OUR LAB) + WRITTEN
  RELEASE LETTER.
  RELEASE AUTHORITY: PIETER VAN DER MERWE, PROCUREMENT MANAGER.
  MATERIAL AUTHORITY: SAMPLE ONLY.
-----------------------------------------------------------------------------
"""
_c24_rl = pdf_l1([
    ("h1", "RELEASE LETTER RL-BV-0140-1"),
    ("p", "Bosveld Estate (Pty) Ltd, Helshoogte Road, Stellenbosch 7600, South Africa"),
    ("p", "To: Corticeira do Douro S.A., attn. Joana Pereira - 14 June 2024"),
    ("p", "Re: PO BV-2024-0140, natural cork 49 x 24 mm, grade Flor"),
    ("p", "Lot acceptance of the 60 sample corks was completed on 12 June 2024 (TCA screening: all 60 below 0.5 ng/L; "
          "dimensional and moisture checks conform)."),
    ("p", "This letter releases twenty-nine thousand nine hundred and forty (29,940) corks, which is the full balance of "
          "PO BV-2024-0140. No quantity remains on hold after this release."),
    ("p", "Delivery: CIF Cape Town, in two lots of 14,970, the first by 15 August 2024 for the Chenin bottling."),
    ("p", "Pieter van der Merwe, Procurement Manager"),
], title="RL-BV-0140-1", author="Pieter van der Merwe")
case("c24_sample_po_plus_release_letter", [],
     "ERP PO for 60 sample corks with full scope + release letter by Pieter releasing exactly the 29,940 balance after lot acceptance; quantities consistent.",
     [("PO_BV-2024-0140.txt", _c24_po), ("RL-BV-0140-1.pdf", _c24_rl)])

# c25: brewery email with DOCX scope sheet; first release 2,500; deposit explicitly releases nothing.
_c25_docx = docx_bytes([
    ("h1", "Scope sheet - PO BP-24-061"),
    ("p", "Bent Pine Brewing Co., 88 Pine St, Burlington VT 05401  /  Cartones del Bajío S.A. de C.V., Querétaro"),
    ("table", [["Item", "Released now", "Not released (on hold)", "Unlock event", "Release authority"],
               ["Shipper 24 x 12 oz bottle, 'Maple Porter', 2C kraft", "2,500", "7,500", "Press-check sign-off + written release", "Meghan Doyle, Brand Manager"]]),
    ("p", "Material authority: board for the 2,500 released shippers only."),
    ("p", "The 50% deposit on invoice CB-F-24-0219 is a payment term; it does not release the 7,500."),
], author="Jordan Pike")
_c25 = """Hola Rodrigo,

Attached is our scope sheet for PO BP-24-061 (Maple Porter shippers). Press check is set for March 5 at your plant - Meghan and I will both be there.

First release: 2,500 shippers, so we can bottle the first Maple Porter batch on March 18.
The remaining 7,500 are not released. They are released only when Meghan Doyle, our Brand Manager, has signed off the press check and sent you her written release.

We're wiring the 50% deposit on your invoice CB-F-24-0219 today. To be clear, the deposit does not release the 7,500.

Thanks, and see you in Querétaro,
""" + sig("Jordan Pike", "Purchasing", "Bent Pine Brewing Co., Burlington VT", "+1 802 000 0163")
case("c25_brewery_first_release_deposit_clear", [],
     "2,500 shippers released, 7,500 on hold until Meghan Doyle's press-check sign-off and written release; deposit explicitly releases nothing.",
     [("PO_BP-24-061_Maple_Porter_shippers.eml", eml(mail(
         "Jordan Pike <jordan@bentpinebrewing.example>", "Rodrigo Salinas <rsalinas@cartonesbajio.example>",
         "PO BP-24-061 - Maple Porter shippers - scope", "Tue, 20 Feb 2024 11:30:00 -0500", _c25,
         html=to_html(_c25), cc="Meghan Doyle <meghan@bentpinebrewing.example>",
         attachments=[("Scope_sheet_BP-24-061.docx", _c25_docx, DOCX_MT)])))])

# p15: buyer's own PO requires a written release; his cover email says keep rolling if caps look right.
_p15_pdf = pdf_l1([
    ("h1", "PURCHASE ORDER 4500013240"),
    ("p", "Bellbird Ridge Estate Pty Ltd - Main Road, McLaren Vale SA 5171, Australia"),
    ("p", "Vendor 300871: Shenzhen Jiahe Closures Co., Ltd.   Buyer: Jack Reilly   Date: 21/08/2024"),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD"],
               ["10", "SC-3060-BR-RS", "Screwcap BVS 30H60, tin-saran liner, 'Reserve' copper, printed side skirt - trial caps", "200", "0.15"]]),
    ("sp",),
    ("p", "Scope: this PO covers 200 trial caps for a capper trial on our line. The balance of 59,800 caps (quote SJ-Q-2408-51) "
          "is not released. It will be released only by a written release from Jack Reilly, Operations Manager, after the "
          "line trial has been signed off. Material authority: trial caps only."),
], title="PO 4500013240", author="Jack Reilly")
_p15 = """G'day Tony,

PO's attached for the 200 trial caps - air freight please, they need to be here by Monday.

Bottling's tight this year, so if the caps look right on the capper Tuesday, just keep rolling into the rest - no need to wait for a release from me. I'll be flat out with vintage anyway.

Cheers,
Jack
""" + sig("Jack Reilly", "Operations Manager", "Bellbird Ridge Estate, McLaren Vale", "+61 8 0000 2231")
case("p15_buyer_contradicts_own_release_rule", ["RG007"],
     "PO demands a written release from Jack after line-trial sign-off; Jack's cover email says if the caps look right 'just keep rolling into the rest - no need to wait for a release'.",
     [("PO_4500013240_trial_caps.eml", eml(mail(
         "Jack Reilly <jack.reilly@bellbirdridge.example>", "Tony Chen <tony@jiaheclosures.example>",
         "PO 4500013240 - Reserve trial caps", "Wed, 21 Aug 2024 16:55:00 +0930", _p15,
         attachments=[("PO_4500013240.pdf", _p15_pdf, PDF_MT)])))])

# p16: chat; supplier assumes 'sample OK = mass production start', buyer doesn't correct it.
_p16 = """[2024/06/03 09:15] Lindiwe Nkosi: Hi Sunny, PO SK-2024-092 sent by email this morning for the 30 sample tubes only
[2024/06/03 09:16] Lindiwe Nkosi: The 4,970 production tubes are on hold, please don't start them. I'll send you a written release after our tasting room manager has signed off the samples
[2024/06/03 09:31] Sunny Wu (Huacai): Noted with thanks!
[2024/06/03 09:32] Sunny Wu (Huacai): Sample OK = mass production start, right? We will arrange so no time lost 😊
[2024/06/03 09:32] Sunny Wu (Huacai): Sample ready in 10 days, send by DHL
[2024/06/03 10:05] Lindiwe Nkosi: Thanks Sunny, will revert once the samples land in Riebeek-Kasteel
[2024/06/03 10:06] Lindiwe Nkosi: Please use the DHL account 96xxxx012 on the PO
[2024/06/03 10:08] Sunny Wu (Huacai): OK 👌
"""
case("p16_chat_sample_ok_equals_mass_production", ["RG007"],
     "Supplier: 'Sample OK = mass production start, right? We will arrange so' - assumed auto-conversion, left uncorrected; buyer scope itself is complete.",
     [("WeChat_export_Sunny_Wu_Huacai.txt", _p16)])

# p17: multi-file; buyer ERP PO (complete, sample-only material) + supplier status (auto-schedule, foil for 30.000).
_p17_po = """DOMAINE FERRAND-LACOSTE          12 RUE DE LA VELLE - 21190 MEURSAULT
BON DE COMMANDE / PURCHASE ORDER   DFL-24-040            DATE 26/02/2024
FOURNISSEUR  CAPSULAS MINHO LDA - PONTE DE LIMA (PT)
-----------------------------------------------------------------------------
LIG ARTICLE        DESIGNATION                              QTE   UNITE
001 CAP-ET-3060-M  CAPSULE ETAIN 30X60 'MEURSAULT' OR/NOIR  300   PCS
                   TETE GAUFREE 'FL', JUPE MOLETEE
-----------------------------------------------------------------------------
NOTE PERIMETRE / SCOPE NOTE
  SAMPLE ONLY: 300 PCS FOR TRIAL ON OUR CAPSULING HEAD.
  BALANCE 29,700 NOT RELEASED - DO NOT START.
  UNLOCK: SAMPLE SIGN-OFF ON CAPSULING HEAD + REVISED PO.
  REVISED PO SIGNED BY H. FERRAND (GERANTE) ONLY.
  MATERIAL AUTHORITY: SAMPLE ONLY.
-----------------------------------------------------------------------------
"""
_p17_st = """CAPSULAS MINHO LDA - PONTE DE LIMA                ESTADO DE ENCOMENDA / ORDER STATUS
CLIENTE / CUSTOMER : DOMAINE FERRAND-LACOSTE (MEURSAULT)       DATA: 18/03/2024
ENC. CLIENTE / PO  : DFL-24-040          NOSSA REF / OUR REF : CM-E-24-0212
-----------------------------------------------------------------------------
ARTIGO          DESCRICAO                         QTD      ESTADO / STATUS
CAP-ET-3060-M   AMOSTRAS / SAMPLES                300      ENVIADO 12/03 (DHL)
CAP-ET-3060-M   PRODUCAO / PRODUCTION          29.700      AUTO-SCHEDULED ON SAMPLE
                                                           APPROVAL - WK 15
-----------------------------------------------------------------------------
MATERIAIS / MATERIALS
  FOLHA DE ESTANHO / TIN FOIL  LOTE T-24-118   30.000 CAPS EQUIV.   COMPRADO/PURCHASED
  TINTA OURO / GOLD INK        LOTE I-24-031   30.000 CAPS EQUIV.   COMPRADO/PURCHASED
-----------------------------------------------------------------------------
OBS: PRODUCTION STARTS AUTOMATICALLY WHEN YOUR SAMPLE APPROVAL IS RECEIVED.
RESP.: RICARDO SOUSA
"""
case("p17_status_autoschedule_foil", ["RG006", "RG007"],
     "Supplier status: production 'auto-scheduled on sample approval' and tin foil/ink bought for 30.000 caps while the PO releases 300 samples with sample-only material.",
     [("BC_DFL-24-040.txt", _p17_po), ("Estado_encomenda_CM-E-24-0212.txt", _p17_st)])

# p18: buyer portal PO for 12 sample decanters; production run mentioned, never held, no unlock event.
_p18_body = """<h2>Kilmory Bay Distillery - Purchasing</h2>
<p>Purchase order <b>KB-24-0077</b> &nbsp;|&nbsp; Supplier: Cristalleria Toscana Artigiana S.r.l., Empoli (FI) &nbsp;|&nbsp; Date: 28/05/2024</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>1</td><td>DEC-K21-70</td><td>Decanter 70 cl 'Kilmory 21', hand-finished, flat stopper seat, mould samples</td><td>12</td><td>€ 38.00</td></tr>
<tr><td>2</td><td>ST-K21</td><td>Glass-head stopper, natural cork shank 19.5 mm</td><td>12</td><td>€ 4.10</td></tr>
</table>
<p>Samples required at Campbeltown by 14 June 2024. Production run planned for Q3 2024 deliveries (Christmas gift packs).</p>
<p>Release authority for this order: Alasdair Munro, Operations Director.</p>
<p>Delivery: DAP Kilmory Bay Distillery, Glebe Street, Campbeltown PA28 6AA. Please mark cartons 'FRAGILE - SAMPLES'.</p>"""
case("p18_portal_sample_po_no_hold_no_event", ["RG003", "RG004"],
     "12 sample decanters, a planned Q3 production run, release person named - but the PO never says the production is not released and names no unlock event.",
     [("KB-24-0077_purchasing_portal.html", html_page("PO KB-24-0077", _p18_body))])

# p19: DOCX PO; sample quantity never stated; 'once the samples are approved on our side, proceed with the 8,000'.
case("p19_po_once_approved_proceed", ["RG005", "RG007", "RG010"],
     "Samples 'as per quote' (no number), no named release person, and 'once the samples are approved on our side, please proceed with the 8,000 tubes'.",
     [("PO_BV-2024-0166_gift_tubes.docx", docx_bytes([
         ("h1", "Purchase Order BV-2024-0166"),
         ("p", "Bosveld Estate (Pty) Ltd, Helshoogte Road, Stellenbosch 7600, South Africa"),
         ("p", "Supplier: Dongguan Hengli Packaging Co., Ltd., Humen Town, Dongguan, China"),
         ("p", "Date: 15/07/2024   Purchasing officer: Marlene Botha   Quote: HL-Q-24-0602"),
         ("table", [["Item", "Description", "Quantity", "Price"],
                    ["GT-BFR-01", "Gift tube 'Bosveld Family Reserve', kraft with copper foil, 90 x 340 mm, samples", "samples as per quote", "USD 180.00 lump sum"]]),
         ("sp",),
         ("p", "Please make the samples first. The 8,000 production tubes must not be started before the samples are approved."),
         ("p", "Once the samples are approved on our side, please proceed with the 8,000 tubes so that we have them for the "
               "November gift season."),
         ("p", "Samples by DHL to Bosveld Estate, attention Marlene Botha."),
     ], author="Marlene Botha"))])

# p20: reorder email 'go ahead with the bottles ... as per your offer' - no quantity anywhere.
_p20 = """Bonjour Marco,

Comme l'an dernier - same as last vintage. Go ahead with the bottles for the 2024 bottling, as per your offer of February.

Delivery to Chablis in two lots please, the first before 15 May. Same pallets as last year (no wooden frames, our forklift does not like them).

Bien cordialement,
""" + sig("Julien Moreau", "Responsable de cave", "Domaine des Trois Chênes, Chablis", "+33 3 86 00 18 44")
case("p20_reorder_go_ahead_no_qty", ["RG002", "RG010"],
     "'Go ahead with the bottles ... as per your offer' - unscoped and no quantity stated anywhere in the mail.",
     [("Bouteilles_millesime_2024.eml", eml(mail(
         "Julien Moreau <cave@troischenes-chablis.example>", "Marco Bellandi <export@vetreria-ave.example>",
         "Bouteilles millésime 2024", "Tue, 12 Mar 2024 07:58:00 +0100", _p20, html=to_html(_p20))))])


# ------------------------------------------------------------------ batch 4
# p21: multi-file; complete PO + supplier order confirmation whose terms make test approval = production release.
_p21_po = pdf_l1([
    ("h1", "PURCHASE ORDER LV-2024-0350"),
    ("p", "Champagne Lemaire-Vautrin - 14 rue Jules Blondeau, 51160 Aÿ-Champagne, France"),
    ("p", "Supplier: Serigrafia Vetro Emiliana S.r.l., Via Radici in Piano 300, 41049 Sassuolo (MO), Italy"),
    ("p", "Date: 10/06/2024   Buyer: Anne-Sophie Roux   Offer: SVE-24-140"),
    ("table", [["Line", "Description", "Qty", "Unit EUR"],
               ["1", "Screen-print test, bouteille champenoise 75 cl, 2 colours + gold 'oro lucido', artwork LV-GC-EB v5", "24", "9.50"]]),
    ("sp",),
    ("p", "This PO covers 24 screen-print test bottles only. The 18,000 printed bottles of your offer SVE-24-140 are not "
          "released. They will be released only by a written release from Anne-Sophie Roux, Responsable Achats, after the "
          "screen-print test has been signed off at Aÿ (riddling, disgorging and ice-bucket handling test)."),
    ("p", "Glass is supplied free of charge by our glassworks to your plant (24 pcs for the test only)."),
], title="PO LV-2024-0350", author="Anne-Sophie Roux")
_p21_oc = pdf_l1([
    ("h1", "CONFERMA D'ORDINE / ORDER CONFIRMATION CO-24-0611"),
    ("p", "Serigrafia Vetro Emiliana S.r.l. - Sassuolo (MO) - P.IVA IT02345670361"),
    ("p", "Cliente / Customer: Champagne Lemaire-Vautrin, Aÿ - vostro ordine / your PO LV-2024-0350 del 10/06/2024"),
    ("table", [["Pos.", "Descrizione", "Q.tà", "Prezzo", "Stato"],
               ["1", "Test serigrafico bottiglia champenoise 75 cl, 2 colori + oro lucido", "24", "€ 9,50", "confermato / confirmed - consegna sett. 26"]]),
    ("sp",),
    ("h", "Condizioni generali di vendita / General terms of sale (extract)"),
    ("p", "3. Prices are ex-works Sassuolo; packaging in returnable racks, to be returned within 60 days."),
    ("p", "5. Tolerance on screen-printed production quantities: ±5%."),
    ("p", "7. Approvazione campioni / Sample approval: the customer's approval of the screen-print test constitutes release "
          "of the production quantity of our offer; no further document is required. Production starts within 10 working days "
          "of the approval."),
    ("p", "9. Payment: 60 days end of month. Jurisdiction: Court of Modena."),
    ("p", "Giulia Ferri - Customer Service - 12/06/2024"),
], title="CO-24-0611", author="Giulia Ferri")
case("p21_supplier_terms_approval_is_release", ["RG007"],
     "Supplier's order confirmation term 7: customer approval of the screen-print test 'constitutes release of the production quantity'; the PO requires a written release.",
     [("PO_LV-2024-0350.pdf", _p21_po), ("CO-24-0611_Serigrafia_Vetro_Emiliana.pdf", _p21_oc)])

# p22: supplier bought glass raw materials for all 6,000 decanters; PO released 60 with sample-only material.
_p22 = """Dear Alasdair,

A short update on the Kilmory 18 decanters.

The 60 samples came out of the lehr this morning and look very good - no seeds, the punt is even. They will be packed tomorrow and collected by the courier on Thursday.

To secure the extra-flint quality we have already purchased the low-iron sand, the soda ash and the cullet for all 6,000 decanters: the sand quarry near Fontainebleau has ten weeks of lead time and we did not want to lose your Christmas window. No worry, everything is in our warehouse in Empoli and reserved for you.

Un caro saluto,
Francesca Conti
Export Sales
Cristalleria Toscana Artigiana S.r.l.
Via Val d'Orme 41, 50053 Empoli (FI) - tel. +39 0571 000 260

""" + q("""From: Alasdair Munro <alasdair@kilmorybay.example>
Sent: 03 June 2024 11:20
Subject: PO KB-24-0091 - Kilmory 18 decanter samples

Francesca,
PO KB-24-0091 is for sixty (60) sample decanters 'Kilmory 18' only.
The 5,940 balance is not released, and the material authority is sample-only.
The balance will be released only in writing, by me, after our master blender has signed off the samples.
Regards, Alasdair Munro, Operations Director""")
case("p22_glassworks_bought_batch_for_all", ["RG006"],
     "Supplier bought sand, soda ash and cullet 'for all 6,000 decanters' while 60 samples are released and material authority is sample-only.",
     [("RE_PO_KB-24-0091_Kilmory_18.eml", eml(mail(
         "Francesca Conti <f.conti@cristalleria-toscana.example>", "Alasdair Munro <alasdair@kilmorybay.example>",
         "RE: PO KB-24-0091 - Kilmory 18 decanter samples", "Tue, 18 Jun 2024 17:48:00 +0200", _p22,
         html=to_html(_p22), in_reply_to="<am-0603@kilmorybay.example>")))])

# p23: supplier ERP report: material for 5,000 sets bought, release 50 samples, authority sample-only.
_p23 = """DONGGUAN HENGLI PACKAGING CO., LTD.                      PMC MATERIAL REPORT
CUSTOMER  : WATTLE CREEK WINES PTY LTD (TANUNDA, SA)      DATE : 2024-08-05
PO        : WC-24-031    ITEM : GIFT TUBE 'WATTLE CREEK GRENACHE' 85 X 335 MM
-------------------------------------------------------------------------------
RELEASED QTY         :    50  SETS (SAMPLE)
BALANCE              : 4,950  SETS (NOT RELEASED)
MATERIAL AUTHORITY   : SAMPLE ONLY
-------------------------------------------------------------------------------
MATERIAL                      SUPPLIER            QTY         STATUS
GREYBOARD 1.5MM               ZHONGSHAN PAPER     5,000 SETS  RECEIVED 01/08
ART PAPER 157G 4C PRINTED     IN-HOUSE            5,000 SETS  PRINTED 03/08
COPPER FOIL 64MM              KURZ-TYPE LOCAL     4 ROLLS     RECEIVED 01/08
TINPLATE LID/BASE 85MM        FOSHAN CAN CO.      5,000 SETS  PO PLACED, ETA 12/08
-------------------------------------------------------------------------------
SAMPLE STATUS : 50 SETS DONE, DHL AWB 45 1190 2210 ON 02/08
REMARK        : MATERIAL PREPARED FOR FULL QTY TO MEET VINTAGE DATE.
PMC           : HUANG WEI
"""
case("p23_pmc_report_material_full_qty", ["RG006"],
     "Supplier material report: board, printed paper and tinplate for 5,000 sets bought while 50 samples are released and authority is sample-only.",
     [("Hengli_WC-24-031_report.txt", _p23)])

# p24: hold notice: 40 released, balance on hold 'until further notice', person named, no unlock event.
_p24 = """Hi Sunny,

Following our call this morning, for the avoidance of doubt:

On PO TM-24-0051 (Tobar Mòr Fèis Ìle 2024 gift tubes) only the 40 sample tubes are released. The balance of 7,960 tubes is on hold until further notice. Please don't print, buy board or book the line for them.

Callum Reid, our Head of Packaging, is the only person who can lift the hold. If anyone else from Tobar Mòr asks you to start, please check with Callum first.

The 40 samples arrived on Friday, thank you. Invoice for the samples to accounts@tobarmor.example as usual.

Best,
""" + sig("Ewan MacPhail", "Packaging Buyer", "Tobar Mòr Distillery, Port Ellen, Isle of Islay", "+44 1496 000 214")
case("p24_hold_until_further_notice", ["RG004"],
     "40 samples released, 7,960 on hold 'until further notice', Callum Reid named as the only one who can lift it - but no unlock event is named.",
     [("PO_TM-24-0051_Feis_Ile_tubes.eml", eml(mail(
         "Ewan MacPhail <ewan.macphail@tobarmor.example>", "Sunny Wu <sunny@huacai-pack.example>",
         "PO TM-24-0051 - Fèis Ìle gift tubes - hold", "Mon, 25 Mar 2024 12:10:00 +0000", _p24,
         cc="Callum Reid <callum.reid@tobarmor.example>", html=to_html(_p24))))])

# p25: supplier order confirmation PDF: 1,000 released, board for 12,000 bought to secure the mill price.
case("p25_confirmation_board_full_programme", ["RG006"],
     "Carton maker's confirmation: customer released 1,000 press-proof shippers, but board for 12,000 (full programme) has been purchased without any material authority.",
     [("OC-CB-24-0388_Cartones_del_Bajio.pdf", pdf_l1([
         ("h1", "CONFIRMACIÓN DE PEDIDO / ORDER CONFIRMATION OC-CB-24-0388"),
         ("p", "Cartones del Bajío S.A. de C.V. - Av. 5 de Febrero 2120, Querétaro, Qro. 76120, México - RFC CBA000000XX0"),
         ("p", "Customer: Cascade Hollow Brewing Co., Bend OR - your PO 7700-2305 - date 03/04/2024"),
         ("table", [["Item", "Description", "Qty", "Status"],
                    ["CS-24-SUMMIT", "Shipper 24 x 16 oz cans 'Summit Saison', 32 ECT B-flute kraft, 2C flexo", "1,000", "Released by customer (press-proof run) - confirmed, ship wk 16"],
                    ["CS-24-SUMMIT", "Same, production programme", "11,000", "On hold per customer PO - not scheduled"],
                    ["BOARD-32B", "Kraft liner 32 ECT B-flute sheets 1,180 x 860 mm (one sheet per shipper)", "12,000 sheets", "Purchased 01/04/2024 - full programme"]]),
         ("sp",),
         ("p", "Remarks: the board for the full programme (12,000 sheets) was bought in advance from the mill in San Luis Potosí "
               "to secure the Q2 price (+8% from May). It is stored at our plant for your programme."),
         ("p", "Printing plates: 2 colours, PMS 1605 + black, charged once on the first invoice."),
         ("p", "Rodrigo Salinas - Gerente Comercial - +52 442 000 1180"),
     ], title="OC-CB-24-0388", author="Rodrigo Salinas"))])

# p26: chat; buyer's scope complete; supplier mentions coil and liner bought for the whole 120k; buyer 'righto'.
_p26 = """12/08/2024, 07:45 - Jack Reilly: Tony - PO 4500013377 is for the 1,000 trial caps only. The other 119,000 are on hold till the bottling-line trial's signed off and I send you a written release. Just me, no one else.
12/08/2024, 07:52 - Tony Chen (Jiahe): Understood Jack. Trial caps ship 19 Aug
12/08/2024, 07:53 - Jack Reilly: 👍
26/08/2024, 18:20 - Tony Chen (Jiahe): Hi Jack, trial caps delivered to your receiving today, signed by Kylie
26/08/2024, 18:21 - Tony Chen (Jiahe): fyi we already ordered the liner and aluminium coil for the whole 120k so we can hit your bottling date 👍
26/08/2024, 19:02 - Jack Reilly: righto, cheers mate
26/08/2024, 19:03 - Jack Reilly: trial's on the 3rd, I'll let you know
"""
case("p26_chat_coil_liner_whole_qty", ["RG006"],
     "Supplier ordered liner and aluminium coil 'for the whole 120k' while 1,000 trial caps are released; buyer's 'righto' is no material authority.",
     [("WhatsApp_Chat_with_Jack_Reilly.txt", _p26)])

# p27: supplier portal; APPROVED used for artwork, credit and print job; stock allocated for 25,000.
_p27_body = """<h2>Etykiety Pomorze - Panel Klienta / Customer Panel</h2>
<p>Klient: <b>Champagne Lemaire-Vautrin</b> &nbsp;|&nbsp; Zlecenie / Job: <b>EP-J-24-1092</b> - collerette 'Grand Cru Extra Brut' 120 x 40 mm</p>
<table>
<tr><th>Krok / Step</th><th>Status</th><th>Data</th></tr>
<tr><td>Artwork (BAT v5)</td><td>APPROVED</td><td>03.05.2024</td></tr>
<tr><td>Credit check</td><td>APPROVED</td><td>06.05.2024</td></tr>
<tr><td>Job</td><td>APPROVED for print - 250 proofs</td><td>07.05.2024</td></tr>
<tr><td>Paper stock allocated (Gesso-type 90 g)</td><td>25.000 labels (full job)</td><td>08.05.2024</td></tr>
<tr><td>Hot foil allocated (silver 64 mm)</td><td>25.000 labels</td><td>08.05.2024</td></tr>
<tr><td>Press check</td><td>planned 14.05.2024, hall B, press 3</td><td></td></tr>
</table>
<h3>Customer PO note (PO LV-2024-0362)</h3>
<div class="note">250 proof labels only. The balance of 24,750 labels is not released until the press-check sign-off and a
written release signed by Anne-Sophie Roux, Responsable Achats.</div>
<p style="color:#666">Etykiety Pomorze Sp. z o.o., ul. Przemysłowa 14, 80-000 Gdańsk - obsluga@etykiety-pomorze.example</p>"""
case("p27_portal_approved_everything_stock_allocated", ["RG006", "RG009"],
     "Portal shows APPROVED for artwork, credit and the print job, and paper/foil allocated for 25.000 labels while only 250 proofs are released.",
     [("EP-J-24-1092_panel_klienta.html", html_page("Job EP-J-24-1092", _p27_body, lang="pl"))])

# p28: supplier turns a labelled forecast into a firm order and buys colour batch for 80.000 bottles.
_p28 = """Dear Pieter,

Thank you for sharing your 2025 forecast (80.000 Bordelaise 750 ml, vert olive).

We have included it in our furnace plan as a firm order, and we have already purchased the colour batch and the decoration materials for the 80.000 bottles, so the price is protected against the energy increase announced for January.

We will send the delivery schedule per quarter next week.

Com os melhores cumprimentos,
Rui Carvalho
Key Account Manager
Vidraria Atlântica Lda, Marinha Grande
+351 244 000 510

""" + q("""From: Pieter van der Merwe
Sent: 30 September 2024 14:12
Subject: Bosveld 2025 volume forecast

Rui,
Attached our 2025 volume forecast for the Bordelaise 750 ml - for your planning only. It is not an order and releases nothing; quantities will come with call-offs.
Regards, Pieter""")
case("p28_forecast_booked_firm_material_bought", ["RG006", "RG008"],
     "Supplier books the buyer's labelled forecast (80.000) 'as a firm order' and buys colour batch and decoration materials for it; nothing is released.",
     [("RE_Bosveld_2025_volumes.eml", eml(mail(
         "Rui Carvalho <rui.carvalho@vidraria-atlantica.example>", "Pieter van der Merwe <pieter@bosveld.example>",
         "RE: Bosveld 2025 volume forecast", "Wed, 09 Oct 2024 10:30:00 +0100", _p28,
         in_reply_to="<pvdm-0930@bosveld.example>")))])

# p29: buyer: 'here's next year's forecast ... please consider this our order'.
_p29 = """Hi Alejandra,

Here's next year's forecast for the Quarry Bourbon 750 ml: around 36,000 bottles, split roughly 9k a quarter, maybe a bit heavier in Q4 with the holiday gift packs.

Please consider this our order for 2025 and reserve the furnace time accordingly - we'll sort out the individual POs as we go.

Also, our new Rye label goes into production in March; same bottle, so no change for you.

Thanks!
""" + sig("Dana Whitfield", "Director of Operations", "Old Quarry Distilling Co., Frankfort KY", "+1 502 000 0147")
case("p29_buyer_forecast_consider_order", ["RG008"],
     "Buyer writes a forecast ('around 36,000 ... roughly 9k a quarter') and asks the supplier to 'consider this our order for 2025'.",
     [("Quarry_Bourbon_2025.eml", eml(mail(
         "Dana Whitfield <dana@oldquarrydistilling.example>", "Alejandra Ruiz <aruiz@vidriosjalisco.example>",
         "Quarry Bourbon 2025", "Thu, 14 Nov 2024 09:22:00 -0500", _p29, html=to_html(_p29))))])

# p30: supplier sales contract turns a forecast e-mail into a 'firm order' of 150,000 caps.
case("p30_sales_contract_forecast_firm", ["RG008"],
     "Supplier's sales contract: 'based on your forecast e-mail ... we confirm your firm order' for 150,000 caps with a take-or-pay clause.",
     [("Sales_contract_SJ-SC-24-0912.pdf", pdf_l1([
         ("h1", "SALES CONTRACT / ORDER CONFIRMATION SJ-SC-24-0912"),
         ("p", "Seller: Shenzhen Jiahe Closures Co., Ltd., Fuyong, Bao'an District, Shenzhen 518103, PRC"),
         ("p", "Buyer: Wattle Creek Wines Pty Ltd, Barossa Valley Way, Tanunda SA 5352, Australia"),
         ("p", "Date: 06/09/2024"),
         ("p", "Based on your forecast e-mail dated 2 September 2024, we confirm your firm order as follows:"),
         ("table", [["Period", "Item", "Quantity (pcs)", "Unit price USD"],
                    ["Q1 2025", "Screwcap BVS 30H60, Saranex, 'WC' top print, bronze", "30,000", "0.054"],
                    ["Q2 2025", "same", "30,000", "0.054"],
                    ["Q3 2025", "same", "40,000", "0.054"],
                    ["Q4 2025", "same", "50,000", "0.054"],
                    ["Total", "", "150,000", "USD 8,100.00"]]),
         ("sp",),
         ("p", "The Buyer shall take delivery of and pay for the full contract quantity. Shipment: CIF Port Adelaide, one container "
               "per quarter. Payment: 30% T/T deposit, balance against copy B/L."),
         ("p", "Please sign and return one copy within 7 days."),
         ("table", [["Seller", "Buyer"], ["Tony Chen, Sales Director (signed)", "(signature)"]]),
     ], title="SJ-SC-24-0912", author="Tony Chen"))])

# p31: DOCX supply plan: forecast table, then 'please treat them as firm ... we commit'.
case("p31_supply_plan_forecast_commitment", ["RG008"],
     "Supply plan calls the volumes a forecast, then says 'treat them as firm: this plan is our order for the year and we commit to take the full 96,000'.",
     [("Supply_plan_2025_Swartkrans_capsules.docx", docx_bytes([
         ("h1", "Supply plan 2025 - capsules"),
         ("p", "Swartkrans Wines (Pty) Ltd, Riebeek-Kasteel  ->  Cápsulas Minho Lda, Ponte de Lima"),
         ("p", "Item: tin capsule 29 x 50 mm, matte black, top embossed 'SK', skirt print 'Swartland' (ref. CM-SK-2950)."),
         ("table", [["Month", "Bottling", "Capsules (forecast)"],
                    ["Feb 2025", "Chenin Blanc 2024", "24,000"],
                    ["Apr 2025", "Cinsault / Grenache 2024", "18,000"],
                    ["Jul 2025", "Syrah 2023", "30,000"],
                    ["Oct 2025", "Chenin Blanc 'Old Vines' 2024", "24,000"],
                    ["Total", "", "96,000"]]),
         ("sp",),
         ("p", "These are our forecast volumes for 2025, based on the 2024 harvest (Swartland yields were down 12%)."),
         ("p", "Please treat them as firm: this plan is our order for the year and we commit to take the full 96,000 capsules."),
         ("p", "Delivery: CIF Cape Town, four weeks before each bottling. Contact: Lindiwe Nkosi, Procurement Manager."),
     ], author="Lindiwe Nkosi"))])

# p32: ERP blanket PO whose forecast lines carry status FIRM ORDER.
_p32 = """CASCADE HOLLOW BREWING CO.                               BLANKET PURCHASE ORDER
63120 BOYD ACRES RD, BEND OR 97701                       PRINTED 12/02/2024 10:14
==============================================================================
BLANKET PO : 7700-3001         PROGRAM : 2025 LABELS - SUMMIT SAISON
VENDOR     : 300522 ETIQUETAS DEL NORTE SA DE CV, MONTERREY NL, MEXICO
BUYER      : T.LINDQVIST       TERMS : NET 45      INCOTERM : DAP BEND OR
==============================================================================
LN  ITEM              DESCRIPTION               PERIOD     QTY   TYPE  STATUS
10  LB-SUMMIT-12-F    LABEL SUMMIT SAISON 12OZ  JAN-MAR  40,000  FCST  FIRM ORDER
20  LB-SUMMIT-12-F    LABEL SUMMIT SAISON 12OZ  APR-JUN  55,000  FCST  FIRM ORDER
30  LB-SUMMIT-12-F    LABEL SUMMIT SAISON 12OZ  JUL-SEP  70,000  FCST  FIRM ORDER
40  LB-SUMMIT-12-F    LABEL SUMMIT SAISON 12OZ  OCT-DEC  35,000  FCST  FIRM ORDER
------------------------------------------------------------------------------
                                             TOTAL  200,000 EA @ 0.0285 USD

NOTES:
 1. FORECAST LINES ABOVE ARE CONFIRMED AS FIRM ORDERS FOR THE 2025 PROGRAM.
    VENDOR MAY PRODUCE AND INVOICE EACH PERIOD IN FULL.
 2. LABEL SPEC: 3.5 X 4 IN, WHITE BOPP, PERM ADHESIVE, 3IN CORE, UNWIND #4.
 3. ARTWORK: CHB-SUMMIT-LBL-2025 (SAME AS 2024 EXCEPT ABV 6.2%).
AUTHORIZED: T. LINDQVIST, PURCHASING MANAGER
"""
case("p32_blanket_po_forecast_lines_firm", ["RG008"],
     "Blanket PO lines typed FCST carry status FIRM ORDER and note 1 confirms the forecast lines as firm orders.",
     [("Blanket_PO_7700-3001.txt", _p32)])

# p33: distillery chat: forecast 'about 4k' - 'so that's the order, pencil it in as firm'.
_p33 = """[05/02/2024, 16:02:11] Ewan MacPhail: Francesca, hope you're well! Quick one on the Fèis Ìle decanters
[05/02/2024, 16:03:40] Ewan MacPhail: forecast for the 12yo festival bottling is about 4k decanters, same shape as the 2023 decanter but with the new crest
[05/02/2024, 16:04:02] Ewan MacPhail: so that's the order, pencil it in as firm aye? the festival's end of May so we need them on Islay by the 1st
[05/02/2024, 16:30:55] Francesca Conti (Cristalleria Toscana): Ciao Ewan! Perfect, I put 4.000 firm in the plan for March
[05/02/2024, 16:31:20] Francesca Conti (Cristalleria Toscana): stoppers same as last year? glass head + natural cork
[05/02/2024, 16:40:02] Ewan MacPhail: aye same stoppers. cheers!
"""
case("p33_chat_forecast_pencil_firm", ["RG008"],
     "Buyer: the forecast is 'about 4k ... so that's the order, pencil it in as firm' - a forecast written as a firm order.",
     [("WhatsApp_Chat_Ewan_MacPhail_Francesca.txt", _p33)])

# p34: multi-file; PO says 24 mould samples, cover e-mail says thirty-six (36).
_p34_po = pdf_l1([
    ("h1", "BON DE COMMANDE DTC-24-017"),
    ("p", "Domaine des Trois Chênes - 4 route d'Auxerre, 89800 Chablis, France"),
    ("p", "Fournisseur: Vidraria Atlântica Lda, Marinha Grande, Portugal   Date: 08/04/2024   Offre: VA-Q-24-166"),
    ("table", [["Ligne", "Désignation", "Qté", "PU €"],
               ["1", "Moule Bourgogne 750 ml 'Trois Chênes', gravure feuille de chêne, teinte feuille-morte, plan VA-BG-3310", "1 jeu", "11 800,00"],
               ["2", "Échantillons moule / mould samples", "24", "6,90"]]),
    ("sp",),
    ("p", "Périmètre: ce bon couvre le moule et 24 échantillons uniquement. The balance of 19,976 bottles is not released; "
          "it will be released by a revised PO after the samples have been signed off on our bottling line. The revised PO "
          "will be signed by Julien Moreau, responsable de cave."),
], title="DTC-24-017", author="Julien Moreau")
_p34 = """Bonjour Rui,

Please find our PO DTC-24-017 for the mould and the thirty-six (36) mould samples of the Bourgogne 'Trois Chênes' (PDF also uploaded to your customer portal).

The balance stays on hold as written in the PO - nothing to start before the revised PO.

For the samples, could you pack them in two cartons? We will split them between the bottling line trial and our importer in Belgium.

Bien cordialement,
""" + sig("Julien Moreau", "Responsable de cave", "Domaine des Trois Chênes, Chablis", "+33 3 86 00 18 44")
case("p34_po_24_mail_36_samples", ["RG011"],
     "PO DTC-24-017 authorizes 24 mould samples; the cover e-mail for the same PO says thirty-six (36).",
     [("Commande_DTC-24-017.eml", eml(mail(
         "Julien Moreau <cave@troischenes-chablis.example>", "Rui Carvalho <rui.carvalho@vidraria-atlantica.example>",
         "Commande DTC-24-017 - moule + échantillons", "Mon, 08 Apr 2024 14:40:00 +0200", _p34))),
      ("DTC-24-017.pdf", _p34_po)])

# p35: PO table says 500 proof labels; scope note authorises 250.
case("p35_po_table_500_note_250", ["RG011"],
     "PO line quantity 500 proof labels, but the scope note authorises two hundred and fifty (250) only.",
     [("PO_KB-24-0102_labels.pdf", pdf_l1([
         ("h1", "PURCHASE ORDER KB-24-0102"),
         ("p", "Kilmory Bay Distillery Ltd, Glebe Street, Campbeltown PA28 6AA, Scotland"),
         ("p", "Supplier: Drukarnia Etykiet Wisła Sp. z o.o., ul. Zabłocie 40, 30-701 Kraków, Poland"),
         ("p", "Date: 02/07/2024   Buyer: Alasdair Munro   Quote: DEW/24/1120"),
         ("table", [["Line", "Description", "Qty", "Unit GBP", "Value GBP"],
                    ["1", "Front label 'Kilmory 12 Sherry Cask', 90 x 115 mm, textured cream, copper foil + blind emboss - press proof", "500", "0.36", "180.00"]]),
         ("sp",),
         ("p", "This PO authorises two hundred and fifty (250) proof labels only. The balance of 19,750 labels is not released "
               "until the press-check sign-off in Kraków and a written release from Alasdair Munro, Operations Director."),
         ("p", "Material authority: proof quantity only. Deliver to Campbeltown by 26/07/2024."),
     ], title="PO KB-24-0102", author="Alasdair Munro"))])


# ------------------------------------------------------------------ batch 5
# p36: supplier acknowledgement states 'authorised quantity 12.000' against a PO for 1,200 sample corks.
_p36 = """Exmo. Sr. Sarrazin,

Confirmamos a vossa encomenda / We confirm your order GS-24-0233:

Rolhas naturais / natural corks 49 x 24 mm, classe Extra, marcação a fogo 'Château La Garenne-Sarrazin' + millésime, tratamento parafina/silicone
Quantidade autorizada / authorised quantity: 12.000 rolhas
Entrega / delivery: semana 20, DAP Pessac

The TCA certificate (SPME-GC/MS, lot by lot) will travel with the goods.

Com os melhores cumprimentos,
Joana Pereira
Customer Service - Corticeira do Douro S.A.
Tel. +351 256 000 330

""" + q("""De: Étienne Sarrazin <etienne@garenne-sarrazin.example>
Enviado: 15 de abril de 2024 09:40
Assunto: Commande GS-24-0233 - bouchons

Madame,
PO GS-24-0233: one thousand two hundred (1,200) sample corks, for our bottling trial and our TCA screening.
The balance of 58,800 corks is not released. It will be released only by a written release signed by me, Étienne Sarrazin, after lot acceptance of the samples (TCA screening at our laboratory).
Cordialement, Étienne Sarrazin, propriétaire""")
case("p36_ack_12000_vs_po_1200", ["RG011"],
     "Buyer's PO authorizes 1,200 sample corks; the supplier's acknowledgement of the same PO states 'authorised quantity: 12.000'.",
     [("Confirmacao_encomenda_GS-24-0233.eml", eml(mail(
         "Joana Pereira <encomendas@corticeira-douro.example>", "Étienne Sarrazin <etienne@garenne-sarrazin.example>",
         "Confirmação de encomenda GS-24-0233", "Wed, 17 Apr 2024 11:02:00 +0100", _p36,
         in_reply_to="<es-0415@garenne-sarrazin.example>")))])

# p37: chat; 'release the first 2k' then 'the 2.5k caps for now'; 'we send you a written release' - no person.
_p37 = """[3/1/25, 8:05:12 am] Bec Hartley: Morning Tony. Please release the first 2k screwcaps for the Grenache bottling
[3/1/25, 8:05:40 am] Bec Hartley: The other 18k stay on hold till the line trial's signed off and we send you a written release
[3/1/25, 8:20:03 am] Tony Chen (Jiahe): Noted Bec, happy new year! Bronze colour as the trial?
[3/1/25, 8:22:51 am] Bec Hartley: Yep bronze, WC top print. HNY to you too 🎆
[6/1/25, 1:14:37 pm] Bec Hartley: Tony, can you confirm the 2.5k caps for now will land by the 20th? Bottling's on the 23rd
[6/1/25, 1:40:10 pm] Tony Chen (Jiahe): Will check with factory and revert today
"""
case("p37_chat_2k_then_2_5k_no_person", ["RG005", "RG011"],
     "Buyer releases 'the first 2k' and later refers to 'the 2.5k caps for now'; the hold and unlock event are stated but only 'we' will send the written release.",
     [("WhatsApp_Chat_Tony_Chen_Jiahe_Jan.txt", _p37)])

# p38: multi-file; ERP PO first release 2,000 labels vs label brief 'print run (this job): 3,000'.
_p38_po = """BENT PINE BREWING CO.            88 PINE ST, BURLINGTON VT 05401
PURCHASE ORDER BP-24-077                            DATE 04/22/2024
VENDOR: ETIQUETAS DEL NORTE SA DE CV, MONTERREY NL (V-2231)
BUYER : J. PIKE                                     TERMS: NET 30
---------------------------------------------------------------------------
LN  ITEM              DESCRIPTION                       QTY   UOM  UNIT USD
1   LBL-MP-12-F       LABEL MAPLE PORTER 12OZ FRONT   2,000   EA   0.082
                      FIRST RELEASE
---------------------------------------------------------------------------
SCOPE: FIRST RELEASE 2,000 LABELS. BALANCE 8,000 NOT RELEASED.
UNLOCK: PRESS CHECK SIGN-OFF + WRITTEN RELEASE BY MEGHAN DOYLE, BRAND MGR.
MATERIAL: STOCK FOR THE 2,000 RELEASED ONLY.
"""
_p38_docx = docx_bytes([
    ("h1", "Label brief - Maple Porter 12 oz (2024 refresh)"),
    ("p", "Bent Pine Brewing Co.  /  Etiquetas del Norte - job for PO BP-24-077"),
    ("table", [["Field", "Value"],
               ["Label", "Front, 3.25 x 4 in, die-cut rounded corners"],
               ["Stock", "White BOPP, permanent adhesive (cold-fill, ice bucket)"],
               ["Colours", "CMYK + PMS 4625 (maple brown), matte laminate"],
               ["Print run (this job)", "3,000 labels"],
               ["Rolls", "3 in core, unwind #4, 1,500 per roll"],
               ["Barcode", "UPC-A 8 50000 12077 3 - verify grade B or better"]]),
    ("sp",),
    ("p", "Changes vs 2023: new leaf illustration, ABV 7.1%, 'Brewed with Vermont maple syrup' line moved above the fold."),
    ("p", "Press check: Meghan Doyle attends at Monterrey, week 19."),
], author="Meghan Doyle")
case("p38_po_2000_brief_3000", ["RG011"],
     "PO BP-24-077 releases 2,000 labels; the label brief for the same job says 'Print run (this job): 3,000 labels'.",
     [("PO_BP-24-077.txt", _p38_po), ("Label_brief_Maple_Porter_12oz.docx", _p38_docx)])

# p39: release letter whose words and digits disagree.
case("p39_release_letter_words_vs_digits", ["RG011"],
     "Release letter: 'four thousand five hundred (4,800) decanters' - the written and numeric quantities differ.",
     [("RL-GC-24-07.pdf", pdf_l1([
         ("h1", "RELEASE LETTER RL-GC-24-07"),
         ("p", "Glen Corran Distillery Ltd, Balvenie Road, Dufftown, Keith AB55 4DH"),
         ("p", "To: Vetreria Alta Val d'Elsa S.r.l., attn. Marco Bellandi - 22 April 2024"),
         ("p", "Re: Decanter 70 cl 'Glen Corran 12 Double Cask', PO GC-24-0140 rev. 2 (commercial cover 6,000 decanters)"),
         ("p", "Following the sample sign-off of 18 April 2024 (form SO-GC-0140, 24/24 conform), Glen Corran Distillery releases "
               "four thousand five hundred (4,800) decanters for production."),
         ("p", "The remaining 1,200 decanters stay on hold. They will be released by call-off No. 2, after lot acceptance of "
               "this first lot at our bonded warehouse in Keith; call-off No. 2 will be signed by Morag Lennox, Head of Packaging."),
         ("p", "Delivery: FCA Colle di Val d'Elsa, collection by our haulier from week 24. Packing: 6 per carton, 40 cartons per pallet."),
         ("p", "Morag Lennox, Head of Packaging"),
     ], title="RL-GC-24-07", author="Morag Lennox"))])

# p40: HTML call-off: header 6,000, delivery lines total 5,000.
_p40_body = """<h2>Cascade Hollow Brewing Co. - Supplier Portal</h2>
<p>Vendor: <b>Cartones del Bajío S.A. de C.V.</b> &nbsp;|&nbsp; Call-off <b>CO-7700-2291-03</b> against PO 7700-2291 rev 2 &nbsp;|&nbsp; 05/06/2024</p>
<p><b>Released quantity this call-off: 6,000 carriers</b> (CR-4PK-16-SUMMIT, 4-pack carrier 'Summit Saison')</p>
<table>
<tr><th>Delivery line</th><th>Ship to</th><th>Week</th><th>Qty</th></tr>
<tr><td>1</td><td>Cascade Hollow Brewing, Bend OR - dock 3</td><td>22</td><td>3,000</td></tr>
<tr><td>2</td><td>Cascade Hollow DC, NW Front Ave, Portland OR</td><td>23</td><td>2,000</td></tr>
<tr><th colspan="3">Total this call-off</th><th>5,000</th></tr>
</table>
<div class="note">Balance of 18,000 carriers: on hold, not released. It will be released by the next call-off, after lot
acceptance of this call-off in Bend, and that call-off is issued by Tara Lindqvist, Purchasing Manager.</div>
<p>Material authority: board for the quantity released to date only.</p>"""
case("p40_calloff_header_vs_lines", ["RG011"],
     "Call-off header releases 6,000 carriers but its delivery lines total 5,000; hold, unlock and person are complete.",
     [("CO-7700-2291-03.html", html_page("Call-off CO-7700-2291-03", _p40_body))])

# p41: e-mail says 1,500 released; the attached release note says 1,800.
_p41_rn = """STRATHCARRON SPIRITS LTD - RELEASE NOTE
===========================================================
RELEASE NOTE NO.  : RN-SCS-24-03
DATE              : 10/06/2024
SUPPLIER          : DONGGUAN HENGLI PACKAGING CO., LTD.
PO                : SCS-24-0290  GIFT TUBE 'STRATHCARRON GIN'
-----------------------------------------------------------
RELEASED TO DATE  : 2,000 SETS (CALL-OFF 1)
RELEASED BY THIS NOTE : 1,800 SETS
BALANCE ON HOLD   : 4,200 SETS - NOT RELEASED
NEXT RELEASE      : CALL-OFF 3, AFTER LOT ACCEPTANCE OF THIS DELIVERY,
                    ISSUED BY IAIN DRUMMOND ONLY
MATERIAL AUTHORITY: STAGED UP TO 4,300 SETS
-----------------------------------------------------------
SIGNED            : IAIN DRUMMOND, OPERATIONS DIRECTOR
"""
_p41 = """Cindy,

Release note RN-SCS-24-03 attached. Please go ahead with the 1,500 gift tubes released under it and ship them with the next consolidation to Felixstowe.

The first 2,000 sold faster than we hoped - well done on the quality, not one crushed tube in the whole delivery.

Regards,
""" + sig("Iain Drummond", "Operations Director", "Strathcarron Spirits Ltd, Ross-shire", "+44 1520 000 377")
case("p41_mail_1500_release_note_1800", ["RG011"],
     "Cover e-mail says 'the 1,500 gift tubes released' under RN-SCS-24-03; the attached release note releases 1,800.",
     [("RN-SCS-24-03_Strathcarron_gift_tubes.eml", eml(mail(
         "Iain Drummond <iain@strathcarronspirits.example>", "Cindy Luo <cindy@hengli-packaging.example>",
         "RN-SCS-24-03 - Strathcarron Gin gift tubes", "Mon, 10 Jun 2024 14:12:00 +0100", _p41,
         attachments=[("RN-SCS-24-03.txt", _p41_rn, "text/plain")])))])

# p42: proof-run PO in the mail body + attached printer quote with 25,000; nothing held.
_p42_quote = pdf_l1([
    ("h1", "OFERTA / QUOTATION DEW/24/0931"),
    ("p", "Drukarnia Etykiet Wisła Sp. z o.o., ul. Zabłocie 40, 30-701 Kraków - NIP 000-000-00-00"),
    ("p", "Customer: Champagne Lemaire-Vautrin, Aÿ - date 22.04.2024 - validity 30 days"),
    ("table", [["Item", "Description", "Quantity", "Unit price EUR", "Value EUR"],
               ["1", "Back label 'Brut Réserve' 80 x 95 mm, cream textured, 2 colours + silver foil - proof run on production press", "500", "0,44", "220,00"],
               ["2", "Same, production", "25.000", "0,058", "1.450,00"],
               ["3", "Foil die + embossing die, one-off", "1", "310,00", "310,00"]]),
    ("p", "Lead time: proof run 10 working days; production 3 weeks. Delivery DAP Aÿ."),
    ("p", "Tomasz Nowak, Kierownik Sprzedaży"),
], title="DEW/24/0931", author="Tomasz Nowak")
_p42 = """Dzień dobry Tomasz,

Our PO LV-2024-0388 is issued for the proof run: five hundred (500) back labels 'Brut Réserve', on the final paper with the silver foil, as in your quote (attached).

Delivery to Aÿ by 20 May please - the cellar wants to test them on the new labeller before the summer disgorging.

Merci et bonne journée,
""" + sig("Baptiste Colin", "Assistant Achats", "Champagne Lemaire-Vautrin, Aÿ", "+33 3 26 00 57 35")
case("p42_proof_po_quote_attached_nothing_held", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 500 proof labels with the printer's quote attached showing 25.000 production; nothing says the 25.000 is not released, no unlock event, no release person.",
     [("PO_LV-2024-0388_Brut_Reserve.eml", eml(mail(
         "Baptiste Colin <b.colin@lemaire-vautrin.example>", "Tomasz Nowak <t.nowak@dew-krakow.example>",
         "PO LV-2024-0388 - contre-étiquette Brut Réserve", "Wed, 24 Apr 2024 10:10:00 +0200", _p42,
         html=to_html(_p42), attachments=[("DEW_24_0931.pdf", _p42_quote, PDF_MT)])))])

# p43: complete sample scope, but the attached quote carries an unmentioned 9,000-decanter programme option.
_p43_quote = pdf_l1([
    ("h1", "PREVENTIVO / QUOTATION CTA-Q-24-077"),
    ("p", "Cristalleria Toscana Artigiana S.r.l., Via Val d'Orme 41, 50053 Empoli (FI)"),
    ("p", "Cliente: Glen Corran Distillery Ltd, Dufftown - decanter 70 cl 'Glen Corran 30', hand-blown, cut base - 14/05/2024"),
    ("table", [["Option", "Content", "Quantity", "Unit price"],
               ["A", "Mould samples", "60", "€ 46,00"],
               ["A", "Production (first release)", "2,940", "€ 21,50"],
               ["B", "3-year programme (3,000 decanters per year, fixed price 2024-2026)", "9,000", "€ 17,90"]]),
    ("p", "Lead time: samples 4 weeks; production 10 weeks. Packing: single gift carton + master carton of 6."),
    ("p", "Francesca Conti - Export Sales"),
], title="CTA-Q-24-077", author="Francesca Conti")
_p43 = """Francesca,

PO GC-24-0166 is for sixty (60) sample decanters 'Glen Corran 30' only.

The balance of 2,940 decanters is not released - please do not start it. It will be released by a revised PO after our master blender has signed off the samples, and that revised PO will be signed by me, Morag Lennox.

Your quote CTA-Q-24-077 is attached.

Kind regards,
""" + sig("Morag Lennox", "Head of Packaging", "Glen Corran Distillery, Dufftown", "+44 1340 000 771")
case("p43_quote_option_9000_unaddressed", ["RG001"],
     "Scope holds the 2,940 balance, but the attached quote also shows a 9,000-decanter programme option that nothing declares informational or not released.",
     [("PO_GC-24-0166_Glen_Corran_30.eml", eml(mail(
         "Morag Lennox <morag.lennox@glencorran.example>", "Francesca Conti <f.conti@cristalleria-toscana.example>",
         "PO GC-24-0166 - Glen Corran 30 decanter samples", "Fri, 17 May 2024 13:35:00 +0100", _p43,
         attachments=[("CTA-Q-24-077.pdf", _p43_quote, PDF_MT)])))])

# p44: ERP sample PO with a production line of 6,000, 'DELIVERY: TBA', nothing held.
_p44 = """OLD QUARRY DISTILLING CO.                                    PURCHASE ORDER
410 WILKINSON BLVD, FRANKFORT KY 40601                       NO. OQ-24-131
------------------------------------------------------------------------------
VENDOR : V-0088 VIDRIOS ARTESANALES DE JALISCO SA DE CV      DATE: 05/06/2024
SHIP TO: OLD QUARRY DISTILLING - BOTTLING HALL, DOCK B       TERMS: NET 30
------------------------------------------------------------------------------
LINE  ITEM            DESCRIPTION                         QTY  UOM  UNIT USD
10    BTL-QR-750-S    MOULD SAMPLE BTL 750ML QUARRY RYE    12  EA      8.00
                      FLINT, PUNTED, BAR-TOP FINISH 21.5MM
20    BTL-QR-750      PRODUCTION BTL 750ML QUARRY RYE   6,000  EA      1.18
                      DELIVERY: TBA
------------------------------------------------------------------------------
NOTES: SAMPLES REQUIRED FOR BOTTLING LINE TRIAL BY 06/28/2024.
       PALLETIZE 8 LAYERS, TIER SHEETS, NO WOOD FRAMES.
BUYER : R. HAYES, PURCHASING
"""
case("p44_erp_sample_plus_production_line", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO: 12 mould samples plus a 6,000 production line 'delivery TBA'; nothing says the 6,000 is not released, no unlock event, no release person.",
     [("PO_OQ-24-131.txt", _p44)])

# p45: Rutherglen chat: PO for 300 sample capsules, 'your quote was 12k for the run, price is fine'.
_p45 = """[10/4/24, 2:14:05 pm] Mick Donnelly: G'day Ricardo, Mick from Ironbark Hill in Rutherglen
[10/4/24, 2:14:50 pm] Mick Donnelly: PO's on its way for the 300 sample capsules for the Rutherglen Muscat, the gold ones with the embossed top
[10/4/24, 2:15:31 pm] Mick Donnelly: Your quote was 12k for the run, price is fine with us
[10/4/24, 2:31:02 pm] Ricardo Sousa (Cápsulas Minho): Hello Mick, thank you very much! Samples in 3 weeks
[10/4/24, 2:33:40 pm] Mick Donnelly: beauty. send them to the cellar door address on the PO, not the bottling shed
[10/4/24, 2:34:12 pm] Ricardo Sousa (Cápsulas Minho): Ok 👍
"""
case("p45_chat_sample_po_quote_12k", ["RG001", "RG003", "RG004", "RG005"],
     "Chat: PO for 300 sample capsules next to 'your quote was 12k for the run, price is fine'; balance never held, no unlock event, no release person.",
     [("WhatsApp_Chat_Mick_Donnelly_Ricardo.txt", _p45)])


# ==== MAIN
if __name__ == "__main__":
    labs = build()
    from collections import Counter
    cnt = Counter(r for v in labs.values() for r in v["expect"])
    print(len(labs), "cases;", sum(1 for v in labs.values() if not v["expect"]), "clean")
    for r in sorted(cnt):
        print(r, cnt[r])
