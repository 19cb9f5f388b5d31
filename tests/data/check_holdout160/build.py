#!/usr/bin/env python3
"""Generator for the releasegate check_holdout160 corpus (dental / orthodontic / orthopaedic supplies).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout160/build.py

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
    m["Message-ID"] = msgid or f"<h160-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h160")
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



from email.utils import format_datetime  # noqa: E402


def dt(y, mo, d, h=9, mi=0, tz=0):
    """RFC 2822 date string with a correct weekday for a fixed local time and UTC offset (hours)."""
    tzinfo = _dt.timezone(_dt.timedelta(hours=tz))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tzinfo))


def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


TXT_MT = "text/plain"
HTML_MT = "text/html"


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(160160).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_.-]", "_", Path(c["files"][0][0]).stem)
        folder = f"h160_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            elif isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary
    per_rule = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            per_rule[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  multi-rule {multi}")
    for r, n in per_rule.items():
        print(f"  {r}: {n}")


# ================================================================= CASES
# ---------------------------------------------------------------- batch 1

# p01: PDF PO for a 12 pcs engineering lot + the supplier offer with the 1 200 pcs series tier as a
# second file; the PO names a release authority but no hold and no unlock event.
case("p01_po_with_offer_file", ["RG001", "RG003", "RG004"],
     "sample PO (12) bundled with the supplier offer showing 1 200 series pcs, nothing says the series is "
     "not released; no hold, no unlock event; Karin Nyström named as release authority",
     [("PO_4500031907.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500031907"),
         ("p", "Nordtand Implant AB · Mölndalsvägen 91 · SE-412 63 Göteborg · Sweden · "
               "Org.nr 556712-4410 · VAT SE556712441001"),
         ("p", "Supplier: Präzisa Mikromechanik AG, Bettlachstrasse 14, CH-2540 Grenchen. "
               "Supplier no. 201448. Your contact: Mr. Beat Schnyder."),
         ("p", "PO date: 2024-06-11. Buyer: Karin Nyström, +46 31 707 22 18. Currency: CHF. "
               "Incoterms 2020: FCA Grenchen. Payment: 30 days net."),
         ("sp",),
         ("table", [
             ["Pos", "Article / Rev", "Description", "Qty", "Unit", "Price", "Amount"],
             ["10", "NT-ABU-MU-17 Rev D", "Multi-unit abutment 17°, Ti-6Al-4V ELI (ASTM F136), "
              "engineering lot", "12", "pcs", "48.50", "582.00"],
             ["20", "NT-SCR-M16", "Prosthetic screw M1.6 for pos 10, engineering lot", "12", "pcs",
              "6.20", "74.40"],
             ["", "", "", "", "", "Total CHF", "656.40"],
         ]),
         ("sp",),
         ("p", "Reference: your offer OF-24-0612 dated 2024-05-29 (enclosed with this order)."),
         ("p", "Delivery to Göteborg, goods receiving gate 3, in calendar week 27. Each lot with "
               "material certificate EN 10204 3.1, certificate of conformity and a dimensional report "
               "on 5 pcs per position (critical dimensions per drawing NT-ABU-MU-17 Rev D, sheet 2)."),
         ("p", "Cleaning and packaging: final cleaning per your validated process PR-CLN-07, single "
               "packed in PE bags, labelled with article, rev and heat number."),
         ("p", "Release authority for this order: Karin Nyström, Category Manager Implants."),
         ("p", "General terms: Nordtand Implant AB General Purchasing Conditions 2023 apply. "
               "Please confirm this order within 3 working days to inkop@nordtand.se."),
     ], title="PO 4500031907", author="Nordtand Implant AB")),
      ("Praezisa_Offerte_OF-24-0612.pdf", pdf([
          ("h1", "Offerte / Quotation OF-24-0612"),
          ("p", "Präzisa Mikromechanik AG · Bettlachstrasse 14 · CH-2540 Grenchen · ISO 13485:2016 "
                "certified"),
          ("p", "To: Nordtand Implant AB, Ms. Karin Nyström. Date: 29.05.2024. Valid until 31.08.2024."),
          ("p", "Dear Ms. Nyström, thank you for your enquiry. We are pleased to offer as follows:"),
          ("table", [
              ["Pos", "Article", "Quantity", "Price / pc CHF", "Lead time"],
              ["1", "NT-ABU-MU-17 Rev D, engineering lot", "12 pcs", "48.50", "3 weeks"],
              ["2", "NT-ABU-MU-17 Rev D, series", "1'200 pcs", "21.80", "6 weeks"],
              ["3", "NT-SCR-M16, engineering lot", "12 pcs", "6.20", "3 weeks"],
              ["4", "NT-SCR-M16, series", "1'200 pcs", "2.45", "6 weeks"],
          ]),
          ("p", "Material: Ti-6Al-4V ELI bar Ø 6 mm, ASTM F136, from our stock. Cleaning per "
                "PR-CLN-07. Packaging single in PE bag. Tooling and programming: included."),
          ("p", "Kind regards / Freundliche Grüsse, Beat Schnyder, Verkauf Medizintechnik"),
      ], title="OF-24-0612", author="Praezisa Mikromechanik AG"))])

# p02: Brazilian buyer mails a 30 pcs sample order and attaches the supplier quotation that shows a
# 6,000 pcs mass-production tier. No hold, no event, no release person.
_p02_quote = pdf([
    ("h1", "QUOTATION"),
    ("p", "Suzhou Yinuo Medical Plastics Co., Ltd. · No. 18 Xinghu Street, Suzhou Industrial Park, "
          "Jiangsu 215123, China"),
    ("p", "Quotation No.: YN-Q240418   Date: 2024-04-18   Customer: Sorriso Alinhadores Ltda., "
          "São Paulo, Brazil   Attn: Ms. Mariana Teixeira"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price (USD)", "Remark"],
        ["1", "Aligner case SA-C3, PP + TPE hinge, magnet closure, colour lilac (Pantone 2577 C), "
              "T1 samples", "30 pcs", "6.80", "from T1 tool"],
        ["2", "Aligner case SA-C3, mass production", "6,000 pcs", "1.12", "MOQ 3,000 pcs"],
        ["3", "Injection mould 1+1 cavity, P20 steel, 300k shots", "1 set", "4,650.00",
         "50% with order, 50% at T1"],
    ]),
    ("p", "Packing: 50 pcs / PE bag, 200 pcs / carton. Logo pad print 1 colour included. "
          "Lead time: samples 25 days after tool payment; mass production 20 days."),
    ("p", "Payment terms: T/T. Validity 60 days. FOB Shanghai."),
    ("p", "Sales: Lily Zhou, lily.zhou@yinuo-medplast.cn, +86 512 6283 4417"),
], title="YN-Q240418", author="Suzhou Yinuo Medical Plastics")
case("p02_br_sample_po_mail_quote", ["RG001", "RG003", "RG004", "RG005"],
     "buyer mail orders 30 samples and attaches the quotation with a 6,000 pcs tier; nothing says the "
     "6,000 is not released, no unlock event, no release person",
     [("PO_4500-2291_amostras.eml", mail(
         "Mariana Teixeira <mariana.teixeira@sorrisoalinhadores.com.br>",
         "Lily Zhou <lily.zhou@yinuo-medplast.cn>",
         "PO 4500-2291 - estojos alinhadores SA-C3 / aligner cases samples",
         dt(2024, 5, 7, 10, 22, -3),
         "Hi Lily, tudo bem?\n\n"
         "Segue our PO 4500-2291 for the aligner cases model SA-C3 in the new lilac colour. As we "
         "talked in the call, it is for 30 pcs samples from the T1 tool, so our marketing and the "
         "clinical team can test the hinge and the magnet with real patients in our clinic in "
         "Pinheiros.\n\n"
         "I attach also your quotation so everything is in one place for our finance, they are asking "
         "me for it every time :)\n\n"
         "Please send the PI for the mould (50%) and the DHL tracking when the samples are ready. "
         "Important: the invoice must have the NCM code 3923.10.90 and our CNPJ "
         "27.314.902/0001-55, otherwise the customs in Viracopos will hold the box.\n\n"
         "Logo: same file as before (sorriso_logo_v7.ai), pad print white.\n\n"
         "Muito obrigada!\nMariana\n"
         + sig("Mariana Teixeira", "Compras / Purchasing", "Sorriso Alinhadores Ltda.",
               "+55 11 3061 4420"),
         attachments=[("YN-Q240418.pdf", _p02_quote, PDF_MT)]))])

# p03: US buyer portal page: PO for 6 first-article trays with an unlabelled 720 EA program volume.
case("p03_portal_po_program_volume", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO authorizes 6 first-article trays and shows 'Program volume 720 EA' unlabelled; no hold, "
     "no unlock event, no release person",
     [("SupplierLink_PO_7100458822.html", html_page("Crestline SupplierLink - PO 7100458822", """
<div style="background:#123b5c;color:#fff;padding:8px"><b>Crestline SupplierLink</b> &nbsp;|&nbsp;
Logged in as: Tijuana MedForm S. de R.L. de C.V. (Supplier ID 300871) &nbsp;|&nbsp; <a style="color:#fff" href="#">Sign out</a></div>
<p><a href="#">Home</a> &rsaquo; <a href="#">Purchase Orders</a> &rsaquo; 7100458822</p>
<h2>Purchase Order 7100458822 &nbsp;<small>(Revision 0 &middot; Status: Open &middot; Acknowledgement: pending)</small></h2>
<table>
<tr><th>Buyer</th><td>Crestline Orthopedics, Inc. &middot; 2200 E Center St, Warsaw, IN 46580</td></tr>
<tr><th>Buyer contact</th><td>Tom Rusk, Buyer II &middot; trusk@crestline-ortho.com &middot; (574) 555-0139</td></tr>
<tr><th>Ship to</th><td>Crestline Orthopedics, Receiving Dock 4, Warsaw, IN 46580</td></tr>
<tr><th>Terms</th><td>Net 45 &middot; FCA Tijuana, BC &middot; USD</td></tr>
<tr><th>Quality clauses</th><td>QC-01 (ISO 13485), QC-07 (FAI per Crestline SOP-PUR-014), QC-11 (cleaning and passivation records)</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item / Rev</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need date</th></tr>
<tr><td>1</td><td>CT-TRY-5520 Rev C</td><td>Instrument tray, knee revision system, PPSU, 2-level with silicone finger mats &mdash; first article / sample</td><td>6</td><td>EA</td><td>$ 412.00</td><td>07/19/2024</td></tr>
<tr><td>2</td><td>NRE-5520</td><td>Programming and fixture for CT-TRY-5520</td><td>1</td><td>LOT</td><td>$ 3,150.00</td><td>07/19/2024</td></tr>
</table>
<h3>Order details</h3>
<table>
<tr><th>Quote reference</th><td>TMF-Q-3317 dated 05/28/2024</td></tr>
<tr><th>Program volume</th><td>720 EA</td></tr>
<tr><th>Program</th><td>Revision Knee System RKS-2 (launch Q1 2025)</td></tr>
<tr><th>Labeling</th><td>Laser mark P/N, rev, lot and Crestline logo per drawing note 6</td></tr>
</table>
<p>Attachments: <a href="#">CT-TRY-5520_RevC.pdf</a> &middot; <a href="#">SOP-PUR-014_FAI.pdf</a> &middot; <a href="#">Crestline_Terms_2024.pdf</a></p>
<p><button>Acknowledge PO</button> <button>Request change</button> <button>Message buyer</button></p>
<p style="color:#777;font-size:11px">Crestline SupplierLink v4.2 &middot; Confidential &middot; &copy; 2024 Crestline Orthopedics, Inc.</p>
"""))])

# p04: Swiss order letter (DOCX) for 20 first samples; the yearly 2'400 pcs is restated beside it;
# a release person is named for series deliveries but no hold and no unlock event.
case("p04_ch_order_letter_docx", ["RG001", "RG003", "RG004"],
     "order for 20 first samples restates the yearly 2'400 pcs with its price, not marked as not "
     "released; no hold, no unlock event; Urs Bachmann named for series releases",
     [("Bestellung_45-118730.docx", docx_bytes([
         ("h1", "Bestellung / Purchase Order 45-118730"),
         ("p", "Ossiva Medical AG · Hochbergerstrasse 60 · 4057 Basel · Schweiz"),
         ("p", "An / To: Galil Precision Implants Ltd., 12 HaTa'asiya St., Karmiel 2161002, Israel"),
         ("p", "Basel, 14.06.2024"),
         ("p", "Dear Mr. Ben-Ami,"),
         ("p", "With reference to your offer GPI-Q-0912 of 3 June 2024 and our telephone conversation "
               "of last Tuesday we order as follows:"),
         ("table", [
             ["Pos.", "Article", "Drawing / Rev.", "Quantity", "Price CHF", "Remark"],
             ["1", "Angled abutment 25°, Ti Gr. 5 ELI", "OS-2210 Rev. 04", "20 pcs", "64.00",
              "Erstmuster / first samples"],
             ["2", "Abutment screw M1.8, Ti Gr. 5 ELI", "OS-2211 Rev. 02", "20 pcs", "7.50",
              "Erstmuster / first samples"],
         ]),
         ("p", "According to your offer, the yearly quantity is 2'400 pieces per position at "
               "CHF 19.40 resp. CHF 2.10, delivery in 4 lots of 600 pieces."),
         ("p", "Please deliver the first samples with: material certificate 3.1, initial sample "
               "inspection report (all dimensions of OS-2210 Rev. 04), surface roughness Ra on the "
               "conical connection, and the cleaning record. Delivery term: DAP Basel. Desired "
               "delivery date: KW 30."),
         ("p", "Responsible for the release of series deliveries: Mr. Urs Bachmann, Head Supply Chain "
               "(urs.bachmann@ossiva.ch)."),
         ("p", "Our general terms of purchase (AEB Ossiva 2022) apply. Please send us your order "
               "confirmation within 5 working days."),
         ("p", "Freundliche Grüsse / Kind regards"),
         ("p", "Ossiva Medical AG — i.A. Sandra Meier, Einkauf"),
     ], author="Sandra Meier"))])

# p05: WhatsApp export, Australian dental lab and a Shenzhen maker: PO for 40 sample cases, the
# buyer restates "40 + 10k" from the quote; nothing about hold, event or who releases.
case("p05_whatsapp_au_cn_cases", ["RG001", "RG003", "RG004", "RG005"],
     "chat PO for 40 sample cases with the quoted '10k' tier restated beside it, not marked as not "
     "released; no hold, no unlock event, no release person",
     [("WhatsApp Chat with Kevin Liang Huake.txt", """\
[04/03/2024, 9:02:11 am] Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
[04/03/2024, 9:02:11 am] Josh Pearce: Morning Kevin, Josh from Harbourline Dental Lab in Sydney here. Got your number from Priya at the IDS stand
[04/03/2024, 9:05:40 am] Kevin Liang: Hello Josh! Nice to meet you. Yes Priya told me. You need the retainer and aligner case with your logo right?
[04/03/2024, 9:06:02 am] Josh Pearce: Yep. The round one with the flip lid, 78mm, in the teal
[04/03/2024, 9:07:15 am] Kevin Liang: OK our model HK-RC78. Teal we have Pantone 3278C. I send quote today
[04/03/2024, 2:48:33 pm] Kevin Liang: <attached: 00000012-PHOTO-2024-03-04-14-48-33.jpg>
[04/03/2024, 2:48:51 pm] Kevin Liang: Quote HK-2403-117 sent to your email also
[05/03/2024, 8:31:09 am] Josh Pearce: Got it thanks. Pricing works for us
[12/03/2024, 10:14:27 am] Josh Pearce: PO 20931 is through for the 40 sample cases with our logo 👍 your quote was 40 + 10k at the tiered price, screenshot below so we're on the same page
[12/03/2024, 10:14:40 am] Josh Pearce: <attached: 00000019-PHOTO-2024-03-12-10-14-40.jpg>
[12/03/2024, 10:15:02 am] Josh Pearce: Artwork is the file Sophie sent on Friday, pad print white on the lid
[12/03/2024, 11:02:56 am] Kevin Liang: Received PO thank you! We arrange samples, 7-10 days. Shipping by DHL to your lab in Surry Hills ok?
[12/03/2024, 11:04:10 am] Josh Pearce: Perfect. Address is on the PO, attention Sophie Tran
[12/03/2024, 11:04:31 am] Josh Pearce: Also need the MSDS for the PP and the food contact cert if you have one, our QA asks
[12/03/2024, 11:20:44 am] Kevin Liang: OK I will send with the samples. LFGB and FDA 21 CFR 177.1520 both have
[12/03/2024, 11:21:03 am] Josh Pearce: Legend 🙌
"""), ])

# p06: Swedish buyer, Mexican maker: go ahead with the engineering lot, hold/event/person all
# there, but the number of shells in the engineering lot is never given.
case("p06_se_mx_eng_lot_no_qty", ["RG010"],
     "go-ahead scoped to the engineering lot with hold, unlock event and named releaser, but no "
     "quantity for the engineering lot anywhere",
     [("Re_offert_MMB-COT-2024-077.eml", mail(
         "Henrik Sjöberg <henrik.sjoberg@kvistortopedi.se>",
         "Alejandra Ruiz <aruiz@mmbajio.com.mx>",
         "SV: Cotización MMB-COT-2024-077 - AFO shells paediatric",
         dt(2024, 8, 20, 15, 5, 2),
         "Hej Alejandra,\n\n"
         "Thank you for the quotation MMB-COT-2024-077 and for the nice samples of the trim line you "
         "showed on the video call, our orthotists were impressed.\n\n"
         "Please go ahead with the engineering lot of the paediatric AFO shells as quoted (PP "
         "copolymer 4 mm, natural, trim per CAD file KO-AFO-P-07), so we can do the fitting trials "
         "at the clinic in Lund in September. The PO number for the engineering lot is 4700-1184, "
         "please put it on the packing list and the commercial invoice.\n\n"
         "For the production quantities in your quotation: those are not released. They stay on "
         "hold until our clinical fitting sign-off is done and we have sent you a revised PO. Only "
         "I can release them, and only in writing.\n\n"
         "Shipping: DHL Express on our account 95xxxx (will send by separate mail), Incoterms FCA "
         "Querétaro.\n\n"
         "Med vänliga hälsningar / Best regards\n"
         "Henrik Sjöberg\nPurchasing Manager\nKvist Ortopedi AB\nStortorget 8, 211 22 Malmö\n"
         "+46 40 611 20 45\n",
         html="<p>Hej Alejandra,</p><p>Thank you for the quotation MMB-COT-2024-077 and for the nice "
              "samples of the trim line you showed on the video call, our orthotists were impressed."
              "</p><p>Please go ahead with the engineering lot of the paediatric AFO shells as quoted "
              "(PP copolymer 4 mm, natural, trim per CAD file KO-AFO-P-07), so we can do the fitting "
              "trials at the clinic in Lund in September. The PO number for the engineering lot is "
              "4700-1184, please put it on the packing list and the commercial invoice.</p>"
              "<p>For the production quantities in your quotation: those are <b>not released</b>. "
              "They stay on hold until our clinical fitting sign-off is done and we have sent you a "
              "revised PO. Only I can release them, and only in writing.</p><p>Shipping: DHL Express "
              "on our account 95xxxx (will send by separate mail), Incoterms FCA Querétaro.</p>"
              "<p>Med vänliga hälsningar / Best regards<br>Henrik Sjöberg<br>Purchasing Manager<br>"
              "Kvist Ortopedi AB<br>Stortorget 8, 211 22 Malmö<br>+46 40 611 20 45</p>",
         in_reply_to="<cot-2024-077@mmbajio.com.mx>"))])

# p07: US PO for a process-validation lot; quantity column says "per protocol", no piece count.
case("p07_us_validation_lot_po", ["RG010"],
     "PO for the process-validation lot states no piece count (qty 'per protocol PV-0219', 1 LOT); "
     "hold, unlock event and releaser are all stated",
     [("BrightArc_PO_55-20388.pdf", pdf([
         ("h1", "BrightArc Orthodontics, Inc. — Purchase Order"),
         ("p", "PO No. 55-20388 · PO Date 09/03/2024 · Revision 0"),
         ("p", "BrightArc Orthodontics, Inc., 4100 Freidrich Ln, Suite 300, Austin, TX 78744, USA"),
         ("p", "Vendor: Negev Polymer Medical Ltd., 7 Ha'Melacha St., Emek Sara Industrial Zone, "
               "Be'er Sheva 8489307, Israel. Vendor # 10442."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit Price", "Ext. Price"],
             ["1", "BA-CASE-02 Rev F", "Aligner case, PP clear, vented lid — process validation "
              "lot (OQ/PQ)", "per protocol PV-0219", "LOT", "$4,850.00", "$4,850.00"],
             ["2", "SVC-VAL", "Validation documentation package (IQ/OQ/PQ reports, capability "
              "study Cpk on CTQs 1-4)", "1", "EA", "$1,900.00", "$1,900.00"],
             ["", "", "", "", "", "Total", "$6,750.00"],
         ]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "This PO covers the process validation lot only. The commercial quantity quoted in "
               "NPM-Q-552 is not released and remains on hold until BrightArc Quality has signed off "
               "the PQ report and Purchasing has issued a revised PO. The production release will come "
               "in writing from Dana Whitfield, Director of Supply Chain."),
         ("h", "Requirements"),
         ("p", "Supplier to run the validation lot on the production tool T-0219 (4 cavities) with "
               "production resin lot, per protocol PV-0219 Rev B. Retain samples per protocol. "
               "Biocompatibility: resin certified ISO 10993-5 and -10; supplier to provide the "
               "certificate for the resin lot used."),
         ("p", "Ship to: BrightArc Orthodontics, Receiving, Austin TX. Terms: Net 30. FCA Ben Gurion "
               "Airport. Questions: purchasing@brightarc-ortho.com"),
         ("p", "Authorized by: Dana Whitfield, Director of Supply Chain"),
     ], pagesize=LETTER, title="PO 55-20388", author="BrightArc Orthodontics"))])

# p08: Teams export, Zürich buyer and Ningbo tray maker: first-article trays never counted, and an
# unscoped "Looks fine, go ahead" on the Rev C tool change.
case("p08_teams_ch_cn_trays", ["RG002", "RG010"],
     "scope message never gives the number of first-article trays; later 'Looks fine, go ahead' "
     "answers 'All OK to continue?' with no quantity or sample scope",
     [("Teams_Alpenkiefer_Kangrui_Traeger.txt", """\
