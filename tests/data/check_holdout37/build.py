#!/usr/bin/env python3
"""Generator for the releasegate check_holdout37 corpus (food, drink and private-label grocery).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout37/build.py

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
_TRANSLIT = str.maketrans({"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ś": "s", "ź": "z", "ż": "z",
                           "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N", "Ś": "S", "Ź": "Z", "Ż": "Z"})


def _pdf_safe(blocks):
    """The standard PDF fonts are WinAnsi only: strip Polish diacritics (as many Polish ERP PDFs do)."""
    out = []
    for b in blocks:
        if b[0] == "table":
            out.append(("table", [[str(c).translate(_TRANSLIT) for c in r] for r in b[1]]))
        elif len(b) > 1:
            out.append((b[0], b[1].translate(_TRANSLIT)))
        else:
            out.append(b)
    for b in out:
        for t in ([c for r in b[1] for c in r] if b[0] == "table" else b[1:]):
            t.encode("cp1252")  # fail loudly on any other glyph the standard fonts cannot show
    return out


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = _pdf_safe(blocks)
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
    m["Message-ID"] = msgid or f"<h37-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h37")
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
    return f"\n--\n{name} | {title}\n{company} | {phone}\n"


def text_html(text, extra_html=""):
    """Very small text->HTML for the text/html alternative of an e-mail."""
    out = []
    for para in text.strip().split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join(f"<li>{escape(l[2:])}</li>" for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(escape(l) for l in lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" + \
        "\n".join(out) + extra_html + "</body></html>"


def quote_lines(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))


# =================================================================== CLEAN (expect [])

# c01 UK retailer -> soup co-packer, EML multipart/alternative, complete scope note ------------
_t = """Hi Gareth,

Please find below PO 4400918 for the factory trial of the Hollybank Finest Roasted Red Pepper & Chilli soup 600 g (HB spec 22-0417, recipe v3). The PDF copy follows from the system overnight.

Scope of this PO
- Active now: 480 pots, factory trial on line 2, for the taste panel, the shelf-life test and the pack-integrity checks.
- Your quote MK-Q-2291 also shows a first production run of 19,200 pots. That figure is for planning only and is not released by this PO. Please do not start it.
- Material authority: sample-only. Pots, film and sleeves for the 480 trial pots plus your normal set-up, nothing for the 19,200.
- The balance unlocks on one event: our technologist, Priya Nandakumar, signs off the trial and the day-10 shelf-life result, and after that I send you a written production release naming the quantity. Nothing else unlocks it - not this PO, not an invoice, not a phone call.
- Release authority for the first production run: me, Rebecca Aldous, Category Buyer Chilled.

Delivery of the trial pots: Tuesday 14 May to our Daventry technical centre, chilled 0-5 °C, one pallet, attention Priya. Please book in on the usual portal (ref TC-0514).

Allergens: the recipe carries milk (crème fraîche); your allergen matrix v2 is on file - thank you for turning that round so quickly.

Could you acknowledge the scope in writing when you confirm the trial date?

Kind regards,
Rebecca
""" + sig("Rebecca Aldous", "Category Buyer - Chilled Soups & Sauces", "Hollybank Grocers plc, Daventry",
          "+44 1327 555 410")
_m = mail("Rebecca Aldous <rebecca.aldous@hollybank-grocers.co.uk>", "Gareth Lloyd <gareth.lloyd@moorsidekitchens.co.uk>",
          "PO 4400918 - HB Finest Roasted Red Pepper & Chilli Soup 600g - factory trial",
          "Mon, 29 Apr 2024 16:42:10 +0100", _t, html=text_html(_t),
          cc="Priya Nandakumar <priya.nandakumar@hollybank-grocers.co.uk>")
case("c01_uk_soup_trial_po_full_scope", [], "sample PO states active 480, 19,200 not released, unlock event and named release authority",
     [("po_4400918_factory_trial.eml", eml_bytes(_m))])

# c02 supplier quote with tiers only (PDF) --------------------------------------------------
_b = [
    ("h1", "Abfüllbetrieb Lindner GmbH"),
    ("p", "Industriestraße 14, 38640 Goslar, Germany - USt-IdNr. DE 811 402 337"),
    ("h", "Angebot / Quotation AN-24-0311"),
    ("p", "To: Nordmarkt Eigenmarken GmbH, Einkauf Getränke, z. Hd. Herrn Stefan Weber. Date: 8 April 2024. "
          "Product: Apfelschorle 0,5 l PET, private label 'Nordmarkt Klar', recipe NK-AS-05 rev 3, "
          "55 % apple juice from concentrate, carbonation 5,5 g/l."),
    ("table", [
        ["Item", "Quantity", "Unit price", "Remarks"],
        ["Probelauf / trial run", "1,200 bottles", "EUR 0,61", "incl. line set-up, 2 pallets"],
        ["Production run (tier 1)", "60,000 bottles", "EUR 0,29", "one run, 6-week lead time"],
        ["Production run (tier 2)", "120,000 bottles", "EUR 0,27", "two runs within 6 months"],
        ["Sleeve print cylinders, 6 colours", "1 set", "EUR 2.940,00", "one-off, buyer-owned"],
    ]),
    ("sp",),
    ("p", "Sleeve film: minimum order 25.000 m per print job (PETG 45 µm). Caps 28 mm PCO 1881, white."),
    ("p", "Pallet configuration: 6 x 0,5 l shrink packs, 140 packs per layer, 5 layers on EUR pallet 1200 x 800."),
    ("p", "Validity 60 days. Prices ex works Goslar, excluding deposit (Pfand) and VAT. This is a quotation only: "
          "no trial, production or material purchase starts without your purchase order, and for any production "
          "run without your written production release."),
    ("p", "Kind regards / Mit freundlichen Grüßen - Jörg Lindner, Vertrieb"),
]
case("c02_de_bottler_quote_tiers", [], "supplier quote alone with trial and production tiers; no authorized quantity",
     [("AN-24-0311_quotation.pdf", pdf(_b, title="AN-24-0311", author="Lindner Vertrieb"))])

# c03 WhatsApp PL: supplier question + buyer scoped answer ---------------------------------
_t = """[12.03.24, 07:41:12] Tomasz Zieliński: Dzień dobry Pani Marto 🙂 trial pierogi ruskie done yesterday, 400 packs, samples go with DPD today to your lab
[12.03.24, 07:43:55] Marta Nowak: Super, dziękuję! Did the new film seal ok on the tray?
[12.03.24, 07:45:02] Tomasz Zieliński: yes seal ok, 2 leakers out of 400 at start-up only, we scrapped them
[12.03.24, 07:46:30] Tomasz Zieliński: Question - the line is free from 25.03. do we have the go-ahead for the 18k or not yet? Film supplier also asks
[12.03.24, 08:02:14] Marta Nowak: Not yet. Only the 400 trial packs are released. The 18 000 stays on hold - please don't start it and don't call off film for it.
[12.03.24, 08:03:40] Marta Nowak: It unlocks when our lab signs off the shelf-life test (day 14 result ~2 April) and then I send the release in writing, with the quantity. I am the one who releases it - Marta Nowak, Kategoria Mrożonki.
[12.03.24, 08:04:11] Tomasz Zieliński: Ok jasne 👍 we hold. I tell film supplier to wait
[12.03.24, 08:05:47] Marta Nowak: Dzięki. Jeszcze jedno - pallet config for the trial was fine, 8 layers ok for our DC
[12.03.24, 08:06:20] Tomasz Zieliński: 👍
[12.03.24, 11:30:02] Tomasz Zieliński: <attached: 00000017-PHOTO-2024-03-12-11-30-02.jpg>
[12.03.24, 11:30:15] Tomasz Zieliński: label on the outer case, EAN 5901234560127 correct?
[12.03.24, 11:52:09] Marta Nowak: correct, thanks
"""
case("c03_pl_whatsapp_goahead_question", [], "supplier asks about go-ahead; buyer answers 400 only, 18,000 on hold, lab sign-off + written release by named buyer",
     [("WhatsApp_Chat_Orzel_pierogi.txt", _t)])

# c04 DOCX labelled forecast (DE) -------------------------------------------------------------
_b = [
    ("h1", "Rolling Forecast KW 20 - KW 45 / 2024"),
    ("p", "Kornfeld Handels GmbH - Einkauf Eigenmarken Trockensortiment - an: Lebensmittelwerk Harz GmbH, Herrn Krüger"),
    ("p", "Artikel: Linsensuppe mit Würstchen 800 g Dose, Eigenmarke 'Gutes Land', Art.-Nr. 300118-800."),
    ("p", "Wichtig / important: This forecast is for capacity planning only. It is not a purchase order, it is not a "
          "commitment to buy, and it does not release production or any purchase of cans, lids or labels. "
          "Quantities are ordered only by numbered call-off (Abruf) signed by Einkauf Eigenmarken. "
          "Forecast accuracy historically ±30 %."),
    ("table", [
        ["Monat / month", "Forecast (Dosen)", "Basis"],
        ["Mai (ab KW 20)", "12.000", "forecast"],
        ["Juni", "18.000", "forecast"],
        ["Juli", "14.000", "forecast"],
        ["August", "14.000", "forecast"],
        ["September", "22.000", "forecast (Herbstaktion)"],
        ["Oktober - KW 45", "26.000", "forecast"],
    ]),
    ("sp",),
    ("p", "Bitte melden Sie Kapazitätsengpässe bis KW 18. Please flag capacity constraints by week 18."),
    ("p", "Mit freundlichen Grüßen, Dagmar Roth, Einkauf Eigenmarken, Kornfeld Handels GmbH, Hannover"),
]
case("c04_de_labelled_forecast_docx", [], "forecast clearly labelled as planning only, not an order, releases nothing",
     [("Forecast_KW20-45_Linsensuppe.docx", docx_bytes(_b, author="Dagmar Roth"))])

# c05 HTML supplier portal: full-quantity PO ---------------------------------------------------
_body = """
<h2>Prairie Table Foods - Supplier Portal</h2>
<p>Purchase Order <b>7700345</b> &nbsp;|&nbsp; Supplier: Heartland Bakeworks LLC (V-20831) &nbsp;|&nbsp; Status: Open &nbsp;|&nbsp; Revision 0</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need-by</th></tr>
<tr><td>1</td><td>40012-0800</td><td>PT Maple Pecan Granola 12 oz stand-up bag, UPC 0 81234 40012 6</td><td>production</td><td>8,000</td><td>bag</td><td>$2.14</td><td>06/14/2024</td></tr>
</table>
<div class="note"><b>Buyer note:</b> This PO covers the full quoted quantity of 8,000 bags (quote Q-HB-5512, single lot).
There is no balance and no further quantity under this quote. Recipe and film are unchanged from last year's SKU
(spec PT-GR-12 rev 4). Please proceed with the 8,000 bags for delivery week of June 10. Pallet: 10 bags/case,
80 cases/pallet, 10 pallets.</div>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>05/06/2024 10:14</td><td>Luis Ortega (Heartland)</td><td>PO 7700345 acknowledged: 8,000 bags, ship 06/12. Film on hand from the 2023 run.</td></tr>
<tr><td>05/06/2024 11:02</td><td>Megan Holt (Prairie Table)</td><td>Thanks Luis. BOL to reference PO 7700345 please.</td></tr>
</table>
<p style="font-size:11px;color:#666">Exported 05/06/2024 11:05 CDT by mholt. Prairie Table Foods Terms of Purchase rev. 2023-1 apply.</p>
"""
case("c05_us_portal_full_quantity_po", [], "full-quantity production PO, 'proceed with the 8,000' scoped, no balance",
     [("PO_7700345_portal.html", html_page("PO 7700345", _body))])

# c06 EML NL explicit, recorded auto-conversion ------------------------------------------------
_t = """Beste Ruud,

As agreed in Tuesday's call we are recording an auto-conversion for this order. Please read it carefully - it is the only situation in which a sign-off releases production by itself.

PO 2024-0871
- Line 10: trial run, 500 jars Zuiderhaven Basilicum Pesto 190 g - released now.
- Line 20: first production run, 30,000 jars - not released at this moment.

Auto-conversion AC-2024-014 (recorded in our release log on 7 May 2024):
If Dr. Anke Vogel (QA Manager, Zuiderhaven Foods) signs off the trial with the disposition "approved" - not "interim", not "rejected" - and the day-21 shelf-life result is within spec, her signed sign-off releases exactly 30,000 jars of line 20, with no further document from us. The sign-off must reach you by e-mail from Anke herself. It releases nothing beyond 30,000 jars, and it lapses if it is not issued by 30 June 2024.

If the disposition is interim or rejected, the 30,000 jars stay on hold until I, Daan Hoekstra, send you a written release.

Material: until Anke's sign-off arrives, glass and lids for the 500 trial jars only.

Verder: pallet labels as per our logistics manual v5, SSCC on two sides. Thanks for the quick turnaround on the allergen declaration (pine nuts / pijnboompitten, milk).

Met vriendelijke groet,
Daan
""" + sig("Daan Hoekstra", "Senior Buyer Ambient", "Zuiderhaven Foods B.V., Breda", "+31 76 555 0230")
_m = mail("Daan Hoekstra <d.hoekstra@zuiderhavenfoods.nl>", "Ruud van Leeuwen <ruud@maasland-conserven.nl>",
          "PO 2024-0871 pesto 190g - recorded auto-conversion AC-2024-014",
          "Wed, 08 May 2024 10:05:33 +0200", _t, cc="Anke Vogel <a.vogel@zuiderhavenfoods.nl>")
case("c06_nl_explicit_auto_conversion", [], "explicit recorded auto-conversion naming quantity, signer, conditions, lapse date",
     [("PO_2024-0871_pesto_190g.eml", eml_bytes(_m))])

# c07 PDF call-off with explicit staged material authority ----------------------------------
_b = [
    ("h1", "Bluewater Beverage Co."),
    ("p", "1180 Harbor Way, Alameda, CA 94501 - Supply Chain"),
    ("h", "Release Notice CO-0042 against PO 5100227"),
    ("p", "Supplier: Canyon Brewing Services, Inc., Flagstaff, AZ - Attn: Rick Mendes, Plant Manager. Date: May 13, 2024."),
    ("table", [
        ["Item", "Description", "Quoted", "Released by this notice", "Status of balance"],
        ["BW-CB-11", "Cold Brew Oat Latte 11 oz can, 24/cs", "24,000 cans", "2,000 cans", "22,000 cans NOT released"],
    ]),
    ("sp",),
    ("p", "Production: you may produce 2,000 cans (first-run lot) for delivery to our Oakland DC by June 7, 2024."),
    ("p", "Material authority - staged: you may buy printed aluminium cans and ends for up to 20,000 units at Bluewater's "
          "liability (the can maker's one-truckload minimum). This covers material only. It does not release production "
          "beyond the 2,000 cans above."),
    ("p", "Balance: the remaining 22,000 cans stay on hold. They are released only by a written release from Dana Whitfield, "
          "VP Supply Chain, after Bluewater QA has signed off the 2,000-can first-run lot (micro, Brix, dissolved O2)."),
    ("p", "Please acknowledge this notice by e-mail. Questions: dana.whitfield@bluewaterbev.com, +1 510 555 0175."),
]
case("c07_us_calloff_staged_material", [], "release 2,000; explicit staged material authority up to 20,000; balance on hold, event, named VP",
     [("CO-0042_release_notice.pdf", pdf(_b, pagesize=LETTER, title="CO-0042", author="Dana Whitfield"))])

# c08 EML supplier: deposit does not release production (quoted buyer scope) --------------------
_q = """From: Oliver Grant <oliver.grant@greystonefoods.co.uk>
Sent: 02 May 2024 14:10
Subject: PO GF-11872 Sriracha Mayo 250ml pouch - trial

