#!/usr/bin/env python3
"""Generator for the releasegate check_holdout11 corpus (independent held-out test data).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout11/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, MIME boundaries, Message-IDs, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written by hand for this corpus.
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
_PDF_TRANSLIT = str.maketrans({"ă": "a", "Ă": "A", "ș": "s", "Ș": "S", "ş": "s", "ț": "t", "Ț": "T", "ţ": "t",
                               "ő": "o", "Ő": "O", "ű": "u", "Ű": "U"})


def _pdf_text(b):
    """The standard PDF fonts have no glyphs for Romanian and Hungarian letters; write them plain."""
    if b[0] == "table":
        return (b[0], [[str(c).translate(_PDF_TRANSLIT) for c in r] for r in b[1]])
    if len(b) > 1:
        return (b[0], b[1].translate(_PDF_TRANSLIT))
    return b


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [_pdf_text(b) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h11-{_MSGN[0]:04d}@{dom}>"
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
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h11")
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


def alt_html(text):
    """A plain HTML rendering of a text body, for multipart/alternative mails."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


TXT_MT = "text/plain"
HTML_MT = "text/html"


# =================================================================== WITH RISKS
# p01 Irish buyer, agri machinery: sample PO in mail body, supplier quote attached with series tier
_q = pdf([
    ("h1", "OFERTĂ / QUOTATION Q-BMF-24-0381"),
    ("p", "Banat Metal Fab SRL · Str. Industriilor 14, 300714 Timișoara, România · CUI RO18442170"),
    ("p", "To: Munster Agri Components Ltd, Mallow, Co. Cork, Ireland. Attn. Mr Ciarán Murphy"),
    ("p", "Date: 22.04.2024. Validity: 60 days."),
    ("p", "Part: hitch bracket MAC-HB-2207 rev D, S355J2, laser cut, bent and welded, powder coated "
          "RAL 2011. Drawing MAC-HB-2207 sheets 1/2 and 2/2."),
    ("table", [["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
               ["1", "Samples, incl. first article report", "20 pcs", "38,50", "3 weeks"],
               ["2", "Production lot", "1.200 pcs", "14,20", "6 weeks after order"],
               ["3", "Laser programming and bending set-up (one-off)", "1", "450,00", "-"]]),
    ("p", "Payment: 30 days net. Incoterms 2020: DAP Mallow. Packing: EUR pallets, max. 40 pcs per "
          "layer with cardboard separation."),
    ("p", "We thank you for your enquiry. Cu stimă, Andrei Munteanu, Sales Engineer"),
], title="Q-BMF-24-0381", author="Banat Metal Fab")
_t = ("Hi Andrei,\n\n"
      "Hope all's well over in Timișoara. Thanks a million for the quick turnaround on the quote, the "
      "lads in engineering were delighted.\n\n"
      "Our PO number is 4500018832, for the sample hitch brackets MAC-HB-2207 rev D, 20 pcs at "
      "EUR 38.50 as per your Q-BMF-24-0381, which I've attached to this mail so we're all looking at "
      "the same page. The one-off set-up charge of EUR 450 is on the PO as a separate line.\n\n"
      "Couple of bits:\n"
      "- Powder coat RAL 2011, 80 µm minimum. We had chipping on the last supplier's parts so mind the edges.\n"
      "- Please include the first article report, full dimensional on 3 of the 20.\n"
      "- Delivery DAP Mallow by end of week 24 if you can. Goods-in closes at 3pm on Fridays.\n\n"
      "Any questions give me a shout, I'm in the office Tuesday to Thursday.\n\n"
      "Sláinte,\nCiarán" + sig("Ciarán Murphy", "Purchasing Officer", "Munster Agri Components Ltd, Mallow, Co. Cork",
                                "+353 22 43 118"))
case("p01_agri_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (20) with the quote attached showing 1.200 production, nothing says it is not released; no hold, no unlock event, no release person",
     [("PO_4500018832_MAC-HB-2207.eml", eml_bytes(mail(
         "Ciarán Murphy <c.murphy@munsteragri.ie>", "Andrei Munteanu <andrei.munteanu@banatmetal.ro>",
         "PO 4500018832 - hitch brackets MAC-HB-2207", "Tue, 30 Apr 2024 10:14:00 +0100", _t,
         attachments=[("Q-BMF-24-0381.pdf", _q, PDF_MT)])))])

# p02 Belgian buyer, textile hangtags: DOCX PO with price table carrying the series quantity
case("p02_hangtag_po_price_table", ["RG001", "RG003", "RG004", "RG005"],
     "sample-run PO (200 hangtags) lists the 25.000 winter series in a price table without saying it is not released; no hold, event or release person",
     [("Bestelbon_24-0716.docx", docx_bytes([
         ("h1", "BESTELBON / PURCHASE ORDER 24-0716"),
         ("p", "Leiestreek Fashion Group NV · Doorniksesteenweg 212 · 8500 Kortrijk · BTW BE 0412.553.781"),
         ("p", "Leverancier / Supplier: Etiquettes du Détroit SARL, Zone Franche Gzenaya, Tanger, Maroc"),
         ("p", "Datum / date: 03/04/2024. Contact: Els Vandenberghe, aankoper / buyer, +32 56 22 41 90"),
         ("h", "Bestelde artikelen / Ordered items"),
         ("table", [["Lijn", "Artikel", "Omschrijving / description", "Aantal", "Eenheidsprijs", "Totaal"],
                    ["10", "HT-ECO-31", "Hangtag, gerecycleerd karton 350 g/m², 2 kleuren + katoenen snoer / "
                     "recycled board, 2 colours + cotton string. Stalenreeks / sample run", "200 st.", "€ 0,45", "€ 90,00"]]),
         ("p", "Ordertotaal / order total: € 90,00 excl. BTW."),
         ("h", "Prijzen / Prices"),
         ("table", [["Reeks / run", "Aantal / qty", "Prijs per 1.000 st."],
                    ["Stalen / samples", "200", "€ 450,00"],
                    ["Productie winter 24/25", "25.000", "€ 62,00"]]),
         ("p", "Levering stalen: week 19, per koerier naar Kortrijk (DDP). Kleuren: Pantone 7530 C en zwart. "
               "FSC-claim op de achterzijde, licentiecode FSC-C104417 (niet wijzigen)."),
         ("p", "Verpakking: per 500 st. gebundeld, etiket met artikelnummer en bestelbonnummer."),
         ("p", "Met vriendelijke groeten / Kind regards,"),
         ("p", "Els Vandenberghe, Aankoop / Purchasing"),
     ], author="Els Vandenberghe"))])

# p03 Indonesian buyer, PCB NPI: portal page, scope fine for the PO, but quote extract shows mass production 5k/month
_body = """<h2>PT Sinar Elektronika Batam &mdash; Supplier Portal</h2>
<p>PO <b>4700-2291</b> &middot; Supplier: PT Mitra Sirkuit Cemerlang, Batam &middot; Status: sent to supplier &middot; 04.06.2024</p>
<div class="note"><b>Buyer note:</b> NPI build: 30 bare boards PN SE-MB-0440 rev B (6-layer, FR-4 Tg170, ENIG,
IPC-6012 class 2) are released now. The remaining 470 boards of this PO (total 500) are on hold until the
NPI build report is signed off; only Budi Santoso, Head of Purchasing, can release the 470, in writing.</div>
<h3>PO lines</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>SE-MB-0440 rev B</td><td>NPI build, bare board 160 x 100 mm, 1.6 mm</td><td>30</td><td>released</td></tr>
<tr><td>2</td><td>SE-MB-0440 rev B</td><td>Pilot build</td><td>470</td><td>on hold</td></tr>
</table>
<h3>Quotation Q-MSC-2024-117 (extract, attached to PO)</h3>
<table>
<tr><th>Stage</th><th>Quantity</th><th>Unit price USD</th><th>Lead time</th></tr>
<tr><td>NPI</td><td>30 pcs</td><td>18.40</td><td>8 working days</td></tr>
<tr><td>Pilot</td><td>500 pcs</td><td>4.10</td><td>12 working days</td></tr>
<tr><td>Mass production</td><td>5k pcs / month</td><td>2.35</td><td>3 weeks</td></tr>
</table>
<p>Stencil and E-test fixture are charged once (USD 640). Gerber files rev B and drill file in the document tab.</p>
<p>Terima kasih,<br>Budi Santoso<br>Head of Purchasing, PT Sinar Elektronika Batam</p>"""
case("p03_pcb_portal_quote_extract", ["RG001"],
     "scope (30 released, 470 on hold, NPI sign-off, Budi Santoso) is complete, but the quote extract shows mass production 5k/month with nothing saying it is informational",
     [("PO_4700-2291_portal.html", html_page("PO 4700-2291", _body))])

# p04 Egyptian buyer, food packaging film: 'proceed with the trial rolls' with the offer attached, no quantity, no hold
_offer = """HOLLANDIA FLEXIBLES B.V.                     OFFER OF-2024-0612
Industrieweg 31, 7071 Ulft, Nederland        Date: 18-04-2024
                                             Valid: 90 days
Customer : Delta Snacks Co. S.A.E., 10th of Ramadan City, Egypt
Attn.    : Eng. Mona Farouk, Purchasing

Product  : PET12 / ALU7 / PE60 laminate, reverse printed 8 colours,
           width 620 mm, core 76 mm, max. roll OD 400 mm

Pos  Description                                 Price
1    Trial: 2 rolls x 3.000 m                    EUR 1.180,00 per roll
2    Contract volume: 40.000 kg / year           EUR 6,85 per kg
     (call-offs min. 2.000 kg)
3    Printing cylinders, 8 pcs (one-off)         EUR 3.400,00

Lead time: trial 3 weeks, contract 5 weeks after order.
Migration: compliant with EU 10/2011, test report per lot.
Payment: 30% with order, 70% before shipment. Incoterms 2020 FCA Ulft.

Hendrik Kuipers, Key Account Manager MEA
"""
_t = ("Dear Mr. Hendrik,\n\nGreetings from 10th of Ramadan.\n\n"
      "Further to our meeting at Interpack and your kind offer OF-2024-0612 (attached), kindly proceed with the "
      "trial rolls of the new PET12/ALU7/PE60 laminate for our chips line. Our Bosch SVE 2520 machines are "
      "sensitive, so please respect the core diameter 76 mm and the max. roll OD 400 mm.\n\n"
      "Please ship by air to our factory, Industrial Zone A3, 10th of Ramadan City, and send the COA and the "
      "migration test report (EU 10/2011) with the shipment. Our clearing agent is Sherif Logistics, Cairo Airport.\n\n"
      "Best regards and many thanks in advance,\n\nEng. Mona Farouk\nPurchasing Section Head\n"
      "Delta Snacks Co. S.A.E.\nTel. +20 15 441 2290")
case("p04_film_trial_offer", ["RG001", "RG003", "RG004", "RG005", "RG010"],
     "trial authorization states no quantity (only 'per offer'); the attached offer shows 40.000 kg/year contract volume beside the trial with no not-released wording; no hold, event or release person",
     [("trial_rolls_OF-2024-0612.eml", eml_bytes(mail(
         "Eng. Mona Farouk <mona.farouk@deltasnacks.com.eg>", "Hendrik Kuipers <h.kuipers@hollandiaflex.nl>",
         "Trial rolls - PET12/ALU7/PE60 laminate", "Sun, 05 May 2024 11:32:00 +0300", _t,
         html=alt_html(_t), attachments=[("OF-2024-0612.txt", _offer, TXT_MT)])))])

# p05 Scottish buyer, wind-turbine inserts: FA PO with quotation summary, acceptance = authority to manufacture
case("p05_wind_po_acceptance_terms", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "first-article PO (6) shows series 600 in a quotation summary with no not-released wording; PO acceptance is declared authority to commence manufacture; no hold, event or release person",
     [("TWC-PO-24-0419.pdf", pdf([
         ("h1", "PURCHASE ORDER TWC-PO-24-0419"),
         ("p", "Tayside Wind Components Ltd, Unit 7 Baldovie Industrial Estate, Dundee DD4 0NT, Scotland"),
         ("p", "Supplier: Arad Composite SRL, Calea Aurel Vlaicu 270, Arad, Romania"),
         ("p", "Order date: 09 May 2024. Buyer: Kirsty MacLeod. Payment terms: 60 days EOM."),
         ("table", [["Line", "Part", "Description", "Qty", "Unit GBP", "Total GBP"],
                    ["1", "TWC-BRI-M36", "Blade root insert M36, GFRP/steel, first article samples", "6", "184.00", "1,104.00"],
                    ["2", "TWC-BRI-M36", "FAI report in AS9102 format (customer requirement)", "1", "250.00", "250.00"]]),
         ("h", "Quotation summary (AC-Q-2291 rev 2)"),
         ("table", [["Stage", "Qty", "Unit GBP"], ["First article", "6", "184.00"], ["Series", "600", "71.50"]]),
         ("h", "Terms"),
         ("p", "1. Acceptance of this purchase order by return e-mail constitutes your authority to commence manufacture."),
         ("p", "2. All inserts shall be traceable to the steel heat number and the resin batch. Certificates EN 10204 3.1 required."),
         ("p", "3. Deliver DAP Dundee. Pallets ISPM 15 treated. Delivery note to quote the PO number and line."),
         ("sp",),
         ("p", "Kirsty MacLeod, Senior Buyer. kirsty.macleod@taysidewind.co.uk, +44 1382 730 114"),
     ], title="TWC-PO-24-0419", author="Tayside Wind Components"))])

# p06 Hungarian buyer, pumps: one-line 'go ahead' over a quoted thread that holds the balance
_t = ("Looks fine, go ahead.\n\nÜdv,\nZsolt\n\n"
      "-----Original Message-----\n"
      "From: Radu Ilie <radu.ilie@somescast.ro>\nSent: Monday, 13 May 2024 16:40\n"
      "To: Nagy Zsolt <nagy.zsolt@rabapumpa.hu>\nSubject: RE: PO 4510-0093 sample impellers - dimensional report\n\n"
      "Hello Mr. Nagy,\n\n"
      "The 12 sample impellers left our plant on Tuesday with DHL, AWB 7781 2290 114. The dimensional report "
      "(CMM, 42 characteristics, all in tolerance, Cpk on the vane thickness 1.71) is attached, also the "
      "material certificate for EN-GJS-500-7.\n\n"
      "Anything else you need from us before the next step?\n\n"
      "Best regards,\nRadu Ilie\nSomeș Cast SRL, Dej\n\n"
      "> From: Nagy Zsolt\n> Sent: 22 April 2024 08:05\n> Subject: PO 4510-0093 sample impellers\n>\n"
      "> Dear Radu,\n>\n"
      "> Please find PO 4510-0093 for 12 sample impellers RP-IMP-160 rev E only.\n"
      "> The balance of 588 pcs is not released. It stays on hold until our test\n"
      "> lab signs off the samples and I send you a written release.\n>\n"
      "> Nagy Zsolt\n> Purchasing Manager, Rába Pumpa Kft., Győr\n")
case("p06_hu_one_line_reply", ["RG002"],
     "bare 'Looks fine, go ahead.' from the release authority names neither sample-only nor a quantity; the quoted PO scope is complete",
     [("RE_PO_4510-0093_sample_impellers.eml", eml_bytes(mail(
         "Nagy Zsolt <nagy.zsolt@rabapumpa.hu>", "Radu Ilie <radu.ilie@somescast.ro>",
         "RE: RE: PO 4510-0093 sample impellers - dimensional report", "Wed, 15 May 2024 07:58:00 +0200", _t,
         in_reply_to="<h11-x0093@somescast.ro>")))])

# p08 South African buyer / Moroccan foundry, valves: 8D closed, 'Please proceed.'
_t = ("Hi Karim,\n\nThanks for the full 8D, much appreciated, and for getting it to us before the long weekend.\n\n"
      "We went through it this morning with our quality team. D4 makes sense (gas porosity from wet core sand "
      "after the rain in March) and the D5/D6 actions look solid: the core drying oven log and the extra X-ray "
      "on every 20th casting. D7 accepted, please add the core-sand moisture check to your control plan.\n\n"
      "Please proceed.\n\nRegards,\nThandi\n\n"
      "Thandi Nkosi | Procurement Lead | Gauteng Pump Works (Pty) Ltd | Germiston | +27 11 873 5521\n\n"
      "-----Original Message-----\nFrom: Karim Benali <k.benali@atlasfonderie.ma>\nSent: 21 May 2024 11:05\n"
      "Subject: 8D-2024-031 porosity VB-80 - D1 to D8\n\n"
      "Bonjour Thandi,\n\nPlease find below the summary, full report attached in PDF.\n"
      "D1 team: K. Benali, S. Amrani (fonderie), Y. Tazi (qualité)\n"
      "D2 problem: porosity on the sealing face of valve body VB-80 rev F, 7 of 40 pcs of lot 24-118\n"
      "D3 containment: 100% leak test at 6 bar on stock, 212 pcs checked, 9 rejected\n"
      "D4 root cause: humidity in the core sand, drying oven not used since March\n"
      "D5/D6: oven mandatory, moisture check per shift, X-ray every 20th casting\n"
      "D7: control plan and work instruction updated\n"
      "D8: team closure planned 31 May\n\n"
      "The 10 re-samples are cast and machined and will ship on Thursday.\n\n"
      "Cordialement,\nKarim Benali\nResponsable Qualité Fournisseurs, Atlas Fonderie SARL, Casablanca\n\n"
      "> From: Thandi Nkosi\n> Sent: 02 May 2024\n> Subject: NCR 24-0077 VB-80 porosity - re-samples\n>\n"
      "> Karim, after NCR 24-0077 we need 10 re-samples of VB-80 rev F.\n"
      "> Only these 10 are released. The remaining 590 pcs of PO 4500077120\n"
      "> stay on hold until the re-samples pass our leak test and I issue a\n"
      "> written release.\n> Thandi Nkosi, Procurement Lead\n")
case("p08_8d_closed_proceed", ["RG002"],
     "after the 8D review the buyer writes a bare 'Please proceed.' with no sample-only wording or quantity; quoted re-sample scope is complete",
     [("RE_8D-2024-031_VB-80.eml", eml_bytes(mail(
         "Thandi Nkosi <thandi.nkosi@gautengpumps.co.za>", "Karim Benali <k.benali@atlasfonderie.ma>",
         "RE: 8D-2024-031 porosity VB-80 - D1 to D8", "Fri, 24 May 2024 13:20:00 +0200", _t)))])

# p09 Austrian buyer, lab glassware: PO with written-release requirement + voicemail 'good to run'
_po = """LABORTECHNIK GRAZ GMBH                          PURCHASE ORDER
Puchstrasse 41, 8020 Graz, Austria              PO number : PO-LTG-24-00377
UID ATU58213904                                 Date      : 06.05.2024
                                                Buyer     : Ing. Thomas Gruber
Vendor : V-00412  Tisza Üveg Kft., Szeged, HU   Currency  : EUR
-------------------------------------------------------------------------------
Ln  Item no.      Description                           Qty  Unit  Price EUR
10  RV-500-DN60   Reaction vessel 500 ml, flat flange    10  PCS      64,00
                  DN60, borosilicate 3.3 (ISO 3585)
                  SAMPLE LOT
-------------------------------------------------------------------------------
Order note:
Sample lot 10 pcs only. The series quantity of 290 pcs is NOT RELEASED and
stays on hold until our QC has signed off the samples AND Ing. Thomas Gruber
(Purchasing) has sent a written production release.
Delivery DAP Graz, wk 21. Each vessel in foam, max. 12 per carton.
Page 1 of 1                              Printed from Microsoft Dynamics 365 BC
"""
_vm = """VOICEMAIL TRANSCRIPT - Tisza Üveg Kft. sales line
Received : 23.05.2024 08:47
Caller   : +43 316 482 7710 (Labortechnik Graz GmbH)
Duration : 0:52
Automatic transcription, may contain errors.
---------------------------------------------------------------
Hallo, yes, Gruber here from Labortechnik Graz, for Mrs. Kovács please. Ehm,
about the reaction vessels, the ten pieces. Our QC lady measured them
yesterday, the flange flatness is fine, the wall is fine, everything in
order. So you are good to run, ja? I send you the paper later, maybe next
week, because I am on holiday from tomorrow until the third. If there is
something, call my colleague Frau Lang. OK, servus, thank you, bye.
---------------------------------------------------------------
"""
case("p09_at_po_and_voicemail", ["RG002", "RG007"],
     "voicemail: samples fine 'so you are good to run', paper later: unscoped go-ahead and sample approval rolled into production against the PO's written-release requirement",
     [("PO-LTG-24-00377.txt", _po), ("voicemail_2024-05-23_0847.txt", _vm)])

# p10 Egyptian railway tender: letter of award, APG received 'so you may proceed with manufacturing'
case("p10_eg_letter_of_award", ["RG002", "RG012"],
     "award letter scopes first article vs series correctly in the table, then says the advance payment guarantee was received 'so you may proceed with manufacturing' (unscoped, payment as trigger)",
     [("NRR-PRC-2024-0871_award.pdf", pdf([
         ("h1", "LETTER OF AWARD"),
         ("p", "Nile Rail Rolling Stock Co. (S.A.E.), Procurement Sector, 18 Ramses Square, Cairo, Egypt"),
         ("p", "Ref: NRR/PRC/2024/0871. Date: 12 June 2024"),
         ("p", "To: Clyde Seating Systems Ltd, 40 Helen Street, Glasgow G51 3HQ, United Kingdom. "
               "Attn. Mr. Graeme Dunlop, Sales Director"),
         ("p", "Subject: Tender No. NRR/T/2024/117, passenger seat frames for VIP coaches (Lot 3)"),
         ("p", "Dear Sir,"),
         ("p", "With reference to your technical and financial bid dated 14 March 2024 and the clarification meeting "
               "held in Cairo on 22 April 2024, we are pleased to inform you that your bid for Lot 3 has been approved "
               "by the Tender Committee at a total contract value of EUR 412,800.00."),
         ("p", "Scope of Lot 3:"),
         ("table", [["Item", "Description", "Qty", "Remark"],
                    ["3.1", "First article seat set, double seat, aluminium frame, fire performance EN 45545-2 HL2", "2 sets",
                     "for first-article inspection in Cairo"],
                    ["3.2", "Series seat sets, same design", "48 sets",
                     "not released until the first-article inspection report is accepted and Eng. Tarek Mansour, "
                     "General Manager Procurement, issues a written release"]]),
         ("p", "The advance payment guarantee No. 88/2024 issued by your bank has been received by our Finance "
               "Department, so you may proceed with manufacturing."),
         ("p", "Kindly return the attached contract signed and stamped within fourteen (14) days. A performance bond of "
               "10% of the contract value is due on signature."),
         ("sp",),
         ("p", "Yours faithfully,"),
         ("p", "Eng. Tarek Mansour, General Manager Procurement"),
     ], title="Letter of award NRR/T/2024/117", author="NRR Procurement"))])

# p11 Belgian buyer, furniture hardware: hold 'until further notice', person named, no event
case("p11_be_hinge_samples_hold", ["RG004"],
     "40 sample sets, balance 3.960 on hold 'until further notice', only Jan Peeters can lift it: no unlock event named",
     [("KMB-2024-0388.docx", docx_bytes([
         ("h1", "Bestelling / Purchase order KMB-2024-0388"),
         ("p", "Kempisch Meubelbeslag NV · Industrieweg-Zuid 1120 · 3600 Genk · BE 0433.218.904"),
         ("p", "Leverancier / Supplier: Transilvania Feronerie SRL, Str. Fabricii 9, Cluj-Napoca, Romania"),
         ("p", "Datum / date: 16.04.2024. Aankoper / buyer: Jan Peeters"),
         ("table", [["Pos.", "Artikel", "Omschrijving / description", "Aantal / qty", "Prijs / price"],
                    ["1", "SCH-110-35", "Scharnier 110°, pot 35 mm, soft-close, vernikkeld / hinge 110°, 35 mm cup, "
                     "soft-close, nickel plated. Stalen / samples", "40 sets", "€ 1,85/set"]]),
         ("p", "This order is for the 40 sample sets only. The remaining 3.960 sets of the planned order are on hold "
               "until further notice. Only Jan Peeters (Aankoopmanager / Purchasing Manager) can lift the hold."),
         ("p", "Opening test: 50.000 cycles per EN 15570 level 3; please include the test report with the samples. "
               "Salt spray 48 h per ISO 9227 NSS."),
         ("p", "Levering / delivery: DAP Genk, week 20."),
         ("p", "Met vriendelijke groeten, Jan Peeters"),
     ], author="Jan Peeters"))])

# p13 Moroccan buyer, valves: event named, release 'by our Purchasing Department'
case("p13_ma_valve_bodies_bc", ["RG005"],
     "8 sample bodies, balance 392 on hold until sample sign-off and revised PO, but release is by 'our Purchasing Department': no named person",
     [("SCR-BC-24-1162.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER N° SCR-BC-24-1162"),
         ("p", "Société Chérifienne de Robinetterie (SCR), Zone Industrielle Aïn Sebaâ, Casablanca, Maroc"),
         ("p", "Date : 27/05/2024. Acheteur / buyer : Service Achats SCR. Tél. +212 522 35 71 40"),
         ("p", "Fournisseur / supplier : Delta Valve Castings S.A.E., Borg El Arab Industrial City, Alexandria, Egypt"),
         ("table", [["Réf.", "Désignation / description", "Qté / qty", "P.U. USD"],
                    ["BV-DN50-PN16", "Corps de vanne à boisseau sphérique DN50 PN16, EN 1983, CF8M. "
                     "Échantillons / samples", "8", "46.00"]]),
         ("p", "Échantillons uniquement / samples only: this order covers 8 sample bodies. The balance of 392 pcs is "
               "not released and stays on hold until the samples are signed off by our laboratory and a revised PO is issued."),
         ("p", "La libération du solde sera faite par notre Service Achats. / The release of the balance will be done "
               "by our Purchasing Department."),
         ("p", "Marquage : DN50 PN16 CF8M + numéro de coulée, venu de fonderie. Certificat EN 10204 3.1. Incoterm : CFR Casablanca."),
         ("p", "Cachet et signature / stamp and signature : Service Achats SCR"),
     ], title="SCR-BC-24-1162", author="SCR Achats"))])

