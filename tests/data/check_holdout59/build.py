#!/usr/bin/env python3
"""Generator for the releasegate check_holdout59 corpus (wire harnesses / cable assemblies).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout59/build.py

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
SEED = 5959
PREFIX = "h59"


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# pdf(), docx_bytes(), html_page(), mail(), eml_bytes(), sig() are copied from
# check_holdout3/build.py (renderer helpers only); ids/boundaries use the h59 prefix.
def _pdf_text_ok(blocks):
    """The standard PDF fonts use WinAnsi; refuse characters they cannot show."""
    for b in blocks:
        parts = []
        if b[0] == "table":
            parts = [str(c) for r in b[1] for c in r]
        elif len(b) > 1:
            parts = [b[1]]
        for s in parts:
            try:
                s.encode("cp1252")
            except UnicodeEncodeError as e:
                raise ValueError(f"PDF text not WinAnsi-safe: {s[max(0, e.start - 20):e.end + 20]!r}")


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    _pdf_text_ok(blocks)
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


# Extra signature styles (the parties in this corpus write their own footers).
def sig_de(name, title, company, phone):
    return (f"\nMit freundlichen Grüßen / Best regards\n\n{name}\n{title}\n{company}\n{phone}\n\n"
            "Sitz der Gesellschaft: Ingolstadt, Registergericht Ingolstadt HRB 4471. "
            "Geschäftsführer: Dr. Rainer Voss, Martina Ehrlich.\n"
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
            "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n")


def quote(text):
    """Prefix every line with '> ' like a mail client quoting the previous message."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())


def p(s):
    """Collapse an indented triple-quoted paragraph into one line."""
    return re.sub(r"\s+", " ", s).strip()


# party addresses used across the corpus
KESSLER_JB = "Jana Brückner <jana.brueckner@kessler-ft.de>"
KESSLER_TW = "Thomas Wendt <thomas.wendt@kessler-ft.de>"
SAHEL_HT = "Hichem Trabelsi <h.trabelsi@cablerie-sahel.com.tn>"
SAHEL_SBA = "Sami Ben Amor <s.benamor@cablerie-sahel.com.tn>"
ATLAS_YE = "Youssef El Idrissi <y.elidrissi@atlas-faisceaux.ma>"
ATLAS_NB = "Nadia Bennani <n.bennani@atlas-faisceaux.ma>"
ECH_AP = "Andrei Popescu <andrei.popescu@electrocab.ro>"
ECH_IM = "Ioana Marin <ioana.marin@electrocab.ro>"
KARPATY_OH = "Oleksandr Hnatyuk <o.hnatyuk@karpaty-wiring.com.ua>"
KARPATY_IK = "Iryna Kovalenko <i.kovalenko@karpaty-wiring.com.ua>"
SAVA_MJ = "Marko Jovanović <marko.jovanovic@savakablovi.rs>"
SAVA_JP = "Jelena Petrović <jelena.petrovic@savakablovi.rs>"
ADB_LH = "Luis Hernández <lhernandez@arnesesbajio.com.mx>"
ADB_CR = "Carolina Ruiz <cruiz@arnesesbajio.com.mx>"
NORDVIK_ES = "Elin Sjöberg <elin.sjoberg@nordvik-appliances.se>"
NORDVIK_KN = "Karl Nyström <karl.nystrom@nordvik-appliances.se>"
VALCOURT_CM = "Claire Morel <claire.morel@valcourt-equipements.fr>"
HARLAN_MD = "Mike Dorsey <mdorsey@harlancontrols.com>"
BRENNER_SK = "Stefan Kraus <stefan.kraus@brenner-hg.de>"
LTS_PH = "Per Håkansson <per.hakansson@lindqvist-trucks.se>"
BW_DW = "Dana Whitfield <dwhitfield@brightwater-ag.com>"

# =================================================================== CLEAN
# ---- c01: German OEM sample PO (PDF with table), complete scope note
case("c01_kessler_bsample_po_pdf", [],
     "sample PO: 40 B-samples active, pre-series 2x500 on hold, unlock B-sample sign-off + written release by T. Wendt, material sample-only",
     [("PO_4500218833.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500218833"),
         ("p", "Kessler Fahrzeugtechnik GmbH - Purchasing Electrics/Electronics - Am Auwaldsee 14 - 85080 Gaimersheim - Germany"),
         ("p", "Supplier: Câblerie du Sahel SARL, Zone Industrielle Sidi Abdelhamid, 4061 Sousse, Tunisia - supplier no. 700431"),
         ("p", "PO date: 02.05.2024 - Buyer: Jana Brückner, tel. +49 841 9372 118 - Incoterms 2020: FCA Sousse - Payment: 60 days net"),
         ("table", [
             ["Pos.", "Part no. / Rev.", "Description", "Qty", "Unit", "Price EUR", "Delivery"],
             ["10", "KF-4471-220 / C", "Door harness LH, B-sample, FLRY-B 0.35 mm², MQS 0.64 terminals", "20", "pcs", "38.40", "CW 22"],
             ["20", "KF-4471-221 / C", "Door harness RH, B-sample, FLRY-B 0.35 mm², MQS 0.64 terminals", "20", "pcs", "38.40", "CW 22"],
         ]),
         ("h", "Scope of this order"),
         ("p", p("""This order covers B-samples only: 20 pcs KF-4471-220 and 20 pcs KF-4471-221. These 40 pcs
            are the only quantity you may build now. Please build, test (100 % EOL continuity and
            isolation, crimp cross-sections for each terminal type per LV 214) and ship them with the
            sample report.""")),
         ("p", p("""Your quotation CdS-Q-24-0187 also quotes a pre-series lot of 500 sets per side. That
            pre-series quantity (2 x 500 pcs) is not released by this order and stays on hold. It will be
            released only after (1) B-sample sign-off by Kessler Electrical Validation and (2) a written
            production release signed by Thomas Wendt, Head of Supply Chain Electrics. Until both have
            happened, please do not start cutting, crimping or taping for the pre-series.""")),
         ("p", p("""Material authority: sample quantity only. Wire, terminals, seals and housings beyond the
            40 B-samples are bought at your own risk.""")),
         ("h", "Logistics and quality"),
         ("p", p("""Packaging: ESD bags, max. 5 harnesses per KLT 4147, label per VDA 4902. Each harness
            tagged with sample status label "B-Muster". Ship to: Kessler Werk 2, Wareneingang Tor 17,
            attn. Electrical Validation. Quality: supplier certified to IATF 16949:2016; PPAP level 3
            will be requested at C-sample stage.""")),
         ("p", "Kessler purchasing conditions, edition 2023, apply. Please confirm this order within 3 working days."),
     ], title="PO 4500218833", author="Kessler Fahrzeugtechnik GmbH"))])

# ---- c02: Romanian supplier quote with tiers (quote alone)
case("c02_ro_quote_tiers_pdf", [],
     "supplier quote with prototype and series tiers; no authorized quantity; series volume labelled forecast; series only against written release",
     [("Oferta_ECH-2024-0412.pdf", pdf([
         ("h1", "QUOTATION ECH-2024-0412"),
         ("p", "ElectroCab Harness SRL - Calea Torontalului 96 - 300668 Timisoara - Romania - VAT RO 31447720"),
         ("p", "To: Nordvik Appliances AB, Purchasing, Box 412, SE-551 16 Jönköping, attn. Elin Sjöberg"),
         ("p", "Date: 24.04.2024 - Your RFQ: NV-RFQ-24-0077 - Part: main harness dishwasher DW-60, Nordvik PN 8814 302-07 rev B"),
         ("table", [
             ["Item", "Phase", "Quantity", "Unit price EUR", "Lead time"],
             ["1", "Prototype harnesses (hand-built, 100 % continuity test)", "25 pcs", "46.90", "3 weeks ARO"],
             ["2", "Series production (automated cutting on Komax Alpha 355, crimp force monitoring)",
              "6,000 pcs / year, call-offs min. 500 pcs", "17.35", "6 weeks after production release"],
             ["3", "EOL test board (fixture for 14 connectors)", "1 set", "4,800.00", "5 weeks"],
         ]),
         ("h", "Notes"),
         ("p", "1. Series price is based on the annual volume of 6,000 pcs indicated in your RFQ (forecast, non-binding)."),
         ("p", "2. Copper surcharge on basis DEL 800 EUR/100 kg; monthly adjustment on the DEL notation of the previous month."),
         ("p", "3. Series quantities are produced only against a written production release from Nordvik. A purchase order for the prototypes does not cover series quantities."),
         ("p", "4. Prices valid 90 days. Payment 30 days net. Incoterms 2020 FCA Timisoara."),
         ("p", "5. Wire FLRY-B per ISO 6722-1, terminals and housings as per drawing 8814 302-07 sheet 2; tape per LV 312-1 class B."),
         ("sp",),
         ("p", "Prepared by: Ioana Marin, Key Account Manager - ioana.marin@electrocab.ro - +40 256 430 118"),
     ], title="Quotation ECH-2024-0412", author="ElectroCab Harness SRL"))])

# ---- c03: Tunisian supplier asks about the go-ahead; buyer scope quoted
_c03_orig = f"""-----Original Message-----
From: {KESSLER_JB}
Sent: Thursday, 2 May 2024 10:14
To: {SAHEL_HT}
Subject: PO 4500219102 – C-samples KF-5120-400

Dear Hichem,

below the scope for PO 4500219102 (PDF follows from SAP):

24 C-samples KF-5120-400 rev D are released now, nothing more.
The pre-series balance of 1,176 pcs from your quote is not released. It stays on hold
until the C-sample sign-off by our validation lab and a written production release from
Thomas Wendt (Head of Supply Chain Electrics).
Material: buy for the 24 samples only.

Best regards
Jana Brückner
Purchasing Electrics, Kessler Fahrzeugtechnik GmbH"""
case("c03_tn_question_goahead_eml", [],
     "supplier's question whether the 1 176 are released (a question, not an approval); quoted buyer scope is complete",
     [("RE_PO_4500219102_C-samples.eml", eml_bytes(mail(
         SAHEL_HT, KESSLER_JB, "RE: PO 4500219102 – C-samples KF-5120-400",
         "Mon, 13 May 2024 16:42:10 +0100",
         f"""Bonjour Madame Brückner,

Thank you for the PO. We have started the 24 C-samples last week. Crimp height checks
on the first terminals are done (MQS 0.64: 0,93 mm nominal, all within tolerance), pull
test values between 68 and 74 N, cross-section pictures will come with the sample report.

One question before we finalise the planning of June: our planning department asks if we
have the go-ahead for the 1 176 pcs of the pre-series, or only the 24 samples for now?
We want to be sure before we reserve capacity on line 4. We do not start anything beyond
the 24 without your answer.

Merci d'avance et bonne journée,

Hichem Trabelsi
Responsable Production / Plant Manager
Câblerie du Sahel SARL – Sousse, Tunisie
+216 73 368 210

{quote(_c03_orig)}
""", in_reply_to="<h59-po4500219102@kessler-ft.de>")))])

# ---- c04: labelled forecast, EDI DELFOR printout
case("c04_se_delfor_forecast_txt", [],
     "EDI schedule explicitly labelled forecast: releases nothing, no material authority; releases only by DELJIT",
     [("DELFOR_DF-2024-W19-0071.txt", """NORDVIK APPLIANCES AB            EDI DELIVERY SCHEDULE PRINTOUT           PAGE 1/1
MESSAGE TYPE : DELFOR D.96A      DOC NO : DF-2024-W19-0071      ISSUED : 2024-05-06
SENDER       : NORDVIK JONKOPING  GLN 7350012840007
SUPPLIER     : 40218  SAVA KABLOVI D.O.O., NIS (RS)
SHIP-TO      : NORDVIK PLANT 2 JONKOPING, DOCK 7
PART         : 8814 311-02 REV A   MAIN HARNESS WM-80        UOM: PCS
CONTRACT     : SCHEDULING AGREEMENT 5510004471

SCHEDULE STATUS : FORECAST (PLANNING INFORMATION ONLY)
*** THIS SCHEDULE RELEASES NO QUANTITY. NO FIXED ZONE. NO MATERIAL AUTHORITY.        ***
*** PRODUCTION AND MATERIAL ARE AUTHORIZED ONLY BY A SEPARATE DELJIT CALL-OFF.       ***

WEEK      QTY     TYPE       REMARK
2024-27   1 200   FORECAST
2024-28   1 200   FORECAST
2024-29     600   FORECAST   SWEDISH SUMMER SHUTDOWN (PARTIAL)
2024-30       0   FORECAST   PLANT CLOSED
2024-31       0   FORECAST   PLANT CLOSED
2024-32   1 400   FORECAST
2024-33   1 400   FORECAST
2024-34   1 400   FORECAST
------------------------------------------------------------------------------------
TOTAL FORECAST WK 27-34 :   7 200 PCS (NON-BINDING)

LAST DELJIT REFERENCE : JIT-NV-24-0519 (SEPARATE DOCUMENT)
CUM RECEIVED YTD      : 21 480 (INFORMATION, NOT A RELEASE)
CONTACT               : SUPPLY PLANNING NORDVIK, +46 36 190 4400
END OF MESSAGE  UNH 00000193  UNT 0042
""")])

# ---- c05: Swedish engineering disposition, scoped "signed off for fit check only" (multipart/alternative)
_c05_txt = """Hi Ioana,

the test report for the 25 prototype harnesses (your lot P-0412-01) is through.
Disposition: signed off for fit check and water-ingress test on the DW-60 test rigs only.
This is not a production release; production is not released.

What this means for you:
- Please ship the 25 prototypes already built (Göteborg lab, attn. Karl Nyström).
  Nothing beyond those 25 is to be started.
- The series quantity in your quote (6,000 pcs / year) remains on hold. It is unlocked only
  by a C-sample sign-off after the DVP&R tests and then a written production release from
  Magnus Ek, Materials Manager.
- Material: prototype quantity only.

Two remarks for the C-sample build: the grommet at X12 needs 5 mm more tail, and please
label the M6 ground eyelets as shown on drawing 8814 302-07 sheet 3.

Thanks and have a nice weekend,
Karl

Karl Nyström
Electrical Design Engineer, Dishwasher Platform
Nordvik Appliances AB, Jönköping
+46 36 190 4452
"""
_c05_html = html_page("Sample disposition", """<p>Hi Ioana,</p>
<p>the test report for the 25 prototype harnesses (your lot P-0412-01) is through.<br>
Disposition: <b>signed off for fit check and water-ingress test on the DW-60 test rigs only.</b>
This is not a production release; production is not released.</p>
<p>What this means for you:</p>
<ul>
<li>Please ship the 25 prototypes already built (Göteborg lab, attn. Karl Nyström). Nothing beyond those 25 is to be started.</li>
<li>The series quantity in your quote (6,000 pcs / year) remains on hold. It is unlocked only by a C-sample sign-off after the DVP&amp;R tests and then a written production release from Magnus Ek, Materials Manager.</li>
<li>Material: prototype quantity only.</li>
</ul>
<p>Two remarks for the C-sample build: the grommet at X12 needs 5 mm more tail, and please label the M6 ground eyelets as shown on drawing 8814 302-07 sheet 3.</p>
<p>Thanks and have a nice weekend,<br>Karl</p>
<p style="color:#666">Karl Nyström<br>Electrical Design Engineer, Dishwasher Platform<br>Nordvik Appliances AB, Jönköping<br>+46 36 190 4452</p>""")
case("c05_se_fitcheck_only_eml", [],
     "sample sign-off scoped to fit check only, production explicitly not released; 25 active; hold, event, Magnus Ek named",
     [("Disposition_prototypes_8814302-07.eml", eml_bytes(mail(
         NORDVIK_KN, ECH_IM, "Disposition prototypes 8814 302-07 – lot P-0412-01",
         "Fri, 17 May 2024 15:05:33 +0200", _c05_txt, html=_c05_html, cc=NORDVIK_ES)))])

# ---- c06: US full-quantity production PO that says "proceed" (multipart/alternative)
_c06_txt = """Luis,

PO 77-31884 below for 400 pcs of HC-220-01 rev F (control cabinet harness, 24 circuits).
This is a production order for the full quantity. PPAP was completed in March (PSW on file,
ref PSW-HC220-F), there are no samples involved and no further release to wait for.

Please proceed with the 400 pcs per this schedule:
  - 200 pcs ship week 24
  - 200 pcs ship week 26

Line  Part          Rev  Description                       Qty   Unit $   Ext $
1     HC-220-01     F    Harness, control cabinet, 24 ckt   400   18.72   7,488.00

Terms: Net 45, FCA Querétaro (Incoterms 2020), our UPS Freight account 6Y-22041.
Packaging: 10 harnesses per bag, label per HIC-LBL-004, C of C with each shipment.

Thanks,
Mike
""" + sig("Mike Dorsey", "Senior Buyer, Electrical Components", "Harlan Industrial Controls Inc., Dayton, OH", "+1 937 555 0142")
_c06_html = html_page("PO 77-31884", """<p>Luis,</p>
<p>PO 77-31884 below for 400 pcs of HC-220-01 rev F (control cabinet harness, 24 circuits).
This is a production order for the full quantity. PPAP was completed in March (PSW on file, ref PSW-HC220-F),
there are no samples involved and no further release to wait for.</p>
<p>Please proceed with the 400 pcs per this schedule: 200 pcs ship week 24, 200 pcs ship week 26.</p>
<table><tr><th>Line</th><th>Part</th><th>Rev</th><th>Description</th><th>Qty</th><th>Unit $</th><th>Ext $</th></tr>
<tr><td>1</td><td>HC-220-01</td><td>F</td><td>Harness, control cabinet, 24 ckt</td><td>400</td><td>18.72</td><td>7,488.00</td></tr></table>
<p>Terms: Net 45, FCA Querétaro (Incoterms 2020), our UPS Freight account 6Y-22041.<br>
Packaging: 10 harnesses per bag, label per HIC-LBL-004, C of C with each shipment.</p>
<p>Thanks,<br>Mike</p>""")
case("c06_us_full_qty_proceed_eml", [],
     "full-quantity production PO (400, PPAP done, no samples): 'proceed with the 400 pcs' is scoped; no balance",
     [("PO_77-31884_HC-220-01.eml", eml_bytes(mail(
         HARLAN_MD, ADB_LH, "PO 77-31884 – HC-220-01 rev F, 400 pcs",
         "Tue, 07 May 2024 11:20:00 -0400", _c06_txt, html=_c06_html)))])