Jana,

PO GF-11872: Greystone Sriracha Mayo 250 ml squeeze pouch.
Released now: 300 trial pouches, for the retailer technologist visit and shelf-life.
The production quantity of 15,000 in your quote is NOT released and must not be started.
Unlock: written release from me (Oliver Grant, Head of Supply) after the technologist signs off the trial and the week-26 shelf-life result.
We will pay the cylinder deposit this week; the deposit does not release production either.

Oliver"""
_t = """Dear Oliver,

Thank you - the deposit of GBP 4,500 arrived today (our pro-forma PI-2024-0233, print cylinders and set-up).

For the avoidance of doubt: the deposit covers the cylinders and does not release production. We will run the 300 trial pouches in week 21 as per your PO and keep the 15,000 on hold until we have your written release.

The cylinders are at the engraver; proof to follow on Monday.

Best regards
Jana Becker
Kundenbetreuung / Key Account UK
Elbtal Feinkost GmbH, Dresden
+49 351 555 2290

""" + quote_lines(_q) + "\n"
_m = mail("Jana Becker <j.becker@elbtal-feinkost.de>", "Oliver Grant <oliver.grant@greystonefoods.co.uk>",
          "RE: PO GF-11872 Sriracha Mayo 250ml pouch - trial", "Fri, 10 May 2024 09:12:44 +0200", _t,
          in_reply_to="<h37-gf11872@greystonefoods.co.uk>")
case("c08_de_supplier_deposit_not_release", [], "supplier: deposit does not release production; quoted buyer PO has full scope",
     [("RE_PO_GF-11872_sriracha_mayo.eml", eml_bytes(_m))])

# c09 TXT ERP PO printout PL, identifiers that look like quantities ---------------------------
_t = """SKLEPY ORZEŁ S.A.                                    ZAMÓWIENIE ZAKUPU / PURCHASE ORDER
ul. Składowa 12, 61-897 Poznań                       NR / NO:   ZZ-2024-004417
NIP 778-14-55-210                                    DATA:      2024-04-16
                                                     STRONA:    1/1
DOSTAWCA / SUPPLIER: Przetwórnia Warzyw Kujawy Sp. z o.o., Inowrocław (K-00812)
DOSTAWA / DELIVER TO: CD Września, rampa 7, awizacja 48h

POZ  INDEKS        OPIS / DESCRIPTION                          ILOŚĆ  JM   CENA PLN   WARTOŚĆ
---  ------------  ------------------------------------------  -----  ---  ---------  ---------
010  5000-250-12   Ogórki kiszone 900 g słoik, marka "Orzeł    240    SZT      4,95     1 188,00
                   Smak", PARTIA PRÓBNA / TRIAL
                   SPEC PL-2500 rew. 20, EAN 5901234123457
                   zgodnie z PN-EN ISO 22000:2018, IFS Food 8
---------------------------------------------------------------------------------------------
                                                       RAZEM / TOTAL NETTO:      1 188,00 PLN
UWAGI / NOTES:
 ONLY 240 JARS ARE RELEASED (TRIAL FOR SENSORY + SHELF-LIFE).
 BALANCE OF QUOTE OF-77/24 (12 000 SZT) IS NOT RELEASED - DO NOT START IT,
 DO NOT BUY GLASS OR LIDS FOR IT.
 UNLOCK: SIGN-OFF OF THE TRIAL BY ORZEŁ QA (LAB SENSORYKI) + WRITTEN RELEASE
 BY ANNA PIĄTEK, KIEROWNIK KATEGORII.
 TERMIN PŁATNOŚCI 60 DNI. OWU ORZEŁ 2023 OBOWIĄZUJĄ.

WYSTAWIŁ / ISSUED BY: K.NOWICKA          ZATWIERDZIŁ / SIGNED: A.PIĄTEK
"""
case("c09_pl_erp_po_trial_identifiers", [], "ERP trial PO: 240 only, 12,000 not released, QA sign-off + named release; SPEC/ISO numbers are not quantities",
     [("ZZ-2024-004417.txt", _t)])

# c10 DOCX supplier acknowledgement restating the hold (NL) -------------------------------------
_b = [
    ("h1", "Orderbevestiging / Order acknowledgement"),
    ("p", "Conservenfabriek Maasland B.V. - Havenweg 3, 5341 Oss - aan Van Dijk Supermarkten B.V., afd. Inkoop Houdbaar"),
    ("p", "Uw inkooporder / your PO: 45007731 d.d. 22-04-2024. Ons ordernummer: VK-24-1188."),
    ("table", [
        ["Regel", "Artikel", "Omschrijving", "Aantal", "Status"],
        ["10", "VD-412800", "Van Dijk tomatensoep met balletjes 800 ml blik - proefproductie", "1.500 blikken", "vrijgegeven / released"],
        ["-", "VD-412800", "Saldo offerte OF-2024-097", "46.500 blikken", "NIET vrijgegeven / not released"],
    ]),
    ("sp",),
    ("p", "We confirm the scope of your PO exactly as written: the proefproductie of 1.500 blikken is released. The balance "
          "of 46.500 blikken is not released. We will not start it and will not buy cans, lids or labels for it."),
    ("p", "The balance can only be released by a written release from mevr. Sanne de Vries (Category Manager Conserven) "
          "after Van Dijk Kwaliteit has signed off the panel test of the proefproductie."),
    ("p", "Proefproductie gepland: week 19, lijn 2. Levering DC Tilburg week 20."),
    ("p", "Met vriendelijke groet, Ruud van Leeuwen, Verkoop Binnendienst"),
]
case("c10_nl_supplier_ack_restates_hold", [], "supplier acknowledgement restates 1,500 released, 46,500 not released, named release after panel sign-off",
     [("Orderbevestiging_VK-24-1188.docx", docx_bytes(_b, author="R. van Leeuwen"))])

# c11 HTML NPD tracker (buyer) with distinct terms ---------------------------------------------
_body = """
<h2>Marlow &amp; Pike - NPD Critical Path</h2>
<p>Project: <b>M&amp;P Plant Kitchen Falafel &amp; Houmous Wrap 210 g</b> &nbsp; Supplier: Fenwick Co-Pack Ltd &nbsp; Launch: w/c 15 July 2024</p>
<table>
<tr><th>#</th><th>Gate</th><th>Owner</th><th>Status</th><th>Date</th><th>Comment</th></tr>
<tr><td>1</td><td>Recipe sign-off</td><td>J. Okafor (Technologist)</td><td>signed off</td><td>12/02</td><td>v4 recipe, salt 1.1 g/pack</td></tr>
<tr><td>2</td><td>Artwork sign-off</td><td>Design / Legal</td><td>signed off</td><td>04/03</td><td>artwork only - no print run implied</td></tr>
<tr><td>3</td><td>Allergen sign-off</td><td>J. Okafor</td><td>signed off</td><td>04/03</td><td>sesame, gluten (wheat)</td></tr>
<tr><td>4</td><td>Factory trial, 600 packs</td><td>Fenwick / J. Okafor</td><td>done</td><td>26/03</td><td>PO MP-330455 line 10</td></tr>
<tr><td>5</td><td>Shelf-life test (day 8)</td><td>Lab</td><td>pending</td><td>due 19/04</td><td></td></tr>
<tr><td>6</td><td>Production release, first run</td><td>Hannah Cole (Senior Buyer)</td><td><b>not released</b></td><td>-</td><td>unlocks after gate 5 is signed off; Hannah sends the written release</td></tr>
</table>
<p class="note">Quoted first run 24,000 packs is a forecast (basis: forecast) and is not released. This tracker records status only; it authorizes nothing.
Film and trays: trial quantity only until gate 6.</p>
<p style="font-size:11px">Last updated 10/04/2024 by H. Cole.</p>
"""
case("c11_uk_npd_tracker_distinct_terms", [], "NPD tracker keeps sign-off and release apart; 24,000 labelled forecast, not released",
     [("NPD_tracker_falafel_wrap.html", html_page("NPD tracker", _body, lang="en-GB"))])

# c12 EML quoted supplier assumption of auto-conversion, buyer corrects ----------------------
_q = """From: Marco Bellini <marco@summitsnacks.com>
Sent: Monday, April 22, 2024 8:03 AM
Subject: Spiced nut tins - trial done

Jeff,
Trial of the 300 tins of honey-sriracha spiced nuts went great, seams all in spec, samples ship today.
Once you approve the samples we'll roll straight into the 22,000 next week to keep the slot.
Marco"""
_t = """Hi Marco,

Thanks - great to hear the seams are in spec.

Please don't roll into the run. Sample approval does not convert into production on this order. Right now only the 300 trial tins are released. The 22,000 stay on hold until two things have happened: our QA lead, Dana Ruiz, signs off the trial tins, and then I send you a written production release with the quantity. I am the release authority on this one.

Happy for you to keep the slot pencilled, but nothing starts and no tins, lids or nuts get bought for the 22,000 until you have that release in writing.

Thanks,
Jeff
""" + sig("Jeff Tran", "Sourcing Manager", "Copperleaf Brands, Inc., Boise, ID", "+1 208 555 0144") + "\n" + quote_lines(_q) + "\n"
_m = mail("Jeff Tran <jtran@copperleafbrands.com>", "Marco Bellini <marco@summitsnacks.com>",
          "RE: Spiced nut tins - trial done", "Mon, 22 Apr 2024 09:47:02 -0600", _t,
          in_reply_to="<h37-summit-0422@summitsnacks.com>")
case("c12_us_buyer_corrects_roll_into_run", [], "quoted supplier auto-conversion assumption corrected by buyer: 300 only, hold, QA sign-off + written release by Jeff",
     [("RE_spiced_nut_tins.eml", eml_bytes(_m))])

# c13 PDF technologist disposition: signed off for shelf-life only ----------------------------
_b = [
    ("h1", "Marlow & Pike - Technical"),
    ("h", "Trial disposition TD-24-071"),
    ("p", "Product: M&P Chicken Tikka Masala 400 g ready meal (CPET tray). Supplier: Fenwick Co-Pack Ltd, Leeds. "
          "Factory trial of 250 trays, run 18 April 2024, line 4."),
    ("table", [
        ["Check", "Result", "Spec"],
        ["Taste panel (n=12)", "7.4 / 9", ">= 7.0"],
        ["Core temp after cook", "78 °C", ">= 75 °C"],
        ["TVC day 0", "< 10 cfu/g", "< 1000 cfu/g"],
        ["Seal integrity", "250/250 pass", "100 %"],
        ["Net weight (mean)", "406 g", "400 g e"],
    ]),
    ("sp",),
    ("p", "Disposition: the trial is signed off for shelf-life testing only. Production is not released."),
    ("p", "The 40,000 trays of the first production run stay on hold until (1) I have signed off the day-12 shelf-life "
          "result and (2) Priya Shah, Commercial Manager, has sent Fenwick a written production release. "
          "Trays and film: trial quantity only until then."),
    ("p", "Dr. Helen Moss, Retailer Technologist, Marlow & Pike - 22 April 2024"),
]
case("c13_uk_disposition_shelf_life_only", [], "sample signed off for shelf-life only; production not released; event and named release",
     [("TD-24-071_trial_disposition.pdf", pdf(_b, title="TD-24-071", author="Helen Moss"))])

# c14 Teams export NL: full-quantity PO, no balance ------------------------------------------
_t = """Teams chat export - "Van Dijk x Hoogland voorjaarsactie" - exported 2024-02-19
[19-2-2024 09:12] Lotte Smit (Van Dijk): Goedemorgen Jeroen! PO 45008812 is out: 12.000 pakken stroopwafels 8 st., that's the whole order for the spring promo. No trial this time - recipe and pack are the same as last year, only the promo sticker changes.
[19-2-2024 09:14] Jeroen Bakker (Bakkerij Hoogland): Top. So the full 12.000 can run? Nothing on hold?
[19-2-2024 09:15] Lotte Smit (Van Dijk): Correct - the PO line is production scope for all 12.000, nothing on hold, no balance. Go ahead with the 12.000 for delivery week 14.
[19-2-2024 09:16] Jeroen Bakker (Bakkerij Hoogland): 👍 sticker rolls from Etiket Drukkerij come Monday
[19-2-2024 09:20] Lotte Smit (Van Dijk): Mooi. Pallets like last year please, 6 lagen, 2 DC's (Tilburg 7.200 / Zwolle 4.800)
[19-2-2024 09:21] Jeroen Bakker (Bakkerij Hoogland): genoteerd
"""
case("c14_nl_teams_full_quantity", [], "full-quantity production PO, go ahead scoped to 12,000; DC split sums to 12,000",
     [("Teams_VanDijk_Hoogland.txt", _t)])

# c15 EML forwarded rfc822 old quote declared informational ----------------------------------
_old = mail("Carla Jimenez <carla@lonepinekitchens.com>", "Purchasing <purchasing@prairietable.com>",
            "Quote LPK-2023-118 - Salsa Verde 16 oz", "Thu, 14 Sep 2023 15:20:00 -0500",
            """Hello Prairie Table team,

Pricing for the Salsa Verde 16 oz private label as discussed:

Trial batch: 2,000 jars @ $2.05
Production run: 100,000 jars @ $1.12 (annual, 4 runs of 25,000)

Glass: 16 oz Mason, 70 mm lug. Lead time 5 weeks from release.

Carla Jimenez
Lone Pine Kitchens""")
_t = """Hi Carla,

Forwarding your team's 2023 quote below for pricing reference only. The 100,000-jar figure in it is informational: it is not an order and it is not released.

Current position on PO 7700512:
- Released now: the 2,000 trial jars of Salsa Verde 16 oz, for the retailer cutting and our shelf-life test.
- Balance: not released. Please do not schedule a production run or buy glass beyond the 2,000 trial jars.
- Unlock: our R&D sign-off of the trial jars (Ken Adeyemi), followed by a written release from me with the quantity.
- Release authority: Laura Petrakis, Purchasing Director.

If the 2024 price differs from the 2023 quote, send me a revised quote and we'll update the PO.

