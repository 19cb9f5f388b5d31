#!/usr/bin/env python3
"""Generator for the releasegate check_holdout63 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout63/build.py

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
_PDF_MAP = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}


def _pdf_safe(s):
    """The base-14 PDF fonts only cover cp1252: fold other letters (Polish l-stroke, Slovene and
    Latvian diacritics) to their base letter, as many real ERP/PDF exports do."""
    import unicodedata
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            ch = _PDF_MAP.get(ch, ch)
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(base if base.encode("cp1252", "ignore") else "?")
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
    m["Message-ID"] = msgid or f"<h63-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h63")
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




# ------------------------------------------------------------ small helpers
def quote(text, depth=1):
    """Prefix every line with '> ' (depth times), as a mail client quotes a reply."""
    pre = "> " * depth
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n"))


def txt2html(text):
    """Minimal HTML rendering of a plain-text mail body (for multipart/alternative)."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [escape(ln) for ln in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


SIG_PL = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata. / This message is "
    "confidential and intended for the addressee only. {company} — KRS 0000{krs}, NIP 676-{krs}-11.\n"
)


def sig_pl(name, title, company, phone, krs="412233"):
    return SIG_PL.format(name=name, title=title, company=company, phone=phone, krs=krs)


def sig_plain(name, title, company, phone, extra=""):
    s = f"\n--\n{name}\n{title}\n{company}\n{phone}\n"
    if extra:
        s += "\n" + extra + "\n"
    return s


# ====================================================================== CLEAN
# c01: sample PO for advance copies, everything stated (hold, event, person, material) + PDF PO
def c01():
    body = """Dear Marek,

Please find attached our PO FB-3310 for the advance copies of A Field Guide to Estuary Birds
(ISBN 978-1-915000-42-7), as discussed on Tuesday's call.

What this PO covers: thirty (30) bound advance copies to the final spec -- 234 x 156 mm,
288pp, 4/4 throughout on 115gsm Arctic Matt, section sewn, PLC cover with matt lamination and
spot UV on the title. We need them in London by 14 June for the sales conference.

What it does not cover: the main print run of 4,000 copies is not released by this PO. Please
don't book paper, make plates or schedule press time for it. Your quote Q-2404-118 is on file
for reference only.

The run will be released only by a revised PO, issued after Helen Marsh (Production Director)
has signed off the advance copies. Helen is the only person who can release it. Material:
please buy paper for the 30 advance copies only.

Delivery: DAP Fernleigh Books, Unit 4, Coldharbour Works, London SE5 9NR. Please let me know
the carton count and whether they'll come by courier or on your weekly groupage.

Thanks as ever -- the PDF proofs looked terrific and the maps came through beautifully.

Best,
Tom
""" + sig("Tom Pryce", "Senior Production Controller", "Fernleigh Books Ltd", "+44 20 7946 0321")
    po = pdf([
        ("h1", "PURCHASE ORDER FB-3310"),
        ("p", "Fernleigh Books Ltd, Unit 4, Coldharbour Works, London SE5 9NR, United Kingdom"),
        ("p", "Supplier: Drukarnia Wisła Druk sp. z o.o., ul. Półłanki 64, 30-740 Kraków, Poland"),
        ("p", "Date: 07/05/2024    Buyer: Tom Pryce    Currency: GBP    Terms: 60 days end of month"),
        ("sp",),
        ("table", [
            ["Line", "Description", "Qty", "Unit price", "Total"],
            ["1", "A Field Guide to Estuary Birds - bound advance copies, final spec "
                  "(234 x 156 mm, 288pp, 4/4, 115gsm Arctic Matt, sewn, PLC)", "30", "9.50", "285.00"],
            ["", "Carriage to London (courier)", "1", "85.00", "85.00"],
        ]),
        ("sp",),
        ("p", "For information, not released: main run 4,000 copies per quote Q-2404-118. "
              "The run is not covered by this PO."),
        ("p", "Release of the run: revised PO, issued after sign-off of the advance copies by "
              "Helen Marsh, Production Director."),
        ("p", "Material authority: sample-only (paper for the 30 advance copies)."),
        ("p", "Please quote FB-3310 on all delivery notes and invoices."),
    ], title="PO FB-3310", author="Fernleigh Books")
    m = mail("Tom Pryce <t.pryce@fernleighbooks.co.uk>", "Marek Nowak <m.nowak@wisladruk.pl>",
             "PO FB-3310 - advance copies, Estuary Birds", "Tue, 07 May 2024 10:14:00 +0100",
             body, html=txt2html(body), cc="Helen Marsh <h.marsh@fernleighbooks.co.uk>",
             attachments=[("PO_FB-3310.pdf", po, PDF_MT)])
    return [("po_fb-3310_advance_copies.eml", eml_bytes(m))]


case("c01_sample_po_fully_scoped", [],
     "Sample PO for 30 advance copies; 4,000 run stated not released, revised PO after Helen Marsh's "
     "sign-off, material sample-only.", c01())


# c02: supplier quotation with run-length tiers, on its own
def c02():
    b = pdf([
        ("h1", "GRAFICHE ADIGE S.r.l."),
        ("p", "Via dell'Industria 41, 37135 Verona (VR), Italia - P.IVA IT 03216540237"),
        ("h", "OFFERTA / QUOTATION No. GA-24/0877"),
        ("p", "Verona, 18 aprile 2024"),
        ("p", "To: The Carrow Museum of Art, Publications Department, 465 Huntington Avenue, "
              "Boston MA 02115, USA - Attn. Ms Ruth Calloway, Head of Publications"),
        ("p", "Subject: Lucia Ferrante: Light on Water - exhibition catalogue"),
        ("h", "Specification"),
        ("table", [
            ["Item", "Specification"],
            ["Format", "240 x 300 mm, portrait"],
            ["Extent", "224 pp + 4 pp endpapers"],
            ["Text", "4-colour process + overall sealing varnish, Gardamatt Art 150 g/m2"],
            ["Binding", "Hardcover, 3 mm board, cloth spine (Brillianta 4000), foil blocking on spine, "
                        "printed jacket 4/0 with matt lamination"],
            ["Colour standard", "ISO 12647-2:2013, FOGRA51 - press proofs on Epson, 8 spreads"],
            ["Packing", "Shrink-wrapped individually, cartons of 8, euro pallets max 600 kg"],
        ]),
        ("h", "Prices (EUR, ex works Verona)"),
        ("table", [
            ["Quantity", "Unit price", "Total"],
            ["1.500 copies", "EUR 14,20", "EUR 21.300,00"],
            ["2.500 copies", "EUR 10,85", "EUR 27.125,00"],
            ["3.500 copies", "EUR 9,40", "EUR 32.900,00"],
            ["Run-on per 100 copies", "", "EUR 780,00"],
            ["Press proofs, 8 spreads", "", "EUR 640,00"],
            ["Press check in Verona (1 day)", "", "no charge"],
        ]),
        ("h", "Conditions"),
        ("p", "EXW Verona, Incoterms 2020. Validity 30 days. Overs and unders up to 3% invoiced pro rata. "
              "Payment 60 days from invoice date. Production starts on receipt of your written print "
              "order stating the quantity. Schedule: 4 weeks from press check to ex-works, August is "
              "closed (Ferragosto)."),
        ("p", "Paper prices are subject to confirmation at the time of order because of mill surcharges."),
        ("p", "Restiamo a disposizione per ogni chiarimento. - Chiara Benedetti, Ufficio Commerciale"),
    ], title="Quotation GA-24/0877", author="Grafiche Adige")
    return [("GA-24-0877_quotation.pdf", b)]


case("c02_quote_with_tiers", [],
     "Supplier quote alone with 1.500/2.500/3.500 tiers and proof prices; no authorized quantity.", c02())


# c03: supplier asks for go-ahead; buyer holds, names what is authorised, event, person
def c03():
    t = """WeChat chat history export
Chat: Vincent Liu (Jade Games) / Femke Jansen (Spellenhuis Vos)
Exported: 2024-05-14 18:02

2024-05-14 09:12  Vincent Liu: Hi Femke, good morning! PP samples x5 arrived your office?
2024-05-14 09:40  Femke Jansen: Morning Vincent! Yes, they came yesterday. Box looks great, the
                  linen finish is lovely. The playtest group has them this week.
2024-05-14 09:41  Vincent Liu: good good. Do we have go-ahead for mass production 3,000 sets?
                  our line is free from 27 May
2024-05-14 09:55  Femke Jansen: Not yet, sorry. The 3,000 sets are NOT released. Please don't start
                  anything and don't buy board or paper for them.
2024-05-14 09:56  Femke Jansen: What's authorised so far is the 5 PP sample sets on PO SV-2291,
                  nothing more.
2024-05-14 09:58  Femke Jansen: Playtest sign-off is due 14 June. After that I (Femke Jansen,
                  operations) will send a revised PO, and that PO is the written release. Nobody
                  else can release it.
2024-05-14 10:02  Vincent Liu: ok understand. we keep the slot soft, no material purchase.
2024-05-14 10:03  Vincent Liu: [Thumbs Up]
2024-05-14 10:05  Femke Jansen: One more thing - the insert tray, can you send me the colour
                  options (black / white / smoke)?
2024-05-14 10:31  Vincent Liu: [Image]
2024-05-14 10:31  Vincent Liu: these 3, smoke is +0.04 USD
"""
    return [("wechat_export_jade_spellenhuis.txt", t)]


case("c03_question_go_ahead_hold", [],
     "Supplier asks for go-ahead; buyer: 3,000 NOT released, 5 PP sets authorised, revised PO by "
     "Femke Jansen after playtest sign-off.", c03())


# c04: DOCX spec sheet with table; samples ordered, mass production labelled forecast and not released
def c04():
    d = docx_bytes([
        ("h1", "Produktspezifikation / Product specification"),
        ("p", "Brettspiel Manufaktur Lindenholz GmbH, Karl-Heine-Strasse 99, 04229 Leipzig"),
        ("p", "Spiel / Game: Flusshandel - Art.-Nr. LH-2024-07 - Stand/Version 3, 29.04.2024"),
        ("p", "Lieferant / Supplier: Drukarnia Wisła Druk sp. z o.o., Kraków"),
        ("h", "1. Komponenten / Components"),
        ("table", [
            ["Component", "Specification", "Qty per game"],
            ["Box (lid + bottom)", "295 x 295 x 70 mm, 2 mm greyboard, 157 g art paper wrap, matt lam.", "1"],
            ["Game board", "4-fold, 500 x 500 mm, 2 mm greyboard, linen finish", "1"],
            ["Cards", "63 x 88 mm, 310 g black core, rounded corners", "110"],
            ["Punchboards", "1.9 mm, 4/4, die-cut", "3"],
            ["Wooden meeples", "16 mm, 4 colours (supplied by Lindenholz)", "24"],
            ["Rulebook", "16 pp, A4, 4/4, 130 g silk, saddle stitched", "1"],
            ["Shrink wrap", "Shrink wrap with air holes", "1"],
        ]),
        ("h", "2. Umfang / Scope"),
        ("p", "Ordered now: ten (10) pre-production samples (Vorserienmuster) under PO 4500012345, "
              "line 10. These are the only units released."),
        ("p", "Mass production: 6,000 games - forecast, not released. Do not buy greyboard, paper or "
              "card stock for the 6,000; material authority is samples only."),
        ("p", "Release of mass production: written release by Katrin Albers (Leiterin Produktion), "
              "issued as a revised PO, after sign-off of the pre-production samples."),
        ("h", "3. Qualität / Quality"),
        ("li", "Colour to ISO 12647-2, proofs on PSO Coated v3."),
        ("li", "Card cut tolerance +/- 0.3 mm; card bow max 2 mm."),
        ("li", "EN 71-1/-2/-3 test report for the samples (toy safety)."),
        ("h", "4. Verpackung / Packing"),
        ("p", "6 games per master carton, 5-ply, max 18 kg. Euro pallets, max 1.8 m height."),
    ], author="K. Albers")
    return [("Spezifikation_Flusshandel_v3.docx", d)]


case("c04_docx_spec_forecast_labelled", [],
     "Spec sheet: 10 pre-production samples released; 6,000 labelled forecast, not released; written "
     "release by Katrin Albers as revised PO after sample sign-off.", c04())


# c05: HTML portal PO, line 2 not released, named unlock and person
def c05():
    body = """<h2>Wattle &amp; Gum Publishing &mdash; Supplier Portal</h2>
<p>Purchase Order <b>WG-1187</b> &middot; issued 06/05/2024 &middot; Supplier: Kinabalu Print Sdn Bhd, Shah Alam, Selangor</p>
<p>Project: <i>Saltbush Kitchen</i> (ISBN 978-0-6450000-3-1) &middot; 240pp &middot; 250 x 200 mm &middot; 4/4 &middot; flexibound</p>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Unit</th><th>Unit price (AUD)</th><th>Status</th></tr>
<tr><td>1</td><td>Bound proofs (ozalid), full book</td><td>3</td><td>copies</td><td>65.00</td><td>Released</td></tr>
<tr><td>2</td><td>Print run</td><td>6,000</td><td>copies</td><td>4.12</td><td>NOT RELEASED &ndash; balance on hold</td></tr>
</table>
<div class="note">
<p><b>Scope of this PO.</b> Only line 1 (3 bound proofs) is released for production. Line 2 gives commercial cover only:
please do not start it and do not buy paper for it.</p>
<p><b>Unlock:</b> line 2 is released only by a written release from Priya Nair, Publishing Operations Manager,
after she has signed off the bound proofs.</p>
</div>
<p>Delivery: Wattle &amp; Gum Publishing, 12 Rose Street, Fitzroy VIC 3065. Ship bound proofs by courier (FedEx account 5000-1187).</p>
<p>Questions: production@wattleandgum.com.au &middot; +61 3 9415 0188</p>"""
    return [("portal_PO_WG-1187.html", html_page("PO WG-1187 - Wattle & Gum Publishing", body, "en-AU"))]


case("c05_html_po_line_not_released", [],
     "HTML PO: line 1 3 bound proofs released; line 2 6,000 NOT RELEASED; written release by Priya Nair "
     "after bound-proof sign-off.", c05())


# c06: full-quantity PO that says proceed, with HTML delivery schedule attached
def c06():
    body = """Dear Mojca,

Following the press proofs (signed off here on 3 April) and your quotation SAVA-Q-2500, I'm
pleased to send our PO 7781 for the full quantity: two thousand five hundred (2,500) copies of
Harbour Lights: Photographs of the New England Coast 1890-1930.

Please proceed with the full 2,500 copies. This PO covers the entire run -- there is no balance
and no further release to come.

Spec as quoted: 280 x 240 mm landscape, 176pp, tritone + varnish on Magno Volume 150 g, sewn,
hardcover with cloth spine and tipped-on image. Please note the change to the jacket: we've
dropped the gloss spot UV.

Shipping: FCA Ljubljana, collected by Kuehne+Nagel for the museum; the delivery schedule is
attached. Please include 6 file copies for our archive, sent separately by courier.

With best wishes to everyone at Sava,
Ellen
""" + sig("Dr. Ellen Park", "Director of Publications", "The Carrow Museum of Art, Boston",
          "+1 617 555 0142")
    sched = html_page("Delivery schedule PO 7781", """<h3>PO 7781 &ndash; delivery schedule</h3>
<table>
<tr><th>Consignment</th><th>Copies</th><th>Pallets</th><th>Ready</th><th>Destination</th></tr>
<tr><td>1</td><td>2,000</td><td>4</td><td>10 June 2024</td><td>Carrow Museum warehouse, Dorchester MA</td></tr>
<tr><td>2</td><td>500</td><td>1</td><td>10 June 2024</td><td>Museum shop stock room, Boston</td></tr>
</table>
<p>Total: 2,500 copies (PO 7781, whole order). File copies: 6, by courier.</p>""")
    m = mail("Ellen Park <epark@carrowmuseum.org>", "Mojca Kovač <mojca.kovac@tiskarna-sava.si>",
             "PO 7781 - Harbour Lights - full quantity", "Mon, 08 Apr 2024 15:30:00 -0400",
             body, attachments=[("PO7781_delivery_schedule.html", sched, "text/html")])
    return [("PO7781_harbour_lights.eml", eml_bytes(m))]


case("c06_full_qty_po_proceed", [],
     "Full-quantity PO for 2,500 copies; 'proceed with the full 2,500'; no balance.", c06())


