#!/usr/bin/env python3
"""Generator for the releasegate check_holdout96 corpus (pharmaceutical packaging).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout96/build.py

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
_TRANSLIT = {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ğ": "g", "Ğ": "G", "ş": "s", "Ş": "S", "Δ": "delta "}


def _pdf_safe(s):
    """The standard PDF fonts only carry cp1252; transliterate the rest (as legacy ERP printers do)."""
    import unicodedata
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            if ch in _TRANSLIT:
                out.append(_TRANSLIT[ch])
            else:
                base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
                out.append(base or "?")
    return "".join(out)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    flow = []
    blocks = [(b[0],) + tuple(
        [[_pdf_safe(c) for c in r] for r in x] if b[0] == "table" else _pdf_safe(x) for x in b[1:]) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h96-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h96")
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



def chat(title, lines):
    """Teams/WhatsApp style export. lines: list of (timestamp, speaker, text)."""
    out = [title, "=" * len(title), ""]
    for ts, who, txt in lines:
        out.append(f"[{ts}] {who}: {txt}")
    return "\n".join(out) + "\n"


def quote_lines(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").splitlines())


# ==================================================================== CASES
# c.. = clean (expect []), p.. = with risks. These names never leave this file.

# ------------------------------------------------------------------ c01
case("c01_quote_tiers", [], "supplier quote with sample lot and production tiers; no authorized quantity", [
    ("GV-Q-24-0318.pdf", pdf([
        ("h1", "GRAFICHE VENTURA S.r.l."),
        ("p", "Via dei Tipografi 14, 24040 Stezzano (BG), Italia - P.IVA IT03318870164 - ISO 15378:2017 certified"),
        ("h", "OFFERTA / QUOTATION No. GV-Q-24-0318"),
        ("p", "To: Brandt Pharma GmbH, Einkauf Packmittel, Ulm - Attn. Mr Klaus Wagner"),
        ("p", "Date: 22.04.2024 - Validity: 60 days - Your enquiry: ANF-2024-0117 of 15.04.2024"),
        ("p", "Subject: Patient information leaflet (PIL) Candesartan 8/16 mg, art. no. 700215, "
              "format 148 x 420 mm folded to 37 x 52 mm, 8 panels, 1/1 black, bible paper 40 g/m2, "
              "pharmacode per Laetus standard (code no. 2318)."),
        ("table", [
            ["Pos.", "Description", "Quantity", "Price EUR", "Notes"],
            ["1", "Sample lot incl. print proof and colour check", "1.500 leaflets", "390,00 lump sum", "10 working days"],
            ["2", "Production tier A", "100.000 leaflets", "18,40 / 1.000", "set-up included"],
            ["3", "Production tier B", "250.000 leaflets", "15,90 / 1.000", "set-up included"],
            ["4", "Production tier C", "500.000 leaflets", "14,10 / 1.000", "set-up included"],
            ["5", "Plates / CtP (one-time)", "1 set", "240,00", "re-usable 24 months"],
        ]),
        ("sp",),
        ("h", "Conditions"),
        ("p", "Lead time for production quantities: 15 working days from receipt of your written production release. "
              "Prices for production tiers are valid for releases received within the validity of this offer."),
        ("p", "Tolerance on delivered quantity: +/- 5 %. Packing: bundles of 250, shrink-wrapped, "
              "EUR pallets max. 1.200 mm high. Delivery: DAP Ulm (Incoterms 2020)."),
        ("p", "Payment: 60 days end of month. Certificate of Analysis with every delivery; AQL 0,65 critical / 1,0 major."),
        ("sp",),
        ("p", "Grafiche Ventura S.r.l. - Marco Rinaldi, Customer Service Pharma - tel. +39 035 422 1870"),
    ], title="Quotation GV-Q-24-0318", author="Grafiche Ventura")),
])

# ------------------------------------------------------------------ c02
_c02_txt = """Dear Rakesh ji,

Greetings from Aurovia.

Please find below the scope of our PO 4500381207 (the SAP print will follow separately from
our purchase office). Kindly read the scope carefully and share with your planning team.

Item: 20045511 - Folding carton, Pantoprazole Gastro-resistant Tablets 40 mg, 10 x 10 Alu-Alu
Artwork: rev 04 (with new pharmacode 1175 and 2D code area)
Board: FBB 300 gsm, as per spec PKG-SPC-0211

1. Released now: 300 (three hundred) printed sample cartons, for colour draw-down and a
   pharmacode / machinability check on our Uhlmann C 130 cartonator.
2. The 60,000 cartons in your quotation PQ/24/1187 are NOT released. Please do not print,
   die-cut or purchase board for them.
3. Board: purchase only what the 300 sample cartons need (plus normal make-ready wastage).
4. The 60,000 will be released only by a separate written release from Dr. Meera Iyer,
   Head - Packaging Development, after our QA sign-off of the sample cartons. A PO amendment
   alone does not release them.

Samples to be delivered to our Jeedimetla site, Stores (Packing Material), before 24 May.
Kindly acknowledge this scope by return mail.

Thanks & Regards,
Ankit Sharma
Sr. Executive - Purchase (Packaging Materials)
Aurovia Generics Ltd., Plot 42, IDA Jeedimetla, Hyderabad 500055
+91 40 2309 4411

DISCLAIMER: This e-mail is confidential and intended for the addressee only. Aurovia Generics
Ltd. does not accept liability for any errors or omissions in its contents.
"""
_c02_html = ("<p>Dear Rakesh ji,</p><p>Greetings from Aurovia.</p>"
             "<p>Please find below the scope of our <b>PO 4500381207</b> (the SAP print will follow separately).</p>"
             "<p>Item: 20045511 - Folding carton, Pantoprazole Gastro-resistant Tablets 40 mg, 10 x 10 Alu-Alu<br>"
             "Artwork: rev 04 (with new pharmacode 1175 and 2D code area)<br>Board: FBB 300 gsm, as per spec PKG-SPC-0211</p>"
             "<ol><li>Released now: <b>300 (three hundred) printed sample cartons</b>, for colour draw-down and a pharmacode / "
             "machinability check on our Uhlmann C 130 cartonator.</li>"
             "<li>The 60,000 cartons in your quotation PQ/24/1187 are <b>NOT released</b>. Please do not print, die-cut or "
             "purchase board for them.</li>"
             "<li>Board: purchase only what the 300 sample cartons need (plus normal make-ready wastage).</li>"
             "<li>The 60,000 will be released only by a separate written release from Dr. Meera Iyer, Head - Packaging "
             "Development, after our QA sign-off of the sample cartons. A PO amendment alone does not release them.</li></ol>"
             "<p>Samples to be delivered to our Jeedimetla site, Stores (Packing Material), before 24 May.<br>"
             "Kindly acknowledge this scope by return mail.</p>"
             "<p>Thanks &amp; Regards,<br>Ankit Sharma<br>Sr. Executive - Purchase (Packaging Materials)<br>"
             "Aurovia Generics Ltd., Hyderabad</p>")
case("c02_sample_po_full_scope", [], "sample PO naming active qty, hold, unlock event, named release person, material", [
    ("PO_4500381207_scope.eml", mail(
        "Ankit Sharma <ankit.sharma@aurovia-generics.in>", "Rakesh Patel <rakesh@printwellcartons.co.in>",
        "PO 4500381207 - sample cartons - Pantoprazole 40 mg 10x10 - artwork rev 04",
        "Thu, 02 May 2024 11:20:00 +0530", _c02_txt, html=_c02_html,
        cc="Meera Iyer <meera.iyer@aurovia-generics.in>")),
])

# ------------------------------------------------------------------ c03
_c03 = """Dear Mrs Schulz,

thank you very much for the order. Before our planning department reserves the machine, one
small question: do we have green light also for the 120.000 leaflets, or only for the proofs?
Our planning would like to book the Heidelberg folding line in week 23 if possible, so please
confirm when you can.

The 2.000 proof leaflets will be printed on Monday and sent together with the pharmacode report.

Z poważaniem / Best regards
Katarzyna Nowak
Key Account Manager Pharma
Drukpol Opakowania Sp. z o.o.
ul. Papiernicza 7, 92-312 Łódź, Poland
tel. +48 42 640 18 22

Von: Birgit Schulz <b.schulz@rheinfeld-arznei.de>
Gesendet: Montag, 6. Mai 2024 09:12
An: Katarzyna Nowak <k.nowak@drukpol.pl>
Betreff: Bestellung 4100027719 - Packungsbeilage Metformin 850 mg - proofs

""" + quote_lines("""
Dear Mrs Nowak,

please find attached our order 4100027719 for the package leaflet Metformin 850 mg,
article 510377, version 06/2024.

Scope of this order: 2.000 (two thousand) proof leaflets for print proof and pharmacode test.
The 120.000 leaflets of your offer DP/OF/24/0211 are not released and must not be printed.
They will be released only by a written production release from Dr. Thomas Becker, Leiter
Verpackungsentwicklung, after our sign-off of the proofs.

Mit freundlichen Grüßen
Birgit Schulz
Einkauf Packmittel, Rheinfeld Arzneimittel GmbH, Darmstadt
""") + "\n"
case("c03_supplier_question", [], "supplier asks whether green light covers the 120.000; quoted buyer scope complete", [
    ("RE_Bestellung_4100027719.eml", mail(
        "Katarzyna Nowak <k.nowak@drukpol.pl>", "Birgit Schulz <b.schulz@rheinfeld-arznei.de>",
        "RE: Bestellung 4100027719 - Packungsbeilage Metformin 850 mg - proofs",
        "Tue, 07 May 2024 08:41:00 +0200", _c03, in_reply_to="<h96-po-4100027719@rheinfeld-arznei.de>")),
])

# ------------------------------------------------------------------ c04
_c04 = """CORRIB BIOPHARMA LTD                                         Ringaskiddy, Co. Cork, Ireland
ROLLING 12-MONTH FORECAST  -  FOR CAPACITY PLANNING ONLY  -  NOT A PURCHASE ORDER
================================================================================
Supplier : 210044  ANADOLU AMBALAJ A.S., Tuzla / Istanbul
Run date : 03.05.2024   Planner: N. O'CONNOR   Horizon: 06/2024 - 05/2025
Material : 10034876  ALU/ALU COLD-FORM BOTTOM FOIL OPA25/AL45/PVC60  W=142MM

PERIOD     FCST QTY (M)   BASIS
-------    ------------   ---------------------
06/2024        20.000     estimate
07/2024        15.000     estimate
08/2024        25.000     estimate
09/2024        20.000     estimate
10/2024        20.000     estimate
11/2024        30.000     estimate
12/2024        10.000     estimate
Q1/2025        60.000     estimate
Q2/2025        60.000     estimate (launch DE/AT dependent)
-------    ------------
TOTAL         260.000

NOTES
- Quantities are non-binding estimates for your capacity and raw-material planning.
- Nothing in this forecast authorises production or the purchase of material at
  Corrib's liability. Call-offs are issued separately by Procurement against
  scheduling agreement 5500002231 and state the released quantity.
- Please report capacity constraints > 10 % to n.oconnor@corribbio.ie by 17.05.2024.
================================================================================
END OF REPORT                                                  PAGE 1 / 1
"""
case("c04_forecast_labelled", [], "rolling forecast clearly labelled non-binding, not an order", [
    ("FCST_210044_202405.txt", _c04),
])

# ------------------------------------------------------------------ c05
_c05 = """Dear Marco,

we have checked the digital print proof and the colour draw-down for label art. 300127
(10 ml vial label, Rev. C, Pantone 2945 C, 35 x 70 mm). Text, pharmacode 2197 and the
unvarnished window for the 2D code are all correct, and the draw-down is within ΔE 2.0.

Please note: this is a technical sign-off of the proof only. It is not a production release.

- The 200 proof labels delivered last week remain the only quantity released under
  PO 4500776120.
- The 40.000 labels of your offer GV-Q-24-0287 stay on hold. Please do not print them and do
  not order face stock for them.
- They will be released only by a written production release from Dr. Stefan Hoffmann, Head
  of Supply Chain, after our QA has signed off the proof labels on the Herma labeller trial
  (planned 21 May).

Thank you for the quick turnaround.

Kind regards
Julia Krämer
Packaging Development
Brandt Pharma GmbH | Magirusstraße 21 | 89077 Ulm | Germany
T +49 731 9402 338

Brandt Pharma GmbH - Sitz Ulm - Amtsgericht Ulm HRB 72 118 - Geschäftsführer: Dr. A. Brandt
"""
case("c05_technical_signoff", [], "proof sign-off explicitly technical only; 200 released, 40.000 on hold, event and person named", [
    ("Proof_signoff_300127.eml", mail(
        "Julia Krämer <julia.kraemer@brandt-pharma.de>", "Marco Rinaldi <m.rinaldi@graficheventura.it>",
        "Proof sign-off labels 10 ml vial - art. 300127 - technical only",
        "Wed, 08 May 2024 15:02:00 +0200", _c05, cc="Stefan Hoffmann <stefan.hoffmann@brandt-pharma.de>")),
])

# ------------------------------------------------------------------ c06
case("c06_full_po_bottles", [], "full-quantity production PO, no balance, proceed scoped to 48,000", [
    ("PO_7100-24-0457.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", "Hearthline Consumer Health, Inc. - 1200 Waterview Plaza, Parsippany, NJ 07054, USA"),
        ("table", [
            ["PO number", "7100-24-0457", "Date", "April 29, 2024"],
            ["Supplier", "Ningbo Clearform Packaging Co., Ltd.", "Supplier no.", "V-20871"],
            ["Buyer", "Rachel Kim, Director, Procurement", "Terms", "Net 60 / FOB Ningbo"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Amount USD"],
            ["10", "HB-PET-150-WHT", "150 cc white PET bottle, 38-400 neck, per drawing DWG-HB-1150 Rev 7",
             "48,000", "EA", "0.0612", "2,937.60"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This is a full production order. Line 10 is released for production in full: 48,000 bottles. "
              "There is no sample line and no balance on this PO. Samples were signed off on March 14, 2024 "
              "(sample sign-off ref. SS-HB-0311). Please proceed with the 48,000 bottles per drawing DWG-HB-1150 "
              "Rev 7 and the signed-off sample."),
        ("h", "Specification"),
        ("p", "Resin: PET per USP <661.1>, supplier site certified to ISO 15378:2017. 100 % camera inspection; "
              "AQL 0.65 critical / 1.5 major. Neck finish 38-400 per SPI. Weight 16.5 g +/- 0.5 g."),
        ("p", "Packing: 1,200 bottles per carton, 40 cartons per pallet (one pallet). Pallet label with PO number, "
              "lot number and quantity. CoA to be e-mailed before shipment."),
        ("p", "Shipment: ETD Ningbo June 20, 2024, consolidated LCL to Port Newark."),
        ("sp",),
        ("p", "Authorized by: Rachel Kim, Director, Procurement. Hearthline standard terms and conditions "
              "(HCH-T&C-2023) apply."),
    ], pagesize=LETTER, title="PO 7100-24-0457", author="Hearthline Consumer Health")),
])

# ------------------------------------------------------------------ c07
_c07 = """CORRIB BIOPHARMA LTD - PROCUREMENT                             CALL-OFF / LIEFERABRUF
Ringaskiddy, Co. Cork, P43 XK77, Ireland
--------------------------------------------------------------------------------
CALL-OFF NO.        : CO-2024-017
AGAINST             : Scheduling agreement 5500002231 (valid 01.01.2024 - 31.12.2024)
SUPPLIER            : 210044  ANADOLU AMBALAJ A.S., Aydinli OSB, Tuzla / Istanbul, TR
DATE                : 06.05.2024
--------------------------------------------------------------------------------
MATERIAL            : 10034876  Alu/Alu cold-form bottom foil
                      OPA 25 um / Al 45 um / PVC 60 um, width 142 mm, core 152 mm
SPEC                : CBP-PM-SPC-0877 rev 3

RELEASED THIS CALL-OFF       :   20,000 m     delivery CW 26/2024, DAP Ringaskiddy
AGREEMENT VOLUME (info only) :  120,000 m     not released
BALANCE NOT RELEASED         :  100,000 m     do not produce

MATERIAL AUTHORITY  : STAGED. Supplier may purchase and hold raw aluminium foil and
                      OPA film for up to 60,000 m of finished laminate at Corrib
                      BioPharma's liability. Raw material beyond 60,000 m is at the
                      supplier's own risk. This material authority does not release
                      production beyond the 20,000 m above.
NEXT RELEASE        : by the next call-off only. Call-offs are issued by
                      Niamh O'Connor, Supply Planner, and state the released quantity.
