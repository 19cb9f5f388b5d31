#!/usr/bin/env python3
"""Generator for the releasegate check_holdout50 corpus.

Musical instruments and pro-audio: guitar, drum, piano and speaker brands (US, UK, Germany,
Japan) buying bodies, necks, shells, hardware, cones, cabinets and cases from factories and
workshops in Indonesia, China, Mexico, Czechia and Italy.

Run with the throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout50/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode, DOCX zip times).
The renderer helpers are copied from check_holdout3/build.py; every case below was written
independently for this corpus.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import textwrap
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
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


def T(s):
    """dedent a triple-quoted block and drop the first newline"""
    return textwrap.dedent(s).lstrip("\n")


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
    m["Message-ID"] = msgid or f"<h50-{_MSGN[0]:04d}@{dom}>"
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
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h50")
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
    """a signature without the legal footer (small shops, mobile mail)"""
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"


def quote(text, level=1):
    """quote a block the way mail clients do in a reply"""
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.rstrip("\n").split("\n")) + "\n"


def simple_html(text):
    """a plain HTML alternative for a text mail body: paragraphs split on blank lines"""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


# =================================================================== CLEAN
# c01: supplier quote with a proto tier and a production tier, nothing authorized -> clean
case("c01_quote_tiers", [], "supplier quote alone: proto and production tiers, no authorized quantity, deposit not tied to production", [
    ("cotizacion_MF-Q-24-031.pdf", pdf([
        ("h1", "MADERAS FINAS DE PARACHO S.A. de C.V."),
        ("p", "Calle Morelos 118, Paracho de Verduzco, Michoacan, Mexico - RFC MFP0907153K2 - ventas@maderasfinas.mx"),
        ("h", "COTIZACION / QUOTATION  MF-Q-24-031"),
        ("p", "Fecha / Date: 22 April 2024    Valid until: 21 June 2024"),
        ("p", "Cliente / Customer: Bluebird Hollow Guitars LLC, 40 Riverside Dr, Asheville NC 28801, USA. "
              "Attn: Caroline Pierce, Operations Manager."),
        ("p", "Part: BH-00 parlor body, solid Spanish cedar top (AA), Indian rosewood back & sides, "
              "mahogany neck block, per your drawing BH-00-B-07 rev F. Bracing: scalloped X, hand-voiced."),
        ("table", [
            ["Tier", "Quantity", "Unit price USD", "Lead time"],
            ["Proto bodies (hand-built, unfinished)", "6 pcs", "95.00", "5 weeks after order"],
            ["Production bodies", "1,200 pcs", "58.50", "10 weeks after your written production order"],
            ["Bending mould, BH-00 outline (one-off)", "1", "1,450.00", "with protos"],
        ]),
        ("sp",),
        ("p", "Notes: prices FCA Morelia airport, export packing included (cartons of 4 bodies, "
              "humidity-controlled bags). Wood is kiln-dried to 6-8% MC and acclimatised 3 weeks in our shop. "
              "Production price assumes release in lots of at least 200 bodies."),
        ("p", "Payment: 30% deposit with order, 70% before shipment, by wire to Banorte account on file. "
              "Quantities and prices above are a quotation only and do not constitute an order."),
        ("p", "Gracias por la confianza. - Ernesto Vidal, Director Comercial"),
    ], pagesize=LETTER, title="Cotizacion MF-Q-24-031", author="Maderas Finas de Paracho")),
])

# c02: supplier asks whether it may start the production bodies (a question, not an approval)
_c02_pl = T("""
    PT KAYU NADA INDONESIA                      PACKING LIST  PL-KN-24-0611
    Jl. Rungkut Industri III No. 21, Surabaya 60293, Indonesia

    Consignee : Halvorsen Guitar Co., 1200 Division St, Nashville TN 37203, USA
    Ref       : your PO 4500031877 / our SO KN-SO-24-207
    Carrier   : DHL Express  AWB 4471 2290 53

    CTN  CONTENT                                   QTY   N.W. KG  G.W. KG  DIM CM
    1/2  HG-T proto body, mahogany, CAR gloss       10     17.5     19.0   62x48x30
    2/2  HG-T proto body, mahogany, CAR gloss       10     17.5     19.0   62x48x30
         TOTAL                                      20     35.0     38.0

    HS code 9209.92 (parts of guitars). Country of origin: Indonesia.
    """)
_c02_txt = T("""
    Dear Megan,

    Good news - the 20 proto bodies for the HG-T offset left our factory this afternoon with DHL,
    AWB 4471 2290 53, ETA Nashville Tuesday 11 June. Packing list attached.

    Finish came out very nice, the Candy Apple Red has good depth and the buff is clean. We kept
    the neck pocket at the tighter CAD dimension like Travis asked; please check two or three bodies
    with your bolt-on neck blanks when they arrive.

    One question from our planning team: do we have your go-ahead for the 480 production bodies
    now, or do you want to check the protos first? Our mahogany stock is for the protos only and we
    will not start anything or buy wood for the 480 until you tell us in writing. Just want to book
    the CNC time early if possible, the line is filling up for August.

    Terima kasih and best regards,
    Hendra
    """) + sig("Hendra Wijaya", "Marketing Manager", "PT Kayu Nada Indonesia", "+62 31 8470 2215")
case("c02_question_goahead", [], "supplier question whether it may start the 480; supplier holds material; no authorization in bundle", [
    ("shipment_protos_HG-T.eml", eml_bytes(mail(
        "Hendra Wijaya <hendra.w@kayunada.co.id>", "Megan Tully <mtully@halvorsenguitars.com>",
        "HG-T proto bodies shipped - AWB 4471 2290 53", "Thu, 06 Jun 2024 16:42:00 +0700", _c02_txt,
        attachments=[("PL-KN-24-0611.txt", _c02_pl, "text/plain")]))),
])

# c03: rolling forecast clearly labelled as not an order
_c03_rows = "".join(
    f"<tr><td>{m}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>\n"
    for m, a, b, c in [
        ("Jul 2024", "1,200", "600", "0"), ("Aug 2024", "1,400", "600", "300"),
        ("Sep 2024", "1,600", "800", "300"), ("Oct 2024", "2,000", "800", "500"),
        ("Nov 2024", "2,200", "1,000", "500"), ("Dec 2024", "900", "400", "200"),
    ])
case("c03_forecast_labelled", [], "rolling forecast clearly labelled not an order, no authorization", [
    ("brightwater_forecast_H2-2024.html", html_page("Brightwater Audio - supplier forecast H2 2024", f"""