# c07: ERP fixed-width PO, line 0020 commercial cover only, not released
def c07():
    t = """VERLAG NORDLICHT GMBH                                   BESTELLUNG / PURCHASE ORDER
Grosse Elbstrasse 212, 22767 Hamburg                    Nr.    : 4500078120
USt-IdNr. DE 268 500 412                                Datum  : 06.05.2024
                                                        Seite  : 1 / 1
Lieferant/Supplier: 700231  BALTIC OFFSET SIA
                    Ganibu dambis 24, Riga LV-1005, Latvia
Ansprechpartner   : Matthias Brandt   Tel +49 40 3890 2201
-------------------------------------------------------------------------------
Pos  Material/Text                                Menge   ME  Preis EUR    Wert EUR
-------------------------------------------------------------------------------
0010 VORAB-EXEMPLARE / ADVANCE COPIES                25   ST      18,00      450,00
     "Die Stille der Marsch"  ISBN 978-3-946000-17-5
     17 x 24 cm, 352 S., FT, 4/4, Munken Premium Cream 90 g
     Liefertermin: KW 22
0020 AUFLAGE / PRINT RUN                          3.000   ST       3,85   11.550,00
     STATUS: GESPERRT - NICHT FREIGEGEBEN / BLOCKED - NOT RELEASED
-------------------------------------------------------------------------------
                                                  Gesamt netto EUR       12.000,00

Kopftext / Header text:
Pos. 0010 is released for production. Pos. 0020 is commercial cover only:
production of the 3.000 copies is NOT released. Do not buy paper for pos. 0020
(material authority: paper for the 25 advance copies only).
Pos. 0020 will be released only by a written call-off from Matthias Brandt
(Leiter Herstellung) after the advance copies have been signed off.

Lieferbedingungen: DAP Hamburg, Incoterms 2020. Zahlung: 30 Tage netto.
Es gelten unsere Einkaufsbedingungen (Stand 01/2024).
"""
    return [("BEST_4500078120.txt", t)]


case("c07_erp_po_commercial_cover_only", [],
     "ERP PO: 25 advance copies released; pos 0020 3.000 commercial cover only, not released; call-off "
     "from Matthias Brandt after sign-off; material sample-only.", c07())


# c08: supplier acknowledgement restating the hold
def c08():
    b = pdf([
        ("h1", "DRUKARNIA WISŁA DRUK sp. z o.o."),
        ("p", "ul. Półłanki 64, 30-740 Kraków, Polska - NIP 679-300-41-22"),
        ("h", "POTWIERDZENIE ZAMÓWIENIA / ORDER ACKNOWLEDGEMENT No. WD/24/0611"),
        ("p", "Date: 08.05.2024    Customer: Fernleigh Books Ltd, London    Your PO: FB-3310"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price GBP", "Value GBP"],
            ["1", "A Field Guide to Estuary Birds - bound advance copies", "30", "9.50", "285.00"],
            ["2", "Courier to London", "1", "85.00", "85.00"],
        ]),
        ("sp",),
        ("p", "We confirm PO FB-3310 as written: thirty (30) advance copies, ex works 31 May 2024."),
        ("p", "The print run of 4,000 copies (our quote Q-2404-118) is not released under this PO. We will "
              "not book paper, make plates or schedule the run until we receive a revised PO from "
              "Fernleigh Books following Ms Helen Marsh's sign-off of the advance copies."),
        ("p", "Paper for the advance copies is taken from our stock (Arctic Matt 115 g)."),
        ("p", "Z poważaniem / Kind regards - Marek Nowak, Key Account Manager UK"),
    ], title="Order acknowledgement WD/24/0611", author="Wisla Druk")
    return [("WD-24-0611_acknowledgement.pdf", b)]


case("c08_supplier_ack_restates_hold", [],
     "Supplier acknowledgement: 30 advance copies; 4,000 run not released until revised PO after "
     "Helen Marsh's sign-off.", c08())


# c09: forwarded old quote (rfc822) declared informational; current PO for proof reel
def c09():
    old = mail("Katarzyna Wiśniewska <k.wisniewska@etykietaplus.pl>",
               "Lucy Fenwick <lucy.fenwick@copperkettle.co.uk>",
               "Oferta / Quotation EP-Q-23-1904 - 70cl front label", "Thu, 12 Oct 2023 13:05:00 +0200",
               """Dear Lucy,

thank you for your enquiry. Please see our offer for the 70cl front label:

  Size: 80 x 120 mm, shaped, 2 mm radius corners
  Material: Fasson Cotton Label FSC, permanent adhesive S2045N
  Print: CMYK + Pantone 289 C, hot foil gold, tactile screen varnish
  Winding: wound out, direction 3, core 76 mm, 1,000 labels per roll

  5,000 labels   - 0,142 EUR / pc
  10,000 labels  - 0,098 EUR / pc
  20,000 labels  - 0,081 EUR / pc
  Foil die (one-off): 310,00 EUR

Lead time 12 working days from artwork approval. Offer valid 60 days.

Best regards,
Katarzyna Wiśniewska
Etykieta Plus sp. z o.o.
""")
    body = """Hi Kasia,

Forwarding Katarzyna's quote from last autumn (below) so you've got the foil and varnish spec in
one place.

Just to be clear: the quantities in that old quote (5,000 / 10,000 / 20,000) are for information
only and are not released. Our current PO CK-55-120 is for the press-proof reel only: five hundred
(500) labels of the 70cl front label, new Navy Strength artwork.

The production quantity stays on hold until Sam Whitaker (Quality Manager) has signed off the
proof reel on our line and sends you a written release. Please buy substrate for the 500 only.

Cheers,
Lucy
""" + sig("Lucy Fenwick", "Purchasing Manager", "Copper Kettle Distillery Ltd", "+44 1968 500 120")
    m = mail("Lucy Fenwick <lucy.fenwick@copperkettle.co.uk>", "Kasia Nowicka <k.nowicka@etykietaplus.pl>",
             "FW: Oferta / Quotation EP-Q-23-1904 - 70cl front label", "Mon, 13 May 2024 09:20:00 +0100",
             body, cc="Sam Whitaker <sam.whitaker@copperkettle.co.uk>", attachments=[("rfc822", old)])
    return [("FW_quotation_EP-Q-23-1904.eml", eml_bytes(m))]


case("c09_forwarded_old_quote_informational", [],
     "Forwarded old quote (rfc822) with 5k/10k/20k declared informational; PO for 500-label proof reel; "
     "written release by Sam Whitaker after sign-off.", c09())


# c10: explicit, recorded auto-conversion with quantity, signer and conditions
def c10():
    d = docx_bytes([
        ("h1", "Production Agreement - Lighthouse Keepers"),
        ("p", "Thornbury Games Ltd, 14 Gloucester Road, Bristol BS7 8AE, UK  /  "
              "Dongguan Everbright Game Co., Ltd, Humen Town, Dongguan, Guangdong, PRC"),
        ("p", "Reference: PO TG-0419 revision 2, dated 2 May 2024"),
        ("h", "1. Quantities"),
        ("table", [
            ["Lot", "Qty (sets)", "Scope", "Status"],
            ["Golden samples", "3", "sample", "released"],
            ["Tranche 1", "2,500", "production", "auto-conversion on golden-sample sign-off (see 3)"],
            ["Tranche 2", "2,500", "production", "not released"],
        ]),
        ("h", "2. Golden samples"),
        ("p", "Three (3) golden samples, complete with all components, retail shrink and master carton, "
              "to be delivered to Thornbury Games by air by 7 June 2024."),
        ("h", "3. Auto-conversion (recorded and agreed)"),
        ("p", "Upon written sign-off of the three (3) golden samples by Tom Ashby, Head of Production, "
              "Thornbury Games, tranche 1 of two thousand five hundred (2,500) sets is released "
              "automatically, with no further release document. This applies only if the sign-off is "
              "unconditional and is dated on or before 31 July 2024. A conditional sign-off releases "
              "nothing."),
        ("p", "Agreed by both parties on 2 May 2024 and recorded in PO TG-0419 revision 2."),
        ("h", "4. Tranche 2"),
        ("p", "Tranche 2 (2,500 sets) is not released. It is released only by a further revised PO "
              "signed by Tom Ashby."),
        ("h", "5. Material authority"),
        ("p", "Before golden-sample sign-off: sample material only. After an unconditional sign-off: "
              "staged, material for up to 2,500 sets (tranche 1) at Thornbury's liability."),
        ("h", "6. Signatures"),
        ("table", [
            ["For Thornbury Games Ltd", "For Dongguan Everbright Game Co., Ltd"],
            ["Tom Ashby, Head of Production", "Amy Chen, Sales Manager"],
            ["2 May 2024", "2 May 2024"],
        ]),
    ], author="Tom Ashby")
    return [("Production_Agreement_TG-0419_rev2.docx", d)]


case("c10_explicit_auto_conversion", [],
     "Explicit recorded auto-conversion: 2,500 sets on Tom Ashby's unconditional written sign-off before "
     "31 July; tranche 2 not released.", c10())


# c11: supplier job ticket with explicit staged material authority; staging within it
def c11():
    t = """BALTIC OFFSET SIA -- DARBA UZDEVUMS / JOB TICKET                 JOB 24-1187
=============================================================================
Customer : UITGEVERIJ ZEEWIND BV, Amsterdam        Cust. PO : ZW-2024-118 rev 1
Title    : Het Wad in Vier Seizoenen               ISBN 978-90-5000-118-3
Format   : 210 x 270 mm | 192 pp | 4/4 | HC 3 mm board, matt lam, sewn
CSR      : Ilze Kalnina          Planner: A. Berzins        Opened: 06.05.2024
-----------------------------------------------------------------------------
RELEASED QTY (production)  : 50 advance copies
PRINT RUN 3,000            : NOT RELEASED - WAIT FOR WRITTEN RELEASE
                             (Sanne Bakker, Hoofd Productie, after sign-off
                             of the advance copies)
MATERIAL AUTHORITY (PO r1) : STAGED - paper for up to 3,000 copies at the
                             customer's liability (Zeewind email 06.05.2024)
-----------------------------------------------------------------------------
PAPER   : Magno Volume 150 g, 70 x 100 cm - booked for 3,000 cps, within the
          staged authority (2.2 t) - delivered 21.05., warehouse B, bay 4
BOARD   : Eskaboard 3 mm - 50 cps only
PLATES  : 24 x CTP (Kodak Sonora) - sections 1-12
PRESS   : Heidelberg XL 106-8P - 50 adv. cps, slot 23.05. night shift
BINDERY : Kolbus BF 512 - 50 adv. cps, 24.05.
DISPATCH: 50 adv. cps by DHL Express to Amsterdam, 27.05.
-----------------------------------------------------------------------------
NOTE: do NOT print or bind beyond the 50 advance copies. Paper is staged per
the customer's material authority only; no cutting or sheeting for the run.
"""
    return [("job_ticket_24-1187.txt", t)]


case("c11_job_ticket_staged_material_authority", [],
     "Job ticket: 50 advance copies released; paper staged for 3,000 within an explicit staged material "
     "authority; run not released.", c11())


# c12: supplier reply: deposit does not release production (quoted buyer PO)
def c12():
    orig = """Dear Mr Tan,

PO BRW-5521 is attached. It covers 250 press-proof labels only (Shiraz 2022 front, 90 x 110 mm,
Estate Label White, gold foil + emboss).

The 40,000 production labels are not released. I will release them in writing myself after I've
signed off the press proofs on our bottling line here in Tanunda.

The deposit for the foil and emboss tooling as per your pro-forma PI-24-0930 is on its way.

Regards,
Claire Dunn
Packaging & Procurement Manager, Barossa Ridge Wines"""
    body = """Dear Claire,

Thank you, we received your 30% deposit today (ref. TT 240507-88).

Please note the deposit does not release production: we will print the 250 press-proof labels
only and keep the 40,000 Shiraz labels on hold until your written release after you sign off the
proofs. We have not ordered substrate for the 40,000.

Foil block and emboss die are ordered from our engraver, ready on 14 May. Proofs will ship by
DHL on Thursday 16 May, AWB to follow.

Best regards,
Tan Wei Ming
""" + sig("Tan Wei Ming", "Sales Executive", "Penang Pack & Print Sdn Bhd, Bayan Lepas, Penang",
          "+60 4 641 2080") + "\n\nOn Tue, 7 May 2024 at 08:41, Claire Dunn <claire.dunn@barossaridge.com.au> wrote:\n" + quote(orig) + "\n"
    m = mail("Tan Wei Ming <weiming.tan@penangpackprint.com.my>", "Claire Dunn <claire.dunn@barossaridge.com.au>",
             "RE: PO BRW-5521 - press proof labels Shiraz 2022", "Wed, 08 May 2024 16:12:00 +0800",
             body, in_reply_to="<brw-5521-po@barossaridge.com.au>")
    return [("RE_PO_BRW-5521.eml", eml_bytes(m))]


case("c12_deposit_does_not_release", [],
     "Supplier: deposit does not release production; 250 proof labels only, 40,000 on hold until Claire "
     "Dunn's written release after proof sign-off.", c12())


# c13: labelled rolling forecast, not an order
def c13():
    body = """<h2>Molenaar Thee B.V. &mdash; Rolling forecast tea tins</h2>
<p><b>NOT AN ORDER.</b> Issued 03-05-2024 to Dongguan Heng Tai Metal Packaging Co., Ltd. &middot; Contact: Joost van Dalen, Inkoop</p>
<table>
<tr><th>SKU</th><th>Description</th><th>Q3 2024</th><th>Q4 2024</th><th>Q1 2025</th></tr>
<tr><td>MT-TIN-100</td><td>Earl Grey 100 g, round tin 73 x 95 mm, embossed lid</td><td>20.000</td><td>35.000</td><td>15.000</td></tr>
<tr><td>MT-TIN-050</td><td>Jasmijn 50 g, round tin 60 x 80 mm</td><td>8.000</td><td>12.000</td><td>6.000</td></tr>
<tr><td>MT-TIN-250</td><td>Kerstmelange 250 g, square tin 90 x 90 x 120 mm</td><td>&ndash;</td><td>9.500</td><td>&ndash;</td></tr>
</table>
<div class="note">
<p>This forecast is for capacity planning only. It is not a purchase order, does not commit Molenaar Thee B.V. to buy,
and does not authorise material purchase or production.</p>
<p>Each quantity will be ordered by a separate PO signed by Joost van Dalen (Inkoop). Only a PO releases anything.</p>
</div>
<p>Next forecast update: 03-06-2024.</p>"""
    return [("forecast_tins_2024-05.html", html_page("Rolling forecast - NOT AN ORDER", body, "nl"))]


case("c13_labelled_forecast", [],
     "Rolling forecast clearly labelled not an order, no material or production authority.", c13())


# c14: sample disposition letter: approved for fit only, proceed with 2 printed proofs
def c14():
    b = pdf([
        ("h1", "The Whitcombe Museum"),
        ("p", "Retail & Licensing - 3 Abbey Green, Bath BA1 1NW - shop@whitcombemuseum.org.uk"),
        ("h", "Sample disposition - rigid gift box, Whitcombe Tea Set replica"),
        ("p", "To: Kartonaža Sava d.o.o., Kranj, Slovenia - Attn. Mr Rok Zupan"),
        ("p", "Your quote: KS-Q-24-077    Our PO: WM-0932    Date: 2 May 2024"),
        ("table", [
            ["Item", "Received", "Disposition"],
            ["White dummies (unprinted), 6 pcs", "28 April 2024",
             "Approved for fit and construction only. Print, foil and finish not assessed."],
            ["Magnetic closure", "28 April 2024", "Pull force fine; keep 2 magnets."],
            ["EVA insert", "28 April 2024", "Cup recess 2 mm too tight - please open to 84 mm."],
        ]),
        ("sp",),
        ("p", "Production of the 1,200 gift boxes is not released by this disposition."),
        ("p", "Next step: please proceed with two (2) printed press proofs of the box, as quoted, with "
              "the corrected insert. Board for the two proofs only."),
        ("p", "The 1,200 boxes will be released by a revised PO from Dana Whitfield, Retail Operations "
              "Manager, after she has signed off the printed press proofs."),
        ("p", "Kind regards, Owen Lacey, Buyer, Retail & Licensing"),
    ], title="Sample disposition WM-0932", author="Whitcombe Museum")
    return [("disposition_WM-0932_gift_box.pdf", b)]


case("c14_scoped_approval_fit_only", [],
     "Dummies approved for fit and construction only; proceed with two printed proofs; 1,200 not "
     "released until revised PO from Dana Whitfield.", c14())