# ---- c07: call-off PDF with explicit staged material authority above the released quantity
case("c07_de_calloff_staged_material_pdf", [],
     "call-off: 600 released, explicit staged material authority up to 1,800 at buyer's liability, forecast not released, next call-off by S. Kraus",
     [("Abruf_5500031277.pdf", pdf([
         ("h1", "CALL-OFF / ABRUF 5500031277"),
         ("p", "Brenner Hausgeräte GmbH - Materialwirtschaft - Industriestraße 8 - 89407 Dillingen an der Donau - Germany"),
         ("p", "Supplier: Atlas Faisceaux SA, Zone Franche Tanger Automotive City, Lot 118, Tanger, Morocco"),
         ("p", "Part: BH-7720-15 rev B, harness oven door / control panel - Scheduling agreement 5500030012 - Date: 13.05.2024"),
         ("table", [
             ["Week", "Quantity (pcs)", "Status"],
             ["CW 25", "300", "released for production"],
             ["CW 26", "300", "released for production"],
             ["CW 27-30", "1,200", "forecast - not released; covered by staged material authority"],
             ["CW 31-40", "3,000", "forecast - not released; no material authority"],
         ]),
         ("h", "Production release"),
         ("p", "This call-off releases 600 pcs BH-7720-15 for delivery in CW 25 and CW 26. Only these 600 pcs may be produced."),
         ("h", "Material authority"),
         ("p", p("""Staged: you may buy wire, terminals and connector housings for up to 1,800 pcs (CW 25-30)
            at Brenner's liability. Material beyond 1,800 pcs is bought at your own risk.""")),
         ("h", "Forecast"),
         ("p", p("""The quantities from CW 27 onwards are forecast only and are not released. Each further
            quantity is released only by the next call-off, issued and signed by Stefan Kraus,
            Materials Planning Manager.""")),
         ("sp",),
         ("p", "Delivery: FCA Tanger Med, Brenner forwarder Dachser (account 44-1187). Packaging: returnable KLT 6280, 20 pcs per KLT."),
     ], title="Abruf 5500031277", author="Brenner Hausgeräte GmbH"))])

# ---- c08: explicit, recorded auto-conversion in a DOCX meeting report (with table)
case("c08_se_minutes_autoconversion_docx", [],
     "explicit recorded auto-conversion naming quantity (400), signer (Per Håkansson) and conditions; rest on hold with event and person",
     [("Minutes_C-sample_review_LTS2210774.docx", docx_bytes([
         ("h1", "Meeting report – C-sample review LTS 2210 774 rev E"),
         ("p", "Date: 21 May 2024, 10:00–11:30 CET (Teams). Minutes: Per Håkansson."),
         ("table", [
             ["Name", "Company", "Role"],
             ["Per Håkansson", "Lindqvist Truck Systems AB", "Head of Purchasing Electrical (release authority)"],
             ["Sofia Lind", "Lindqvist Truck Systems AB", "Supplier Quality Engineer"],
             ["Oleksandr Hnatyuk", "Karpaty Wiring LLC", "Sales Director"],
             ["Iryna Kovalenko", "Karpaty Wiring LLC", "Quality Manager"],
         ]),
         ("h", "1. Status of C-samples"),
         ("p", "36 C-samples LTS 2210 774 rev E (PO 4600032988) are in build in Lviv; delivery to Södertälje planned CW 23. These 36 pcs are the only quantity currently released."),
         ("h", "2. Recorded auto-conversion (agreed and signed)"),
         ("p", p("""If the C-sample lot receives the sign-off status "approved" (not "interim") from
            Lindqvist SQE (Sofia Lind), then 400 pcs of the initial production lot are released
            automatically on the date of that sign-off, without a further document. Conditions: full
            PPAP level 3 package, crimp cross-sections for all 14 terminal types, pull-test values per
            USCAR-21, 100 % EOL test. Signed for Lindqvist: Per Håkansson, Head of Purchasing
            Electrical.""")),
         ("h", "3. Balance"),
         ("p", p("""The initial production lot is 2,000 pcs. Beyond the 400 pcs of item 2, the remaining
            1,600 pcs are not released. They are released only after a run@rate at Karpaty (target 55
            harnesses/shift) and a written production release by Per Håkansson.""")),
         ("h", "4. Material"),
         ("p", "Material authority: 36 C-samples plus the 400 pcs of item 2 (staged, at Lindqvist's liability). Nothing beyond."),
         ("h", "5. Logistics"),
         ("p", "Trucks via Rava-Ruska / Hrebenne crossing; allow 2 days buffer. Packaging trial with returnable boxes LTS-BX-600 at first series delivery."),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Send PPAP level 3 package", "I. Kovalenko", "CW 23"],
             ["Confirm run@rate date", "O. Hnatyuk", "CW 24"],
             ["Sample sign-off decision", "S. Lind", "CW 25"],
         ]),
     ], author="Per Håkansson"))])

# ---- c09: French buyer; old supplier quote forwarded as message/rfc822 and declared informational
_c09_fwd = mail(ATLAS_YE, VALCOURT_CM, "Devis AF-DV-2403-112 – faisceau VE-3301",
                "Thu, 14 Mar 2024 17:02:00 +0100",
                """Bonjour Madame Morel,

Suite à votre demande, voici notre devis AF-DV-2403-112 pour le faisceau VE-3301 rev A :

- Prototypes : 40 pcs à 52,80 EUR/pc, délai 4 semaines
- Série : 12 000 pcs/an à 21,15 EUR/pc, délai 8 semaines après lancement
- Banc de test électrique : 3 900,00 EUR (une fois)

Prix départ usine Casablanca, validité 60 jours.

Cordialement,
Youssef El Idrissi
Directeur Commercial – Atlas Faisceaux SA, Casablanca
+212 522 66 41 80
""")
case("c09_fr_po_fwd_quote_rfc822_eml", [],
     "PO for 40 prototypes; forwarded old quote (rfc822) with 12 000/yr declared information only and not released; event + Antoine Giraud",
     [("Commande_VAL-PO-24-0318.eml", eml_bytes(mail(
         VALCOURT_CM, ATLAS_YE, "Commande VAL-PO-24-0318 – prototypes VE-3301 rev A",
         "Mon, 06 May 2024 09:31:00 +0200",
         """Bonjour Youssef,

please find our order VAL-PO-24-0318 for the prototype harnesses VE-3301 rev A:

  Ligne 10 – VE-3301 rev A, faisceau prototype – 40 pcs – 52,80 EUR – livraison S22

For reference I forward your quote mail of March below. The 12 000 pcs/year in it are
information only and are not released by this order. Any quantity beyond the 40 prototypes
stays on hold until the prototype sign-off by our test-bench team in Lyon and a written
production release from Antoine Giraud, Directeur Achats.
Material: for the 40 prototypes only, please.

Documents to send with the parts: continuity test printout, crimp height log, CoC.

Merci et bonne semaine,
Claire Morel
Acheteuse – Valcourt Équipements SAS, Lyon
+33 4 72 18 40 55
""", attachments=[("rfc822", _c09_fwd)])))])
# ---- c10: quoted supplier assumption of auto-conversion, corrected by the buyer
_c10_q = f"""On Wed, May 8, 2024 at 4:12 PM Carolina Ruiz <cruiz@arnesesbajio.com.mx> wrote:
Hi Mike,

we build the 20 protos HC-310 next week (line 2, Querétaro). To save time, once your
engineering approves them we will roll straight into the remaining 480 so you get them by
end of July. Material for the 480 we would order next week, lead time on the Molex
Micro-Fit housings is 9 weeks now. Let me know.

Saludos,
Carolina Ruiz
Customer Service & Planning, Arneses del Bajío S.A. de C.V."""
case("c10_us_correction_of_autoconv_eml", [],
     "supplier's quoted assumption of rolling into the 480 is corrected by the buyer: 20 only, balance on hold, event + Mike Dorsey",
     [("RE_HC-310_protos_planning.eml", eml_bytes(mail(
         HARLAN_MD, ADB_CR, "RE: HC-310 protos – planning",
         "Wed, 08 May 2024 17:55:41 -0400",
         f"""Carolina,

no – please don't plan it that way. A prototype sign-off releases nothing by itself here.

PO 77-31902 covers the 20 prototype harnesses HC-310 only. The other 480 stay on hold until
(1) our engineering signs off the prototypes and (2) I send you a written production release
for a stated quantity. I'm the release authority on this program (my limit covers this order).

Material: 20 prototypes only. If you want to stage anything beyond that because of the
Micro-Fit lead time, ask me first and I'll put it in writing with a quantity.

Thanks!
Mike
""" + sig("Mike Dorsey", "Senior Buyer, Electrical Components", "Harlan Industrial Controls Inc., Dayton, OH", "+1 937 555 0142")
         + "\n" + quote(_c10_q) + "\n",
         in_reply_to="<h59-hc310@arnesesbajio.com.mx>")))])

# ---- c11: Mexican supplier: deposit does not release production
case("c11_mx_deposit_not_release_eml", [],
     "supplier states the deposit does not release production; 15 prototypes only; 985 on hold per buyer PO (prototype sign-off + Dana Whitfield)",
     [("RE_PO_BW-24-1187_AG-900-07.eml", eml_bytes(mail(
         ADB_LH, BW_DW, "Deposit received – PO BW-24-1187 (AG-900-07 rev B)",
         "Thu, 16 May 2024 10:03:12 -0600",
         """Hi Dana,

deposit of USD 1,860.00 received today (ref. wire BW-24-1187-DEP), thank you.

Just to be clear on our side: the deposit does not release production. Per your PO
BW-24-1187 we are building only the 15 prototype harnesses AG-900-07 rev B, ship date
May 31 via FedEx Freight. The remaining 985 pcs of the quoted program quantity stay on hold
until your prototype sign-off and a written production release from you as Director of
Supply Chain, exactly as your PO says.

We have bought material for the 15 prototypes only. If you want us to secure the Deutsch
DT connectors for the program (current lead time 14 weeks) we need a written material
authority with a quantity.

Best regards,
Luis Hernández
Gerente de Ventas / Sales Manager
Arneses del Bajío S.A. de C.V. – Planta Ciudad Juárez
+52 656 688 2140

Este correo y sus anexos son confidenciales. / This e-mail and its attachments are confidential.
""")))])

# ---- c12: Serbian supplier order confirmation restating the hold (PDF)
case("c12_rs_order_confirmation_hold_pdf", [],
     "supplier order confirmation restating the scope: 30 C-samples confirmed, 2,970 not released and not started, event + Stefan Kraus",
     [("Potvrda_SK-OC-24-0566.pdf", pdf([
         ("h1", "ORDER CONFIRMATION / POTVRDA PORUDZBINE SK-OC-24-0566"),
         ("p", "Sava Kablovi d.o.o. - Bulevar 12. februar 84 - 18000 Nis - Serbia - PIB 108812344"),
         ("p", "Customer: Brenner Hausgeräte GmbH, Dillingen - your PO 4700012893 of 06.05.2024 - buyer: Stefan Kraus"),
         ("table", [
             ["Pos.", "Part", "Description", "Qty confirmed", "Price EUR", "Ship date"],
             ["10", "BH-8801-03 rev C", "Harness, cooktop power module, C-sample", "30 pcs", "29.60", "07.06.2024"],
         ]),
         ("h", "Confirmed scope (as written in your PO)"),
         ("p", p("""Only the 30 C-samples are confirmed for production. The series quantity of 2,970 pcs
            named in your PO note is not released, and we will not start it. It is released only after
            your C-sample sign-off and a written production release by Mr. Stefan Kraus.""")),
         ("p", "Material purchased by Sava Kablovi for this order: for 30 C-samples only."),
         ("h", "Technical"),
         ("p", p("""Wire FLRY-B 1.5 mm² and 2.5 mm² per ISO 6722-1; crimp height and pull-out force
            measured per terminal lot, report with delivery; 100 % electrical test on EOL board
            SK-EOL-118.""")),
         ("p", "Delivery FCA Nis, Incoterms 2020. Payment 45 days net. Our general terms of sale (ed. 2022) apply unless your PO terms prevail."),
         ("sp",),
         ("p", "Jelena Petrovic, Customer Service - jelena.petrovic@savakablovi.rs - +381 18 415 220"),
     ], title="SK-OC-24-0566", author="Sava Kablovi d.o.o."))])

# ---- c13: Swedish ERP fixed-width PO printout with complete note
case("c13_se_erp_po_txt", [],
     "ERP PO printout: 12+12 B-samples released, series (2x 3,000/yr) on hold, unlock B-sample sign-off + written release by Magnus Ek, material sample-only",
     [("PO_4100078812.txt", """NORDVIK APPLIANCES AB                                         PURCHASE ORDER
Box 412, SE-551 16 Jönköping                                  PO NO.   4100078812
VAT SE556677889901                                            DATE     2024-05-08
                                                              PAGE     1 OF 1
SUPPLIER  55102  KARPATY WIRING LLC
                 vul. Zavodska 21, 79019 LVIV, UKRAINE
BUYER            ELIN SJOBERG   +46 36 190 4417
TERMS            NET 60 / FCA LVIV (INCOTERMS 2020)
-----------------------------------------------------------------------------------------
LN  ITEM          REV  DESCRIPTION                        QTY  UOM   PRICE EUR  DUE
--  ------------  ---  ------------------------------  -----  ---  ---------  ----------
10  8814 420-11   C    HARNESS, OVEN DOOR, B-SAMPLE       12  PCS      61.20  2024-06-14
20  8814 421-11   C    HARNESS, OVEN MAIN, B-SAMPLE       12  PCS      94.75  2024-06-14
-----------------------------------------------------------------------------------------
                                                     TOTAL EUR      1,871.40
NOTE TO SUPPLIER (PRINTS ON PO):
 SCOPE: B-SAMPLES ONLY. RELEASED NOW: 12 + 12 PCS AS ABOVE.
 SERIES QTY PER YOUR QUOTE KW-Q-0291 (2 X 3,000 PCS/YR) IS NOT RELEASED -
 BALANCE ON HOLD. UNLOCK: B-SAMPLE SIGN-OFF BY NORDVIK LAB + WRITTEN
 PRODUCTION RELEASE SIGNED BY MAGNUS EK, MATERIALS MANAGER.
 MATERIAL AUTHORITY: SAMPLE QTY ONLY.
 DRAWINGS 8814 420-11 REV C / 8814 421-11 REV C. WIRE PER ISO 6722-1 CLASS B.
 PACKING: 1 HARNESS PER BAG, SAMPLE LABEL "B-PROV" ON EACH BAG.
-----------------------------------------------------------------------------------------
NORDVIK GENERAL PURCHASING CONDITIONS NGPC-2021 APPLY. THIS ORDER IS VALID WITHOUT
SIGNATURE.
""")])

# ---- c14: chat export, clean (Teams)
case("c14_se_ro_teams_chat_txt", [],
     "chat: twelve (12) protos only, 288 blocked until proto sign-off + written release by Magnus Ek, material for 12",
     [("teams_chat_export_2024-05-13.txt", """Microsoft Teams – chat export
Chat: Nordvik / ElectroCab – DW door harness
Exported: 2024-05-14 08:02 by Elin Sjöberg

[13.05.2024 08:41] Elin Sjöberg (Nordvik Appliances): Morning Andrei! PO 4100078950 went out last night for the dishwasher door harness 8814 302-09
[13.05.2024 08:43] Andrei Popescu (ElectroCab): Good morning Elin, received, thanks. 12 protos right?
[13.05.2024 08:44] Elin Sjöberg (Nordvik Appliances): Yes – twelve (12) prototype harnesses, that's all you build now.
[13.05.2024 08:44] Elin Sjöberg (Nordvik Appliances): bal. 288 of the pilot lot in your quote stays blocked, not released
[13.05.2024 08:46] Andrei Popescu (ElectroCab): understood. what do you need before we can talk about the 288?
[13.05.2024 08:49] Elin Sjöberg (Nordvik Appliances): proto sign-off from our lab in Jönköping first, then Magnus Ek (Materials Manager) sends the written release. Nothing from me in chat counts as release for the 288 😊
[13.05.2024 08:50] Andrei Popescu (ElectroCab): ok clear. material only for 12 then. crimp height report for the 0.5 FLRY we send together with the parts
[13.05.2024 08:51] Elin Sjöberg (Nordvik Appliances): perfect, thanks! and pls use the new label format with the Nordvik PN 8814 302-09
[13.05.2024 08:52] Andrei Popescu (ElectroCab): 👍
[13.05.2024 14:20] Andrei Popescu (ElectroCab): fyi DHL pickup for the protos booked for 27.05
""")])