Chat: Alpenkiefer / Kangrui - Implant kit trays
Exported: 02.07.2024 17:12 (UTC+01:00)
Participants: Reto Baumann (Alpenkiefer Dental AG), Nadia Frei (Alpenkiefer Dental AG), Chen Wei (Ningbo Kangrui Medical Plastics Co., Ltd.)

Reto Baumann  03.06.2024 08:41
Good morning Mr. Chen, thank you for the call yesterday. As agreed: please make the first-article trays for the surgical kit SK-4 (drawing AK-T-220 Rev B, PPSU grey RAL 7035). The series stays on hold until Nadia has signed off the first articles and I have sent you the written release. Please do not start anything beyond the first articles.

Chen Wei  03.06.2024 09:15
Dear Reto, noted with thanks. We will use T1 tool for the FA trays, lead time about 3 weeks. I will share the mould flow report tomorrow.

Nadia Frei  11.06.2024 14:02
Mr. Chen, Rev C of AK-T-220 is uploaded in the shared folder. Hinge radius changed to R1.5 and the lid lettering is now "ALPENKIEFER SK-4" in 3 mm, engraved 0.2 mm deep. Everything else unchanged.

Chen Wei  18.06.2024 10:47
Received Rev C. We modified the cavity insert for the hinge, T2 shots look good, photos in folder /T2_0618. All OK to continue?

Reto Baumann  18.06.2024 11:03
Looks fine, go ahead.

Chen Wei  18.06.2024 11:05
👍 thank you Reto

Nadia Frei  24.06.2024 16:30
For the FA report please include: wall thickness at the 8 points in the drawing, flatness of the lid, and the autoclave test (134 °C, 18 min, 20 cycles) result.

Chen Wei  24.06.2024 16:52
OK Nadia, will include.
"""), ])

# p09: Australian orthotics buyer asks an Indian maker to "get started on samples", PO to follow:
# no quantity, no hold, no event, no releaser.
case("p09_au_in_get_started", ["RG003", "RG004", "RG005", "RG010"],
     "informal request to start samples with PO to follow: no quantity, nothing on the balance, no "
     "unlock event, nobody named to release",
     [("New shell AFO-P3.eml", mail(
         "Liam O'Connor <liam.oconnor@southerncrossorthotics.com.au>",
         "Nilesh Patel <nilesh@orthocraft.co.in>",
         "New shell - AFO-P3",
         dt(2024, 7, 29, 16, 40, 10),
         "G'day Nilesh,\n\n"
         "Hope the monsoon's treating you alright over there.\n\n"
         "Quick one - can you get started on samples of the new paediatric AFO shell (AFO-P3)? The "
         "3D scan files are in the Dropbox link I sent last Thursday, folder 'AFO-P3_scans_v2'. Same "
         "material as the P2 (PP homopolymer 4 mm, natural), same trim and the same strap slots, "
         "only the footplate is 6 mm longer.\n\n"
         "Formal PO will follow from our system in a day or two, it's stuck with finance because of "
         "end of financial year stuff.\n\n"
         "Our clinicians in Geelong are keen to get them on patients before the school holidays so "
         "the sooner the better.\n\n"
         "Cheers,\nLiam\n\n"
         "Liam O'Connor | Procurement\nSouthern Cross Orthotics Pty Ltd\n"
         "Unit 4, 21 Dunlop Rd, Mulgrave VIC 3170\nP +61 3 9540 7712\n"))])

# c01: supplier quotation with sample and series tiers: no authorized quantity, clean.
case("c01_ch_quote_tiers", [],
     "supplier quotation with sample and series tiers; a quote authorizes nothing (no authorized qty)",
     [("Offerte_OF-24-0733_Northgate.pdf", pdf([
         ("h1", "Offerte / Quotation OF-24-0733"),
         ("p", "Präzisa Mikromechanik AG · Bettlachstrasse 14 · CH-2540 Grenchen · "
               "ISO 13485:2016 · FDA registered contract manufacturer (FEI 3011xxxx)"),
         ("p", "Customer: Northgate Dental Lab LLC, 1650 Wewatta St, Denver, CO 80202, USA · "
               "Attn. Mr. Ryan Castillo, Procurement. Date: 17.07.2024 · Valid 90 days."),
         ("p", "Subject: Titanium bases (Ti-base) for CAD/CAM crowns, Ti-6Al-4V ELI, 4 connection "
               "types (NB-35, NB-45, IC-RP, IC-NP), height 4.5 mm, anodized gold."),
         ("table", [
             ["Tier", "Quantity", "Price / pc USD", "Lead time", "Notes"],
             ["Sample lot", "10 pcs per connection (40 pcs)", "39.00", "3 weeks",
              "incl. dimensional report on all pcs"],
             ["Series A", "500 pcs per connection", "14.20", "5 weeks", "per call-off"],
             ["Series B", "2'000 pcs per connection / year", "11.90", "5 weeks",
              "annual contract price"],
         ]),
         ("p", "Prices net, EXW Grenchen, excl. packaging for overseas (USD 45 per shipment). "
               "Anodizing in-house. Cleaning per validated process PR-CLN-07, final packaging "
               "non-sterile, single blister, label with UDI-DI on request."),
         ("p", "Series prices apply to call-offs under a written production release from your side. "
               "Raw material is purchased per released order; we do not stock customer material "
               "without a written material authorization."),
         ("p", "Payment: 30 days net. Our general terms of sale (AVB 2023) apply."),
         ("p", "We look forward to your order. Beat Schnyder, Verkauf Medizintechnik, "
               "+41 32 653 18 40"),
     ], title="OF-24-0733", author="Praezisa Mikromechanik AG"))])

# c02: supplier asks whether the balance of 480 may start; the quoted buyer PO mail is complete.
_c02_orig = (
    "From: Megan Holloway <mholloway@crestline-ortho.com>\n"
    "Sent: Tuesday, May 21, 2024 4:12 PM\n"
    "To: Alejandra Ruiz <aruiz@mmbajio.com.mx>\n"
    "Subject: PO 7100461035 - CT-TRY-4410 wire mesh trays\n\n"
    "Hi Alejandra,\n\n"
    "PO 7100461035 is attached. It is for 20 first-article trays only (line 10). The remaining 480 "
    "on quote MMB-COT-2024-091 are not released - please don't cut material or schedule them. "
    "They will be released only after our FAI sign-off and a revised PO from me.\n\n"
    "Thanks,\nMegan Holloway\nSr. Buyer, Crestline Orthopedics\n")
case("c02_mx_question_go_ahead", [],
     "supplier question 'do we have the go-ahead for the bal. 480?' over a quoted buyer PO mail that "
     "states 20 FAI trays, 480 not released, FAI sign-off + revised PO, Megan Holloway",
     [("RE_PO_7100461035_FAI_trays.eml", mail(
         "Alejandra Ruiz <aruiz@mmbajio.com.mx>",
         "Megan Holloway <mholloway@crestline-ortho.com>",
         "RE: PO 7100461035 - CT-TRY-4410 wire mesh trays",
         dt(2024, 6, 24, 10, 31, -6),
         "Hi Megan,\n\n"
         "The 20 FAI trays shipped Friday via FedEx International Priority, tracking 7781 4420 9935. "
         "The FAI report (AS9102 format as you asked, forms 1-3) and the passivation certificate "
         "(ASTM A967, nitric 2) are in the box and also attached to the portal.\n\n"
         "Our planner asks: do we have the go-ahead for the bal. 480, or should we wait for the "
         "revised PO? We only want to plan the laser cell for July, nothing is cut yet.\n\n"
         "Saludos,\nAlejandra\n\n"
         "Ing. Alejandra Ruiz | Key Account Manager\nMaquinados Médicos del Bajío S.A. de C.V.\n"
         "Av. de la Luz 1480, Parque Industrial Benito Juárez, Querétaro, Qro. 76120, México\n"
         "+52 442 218 3300 ext. 214\n\n"
         + quote(_c02_orig) + "\n",
         in_reply_to="<h160-c02orig@crestline-ortho.com>"))])

# c03: Australian forecast printout, labelled as forecast, not an order, no material authority.
case("c03_au_forecast_printout", [],
     "ERP forecast printout clearly labelled forecast only, not a PO, not a release, no material "
     "authority",
     [("SCO_forecast_ORTHOCRAFT_2024-09.txt", """\
SOUTHERN CROSS ORTHOTICS PTY LTD                                   RUN DATE 02/09/2024 07:15
ABN 41 612 330 987                                                  PAGE     1 OF 1
PROGRAM: MRP-FC-300   SUPPLIER ROLLING FORECAST
==============================================================================================
SUPPLIER : 40117  AHMEDABAD ORTHOCRAFT PVT LTD, PLOT 88, GIDC VATVA, AHMEDABAD 382445 INDIA
BUYER    : L. O'CONNOR   PH +61 3 9540 7712
----------------------------------------------------------------------------------------------
 ** FORECAST ONLY - THIS IS NOT A PURCHASE ORDER AND NOT A PRODUCTION RELEASE **
 ** NO MATERIAL AUTHORITY IS GIVEN BY THIS REPORT. FIRM QUANTITIES ARE ORDERED ONLY BY PO.   **
----------------------------------------------------------------------------------------------
ITEM        DESCRIPTION                     UOM   OCT-24  NOV-24  DEC-24  JAN-25  FEB-25  MAR-25
----------  ------------------------------  ---  ------  ------  ------  ------  ------  ------
AFO-P2-S    AFO SHELL PAED P2 SMALL         EA      120     140     100      60     150     160
AFO-P2-M    AFO SHELL PAED P2 MEDIUM        EA      180     200     150      90     210     220
AFO-P2-L    AFO SHELL PAED P2 LARGE         EA       90     110      80      50     120     120
KAFO-A1     KAFO THIGH SHELL ADULT A1       EA       40      40      40      30      45      45
----------------------------------------------------------------------------------------------
TOTAL (EA)                                          430     490     370     230     525     545
----------------------------------------------------------------------------------------------
NOTES:
 1. QUANTITIES ARE ESTIMATES FOR CAPACITY PLANNING. THEY MAY CHANGE WITHOUT NOTICE.
 2. OPEN PURCHASE ORDERS ARE LISTED ON REPORT MRP-PO-210, NOT HERE.
 3. JAN-25 REDUCED FOR CLINIC SHUTDOWN 23/12 - 13/01.
 4. QUERIES TO PROCUREMENT@SOUTHERNCROSSORTHOTICS.COM.AU
==============================================================================================
END OF REPORT
"""), ])

# c04: Teams: sample approved for fit check only, production explicitly not released.
case("c04_teams_fit_check_only", [],
     "'sample approved for fit check only' with production explicitly not released, event (DV "
     "fatigue test + written release) and releaser (Urs Bachmann) named; ISO 14801 is a norm id",
     [("Teams_Ossiva_Galil_OS-2210.txt", """\
Chat: OS-2210 angled abutment - Ossiva / Galil
Exported: 29.07.2024 18:04 (UTC+02:00)

Yossi Ben-Ami (Galil Precision Implants)  25.07.2024 09:12
Hi Simone, hi Urs. Did the 8 samples of OS-2210 Rev 04 fit on the lab models? Our engineer Tal is asking if the conical connection was OK, we changed the tool for the last 3 pcs.

Dr. Simone Keller (Ossiva Medical AG)  25.07.2024 10:48
Hi Yossi, yes, the fit check is OK on all 8 pcs, including the last 3. Sample approved for fit check only - this is not the design verification and it releases no production. The 2'400 pcs series stays on hold until the DV fatigue test per ISO 14801 has passed and Urs has sent you the written release.

Urs Bachmann (Ossiva Medical AG)  25.07.2024 11:02
Confirmed from my side. Please keep the fixtures set up, but do not start the series and do not order bar for it. I will send the release in writing when DV is through (planned KW 36).

Yossi Ben-Ami (Galil Precision Implants)  25.07.2024 11:20
Clear, thanks both. We keep everything on hold. Tal will send the tool change record (TCR-2407-03) for your file.

Dr. Simone Keller (Ossiva Medical AG)  26.07.2024 08:15
Thanks Yossi. For the DV we need 12 more test pieces, Sandra will send a separate PO for those 12 this week (test pieces only).
"""), ])

# c05: full-quantity PO for the commercial lot that says proceed; no balance exists.
case("c05_us_full_commercial_po", [],
     "full-quantity production PO (5,000 cases) after a recorded FAI sign-off that says proceed; no "
     "balance; ISO/rev numbers are identifiers",
     [("PO_55-20417_commercial.pdf", pdf([
         ("h1", "BrightArc Orthodontics, Inc. — Purchase Order"),
         ("p", "PO No. 55-20417 · PO Date 10/14/2024 · Revision 0 · Vendor # 20871"),
         ("p", "Vendor: Tijuana MedForm S. de R.L. de C.V., Blvd. Insurgentes 19000, Tijuana, B.C. "
               "22225, México"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit", "Extended"],
             ["1", "BA-CASE-02 Rev F", "Aligner case, PP clear, vented lid, commercial lot",
              "5,000", "EA", "$1.18", "$5,900.00"],
             ["2", "BA-LBL-11", "Inner carton label, UDI, per BA-SPEC-011", "100", "EA", "$0.40",
              "$40.00"],
             ["", "", "", "", "", "Total", "$5,940.00"],
         ]),
         ("sp",),
         ("p", "This PO is the production release for the full quantity above (5,000 EA). There is "
               "no balance or further quantity under this PO. Basis: first article sign-off "
               "FAI-BA-0093 recorded 04/22/2024 by BrightArc Quality (K. Osei)."),
         ("p", "Please proceed with the 5,000 pcs. Ship in two lots of 2,500 (weeks 46 and 49). "
               "Each lot with certificate of conformance, resin lot (ISO 10993-5 / -10 certified "
               "resin), and the lot release record."),
         ("p", "Packaging per BA-SPEC-011 Rev C: 50 per inner bag, 500 per carton, carton weight "
               "max 12 kg."),
         ("p", "Terms: Net 30 · FCA Tijuana · Authorized by Dana Whitfield, Director of Supply "
               "Chain."),
     ], pagesize=LETTER, title="PO 55-20417", author="BrightArc Orthodontics"))])

# c06: call-off with explicit staged material authority above the released quantity.
case("c06_se_in_calloff_staged_material", [],
     "call-off releases 150 trays, balance 1 350 not released until lot acceptance + next call-off "
     "by Karin Nyström; explicit staged material authority for 600 trays is clean",
     [("Avrop_1_FA-2024-07.docx", docx_bytes([
         ("h1", "Call-off no. 1 under frame agreement FA-2024-07"),
         ("p", "Nordtand Implant AB, Mölndalsvägen 91, SE-412 63 Göteborg — to Pune Surgitech "
               "Components Pvt. Ltd., Plot D-42, MIDC Bhosari, Pune 411026, India"),
         ("p", "Date: 2024-09-16. Frame agreement FA-2024-07: instrument trays NT-TRAY-S2, "
               "stainless steel 1.4404 / AISI 316L, with silicone instrument holders, total frame "
               "quantity 1 500 trays."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Released by this call-off (no. 1)", "150 trays", "released for production"],
             ["Balance of frame agreement", "1 350 trays", "not released"],
             ["Material authority", "600 trays' worth", "staged, at Nordtand's liability"],
         ]),
         ("h", "1. What to make now"),
         ("p", "Please produce and deliver 150 (one hundred fifty) trays NT-TRAY-S2 Rev C, delivery "
               "week 45, DAP Göteborg."),
         ("h", "2. Balance"),
         ("p", "The remaining 1 350 trays of the frame agreement are not released. They will be "
               "released only by a further written call-off, which we will issue after lot acceptance "
               "of this call-off at our incoming inspection. The ten sample trays of PO 4500030655 were "
               "signed off on 2024-08-27 and are not part of the frame quantity."),
         ("h", "3. Material authority"),
         ("p", "To protect your lead time on sheet and silicone, you may buy and stage material "
               "(316L sheet 1.0 mm and silicone holders) for up to 600 trays. Nordtand carries the "
               "liability for this staged material up to 600 trays' worth. Material beyond 600 "
               "trays is at the supplier's own risk."),
         ("h", "4. Authority"),
         ("p", "Further call-offs are signed by Karin Nyström, Category Manager Implants. Nobody "
               "else at Nordtand can release quantities under FA-2024-07."),
         ("sp",),
         ("p", "Karin Nyström, Category Manager Implants, Nordtand Implant AB"),
     ], author="Karin Nystrom"))])
# ---------------------------------------------------------------- batch 2

# p12: mail says 12 Ti-base samples, attached PO says 10; release "from us" names nobody.
_p12_po = pdf([
    ("h1", "Northgate Dental Lab LLC — Purchase Order ND-24-0877"),
    ("p", "1650 Wewatta St, Denver, CO 80202 · (303) 555-0187 · Date 06/18/2024"),
    ("p", "Vendor: Galil Precision Implants Ltd., 12 HaTa'asiya St., Karmiel 2161002, Israel"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit", "Amount"],
        ["1", "TB-SAMPLE-45", "Ti-base 4.5 mm, Ti-6Al-4V ELI, gold anodized, sample lot, mixed "
         "connections (NB-35, NB-45, IC-RP, IC-NP)", "10", "$41.00", "$410.00"],
        ["2", "FRT", "Freight DHL Express", "1", "$85.00", "$85.00"],
        ["", "", "", "", "Total", "$495.00"],
    ]),
    ("p", "Terms: Net 30. Ship to attention Ryan Castillo. Include CoC and material cert."),
], pagesize=LETTER, title="PO ND-24-0877", author="Northgate Dental Lab")
case("p12_us_il_mail_vs_po_qty", ["RG005", "RG011"],
     "mail authorizes 12 sample Ti-bases, the attached PO line says 10; balance held until FAI "
     "sign-off but the written release comes 'from us' with no named person",
     [("PO ND-24-0877 Ti-base samples.eml", mail(
         "Ryan Castillo <rcastillo@northgatedental.com>",
         "Yossi Ben-Ami <yossi@galilprecision.co.il>",
         "PO ND-24-0877 Ti-base samples",
         dt(2024, 6, 18, 14, 55, -6),
         "Hi Yossi,\n\n"
         "Great talking to you at the Chicago Midwinter. Attached is PO ND-24-0877 for the Ti-base "
         "samples. We need 12 units only at this stage, 3 per connection (NB-35, NB-45, IC-RP, "
         "IC-NP), so our milling team can check the screw channel and the anti-rotation on our "
         "scanned models.\n\n"
         "Please don't start on the remaining 588 units of your quote GPI-Q-1003 until you get a "
         "written release from us after our FAI sign-off. We'll run the FAI as soon as the samples "
         "land, usually within a week.\n\n"
         "Gold anodize should match the shade card you sent (GA-3). Please laser mark the lot "
         "number on the flange as discussed.\n\n"
         "Thanks and shalom,\nRyan\n\n"
         "Ryan Castillo\nProcurement Lead | Northgate Dental Lab LLC\n1650 Wewatta St, Denver, CO "
         "80202\n(303) 555-0187\n",
         attachments=[("PO_ND-24-0877.pdf", _p12_po, PDF_MT)]))])

# p13: WhatsApp Brazil / China: only 25 sample trays, rest on hold, but no event and nobody named.
case("p13_whatsapp_br_cn_hold_no_event", ["RG004", "RG005"],
     "buyer states 25 sample trays and 'rest on hold' but names no unlock event ('for now', 'we will "
     "let you know') and no person who releases",
     [("Conversa do WhatsApp com Amy Wu Huake.txt", """\