<h2>Brightwater Audio Ltd &mdash; Supplier forecast H2 2024</h2>
<p>Supplier: Dongguan Hengsheng Acoustic Co., Ltd &middot; Issued: 3 June 2024 &middot; Issued by: Gemma Shaw, Purchasing Manager</p>
<div class="note"><b>FORECAST &ndash; NOT AN ORDER.</b> These figures are for your capacity planning only. They do not
authorize production and do not authorize any material purchase. Orders and production releases follow
separately, in writing, per part number.</div>
<table>
<tr><th>Month</th><th>BW-8 cone (pcs)</th><th>BW-10 cone (pcs)</th><th>BW-12 cone (pcs)</th></tr>
{_c03_rows}</table>
<p>Compared with the May forecast, BW-10 moves up by roughly 15% from September because of the new
touring cabinet. The BW-12 figures depend on the festival season and may drop to zero.</p>
<p>Questions to <a href="mailto:gshaw@brightwater-audio.co.uk">gshaw@brightwater-audio.co.uk</a>. Thanks, and
congratulations on the new pulp-moulding line!</p>
""")),
])

# c04: full-quantity repeat PO, "proceed with the 150", no balance
case("c04_full_qty_po", [], "full-quantity repeat PO (150 shells), proceed is scoped to the 150, no balance exists", [
    ("TD-PO-24-0455.pdf", pdf([
        ("h1", "THAMESFORD DRUMS LTD - PURCHASE ORDER"),
        ("p", "Unit 7, Lea Valley Trading Estate, London N18 3QX, United Kingdom. VAT GB 284 1177 60"),
        ("table", [
            ["PO number", "TD-PO-24-0455", "Date", "20 May 2024"],
            ["Supplier", "Tonwerk Luby s.r.o., Luby, CZ", "Supplier no.", "V-10233"],
            ["Buyer", "Olivia Grant", "Incoterm", "FCA Luby (Incoterms 2020)"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["1", "TS-1455-14", "Snare shell 14x5.5, maple 10-ply 7.2 mm, 45 deg edges, snare beds per DRG TS-14-02 rev 4", "150", "38.20", "5,730.00"],
        ]),
        ("sp",),
        ("p", "This is a repeat order for an established part. This PO covers the full quantity of 150 "
              "shells; there is no sample stage and no further balance. Please proceed with the 150 "
              "shells. Delivery in three lots of 50: weeks 27, 29 and 31."),
        ("p", "Quality: supplier certified to ISO 9001:2015; CoC with each lot. Shells to be wrapped "
              "individually, max. 10 per carton. Moisture content 8-10% at dispatch."),
        ("p", "Payment 60 days from invoice. Our standard terms of purchase (TD-T&C-2023) apply."),
        ("p", "Olivia Grant, Buyer - Thamesford Drums Ltd"),
    ], title="TD-PO-24-0455", author="Thamesford Drums")),
])

# c05: explicit recorded auto-conversion naming quantity, signer, conditions
case("c05_autoconversion_recorded", [], "explicit recorded auto-conversion (196 sets, signer Kenji Sato, deadline); 4 samples active; clean", [
    ("KG-24-0142_order_letter.docx", docx_bytes([
        ("h1", "Kurosawa Gakki Co., Ltd. - Order letter KG-24-0142"),
        ("p", "To: CV Jati Suara, Jl. Raya Tahunan Km 4, Jepara, Jawa Tengah, Indonesia - Attn. Pak Slamet"),
        ("p", "From: Hiroshi Tanaka, Product Manager Pianos, Kurosawa Gakki Co., Ltd., Hamamatsu"),
        ("p", "Date: 6 May 2024"),
        ("p", "Subject: KU-121 upright piano - cabinet side panel sets, teak veneer, satin finish (chip KG-C-07)"),
        ("h", "1. Active quantity"),
        ("p", "This order covers four (4) finish sample panel sets now. Please buy veneer and lacquer for these "
              "4 sets only."),
        ("h", "2. Balance"),
        ("p", "The remaining 196 panel sets are not released. The 196 sets are a firm quantity."),
        ("h", "3. Auto-conversion (recorded agreement AC-2024-07)"),
        ("p", "This agreement was entered in our order file on 6 May 2024. If Mr. Kenji Sato, Head of Product, "
              "signs the finish sample report for the 4 sets as \"accepted\" on or before 30 June 2024, that "
              "signature releases the 196 panel sets for production without any further document. You will "
              "receive a copy of the signed report the same day."),
        ("p", "If the report is not signed by 30 June 2024, or is signed \"rejected\" or \"interim\", nothing beyond "
              "the 4 sample sets is released, and the 196 sets stay on hold until a written release signed by "
              "Mr. Sato."),
        ("h", "4. Delivery"),
        ("table", [
            ["Item", "Qty", "Delivery", "Remark"],
            ["Finish sample panel set KU-121-SP", "4 sets", "FOB Semarang, by 7 June 2024", "one set per carton, corner guards"],
            ["Production panel set KU-121-SP", "196 sets", "per section 3", "not released today"],
        ]),
        ("p", "Terima kasih, Pak Slamet. We look forward to seeing the new spray room in July."),
        ("p", "Hiroshi Tanaka"),
    ], author="Hiroshi Tanaka")),
])

# c06: PI for samples: deposit does not release production, production qty for reference
case("c06_pi_deposit_no_release", [], "supplier PI: payment does not release production, production qty marked reference only", [
    ("NY-PI-240520.pdf", pdf([
        ("h1", "NINGBO YUEFENG MUSICAL HARDWARE CO., LTD."),
        ("p", "No. 66 Xinggang Road, Beilun District, Ningbo, Zhejiang 315800, China. Tel +86 574 8611 2090"),
        ("h", "PROFORMA INVOICE  NY-PI-240520"),
        ("table", [
            ["Buyer", "Thamesford Drums Ltd, London, UK", "Date", "2024-05-20"],
            ["Your ref", "Olivia Grant / Heritage lugs", "Terms", "100% T/T in advance"],
        ]),
        ("sp",),
        ("table", [
            ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "Sample tube lug set TL-22, chrome, for 14in snare (10 lugs + screws)", "3 sets", "12.00", "36.00"],
            ["2", "Sample tooling (die-cast mould modification, TL-22)", "1", "400.00", "400.00"],
            ["", "TOTAL", "", "", "436.00"],
        ]),
        ("sp",),
        ("p", "Remark 1: The production quantity of 2,000 sets in our quotation NY-Q-2405-03 is shown there for "
              "price reference only and is not part of this PI."),
        ("p", "Remark 2: Payment of this PI does not release production. Mass production only starts on your "
              "written production release."),
        ("p", "Bank: Bank of China Ningbo Branch, SWIFT BKCHCNBJ92A, A/C 3587 2210 0091. Please state PI no."),
        ("p", "Tony Zhang, Export Sales"),
    ], title="NY-PI-240520", author="Ningbo Yuefeng")),
])

# c07: ERP call-off with explicit staged material authority above released quantity
case("c07_calloff_staged_material", [], "call-off releases 120 (480 cumulative), explicit staged material authority up to 600, balance held to next call-off by named person", [
    ("abruf_4510-2240-04.txt", T("""
        KLANGWERK LAUTSPRECHER GMBH            ABRUF / CALL-OFF          NO. 4510-2240-04
        Billbrookdeich 210, 22113 Hamburg      DATUM / DATE: 2024-07-01   SEITE 1/1

        LIEFERANT / SUPPLIER : HRADEC AKUSTIK S.R.O., Pilnackova 1180, Hradec Kralove, CZ
        LIEF.-NR.            : 700418
        EINKAEUFER / BUYER   : J. PETERSEN  TEL +49 40 7312 0-44

        MATERIAL   : KW-S15-CAB   SUBWOOFER CABINET 15IN, BIRCH 18MM, BLACK PU, DRG KW-S15-100 REV 7
        RAHMENVERTRAG / BLANKET ORDER        : 4510-2240    TOTAL   1.200 ST
        ----------------------------------------------------------------------------------
        THIS CALL-OFF RELEASES               :    120 ST   DELIVERY KW 32/2024
        RELEASED CUMULATIVE (CALL-OFF 01-04) :    480 ST
        NOT RELEASED (BALANCE)               :    720 ST   ON HOLD UNTIL THE NEXT CALL-OFF,
                                                           SIGNED BY J. BRANDT (HEAD OF SUPPLY CHAIN)
        MATERIAL AUTHORITY                   : STAGED - BIRCH PLY, PU PAINT AND HANDLES FOR UP TO
                                               600 ST CUMULATIVE AT BUYER LIABILITY (COVERS
                                               CALL-OFF 05). NO MATERIAL BEYOND 600 ST.
        ----------------------------------------------------------------------------------
        PACKING    : 1 CABINET PER CARTON, 12 CARTONS PER PALLET (EUR 1200X800), LABEL PER VDA 4902
        QUALITY    : EN ISO 9001:2015, FIRST-OFF CHECK REPORT WITH EACH CALL-OFF
        INCOTERM   : FCA HRADEC KRALOVE (INCOTERMS 2020)

        GEZ. / SIGNED: J. BRANDT, HEAD OF SUPPLY CHAIN
        """)),
])
# c08: scoped approval of a finish sample, explicit not a production release
_c08_txt = T("""
    Hola Ernesto,

    Thanks for sending finish sample #2 so quickly - it arrived Monday and the whole team crowded
    around it at lunch.

    Decision on the finish: sample #2 (tobacco burst, nitro, thin clear coat) is approved for colour
    and grain fill only. This is not a production release.

    Where we stand:
    - The dozen finish samples on PO 4500032044 (twelve bodies) remain the only released quantity.
    - The 588 production bodies stay on hold. I will issue the written production release for them
      myself, after the artist sign-off at our Nashville showcase on 20 July.
    - Until then please keep material to the twelve sample bodies.

    Two small things for the remaining finish samples: the burst edge on #2 is a touch wide on the
    treble side (see photo 3), and the binding scrape left a faint amber line near the cutaway.
    Otherwise, chef's kiss.

    Saludos,
    Rachel
    """) + sig("Rachel Brooks", "Director of Product", "Halvorsen Guitar Co.", "+1 615 555 0182")
case("c08_scoped_finish_ok", [], "finish sample approved for colour/grain fill only, not a production release; 12 active, 588 on hold, written release by Rachel Brooks after artist sign-off", [
    ("finish_sample_2_tobacco_burst.eml", eml_bytes(mail(
        "Rachel Brooks <rbrooks@halvorsenguitars.com>", "Ernesto Vidal <ernesto@maderasfinas.mx>",
        "HG-J finish sample #2 - decision", "Wed, 15 May 2024 11:05:00 -0500", _c08_txt,
        html=simple_html(_c08_txt), cc="Megan Tully <mtully@halvorsenguitars.com>"))),
])

# c09: supplier acknowledgement restating the scope, buyer scope quoted underneath
_c09_orig = T("""
    Dear Cherry,

    PO BW-PO-1203 is attached. It covers 40 sample cones for the BW-10 woofer (paper cone, 10in,
    ribbed, black). The 7,960 production cones in your quote HS-Q-24-055 are not released. They are
    released only in writing by me, after Oliver Hayes has signed off the 40 samples in our listening
    test. Material: pulp and surrounds for the 40 samples only, please.

    Best,
    Gemma Shaw
    Purchasing Manager, Brightwater Audio Ltd
    """)
_c09_txt = T("""
    Dear Gemma,

    Thank you for PO BW-PO-1203. We acknowledge the scope as written:

    1. 40 pcs sample cones BW-10 only, ship by air 28 June.
    2. The 7,960 production cones are not released. We will not plan or start them.
    3. We buy paper pulp and surrounds for the 40 samples only.
    4. The production cones are released only by your written release after Mr. Hayes signs off
       the samples.

    The sample mould is already on the press and the first shots look good; we will send the
    Thiele-Small data for 5 pcs with the shipment.

    Best regards,
    Cherry Liu
    Sales Manager, Dongguan Hengsheng Acoustic Co., Ltd
    Tel +86 769 2266 3051

    On Mon, 10 Jun 2024 at 09:14, Gemma Shaw <gshaw@brightwater-audio.co.uk> wrote:
    """) + quote(_c09_orig)
case("c09_ack_restates_scope", [], "supplier acknowledgement restates 40-sample scope, hold, material, unlock by named buyer; quoted buyer scope consistent", [
    ("RE_PO_BW-PO-1203.eml", eml_bytes(mail(
        "Cherry Liu <cherry.liu@hengsheng-acoustic.cn>", "Gemma Shaw <gshaw@brightwater-audio.co.uk>",
        "RE: PO BW-PO-1203 - BW-10 sample cones", "Tue, 11 Jun 2024 10:31:00 +0800", _c09_txt,
        in_reply_to="<po-bw-1203@brightwater-audio.co.uk>"))),
])

# c10: ERP PO printout full of identifiers that look like quantities
case("c10_erp_identifiers", [], "sample PO with identifiers resembling quantities (DWG 2500-118 REV 12, hall 1200, ISO 2768-mK); all four scope items present", [
    ("bestellung_4711-0150.txt", T("""
        HARTMANN GITARREN GMBH                 PURCHASE ORDER / BESTELLUNG 4711-0150        PAGE 1/1
        Klingenthaler Str. 41, 08258 Markneukirchen          DATE 2024-05-27   CURRENCY EUR

        VENDOR : 300877  SUZHOU TIANYIN PICKUP CO., LTD., 18 Suhong Rd, SIP, Suzhou, CN
        BUYER  : K. SCHULZ  +49 37422 4471-20   PAYMENT: 30 DAYS NET   INCOTERM: FCA SHANGHAI

        POS  MATERIAL   DESCRIPTION                                   QTY  UOM   PRICE     VALUE
        ---- ---------- --------------------------------------------- ---- ---- -------- --------
        0010 1000-0650  PICKUP COVER NICKEL SILVER 50MM                 12  ST       3,80    45,60
                        DWG 2500-118 REV 12, TOL ISO 2768-mK, M2x0.4
        0020 1000-0651  HUMBUCKER SAMPLE, ALNICO 2, 8K2 OHM NECK        12  ST      24,50   294,00
                        DWG 2500-120 REV 5, 4-CONDUCTOR, 1000MM LEAD
        ---- ---------- --------------------------------------------- ---- ---- -------- --------
                                                                      TOTAL EUR            339,60

        NOTE: SAMPLE ORDER. ACTIVE QTY: 12 COVERS + 12 PICKUPS (POS 0010/0020) ONLY.
              SERIES QTY 2.400 ST PER YEAR IS A FORECAST AND IS NOT RELEASED.
              THE SERIES QTY IS RELEASED ONLY BY A WRITTEN RELEASE FROM K. SCHULZ (HEAD OF
              PURCHASING) AFTER SAMPLE SIGN-OFF IN HALL 1200 (INCOMING INSPECTION).
              MATERIAL: FOR THE 12 + 12 SAMPLES ONLY.
        DELIVERY: KW 26/2024 TO WAREHOUSE GATE 3. ROHS 2011/65/EU DECLARATION REQUIRED.
        """)),
])

# c11: buyer reply correcting a quoted supplier assumption of auto-conversion
_c11_prev = T("""
    Hola Luis,

    The 6 proto cabinets are in tolex now, they look amazing in the oxblood. Once you approve the
    protos we'll roll straight into the main batch so we don't lose the slot on the spray line.

    Saludos,
    Paola
    """)
_c11_txt = T("""
    Paola,

    Thanks - love the photos. But please don't roll into anything yet.

    Sample sign-off on the protos releases nothing by itself. The 6 proto cabinets are the only
    released quantity on PO CC-24-118. The 594 production cabinets stay on hold until Dana Kim
    (Ops Director) sends you a written production release, and she will only do that after we've
    signed off the protos here in Austin. Material stays at the 6 protos too.

    If the spray-line slot is the problem, tell me the latest date you need the release to keep
    it, and I'll see what Dana can do.

    Luis
    """) + sig("Luis Garza", "Product Manager", "Cask & Crown Amplification", "+1 512 555 0147") + \
    "\nOn Thu, May 23, 2024 at 6:12 PM Paola Mendez <pmendez@ensamblestj.mx> wrote:\n" + quote(_c11_prev)
case("c11_reply_corrects_assumption", [], "buyer reply rejects supplier's quoted auto-roll assumption; 6 active, 594 on hold, written release by Dana Kim after sign-off", [
    ("RE_protos_oxblood.eml", eml_bytes(mail(
        "Luis Garza <lgarza@caskandcrown.com>", "Paola Mendez <pmendez@ensamblestj.mx>",
        "RE: protos oxblood - spray line", "Fri, 24 May 2024 08:40:00 -0500", _c11_txt,
        in_reply_to="<7781.paola@ensamblestj.mx>"))),
])

# c12: interim sample disposition with quantity and date limits, written release by named person
case("c12_interim_disposition", [], "interim disposition limited to 200 pcs/31 July, 200 released by named Technical Director, 1,800 on hold pending full sign-off and written release", [
    ("WP_disposition_hammer_shanks.docx", docx_bytes([
        ("h1", "Weiland Pianos GmbH - Sample disposition and production release"),
        ("p", "Supplier: Tonwerk Luby s.r.o., Luby, Czech Republic. Order: WP-24-0207. Part: WH-SH-05 hammer shank "
              "assembly (hornbeam shank, maple flange, bushing cloth 1.2 mm)."),
        ("table", [
            ["Field", "Entry"],
            ["Samples received", "30 assemblies, 29 April 2024"],
            ["Disposition", "INTERIM"],
            ["Limits", "200 assemblies, valid until 31 July 2024"],
            ["Reason", "Flange bushing friction 4-6 g (spec 2-5 g) on 7 of 30; acceptable for first lot while the "
                       "supplier changes the bushing cloth batch"],
            ["Production release", "PR-WP-24-011: 200 assemblies released for production"],
            ["Signed", "Dr. Anja Krueger, Technical Director, 6 May 2024"],
        ]),
        ("sp",),
        ("p", "The remaining 1,800 assemblies of the order are not released. They stay on hold until a full "
              "sample sign-off on new samples with the changed bushing cloth and a further written release "
              "signed by Dr. Krueger."),
        ("p", "Please mark the 200 interim assemblies with a yellow dot on the carton and list the bushing cloth "
              "batch number on the delivery note."),
        ("p", "Leipzig, 6 May 2024 - Stefan Roth, Buyer, on behalf of Dr. Anja Krueger"),
    ], author="Stefan Roth")),
])

# c13: three-file bundle: cover mail, sample PO, supplier quote declared for information
_c13_po = pdf([
    ("h1", "REDLINE DRUM WORKS - PURCHASE ORDER RDW-1460"),
    ("p", "2231 SE Division St, Portland OR 97202, USA - purchasing@redlinedrums.com"),
    ("table", [
        ["Vendor", "Ningbo Yuefeng Musical Hardware Co., Ltd.", "Date", "May 28, 2024"],
        ["Buyer", "Tony Russo", "Ship via", "Air, FCA Ningbo"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
        ["1", "RD-LUG-T2", "Tube lug set, satin black, 8 lugs + swivel nuts (sample)", "15 sets", "14.00", "210.00"],
    ]),
    ("sp",),
    ("p", "SCOPE: This PO covers the 15 sample lug sets on line 1 and nothing else. The 3,000 sets in "
          "quotation NY-Q-2405-20 are for information only and are not released. They are released only by "
          "a written release from Jess Parker, Product Manager, after sample sign-off in Portland. "
          "Material authority: sample-only (material for the 15 sets)."),
    ("p", "Finish to match chip RD-SB-02. Thread M5x0.8, tension rod receivers brass. Country of origin marking "
          "on each bag."),
], pagesize=LETTER, title="RDW-1460", author="Redline Drum Works")
_c13_quote = pdf([
    ("h1", "QUOTATION NY-Q-2405-20"),
    ("p", "Ningbo Yuefeng Musical Hardware Co., Ltd. - to Redline Drum Works, attn. Tony Russo - 2024-05-14"),
    ("table", [
        ["Item", "Qty", "Unit USD", "Lead time"],
        ["RD-LUG-T2 sample sets", "15 sets", "14.00", "3 weeks"],
        ["RD-LUG-T2 production sets", "3,000 sets", "6.85", "45 days after production order"],
        ["Powder-coat jig", "1", "260.00", "with samples"],
    ]),
    ("p", "Price basis FCA Ningbo, validity 90 days. Satin black powder coat per RD-SB-02."),
], title="NY-Q-2405-20", author="Ningbo Yuefeng")
_c13_txt = T("""
    Hi Tony (Zhang),

    PO RDW-1460 for the 15 sample lug sets is attached, along with your quote NY-Q-2405-20 for
    our AP folks - the quote is attached for information only.

    Jess will be in Ningbo the week of July 8 for the hoop tooling, she'd love to see the powder
    line while she's there.

    Thanks,
    Tony Russo
    """) + sig("Tony Russo", "Purchasing", "Redline Drum Works", "+1 503 555 0166")
case("c13_bundle_po_quote_mail", [], "three-file bundle: sample PO with full scope, quote's 3,000 declared informational and not released", [
    ("mail_RDW-1460.eml", eml_bytes(mail(
        "Tony Russo <trusso@redlinedrums.com>", "Tony Zhang <tony.zhang@yuefeng-hw.com>",
        "PO RDW-1460 - sample lug sets", "Tue, 28 May 2024 14:10:00 -0700", _c13_txt))),
    ("PO_RDW-1460.pdf", _c13_po),
    ("NY-Q-2405-20.pdf", _c13_quote),
])

# c14: WhatsApp, Indonesian-English, clean scope
case("c14_chat_id_clean", [], "chat: 15 samples only, bal. 485 not released, material for 15, written release by Sarah Lin after NAMM sign-off; supplier confirms", [
    ("whatsapp_gema_mandiri_sarah.txt", T("""
        [03/06/24 08:02:17] Sarah Lin: Pagi Pak Budi! PO 4500032231 sudah saya email ya
        [03/06/24 08:02:49] Sarah Lin: Just to be super clear: PO itu buat 15 sample bodies aja ya (HG-J, alder, 3-piece). bal. 485 belum release, jangan mulai dulu 🙏
        [03/06/24 08:03:30] Pak Budi: Pagi bu Sarah 🙏 siap
        [03/06/24 08:04:02] Sarah Lin: Kayu alder cuma untuk 15 itu ya pak. The 485 are released only when I send a written release, after our sign-off at NAMM
        [03/06/24 08:05:11] Pak Budi: Siap bu. 15 sample dulu. 485 tunggu release tertulis dari ibu Sarah. Kayu alder stok ada utk 15, tidak beli lagi
        [03/06/24 08:05:40] Sarah Lin: 👍 mantap
        [03/06/24 08:07:15] Pak Budi: finishing sama kaya chip HG-C-12 seafoam?
        [03/06/24 08:07:52] Sarah Lin: yes seafoam HG-C-12, gloss. neck pocket per CAD rev E
        [03/06/24 08:08:20] Pak Budi: ok bu. kirim akhir Juni via DHL
        [03/06/24 08:09:01] Sarah Lin: perfect, makasih pak! salam buat tim finishing
        """)),
])
# c15: buyer portal order confirmation, full quantity, no balance
case("c15_portal_full_qty", [], "full-quantity order of 250 gig bags released for production, no further balance", [
    ("kestrel_order_KA-24-0377.html", html_page("Kestrel supplier portal - order KA-24-0377", """