QUALITY             : CoA per delivery; reels in quarantine until Corrib QA disposition.
--------------------------------------------------------------------------------
Issued by: Niamh O'Connor, Supply Planner  |  n.oconnor@corribbio.ie  |  +353 21 437 7700
"""
case("c07_calloff_staged_material", [], "call-off releases 20,000 m; explicit staged material authority 60,000 m; next call-off by named planner", [
    ("CO-2024-017.txt", _c07),
])

# ------------------------------------------------------------------ c08
case("c08_auto_conversion_recorded", [], "explicit recorded auto-conversion naming quantity, signer and conditions", [
    ("Schedule3_PO4500091452.docx", docx_bytes([
        ("h1", "Schedule 3 - Scope and release terms"),
        ("p", "To the Quality and Supply Agreement QSA-CBP-DKP-2023 between Corrib BioPharma Ltd (Cork, Ireland) "
              "and Drukpol Opakowania Sp. z o.o. (Łódź, Poland)."),
        ("p", "Purchase order: 4500091452. Item: Patient Information Leaflet 700321 rev 2 (exhibit batch, "
              "product code CBP-0412). Change control: CC-24-0098."),
        ("table", [
            ["Term", "Value"],
            ["Quantity released now", "1,500 sample leaflets (print proof and pharmacode verification)"],
            ["Quoted production quantity", "30,000 leaflets, basis: firm"],
            ["Status of the 30,000", "Not released until the auto-conversion event below has occurred"],
            ["Auto-conversion (recorded 12 April 2024 under CC-24-0098)",
             "An approved sample sign-off of the 1,500 sample leaflets, signed by Aoife Brennan, QA Packaging Lead, "
             "releases 30,000 production leaflets by itself, without a further written release. An interim or "
             "rejected sign-off releases nothing."],
            ["Quantities above 30,000", "Not released. Require a written release from Ciarán Walsh, Procurement Manager."],
            ["Material authority", "Sample-only until the auto-conversion has occurred; thereafter paper for 30,000 leaflets."],
        ]),
        ("sp",),
        ("p", "Both parties record this auto-conversion as an exception to clause 7.2 of the Agreement "
              "(production only against a written release). It applies to PO 4500091452 only."),
        ("p", "Signed for Corrib BioPharma Ltd: Ciarán Walsh, Procurement Manager; Aoife Brennan, QA Packaging Lead."),
        ("p", "Signed for Drukpol Opakowania Sp. z o.o.: Katarzyna Nowak, Key Account Manager Pharma."),
    ], author="Ciaran Walsh")),
])

# ------------------------------------------------------------------ c09
_c09_old = mail(
    "Paweł Mazur <p.mazur@etykiety-mazur.pl>", "Rafael Costa <rafael.costa@serraazul.com.br>",
    "Oferta EM/23/441 - labels 100 ml syrup", "Tue, 14 Nov 2023 10:05:00 +0100",
    """Dear Mr Costa,

as requested please find our offer EM/23/441 for the self-adhesive label 100 ml syrup,
ref. 55012-ET, 60 x 110 mm, PP white top-coated, 5 colours + varnish, on 76 mm core.

  Sample lot ........................ 2.000 labels ........ PLN 650,00 lump sum
  Production ........................ 200.000 labels ...... PLN 61,00 / 1.000
  Cliché set (one-time) ............. 1 set ............... PLN 1.480,00

Lead time production: 3 weeks from order. Validity 90 days.

Best regards
Paweł Mazur
Etykiety Mazur Sp. z o.o., ul. Druskienicka 12, 60-476 Poznań
""")
_c09 = """Dear Paweł,

as discussed by phone this morning, our PO 4700011823 covers 2.000 (two thousand) sample labels,
ref. 55012-ET, artwork version 03, for the labeller trial at our Campinas plant.

I forward below your old quote from 2023 only so that your team can see the specification we
agreed at the time. The quantities in it, including the 200.000 labels, are informational only
and not released. Please do not plan them.

The production quantity will be released only by a written release signed by Fernanda Lima,
Gerente de Suprimentos, after our QA sign-off of the labeller trial.

Abraços,
Luiza Andrade
Compras - Materiais de Embalagem
Laboratório Serra Azul S.A. | Rod. Anhanguera km 104 | Campinas - SP | Brasil
+55 19 3754 2210
"""
case("c09_forwarded_old_quote", [], "old quote with 200.000 forwarded as rfc822 and declared informational; sample scope complete", [
    ("PO_4700011823_labels.eml", mail(
        "Luiza Andrade <luiza.andrade@serraazul.com.br>", "Paweł Mazur <p.mazur@etykiety-mazur.pl>",
        "PO 4700011823 - labels 100 ml syrup - sample lot / old quote for reference",
        "Fri, 03 May 2024 14:30:00 -0300", _c09, attachments=[("rfc822", _c09_old)])),
])

# ------------------------------------------------------------------ c10
_c10 = """Dear Vinod,

No, please do not. Sign-off of the test cartons does not release anything further.

Only the 600 serialization test cartons under PO 6100045520 are released. The 90,000
commercial cartons stay on hold until you receive a written production release from Sameer
Kulkarni, Head - Purchase, and he will issue it only after our serialization line trial on the
Marchesini MA 100 is signed off. Please do not purchase board for the 90,000 either, and
release the week 24 slot if you need it for another customer.

Regards,
Priya Raman
Manager - Packaging Development
Medivanta Lifesciences Pvt. Ltd., Chakan MIDC Phase II, Pune 410501

-----Original Message-----
From: Vinod Desai <vinod.desai@printwellcartons.co.in>
Sent: 09 May 2024 17:48
To: Priya Raman <priya.raman@medivanta.in>
Subject: Serialization test cartons - Atorvastatin 10 mg - PO 6100045520

""" + quote_lines("""
Dear Madam,

The 600 test cartons with the GS1 DataMatrix window are ready and will dispatch on Friday by
Gati. Once you approve the samples we will roll straight into the 90,000 so that we can keep
the Heidelberg slot in week 24. Hope this is fine.

Regards,
Vinod Desai
Production Planning, Printwell Cartons Pvt. Ltd., Daman
""") + "\n"
case("c10_buyer_corrects_autoconversion", [], "quoted supplier assumes auto-conversion; buyer reply corrects with full scope", [
    ("RE_Serialization_test_cartons.eml", mail(
        "Priya Raman <priya.raman@medivanta.in>", "Vinod Desai <vinod.desai@printwellcartons.co.in>",
        "RE: Serialization test cartons - Atorvastatin 10 mg - PO 6100045520",
        "Fri, 10 May 2024 09:15:00 +0530", _c10, cc="Sameer Kulkarni <sameer.kulkarni@medivanta.in>",
        in_reply_to="<h96-vd-0509@printwellcartons.co.in>")),
])

# ------------------------------------------------------------------ c11
_c11 = """Dear Rachel,

Good day!

We received your 30% deposit USD 1,840.00 for our PI NC-24-0612 today, thank you very much.

Please kindly note the deposit does not release production. As per your PO 7100-24-0519 we will
only make the 500 sample bottles (150 cc white PET, 38-400) for your stability and
induction-seal test. The 60,000 bottles stay on hold; we will not buy resin or start moulding
for them until we receive the written production release from Sandra Ortiz.

Samples ETD: May 28 by DHL, AWB number will advise.

Best regards,
Lily Chen
Sales Manager
Ningbo Clearform Packaging Co., Ltd.
No. 88 Xinggang Road, Beilun District, Ningbo, Zhejiang, China
Tel: +86 574 8688 1203
"""
case("c11_deposit_not_release", [], "supplier: deposit does not release production; only 500 samples", [
    ("RE_PI_NC-24-0612_deposit.eml", mail(
        "Lily Chen <lily.chen@clearform-pack.cn>", "Rachel Kim <rkim@hearthlinehealth.com>",
        "RE: PI NC-24-0612 - 30% deposit received", "Tue, 14 May 2024 16:22:00 +0800", _c11)),
])

# ------------------------------------------------------------------ c12
case("c12_supplier_ack_hold", [], "supplier order confirmation restating the hold of position 2", [
    ("PZ_2024_0877.pdf", pdf([
        ("h1", "POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION"),
        ("p", "Drukpol Opakowania Sp. z o.o., ul. Papiernicza 7, 92-312 Łódź - NIP 727-10-22-318"),
        ("p", "No. PZ/2024/0877 - Date 10.05.2024 - Customer: Rheinfeld Arzneimittel GmbH, Darmstadt - "
              "Your order 4100027804 of 08.05.2024"),
        ("table", [
            ["Pos.", "Item", "Quantity", "Scope", "Status"],
            ["1", "Leaflet Ramipril 5 mg, art. 510402, 170 x 420 mm, 40 g/m2", "2.000", "Proofs", "confirmed - week 21"],
            ["2", "Leaflet Ramipril 5 mg, art. 510402, 170 x 420 mm, 40 g/m2", "118.000", "Production", "ON HOLD - not released"],
        ]),
        ("sp",),
        ("p", "We confirm your order 4100027804 as written. Position 1 (2.000 proof leaflets) is released and "
              "scheduled for week 21. Position 2 (118.000 leaflets) is not released: we will not print it and we "
              "will not buy paper for it."),
        ("p", "Position 2 will be planned only after we receive a written production release signed by "
              "Dr. Thomas Becker, Leiter Verpackungsentwicklung, following your sign-off of the proofs."),
        ("p", "Delivery DAP Darmstadt. Payment 60 days net. Certificate of Conformity and pharmacode report with "
              "each delivery."),
        ("sp",),
        ("p", "Katarzyna Nowak, Key Account Manager Pharma"),
    ], title="PZ/2024/0877", author="Drukpol")),
])

# ------------------------------------------------------------------ c13
_c13 = """BRANDT PHARMA GMBH                                      BESTELLUNG / PURCHASE ORDER
Magirusstrasse 21, 89077 Ulm                            Nr. 4500781400  Datum 02.05.2024
----------------------------------------------------------------------------------------
Lieferant/Supplier : 300150  ANADOLU AMBALAJ A.S., Aydinli OSB, Tuzla/Istanbul, TR
Einkaeufer/Buyer   : K. WAGNER   Tel. +49 731 9402 310
----------------------------------------------------------------------------------------
Pos   Material    Bezeichnung                               Menge     ME   Preis/1000
----------------------------------------------------------------------------------------
00010 1000-2500   DECKFOLIE 20 UM AL HART, HSL, DRUCK 2C     250.000  M    14,20 EUR
                  SPEC PS-4500 REV 12 / DIN EN ISO 15378:2017
                  PHARMACODE 1250, RAPPORT 95 MM, BREITE 250 MM
                  ROLLEN A 1.000 M, KERN 76 MM (250 ROLLEN)
----------------------------------------------------------------------------------------
Liefertermin/Delivery : KW 27/2024            Incoterms 2020: DAP Ulm
Zahlung/Payment       : 60 Tage netto

TEXT
Full production order. Quantity released for production: 250.000 m (the entire PO).
There is no sample position and no balance on this PO. Print proof signed off on
18.04.2024 (ref. PF-2024-0250), colour to standard STD-2C-0311.
CoA per lot; incoming goods stay in quarantine until Brandt QA has accepted the lot.

Bestellwert/Order value : 3.550,00 EUR
----------------------------------------------------------------------------------------
Es gelten unsere Einkaufsbedingungen EKB 2022. Bitte Auftragsbestaetigung innerhalb 3 Tagen.
"""
case("c13_sap_full_po_identifiers", [], "full-quantity SAP PO; numbers like 1000-2500, PS-4500 Rev 12, ISO 15378 are identifiers", [
    ("BE_4500781400.txt", _c13),
])

# ------------------------------------------------------------------ c14
case("c14_interim_release", [], "release of 5,000 within interim sign-off limits; 45,000 on hold; event and person named", [
    ("PR-2024-031.pdf", pdf([
        ("h1", "PRODUCTION RELEASE PR-2024-031"),
        ("p", "Corrib BioPharma Ltd, Procurement - Ringaskiddy, Co. Cork, Ireland - 13 May 2024"),
        ("p", "To: Drukpol Opakowania Sp. z o.o., Łódź - Attn. Katarzyna Nowak"),
        ("table", [
            ["Item", "Folding carton 28 tablets, item 600418 rev 3"],
            ["Purchase order", "4500091870 (commercial cover 50,000 cartons)"],
            ["Sample disposition", "Interim sign-off under deviation DV-24-017 (varnish gloss below target, accepted "
                                   "for a limited quantity). Limit: 5,000 cartons; valid until 30 June 2024."],
            ["Released by this letter", "5,000 (five thousand) cartons"],
            ["Not released", "The remaining 45,000 cartons of the PO"],
            ["Unlock for the 45,000", "Final sample sign-off after the varnish correction, then a further written "
                                      "release from Ciarán Walsh, Procurement Manager"],
            ["Material authority", "Board and varnish for the 5,000 released cartons only"],
        ]),
        ("sp",),
        ("p", "Cartons produced under this release must be labelled 'DV-24-017' on each shipper and delivered "
              "before 30 June 2024. Deliveries after that date will be rejected at goods-in."),
        ("p", "Signed: Ciarán Walsh, Procurement Manager (release authority, limit EUR 50,000). "
              "Second approver: Aoife Brennan, QA Packaging Lead."),
    ], title="PR-2024-031", author="Corrib BioPharma")),
])

# ------------------------------------------------------------------ c15
_c15_body = """<div style="background:#0b4f6c;color:#fff;padding:8px"><b>Medivanta SRM</b> &middot; Supplier Portal &middot;
Logged in as: Anadolu Ambalaj A.S. (vendor 400912)</div>
<h2>Purchase Order 6100045901 &mdash; Printed label, Levocetirizine Syrup 60 ml</h2>
<table>
<tr><th>PO date</th><td>07-05-2024</td><th>Buyer</th><td>Sameer Kulkarni, Head - Purchase</td></tr>
<tr><th>Item</th><td>PM-330918 Label 60 ml, 52 x 120 mm, BOPP</td><th>Artwork</th><td>AW-330918 v03</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Scope</th><th>Quantity</th><th>Status</th><th>Delivery</th></tr>
<tr><td>10</td><td>Sample</td><td>1,000 labels</td><td>Released</td><td>24-05-2024</td></tr>
<tr><td>20</td><td>Production</td><td>40,000 labels</td><td>On hold &mdash; not released</td><td>&mdash;</td></tr>
</table>
<div class="note"><b>Scope note (from buyer):</b> Line 20 is commercial cover only. It is not released for
production. Unlock: sample sign-off of line 10 by our QA, followed by a written production release from
Priya Raman, Manager &ndash; Packaging Development. Material authority: sample-only (face stock and ink for
line 10 only). The production quantity is a forecast basis and may change.</div>
<p><button>Acknowledge scope</button> <button>Download PDF</button></p>
<p style="color:#777">&copy; 2024 Medivanta Lifesciences Pvt. Ltd. &middot; Portal v4.2.1</p>"""
case("c15_portal_lines_scoped", [], "portal PO page: line 10 sample released, line 20 on hold with unlock and named person", [
    ("SRM_PO_6100045901.html", html_page("Medivanta SRM - PO 6100045901", _c15_body)),
])


# ------------------------------------------------------------------ p01
_p01 = """Dear Ankit ji,

Greetings from Printwell!

Thanks for the PO. The 400 sample cartons will be printed on Tuesday and couriered to Hyderabad
by Thursday along with the colour draw-down and the pharmacode verification report.

Also to inform you, ITC board (FBB 350 gsm, Cyber XL) is in short supply this quarter and the
mill has increased rates w.e.f. 1st June. To protect your launch we have already lifted board
from the mill for the complete 80,000 cartons - approx. 4.2 MT - and it is lying in our Daman
godown under your name. Invoice for the board will be raised along with the samples.

Request you to kindly arrange the balance artwork files for the 1x10 pack also.

Thanks & Regards,
Rakesh Patel
Manager - Sales
Printwell Cartons Pvt. Ltd.
Survey No. 318/2, Kachigam Industrial Area, Daman 396210
Mob: +91 98250 44719

-----Original Message-----
From: Ankit Sharma <ankit.sharma@aurovia-generics.in>
Sent: 06 May 2024 12:02
To: Rakesh Patel <rakesh@printwellcartons.co.in>
Subject: PO 4500381355 - sample cartons - Telmisartan 40 mg 3x10

""" + quote_lines("""
Dear Rakesh ji,

Please find attached PO 4500381355 for 400 (four hundred) sample cartons, item 20046102,
artwork rev 02.

Only these 400 cartons are released. The 80,000 cartons of your quote PQ/24/1203 are not
released and must not be printed. They will be released by a written release from
Dr. Meera Iyer, Head - Packaging Development, once our QA has signed off the sample cartons.

Thanks & Regards,
Ankit Sharma
""") + "\n"
case("p01_board_lifted_full_qty", ["RG006"], "supplier lifted board for all 80,000 while only 400 samples released; no material authority", [
    ("RE_PO_4500381355.eml", mail(
        "Rakesh Patel <rakesh@printwellcartons.co.in>", "Ankit Sharma <ankit.sharma@aurovia-generics.in>",
        "RE: PO 4500381355 - sample cartons - Telmisartan 40 mg 3x10",
        "Wed, 08 May 2024 18:05:00 +0530", _p01, in_reply_to="<h96-as-0506@aurovia-generics.in>")),
])

# ------------------------------------------------------------------ p03
_p03_att = """SHREE LAXMI FOILS PVT. LTD.              WEEKLY ORDER STATUS - WK 19/2024
Plot 1147, Phase IV, GIDC Vatva, Ahmedabad 382445        Customer: MEDIVANTA LIFESCIENCES
==========================================================================================
PO NO.       ITEM / DESCRIPTION                 RELEASED     PRODUCED    DISPATCHED
------------------------------------------------------------------------------------------
6100046001   PM-220417 PRINTED ALU FOIL 25 MIC   30,000 M     12,500 M          0 M
             HSL/PVC, 1 COL + OP, W 250 MM
6100045770   PM-220390 BLISTER FOIL PLAIN 20 MIC  8,000 M      8,000 M      8,000 M
==========================================================================================
RAW MATERIAL
PO 6100046001 : AL FOIL 25 MIC (HINDALCO) 6.5 MT + HSL LACQUER 410 KG
                -> COVERS 240,000 M (FULL ANNUAL QTY)
                PROCURED IN ADVANCE AND KEPT RESERVED AGAINST THIS PO TO AVOID
                PRICE INCREASE FROM JULY.