Thanks,
Laura
""" + sig("Laura Petrakis", "Purchasing Director", "Prairie Table Foods, Omaha, NE", "+1 402 555 0119")
_m = mail("Laura Petrakis <lpetrakis@prairietable.com>", "Carla Jimenez <carla@lonepinekitchens.com>",
          "FW: Quote LPK-2023-118 - Salsa Verde 16 oz (reference only) / PO 7700512", "Tue, 16 Apr 2024 11:31:09 -0500",
          _t, attachments=[("rfc822", _old)])
case("c15_us_forwarded_old_quote_informational", [], "forwarded 2023 quote's 100,000 declared informational; 2,000 released, balance held, event, named director",
     [("FW_quote_LPK-2023-118.eml", eml_bytes(_m))])

# c16 DOCX full-quantity label PO with look-alike identifiers --------------------------------
_b = [
    ("h1", "Purchase Order GF-12004"),
    ("p", "Greystone Foods Ltd, Unit 4 Calder Park, Wakefield WF2 7AA, UK - to Etiket Drukkerij Holland B.V., Apeldoorn, NL."),
    ("p", "Date: 7 May 2024. Buyer: Oliver Grant, Head of Supply. Currency: EUR. Incoterms: DAP Wakefield."),
    ("table", [
        ["Line", "Article", "Description", "Qty", "Unit", "Price"],
        ["1", "2500-100 rev 20", "Front label Greystone Hot Honey 250 ml, 90 x 400 mm, die D-400x90, PP white 60 µm", "3,600", "labels", "EUR 0.071"],
    ]),
    ("sp",),
    ("p", "Scope: production. This PO is the full quantity of 3,600 labels for the spring promotion run. There is no balance and no further quantity under this PO."),
    ("p", "Artwork: signed off by Greystone on 2 May (file GF-HH250-FL-v7.pdf). Please go ahead with the 3,600 labels."),
    ("p", "Winding: direction 4, 76 mm core, max 1,000 labels per reel, max outer diameter 300 mm."),
    ("p", "Standards: BRCGS Packaging Materials Issue 6, ISO 9001:2015, FSC Mix C012345, EU 1935/2004 declaration of compliance required."),
    ("p", "Delivery: by 24 May 2024. Please confirm by return."),
]
case("c16_uk_label_po_full_identifiers", [], "full-quantity label PO (3,600, no balance); article/die/ISO/reel numbers are not quantities",
     [("PO_GF-12004_labels.docx", docx_bytes(_b, author="Oliver Grant"))])

# c17 HTML portal: interim disposition with limits + scoped release ------------------------
_body = """
<h2>Nordmarkt Eigenmarken GmbH - Lieferantenportal</h2>
<p>Auftrag / order: <b>Eistee Pfirsich 1,5 l PET (NM-ET-15)</b> &nbsp; Lieferant: Abfüllbetrieb Lindner GmbH &nbsp; Bestellung 4501120</p>
<h3>Sample sign-off</h3>
<table>
<tr><th>Disposition</th><th>Limit</th><th>Valid until</th><th>Signed</th><th>Reason</th></tr>
<tr><td>INTERIM</td><td>up to 5,000 bottles</td><td>30.06.2024</td><td>Dr. K. Albers, QS</td><td>cap removal torque at upper tolerance; deviation DV-24-031, new closure from KW 27</td></tr>
</table>
<h3>Production release</h3>
<table>
<tr><th>Release no.</th><th>Quantity released</th><th>Unlock event</th><th>Authorized by</th><th>Date</th></tr>
<tr><td>R-24-118</td><td>5,000 bottles</td><td>interim sign-off (within its limits)</td><td>Stefan Weber, Leiter Einkauf Getränke</td><td>03.05.2024</td></tr>
</table>
<div class="note">The remaining 55,000 bottles of the quoted 60,000 are <b>not released</b>. They unlock only on a full
sign-off (disposition "approved") after the closure change, followed by a new written release from Stefan Weber.
Material authority: sample-only beyond the 5,000 released bottles.</div>
"""
case("c17_de_portal_interim_with_limits", [], "interim sign-off with quantity/date limits; 5,000 released by named person; 55,000 held with event",
     [("Portal_4501120_Eistee.html", html_page("Bestellung 4501120", _body, lang="de"))])

# c18 TXT supplier weekly status, within authority -------------------------------------------
_t = """FENWICK CO-PACK LTD - WEEKLY STATUS TO MARLOW & PIKE - WEEK 17 (22-26 APR 2024)
prepared by D. Fenwick, Operations

SKU                                   STAGE              QTY            MATERIAL POSITION               NEXT STEP
------------------------------------  -----------------  -------------  ------------------------------  -------------------------------
M&P Chicken Tikka Masala 400g         trial done         250 trays      trays/film for 250 only         waiting for shelf-life sign-off
                                                                                                        (Dr H. Moss) + written release
                                                                                                        from Priya Shah; 40,000 not
                                                                                                        released, nothing started
M&P Falafel & Houmous Wrap 210g       trial done         600 packs      film for 600 only               gate 5 shelf-life due 19/04;
                                                                                                        production not released
M&P Mac & Cheese 400g (rerun)         in production      9,600 packs    per PO MP-330388 (full qty)     dispatch Thu to Wakefield DC

NOTES
- We have not bought film, trays or sleeves beyond released quantities on any of the above.
- Line 4 planned maintenance Sat 27/04.
- Audit: BRCGS unannounced window opens 1 June.
"""
case("c18_uk_supplier_status_within_authority", [], "supplier status report: no material beyond released quantities; holds restated",
     [("Fenwick_weekly_status_wk17.txt", _t)])

# c19 EML DE/EN mixed with PDF PO attachment, full scope, Abnahme vs Freigabe kept apart -----
_po = [
    ("h1", "Kornfeld Handels GmbH"),
    ("p", "Einkauf Eigenmarken - Am Lindener Hafen 8, 30453 Hannover"),
    ("h", "Bestellung / Purchase Order 4500771"),
    ("p", "Lieferant: Lebensmittelwerk Harz GmbH, Wernigerode. Datum: 06.05.2024. Ihr Angebot AN-5521 vom 19.04.2024."),
    ("table", [
        ["Pos.", "Material", "Bezeichnung", "Menge", "Preis"],
        ["10", "300142-800", "Erbseneintopf 800 g Dose 'Gutes Land' - Probelauf / factory trial", "800 Dosen", "1,38 EUR"],
    ]),
    ("sp",),
    ("p", "Freigegeben ist ausschließlich der Probelauf von 800 Dosen. Die Restmenge von 39.200 Dosen aus Angebot AN-5521 ist NICHT freigegeben."),
    ("p", "Freigabe der Restmenge erst nach Sensorik- und Lagertest-Abnahme durch unsere QS (Frau Dr. Lehmann) und "
          "anschließender schriftlicher Produktionsfreigabe durch Michael Weber, Einkaufsleiter Eigenmarken."),
    ("p", "Materialdisposition: nur für 800 Dosen (Weißblech, Deckel, Etiketten)."),
]
_t = """Sehr geehrter Herr Krüger,

anbei unsere Bestellung 4500771. Kurz zusammengefasst / in short, for your planning team:

- Jetzt freigegeben / released now: 800 Dosen Probelauf (factory trial), KW 22.
- Restmenge 39.200 Dosen aus Ihrem Angebot AN-5521: NICHT freigegeben / not released. Bitte nicht starten, kein Weißblech und keine Etiketten dafür bestellen.
- Freigabe der Restmenge erst nach der Sensorik- und Lagertest-Abnahme durch unsere QS (Frau Dr. Lehmann), danach schriftliche Produktionsfreigabe durch mich.
- Freigabeberechtigt / release authority: Michael Weber, Einkaufsleiter Eigenmarken.

Die Muster bitte an unser Labor in Hannover, z. Hd. Frau Dr. Lehmann, gekühlt ist nicht nötig.

Mit freundlichen Grüßen
Michael Weber
""" + sig("Michael Weber", "Einkaufsleiter Eigenmarken", "Kornfeld Handels GmbH, Hannover", "+49 511 555 3310")
_m = mail("Michael Weber <m.weber@kornfeld-handel.de>", "Holger Krüger <h.krueger@lw-harz.de>",
          "Bestellung 4500771 - Probelauf Erbseneintopf 800 g", "Mon, 06 May 2024 13:22:05 +0200", _t,
          attachments=[("Bestellung_4500771.pdf", pdf(_po, title="Bestellung 4500771", author="Kornfeld Einkauf"), PDF_MT)])
case("c19_de_probelauf_email_pdf", [], "800 released; 39,200 not released; QS Abnahme then written Freigabe by named buyer; terms kept apart",
     [("Bestellung_4500771_Probelauf.eml", eml_bytes(_m))])

# c20 PDF full-quantity PO, two production lines with delivery split ----------------------
_b = [
    ("h1", "Copperleaf Brands, Inc."),
    ("p", "700 W Front St, Boise, ID 83702 - Purchasing"),
    ("h", "Purchase Order 5100402"),
    ("p", "Vendor: Midwest CoPack LLC, Des Moines, IA. Date: 04/29/2024. Terms: Net 45. FOB origin."),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit", "Price"],
        ["1", "CL-SW-LEM12", "Copperleaf Sparkling Water Lemon 12 oz can", "production", "14,400", "cans", "$0.212"],
        ["2", "CL-SW-LIM12", "Copperleaf Sparkling Water Lime 12 oz can", "production", "14,400", "cans", "$0.212"],
    ]),
    ("sp",),
    ("p", "Delivery: each line ships in two drops of 7,200 cans (weeks of 5/27 and 6/10) to Salt Lake City DC."),
    ("p", "This PO covers the full quantity for both flavors. No trial run: both are line extensions of the existing "
          "Grapefruit formula (spec CL-SW-base rev 6). There is no balance under this PO."),
    ("p", "Cans: 12 oz sleek 202 ends, printed, supplied by Midwest from stock. Case pack 12, 200 cases/pallet."),
    ("p", "Buyer: Ashley Kim, ashley.kim@copperleafbrands.com."),
]
case("c20_us_full_po_two_lines_split", [], "full-quantity two-line production PO, delivery split sums to line qty, no balance",
     [("PO_5100402.pdf", pdf(_b, pagesize=LETTER, title="PO 5100402", author="Copperleaf Purchasing"))])

# c21 multi-file: TXT PO + PDF quote + EML supplier ack (printed film) -------------------------
_po = """HOLLYBANK GROCERS PLC - PACKAGING PURCHASING               PURCHASE ORDER   HB-PK-2024-0611
Daventry NN11 8QH                                           DATE             03/05/2024
SUPPLIER: FlexiPrint Films Ltd, Bury (FP-0087)              BUYER            M. ELLISON

LN  ITEM          DESCRIPTION                                       QTY     UOM   PRICE GBP
--  ------------  ------------------------------------------------  ------  ----  ---------
01  PK-LID-2231   Printed lidding film, HB Finest soup pot 600g,    3,000   M     0.41/M
                  PET12/PE50 peelable, trial print for factory
                  trial at Moorside Kitchens
02  PK-CYL-2231   Gravure cylinders, 8 colours                      1       SET   3,360.00

NOTES:
- QUOTE FP-Q-1187 SHOWS 90,000 M FOR PRODUCTION. THAT FIGURE IS FOR INFORMATION ONLY
  AND IS NOT RELEASED BY THIS PO.
- MATERIAL AUTHORITY: SUBSTRATE FOR THE 3,000 M TRIAL PRINT ONLY.
- THE BALANCE UNLOCKS AFTER OUR PACKAGING TECHNOLOGIST (SIAN PRYCE) SIGNS OFF THE PRINT
  TRIAL (COLOUR, SEAL, PEEL) AND MARK ELLISON, PACKAGING BUYER, SENDS A WRITTEN RELEASE.
"""
_q = [
    ("h1", "FlexiPrint Films Ltd"),
    ("p", "Moss Lane Industrial Estate, Bury BL9 6QT"),
    ("h", "Quotation FP-Q-1187"),
    ("p", "Customer: Hollybank Grocers plc. Item: printed peelable lidding film, 8 colours, reverse printed, web 312 mm."),
    ("table", [
        ["Stage", "Quantity", "Price"],
        ["Trial print", "3,000 m", "£0.41/m"],
        ["Production print (MOQ 30,000 m per run)", "90,000 m", "£0.118/m"],
        ["Cylinders (8)", "1 set", "£3,360"],
    ]),
    ("p", "Lead time: trial 10 working days from artwork; production 4 weeks from release. Validity 90 days."),
]
_t = """Hi Mark,

We confirm PO HB-PK-2024-0611 as written: 3,000 m trial print released, cylinders ordered. The 90,000 m production quantity on our quote is not released and we will not buy substrate for it. We'll wait for your written release after Sian has signed off the print trial.

Trial reels ship to Moorside Kitchens on 17 May.

Regards,
Nadia Hussain
Customer Service, FlexiPrint Films Ltd
"""
_m = mail("Nadia Hussain <nadia.hussain@flexiprintfilms.co.uk>", "Mark Ellison <mark.ellison@hollybank-grocers.co.uk>",
          "Acknowledgement PO HB-PK-2024-0611", "Tue, 07 May 2024 08:55:40 +0100", _t)
case("c21_uk_film_po_quote_ack_bundle", [], "3-file bundle: PO declares 90,000 m informational, substrate for trial only, event + named buyer; ack agrees",
     [("PO_HB-PK-2024-0611.txt", _po), ("Quotation_FP-Q-1187.pdf", pdf(_q, title="FP-Q-1187", author="FlexiPrint")),
      ("Ack_HB-PK-2024-0611.eml", eml_bytes(_m))])

# c22 HTML portal messages: supplier asks about film for full run, buyer says no --------------
_body = """
<h2>Prairie Table Foods - Supplier Collaboration</h2>
<p>Order: <b>PO 7700571 - PT Cinnamon Oat Clusters 10 oz</b> &nbsp; Supplier: Heartland Bakeworks LLC</p>
<table>
<tr><th>Line</th><th>Description</th><th>Scope</th><th>Qty</th></tr>
<tr><td>1</td><td>Trial bake, 10 oz bag, retailer cutting + shelf life</td><td>sample</td><td>600 bags</td></tr>
</table>
<h3>Messages</h3>
<table>
<tr><th>Time</th><th>From</th><th>Message</th></tr>
<tr><td>04/18/2024 09:20</td><td>Luis Ortega (Heartland)</td><td>Can we go ahead with ordering the printed film for the full 30,000-bag run? The converter's lead time is 6 weeks.</td></tr>
<tr><td>04/18/2024 10:05</td><td>Megan Holt (Prairie Table)</td><td>No - film for the 600 trial bags only. The 30,000-bag run is not released. It unlocks once R&amp;D (Ken Adeyemi) has done the allergen and shelf-life sign-off and I send you a written release - I'm the release authority. If the 6-week lead time becomes a problem, ask me for a staged material authority and I'll put it in writing with a number.</td></tr>
<tr><td>04/18/2024 10:11</td><td>Luis Ortega (Heartland)</td><td>Understood, film for 600 only. Thanks Megan.</td></tr>
</table>
"""
case("c22_us_portal_question_film_answer_no", [], "supplier question about full-run film; buyer: 600 only, 30,000 not released, event + named authority",
     [("PO_7700571_messages.html", html_page("PO 7700571 messages", _body))])

# c23 EML with DOCX release letter: full release after sign-off (PL) -----------------------
_rel = [
    ("h1", "Production release PR-2024-07"),
    ("p", "Polmarket Sp. z o.o., Dział Zakupów, ul. Magazynowa 5, 80-298 Gdańsk - do: Zakład Przetwórstwa Owocowego Sadex, Łącko."),
    ("table", [
        ["Order", "Product", "Quantity released", "Unlock event", "Evidence"],
        ["PO 2024/0412 line 20", "Dżem truskawkowy 280 g, 'Smaki Domu'", "30 000 jars", "trial sign-off (approved)", "QA sign-off QS-24-118 by Ewa Kamińska, 03.06.2024"],
    ]),
    ("sp",),
    ("p", "This release covers the full quoted production quantity of 30 000 jars. Nothing remains on hold under PO 2024/0412."),
    ("p", "Authorised by: Beata Sowa, Kierownik Zakupów (release authority), 04.06.2024."),
    ("p", "Delivery: 3 lots of 10 000 jars, weeks 25, 27 and 29, CD Pruszcz Gdański."),
]
_t = """Dzień dobry Panie Pawle,