# ---- c15: DOCX meeting report, PPAP interim disposition with limits (table)
case("c15_de_ma_interim_ppap_docx", [],
     "PPAP interim with limits (300 pcs, until 30.06.) and a named production release for 300; 4,700 not released until full sign-off + written release by T. Wendt",
     [("Besprechungsprotokoll_PPAP_KF-6230-118.docx", docx_bytes([
         ("h1", "Besprechungsprotokoll / Meeting report – PPAP review KF-6230-118 rev B"),
         ("p", "Ort/Place: Atlas Faisceaux SA, Tanger Automotive City. Datum/Date: 22.05.2024."),
         ("table", [
             ["Teilnehmer / Attendee", "Firma / Company", "Funktion / Role"],
             ["Bernd Hofmeister", "Kessler Fahrzeugtechnik", "Supplier Quality Engineer"],
             ["Thomas Wendt", "Kessler Fahrzeugtechnik", "Head of Supply Chain Electrics"],
             ["Nadia Bennani", "Atlas Faisceaux", "Quality Manager"],
             ["Youssef El Idrissi", "Atlas Faisceaux", "Directeur Commercial"],
         ]),
         ("h", "1. PPAP disposition"),
         ("p", p("""PPAP status for KF-6230-118 rev B: interim. Limits: max. 300 pcs, valid until
            30.06.2024. Open point: tape wrapping at branch B7 (manual rework instruction AF-RI-044
            until the taping machine is requalified).""")),
         ("h", "2. Production release under the interim"),
         ("p", p("""Production release KF-REL-24-0091 for 300 pcs, signed by Thomas Wendt on 22.05.2024.
            These 300 pcs are the active quantity.""")),
         ("p", p("""The remaining 4,700 pcs of the 2024 scheduling agreement are not released. Unlock: full
            PPAP sign-off (status "approved") plus a written production release by Thomas Wendt.
            Material authority: 300 pcs.""")),
         ("h", "3. Other topics"),
         ("li", "EDI: OFTP2 connection test for DELFOR/DELJIT planned CW 24 (Atlas IT: M. Tazi)."),
         ("li", "Packaging: KLT 4147, 12 harnesses per KLT, VDA 4902 labels."),
         ("li", "Crimp height SPC on Komax CFM: Cpk 1.67 reached on all 9 terminal types."),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Close B7 rework, requalify taping machine", "N. Bennani", "14.06.2024"],
             ["Resubmit PPAP for full sign-off", "N. Bennani", "21.06.2024"],
         ]),
     ], author="Bernd Hofmeister"))])

# ---- c16: identifiers that look like quantities (PDF, US letter)
case("c16_us_mx_identifiers_po_pdf", [],
     "ten (10) prototypes active; program estimate 2,500 labelled informational, not released; event + Sandra Kowalczyk; many number-like identifiers",
     [("PO_77-32010.pdf", pdf([
         ("h1", "PURCHASE ORDER 77-32010"),
         ("p", "Harlan Industrial Controls Inc. - 4400 Research Blvd, Building 3000 - Dayton, OH 45420 - USA"),
         ("p", "Vendor: Arneses del Bajío S.A. de C.V., Av. Tecnológico 1200, Ciudad Juárez, Chih. 32500, Mexico - vendor # 100480"),
         ("p", "Date: 05/09/2024 - Buyer: Mike Dorsey - Ship to: Dock 12, Building 3000 - FOB origin"),
         ("table", [
             ["Line", "Part / Rev", "Description", "Qty", "UOM", "Unit $"],
             ["1", "1000-480-250 rev 14", "Prototype harness, drive cabinet, per DWG-5520 rev 14", "10", "EA", "64.00"],
         ]),
         ("h", "Scope"),
         ("p", p("""Quantity released now: ten (10) prototype harnesses 1000-480-250, nothing more. The
            production quantity (program estimate 2,500 pcs, shown for information only) is not
            released and stays on hold until Harlan engineering signs off the prototypes and Sandra
            Kowalczyk, Director of Supply Chain, issues a written production release.""")),
         ("p", "Material authority: 10 units only."),
         ("h", "Technical requirements"),
         ("p", p("""Wire: 18 AWG GXL per SAE J1128, 2500 mm nominal length (+/- 10 mm). Crimp height
            1.25 +/- 0.05 mm; pull-out force per USCAR-21; terminals per DWG-5520 sheet 4, 250-series
            receptacles. Labels per HIC-LBL-004 rev 3. Supplier quality system ISO 9001:2015,
            certificate no. 1000-QMS-480. Hi-pot 1500 VAC / 1 s on each unit.""")),
         ("p", "Payment: Net 45. Ship via UPS Freight account 6Y-22041. Reference PO 77-32010 on all documents."),
     ], pagesize=LETTER, title="PO 77-32010", author="Harlan Industrial Controls"))])
# ---- c17: US supplier-portal release notice (HTML with table)
case("c17_us_portal_release_notice_html", [],
     "portal release R-0007 of 300 (cumulative 900 of 1,800, history shown); balance 900 on hold until run@rate + written release by Sandra Kowalczyk",
     [("Harlan_portal_release_R-0007.html", html_page("Harlan Supplier Portal – Release R-0007", """
<div style="background:#123;color:#fff;padding:6px">Harlan Supplier Portal &nbsp;|&nbsp; Vendor 100480 – Arneses del Bajío S.A. de C.V. &nbsp;|&nbsp; logged in: cruiz</div>
<h2>Production release R-0007 &ndash; PO 77-31650, HC-118-03 rev D (I/O harness)</h2>
<p>Issued 2024-05-15 14:02 EDT by <b>Sandra Kowalczyk</b>, Director of Supply Chain (release authority).</p>
<table>
<tr><th>Release</th><th>Date</th><th>Quantity released</th><th>Cumulative released</th></tr>
<tr><td>R-0005</td><td>2024-03-28</td><td>300</td><td>300</td></tr>
<tr><td>R-0006</td><td>2024-04-22</td><td>300</td><td>600</td></tr>
<tr><td><b>R-0007</b></td><td>2024-05-15</td><td><b>300</b></td><td>900</td></tr>
</table>
<p>PO quantity (commercial cover): 1,800 pcs.</p>
<div class="note"><b>This release:</b> 300 pcs HC-118-03 released for production, ship weeks 22&ndash;23.<br>
<b>Balance on hold:</b> 900 pcs &ndash; not released.<br>
<b>Next release:</b> only after run@rate verification at 40 pcs/h on line 3 and a written release by Sandra Kowalczyk.<br>
<b>Material authority:</b> cumulative released quantity (900 pcs).</div>
<p>Questions: supplier.portal@harlancontrols.com &middot; Acknowledge this release with the button below.</p>
<p><button>Acknowledge R-0007</button></p>
<p style="font-size:11px;color:#777">&copy; 2024 Harlan Industrial Controls Inc. Portal v4.12.1 &ndash; Terms of use &ndash; Privacy</p>
"""))])

# ---- c18: multi-file: PO PDF + supplier quote PDF, quote figure declared informational
case("c18_fr_tn_po_plus_quote_pdf", [],
     "bundle PO + quote: 30 C-samples active, quote's 3,000 declared informational and not released; event + Antoine Giraud",
     [("VAL-PO-24-0402.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER VAL-PO-24-0402"),
         ("p", "Valcourt Équipements SAS - 27 rue de l'Industrie - 69200 Vénissieux - France"),
         ("p", "Fournisseur / Supplier: Câblerie du Sahel SARL, Sousse, Tunisie - Acheteuse: Claire Morel - Date: 03/05/2024"),
         ("table", [
             ["Ligne", "Article", "Désignation", "Qté", "PU EUR", "Livraison"],
             ["10", "VE-4410 rev C", "Faisceau armoire compresseur, échantillon C / C-sample", "30", "33,10", "S23"],
         ]),
         ("h", "Périmètre / Scope"),
         ("p", p("""This order covers 30 C-samples VE-4410 rev C. Your quote CdS-Devis-24-0233 (attached for
            reference) lists a series quantity of 3,000 pcs; that figure is informational only and is
            not released. The balance stays on hold until the C-sample sign-off by Valcourt Quality
            (laboratoire de Lyon) and a written production release from Antoine Giraud, Directeur
            Achats.""")),
         ("p", "Matière / Material: 30 C-samples only."),
         ("p", "Conditions générales d'achat Valcourt CGA-2022. Paiement 60 jours fin de mois."),
     ], title="VAL-PO-24-0402", author="Valcourt Équipements SAS")),
      ("CdS-Devis-24-0233.pdf", pdf([
         ("h1", "DEVIS / QUOTATION CdS-Devis-24-0233"),
         ("p", "Câblerie du Sahel SARL - Zone Industrielle Sidi Abdelhamid - 4061 Sousse - Tunisie"),
         ("p", "Client: Valcourt Équipements SAS - article VE-4410 rev C - date 18/04/2024"),
         ("table", [
             ["Phase", "Quantité", "Prix unitaire EUR", "Délai"],
             ["Échantillons C / C-samples", "30 pcs", "33,10", "4 semaines"],
             ["Série / series", "3,000 pcs", "12,45", "6 semaines après ordre de lancement"],
         ]),
         ("p", "Validité 60 jours. Départ usine Sousse. Outillage de sertissage inclus."),
         ("p", "Sami Ben Amor, Responsable Commercial"),
     ], title="CdS-Devis-24-0233", author="Câblerie du Sahel"))])

# ---- c19: DELJIT full firm call-off with CUM figures labelled for reconciliation
_c19_rows = [("2024-05-16", "07:30"), ("2024-05-16", "15:30"), ("2024-05-17", "07:30"),
             ("2024-05-17", "15:30"), ("2024-05-21", "07:30"), ("2024-05-21", "15:30")]
_c19_lines = "\n".join(f"{d}      {t}   240   FIRM / RELEASED" for d, t in _c19_rows)
case("c19_de_ro_deljit_txt", [],
     "JIT call-off releasing 1,440 (6x240); CUM labelled reconciliation only; next DELJIT by named planner; staged material in DELFOR",
     [("DELJIT_JIT-24-05-14-0032.txt", f"""KESSLER FAHRZEUGTECHNIK GMBH  -  JIT CALL-OFF (DELJIT D.04B)  -  PRINTOUT
CALL-OFF NO : JIT-24-05-14-0032            CREATED : 2024-05-14 06:00
SUPPLIER    : 700455 ELECTROCAB HARNESS SRL, TIMISOARA (RO)
PLANT/DOCK  : INGOLSTADT WERK 2 / TOR 17
PART        : KF-3105-010 REV H   ENGINE HARNESS 1.5 TSI        UOM: PCS
CONTRACT    : SCHEDULING AGREEMENT 5500009921 (PPAP COMPLETE 2023-11-07)

DELIVERY DATE   TIME   QTY   STATUS
{_c19_lines}
---------------------------------------------------------------
TOTAL RELEASED BY THIS CALL-OFF : 1,440 PCS

CUM RECEIVED (AS OF 2024-05-13) : 18,240   -- FOR RECONCILIATION ONLY, NOT A RELEASE
LAST ASN                        : 0004417720  2024-05-13  QTY 240

NOTE: ONLY THE 1,440 PCS ABOVE ARE RELEASED. NO FURTHER QUANTITY IS RELEASED UNTIL
THE NEXT DELJIT CALL-OFF, ISSUED BY KESSLER JIT CONTROL (RESPONSIBLE: MARKUS VOGL,
LOGISTICS PLANNER). MATERIAL: STAGED AUTHORITY FOR 4 WEEKS AS STATED IN DELFOR
DF-24-W20 (SEPARATE DOCUMENT).
TRANSPORT: MILK RUN TIMISOARA - INGOLSTADT, CARRIER DSV, SLOT BOOKING VIA PORTAL.
""")])

# ---- c20: Moroccan supplier asks whether it may buy material for the series (question only)
case("c20_ma_material_question_eml", [],
     "supplier question whether it may buy material for the 12 000 series; buys for 40 only until told otherwise; no authorization in the bundle",
     [("Question_matiere_VE-3301.eml", eml_bytes(mail(
         ATLAS_YE, VALCOURT_CM, "Question matière première – VE-3301 / VAL-PO-24-0318",
         "Tue, 14 May 2024 11:48:00 +0100",
         """Bonjour Claire,

une petite question concernant la commande VAL-PO-24-0318 :

Our wire supplier announces 10 weeks lead time now for FLRY-B 0,5 mm² in the colours of
VE-3301 (GN/YE and BU/WH). Can you confirm whether we are allowed to buy wire and terminals
for the full 12 000 pcs series now, at Valcourt's liability, or only for the 40 prototypes of
your PO?

Sans confirmation écrite de votre part we buy for the 40 prototypes only, as written in the
PO. Just tell us if you want to give a material authority with a quantity.

Cordialement,
Youssef El Idrissi
Directeur Commercial
Atlas Faisceaux SA – Casablanca
+212 522 66 41 80
""")))])

# ---- c21: hold notice (PDF)
case("c21_de_ua_hold_notice_pdf", [],
     "hold notice: 60 active (already released), 440 not released until 8D closure + new written release by T. Wendt; no material beyond 60",
     [("Hold_notice_HN-24-017.pdf", pdf([
         ("h1", "HOLD NOTICE HN-24-017"),
         ("p", "Kessler Fahrzeugtechnik GmbH - Supply Chain Electrics - to: Karpaty Wiring LLC, Lviv - date: 16.05.2024"),
         ("p", "Order: pre-series KF-7702-330 rev B (PO 4500218990), 500 pcs pre-series lot."),
         ("h", "What may continue"),
         ("p", p("""Of the 500 pre-series pcs, only the 60 pcs already released under production release
            KF-REL-24-0077 may be completed and shipped. Active quantity: 60 pcs.""")),
         ("h", "What is on hold"),
         ("p", p("""The remaining 440 pcs are not released. They will be released only after the 8D
            report for complaint Q-24-0311 (terminal back-out at connector X4) has been closed by
            Kessler SQE and Thomas Wendt, Head of Supply Chain Electrics, has issued a new written
            production release.""")),
         ("p", "Do not buy further material beyond the 60 pcs. Please acknowledge this notice by return e-mail."),
         ("sp",),
         ("p", "Thomas Wendt - Head of Supply Chain Electrics - +49 841 9372 100"),
     ], title="HN-24-017", author="Kessler Fahrzeugtechnik GmbH"))])

# ---- c22: deviation permit scoped to samples (PDF)
case("c22_se_rs_deviation_permit_pdf", [],
     "deviation approved for the 40 C-samples only, production not released, series 1,960 on hold until sign-off + written release by Per Håkansson",
     [("Deviation_permit_DP-24-031.pdf", pdf([
         ("h1", "DEVIATION PERMIT DP-24-031"),
         ("p", "Lindqvist Truck Systems AB - Södertälje, Sweden - Supplier: Sava Kablovi d.o.o., Nis - PO 4600033127"),
         ("table", [
             ["Field", "Content"],
             ["Part", "LTS 2210 812 rev C, chassis harness rear"],
             ["Deviation", "Wire colour BK/WH instead of BK/GN on circuit 31 (wire 0.75 mm²), pending supply of correct colour"],
             ["Applies to", "the 40 C-samples of PO 4600033127 only"],
             ["Validity", "until 30.06.2024 or delivery of the 40 C-samples, whichever is first"],
         ]),
         ("p", p("""Deviation DP-24-031 is approved for the 40 C-samples only. It does not apply to any
            production quantity; production is not released. The series balance of 1,960 pcs stays
            on hold until C-sample sign-off and a written production release from Per Håkansson, Head
            of Purchasing Electrical.""")),
         ("p", "Marking: each harness of the 40 with yellow tag \"DP-24-031\" at connector X1."),
         ("p", "Issued by: Sofia Lind, Supplier Quality Engineer, 14.05.2024."),
     ], title="DP-24-031", author="Lindqvist Truck Systems AB"))])