PO 6100045770 : NIL (COMPLETED)
------------------------------------------------------------------------------------------
REMARKS
- PO 6100046001: balance 210,000 m not released - awaiting your release.
- Released 30,000 m: balance 17,500 m to be dispatched by 18.05.2024.
- CoA for dispatched lot SLF/24/0388 sent on 06.05.2024.
==========================================================================================
Prepared by: PPC Dept.              Checked by: Hitesh Shah           Page 1 of 1
"""
case("p03_status_rm_full_annual", ["RG006"], "supplier status: raw material for 240,000 m reserved against 30,000 m released", [
    ("Weekly_status_wk19.eml", mail(
        "Hitesh Shah <hitesh@shreelaxmifoils.com>", "Sameer Kulkarni <sameer.kulkarni@medivanta.in>",
        "Weekly order status - Medivanta - WK 19/2024", "Sat, 11 May 2024 11:40:00 +0530",
        "Dear Sameer sir,\n\nPlease find attached our weekly order status for week 19.\n\n"
        "Kindly revert in case of any query.\n\nRegards,\nHitesh Shah\nDirector - Marketing\n"
        "Shree Laxmi Foils Pvt. Ltd., Ahmedabad\n+91 79 2583 0917\n",
        attachments=[("SLF_status_wk19.txt", _p03_att, "text/plain")])),
])

# ------------------------------------------------------------------ p04
_p04 = chat("Microsoft Teams - chat export - Hearthline / Marmara Karton - Ibuprofen 200ct carton", [
    ("13/05/2024 09:02", "Dan Whitaker (Hearthline)", "Morning Emre. PO 7100-24-0602 went out Friday - 250 sample cartons for the ibuprofen 200 ct, artwork v5. That's all that's released right now."),
    ("13/05/2024 09:03", "Dan Whitaker (Hearthline)", "The 60k on your quote stays on hold until Sandra Ortiz sends the written release after we've run the samples on the cartoner."),
    ("13/05/2024 09:15", "Emre Aydın (Marmara Karton)", "Good morning Dan, understood. Samples printing Wednesday, ship Friday UPS."),
    ("13/05/2024 09:16", "Emre Aydın (Marmara Karton)", "fyi board is already sheeted for the whole 60k, so when Sandra's release comes we can go to press same day 👍"),
    ("13/05/2024 09:21", "Dan Whitaker (Hearthline)", "can you resend the dieline pdf? the one from Friday still has the old glue flap"),
    ("13/05/2024 09:24", "Emre Aydın (Marmara Karton)", "sent, rev D"),
    ("13/05/2024 09:25", "Dan Whitaker (Hearthline)", "thx, that's the one"),
])
case("p04_chat_board_sheeted", ["RG006"], "supplier has sheeted board for whole 60k while 250 samples released", [
    ("Teams_export_ibuprofen_carton.txt", _p04),
])

# ------------------------------------------------------------------ p05
_p05 = """Dear Mrs Schulz,

the 3.000 proof leaflets are printed and will go out with DHL today, together with the
pharmacode report (Laetus, all 3.000 read OK).

As agreed in your forecast for 2024 (1.200.000 leaflets), which we take as your firm order for
the year, we have reserved and already paid the paper for the first 120.000 leaflets (Munken
Print White 40 g/m2, approx. 2,1 t). The price is fixed until December, so this is good for you.

Please send us the production release as soon as you have it, so we can plan the machine.

With best regards
Tomasz Wiśniewski
Planning Department
Drukpol Opakowania Sp. z o.o., Łódź

-----Original Message-----
From: Birgit Schulz <b.schulz@rheinfeld-arznei.de>
Sent: Friday, 3 May 2024 10:44
Subject: Bestellung 4100028140 - Packungsbeilage Ramipril 5 mg

""" + quote_lines("""
Dear Mrs Nowak, dear Mr Wiśniewski,

order 4100028140 covers 3.000 (three thousand) proof leaflets, article 510415. The production
quantity is not released. The production release will come in writing from Dr. Thomas Becker,
Leiter Verpackungsentwicklung, after our sign-off of the proofs.

The attached 2024 forecast is for your planning only and is not an order.

Mit freundlichen Grüßen
Birgit Schulz, Einkauf Packmittel
""") + "\n"
case("p05_paper_paid_forecast_firm", ["RG006", "RG008"], "supplier treats labelled forecast as firm yearly order and paid paper for 120.000 vs 3.000 released", [
    ("AW_Bestellung_4100028140.eml", mail(
        "Tomasz Wiśniewski <t.wisniewski@drukpol.pl>", "Birgit Schulz <b.schulz@rheinfeld-arznei.de>",
        "AW: Bestellung 4100028140 - Packungsbeilage Ramipril 5 mg - proofs sent / paper",
        "Mon, 13 May 2024 13:10:00 +0200", _p05, cc="Katarzyna Nowak <k.nowak@drukpol.pl>")),
])

# ------------------------------------------------------------------ p06
_p06 = """Dear Rachel,

Good day!

The 300 pcs sample bottles (250cc amber PET, 38-400, 24 g) will finish moulding on Monday and
send by DHL, tracking number will advise you.

Please kindly note: to save lead time we already prepared the PET resin and amber masterbatch
for the 200,000 pcs mass production, it is in our warehouse now. After you confirm the sample
bottles are OK, we will arrange the mass production 200,000 pcs directly, no need another
document, so the goods can ship before end of July.

Any question please let me know.

Best regards,
Kevin Zhou
Sales Dept.
Ningbo Clearform Packaging Co., Ltd.
Tel: +86 574 8688 1207  WeChat: kevinzhou_pack

From: Rachel Kim <rkim@hearthlinehealth.com>
Sent: Monday, May 6, 2024 4:12 PM
To: Kevin Zhou <kevin.zhou@clearform-pack.cn>
Subject: PO 7100-24-0655 - sample bottles 250cc amber

""" + quote_lines("""
Hi Kevin,

PO 7100-24-0655 is attached. It covers 300 (three hundred) sample bottles only.

The 200,000 bottles in your quotation NC-Q-24-081 are not released. The production release will
be sent in writing by Sandra Ortiz, Supply Chain Manager, after our stability pull and the
induction-seal test on the samples are signed off.

Thanks,
Rachel Kim
Director, Procurement | Hearthline Consumer Health
""") + "\n"
case("p06_resin_ready_mass_production", ["RG006", "RG007"], "supplier staged resin for 200,000 and will start mass production on sample OK, no further document", [
    ("RE_PO_7100-24-0655.eml", mail(
        "Kevin Zhou <kevin.zhou@clearform-pack.cn>", "Rachel Kim <rkim@hearthlinehealth.com>",
        "RE: PO 7100-24-0655 - sample bottles 250cc amber", "Thu, 09 May 2024 10:31:00 +0800", _p06,
        in_reply_to="<h96-rk-0506@hearthlinehealth.com>")),
])

# ------------------------------------------------------------------ p07
_p07_co = """CORRIB BIOPHARMA LTD - PROCUREMENT                             CALL-OFF / LIEFERABRUF
Ringaskiddy, Co. Cork, P43 XK77, Ireland
--------------------------------------------------------------------------------
CALL-OFF NO.        : CO-2024-022
AGAINST             : Scheduling agreement 5500002298 (valid 01.01.2024 - 31.12.2024)
SUPPLIER            : 210044  ANADOLU AMBALAJ A.S., Aydinli OSB, Tuzla / Istanbul, TR
DATE                : 14.05.2024
--------------------------------------------------------------------------------
MATERIAL            : 10035120  Alu/Alu cold-form bottom foil
                      OPA 25 um / Al 45 um / PVC 60 um, width 128 mm
RELEASED THIS CALL-OFF       :   15,000 m     delivery CW 27/2024, DAP Ringaskiddy
BALANCE NOT RELEASED         :   85,000 m     do not produce
MATERIAL AUTHORITY  : STAGED. Supplier may purchase and hold raw material for up
                      to 40,000 m of finished laminate at Corrib BioPharma's
                      liability. Anything beyond 40,000 m is at supplier's risk.
NEXT RELEASE        : by the next call-off only, issued by Niamh O'Connor,
                      Supply Planner.
--------------------------------------------------------------------------------
Issued by: Niamh O'Connor, Supply Planner  |  n.oconnor@corribbio.ie
"""
_p07_mr = pdf([
    ("h1", "MATERIAL READINESS REPORT"),
    ("p", "Anadolu Ambalaj A.S. - Aydinli OSB, Tuzla / Istanbul - Report ANA-MR-0522 - 20.05.2024"),
    ("p", "Customer: Corrib BioPharma Ltd - Call-off CO-2024-022 - Material 10035120, width 128 mm"),
    ("table", [
        ["Raw material", "Purchased", "Covers (m finished)", "Status"],
        ["OPA 25 µm film", "2,450 kg", "100,000 m", "in stock"],
        ["Aluminium foil 45 µm, soft", "6,180 kg", "100,000 m", "in stock"],
        ["PVC 60 µm film", "3,010 kg", "100,000 m", "ordered, ETA CW 23"],
        ["Adhesive PU 2K", "640 kg", "100,000 m", "in stock"],
    ]),
    ("sp",),
    ("p", "Remarks: To secure the price for the full year agreement we have bought the films and the "
          "aluminium for 100,000 m. Production of the released 15,000 m is planned in CW 25, delivery CW 27 "
          "as requested."),
    ("p", "Prepared by Zeynep Kaya, Customer Service Export. Checked by Mehmet Yılmaz, Export Sales Manager."),
], title="ANA-MR-0522", author="Anadolu Ambalaj")
case("p07_material_beyond_staged", ["RG006"], "supplier bought raw material for 100,000 m; release 15,000, staged authority only 40,000", [
    ("CO-2024-022.txt", _p07_co),
    ("ANA-MR-0522.pdf", _p07_mr),
])

# ------------------------------------------------------------------ p08
_p08_po = pdf([
    ("h1", "PURCHASE ORDER 6100046330"),
    ("p", "Medivanta Lifesciences Pvt. Ltd. - Chakan MIDC Phase II, Pune 410501 - GSTIN 27AAKCM4471Q1ZP"),
    ("table", [
        ["Vendor", "Shree Laxmi Foils Pvt. Ltd., Ahmedabad (vendor 400377)"],
        ["PO date", "02.05.2024"],
        ["Item", "PM-220455 Printed Alu lidding foil 20 mic hard, HSL for PVC, 2 col, W 250 mm"],
        ["Quantity released", "2,000 m trial reels for line trial on Uhlmann UPS 4"],
        ["Quoted commercial quantity", "250,000 m - NOT RELEASED"],
        ["Unlock", "Written production release by Priya Raman, Manager - Packaging Development, "
                   "after line-trial sign-off"],
        ["Material authority", "Sample-only: material for the 2,000 m trial reels"],
        ["Payment", "30 % advance against PI, balance 60 days. The advance is a payment term only."],
    ]),
    ("sp",),
    ("p", "Authorised signatory: Sameer Kulkarni, Head - Purchase."),
], title="PO 6100046330", author="Medivanta")
_p08 = """Dear Sameer sir,

Thank you for the 30% advance of Rs. 4,65,000/- received today against our PI
SLF/PI/24-25/061.

Since the advance is received, we have procured the complete 20 micron hard-temper aluminium
for the full 250,000 m and started primer and HSL lacquering of the jumbo rolls. Printing of the
first 50,000 m will start on Monday and we will keep you posted on the progress.

Trial reels 2,000 m for your line trial are already dispatched vide LR no. 88123 (VRL Logistics).

Your PO copy is attached for reference.

Regards,
Hitesh Shah
Director - Marketing
Shree Laxmi Foils Pvt. Ltd., GIDC Vatva, Ahmedabad
"""
case("p08_advance_triggers_full_run", ["RG006", "RG012"], "advance payment taken as go: foil bought for 250,000 m and printing started; only 2,000 m released", [
    ("Advance_received_PO6100046330.eml", mail(
        "Hitesh Shah <hitesh@shreelaxmifoils.com>", "Sameer Kulkarni <sameer.kulkarni@medivanta.in>",
        "Advance received - PO 6100046330 - printed lidding foil PM-220455", "Wed, 15 May 2024 17:55:00 +0530",
        _p08, cc="Priya Raman <priya.raman@medivanta.in>",
        attachments=[("PO_6100046330.pdf", _p08_po, PDF_MT)])),
])

# ------------------------------------------------------------------ p09
_p09 = """Dear Julia,

please find attached the colour draw-down for Pantone 7462 C on the Raflacoat Plus substrate and
the final proof PDF. The 250 proof labels ship tomorrow via UPS Express.

To keep your launch date we have booked press 3 (Nilpeter FA-17) for week 24. As soon as your QA
signs off the draw-down, we switch the press straight over to the 45.000 labels - you don't need
to send us anything else, the e-mail from your QA is enough for us.

Cordiali saluti / Best regards
Elena Bassi
Project Manager Pharma
Grafiche Ventura S.r.l. | Stezzano (BG) | +39 035 422 1874

-----Original Message-----
From: Julia Krämer
Sent: 30 April 2024 11:20
Subject: PO 4500776188 - label 20 ml vial art. 300131

""" + quote_lines("""
Dear Elena,

PO 4500776188: 250 proof labels are released. The 45.000 labels of your offer are not released;
the production release will come in writing from Dr. Stefan Hoffmann, Head of Supply Chain,
after QA sign-off of the draw-down.

Kind regards, Julia Krämer
""") + "\n"
_p09_html = ("<p>Dear Julia,</p><p>please find attached the colour draw-down for Pantone 7462 C on the Raflacoat Plus "
             "substrate and the final proof PDF. The 250 proof labels ship tomorrow via UPS Express.</p>"
             "<p>To keep your launch date we have booked press 3 (Nilpeter FA-17) for week 24. As soon as your QA signs "
             "off the draw-down, we switch the press straight over to the 45.000 labels - you don't need to send us "
             "anything else, the e-mail from your QA is enough for us.</p>"
             "<p>Cordiali saluti / Best regards<br>Elena Bassi<br>Project Manager Pharma<br>Grafiche Ventura S.r.l.</p>"
             "<blockquote><p>PO 4500776188: 250 proof labels are released. The 45.000 labels of your offer are not "
             "released; the production release will come in writing from Dr. Stefan Hoffmann, Head of Supply Chain, "
             "after QA sign-off of the draw-down.</p><p>Kind regards, Julia Krämer</p></blockquote>")
case("p09_press_switch_on_signoff", ["RG007"], "supplier will switch press to 45.000 on QA draw-down sign-off, no release needed", [
    ("Drawdown_300131.eml", mail(
        "Elena Bassi <e.bassi@graficheventura.it>", "Julia Krämer <julia.kraemer@brandt-pharma.de>",
        "Colour draw-down art. 300131 - labels 20 ml - press slot week 24",
        "Tue, 14 May 2024 17:02:00 +0200", _p09, html=_p09_html)),
])

# ------------------------------------------------------------------ p10
_p10 = """Emre,

If the pharmacodes scan clean on the samples, just carry on with the remaining 38,000 cartons -
no need to wait for paperwork from Sandra, she's out until the 3rd and I don't want to lose the
slot. I'll let her know.

Dan

Dan Whitaker | Sr. Packaging Engineer | Hearthline Consumer Health
1200 Waterview Plaza, Parsippany, NJ 07054 | +1 973 555 0148