Attached is the production release PR-2024-07 for the first production run of strawberry jam 280 g: 30 000 jars. The trial was signed off by our QA (Ewa Kamińska) yesterday, so the run can be scheduled as in the attachment.

Pozdrawiam serdecznie
Beata Sowa
Kierownik Zakupów, Polmarket Sp. z o.o.
tel. +48 58 555 20 14
"""
_m = mail("Beata Sowa <b.sowa@polmarket.pl>", "Paweł Nowicki <p.nowicki@sadex.com.pl>",
          "Production release PR-2024-07 - dżem truskawkowy 280 g", "Tue, 04 Jun 2024 10:18:27 +0200", _t,
          html=text_html(_t), attachments=[("PR-2024-07.docx", docx_bytes(_rel, author="Beata Sowa"), DOCX_MT)])
case("c23_pl_release_letter_full_qty", [], "written production release of 30,000 after recorded sign-off, by named authority; nothing on hold",
     [("PR-2024-07_release.eml", eml_bytes(_m))])

# c24 TXT call-off under frame agreement (NL) ---------------------------------------------
_t = """VAN DIJK SUPERMARKTEN B.V.                                   AFROEP / CALL-OFF
Inkoop Zuivel & Sappen, Tilburg                              Nr.: RA-2024-03 / 07
                                                             Datum: 13-05-2024
Leverancier: Sapfabriek De Linde B.V., Roermond (L-4471)

Raamovereenkomst RA-2024-03: sinaasappelsap 1 l pak, huismerk, totaal 96.000 pakken (2024)
Eerder afgeroepen (afroep 01-06): 38.400 pakken

ART.NR     OMSCHRIJVING                       AFROEP 07    LEVERWEEK   DC
---------  ---------------------------------  -----------  ----------  -------
VD-220110  Sinaasappelsap 1 l, pak, 12/doos   9.600 pak    wk 23       Tilburg

Deze afroep geeft 9.600 pakken vrij / this call-off releases 9,600 packs.
Resterend raamvolume 48.000 pakken: NIET vrijgegeven / not released.
Elke volgende hoeveelheid wordt alleen vrijgegeven door de volgende genummerde
afroep, getekend door Ilse Verhoeven, Inkoper Zuivel & Sappen.
Materiaal (pakken, doppen): alleen voor de 9.600 van deze afroep.

Getekend: I. Verhoeven
"""
case("c24_nl_frame_calloff", [], "call-off releases 9,600; 48,000 frame remainder not released; next numbered call-off by named buyer",
     [("Afroep_RA-2024-03_07.txt", _t)])

# c25 PDF spec sheet, no authorization ----------------------------------------------------
_b = [
    ("h1", "Product Specification PS-MP-1150 v4"),
    ("p", "Marlow & Pike Sea Salt Crinkle Crisps 150 g - Supplier: Yorkshire Crisp Co. Ltd - Site: Selby"),
    ("table", [
        ["Parameter", "Target", "Tolerance"],
        ["Net weight", "150 g", "e-mark, TNE 4.5 %"],
        ["Salt", "1.2 g / 100 g", "± 0.15 g"],
        ["Moisture", "1.6 %", "max 2.0 %"],
        ["Acrylamide", "< 350 µg/kg", "benchmark 750 µg/kg"],
        ["Shelf life", "20 weeks", "from pack"],
    ]),
    ("sp",),
    ("p", "Packaging: metallised OPP 20/ OPP 25, bag 230 x 320 mm; case 12 x 150 g; 96 cases per pallet (1200 x 1000 mm), 8 layers."),
    ("p", "Allergens: none of the 14 EU allergens present; produced on a line that also handles milk."),
    ("p", "Specification signed off by the Marlow & Pike technologist (J. Okafor) on 14 March 2024. This specification is a "
          "technical document. It does not order or release any quantity."),
]
case("c25_uk_spec_sheet_no_authority", [], "technical spec sheet; case/pallet figures are not authorizations",
     [("PS-MP-1150_v4_spec.pdf", pdf(_b, title="PS-MP-1150", author="Marlow & Pike Technical"))])

# =================================================================== WITH RISKS

# p01 PDF PO with a reference line for the production run; nothing else --------------------
_b = [
    ("h1", "Marlow & Pike Ltd"),
    ("p", "Buying Office, 1 Kirkgate Quay, Leeds LS1 4BT - VAT GB 284 5521 90"),
    ("h", "PURCHASE ORDER MP-PO-330172"),
    ("p", "Supplier: Moorside Kitchens Ltd, Hebden Bridge (acct 44821). Order date: 23/04/2024. Buyer: Callum Reid."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Value"],
        ["10", "220561", "M&P Beef & Ale Pie 550 g - factory trial", "360", "£2.85", "£1,026.00"],
        ["Ref", "Quote MK-Q-2350", "M&P Beef & Ale Pie 550 g - first production run", "14,400", "£2.10", "-"],
    ]),
    ("sp",),
    ("p", "Deliver to: Marlow & Pike Wakefield DC, Bay 12, chilled 0-5 °C. Booking reference required 48 hours in advance."),
    ("p", "Please quote the PO number on all delivery notes and invoices. Invoices to ap@marlowpike.co.uk."),
    ("p", "Marlow & Pike standard terms of purchase v11 apply. Payment 60 days end of month."),
]
case("p01_uk_pie_po_reference_line", ["RG001", "RG003", "RG004", "RG005"],
     "trial PO lists 14,400 production line beside 360 with no status; no hold, no unlock event, no release person",
     [("MP-PO-330172.pdf", pdf(_b, title="MP-PO-330172", author="Marlow & Pike Buying"))])

# p02 multi-file: ERP PO (event + person as fields, no hold) + unmarked quote --------------
_po = """KORNFELD HANDELS GMBH - EINKAUF EIGENMARKEN       BESTELLUNG / PURCHASE ORDER   4500779
AM LINDENER HAFEN 8, 30453 HANNOVER               DATUM                         08.05.2024
LIEFERANT: LEBENSMITTELWERK HARZ GMBH (70021)     SACHBEARBEITER                D.ROTH

POS  MATERIAL     BEZEICHNUNG                                  MENGE   ME   PREIS EUR
---  -----------  -------------------------------------------  ------  ---  ---------
010  300118-800   LINSENSUPPE M. WÜRSTCHEN 800G DOSE "GUTES    1.000   DS        1,42
                  LAND" - WERKSVERSUCH / FACTORY TRIAL
                                                               GESAMT NETTO: 1.420,00 EUR
NOTIZ / NOTE:
 FACTORY TRIAL LOT FOR SENSORY + STORAGE TEST, SAMPLES TO KORNFELD QS HANNOVER.
 FIRST PRODUCTION RUN TO BE CALLED OFF BY DAGMAR ROTH, EINKAUF EIGENMARKEN,
 AFTER KORNFELD QS HAS SIGNED OFF THE TRIAL.
 REF. YOUR QUOTE AN-24-5570 (ATTACHED).
 LIEFERUNG FREI HAUS, LAGER HANNOVER-LINDEN, ANLIEFERUNG MO-FR 6-14 UHR.
"""
_q = [
    ("h1", "Lebensmittelwerk Harz GmbH"),
    ("p", "Am Schlossberg 21, 38855 Wernigerode"),
    ("h", "Angebot AN-24-5570"),
    ("p", "Kunde: Kornfeld Handels GmbH, Frau Roth. Artikel: Linsensuppe mit Würstchen 800 g Dose, Eigenmarke 'Gutes Land'."),
    ("table", [
        ["Stufe", "Menge", "Preis je Dose", "Lieferzeit"],
        ["Werksversuch", "1.000 Dosen", "1,42 EUR", "2 Wochen"],
        ["Erstproduktion", "40.000 Dosen", "0,86 EUR", "5 Wochen"],
    ]),
    ("p", "Weißblech 99 x 118 mm, Easy-Open-Deckel. Preise ab Werk, zzgl. MwSt. Gültig bis 30.06.2024."),
]
case("p02_de_erp_po_plus_quote", ["RG001", "RG003"],
     "folder PO (1,000 trial) + quote with 40,000 unmarked; event and person named as fields but nothing says the balance is not released",
     [("Bestellung_4500779.txt", _po), ("Angebot_AN-24-5570.pdf", pdf(_q, title="AN-24-5570", author="LW Harz Vertrieb"))])

# p03 EML NL + PDF quote attachment; event named, no person, no hold ----------------------
_q = [
    ("h1", "Conservenfabriek Maasland B.V."),
    ("h", "Offerte OF-2024-118"),
    ("p", "Aan: Van Dijk Supermarkten B.V., Inkoop Houdbaar. Artikel: erwtensoep 800 ml blik, Van Dijk huismerk."),
    ("table", [
        ["Omschrijving", "Aantal", "Prijs per blik"],
        ["Proefproductie", "1.200 blikken", "€ 1,64"],
        ["Productierun", "36.000 blikken", "€ 0,92"],
    ]),
    ("p", "Levertijd productierun: 4 weken. Prijzen af fabriek Oss. Geldig tot 31-07-2024."),
]
_t = """Goedemorgen Ruud,

Bijgaand de order 45007902 voor de proefproductie: 1.200 blikken erwtensoep 800 ml (Van Dijk huismerk), levering week 24 naar DC Tilburg. Your quotation OF-2024-118 is attached again so everything is in one place.

Once our kwaliteitsdienst has signed off the panel test, we will send a revised PO for the production run.

Etiketten: please use artwork file VD-ERW-800-v3; de allergenen (selderij) in vet.

Met vriendelijke groet,
Femke Jansen
Inkoop Assistent Houdbaar
Van Dijk Supermarkten B.V.
"""
_m = mail("Femke Jansen <f.jansen@vandijk-super.nl>", "Ruud van Leeuwen <ruud@maasland-conserven.nl>",
          "Inkooporder 45007902 - proefproductie erwtensoep", "Thu, 16 May 2024 08:31:50 +0200", _t,
          attachments=[("Offerte_OF-2024-118.pdf", pdf(_q, title="OF-2024-118", author="Maasland"), PDF_MT)])
case("p03_nl_trial_order_quote_attached", ["RG001", "RG003", "RG005"],
     "trial 1,200 with attached quote showing 36,000 unmarked; revised PO after panel sign-off named, but no hold and no named person",
     [("Inkooporder_45007902.eml", eml_bytes(_m))])

# p04 HTML portal pilot PO with quote panel -----------------------------------------------
_body = """
<h2>Copperleaf Brands - Supplier Portal</h2>
<p>PO <b>5100311</b> &nbsp;|&nbsp; Midwest CoPack LLC &nbsp;|&nbsp; Status: Open - Acknowledged &nbsp;|&nbsp; Created 04/08/2024 by A. Kim</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Price</th><th>Ship to</th></tr>
<tr><td>1</td><td>CL-PB-60PBC</td><td>Pilot run - Peanut Butter Crunch protein bar 60 g, flow-wrapped</td><td>2,400</td><td>bar</td><td>$0.88</td><td>Boise R&amp;D</td></tr>
</table>
<h3>Quote summary (Q-MCP-7781)</h3>
<table>
<tr><th>Stage</th><th>Qty</th><th>Price/bar</th><th>Lead time</th></tr>
<tr><td>Pilot</td><td>2,400</td><td>$0.88</td><td>2 weeks</td></tr>
<tr><td>Production</td><td>96,000</td><td>$0.41</td><td>5 weeks</td></tr>
</table>
<p><b>Buyer comment:</b> Pilot for retailer sell-in samples and shelf-life study. Ship to Boise R&amp;D, attn. product development. Whey protein isolate per spec CL-PB-spec-03.</p>
"""
case("p04_us_portal_pilot_quote_panel", ["RG001", "RG003", "RG004", "RG005"],
     "pilot PO 2,400 with quote panel showing 96,000 unmarked; nothing on hold, unlock or release authority",
     [("PO_5100311.html", html_page("PO 5100311", _body))])

# p05 EML PL multipart/alternative with pasted quote; person named, no event, no hold ------
_t = """Dzień dobry Panie Pawle,

Please find our order 2024/0412 for the trial batch: 600 jars of strawberry jam 280 g, private label "Smaki Domu", delivery to CD Pruszcz Gdański in week 16.

For clarity, here is your quote as we agreed it on the phone:

Trial batch - 600 jars - 3,10 zł/jar
Production run - 30 000 jars - 2,15 zł/jar

The production release will come from me personally - Joanna Kowalczyk, Category Manager.

Etykiety: the new artwork with the 'bez konserwantów' claim, file SD-DT-280-v5.