# p15 Romanian buyer, drawer slides: 'make the sample drawer slides as discussed', spec attached
_spec = docx_bytes([
    ("h1", "Technical sheet DS-450 rev 3"),
    ("p", "Carpat Mobila SA, Oradea. Full-extension drawer slide for wardrobe line W-24."),
    ("table", [["Parameter", "Value"],
               ["Length", "450 mm"], ["Extension", "full (100 %)"],
               ["Load class", "45 kg per pair (EN 15338 level 2)"],
               ["Cycle test", "80.000 cycles, no loss of function"],
               ["Finish", "zinc, Fe/Zn 8 per ISO 2081, clear passivation"],
               ["Closing", "soft-close, 25 mm damping travel"],
               ["Mounting", "side mounting, 12,5 mm gap"]]),
    ("p", "Drawing reference: DS-450 rev 3, sheet 1/1."),
], author="Ionut Pop")
_t = ("Bună ziua Mr. Maes,\n\n"
      "As discussed by phone on Friday, please make the sample drawer slides for the new wardrobe line in Oradea: "
      "full extension, 450 mm, soft-close, zinc finish. The technical sheet with the dimensions and the load class "
      "is attached (DS-450 rev 3).\n\n"
      "Please send them by DHL to our plant in Oradea, attention Mr. Ionuț Pop, Calitate. Our reference for the "
      "invoice is PO 4600-2093.\n\n"
      "Mulțumesc frumos and have a nice week,\n"
      "Andreea Popescu\nAchiziții / Purchasing\nCarpat Mobila SA, Oradea\n+40 259 410 822")
case("p15_ro_sample_slides_as_discussed", ["RG003", "RG004", "RG005", "RG010"],
     "sample request 'as discussed by phone' names no quantity, says nothing about the balance, no unlock event, no release person",
     [("PO_4600-2093_drawer_slides.eml", eml_bytes(mail(
         "Andreea Popescu <andreea.popescu@carpatmobila.ro>", "Wim Maes <wim.maes@limburgslides.be>",
         "Drawer slides DS-450 - samples", "Mon, 13 May 2024 09:41:00 +0300", _t,
         attachments=[("DS-450_rev3_technical_sheet.docx", _spec, DOCX_MT)])))])

# p16 Irish buyer, medical housings: short 'please proceed with the 8 validation housings'
_t = ("Hi Dara,\n\n"
      "Please proceed with the 8 validation housings, PN CMT-HSG-113 rev C (PC/ABS, Bayblend FR3010), under "
      "PO 4300-2215.\n\n"
      "Lot traceability per our ISO 13485 supplier requirements as usual: CoC, resin lot numbers and the moulding "
      "parameter sheet with the shipment please.\n\n"
      "Thanks a mil,\nAoife" + sig("Aoife Byrne", "Buyer", "Corrib MedTech Ltd, Parkmore, Galway", "+353 91 750 212"))
case("p16_ie_validation_housings", ["RG003", "RG004", "RG005"],
     "validation (sample) authorization for 8 housings never says the rest is not released, names no unlock event and no release person",
     [("PO_4300-2215_validation_housings.eml", eml_bytes(mail(
         "Aoife Byrne <aoife.byrne@corribmedtech.ie>", "Dara Ó Sé <dara.ose@shannonmoulding.ie>",
         "PO 4300-2215 validation housings", "Thu, 16 May 2024 15:02:00 +0100", _t)))])

