#!/usr/bin/env python3
"""Generator for the releasegate check_holdout71 corpus (luxury and cosmetics packaging).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout71/build.py

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py. Every case below was written by hand for this corpus.

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
    m["Message-ID"] = msgid or f"<h71-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h71")
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


# The standard PDF fonts only carry the cp1252 repertoire; transliterate the few characters
# outside it (Polish letters, Greek delta, maths signs) so the PDF text stays extractable.
_PDF_TRANSLIT = str.maketrans({"Ł": "L", "ł": "l", "ń": "n", "ż": "z", "ź": "z", "ę": "e", "ą": "a",
                               "ś": "s", "ć": "c", "Ś": "S", "Ż": "Z", "Δ": "d", "≤": "<=", "≥": ">=",
                               "→": "->", "✓": "v"})


def _pdf_clean(v):
    if isinstance(v, str):
        return v.translate(_PDF_TRANSLIT)
    if isinstance(v, list):
        return [_pdf_clean(x) for x in v]
    if isinstance(v, tuple):
        return tuple(_pdf_clean(x) for x in v)
    return v


_pdf_render = pdf


def pdf(blocks, **kw):  # noqa: F811 - wraps the copied renderer
    return _pdf_render(_pdf_clean(list(blocks)), **kw)


TXT_MT = "text/plain"
HTML_MT = "text/html"


def quote_lines(text):
    """Prefix every line with '> ' as a mail client does in a reply."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