# ---- c23: Ukrainian supplier weekly status report (TXT)
case("c23_ua_status_report_txt", [],
     "supplier status report: 24 B-samples built and tested; series not started, not released, waiting for sign-off + written release by Magnus Ek",
     [("Status_report_KW20_Nordvik.txt", """KARPATY WIRING LLC – WEEKLY STATUS REPORT – CUSTOMER NORDVIK APPLIANCES AB
Week: KW20/2024        Prepared by: Iryna Kovalenko, Quality Manager      Date: 17.05.2024

1) PO 4100078812 – B-samples oven harness
   8814 420-11 rev C  12 pcs   cutting done / crimping done / taping done / EOL 100 % OK
   8814 421-11 rev C  12 pcs   cutting done / crimping done / taping done / EOL 100 % OK
                               (2 pcs reworked: wrong cavity X7 pin 4, repaired and retested)
   Crimp cross-sections: 9 terminal types, all OK, report KW-CS-24-118 attached to shipment.
   Shipment: 21.05.2024, DHL Freight, 2 cartons, 31 kg.

2) Series 2 x 3,000 pcs/yr (quote KW-Q-0291)
   Status: NOT STARTED. Not released. We wait for your B-sample sign-off and the written
   production release from Mr. Magnus Ek. No series material ordered.
   Material on hand for this project: for the 24 B-samples only.

3) General
   - Power supply: generator tested 15.05, 4 h autonomy, no impact on deliveries.
   - Audit: IATF 16949 surveillance audit passed 08.05.2024, 0 major / 2 minor.
   - Holidays: 28.06 Constitution Day, plant closed.

Contact: i.kovalenko@karpaty-wiring.com.ua / +380 32 245 11 87
""")])
# ---- c24: multi-file: release letter (PDF, German number format) + cover e-mail (English format)
case("c24_de_ro_release_letter_plus_cover", [],
     "release of 1.000 Stück = 1,000 pcs in both documents (European vs English format); 3,000 on hold until run@rate + written release by Stefan Kraus",
     [("Produktionsfreigabe_PR-24-0042.pdf", pdf([
         ("h1", "Produktionsfreigabe / Production release PR-24-0042"),
         ("p", "Brenner Hausgeräte GmbH - Materialwirtschaft - Dillingen an der Donau - Datum/date: 15.05.2024"),
         ("p", "An/To: ElectroCab Harness SRL, Timisoara - Rahmenbestellung/blanket PO 4700011940 - Teil/part BH-5510-22 rev D"),
         ("table", [
             ["", "Menge / quantity"],
             ["PO-Menge / PO quantity (commercial cover)", "4.000 Stück"],
             ["Freigabemenge / released by this letter", "1.000 Stück"],
             ["Nicht freigegeben / not released (balance on hold)", "3.000 Stück"],
         ]),
         ("p", p("""Nach der Musterabnahme vom 13.05.2024 (Prüfbericht TR-24-118) gibt Brenner hiermit
            1.000 Stück (eintausend) für die Produktion frei. / Following the sample sign-off of
            13.05.2024 (test report TR-24-118), Brenner releases 1.000 pcs (one thousand) for
            production.""")),
         ("p", p("""Die restlichen 3.000 Stück der Bestellung sind nicht freigegeben. / The remaining
            3.000 pcs of the PO are not released; the next release requires run@rate evidence
            (target 60 Stück/h) and a written release from Stefan Kraus.""")),
         ("p", "Material: for the released 1.000 Stück only."),
         ("sp",),
         ("p", "Stefan Kraus - Leiter Materialplanung / Materials Planning Manager"),
     ], title="PR-24-0042", author="Brenner Hausgeräte GmbH")),
      ("Mail_PR-24-0042.eml", eml_bytes(mail(
         BRENNER_SK, ECH_AP, "Production release PR-24-0042 – BH-5510-22 rev D – 1,000 pcs",
         "Wed, 15 May 2024 13:10:00 +0200",
         """Dear Andrei,

attached our production release PR-24-0042 for 1,000 pcs BH-5510-22 rev D.
The other 3,000 pcs of PO 4700011940 remain on hold as described in the letter.

Please confirm receipt and the first delivery date.
""" + sig_de("Stefan Kraus", "Leiter Materialplanung / Materials Planning Manager",
                "Brenner Hausgeräte GmbH, Dillingen", "+49 9071 58 2210"))))])

# ---- c25: German-English buyer mail with explicit staged material authority (DOCX attached)
case("c25_de_rs_staged_material_docx_eml", [],
     "explicit staged material authority up to 1,000 at buyer's liability; production released 100 only; 900 on hold until sign-off + written release by T. Wendt",
     [("KF-8810-005_housings.eml", eml_bytes(mail(
         KESSLER_JB, SAVA_MJ, "Material authority KF-8810-005 – 40-pole housings lead time",
         "Thu, 16 May 2024 08:15:00 +0200",
         """Hallo Marko,

as discussed yesterday by phone: because of the 16-week lead time of the 40-pole connector
housings we give you a staged material authority for KF-8810-005 rev A.

- Material authority (staged): you may buy housings, terminals and seals for up to 1,000
  harnesses at Kessler's liability.
- Production released: 100 pcs (pilot lot) only.
- The remaining 900 pcs are not released until C-sample sign-off and a written production
  release by Thomas Wendt.

The attached statement is the formal version, signed by Thomas Wendt. Please confirm by
return mail.
""" + sig_de("Jana Brückner", "Einkauf Elektrik/Elektronik / Purchasing Electrics",
                "Kessler Fahrzeugtechnik GmbH", "+49 841 9372 118"),
         attachments=[("Material_authority_MA-24-0012.docx", docx_bytes([
             ("h1", "Material authority statement MA-24-0012"),
             ("p", "Order: KF-8810-005 rev A, supplier Sava Kablovi d.o.o., PO 4500219230."),
             ("table", [
                 ["Item", "Quantity (harness units)", "Status"],
                 ["Production released", "100", "pilot lot, may be built now"],
                 ["Material authority (staged)", "1,000", "material only, at Kessler's liability"],
                 ["Not released", "900", "on hold until C-sample sign-off and written release by Thomas Wendt"],
             ]),
             ("p", "Material covered: 40-pole housings, terminals, single-wire seals. Wire and tape are not covered beyond 100 units."),
             ("p", "Signed: Thomas Wendt, Head of Supply Chain Electrics, 16.05.2024."),
         ], author="Thomas Wendt"), DOCX_MT)])))])
# =================================================================== RISKY
# ---- p01 (A1): bare French sample PO (PDF) — says nothing about balance, event or person
case("p01_fr_ua_bare_sample_po_pdf", ["RG003", "RG004", "RG005"],
     "sample PO for 20 B-samples; never says the rest is not released, names no unlock event and no release person",
     [("VAL-PO-24-0455.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER VAL-PO-24-0455"),
         ("p", "Valcourt Équipements SAS - 27 rue de l'Industrie - 69200 Vénissieux - France - SIRET 412 887 310 00027"),
         ("p", "Fournisseur / Supplier: Karpaty Wiring LLC, vul. Zavodska 21, 79019 Lviv, Ukraine - code fournisseur 60218"),
         ("p", "Date: 07/05/2024 - Acheteuse / Buyer: Claire Morel - tél. +33 4 72 18 40 55"),
         ("table", [
             ["Ligne", "Article", "Désignation", "Qté", "PU EUR", "Total EUR", "Livraison"],
             ["10", "VE-5120 rev B", "Faisceau pompe à chaleur, échantillons B / B-samples", "20", "58,40", "1 168,00", "S24"],
         ]),
         ("p", "Incoterms 2020: FCA Lviv. Transporteur: Raben (compte VAL-0937). Paiement: 60 jours fin de mois."),
         ("p", p("""Exigences qualité / quality requirements: continuity and insulation test 100 %, crimp height
            log per terminal lot, photos of connector X1 and X5 before packing. Each harness labelled
            "ECHANTILLON B".""")),
         ("p", "Adresse de facturation: Valcourt Équipements SAS, Service Comptabilité Fournisseurs, BP 118, 69631 Vénissieux Cedex."),
         ("p", "Merci de confirmer la réception de cette commande sous 48 h. / Please acknowledge this order within 48 h."),
     ], title="VAL-PO-24-0455", author="Valcourt Équipements SAS"))])

# ---- p02 (A2): US ERP printout: 12 protos, PROGRAM QTY 8,000 printed beside it, nothing else
case("p02_us_mx_erp_program_qty_txt", ["RG001", "RG003", "RG004", "RG005"],
     "prototype PO printout shows PROGRAM QTY 8,000 beside 12 protos with no 'not released'; no hold, no unlock event, no release person",
     [("PO_BW-24-1142.txt", """BRIGHTWATER AGRITECH LLC                                   PURCHASE ORDER
2100 Prairie Ridge Rd, Ankeny IA 50021                     PO NUMBER : BW-24-1142
                                                           PO DATE   : 05/06/2024
                                                           REVISION  : 0
VENDOR  : 300912  ARNESES DEL BAJIO SA DE CV
          AV TECNOLOGICO 1200, CD JUAREZ CHIH 32500 MX
SHIP TO : BRIGHTWATER AGRITECH - PROTO SHOP BLDG 2
BUYER   : D. WHITFIELD        TERMS: NET 45        FOB: ORIGIN
PROGRAM : AG-450 SPRAYER BOOM CONTROL                PROGRAM QTY: 8,000
--------------------------------------------------------------------------------
LN  PART NO.       REV  DESCRIPTION                     QTY  UM    UNIT $     EXT $
 1  AG-450-02      A    HARNESS, BOOM VALVE, PROTOTYPE   12  EA    71.50     858.00
--------------------------------------------------------------------------------
                                                          PO TOTAL $     858.00
NOTES:
 * DEUTSCH DT SERIES CONNECTORS PER DWG AG-450-02 SHT 2. NO SUBSTITUTES.
 * 16 AWG TXL, IP67 OVERMOLD AT JUNCTION J3.
 * SHIP WITH CONTINUITY REPORT AND CRIMP PULL DATA.
 * INVOICE TO AP@BRIGHTWATER-AG.COM, REFERENCE PO NUMBER.
--------------------------------------------------------------------------------
STANDARD TERMS AND CONDITIONS BW-TC-07 APPLY.
""")])

# ---- p03 (A3): Swedish buyer mail "supply the 30 C-samples per your attached quote"; quote shows 3,000 series
case("p03_se_rs_mail_with_quote_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "mail orders 30 C-samples 'per your attached quote' whose series tier of 3,000 is not called informational; no hold, event or person",
     [("PO_4600033301_C-samples.eml", eml_bytes(mail(
         LTS_PH, SAVA_MJ, "PO 4600033301 – C-samples LTS 2210 880 rev B",
         "Wed, 08 May 2024 14:27:00 +0200",
         """Hej Marko,

please supply the 30 C-samples LTS 2210 880 rev B per your attached quote SK-Q-24-077.
PO number 4600033301 for your reference, the SAP printout follows separately.

Delivery to Södertälje goods receipt, gate 4, by week 24, FCA Niš. Please send the crimp
cross-section reports and the EOL test log with the parts, and mark each harness
"C-PROV".

Tack och hälsningar,
Per Håkansson
Head of Purchasing Electrical
Lindqvist Truck Systems AB, Södertälje
+46 8 553 810 40
""", attachments=[("SK-Q-24-077.pdf", pdf([
             ("h1", "QUOTATION SK-Q-24-077"),
             ("p", "Sava Kablovi d.o.o. - Nis, Serbia - to Lindqvist Truck Systems AB - 22.04.2024"),
             ("p", "Part: LTS 2210 880 rev B, cab roof harness"),
             ("table", [
                 ["Phase", "Quantity", "Price EUR/pc", "Lead time"],
                 ["C-samples", "30 pcs", "44.20", "5 weeks"],
                 ["Series", "3,000 pcs", "19.85", "8 weeks"],
             ]),
             ("p", "Prices FCA Nis. Validity 90 days. Copper basis 8.50 EUR/kg."),
             ("p", "Marko Jovanovic, Sales Manager"),
         ], title="SK-Q-24-077", author="Sava Kablovi"), PDF_MT)])))])

# ---- p04 (A4): WhatsApp-style chat: 15 proto harnesses, nothing else
case("p04_se_ua_whatsapp_15_proto_txt", ["RG003", "RG004", "RG005"],
     "chat asks for 15 proto harnesses; never says anything beyond them is not released, no unlock event, no release person",
     [("WhatsApp_Chat_Nordvik_Karpaty.txt", """WhatsApp Chat with Oleksandr Karpaty Wiring

02/05/2024, 07:58 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
02/05/2024, 07:58 - Elin Sjöberg: Hi Oleksandr, Elin from Nordvik here, got your number from Iryna
02/05/2024, 08:05 - Oleksandr Hnatyuk: Hello Elin, yes of course. How can I help?
02/05/2024, 08:07 - Elin Sjöberg: pls make 15 proto harness 8814 530-01 rev A for our EMC test, ship to Göteborg lab by wk 19
02/05/2024, 08:07 - Elin Sjöberg: PO 4100078701 comes from SAP today, drawing is in the portal
02/05/2024, 08:11 - Oleksandr Hnatyuk: OK. wk 19 is tight but we manage. Shielded cable for X3 we have in stock
02/05/2024, 08:12 - Elin Sjöberg: super 🙏 the EMC lab slot is booked for 13 May, cannot move it
02/05/2024, 08:14 - Oleksandr Hnatyuk: understood. we send by DHL express, tracking tomorrow evening
02/05/2024, 08:15 - Elin Sjöberg: thank you!! greetings to Iryna
06/05/2024, 17:40 - Oleksandr Hnatyuk: DHL 1Z 4E8 712 04 6624 8810, 2 boxes
06/05/2024, 17:52 - Elin Sjöberg: 👍
""")])

# ---- p05 (A5): German-English "please start with the samples" — no quantity at all
case("p05_de_ma_samples_as_discussed_eml", ["RG003", "RG004", "RG005", "RG010"],
     "short buyer mail 'start with the samples as discussed': no quantity, no hold on the rest, no unlock event, no release person",
     [("BH-9902-01_Muster.eml", eml_bytes(mail(
         BRENNER_SK, ATLAS_YE, "BH-9902-01 Muster / samples",
         "Fri, 03 May 2024 11:02:00 +0200",
         """Hallo Herr El Idrissi,

as discussed in the call this morning please start with the samples for BH-9902-01.
The PO follows from SAP, number 4700013377. Delivery asap, latest KW 24.
Drawing rev A is in the supplier portal, the connector list you have from Mr. Tazi.

Danke und schönes Wochenende
""" + sig_de("Stefan Kraus", "Leiter Materialplanung / Materials Planning Manager",
                "Brenner Hausgeräte GmbH, Dillingen", "+49 9071 58 2210"))))])

# ---- p06 (A6): hold "until further notice" + named authority, no unlock event
case("p06_us_mx_until_further_notice_eml", ["RG004"],
     "25 pilot harnesses released, 975 on hold 'until further notice'; release authority named but no unlock event",
     [("PO_77-32115_pilot.eml", eml_bytes(mail(
         HARLAN_MD, ADB_CR, "PO 77-32115 – HC-410-02 pilot harnesses",
         "Mon, 13 May 2024 09:40:00 -0400",
         """Carolina,

PO 77-32115 is on its way from our ERP. Scope, so there's no confusion later:

- 25 pilot harnesses HC-410-02 rev A are released now. Ship by June 7.
- The remaining 975 pcs from your quote Q-ADB-24-0311 stay on hold until further notice.
  Release authority for that balance is Sandra Kowalczyk, our Director of Supply Chain.
- Material: pilot quantity only.

The harness goes into the new HX-4 drive cabinet, so please pay attention to the bend
radius at the door hinge (min. 6x OD). Drawing DWG-6610 rev A, 22 circuits, 20 AWG.

Thanks,
Mike
""" + sig("Mike Dorsey", "Senior Buyer, Electrical Components", "Harlan Industrial Controls Inc., Dayton, OH", "+1 937 555 0142"))))])

# ---- p07 (A7): supplier-portal order scope: hold + event, but "Brenner Purchasing" (no named person)
case("p07_de_rs_portal_dept_only_html", ["RG005"],
     "portal order scope: 36 released, 1,464 on hold until C-sample sign-off and written release from 'Brenner Purchasing' — no named person",
     [("Brenner_SupplierPortal_4700013510.html", html_page("Brenner Supplier Portal – Order 4700013510", """
<div style="background:#7a0c0c;color:#fff;padding:6px">BRENNER Hausgeräte &middot; Supplier Portal &middot; Lieferant 40331 Sava Kablovi d.o.o.</div>
<h2>Order 4700013510 &ndash; line 10</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Part</td><td>BH-6120-04 rev A &ndash; harness, induction hob power board</td></tr>
<tr><td>Order type</td><td>C-samples</td></tr>
<tr><td>Released for production</td><td>36 pcs</td></tr>
<tr><td>Balance</td><td>1,464 pcs &ndash; not released</td></tr>
<tr><td>Requested delivery</td><td>CW 24 / 2024</td></tr>
<tr><td>Incoterms</td><td>FCA Ni&scaron;</td></tr>
</table>
<div class="note">The balance of 1,464 pcs is on hold until C-sample sign-off (lab report from Brenner test lab)
and a written release from Brenner Purchasing. Material authority: 36 pcs.</div>
<p>Contact: purchasing-electrics@brenner-hg.de &middot; Documents: drawing BH-6120-04_A.pdf, VDA 4902 label template</p>
<p style="font-size:11px;color:#777">Brenner Supplier Portal 3.8 &ndash; Impressum &ndash; Datenschutz</p>
"""))])

# ---- p08 (B1): PO prints annual requirement "per OEM forecast – firmly ordered" beside 24 B-samples
case("p08_de_ma_annual_firm_po_pdf", ["RG001", "RG008"],
     "PO prints annual requirement 12.000 'per customer forecast – hereby firmly ordered' beside 24 released samples, not called informational",
     [("PO_4500219377.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4500219377"),
         ("p", "Kessler Fahrzeugtechnik GmbH - Einkauf Elektrik/Elektronik - 85080 Gaimersheim - Germany"),
         ("p", "Lieferant / supplier: Atlas Faisceaux SA, Casablanca, Morocco - Lieferantennr. 700512 - Datum: 10.05.2024 - Einkäuferin: Jana Brückner"),
         ("table", [
             ["Feld / field", "Inhalt / content"],
             ["Teil / part", "KF-2290-041 rev A, Kabelbaum Heckklappe / tailgate harness"],
             ["Jahresbedarf 2025 / annual requirement 2025", "12.000 Stück lt. Kundenprognose - hiermit verbindlich bestellt / 12,000 pcs per customer forecast - hereby firmly ordered"],
             ["B-Muster / B-samples", "24 Stück / pcs"],
             ["Preis / price", "B-Muster 41,30 EUR; Serie 14,95 EUR"],
         ]),
         ("h", "Umfang / scope"),
         ("p", p("""B-samples: 24 pcs are released for production now. The remaining 976 pcs of the
            pre-series lot are not released; unlock: B-sample sign-off by Kessler Electrical
            Validation and a written production release by Thomas Wendt, Head of Supply Chain
            Electrics.""")),
         ("p", "Material: for the 24 B-samples only."),
         ("p", "Lieferung: FCA Casablanca. Zahlung: 60 Tage netto. Es gelten die Kessler Einkaufsbedingungen Ausgabe 2023."),
     ], title="PO 4500219377", author="Kessler Fahrzeugtechnik GmbH"))])