Pozdrawiam
Joanna Kowalczyk
Category Manager, Polmarket Sp. z o.o.
tel. +48 58 555 20 31
"""
_html = text_html(_t).replace("Trial batch - 600 jars - 3,10 zł/jar<br>Production run - 30 000 jars - 2,15 zł/jar",
    "<table border=1 cellpadding=4><tr><th>Stage</th><th>Qty</th><th>Price</th></tr>"
    "<tr><td>Trial batch</td><td>600 jars</td><td>3,10 zł</td></tr>"
    "<tr><td>Production run</td><td>30 000 jars</td><td>2,15 zł</td></tr></table>")
_m = mail("Joanna Kowalczyk <j.kowalczyk@polmarket.pl>", "Paweł Nowicki <p.nowicki@sadex.com.pl>",
          "Zamówienie 2024/0412 - trial dżem truskawkowy 280 g", "Tue, 26 Mar 2024 12:04:11 +0100", _t, html=_html)
case("p05_pl_trial_email_pasted_quote", ["RG001", "RG003", "RG004"],
     "trial 600 with pasted quote 30,000 unmarked; release person named but no hold and no unlock event",
     [("Zamowienie_2024-0412.eml", eml_bytes(_m))])

# p06 DOCX printed-film PO with production line in the table; event + person, no hold ----
_b = [
    ("h1", "Purchase Order GF-12077"),
    ("p", "Greystone Foods Ltd, Wakefield - to FlexiPrint Films Ltd, Bury. Date 14 May 2024. Buyer: Ruth Ames, Packaging Buyer."),
    ("p", "Item: printed flow-wrap film, Greystone Oat Bites 6 x 30 g, OPP 30 µm cold-seal, web 280 mm, 7 colours."),
    ("table", [
        ["Line", "Description", "Qty", "Unit", "Price (GBP)"],
        ["1", "Trial print reels (factory trial at Fenwick Co-Pack)", "2,000", "m", "0.36 / m"],
        ["2", "Gravure cylinders, 7 colours", "1", "set", "2,940.00"],
        ["3", "Production print (quoted)", "60,000", "m", "0.094 / m"],
    ]),
    ("sp",),
    ("p", "After our packaging technologist has signed off the trial reels on the flow-wrapper at Fenwick Co-Pack, "
          "Ruth Ames will confirm the print run in writing."),
    ("p", "Deliver trial reels to Fenwick Co-Pack Ltd, Leeds, by 31 May. Cores 76 mm, max reel diameter 400 mm."),
]
case("p06_uk_film_po_production_line", ["RG001", "RG003"],
     "film PO table carries a 60,000 m production line beside the 2,000 m trial; event and Ruth Ames named, no statement that the balance is not released",
     [("PO_GF-12077_film.docx", docx_bytes(_b, author="Ruth Ames"))])

# p07 WhatsApp UK: unscoped 'go ahead', no quantity anywhere -----------------------------
_t = """[07/05/2024, 06:58:31] Dave Fenwick: Morning Emma. Film and trays for the Korma landed yesterday, line 3 is free Thursday
[07/05/2024, 06:59:02] Dave Fenwick: shall we crack on? 🙂
[07/05/2024, 07:25:47] Emma Clarke: Yes go ahead 👍 need it on shelf for the bank holiday promo
[07/05/2024, 07:26:10] Dave Fenwick: 👌 booking transport for Monday then
[07/05/2024, 07:31:55] Emma Clarke: Use Wakefield not Doncaster this time pls, Doncaster is full
[07/05/2024, 07:32:20] Dave Fenwick: noted
[07/05/2024, 12:14:03] Dave Fenwick: <attached: 00000042-PHOTO-2024-05-07-12-14-03.jpg>
[07/05/2024, 12:14:30] Dave Fenwick: new sleeve looks smart
"""
case("p07_uk_whatsapp_go_ahead", ["RG002", "RG010"],
     "buyer's 'Yes go ahead' names neither sample-only nor a quantity; no quantity stated anywhere",
     [("WhatsApp_Chat_with_Dave_Fenwick.txt", _t)])

# p08 EML label proof thread: 'artwork approved, go ahead'; hold + person, no event --------
_q1 = """From: Tom Hargreaves <tom.hargreaves@hollybank-grocers.co.uk>
Sent: 15 April 2024 11:02
Subject: PO HB-778120 - front labels HB Finest G&T 330ml can

Pieter,

PO HB-778120 attached: 5,000 front labels for the factory trial of the Hollybank Finest Gin & Tonic 330 ml can.
The balance of the quoted 250,000 labels is on hold.
Release authority for the balance: Tom Hargreaves, Packaging Buyer.

Tom"""
_q2 = """From: Pieter de Graaf <p.degraaf@etiket-holland.nl>
Sent: 24 April 2024 16:40
Subject: RE: PO HB-778120 - front labels HB Finest G&T 330ml can

Hi Tom,
Digital proof v3 attached (corrected ABV 5.0 % and the recycling logo). Please approve so we can go on press; our press slot is Monday.
Pieter

""" + quote_lines(_q1)
_t = """Proof v3 - artwork approved, go ahead.

Tom

Sent from my iPhone

""" + quote_lines(_q2) + "\n"
_m = mail("Tom Hargreaves <tom.hargreaves@hollybank-grocers.co.uk>", "Pieter de Graaf <p.degraaf@etiket-holland.nl>",
          "RE: PO HB-778120 - front labels HB Finest G&T 330ml can", "Wed, 24 Apr 2024 18:12:09 +0100", _t,
          in_reply_to="<h37-etiket-0424@etiket-holland.nl>")
case("p08_uk_label_proof_go_ahead", ["RG002", "RG004"],
     "'artwork approved, go ahead' is unscoped while 250,000 labels are quoted; quoted PO holds the balance and names Tom but no unlock event",
     [("RE_PO_HB-778120_labels.eml", eml_bytes(_m))])

# p09 HTML portal: pilot PO + 'green light' comment, nothing else ------------------------
_body = """
<h2>Prairie Table Foods - Supplier Portal</h2>
<p>PO <b>7700630</b> &nbsp;|&nbsp; Lone Pine Kitchens &nbsp;|&nbsp; Status: Acknowledged</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Need-by</th></tr>
<tr><td>1</td><td>PT-SAL-CH16</td><td>Pilot batch - Chipotle Salsa 16 oz glass jar</td><td>1,200</td><td>jar</td><td>07/05/2024</td></tr>
</table>
<h3>Messages</h3>
<table>
<tr><th>Time</th><th>From</th><th>Message</th></tr>
<tr><td>06/18/2024 14:02</td><td>Carla Jimenez (Lone Pine)</td><td>PO acknowledged. Line booked for week 27. Anything else before we start?</td></tr>
<tr><td>06/18/2024 15:40</td><td>Megan Holt (Prairie Table)</td><td>Nope, you've got the green light 🙌 Labels are at your dock already.</td></tr>
</table>
"""
case("p09_us_portal_pilot_green_light", ["RG002", "RG003", "RG004", "RG005"],
     "pilot PO 1,200 with an unscoped 'green light'; no hold, unlock event or release person",
     [("PO_7700630_portal.html", html_page("PO 7700630", _body))])

# p10 DOCX minutes: 'approved' for sensory, finance and production ----------------------
_b = [
    ("h1", "Protokoll / Minutes - Factory trial review"),
    ("p", "Eistee Pfirsich 1,5 l PET (NM-ET-15). Nordmarkt Eigenmarken GmbH / Abfüllbetrieb Lindner GmbH. "
          "Teams call, 22.05.2024, 10:00-10:40. Teilnehmer: S. Weber, Dr. K. Albers (Nordmarkt), J. Lindner, M. Voss (Lindner)."),
    ("num", "Trial of 1,500 bottles (run 14.05.): sensory panel result 7.8/9 - trial approved."),
    ("num", "PO 4501188 for the first production run of 45,000 bottles: approved by Finance on 21.05."),
    ("num", "First production run of 45,000 bottles: approved - start KW 24 once the sleeve supplier confirms delivery."),
    ("num", "Pallet pattern: 4 x 1,5 l shrink packs, 6 layers; Lindner to send the pallet label sample."),
    ("p", "Action points: J. Lindner - sleeve delivery date by 24.05.; Dr. K. Albers - CoA template; S. Weber - none."),
    ("p", "Protokoll: M. Voss"),
]
case("p10_de_minutes_approved_three_ways", ["RG009"],
     "'approved' used for the sensory trial, Finance's PO sign-off and the production run in one set of minutes",
     [("Protokoll_Trial_Review_NM-ET-15.docx", docx_bytes(_b, author="M. Voss"))])

# p11 EML DE: 'passt - go ahead' reply; attached PO holds balance with event, no person ----
_po = [
    ("h1", "Bestellung 4501207"),
    ("p", "Kornfeld Handels GmbH, Einkauf Eigenmarken - an Elbtal Feinkost GmbH, Dresden. Datum 13.05.2024."),
    ("table", [
        ["Pos.", "Artikel", "Bezeichnung", "Menge"],
        ["10", "300311-500", "Curry-Ketchup 500 ml Glas 'Gutes Land' - Probelauf", "900 Gläser"],
    ]),
    ("p", "Die Restmenge von 27.000 Gläsern aus Ihrem Angebot ist nicht freigegeben (balance not released), bis unsere QS "
          "den Probelauf abgenommen hat und der Einkauf die schriftliche Produktionsfreigabe erteilt."),
]
_q = """Von: Jana Becker <j.becker@elbtal-feinkost.de>
Gesendet: Freitag, 17. Mai 2024 11:20
Betreff: Curry-Ketchup - Linie 2

Guten Tag Herr Vogt,
Linie 2 ist ab Montag frei. Können wir loslegen? / Can we start on Monday?
Viele Grüße, Jana Becker"""
_t = """Hallo Frau Becker,

passt - go ahead! Schönes Wochenende.

Jens Vogt
Einkauf Eigenmarken, Kornfeld Handels GmbH

""" + quote_lines(_q) + "\n"
_m = mail("Jens Vogt <j.vogt@kornfeld-handel.de>", "Jana Becker <j.becker@elbtal-feinkost.de>",
          "AW: Curry-Ketchup - Linie 2", "Fri, 17 May 2024 13:05:44 +0200", _t,
          attachments=[("Bestellung_4501207.docx", docx_bytes(_po, author="J. Vogt"), DOCX_MT)],
          in_reply_to="<h37-elbtal-0517@elbtal-feinkost.de>")
case("p11_de_passt_go_ahead_reply", ["RG002", "RG005"],
     "'passt - go ahead' names no quantity; attached PO holds 27,000 pending QS sign-off but names no release person",
     [("AW_Curry-Ketchup_Linie2.eml", eml_bytes(_m))])

# p12 Teams US: PO accepted -> green light, no quantity -------------------------------------
_t = """Microsoft Teams - chat export
Participants: Ashley Kim (Copperleaf Brands), Marco Bellini (Summit Snacks)

Marco Bellini  5/20/2024 8:02 AM
Morning! Did the PO for the trail mix cups come through on your side? Our system doesn't show anything yet.

Ashley Kim  5/20/2024 8:15 AM
Yes!! PO is in the system and finance accepted it yesterday. So you have the green light 🚀

Marco Bellini  5/20/2024 8:16 AM
Awesome, we'll get the line scheduled.

Ashley Kim  5/20/2024 8:19 AM
Pallet labels: use the GS1-128 template from last time. BOL must show our PO #.

Marco Bellini  5/20/2024 8:20 AM
👍
"""
case("p12_us_teams_po_accepted_green_light", ["RG002", "RG010", "RG012"],
     "PO acceptance by finance presented as the green light to produce; no quantity stated",
     [("Teams_Copperleaf_Summit.txt", _t)])

# p13 EML supplier update: trays/sleeves ordered for full run; quoted scope is complete ------
_q = """From: Hannah Cole <hannah.cole@marlowpike.co.uk>
Sent: 29 April 2024 09:30
Subject: PO MP-PO-330501 Thai Green Curry 400g - trial

Dave,
PO MP-PO-330501 for the factory trial of M&P Thai Green Curry 400 g.
Released: 720 trial packs only. The 36,000 first production run is not released - do not start it.
Material authority: sample-only (trays and sleeves for the 720 trial packs).
Unlock: technologist sign-off of the trial and the day-10 shelf-life, then a written release from me, Hannah Cole (Senior Buyer, Ready Meals).
Hannah"""
_t = """Hi Hannah,

Quick update on the Thai Green Curry 400 g:

- Trial of 720 packs is on line 4 Tuesday 7am; your technologist is booked in with security.
- To protect the week 26 slot we've placed the order for the printed sleeves and CPET trays for the full 36,000 packs. The tray supplier is on 8 weeks at the moment and we didn't want to lose the launch.
- Trial packs go out Wednesday on the chilled run to Wakefield.

Shout if you need anything else.

Cheers,
Dave
Dave Fenwick | Operations Director | Fenwick Co-Pack Ltd | +44 113 555 0188

""" + quote_lines(_q) + "\n"
_m = mail("Dave Fenwick <dave@fenwickcopack.co.uk>", "Hannah Cole <hannah.cole@marlowpike.co.uk>",
          "RE: PO MP-PO-330501 Thai Green Curry 400g - trial", "Thu, 02 May 2024 17:48:20 +0100", _t,
          in_reply_to="<h37-mp330501@marlowpike.co.uk>")
case("p13_uk_copacker_orders_trays_full_run", ["RG006"],
     "co-packer ordered trays and sleeves for 36,000 while only 720 are released and material authority is sample-only",
     [("RE_PO_MP-PO-330501_update.eml", eml_bytes(_m))])

# p14 WhatsApp PL: 1 200 vs 1 500 trial, raw material bought for 40k -----------------------
_t = """[03.04.24, 09:10:44] Anna Piątek: Panie Grzegorzu, PO 88123 sent: trial 1 200 packs of the egg noodles 400 g (makaron jajeczny, Orzeł Smak). The 40 000 packs of the first run are NOT released - wait for my written release after our lab signs off the trial (cooking test + shelf-life). Anna Piątek, kategoria sucha
[03.04.24, 09:12:01] Grzegorz Malinowski: ok 👍 trial next Wednesday
[08.04.24, 15:37:19] Anna Piątek: Reminder - for the 1 500 trial packs please use the new film with the allergen box (jaja, gluten)
[08.04.24, 15:40:02] Grzegorz Malinowski: Sure. btw we booked eggs and flour for whole 40k, mill price good only this week 😅 and film - ordered 2 reels, enough for all
[08.04.24, 15:41:30] Anna Piątek: Hm ok, let's talk tomorrow, I'm in a category review now
[08.04.24, 15:41:45] Grzegorz Malinowski: 👍
"""
case("p14_pl_whatsapp_noodles_materials", ["RG006", "RG011"],
     "buyer states trial 1,200 then 1,500; supplier bought eggs, flour and film for the unreleased 40,000",
     [("WhatsApp_Chat_makaron_Orzel.txt", _t)])

# p15 PDF film printer order confirmation: substrate bought for production ------------------
_b = [
    ("h1", "Druckerei Rhein-Folien GmbH"),
    ("p", "Rheinuferstraße 40, 47829 Krefeld"),
    ("h", "Auftragsbestätigung / Order confirmation AB-24-1190"),
    ("p", "Kunde: Nordmarkt Eigenmarken GmbH, Einkauf Verpackung. Ihre Bestellung 4501302 vom 02.05.2024. "
          "Artikel: bedruckte Deckelfolie PET 12 µm / PE 50 µm, Nordmarkt Frischkäse 200 g, 6 Farben."),
    ("table", [
        ["Pos.", "Leistung", "Menge", "Status"],
        ["1", "Andruck / print trial (your PO: trial only)", "4.000 lfm", "scheduled KW 20"],
        ["2", "Tiefdruckzylinder, 6 Farben", "1 Satz", "engraved"],
        ["3", "Substrate PET 12 / PE 50, 420 mm", "120.000 lfm", "purchased (covers production MOQ, price secured)"],
    ]),
    ("sp",),
    ("p", "Production printing of the remaining 116.000 lfm will not start before your written release (Herr Stefan Weber), "
          "which we understand follows your QS sign-off of the print trial."),
    ("p", "Liefertermin Andruck: KW 21, frei Werk Lindner, Goslar. Zahlungsbedingungen: 30 Tage netto."),
]
case("p15_de_film_confirmation_substrate_bought", ["RG006"],
     "printer released for a 4,000 m trial bought substrate for 120,000 m without any material authority",
     [("AB-24-1190_Auftragsbestaetigung.pdf", pdf(_b, title="AB-24-1190", author="Rhein-Folien"))])

# p16 DOCX supplier weekly report: material pulled in + straight into production on approval -
_b = [
    ("h1", "Weekly Project Report - Week 20"),
    ("p", "Midwest CoPack LLC for Copperleaf Brands, Inc. - Project: Copperleaf protein bar line extension (Salted Caramel 60 g)."),
    ("table", [
        ["Workstream", "Status", "Comment"],
        ["Pilot run", "completed 5/14", "samples shipped FedEx 5/15 to Boise R&D"],
        ["Production run (96,000 bars)", "awaiting your release", "line 2 held for 6/3"],
        ["Materials", "in house", "wrapper film and whey protein isolate pulled in for the full 96,000 bars"],
        ["Shelf-life", "in progress", "day-30 pull on 6/13"],
    ]),
    ("sp",),
    ("p", "Next step: once your team approves the pilot samples we will move straight into the 96,000 on 6/3 - "
          "no need to send anything else, the line is ready."),
    ("p", "Prepared by: Jordan Price, Project Manager, Midwest CoPack LLC."),
]
case("p16_us_copacker_report_materials_rollover", ["RG006", "RG007"],
     "supplier pulled in material for the unreleased 96,000 and plans to roll straight into production on sample approval",
     [("Weekly_report_wk20_Copperleaf.docx", docx_bytes(_b, author="Jordan Price"))])

# p18 EML thread: deposit taken as go-ahead, glass bought for full run -----------------------
_q = """From: Dana Whitfield <dana.whitfield@bluewaterbev.com>
Sent: Tuesday, June 4, 2024 3:12 PM
Subject: PO 5100480 - Sparkling Kombucha Yuzu 355 ml - trial