# p17 Dutch supplier status to Belgian buyer, agri: plate ordered for the full series
_t = ("Hoi Pieter-Jan,\n\nKorte update on PO 4500-7781, the mower frames ZM-220:\n\n"
      "- Sample frames: 15 pcs welded and checked on the jig, going to the powder coater on Thursday. "
      "Ready for shipment Tuesday week 21.\n"
      "- Measuring report follows with the shipment, including the 3D scan of the hitch points.\n"
      "- Material: to secure the slot at the mill we have already ordered the S355MC plate for the full 1.200 "
      "frames, delivery to us week 22. Otherwise the lead time goes to 14 weeks and we miss your season.\n\n"
      "Let me know if you want the samples with or without the decals.\n\n"
      "Met vriendelijke groet,\nJoost Verhoeven\nProjectleider | Van Dijk Plaatwerk BV | Emmeloord\n"
      "T +31 527 61 44 80")
case("p17_nl_status_plate_ordered", ["RG006"],
     "supplier status: plate already ordered for the full 1.200 frames while only samples are in work; no material authority",
     [("Statusupdate_PO_4500-7781.eml", eml_bytes(mail(
         "Joost Verhoeven <j.verhoeven@vandijkplaatwerk.nl>", "Pieter-Jan Claes <pj.claes@vlaamseagri.be>",
         "Statusupdate PO 4500-7781 - frames ZM-220", "Wed, 08 May 2024 16:47:00 +0200", _t, html=alt_html(_t))))])

# p18 Dutch buyer to Indonesian PCB shop: correct scope, then a hint to stock laminate for the full 2.000
_t = ("Hi Hendra,\n\n"
      "Good news: our customer signed the design freeze yesterday, so PO 4410-5521 is on its way to you via the portal.\n\n"
      "What is released: the NPI build of 50 bare boards EHV-CTRL-22 rev A (8-layer, Isola 370HR, 1.6 mm, ENIG, "
      "IPC-6012 class 3).\n"
      "What is not released: the other 1.950 boards on the PO. They stay on hold until our test engineering has "
      "signed off the NPI report and I have sent you the written release.\n\n"
      "One more thing. Laminate lead time is killing everybody at the moment, so it would be smart to already have "
      "the 370HR for the full 2.000 boards on your shelf. Then we lose no time when the series comes.\n\n"
      "Gerber files rev A are in the portal, the stack-up drawing SU-22-08 as well. Please confirm the stack-up "
      "before you press.\n\n"
      "Groeten,\nMarloes Bakker\nPurchasing Lead, Brabant Controls BV, Eindhoven")
case("p18_nl_npi_laminate_hint", ["RG006"],
     "scope is complete (50 released, 1.950 on hold, sign-off, Marloes Bakker) but the buyer nudges the supplier to stock laminate for all 2.000 without an explicit material authority",
     [("PO_4410-5521_NPI_build.eml", eml_bytes(mail(
         "Marloes Bakker <m.bakker@brabantcontrols.nl>", "Hendra Wijaya <hendra@mitrasirkuit.co.id>",
         "PO 4410-5521 - NPI build EHV-CTRL-22", "Tue, 21 May 2024 08:30:00 +0200", _t, html=alt_html(_t))))])

# p19 SMS export, South Africa, pump shafts: bar for the full 250 bought
_sms = """SMS export - conversation with +27 82 440 1973 (Johan Pretorius, Pretoria Precision Turning)
Exported 30/05/2024 17:02 from the phone of Pieter Botha
------------------------------------------------------------------------
[28/05/2024 07:12] Johan Pretorius: Morning Pieter, update on the pump shafts PS-45: the 5 pilot shafts are on the lathe, grinding tomorrow
[28/05/2024 07:13] Johan Pretorius: Ja and the 17-4PH bar for the full 250 came in yesterday, got a lekker price from the stockist so we took the lot
[28/05/2024 07:40] Pieter Botha: Morning Johan. Thanks for the update. Just to be clear: only the 5 pilot shafts are released. The other 245 stay on hold until they pass our pump test and I send you a written release.
[28/05/2024 07:41] Pieter Botha: Send the CoC with the shafts pls
[28/05/2024 07:55] Johan Pretorius: Shot, will do
------------------------------------------------------------------------
"""
case("p19_za_sms_bar_bought", ["RG006"],
     "supplier bought bar for all 250 shafts with only the 5 pilot shafts released; the buyer restates the scope but grants no material authority",
     [("sms_export_Pretorius_2024-05-30.txt", _sms)])

# p20 shared planning sheet export, Scottish buyer / Romanian supplier: material ordered beyond sample-only authority
_csv = """# Shared planning sheet - Clydeside Rail Interiors / Mures Aluminium SRL
# Export 2024-06-03 08:00 UTC from shared workbook "CRI-MA planning", tab "Status"
# Columns Released..Material authority maintained by CRI purchasing (Morag Campbell); Produced..Comment by Mures Aluminium
Part;Description;Released qty;Balance;Balance status;Unlock event;Release authority;Material authority;Produced;Material ordered (pcs equiv.);Comment
CRI-ARB-220;Armrest bracket 6082-T6;40;760;on hold - not released;FAI sign-off + written release;Morag Campbell;sample-only;40;800;MA: bar for the full lot bought to lock the LME price
CRI-LRB-118;Luggage rack end bracket;25;375;on hold - not released;FAI sign-off + written release;Morag Campbell;sample-only;0;25;MA: waiting for anodising slot
CRI-TBL-045;Table hinge block;300;0;no balance (full qty released);-;-;300 pcs;120;300;
"""
case("p20_shared_sheet_export", ["RG006"],
     "shared sheet: armrest bracket has material authority sample-only and 40 released, supplier has ordered bar for 800",
     [("CRI-MA_planning_status.csv.txt", _csv)])

# p21 Romanian supplier acknowledgement to Austrian buyer: castings for the complete 600 bought
_ack = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0557"),
    ("p", "Timiș Precision SRL, Calea Șagului 205, 300517 Timișoara, Romania"),
    ("p", "Customer: Donau Pumpen GmbH, Linz, Austria. Your order: PO 4501-3390 dated 21.05.2024"),
    ("table", [["Pos.", "Part", "Description", "Qty confirmed", "Delivery"],
               ["1", "PH-125 rev B", "Pump housing, EN-GJL-250, machined, samples", "24 pcs", "CW 25/2024"],
               ["2", "PH-125 rev B", "Balance per your PO", "576 pcs", "on hold per customer PO, not scheduled"]]),
    ("p", "Confirmed according to your PO 4501-3390. Prices as per quotation TP-Q-24-118."),
    ("p", "Ovidiu Stan, Key Account Manager"),
], title="OA-24-0557", author="Timis Precision")
_t = ("Dear Ms. Steiner,\n\nThank you for PO 4501-3390. Please find our order acknowledgement attached.\n\n"
      "As written in your PO, we will manufacture the 24 sample pieces of the pump housing PH-125 rev B now; the "
      "balance of 576 pcs stays on hold until your sign-off of the samples and your written release.\n\n"
      "For your information: to protect the lead time, we have already bought the grey iron castings EN-GJL-250 "
      "for the complete 600 pcs from our foundry partner in Reșița. They will be stored at our plant until the release.\n\n"
      "Samples ready in calendar week 25.\n\nCu stimă / Best regards,\nOvidiu Stan\n"
      "Key Account Manager, Timiș Precision SRL\n+40 256 290 417")
case("p21_ro_ack_castings_bought", ["RG006"],
     "supplier acknowledgement restates the hold correctly but reports castings bought for the complete 600 with only 24 samples authorized",
     [("OA-24-0557_PO_4501-3390.eml", eml_bytes(mail(
         "Ovidiu Stan <ovidiu.stan@timisprecision.ro>", "Ing. Martina Steiner <m.steiner@donaupumpen.at>",
         "Order acknowledgement PO 4501-3390 - pump housings PH-125", "Fri, 24 May 2024 12:10:00 +0300", _t,
         attachments=[("OA-24-0557.pdf", _ack, PDF_MT)])))])

# p22 WhatsApp, Indonesian snack maker / film supplier: resin for the year's forecast, forecast planned as firm
_wa = """WhatsApp Chat with Pak Hartono (PT Plastindo Film)
[10/06/24, 09:02] Dewi Lestari: Selamat pagi Pak. PO 7720-118 sudah dikirim ya. Trial 2 rolls only, laminated film for the keripik pouch, 3.000 m each
[10/06/24, 09:03] Dewi Lestari: The rest of the year quantity is not released yet Pak. On hold until our QA signs off the seal test on the trial rolls and I send the written release
[10/06/24, 09:15] Pak Hartono: Siap Bu Dewi 🙏 trial 2 rolls we run next week
[10/06/24, 09:17] Pak Hartono: Info Bu: resin LLDPE and PET film for 40 ton already in our warehouse, for your full year forecast. Forecast from you is same as PO for us, we plan it as firm order so no problem with supply later 👍
[10/06/24, 09:30] Dewi Lestari: Ok Pak noted. Please send the COA with the trial rolls
[10/06/24, 09:31] Pak Hartono: Baik Bu
"""
case("p22_id_whatsapp_resin_forecast", ["RG006", "RG008"],
     "supplier holds resin for the full-year forecast with only 2 trial rolls released, and says it plans the forecast as a firm order",
     [("WhatsApp_Chat_Pak_Hartono.txt", _wa)])

# p25 Scottish buyer / Dutch supplier, rail interiors: extrusion cut for all 400; 'crack on, no paperwork'
_t = ("Hiya Bram,\n\n"
      "Just back from the depot at Craigentinny. If the FAI on the six goes through on Thursday, just crack on with "
      "the remaining 394 - no need to wait on paperwork from me, we're really tight for the refit programme.\n\n"
      "Cheers,\nEilidh\n\n"
      "Eilidh Grant | Procurement Manager | Forth Rail Interiors Ltd | Falkirk | 01324 611 208\n\n"
      "> On 3 Jun 2024, at 10:12, Bram Kuipers <b.kuipers@kasteelmetaal.nl> wrote:\n>\n"
      "> Hi Eilidh,\n>\n"
      "> The 6 sample luggage rack brackets LRB-385 are ready for FAI, we can ship\n"
      "> them Tuesday. FYI we have already cut the 6082 extrusion for all 400\n"
      "> brackets from our stock, so we are ready to go as soon as you say so.\n>\n"
      "> Groeten, Bram\n>\n"
      ">> On 14 May 2024, Eilidh Grant wrote:\n>>\n"
      ">> Bram, PO 55-01873 covers 6 sample luggage rack brackets LRB-385 only.\n"
      ">> The remaining 394 are not released and stay on hold until the FAI is\n"
      ">> signed off and I send you a written release.\n"
      ">> Eilidh Grant, Procurement Manager\n")
case("p25_sc_crack_on_thread", ["RG006", "RG007"],
     "supplier has cut extrusion for all 400 with 6 released (no material authority); buyer then says a passed FAI means crack on with the remaining 394 without the written release her PO requires",
     [("RE_LRB-385_FAI.eml", eml_bytes(mail(
         "Eilidh Grant <eilidh.grant@forthrail.co.uk>", "Bram Kuipers <b.kuipers@kasteelmetaal.nl>",
         "RE: LRB-385 samples ready for FAI", "Mon, 03 Jun 2024 17:25:00 +0100", _t)))])

# p24 Dutch supplier to Hungarian buyer, agri: 'upon your approval ... continue seamlessly into the series'
_t = ("Dear Mrs. Kovács,\n\n"
      "Good news: the 10 sample PTO shaft adapters AA-PTO-06 rev 2 left today with DSV, tracking 1Z 9W4 118 6655 0731. "
      "Material 42CrMo4 +QT; hardness report and 3.1 certificate are in the box.\n\n"
      "Upon your approval of the samples we will continue seamlessly into the series of 2.400 pcs, so no time is "
      "lost before your harvest season. Our lathe is reserved for you from week 27.\n\n"
      "If you need anything else, just let me know.\n\n"
      "Met vriendelijke groet / Best regards,\nGert Jan Mulder\nSales, Mulder Draaiwerk BV, Apeldoorn\n+31 55 533 90 12")
case("p24_nl_samples_shipped_series", ["RG007"],
     "supplier says sample approval will roll straight into the 2.400 series; no recorded auto-conversion",
     [("Samples_AA-PTO-06_shipped.eml", eml_bytes(mail(
         "Gert Jan Mulder <gj.mulder@mulderdraaiwerk.nl>", "Kovács Réka <kovacs.reka@alfoldagro.hu>",
         "Samples PTO adapters AA-PTO-06 shipped", "Thu, 06 Jun 2024 14:55:00 +0200", _t, html=alt_html(_t))))])

# p26 Egyptian buyer, medical housings: SQA clause deeming sample acceptance to authorise serial production
case("p26_eg_sqa_initial_samples", ["RG007"],
     "SQA 7.4: acceptance of initial samples 'shall be deemed to authorise serial production': implied auto-conversion with no quantity, signer or recorded conversion",
     [("SQA-NMD-017_rev3.docx", docx_bytes([
         ("h1", "Supplier Quality Agreement SQA-NMD-017 rev 3"),
         ("p", "between Nile Medical Devices S.A.E., 6th of October City, Giza (the Buyer) and Cairo Precision Moulding Co. "
               "(the Supplier)"),
         ("h", "1 Scope"),
         ("p", "This agreement applies to injection-moulded housings and covers for medical devices manufactured under "
               "ISO 13485:2016 and supplied to the Buyer's plant in 6th of October City."),
         ("h", "4 Documentation"),
         ("li", "Certificate of conformity with every lot."),
         ("li", "Resin lot traceability per moulded lot."),
         ("li", "Device history record extract on request; records retained for 15 years."),
         ("h", "7 Initial samples"),
         ("p", "7.1 The Supplier shall submit initial samples from the production tool, process and material, with a full "
               "dimensional report and a material certificate."),
         ("p", "7.2 The Buyer's Quality department reviews the initial samples within ten (10) working days."),
         ("p", "7.3 Rejected initial samples shall be resubmitted after corrective action at the Supplier's cost."),
         ("p", "7.4 Acceptance of the initial samples by the Buyer's Quality department shall be deemed to authorise serial "
               "production and delivery according to the Buyer's delivery schedule."),
         ("h", "9 Changes"),
         ("p", "No change of material, tool, process or production site without the Buyer's prior written consent "
               "(PCN at least 90 days in advance)."),
         ("table", [["For the Buyer", "For the Supplier"],
                    ["Dr. Hoda Abdelrahman, Quality Director", "Eng. Sherif Naguib, General Manager"],
                    ["Date: 04.03.2024", "Date: 04.03.2024"]]),
     ], author="Hoda Abdelrahman"))])

