#!/usr/bin/env python3
"""Generator for the releasegate check_holdout67 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout67/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Theme: private-label cleaning and hygiene products (dispensers, bottles, trigger sprays,
mops, wipes tubs, refill packs) bought by distributors, facility-service companies and
retailers in DE / UK / PL / ZA / BR from moulders and converters in CN / TR / PL / IN / MX.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import unicodedata
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
SEED = 6767
PREFIX = "h67"


def case(name, expect, note, files):
    """files: list of (filename, bytes|str). The first file names the case folder."""
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (renderer helpers copied from check_holdout3/build.py; message ids and MIME boundaries
#  carry the h67 tag instead of h3)
_PDF_MAP = {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "Δ": "Delta ", "≤": "<=", "≥": ">="}


def _pdf_safe(s):
    """The standard PDF fonts only cover cp1252; transliterate other letters (as many ERP
    systems do) so that names stay readable in the extracted text instead of becoming boxes."""
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _PDF_MAP:
            out.append(_PDF_MAP[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if base and all(ord(c) < 256 for c in base) else "?")
    return "".join(out)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [(b[0], [[_pdf_safe(c) for c in r] for r in b[1]]) if b[0] == "table"
              else ((b[0], _pdf_safe(b[1])) if len(b) > 1 else b) for b in blocks]
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
    m["Message-ID"] = msgid or f"<{PREFIX}-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_{PREFIX}")
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


# ----------------------------------------------------------------- small extra helpers
def sig_plain(name, title, company, phone, extra=""):
    """A signature without the long disclaimer (for suppliers and short replies)."""
    s = f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"
    return s + (extra + "\n" if extra else "")


def quote_lines(text):
    """Prefix each line with '> ' like a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


def html_from_text(text):
    """Minimal HTML alternative for a plain-text mail body (paragraphs and line breaks)."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(ln) for ln in p.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


# ======================================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = with at least one risk.
# These names never reach the output folder names.

# ------------------------------------------------------------------ batch 1: clean c01-c15

# c01: German distributor, sample PO mail + PDF PO with complete scope note
_c01_pdf = pdf([
    ("h1", "BESTELLUNG / PURCHASE ORDER 4500217765"),
    ("p", "Hygiena Handel GmbH, Heerdter Landstraße 189, 40549 Düsseldorf, Germany. "
          "USt-IdNr. DE 812 000 000. Einkauf Reinigung / Purchasing Cleaning."),
    ("p", "Lieferant / Supplier: Yuyao Brightspray Co., Ltd., Lianfeng Industrial Zone, Yuyao, "
          "Zhejiang, China. Supplier no. 731455. Your quotation YB-Q-2404-118 dated 22.04.2024."),
    ("p", "Datum / Date: 06.05.2024. Buyer: Katrin Oberländer, Category Manager Cleaning."),
    ("table", [
        ["Pos", "Article", "Description", "Qty", "Unit", "Price EUR", "Delivery"],
        ["10", "4000318", "Trigger sprayer TS-28/410, white body / green nozzle, "
                          "own label PureHome - SAMPLE", "24", "PCE", "1,85", "KW 23/2024"],
    ]),
    ("sp",),
    ("h", "Scope of this purchase order"),
    ("p", "Active quantity: 24 (twenty-four) sample trigger sprayers for colour match, drop test "
          "and leak test. Nothing else is ordered for production under this PO."),
    ("p", "The production quantity of 10.000 pcs shown in quotation YB-Q-2404-118 is NOT released. "
          "Do not start it. The 10.000 pcs stay on hold until (1) Dr. Ulrike Feld, Quality "
          "Assurance, has signed off the samples and (2) Katrin Oberländer, Category Manager "
          "Cleaning, has sent a written production release."),
    ("p", "Material authority: sample quantity only. Do not buy resin, springs or nozzles for "
          "the production quantity."),
    ("h", "Terms"),
    ("p", "Incoterms 2020: DAP Düsseldorf. Payment: 30 days net. Ship samples by UPS Express to "
          "QS-Labor, Heerdter Landstraße 189, 40549 Düsseldorf. PO number on parcel and pro-forma "
          "invoice. Our General Terms of Purchase (version 03/2023) apply."),
], title="PO 4500217765", author="Hygiena Handel GmbH")

_c01_txt = """Dear Sophia,

thank you for the quick quotation YB-Q-2404-118 and for the call on Tuesday.

Attached you find our purchase order 4500217765 for the sample lot. Please read the scope
note on page 1 carefully - our system needs a PO number early, but this PO is for samples
only:

- Active quantity: 24 (twenty-four) trigger sprayers TS-28/410, white body / green nozzle,
  for colour match, drop test and leak test.
- The production quantity of 10.000 pcs from your quotation is NOT released. Please do not
  start it and do not buy material for it - material authority is the sample quantity only.
- The 10.000 pcs stay on hold until Dr. Ulrike Feld (Quality Assurance) has signed off the
  samples and I send you a written production release.

Samples please by UPS Express to our lab: Hygiena Handel GmbH, QS-Labor, Heerdter
Landstraße 189, 40549 Düsseldorf. Please put the PO number on the parcel and on the
pro-forma invoice, otherwise customs in Köln will hold the parcel again like last year.

Could you confirm the scope in writing, also for your colleagues in production planning?

Mit freundlichen Grüßen / Best regards
Katrin Oberländer
""" + sig("Katrin Oberländer", "Category Manager Cleaning", "Hygiena Handel GmbH, Düsseldorf",
          "+49 211 555 0170")

_c01 = mail("Katrin Oberländer <k.oberlaender@hygiena-handel.de>",
            "Sophia Wang <sophia.wang@yybrightspray.com>",
            "PO 4500217765 - samples trigger sprayer TS-28/410 (PureHome)",
            "Mon, 06 May 2024 10:14:00 +0200", _c01_txt,
            cc="Ulrike Feld <u.feld@hygiena-handel.de>",
            attachments=[("PO_4500217765.pdf", _c01_pdf, PDF_MT)])
case("c01_de_sample_po_complete", [],
     "Sample PO mail + PDF: 24 active, 10.000 not released, unlock = QA sign-off + written release by named manager, material sample-only.",
     [("PO_4500217765_samples.eml", eml_bytes(_c01))])


# c02: supplier quote on its own with sample + production tiers
_c02_pdf = pdf([
    ("h1", "QUOTATION HD-Q-24-0537"),
    ("p", "Ningbo Hengda Plastic Products Co., Ltd. - No. 88 Xingye Road, Yuyao, Zhejiang 315400, "
          "P.R. China - Tel +86 574 5555 0188 - sales@nbhengda.cn"),
    ("p", "To: Clearwell Facility Services Ltd, Purchasing, 14 Kirkstall Road, Leeds LS4 2AZ, "
          "United Kingdom. Attn: Mr. Tom Hargreaves. Date: 2024-04-18."),
    ("p", "Item: wall-mounted soap dispenser 1000 ml, cartridge type, white ABS, key lock, "
          "window for level check. Drawing HD-WD-1000 Rev 3. Customer logo pad printed, 1 colour."),
    ("table", [
        ["Stage", "Quantity", "Unit price USD", "Lead time"],
        ["Samples (from T1 mould)", "50 pcs", "6.20", "15 days after sample PO"],
        ["Production tier A", "5,000 pcs", "3.45", "35 days after written production release"],
        ["Production tier B", "10,000 pcs", "3.21", "35 days after written production release"],
        ["Production tier C", "30,000 pcs", "2.98", "45 days after written production release"],
    ]),
    ("sp",),
    ("p", "Mould cost: USD 18,500 (2 cavities, P20 steel, 300k shots guaranteed), paid 50% with the "
          "mould order and 50% at T1 sample approval by customer."),
    ("p", "Packing: 24 pcs per export carton, 40 cartons per pallet (1200 x 1000 mm). "
          "Prices FOB Ningbo, USD, excl. freight and duty. Validity: 30 days."),
    ("p", "Factory certified ISO 9001:2015, BSCI audited (grade B, 2023). Materials RoHS compliant."),
    ("p", "Kevin Zhou, Sales Manager Europe"),
], title="Quotation HD-Q-24-0537", author="Ningbo Hengda")
case("c02_cn_quote_tiers_only", [],
     "Supplier quote alone: sample and production tiers, no authorized quantity in the bundle.",
     [("Quotation_HD-Q-24-0537.pdf", _c02_pdf)])


# c03: WhatsApp export - supplier asks about going ahead, buyer scopes
_c03 = """12/06/2024, 08:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
12/06/2024, 08:02 - Rafael Costa created group "Lima Limpeza x PIB - frascos 500ml"
12/06/2024, 08:03 - Rafael Costa added Lucía Hernández
12/06/2024, 08:05 - Rafael Costa: Bom dia Lucía! Group for the 500 ml spray bottles (private label "Casa Brilho"). PO 45-0988 went out yesterday by email 👍
12/06/2024, 08:31 - Lucía Hernández: buenos días Rafael!! received, thanks. PO is for 30 sample bottles, colors white + lime, correct?
12/06/2024, 08:33 - Rafael Costa: correct, 30 pcs. 15 white 15 lime
12/06/2024, 08:40 - Lucía Hernández: perfect. artwork files for the sleeve you send or the agency?
12/06/2024, 08:41 - Rafael Costa: agency sends today, Agência Pinta, contact Bruno
12/06/2024, 10:12 - Lucía Hernández: Rafael one question, can we go ahead with the 5k after the samples? we have a free slot on the blow moulder in week 28 and after that its full until September 😬
12/06/2024, 10:20 - Rafael Costa: Not yet 🙂 Only the 30 sample bottles for now. The 5,000 stay on hold until Juliana Ferreira (our category manager) signs off the colour match on the samples - then Juliana sends you the release in writing. Please don't start them before, and no preforms for them either.
12/06/2024, 10:22 - Lucía Hernández: ok understood 👌 only 30 pcs. we wait for the written release from Juliana. i can keep week 28 reserved until 21/06 without cost
12/06/2024, 10:23 - Rafael Costa: great, obrigado!
12/06/2024, 10:24 - Rafael Costa: <Media omitted>
12/06/2024, 10:24 - Rafael Costa: pantone for the lime: 375 C
12/06/2024, 15:47 - Lucía Hernández: samples planned to ship 19/06 by DHL, tracking follows
12/06/2024, 15:48 - Rafael Costa: 👍
"""
case("c03_br_mx_chat_question_scoped", [],
     "Supplier asks 'can we go ahead with the 5k' (question); buyer answers 30 only, 5,000 on hold until named manager's sign-off + written release.",
     [("WhatsApp Chat - Lima Limpeza x PIB.txt", _c03)])


# c04: labelled non-binding forecast, HTML table
_c04_months = [("Jan 2025", "16,500"), ("Feb 2025", "15,000"), ("Mar 2025", "19,500"),
               ("Apr 2025", "21,000"), ("May 2025", "18,000"), ("Jun 2025", "17,500"),
               ("Jul 2025", "16,000"), ("Aug 2025", "16,000"), ("Sep 2025", "18,500"),
               ("Oct 2025", "20,000"), ("Nov 2025", "24,000"), ("Dec 2025", "12,500")]
_c04_rows = "\n".join(f"<tr><td>{m}</td><td style=\"text-align:right\">{q}</td><td>FC</td></tr>"
                      for m, q in _c04_months)
_c04 = html_page("Harrowfield Supplier Hub - Volume forecast FC-2025-03", f"""
<h1>Harrowfield Supplier Hub</h1>
<p>Supplier: <b>Kocaeli Ambalaj Plastik San. ve Tic. A.S.</b> (vendor 204417) &middot;
Generated 02/05/2024 08:00 &middot; Forecast version FC-2025-03</p>
<h2>Volume forecast &ndash; HF Own Label Multi-Surface Spray 750 ml (bottle + trigger), SKU 5051234</h2>
<div class="note"><b>NON-BINDING FORECAST.</b> These figures are for your capacity planning only.
They are not a purchase order, they do not authorise production and they do not authorise you to
buy material. Quantities are ordered by call-off only; each call-off states the quantity released
and the delivery week.</div>
<table>
<tr><th>Month</th><th>Forecast (units)</th><th>Type</th></tr>
{_c04_rows}
<tr><td><b>Total 2025</b></td><td style="text-align:right"><b>214,500</b></td><td>FC</td></tr>
</table>
<p>FC = forecast. Accuracy of the last 6 months: 87 %. Questions: supplierhub@harrowfield.co.uk</p>
<p style="font-size:11px;color:#666">Harrowfield Stores plc, Registered in England No. 00000000,
Harrowfield House, Leicester LE1 6ZZ.</p>
""")
case("c04_uk_forecast_labelled", [],
     "Clearly labelled non-binding forecast page; no authorization, not written as an order.",
     [("supplierhub_forecast_FC-2025-03.html", _c04)])


# c05: Polish facility services, full-quantity PO with scoped 'proceed'
_c05 = pdf([
    ("h1", "ZAMÓWIENIE / PURCHASE ORDER PS/2024/0417"),
    ("p", "ProSerwis Facility Sp. z o.o., ul. Grochowska 306, 03-840 Warszawa, Polska. "
          "NIP 113-000-00-00."),
    ("p", "Dostawca / Supplier: Anadolu Mop Tekstil San. Tic. Ltd. Şti., Nilüfer OSB, Bursa, Türkiye. "
          "Oferta / quotation AM-TR-2403-77 of 11.03.2024."),
    ("p", "Data / Date: 18.03.2024"),
    ("table", [
        ["Lp", "Indeks", "Opis / Description", "Ilość / Qty", "J.m.", "Cena EUR", "Wartość EUR"],
        ["1", "MF-FR-40", "Stelaż do mopa płaskiego 40 cm, aluminium, rzep / flat mop frame 40 cm, "
                          "aluminium, hook-and-loop", "3.000", "szt.", "2,10", "6.300,00"],
        ["2", "MF-PAD-40B", "Nakładka z mikrofibry 40 cm, niebieska, 500 prań / microfibre pad "
                            "40 cm, blue, 500 washes", "6.000", "szt.", "0,95", "5.700,00"],
        ["", "", "Razem / Total", "", "", "", "12.000,00"],
    ]),
    ("sp",),
    ("p", "Sample sign-off: the pre-production samples were signed off on 14.03.2024 by our Quality "
          "department (report QA-PS-0311, wash test 500 cycles at 60 °C, shrinkage < 3 %)."),
    ("p", "This purchase order covers the full order quantity. Please proceed with production of the "
          "3.000 frames and 6.000 pads listed above. There is no further quantity, option or balance "
          "under this order."),
    ("p", "Dostawa / Delivery: DAP Warszawa, magazyn Ursus, in one delivery in week 22/2024. "
          "EUR pallets 1200 x 800 mm, max. height 1,6 m, stretch-wrapped, pallet label with PO number."),
    ("p", "Płatność / Payment: 60 days from invoice date. Invoices by e-mail to faktury@proserwis.pl."),
    ("p", "Tomasz Lewandowski, Kierownik Zakupów / Purchasing Manager"),
], title="PO PS/2024/0417", author="ProSerwis Facility")
case("c05_pl_full_qty_po_proceed", [],
     "Full-quantity PO (3.000 + 6.000), 'proceed with production of the 3.000 frames and 6.000 pads'; no balance.",
     [("PO_PS-2024-0417.pdf", _c05)])


# c06: listing agreement with an explicit, recorded auto-conversion
_c06 = docx_bytes([
    ("h1", "Listungsvereinbarung / Listing Agreement LV-2024-031"),
    ("p", "Article: foam soap dispenser 500 ml 'frisch&rein', Frischmarkt art. no. 7712045, "
          "drawing PF-SD-500 Rev 4."),
    ("h", "1. Parties"),
    ("p", "Frischmarkt Handels AG, Wendenstraße 120, 20537 Hamburg (\"Frischmarkt\") and "
          "Plastmet Formy Sp. z o.o., ul. Przemysłowa 11, 85-758 Bydgoszcz (\"Plastmet\")."),
    ("h", "2. Sample lot"),
    ("p", "Plastmet produces a sample lot of 48 (forty-eight) dispensers under PO 4500331877 line 10 "
          "for drop test (1,2 m, 5 drops), leak test (24 h at 40 °C) and colour match against the "
          "master (ΔE ≤ 1,0)."),
    ("h", "3. Production quantity"),
    ("p", "The production quantity for the first listing wave is 18.000 pcs under PO 4500331877 "
          "line 20. It is not released until the sample sign-off in section 4 is recorded. Until "
          "then the material authority is the sample quantity only."),
    ("h", "4. Auto-conversion (recorded)"),
    ("p", "If Sabine Kraus (Qualitätssicherung, Frischmarkt) records the sample sign-off with the "
          "disposition 'approved' for the 48 samples, the production quantity of 18.000 pcs under "
          "line 20 is released at that moment without a further document from Frischmarkt. An "
          "interim or rejected disposition releases nothing. This auto-conversion was agreed by "
          "Markus Henning (Einkauf Non-Food), who holds release authority for this order, and is "
          "recorded in this agreement. Plastmet files the sign-off record with the job before "
          "starting."),
    ("h", "5. Prices"),
    ("table", [
        ["Line", "Quantity", "Unit price EUR", "Remark"],
        ["10", "48", "4,90", "sample lot"],
        ["20", "18.000", "1,62", "released only as described in section 4"],
    ]),
    ("h", "6. Logistics"),
    ("p", "EUR pallets 1200 x 800 mm, 8 cartons per layer, 5 layers, 60 dispensers per carton. "
          "Delivery DDP Zentrallager Hamburg-Billbrook, time slot via Frischmarkt booking portal."),
    ("p", "Hamburg / Bydgoszcz, 02.05.2024"),
    ("p", "Markus Henning, Einkauf Non-Food, Frischmarkt Handels AG"),
    ("p", "Krzysztof Nowak, Key Account Manager, Plastmet Formy Sp. z o.o."),
], author="Frischmarkt Handels AG")
case("c06_de_listing_autoconversion", [],
     "Explicit recorded auto-conversion naming quantity (18.000), signer (QA Sabine Kraus) and conditions; release authority named.",
     [("Listungsvereinbarung_LV-2024-031.docx", _c06)])


# c07: supplier: deposit does not release production
_c07_txt = """Hola Rafael,