# c15: ERP call-off under a frame; balance not released, next call-off by named person
def c15():
    t = """COPPER KETTLE DISTILLERY LTD                       CALL-OFF / RELEASE NOTE
Unit 9, Pentland Business Park, Loanhead EH20 9QH
Frame agreement : FA-2024-03                       Call-off no. : 01
Supplier        : ETYKIETA PLUS SP. Z O.O.         Date         : 03/06/2024
                  ul. Wolczanska 128, 90-521 Lodz, Poland
------------------------------------------------------------------------------
Art.no    Description                        Size         Qty this  Deliver
                                                          call-off  by
------------------------------------------------------------------------------
5512-700  Front label 70cl Navy Strength    80 x 120 mm    12,000   wk 27
5512-200  Back label 70cl                   60 x 90 mm     12,000   wk 27
------------------------------------------------------------------------------
Ship-to : Copper Kettle bonded warehouse, 40 Bath Road, Leith EH6 7JR
Spec    : Fasson Cotton Label FSC, hot foil gold, ISO 12647-6, wound out
          direction 3, 76 mm core, max 1,000 labels per roll

This call-off releases 12,000 of each article listed. The frame balance
(48,000 of each article per FA-2024-03) is NOT released.
Further quantities are released only by a next call-off signed by
Liam O'Brien, Procurement Lead.
Material authority: substrate and foil for this call-off only.

Printed by: L. O'BRIEN          Page 1 of 1
"""
    return [("CALLOFF_FA-2024-03_01.txt", t)]


case("c15_call_off_frame_balance_held", [],
     "Call-off releasing 12,000 per article; frame balance 48,000 not released; next call-off by Liam "
     "O'Brien; identifiers like 5512-700.", c15())


# c16: buyer corrects a quoted supplier auto-conversion assumption
def c16():
    sup = """Dear Rachel,

Attached photos of the PP sample for Lanternfall (box, board, 4 punchboards, cards, trays).
Once you confirm the sample, we will start mass production 2,000 sets right away to catch the
vessel on 20 July from Yantian.

Best regards,
Amy Chen
Dongguan Everbright Game Co., Ltd"""
    body = """Hi Amy,

Thanks for the photos -- the PP sample looks great, and we'll have our formal sign-off done by
Friday.

One correction to your note below, though: the sign-off of the PP sample does not release mass
production. The 2,000 sets remain on hold. You are authorised for the 3 PP samples only
(PO TB-0612). Mass production will be released only by a revised PO, which I'll send after our
sign-off -- please don't schedule the line or buy board until you have it.

If the July vessel is at risk, tell me now and I'll see what I can do on our side.

Thanks,
Rachel
""" + sig("Rachel Ortega", "Operations Director", "Tinderbox Games LLC, Portland OR",
          "+1 503 555 0177") + "\n\n-----Original Message-----\nFrom: Amy Chen <amy.chen@everbrightgame.cn>\nSent: Monday, May 20, 2024 9:03 PM\nSubject: PP sample Lanternfall\n\n" + quote(sup) + "\n"
    m = mail("Rachel Ortega <rachel@tinderboxgames.com>", "Amy Chen <amy.chen@everbrightgame.cn>",
             "RE: PP sample Lanternfall", "Tue, 21 May 2024 08:15:00 -0700", body,
             in_reply_to="<pp-lanternfall-0520@everbrightgame.cn>")
    return [("RE_PP_sample_Lanternfall.eml", eml_bytes(m))]


case("c16_buyer_corrects_auto_conversion", [],
     "Quoted supplier assumes sample confirmation starts 2,000 sets; buyer reply corrects: 3 PP samples "
     "only, revised PO from Rachel after sign-off.", c16())


# c17: DOCX partial release with table; balance not released, person, event, material
def c17():
    d = docx_bytes([
        ("h1", "Vrijgave / Release No. 2"),
        ("p", "Uitgeverij Zeewind B.V., Prinsengracht 771, 1017 JZ Amsterdam"),
        ("p", "To: Baltic Offset SIA, Riga - Attn. Ilze Kalnina"),
        ("p", "Title: Noordzeekust Kookboek - PO ZW-2024-090 - Date: 6 May 2024"),
        ("h", "Release"),
        ("p", "We release one thousand five hundred (1,500) copies of Noordzeekust Kookboek for "
              "printing and binding now."),
        ("table", [
            ["Release", "Date", "Quantity", "Cumulative released"],
            ["1 - advance copies (signed off 2 April)", "12-03-2024", "40", "40"],
            ["2 - this release", "06-05-2024", "1,500", "1,540"],
            ["Not released", "", "2,460", "(of 4,000 quoted)"],
        ]),
        ("h", "Balance"),
        ("p", "The remaining 2,460 copies are not released. They will be released, if at all, by a "
              "separate written release signed by Sanne Bakker (Hoofd Productie) after our "
              "sell-through review in September."),
        ("h", "Material"),
        ("p", "Material authority: paper and board for the 1,500 copies released here only."),
        ("h", "Delivery"),
        ("p", "DAP Centraal Boekhuis, Culemborg, week 23. Pallet labels with ISBN 978-90-5000-090-1 "
              "and copies per carton (20)."),
        ("p", "Met vriendelijke groet, Marieke de Vries, productie"),
    ], author="Marieke de Vries")
    return [("Vrijgave_2_Noordzeekust.docx", d)]


case("c17_partial_release_docx", [],
     "Release No. 2 of 1,500 copies; remaining 2,460 not released; written release by Sanne Bakker; "
     "material for 1,500 only.", c17())


# c18: full-quantity PO full of identifiers that look like quantities
def c18():
    b = pdf([
        ("h1", "BESTELLUNG / PURCHASE ORDER Nr. 2500-1000"),
        ("p", "Kunsthalle Weserufer, Am Deich 18, 28199 Bremen - Publikationen"),
        ("p", "An / To: Tiskarna Sava d.o.o., Dunajska cesta 210, 1000 Ljubljana, Slovenija"),
        ("p", "Datum: 02.05.2024 - Ihr Angebot / your quote: SAVA-Q-1000-24 - Job-Nr. 10000"),
        ("table", [
            ["Pos.", "Artikel", "Menge", "Einheit", "Preis EUR", "Wert EUR"],
            ["1", "Ausstellungskatalog 'Nordlicht und Nebel', ISBN 978-3-95000-250-0", "800", "Ex.",
             "24,50", "19.600,00"],
            ["2", "Versand / freight DAP Bremen", "1", "psch.", "1.150,00", "1.150,00"],
        ]),
        ("sp",),
        ("p", "Spezifikation: Format 240 x 300 mm; Druckbogen 700 x 1000 mm; 192 S.; Papier 150 g/m2 "
              "Magno Volume; Farbe nach ISO 12647-2:2013; Sonderfarbe PMS 1505 C auf dem Umschlag; "
              "Fadenheftung; Hardcover 3 mm Graupappe; Schutzumschlag. Briefnorm DIN 5008."),
        ("p", "Please proceed with the full print run of eight hundred (800) copies. This order covers "
              "the entire edition; there is no balance and nothing further to release."),
        ("p", "Press proofs were signed off by Dr. Anke Vogt on 29.04.2024 (proof ref. PR-0250)."),
        ("p", "Lieferung bis 14.06.2024 (KW 24). Rechnung mit Bestellnummer 2500-1000."),
        ("p", "Mit freundlichen Grüßen - Dr. Anke Vogt, Leitung Publikationen"),
    ], title="Bestellung 2500-1000", author="Kunsthalle Weserufer")
    return [("Bestellung_2500-1000.pdf", b)]


case("c18_full_qty_identifiers", [],
     "Full-quantity PO for 800 copies with identifiers 2500-1000, Job 10000, 700 x 1000 mm, ISO "
     "12647-2:2013; no balance.", c18())


# c19: supplier asks 'good to run?'; buyer: hold, zero authorised, budget sign-off, named person
def c19():
    sup = """Dear Oliver,

Hope you are well. Are we good to run the reprint of 2,000 copies of The Hedgerow Year? We could
fit it on the Speedmaster on 3 June if paper is booked this week.

Best regards,
Paweł Zieliński
Drukarnia Wisła Druk"""
    body = """Hi Paweł,

Not yet, I'm afraid -- please hold. The reprint is waiting for our internal budget sign-off next
Wednesday (22 May).

As of today you have no release for any of the 2,000: zero copies are authorised. Once the budget
is signed off I'll send a revised PO myself, and that PO is the written release. Please don't
book paper until then.

If 3 June slips, what's the next slot?

Best,
Oliver
""" + sig("Oliver Grant", "Production Manager", "Harrowgate & Finch Ltd, London", "+44 20 7946 0880") + "\n\nOn 15 May 2024, at 11:02, Paweł Zieliński <p.zielinski@wisladruk.pl> wrote:\n\n" + quote(sup) + "\n"
    m = mail("Oliver Grant <oliver.grant@harrowgatefinch.co.uk>", "Paweł Zieliński <p.zielinski@wisladruk.pl>",
             "Re: Reprint The Hedgerow Year", "Wed, 15 May 2024 14:48:00 +0100", body,
             html=txt2html(body), in_reply_to="<reprint-hedgerow@wisladruk.pl>")
    return [("Re_Reprint_Hedgerow_Year.eml", eml_bytes(m))]


case("c19_question_not_yet_zero_authorised", [],
     "Supplier asks if good to run 2,000; buyer: hold, zero authorised, revised PO from Oliver after "
     "budget sign-off.", c19())


# c20: HTML supplier portal: full-quantity reprint, good to run scoped to whole order
def c20():
    body = """<h2>Kinabalu Print Sdn Bhd &mdash; Online Job Centre</h2>
<p>Job <b>KP-24-3318</b> &middot; Customer: Wattle &amp; Gum Publishing, Fitzroy VIC &middot; Customer PO: WG-1204</p>
<table>
<tr><th>Title</th><th>ISBN</th><th>Spec</th><th>Qty ordered</th></tr>
<tr><td>The Possum Who Couldn't Sleep (3rd printing)</td><td>978-0-6450000-1-7</td><td>32pp, 250 x 250 mm, 4/4, HC, 157gsm matt</td><td>1,000 copies &ndash; the whole order</td></tr>
</table>
<h3>Customer instruction</h3>
<p class="note">Priya Nair, 07/05/2024 09:12 AEST: Reprint of 1,000 copies, no changes from the 2nd printing (use the
archived plates file KP-22-0915). Good to run: 1,000 copies (whole order). No further quantities to follow on this PO.</p>
<h3>Terms</h3>
<ul>
<li>Overs/unders up to 5% accepted per trade custom, invoiced pro rata.</li>
<li>Delivery: sea freight LCL Port Klang &ndash; Melbourne, ETD week 22.</li>
<li>Payment: 30 days from bill of lading.</li>
</ul>
<p>Job status: <b>Scheduled</b> &middot; Press: Komori GL-840 &middot; 21/05/2024</p>"""
    return [("jobcentre_KP-24-3318.html", html_page("Job KP-24-3318", body, "en"))]


case("c20_html_full_qty_reprint_good_to_run", [],
     "Portal: full-quantity reprint of 1,000; 'Good to run: 1,000 copies (whole order)'.", c20())


# c21: supplier weekly status report: hold, no material
def c21():
    t = """JADE GAMES MANUFACTURING CO., LTD  --  WEEKLY STATUS REPORT
Customer : Spellenhuis Vos B.V., Utrecht      Project : "Polderkoorts" (PO SV-2291)
Week     : 21 / 2024                          Prepared: Vincent Liu (PM)
----------------------------------------------------------------------------
1. PP samples (x5)   : shipped 10 May by DHL, AWB 48 1000 2500, delivered 13 May
2. Mass production   : 3,000 sets ON HOLD - waiting customer written release
                       (revised PO from Ms Femke Jansen after playtest sign-off,
                       expected mid June)
3. Material          : NO purchase for mass production. Only sample material used.
                       Greyboard / art paper quotes valid until 30 June.
4. Line capacity     : soft slot 1-20 July (not confirmed, no booking fee)
5. Open questions    : insert tray colour (black / white / smoke?) - pls advise
                       rulebook NL/FR/DE languages - final files due?
6. Certificates      : EN 71-3 report no. 2400-8811 valid to 03/2025
----------------------------------------------------------------------------
Next report: week 22
"""
    return [("weekly_status_wk21_Polderkoorts.txt", t)]


case("c21_supplier_status_hold_no_material", [],
     "Supplier status: 3,000 on hold awaiting revised PO from Femke Jansen; no material purchase.", c21())


# c22: two-file bundle: PO PDF + quote PDF declared informational
def c22():
    po = pdf([
        ("h1", "Kestrel & Wren Publishing - Purchase Order KW-0457"),
        ("p", "7 Forth Street, Edinburgh EH1 3JX  -  production@kestrelwren.co.uk"),
        ("p", "Supplier: Tiskarna Sava d.o.o., Ljubljana    Date: 29 April 2024"),
        ("table", [
            ["Line", "Item", "Qty", "Price EUR", "Total EUR"],
            ["1", "The Drovers' Roads of Scotland - bound proofs, final text and cover", "20", "38,00", "760,00"],
        ]),
        ("sp",),
        ("p", "Please supply twenty (20) bound proofs. The quantities in the attached quotation "
              "SAVA-Q-2207 (3,000 / 5,000 copies) are for information only; the print run is not "
              "released by this PO."),
        ("p", "Release of the run: a revised PO, after the bound proofs are signed off by Fiona "
              "MacLeod, Managing Editor."),
        ("p", "Material authority: bound-proof quantity only."),
        ("p", "Deliver to: Kestrel & Wren, 7 Forth Street, Edinburgh, by 24 May 2024."),
    ], title="PO KW-0457", author="Kestrel & Wren")
    q = pdf([
        ("h1", "TISKARNA SAVA d.o.o."),
        ("p", "Dunajska cesta 210, 1000 Ljubljana - ID za DDV: SI 55012207"),
        ("h", "PONUDBA / QUOTATION SAVA-Q-2207"),
        ("p", "Customer: Kestrel & Wren Publishing, Edinburgh - 22 April 2024"),
        ("p", "The Drovers' Roads of Scotland: 234 x 153 mm, 320 pp, 1/1 text on Holmen Book Cream 70 g, "
              "8 pp colour plates 4/4 on 130 g matt, PB with flaps, 300 g board, matt lam + spot UV."),
        ("table", [
            ["Quantity", "Unit price EUR", "Total EUR"],
            ["Bound proofs (20)", "38,00", "760,00"],
            ["3,000 copies", "2,94", "8.820,00"],
            ["5,000 copies", "2,31", "11.550,00"],
        ]),
        ("p", "Delivery DAP Edinburgh, 5 weeks from release. Validity 45 days."),
        ("p", "Lep pozdrav, Mojca Kovač, Sales"),
    ], title="Quotation SAVA-Q-2207", author="Tiskarna Sava")
    return [("PO_KW-0457.pdf", po), ("SAVA-Q-2207_quotation.pdf", q)]


case("c22_po_plus_quote_informational", [],
     "Two files: PO for 20 bound proofs stating quote quantities informational and run not released, "
     "revised PO after Fiona MacLeod sign-off; the quote.", c22())


# c23: Polish-English question about ordering paper; buyer refuses, scoped
def c23():
    sup = """Dzień dobry Mrs Shah,

czy możemy już zamówić papier na cały nakład? (Can we already order the paper for the full run of
6,000?) Arctic Paper announced a price increase of 6% from 1 July, so it would be cheaper now.

Pozdrawiam / Regards,
Paweł Zieliński
Drukarnia Wisła Druk"""
    body = """Dear Paweł,

Thanks for flagging the price rise -- much appreciated.

No, please don't order paper for the run yet. Your material authority is for the 40 advance
copies on PO PH-2210 only. The 6,000 run is not released; I will release it with a revised PO
after the advance copies have been signed off, and at that point we can talk about material.

If the increase is firm, could you send me the exact figure for 6,000 so I can put it to our
MD?

Best wishes,
Anjali
""" + sig("Anjali Shah", "Head of Production", "Pelham House Books, Oxford", "+44 1865 555 210") + "\n\nFrom: Paweł Zieliński <p.zielinski@wisladruk.pl>\nSent: 16 May 2024 10:14\nTo: Anjali Shah\nSubject: Papier / paper - The Cotswold Way on Foot\n\n" + quote(sup) + "\n"
    m = mail("Anjali Shah <a.shah@pelhamhouse.co.uk>", "Paweł Zieliński <p.zielinski@wisladruk.pl>",
             "RE: Papier / paper - PH-2210", "Thu, 16 May 2024 12:30:00 +0100", body,
             in_reply_to="<papier-ph2210@wisladruk.pl>")
    return [("RE_Papier_PH-2210.eml", eml_bytes(m))]