Hi Tyler,
PO 5100480: trial run of 600 bottles, Sparkling Kombucha Yuzu 355 ml glass.
The 40,000-bottle production run is not released.
It is released only by a written release from me, Dana Whitfield, after Bluewater QA has signed off the trial (pH, alcohol < 0.5 %, carbonation).
We have wired the 25% deposit for the labels and the trial.
Dana"""
_t = """Hi Dana,

Deposit landed, thank you! We took that as the go-ahead and have bought the amber glass and crowns for all 40,000 bottles, and booked line 1 for the full run in week 31. Trial bottles go out Friday by refrigerated LTL.

Best,
Tyler
Tyler Brooks | Account Manager | Cascade Bottling Partners | Bend, OR | +1 541 555 0162

""" + quote_lines(_q) + "\n"
_m = mail("Tyler Brooks <tyler@cascadebottling.com>", "Dana Whitfield <dana.whitfield@bluewaterbev.com>",
          "RE: PO 5100480 - Sparkling Kombucha Yuzu 355 ml - trial", "Thu, 06 Jun 2024 10:22:31 -0700", _t,
          in_reply_to="<h37-bw5100480@bluewaterbev.com>")
case("p18_us_deposit_taken_as_go_ahead", ["RG006", "RG012"],
     "supplier treats the deposit as the go-ahead and buys glass and crowns for the unreleased 40,000",
     [("RE_PO_5100480_kombucha.eml", eml_bytes(_m))])

# p19 DOCX co-packer confirmation: forecast booked as firm order, materials bought ----------
_b = [
    ("h1", "Order confirmation / Auftragsbestätigung"),
    ("p", "Zakład Przetwórstwa Owocowego Sadex Sp. z o.o., Łącko - to Kornfeld Handels GmbH, Einkauf Eigenmarken, Frau Dagmar Roth."),
    ("p", "Product: Apfelmus 700 g Glas, Eigenmarke 'Gutes Land', spec GL-AM-700 rev 2. Date: 15.04.2024."),
    ("table", [
        ["Reference", "Content", "Our action"],
        ["Your rolling forecast 02.04.2024", "80,000 jars, Q3 2024", "booked as your firm order for Q3"],
        ["Your PO 4500812", "trial batch", "completed week 15, samples sent to Kornfeld QS"],
        ["Labels + twist-off lids TO 82", "for 80,000 jars", "firm orders placed with our suppliers 12.04."],
    ]),
    ("sp",),
    ("p", "We have booked the 80,000 jars of your forecast as a firm order for Q3 and placed firm orders for the printed labels "
          "and twist-off lids for 80,000 jars so that we can hold the apple season price."),
    ("p", "Please send the delivery schedule per week. Z poważaniem / Mit freundlichen Grüßen - Paweł Nowicki, Sprzedaż eksportowa."),
]
case("p19_pl_confirmation_forecast_as_firm", ["RG006", "RG008"],
     "supplier books an 80,000-jar forecast as a firm order and buys labels and lids for it",
     [("Order_confirmation_Apfelmus_700g.docx", docx_bytes(_b, author="P. Nowicki"))])

# p20 PDF carton order confirmation: 5 000 vs 2 000 released, board bought for 50 000 ------
_b = [
    ("h1", "Kartonaż Wisła Sp. z o.o."),
    ("p", "ul. Przemysłowa 9, 43-460 Wisła - NIP 548-20-11-377"),
    ("h", "Potwierdzenie zamówienia / Order confirmation PZ/24/0677"),
    ("p", "Customer: Polmarket Sp. z o.o., Gdańsk. Product: folding carton, Polmarket Musli 500 g, GC2 300 g/m², ECMA A20.20, 4+0 + matt varnish."),
    ("table", [
        ["", "Quantity", "Note"],
        ["Your PO 2024/0519 (as received)", "2 000 cartons trial; balance 48 000 not released", "release by Beata Sowa after filling trial sign-off"],
        ["Released quantity (our production order ZP-1182)", "5 000 cartons", "print week 21"],
        ["Board GC2 300 g/m²", "for 50 000 cartons", "purchased 06.05.2024 (mill allocation)"],
    ]),
    ("sp",),
    ("p", "Cutting die no. 4417 and plates: produced. Pallets: 1 200 x 800, max 1 000 kg, cartons flat-packed in bundles of 250."),
    ("p", "Wystawił: Marek Gajda, Dział Obsługi Klienta"),
]
case("p20_pl_carton_confirmation_5000_vs_2000", ["RG006", "RG011"],
     "confirmation's released quantity 5,000 contradicts the PO's 2,000; board bought for 50,000 without material authority",
     [("PZ-24-0677_potwierdzenie.pdf", pdf(_b, title="PZ/24/0677", author="Kartonaz Wisla"))])

# p21 EML supplier ack: 'assuming the panel is happy we'll carry straight on' ------------------
_q = """From: Oliver Grant <oliver.grant@greystonefoods.co.uk>
Sent: 03 May 2024 10:44
Subject: PO GF-11910 Smoky Beans 400g - trial

Sue,
PO GF-11910: trial of 300 tins, Greystone Smoky BBQ Beans 400 g.
The 12,000 tins in your quote are not released.
Unlock: the retailer technologist signs off the trial and then I, Oliver Grant, send a written release with the quantity.
Oliver"""
_t = """Hi Oliver,

Confirming the trial: 300 tins on Tuesday 14 May, line 1, start 6am.

We've noted your release note. Assuming the tasting panel is happy on the Thursday, we'll carry straight on with the 12,000 in week 21 so your launch date holds.

Labels: we'll use the v6 artwork you sent on the 29th.

Kind regards,
Sue Walsh
Customer Planning, Fenwick Co-Pack Ltd
+44 113 555 0190

""" + quote_lines(_q) + "\n"
_m = mail("Sue Walsh <sue.walsh@fenwickcopack.co.uk>", "Oliver Grant <oliver.grant@greystonefoods.co.uk>",
          "RE: PO GF-11910 Smoky Beans 400g - trial", "Mon, 06 May 2024 14:03:12 +0100", _t,
          in_reply_to="<h37-gf11910@greystonefoods.co.uk>")
case("p21_uk_supplier_carries_straight_on", ["RG007"],
     "supplier assumes a happy tasting panel rolls straight into the 12,000 despite the written-release requirement",
     [("RE_PO_GF-11910_trial.eml", eml_bytes(_m))])

# p22 WhatsApp UK: buyer contradicts his own written-release rule ---------------------------
_t = """[13/05/2024, 08:02:11] Rob Hale: Kev - PO MP-PO-330410 is on the portal. Trial 500 packs Mac & Cheese 400 g released. The 24,000 are NOT released until Sophie Lane has signed off the trial and I've sent you a written release. Rob Hale, Buyer
[13/05/2024, 08:05:40] Kev Doyle: cheers Rob, trial Weds 6am
[15/05/2024, 16:48:02] Kev Doyle: trial done, 500 packs, samples with Sophie tomorrow. PO says we need a written release for the 24k before we run it - still doing it that way? line's warm
[15/05/2024, 17:20:55] Rob Hale: Technically yes 🙄 but honestly if Sophie's panel likes it on Thursday just keep the line running into the 24k, I'll sort the paperwork after
[15/05/2024, 17:21:30] Kev Doyle: 👍 will do
[15/05/2024, 17:22:04] Rob Hale: cheers mate
"""
case("p22_uk_whatsapp_buyer_skips_paperwork", ["RG007"],
     "buyer tells the co-packer to roll into the 24,000 if the panel likes the trial, contradicting his own written-release rule",
     [("WhatsApp_Chat_with_Kev_Doyle.txt", _t)])

# p24 EML + PDF PO: 'treat the panel sign-off as your go-ahead for the 30.000' ----------------
_po = [
    ("h1", "Van Dijk Supermarkten B.V."),
    ("p", "Inkoop Versafdeling - Ringbaan-West 240, 5038 KE Tilburg"),
    ("h", "Inkooporder / Purchase Order 45009015"),
    ("p", "Leverancier: Sapfabriek De Linde B.V., Roermond. Datum: 21-05-2024."),
    ("table", [
        ["Regel", "Artikel", "Omschrijving", "Aantal", "Status"],
        ["10", "VD-230401", "Verse jus d'orange 1 l, huismerk - proefproductie", "1.000 pakken", "released"],
        ["20", "VD-230401", "Productierun", "30.000 pakken", "not released"],
    ]),
    ("sp",),
    ("p", "Regel 20 is niet vrijgegeven. Vrijgave alleen na akkoord van ons smaakpanel op de proefproductie en een schriftelijke "
          "vrijgave van Maarten Visser, Inkoper Versafdeling."),
]
_t = """Hoi Bas,

PO 45009015 attached. Planning is tight for the summer promo, so to keep it simple: if our panel signs the trial off on Friday, treat that as your go-ahead for the 30.000 - no need to wait for anything further from me.

Trial packs to DC Tilburg, gekoeld, before Thursday noon please.

Groet,
Maarten
""" + sig("Maarten Visser", "Inkoper Versafdeling", "Van Dijk Supermarkten B.V.", "+31 13 555 0177")
_m = mail("Maarten Visser <m.visser@vandijk-super.nl>", "Bas Kuipers <bas@delinde-sap.nl>",
          "PO 45009015 verse jus - proefproductie", "Tue, 21 May 2024 15:40:00 +0200", _t,
          attachments=[("PO_45009015.pdf", pdf(_po, title="PO 45009015", author="Van Dijk Inkoop"), PDF_MT)])
case("p24_nl_panel_signoff_is_go_ahead", ["RG007"],
     "buyer says panel sign-off is the go-ahead for the 30,000, overriding the PO's written-release requirement",
     [("PO_45009015_verse_jus.eml", eml_bytes(_m))])

# p25 HTML supplier order confirmation: 1,200 vs PO 900, production on approval ---------------
_body = """
<h2>Lone Pine Kitchens - Order Confirmation</h2>
<p>Customer: Prairie Table Foods &nbsp;|&nbsp; Your PO: <b>7700588</b> &nbsp;|&nbsp; Our SO: 24-3317 &nbsp;|&nbsp; Date: 05/02/2024</p>
<table>
<tr><th>Your PO line</th><th>Product</th><th>Ordered (your PO)</th><th>Confirmed</th><th>Ship</th></tr>
<tr><td>1</td><td>PT Roasted Tomato &amp; Basil Pasta Sauce 24 oz - pilot</td><td>900 jars</td><td>1,200 jars</td><td>05/24/2024</td></tr>
</table>
<p class="note">Confirmed quantity: 1,200 pilot jars (full pallet, 100 cases of 12). Production will start automatically on
approval of the pilot jars; we will schedule it the week after your approval.</p>
<p>Your PO terms as received: "Pilot of 900 jars only. Production quantity not released; released only by a written release from
Laura Petrakis, Purchasing Director, after R&amp;D sign-off of the pilot."</p>
<p style="font-size:11px">Lone Pine Kitchens, 2200 Industrial Pkwy, Lincoln, NE. This confirmation is subject to our terms of sale.</p>
"""
case("p25_us_confirmation_1200_vs_900_auto_start", ["RG007", "RG011"],
     "confirmation states 1,200 pilot jars against the PO's 900 and says production starts automatically on pilot approval",
     [("SO_24-3317_confirmation.html", html_page("Order confirmation 24-3317", _body))])

# p26 PDF supplier quote: T&C makes sample approval the production release ---------------------
_b = [
    ("h1", "Heartland Bakeworks LLC"),
    ("p", "410 Mill Road, Cedar Rapids, IA 52404"),
    ("h", "Quotation HB-Q-6021"),
    ("p", "Customer: Prairie Table Foods. Product: PT Oat & Honey chewy granola bar 35 g, private label, 6-count carton."),
    ("table", [
        ["Stage", "Quantity", "Price", "Lead time"],
        ["Pilot samples", "3,000 bars", "$0.39", "2 weeks"],
        ["Production", "120,000 bars", "$0.17", "4 weeks"],
    ]),
    ("sp",),
    ("h", "Terms and conditions"),
    ("p", "1. Prices FOB Cedar Rapids, valid 60 days. 2. Payment net 30. 3. Cartons printed 4 colours, plates charged once ($1,150). "
          "4. Allergen statement: contains oats (gluten), produced in a facility that handles tree nuts."),
    ("p", "5. Pilot samples: buyer's approval of the pilot samples constitutes release of the production quantity stated in this "
          "quotation; production will be scheduled on receipt of sample approval."),
    ("p", "6. Cancellation after production scheduling is charged at cost of materials."),
]
case("p26_us_quote_terms_sample_approval_releases", ["RG007"],
     "quote term makes sample approval the production release without any recorded auto-conversion",
     [("HB-Q-6021_quotation.pdf", pdf(_b, pagesize=LETTER, title="HB-Q-6021", author="Heartland Sales"))])

# p27 WhatsApp NL: plant manager will run straight on once the trial is OK'd ----------------
_t = """[22-05-2024 10:14:09] Eva Mulder: Hoi Henk, PO 2024-0933 staat klaar: proefbatch 800 flessen drinkyoghurt aardbei 500 ml. Productierun 20.000 NIET vrijgegeven / not released - only after my written release (Eva Mulder), once our lab has signed off the shelf-life test (houdbaarheidstest).
[22-05-2024 10:20:33] Henk Brouwer: Dank je Eva, proefbatch staat gepland do 6/6
[03-06-2024 17:02:48] Henk Brouwer: Zodra jullie de proefbatch goedkeuren draaien we direct door met de 20k, lijn staat toch al klaar 👍 so as soon as you OK the trial we run straight on into the 20k
[03-06-2024 17:30:12] Eva Mulder: Top! Pallets graag met de nieuwe etiketten, 4 lagen.
[03-06-2024 17:31:01] Henk Brouwer: 👌
"""
case("p27_nl_whatsapp_run_straight_on", ["RG007"],
     "plant manager plans to run straight into the 20,000 once the trial is OK'd; buyer's written-release rule ignored",
     [("WhatsApp_Chat_De_Kempen_drinkyoghurt.txt", _t)])

# p28 EML UK: 'samples approved = production approved' + finance approved the PO -----------
_t = """Gareth,