07/05/2024 08:12 - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.
07/05/2024 08:12 - Camila Rocha: Bom dia Amy! Camila from OrtoSul in Porto Alegre
07/05/2024 08:30 - Amy Wu: Good morning Camila! 😊 how are you
07/05/2024 08:31 - Camila Rocha: Tudo bem! I sent you the PO 3318 by email now, for the aluminium instrument trays OS-TR-210 (the one for the cannulated screws 4.0 and 6.5)
07/05/2024 08:32 - Camila Rocha: Only the 25 sample trays for now, ok? The rest of the 1.500 is on hold, please don't produce
07/05/2024 08:40 - Amy Wu: OK understand, only 25 pcs samples. Anodize blue like the photo?
07/05/2024 08:41 - Camila Rocha: Sim, blue, and laser the OrtoSul logo + the screw sizes on the lid
07/05/2024 08:45 - Amy Wu: Ok. And when can we start the 1500? We need to plan our CNC capacity for June, we have many orders from Europe
07/05/2024 09:02 - Camila Rocha: Depende... for now hold, we will let you know 🙏
07/05/2024 09:03 - Amy Wu: Ok no problem
07/05/2024 09:05 - Camila Rocha: Please send the proforma for the samples, our financeiro pays in 2 days
07/05/2024 09:20 - Amy Wu: <Mídia oculta>
07/05/2024 09:20 - Amy Wu: PI-HK-240507-02 for 25 pcs, USD 1,175.00
07/05/2024 09:22 - Camila Rocha: Obrigada! 👍
"""), ])

# p15: Nordtand / Pune thread: scope complete in the quoted PO mail; top reply "Approved. Please
# proceed." answers a question that bundled a marking deviation with "the lot".
_p15_po = (
    "From: Karin Nyström <karin.nystrom@nordtand.se>\n"
    "Sent: den 8 april 2024 10:20\n"
    "To: Rahul Deshpande <rahul.d@punesurgitech.in>\n"
    "Subject: PO 4500031872 - healing abutments HA-4.5-3\n\n"
    "Dear Rahul,\n\n"
    "Please find PO 4500031872 attached: 40 pcs healing abutment HA-4.5-3 as validation lot. The "
    "remaining 3 960 pcs of your quotation PSC/Q/24/118 (4 000 pcs) are not released. They will be "
    "released only after our validation sign-off and a revised PO, by me.\n\n"
    "Best regards\nKarin Nyström\nCategory Manager Implants, Nordtand Implant AB\n")
_p15_sup = (
    "From: Rahul Deshpande <rahul.d@punesurgitech.in>\n"
    "Sent: 22 April 2024 17:48\n"
    "To: Karin Nyström <karin.nystrom@nordtand.se>\n"
    "Subject: RE: PO 4500031872 - healing abutments HA-4.5-3\n\n"
    "Dear Madam,\n\n"
    "Greetings from Pune Surgitech. With reference to the above PO, kindly note that the UDI "
    "marking on the flat (drawing note 7) is not possible due to less space after the 0.3 chamfer. "
    "We propose to laser mark the UDI on the collar instead, sample photo PFA. Kindly approve the "
    "deviation DEV-PSC-0412 and confirm for the lot so that we can plan the machining.\n\n"
    "Thanks & regards,\nRahul Deshpande\nManager - Exports, Pune Surgitech Components Pvt. Ltd.\n"
    "+91 20 2712 4480\n\n" + quote(_p15_po))
case("p15_se_in_approved_proceed", ["RG002"],
     "buyer's 'Approved. Please proceed.' answers a supplier request bundling a marking deviation and "
     "'confirm for the lot', with no sample scope or quantity; quoted PO mail carries full scope",
     [("RE_RE_PO_4500031872_DEV-PSC-0412.eml", mail(
         "Karin Nyström <karin.nystrom@nordtand.se>",
         "Rahul Deshpande <rahul.d@punesurgitech.in>",
         "RE: RE: PO 4500031872 - healing abutments HA-4.5-3",
         dt(2024, 4, 23, 8, 5, 2),
         "Hi Rahul,\n\nApproved. Please proceed.\n\nBR\nKarin\n"
         + sig("Karin Nyström", "Category Manager Implants", "Nordtand Implant AB",
               "+46 31 707 22 18")
         + "\n" + quote(_p15_sup) + "\n",
         in_reply_to="<psc-re-4500031872@punesurgitech.in>"))])

# p16: WhatsApp Australia / Mexico: full scope stated earlier, then "green light" on a label proof
# question that ends "If OK, we continue?".
case("p16_whatsapp_au_mx_green_light", ["RG002"],
     "'green light' answers 'If OK, we continue?' on a label proof with no quantity or sample scope; "
     "earlier buyer message has 16 pairs, balance parked, panel sign-off + Bec Thornton",
     [("WhatsApp Chat with Jorge Medina MMB.txt", """\
[15/04/2024, 8:55:10 am] Bec Thornton: Hola Jorge, Bec from Southern Cross Orthotics. PO 88123 just went out from our system
[15/04/2024, 8:57:31 am] Bec Thornton: To be crystal clear: it covers the 16 pairs of sample shells only (KAFO-A1, left + right). The balance of 1,584 pairs on your quote stays parked until our podiatry panel signs off the samples and I put the release in writing. Nothing else to be made please
[15/04/2024, 9:40:02 am] Jorge Medina: Buenos días Bec! Received, thank you. Only the 16 pairs, understood. Trim files we use the v4?
[15/04/2024, 9:41:18 am] Bec Thornton: v4 yes, the one with the wider strap slot
[22/04/2024, 6:12:44 pm] Jorge Medina: Bec, attached the label proof v3 and the carton layout (12 pairs per carton, label on 2 sides)
[22/04/2024, 6:12:58 pm] Jorge Medina: <attached: 00000031-PHOTO-2024-04-22-18-12-58.jpg>
[22/04/2024, 6:13:05 pm] Jorge Medina: <attached: 00000032-PHOTO-2024-04-22-18-13-05.jpg>
[22/04/2024, 6:14:30 pm] Jorge Medina: If OK, we continue?
[23/04/2024, 7:02:11 am] Bec Thornton: Yep all good mate, green light 👍
[23/04/2024, 7:02:40 am] Bec Thornton: Just make the TGA ARTG number a bit bigger on the label if you can
[23/04/2024, 8:15:09 am] Jorge Medina: Sí claro, no problem 💪
"""), ])

# p17: multi-file: ERP PO with full scope + buyer FAI report whose disposition says "good to run".
case("p17_fai_good_to_run_plus_po", ["RG002", "RG007"],
     "buyer FAI report disposition 'Jura Drehteile is good to run' after FAI acceptance: unscoped and "
     "rolls the sample approval into production against the PO's written-release requirement",
     [("FAI_Report_CR-FAI-0241.pdf", pdf([
         ("h1", "First Article Inspection Report CR-FAI-0241"),
         ("p", "Crestline Orthopedics, Inc. — Supplier Quality · Warsaw, IN"),
         ("table", [
             ["Field", "Value"],
             ["Supplier", "Jura Drehteile SA, Rue Industrielle 22, 2740 Moutier, Switzerland"],
             ["Part / Rev", "CT-TRY-6100 Rev B — acetabular reamer tray, Al 6061-T6, Type II "
              "anodized, blue"],
             ["PO", "7100462210 line 1"],
             ["FAI pieces received", "24 (serialized 001-024)"],
             ["Characteristics", "86 (balloon drawing CT-TRY-6100-B-BAL)"],
             ["Non-conformances", "0"],
             ["Cleaning / residue", "Pass (TOC < 0.5 mg per tray)"],
             ["Autoclave test", "Pass, 25 cycles at 132 °C, no anodize degradation"],
         ]),
         ("sp",),
         ("h", "Disposition"),
         ("p", "FAI ACCEPTED. All 86 characteristics conforming. Jura Drehteile is good to run."),
         ("p", "Inspector: Priya Nair, Supplier Quality Engineer · Date 08/14/2024"),
         ("p", "Distribution: Purchasing (M. Delgado), Operations (RKS program), Supplier."),
     ], pagesize=LETTER, title="CR-FAI-0241", author="Crestline Orthopedics")),
      ("PO_7100462210.txt", """\
CRESTLINE ORTHOPEDICS INC                 PURCHASE ORDER                    PAGE 1
2200 E CENTER ST  WARSAW IN 46580         PO NUMBER : 7100462210            REV 0
                                          PO DATE   : 06/10/2024
VENDOR : 300912  JURA DREHTEILE SA
         RUE INDUSTRIELLE 22, 2740 MOUTIER, SWITZERLAND
BUYER  : M. DELGADO  (574) 555-0120       TERMS: NET 45   INCOTERMS: FCA ZURICH
--------------------------------------------------------------------------------
LN  ITEM              REV  DESCRIPTION                    QTY  UOM   UNIT PRICE
--  ----------------  ---  -----------------------------  ---  ---  -----------
 1  CT-TRY-6100       B    REAMER TRAY AL6061 ANOD BLUE    24  EA      CHF 96.00
                           FIRST ARTICLE PIECES ONLY
 2  NRE-6100          -    CAM PROGRAM + FIXTURE             1  LOT   CHF 2,400.00
--------------------------------------------------------------------------------
PO NOTE (SCOPE):
  THIS PO RELEASES 24 FIRST ARTICLE PIECES ONLY. THE BALANCE OF 2,376 EA ON
  QUOTE JD-2024-0331 IS NOT RELEASED AND IS ON HOLD. IT MAY BE RELEASED ONLY
  AFTER FAI SIGN-OFF BY CRESTLINE SUPPLIER QUALITY AND A WRITTEN PRODUCTION
  RELEASE SIGNED BY MARK DELGADO, DIRECTOR SUPPLY CHAIN.
  MATERIAL AUTHORITY: SAMPLE ONLY (24 EA).
--------------------------------------------------------------------------------
QUALITY CLAUSES: QC-01 QC-07 QC-11          TOTAL VALUE: CHF 4,704.00
END OF PO
""")])

# p19: supplier reply: resin and magnets bought for the full 20,000 against a 200 pcs pilot.
_p19_po = (
    "From: Sophie Tran <sophie@harbourlinedental.com.au>\n"
    "Sent: Monday, 3 June 2024 11:02 AM\n"
    "To: Lily Zhou <lily.zhou@yinuo-medplast.cn>\n"
    "Subject: PO 21007 - pilot batch HL-AC2 aligner cases\n\n"
    "Hi Lily,\n\n"
    "PO 21007 attached for a pilot batch of 200 pcs HL-AC2 (teal, magnet closure). The remaining "
    "19,800 of the 20,000 you quoted are NOT released. They'll only be released after our clinic "
    "pilot sign-off, by a new PO from me.\n\n"
    "Material: buy for the 200 pilot pieces only.\n\n"
    "Thanks!\nSophie Tran\nOperations Manager, Harbourline Dental Lab\n")
case("p19_cn_au_resin_full_qty", ["RG006"],
     "supplier has bought resin and magnets for the full 20,000 while only the 200 pilot pcs are "
     "released and material authority is pilot-only",
     [("RE_PO_21007_pilot_HL-AC2.eml", mail(
         "Lily Zhou <lily.zhou@yinuo-medplast.cn>",
         "Sophie Tran <sophie@harbourlinedental.com.au>",
         "RE: PO 21007 - pilot batch HL-AC2 aligner cases",
         dt(2024, 6, 19, 16, 20, 8),
         "Dear Sophie,\n\n"
         "Good day! The pilot 200 pcs will be finished next Tuesday, QC is doing the magnet pull "
         "test now (all > 4.5 N). We will send the photos and the inspection report before "
         "shipment.\n\n"
         "Kindly note: to keep the lead time stable for you, we have purchased the PP resin "
         "(Sinopec K8003, medical grade) and the N52 magnets for the full 20,000 pcs already, "
         "because our resin supplier informed the price will increase 8% from July. Please don't "
         "worry, we keep it in our warehouse for your order.\n\n"
         "Please also confirm the shipping mark for the carton.\n\n"
         "Best regards,\nLily Zhou\nSales Manager | Suzhou Yinuo Medical Plastics Co., Ltd.\n"
         "Tel: +86 512 6283 4417 | WeChat: lilyzhou_yn\n\n"
         + quote(_p19_po) + "\n",
         in_reply_to="<h160-p19orig@harbourlinedental.com.au>"))])

# p20: supplier MRP printout: material ordered for 2,400 pcs against a 24 pcs sample order.
case("p20_mx_mrp_material_2400", ["RG006"],
     "supplier MRP printout shows bar stock ordered from the mill for 2,400 pcs equivalent against a "
     "24 pcs sample order whose balance is not released",
     [("MRP_OC_45-8821_NORTHGATE.txt", """\
MAQUINADOS MEDICOS DEL BAJIO SA DE CV          SISTEMA ERP  MMB-MRP v7.3           13/05/2024 18:22
REPORTE: REQUERIMIENTOS DE MATERIAL POR ORDEN DE CLIENTE / MATERIAL REQUIREMENTS BY CUSTOMER ORDER
===================================================================================================
ORDEN DE CLIENTE  : OV-24-1187          CLIENTE: NORTHGATE DENTAL LAB LLC (DENVER, CO, USA)
PO CLIENTE        : ND-24-0912          FECHA PO: 06/05/2024
ARTICULO          : ND-CAB-TI-14  PRE-MILLED ABUTMENT BLANK TI-6AL-4V ELI D14 x 20 mm  REV B
CANT. ORDEN       : 24 PZA  (MUESTRAS / SAMPLES)
NOTA CLIENTE      : SAMPLES ONLY. BALANCE 2,376 PCS NOT RELEASED UNTIL FAI SIGN-OFF + WRITTEN
                    RELEASE BY R. CASTILLO (PROCUREMENT LEAD).
---------------------------------------------------------------------------------------------------
COMPONENTE            DESCRIPCION                    UM   REQ.BRUTO  EXIST.  REQ.NETO  OC PROV.   EST
--------------------  -----------------------------  ---  ---------  ------  --------  ---------  ---
MP-TI64ELI-D14        BARRA TI-6AL-4V ELI D14 ASTM   KG       186.0     4.2     181.8  45-8821    EMI
                      F136 (2,400 PZA EQUIV.)
EMP-BLS-14            BLISTER PETG 14 MM             PZA      2,400       0     2,400  45-8822    EMI
ETQ-UDI-ND            ETIQUETA UDI NORTHGATE         PZA      2,400     500     1,900  45-8823    EMI
---------------------------------------------------------------------------------------------------
OC PROV. 45-8821 EMITIDA (ISSUED TO MILL) 13/05/2024   POR: J. MEDINA   PROVEEDOR: TIMET/ALLVAC MX
ENTREGA ESTIMADA: 03/06/2024
COMENTARIO PLANEACION: SE COMPRA PARA 2,400 PZA PARA ASEGURAR COLADA UNICA (SINGLE HEAT) PARA EL
                       PROYECTO COMPLETO. / BOUGHT FOR 2,400 PCS TO SECURE ONE HEAT FOR THE WHOLE
                       PROJECT.