case("c23_polish_question_paper_refused", [],
     "Supplier asks (Polish) to order paper for 6,000; buyer refuses: material for 40 advance copies only, "
     "run not released, revised PO by Anjali after sign-off.", c23())


# c24: DOCX full release after sign-off; total equals PO, nothing on hold
def c24():
    d = docx_bytes([
        ("h1", "Produktionsfreigabe / Production release PR-031"),
        ("p", "Verlag Nordlicht GmbH, Grosse Elbstrasse 212, 22767 Hamburg"),
        ("p", "An: Baltic Offset SIA, Riga - z. Hd. Ilze Kalnina"),
        ("p", "Titel: Hafenwinter - Bestellung 4500079944 - Datum: 28.05.2024"),
        ("h", "Sign-off"),
        ("p", "The twenty (20) advance copies (pos. 10) were signed off on 27.05.2024 by Matthias Brandt, "
              "Leiter Herstellung."),
        ("h", "Release"),
        ("p", "We hereby release two thousand nine hundred eighty (2,980) copies, pos. 20 of order "
              "4500079944, for printing and binding."),
        ("table", [
            ["Pos.", "Item", "Quantity", "Status"],
            ["10", "Advance copies", "20", "delivered 24.05.2024"],
            ["20", "Print run", "2,980", "released by this document"],
            ["", "Total order", "3,000", "fully released"],
        ]),
        ("p", "With this release the whole order quantity is released. Nothing remains on hold. Paper "
              "for the released 2,980 copies may now be purchased."),
        ("p", "Delivery DAP Hamburg, KW 27. Bitte Lieferschein mit Bestellnummer."),
        ("p", "Matthias Brandt, Leiter Herstellung"),
    ], author="Matthias Brandt")
    return [("Produktionsfreigabe_PR-031.docx", d)]


case("c24_full_release_after_signoff", [],
     "Release of the remaining 2,980 after sign-off; total released equals the 3,000 order; nothing on hold.",
     c24())


# c25: Chinese-English supplier quote with MOQ tiers; sample approval does not start production
def c25():
    b = pdf([
        ("h1", "DONGGUAN EVERBRIGHT GAME CO., LTD"),
        ("p", "No. 18 Xinwan Road, Humen Town, Dongguan, Guangdong 523900, China"),
        ("h", "QUOTATION No. EB-Q-240508"),
        ("p", "To: Rook & Raven Games, Austin TX - Mr. Marcus Bell    Date: May 8, 2024"),
        ("p", "Dear Sir, Thanks for your inquiry. Please kindly check our best price as below."),
        ("table", [
            ["Item", "Specification"],
            ["Game box", "Telescope box 300 x 300 x 75 mm, 2 mm greyboard + 157 g art paper, 4C, matt lam"],
            ["Board", "6-fold 600 x 600 mm, 2 mm greyboard, linen texture"],
            ["Cards", "220 pcs, 63 x 88 mm, 300 g black core, 4C/4C, linen"],
            ["Tokens", "4 punchboards, 2 mm"],
            ["Plastic", "Vacuum tray (PET black) + 60 minis (PVC, unpainted)"],
        ]),
        ("table", [
            ["MOQ / Qty", "Unit price USD (FOB Shenzhen)"],
            ["1,000 sets", "14.80"],
            ["3,000 sets", "10.95"],
            ["5,000 sets", "9.60"],
            ["Pre-production sample (per set)", "85.00"],
        ]),
        ("p", "Terms: 1. Price valid 30 days. 2. Payment: 30% deposit, 70% before shipment. 3. Lead time "
              "35 days after written production order. 4. Mass production starts only after customer's "
              "written production order (revised PO). Approval of the pre-production sample does not "
              "start mass production."),
        ("p", "Best regards, Amy Chen, Sales Manager, amy.chen@everbrightgame.cn"),
    ], title="Quotation EB-Q-240508", author="Everbright")
    return [("EB-Q-240508_quotation.pdf", b)]


case("c25_cn_quote_tiers_no_auto_start", [], "Supplier quote with MOQ tiers; states sample approval "
     "does not start mass production.", c25())


# ================================================================== POSITIVE
# p01: PO for advance copies + supplier quote attached; run quantity shown, no hold/event/person
def p01():
    body = """Hi Agnieszka,

Lovely to speak earlier. As promised, here's our PO AP-7712 for the advance copies of Salt &
Shingle: A Year on the Sussex Coast. I've attached your quote as well so that everything's in one
place for your planning team.

We'd need the copies at our Brighton office by 21 June -- the sales conference is the 25th and
the reps are very keen to get their hands on it. Could you confirm the date when you get a
moment?

Spec is exactly as quoted, except the endpapers: we've gone for the Colorplan Harvest rather than
the Stone.

Many thanks, and have a lovely weekend,
Jess
""" + sig("Jess Harlow", "Production Editor", "Ashdown Press Ltd, 22 Ship Street, Brighton BN1 1AD",
          "+44 1273 555 614")
    po = pdf([
        ("h1", "ASHDOWN PRESS - PURCHASE ORDER AP-7712"),
        ("p", "Supplier: Drukarnia Wisła Druk sp. z o.o., Kraków    Date: 10 May 2024    Currency: GBP"),
        ("table", [
            ["Line", "Description", "Qty", "Unit", "Price", "Total"],
            ["1", "Salt & Shingle - advance copies, 246 x 189 mm, 256pp, 4/4, HB", "25", "copies",
             "12.40", "310.00"],
            ["2", "Courier to Brighton", "1", "lot", "95.00", "95.00"],
        ]),
        ("sp",),
        ("p", "Invoice to accounts@ashdownpress.co.uk quoting AP-7712. Payment 60 days EOM."),
    ], title="PO AP-7712", author="Ashdown Press")
    q = pdf([
        ("h1", "DRUKARNIA WISŁA DRUK"),
        ("h", "OFERTA / QUOTATION Q-24-0388"),
        ("p", "For: Ashdown Press Ltd, Brighton - Salt & Shingle: A Year on the Sussex Coast - 2 May 2024"),
        ("p", "246 x 189 mm, 256 pp, 4/4 on 150 g Magno Matt, sewn, HB 2.5 mm board, printed case, "
              "matt lam, Colorplan endpapers, head and tail bands."),
        ("table", [
            ["Quantity", "Unit price GBP", "Total GBP"],
            ["25 advance copies", "12.40", "310.00"],
            ["5,000 copies", "3.18", "15,900.00"],
            ["7,500 copies", "2.79", "20,925.00"],
        ]),
        ("p", "Delivery DAP Brighton. Schedule: advance copies 3 weeks from files; run 5 weeks. "
              "Validity 30 days. Paper surcharge may apply after 1 July."),
        ("p", "Agnieszka Kowalczyk, Export Sales"),
    ], title="Quotation Q-24-0388", author="Wisla Druk")
    m = mail("Jess Harlow <jess.harlow@ashdownpress.co.uk>",
             "Agnieszka Kowalczyk <a.kowalczyk@wisladruk.pl>",
             "PO AP-7712 Salt & Shingle advance copies", "Fri, 10 May 2024 16:40:00 +0100",
             body, html=txt2html(body),
             attachments=[("PO_AP-7712.pdf", po, PDF_MT), ("Q-24-0388_Salt_and_Shingle.pdf", q, PDF_MT)])
    return [("PO_AP-7712_advance_copies.eml", eml_bytes(m))]


case("p01_po_plus_quote_no_hold", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 25 advance copies with the quote (5,000/7,500) attached; nothing says the run is "
     "informational or not released; no unlock event or person.", p01())


# p02: bare ERP sample PO
def p02():
    t = """SPIELEVERLAG KRANICH GMBH                               BESTELLUNG / PURCHASE ORDER
Fuerther Strasse 244, 90429 Nuernberg                   Nr.    : 4500021870
                                                        Datum  : 13.05.2024
Lieferant : 700418  DRUKARNIA WISLA DRUK SP. Z O.O.
            ul. Pollanki 64, 30-740 Krakow, PL
Einkauf   : S. Maier    Tel +49 911 3100 450
-------------------------------------------------------------------------------
Pos  Material/Text                               Menge  ME   Preis EUR    Wert EUR
-------------------------------------------------------------------------------
0010 VORSERIENMUSTER / PRE-PRODUCTION SAMPLES        6  ST      110,00      660,00
     "Kranichflug" Brettspiel, Art.-Nr. KR-2024-500
     gem. Spezifikation v3 / Zeichnung KR-500 Rev 2
     (Box 270 x 270 x 60, Spielplan 4-fach, 2 Stanzbogen,
     88 Karten 57 x 87, Regelheft 12 S.)
0020 FRACHT / FREIGHT DAP NUERNBERG                  1  PSCH     95,00       95,00
-------------------------------------------------------------------------------
                                                 Gesamt netto EUR          755,00

Kopftext / Header text:
Bitte Muster gem. Spezifikation v3 fertigen. Please produce the samples per
spec v3 and ship to Nuernberg by KW 24. Farbverbindlicher Proof liegt bei.
Pruefbericht EN 71-3 bitte mitliefern.

Lieferbedingungen: DAP Nuernberg, Incoterms 2020. Zahlung 30 Tage 2 % Skonto.
"""
    return [("BEST_4500021870.txt", t)]


case("p02_bare_sample_po_erp", ["RG003", "RG004", "RG005"],
     "ERP PO for 6 pre-production samples only; never says production is not released, no unlock "
     "event, no release person.", p02())


# p03: chat: sample tins + main order quantity + deposit 'so you can start'
def p03():
    t = """WhatsApp Chat with Kelly Zhang (Heng Tai)
08/05/2024, 10:02 - Joost van Dalen: Morning Kelly. PO 4400-118 for the sample tins is in your inbox. 12 pcs, new Earl Grey artwork, embossed lid
08/05/2024, 10:03 - Joost van Dalen: For the main order we go with your quote, 30k pcs @ USD 0.62 FOB Shenzhen
08/05/2024, 10:05 - Joost van Dalen: 30% deposit against your PI-2405-77 for the 30k was paid this morning, so you can start 👍
08/05/2024, 10:20 - Kelly Zhang: Received, thank you Joost! will check with finance the deposit
08/05/2024, 10:21 - Kelly Zhang: sample tins 12 pcs ready in 7 days
08/05/2024, 10:22 - Kelly Zhang: tinplate 0.21mm MR T3, print CMYK + 1 pantone, inside gold lacquer ok?
08/05/2024, 10:30 - Joost van Dalen: Yes inside gold lacquer. And the lid emboss 0.3 mm like the Jasmijn tin
08/05/2024, 10:31 - Kelly Zhang: ok noted 🙏
"""
    return [("WhatsApp_Chat_Heng_Tai.txt", t)]


case("p03_chat_deposit_so_you_can_start", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "PO for 12 sample tins; 30k main-order quantity beside it without hold; deposit paid 'so you can "
     "start'.", p03())


# p04: buyer HTML PO with edition quantity in header, wet proofs only, no hold
def p04():
    body = """<h2>Blue Gum Children's Books &mdash; Purchase Order BG-2291</h2>
<p>Date: 14/05/2024 &middot; Supplier: Kinabalu Print Sdn Bhd, Lot 7, Jalan Pengapit 15/19, Shah Alam &middot; Terms: 30 days EOM</p>
<table>
<tr><th>Project</th><td>Wombat Goes Walkabout &ndash; picture book</td></tr>
<tr><th>Format</th><td>32pp self-ended, 250 x 250 mm, 4/4, 157gsm matt art, hardcover with matt lam + spot UV</td></tr>
<tr><th>Edition</th><td>8,000 copies</td></tr>
<tr><th>ISBN</th><td>978-1-7600-0291-4</td></tr>
</table>
<h3>Order lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Unit price AUD</th><th>Total AUD</th></tr>
<tr><td>1</td><td>Wet proofs (Epson), full book incl. cover</td><td>2 sets</td><td>180.00</td><td>360.00</td></tr>
</table>
<p>Please send the wet proofs to our Surry Hills office (Level 2, 45 Foveaux Street, Surry Hills NSW 2010). Any questions, shout.</p>
<p>Cheers,<br>Mia Rossi &middot; Production Coordinator &middot; +61 2 9212 0455</p>"""
    return [("PO_BG-2291.html", html_page("PO BG-2291 - Blue Gum Children's Books", body, "en-AU"))]


case("p04_html_po_edition_beside_proofs", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 2 sets of wet proofs with 'Edition 8,000 copies' in the header; no hold, event or person.",
     p04())


# p05: two files: spec DOCX (proofs 20, run 5,000) + PO email (25 bound proofs)
def p05():
    d = docx_bytes([
        ("h1", "Specification sheet"),
        ("p", "Glenmore Editions, 40 Otago Street, Glasgow G12 8JH"),
        ("p", "Title: Tide Tables and Other Poems - Author: Morag Lennox - ISBN 978-1-9160-0211-8"),
        ("table", [
            ["Item", "Specification"],
            ["Format", "198 x 129 mm (B-format)"],
            ["Extent", "96 pp"],
            ["Text", "1/1 black, Munken Premium Cream 90 g"],
            ["Cover", "300 g Tintoretto Gesso, 2/0 + blind deboss, French flaps"],
            ["Binding", "Sewn paperback"],
            ["Bound proofs", "20 copies"],
            ["Print run", "5,000 copies"],
            ["Packing", "Shrink-wrapped in 10s, cartons max 12 kg, pallet labels with ISBN"],
        ]),
        ("p", "Files: print-ready PDF/X-4 via WeTransfer, 2 May 2024."),
    ], author="Isla Grant")
    body = """Dear Mojca,

Please find our PO GE-0211 for the bound proofs of Tide Tables and Other Poems: twenty-five (25)
copies, spec as per the specification sheet I sent over on Monday.

Could we have them by 28 June? Morag is reading at the Edinburgh festival launch in August and
we'd like the proofs out to reviewers before then.

Thank you, and do let me know if anything in the files looks odd -- the deboss artwork is on its
own layer.

Kind regards,
Isla
""" + sig("Isla Grant", "Production Editor", "Glenmore Editions", "+44 141 555 0211")
    m = mail("Isla Grant <isla@glenmore-editions.co.uk>", "Mojca Kovač <mojca.kovac@tiskarna-sava.si>",
             "PO GE-0211 - bound proofs, Tide Tables", "Wed, 08 May 2024 11:05:00 +0100", body)
    return [("Specification_Tide_Tables.docx", d), ("PO_GE-0211_bound_proofs.eml", eml_bytes(m))]


case("p05_spec_and_po_disagree_no_hold", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "Spec says 20 bound proofs and 5,000 run; PO email says 25 bound proofs; nothing says the run is not "
     "released; no event or person.", p05())


# p06: wine labels: PO for proof labels + pro-forma for 40,000; deposit 'so you can get started'
def p06():
    body = """Hi Mr Tan,

PO RG-5521 for the 250 press-proof labels is attached, along with your pro-forma for our records.

The deposit against your pro-forma PI-24-1187 for the 40,000 Cabernet labels was transferred
today (AUD 4,380.00, our ref. NAB-0514-2), so you can get started.

Could you let me know the shipping date once you have it? We're bottling the 2022 Cabernet in
the first week of August.

Cheers,
Hamish
""" + sig("Hamish Doyle", "Operations Manager", "Red Gum Estate, Riddoch Highway, Coonawarra SA 5263",
          "+61 8 8736 3100")
    po = pdf([
        ("h1", "RED GUM ESTATE - PURCHASE ORDER RG-5521"),
        ("p", "Supplier: Penang Pack & Print Sdn Bhd, Bayan Lepas, Penang    Date: 14/05/2024"),
        ("table", [
            ["Line", "Item", "Qty", "Unit price AUD", "Total AUD"],
            ["1", "Press-proof labels, Cabernet Sauvignon 2022 front, 90 x 110 mm, Estate Label No. 8, "
                  "gold foil + blind emboss", "250", "0.96", "240.00"],
        ]),
        ("p", "Deliver to: Red Gum Estate cellar door, Coonawarra. Attention: Hamish Doyle."),
    ], title="PO RG-5521", author="Red Gum Estate")
    pi = pdf([
        ("h1", "PENANG PACK & PRINT SDN BHD"),
        ("h", "PRO-FORMA INVOICE PI-24-1187"),
        ("p", "Bill to: Red Gum Estate, Coonawarra SA - Date 10/05/2024"),
        ("table", [
            ["Description", "Qty", "Unit AUD", "Amount AUD"],
            ["Cabernet Sauvignon 2022 front label, 90 x 110 mm", "40,000", "0.365", "14,600.00"],
            ["Foil block + emboss die", "1", "0.00", "incl."],
            ["Deposit 30% payable now", "", "", "4,380.00"],
            ["Balance 70% before shipment", "", "", "10,220.00"],
        ]),
        ("p", "Bank: Maybank Berhad, Penang. SWIFT MBBEMYKL. Account 5571 2200 1187."),
    ], title="Pro-forma PI-24-1187", author="Penang Pack & Print")
    m = mail("Hamish Doyle <hamish@redgumestate.com.au>", "Tan Wei Ming <weiming.tan@penangpackprint.com.my>",
             "PO RG-5521 + deposit", "Tue, 14 May 2024 17:22:00 +0930", body,
             attachments=[("PO_RG-5521.pdf", po, PDF_MT), ("PI-24-1187.pdf", pi, PDF_MT)])
    return [("PO_RG-5521_Cabernet_labels.eml", eml_bytes(m))]