def auto_html(text, title="message"):
    """A plain HTML alternative for a text body, as a mail client would send it: paragraphs, line
    breaks, and quoted lines ('> ') inside a blockquote."""
    out, quote = [], []
    def flush_quote():
        if quote:
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">"
                       + "<br>\n".join(escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for para in text.split("\n\n"):
        lines = para.split("\n")
        body = []
        for ln in lines:
            if ln.startswith(">"):
                if body:
                    out.append("<p>" + "<br>\n".join(escape(b) for b in body) + "</p>")
                    body = []
                quote.append(ln[1:].lstrip())
            else:
                flush_quote()
                body.append(ln)
        flush_quote()
        if any(b.strip() for b in body):
            out.append("<p>" + "<br>\n".join(escape(b) for b in body) + "</p>")
    flush_quote()
    return html_page(title, "\n".join(out))


# =================================================================== CASES
# c.. = clean (expect []), p.. = with risks. Only build.py shows these names.

# ------------------------------------------------------------------ c01
_c01_text = """Bonjour Rui,

Following our call on Tuesday, please find attached our purchase order 4500-8812 for the white
samples of the "Nuit d'Ambre" rigid coffret (ref. MV-CF-2291, drawing rev. C).

To be very clear on the scope, as we discussed:

- This PO covers thirty (30) white samples only: unprinted greyboard wrapped in the Gmund
  Cotton paper, magnetic closure and EVA insert, so that our studio can check the fit with the
  100 ml flacon and the cap.
- Your offer DQ-24-0417 also shows the price for 8,000 coffrets. That figure is there for
  information only: the 7,970 production coffrets are not released and must not be started.
- Please buy board, paper and magnets for the 30 samples only.
- The production quantity will only be released after our studio has signed off the white
  samples, by a separate written production release signed by Hélène Marchand, Directrice
  Achats. Nothing else (no PO, no e-mail from me) replaces that release.

Could you confirm the sample ship date? We would love to have them in Paris before 24 May for the
launch committee - DHL on our account 96 114 220 is fine.

Merci beaucoup et bonne journée,
Camille
""" + sig("Camille Roux", "Chef de projet Développement Packaging", "Maison Verlaine Parfums - 12 rue du Faubourg Saint-Honoré, 75008 Paris", "+33 1 44 71 20 18")

_c01_html = html_page("PO 4500-8812", """<p>Bonjour Rui,</p>
<p>Following our call on Tuesday, please find attached our purchase order <b>4500-8812</b> for the white
samples of the &laquo;&nbsp;Nuit d'Ambre&nbsp;&raquo; rigid coffret (ref. MV-CF-2291, drawing rev. C).</p>
<p>To be very clear on the scope, as we discussed:</p>
<ul>
<li>This PO covers <b>thirty (30) white samples only</b>: unprinted greyboard wrapped in the Gmund Cotton paper,
magnetic closure and EVA insert, so that our studio can check the fit with the 100 ml flacon and the cap.</li>
<li>Your offer DQ-24-0417 also shows the price for 8,000 coffrets. That figure is there for information only:
the 7,970 production coffrets are <b>not released</b> and must not be started.</li>
<li>Please buy board, paper and magnets for the 30 samples only.</li>
<li>The production quantity will only be released after our studio has signed off the white samples, by a
separate written production release signed by H&eacute;l&egrave;ne Marchand, Directrice Achats. Nothing else
(no PO, no e-mail from me) replaces that release.</li>
</ul>
<p>Could you confirm the sample ship date? We would love to have them in Paris before 24 May for the launch
committee - DHL on our account 96 114 220 is fine.</p>
<p>Merci beaucoup et bonne journ&eacute;e,<br>Camille</p>
<p style="color:#777">Camille Roux<br>Chef de projet D&eacute;veloppement Packaging<br>Maison Verlaine Parfums</p>""", lang="en")

_c01_po = pdf([
    ("h1", "MAISON VERLAINE PARFUMS - BON DE COMMANDE / PURCHASE ORDER"),
    ("p", "PO no. 4500-8812 | Date: 14.05.2024 | Buyer: Camille Roux | Supplier no. 100447"),
    ("p", "Supplier: Cartonagem Douro Lda, Rua do Freixo 1071, 4300-219 Porto, Portugal"),
    ("p", "Delivery: Maison Verlaine, Studio Packaging, 12 rue du Faubourg Saint-Honoré, 75008 Paris. Incoterm DAP."),
    ("sp",),
    ("table", [
        ["Item", "Reference", "Description", "Qty", "Unit price", "Amount"],
        ["10", "MV-CF-2291 rev. C", "Coffret Nuit d'Ambre - white sample, unprinted, magnetic closure, EVA insert", "30 pcs", "EUR 18,50", "EUR 555,00"],
        ["", "", "Total (excl. VAT)", "", "", "EUR 555,00"],
    ]),
    ("sp",),
    ("h", "Scope of this order"),
    ("p", "Sample order. Quantity authorised now: 30 white samples. The production quantity shown in "
          "offer DQ-24-0417 (8,000 pcs) is for information only; the balance of 7,970 coffrets is not released."),
    ("p", "Material authority: samples only. Do not purchase board, paper or magnets for production."),
    ("p", "Unlock: the balance can only be released after sample sign-off by the Studio Packaging, by a written "
          "production release signed by Hélène Marchand, Directrice Achats."),
    ("sp",),
    ("p", "Payment: 60 days end of month. Our general purchasing conditions (CGA-2023) apply. "
          "Please quote the PO number on all documents."),
], title="PO 4500-8812", author="Maison Verlaine Parfums")

case("c01_sample_po_mail_alt_pdf", [],
     "sample PO for 30 white coffrets; quote's 8,000 declared information only, balance not released, "
     "unlock by studio sign-off + written release by named Directrice Achats; material samples only",
     [("PO_4500-8812_Nuit_dAmbre.eml", mail(
         "Camille Roux <camille.roux@maison-verlaine.fr>",
         "Rui Azevedo <rui.azevedo@cartonagem-douro.pt>",
         "PO 4500-8812 - coffret Nuit d'Ambre - white samples",
         "Tue, 14 May 2024 10:12:00 +0200", _c01_text, html=_c01_html,
         cc="Hélène Marchand <helene.marchand@maison-verlaine.fr>",
         attachments=[("PO_4500-8812.pdf", _c01_po, PDF_MT)]))])

# ------------------------------------------------------------------ c02
case("c02_glass_quote_tiers_pdf", [],
     "supplier quote alone with pre-series and production tiers; no authorised quantity, nothing authorises",
     [("Offerta_VL-24-0388_flacone_Ambra.pdf", pdf([
         ("h1", "VETRERIA LUCCHESE S.p.A."),
         ("p", "Via della Fornace 22, 55100 Lucca (LU), Italia - P.IVA IT01938470467"),
         ("h", "Offerta / Quotation VL-24-0388"),
         ("p", "Customer: Ondine Parfums SAS, 8 avenue Thiers, 06130 Grasse, France. Att.: Mme Sandrine Olivier"),
         ("p", "Date: 06.05.2024 - Validity: 60 days"),
         ("p", "Article: flacone 'Ambra' 100 ml, extra-flint glass, FEA 15 neck, heavy base 9 mm, drawing VL-3318 rev. 04"),
         ("sp",),
         ("table", [
             ["Pos.", "Description", "Quantity", "Unit price", "Lead time"],
             ["1", "Mould set (blank + blow), 2 cavities, remains property of the customer", "1 set", "EUR 14.800,00", "7 weeks"],
             ["2", "Pre-series, semi-automatic line, uncoated", "50 pcs", "EUR 9,40", "2 weeks after mould T1"],
             ["3", "Production, IS machine, uncoated", "20.000 pcs", "EUR 1,12", "8 weeks from written production release"],
             ["4", "Option: spray coating amber gradient", "20.000 pcs", "EUR 0,38", "+2 weeks"],
         ]),
         ("sp",),
         ("p", "Minimum production run on the IS machine: 15.000 pcs. Quantities below are charged at the 15.000 price level."),
         ("p", "Packing: layer pads and stretch-wrapped pallets 1200x800, 1.680 flacons per pallet."),
         ("p", "Terms: EXW Lucca. Payment 30% with mould order, balance 60 days from invoice. Tolerance +/- 5% on delivered quantity."),
         ("p", "Quality: according to our standard visual defect catalogue VL-QC-07 and ISO 9001:2015."),
         ("sp",),
         ("p", "We remain at your disposal for any clarification. Distinti saluti, Lorenzo Bertolucci - Ufficio Commerciale"),
     ], title="Offerta VL-24-0388", author="Vetreria Lucchese"))])

# ------------------------------------------------------------------ c03
case("c03_whatsapp_caps_scope_txt", [],
     "supplier asks to start 12k; buyer answers 40 pre-series only, 11,960 on hold until written release after lab "
     "sign-off signed by named purchasing director; material for 40 only",
     [("WhatsApp Chat with Mr Chen Lianfa.txt", """WhatsApp Chat with Mr Chen Lianfa

[13/05/2024, 08:41] Mr Chen Lianfa: Good morning Sandrine! Cap samples photo below, we do gold PVD now
[13/05/2024, 08:41] Mr Chen Lianfa: <Media omitted>
[13/05/2024, 08:42] Mr Chen Lianfa: <Media omitted>
[13/05/2024, 09:15] Sandrine Olivier: Bonjour Mr Chen, they look lovely. The knurling is sharper than last time 👌
[13/05/2024, 09:16] Mr Chen Lianfa: yes we change the tool. Sandrine question: can we go ahead with the 12k? machine free next week, if we wait it is after Golden Week line full again
[13/05/2024, 09:31] Sandrine Olivier: No please, not yet. Only the 40 pre-series caps on PO ON-24-0612 for now.
[13/05/2024, 09:32] Sandrine Olivier: The other 11,960 stay on hold. They are released only by a written release, after our lab has signed off the 40 pre-series caps on the Ambra flacon (crimp + torque test).
[13/05/2024, 09:32] Sandrine Olivier: And I am the one who signs that release - Sandrine Olivier, purchasing director. Nobody else.
[13/05/2024, 09:33] Mr Chen Lianfa: ok understand. so zamak only for 40 pcs + some extra for setup?
[13/05/2024, 09:35] Sandrine Olivier: Yes, material for the 40 only (setup scrap at your cost as in the quote). Nothing for the 11,960.
[13/05/2024, 09:36] Mr Chen Lianfa: ok noted 👍 40 pcs ship by DHL 24/05
[13/05/2024, 09:37] Sandrine Olivier: Parfait, merci. Tracking number please when it leaves.
[13/05/2024, 18:02] Mr Chen Lianfa: sure. have a nice evening
""")])

# ------------------------------------------------------------------ c04
case("c04_portal_forecast_html", [],
     "supplier portal page with a clearly labelled rolling forecast: planning only, not an order, no production or material authority",
     [("valmont_portal_forecast_W20.html", html_page("Valmont Supplier Portal - Rolling forecast", """
<h2>Chocolaterie Valmont SA &middot; Supplier Portal</h2>
<p>Supplier: <b>Drukarnia Wis&#322;a sp. z o.o.</b> (vendor 30-2217) &middot; Published 17.05.2024 by Nadia Keller, Purchasing</p>
<h3>Rolling forecast - folding cartons (week 20 edition)</h3>
<div class="note"><b>Forecast for planning only.</b> The quantities below are our current best estimate. They are not an
order, they release no production and they give no material authority. Orders and production releases come only as
separate purchase orders and written releases.</div>
<table>
<tr><th>Article</th><th>Description</th><th>Q3 2024</th><th>Q4 2024</th><th>Q1 2025</th></tr>
<tr><td>CV-FC-1180</td><td>Pralinés 16 pcs - folding carton, hot-foil gold</td><td>18 000</td><td>42 000</td><td>9 000</td></tr>
<tr><td>CV-FC-1181</td><td>Pralinés 32 pcs - folding carton, hot-foil gold</td><td>6 500</td><td>21 000</td><td>3 500</td></tr>
<tr><td>CV-FC-1305</td><td>Tablette Grand Cru sleeve, embossed</td><td>25 000</td><td>25 000</td><td>25 000</td></tr>
<tr><td>CV-FC-1420</td><td>Holiday set outer (gift-with-purchase)</td><td>0</td><td>12 000</td><td>0</td></tr>
</table>
<p>Next forecast update: week 24. Questions on capacity: please use the comment field below or contact
<a href="mailto:nadia.keller@valmont.ch">nadia.keller@valmont.ch</a>.</p>
<p style="font-size:11px;color:#666">Chocolaterie Valmont SA &middot; Route de Meyrin 211 &middot; 1217 Meyrin &middot; Switzerland</p>
"""))])

# ------------------------------------------------------------------ c05
case("c05_hotfoil_proof_signoff_docx", [],
     "hot-foil proof signed off for colour and registration only; states no production released, 6,000 lids on hold "
     "until written release by named Directeur des Achats after embossing test sign-off",
     [("Fiche_validation_epreuve_XO_lid.docx", docx_bytes([
         ("h1", "Distillerie Aubépine - Sample sign-off record"),
         ("p", "Object: hot-foil proof, gift box lid 'Aubépine XO Hors d'Âge', ref. DA-GB-077, PO 4471"),
         ("p", "Supplier: Stampa Artigiana Verona S.r.l. - Via dell'Artigianato 14, 37135 Verona"),
         ("p", "Reviewed by: Pauline Garnier, Packaging Quality, Cognac - 21 May 2024"),
         ("table", [
             ["Check", "Result", "Comment"],
             ["Foil colour (Kurz Luxor 220 gold)", "OK", "matches master sheet"],
             ["Foil registration vs. blind emboss", "OK", "offset < 0.2 mm"],
             ["Embossing depth", "Not OK", "too shallow on the 'A' monogram, new test needed"],
             ["Paper (Fedrigoni Sirio Ultra Black 290 g)", "OK", ""],
         ]),
         ("sp",),
         ("h", "Disposition"),
         ("p", "The twenty (20) proof sheets are signed off for foil colour and foil registration only. This sign-off "
               "covers the proof, nothing else."),
         ("p", "Quantity authorised now: the 20 proof sheets already printed, plus one new embossing test of "
               "ten (10) sheets with the deeper die. No lids are to be produced."),
         ("p", "The 6,000 lids on PO 4471 are not released. They will be released only by a separate written production "
               "release signed by Arnaud Delcourt, Directeur des Achats, after the new embossing test has been signed off."),
         ("p", "Please do not cut board or order foil for the 6,000 lids before that release."),
         ("sp",),
         ("p", "Pauline Garnier - Qualité Packaging - Distillerie Aubépine, 16100 Cognac"),
     ], author="Pauline Garnier"))])

# ------------------------------------------------------------------ c06
case("c06_full_qty_bags_po_pdf", [],
     "full-quantity PO for 3,000 bags (1,800 + 1,200), 'proceed with the 3,000' is scoped; no balance; payment terms ordinary",
     [("PO_AN-2024-0318_shopping_bags.pdf", pdf([
         ("h1", "ATELIER NOOR - PURCHASE ORDER"),
         ("p", "PO AN-2024-0318 - 22 May 2024 - Atelier Noor SARL, 41 rue de Saintonge, 75003 Paris"),
         ("p", "To: Saigon Paper Bags JSC, Lot C4, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam - Att. Ms Nguyen Thi Lan"),
         ("p", "Your pro-forma SPB-PI-24-0977 dated 20 May 2024. Signed-off pre-production sample: SPB-S-0412 (received 16 May)."),
         ("sp",),
         ("table", [
             ["Line", "Item", "Spec", "Qty", "USD/pc", "USD"],
             ["1", "Bag M 32x12x28 cm", "Kraft 210 g, black, gold foil logo, cotton rope handles", "1,800", "0.92", "1,656.00"],
             ["2", "Bag L 42x14x34 cm", "Kraft 230 g, black, gold foil logo, cotton rope handles", "1,200", "1.18", "1,416.00"],
             ["", "", "Total", "3,000", "", "3,072.00"],
         ]),
         ("sp",),
         ("p", "This PO is for the full quantity of 3,000 bags. No further quantity is planned under this order and no "
               "balance exists. Please proceed with production of the 3,000 bags against the pre-production sample SPB-S-0412."),
         ("p", "Delivery: FOB Cat Lai, ready 5 July 2024. Packing: 50 bags per inner polybag, export carton max. 15 kg."),
         ("p", "Payment: 30% on receipt of this PO, 70% against copy of B/L."),
         ("sp",),
         ("p", "Yasmine Haddad - Production & Sourcing - Atelier Noor - +33 1 42 71 09 55"),
     ], title="PO AN-2024-0318", author="Atelier Noor"))])

# ------------------------------------------------------------------ c07
_c07_att = """HARTWELL & PRYCE DISTILLERS LTD                      CALL-OFF SCHEDULE
PO HP-20931  Call-off no. 2                              Issued 20/05/2024
Supplier: Drukarnia Wisla sp. z o.o., ul. Zakopianska 58, 30-418 Krakow

ART NO     DESCRIPTION                       PO QTY   CALLED OFF   THIS C/O   BALANCE
HP-FC-611  London Dry 70cl carton, UV spot   10,000        0          2,000     8,000
-------------------------------------------------------------------------------------
Released for production by this call-off ...........................  2,000 cartons
Balance not released ...............................................  8,000 cartons
Material authority (staged) ........  board for up to 6,000 cartons at buyer's liability
Next call-off ......  after the September sell-through review, issued in writing by
                      Olivia Grant, Head of Supply
Delivery ...........  2,000 pcs DAP Hartwell & Pryce, Unit 4 Bermondsey Trading Est., London SE16
                      ex works 14/06/2024
"""

_c07_text = """Dear Tomasz,

Please find attached call-off no. 2 against PO HP-20931 for the London Dry 70cl carton.

This call-off releases 2,000 cartons for production, delivery ex works 14 June. The remaining
8,000 cartons on the PO are not released yet.

On material: as you asked last week to secure the GC1 board before the mill's summer shutdown,
you may buy board for up to 6,000 cartons at our liability. That is a staged material
authority only; it does not release the printing or converting of anything beyond the 2,000.
Board for more than 6,000 cartons would be at your own risk.

The next call-off will follow our September sell-through review and will come in writing from
Olivia Grant, Head of Supply. Please do not plan the second run before you have it.

Kind regards,
James
""" + sig("James Okafor", "Senior Buyer, Dry Goods", "Hartwell & Pryce Distillers Ltd, London", "+44 20 7946 0312")

case("c07_calloff_staged_material_eml", [],
     "call-off releases 2,000 of 10,000; balance not released; explicit staged board authority for 6,000 at buyer's "
     "liability; next call-off by named Head of Supply after review",
     [("Call-off 2 PO HP-20931.eml", mail(
         "James Okafor <james.okafor@hartwellpryce.co.uk>",
         "Tomasz Zielinski <t.zielinski@drukarnia-wisla.pl>",
         "Call-off 2 / PO HP-20931 / London Dry 70cl carton",
         "Mon, 20 May 2024 16:05:00 +0100", _c07_text,
         cc="Olivia Grant <olivia.grant@hartwellpryce.co.uk>",
         attachments=[("HP-20931_calloff_2.txt", _c07_att, TXT_MT)]))])

# ------------------------------------------------------------------ c08
case("c08_auto_conversion_recorded_docx", [],
     "explicit recorded auto-conversion: approved sign-off by named quality manager of 20 pre-series caps releases 4,000; "
     "16,000 not released, written release by named purchasing manager after sell-in review",
     [("Kisaragi_Zamak_release_agreement.docx", docx_bytes([
         ("h1", "Release agreement - cap 'Tsuki' (KC-CAP-0450 rev. 3)"),
         ("p", "Buyer: Kisaragi Cosmetics Co., Ltd., 2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001"),
         ("p", "Supplier: Zamak Caps Brescia S.r.l., Via Industriale 31, 25016 Ghedi (BS), Italy"),
         ("p", "Order: PO KC-24-3307 (commercial cover 4,020 caps: 20 pre-series + 4,000 first production run). Quote ZCB-Q-1196 shows 20,000 caps for the full year."),
         ("h", "1. Quantity authorised now"),
         ("p", "Twenty (20) pre-series caps, zamak with gold PVD and the cherry-blossom engraving."),
         ("h", "2. Recorded auto-conversion"),
         ("p", "Both parties agreed on 3 June 2024, and record here, the following auto-conversion: if Kenji Sato, "
               "Quality Manager of Kisaragi Cosmetics, signs off the 20 pre-series caps in writing with the status "
               "'approved', then 4,000 caps are released for production by that sign-off itself, without a further "
               "release letter. An interim or rejected sign-off releases nothing."),
         ("h", "3. Balance"),
         ("p", "The remaining 16,000 caps shown in the quote are not released and are not covered by PO KC-24-3307. "
               "They can only be released by a revised PO and a written release signed by Yuki Tanaka, Purchasing "
               "Manager, after the autumn sell-in review."),
         ("h", "4. Material"),
         ("p", "Material authority: staged up to 4,020 caps (zamak alloy and PVD targets)."),
         ("table", [
             ["Step", "Quantity", "Trigger", "Signed by"],
             ["Pre-series", "20", "this agreement", "-"],
             ["First production run", "4,000", "pre-series sign-off 'approved' (auto-conversion)", "Kenji Sato"],
             ["Balance", "16,000", "revised PO + written release", "Yuki Tanaka"],
         ]),
         ("sp",),
         ("p", "Tokyo / Ghedi, 3 June 2024 - Yuki Tanaka (Kisaragi) - Federica Bonetti (Zamak Caps Brescia)"),
     ], author="Yuki Tanaka"))])

# ------------------------------------------------------------------ c09
_c09_quoted = """Dear Mr. Liang,

Our 30% deposit for PI-HL-24-203 (tooling and samples) went out today by SWIFT.

To repeat our order PO HK-24-0091: we order twenty-four (24) BAT samples of the
kabuse-cha gift box (HK-GB-12) now. The other 11,976 boxes of your quote are not released.
They will be released only after our sign-off of the BAT samples, by a written release from
Mr. Hiroshi Mori, General Manager Purchasing.

Best regards,
Aya Nakamura
Hanakoji Kashiten, Kyoto"""

_c09_text = """Dear Ms. Nakamura,

Thank you, we have received your 30% deposit today (USD 1,245.00 for tooling and samples).

We understand and confirm: the deposit does not release production. We will make only the 24 BAT
samples now, and the 11,976 boxes stay on hold. We will not buy the paper for the production
quantity. We wait for the written release from Mr. Mori after your BAT sign-off.

BAT samples will be ready 3 June, we send by FedEx IP, tracking to follow.

Best regards
Liang Wei
Sales Manager
Dongguan Hengli Packaging Co., Ltd.
No. 18 Hengli Industrial Road, Dongguan, Guangdong, China
Tel +86 769 8371 2290

On Mon, 20 May 2024 at 11:02, Aya Nakamura <a.nakamura@hanakoji-kashiten.jp> wrote:
""" + quote_lines(_c09_quoted) + "\n"

case("c09_deposit_not_release_ack_eml", [],
     "supplier confirms the deposit does not release production, makes 24 BAT samples only; quoted buyer scope complete "
     "(24, 11,976 not released, BAT sign-off, named GM purchasing)",
     [("RE_Deposit PI-HL-24-203.eml", mail(
         "Liang Wei <liangwei@hengli-pack.cn>",
         "Aya Nakamura <a.nakamura@hanakoji-kashiten.jp>",
         "RE: Deposit PI-HL-24-203 / PO HK-24-0091",
         "Tue, 21 May 2024 09:47:00 +0800", _c09_text,
         in_reply_to="<h71-hk-0091@hanakoji-kashiten.jp>"))])

# ------------------------------------------------------------------ c10
case("c10_supplier_order_ack_pdf", [],
     "supplier order acknowledgement restating the scope: 36 dummies, 11,964 not released, no production board, waiting for written release",
     [("Potwierdzenie_zamowienia_DW-OC-24-1187.pdf", pdf([
         ("h1", "DRUKARNIA WISŁA sp. z o.o."),
         ("p", "ul. Zakopiańska 58, 30-418 Kraków, Polska - NIP 676-24-88-310"),
         ("h", "Potwierdzenie zamówienia / Order acknowledgement DW-OC-24-1187"),
         ("p", "Customer: Ashcombe London Ltd, 18 Mount Street, London W1K 2RN - your PO ASH-PO-5521 of 15.05.2024"),
         ("p", "Contact: Marta Kowalczyk, Customer Service - marta.kowalczyk@drukarnia-wisla.pl"),
         ("sp",),
         ("table", [
             ["Pos.", "Article", "Description", "Qty confirmed", "Price", "Ship date"],
             ["1", "ASH-FC-220", "Scarf box folding carton - dummy, plain white, die-cut and glued", "36 pcs", "GBP 4,10", "29.05.2024"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO as written: 36 dummies only. The quantity of 12.000 cartons in our "
               "quotation DW-Q-24-0415 is not released and is not planned in our production."),
         ("p", "We will not buy board or foil for the 11.964 cartons. We understand that these cartons can only be "
               "released after your sign-off of the dummies, by a written release from Ms Olivia Bennett, Head of "
               "Purchasing, Ashcombe London."),
         ("p", "Delivery DAP London by courier. Payment 30 days net."),
         ("sp",),
         ("p", "Z poważaniem / Kind regards - Marta Kowalczyk"),
     ], title="DW-OC-24-1187", author="Drukarnia Wisla"))])

# ------------------------------------------------------------------ c11
_c11_old = mail(
    "Kevin Zhou <kevin.zhou@jiahe-display.com>",
    "Dana Whitfield <dana.whitfield@coldspringbourbon.com>",
    "Quotation JH-2023-771 - acrylic display case",
    "Thu, 12 Oct 2023 15:20:00 +0800",
    """Dear Dana,

As discussed at the Canton Fair, please see our quotation for the countertop display case
(walnut base, acrylic hood, LED strip):

  - 12 pcs pre-series ........... USD 86.00 / pc
  - 50,000 pcs mass production .. USD 9.40 / pc (price valid for 2023 only)

Lead time 45 days after deposit. Tooling USD 3,800.

Best regards,
Kevin Zhou
Shenzhen Jiahe Display Co., Ltd.
""")

_c11_text = """Kevin, hi,

Forwarding your old quote from last October for reference only (below, attached). Please note the
50,000 figure in it is informational and is not released - that was a rough number for the whole
distributor network and it is not our plan.

Our live order is PO 7702 for twelve (12) pre-series display cases, walnut base, smoked acrylic
hood, no LED. That is all you are authorized to build right now.

The program is 3,000 cases in total. The remaining 2,988 are not released. I will release them
myself in writing after our team has signed off the pre-series at the distillery - nothing before
that, and not on the strength of the PO or this email.

Thanks,
Dana
""" + sig("Dana Whitfield", "VP Operations", "Cold Spring Bourbon Co., 400 Distillery Rd, Bardstown, KY 40004", "+1 502 555 0147")

case("c11_forward_old_quote_rfc822_eml", [],
     "forwarded old quote (rfc822) with 50,000 explicitly informational/not released; live PO 12 pre-series; 2,988 not "
     "released; named sender releases in writing after pre-series sign-off",
     [("FW_ Quotation JH-2023-771.eml", mail(
         "Dana Whitfield <dana.whitfield@coldspringbourbon.com>",
         "Kevin Zhou <kevin.zhou@jiahe-display.com>",
         "FW: Quotation JH-2023-771 - acrylic display case / our PO 7702",
         "Wed, 15 May 2024 08:30:00 -0400", _c11_text,
         attachments=[("rfc822", _c11_old)]))])

# ------------------------------------------------------------------ c12
_c12_quoted = """Hi Marco,

50 samples of the Lumen lipstick cap (LM-CAP-88) ready, shipping Friday by DHL.
Once you approve the samples we will roll straight into the 9,950 balance so you
keep the August launch date. Aluminium is available now.

Best,
Jenny Wu
Ningbo Lianfa Caps Co., Ltd."""

_c12_text = """Hi Jenny,

Thanks - good news on the samples.

But no, please don't roll into the balance. Sample sign-off on our side does not release the run.
Only the 50 samples are authorized under PO LM-4410. The 9,950 balance stays on hold until I send
you a written production release, and I'll only do that after our lab has signed off the samples.
Please don't buy aluminium for the 9,950 before that either.

If August gets tight we'll talk - I'd rather move the launch a week than have caps we can't use.

Best,
Marco
""" + sig("Marco Bellini", "Head of Procurement", "Lumen & Co. Beauty, 210 W 29th St, New York, NY 10001", "+1 212 555 0188") + \
    "\nOn Wed, May 22, 2024 at 9:14 AM Jenny Wu <jenny.wu@lianfa-caps.com> wrote:\n" + quote_lines(_c12_quoted) + "\n"

case("c12_reply_corrects_autorun_eml", [],
     "quoted supplier assumption of roll-straight-into-balance is corrected by the buyer: 50 only, 9,950 on hold until "
     "written release by named sender after lab sign-off",
     [("RE_ LM-CAP-88 samples.eml", mail(
         "Marco Bellini <marco.bellini@lumenandco.com>",
         "Jenny Wu <jenny.wu@lianfa-caps.com>",
         "RE: LM-CAP-88 samples",
         "Wed, 22 May 2024 10:41:00 -0400", _c12_text,
         in_reply_to="<h71-lianfa-0522@lianfa-caps.com>"))])

# ------------------------------------------------------------------ c13
case("c13_erp_po_identifiers_txt", [],
     "ERP sample PO printout with look-alike identifiers (PN 5000-120-300, DRG REV 12, ISO 12647-2, 2291); 24 pcs "
     "sample, balance not released, sign-off + written release by named person",
     [("ME9F_4500009013.txt", """MAISON VERLAINE PARFUMS SAS                               PAGE 1 / 1
PURCHASE ORDER  4500009013                         DATE 27.05.2024
VENDOR 100512  EMBALAGENS MINHO LDA
               ZONA INDUSTRIAL DE LOUSADO, LOTE 12
               4760-469 VILA NOVA DE FAMALICAO  PT
BUYER  C. ROUX   TEL +33 1 44 71 20 18          PLANT 2291 PARIS STUDIO
-------------------------------------------------------------------------------
ITEM MATERIAL          DESCRIPTION                     QTY UN   PRICE    VALUE
00010 5000-120-300     ETUI 'SOLEIL' 50ML DRG REV 12     24 PC   6,20    148,80
      PRINT SPEC: ISO 12647-2 / PANTONE 871 C / VARNISH 3000-GLOSS
      DELIVERY DATE 14.06.2024  INCOTERM DAP PARIS
-------------------------------------------------------------------------------
TOTAL NET VALUE EUR                                                     148,80

HEADER NOTE:
  SAMPLE ORDER. QUANTITY AUTHORISED NOW: 24 PC (PRE-SERIES FOR LAUNCH KIT).
  THE PRODUCTION QUANTITY OF YOUR OFFER EM-2405 IS NOT RELEASED.
  BALANCE ON HOLD UNTIL SAMPLE SIGN-OFF BY STUDIO PACKAGING AND A WRITTEN
  PRODUCTION RELEASE SIGNED BY H. MARCHAND, DIRECTRICE ACHATS.
  MATERIAL AUTHORITY: SAMPLE ONLY.
  FOLDING BOX BOARD 300 G/M2 PER SPEC 1000-GC1. DO NOT SUBSTITUTE.
-------------------------------------------------------------------------------
CONDITIONS: CGA-2023 APPLY. PAYMENT 60 DAYS EOM.
""")])

# ------------------------------------------------------------------ c14
_c14_quoted = """Hi Thao,

Thanks for the pricing on the holiday sleeve - very competitive. Our artwork is final (v7),
the files are on the WeTransfer link I sent on Monday. We'll be in touch about next steps after
our planning meeting on Thursday.

Best,
Olivia"""

_c14_text = """Dear Olivia,

Hope you are well. Thank you for the artwork v7, our prepress team checked it, the bleed and the
die-line are correct, only the spot UV layer needs to be a separate file (we can do it here if you
agree).

Quick question before your Thursday meeting: do we have the green light for the 15,000 holiday
sleeves? Our board supplier has the 350gsm SBS available now, but after mid-June the mills in
Binh Duong are full with export orders, so we would like to know if we can plan or not.

If not yet, no problem, we just keep waiting for your PO and your instructions.

Thank you and best regards,
Thao

Tran Thi Thao
Sales Executive - Minh Phat Packaging Co., Ltd.
Lot 7, Song Than 2 Industrial Zone, Di An, Binh Duong, Vietnam
Mobile/Zalo +84 908 112 447

On Tue, 21 May 2024 at 17:40, Olivia Bennett <olivia.bennett@ashcombe.london> wrote:
""" + quote_lines(_c14_quoted) + "\n"

case("c14_supplier_asks_green_light_eml", [],
     "supplier asks whether there is a green light for 15,000 sleeves (question, not an approval); quoted buyer "
     "text authorises nothing",
     [("Holiday sleeve - question on planning.eml", mail(
         "Tran Thi Thao <thao.tran@minhphatpack.vn>",
         "Olivia Bennett <olivia.bennett@ashcombe.london>",
         "RE: Holiday sleeve pricing - question on planning",
         "Wed, 22 May 2024 14:05:00 +0700", _c14_text,
         in_reply_to="<h71-ash-0521@ashcombe.london>"))])

# ------------------------------------------------------------------ c15
case("c15_portal_partial_release_html", [],
     "portal production release of 5,000 of 20,000 gift boxes; balance 15,000 not released; next release after sell-in "
     "review by named purchasing manager; material for released qty only",
     [("kisaragi_scm_PR-0042.html", html_page("Kisaragi SCM - Production release PR-0042", """
<h2>Kisaragi Cosmetics &middot; Supplier Collaboration</h2>
<p>Supplier: Dongguan Hengli Packaging Co., Ltd. &middot; Order: PO KC-24-2981 &middot; Item KC-GB-310 'Hanami' gift box (lid and base, rigid, soft-touch)</p>
<h3>Production release PR-0042</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Released by this document</td><td><b>5,000 gift boxes</b></td></tr>
<tr><td>Quoted / planned total</td><td>20,000 (quote HL-Q-24-118, for information)</td></tr>
<tr><td>Previously released</td><td>0 (48 BAT samples were a separate sample order)</td></tr>
<tr><td>Balance not released</td><td>15,000 - on hold</td></tr>
<tr><td>Material authority</td><td>for the 5,000 released boxes only</td></tr>
<tr><td>Unlock event for the balance</td><td>sell-in review (July) followed by a written release</td></tr>
<tr><td>Release authority for the balance</td><td>Yuki Tanaka, Purchasing Manager</td></tr>
<tr><td>Signed</td><td>Yuki Tanaka, 28 May 2024 14:22 JST</td></tr>
</table>
<div class="note">Please produce the 5,000 boxes for the Hanami launch, delivery FOB Yantian by 5 July. Do not start the
remaining 15,000 and do not buy board or soft-touch film for them.</div>
<p>Acknowledgement by supplier: <i>pending</i> &middot; <a href="#">Acknowledge this release</a></p>
"""))])

# ------------------------------------------------------------------ c16
case("c16_japanese_dummy_po_pdf", [],
     "Japanese buyer's PO for 12 dummies (3 x 4) with table; mass-production quantity not released until dummy sign-off "
     "and written release by named GM purchasing",
     [("PO_HK-24-0107_dummies.pdf", pdf([
         ("h1", "HANAKOJI KASHITEN - PURCHASE ORDER"),
         ("p", "Hanakoji Kashiten Co., Ltd. - 45 Gionmachi Kitagawa, Higashiyama-ku, Kyoto 605-0073, Japan"),
         ("p", "PO No. HK-24-0107 - Date 2024-05-29 - Person in charge: Aya Nakamura (Package Development)"),
         ("p", "To: Cartonagem Douro Lda, Rua do Freixo 1071, 4300-219 Porto, Portugal - Attn. Mr. Rui Azevedo"),
         ("sp",),
         ("p", "Thank you very much for your kind support always. We are pleased to place the following order for dummies "
               "of our autumn wagashi gift boxes."),
         ("table", [
             ["No.", "Item", "Size (mm)", "Qty", "Unit price", "Amount"],
             ["1", "Momiji box, 6 pcs, dummy (plain, with ribbon slot)", "180 x 120 x 45", "4", "EUR 22.00", "EUR 88.00"],
             ["2", "Momiji box, 12 pcs, dummy", "240 x 180 x 45", "4", "EUR 26.00", "EUR 104.00"],
             ["3", "Tsukimi box, 9 pcs, dummy, two-tier", "210 x 210 x 70", "4", "EUR 31.00", "EUR 124.00"],
             ["", "Total", "", "12", "", "EUR 316.00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO covers twelve (12) dummies only (4 of each item). The mass-production quantity in your "
               "quotation DQ-24-0503 (approx. 9,000 boxes in total) is not released."),
         ("p", "The mass-production quantity will be released only after our design team has signed off the dummies, "
               "by a written release from Mr. Hiroshi Mori, General Manager Purchasing. Please do not buy paper or board for "
               "mass production before this release."),
         ("p", "Delivery: by courier to our Kyoto office, by 2024-06-21. Payment: T/T 30 days after receipt."),
         ("sp",),
         ("p", "We sincerely appreciate your cooperation. Aya Nakamura"),
     ], title="PO HK-24-0107", author="Hanakoji Kashiten"))])

# ------------------------------------------------------------------ c17
_c17_po = """ASHCOMBE LONDON LTD
18 Mount Street, London W1K 2RN
-------------------------------------------------------------------
PURCHASE ORDER  ASH-PO-5540                        Date: 30/05/2024
Supplier: Pudelka Premium sp. z o.o., ul. Gorna Wilda 90, 61-576 Poznan
Your quotation: PP/Q/24/212 dated 24/05/2024 (attached to this bundle)
-------------------------------------------------------------------
Line  Item        Description                          Qty   GBP/pc
 1    ASH-RB-310  Cashmere scarf box, rigid, magnetic   15    14.00
                  lid, grosgrain pull, sample
-------------------------------------------------------------------
Order value: GBP 210.00

SCOPE
* Authorised now: 15 sample boxes, nothing more.
* The 12,000 figure in your quotation is indicative and not released.
  Do not plan or buy material for it.
* Any production quantity will be released only after our creative
  team has signed off the samples, by a written release signed by
  Olivia Bennett, Head of Purchasing.

Deliver by 21/06/2024, DAP London W1K. Invoice quoting PO number.
Raised by: Harriet Lowe, Buying Assistant
"""

case("c17_po_plus_quote_multifile", [],
     "two-file bundle: PO for 15 samples declaring the quote's 12,000 indicative and not released, unlock by sign-off + "
     "written release by named Head of Purchasing; quote with tiers",
     [("ASH-PO-5540.txt", _c17_po),
      ("PP-Q-24-212_quotation.pdf", pdf([
          ("h1", "PUDEŁKA PREMIUM sp. z o.o."),
          ("p", "ul. Górna Wilda 90, 61-576 Poznań - rigid boxes and luxury packaging"),
          ("h", "Quotation PP/Q/24/212 - 24.05.2024"),
          ("p", "For: Ashcombe London Ltd - Ms Harriet Lowe"),
          ("p", "Product: cashmere scarf box ASH-RB-310, 320 x 240 x 60 mm, greyboard 2 mm wrapped in Colorplan "
                "'Harvest', magnetic lid, grosgrain pull ribbon, blind debossed logo."),
          ("table", [
              ["Option", "Quantity", "Unit price GBP", "Lead time"],
              ["Samples (hand-made)", "15", "14,00", "2 weeks"],
              ["Production", "12.000", "2,35", "6 weeks from written release"],
              ["Production", "20.000", "2,10", "7 weeks from written release"],
          ]),
          ("p", "Prices EXW Poznań, excluding transport and packing on pallets (GBP 38,00 per pallet). "
                "Validity 45 days. Debossing die GBP 120,00 one-off."),
          ("p", "Best regards, Agnieszka Nowak - Sales"),
      ], title="PP/Q/24/212", author="Pudelka Premium"))])

# ------------------------------------------------------------------ c18
case("c18_swiss_white_samples_docx", [],
     "Swiss order letter: twelve (12) white samples each of three boxes = 36; 24'000 Easter boxes not released; sign-off "
     "by atelier + written release by named purchasing head",
     [("Commande_echantillons_blancs_Paques.docx", docx_bytes([
         ("p", "Chocolaterie Valmont SA - Route de Meyrin 211 - 1217 Meyrin - Suisse"),
         ("p", "Cartonagem Douro Lda - à l'att. de M. Rui Azevedo - Porto, Portugal"),
         ("p", "Meyrin, le 31 mai 2024"),
         ("h", "Order of white samples - Easter 2025 collection (our PO CV-PO-24-0866)"),
         ("p", "Dear Mr Azevedo,"),
         ("p", "Further to your visit to Meyrin, we are pleased to order the white samples of our Easter 2025 rigid boxes. "
               "We would like twelve (12) white samples of each of the three boxes below, that is thirty-six (36) white "
               "samples in total:"),
         ("table", [
             ["Box", "Format", "White samples"],
             ["Œuf d'or (egg-shaped lid)", "Ø 160 mm", "12"],
             ["Coffret Lapin 24 pralinés", "260 x 190 x 40 mm", "12"],
             ["Coffret Lapin 48 pralinés", "360 x 260 x 40 mm", "12"],
             ["Total", "", "36"],
         ]),
         ("sp",),
         ("p", "These 36 white samples are the only quantity we authorise at this stage. The Easter programme of "
               "24'000 boxes shown in your offer is not released, and we ask you not to order board or paper for it."),
         ("p", "Once our atelier in Meyrin has signed off the white samples (fit of the pralinés trays and of the "
               "ribbon), the production quantity can be released only by a written release signed by Mme Nadia Keller, "
               "Responsable des Achats."),
         ("p", "Delivery of the samples by courier to Meyrin before 28 June 2024, please."),
         ("p", "With kind regards / Meilleures salutations,"),
         ("p", "Luc Perrenoud - Développement emballages - Chocolaterie Valmont SA"),
     ], author="Luc Perrenoud"))])

# ------------------------------------------------------------------ c19
_c19_m1 = """Hi Duc,

PO LM-4388 is attached for the full 6,000 compact gift boxes (SKU LM-GB-19, blush
soft-touch, rose-gold foil), as per your PI MP-PI-2405-33. Full quantity, single
shipment - there is no further quantity behind this order.

Please confirm the ex-factory date.

Best,
Priya"""

_c19_m2 = """Dear Priya,

Well received PO LM-4388, 6,000 pcs. Thank you!
Production will finish on 18 June, ex-factory 21 June.

Two questions for shipping:
1) FOB Cat Lai or FOB Cai Mep? Your forwarder used Cai Mep last time.
2) Carton marks: do you want the PO number and the SKU on both sides?

Best regards,
Duc"""

_c19_m3 = """Hi Duc,

1) FOB Cat Lai please - Expeditors will book, contact is Ms. Hoa in their HCMC office.
2) Yes, PO + SKU + carton x of y on two sides, and "FRAGILE - KEEP DRY" on top.

Also please use HS code 4819.20 on the commercial invoice.

Thanks!
Priya"""

_c19_text = """Dear Priya,

Noted all, thank you. Summary for our shipping team:

- 6,000 pcs in 120 export cartons (50 pcs per carton, 48 x 36 x 30 cm, 9.4 kg)
- 5 pallets, 1200 x 1000, max. height 1.6 m, heat-treated (ISPM 15)
- FOB Cat Lai, Expeditors HCMC (Ms. Hoa), ETD 24 June
- Carton marks as below, HS 4819.20 on CI and packing list

We will send the packing list draft next week and the QC photos at 80% finished.

Best regards,
Duc

Nguyen Minh Duc
Export Manager - Minh Phat Packaging Co., Ltd.
Lot 7, Song Than 2 Industrial Zone, Di An, Binh Duong, Vietnam

On Fri, 24 May 2024 at 22:10, Priya Raman <priya.raman@lumenandco.com> wrote:
""" + quote_lines(_c19_m3 + "\n\nOn Fri, 24 May 2024 at 10:31, Nguyen Minh Duc wrote:\n" + quote_lines(
    _c19_m2 + "\n\nOn Thu, 23 May 2024 at 21:05, Priya Raman wrote:\n" + quote_lines(_c19_m1))) + "\n"

case("c19_full_po_logistics_thread_eml", [],
     "long quoted logistics thread around a full-quantity PO (6,000, no further quantity); pallets, Incoterms, HS code",
     [("RE_ RE_ RE_ PO LM-4388 shipping details.eml", mail(
         "Nguyen Minh Duc <duc.nguyen@minhphatpack.vn>",
         "Priya Raman <priya.raman@lumenandco.com>",
         "RE: RE: RE: PO LM-4388 compact gift boxes - shipping details",
         "Mon, 27 May 2024 09:12:00 +0700", _c19_text,
         in_reply_to="<h71-lm4388-3@lumenandco.com>"))])

# ------------------------------------------------------------------ c20
case("c20_interim_signoff_limits_pdf", [],
     "interim sample disposition with limits: 500 flacons for pop-up until 30 June; remaining 9,500 not released; full "
     "release after corrected colour drawdown sign-off and written release by named purchasing director",
     [("Ondine_interim_disposition_ON-24-0588.pdf", pdf([
         ("h1", "ONDINE PARFUMS - SAMPLE DISPOSITION"),
         ("p", "Ondine Parfums SAS - 8 avenue Thiers - 06130 Grasse - France"),
         ("p", "Supplier: Vetreria Lucchese S.p.A. - Article: flacone 'Ambra' 100 ml, amber gradient coating - PO ON-24-0588 (10,000 pcs)"),
         ("p", "Pre-series inspected: 50 pcs, received 30 May 2024 - Inspection report QC-ON-24-211"),
         ("sp",),
         ("table", [
             ["Characteristic", "Requirement", "Found", "Status"],
             ["Gradient colour vs. master", "ΔE ≤ 2.0", "ΔE 2.6 (lighter at shoulder)", "deviation"],
             ["Neck FEA 15 dimensions", "drawing VL-3318 rev. 04", "conform", "OK"],
             ["Brimful capacity", "107 ml ± 1.5", "106.8 ml", "OK"],
             ["Base thickness", "9 mm ± 0.5", "9.2 mm", "OK"],
         ]),
         ("sp",),
         ("h", "Disposition: INTERIM"),
         ("p", "Interim sign-off limited to five hundred (500) flacons, for the Galeries Lafayette pop-up only, to be "
               "delivered and used before 30 June 2024. Quantity authorised now: 500."),
         ("p", "The remaining 9,500 flacons of PO ON-24-0588 are not released. They can be released only after a corrected "
               "colour drawdown has been signed off by our laboratory, by a written release signed by Sandrine Olivier, "
               "Purchasing Director."),
         ("p", "Glass and coating material may be used for the 500 flacons only."),
         ("sp",),
         ("p", "Grasse, 3 June 2024 - Élodie Maret, Quality Packaging - Sandrine Olivier, Purchasing Director"),
     ], title="Interim disposition ON-24-0588", author="Ondine Parfums"))])

# ------------------------------------------------------------------ c21
case("c21_wechat_display_trays_txt", [],
     "WeChat: buyer orders 20 samples only, bal. 1,980 on hold, released only in writing by named sender after VM "
     "sign-off; owner confirms deposit is for samples/tooling only, not mass production",
     [("WeChat_export_Huang_Yuefeng.txt", """Chat history with 黄总 Huang Yuefeng Display (exported 2024-06-04)

2024-06-03 10:02  Yasmine Haddad:
Hello Mr Huang, PO AN-2024-0341 is in your email. To be clear: 20 samples only of the jewellery tray set (black velvet, brass edge). Nothing else now.

2024-06-03 10:03  Yasmine Haddad:
bal. 1,980 sets on hold - not released. Release only in writing from me (Yasmine Haddad, Production & Sourcing) after our VM team signs off the 20 samples in Paris.

2024-06-03 10:20  黄总 Huang:
ok Yasmine, 20 sets sample, 2 weeks. Velvet color same as last time #BK-02?

2024-06-03 10:22  Yasmine Haddad:
Yes BK-02. Brass edge brushed, not polished.

2024-06-03 16:48  黄总 Huang:
Deposit we received today USD 1,450, thank you. Understand deposit only for sample + tooling, not for mass production. We not buy velvet for 2k before your release paper.

2024-06-03 16:50  Yasmine Haddad:
Perfect, thank you 🙏

2024-06-04 09:15  黄总 Huang:
[Image] tray mould ready
""")])

# ------------------------------------------------------------------ c22
case("c22_release_letter_full_balance_pdf", [],
     "written production release of the remaining 7,960 after sample sign-off, released total 8,000 = PO total; nothing "
     "on hold; signed by named Directeur des Achats",
     [("Lettre_de_lancement_PO-4502.pdf", pdf([
         ("h1", "DISTILLERIE AUBÉPINE"),
         ("p", "Domaine de la Grande Borne - 16100 Cognac - France"),
         ("p", "Cartonagem Douro Lda - Mr Rui Azevedo - Rua do Freixo 1071, 4300-219 Porto"),
         ("p", "Cognac, 14 March 2024"),
         ("h", "Production release - PO 4502 rev. 2 - coffret 'Aubépine VSOP Réserve'"),
         ("p", "Dear Mr Azevedo,"),
         ("p", "Our packaging quality team signed off the 40 pre-series coffrets on 12 March 2024 (report DA-QP-24-019)."),
         ("p", "Following that sign-off, we hereby release the remaining seven thousand nine hundred and sixty (7,960) "
               "coffrets for production under PO 4502 rev. 2. The released total is now 8,000 coffrets (40 pre-series + "
               "7,960), which is the full quantity of PO 4502 rev. 2. No quantity remains on hold under this order."),
         ("p", "Material authority: board, paper and inserts for the 7,960 coffrets."),
         ("p", "Delivery in two lots: 4,000 by 30 April and 3,960 by 31 May, DAP Cognac."),
         ("sp",),
         ("p", "Yours sincerely,"),
         ("p", "Arnaud Delcourt - Directeur des Achats - Distillerie Aubépine"),
     ], title="Production release PO 4502", author="Distillerie Aubepine"))])

# ------------------------------------------------------------------ c23
_c23_html = html_page("Order status report W22", """
<h3>Saigon Paper Bags JSC - order status report, week 22</h3>
<p>Customer: Hartwell &amp; Pryce Distillers Ltd &middot; PO HP-21102 &middot; gin gift bag HP-GB-08</p>
<table>
<tr><th>Item</th><th>Quantity</th><th>Status</th></tr>
<tr><td>Pre-production samples</td><td>24</td><td>shipped 29/05 by DHL 4477120931</td></tr>
<tr><td>Production balance</td><td>4,976</td><td>on hold - waiting for your written release</td></tr>
<tr><td>Material for the balance</td><td>0</td><td>nothing bought</td></tr>
</table>
<p>Rope handles and kraft for the balance are available from our mill within 10 days after your release.</p>
""")

case("c23_supplier_status_html_attachment_eml", [],
     "supplier status report (email + HTML attachment): 24 samples shipped, balance 4,976 on hold waiting for release, "
     "no material bought; non-authorising",
     [("Order status W22 HP-21102.eml", mail(
         "Nguyen Thi Lan <lan.nguyen@saigonpaperbags.vn>",
         "James Okafor <james.okafor@hartwellpryce.co.uk>",
         "Order status W22 - PO HP-21102 gin gift bag",
         "Fri, 31 May 2024 11:30:00 +0700",
         """Dear James,

Please find our weekly status report attached (HTML).

In short: the 24 pre-production samples left on 29 May by DHL (AWB 4477120931). The balance of
4,976 bags remains on hold on our side until we receive your written release. We have not bought
any kraft or rope for the balance.

Have a nice weekend.

Best regards,
Lan
Nguyen Thi Lan - Key Account - Saigon Paper Bags JSC
""", attachments=[("status_W22_HP-21102.html", _c23_html, HTML_MT)]))])

# ------------------------------------------------------------------ c24
case("c24_italian_full_order_docx", [],
     "Italian order letter for the full quantity of 1.200 caps, single delivery, no balance; 'procedere con la produzione "
     "dei 1.200' is scoped",
     [("Ordine_2024-118_tappi.docx", docx_bytes([
         ("p", "ESSENZE DI CAPRI S.r.l. - Via Camerelle 41 - 80073 Capri (NA) - P.IVA IT07722110631"),
         ("p", "Spett.le Zamak Caps Brescia S.r.l. - Via Industriale 31 - 25016 Ghedi (BS)"),
         ("p", "Capri, 4 giugno 2024"),
         ("h", "Ordine n. 2024/118 - tappi 'Faraglioni'"),
         ("p", "Gentile Dott.ssa Bonetti,"),
         ("p", "con la presente, and following your offer ZCB-Q-1207 of 28 May, we order the caps for our limited "
               "edition 'Faraglioni' (edizione limitata, 1.200 numbered bottles):"),
         ("table", [
             ["Art.", "Descrizione", "Q.tà", "Prezzo unit.", "Totale"],
             ["EC-CAP-12", "Tappo zama, finitura oro satinato, incisione numerata 0001-1200", "1.200", "€ 3,85", "€ 4.620,00"],
         ]),
         ("sp",),
         ("p", "The order is for the full quantity of 1.200 caps, in a single delivery (consegna unica) by 15 July 2024. "
               "No further quantity is foreseen for this edition, which is closed at 1.200."),
         ("p", "Vi preghiamo di procedere con la produzione dei 1.200 tappi secondo il campione firmato del 27 maggio."),
         ("p", "Pagamento: bonifico 60 gg d.f.f.m. Resa: franco nostro magazzino, Capri (via Napoli porto)."),
         ("p", "Cordiali saluti,"),
         ("p", "Giulia Esposito - Ufficio Acquisti - Essenze di Capri S.r.l."),
     ], author="Giulia Esposito"))])

# ------------------------------------------------------------------ c25
case("c25_staged_material_po_pdf", [],
     "PO for 50 pre-series decanters with explicit staged material authority up to 2,000 (above the release); 9,950 not "
     "released until lot acceptance + written release by named VP",
     [("PO_CSB-7731_decanter.pdf", pdf([
         ("h1", "COLD SPRING BOURBON CO. - PURCHASE ORDER"),
         ("p", "PO CSB-7731 | June 5, 2024 | 400 Distillery Rd, Bardstown, KY 40004, USA"),
         ("p", "Vendor: Vetreria Lucchese S.p.A., Via della Fornace 22, 55100 Lucca, Italy"),
         ("p", "Reference: quotation VL-24-0402 (decanter 'Heritage' 750 ml, 10,000 pcs program)"),
         ("sp",),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit", "Ext."],
             ["1", "CSB-DEC-750 rev B", "Decanter 'Heritage' 750 ml, pre-series, hand-finished stopper seat", "50", "EUR 11.20", "EUR 560.00"],
         ]),
         ("sp",),
         ("h", "Release scope"),
         ("p", "Authorized now: 50 pre-series decanters. The balance of 9,950 decanters of the program is NOT released."),
         ("p", "Material authority (staged): you may buy and hold glass batch and stopper blanks for up to 2,000 "
               "decanters at Cold Spring Bourbon's liability, so the first production lot can start quickly. This staged "
               "material authority does not release any production beyond the 50 pre-series pieces."),
         ("p", "Unlock: the balance can be released only after lot acceptance of the 50 pre-series pieces at Bardstown, "
               "by a written release signed by Dana Whitfield, VP Operations."),
         ("sp",),
         ("p", "Ship via air freight, DAP Bardstown. Payment net 45. Buyer: Ryan Tate, Packaging Procurement, +1 502 555 0163."),
     ], pagesize=LETTER, title="PO CSB-7731", author="Cold Spring Bourbon Co."))])

# ------------------------------------------------------------------ p01
_p01_text = """Dear Agnieszka,

Thank you for the quick quotation and for the lovely paper swatches - the "Marée" blue Colorplan
is exactly what our artistic director had in mind.

Please find attached our purchase order ON-24-0655 for the samples of the coffret "Marée"
(50 ml flacon + travel spray), as per your quotation PP/Q/24/198, also attached.
We need twenty-five (25) samples, with the satin ribbon in ivory and the blind deboss of the wave
on the lid.

Could you send them to Grasse by 21 June? Our gift-with-purchase committee meets on 26 June.

Many thanks and kind regards,
Élodie
""" + sig("Élodie Maret", "Packaging Development & Quality", "Ondine Parfums SAS, 8 avenue Thiers, 06130 Grasse", "+33 4 93 40 12 77")

_p01_po = pdf([
    ("h1", "ONDINE PARFUMS - PURCHASE ORDER"),
    ("p", "PO ON-24-0655 - 03/06/2024 - Ondine Parfums SAS, 8 avenue Thiers, 06130 Grasse, France"),
    ("p", "Supplier: Pudelka Premium sp. z o.o., ul. Gorna Wilda 90, 61-576 Poznan, Poland"),
    ("table", [
        ["Pos", "Article", "Designation", "Qty", "Unit price", "Total"],
        ["1", "ON-CF-507", "Coffret 'Marée' GWP, rigid, magnetic, ribbon ivory - sample", "25", "EUR 12,40", "EUR 310,00"],
    ]),
    ("sp",),
    ("p", "Reference: your quotation PP/Q/24/198. Delivery DAP Grasse by 21/06/2024."),
    ("p", "Invoicing: one invoice per delivery, quoting this PO number. Payment 45 days end of month."),
], title="PO ON-24-0655", author="Ondine Parfums")

_p01_quote = pdf([
    ("h1", "PUDELKA PREMIUM sp. z o.o."),
    ("h", "Quotation PP/Q/24/198 - 27.05.2024"),
    ("p", "For: Ondine Parfums SAS - Mme Élodie Maret"),
    ("p", "Coffret 'Marée' for 50 ml flacon and 10 ml travel spray, 210 x 150 x 55 mm, greyboard 2 mm, Colorplan "
          "'Marine', magnetic flap, EVA insert flocked, ribbon ivory."),
    ("table", [
        ["Option", "Quantity", "Unit price EUR", "Lead time"],
        ["Samples", "25", "12,40", "2 weeks"],
        ["Production GWP", "10.000", "2,85", "6 weeks"],
    ]),
    ("p", "EXW Poznan. Validity 45 days. Debossing die EUR 140,00."),
], title="PP/Q/24/198", author="Pudelka Premium")

case("p01_sample_po_with_quote_eml", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 25 samples sent with the quote showing 10.000 production, nothing says the 10.000 is informational or not "
     "released; no hold, no unlock event, no release person",
     [("PO ON-24-0655 coffret Maree samples.eml", mail(
         "Élodie Maret <elodie.maret@ondine-parfums.fr>",
         "Agnieszka Nowak <a.nowak@pudelkapremium.pl>",
         "PO ON-24-0655 - coffret Marée - samples",
         "Mon, 03 Jun 2024 15:22:00 +0200", _p01_text,
         attachments=[("PO_ON-24-0655.pdf", _p01_po, PDF_MT),
                      ("PP-Q-24-198.pdf", _p01_quote, PDF_MT)]))])

# ------------------------------------------------------------------ p02
case("p02_po_release_field_plus_quote_multifile", ["RG001", "RG003", "RG004"],
     "folder with PO for 30 BAT samples (names a release authority) and the quote with 12,000; larger quantity not "
     "declared informational, balance never said to be on hold, no unlock event",
     [("PO_LM-4421_BAT_samples.pdf", pdf([
         ("h1", "LUMEN & CO. BEAUTY - PURCHASE ORDER"),
         ("p", "PO LM-4421 | 04 Jun 2024 | 210 W 29th St, New York, NY 10001"),
         ("p", "Vendor: Dongguan Hengli Packaging Co., Ltd. - Attn. Liang Wei"),
         ("table", [
             ["Field", "Value"],
             ["Item", "LM-GB-25 'Glow Edit' holiday set box, rigid, two-piece, holographic foil"],
             ["Quote", "HL-Q-24-131"],
             ["Order type", "BAT samples"],
             ["Quantity", "30"],
             ["Unit price", "USD 7.50"],
             ["Release authority", "Marco Bellini, Head of Procurement"],
             ["Ship to", "Lumen & Co. Studio, 210 W 29th St, 5th floor, New York"],
             ["Ship by", "21 Jun 2024, FedEx IP, our account"],
         ]),
         ("sp",),
         ("p", "Please include a QC photo set and the foil draw-down with the shipment."),
         ("p", "Buyer: Priya Raman, Packaging Buyer - priya.raman@lumenandco.com"),
     ], pagesize=LETTER, title="PO LM-4421", author="Lumen & Co.")),
      ("HL-Q-24-131_quotation.docx", docx_bytes([
          ("h1", "Dongguan Hengli Packaging Co., Ltd. - Quotation"),
          ("p", "Quotation No.: HL-Q-24-131    Date: 2024-05-28    Customer: Lumen & Co. Beauty (New York)"),
          ("p", "Product: holiday set box 'Glow Edit', 2-piece rigid box 260x200x70mm, 1200g greyboard, holographic foil "
                "on lid, PET window, paper insert 3 cavities."),
          ("table", [
              ["Item", "Qty", "Unit price (USD)", "Remark"],
              ["BAT sample", "30", "7.50", "7 days"],
              ["Mass production", "12,000", "1.62", "25 days"],
              ["Foil block + die", "1 set", "260.00", "one time"],
          ]),
          ("p", "Payment: 30% deposit, 70% before shipment. FOB Shenzhen. Validity 30 days."),
          ("p", "Liang Wei / Sales Manager / liangwei@hengli-pack.cn"),
      ], author="Liang Wei"))])

# ------------------------------------------------------------------ p03
case("p03_erp_po_ref_quote_qty_txt", ["RG001", "RG003", "RG004", "RG005"],
     "ERP printout: 36 dummies ordered, the line also prints REF QUOTE QTY 18,000 with no informational/not-released "
     "note; no hold, unlock event or release person",
     [("PO_HP-21188_print.txt", """HARTWELL & PRYCE DISTILLERS LTD      PURCHASE ORDER        HP-21188
UNIT 4 BERMONDSEY TRADING ESTATE     ORDER DATE            05/06/2024
LONDON SE16 3LL                      BUYER                 J OKAFOR
                                     PAGE                  1 OF 1
SUPPLIER  40871  DRUKARNIA WISLA SP. Z O.O.
                 UL. ZAKOPIANSKA 58, 30-418 KRAKOW, POLAND
==================================================================================
LN ITEM       DESCRIPTION                       ORD QTY  UOM  PRICE  REF QUOTE QTY
-- ---------- --------------------------------- -------- ---- ------ -------------
01 HP-FC-640  NAVY STRENGTH 70CL CARTON, DUMMY       36  EA   3.20        18,000
              WHITE, DIE-CUT + GLUED, NO PRINT
              QUOTE DW-Q-24-0452 / DIELINE HP-DL-640 REV 3
==================================================================================
                                          ORDER TOTAL GBP   115.20
DELIVER TO: HARTWELL & PRYCE, UNIT 4, LONDON SE16 3LL   REQ DATE: 21/06/2024
TERMS: 30 DAYS EOM.  ALL DELIVERIES TO QUOTE PO NUMBER.  GOODS-IN MON-FRI 8-15.
""")])

# ------------------------------------------------------------------ p04
case("p04_portal_po_quote_panel_html", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO page: 50 sample sleeves ordered, quote panel beside it shows 40'000 with no informational/not-released "
     "label; balance hold, unlock event and release person absent",
     [("valmont_portal_PO_CV-PO-24-0902.html", html_page("Valmont Supplier Portal - PO CV-PO-24-0902", """
<h2>Chocolaterie Valmont SA &middot; Supplier Portal</h2>
<p>Supplier: <b>Minh Phat Packaging Co., Ltd.</b> (vendor 30-2290) &middot; logged in as thao.tran@minhphatpack.vn</p>
<h3>Purchase order CV-PO-24-0902 &middot; status: <span style="color:green">open</span></h3>
<table>
<tr><th>Pos.</th><th>Article</th><th>Description</th><th>Qty</th><th>Price CHF</th><th>Delivery</th></tr>
<tr><td>10</td><td>CV-SL-2210</td><td>Sleeve Tablette Grand Cru 'Noël' - sample, embossed, copper foil</td><td>50</td><td>1.90</td><td>28.06.2024</td></tr>
</table>
<h3>Linked quotation MP-Q-2405-61</h3>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Price CHF</th></tr>
<tr><td>Sample</td><td>50</td><td>1.90</td></tr>
<tr><td>Production</td><td>40'000</td><td>0.085</td></tr>
</table>
<p>Documents: <a href="#">artwork_CV-SL-2210_v4.pdf</a> &middot; <a href="#">dieline_CV-SL-2210.ai</a></p>
<p>Buyer: Luc Perrenoud &middot; <a href="mailto:luc.perrenoud@valmont.ch">luc.perrenoud@valmont.ch</a> &middot; +41 22 785 40 12</p>
<p><a href="#">Confirm delivery date</a> &middot; <a href="#">Upload shipping documents</a></p>
"""))])

# ------------------------------------------------------------------ p05
_p05_text = """Hi Kevin,

Great to see you in Hong Kong last month. As promised, here is our order for the pre-series of the
window display case for the Ashcombe scarf collection.

PO ASH-PO-5562: six (6) pre-series window cases, walnut veneer plinth, low-iron glass hood,
brass corner caps, per your quotation JH-2024-233:

    Tier            Qty     USD/pc
    Pre-series        6     640.00
    Store rollout  1,200     118.00

Please ship the six by air to our Mount Street flagship by 12 July - the visual merchandising team
wants them for the autumn windows.

Release authority for this programme is Olivia Bennett, Head of Purchasing (cc).

Best wishes,
Harriet
""" + sig("Harriet Lowe", "Buying Assistant", "Ashcombe London Ltd, 18 Mount Street, London W1K 2RN", "+44 20 7499 3321")

_p05_html = html_page("PO ASH-PO-5562", """<p>Hi Kevin,</p>
<p>Great to see you in Hong Kong last month. As promised, here is our order for the pre-series of the window
display case for the Ashcombe scarf collection.</p>
<p><b>PO ASH-PO-5562</b>: six (6) pre-series window cases, walnut veneer plinth, low-iron glass hood, brass corner
caps, per your quotation JH-2024-233:</p>
<table><tr><th>Tier</th><th>Qty</th><th>USD/pc</th></tr>
<tr><td>Pre-series</td><td>6</td><td>640.00</td></tr>
<tr><td>Store rollout</td><td>1,200</td><td>118.00</td></tr></table>
<p>Please ship the six by air to our Mount Street flagship by 12 July - the visual merchandising team wants them
for the autumn windows.</p>
<p>Release authority for this programme is Olivia Bennett, Head of Purchasing (cc).</p>
<p>Best wishes,<br>Harriet</p>""")

case("p05_po_inline_quote_table_alt_eml", ["RG001", "RG003", "RG004"],
     "6 pre-series cases ordered with the 1,200 rollout tier in the same table and nothing saying it is not released; "
     "release authority named but no hold, no unlock event",
     [("PO ASH-PO-5562 window cases.eml", mail(
         "Harriet Lowe <harriet.lowe@ashcombe.london>",
         "Kevin Zhou <kevin.zhou@jiahe-display.com>",
         "PO ASH-PO-5562 - pre-series window cases",
         "Thu, 06 Jun 2024 12:40:00 +0100", _p05_text, html=_p05_html,
         cc="Olivia Bennett <olivia.bennett@ashcombe.london>"))])

# ------------------------------------------------------------------ p06
case("p06_whatsapp_tote_samples_txt", ["RG003", "RG004", "RG005"],
     "WhatsApp sample request for 20 totes: quantity stated but nothing says anything beyond is not released, no unlock "
     "event, no release person",
     [("WhatsApp Chat with Chi Hanh Saigon Bags.txt", """WhatsApp Chat with Chi Hanh Saigon Bags

07/06/2024, 14:03 - Yasmine Haddad: Chào chị Hanh! Hope all good. Did you get the tote drawing from Lan?
07/06/2024, 14:10 - Chi Hanh Saigon Bags: Hi Yasmine 😊 yes received. Kraft 250gsm + gold foil logo, cotton handle 60cm right?
07/06/2024, 14:12 - Yasmine Haddad: Yes exactly. Handles in natural cotton, not black this time.
07/06/2024, 14:12 - Yasmine Haddad: Please make 20 samples of the tote first, for the boutique opening in Marais.
07/06/2024, 14:15 - Chi Hanh Saigon Bags: ok 20 pcs. foil block take 4 days, sample ready 18/6
07/06/2024, 14:16 - Yasmine Haddad: Perfect. Send by DHL to the studio, same address as the shopping bags.
07/06/2024, 14:16 - Chi Hanh Saigon Bags: 👍
07/06/2024, 14:40 - Chi Hanh Saigon Bags: PI for sample + foil block send you by email now
07/06/2024, 14:41 - Yasmine Haddad: Merci chị!
""")])

# ------------------------------------------------------------------ p07
case("p07_swiss_preseries_named_authority_docx", ["RG004"],
     "pre-series of 18 boxes; remaining 4,982 explicitly not released and only a named person may release them, but no "
     "event is named that unlocks them",
     [("Bestellung_Vorserie_Pralinen_Box.docx", docx_bytes([
         ("p", "Chocolaterie Valmont SA - Route de Meyrin 211 - 1217 Meyrin"),
         ("p", "Stampa Artigiana Verona S.r.l. - Via dell'Artigianato 14 - 37135 Verona - z. H. Herr Matteo Ferrari"),
         ("p", "Meyrin, 7. Juni 2024"),
         ("h", "Order CV-PO-24-0915 - pre-series, pralinés box 'Grand Cru 24'"),
         ("p", "Dear Mr Ferrari,"),
         ("p", "Thank you for the beautiful hot-foil trials you sent last week. We would now like a small pre-series for "
               "our photo shoot and for the window of the Rue du Rhône boutique:"),
         ("table", [
             ["Article", "Description", "Quantity", "Price CHF"],
             ["CV-BX-2401", "Box 'Grand Cru 24', black Sirio board, copper foil, blind emboss", "18", "9.80"],
         ]),
         ("sp",),
         ("p", "Only these eighteen (18) boxes are ordered now. The remaining 4,982 boxes of the 5,000 in your offer "
               "SAV-2024-077 are not released. Only Mme Nadia Keller, Head of Purchasing, may release them."),
         ("p", "Delivery: courier to Meyrin by 28 June 2024. Please mark the parcel 'Shooting - Atelier'."),
         ("p", "Freundliche Grüsse / Kind regards"),
         ("p", "Luc Perrenoud - Packaging Development - Chocolaterie Valmont SA - +41 22 785 40 12"),
     ], author="Luc Perrenoud"))])

# ------------------------------------------------------------------ p08
case("p08_french_order_letter_department_pdf", ["RG005"],
     "60 sample flacons, 9,940 on hold until sample sign-off and written release, but the release comes from an unnamed "
     "'Purchasing Department' - no named person",
     [("Commande_MV-24-0771_flacons.pdf", pdf([
         ("h1", "MAISON VERLAINE PARFUMS"),
         ("p", "12 rue du Faubourg Saint-Honoré - 75008 Paris - SIRET 552 081 317 00029"),
         ("p", "Vetreria Lucchese S.p.A. - à l'attention de M. Lorenzo Bertolucci - Via della Fornace 22, 55100 Lucca"),
         ("p", "Paris, le 10 juin 2024"),
         ("h", "Objet : commande MV-24-0771 - flacon 'Nuit d'Ambre' 100 ml - échantillons"),
         ("p", "Monsieur,"),
         ("p", "Further to your offer VL-24-0412 and to our meeting in Lucca, we have the pleasure of ordering sixty (60) "
               "sample flacons 'Nuit d'Ambre' 100 ml, extra-flint, FEA 15 neck, from the pilot mould, at EUR 8,90 per piece."),
         ("p", "We draw your attention to the following: only the 60 samples are ordered. The balance of 9,940 flacons "
               "remains on hold until the samples have been signed off by our laboratory and you have received a written "
               "release from our Purchasing Department."),
         ("p", "The samples are to be delivered to our laboratory in Chartres (Zone d'activités du Jardin d'Entreprises, "
               "28000 Chartres) before 5 July 2024, packed in the reusable trays."),
         ("p", "Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées."),
         ("sp",),
         ("p", "Thomas Lefèvre - Ingénieur Packaging - Maison Verlaine Parfums"),
     ], title="Commande MV-24-0771", author="Maison Verlaine"))])

# ------------------------------------------------------------------ p09
_p09_text = """Caro Matteo,

Thank you for the new die - the monogram on the second embossing test is much better.

Our order for this step (PO 4488): forty (40) BAT sheets of the XO gift box lid, printed and foiled
on the production press, with the deeper emboss. Please send them to Cognac by 28 June.

Only the 40 BAT sheets are authorised. Everything else remains on hold until further notice.

Grazie mille e buona giornata,
Pauline
""" + sig("Pauline Garnier", "Qualité Packaging", "Distillerie Aubépine, Domaine de la Grande Borne, 16100 Cognac", "+33 5 45 82 19 60")

case("p09_bat_sheets_until_further_notice_eml", ["RG004", "RG005"],
     "40 BAT sheets authorised and the rest on hold 'until further notice': no unlock event and nobody named to release",
     [("PO 4488 - BAT sheets XO lid.eml", mail(
         "Pauline Garnier <pauline.garnier@distillerie-aubepine.fr>",
         "Matteo Ferrari <m.ferrari@stampa-artigiana.it>",
         "PO 4488 - BAT sheets XO lid",
         "Tue, 11 Jun 2024 09:05:00 +0200", _p09_text))])

# ------------------------------------------------------------------ p10
_p10_text = """Bom dia Rui,

Following the kick-off on Friday: please make the dummies as discussed for the new
"Soleil d'Or" coffret (MV-CF-2340, drawing rev. A), with the two insert variants so we can compare.

The rest of the order (PO 4500-9105, 5,000 coffrets) stays on hold: it will be released only
by a written release from Hélène Marchand, Directrice Achats, after our studio has signed off the
dummies. Please don't buy board or paper for the coffrets before that.

Obrigado!
Thomas
""" + sig("Thomas Lefèvre", "Ingénieur Packaging", "Maison Verlaine Parfums, Paris", "+33 1 44 71 20 31")

case("p10_dummies_as_discussed_eml", ["RG010"],
     "authorises 'the dummies as discussed' without ever stating how many; hold, unlock event and named release "
     "authority are all present",
     [("Soleil dOr dummies.eml", mail(
         "Thomas Lefèvre <thomas.lefevre@maison-verlaine.fr>",
         "Rui Azevedo <rui.azevedo@cartonagem-douro.pt>",
         "Soleil d'Or coffret - dummies",
         "Mon, 10 Jun 2024 11:18:00 +0200", _p10_text,
         cc="Hélène Marchand <helene.marchand@maison-verlaine.fr>"))])

# ------------------------------------------------------------------ p11
case("p11_teams_reorder_unscoped_txt", ["RG002", "RG010"],
     "chat: 'Approved - please proceed with the reorder' with no quantity anywhere in the bundle",
     [("Teams_chat_Valmont_Wisla_2024-06-12.txt", """Microsoft Teams - chat export
Participants: Luc Perrenoud (Chocolaterie Valmont SA), Tomasz Zieliński (Drukarnia Wisła)
Exported: 12.06.2024 17:02

[12.06.2024 09:14] Tomasz Zieliński
Good morning Luc, about the Noël sleeves for the Grand Cru tablets - same as last year, artwork 2023 with the new
year code only. Prices unchanged vs 2023 (board went up but we keep it). Can we start?

[12.06.2024 09:15] Tomasz Zieliński
We have press slot in week 27 if you confirm this week.

[12.06.2024 10:47] Luc Perrenoud
Hi Tomasz, thanks for holding the price, much appreciated.

[12.06.2024 10:48] Luc Perrenoud
Approved - please proceed with the reorder of the Noël sleeves. Same artwork as 2023, just change the year code to 2024.

[12.06.2024 10:52] Tomasz Zieliński
Super, thank you. Proof with the new year code tomorrow.

[12.06.2024 10:53] Luc Perrenoud
👍
""")])

# ------------------------------------------------------------------ p12
case("p12_release_letter_no_quantity_pdf", ["RG010"],
     "release letter releases 'the pre-series' for the Ginza pop-up without stating how many; balance hold, unlock event "
     "(lot acceptance) and named release person present",
     [("Kisaragi_release_preseries_Tsuki_flacon.pdf", pdf([
         ("h1", "KISARAGI COSMETICS CO., LTD."),
         ("p", "2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan"),
         ("p", "To: Vetreria Lucchese S.p.A. - Mr. Lorenzo Bertolucci"),
         ("p", "Date: 2024-06-12 - Our ref.: KC-REL-24-019 - Order: PO KC-24-3350 (flacon 'Tsuki' 30 ml, frosted)"),
         ("h", "Release of the pre-series"),
         ("p", "Dear Mr. Bertolucci,"),
         ("p", "Thank you for the frosted trial flacons. We hereby release the pre-series for our Ginza pop-up store, to "
               "be produced on the production mould with the final frosting and the pink lacquer."),
         ("p", "The balance of the order remains on hold. It will be released only after lot acceptance of the pre-series "
               "at our Tokyo warehouse, by a written release signed by Ms. Aiko Fujimoto, Director of Supply Chain."),
         ("p", "Please ship the pre-series by air to Narita, DAP Tokyo, before 19 July 2024."),
         ("sp",),
         ("p", "Best regards, Yuki Tanaka - Purchasing Manager"),
     ], title="KC-REL-24-019", author="Kisaragi Cosmetics"))])

# ------------------------------------------------------------------ p13
_p13_text = """Dear Ms. Jenny,

good morning. After the meeting with our marketing we are ready: please start the campionatura
(sampling) of the caps for our new "Limoncello di Capri" eau de toilette, as per drawing EC-4410
rev 12 (thread GPI 18/415, tolerance +/- 0,05 mm), finishing yellow-gold satin, logo laser on top.

The material is zamak ZL5 as in your offer LF-Q-24-0388. For the colour please refer to the
Pantone 7406 C that Giulia sent you on Monday.

We wait for your confirmation of the date. Thank you very much for the collaboration.

Cordiali saluti
Antonio Russo
Ufficio Tecnico - Essenze di Capri S.r.l.
Via Camerelle 41 - 80073 Capri (NA) - Tel. +39 081 837 6612
"""

case("p13_italian_start_sampling_eml", ["RG003", "RG004", "RG005", "RG010"],
     "sample authorisation 'start the campionatura' with no quantity; no hold on the balance, no unlock event, no "
     "release person (drawing rev 12, GPI 18/415 are identifiers)",
     [("Avvio campionatura tappi Limoncello.eml", mail(
         "Antonio Russo <a.russo@essenzedicapri.it>",
         "Jenny Wu <jenny.wu@lianfa-caps.com>",
         "Avvio campionatura tappi - Limoncello di Capri",
         "Wed, 12 Jun 2024 09:40:00 +0200", _p13_text,
         cc="Giulia Esposito <g.esposito@essenzedicapri.it>"))])

# ------------------------------------------------------------------ p14
case("p14_first_run_qty_tbc_docx", ["RG010"],
     "DOCX release of the first production run with every quantity 'TBC'; remaining season volume on hold until written "
     "release by named head of purchasing after sell-through review",
     [("Ashcombe_first_run_release_AW24_POS.docx", docx_bytes([
         ("h1", "Ashcombe London - Production release, AW24 in-store POS"),
         ("p", "Supplier: Shenzhen Jiahe Display Co., Ltd. - Kevin Zhou"),
         ("p", "The six pre-series window cases of PO ASH-PO-5562 were received and signed off by Visual Merchandising on 14 June 2024."),
         ("p", "We now release the first production run of the counter units below for the autumn store rollout:"),
         ("table", [
             ["SKU", "Description", "Finish", "Quantity"],
             ["ASH-POS-01", "Counter scarf stand, 3 arms", "walnut / brass", "TBC"],
             ["ASH-POS-02", "Window case small", "walnut / low-iron glass", "TBC"],
             ["ASH-POS-03", "Gift card holder", "brass", "TBC"],
         ]),
         ("sp",),
         ("p", "Quantities per SKU will follow from the regional teams. Please start the first run so we keep the "
               "September installation dates."),
         ("p", "The remaining season volume is not released and stays on hold until a written release signed by "
               "Olivia Bennett, Head of Purchasing, after the October sell-through review."),
         ("p", "Harriet Lowe, Buying Assistant, on behalf of Olivia Bennett - 17 June 2024"),
     ], author="Harriet Lowe"))])

# ------------------------------------------------------------------ p15
_p15_quoted = """Dear Rui,

Our PO 4509 for the coffret "Aubépine Napoléon" is attached. To be clear on scope:
- authorised now: forty (40) pre-series coffrets only;
- the remaining 5,960 coffrets of the 6,000 programme are not released;
- they will be released only after our quality team signs off the pre-series, by a
  written release signed by Arnaud Delcourt, Directeur des Achats.

Kind regards,
Pauline Garnier"""

_p15_text = """Dear Pauline,

Thank you. The 40 pre-series coffrets are in production and will be ready on 28 June, with the
hand-tied ribbon as on the master.

Good news for your Christmas planning: to keep your slot we have already bought the greyboard and
the Gmund Cotton paper for the full 6,000 coffrets - the mill announced a price increase from 1 July,
so this protects the quoted price. The material is in our warehouse in Porto.

Best regards,
Rui Azevedo
Commercial Director - Cartonagem Douro Lda
Rua do Freixo 1071, 4300-219 Porto, Portugal - +351 22 519 40 80

On 11/06/2024 16:20, Pauline Garnier wrote:
""" + quote_lines(_p15_quoted) + "\n"

case("p15_supplier_bought_full_board_eml", ["RG006"],
     "supplier bought greyboard and paper for the full 6,000 while only 40 are released and no material authority was "
     "given; quoted buyer scope is complete",
     [("RE_ PO 4509 coffret Napoleon.eml", mail(
         "Rui Azevedo <rui.azevedo@cartonagem-douro.pt>",
         "Pauline Garnier <pauline.garnier@distillerie-aubepine.fr>",
         "RE: PO 4509 coffret Aubépine Napoléon - pre-series",
         "Wed, 12 Jun 2024 18:02:00 +0100", _p15_text, html=auto_html(_p15_text),
         in_reply_to="<h71-da-4509@distillerie-aubepine.fr>"))])

# ------------------------------------------------------------------ p16
case("p16_wechat_money_received_cut_paper_txt", ["RG006", "RG012"],
     "buyer's chat scope is complete (30 samples, 19,970 not released, written release by named manager); factory owner "
     "reads the payment as the go for mass production and has cut paper for all 20k",
     [("WeChat_Boss_Lin_Mingsheng.txt", """WeChat chat history - Boss Lin (Mingsheng Paper Products) / Yuki Tanaka
Export date: 2024-06-18

2024-06-10 11:05 Yuki Tanaka:
Boss Lin, good morning. PO KC-24-3391 sent to Ms Zhang by email. Please note: 30 sample boxes only (Hanami mini, pink pearl paper).

2024-06-10 11:06 Yuki Tanaka:
The 19,970 balance is NOT released. It will be released only by a written release from me (Yuki Tanaka, Purchasing Manager) after our sample sign-off in Tokyo.

2024-06-10 11:30 Boss Lin:
收到 received. 30 pcs sample 10 days.

2024-06-14 09:12 Yuki Tanaka:
The payment for the PI (sample + tooling + 30% deposit) is done today. Slip attached.

2024-06-14 09:12 Yuki Tanaka:
[File] TT_slip_KC-24-3391.pdf

2024-06-17 20:41 Boss Lin:
money received already ✅ thank you Ms Tanaka

2024-06-17 20:43 Boss Lin:
good news: we already cut paper for all 20k box, stock waiting in workshop 2. So we begin mass production tomorrow, can ship before typhoon season 🚢

2024-06-17 20:44 Boss Lin:
[Image] paper stack photo

2024-06-18 08:02 Yuki Tanaka:
I will call you in 10 minutes.
""")])

# ------------------------------------------------------------------ p17
_p17_po = pdf([
    ("h1", "MAISON VERLAINE PARFUMS - PURCHASE ORDER"),
    ("p", "PO no. 4500-9140 | Date: 18.06.2024 | Buyer: Camille Roux"),
    ("p", "Supplier: Embalagens Minho Lda, Zona Industrial de Lousado, Lote 12, 4760-469 Vila Nova de Famalicão, Portugal"),
    ("table", [
        ["Item", "Reference", "Description", "Qty", "Unit price", "Amount"],
        ["10", "5000-120-344", "Étui 'Soleil d'Or' 30 ml, GC1 300 g, hot-foil gold - sample", "24", "EUR 6,80", "EUR 163,20"],
    ]),
    ("sp",),
    ("p", "Scope: sample order. Quantity authorised now: 24 étuis. The 11,976 étuis of the launch quantity in offer "
          "EM-2411 are not released."),
    ("p", "Material authority: samples only."),
    ("p", "The balance can only be released after sample sign-off by the Studio Packaging, by a written production "
          "release signed by Hélène Marchand, Directrice Achats."),
], title="PO 4500-9140", author="Maison Verlaine Parfums")

_p17_wo = """EMBALAGENS MINHO LDA                                  ORDEM DE FABRICO / WORK ORDER
OF 24-1187                                            EMITIDA 19.06.2024  PLAN: S. PEIXOTO
CLIENTE  MAISON VERLAINE PARFUMS   ENCOMENDA CLIENTE 4500-9140
ARTIGO   5000-120-344  ETUI SOLEIL D'OR 30ML   DESENHO EM-D-7731 REV 02
---------------------------------------------------------------------------------------
FASE  DESCRICAO                          QTD      UN    MAQUINA
10    AMOSTRAS (SAMPLES)                 24       UN    PLOTTER KONGSBERG
20    IMPRESSAO OFFSET 5 CORES           12.000   UN    HEIDELBERG XL106
30    HOT-FOIL OURO                      12.000   UN    BOBST SP102
40    CORTE E VINCO / COLAGEM            12.000   UN    BOBST EXPERTFOLD
---------------------------------------------------------------------------------------
REQUISICAO DE MATERIAL (MAT REQ)
  CARTAO GC1 300G 72X102     1.460 FOLHAS  -> para 12.000 UN   ENCOMENDADO 19.06 (IGGESUND)
  FOIL KURZ LUXOR 220        2 ROLOS       -> para 12.000 UN   EM STOCK
OBS: FASES 20-40 ARRANCAM AUTOMATICAMENTE APOS OK DAS AMOSTRAS PELO CLIENTE.
     SERIES START AUTOMATICALLY ON CUSTOMER SAMPLE OK - NO NEW OF NEEDED.
"""

case("p17_po_plus_supplier_work_order_multifile", ["RG006", "RG007"],
     "folder: complete sample PO (24, material sample-only) plus the supplier's work order that orders board for 12,000 "
     "and schedules the series to start automatically on sample OK",
     [("PO_4500-9140.pdf", _p17_po),
      ("OF_24-1187_ordem_de_fabrico.txt", _p17_wo)])

# ------------------------------------------------------------------ p18
case("p18_supplier_planning_minutes_docx", ["RG006"],
     "supplier's planning minutes: 1,000 flacons released, but the furnace campaign, colour batch and coating are "
     "ordered for 30,000 'to optimise the change-over'",
     [("Verbale_riunione_pianificazione_sett25.docx", docx_bytes([
         ("h1", "Vetreria Lucchese S.p.A. - Verbale riunione pianificazione produzione"),
         ("p", "Settimana 25 - 17.06.2024 - Presenti: L. Bertolucci (commerciale), S. Marchetti (produzione), "
               "A. Conti (acquisti), F. Rossi (qualità)"),
         ("table", [
             ["Cliente / articolo", "Stato ordine", "Decisione", "Resp."],
             ["Ondine Parfums - Ambra 100 ml", "interim 500 pcs, colour correction pending", "new drawdown wk 26, no series planning", "F. Rossi"],
             ["Kisaragi Cosmetics - Tsuki 30 ml frosted", "written release 14.06 for 1.000 pcs; total programme 30.000 (quote)",
              "book furnace campaign wk 28 and order colour batch + frosting acid + coating for 30.000 pcs to optimise the change-over", "A. Conti"],
             ["Cold Spring Bourbon - Heritage decanter", "pre-series 50 pcs, staged material 2.000 per PO", "glass batch for 2.000 on hold in warehouse B", "S. Marchetti"],
         ]),
         ("sp",),
         ("p", "Notes: A. Conti to send the purchase orders for the Tsuki materials today (supplier Colorobbia for the "
               "pink batch). Lorenzo to inform Kisaragi of the delivery plan for the 1.000 pcs."),
         ("p", "Next meeting: 24.06.2024, 8:30, sala riunioni 2."),
     ], author="Sara Marchetti"))])

# ------------------------------------------------------------------ p19
case("p19_supplier_tracker_deposit_released_html", ["RG006", "RG012"],
     "supplier tracker shows 'deposit received -> production RELEASED' and materials staged for 15,000 sets against a "
     "200-set sample PO",
     [("hengli_order_tracker_HK-24-0120.html", html_page("Hengli Order Tracker - HK-24-0120", """
<h2>Dongguan Hengli Packaging &middot; Customer Order Tracker</h2>
<p>Customer: <b>Hanakoji Kashiten Co., Ltd.</b> (Kyoto) &middot; Customer PO: HK-24-0120 &middot; Item: HK-GB-15 matcha gift set box + EVA insert</p>
<table>
<tr><th>Step</th><th>Date</th><th>Status</th></tr>
<tr><td>PO received: 200 sample sets</td><td>2024-06-05</td><td>done</td></tr>
<tr><td>Tooling (die + emboss block)</td><td>2024-06-08</td><td>done</td></tr>
<tr><td>Deposit 30% received</td><td>2024-06-12</td><td>done</td></tr>
<tr><td>Production status</td><td>2024-06-12</td><td><b>RELEASED</b> (deposit received)</td></tr>
<tr><td>Samples 200 sets</td><td>2024-06-19</td><td>in progress</td></tr>
</table>
<h3>Materials</h3>
<table>
<tr><th>Material</th><th>Qty staged</th><th>Location</th></tr>
<tr><td>Grey board 1500g</td><td>for 15,000 sets</td><td>WH-3</td></tr>
<tr><td>EVA insert 2 cavities</td><td>15,000 sets</td><td>WH-3</td></tr>
<tr><td>Washi wrap paper 'Uguisu'</td><td>for 15,000 sets</td><td>WH-1</td></tr>
</table>
<p>Your sales contact: Liang Wei &middot; liangwei@hengli-pack.cn</p>
"""))])

# ------------------------------------------------------------------ p20
_p20_quoted = """Gentile Federica,

in allegato il nostro ordine EC-2024/131 for the "Limoncello" caps. Scope:
- we order duecento (200) sample caps now, nothing else;
- the 9.800 series caps of your offer are NOT released;
- the series can be released only in writing by Dott. Paolo De Luca, Direttore Acquisti,
  after our laboratory has signed off the samples.

Cordiali saluti,
Giulia Esposito"""

_p20_text = """Gentile Giulia,

grazie per l'ordine. The 200 sample caps will be ready on 5 July.

To keep your September launch we have already started buying the zamak alloy and the gold
plating salts for the 9.800 series caps, so once you sign off the samples we go straight into the
series - no time lost.

Un caro saluto,
Federica

Federica Bonetti
Ufficio Commerciale - Zamak Caps Brescia S.r.l.
Via Industriale 31 - 25016 Ghedi (BS) - Tel. +39 030 902 1144

Il giorno 17/06/2024 10:12, Giulia Esposito ha scritto:
""" + quote_lines(_p20_quoted) + "\n"

case("p20_supplier_buys_alloy_rolls_into_series_eml", ["RG006", "RG007"],
     "supplier buys alloy and plating salts for the 9.800 series caps and plans to go straight into the series on sample "
     "sign-off; quoted buyer scope is complete and requires a written release",
     [("R_ Ordine EC-2024-131 tappi Limoncello.eml", mail(
         "Federica Bonetti <f.bonetti@zamakcaps.it>",
         "Giulia Esposito <g.esposito@essenzedicapri.it>",
         "R: Ordine EC-2024/131 tappi Limoncello",
         "Tue, 18 Jun 2024 15:47:00 +0200", _p20_text,
         in_reply_to="<h71-ec-131@essenzedicapri.it>"))])

# ------------------------------------------------------------------ p21
_p21_quoted = """Dear Lan,

We've paid your PI SPB-PI-24-1102 today (40 samples + foil block).

As per PO AN-2024-0377: forty (40) ribbon-handle bags, samples only. The balance of
9,960 bags is not released - I will send a written release after our studio has signed off
the 40 samples.

Best,
Yasmine Haddad
Production & Sourcing, Atelier Noor"""

_p21_text = """Dear Yasmine,

Payment well received, thank you so much!

With the payment in, we start production now so the delivery is on time for your September
boutique events. We also already ordered the dyed grosgrain ribbons for the whole 10,000 bags
(colour "noir de jais"), our ribbon supplier needs 3 weeks.

The 40 samples will go out with DHL on Friday.

Best regards,
Lan

Nguyen Thi Lan - Key Account - Saigon Paper Bags JSC
Lot C4, Tan Thuan EPZ, District 7, Ho Chi Minh City - +84 28 3770 1188

On Mon, 17 Jun 2024 at 16:30, Yasmine Haddad <yasmine.haddad@ateliernoor.fr> wrote:
""" + quote_lines(_p21_quoted) + "\n"

case("p21_payment_read_as_start_eml", ["RG006", "RG012"],
     "supplier reads payment of the sample PI as the start of production and has ordered ribbons for all 10,000 bags; "
     "quoted buyer scope (40, 9,960 not released, written release by named sender after sign-off) is complete",
     [("RE_ PI SPB-PI-24-1102 PO AN-2024-0377.eml", mail(
         "Nguyen Thi Lan <lan.nguyen@saigonpaperbags.vn>",
         "Yasmine Haddad <yasmine.haddad@ateliernoor.fr>",
         "RE: Payment PI SPB-PI-24-1102 / PO AN-2024-0377",
         "Tue, 18 Jun 2024 10:15:00 +0700", _p21_text,
         in_reply_to="<h71-an-0377@ateliernoor.fr>"))])

# ------------------------------------------------------------------ p22
_p22_quoted = """Tomasz,

PO HP-21188 rev 1 for the Navy Strength carton:
- 36 white dummies now, that's all;
- the 4,000 printed cartons are not released;
- they will be released only by a written release from Olivia Grant, Head of Supply,
  after we've signed off the dummies on the filling line.

Cheers,
James"""

_p22_text = """Tomasz,

Quick one - I'm off from tomorrow until the 8th, so to save time:

If the dummies look right on the filling line trial on Tuesday, consider that your signal to start
the 4,000 printed cartons. No need to wait for Olivia's letter, she'll catch up with the paperwork
when she's back from Islay.

Laura from our line team will drop you a note after the trial.

Cheers,
James
""" + sig("James Okafor", "Senior Buyer, Dry Goods", "Hartwell & Pryce Distillers Ltd, London", "+44 20 7946 0312") + \
    "\nOn 13 Jun 2024, at 11:02, James Okafor wrote:\n" + quote_lines(_p22_quoted) + "\n"

case("p22_buyer_skips_written_release_eml", ["RG007"],
     "buyer tells the supplier a good dummy trial is the signal to start the 4,000, 'no need to wait' for the written "
     "release his own PO requires",
     [("Navy Strength dummies - trial Tuesday.eml", mail(
         "James Okafor <james.okafor@hartwellpryce.co.uk>",
         "Tomasz Zielinski <t.zielinski@drukarnia-wisla.pl>",
         "Navy Strength dummies - trial Tuesday",
         "Thu, 20 Jun 2024 17:55:00 +0100", _p22_text,
         cc="Laura Finch <laura.finch@hartwellpryce.co.uk>"))])

# ------------------------------------------------------------------ p23
case("p23_zalo_straight_into_mass_production_txt", ["RG007"],
     "supplier says that when the buyer OKs the sample they go straight into mass production of the 15k; buyer's own "
     "scope (30 samples, 15,000 not released, written release by named person) is complete",
     [("Zalo_Minh_Phat_Valmont_Easter.txt", """Zalo - Minh Phat Packaging x Chocolaterie Valmont (Luc)
----------------------------------------------------------------
18/06/2024 09:02  Luc Perrenoud: Hello Thao, PO CV-PO-24-0930 is in your mailbox. Only 30 samples of the Easter egg carton (CV-FC-1512) for now.
18/06/2024 09:03  Luc Perrenoud: The 15,000 production cartons are not released. They are released only by a written release from Mme Nadia Keller, after our atelier signs off the samples.
18/06/2024 09:20  Thao Minh Phat: Noted Luc. 30 samples, copper foil + emboss egg pattern.
21/06/2024 16:45  Thao Minh Phat: Dear Luc, samples finish today, ship tomorrow morning 📦
21/06/2024 16:46  Thao Minh Phat: When you OK the sample we go straight into mass production of the 15k, so you get them before end September for Easter sell-in 👍
21/06/2024 17:30  Luc Perrenoud: Thanks Thao. Please use our UPS account this time, not DHL - account no. 8V4 21A.
21/06/2024 17:31  Thao Minh Phat: ok UPS 👌
""")])

# ------------------------------------------------------------------ p24
case("p24_quote_terms_auto_series_pdf", ["RG006", "RG007", "RG012"],
     "supplier quote terms: accepted PO releases the job to production planning, series of 20,000 follows automatically "
     "after pre-series approval, aluminium for 20,000 bought on PO acceptance",
     [("LF-Q-24-0415_quotation_Lumen.pdf", pdf([
         ("h1", "NINGBO LIANFA CAPS CO., LTD."),
         ("p", "No. 88 Xingye Road, Beilun District, Ningbo, Zhejiang, China"),
         ("h", "Quotation LF-Q-24-0415"),
         ("p", "To: Lumen & Co. Beauty, New York - Mr. Marco Bellini / Ms. Priya Raman - Date: 2024-06-19"),
         ("p", "Product: lipstick cap LM-CAP-92, anodized aluminium, rose gold, magnetic click, inner PP sleeve."),
         ("table", [
             ["Item", "Qty", "Unit price USD", "Lead time"],
             ["Pre-series", "200", "1.90", "12 days"],
             ["Series production", "20,000", "0.46", "30 days"],
             ["Anodizing colour matching", "1 lot", "180.00", "5 days"],
         ]),
         ("sp",),
         ("h", "Terms of order"),
         ("p", "1. Order acceptance: once your purchase order is accepted by us, the job is released to production planning."),
         ("p", "2. Pre-series 200 pcs first. Series production of 20,000 pcs follows automatically after your approval of "
               "the pre-series; no further document is needed."),
         ("p", "3. To secure the lead time, we purchase the aluminium for the full 20,000 pcs upon acceptance of your PO."),
         ("p", "4. Payment: 30% T/T with PO, 70% before shipment. FOB Ningbo. Validity: 30 days."),
         ("sp",),
         ("p", "Jenny Wu - Sales Manager - jenny.wu@lianfa-caps.com - +86 574 8688 2031"),
     ], title="LF-Q-24-0415", author="Ningbo Lianfa Caps"))])

# ------------------------------------------------------------------ p25
case("p25_supplier_portal_auto_start_html", ["RG007"],
     "supplier portal restates the buyer's written-release hold but its workflow starts production of 9,800 "
     "automatically once the sample is approved",
     [("douro_portal_AN-2024-0390.html", html_page("Cartonagem Douro - Portal de Clientes", """
<h2>Cartonagem Douro &middot; Portal de Clientes</h2>
<p>Cliente: <b>Atelier Noor SARL</b> &middot; Encomenda cliente / Customer PO: <b>AN-2024-0390</b> &middot; Artigo: gift box 'Noor' rigid, black, gold foil</p>
<h3>Order summary</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Sample quantity (authorised)</td><td>200</td></tr>
<tr><td>Balance</td><td>9,800 - on hold</td></tr>
<tr><td>Customer note</td><td>Balance released only by written release of Ms Yasmine Haddad after sample sign-off</td></tr>
</table>
<h3>Workflow</h3>
<table>
<tr><th>Step</th><th>Description</th><th>Status</th></tr>
<tr><td>1</td><td>Samples in production (200)</td><td>done 19/06</td></tr>
<tr><td>2</td><td>Samples shipped to Paris</td><td>done 21/06</td></tr>
<tr><td>3</td><td>Sample approved by customer</td><td>waiting</td></tr>
<tr><td>4</td><td>Production 9,800 pcs - starts automatically after step 3</td><td>scheduled wk 27</td></tr>
<tr><td>5</td><td>Delivery Paris</td><td>planned wk 31</td></tr>
</table>
<p>Gestor de cliente: Rui Azevedo &middot; rui.azevedo@cartonagem-douro.pt</p>
"""))])

# ------------------------------------------------------------------ p26
_p26_quoted = """Lorenzo,

PO CSB-7731 is attached. Release scope:
- Authorized now: 50 pre-series decanters.
- The balance of 9,950 decanters is NOT released.
- Staged material: glass batch and stopper blanks for up to 2,000 decanters at our liability.
- The balance can be released only after lot acceptance of the pre-series at Bardstown, by a
  written release signed by Dana Whitfield, VP Operations.

Ryan"""

_p26_text = """Lorenzo,

The 50 pre-series decanters arrived this morning and they look fantastic - the heavy base catches
the light exactly like the renderings. Everyone at the distillery loved them.

Samples approved - go ahead with production!

We'd like the first pallets here before the Bourbon Heritage Month tastings in September, so the
sooner the better.

Ryan
""" + sig("Ryan Tate", "Packaging Procurement", "Cold Spring Bourbon Co., Bardstown, KY", "+1 502 555 0163") + \
    "\nOn Jun 5, 2024, at 10:20 AM, Ryan Tate wrote:\n" + quote_lines(_p26_quoted) + "\n"

case("p26_samples_approved_go_ahead_eml", ["RG002", "RG007"],
     "buyer: 'Samples approved - go ahead with production!' - no quantity, and sample approval rolls into production "
     "against the PO's own written-release requirement",
     [("Heritage decanter pre-series arrived.eml", mail(
         "Ryan Tate <ryan.tate@coldspringbourbon.com>",
         "Lorenzo Bertolucci <l.bertolucci@vetrerialucchese.it>",
         "Heritage decanter - pre-series arrived",
         "Mon, 24 Jun 2024 09:12:00 -0400", _p26_text,
         in_reply_to="<h71-csb-7731@coldspringbourbon.com>"))])

# ------------------------------------------------------------------ p27
case("p27_project_brief_approvals_docx", ["RG007", "RG009"],
     "project brief uses 'approval' for artwork, budget/PO and production; its timeline starts the run automatically "
     "on studio approval of the pre-series despite the written-release requirement",
     [("Brief_Coffret_Noel_2024_Ondine.docx", docx_bytes([
         ("h1", "Ondine Parfums - Project brief: Coffret Noël 2024 'Étoile de Mer'"),
         ("p", "Owner: Élodie Maret (Packaging Development) - Version 3 - 20 June 2024"),
         ("p", "Supplier: Vetreria Lucchese (flacon 50 ml with star-shaped shoulder) - decoration by Stampa Artigiana Verona"),
         ("h", "1. Quantities"),
         ("p", "Pre-series: one hundred and fifty (150) flacons, released now under PO ON-24-0702."),
         ("p", "The balance of 9,850 flacons is not released. It is released only by a written release from Sandrine "
               "Olivier, Purchasing Director, after sign-off of the pre-series."),
         ("h", "2. Approval steps"),
         ("table", [
             ["Step", "What", "Who"],
             ["Approval 1", "artwork and decoration files", "Studio (Camille Vidal)"],
             ["Approval 2", "PO and budget", "Finance (Marc Olivetti)"],
             ["Approval 3", "production", "Purchasing"],
         ]),
         ("sp",),
         ("h", "3. Timeline"),
         ("li", "wk 26: pre-series delivered to Grasse"),
         ("li", "wk 27: studio approval of the pre-series"),
         ("li", "wk 28: production run starts automatically on the studio approval - Vetreria has the furnace slot"),
         ("li", "wk 36: delivery to our filling line in Grasse"),
         ("li", "wk 40: shipment to Sephora and Galeries Lafayette"),
         ("h", "4. Contacts"),
         ("p", "Vetreria Lucchese: Lorenzo Bertolucci. Stampa Artigiana: Matteo Ferrari. Ondine: Élodie Maret, Sandrine Olivier."),
     ], author="Elodie Maret"))])

# ------------------------------------------------------------------ p28
case("p28_po_table_vs_note_pdf", ["RG011"],
     "PO table orders 24 samples while the scope note says twelve (12) samples only; hold, event and named person present",
     [("PO_HK-24-0133_Pudelka.pdf", pdf([
         ("h1", "HANAKOJI KASHITEN - PURCHASE ORDER"),
         ("p", "PO No. HK-24-0133 - Date 2024-06-21 - Person in charge: Aya Nakamura"),
         ("p", "To: Pudelka Premium sp. z o.o., ul. Gorna Wilda 90, 61-576 Poznan, Poland - Attn. Ms. Agnieszka Nowak"),
         ("table", [
             ["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
             ["1", "HK-RB-204", "Rigid box 'Kouyou' for 8 wagashi, washi wrap, sample", "24", "EUR 13.50", "EUR 324.00"],
         ]),
         ("sp",),
         ("p", "Note: we order twelve (12) samples only, for our tasting event in Kyoto. The production quantity in your "
               "quotation PP/Q/24/230 (6,000 boxes) is not released."),
         ("p", "The production quantity will be released only after sign-off of the samples by our design team, by a "
               "written release from Mr. Hiroshi Mori, General Manager Purchasing."),
         ("p", "Delivery by courier before 2024-07-19. Payment T/T 30 days after receipt."),
     ], title="PO HK-24-0133", author="Hanakoji Kashiten"))])

# ------------------------------------------------------------------ p29
_p29_po = """KISARAGI COSMETICS CO., LTD.                      PURCHASE ORDER
2-14-7 JINGUMAE SHIBUYA-KU TOKYO 150-0001         PO NO.  KC-24-3412
                                                  DATE    2024-06-21
VENDOR: ZAMAK CAPS BRESCIA S.R.L. (V-7710)        BUYER   Y. TANAKA
------------------------------------------------------------------------
NO  PART              DESCRIPTION                    QTY   UNIT  EUR/PC
1   KC-CAP-0460 R2    CAP 'HOSHI' ZAMAK SILVER PVD    40   PCS    6.10
                      PRE-SERIES, ENGRAVED STAR
------------------------------------------------------------------------
SCOPE: PRE-SERIES ONLY. 40 PCS AUTHORISED NOW.
BALANCE 19,960 PCS (QUOTE ZCB-Q-1231) NOT RELEASED.
RELEASE OF BALANCE: WRITTEN RELEASE BY Y. TANAKA, PURCHASING MANAGER,
AFTER SIGN-OFF OF THE PRE-SERIES BY OUR QUALITY DEPT.
MATERIAL: PRE-SERIES ONLY.
DELIVERY: DAP TOKYO, 2024-07-26
"""

_p29_mail = mail(
    "Yuki Tanaka <y.tanaka@kisaragi-cosmetics.jp>",
    "Federica Bonetti <f.bonetti@zamakcaps.it>",
    "PO KC-24-3412 Hoshi cap pre-series",
    "Fri, 21 Jun 2024 18:20:00 +0900",
    """Dear Federica,

Thank you for your patience with the engraving revisions. PO KC-24-3412 was sent from our system
today (copy in this folder).

As per our PO, please make the sixty (60) pre-series caps with the engraved star, silver PVD. We
need them in Tokyo by 26 July for the photo shoot and the stability test.

The balance stays on hold as written in the PO.

Best regards,
Yuki Tanaka
Purchasing Manager - Kisaragi Cosmetics Co., Ltd.
""")

case("p29_po_txt_plus_mail_multifile", ["RG011"],
     "folder: PO printout authorises 40 pre-series caps, the buyer's cover email asks 'as per our PO' for sixty (60)",
     [("PO_KC-24-3412.txt", _p29_po),
      ("PO KC-24-3412 Hoshi cap pre-series.eml", _p29_mail)])

# ------------------------------------------------------------------ p30
_p30_rel = pdf([
    ("h1", "DISTILLERIE AUBÉPINE - PRODUCTION RELEASE"),
    ("p", "Release no. DA-PR-24-011 - 24 June 2024 - PO 4471 - lid 'Aubépine XO Hors d'Âge' DA-GB-077"),
    ("p", "Supplier: Stampa Artigiana Verona S.r.l."),
    ("table", [
        ["", "Quantity"],
        ["PO 4471 total", "6,000"],
        ["Released by this document", "2,500"],
        ["Balance not released", "3,500"],
    ]),
    ("sp",),
    ("p", "Material authority: board and foil for the released quantity only."),
    ("p", "The balance will be released only after the first delivery has passed our lot acceptance in Cognac, by a "
          "written release signed by Arnaud Delcourt, Directeur des Achats."),
    ("sp",),
    ("p", "Signed: Arnaud Delcourt"),
], title="DA-PR-24-011", author="Distillerie Aubepine")

case("p30_release_mail_vs_pdf_eml", ["RG011"],
     "cover email releases 2,000 lids (balance 4,000) while the attached signed release says 2,500 (balance 3,500)",
     [("Production release XO lids.eml", mail(
         "Arnaud Delcourt <arnaud.delcourt@distillerie-aubepine.fr>",
         "Matteo Ferrari <m.ferrari@stampa-artigiana.it>",
         "Production release DA-PR-24-011 - XO lids",
         "Mon, 24 Jun 2024 16:40:00 +0200",
         """Dear Mr Ferrari,

The embossing test was signed off by Pauline Garnier on Friday - thank you for the quick new die.

Please find attached our production release DA-PR-24-011: we release 2,000 lids now, for the
first bottling run in August. The balance of 4,000 lids remains on hold until the first delivery has
passed our lot acceptance in Cognac; I will then release it in writing.

Best regards,
Arnaud Delcourt
Directeur des Achats - Distillerie Aubépine
""", cc="Pauline Garnier <pauline.garnier@distillerie-aubepine.fr>",
         attachments=[("DA-PR-24-011.pdf", _p30_rel, PDF_MT)]))])

# ------------------------------------------------------------------ p31
case("p31_whatsapp_group_300_vs_250_txt", ["RG008", "RG011"],
     "group chat: founder asks for 300 trunk-show bags, assistant says the PO is for 250 (full quantity); founder also "
     "tells the factory to take next year's forecast as a confirmed order",
     [("WhatsApp Chat with Atelier Noor x SPB.txt", """WhatsApp Chat with Atelier Noor x SPB

24/06/2024, 10:02 - Noor Benali: Hello Lan! Back from Dubai, the trunk show is confirmed for 14 September 🎉
24/06/2024, 10:03 - Noor Benali: For the trunk show we need 300 of the small ivory bags with the gold ribbon. Please make them.
24/06/2024, 10:10 - Nguyen Thi Lan: Congratulations Noor! Ivory small, gold ribbon, same as the Paris event?
24/06/2024, 10:11 - Noor Benali: Yes exactly the same
24/06/2024, 10:25 - Yasmine Haddad: Hi Lan, PO AN-2024-0402 just sent by email: 250 bags, full quantity for the trunk show, delivery Paris 23 August.
24/06/2024, 10:26 - Nguyen Thi Lan: Received PO thank you Yasmine
24/06/2024, 10:40 - Noor Benali: And Lan, for next year our forecast is in the sheet Yasmine sent in May - take it as a confirmed order and book your line for us 🙏
24/06/2024, 10:41 - Nguyen Thi Lan: Thank you Noor, we will book 🙏
24/06/2024, 10:45 - Nguyen Thi Lan: Ribbon colour code please? Pantone 871C again?
24/06/2024, 10:52 - Yasmine Haddad: 871C yes
""")])

# ------------------------------------------------------------------ p32
case("p32_preseries_table_vs_text_docx", ["RG011"],
     "order letter authorises one hundred (100) pre-series boxes in the text while its table says 150",
     [("Commande_preserie_coffret_Noel_Valmont.docx", docx_bytes([
         ("p", "Chocolaterie Valmont SA - Route de Meyrin 211 - 1217 Meyrin - Suisse"),
         ("p", "Cartonagem Douro Lda - M. Rui Azevedo - Rua do Freixo 1071 - 4300-219 Porto"),
         ("p", "Meyrin, le 25 juin 2024"),
         ("h", "Order CV-PO-24-0951 - pre-series, coffret Noël 'Étoile' (48 pralinés)"),
         ("p", "Dear Mr Azevedo,"),
         ("p", "Our atelier has signed off the white samples - thank you, the tray fit is perfect. We now authorise one "
               "hundred (100) pre-series pieces of the coffret, printed and foiled, for the December press event."),
         ("table", [
             ["Article", "Description", "Pre-series quantity", "Price CHF"],
             ["CV-CF-4801", "Coffret Noël 'Étoile' 48 pralinés, rigid, copper foil", "150", "6.40"],
         ]),
         ("sp",),
         ("p", "The production quantity of 12'000 coffrets is not released. It will be released only after sign-off of "
               "the pre-series, by a written release from Mme Nadia Keller, Responsable des Achats."),
         ("p", "Material authority: for the pre-series only."),
         ("p", "Meilleures salutations - Luc Perrenoud, Développement emballages"),
     ], author="Luc Perrenoud"))])

# ------------------------------------------------------------------ p33
case("p33_portal_release_approvals_html", ["RG009", "RG011"],
     "buyer portal release: header says 1.200 released, the line says 1.000; 'APPROVED' used for the sample, the PO and "
     "production",
     [("essenze_portale_rilascio_RL-0088.html", html_page("Essenze di Capri - Portale fornitori - RL-0088", """
<h2>Essenze di Capri S.r.l. &middot; Portale fornitori</h2>
<p>Fornitore / Supplier: <b>Zamak Caps Brescia S.r.l.</b> &middot; Ordine / PO: EC-2024/131 &middot; Articolo: EC-CAP-15 tappo 'Limoncello'</p>
<h3>Rilascio di produzione / Production release RL-0088 - 26.06.2024</h3>
<table>
<tr><th>Campo</th><th>Valore</th></tr>
<tr><td>Quantit&agrave; rilasciata / Released quantity</td><td><b>1.200</b></td></tr>
<tr><td>Saldo non rilasciato / Balance not released</td><td>8.800</td></tr>
<tr><td>Sblocco saldo / Unlock</td><td>lot acceptance of the first delivery, then written release by Dott. Paolo De Luca, Direttore Acquisti</td></tr>
</table>
<h3>Righe / Lines</h3>
<table>
<tr><th>Pos.</th><th>Articolo</th><th>Descrizione</th><th>Q.t&agrave; rilasciata</th><th>Consegna</th></tr>
<tr><td>10</td><td>EC-CAP-15</td><td>Tappo zama, oro giallo satinato, logo laser</td><td>1.000</td><td>31.07.2024</td></tr>
</table>
<h3>Stato approvazioni / Approval status</h3>
<table>
<tr><th>Oggetto</th><th>Stato</th><th>Data</th></tr>
<tr><td>Campioni (laboratorio)</td><td>APPROVED</td><td>12.06.2024</td></tr>
<tr><td>Ordine (budget, direzione)</td><td>APPROVED</td><td>14.06.2024</td></tr>
<tr><td>Produzione (this release)</td><td>APPROVED</td><td>26.06.2024</td></tr>
</table>
<p>Referente acquisti: Giulia Esposito &middot; g.esposito@essenzedicapri.it</p>
"""))])

# ------------------------------------------------------------------ p34
_p34_po = docx_bytes([
    ("h1", "ASHCOMBE LONDON LTD - PURCHASE ORDER ASH-PO-5588"),
    ("p", "Date: 26 June 2024 - Supplier: Cartonagem Douro Lda, Porto - Buyer: Harriet Lowe"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "GBP/pc"],
        ["1", "ASH-RB-330", "Silk square box, rigid, drawer style, cream Colorplan, navy ribbon pull - sample", "25", "11.20"],
    ]),
    ("sp",),
    ("p", "Scope: sample order. The quantity of 8,000 boxes in quotation DQ-24-0561 is not released."),
    ("p", "Production can be released only after our creative team signs off the samples, by a written release "
          "signed by Olivia Bennett, Head of Purchasing."),
    ("p", "Material: for the samples only. Deliver DAP London W1K by 19 July 2024."),
], author="Harriet Lowe")

case("p34_mail_says_20_docx_po_25_eml", ["RG011"],
     "cover email asks for twenty (20) samples, the attached DOCX PO orders 25",
     [("ASH-PO-5588 silk square box samples.eml", mail(
         "Harriet Lowe <harriet.lowe@ashcombe.london>",
         "Rui Azevedo <rui.azevedo@cartonagem-douro.pt>",
         "ASH-PO-5588 - silk square box - samples",
         "Wed, 26 Jun 2024 11:05:00 +0100",
         """Dear Rui,

Lovely to meet you at Luxe Pack Monaco last year - Olivia sends her regards.

Attached is our PO ASH-PO-5588 for twenty (20) samples of the silk square drawer box in cream
Colorplan with the navy ribbon pull. The production quantity is not released; Olivia will release
it in writing once our creative team has signed off the samples.

Could you confirm you can ship by 19 July?

Kind regards,
Harriet
""" + sig("Harriet Lowe", "Buying Assistant", "Ashcombe London Ltd, 18 Mount Street, London W1K 2RN", "+44 20 7499 3321"),
         attachments=[("ASH-PO-5588.docx", _p34_po, DOCX_MT)]))])

# ------------------------------------------------------------------ p35
_p35_po = pdf([
    ("h1", "LUMEN & CO. BEAUTY - PURCHASE ORDER"),
    ("p", "PO LM-4472 | 27 Jun 2024 | Vendor: Minh Phat Packaging Co., Ltd., Binh Duong, Vietnam"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "USD/pc", "USD"],
        ["1", "LM-GB-31", "Mirror compact gift box, rigid, blush soft-touch, rose-gold foil", "3,000", "0.88", "2,640.00"],
    ]),
    ("sp",),
    ("p", "Full quantity: 3,000 boxes. No further quantity under this PO."),
    ("p", "Payment terms: 30% deposit against PI, 70% against copy of B/L."),
    ("p", "Production starts upon receipt of deposit."),
    ("p", "Ship FOB Cat Lai by 9 Aug 2024. Buyer: Priya Raman."),
], pagesize=LETTER, title="PO LM-4472", author="Lumen & Co.")