On Tue, May 21, 2024 at 3:14 AM Emre Aydın <emre.aydin@marmarakarton.com.tr> wrote:
> Hi Dan,
>
> 2,000 sample cartons are printed. We test the pharmacodes on our Laetus reader tomorrow
> morning and send the report. Do we wait for Sandra's release for the 38,000 as the PO says?
>
> Best regards, Emre Aydın
> Marmara Karton San. ve Tic. A.S. | Gebze / Kocaeli
>
> On Thu, May 9, 2024 Rachel Kim <rkim@hearthlinehealth.com> wrote:
>> Emre, PO 7100-24-0710 attached. 2,000 sample cartons are released (allergy 24ct carton,
>> art v3). The remaining 38,000 cartons are not released; they need a written release from
>> Sandra Ortiz, Supply Chain Manager, after the cartoner line trial is signed off.
>> Rachel
"""
case("p10_buyer_skips_own_release", ["RG007"], "buyer engineer: if sample pharmacodes scan clean carry on with 38,000, no written release", [
    ("RE_allergy_24ct_samples.eml", mail(
        "Dan Whitaker <dwhitaker@hearthlinehealth.com>", "Emre Aydın <emre.aydin@marmarakarton.com.tr>",
        "RE: PO 7100-24-0710 allergy 24ct carton - samples printed", "Tue, 21 May 2024 07:40:00 -0400", _p10,
        in_reply_to="<h96-ea-0521@marmarakarton.com.tr>")),
])

# ------------------------------------------------------------------ p11
case("p11_quote_deemed_instruction", ["RG007"], "supplier quote terms: sample approval deemed instruction to manufacture the 150.000 m", [
    ("ANA-TKL-24-0192.pdf", pdf([
        ("h1", "ANADOLU AMBALAJ A.S."),
        ("p", "Aydinli OSB Mah. 4. Sok. No 11, 34953 Tuzla / Istanbul, Türkiye - ISO 15378:2017, FSSC 22000"),
        ("h", "TEKLIF / QUOTATION ANA-TKL-24-0192"),
        ("p", "To: Laboratório Serra Azul S.A., Campinas - SP, Brazil. Attn. Mr Rafael Costa, Comprador. "
              "Date: 25.04.2024. Validity: 45 days."),
        ("p", "Product: Printed aluminium lidding foil 20 µm hard, HSL for PVC/PVDC, 1 colour + primer, "
              "width 146 mm, core 76 mm, for Dipirona 500 mg blister 10's."),
        ("table", [
            ["No", "Description", "Quantity", "Unit price USD", "Total USD"],
            ["1", "Trial reels for machine trial", "3.000 m", "0,085 / m", "255,00"],
            ["2", "Production", "150.000 m", "0,061 / m", "9.150,00"],
            ["3", "Printing cylinder (one time)", "1 pc", "620,00", "620,00"],
        ]),
        ("sp",),
        ("h", "Terms"),
        ("p", "1. Delivery: CIF Santos, sea freight. Transit approx. 32 days."),
        ("p", "2. Payment: 30 % advance with order, 70 % against copy of B/L."),
        ("p", "3. Tolerance: +/- 10 % on quantity per reel count."),
        ("p", "4. Trial reels: 12 working days after receipt of order and approved artwork."),
        ("p", "5. Production: Approval of the trial reels by the Customer shall be deemed the Customer's instruction "
              "to manufacture the quoted production quantity of 150.000 m. Manufacturing starts 5 working days after "
              "approval of the trial reels, without further notice."),
        ("p", "6. Documents: CoA, packing list, commercial invoice, certificate of origin (Form A not applicable)."),
        ("sp",),
        ("p", "Mehmet Yılmaz - Export Sales Manager - +90 216 593 40 12 - mehmet.yilmaz@anadoluambalaj.com.tr"),
    ], title="Quotation ANA-TKL-24-0192", author="Anadolu Ambalaj")),
])

# ------------------------------------------------------------------ p12
_p12 = chat("Teams chat - Corrib BioPharma / Drukpol - PIL 700352 exhibit batch", [
    ("02/05/2024 10:11", "Ciarán Walsh (Corrib BioPharma)", "Hi Kasia, PO 4500091999 is in your inbox. It's for 1,000 sample leaflets, PIL 700352 rev 1."),
    ("02/05/2024 10:12", "Ciarán Walsh (Corrib BioPharma)", "The 20,000 exhibit-batch leaflets are NOT released. They need my written release after Aoife Brennan has signed off the samples."),
    ("02/05/2024 10:30", "Katarzyna Nowak (Drukpol)", "Hello Ciarán, thank you, noted. Samples planned for 9 May."),
    ("09/05/2024 16:05", "Katarzyna Nowak (Drukpol)", "Samples shipped today with DHL, AWB 4419 2207 31. Pharmacode report in the box."),
    ("10/05/2024 08:47", "Ciarán Walsh (Corrib BioPharma)", "Thanks. Aoife will look at them Monday."),
    ("10/05/2024 08:49", "Ciarán Walsh (Corrib BioPharma)", "Actually to save a few days - once Aoife's happy with the leaflets just roll them into the exhibit run, the 20k. No need to wait for a separate release from me, I'm on leave from the 14th."),
    ("10/05/2024 09:02", "Katarzyna Nowak (Drukpol)", "OK, understood, we will wait only for Aoife's confirmation then 🙂"),
    ("10/05/2024 09:03", "Ciarán Walsh (Corrib BioPharma)", "👍 have a good weekend"),
])
case("p12_chat_roll_into_exhibit", ["RG007"], "buyer drops his own written-release step: on sample sign-off roll into the 20k exhibit run", [
    ("Teams_PIL700352.txt", _p12),
])

# ------------------------------------------------------------------ p13
case("p13_minutes_start_on_approval", ["RG007"], "meeting action: start printing 49,500 immediately upon QA approval of samples", [
    ("MoM_Aurovia_Printwell_09May2024.docx", docx_bytes([
        ("h1", "Minutes of Meeting - Supplier Review"),
        ("p", "Aurovia Generics Ltd / Printwell Cartons Pvt. Ltd. - 09 May 2024, 15:00-16:10 IST - MS Teams"),
        ("p", "Attendees: Ankit Sharma (Purchase, Aurovia), Dr. Meera Iyer (Packaging Development, Aurovia), "
              "Rakesh Patel (Sales, Printwell), Vinod Desai (Production Planning, Printwell)."),
        ("h", "1. Status of PO 4500381402 - Amlodipine 5 mg 10x10 carton"),
        ("p", "500 sample cartons are released under PO 4500381402. The balance of 49,500 cartons is not released "
              "and needs a written release from Dr. Meera Iyer after QA sign-off of the samples."),
        ("h", "2. Artwork"),
        ("p", "Rev 03 uploaded on the portal; Braille (Marburg Medium) check done on the proof; pharmacode 1382 "
              "confirmed. Printwell to share the colour draw-down with the sample cartons."),
        ("h", "3. Launch timeline"),
        ("p", "Commercial launch 1 July 2024. Cartons required at Jeedimetla by 20 June at the latest. "
              "Printwell confirmed press capacity in week 23 and 24."),
        ("h", "4. Action points"),
        ("table", [
            ["No.", "Action", "Owner", "Due"],
            ["1", "Dispatch 500 sample cartons with draw-down and pharmacode report", "Vinod Desai", "14 May"],
            ["2", "QA evaluation of samples on Uhlmann line", "Dr. Meera Iyer", "17 May"],
            ["3", "Start printing the 49,500 cartons immediately upon QA approval of the samples, to meet the "
                  "1 July launch", "Vinod Desai", "on sample approval"],
            ["4", "Share revised board price (mill increase June)", "Rakesh Patel", "15 May"],
        ]),
        ("sp",),
        ("p", "Minutes by: Ankit Sharma. Circulated to all attendees; comments within 2 working days."),
    ], author="Ankit Sharma")),
])

# ------------------------------------------------------------------ p14
_p14 = """Hello Emre, how are you?

Thanks for sending the 600 cartuchos samples, they arrived today in Campinas in perfect
condition. Our QA will test them in the cartonadeira (Marchesini) next week.

As soon as we approve the samples, please consider the lot of 60.000 released, ok? Fernanda is
very busy with the ANVISA audit and I don't want to lose the slot in your machine.

Abraços,
Rafael Costa
Comprador - Suprimentos
Laboratório Serra Azul S.A. | Campinas - SP
+55 19 3754 2234

Em qui., 25 de abr. de 2024 às 09:10, Rafael Costa <rafael.costa@serraazul.com.br> escreveu:
""" + quote_lines("""
Dear Emre,

PO 4700012290 attached: 600 sample cartons released (Dipirona 500 mg, 10 blisters, art. 2204-03).
The 60.000 cartons are not released. Release only in writing by Fernanda Lima, Gerente de
Suprimentos, after QA sign-off of the samples.

Rafael
""") + "\n"
case("p14_consider_released_on_approval", ["RG007"], "buyer: as soon as samples are approved consider the 60.000 released, bypassing Fernanda's written release", [
    ("Samples_received_PO4700012290.eml", mail(
        "Rafael Costa <rafael.costa@serraazul.com.br>", "Emre Aydın <emre.aydin@marmarakarton.com.tr>",
        "Re: PO 4700012290 - cartuchos Dipirona - samples received", "Wed, 15 May 2024 16:48:00 -0300", _p14)),
])

# ------------------------------------------------------------------ p17
_p17_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Aurovia Generics Ltd. - Plot 42, IDA Jeedimetla, Hyderabad 500055 - GSTIN 36AABCA7781K1Z2"),
    ("table", [
        ["PO No.", "4500381560", "PO Date", "10.05.2024"],
        ["Vendor", "Printwell Cartons Pvt. Ltd., Daman", "Vendor code", "100248"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Material", "Description", "Qty", "Rate INR", "Value INR"],
        ["10", "20046177", "Carton Rosuvastatin 10 mg 3x10, FBB 300 gsm, art. rev 01 - SAMPLE",
         "500", "6.50", "3,250.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Released: 500 (five hundred) sample cartons, line 10. The balance of 59,500 cartons of quotation "
          "PQ/24/1241 (60,000) is not released and must not be printed."),
    ("p", "The balance will be released only by a written release from Dr. Meera Iyer, Head - Packaging Development, "
          "after QA sign-off of the sample cartons. Material authority: board for the sample cartons only."),
    ("p", "Delivery: Stores (PM), Jeedimetla. Payment: 45 days from receipt."),
    ("sp",),
    ("p", "For Aurovia Generics Ltd. - Ankit Sharma, Sr. Executive - Purchase"),
], title="PO 4500381560", author="Aurovia Generics")
_p17_mail = mail(
    "Ankit Sharma <ankit.sharma@aurovia-generics.in>", "Rakesh Patel <rakesh@printwellcartons.co.in>",
    "PO 4500381560 - Rosuvastatin 10 mg carton - samples", "Fri, 10 May 2024 16:05:00 +0530",
    """Dear Rakesh ji,

As per our PO 4500381560, please print 1,000 (one thousand) sample cartons of the Rosuvastatin
10 mg 3x10 carton for the colour draw-down and the line trial on our Uhlmann. Rest as per PO.

Artwork rev 01 is uploaded on the portal. Kindly send the samples by 22 May.

Thanks & Regards,
Ankit Sharma
Sr. Executive - Purchase (Packaging Materials)
Aurovia Generics Ltd., Hyderabad
""")
case("p17_po_500_mail_1000", ["RG011"], "PO releases 500 sample cartons; covering e-mail says 1,000 as per PO", [
    ("PO_4500381560.pdf", _p17_po),
    ("Mail_PO_4500381560.eml", _p17_mail),
])

# ------------------------------------------------------------------ p18
case("p18_po_scope_vs_line", ["RG011"], "PO scope note releases 2,000 sample bottles; line table orders 2,500 samples", [
    ("PO_7100-24-0688.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", "Hearthline Consumer Health, Inc. - 1200 Waterview Plaza, Parsippany, NJ 07054, USA"),
        ("table", [
            ["PO number", "7100-24-0688", "Date", "May 7, 2024"],
            ["Supplier", "Ningbo Clearform Packaging Co., Ltd.", "Supplier no.", "V-20871"],
            ["Buyer", "Rachel Kim, Director, Procurement", "Terms", "Net 60 / FOB Ningbo"],
        ]),
        ("sp",),
        ("h", "Scope note"),
        ("p", "Released now: 2,000 (two thousand) sample bottles for stability and induction-seal testing. "
              "The 60,000 production bottles quoted in NC-Q-24-077 are not released. They will be released only "
              "by a written production release from Sandra Ortiz, Supply Chain Manager, after the 3-month "
              "stability pull on the samples is signed off. Material authority: sample-only."),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Amount USD"],
            ["10", "HB-PET-120-AMB", "120 cc amber PET bottle, 33-400, per DWG-HB-1120 Rev 4 - SAMPLE",
             "2,500", "EA", "0.0950", "237.50"],
        ]),
        ("sp",),
        ("p", "Ship samples by air (DHL) to Hearthline R&D, 14 Industrial Rd, Fairfield, NJ 07004."),
        ("p", "Authorized by: Rachel Kim, Director, Procurement."),
    ], pagesize=LETTER, title="PO 7100-24-0688", author="Hearthline Consumer Health")),
])


# ------------------------------------------------------------------ p19
case("p19_release_letter_20k_vs_25k", ["RG011"], "release letter releases 20.000 m, later asks dates for the released 25.000 m", [
    ("PR-BP-2024-044.docx", docx_bytes([
        ("h1", "Produktionsfreigabe / Production release PR-BP-2024-044"),
        ("p", "Brandt Pharma GmbH, Supply Chain - Magirusstraße 21, 89077 Ulm - 16.05.2024"),
        ("p", "To: Anadolu Ambalaj A.S., Tuzla / Istanbul - Attn. Mr Mehmet Yılmaz"),
        ("table", [
            ["Purchase order", "4500781555 (commercial cover 100.000 m)"],
            ["Item", "1000-2610 lidding foil 20 µm Al hard, HSL, print 1C, width 210 mm"],
            ["Released quantity", "20.000 m"],
            ["On hold", "80.000 m"],
            ["Basis", "Print proof and trial reels signed off 10.05.2024 (ref. PF-2024-0261)"],
        ]),
        ("sp",),
        ("p", "We hereby release 20.000 m (twenty thousand metres) of the printed lidding foil above for production. "
              "The remaining 80.000 m stay on hold. They will be released only by a further written release from "
              "Dr. Stefan Hoffmann, Head of Supply Chain, after the 3-month stability data of the exhibit batch "
              "have been signed off. Material authority: aluminium and lacquer for the released quantity only."),
        ("p", "Please confirm the delivery dates for the released 25.000 m by return, split into two lots if "
              "your slitting capacity requires it. Each lot with CoA; reels max. 1.000 m on 76 mm cores."),
        ("sp",),
        ("p", "Mit freundlichen Grüßen / Kind regards"),
        ("p", "Dr. Stefan Hoffmann, Head of Supply Chain"),
    ], author="Stefan Hoffmann")),
])

# ------------------------------------------------------------------ p20
_p20_po = """RHEINFELD ARZNEIMITTEL GMBH                             BESTELLUNG / PURCHASE ORDER
Pallaswiesenstr. 180, 64293 Darmstadt                   Nr. 4100028377  Datum 13.05.2024
----------------------------------------------------------------------------------------
Lieferant : 700221  DRUKPOL OPAKOWANIA SP. Z O.O., UL. PAPIERNICZA 7, 92-312 LODZ, PL
Einkauf   : B. SCHULZ   Tel. +49 6151 3309 412
----------------------------------------------------------------------------------------
Pos   Material  Bezeichnung                                   Menge   ME   Preis
----------------------------------------------------------------------------------------
00010 510451    PACKUNGSBEILAGE BISOPROLOL 5 MG, 170X420     300     ST   PAUSCHAL 280,00 EUR
                40 G/M2, PHARMACODE 1466, VERSION 05/2024
                *** PROOFS / MUSTER ***
----------------------------------------------------------------------------------------
TEXT
RELEASED: 300 (THREE HUNDRED) PROOF LEAFLETS ONLY.
THE 150.000 LEAFLETS OF OFFER DP/OF/24/0266 ARE NOT RELEASED - DO NOT PRINT.
RELEASE OF THE 150.000 ONLY BY WRITTEN PRODUCTION RELEASE FROM DR. THOMAS BECKER,
LEITER VERPACKUNGSENTWICKLUNG, AFTER SIGN-OFF OF THE PROOFS.
MATERIAL AUTHORITY: SAMPLE-ONLY.
Liefertermin KW 22/2024 - Lieferung frei Haus Darmstadt - Zahlung 60 Tage netto
----------------------------------------------------------------------------------------
"""
_p20_ack = mail(
    "Katarzyna Nowak <k.nowak@drukpol.pl>", "Birgit Schulz <b.schulz@rheinfeld-arznei.de>",
    "Order confirmation 4100028377 - Bisoprolol 5 mg leaflet", "Wed, 15 May 2024 09:20:00 +0200",
    """Dear Mrs Schulz,

we confirm your order 4100028377: 3.000 proof leaflets Bisoprolol 5 mg, art. 510451, version
05/2024, delivery week 22 free Darmstadt.

The 150.000 leaflets remain on hold until we receive the written production release from
Dr. Becker after sign-off of the proofs. We buy paper only for the proofs.

Z poważaniem / Best regards
Katarzyna Nowak
Key Account Manager Pharma, Drukpol Opakowania Sp. z o.o.
""")
case("p20_po300_ack3000", ["RG011"], "PO releases 300 proof leaflets; supplier confirmation restates 3.000", [
    ("BE_4100028377.txt", _p20_po),
    ("AB_4100028377.eml", _p20_ack),
])

# ------------------------------------------------------------------ p21
_p21_doc = docx_bytes([
    ("h1", "PO scope note - PO 6100046555"),
    ("p", "Medivanta Lifesciences Pvt. Ltd. - Packaging Development - 14.05.2024"),
    ("table", [
        ["Field", "Value"],
        ["Item", "PM-110872 Carton, Pregabalin 75 mg capsules 2x14, FBB 300 gsm, AW rev 02"],
        ["Active quantity", "1,500 sample cartons"],
        ["Quoted production quantity", "90,000 cartons (basis: firm)"],
        ["Balance", "88,500 cartons - not released"],
        ["Unlock event", "Written production release after the line trial on the Marchesini MA 100 is signed off"],
        ["Release authority", "Sameer Kulkarni, Head - Purchase"],
        ["Material authority", "Sample-only"],
    ]),
], author="Priya Raman")
_p21 = """Dear Rakesh ji,

Please find attached the scope note for PO 6100046555. Kindly print twelve hundred (1,500)
sample cartons of the Pregabalin 75 mg carton on the production board, with the varnish-free
panel for the batch coding. We need them at Chakan by 27 May for the line trial.

The balance stays on hold as per the scope note.

Regards,
Priya Raman
Manager - Packaging Development
Medivanta Lifesciences Pvt. Ltd., Pune
"""
case("p21_words_vs_figures", ["RG011"], "e-mail says 'twelve hundred (1,500)' sample cartons - words and figures disagree", [
    ("Scope_note_PO6100046555.eml", mail(
        "Priya Raman <priya.raman@medivanta.in>", "Rakesh Patel <rakesh@printwellcartons.co.in>",
        "PO 6100046555 - Pregabalin 75 mg carton - sample cartons", "Tue, 14 May 2024 12:12:00 +0530", _p21,
        cc="Sameer Kulkarni <sameer.kulkarni@medivanta.in>",
        attachments=[("PO6100046555_scope_note.docx", _p21_doc, DOCX_MT)])),
])

# ------------------------------------------------------------------ p22
_p22 = """Lily,

Quick follow-up on Tuesday's release: as released, the 12,000 bottles should go on the June 28
vessel out of Ningbo. Please book the space with Kuehne + Nagel and send me the booking
confirmation and the CoA draft by Friday.

Thanks,
Sandra

Sandra Ortiz | Supply Chain Manager | Hearthline Consumer Health
+1 973 555 0162