we confirm that the 30% deposit (USD 2,460.00) for PO 45-1102 arrived in our account today.
Thank you.

Just to keep things clear for both sides, and for our planning team in León: the deposit
does not release production. Under PO 45-1102 we make only the 40 sample dispensers (foam
pump, 400 ml, white/teal). The remaining 7,960 pieces stay on hold until we receive the
written release from Juliana Ferreira, as your PO says, after Ana Souza has signed off the
samples. We will not buy ABS or pump mechanisms for the 7,960 before that.

Samples: injection in week 24, pad printing of the "Casa Brilho" logo in week 25, shipment
by FedEx International Priority to São Paulo on 21/06. Commercial invoice and packing list
will go with the parcel; please let me know if your broker needs the NCM code in advance
(3924.90.00).

Saludos / best regards,
Alejandro Ramírez
Key Account Manager - South America
Plásticos Industriales del Bajío S.A. de C.V.
Blvd. Aeropuerto 3102, León, Guanajuato, México
+52 477 555 0142
"""
_c07 = mail("Alejandro Ramírez <aramirez@plasticosbajio.com.mx>",
            "Rafael Costa <rafael.costa@limalimpeza.com.br>",
            "RE: PO 45-1102 - deposit received / depósito recibido",
            "Wed, 29 May 2024 17:05:00 -0600", _c07_txt,
            cc="Juliana Ferreira <juliana.ferreira@limalimpeza.com.br>")
case("c07_mx_deposit_not_release", [],
     "Supplier: 'the deposit does not release production'; only 40 samples, 7,960 on hold until named written release.",
     [("RE_PO_45-1102_deposit.eml", eml_bytes(_c07))])


# c08: multi-file: SAP call-off with staged material authority + supplier confirmation
_c08_txt = """Hygiena Handel GmbH                                   LIEFERABRUF / CALL-OFF
Heerdter Landstraße 189                               Seite/Page 1 von/of 1
40549 Düsseldorf

Lieferant/Supplier:  0000731204                       Rahmenvertrag/Contract: 4600012873
Ningbo Hengda Plastic Products Co., Ltd.              Abruf-Nr./Call-off no.:  03
No. 88 Xingye Road, Yuyao, Zhejiang                   Datum/Date:              14.05.2024
CHINA                                                 Einkäufer/Buyer:         J. Albrecht (E21)

------------------------------------------------------------------------------------
Pos  Material     Bezeichnung/Description              Menge/Qty   ME   Liefertermin
------------------------------------------------------------------------------------
0010 4000452      Pumpspender 300 ml PP weiß            5.000      ST   KW 27/2024
                  Pump dispenser 300 ml PP white
                  Zeichnung/Drawing HD-PD-300 Rev 07
------------------------------------------------------------------------------------

Kontraktmenge / contract quantity (framework):           40.000 ST
bisher abgerufen / called off so far (Abruf 01+02):      10.000 ST
dieser Abruf / this call-off (released):                  5.000 ST
nicht freigegeben / NOT released (balance):              25.000 ST

Text:
Only the 5.000 ST of this call-off are released for production. The balance of
25.000 ST is not released. The next call-off follows after our sell-out review in
KW 30 and is signed by Jens Albrecht, Strategic Buyer.
Material authority: staged up to 15.000 ST - PP granulate and colour masterbatch
only - at Hygiena Handel's liability. No pump mechanisms or printed parts beyond
this call-off.

Lieferanschrift / Ship to: Hygiena Handel GmbH, Lager Neuss, Hammer Landstraße 45,
41460 Neuss. Warenannahme Mo-Fr 06:00-14:00, Zeitfenster über Cargoclix.
Incoterms 2020: FCA Ningbo        Zahlung / Payment: 60 Tage netto / 60 days net
"""
_c08_mail = """Dear Mr. Albrecht,

we confirm call-off 03 under contract 4600012873: 5,000 pump dispensers 300 ml, white,
drawing HD-PD-300 Rev 07. Moulding and assembly in week 25, ETD Ningbo week 26, so the goods
reach Neuss in KW 27 as requested.

Under your staged material authority we have purchased PP granulate and white masterbatch for
15,000 pcs in total (approx. 450 kg); nothing beyond that, and no pump mechanisms for the
balance. We will wait for your next call-off for the 25,000 balance.

Best regards
Kevin Zhou
Sales Manager Europe
Ningbo Hengda Plastic Products Co., Ltd.
Tel +86 574 5555 0188
"""
_c08 = mail("Kevin Zhou <kevin.zhou@nbhengda.cn>", "Jens Albrecht <j.albrecht@hygiena-handel.de>",
            "RE: Lieferabruf 03 / call-off 03 - contract 4600012873",
            "Thu, 16 May 2024 11:20:00 +0800", _c08_mail)
case("c08_de_calloff_staged_authority", [],
     "Call-off releases 5.000, balance 25.000 not released, next call-off by named buyer; material staged within explicit 15.000 authority.",
     [("Abruf_4600012873_03.txt", _c08_txt), ("RE_Abruf_03.eml", eml_bytes(_c08))])


# c09: UK retailer, colour match approved for samples only (multipart/alternative)
_c09_txt = """Hi Ayşe,

thanks for the twelve (12) sample bottles, they arrived in Leicester on Monday in good shape.

Colour match: approved for the 12 sample bottles only, and for shade only - ΔE 0.6 against
the master plaque, inside our tolerance of 1.0. This does not cover the launch volume. The
20,000-bottle launch volume is not released and stays on hold until (a) the drop test report
is signed off by me and (b) Sophie Kendall, Buying Manager Household, sends you the production
release in writing. Please don't buy resin for the launch volume yet.

Drop test: we run it next week (1.2 m, filled, 5 drops per orientation, spec HF-PK-112). I'll
send the report by Friday 24 May.

Two small points for any further samples: the 28/410 neck finish is fine; the parting line on
the shoulder could be a bit cleaner.

Cheers,
Dan
""" + sig("Dan Whitaker", "Packaging Technologist", "Harrowfield Stores plc", "+44 116 555 0123")
_c09 = mail("Dan Whitaker <dan.whitaker@harrowfield.co.uk>",
            "Ayşe Demir <ayse.demir@kocaeliambalaj.com.tr>",
            "Colour match - 750 ml spray bottle, Harrowfield Home",
            "Wed, 15 May 2024 14:02:00 +0100", _c09_txt, html=html_from_text(_c09_txt),
            cc="Sophie Kendall <sophie.kendall@harrowfield.co.uk>")
case("c09_uk_scoped_colour_approval", [],
     "'approved for the 12 sample bottles only, shade only'; 20,000 not released until drop test sign-off + written release by named buyer.",
     [("Colour_match_750ml.eml", eml_bytes(_c09))])


# c10: DOCX full-quantity PO with identifiers that look like quantities
_c10 = docx_bytes([
    ("h1", "ZAMÓWIENIE / PURCHASE ORDER ZK/2024/1183"),
    ("p", "CzystoPol Sp. z o.o., ul. Głogowska 218, 60-104 Poznań. Data: 21.05.2024."),
    ("p", "Dostawca / Supplier: Wipex Converting Sp. z o.o., ul. Rokicińska 154, 92-412 Łódź."),
    ("table", [
        ["Lp", "Indeks", "Opis / Description", "Ilość", "j.m.", "Cena PLN", "Wartość PLN"],
        ["1", "5000-750-1000", "Worek uzupełniający / refill pouch 750 ml, rys. / drg. D-1200 "
                               "rew. 12, folia PET12/PE100, nadruk 4+0", "2.400", "szt.", "0,84",
         "2.016,00"],
    ]),
    ("p", "This order covers the full quantity of 2.400 szt. There is no further quantity quoted, "
          "reserved or planned under this order."),
    ("p", "Pakowanie / packing: 48 kartonów po 50 szt., paleta EUR 1200 x 800, 1 paleta."),
    ("p", "Wymagania / requirements: ISO 9001:2015 certified production; film compliant with "
          "REACH (WE) nr 1907/2006; seal strength ≥ 15 N/15 mm; drop test 1000 mm filled, 3 drops."),
    ("p", "Dostawa / delivery: DAP Poznań, magazyn Komorniki, do 14.06.2024."),
    ("p", "Płatność / payment: 30 dni."),
    ("p", "Paweł Kaczmarek, Kupiec / Buyer, CzystoPol Sp. z o.o."),
], author="CzystoPol")
case("c10_pl_full_qty_identifiers", [],
     "Full-quantity PO 2.400 with quantity-like identifiers (5000-750-1000, D-1200 rev 12, PE100, ISO 9001:2015, 1907/2006).",
     [("Zamowienie_ZK-2024-1183.docx", _c10)])


# c11: supplier acknowledgement restating the hold, quoted buyer scope below
_c11_buyer = """Hi Emre,

PO CFS-8450 attached. Scope: 30 (thirty) sample bottles 1 L HDPE, natural, 28 mm neck, for our
leak test and the dilution-station fit check.

The 50,000 production bottles in your quote are not released - please don't start them. They
stay on hold until our lab has signed off the samples and I, Priya Nair, Category Manager, send
you a written release.

Thanks,
Priya"""
_c11_txt = f"""Dear Priya,

We acknowledge PO CFS-8450 for the 30 (thirty) sample bottles only. We understand that the
50,000 production bottles are not released. We will not buy HDPE granulate beyond the sample
need and will not plan the production run until we have your written release, signed by you
as stated in the PO, after your lab has signed off the samples.

The samples will be blown on our Bekum line on 22 May and sent by TNT on 24 May.

Kind regards,
Emre Yılmaz
Export Sales Engineer
Kocaeli Ambalaj Plastik San. ve Tic. A.Ş.
Gebze OSB, Kocaeli / Türkiye - +90 262 555 0190

On Mon, 13 May 2024 at 16:40, Priya Nair <priya.nair@clearwell-fs.co.uk> wrote:
{quote_lines(_c11_buyer)}
"""
_c11 = mail("Emre Yılmaz <emre.yilmaz@kocaeliambalaj.com.tr>",
            "Priya Nair <priya.nair@clearwell-fs.co.uk>",
            "RE: PO CFS-8450 - 1 L HDPE bottles - samples",
            "Tue, 14 May 2024 09:31:00 +0300", _c11_txt, in_reply_to="<h67-cfs8450@clearwell-fs.co.uk>")
case("c11_tr_supplier_ack_hold", [],
     "Supplier acknowledgement of 30 samples only, 50,000 not released; quoted buyer scope names lab sign-off and Priya Nair.",
     [("RE_PO_CFS-8450.eml", eml_bytes(_c11))])


# c12: supplier asks to start the rest; buyer reply holds it
_c12_supp = """Dear Katrin,

the 200 pre-series sets (toilet brush set 'PureHome', holder + brush, white) are packed and
can leave Bydgoszcz on Monday.

Can we start the remaining 4,800 pcs? Our line has capacity in week 22 and after that we have
the Easter-promotion moulds from another customer on the machine.

Best regards
Krzysztof Nowak
Plastmet Formy Sp. z o.o."""
_c12_txt = f"""Hallo Krzysztof,

not yet, sorry. Please ship the 200 pre-series sets as planned - those are fine to ship.

Hold the 4,800 sets until Dr. Ulrike Feld has signed off the leak test report on the holder
(the drip tray) - then I will send you the production release in writing. Please don't start
them and don't buy the PP for them before that.

I know week 22 would suit your line planning. I'll tell you as soon as Ulrike has the results,
probably on 29 May.

Viele Grüße
Katrin

Am 17.05.2024 um 08:12 schrieb Krzysztof Nowak <k.nowak@plastmet.pl>:
{quote_lines(_c12_supp)}
""" + sig("Katrin Oberländer", "Category Manager Cleaning", "Hygiena Handel GmbH, Düsseldorf",
          "+49 211 555 0170")
_c12 = mail("Katrin Oberländer <k.oberlaender@hygiena-handel.de>", "Krzysztof Nowak <k.nowak@plastmet.pl>",
            "AW: WC-Garnitur / toilet brush set - pre-series and remaining qty",
            "Fri, 17 May 2024 10:45:00 +0200", _c12_txt, in_reply_to="<h67-plastmet-0517@plastmet.pl>")
case("c12_de_question_answered_hold", [],
     "Supplier asks 'Can we start the remaining 4,800?'; buyer: ship 200 pre-series, hold 4,800 until QA sign-off, then her written release.",
     [("AW_WC-Garnitur_pre-series.eml", eml_bytes(_c12))])


# c13: multi-file: PDF PO pilot lot 1.200 (German format) + mail with 1,200 (English format)
_c13_pdf = pdf([
    ("h1", "Bestellung 4500220410"),
    ("p", "Frischmarkt Handels AG, Einkauf Non-Food, Wendenstraße 120, 20537 Hamburg. "
          "Datum: 27.05.2024. Lieferant: Yuyao Brightspray Co., Ltd. (Lief.-Nr. 880213)."),
    ("table", [
        ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis EUR", "Termin"],
        ["10", "7712310", "Sprühflasche 500 ml mit Trigger, Glasreiniger 'frisch&rein' - Pilotlos",
         "1.200", "ST", "0,58", "28.06.2024"],
    ]),
    ("sp",),
    ("h", "Umfang / Scope"),
    ("p", "Pilotlos / pilot lot: 1.200 Stück (pcs) - released for production and delivery."),
    ("p", "Aktionsmenge / promotion volume: 24.000 Stück (pcs) - NOT released. It stays on hold "
          "until the pilot lot has passed our lot acceptance (Sabine Kraus, Qualitätssicherung) and "
          "Markus Henning, Einkauf Non-Food, sends the production release in writing."),
    ("p", "Material authority: pilot lot only."),
    ("p", "Lieferung DDP Zentrallager Hamburg-Billbrook. Zahlung 45 Tage netto. Es gelten unsere "
          "Allgemeinen Einkaufsbedingungen."),
], title="Bestellung 4500220410", author="Frischmarkt Handels AG")
_c13_txt = """Dear Sophia,

our PO 4500220410 for the glass-cleaner trigger bottle went to you via the supplier portal
this morning. To repeat the essentials in plain English:

- The 1,200 pilot pieces are released - please produce them and ship so that they reach our
  warehouse in Hamburg by 28 June.
- The 24,000 promotion pieces are not released yet. They stay on hold until the pilot lot has
  passed lot acceptance by Sabine Kraus (QA) and I send you the production release in writing.
- Please buy material for the pilot lot only.

The promotion is planned for calendar week 38, so there is enough time if the pilot lot is
fine. Shipping marks and pallet labels as per our logistics manual v5.2 (attached to your
supplier account).