===================================================================================================
FIN DEL REPORTE
"""), ])

# p21: Indian supplier weekly status (DOCX): steel sheet for all 1,500 trays against 15 samples.
case("p21_in_status_report_steel", ["RG006"],
     "supplier weekly status reports SS 316L sheet procured for 1,500 trays while 15 samples are "
     "released and the 1,485 balance is noted as not released",
     [("PSC_Weekly_Status_CT-TRY-7730_WK33.docx", docx_bytes([
         ("h1", "Weekly Project Status Report — Week 33 / 2024"),
         ("p", "Pune Surgitech Components Pvt. Ltd. → Crestline Orthopedics, Inc."),
         ("p", "Project: CT-TRY-7730 sterilization tray, SS 316L perforated, with PPSU brackets"),
         ("p", "Prepared by: Rahul Deshpande, Manager - Exports · Date: 16-08-2024"),
         ("table", [
             ["Item", "Status", "Remarks"],
             ["Sample lot (15 pcs, PO 7100464002)", "Laser cutting + bending done; "
              "electropolish on 23-Aug", "Dispatch planned 28-Aug by DHL"],
             ["Production quantity (1,485 pcs)", "Not released (as per PO note)", "Awaiting FAI "
              "sign-off and written release from Ms. Megan Holloway"],
             ["Raw material", "SS 316L sheet 1.2 mm procured for 1,500 trays (full project "
              "quantity) on 12-Aug", "Bought ahead of the price increase announced by the mill "
              "for September"],
             ["PPSU brackets", "Moulding trial T1 ok", "Colour matching pending"],
             ["Passivation", "As per ASTM A967", "Certificate with shipment"],
         ]),
         ("h", "Issues / help needed"),
         ("li", "Kindly share the updated laser marking artwork (logo size) by 20-Aug."),
         ("li", "Kindly confirm if the FAI report can be in our format or your SOP-PUR-014 "
                "format is mandatory."),
         ("h", "Next week"),
         ("li", "Electropolish, final inspection, FAI report preparation."),
         ("p", "Thanks & regards, Rahul Deshpande"),
     ], author="Rahul Deshpande"))])

# p22: Israeli supplier treats the 30% advance as the start signal and buys PEEK rod for 5,000.
_p22_po = (
    "From: Sandra Meier <sandra.meier@ossiva.ch>\n"
    "Sent: Montag, 2. September 2024 09:14\n"
    "To: Noa Levi <noa@negevpolymer.co.il>\n"
    "Subject: Bestellung 45-118902 - PEEK temporary abutments\n\n"
    "Dear Ms. Levi\n\n"
    "Attached our order 45-118902: 50 pcs PEEK temporary abutments OS-PT-10 as samples for the "
    "biocompatibility tests (ISO 10993). The remaining 4'950 pcs of your offer NPM-Q-571 are not "
    "released. They will be released only after the biocompatibility sign-off and a written "
    "release by Mr. Urs Bachmann, Head Supply Chain.\n\n"
    "As agreed, we pay 30 % of the tooling in advance.\n\n"
    "Freundliche Grüsse\nSandra Meier, Einkauf, Ossiva Medical AG\n")
case("p22_il_ch_advance_started", ["RG006", "RG012"],
     "supplier reads the 30% tooling advance as the start signal for the 5,000 and orders PEEK rod "
     "for all of them; only 50 biocompatibility samples are released",
     [("RE_Bestellung_45-118902.eml", mail(
         "Noa Levi <noa@negevpolymer.co.il>",
         "Sandra Meier <sandra.meier@ossiva.ch>",
         "RE: Bestellung 45-118902 - PEEK temporary abutments",
         dt(2024, 9, 10, 13, 47, 3),
         "Hi Sandra,\n\n"
         "Thank you, we received the 30% advance payment today (CHF 3'870.-).\n\n"
         "Now that the advance is in, we have started the production of the 5,000 and ordered the "
         "PEEK rod for all of them (Invibio PEEK-OPTIMA LT1, Ø 8 mm, 60 rods x 2 m). This way you "
         "will get the 50 samples and the first production lot together, which saves you one "
         "shipment.\n\n"
         "Our QA will send the lot documents with the samples.\n\n"
         "Best,\nNoa\n\n"
         "Noa Levi | Customer Projects\nNegev Polymer Medical Ltd.\n7 Ha'Melacha St., Be'er Sheva, "
         "Israel | +972 8 628 4410\n\n"
         + quote(_p22_po) + "\n",
         in_reply_to="<h160-p22orig@ossiva.ch>"))])

# p24: multi-file: PO grants staged material authority for 300 pcs; supplier buys bar for 3'000.
case("p24_ch_staged_300_bought_3000", ["RG006"],
     "PO allows staging material for 300 pcs; the supplier's mail says Ti bar was ordered for the "
     "complete 3'000 pcs, beyond both release (30) and the staged authority",
     [("PO_45-119011_Alpenkiefer.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 45-119011"),
         ("p", "Alpenkiefer Dental AG · Badenerstrasse 329 · 8003 Zürich · +41 44 491 20 30"),
         ("p", "Lieferant / Supplier: Jura Drehteile SA, Rue Industrielle 22, 2740 Moutier"),
         ("p", "Datum: 05.08.2024 · Einkauf: Reto Baumann"),
         ("table", [
             ["Pos", "Artikel", "Bezeichnung", "Menge", "Preis CHF", "Total CHF"],
             ["1", "AK-SRA-3", "Screw-retained abutment, Ti Gr. 5 ELI, validation lot",
              "30 Stk", "52.00", "1'560.00"],
         ]),
         ("sp",),
         ("p", "Scope: this order releases the validation lot of 30 pcs only. The remaining "
               "2'970 pcs of your offer JD-2024-0402 are not released. Release only after our "
               "validation sign-off and a written release by Reto Baumann, Leiter Einkauf."),
         ("p", "Material authority: you may stage Ti Gr. 5 ELI bar for up to 300 pcs at "
               "Alpenkiefer's cost. Any material beyond 300 pcs is at your own risk until released."),
         ("p", "Lieferung: KW 36, DAP Zürich. Zahlung: 30 Tage netto."),
     ], title="PO 45-119011", author="Alpenkiefer Dental AG")),
      ("Material Ti Gr5 - AK-SRA-3.eml", mail(
          "Sébastien Droz <s.droz@juradrehteile.ch>",
          "Reto Baumann <reto.baumann@alpenkiefer.ch>",
          "Material Ti Gr5 - AK-SRA-3",
          dt(2024, 8, 14, 11, 30, 2),
          "Bonjour Monsieur Baumann,\n\n"
          "Short information about your order 45-119011. We have ordered the Ti Gr. 5 ELI bar "
          "(Ø 7 mm, ASTM F136) for the complete 3'000 pieces, so we can benefit from the mill price "
          "of this quarter and have one single heat for your whole project. Delivery of the bar is "
          "in 14 days.\n\n"
          "The 30 pieces of the validation lot will be machined from the first bar, delivery KW 36 "
          "as planned.\n\n"
          "Meilleures salutations / Freundliche Grüsse\n"
          "Sébastien Droz\nVente & planification\nJura Drehteile SA, Moutier\n+41 32 493 11 70\n"))])

# p25: WhatsApp Brazil / China: supplier prepared material for 1,000 and assumes mass production
# starts as soon as samples are approved; the buyer does not correct it.
case("p25_whatsapp_br_cn_material_auto", ["RG006", "RG007"],
     "supplier has prepared aluminium for all 1,000 trays (20 released) and says mass production "
     "starts immediately after sample approval; buyer does not correct it",
     [("Conversa do WhatsApp com Amy Wu.txt", """\
19/08/2024 10:03 - Felipe Andrade: Oi Amy, Felipe from OrtoSul. PO 3402 sent by email
19/08/2024 10:05 - Felipe Andrade: PO 3402 = 20 pcs amostras only (tray OS-TR-305 for the spine set). The other 980 are not released, they wait for our engenharia sign-off of the samples and a new PO signed by me, Felipe Andrade, Gerente de Suprimentos
19/08/2024 10:21 - Amy Wu: Dear Felipe, well received 😊 20 pcs samples, we start CNC next week
19/08/2024 10:22 - Amy Wu: Same anodize blue as OS-TR-210?
19/08/2024 10:30 - Felipe Andrade: Sim, same blue, and the silicone mats grey
02/09/2024 15:47 - Amy Wu: Felipe, samples finish tomorrow, photos below
02/09/2024 15:47 - Amy Wu: <Mídia oculta>
02/09/2024 15:48 - Amy Wu: <Mídia oculta>
02/09/2024 15:52 - Amy Wu: Also good news: we already prepare material for 1000 pcs (aluminium 6061 plate 12mm + silicone mats) so after you approve samples we can start mass production immediately, save 2 weeks for you 😊
02/09/2024 16:30 - Felipe Andrade: Ok. Please send the DHL tracking when the samples ship, and the inspection report
02/09/2024 16:31 - Amy Wu: Sure! 👍
"""), ])

# p53: Teams BrightArc / Tijuana MedForm: supplier treats PO acceptance as production confirmed
# and has already bought resin for the full lot.
case("p53_teams_us_mx_po_accepted", ["RG006", "RG012"],
     "supplier: 'PO accepted in our system = production confirmed', schedules the 5,000 and buys resin "
     "for the full lot while only 20 sample cases are released",
     [("Teams_BrightArc_TMF_slim_case.txt", """\
Chat: BrightArc <> Tijuana MedForm - Slim retainer case
Exported 10/02/2024 5:41 PM (UTC-05:00)

Jenna Morales (BrightArc Orthodontics)  9/23/2024 9:14 AM
Hi Luis! PO 55-20511 is out. It is for 20 retainer cases only - samples of the new "slim" design BA-CASE-05 Rev A. The balance of 4,980 is not released until Kwame Osei (Quality) signs off the samples and Dana Whitfield issues the written production release. Material for the 20 only please.

Luis Hernández (Tijuana MedForm)  9/23/2024 11:02 AM
Hola Jenna! Thanks. PO accepted in our system = production confirmed on our side 👍 We scheduled the 5,000 for Monday on press 7 and already ordered the resin for the full lot (Braskem PP RP141, 2 tons), so the samples will come out of the first shift.

Luis Hernández (Tijuana MedForm)  9/23/2024 11:03 AM
Cartons and inner bags we take from stock.

Jenna Morales (BrightArc Orthodontics)  9/23/2024 1:40 PM
Can you send me the packing spec and the resin cert for the samples?

Luis Hernández (Tijuana MedForm)  9/23/2024 2:05 PM
Sure, this afternoon.
"""), ])

# c07: explicit, recorded auto-conversion addendum naming quantity, signer and conditions.
case("c07_br_ch_auto_conversion_addendum", [],
     "addendum records an explicit auto-conversion: 1,960 pcs released by Dr. Paulo Mendes' written "
     "sample sign-off under named conditions; capped, interim sign-off releases nothing",
     [("Aditivo_2_SA-OS-2024-03.docx", docx_bytes([
         ("h1", "Addendum 2 to Supply Agreement SA-OS-2024-03"),
         ("p", "Between OrtoSul Dispositivos Médicos Ltda., Av. Sertório 6600, Porto Alegre - RS, "
               "CNPJ 09.551.207/0001-31 (\"OrtoSul\") and Präzisa Mikromechanik AG, "
               "Bettlachstrasse 14, CH-2540 Grenchen (\"Präzisa\")."),
         ("p", "Subject: cannulated screw instrument set OS-CS-40, part OS-CS-40-T (tray insert, "
               "PEEK, machined), PO 8800-4471."),
         ("h", "1. Quantities"),
         ("table", [
             ["Item", "Quantity", "Status on signature of this addendum"],
             ["Validation pieces (PO 8800-4471, line 1)", "40 pcs", "released"],
             ["Balance of PO 8800-4471 (line 2)", "1,960 pcs", "not released"],
         ]),
         ("h", "2. Auto-conversion"),
         ("p", "The parties agree that the balance of 1,960 pcs is released automatically, without a "
               "further release document, when all of the following are met: (a) Dr. Paulo Mendes, "
               "Quality Director of OrtoSul, signs the written sample sign-off of the 40 validation "
               "pieces as APPROVED (not interim, not conditional); (b) all 64 characteristics of "
               "drawing OS-CS-40-T Rev 03 conform; (c) the cleaning validation report CV-118 has been "
               "accepted by OrtoSul Quality."),
         ("p", "This auto-conversion is limited to 1,960 pcs. If the sign-off is interim, "
               "conditional or rejected, nothing is released. Any quantity beyond 1,960 pcs requires "
               "a written release signed by Rafael Costa, Supply Director."),
         ("h", "3. Material"),
         ("p", "Until the sign-off, Präzisa buys material for the 40 validation pieces only."),
         ("sp",),
         ("table", [
             ["For OrtoSul", "For Präzisa"],
             ["Rafael Costa, Supply Director — Porto Alegre, 03.09.2024",
              "Beat Schnyder, Verkauf Medizintechnik — Grenchen, 05.09.2024"],
             ["Dr. Paulo Mendes, Quality Director — Porto Alegre, 03.09.2024", ""],
         ]),
     ], author="Rafael Costa"))])

# c08: supplier states that the deposit pays the mould only and does not release production.
case("c08_cn_au_deposit_not_release", [],
     "supplier confirms the deposit pays the mould only and does not release production; only the "
     "40 samples are made",
     [("Deposit received - HK-RC78 mould.eml", mail(
         "Kevin Liang <kevin@huake-precision.com>",
         "Josh Pearce <josh@harbourlinedental.com.au>",
         "Deposit received - HK-RC78 mould",
         dt(2024, 3, 20, 10, 5, 8),
         "Dear Josh,\n\n"
         "We received your 30% deposit USD 1,236.00 today, thank you very much.\n\n"
         "Please note: the deposit pays the mould only. It does not release production. We will "
         "only make the 40 sample cases now. Mass production will start only after you sign off the "
         "samples AND send a new PO for the production quantity.\n\n"
         "Sample schedule: T1 on 28 March, samples ship by DHL on 2 April.\n\n"
         "Best regards\nKevin Liang\nShenzhen Huake Precision Medical Co., Ltd.\n"
         "Bao'an District, Shenzhen | +86 755 2961 0381\n",
         html="<p>Dear Josh,</p><p>We received your 30% deposit USD 1,236.00 today, thank you very "
              "much.</p><p>Please note: <b>the deposit pays the mould only. It does not release "
              "production.</b> We will only make the 40 sample cases now. Mass production will start "
              "only after you sign off the samples AND send a new PO for the production quantity."
              "</p><p>Sample schedule: T1 on 28 March, samples ship by DHL on 2 April.</p>"
              "<p>Best regards<br>Kevin Liang<br>Shenzhen Huake Precision Medical Co., Ltd.<br>"
              "Bao'an District, Shenzhen | +86 755 2961 0381</p>"))])

# c09: Israeli supplier acknowledgement that restates the hold, over the quoted buyer PO mail.
_c09_po = (
    "From: Ryan Castillo <rcastillo@northgatedental.com>\n"
    "Sent: Wednesday, July 10, 2024 3:40 PM\n"
    "To: Yossi Ben-Ami <yossi@galilprecision.co.il>\n"
    "Subject: PO ND-24-0951 custom abutments - samples\n\n"
    "Yossi,\n\n"
    "PO ND-24-0951 attached: 16 custom abutment samples (CA-ND-2, Ti Gr. 5 ELI). The balance of "
    "784 on your quote is not released - no material, no scheduling. I will release it in writing "
    "after our FAI sign-off.\n\n"
    "Ryan Castillo\nProcurement Lead, Northgate Dental Lab\n")
case("c09_il_us_ack_restates_hold", [],
     "supplier acknowledgement restates 16 samples, 784 not released, FAI sign-off and Ryan "
     "Castillo's written release; quoted buyer mail is complete",
     [("RE_PO_ND-24-0951_ack.eml", mail(
         "Yossi Ben-Ami <yossi@galilprecision.co.il>",
         "Ryan Castillo <rcastillo@northgatedental.com>",
         "RE: PO ND-24-0951 custom abutments - samples",
         dt(2024, 7, 11, 9, 12, 3),
         "Hi Ryan,\n\n"
         "We confirm your PO ND-24-0951 as written: 16 custom abutment samples CA-ND-2 only.\n\n"
         "The balance of 784 is not released. We will not buy material for it and we will not "
         "schedule it until we have your FAI sign-off and your written release. Bar for the 16 "
         "samples is from our stock (heat 24-0317).\n\n"
         "Ship date for the samples: July 26, FedEx IP, with CoC, material cert and the CMM "
         "report.\n\n"
         "Best regards,\nYossi\n\n"
         "Yossi Ben-Ami | VP Sales\nGalil Precision Implants Ltd. | Karmiel, Israel\n"
         "+972 4 958 2210\n\n"
         + quote(_c09_po) + "\n",
         in_reply_to="<h160-c09orig@northgatedental.com>"))])
# ---------------------------------------------------------------- batch 3

# p10: Brazilian release letter (DOCX) releases "the next tranche" with no quantity.
case("p10_br_mx_release_letter_no_qty", ["RG010"],
     "release letter releases 'the next tranche' without a quantity; hold on the rest, lot "
     "acceptance as event and Rafael Costa as releaser are stated",
     [("Carta_de_Liberacao_RL-OS-2024-011.docx", docx_bytes([
         ("h1", "Carta de Liberação / Release Letter RL-OS-2024-011"),
         ("p", "OrtoSul Dispositivos Médicos Ltda. · Av. Sertório 6600 · Porto Alegre - RS · Brasil"),
         ("p", "To: Maquinados Médicos del Bajío S.A. de C.V., Querétaro, México — Attn. "
               "Ing. Alejandra Ruiz"),
         ("p", "Porto Alegre, 21 de outubro de 2024"),
         ("p", "Ref.: PO 8800-4520 — tray inserts OS-TI-88 (PPSU, machined) for the orthopaedic "
               "instrument set OS-IS-5."),
         ("p", "Prezada Alejandra,"),
         ("p", "Following the good result of the first tranche at our incoming inspection (report "
               "IQ-2024-388, no non-conformities), we hereby release the next tranche of production "
               "of the tray inserts OS-TI-88 under PO 8800-4520, in line with the delivery plan we "
               "discussed in our call of 17 October."),
         ("p", "The remaining balance of the PO stays on hold until the lot acceptance of this "
               "tranche at our incoming inspection. The next release will be signed by me."),
         ("p", "Please keep the same packaging (10 inserts per box, Tyvek bag, label with UDI) and "
               "send the DHR summary and the cleaning record with each shipment. Delivery: DAP "
               "Porto Alegre, by sea freight via Santos."),
         ("p", "Atenciosamente,"),
         ("p", "Rafael Costa — Diretor de Suprimentos / Supply Director, OrtoSul Dispositivos "
               "Médicos Ltda. — +55 51 3022 8100"),
     ], author="Rafael Costa"))])

# p26: quality agreement clause: on validation-lot approval proceed directly to commercial lots.
case("p26_se_il_quality_agreement", ["RG007"],
     "quality agreement clause 7.3 makes the supplier proceed directly to commercial lots on "
     "validation-lot approval, without quantity, signer or recorded auto-conversion",
     [("QA_NT-GPI-01_Rev2.docx", docx_bytes([
         ("h1", "Quality Agreement QA-NT-GPI-01, Revision 2"),
         ("p", "between Nordtand Implant AB, Göteborg, Sweden (\"Nordtand\") and Galil Precision "
               "Implants Ltd., Karmiel, Israel (\"Supplier\")"),
         ("p", "Effective date: 1 March 2024. Scope: machined implant components (abutments, "
               "abutment screws, healing abutments) made to Nordtand drawings."),
         ("h", "1. Quality system"),
         ("p", "The Supplier maintains a quality management system certified to ISO 13485:2016 and "
               "informs Nordtand within 10 days of any change to its certification status."),
         ("h", "2. Change control"),
         ("p", "No change of material, material supplier, process, equipment, site or sub-supplier "
               "without prior written approval of Nordtand Quality. Change requests on form "
               "NT-F-091."),
         ("h", "3. Device history record"),
         ("p", "For each lot the Supplier keeps a DHR containing: material certificates (EN 10204 "
               "3.1), routing with operator and machine, in-process and final inspection results, "
               "cleaning record, packaging and labelling record. DHRs are retained for 15 years."),
         ("h", "4. Lot release by the Supplier"),
         ("p", "Each lot is released for shipment by the Supplier's QA after review of the DHR. A "
               "certificate of conformity signed by QA accompanies each shipment."),
         ("h", "5. Non-conformities and complaints"),
         ("p", "The Supplier informs Nordtand within 48 hours of any non-conformity found after "
               "shipment. Complaint investigations are answered with an 8D report within 30 days."),
         ("h", "6. Cleaning"),
         ("p", "Final cleaning per the Supplier's validated process. Re-validation after any change "
               "of detergent, equipment or parameters."),
         ("h", "7. Validation and transfer to commercial lots"),
         ("p", "7.1 New parts are introduced by a process validation lot (IQ/OQ/PQ) per protocol "
               "agreed with Nordtand Quality."),
         ("p", "7.2 The validation report is submitted to Nordtand Quality for approval."),
         ("p", "7.3 Upon approval of the process validation lot by Nordtand Quality, the Supplier "
               "shall proceed directly with commercial lot production of the quantities quoted, "
               "without waiting for further documents."),
         ("h", "8. Audits"),
         ("p", "Nordtand may audit the Supplier with 10 working days' notice; for cause with 48 "
               "hours' notice."),
         ("sp",),
         ("table", [
             ["Nordtand Implant AB", "Galil Precision Implants Ltd."],
             ["Maria Lindqvist, Head of Quality", "Tal Mizrahi, QA Manager"],
             ["2024-02-26", "2024-02-28"],
         ]),
     ], author="Maria Lindqvist"))])

# p27: Chinese supplier offer mail: after sample approval, mass production directly.
_p27_quote = pdf([
    ("h1", "QUOTATION NO. KR-Q-24-0611"),
    ("p", "Ningbo Kangrui Medical Plastics Co., Ltd. · No. 66 Jinyuan Road, Yinzhou District, "
          "Ningbo, Zhejiang · ISO 13485 certified"),
    ("p", "To: Crestline Orthopedics, Inc. — Mr. Tom Rusk. Date: 2024-06-11."),
    ("table", [
        ["No.", "Item", "Qty", "Unit price USD", "Remark"],
        ["1", "PPSU instrument tray CT-TRY-5520 Rev C, 2-level, grey, sample", "6 pcs", "138.00",
         "from soft tool"],
        ["2", "PPSU instrument tray CT-TRY-5520 Rev C, mass production", "720 pcs", "61.50",
         "from production tool"],
        ["3", "Production tool (2 sets: base + lid), S136 steel", "1 lot", "18,400.00",
         "50% deposit"],
    ]),
    ("p", "Material: Solvay Radel R-5000 PPSU, medical grade. Terms: FOB Ningbo, T/T. "
          "Validity: 45 days."),
], title="KR-Q-24-0611", author="Ningbo Kangrui")
case("p27_cn_us_offer_mass_production", ["RG007"],
     "supplier offer mail: 'After your sample approval, we will arrange mass production of 720 pcs "
     "directly' - sample approval rolled into production, no recorded auto-conversion",
     [("Quotation KR-Q-24-0611 PPSU tray.eml", mail(
         "Chen Wei <chenwei@kangrui-med.com>",
         "Tom Rusk <trusk@crestline-ortho.com>",
         "Quotation KR-Q-24-0611 PPSU tray CT-TRY-5520",
         dt(2024, 6, 11, 17, 40, 8),
         "Dear Tom,\n\n"
         "Thanks for your inquiry and the drawing CT-TRY-5520 Rev C. Pls find attached our "
         "quotation KR-Q-24-0611.\n\n"
         "Our plan: samples from soft tool in 20 days after deposit. After your sample approval, we "
         "will arrange mass production of 720 pcs directly, delivery 25 days. So you can get all "
         "trays before your launch.\n\n"
         "We have 14 years experience of PPSU trays for orthopaedic and dental customers in EU and "
         "USA. Autoclave test report (1000 cycles, 134C) also attached in our previous mail.\n\n"
         "Any question pls feel free to contact me.\n\n"
         "Best regards\nChen Wei\nOverseas Sales Manager\nNingbo Kangrui Medical Plastics Co., Ltd.\n"
         "Mob/WhatsApp: +86 138 5743 2291\n",
         attachments=[("KR-Q-24-0611.pdf", _p27_quote, PDF_MT)]))])

# p28: buyer contradicts his own written-release requirement: "If the FAI passes Thursday, just
# keep the line running on the rest - I'll paper it after."
_p28_po = (
    "From: Mark Delgado <mdelgado@crestline-ortho.com>\n"
    "Sent: Monday, August 5, 2024 8:30 AM\n"
    "To: Alejandra Ruiz <aruiz@mmbajio.com.mx>\n"
    "Subject: PO 7100463015 - CT-TRY-4420 FAI\n\n"
    "Alejandra,\n\n"
    "PO 7100463015 covers 30 FAI trays only. The balance of 1,170 is not released until the FAI is "
    "signed off and you have a written production release signed by me.\n\n"
    "Mark Delgado\nDirector, Supply Chain - Crestline Orthopedics\n")
_p28_sup = (
    "From: Alejandra Ruiz <aruiz@mmbajio.com.mx>\n"
    "Sent: Tuesday, August 27, 2024 6:15 PM\n"
    "To: Mark Delgado <mdelgado@crestline-ortho.com>\n"
    "Subject: RE: PO 7100463015 - CT-TRY-4420 FAI\n\n"
    "Mark, the FAI is scheduled Thursday at your site with Priya. If it passes, how do you want us "
    "to handle the balance? The line is set up with the fixtures and it would be a pity to tear it "
    "down for a week.\n\nSaludos, Alejandra\n\n" + quote(_p28_po))
case("p28_us_mx_keep_line_running", ["RG007"],
     "buyer who required a written release now says 'if the FAI passes Thursday, just keep the line "
     "running on the rest - I'll paper it after': sample approval assumed to roll into production",
     [("RE_RE_PO_7100463015_FAI.eml", mail(
         "Mark Delgado <mdelgado@crestline-ortho.com>",
         "Alejandra Ruiz <aruiz@mmbajio.com.mx>",
         "RE: RE: PO 7100463015 - CT-TRY-4420 FAI",
         dt(2024, 8, 28, 7, 2, -5),
         "Alejandra,\n\n"
         "Good point. If the FAI passes Thursday, just keep the line running on the rest - I'll "
         "paper it after. Don't want you tearing down for a week, we need these trays for the "
         "October sales meeting anyway.\n\n"
         "Priya will bring the FAI checklist; please have the CMM reports printed.\n\n"
         "Mark\n\nSent from my iPhone\n\n"
         + quote(_p28_sup) + "\n",
         in_reply_to="<h160-p28sup@mmbajio.com.mx>"))])

# p29: supplier customer-portal page: production order auto-released on sample approval.
case("p29_mx_portal_auto_release", ["RG007"],
     "supplier portal workflow sets 'Auto-release ON': the production order goes to the shop floor "
     "when the customer's sample approval is recorded, with no auto-conversion agreed by the buyer",
     [("TMF_Portal_Proyecto_KO-AFO-P-07.html", html_page("TMF Customer Portal - KO-AFO-P-07", """