<h2>Kestrel Amplification Ltd &mdash; Supplier portal</h2>
<p>Supplier: <b>Astucci Marche Srl</b>, Via Adriatica 52, 60022 Castelfidardo (AN), Italia &middot; Contact: Chiara Santini</p>
<h3>Order KA-24-0377 &mdash; KA-GB1 padded gig bag for KA-Micro head</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit EUR</th><th>Delivery</th></tr>
<tr><td>1</td><td>KA-GB1</td><td>Gig bag, 1000D nylon, 15 mm foam, embroidered logo, YKK #10 zip</td><td>250</td><td>17,40</td><td>CW 30 / 2024</td></tr>
</table>
<div class="note">Released for production: <b>250 pcs</b>. This is the full order quantity. It is a repeat of
order KA-23-0912; there is no sample stage and no further balance on this order.</div>
<p>Packing: 10 bags per carton, cartons max. 12 kg. Labels with our SKU and EAN 5060123 44017 2 on each bag.</p>
<p>Invoice to accounts@kestrel-amps.co.uk quoting the order number. Payment 60 days end of month.</p>
<p style="color:#777">Issued by Priya Nair, Senior Buyer &middot; 14 June 2024 &middot; portal ref 0037712</p>
""")),
])

# c16: Japanese-English pilot run release, sample evaluation scoped, clean
_c16_txt = T("""
    Dear Cherry-san,

    Thank you very much for the 5 acoustic samples of SO-B6. Our evaluation result is below.

    1. Sample evaluation: acoustic result OK (frequency response within +/-1.5 dB of golden
       sample, THD OK). This result is for the samples only. It is not production.
    2. Pilot run: 50 pcs are released now, PO SO-24-0601 line 2. Please make only the 50 pilot pcs.
       Material for the 50 pilot pcs only, please.
    3. Balance 950 pcs: not released. These 950 pcs are released only by my written release, after
       the pilot lot passes incoming acceptance at our Osaka warehouse.
    4. Cabinet colour: walnut veneer, same as chip SO-WN-3. Grille cloth: charcoal, no logo.

    Please send the pilot lot by sea, LCL, with inspection report (AQL 1.0).

    Best regards,
    Takahashi Ryo
    Procurement Manager, Sakura Onkyo K.K.
    2-14-8 Minamisenba, Chuo-ku, Osaka 542-0081
    """)
case("c16_pilot_release_jp", [], "Japanese-English: sample evaluation scoped, 50 pilot released, 950 on hold until pilot acceptance and written release by Takahashi", [
    ("SO-B6_sample_result_pilot.eml", eml_bytes(mail(
        "Takahashi Ryo <r.takahashi@sakura-onkyo.co.jp>", "Cherry Liu <cherry.liu@hengsheng-acoustic.cn>",
        "SO-B6 sample evaluation result and pilot run", "Mon, 17 Jun 2024 10:20:00 +0900", _c16_txt,
        html=simple_html(_c16_txt)))),
])

# c17: Spanish-English mail with DOCX order letter attached, cajon samples
_c17_docx = docx_bytes([
    ("h1", "Redline Drum Works - Order letter RDW-1471"),
    ("p", "To: Maderas Finas de Paracho S.A. de C.V. - Attn. Ernesto Vidal"),
    ("p", "Date: June 4, 2024"),
    ("p", "Item: RD-CJ1 cajon, Baltic birch body, sapele tapa 3 mm, adjustable snare wires (DRG RD-CJ1-03 rev B)."),
    ("table", [
        ["Scope", "Quantity", "Status"],
        ["Sample cajons", "10", "Released - make now"],
        ["Production cajons", "290", "Not released - on hold"],
    ]),
    ("sp",),
    ("p", "The 290 production cajons are released only by a written release from Jess Parker, Product Manager, "
          "after sample sign-off in Portland. Please buy tapa veneer and birch for the 10 samples only."),
    ("p", "Tony Russo, Purchasing"),
], author="Tony Russo")
_c17_txt = T("""
    Hola Ernesto!

    Adjunto la carta de pedido RDW-1471. Resumen rapido:

    - Solo las 10 muestras (10 sample cajons) - please build these now.
    - Las 290 de produccion NO estan liberadas. Do not start them, and please buy birch and sapele
      for the 10 samples only.
    - Jess Parker will send the written release for the 290 herself, after she signs off the
      samples here in Portland.

    Jess is super excited about the sapele tapa, she played the prototype from Guadalajara and
    hasn't stopped talking about it.

    Gracias y saludos,
    Tony
    """) + sig("Tony Russo", "Purchasing", "Redline Drum Works", "+1 503 555 0166")
case("c17_mail_es_docx", [], "Spanish-English mail + DOCX order letter: 10 samples released, 290 not released, written release by Jess Parker after sign-off", [
    ("pedido_RDW-1471_cajon.eml", eml_bytes(mail(
        "Tony Russo <trusso@redlinedrums.com>", "Ernesto Vidal <ernesto@maderasfinas.mx>",
        "Pedido RDW-1471 - muestras cajon RD-CJ1", "Tue, 04 Jun 2024 12:02:00 -0700", _c17_txt,
        html=simple_html(_c17_txt),
        attachments=[("RDW-1471_order_letter.docx", _c17_docx, DOCX_MT)]))),
])

# c18: two files: DOCX order letter with table + Italian supplier quote with tiers
_c18_letter = docx_bytes([
    ("h1", "Klangwerk Lautsprecher GmbH - Bestellung / Order 4510-2318"),
    ("p", "An / To: Astucci Marche Srl, Castelfidardo - z. Hd. Chiara Santini"),
    ("p", "Hamburg, 12.06.2024"),
    ("p", "Betreff / Subject: Flightcase FC-M10x2 for two KW-M10 monitors, 9 mm birch ply, aluminium profile, "
          "butterfly latches, castor board"),
    ("table", [
        ["Position", "Quantity", "Status"],
        ["Sample flight cases FC-M10x2", "5", "released now"],
        ["Production flight cases (your offer AM-OF-24-090)", "995", "not released - for information only"],
    ]),
    ("sp",),
    ("p", "The 995 production cases are released only by a written production release from Ralf Becker, "
          "Leiter Produktion, after sample sign-off in Hamburg. Material: for the 5 samples only."),
    ("p", "Delivery of samples: by 12 July 2024, DAP Hamburg. Please add a foam-cut drawing to the delivery."),
    ("p", "Mit freundlichen Gruessen / Best regards - Jonas Petersen, Einkauf"),
], author="Jonas Petersen")
_c18_quote = pdf([
    ("h1", "ASTUCCI MARCHE SRL - OFFERTA AM-OF-24-090"),
    ("p", "Via Adriatica 52, 60022 Castelfidardo (AN) - P.IVA 01288770429 - 3 giugno 2024"),
    ("p", "Spett.le Klangwerk Lautsprecher GmbH, Hamburg - c.a. Jonas Petersen"),
    ("table", [
        ["Articolo", "Quantita", "Prezzo unitario EUR", "Consegna"],
        ["FC-M10x2 campionatura (samples)", "5 pz", "310,00", "4 settimane"],
        ["FC-M10x2 serie (production)", "995 pz", "168,00", "8 settimane dall'ordine di produzione"],
    ]),
    ("p", "Resa DAP Amburgo. Validita 60 giorni. Colore profili: nero anodizzato."),
    ("p", "Cordiali saluti - Chiara Santini, Ufficio Commerciale"),
], title="AM-OF-24-090", author="Astucci Marche")
case("c18_letter_table_and_offer", [], "two files: DOCX letter table marks 995 not released/for information; Italian quote with tiers; written release by Ralf Becker", [
    ("bestellung_4510-2318.docx", _c18_letter),
    ("offerta_AM-OF-24-090.pdf", _c18_quote),
])

# c19: spec sheet only, no authorization
case("c19_spec_sheet", [], "engineering spec sheet with per-unit quantities and norms, authorizes nothing", [
    ("BW-10_grille_spec.pdf", pdf([
        ("h1", "Brightwater Audio - Component specification"),
        ("p", "Part: BW-10-GRL front grille assembly, for BW-10 two-way cabinet. Spec no. BW-SPEC-0310, issue 4."),
        ("table", [
            ["Characteristic", "Requirement", "Check"],
            ["Frame", "MDF 12 mm, black PU, routed 6 mm radius", "caliper, visual"],
            ["Grille cloth", "Acoustically transparent polyester knit, charcoal, 250 g/m2", "sample vs. master"],
            ["Attachment", "4 x friction studs, 7 mm, pull-off force 25-40 N", "spring gauge"],
            ["Logo badge", "Brushed aluminium 60 x 18 mm, 2 x pins", "visual"],
            ["Quantity per cabinet", "1", "-"],
            ["Acoustic loss", "< 0.5 dB, 200 Hz - 20 kHz, per IEC 60268-5", "1 per lot of 500"],
            ["Compliance", "RoHS 2011/65/EU, REACH SVHC < 0.1%", "declaration"],
        ]),
        ("sp",),
        ("p", "Tolerances not stated: ISO 2768-m. Drawing reference BW-10-GRL-100 rev C. Lot size for the "
              "acoustic-loss check is a sampling rule and not an order quantity."),
        ("p", "Prepared: O. Hayes (Engineering). Checked: L. Ward (Quality)."),
    ], title="BW-SPEC-0310", author="Brightwater Audio")),
])
# c20: long quoted thread, NAMM logistics; scope (2 protos, run of 300 on hold) sits in a quoted buyer message
_c20_m1 = T("""
    Hi Rachel, hi Megan,

    Quick questions on the Jake Morrow signature protos before we cut:
    1. Pickups - you ship the Tianyin set to us, or we buy local?
    2. Neck carve - the "Morrow C" from his '62, 0.84in at 1st fret?
    3. Headstock logo - pearl inlay or decal?

    Thanks,
    Hendra
    """)
_c20_m2 = T("""
    Hendra,

    1. We ship the pickups, they leave Suzhou on Monday.
    2. Yes, 0.84in at the 1st, 0.95in at the 12th, Travis sends the CAD tonight.
    3. Pearl inlay, small.

    On scope, so everybody has it in one place: the 2 artist protos are the only released
    quantity on PO 4500032300. The signature model run (300 guitars) stays on hold. It is
    released only when Jake has played the protos at NAMM and I send you the written production
    release. Please don't buy roasted maple for the run yet - protos only.

    Rachel
    """)
_c20_m3 = T("""
    Dear Rachel and Megan,

    Understood on all points. The 2 protos are in final sanding, clear coat on Thursday, and
    they ship Friday 12 January with FedEx Priority in the two hard cases, so they should be at
    your hotel in Anaheim by Tuesday 16th.

    Our team of 3 will arrive on the 24th. Could you send the badge registration link?

    Best,
    Hendra
    """)
_c20_txt = T("""
    Hendra,

    Great news on the protos. Our booth is 4412 in Hall D again, right next to the coffee cart
    (dangerous). Jake plays the protos at the booth Friday 26th at 2 pm, then at the artist dinner.

    Badge link below - use code NMX24-EXH for the exhibitor badges, it's good for 3 names. Hotel is
    the Marriott on Katella, we booked 2 rooms for your team from the 24th to the 29th. Megan will
    pick you up at SNA if you send her the flight numbers.

    One favour: could you bring a couple of your roasted maple neck blanks as show pieces for the
    booth? Not for the run, just for display - people love seeing raw wood.

    See you in Anaheim!
    Megan
    """) + sig("Megan Tully", "Buyer", "Halvorsen Guitar Co.", "+1 615 555 0190") + \
    "\nOn Tue, Jan 9, 2024 at 4:55 PM Hendra Wijaya <hendra.w@kayunada.co.id> wrote:\n" + quote(_c20_m3) + \
    ">\n> On Mon, Jan 8, 2024 at 7:12 PM Rachel Brooks <rbrooks@halvorsenguitars.com> wrote:\n" + \
    quote(_c20_m2, 2) + \
    ">>\n>> On Mon, Jan 8, 2024 at 10:03 AM Hendra Wijaya <hendra.w@kayunada.co.id> wrote:\n" + \
    quote(_c20_m1, 3)
case("c20_long_thread_namm", [], "long NAMM logistics thread; quoted buyer scope: 2 protos active, 300 on hold until artist plays them and Rachel's written release", [
    ("RE_Morrow_signature_protos.eml", eml_bytes(mail(
        "Megan Tully <mtully@halvorsenguitars.com>", "Hendra Wijaya <hendra.w@kayunada.co.id>",
        "RE: Morrow signature protos - NAMM", "Wed, 10 Jan 2024 09:30:00 -0600", _c20_txt,
        cc="Rachel Brooks <rbrooks@halvorsenguitars.com>", in_reply_to="<kn-3391@kayunada.co.id>"))),
])

# c21: supplier status report, material within sample-only authority
case("c21_supplier_status_ok", [], "supplier weekly status: material bought for the 10 protos only, series not started, waiting for written release", [
    ("tonwerk_status_wk23.html", html_page("Tonwerk Luby - weekly status wk 23", """