case("p35_deposit_is_the_go_eml", ["RG012"],
     "full-quantity PO whose terms say production starts on receipt of the deposit, and the buyer's mail says the paid "
     "deposit means the supplier can start",
     [("PI MP-PI-2406-12 PO LM-4472.eml", mail(
         "Priya Raman <priya.raman@lumenandco.com>",
         "Nguyen Minh Duc <duc.nguyen@minhphatpack.vn>",
         "Deposit paid - PI MP-PI-2406-12 / PO LM-4472",
         "Thu, 27 Jun 2024 17:20:00 -0400",
         """Hi Duc,

Our AP team wired the 30% deposit on PI MP-PI-2406-12 this afternoon (USD 792.00), remittance
advice attached to the PO email. So you can start production of the 3,000 mirror compact boxes -
the PO with all the details is attached again for your file.

Same carton marks and FOB Cat Lai as last time, Expeditors will book.

Thanks!
Priya
""" + sig("Priya Raman", "Packaging Buyer", "Lumen & Co. Beauty, 210 W 29th St, New York, NY 10001", "+1 212 555 0191"),
         attachments=[("PO_LM-4472.pdf", _p35_po, PDF_MT)]))])

# ------------------------------------------------------------------ p36
case("p36_forecast_treat_as_order_eml", ["RG008"],
     "buyer writes the holiday-set forecast of 40,000 as 'our order' and asks the supplier to plan on it",
     [("Holiday set 2024 volume.eml", mail(
         "Nadia Keller <nadia.keller@valmont.ch>",
         "Tomasz Zielinski <t.zielinski@drukarnia-wisla.pl>",
         "Holiday set 2024 - volume",
         "Fri, 28 Jun 2024 08:45:00 +0200",
         """Dear Tomasz,

Following our sales meeting yesterday: our forecast for the holiday set outer (CV-FC-1420,
gift-with-purchase) is 40,000 pieces for Q4. Please treat this as our order and plan your press
capacity accordingly - the PO paperwork will follow when our SAP migration is finished in
August.

Artwork is unchanged from the 2023 version except for the year.

Best regards / Meilleures salutations,
Nadia Keller
Responsable des Achats - Chocolaterie Valmont SA
Route de Meyrin 211, 1217 Meyrin - +41 22 785 40 00
"""))])