case("p06_proof_labels_deposit_get_started", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "PO for 250 proof labels with a pro-forma for 40,000; deposit paid 'so you can get started'; no "
     "hold, event or person.", p06())


# p07: quoted thread; buyer answers press photos with 'Green light from us!'
def p07():
    po_msg = """Dear Janis,

Our PO TQ-0318 is attached: forty (40) advance copies of Whisky Country: A Journey Through the
Distilleries of Scotland.

The main run of 3,500 is not released by this PO. It will be released only by a revised PO from
me, after the advance copies have been signed off. Material: paper for the 40 advance copies
only.

Catriona Hay
Production Director, Thistle & Quill Books"""
    sup = """Dear Catriona,

The advance copies are off press -- photos of the distillery spreads attached. Colour on pp. 44-57
is a touch warm against the proof; we can pull the magenta back 5% on press. Please let us know.

Best regards,
Janis Ozols
Baltic Offset SIA"""
    body = """Hi Janis,

Thank you -- they look lovely, and yes, please pull the magenta back on those spreads.

Green light from us!

Catriona
""" + sig("Catriona Hay", "Production Director", "Thistle & Quill Books, Edinburgh", "+44 131 555 0318") + \
        "\n\nOn 21 May 2024, at 15:10, Janis Ozols <janis.ozols@balticoffset.lv> wrote:\n\n" + quote(sup) + \
        "\n>\n> On 2 May 2024, at 09:30, Catriona Hay <catriona@thistlequill.co.uk> wrote:\n>\n" + quote(po_msg, 2) + "\n"
    m = mail("Catriona Hay <catriona@thistlequill.co.uk>", "Janis Ozols <janis.ozols@balticoffset.lv>",
             "Re: TQ-0318 Whisky Country - advance copies", "Tue, 21 May 2024 17:02:00 +0100", body,
             in_reply_to="<tq-0318-photos@balticoffset.lv>")
    return [("Re_TQ-0318_Whisky_Country.eml", eml_bytes(m))]


case("p07_green_light_unscoped", ["RG002"],
     "Thread with a fully scoped PO quoted; buyer replies 'Green light from us!' with no quantity or "
     "sample scope.", p07())


# p08: two files: ERP PO (scoped) + signed proof approval form 'Good to run'
def p08():
    t = """HARROWGATE & FINCH LTD                         PURCHASE ORDER   HF-24-0093
31 Bedford Row, London WC1R 4HE                DATE             02/05/2024
SUPPLIER: GRAFICHE ADIGE S.R.L., VERONA        ACCOUNT          ADG001
------------------------------------------------------------------------
LN  DESCRIPTION                                QTY  UOM    PRICE   VALUE
------------------------------------------------------------------------
01  WET PROOFS - THE GARDENS OF THE VENETO       2  SETS  210.00  420.00
    (FULL BOOK, 9 SECTIONS, GARDAMATT 150G)
------------------------------------------------------------------------
                                                 TOTAL EUR        420.00
NOTES:
PRINT RUN 3,000 COPIES NOT RELEASED. RELEASED ONLY BY REVISED PO FROM
D. OKAFOR (HEAD OF PRODUCTION) AFTER WET PROOF SIGN-OFF.
MATERIAL AUTHORITY: WET PROOFS ONLY.
DELIVER WET PROOFS TO: 31 BEDFORD ROW, LONDON. COURIER ACCT UPS 5X1100.
"""
    f = pdf([
        ("h1", "GRAFICHE ADIGE S.r.l."),
        ("h", "MODULO DI APPROVAZIONE BOZZE / PROOF APPROVAL FORM"),
        ("table", [
            ["Job", "GA-24/1130 - The Gardens of the Veneto"],
            ["Customer", "Harrowgate & Finch Ltd, London"],
            ["Proof", "Wet proof, set 1 of 2, sections 1-9 + jacket"],
            ["Checked", "colour, register, imposition, pagination"],
        ]),
        ("sp",),
        ("table", [
            ["Decision", ""],
            ["[X]", "Good to run"],
            ["[ ]", "Good to run with corrections as marked"],
            ["[ ]", "New proof required"],
        ]),
        ("sp",),
        ("p", "Comments: Lovely work - the greens on pp. 44-45 are spot on. Jacket: please check the gold "
              "on the spine matches PMS 871."),
        ("p", "Signed: Daniel Okafor, Head of Production - 14/05/2024"),
        ("p", "Please return this form by e-mail to prestampa@graficheadige.it"),
    ], title="Proof approval form GA-24/1130", author="Grafiche Adige")
    return [("PO_HF-24-0093.txt", t), ("proof_approval_form_GA-24-1130_signed.pdf", f)]


case("p08_proof_form_good_to_run", ["RG002"],
     "Two files: scoped PO for 2 wet-proof sets (run not released); signed proof form ticks 'Good to run' "
     "without quantity or scope.", p08())


# p09: Teams chat; buyer scoped earlier, later 'You can proceed.'
def p09():
    t = """Microsoft Teams - chat export
Participants: Lena Hoffmann (Hexenkessel Spiele GmbH), Vincent Liu (Jade Games, external)

[03.06.2024 08:14] Lena Hoffmann
Morning Vincent. For the record: PO HK-1147 covers the 3 golden samples of "Mondlichtmarkt" only.
The 5,000 mass-production sets are not released. I'll release them in writing, with a revised PO,
after our golden sample sign-off.

[03.06.2024 08:30] Vincent Liu
noted Lena. golden samples ship Wednesday by FedEx, tracking to follow

[05.06.2024 11:02] Vincent Liu
FedEx 7705 1000 3000, ETA Cologne Friday

[10.06.2024 15:02] Vincent Liu
golden samples arrived? any comments?

[10.06.2024 15:40] Lena Hoffmann
Arrived this morning. Box print is great, the insert fits perfectly now and the cards are cut clean.
The moon tokens punch out nicely too.

[10.06.2024 15:41] Lena Hoffmann
You can proceed.

[10.06.2024 15:45] Vincent Liu
thank you!! 🙏
"""
    return [("Teams_chat_Hexenkessel_Jade.txt", t)]


case("p09_chat_you_can_proceed", ["RG002"],
     "Chat: scope stated (3 golden samples, 5,000 not released, Lena releases after sign-off); later "
     "'You can proceed.' with no scope.", p09())


# p10: 'Approved! let's go' + bare sample PO attached
def p10():
    sup = """Dear Marcus,

Please see attached photos of the PP samples (6 sets) for Starfall Harbor: box, board, minis and
the dual-layer player boards. Waiting for your comments.

Best regards,
Amy Chen
Sales Manager, Dongguan Everbright Game Co., Ltd"""
    body = """Approved! These look fantastic -- the minis came out way crisper than the 3D renders. Let's go 🎲

PO attached again for your records.

Marcus
""" + sig("Marcus Bell", "Founder & Producer", "Rook & Raven Games, Austin TX", "+1 512 555 0447") + \
        "\n\nOn Thu, May 16, 2024 at 7:44 PM Amy Chen <amy.chen@everbrightgame.cn> wrote:\n" + quote(sup) + "\n"
    po = pdf([
        ("h1", "ROOK & RAVEN GAMES - PURCHASE ORDER RR-0447"),
        ("p", "Vendor: Dongguan Everbright Game Co., Ltd    Date: 04/22/2024    Terms: T/T"),
        ("table", [
            ["Line", "Description", "Qty", "Unit USD", "Total USD"],
            ["1", "Starfall Harbor - PP sample sets, complete game per quote EB-Q-240415", "6", "85.00",
             "510.00"],
            ["2", "Air freight to Austin TX", "1", "240.00", "240.00"],
        ]),
        ("p", "Ship to: Rook & Raven Games, 2100 E 6th St, Austin TX 78702."),
    ], title="PO RR-0447", author="Rook & Raven")
    m = mail("Marcus Bell <marcus@rookandraven.games>", "Amy Chen <amy.chen@everbrightgame.cn>",
             "Re: PP samples Starfall Harbor", "Fri, 17 May 2024 09:12:00 -0500", body,
             in_reply_to="<pp-starfall@everbrightgame.cn>",
             attachments=[("PO_RR-0447.pdf", po, PDF_MT)])
    return [("Re_PP_samples_Starfall_Harbor.eml", eml_bytes(m))]


case("p10_approved_lets_go_bare_sample_po", ["RG002", "RG003", "RG004", "RG005"],
     "Buyer replies 'Approved! Let's go' to PP-sample photos; attached PO is for 6 PP sample sets with no "
     "hold, event or person.", p10())


# p11: DOCX production instruction, later update 'Go ahead.'
def p11():
    d = docx_bytes([
        ("h1", "Productieopdracht / Production instruction"),
        ("p", "Uitgeverij Zeewind B.V., Amsterdam  -  to Baltic Offset SIA, Riga"),
        ("p", "Title: Vis van de Noordzee (cookbook) - PO ZW-2024-131 - issued 29-04-2024"),
        ("table", [
            ["Line", "Item", "Qty", "Status"],
            ["1", "Wet proof sheets, 4 spreads (pp. 12-13, 48-49, 88-89, 140-141)", "4 sets", "ordered"],
            ["2", "Print run, 176 pp, 4/4, HC", "7,500", "not released"],
        ]),
        ("p", "The print run of 7,500 copies is not released. It will be released by a revised PO from "
              "Sanne Bakker (Hoofd Productie) after wet proof sign-off. Material authority: wet proofs only."),
        ("h", "Technical notes"),
        ("li", "Profile: PSO Uncoated v3 for the text, ISO Coated v2 for the cover."),
        ("li", "Fish photography: watch the blues, no cyan cast on the ice."),
        ("li", "Delivery: DAP Centraal Boekhuis, Culemborg."),
        ("h", "Updates"),
        ("p", "Update 14-05-2024 (SB): Wet proofs are in, the blues are right and the ice is clean now. "
              "Go ahead."),
    ], author="Sanne Bakker")
    return [("Productieopdracht_ZW-2024-131.docx", d)]


case("p11_docx_update_go_ahead", ["RG002"],
     "Production instruction scoped (7,500 not released); later update line just says 'Go ahead.'", p11())


# p12: supplier treats deposit as authority to run the full quantity
def p12():
    po_msg = """Dear Ms Kalnina,

please find our order 4500080211 attached: fifty (50) advance copies of "Moorlicht".

The print run of 3,000 copies is not released. It will be released by a written call-off from me
after the advance copies have been signed off. Material: paper for the 50 advance copies only.

Our accounts team will pay your deposit invoice this week.

Mit freundlichen Gruessen
Matthias Brandt
Leiter Herstellung, Verlag Nordlicht GmbH"""
    body = """Dear Mr Brandt,

Thank you -- the 30% deposit arrived this morning.

On that basis we have booked the print run onto the XL 106 for 17 June, 4/4, section-sewn, with
the 50 advance copies coming off the same make-ready. The bindery slot follows on 19-20 June.

The advance copies will reach Hamburg by 24 June.

Best regards,
Ilze Kalnina
""" + sig("Ilze Kalnina", "Customer Service", "Baltic Offset SIA, Riga", "+371 6700 2201") + \
        "\n\n-----Original Message-----\nFrom: Matthias Brandt <m.brandt@verlag-nordlicht.de>\nSent: Monday, 27 May 2024 10:02\n\n" + quote(po_msg) + "\n"
    m = mail("Ilze Kalnina <ilze.kalnina@balticoffset.lv>", "Matthias Brandt <m.brandt@verlag-nordlicht.de>",
             "RE: Bestellung 4500080211 Moorlicht", "Wed, 29 May 2024 09:40:00 +0300", body,
             in_reply_to="<4500080211@verlag-nordlicht.de>")
    return [("RE_Bestellung_4500080211.eml", eml_bytes(m))]


case("p12_supplier_deposit_books_full_run", ["RG012"],
     "Buyer PO: 50 advance copies, 3,000 not released (call-off from Brandt after sign-off); supplier "
     "books the print run 'on that basis' of the deposit", p12())


# p13: supplier has ordered paper for the whole job; buyer had limited material to advance copies
def p13():
    po_msg = """Dear Pawel,

Our PO MP-3302 is attached: thirty (30) advance copies of The Canal Atlas of England.

The 4,200-copy run is not released by this PO. It will be released by a revised PO from me once
the advance copies have been signed off. Material authority: paper for the 30 advance copies only.

Best,
Gareth Lowe
Production Director, Marlow & Price Publishers"""
    body = """Dear Gareth,

The advance copies are in the bindery and will ship on Thursday by UPS.

One piece of good news: to protect the autumn press slot against the mill increase on 1 July, we
have already placed the paper order for the whole job with Arctic Paper -- 5.8 tonnes of Munken
Print Cream 15, 80 g/m2, delivering to our Kraków warehouse on 24 June. That way nothing can hold
us up later.

The map sections (pp. 33-64) came out beautifully on the 150 g Arctic Volume, by the way.

Kind regards,
Paweł
""" + sig_pl("Paweł Zieliński", "Key Account Manager", "Drukarnia Wisła Druk sp. z o.o.", "+48 12 555 64 10") + \
        "\n\nW dniu 02.05.2024 o 14:21, Gareth Lowe <g.lowe@marlowprice.co.uk> pisze:\n" + quote(po_msg) + "\n"
    m = mail("Paweł Zieliński <p.zielinski@wisladruk.pl>", "Gareth Lowe <g.lowe@marlowprice.co.uk>",
             "Re: PO MP-3302 Canal Atlas - advance copies", "Mon, 03 Jun 2024 13:15:00 +0200", body,
             in_reply_to="<mp-3302@marlowprice.co.uk>")
    return [("Re_PO_MP-3302_Canal_Atlas.eml", eml_bytes(m))]


case("p13_supplier_paper_for_whole_job", ["RG006"],
     "Buyer PO scoped (30 advance copies, material for 30 only); supplier has ordered 5.8 t of paper for the "
     "whole job.", p13())


# p14: job ticket: paper ordered for full run, released qty differs from the PO
def p14():
    t = """BALTIC OFFSET SIA                                           JOB TICKET 24-1302
==============================================================================
Customer  : KESTREL & WREN PUBLISHING, Edinburgh
Cust. PO  : KW-0488 - 30 ADVANCE COPIES
Title     : The Bothy Cookbook        ISBN 978-1-9160-0488-4
Format    : 246 x 189 mm | 224 pp | 4/4 | PLC, matt lam, sewn
------------------------------------------------------------------------------
QTY RELEASED TO PRESS : 40 adv. copies
RUN 5,000             : NOT RELEASED - HOLD (customer written release pending)
------------------------------------------------------------------------------
PAPER     : Holmen Book Cream 80 g, 70 x 100 - ordered for full run 5,000 cps
            + 4% overs (3.4 t) - delivered 12.06., warehouse A, bay 2
COVER     : Invercote G 260 g - 40 cps
PLATES    : 28 x CTP, sections 1-14
PRESS     : XL 106, 18.06. day shift - adv. copies
BINDERY   : Kolbus, 19.06.
DISPATCH  : 20.06. DHL Express to Edinburgh
------------------------------------------------------------------------------
CSR: J. Ozols        Planner: A. Berzins        Printed: 12.06.2024 07:55
"""
    return [("job_ticket_24-1302.txt", t)]


case("p14_job_ticket_paper_full_run_qty_mismatch", ["RG006", "RG011"],
     "Job ticket: paper ordered for the 5,000 run (not released) with no material authority; PO says 30 "
     "advance copies, ticket releases 40.", p14())