<h2>Tonwerk Luby s.r.o. &mdash; weekly status, week 23/2024</h2>
<p>Customer: Hartmann Gitarren GmbH, Markneukirchen &middot; Project: HG-Archtop 17" &middot; Prepared by: Jan Novak</p>
<table>
<tr><th>Item</th><th>Status</th><th>Next step</th></tr>
<tr><td>Proto instruments (10 pcs, PO 4711-0098)</td><td>final assembly, setup on Thursday</td><td>ship wk 24 by courier</td></tr>
<tr><td>Flamed maple backs / spruce tops</td><td>bought for the 10 protos only (sample-only material authority)</td><td>&ndash;</td></tr>
<tr><td>Series instruments (390 pcs)</td><td>not started; no material bought</td><td>waiting for your written release after proto sign-off</td></tr>
<tr><td>Carving fixture, top</td><td>done, CNC program v3</td><td>&ndash;</td></tr>
</table>
<p>Remark: humidity in the finishing room stable at 45-50 %. The nitro lacquer supplier changed the
thinner; we tested it on scrap, no blushing.</p>
<p>S pozdravem / Best regards, Jan Novak</p>
""")),
])

# c22: material authority statement: 100 released, staged material up to 500 explicitly
case("c22_material_authority_letter", [], "explicit staged material authority up to 500 units; 100 released; 400 not released until pilot acceptance and Gemma Shaw's written release", [
    ("MA-BW-2024-03.pdf", pdf([
        ("h1", "Brightwater Audio Ltd - Material authority statement"),
        ("p", "Ref. MA-BW-2024-03 - Order BW-PO-1215 - Supplier: Dongguan Hengsheng Acoustic Co., Ltd - 19 June 2024"),
        ("table", [
            ["Item", "Entry"],
            ["Part", "BW-12 12in woofer driver, 8 ohm, 2.5in voice coil"],
            ["Released for production", "100 drivers (pilot lot)"],
            ["Material authority", "STAGED: ferrite magnets and voice-coil wire for up to 500 units, at Brightwater's liability"],
            ["Not covered by this authority", "cones, baskets, spiders and dust caps beyond the 100 released units"],
            ["Balance on hold", "400 drivers of the 500 on order BW-PO-1215 - not released"],
            ["Unlock", "pilot lot acceptance in Leeds, then written release"],
            ["Release authority", "Gemma Shaw, Purchasing Manager"],
        ]),
        ("sp",),
        ("p", "Reason for the staged authority: magnet lead time is currently 16 weeks. If the balance is not "
              "released, Brightwater buys the staged magnets and wire at cost plus 8% handling."),
        ("p", "Signed: Gemma Shaw, Purchasing Manager, Brightwater Audio Ltd, Leeds LS11 5QN"),
    ], title="MA-BW-2024-03", author="Brightwater Audio")),
])

# c23: DOCX full-quantity order with table, Italy, no samples
case("c23_full_qty_docx_it", [], "full-quantity order of 60 road cases, proceed scoped to all 60, no balance", [
    ("ordine_TD-PO-24-0470.docx", docx_bytes([
        ("h1", "Thamesford Drums Ltd - Purchase order TD-PO-24-0470"),
        ("p", "To: Astucci Marche Srl, Via Adriatica 52, Castelfidardo (AN) - c.a. Chiara Santini"),
        ("p", "Date: 24 May 2024 - Buyer: Olivia Grant"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["1", "TD-RC-HW1", "Hardware road case, 9 mm ply, 2 x 100 mm castors, dividers for 4 stands", "40", "142,00", "5.680,00"],
            ["2", "TD-RC-SN14", "Snare road case 14x6.5, foam lined", "20", "88,00", "1.760,00"],
            ["", "", "Total", "60", "", "7.440,00"],
        ]),
        ("sp",),
        ("p", "This order covers the full quantity of 60 cases (40 + 20). These are repeat items from order "
              "TD-PO-23-0611; there is no sample stage and no further balance. Please proceed with all 60 cases."),
        ("p", "Delivery DAP London N18 by week 30. Please stencil our logo on the lids as last time."),
        ("p", "Grazie mille, Chiara - and thank you for the olive oil at Christmas!"),
        ("p", "Olivia Grant, Buyer"),
    ], author="Olivia Grant")),
])

# c24: ERP PO, sample shells, forecast clearly labelled not an order
case("c24_erp_forecast_labelled", [], "sample PO for 10 shells; 2025 forecast labelled not an order/not released; written release by S. Ogawa after sign-off", [
    ("TD-PO-2406-011.txt", T("""
        TSUBAKI DRUM CO., LTD.                      PURCHASE ORDER       TD-PO-2406-011
        3-7-15 Atsuta-nishimachi, Nagoya 456-0031    DATE 2024/06/05      PAGE 1

        SUPPLIER : TONWERK LUBY S.R.O.  (CODE 55120)      CURRENCY: EUR
        BUYER    : D. FUJITA  TEL +81 52 681 4410          TRADE TERM: FCA LUBY

        ITEM PART NO       DESCRIPTION                          QTY  UNIT PRICE     AMOUNT
        ---- ------------- ------------------------------------ ---- ---------- ----------
        1    TS-BIR-1408   SAMPLE SHELL BIRCH 14x8 6PLY 5.4MM    10       29.00     290.00
                           RE-RINGS 3PLY, EDGE 45DEG, DWG TS-08 REV 11
        ---- ------------- ------------------------------------ ---- ---------- ----------
                                                                     TOTAL EUR     290.00
        REMARKS:
         - ACTIVE QTY: 10 SAMPLE SHELLS ONLY.
         - ALL PRODUCTION SHELLS: NOT RELEASED.
         - FORECAST 2025 (NOT AN ORDER, NOT RELEASED): APPROX. 3,000 SHELLS.
         - PRODUCTION SHELLS ARE RELEASED ONLY BY WRITTEN RELEASE FROM S. OGAWA
           (PRODUCTION MANAGER) AFTER SAMPLE SIGN-OFF IN NAGOYA.
         - MATERIAL: FOR THE 10 SAMPLE SHELLS ONLY.
        DELIVERY: 2024/07/10 BY AIR. PLEASE SEND MOISTURE READINGS WITH SHIPMENT.
        """)),
])

# c25: buyer pays deposit and says explicitly that it does not release production; HTML remittance attached
_c25_remit = html_page("Remittance advice", """
<h3>Kurosawa Gakki Co., Ltd. &mdash; Remittance advice</h3>
<table>
<tr><th>Payee</th><td>Ningbo Yuefeng Musical Hardware Co., Ltd.</td></tr>
<tr><th>Invoice</th><td>PI NY-PI-240530 (tooling, KG-T3 tuner button mould)</td></tr>
<tr><th>Amount</th><td>USD 1,260.00 (30% deposit)</td></tr>
<tr><th>Value date</th><td>2024-06-07</td></tr>
<tr><th>Bank ref</th><td>MUFG 0607-88-441290</td></tr>
</table>
<p>This payment is a deposit on tooling. It is not a production release.</p>
""")
_c25_txt = T("""
    Dear Tony-san,

    We paid the 30% deposit on PI NY-PI-240530 today, remittance advice attached.

    To be clear: the deposit does not release production. Only the 5 sample sets of KG-T3 tuners
    are released (PO KG-24-0233), and material for those 5 sets only. The 1,995 production sets
    are not released until Mr. Kenji Sato (Head of Product) has signed off the samples and sends
    you his written production release.

    Please ship the samples by EMS with the torque test data (turning torque 0.08-0.12 N.m).

    Best regards,
    Yuki Mori
    Buyer, Kurosawa Gakki Co., Ltd.
    """)
case("c25_deposit_not_release", [], "buyer: deposit paid but does not release production; 5 samples active, 1,995 held until sign-off and Kenji Sato's written release", [
    ("deposit_NY-PI-240530.eml", eml_bytes(mail(
        "Yuki Mori <y.mori@kurosawa-gakki.co.jp>", "Tony Zhang <tony.zhang@yuefeng-hw.com>",
        "Deposit NY-PI-240530 / KG-T3 samples", "Fri, 07 Jun 2024 15:45:00 +0900", _c25_txt,
        attachments=[("remittance_0607.html", _c25_remit, "text/html")]))),
])
# =================================================================== RISKY
# p01: sample PO + quote with production tier attached "so AP can match prices"; nothing on balance
_p01_po = pdf([
    ("h1", "HALVORSEN GUITAR CO. - PURCHASE ORDER"),
    ("p", "1200 Division St, Nashville TN 37203 - purchasing@halvorsenguitars.com - +1 615 555 0190"),
    ("table", [
        ["PO number", "4500031877", "PO date", "May 6, 2024"],
        ["Vendor", "PT Kayu Nada Indonesia (V-22107)", "Terms", "Net 30"],
        ["Buyer", "Megan Tully", "Incoterm", "DDP Nashville"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Part / Rev", "Description", "Qty", "Unit USD", "Ext USD"],
        ["10", "HG-T-BODY-014 rev D", "Proto body, HG-T offset, 2-pc mahogany, chambered, Candy Apple Red gloss poly", "20", "68.00", "1,360.00"],
    ]),
    ("sp",),
    ("p", "Notes: Proto lot. Ship complete. Neck pocket per CAD HG-T-NP-03 (0.005in tighter). Need at our dock "
          "by June 14, 2024. Packing: individual foam sleeves, max 10 bodies per carton."),
    ("p", "Vendor to reference the PO number on all invoices and packing lists."),
], pagesize=LETTER, title="PO 4500031877", author="Halvorsen Guitar Co.")
_p01_quote = pdf([
    ("h1", "PT KAYU NADA INDONESIA - QUOTATION KN-Q-0412"),
    ("p", "Jl. Rungkut Industri III No. 21, Surabaya 60293 - to Halvorsen Guitar Co., attn. Megan Tully - 18 April 2024"),
    ("table", [
        ["Item", "Qty", "Unit USD", "Lead time"],
        ["HG-T proto body, mahogany, chambered, CAR gloss", "20 pcs", "68.00", "4 weeks"],
        ["HG-T production body, same spec", "1,500 pcs", "41.50", "10 weeks"],
        ["Routing fixture HG-T (one time)", "1", "1,800.00", "with proto"],
    ]),
    ("p", "Prices DDP Nashville incl. export crating. Validity 60 days. Colour match to your chip HG-C-03."),
    ("p", "Hendra Wijaya, Marketing Manager"),
], title="KN-Q-0412", author="PT Kayu Nada")
_p01_txt = T("""
    Hi Pak Hendra,

    Hope you're well and that the rain in Surabaya has eased off a bit!

    Attached is our PO 4500031877 for the proto bodies of the new HG-T offset (mahogany, 2-piece,
    chambered), plus your quote KN-Q-0412 so our AP team can match pricing when the invoice comes in.

    Key points:
    - 20 proto bodies, Candy Apple Red gloss poly, per drawing HG-T-BODY-014 rev D
    - DDP Nashville, at our dock by June 14 so we can get them to the artist team in time
    - Neck pocket per the updated CAD (the 0.005in tighter one)

    Let me know if the pocket tolerance gives you trouble, our CNC guy Travis is happy to jump on
    a call any evening your time.

    Thanks!
    Megan
    """) + sig("Megan Tully", "Buyer", "Halvorsen Guitar Co.", "+1 615 555 0190")
case("p01_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "proto PO for 20 with quote showing 1,500 production attached, nothing says informational/not released, no unlock event, no release person", [
    ("PO_4500031877_HG-T.eml", eml_bytes(mail(
        "Megan Tully <mtully@halvorsenguitars.com>", "Hendra Wijaya <hendra.w@kayunada.co.id>",
        "PO 4500031877 - HG-T proto bodies", "Mon, 06 May 2024 15:20:00 -0500", _p01_txt,
        attachments=[("PO_4500031877.pdf", _p01_po, PDF_MT), ("KN-Q-0412.pdf", _p01_quote, PDF_MT)]))),
])

# p02: twelve sample shells, remaining on hold "until further notice", signed by a team
case("p02_hold_until_further_notice", ["RG004", "RG005"],
     "12 sample shells active and remaining production not released, but only 'until further notice' (no event) and signed by a team (no person)", [
    ("TD_sample_shells_order_letter.docx", docx_bytes([
        ("h1", "Thamesford Drums Ltd - Order letter"),
        ("p", "Our ref: TD-PO-24-0388 - Date: 14 May 2024"),
        ("p", "To: Tonwerk Luby s.r.o., Luby 412, 351 37 Luby, Czech Republic - Attn. Mr. Jan Novak"),
        ("p", "Dear Mr. Novak,"),
        ("p", "Following our visit to Luby in April (and thank you again for the svickova and the tour of the "
              "bending room!), please accept this letter as our order for twelve (12) sample shells for the new "
              "Heritage series:"),
        ("table", [
            ["Size", "Construction", "Qty"],
            ["Tom 12 x 8", "6-ply beech, 5.4 mm, re-rings", "4"],
            ["Floor tom 16 x 16", "6-ply beech, 5.4 mm, re-rings", "4"],
            ["Bass drum 22 x 18", "8-ply beech, 7.2 mm, re-rings", "4"],
            ["Total", "", "12"],
        ]),
        ("sp",),
        ("p", "Shells to be supplied raw, with 45 degree bearing edges and snare beds cut per drawing TD-HS-220 rev 3."),
        ("p", "The remaining production quantity for the Heritage series is not released. It stays on hold until "
              "further notice; please do not cut veneer or start any shells beyond the twelve (12) above."),
        ("p", "Delivery: FCA Luby, by 28 June 2024. Please send moisture readings and a photo of each bearing "
              "edge before dispatch."),
        ("p", "Yours sincerely,"),
        ("p", "Purchasing Team, Thamesford Drums Ltd"),
    ], author="Thamesford Drums")),
])

# p03: balance on hold until sign-off and written release "from our side" -> no named person
_p03_txt = T("""
    Dear Cherry,

    as agreed in yesterday's Teams call, here is the scope of our order 4510-2287 for the KW-M10
    monitor cabinet (MDF 18 mm, black textured paint, front baffle with 2 ports):

    - Active now: 8 (eight) sample cabinets, complete with grille frame, without drivers.
    - The 1,192 production cabinets in your quote are NOT released. Please do not plan, cut or buy
      board for them.
    - They stay on hold until our listening-test sign-off on the 8 samples and a written production
      release from our side.

    Material: MDF and paint for the 8 samples only.

    Please send the samples by air, FCA Shenzhen, target 21 June. Port positions per drawing
    KW-M10-B-200 rev 2 - the lower port moved 15 mm inwards compared to rev 1.

    Beste Gruesse / Best regards
    Jonas
    """) + sig("Jonas Petersen", "Einkauf / Purchasing", "Klangwerk Lautsprecher GmbH", "+49 40 7312 0-44")
case("p03_release_from_our_side", ["RG005"],
     "8 samples active, 1,192 not released until listening-test sign-off and written release 'from our side' - nobody named", [
    ("KW-M10_order_4510-2287_scope.eml", eml_bytes(mail(
        "Jonas Petersen <j.petersen@klangwerk-audio.de>", "Cherry Liu <cherry.liu@hengsheng-acoustic.cn>",
        "Order 4510-2287 KW-M10 - scope", "Wed, 29 May 2024 08:55:00 +0200", _p03_txt,
        html=simple_html(_p03_txt)))),
])

# p04: chat: rest not released, only Hiroshi can open it - no event named
case("p04_chat_only_me", ["RG004"],
     "chat: 3 sample sets only, rest not released, only Hiroshi may open it - no unlock event named", [
    ("whatsapp_jati_suara_hiroshi.txt", T("""
        [08/05/24 10:02:11] Hiroshi Tanaka (Kurosawa): Selamat pagi Pak Slamet! PO KG-24-0117 sent by email just now.
        [08/05/24 10:02:40] Hiroshi Tanaka (Kurosawa): Important: only 3 sample cabinet sets please (KU-118 upright). Rest is not released, please do not make.
        [08/05/24 10:03:05] Pak Slamet: Pagi pak Hiroshi 🙏 siap, 3 set dulu
        [08/05/24 10:03:30] Pak Slamet: for the rest pak, who decide? marketing Tokyo or you?
        [08/05/24 10:04:12] Hiroshi Tanaka (Kurosawa): Only me, Hiroshi, can open the rest. Not Tokyo, not sales team. If somebody else call you, please ignore 😅
        [08/05/24 10:04:30] Pak Slamet: ok pak noted, only pak Hiroshi
        [08/05/24 10:05:51] Pak Slamet: veneer jati for 3 set we have in stock, no need to buy
        [08/05/24 10:06:20] Hiroshi Tanaka (Kurosawa): 👍 great. Finish is satin, same as chip KG-C-07
        [08/05/24 10:07:02] Pak Slamet: chip KG-C-07 satin, ok. kirim end of June?
        [08/05/24 10:07:30] Hiroshi Tanaka (Kurosawa): End of June is fine. Arigatou!
        [08/05/24 10:07:41] Pak Slamet: sama sama pak 🙏
        """)),
])

# p05: start finish samples, hold and release person stated, but no sample quantity anywhere
_p05_txt = T("""
    Hola Paola,

    Thanks for the tour last week - the new spray booth looks killer, and the tacos al pastor place
    you took us to is now officially in our travel guide.

    Please start the finish samples for the C&C Bluebonnet 2x12 combo cabinet: Baltic birch 13-ply,
    tolex "Oxblood levant", wheat grille cloth with cream piping, as per spec sheet rev B that I sent
    on the 3rd.

    A few notes from the team:
    - Corners: the small chrome ones, not the big road-case corners.
    - Handle: leather strap, not the plastic dog-bone.
    - Back panel: open back, two halves, so the 2x12 breathes.

    To be clear on scope: the production quantity stays on hold - nothing beyond the finish samples
    is released. Production opens only when our finish sample sign-off is done and Dana Kim (Ops
    Director) sends you the written production release.

    Gracias!
    Luis
    """) + sig("Luis Garza", "Product Manager", "Cask & Crown Amplification", "+1 512 555 0147")
case("p05_finish_samples_no_qty", ["RG010"],
     "authorizes finish samples without stating how many; hold, unlock event and release person are present", [
    ("bluebonnet_finish_samples.eml", eml_bytes(mail(
        "Luis Garza <lgarza@caskandcrown.com>", "Paola Mendez <pmendez@ensamblestj.mx>",
        "Bluebonnet 2x12 - finish samples", "Mon, 13 May 2024 10:12:00 -0500", _p05_txt))),
])

# p06: chat: crack on with samples, no count, nothing on balance, event or person
case("p06_chat_crack_on_samples", ["RG003", "RG004", "RG005", "RG010"],
     "chat: buyer asks for grille cloth and badge samples with no quantity, nothing on balance, unlock event or release person", [
    ("chat_kevin_gemma_BW-8.txt", T("""
        [21/05/24, 08:41] Gemma Shaw: Morning Kevin! Good news, the board liked the BW-8 passive proto, so next step is the cosmetics 🎉
        [21/05/24, 08:43] Kevin Zhou: Great news!! Congratulations Gemma
        [21/05/24, 08:44] Gemma Shaw: Can you crack on with samples of the grille cloth + the front badge? Need them in Leeds before the trade show on the 20th
        [21/05/24, 08:46] Kevin Zhou: Sure. Which cloth, the charcoal or the grey fleck?
        [21/05/24, 08:47] Gemma Shaw: both pls, and the badge in brushed alu, the 60 x 18 one
        [21/05/24, 08:49] Kevin Zhou: OK we start tomorrow. DHL account same as before?
        [21/05/24, 08:49] Gemma Shaw: yep same acct. cheers Kevin, ur a star ⭐
        [21/05/24, 08:50] Kevin Zhou: 👍
        """)),
])

# p07: quoted thread with full scope; buyer's latest reply says "All good - go ahead!" without scope
_p07_m1 = T("""
    Hola Ernesto,

    PO 4500032010 covers 24 sample necks only (roasted maple, 22 frets, 12in radius, 6105 wire).
    The 576 production necks in your quote are not released. They are released only by a written
    release from Rachel Brooks, Director of Product, after our sample sign-off. Material: maple
    blanks for the 24 samples only.

    Thanks!
    Megan
    """)
_p07_m2 = T("""
    Hola Megan,

    The 24 sample necks are carved and fretted (medium jumbo, 6105), they look beautiful. Before
    finish: satin or gloss for the back of the neck? And which headstock decal, the small gold or
    the large black?

    Saludos,
    Ernesto
    """)
_p07_txt = T("""
    Hi Ernesto,

    Satin on the back, gloss on the headstock face, and the small gold waterslide decal.

    All good on our end - go ahead!

    Megan
    """) + sig("Megan Tully", "Buyer", "Halvorsen Guitar Co.", "+1 615 555 0190") + \
    "\nOn Thu, May 30, 2024 at 1:14 PM Ernesto Vidal <ernesto@maderasfinas.mx> wrote:\n" + quote(_p07_m2) + \
    ">\n> On Tue, May 7, 2024 at 9:02 AM Megan Tully <mtully@halvorsenguitars.com> wrote:\n" + quote(_p07_m1, 2)
case("p07_thread_go_ahead", ["RG002"],
     "buyer's reply 'All good on our end - go ahead!' names neither sample-only nor a quantity; quoted scope otherwise complete", [
    ("RE_sample_necks_finish.eml", eml_bytes(mail(
        "Megan Tully <mtully@halvorsenguitars.com>", "Ernesto Vidal <ernesto@maderasfinas.mx>",
        "RE: sample necks - finish question", "Thu, 30 May 2024 15:48:00 -0500", _p07_txt,
        in_reply_to="<mf-2291@maderasfinas.mx>"))),
])
# p08: chat, Indonesian: full scope, then supplier bought wood for 300 and buyer says "green light from us"
case("p08_chat_green_light_wood", ["RG002", "RG006"],
     "chat: scope for 12 sample shells is complete, but supplier bought mahogany for 300 and buyer answers sample photos with an unscoped 'green light'", [
    ("whatsapp_pak_agus_redline.txt", T("""
        [13/05/24 08:11:04] Jess Parker: hey Pak Agus! PO RDW-1442 is in your inbox 📩 It's for the 12 sample shells ONLY (6x 13in, 6x 16in, mahogany 6-ply). The other 288 are not released yet - I'll send the written release myself once the 12 pass our sound check in Portland.
        [13/05/24 08:15:22] Pak Agus: Siap mbak Jess 👍 12 sample shell dulu
        [13/05/24 08:16:40] Pak Agus: btw kayu mahoni utk 300 shell udah kita beli minggu lalu ya, biar harga ga naik. mahogany price naik terus 📈
        [13/05/24 08:20:03] Jess Parker: oh ok. send pics of the bearing edges when ready pls
        [13/05/24 08:20:31] Pak Agus: ok mbak
        [20/05/24 14:02:10] Pak Agus: <attached: IMG-20240520-WA0007.jpg>
        [20/05/24 14:02:11] Pak Agus: <attached: IMG-20240520-WA0008.jpg>
        [20/05/24 14:02:45] Pak Agus: sample shell 13in done, edge 45 derajat + small roundover, sanded 240
        [20/05/24 14:30:12] Jess Parker: 🔥🔥 these look sick. green light from us!!
        [20/05/24 14:31:02] Pak Agus: mantap 🙏🙏
        """)),
])

# p09: meeting minutes: scope present, supplier staged material for 5,000, "Coni Veneti to proceed"
case("p09_minutes_proceed_staged", ["RG002", "RG006"],
     "minutes: 100 pilot cones released with full scope, but supplier has material staged for 5,000 without authority and next step reads 'to proceed' unscoped", [
    ("minutes_SO-W8_2024-05-16.pdf", pdf([
        ("h1", "Meeting minutes - SO-W8 woofer cone"),
        ("p", "Video call, 16 May 2024, 09:00-09:50 CEST / 16:00-16:50 JST. Minutes: Giulia Bassi."),
        ("table", [
            ["Attendee", "Company", "Role"],
            ["Takahashi Ryo", "Sakura Onkyo K.K.", "Procurement Manager"],
            ["Ishikawa Aya", "Sakura Onkyo K.K.", "Acoustic Engineer"],
            ["Giulia Bassi", "Coni Veneti Srl", "Sales"],
            ["Marco Zanin", "Coni Veneti Srl", "Production"],
        ]),
        ("sp",),
        ("h", "1. Order status"),
        ("p", "Mr. Takahashi confirmed: PO SO-24-0552 covers 100 pilot cones. The production quantity of 4,900 "
              "cones is not released; it is released only by a written release from Mr. Takahashi after the "
              "pilot lot has been accepted in Osaka."),
        ("h", "2. Material"),
        ("p", "Marco Zanin reported that paper pulp, dust caps and rubber surrounds for 5,000 cones are already "
              "staged in the Treviso warehouse \"to secure the lead time\", because the pulp supplier closes in August."),
        ("h", "3. Cone parameters"),
        ("p", "Ishikawa-san asked for Fs 38 Hz +/- 3 Hz and a heavier dust cap (0.9 g). Surround colour dark grey, "
              "Pantone 432 C."),
        ("h", "4. Packaging"),
        ("p", "50 cones per carton, interleaved with tissue; carton label with lot number."),
        ("h", "5. Next steps"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Coni Veneti to proceed.", "Marco Zanin", "-"],
            ["2", "Send updated T/S parameters", "Marco Zanin", "24 May"],
            ["3", "Confirm carton label layout", "Ishikawa Aya", "22 May"],
        ]),
        ("sp",),
        ("p", "Next call: 30 May 2024, same time."),
    ], title="Minutes SO-W8 2024-05-16", author="Coni Veneti")),
])

# p10: supplier portal: "Approved" used for sample, PO and buyer decision; decision "APPROVED - proceed" unscoped
case("p10_portal_approved_three_ways", ["RG002", "RG009"],
     "portal: 'Approved' for finish sample, PO (finance) and a buyer decision 'APPROVED - proceed' without scope", [
    ("portal_BW-15PX_checkpoints.html", html_page("Brightwater supplier portal - BW-15PX", """