# ------------------------------------------------------------------ p37
case("p37_portal_forecast_firm_html", ["RG008"],
     "portal page titled rolling forecast declares the forecast quantities to be firm orders",
     [("kisaragi_scm_forecast_2024H2.html", html_page("Kisaragi SCM - Forecast 2024 H2", """
<h2>Kisaragi Cosmetics &middot; Supplier Collaboration</h2>
<p>Supplier: Dongguan Hengli Packaging Co., Ltd. &middot; Published 2024-06-28 by Purchasing (Y. Tanaka)</p>
<h3>Rolling forecast 2024 H2 - gift boxes</h3>
<div class="note">Important: the quantities in this forecast are firm orders. Please plan your production capacity for them.</div>
<table>
<tr><th>Item</th><th>Description</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Dec</th></tr>
<tr><td>KC-GB-310</td><td>'Hanami' gift box</td><td>0</td><td>5,000</td><td>5,000</td><td>5,000</td><td>0</td><td>0</td></tr>
<tr><td>KC-GB-322</td><td>'Momiji' holiday set box</td><td>0</td><td>0</td><td>8,000</td><td>12,000</td><td>10,000</td><td>0</td></tr>
<tr><td>KC-GB-330</td><td>'Yuki' mini coffret</td><td>0</td><td>0</td><td>0</td><td>6,000</td><td>6,000</td><td>3,000</td></tr>
</table>
<p>Next update: 2024-07-26.</p>
"""))])