From: Sandra Ortiz
Sent: Tuesday, May 14, 2024 9:05 AM
To: Lily Chen <lily.chen@clearform-pack.cn>
Cc: Rachel Kim <rkim@hearthlinehealth.com>
Subject: Release HR-24-019 - PO 7100-24-0519 - 150cc white PET

""" + quote_lines("""
Lily,

Release HR-24-019 against PO 7100-24-0519: I release 10,000 (ten thousand) bottles of the
60,000 on the PO for production.

The remaining 50,000 stay on hold until my next written release, which will follow once the
6-month stability data are in. Material authority: resin for the released 10,000 only.

Sandra Ortiz, Supply Chain Manager
""") + "\n"
case("p22_thread_10k_vs_12k", ["RG011"], "release of 10,000 bottles; follow-up says 'as released, the 12,000'", [
    ("RE_Release_HR-24-019.eml", mail(
        "Sandra Ortiz <sortiz@hearthlinehealth.com>", "Lily Chen <lily.chen@clearform-pack.cn>",
        "RE: Release HR-24-019 - PO 7100-24-0519 - 150cc white PET", "Thu, 16 May 2024 14:30:00 -0400", _p22,
        in_reply_to="<h96-so-0514@hearthlinehealth.com>")),
])

# ------------------------------------------------------------------ p23
_p23_body = """<div style="background:#7a1f2b;color:#fff;padding:8px"><b>Aurovia SRM</b> &middot; Supplier Collaboration
&middot; Vendor: Grafiche Ventura S.r.l. (100731)</div>
<h2>PO 4500382112 &mdash; Label 30 ml dropper bottle, Ondansetron oral solution</h2>
<table>
<tr><th>Item</th><td>20047310 Label 30 ml, 40 x 90 mm, PP white, 4C + hot foil</td></tr>
<tr><th>Commercial cover</th><td>50,000 labels</td></tr>
<tr><th>Released quantity</th><td><b>5,000 labels</b> (release REL-AGL-24-031)</td></tr>
<tr><th>Balance</th><td>45,000 labels &mdash; on hold, not released</td></tr>
<tr><th>Unlock</th><td>Written release by Dr. Meera Iyer, Head &ndash; Packaging Development, after the first production lot has passed incoming inspection</td></tr>
<tr><th>Material authority</th><td>Face stock for released quantity only</td></tr>
</table>
<h3>Documents</h3>
<table>
<tr><th>Type</th><th>Number</th><th>Date</th></tr>
<tr><td>PO</td><td>4500382112</td><td>06-05-2024</td></tr>
<tr><td>Release letter</td><td>REL-AGL-24-031</td><td>17-05-2024</td></tr>
<tr><td>Artwork</td><td>AW-20047310 rev 02</td><td>29-04-2024</td></tr>
</table>
<p style="color:#777">Last updated 17-05-2024 18:02 IST</p>"""
_p23_rel = pdf([
    ("h1", "RELEASE LETTER REL-AGL-24-031"),
    ("p", "Aurovia Generics Ltd., Packaging Development - Hyderabad - 17 May 2024"),
    ("p", "To: Grafiche Ventura S.r.l., Stezzano (BG), Italy - Kind attn. Ms Elena Bassi"),
    ("p", "Reference: PO 4500382112, item 20047310 Label 30 ml dropper bottle, artwork rev 02."),
    ("p", "The labeller trial with the 300 sample labels was completed on 15 May 2024 without observations. "
          "I hereby release 4,000 (four thousand) labels for production."),
    ("p", "The remaining 46,000 labels of the PO are not released. They will be released only by my further "
          "written release after the first production lot has passed incoming inspection at Jeedimetla."),
    ("p", "Material authority: face stock and foil for the released quantity only."),
    ("sp",),
    ("p", "Dr. Meera Iyer, Head - Packaging Development"),
], title="REL-AGL-24-031", author="Aurovia Generics")
case("p23_portal_5000_letter_4000", ["RG011"], "portal shows 5,000 released under REL-AGL-24-031; the release letter itself releases 4,000", [
    ("SRM_PO_4500382112.html", html_page("Aurovia SRM - PO 4500382112", _p23_body)),
    ("REL-AGL-24-031.pdf", _p23_rel),
])

# ------------------------------------------------------------------ p25
case("p25_po_sample_and_production_lines", ["RG001", "RG003", "RG004", "RG005"],
     "PO with sample line 500 and production line 80.000, nothing says production is not released; no event, no person", [
    ("PC_4700012455.pdf", pdf([
        ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER"),
        ("p", "Laboratório Serra Azul S.A. - Rod. Anhanguera km 104, Campinas - SP - CNPJ 45.118.302/0001-77"),
        ("table", [
            ["Pedido / PO", "4700012455", "Data / Date", "08/05/2024"],
            ["Fornecedor / Supplier", "Printwell Cartons Pvt. Ltd., Daman, India", "Cód.", "F-30912"],
            ["Comprador / Buyer", "Rafael Costa", "Moeda / Currency", "USD"],
        ]),
        ("sp",),
        ("table", [
            ["Item", "Código", "Descrição / Description", "Qtd.", "Preço unit.", "Entrega / Delivery"],
            ["10", "2204-07", "Cartucho Losartana Potássica 50 mg, 30 comprimidos - AMOSTRA / SAMPLE", "500",
             "0,0610", "31/05/2024 (courier)"],
            ["20", "2204-07", "Cartucho Losartana Potássica 50 mg, 30 comprimidos - PRODUÇÃO / PRODUCTION", "80.000",
             "0,0185", "a confirmar / TBC"],
        ]),
        ("sp",),
        ("p", "Especificação / Spec: cartão duplex 300 g/m2, 4 cores + verniz, código de barras EAN-13 "
              "7896112204071, pharmacode 2207, texto em Braille conforme RDC 71/2009."),
        ("p", "Condições / Terms: pagamento 60 dias da data do B/L; FOB Nhava Sheva; laudo (CoA) por lote; "
              "inspeção de recebimento AQL 0,65 / 1,5."),
        ("p", "Amostras enviar para: Desenvolvimento de Embalagens, A/C Sra. Luiza Andrade."),
    ], title="PC 4700012455", author="Laboratorio Serra Azul")),
])

# ------------------------------------------------------------------ p26
_p26_quote = pdf([
    ("h1", "MARMARA KARTON SAN. VE TIC. A.S."),
    ("p", "GOSB 1000. Cad. No 14, 41480 Gebze / Kocaeli, Türkiye"),
    ("h", "QUOTATION MK-Q-24-118"),
    ("p", "To: Hearthline Consumer Health - Attn. Rachel Kim - Date: 24.04.2024 - Validity 60 days"),
    ("p", "Item: Folding carton 'Cough DM 4 fl oz', GC1 18 pt, 4C + aqueous coating, reverse tuck end, "
          "dieline HCH-D-0417 rev C."),
    ("table", [
        ["Option", "Quantity", "Unit price USD", "Lead time"],
        ["Samples", "300", "0.95", "10 working days"],
        ["Production", "100,000", "0.061", "4 weeks"],
    ]),
    ("sp",),
    ("p", "Incoterms FCA Gebze. Payment 30 days. Emre Aydın, Export Sales."),
], title="MK-Q-24-118", author="Marmara Karton")
_p26 = """Emre,

Please see our PO below and your quote for reference (attached).

  PO 7100-24-0741                        Date: May 10, 2024
  Line 10  Folding carton Cough DM 4 fl oz, art v2, per dieline HCH-D-0417 rev C
           Qty: 300 sample cartons          Unit: USD 0.95
  Ship to: Hearthline R&D, 14 Industrial Rd, Fairfield, NJ 07004
  Ship by: May 31, 2024, UPS Worldwide Expedited
  Production release authority for this item: Sandra Ortiz, Supply Chain Manager

Please confirm receipt and ship date.

Thanks,
Rachel Kim
Director, Procurement | Hearthline Consumer Health | +1 973 555 0120
"""
case("p26_po_with_quote_attached", ["RG001", "RG003", "RG004"],
     "300-sample PO e-mail with quote showing 100,000 attached; no hold, no unlock event; release person named", [
    ("PO_7100-24-0741.eml", mail(
        "Rachel Kim <rkim@hearthlinehealth.com>", "Emre Aydın <emre.aydin@marmarakarton.com.tr>",
        "PO 7100-24-0741 - Cough DM 4 oz carton - samples", "Fri, 10 May 2024 11:45:00 -0400", _p26,
        attachments=[("MK-Q-24-118.pdf", _p26_quote, PDF_MT)])),
])

# ------------------------------------------------------------------ p27
_p27 = """Dear Amy,

Please find our PO 6100046702 for 1,000 (one thousand) sample leaflets of the PIL Levocetirizine
5 mg tablets, 120 x 300 mm, 45 gsm bible paper, folded to 30 x 60 mm, for our line trial on the
Marchesini leaflet feeder. Artwork version 04, pharmacode 1529.

The launch quantity is 250,000 leaflets at the price of your quotation SMP-24-0356.

Samples to reach Chakan by 7 June by air courier (FedEx account 2218-0441-7).

Regards,
Sameer Kulkarni
Head - Purchase
Medivanta Lifesciences Pvt. Ltd.
Chakan MIDC Phase II, Pune 410501, India
"""
_p27_html = ("<p>Dear Amy,</p><p>Please find our PO 6100046702 for <b>1,000 (one thousand) sample leaflets</b> of the "
             "PIL Levocetirizine 5 mg tablets, 120 x 300 mm, 45 gsm bible paper, folded to 30 x 60 mm, for our line "
             "trial on the Marchesini leaflet feeder. Artwork version 04, pharmacode 1529.</p>"
             "<p>The launch quantity is 250,000 leaflets at the price of your quotation SMP-24-0356.</p>"
             "<p>Samples to reach Chakan by 7 June by air courier (FedEx account 2218-0441-7).</p>"
             "<p>Regards,<br>Sameer Kulkarni<br>Head - Purchase<br>Medivanta Lifesciences Pvt. Ltd.</p>")
case("p27_launch_qty_beside_samples", ["RG001", "RG003", "RG004", "RG005"],
     "1,000 sample leaflets with 'launch quantity is 250,000' beside it; no hold, event or person", [
    ("PO_6100046702_leaflets.eml", mail(
        "Sameer Kulkarni <sameer.kulkarni@medivanta.in>", "Amy Xu <amy.xu@mingdaprint.com.cn>",
        "PO 6100046702 - PIL Levocetirizine 5 mg - samples", "Mon, 13 May 2024 10:00:00 +0530", _p27,
        html=_p27_html)),
])

# ------------------------------------------------------------------ p28
case("p28_docx_po_series_column", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX PO table with sample qty 500 and series qty 75.000 side by side, no scope wording", [
    ("Bestellung_4100028402.docx", docx_bytes([
        ("h1", "Bestellung / Purchase Order 4100028402"),
        ("p", "Rheinfeld Arzneimittel GmbH, Einkauf Packmittel, Pallaswiesenstr. 180, 64293 Darmstadt"),
        ("p", "Lieferant / Supplier: Grafiche Ventura S.r.l., Via dei Tipografi 14, 24040 Stezzano (BG), Italien"),
        ("p", "Datum / Date: 15.05.2024 - Ihr Angebot / your offer: GV-Q-24-0342"),
        ("table", [
            ["Pos.", "Artikel", "Bezeichnung / Description", "Mustermenge / sample qty", "Serienmenge / series qty",
             "Preis / price"],
            ["10", "510433", "Etikett 50 ml Flasche, 45 x 95 mm, PP transparent, 3C, Pharmacode 1611", "500",
             "75.000", "EUR 21,80 / 1.000"],
        ]),
        ("sp",),
        ("p", "Bitte Muster bis KW 22 liefern / please deliver samples by week 22."),
        ("p", "Lieferadresse / delivery: Rheinfeld Arzneimittel GmbH, Wareneingang Tor 3, Darmstadt."),
        ("p", "Zahlungsbedingungen / payment: 60 Tage netto. Es gelten unsere Einkaufsbedingungen (EKB 2023)."),
        ("p", "Birgit Schulz, Einkauf Packmittel - Tel. +49 6151 3309 412"),
    ], author="Birgit Schulz")),
])

# ------------------------------------------------------------------ p29
_p29_body = """<div style="background:#1d5c3a;color:#fff;padding:8px"><b>Corrib BioPharma</b> &middot; Supplier Collaboration
&middot; Anadolu Ambalaj A.S.</div>
<h2>Purchase order 4500092230</h2>
<p>Created 09/05/2024 by Ciarán Walsh &middot; Status: <b>Confirmed</b> &middot; Currency EUR</p>
<table>
<tr><th>Line</th><th>Material</th><th>Description</th><th>Quantity</th><th>Unit price</th><th>Delivery</th><th>Line status</th></tr>
<tr><td>1</td><td>10035177</td><td>Alu/Alu cold-form bottom foil, width 118 mm &ndash; trial reels</td><td>2,000 m</td><td>0.41 / m</td><td>CW 23</td><td>Confirmed</td></tr>
<tr><td>2</td><td>10035177</td><td>Alu/Alu cold-form bottom foil, width 118 mm</td><td>100,000 m</td><td>0.29 / m</td><td>CW 30</td><td>Confirmed</td></tr>
</table>
<p>Attachments: CBP-PM-SPC-0912 rev 1 (specification) &middot; artwork n/a (unprinted)</p>
<p>Delivery address: Corrib BioPharma Ltd, Goods-In Dock 2, Ringaskiddy, Co. Cork, P43 XK77</p>
<p style="color:#777">Supplier Collaboration v7 &middot; page generated 09/05/2024 14:12 IST</p>"""
case("p29_portal_trial_and_volume_lines", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO with trial line 2,000 m and volume line 100,000 m both confirmed; no hold, event or person", [
    ("PO_4500092230_portal.html", html_page("Corrib Supplier Collaboration - PO 4500092230", _p29_body)),
])

# ------------------------------------------------------------------ p31
_p31 = chat("Microsoft Teams - Medivanta Packaging Dev <> Printwell - chat export", [
    ("16-05-2024 11:02", "Priya Raman (Medivanta)", "Vinod, can you pull a few sample cartons with the new pharmacode (1347) for our line trial on the Marchesini next week? PO will follow from Sameer."),
    ("16-05-2024 11:09", "Vinod Desai (Printwell)", "Sure madam. How many you need?"),
    ("16-05-2024 11:10", "Priya Raman (Medivanta)", "whatever you normally pull for a draw-down, enough for one trial run"),
    ("16-05-2024 11:12", "Vinod Desai (Printwell)", "Ok madam. Same board as last time (FBB 300 gsm)?"),
    ("16-05-2024 11:13", "Priya Raman (Medivanta)", "yes, AW rev 03 on the portal"),
    ("16-05-2024 11:15", "Vinod Desai (Printwell)", "Noted 🙏 will send by Friday with the shade card"),
])
case("p31_chat_few_samples", ["RG003", "RG004", "RG005", "RG010"],
     "buyer asks for 'a few' sample cartons: no quantity, no hold, no unlock event, no release person", [
    ("Teams_Medivanta_Printwell_1605.txt", _p31),
])

# ------------------------------------------------------------------ p36
_p36 = """Dear Mr. Mehmet,

Greetings from Aurovia Generics.

Kindly make the trial reels for our Uhlmann line trial as discussed in the call yesterday
(printed lidding foil 20 mic, item 20046890, artwork rev 01).

Rest quantity of PO 4500381777 is kept on hold till internal approval in our company. Kindly do
not start the same.

Please share the dispatch details once the trial reels are ready.

Thanks & Regards,
Ankit Sharma
Sr. Executive - Purchase (Packaging Materials)
Aurovia Generics Ltd., Hyderabad
"""
case("p36_trial_reels_internal_approval", ["RG005", "RG010"],
     "trial reels with no quantity; rest on hold till internal approval in our company - no named person", [
    ("PO_4500381777_trial_reels.eml", mail(
        "Ankit Sharma <ankit.sharma@aurovia-generics.in>", "Mehmet Yılmaz <mehmet.yilmaz@anadoluambalaj.com.tr>",
        "PO 4500381777 - trial reels - printed lidding foil", "Fri, 17 May 2024 10:25:00 +0530", _p36)),
])

# ------------------------------------------------------------------ p37
_p37_offer = mail(
    "Katarzyna Nowak <k.nowak@drukpol.pl>", "Klaus Wagner <klaus.wagner@brandt-pharma.de>",
    "Angebot DP/OF/24/0298 - Faltschachtel Valsartan 160 mg", "Mon, 29 Apr 2024 13:15:00 +0200",
    """Dear Mr Wagner,

thank you for your enquiry. Our offer DP/OF/24/0298 for the folding carton Valsartan 160 mg 98
tablets (GC2 350 g/m2, 5C + dispersion varnish, Braille, tamper-evident flaps):

  Sample lot (Musterlos) - quantity as required for your machine trial ..... EUR 420,00 lump sum
  Production 90.000 cartons ................................................. EUR 71,50 / 1.000
  Cutting die (one-time) .................................................... EUR 860,00

Lead time: samples 2 weeks, production 3 weeks after release. Validity 60 days.

Z poważaniem / Best regards
Katarzyna Nowak, Drukpol Opakowania Sp. z o.o.
""")
_p37 = """Dear Mrs Nowak,

please go ahead with the sample lot as per your offer below.

The production quantity in your offer (90.000 cartons) is not released. It will be released
only in writing by Dr. Stefan Hoffmann, Head of Supply Chain, after sign-off of the samples on
our Uhlmann C 2504.

Order number for the sample lot: 4500776301. Delivery to Brandt Pharma, Wareneingang, Ulm.