# ---- p09 (B2): multi-file PO (pilot 20 of 200, rest of pilot lot on hold) + quote with 6,000/yr series, not addressed
case("p09_se_ro_po_plus_quote_series", ["RG001"],
     "bundle: PO releases 20 and holds the other 180 of the pilot lot, but the attached quote's 6,000/yr series is never called informational or not released",
     [("PO_4100079055.pdf", pdf([
         ("h1", "PURCHASE ORDER 4100079055"),
         ("p", "Nordvik Appliances AB - Box 412 - SE-551 16 Jönköping - Sweden - buyer: Elin Sjöberg"),
         ("p", "Supplier: ElectroCab Harness SRL, Timisoara, Romania - date 2024-05-10 - your quote ECH-2024-0518 (attached)"),
         ("table", [
             ["Line", "Item / rev", "Description", "Qty", "UOM", "Price EUR"],
             ["10", "8814 610-02 / A", "Harness, tumble dryer heater, pilot build 1", "20", "PCS", "22.80"],
         ]),
         ("h", "Scope"),
         ("p", p("""Pilot lot: 200 pcs, of which 20 pcs (pilot build 1) are released now. The remaining
            180 pcs of the pilot lot are not released until pilot sign-off by the Nordvik lab and a
            written release by Magnus Ek, Materials Manager.""")),
         ("p", "Material authority: 20 pcs."),
         ("p", "Terms: net 60, FCA Timisoara. Nordvik general purchasing conditions NGPC-2021 apply."),
     ], title="PO 4100079055", author="Nordvik Appliances AB")),
      ("Quote_ECH-2024-0518.pdf", pdf([
         ("h1", "QUOTATION ECH-2024-0518"),
         ("p", "ElectroCab Harness SRL - Timisoara - to Nordvik Appliances AB - 29.04.2024"),
         ("p", "Part 8814 610-02 rev A, tumble dryer heater harness"),
         ("table", [
             ["Phase", "Quantity", "Unit price EUR", "Lead time"],
             ["Pilot lot", "200 pcs", "22.80", "4 weeks"],
             ["Series", "6,000 pcs / year", "9.40", "6 weeks"],
         ]),
         ("p", "Validity 90 days. Copper basis DEL 800."),
         ("p", "Ioana Marin, Key Account Manager"),
     ], title="ECH-2024-0518", author="ElectroCab Harness SRL"))])

# ---- p10 (B3): DOCX PO with table carrying a production-quantity column, nothing else
case("p10_se_ua_docx_po_prod_column", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX PO table shows sample qty 18 and production qty 1,800 side by side; no 'not released', no unlock event, no release person",
     [("PO_4600033410.docx", docx_bytes([
         ("h1", "Purchase order 4600033410"),
         ("p", "Lindqvist Truck Systems AB, Purchasing Electrical, Södertälje – to Karpaty Wiring LLC, Lviv. Date 2024-05-14."),
         ("table", [
             ["Item", "Part / rev", "Description", "Sample qty", "Production qty", "Unit price EUR"],
             ["10", "LTS 2210 990 rev A", "Cab harness, left-hand drive", "18", "1,800", "118.00 / 74.50"],
         ]),
         ("p", "This order covers the B-samples listed above. Delivery to Södertälje, gate 4, week 25, FCA Lviv."),
         ("p", "Requirements: PPAP level 3 at C-sample stage; EOL test log and crimp cross-sections with delivery; labels per LTS-STD-4410."),
         ("p", "Lindqvist general conditions of purchase LTS-GCP-2020 apply. Payment 60 days net."),
         ("p", "Per Håkansson, Head of Purchasing Electrical"),
     ], author="Per Håkansson"))])
# ---- p11 (C1): Tunisian supplier reply: material already ordered for the full 1,500 (buyer scope quoted)
_p11_orig = f"""-----Message d'origine-----
De : {KESSLER_JB}
Envoyé : lundi 6 mai 2024 09:02
À : {SAHEL_HT}
Objet : PO 4500219260 – C-samples KF-5120-410

Dear Hichem,

PO 4500219260: 30 C-samples KF-5120-410 rev A are released. The balance of 1,470 pcs is on
hold until C-sample sign-off by our validation lab and a written production release by
Thomas Wendt. Material authority: sample quantity only (30).

Best regards
Jana Brückner"""
case("p11_tn_material_full_lot_eml", ["RG006"],
     "supplier has ordered terminals, seals and wire for the full 1,500 while only 30 are released and material authority is sample-only",
     [("RE_PO_4500219260_C-samples.eml", eml_bytes(mail(
         SAHEL_HT, KESSLER_JB, "RE: PO 4500219260 – C-samples KF-5120-410",
         "Wed, 15 May 2024 17:21:00 +0100",
         f"""Bonjour Jana,

the 30 C-samples KF-5120-410 will leave Sousse on Friday with Bolloré, AWB follows.

For your information: because the MQS 0.64 terminals are now at 18 weeks lead time, we
have already ordered the terminals, the seals and the FLRY-B 0,35 wire for the full 1,500
harnesses, so that we are not blocked later. The material arrives in two lots (CW 24 and
CW 27) and is reserved for Kessler in our store. Of course we do not start any production
beyond the 30 before your release.

Bonne soirée,
Hichem Trabelsi
Responsable Production / Plant Manager
Câblerie du Sahel SARL – Sousse
+216 73 368 210

{quote(_p11_orig)}
""")))])

# ---- p12 (C2): multi-file: buyer ERP PO (40 samples, material sample-only) + supplier's own PO to its distributor for 2,000 sets
case("p12_se_rs_po_plus_supplier_material_po", ["RG006"],
     "bundle: buyer releases 40 samples with sample-only material; supplier's own purchase order buys 2,000 connector/terminal sets for this project",
     [("PO_4100079003.txt", """NORDVIK APPLIANCES AB                                         PURCHASE ORDER
Box 412, SE-551 16 Jönköping                                  PO NO.   4100079003
                                                              DATE     2024-05-09
SUPPLIER  40218  SAVA KABLOVI D.O.O.
                 Bulevar 12. februar 84, 18000 NIS, SERBIA
BUYER            ELIN SJOBERG   +46 36 190 4417
TERMS            NET 60 / FCA NIS (INCOTERMS 2020)
-----------------------------------------------------------------------------------------
LN  ITEM          REV  DESCRIPTION                        QTY  UOM   PRICE EUR  DUE
10  8814 311-04   B    HARNESS, WM-80 MAIN, C-SAMPLE       40  PCS      27.15  2024-06-21
-----------------------------------------------------------------------------------------
NOTE TO SUPPLIER:
 RELEASED NOW: 40 C-SAMPLES ONLY. SERIES QTY PER QUOTE SK-Q-24-061 (2,000 PCS/YR)
 IS NOT RELEASED - ON HOLD UNTIL C-SAMPLE SIGN-OFF BY NORDVIK LAB AND WRITTEN
 PRODUCTION RELEASE SIGNED BY MAGNUS EK, MATERIALS MANAGER.
 MATERIAL AUTHORITY: SAMPLE QTY ONLY (40).
-----------------------------------------------------------------------------------------
"""),
      ("Narudzbenica_SK-NAB-24-0912.pdf", pdf([
         ("h1", "NARUDZBENICA / PURCHASE ORDER SK-NAB-24-0912"),
         ("p", "Sava Kablovi d.o.o. - Nabavka / Procurement - Nis - 14.05.2024"),
         ("p", "To: Konektor Trade d.o.o., Autoput 22, 11070 Novi Beograd - customer account 8812"),
         ("p", "Project: customer Nordvik Appliances AB, PO 4100079003, harness 8814 311-04 rev B (WM-80 main)"),
         ("table", [
             ["Pos.", "Material", "Qty", "Unit", "Price EUR", "Delivery"],
             ["1", "Housing 12-pole, natural, per BOM 8814 311-04 pos. 3", "2,000", "pcs", "0.412", "CW 23"],
             ["2", "Receptacle terminal 2.8 mm, tin, 0.5-1.0 mm²", "24,000", "pcs", "0.031", "CW 23"],
             ["3", "Single-wire seal, yellow", "24,000", "pcs", "0.018", "CW 23"],
             ["4", "FLRY-B 0.75 mm² BK, reel 500 m", "30", "reels", "61.00", "CW 22"],
         ]),
         ("p", "Remark: quantities = 2,000 harness sets for the Nordvik series. Please deliver complete, partial deliveries only after agreement."),
         ("p", "Ordered by: Dragan Ilic, Purchasing - countersigned: Jelena Petrovic"),
     ], title="SK-NAB-24-0912", author="Sava Kablovi d.o.o."))])

# ---- p13 (C3): Mexican supplier: deposit received -> bought material for all 800 and starts the run (buyer PO quoted)
_p13_orig = """From: Dana Whitfield <dwhitfield@brightwater-ag.com>
Sent: Tuesday, May 7, 2024 2:18 PM
To: Luis Hernández <lhernandez@arnesesbajio.com.mx>
Subject: PO BW-24-1203 – AG-910-01 prototypes

Luis,

PO BW-24-1203 covers 20 prototype harnesses AG-910-01 rev A only. The remaining 780 from
your program quote are not released until our prototype sign-off and my written release
(Dana Whitfield, Director of Supply Chain). Material: 20 units only.
A 30 % deposit on the prototype and test-fixture value is payable per our terms.

Dana"""
case("p13_mx_deposit_bought_material_eml", ["RG006", "RG012"],
     "supplier reads the deposit as the go: buys material for all 800 and starts the run while only 20 prototypes are released",
     [("RE_PO_BW-24-1203_AG-910-01.eml", eml_bytes(mail(
         ADB_LH, BW_DW, "RE: PO BW-24-1203 – AG-910-01 prototypes",
         "Fri, 17 May 2024 12:44:00 -0600",
         f"""Hi Dana,

thanks a lot – deposit of USD 4,350.00 received today.

With the deposit in hand we already bought the wire, the Deutsch terminals and the
convoluted loom for all 800 units, and line 5 will start the run on Monday so you get
them before the season. The 20 prototypes ship Wednesday as planned.

Best regards,
Luis Hernández
Gerente de Ventas / Sales Manager
Arneses del Bajío S.A. de C.V. – Planta Ciudad Juárez
+52 656 688 2140

{quote(_p13_orig)}
""")))])

# ---- p14 (C4): chat: supplier has 1,000 sets staged while 24 are released
case("p14_de_ua_teams_staged_sets_txt", ["RG006"],
     "chat: buyer releases 24 B-samples with sample-only material; supplier reports 1,000 terminal/seal sets and tube staged for the part",
     [("Teams_Kessler_Karpaty_KF-7702.txt", """Microsoft Teams – chat export
Chat: Kessler / Karpaty – KF-7702-330
Exported: 2024-05-22 17:12 by Jana Brückner

[06.05.2024 09:12] Jana Brückner (Kessler): Hi Oleksandr, PO 4500219120 is out: 24 B-samples KF-7702-330 rev A released, nothing more.
[06.05.2024 09:13] Jana Brückner (Kessler): balance 976 pcs on hold until B-sample sign-off in Ingolstadt + written production release by Thomas Wendt. Material authority: samples only
[06.05.2024 09:20] Oleksandr Hnatyuk (Karpaty): Received, thank you Jana. Samples ready wk 21
[21.05.2024 16:02] Oleksandr Hnatyuk (Karpaty): Samples shipped today, DHL 7731 0042 118
[21.05.2024 16:04] Oleksandr Hnatyuk (Karpaty): btw we have 1k sets of terminals + seals and the Ø 8 mm corrugated tube already in our warehouse, reserved only for your part, so we are ready for the series 🙂
[21.05.2024 16:30] Jana Brückner (Kessler): ok… let's talk about this in the Monday call
[21.05.2024 16:31] Oleksandr Hnatyuk (Karpaty): sure, Monday 10:00
""")])

# ---- p15 (C5): multi-file: buyer PO (40 C-samples, complete) + supplier OC: material for 2,000 ordered, series follows directly after approval
case("p15_se_rs_po_plus_oc_autoseries", ["RG006", "RG007"],
     "supplier OC: material for the full 2,000 already ordered and series of 1,960 to follow directly after C-sample approval; buyer PO releases 40 only",
     [("PO_4600033127.pdf", pdf([
         ("h1", "PURCHASE ORDER 4600033127"),
         ("p", "Lindqvist Truck Systems AB - Purchasing Electrical - Södertälje - Sweden"),
         ("p", "Supplier: Sava Kablovi d.o.o., Nis, Serbia - date 2024-05-06 - buyer: Per Håkansson"),
         ("table", [
             ["Item", "Part / rev", "Description", "Qty", "Price EUR"],
             ["10", "LTS 2210 812 rev C", "Chassis harness rear, C-sample", "40", "96.00"],
         ]),
         ("p", p("""Scope: 40 C-samples are released. The series balance of 1,960 pcs is not released and
            stays on hold until C-sample sign-off by Lindqvist SQE and a written production release by
            Per Håkansson, Head of Purchasing Electrical. Material authority: 40 C-samples only.""")),
         ("p", "FCA Nis. Payment 60 days net. LTS-GCP-2020 apply."),
     ], title="PO 4600033127", author="Lindqvist Truck Systems AB")),
      ("OC_SK-OC-24-0571.pdf", pdf([
         ("h1", "ORDER CONFIRMATION SK-OC-24-0571"),
         ("p", "Sava Kablovi d.o.o. - Nis - to Lindqvist Truck Systems AB - your PO 4600033127 - 13.05.2024"),
         ("table", [
             ["Pos.", "Part", "Qty", "Price EUR", "Ship date"],
             ["10", "LTS 2210 812 rev C, C-sample", "40 pcs", "96.00", "14.06.2024"],
         ]),
         ("h", "Planning"),
         ("p", p("""To secure the delivery dates, material for the full quantity of 2,000 pcs (wire, terminals,
            seals, corrugated tube, 3 connector families) has been ordered on 10.05.2024. After your
            approval of the C-samples we continue directly with the series production of 1,960 pcs,
            first delivery week 30.""")),
         ("p", "Jelena Petrovic, Customer Service"),
     ], title="SK-OC-24-0571", author="Sava Kablovi d.o.o."))])

# ---- p16 (C6): buyer portal page with supplier-entered material status for 3,000 units while 100 are released
case("p16_us_mx_portal_material_status_html", ["RG006"],
     "portal: 100 pilot released, material authority 100; supplier-entered status shows wire and terminals purchased for 3,000 units",
     [("Harlan_portal_PO_77-32240.html", html_page("Harlan Supplier Portal – PO 77-32240 – Material & capacity", """
<div style="background:#123;color:#fff;padding:6px">Harlan Supplier Portal &nbsp;|&nbsp; Vendor 100480 – Arneses del Bajío S.A. de C.V.</div>
<h2>PO 77-32240 &ndash; HC-640-01 rev B (servo harness) &ndash; Material &amp; capacity</h2>
<h3>Release status (Harlan)</h3>
<table>
<tr><th>Item</th><th>Quantity</th><th>Status</th></tr>
<tr><td>Pilot harnesses</td><td>100</td><td>released for production</td></tr>
<tr><td>Quoted production quantity</td><td>3,000</td><td>not released &ndash; balance on hold until pilot sign-off and a written release by Sandra Kowalczyk</td></tr>
<tr><td>Material authority</td><td>100</td><td>pilot quantity only</td></tr>
</table>
<h3>Material status (entered by supplier, 2024-05-20)</h3>
<table>
<tr><th>Material</th><th>Covered units</th><th>Status</th><th>Comment</th></tr>
<tr><td>Wire 20 AWG GXL, 6 colours</td><td>3,000</td><td>on hand</td><td>bought ahead, copper price going up</td></tr>
<tr><td>Terminals Micro-Fit 3.0, female</td><td>3,000</td><td>purchased, ETA wk 23</td><td>9 week lead time</td></tr>
<tr><td>Housings 2x6, 2x8</td><td>100</td><td>on hand</td><td></td></tr>
</table>
<p>Capacity: line 2, 2 shifts, 180 harnesses/day after run-in.</p>
<p style="font-size:11px;color:#777">&copy; 2024 Harlan Industrial Controls Inc. Portal v4.12.1</p>
"""))])