# p15: chat: supplier bought greyboard and paper for all sets
def p15():
    t = """WeChat chat history export
Chat: Hannah Price (Kite & Compass Games) / Amy Chen (Everbright)

2024-06-03 09:10  Hannah Price: Hi Amy, just to confirm: PO KC-0312 is for the 3 PP samples of
                  Tidewater only. The 3,000 retail sets are NOT released. I'll release them myself
                  with a revised PO after PP sign-off - please don't buy material for them.
2024-06-03 09:35  Amy Chen: Noted Hannah. PP samples ready 20 June.
2024-06-10 14:12  Amy Chen: [Image] [Image] box wrap proof, pls check the spine text
2024-06-10 16:40  Hannah Price: Spine text fine. Can you move the barcode 5 mm left?
2024-06-11 08:02  Amy Chen: ok done
2024-06-17 11:02  Amy Chen: Hi Hannah, update: PP samples 90% done.
2024-06-17 11:03  Amy Chen: Also to catch the slot before National Day holiday, we purchased 2mm
                  greyboard + 157g art paper for 3000 sets already, stored in our warehouse. So when
                  you release we can start very fast.
2024-06-17 11:30  Hannah Price: I'll come back to you tomorrow on this.
"""
    return [("wechat_export_KC-0312_Tidewater.txt", t)]


case("p15_chat_board_bought_for_all_sets", ["RG006"],
     "Chat: buyer scope complete (3 PP samples, no material for 3,000); supplier reports greyboard and paper "
     "bought for 3,000 sets.", p15())


# p16: supplier order confirmation PDF: paper purchased for full run
def p16():
    b = pdf([
        ("h1", "GRAFICHE ADIGE S.r.l."),
        ("p", "Via dell'Industria 41, 37135 Verona (VR), Italia"),
        ("h", "CONFERMA D'ORDINE / ORDER CONFIRMATION No. OC-24/0412"),
        ("p", "Customer: The Carrow Museum of Art, Boston MA - Your PO: CM-7790 - Date: 15/05/2024"),
        ("p", "Title: Lucia Ferrante: Light on Water - exhibition catalogue"),
        ("table", [
            ["Item", "Qty", "Unit price", "Total"],
            ["Advance copies, hardcover with jacket", "60", "EUR 32,00", "EUR 1.920,00"],
            ["Press proofs, 8 spreads", "1 set", "", "EUR 640,00"],
            ["Print run 2.500 copies", "-", "", "awaiting your written release"],
        ]),
        ("sp",),
        ("p", "Paper: to secure availability ahead of the August mill shutdown, we have reserved and "
              "purchased from Fedrigoni the full paper requirement for the print run of 2.500 copies "
              "(Gardamatt Art 150 g, 4.150 kg). Should the print run not be ordered, the paper will be "
              "invoiced at cost."),
        ("p", "Advance copies: ex works 14 June 2024. Press check for the advance copies: 6 June, Verona."),
        ("p", "Cordiali saluti - Chiara Benedetti, Ufficio Commerciale"),
    ], title="Order confirmation OC-24/0412", author="Grafiche Adige")
    return [("OC-24-0412_conferma_ordine.pdf", b)]


case("p16_supplier_oc_paper_purchased", ["RG006"],
     "Supplier OC: 60 advance copies; run awaiting release; paper for the 2.500 run already purchased and "
     "to be invoiced to the buyer.", p16())


# p17: label printer has slit and stocked substrate and foil for the whole run (multipart/alternative)
def p17():
    po_msg = """Hi Kasia,

PO BO-1120 attached covers 500 press-proof labels only (Bramble & Oak London Dry, 70cl front and
back).

The 60,000 production labels are not released. I'll release them in writing once our QA has
signed off the proof labels on the line.

Thanks,
Lucy Fenwick
Purchasing Manager, Bramble & Oak Distillers"""
    body = """Hi Lucy,

Quick update on job EP-24-2210: the press-proof labels (500) go out tomorrow with DPD,
tracking 0500 1120 2210 3.

FYI we have already slit and stocked the Fasson Cotton Label substrate and the gold foil for the
entire 60k run, so we're ready the moment you release.

Have a good weekend!
Kasia
""" + sig_pl("Kasia Nowicka", "Customer Service", "Etykieta Plus sp. z o.o., Łódź", "+48 42 555 12 80",
             krs="508812") + "\n\n--- Original message ---\nFrom: Lucy Fenwick <lucy@brambleandoak.co.uk>\nDate: 28.05.2024 10:12\n\n" + quote(po_msg) + "\n"
    m = mail("Kasia Nowicka <k.nowicka@etykietaplus.pl>", "Lucy Fenwick <lucy@brambleandoak.co.uk>",
             "RE: PO BO-1120 proof labels", "Fri, 07 Jun 2024 15:05:00 +0200", body, html=txt2html(body),
             in_reply_to="<bo-1120@brambleandoak.co.uk>")
    return [("RE_PO_BO-1120_proof_labels.eml", eml_bytes(m))]


case("p17_label_substrate_stocked_full_run", ["RG006"],
     "Buyer PO: 500 proof labels, 60,000 not released; supplier has slit and stocked substrate and foil for the "
     "whole 60k run.", p17())


# p18: supplier production plan DOCX: board purchased for 25,000 boxes
def p18():
    d = docx_bytes([
        ("h1", "PRODUCTION PLAN"),
        ("p", "Penang Pack & Print Sdn Bhd  -  Customer: Van Dijk Chocolade B.V., Zaandam"),
        ("p", "Item: Gift box 250 g pralines, 2-piece rigid box with window, ref. VDC-GB-250"),
        ("p", "Released by customer: 20 printed samples (PO VDC-4410). Plan date: 5 June 2024"),
        ("table", [
            ["Step", "Qty", "Status", "Date"],
            ["Structural samples (white)", "20", "done", "15 May"],
            ["Printed samples", "20", "done, shipped DHL", "27 May"],
            ["Board procurement (GC1 350 g + 1.5 mm greyboard)", "25,000 boxes", "purchased", "3 June"],
            ["Printing & die-cutting", "25,000", "waiting customer release", "tbc"],
            ["Wrapping, gluing & packing", "25,000", "waiting customer release", "tbc"],
        ]),
        ("p", "Notes: Board was purchased early because the mill has a 5-week lead time and we want to "
              "keep the September shipment. Window film (PET 0.2 mm) will be ordered after release."),
        ("p", "Prepared by: Lim Siew Ling, Production Planner"),
    ], author="Lim Siew Ling")
    return [("Production_Plan_VDC-4410.docx", d)]


case("p18_plan_board_purchased", ["RG006"],
     "Supplier plan: only 20 samples released; board purchased for 25,000 boxes with no material authority.",
     p18())


# p19: supplier portal job status: deposit moves job to production; paper bought for full run
def p19():
    body = """<h2>Tiskarna Sava d.o.o. &mdash; Customer Portal</h2>
<p>Customer: Kunsthalle Weserufer, Bremen &middot; Job <b>TS-24-0733</b> &middot; Title: <i>Wasser und Licht</i> (exhibition catalogue)</p>
<h3>Order lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Customer reference</th><th>Status</th></tr>
<tr><td>1</td><td>Bound proofs</td><td>20</td><td>PO M-2024-051</td><td>in production</td></tr>
<tr><td>2</td><td>Print run</td><td>per quote SAVA-Q-1180</td><td>&ndash;</td><td>not released by customer (awaiting written release)</td></tr>
</table>
<h3>Status log</h3>
<table>
<tr><th>Date</th><th>Event</th><th>By</th></tr>
<tr><td>28.05.2024</td><td>PO M-2024-051 received (20 bound proofs)</td><td>M. Kova&#269;</td></tr>
<tr><td>03.06.2024</td><td>30&nbsp;% deposit received &rarr; job moved to production queue, press slot week 25 booked</td><td>Finance / Planning</td></tr>
<tr><td>04.06.2024</td><td>Paper for full print run purchased: Magno Satin 150 g, 9,800 sheets 70 x 100</td><td>Purchasing</td></tr>
<tr><td>07.06.2024</td><td>Bound proofs dispatched, DHL 5000 7331 22</td><td>Dispatch</td></tr>
</table>
<p>Contact: mojca.kovac@tiskarna-sava.si &middot; +386 1 555 0733</p>"""
    return [("portal_job_TS-24-0733.html", html_page("Job TS-24-0733", body, "en"))]


case("p19_portal_deposit_to_production_paper_bought",
     ["RG006", "RG012"],
     "Supplier portal: deposit moves the unreleased run into the production queue; paper bought for the full "
     "run while only 20 bound proofs are released.", p19())


# p20: supplier will roll straight on into the run once advance copies are signed off
def p20():
    po_msg = """Dear Pawel,

PO PH-2231 is attached: thirty (30) advance copies of The Cotswold Way on Foot.

The run of 4,000 is not released; it will be released only by a revised PO from me (Anjali Shah,
Head of Production) after the advance copies have been signed off. Paper: advance copies only.

Best wishes,
Anjali"""
    body = """Dear Anjali,

Thank you for the order. The advance copies will be ready on 7 June and we'll send them by DHL.

As soon as they're signed off, we'll roll straight on into the 4,000 -- we've held a press slot for
you in week 24 so there's no gap between the two.

Kind regards,
Paweł
""" + sig_pl("Paweł Zieliński", "Key Account Manager", "Drukarnia Wisła Druk sp. z o.o.",
             "+48 12 555 64 10") + "\n\nW dniu 20.05.2024 o 09:40, Anjali Shah <a.shah@pelhamhouse.co.uk> pisze:\n" + quote(po_msg) + "\n"
    m = mail("Paweł Zieliński <p.zielinski@wisladruk.pl>", "Anjali Shah <a.shah@pelhamhouse.co.uk>",
             "Re: PO PH-2231 Cotswold Way", "Tue, 21 May 2024 08:55:00 +0200", body,
             in_reply_to="<ph-2231@pelhamhouse.co.uk>")
    return [("Re_PO_PH-2231_Cotswold_Way.eml", eml_bytes(m))]


case("p20_supplier_roll_straight_into_run", ["RG007"],
     "Buyer PO fully scoped; supplier: 'as soon as they're signed off, we'll roll straight on into the "
     "4,000'.", p20())


# p21: supplier quote whose terms make mass production start on sample approval
def p21():
    b = pdf([
        ("h1", "SHENZHEN JADE GAMES MANUFACTURING CO., LTD"),
        ("p", "Building B, Fuyong Industrial Park, Bao'an District, Shenzhen 518103, China"),
        ("h", "QUOTATION JG-Q-240415"),
        ("p", "To: Hexenkessel Spiele GmbH, Köln - Ms. Lena Hoffmann    Date: April 15, 2024"),
        ("p", "Project: Mondlichtmarkt - board game, 1 box 280 x 280 x 65 mm"),
        ("table", [
            ["Quantity", "Unit price USD FOB Shenzhen", "Lead time"],
            ["Golden samples (3 sets)", "120.00 / set", "15 days"],
            ["1,000 sets", "12.40", "30 days"],
            ["3,000 sets", "9.15", "35 days"],
            ["5,000 sets", "8.20", "40 days"],
        ]),
        ("h", "Terms and conditions"),
        ("p", "1. Prices valid 45 days. 2. Payment: 30% deposit with order, 70% against B/L copy. "
              "3. Mould and die costs included from 3,000 sets."),
        ("p", "4. Mass production will start automatically after customer approval of the golden "
              "sample (no further order needed), to keep the shipping schedule."),
        ("p", "5. Overs/unders +/- 2%. 6. Packing: 6 games per export carton, 5-ply."),
        ("p", "Vincent Liu, Project Manager - vincent.liu@jadegames.cn"),
    ], title="Quotation JG-Q-240415", author="Jade Games")
    return [("JG-Q-240415_Mondlichtmarkt.pdf", b)]


case("p21_quote_auto_start_on_sample_approval", ["RG007"],
     "Supplier quote term: mass production starts automatically after golden-sample approval, no further "
     "order.", p21())


# p22: buyer contradicts own written-release requirement in chat
def p22():
    t = """WhatsApp Chat with Tomasz Wójcik (Wisła Druk)
12/06/2024, 08:41 - Katrin Albers: Hi Tomasz, confirming: PO 4500012901 covers 10 pre-production samples of Salzstraße. The 4,000 games are not released - only I can release them, in writing, after we sign off the samples.
12/06/2024, 09:02 - Tomasz Wójcik: Understood Katrin. Samples ready 21.06.
17/06/2024, 13:15 - Tomasz Wójcik: Cards are printed, box wraps tomorrow. <Media omitted>
17/06/2024, 13:20 - Katrin Albers: Lovely. Salt tokens look better in the darker grey.
19/06/2024, 17:55 - Katrin Albers: Tomasz, I'm off from Saturday for two weeks and Jonas is at the fair. If the samples look fine to the team here, just carry on with the run - no need to wait for paperwork from me.
19/06/2024, 18:03 - Tomasz Wójcik: OK, clear. We'll keep the press ready.
"""
    return [("WhatsApp_Chat_Wisla_Druk_Salzstrasse.txt", t)]


case("p22_buyer_waives_written_release_in_chat", ["RG007"],
     "Buyer first requires her written release, then says 'if the samples look fine to the team, just carry "
     "on with the run' -- implied auto-conversion, no signer or quantity.", p22())


# p23: supplier OC DOCX: full edition follows wet-proof approval without further order
def p23():
    d = docx_bytes([
        ("h1", "POTRDITEV NAROČILA / ORDER CONFIRMATION No. 24-0566"),
        ("p", "Tiskarna Sava d.o.o., Dunajska cesta 210, 1000 Ljubljana, Slovenija"),
        ("p", "Customer: Harbour Lane Museum, Baltimore MD - Your PO: HLM-2024-31 - Date: 27 May 2024"),
        ("p", "Title: Oyster Boats of the Bay - 260 x 230 mm, 160 pp, 4/4, HC"),
        ("table", [
            ["Item", "Qty", "Price EUR"],
            ["Wet proofs, full book, on the production stock (Magno Satin 150 g)", "3 sets", "690,00"],
            ["Courier to Baltimore", "1", "145,00"],
        ]),
        ("h", "Process and schedule"),
        ("num", "Digital proof (PDF) - within 2 working days of files."),
        ("num", "Wet proofs (3 sets) - dispatched 12 June."),
        ("num", "After your approval of the wet proofs, printing and binding of the full edition follows "
                "without further order; delivery 5 weeks after approval."),
        ("p", "Prices EXW Ljubljana. Payment 30 days net. We thank you for your order."),
        ("p", "Mojca Kovač, Sales"),
    ], author="Mojca Kovac")
    return [("Order_confirmation_24-0566.docx", d)]


case("p23_oc_full_edition_follows_approval", ["RG007"],
     "Supplier OC for 3 wet-proof sets: after wet-proof approval the full edition follows without further "
     "order.", p23())


# p24: printer portal: proof approval triggers full quantity, despite the buyer's hold note
def p24():
    body = """<h2>Kinabalu Print Sdn Bhd &mdash; Online Job Centre</h2>
<p>Job <b>KP-24-5120</b> &middot; Customer: Wattle &amp; Gum Publishing &middot; Title: <i>Outback Birds Sticker Book</i></p>
<table>
<tr><th>Item</th><th>Qty</th><th>Reference</th><th>Status</th></tr>
<tr><td>Hard proofs (Epson, full book)</td><td>2</td><td>Customer PO WG-1203</td><td>in production</td></tr>
<tr><td>Print run</td><td>10,000</td><td>&ndash;</td><td>not released (awaiting customer release)</td></tr>
</table>
<h3>Customer note</h3>
<p class="note">PO WG-1203 covers the 2 hard proofs only. The 10,000 run is not released &ndash; Priya Nair will release
it in writing after proof sign-off. (Priya Nair, 20/05/2024)</p>
<h3>Proof approval</h3>
<p>Your hard proofs are due on 31/05/2024. When you have checked them, use the button below.</p>
<p><button>Approve proof</button> <button>Request changes</button></p>
<p><small>Please note: once you approve the hard proof, your job is automatically scheduled for printing in the
full quantity. No separate print order is required.</small></p>"""
    return [("jobcentre_KP-24-5120.html", html_page("Job KP-24-5120", body, "en"))]


case("p24_portal_proof_approval_schedules_full_qty", ["RG007"],
     "Portal: buyer note keeps 10,000 on hold for Priya's written release, but the proof-approval button "
     "auto-schedules the full quantity.", p24())