<h2>Brightwater Audio Ltd &mdash; Supplier collaboration portal</h2>
<p>Project: <b>BW-15PX passive PA cabinet</b> &middot; Supplier: Hradec Akustik s.r.o. &middot; Order: 4500-7714</p>
<h3>Order lines</h3>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Finish samples, black PU, steel grille</td><td>3</td><td>released</td></tr>
<tr><td>2</td><td>Production cabinets</td><td>597</td><td>not released &ndash; released only by written release from Gemma Shaw (Purchasing Manager) after finish sample sign-off</td></tr>
</table>
<h3>Checkpoints</h3>
<table>
<tr><th>Checkpoint</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Finish sample (3 pcs)</td><td>Approved</td><td>Oliver Hayes, Engineering</td><td>2024-05-10</td></tr>
<tr><td>Purchase order 4500-7714</td><td>Approved</td><td>Sam Patel, Finance</td><td>2024-05-12</td></tr>
<tr><td>Buyer decision</td><td><b>APPROVED &ndash; proceed</b></td><td>G. Shaw</td><td>2024-05-15</td></tr>
</table>
<h3>Messages</h3>
<p><i>2024-05-15 16:02, Petr Dvorak (Hradec Akustik):</i> Thank you, we plan the CNC for next week.</p>
<p><i>2024-05-15 16:40, Oliver Hayes:</i> Please keep the grille steel 1.2 mm, the 1.0 mm on sample 2 rattled at 55 Hz.</p>
""")),
])

# p11: supplier status report: material for 400 bought, series follows proto sign-off "directly, same PO"
case("p11_supplier_status_rolls_on", ["RG006", "RG007"],
     "supplier report: tonewood bought for 400 with only 10 protos on order, and says series continues directly after proto sign-off under the same PO", [
    ("tonwerk_project_status_wk21.pdf", pdf([
        ("h1", "Tonwerk Luby s.r.o. - Project status report"),
        ("p", "Customer: Hartmann Gitarren GmbH, Markneukirchen - Project: HG-Archtop 16in - Week 21/2024 - Prepared by Jan Novak"),
        ("table", [
            ["Item", "Status", "Remark"],
            ["Proto instruments (10 pcs, PO 4711-0098)", "in finishing", "ship week 24 by courier"],
            ["Flamed maple backs and sides", "bought for 400 instruments (full programme)", "received 17 May, in our drying room"],
            ["Carpathian spruce tops", "bought for 400 instruments", "AAA grade, book-matched"],
            ["Ebony fingerboards", "stock", "-"],
            ["Carving fixture", "done", "CNC program v2"],
        ]),
        ("sp",),
        ("h", "Next steps"),
        ("p", "After your sign-off on the 10 protos we continue directly with the 390 series instruments - no new "
              "order is needed, we run them on the same PO. This saves about six weeks against your launch date."),
        ("p", "Wood: we bought now because the Bosnian maple lot is exceptional and the price for 2025 is +18%."),
        ("p", "S pozdravem / Best regards, Jan Novak, Tonwerk Luby s.r.o., Luby 412, CZ"),
    ], title="Status wk21 HG-Archtop", author="Tonwerk Luby")),
])

# p12: quoted thread; buyer asks supplier to get ply in for the whole run, paperwork later
_p12_m1 = T("""
    Hi Petr,

    PO KA-24-0231 is for 20 pilot cabinets (KA-212 2x12 extension cab, 15 mm Baltic birch, black
    levant tolex). The other 480 cabinets are not released. They open only with a written
    production release from me, after we've signed off the pilot cabinets here in Bristol.

    Thanks,
    Priya
    """)
_p12_m2 = T("""
    Dobry den Priya,

    The 20 pilot cabinets are glued up, tolex goes on next week. One warning from our purchasing:
    the mill now quotes 14 weeks for the 15 mm Baltic birch.

    Petr
    """)
_p12_txt = T("""
    Hi Petr,

    Thanks for the heads-up. 14 weeks would kill our September launch, so please get the ply in for
    the whole run now, so we're not stuck waiting later - we'll sort the paperwork out afterwards.

    Everything else as per my mail below. Looking forward to the pics of the tolex!

    Cheers,
    Priya
    """) + sig("Priya Nair", "Senior Buyer", "Kestrel Amplification Ltd", "+44 117 496 0321") + \
    "\nOn 4 Jun 2024, at 10:21, Petr Dvorak <dvorak@hradec-akustik.cz> wrote:\n" + quote(_p12_m2) + \
    ">\n> On 21 May 2024, at 09:02, Priya Nair <priya.nair@kestrel-amps.co.uk> wrote:\n" + quote(_p12_m1, 2)
case("p12_ply_for_whole_run", ["RG006"],
     "buyer tells supplier to buy ply for the whole run (500) while 20 pilots are released, paperwork 'later' - no explicit material authority", [
    ("RE_KA-212_pilot_cabinets.eml", eml_bytes(mail(
        "Priya Nair <priya.nair@kestrel-amps.co.uk>", "Petr Dvorak <dvorak@hradec-akustik.cz>",
        "RE: KA-212 pilot cabinets", "Tue, 04 Jun 2024 11:36:00 +0100", _p12_txt,
        in_reply_to="<hk-5512@hradec-akustik.cz>"))),
])

# p13: supplier MRP printout: purchase quantities set to full programme for a 24-pc sample order
case("p13_mrp_full_programme", ["RG006"],
     "supplier MRP: magnets and covers purchased for 2,400 against a 24-piece sample order", [
    ("tianyin_mrp_SO-8812.txt", T("""
        SUZHOU TIANYIN PICKUP CO., LTD       MATERIAL REQUIREMENTS / PURCHASE STATUS        PAGE 1
        RUN DATE 2024-05-21 07:30            USER: WANGL            REPORT MRP-R07

        CUSTOMER ORDER : SO-8812      CUSTOMER: HALVORSEN GUITAR CO.      CUST PO: 4500032155
        ITEM           : TP-HB-59N    HUMBUCKER NECK, ALNICO 5, NICKEL COVER, 4-COND
        ORDER TYPE     : SAMPLE       ORDER QTY: 24 PCS      DUE: 2024-06-14
        -----------------------------------------------------------------------------------------
        COMPONENT      DESCRIPTION                     REQ(SO)   PURCH QTY  SUPPLIER PO  STATUS
        MAG-A5-62      ALNICO 5 BAR 62x12.7x3.2             24      2,400  P2405-331    PLACED
        WIRE-42-PE     42AWG PLAIN ENAMEL (KG)             0.2       20.0  P2405-332    PLACED
        COV-NS-HB50    NICKEL SILVER COVER 50MM             24      2,400  P2405-333    PLACED
        BOB-HB-SLUG    BOBBIN SLUG SIDE                     24      2,400  FROM STOCK   ALLOC
        BOB-HB-SCRW    BOBBIN SCREW SIDE                    24      2,400  FROM STOCK   ALLOC
        BASE-NS-HB     BASEPLATE NICKEL SILVER              24        100  P2405-334    PLACED
        -----------------------------------------------------------------------------------------
        REMARK: PURCH QTY SET TO FULL PROGRAMME (2,400) PER SALES (MR. CHEN) TO LOCK PRICE.
                BASEPLATES MOQ 100.
        """)),
])

# p14: two files: sample PO with sample-only material authority + supplier confirmation that bought for all
#      and says the balance follows sample approval under the same PO
_p14_po = docx_bytes([
    ("h1", "Tsubaki Drum Co., Ltd. - Purchase Order TD-PO-2405-019"),
    ("p", "Supplier: Ningbo Yuefeng Musical Hardware Co., Ltd. - Attn. Tony Zhang"),
    ("p", "Date: 2024/05/20 - Buyer: Daisuke Fujita, Purchasing"),
    ("table", [
        ["Item", "Part no.", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "TS-SS3", "Snare stand, double-braced, ball-tilt, chrome (sample)", "10", "21.50", "215.00"],
    ]),
    ("sp",),
    ("p", "Scope: This PO covers ten (10) sample stands only. The 990 production stands in your quotation "
          "NY-Q-2404-77 are not released. Production of the balance is released only by a written release "
          "signed by Mr. Shinji Ogawa (Production Manager) after our sample sign-off in Nagoya."),
    ("p", "Material authority: sample-only (material for 10 stands)."),
    ("p", "Delivery: by air, FCA Ningbo, by 2024/06/21. Tube diameter 22.2 mm, wall 1.2 mm, per DWG TS-SS3-01 rev 6."),
], author="Daisuke Fujita")
_p14_oc = pdf([
    ("h1", "ORDER CONFIRMATION NY-OC-240522"),
    ("p", "Ningbo Yuefeng Musical Hardware Co., Ltd. - to Tsubaki Drum Co., Ltd., attn. Mr. Daisuke Fujita - 2024-05-22"),
    ("table", [
        ["Your PO", "Item", "Qty", "Unit USD", "Ship date"],
        ["TD-PO-2405-019", "TS-SS3 sample snare stand, chrome", "10", "21.50", "2024-06-21 (FCA Ningbo)"],
    ]),
    ("sp",),
    ("p", "Note from production department: to keep the steel price we have already purchased the tube "
          "(22.2 x 1.2 mm) and the tilter castings for the full 1,000 stands."),
    ("p", "Upon your sample approval, the remaining 990 stands will be produced under this same PO, no new "
          "order is needed, so the first container can leave in August."),
    ("p", "Thank you for your order. Tony Zhang, Export Sales"),
], title="NY-OC-240522", author="Ningbo Yuefeng")
case("p14_po_and_confirmation", ["RG006", "RG007"],
     "PO (10 samples, sample-only material) + supplier confirmation: material bought for 1,000 and balance to follow sample approval under same PO", [
    ("TD-PO-2405-019.docx", _p14_po),
    ("NY-OC-240522.pdf", _p14_oc),
])

# p15: supplier mail: deposit received, so cutting the full 250 and bought rosewood for all
_p15_txt = T("""
    Dear Yuki-san,

    Muchas gracias - we received your deposit of USD 1,120 on PI MF-PI-2405 (fret-slotting jig and
    samples) this morning.

    Your PO was for the 5 sample fingerboards, but with the deposit in we know you are serious, so
    we started cutting the fingerboards for the full 250 classical guitars yesterday, and we bought
    the Indian rosewood for all of them (AA grade, quarter-sawn, 2 pallets). This way we are ready
    the moment you want them.

    The 5 sample fingerboards are in the slotting jig now (scale 650 mm, 19 frets, radius flat) and
    will ship with DHL next Friday, tracking to follow.

    Un abrazo,
    Ernesto
    """) + sig_short("Ernesto Vidal", "Director Comercial", "Maderas Finas de Paracho S.A. de C.V.", "+52 423 525 0418")
case("p15_deposit_started_cutting", ["RG006", "RG012"],
     "supplier treats the deposit as go for 250 and bought rosewood for all 250 while only 5 samples are ordered", [
    ("fingerboards_KG_classical.eml", eml_bytes(mail(
        "Ernesto Vidal <ernesto@maderasfinas.mx>", "Yuki Mori <y.mori@kurosawa-gakki.co.jp>",
        "Deposito recibido - KG classical fingerboards", "Wed, 22 May 2024 09:10:00 -0600", _p15_txt))),
])
# p16: supplier mail: sign off the finish samples and we go straight into the 600
_p16_txt = T("""
    Hola Luis,

    Quick update on the Bluebonnet cabinets:

    - The finish samples went out yesterday with Estafeta to your Austin warehouse, guide number
      7730 1184 5520. Tolex seams are at the back bottom like you asked.
    - We tested the wheat grille cloth with the cream piping on the spray line, no yellowing.

    Planning: as soon as you sign off the finish samples we go straight into the 600 cabinets - no
    need for another PO or paperwork, that's how we do it with our other customers in Austin. Asi
    ganamos tres semanas and you have stock for the holiday season.

    Saludos,
    Paola
    """) + sig("Ing. Paola Mendez", "Gerente de Proyectos", "Ensambles Tijuana S.A. de C.V.", "+52 664 608 2210")
case("p16_supplier_straight_into_600", ["RG007"],
     "supplier states it will go straight into the 600 cabinets on finish-sample sign-off, no further PO or paperwork", [
    ("bluebonnet_update_planning.eml", eml_bytes(mail(
        "Paola Mendez <pmendez@ensamblestj.mx>", "Luis Garza <lgarza@caskandcrown.com>",
        "Bluebonnet - muestras enviadas / planning", "Fri, 07 Jun 2024 17:25:00 -0700", _p16_txt))),
])

# p17: chat Spanish: full scope from buyer; supplier assumes that sample approval at the artist sign-off starts the 392
case("p17_chat_es_de_una_vez", ["RG007"],
     "chat: buyer scope complete (8 samples, 392 on hold, written release by Caroline); supplier says it will start the 392 at once if samples are approved, buyer does not correct", [
    ("whatsapp_ernesto_bluebird.txt", T("""
        [02/05/24 16:40:12] Caroline Pierce: Hola Don Ernesto! PO BH-0519 just went out: 8 sample bodies (BH-D dreadnought, cedar top, Spanish heel), that's all for now. The other 392 stay on hold until I send you the written release after the artist sign-off at our Nashville showcase.
        [02/05/24 16:52:30] Ernesto Vidal: Hola Caroline!! Perfecto, 8 muestras. Cedro de primera 👌
        [02/05/24 16:53:05] Ernesto Vidal: y si aprueban las muestras en Nashville arrancamos con las 392 de una vez, ¿va? asi no perdemos tiempo 💪
        [02/05/24 17:05:48] Caroline Pierce: samples by DHL to Asheville pls, need them by June 7
        [02/05/24 17:06:10] Ernesto Vidal: Si, DHL. Le mando la guia cuando salgan
        [02/05/24 17:06:33] Caroline Pierce: gracias!! 🎸
        """)),
])

# p18: supplier quote terms: production batch launched automatically on sample approval
case("p18_quote_auto_launch", ["RG007"],
     "supplier quote terms: production batch of 4,800 launched automatically upon sample approval", [
    ("offerta_CV-OF-24-118.pdf", pdf([
        ("h1", "CONI VENETI SRL - OFFERTA / QUOTATION CV-OF-24-118"),
        ("p", "Via dell'Industria 14, 31050 Ponzano Veneto (TV) - P.IVA 03312580264 - 8 May 2024"),
        ("p", "To: Klangwerk Lautsprecher GmbH, Hamburg - attn. Jonas Petersen"),
        ("p", "Subject: KW-M12 woofer cone, 8in, treated paper, cloth surround"),
        ("table", [
            ["Pos.", "Description", "Qty", "Unit EUR", "Delivery"],
            ["1", "Sample cones KW-M12", "20 pcs", "9,80", "3 weeks"],
            ["2", "Production batch KW-M12", "4.800 pcs", "1,92", "6 weeks"],
            ["3", "Forming tool, one-off", "1", "2.400,00", "with samples"],
        ]),
        ("sp",),
        ("h", "Terms"),
        ("p", "1. Prices EXW Ponzano Veneto, packing in cartons of 100 pcs included."),
        ("p", "2. Payment: 30% advance with order, balance 60 days date of invoice."),
        ("p", "3. Validity: 60 days."),
        ("p", "4. Tolerances: Fs +/- 10%, mass +/- 3%."),
        ("p", "5. Upon sample approval, the production batch (4.800 pcs) will be launched automatically under "
              "the same order, without further confirmation."),
        ("p", "Distinti saluti - Giulia Bassi, Ufficio Vendite"),
    ], title="CV-OF-24-118", author="Coni Veneti")),
])

# p19: Japanese-English buyer mail contradicts own PO (written release by Kenji Sato) - continue after OK
_p19_po = pdf([
    ("h1", "KUROSAWA GAKKI CO., LTD. - PURCHASE ORDER KG-24-0150"),
    ("p", "1-22-5 Sumiyoshi, Naka-ku, Hamamatsu, Shizuoka 430-0906, Japan"),
    ("table", [
        ["Supplier", "PT Kayu Nada Indonesia", "Date", "2024-05-13"],
        ["Buyer", "Hiroshi Tanaka", "Trade term", "FOB Surabaya"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Part", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "KG-ST-B2", "Sample body, alder 2-pc, 3-tone sunburst, poly", "20", "58.00", "1,160.00"],
    ]),
    ("sp",),
    ("p", "Scope: 20 sample bodies are released. Balance 280 pcs: not released. The balance is released "
          "only by written release signed by Mr. Kenji Sato, Head of Product, after sample sign-off in Hamamatsu."),
    ("p", "Material: for the 20 sample bodies only."),
], title="KG-24-0150", author="Kurosawa Gakki")
_p19_txt = T("""
    Dear Hendra-san,

    Thank you for your quick quotation. Please find attached PO KG-24-0150 for the KG-ST sample
    bodies.

    Schedule is very tight for NAMM launch. So, after Sato-san says OK for the sample, please
    continue production smoothly for remaining 280 pcs, no need to wait for paper release. We trust
    you!

    Sunburst: please match chip KG-C-11, the red ring should be narrow (approx. 8 mm).

    Best regards,
    Hiroshi Tanaka
    Product Manager, Kurosawa Gakki Co., Ltd.
    """)
case("p19_jp_continue_after_ok", ["RG007"],
     "buyer's mail says continue with the remaining 280 once Sato-san OKs the sample, no paper release - contradicts the attached PO's written-release requirement", [
    ("KG-24-0150_sample_bodies.eml", eml_bytes(mail(
        "Hiroshi Tanaka <h.tanaka@kurosawa-gakki.co.jp>", "Hendra Wijaya <hendra.w@kayunada.co.id>",
        "PO KG-24-0150 KG-ST sample bodies", "Mon, 13 May 2024 18:05:00 +0900", _p19_txt,
        attachments=[("KG-24-0150.pdf", _p19_po, PDF_MT)]))),
])

# p20: PO with scope complete but "Forecast 2025 ... firm commitment, treat it as ordered"
case("p20_po_forecast_commitment", ["RG008"],
     "sample PO with complete scope, but the 2025 forecast is called a firm commitment to be treated as ordered", [
    ("BH-0533_cases.pdf", pdf([
        ("h1", "BLUEBIRD HOLLOW GUITARS LLC - PURCHASE ORDER BH-0533"),
        ("p", "40 Riverside Dr, Asheville NC 28801, USA"),
        ("table", [
            ["Supplier", "Astucci Marche Srl, Castelfidardo, Italy", "Date", "June 3, 2024"],
            ["Contact", "Chiara Santini", "Incoterm", "DAP Asheville"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["10", "BH-HC-D", "Hardshell case, dreadnought, brown tolex, green plush (sample)", "20", "96.00", "1,920.00"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This PO releases 20 sample cases only. The production quantity (1,980 cases) is not released; it is "
              "released only by written release from Caroline Pierce, Operations Manager, after sample sign-off."),
        ("h", "Forecast 2025"),
        ("p", "Forecast: 1,980 cases for 2025 (approx. 165 per month). This forecast is our firm commitment - please "
              "reserve the capacity and treat it as ordered."),
        ("p", "Caroline Pierce, Operations Manager"),
    ], pagesize=LETTER, title="BH-0533", author="Bluebird Hollow Guitars")),
])

# p21: supplier PI confirming a forecast as an order, production starts on deposit
case("p21_pi_forecast_deposit", ["RG008", "RG012"],
     "supplier PI books the buyer's forecast as an order of 2,500 sets and starts production on receipt of deposit", [
    ("NY-PI-240603.pdf", pdf([
        ("h1", "NINGBO YUEFENG MUSICAL HARDWARE CO., LTD."),
        ("p", "No. 66 Xinggang Road, Beilun District, Ningbo 315800, China"),
        ("h", "PROFORMA INVOICE NY-PI-240603"),
        ("table", [
            ["Buyer", "Redline Drum Works, Portland OR, USA", "Date", "2024-06-03"],
            ["Attn", "Tony Russo, Purchasing", "Trade term", "FOB Ningbo"],
        ]),
        ("sp",),
        ("p", "Per your forecast dated 3 March 2024 we confirm your order as follows:"),
        ("table", [
            ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "Tension rod set RD-TR-52 (52 mm, chrome, with washers), 10 rods/set", "2,500 sets", "2.35", "5,875.00"],
            ["2", "Claw hook set RD-CH-1, 10 pcs/set", "2,500 sets", "1.90", "4,750.00"],
            ["", "TOTAL", "", "", "10,625.00"],
        ]),
        ("sp",),
        ("p", "Payment: 30% T/T deposit (USD 3,187.50). Production starts upon receipt of deposit; balance 70% "
              "before shipment."),
        ("p", "Delivery: 35 days after deposit. Packing: 50 sets per carton, export carton with PE bag."),
        ("p", "Bank: Bank of China Ningbo Branch, SWIFT BKCHCNBJ92A, A/C 3587 2210 0091."),
        ("p", "Tony Zhang, Export Sales"),
    ], title="NY-PI-240603", author="Ningbo Yuefeng")),
])
# p22: chat: supplier starts production because the deposit arrived; books the 5k forecast as firm order
case("p22_chat_deposit_forecast", ["RG008", "RG012"],
     "chat: supplier reads the deposit as start of production and enters the 5,000 forecast as a firm order; buyer only thumbs-up", [
    ("chat_paola_luis_2025.txt", T("""
        [10/06/24, 09:12] Luis Garza: Paola, deposit for PI ET-PI-0412 went out this morning, wire ref 88120344 💸
        [10/06/24, 09:30] Paola Mendez: Recibido Luis, gracias! With the deposit in we start production of the heads on Monday 💪
        [10/06/24, 09:33] Luis Garza: also sent you our 2025 forecast by mail, 5k Bluebonnet heads - forecast only, for your planning
        [10/06/24, 09:47] Paola Mendez: Perfecto, we entered your 5,000 heads as a firm order in our system so we can hire the second shift 📝
        [10/06/24, 09:48] Luis Garza: haha ok, busy year ahead 😅
        [10/06/24, 09:52] Paola Mendez: 🙌
        """)),
])

# p23: buyer portal: rolling forecast that "constitutes our order"
_p23_rows = "".join(
    f"<tr><td>{m}</td><td>{a}</td><td>{b}</td></tr>\n"
    for m, a, b in [
        ("Jul 2024", "120", "60"), ("Aug 2024", "120", "60"), ("Sep 2024", "160", "80"),
        ("Oct 2024", "160", "80"), ("Nov 2024", "200", "100"), ("Dec 2024", "80", "40"),
        ("Jan 2025", "100", "40"), ("Feb 2025", "120", "60"), ("Mar 2025", "140", "60"),
        ("Apr 2025", "140", "60"), ("May 2025", "120", "60"), ("Jun 2025", "120", "60"),
    ])
case("p23_forecast_is_order", ["RG008"],
     "12-month forecast page says the forecast quantities constitute the order", [
    ("klangwerk_forecast_hradec.html", html_page("Klangwerk - rolling forecast for Hradec Akustik", f"""