Mit freundlichen Grüßen
Klaus Wagner
Leiter Einkauf
Brandt Pharma GmbH | Magirusstraße 21 | 89077 Ulm
"""
case("p37_sample_lot_no_number", ["RG010"],
     "go ahead with 'the sample lot' whose quantity is stated nowhere; hold, event and person present", [
    ("WG_Angebot_DP_OF_24_0298.eml", mail(
        "Klaus Wagner <klaus.wagner@brandt-pharma.de>", "Katarzyna Nowak <k.nowak@drukpol.pl>",
        "WG: Angebot DP/OF/24/0298 - Faltschachtel Valsartan 160 mg - sample lot", "Thu, 09 May 2024 08:55:00 +0200",
        _p37, cc="Stefan Hoffmann <stefan.hoffmann@brandt-pharma.de>", attachments=[("rfc822", _p37_offer)])),
])

# ------------------------------------------------------------------ p39
_p39_body = """<div style="background:#223a5e;color:#fff;padding:8px"><b>Hearthline SupplierHub</b> &middot; Release notification</div>
<h2>Release #3 against blanket PO 7100-24-0100</h2>
<table>
<tr><th>Supplier</th><td>Ningbo Clearform Packaging Co., Ltd. (V-20871)</td></tr>
<tr><th>Item</th><td>HB-PET-150-WHT 150 cc white PET bottle, 38-400</td></tr>
<tr><th>Blanket quantity</th><td>300,000 bottles (2024)</td></tr>
<tr><th>Release #3 quantity</th><td>per attached delivery schedule</td></tr>
<tr><th>Required at dock</th><td>as per schedule</td></tr>
<tr><th>Balance of blanket quantity</th><td>On hold until further notice</td></tr>
<tr><th>Release authority</th><td>Sandra Ortiz, Supply Chain Manager</td></tr>
</table>
<h3>Release history</h3>
<table>
<tr><th>#</th><th>Published</th><th>Status</th></tr>
<tr><td>1</td><td>02/12/2024</td><td>Shipped</td></tr>
<tr><td>2</td><td>03/25/2024</td><td>Shipped</td></tr>
<tr><td>3</td><td>05/16/2024</td><td>Open</td></tr>
</table>
<p style="color:#777">This notification was generated automatically. Do not reply to this message.</p>"""
case("p39_release_per_schedule_missing", ["RG004", "RG010"],
     "release #3 quantity 'per attached schedule' (none attached); balance on hold until further notice", [
    ("SupplierHub_release_3.eml", mail(
        "Hearthline SupplierHub <noreply@hearthlinehealth.com>", "Lily Chen <lily.chen@clearform-pack.cn>",
        "[SupplierHub] New release published: blanket PO 7100-24-0100 release #3", "Thu, 16 May 2024 06:00:00 -0400",
        "A new release has been published for you in Hearthline SupplierHub.\n\n"
        "Blanket PO: 7100-24-0100\nRelease: #3\n\nThe release document is attached (HTML).\n\n"
        "Hearthline Consumer Health - Procurement\n",
        attachments=[("release_7100-24-0100_3.html", html_page("Release #3 - 7100-24-0100", _p39_body), "text/html")])),
])

# ------------------------------------------------------------------ p40
_p40 = """Hi Marco,

Looks good — approved, please proceed.

Thanks,
Aoife

Aoife Brennan | QA Packaging Lead | Corrib BioPharma Ltd | Ringaskiddy, Co. Cork
+353 21 437 7741

From: Marco Rinaldi <m.rinaldi@graficheventura.it>
Sent: 20 May 2024 16:31
To: Aoife Brennan <a.brennan@corribbio.ie>
Cc: Ciarán Walsh <c.walsh@corribbio.ie>
Subject: Proof PIL 700344 rev 3 - for your approval

""" + quote_lines("""
Dear Aoife,

please find attached the final proof of PIL 700344 rev 3 (Apixaban 5 mg) with the corrected
section 4.8 and the new pharmacode 1702.

Kind regards, Marco Rinaldi, Customer Service Pharma, Grafiche Ventura

From: Ciarán Walsh
Sent: 02 May 2024 09:40
Subject: PO 4500092100 - PIL 700344

> PO 4500092100 releases 1,500 sample leaflets. The 48,500 production leaflets are not
> released until a written release from me (Ciarán Walsh, Procurement Manager) after QA
> sign-off of the sample leaflets.
""") + "\n"
case("p40_approved_please_proceed", ["RG002"], "QA reply 'approved, please proceed' names neither sample-only nor a quantity", [
    ("RE_Proof_PIL_700344.eml", mail(
        "Aoife Brennan <a.brennan@corribbio.ie>", "Marco Rinaldi <m.rinaldi@graficheventura.it>",
        "RE: Proof PIL 700344 rev 3 - for your approval", "Tue, 21 May 2024 08:12:00 +0100", _p40,
        cc="Ciarán Walsh <c.walsh@corribbio.ie>", in_reply_to="<h96-mr-0520@graficheventura.it>")),
])


# ------------------------------------------------------------------ p41
_p41 = chat("Microsoft Teams - Chat: Rheinfeld Einkauf / Drukpol - Bisoprolol 10 mg Faltschachtel", [
    ("06.05.2024 08:31", "Birgit Schulz (Rheinfeld)", "Guten Morgen Kasia, Bestellung 4100028301 ist raus: 2.000 Muster-Faltschachteln (sample cartons) Bisoprolol 10 mg, Art. 510460."),
    ("06.05.2024 08:32", "Birgit Schulz (Rheinfeld)", "The 58.000 are not released - written production release from Dr. Thomas Becker after the line trial sign-off."),
    ("06.05.2024 08:50", "Katarzyna Nowak (Drukpol)", "Good morning Birgit, thank you! Draw-down next Tuesday."),
    ("14.05.2024 15:12", "Katarzyna Nowak (Drukpol)", "Draw-down photos and spectro report are uploaded in the Teams folder 'Bisoprolol 10'. ΔE max 1,4, all within tolerance."),
    ("14.05.2024 15:40", "Birgit Schulz (Rheinfeld)", "Sieht gut aus! Green light from our side 👍"),
    ("14.05.2024 15:41", "Katarzyna Nowak (Drukpol)", "Super, thank you, we go!"),
    ("14.05.2024 15:43", "Birgit Schulz (Rheinfeld)", "Schönen Feierabend 🙂"),
])
case("p41_chat_green_light", ["RG002"], "'Green light from our side' after draw-down, no scope or quantity", [
    ("Teams_Bisoprolol10_FS.txt", _p41),
])

# ------------------------------------------------------------------ p42
_p42 = """Jessie,

Proof reviewed against the master artwork: Drug Facts panel OK, UPC-A grades A on our
verifier, pharmacode 873 in the right position, lot/exp window clear of varnish.

Good to run.

Monica

Monica Reyes | QA Specialist - Packaging Components | Hearthline Consumer Health
Fairfield, NJ | +1 973 555 0177

From: Jessie Wang <jessie.wang@huayilabel.cn>
Sent: Wednesday, May 15, 2024 10:05 PM
To: Monica Reyes <mreyes@hearthlinehealth.com>
Cc: Rachel Kim <rkim@hearthlinehealth.com>
Subject: Proof HCH-LBL-0219 rev B - Nighttime Cold & Flu 8 oz label

""" + quote_lines("""
Dear Monica,

Attached please find the proof rev B with the corrections from your mail. Please check and
confirm.

Best regards,
Jessie Wang
Zhejiang Huayi Label Co., Ltd.

-----Original Message-----
From: Rachel Kim
Sent: Thursday, May 2, 2024
Subject: PO 7100-24-0760 - Nighttime Cold & Flu label - samples

> PO 7100-24-0760: 1,000 sample labels are released. The 120,000 labels on your quote are not
> released. They need a written release from Sandra Ortiz, Supply Chain Manager, after the
> labeller trial on the samples is signed off.
""") + "\n"
case("p42_proof_good_to_run", ["RG002"], "QA: 'Good to run.' on a proof, no scope or quantity", [
    ("RE_Proof_HCH-LBL-0219.eml", mail(
        "Monica Reyes <mreyes@hearthlinehealth.com>", "Jessie Wang <jessie.wang@huayilabel.cn>",
        "RE: Proof HCH-LBL-0219 rev B - Nighttime Cold & Flu 8 oz label", "Thu, 16 May 2024 09:20:00 -0400", _p42,
        cc="Rachel Kim <rkim@hearthlinehealth.com>", in_reply_to="<h96-jw-0515@huayilabel.cn>")),
])

# ------------------------------------------------------------------ p43
_p43 = """Dear Rakesh ji,

Good news - everything is approved now. QA has approved the shade card (colour standard) for
the samples, and our Finance Head has approved the PO value revision for the additional
sample lot. So you are approved to go ahead.

Regards,
Ankit Sharma
Sr. Executive - Purchase (Packaging Materials)
Aurovia Generics Ltd., Hyderabad

-----Original Message-----
From: Ankit Sharma
Sent: 07 May 2024 15:10
To: Rakesh Patel
Subject: PO 4500381630 rev 01 - Cetirizine 10 mg carton

""" + quote_lines("""
Dear Rakesh ji,

PO 4500381630 rev 01 covers 600 sample cartons (300 for the Uhlmann trial + additional 300 for
the second line trial). The 90,000 cartons of your quote are not released; they will be
released by a written release from Dr. Meera Iyer, Head - Packaging Development, after QA
sign-off of the samples.

Shade card approval and the PO value revision are pending; I will revert.
""") + "\n"
case("p43_everything_approved", ["RG002", "RG009"],
     "'approved' for shade card, PO value and the go-ahead; 'approved to go ahead' unscoped", [
    ("RE_PO_4500381630_rev01.eml", mail(
        "Ankit Sharma <ankit.sharma@aurovia-generics.in>", "Rakesh Patel <rakesh@printwellcartons.co.in>",
        "RE: PO 4500381630 rev 01 - Cetirizine 10 mg carton", "Mon, 13 May 2024 18:40:00 +0530", _p43)),
])

# ------------------------------------------------------------------ p34 (portal artwork approved, may proceed)
_p34_body = """<div style="background:#005b96;color:#fff;padding:8px"><b>Serra Azul &middot; Portal do Fornecedor</b>
&middot; Fornecedor: Drukpol Opakowania Sp. z o.o.</div>
<h2>Fluxo de arte / Artwork workflow &mdash; Bula Ibuprofeno 100 mg/ml gotas 30 ml</h2>
<table>
<tr><th>Pedido / PO</th><td>4700012600 &mdash; lote de amostra / sample lot</td></tr>
<tr><th>Quantidade / Quantity</th><td>conforme combinado / as agreed</td></tr>
<tr><th>Código / Item</th><td>BU-3318 bula 150 x 400 mm, papel bíblia 40 g/m&sup2;, pharmacode 2291</td></tr>
<tr><th>Versão da arte / Artwork version</th><td>05 (RDC 47/2009 texto atualizado)</td></tr>
<tr><th>Status</th><td><b>APROVADO / APPROVED &#10004;</b> &mdash; Supplier may proceed.</td></tr>
<tr><th>Aprovado por / by</th><td>Luiza Andrade, Desenvolvimento de Embalagens, 17/05/2024</td></tr>
</table>
<div class="note"><b>Observação / Note:</b> Production quantity not released. Release only in writing by
Fernanda Lima, Gerente de Suprimentos, after QA sign-off of the sample lot.</div>
<h3>Histórico / History</h3>
<table>
<tr><th>Versão</th><th>Data</th><th>Resultado</th></tr>
<tr><td>03</td><td>29/04/2024</td><td>Reprovado (erro seção 8)</td></tr>
<tr><td>04</td><td>08/05/2024</td><td>Reprovado (pharmacode)</td></tr>
<tr><td>05</td><td>17/05/2024</td><td>Aprovado</td></tr>
</table>"""
case("p34_portal_artwork_may_proceed", ["RG002", "RG010"],
     "artwork 'APPROVED - Supplier may proceed' without scope; sample lot quantity 'as agreed' never stated", [
    ("Portal_arte_BU-3318.html", html_page("Portal do Fornecedor - Fluxo de arte BU-3318", _p34_body, lang="pt-BR")),
])

# ------------------------------------------------------------------ p44
_p44 = """Dear Mr Yılmaz,

as discussed during your visit in Ulm, here is our outlook for the lidding foil 1000-2500
(20 µm Al hard, HSL, print 2C) for next year:

    2025 forecast: 480.000 m   (approx. 40.000 m per month from January 2025)

To help your planning, please take this 2025 forecast of 480.000 m as our firm order and book
your machine capacity accordingly. Deliveries in monthly lots of
40.000 m, DAP Ulm, same specification PS-4500 Rev 12 and price basis as 2024.

Mit freundlichen Grüßen
Klaus Wagner
Leiter Einkauf
Brandt Pharma GmbH | Magirusstraße 21 | 89077 Ulm
"""
case("p44_forecast_take_as_firm", ["RG008"], "buyer: take the 2025 forecast of 480.000 m as our firm order", [
    ("Forecast_2025_lidding_foil.eml", mail(
        "Klaus Wagner <klaus.wagner@brandt-pharma.de>", "Mehmet Yılmaz <mehmet.yilmaz@anadoluambalaj.com.tr>",
        "Lidding foil 1000-2500 - outlook 2025", "Fri, 17 May 2024 14:05:00 +0200", _p44)),
])

# ------------------------------------------------------------------ p45
case("p45_ack_firm_order_from_forecast", ["RG008"], "supplier confirmation turns buyer's 2024 forecast into a 'firm order' of 300.000", [
    ("EM_OC_24_0512.pdf", pdf([
        ("h1", "POTWIERDZENIE / CONFIRMATION EM/OC/24/0512"),
        ("p", "Etykiety Mazur Sp. z o.o. - ul. Druskienicka 12, 60-476 Poznań - NIP 781-17-03-229"),
        ("p", "Customer: Laboratório Serra Azul S.A., Campinas - SP, Brazil - Attn. Mr Rafael Costa, Compras"),
        ("p", "Your document: Previsão de demanda 2024 (demand forecast) dated 12.03.2024"),
        ("table", [
            ["Item", "Description", "Quantity", "Price PLN / 1.000", "Delivery"],
            ["55012-ET", "Label 100 ml syrup, 60 x 110 mm, PP white, 5C + varnish", "300.000",
             "58,50", "monthly lots of 25.000, Jun 2024 - May 2025"],
        ]),
        ("sp",),
        ("p", "We thank you for your demand forecast of 12.03.2024 and confirm it as your firm order for 300.000 "
              "labels for the period June 2024 - May 2025. We have reserved the corresponding capacity on our "
              "Gallus ECS 340 line."),
        ("p", "Delivery: FCA Poznań, consolidated with your other Polish suppliers via Kuehne + Nagel. "
              "Payment: 60 days from invoice."),
        ("sp",),
        ("p", "Paweł Mazur, Prezes Zarządu / Managing Director"),
    ], title="EM/OC/24/0512", author="Etykiety Mazur")),
])

# ------------------------------------------------------------------ p46
case("p46_supply_plan_committed_forecast", ["RG008"], "launch supply plan: forecast quantities declared committed volumes to be treated as firm purchase commitments", [
    ("Launch_supply_plan_PIL700360.docx", docx_bytes([
        ("h1", "Launch supply plan - PIL 700360"),
        ("p", "Corrib BioPharma Ltd - Supply Planning - Product CBP-0519 (Rivaroxaban 20 mg film-coated tablets), "
              "launch markets IE, UK, DE. Version 2, 14 May 2024. Prepared by Niamh O'Connor, Supply Planner."),
        ("h", "1. Purpose"),
        ("p", "To give Drukpol Opakowania visibility of the leaflet volumes for the launch and the first year on market."),
        ("h", "2. Volumes"),
        ("table", [
            ["Period", "Forecast leaflets", "Status"],
            ["Q3 2024 (launch stock)", "60,000", "Committed"],
            ["Q4 2024", "45,000", "Committed"],
            ["Q1 2025", "45,000", "Committed"],
            ["Q2 2025", "50,000", "Committed"],
            ["Total", "200,000", ""],
        ]),
        ("sp",),
        ("p", "The forecast quantities above are committed volumes. Drukpol may treat them as firm purchase "
              "commitments from Corrib BioPharma for the periods shown."),
        ("h", "3. Artwork and change control"),
        ("p", "Artwork PIL 700360 rev 1 is under change control CC-24-0131. Any text change after the launch will be "
              "managed under a new change control and communicated with at least 6 weeks' notice."),
        ("h", "4. Contacts"),
        ("p", "Supply planning: Niamh O'Connor. Procurement: Ciarán Walsh. QA packaging: Aoife Brennan."),
    ], author="Niamh O'Connor")),
])

# ------------------------------------------------------------------ p47
_p47 = """WhatsApp Chat with Hitesh Shah (Shree Laxmi Foils)
[12/05/24, 7:38:02 PM] Sameer Kulkarni: Hitesh bhai good evening
[12/05/24, 7:38:40 PM] Hitesh Shah: Good evening sir 🙏
[12/05/24, 7:41:12 PM] Sameer Kulkarni: FY25 forecast for PM-220417 printed foil is 9 lakh metres. Consider it confirmed, book it as our order
[12/05/24, 7:42:30 PM] Sameer Kulkarni: same rate as current PO, qtrly delivery
[12/05/24, 7:43:55 PM] Hitesh Shah: Noted sir. Will book 9 lakh mtr as firm order from Medivanta
[12/05/24, 7:44:10 PM] Sameer Kulkarni: 👍
[12/05/24, 7:46:31 PM] Hitesh Shah: Sir also CoA format new one we will start from next lot
[12/05/24, 7:47:02 PM] Sameer Kulkarni: ok send sample format to Priya first
"""
case("p47_whatsapp_forecast_confirmed", ["RG008"], "buyer: FY25 forecast 9 lakh metres 'consider it confirmed, book it as our order'", [
    ("WhatsApp_Chat_Hitesh_Shah.txt", _p47),
])

# ------------------------------------------------------------------ p48
_p48 = """Emre,