# ------------------------------------------------------------------ p38
_p38_quoted = """Dear Liang,

For your capacity planning only: our forecast for the 'Glow Edit' holiday set box
(LM-GB-25) is about 30,000 pcs for October-November. This is a forecast, not an order;
nothing is released by this email.

Best,
Priya"""

case("p38_supplier_books_forecast_as_order_eml", ["RG008"],
     "supplier books a clearly labelled 30,000 forecast as a firm sales order SO-7781",
     [("RE_ Glow Edit forecast.eml", mail(
         "Liang Wei <liangwei@hengli-pack.cn>",
         "Priya Raman <priya.raman@lumenandco.com>",
         "RE: Glow Edit holiday set - forecast",
         "Mon, 01 Jul 2024 10:30:00 +0800",
         """Dear Priya,

Thank you for the information. We have booked your forecast of 30,000 pcs as firm order
no. SO-7781 in our system, so the capacity is reserved for you in October.

Order confirmation SO-7781 will follow by separate mail.

Best regards
Liang Wei
Sales Manager - Dongguan Hengli Packaging Co., Ltd.

On Fri, 28 Jun 2024 at 23:10, Priya Raman <priya.raman@lumenandco.com> wrote:
""" + quote_lines(_p38_quoted) + "\n",
         in_reply_to="<h71-lm-fc-0628@lumenandco.com>"))])