<h2>Klangwerk Lautsprecher GmbH &mdash; Rolling 12-month forecast</h2>
<p>Supplier: Hradec Akustik s.r.o. (700418) &middot; Version: 2024-06 &middot; Contact: Jonas Petersen, Einkauf</p>
<p>The quantities below constitute our order to you for the period July 2024 to June 2025. Please plan
your capacity accordingly and confirm within 5 working days.</p>
<table>
<tr><th>Month</th><th>KW-S15-CAB subwoofer cabinet</th><th>KW-M12-CAB monitor cabinet</th></tr>
{_p23_rows}</table>
<p>Changes to the previous version: KW-M12 +10% from November (touring season), KW-S15 unchanged.</p>
<p style="color:#777">Generated by SRM, 2024-06-14 07:00</p>
""")),
])

# p24: DOCX: "we hereby place our order for the forecast volume"
case("p24_order_forecast_volume", ["RG008"],
     "letter places an order 'for the forecast volume' of 1,200 keyboard frames - forecast written as an order", [
    ("WP_order_letter_2025_frames.docx", docx_bytes([
        ("h1", "Weiland Pianos GmbH"),
        ("p", "Leipzig, 18 June 2024"),
        ("p", "Hradec Akustik s.r.o., Pilnackova 1180, 500 03 Hradec Kralove, Czech Republic - Attn. Mr. Petr Dvorak"),
        ("h", "Keyboard frames WK-88 - volume 2025"),
        ("p", "Dear Mr. Dvorak,"),
        ("p", "Our sales forecast for 2025 has now been signed off by the management board. Based on this forecast, we "
              "hereby place our order for the forecast volume of 1,200 keyboard frames (model WK-88, beech, "
              "balance rail with front-rail pins) for calendar year 2025."),
        ("table", [
            ["Quarter", "Forecast (frames)"],
            ["Q1 2025", "300"], ["Q2 2025", "300"], ["Q3 2025", "250"], ["Q4 2025", "350"],
            ["Total", "1,200"],
        ]),
        ("sp",),
        ("p", "Delivery in monthly lots from January 2025, DAP Leipzig. Prices as per your offer HA-2024-071."),
        ("p", "We look forward to another good year together."),
        ("p", "Mit freundlichen Gruessen - Stefan Roth, Einkauf"),
    ], author="Stefan Roth")),
])

# p25: release mail with "approved" for sample, PO and production
_p25_txt = T("""
    Dear Giulia,

    a quick status so everybody in Treviso is on the same page:

    - The 20 sample cones are approved by our acoustics lab (measurement report KW-AL-0412).
    - PO 4510-2301 is approved by our finance department.
    - Production is approved for the first 100 pilot cones now - please start them.
    - The remaining 4,900 cones stay on hold until we accept the pilot lot in Hamburg and I send you
      a written production release.

    Material: paper pulp and surrounds for the 100 pilot cones only.

    The lab asked for one change on the pilot cones: dust cap glue bead max 2 mm, the samples had
    up to 4 mm on the outer edge.

    Viele Gruesse / best regards
    Ralf Becker
    """) + sig("Ralf Becker", "Leiter Produktion", "Klangwerk Lautsprecher GmbH", "+49 40 7312 0-10")
case("p25_approved_three_meanings", ["RG009"],
     "'approved' used for sample (lab), PO (finance) and production (100 pilot); scope otherwise complete", [
    ("KW-M10_cones_status.eml", eml_bytes(mail(
        "Ralf Becker <r.becker@klangwerk-audio.de>", "Giulia Bassi <g.bassi@coniveneti.it>",
        "KW-M10 cones - status and pilot lot", "Tue, 04 Jun 2024 14:22:00 +0200", _p25_txt,
        cc="Jonas Petersen <j.petersen@klangwerk-audio.de>"))),
])

# p26: DOCX: "released" for drawing, PO in SAP and production
case("p26_released_three_meanings", ["RG009"],
     "'released' used for the drawing revision, the PO in SAP and production of 30 necks", [
    ("HG_neck_status_4711-0112.docx", docx_bytes([
        ("h1", "Hartmann Gitarren GmbH - HG-Archtop neck: status and order"),
        ("p", "To: Tonwerk Luby s.r.o. - Mr. Jan Novak. From: Katrin Schulz, Head of Purchasing. 10 June 2024."),
        ("p", "Dear Jan,"),
        ("p", "thank you for the ten sample necks; the team in Markneukirchen signed them off last week. Here is "
              "where we are:"),
        ("li", "Drawing HG-N-310 is released in revision C (heel radius 14 mm, truss rod access at the headstock)."),
        ("li", "Purchase order 4711-0112 has been released in SAP today."),
        ("li", "Production is released for 30 necks (first lot), delivery week 30."),
        ("li", "The other 270 necks remain on hold until we accept the first lot here, and then only with a "
              "written production release from me."),
        ("p", "Material: maple and ebony for the 30 necks only, please."),
        ("p", "Viele Gruesse / S pozdravem - Katrin Schulz"),
    ], author="Katrin Schulz")),
])

# p27: chat Indonesian-Japanese English: "approval" for finance, colour chip and production
case("p27_chat_approval_three_ways", ["RG009"],
     "chat: 'approval' used for finance (PO), colour chip and production; scope otherwise complete", [
    ("whatsapp_bu_ratna_fujita.txt", T("""
        [06/06/24 09:15:02] Bu Ratna (Gema Mandiri): Selamat pagi Fujita-san 🙏 update: approval dari finance udah masuk (PO TD-PO-2406-004 received), approval warna juga udah dari bapak kemarin (chip TS-C-04 natural). Sekarang approval produksi gimana pak?
        [06/06/24 09:21:40] Daisuke Fujita: Good morning Bu Ratna. Production approval is not yet. Now please make only the 10 sample shells (mahogany 14x6.5, 8 ply).
        [06/06/24 09:22:15] Daisuke Fujita: Other 190 shells are not released. Production approval for 190 will come in writing from Ogawa-san (Production Manager) after sound test of the 10 samples in Nagoya.
        [06/06/24 09:23:01] Bu Ratna (Gema Mandiri): siap pak, noted 🙏 10 sample dulu, 190 tunggu Ogawa-san
        [06/06/24 09:23:30] Daisuke Fujita: Material only for 10 please. Thank you!
        [06/06/24 09:24:12] Bu Ratna (Gema Mandiri): ok pak, kayu mahoni utk 10 saja
        """)),
])

# p28: supplier status PDF: approval used three ways, production "approved automatically" after sample approval
case("p28_status_auto_approval", ["RG007", "RG009"],
     "supplier status: 'approval' for technical, commercial and production, and production of 995 starts automatically after sample approval", [
    ("SO-B7_project_status.pdf", pdf([
        ("h1", "Dongguan Hengsheng Acoustic Co., Ltd"),
        ("p", "Project SO-B7 bookshelf speaker - customer Sakura Onkyo K.K. - status 2024-05-24 - prepared by Cherry Liu"),
        ("h", "Approval status"),
        ("table", [
            ["Stage", "Status", "Date"],
            ["Technical approval (acoustic samples, 5 pcs)", "Approved by customer", "2024-05-08"],
            ["Commercial approval (PO SO-24-0614)", "Approved - PO received", "2024-05-10"],
            ["Finish sample (walnut veneer, 2 pcs)", "Sent, waiting for customer", "2024-05-20"],
            ["Production approval (995 pcs)", "Will be approved automatically once the finish sample is approved", "-"],
        ]),
        ("sp",),
        ("p", "Note: As in our standard process, production of the 995 pcs starts automatically after customer "
              "approval of the finish sample; no separate order is needed."),
        ("p", "Capacity: line 3 reserved from week 24. Veneer: walnut, book-matched front and top."),
    ], title="SO-B7 status", author="Dongguan Hengsheng")),
])
# p29: call-off page: "released" for finish chip, PO and production; text says 200, line table totals 240
case("p29_calloff_released_200_240", ["RG009", "RG011"],
     "call-off uses 'released' for colour chip, PO and production, and states 200 in the text but 240 in the lines", [
    ("thamesford_calloff_05_heritage.html", html_page("Thamesford Drums - call-off 05", """
