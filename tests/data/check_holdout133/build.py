#!/usr/bin/env python3
"""Generator for the releasegate check_holdout133 corpus (independent held-out test data).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout133/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Domain: furniture hardware and kitchens (hinges, drawer runners, handles, worktops, fronts).
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
_PDF_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ę": "e", "Ę": "E", "ą": "a", "Ą": "A", "ś": "s", "Ś": "S",
                          "ć": "c", "Ć": "C", "ń": "n", "Ń": "N", "ż": "z", "Ż": "Z", "ź": "z", "Ź": "Z",
                          "ş": "s", "Ş": "S", "ı": "i", "İ": "I", "ğ": "g", "Ğ": "G"})


def _pdf_safe(b):
    """The standard PDF fonts have no glyphs for Polish/Turkish letters; fold them the way
    many ERP PDF exports do (Zaklad, A.S.), so the text layer stays readable."""
    def f(x):
        return x.translate(_PDF_FOLD) if isinstance(x, str) else x
    if b[0] == "table":
        return ("table", [[f(c) for c in r] for r in b[1]])
    return tuple(f(x) for x in b)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [_pdf_safe(b) for b in blocks]
    title, author = _pdf_safe(("t", title, author))[1:]
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
    m["Message-ID"] = msgid or f"<h133-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h133")
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


import textwrap  # noqa: E402


def T(s):
    """dedent a triple-quoted block and strip the leading newline"""
    return textwrap.dedent(s).lstrip("\n")


def E(m):
    return eml_bytes(m)


# =================================================================== CASES
# names starting c_ are clean, r_ carry risks; only build.py knows these names.

# ------------------------------------------------------------------ batch 1
# ------------------------------------------------------------------ batch 1: clean 01-13

# c01: supplier quote alone, two tiers, no authorization
case("c01_quote_tiers_foshan", [], "supplier quotation on its own: sample and production tiers, nothing authorized", [
    ("JL-Q24-0611_quotation.pdf", pdf([
        ("h1", "FOSHAN JINLI HARDWARE CO., LTD."),
        ("p", "No. 18 Lecong Industrial Road, Shunde District, Foshan, Guangdong, China  |  Tel +86 757 2881 0611"),
        ("h", "QUOTATION  JL-Q24-0611"),
        ("p", "To: Köksgruppen Nord AB, Att. Ms. Annika Lindqvist, Category Buyer Hardware, Jönköping, Sweden"),
        ("p", "Date: 2024-04-11    Valid: 60 days    Currency: USD    Incoterm: FOB Shenzhen"),
        ("p", "Item: JL-110-35-SC clip-on soft-close hinge, 110 degree opening, 35 mm cup, 48/6 boring, "
              "nickel plated, with mounting plate JL-MP-0 (0 mm). Drawing JL-110-35 Rev 4."),
        ("table", [
            ["Tier", "Quantity", "Unit price", "Lead time"],
            ["Sample set", "24 pcs (12 pairs)", "free of charge, freight USD 38.00", "10 days"],
            ["Production", "10,000 pcs", "USD 0.62", "35 days"],
            ["Production", "50,000 pcs", "USD 0.55", "40 days"],
        ]),
        ("sp",),
        ("p", "Remarks: 1) Production prices are valid for one delivery lot per tier. 2) Packing 200 pcs per carton, "
              "10 cartons per pallet. 3) Hinge is tested internally to EN 15570 level 2, 80,000 open/close "
              "cycles; report JL-TR-2311 available on request. 4) Colour options nickel / black (+USD 0.04)."),
        ("p", "Payment: samples free; production 30% T/T with order, 70% against B/L copy."),
        ("p", "Best regards, Amy Chen, Export Sales Manager, amy.chen@jinli-hardware.cn"),
    ], title="Quotation JL-Q24-0611", author="Amy Chen")),
])

# c02: supplier question quoting a complete buyer scope
_c02 = mail(
    "Selin Aydın <selin.aydin@kayseri-mb.com.tr>", "Oliver Hughes <oliver.hughes@hallamhome.co.uk>",
    "RE: PO HH-24-0387 - sample runners 450 mm", "Mon, 13 May 2024 10:41:00 +0300",
    T("""
    Dear Oliver,

    Good morning. The twelve (12) sample runners (6 pairs) left our factory on Friday with UPS,
    tracking 1Z 8V7 404 68 1234 5678, you should have them Wednesday in Sheffield.

    Our planning department asks me one question: do we have a go-ahead for the balance of
    4,788 pcs after your cycle test? We do not want to start anything before your written
    release, it is only to reserve press capacity in week 27 if possible. If you can give us
    an indication of the test date, this helps us.

    Best regards,
    Selin Aydın
    Export Sales | Kayseri Mobilya Bileşenleri A.Ş.
    Organize Sanayi Bölgesi 14. Cad. No:22, Kayseri, Türkiye

    -----Original Message-----
    From: Oliver Hughes <oliver.hughes@hallamhome.co.uk>
    Sent: 29 April 2024 15:02
    To: Selin Aydın
    Subject: PO HH-24-0387 - sample runners 450 mm

    > Hi Selin,
    >
    > PO HH-24-0387 is on its way from our system. So there is no misunderstanding:
    >
    > - PO HH-24-0387 covers 12 pcs (6 pairs) of full-extension runner KMB-FX450, sample only.
    > - The balance of 4,788 pcs from your quotation KMB-2024-118 is NOT released.
    > - Release of the balance needs (1) EN 15338 cycle test sign-off by our lab and
    >   (2) a written production release from me, Oliver Hughes, Category Buyer.
    > - Material: please buy for the 12 samples only.
    >
    > Thanks and kind regards,
    > Oliver
    > Oliver Hughes | Category Buyer - Kitchen Hardware | Hallam Home Ltd | Sheffield S9 2RT
    """))
case("c02_supplier_asks_goahead", [], "supplier question about the balance; quoted buyer scope is complete", [
    ("RE_PO_HH-24-0387.eml", E(_c02)),
])

# c03: labelled forecast
case("c03_forecast_labelled", [], "DIY chain forecast clearly labelled as planning only; only call-offs authorize", [
    ("BuildRite_supplier_forecast_wk27-38.pdf", pdf([
        ("h1", "BuildRite Stores plc - Supplier Forecast"),
        ("p", "FORECAST - NOT A PURCHASE ORDER"),
        ("p", "Supplier: Guangdong Hexin Slides Co., Ltd. (vendor 20-7731)   Issued: 03 June 2024   "
              "Contact: Tom Reilly, Replenishment Manager"),
        ("p", "SKU 4408812  Soft-close drawer runner kit 500 mm (pair), own brand 'BuildRite Home'"),
        ("table", [
            ["Week", "DC Doncaster", "DC Daventry", "Total (forecast)"],
            ["27", "1,150", "900", "2,050"],
            ["28", "1,150", "950", "2,100"],
            ["29", "1,200", "950", "2,150"],
            ["30", "1,300", "1,000", "2,300"],
            ["31-34 (per week)", "1,250", "1,000", "2,250"],
            ["35-38 (per week)", "1,400", "1,100", "2,500"],
        ]),
        ("sp",),
        ("p", "These figures are a rolling planning forecast for capacity and material planning. They do "
              "not authorise production, material purchases or deliveries, and BuildRite accepts no "
              "liability for them. Only a call-off issued through the BuildRite supplier portal authorises a "
              "quantity. Forecast accuracy for this SKU over the last 13 weeks: 87%."),
        ("p", "Promotional uplift for the August 'Kitchen Refresh' event is already included in weeks 33-35."),
    ], title="Supplier forecast wk 27-38", author="BuildRite Replenishment")),
])

# c04: German engineering, approval scoped to fit check, hold complete
_c04_txt = T("""
    Dear Mr. Bellini,

    thank you for the fast delivery. We have finished the fitting trials with the 16 sample hinges
    (8 pairs) FB-110 from your delivery of 22.04.2024 in our Löhne pilot line.

    Result: the sample set is approved for fit check only. The production is not released with this.
    The cycle test according to EN 15570 is still running in our lab, the report is expected in KW 21.

    Please note the following, so that nothing is started too early:
    - No further units beyond the 16 samples are authorised now.
    - The balance of 7.984 pcs from your offer FB-OF-24/118 is on hold.
    - It will be released only by a written production release from Mrs. Monika Hahn
      (Head of Supply Chain) after the cycle test report is signed off.
    - Please do not buy steel or dampers beyond the 16 samples.

    Small remark for the series: the cup depth measured 11,6 mm on 3 of 16 pieces, drawing says
    11,5 +0,1. Inside tolerance, but please check the tool.

    Mit freundlichen Grüßen / best regards

    Jens Weber
    Entwicklung Beschläge / Hardware Engineering
    Brandt Küchenwerke GmbH, Industriestraße 40, 32584 Löhne
    Tel. +49 5732 1040-215
    """)
_c04_html = ("<html><body><p>Dear Mr. Bellini,</p><p>thank you for the fast delivery. We have finished the fitting "
             "trials with the 16 sample hinges (8 pairs) FB-110 from your delivery of 22.04.2024 in our Löhne pilot "
             "line.</p><p><b>Result:</b> the sample set is approved for fit check only. The production is not "
             "released with this. The cycle test according to EN 15570 is still running in our lab, the report is "
             "expected in KW 21.</p><ul><li>No further units beyond the 16 samples are authorised now.</li>"
             "<li>The balance of 7.984 pcs from your offer FB-OF-24/118 is on hold.</li><li>It will be released "
             "only by a written production release from Mrs. Monika Hahn (Head of Supply Chain) after the cycle "
             "test report is signed off.</li><li>Please do not buy steel or dampers beyond the 16 samples.</li></ul>"
             "<p>Small remark for the series: the cup depth measured 11,6 mm on 3 of 16 pieces, drawing says "
             "11,5 +0,1. Inside tolerance, but please check the tool.</p><p>Mit freundlichen Grüßen / best regards"
             "<br>Jens Weber<br>Entwicklung Beschläge / Hardware Engineering<br>Brandt Küchenwerke GmbH</p>"
             "</body></html>")
_c04 = mail("Jens Weber <j.weber@brandt-kuechenwerke.de>", "Marco Bellini <m.bellini@ferramentabrianza.it>",
            "Muster FB-110 / sample evaluation result", "Thu, 16 May 2024 14:05:00 +0200", _c04_txt,
            html=_c04_html, cc="Monika Hahn <m.hahn@brandt-kuechenwerke.de>")
case("c04_fitcheck_only_de", [], "sample approved for fit check only; hold, unlock event and named releaser all stated", [
    ("Muster_FB-110_sample_result.eml", E(_c04)),
])

# c05: full-quantity PO with "proceed"
case("c05_full_po_proceed", [], "full-quantity PO, no balance, 'proceed' scoped to the stated quantities", [
    ("PO_77-30412_Lakeshore.pdf", pdf([
        ("h1", "Lakeshore Cabinet Co."),
        ("p", "2150 Ottawa Ave NW, Grand Rapids, MI 49504, USA  |  purchasing@lakeshorecabinet.com"),
        ("h", "PURCHASE ORDER 77-30412"),
        ("p", "Vendor: Bursa Metal Aksesuar A.S., Gemlik, Bursa, Turkey (vendor #V-2208)   Date: 04/22/2024   "
              "Terms: Net 60   Ship via: ocean, FOB Gemlik   Buyer: Dana Whitfield"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit USD", "Ext. USD"],
            ["1", "BM-160-MB", "Bar pull, 160 mm CC, matte black, DRG BM-160 Rev C", "800", "1.94", "1,552.00"],
            ["2", "BM-128-MB", "Bar pull, 128 mm CC, matte black, DRG BM-128 Rev B", "400", "1.71", "684.00"],
            ["", "", "", "", "Total", "2,236.00"],
        ]),
        ("sp",),
        ("p", "Notes: This PO covers the complete quantity for the Harbor collection launch. There is no further "
              "balance, option or forecast under this PO. Please proceed with production of the 800 pcs (line 1) "
              "and 400 pcs (line 2) per the drawings above. Finish spec LCC-FS-1200, salt spray 96 h per ASTM B117. "
              "Ship by July 15, 2024. Pack 50 pcs per inner box, label with our part number and PO number."),
        ("p", "Questions on this order: Dana Whitfield, Purchasing Manager, +1 616 555 0142."),
    ], pagesize=LETTER, title="PO 77-30412", author="Dana Whitfield")),
])

# c06: explicit recorded auto-conversion agreement (PL)
case("c06_autoconversion_agreed", [], "explicit auto-conversion naming quantity, signer, conditions and date; rest on hold", [
    ("Umowa_MS-R450_sample_release_agreement.docx", docx_bytes([
        ("h1", "Sample and release agreement - drawer runner MS-R450"),
        ("p", "Parties: Meblosystem Sp. z o.o., ul. Gorzysława 9, 61-057 Poznań (buyer) and Zakład Metalowy Kalisz "
              "Sp. z o.o., ul. Wrocławska 140, 62-800 Kalisz (supplier). Reference: quotation ZMK/2024/077, "
              "PO 2024/PO/0412."),
        ("h", "1. Quantities"),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Sample lot", "20 pcs", "released now under PO 2024/PO/0412"],
            ["Tranche 1", "2,000 pcs", "auto-conversion, see section 3"],
            ["Tranche 2", "4,000 pcs", "not released, see section 4"],
        ]),
        ("h", "2. What the supplier does now"),
        ("p", "Make and deliver the 20 sample runners to Poznań by 24 May 2024. Material for the 20 samples only."),
        ("h", "3. Auto-conversion of tranche 1"),
        ("p", "By this agreement, recorded on 6 May 2024 and signed by Marta Kowalczyk (Head of Purchasing, "
              "Meblosystem) and Tomasz Grabowski (Sales Director, ZMK), the following auto-conversion applies: if the "
              "EN 15338 cycle test sign-off for the 20 samples is issued in writing by Piotr Zieliński (R&D, "
              "Meblosystem) with the result 'no deviations' by 30 June 2024, tranche 1 of 2,000 pcs is released "
              "for production automatically on the date of that sign-off. If the sign-off carries any deviation, "
              "or is issued after 30 June 2024, nothing is released automatically."),
        ("p", "From the date of such a sign-off the supplier may buy strip steel for up to 2,000 units at the buyer's "
              "liability (staged material authority). Before it: sample quantity only."),
        ("h", "4. Tranche 2"),
        ("p", "Tranche 2 (4,000 pcs) remains on hold. It is released only by a written production release from "
              "Marta Kowalczyk after the pilot kitchens have been assembled and checked."),
        ("sp",),
        ("p", "Signed in Poznań, 6 May 2024:  Marta Kowalczyk    Tomasz Grabowski"),
    ], author="Marta Kowalczyk")),
])

# c07: supplier says deposit does not release production
_c07 = mail(
    "Emre Yıldız <emre.yildiz@bursametal.com.tr>", "Magnus Ek <magnus.ek@koksgruppen.se>",
    "Deposit received - PO 4500219047 sample handles K96", "Wed, 08 May 2024 11:20:00 +0300",
    T("""
    Dear Magnus,

    Good morning from Bursa. Today we received your payment of EUR 1.850,00, this is the 30 %
    deposit for the tooling of handle BM-K96 (invoice PRO-2024-0331). Thank you very much.

    To be clear from our side, so our colleagues in production also understand it: the deposit
    does not release production. Under your PO 4500219047 we make only the fifteen (15) sample
    sets for your showroom and for the EN test. The balance of 2.985 sets stays on hold; we wait
    for your written production release, signed by you, after the sample sign-off.

    Zamak alloy we buy only for the 15 samples. The tool is in final polishing, T1 shots planned
    for 17 May, we will send photos and the dimension report.

    Best regards / Saygılarımızla
    Emre Yıldız
    Sales Manager Europe
    Bursa Metal Aksesuar A.Ş. | Gemlik / Bursa | +90 224 513 40 40
    """))
case("c07_deposit_not_release_tr", [], "supplier states the deposit does not release production; balance on hold", [
    ("Deposit_received_PO_4500219047.eml", E(_c07)),
])

# c08: call-off with explicit staged material authority above release + supplier status within it
case("c08_calloff_staged_material", [], "material staged within an explicit staged authority (4,000) above the 1,000 released", [
    ("CO-2024-019_call-off.pdf", pdf([
        ("h1", "Hallam Home Ltd - Call-off CO-2024-019"),
        ("p", "Frame agreement FA-HH-2024-03 with Guangdong Hexin Slides Co., Ltd.   Date: 10 June 2024"),
        ("p", "Article: HX-SC500 soft-close runner kit 500 mm (pair). Frame estimate 12,000 pcs per year - an "
              "estimate for planning, not a commitment."),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Released by this call-off", "1,000 pcs", "produce and ship, ex works week 30"],
            ["Material authority (staged)", "up to 4,000 units", "steel strip may be bought at Hallam Home's liability"],
            ["Rest of the frame estimate", "11,000 pcs", "not released"],
        ]),
        ("sp",),
        ("p", "Only the 1,000 pcs above are released for production. The staged material authority covers raw "
              "material only (cold-rolled strip), not production; material beyond 4,000 units is at the supplier's "
              "risk. Any further quantity is released only by the next numbered call-off, issued and signed by "
              "Rachel Dunn, Head of Sourcing."),
        ("p", "Delivery address: Hallam Home DC, Unit 4 Meadowhall Way, Sheffield S9 1EP. Booking via portal."),
    ], title="Call-off CO-2024-019", author="Rachel Dunn")),
    ("Hexin_weekly_status_wk25.txt", T("""
    GUANGDONG HEXIN SLIDES CO., LTD. - WEEKLY STATUS REPORT
    Customer: Hallam Home Ltd            Week: 25/2024         Prepared by: Lucy Zhou
    ---------------------------------------------------------------------------------
    ORDER          ARTICLE    QTY     STATUS                               ETD
    CO-2024-019    HX-SC500   1,000   in production, 62% complete          wk30
    ---------------------------------------------------------------------------------
    MATERIAL
    Steel strip SPCC 1.2 mm: purchased for 4,000 units as per your staged material
    authority in CO-2024-019 (coil lot HX-24-0771, 9.6 t). Nothing bought above it.
    No production beyond the 1,000 pcs released.

    QUALITY
    Salt spray 48 h passed (report HX-QC-2406-118). Cycle test sample pulled from
    lot 1, result next week.

    Remarks: container booking 40'HQ shared with other customer, CY closing 22 July.
    """)),
])

# c09: complete Swedish sample PO in DOCX with table
case("c09_sample_po_complete_se", [], "sample PO doing all four jobs; production figure marked price reference, not released", [
    ("Inkopsorder_4500218833.docx", docx_bytes([
        ("h1", "Inköpsorder / Purchase Order 4500218833"),
        ("p", "Köksgruppen Nord AB, Box 1047, 551 11 Jönköping, Sweden  -  Org.nr 556123-4567"),
        ("p", "Supplier: Foshan Jinli Hardware Co., Ltd. (supplier no. 70114)   Date: 2024-04-15   "
              "Our reference: Annika Lindqvist   Your reference: Amy Chen, quotation JL-Q24-0611"),
        ("table", [
            ["Line", "Article", "Description", "Qty", "Price", "Scope"],
            ["10", "JL-110-35-SC", "Soft-close hinge 110°, 35 mm cup, with plate", "24 pcs", "0.00 USD", "sample"],
            ["20", "FRAKT", "Sample freight DHL Express", "1", "38.00 USD", "sample"],
        ]),
        ("sp",),
        ("h", "Scope of this order"),
        ("p", "This order covers twenty-four (24) hinges for the sample set, nothing more. The production quantity "
              "of 12,000 pcs in your quotation JL-Q24-0611 is not released by this order and is shown for price "
              "reference only; it is a forecast, not a firm quantity."),
        ("p", "What to do now: make and ship the 24 samples to our test lab (Köksgruppen Nord AB, Test & Kvalitet, "
              "Ljungarumsvägen 12, Jönköping)."),
        ("p", "The balance can be released only after the EN 15570 cycle test has been signed off by our test lab "
              "and Annika Lindqvist (Category Buyer Hardware) has sent a written production release."),
        ("p", "Material authority: buy material for the 24 samples only."),
        ("sp",),
        ("p", "Delivery terms: DAP Jönköping. Invoice to fakturor@koksgruppen.se, PO number mandatory."),
    ], author="Annika Lindqvist")),
])

# c10: Chinese-English supplier acknowledgement restating the hold, with the PO attached
_c10_po = pdf([
    ("h1", "Lakeshore Cabinet Co. - PURCHASE ORDER 77-30455"),
    ("p", "Vendor: Guangdong Hexin Slides Co., Ltd.   Date: 05/02/2024   Buyer: Dana Whitfield"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope"],
        ["1", "HX-UM21", "Undermount runner 21 in, full extension, soft-close", "30 pcs", "sample"],
    ]),
    ("sp",),
    ("p", "PO scope: this PO authorizes 30 sample runners only. The balance of 5,970 pcs shown in quotation "
          "HX-Q-0424-07 is not released. Ship the 30 samples by DHL. The balance is released only after "
          "Engineering (Kevin Ortiz) signs off the samples - EN 15338 cycle test and fit in pilot cabinets - and "
          "Dana Whitfield, Purchasing Manager, sends a written release. Material: 30 pcs only."),
], pagesize=LETTER, title="PO 77-30455", author="Dana Whitfield")
_c10 = mail(
    "Lucy Zhou <lucy.zhou@hexinslides.com>", "Dana Whitfield <dwhitfield@lakeshorecabinet.com>",
    "Order acknowledgement PO 77-30455", "Mon, 06 May 2024 09:30:00 +0800",
    T("""
    Dear Ms. Dana,

    Thanks for your PO 77-30455, we confirm received, attached is your PO for reference.

    We confirm the scope same as your PO:
    1. 30 pcs undermount runner HX-UM21 (21 inch), sample only.
    2. The balance 5,970 pcs is not released. We will not produce and not buy material for it.
    3. We wait your written release from Ms. Dana Whitfield after your engineering sign off the
       samples (cycle test EN 15338 + fit in pilot cabinets).

    Sample ship date: May 20 by DHL, AWB we will send to you.

    Any question please feel free contact me.

    Best regards
    Lucy Zhou
    Sales Dept. | Guangdong Hexin Slides Co., Ltd. | Jieyang, Guangdong
    """), attachments=[("PO_77-30455.pdf", _c10_po, PDF_MT)])
case("c10_ack_restates_hold_cn", [], "supplier acknowledgement restating sample-only scope; attached PO complete", [
    ("Order_acknowledgement_PO_77-30455.eml", E(_c10)),
])

# c11: SAP printout, complete scope, identifiers that look like quantities
case("c11_sap_po_complete_de", [], "SAP PO printout with full scope note; material no. 100002500, plant 1000 are identifiers", [
    ("ME9F_4500318820.txt", T("""
    BRANDT KÜCHENWERKE GMBH                                   BESTELLUNG / PURCHASE ORDER
    Industriestraße 40, 32584 Löhne                           Nr.    4500318820
                                                              Datum  07.05.2024
    Lieferant / Vendor: 0000104477                            Einkäufergruppe  K12
    Top Piani Veneto S.r.l.                                   Werk / Plant     1000
    Via dell'Industria 7, 31033 Castelfranco Veneto (TV)      Lagerort         0001
    -------------------------------------------------------------------------------------
    Pos  Material             Kurztext                            Menge ME    Preis EUR
    00010 100002500           Arbeitsplatte Eiche 3000x600x38        3 ST       0,00
    00020 100002501           Musterfracht / sample freight          1 LE     145,00
    -------------------------------------------------------------------------------------
    Positionstext 00010:
      SCOPE: 3 (three) sample worktops for colour and edge match only.
      The series quantity of 600 ST in offer TPV-24-0312 is NOT released by this
      order. Next step for the supplier: deliver the 3 samples to Werk 1000,
      Wareneingang Tor 4.
      Unlock of the series: colour match sign-off by our design department and
      then a written production release by J. Krämer (Leiter Einkauf).
      Material authority: samples only - no oak lamellas for the series.
    -------------------------------------------------------------------------------------
    Lieferbedingung: DAP Löhne (Incoterms 2020)     Zahlung: 30 Tage netto
    Gesamtnettowert: 145,00 EUR
    Es gelten unsere Allgemeinen Einkaufsbedingungen, Stand 01/2023.
    """)),
])

# c12: Teams chat, scoped go-ahead, supplier confirms
case("c12_teams_showroom_only", [], "buyer's 'go ahead' scoped to 40 showroom sets; hold, event and releaser in same message", [
    ("Teams_chat_HallamHome_BursaMetal.txt", T("""
    Microsoft Teams - chat export
    Chat: Hallam Home / Bursa Metal - handle programme HH-K96
    Participants: Oliver Hughes (Hallam Home Ltd), Emre Yıldız (Bursa Metal Aksesuar)
    Exported 15/05/2024 17:40

    [14/05/2024 09:02] Emre Yıldız: Good morning Oliver, T1 samples passed dimension check, report in SharePoint folder /QA/K96
    [14/05/2024 09:05] Emre Yıldız: we can start the showroom sets this week if ok for you
    [14/05/2024 09:11] Oliver Hughes: Morning Emre - thanks, saw the report, looks tidy 👍
    [14/05/2024 09:14] Oliver Hughes: Yes, go ahead with the 40 showroom sets only. The series quantity of 3,200 stays on hold until the range review sign-off on 14 June; after that I send the written release for the series myself. Oliver Hughes, Category Buyer
    [14/05/2024 09:16] Emre Yıldız: Understood, 40 sets only, we stop after 40. Zamak only for 40.
    [14/05/2024 09:17] Oliver Hughes: Perfect. Finish brushed brass PVD like the golden sample please
    [14/05/2024 09:20] Emre Yıldız: yes same as golden sample GS-07
    [14/05/2024 16:48] Emre Yıldız: 40 sets planned for packing 21/05, courier to Sheffield 22/05
    """)),
])

# c13: HTML portal weekly schedule, firm week vs labelled forecast weeks
case("c13_portal_weekly_schedule", [], "weekly schedule: week 23 firm 640; forecast weeks labelled not released; next call-off by named person", [
    ("BuildRite_portal_WS-2024-23.html", html_page("BuildRite supplier portal - Weekly schedule WS-2024-23", T("""
    <h2>BuildRite Stores plc &mdash; Supplier Portal</h2>
    <p>Logged in as: <b>Guangdong Hexin Slides Co., Ltd.</b> (vendor 20-7731) | <a href="#">Log out</a></p>
    <h3>Weekly schedule WS-2024-23 &mdash; SKU 4408812 soft-close drawer runner kit 500 mm</h3>
    <table>
    <tr><th>Week</th><th>Quantity</th><th>Status</th></tr>
    <tr><td>23</td><td>640</td><td>FIRM &ndash; released for production and delivery</td></tr>
    <tr><td>24</td><td>700</td><td>forecast &ndash; not released</td></tr>
    <tr><td>25</td><td>720</td><td>forecast &ndash; not released</td></tr>
    <tr><td>26</td><td>680</td><td>forecast &ndash; not released</td></tr>
    <tr><td>27&ndash;30</td><td>2,900</td><td>forecast &ndash; not released</td></tr>
    </table>
    <div class="note"><p>Only the week 23 quantity (640 pcs) is released by this schedule. Weeks 24&ndash;30 are
    forecast and are not released; each week is released only by the next weekly call-off, issued by
    Tom Reilly, Replenishment Manager. Material authority: staged up to 1,280 units (two weeks of
    demand) at BuildRite's liability.</p></div>
    <p>ASN required 48 h before arrival. Pallet labels GS1-128, SSCC mandatory. DC Doncaster, booking ref via portal.</p>
    <p style="color:#888">&copy; BuildRite Stores plc &middot; Supplier Portal v4.12</p>
    """))),
])


# ------------------------------------------------------------------ batch 2: clean 14-25, risky 01-03

# c14: buyer corrects a quoted supplier assumption of auto-conversion
_c14 = mail(
    "Kasia Nowak <k.nowak@meblosystem.pl>", "Nguyen Thi Lan <lan.nguyen@binhduongwoodcraft.vn>",
    "Re: colour samples fronts MS-F19 Salbei", "Tue, 21 May 2024 08:55:00 +0200",
    T("""
    Dear Lan,

    thank you for the quick update and the photos, the lacquer looks very even.

    But please no, this is not how we work. Approval of the colour samples will not start the
    production by itself. The 36 sample fronts are the only quantity released under our
    PO 2024/PO/0398. The 1,164 fronts remain on hold until Piotr Zieliński (R&D) signs off the
    colour match against the master panel and I send you a written production release.

    You can keep the line free for week 25 if it is easy for you, but please do not start the
    fronts and do not buy MDF or lacquer for the series before you have my release in writing.

    Best regards,
    Kasia Nowak
    Purchasing | Meblosystem Sp. z o.o. | ul. Gorzysława 9, 61-057 Poznań | +48 61 880 12 40

    On Mon, 20 May 2024 at 17:12, Nguyen Thi Lan <lan.nguyen@binhduongwoodcraft.vn> wrote:
    > Dear Ms Kasia,
    > The 36 colour samples are finished, photo in attachment of previous mail. DHL pick up
    > tomorrow. When samples approved we will roll straight into the 1,164 fronts, we have the
    > line free in week 25.
    > Best regards, Lan
    > Binh Duong Woodcraft JSC
    """))
case("c14_buyer_corrects_autoconv", [], "quoted supplier assumes roll-into-production; buyer's reply corrects it with full scope", [
    ("Re_colour_samples_MS-F19.eml", E(_c14)),
])

# c15: forwarded old quote (rfc822) declared informational
_c15_inner = mail(
    "Marco Bellini <m.bellini@ferramentabrianza.it>", "Magnus Ek <magnus.ek@koksgruppen.se>",
    "Offerta 2023-117 cerniera FB-110 / offer hinge FB-110", "Thu, 19 Oct 2023 16:30:00 +0200",
    T("""
    Dear Mr. Ek,

    as discussed at Interzum, please find our offer 2023-117:

    - FB-110 hinge 110° with soft-close, nickel: 40 samples free of charge
    - series quantity 8.000 pz at EUR 0,71 / pz, delivery 6 weeks
    - packaging 250 pz per box

    Cordiali saluti,
    Marco Bellini
    Ferramenta Brianza S.r.l. - Via Valassina 51, 20833 Giussano (MB)
    """))
_c15 = mail(
    "Magnus Ek <magnus.ek@koksgruppen.se>", "Marco Bellini <m.bellini@ferramentabrianza.it>",
    "Fwd: Offerta 2023-117 - for info only / PO 4500219120", "Mon, 13 May 2024 13:10:00 +0200",
    T("""
    Hi Marco,

    I forward your offer from last October (attached) because the price is our basis for the
    FB-110. Please note: the 8,000 pcs in that offer is for information only - it is not ordered
    and not released.

    Our PO 4500219120 covers the 40 sample hinges only. The balance stays on hold until our
    EN 15570 cycle test is signed off and I, Magnus Ek, send you a written release. Please buy
    material for the 40 samples only.

    Hälsningar / best regards
    Magnus Ek
    Category Manager Hardware, Köksgruppen Nord AB
    +46 36 19 40 00
    """), attachments=[("rfc822", _c15_inner)])
case("c15_forward_old_quote_info", [], "forwarded old offer's 8,000 declared information only; PO scope complete", [
    ("Fwd_Offerta_2023-117.eml", E(_c15)),
])

# c16: full-quantity showroom PO in DOCX with table
case("c16_showroom_full_po", [], "one-off showroom order; 18 sets is the full quantity, no balance", [
    ("PO_HH-24-0412_showroom_fronts.docx", docx_bytes([
        ("h1", "Hallam Home Ltd - Purchase Order HH-24-0412"),
        ("p", "Supplier: Binh Duong Woodcraft JSC, Lot C-7 VSIP II, Thu Dau Mot, Binh Duong, Vietnam"),
        ("p", "Date: 02 May 2024   Buyer: Oliver Hughes   Currency: USD   Incoterm: FOB Ho Chi Minh City"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD"],
            ["1", "HH-SR-SAGE", "Showroom front set 'Sage' - 14 fronts, shaker 22 mm, matt lacquer", "6 sets", "412.00"],
            ["2", "HH-SR-CHALK", "Showroom front set 'Chalk' - 14 fronts, slab 19 mm", "6 sets", "365.00"],
            ["3", "HH-SR-OAK", "Showroom front set 'Natural Oak' - 14 fronts, veneer", "6 sets", "498.00"],
        ]),
        ("sp",),
        ("p", "This is a one-off order for showroom displays in our six stores. The quantity of 18 sets "
              "(6 + 6 + 6) is the full and final quantity under this PO; no series quantity is quoted or "
              "planned against it. Please proceed with the 18 sets."),
        ("p", "Packing: each set on its own pallet, corner protection, store name on the label "
              "(list to follow). Required ex works: 7 June 2024."),
    ], author="Oliver Hughes")),
])

# c17: DOCX cycle test report with a results table; technical disposition only
case("c17_test_report_technical", [], "lab test report: technical disposition only, states it does not release production", [
    ("TR-2024-0117_cycle_test_HX-SC500.docx", docx_bytes([
        ("h1", "Test report TR-2024-0117"),
        ("p", "Köksgruppen Nord AB - Test & Kvalitet, Jönköping"),
        ("p", "Specimen: Guangdong Hexin HX-SC500 soft-close runner 500 mm, 6 pairs from sample lot "
              "HX-S-0419 (PO 4500218990)."),
        ("p", "Standard: EN 15338:2007+A1:2010, extension elements, level 3."),
        ("table", [
            ["Test", "Requirement", "Result", "Verdict"],
            ["Static load 25 kg, 10 cycles", "no damage", "no damage", "pass"],
            ["Durability 80,000 cycles, 25 kg", "function retained", "function retained, 0.4 mm sag", "pass"],
            ["Slam shut 10 times", "no detachment", "no detachment", "pass"],
            ["Soft-close closing time", "<= 2.0 s", "1.4 - 1.7 s", "pass"],
        ]),
        ("sp",),
        ("p", "Technical disposition: approved (technical). Remark: damper noise slightly above the golden "
              "sample at 5 °C; not a requirement, for information to the supplier."),
        ("p", "This report does not release production and does not change any purchase order. Production "
              "quantities are released only by a written production release from Magnus Ek, Category Manager."),
        ("p", "Tested by: Linnea Holm   Checked by: Erik Svensson   Date: 2024-05-24"),
    ], author="Linnea Holm")),
])

# c18: PDF interim disposition with limits, balance on hold
case("c18_interim_disposition", [], "interim disposition limited to 500 pcs and a date; balance 7,500 on hold with event and releaser", [
    ("ISD-2024-07_FB-95.pdf", pdf([
        ("h1", "Brandt Küchenwerke GmbH"),
        ("h", "Interim sample disposition ISD-2024-07"),
        ("p", "Supplier: Ferramenta Brianza S.r.l., Giussano   Part: FB-95 corner hinge 95°, Zeichnung 4711-095 Index C"),
        ("table", [
            ["Field", "Entry"],
            ["Samples evaluated", "16 pcs (lot FB-S-2404)"],
            ["Disposition", "INTERIM - damper force low at 5 °C, within 10 % of spec"],
            ["Quantity limit", "500 pcs"],
            ["Expiry", "31.07.2024"],
            ["Use", "pilot kitchens line 2 only"],
            ["Quoted series quantity", "8,000 pcs (offer FB-OF-24/131)"],
        ]),
        ("sp",),
        ("p", "Under this interim disposition, 500 pcs are released for the pilot kitchens by production "
              "release REL-24-041, signed by Monika Hahn (Head of Supply Chain). The balance of 7,500 pcs "
              "remains on hold. Full sign-off follows after a re-test of the damper at 23 °C and 5 °C; the "
              "balance is then released only by a separate written release from Monika Hahn. Material "
              "authority: 500 units."),
        ("p", "Distribution: Einkauf, Qualität, Werk 1000 Wareneingang, supplier."),
    ], title="ISD-2024-07", author="Jens Weber")),
])

# c19: identifiers that look like quantities; multipart/alternative
_c19_txt = T("""
    Hi Emre,

    PO 77-30488 is attached in our portal; summary here so your team has it in one place.

    Part: knob PN 5000-320-128, brushed nickel, per DRG 1200 Rev 30 (the one with the 3 mm chamfer).
    Screws: M4x25 pan head, 2 per knob, you supply.
    Finish: 96 h neutral salt spray per ASTM B117, report with the samples.
    Your ISO 9001:2015 certificate: please send the renewed copy, ours expired in March.

    Scope: 50 knobs, sample only. The production quantity of 6,000 in your quote Q-2500 is not
    released. Once Kevin Ortiz (Engineering) has signed off the samples, I will issue a revised PO
    with a production line - that revised PO is the only release. Material: buy for the 50 only.

    Thanks,
    Dana Whitfield
    Purchasing Manager | Lakeshore Cabinet Co. | +1 616 555 0142
    """)
_c19_html = ("<html><body><p>Hi Emre,</p><p>PO 77-30488 is attached in our portal; summary here so your team has it "
             "in one place.</p><table border='1'><tr><td>Part</td><td>knob PN 5000-320-128, brushed nickel, per DRG 1200 "
             "Rev 30</td></tr><tr><td>Screws</td><td>M4x25 pan head, 2 per knob, you supply</td></tr><tr><td>Finish</td>"
             "<td>96 h neutral salt spray per ASTM B117</td></tr><tr><td>Certificate</td><td>ISO 9001:2015, renewed copy "
             "please</td></tr></table><p><b>Scope:</b> 50 knobs, sample only. The production quantity of 6,000 in your "
             "quote Q-2500 is not released. Once Kevin Ortiz (Engineering) has signed off the samples, I will issue a "
             "revised PO with a production line - that revised PO is the only release. Material: buy for the 50 only."
             "</p><p>Thanks,<br>Dana Whitfield<br>Purchasing Manager | Lakeshore Cabinet Co.</p></body></html>")
_c19 = mail("Dana Whitfield <dwhitfield@lakeshorecabinet.com>", "Emre Yıldız <emre.yildiz@bursametal.com.tr>",
            "PO 77-30488 knobs PN 5000-320-128 - samples", "Fri, 10 May 2024 16:22:00 -0400", _c19_txt, html=_c19_html)
case("c19_identifiers_us", [], "PN 5000-320-128, DRG 1200 Rev 30, Q-2500, M4x25 are identifiers; scope complete", [
    ("PO_77-30488_knobs.eml", E(_c19)),
])

# c20: WhatsApp, buyer refuses to start the rest
case("c20_whatsapp_do_not_start", [], "buyer tells supplier not to start the rest; 4 samples only, 396 on hold, event and releaser", [
    ("WhatsApp_Chat_Top_Piani_Veneto.txt", T("""
    20/05/2024, 08:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
    20/05/2024, 08:02 - Luca Ferri (Top Piani): Buongiorno Agnieszka! 4 sample worktops are ready, photos below
    20/05/2024, 08:03 - Luca Ferri (Top Piani): <Media omitted>
    20/05/2024, 08:03 - Luca Ferri (Top Piani): <Media omitted>
    20/05/2024, 08:05 - Luca Ferri (Top Piani): edge is 2 mm ABS oak like you asked. Can we start the rest? we have free slot on the CNC next week
    20/05/2024, 08:31 - Agnieszka Wójcik: Dzień dobry Luca, they look beautiful 😍
    20/05/2024, 08:33 - Agnieszka Wójcik: But no - please do not start the rest. Only the 4 samples for now. The 396 worktops stay on hold until our design team signs off the edge match here in Poznań, and then I send you the written release. Agnieszka Wójcik, Meblosystem purchasing
    20/05/2024, 08:34 - Luca Ferri (Top Piani): ok chiaro, only 4. we wait your written release
    20/05/2024, 08:35 - Luca Ferri (Top Piani): courier Thursday?
    20/05/2024, 08:40 - Agnieszka Wójcik: Thursday is perfect, thanks!
    """)),
])

# c21: tooling invoice paid, payment explicitly not a release
_c21 = mail(
    "Magnus Ek <magnus.ek@koksgruppen.se>", "Emre Yıldız <emre.yildiz@bursametal.com.tr>",
    "Tooling invoice 2024-T-118 paid / handle BM-G128", "Tue, 28 May 2024 10:02:00 +0200",
    T("""
    Hi Emre,

    Our finance team has paid your tooling invoice 2024-T-118 (EUR 4.200,00) yesterday, value date
    today. Thanks for the patience.

    Just so nobody in Bursa reads too much into it: the payment is for the tool and is not a
    production release. PO 4500219201 still covers only the twenty (20) T1 samples. The 2,000 series
    handles remain on hold. Their release needs the sample sign-off (finish check and 200 N pull
    test) and after that a written release from me.

    When do you expect the T1 shots?

    Hälsningar
    Magnus Ek
    Category Manager Hardware | Köksgruppen Nord AB | Box 1047, 551 11 Jönköping
    """), attachments=[("Betalningsavisering_2024-05-27.html", html_page("Betalningsavisering / Payment advice", T("""
    <h3>Köksgruppen Nord AB &mdash; Betalningsavisering / Payment advice</h3>
    <p>Payment date: 2024-05-27 &nbsp; Value date: 2024-05-28 &nbsp; Bank: SEB, Jönköping</p>
    <table>
    <tr><th>Beneficiary</th><th>Invoice</th><th>Description</th><th>Amount</th></tr>
    <tr><td>Bursa Metal Aksesuar A.S.</td><td>2024-T-118</td><td>Tooling handle BM-G128</td><td>EUR 4.200,00</td></tr>
    </table>
    <p>Questions: leverantorsreskontra@koksgruppen.se</p>
    """), lang="sv"), "text/html")])
case("c21_tooling_paid_not_release", [], "payment explicitly not a production release; 20 samples only, hold/event/releaser stated", [
    ("Tooling_invoice_paid_BM-G128.eml", E(_c21)),
])

# c22: supplier status page, no authorization, no larger quantity
case("c22_supplier_status_page", [], "supplier order-status page; reports progress only, authorizes nothing", [
    ("BDW_portal_order_status_HH-24-0412.html", html_page("Binh Duong Woodcraft - Customer order status", T("""
    <h2>Binh Duong Woodcraft JSC &mdash; Customer order status</h2>
    <p>Customer: Hallam Home Ltd &nbsp;|&nbsp; Updated: 27/05/2024 16:00 (GMT+7)</p>
    <table>
    <tr><th>PO</th><th>Item</th><th>Ordered</th><th>Packed</th><th>In lacquer</th><th>ETD</th></tr>
    <tr><td>HH-24-0412</td><td>HH-SR-SAGE</td><td>6 sets</td><td>6</td><td>0</td><td>07/06/2024</td></tr>
    <tr><td>HH-24-0412</td><td>HH-SR-CHALK</td><td>6 sets</td><td>6</td><td>0</td><td>07/06/2024</td></tr>
    <tr><td>HH-24-0412</td><td>HH-SR-OAK</td><td>6 sets</td><td>0</td><td>6</td><td>07/06/2024</td></tr>
    </table>
    <p>Remarks: oak veneer sets need a second coat after colour check, no delay expected. Booking with
    Maersk, vessel cut-off 10/06. Photos of packed pallets in the download area.</p>
    <p style="color:#777">Contact: Nguyen Thi Lan, Key Account, lan.nguyen@binhduongwoodcraft.vn</p>
    """))),
])

# c23: ERP call-off from a frame agreement, estimate labelled
case("c23_erp_calloff_frame", [], "call-off firm 1.200; frame 30.000 labelled estimate; rest not released, next call-off by named person", [
    ("Lieferabruf_LAB_2024-0117.txt", T("""
    BRANDT KÜCHENWERKE GMBH - LIEFERABRUF / CALL-OFF                  Seite 1 von 1
    =====================================================================================
    Abruf-Nr.  : LAB 2024-0117            Datum     : 03.06.2024
    Rahmenvertrag: RV-2024-12             Lieferant : 0000104512 Zakład Metalowy Kalisz
    Material   : 100004410 Vollauszug ZMK-R500 (Paar)
    -------------------------------------------------------------------------------------
    Rahmenmenge 2024 : 30.000 Paar   (Schätzung / estimate only - not a commitment)
    Bisher abgerufen : 6.000 Paar    (LAB 2024-0071, LAB 2024-0093)
    -------------------------------------------------------------------------------------
    FEST / FIRM IN THIS CALL-OFF:
      1.200 Paar    Liefertermin KW 27    Werk 1000 / Tor 2
    -------------------------------------------------------------------------------------
    Hinweis / note:
      Only the 1.200 pairs above are released by this call-off. The remaining frame
      quantity is not released. A further quantity is released only by the next
      call-off, issued by Monika Hahn (Head of Supply Chain).
      Material authority: quantity of this call-off only.
    -------------------------------------------------------------------------------------
    Verpackung: Kleinladungsträger KLT 6428, 40 Paar/KLT. VDA 4902 Label.
    """)),
])

# c24: multi-file - PO rev 2 (TXT) and production release notice (PDF), consistent 3,000
case("c24_rev2_po_and_release", [], "PO rev 2 and release notice agree on 3,000; remaining 9,000 not released; sign-off/PO/release kept apart", [
    ("PO_4500219305_rev2.txt", T("""
    KÖKSGRUPPEN NORD AB                        INKÖPSORDER / PURCHASE ORDER
    Box 1047, 551 11 Jönköping                 No.  4500219305   Revision 2
                                               Date 2024-05-29
    Supplier: 70114 Foshan Jinli Hardware Co., Ltd.
    ------------------------------------------------------------------------------
    Line  Article         Description                       Qty     Scope
    10    JL-110-35-SCB   Soft-close hinge 110°, black         24   sample (delivered)
    30    JL-110-35-SCB   Soft-close hinge 110°, black      3,000   production
    ------------------------------------------------------------------------------
    Revision 2 adds line 30 following sample sign-off SO-2024-022 (test lab, 2024-05-17)
    and production release REL-KGN-2024-031 (attached separately), which covers
    3,000 pcs. Total under this PO: 3,024 pcs.
    The remaining 9,000 pcs of quotation JL-Q24-0640 are not released. They can
    only be released after the store sell-through review in September, by a
    written release from Annika Lindqvist, Category Buyer Hardware.
    Material authority: 3,000 units.
    ------------------------------------------------------------------------------
    """)),
    ("REL-KGN-2024-031_release_notice.pdf", pdf([
        ("h1", "Production release REL-KGN-2024-031"),
        ("p", "Köksgruppen Nord AB to Foshan Jinli Hardware Co., Ltd.   Date: 2024-05-29"),
        ("table", [
            ["Article", "Released now", "Basis", "Not released"],
            ["JL-110-35-SCB", "3,000 pcs", "sample sign-off SO-2024-022; PO 4500219305 rev 2 line 30", "9,000 pcs"],
        ]),
        ("sp",),
        ("p", "This notice releases 3,000 pcs for production. The remaining 9,000 pcs of quotation JL-Q24-0640 "
              "stay on hold until the store sell-through review in September and a further written release by "
              "Annika Lindqvist. Material authority: 3,000 units."),
        ("p", "Released by: Annika Lindqvist, Category Buyer Hardware (release limit SEK 500 000)."),
    ], title="REL-KGN-2024-031", author="Annika Lindqvist")),
])

# c25: sample PO email with DOCX material authority statement
_c25_docx = docx_bytes([
    ("h1", "Material authority statement"),
    ("p", "Nordbygg Varuhus AB - PO 310-44871 - supplier Kayseri Mobilya Bileşenleri A.Ş."),
    ("table", [
        ["Article", "Quantity released", "Material authority", "Series quantity (quote KMB-2024-131)"],
        ["KMB-DK400 drawer runner kit 400 mm", "60 kits (store test)", "sample-only: 60 kits", "9,940 kits - not released"],
    ]),
    ("sp",),
    ("p", "No material for the 9,940 series kits may be bought at Nordbygg's liability. The series quantity is "
          "released only after the store test sign-off by our kitchen category team and a written release from "
          "Erik Sandberg, Category Manager Kök."),
], author="Erik Sandberg")
_c25 = mail(
    "Erik Sandberg <erik.sandberg@nordbygg.se>", "Selin Aydın <selin.aydin@kayseri-mb.com.tr>",
    "PO 310-44871 store test kits KMB-DK400", "Thu, 06 Jun 2024 15:45:00 +0200",
    T("""
    Hej Selin,

    Thanks for the call this morning. PO 310-44871 is for 60 runner kits KMB-DK400 for the store
    test in Malmö, Uppsala and Umeå - 20 kits per store. Please ship them together to our DC in
    Jönköping, marked "STORE TEST".

    The series quantity in your quote is not released; the material authority statement is
    attached so your planning has it in writing.

    Ha det bra,
    Erik Sandberg
    Category Manager Kök | Nordbygg Varuhus AB | Göteborg
    """), attachments=[("Material_authority_PO_310-44871.docx", _c25_docx, DOCX_MT)])
case("c25_material_statement_docx", [], "sample-only material authority statement attached; series not released, event and releaser named", [
    ("PO_310-44871_store_test.eml", E(_c25)),
])

# r01: multi-file SAP sample PO + quote, nothing about the balance
case("r01_sap_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 10 sets next to a quote for 4,800 with no hold, no unlock event, no releaser", [
    ("ME9F_4500318877.txt", T("""
    BRANDT KÜCHENWERKE GMBH                                   BESTELLUNG / PURCHASE ORDER
    Industriestraße 40, 32584 Löhne                           Nr.    4500318877
                                                              Datum  21.05.2024
    Lieferant / Vendor: 0000104590                            Einkäufergruppe  K12
    Kayseri Mobilya Bileşenleri A.Ş.                          Werk / Plant     1000
    Organize Sanayi Bölgesi 14. Cad. No:22, Kayseri
    -------------------------------------------------------------------------------------
    Pos  Material             Kurztext                            Menge ME    Preis EUR
    00010 100004471           Vollauszug KMB-FX450 Muster            10 SA       0,00
    -------------------------------------------------------------------------------------
    Positionstext 00010:
      Muster / samples for cycle test EN 15338 and fitting trial line 2.
      According to your offer KMB-2024-126 dated 14.05.2024 (attached).
      Deliver to Werk 1000, Labor, Frau Scholz.
    -------------------------------------------------------------------------------------
    Lieferbedingung: DAP Löhne (Incoterms 2020)     Zahlung: 30 Tage netto
    Es gelten unsere Allgemeinen Einkaufsbedingungen, Stand 01/2023.
    """)),
    ("KMB-2024-126_offer.pdf", pdf([
        ("h1", "Kayseri Mobilya Bileşenleri A.Ş."),
        ("h", "OFFER KMB-2024-126"),
        ("p", "To: Brandt Küchenwerke GmbH, Einkauf, Löhne    Date: 14.05.2024    Valid 45 days"),
        ("table", [
            ["Pos", "Description", "Qty", "Price EUR"],
            ["1", "KMB-FX450 full extension runner set, 450 mm, 30 kg - samples", "10 sets", "0,00"],
            ["2", "KMB-FX450 full extension runner set, 450 mm, 30 kg - production", "4.800 sets", "3,86 / set"],
        ]),
        ("sp",),
        ("p", "Lead time production: 5 weeks. Packing: 20 sets per carton. Delivery DAP Löhne by truck, "
              "groupage from Kayseri. Payment 30 days net."),
        ("p", "Selin Aydın, Export Sales"),
    ], title="Offer KMB-2024-126", author="Selin Aydın")),
])

# r02: Swedish buyer email with PO and quote; unlock event + releaser named, hold never stated
_r02_po = pdf([
    ("h1", "Köksgruppen Nord AB - Inköpsorder 4500218877"),
    ("p", "Supplier: 70114 Foshan Jinli Hardware Co., Ltd.   Date: 2024-04-23   Our ref: Annika Lindqvist"),
    ("table", [
        ["Line", "Article", "Description", "Qty", "Price"],
        ["10", "JL-110-35-SCB", "Soft-close hinge 110°, black, with plate", "24 pcs", "0.00 USD"],
    ]),
    ("sp",),
    ("p", "Delivery DAP Jönköping, test lab. Invoice to fakturor@koksgruppen.se."),
], title="PO 4500218877", author="Annika Lindqvist")
_r02_quote = pdf([
    ("h1", "FOSHAN JINLI HARDWARE CO., LTD."),
    ("h", "QUOTATION JL-Q24-0640"),
    ("p", "To: Köksgruppen Nord AB, Ms. Annika Lindqvist    Date: 2024-04-19"),
    ("table", [
        ["Item", "Quantity", "Unit price USD"],
        ["JL-110-35-SCB sample set", "24 pcs", "free"],
        ["JL-110-35-SCB production", "12,000 pcs", "0.66"],
    ]),
    ("p", "Production lead time 35 days. Black e-coat finish, 48 h salt spray."),
], title="Quotation JL-Q24-0640", author="Amy Chen")
_r02 = mail(
    "Annika Lindqvist <annika.lindqvist@koksgruppen.se>", "Amy Chen <amy.chen@jinli-hardware.cn>",
    "PO 4500218877 - black hinges JL-110-35-SCB", "Tue, 23 Apr 2024 11:18:00 +0200",
    T("""
    Hej Amy,

    Thank you for the quick quotation. Attached is our PO 4500218877 for the 24 black sample hinges,
    together with your quotation JL-Q24-0640 that it is based on.

    The samples go straight to our test lab for the EN 15570 cycle test. After the cycle test is
    signed off, I will send you the call-off for the series myself.

    Please send the samples with DHL to the lab address on the PO, and put our article number on
    each bag.

    Med vänliga hälsningar
    Annika Lindqvist
    Category Buyer Hardware | Köksgruppen Nord AB | +46 36 19 40 27
    """), attachments=[("PO_4500218877.pdf", _r02_po, PDF_MT), ("JL-Q24-0640.pdf", _r02_quote, PDF_MT)])
case("r02_po_with_quote_attached", ["RG001", "RG003"],
     "24-sample PO mailed with quote showing 12,000; unlock event and releaser named but the balance is never said to be not released", [
    ("PO_4500218877_black_hinges.eml", E(_r02)),
])

# r03: DOCX PO with a price-basis series line, no status, nothing about hold
case("r03_docx_po_series_line", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 6 sample fronts cites the offer's 1.200 series fronts with no status; no hold, event or releaser", [
    ("Bestellung_45-11873_Westfalia.docx", docx_bytes([
        ("h1", "Westfalia Küchen GmbH - Bestellung / Purchase Order 45-11873"),
        ("p", "Lieferant: Stolarka Front Sp. z o.o., ul. Przemysłowa 12, 63-600 Kępno, Polen"),
        ("p", "Datum: 13.05.2024   Einkauf: Frau B. Sommer   Lieferbedingung: DAP Herford"),
        ("table", [
            ["Pos", "Artikel", "Bezeichnung", "Menge", "Preis EUR"],
            ["10", "WF-FR-SG-M", "Musterfronten Salbeigrün matt, 3 Größen je 2 Stück", "6 Stk", "0,00"],
        ]),
        ("sp",),
        ("p", "Grundlage: Ihr Angebot SF-24-077 vom 08.05.2024 - Musterfronten 6 Stk kostenlos, Serienfronten "
              "Salbeigrün matt 1.200 Stk à 38,40 EUR, Lieferzeit Serie 4 Wochen."),
        ("p", "Farbabgleich gegen NCS S 3010-G10Y, Glanzgrad 8 GU +/- 2. Kanten umlaufend 1 mm ABS, "
              "farbgleich. Rückseite weiß."),
        ("p", "Colour match against NCS S 3010-G10Y, gloss 8 GU +/- 2. Please send the samples to our design "
              "studio, Frau Lange, Herford, by 31.05.2024."),
        ("p", "Es gelten unsere Einkaufsbedingungen. Bitte Auftragsbestätigung innerhalb 3 Werktagen."),
    ], author="B. Sommer")),
])


# ------------------------------------------------------------------ batch 3: risky 04-18

# r04: Teams, engineer asks for showroom sets, quote's 1,500 beside, nothing else
case("r04_teams_showroom_quote", ["RG001", "RG003", "RG004", "RG005"],
     "buyer engineer orders 15 showroom sets citing the 15 + 1,500 quote; no hold, no event, no releaser", [
    ("Teams_export_Lakeshore_Hexin_pantry.txt", T("""
    Microsoft Teams - chat export
    Chat: Lakeshore / Hexin - pantry pull-out PP-300
    Participants: Kevin Ortiz (Lakeshore Cabinet Co.), Lucy Zhou (Guangdong Hexin Slides)
    Exported 05/21/2024 08:03 AM

    [05/20/2024 7:48 PM] Lucy Zhou: Hi Kevin, good morning from Jieyang. The 3D of the pull-out basket frame is updated, rev C, uploaded
    [05/20/2024 7:52 PM] Lucy Zhou: Basket wire 4 mm now, chrome. Runner is HX-UM21 same as your other project
    [05/20/2024 8:31 PM] Kevin Ortiz: Morning Lucy - rev C looks right, thanks for turning it so fast
    [05/20/2024 8:35 PM] Kevin Ortiz: Please run 15 sets of the PP-300 pantry pull-out for our showroom and the two builder model homes. PO 77-30501 covers the 15 sets, Dana put it in yesterday. Your quote had 15 + 1,500, pricing works for us.
    [05/20/2024 8:36 PM] Kevin Ortiz: Need them here by June 21 latest, the model homes open June 28
    [05/20/2024 8:40 PM] Lucy Zhou: ok Kevin, 15 sets, we arrange. Air shipment ok?
    [05/20/2024 8:41 PM] Kevin Ortiz: Air is fine for these
    [05/20/2024 8:44 PM] Lucy Zhou: 👌
    """)),
])

# r05: forward of supplier quote (rfc822), event named, no releaser, hold never stated
_r05_inner = mail(
    "Emre Yıldız <emre.yildiz@bursametal.com.tr>", "Hannah Vogt <h.vogt@westfalia-kuechen.de>",
    "Offer BM-OF-24-051 knobs WF-K30", "Wed, 24 Apr 2024 12:00:00 +0300",
    T("""
    Dear Mrs. Vogt,

    as requested please see our offer BM-OF-24-051 for the round knob WF-K30 (30 mm, zamak,
    brushed steel look):

      Samples:        60 pcs    free of charge
      Series:      8.000 pcs    EUR 0,92 / pc, delivery 5 weeks
      Tooling:                  EUR 2.600,00 one time

    Best regards,
    Emre Yıldız, Bursa Metal Aksesuar A.Ş.
    """))
_r05 = mail(
    "Birgit Sommer <b.sommer@westfalia-kuechen.de>", "Emre Yıldız <emre.yildiz@bursametal.com.tr>",
    "WG: Offer BM-OF-24-051 knobs WF-K30 / PO 45-11902", "Mon, 06 May 2024 09:40:00 +0200",
    T("""
    Dear Mr. Yıldız,

    my colleague Mrs. Vogt is on holiday, so I take over the knob WF-K30. Her mail with your offer
    is below.

    Our PO 45-11902 is for the 60 sample knobs from the offer. The series will follow after the
    colour match sign-off by our design studio in Herford. Please put the samples in three bags of
    20, each with a label "WF-K30 Muster".

    The tooling invoice can be sent now, payment 30 days.

    Mit freundlichen Grüßen
    Birgit Sommer
    Einkauf | Westfalia Küchen GmbH | Engerstraße 120, 32051 Herford
    """), attachments=[("rfc822", _r05_inner)])
case("r05_forward_offer_de", ["RG001", "RG003", "RG005"],
     "60-sample PO with the forwarded 8.000 series offer; unlock event named, no releaser, balance never said to be not released", [
    ("WG_Offer_BM-OF-24-051.eml", E(_r05)),
])

# r06: PDF sample PO without any quantity, nothing about the series
case("r06_sample_po_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "sample PO with quantity 'per your quotation' only; no hold, no event, no releaser", [
    ("PO_HH-24-0466_worktop_samples.pdf", pdf([
        ("h1", "Hallam Home Ltd"),
        ("p", "Unit 4 Meadowhall Way, Sheffield S9 1EP, United Kingdom  |  VAT GB 298 4471 20"),
        ("h", "PURCHASE ORDER HH-24-0466"),
        ("p", "Supplier: Top Piani Veneto S.r.l., Castelfranco Veneto (TV), Italy   Date: 15 May 2024   "
              "Buyer: Oliver Hughes   Currency: EUR   Incoterm: DAP Sheffield"),
        ("table", [
            ["Line", "Item", "Description", "Quantity", "Price"],
            ["1", "HH-WT-SMP", "Worktop samples - decors Carrara, Nero Assoluto, Cemento; 38 mm, square edge",
             "per your quotation TPV-24-0355", "per quotation"],
            ["2", "FREIGHT", "Courier, insured", "-", "EUR 180.00"],
        ]),
        ("sp",),
        ("p", "Purpose: sample order for the autumn range review. Please include the technical data sheet and "
              "the care instructions for each decor. Label each piece on the back with decor name and batch."),
        ("p", "Please confirm the delivery date by return. Invoices quoting the PO number to "
              "accounts.payable@hallamhome.co.uk."),
    ], title="PO HH-24-0466", author="Oliver Hughes")),
])

# r07: Polish buyer, 'sample lot' without quantity, balance not released, no event, no releaser
_r07 = mail(
    "Kasia Nowak <k.nowak@meblosystem.pl>", "Tomasz Grabowski <t.grabowski@zmk-kalisz.pl>",
    "PO 2024/PO/0455 - runner MS-R550 sample lot", "Thu, 23 May 2024 12:15:00 +0200",
    T("""
    Dzień dobry Panie Tomaszu,

    as agreed on the phone yesterday, our PO 2024/PO/0455 for the new runner MS-R550 is now in
    the system, you will get it from our ERP in a separate mail.

    The PO covers the sample lot we agreed on the phone only; the balance is not released.

    Drawing MS-R550 Rev B is attached to the PO. Please note the changed rear bracket (hole
    distance 32 mm system, 37 mm from the front edge). Packing like for MS-R450: pairs in
    polybag, 10 pairs per carton, our label with EAN.

    Delivery to Poznań, ul. Gorzysława 9, gate 3, Monday-Friday 7:00-14:00.

    Pozdrawiam / best regards
    Kasia Nowak
    Purchasing | Meblosystem Sp. z o.o. | +48 61 880 12 40
    """))
case("r07_pl_sample_lot_no_qty", ["RG004", "RG005", "RG010"],
     "says the balance is not released but states no active quantity, no unlock event and no releaser", [
    ("PO_2024_PO_0455_MS-R550.eml", E(_r07)),
])

# r08: German buyer, 'release' for sample approval and for series; hold until further notice
_r08_txt = T("""
    Dear Mr. Grabowski,

    good news from Löhne: the Musterfreigabe is given - our lab has released the 20 sample runners
    ZMK-R600 after the cycle test (80.000 cycles, 30 kg, no failure). Thank you for the good work.

    Under our PO 4500318901 you are authorised for these 20 samples only.

    The release of the series (Serienfreigabe) is not given yet. The 4.980 pairs from your offer
    stay on hold until further notice. Only I, Jürgen Krämer, can release them.

    The test report PB-24-118 follows by separate mail from Mr. Weber.

    Mit freundlichen Grüßen
    Jürgen Krämer
    Leiter Einkauf | Brandt Küchenwerke GmbH | Industriestraße 40, 32584 Löhne
    """)
_r08_html = ("<html><body><p>Dear Mr. Grabowski,</p><p>good news from Löhne: the <b>Musterfreigabe</b> is given - our lab "
             "has released the 20 sample runners ZMK-R600 after the cycle test (80.000 cycles, 30 kg, no failure). Thank "
             "you for the good work.</p><p>Under our PO 4500318901 you are authorised for these 20 samples only.</p>"
             "<p>The release of the series (<b>Serienfreigabe</b>) is not given yet. The 4.980 pairs from your offer stay "
             "on hold until further notice. Only I, Jürgen Krämer, can release them.</p><p>The test report PB-24-118 "
             "follows by separate mail from Mr. Weber.</p><p>Mit freundlichen Grüßen<br>Jürgen Krämer<br>Leiter Einkauf"
             "</p></body></html>")
_r08 = mail("Jürgen Krämer <j.kraemer@brandt-kuechenwerke.de>", "Tomasz Grabowski <t.grabowski@zmk-kalisz.pl>",
            "Musterfreigabe ZMK-R600 / sample result", "Wed, 29 May 2024 17:20:00 +0200", _r08_txt, html=_r08_html)
case("r08_freigabe_until_notice", ["RG004", "RG009"],
     "'release' used for the lab's sample approval and for the series release; balance held 'until further notice'", [
    ("Musterfreigabe_ZMK-R600.eml", E(_r08)),
])

# r09: Swedish DIY chain, approval used three ways; releaser only 'management board'
_r09 = mail(
    "Erik Sandberg <erik.sandberg@nordbygg.se>", "Selin Aydın <selin.aydin@kayseri-mb.com.tr>",
    "SV: KMB-DK500 series planning?", "Mon, 10 Jun 2024 08:47:00 +0200",
    T("""
    Hej Selin,

    Short update from Göteborg. The 50 sample kits are approved - the store teams liked the soft
    close and the fitting instructions.

    Approval for the series will come once the budget approval has gone through our management
    board in June. Until then the 4,950 kits are not released; PO 310-44902 covers the 50 sample
    kits only, and please buy material for those 50 only.

    I know your planning wants a date. I will write as soon as I hear something.

    Ha det bra,
    Erik Sandberg
    Category Manager Kök | Nordbygg Varuhus AB

    ________________________________
    Från: Selin Aydın <selin.aydin@kayseri-mb.com.tr>
    Skickat: den 7 juni 2024 14:02
    Till: Erik Sandberg
    Ämne: KMB-DK500 series planning?

    Dear Erik, how is the store feedback on the 50 samples? Can we plan the series for July?
    Best regards, Selin
    """))
case("r09_se_approval_three_ways", ["RG005", "RG009"],
     "'approved/approval' for samples, budget and series; unlock is board budget approval but no named releaser", [
    ("SV_KMB-DK500_series_planning.eml", E(_r09)),
])

# r10: sample set without quantity; quote attached; hold, event and releaser present
_r10_quote = pdf([
    ("h1", "Bursa Metal Aksesuar A.Ş."),
    ("h", "QUOTATION Q-BM-24-207"),
    ("p", "Customer: Hallam Home Ltd, Sheffield    Date: 29.04.2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price GBP"],
        ["HH-CP-96", "Cup pull 96 mm, 4 finishes - sample set", "8 pcs", "free"],
        ["HH-CP-96", "Cup pull 96 mm - production, mixed finishes", "2,400 pcs", "1.38"],
    ]),
    ("p", "Finishes: antique brass, graphite, matt black, brushed nickel. Lead time 6 weeks after tool approval."),
], title="Q-BM-24-207", author="Emre Yıldız")
_r10 = mail(
    "Rachel Dunn <rachel.dunn@hallamhome.co.uk>", "Emre Yıldız <emre.yildiz@bursametal.com.tr>",
    "Cup pull HH-CP-96 - sample set", "Fri, 03 May 2024 14:31:00 +0100",
    T("""
    Hi Emre,

    Lovely to meet you at the Istanbul fair. Following up on the cup pull:

    Please make the sample set from your quotation Q-BM-24-207 (attached) and hold the rest -
    nothing beyond the sample set is released. Once Sophie Grant, our Head of Design, has signed
    off the finishes against the range board, I will release the production quantity in writing.

    Our PO number for the sample set is HH-24-0431. Please send them to Sophie's attention at the
    Sheffield office.

    Kind regards,
    Rachel Dunn
    Head of Sourcing | Hallam Home Ltd
    """), attachments=[("Q-BM-24-207.pdf", _r10_quote, PDF_MT)])
case("r10_sample_set_unquantified", ["RG010"],
     "authorization names 'the sample set' but never states a quantity; hold, event and releaser are present", [
    ("Cup_pull_HH-CP-96_sample_set.eml", E(_r10)),
])

# r11: DOCX production release without a quantity
case("r11_release_letter_no_qty", ["RG010"],
     "production release for 'the first production lot' without a quantity; rest on hold, next call-off by named person", [
    ("Produktionsfreigabe_PR-2024-019.docx", docx_bytes([
        ("h1", "Produktionsfreigabe / Production release PR-2024-019"),
        ("p", "Brandt Küchenwerke GmbH, Einkauf, 32584 Löhne  -  to Bursa Metal Aksesuar A.Ş., Gemlik"),
        ("p", "Date: 04.06.2024"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "Griff BK-G160, 160 mm, Edelstahl-Optik"],
            ["Drawing", "4711-160 Index D"],
            ["Sample sign-off", "14.05.2024, Prüfbericht PB-24-112 (J. Weber)"],
            ["Released now", "first production lot"],
            ["Offer", "BM-OF-24-044"],
        ]),
        ("sp",),
        ("p", "With this letter we release the first production lot of handle BK-G160 for production and "
              "delivery to Werk 1000. The remaining quantity of offer BM-OF-24-044 remains on hold. Each further "
              "lot is released only by the next call-off from Monika Hahn, Head of Supply Chain."),
        ("p", "Delivery: KLT 4314, 100 pcs per KLT, VDA label. Please send the first-lot inspection report "
              "with the delivery."),
        ("p", "Monika Hahn"),
    ], author="Monika Hahn")),
])

# r12: WhatsApp, scope first, later an unscoped 'go ahead'
case("r12_whatsapp_go_ahead", ["RG002"],
     "earlier scope is complete, then 'Looks great, go ahead!' names no quantity and no sample-only scope", [
    ("WhatsApp_Chat_with_Lan_BDW.txt", T("""
    02/05/2024, 10:15 - Oliver Hughes: Hi Lan, PO HH-24-0470 is in your inbox. Just so it's clear: it's for the 20 sample doors only. The other 1,980 doors are on hold until Sophie signs off the colour match and I send you the written release. Oliver Hughes, Hallam Home
    02/05/2024, 10:22 - Nguyen Thi Lan: Noted Mr Oliver, 20 sample doors only 🙏
    16/05/2024, 15:40 - Nguyen Thi Lan: Good afternoon Mr Oliver, 20 doors finished, colour match photos under daylight lamp D65
    16/05/2024, 15:40 - Nguyen Thi Lan: <Media omitted>
    16/05/2024, 15:41 - Nguyen Thi Lan: <Media omitted>
    16/05/2024, 15:41 - Nguyen Thi Lan: <Media omitted>
    16/05/2024, 15:43 - Nguyen Thi Lan: Sage colour very close to master, delta E 0.6. ok?
    16/05/2024, 18:02 - Oliver Hughes: Looks great, go ahead!
    16/05/2024, 18:05 - Nguyen Thi Lan: Thank you Mr Oliver 🙏🙏
    """)),
])

# r13: quoted thread; 'Yes, proceed.' to an open question
_r13 = mail(
    "Dana Whitfield <dwhitfield@lakeshorecabinet.com>", "Lucy Zhou <lucy.zhou@hexinslides.com>",
    "RE: RE: PO 77-30520 pantry runners - samples passed?", "Thu, 30 May 2024 07:58:00 -0400",
    T("""
    Yes, proceed.

    Dana

    Sent from my iPhone

    > On May 29, 2024, at 9:14 PM, Lucy Zhou <lucy.zhou@hexinslides.com> wrote:
    >
    > Dear Ms. Dana,
    > Kevin told us the samples passed your cycle test, thank you. Shall we start?
    > Best regards, Lucy
    >
    >> On May 6, 2024, Dana Whitfield <dwhitfield@lakeshorecabinet.com> wrote:
    >>
    >> Lucy, PO 77-30520 is attached. Scope: 30 sample pantry runners HX-PR18 only. The balance
    >> of 2,970 pcs in your quote is not released. It will be released only after Kevin Ortiz
    >> (Engineering) signs off the samples and I, Dana Whitfield, send a written release stating
    >> the quantity. Material for the 30 samples only.
    >> Thanks, Dana
    """))
case("r13_yes_proceed_thread", ["RG002"],
     "releaser answers 'Yes, proceed.' to an open 'shall we start?' without naming a quantity; quoted scope otherwise complete", [
    ("RE_PO_77-30520_samples_passed.eml", E(_r13)),
])

# r14: DOCX visit minutes: unscoped green light and material bought for the full run
case("r14_visit_minutes_material", ["RG002", "RG006"],
     "minutes: buyer gave an unscoped 'green light'; supplier has bought oak for all 800 while 4 samples are released", [
    ("Besuchsbericht_TopPiani_2024-05-22.docx", docx_bytes([
        ("h1", "Besuchsbericht / Visit report - Top Piani Veneto, 22.05.2024"),
        ("p", "Participants: Birgit Sommer (Einkauf), Hannah Vogt (Design), Westfalia Küchen GmbH; "
              "Luca Ferri (Sales), Giorgio Dal Bello (Production), Top Piani Veneto S.r.l."),
        ("p", "Distribution: participants, Westfalia Einkauf file WT-O38"),
        ("h", "1. Order status"),
        ("p", "PO 45-11920 covers 4 sample worktops (oak 38 mm, 2 edge variants). The 796 series worktops are not "
              "released; their release follows only after the colour and edge match sign-off by Design, by a "
              "written release from Birgit Sommer."),
        ("h", "2. Production tour"),
        ("p", "New edge-banding line (Homag, commissioned March 2024) seen in operation. Sanding quality "
              "good, glue line invisible on 2 mm ABS."),
        ("h", "3. Material"),
        ("p", "Mr. Dal Bello reported that the oak lamellas for the full 800 worktops have already been purchased "
              "and are now drying in the warehouse (moisture at 9 %), so that there is no waiting time later."),
        ("h", "4. Planning"),
        ("p", "Mrs. Sommer gave Top Piani the green light during the meeting. Delivery planning to be agreed "
              "by phone."),
        ("h", "5. Actions"),
        ("table", [
            ["No.", "Action", "Who", "When"],
            ["1", "Send edge samples to Design Herford", "L. Ferri", "29.05."],
            ["2", "Moisture log of oak stock", "G. Dal Bello", "weekly"],
            ["3", "Packing proposal for 4,1 m lengths", "L. Ferri", "07.06."],
        ]),
    ], author="Birgit Sommer")),
])

# r15: advance payment as green light; PO attached is otherwise complete
_r15_po = pdf([
    ("h1", "Westfalia Küchen GmbH - Bestellung 45-11935"),
    ("p", "Lieferant: Stolarka Front Sp. z o.o., Kępno   Datum: 06.05.2024   Einkauf: Birgit Sommer"),
    ("table", [
        ["Pos", "Artikel", "Bezeichnung", "Menge", "Umfang"],
        ["10", "WF-FR-GR-M", "Musterfronten Graphit matt, 3 Größen je 2 Stück", "6 Stk", "Muster / sample"],
    ]),
    ("sp",),
    ("p", "Scope: this order covers the 6 sample fronts only. The 1,194 series fronts of your offer SF-24-081 are "
          "not released. They are released only after the colour match sign-off by our design studio, by a "
          "written release from Birgit Sommer. Material: sample quantity only."),
], title="Bestellung 45-11935", author="Birgit Sommer")
_r15 = mail(
    "Birgit Sommer <b.sommer@westfalia-kuechen.de>", "Paweł Nowicki <p.nowicki@stolarkafront.pl>",
    "Anzahlung PF-24-118 / fronts graphite", "Tue, 11 Jun 2024 10:05:00 +0200",
    T("""
    Sehr geehrter Herr Nowicki,

    the advance payment of 30 % under your proforma PF-24-118 (EUR 13.754,88) has been
    transferred today by our accounting, so you have the green light from our side.

    For the order details please see our PO 45-11935 again in the attachment. Please send me the
    loading date as soon as you know it.

    Mit freundlichen Grüßen
    Birgit Sommer
    Einkauf | Westfalia Küchen GmbH
    """), attachments=[("Bestellung_45-11935.pdf", _r15_po, PDF_MT)])
case("r15_advance_paid_green_light", ["RG002", "RG012"],
     "advance payment presented as 'the green light' (payment as release, unscoped approval); attached sample PO complete", [
    ("Anzahlung_PF-24-118.eml", E(_r15)),
])

# r16: HTML portal release note: unscoped 'APPROVED - proceed', no quantity for the lot
case("r16_portal_release_note", ["RG002", "RG010"],
     "portal release note: 'APPROVED - proceed' and 'first replenishment lot' with no quantity; rest held, next call-off by named person", [
    ("BuildRite_portal_RN-2024-088.html", html_page("BuildRite supplier portal - Release note RN-2024-088", T("""
    <h2>BuildRite Stores plc &mdash; Supplier Portal</h2>
    <p>Logged in as: <b>Bursa Metal Aksesuar A.S.</b> (vendor 20-8102)</p>
    <h3>Release note RN-2024-088</h3>
    <table>
    <tr><th>Article</th><th>Description</th><th>Decision</th><th>Released</th></tr>
    <tr><td>5510344</td><td>SDH-40 sliding wardrobe door handle, satin nickel</td><td>APPROVED &ndash; proceed</td><td>first store replenishment lot</td></tr>
    </table>
    <div class="note"><p>Production of SDH-40 is released for the first store replenishment lot. Quantities
    beyond this lot are forecast only and are not released; the next lot is released only by the next call-off
    from Tom Reilly, Replenishment Manager.</p></div>
    <p>Packaging: retail blister, EAN 5012345 103448, 4 languages. Artwork v3 signed off by Marketing on 21/05.</p>
    <p style="color:#888">&copy; BuildRite Stores plc &middot; Supplier Portal v4.12</p>
    """))),
])

# r17: supplier treats annual forecast as firm and buys material for all of it
_r17 = mail(
    "Amy Chen <amy.chen@jinli-hardware.cn>", "Annika Lindqvist <annika.lindqvist@koksgruppen.se>",
    "RE: PO 4500219350 - first lot JL-110-35-SC", "Fri, 14 Jun 2024 17:26:00 +0800",
    T("""
    Dear Annika,

    Thank you for PO 4500219350, production of the first lot 2,000 pcs is started, finish date
    June 28.

    Good news for lead time: your 2024 forecast of 20,000 pcs we take as firm order, so we have
    already bought the cold rolled steel and the dampers for all 20,000 pcs. Next lots can ship
    very fast, only 2 weeks.

    Also please note from July 1 new carton size 40x30x25 cm, 250 pcs per carton.

    Best regards
    Amy Chen
    Export Sales Manager | Foshan Jinli Hardware Co., Ltd.

    -----Original-----
    From: Annika Lindqvist
    Date: 2024-06-10 09:12
    Subject: PO 4500219350 - first lot JL-110-35-SC

    > Hi Amy,
    > PO 4500219350 releases 2,000 pcs of JL-110-35-SC (first lot). The 2024 forecast of
    > 20,000 pcs is a forecast only and is not released. Further lots come only by written
    > call-off from me after our quarterly review. Material authority: 2,000 units.
    > /Annika
    """))
case("r17_forecast_as_firm_material", ["RG006", "RG008"],
     "supplier takes the labelled 20,000 forecast as a firm order and buys material for all of it; buyer scope complete", [
    ("RE_PO_4500219350_first_lot.eml", E(_r17)),
])

# r18: Teams, 'approved' for technical/commercial/production; supplier bought steel for the full run
case("r18_teams_approved_steel", ["RG006", "RG009"],
     "'approved' used for R&D, PO and production; supplier reports strip steel bought for 4,000 while 40 released", [
    ("Teams_Meblosystem_ZMK_MS-R600.txt", T("""
    Microsoft Teams - chat export
    Chat: MS-R600 runner - Meblosystem / ZMK
    Participants: Piotr Zieliński, Kasia Nowak (Meblosystem Sp. z o.o.); Tomasz Grabowski (Zakład Metalowy Kalisz)
    Exported 12.06.2024 16:12

    [11.06.2024 09:03] Piotr Zieliński: Cycle test done, 80 000 cycles at 40 kg, no failure. The 40 samples approved from R&D side ✅
    [11.06.2024 09:10] Kasia Nowak: Super! Commercially approved too - PO 2024/PO/0470 for the 40 sample pairs is in the system.
    [11.06.2024 09:12] Kasia Nowak: Production approval comes separately, in writing from Marta Kowalczyk after the pilot kitchens. The other 3,960 pairs are not approved for production yet.
    [11.06.2024 09:30] Tomasz Grabowski: Ok, understood. FYI we already bought the strip steel for the full 4,000 pairs last week, price from the mill was going up in July
    [11.06.2024 09:31] Tomasz Grabowski: it is in our warehouse Kalisz, nothing is cut
    [11.06.2024 09:45] Piotr Zieliński: Tomasz can you send the cycle test video also, for our archive
    [11.06.2024 09:52] Tomasz Grabowski: yes, WeTransfer today
    """)),
])


# ------------------------------------------------------------------ batch 4: risky 19-30

# r19: multi-file - complete sample PO (PDF) + supplier MRP printout buying alloy for 8,000
case("r19_po_plus_supplier_mrp", ["RG006"],
     "buyer PO releases 100 samples, material sample-only; supplier MRP shows zamak ordered for 8,000", [
    ("PO_310-44915_Nordbygg.pdf", pdf([
        ("h1", "Nordbygg Varuhus AB"),
        ("p", "Lilla Bommen 4, 411 04 Göteborg, Sweden"),
        ("h", "Purchase order 310-44915"),
        ("p", "Supplier: Zakład Metalowy Kalisz Sp. z o.o.   Date: 2024-05-27   Buyer: Erik Sandberg"),
        ("table", [
            ["Line", "Article", "Description", "Qty", "Scope"],
            ["1", "ND-H192", "Bow handle 192 mm, zinc die-cast, matt black", "100 pcs", "sample (store test)"],
        ]),
        ("sp",),
        ("p", "This PO releases the 100 sample handles only. The balance of 7,900 pcs of your quotation "
              "ZMK/2024/091 (8,000 pcs in total) is not released. It is released only after the store test "
              "sign-off by our kitchen category team and a written release from Erik Sandberg, Category "
              "Manager Kök. Material authority: sample-only (100 pcs)."),
    ], title="PO 310-44915", author="Erik Sandberg")),
    ("ZMK_MRP_zapotrzebowanie_2024-06-03.txt", T("""
    ZAKŁAD METALOWY KALISZ SP. Z O.O.  -  MRP / ZAPOTRZEBOWANIE MATERIAŁOWE
    Data wydruku / printed: 03.06.2024 07:12        Użytkownik / user: JKACZMAREK
    ====================================================================================
    Zlecenie klienta / customer order: ZK/24/0611   Klient: NORDBYGG VARUHUS AB
    Ref. klienta / customer ref.: PO 310-44915      Wyrób / product: ND-H192 (uchwyt 192)
    ------------------------------------------------------------------------------------
    Ilość planowana / planned qty:        8.000 szt.
    ------------------------------------------------------------------------------------
    Materiał                     Norma/szt  Potrzeba     Status           Dostawca
    ZAMAK 5 (ZnAl4Cu1) gąski     0,086 kg   688 kg       ZAMÓWIONE/ORDERED  Boryszew ZM
    Wkręt M4x25 (2 szt/uchwyt)   2 szt      16.000 szt   ZAMÓWIONE/ORDERED  Śruby-Pol
    Karton 40 szt                1/40       200 szt      w magazynie
    ------------------------------------------------------------------------------------
    Zamówienie zakupu / purchase order: ZZ/24/1187 z dnia 31.05.2024 (zamak 688 kg)
    Uwagi / remarks: material for the whole quantity, to catch the price before July.
    ====================================================================================
    """)),
])

# r20: supplier portal page: header and detail disagree; MDF for the full programme
case("r20_portal_status_mdf", ["RG006", "RG011"],
     "supplier page: released 60 in the header, 80 in the line detail; MDF bought for all 3,000 fronts", [
    ("BDW_portal_order_MS-F22.html", html_page("Binh Duong Woodcraft - Order MS-F22", T("""
    <h2>Binh Duong Woodcraft JSC &mdash; Order overview</h2>
    <p>Customer: <b>Meblosystem Sp. z o.o.</b>, Poznań &nbsp;|&nbsp; Customer PO: 2024/PO/0521 &nbsp;|&nbsp; Updated 06/06/2024</p>
    <table>
    <tr><th>Programme</th><td>MS-F22 fronts "Len" (linen structure), 3,000 fronts</td></tr>
    <tr><th>Released by customer</th><td>60 sample fronts</td></tr>
    <tr><th>Balance</th><td>2,940 fronts &ndash; on hold, awaiting the customer's written release</td></tr>
    </table>
    <h3>Line detail</h3>
    <table>
    <tr><th>Line</th><th>Size (mm)</th><th>Released qty</th><th>Produced</th><th>Status</th></tr>
    <tr><td>1</td><td>716 x 596</td><td>40</td><td>40</td><td>packed</td></tr>
    <tr><td>2</td><td>356 x 596</td><td>40</td><td>32</td><td>lacquer</td></tr>
    <tr><td colspan="2">Total</td><td>80</td><td>72</td><td></td></tr>
    </table>
    <h3>Material status</h3>
    <p>MDF 19 mm E1 board purchased for 3,000 fronts (full programme), delivered to our warehouse 03/06.
    Lacquer ordered for 1,000 fronts.</p>
    <p style="color:#777">Key account: Nguyen Thi Lan &middot; lan.nguyen@binhduongwoodcraft.vn</p>
    """))),
])

# r21: supplier treats the deposit as the start signal and orders coil for the full run
_r21 = mail(
    "Lucy Zhou <lucy.zhou@hexinslides.com>", "Magnus Ek <magnus.ek@koksgruppen.se>",
    "RE: PO 4500219410 HX-SC450 samples + deposit", "Wed, 19 Jun 2024 10:02:00 +0800",
    T("""
    Dear Mr. Magnus,

    Good day. We received your deposit 30 % yesterday, thank you very much.

    We understood the deposit as the start signal for the series, so the coil for the full
    10,000 pairs is already ordered from Baosteel and the press is booked for week 26. The 40
    sample pairs ship on Friday by DHL as planned.

    Please let us know the delivery schedule for the series at your early convenience.

    Best regards
    Lucy Zhou
    Sales Dept. | Guangdong Hexin Slides Co., Ltd.

    ---- Original message ----
    From: Magnus Ek
    Sent: 2024-06-12 14:20
    > Hi Lucy,
    > PO 4500219410 covers 40 sample pairs HX-SC450 only. The balance of 9,960 pairs is not
    > released. It can only be released after the EN 15338 cycle test sign-off by our lab and a
    > written release from me, Magnus Ek. Material: for the 40 samples only.
    > The 30 % deposit for the tooling on your proforma will be paid this week.
    > Regards, Magnus
    """))
case("r21_deposit_start_signal_coil", ["RG006", "RG012"],
     "supplier reads the tooling deposit as the start signal and orders coil for 10,000; buyer scope complete", [
    ("RE_PO_4500219410_deposit.eml", E(_r21)),
])

# r22: WhatsApp, supplier buys glass for all doors and assumes approval rolls into production
case("r22_whatsapp_glass_doors", ["RG006", "RG007"],
     "supplier bought tempered glass for all 1,500 doors and plans to go straight into production on sample approval", [
    ("WhatsApp_Chat_Jack_Wu_Lumina.txt", T("""
    07/05/2024, 11:02 - Oliver Hughes: Hi Jack, PO HH-24-0490 sent this morning. It's for the 10 sample glass doors (aluminium frame, bronze glass) only. The other 1,490 are on hold until Sophie signs off the samples and I send you the written release. Oliver Hughes, Hallam Home
    07/05/2024, 11:20 - Jack Wu (Lumina): Dear Oliver, received with thanks
    21/05/2024, 09:14 - Jack Wu (Lumina): Oliver good morning, 10 samples doors finish today, very beautiful
    21/05/2024, 09:15 - Jack Wu (Lumina): <Media omitted>
    21/05/2024, 09:17 - Jack Wu (Lumina): For your lead time we already bought the 4 mm tempered bronze glass for all 1,500 doors, price was good this month
    21/05/2024, 09:18 - Jack Wu (Lumina): and when you approve the samples we go straight into the production, no need to wait, so you get the doors 3 weeks earlier 👍
    21/05/2024, 12:40 - Oliver Hughes: Thanks Jack, they look smart. Will revert after the review with Sophie next week.
    21/05/2024, 12:41 - Jack Wu (Lumina): ok Oliver 🙏
    """)),
])

# r23: multi-file - call-off with staged material authority 3.000, supplier staged 5.000
_r23_mail = mail(
    "Selin Aydın <selin.aydin@kayseri-mb.com.tr>", "Monika Hahn <m.hahn@brandt-kuechenwerke.de>",
    "LAB 2024-0124 / KMB-FX450 status", "Mon, 24 Jun 2024 16:10:00 +0300",
    T("""
    Dear Mrs. Hahn,

    thank you for the call-off LAB 2024-0124. The 1.000 pairs are in production and will be
    loaded on 5 July.

    To be ready for your next call-offs we have staged steel strip and ball cages for 5.000 pairs
    in our warehouse. So the next quantities can go very fast, 2 weeks instead of 5.

    Stock list attached.

    Best regards,
    Selin Aydın
    Export Sales | Kayseri Mobilya Bileşenleri A.Ş.
    """), attachments=[("KMB_stock_Brandt_2024-06-24.txt", T("""
    KAYSERI MOBILYA BILESENLERI A.S. - CUSTOMER STOCK / MUSTERI STOKU      24.06.2024
    Customer: BRANDT KUECHENWERKE GMBH    Article: KMB-FX450 (100004471)
    ------------------------------------------------------------------------------
    Item                      Unit     On hand    Reserved for     Covers (pairs)
    Steel strip DC01 1.5 mm   kg       21.500     Brandt           5.000
    Ball cages 450            pcs      10.000     Brandt           5.000
    Finished pairs (LAB 0124) pairs      420      LAB 2024-0124      420
    ------------------------------------------------------------------------------
    """), "text/plain")])
case("r23_staged_beyond_authority", ["RG006"],
     "call-off: 1.000 released, material authority staged up to 3.000; supplier has staged material for 5.000", [
    ("LAB_2024-0124_Abruf.pdf", pdf([
        ("h1", "Brandt Küchenwerke GmbH - Lieferabruf LAB 2024-0124"),
        ("p", "Lieferant: Kayseri Mobilya Bileşenleri A.Ş.   Rahmenvertrag RV-2024-19   Datum: 17.06.2024"),
        ("table", [
            ["Material", "Released now", "Material authority (staged)", "Rest of frame estimate"],
            ["100004471 Vollauszug KMB-FX450", "1.000 Paar, KW 28", "up to 3.000 Paar", "not released"],
        ]),
        ("sp",),
        ("p", "Only 1.000 pairs are released for production. The supplier may buy raw material (steel strip, ball "
              "cages) for up to 3.000 pairs at Brandt's liability; material beyond that is at the supplier's risk. "
              "Further quantities are released only by the next call-off from Monika Hahn, Head of Supply Chain."),
    ], title="LAB 2024-0124", author="Monika Hahn")),
    ("LAB_2024-0124_status.eml", E(_r23_mail)),
])

# r24: buyer contradicts her own written-release requirement
_r24 = mail(
    "Dana Whitfield <dwhitfield@lakeshorecabinet.com>", "Marco Bellini <m.bellini@ferramentabrianza.it>",
    "PO 77-30533 - FB-110 sample hinges for Lakeshore", "Tue, 14 May 2024 11:45:00 -0400",
    T("""
    Hi Marco,

    Great to finally work together. PO 77-30533 went out this morning:

    - 24 sample hinges FB-110, nickel, with 0 mm plates.
    - The balance of 4,976 pcs in your quote is not released.
    - The balance is released by a written release from me once Kevin Ortiz in Engineering has
      signed off the cycle test.
    - Material for the 24 samples only.

    Honestly, Marco, you know our timelines are tight for the fall program. If the cycle test
    comes back clean, the series simply follows on - you don't need to wait for a separate
    release from me, just keep the line running.

    Ship the samples FedEx International Priority on our account 2233-4456-7.

    Best,
    Dana
    Dana Whitfield | Purchasing Manager | Lakeshore Cabinet Co. | +1 616 555 0142
    """))
case("r24_buyer_follow_on", ["RG007"],
     "buyer's own PO requires a written release, then says the series just follows on a clean cycle test", [
    ("PO_77-30533_FB-110_samples.eml", E(_r24)),
])

# r25: Turkish supplier announces direct continuation after sample approval
_r25 = mail(
    "Selin Aydın <selin.aydin@kayseri-mb.com.tr>", "Oliver Hughes <oliver.hughes@hallamhome.co.uk>",
    "RE: PO HH-24-0501 - runner KMB-FX500 samples", "Fri, 24 May 2024 13:37:00 +0300",
    T("""
    Dear Oliver,

    Thank you for PO HH-24-0501, confirmed. The 12 samples are packed, UPS pick-up on Monday.

    For your planning: after your sample approval we will directly continue with mass production
    of the 2,388 pcs, as we do with all our customers, so you will have them in week 30.

    Our new catalogue 2024/25 is attached in the next mail.

    Best regards,
    Selin Aydın
    Export Sales | Kayseri Mobilya Bileşenleri A.Ş.

    -----Original Message-----
    From: Oliver Hughes
    Sent: 21 May 2024 10:05
    Subject: PO HH-24-0501 - runner KMB-FX500 samples

    > Hi Selin,
    > PO HH-24-0501 covers 12 sample runners KMB-FX500 only. The balance of 2,388 pcs is not
    > released and needs the EN 15338 cycle test sign-off plus a written production release from
    > me, Oliver Hughes. Material: for the 12 samples only.
    > Kind regards, Oliver
    """))
case("r25_tr_direct_mass_production", ["RG007"],
     "supplier says it will continue directly into mass production after sample approval; quoted buyer scope complete", [
    ("RE_PO_HH-24-0501_KMB-FX500.eml", E(_r25)),
])

# r26: PDF order confirmation with automatic production start
case("r26_order_confirmation_auto", ["RG007"],
     "supplier order confirmation: production 'starts automatically upon sample approval'; quoted PO note complete", [
    ("OC-24-0588_order_confirmation.pdf", pdf([
        ("h1", "FOSHAN JINLI HARDWARE CO., LTD."),
        ("h", "ORDER CONFIRMATION OC-24-0588"),
        ("p", "Customer: Nordbygg Varuhus AB, Göteborg   Customer PO: 310-44930   Date: 2024-06-04"),
        ("table", [
            ["Item", "Description", "Qty", "Status / ETD"],
            ["1", "JL-95-35-SC corner hinge 95°, sample", "30 pcs", "confirmed, ETD 2024-06-14"],
            ["2", "JL-95-35-SC corner hinge 95°, production", "6,000 pcs",
             "production will start automatically upon sample approval; ETD 5 weeks after approval"],
        ]),
        ("sp",),
        ("p", "Customer PO note (copied): 'This PO covers 30 sample hinges only. The production quantity of 6,000 pcs "
              "is not released. It is released only after the store test sign-off and a written release from Erik "
              "Sandberg, Category Manager Kök. Material: samples only.'"),
        ("p", "Packing 200 pcs/carton. Payment: production 30% T/T in advance, 70% against B/L copy."),
        ("p", "Amy Chen, Export Sales Manager"),
    ], title="OC-24-0588", author="Amy Chen")),
])

# r27: Teams, engineer says the series can roll straight on after lab thumbs-up
case("r27_teams_roll_straight_on", ["RG007"],
     "supply chain's written-release rule stated, then engineering says roll the 3,600 straight on after the lab's thumbs up", [
    ("Teams_Brandt_Ferramenta_FB-125.txt", T("""
    Microsoft Teams - chat export
    Chat: FB-125 Scharnier / hinge - Brandt Küchenwerke / Ferramenta Brianza
    Participants: Monika Hahn, Jens Weber (Brandt Küchenwerke GmbH); Marco Bellini (Ferramenta Brianza S.r.l.)
    Exported 07.06.2024 11:30

    [03.06.2024 08:40] Monika Hahn: Buongiorno Marco, PO 4500318950 is released in SAP: 36 sample hinges FB-125. The 3,600 series hinges are not released. They are released only by a written production release from me after the EN 15570 report is signed off.
    [03.06.2024 08:52] Marco Bellini: Buongiorno Monika, thank you, 36 samples in production, ready Thursday
    [06.06.2024 14:15] Marco Bellini: Samples shipped with TNT, tracking 6611 0485 22
    [06.06.2024 14:31] Jens Weber: Thanks Marco. Our lab starts the test on Monday, should take 10 days.
    [06.06.2024 14:33] Jens Weber: Once the lab gives the thumbs up on the samples you can roll the 3,600 straight on, no need for more paperwork - we are late with the pilot line anyway.
    [06.06.2024 14:40] Marco Bellini: perfetto, we prepare everything 👍
    """)),
])

# r28: WhatsApp, Vietnamese supplier assumes run after samples ok, buyer does not correct
case("r28_whatsapp_vn_run_all", ["RG007"],
     "supplier states it will run all 2.400 fronts when samples are ok; buyer's earlier scope complete, not corrected", [
    ("WhatsApp_Chat_Meblosystem_BDW.txt", T("""
    13/06/2024, 09:01 - Agnieszka Wójcik: Hello Lan, PO 2024/PO/0512 is sent. 24 sample fronts MS-F24 only. The 2,400 series fronts are not released until Piotr signs off the colour match and I send you the written release. Agnieszka Wójcik, Meblosystem
    13/06/2024, 09:20 - Nguyen Thi Lan: Hello Ms Agnieszka, well received 👍
    19/06/2024, 16:05 - Nguyen Thi Lan: 24 samples ready, ship tomorrow DHL AWB 47 1180 2251
    19/06/2024, 16:07 - Nguyen Thi Lan: When samples ok we run all 2.400 fronts next week, same like last project. Line is reserved
    19/06/2024, 17:30 - Agnieszka Wójcik: Thank you Lan, samples arrive Monday then?
    19/06/2024, 17:32 - Nguyen Thi Lan: yes Monday or Tuesday
    """)),
])

# r29: engineering equates sample approval with production approval
_r29 = mail(
    "Kevin Ortiz <kortiz@lakeshorecabinet.com>", "Emre Yıldız <emre.yildiz@bursametal.com.tr>",
    "Edge pull EP-450 - samples and timing", "Wed, 12 Jun 2024 09:15:00 -0400",
    T("""
    Hi Emre,

    Thanks for the call yesterday. Summary from my side:

    1. Per Dana's PO 77-30560 you are authorized for 20 sample edge pulls EP-450 now. The 2,980
       production pulls are not released until Dana issues the written release.
    2. Anodizing: clear, 15 micron min., per our spec LCC-AN-15.
    3. Practically speaking, approval of the samples is approval of the production run - so plan
       accordingly and start as soon as our lab approves the samples.
    4. Please add 2 spare end caps per pull in the bag.

    Best,
    Kevin Ortiz
    Product Engineering | Lakeshore Cabinet Co.
    """))
case("r29_approval_equals_production", ["RG007", "RG009"],
     "engineer: 'approval of the samples is approval of the production run' - implied auto-conversion and one word for two meanings", [
    ("Edge_pull_EP-450_samples.eml", E(_r29)),
])

# r30: supplier production plan (DOCX) with automatic phase 2
case("r30_supplier_plan_phase2", ["RG007"],
     "supplier production plan: phase 2 (4.980 pairs) starts automatically on receipt of sample approval", [
    ("ZMK_plan_produkcji_ZMK-R600.docx", docx_bytes([
        ("h1", "Plan produkcji / Production plan - ZMK-R600 for Brandt Küchenwerke"),
        ("p", "Zakład Metalowy Kalisz Sp. z o.o. - prepared by Tomasz Grabowski, 20.05.2024"),
        ("table", [
            ["Phase", "Scope", "Quantity", "Status", "Start"],
            ["1", "Samples for cycle test", "20 pairs", "in production (PO 4500318901)", "KW 21"],
            ["2", "Series", "4.980 pairs", "not released yet", "automatically on receipt of sample approval"],
        ]),
        ("sp",),
        ("p", "Phase 2 starts automatically on receipt of the sample approval from Brandt, without a further order "
              "step, to keep the pilot line date KW 30."),
        ("p", "Capacity: press line 3 (250 t), 2 shifts. Zinc plating external (Galwanizernia Ostrów), 4 days."),
        ("p", "Risks: strip steel price increase from July; plating capacity in August (holidays)."),
    ], author="Tomasz Grabowski")),
])


# ------------------------------------------------------------------ batch 5: risky 31-45

# r31: PO says 24 samples, cover mail says 30
_r31_po = pdf([
    ("h1", "Meblosystem Sp. z o.o. - Zamówienie / Purchase order 2024/PO/0530"),
    ("p", "Supplier: Foshan Jinli Hardware Co., Ltd.   Date: 2024-06-05   Buyer: Marta Kowalczyk"),
    ("table", [
        ["Line", "Article", "Description", "Qty", "Scope"],
        ["1", "JL-170-35", "Wide-angle hinge 170°, 35 mm cup, soft-close", "24 pcs", "sample"],
    ]),
    ("sp",),
    ("p", "This order covers the sample hinges only. The balance of 5,976 pcs of quotation JL-Q24-0702 is not "
          "released. It is released only after the cycle test sign-off by Piotr Zieliński (R&D) and a written "
          "release from Marta Kowalczyk, Head of Purchasing. Material: samples only."),
], title="PO 2024/PO/0530", author="Marta Kowalczyk")
_r31 = mail(
    "Marta Kowalczyk <m.kowalczyk@meblosystem.pl>", "Amy Chen <amy.chen@jinli-hardware.cn>",
    "PO 2024/PO/0530 - wide-angle hinge JL-170-35 samples", "Wed, 05 Jun 2024 13:02:00 +0200",
    T("""
    Dear Amy,

    attached is our PO 2024/PO/0530. Please make the 30 sample hinges as discussed on Monday and
    send them by DHL to our R&D in Poznań, attention Piotr Zieliński.

    Please include the material certificate for the cup (DC01) and your internal cycle test report.

    Best regards,
    Marta Kowalczyk
    Head of Purchasing | Meblosystem Sp. z o.o.
    """), attachments=[("PO_2024_PO_0530.pdf", _r31_po, PDF_MT)])
case("r31_po_24_mail_30", ["RG011"],
     "attached PO authorizes 24 sample hinges, the cover mail asks for 30", [
    ("PO_2024_PO_0530_JL-170-35.eml", E(_r31)),
])

# r32: multi-file - ERP call-off 1,200 and buyer mail referring to 1,500 under the same call-off
_r32_mail = mail(
    "Rachel Dunn <rachel.dunn@hallamhome.co.uk>", "Lucy Zhou <lucy.zhou@hexinslides.com>",
    "CO-2024-014 shipping", "Tue, 11 Jun 2024 16:48:00 +0100",
    T("""
    Hi Lucy,

    Quick one on shipping: the 1,500 released under call-off CO-2024-014 should go in two
    containers if possible, 40'HQ each, so our DC can unload on two different days. First one
    ex works week 28, second one week 29.

    Please also put the new GS1 labels on the outer cartons (template attached to the portal).

    Thanks,
    Rachel
    Rachel Dunn | Head of Sourcing | Hallam Home Ltd
    """))
case("r32_calloff_vs_mail", ["RG011"],
     "ERP call-off releases 1,200; buyer's mail about the same call-off speaks of 1,500 released", [
    ("CO-2024-014_printout.txt", T("""
    HALLAM HOME LTD                                    SUPPLIER CALL-OFF
    Sage 200 / Purchase Order Processing               Printed 04/06/2024 10:31
    ---------------------------------------------------------------------------
    Call-off no.   : CO-2024-014
    Frame agreement: FA-HH-2024-03 (annual estimate 12,000 - not a commitment)
    Supplier       : HEXIN01  Guangdong Hexin Slides Co., Ltd.
    ---------------------------------------------------------------------------
    Item       Description                        Qty    Ex works
    HX-SC500   Soft-close runner kit 500 mm      1,200   wk 28-29
    ---------------------------------------------------------------------------
    Released by this call-off: 1,200 pcs. The rest of the frame estimate is
    not released; further quantities only by the next numbered call-off,
    issued by Rachel Dunn (Head of Sourcing).
    Material authority: 1,200 units.
    ---------------------------------------------------------------------------
    """)),
    ("CO-2024-014_shipping.eml", E(_r32_mail)),
])

# r33: DOCX: table says 40 sets, text says forty-eight (48)
case("r33_docx_table_vs_words", ["RG011"],
     "PO table lists 40 showroom sets, the scope text releases forty-eight (48)", [
    ("Inkopsorder_4500219455_showroom.docx", docx_bytes([
        ("h1", "Inköpsorder / Purchase Order 4500219455"),
        ("p", "Köksgruppen Nord AB, Jönköping  -  Supplier: Bursa Metal Aksesuar A.Ş. (supplier no. 70188)"),
        ("p", "Date: 2024-05-20   Our reference: Magnus Ek   Delivery: DAP Jönköping, showroom logistics"),
        ("table", [
            ["Line", "Article", "Description", "Qty", "Scope"],
            ["10", "BM-K96-SET", "Handle set K96 (8 handles + screws), brushed brass PVD", "40 sets", "showroom"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This PO releases forty-eight (48) showroom sets for our Kök & Bad showrooms. The series quantity of "
              "2,000 sets in your quotation BM-Q-24-061 is not released. It will be released only after the range "
              "launch review sign-off on 27 June, by a written release from Magnus Ek, Category Manager Hardware. "
              "Material authority: showroom sets only."),
        ("p", "Each set in its own retail box with the showroom label (artwork in the attached file)."),
    ], author="Magnus Ek")),
])

# r34: EML thread, buyer releases 2.000 and later refers to 'my release of 2.500'
_r34 = mail(
    "Monika Hahn <m.hahn@brandt-kuechenwerke.de>", "Marco Bellini <m.bellini@ferramentabrianza.it>",
    "AW: Produktionsfreigabe FB-95 / loading dates", "Fri, 14 Jun 2024 15:30:00 +0200",
    T("""
    Dear Marco,

    as per my release of 2.500 pcs FB-95 this morning, please confirm the loading dates for the
    two trucks. Our goods receipt is closed on 28 June (inventory).

    Best regards
    Monika Hahn
    Head of Supply Chain | Brandt Küchenwerke GmbH

    -----Ursprüngliche Nachricht-----
    Von: Monika Hahn
    Gesendet: Freitag, 14. Juni 2024 09:05
    An: Marco Bellini
    Betreff: Produktionsfreigabe FB-95

    Dear Marco,

    the re-test of the damper is signed off (ISD-2024-07 closed). With this mail I release
    2.000 pcs of the 6.000 pcs FB-95 for production, release no. REL-24-052. The remaining
    4.000 pcs stay on hold until the next call-off from me. Material authority: 2.000 pcs.

    Best regards
    Monika Hahn
    """))
case("r34_thread_release_2000_2500", ["RG011"],
     "release mail names 2.000 pcs; the follow-up in the same thread refers to 'my release of 2.500 pcs'", [
    ("AW_Produktionsfreigabe_FB-95.eml", E(_r34)),
])

# r35: multi-file - release letter 1,800 vs supplier acknowledgement 1,880
_r35_ack = mail(
    "Emre Yıldız <emre.yildiz@bursametal.com.tr>", "Erik Sandberg <erik.sandberg@nordbygg.se>",
    "Acknowledgement REL-NB-2024-07 / ND-H160", "Thu, 20 Jun 2024 09:12:00 +0300",
    T("""
    Dear Erik,

    We acknowledge your production release REL-NB-2024-07 for 1,880 pcs of handle ND-H160
    (matt black). Production starts on Monday 24 June, ex works 19 July.

    The remaining quantity stays on hold as written in your letter.

    Best regards
    Emre Yıldız
    Bursa Metal Aksesuar A.Ş.
    """))
case("r35_release_vs_ack", ["RG011"],
     "release letter authorizes 1,800 pcs; supplier acknowledges the same release as 1,880 pcs", [
    ("REL-NB-2024-07_production_release.pdf", pdf([
        ("h1", "Nordbygg Varuhus AB - Production release REL-NB-2024-07"),
        ("p", "To: Bursa Metal Aksesuar A.Ş.   Date: 2024-06-18   PO: 310-44940 rev 1"),
        ("table", [
            ["Article", "Description", "Released now", "Quoted total", "Not released"],
            ["ND-H160", "Bar handle 160 mm, matt black", "1,800 pcs", "6,000 pcs", "4,200 pcs"],
        ]),
        ("sp",),
        ("p", "Basis: store test sign-off of 14 June 2024 (all three test stores). This release covers 1,800 pcs "
              "for production. The remaining 4,200 pcs are on hold until the autumn sell-through review and a "
              "further written release from Erik Sandberg. Material authority: 1,800 units."),
        ("p", "Released by: Erik Sandberg, Category Manager Kök"),
    ], title="REL-NB-2024-07", author="Erik Sandberg")),
    ("Acknowledgement_REL-NB-2024-07.eml", E(_r35_ack)),
])

# r36: Teams, 12 sample sets in the scope, later '15 sample sets as agreed'
case("r36_teams_12_then_15", ["RG011"],
     "buyer's scope says twelve (12) sample sets; later the same buyer asks for '15 sample sets as agreed'", [
    ("Teams_Koksgruppen_Ferramenta_FB-155.txt", T("""
    Microsoft Teams - chat export
    Chat: FB-155 lift-up fitting - Köksgruppen / Ferramenta Brianza
    Participants: Annika Lindqvist (Köksgruppen Nord AB), Marco Bellini (Ferramenta Brianza S.r.l.)
    Exported 2024-06-20 15:02

    [2024-06-10 10:05] Annika Lindqvist: Hi Marco! PO 4500219480 is sent: twelve (12) sample sets of the FB-155 lift-up fitting. The 588 series sets are not released until the cycle test is signed off and I send the written release. /Annika
    [2024-06-10 10:20] Marco Bellini: Ciao Annika, grazie, noted
    [2024-06-17 08:44] Marco Bellini: Small change from our R&D: new spring with 5% more force for the 900 mm fronts
    [2024-06-17 09:02] Annika Lindqvist: Good - please make sure the 15 sample sets as agreed all have the new spring.
    [2024-06-17 09:05] Marco Bellini: yes of course
    [2024-06-17 09:06] Marco Bellini: shipping 25 June
    """)),
])

# r37: supplier reads PO acceptance + deposit as the start of series production
_r37 = mail(
    "Amy Chen <amy.chen@jinli-hardware.cn>", "Marta Kowalczyk <m.kowalczyk@meblosystem.pl>",
    "RE: PO 2024/PO/0541 lift hinge JL-LH-02", "Thu, 20 Jun 2024 18:40:00 +0800",
    T("""
    Dear Marta,

    We have received your PO and the deposit, thank you. PO acceptance is confirmed in our
    system, so we start the series production of the lift hinges next Monday. The 60 samples
    will ship this Friday by DHL.

    Best regards
    Amy Chen
    Export Sales Manager | Foshan Jinli Hardware Co., Ltd.

    ------------------ Original ------------------
    From: "Marta Kowalczyk"<m.kowalczyk@meblosystem.pl>
    Date: Mon, Jun 17, 2024 11:10 AM
    Subject: PO 2024/PO/0541 lift hinge JL-LH-02

    > Dear Amy,
    > PO 2024/PO/0541 covers 60 sample lift hinges JL-LH-02 only. The balance of 5,940 pcs is
    > not released. It is released only after the cycle test sign-off by Piotr Zieliński and a
    > written release from me, Marta Kowalczyk. Material for the 60 samples only.
    > The deposit we pay this week is for the tooling.
    > Best regards, Marta
    """))
case("r37_po_acceptance_start", ["RG012"],
     "supplier treats PO acceptance and the tooling deposit as the start of series production; buyer scope complete", [
    ("RE_PO_2024_PO_0541_lift_hinge.eml", E(_r37)),
])

# r38: WhatsApp, supplier releases the batch to the floor because the LC is open
case("r38_whatsapp_lc_opened", ["RG012"],
     "supplier releases the batch to the floor because the buyer's letter of credit was opened; buyer scope complete", [
    ("WhatsApp_Chat_Lumina_Lakeshore.txt", T("""
    5/28/24, 9:12 AM - Dana Whitfield: Hi Jack, PO 77-30577 is out. 8 sample glass doors only (alu frame, reeded glass). The other 792 doors are not released until Kevin signs off the samples and I send you a written release. Our bank opens the LC for the sample and tooling value this week. Dana Whitfield, Lakeshore Cabinet
    5/28/24, 9:40 AM - Jack Wu (Lumina): Hello Dana, thank you, noted 👍
    6/4/24, 8:15 PM - Jack Wu (Lumina): Dana good news, our bank confirm the LC opened by your bank today
    6/4/24, 8:16 PM - Jack Wu (Lumina): so we release the batch to the floor tomorrow morning, glass cutting first
    6/4/24, 8:16 PM - Jack Wu (Lumina): samples ready Friday
    6/4/24, 9:02 PM - Dana Whitfield: Thanks Jack. Please send the sample pictures before packing
    """)),
])

# r39: multi-file - complete sample PO (DOCX) + proforma that starts production on advance payment
case("r39_po_and_proforma", ["RG012"],
     "sample PO complete; supplier proforma says series production starts upon receipt of the advance", [
    ("Inkopsorder_4500219502_worktops.docx", docx_bytes([
        ("h1", "Inköpsorder / Purchase Order 4500219502"),
        ("p", "Köksgruppen Nord AB, Jönköping  -  Supplier: Top Piani Veneto S.r.l. (supplier no. 70203)"),
        ("p", "Date: 2024-06-03   Our reference: Magnus Ek"),
        ("table", [
            ["Line", "Article", "Description", "Qty", "Scope"],
            ["10", "TPV-Q-CAL", "Quartz worktop Calacatta 20 mm, 600 x 400 sample", "2 pcs", "sample"],
        ]),
        ("sp",),
        ("p", "This PO covers the 2 sample worktops only. The series quantity of 300 worktops in your offer "
              "TPV-24-0390 is not released. It is released only after the colour match sign-off by our design team "
              "and a written release from Magnus Ek, Category Manager. Material: samples only."),
    ], author="Magnus Ek")),
    ("PF-TPV-24-077_proforma.pdf", pdf([
        ("h1", "Top Piani Veneto S.r.l."),
        ("p", "Via dell'Industria 7, 31033 Castelfranco Veneto (TV) - P.IVA IT 04412230261"),
        ("h", "PROFORMA INVOICE PF-TPV-24-077"),
        ("p", "Customer: Köksgruppen Nord AB, Jönköping   Reference: offer TPV-24-0390, your PO 4500219502   "
              "Date: 07.06.2024"),
        ("table", [
            ["Item", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["1", "Quartz worktop Calacatta 20 mm, 3000 x 620, polished edge", "300", "212,00", "63.600,00"],
            ["", "Advance payment 30 %", "", "", "19.080,00"],
        ]),
        ("sp",),
        ("p", "Production starts upon receipt of the 30 % advance payment. Balance 70 % before loading. "
              "Bank: Banca Popolare di Vicenza, IBAN IT60 X054 2811 1010 0000 0123 456."),
    ], title="PF-TPV-24-077", author="Top Piani Veneto")),
])

# r40: buyer writes the annual forecast as a firm commitment (EML with HTML part)
_r40_txt = T("""
    Hi Lucy,

    As promised at the review, here is our plan for 2025 for the soft-close runner kit (SKU 4408812):

      Q1  22,000    Q2  24,000    Q3  26,000    Q4  24,000    Total 96,000 kits

    Please take the 96,000 as our firm commitment for 2025 - you can plan your capacity on it.
    Quantities to produce and ship continue to be released week by week through the portal
    call-offs from me, as today.

    Cheers,
    Tom Reilly
    Replenishment Manager | BuildRite Stores plc
    """)
_r40_html = ("<html><body><p>Hi Lucy,</p><p>As promised at the review, here is our plan for 2025 for the soft-close runner "
             "kit (SKU 4408812):</p><table border='1'><tr><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Total</th></tr>"
             "<tr><td>22,000</td><td>24,000</td><td>26,000</td><td>24,000</td><td>96,000 kits</td></tr></table>"
             "<p>Please take the 96,000 as our firm commitment for 2025 - you can plan your capacity on it. "
             "Quantities to produce and ship continue to be released week by week through the portal call-offs "
             "from me, as today.</p><p>Cheers,<br>Tom Reilly<br>Replenishment Manager | BuildRite Stores plc</p>"
             "</body></html>")
_r40 = mail("Tom Reilly <tom.reilly@buildrite.co.uk>", "Lucy Zhou <lucy.zhou@hexinslides.com>",
            "2025 plan - SKU 4408812", "Mon, 17 Jun 2024 12:20:00 +0100", _r40_txt, html=_r40_html)
case("r40_plan_as_commitment", ["RG008"],
     "annual plan/forecast of 96,000 written as a 'firm commitment' to buy steel on", [
    ("2025_plan_SKU_4408812.eml", E(_r40)),
])

# r41: PDF 'forecast' presented as a binding order
case("r41_forecast_binding_order", ["RG008"],
     "quarterly sales forecast presented as a binding order", [
    ("Zamowienie_prognoza_Q3_2024.pdf", pdf([
        ("h1", "Meblosystem Sp. z o.o."),
        ("h", "ZAMÓWIENIE / ORDER - prognoza / forecast Q3 2024"),
        ("p", "To: Zakład Metalowy Kalisz Sp. z o.o.   Date: 14.06.2024   From: Marta Kowalczyk, Head of Purchasing"),
        ("table", [
            ["Article", "July", "August", "September", "Q3 total"],
            ["MS-R450 runner (pair)", "3.000", "2.500", "3.500", "9.000"],
            ["MS-R550 runner (pair)", "1.000", "1.000", "1.500", "3.500"],
        ]),
        ("sp",),
        ("p", "The quantities above are based on our sales forecast for Q3. Please treat them as our binding order "
              "for Q3 2024. Delivery dates will be given by monthly call-offs."),
        ("p", "Packing and labels as per our supplier manual v3.2."),
    ], title="Forecast Q3 2024", author="Marta Kowalczyk")),
])

# r42: HTML replenishment page - 'the forecast is what we commit to take'
case("r42_portal_replenishment", ["RG008"],
     "portal replenishment plan: forecast figures declared what the chain 'commits to take'", [
    ("BuildRite_portal_replenishment_plan.html", html_page("BuildRite supplier portal - Replenishment plan", T("""
    <h2>BuildRite Stores plc &mdash; Supplier Portal</h2>
    <p>Logged in as: <b>Kayseri Mobilya Bilesenleri A.S.</b> (vendor 20-8315)</p>
    <h3>Store replenishment plan &mdash; SKU 4410277 drawer runner 400 mm ball-bearing (pair)</h3>
    <table>
    <tr><th>Month</th><th>312 stores (forecast)</th><th>Online (forecast)</th><th>Total</th></tr>
    <tr><td>July 2024</td><td>6,200</td><td>800</td><td>7,000</td></tr>
    <tr><td>August 2024</td><td>7,400</td><td>1,100</td><td>8,500</td></tr>
    <tr><td>September 2024</td><td>6,600</td><td>900</td><td>7,500</td></tr>
    </table>
    <div class="note"><p>Message from your replenishment team: the forecast above is what we commit to take
    this quarter &ndash; plan your production on it so store availability stays above 98%.</p></div>
    <p>Delivery to DC Daventry, booking slots via the portal, ASN 48 h in advance.</p>
    <p style="color:#888">&copy; BuildRite Stores plc &middot; Supplier Portal v4.12</p>
    """))),
])

# r43: SAP delivery schedule, forecast zone declared binding purchase quantity
case("r43_sap_schedule_binding", ["RG008"],
     "delivery schedule: firm zone released, forecast zone labelled 'binding purchase quantity'", [
    ("Lieferplan_5500012233_ZMK.txt", T("""
    BRANDT KÜCHENWERKE GMBH - LIEFERPLANEINTEILUNG / DELIVERY SCHEDULE          Seite 1
    =====================================================================================
    Lieferplan     : 5500012233            Einteilung Nr.: 0026     Datum: 21.06.2024
    Lieferant      : 0000104512 Zakład Metalowy Kalisz
    Material       : 100004410 Vollauszug ZMK-R500 (Paar)
    -------------------------------------------------------------------------------------
    Zone        KW       Menge     Status
    FIX         27       1.200     Fertigung + Lieferung freigegeben / released
    FIX         28       1.200     Fertigung + Lieferung freigegeben / released
    PROGNOSE    29-32    1.300/KW  VERBINDLICHE ABNAHMEMENGE / BINDING PURCHASE QTY
    PROGNOSE    33-38    1.400/KW  VERBINDLICHE ABNAHMEMENGE / BINDING PURCHASE QTY
    -------------------------------------------------------------------------------------
    Hinweis: Production of KW 29 onward is not released by this schedule; it is released
    only by the next delivery schedule issued by M. Hahn (Head of Supply Chain). The
    forecast zone is our binding purchase quantity.
    Material authority: quantities of the FIX zone (2.400 pairs).
    =====================================================================================
    """)),
])

# r44: PDF: 'release' for a drawing release and for the production release
case("r44_drawing_and_production_release", ["RG009"],
     "one notice uses 'released' for the drawing (engineering) and for production quantities", [
    ("Release_notice_WF-FR-GR.pdf", pdf([
        ("h1", "Westfalia Küchen GmbH - Release notice"),
        ("p", "To: Stolarka Front Sp. z o.o., Kępno   Date: 19.06.2024   Ref: Bestellung 45-11935 rev 1"),
        ("table", [
            ["Item", "Status"],
            ["Drawing WF-FR-GR Rev C (graphite matt fronts)", "released - engineering release ER-24-033"],
            ["Colour master panel GR-07", "released by Design, 14.06.2024"],
            ["Production quantity", "600 fronts released"],
            ["Remaining quantity", "594 fronts - not released"],
        ]),
        ("sp",),
        ("p", "Drawing WF-FR-GR Rev C is released and replaces Rev B (edge radius 1,5 mm instead of 1 mm). "
              "600 fronts are released for production under Bestellung 45-11935 rev 1. The remaining 594 fronts are "
              "on hold until the pilot kitchens have been assembled and a further written release is issued by "
              "Birgit Sommer (Einkauf). Material authority: 600 fronts."),
        ("p", "Birgit Sommer, Einkauf"),
    ], title="Release notice WF-FR-GR", author="Birgit Sommer")),
])

# r45: mail asks for 'a dozen' sample doors, attached PO says 10
_r45_po = pdf([
    ("h1", "Hallam Home Ltd - PURCHASE ORDER HH-24-0533"),
    ("p", "Supplier: Binh Duong Woodcraft JSC   Date: 24 June 2024   Buyer: Oliver Hughes"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Scope"],
        ["1", "HH-DR-SAGE-S", "Shaker door 'Sage', 715 x 497, matt lacquer", "10 pcs", "sample"],
    ]),
    ("sp",),
    ("p", "This PO covers the sample doors only. The 990 series doors in your quotation BDW-Q-24-118 are not released. "
          "They are released only after Sophie Grant (Head of Design) signs off the colour and profile, by a "
          "written release from Oliver Hughes. Material: samples only."),
], title="PO HH-24-0533", author="Oliver Hughes")
_r45 = mail(
    "Oliver Hughes <oliver.hughes@hallamhome.co.uk>", "Nguyen Thi Lan <lan.nguyen@binhduongwoodcraft.vn>",
    "PO HH-24-0533 Sage shaker doors - samples", "Mon, 24 Jun 2024 10:12:00 +0100",
    T("""
    Hi Lan,

    Hope all is well in Binh Duong. PO HH-24-0533 is attached - please make a dozen sample doors
    in Sage for the showroom and for Sophie's review, same profile as the showroom sets last month.

    Could you also send two spare hinge cup borings on an offcut so our fitters can check the
    drilling?

    Thanks a lot,
    Oliver
    Oliver Hughes | Category Buyer | Hallam Home Ltd
    """), attachments=[("PO_HH-24-0533.pdf", _r45_po, PDF_MT)])
case("r45_dozen_vs_ten", ["RG011"],
     "cover mail asks for 'a dozen' sample doors; the attached PO authorizes 10", [
    ("PO_HH-24-0533_Sage_doors.eml", E(_r45)),
])


# =================================================================== MAIN
def _fmt_of(fn):
    return fn.rsplit(".", 1)[-1].lower()


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(133133).shuffle(order)
    labels = {}
    for idx, ci in enumerate(order, 1):
        c = CASES[ci]
        stem = re.sub(r"[^A-Za-z0-9]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h133_{idx:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    per_rule = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            per_rule[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multi}")
    for r, n in per_rule.items():
        print(f"  {r}: {n}")
    fmt_files, fmt_cases = {}, {}
    for c in CASES:
        here = set()
        for fn, _ in c["files"]:
            f = _fmt_of(fn)
            fmt_files[f] = fmt_files.get(f, 0) + 1
            here.add(f)
        for f in here:
            fmt_cases[f] = fmt_cases.get(f, 0) + 1
    print("  top-level files per format:", dict(sorted(fmt_files.items())))
    print("  cases per format (top-level):", dict(sorted(fmt_cases.items())))
    print("  multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    main()