Thanks for the trial pots of the Hollybank Finest Leek & Potato - they looked great on the bench.

Priya's panel meets Friday. As far as I'm concerned, samples approved = production approved: if she approves them, you're approved to run the 19,200 the following Monday. Finance have approved the PO as well, so we're all set on our side.

Can you send the pallet plan for the 19,200 by Wednesday?

Cheers,
James
""" + sig("James Whitaker", "Category Buyer - Soups", "Hollybank Grocers plc, Daventry", "+44 1327 555 422")
_m = mail("James Whitaker <james.whitaker@hollybank-grocers.co.uk>", "Gareth Lloyd <gareth.lloyd@moorsidekitchens.co.uk>",
          "Leek & Potato 600g - next steps", "Mon, 10 Jun 2024 09:15:00 +0100", _t, html=text_html(_t))
case("p28_uk_samples_approved_equals_production", ["RG007", "RG009"],
     "sample approval declared to be production approval; 'approved' also used for Finance's PO sign-off",
     [("Leek_Potato_next_steps.eml", eml_bytes(_m))])

# p29 EML + TXT attachment: forecast to be treated as commitment ---------------------------
_fc = """KORNFELD HANDELS GMBH - ABSATZPLANUNG EIGENMARKEN
FORECAST H2/2024 - LEBENSMITTELWERK HARZ - STAND 27.05.2024

ARTIKEL      BEZEICHNUNG                        JUL     AUG     SEP     OKT     NOV     DEZ
-----------  ---------------------------------  ------  ------  ------  ------  ------  ------
300118-800   Linsensuppe m. Würstchen 800g      30.000  30.000  35.000  35.000  30.000  25.000
300142-800   Erbseneintopf 800g                 30.000  30.000  30.000  30.000  30.000  30.000
300150-800   Kartoffelsuppe 800g                30.000  30.000  25.000  25.000  30.000  35.000
-----------  ---------------------------------  ------  ------  ------  ------  ------  ------
SUMME                                           90.000  90.000  90.000  90.000  90.000  90.000
"""
_t = """Sehr geehrter Herr Krüger,

attached our forecast for H2: 90,000 cans per month across the three soups.

Please treat these volumes as our commitment and plan line capacity on that basis. The individual call-offs will follow weekly from our replenishment team as usual.

Mit freundlichen Grüßen
Dagmar Roth
""" + sig("Dagmar Roth", "Einkauf Eigenmarken", "Kornfeld Handels GmbH, Hannover", "+49 511 555 3318")
_m = mail("Dagmar Roth <d.roth@kornfeld-handel.de>", "Holger Krüger <h.krueger@lw-harz.de>",
          "Forecast H2/2024 Suppen 800 g", "Mon, 27 May 2024 16:10:29 +0200", _t,
          attachments=[("Forecast_H2_2024.txt", _fc, "text/plain")])
case("p29_de_forecast_as_commitment", ["RG008"],
     "buyer asks the supplier to treat a monthly forecast as her commitment",
     [("Forecast_H2_2024_Suppen.eml", eml_bytes(_m))])

# p30 TXT ERP forecast export marked binding ------------------------------------------------
_t = """SKLEPY ORZEŁ S.A. - SYSTEM ZAOPATRZENIA                      WYDRUK: 2024-05-06 07:15
PROGNOZA ZAPOTRZEBOWANIA / DEMAND FORECAST  -  WIĄŻĄCA / BINDING
DOSTAWCA: Tłocznia Sadex Sp. z o.o. (K-00933)      KATEGORIA: NAPOJE / JUICES

THESE FORECAST QUANTITIES ARE FIRM ORDERS. SUPPLIER TO PRODUCE TO THIS FORECAST
WITHOUT FURTHER CALL-OFF.

INDEKS       OPIS                                   TYDZ.23  TYDZ.24  TYDZ.25  TYDZ.26
-----------  -------------------------------------  -------  -------  -------  -------
6100-100-01  Sok jabłkowy NFC 1 l "Orzeł Smak"        4 800    4 800    6 000    6 000
6100-100-02  Sok jabłkowo-miętowy NFC 1 l             2 400    2 400    2 400    3 600
-----------  -------------------------------------  -------  -------  -------  -------
RAZEM / TOTAL                                         7 200    7 200    8 400    9 600

ODPOWIEDZIALNY / PLANNER: K.NOWICKA
"""
case("p30_pl_forecast_export_binding", ["RG008"],
     "ERP forecast export declares the forecast quantities firm orders to be produced without call-off",
     [("Prognoza_tydz23-26_Sadex.txt", _t)])

# p31 DOCX capacity reservation: supplier calls the forecast a confirmed order --------------
_b = [
    ("h1", "Capacity reservation - H2 2024"),
    ("p", "Canyon Brewing Services, Inc., Flagstaff, AZ - to Bluewater Beverage Co., attn. Dana Whitfield. July 1, 2024."),
    ("p", "Per your confirmed order of 150,000 cans for H2 (your forecast dated March 3, 2024), we have reserved line 2 "
          "for Bluewater in the following weeks:"),
    ("table", [
        ["Weeks", "SKU", "Cans"],
        ["30-32", "Cold Brew Oat Latte 11 oz", "50,000"],
        ["36-38", "Cold Brew Black 11 oz", "50,000"],
        ["42-44", "Cold Brew Oat Latte 11 oz", "50,000"],
    ]),
    ("sp",),
    ("p", "No materials have been purchased. Can and end purchases will follow your individual releases."),
    ("p", "Rick Mendes, Plant Manager"),
]
case("p31_us_capacity_plan_forecast_as_order", ["RG008"],
     "co-packer calls the buyer's 150,000-can forecast a confirmed order",
     [("Capacity_reservation_H2_2024.docx", docx_bytes(_b, author="Rick Mendes"))])

# p32 HTML launch plan: forecast volume written as a commitment ---------------------------
_body = """
<h2>Marlow &amp; Pike - Launch plan shared with Fenwick Co-Pack</h2>
<p>Range: <b>M&amp;P Plant Kitchen wraps</b> &nbsp; Launch: w/c 15 July 2024 &nbsp; Owner: Hannah Cole</p>
<table>
<tr><th>SKU</th><th>Factory trial</th><th>12-week launch volume</th><th>Basis</th></tr>
<tr><td>Falafel &amp; Houmous Wrap 210 g</td><td>completed 26/03</td><td>72,000 packs</td><td>category forecast</td></tr>
<tr><td>Sweet Chilli Tofu Wrap 200 g</td><td>completed 02/04</td><td>48,000 packs</td><td>category forecast</td></tr>
</table>
<p class="note">The 12-week launch volumes above (120,000 packs in total) are our commitment to Fenwick - please take them as our order and plan the line on them.</p>
<p>Depot split: Wakefield 60 %, Bristol 40 %. Shelf life 8 days; we need 6 days on arrival.</p>
"""
case("p32_uk_launch_plan_forecast_commitment", ["RG008"],
     "launch plan labels volumes a category forecast and then tells the supplier to take them as the order",
     [("Launch_plan_PK_wraps.html", html_page("Launch plan", _body, lang="en-GB"))])

# p34 EML multipart + HTML attachment: 'release' for PO, artwork and production ------------
_t = """Hi Pieter,

Good news: PO 4700-2291 was released in SAP this morning (release strategy Z2, both signatures), and the artwork is released as well - v4 went to your prepress team yesterday, see the attached release sheet.

To be clear on quantities: the PO covers the 2,500 trial labels for the filling trial at De Kempen. The remaining 97,500 labels of your quotation are on hold.

The production release for those will come from me, once Eva Mulder's QA team has signed off the filling trial (label application at line speed and the chilled condensation test).

Groeten,
Lars
""" + sig("Lars de Boer", "Packaging Buyer", "Zuiderhaven Foods B.V., Breda", "+31 76 555 0244")
_sheet = html_page("Artwork release sheet", """
<h2>Zuiderhaven Foods - Artwork release sheet</h2>
<table>
<tr><th>Item</th><th>Version</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Front label Zuiderhaven Drinkyoghurt Aardbei 500 ml, 95 x 120 mm</td><td>v4</td><td>RELEASED</td><td>Brand &amp; Legal</td><td>13-05-2024</td></tr>
</table>
<p>Colours: CMYK + Pantone 186 C. Barcode EAN-13 8712345000214, magnification 90 %.</p>
""", lang="nl")
_m = mail("Lars de Boer <l.deboer@zuiderhavenfoods.nl>", "Pieter de Graaf <p.degraaf@etiket-holland.nl>",
          "PO 4700-2291 drinkyoghurt labels", "Tue, 14 May 2024 11:47:36 +0200", _t, html=text_html(_t),
          attachments=[("Artwork_release_sheet_v4.html", _sheet, "text/html")])
case("p34_nl_release_three_meanings", ["RG009"],
     "'release' used for the SAP PO release, the artwork release and the production release in one message",
     [("PO_4700-2291_labels.eml", eml_bytes(_m))])

# p35 TXT stage-gate printout: APPROVED for sensory, PO and production ---------------------
_t = """COPPERLEAF BRANDS - NPD STAGE-GATE REPORT                         RUN DATE 05/02/2024
PROJECT: CL-PB-SC60 SALTED CARAMEL PROTEIN BAR 60G     CO-PACKER: MIDWEST COPACK LLC

GATE  DESCRIPTION                              STATUS     BY                    DATE
----  ---------------------------------------  ---------  --------------------  --------
G1    PILOT BATCH 2,400 BARS - SENSORY         APPROVED   R&D (K. ADEYEMI)      04/22
G2    PO 5100333 - 96,000 BARS                 APPROVED   FINANCE               04/25
G3    PRODUCTION - 24,000 BARS                 APPROVED   J. TRAN               05/01
G4    BALANCE 72,000 BARS                      ON HOLD    J. TRAN               --
      UNLOCK: DAY-90 SHELF-LIFE SIGN-OFF BY R&D, THEN WRITTEN RELEASE BY
      J. TRAN (SOURCING MANAGER)

NOTES: WRAPPER FILM FOR 24,000 BARS ONLY. DO NOT PULL IN WHEY FOR THE BALANCE.
"""
case("p35_us_stage_gate_approved_everywhere", ["RG009"],
     "'APPROVED' is the status for the sensory gate, Finance's PO sign-off and the production release alike",
     [("Stage_gate_CL-PB-SC60.txt", _t)])

# p36 PDF PL QA/purchasing letter: 'approval' for trial, PO and production ------------------
_b = [
    ("h1", "Polmarket Sp. z o.o."),
    ("p", "Dział Jakości i Zakupów - ul. Magazynowa 5, 80-298 Gdańsk"),
    ("h", "Approval - ogórki konserwowe 870 ml, trial batch"),
    ("p", "To: Przetwórnia Warzyw Kujawy Sp. z o.o., Inowrocław. Date: 28.05.2024. Ref: PO 2024/0601."),
    ("p", "1. Technical approval: the trial batch of 1 200 jars is approved (sensory, pH 3.6, vacuum, label legibility)."),
    ("p", "2. Commercial approval: PO 2024/0601, covering the 1 200 trial jars and the first production run of 24 000 jars, "
          "has received the approval of our management board."),
    ("p", "3. Production approval for the first run of 24 000 jars: not yet given. The 24 000 jars are on hold. Production approval "
          "will be given in writing by Paweł Mazur, Category Director, after the 3-month shelf-life result is confirmed by our lab."),
    ("p", "Z poważaniem - Ewelina Krawczyk, Specjalista ds. Jakości"),
]
case("p36_pl_letter_approval_three_meanings", ["RG009"],
     "'approval' names the technical trial sign-off, the board's PO sign-off and the production release in one letter",
     [("Approval_ogorki_870ml.pdf", pdf(_b, title="Approval ogorki 870 ml", author="Polmarket QA"))])

# p38 EML UK: 'run the factory trial per your quote; rest on hold for now' -----------------
_t = """Hi Jana,

Please run the factory trial of the Greystone Hot Honey Dressing 250 ml per your quote, in the week of 10 June if the line allows. The rest of the quoted volume is on hold for now.

Samples to our Wakefield office please, split between the technical team and me.

Thanks and have a good weekend,
Oliver
""" + sig("Oliver Grant", "Head of Supply", "Greystone Foods Ltd, Wakefield", "+44 1924 555 210")
_m = mail("Oliver Grant <oliver.grant@greystonefoods.co.uk>", "Jana Becker <j.becker@elbtal-feinkost.de>",
          "Hot Honey Dressing - factory trial", "Fri, 24 May 2024 16:55:03 +0100", _t)
case("p38_uk_trial_per_quote_on_hold_for_now", ["RG004", "RG005", "RG010"],
     "trial authorized 'per your quote' with no quantity; rest 'on hold for now' with no unlock event and no release person",
     [("Hot_Honey_factory_trial.eml", eml_bytes(_m))])

# p39 DOCX trial release letter without the trial quantity ---------------------------------
_b = [
    ("h1", "Trial release - Nordmarkt Bio-Hafertrunk 1 l"),
    ("p", "Nordmarkt Eigenmarken GmbH, Einkauf Molkereiprodukte & Alternativen - to Hafermühle Altmark GmbH, Salzwedel. 27.05.2024. "
          "Ref.: your quote HA-24-077, our PO 4501390."),
    ("p", "Please produce the trial batch of Bio-Hafertrunk 1 l (recipe NM-HT-01 rev 2) for our shelf-life test, in week 24."),
    ("p", "Pack: 1 l carton with 26 mm cap, 10 x 1 l per tray, 120 trays per pallet; best-before 12 months."),
    ("p", "The first production run remains on hold and must not be started. It will be released in writing by Claudia Brandt, "
          "Category Manager, after our QS has signed off the day-28 shelf-life test of the trial batch."),
    ("p", "Mit freundlichen Grüßen - Claudia Brandt"),
]
case("p39_de_trial_release_no_quantity", ["RG010"],
     "trial release never states how many units the trial batch is (pack and pallet figures are not the quantity)",
     [("Trial_release_Bio-Hafertrunk.docx", docx_bytes(_b, author="Claudia Brandt"))])

# p40 TXT call-off with quantity 'per schedule' (schedule missing) -------------------------
_t = """KORNFELD HANDELS GMBH                                    ABRUF / CALL-OFF  RV-2024-11/0043
EINKAUF EIGENMARKEN, HANNOVER                            DATUM             21.05.2024
LIEFERANT: LEBENSMITTELWERK HARZ GMBH (70021)

RAHMENVERTRAG RV-2024-11: KARTOFFELSUPPE 800G DOSE "GUTES LAND", GESAMT 240.000 DOSEN 2024