# ---- p17 (C7): Ukrainian supplier treats forecast as order and bought material for it (HTML attachment; call-off quoted)
_p17_orig = """From: Elin Sjöberg <elin.sjoberg@nordvik-appliances.se>
Sent: Monday, 13 May 2024 10:05
Subject: Call-off W21 – 8814 311-02

Hi Iryna,
call-off W21: 500 pcs 8814 311-02 rev A are released for production, delivery weeks 22-23.
Weeks 27-39 in the attached schedule are forecast only and not released; the next
quantity is released only by the next call-off, signed by Magnus Ek.
Material authority: the released quantity only (500).
BR Elin"""
case("p17_ua_forecast_is_order_material_eml", ["RG006", "RG008"],
     "supplier calls the 3,000 forecast 'in practice your order' and has bought copper and terminals for it while 500 are released with material for 500",
     [("RE_Call-off_W21_8814311-02.eml", eml_bytes(mail(
         KARPATY_IK, NORDVIK_ES, "RE: Call-off W21 – 8814 311-02",
         "Thu, 16 May 2024 15:37:00 +0300",
         f"""Dear Elin,

thank you for the call-off W21 (500 pcs), production is planned in week 21, shipment
Monday week 22.

As your forecast of 3,000 pcs for July–September is in practice your order, we have
already purchased the copper wire and the terminals for these 3,000 pcs, so we can keep
2 shifts over the summer and avoid the long lead times. See attached material overview.

Best regards,
Iryna Kovalenko
Quality Manager / Customer Coordinator
Karpaty Wiring LLC, Lviv
+380 32 245 11 87

{quote(_p17_orig)}
""", attachments=[("material_overview_8814311-02.html", html_page("Material overview 8814 311-02", """
<h3>Karpaty Wiring – material overview 8814 311-02 rev A (16.05.2024)</h3>
<table>
<tr><th>Material</th><th>Units covered</th><th>Status</th></tr>
<tr><td>FLRY-B 0.5 mm², 7 colours</td><td>3,500</td><td>in stock</td></tr>
<tr><td>Terminals 2.8 mm tab receptacle</td><td>3,500</td><td>purchased, delivery 03.06</td></tr>
<tr><td>Housings (4 types)</td><td>500</td><td>in stock</td></tr>
</table>
<p>3,500 = call-off W21 (500) + forecast July&ndash;September (3,000).</p>"""), "text/html")])))])
# ---- p18 (D1): German buyer contradicts her own written-release requirement
_p18_orig = f"""Von: {KESSLER_JB}
Gesendet: Donnerstag, 2. Mai 2024 14:40
An: {SAHEL_SBA}
Betreff: PO 4500218870 – B-samples KF-3390-202

Dear Sami,

PO 4500218870: 20 B-samples KF-3390-202 rev B are released now.
The pre-series balance of 1,180 pcs is on hold until B-sample sign-off by our validation
lab and a written production release from Thomas Wendt. Material: samples only.

Best regards
Jana Brückner"""
case("p18_de_tn_directly_continue_eml", ["RG007"],
     "buyer tells supplier to continue directly with the 1,180 as soon as the lab gives the OK, 'no need to wait' for the written release her own PO requires",
     [("AW_PO_4500218870_B-samples.eml", eml_bytes(mail(
         KESSLER_JB, SAHEL_SBA, "AW: PO 4500218870 – B-samples KF-3390-202",
         "Tue, 21 May 2024 18:02:00 +0200",
         f"""Hallo Sami,

short update from Ingolstadt: our validation has the B-samples on the rig since Monday,
vibration and thermal shock look promising so far, the salt spray test ends on Friday.

To not lose more time with the pre-series: as soon as the lab gives the OK you can
directly continue with the 1,180 pcs, no need to wait for extra paperwork from Thomas.
I will sort this out internally with him.

Please keep me informed about the line capacity in June.
""" + sig_de("Jana Brückner", "Einkauf Elektrik/Elektronik / Purchasing Electrics",
                "Kessler Fahrzeugtechnik GmbH", "+49 841 9372 118") + "\n" + quote(_p18_orig) + "\n")))])

# ---- p19 (D2): Tunisian supplier acknowledgement (PDF attached): series launched automatically after sample validation
case("p19_tn_fr_ack_auto_launch_eml", ["RG007"],
     "supplier acknowledgement restates the hold but plans the 2,000 series to launch automatically after C-sample validation",
     [("AR_commande_VAL-PO-24-0470.eml", eml_bytes(mail(
         SAHEL_SBA, VALCOURT_CM, "AR de commande VAL-PO-24-0470 / order acknowledgement",
         "Fri, 10 May 2024 10:12:00 +0100",
         """Bonjour Claire,

ci-joint notre accusé de réception pour la commande VAL-PO-24-0470 (25 échantillons C
VE-6610 rev B). Livraison prévue semaine 23 par DHL.

Bonne réception et bon week-end,
Sami Ben Amor
Responsable Commercial – Câblerie du Sahel SARL, Sousse
+216 73 368 200
""", attachments=[("AR_VAL-PO-24-0470.pdf", pdf([
             ("h1", "ACCUSE DE RECEPTION DE COMMANDE / ORDER ACKNOWLEDGEMENT AR-24-0311"),
             ("p", "Câblerie du Sahel SARL - Sousse - Tunisie - client: Valcourt Équipements SAS - commande VAL-PO-24-0470 du 07/05/2024"),
             ("table", [
                 ["Ligne", "Article", "Qté", "PU EUR", "Livraison"],
                 ["10", "VE-6610 rev B - échantillons C / C-samples", "25", "36,90", "S23"],
             ]),
             ("p", p("""Scope as per your PO: 25 C-samples released; series 2 000 pcs not released until
                C-sample sign-off and written release by M. Antoine Giraud.""")),
             ("h", "Planification / planning"),
             ("p", p("""Après validation des échantillons C, la série de 2 000 pcs est lancée automatiquement
                en semaine 31. / After validation of the C-samples, the series of 2 000 pcs is launched
                automatically in week 31.""")),
             ("p", "Conditions: départ usine Sousse, paiement 60 jours."),
         ], title="AR-24-0311", author="Câblerie du Sahel"), PDF_MT)])))])

# ---- p20 (D3): Slack export: buyer agrees supplier may roll straight into the 480 after proto sign-off
case("p20_us_mx_slack_roll_straight_txt", ["RG007"],
     "buyer first requires his written release for the 480, then agrees the supplier just rolls straight into the 480 after proto sign-off",
     [("slack_harlan-arneses_hc-350.txt", """Slack export – shared channel #harlan-arneses-hc350
Exported 2024-05-20 by mdorsey

2024-05-06 10:14  Mike Dorsey (Harlan): Morning all. PO 77-31990 is for 20 proto harnesses HC-350-01 only. The other 480 are not released until proto sign-off and my written release (Mike Dorsey, Sr. Buyer). Material for 20.
2024-05-06 10:20  Carolina Ruiz (Arneses del Bajío): Got it Mike, 20 protos, ship wk 20
2024-05-16 15:41  Carolina Ruiz (Arneses del Bajío): protos shipped today, FedEx 7784 1190 2203
2024-05-16 15:44  Carolina Ruiz (Arneses del Bajío): question – so after your sign-off we just roll straight into the 480, right? saves us a week of waiting for paper
2024-05-16 16:02  Mike Dorsey (Harlan): yes that works, just keep me posted on the start date
2024-05-16 16:03  Carolina Ruiz (Arneses del Bajío): 👌 perfect, will do
2024-05-17 08:30  Jeff Patel (Harlan Eng): protos arrived, starting fit-up on cabinet #3 today
""")])

# ---- p21 (D4): German-English buyer: "release" for lab sample release and series release; series release "automatic"
_p21_txt = """Dear Andrei,

PO 4700013602 covers 30 C-samples BH-7730-02 rev C; these are released for production now.
The balance of 2,970 pcs is not released yet. According to our process it is released only
by a written production release from me.

To make it simple for you: the release of the samples is done by our test lab
(Dr. Lena Hartmann). Once the samples are released there, the release for the series is
automatic – you don't need to wait for anything from purchasing and can plan the line
from week 28.

Material for the 30 samples only, please.
""" + sig_de("Stefan Kraus", "Leiter Materialplanung / Materials Planning Manager",
             "Brenner Hausgeräte GmbH, Dillingen", "+49 9071 58 2210")
_p21_html = html_page("PO 4700013602", """<p>Dear Andrei,</p>
<p>PO 4700013602 covers 30 C-samples BH-7730-02 rev C; these are released for production now.
The balance of 2,970 pcs is not released yet. According to our process it is released only by a written production release from me.</p>
<p>To make it simple for you: the release of the samples is done by our test lab (Dr. Lena Hartmann).
Once the samples are released there, the release for the series is <b>automatic</b> &ndash; you don't need to wait for anything from purchasing and can plan the line from week 28.</p>
<p>Material for the 30 samples only, please.</p>
<p>Mit freundlichen Grüßen / Best regards<br>Stefan Kraus<br>Leiter Materialplanung / Materials Planning Manager<br>Brenner Hausgeräte GmbH, Dillingen</p>""")
case("p21_de_ro_release_automatic_eml", ["RG007", "RG009"],
     "'release' used for the lab's sample release and for the series release, and the series release is said to follow automatically, contradicting the written-release rule",
     [("PO_4700013602_BH-7730-02.eml", eml_bytes(mail(
         BRENNER_SK, ECH_AP, "PO 4700013602 – BH-7730-02 C-samples",
         "Mon, 06 May 2024 16:20:00 +0200", _p21_txt, html=_p21_html)))])

# ---- p22 (D5): Mexican supplier's production plan page: series lot 1 starts automatically after prototype approval
case("p22_mx_production_plan_html", ["RG007"],
     "supplier production plan: series lot 1 (980) starts automatically the day after prototype approval, 'no further document needed'",
     [("Plan_produccion_HC-520-01.html", html_page("Plan de producción – Harlan HC-520-01", """
<h2>Arneses del Bajío – Plan de producción / Production plan</h2>
<p>Cliente / customer: Harlan Industrial Controls Inc. &middot; Parte: HC-520-01 rev A (feeder harness) &middot; PO 77-32300 &middot; Planta Querétaro, línea 4</p>
<table>
<tr><th>Fase / phase</th><th>Cantidad / qty</th><th>Inicio / start</th><th>Estatus / status</th></tr>
<tr><td>Prototipos / prototypes</td><td>20</td><td>sem 21</td><td>liberado / released (PO 77-32300)</td></tr>
<tr><td>Serie lote 1 / series lot 1</td><td>980</td><td>day after prototype approval by Harlan</td><td>not released &ndash; starts automatically</td></tr>
</table>
<p class="note">Nota: Series lot 1 starts automatically the day after Harlan approves the prototypes; no further document needed.
Line 4 capacity is reserved for lot 1 from week 24.</p>
<p>Capacidad: 2 turnos, 160 arneses/día. Prueba eléctrica 100 % (Cirris tester), prueba de jalón 1 pza/carrete.</p>
<p style="font-size:11px;color:#777">Actualizado / updated: 2024-05-14 por C. Ruiz</p>
"""))])

# ---- p23 (D6): Romanian quote: "your annual order quantity (per forecast) confirmed" + series starts automatically after PPAP approval
case("p23_ro_quote_auto_forecast_order_pdf", ["RG007", "RG008"],
     "supplier quote confirms the forecast as 'your annual order quantity' and says series starts automatically after PPAP approval, no separate release",
     [("Quotation_ECH-2024-0533.pdf", pdf([
         ("h1", "QUOTATION ECH-2024-0533"),
         ("p", "ElectroCab Harness SRL - Timisoara - Romania - to: Kessler Fahrzeugtechnik GmbH, Purchasing Electrics, attn. Jana Brückner - 02.05.2024"),
         ("p", "Part: KF-3105-044 rev A, engine harness 2.0 TDI - your RFQ KF-RFQ-24-118"),
         ("table", [
             ["Item", "Quantity", "Unit price EUR", "Lead time"],
             ["B-samples", "20 pcs", "88.00", "4 weeks"],
             ["Series", "20,000 pcs / year", "31.70", "see below"],
             ["EOL test table + crimp tooling", "1 set", "12,400.00", "6 weeks"],
         ]),
         ("h", "Commercial basis"),
         ("p", p("""Your annual order quantity (per your forecast): 20,000 pcs - confirmed by ElectroCab and
            reserved in our capacity plan for 2025. The series price is valid for this order quantity.""")),
         ("h", "Lead time"),
         ("p", p("""Series production starts automatically 2 weeks after PPAP approval; no separate release
            required. First series delivery 4 weeks after PPAP approval.""")),
         ("p", "Validity 60 days. FCA Timisoara. Copper basis DEL 800 EUR/100 kg."),
         ("p", "Ioana Marin, Key Account Manager"),
     ], title="ECH-2024-0533", author="ElectroCab Harness SRL"))])

# ---- p24 (D7): DOCX minutes: interim PPAP; supplier plans to roll straight into series after the interim
case("p24_de_ma_minutes_interim_to_series_docx", ["RG007"],
     "minutes record 300 released under interim and 4,700 on hold, but the supplier's plan (action 4) rolls the interim straight into the 1,000-pc series start",
     [("Meeting_report_KF-6231-120_PPAP.docx", docx_bytes([
         ("h1", "Meeting report – PPAP status KF-6231-120 rev A"),
         ("p", "Teams call, 23.05.2024, 14:00–15:00. Kessler: Bernd Hofmeister (SQE), Jana Brückner (Purchasing). Atlas Faisceaux: Nadia Bennani (Quality), Youssef El Idrissi (Sales)."),
         ("h", "1. PPAP disposition"),
         ("p", "Interim. Limits: 300 pcs, valid until 15.07.2024. Open: pull-test values of terminal type T4 at lower limit; re-measure with new crimp tool."),
         ("h", "2. Quantities"),
         ("p", p("""300 pcs are released under the interim (production release KF-REL-24-0102, Thomas
            Wendt). The remaining 4,700 pcs of the scheduling agreement are not released until full
            PPAP sign-off and a written production release by Thomas Wendt. Material authority: 300
            pcs.""")),
         ("h", "3. Capacity"),
         ("p", "Atlas line 6 available from CW 26 with 2 shifts; taping machine requalified."),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Re-measure T4 pull test with new tool, send report", "N. Bennani", "31.05.2024"],
             ["2", "Send corrected control plan rev 03", "N. Bennani", "31.05.2024"],
             ["3", "Confirm packaging KLT 4147 with dividers", "Y. El Idrissi", "07.06.2024"],
             ["4", "Series start: Atlas rolls the interim straight into series production, first 1,000 pcs from CW 26 – the interim counts as approval", "Y. El Idrissi", "CW 26"],
         ]),
         ("p", "Next meeting: 06.06.2024."),
     ], author="Bernd Hofmeister"))])
# ---- p25 (E1): cover mail says 25 samples, attached PO says 20
case("p25_se_ua_cover_25_po_20_eml", ["RG011"],
     "cover mail asks for 25 samples 'as per PO' while the attached PO releases 20 B-samples (balance 2,980 computed from 20)",
     [("PO_4100079120_B-samples.eml", eml_bytes(mail(
         NORDVIK_ES, KARPATY_OH, "PO 4100079120 – B-samples 8814 720-01",
         "Tue, 14 May 2024 13:05:00 +0200",
         """Hi Oleksandr,

attached PO 4100079120 for the induction hob harness 8814 720-01 rev A.
Please build the 25 samples as per PO and ship them to Jönköping in week 23.

The EMC-critical branch is X9–X14, please check the shield termination there twice.

Thanks and best regards,
Elin Sjöberg
Strategic Buyer Electrical, Nordvik Appliances AB
+46 36 190 4417
""", attachments=[("PO_4100079120.pdf", pdf([
             ("h1", "PURCHASE ORDER 4100079120"),
             ("p", "Nordvik Appliances AB - Jönköping - to Karpaty Wiring LLC, Lviv - 2024-05-14 - buyer Elin Sjöberg"),
             ("table", [
                 ["Line", "Item / rev", "Description", "Qty", "Price EUR"],
                 ["10", "8814 720-01 / A", "Harness, induction hob, B-sample", "20", "49.90"],
             ]),
             ("p", p("""Scope: 20 B-samples are released now. The balance of 2,980 pcs (series, quote
                KW-Q-0317) is not released; it stays on hold until B-sample sign-off by the Nordvik lab
                and a written production release by Magnus Ek, Materials Manager. Material authority:
                20 pcs.""")),
             ("p", "Terms: net 60, FCA Lviv. NGPC-2021 apply."),
         ], title="PO 4100079120", author="Nordvik Appliances AB"), PDF_MT)])))])

# ---- p26 (E2): PDF PO: line quantity 30, note says 36 samples
case("p26_fr_rs_po_line30_note36_pdf", ["RG011"],
     "one PO states 30 C-samples on the line and 36 in the note (incl. 6 for pull test)",
     [("VAL-PO-24-0488.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER VAL-PO-24-0488"),
         ("p", "Valcourt Équipements SAS - Vénissieux - to Sava Kablovi d.o.o., Nis, Serbia - 13/05/2024 - acheteuse Claire Morel"),
         ("table", [
             ["Ligne", "Article", "Désignation", "Qté", "PU EUR"],
             ["10", "VE-2870 rev D", "Faisceau ventilateur, échantillons C / C-samples", "30", "27,40"],
         ]),
         ("h", "Note"),
         ("p", p("""Sample qty: 36 pcs (incl. 6 pcs for destructive pull test at our lab). The series
            (3,000 pcs/year per your quote SK-Q-24-090) is not released and stays on hold until C-sample
            sign-off by Valcourt Quality and a written production release from Antoine Giraud,
            Directeur Achats. Material: samples only.""")),
         ("p", "Livraison S24, FCA Nis. Paiement 60 jours fin de mois. CGA-2022."),
     ], title="VAL-PO-24-0488", author="Valcourt Équipements SAS"))])

# ---- p27 (E3): multi-file: call-off PDF releases 1,200 for CW 22, DELJIT printout for CW 22 sums to 1,020
_p27_rows = [("2024-05-27", 170), ("2024-05-28", 170), ("2024-05-29", 170),
             ("2024-05-30", 170), ("2024-05-31", 170), ("2024-06-01", 170)]