# ------------------------------------------------------------------ p39
case("p39_supply_agreement_annex_docx", ["RG008"],
     "supply agreement annex turns the annual forecast of 200,000 flacons into the buyer's purchase commitment",
     [("Annex_B_volumes_Ondine_Vetreria.docx", docx_bytes([
         ("h1", "Supply Agreement Ondine Parfums / Vetreria Lucchese - Annex B: Volumes 2025"),
         ("p", "Version 2 - 28 June 2024 - prepared by Sandrine Olivier, Purchasing Director"),
         ("table", [
             ["Article", "Description", "Annual forecast 2025"],
             ["VL-3318", "Flacone 'Ambra' 100 ml", "120,000"],
             ["VL-3402", "Flacone 'Étoile de Mer' 50 ml", "80,000"],
             ["", "Total", "200,000"],
         ]),
         ("sp",),
         ("p", "B.1 The annual forecast above constitutes the Buyer's purchase commitment for 2025. The Supplier may "
               "plan furnace campaigns on this basis."),
         ("p", "B.2 Call-offs will be issued monthly through the supplier portal with four weeks' notice."),
         ("p", "B.3 Prices are fixed for 2025 as per Annex C and are subject to the energy surcharge clause in Annex D."),
     ], author="Sandrine Olivier"))])