ARTIKEL      BEZEICHNUNG                       MENGE                    LIEFERTERMIN
-----------  --------------------------------  -----------------------  ------------------
300150-800   KARTOFFELSUPPE 800G DOSE          GEMÄSS LIEFERPLAN        GEMÄSS LIEFERPLAN
                                               (ANLAGE) / PER SCHEDULE

HINWEIS: DIESER ABRUF GIBT NUR DIE MENGE DES LIEFERPLANS FREI. DIE RESTMENGE DES
RAHMENVERTRAGS IST NICHT FREIGEGEBEN; SIE WIRD NUR DURCH DEN NÄCHSTEN NUMMERIERTEN
ABRUF FREIGEGEBEN, GEZEICHNET VON MICHAEL WEBER, EINKAUFSLEITER EIGENMARKEN.
NOTE: THIS CALL-OFF RELEASES ONLY THE SCHEDULE QUANTITY. THE FRAME BALANCE IS NOT
RELEASED; ONLY THE NEXT NUMBERED CALL-OFF SIGNED BY MICHAEL WEBER RELEASES MORE.

GEZ. M. WEBER
"""
case("p40_de_calloff_quantity_per_schedule", ["RG010"],
     "call-off releases 'the quantity of the schedule' but the schedule is not in the bundle; no quantity stated",
     [("Abruf_RV-2024-11_0043.txt", _t)])

# p41 multi-file: PDF PO says 600 trial pots, cover e-mail says 500 -----------------------
_b = [
    ("h1", "Hollybank Grocers plc"),
    ("p", "Buying - Chilled, Daventry NN11 8QH"),
    ("h", "PURCHASE ORDER 4401022"),
    ("p", "Supplier: Moorside Kitchens Ltd. Date: 20/05/2024. Buyer: Rebecca Aldous."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Scope"],
        ["10", "HB-SP-0612", "HB Finest Chicken & Leek Soup 600 g - factory trial", "600 pots", "sample"],
    ]),
    ("sp",),
    ("p", "Quoted first production run: 24,000 pots. The balance of 23,400 pots is not released by this PO."),
    ("p", "Unlock: sign-off of the trial by our technologist (Priya Nandakumar), then a written production release from "
          "Rebecca Aldous, Category Buyer Chilled."),
    ("p", "Material authority: sample-only."),
]
_t = """Hi Gareth,

PO 4401022 attached for the 500 trial pots of the Chicken & Leek. Same drill as the Red Pepper: nothing beyond the trial until Priya has signed it off and I've sent the written release.

Trial date please by Friday.

Thanks,
Rebecca
""" + sig("Rebecca Aldous", "Category Buyer - Chilled Soups & Sauces", "Hollybank Grocers plc, Daventry", "+44 1327 555 410")
_m = mail("Rebecca Aldous <rebecca.aldous@hollybank-grocers.co.uk>", "Gareth Lloyd <gareth.lloyd@moorsidekitchens.co.uk>",
          "PO 4401022 Chicken & Leek 600g - trial", "Mon, 20 May 2024 14:30:00 +0100", _t)
case("p41_uk_po_600_email_500", ["RG011"],
     "folder: the PO authorizes 600 trial pots, the cover e-mail says 500",
     [("PO_4401022.pdf", pdf(_b, title="PO 4401022", author="Hollybank Buying")), ("cover_email_PO_4401022.eml", eml_bytes(_m))])

# p42 EML DE: body 2.400 vs attached PO 4.200 --------------------------------------------
_po = [
    ("h1", "Nordmarkt Eigenmarken GmbH"),
    ("h", "Bestellung 4501255"),
    ("p", "Lieferant: Abfüllbetrieb Lindner GmbH, Goslar. Datum: 15.05.2024. Angebot AN-24-0402."),
    ("table", [
        ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis"],
        ["10", "NM-ET-33C", "Eistee Zitrone 0,33 l Dose - Probelauf", "4.200 Dosen", "0,44 EUR"],
    ]),
    ("sp",),
    ("p", "Die Restmenge der Angebotsmenge ist nicht freigegeben. Freigabe erst nach QS-Abnahme des Probelaufs "
          "(Dr. K. Albers) und schriftlicher Produktionsfreigabe durch Stefan Weber, Leiter Einkauf Getränke."),
]
_t = """Guten Tag Herr Lindner,

anbei die Bestellung 4501255 für den Probelauf Eistee Zitrone 0,33 l Dose.

Released now / jetzt freigegeben: 2.400 Dosen.
The remaining 57.600 Dosen of your 60.000 quote are not released; they need Dr. Albers' QS sign-off of the trial and then my written release.

Dosen und Deckel bitte nur für den Probelauf disponieren.

Mit freundlichen Grüßen
Stefan Weber
Leiter Einkauf Getränke, Nordmarkt Eigenmarken GmbH
"""
_m = mail("Stefan Weber <s.weber@nordmarkt-em.de>", "Jörg Lindner <j.lindner@abfuellbetrieb-lindner.de>",
          "Bestellung 4501255 Probelauf Eistee Zitrone Dose", "Wed, 15 May 2024 09:02:17 +0200", _t,
          attachments=[("Bestellung_4501255.pdf", pdf(_po, title="Bestellung 4501255", author="Nordmarkt Einkauf"), PDF_MT)])
case("p42_de_email_2400_pdf_4200", ["RG011"],
     "e-mail releases 2,400 cans, the attached PO line says 4,200",
     [("Bestellung_4501255_Eistee.eml", eml_bytes(_m))])

# p43 TXT ERP: line qty 1,000 cases vs note 'one hundred (100) cases' ---------------------
_t = """PRAIRIE TABLE FOODS                    PURCHASE ORDER                 PO#: 7700604
OMAHA NE 68102                         PAGE 1 OF 1                    DATE: 05/09/2024
VENDOR: HEARTLAND BAKEWORKS LLC (V-20831)                             BUYER: M.HOLT

LN  ITEM         DESCRIPTION                               QTY    UOM  UNIT $   EXT $
--  -----------  ----------------------------------------  -----  ---  -------  ----------
01  40031-1000   PT BLUEBERRY ALMOND GRANOLA 11OZ, 12/CS   1,000  CS    25.68   25,680.00
                 TRIAL RUN
                                                                    TOTAL:  25,680.00
NOTES:
  RELEASED NOW: ONE HUNDRED (100) CASES, TRIAL RUN FOR RETAILER CUTTING AND SHELF LIFE.
  BALANCE OF QUOTE Q-HB-5560 (9,900 CS) IS NOT RELEASED. DO NOT START.
  UNLOCK: R&D SIGN-OFF OF TRIAL (K.ADEYEMI) + WRITTEN RELEASE BY MEGAN HOLT,
  PURCHASING MANAGER.
  MATERIAL: FILM AND CASES FOR THE TRIAL ONLY.
"""
case("p43_us_erp_line_1000_note_100", ["RG011"],
     "PO line quantity 1,000 cases but the note releases one hundred (100) cases",
     [("PO_7700604.txt", _t)])

# p44 HTML portal: invoice paid -> 'you can start production', no quantity -----------------
_body = """
<h2>HB SupplierHub - Hollybank Grocers plc</h2>
<p>Supplier: Moorside Kitchens Ltd &nbsp;|&nbsp; Project: HB Finest Spiced Lentil &amp; Coconut Soup 600 g</p>
<h3>Invoices</h3>
<table>
<tr><th>Invoice</th><th>Description</th><th>Amount</th><th>Status</th></tr>
<tr><td>INV-55102</td><td>Sleeve print plates + line set-up</td><td>£2,180.00</td><td>Paid 21/05/2024</td></tr>
</table>
<h3>Messages</h3>
<table>
<tr><th>Time</th><th>From</th><th>Message</th></tr>
<tr><td>21/05/2024 09:12</td><td>Gareth Lloyd (Moorside)</td><td>Morning - has INV-55102 for the plates and set-up been paid? Line 2 is free from Monday.</td></tr>
<tr><td>21/05/2024 15:33</td><td>James Whitaker (Hollybank)</td><td>Yes, paid in full today - you can start production 👍</td></tr>
<tr><td>21/05/2024 15:35</td><td>Gareth Lloyd (Moorside)</td><td>Brilliant, thanks James.</td></tr>
</table>
"""
case("p44_uk_portal_invoice_paid_start", ["RG002", "RG010", "RG012"],
     "payment of the set-up invoice is given as the reason to start production; no quantity anywhere",
     [("SupplierHub_lentil_soup.html", html_page("HB SupplierHub", _body, lang="en-GB"))])

# p45 EML + DOCX release letter: 18 000 in the letter, 16 000 in the e-mail ----------------
_rel = [
    ("h1", "Production release PR-2024-09"),
    ("p", "Polmarket Sp. z o.o., Dział Zakupów, Gdańsk - to Zakład Przetwórstwa Owocowego Sadex, Łącko. 11.06.2024."),
    ("table", [
        ["Order", "Product", "Released now", "Balance"],
        ["PO 2024/0455", "Dżem wiśniowy 280 g 'Smaki Domu'", "18 000 jars", "12 000 jars - on hold"],
    ]),
    ("sp",),
    ("p", "Unlock event for the balance: sell-out review after 6 weeks and a second written release."),
    ("p", "Release authority: Beata Sowa, Kierownik Zakupów."),
]
_t = """Dzień dobry Panie Pawle,

Following the trial sign-off I'm releasing the 16 000 jars of cherry jam as agreed; the release letter is attached. The other 12 000 stay on hold until the sell-out review.

Pozdrawiam
Beata Sowa
Kierownik Zakupów, Polmarket Sp. z o.o.
"""
_m = mail("Beata Sowa <b.sowa@polmarket.pl>", "Paweł Nowicki <p.nowicki@sadex.com.pl>",
          "PR-2024-09 dżem wiśniowy", "Tue, 11 Jun 2024 12:40:51 +0200", _t,
          attachments=[("PR-2024-09.docx", docx_bytes(_rel, author="Beata Sowa"), DOCX_MT)])
case("p45_pl_release_18000_email_16000", ["RG011"],
     "release letter releases 18,000 jars, the cover e-mail says 16,000",
     [("PR-2024-09_cherry_jam.eml", eml_bytes(_m))])

# p47 WhatsApp UK: supplier reads PO acceptance as authority for the whole run ---------------
_t = """[20/05/2024, 10:02:33] Oliver Grant: Dave - PO GF-11990 sent: trial 250 packs Greystone Oat Bites only. The 9,750 balance is NOT released until I send a written release after the technologist signs off the trial. Oliver
[20/05/2024, 10:04:10] Dave Fenwick: received 👍
[21/05/2024, 07:40:58] Dave Fenwick: PO accepted in our system this morning ✔️ so we're good to start the whole run Monday
[21/05/2024, 07:41:20] Dave Fenwick: will send the plan later
[21/05/2024, 09:15:02] Oliver Grant: In meetings all morning, will call you at 2
"""
case("p47_uk_whatsapp_po_accepted_whole_run", ["RG012"],
     "supplier treats acceptance of the trial PO as authority to start the whole run",
     [("WhatsApp_Chat_Dave_Fenwick_Oat_Bites.txt", _t)])

# p48 PDF pro-forma: production commences on receipt of payment ---------------------------
_b = [
    ("h1", "Cascade Bottling Partners"),
    ("p", "62000 NE Purcell Blvd, Bend, OR 97701"),
    ("h", "PRO-FORMA INVOICE PF-2024-0177"),
    ("p", "Bill to: Bluewater Beverage Co., Alameda, CA. Date: 06/20/2024. Customer ref: first production run, Sparkling Kombucha Ginger 355 ml."),
    ("table", [
        ["Description", "Qty", "Unit", "Amount"],
        ["Sparkling Kombucha Ginger 355 ml, 24/cs - production run", "20,000 bottles", "$0.94", "$18,800.00"],
        ["Prepayment due (50 %)", "", "", "$9,400.00"],
    ]),
    ("sp",),
    ("p", "Payment terms: 50 % prepayment, balance net 15 after shipment."),
    ("p", "Production will commence upon receipt of payment; no further release is required."),
    ("p", "Wire to: First Cascade Bank, ABA 123000222, acct 4471-0099."),
]
case("p48_us_proforma_payment_starts_production", ["RG012"],
     "pro-forma states that receipt of payment starts production without a release",
     [("PF-2024-0177_proforma.pdf", pdf(_b, pagesize=LETTER, title="PF-2024-0177", author="Cascade Bottling"))])

# p49 EML NL buyer: deposit paid = go-ahead for 24.000 -------------------------------------
_t = """Hi Piotr,

We paid the 30% deposit this morning (your proforma PF/24/118, EUR 9.450,00). That's your go-ahead for the 24.000 jars of augurken zoetzuur 720 ml - please book the line and let me know the week.

Labels: Etiket Drukkerij ships directly to you, ETA week 25.

Groet,
Lars
""" + sig("Lars de Boer", "Buyer Ambient", "Zuiderhaven Foods B.V., Breda", "+31 76 555 0244")
_m = mail("Lars de Boer <l.deboer@zuiderhavenfoods.nl>", "Piotr Wójcik <p.wojcik@kujawy-warzywa.pl>",
          "Deposit paid - augurken 720 ml", "Thu, 06 Jun 2024 10:58:40 +0200", _t, html=text_html(_t))
case("p49_nl_deposit_is_go_ahead", ["RG012"],
     "buyer makes the paid deposit the go-ahead for the 24,000 jars",
     [("Zuiderhaven_augurken_720ml.eml", eml_bytes(_m))])

# p52 DOCX PO: balance on hold until further notice -----------------------------------------
_b = [
    ("h1", "Zamówienie / Purchase Order 88201"),
    ("p", "Sklepy Orzeł S.A., Poznań - do: Tłocznia Sadex Sp. z o.o., Łącko. Data: 22.04.2024."),
    ("table", [
        ["Poz.", "Indeks", "Opis", "Ilość", "Cena PLN"],
        ["10", "6100-100-03", "Sok jabłkowy NFC 1 l 'Orzeł Smak' - trial", "1 000 butelek", "3,40"],
    ]),
    ("sp",),
    ("p", "The remaining 14 400 bottles of the quoted 15 400 are on hold until further notice."),
    ("p", "Dostawa: CD Września, awizacja 48 h. Etykiety wg projektu OS-SJ-1L-v3."),
]
case("p52_pl_po_on_hold_until_further_notice", ["RG004", "RG005"],
     "trial 1,000 with balance 'on hold until further notice': no unlock event and no named release person",
     [("Zamowienie_88201.docx", docx_bytes(_b, author="Sklepy Orzel Zakupy"))])


# =================================================================== BUILD
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate descriptive names"
    assert len(CASES) == 70, len(CASES)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(3737).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", c["files"][0][0].rsplit(".", 1)[0]).strip("_")
        folder = f"h37_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                (d / fn).write_text(data, encoding="utf-8")
            else:
                (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases {len(CASES)}  clean {clean}  with risks {len(CASES) - clean}  "
          f"multi-rule {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in RULES:
        print(r, sum(1 for c in CASES if r in c["expect"]))


if __name__ == "__main__":
    main()