# p27 Signal export, South African supplier / Irish forestry buyer: 'roll on into the 297'
_sig = """Signal conversation export: "Riaan (Karoo Blades)"
Exported 06/06/2024 by Siobhán Kelly
----------------------------------------------------------------
2024-06-04 08:31  Riaan van der Merwe: Morning Siobhán! The 3 sample delimbing knives KB-DK-610 are couriered, DHL waybill 4471 0028 91. Hardness 52-54 HRC on all three
2024-06-04 08:32  Riaan van der Merwe: Once you're happy with them we'll just roll on into the 297, same setup on the machine, saves you a week 👍
2024-06-04 09:47  Siobhán Kelly: Thanks Riaan, will revert after the field test in Kerry
2024-06-05 16:05  Riaan van der Merwe: Shot. Weather ok there? 😄
2024-06-05 16:20  Siobhán Kelly: Lashing 🙃
----------------------------------------------------------------
"""
case("p27_signal_karoo_blades", ["RG007"],
     "supplier assumes buyer's satisfaction with 3 samples rolls into the 297 production knives; buyer does not correct it",
     [("signal_export_Karoo_Blades.txt", _sig)])

# p28 Moroccan buyer / Egyptian supplier, irrigation valves: PO requires written release; chat says launch series if test OK
_po = pdf([
    ("h1", "BON DE COMMANDE N° SAE-24-0455"),
    ("p", "Souss Agri Équipements SARL, Parc Industriel Tassila, Agadir, Maroc"),
    ("p", "Fournisseur / supplier : Alex Irrigation Valves Co., Alexandria, Egypt. Attn. Mr. Hany Youssef"),
    ("p", "Date : 03/06/2024"),
    ("table", [["Article", "Désignation", "Qté", "P.U. EUR"],
               ["VI-63-F", "Vanne d'irrigation 63 mm à bride, PN10. Échantillons / samples", "5", "21,00"]]),
    ("p", "Échantillons : 5 pcs seulement. Solde de 495 pcs NON LIBÉRÉ / balance of 495 pcs NOT RELEASED: on hold until "
          "the samples are signed off after our field test and Mme Fatima Zahra El Idrissi, Responsable Achats, sends a "
          "written release."),
    ("p", "Livraison : CFR Agadir. Paiement : 60 jours fin de mois."),
    ("p", "Fatima Zahra El Idrissi, Responsable Achats"),
], title="SAE-24-0455", author="Souss Agri Equipements")
_wa = """WhatsApp Chat with Hany Youssef (Alex Valves)
[17/06/2024, 10:05] Youssef Amrani: Salam Hany, labas? The échantillons arrive Monday inchallah, right?
[17/06/2024, 10:12] Hany Youssef: Wa alaikum salam Youssef, yes Monday, DHL
[17/06/2024, 10:14] Youssef Amrani: Mzyan. Si c'est bon au test sur le terrain, vous lancez la série directement, khlas, pas besoin d'attendre le papier de Fatima Zahra. We are late for the season
[17/06/2024, 10:20] Hany Youssef: OK habibi, we prepare the machines
"""
case("p28_ma_po_and_whatsapp", ["RG007"],
     "buyer engineer tells supplier to launch the series straight after a good field test, without the written release the PO requires",
     [("SAE-24-0455.pdf", _po), ("WhatsApp_Chat_Hany_Youssef.txt", _wa)])

# p29 Austrian buyer, lab glassware: PO requires written release; the sample report says serial parts can follow
_po = """TIROLER LABORGLAS GMBH                       BESTELLUNG / PURCHASE ORDER
Endach 32, 6330 Kufstein, Austria            No.   : TLG-PO-2024-0612
                                             Date  : 29.04.2024
Vendor: Matra Glass Kft., Salgotarjan (HU)   Buyer : Mag. Eva Huber
-------------------------------------------------------------------------------
Ln Item        Description                                  Qty Unit  EUR/Unit
10 DES-250-V   Vacuum desiccator DN 250, borosilicate 3.3,    5  STK    96,00
               ground flange, stopcock NS 24/29
               INITIAL SAMPLES
-------------------------------------------------------------------------------
Note / Hinweis:
This order covers 5 initial samples only. The series quantity (195 pcs) is
NOT released. It stays on hold until the initial samples are signed off by
our quality lab and Mag. Eva Huber, Head of Purchasing, issues a written
production release.
Packing: each desiccator in a separate carton, max. 4 per pallet layer.
"""
_isr = pdf([
    ("h1", "Initial Sample Inspection Report ISR-2024-041"),
    ("p", "Tiroler Laborglas GmbH, Quality Laboratory, Kufstein"),
    ("p", "Part: DES-250-V vacuum desiccator DN 250. Supplier: Matra Glass Kft. Order: TLG-PO-2024-0612. "
          "Samples received: 5 pcs on 03.06.2024."),
    ("table", [["Characteristic", "Requirement", "Measured", "Result"],
               ["Flange flatness", "≤ 0,05 mm", "0,02 - 0,04 mm", "OK"],
               ["Wall thickness", "4,0 ± 0,5 mm", "3,8 - 4,3 mm", "OK"],
               ["Vacuum hold", "24 h at 1 mbar, no loss", "no loss", "OK"],
               ["Thermal shock", "ISO 3585 / DIN 12116 class", "passed", "OK"],
               ["Stopcock NS 24/29", "fit and seal", "OK", "OK"]]),
    ("p", "Result: all characteristics within specification."),
    ("p", "Disposition: samples accepted."),
    ("p", "Remark: with acceptance of the initial samples, the serial parts can now follow per the delivery schedule."),
    ("p", "Inspector: DI (FH) Lukas Brandstätter, Quality Laboratory, 05.06.2024"),
], title="ISR-2024-041", author="TLG Quality")
case("p29_at_po_and_sample_report", ["RG007"],
     "inspection report says sample acceptance lets the serial parts follow, against the PO that needs Eva Huber's written production release",
     [("TLG-PO-2024-0612.txt", _po), ("ISR-2024-041.pdf", _isr)])

# p32 Scottish wind buyer: forecast attached, 'take the Q3 figure as confirmed and plan it as our order'
_fc = html_page("Rolling forecast GW-NCB", """<h2>Grampian Wind Systems Ltd - rolling forecast</h2>
<p>Issued 07.06.2024 - nacelle cover brackets - for planning</p>
<table>
<tr><th>Part</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Q3 total</th><th>Q4 (rough)</th></tr>
<tr><td>GW-NCB-14</td><td>1,400</td><td>1,300</td><td>1,300</td><td>4,000</td><td>3,200</td></tr>
<tr><td>GW-NCB-15</td><td>1,400</td><td>1,300</td><td>1,300</td><td>4,000</td><td>3,300</td></tr>
<tr><td><b>Total</b></td><td>2,800</td><td>2,600</td><td>2,600</td><td><b>8,000</b></td><td>6,500</td></tr>
</table>""")
_t = ("Hi Ana,\n\nAttached is our rolling forecast for the nacelle cover brackets GW-NCB-14 and -15.\n\n"
      "Please take the Q3 figure of 8,000 pcs as confirmed and plan it as our order - the formal call-offs will "
      "follow month by month once our planners have the turbine build slots.\n\n"
      "Q4 is still rough, we'll know more after the September build review.\n\nCheers,\nCallum"
      + sig("Callum Fraser", "Category Buyer", "Grampian Wind Systems Ltd, Altens, Aberdeen", "+44 1224 870 455"))
case("p32_sc_forecast_as_order", ["RG008"],
     "buyer tells the supplier to take the Q3 forecast of 8,000 as confirmed and plan it as an order",
     [("GW-NCB_Q3-Q4.eml", eml_bytes(mail(
         "Callum Fraser <callum.fraser@grampianwind.co.uk>", "Ana Dumitrescu <ana.dumitrescu@vestametal.ro>",
         "Rolling forecast Q3/Q4 - nacelle cover brackets", "Fri, 07 Jun 2024 11:05:00 +0100", _t,
         attachments=[("forecast_GW-NCB_2024-06-07.html", _fc, HTML_MT)])))])

# p33 Romanian supplier books a Belgian buyer's non-binding forecast as firm order
_t = ("Dear Mr. Desmet,\n\nThank you for sending the forecast for 2025.\n\n"
      "We have entered the 120.000 hinges SCH-95 as a firm order in our ERP and scheduled the production from "
      "week 3/2025, in lots of 10.000 pcs per month. The first lot will be ready for dispatch at the end of January.\n\n"
      "Please let us know if the colour split (nickel/black 70/30) is still valid.\n\n"
      "Cu stimă,\nElena Marinescu\nSales Manager, Ardeal Hinges SRL, Sibiu\n\n"
      "> From: Bart Desmet <bart.desmet@deleie-meubel.be>\n> Sent: 10 June 2024 16:12\n>\n"
      "> Dear Elena,\n> please find attached our non-binding forecast for 2025 for planning purposes:\n"
      "> SCH-95: approx. 120.000 pcs, monthly split to follow.\n"
      "> Kind regards, Bart Desmet, Meubelfabriek De Leie NV\n")
case("p33_ro_forecast_booked_firm", ["RG008"],
     "supplier enters the buyer's non-binding forecast of 120.000 hinges as a firm order and schedules production",
     [("RE_SCH-95_2025.eml", eml_bytes(mail(
         "Elena Marinescu <elena.marinescu@ardealhinges.ro>", "Bart Desmet <bart.desmet@deleie-meubel.be>",
         "RE: Forecast 2025 - hinges SCH-95", "Wed, 12 Jun 2024 10:40:00 +0300", _t)))])

# p36 WhatsApp, South African buyer / Moroccan label weaver: 'on paper it's a forecast ... as good as ordered'
_wa = """WhatsApp Chat with Said Berrada (Tissage Labels Maroc)
[12/06/2024, 14:02] Lerato Mokoena: Hi Said, thanks for the strike-off of the new neck label, colours look spot on 👌
[12/06/2024, 14:05] Said Berrada: Merci Lerato! Happy you like it
[12/06/2024, 14:09] Lerato Mokoena: And the 30k for the winter range: on paper it's a forecast, but honestly count on it, it's as good as ordered. Keep the looms free for us end of July
[12/06/2024, 14:15] Said Berrada: Inchallah, we book it 👍
[12/06/2024, 14:16] Lerato Mokoena: Lekker 🙏
"""
case("p36_za_whatsapp_as_good_as_ordered", ["RG008"],
     "buyer calls the 30k winter forecast 'as good as ordered' and asks for capacity; supplier books it",
     [("WhatsApp_Chat_Said_Berrada.txt", _wa)])

# p37 Irish buyer, medical: 'approved' for validation, PO and production in one mail
_t = ("Hi Ruairí,\n\nQuick update on the inhaler housings IH-22 rev B.\n\n"
      "The validation housings are approved - CMM and the drop test both passed. The PO for the 8 validation pieces is "
      "approved as well, finance signed it off yesterday. Production approval will follow once we have the approval "
      "from our VP Operations.\n\n"
      "Until then only the 8 validation housings are released. The remaining 1,992 stay on hold until the design "
      "transfer review is signed off and Niamh Kelly, Supply Chain Manager, sends you the written release.\n\n"
      "Thanks,\nConor" + sig("Conor Walsh", "Buyer", "Atlantic Medical Devices Ltd, Raheen, Limerick", "+353 61 228 904"))
case("p37_ie_approved_three_ways", ["RG009"],
     "'approved'/'approval' used for the validation result, the PO sign-off by finance and the production go; scope otherwise complete",
     [("IH-22_update.eml", eml_bytes(mail(
         "Conor Walsh <conor.walsh@atlanticmedical.ie>", "Ruairí Dunne <ruairi.dunne@midlandsmoulding.ie>",
         "IH-22 rev B - validation housings", "Tue, 11 Jun 2024 12:31:00 +0100", _t, html=alt_html(_t))))])

# p38 SAP printout, Hungarian buyer: PO release strategy 'Released' beside production release wording
_sap = """Rába Pumpa Kft.                                       Purchase Order
H-9027 Győr, Kandó Kálmán u. 11                       Doc. no.  4510009871
                                                      Date      14.05.2024
Vendor 300451  Someș Cast SRL, Dej (RO)               Purch. grp P12 / Nagy Zsolt
Release strategy  Z2     Release indicator  R  Released
Overall release   complete (14.05.2024, K. Tóth / Finance)
------------------------------------------------------------------------------
Item  Material     Short text                          Quantity Un  Net price
00010 RP-VOL-200   Volute casing EN-GJS-400-15, SAMPLE       20 PC  112,00 EUR
------------------------------------------------------------------------------
Header text:
SAMPLES ONLY: 20 PC. PRODUCTION RELEASE: NOT GIVEN.
BALANCE 1.980 PC NOT RELEASED. ON HOLD UNTIL SAMPLE SIGN-OFF BY OUR TEST LAB
AND WRITTEN PRODUCTION RELEASE BY NAGY ZSOLT (PURCHASING MANAGER).
MATERIAL AUTHORITY: SAMPLE QUANTITY ONLY.
Delivery: FCA Dej, Incoterms 2020.  Payment: 60 days net.
                                                         Page 1 / 1
"""
case("p38_hu_sap_release_strategy", ["RG009"],
     "'release'/'released' means the internal PO release strategy (finance) and also production release on the same page",
     [("ME9F_4510009871.txt", _sap)])

# p39 Hungarian buyer to Austrian foundry: drawing, price and samples all 'approved'
_t = ("Dear Mr. Reiter,\n\nThank you for your patience. I have news on all three open points:\n\n"
      "1. Drawing DH-560 rev C is approved by our engineering.\n"
      "2. Your price of 41,20 EUR/pc is approved by our management.\n"
      "3. The 60 samples are approved for delivery, please ship them to Szombathely.\n\n"
      "Only the 60 samples are released now. The balance of 940 pcs stays on hold until our lab signs off the samples "
      "and I send you a written release.\n\n"
      "Üdvözlettel / Best regards,\nSzabó Péter\nHead of Purchasing, Dunántúli Szivattyú Zrt., Szombathely\n"
      "+36 94 512 300")
case("p39_hu_three_approvals", ["RG009"],
     "'approved' covers a technical drawing approval, a commercial price approval and the sample shipment in one list",
     [("DH-560_open_points.eml", eml_bytes(mail(
         "Szabó Péter <szabo.peter@dunszivattyu.hu>", "Wolfgang Reiter <w.reiter@steirerguss.at>",
         "DH-560 impeller housings - open points", "Thu, 30 May 2024 09:12:00 +0200", _t)))])

# p40 Egyptian buyer to Moroccan machine shop: deviation 'release', lot release, production release
case("p40_eg_deviation_response", ["RG009"],
     "'release' used for granting a deviation, for incoming-inspection lot acceptance and for production release",
     [("DR-2024-117_response.docx", docx_bytes([
         ("h1", "Response to Deviation Request DR-2024-117"),
         ("p", "From: Eng. Hany Saleh, Supply Chain Manager, Suez Valve Industries S.A.E., Ain Sokhna"),
         ("p", "To: Mr. Omar Chraibi, Quality Manager, Fès Usinage SARL"),
         ("p", "Date: 18 June 2024. PO 88-4410, stem nut SN-40 rev D"),
         ("p", "Dear Mr. Chraibi,"),
         ("p", "Thank you for your deviation request DR-2024-117 concerning the thread gauge result on lot 4."),
         ("p", "Release of the deviation: granted for the 300 pcs of lot 4 only, as they are already machined. The "
               "deviation does not apply to any later lot."),
         ("p", "Lot release: lot 4 will be released by our incoming inspection after a 100% go/no-go check at our site."),
         ("p", "Production release: lot 5 (300 pcs) is not released. It stays on hold until your corrective action is "
               "verified at your site by our supplier quality engineer and I send you a written release."),
         ("table", [["Lot", "Qty", "Status"],
                    ["4", "300", "machined, deviation DR-2024-117 granted"],
                    ["5", "300", "on hold, not released"],
                    ["6-10", "1,500", "not released, forecast only"]]),
         ("p", "Best regards,"),
         ("p", "Eng. Hany Saleh, Supply Chain Manager"),
     ], author="Hany Saleh"))])