<div style="background:#0b6e4f;color:#fff;padding:8px"><b>Tijuana MedForm &middot; Customer Portal</b> &nbsp;|&nbsp; Customer: Kvist Ortopedi AB (Malmö) &nbsp;|&nbsp; Language: EN / ES</div>
<h2>Project KO-AFO-P-07 &mdash; Paediatric AFO shell, PP copolymer 4 mm</h2>
<p>Customer PO: 4700-1190 &middot; Project manager TMF: Luis Hernández &middot; Customer contact: Henrik Sjöberg</p>
<h3>Workflow</h3>
<table>
<tr><th>Stage</th><th>Description</th><th>Status</th><th>Date</th></tr>
<tr><td>1</td><td>Engineering samples, 12 pcs (customer PO 4700-1190)</td><td>Shipped (DHL 4471 2290 18)</td><td>2024-09-02</td></tr>
<tr><td>2</td><td>Customer sample approval</td><td>Pending</td><td>&mdash;</td></tr>
<tr><td>3</td><td>Production order (balance of quote TMF-Q-3402)</td><td>Queued &mdash; released to shop floor automatically on sample approval</td><td>&mdash;</td></tr>
<tr><td>4</td><td>Shipment production lots</td><td>Not started</td><td>&mdash;</td></tr>
</table>
<div class="note"><b>Workflow setting:</b> Auto-release: <b>ON</b>. When the customer records the sample approval in this portal, the production order is released to the floor without further documents.</div>
<h3>Documents</h3>
<ul><li>Inspection report ER-0902-12 (12 pcs)</li><li>Material certificate PP copolymer lot 2408-115</li><li>Packing list PL-24-5521</li></ul>
<p><button>Record sample approval</button> <button>Record rejection</button> <button>Send message</button></p>
<p style="font-size:11px;color:#666">Tijuana MedForm S. de R.L. de C.V. &middot; ISO 13485:2016 &middot; Blvd. Insurgentes 19000, Tijuana, B.C.</p>
"""))])

# p30: Teams Brazil / Israel: supplier "once validation passes we continue with the batch as usual,
# no need for another PO right?" - buyer "Sim, as usual".
case("p30_teams_il_br_as_usual", ["RG007"],
     "supplier assumes the batch continues once validation passes without the revised PO the buyer "
     "required; the buyer agrees 'as usual'",
     [("Teams_Sorriso_Negev_validation.txt", """\
Conversation: Sorriso Alinhadores / Negev Polymer - SA-C5 cases
Exported by Mariana Teixeira on 14/10/2024 19:02 (UTC-03:00)

[16/09/2024 09:10] Mariana Teixeira (Sorriso Alinhadores)
Shalom Eitan! PO 4500-2340 is in your inbox: 60 validation cases SA-C5 only. The balance of 2.940 is NOT released. It needs our validation sign-off and a revised PO from Bruno Lima (Diretor de Operações).

[16/09/2024 09:48] Eitan Shapira (Negev Polymer Medical)
Hi Mariana, received, thanks. 60 pcs validation, we run them on the production tool on 24/9.

[07/10/2024 11:30] Eitan Shapira (Negev Polymer Medical)
Validation cases passed our internal tests, report going to you tomorrow. Once validation passes on your side we continue with the batch as usual, no need for another PO right? In our system it's one job.

[07/10/2024 12:05] Mariana Teixeira (Sorriso Alinhadores)
Sim, as usual 👍

[07/10/2024 12:06] Mariana Teixeira (Sorriso Alinhadores)
Please send the report also to qualidade@sorrisoalinhadores.com.br

[07/10/2024 12:15] Eitan Shapira (Negev Polymer Medical)
Sure. Have a good week!
"""), ])

# p31: Swiss supplier order confirmation: "Approval of samples = approval for series production",
# series released automatically on approval.
case("p31_ch_us_order_confirmation", ["RG007", "RG009"],
     "supplier order confirmation: 'Approval of the samples = approval for series production', series "
     "released automatically; 'approval' used for technical and production release",
     [("Auftragsbestaetigung_AB-24-1455.pdf", pdf([
         ("h1", "Auftragsbestätigung / Order Confirmation AB-24-1455"),
         ("p", "Präzisa Mikromechanik AG · Bettlachstrasse 14 · CH-2540 Grenchen"),
         ("p", "Customer: Northgate Dental Lab LLC, Denver CO, USA · Your order: ND-24-1002 of "
               "21.08.2024 · Our offer: OF-24-0733"),
         ("table", [
             ["Pos", "Article", "Quantity", "Price USD", "Delivery"],
             ["1", "Ti-base NB-35, sample lot", "10 pcs", "39.00", "KW 38"],
             ["2", "Ti-base NB-45, sample lot", "10 pcs", "39.00", "KW 38"],
             ["3", "Ti-base IC-RP, sample lot", "10 pcs", "39.00", "KW 38"],
             ["4", "Ti-base IC-NP, sample lot", "10 pcs", "39.00", "KW 38"],
         ]),
         ("sp",),
         ("h", "Terms of this confirmation"),
         ("p", "Approval of the samples = approval for series production. Upon your approval of "
               "the samples, the series quantity of our offer OF-24-0733 is released automatically "
               "to our production; delivery 5 weeks after your approval."),
         ("p", "Prices EXW Grenchen. Payment 30 days net. Our general terms of sale (AVB 2023) "
               "apply. Please inform us within 3 days if this confirmation differs from your order."),
         ("p", "Präzisa Mikromechanik AG — Beat Schnyder"),
     ], title="AB-24-1455", author="Praezisa Mikromechanik AG"))])

# p33: Australian buyer sends a rolling forecast and asks the supplier to treat it as a firm order.
case("p33_au_cn_forecast_as_order", ["RG008"],
     "buyer attaches a labelled rolling forecast (48,000) and asks the supplier to treat it as the "
     "firm order for the year and book material for all of it",
     [("HL-AC2 FY25 planning.eml", mail(
         "Sophie Tran <sophie@harbourlinedental.com.au>",
         "Lily Zhou <lily.zhou@yinuo-medplast.cn>",
         "Rolling forecast HL-AC2 FY25",
         dt(2024, 7, 2, 12, 18, 10),
         "Hi Lily,\n\n"
         "Hope you're well. Attached is our rolling 12-month forecast for the HL-AC2 cases, "
         "48,000 pcs in total for FY25 (Jul-24 to Jun-25).\n\n"
         "Our clinics are growing faster than planned (two new sites in Brisbane and Perth), so to "
         "make life easy: please treat this forecast as our firm order for the year and book the "
         "capacity for all 48,000. Our system will spit out the monthly POs later, "
         "don't wait for them.\n\n"
         "Colour split stays 70% teal / 30% lilac.\n\n"
         "Thanks heaps,\nSophie\n\n"
         "Sophie Tran | Operations Manager | Harbourline Dental Lab\n"
         "Level 2, 118 Devonshire St, Surry Hills NSW 2010 | +61 2 9211 3380\n",
         attachments=[("HL_forecast_FY25.txt", """\
HARBOURLINE DENTAL LAB - 12 MONTH ROLLING FORECAST (FORECAST)        PRINTED 02/07/2024
ITEM: HL-AC2 ALIGNER CASE (TEAL/LILAC)          SUPPLIER: SUZHOU YINUO MEDICAL PLASTICS
--------------------------------------------------------------------------------------
JUL-24  AUG-24  SEP-24  OCT-24  NOV-24  DEC-24  JAN-25  FEB-25  MAR-25  APR-25  MAY-25  JUN-25
 3,000   3,500   3,500   4,000   4,000   3,000   3,500   4,500   5,000   4,500   5,000   4,500
--------------------------------------------------------------------------------------
TOTAL FY25: 48,000 PCS
""", TXT_MT)]))])

# p34: multi-file: buyer forecast labelled 'not an order' + supplier order confirmation that
# confirms the forecast as an order for 6,000.
case("p34_se_in_forecast_confirmed_as_order", ["RG008"],
     "supplier order confirmation confirms 'your order for 6,000 AFO shells' from a forecast that is "
     "labelled 'prognos - not an order'",
     [("Prognos_Kvist_2025.txt", """\
KVIST ORTOPEDI AB                      PROGNOS / FORECAST 2025             UTSKRIFT 2024-11-04
Leverantör / Supplier: 30288 AHMEDABAD ORTHOCRAFT PVT LTD
-------------------------------------------------------------------------------------------
OBS: PROGNOS - INTE EN BESTÄLLNING. / FORECAST - NOT AN ORDER. Beställningar görs med PO.
-------------------------------------------------------------------------------------------
Artikel       Benämning                      Q1 2025   Q2 2025   Q3 2025   Q4 2025    Totalt
KO-AFO-P2     AFO-skal barn P2, PP 4 mm        1 200     1 500     1 800     1 500     6 000
-------------------------------------------------------------------------------------------
Kontakt: Henrik Sjöberg, inköpschef, +46 40 611 20 45
"""),
      ("Order_Confirmation_OC-2411-083.pdf", pdf([
          ("h1", "ORDER CONFIRMATION OC-2411-083"),
          ("p", "Ahmedabad Orthocraft Pvt. Ltd. · Plot 88, GIDC Vatva, Ahmedabad 382445, Gujarat, "
                "India · GSTIN 24AAHCA7713Q1Z8"),
          ("p", "To: Kvist Ortopedi AB, Stortorget 8, 211 22 Malmö, Sweden · Kind attn: Mr. Henrik "
                "Sjöberg · Date: 08-11-2024"),
          ("p", "Dear Sir, we thank you for your valued order and are pleased to confirm your order "
                "for 6,000 AFO shells KO-AFO-P2 for calendar year 2025 as per your forecast dated "
                "04-11-2024."),
          ("table", [
              ["Sr.", "Item", "Qty", "Rate (EUR)", "Amount (EUR)", "Delivery"],
              ["1", "KO-AFO-P2 AFO shell paediatric, PP 4 mm", "6,000 Nos.", "7.85", "47,100.00",
               "quarterly as per forecast"],
          ]),
          ("p", "Terms: FOB Mundra. Payment 60 days from B/L date. Packing: 20 Nos. per carton."),
          ("p", "For Ahmedabad Orthocraft Pvt. Ltd. — Nilesh Patel, Director (Exports)"),
      ], title="OC-2411-083", author="Ahmedabad Orthocraft"))])

# p36: Teams: Swiss buyer tells the tray maker to take the 2025 forecast as a fixed order.
case("p36_teams_ch_cn_forecast_fixed", ["RG008"],
     "buyer: 'Forecast for 2025 is 3'000 trays - you can take that as a fixed order'",
     [("Teams_Alpenkiefer_Kangrui_Forecast2025.txt", """\
Chat: Alpenkiefer / Kangrui - Implant kit trays
Exported: 20.11.2024 16:40 (UTC+01:00)

Chen Wei  18.11.2024 08:02
Dear Reto, good morning. For our planning 2025 (we are booking press capacity for next year), can you share your forecast for SK-4 trays?

Reto Baumann  18.11.2024 10:35
Good morning Mr. Chen. Forecast for 2025 is 3'000 trays SK-4 (about 250 per month, a bit more in Q1 because of the launch in Germany). You can take that as a fixed order, we will need them for sure. The formal PO comes in January when our budget is open.

Chen Wei  18.11.2024 10:51
Thank you Reto! Very clear. We book the capacity then.

Reto Baumann  18.11.2024 10:53
Perfect. Colour stays RAL 7035, lid lettering as Rev C.
"""), ])

# p37: supplier's customer portal lists a customer forecast as a confirmed order in planning.
case("p37_cn_portal_forecast_confirmed", ["RG008"],
     "supplier order centre lists the customer's Q1 forecast FC-2025-Q1 (9,000) with status "
     "'CONFIRMED ORDER - in production planning'",
     [("Yinuo_Order_Center_Sorriso.html", html_page("Yinuo Order Center - Sorriso Alinhadores", """