# p25: Italian printer: straight to press after the ozalid OK
def p25():
    po_msg = """Dear Chiara,

Please find attached our PO HF-24-0102 for Venetian Villas: one ozalid set and fifty (50) advance
copies.

The 3,000 run is not released. I'll release it with a revised PO after the advance copies have
been signed off here in London.

Best regards,
Daniel Okafor
Head of Production, Harrowgate & Finch Ltd"""
    body = """Gentile Daniel,

grazie per l'ordine. Le cianografiche partono oggi con corriere espresso.

Appena ricevuta la Vostra approvazione della cianografica, partiamo con la tiratura -- so as soon
as we have your OK on the ozalid, we go straight to press with the full run, as usual. The
advance copies will be pulled from the same run and sent to you by air.

Cordiali saluti,
Chiara Benedetti
Ufficio Commerciale
GRAFICHE ADIGE S.r.l. - Via dell'Industria 41 - 37135 Verona
Tel. +39 045 555 0877

Questo messaggio e' destinato esclusivamente al destinatario indicato. / This message is intended
for the addressee only.

Il 03/06/2024 10:18, Daniel Okafor <d.okafor@harrowgatefinch.co.uk> ha scritto:
""" + quote(po_msg) + "\n"
    m = mail("Chiara Benedetti <c.benedetti@graficheadige.it>", "Daniel Okafor <d.okafor@harrowgatefinch.co.uk>",
             "R: PO HF-24-0102 Venetian Villas", "Mon, 03 Jun 2024 16:44:00 +0200", body,
             in_reply_to="<hf-24-0102@harrowgatefinch.co.uk>")
    return [("R_PO_HF-24-0102_Venetian_Villas.eml", eml_bytes(m))]


case("p25_italian_straight_to_press_after_ozalid", ["RG007"],
     "Buyer PO scoped (ozalid + 50 advance copies, run via revised PO after sign-off); printer: straight to "
     "press with the full run on the ozalid OK.", p25())


# p26: tin supplier turns forecast into 'your order' and starts after golden sample
def p26():
    po_msg = """Dear Kelly,

PO 4400-131 is attached for twelve (12) sample tins, Rooibos 100 g, new artwork.

The 20,000 we discussed is our forecast only -- it is not an order and it is not released. The
production quantity will be released by a revised PO signed by me after sample sign-off.

Kind regards,
Joost van Dalen
Inkoop, Molenaar Thee B.V."""
    body = """Dear Joost,

Well noted with thanks.

Sample tins will be ready on 5 June and sent by DHL. After you confirm the golden sample, we will
arrange mass production immediately for your order of 20,000 tins, to meet the August vessel from
Shekou.

Please kindly advise the carton marks.

Best regards,
Kelly Zhang
Sales Department
Dongguan Heng Tai Metal Packaging Co., Ltd
Tel: +86 769 8555 0131

---------- Original ----------
From: "Joost van Dalen" <j.vandalen@molenaarthee.nl>
Date: Wed, May 22, 2024 04:15 PM
Subject: PO 4400-131 sample tins Rooibos

""" + quote(po_msg) + "\n"
    m = mail("Kelly Zhang <kelly@hengtai-tins.com>", "Joost van Dalen <j.vandalen@molenaarthee.nl>",
             "RE: PO 4400-131 sample tins Rooibos", "Thu, 23 May 2024 10:05:00 +0800", body,
             in_reply_to="<4400-131@molenaarthee.nl>")
    return [("RE_PO_4400-131_sample_tins.eml", eml_bytes(m))]


case("p26_cn_forecast_as_order_auto_start", ["RG007", "RG008"],
     "Buyer: 20,000 is forecast, not released; supplier calls it 'your order of 20,000' and will start mass "
     "production right after golden-sample confirmation.", p26())


# p27: HTML forecast page that declares the forecast a binding order
def p27():
    body = """<h2>Verlag Nordlicht &mdash; Herbstprogramm 2024</h2>
<h3>Auflagenplanung / Print-run forecast</h3>
<p>An: Baltic Offset SIA, Riga &middot; Stand: 21.05.2024 &middot; Herstellung: Matthias Brandt</p>
<table>
<tr><th>Titel</th><th>ISBN</th><th>Umfang</th><th>Prognose / forecast</th><th>Termin</th></tr>
<tr><td>Moorlicht</td><td>978-3-946000-31-1</td><td>320 S.</td><td>2.500</td><td>KW 33</td></tr>
<tr><td>Hafenwinter (2. Auflage)</td><td>978-3-946000-22-9</td><td>288 S.</td><td>4.000</td><td>KW 35</td></tr>
<tr><td>Die Vogelkoje</td><td>978-3-946000-35-9</td><td>192 S.</td><td>1.800</td><td>KW 37</td></tr>
<tr><td>Elbe, Fluss der Bilder</td><td>978-3-946000-38-0</td><td>240 S.</td><td>6.000</td><td>KW 39</td></tr>
</table>
<p class="note">Bitte betrachten Sie diese Prognose als verbindliche Bestellung. / Please treat this forecast as our
binding order for the autumn list and schedule press time accordingly.</p>
<p>Formate und Papiere wie Vorauflagen bzw. lt. Einzelspezifikation.</p>"""
    return [("Herbstprogramm_2024_Auflagenplanung.html", html_page("Auflagenplanung Herbst 2024", body, "de"))]


case("p27_forecast_declared_binding_order", ["RG008"],
     "Print-run forecast page that says 'treat this forecast as our binding order'.", p27())


# p28: label printer order confirmation built on a forecast
def p28():
    b = pdf([
        ("h1", "ETYKIETA PLUS sp. z o.o."),
        ("p", "ul. Wólczańska 128, 90-521 Łódź, Polska - NIP 727-508-81-20"),
        ("h", "POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION OC-24-0877"),
        ("p", "Customer: Copper Kettle Distillery Ltd, Loanhead - Date: 06.05.2024"),
        ("table", [
            ["Art.", "Description", "Quantity", "Price EUR / 1,000", "Week"],
            ["5512-700", "Front label 70cl Navy Strength, 80 x 120 mm", "60,000", "84,00", "26"],
        ]),
        ("sp",),
        ("p", "We confirm your order of 60,000 labels, art. 5512-700, according to your forecast dated "
              "02.05.2024. Production week 26, delivery week 27 to Leith."),
        ("p", "Material: Fasson Cotton Label FSC, hot foil gold, tactile varnish. Rolls of 1,000, core 76 mm."),
        ("p", "Z poważaniem - Katarzyna Wiśniewska, Customer Service"),
    ], title="Order confirmation OC-24-0877", author="Etykieta Plus")
    return [("OC-24-0877_potwierdzenie.pdf", b)]


case("p28_oc_confirms_forecast_as_order", ["RG008"],
     "Supplier order confirmation of 60,000 labels 'according to your forecast'.", p28())


# p29: chat: buyer converts a sales forecast into a firm order
def p29():
    t = """[14/05/24, 10:02:11] Faridah Ismail (Kinabalu Print): Hi Mia, for the reprint of Wombat Goes Walkabout - how many copies shall we plan?
[14/05/24, 10:15:40] Mia Rossi: Hi Faridah! Sales are forecasting about 8k over the next 12 months
[14/05/24, 10:16:02] Mia Rossi: Let's treat the 8k as our firm order, we're committed to it. PO to follow
[14/05/24, 10:20:55] Faridah Ismail (Kinabalu Print): Noted, 8,000 copies firm. Will send the pro-forma
[14/05/24, 10:21:30] Mia Rossi: Same spec as the first printing, but can we switch to the FSC Mix board?
[14/05/24, 10:40:02] Faridah Ismail (Kinabalu Print): Yes can, same price 👍
"""
    return [("WhatsApp_Kinabalu_reprint.txt", t)]


case("p29_chat_forecast_treated_as_firm", ["RG008"],
     "Chat: buyer says the 8k sales forecast is 'our firm order, we're committed'.", p29())


# p30: frame agreement DOCX: forecast constitutes binding commitment
def p30():
    d = docx_bytes([
        ("h1", "Raamovereenkomst / Frame Supply Agreement FA-DBK-2024"),
        ("p", "Between Delfts Blauw Koffie B.V., Delft (the Buyer) and Dongguan Heng Tai Metal Packaging "
              "Co., Ltd (the Supplier)"),
        ("h", "Article 1 - Products"),
        ("table", [
            ["Article", "Description", "Unit price USD"],
            ["DBK-TIN-250", "Coffee tin 250 g, 99 x 130 mm, one-way valve, Delft blue print", "0.71"],
            ["DBK-TIN-500", "Coffee tin 500 g, 99 x 190 mm, one-way valve", "0.88"],
        ]),
        ("h", "Article 2 - Term"),
        ("p", "1 July 2024 to 30 June 2025."),
        ("h", "Article 3 - Quality"),
        ("p", "Food contact per Regulation (EC) 1935/2004; lacquer BPA-NI; AQL 1.0 / 2.5 / 4.0."),
        ("h", "Article 4 - Volumes"),
        ("p", "The Buyer's annual forecast of 120,000 tins constitutes a binding purchase commitment for the "
              "contract year."),
        ("h", "Article 5 - Call-offs"),
        ("p", "Each written call-off signed by the Buyer's purchasing manager, Ruud Hendriks, releases the "
              "quantity stated in it. No quantity is released by this agreement itself."),
        ("h", "Article 6 - Payment"),
        ("p", "30 days after B/L date, by T/T."),
        ("table", [
            ["For the Buyer", "For the Supplier"],
            ["Ruud Hendriks, Inkoopmanager", "Kelly Zhang, Sales Manager"],
        ]),
    ], author="Ruud Hendriks")
    return [("Raamovereenkomst_FA-DBK-2024.docx", d)]


case("p30_frame_forecast_binding_commitment", ["RG008"],
     "Frame agreement: 'annual forecast of 120,000 tins constitutes a binding purchase commitment'.", p30())


# p31: Kickstarter game: forecast counted into the firm order, deposit as green light
def p31():
    body = """Hi Amy,

Great news -- the Kickstarter for Lanternfall closed last night at 4,212 backers! 🎉

Add our retail forecast of around 1,800 and we're at 6,000, so please treat 6,000 sets as our firm
order. The 30% deposit was wired this morning per PI-EB-2406-03, so you're clear to start
production.

I'll send the final rulebook files (EN/DE/FR) by Friday and the backer shipping split next week.

Thanks so much for all your help getting here,
Rachel
""" + sig("Rachel Ortega", "Operations Director", "Tinderbox Games LLC, Portland OR", "+1 503 555 0177")
    m = mail("Rachel Ortega <rachel@tinderboxgames.com>", "Amy Chen <amy.chen@everbrightgame.cn>",
             "Lanternfall - we funded! order + deposit", "Thu, 13 Jun 2024 09:30:00 -0700", body,
             html=txt2html(body))
    return [("Lanternfall_we_funded.eml", eml_bytes(m))]


case("p31_kickstarter_forecast_firm_deposit_start", ["RG008", "RG012"],
     "Buyer adds a retail forecast into a 'firm order' of 6,000 and says the wired deposit makes the supplier "
     "clear to start.", p31())


# p32: German publisher uses 'release' three ways; email and PO disagree on proof copies
def p32():
    body = """Sehr geehrte Frau Kalnina, dear Ms Kalnina,

attached our PO 4500081377 for the 25 proof copies (Andrucke) of "Caspar David Friedrich und die
Elbe".

Status from our side:
- the digital proofs are released (colour OK by our art director, Mr Krause);
- the PO is released in SAP since Monday (budget OK);
- the release of the 3,000 print run will come separately from me, in writing, after the proof
  copies are signed off. Until then the print run is not released.

Material: paper for the proof copies only, please.

Mit freundlichen Gruessen / kind regards
Heike Lorenz
""" + sig("Heike Lorenz", "Herstellungsleitung", "Kunstverlag Elbufer GmbH, Dresden", "+49 351 555 1377")
    po = pdf([
        ("h1", "KUNSTVERLAG ELBUFER GMBH - BESTELLUNG 4500081377"),
        ("p", "Lieferant: Baltic Offset SIA, Riga    Datum: 03.06.2024"),
        ("table", [
            ["Pos.", "Text", "Menge", "Preis EUR", "Wert EUR"],
            ["10", "Andrucke / proof copies 'Caspar David Friedrich und die Elbe', 240 x 300 mm, 208 S.",
             "20", "36,00", "720,00"],
            ["20", "Auflage / print run - nicht freigegeben / not released", "3.000", "7,10", "21.300,00"],
        ]),
        ("p", "Pos. 20: commercial cover only; production release in writing by Heike Lorenz after sign-off "
              "of the proof copies."),
    ], title="Bestellung 4500081377", author="Kunstverlag Elbufer")
    m = mail("Heike Lorenz <h.lorenz@kunstverlag-elbufer.de>", "Ilze Kalnina <ilze.kalnina@balticoffset.lv>",
             "Bestellung 4500081377 - Andrucke C. D. Friedrich", "Mon, 03 Jun 2024 11:20:00 +0200", body,
             attachments=[("Bestellung_4500081377.pdf", po, PDF_MT)])
    return [("Bestellung_4500081377_Andrucke.eml", eml_bytes(m))]


case("p32_release_three_meanings_qty_mismatch", ["RG009", "RG011"],
     "'Released' for proof colour OK, for SAP PO approval and for production; email says 25 proof copies, "
     "attached PO says 20.", p32())


# p33: museum sign-off sheet: 'approval' for content, budget and print
def p33():
    b = pdf([
        ("h1", "The Carrow Museum of Art - Catalogue sign-off sheet"),
        ("p", "Publication: Threads of the Silk Road: Textiles 600-1400 - Printer: Grafiche Adige, Verona"),
        ("p", "Printer job: GA-24/1188 - Museum PO: CM-7812 - Date: 4 June 2024"),
        ("table", [
            ["Approval", "Given by", "Status", "Scope"],
            ["Content approval", "Dr. Samir Haddad, Curator", "given 28 May", "text, captions and images"],
            ["Budget approval", "Finance (M. Greene)", "given 30 May", "PO CM-7812 for 25 advance copies"],
            ["Print approval", "Dr. Ellen Park, Director", "pending", "2,000-copy print run"],
        ]),
        ("sp",),
        ("p", "Please print the twenty-five (25) advance copies now. The 2,000-copy print run is not released "
              "until Dr. Ellen Park gives print approval in writing after the advance copies are signed off."),
        ("p", "Material: paper for the 25 advance copies only."),
        ("p", "Ruth Calloway, Head of Publications - rcalloway@carrowmuseum.org - +1 617 555 0150"),
    ], pagesize=LETTER, title="Catalogue sign-off sheet", author="Carrow Museum")
    return [("signoff_sheet_CM-7812.pdf", b)]


case("p33_approval_content_budget_print", ["RG009"],
     "Sign-off sheet uses 'approval' for content (technical), budget (commercial) and print (production); "
     "otherwise fully scoped.", p33())


# p34: Dutch checklist: 'approved' for artwork and for the quote
def p34():
    d = docx_bytes([
        ("h1", "Productiechecklist - Zeewind najaar 2024"),
        ("p", "Title: Duinen en Dijken - printer: Baltic Offset SIA - updated 10-06-2024 by Marieke de Vries"),
        ("table", [
            ["Item", "Status", "By", "Note"],
            ["Cover design", "approved", "design (Joris)", "for the wet proofs; spine width 18 mm"],
            ["Quote BO-24-311", "approved", "purchasing", "PO ZW-2024-144 issued for 4 wet-proof sets"],
            ["Wet proofs (4 sets)", "at printer", "Baltic Offset", "due 14-06"],
            ["Print run 6,000", "not released", "-", "revised PO from Sanne Bakker after wet-proof sign-off"],
        ]),
        ("p", "Reminder: the 6,000 is not released until Sanne Bakker issues the revised PO after signing off "
              "the wet proofs. Material authority: wet proofs only."),
        ("p", "Open: ISBN barcode on back cover to move 3 mm up; colophon to include FSC C000000 number."),
    ], author="Marieke de Vries")
    return [("Productiechecklist_Duinen_en_Dijken.docx", d)]


case("p34_checklist_approved_two_meanings", ["RG009"],
     "Checklist uses 'approved' for the cover design (technical) and for the quote/PO (commercial); scope "
     "otherwise complete.", p34())