_p27_lines = "\n".join(f"{d}      06:00  {q:>5}   FIRM / RELEASED" for d, q in _p27_rows)
case("p27_de_tn_calloff_vs_deljit", ["RG011"],
     "call-off PDF releases 1,200 pcs for CW 22; the DELJIT for the same part and week releases 6x170 = 1,020",
     [("Abruf_5500031402.pdf", pdf([
         ("h1", "CALL-OFF / ABRUF 5500031402"),
         ("p", "Kessler Fahrzeugtechnik GmbH - Logistik Werk 2 - to Câblerie du Sahel SARL, Sousse - date 17.05.2024"),
         ("p", "Part KF-4471-220 rev D, door harness LH - scheduling agreement 5500009977"),
         ("table", [
             ["Week", "Quantity", "Status"],
             ["CW 22", "1,200", "released for production"],
             ["CW 23-26", "4,800", "forecast - not released"],
         ]),
         ("p", p("""Released: CW 22, 1,200 pcs. Quantities from CW 23 onwards are forecast only and not
            released; they are released only by the next call-off, signed by Markus Vogl, Logistics
            Planner. Material authority: released quantity only.""")),
     ], title="Abruf 5500031402", author="Kessler Fahrzeugtechnik GmbH")),
      ("DELJIT_JIT-24-05-17-0044.txt", f"""KESSLER FAHRZEUGTECHNIK GMBH  -  JIT CALL-OFF (DELJIT D.04B)  -  PRINTOUT
CALL-OFF NO : JIT-24-05-17-0044            CREATED : 2024-05-17 06:00
SUPPLIER    : 700431 CABLERIE DU SAHEL SARL, SOUSSE (TN)
PART        : KF-4471-220 REV D   DOOR HARNESS LH               UOM: PCS
CONTRACT    : SCHEDULING AGREEMENT 5500009977       WEEK: 2024-22

DELIVERY DATE   TIME    QTY   STATUS
{_p27_lines}
---------------------------------------------------------------
TOTAL RELEASED CW 22 : 1,020 PCS
ISSUED BY KESSLER JIT CONTROL - RESPONSIBLE: MARKUS VOGL, LOGISTICS PLANNER
NEXT QUANTITIES ONLY BY NEXT CALL-OFF.
""")])

# ---- p28 (E4): release mail says 700, attached DOCX release note says 600
case("p28_de_ma_release_700_vs_600_eml", ["RG011"],
     "release mail releases 700 pcs (2,300 on hold) while the attached release note releases 600 (2,400 on hold)",
     [("Release_PR-24-0057_BH-4410-07.eml", eml_bytes(mail(
         BRENNER_SK, ATLAS_NB, "Production release PR-24-0057 – BH-4410-07",
         "Mon, 20 May 2024 10:45:00 +0200",
         """Bonjour Madame Bennani,

following the sample sign-off of last week (test report TR-24-131), please find attached
production release PR-24-0057.

Released: 700 pcs BH-4410-07 rev B. The other 2,300 pcs of PO 4700012770 remain on hold
until run@rate at your plant and a written release from me.

Merci et bonne journée,
""" + sig_de("Stefan Kraus", "Leiter Materialplanung / Materials Planning Manager",
                "Brenner Hausgeräte GmbH, Dillingen", "+49 9071 58 2210"),
         attachments=[("PR-24-0057.docx", docx_bytes([
             ("h1", "Production release PR-24-0057"),
             ("p", "Brenner Hausgeräte GmbH – to Atlas Faisceaux SA, Casablanca – PO 4700012770 – part BH-4410-07 rev B – 20.05.2024"),
             ("table", [
                 ["Item", "Quantity (pcs)"],
                 ["PO quantity (commercial cover)", "3,000"],
                 ["Released for production by this note", "600"],
                 ["Not released (balance on hold)", "2,400"],
             ]),
             ("p", "Unlock for the balance: run@rate at Atlas Casablanca and a written release by Stefan Kraus."),
             ("p", "Material authority: released quantity only."),
             ("p", "Signed: Stefan Kraus, Materials Planning Manager"),
         ], author="Stefan Kraus"), DOCX_MT)])))])

# ---- p29 (E5): WhatsApp: buyer first says 40 protos, later 'as agreed 50 proto'
case("p29_fr_tn_whatsapp_40_then_50_txt", ["RG011"],
     "chat: buyer releases 40 prototypes (1,960 blocked), later asks for '50 proto as agreed' with no correction of the 40",
     [("WhatsApp_Chat_Valcourt_Sahel.txt", """WhatsApp Chat with Sami Ben Amor (Câblerie du Sahel)

06/05/2024, 09:03 - Claire Morel: Bonjour Sami, la commande VAL-PO-24-0512 est partie
06/05/2024, 09:04 - Claire Morel: it is for 40 proto VE-9010 only. rest 1960 blocked until proto sign-off + written release from Antoine Giraud
06/05/2024, 09:10 - Sami Ben Amor: Bonjour Claire, bien reçu. 40 proto, matière pour 40 seulement
06/05/2024, 09:11 - Claire Morel: 👍 merci
15/05/2024, 16:22 - Sami Ben Amor: Claire, petite question sur le connecteur X3, version 12 voies ou 16 voies?
15/05/2024, 16:40 - Claire Morel: 16 voies, drawing rev B page 2
15/05/2024, 16:41 - Claire Morel: and as agreed, 50 proto by S23 please, the rest stays blocked
15/05/2024, 16:45 - Sami Ben Amor: ok noted
""")])

# ---- p30 (E6): French-English mail: "vingt-quatre (24)" in text, 42 on the order line
case("p30_fr_tn_24_vs_42_eml", ["RG011"],
     "one buyer mail states vingt-quatre (24) C-samples in the text and 42 on the order line",
     [("Commande_VAL-PO-24-0530.eml", eml_bytes(mail(
         VALCOURT_CM, SAHEL_SBA, "Commande VAL-PO-24-0530 – échantillons C VE-7720",
         "Thu, 16 May 2024 11:20:00 +0200",
         """Bonjour Sami,

comme discuté au téléphone : vingt-quatre (24) échantillons C pour le VE-7720 rev C sont
lancés maintenant, rien de plus. La série (quantité de votre devis, 2 400 pcs/an) n'est pas
lancée : elle reste bloquée jusqu'à la validation des échantillons C par notre laboratoire
et un ordre de production écrit d'Antoine Giraud, Directeur Achats.
Matière : pour les échantillons uniquement.

Détail de la commande / order line:

  Ligne 10 : VE-7720 rev C – échantillons C / C-samples – qté 42 – 31,60 EUR – S24

In English for your planning team: only the C-samples are released; the series is not
released and is on hold until our lab signs off the C-samples and Antoine Giraud sends a
written production release.

Cordialement,
Claire Morel
Acheteuse – Valcourt Équipements SAS, Lyon
+33 4 72 18 40 55
""")))])

# ---- p31 (E7): DOCX release note: 300 in the table, three hundred fifty (350) in the text; "release" also used for the drawing
case("p31_se_ro_release_note_300_350_docx", ["RG009", "RG011"],
     "release note: table releases 300, text releases three hundred fifty (350); 'release' used both for the drawing release and the production release",
     [("Release_note_LTS-REL-24-019.docx", docx_bytes([
         ("h1", "Release note LTS-REL-24-019"),
         ("p", "Lindqvist Truck Systems AB – to ElectroCab Harness SRL, Timișoara – part LTS 2210 774 rev F – PO 4600032990 – 24.05.2024"),
         ("h", "Drawing release"),
         ("p", "Drawing LTS 2210 774 rev F is released by Lindqvist Design (ECN 24-0441, released 03.05.2024): new routing of branch B3, clip C12 moved 40 mm."),
         ("h", "Production release"),
         ("table", [
             ["Item", "Quantity (pcs)"],
             ["Released for production", "300"],
             ["Initial lot", "2,000"],
             ["Not released", "1,700"],
         ]),
         ("p", p("""Released for production: three hundred fifty (350) pcs LTS 2210 774 rev F, delivery from
            week 26. The rest of the initial lot is not released; it is unlocked only by run@rate
            evidence and a written release from Per Håkansson, Head of Purchasing Electrical.""")),
         ("p", "Material authority: released quantity only."),
         ("p", "Signed: Per Håkansson"),
     ], author="Per Håkansson"))])
# ---- p32 (F1): Swedish buyer: "treat the 9,600 pcs for Q3 as a firm order" (forecast TXT attached)
case("p32_se_ro_forecast_as_firm_order_eml", ["RG008"],
     "buyer tells supplier to treat the Q3 forecast of 9,600 pcs as a firm order; production release stays with call-offs (1,600 active, Magnus Ek)",
     [("WM-80_main_harness_May.eml", eml_bytes(mail(
         NORDVIK_ES, ECH_AP, "Rolling forecast WM-80 main harness – May update",
         "Wed, 15 May 2024 09:12:00 +0200",
         """Hi Andrei,

attached our rolling 6-month forecast for the WM-80 main harness 8814 311-02.

To help your capacity planning for the summer: you can treat the 9,600 pcs for Q3 as a
firm order from our side.

Production quantities are still released only by the weekly call-off signed by Magnus Ek;
the current released quantity remains call-off W20: 1,600 pcs (weeks 21–22). Nothing in
the attached forecast is released for production.

Best regards,
Elin Sjöberg
Strategic Buyer Electrical, Nordvik Appliances AB
+46 36 190 4417
""", attachments=[("forecast_8814311-02_2024-05.txt", """NORDVIK APPLIANCES AB - ROLLING FORECAST - PART 8814 311-02 REV A - ISSUED 2024-05-15
SUPPLIER: 700812 ELECTROCAB HARNESS SRL

MONTH      QTY (PCS)   TYPE
2024-06    3 200       FORECAST
2024-07    3 200       FORECAST
2024-08    3 200       FORECAST
2024-09    3 200       FORECAST
2024-10    3 400       FORECAST
2024-11    3 400       FORECAST

RELEASES: BY WEEKLY CALL-OFF ONLY.
""", "text/plain")])))])

# ---- p33 (F3): DELFOR printout declaring forecast weeks a "binding purchase commitment"
case("p33_de_rs_delfor_binding_commitment_txt", ["RG008"],
     "DELFOR: fixed zone 2,400 released, staged material wk 25-26, but forecast wk 27-38 declared a binding purchase commitment",
     [("DELFOR_DF-24-W21-0188.txt", """KESSLER FAHRZEUGTECHNIK GMBH      DELIVERY SCHEDULE (DELFOR D.04B) PRINTOUT     PAGE 1/1
DOC NO   : DF-24-W21-0188                 ISSUED : 2024-05-21
SUPPLIER : 700470 SAVA KABLOVI D.O.O., NIS (RS)
PART     : KF-8810-005 REV B   CONSOLE HARNESS              UOM: PCS
CONTRACT : SCHEDULING AGREEMENT 5500010233

ZONE              WEEKS        QTY      STATUS
FIXED ZONE        2024-23/24   2 400    RELEASED FOR PRODUCTION (1 200 / WEEK)
MATERIAL ZONE     2024-25/26   2 400    MATERIAL AUTHORITY (STAGED), NOT RELEASED FOR PRODUCTION
FORECAST          2024-27/38  14 400    FORECAST - BINDING PURCHASE COMMITMENT OF KESSLER
                                          (VERBINDLICHE ABNAHMEVERPFLICHTUNG)

NOTES:
 1. ONLY THE FIXED ZONE (2 400 PCS, WEEKS 23-24) IS RELEASED FOR PRODUCTION.
 2. WEEKS 25-38 ARE NOT RELEASED FOR PRODUCTION. EACH WEEK IS RELEASED ONLY BY A DELJIT
    CALL-OFF ISSUED BY MARKUS VOGL, LOGISTICS PLANNER.
 3. MATERIAL MAY BE BOUGHT FOR WEEKS 23-26 (4 800 PCS) AT KESSLER'S LIABILITY.
 4. THE FORECAST QUANTITIES WEEKS 27-38 ARE TO BE CONSIDERED A BINDING PURCHASE
    COMMITMENT OF KESSLER FOR CAPACITY AND PRICE PURPOSES.
CUM RECEIVED 2024: 31 200 (RECONCILIATION ONLY)
""")])

# ---- p34 (G1): Moroccan supplier: deposit received, therefore production of the balance is launched (buyer PO quoted)
_p34_orig = """De : Claire Morel <claire.morel@valcourt-equipements.fr>
Envoyé : mardi 7 mai 2024 10:30
À : Youssef El Idrissi <y.elidrissi@atlas-faisceaux.ma>
Objet : Commande VAL-PO-24-0461 – VE-5530

Bonjour Youssef,
commande VAL-PO-24-0461 : 40 prototypes VE-5530 rev A sont lancés / released. The balance of
1,960 pcs is not released until the prototype sign-off by our lab and a written production
release from Antoine Giraud, Directeur Achats. Matière : 40 pcs seulement.
Acompte 30 % à la commande, selon nos conditions.
Cordialement, Claire"""
case("p34_ma_fr_deposit_launches_eml", ["RG012"],
     "supplier says receipt of the 30 % deposit 'vaut lancement' and launches production of the balance, though the PO holds the 1,960",
     [("RE_Commande_VAL-PO-24-0461.eml", eml_bytes(mail(
         ATLAS_YE, VALCOURT_CM, "RE: Commande VAL-PO-24-0461 – VE-5530",
         "Wed, 15 May 2024 12:05:00 +0100",
         f"""Bonjour Claire,

nous avons bien reçu l'acompte de 30 % ce matin, merci beaucoup.

La réception de l'acompte vaut lancement : production of the balance is now launched in our
Casablanca plant (ligne 3), first delivery semaine 27. The 40 prototypes leave on Friday
by air freight.

Cordialement,
Youssef El Idrissi
Directeur Commercial
Atlas Faisceaux SA – Casablanca
+212 522 66 41 80

{quote(_p34_orig)}
""")))])

# ---- p35 (G2): buyer portal PO (full quantity): "the advance payment is your authorization to start production"
case("p35_us_mx_portal_po_advance_payment_html", ["RG012"],
     "full-quantity production PO (1,200) whose terms make the advance payment the authorization to start production",
     [("Brightwater_portal_PO_BW-24-1300.html", html_page("Brightwater Agritech – Supplier Portal – PO BW-24-1300", """
<div style="background:#2d5016;color:#fff;padding:6px">Brightwater Agritech &middot; Supplier Portal &middot; Vendor 300912 Arneses del Bajío</div>
<h2>Purchase order BW-24-1300 (rev 0) &ndash; issued 2024-05-13</h2>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit $</th><th>Ship</th></tr>
<tr><td>1</td><td>AG-300-05 rev C</td><td>Harness, planter row unit (PPAP completed 2024-02-19)</td><td>1,200</td><td>23.40</td><td>600 wk 26 / 600 wk 30</td></tr>
</table>
<h3>Terms</h3>
<ul>
<li>This is a production order for the full quantity of 1,200 pcs.</li>
<li>Advance payment: 30 % of the order value, paid by Brightwater within 5 days of your acknowledgement.</li>
<li><b>Production start: upon receipt of our advance payment. The advance payment is your authorization to start production.</b></li>
<li>Balance payment: Net 30 after each delivery.</li>
<li>FOB origin, ship via Brightwater routing guide BW-RG-03.</li>
</ul>
<p>Buyer: Dana Whitfield, Director of Supply Chain &middot; dwhitfield@brightwater-ag.com</p>
<p><button>Acknowledge PO</button></p>
"""))])

# ---- p36 (G3): multi-file: buyer PO (30 C-samples, complete) + supplier OC tying series production to the 2nd installment
case("p36_se_rs_po_plus_oc_installment", ["RG012"],
     "supplier OC ties series production of 1,470 pcs to payment of the 2nd installment; buyer PO releases 30 C-samples and holds 1,470",
     [("PO_4600033355.pdf", pdf([
         ("h1", "PURCHASE ORDER 4600033355"),
         ("p", "Lindqvist Truck Systems AB - Södertälje - to Sava Kablovi d.o.o., Nis - 2024-05-08 - buyer Per Håkansson"),
         ("table", [
             ["Item", "Part / rev", "Description", "Qty", "Price EUR"],
             ["10", "LTS 2210 905 rev A", "Engine bay harness, C-sample", "30", "132.00"],
         ]),
         ("p", p("""30 C-samples are released. The series balance of 1,470 pcs is not released; it stays on
            hold until C-sample sign-off by Lindqvist SQE and a written production release by Per
            Håkansson. Material authority: 30 C-samples.""")),
         ("p", "Payment terms: 60 days net; tooling per separate agreement."),
     ], title="PO 4600033355", author="Lindqvist Truck Systems AB")),
      ("OC_SK-OC-24-0590.pdf", pdf([
         ("h1", "ORDER CONFIRMATION SK-OC-24-0590"),
         ("p", "Sava Kablovi d.o.o. - Nis - to Lindqvist Truck Systems AB - your PO 4600033355 - 15.05.2024"),
         ("table", [
             ["Pos.", "Part", "Qty", "Price EUR", "Ship date"],
             ["10", "LTS 2210 905 rev A, C-sample", "30 pcs", "132.00", "21.06.2024"],
         ]),
         ("h", "Payment and production"),
         ("p", "1st installment (30 % of tooling LTS-T-0905): due with this confirmation."),
         ("p", p("""Production of the C-samples starts after receipt of the signed OC and the 1st installment.
            The series quantity of 1,470 pcs will be produced after payment of the 2nd installment
            (40 % of tooling).""")),
         ("p", "Jelena Petrovic, Customer Service"),
     ], title="SK-OC-24-0590", author="Sava Kablovi d.o.o."))])