<div style="background:#8a1538;color:#fff;padding:8px"><b>Suzhou Yinuo Medical Plastics &middot; Order Center</b> &nbsp;|&nbsp; Customer: Sorriso Alinhadores Ltda. (BR) &nbsp;|&nbsp; Account manager: Lily Zhou</div>
<h2>Orders &amp; plans &mdash; customer view</h2>
<p>Updated: 2024-12-02 08:00 CST</p>
<table>
<tr><th>Our ref.</th><th>Customer document</th><th>Item</th><th>Qty</th><th>Status</th><th>Ship date</th></tr>
<tr><td>SO-24-0931</td><td>PO 4500-2291</td><td>SA-C3 aligner case, lilac, T1 samples</td><td>30</td><td>Shipped</td><td>2024-06-03</td></tr>
<tr><td>SO-24-1008</td><td>PO 4500-2377</td><td>SA-C3 aligner case, lilac</td><td>3,000</td><td>Shipped</td><td>2024-10-21</td></tr>
<tr><td>SO-24-1102</td><td>FC-2025-Q1 (customer forecast, received 2024-11-28)</td><td>SA-C3 aligner case, lilac / white</td><td>9,000</td><td><b>CONFIRMED ORDER</b> &mdash; in production planning</td><td>2025-01-15 / 2025-02-15 / 2025-03-15</td></tr>
</table>
<div class="note">Confirmed orders are scheduled in our MES. Please contact your account manager for changes.</div>
<p style="font-size:11px;color:#666">&copy; Suzhou Yinuo Medical Plastics Co., Ltd. &middot; ISO 13485:2016 &middot; No. 18 Xinghu Street, SIP, Suzhou</p>
"""))])

# c10: multi-file: sample PO declares the enclosed quote informational; everything stated.
case("c10_au_cn_po_quote_informational", [],
     "sample PO for 60 retainer cases; enclosed quote's 12,000 tier declared informational and not "
     "released; sample sign-off + new PO by Sophie Tran",
     [("PO_20950_Harbourline.pdf", pdf([
         ("h1", "Harbourline Dental Lab — Purchase Order 20950"),
         ("p", "Harbourline Dental Lab Pty Ltd · ABN 63 604 118 220 · Level 2, 118 Devonshire St, "
               "Surry Hills NSW 2010 · Date 13/05/2024"),
         ("p", "Supplier: Shenzhen Huake Precision Medical Co., Ltd., Bao'an District, Shenzhen, China"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit AUD", "Total AUD"],
             ["1", "HK-RC60-HL", "Retainer case 60 mm, flip lid, teal, Harbourline logo — samples",
              "60", "4.10", "246.00"],
             ["2", "FREIGHT", "DHL Express", "1", "95.00", "95.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This PO is for the 60 sample cases only. Your quotation HK-2405-031 is enclosed for "
               "reference only: its 12,000 pcs tier is informational and not released. The "
               "production quantity stays on hold until our clinical lead has signed off the samples "
               "and a new PO signed by Sophie Tran, Operations Manager, has been issued. Material: "
               "for the 60 samples only."),
         ("p", "Delivery: DHL to Surry Hills, attention Sophie Tran. Terms: 30 days EOM."),
     ], title="PO 20950", author="Harbourline Dental Lab")),
      ("HK-2405-031_quote.pdf", pdf([
          ("h1", "QUOTATION HK-2405-031"),
          ("p", "Shenzhen Huake Precision Medical Co., Ltd. to Harbourline Dental Lab · 2024-05-08"),
          ("table", [
              ["Item", "Qty", "Unit price AUD", "Lead time"],
              ["HK-RC60-HL samples", "60 pcs", "4.10", "10 days"],
              ["HK-RC60-HL mass production", "12,000 pcs", "0.92", "25 days"],
          ]),
          ("p", "Sales: Kevin Liang · kevin@huake-precision.com"),
      ], title="HK-2405-031", author="Shenzhen Huake"))])

# c11: partial production release letter: 300 released, 1,185 on hold, named event and person.
case("c11_us_in_partial_release", [],
     "production release for 300 of 1,485 trays after FAI sign-off; 1,185 on hold until lot "
     "acceptance + next release by Mark Delgado; material authority 300",
     [("Production_Release_PR-2024-017.pdf", pdf([
         ("h1", "Production Release PR-2024-017"),
         ("p", "Crestline Orthopedics, Inc. · 2200 E Center St · Warsaw, IN 46580 · 09/16/2024"),
         ("p", "To: Pune Surgitech Components Pvt. Ltd., Plot D-42, MIDC Bhosari, Pune 411026, India"),
         ("table", [
             ["Field", "Value"],
             ["Part / Rev", "CT-TRY-7730 Rev A — sterilization tray, SS 316L perforated"],
             ["PO", "7100464002 Rev 1 (commercial cover 1,500 EA incl. 15 samples)"],
             ["Basis", "FAI sign-off CR-FAI-0259, 09/09/2024, Supplier Quality (P. Nair)"],
             ["Released now", "300 EA"],
             ["Balance on hold", "1,185 EA"],
             ["Material authority", "300 EA (no material beyond released quantity)"],
         ]),
         ("sp",),
         ("p", "This document releases 300 (three hundred) trays CT-TRY-7730 Rev A for production. "
               "The balance of 1,185 EA remains on hold. It will be released only after lot "
               "acceptance of these 300 EA at Crestline receiving inspection, by a further written "
               "production release signed by Mark Delgado."),
         ("p", "Ship the 300 EA in one lot, FCA Mumbai airport, with passivation certificate and CoC."),
         ("p", "Signed: Mark Delgado, Director, Supply Chain"),
     ], pagesize=LETTER, title="PR-2024-017", author="Crestline Orthopedics"))])

# c12: hold notice on the buyer's supplier portal (Swedish buyer).
case("c12_se_portal_hold_notice", [],
     "hold notice: 12 engineering-lot shells delivered, 588 on hold, revised fitting sign-off + "
     "revised PO, Henrik Sjöberg releases",
     [("Kvist_Leverantorsportal_HN-2024-006.html", html_page("Kvist Leverantörsportal - HN-2024-006", """
<div style="background:#2d4b73;color:#fff;padding:8px"><b>Kvist Ortopedi AB &middot; Leverantörsportal</b> &nbsp;|&nbsp; Leverantör: Maquinados Médicos del Bajío S.A. de C.V.</div>
<h2>Hold notice HN-2024-006</h2>
<table>
<tr><th>Order</th><td>PO 4700-1184 &mdash; paediatric AFO shell KO-AFO-P-07</td></tr>
<tr><th>Issued</th><td>2024-10-02 by Henrik Sjöberg, Purchasing Manager</td></tr>
<tr><th>Delivered so far</th><td>12 engineering-lot shells (fitting trials)</td></tr>
<tr><th>Production quantity</th><td><b>588 shells &mdash; ON HOLD, not released</b></td></tr>
<tr><th>Reason</th><td>Fitting trial at Lund clinic: edge irritation at the strap slot on 2 of 12 patients. Design change to KO-AFO-P-07 Rev C (slot radius R3 instead of R1).</td></tr>
<tr><th>Unlock event</th><td>Revised fitting sign-off on Rev C shells and a revised PO</td></tr>
<tr><th>Who releases</th><td>Henrik Sjöberg, Purchasing Manager, in writing</td></tr>
<tr><th>Material</th><td>Do not buy or cut sheet for the 588. Existing sheet stays at supplier's own risk.</td></tr>
</table>
<div class="note">Please acknowledge this hold notice in the portal within 2 working days.</div>
<p><button>Acknowledge</button> <button>Ask a question</button></p>
<p style="font-size:11px;color:#666">Kvist Ortopedi AB &middot; Stortorget 8 &middot; 211 22 Malmö &middot; Org.nr 556402-1187</p>
"""))])

# c13: interim sample disposition with limits (quantity + expiry), rest on hold.
case("c13_us_mx_interim_disposition", [],
     "interim sample sign-off with limits: 200 EA until 09/30/2024 released by Mark Delgado; 514 EA on "
     "hold until full sign-off and written release",
     [("SQ_Portal_SD-0412.html", html_page("Crestline Supplier Quality - SD-0412", """
<div style="background:#123b5c;color:#fff;padding:8px"><b>Crestline Supplier Quality</b> &nbsp;|&nbsp; Supplier: Tijuana MedForm S. de R.L. de C.V. (300871)</div>
<h2>Sample disposition SD-0412 &mdash; INTERIM</h2>
<table>
<tr><th>Part</th><td>CT-TRY-5520 Rev C &mdash; instrument tray, knee revision, PPSU</td></tr>
<tr><th>PO</th><td>7100458822 Rev 2 (commercial cover 720 EA)</td></tr>
<tr><th>Samples evaluated</th><td>6 EA, serial 001-006</td></tr>
<tr><th>Finding</th><td>Lid hinge pin diameter 3.92 mm vs 4.00 -0.05 (out of tolerance by 0.03 mm). Function OK in 50 open/close cycles. Corrective action: pin insert re-cut, due 09/15/2024.</td></tr>
<tr><th>Disposition</th><td><b>INTERIM sign-off</b> &mdash; limited to 200 EA and valid until 09/30/2024, whichever comes first</td></tr>
<tr><th>Interim quantity released</th><td>200 EA, released by Mark Delgado, Director Supply Chain, 08/20/2024</td></tr>
<tr><th>Balance</th><td>514 EA on hold &mdash; released only after full sign-off of corrected samples and a written release by Mark Delgado</td></tr>
<tr><th>Material authority</th><td>200 EA</td></tr>
</table>
<p>Supplier Quality Engineer: Priya Nair &middot; Purchasing: Tom Rusk</p>
"""))])
# ---------------------------------------------------------------- batch 4

# p38: US buyer mail uses "approval" for sample sign-off, finance PO approval and production release.
_p38_po = docx_bytes([
    ("h1", "BrightArc Orthodontics — Purchase Order 55-20530, Revision 1"),
    ("p", "Vendor: Negev Polymer Medical Ltd., Be'er Sheva, Israel · Date 10/01/2024"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Status"],
        ["1", "BA-CASE-07 Rev B", "Travel aligner case, PP + TPE seal — samples", "40",
         "delivered 09/12/2024"],
        ["2", "BA-CASE-07 Rev B", "Travel aligner case — production", "2,960",
         "NOT RELEASED — on hold"],
    ]),
    ("p", "Line 2 is commercial cover only. It may be produced only after a written production "
          "release signed by Dana Whitfield, Director of Supply Chain. Material authority: samples "
          "only until then."),
    ("p", "Buyer: Jenna Morales · Terms: Net 30 · FCA Ben Gurion Airport"),
], author="Jenna Morales")
case("p38_us_il_three_approvals", ["RG009"],
     "mail uses 'approved/approval' for the sample sign-off, the finance PO approval and the "
     "production release; attached PO Rev 1 keeps line 2 on hold until Dana Whitfield's release",
     [("PO 55-20530 Rev 1 BA-CASE-07.eml", mail(
         "Jenna Morales <jmorales@brightarc-ortho.com>",
         "Eitan Shapira <eitan@negevpolymer.co.il>",
         "Samples approved - PO 55-20530 Rev 1",
         dt(2024, 10, 1, 16, 25, -5),
         "Hi Eitan,\n\n"
         "Good news on the travel case BA-CASE-07: the samples are approved - dimensions, seal "
         "leak test and the ISO 10993-5 cytotox all passed. Kwame signed the report this "
         "morning.\n\n"
         "The PO approval also came through from finance yesterday, so Rev 1 of PO 55-20530 is "
         "attached with the production line on it (line 2, 2,960 pcs).\n\n"
         "Production approval is the last step - Dana will send it, probably next week after the "
         "launch review. Please don't start line 2 before you have it.\n\n"
         "Thanks for the quick turnaround on the seal change!\nJenna\n\n"
         "Jenna Morales | Buyer | BrightArc Orthodontics, Inc.\n"
         "4100 Freidrich Ln, Suite 300, Austin, TX 78744 | (512) 555-0164\n",
         html="<p>Hi Eitan,</p><p>Good news on the travel case BA-CASE-07: the samples are "
              "<b>approved</b> - dimensions, seal leak test and the ISO 10993-5 cytotox all passed. "
              "Kwame signed the report this morning.</p><p>The PO approval also came through from "
              "finance yesterday, so Rev 1 of PO 55-20530 is attached with the production line on it "
              "(line 2, 2,960 pcs).</p><p>Production approval is the last step - Dana will send it, "
              "probably next week after the launch review. Please don't start line 2 before you have "
              "it.</p><p>Thanks for the quick turnaround on the seal change!<br>Jenna</p>",
         attachments=[("PO_55-20530_Rev1.docx", _p38_po, DOCX_MT)]))])

# p39: Swedish meeting minutes use "released" for the QA sample result and the production release.
case("p39_se_in_minutes_release_twice", ["RG009"],
     "minutes say the samples were 'released by Kvist QA' (technical) and that production is 'not yet "
     "released' (production release): one word for two things",
     [("Minnesanteckningar_Orthocraft_2024-10-15.docx", docx_bytes([
         ("h1", "Minutes — supplier meeting Kvist Ortopedi / Ahmedabad Orthocraft"),
         ("p", "Date: 2024-10-15, 10:00–11:15 CET (Teams). Participants: Henrik Sjöberg, Elin "
               "Åkesson (QA), Kvist Ortopedi AB; Nilesh Patel, Hetal Shah (QA), Ahmedabad "
               "Orthocraft. Minutes: Elin Åkesson."),
         ("num", "Samples KO-AFO-P2 (PO 4700-1201, 12 sample shells): released by Kvist QA on "
                 "14.10 — dimensions and the fitting trial at the Malmö clinic OK. Report QR-24-077 "
                 "sent to Orthocraft."),
         ("num", "Production: not yet released. The 1 188 shells of the quotation stay on hold. "
                 "Release requires a revised PO and a written release by Henrik Sjöberg. Target "
                 "week 46."),
         ("num", "Material: Orthocraft buys PP sheet for the 12 samples only until the written "
                 "release is received."),
         ("num", "Packaging: 20 shells per carton, carton label with Kvist article number and "
                 "lot. Orthocraft to send a photo of the carton label."),
         ("num", "Logistics: sea freight Mundra – Gothenburg, then truck to Malmö. Lead time ~6 "
                 "weeks door to door."),
         ("num", "Next meeting: 2024-11-12."),
         ("p", "Action items: Orthocraft – carton label photo (H. Shah, 22.10). Kvist – revised "
               "PO draft (H. Sjöberg, 01.11)."),
     ], author="Elin Akesson"))])

# p40: Brazilian ERP PO printout: header "STATUS: LIBERADO / RELEASED" for finance approval, line
# 20 "PRODUCTION NOT RELEASED".
case("p40_br_in_erp_po_status_released", ["RG009"],
     "ERP PO header 'STATUS: LIBERADO / RELEASED' means finance approval while line 20 says "
     "'PRODUCTION NOT RELEASED': 'release' used for commercial approval and production release",
     [("PEDIDO_4500078812.txt", """\
ORTOSUL DISPOSITIVOS MEDICOS LTDA                          PEDIDO DE COMPRA / PURCHASE ORDER
CNPJ 09.551.207/0001-31  AV. SERTORIO 6600  PORTO ALEGRE RS  BRASIL          PAG. 1/1
====================================================================================
PEDIDO / PO NO.  : 4500078812                DATA / DATE : 02.09.2024
STATUS           : LIBERADO / RELEASED  (APROVACAO FINANCEIRA / FINANCE APPROVAL 02.09.2024
                   POR / BY: C. ROCHA, CONTROLADORIA)
FORNECEDOR       : 700415  PUNE SURGITECH COMPONENTS PVT LTD, MIDC BHOSARI, PUNE 411026, INDIA
COMPRADOR/BUYER  : FELIPE ANDRADE  +55 51 3022 8144
INCOTERMS        : FCA MUMBAI      PAGAMENTO / PAYMENT: 60 DD
------------------------------------------------------------------------------------
ITEM  MATERIAL        DESCRICAO / DESCRIPTION                 QTD       UN   PRECO USD
----  --------------  --------------------------------------  --------  --  ----------
0010  OS-TR-410       BANDEJA INSTRUMENTAL AÇO 316L - AMOSTRA       30  PC      48,00
                      INSTRUMENT TRAY SS316L - SAMPLE
0020  OS-TR-410       BANDEJA INSTRUMENTAL AÇO 316L - PRODUCAO   2.970  PC      21,50
                      INSTRUMENT TRAY SS316L - PRODUCTION
                      *** PRODUCTION NOT RELEASED ***
------------------------------------------------------------------------------------
TEXTO DO PEDIDO / PO TEXT:
  ITEM 0010: 30 PC AMOSTRAS / SAMPLES - PODE PRODUZIR / MAY BE PRODUCED.
  ITEM 0020: EM ESPERA / ON HOLD. SOMENTE APOS APROVACAO DAS AMOSTRAS PELA ENGENHARIA
             E LIBERACAO ESCRITA DE PRODUCAO ASSINADA POR RAFAEL COSTA (DIRETOR DE
             SUPRIMENTOS). / ONLY AFTER ENGINEERING SAMPLE SIGN-OFF AND A WRITTEN
             PRODUCTION RELEASE SIGNED BY RAFAEL COSTA (SUPPLY DIRECTOR).
  MATERIAL: SOMENTE PARA AMOSTRAS / FOR SAMPLES ONLY.
------------------------------------------------------------------------------------
VALOR TOTAL / TOTAL VALUE: USD 65.295,00
====================================================================================
"""), ])

# p41: WhatsApp Brazil / China: "Finance approved the PO ... deposit paid ... so production is
# approved, pode rodar!"
case("p41_whatsapp_br_cn_deposit_approved", ["RG002", "RG009", "RG012"],
     "buyer: PO 'approved' by finance and deposit paid 'so production is approved, pode rodar!': "
     "deposit as release, one word for commercial and production approval, no quantity or scope",
     [("WhatsApp Chat com Lily Zhou Yinuo.txt", """\
[10/06/2024 09:15:22] Mariana Teixeira: Oi Lily! Samples SA-C3 arrived today, the lilac is perfect 😍
[10/06/2024 09:16:01] Mariana Teixeira: Reminder como combinado: PO 4500-2291 is for the 30 samples only. The 5.970 balance is on hold until our clinical team signs off the samples and Rafael Alves (Head of Supply) sends you the written release
[10/06/2024 09:40:47] Lily Zhou: Good morning Mariana! Happy you like the colour. Noted, 30 pcs only 👍
[10/06/2024 09:41:30] Lily Zhou: For mass production we need the 30% deposit, PI-YN-240610 attached
[10/06/2024 09:41:33] Lily Zhou: <anexo: PI-YN-240610.pdf>
[18/06/2024 17:02:10] Mariana Teixeira: Lily, news: Finance approved the PO yesterday and the deposit was paid today 🙌 so production is approved, pode rodar!
[18/06/2024 17:02:45] Mariana Teixeira: Comprovante de pagamento: <anexo: TED_18062024.pdf>
[18/06/2024 17:30:12] Lily Zhou: Received, thank you! We arrange the production schedule and tell you the ETD
[18/06/2024 17:31:00] Mariana Teixeira: Obrigada!! Same carton marks as the samples
"""), ])

# p43: Swiss PO: line table says 20 samples, the scope note says 25.
case("p43_ch_il_po_line_vs_note", ["RG011"],
     "PO line table orders 20 sample healing abutments; the scope note releases '25 sample healing "
     "abutments'",
     [("Bestellung_45-119204.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 45-119204"),
         ("p", "Alpenkiefer Dental AG · Badenerstrasse 329 · 8003 Zürich · MWST CHE-112.408.771"),
         ("p", "Lieferant / Supplier: Galil Precision Implants Ltd., 12 HaTa'asiya St., Karmiel "
               "2161002, Israel · Datum 02.10.2024 · Einkauf: Reto Baumann"),
         ("table", [
             ["Pos", "Artikel", "Bezeichnung", "Menge", "Preis CHF", "Total CHF"],
             ["1", "AK-HA-50-30", "Healing abutment Ø 5.0, H 3.0, Ti Gr. 5 ELI, anodized "
              "— Muster / samples", "20 Stk", "18.50", "370.00"],
             ["2", "FRACHT", "Transport DHL Express", "1", "65.00", "65.00"],
         ]),
         ("sp",),
         ("h", "Scope / Umfang"),
         ("p", "This order releases the 25 sample healing abutments only. The balance of 975 pcs of "
               "your offer GPI-Q-1044 is not released. It will be released only after the sample "
               "sign-off by our lab manager and a written release by Reto Baumann, Leiter Einkauf. "
               "Material for the samples only."),
         ("p", "Lieferung / Delivery: KW 43, DAP Zürich. Mit Materialzeugnis 3.1 und Messprotokoll."),
     ], title="PO 45-119204", author="Alpenkiefer Dental AG"))])

# p44: multi-file: ERP PO printout for 24 scan bodies + buyer mail asking for 30 samples.
case("p44_se_ch_erp_24_mail_30", ["RG011"],
     "ERP PO printout orders 24 sample scan bodies; the buyer's mail for the same PO asks for 30 "
     "samples",
     [("Inkopsorder_4500032110.txt", """\
NORDTAND IMPLANT AB                                INKÖPSORDER / PURCHASE ORDER   SIDA 1(1)
Mölndalsvägen 91, SE-412 63 Göteborg                ORDERNR : 4500032110
                                                    DATUM   : 2024-10-07
LEVERANTÖR: 201448 PRÄZISA MIKROMECHANIK AG, BETTLACHSTRASSE 14, CH-2540 GRENCHEN
INKÖPARE  : KARIN NYSTRÖM   +46 31 707 22 18       LEV.VILLKOR: FCA GRENCHEN
-----------------------------------------------------------------------------------------
POS  ARTIKEL         BENÄMNING                               ANTAL  ENH   PRIS CHF
---  --------------  --------------------------------------  -----  ---  ---------
 10  SB-NT-2 REV B   SCAN BODY NT-2, PEEK + TI BASE, PROV           24  ST      29,00
                     SAMPLES / PROVEXEMPLAR