# p41 supplier portal, Indonesian snack maker: commercial vs sample 'approval', boilerplate auto-release on acceptance
_body = """<h2>Supplier Portal &mdash; Notification</h2>
<p>To: PT Plastindo Film (vendor 200871) &middot; From: PT Nusantara Snack Foods, Purchasing &middot; 11.06.2024 14:22 WIB</p>
<p><b>Purchase order PO-NSF-24-3391 has been issued.</b></p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
<tr><td>1</td><td>NSF-SUP-77</td><td>Stand-up pouch 180 g, PET/MPET/PE, trial</td><td>2,500 pcs</td><td>sample</td></tr>
<tr><td>2</td><td>NSF-SUP-77</td><td>Stand-up pouch 180 g, series</td><td>97,500 pcs</td><td>production</td></tr>
</table>
<div class="note"><b>Buyer note (Rina Hapsari, Purchasing Manager):</b> Line 1 (2,500 trial pouches) is released.
Line 2 (97,500 pouches) is not released and stays on hold until the trial on our filling line is signed off
(sample approval) and I send a written release.</div>
<h3>Approval status</h3>
<table>
<tr><th>Step</th><th>Status</th></tr>
<tr><td>Commercial approval (budget holder)</td><td>completed 10.06.2024</td></tr>
<tr><td>Sample approval</td><td>open</td></tr>
</table>
<p style="color:#666">Please accept the purchase order in the portal within 48 hours. Accepted purchase orders are
automatically released for production.</p>
<p style="color:#666">This is a system-generated message. Please do not reply.</p>"""
case("p41_id_portal_notification", ["RG009", "RG012"],
     "'approval' means both the budget sign-off and the sample sign-off; system footer says accepting the PO releases it for production",
     [("PO-NSF-24-3391_notification.html", html_page("PO-NSF-24-3391", _body))])

# p43 Romanian buyer to Belgian supplier: 'we hereby release production ... for the first delivery', no quantity
_t = ("Dear Koen,\n\n"
      "Following the sample sign-off on 14 May (report QR-2024-066 in our portal), we hereby release production of "
      "the soft-close hinges HNG-35 for the first delivery to Cluj.\n\n"
      "The remaining quantity of PO 4600-1182 stays on hold until the trial on our Cluj assembly line is signed off "
      "and I send you a second written release.\n\n"
      "Please confirm the delivery date by return.\n\n"
      "Cu stimă,\nMihai Ionescu\nPurchasing Manager, Someș Mobila SA, Cluj-Napoca\n+40 264 450 219")
case("p43_ro_release_first_delivery", ["RG010"],
     "production release 'for the first delivery' never states how many hinges; hold, event and person are present",
     [("Production_release_HNG-35.eml", eml_bytes(mail(
         "Mihai Ionescu <mihai.ionescu@somesmobila.ro>", "Koen Vermeulen <koen.vermeulen@limburgbeslag.be>",
         "Production release - soft-close hinges HNG-35", "Mon, 20 May 2024 10:02:00 +0300", _t)))])

# p44 SAP call-off, Scottish wind buyer: call-off quantity TBA
_co = """GRAMPIAN WIND SYSTEMS LTD                        DELIVERY SCHEDULE / CALL-OFF
Altens Industrial Estate, Aberdeen AB12 3LF      Sched. agreement : 5500001234
                                                 Call-off no.     : 0006
Vendor 100233  Vesta Metal SRL, Brasov (RO)      Date             : 10.06.2024
-------------------------------------------------------------------------------
Material        Description                    Rev  Call-off qty     Deliv. date
GW-NCB-14       Nacelle cover bracket LH        D   TBA (see tel.)   wk 32/2024
-------------------------------------------------------------------------------
Notes:
Quantities beyond this call-off are not released. They need call-off 0007,
signed by Ewan Ross (Materials Manager), after the FAI of rev D is signed off.
Packing: stillage GW-ST-3, max. 60 pcs per stillage. ASN 24 h before dispatch.
"""
case("p44_sc_calloff_tba", ["RG010"],
     "call-off quantity is 'TBA (see tel.)': the authorization states no active quantity",
     [("CALLOFF_5500001234_0006.txt", _co)])

# p45 one-line mail, Scottish buyer: 'Pls start the samples' without a number
_t = ("Pls start the samples for PO 77-3310. Rest stays parked until the FAI is signed off and I release it in writing.\n\n"
      "Fiona Reid | Buyer | Caledonian Rail Interiors Ltd\n\nSent from my iPhone")
case("p45_sc_one_liner_samples", ["RG010"],
     "one-liner starts 'the samples' without saying how many; hold, FAI event and named sender are present",
     [("PO_77-3310.eml", eml_bytes(mail(
         "Fiona Reid <fiona.reid@caledonianrail.co.uk>", "Sales <sales@vandenbergtables.nl>",
         "PO 77-3310 table tops", "Wed, 29 May 2024 18:44:00 +0100", _t)))])

# p46 Egyptian buyer, lab glassware: text says 25 samples, table line says 50
case("p46_eg_burettes_po", ["RG011"],
     "PO text authorizes twenty-five (25) sample burettes, the line table orders 50 (and the balance 950 implies 50)",
     [("CSS-PO-2024-233.pdf", pdf([
         ("h1", "PURCHASE ORDER CSS-PO-2024-233"),
         ("p", "Cairo Scientific Supplies Co., 14 Makram Ebeid St., Nasr City, Cairo, Egypt"),
         ("p", "Supplier: Tisza Üveg Kft., Szeged, Hungary. Date: 02/06/2024"),
         ("p", "This purchase order covers twenty-five (25) sample burettes only, for evaluation by our customer laboratories."),
         ("table", [["Item", "Description", "Qty", "Unit price EUR", "Amount EUR"],
                    ["1", "Burette 50 ml, class AS, PTFE stopcock, ISO 385, blue graduation", "50", "18.60", "930.00"]]),
         ("p", "The remaining quantity of the tender (950 pcs) is not released. It stays on hold until our customer's "
               "laboratory signs off the samples and Dr. Amr El-Sayed, Purchasing Director, sends a written release."),
         ("p", "Shipping: by air to Cairo International Airport, CIP. Each burette with its batch certificate."),
         ("sp",),
         ("p", "Dr. Amr El-Sayed, Purchasing Director"),
     ], title="CSS-PO-2024-233", author="Cairo Scientific Supplies"))])

# p47 Indonesian buyer, forestry parts: PO says 30 samples, buyer's mail says 40
_po = """PT RIMBA MESIN NUSANTARA                           PURCHASE ORDER
Jl. Raya Cikarang-Cibarusah Km 9, Bekasi           PO no. : RMN-PO-24-0871
                                                   Date   : 03/06/2024
Vendor : Karoo Blades (Pty) Ltd, Stellenbosch ZA   Buyer  : Agus Wibowo
--------------------------------------------------------------------------
Line Item          Description                     Qty  UoM  Unit USD
1    RMN-SN-325    Sprocket nose 0.325", 1.5 mm     30  PCS    9.80
                   for 18" guide bar - SAMPLE
--------------------------------------------------------------------------
Remarks:
Sample quantity 30 pcs. Balance 970 pcs NOT RELEASED - on hold until the
field trial in our Riau plantation is signed off and a written release
from Agus Wibowo, Purchasing Manager.
Printed from Microsoft Dynamics 365 Business Central - page 1/1
"""
_t = ("Dear Mr. du Toit,\n\nSelamat siang from Bekasi. As per our PO, please make the 40 sample sprocket noses first "
      "and send them by air to Jakarta, we need them in Riau before the 20th.\n\n"
      "The balance stays on hold as written in the PO.\n\n"
      "Terima kasih,\nAgus Wibowo\nPurchasing Manager, PT Rimba Mesin Nusantara")
case("p47_id_po_and_mail", ["RG011"],
     "PO authorizes 30 sample sprocket noses; the buyer's mail 'as per our PO' asks for 40",
     [("RMN-PO-24-0871.txt", _po),
      ("RE_RMN-PO-24-0871_please_start.eml", eml_bytes(mail(
          "Agus Wibowo <agus.wibowo@rimbamesin.co.id>", "Pieter du Toit <pieter@karooblades.co.za>",
          "RE: PO RMN-PO-24-0871 sprocket noses - please start", "Tue, 04 Jun 2024 13:15:00 +0700", _t)))])

# p48 Hungarian buyer to Austrian supplier: mail says 200, attached release says 220
_rel = pdf([
    ("h1", "PRODUCTION RELEASE No. 3"),
    ("p", "Bakony Erdőgép Kft., Veszprém, Hungary. Frame agreement FA-2024-07. Supplier: Murtal Stahl GmbH, Judenburg, Austria"),
    ("table", [["Part", "Rev", "Quantity released", "Delivery"],
               ["BG-T12 grapple tine, Hardox 450", "4", "220 pcs", "week 30/2024"]]),
    ("p", "Cumulative released after this release: 620 of 1,500 pcs (frame agreement)."),
    ("p", "The remaining 880 pcs of the frame agreement are not released. They stay on hold until release No. 4, signed "
          "by Tóth Gábor, Purchasing Manager, after the Q3 demand review."),
    ("p", "Signed: Tóth Gábor, Purchasing Manager, 24.06.2024"),
], title="Release 3 BG-T12", author="Bakony Erdogep")
_t = ("Dear Stefan,\n\nPlease find attached release no. 3 for the log-loader grapple tines BG-T12 rev 4: two hundred "
      "(200) pcs, delivery in week 30 to Veszprém.\n\nEverything else as in the frame agreement.\n\nÜdv,\nGábor\n\n"
      "Tóth Gábor | Purchasing Manager | Bakony Erdőgép Kft. | +36 88 421 600")
case("p48_hu_release_mail_vs_pdf", ["RG011"],
     "covering mail says release no. 3 is two hundred (200) pcs, the attached release document says 220",
     [("Release_03_BG-T12.eml", eml_bytes(mail(
         "Tóth Gábor <toth.gabor@bakonyerdogep.hu>", "Ing. Stefan Leitner <s.leitner@murtalstahl.at>",
         "Release no. 3 - grapple tines BG-T12", "Mon, 24 Jun 2024 15:30:00 +0200", _t, html=alt_html(_t),
         attachments=[("Release_03_BG-T12.pdf", _rel, PDF_MT)])))])

# p49 Belgian buyer / Hungarian supplier, rail interiors: PO twelve, phone fifteen, 'go ahead'
_t = ("Yes, that's right. Go ahead, we're behind on the mock-up.\n\nWouter\n\n"
      "-----Oorspronkelijk bericht-----\nVan: Kiss Balázs <kiss.balazs@alfoldinterior.hu>\n"
      "Verzonden: dinsdag 4 juni 2024 15:02\nAan: Wouter Janssens\nOnderwerp: RE: PO 24-RI-0502 - sample armrests\n\n"
      "Dear Wouter,\n\nJust to confirm before we cut the foam: fifteen (15) sample armrests AR-7 in the grey fabric, "
      "as you said on the phone last week?\n\nRegards,\nBalázs\n\n"
      "> Van: Wouter Janssens\n> Verzonden: vrijdag 24 mei 2024\n>\n"
      "> Balázs, PO 24-RI-0502 is for twelve (12) sample armrests AR-7 for the\n"
      "> mock-up coach. The remaining 1.188 armrests are not released. They stay\n"
      "> on hold until the mock-up is signed off by our customer and I send you a\n"
      "> written release.\n"
      "> Wouter Janssens, Inkoper / Buyer, Brugse Rail Interieurs NV\n")
case("p49_be_twelve_or_fifteen", ["RG002", "RG011"],
     "PO says twelve (12) samples, buyer confirms the supplier's fifteen (15); the reply's 'Go ahead' names neither sample-only nor a quantity",
     [("RE_PO_24-RI-0502_sample_armrests.eml", eml_bytes(mail(
         "Wouter Janssens <wouter.janssens@brugserail.be>", "Kiss Balázs <kiss.balazs@alfoldinterior.hu>",
         "RE: RE: PO 24-RI-0502 - sample armrests", "Tue, 04 Jun 2024 16:48:00 +0200", _t)))])

# p50 Dynamics printout, South African pumps: forecast line as confirmed order; 100 released vs schedule 150
_d365 = """GAUTENG PUMP WORKS (PTY) LTD                      PURCHASE ORDER
14 Herman Road, Germiston 1401, South Africa      PO no.  : GPW-PO-24-01877
VAT 4190183264                                    Date    : 17/06/2024
Vendor: V-2231 Durban Foundry Services (Pty) Ltd  Buyer   : Pieter Botha
-------------------------------------------------------------------------------
Line  Item          Description                      Qty    Unit   Price ZAR
10    GPW-IC-150    Impeller casting 150, CA6NM        100  PCS    1 240,00
20    GPW-IC-150    Impeller casting 150, Q4 2024    2 000  PCS    1 180,00
                    forecast
-------------------------------------------------------------------------------
Line 20 status : CONFIRMED ORDER
Order note:
Released now: 100 pcs (line 10). The balance stays on hold until the pump
performance test on the first castings is signed off and Pieter Botha
(Procurement Manager) sends a written release.

Delivery schedule (line 10):
Release 1    150 PCS    wk 28/2024    DAP Germiston
Printed from Microsoft Dynamics 365 Business Central                 1 / 1
"""
case("p50_za_d365_forecast_line", ["RG008", "RG011"],
     "Q4 forecast line of 2 000 printed with status CONFIRMED ORDER; note releases 100 while the delivery schedule's release 1 is 150",
     [("GPW-PO-24-01877.txt", _d365)])