<h2>Thamesford Drums Ltd &mdash; Call-off 05</h2>
<p>Supplier: Tonwerk Luby s.r.o. &middot; Blanket order TD-PO-24-0512 (Heritage shells, blanket quantity 1,000) &middot; Date: 1 July 2024</p>
<ul>
<li>Finish chip HR-07 (walnut satin): released.</li>
<li>Purchase order TD-PO-24-0512 rev 2: released by finance.</li>
<li>Production: this call-off releases <b>200 shells</b>.</li>
</ul>
<table>
<tr><th>Line</th><th>Shell</th><th>Release qty (this call-off)</th><th>Delivery</th></tr>
<tr><td>1</td><td>Tom 12 x 8, beech 6-ply</td><td>80</td><td>wk 33</td></tr>
<tr><td>2</td><td>Floor tom 16 x 16, beech 6-ply</td><td>80</td><td>wk 33</td></tr>
<tr><td>3</td><td>Bass drum 22 x 18, beech 8-ply</td><td>80</td><td>wk 34</td></tr>
<tr><th colspan="2">Total this call-off</th><th>240</th><th></th></tr>
</table>
<p class="note">The remaining shells of the blanket order are not released. They stay on hold until the next
call-off, signed by Tom Ashby, Head of Supply. Material: veneer and glue for this call-off only.</p>
<p>Questions: Olivia Grant, Buyer, +44 20 8807 4412.</p>
""")),
])

# p30: ERP PO printout: sample line with quantity "TBA"
case("p30_erp_qty_tba", ["RG010"],
     "sample PO line has quantity 'TBA'; balance hold, unlock event and release person are present", [
    ("RDW-1455_printout.txt", T("""
        REDLINE DRUM WORKS                         PURCHASE ORDER        RDW-1455
        2231 SE DIVISION ST, PORTLAND OR 97202     DATE: 05/22/2024      PAGE 1 OF 1

        VENDOR: V-0412  NINGBO YUEFENG MUSICAL HARDWARE CO., LTD.
        SHIP TO: REDLINE DRUM WORKS, DOCK 2         SHIP VIA: AIR / FCA NINGBO
        BUYER: T. RUSSO   (503) 555-0166            TERMS: NET 30

        LN  ITEM          DESCRIPTION                               QTY    UOM  UNIT PRICE
        --  ------------  ----------------------------------------  -----  ---  ----------
        01  RD-TO-3       SAMPLE - SNARE THROW-OFF, 3-POS, CHROME   TBA    EA   PER QUOTE
                          BUTT END RD-BE-3 INCL. DWG RD-TO-3-02 R4
                          M4X0.7 MOUNTING SCREWS, 2 PER UNIT
        --  ------------  ----------------------------------------  -----  ---  ----------
        PRICE BASIS: QUOTE NY-Q-2404-91

        NOTES:
        SAMPLE ORDER. PRODUCTION BALANCE NOT RELEASED.
        BALANCE RELEASED ONLY BY WRITTEN RELEASE FROM JESS PARKER (PRODUCT MGR)
        AFTER SAMPLE SIGN-OFF IN PORTLAND. QTY TO BE ADVISED BY BUYER.
        """)),
])

# p31: portal message: build the pilot batch, no quantity; hold, event, person present
case("p31_portal_pilot_batch_no_qty", ["RG010"],
     "portal message authorizes 'the pilot batch' without any quantity; hold, pilot acceptance event and Takahashi named", [
    ("sakura_portal_msg_SX-12.html", html_page("Sakura Onkyo supplier portal - message", """