# p35: supplier uses 'approval' for sample, deposit and production
def p35():
    po_msg = """Dear Amy,

PO KC-0330 covers 3 PP samples of Reef Runners. The 5,000 sets are not released. I'll release them
in writing with a revised PO after our PP sign-off.

Hannah Price
Operations Manager, Kite & Compass Games"""
    body = """Dear Hannah,

Thank you for your approval of the PP sample yesterday, and for your finance approval of the deposit
invoice.

Now kindly send us the production approval for the 5,000 sets, so we can book the line for July.

Best regards,
Amy Chen
Sales Manager
Dongguan Everbright Game Co., Ltd
Tel: +86 769 8555 0888

-----Original Message-----
From: Hannah Price <hannah@kiteandcompass.com.au>
Sent: Tuesday, May 14, 2024 10:20 AM
Subject: PO KC-0330 Reef Runners PP samples

""" + quote(po_msg) + "\n"
    m = mail("Amy Chen <amy.chen@everbrightgame.cn>", "Hannah Price <hannah@kiteandcompass.com.au>",
             "RE: PO KC-0330 Reef Runners PP samples", "Wed, 12 Jun 2024 10:05:00 +0800", body,
             in_reply_to="<kc-0330@kiteandcompass.com.au>")
    return [("RE_PO_KC-0330_Reef_Runners.eml", eml_bytes(m))]


case("p35_supplier_approval_three_meanings", ["RG009"],
     "Supplier uses 'approval' for the PP sample, the deposit invoice and production; buyer scope quoted and "
     "complete.", p35())


# p36: ERP printout: 'released' for PO release strategy, artwork proof and production
def p36():
    t = """BRETTSPIEL MANUFAKTUR LINDENHOLZ GMBH        PURCHASE ORDER 4500013377
Karl-Heine-Strasse 99, 04229 Leipzig         REL. STRATEGY : L2 (cost centre 4410)
                                             STATUS        : RELEASED 10.06.2024
Supplier: 700418 DRUKARNIA WISLA DRUK, KRAKOW
------------------------------------------------------------------------------
POS   TEXT                                          QTY  UOM   PRICE EUR
------------------------------------------------------------------------------
0010  PRE-PRODUCTION SAMPLES "Zunftmeister"           8  ST       95,00
      ARTWORK PROOF RELEASE : RELEASED 12.06.2024 (art director)
0020  SERIES PRODUCTION "Zunftmeister"            4.000  ST       11,40
      PRODUCTION RELEASE    : NOT RELEASED
------------------------------------------------------------------------------
HEADER NOTE:
Pos 0020 is commercial cover only. Production of pos 0020 is not released;
it will be released by a written call-off from K. Albers (Leiterin
Produktion) after sign-off of the pre-production samples.
Material authority: pos 0010 only.
"""
    return [("PO_4500013377_printout.txt", t)]


case("p36_erp_released_three_meanings", ["RG009"],
     "ERP printout: 'RELEASED' for the PO release strategy, the artwork proof and (not) production.", p36())


# p37: 'go ahead with the advance copies' but no number; DOCX spec attached without quantity
def p37():
    spec = docx_bytes([
        ("h1", "Specification - Chesapeake Light"),
        ("p", "Harbour Lane Museum, 1400 Thames Street, Baltimore MD 21231"),
        ("table", [
            ["Item", "Specification"],
            ["Format", "230 x 290 mm portrait"],
            ["Extent", "184 pp"],
            ["Text", "4/4 + silk varnish, Gardamatt Art 150 g"],
            ["Binding", "Sewn, hardcover, cloth quarter binding, foil on spine"],
            ["Jacket", "4/0, matt lamination, spot gloss on title"],
            ["Packing", "Cartons of 6, corner boards, pallets max 1.2 m"],
        ]),
    ], author="Ruth Calloway")
    body = """Dear Chiara,

Please go ahead with the advance copies of Chesapeake Light so we have them for the opening on
12 September -- spec sheet attached.

The 2,500-copy run is not released: Dr. Ellen Park, our Director, will release it in writing after
the advance copies have been signed off. Please buy paper for the advance copies only.

Kind regards,
Ruth
""" + sig("Ruth Calloway", "Head of Publications", "Harbour Lane Museum, Baltimore MD", "+1 410 555 0231")
    m = mail("Ruth Calloway <rcalloway@harbourlanemuseum.org>", "Chiara Benedetti <c.benedetti@graficheadige.it>",
             "Chesapeake Light - advance copies", "Tue, 11 Jun 2024 10:40:00 -0400", body,
             attachments=[("Spec_Chesapeake_Light.docx", spec, DOCX_MT)])
    return [("Chesapeake_Light_advance_copies.eml", eml_bytes(m))]


case("p37_go_ahead_advance_copies_no_number", ["RG010"],
     "Authorises 'the advance copies' with hold, event and person, but no number anywhere in the bundle.",
     p37())


# p38: chat: 'same number as last time'
def p38():
    t = """Microsoft Teams - chat export
Participants: Lena Hoffmann (Hexenkessel Spiele GmbH), Vincent Liu (Jade Games, external)

[02.07.2024 09:15] Lena Hoffmann
Hi Vincent, please make the PP samples for "Nebelwald" - same number as last time, PO HK-1190 is on
its way from our purchasing. Mass production stays on hold until I've signed off the PP samples and
sent you a revised PO.

[02.07.2024 09:48] Vincent Liu
ok Lena, same as last time, noted. about 10 days. do you want the tree standees in 2 mm or 3 mm?

[02.07.2024 10:05] Lena Hoffmann
3 mm please, the 2 mm ones warped on Mondlichtmarkt.
"""
    return [("Teams_chat_Nebelwald.txt", t)]


case("p38_chat_same_number_as_last_time", ["RG010"],
     "Buyer authorises PP samples 'same number as last time'; hold, event and person stated, quantity never "
     "stated.", p38())


# p39: release letter for 'the first tranche, as discussed'
def p39():
    d = docx_bytes([
        ("h1", "Vrijgave / Release No. 3"),
        ("p", "Uitgeverij Zeewind B.V., Prinsengracht 771, Amsterdam  -  to Baltic Offset SIA, Riga"),
        ("p", "Title: Duinen en Dijken - PO ZW-2024-144 rev 2 - Date: 26 June 2024"),
        ("p", "Following our phone call this morning, we hereby release the first tranche of the print run, "
              "as discussed."),
        ("p", "The remaining copies stay on hold. They will be released only by a further written call-off "
              "from Sanne Bakker, Hoofd Productie."),
        ("table", [
            ["Release", "Date", "Quantity"],
            ["1 - wet proofs", "29-05-2024", "see PO"],
            ["2 - advance copies", "12-06-2024", "see PO"],
            ["3 - first tranche (this release)", "26-06-2024", "as agreed by phone"],
        ]),
        ("p", "Delivery: DAP Centraal Boekhuis, Culemborg. Please pack 12 copies per carton."),
        ("p", "Met vriendelijke groet, Marieke de Vries"),
    ], author="Marieke de Vries")
    return [("Vrijgave_3_Duinen_en_Dijken.docx", d)]


case("p39_release_first_tranche_no_qty", ["RG010"],
     "Release letter for 'the first tranche, as discussed' by phone; no quantity in the document.", p39())


# p40: HTML call-off: quantity 'as per bottling plan'; further call-offs by an unnamed team
def p40():
    body = """<h2>Barossa Ridge Wines &mdash; Supplier Portal</h2>
<h3>Call-off CO-2024-14</h3>
<table>
<tr><th>Frame agreement</th><td>FA-BR-2024 (120,000 labels / year; nothing released except by call-off)</td></tr>
<tr><th>Supplier</th><td>Penang Pack &amp; Print Sdn Bhd</td></tr>
<tr><th>Article</th><td>BR-750-22 &ndash; Shiraz 2022 front label, 90 x 110 mm</td></tr>
<tr><th>Release</th><td>Labels for the July bottling run (quantity as per our bottling plan)</td></tr>
<tr><th>Delivery</th><td>Winery, Tanunda SA, by 8 July 2024</td></tr>
</table>
<p class="note">The frame balance under FA-BR-2024 is not released by this call-off. Further quantities are released
only by the next call-off from our purchasing team.</p>
<p>Spec unchanged from CO-2024-09. Rolls of 1,500, core 76 mm, wound out direction 4.</p>"""
    return [("calloff_CO-2024-14.html", html_page("Call-off CO-2024-14", body, "en-AU"))]


case("p40_html_call_off_no_qty_unnamed_team", ["RG005", "RG010"],
     "Call-off releases 'labels for the July bottling run' with no quantity; next call-off from an unnamed "
     "purchasing team.", p40())


# p41: PDF PO with quantity 'as required'; run on hold until further notice
def p41():
    b = pdf([
        ("h1", "MARLOW & PRICE PUBLISHERS - PURCHASE ORDER MP-3340"),
        ("p", "Dale Street Mill, Manchester M1 2HF    Supplier: Drukarnia Wisła Druk, Kraków    Date: 20/05/2024"),
        ("table", [
            ["Line", "Description", "Qty", "Unit price GBP"],
            ["1", "Northern Mill Towns - advance copies, final spec, HB with jacket", "as required", "14.20"],
        ]),
        ("sp",),
        ("p", "Advance copies: as required for the London Book Fair stand and the sales reps - please "
              "liaise with Jo in marketing."),
        ("p", "The print run is not released by this PO and stays on hold until further notice. Only Gareth "
              "Lowe, Production Director, can release it."),
        ("p", "Material: paper for the advance copies only. Invoices to accounts@marlowprice.co.uk."),
    ], title="PO MP-3340", author="Marlow & Price")
    return [("PO_MP-3340.pdf", b)]


case("p41_po_qty_as_required_no_event", ["RG004", "RG010"],
     "PO for advance copies 'as required' (no quantity); run on hold 'until further notice' with a named "
     "person but no unlock event.", p41())


# p42: two files: ERP PO says 30 advance copies, cover email says fifty
def p42():
    t = """FENWICK & LYLE LTD                             PURCHASE ORDER    FL-2207
12 Trumpington Street, Cambridge CB2 1QA       DATE              28/05/2024
SUPPLIER: BALTIC OFFSET SIA, RIGA              ACCOUNT           BAL002
------------------------------------------------------------------------
LN  DESCRIPTION                                QTY  UOM   PRICE  VALUE
------------------------------------------------------------------------
01  ADVANCE COPIES - THE FEN EDGE               30  CPS   11.80  354.00
    234X156, 304PP, 1/1 + 16PP COLOUR, PB
------------------------------------------------------------------------
                                                TOTAL GBP        354.00
NOTES:
PRINT RUN 2,800 NOT RELEASED. RELEASED ONLY BY REVISED PO FROM HARRIET
COLE (PUBLISHING DIRECTOR) AFTER SIGN-OFF OF THE ADVANCE COPIES.
MATERIAL AUTHORITY: ADVANCE COPIES ONLY.
"""
    body = """Dear Janis,

Our PO FL-2207 is attached for The Fen Edge. As discussed on the phone, please make fifty (50)
advance copies -- the reps want more this season and Harriet has a few bookshop events lined up.

Everything else as on the PO: the run stays on hold until Harriet signs off the advance copies and
sends the revised PO.

Could you let me know when the cover proof will be ready?

Many thanks,
Ben
""" + sig("Ben Aldous", "Production Editor", "Fenwick & Lyle Ltd, Cambridge", "+44 1223 555 207")
    m = mail("Ben Aldous <ben.aldous@fenwicklyle.co.uk>", "Janis Ozols <janis.ozols@balticoffset.lv>",
             "PO FL-2207 The Fen Edge - advance copies", "Tue, 28 May 2024 14:10:00 +0100", body)
    return [("PO_FL-2207.txt", t), ("email_FL-2207_advance_copies.eml", eml_bytes(m))]


case("p42_po_30_email_50", ["RG011"],
     "Two files: PO releases 30 advance copies; cover email asks for fifty (50); hold, event and person "
     "stated.", p42())


# p43: PDF PO: text says twenty-five, table says 20; hold with person but no event
def p43():
    b = pdf([
        ("h1", "PELHAM HOUSE BOOKS - PURCHASE ORDER PH-2245"),
        ("p", "9 Walton Crescent, Oxford OX1 2JG    Supplier: Drukarnia Wisła Druk, Kraków    Date: 03/06/2024"),
        ("p", "Please supply twenty-five (25) bound proofs of A Short History of the Thames, final text, "
              "plain proof cover with the jacket image."),
        ("table", [
            ["Line", "Item", "Qty", "Unit GBP", "Total GBP"],
            ["1", "Bound proofs, 216 x 135 mm, 352 pp", "20", "14.00", "280.00"],
            ["2", "Courier to Oxford", "1", "90.00", "90.00"],
        ]),
        ("sp",),
        ("p", "The print run is not released by this PO and remains on hold until further notice. Only Anjali "
              "Shah, Head of Production, can release it."),
        ("p", "Material: proof quantity only. Payment 60 days EOM."),
    ], title="PO PH-2245", author="Pelham House Books")
    return [("PO_PH-2245_bound_proofs.pdf", b)]


case("p43_po_text_25_table_20_no_event", ["RG004", "RG011"],
     "PO text says twenty-five (25) bound proofs, the table says 20; run on hold 'until further notice' "
     "(person named, no event).", p43())


# p44: DOCX release letter: 1,500 in text, 1,200 in table; further release by a department
def p44():
    d = docx_bytes([
        ("h1", "Release No. 2"),
        ("p", "Kestrel & Wren Publishing, 7 Forth Street, Edinburgh EH1 3JX  -  to Tiskarna Sava d.o.o."),
        ("p", "Title: The Drovers' Roads of Scotland - PO KW-0457 rev 1 - 17 June 2024"),
        ("p", "The bound proofs have been signed off. We release one thousand five hundred (1,500) copies for "
              "printing and binding now."),
        ("table", [
            ["", "Copies"],
            ["Quoted run", "5,000"],
            ["Released now", "1,200"],
            ["On hold", "3,800"],
        ]),
        ("p", "The remaining copies are on hold until a further written release from our production "
              "department."),
        ("p", "Delivery: DAP Edinburgh, pallet labels with ISBN 978-1-9160-0457-0."),
        ("p", "Fiona MacLeod, Managing Editor"),
    ], author="Fiona MacLeod")
    return [("Release_2_KW-0457.docx", d)]


case("p44_release_1500_vs_1200_department", ["RG005", "RG011"],
     "Release letter text says 1,500, its table says 1,200 (3,800 on hold); further release from an unnamed "
     "production department.", p44())


# p45: supplier acknowledges call-off with a different quantity (TXT attachment)
def p45():
    co = """Dear Kasia,

Call-off 04 under FA-2024-07: please produce and deliver 12,000 back labels, art. 3301-500
(Bramble & Oak Sloe Gin 50cl back), for week 30 to our Cirencester warehouse.

The frame balance is not released. The next call-off, signed by me, releases the next quantity.
Material: substrate for this call-off only.

Lucy Fenwick
Purchasing Manager, Bramble & Oak Distillers"""
    oc = """ETYKIETA PLUS SP. Z O.O.          ORDER CONFIRMATION  OC-24-1034
Customer : BRAMBLE & OAK DISTILLERS LTD     Ref: FA-2024-07 / call-off 04
Date     : 19.06.2024
----------------------------------------------------------------------
Art.      Description                    Qty      Print wk  Deliv wk
3301-500  Sloe Gin 50cl back label     10,000       28        30
----------------------------------------------------------------------
Rolls of 1,000, core 76 mm, wound out direction 4.
"""
    body = """Dear Lucy,

We confirm call-off 04: 10,000 back labels art. 3301-500, delivery week 30. Printing is scheduled for
week 28. Our order confirmation is attached.

Best regards,
Kasia
""" + sig_pl("Kasia Nowicka", "Customer Service", "Etykieta Plus sp. z o.o., Łódź", "+48 42 555 12 80",
             krs="508812") + "\n\n--- Original message ---\nFrom: Lucy Fenwick <lucy@brambleandoak.co.uk>\nDate: 18.06.2024 16:30\n\n" + quote(co) + "\n"
    m = mail("Kasia Nowicka <k.nowicka@etykietaplus.pl>", "Lucy Fenwick <lucy@brambleandoak.co.uk>",
             "RE: Call-off 04 FA-2024-07 back labels", "Wed, 19 Jun 2024 09:25:00 +0200", body,
             in_reply_to="<co04-fa202407@brambleandoak.co.uk>",
             attachments=[("OC-24-1034.txt", oc, "text/plain")])
    return [("RE_Call-off_04_back_labels.eml", eml_bytes(m))]


case("p45_ack_10000_vs_calloff_12000", ["RG011"],
     "Buyer call-off releases 12,000 back labels (balance held, next call-off by Lucy); supplier confirms "
     "10,000.", p45())


# ==================================================================== WRITER
def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(6363).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, start=1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h63_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    # summary
    from collections import Counter
    rules = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in sorted(rules):
        print(f"  {r}: {rules[r]}")


if __name__ == "__main__":
    main()