# p51 Dutch buyer call-off page: text releases 4.000, table says 400
_body = """<h2>Flevo Landbouwmachines BV &mdash; Afroep / Call-off 3</h2>
<p>Raamcontract / frame contract RC-2024-011 &middot; Leverancier / supplier: Banat Metal Fab SRL, Timișoara &middot; Datum: 12-06-2024</p>
<p>Geachte heer Munteanu, / Dear Mr Munteanu,</p>
<p>Met deze afroep geven wij 4.000 stuks vrij van de messenhouder FL-MH-88 rev C. / With this call-off we release
4.000 pcs of blade holder FL-MH-88 rev C.</p>
<table>
<tr><th>Afroep / call-off</th><th>Artikel / part</th><th>Aantal / qty</th><th>Leverweek / delivery week</th><th>Adres</th></tr>
<tr><td>3</td><td>FL-MH-88 rev C</td><td>400</td><td>wk 31</td><td>Lelystad, Edisonweg 12</td></tr>
</table>
<p class="note">De rest van het raamcontract blijft on hold / the rest of the frame contract stays on hold until
call-off 4, signed by Sanne de Vries (Inkoopmanager / Purchasing Manager).</p>
<p>Verpakking: Europallet, max. 250 st. per pallet, etiket met afroepnummer.</p>
<p>Met vriendelijke groet,<br>Sanne de Vries<br>Inkoopmanager, Flevo Landbouwmachines BV</p>"""
case("p51_nl_calloff_4000_vs_400", ["RG011"],
     "call-off text releases 4.000 pcs, the call-off table says 400",
     [("Afroep_3_RC-2024-011.html", html_page("Afroep 3 RC-2024-011", _body, lang="nl"))])

# p52 Egyptian supplier confirms release R-2 as 600; quoted buyer release says 500
_t = ("Dear Mr. Fraser,\n\nGreetings from Alexandria.\n\n"
      "We confirm receipt of your release R-2 for 600 pcs cable guide brackets CGB-08 and have scheduled them for "
      "week 35, shipment by sea to Aberdeen via Felixstowe.\n\n"
      "Best regards,\nAhmed Samir\nExport Manager, Delta Composites S.A.E.\n+20 3 459 2210\n\n"
      "> From: Callum Fraser\n> Sent: 11 June 2024 16:20\n> Subject: Release R-2 - cable guide brackets CGB-08\n>\n"
      "> Ahmed, release R-2: 500 pcs CGB-08 rev B. The balance of 1,500 on PO\n"
      "> 4700-2210 stays on hold until the Q3 build review and my next written\n"
      "> release (R-3).\n"
      "> Callum Fraser, Category Buyer, Grampian Wind Systems Ltd\n")
case("p52_eg_ack_600_vs_500", ["RG011"],
     "supplier confirms release R-2 as 600 pcs while the quoted buyer release says 500",
     [("RE_Release_R-2_CGB-08.eml", eml_bytes(mail(
         "Ahmed Samir <a.samir@deltacomposites.com.eg>", "Callum Fraser <callum.fraser@grampianwind.co.uk>",
         "RE: Release R-2 - cable guide brackets CGB-08", "Wed, 12 Jun 2024 09:05:00 +0300", _t)))])

# p53 Indonesian buyer to Moroccan label weaver: down payment transferred 'so you can start the full run'
_slip = pdf([
    ("h1", "BUKTI TRANSFER / TRANSFER SLIP"),
    ("table", [["Tanggal / date", "11/06/2024 08:14 WIB"],
               ["Dari / from", "PT Batik Moda Indonesia, acc. 128-00-0441920-7"],
               ["Ke / to", "Etiquettes du Détroit SARL, IBAN MA64 0117 8000 0001 2100 0452 3071"],
               ["Jumlah / amount", "USD 2,160.00"],
               ["Berita / reference", "DP 30% PO BM-24-0412"]]),
], title="transfer slip", author="bank")
_t = ("Dear Ms. Nadia,\n\nGood morning from Bandung. The 30% down payment (USD 2,160) for PO BM-24-0412 was transferred "
      "this morning, bank slip attached, so you can start the full run of 80,000 woven labels now.\n\n"
      "Please use the strike-off colours you sent on 3 May (Pantone 19-4052 and 11-0601) and pack per 1,000 in polybags.\n\n"
      "Terima kasih,\nSiti Rahmawati\nPurchasing, PT Batik Moda Indonesia")
case("p53_id_dp_transferred", ["RG012"],
     "buyer treats the down payment as the trigger: 'transferred ... so you can start the full run'",
     [("PO_BM-24-0412_DP.eml", eml_bytes(mail(
         "Siti Rahmawati <siti.rahmawati@batikmoda.co.id>", "Nadia Alaoui <n.alaoui@etiquettesdudetroit.ma>",
         "PO BM-24-0412 woven labels - DP transferred", "Tue, 11 Jun 2024 09:02:00 +0700", _t,
         attachments=[("bukti_transfer_BM-24-0412.pdf", _slip, PDF_MT)])))])

# p55 Egyptian supplier proforma: series production starts on receipt of the advance payment
case("p55_eg_proforma_advance", ["RG012"],
     "supplier proforma: 'series production of the 3,000 pcs starts upon receipt of the 30% advance payment'",
     [("PI-2024-0388.pdf", pdf([
         ("h1", "PROFORMA INVOICE PI-2024-0388"),
         ("p", "Alexandria Glassworks S.A.E., Borg El Arab Industrial City, Alexandria, Egypt"),
         ("p", "To: Laboratoires Atlas SARL, Hay Riad, Rabat, Morocco. Date: 09/06/2024. Your enquiry of 28/05/2024."),
         ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "Petri dish 90 x 15 mm, soda-lime glass, samples", "20", "1.10", "22.00"],
                    ["2", "Petri dish 90 x 15 mm, soda-lime glass, series", "3,000", "0.62", "1,860.00"]]),
         ("p", "Terms of payment: 30% advance payment by bank transfer, balance against copy of B/L."),
         ("p", "Series production of the 3,000 pcs starts upon receipt of the 30% advance payment."),
         ("p", "Delivery: FOB Alexandria, 4 weeks after production start. Packing: 10 dishes per sleeve, 500 per carton."),
         ("p", "Bank: Banque Misr, Alexandria branch, IBAN EG38 0019 0005 0000 0000 2631 8000 2, SWIFT BMISEGCXXXX"),
         ("p", "Eng. Walid Hassan, Export Department"),
     ], title="PI-2024-0388", author="Alexandria Glassworks"))])

# =================================================================== CLEAN
# c01 Dutch supplier quote with sample and series tiers (no authorization in the bundle)
case("c01_nl_quote_tiers", [],
     "supplier quotation with sample and series tiers; no authorized quantity in the bundle",
     [("Offerte_Q-24-1187.pdf", pdf([
         ("h1", "OFFERTE / QUOTATION Q-24-1187"),
         ("p", "Zeeland Draaiwerk BV, Nijverheidsweg 8, 4461 Goes, Nederland. KvK 22041877"),
         ("p", "Aan / to: Kerry Agri Parts Ltd, Castleisland, Co. Kerry, Ireland. Attn. Mr Declan O'Brien"),
         ("p", "Datum: 14-05-2024. Geldig / valid: 60 dagen / days."),
         ("p", "Onderdeel / part: PTO guard bush KAP-GB-40 rev B, POM-C, machined, drawing KAP-GB-40 sheet 1/1."),
         ("table", [["Fase / stage", "Aantal / qty", "Prijs per stuk EUR", "Levertijd / lead time"],
                    ["Proefserie / samples", "10", "14,50", "2 weken / weeks"],
                    ["Serie / series", "1.500", "2,35", "5 weken na uw schriftelijke productievrijgave / 5 weeks after your written production release"]]),
         ("p", "Deze offerte is geen orderbevestiging. / This quotation is not an order confirmation."),
         ("p", "Levering: DAP Castleisland. Betaling: 30 dagen netto."),
         ("p", "Met vriendelijke groet, Marieke de Jonge, Verkoop binnendienst"),
     ], title="Q-24-1187", author="Zeeland Draaiwerk"))])

# c02 Egyptian supplier asks whether there is a go-ahead for the balance
_t = ("Dear Mr. O'Brien,\n\nI hope this mail finds you well.\n\n"
      "The 20 sample gearbox covers KAP-GC-12 were delivered to Castleisland last Thursday, POD signed by your "
      "stores. The dimensional report and the EN 1563 material certificate were in the envelope on pallet 1.\n\n"
      "Could you kindly tell us whether we have a go-ahead for the remaining 480 pcs, or should we wait for your "
      "sign-off of the samples and your written release? Until we hear from you, nothing beyond the 20 samples is "
      "started and our material is for the 20 samples only.\n\n"
      "Thank you and best regards,\nEng. Mahmoud Fathy\nSales Engineer, Port Said Castings Co.\n+20 66 332 1870")
case("c02_eg_supplier_question", [],
     "supplier asks whether there is a go-ahead for the 480 balance; a question, no authorization, material for samples only",
     [("KAP-GC-12_samples_delivered.eml", eml_bytes(mail(
         "Eng. Mahmoud Fathy <m.fathy@portsaidcastings.com.eg>", "Declan O'Brien <declan.obrien@kerryagri.ie>",
         "KAP-GC-12 sample gearbox covers - next step?", "Mon, 10 Jun 2024 10:20:00 +0300", _t, html=alt_html(_t))))])

# c03 Austrian buyer: labelled forecast, not an order
_body = """<h2>Donau Pumpen GmbH &mdash; Bedarfsvorschau / FORECAST</h2>
<p class="note"><b>FORECAST &mdash; NOT AN ORDER.</b> This forecast is for capacity planning only. It is not a purchase
order, it releases no production and it gives no material authority. Quantities are released only by call-offs
signed by Ing. Martina Steiner, Head of Purchasing.</p>
<p>Supplier: Timiș Precision SRL &middot; Issued 03.06.2024 &middot; Part PH-125 rev B pump housing</p>
<table>
<tr><th>Month</th><th>Jul 24</th><th>Aug 24</th><th>Sep 24</th><th>Oct 24</th><th>Nov 24</th><th>Dec 24</th><th>Total H2</th></tr>
<tr><td>Forecast qty (pcs)</td><td>300</td><td>150</td><td>400</td><td>400</td><td>450</td><td>200</td><td>1.900</td></tr>
</table>
<p>Next forecast update: 01.07.2024. Questions to einkauf@donaupumpen.at.</p>
<p>Mit freundlichen Grüßen<br>Ing. Martina Steiner<br>Leitung Einkauf, Donau Pumpen GmbH, Linz</p>"""
case("c03_at_labelled_forecast", [],
     "forecast clearly labelled not an order, no production release, no material authority",
     [("PH-125_H2-2024.html", html_page("Forecast PH-125", _body, lang="de"))])

# c04 Irish buyer: sample approved for fit check only; production not released
_t = ("Hi Dara,\n\n"
      "Good news on the enclosure samples: the 6 sample housings EH-40 rev A are approved for fit check only. They fit "
      "the chassis and the snap fits are grand.\n\n"
      "Production is not released. The only quantity released remains the 6 samples. The remaining 394 stay on hold "
      "until the 500 h endurance test is signed off and Sinéad Walsh, Supply Chain Manager, sends you the written "
      "release. Please don't start any moulding beyond the 6.\n\n"
      "I'll send the endurance test dates once the lab confirms the chamber slot.\n\n"
      "Thanks a million,\nRonan" + sig("Ronan Keane", "Buyer", "Corrib MedTech Ltd, Parkmore, Galway", "+353 91 750 218")
      + "\n> On Tue 4 Jun 2024, Dara Ó Sé wrote:\n> Hi Ronan, did the six housings fit OK? Any news on the next step?\n> Dara\n")
case("c04_ie_fit_check_only", [],
     "sample approved for fit check only, production not released, 394 on hold until endurance test sign-off and Sinéad Walsh's written release",
     [("RE_EH-40_samples.eml", eml_bytes(mail(
         "Ronan Keane <ronan.keane@corribmedtech.ie>", "Dara Ó Sé <dara.ose@shannonmoulding.ie>",
         "RE: EH-40 samples", "Wed, 05 Jun 2024 11:48:00 +0100", _t, html=alt_html(_t))))])

# c05 Scottish buyer, forestry machinery: full-quantity production PO, 'please proceed with the 250 pcs'
case("c05_sc_full_po", [],
     "full-quantity production PO (250), no sample stage, no balance; 'proceed with the 250 pcs' is scoped",
     [("HFM-PO-24-1552.pdf", pdf([
         ("h1", "PURCHASE ORDER HFM-PO-24-1552"),
         ("p", "Highland Forestry Machines Ltd, Longman Industrial Estate, Inverness IV1 1SU, Scotland"),
         ("p", "Supplier: Kasteel Metaalwerken BV, Doetinchem, Nederland. Date: 22 May 2024. Buyer: Alasdair Munro"),
         ("table", [["Line", "Part", "Description", "Qty", "Unit GBP", "Total GBP"],
                    ["1", "HFM-FR-118 rev 7", "Feed roller spike ring, 42CrMo4 (EN 10083-3), induction hardened", "250", "38.20", "9,550.00"]]),
         ("p", "This is a full production order. All 250 pcs are released; there is no sample stage and no balance. "
               "Please proceed with the 250 pcs as per drawing HFM-FR-118 rev 7."),
         ("table", [["Delivery", "Qty", "Week"], ["1", "125", "27/2024"], ["2", "125", "31/2024"]]),
         ("p", "Material certificates EN 10204 3.1 with each delivery. DAP Inverness. Payment 60 days EOM."),
         ("p", "Alasdair Munro, Purchasing Manager. alasdair.munro@highlandforestry.co.uk"),
     ], title="HFM-PO-24-1552", author="Highland Forestry Machines"))])

# c06 Belgian buyer: explicit, recorded auto-conversion agreement
case("c06_be_recorded_auto_conversion", [],
     "explicit recorded auto-conversion: names the 2.000, the signer Luc Martens, conditions and a record number; samples 20 active, material sample-only",
     [("PO_24-0911_scope_AC-2024-004.docx", docx_bytes([
         ("h1", "PO 24-0911: scope and recorded auto-conversion"),
         ("p", "Meubelfabriek De Leie NV, Spinnerijstraat 40, 8790 Waregem. Supplier: Ardeal Hinges SRL, Sibiu, Romania."),
         ("table", [["Line", "Part", "Scope", "Qty", "Status"],
                    ["10", "DR-500 drawer runner", "sample", "20", "released now"],
                    ["20", "DR-500 drawer runner", "production", "2.000", "not released; on hold until sample sign-off"]]),
         ("h", "Auto-conversion (recorded)"),
         ("p", "By agreement AC-2024-004, recorded on 12.06.2024: when Luc Martens, Purchasing Manager and release "
               "authority for this order, records a sample sign-off with disposition 'approved' for DR-500, the 2.000 pcs "
               "of line 20 are released by that sign-off, without a further document."),
         ("p", "Conditions: disposition 'approved' (an interim or rejected disposition converts nothing); sign-off dated "
               "on or before 31.08.2024; no open NCR on DR-500. Otherwise line 20 stays on hold until a written release "
               "signed by Luc Martens."),
         ("p", "Material authority: sample-only until line 20 is released."),
         ("p", "Signed: Luc Martens, Purchasing Manager. Countersigned: Eva Claes, Finance Manager. Acknowledged by the "
               "supplier: Elena Marinescu, Sales Manager, Ardeal Hinges SRL, 13.06.2024."),
     ], author="Luc Martens"))])