<h2>Sakura Onkyo K.K. &mdash; Supplier portal</h2>
<p><b>To:</b> Ensambles Tijuana S.A. de C.V. (Ing. Paola Mendez) &middot; <b>From:</b> Takahashi Ryo, Procurement Manager
&middot; <b>Date:</b> 2024-06-18 &middot; <b>Ref:</b> PO SO-24-0688</p>
<p>Dear Paola-san,</p>
<p>Thank you for the finish samples of the SX-12 powered cabinet. Please build the pilot batch of the SX-12
(finish per spec SO-SX12-SP rev 4, attached to the PO; amplifier module will be supplied by us).</p>
<div class="note">The production quantity remains on hold. It is not released until we accept the pilot lot in
our Torrance, CA warehouse, and then only by written release from me (Takahashi Ryo, Procurement Manager).</div>
<table>
<tr><th>Spec item</th><th>Value</th></tr>
<tr><td>Enclosure</td><td>15 mm birch ply, black textured PU</td></tr>
<tr><td>Grille</td><td>1.2 mm perforated steel, powder-coated, foam backing</td></tr>
<tr><td>Pole mount</td><td>35 mm, 0/-7.5 deg</td></tr>
</table>
<p>Best regards, Takahashi</p>
""")),
])

# p32: DOCX: finish samples in the colours on the colour card, no number
case("p32_letter_samples_colour_card", ["RG010"],
     "letter authorizes finish samples 'in the colours marked on the enclosed card' without stating a quantity", [
    ("KG_hardcase_finish_samples.docx", docx_bytes([
        ("h1", "Kurosawa Gakki Co., Ltd."),
        ("p", "To: Astucci Marche Srl, Castelfidardo - Ms. Chiara Santini"),
        ("p", "From: Yuki Mori, Buyer - 28 May 2024"),
        ("h", "KG hard case for KG-ST / KG-TL electric guitars - finish samples"),
        ("p", "Dear Chiara-san,"),
        ("p", "Thank you for the beautiful prototype case you brought to Musikmesse. We authorize finish samples of "
              "the KG hard case in the Tolex colours marked on the enclosed colour card, with the gold-plated "
              "latches and the embossed logo plate."),
        ("p", "The production quantity for the 2025 programme is not released. It remains on hold until our artist "
              "relations team has signed off the finish samples and Mr. Kenji Sato, Head of Product, sends a "
              "written production release."),
        ("p", "Material: please use remnant Tolex from stock for the samples; do not buy Tolex rolls for production."),
        ("p", "Kind regards, Yuki Mori"),
    ], author="Yuki Mori")),
])

# p33: two files: PO says 24 samples, product manager's mail asks for 30 samples
_p33_po = pdf([
    ("h1", "HARTMANN GITARREN GMBH - BESTELLUNG / PURCHASE ORDER 4711-0131"),
    ("p", "Klingenthaler Str. 41, 08258 Markneukirchen, Germany"),
    ("table", [
        ["Lieferant / Supplier", "PT Kayu Nada Indonesia", "Datum / Date", "21.05.2024"],
        ["Einkauf / Buyer", "Katrin Schulz", "Incoterm", "FOB Surabaya"],
    ]),
    ("sp",),
    ("table", [
        ["Pos", "Material", "Text", "Menge / Qty", "Preis USD", "Wert USD"],
        ["10", "HG-SC-B1", "Sample body HG-SC, alder 2-pc, routed HH, raw", "24", "39,00", "936,00"],
    ]),
    ("sp",),
    ("p", "Scope: 24 sample bodies. The remaining 476 bodies are not released; they are released only by a "
          "written release from Katrin Schulz, Head of Purchasing, after sample sign-off in Markneukirchen."),
    ("p", "Material: alder for the 24 sample bodies only."),
], title="4711-0131", author="Hartmann Gitarren")
_p33_txt = T("""
    Hi Hendra,

    Katrin sent you the PO for the HG-SC sample bodies yesterday. Small change from my side: please
    make 30 samples instead of 24 - we need six extra for the artist relations team, they want to
    build up some guitars for the summer festivals.

    Routing as on the drawing, HH with the 3-way switch cavity. Thanks a lot!

    Lukas
    """) + sig("Lukas Weber", "Produktmanager", "Hartmann Gitarren GmbH", "+49 37422 4471-31")
case("p33_po_and_pm_mail", ["RG011"],
     "two files: PO authorizes 24 sample bodies, product manager's mail tells the supplier to make 30", [
    ("HG-SC_sample_bodies.eml", eml_bytes(mail(
        "Lukas Weber <l.weber@hartmann-gitarren.de>", "Hendra Wijaya <hendra.w@kayunada.co.id>",
        "HG-SC sample bodies - quantity", "Wed, 22 May 2024 16:18:00 +0200", _p33_txt))),
    ("PO_4711-0131.pdf", _p33_po),
])

# p34: ERP PO: header total 60, lines 24 + 24
case("p34_erp_header_vs_lines", ["RG011"],
     "ERP PO header says total 60, the two sample lines add up to 48", [
    ("WP-24-0219_bestellung.txt", T("""
        WEILAND PIANOS GMBH                  BESTELLUNG / PURCHASE ORDER WP-24-0219        SEITE 1
        Karl-Heine-Str. 88, 04229 Leipzig    DATUM 2024-05-15              WAEHRUNG EUR

        LIEFERANT : 401122 TONWERK LUBY S.R.O., LUBY 412, CZ-351 37 LUBY
        EINKAEUFER: S. ROTH  +49 341 4925 61-18        ZAHLUNG: 30 TAGE NETTO
        GESAMTMENGE / TOTAL QTY : 60 ST

        POS  MATERIAL    BEZEICHNUNG / DESCRIPTION                   MENGE  ME   PREIS     WERT
        ---- ----------- ------------------------------------------- ------ ---- -------- --------
        0010 WH-HH-B12   HAMMER HEAD SAMPLE SET BASS, 12 LB FELT        24  ST      6,20   148,80
        0020 WH-HH-T14   HAMMER HEAD SAMPLE SET TREBLE, 14 LB FELT      24  ST      5,40   129,60
        ---- ----------- ------------------------------------------- ------ ---- -------- --------
                                                                       GESAMTWERT EUR    278,40
        NOTE: SAMPLES ONLY. SERIES QTY 1.140 ST NOT RELEASED.
              SERIES QTY RELEASED ONLY IN WRITING BY DR. ANJA KRUEGER (TECHNICAL DIRECTOR)
              AFTER SAMPLE SIGN-OFF IN LEIPZIG. MATERIAL: FELT FOR SAMPLES ONLY.
        LIEFERTERMIN / DELIVERY: KW 25/2024, DAP LEIPZIG
        """)),
])

# p35: DOCX: text says twelve (12) proto necks, table says 20
case("p35_letter_12_table_20", ["RG011"],
     "order letter says twelve (12) proto necks in the text, its table says 20", [
    ("BH_proto_necks_letter.docx", docx_bytes([
        ("h1", "Bluebird Hollow Guitars LLC"),
        ("p", "40 Riverside Dr, Asheville NC 28801 - June 10, 2024"),
        ("p", "To: PT Kayu Nada Indonesia, Surabaya - Attn. Pak Hendra Wijaya"),
        ("h", "Proto necks BH-00 parlor - order BH-0541"),
        ("p", "Dear Pak Hendra,"),
        ("p", "Please make twelve (12) proto necks for the BH-00 parlor, one-piece mahogany, slotted headstock, "
              "12-fret neck joint, per drawing BH-00-N-04 rev B."),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD"],
            ["BH-00-N", "Proto neck, mahogany, slotted, unfinished", "20", "44.00"],
        ]),
        ("sp",),
        ("p", "The production necks are not released. They are released only by written release from Caroline "
              "Pierce, Operations Manager, after proto sign-off in Asheville. Please buy mahogany for the proto "
              "necks only."),
        ("p", "Terima kasih! Caroline Pierce"),
    ], author="Caroline Pierce")),
])
# p36: chat: PO stays at 10 but make 15
case("p36_chat_po_10_make_15", ["RG011"],
     "chat: PO for 10 sample baffles, buyer then asks for 15 while 'PO stays at 10'", [
    ("chat_priya_kevin_baffles.txt", T("""
        [28/05/24, 10:02] Priya Nair: Hi Kevin! PO KA-24-0240 is in your inbox: 10 sample baffles for the KA-212 (15 mm birch, 2 x 12in cut-outs, black). The other 490 are not released - they only open with a written release from me after we've signed off the samples in Bristol.
        [28/05/24, 10:05] Kevin Zhou: Thanks Priya! 10 sample baffles, noted. Material only for 10 👍
        [28/05/24, 10:40] Priya Nair: Actually make it 15 pls - the guys in the workshop want spares to test different cloth tensions. PO stays at 10 for now, finance will catch up
        [28/05/24, 10:42] Kevin Zhou: OK no problem
        [28/05/24, 10:43] Priya Nair: cheers!! cut-outs per drawing KA-212-B rev 3, the 282 mm ones not 280
        [28/05/24, 10:44] Kevin Zhou: 282 mm rev 3 ✔️
        """)),
])

# p37: release mail says 300, attached release letter says 250
_p37_letter = pdf([
    ("h1", "Klangwerk Lautsprecher GmbH - Production release PR-2024-007"),
    ("p", "Supplier: Hradec Akustik s.r.o. - Order 4510-2260 - Part KW-S18-CAB subwoofer cabinet 18in - 5 June 2024"),
    ("table", [
        ["Item", "Entry"],
        ["Quantity released", "250 cabinets"],
        ["Basis", "pilot lot of 24 accepted in Hamburg on 31 May 2024 (report QS-24-118)"],
        ["Remaining quantity", "926 cabinets - not released"],
        ["Unlock for remaining quantity", "acceptance of the first 250 and a further written release"],
        ["Release authority", "Ralf Becker, Leiter Produktion"],
        ["Material authority", "for the 250 released cabinets only"],
    ]),
    ("sp",),
    ("p", "Signed: Ralf Becker, Leiter Produktion"),
], title="PR-2024-007", author="Klangwerk")
_p37_txt = T("""
    Hallo Petr,

    the pilot cabinets passed - thank you, the bracing change did the trick, no more buzz at 38 Hz.

    Attached is our release letter PR-2024-007 for the KW-S18. In short: please release 300 cabinets
    into production now, delivery in two lots (wk 28 / wk 31). The rest stays on hold as per the
    letter.

    Grille: same 1.5 mm steel as the pilot lot, please.

    Viele Gruesse
    Ralf
    """) + sig("Ralf Becker", "Leiter Produktion", "Klangwerk Lautsprecher GmbH", "+49 40 7312 0-10")
case("p37_mail_300_letter_250", ["RG011"],
     "release mail tells the supplier 300 cabinets, the attached release letter releases 250", [
    ("KW-S18_release_PR-2024-007.eml", eml_bytes(mail(
        "Ralf Becker <r.becker@klangwerk-audio.de>", "Petr Dvorak <dvorak@hradec-akustik.cz>",
        "KW-S18 production release PR-2024-007", "Wed, 05 Jun 2024 13:40:00 +0200", _p37_txt,
        attachments=[("PR-2024-007.pdf", _p37_letter, PDF_MT)]))),
])

# p38: forwarded internal note (rfc822) releases 120, cover mail says build 100
_p38_inner = mail(
    "Oliver Hayes <ohayes@brightwater-audio.co.uk>", "Gemma Shaw <gshaw@brightwater-audio.co.uk>",
    "BW-8 - OK to release", "Mon, 17 Jun 2024 17:02:00 +0100",
    T("""
        Gemma,

        OK from my side to release 120 BW-8 units to Dongguan now. The other 380 stay on hold until
        the pilot units pass the listening panel on 8 July; I'll sign the next release myself after
        that.

        Oliver
        Head of Engineering
        """))
_p38_txt = T("""
    Dear Cherry,

    Good news: please build 100 units of the BW-8 passive now, as per Oliver's note below (forwarded
    for your records). The remaining units stay on hold as Oliver describes.

    Grille cloth: charcoal; badge: brushed alu 60 x 18. Same carton spec as the pilot units.

    Best,
    Gemma
    """) + sig("Gemma Shaw", "Purchasing Manager", "Brightwater Audio Ltd", "+44 113 496 0877")
case("p38_fwd_120_cover_100", ["RG011"],
     "cover mail says build 100, the forwarded release note (message/rfc822) releases 120", [
    ("FW_BW-8_release.eml", eml_bytes(mail(
        "Gemma Shaw <gshaw@brightwater-audio.co.uk>", "Cherry Liu <cherry.liu@hengsheng-acoustic.cn>",
        "FW: BW-8 - OK to release", "Tue, 18 Jun 2024 08:15:00 +0100", _p38_txt,
        attachments=[("rfc822", _p38_inner)]))),
])

# p39: supplier mail: deposit received, so production of the 1,000 cabinets started
_p39_txt = T("""
    Dear Takahashi-san,

    Good morning! We received your 30% deposit (USD 8,460.00) today, thank you very much.

    So production of the 1,000 SO-B8 cabinets has started today on line 3. We cut the MDF this
    afternoon and veneer pressing starts tomorrow. First 200 pcs ready for inspection in week 27.

    Please advise the forwarder for the first container (40HQ, approx. 480 cartons).

    Best regards,
    Cherry Liu
    Sales Manager
    Dongguan Hengsheng Acoustic Co., Ltd
    Tel +86 769 2266 3051
    """)
case("p39_supplier_deposit_started", ["RG012"],
     "supplier treats receipt of the deposit as the start of production for 1,000 cabinets", [
    ("SO-B8_update_line3.eml", eml_bytes(mail(
        "Cherry Liu <cherry.liu@hengsheng-acoustic.cn>", "Takahashi Ryo <r.takahashi@sakura-onkyo.co.jp>",
        "SO-B8 deposit received - production started", "Wed, 12 Jun 2024 10:05:00 +0800", _p39_txt))),
])

# p40: full-quantity PO letter: acceptance of the PO is the authority to manufacture
case("p40_acceptance_is_authority", ["RG012"],
     "PO letter makes the supplier's acceptance of the PO the authority to manufacture the 800 benches", [
    ("WP-24-0233_benches.docx", docx_bytes([
        ("h1", "Weiland Pianos GmbH - Purchase order WP-24-0233"),
        ("p", "To: CV Jati Suara, Jepara, Indonesia - Attn. Pak Slamet"),
        ("p", "Leipzig, 3 June 2024 - Buyer: Stefan Roth"),
        ("table", [
            ["Pos", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["10", "WB-2", "Piano bench, adjustable, black polyester high gloss, black leatherette top", "800", "61,00", "48.800,00"],
        ]),
        ("sp",),
        ("p", "This is the full order quantity; WB-2 is a repeat item and there is no sample stage."),
        ("p", "Your written acceptance of this purchase order is your authority to manufacture the full 800 pcs."),
        ("p", "Delivery: 4 x 200 pcs, FOB Semarang, monthly from August 2024. Carton drop test per ISTA 2A."),
        ("p", "Mit freundlichen Gruessen - Stefan Roth, Einkauf"),
    ], author="Stefan Roth")),
])

# p41: accounting relays deposit paid -> start production, and "approved, please proceed" unscoped; buyer scope quoted
_p41_m1 = T("""
    Dear Tony-san,

    PO TD-PO-2406-021 covers ten (10) sample hi-hat stands TS-HH5 only. The 140 production stands
    in your quotation are not released; they are released only by a written release from Mr.
    Shinji Ogawa, Production Manager, after our sample sign-off in Nagoya. Material for the 10
    samples only, please.

    Please also send the new clutch drawing before you make the samples.

    Best regards,
    Daisuke Fujita
    Purchasing, Tsubaki Drum Co., Ltd.
    """)
_p41_txt = T("""
    Dear Tony-san,

    Our 30% deposit on your PI NY-PI-240611 was paid today (TT ref MUFG-0614-22871). So you can start
    production now.

    Also, Fujita-san asked me to tell you: the clutch drawing rev 2 is approved, please proceed.

    Best regards,
    Mika Hayashi
    Accounting, Tsubaki Drum Co., Ltd.

    ----- Original message -----
    From: Daisuke Fujita <d.fujita@tsubaki-drum.co.jp>
    Date: 2024/06/10 11:20
    Subject: PO TD-PO-2406-021 TS-HH5 samples
    """) + quote(_p41_m1)
case("p41_accounting_deposit_proceed", ["RG002", "RG012"],
     "accounting says the deposit means production can start, and relays 'approved, please proceed' without scope; quoted buyer scope (10 samples, 140 held, Ogawa) complete", [
    ("deposit_TS-HH5_NY-PI-240611.eml", eml_bytes(mail(
        "Mika Hayashi <m.hayashi@tsubaki-drum.co.jp>", "Tony Zhang <tony.zhang@yuefeng-hw.com>",
        "Deposit paid - PI NY-PI-240611 / TS-HH5", "Fri, 14 Jun 2024 16:30:00 +0900", _p41_txt,
        cc="Daisuke Fujita <d.fujita@tsubaki-drum.co.jp>"))),
])
# p42: web PO for 10 sample snare wires with an unlabelled quote summary showing 2,000
case("p42_web_po_quote_summary", ["RG001", "RG003", "RG004", "RG005"],
     "web PO for 10 sample snare wires shows the quote's 2,000 production tier without saying it is informational or not released; no hold, event or person", [
    ("TD-PO-24-0601_web.html", html_page("Thamesford Drums - PO TD-PO-24-0601", """
<h2>Thamesford Drums Ltd &mdash; Purchase order TD-PO-24-0601</h2>
<table>
<tr><th>Supplier</th><td>Ningbo Yuefeng Musical Hardware Co., Ltd.</td><th>Date</th><td>2024-06-11</td></tr>
<tr><th>Buyer</th><td>Olivia Grant</td><th>Incoterm</th><td>FCA Ningbo</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit GBP</th><th>Total GBP</th></tr>
<tr><td>1</td><td>TD-SW-20-14</td><td>Snare wires, 20 strand, 14in, carbon steel, sample</td><td>10</td><td>4.10</td><td>41.00</td></tr>
</table>
<h3>Quotation summary (NY-Q-2405-12)</h3>
<table>
<tr><th>Tier</th><th>Qty</th><th>Unit GBP</th><th>Lead time</th></tr>
<tr><td>Sample</td><td>10</td><td>4.10</td><td>2 weeks</td></tr>
<tr><td>Production</td><td>2,000</td><td>1.65</td><td>5 weeks</td></tr>
</table>
<p>End plates: brass, 2 holes, polyester cord. Bag each set with a Thamesford header card (artwork TD-HC-07).</p>
<p>Invoices to accounts@thamesforddrums.co.uk quoting the PO number.</p>
""")),
])

# p43: DOCX order letter for 5 sample road cases, supplier offer with serie 995 listed in a table
case("p43_letter_with_offer_table", ["RG001", "RG003", "RG004", "RG005"],
     "order letter for 5 sample road cases lists the supplier's 995-piece series quantity in its table with no informational/not-released wording; no hold, event or person", [
    ("RDW_ordine_road_cases.docx", docx_bytes([
        ("h1", "Redline Drum Works - Order RDW-1480"),
        ("p", "To: Astucci Marche Srl, Via Adriatica 52, Castelfidardo (AN), Italia - c.a. Chiara Santini"),
        ("p", "Portland, June 12, 2024"),
        ("p", "Ciao Chiara,"),
        ("p", "Thanks again for the samples of the foam and the latches, the team loved the red plush. Here is our "
              "order for the sample road cases for the RD-Kit Studio (kick, 2 toms, snare, hardware):"),
        ("table", [
            ["Item", "Per your offer AM-OF-24-081", "Qty", "Unit EUR"],
            ["RD-RC-SET sample road case set", "Campionatura", "5", "420,00"],
            ["RD-RC-SET road case set", "Serie", "995", "238,00"],
        ]),
        ("sp",),
        ("p", "This order is for the 5 sample sets. Red plush lining, black hexagon laminate, ball corners, "
              "recessed latches, our logo stencilled on each lid. Delivery DAP Portland by August 2."),
        ("p", "Grazie mille!"),
        ("p", "Jess Parker, Product Manager, Redline Drum Works"),
    ], author="Jess Parker")),
])

# p44: chat: PO for 6 proto woofers plus quote "with the 1,200 for the launch" attached
case("p44_chat_quote_for_launch", ["RG001", "RG003", "RG004", "RG005"],
     "chat: PO for 6 proto woofers sent together with the quote showing 1,200 'for the launch', nothing says informational or not released, no event or person", [
    ("whatsapp_marco_gemma.txt", T("""
        [04/06/24, 07:58] Gemma Shaw: Ciao Marco! PO BW-PO-1187 for the 6 proto woofers (BW-15, 15in, paper cone, 3in coil) went out this morning 👍
        [04/06/24, 07:59] Gemma Shaw: also attached your quote with the 1,200 for the launch, so accounts can set up the price
        [04/06/24, 08:20] Marco Zanin: Ciao Gemma! Grazie mille. 6 proto, perfetto 👌
        [04/06/24, 08:21] Marco Zanin: surround in cloth or foam for the proto?
        [04/06/24, 08:25] Gemma Shaw: cloth, double roll. dust cap felt
        [04/06/24, 08:26] Marco Zanin: ok. proto ready in 3 weeks, DHL to Leeds
        [04/06/24, 08:27] Gemma Shaw: brill, thanks Marco 🙏
        """)),
])

# p45: call-off PDF: 200 against a 1,000 blanket, nothing about the remaining 800
case("p45_calloff_200_of_1000", ["RG001", "RG003", "RG004", "RG005"],
     "call-off releases 200 against a 1,000 blanket shown beside it; nothing says the rest is not released, no unlock event, no person", [
    ("SO-BL-2024-01_calloff_03.pdf", pdf([
        ("h1", "Sakura Onkyo K.K. - Call-off order"),
        ("p", "2-14-8 Minamisenba, Chuo-ku, Osaka 542-0081, Japan"),
        ("table", [
            ["Call-off no.", "CO-03", "Date", "2024-06-20"],
            ["Blanket order", "SO-BL-2024-01", "Supplier", "Dongguan Hengsheng Acoustic Co., Ltd"],
            ["Part", "SO-W10 woofer 10in, paper cone", "Blanket quantity", "1,000 pcs"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Quantity this call-off", "Delivery", "Destination"],
            ["1", "200 pcs", "week 30 / 2024", "Osaka warehouse, dock B"],
        ]),
        ("sp",),
        ("p", "Packing: 20 pcs per carton, carton label with call-off number and lot. Test report (Fs, Qts, Re) "
              "for 5 pcs per lot, AQL 1.0."),
        ("p", "Takahashi Ryo, Procurement Manager"),
    ], title="CO-03", author="Sakura Onkyo")),
])


# ===================================================================== build
def _check():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    for c in CASES:
        for r in c["expect"]:
            assert r in RULES, (c["name"], r)
        fns = [f[0] for f in c["files"]]
        assert len(fns) == len(set(fns)), c["name"]
    counts = {r: sum(r in c["expect"] for c in CASES) for r in RULES}
    return counts


def main():
    counts = _check()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(range(len(CASES)))
    random.Random(5050).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        cname = f"h50_{nn:02d}_{stem}"
        d = OUT / cname
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[cname] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in RULES:
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