Best regards
Markus Henning
Einkauf Non-Food | Frischmarkt Handels AG | Wendenstraße 120 | 20537 Hamburg
Tel. +49 40 555 0190
Frischmarkt Handels AG, Sitz Hamburg, Amtsgericht Hamburg HRB 000000. Vorstand: A. Beispiel.
"""
_c13 = mail("Markus Henning <m.henning@frischmarkt.de>", "Sophia Wang <sophia.wang@yybrightspray.com>",
            "Pilotlos / pilot lot - PO 4500220410 glass cleaner trigger bottle",
            "Mon, 27 May 2024 13:30:00 +0200", _c13_txt)
case("c13_de_multifile_number_formats", [],
     "PDF PO '1.200 Stück / 24.000' and mail '1,200 / 24,000' are the same quantities; complete scope, no conflict.",
     [("Bestellung_4500220410.pdf", _c13_pdf), ("Pilotlos_4500220410.eml", eml_bytes(_c13))])


# c14: supplier portal page, full-quantity order, no balance
_c14 = html_page("Hengda Customer Portal - Sales order HD-SO-24-1187", """
<h1>Hengda Customer Portal</h1>
<p>Customer: <b>Clearwell Facility Services Ltd</b> (Leeds, UK) &middot; Customer PO: <b>CFS-9120</b>
&middot; Sales order: HD-SO-24-1187 &middot; Status: <b>Order acknowledged</b></p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price USD</th><th>Status</th></tr>
<tr><td>1</td><td>HD-WD-1000-W</td><td>Wall soap dispenser 1000 ml, cartridge, white ABS, key lock, Clearwell logo</td>
<td>6,000</td><td>3.21</td><td>In production</td></tr>
</table>
<p class="note">Customer PO CFS-9120 covers the full quantity of 6,000 pcs. There is no open balance
on this order.</p>
<h2>Schedule</h2>
<table>
<tr><th>Step</th><th>Date</th></tr>
<tr><td>Moulding</td><td>03&ndash;07 Jun 2024</td></tr>
<tr><td>Assembly &amp; pad printing</td><td>10&ndash;14 Jun 2024</td></tr>
<tr><td>Pre-shipment inspection (QIMA, AQL 2.5 / 4.0)</td><td>17 Jun 2024</td></tr>
<tr><td>ETD Ningbo</td><td>21 Jun 2024</td></tr>
<tr><td>ETA Felixstowe (approx.)</td><td>29 Jul 2024</td></tr>
</table>
<p>Payment terms: T/T 30 days after B/L date. Packing: 24 pcs/carton, 250 cartons, 7 pallets.</p>
<p style="font-size:11px;color:#666">Ningbo Hengda Plastic Products Co., Ltd. &middot; portal v3.8</p>
""")
case("c14_cn_portal_full_order", [],
     "Supplier portal page for a full-quantity PO (6,000), no open balance, no payment-triggered start.",
     [("portal_HD-SO-24-1187.html", _c14)])


# c15: SAP-style PO printout, bilingual PL/EN, complete scope
_c15 = """CzystoPol Sp. z o.o.                                       ZAMÓWIENIE / PURCHASE ORDER
ul. Głogowska 218, 60-104 Poznań                           Nr/No.     4500098812
NIP 779-000-00-00                                          Data/Date  09.05.2024
                                                           Strona/Page 1/1
Dostawca / Supplier: 300188
Shree Ganesh Polymers Pvt. Ltd.
Plot 14, GIDC Estate, Daman 396210, INDIA

Osoba kontaktowa / Contact: Paweł Kaczmarek, tel. +48 61 555 0134

Poz. Indeks       Opis / Description                          Ilość   J.m.  Cena USD  Termin
---- ------------ ------------------------------------------- ------- ----- --------- ----------
0010 CP-BT-0500   Butelka HDPE 500 ml z zamknięciem 24/410       50   SZT       0,95  28.06.2024
                  HDPE bottle 500 ml with 24/410 closure
                  PRÓBKI / SAMPLES, rys./drg. SG-500-R3
---- ------------ ------------------------------------------- ------- ----- --------- ----------
                                              Wartość netto / net value:   USD 47,50

Tekst nagłówka / header text:
PL: Zamówienie obejmuje wyłącznie 50 szt. próbek. Ilość produkcyjna 20.000 szt. z oferty
    SG/Q/24/311 NIE jest zwolniona - prosimy jej nie rozpoczynać. Zwolnienie nastąpi
    wyłącznie pisemnie przez Martę Wiśniewską (Kierownik Zakupów), po akceptacji próbek
    przez Agnieszkę Dudek (Dział Jakości). Materiał: tylko dla ilości próbnej.
EN: This order covers 50 sample pcs only. The production quantity of 20,000 pcs from
    quotation SG/Q/24/311 is NOT released - please do not start it. The release will be
    given only in writing by Marta Wiśniewska (Purchasing Manager), after sample sign-off
    by Agnieszka Dudek (Quality Dept.). Material: sample quantity only.

Warunki dostawy / Incoterms: CPT Poznań       Warunki płatności / Payment: 45 dni / days
Prosimy o potwierdzenie zamówienia / please acknowledge this order within 3 working days.
"""
case("c15_pl_sap_sample_po_complete", [],
     "SAP PO printout PL/EN: 50 samples, 20.000 NOT released, written release by Marta Wiśniewska after QA sign-off.",
     [("PO_4500098812.txt", _c15)])


# ------------------------------------------------------------------ batch 2: clean c16-c25, risky p01-p05

# c16: buyer corrects a quoted supplier assumption of auto-conversion
_c16_supp = """Dear Paweł,

the 50 samples of the 800 ml foam soap dispenser will be ready on 7 June, pad printing
'CzystoDom' in grey. Once you approve the samples we will continue with the 9,950 pcs
automatically, so no time is lost before the hotel season.

Best regards
Krzysztof Nowak
Plastmet Formy Sp. z o.o."""
_c16_txt = f"""Krzysztof,

no - please don't. Sample sign-off does not release the 9,950 pcs. They remain on hold until
I send you a written production release, and I will only do that after Agnieszka Dudek from
our QA has signed off the samples. For this order the release comes from me (Paweł Kaczmarek,
Buyer) and from nobody else.

For now PO 4500099120 covers the 50 samples, nothing more. Material for the samples only,
please.

The hotel season is not a problem: if the samples are fine, you will have the release in the
same week.

Pozdrawiam / regards
Paweł Kaczmarek
Kupiec / Buyer | CzystoPol Sp. z o.o. | ul. Głogowska 218 | 60-104 Poznań
tel. +48 61 555 0134

W dniu 28.05.2024 o 09:03, Krzysztof Nowak <k.nowak@plastmet.pl> pisze:
{quote_lines(_c16_supp)}
"""
_c16 = mail("Paweł Kaczmarek <p.kaczmarek@czystopol.pl>", "Krzysztof Nowak <k.nowak@plastmet.pl>",
            "RE: PO 4500099120 - dozownik 800 ml - samples",
            "Tue, 28 May 2024 11:47:00 +0200", _c16_txt, in_reply_to="<h67-plastmet-0528@plastmet.pl>")
case("c16_pl_buyer_corrects_autoconversion", [],
     "Quoted supplier assumes samples roll into 9,950; buyer reply: sign-off releases nothing, 50 only, hold until his written release after QA sign-off.",
     [("RE_PO_4500099120_samples.eml", eml_bytes(_c16))])


# c17: Teams chat, interim disposition with quantity + date limit
_c17 = """Chat export - Microsoft Teams
Participants: Thandiwe Mokoena (Kaya Retail Group), Murat Kaya (Anadolu Mop Tekstil)

Murat Kaya  04/06/2024 09:12
Good morning Thandiwe, did Lerato finish the tests on the strip mop samples?