Good news on the allergy 24ct carton (art v4):

- QA has released the 2,000 sample cartons - CoA and pharmacode report reviewed, lot
  MK-24-0519-S.
- Finance released PO 7100-24-0790 in Coupa this morning.
- And with this email I'm releasing 20,000 cartons for production.

The remaining 40,000 cartons are not released. The next release will come from me once the
first production lot has passed incoming inspection in Fairfield. Board: buy for the 20,000
only.

Please confirm ship date for the 20,000.

Thanks,
Rachel Kim
Director, Procurement | Hearthline Consumer Health | +1 973 555 0120
"""
case("p48_release_three_meanings", ["RG009"], "'release' used for QA acceptance, PO approval in Coupa and production release in one mail", [
    ("Allergy_24ct_release.eml", mail(
        "Rachel Kim <rkim@hearthlinehealth.com>", "Emre Aydın <emre.aydin@marmarakarton.com.tr>",
        "Allergy 24ct carton - samples, PO and production", "Mon, 20 May 2024 10:10:00 -0400", _p48,
        cc="Sandra Ortiz <sortiz@hearthlinehealth.com>")),
])

# ------------------------------------------------------------------ p49
case("p49_qa_agreement_approval_clause", ["RG009"], "quality agreement: 'approval' for proofs, for POs, and as the gate to manufacture", [
    ("QAG-CBP-ANA-2024.docx", docx_bytes([
        ("h1", "Quality Agreement - Printed Packaging Components"),
        ("p", "Between Corrib BioPharma Ltd, Ringaskiddy, Co. Cork, Ireland (\"Corrib\") and Anadolu Ambalaj A.S., "
              "Tuzla / Istanbul, Türkiye (\"Supplier\"). Document QAG-CBP-ANA-2024, version 1.0, effective 01 June 2024."),
        ("h", "1. Scope"),
        ("p", "This agreement covers printed and unprinted aluminium lidding foil and cold-form laminates supplied to "
              "Corrib for products manufactured under EU GMP, Part I, Chapter 5 and Annex 15."),
        ("h", "2. Standards"),
        ("p", "The Supplier maintains certification to ISO 15378:2017 and applies EN ISO 2859-1 sampling (AQL 0.65 "
              "critical, 1.0 major, 4.0 minor) at final inspection."),
        ("h", "5. Approvals"),
        ("num", "The Supplier shall submit print proofs and trial reels for Corrib's approval."),
        ("num", "Purchase orders are valid only when approved and signed by Corrib Procurement."),
        ("num", "The Supplier shall not start manufacture of commercial quantities before Corrib's approval."),
        ("num", "Approval shall be given in writing by Ciarán Walsh, Procurement Manager, or his deputy."),
        ("h", "6. Change control"),
        ("p", "No change to raw materials, sub-suppliers, site or process without 90 days' prior written notice and "
              "Corrib's written agreement."),
        ("h", "7. Responsibilities"),
        ("table", [
            ["Activity", "Corrib", "Supplier"],
            ["Artwork master", "R", "I"],
            ["Print proof", "A", "R"],
            ["Certificate of Analysis per lot", "I", "R"],
            ["Complaint investigation", "A", "R"],
        ]),
        ("p", "R = responsible, A = approves, I = informed."),
    ], author="Aoife Brennan")),
])

# ------------------------------------------------------------------ p50
_p50_body = """<div style="background:#7a1f2b;color:#fff;padding:8px"><b>Aurovia SRM</b> &middot; Supplier Collaboration
&middot; Vendor: Zhejiang Huayi Label Co., Ltd. (100802)</div>
<h2>PO 4500381900 &mdash; Label 100 ml bottle, Cefixime oral suspension</h2>
<p>PO status: <b>APPROVED</b> (workflow level 2, 09-05-2024) &middot; Sample status: <b>APPROVED</b> (QA, 16-05-2024)</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Quantity</th><th>Status</th><th>Production release</th></tr>
<tr><td>10</td><td>Sample</td><td>1,000 labels</td><td>Approved</td><td>Released</td></tr>
<tr><td>20</td><td>Production</td><td>99,000 labels</td><td>Approved</td><td>On hold &mdash; not released</td></tr>
</table>
<div class="note">Line 20 is on hold until the written production release from Dr. Meera Iyer, Head &ndash; Packaging
Development, which follows the sample sign-off. Material authority: sample-only.</div>
<p style="color:#777">Last updated 16-05-2024 17:44 IST</p>"""
case("p50_portal_approved_everywhere", ["RG009"], "portal uses 'Approved' for PO workflow, sample QA result and an unreleased production line", [
    ("SRM_PO_4500381900.html", html_page("Aurovia SRM - PO 4500381900", _p50_body)),
])

# ------------------------------------------------------------------ p51
_p51 = """Hi Emre,

Good news: our finance released the payment for the balance of 39.600 cartuchos today (SWIFT
sent this morning, you should see it tomorrow).

So please consider this the release of the balance and start printing. We need the cartons in
Campinas by the end of July.

Abraços,
Rafael Costa
Comprador - Suprimentos
Laboratório Serra Azul S.A. | Campinas - SP

Em seg., 6 de mai. de 2024 às 10:02, Rafael Costa <rafael.costa@serraazul.com.br> escreveu:
""" + quote_lines("""
Emre, PO 4700012611 attached: 400 sample cartons released (Paracetamol 750 mg, 20 comprimidos,
art. 2231-02). The 39.600 cartons of the balance are not released. Release only in writing by
Fernanda Lima, Gerente de Suprimentos, after QA sign-off of the samples.
Rafael
""") + "\n"
case("p51_payment_released_so_start", ["RG009", "RG012"],
     "buyer: finance 'released the payment' for the balance, so consider it the release and start printing", [
    ("Payment_balance_PO4700012611.eml", mail(
        "Rafael Costa <rafael.costa@serraazul.com.br>", "Emre Aydın <emre.aydin@marmarakarton.com.tr>",
        "Re: PO 4700012611 - cartuchos Paracetamol 750 mg - payment", "Tue, 21 May 2024 11:30:00 -0300", _p51)),
])

# ------------------------------------------------------------------ p52
_p52 = """Dan,

We received the 30% advance from your AP team this morning, thank you. Accordingly we have
scheduled the balance cartons on press 2 for Thursday; the sample cartons already left on Monday
(UPS 1Z 8W7 E41 04 4471 2290). Board for the full 60,000 has been sheeted since last week, so
there is no delay from our side.

Best regards,
Emre Aydın
Export Sales | Marmara Karton San. ve Tic. A.S. | Gebze / Kocaeli
+90 262 751 22 40

On Fri, May 3, 2024 Rachel Kim <rkim@hearthlinehealth.com> wrote:
""" + quote_lines("""
Emre, PO 7100-24-0812 attached. 1,200 sample cartons are released (Sinus PE 24ct, art v1).
The 58,800 cartons are not released; they need a written release from Sandra Ortiz, Supply
Chain Manager, after the cartoner trial on the samples is signed off.
Thanks, Rachel
""") + "\n"
case("p52_advance_received_balance_scheduled", ["RG006", "RG012"], "supplier schedules the balance on press because the advance was received; board sheeted for all 60,000", [
    ("RE_PO_7100-24-0812.eml", mail(
        "Emre Aydın <emre.aydin@marmarakarton.com.tr>", "Dan Whitaker <dwhitaker@hearthlinehealth.com>",
        "RE: PO 7100-24-0812 - Sinus PE 24ct carton", "Tue, 14 May 2024 16:05:00 +0300", _p52,
        cc="Rachel Kim <rkim@hearthlinehealth.com>")),
])

# ------------------------------------------------------------------ p53
_p53_po = pdf([
    ("h1", "BESTELLUNG / PURCHASE ORDER 4100028555"),
    ("p", "Rheinfeld Arzneimittel GmbH - Einkauf Packmittel - Pallaswiesenstr. 180, 64293 Darmstadt - 13.05.2024"),
    ("p", "Supplier: Grafiche Ventura S.r.l., Stezzano (BG), Italy - your offer GV-Q-24-0355"),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "Scope"],
        ["1", "510478", "Label 10 ml ampoule carton insert, 30 x 60 mm, pharmacode 1655", "1.000", "Sample - released"],
        ["2", "510478", "Label 10 ml ampoule carton insert, 30 x 60 mm, pharmacode 1655", "59.000",
         "Commercial cover only - NOT released"],
    ]),
    ("sp",),
    ("p", "Position 2 must not be printed. It will be released only by a written production release from "
          "Dr. Thomas Becker, Leiter Verpackungsentwicklung, after sign-off of the labeller trial with the "
          "position 1 samples. Material authority: sample-only."),
    ("p", "Birgit Schulz, Einkauf Packmittel"),
], title="PO 4100028555", author="Rheinfeld")
_p53_oa = pdf([
    ("h1", "CONFERMA D'ORDINE / ORDER ACKNOWLEDGEMENT OC-24-0611"),
    ("p", "Grafiche Ventura S.r.l. - Via dei Tipografi 14, 24040 Stezzano (BG) - 15.05.2024"),
    ("p", "Customer: Rheinfeld Arzneimittel GmbH, Darmstadt - your order 4100028555 of 13.05.2024"),
    ("table", [
        ["Pos.", "Article", "Qty", "Price EUR", "Planned"],
        ["1", "510478", "1.000", "lump sum 310,00", "week 21"],
        ["2", "510478", "59.000", "16,90 / 1.000", "week 25"],
    ]),
    ("sp",),
    ("p", "We acknowledge your order 4100028555. In accordance with our General Terms of Sale (art. 4.1), "
          "acceptance of the order constitutes release for production of all positions. Printing of all "
          "positions is planned as shown above."),
    ("p", "Payment: 60 days end of month. Delivery: DAP Darmstadt. Marco Rinaldi, Customer Service Pharma."),
], title="OC-24-0611", author="Grafiche Ventura")
case("p53_ack_acceptance_is_release", ["RG012"], "supplier acknowledgement: acceptance of the order constitutes release of all positions", [
    ("PO_4100028555.pdf", _p53_po),
    ("OC-24-0611.pdf", _p53_oa),
])

# ------------------------------------------------------------------ p55
_p55_body = """<div style="background:#c8102e;color:#fff;padding:8px"><b>Clearform Customer Portal</b> &middot; Order tracking</div>
<h2>Sales order SO-24-1188 &middot; Customer: Hearthline Consumer Health &middot; Your PO 7100-24-0702</h2>
<h3>Customer PO text</h3>
<p><i>"500 sample bottles released. 120,000 bottles not released - written release by Sandra Ortiz,
Supply Chain Manager, after stability sign-off."</i></p>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Product</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>60 cc white HDPE bottle 33-400 (sample)</td><td>500</td><td>Shipped 05/10</td></tr>
<tr><td>2</td><td>60 cc white HDPE bottle 33-400</td><td>120,000</td><td>In production (blow moulding, line B4)</td></tr>
</table>
<h3>Timeline</h3>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>2024-04-29</td><td>PI NC-24-0588 issued (all lines)</td></tr>
<tr><td>2024-05-06</td><td>Deposit 30 % received</td></tr>
<tr><td>2024-05-06</td><td>Released to production (automatic on deposit)</td></tr>
<tr><td>2024-05-10</td><td>Line 1 shipped, DHL 7734 1180 92</td></tr>
</table>
<p class="note">Orders are released to production automatically when the deposit is received.</p>"""
case("p55_portal_auto_release_on_deposit", ["RG012"], "supplier portal releases all lines to production automatically on deposit", [
    ("Clearform_SO-24-1188.html", html_page("Clearform Customer Portal - SO-24-1188", _p55_body)),
])


# ------------------------------------------------------------------ c16
case("c16_scope_note_glossary", [], "scope note with every element and terms kept apart (sign-off / PO issued / production release)", [
    ("Scope_note_PO4500776350.docx", docx_bytes([
        ("h1", "PO scope note - PO 4500776350"),
        ("p", "Brandt Pharma GmbH, Ulm - to Grafiche Ventura S.r.l., Stezzano (BG) - 13.05.2024"),
        ("p", "Item: Patient information leaflet Candesartan 8/16 mg, art. 700215, version 05/2024, pharmacode 2318."),
        ("table", [
            ["Element", "Content"],
            ["Quantity active now", "400 sample leaflets (print proof and pharmacode verification)"],
            ["Quoted production quantity", "120.000 leaflets - basis: forecast (not firm)"],
            ["Balance on hold", "120.000 leaflets - not released"],
            ["What to do now", "Print and deliver the 400 sample leaflets only. Do not print or buy paper for the balance."],
            ["Unlock event", "Sample sign-off by Brandt QA, followed by a written production release"],
            ["Release authority", "Dr. Stefan Hoffmann, Head of Supply Chain (limit EUR 25.000); "
                                  "second approver Klaus Wagner, Leiter Einkauf"],
            ["Material authority", "Sample-only"],
        ]),
        ("sp",),
        ("h", "Terms used in this note"),
        ("li", "Sample sign-off: Brandt QA's technical disposition of the samples (accepted, interim or rejected). "
               "It releases nothing by itself."),
        ("li", "PO issued: commercial cover for the quantities on the PO. A PO is not production authority."),
        ("li", "Production release: written authority to produce a named quantity, signed by the release authority."),
        ("sp",),
        ("p", "Please confirm this scope note by return e-mail to einkauf.packmittel@brandt-pharma.de."),
    ], author="Klaus Wagner")),
])

# ------------------------------------------------------------------ c17
_c17 = chat("Microsoft Teams - Medivanta Packaging Dev <> Printwell - chat export", [
    ("20-05-2024 10:05", "Vinod Desai (Printwell)", "Good morning madam. Serialisation test cartons for Atorvastatin 20 - we have PO 6100046990 from Sameer sir. Shall we start?"),
    ("20-05-2024 10:11", "Priya Raman (Medivanta)", "Morning Vinod. Yes - go ahead with the 250 serialisation test cartons only."),
    ("20-05-2024 10:12", "Priya Raman (Medivanta)", "The 75k stays parked. Nothing on that until Sameer Kulkarni (Head - Purchase) signs the written release, and he'll do that only after the line trial on the Marchesini is signed off."),
    ("20-05-2024 10:13", "Priya Raman (Medivanta)", "Board only for the 250 please."),
    ("20-05-2024 10:20", "Vinod Desai (Printwell)", "Understood madam 👍 250 only. We keep a dozen make-ready sheets for our archive as usual."),
    ("20-05-2024 10:21", "Priya Raman (Medivanta)", "fine. GS1 DataMatrix window must be unvarnished, pls check with QC"),
    ("20-05-2024 10:24", "Vinod Desai (Printwell)", "Yes madam, noted. Dispatch Thursday by Gati"),
])
case("c17_chat_scoped_go_ahead", [], "chat: go ahead with the 250 test cartons only; 75k parked until named person's written release after line trial", [
    ("Teams_Medivanta_Printwell_2005.txt", _c17),
])

# ------------------------------------------------------------------ c18
_c18 = """Dear Zeynep,

No, please don't. Only the 1.500 m trial reels under PO 4700012701 are released.

The balance of 48.500 m stays on hold until our QA has signed off the trial reels on the Uhlmann
line in Campinas and I send you the written release. Please also do not buy aluminium for the
balance; the cylinder is fine, we have paid for it already.

Obrigada,
Fernanda Lima
Gerente de Suprimentos
Laboratório Serra Azul S.A. | Campinas - SP | +55 19 3754 2201

De: Zeynep Kaya <zeynep.kaya@anadoluambalaj.com.tr>
Enviada em: segunda-feira, 13 de maio de 2024 09:48
Para: Fernanda Lima <fernanda.lima@serraazul.com.br>
Assunto: PO 4700012701 - lidding foil Dipirona - balance?

""" + quote_lines("""
Dear Fernanda Hanım,

The trial reels (1.500 m) are ready and will be shipped by air on Wednesday. Can we go ahead
with printing the balance 48.500 m? Our cylinder is ready and the machine has a free slot in
week 23.

Best regards,
Zeynep Kaya
Customer Service Export, Anadolu Ambalaj A.S.
""") + "\n"
case("c18_question_answered_no", [], "supplier asks to go ahead with balance; buyer says no, only 1.500 m, balance on hold until QA sign-off + her written release", [
    ("RE_PO_4700012701_balance.eml", mail(
        "Fernanda Lima <fernanda.lima@serraazul.com.br>", "Zeynep Kaya <zeynep.kaya@anadoluambalaj.com.tr>",
        "RE: PO 4700012701 - lidding foil Dipirona - balance?", "Mon, 13 May 2024 11:02:00 -0300", _c18,
        in_reply_to="<h96-zk-0513@anadoluambalaj.com.tr>")),
])

# ------------------------------------------------------------------ c19
_c19 = """RHEINFELD ARZNEIMITTEL GMBH                             BESTELLUNG / PURCHASE ORDER
Pallaswiesenstr. 180, 64293 Darmstadt                   Nr. 4100028419  Datum 16.05.2024
----------------------------------------------------------------------------------------
Lieferant : 700318  ETYKIETY MAZUR SP. Z O.O., UL. DRUSKIENICKA 12, 60-476 POZNAN, PL
Einkauf   : B. SCHULZ   Tel. +49 6151 3309 412
----------------------------------------------------------------------------------------
Pos   Material  Bezeichnung                                   Menge   ME   Preis/1000
----------------------------------------------------------------------------------------
00010 510489    ETIKETT 250 ML FLASCHE HUSTENSAFT, 70X130    500     ST   64,00 EUR
                PP WEISS, 4C + LACK, PHARMACODE 1703