# ------------------------------------------------------------------ p40
_p40_text = """Hi Liang,

Quick status on the Glow Edit holiday set box:

- The BAT was approved by our studio this morning (foil colour spot on, thank you).
- The PO LM-4460 for the thirty (30) BAT samples was approved by finance yesterday, so the
  invoice can go out.
- The approval for the run will come from Emma Clarke, VP Supply, after the sell-in meeting on
  15 July. Until then the 12,000 boxes are not released.

Talk soon,
Priya
""" + sig("Priya Raman", "Packaging Buyer", "Lumen & Co. Beauty, 210 W 29th St, New York, NY 10001", "+1 212 555 0191")

case("p40_approved_three_ways_eml", ["RG009"],
     "'approved/approval' used for the BAT (technical), the PO (finance) and the run (production release)",
     [("Glow Edit status.eml", mail(
         "Priya Raman <priya.raman@lumenandco.com>",
         "Liang Wei <liangwei@hengli-pack.cn>",
         "Glow Edit - status",
         "Tue, 02 Jul 2024 11:02:00 -0400", _p40_text, html=auto_html(_p40_text, "Glow Edit - status"),
         cc="Emma Clarke <emma.clarke@lumenandco.com>"))])

# ------------------------------------------------------------------ p41
_p41_text = """Hi Tomasz,

Where we are on the Gin & Tonic gift carton (HP-FC-702):

Artwork was released to you on Monday (v5 final, with the new duty-free text). PO HP-21230 was
released in our system today: it covers fifty (50) press proof sheets only. The 10,000 cartons are
not released - the production release follows only when Olivia Grant, Head of Supply, signs it,
after we've signed off the press proofs.

Please send the proofs to Laura at the Bermondsey site.

Cheers,
James
""" + sig("James Okafor", "Senior Buyer, Dry Goods", "Hartwell & Pryce Distillers Ltd, London", "+44 20 7946 0312")