-----------------------------------------------------------------------------------------
ORDERTEXT:
  PROVEXEMPLAR. RESTERANDE KVANTITET ENL. OFFERT OF-24-0811 ÄR INTE FRISLÄPPT.
  SAMPLES ONLY. BALANCE OF OFFER OF-24-0811 NOT RELEASED - REQUIRES SAMPLE SIGN-OFF
  AND A REVISED PO ISSUED BY K. NYSTRÖM.
-----------------------------------------------------------------------------------------
ORDERVÄRDE: CHF 696,00
"""),
      ("PO 4500032110 scan body samples.eml", mail(
          "Karin Nyström <karin.nystrom@nordtand.se>",
          "Beat Schnyder <b.schnyder@praezisa.ch>",
          "PO 4500032110 - scan body SB-NT-2 samples",
          dt(2024, 10, 7, 14, 10, 2),
          "Hi Beat,\n\n"
          "PO 4500032110 has gone out of our system this morning (printout attached separately).\n\n"
          "As agreed on the phone, please make the 30 samples of the new scan body SB-NT-2 Rev B, "
          "PEEK top bonded on the Ti base, laser marked 'NT-2'. Our digital team wants to test them "
          "with three intraoral scanners, so the geometry of the scan flag is critical (drawing "
          "sheet 2, tolerances ±0.01).\n\n"
          "The balance of the 1 200 from your offer is not released; it needs our sample sign-off "
          "and a revised PO from me.\n\n"
          "Vänliga hälsningar / Best regards\nKarin\n"
          + sig("Karin Nyström", "Category Manager Implants", "Nordtand Implant AB",
                "+46 31 707 22 18")))])

# p45: Brazilian release letter: text releases three hundred (300), the table says 350.
case("p45_br_il_release_300_vs_350", ["RG011"],
     "release letter text releases 'three hundred (300)' cases, its own table says 'Released now: 350' "
     "(balance 2,590)",
     [("Liberacao_R-02_SA-C5.docx", docx_bytes([
         ("h1", "Liberação de Produção / Production Release R-02"),
         ("p", "Sorriso Alinhadores Ltda. · Rua dos Pinheiros 1001 · São Paulo - SP · CNPJ "
               "27.314.902/0001-55"),
         ("p", "To: Negev Polymer Medical Ltd. — Mr. Eitan Shapira · Date: 04/11/2024"),
         ("p", "Ref.: PO 4500-2340 Rev 1 — aligner case SA-C5 (commercial cover 3,000 pcs incl. 60 "
               "validation cases)."),
         ("p", "Dear Eitan,"),
         ("p", "After the validation sign-off of 28/10 (report VAL-SA-C5-02) we hereby release three "
               "hundred (300) cases SA-C5 for production, colour white, delivery by air to GRU "
               "before 10/12."),
         ("table", [
             ["", "Quantity"],
             ["Validation cases (delivered)", "60"],
             ["Released now (R-02)", "350"],
             ["Balance on hold", "2,590"],
         ]),
         ("p", "The balance stays on hold. It will be released only after the lot acceptance of "
               "this release at our incoming inspection, by a further written release signed by "
               "Bruno Lima, Diretor de Operações. Material authority: for the released quantity only."),
         ("p", "Atenciosamente, Bruno Lima — Diretor de Operações"),
     ], author="Bruno Lima"))])

# p46: Australian mail "please release 400" but the attached call-off PDF says 480.
_p46_calloff = pdf([
    ("h1", "CALL-OFF 05 — Frame agreement SCO-FA-2024-02"),
    ("p", "Southern Cross Orthotics Pty Ltd · Unit 4, 21 Dunlop Rd, Mulgrave VIC 3170 · "
          "ABN 41 612 330 987"),
    ("p", "Supplier: Ahmedabad Orthocraft Pvt Ltd · Date 14/10/2024"),
    ("table", [
        ["Item", "Description", "Call-off qty", "Need date"],
        ["AFO-P2-M", "AFO shell paed P2 medium, PP 4 mm natural", "480 EA", "22/11/2024"],
    ]),
    ("p", "Frame agreement quantity 4,000 EA. Released by call-offs 01-04: 1,600 EA. Remaining "
          "frame balance after this call-off is not released; it is released only by the next "
          "written call-off, issued after goods-in acceptance of this call-off."),
    ("p", "Call-offs are signed by Liam O'Connor, Procurement."),
], title="Call-off 05", author="Southern Cross Orthotics")
case("p46_au_in_release_400_calloff_480", ["RG011"],
     "mail releases 400 AFO shells for call-off 05; the attached call-off states 480 EA",
     [("Call-off 05 AFO-P2-M.eml", mail(
         "Liam O'Connor <liam.oconnor@southerncrossorthotics.com.au>",
         "Nilesh Patel <nilesh@orthocraft.co.in>",
         "Call-off 05 - AFO-P2-M",
         dt(2024, 10, 14, 11, 45, 11),
         "Hi Nilesh,\n\n"
         "Call-off 05 is attached - please release 400 AFO-P2-M shells for the November "
         "shipment. Same packing as call-off 04 (20 per carton, the new carton label).\n\n"
         "Rest of the frame stays where it is until the next call-off.\n\n"
         "Also - the last lot had two shells with a short shot at the heel, photos in the NCR "
         "(NCR-SCO-0412). Can you have Hetal look at it before this lot ships?\n\n"
         "Cheers,\nLiam\n\n"
         "Liam O'Connor | Procurement\nSouthern Cross Orthotics Pty Ltd\nP +61 3 9540 7712\n",
         attachments=[("SCO_CallOff_05.pdf", _p46_calloff, PDF_MT)]))])

# p48: Swiss buyer portal release: header 1'200 released, delivery lines add up to 1'000.
case("p48_ch_portal_release_header_vs_lines", ["RG011"],
     "portal release header says 1'200 pcs released, its delivery lines (500 + 500) add up to 1'000",
     [("Ossiva_Lieferantenportal_FG-2024-031.html", html_page("Ossiva Lieferantenportal - FG-2024-031", """