# c07 Moroccan supplier: deposit received, deposit does not release production
_pf = pdf([
    ("h1", "FACTURE PROFORMA / PROFORMA INVOICE PF-24-0291"),
    ("p", "Etiquettes du Détroit SARL, Zone Franche Gzenaya, Tanger, Maroc. Client: Amstel Denim BV, Amsterdam."),
    ("table", [["Ligne", "Désignation", "Qté", "Statut"],
               ["1", "Hangtag AD-HT-09, samples", "500", "in production"],
               ["2", "Hangtag AD-HT-09, series", "19.500", "not released, on hold until your written release"]]),
    ("p", "Acompte 30 % reçu le 05/06/2024. L'acompte ne libère pas la production. / The deposit does not release production."),
], title="PF-24-0291", author="Etiquettes du Detroit")
_t = ("Dear Ms. de Graaf,\n\nThank you, we received your deposit of 30% for PO NL-5521 today.\n\n"
      "Please note that in our company a deposit does not release production. We produce the 500 sample hangtags "
      "only, as your PO says. The 19.500 pcs stay on hold until you send us the written release after your colour "
      "check, signed by Mr. Visser as written in your PO. Our board and string are bought for the 500 samples only.\n\n"
      "Updated proforma attached for your accounts department.\n\nBien cordialement,\nNadia Alaoui\n"
      "Service Commercial, Etiquettes du Détroit SARL, Tanger")
case("c07_ma_deposit_not_release", [],
     "supplier: the deposit does not release production; samples only, series on hold, material for samples only",
     [("PO_NL-5521_hangtags.eml", eml_bytes(mail(
         "Nadia Alaoui <n.alaoui@etiquettesdudetroit.ma>", "Inge de Graaf <inge.degraaf@amsteldenim.nl>",
         "Deposit received - PO NL-5521 hangtags", "Wed, 05 Jun 2024 15:10:00 +0100", _t,
         attachments=[("PF-24-0291.pdf", _pf, PDF_MT)])))])

# c08 South African call-off with explicit staged material authority above the released quantity
_co = """GAUTENG PUMP WORKS (PTY) LTD                          CALL-OFF
14 Herman Road, Germiston 1401                       PO        : GPW-PO-24-00911
                                                     Call-off  : 03
Vendor: V-1187 Pretoria Precision Turning            Date      : 03/06/2024
-------------------------------------------------------------------------------
Item        Description                       Call-off qty   Delivery
GPW-PS-60   Pump shaft 60 mm, 17-4PH H1150        100 PCS    wk 26/2024
-------------------------------------------------------------------------------
Released in this call-off : 100 pcs.
Balance on PO             : 900 pcs NOT RELEASED. On hold until call-off 04,
                            signed by Pieter Botha (Procurement Manager) after
                            the Q3 demand review.
MATERIAL AUTHORITY        : STAGED up to 400 pcs equivalent of 17-4PH bar, at
                            Gauteng Pump Works' liability, to cover call-offs
                            03 and 04. Material beyond 400 pcs equivalent is at
                            the supplier's own risk.
Packing: shafts in VCI bags, 20 per crate. CoC and 3.1 certificate per heat.
"""
case("c08_za_calloff_staged_material", [],
     "call-off releases 100, balance 900 on hold until call-off 04 by Pieter Botha; explicit staged material authority to 400",
     [("GPW_calloff_03.txt", _co)])

# c09 Romanian supplier acknowledgement restating the hold, material for samples only
_t = ("Dear Ms. Steiner,\n\nThank you for your PO 4501-3412. We acknowledge it as written:\n\n"
      "- 30 sample bearing covers BC-90 rev A, delivery calendar week 27;\n"
      "- the balance of 570 pcs is not released and stays on hold until your sign-off of the samples and your written "
      "release;\n"
      "- we have bought material for the 30 samples only.\n\n"
      "Cu stimă / Best regards,\nOvidiu Stan\nKey Account Manager, Timiș Precision SRL\n\n"
      "> From: Ing. Martina Steiner\n> Sent: Monday, 3 June 2024 09:30\n>\n"
      "> Dear Mr. Stan, attached PO 4501-3412: 30 sample bearing covers BC-90 rev A.\n"
      "> The balance of 570 pcs is not released. It stays on hold until our lab has\n"
      "> signed off the samples and I, Martina Steiner (Head of Purchasing), send a\n"
      "> written release.\n")
case("c09_ro_ack_restates_hold", [],
     "supplier acknowledgement restates sample-only scope and hold; quoted PO scope is complete; material for samples only",
     [("Acknowledgement_PO_4501-3412.eml", eml_bytes(mail(
         "Ovidiu Stan <ovidiu.stan@timisprecision.ro>", "Ing. Martina Steiner <m.steiner@donaupumpen.at>",
         "RE: PO 4501-3412 bearing covers BC-90", "Tue, 04 Jun 2024 08:40:00 +0300", _t)))])

# c10 Hungarian buyer: deviation permit limited to an already released call-off
case("c10_hu_deviation_permit", [],
     "deviation permit accepts a surface finish deviation for the 400 pcs already released under call-off 2; nothing further released; next call-off by Kovács Réka",
     [("DP-2024-019.docx", docx_bytes([
         ("h1", "Deviation permit DP-2024-019"),
         ("p", "Alföld Agro Gépgyártó Zrt., Kecskemét. Supplier: Mulder Draaiwerk BV, Apeldoorn."),
         ("table", [["Field", "Entry"],
                    ["Part", "AA-PTO-06 rev 2, PTO shaft adapter"],
                    ["Affected quantity", "400 pcs of call-off 2 (already released under call-off 2 of 12.04.2024)"],
                    ["Deviation", "Ra 3,2 µm instead of Ra 1,6 µm on the non-functional face F (drawing zone C4)"],
                    ["Reason", "turning insert grade change at supplier, parts already produced"],
                    ["Disposition", "deviation accepted for these 400 pcs only; use as is"],
                    ["Valid until", "end of call-off 2"]]),
         ("p", "This permit does not release any additional quantity. Quantities beyond call-off 2 are not released; "
               "they need call-off 3, signed by Kovács Réka, Purchasing Manager."),
         ("p", "Signed: Kovács Réka, Purchasing Manager; Horváth Ádám, Quality Engineer. 21.05.2024"),
     ], author="Kovacs Reka"))])

# c11 Egyptian buyer, medical housings: full PO full of number-like identifiers
case("c11_eg_full_po_identifiers", [],
     "full-quantity PO (1,000) with identifiers that look like quantities (PN 5000-1200-250, rev 12, ISO 13485:2016, tool T-2500, M3x0.5)",
     [("NMD-PO-2024-0716.docx", docx_bytes([
         ("h1", "PURCHASE ORDER NMD-PO-2024-0716"),
         ("p", "Nile Medical Devices S.A.E., Plot 88, 6th of October City, Giza. Supplier: Cairo Precision Moulding Co."),
         ("p", "Date: 20/06/2024. Buyer: Eng. Yasmine Adel, Purchasing Manager."),
         ("table", [["Line", "Part", "Description", "Qty", "Unit EGP"],
                    ["1", "PN 5000-1200-250 rev 12", "Infusion pump housing, PC/ABS UL 94 V-0, tool T-2500, "
                     "4 x M3x0.5 brass inserts", "1,000", "96.00"]]),
         ("p", "Full production order: the 1,000 pcs are released for production. There is no sample stage and no "
               "balance on this order."),
         ("p", "Requirements: ISO 13485:2016 quality system; IEC 60601-1 flammability for the enclosure; lot traceability "
               "to resin lot; CoC per lot; device history record extract on request. Cleanroom ISO 14644-1 class 8 packing."),
         ("p", "Delivery: 2 lots of 500 pcs, weeks 30 and 34, DDP 6th of October City."),
         ("p", "Eng. Yasmine Adel, Purchasing Manager"),
     ], author="Yasmine Adel"))])

# c12 SAP printout, Hungarian buyer: full-quantity production PO
_sap = """Dunántúli Szivattyú Zrt.                              Purchase Order
H-9700 Szombathely, Körmendi út 80                    Doc. no.  4520003318
                                                      Date      06.06.2024
Vendor 300877  Steirer Guss GmbH, Weiz (AT)           Purch. grp D04 / Szabó Péter
------------------------------------------------------------------------------
Item  Material     Short text                          Quantity Un  Net price
00010 DSZ-FL-125   Pump flange DN125 PN16, EN-GJS-400      2.400 PC   18,40 EUR
------------------------------------------------------------------------------
Schedule lines item 00010:
  26.07.2024     600 PC
  23.08.2024     600 PC
  20.09.2024     600 PC
  18.10.2024     600 PC
Header text:
FULL ORDER QUANTITY 2.400 PC RELEASED FOR PRODUCTION. NO SAMPLES, NO BALANCE.
MATERIAL AUTHORITY: FULL ORDER QUANTITY.
Delivery: DAP Szombathely, Incoterms 2020.  Payment: 60 days net.
                                                         Page 1 / 1
"""
case("c12_hu_sap_full_po", [],
     "SAP full-quantity PO: 2.400 released, four schedule lines adding up to 2.400, no balance",
     [("ME9F_4520003318.txt", _sap)])

# c13 Signal export, South Africa: scoped go-ahead for prototypes only
_sig = """Signal conversation export: "Johan - Pretoria Precision"
Exported 14/06/2024 by Thandi Nkosi
----------------------------------------------------------------
2024-06-12 07:55  Johan Pretorius: Morning Thandi, drawings for the new impeller hub IH-75 rev A received. Can we go?
2024-06-12 08:20  Thandi Nkosi: Morning Johan. Go ahead with the 12 prototypes only. The other 188 on the PO are not released, they stay on hold until our pump test signs the prototypes off and I send you a written release.
2024-06-12 08:22  Thandi Nkosi: Material for the 12 only please
2024-06-12 08:31  Johan Pretorius: Lekker, just the 12, material for the 12. Ready end of next week 👍
2024-06-12 08:32  Thandi Nkosi: 👍
----------------------------------------------------------------
"""
case("c13_za_signal_prototypes_only", [],
     "chat go-ahead scoped to the 12 prototypes; 188 on hold until pump test sign-off and Thandi's written release; material for 12",
     [("signal_export_Pretoria_Precision.txt", _sig)])

# c14 voicemail from a supplier asking for the written release
_vm = """VOICEMAIL TRANSCRIPT - Kerry Agri Parts, purchasing line (Declan O'Brien)
Received : 18.06.2024 16:12
Caller   : +44 141 427 8830 (Clyde Seating Systems Ltd)
Duration : 0:41
Automatic transcription, may contain errors.
---------------------------------------------------------------
Hi Declan, it's Gordon from Clyde Seating. I hear the four sample seat
frames passed your lab, great stuff. Could you send us the written release
for the remaining ninety-six when you have it? We won't start anything on
them until we have it in writing. Give me a ring if you need anything,
cheers now.
---------------------------------------------------------------
"""
case("c14_supplier_voicemail_asks", [],
     "supplier voicemail asks for the written release of the remaining 96 and says nothing starts until then; no authorization",
     [("voicemail_2024-06-18_1612.txt", _vm)])

# c15 Moroccan supplier 8D report, status only
case("c15_ma_8d_report", [],
     "supplier 8D report: containment and actions, re-samples to be submitted, no production before the customer's written release",
     [("8D-2024-044_Atlas_Fonderie.pdf", pdf([
         ("h1", "8D REPORT 8D-2024-044"),
         ("p", "Atlas Fonderie SARL, Casablanca. Customer: Gauteng Pump Works (Pty) Ltd. Part: VB-100 rev C valve body."),
         ("table", [["D", "Content"],
                    ["D1 Team", "K. Benali (quality), S. Amrani (foundry), Y. Tazi (machining)"],
                    ["D2 Problem", "shrinkage cavity at the flange root, 3 of 60 pcs, lot 24-131, found at customer leak test"],
                    ["D3 Containment", "1.240 pcs of earlier lots at customer warehouse sorted by X-ray: 0 rejects; stock at Atlas sorted: 2 rejects"],
                    ["D4 Root cause", "feeder neck too small after pattern repair in April"],
                    ["D5 Corrective action", "feeder neck restored to pattern drawing P-VB100-07; simulation re-run"],
                    ["D6 Verification", "10 re-samples to be cast and X-rayed 100 %, submitted to the customer"],
                    ["D7 Prevention", "any pattern repair now needs a feeding check before the pattern goes back to the foundry floor"],
                    ["D8 Closure", "after customer sign-off of the re-samples"]]),
         ("p", "No production of VB-100 will start before the customer's written release."),
         ("p", "Karim Benali, Responsable Qualité Fournisseurs"),
     ], title="8D-2024-044", author="Atlas Fonderie"))])

# c16 Dutch buyer corrects an Indonesian PCB supplier's auto-conversion assumption (long thread)
_t = ("Hi Rudi,\n\n"
      "Thanks for the quick prototypes, and congratulations on the new AOI line, the photos look impressive.\n\n"
      "One correction, to avoid any misunderstanding later on: approving the prototypes does not start the series. "
      "The 20 prototype boards TSS-RF-09 rev B are all that is released. The other 1.980 on PO 4410-7702 stay on "
      "hold until our RF test report is signed off and I send you a written release. There is no automatic step from "
      "the prototypes to the series.\n\n"
      "Material: please keep the Rogers RO4350B for the 20 prototypes only. If laminate lead time becomes a problem we "
      "can talk about a material authority, but that would come in writing from me, with a quantity.\n\n"
      "Logistics as before: DHL Express, DAP Enschede, invoice to accounts.payable@twentesensor.nl.\n\n"
      "Met vriendelijke groet,\nFemke Janssen\nPurchasing Manager, Twente Sensor Systems BV, Enschede\n\n"
      "> From: Rudi Hartono <rudi.hartono@batamcircuit.co.id>\n> Sent: Monday, 10 June 2024 04:12\n>\n"
      "> Dear Ibu Femke,\n> the 20 prototypes TSS-RF-09 rev B are finished, impedance coupons all within\n"
      "> 50 ohm +/- 10%, report attached. Once you approve the prototypes we will roll\n"
      "> straight into the 2.000 boards, the panel is already set up.\n> Salam, Rudi\n>\n"
      ">> From: Femke Janssen\n>> Sent: Tuesday, 14 May 2024 10:03\n>>\n"
      ">> Rudi, PO 4410-7702 is in the portal: 20 prototype boards TSS-RF-09 rev B\n"
      ">> (4-layer, RO4350B/FR-4 hybrid, ENIG). The rest of the PO quantity is not\n"
      ">> released until the RF test report is signed off and I send a written release.\n"
      ">> Femke Janssen, Purchasing Manager\n")
case("c16_nl_corrects_roll_straight_into", [],
     "quoted supplier assumes prototypes roll into the 2.000; the buyer's reply corrects it: 20 released, 1.980 on hold until RF sign-off and Femke Janssen's written release",
     [("RE_TSS-RF-09_prototypes.eml", eml_bytes(mail(
         "Femke Janssen <femke.janssen@twentesensor.nl>", "Rudi Hartono <rudi.hartono@batamcircuit.co.id>",
         "RE: TSS-RF-09 rev B prototypes finished", "Mon, 10 Jun 2024 09:15:00 +0200", _t, html=alt_html(_t))))])