case("p41_released_three_ways_eml", ["RG009"],
     "'released' used for the artwork, for the PO in the ERP and for production",
     [("HP-FC-702 artwork, PO and proofs.eml", mail(
         "James Okafor <james.okafor@hartwellpryce.co.uk>",
         "Tomasz Zielinski <t.zielinski@drukarnia-wisla.pl>",
         "HP-FC-702 Gin & Tonic carton - artwork, PO and proofs",
         "Wed, 03 Jul 2024 14:30:00 +0100", _p41_text))])

# ------------------------------------------------------------------ p42
case("p42_italian_letter_approval_of_production_pdf", ["RG009"],
     "order letter: 'approval' of the sample (laboratory), of the budget (direction) and of the production",
     [("Lettera_ordine_EC-2024-140_flaconi.pdf", pdf([
         ("h1", "ESSENZE DI CAPRI S.r.l."),
         ("p", "Via Camerelle 41 - 80073 Capri (NA) - Italia"),
         ("p", "Spett.le Vetreria Lucchese S.p.A. - c.a. Sig. Lorenzo Bertolucci - Via della Fornace 22, 55100 Lucca"),
         ("p", "Capri, 3 luglio 2024"),
         ("h", "Oggetto: ordine EC-2024/140 - flacone 'Faraglioni' 75 ml - campioni"),
         ("p", "Egregio Sig. Bertolucci,"),
         ("p", "with reference to your offer VL-24-0450, we order eighty (80) sample flacons 'Faraglioni' 75 ml from "
               "the pilot mould, at EUR 7,60 each, delivery to Capri by 26 July."),
         ("p", "The series of 7.920 flacons is not ordered with this letter and is not released. As you know, in our company "
               "the approval of the sample by our laboratory and the approval of the budget by our direction are required "
               "before the approval of the production, which will be given in writing by Dott. Paolo De Luca, Direttore Acquisti."),
         ("p", "Please do not buy glass or coating for the series before that."),
         ("p", "Distinti saluti,"),
         ("p", "Giulia Esposito - Ufficio Acquisti"),
     ], title="Ordine EC-2024/140", author="Essenze di Capri"))])

# ------------------------------------------------------------------ p43
_p43_q2 = """Dear Élodie,

board (GC2 350 g) and the Kurz foil are in our warehouse. Can we start?

Regards,
Tomasz"""

_p43_q1 = """Dear Tomasz,

Please find our PO ON-24-0718 for the gift-with-purchase carton 'Marée' (ON-FC-511):
- pre-series of five hundred (500) cartons for the filling-line trial, that is all;
- the 19,500 cartons of the season are not released;
- they are released only by a written release from Sandrine Olivier, Purchasing Director,
  after the filling-line trial has been signed off.

Kind regards,
Élodie"""

_p43_text = ("Yes, go ahead, thanks!\n\nÉlodie\n\nSent from my iPhone\n\n"
              "On 3 Jul 2024, at 17:48, Tomasz Zielinski <t.zielinski@drukarnia-wisla.pl> wrote:\n" +
              quote_lines(_p43_q2 + "\n\nOn 1 Jul 2024, Élodie Maret wrote:\n" + quote_lines(_p43_q1)) + "\n")

case("p43_yes_go_ahead_reply_eml", ["RG002"],
     "buyer answers 'Yes, go ahead' to a supplier's unscoped 'can we start?' - no quantity or sample-only scope; the "
     "quoted PO scope itself is complete",
     [("RE_ RE_ PO ON-24-0718 carton Maree.eml", mail(
         "Élodie Maret <elodie.maret@ondine-parfums.fr>",
         "Tomasz Zielinski <t.zielinski@drukarnia-wisla.pl>",
         "RE: RE: PO ON-24-0718 - carton Marée",
         "Thu, 04 Jul 2024 08:20:00 +0200", _p43_text, html=auto_html(_p43_text),
         in_reply_to="<h71-dw-0703@drukarnia-wisla.pl>"))])

# ------------------------------------------------------------------ p44
_p44_po = docx_bytes([
    ("h1", "Chocolaterie Valmont SA - Purchase order CV-PO-24-0960"),
    ("p", "Supplier: Stampa Artigiana Verona S.r.l. - Matteo Ferrari - 28 June 2024"),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "CHF"],
        ["10", "CV-SL-2230", "Press proof (BAT), sleeve Tablette 'Or Noir', hot-foil + emboss, on production board", "25 sheets", "420.00 lump sum"],
    ]),
    ("sp",),
    ("p", "Scope: 25 BAT sheets only. The 8'000 sleeves are not released."),
    ("p", "The sleeves will be released only by a written release from Mme Nadia Keller, Responsable des Achats, after "
          "our sign-off of the BAT."),
], author="Luc Perrenoud")

_p44_bat = pdf([
    ("h1", "STAMPA ARTIGIANA VERONA - BAT / PRESS PROOF SIGN-OFF"),
    ("p", "Customer: Chocolaterie Valmont SA - Job: CV-SL-2230 sleeve 'Or Noir' - PO CV-PO-24-0960"),
    ("p", "Proof no. 2 - printed 02.07.2024 on Heidelberg SM 52 + Gietz foil press"),
    ("table", [
        ["Check", "OK", "Remarks"],
        ["Colours (Pantone Black 6 C + 4625 C)", "x", ""],
        ["Hot-foil Kurz Luxor 220 gold, registration", "x", ""],
        ["Blind emboss cocoa pod", "x", "depth fine"],
        ["Text / legal / barcode EAN 7610046001234", "x", "checked against artwork v6"],
    ]),
    ("sp",),
    ("p", "Decision:  [X] GOOD TO RUN    [ ] corrections - new proof"),
    ("p", "Signed for the customer: Luc Perrenoud, 05.07.2024"),
], title="BAT CV-SL-2230", author="Stampa Artigiana Verona")

case("p44_bat_sheet_good_to_run_multifile", ["RG002"],
     "folder: complete BAT-only PO plus the returned press-proof sheet ticked 'GOOD TO RUN' with no quantity or sample scope",
     [("CV-PO-24-0960.docx", _p44_po),
      ("BAT_CV-SL-2230_proof2_signed.pdf", _p44_bat)])

# ------------------------------------------------------------------ p45
case("p45_whatsapp_green_light_foil_proof_txt", ["RG002"],
     "buyer answers the supplier's foil-proof photos with 'green light from us' - unscoped; the earlier scope message is "
     "complete",
     [("WhatsApp Chat with Rui Cartonagem Douro.txt", """WhatsApp Chat with Rui Cartonagem Douro

01/07/2024, 09:30 - Camille Roux: Bom dia Rui ! PO 4500-9201 is in your inbox: 30 hot-foil proofs of the Soleil d'Or lid only.
01/07/2024, 09:31 - Camille Roux: The 6,000 coffrets are not released. Hélène Marchand (Directrice Achats) releases them in writing after our studio has signed off the proofs.
01/07/2024, 09:45 - Rui Cartonagem Douro: Bom dia Camille, noted. Proofs on Thursday.
04/07/2024, 15:12 - Rui Cartonagem Douro: Foil proofs done! Photos:
04/07/2024, 15:12 - Rui Cartonagem Douro: <Media omitted>
04/07/2024, 15:13 - Rui Cartonagem Douro: <Media omitted>
04/07/2024, 15:13 - Rui Cartonagem Douro: Ok for you?
04/07/2024, 15:40 - Camille Roux: Magnifique !! The gold is exactly right this time 😍
04/07/2024, 15:40 - Camille Roux: Green light from us 👍
04/07/2024, 15:41 - Rui Cartonagem Douro: Obrigado Camille!!
""")])

# @@BATCH@@


# =================================================================== writer
def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(7171).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")
        folder = f"h71_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean) -> {OUT}")


if __name__ == "__main__":
    main()