<div style="background:#5a2d82;color:#fff;padding:8px"><b>Ossiva Medical AG &middot; Lieferantenportal</b> &nbsp;|&nbsp; Lieferant: Galil Precision Implants Ltd. (K-20977)</div>
<h2>Freigabe / Production release FG-2024-031</h2>
<table>
<tr><th>Artikel</th><td>OS-2210 Rev. 04 &mdash; angled abutment 25&deg;, Ti Gr. 5 ELI</td></tr>
<tr><th>Bestellung</th><td>45-118730 Rev. 2 (Deckung / commercial cover 2'400 Stk + 20 Erstmuster)</td></tr>
<tr><th>Grundlage</th><td>DV fatigue test ISO 14801 passed (report DV-OS-2210-03), sample sign-off 02.09.2024</td></tr>
<tr><th>Freigegebene Menge / Released quantity</th><td><b>1'200 Stk</b></td></tr>
<tr><th>Restmenge / Balance</th><td>1'200 Stk &mdash; gesperrt / on hold</td></tr>
<tr><th>Freigabe der Restmenge</th><td>only after lot acceptance of this release at Ossiva incoming inspection, by a further written release from Urs Bachmann, Head Supply Chain</td></tr>
<tr><th>Materialfreigabe / Material authority</th><td>for the released quantity only</td></tr>
</table>
<h3>Lieferungen / Deliveries</h3>
<table>
<tr><th>Lieferung</th><th>Menge</th><th>KW</th></tr>
<tr><td>1</td><td>500 Stk</td><td>40</td></tr>
<tr><td>2</td><td>500 Stk</td><td>44</td></tr>
</table>
<p>Freigegeben durch / released by: Urs Bachmann, 09.09.2024</p>
<p><button>Bestätigen / Acknowledge</button></p>
"""))])

# p49: buyer mail says call-off 07 is 1,500 firm + 500 forecast; the attached call-off prints
# 2,000 FIRM.
case("p49_us_ch_calloff_firm_forecast", ["RG008", "RG011"],
     "attached call-off prints 2,000 FIRM while the buyer's mail says only 1,500 are firm and 500 are "
     "December forecast: forecast written as firm and two different authorized quantities",
     [("Call-off 07 Ti-base blanket ND-24-BL-01.eml", mail(
         "Ryan Castillo <rcastillo@northgatedental.com>",
         "Beat Schnyder <b.schnyder@praezisa.ch>",
         "Call-off 07 - Ti-base blanket ND-24-BL-01",
         dt(2024, 11, 4, 9, 5, -7),
         "Hi Beat,\n\n"
         "Call-off 07 is attached. To be clear: only 1,500 of it are firm for November; the other "
         "500 are our forecast for December, please don't treat those as ordered.\n\n"
         "Split per connection like last time (NB-35 40%, NB-45 30%, IC-RP 20%, IC-NP 10%).\n\n"
         "Thanks,\nRyan\n\n"
         "Ryan Castillo | Procurement Lead | Northgate Dental Lab LLC | (303) 555-0187\n",
         attachments=[("CALLOFF_07.txt", """\
NORTHGATE DENTAL LAB LLC                                  CALL-OFF / RELEASE AGAINST BLANKET
1650 WEWATTA ST, DENVER CO 80202                          BLANKET PO : ND-24-BL-01
                                                          CALL-OFF NO: 07
                                                          DATE       : 11/04/2024
SUPPLIER: PRAEZISA MIKROMECHANIK AG, GRENCHEN, SWITZERLAND
---------------------------------------------------------------------------------
ITEM            DESCRIPTION                          QTY     TYPE    NEED DATE
--------------  -----------------------------------  ------  ------  ----------
TB-45-MIX       TI-BASE 4.5 GOLD, MIXED CONNECTIONS   2,000  FIRM    12/02/2024
---------------------------------------------------------------------------------
BLANKET QTY 24,000. RELEASED BY CALL-OFFS 01-06: 9,000. BALANCE AFTER THIS
CALL-OFF NOT RELEASED - RELEASED ONLY BY THE NEXT CALL-OFF AFTER RECEIVING
INSPECTION ACCEPTS THIS LOT. CALL-OFFS SIGNED BY R. CASTILLO, PROCUREMENT LEAD.
""", TXT_MT)]))])

# p51: Australian buyer: deposit paid, "treat that as our confirmation and get the production lot
# scheduled"; quoted PO mail had full scope.
_p51_po = (
    "From: Bec Thornton <bec.thornton@southerncrossorthotics.com.au>\n"
    "Sent: Monday, 15 April 2024 9:01 AM\n"
    "To: Jorge Medina <jmedina@mmbajio.com.mx>\n"
    "Subject: PO 88123 - KAFO-A1 sample shells\n\n"
    "Hola Jorge,\n\n"
    "PO 88123 attached. It covers 16 pairs of sample shells KAFO-A1 only. The balance of 1,584 pairs "
    "stays parked until our podiatry panel signs off the samples and I put the release in writing.\n\n"
    "Bec Thornton\nOperations Manager, Southern Cross Orthotics\n")
case("p51_au_mx_deposit_confirmation", ["RG012"],
     "buyer: the 40% deposit is paid, 'treat that as our confirmation and get the production lot "
     "scheduled' while the sample sign-off and written release have not happened",
     [("RE_PO_88123_KAFO-A1.eml", mail(
         "Bec Thornton <bec.thornton@southerncrossorthotics.com.au>",
         "Jorge Medina <jmedina@mmbajio.com.mx>",
         "RE: PO 88123 - KAFO-A1 sample shells",
         dt(2024, 5, 6, 10, 20, 10),
         "Hi Jorge,\n\n"
         "Our AP team paid the 40% deposit on the production tooling and the first production lot "
         "this morning - remittance advice attached to the portal. Please treat that as our "
         "confirmation and get the production lot scheduled, the panel review has slipped to June "
         "and we can't wait that long.\n\n"
         "Carton labels as per proof v3 with the bigger ARTG number.\n\n"
         "Cheers,\nBec\n\n"
         "Bec Thornton | Operations Manager\nSouthern Cross Orthotics Pty Ltd\n"
         "Unit 4, 21 Dunlop Rd, Mulgrave VIC 3170 | +61 3 9540 7700\n\n"
         + quote(_p51_po) + "\n",
         in_reply_to="<h160-p51orig@southerncrossorthotics.com.au>"))])

# p52: Indian supplier acknowledgement: series production commences on receipt of 50% advance.
case("p52_in_se_ack_advance_starts", ["RG012"],
     "supplier acknowledgement of a 10 pcs sample PO states series production commences on receipt of "
     "the 50% advance payment",
     [("Order_Acknowledgement_OA-PSC-24-25-0412.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", "Pune Surgitech Components Pvt. Ltd. · Plot D-42, MIDC Bhosari, Pune 411026 · "
               "GSTIN 27AACCP4471R1ZB · ISO 13485:2016"),
         ("p", "OA No.: OA/PSC/24-25/0412   Date: 03-09-2024"),
         ("p", "To: Nordtand Implant AB, Göteborg, Sweden · Kind attn.: Ms. Karin Nyström"),
         ("p", "Dear Madam, we thank you for your PO No. 4500031990 dated 29-08-2024 and are pleased "
               "to acknowledge the same as under:"),
         ("table", [
             ["Sr.", "Description", "Qty", "Rate CHF", "Amount CHF", "Delivery"],
             ["1", "Healing abutment HA-5.0-4, Ti Gr. 23, sample lot", "10 Nos.", "16.00",
              "160.00", "3 weeks"],
         ]),
         ("h", "Commercial terms"),
         ("p", "• Series production will commence upon receipt of 50% advance payment against our "
                "proforma invoice; balance 50% before dispatch."),
         ("p", "• Delivery: FCA Mumbai Air Cargo. Documents: CoC, MTC 3.1, inspection report."),
         ("p", "• Validity of prices: 90 days."),
         ("p", "Thanking you and assuring you of our best services at all times."),
         ("p", "For Pune Surgitech Components Pvt. Ltd. — Rahul Deshpande, Manager - Exports"),
     ], title="OA-PSC-24-25-0412", author="Pune Surgitech"))])

# p55: Brazilian payment notice letter (DOCX): down payment made, commercial lot "liberated" while
# samples are still under evaluation.
case("p55_br_cn_payment_notice_liberates", ["RG012"],
     "buyer letter: with the 30% down payment made the commercial lot of 1,480 trays is 'liberated', "
     "although the samples are still under evaluation",
     [("Comunicado_OrtoSul_PO3455.docx", docx_bytes([
         ("h1", "Comunicado de Pagamento / Payment Notice"),
         ("p", "OrtoSul Dispositivos Médicos Ltda. · Porto Alegre - RS · 12/11/2024"),
         ("p", "Para / To: Shenzhen Huake Precision Medical Co., Ltd. — Ms. Amy Wu"),
         ("p", "Ref.: PO 3455 — instrument tray OS-TR-320 (aluminium 6061, anodized green) for the "
               "small fragment set."),
         ("p", "Prezada Amy,"),
         ("p", "Informamos que o sinal de 30% foi pago hoje via SWIFT (USD 9,324.00, ref. "
               "OS-PAY-24-1187). We inform that the 30% down payment was made today."),
         ("p", "The 20 samples are still under evaluation at our engineering, but with the down "
               "payment done, the production of the commercial lot of 1,480 trays (PO 3455 line 2) "
               "is hereby liberated. Please start as soon as possible so we can receive before the "
               "Carnaval."),
         ("p", "Please send the production schedule and the ETD from Shekou."),
         ("p", "Atenciosamente,"),
         ("p", "Felipe Andrade — Gerente de Suprimentos, OrtoSul"),
     ], author="Felipe Andrade"))])

# c14: full-quantity Swiss PO full of identifiers that look like quantities.
case("c14_ch_full_po_identifiers", [],
     "full-quantity production PO (500 pcs) after recorded sample sign-off; PN 1200-0500-25, "
     "DRG 3000-118 Rev 20, ISO norms, M1.6, heat 2400 are identifiers, not quantities",
     [("BESTELLUNG_45-119500.txt", """\
OSSIVA MEDICAL AG                                   BESTELLUNG / PURCHASE ORDER
HOCHBERGERSTRASSE 60, 4057 BASEL                    NR. 45-119500        REV 0
                                                    DATUM 11.11.2024
LIEFERANT: 201448 PRAEZISA MIKROMECHANIK AG, BETTLACHSTRASSE 14, 2540 GRENCHEN
EINKAUF  : S. MEIER  +41 61 555 70 12
------------------------------------------------------------------------------------
POS  ARTIKEL           BEZEICHNUNG                              MENGE  EH   PREIS CHF
---  ----------------  ---------------------------------------  -----  ---  ---------
 10  1200-0500-25      HEALING CAP D5.0 H2.5 TI GR.5 ELI          500  STK       4.80
                       ZEICHNUNG 3000-118 REV 20, GEWINDE M1.6X0.35
------------------------------------------------------------------------------------
BESTELLTEXT:
  DIESE BESTELLUNG IST DIE PRODUKTIONSFREIGABE FUER DIE GESAMTE MENGE VON 500 STK.
  THIS PO IS THE PRODUCTION RELEASE FOR THE FULL QUANTITY OF 500 PCS. NO BALANCE.
  GRUNDLAGE / BASIS: ERSTMUSTER-ABNAHME (SAMPLE SIGN-OFF) EMB-2024-118 VOM 04.11.2024.
  NORMEN: ISO 13485:2016, EN ISO 10993-1:2020, ISO 5832-3 (TI-6AL-4V).
  OBERFLAECHE RA 0.4 AM KONUS. REINIGUNG NACH PR-CLN-07. CHARGE/HEAT 2400 AUS LAGER OK.
  LIEFERUNG KW 50, DAP BASEL. ZAHLUNG 30 TAGE NETTO.
------------------------------------------------------------------------------------
GESAMTWERT: CHF 2'400.00
"""), ])

# c15: WhatsApp stop notice from the Brazilian buyer.
case("c15_whatsapp_br_cn_stop", [],
     "buyer stop notice: nothing more starts until Felipe Andrade lifts the stop in writing; a stop "
     "is not a partial authorization",
     [("Conversa do WhatsApp com Amy Wu - OS-TR-305.txt", """\
23/09/2024 07:48 - Felipe Andrade: Amy, bom dia. URGENT: PARE TUDO on OS-TR-305 please
23/09/2024 07:49 - Felipe Andrade: STOP everything on this order: nothing more starts - not the rework of the 20 samples, not production, no material purchase - until I lift the stop in writing
23/09/2024 07:50 - Felipe Andrade: Reason: ANVISA changed the labelling rule for the set, we must change the laser marking on the lid. New drawing Rev D in ~2 weeks
23/09/2024 08:35 - Amy Wu: Good morning Felipe. Understood, we stop everything on OS-TR-305 now. The 20 samples rework is not started yet. We wait for your written message and Rev D
23/09/2024 08:36 - Amy Wu: Can we keep the fixtures on the machine?
23/09/2024 08:50 - Felipe Andrade: Sim, keep the fixtures, obrigado Amy 🙏
"""), ])
# ---------------------------------------------------------------- batch 5

# c16: kanban call-off with hold on the blanket balance, next kanban signal as event, named buyer.
case("c16_us_mx_kanban_calloff", [],
     "kanban call-off releases 500 cases (2 bins), blanket balance not released until the next "
     "kanban signal issued by Jenna Morales; material for released bins only",
     [("KANBAN_CALLOFF_BA-CASE-02_K0345.txt", """\
BRIGHTARC ORTHODONTICS INC            KANBAN CALL-OFF / RELEASE        PRINTED 10/28/2024 06:00
SUPPLIER : 20871 TIJUANA MEDFORM S DE RL DE CV        BLANKET PO : 55-BL-2024-03
ITEM     : BA-CASE-02 REV F  ALIGNER CASE PP CLEAR VENTED LID
===============================================================================================
CARD NO   LOOP   BIN QTY   BINS   CALL-OFF QTY   SIGNAL DATE   NEED DATE    STATUS
--------  -----  -------  -----  -------------  ------------  -----------  ----------------
K0345     L2        250      2            500   10/28/2024    11/08/2024   RELEASED
-----------------------------------------------------------------------------------------------
BLANKET QTY           : 30,000
CALLED OFF TO DATE    : 12,500 (INCL. THIS CALL-OFF)
BLANKET BALANCE       : 17,500  - NOT RELEASED. RELEASED ONLY BY THE NEXT KANBAN SIGNAL,
                        ISSUED IN THE PORTAL BY JENNA MORALES (BUYER). NO SIGNAL = NO RELEASE.
MATERIAL AUTHORITY    : RESIN FOR RELEASED BINS ONLY (500 EA) + SAFETY STOCK PER BLANKET
                        CLAUSE 6.2 (MAX 1,000 EA WORTH, BRIGHTARC LIABILITY)
===============================================================================================
DELIVER TO: BRIGHTARC ORTHODONTICS, RECEIVING, AUSTIN TX  - SUPERMARKET LOC. SM-04
"""), ])

# c17: supplier assumes auto-conversion in the quoted message; buyer's reply corrects it.
_c17_sup = (
    "From: Noa Levi <noa@negevpolymer.co.il>\n"
    "Sent: Thursday, 7 November 2024 16:02\n"
    "To: Henrik Sjöberg <henrik.sjoberg@kvistortopedi.se>\n"
    "Subject: KO-FO-3D shells - samples\n\n"
    "Hi Henrik,\n\n"
    "The 10 sample shells (MJF PA12, scanned feet from your clinic) are printed and bead blasted, "
    "shipping Monday. Once you approve the 10 samples we'll roll straight into the 490 so you get "
    "them before Christmas.\n\nBest,\nNoa\n")
case("c17_se_il_buyer_corrects_auto", [],
     "quoted supplier message assumes the 490 follow sample approval; buyer's reply corrects it: "
     "sign-off releases nothing, 490 on hold until revised PO from Henrik Sjöberg",
     [("SV_KO-FO-3D_shells_samples.eml", mail(
         "Henrik Sjöberg <henrik.sjoberg@kvistortopedi.se>",
         "Noa Levi <noa@negevpolymer.co.il>",
         "SV: KO-FO-3D shells - samples",
         dt(2024, 11, 8, 8, 14, 1),
         "Hej Noa,\n\n"
         "Thanks, good news on the print. But no, please don't roll into the 490. The sample "
         "sign-off does not release them. Only the 10 samples now. The 490 stay on hold until I "
         "send you a revised PO after our clinical sign-off, probably in January.\n\n"
         "No material for the 490 either, please.\n\n"
         "Med vänliga hälsningar\nHenrik Sjöberg\nPurchasing Manager, Kvist Ortopedi AB\n"
         "+46 40 611 20 45\n\n"
         + quote(_c17_sup) + "\n",
         in_reply_to="<h160-c17sup@negevpolymer.co.il>"))])

# c18: forwarded old quote (message/rfc822) with a 5,000 pcs figure, declared informational.
_c18_old = mail(
    "Chen Wei <chenwei@kangrui-med.com>",
    "Tom Rusk <trusk@crestline-ortho.com>",
    "Quotation KR-Q-23-0918 PPSU trays",
    dt(2023, 9, 18, 10, 0, 8),
    "Dear Tom,\n\nAs requested, our quotation for the PPSU trays family:\n"
    "- sample 8 pcs: USD 142.00/pc\n- mass production 5,000 pcs: USD 49.80/pc\n"
    "- tool: USD 21,600.00\n\nValidity 45 days.\n\nBest regards\nChen Wei\n")
case("c18_us_cn_forwarded_old_quote", [],
     "buyer forwards last year's quote (rfc822) 'for reference only'; its 5,000 pcs figure is "
     "declared informational and not released; PO scope complete",
     [("FW_old quote KR-Q-23-0918.eml", mail(
         "Tom Rusk <trusk@crestline-ortho.com>",
         "Chen Wei <chenwei@kangrui-med.com>",
         "FW: old quote KR-Q-23-0918 - reference only",
         dt(2024, 11, 12, 13, 30, -5),
         "Chen,\n\n"
         "Forwarding last year's quote thread for reference only, since you asked about the "
         "price history. The 5,000 pcs figure in it is informational and is NOT released.\n\n"
         "The current PO 7100466120 covers 8 sample trays of the new CT-TRY-8800 only. The "
         "balance stays on hold until our FAI sign-off and a written production release from Mark "
         "Delgado, Director Supply Chain. Material for the 8 samples only.\n\n"
         "Tom\n\n"
         "Tom Rusk | Buyer II | Crestline Orthopedics, Inc. | (574) 555-0139\n",
         attachments=[("rfc822", _c18_old)]))])

# c19: cleaning validation protocol: technical document, no authorization, "approval" only technical.
case("c19_in_cleaning_validation_protocol", [],
     "cleaning validation protocol: lot sizes and norms are test parameters, approvals are only "
     "technical signatures; no authorization",
     [("CVP-PSC-031_Cleaning_Validation_Protocol.docx", docx_bytes([
         ("h1", "Cleaning Validation Protocol CVP-PSC-031, Rev 01"),
         ("p", "Pune Surgitech Components Pvt. Ltd. for Crestline Orthopedics, Inc."),
         ("p", "Product: CT-TRY-7730 Rev A sterilization tray, SS 316L perforated, with PPSU "
               "brackets."),
         ("h", "1. Objective"),
         ("p", "To demonstrate that the final cleaning process FC-07 (alkaline detergent, "
               "ultrasonic, DI-water rinse, hot-air dry) consistently removes machining oils, "
               "particulates and detergent residues to the acceptance limits below."),
         ("h", "2. References"),
         ("li", "ISO 19227:2018 — Implants for surgery — Cleanliness of orthopedic implants"),
         ("li", "AAMI TIR30:2011/(R)2016 — cleaning of reusable medical devices"),
         ("li", "ISO 13485:2016 cl. 7.5.2 and 7.5.6"),
         ("h", "3. Test articles"),
         ("p", "Three consecutive cleaning runs, each with a minimum of 30 trays from normal "
               "production routing, worst-case soil (machining oil Blasocut 4000, 48 h dried)."),
         ("h", "4. Acceptance criteria"),
         ("table", [
             ["Test", "Method", "Limit"],
             ["Total organic carbon", "ISO 8245 extract", "< 500 ppb per tray"],
             ["Particulates", "gravimetric, 0.45 µm filter", "< 2.0 mg per tray"],
             ["Detergent residue", "conductivity of final rinse", "< 5 µS/cm"],
             ["Cytotoxicity", "ISO 10993-5 extract", "grade ≤ 2"],
         ]),
         ("h", "5. Deviations"),
         ("p", "Any deviation is recorded on form DEV-QA-04 and assessed by both quality teams "
               "before the report is written."),
         ("h", "6. Protocol approval"),
         ("table", [
             ["Role", "Name", "Signature / date"],
             ["Prepared (Supplier QA)", "Hetal Shah", ""],
             ["Approved (Supplier QA Head)", "Dr. Anil Kulkarni", ""],
             ["Approved (Crestline Supplier Quality)", "Priya Nair", ""],
         ]),
     ], author="Hetal Shah"))])

# c20: chat: sample scope complete, buyer asks a hypothetical capacity question ("2k"), not an order.
case("c20_whatsapp_au_mx_capacity_question", [],
     "buyer's '2k pairs next quarter?' is an explicit capacity question, not an order; sample PO "
     "scope (10 pairs, rest not released until panel sign-off + Bec's written release) complete",
     [("WhatsApp Chat with Jorge Medina - KAFO-C2.txt", """\
[02/09/2024, 8:20:41 am] Bec Thornton: Morning Jorge! PO 88410 is out for the new KAFO-C2
[02/09/2024, 8:21:55 am] Bec Thornton: 10 pairs of sample shells only. The rest of your quote is not released - that waits for the podiatry panel to sign off the samples, and then I release it in writing. Sheet for the 10 pairs only please
[02/09/2024, 9:47:03 am] Jorge Medina: Buenos días Bec! Got it, 10 pairs only. Trim files v2?
[02/09/2024, 9:48:12 am] Bec Thornton: v2 yes
[09/09/2024, 4:10:30 pm] Bec Thornton: Hey Jorge, hypothetical question for our S&OP: if the panel signs off, could you even do 2k pairs next quarter? Not an order, just sussing capacity
[09/09/2024, 4:55:18 pm] Jorge Medina: Hi Bec, 2k per quarter is ok with one extra shift from January. But we need 5 weeks notice after your release
[09/09/2024, 5:01:02 pm] Bec Thornton: Perfect, thanks mate. I'll come back once the panel is done
[09/09/2024, 5:01:40 pm] Jorge Medina: 👍
"""), ])

# c21: Swiss ERP PO printout with European number formats and a complete sample scope.
case("c21_ch_erp_po_european_numbers", [],
     "ERP sample PO (24 Stk) with complete scope in German/English: Restmenge 1.176 not released "
     "until Musterabnahme + written production release by R. Baumann; European number formats",
     [("Bestellung_45-119377_Druck.txt", """\
ALPENKIEFER DENTAL AG                                BESTELLUNG                    Seite 1/1
Badenerstrasse 329, 8003 Zürich                      Nr.     : 45-119377
MWST CHE-112.408.771                                 Datum   : 21.10.2024
                                                     Einkauf : R. Baumann, +41 44 491 20 33
Lieferant: 300455  Jura Drehteile SA, Rue Industrielle 22, 2740 Moutier
----------------------------------------------------------------------------------------------
Pos  Artikel        Bezeichnung                                  Menge  ME      Preis     Betrag
---  -------------  -------------------------------------------  -----  ---  --------  ---------
 10  AK-MUA-17      Multi-unit abutment 17°, Ti Gr. 5 ELI           24  Stk     51,25   1.230,00
                    MUSTER / SAMPLES  -  Zeichnung AK-MUA-17 Rev. 3
----------------------------------------------------------------------------------------------
Bestelltext / PO text:
  Diese Bestellung umfasst nur 24 Stk Muster. Die Restmenge von 1.176 Stk gemäss Offerte
  JD-2024-0519 (total 1.200 Stk) ist NICHT freigegeben.
  This order covers 24 sample pieces only. The remaining 1.176 pcs of offer JD-2024-0519 are
  NOT released. They are released only after the sample acceptance (Musterabnahme) by our QA
  and a written production release signed by R. Baumann, Leiter Einkauf.
  Material: nur für die 24 Muster / for the 24 samples only.
----------------------------------------------------------------------------------------------
Lieferung KW 46, DAP Zürich                                        Total CHF   1.230,00
"""), ])

# c22: supplier portal status: material bought for the samples only.
case("c22_in_portal_status_material_samples_only", [],
     "supplier status page: sheet bought for the 30 samples only; production quantity not released, "
     "no material bought for it",
     [("PSC_CustomerPortal_Status_OrtoSul.html", html_page("Pune Surgitech - Order Status OrtoSul", """
<div style="background:#1b4f72;color:#fff;padding:8px"><b>Pune Surgitech Components &middot; Customer Portal</b> &nbsp;|&nbsp; Customer: OrtoSul Dispositivos Médicos Ltda. (Porto Alegre)</div>
<h2>Order status &mdash; PO 4500079140 &mdash; OS-TR-415 instrument tray SS 316L</h2>
<p>Last update: 12-11-2024 18:30 IST by Rahul Deshpande</p>
<table>
<tr><th>Stage</th><th>Quantity</th><th>Status</th><th>Remarks</th></tr>
<tr><td>Samples (PO line 10)</td><td>30 Nos.</td><td>Electropolish done, final inspection 14-11</td><td>DHL dispatch 18-11</td></tr>
<tr><td>Production (PO line 20)</td><td>2,970 Nos.</td><td>Not released by customer</td><td>Awaiting sample sign-off and written production release</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>Bought for</th><th>Heat / lot</th></tr>
<tr><td>SS 316L sheet 1.2 mm (Jindal)</td><td>30 samples only</td><td>H-24-5512</td></tr>
<tr><td>PPSU brackets</td><td>30 samples only</td><td>from stock</td></tr>
</table>
<div class="note">No material has been purchased for the production quantity. We will buy it only after OrtoSul's written production release.</div>
<p style="font-size:11px;color:#666">Pune Surgitech Components Pvt. Ltd. &middot; MIDC Bhosari, Pune 411026</p>
"""))])

# c23: PO with commercial cover for 1 000 pcs but only 20 released; the rest explicitly held.
case("c23_se_il_commercial_cover_not_release", [],
     "PO gives commercial cover for 1 000 pcs but releases only 20 validation pcs; 980 not released "
     "until validation sign-off and a written production release by Karin Nyström",
     [("PO_4500032250_Nordtand.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500032250"),
         ("p", "Nordtand Implant AB · Mölndalsvägen 91 · SE-412 63 Göteborg · Sweden"),
         ("p", "Supplier: Galil Precision Implants Ltd., 12 HaTa'asiya St., Karmiel 2161002, Israel. "
               "PO date 2024-11-18. Buyer: Karin Nyström. Currency EUR. FCA Ben Gurion."),
         ("table", [
             ["Pos", "Article", "Description", "Qty", "Scope", "Price EUR"],
             ["10", "NT-ABU-ST-45", "Straight abutment 4.5, Ti Gr. 5 ELI — validation pieces", "20",
              "released", "38.00"],
             ["20", "NT-ABU-ST-45", "Straight abutment 4.5 — production", "980",
              "commercial cover only — NOT released", "17.60"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "1. Make now: the 20 validation pieces of position 10."),
         ("p", "2. Position 20 (980 pcs) gives you commercial cover only. It is not released for "
               "production and no material may be bought for it."),
         ("p", "3. Position 20 is released only after our validation sign-off, by a written "
               "production release signed by Karin Nyström, Category Manager Implants."),
         ("p", "4. Material authority: 20 pcs (validation pieces only)."),
         ("p", "Documents: material certificate 3.1, CoC, CMM report on all 20 validation pieces."),
     ], title="PO 4500032250", author="Nordtand Implant AB"))])

# c24: full production release after sample sign-off: mail + attached DOCX release notice.
_c24_notice = docx_bytes([
    ("h1", "Release Notice RN-OS-2024-07"),
    ("p", "Ossiva Medical AG, Basel — to Negev Polymer Medical Ltd., Be'er Sheva"),
    ("table", [
        ["Field", "Value"],
        ["Order", "45-118902 Rev 1 — PEEK temporary abutment OS-PT-10"],
        ["Basis", "Biocompatibility sign-off BC-2024-11 (ISO 10993-5, -10, -23), 25.11.2024"],
        ["Quantity released", "4'950 pcs (complete balance of the order)"],
        ["Balance remaining after this release", "0 pcs"],
        ["Material authority", "4'950 pcs"],
        ["Authorized by", "Urs Bachmann, Head Supply Chain, 28.11.2024"],
    ]),
    ("p", "Deliveries: 3 lots (1'650 pcs each), KW 3, 7 and 11 of 2025, DAP Basel."),
], author="Urs Bachmann")
case("c24_ch_il_full_release_notice", [],
     "production release of the complete 4'950 balance after a recorded biocompatibility sign-off, "
     "authorized by Urs Bachmann; nothing left on hold",
     [("Release RN-OS-2024-07 PEEK abutments.eml", mail(
         "Urs Bachmann <urs.bachmann@ossiva.ch>",
         "Noa Levi <noa@negevpolymer.co.il>",
         "Release RN-OS-2024-07 - PEEK temporary abutments OS-PT-10",
         dt(2024, 11, 28, 15, 40, 1),
         "Dear Ms. Levi\n\n"
         "The biocompatibility sign-off BC-2024-11 is complete. With the attached release notice "
         "RN-OS-2024-07 I release the complete balance of 4'950 pcs OS-PT-10 for production. "
         "Nothing remains on hold under order 45-118902.\n\n"
         "Please deliver in three lots as listed in the notice, each with the DHR summary and the "
         "certificate of conformity.\n\n"
         "Freundliche Grüsse\nUrs Bachmann\nHead Supply Chain, Ossiva Medical AG\n"
         "+41 61 555 70 00\n",
         html="<p>Dear Ms. Levi</p><p>The biocompatibility sign-off BC-2024-11 is complete. With the "
              "attached release notice RN-OS-2024-07 I release the complete balance of "
              "<b>4'950 pcs</b> OS-PT-10 for production. Nothing remains on hold under order "
              "45-118902.</p><p>Please deliver in three lots as listed in the notice, each with the "
              "DHR summary and the certificate of conformity.</p><p>Freundliche Grüsse<br>Urs "
              "Bachmann<br>Head Supply Chain, Ossiva Medical AG<br>+41 61 555 70 00</p>",
         attachments=[("RN-OS-2024-07.docx", _c24_notice, DOCX_MT)]))])

# c25: supplier quote mail with an HTML quote attachment; tiers and "material only on written
# release".
_c25_quote_html = html_page("Negev Polymer Medical - Quotation NPM-Q-590", """
<h2>Quotation NPM-Q-590</h2>
<p>Negev Polymer Medical Ltd. &middot; 7 Ha'Melacha St., Be'er Sheva, Israel &middot; ISO 13485:2016</p>
<p>To: Sorriso Alinhadores Ltda., São Paulo &middot; Attn. Mariana Teixeira &middot; Date 2024-12-03 &middot; Valid 60 days</p>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Unit price USD</th><th>Lead time</th></tr>
<tr><td>Samples SA-C7 (production tool)</td><td>60 pcs</td><td>5.40</td><td>3 weeks</td></tr>
<tr><td>Production tier A</td><td>3,000 pcs</td><td>1.38</td><td>4 weeks</td></tr>
<tr><td>Production tier B</td><td>10,000 pcs</td><td>1.19</td><td>5 weeks</td></tr>
<tr><td>Production tier C</td><td>30,000 pcs / year</td><td>1.04</td><td>per call-off</td></tr>
</table>
<p>Samples are made from stock resin. Material for production is purchased only upon your written production release.</p>
<p>Payment: 30 days from invoice. FCA Ben Gurion Airport.</p>
""")
case("c25_il_br_quote_html_material_on_release", [],
     "supplier quote cover mail + HTML quotation with sample and production tiers; material bought "
     "only on written release; no authorized quantity",
     [("Quotation NPM-Q-590 SA-C7.eml", mail(
         "Eitan Shapira <eitan@negevpolymer.co.il>",
         "Mariana Teixeira <mariana.teixeira@sorrisoalinhadores.com.br>",
         "Quotation NPM-Q-590 - aligner case SA-C7",
         dt(2024, 12, 3, 11, 10, 2),
         "Hi Mariana,\n\n"
         "Thanks for the drawing of the new SA-C7. Our quotation NPM-Q-590 is attached (HTML, "
         "opens in any browser).\n\n"
         "Short version: 60 samples from the production tool in 3 weeks, then three production "
         "tiers. We buy material for production only when we have your written production "
         "release; the samples come from our stock resin.\n\n"
         "Happy to jump on a call this week.\n\n"
         "Best,\nEitan\n\n"
         "Eitan Shapira | Business Development\nNegev Polymer Medical Ltd. | +972 8 628 4400\n",
         attachments=[("NPM-Q-590.html", _c25_quote_html, HTML_MT)]))])

if __name__ == "__main__":
    build()