# c17 Indonesian buyer forwards an old quote (message/rfc822) and declares the 10.000 informational
_old = mail("Hendra Wijaya <hendra@mitrasirkuit.co.id>", "Yohanes Kurniawan <yohanes.k@suryaelektrik.co.id>",
            "Quotation Q-MSC-2023-388 SES-PWR-03", "Thu, 09 Nov 2023 10:00:00 +0700",
            "Dear Pak Yohanes,\n\nOur quotation for SES-PWR-03:\n"
            "- NPI 25 pcs: USD 16.20 / pc\n- Mass production 10.000 pcs: USD 1.95 / pc\n\n"
            "Lead time NPI 8 working days, MP 3 weeks.\n\nSalam,\nHendra Wijaya\nPT Mitra Sirkuit Cemerlang")
_t = ("Pak Hendra,\n\n"
      "Forwarding your 2023 quotation below for the price history only. The 10.000 pcs figure in it is informational "
      "and not released.\n\n"
      "PO 4410-6620 covers the 25 NPI boards SES-PWR-03 rev C only. The other boards are not released and stay on hold "
      "until the NPI report is signed off and I, Yohanes Kurniawan (Purchasing Manager), send you a written release.\n\n"
      "Terima kasih,\nYohanes Kurniawan\nPurchasing Manager, PT Surya Elektrik, Semarang")
case("c17_id_forwarded_old_quote", [],
     "old quote forwarded as message/rfc822 with 10.000 pcs, declared informational and not released; 25 NPI boards active, hold, event, named person",
     [("FW_Quotation_Q-MSC-2023-388.eml", eml_bytes(mail(
         "Yohanes Kurniawan <yohanes.k@suryaelektrik.co.id>", "Hendra Wijaya <hendra@mitrasirkuit.co.id>",
         "FW: Quotation Q-MSC-2023-388 SES-PWR-03 / PO 4410-6620", "Wed, 12 Jun 2024 08:12:00 +0700", _t,
         attachments=[("rfc822", _old)])))])

# c18 Scottish wind buyer: PO + quote + release, all consistent (three files, one bundle)
_po = pdf([
    ("h1", "PURCHASE ORDER TWC-PO-24-0433"),
    ("p", "Tayside Wind Components Ltd, Unit 7 Baldovie Industrial Estate, Dundee DD4 0NT. Supplier: Arad Composite SRL, Arad."),
    ("p", "Order date: 16 May 2024. Buyer: Kirsty MacLeod."),
    ("table", [["Line", "Part", "Scope", "Qty", "Unit GBP", "Status"],
               ["1", "TWC-BRI-M30", "first article (sample)", "6", "176.00", "released"],
               ["2", "TWC-BRI-M30", "series (production)", "594", "68.00", "not released, on hold"]]),
    ("p", "Line 1 (6 first-article inserts) is released now. Line 2 (594 pcs) is not released: it stays on hold until the "
          "FAI report is signed off and Kirsty MacLeod, Senior Buyer, sends a written release. Material authority: "
          "first-article quantity only."),
    ("p", "Kirsty MacLeod, Senior Buyer"),
], title="TWC-PO-24-0433", author="Tayside Wind Components")
_qt = pdf([
    ("h1", "QUOTATION AC-Q-2301"),
    ("p", "Arad Composite SRL, Calea Aurel Vlaicu 270, Arad, Romania. To: Tayside Wind Components Ltd."),
    ("table", [["Stage", "Qty", "Unit GBP", "Lead time"],
               ["First article", "6", "176.00", "3 weeks"],
               ["Series", "594", "68.00", "6 weeks after written release"]]),
    ("p", "Validity 90 days. Mihaela Pop, Sales"),
], title="AC-Q-2301", author="Arad Composite")
_t = ("Dear Mihaela,\n\n"
      "The FAI report FAI-2024-019 on the six first-article inserts TWC-BRI-M30 was signed off on 12 June by "
      "Dr. Neil Baxter, Quality Engineer.\n\n"
      "On that basis I release the balance: 594 pcs TWC-BRI-M30, PO TWC-PO-24-0433 line 2.\n"
      "Release no.: R-1\nEvidence: FAI-2024-019\nMaterial authority: 594 pcs, covered by this release\n"
      "Delivery: 3 x 198 pcs, weeks 31, 33 and 35, DAP Dundee.\n\n"
      "Kind regards,\nKirsty MacLeod\nSenior Buyer (release authority for this order, up to GBP 50,000)\n"
      "Tayside Wind Components Ltd")
case("c18_sc_po_quote_release", [],
     "three consistent documents: PO 6 released + 594 on hold, quote 6/594, written release R-1 of 594 by Kirsty MacLeod after FAI sign-off",
     [("TWC-PO-24-0433.pdf", _po), ("AC-Q-2301.pdf", _qt),
      ("Release_R-1_TWC-PO-24-0433.eml", eml_bytes(mail(
          "Kirsty MacLeod <kirsty.macleod@taysidewind.co.uk>", "Mihaela Pop <mihaela.pop@aradcomposite.ro>",
          "Release R-1 - TWC-BRI-M30 - PO TWC-PO-24-0433", "Thu, 13 Jun 2024 14:00:00 +0100", _t)))])

# c19 Egyptian railway tender award, correctly scoped
case("c19_eg_award_scoped", [],
     "award letter: commercial decision only; first-article set released, 36 series sets on hold until FAI accepted and Eng. Tarek Mansour's written release; advance payment releases nothing",
     [("NRR-PRC-2024-0902_award.pdf", pdf([
         ("h1", "LETTER OF AWARD"),
         ("p", "Nile Rail Rolling Stock Co. (S.A.E.), Procurement Sector, Cairo. Ref: NRR/PRC/2024/0902. Date: 20 June 2024"),
         ("p", "To: Forth Rail Interiors Ltd, Falkirk, Scotland. Subject: Tender No. NRR/T/2024/121, Lot 4, wall and ceiling "
               "panels for sleeper coaches"),
         ("p", "Dear Sirs, we are pleased to inform you that the Tender Committee has selected your bid for Lot 4."),
         ("p", "The award is a commercial decision. It does not release the manufacture of the series panels."),
         ("table", [["Item", "Description", "Qty", "Status"],
                    ["4.1", "First-article panel set, one coach", "1 set", "released for manufacture now"],
                    ["4.2", "Series panel sets", "36 sets", "not released; on hold until the first-article inspection "
                     "report is accepted and Eng. Tarek Mansour, General Manager Procurement, issues a written release"]]),
         ("p", "The advance payment will be transferred against your bank guarantee. It does not release the series either."),
         ("p", "Yours faithfully, Eng. Tarek Mansour, General Manager Procurement"),
     ], title="Award NRR/T/2024/121", author="NRR Procurement"))])

# c20 Belgian buyer portal notification, correct scope and acknowledgement wording
_body = """<h2>Leiestreek Fashion Group &mdash; Leveranciersportaal / Supplier portal</h2>
<p>PO <b>24-0802</b> issued to Tissage Labels Maroc, Tanger &middot; 06.06.2024 &middot; buyer: Els Vandenberghe</p>
<table>
<tr><th>Line</th><th>Article</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>WL-LFG-22</td><td>Woven label, damask, 2 colours, sample run</td><td>300</td><td>released</td></tr>
<tr><td>20</td><td>WL-LFG-22</td><td>Woven label, production winter 24/25</td><td>29.700</td><td>NOT RELEASED &ndash; on hold</td></tr>
</table>
<div class="note">Line 20 stays on hold until the colour and wash test (ISO 6330, 5 cycles) is signed off and
Els Vandenberghe, Aankoopmanager / Purchasing Manager, sends a written release. Material authority: sample run only.</div>
<p>Please acknowledge this PO in the portal. Acknowledging confirms the scope above; it does not release line 20.</p>"""
case("c20_be_portal_scope", [],
     "portal PO: 300 sample labels released, 29.700 on hold until wash-test sign-off and Els Vandenberghe's written release; acknowledgement releases nothing",
     [("PO_24-0802_portal.html", html_page("PO 24-0802", _body))])

# c21 Romanian buyer SQA that keeps sign-off, forecast, payment and release apart
case("c21_ro_sqa_clean", [],
     "SQA: sample sign-off releases nothing; only a written release naming the quantity, by the named Purchasing Manager; forecasts and payments authorize nothing",
     [("SQA_Carpat_Mobila_rev2.docx", docx_bytes([
         ("h1", "Supplier Quality Agreement CM-SQA-02 rev 2"),
         ("p", "Carpat Mobila SA, Oradea (the Buyer) and Limburg Slides BV, Maasmechelen (the Supplier)."),
         ("h", "5 Initial samples"),
         ("p", "5.1 The Supplier submits initial samples from serial tooling with a dimensional report and an EN 15338 test report."),
         ("p", "5.2 Initial-sample sign-off is a technical disposition: approved, interim (with quantity or date limit) or rejected."),
         ("p", "5.3 A sample sign-off does not release any serial quantity. Serial quantities are released only by a written "
               "production release that names the quantity, signed by the Buyer's Purchasing Manager (at the date of "
               "this agreement: Andreea Popescu)."),
         ("h", "6 Forecasts and material"),
         ("p", "6.1 Forecasts are for planning only. They are not orders and carry no commitment."),
         ("p", "6.2 Material authority is granted only in writing, with a stated quantity, by the Purchasing Manager."),
         ("h", "7 Payments"),
         ("p", "7.1 Payments, deposits and the acknowledgement of a purchase order do not authorise production."),
         ("table", [["For the Buyer", "For the Supplier"],
                    ["Andreea Popescu, Purchasing Manager", "Wim Maes, Managing Director"],
                    ["03.04.2024", "05.04.2024"]]),
     ], author="Andreea Popescu"))])

# c22 shared planning sheet export, Dutch buyer / Romanian supplier: material within staged authority, forecast labelled
_csv = """# Shared planning sheet - Drenthe Agritech BV / Mures Aluminium SRL
# Export 2024-06-17 07:30 UTC from shared workbook "DAT-MA planning", tab "Status"
# Columns Released..Material authority maintained by DAT purchasing (Sanne Mulder); Produced..Material ordered by Mures Aluminium
Part;Description;Released qty;Balance;Balance status;Unlock event;Release authority;Material authority;Produced;Material ordered (pcs equiv.);Forecast next 6 months;Comment
DAT-KB-12;Knife bar bracket;60;940;on hold - not released;sample sign-off + written release;Sanne Mulder;staged up to 300 pcs (DAT liability);60;300;2.400 (forecast - not released);
DAT-HP-04;Hinge plate;500;0;no balance (full qty released);-;-;full qty 500;420;500;1.000 (forecast - not released);second delivery wk 27
"""
case("c22_nl_shared_sheet_ok", [],
     "shared sheet: material ordered equals the explicit staged authority; forecasts labelled not released; full-quantity line has no balance",
     [("DAT-MA_planning_status.csv.txt", _csv)])

# c23 very short clean mail, Moroccan buyer
_t = ("Confirming PO ACD-24-118: 10 sample labels only. The other 4.990 are not released until I sign off the colour "
      "proof and send you the written release.\n\nKhadija Bennani, Responsable Achats, Atelier Casa Denim")
case("c23_ma_one_line_confirm", [],
     "one-liner with active 10, hold on 4.990, colour-proof sign-off and written release by the named sender",
     [("PO_ACD-24-118.eml", eml_bytes(mail(
         "Khadija Bennani <k.bennani@casadenim.ma>", "Sales <sales@leiestreeklabels.be>",
         "PO ACD-24-118", "Thu, 13 Jun 2024 17:02:00 +0100", _t)))])

# c24 Irish buyer, medical: HTML PO with table, correct scope
_body = """<h2>Wicklow Diagnostics Ltd &mdash; Purchase Order WD-PO-24-0391</h2>
<p>Supplier: Midlands Moulding Ltd, Athlone &middot; Date: 07/06/2024 &middot; Buyer: Gráinne Kavanagh</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>WD-CART-07 rev D</td><td>Cartridge housing, PC, medical grade, ISO 10993-5 tested resin</td><td>sample</td><td>15</td><td>released</td></tr>
<tr><td>20</td><td>WD-CART-07 rev D</td><td>Cartridge housing, production</td><td>production</td><td>1,485</td><td>NOT RELEASED</td></tr>
</table>
<div class="note">Line 20 is on hold until the process qualification (PQ) of the new tool is signed off and Orla Brennan,
Supply Chain Manager, sends a written release. Material authority: sample quantity only. Supplier to work under
ISO 13485:2016 with full resin lot traceability.</div>
<p>Delivery line 10: week 26, DAP Bray. Please acknowledge the PO within 3 working days.</p>
<p>Gráinne Kavanagh, Buyer, Wicklow Diagnostics Ltd</p>"""
case("c24_ie_html_po_scope", [],
     "HTML PO: 15 samples released, 1,485 not released until PQ sign-off and Orla Brennan's written release, material sample-only",
     [("WD-PO-24-0391.html", html_page("WD-PO-24-0391", _body))])

# c25 Austrian buyer: interim sample sign-off with limits plus a separate written release R-1
case("c25_at_interim_signoff_release", [],
     "interim sign-off (limit 200 pcs, 31.07.2024) and a separate written release R-1 of 200 by Eva Huber; 1.800 on hold until full sign-off",
     [("TLG-R-1_FL-250-NS.pdf", pdf([
         ("h1", "Interim sample sign-off and production release R-1"),
         ("p", "Tiroler Laborglas GmbH, Kufstein. Supplier: Matra Glass Kft., Salgótarján. Order TLG-PO-2024-0655: "
               "round-bottom flask 250 ml NS 29/32; sample line 10 pcs (delivered) and production line 2.000 pcs."),
         ("h", "Part 1: sample sign-off (Quality)"),
         ("p", "Disposition: interim. Annealing strain is within limit, but the 6-week thermal-cycling test is still running. "
               "Limit: up to 200 pcs, produced and delivered by 31.07.2024. Report ISR-2024-052. Signed: DI (FH) Lukas "
               "Brandstätter, Quality Laboratory, 10.06.2024."),
         ("h", "Part 2: production release (Purchasing)"),
         ("table", [["Release no.", "R-1"],
                    ["Quantity released", "200 pcs"],
                    ["Unlock event", "interim sample sign-off ISR-2024-052, within its limits"],
                    ["Evidence", "ISR-2024-052"],
                    ["Authorized by", "Mag. Eva Huber, Head of Purchasing (release authority up to EUR 25.000)"],
                    ["Date", "11.06.2024"]]),
         ("p", "Balance: 1.800 pcs not released. On hold until the full sample sign-off after the thermal-cycling test and a "
               "further written release by Mag. Eva Huber."),
         ("p", "Material authority: 200 pcs (this release)."),
     ], title="TLG R-1", author="Tiroler Laborglas"))])


# =================================================================== writer
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(110611).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h11_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    main()