# ---- p37 (G4): US buyer: "we paid your pro-forma, so you can start building the prototype harnesses" — no quantity anywhere
_p37_txt = """Luis,

we paid your pro-forma PF-2024-0188 this morning (USD 2,310.00, wire ref. BW-0519-77), so
you can start building the prototype harnesses AG-720-03 rev A now.

The production program is not released: that needs our prototype sign-off and my written
release. Material: prototypes only.

Ship to Proto Shop Bldg 2, attn. Ryan Cole. Please include the pull-test data for the
Deutsch DTM terminals.

Thanks,
Dana
""" + sig("Dana Whitfield", "Director of Supply Chain", "Brightwater Agritech LLC, Ankeny, IA", "+1 515 555 0177")
_p37_html = html_page("AG-720-03 prototypes", """<p>Luis,</p>
<p>we paid your pro-forma PF-2024-0188 this morning (USD 2,310.00, wire ref. BW-0519-77), so you can start building the prototype harnesses AG-720-03 rev A now.</p>
<p>The production program is not released: that needs our prototype sign-off and my written release. Material: prototypes only.</p>
<p>Ship to Proto Shop Bldg 2, attn. Ryan Cole. Please include the pull-test data for the Deutsch DTM terminals.</p>
<p>Thanks,<br>Dana</p>
<p style="color:#666">Dana Whitfield &ndash; Director of Supply Chain &ndash; Brightwater Agritech LLC, Ankeny, IA</p>""")
case("p37_us_mx_paid_proforma_start_eml", ["RG010", "RG012"],
     "buyer treats paying the pro-forma as the signal to start building prototypes, and no prototype quantity is stated anywhere",
     [("AG-720-03_prototypes.eml", eml_bytes(mail(
         BW_DW, ADB_LH, "AG-720-03 prototypes – pro-forma paid",
         "Fri, 17 May 2024 09:25:00 -0500", _p37_txt, html=_p37_html)))])
# ---- p38 (H1): German buyer "approved, go ahead" after samples arrive (quoted thread, multipart)
_p38_inner = """-----Ursprüngliche Nachricht-----
Von: Jana Brückner
Gesendet: Montag, 6. Mai 2024 09:12
Betreff: PO 4500219120 – B-samples KF-7702-331

Hi Oleksandr,
PO 4500219120: 24 B-samples KF-7702-331 rev A released, nothing more. Balance 976 pcs on
hold until B-sample sign-off in Ingolstadt and a written production release by Thomas
Wendt. Material: samples only.
Jana"""
_p38_mid = f"""From: Oleksandr Hnatyuk <o.hnatyuk@karpaty-wiring.com.ua>
Sent: Tuesday, 21 May 2024 16:02
Subject: RE: PO 4500219120 – B-samples KF-7702-331

Dear Jana,
24 B-samples shipped today, DHL 7731 0042 118. Please advise.
Best regards, Oleksandr

{quote(_p38_inner)}"""
_p38_txt = f"""Hi Oleksandr,

samples arrived in Ingolstadt this morning, first look is good – approved, go ahead.
Thanks for the fast turnaround!

Jana
""" + sig_de("Jana Brückner", "Einkauf Elektrik/Elektronik / Purchasing Electrics",
             "Kessler Fahrzeugtechnik GmbH", "+49 841 9372 118") + "\n" + quote(_p38_mid) + "\n"
_p38_html = html_page("AW: PO 4500219120", """<p>Hi Oleksandr,</p>
<p>samples arrived in Ingolstadt this morning, first look is good &ndash; approved, go ahead.<br>Thanks for the fast turnaround!</p>
<p>Jana</p>
<p style="color:#666">Jana Brückner &ndash; Einkauf Elektrik/Elektronik &ndash; Kessler Fahrzeugtechnik GmbH</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">
<p><b>From:</b> Oleksandr Hnatyuk &lt;o.hnatyuk@karpaty-wiring.com.ua&gt;<br><b>Sent:</b> Tuesday, 21 May 2024 16:02</p>
<p>Dear Jana,<br>24 B-samples shipped today, DHL 7731 0042 118. Please advise.<br>Best regards, Oleksandr</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">
<p>Hi Oleksandr,<br>PO 4500219120: 24 B-samples KF-7702-331 rev A released, nothing more. Balance 976 pcs on hold until B-sample sign-off in Ingolstadt and a written production release by Thomas Wendt. Material: samples only.<br>Jana</p>
</blockquote></blockquote>""")
case("p38_de_ua_approved_go_ahead_eml", ["RG002"],
     "after samples arrive the buyer writes 'approved, go ahead' without saying sample-only or which quantity (quoted scope is otherwise complete)",
     [("AW_PO_4500219120_B-samples.eml", eml_bytes(mail(
         KESSLER_JB, KARPATY_OH, "AW: RE: PO 4500219120 – B-samples KF-7702-331",
         "Wed, 22 May 2024 10:18:00 +0200", _p38_txt, html=_p38_html)))])

# ---- p39 (H2): WhatsApp: "feu vert de notre côté" to "on peut démarrer ?"
case("p39_fr_tn_whatsapp_feu_vert_txt", ["RG002"],
     "chat: supplier asks 'on peut démarrer ?' after samples; buyer answers 'green light from our side' with no scope or quantity",
     [("WhatsApp_Chat_Claire_Morel.txt", """WhatsApp Chat with Claire Morel (Valcourt)

29/04/2024, 14:02 - Claire Morel: Bonjour Sami, commande VAL-PO-24-0440 envoyée : 30 échantillons C VE-3910 rev B only. The series 2 970 pcs is not released until our lab signs off the C-samples and Antoine Giraud sends the written production release.
29/04/2024, 14:05 - Sami Ben Amor: Bien reçu Claire, 30 échantillons, matière pour 30.
17/05/2024, 18:31 - Sami Ben Amor: Bonsoir Claire, les 30 échantillons sont prêts, contrôle 100 % OK, hauteurs de sertissage dans la tolérance
17/05/2024, 18:32 - Sami Ben Amor: On peut démarrer ?
17/05/2024, 18:47 - Claire Morel: Oui, feu vert de notre côté 👍 / green light from our side
17/05/2024, 18:48 - Sami Ben Amor: Parfait, merci ! Bon week-end
""")])

# ---- p40 (H3): buyer portal: "Approved" for PPAP and for the PO; comment "All approved – OK to proceed"
case("p40_us_mx_portal_all_approved_html", ["RG002", "RG009"],
     "portal shows 'Approved' for PPAP (technical) and for the PO (commercial), and the buyer comment 'All approved – OK to proceed' names no scope",
     [("Harlan_portal_PO_77-32410.html", html_page("Harlan Supplier Portal – PO 77-32410 status", """
<div style="background:#123;color:#fff;padding:6px">Harlan Supplier Portal &nbsp;|&nbsp; Vendor 100480 – Arneses del Bajío S.A. de C.V.</div>
<h2>PO 77-32410 &ndash; HC-780-01 rev A (power distribution harness)</h2>
<table>
<tr><th>Item</th><th>Status</th><th>Date / by</th></tr>
<tr><td>PPAP submission (level 3)</td><td>Approved</td><td>2024-05-20, J. Patel (Harlan Eng)</td></tr>
<tr><td>PO 77-32410</td><td>Approved</td><td>2024-05-02, Finance</td></tr>
<tr><td>Production release</td><td>pending &ndash; written release by Sandra Kowalczyk</td><td>&ndash;</td></tr>
</table>
<h3>Quantities</h3>
<table>
<tr><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>Pilot harnesses</td><td>50</td><td>released for production</td></tr>
<tr><td>Balance</td><td>950</td><td>not released &ndash; on hold until a written release by Sandra Kowalczyk, Director of Supply Chain</td></tr>
</table>
<h3>Comments</h3>
<p><b>Mike Dorsey (Harlan), 2024-05-21 09:14:</b> All approved &ndash; OK to proceed.</p>
<p><b>Carolina Ruiz (Arneses), 2024-05-21 10:02:</b> Thank you Mike!</p>
"""))])

# ---- p41 (H4): DOCX minutes: "approved" for samples and for a copper price change; outcome "Karpaty can proceed"
case("p41_se_ua_minutes_can_proceed_docx", ["RG002", "RG009"],
     "minutes use 'approved' for the C-samples and for a price change, and close with 'Karpaty can proceed' without scope or quantity",
     [("Minutes_weekly_call_KW21.docx", docx_bytes([
         ("h1", "Minutes – weekly call Nordvik / Karpaty, KW21"),
         ("p", "22.05.2024, 09:00–09:40. Nordvik: Elin Sjöberg, Karl Nyström. Karpaty: Oleksandr Hnatyuk, Iryna Kovalenko."),
         ("table", [
             ["#", "Topic", "Result"],
             ["1", "C-samples 8814 420-11 / 421-11 rev D (PO 4100079340, 30 pcs)",
              "C-samples are approved per lab report LR-24-0219."],
             ["2", "Series 2,970 pcs",
              "Not released. Released only by a written production release from Magnus Ek, Materials Manager."],
             ["3", "Copper surcharge (DEL basis 800 to 850 EUR/100 kg)",
              "Karpaty's request is approved by Nordvik Purchasing from 01.06.2024."],
             ["4", "Logistics", "Truck slot Tuesday, Rava-Ruska crossing; 2 days buffer kept."],
             ["5", "Outcome", "Karpaty can proceed."],
         ]),
         ("p", "Next call: KW22, same time. Minutes: Elin Sjöberg."),
     ], author="Elin Sjöberg"))])

# ---- p42 (H5): SAP PO change notice: value-only proto line, "PROTOS OK - GOOD TO RUN"
case("p42_de_ro_po_change_good_to_run_txt", ["RG002", "RG010"],
     "PO change notice adds 'PROTOS OK - GOOD TO RUN' (unscoped) on a value-only proto line that never states a quantity",
     [("PO_4700013777_change_02.txt", """BRENNER HAUSGERAETE GMBH                 BESTELLAENDERUNG / PO CHANGE NOTICE
INDUSTRIESTRASSE 8, 89407 DILLINGEN      PO 4700013777   CHANGE NO. 02   DATE 21.05.2024
LIEFERANT/SUPPLIER 40415  ELECTROCAB HARNESS SRL, TIMISOARA (RO)
EINKAEUFER/BUYER   STEFAN KRAUS  +49 9071 58 2210
----------------------------------------------------------------------------------------
POS  MATERIAL          REV  TEXT                                  QTY   VALUE EUR
10   BH-3301-01        B    PROTO HARNESSES DOOR LOCK             --     2.450,00
                            (SERVICE / VALUE LINE PER QUOTE ECH-2024-0467)
----------------------------------------------------------------------------------------
HEADER TEXT (UNCHANGED FROM CHANGE 01):
  PROTO HARNESSES PER YOUR QUOTE ECH-2024-0467. SERIES NOT RELEASED - ON HOLD UNTIL
  PROTO SIGN-OFF AND WRITTEN PRODUCTION RELEASE BY STEFAN KRAUS.

CHANGE 02 TEXT:
  PROTOS OK - GOOD TO RUN.

DELIVERY: FCA TIMISOARA, INCOTERMS 2020. PAYMENT: 60 DAYS NET.
BRENNER EINKAUFSBEDINGUNGEN AUSGABE 2022 GELTEN.
""")])

# ---- p43 (I1): "approved" for the C-samples (technical) and for the PO by finance (commercial)
_p43_txt = """Dear Sami,

good news from Ingolstadt: the C-samples are approved (test report KF-TR-24-0331 attached
in the portal), and PO 4500219550 was approved by our finance department yesterday.

Please keep to the 24 C-samples already delivered; nothing more is to be built now. The
balance of 1,176 pcs is not released until Thomas Wendt sends a written production release.

Thank you for the good cooperation so far.
""" + sig_de("Jana Brückner", "Einkauf Elektrik/Elektronik / Purchasing Electrics",
             "Kessler Fahrzeugtechnik GmbH", "+49 841 9372 118")
_p43_html = html_page("C-samples KF-5120-420", """<p>Dear Sami,</p>
<p>good news from Ingolstadt: the C-samples are approved (test report KF-TR-24-0331 attached in the portal), and PO 4500219550 was approved by our finance department yesterday.</p>
<p>Please keep to the 24 C-samples already delivered; nothing more is to be built now. The balance of 1,176 pcs is not released until Thomas Wendt sends a written production release.</p>
<p>Thank you for the good cooperation so far.</p>
<p style="color:#666">Jana Brückner &ndash; Einkauf Elektrik/Elektronik &ndash; Kessler Fahrzeugtechnik GmbH</p>""")
case("p43_de_tn_approved_twice_eml", ["RG009"],
     "'approved' used for the C-sample test result and for the PO by finance in one message; scope otherwise complete",
     [("C-samples_KF-5120-420_status.eml", eml_bytes(mail(
         KESSLER_JB, SAHEL_SBA, "C-samples KF-5120-420 – status",
         "Thu, 23 May 2024 11:40:00 +0200", _p43_txt, html=_p43_html)))])

# ---- p44 (J1): PO line "quantity as per your quote" (quote not in the bundle)
case("p44_fr_ua_qty_per_quote_pdf", ["RG010"],
     "prototype PO gives the quantity only as 'as per your quote' (quote not attached); hold, event and Antoine Giraud are stated",
     [("VAL-PO-24-0501.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER VAL-PO-24-0501"),
         ("p", "Valcourt Équipements SAS - Vénissieux - to Karpaty Wiring LLC, Lviv, Ukraine - 14/05/2024 - acheteuse Claire Morel"),
         ("table", [
             ["Ligne", "Article", "Désignation", "Qté", "PU EUR"],
             ["10", "VE-8810 rev A", "Faisceaux prototypes / prototype harnesses", "selon devis / as per your quote KW-Q-0344", "selon devis"],
         ]),
         ("h", "Périmètre / scope"),
         ("p", p("""Prototypes only. The series is not released; it stays on hold until the prototype
            sign-off by the Valcourt test lab and a written production release from Antoine Giraud,
            Directeur Achats. Material: prototypes only.""")),
         ("p", "Livraison S25, FCA Lviv. Paiement 60 jours fin de mois. CGA-2022."),
     ], title="VAL-PO-24-0501", author="Valcourt Équipements SAS"))])

# ---- p45 (J2): Teams chat: "go ahead with the proto batch only" — no number anywhere
case("p45_se_ro_teams_proto_batch_only_txt", ["RG010"],
     "chat authorizes 'the proto batch only' with hold, event and Magnus Ek named, but no quantity is ever stated",
     [("teams_chat_export_2024-05-21.txt", """Microsoft Teams – chat export
Chat: Nordvik / ElectroCab – tumble dryer motor harness
Exported: 2024-05-22 07:55 by Elin Sjöberg

[21.05.2024 10:02] Andrei Popescu (ElectroCab): Hi Elin, drawing 8814 640-01 rev B received. Shall we start?
[21.05.2024 10:09] Elin Sjöberg (Nordvik Appliances): Hi Andrei! go ahead with the proto batch only, nothing beyond
[21.05.2024 10:10] Elin Sjöberg (Nordvik Appliances): rest is on hold until our lab has accepted your EOL test report and Magnus Ek signs the written release
[21.05.2024 10:11] Elin Sjöberg (Nordvik Appliances): material for the protos only pls
[21.05.2024 10:15] Andrei Popescu (ElectroCab): ok, proto batch only. delivery same as last time, by truck to Jönköping?
[21.05.2024 10:16] Elin Sjöberg (Nordvik Appliances): yes, dock 7, and mark the boxes PROTO
[21.05.2024 10:16] Andrei Popescu (ElectroCab): 👍
""")])


# =================================================================== build
RULES = [f"RG{i:03d}" for i in range(1, 13)]
EXT_FMT = {".eml": "EML", ".txt": "TXT", ".pdf": "PDF", ".docx": "DOCX", ".html": "HTML"}
ATT_FMT = {"application/pdf": "PDF", DOCX_MT: "DOCX", "text/plain": "TXT", "text/html": "HTML"}


def _eml_contents(data):
    """Formats found inside an EML (attachments only) and a few structural facts."""
    from email import message_from_bytes
    m = message_from_bytes(data, policy=policy.default)
    fmts, facts = set(), set()
    if m.get_content_type() == "multipart/alternative" or any(
            p_.get_content_type() == "multipart/alternative" for p_ in m.walk()):
        facts.add("multipart/alternative")
    for part in m.walk():
        if part.get_content_type() == "message/rfc822":
            facts.add("message/rfc822")
        if part.get_content_disposition() == "attachment" and part.get_content_type() in ATT_FMT:
            fmts.add(ATT_FMT[part.get_content_type()])
            facts.add(f"{ATT_FMT[part.get_content_type()]} attachment")
    body = m.get_body(preferencelist=("plain",))
    if body is not None and re.search(r"^>", body.get_content(), re.M):
        facts.add("quoted reply")
    return fmts, facts


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    rule_n = {r: 0 for r in RULES}
    top_files = {f: 0 for f in EXT_FMT.values()}
    cases_with = {f: 0 for f in EXT_FMT.values()}
    eml_facts: dict[str, int] = {}
    multi = 0
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        for r in c["expect"]:
            assert r in RULES, r
            rule_n[r] += 1
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"{PREFIX}_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        present = set()
        if len(c["files"]) > 1:
            multi += 1
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
            fmt = EXT_FMT[Path(fn).suffix.lower()]
            top_files[fmt] += 1
            present.add(fmt)
            if fmt == "EML":
                inner, facts = _eml_contents(data)
                present |= inner
                for f in facts:
                    eml_facts[f] = eml_facts.get(f, 0) + 1
        for f in present:
            cases_with[f] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}  multi-file folders: {multi}")
    for r in RULES:
        print(f"  {r}: {rule_n[r]}")
    for f in top_files:
        print(f"  {f}: top-level files {top_files[f]}, cases containing {cases_with[f]}")
    for k in sorted(eml_facts):
        print(f"  EML with {k}: {eml_facts[k]}")


if __name__ == "__main__":
    main()