----------------------------------------------------------------------------------------
SCOPE          : SAMPLE
QTY RELEASED   : 500 (FIVE HUNDRED) SAMPLE LABELS
BAL.           : 24.500 - NOT RELEASED - DO NOT PRINT
PROD QTY BASIS : FIRM, 25.000 TOTAL INCL. SAMPLES
UNLOCK         : WRITTEN PRODUCTION RELEASE AFTER QA SIGN-OFF OF THE SAMPLES
REL.AUTH       : DR. THOMAS BECKER, LEITER VERPACKUNGSENTWICKLUNG
MATERIAL AUTH  : SAMPLE-ONLY
----------------------------------------------------------------------------------------
Liefertermin KW 23/2024 - frei Haus Darmstadt - Zahlung 60 Tage netto
Es gelten unsere Einkaufsbedingungen EKB 2023.
"""
case("c19_erp_scope_fields", [], "ERP PO with scope fields: 500 released, bal. 24.500 not released, unlock, named authority", [
    ("BE_4100028419.txt", _c19),
])

# ------------------------------------------------------------------ c20
_c20_po = pdf([
    ("h1", "PURCHASE ORDER 4500092301"),
    ("p", "Corrib BioPharma Ltd - Procurement - Ringaskiddy, Co. Cork, P43 XK77, Ireland - 15 May 2024"),
    ("p", "Supplier: Anadolu Ambalaj A.S., Tuzla / Istanbul (vendor 210044) - your quotation ANA-TKL-24-0207 (attached)"),
    ("table", [
        ["Line", "Material", "Description", "Qty", "Price EUR"],
        ["10", "10035230", "Printed lidding foil 20 µm, HSL for PVC/PVDC, 2C, width 136 mm - trial reels",
         "3,000 m", "0.089 / m"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Released: 3,000 m trial reels (line 10) for the line trial on our Uhlmann B 1440."),
    ("p", "The production tiers in the attached quotation ANA-TKL-24-0207 (50,000 / 100,000 / 200,000 m) are "
          "informational only and are not released. Any production quantity will be released only by a written "
          "release from Ciarán Walsh, Procurement Manager, after the line trial has been signed off by Aoife Brennan, "
          "QA Packaging Lead."),
    ("p", "Material authority: sample-only (aluminium and lacquer for the trial reels)."),
    ("p", "Delivery: DAP Ringaskiddy by air, CW 24. CoA with the reels."),
    ("sp",),
    ("p", "Ciarán Walsh, Procurement Manager"),
], title="PO 4500092301", author="Corrib BioPharma")
_c20_q = pdf([
    ("h1", "ANADOLU AMBALAJ A.S."),
    ("h", "QUOTATION ANA-TKL-24-0207"),
    ("p", "To: Corrib BioPharma Ltd, Ringaskiddy - Attn. Mr Ciarán Walsh - 06.05.2024 - validity 60 days"),
    ("p", "Printed lidding foil 20 µm Al hard, HSL for PVC/PVDC, 2 colours, width 136 mm, core 76 mm."),
    ("table", [
        ["Option", "Quantity", "Price EUR / m", "Lead time"],
        ["Trial reels", "3,000 m", "0.089", "3 weeks"],
        ["Tier 1", "50,000 m", "0.052", "4 weeks after written release"],
        ["Tier 2", "100,000 m", "0.047", "4 weeks after written release"],
        ["Tier 3", "200,000 m", "0.044", "5 weeks after written release"],
        ["Printing cylinders", "2 pcs", "540.00 each", "-"],
    ]),
    ("sp",),
    ("p", "Payment 60 days. DAP Ringaskiddy. Mehmet Yılmaz, Export Sales Manager."),
], title="ANA-TKL-24-0207", author="Anadolu Ambalaj")
case("c20_po_plus_quote_files", [], "PO for 3,000 m trial reels declares attached quote tiers informational and not released", [
    ("PO_4500092301.pdf", _c20_po),
    ("ANA-TKL-24-0207.pdf", _c20_q),
])

# ------------------------------------------------------------------ c21
_c21_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Aurovia Generics Ltd. - Plot 42, IDA Jeedimetla, Hyderabad 500055 - IEC 0904011872"),
    ("table", [
        ["PO No.", "4500382010", "PO Date", "16.05.2024"],
        ["Vendor", "Ningbo Clearform Packaging Co., Ltd., Ningbo, China", "Vendor code", "200455"],
        ["Incoterms", "FOB Ningbo", "Currency", "USD"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Material", "Description", "Qty", "Rate USD", "Value USD"],
        ["10", "20048212", "HDPE bottle 60 cc white, 28 mm CT neck, with induction liner cap set, per spec PKG-SPC-0388 rev 2",
         "120,000", "0.0420", "5,040.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Full order: the complete 120,000 bottles of item 10 are released for production. There is no sample line "
          "and no balance on this PO. Samples were signed off under PO 4500380115 (sign-off ref. QA/PKG/24/088)."),
    ("h", "Commercial terms"),
    ("p", "Payment: 30 % advance against proforma invoice, balance against copy of BL. Shipment: by 30.06.2024, "
          "FCL/LCL to Nhava Sheva. Documents: CoA per lot, packing list, COO."),
    ("sp",),
    ("p", "For Aurovia Generics Ltd. - Ankit Sharma, Sr. Executive - Purchase"),
], title="PO 4500382010", author="Aurovia Generics")
_c21 = """Dear Lily,

Greetings from Aurovia Generics.

Please find attached our PO 4500382010 for 120,000 (one lakh twenty thousand) HDPE bottles
60 cc with cap sets, item 20048212.

This is a full order: the complete 120,000 are released for production. There is no sample line
and no balance; the samples were signed off under our earlier PO 4500380115. Payment terms are
30% advance against your PI and the balance against copy of BL.

Please proceed with the 120,000 bottles and share your PI and the shipment plan.

Thanks & Regards,
Ankit Sharma
Sr. Executive - Purchase (Packaging Materials)
Aurovia Generics Ltd., Hyderabad
"""
case("c21_full_po_with_advance_terms", [], "full-quantity PO (120,000 released, no balance); advance is a payment term only", [
    ("PO_4500382010_HDPE_bottles.eml", mail(
        "Ankit Sharma <ankit.sharma@aurovia-generics.in>", "Lily Chen <lily.chen@clearform-pack.cn>",
        "PO 4500382010 - HDPE bottles 60 cc - full order", "Thu, 16 May 2024 15:40:00 +0530", _c21,
        attachments=[("PO_4500382010.pdf", _c21_po, PDF_MT)])),
])

# ------------------------------------------------------------------ c22
_c22 = """DRUKPOL OPAKOWANIA SP. Z O.O.                     PRODUCTION STATUS REPORT
ul. Papiernicza 7, 92-312 Lodz                    Customer: CORRIB BIOPHARMA LTD
Date: 17.05.2024                                  Prepared by: T. Wisniewski, Planning
=========================================================================================
PO          ITEM                      RELEASED        PRINTED    SHIPPED     BALANCE
-----------------------------------------------------------------------------------------
4500092145  PIL 700371 rev 1          1,000 sample    1,000      17.05.2024  39,000
            (Edoxaban 30 mg)          leaflets                               NOT STARTED
-----------------------------------------------------------------------------------------
REMARKS
1. Balance 39,000 leaflets: not started - awaiting your written release
   (Ciaran Walsh, Procurement Manager), as per the PO.
2. Paper purchased for the 1,000 sample leaflets only (material authority sample-only).
3. We keep a dozen sample leaflets from the make-ready as retention samples, as usual.
4. Pharmacode report (Laetus, 1,000 read / 0 fail) and CoC sent with the shipment,
   DHL AWB 4419 2288 06.
=========================================================================================
"""
case("c22_supplier_status_awaiting", [], "supplier status: 1,000 samples printed, balance not started awaiting written release; paper for samples only", [
    ("Status_Corrib_20240517.txt", _c22),
])

# ------------------------------------------------------------------ c23
_c23_doc = docx_bytes([
    ("h1", "STOP NOTICE SN-24-004"),
    ("p", "Hearthline Consumer Health, Inc. - Supply Chain - May 20, 2024"),
    ("table", [
        ["Order", "PO 7100-24-0733 - folding carton Cough DM 4 fl oz, art v2"],
        ["Supplier", "Marmara Karton San. ve Tic. A.S., Gebze"],
        ["Effective", "Immediately, May 20, 2024"],
        ["Scope of the stop", "Nothing more may start on this order, released or not"],
        ["Quantity released while the stop is in force", "None"],
        ["Released before the stop (now stopped)", "20,000 cartons (release HR-24-015 of May 2)"],
        ["Balance never released", "38,000 cartons - not released"],
        ["Lifting the stop", "Only by written notice from Sandra Ortiz, Supply Chain Manager, after closure of CAPA-24-031"],
        ["Balance after the stop", "Still needs its own written release from Sandra Ortiz"],
    ]),
    ("sp",),
    ("p", "The 2,000 sample cartons already delivered are not affected. Do not buy further board; hold what is "
          "in stock and report quantities of board and printed sheets by May 22."),
    ("p", "Sandra Ortiz, Supply Chain Manager"),
], author="Sandra Ortiz")
_c23 = """Emre,

Please see the attached stop notice SN-24-004 for PO 7100-24-0733 (Cough DM 4 oz carton).

Effective immediately nothing more may start on this order, released or not. That includes the
20,000 cartons released under HR-24-015 on May 2; the 38,000 balance was never released and stays
that way. While the stop is in force no quantity is released.

The stop will be lifted only by my written notice once CAPA-24-031 (pharmacode mix-up on lot
MK-24-0502) is closed. After that, the 38,000 still need their own written release from me.

Please confirm receipt today and send me your stock of board and printed sheets by Wednesday.

Sandra Ortiz | Supply Chain Manager | Hearthline Consumer Health | +1 973 555 0162
"""
case("c23_stop_notice", [], "stop notice: nothing may start, zero released while in force, named lift condition and person", [
    ("STOP_PO_7100-24-0733.eml", mail(
        "Sandra Ortiz <sortiz@hearthlinehealth.com>", "Emre Aydın <emre.aydin@marmarakarton.com.tr>",
        "STOP - PO 7100-24-0733 - Cough DM 4 oz carton", "Mon, 20 May 2024 08:05:00 -0400", _c23,
        cc="Rachel Kim <rkim@hearthlinehealth.com>",
        attachments=[("SN-24-004.docx", _c23_doc, DOCX_MT)])),
])

# ------------------------------------------------------------------ c24
_c24 = """Dear Rakesh,

Production release LIB-2024-012 - PO 4700012800 - Cartucho Omeprazol 20 mg, 28 cápsulas

Following the approved sample sign-off SS-0412 (QA Serra Azul, 08/05/2024), I release
60.000 (sessenta mil / sixty thousand) cartons of the 150.000 on PO 4700012800.

The remaining 90.000 are not released. Their release requires a next written release from me,
after the 3-month stability pull of the exhibit batch (expected end of August).

Material authority: board for the 60.000 released cartons only.

Delivery of the 60.000: FOB Nhava Sheva, vessel of 28/06 at the latest.

Atenciosamente,
Fernanda Lima
Gerente de Suprimentos
Laboratório Serra Azul S.A. | Rod. Anhanguera km 104 | Campinas - SP | Brasil
"""
_c24_html = ("<p>Dear Rakesh,</p><p><b>Production release LIB-2024-012</b> - PO 4700012800 - Cartucho Omeprazol 20 mg, "
             "28 cápsulas</p><p>Following the approved sample sign-off SS-0412 (QA Serra Azul, 08/05/2024), I release "
             "<b>60.000 (sessenta mil / sixty thousand) cartons</b> of the 150.000 on PO 4700012800.</p>"
             "<p>The remaining 90.000 are <b>not released</b>. Their release requires a next written release from me, "
             "after the 3-month stability pull of the exhibit batch (expected end of August).</p>"
             "<p>Material authority: board for the 60.000 released cartons only.</p>"
             "<p>Delivery of the 60.000: FOB Nhava Sheva, vessel of 28/06 at the latest.</p>"
             "<p>Atenciosamente,<br>Fernanda Lima<br>Gerente de Suprimentos<br>Laboratório Serra Azul S.A.</p>")
case("c24_release_letter_european_numbers", [], "written partial release 60.000 of 150.000; 90.000 on hold; next release by her after stability", [
    ("LIB-2024-012.eml", mail(
        "Fernanda Lima <fernanda.lima@serraazul.com.br>", "Rakesh Patel <rakesh@printwellcartons.co.in>",
        "Production release LIB-2024-012 - PO 4700012800 - Omeprazol 20 mg carton", "Fri, 10 May 2024 17:20:00 -0300",
        _c24, html=_c24_html, cc="Rafael Costa <rafael.costa@serraazul.com.br>")),
])

# ------------------------------------------------------------------ c25
_c25_po = docx_bytes([
    ("h1", "Purchase Order 6100047001 - Revision 02"),
    ("p", "Medivanta Lifesciences Pvt. Ltd., Chakan MIDC Phase II, Pune 410501 - to Printwell Cartons Pvt. Ltd., Daman"),
    ("p", "Revision 02 dated 10.05.2024 supersedes Revision 01 dated 12.04.2024."),
    ("p", "Item: PM-110901 Carton, Montelukast 10 mg tablets 3x10, FBB 300 gsm, AW rev 03."),
    ("table", [
        ["Line", "Scope", "Quantity", "Status"],
        ["10", "Sample", "500 cartons", "Delivered; signed off 19.04.2024 (SS-MV-0419)"],
        ["20", "Production", "30,000 cartons", "Released by written release REL-MV-24-007 (10.05.2024)"],
    ]),
    ("sp",),
    ("p", "Quoted production quantity: 90,000 cartons (basis: firm). Balance 60,000 cartons: not released and not "
          "on this PO. The next release will be a written release from Sameer Kulkarni, Head - Purchase, after the "
          "validation batch has been signed off."),
    ("p", "Material authority: board for line 20 (30,000 cartons) only."),
    ("h", "Revision history"),
    ("table", [
        ["Rev", "Date", "Change"],
        ["01", "12.04.2024", "Line 10: 500 sample cartons"],
        ["02", "10.05.2024", "Line 20 added: 30,000 production cartons per REL-MV-24-007"],
    ]),
    ("sp",),
    ("p", "Sameer Kulkarni, Head - Purchase (release authority)"),
], author="Sameer Kulkarni")
_c25_ack = mail(
    "Rakesh Patel <rakesh@printwellcartons.co.in>", "Sameer Kulkarni <sameer.kulkarni@medivanta.in>",
    "Acknowledgement - PO 6100047001 Rev 02 - Montelukast 10 mg carton", "Sat, 11 May 2024 10:15:00 +0530",
    """Dear Sameer sir,

We acknowledge your PO 6100047001 Rev 02:

- Line 20: 30,000 production cartons, released per your written release REL-MV-24-007.
- Balance 60,000 cartons: on hold; we will not print them until your next written release
  after the validation batch sign-off.
- Board procured for the 30,000 cartons only.

Dispatch of the 30,000 planned on 31 May.

Thanks & Regards,
Rakesh Patel
Manager - Sales, Printwell Cartons Pvt. Ltd., Daman
""")
case("c25_po_rev02_with_ack", [], "PO rev 02 adds a 30,000 released line per written release; supplier ack matches; balance 60,000 on hold", [
    ("PO_6100047001_Rev02.docx", _c25_po),
    ("ACK_PO_6100047001_Rev02.eml", _c25_ack),
])


# ===================================================================== MAIN
FMT_EXT = {".eml": "EML", ".pdf": "PDF", ".docx": "DOCX", ".html": "HTML", ".htm": "HTML", ".txt": "TXT"}


def _eml_parts(data):
    from email import message_from_bytes
    m = message_from_bytes(data, policy=policy.default)
    kinds = set()
    for part in m.walk():
        ct = part.get_content_type()
        fn = part.get_filename() or ""
        if ct == "multipart/alternative":
            kinds.add("alt")
        elif ct == "message/rfc822":
            kinds.add("rfc822")
        elif fn.lower().endswith(".pdf"):
            kinds.add("PDF")
        elif fn.lower().endswith(".docx"):
            kinds.add("DOCX")
        elif fn.lower().endswith((".html", ".htm")):
            kinds.add("HTML")
        elif fn.lower().endswith(".txt"):
            kinds.add("TXT")
    return kinds


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(9696).shuffle(order)
    labels = {}
    rule_count = {f"RG{i:03d}": 0 for i in range(1, 13)}
    fmt_files = {k: 0 for k in ("EML", "TXT", "PDF", "DOCX", "HTML")}
    fmt_cases = {k: 0 for k in fmt_files}
    eml_feats = {}
    multi = 0
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h96_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        present = set()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
            f = FMT_EXT[Path(fn).suffix.lower()]
            fmt_files[f] += 1
            present.add(f)
            if f == "EML":
                for k in _eml_parts(data):
                    if k in fmt_files:
                        present.add(k)
                    eml_feats[k] = eml_feats.get(k, 0) + 1
        for f in present:
            fmt_cases[f] += 1
        if len(c["files"]) > 1:
            multi += 1
        for r in c["expect"]:
            rule_count[r] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  "
          f"multi-rule {sum(1 for c in CASES if len(c['expect']) > 1)}  multi-file {multi}")
    for r, n in rule_count.items():
        print(f"  {r} {n}")
    print("  top-level files:", fmt_files)
    print("  cases containing:", fmt_cases)
    print("  eml features:", eml_feats)


if __name__ == "__main__":
    main()