Thandiwe Mokoena  04/06/2024 10:58
Morning Murat. Partly. Lerato has given an interim sign-off on the samples: the 500-wash test is still running, but absorbency, colour fastness and the handle thread (ACME 3/4") are fine.

Thandiwe Mokoena  04/06/2024 11:02
So: you may run 2,000 of the 20,000 strip mops now, for the launch in the Gauteng stores, delivery to our DC in Midrand by 30 June. That is the only quantity released.

Thandiwe Mokoena  04/06/2024 11:04
The other 18,000 stay on hold until Lerato gives the full sign-off after the 500-wash test and I send you the written release for them. Please don't cut yarn for the 18,000 yet.

Murat Kaya  04/06/2024 11:20
Clear: 2,000 pcs now, 18,000 on hold until full sign-off + your written release. We start cutting on Monday.

Thandiwe Mokoena  04/06/2024 11:22
👍 and please send the packing list per pallet, the DC wants max 1.4 m pallet height.

Murat Kaya  04/06/2024 11:25
ok, 40 pcs per bale, 24 bales per pallet, 1.35 m. I send the PL tomorrow.
"""
case("c17_za_tr_chat_interim_signoff", [],
     "Interim sign-off: 2,000 of 20,000 released with date limit; 18,000 on hold until full sign-off + named buyer's written release.",
     [("Teams_chat_Kaya_Anadolu_strip_mop.txt", _c17)])


# c18: supplier portal with hold shown per line
_c18 = html_page("Shree Ganesh Polymers - customer order status", """
<h1>Shree Ganesh Polymers Pvt. Ltd. &ndash; Order status</h1>
<p>Customer: <b>CzystoPol Sp. z o.o.</b>, Poznań &middot; Customer PO: <b>4500101377</b> &middot;
Our ref.: SGP/SO/24-25/0219 &middot; Updated: 18-06-2024 17:40 IST</p>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Type</th><th>Status</th></tr>
<tr><td>10</td><td>SG-1000-R2 HDPE bottle 1 L, 28/410 neck, white</td><td>36</td><td>Sample</td>
<td>Sample PO line &ndash; shipped 14-06-2024, AWB 176-55512345</td></tr>
<tr><td>20</td><td>SG-1000-R2 HDPE bottle 1 L, 28/410 neck, white</td><td>14,400</td><td>Production</td>
<td><b>ON HOLD &ndash; not released.</b> Awaiting the customer's written release by Ms Marta
Wiśniewska after sample sign-off.</td></tr>
</table>
<p class="note">Our planning will not schedule line 20 and will not buy HDPE for it until the written
release is uploaded to this portal.</p>
<p>Contact: Rajesh Patel, Export Manager, +91 260 555 0111</p>
""")
case("c18_in_portal_hold_per_line", [],
     "Supplier portal: 36 samples shipped, 14,400 production ON HOLD awaiting named written release; no material bought.",
     [("order_status_SGP-SO-24-25-0219.html", _c18)])


# c19: long thread, full-quantity repeat order with scoped 'go ahead'
_c19_q2 = """Hi Vivian,

the last batch was fine, only 3 cracked windows in 4,000 - the site teams are happy. We will
need another 4,000 for the NHS trust roll-out in Yorkshire. Can you hold the price?

Tom"""
_c19_q1 = f"""Dear Tom,

thank you for the feedback on the last shipment, good to hear.

For the repeat order we can hold USD 3.05 for 4,000 pcs if the PO comes before 31 May. Lead
time 30 days after PO. Pallet configuration as before: 20 pcs per carton, 25 cartons per
pallet, 8 pallets.

Best regards
Vivian Liu
Dongguan Clearfoam Hygiene Technology Co., Ltd.

On 21 May 2024, Tom Hargreaves wrote:
{quote_lines(_c19_q2)}"""
_c19_txt = f"""Hi Vivian,

great, thanks. Please go ahead with 4,000 (four thousand) wall dispensers under PO CFS-9207,
same spec as the last run: white, 1000 ml cartridge, key lock, Clearwell logo in Pantone
2945 C. PO CFS-9207 covers exactly these 4,000 pcs; nothing else is open on it.

Logistics:
- 20 pcs per carton, 25 cartons per pallet, 8 pallets (1200 x 1000, max 1.8 m).
- Shipping marks: CLEARWELL / CFS-9207 / carton no. x of 200.
- Pre-shipment inspection by our agent (AQL 2.5 major / 4.0 minor) - please book it with
  Jason at HQTS at least 5 days ahead.
- FOB Shenzhen, our forwarder is Kuehne+Nagel, booking ref will follow.

Payment as usual, 30 days after B/L.

Cheers,
Tom

On 22 May 2024, Vivian Liu wrote:
{quote_lines(_c19_q1)}
""" + sig("Tom Hargreaves", "Procurement Lead", "Clearwell Facility Services Ltd, Leeds",
          "+44 113 555 0150")
_c19 = mail("Tom Hargreaves <tom.hargreaves@clearwell-fs.co.uk>",
            "Vivian Liu <vivian.liu@clearfoam-hygiene.com>",
            "RE: RE: Repeat order - wall dispenser 1000 ml - PO CFS-9207",
            "Thu, 23 May 2024 08:55:00 +0100", _c19_txt, html=html_from_text(_c19_txt),
            in_reply_to="<h67-clearfoam-0522@clearfoam-hygiene.com>")
case("c19_uk_full_repeat_order_go_ahead", [],
     "Full-quantity repeat order: 'go ahead with 4,000 (four thousand)' under a PO covering exactly 4,000; logistics thread.",
     [("RE_Repeat_order_CFS-9207.eml", eml_bytes(_c19))])


# c20: QA test specification, technical only
_c20 = docx_bytes([
    ("h1", "Prüfspezifikation / Test specification PS-118"),
    ("p", "Trigger bottles and trigger sprayers, private label PureHome. Revision 05, valid from "
          "01.04.2024. Owner: Quality Assurance, Hygiena Handel GmbH."),
    ("h", "1. Tests"),
    ("table", [
        ["Test", "Method", "Sample size", "Acceptance"],
        ["Drop test", "1,2 m onto concrete, filled 100 %, 23 °C, 5 drops", "n = 10", "no leak, no crack"],
        ["Leak test", "24 h at 40 °C, inverted, trigger locked", "n = 10", "weight loss ≤ 0,1 %"],
        ["Trigger cycle test", "3.000 actuations with test liquid pH 12", "n = 5", "output ≥ 0,9 ml/stroke"],
        ["Colour match", "D65/10°, against master plaque", "n = 3", "ΔE ≤ 1,0"],
    ]),
    ("h", "2. Sampling"),
    ("p", "Incoming inspection per ISO 2859-1, general inspection level II, AQL 1.0 for major "
          "defects. Dimensional checks per drawing, neck finish 28/410 per GPI."),
    ("h", "3. Sample sign-off"),
    ("p", "Sample sign-off is given by QA (Dr. Ulrike Feld) on form QF-118 with the disposition "
          "accepted, interim or rejected. It is a technical disposition only. It does not release "
          "any production quantity; production quantities are released only by a written "
          "production release from Purchasing."),
], author="Hygiena Handel QA")
case("c20_de_test_spec", [],
     "Technical test specification (non-authorizing); sign-off explicitly releases nothing.",
     [("Pruefspezifikation_PS-118_Rev05.docx", _c20)])


# c21: supplier quote mail with PDF, tiers declared informational
_c21_pdf = pdf([
    ("h1", "QUOTATION VHC/Q/2024/0412"),
    ("p", "Vardhman Hygiene Converters Pvt. Ltd., Plot 221, Sanand GIDC-II, Ahmedabad 382110, Gujarat, India. "
          "GSTIN 24AAAAA0000A1Z5."),
    ("p", "To: CzystoPol Sp. z o.o., Poznań, Poland - Attn. Mr. Paweł Kaczmarek. Date: 10-05-2024."),
    ("p", "Product: wet wipes refill pack, 80 sheets, 20 x 15 cm, spunlace 45 gsm (70/30 PES/VIS), "
          "lotion 'citrus fresh' per customer formula CF-07, resealable lid label, private label CzystoDom."),
    ("table", [
        ["Quantity", "Price EUR / pack", "Remarks"],
        ["200 packs (samples)", "0.95", "ready 12 days after sample PO"],
        ["50,000 packs", "0.41", "production, 1 x 40' HC"],
        ["100,000 packs", "0.385", "production, 2 x 40' HC"],
        ["250,000 packs", "0.36", "production, call-offs over 12 months"],
    ]),
    ("p", "Prices FOB Mundra, valid 45 days. Payment 30% advance, 70% against B/L copy. "
          "Production lead time 35 days after written production release."),
    ("p", "Sneha Iyer, Business Development Manager - Europe"),
], title="Quotation VHC/Q/2024/0412", author="Vardhman Hygiene Converters")
_c21_txt = """Dear Mr. Kaczmarek,

thank you for your enquiry of 6 May. Please find attached our quotation VHC/Q/2024/0412 for the
CzystoDom wet wipes refill pack (80 sheets).

The sample quantity (200 packs) and the production tiers (50,000 / 100,000 / 250,000 packs) are
quoted together for your information. Production starts only on your separate written release;
a sample order does not start it.

We can send the lotion MSDS and the dermatological test report (patch test, 50 volunteers) on
request.

Warm regards,
Sneha Iyer
Business Development Manager - Europe
Vardhman Hygiene Converters Pvt. Ltd. | +91 79 5555 0177
"""
_c21 = mail("Sneha Iyer <sneha.iyer@vardhmanhygiene.in>", "Paweł Kaczmarek <p.kaczmarek@czystopol.pl>",
            "Quotation VHC/Q/2024/0412 - wet wipes refill 80 sheets CzystoDom",
            "Fri, 10 May 2024 15:10:00 +0530", _c21_txt,
            attachments=[("VHC_Q_2024_0412.pdf", _c21_pdf, PDF_MT)])
case("c21_in_quote_mail_tiers_info", [],
     "Supplier quote with tiers, tiers stated as for information; production only on separate written release; no authorization.",
     [("Quotation_VHC-Q-2024-0412.eml", eml_bytes(_c21))])


# c22: tooling deposit letter that explicitly does not release production
_c22 = pdf([
    ("p", "CzystoPol Sp. z o.o. - ul. Głogowska 218 - 60-104 Poznań - Polska"),
    ("p", "Plastmet Formy Sp. z o.o., Mr Krzysztof Nowak, ul. Przemysłowa 11, 85-758 Bydgoszcz"),
    ("p", "Poznań, 03.06.2024"),
    ("h", "Mould for dispenser 'CzystoDom' 1000 ml - payment of the tooling deposit"),
    ("p", "Dear Mr Nowak,"),
    ("p", "today we transferred PLN 38.400,00, which is 50 % of the mould cost under PO 4500100455. "
          "The remaining 50 % will be paid after the T1 samples have been signed off."),
    ("p", "To be clear: this payment covers the mould and the 48 T1 samples only. It does not "
          "release production. The 12.000 launch quantity stays on hold until Agnieszka Dudek "
          "(Quality) has signed off the T1 samples and I have sent you a revised PO for the "
          "launch quantity. Please buy material for the 48 T1 samples only."),
    ("p", "Please send the T1 samples with the first-article measurement report (all dimensions of "
          "drawing CZ-D-1000 rev. B) to our QA in Poznań."),
    ("p", "Z poważaniem / Kind regards"),
    ("p", "Marta Wiśniewska, Kierownik Zakupów / Purchasing Manager"),
], title="Tooling deposit PO 4500100455", author="CzystoPol")
case("c22_pl_deposit_letter_no_release", [],
     "Tooling deposit letter: payment covers mould + 48 T1 samples, does not release production; 12.000 on hold until QA sign-off + revised PO from named manager.",
     [("Pismo_depozyt_forma_4500100455.pdf", _c22)])


# c23: material authority statement, staging within explicit authority
_c23 = docx_bytes([
    ("h1", "Material authority statement MAS-HF-0042"),
    ("p", "Programme: Harrowfield Home antibacterial wipes, tub of 100 sheets, SKU 5059876. "
          "Supplier: Wipex Converting Sp. z o.o., Łódź. Date: 21 May 2024."),
    ("h", "Released quantity"),
    ("p", "Released for production: 2,000 tubs (call-off 1 under PO HF-771203)."),
    ("p", "Remaining programme quantity: 18,000 tubs - not released. The next call-off is signed "
          "by Sophie Kendall, Buying Manager Household, after the sell-through review in week 6 "
          "after launch."),
    ("h", "Material authority"),
    ("p", "Staged, up to 10,000 tubs' worth of PP tubs and lids, IML labels and spunlace nonwoven, "
          "at Harrowfield's liability. Lotion: 2,000 tubs' worth only (shelf life 12 months)."),
    ("table", [
        ["Material", "Authority (tub equivalents)", "Staged by Wipex (report 20 May)", "Within authority"],
        ["PP tubs and lids", "10,000", "8,000", "yes"],
        ["IML labels", "10,000", "10,000", "yes"],
        ["Spunlace 40 gsm", "10,000", "6,500", "yes"],
        ["Lotion AB-3", "2,000", "2,000", "yes"],
    ]),
    ("p", "Anything beyond these limits is at the supplier's own risk."),
    ("p", "Sophie Kendall, Buying Manager Household, Harrowfield Stores plc"),
], author="Harrowfield Stores plc")
case("c23_uk_material_authority_staged", [],
     "Explicit staged material authority (10,000) above the released 2,000; reported staging within it; 18,000 not released, next call-off by named buyer.",
     [("Material_authority_MAS-HF-0042.docx", _c23)])


# c24: a proper production release notice
_c24 = pdf([
    ("h1", "LIBERAÇÃO DE PRODUÇÃO / PRODUCTION RELEASE PR-2024-07"),
    ("p", "Lima Limpeza Distribuidora Ltda., Av. Marginal do Rio Tietê 2400, São Paulo - SP, Brasil. "
          "CNPJ 00.000.000/0001-00."),
    ("p", "To: Plásticos Industriales del Bajío S.A. de C.V., León, Gto., México. Date: 17/06/2024."),
    ("p", "Following the sample sign-off on 14/06/2024 by Ana Souza (Qualidade; report QL-24-118: leak "
          "test and pump actuation 5,000 cycles passed), we release 7,960 foam-pump dispensers 400 ml "
          "'Casa Brilho' under PO 45-1102 rev. 1."),
    ("table", [
        ["PO", "Quantity covered", "Of which", "Status"],
        ["45-1102 rev. 1", "8,000", "40 samples", "delivered"],
        ["", "", "7,960 production", "released by this notice"],
    ]),
    ("p", "With this release nothing remains on hold under PO 45-1102. Material authority: 7,960 pcs. "
          "Delivery FOB Manzanillo in two lots, weeks 31 and 33."),
    ("p", "Authorized by: Juliana Ferreira, Gerente de Categoria (release authority up to BRL 250.000)."),
], title="PR-2024-07", author="Lima Limpeza")
case("c24_br_release_notice", [],
     "Production release notice naming quantity, PO revision, sign-off evidence and authorizing person; no balance left.",
     [("Liberacao_PR-2024-07.pdf", _c24)])


# c25: planning question with forwarded internal note (message/rfc822)
_c25_fwd = mail("Thandiwe Mokoena <thandiwe.mokoena@kayaretail.co.za>",
                "Pieter van der Merwe <pieter.vdmerwe@kayaretail.co.za>",
                "Black Friday promo - 750 ml bottle timing",
                "Mon, 10 Jun 2024 08:14:00 +0200",
                """Pieter,

marketing moved the Black Friday multi-purpose cleaner promo to week 47. Can you check with
Shree Ganesh whether production in week 30 is realistic for the 750 ml bottle, in case the
samples pass? Sea freight Nhava Sheva - Durban is 4-5 weeks plus the DC.

T.
""")
_c25_txt = """Rajesh,

a planning question, not a release: if we released the 6,000 bottles by week 26, could your
team go ahead in week 30?

For now only the 24 sample bottles under PO KR-56210 are authorized. The 6,000 stay on hold
until Lerato Dlamini (Technologist) has signed off the samples and I send you the written
release. Please don't buy HDPE for them yet.

Thandiwe's note below gives the background.

Regards
Pieter
""" + sig("Pieter van der Merwe", "Head of Private Label", "Kaya Retail Group (Pty) Ltd, Johannesburg",
          "+27 11 555 0160")
_c25 = mail("Pieter van der Merwe <pieter.vdmerwe@kayaretail.co.za>",
            "Rajesh Patel <rajesh.patel@shreeganeshpolymers.in>",
            "FW: Black Friday promo - 750 ml bottle timing",
            "Mon, 10 Jun 2024 09:02:00 +0200", _c25_txt,
            attachments=[("rfc822", _c25_fwd)])
case("c25_za_planning_question_fwd", [],
     "Buyer's hypothetical 'could your team go ahead' is a question; 24 samples only, 6,000 on hold until technologist sign-off + his written release; forwarded internal note.",
     [("FW_Black_Friday_promo_750ml.eml", eml_bytes(_c25))])


# ---------------------------------------------------------------- risky

# p01: bare sample PO - no hold, no unlock event, no release authority
_p01 = pdf([
    ("h1", "BESTELLUNG / PURCHASE ORDER 4500218830"),
    ("p", "Hygiena Handel GmbH, Heerdter Landstraße 189, 40549 Düsseldorf. Datum / Date: 13.05.2024."),
    ("p", "Lieferant / Supplier: Yuyao Brightspray Co., Ltd., Yuyao, Zhejiang, China (731455). "
          "Acc. to your offer YB-Q-2405-203 of 08.05.2024."),
    ("p", "Ansprechpartner / Contact: Jens Albrecht, +49 211 555 0172"),
    ("table", [
        ["Pos", "Article", "Description", "Qty", "Unit", "Price EUR", "Delivery"],
        ["10", "4000377", "Trigger foamer TS-28/410 F, white / green RAL 6018, Muster / sample",
         "24", "PCE", "2,10", "KW 25/2024"],
    ]),
    ("sp",),
    ("p", "Please send the samples to our QA laboratory for drop test and leak test. Please state "
          "the PO number on all documents."),
    ("p", "Incoterms 2020: DAP Düsseldorf. Payment: 30 days net. Our General Terms of Purchase "
          "(version 03/2023) apply; deviating terms of the supplier are not accepted."),
    ("p", "This document was created electronically and is valid without signature."),
], title="PO 4500218830", author="Hygiena Handel GmbH")
case("p01_de_bare_sample_po", ["RG003", "RG004", "RG005"],
     "Sample PO for 24 pcs that says nothing about the balance, no unlock event, no release authority (only a contact).",
     [("PO_4500218830.pdf", _p01)])


# p02: mail with sample PO + supplier quote (production qty) attached, nothing else
_p02_po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 45-1140"),
    ("p", "Lima Limpeza Distribuidora Ltda., São Paulo - SP, Brasil. Data: 20/05/2024."),
    ("p", "Fornecedor / Supplier: Shree Ganesh Polymers Pvt. Ltd., Daman, India."),
    ("table", [
        ["Item", "Código", "Descrição / Description", "Qtd.", "Un.", "Preço USD"],
        ["1", "LL-GL-5000", "Galão HDPE 5 L com tampa 38 mm / HDPE jerrycan 5 L with 38 mm cap, "
                           "amostra / sample", "20", "pc", "3,80"],
    ]),
    ("p", "Entrega / delivery: DHL Express to Lima Limpeza - Qualidade, Rod. Presidente Dutra km 225, "
          "Guarulhos - SP. Pagamento / payment: 30 dias."),
], title="PO 45-1140", author="Lima Limpeza")
_p02_q = pdf([
    ("h1", "QUOTATION SG/Q/24/402"),
    ("p", "Shree Ganesh Polymers Pvt. Ltd., Plot 14, GIDC Estate, Daman 396210, India. Date: 08-05-2024."),
    ("p", "To: Lima Limpeza Distribuidora Ltda., Attn. Ms Juliana Ferreira."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
        ["1", "HDPE jerrycan 5 L, 38 mm cap, natural, 180 g", "20 pcs (samples)", "3.80", "10 days"],
        ["2", "HDPE jerrycan 5 L, 38 mm cap, natural, 180 g", "20,000 pcs", "0.74", "30 days"],
    ]),
    ("p", "FOB Nhava Sheva. Validity 30 days. Packing: 200 pcs per pallet, stretch-wrapped."),
    ("p", "Anil Mehta, Director - Exports"),
], title="Quotation SG/Q/24/402", author="Shree Ganesh Polymers")
_p02_txt = """Dear Anil,

please find attached our purchase order 45-1140 for the sample jerrycans together with your
quotation SG/Q/24/402, as agreed in our call on Friday.

Please send the samples by DHL to our quality team in Guarulhos - the address is on the PO. Our
broker asks for the commercial invoice with the NCM 3923.30.00 and the net weight per piece.

Obrigada e um abraço,
Juliana Ferreira
Gerente de Categoria - Limpeza
Lima Limpeza Distribuidora Ltda. | +55 11 5555 0199
"""
_p02 = mail("Juliana Ferreira <juliana.ferreira@limalimpeza.com.br>",
            "Anil Mehta <anil.mehta@shreeganeshpolymers.in>",
            "PO 45-1140 - galão 5 L / 5 L jerrycan samples",
            "Mon, 20 May 2024 14:40:00 -0300", _p02_txt,
            attachments=[("PO_45-1140.pdf", _p02_po, PDF_MT),
                         ("Quotation_SG-Q-24-402.pdf", _p02_q, PDF_MT)])
case("p02_br_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO (20) sent together with the quote showing 20,000 'as agreed'; no hold, no unlock event, no release person.",
     [("PO_45-1140_samples.eml", eml_bytes(_p02))])


# p03: hold 'until further notice' with named person, no unlock event
_p03_txt = """Hi Vivian,

PO CFS-7741 has gone out through the portal. It covers twelve (12) sample touch-free soap dispensers
(1200 ml, sensor type, white) only - we want to trial them for four weeks at the St James's
site before we commit.

Please don't start the remaining 2,988 from your quote - they're on hold until further notice,
and the only person who can lift that hold is Gareth Pugh, our Operations Director.

Samples to: Clearwell Facility Services Ltd, Goods In, 14 Kirkstall Road, Leeds LS4 2AZ,
attention Mark Ellis (site engineering). Please include 2 spare battery packs and the wall
template.

Thanks,
Tom
""" + sig("Tom Hargreaves", "Procurement Lead", "Clearwell Facility Services Ltd, Leeds",
          "+44 113 555 0150")
_p03 = mail("Tom Hargreaves <tom.hargreaves@clearwell-fs.co.uk>",
            "Vivian Liu <vivian.liu@clearfoam-hygiene.com>",
            "PO CFS-7741 - touch-free dispenser samples",
            "Tue, 07 May 2024 12:10:00 +0100", _p03_txt,
            cc="Gareth Pugh <gareth.pugh@clearwell-fs.co.uk>")
case("p03_uk_hold_until_further_notice", ["RG004"],
     "12 samples, 2,988 on hold 'until further notice', only Gareth Pugh can lift it: no unlock event named.",
     [("PO_CFS-7741_samples.eml", eml_bytes(_p03))])


# p04: sample order PDF, unlock event but only a department releases
_p04 = pdf([
    ("h1", "ZAMÓWIENIE PRÓBEK / SAMPLE ORDER 4500100912"),
    ("p", "CzystoPol Sp. z o.o., ul. Głogowska 218, 60-104 Poznań. Data / Date: 16.05.2024."),
    ("p", "Dostawca / Supplier: Kocaeli Ambalaj Plastik San. ve Tic. A.Ş., Gebze OSB, Kocaeli, Türkiye. "
          "Oferta / offer KA-OF-24-118."),
    ("table", [
        ["Poz.", "Indeks", "Opis / Description", "Ilość / Qty", "J.m.", "Cena EUR"],
        ["10", "CP-SP-1000", "Butelka 1 L z trigerem / 1 L bottle with trigger sprayer, "
                             "biała / white, próbki / samples", "30", "szt.", "1,40"],
    ]),
    ("sp",),
    ("p", "Ilość / quantity: trzydzieści (30) sztuk próbek / thirty (30) sample pieces."),
    ("p", "The balance of 5.970 szt. from your offer KA-OF-24-118 is NOT released and may not be "
          "started. It will be released only after a positive drop test and leak test report and a "
          "revised purchase order from our purchasing department."),
    ("p", "Dostawa / delivery: DAP Poznań. Kontakt: zakupy@czystopol.pl"),
    ("p", "Dokument wygenerowany elektronicznie, nie wymaga podpisu. / Electronically generated, "
          "valid without signature."),
], title="Sample order 4500100912", author="CzystoPol")
case("p04_pl_sample_order_department", ["RG005"],
     "30 samples, 5.970 not released until test report + revised PO 'from our purchasing department': no named release person.",
     [("Zamowienie_probek_4500100912.pdf", _p04)])


# p05: Teams chat, complete scope earlier, then an unscoped 'approved, crack on'
_p05 = """Chat export - Microsoft Teams (external)
Participants: Priya Nair (Clearwell Facility Services), Lily Chen (Ningbo Hengda Plastic Products)

Priya Nair  13/05/2024 15:31
Hi Lily, PO CFS-8120 is out. It's for 36 sample trigger heads only (28/410, chemical-resistant, Viton seal). Please don't start the 14,400 production heads - they're not released until our lab signs off the samples and I send you the release in writing.

Lily Chen  13/05/2024 15:40
Noted Priya, 36 pcs samples only. ETA samples 27 May by DHL.

Priya Nair  13/05/2024 15:42
Thanks. Lab will test with our chlorine product (5% NaOCl) and the quat sanitiser, 2 weeks soak.

Lily Chen  21/05/2024 09:05
Viton seals arrived from supplier, assembly tomorrow.

Lily Chen  30/05/2024 10:12
[image] golden sample, 3 views. pls check the nozzle lock tab, we changed it like you asked

Priya Nair  30/05/2024 10:47
Looks spot on 👌 approved, crack on!

Lily Chen  30/05/2024 10:49
Thanks Priya 🙏
"""
case("p05_uk_cn_chat_approved_crack_on", ["RG002"],
     "Complete scope earlier in chat; later buyer writes 'approved, crack on!' with no quantity and no sample-only scope.",
     [("Teams_chat_Clearwell_Hengda_trigger.txt", _p05)])


# ------------------------------------------------------------------ batch 3: risky p06-p20

# p06: thread - complete scope quoted, then 'you have the green light'
_p06_k1 = """Hi Emre,

PO 4500219102 is attached. Scope: 20 (twenty) sample bottles 1 L HDPE, green, for our
PureHome bathroom cleaner - colour match, drop test and leak test.

The 48.000 production bottles are not released. They stay on hold until Dr. Ulrike Feld has
signed off the samples and I send you a written production release. Material for the samples
only, please.

Best regards
Katrin"""
_p06_e1 = f"""Dear Katrin,

the 20 samples were sent by UPS on Friday, tracking 1Z 999 AA1 01 2345 6784. Label proof v3 for
the front label is attached - we moved the GHS05 pictogram to the back label as requested.

Please let us know.

Best regards
Emre

On 7 May 2024, Katrin Oberländer wrote:
{quote_lines(_p06_k1)}"""
_p06_txt = f"""Hi Emre,

we had our internal round today. All good on our side - you have the green light.

Please send me the updated timeline and the pallet configuration (max. 1,80 m incl. pallet,
our warehouse in Neuss is strict about it).

Best regards
Katrin

Am 21.05.2024 schrieb Emre Yılmaz:
{quote_lines(_p06_e1)}
""" + sig("Katrin Oberländer", "Category Manager Cleaning", "Hygiena Handel GmbH, Düsseldorf",
          "+49 211 555 0170")
_p06 = mail("Katrin Oberländer <k.oberlaender@hygiena-handel.de>",
            "Emre Yılmaz <emre.yilmaz@kocaeliambalaj.com.tr>",
            "AW: RE: PO 4500219102 - 1 L bottle PureHome bathroom - samples",
            "Thu, 23 May 2024 16:20:00 +0200", _p06_txt, html=html_from_text(_p06_txt),
            in_reply_to="<h67-kocaeli-0521@kocaeliambalaj.com.tr>")
case("p06_de_tr_thread_green_light", ["RG002"],
     "Quoted PO scope is complete; the new buyer message 'you have the green light' names neither quantity nor sample-only.",
     [("AW_PO_4500219102_samples.eml", eml_bytes(_p06))])


# p07: buyer portal PO page: sample line + launch volume, release authority only
_p07 = html_page("Harrowfield Supplier Hub - Purchase order HF-771540", """
<h1>Harrowfield Supplier Hub</h1>
<p>Supplier: <b>Yuyao Brightspray Co., Ltd.</b> (vendor 204502) &middot; Purchase order <b>HF-771540</b>
&middot; Issued 09/05/2024 &middot; Buyer: Sophie Kendall</p>
<h2>Order lines</h2>
<table>
<tr><th>Line</th><th>SKU</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Due</th></tr>
<tr><td>10</td><td>5060112</td><td>Trigger bottle 500 ml, white, Harrowfield Home Bathroom Mousse &ndash; sample</td>
<td>48</td><td>EA</td><td>USD 1.95</td><td>14/06/2024</td></tr>
</table>
<h2>Programme data</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Listing date</td><td>02/09/2024</td></tr>
<tr><td>Launch volume</td><td>30,000</td></tr>
<tr><td>Stores</td><td>412</td></tr>
<tr><td>Artwork</td><td>v2 uploaded 07/05/2024</td></tr>
<tr><td>Release authority</td><td>Sophie Kendall, Buying Manager Household</td></tr>
</table>
<p>Send samples to: Harrowfield Packaging Lab, Unit 4, Meridian Business Park, Leicester LE19 1WX.</p>
<p style="font-size:11px;color:#666">Harrowfield Stores plc &middot; Supplier Hub 5.2 &middot; Terms of
purchase HF-T-2023 apply.</p>
""")
case("p07_uk_portal_po_launch_volume", ["RG001", "RG003", "RG004"],
     "Portal PO: 48 samples beside 'Launch volume 30,000' with no not-released note; release authority named but no hold and no unlock event.",
     [("supplierhub_PO_HF-771540.html", _p07)])


# p08: DOCX sample order with annual volume column
_p08 = docx_bytes([
    ("h1", "Sample order KR-55980"),
    ("p", "Kaya Retail Group (Pty) Ltd, 21 Jan Smuts Avenue, Rosebank, Johannesburg 2196, South Africa. "
          "Date: 14 May 2024."),
    ("p", "Supplier: Shree Ganesh Polymers Pvt. Ltd., Daman, India. Your quote SG/Q/24/377."),
    ("table", [
        ["Article", "Description", "Sample qty", "Annual volume", "Target price"],
        ["KR-750-TB", "750 ml trigger bottle, PET, clear, 28/410 neck, Kaya Home", "24", "180 000",
         "USD 0.19"],
    ]),
    ("p", "Please send the samples to our technologist, Lerato Dlamini, for the drop test and the "
          "compatibility test with our bleach-free bathroom cleaner. Courier account: DHL 95-000000."),
    ("p", "Please mark the parcel 'Samples - no commercial value' and attach the material declaration "
          "(PET resin grade, masterbatch)."),
    ("p", "Thandiwe Mokoena, Category Buyer Household"),
], author="Kaya Retail Group")
case("p08_za_docx_sample_order_annual_volume", ["RG001", "RG003", "RG004", "RG005"],
     "Sample order for 24 with 'Annual volume 180 000' beside it; no hold, no unlock event, no release authority.",
     [("Sample_order_KR-55980.docx", _p08)])


# p09: SAP PO printout with sample + series quantity, release authority only
_p09 = """CzystoPol Sp. z o.o.                                       ZAMÓWIENIE / PURCHASE ORDER
ul. Głogowska 218, 60-104 Poznań                           Nr/No.     4500100231
                                                           Data/Date  20.05.2024
Dostawca / Supplier: 300412                                Strona/Page 1/1
Plastmet Formy Sp. z o.o.
ul. Przemysłowa 11, 85-758 Bydgoszcz

Poz. Indeks       Opis / Description                          Ilość   J.m.  Cena PLN  Termin
---- ------------ ------------------------------------------- ------- ----- --------- ----------
0010 CP-DR-0200   Dozownik ręczników papierowych Z-fold, biały     60   SZT     48,00  21.06.2024
                  Z-fold paper towel dispenser, white
                  PRÓBKI / SAMPLES, rys./drg. PF-PT-200 rew. 3
---- ------------ ------------------------------------------- ------- ----- --------- ----------
                                              Wartość netto / net value:  PLN 2.880,00

Tekst nagłówka / header text:
Wg oferty / acc. to offer OF-24/0877: 60 szt. próbek + 18.000 szt. produkcja seryjna.
60 sample pcs + 18,000 pcs series production.
Osoba upoważniona do zwolnienia produkcji / authorized to release production:
Marta Wiśniewska, Kierownik Zakupów / Purchasing Manager.

Warunki dostawy / Incoterms: DAP Poznań       Warunki płatności / Payment: 30 dni / days
Prosimy o potwierdzenie zamówienia / please acknowledge this order.
"""
case("p09_pl_sap_po_series_qty", ["RG001", "RG003", "RG004"],
     "SAP PO for 60 samples restating '+ 18.000 szt. produkcja seryjna' from the offer; names who may release but no hold and no unlock event.",
     [("PO_4500100231.txt", _p09)])


# p10: WhatsApp, supplier posts quote tiers, buyer: PO for the samples sent
_p10 = """03/06/2024, 07:41 - Johan Botha: Morning Sneha, Johan from Ubuntu Clean Services in Cape Town. Got your number from Priyesh at the Hygienix show 👋
03/06/2024, 07:58 - Sneha Iyer: Good morning Johan! Yes, he told me. You need the canister wipes for your hospital contracts?
03/06/2024, 08:02 - Johan Botha: yes, 200 sheet canister, quat-free, 20x20 cm, our UCS logo on the label
03/06/2024, 09:15 - Sneha Iyer: Quote for the canister wipes: 20 sample tubs @ USD 4.10, production 50,000 tubs @ USD 0.62, lead time 35 days. FOB Mundra
03/06/2024, 09:16 - Sneha Iyer: <attached: VHC_Q_2024_0588.pdf>
03/06/2024, 09:40 - Johan Botha: sharp, thanks
03/06/2024, 11:05 - Johan Botha: PO UCS-2024-118 sent for the 20 sample tubs 👍
03/06/2024, 11:07 - Sneha Iyer: Received, thank you Johan 🙏 samples ready in 12 days
03/06/2024, 11:08 - Johan Botha: lekker. send via DHL to our Epping warehouse, address on the PO. and sorry if I'm slow to reply, load shedding again today 🙄
03/06/2024, 11:10 - Sneha Iyer: no problem 😄
"""
case("p10_za_in_chat_quote_then_sample_po", ["RG001", "RG003", "RG004", "RG005"],
     "Chat: supplier's quote line with production 50,000 next to buyer's 'PO sent for the 20 sample tubs'; nothing about balance, event or release person.",
     [("WhatsApp Chat - Johan Botha UCS.txt", _p10)])


# p11: sample run requested with no quantity anywhere; hold otherwise complete
_p11_txt = """Dear Kevin,

thank you for the revised offer HD-Q-24-0611 for the PureHome wall dispenser 600 ml.

Please run the samples according to your offer - white RAL 9016, window in smoke grey, our
PureHome logo pad printed in green (Pantone 7740 C). Please invoice the samples against PO
4500219377.

The production quantity is not released. It stays on hold until Dr. Ulrike Feld (QA) has
signed off the samples after the leak test and I have sent you the production release in
writing. Until then please buy material for the samples only.

Samples to our QS-Labor in Düsseldorf, as last time.

Mit freundlichen Grüßen / Best regards
Katrin Oberländer
""" + sig("Katrin Oberländer", "Category Manager Cleaning", "Hygiena Handel GmbH, Düsseldorf",
          "+49 211 555 0170")
_p11 = mail("Katrin Oberländer <k.oberlaender@hygiena-handel.de>", "Kevin Zhou <kevin.zhou@nbhengda.cn>",
            "PO 4500219377 - wall dispenser 600 ml - samples",
            "Wed, 22 May 2024 09:05:00 +0200", _p11_txt)
case("p11_de_samples_per_offer_no_qty", ["RG010"],
     "'Run the samples according to your offer' - hold, unlock event and named releaser present, but the sample quantity is never stated.",
     [("PO_4500219377_samples.eml", eml_bytes(_p11))])


# p12: manual call-off printout: 'released' for budget and production, quantity 'as agreed by phone'
_p12 = """HYGIENA HANDEL GMBH - LIEFERABRUF / CALL-OFF (manuell / manual)
==========================================================================
Rahmenvertrag / contract : 4600013310          Abruf-Nr. / call-off : 06
Datum / date             : 22.05.2024          Seite / page         : 1/1
Lieferant / supplier     : 0000731877 Vardhman Hygiene Converters Pvt. Ltd.
                           Sanand GIDC-II, Ahmedabad 382110, India
Artikel / article        : 4000611 Feuchttücher Nachfüllpack 80 Stk.
                           wet wipes refill pack 80 sheets, PureHome Citrus
Belegstatus / doc status : RELEASED - release strategy Z1, cost centre 4711
                           (budget release by Controlling on 21.05.2024)
--------------------------------------------------------------------------
Abrufmenge / call-off qty: wie telefonisch vereinbart / as agreed by phone
                           with Ms Iyer on 21.05.2024
Liefertermin / delivery  : KW 30/2024, FCA Mundra
--------------------------------------------------------------------------
Text:
Please produce and ship the next lot as discussed by phone. This is your
production release for call-off 06.
The remaining contract quantity stays blocked until the next call-off,
which is signed by Jens Albrecht, Strategic Buyer.

Versandpapiere / shipping documents: commercial invoice, packing list,
certificate of origin (Form A not required), MSDS of the lotion.
==========================================================================
Hygiena Handel GmbH | Heerdter Landstraße 189 | 40549 Düsseldorf
"""
case("p12_de_calloff_release_twice_no_qty", ["RG009", "RG010"],
     "'RELEASED' for the budget/document release and 'production release' in one call-off; call-off quantity only 'as agreed by phone'.",
     [("Abruf_4600013310_06.txt", _p12)])


# p13: WhatsApp, pilot batch with no quantity, hold 'until I say so'
_p13 = """15/05/2024, 13:02 - Johan Botha: Hi Murat, Johan here from Ubuntu Clean. Samples of the 60 cm dust mop came in yesterday, the hospital guys like them
15/05/2024, 13:03 - Johan Botha: the fringe is a bit long on the blue ones but ok
15/05/2024, 13:20 - Murat Kaya: Hello Johan! Happy to hear 😊 we can cut the fringe 1 cm shorter, no problem
15/05/2024, 13:26 - Johan Botha: good. you can start the pilot batch for the Groote Schuur trial with the shorter fringe. keep the rest on hold until I say so
15/05/2024, 13:31 - Murat Kaya: ok Johan 👍 we plan it for next week
15/05/2024, 13:33 - Johan Botha: pack them in 10s with our UCS label please, the cleaners hate the big bales
15/05/2024, 13:35 - Murat Kaya: noted, 10 per polybag with header card
"""
case("p13_za_tr_chat_pilot_no_qty", ["RG004", "RG010"],
     "'start the pilot batch ... keep the rest on hold until I say so': no quantity authorized now and no unlock event (only the sender).",
     [("WhatsApp Chat - Murat Kaya.txt", _p13)])


# p14: HTML portal message: pre-series without quantity, lot acceptance + revised PO, no person
_p14 = html_page("Frischmarkt Lieferantenportal - Nachricht", """
<h1>Frischmarkt Lieferantenportal</h1>
<p>Lieferant / supplier: <b>Wipex Converting Sp. z o.o.</b> (Lief.-Nr. 880377) &middot;
Bestellung / PO: <b>4500332104</b> &middot; Artikel 7712588 Mikrofasertücher 4er-Pack
'frisch&amp;rein' / microfibre cloths 4-pack</p>
<h2>Nachricht von / message from: Einkauf Non-Food</h2>
<p>Datum: 24.05.2024 10:12</p>
<div class="note">
<p>Please produce the pre-series lot for the store trial (12 stores, Hamburg region, start KW 28).</p>
<p>The main promotion volume is not released. It stays on hold until the pre-series lot has passed
our lot acceptance and a revised PO has been issued.</p>
</div>
<p>Packaging: header card artwork version 3 as uploaded; EAN 4001234567899; 32 packs per shipper.</p>
<p>Antworten bitte ausschließlich über das Portal / please reply via the portal only.</p>
<p style="font-size:11px;color:#666">Frischmarkt Handels AG &middot; Lieferantenportal 2.14</p>
""", lang="de")
case("p14_de_portal_preseries_no_qty_no_person", ["RG005", "RG010"],
     "Portal message from a team: pre-series lot with no quantity; main volume on hold until lot acceptance + revised PO, but no named release person.",
     [("Portal_Nachricht_4500332104.html", _p14)])


# p15: DOCX supply agreement: sample lot without quantity
_p15 = docx_bytes([
    ("h1", "Development and Supply Agreement DSA-2024-07"),
    ("p", "Between Clearwell Facility Services Ltd, 14 Kirkstall Road, Leeds LS4 2AZ (\"Clearwell\") and "
          "Plastmet Formy Sp. z o.o., ul. Przemysłowa 11, 85-758 Bydgoszcz, Poland (\"Supplier\")."),
    ("p", "Product: jumbo toilet roll dispenser, 400 mm, white ABS, Clearwell key, drawing PF-JR-400 rev. 2."),
    ("h", "3. Tooling"),
    ("p", "The Supplier builds a single-cavity mould at its own cost, amortised over the first 8,000 units."),
    ("h", "4. Samples"),
    ("p", "The Supplier shall manufacture the initial sample lot from the production mould and deliver it "
          "to Clearwell's engineering team in Leeds for fit checks at three client sites."),
    ("h", "5. Production"),
    ("p", "No production quantity is released by this agreement. The contract volume of 8,000 units per "
          "year stays on hold until (a) the samples have been signed off by Mark Ellis, Engineering "
          "Lead, and (b) Gareth Pugh, Operations Director, issues a written call-off."),
    ("h", "6. Prices"),
    ("table", [
        ["Item", "Price GBP", "Remark"],
        ["Sample lot", "14.50 per unit", "delivered DAP Leeds"],
        ["Production", "6.85 per unit", "per call-off, DAP Leeds"],
    ]),
    ("p", "Signed for Clearwell: Gareth Pugh, Operations Director. Signed for the Supplier: "
          "Krzysztof Nowak, Key Account Manager. Leeds / Bydgoszcz, 12 June 2024."),
], author="Clearwell Facility Services Ltd")
case("p15_uk_docx_agreement_sample_lot_no_qty", ["RG010"],
     "Agreement orders 'the initial sample lot' without a quantity; production 8,000/yr on hold until named sign-off + written call-off by named director.",
     [("DSA-2024-07_Clearwell_Plastmet.docx", _p15)])


# p16: supplier bought resin for the complete launch run (quoted complete scope)
_p16_k = """Dear Emre,

PO 4500219655 for the 750 ml PureHome kitchen spray bottle is attached.

Scope: 25 (twenty-five) sample bottles only. The launch quantity of 36.000 bottles is not
released. It stays on hold until Dr. Ulrike Feld has signed off the samples and I send you a
written production release. Material authority: sample quantity only.

Best regards
Katrin Oberländer"""
_p16_txt = f"""Dear Katrin,

thank you for the PO. Good news: to secure your launch date we already purchased 2,5 t of HDPE
and the green masterbatch for the complete launch run, so our line is ready as soon as you
confirm.

The 25 samples will be blown on Wednesday and leave Gebze on Thursday by UPS Express. Drop test
certificates from our lab (1,2 m, 3 drops) will be in the parcel.

Best regards
Emre Yılmaz
Export Sales Engineer
Kocaeli Ambalaj Plastik San. ve Tic. A.Ş.
+90 262 555 0190

On 27.05.2024 Katrin Oberländer wrote:
{quote_lines(_p16_k)}
"""
_p16 = mail("Emre Yılmaz <emre.yilmaz@kocaeliambalaj.com.tr>",
            "Katrin Oberländer <k.oberlaender@hygiena-handel.de>",
            "RE: PO 4500219655 - 750 ml kitchen spray bottle",
            "Tue, 28 May 2024 10:15:00 +0300", _p16_txt, in_reply_to="<h67-hygiena-0527@hygiena-handel.de>")
case("p16_tr_supplier_bought_resin_launch_run", ["RG006"],
     "Quoted PO: 25 samples, 36.000 on hold, material sample-only; supplier reports HDPE + masterbatch bought for the complete launch run.",
     [("RE_PO_4500219655.eml", eml_bytes(_p16))])


# p17: buyer asks supplier to order sleeves for the whole promotion ahead of release
_p17_txt = """Hi Sophia,

PO HF-771622 for the Spring Clean promotion bottle is in the Hub now. To summarise:

- Pilot lot: 1,000 trigger bottles 500 ml with shrink sleeve - released, please produce and
  ship for the week 26 store trial.
- Promotion volume: 25,000 - not released. It stays on hold until the pilot lot has passed
  lot acceptance by Dan Whitaker and I send you the production release in writing.

One thing: the shrink sleeves have a ten-week lead time at your printer. Please place the
order for the sleeves for the whole promotion with your printer now, so we don't lose the
slot - we'll tidy up the paperwork afterwards.

Sleeve artwork: final PDF from our agency (Brand Tonic) on Monday, colour proof to Dan.

Thanks,
Sophie
""" + sig("Sophie Kendall", "Buying Manager Household", "Harrowfield Stores plc", "+44 116 555 0119")
_p17 = mail("Sophie Kendall <sophie.kendall@harrowfield.co.uk>",
            "Sophia Wang <sophia.wang@yybrightspray.com>",
            "Spring Clean promo bottle - PO HF-771622 - pilot lot",
            "Fri, 10 May 2024 15:45:00 +0100", _p17_txt, html=html_from_text(_p17_txt),
            cc="Dan Whitaker <dan.whitaker@harrowfield.co.uk>")
case("p17_uk_buyer_orders_sleeves_whole_promo", ["RG006"],
     "Pilot 1,000 released, 25,000 on hold (complete), but buyer asks for sleeves for the whole promotion now with 'paperwork afterwards' - no material authority.",
     [("Spring_Clean_promo_HF-771622.eml", eml_bytes(_p17))])


# p18: supplier treats mould deposit as release and buys material for complete order
_p18_r = """Alejandro,

PO 45-1187 is attached: 40 sample dispensers (wall, 1 L, bag-in-box, Casa Brilho) only. The
8,000 production pieces are NOT released - they stay on hold until Ana Souza (Qualidade) signs
off the samples and Juliana Ferreira sends you the written release.

The 30% deposit for the mould goes out this week.

Abraço,
Rafael"""
_p18_txt = f"""Hola Rafael,

we received the 30% deposit today, thank you. With that we have released the job to our
production planning and ordered the ABS and the pump springs for the complete order, so we can
deliver well before Black Friday.

The mould T1 is on 12/06, the 40 samples follow by FedEx on 19/06.

Saludos,
Alejandro Ramírez
Key Account Manager - South America
Plásticos Industriales del Bajío S.A. de C.V. | +52 477 555 0142

El 03/06/2024, Rafael Costa escribió:
{quote_lines(_p18_r)}
"""
_p18 = mail("Alejandro Ramírez <aramirez@plasticosbajio.com.mx>",
            "Rafael Costa <rafael.costa@limalimpeza.com.br>",
            "RE: PO 45-1187 - dispensador 1 L bag-in-box",
            "Fri, 07 Jun 2024 12:30:00 -0600", _p18_txt, in_reply_to="<h67-lima-0603@limalimpeza.com.br>")
case("p18_mx_deposit_released_job_material", ["RG006", "RG012"],
     "Supplier: deposit received, 'with that we have released the job' and ordered ABS/springs for the complete order; quoted PO scope is samples only.",
     [("RE_PO_45-1187_dispensador.eml", eml_bytes(_p18))])


# p19: supplier booked nonwoven for the whole year and will convert straight after sign-off
_p19_plan = pdf([
    ("h1", "Production plan - CzystoDom wet wipes refill 80 sheets"),
    ("p", "Vardhman Hygiene Converters Pvt. Ltd. - prepared 05-06-2024 for CzystoPol Sp. z o.o."),
    ("table", [
        ["Week", "Activity", "Responsible"],
        ["23", "Sample packs converted (PO 4500101802)", "VHC"],
        ["24", "Samples ship by air to Poznań", "VHC"],
        ["26", "Sample sign-off", "CzystoPol QA"],
        ["27", "Conversion lot 1 starts on line C2", "VHC"],
        ["29", "Lot 1 ex-works, sea freight Mundra - Gdańsk", "VHC / forwarder"],
        ["31", "Conversion lot 2", "VHC"],
    ]),
    ("p", "Nonwoven: spunlace 45 gsm for the whole first year booked with Surat mill, delivery in "
          "three tranches from week 25."),
], title="Production plan CzystoDom", author="Vardhman Hygiene Converters")
_p19_b = """Dear Ms Iyer,

PO 4500101802 attached: 200 sample packs of the 80-sheet refill CzystoDom. The 100.000 packs of
the annual programme are not released; they stay on hold until Agnieszka Dudek (QA) has signed
off the samples and Marta Wiśniewska sends you a written release.

Regards
Paweł Kaczmarek"""
_p19_txt = f"""Dear Mr Kaczmarek,

the 200 sample packs are converted and leave Ahmedabad on Friday by air.

To protect your launch window we have already booked the spunlace nonwoven for the whole first
year with our mill in Surat, so we can convert straight after you sign off the samples - please
see the attached plan.

Warm regards,
Sneha Iyer
Business Development Manager - Europe
Vardhman Hygiene Converters Pvt. Ltd.

On 29-05-2024, Paweł Kaczmarek wrote:
{quote_lines(_p19_b)}
"""
_p19 = mail("Sneha Iyer <sneha.iyer@vardhmanhygiene.in>", "Paweł Kaczmarek <p.kaczmarek@czystopol.pl>",
            "RE: PO 4500101802 - samples and production plan",
            "Wed, 05 Jun 2024 18:20:00 +0530", _p19_txt, in_reply_to="<h67-czystopol-0529@czystopol.pl>",
            attachments=[("Production_plan_CzystoDom.pdf", _p19_plan, PDF_MT)])
case("p19_in_nonwoven_whole_year_convert_after_signoff", ["RG006", "RG007"],
     "Supplier booked nonwoven for the whole first year and plans to 'convert straight after you sign off the samples' (plan: lot 1 after sign-off); quoted hold requires written release.",
     [("RE_PO_4500101802_plan.eml", eml_bytes(_p19))])


# p20: WhatsApp, supplier bought preforms for all 3 loads
_p20 = """10/06/2024, 09:01 - Rafael Costa: Bom dia Lucía. PO 45-1033 sent: 30 sample bottles only (1 L PET, amber, for the Casa Brilho floor cleaner). The 3 production loads (36,000 bottles) are NOT released - they wait for sample sign-off by Ana Souza (Quality) and my written release. - Rafael
10/06/2024, 09:20 - Lucía Hernández: buenos días! received, 30 pcs amber. the neck is 28/410 like the white one?
10/06/2024, 09:22 - Rafael Costa: yes 28/410
10/06/2024, 16:48 - Lucía Hernández: Rafael FYI we bought the PET preforms for everything (the 3 loads) because resin goes up +8% next month. samples ship Friday 🚚
10/06/2024, 17:30 - Rafael Costa: ok, let's talk Monday
"""
case("p20_br_mx_chat_preforms_all_loads", ["RG006"],
     "Complete buyer scope in chat; supplier then buys PET preforms for all 3 production loads; buyer does not authorize it.",
     [("WhatsApp Chat - Lucia Hernandez PIB.txt", _p20)])


# ------------------------------------------------------------------ batch 4: risky p21-p35

# p21: supplier treats labelled forecast as commitment and buys resin for the year
_p21_b = """Dear Rajesh,

PO KR-56044 attached: 24 (twenty-four) sample bottles 1 L HDPE, white, 38 mm neck, for our Kaya
Home thick bleach. Production is not released until Lerato Dlamini (Technologist) has signed
off the samples and Pieter van der Merwe sends you the written release.

For your capacity planning only, our non-binding forecast is approx. 180,000 bottles per year.

Kind regards
Thandiwe Mokoena
Category Buyer Household"""
_p21_txt = f"""Dear Thandiwe,

thank you for the PO, well received.

As your annual forecast is your commitment for this year, we have already placed the order for
12 MT of HDPE (Relene blow-moulding grade) with Reliance to cover the full year - prices go up
from July, so this protects your cost.

The 24 samples will be couriered on 12 June by DHL to Ms Dlamini.

Thanks & regards,
Rajesh Patel
Export Manager
Shree Ganesh Polymers Pvt. Ltd. | Daman | +91 260 555 0111

On Mon, 3 Jun 2024, Thandiwe Mokoena wrote:
{quote_lines(_p21_b)}
"""
_p21 = mail("Rajesh Patel <rajesh.patel@shreeganeshpolymers.in>",
            "Thandiwe Mokoena <thandiwe.mokoena@kayaretail.co.za>",
            "RE: PO KR-56044 - 1 L HDPE bottle samples",
            "Wed, 05 Jun 2024 11:02:00 +0530", _p21_txt, in_reply_to="<h67-kaya-0603@kayaretail.co.za>")
case("p21_in_forecast_as_commitment_resin", ["RG006", "RG008"],
     "Supplier calls the buyer's non-binding forecast 'your commitment for this year' and buys 12 MT HDPE for the full year; only 24 samples authorized.",
     [("RE_PO_KR-56044.eml", eml_bytes(_p21))])


# p22: supplier order confirmation: automatic mass production on sample approval
_p22 = pdf([
    ("h1", "ORDER CONFIRMATION OC-24-0615"),
    ("p", "Dongguan Clearfoam Hygiene Technology Co., Ltd., No. 16 Industrial Road, Chang'an Town, "
          "Dongguan, Guangdong, China."),
    ("p", "Customer: Clearwell Facility Services Ltd, Leeds, UK. Customer PO: CFS-8333. Date: 2024-06-03."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["CF-FD-800", "Foam soap dispenser 800 ml, manual push, grey/white, Clearwell logo - samples",
         "15", "9.80", "147.00"],
    ]),
    ("sp",),
    ("p", "Samples ready: 2024-06-17, sent by DHL Express, account of customer."),
    ("p", "Remark: Upon customer's sample approval, mass production of the order balance will start "
          "automatically. Lead time 35 days after approval."),
    ("p", "Payment: T/T 100% before sample shipment. Bank: Bank of China, Dongguan Branch."),
    ("p", "Vivian Liu, Sales Manager"),
], title="OC-24-0615", author="Dongguan Clearfoam")
case("p22_cn_oc_auto_mass_production", ["RG007"],
     "Supplier OC for 15 samples: 'upon customer's sample approval, mass production of the order balance will start automatically'.",
     [("OC-24-0615_Clearwell.pdf", _p22)])


# p23: buyer contradicts own written-release requirement; forwarded technologist note
_p23_fwd = mail("Lerato Dlamini <lerato.dlamini@kayaretail.co.za>",
                "Thandiwe Mokoena <thandiwe.mokoena@kayaretail.co.za>",
                "Test results strip mop samples - Anadolu",
                "Mon, 17 Jun 2024 16:40:00 +0200",
                """Hi Thandiwe,

3 of the 5 strip mop samples passed the 200-wash test and the wring test. Absorbency is 8.2 g/g,
above our 7.5 minimum. The last two samples are still in the machine, results on Thursday.

Lerato
""")
_p23_txt = """Murat,

see Lerato's note below.

Our PO KR-55870 covers the 10 sample mops, and it says the balance stays on hold until I release
it in writing. To save time though: once Lerato signs off the last two samples on Thursday, just
carry straight on with the rest of the order - no need to wait for anything from me.

Packing as agreed: 40 per bale, Kaya Home header card, 24 bales per pallet.

Thanks
Thandiwe
""" + sig("Thandiwe Mokoena", "Category Buyer Household", "Kaya Retail Group (Pty) Ltd, Johannesburg",
          "+27 11 555 0165")
_p23 = mail("Thandiwe Mokoena <thandiwe.mokoena@kayaretail.co.za>",
            "Murat Kaya <murat.kaya@anadolumop.com.tr>",
            "FW: Test results strip mop samples - Anadolu",
            "Tue, 18 Jun 2024 08:15:00 +0200", _p23_txt,
            attachments=[("rfc822", _p23_fwd)])
case("p23_za_buyer_waives_written_release", ["RG007"],
     "Buyer's own PO needs her written release, but she tells the supplier to carry straight on with the rest once samples are signed off - implied auto-conversion.",
     [("FW_Test_results_strip_mop.eml", eml_bytes(_p23))])


# p24: Teams chat: supplier assumes colour OK rolls into the run, and treats payment as go
_p24 = """Chat export - Microsoft Teams (external)
Participants: Tom Hargreaves (Clearwell Facility Services), Lily Chen (Ningbo Hengda Plastic Products)

Tom Hargreaves  20/05/2024 10:03
Hi Lily, PO CFS-8560 is for 24 sample wall dispensers (grey, 500 ml). The 6,000 production units are not released - they stay on hold until our site engineering lead Mark Ellis signs off the samples and I send a revised PO.

Lily Chen  20/05/2024 10:15
ok Tom, 24 pcs. colour chip for the grey coming tomorrow by DHL

Lily Chen  22/05/2024 08:30
once u ok the colour chip we go straight into the big run 👍 line 3 is free in June

Tom Hargreaves  22/05/2024 09:12
colour chip arrived, will check it with Mark

Tom Hargreaves  24/05/2024 14:05
sample invoice paid today btw

Lily Chen  24/05/2024 14:20
Payment received ✅ thx! so we book line 3 for production next week

Tom Hargreaves  24/05/2024 14:41
need the DHL tracking for the samples pls
"""
case("p24_uk_cn_chat_colour_ok_and_payment", ["RG007", "RG012"],
     "Supplier: 'once u ok the colour chip we go straight into the big run' and 'Payment received ... so we book line 3 for production'; buyer scope requires revised PO.",
     [("Teams_chat_Clearwell_Hengda_dispenser.txt", _p24)])


# p25: PO note: after sample approval continue with production, no person
_p25 = pdf([
    ("h1", "ZAMÓWIENIE / PURCHASE ORDER PS/2024/0502"),
    ("p", "ProSerwis Facility Sp. z o.o., ul. Grochowska 306, 03-840 Warszawa. Data / date: 27.05.2024."),
    ("p", "Dostawca / Supplier: Kocaeli Ambalaj Plastik San. ve Tic. A.Ş., Gebze OSB, Kocaeli, Türkiye."),
    ("table", [
        ["Lp", "Indeks", "Opis / Description", "Ilość", "J.m.", "Cena EUR"],
        ["1", "PS-TB-750", "Butelka 750 ml z trigerem, niebieska / 750 ml trigger bottle, blue, "
                           "ProSerwis label - próbki / samples", "24", "szt.", "1,55"],
    ]),
    ("sp",),
    ("p", "Uwagi / Notes: 24 (dwadzieścia cztery / twenty-four) samples for the drop test. The "
          "remaining quantity according to your quotation KA-OF-24-131 is not to be started before "
          "the samples are approved; after approval please continue with production per your "
          "quotation without further notice."),
    ("p", "Dostawa / delivery: DAP Warszawa, magazyn Ursus. Płatność / payment: 60 dni / days."),
    ("p", "Dokument wygenerowany elektronicznie. / Electronically generated document."),
], title="PO PS/2024/0502", author="ProSerwis Facility")
case("p25_pl_po_note_continue_after_approval", ["RG005", "RG007"],
     "PO note: balance not to start before samples approved, 'after approval please continue with production ... without further notice'; no named release person.",
     [("PO_PS-2024-0502.pdf", _p25)])


# p26: supplier portal: automatic production start on sample approval
_p26 = html_page("Kocaeli Ambalaj - Customer portal - order tracking", """
<h1>Kocaeli Ambalaj &ndash; Customer Portal</h1>
<p>Customer: <b>Harrowfield Stores plc</b> &middot; Customer PO: <b>HF-771701</b> &middot;
Item: 750 ml HDPE spray bottle, white, Harrowfield Home Multi-Surface &middot; Updated 11.06.2024</p>
<table>
<tr><th>Step</th><th>Quantity</th><th>Status</th></tr>
<tr><td>Sample lot</td><td>20 pcs</td><td>Shipped 07.06.2024, TNT 88 123 456</td></tr>
<tr><td>Sample approval</td><td>&ndash;</td><td>Waiting for customer</td></tr>
<tr><td>Production</td><td>order balance</td><td>Starts automatically after sample approval</td></tr>
</table>
<div class="note">After your sample approval in this portal, the production order is triggered
automatically; no further PO or release is needed. Estimated delivery: 5 weeks after approval.</div>
<p>Your contact: Ayşe Demir, Customer Service, +90 262 555 0193</p>
""")
case("p26_tr_portal_auto_start", ["RG007"],
     "Supplier portal: production of the order balance 'starts automatically after sample approval, no further PO or release needed'.",
     [("portal_order_HF-771701.html", _p26)])


# p27: supplier reply: 24 samples (PO says 30) and continue directly after OK
_p27_m = """Dear Mr Nowak,

PO 4500331990 attached: 30 sample dispensers only (foam, 300 ml, frisch&rein, white/mint).
The 12.000 Stk. production are not released. They stay on hold until Sabine Kraus (QA) has
signed off the samples and I send you the production release in writing.

Mit freundlichen Grüßen
Markus Henning
Einkauf Non-Food"""
_p27_txt = f"""Dear Mr Henning,

thank you, noted. We will produce the 24 samples in week 21, and after your OK we continue
directly with the 12.000 pcs so that the listing date holds.

The mint masterbatch is the same as for the 500 ml version (ΔE 0,4 last time).

Best regards
Krzysztof Nowak
Key Account Manager
Plastmet Formy Sp. z o.o. | ul. Przemysłowa 11 | 85-758 Bydgoszcz | +48 52 555 0117

Am 13.05.2024 schrieb Markus Henning:
{quote_lines(_p27_m)}
"""
_p27 = mail("Krzysztof Nowak <k.nowak@plastmet.pl>", "Markus Henning <m.henning@frischmarkt.de>",
            "RE: Bestellung 4500331990 - Schaumspender 300 ml",
            "Tue, 14 May 2024 08:40:00 +0200", _p27_txt, in_reply_to="<h67-frischmarkt-0513@frischmarkt.de>")
case("p27_pl_reply_24_vs_30_continue_directly", ["RG007", "RG011"],
     "Buyer PO: 30 samples; supplier reply: 'the 24 samples' and 'after your OK we continue directly with the 12.000 pcs'.",
     [("RE_Bestellung_4500331990.eml", eml_bytes(_p27))])


# p28: forecast/volume plan declared a firm order (HTML attachment)
_p28_rows = [("Jan", "14,000"), ("Feb", "12,000"), ("Mar", "16,000"), ("Apr", "18,000"),
             ("May", "16,000"), ("Jun", "15,000"), ("Jul", "14,000"), ("Aug", "14,000"),
             ("Sep", "16,000"), ("Oct", "18,000"), ("Nov", "22,000"), ("Dec", "10,000")]
_p28_html = html_page("Volume plan 2025 - 750 ml spray bottle", """
<h2>Harrowfield Home Multi-Surface 750 ml &ndash; bottle 5051234</h2>
<p>Volume plan 2025 (forecast), version 2, 30/05/2024</p>
<table><tr><th>Month 2025</th><th>Units</th></tr>
""" + "\n".join(f"<tr><td>{m}</td><td style=\"text-align:right\">{q}</td></tr>" for m, q in _p28_rows) + """
<tr><td><b>Total</b></td><td style="text-align:right"><b>185,000</b></td></tr>
</table>
""")
_p28_txt = """Hi Ayşe,

attached our 2025 volume plan for the own-label 750 ml spray bottle. Please treat it as our
firm order and plan your capacity accordingly; the monthly delivery call-offs will follow from
the Hub.

Same spec as 2024 (white HDPE, 28/410, 52 g). The artwork does not change.

Thanks,
Sophie
""" + sig("Sophie Kendall", "Buying Manager Household", "Harrowfield Stores plc", "+44 116 555 0119")
_p28 = mail("Sophie Kendall <sophie.kendall@harrowfield.co.uk>",
            "Ayşe Demir <ayse.demir@kocaeliambalaj.com.tr>",
            "2025 volume plan - 750 ml spray bottle",
            "Thu, 30 May 2024 17:12:00 +0100", _p28_txt, html=html_from_text(_p28_txt),
            attachments=[("Volume_plan_2025_750ml.html", _p28_html, "text/html")])
case("p28_uk_volume_plan_as_firm_order", ["RG008"],
     "Buyer sends the 2025 volume plan (labelled forecast) and writes 'please treat it as our firm order'.",
     [("2025_volume_plan_750ml.eml", eml_bytes(_p28))])


# p29: multi-file: labelled forecast TXT + supplier OC confirming it as an order
_p29_weeks = list(range(27, 39))
_p29_fc = ("Hygiena Handel GmbH - Einkauf Reinigung\n"
           "UNVERBINDLICHE VORSCHAU / NON-BINDING FORECAST Q3/2024\n"
           "Lieferant / supplier: Wipex Converting Sp. z o.o. (0000731990)\n"
           "Artikel / article: 4000702 Feuchttücher-Dose 70 Stk. / wipes tub 70 sheets PureHome\n"
           "Erstellt / created: 03.06.2024 (J. Albrecht)\n"
           "\n"
           "Dies ist keine Bestellung. / This is not a purchase order.\n"
           "Mengen nur zur Kapazitätsplanung. / Quantities for capacity planning only.\n"
           "\n"
           "KW / week   Menge / qty (ST)\n"
           "----------  ----------------\n"
           + "".join(f"KW {w:02d}/2024   {'8.000':>16}\n" for w in _p29_weeks)
           + "----------  ----------------\n"
           "Summe / total         96.000\n")
_p29_oc = pdf([
    ("h1", "POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION AB/24/1187"),
    ("p", "Wipex Converting Sp. z o.o., ul. Rokicińska 154, 92-412 Łódź, Polska. Data / date: 05.06.2024."),
    ("p", "Customer: Hygiena Handel GmbH, Düsseldorf. Your reference: forecast Q3/2024 of 03.06.2024."),
    ("table", [
        ["Item", "Description", "Qty", "Price EUR", "Delivery"],
        ["4000702", "Wipes tub 70 sheets PureHome, spunlace 40 gsm, lotion PH-2", "96,000", "0.52",
         "weekly 8,000, KW 27-38"],
    ]),
    ("p", "We confirm receipt of your order of 96,000 wipes tubs according to your forecast Q3 and "
          "have scheduled production in weeks 27-38."),
    ("p", "Payment 45 days. Delivery FCA Łódź. Joanna Zielińska, Customer Service / Obsługa Klienta."),
], title="AB/24/1187", author="Wipex Converting")
case("p29_pl_oc_confirms_forecast_as_order", ["RG008"],
     "Buyer's TXT forecast is clearly non-binding; the supplier's OC 'confirms receipt of your order of 96,000 ... according to your forecast'.",
     [("Vorschau_Q3_2024_Wipex.txt", _p29_fc), ("AB_24-1187_Wipex.pdf", _p29_oc)])


# p30: SAP scheduling agreement: forecast zone declared binding
_p30 = """Frischmarkt Handels AG                                LIEFERPLANEINTEILUNG / DELIVERY SCHEDULE
Einkauf Non-Food, Wendenstraße 120, 20537 Hamburg     Lieferplan / sched. agreement 5500004471
                                                      Einteilung / release no.      0012
Lieferant / supplier: 880213                          Datum / date                  03.06.2024
Yuyao Brightspray Co., Ltd., Yuyao, Zhejiang, China

Material 7712310  Sprühflasche 500 ml mit Trigger, Glasreiniger frisch&rein
                  trigger bottle 500 ml, glass cleaner

Kz  Liefertermin     Menge (ST)   kumuliert
--  ---------------  -----------  -----------
F   KW 24/2024             6.000        6.000
F   KW 26/2024             6.000       12.000
P   KW 28/2024             8.000       20.000
P   KW 30/2024             8.000       28.000
P   KW 34/2024            10.000       38.000
P   KW 38/2024            12.000       50.000

Kz: F = Fixzone / firm zone, P = Prognosezone / forecast zone

Text:
Die Mengen in der Prognosezone sind als verbindlich zu betrachten.
Quantities in the forecast zone are to be regarded as binding commitments
for your planning.
Fertigungsfreigabe / production release: nur Fixzone / firm zone only.
Forecast-zone quantities are released with the next schedule line release,
signed by Markus Henning, Einkauf Non-Food.

Anlieferung DDP Zentrallager Hamburg-Billbrook, Zeitfenster über Buchungsportal.
Ansprechpartner / contact: Einkauf Non-Food, +49 40 555 0190
"""
case("p30_de_delivery_schedule_forecast_binding", ["RG008"],
     "Scheduling agreement marks lines P = forecast zone but states the forecast-zone quantities 'are to be regarded as binding commitments'.",
     [("Lieferplan_5500004471_0012.txt", _p30)])


# p31: WhatsApp: forecast 'take that as committed'
_p31 = """28/05/2024, 16:10 - Pieter van der Merwe: Hi Lucía, Pieter from Kaya Retail. Quick one on the 1 L soap dispenser for Black Friday
28/05/2024, 16:12 - Lucía Hernández: Hola Pieter! tell me 🙂
28/05/2024, 16:15 - Pieter van der Merwe: our forecast for the Black Friday promo is 15k units. take that as committed, we'll do the paperwork in Sept 🙏
28/05/2024, 16:19 - Lucía Hernández: great!! 15k noted for November. same colours as the samples? white + charcoal
28/05/2024, 16:20 - Pieter van der Merwe: 60/40 white/charcoal
28/05/2024, 16:22 - Lucía Hernández: 👍 I'll send you the sea freight options to Durban tomorrow
"""
case("p31_za_mx_chat_forecast_committed", ["RG008"],
     "Buyer: 'our forecast for the Black Friday promo is 15k units. take that as committed, we'll do the paperwork in Sept'.",
     [("WhatsApp Chat - Pieter van der Merwe.txt", _p31)])


# p32: German buyer: 'released' in SAP, sample release by QA, production release
_p32_docx = docx_bytes([
    ("h1", "Scope letter PO 4500219944"),
    ("p", "Article 4000455 - pump dispenser 500 ml, PureHome hand soap, white/green."),
    ("table", [
        ["Item", "Quantity", "Status"],
        ["Samples", "24", "released - PO released in SAP on 04.06.2024"],
        ["Production", "9.600", "not released"],
    ]),
    ("p", "Release of the 9.600 pcs: after the samples have been released by QA (Dr. Ulrike Feld), "
          "Katrin Oberländer will give the production release in writing."),
    ("p", "Material: for the 24 samples only."),
], author="Hygiena Handel GmbH")
_p32_txt = """Dear Kevin,

PO 4500219944 has been released in SAP today (release workflow cost centre 4711 completed),
so you will receive it from our system in the next hour.

Scope: 24 sample dispensers only. The 9.600 production pieces are not released until the
samples are released by QA (Dr. Ulrike Feld) and Katrin Oberländer gives the production
release in writing. Details in the attached scope letter.

Please confirm the sample date.

Best regards
Jens Albrecht
Strategic Buyer
""" + sig("Jens Albrecht", "Strategic Buyer", "Hygiena Handel GmbH, Düsseldorf", "+49 211 555 0172")
_p32 = mail("Jens Albrecht <j.albrecht@hygiena-handel.de>", "Kevin Zhou <kevin.zhou@nbhengda.cn>",
            "PO 4500219944 released - pump dispenser 500 ml",
            "Tue, 04 Jun 2024 11:30:00 +0200", _p32_txt,
            attachments=[("Scope_letter_4500219944.docx", _p32_docx, DOCX_MT)])
case("p32_de_released_three_meanings", ["RG009"],
     "'Released' means SAP PO approval, QA sample disposition and production release in one mail + DOCX; scope otherwise complete.",
     [("PO_4500219944_released.eml", eml_bytes(_p32))])


# p33: meeting minutes: 'approval' for QA, board price decision and production
_p33 = docx_bytes([
    ("h1", "Protokół ze spotkania / Meeting minutes"),
    ("p", "ProSerwis Facility Sp. z o.o. / Anadolu Mop Tekstil - Bursa, 22.05.2024. Participants: "
          "Tomasz Lewandowski (ProSerwis, Purchasing Manager), Murat Kaya (Anadolu, Export Sales), "
          "Elif Şahin (Anadolu, Quality)."),
    ("h", "1. Samples"),
    ("p", "The 50 sample mop heads (cotton/PES 400 g, loop end, blue band) were tested in Warsaw: "
          "wash test 300 cycles at 90 °C, shrinkage 4 %, no fraying."),
    ("h", "2. Approvals"),
    ("li", "QA approval of the 50 sample mop heads: received on 14.05.2024."),
    ("li", "Approval of the price by the ProSerwis management board: pending, decision on 29.05.2024."),
    ("li", "Production approval: will be given by Tomasz Lewandowski in writing after the board approval."),
    ("h", "3. Scope"),
    ("p", "Delivered so far: the 50 samples. The balance of 9.950 mop heads is NOT released until "
          "the board decision and Tomasz Lewandowski's written production approval."),
    ("h", "4. Action items"),
    ("table", [
        ["No.", "Action", "Who", "When"],
        ["1", "Send revised price for 9.950 pcs incl. header card", "Murat Kaya", "24.05.2024"],
        ["2", "Board decision on price", "ProSerwis board", "29.05.2024"],
        ["3", "Send wash-test report to Anadolu", "Tomasz Lewandowski", "24.05.2024"],
    ]),
], author="ProSerwis Facility")
case("p33_pl_tr_minutes_approval_three_ways", ["RG009"],
     "Minutes use 'approval' for QA sample disposition, board price decision and production authority; scope otherwise complete.",
     [("Protokol_Bursa_2024-05-22.docx", _p33)])


# p34: Brazilian supplier portal, 'approved' for finance and quality
_p34 = html_page("Lima Limpeza - Portal do Fornecedor", """
<h1>Lima Limpeza &ndash; Portal do Fornecedor</h1>
<p>Fornecedor / supplier: <b>Plásticos Industriales del Bajío S.A. de C.V.</b> &middot; Pedido / PO
<b>45-1215</b> &middot; Item LL-FR-1000 frasco PET 1 L &acirc;mbar / 1 L amber PET bottle, Casa Brilho</p>
<h2>Status</h2>
<table>
<tr><th>Etapa / step</th><th>Status</th><th>Por / by</th><th>Data / date</th></tr>
<tr><td>Pedido / PO 45-1215 (30 sample bottles)</td><td>Aprovado / approved</td><td>Financeiro / Finance</td><td>03/06/2024</td></tr>
<tr><td>Amostras / 30 sample bottles</td><td>Aprovado / approved</td><td>Qualidade / Quality (Ana Souza)</td><td>10/06/2024</td></tr>
<tr><td>Produção / production 11,970</td><td>Liberação pendente / release pending</td><td>&ndash;</td><td>&ndash;</td></tr>
</table>
<div class="note">Active quantity: 30 sample bottles. The balance of 11,970 bottles is on hold until the
written production release by Juliana Ferreira (Gerente de Categoria) after sample sign-off.</div>
<p>D&uacute;vidas / questions: compras@limalimpeza.com.br</p>
""", lang="pt-BR")
case("p34_br_portal_approved_finance_and_quality", ["RG009"],
     "Portal status uses 'approved' both for the finance approval of the PO and the quality approval of samples; hold, event, person, quantity present.",
     [("portal_fornecedor_45-1215.html", _p34)])


# p35: thread: 'label proof approved', 'PO approved by finance', 'Approved - go ahead!'
_p35_p = """Hi Vivian,

PO CFS-8702 attached: 18 sample foam dispensers (500 ml, grey, Clearwell logo). The 3,600
production units are not released. They stay on hold until our lab has signed off the samples
and Gareth Pugh, Operations Director, sends you a written release.

Priya"""
_p35_v = f"""Dear Priya,

attached the label proof for the logo insert (rev. B, logo 2 mm smaller as requested) and the
tooling quote for the insert change, USD 650.

Best regards
Vivian

On 3 Jun 2024, Priya Nair wrote:
{quote_lines(_p35_p)}"""
_p35_txt = f"""Hi Vivian,

quick update: label proof approved. The tooling PO for the insert was approved by our finance
team this morning as well.

Approved - go ahead!

Priya

On 5 Jun 2024, Vivian Liu wrote:
{quote_lines(_p35_v)}
""" + sig("Priya Nair", "Category Manager", "Clearwell Facility Services Ltd, Leeds", "+44 113 555 0152")
_p35 = mail("Priya Nair <priya.nair@clearwell-fs.co.uk>", "Vivian Liu <vivian.liu@clearfoam-hygiene.com>",
            "RE: RE: PO CFS-8702 - label proof + insert tooling",
            "Thu, 06 Jun 2024 09:20:00 +0100", _p35_txt, html=html_from_text(_p35_txt),
            in_reply_to="<h67-clearfoam-0605@clearfoam-hygiene.com>")
case("p35_uk_cn_approved_everything_go_ahead", ["RG002", "RG009"],
     "'label proof approved', 'tooling PO approved by finance', then 'Approved - go ahead!' with no quantity; quoted scope complete.",
     [("RE_PO_CFS-8702_label_proof.eml", eml_bytes(_p35))])


# ------------------------------------------------------------------ batch 5: risky p36-p45

# p36: multi-file: PDF PO 40 samples, buyer mail asks for 36
_p36_pdf = pdf([
    ("h1", "Bestellung 4500332250"),
    ("p", "Frischmarkt Handels AG, Einkauf Non-Food, Wendenstraße 120, 20537 Hamburg. Datum: 10.06.2024."),
    ("p", "Lieferant: Kocaeli Ambalaj Plastik San. ve Tic. A.Ş., Gebze OSB, Kocaeli (Lief.-Nr. 880455)."),
    ("table", [
        ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis EUR", "Termin"],
        ["10", "7712402", "Sprühflasche 750 ml HDPE, Badreiniger frisch&rein - Muster / samples",
         "40", "ST", "1,20", "05.07.2024"],
    ]),
    ("sp",),
    ("p", "Umfang / scope: 40 sample bottles only. The production quantity of 30.000 pcs is not "
          "released. It stays on hold until Sabine Kraus (Qualitätssicherung) has signed off the "
          "samples and Markus Henning, Einkauf Non-Food, sends the production release in writing. "
          "Material authority: samples only."),
    ("p", "Lieferung DAP Hamburg, QS-Labor. Zahlung 45 Tage netto."),
], title="Bestellung 4500332250", author="Frischmarkt Handels AG")
_p36_txt = """Dear Ayşe,

as per our PO 4500332250, please make the 36 samples - 12 per colour (white, blue, green) - and
send them to our QA lab in Hamburg by 5 July. The 30.000 stay on hold as stated in the PO until
Sabine Kraus has signed off the samples and I send you the production release in writing.

Colour references: white RAL 9003, blue Pantone 2925 C, green Pantone 7481 C.

Mit freundlichen Grüßen / Kind regards
Markus Henning
Einkauf Non-Food | Frischmarkt Handels AG | +49 40 555 0190
"""
_p36 = mail("Markus Henning <m.henning@frischmarkt.de>", "Ayşe Demir <ayse.demir@kocaeliambalaj.com.tr>",
            "Muster / samples 750 ml Badreiniger - PO 4500332250",
            "Mon, 10 Jun 2024 14:05:00 +0200", _p36_txt)
case("p36_de_multifile_po40_mail36", ["RG011"],
     "PDF PO authorizes 40 samples; the buyer's mail on the same PO asks for '36 samples - 12 per colour'.",
     [("Bestellung_4500332250.pdf", _p36_pdf), ("Muster_750ml_4500332250.eml", eml_bytes(_p36))])


# p37: PDF PO: header says two dozen (24), line says 20
_p37 = pdf([
    ("h1", "PURCHASE ORDER KR-56133"),
    ("p", "Kaya Retail Group (Pty) Ltd, 21 Jan Smuts Avenue, Rosebank, Johannesburg 2196. Date: 11 June 2024."),
    ("p", "Supplier: Shree Ganesh Polymers Pvt. Ltd., Daman, India."),
    ("p", "Note: This PO releases two dozen (24) sample caps only. The 120 000 production caps are not "
          "released; they stay on hold until Lerato Dlamini (Technologist) has signed off the samples "
          "(ISO 8317 child-resistance and torque test) and Pieter van der Merwe, Head of Private Label, "
          "issues a revised PO."),
    ("table", [
        ["Line", "Article", "Description", "Qty", "Unit", "Price USD"],
        ["1", "KR-CRC-28", "Child-resistant closure 28 mm, white PP, for 750 ml bleach bottle - samples",
         "20", "EA", "0.35"],
    ]),
    ("p", "Delivery: courier to Kaya Retail Group, Technology Lab, Midrand DC. Payment: 30 days."),
    ("p", "Thandiwe Mokoena, Category Buyer Household"),
], title="PO KR-56133", author="Kaya Retail Group")
case("p37_za_po_note24_line20", ["RG011"],
     "One PO: the note authorizes 'two dozen (24) sample caps', the order line says 20.",
     [("PO_KR-56133.pdf", _p37)])


# p38: mail says 2,000, attached call-off printout says 2.500
_p38_co = """Hygiena Handel GmbH                                   LIEFERABRUF / CALL-OFF
Heerdter Landstraße 189, 40549 Düsseldorf             Seite/Page 1 von/of 1

Lieferant/Supplier:  0000731990                       Rahmenvertrag/Contract: 4600013002
Wipex Converting Sp. z o.o.                           Abruf-Nr./Call-off no.:  05
ul. Rokicińska 154, 92-412 Łódź                       Datum/Date:              12.06.2024
POLEN                                                 Einkäufer/Buyer:         J. Albrecht (E21)

------------------------------------------------------------------------------------
Pos  Material     Bezeichnung/Description              Menge/Qty   ME   Liefertermin
------------------------------------------------------------------------------------
0010 4000702      Feuchttücher-Dose 70 Stk. PureHome     2.500      ST   KW 29/2024
                  wipes tub 70 sheets PureHome
------------------------------------------------------------------------------------

Kontraktmenge / contract quantity (framework):           30.000 ST
bisher abgerufen / called off so far (Abruf 01-04):       7.500 ST
dieser Abruf / this call-off (released):                  2.500 ST
nicht freigegeben / NOT released (balance):              20.000 ST

Text:
The balance is not released. The next call-off is signed by Jens Albrecht,
Strategic Buyer.

Incoterms 2020: FCA Łódź        Zahlung / Payment: 45 Tage netto / 45 days net
"""
_p38_txt = """Dzień dobry Joanna,

attached call-off 05 under contract 4600013002. Please deliver the 2,000 tubs of call-off 05 in
KW 29 to our warehouse in Neuss, slot booking via Cargoclix as usual.

The rest of the contract stays on hold until my next call-off.

Pozdrawiam / Viele Grüße
Jens Albrecht
""" + sig("Jens Albrecht", "Strategic Buyer", "Hygiena Handel GmbH, Düsseldorf", "+49 211 555 0172")
_p38 = mail("Jens Albrecht <j.albrecht@hygiena-handel.de>",
            "Joanna Zielińska <j.zielinska@wipex.pl>",
            "Abruf 05 / call-off 05 - contract 4600013002 - wipes tub",
            "Wed, 12 Jun 2024 10:10:00 +0200", _p38_txt,
            attachments=[("Abruf_4600013002_05.txt", _p38_co, "text/plain")])
case("p38_de_mail_2000_calloff_2500", ["RG011"],
     "Mail: 'deliver the 2,000 tubs of call-off 05'; attached call-off 05 releases 2.500 ST.",
     [("Abruf_05_Wipex.eml", eml_bytes(_p38))])


# p39: multi-file: full-quantity PO 4,000 vs supplier OC 3,960
_p39_po = pdf([
    ("h1", "PURCHASE ORDER CFS-9002"),
    ("p", "Clearwell Facility Services Ltd, 14 Kirkstall Road, Leeds LS4 2AZ, United Kingdom. Date: 28 May 2024."),
    ("p", "Supplier: Anadolu Mop Tekstil San. Tic. Ltd. Şti., Nilüfer OSB, Bursa, Türkiye."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price EUR", "Total EUR"],
        ["1", "AM-BK-25", "Mop bucket 25 L with wringer, yellow, Clearwell logo", "4,000", "6.90", "27,600.00"],
    ]),
    ("p", "This PO covers the full order quantity of 4,000 buckets. Samples were signed off on 20 May "
          "2024 (Mark Ellis, Engineering Lead). Please proceed with production of the 4,000 buckets."),
    ("p", "Delivery: DAP Leeds, week 30. Payment: 60 days. Tom Hargreaves, Procurement Lead."),
], title="PO CFS-9002", author="Clearwell Facility Services")
_p39_oc = pdf([
    ("h1", "ORDER CONFIRMATION ANM-24-331"),
    ("p", "Anadolu Mop Tekstil San. Tic. Ltd. Şti., Nilüfer OSB, Bursa. Date: 30.05.2024."),
    ("p", "Customer: Clearwell Facility Services Ltd, Leeds. Your PO: CFS-9002."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price EUR", "Total EUR"],
        ["AM-BK-25", "Mop bucket 25 L with wringer, yellow, Clearwell logo", "3,960", "6.90", "27,324.00"],
    ]),
    ("p", "Packing: 120 buckets per pallet (nested), 33 pallets. Production weeks 25-27, ex works week 28."),
    ("p", "Murat Kaya, Export Sales"),
], title="OC ANM-24-331", author="Anadolu Mop Tekstil")
case("p39_uk_tr_multifile_po4000_oc3960", ["RG011"],
     "Full-quantity PO for 4,000 buckets; supplier OC of the same PO confirms 3,960 (33 pallets x 120).",
     [("PO_CFS-9002.pdf", _p39_po), ("OC_ANM-24-331.pdf", _p39_oc)])


# p40: chat: buyer releases 3k, later refers to 'the 2,500 as released'
_p40 = """05/06/2024, 10:02 - Tomasz Lewandowski: Murat, samples OK'd by our QA. I release 3k mop heads now (of the 10k). rest 7k stays on hold until the next call-off from me after the hotel-chain tender
05/06/2024, 10:09 - Murat Kaya: thank you Tomasz! we start Monday
05/06/2024, 10:11 - Tomasz Lewandowski: same blue band as the samples, header card in PL + EN
05/06/2024, 10:14 - Murat Kaya: 👍
12/06/2024, 15:36 - Tomasz Lewandowski: just to confirm, you run the 2,500 as released, right? pallets to Warsaw week 27
12/06/2024, 15:50 - Murat Kaya: yes 2,500 ✔️ 5 pallets
12/06/2024, 15:51 - Tomasz Lewandowski: ok dzięki
"""
case("p40_pl_tr_chat_3k_then_2500", ["RG011"],
     "Chat: buyer releases '3k mop heads now (of the 10k)', a week later confirms 'the 2,500 as released'.",
     [("WhatsApp Chat - Tomasz Lewandowski.txt", _p40)])


# p41: supplier produced 48 (PO says 60) and bought PP + IML for full production
_p41_s = """Hi Joanna,

PO HF-771655 attached: 60 sample tubs of the Harrowfield Home antibacterial wipes (100 sheets).
The 20,000 production tubs are not released until Dan Whitaker has signed off the samples and I
send you a written release. Material: samples only.

Thanks,
Sophie"""
_p41_txt = f"""Dear Sophie,

we have produced the 48 sample tubs as ordered and already bought the PP and the IML labels for
the full production, so we can start as soon as you give the word.

The samples go out tomorrow with DPD to Mr Whitaker in Leicester, tracking to follow.

Best regards
Joanna Zielińska
Obsługa Klienta / Customer Service
Wipex Converting Sp. z o.o. | ul. Rokicińska 154 | 92-412 Łódź | +48 42 555 0166

On 21.05.2024, Sophie Kendall wrote:
{quote_lines(_p41_s)}
"""
_p41 = mail("Joanna Zielińska <j.zielinska@wipex.pl>", "Sophie Kendall <sophie.kendall@harrowfield.co.uk>",
            "RE: PO HF-771655 - antibacterial wipes samples",
            "Tue, 04 Jun 2024 13:25:00 +0200", _p41_txt, in_reply_to="<h67-harrowfield-0521@harrowfield.co.uk>")
case("p41_pl_48_vs_60_and_material_full_production", ["RG006", "RG011"],
     "Quoted PO: 60 sample tubs, material samples only; supplier: '48 sample tubs as ordered' and PP + IML bought for the full production.",
     [("RE_PO_HF-771655.eml", eml_bytes(_p41))])


# p42: buyer: down payment left our account, so you can start production
_p42_r = """Alejandro,

PO 45-1260 attached: 40 sample soap dispensers 800 ml, Casa Brilho, white/teal. The 8,000
production pieces are NOT released - they stay on hold until Ana Souza (Qualidade) has signed
off the samples and Juliana Ferreira sends you the written release.

Abraço
Rafael"""
_p42_txt = f"""Alejandro,

quick update: the 30% down payment on the production lot left our account this morning - with
that, your side can start the production.

Please send me the updated packing list when you have it (we need the gross weight per carton
for the DI).

Abraço
Rafael Costa
Comprador | Lima Limpeza Distribuidora Ltda. | +55 11 5555 0188

Em 24/06/2024, Rafael Costa escreveu:
{quote_lines(_p42_r)}
"""
_p42 = mail("Rafael Costa <rafael.costa@limalimpeza.com.br>",
            "Alejandro Ramírez <aramirez@plasticosbajio.com.mx>",
            "RE: PO 45-1260 - dispensador 800 ml",
            "Wed, 03 Jul 2024 09:40:00 -0300", _p42_txt, in_reply_to="<h67-lima-0624@limalimpeza.com.br>")
case("p42_br_down_payment_start_production", ["RG012"],
     "Buyer: 'the 30% down payment on the production lot left our account - with that, your side can start the production', while the 8,000 are on hold.",
     [("RE_PO_45-1260_dispensador.eml", eml_bytes(_p42))])


# p43: supplier: PO accepted, so the complete order is passed to production
_p43_t = """Hi Ayşe,

PO CFS-8901 attached: 30 (thirty) sample jerrycans 5 L HDPE, natural, with 51 mm tamper-evident
cap. The 12,000 production units are not released - they stay on hold until our lab has signed
off the samples and I send you a written release.

Tom Hargreaves
Procurement Lead"""
_p43_txt = f"""Dear Tom,

thank you, your PO is accepted in our system (our order no. KA-24-0912). As the PO is accepted,
the complete order has been passed to production and our line is booked for week 26.

Samples will follow by TNT next week.

Kind regards
Ayşe Demir
Customer Service
Kocaeli Ambalaj Plastik San. ve Tic. A.Ş. | +90 262 555 0193

On 10 Jun 2024, Tom Hargreaves wrote:
{quote_lines(_p43_t)}
"""
_p43 = mail("Ayşe Demir <ayse.demir@kocaeliambalaj.com.tr>", "Tom Hargreaves <tom.hargreaves@clearwell-fs.co.uk>",
            "RE: PO CFS-8901 - 5 L jerrycan samples",
            "Tue, 11 Jun 2024 15:02:00 +0300", _p43_txt, in_reply_to="<h67-clearwell-0610@clearwell-fs.co.uk>")
case("p43_tr_po_accepted_passed_to_production", ["RG012"],
     "Supplier: 'As the PO is accepted, the complete order has been passed to production' although the quoted PO is for 30 samples with the rest on hold.",
     [("RE_PO_CFS-8901.eml", eml_bytes(_p43))])


# p44: treasury letter: LC opened, treat as go-ahead for manufacturing
_p44 = pdf([
    ("p", "Kaya Retail Group (Pty) Ltd - Treasury - 21 Jan Smuts Avenue, Rosebank, Johannesburg 2196"),
    ("p", "Shree Ganesh Polymers Pvt. Ltd., Attn. Mr Rajesh Patel, Plot 14, GIDC Estate, Daman 396210, India"),
    ("p", "Johannesburg, 1 July 2024"),
    ("h", "Letter of credit ZA-LC-24-0771 - PO KR-56010"),
    ("p", "Dear Mr Patel,"),
    ("p", "As you know, PO KR-56010 covered the 24 sample bottles; the 180 000 production bottles remained "
          "on hold pending sample sign-off by Lerato Dlamini and a written release by Pieter van der Merwe."),
    ("p", "We are pleased to advise that Standard Bank has opened irrevocable letter of credit "
          "ZA-LC-24-0771 for USD 34,200.00 in your favour, covering the production value of PO KR-56010, "
          "valid until 30 November 2024, documents: B/L, invoice, packing list, certificate of origin."),
    ("p", "Please treat this as your go-ahead for manufacturing."),
    ("p", "Yours sincerely,"),
    ("p", "Nomvula Khumalo, Treasury Manager"),
], title="LC ZA-LC-24-0771", author="Kaya Retail Group Treasury")
case("p44_za_lc_opened_go_ahead", ["RG002", "RG012"],
     "Treasury letter: LC opened for the production value - 'treat this as your go-ahead for manufacturing' (payment as release, unscoped go-ahead).",
     [("LC_ZA-LC-24-0771_letter.pdf", _p44)])


# p45: buyer's visit report: staged granulate for the first-year volume + 'good to run'
_p45 = docx_bytes([
    ("h1", "Besuchsbericht / Visit report - Plastmet Formy, Bydgoszcz"),
    ("p", "Date: 05.06.2024. Frischmarkt: Markus Henning (Einkauf Non-Food), Sabine Kraus (QS). "
          "Plastmet: Krzysztof Nowak, Piotr Zieliński (production)."),
    ("h", "1. Order status"),
    ("p", "PO 4500332410: 48 sample soap dispensers 250 ml 'frisch&rein' delivered last week. The "
          "production quantity of 14.400 pcs is not released; it stays on hold until Sabine Kraus has "
          "signed off the samples and Markus Henning sends the production release in writing."),
    ("h", "2. Observations"),
    ("li", "Warehouse: Plastmet has already staged PP granulate and white masterbatch for the entire "
           "first-year listing volume (approx. 4 t, big bags labelled 'Frischmarkt'). No material "
           "authority was discussed."),
    ("li", "Moulding: Engel e-mac 200 t, 2-cavity mould, cycle time 18 s, no short shots in the trial."),
    ("li", "Assembly: pump inserted manually, torque check every 30 minutes."),
    ("h", "3. Result"),
    ("p", "Conclusion of the line trial: good to run."),
    ("p", "Next visit: after the listing start, KW 40."),
], author="Frischmarkt Handels AG")
case("p45_de_visit_report_staged_good_to_run", ["RG002", "RG006"],
     "Buyer's visit report: supplier staged granulate for the entire first-year volume with no material authority; ends 'line trial: good to run' (no quantity).",
     [("Besuchsbericht_Plastmet_2024-06-05.docx", _p45)])


# ==== END OF CASES ====


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case names"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first_stem = Path(c["files"][0][0]).stem
        first_stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", first_stem)
        folder = f"{PREFIX}_{i:02d}_{first_stem}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
