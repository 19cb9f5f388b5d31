#!/usr/bin/env python3
"""Generator for the releasegate check_holdout120 corpus (mattresses and bedding).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout120/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps, shuffled with a fixed seed).

The renderer helpers pdf(), docx_bytes(), html_page(), mail(), eml_bytes() and sig() are
copied from tests/data/check_holdout3/build.py (message-id and boundary prefixes changed).
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
SEED = 120120


def case(name, expect, note, files):
    """files: list of (filename, bytes | str). The first file names the case folder."""
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
    m["Message-ID"] = msgid or f"<h120-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h120")
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
def sig_short(name, title, company, phone, extra=""):
    """A signature without the long disclaimer (factories, start-ups)."""
    s = f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"
    return s + (extra + "\n" if extra else "")


def quote(text):
    """Quote a message body the way mail clients do ("> " per line)."""
    return "\n".join((">" + (" " + ln if ln else "")) for ln in text.strip("\n").split("\n")) + "\n"


def para_html(text):
    """Plain text -> simple HTML paragraphs (for multipart/alternative parts)."""
    parts = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in parts:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:14px\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def html_table(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n"
                   for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}</table>"


# ================================================================= CASES
# Descriptive names: cNN_* = clean (expect []), pNN_* = positive (expect non-empty).
# These names only appear here; folders on disk are neutral.

# ----------------------------------------------------------------- batch 1
# p01: US DTC brand, sample PO + supplier quote attached, quote shows 1,800 first run; PO silent
_p01_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Loftly Sleep Inc. | 2100 E Cesar Chavez St, Suite 300, Austin, TX 78702, USA"),
    ("table", [["PO number", "Date", "Vendor", "Terms"],
               ["LS-24-0412", "May 14, 2024",
                "Foshan Hengrun Spring Mattress Co., Ltd., Lecong Town, Shunde, Foshan, Guangdong",
                "Net 30 / DAP Austin, TX"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Amount USD"],
               ["1", "LS-CLH-Q-PROTO", "Cloudline Hybrid Queen 12in, zoned pocket coil, 2in gel "
                "memory foam, prototype build", "6", "ea", "285.00", "1,710.00"],
               ["2", "FRT-AIR", "Air freight DHL to Austin office", "1", "lot", "640.00", "640.00"],
               ["", "", "", "", "", "Total", "2,350.00"]]),
    ("sp",),
    ("p", "Reference: supplier quotation HR-Q-24117. Build per spec sheet CLH-SPEC Rev C."),
    ("p", "Ship to: Loftly Sleep Inc., attn. Megan Alvarez, 2100 E Cesar Chavez St, Suite 300, "
          "Austin, TX 78702."),
    ("p", "Roll-pack as retail. Law label and a copy of the 16 CFR 1633 prototype test report "
          "to travel with the goods."),
    ("p", "Issued by: Derek Tran, Procurement Lead"),
], pagesize=LETTER, title="PO LS-24-0412", author="Loftly Sleep Inc.")
_p01_quote = pdf([
    ("h1", "QUOTATION HR-Q-24117"),
    ("p", "Foshan Hengrun Spring Mattress Co., Ltd. | No. 8 Xinglong Road, Lecong, Shunde, Foshan"),
    ("p", "To: Loftly Sleep Inc., Mr. Derek Tran | Date: 2024-05-09 | Valid 60 days"),
    ("table", [["Item", "Description", "Qty", "Unit price (USD)", "Remark"],
               ["1", "Cloudline Hybrid Queen 12in, prototype (hand built)", "6 pcs", "285.00",
                "air freight extra"],
               ["2", "Cloudline Hybrid Queen 12in, first production run, roll-packed",
                "1,800 pcs (1x40HQ)", "142.50", "FOB Shenzhen"],
               ["3", "Repeat order per 40HQ", "1,800 pcs", "138.00", "FOB Shenzhen"]]),
    ("sp",),
    ("p", "Spring unit: 8-zone pocket coil, 1.8mm wire, 1,024 coils (Queen). Comfort: 2in gel "
          "memory foam 50D + 1in HR foam. Cover: knitted fabric 380gsm, zip-less."),
    ("p", "Lead time: prototype 12 days; mass production 35 days from written order. "
          "Payment: T/T 30/70."),
    ("p", "Sales: Kevin Liang, +86 757 2833 6610, kevin.liang@hengrun-mattress.cn"),
], title="Quotation HR-Q-24117", author="Foshan Hengrun")
_p01_txt = (
    "Hi Kevin,\n\n"
    "Great catching up on the call Tuesday. As promised, PO LS-24-0412 is attached for the "
    "Cloudline Hybrid prototypes - six (6) queen units, 12\" profile, with the zoned pocket coil "
    "and the 2\" gel memory foam comfort layer we landed on.\n\n"
    "Your quote HR-Q-24117 is attached too so our AP team can match the pricing when the invoice "
    "comes in.\n\n"
    "A few logistics notes:\n"
    "- Please ship by air (DHL) to our Austin office, attn. Megan Alvarez.\n"
    "- Roll-pack them exactly like the retail version - we want to see how they open up out of "
    "the box.\n"
    "- Law tag + 16 CFR 1633 paperwork: a copy of the prototype burn test is fine for now.\n\n"
    "Megan's team will have them on the floor the week they land and we'll get you feedback fast.\n\n"
    "Thanks again, really excited about this one!\n\nDerek\n"
    + sig("Derek Tran", "Procurement Lead", "Loftly Sleep Inc.", "+1 512 555 0147")
)
_p01 = mail("Derek Tran <derek.tran@loftlysleep.com>", "Kevin Liang <kevin.liang@hengrun-mattress.cn>",
            "PO LS-24-0412 - Cloudline Hybrid prototypes", "Tue, 14 May 2024 16:05:00 -0500",
            _p01_txt, html=para_html(_p01_txt), cc="Megan Alvarez <megan@loftlysleep.com>",
            attachments=[("PO_LS-24-0412.pdf", _p01_po, PDF_MT),
                         ("HR-Q-24117_quotation.pdf", _p01_quote, PDF_MT)])
case("p01_sample_po_quote_attached_first_run", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 6 prototype queens; attached quote shows 1,800-pc first run with no informational/hold "
     "note; nothing about balance, unlock event or releaser",
     [("PO_LS-24-0412_prototypes.eml", eml_bytes(_p01))])

# p02: UK hotel group mock-up PO (PDF) + Turkish quote (DOCX) with the 340-bed project phase
_p02_po = pdf([
    ("h1", "Harrowgate Hotels Ltd - Purchase Order"),
    ("p", "Group Procurement, 4 Park Square East, Leeds LS1 2NE, United Kingdom. VAT GB 284 1193 07"),
    ("table", [["PO No.", "Date", "Supplier", "Delivery"],
               ["HH-PO-18834", "03/06/2024",
                "Uludag Yatak San. ve Tic. A.S., Nilufer OSB, 16140 Bursa, Turkiye",
                "DDP Leeds, Unit 7 Stourton Link, LS10 1RW"]]),
    ("sp",),
    ("p", "Project: The Harrowgate York - guestroom refurbishment. Purpose: mock-up room 214."),
    ("table", [["Line", "Description", "Qty", "Unit EUR", "Total EUR"],
               ["1", "Super King mattress 180x200, 'Harrowgate Signature 1400' pocket, "
                "BS 7177 Medium hazard (Crib 5)", "2", "410.00", "820.00"],
               ["2", "Divan base 180x200, 2 drawers, fabric Camira 'Main Line Flax' MLF08",
                "2", "265.00", "530.00"],
               ["3", "Floor-standing headboard 183cm, same fabric", "2", "180.00", "360.00"],
               ["", "", "", "Total", "1,710.00"]]),
    ("sp",),
    ("p", "Please refer to your quotation UY-2024-311 rev.2 (enclosed). Fire labels and BS 7177 "
          "test certificates to accompany goods. Deliver by 28/06/2024; book a slot with "
          "goods-in 48 hours ahead."),
    ("p", "Invoices quoting the PO number to accounts.payable@harrowgatehotels.co.uk. "
          "Harrowgate Hotels standard terms of purchase (rev. 2023) apply."),
    ("p", "Authorised: Alistair Greaves, Group Procurement Manager"),
], title="HH-PO-18834", author="Harrowgate Hotels Ltd")
_p02_quote = docx_bytes([
    ("h1", "ULUDAG YATAK - QUOTATION UY-2024-311 rev.2"),
    ("p", "To: Harrowgate Hotels Ltd, Mr. Alistair Greaves    Date: 27.05.2024    Validity: 45 days"),
    ("p", "Dear Mr. Greaves, we thank you for your kind inquiry and are pleased to offer as below "
          "for The Harrowgate York project."),
    ("table", [["Pos.", "Description", "Qty", "Unit price EUR"],
               ["1", "Mock-up: Super King mattress 'Harrowgate Signature 1400' pocket", "2", "410,00"],
               ["2", "Mock-up: divan base 180x200 with 2 drawers", "2", "265,00"],
               ["3", "Mock-up: headboard 183cm", "2", "180,00"],
               ["4", "Project: Super King mattress 'Harrowgate Signature 1400' pocket", "340", "318,00"],
               ["5", "Project: divan base 180x200 with 2 drawers", "340", "205,00"],
               ["6", "Project: headboard 183cm", "340", "142,00"]]),
    ("p", "Fabric: Camira Main Line Flax (customer nominated), COM. Fire: BS 7177 Crib 5, "
          "certificates by an accredited laboratory in Bursa."),
    ("p", "Delivery: mock-up 3 weeks, project 8 weeks, DDP Leeds. Payment: 30% advance with order, "
          "70% before loading."),
    ("p", "Best regards, Mehmet Yilmaz, Export Manager, Uludag Yatak San. ve Tic. A.S., "
          "+90 224 411 52 30"),
], author="Uludag Yatak")
case("p02_hotel_mockup_po_with_project_quote", ["RG001", "RG003", "RG004", "RG005"],
     "mock-up PO for 2 beds with enclosed quote showing 340 project beds, not marked informational; "
     "PO never holds the balance, names no unlock event or releaser",
     [("HH-PO-18834.pdf", _p02_po), ("UY-2024-311_rev2_quotation.docx", _p02_quote)])

# p03: WeChat export, UK pillow brand and Nantong factory; price tiers in chat, buyer orders 8 samples
_p03 = """WeChat chat history - Jason Wu (Silverdown Home Textile)
Exported by: Poppy Marsh   Export date: 2024-06-14

2024-06-10 09:12:05  Jason Wu
Hi Poppy good morning! Price for the hotel style microfibre pillow (50x75cm, 1000g fill) as below:
sample 8pcs  USD 9.80/pc
bulk 3000pcs  USD 4.35/pc (MOQ)
20000pcs up  USD 3.90/pc
FOB Shanghai, bulk lead time 25 days

2024-06-10 09:13:40  Jason Wu
[Image]

2024-06-10 09:13:52  Jason Wu
[Image]

2024-06-10 16:45:11  Poppy Marsh
Thanks Jason, pricing noted. Cover looks nice in the photos

2024-06-10 16:47:02  Poppy Marsh
Ok please make the 8 samples, PO CC-2024-077 sent to your email just now. Same fill weight as the photo pls, white cotton percale cover 233TC with the piping

2024-06-10 16:47:30  Poppy Marsh
and the woven label with our logo if you can, artwork is in the email

2024-06-10 16:52:30  Jason Wu
Received PO, thank you! Samples ready in 7 days, we send by DHL to Manchester

2024-06-10 16:52:41  Jason Wu
[Sticker]

2024-06-12 10:03:18  Jason Wu
Poppy the woven label need 3 more days, ok to send samples with printed label first?

2024-06-12 11:20:44  Poppy Marsh
Printed is fine for the samples 👍
"""
case("p03_wechat_price_tiers_sample_order", ["RG001", "RG003", "RG004", "RG005"],
     "buyer orders 8 samples in a chat that carries 3,000/20,000 bulk tiers; nothing says bulk is "
     "informational or held, no unlock event, no releaser",
     [("wechat_jason_wu_silverdown.txt", _p03)])

# p04: Canadian retailer vendor-portal PO page; sample line + quote reference section with 600
_p04_body = """<div style="background:#23412f;color:#fff;padding:8px"><b>Maple &amp; Pine Home</b> &middot; Supplier Portal</div>
<p><a href="#">Home</a> &rsaquo; <a href="#">Purchase orders</a> &rsaquo; MPH-4500021877</p>
<h2>Purchase order MPH-4500021877</h2>
<table>
<tr><th>Vendor</th><td>V-10588 Muebles Tapat&iacute;os S.A. de C.V., Guadalajara, Jal., MX</td></tr>
<tr><th>Buyer</th><td>Nadia Roy, Category Buyer - Bedroom</td></tr>
<tr><th>Order date</th><td>2024-08-19</td></tr>
<tr><th>Ship to</th><td>DC Mississauga, 6800 Columbus Rd, Mississauga ON L5T 2G9</td></tr>
<tr><th>Incoterms</th><td>FCA Guadalajara</td></tr>
<tr><th>Currency</th><td>CAD</td></tr>
<tr><th>Status</th><td>Sent to vendor - awaiting acknowledgement</td></tr>
</table>
<h3>Lines</h3>
""" + html_table([
    ["Line", "SKU", "Description", "Qty", "UoM", "Unit price", "Need-by"],
    ["10", "3000144", "Aspen solid pine platform bed, Queen, natural oil - SAMPLE", "3", "EA", "410.00", "2024-09-20"],
]) + """
<h3>Quote reference</h3>
""" + html_table([
    ["Quote", "Tier", "Qty", "Unit price (USD)", "Lead time"],
    ["MT-COT-0925", "Sample", "3", "295.00", "3 weeks"],
    ["MT-COT-0925", "Production", "600", "188.00", "45 days, FOB Manzanillo"],
]) + """
<h3>Buyer notes</h3>
<p>Samples for the Fall line review (Sept 30). Please include assembly instructions in English and French
and one spare hardware kit per bed. Slats: 14 per bed, 19 mm. Carton drop test per ISTA 3A.</p>
<p><button>Acknowledge PO</button> <button>Request change</button></p>
<p style="font-size:11px;color:#666">Maple &amp; Pine Home Supplier Portal v4.2 &middot; Questions: vendorsupport@mapleandpinehome.ca</p>
"""
case("p04_portal_po_sample_line_quote_ref", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 3 sample beds shows quote reference with 600 production beds, no hold, no "
     "unlock event, no named releaser",
     [("MPH-4500021877.html", html_page("PO MPH-4500021877 - Maple & Pine Supplier Portal", _p04_body))])

# p05: Dutch retailer ERP printout, 4 samples, note field cites the quote "4 st proef / 1.200 st serie"
_p05 = """SLAAPWERELD B.V.                                        INKOOPORDER / PURCHASE ORDER
Kanaalweg 14                                            Nummer   : 4700-2291
3526 KM  UTRECHT                                        Datum    : 03-09-2024
BTW NL812345678B01   KvK 30112233                       Pagina   : 1 / 1

Leverancier : 40021   SPREZYNA-POL SP. Z O.O.
                      ul. Gorna Wilda 88, 61-576 POZNAN, POLEN
Inkoper     : S. Bakker  (s.bakker@slaapwereld.nl)
Leverdatum  : week 40-2024
Leveringsvw : FCA Poznan (Incoterms 2020)
Betaling    : 30 dagen netto

Rg  Artikel       Omschrijving                          Aantal Eh     Prijs EUR      Bedrag EUR
--- ------------- ------------------------------------ ------- --- ------------- --------------
 10 SW-POC-160    Pocketvering matras 160x200 H3             2 st          189,00          378,00
                  PROEFMODEL / SAMPLE
 20 SW-POC-180    Pocketvering matras 180x200 H3             2 st          209,00          418,00
                  PROEFMODEL / SAMPLE
--- ------------- ------------------------------------ ------- --- ------------- --------------
                                                                 Totaal excl. BTW        796,00

Opmerking:
Proefmodellen volgens offerte Q-2291 d.d. 21-08-2024: 4 st proef / 1.200 st serie
(verdeling 160/180 volgt). Tijk: Belgisch damast 'Lys' grijs, 7-zone pocket 7Z-1000.
Labels NL/FR/DE, wasvoorschrift in de rits. Levering op europallet, max. 4 matrassen per pallet.

Op deze order zijn de Algemene Inkoopvoorwaarden van Slaapwereld B.V. van toepassing.
Afgedrukt: 03-09-2024 14:22   Gebruiker: SBAKKER   Exact Globe 2024 SP1
"""
case("p05_erp_po_note_cites_series_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Dutch ERP PO for 4 sample mattresses; note field carries '1.200 st serie' with no hold, no "
     "unlock event, no releaser",
     [("inkooporder_4700-2291.txt", _p05)])

# p06: WhatsApp, Australian DTC founder asks Mexican foam maker for proto toppers, no quantity
_p06 = """[02/07/2024, 8:41:03 am] Alejandro Garza: Good morning Kirra! the new foam formulation for the topper is ready, 50 kg/m3 with the cooling gel. We can make the prototypes this week
[02/07/2024, 8:41:20 am] Alejandro Garza: IMG-20240702-WA0004.jpg (file attached)
[02/07/2024, 8:44:19 am] Kirra Jones: Legend!! 🙌 yes pls send the proto toppers, queen and king, with the merino cover sewn on
[02/07/2024, 8:44:40 am] Kirra Jones: PO to follow from Ben today
[02/07/2024, 8:47:55 am] Alejandro Garza: Perfect. How many of each?
[02/07/2024, 8:50:31 am] Kirra Jones: whatever makes sense for a comfort panel, you know the drill 😊
[02/07/2024, 8:51:02 am] Alejandro Garza: Ok 👍 we prepare. Same vacuum roll pack as the old topper?
[02/07/2024, 8:53:47 am] Kirra Jones: yep roll pack pls, we want to see how they recover after 72h
[02/07/2024, 8:54:10 am] Kirra Jones: and the new care label with the Woolmark logo
[02/07/2024, 8:58:36 am] Alejandro Garza: Noted. I send you tracking when they leave Monterrey
[03/07/2024, 9:12:14 am] Alejandro Garza: Cover fabric arrived from the mill today, cutting tomorrow
[03/07/2024, 9:30:02 am] Kirra Jones: 🔥🔥
"""
case("p06_whatsapp_proto_toppers_no_count", ["RG003", "RG004", "RG005", "RG010"],
     "founder asks for proto toppers without a count ('whatever makes sense'); nothing on "
     "balance, unlock event or releaser",
     [("WhatsApp Chat with Alejandro Garza.txt", _p06)])

# p07: Canadian hotel group sample order letter (DOCX); 'approved' = finance approval and sample approval
_p07 = docx_bytes([
    ("h1", "Sample Order - Guestroom Bed Package, Laurentide Old Port"),
    ("p", "Laurentide Hotels Inc. - 1200, rue de la Commune Ouest, Montreal (Quebec) H3C 5M9"),
    ("p", "To: Saigon Hospitality Furniture Co., Ltd., VSIP II, Thu Dau Mot, Binh Duong, Vietnam - "
          "attn. Mr. Pham Quoc Huy"),
    ("p", "Date: August 14, 2024        Our reference: LH-SO-0457"),
    ("p", "Dear Mr. Huy,"),
    ("p", "We are pleased to confirm that our sample order for the Old Port guestroom bed package was "
          "approved on August 12, 2024 (Finance approval ref. BA-2024-117). Please find the details "
          "below."),
    ("table", [["Item", "Description", "Qty", "Unit USD"],
               ["1", "Queen mattress 'Laurentide Rest' 13in, pocket coil, euro top", "2", "265.00"],
               ["2", "Queen box spring 9in, upholstered, black fabric", "2", "118.00"],
               ["3", "Wall-mounted headboard 1,650 mm, Kvadrat Hallingdal 65 col. 130", "2", "196.00"]]),
    ("h", "Quality and approval"),
    ("p", "The samples will be inspected at our Montreal warehouse and installed in room 512 for the "
          "owner walk-through. Approval of the samples is given by our Design & Construction team in "
          "writing; an e-mail from the site coordinator is not an approval."),
    ("h", "Compliance"),
    ("p", "Mattresses must comply with the Mattresses Regulations SOR/2016-183 and carry bilingual "
          "law labels. Headboard fabric: provide the CAN/ULC-S109 certificate."),
    ("h", "Shipping"),
    ("p", "LCL to Montreal, FOB Cat Lai. Please send the packing list and photos of the samples "
          "before loading."),
    ("p", "Sincerely,"),
    ("p", "Emilie Tremblay, Purchasing Coordinator, Laurentide Hotels Inc., +1 514 555 0183"),
], author="Laurentide Hotels Inc.")
case("p07_hotel_sample_order_letter_approval_word", ["RG003", "RG004", "RG005", "RG009"],
     "sample order letter uses 'approved/approval' both for finance approval of the order and for "
     "technical approval of samples; silent on balance, unlock event, releaser",
     [("LH-SO-0457_sample_order.docx", _p07)])

# p08: UK bed retailer -> Polish frame maker; balance parked 'until further notice', Harriet releases
_p08_q = (
    "Dear Harriet,\n\n"
    "Please find attached the drawings rev. D for the Blakeney bed (5ft King) with the changes "
    "to the centre rail and the 9 slat brackets. Oil finish sample photo is also attached.\n\n"
    "Could you please confirm the order quantity and the requested delivery date?\n\n"
    "Best regards,\nKatarzyna Nowak\nExport Sales\nMeble Wielkopolska Sp. z o.o.\n"
    "ul. Kostrzewskiego 12, 62-200 Gniezno, Poland\n"
)
_p08_txt = (
    "Hi Kasia,\n\n"
    "Thanks for the drawings, all good from our side. Please treat this email as the written scope "
    "for PO HF-10772:\n\n"
    "- Twelve (12) Blakeney oak bed frames, 5ft King, oiled finish, flat-packed. These are the "
    "only frames released.\n"
    "- The remaining 388 frames from your quotation (400 in total for the spring range) are not "
    "released. They are parked until further notice.\n"
    "- I am the only person who can release them, so please don't act on anything that comes from "
    "our stores or from the marketing team.\n"
    "- Material: please buy timber and fittings for the 12 only.\n\n"
    "Delivery of the 12 to our Norwich DC by 20 September if you can, pallets max 1.2 m high, "
    "assembly instructions in English.\n\n"
    "Kind regards,\nHarriet\n"
    + sig("Harriet Cole", "Head of Buying", "Hartwell & Finch Beds Ltd, Norwich", "+44 1603 555 210")
    + "\nOn Mon, 19 Aug 2024 at 08:12, Katarzyna Nowak <k.nowak@meblewielkopolska.pl> wrote:\n"
    + quote(_p08_q)
)
_p08 = mail("Harriet Cole <harriet.cole@hartwellfinch.co.uk>",
            "Katarzyna Nowak <k.nowak@meblewielkopolska.pl>",
            "RE: Blakeney bed - drawings rev. D", "Tue, 20 Aug 2024 11:46:00 +0100", _p08_txt,
            in_reply_to="<a81c2@meblewielkopolska.pl>")
case("p08_balance_parked_until_further_notice", ["RG004"],
     "12 frames released, 388 parked 'until further notice' and Harriet named as releaser, but no "
     "event that unlocks the balance",
     [("RE_Blakeney_bed_drawings_rev_D.eml", eml_bytes(_p08))])

# p09: Australian resort group mock-up PO (PDF): header 4 beds vs table 3; hold with no event
_p09 = pdf([
    ("h1", "SOUTHERN REEF RESORTS PTY LTD"),
    ("p", "ABN 41 612 884 903 | Level 9, 120 Edward Street, Brisbane QLD 4000, Australia"),
    ("h", "PURCHASE ORDER SRR-PO-3318"),
    ("table", [["Supplier", "Binh Duong Bedding JSC, Lot C-7, My Phuoc 3 IP, Ben Cat, Binh Duong, Vietnam"],
               ["Date", "21/10/2024"],
               ["Project", "Palm Cove refurbishment - mock-up rooms 101 and 102"],
               ["Mock-up quantity", "4 beds (2 rooms x 2 Queen beds)"],
               ["Delivery", "CIF Brisbane, required on site 06/12/2024"]]),
    ("sp",),
    ("table", [["Item", "Code", "Description", "Qty", "Unit AUD", "Total AUD"],
               ["1", "RD-1200-Q", "Reef Deluxe 1200 Queen mattress, 1,200 mini-pocket, AS 2281 foams", "3",
                "540.00", "1,620.00"],
               ["2", "RB-Q-GRY", "Queen ensemble base, charcoal, 4 legs 150 mm", "3", "260.00", "780.00"],
               ["", "", "", "", "Total", "2,400.00"]]),
    ("sp",),
    ("h", "Scope of this order"),
    ("p", "Only the mock-up beds on this purchase order are released. The balance of the Palm Cove "
          "fit-out (312 beds) is on hold pending further instruction. Release authority for the "
          "balance: Liam O'Connor, Group Procurement Manager."),
    ("p", "Please send production photos of the mock-up beds before packing. Labels: care label "
          "and law label in English."),
    ("p", "Authorised by: Liam O'Connor, Group Procurement Manager, +61 7 3555 0192"),
], title="SRR-PO-3318", author="Southern Reef Resorts")
case("p09_mockup_po_header_vs_lines", ["RG004", "RG011"],
     "header says 4 mock-up beds, line table orders 3; balance on hold 'pending further "
     "instruction' with named releaser but no unlock event",
     [("SRR-PO-3318.pdf", _p09)])

# p10: Dutch DTC brand -> Turkish foam maker; mail says 18, PO PDF says 16; unlock event but no person
_p10_po = pdf([
    ("h1", "NACHTRUST B.V. - INKOOPORDER / PURCHASE ORDER"),
    ("p", "Torenallee 20, 5617 BC Eindhoven, Nederland"),
    ("table", [["Order nr.", "Datum", "Leverancier", "Levering"],
               ["NR-24-0158", "09-10-2024", "Kayseri Konfor Sunger San. A.S., Kayseri OSB 12. Cad. No:4, Kayseri",
                "DAP Eindhoven"]]),
    ("sp",),
    ("table", [["Pos", "Artikel", "Omschrijving", "Aantal", "Prijs EUR", "Bedrag EUR"],
               ["1", "NR-KS-090", "Koudschuim matras 90x200x20 cm, HR 40/35, rolverpakt - proefserie",
                "16", "61,50", "984,00"],
               ["", "", "", "", "Totaal", "984,00"]]),
    ("sp",),
    ("p", "Betreft offerte KKS-2024-118. Brandtest EN 597-1 en EN 597-2 op de proefserie."),
], title="NR-24-0158", author="Nachtrust B.V.")
_p10_txt = (
    "Dear Burak,\n\n"
    "Herewith our PO NR-24-0158 for the sample run of the cold foam mattress 90x200: 18 pieces, "
    "roll-packed as discussed.\n\n"
    "To be clear on the rest: the remaining part of the 2.400 pcs in your quotation KKS-2024-118 "
    "is not released with this order. It stays blocked until the test report according to "
    "EN 597-1 and EN 597-2 on the sample run is OK and you have received a revised order from our "
    "purchase department.\n\n"
    "Please can you confirm the delivery week for the sample run? We would like to have them in "
    "Eindhoven before week 46.\n\n"
    "With kind regards / Met vriendelijke groet,\n\nInkoop Nachtrust\n"
    "Nachtrust B.V. | Torenallee 20 | 5617 BC Eindhoven | +31 40 555 0113\n"
)
_p10 = mail("Inkoop Nachtrust <inkoop@nachtrust.nl>", "Burak Demir <burak.demir@kayserikonfor.com.tr>",
            "PO NR-24-0158 sample run cold foam 90x200", "Wed, 09 Oct 2024 10:31:00 +0200", _p10_txt,
            attachments=[("NR-24-0158.pdf", _p10_po, PDF_MT)])
case("p10_mail_18_vs_po_16_no_releaser", ["RG005", "RG011"],
     "mail authorizes 18 sample mattresses, attached PO 16; balance blocked until EN 597 report + "
     "revised order, but only 'our purchase department' releases",
     [("PO_NR-24-0158_sample_run.eml", eml_bytes(_p10))])

# p11: US DTC call-off (DOCX) for 60 latex layers; unlock event but no person; forecast as commitment
_p11 = docx_bytes([
    ("h1", "Call-off No. 1 under Supply Agreement NW-BDL-2024"),
    ("p", "Buyer: Northway Sleep Co., 310 N 1st Ave, Minneapolis, MN 55401, USA"),
    ("p", "Supplier: Binh Duong Latex JSC, Tan Uyen, Binh Duong, Vietnam"),
    ("p", "Date: September 9, 2024"),
    ("h", "1. Quantity released by this call-off"),
    ("p", "60 pcs natural Dunlop latex comfort layers, 3 in, 7-zone, 30 Queen and 30 King - the pilot "
          "lot for the 16 CFR 1633 prototype test and the 100-night trial panel."),
    ("h", "2. Everything else"),
    ("p", "Everything else under the Supply Agreement stays unreleased. The next quantity is released "
          "only after (a) the 16 CFR 1633 prototype test passes on the pilot lot and (b) a further "
          "call-off is issued by Northway."),
    ("h", "3. Material"),
    ("p", "Material authority: sample-only (latex and packaging for the 60 pcs of this call-off)."),
    ("h", "Annex A - 2025 volume"),
    ("table", [["Month", "Queen (pcs)", "King (pcs)"],
               ["Jan 2025", "900", "600"], ["Feb 2025", "900", "600"], ["Mar 2025", "1,200", "800"],
               ["Apr 2025", "1,200", "800"], ["May 2025", "1,500", "1,000"], ["Jun 2025", "1,500", "1,000"]]),
    ("p", "The Annex A forecast volumes are confirmed as Northway's firm purchase commitment for the "
          "first half of 2025."),
    ("p", "For Northway Sleep Co. - Supply Chain Department"),
], author="Northway Sleep Co.")
case("p11_calloff_annex_forecast_commitment", ["RG005", "RG008"],
     "call-off releases 60 with hold and unlock event (test + further call-off 'by Northway', no "
     "named person); annex forecast declared a firm purchase commitment",
     [("Northway_call-off_1_NW-BDL-2024.docx", _p11)])

# p12: WhatsApp group, Australian hotel + Turkish bed maker; mock-up samples, hold, person - no count
_p12 = """[15/09/2024, 6:02 pm] Mehmet Yilmaz (Uludag): Good evening Nathan, we finished the drawings of the mock-up room beds, please check
[15/09/2024, 6:02 pm] Mehmet Yilmaz (Uludag): CHB-MU-drawings-rev3.pdf (file attached)
[16/09/2024, 8:15 am] Nathan Price (Coastline): Morning Mehmet, cheers for these. Rev3 is good
[16/09/2024, 8:17 am] Nathan Price (Coastline): PO 7781 is through for the mock-up room samples - bed, base and headboard as per rev3
[16/09/2024, 8:18 am] Mehmet Yilmaz (Uludag): Thank you! King or twin config for the mock-up?
[16/09/2024, 8:21 am] Nathan Price (Coastline): both configs, we want to see them side by side
[16/09/2024, 8:23 am] Nathan Price (Coastline): Just to be crystal clear: only the mock-up room samples for now mate. The 212 guestrooms at Burleigh stay on hold until Fiona signs off the mock-up room, then she sends you a written release for the rooms
[16/09/2024, 8:40 am] Fiona Walsh (Coastline): Confirmed. Mock-up install is booked for 14 Oct. Release for the rooms comes from me only, in writing. Fiona Walsh, Project Director
[16/09/2024, 8:44 am] Mehmet Yilmaz (Uludag): Understood, thank you both 🙏 we start with the mock-up samples
[16/09/2024, 8:45 am] Mehmet Yilmaz (Uludag): Fire test BS 7177 report we send with the shipment
[16/09/2024, 8:46 am] Nathan Price (Coastline): 👍
"""
case("p12_whatsapp_mockup_samples_no_count", ["RG010"],
     "mock-up samples authorized with hold, event (Fiona's sign-off + written release) and "
     "named releaser, but never how many beds/bases/headboards",
     [("WhatsApp Chat - Coastline x Uludag Burleigh.txt", _p12)])

# p13: US DTC sample build authorization (DOCX) that defers the quantity to the quote
_p13 = docx_bytes([
    ("h1", "Sample Build Authorization"),
    ("p", "Bunkhouse Sleep Co. | 1455 NW Irving St, Portland, OR 97209 | Ref. BSC-SBA-024"),
    ("p", "To: Dongguan Yimian Foam Technology Co., Ltd., Houjie Town, Dongguan - attn. Ms. Lily Zhao"),
    ("p", "Date: October 2, 2024"),
    ("p", "Bunkhouse Sleep Co. authorizes Dongguan Yimian Foam Technology Co., Ltd. to build the "
          "sample quantity quoted in your quotation YM-QT-2410-066 for the Trailhead 10in all-foam "
          "mattress (Twin XL and Full), to spec sheet TH-10 rev. 4."),
    ("h", "What is not released"),
    ("p", "The production quantities in YM-QT-2410-066 are not released by this letter. They remain on "
          "hold until (1) the samples pass our compression roll-pack test (21 days rolled, full "
          "recovery within 72 hours) and the 16 CFR 1633 prototype test, and (2) Sam Whitaker, "
          "Director of Operations, issues a written production release."),
    ("h", "Material"),
    ("p", "Foam, cover fabric and packaging for the sample build only. Bunkhouse does not accept "
          "liability for material bought for production quantities."),
    ("h", "Shipping"),
    ("p", "Air freight to Portland, DAP. Please label each sample with size, foam batch number and "
          "build date."),
    ("p", "Signed: Sam Whitaker, Director of Operations, Bunkhouse Sleep Co."),
], author="Bunkhouse Sleep Co.")
case("p13_sample_authorization_defers_qty_to_quote", ["RG010"],
     "authorization says 'the sample quantity quoted in ...' without stating it; hold, unlock "
     "event and releaser all present",
     [("BSC-SBA-024_sample_build_authorization.docx", _p13)])

# p14: UK bedding brand, phone reply 'Go ahead' to a latex pillow supplier, no quantity
_p14_q = (
    "Dear Oliver,\n\n"
    "The revised contour latex pillow (60x35x10/12 cm, pinhole, Tencel cover) is ready per your "
    "comments. Photos and the firmness readings are attached.\n\n"
    "Please confirm we can go ahead?\n\n"
    "Best regards,\nTran Minh Duc\nBinh Duong Latex JSC\n"
)
_p14_txt = (
    "Hi Duc,\n\n"
    "Go ahead 👍 looks spot on.\n\n"
    "FYI the launch quantities stay on hold until Sarah Mitchell (our Head of Product) sends you a "
    "written release after the launch review on 3 March.\n\n"
    "Cheers\nOliver\n\nSent from my iPhone\n\n"
    "> On 12 Feb 2025, at 04:10, Tran Minh Duc <duc.tran@bdlatex.vn> wrote:\n>\n"
    + quote(_p14_q)
)
_p14 = mail("Oliver Grant <oliver@hollinsandbay.co.uk>", "Tran Minh Duc <duc.tran@bdlatex.vn>",
            "Re: Contour latex pillow - revised", "Wed, 12 Feb 2025 07:58:00 +0000", _p14_txt,
            in_reply_to="<c7f20@bdlatex.vn>")
case("p14_phone_reply_go_ahead_no_qty", ["RG002", "RG010"],
     "'Go ahead' with no quantity and no sample-only scope; launch quantities held with event and "
     "named releaser",
     [("Re_Contour_latex_pillow_revised.eml", eml_bytes(_p14))])

# p15: supplier reply (China) quoting complete buyer scope without a count; bought chemicals for 2,000
_p15_q = (
    "From: Priya Sandhu <priya.sandhu@dreamhaven.ca>\n"
    "Sent: Monday, October 7, 2024 5:12 PM\n"
    "To: Lily Chen <lily@huameifoam.com>\n"
    "Subject: Sample cores - DH-FC-09\n\n"
    "Hi Lily,\n\n"
    "Please make the sample cores for DH-FC-09 rev B so we can run the compression roll-pack test "
    "in Vancouver.\n\n"
    "The production quantity (2,000 cores in your quote) is not released. It stays on hold until "
    "the cores pass our roll-pack test and I send you a written production release.\n\n"
    "Material: sample cores only, please - we are not taking liability for any production material "
    "at this stage.\n\n"
    "Thanks,\nPriya Sandhu\nSourcing Manager, Dreamhaven Mattress Co., Vancouver BC\n"
)
_p15_txt = (
    "Dear Priya,\n\n"
    "Thank you for your email. Noted all points, we will make the sample cores according to spec "
    "DH-FC-09 rev B (HR foam 40D, ILD 30, 8 inch).\n\n"
    "For your information, we have already purchased the TDI and polyol for all 2,000 cores of the "
    "first order last week, because the chemical price will increase 8% from next month. So the "
    "price in our quotation can keep.\n\n"
    "Samples will be ready around 25 Oct, we will send the photos before shipping.\n\n"
    "Best regards,\nLily Chen\nSales Manager\nZhejiang Huamei Foam Co., Ltd.\n"
    "Tel: +86 571 8655 2301 | WeChat: lilychen_hm\n\n"
    + quote(_p15_q)
)
_p15 = mail("Lily Chen <lily@huameifoam.com>", "Priya Sandhu <priya.sandhu@dreamhaven.ca>",
            "RE: Sample cores - DH-FC-09", "Tue, 08 Oct 2024 10:20:00 +0800", _p15_txt,
            in_reply_to="<dh-0917@dreamhaven.ca>")
case("p15_supplier_bought_chemicals_full_order", ["RG006", "RG010"],
     "quoted buyer scope (hold, event, Priya) never states the sample count; supplier bought "
     "chemicals for all 2,000 cores against a sample-only material authority",
     [("RE_Sample_cores_DH-FC-09.eml", eml_bytes(_p15))])

# ----------------------------------------------------------------- batch 2
# p16: UK brand thread; PO scope quoted twice-deep; product manager replies 'Green light from us!'
_p16_gemma = (
    "Dear Tomasz,\n\n"
    "Please find attached PO PS-3391. It covers four (4) prototype mattresses, Pennine Hybrid "
    "Double (4ft6), only.\n\n"
    "The 1,150 pcs for the launch are not released. They stay on hold until the prototypes have "
    "passed our in-house comfort trial and I have sent you a written release.\n\n"
    "Material: prototypes only, please.\n\n"
    "Kind regards,\nGemma Price\nPurchasing Manager, Pennine Sleep Company Ltd, Halifax\n"
)
_p16_tomasz = (
    "Dear Tom,\n\n"
    "Attached are photos of the 4 prototypes and a short video of the roll-pack and recovery test "
    "(24 h). We changed the side stitching as you asked and the border is now 2 cm lower.\n\n"
    "Please let us know your comments.\n\n"
    "Best regards,\nTomasz Kowalczyk\nKey Account Manager\nSprezyna-Pol Sp. z o.o., Poznan\n\n"
    "-----Original Message-----\n"
    "From: Gemma Price <gemma.price@penninesleep.co.uk>\n"
    "Sent: 02 September 2024 14:03\n"
    "Subject: PO PS-3391 prototypes\n\n"
    + quote(_p16_gemma)
)
_p16_txt = (
    "Hi Tomasz,\n\n"
    "Cheers for the photos and the video - the side stitching looks miles better than the last "
    "round and the border height is spot on.\n\n"
    "Green light from us!\n\n"
    "Gemma will be in touch about the transport. Hope the weather is better in Poznan than it is "
    "in Halifax.\n\n"
    "Tom\n"
    + sig("Tom Ashworth", "Product Manager", "Pennine Sleep Company Ltd", "+44 1422 555 380")
    + "\n-----Original Message-----\n"
    "From: Tomasz Kowalczyk <t.kowalczyk@sprezyna-pol.pl>\n"
    "Sent: 23 September 2024 09:41\n"
    "To: Tom Ashworth <tom.ashworth@penninesleep.co.uk>\n"
    "Cc: Gemma Price <gemma.price@penninesleep.co.uk>\n"
    "Subject: RE: PO PS-3391 prototypes\n\n"
    + quote(_p16_tomasz)
)
_p16 = mail("Tom Ashworth <tom.ashworth@penninesleep.co.uk>", "Tomasz Kowalczyk <t.kowalczyk@sprezyna-pol.pl>",
            "RE: PO PS-3391 prototypes", "Mon, 23 Sep 2024 15:22:00 +0100", _p16_txt,
            cc="Gemma Price <gemma.price@penninesleep.co.uk>", in_reply_to="<sp-2209@sprezyna-pol.pl>")
case("p16_thread_green_light_after_photos", ["RG002"],
     "product manager's 'Green light from us!' names neither samples nor a quantity; quoted PO "
     "scope (4 protos, 1,150 held, comfort trial + Gemma's written release) is complete",
     [("RE_PO_PS-3391_prototypes.eml", eml_bytes(_p16))])

# p17: WeChat, US hotel group and pillow factory; 'Yes proceed' to an open 'Can we proceed?'
_p17 = """WeChat chat history - Jason Wu (Silverdown Home Textile)
Exported by: Amanda Brooks   Export date: 2024-11-20

2024-11-04 21:15:33  Amanda Brooks
Hi Jason, PO KS-24-5512 is in your inbox. It is for 24 sample pillows only (12 soft, 12 firm, 20x26 queen, down-alternative) for the two mock-up rooms in Denver.

2024-11-04 21:16:10  Amanda Brooks
The 9,600 pillows for the rollout are NOT released. They stay on hold until our brand standards team signs off the samples and I issue a written release. - Amanda Brooks, Purchasing Manager, Keystone Suites

2024-11-04 21:30:02  Jason Wu
Well received Amanda, thank you. We make 24 pcs samples first.

2024-11-12 10:02:41  Jason Wu
Amanda, the pillow samples are finished, photos below

2024-11-12 10:02:55  Jason Wu
[Image]

2024-11-12 10:03:07  Jason Wu
[Image]

2024-11-12 10:03:40  Jason Wu
Can we proceed?

2024-11-12 19:47:12  Amanda Brooks
Yes proceed 👍

2024-11-12 19:47:30  Amanda Brooks
Love the piping on the firm ones

2024-11-13 08:11:09  Jason Wu
Thank you Amanda!! 🙏
"""
case("p17_wechat_yes_proceed", ["RG002"],
     "buyer answers an open 'Can we proceed?' with 'Yes proceed' - no quantity, no sample-only "
     "scope; earlier scope (24 samples, 9,600 held, sign-off + Amanda's release) complete",
     [("wechat_export_amanda_brooks.txt", _p17)])

# p18: Australian retailer portal page; line 2 on hold; buyer product developer comments 'Good to run!'
_p18_body = """<div style="background:#0b3d5c;color:#fff;padding:8px"><b>Harbour Home Furniture</b> &middot; Vendor Hub</div>
<h2>Order HHF-88120 &middot; Meble Wielkopolska Sp. z o.o.</h2>
<p>Order date 05/08/2024 &middot; Currency EUR &middot; Incoterms FOB Gdynia &middot; Buyer Grace Tan</p>
""" + html_table([
    ["Line", "Item", "Description", "Qty", "Status"],
    ["1", "MAN-Q-BCL-S", "Manly upholstered bed, Queen, boucle oatmeal - SAMPLE", "2", "Released"],
    ["2", "MAN-Q-BCL", "Manly upholstered bed, Queen, boucle oatmeal - PRODUCTION", "480",
     "ON HOLD - not released"],
]) + """
<div class="note"><b>Release conditions, line 2:</b> sample sign-off by Harbour Home QA in Sydney, then a written
release from Grace Tan, Head of Sourcing. Material authority: sample-only (line 1).</div>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>02/09/2024 16:10</td><td>Piotr Wisniewski (Meble Wielkopolska)</td><td>Samples finished, 6 photos uploaded to Documents. Frame is beech, slats 28 per bed. Please review.</td></tr>
<tr><td>03/09/2024 09:42</td><td>Josh Kelly (Harbour Home, Product Development)</td><td>Love them. The piping came out really clean. Good to run!</td></tr>
<tr><td>03/09/2024 11:05</td><td>Piotr Wisniewski (Meble Wielkopolska)</td><td>Thank you Josh, we will plan accordingly.</td></tr>
</table>
<h3>Documents</h3>
<ul><li>MAN-Q spec sheet rev 3.pdf</li><li>sample_photos_1-6.zip</li><li>AS 4686.1 compliance declaration.pdf</li></ul>
"""
case("p18_portal_message_good_to_run", ["RG002"],
     "buyer's product developer posts 'Good to run!' on the order page without a quantity or "
     "sample scope; line scope, hold, event and Grace Tan are on the page",
     [("HHF-88120_vendor_hub.html", html_page("Order HHF-88120 - Harbour Home Vendor Hub", _p18_body))])

# p19: US DTC; co-founder: 'approved - carry on into production' after the fire test
_p19_marco = (
    "Hola Lucia,\n\n"
    "PO DB-2024-061 is attached: ten (10) prototype mattresses, 'Tidepool' 11in hybrid, Queen, for "
    "the 16 CFR 1633 test at the lab and our own sleep trial.\n\n"
    "The 2,200 pcs for the spring launch are not released by this PO. They stay on hold until the "
    "prototypes pass 1633 and the trial, and then I send you a written release with the quantity.\n\n"
    "Please buy material for the 10 prototypes only.\n\n"
    "Gracias,\nMarco Ruiz\nCOO, Driftwood Bedding Co., San Diego CA\n"
)
_p19_txt = (
    "Lucia!!\n\n"
    "Fire test passed 🎉🎉 the lab just sent the report, all three sets well under the limits.\n\n"
    "Prototypes approved - carry on into production, we need these in the warehouse for Memorial "
    "Day. Marco is out this week but he's on board.\n\n"
    "Thanks so much to you and the team, the border tape looks amazing.\n\n"
    "Jess\n"
    "Jess Navarro | Co-founder & CMO | Driftwood Bedding Co.\n\n"
    "On Mon, Feb 3, 2025 at 9:14 AM Marco Ruiz <marco@driftwoodbedding.com> wrote:\n"
    + quote(_p19_marco)
)
_p19 = mail("Jess Navarro <jess@driftwoodbedding.com>", "Lucia Trevino <ltrevino@espumasdelnorte.mx>",
            "Re: PO DB-2024-061 Tidepool prototypes", "Thu, 13 Mar 2025 16:40:00 -0800", _p19_txt,
            cc="Marco Ruiz <marco@driftwoodbedding.com>", in_reply_to="<db061@driftwoodbedding.com>")
case("p19_fire_test_passed_carry_on_into_production", ["RG002", "RG007"],
     "co-founder writes 'Prototypes approved - carry on into production' (no quantity) after the "
     "test, overriding the written-release requirement in the quoted PO mail",
     [("Re_PO_DB-2024-061_Tidepool_prototypes.eml", eml_bytes(_p19))])

# p20: Turkish mattress maker replies to Dutch retailer; ticking ordered for the full 1.500
_p20_q = (
    "Dear Elif,\n\n"
    "Order 4700-2355 is attached: 10 samples of the 'Veluwe' pocket mattress (5x 160x200, "
    "5x 180x200).\n\n"
    "The other 1.490 pcs of the quoted 1.500 are not released. They are released only after our "
    "sample approval in Utrecht and a written release signed by me, Joost van Dijk.\n\n"
    "Please only buy material for the 10 samples.\n\n"
    "Met vriendelijke groet,\nJoost van Dijk\nCategory Manager Matrassen, Slaapwereld B.V.\n"
)
_p20_txt = (
    "Dear Joost Bey,\n\n"
    "Thank you very much for your order 4700-2355, we received it with pleasure.\n\n"
    "The 10 samples will be ready on 18 October, we will send you the photos before loading.\n\n"
    "We kindly inform you that we have already ordered the ticking fabric (Belgian damask, 'Lys' "
    "grey) for the full 1.500 pcs from our weaving mill in Denizli, because the mill has a minimum "
    "of 3.000 metres and the loom slot was only available this month. In this way the delivery of "
    "the series will not be late.\n\n"
    "For the labels, please send us the final artwork with the NL/FR/DE text.\n\n"
    "Best regards / Saygilarimizla,\n\nElif Kaya\nExport Department\n"
    "Uludag Yatak San. ve Tic. A.S. | Nilufer OSB, 16140 Bursa | +90 224 411 52 34\n\n"
    "From: Joost van Dijk <j.vandijk@slaapwereld.nl>\nSent: 30 September 2024 11:02\n"
    "Subject: Order 4700-2355 Veluwe samples\n\n"
    + quote(_p20_q)
)
_p20 = mail("Elif Kaya <elif.kaya@uludagyatak.com.tr>", "Joost van Dijk <j.vandijk@slaapwereld.nl>",
            "RE: Order 4700-2355 Veluwe samples", "Tue, 01 Oct 2024 09:15:00 +0300", _p20_txt,
            in_reply_to="<sw-4700-2355@slaapwereld.nl>")
case("p20_mill_minimum_ticking_full_qty", ["RG006"],
     "supplier ordered ticking for all 1.500 mattresses while only 10 are released and material "
     "is limited to the samples; quoted buyer scope complete",
     [("RE_Order_4700-2355_Veluwe_samples.eml", eml_bytes(_p20))])

# p21: Canadian retailer PO (PDF) + Chinese factory weekly status (PDF): blocks poured for 2,000
_p21_po = pdf([
    ("h1", "Maple & Pine Home - Purchase Order 4500022310"),
    ("p", "Maple & Pine Home Inc., 77 Bloor St W, Toronto ON M5S 1M2, Canada"),
    ("table", [["Vendor", "Dongguan Yimian Foam Technology Co., Ltd., Houjie Town, Dongguan"],
               ["Date", "2024-09-16"], ["Buyer", "Nadia Roy, Category Buyer - Bedroom"],
               ["Incoterms", "FOB Shenzhen"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
               ["10", "MUS-10-Q-S", "Muskoka 10in memory foam mattress-in-a-box, Queen - SAMPLE", "20",
                "118.00", "2,360.00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO releases the 20 samples on line 10 only. The production quantity of 2,000 pcs "
          "in quote YM-QT-2409-031 is not released and stays on hold until Nadia Roy has signed "
          "off the samples and Pierre Gagnon, VP Merchandising, has issued a written release."),
    ("p", "Material authority: sample-only. Maple & Pine is not liable for foam, fabric or "
          "packaging bought for the production quantity."),
], title="PO 4500022310", author="Maple & Pine Home")
_p21_rep = pdf([
    ("h1", "Weekly Production Status Report"),
    ("p", "Dongguan Yimian Foam Technology Co., Ltd. | Customer: Maple & Pine Home | PO 4500022310 "
          "| Week 41 (7-11 Oct 2024) | Prepared by: Lily Zhao, Merchandiser"),
    ("table", [["Item", "Status", "Remark"],
               ["Samples 20 pcs Muskoka 10in Queen", "Foaming done, CNC cutting 8 Oct, covers sewing",
                "Ship 18 Oct by sea LCL"],
               ["Memory foam 50D blocks", "Poured for 2,000 pcs (full order), curing in warehouse B",
                "To secure the density and colour consistency"],
               ["Cover fabric (knit 300gsm, grey)", "Ordered 2,000 sets, arrival 20 Oct", "Mill MOQ"],
               ["Roll-pack film and cartons", "Samples only", "-"]]),
    ("sp",),
    ("p", "Quality: ILD of samples 11-12 (target 12 +/- 2). Density 50.3 kg/m3. Photos attached "
          "separately."),
    ("p", "Next week: sample packing, pre-shipment photos, booking LCL."),
], title="Weekly status wk41", author="Dongguan Yimian")
case("p21_po_plus_weekly_status_foam_poured", ["RG006"],
     "PO releases 20 samples with sample-only material authority; supplier's weekly report shows "
     "foam poured and fabric ordered for 2,000",
     [("PO_4500022310.pdf", _p21_po), ("Yimian_weekly_status_wk41.pdf", _p21_rep)])

# p22: Vietnamese latex factory WIP printout (TXT) for an Australian DTC brand; cores reserved 1.200
_p22 = """BINH DUONG LATEX JSC                                   WEEKLY WIP REPORT
Tan Uyen Industrial Zone, Binh Duong, Vietnam          Report no : WIP-2024-47
                                                       Date      : 22/11/2024
Customer  : WATTLE & WOOL SLEEP CO. (Melbourne, AU)
Cust. PO  : WW-0107
Item      : WW-LTX-PIL-STD  Natural latex pillow, standard profile 60x40x12 cm, pinhole
Contact   : Nguyen Thi Lan (sales) / Tran Minh Duc (planning)

STAGE                     QTY      STATUS          REMARK
------------------------- -------- --------------- ------------------------------------------
Released by customer          60   pilot lot       per PO WW-0107 (pilot only)
Moulding (pilot)              60   done            18/11, line 3
Washing / drying (pilot)      60   done            20/11
Covers sewn (pilot)           60   in progress     Tencel cover, zip white
Packing (pilot)                0   planned         25/11
Latex cores reserved       1.200   on hand         from stock lot L-2411-07, held for WW-0107
                                                   mass production, tagged "WATTLE & WOOL"
Cartons printed            1.200   ordered         printer delivery 29/11

QUALITY
- Pilot cores density 68-70 kg/m3, ILD within spec, odour test pass (internal)
- Pilot lot inspection by customer 3rd party (QIMA) booked 26/11

SHIPPING
- Pilot 60 pcs by air to Melbourne, ETD 27/11

Prepared by: Tran Minh Duc     Checked by: Nguyen Thi Lan
"""
case("p22_wip_report_cores_reserved", ["RG006"],
     "supplier WIP report: 60 released, 1.200 latex cores and cartons reserved/ordered for mass "
     "production with no material authority",
     [("WIP-2024-47_Binh_Duong_Latex.txt", _p22)])

# p23: WhatsApp, US DTC brand and Mexican steel frame maker; steel tube bought for the 900
_p23 = """10/7/24, 9:02 AM - Lauren Hughes: Hi Carlos! Lauren Hughes, sourcing lead at Thrive Home. PO TH-1187 is in your inbox. It's for the 5 sample platform frames only (steel, Queen, matte black)
10/7/24, 9:03 AM - Lauren Hughes: The 900 frames stay on hold until our drop/load test passes and I send you the written release. Please don't buy steel for the 900 yet
10/7/24, 9:20 AM - Carlos Mendoza: Buenos días Lauren! Received, thank you 🙏 5 samples first, understood
10/7/24, 9:21 AM - Carlos Mendoza: Do you want the center support leg adjustable or fixed?
10/7/24, 9:40 AM - Lauren Hughes: adjustable pls, like the drawing v2
10/14/24, 4:55 PM - Carlos Mendoza: Lauren buenas tardes, samples are welded, powder coat tomorrow 👌
10/14/24, 4:55 PM - Carlos Mendoza: <Media omitted>
10/14/24, 4:57 PM - Carlos Mendoza: Also FYI we already bought all the steel tube for the 900 frames, price of steel went up 12% this month so we protect your price 😉
10/14/24, 5:30 PM - Lauren Hughes: Frames look great. Let's jump on a call tomorrow about the steel
10/14/24, 5:31 PM - Carlos Mendoza: Ok perfect, 10am Denver time?
10/14/24, 5:33 PM - Lauren Hughes: 👍
"""
case("p23_whatsapp_steel_bought_for_900", ["RG006"],
     "supplier says all steel tube for the 900 held frames is already bought; buyer scope "
     "(5 samples, 900 held, test + Lauren's written release) complete",
     [("WhatsApp Chat with Carlos Mendoza.txt", _p23)])

# p24: Chinese factory to Australian DTC: deposit received, so mass production started + materials bought
_p24_q = (
    "Hi Kevin,\n\n"
    "PO WW-0093 covers 12 prototype mattresses (Queen, latex hybrid) only.\n\n"
    "The 2,000 pcs production order stays on hold until the prototypes pass our comfort trial in "
    "Melbourne and I send you a written release. We have paid the 30% deposit on PI HR-PI-2407 "
    "to book the production slot - the deposit does not release production.\n\n"
    "Material for the 12 prototypes only please.\n\n"
    "Cheers,\nKirra Jones\nFounder, Wattle & Wool Sleep Co.\n"
)
_p24_txt = (
    "Dear Kirra,\n\n"
    "Good day! We confirm receipt of your T/T USD 18,600 (30% deposit of PI HR-PI-2407), thank you "
    "very much.\n\n"
    "As the deposit is received, we have started the mass production of the 2,000 pcs and "
    "purchased the springs and foam for the whole order, so the container can be ready by "
    "15 December as you wish.\n\n"
    "The 12 prototypes are finished, please see the attached photos. DHL AWB will be sent "
    "tomorrow.\n\n"
    "Best regards,\nKevin Liang\nSales Manager\nFoshan Hengrun Spring Mattress Co., Ltd.\n"
    "Tel +86 757 2833 6610\n\n"
    "------------------ Original ------------------\n"
    "From: \"Kirra Jones\" <kirra@wattleandwool.com.au>\nDate: Mon, Oct 14, 2024 08:30 AM\n"
    "Subject: PO WW-0093 prototypes\n\n"
    + quote(_p24_q)
)
_p24 = mail("Kevin Liang <kevin.liang@hengrun-mattress.cn>", "Kirra Jones <kirra@wattleandwool.com.au>",
            "Re: PO WW-0093 prototypes", "Tue, 29 Oct 2024 17:48:00 +0800", _p24_txt,
            in_reply_to="<ww0093@wattleandwool.com.au>")
case("p24_deposit_received_mass_production_started", ["RG006", "RG012"],
     "supplier starts mass production of 2,000 because the deposit arrived and buys springs/foam for "
     "the whole order; buyer's quoted scope says deposit does not release production",
     [("Re_PO_WW-0093_prototypes.eml", eml_bytes(_p24))])

# p25: Chinese foam factory to UK brand: foam for 1,500 toppers in stock, will roll on after approval
_p25_q = (
    "Hi Lily,\n\n"
    "PO CC-2024-091 attached: 6 sample toppers (3x Double 5 cm, 3x King 5 cm), memory foam 50D with "
    "the bamboo cover.\n\n"
    "The 1,500 toppers in your quote are not released. They wait for our sample sign-off and then a "
    "written release from Tom Baxter, Head of Sourcing.\n\n"
    "Sample-only material please.\n\n"
    "Thanks,\nPoppy Marsh\nBuyer, Cloud & Co Sleep Ltd, Manchester\n"
)
_p25_txt = (
    "Dear Poppy,\n\n"
    "Hope you are well. The 6 sample toppers are packed, DHL pick up today, AWB 3381 2046 75.\n\n"
    "Good news: the foam for the 1,500 toppers is already in our warehouse, so once you approve the "
    "sample we can roll on to mass production straight away and ship within 2 weeks. This will help "
    "for your January sale.\n\n"
    "Please check the zip colour, we used the silver one as the Pantone 877C.\n\n"
    "Best regards,\nLily Zhao\nMerchandiser\nDongguan Yimian Foam Technology Co., Ltd.\n\n"
    "> From: Poppy Marsh <poppy@cloudandco.co.uk>\n> Sent: 21 October 2024 10:05\n"
    "> Subject: PO CC-2024-091 sample toppers\n>\n"
    + quote(_p25_q)
)
_p25 = mail("Lily Zhao <lily.zhao@yimianfoam.com>", "Poppy Marsh <poppy@cloudandco.co.uk>",
            "RE: PO CC-2024-091 sample toppers", "Thu, 31 Oct 2024 15:02:00 +0800", _p25_txt,
            cc="Tom Baxter <tom.baxter@cloudandco.co.uk>", in_reply_to="<cc091@cloudandco.co.uk>")
case("p25_foam_in_stock_roll_on_after_approval", ["RG006", "RG007"],
     "supplier holds foam for all 1,500 toppers (sample-only material authority) and says it will "
     "roll into mass production once the sample is approved",
     [("RE_PO_CC-2024-091_sample_toppers.eml", eml_bytes(_p25))])

# p26: Turkish foam maker to UK bed retailer: after comfort sample approval 'directly into the 892'
_p26_q = (
    "Dear Burak,\n\n"
    "PO HF-10801 is attached: eight (8) Broadland Memory mattresses, 4ft6 double, for our comfort "
    "panel.\n\n"
    "The balance of 892 from your offer is NOT released until the comfort panel has signed off and "
    "I have confirmed the release in writing.\n\n"
    "Timber-free, roll-packed, UK fire labels (BS 7177 low hazard) please.\n\n"
    "Kind regards,\nHarriet Cole\nHead of Buying, Hartwell & Finch Beds Ltd\n"
)
_p26_txt = (
    "Dear Harriet Hanim,\n\n"
    "Thank you for the order, we are very happy to start this cooperation with Hartwell & Finch.\n\n"
    "We will ship the 8 samples on Friday by road (Ekol), arrival Norwich around 12 days.\n\n"
    "After you approve the comfort samples we will go directly into the 892 pieces, no need another "
    "PO or paperwork, our planning has reserved the line for week 44. In this way we can catch your "
    "Black Friday date without problem.\n\n"
    "Best regards,\nBurak Demir\nExport Sales Manager\nKayseri Konfor Sunger San. A.S.\n"
    "Kayseri OSB 12. Cad. No:4, Kayseri, Turkiye | +90 352 555 40 12\n\n"
    + quote(_p26_q)
)
_p26 = mail("Burak Demir <burak.demir@kayserikonfor.com.tr>", "Harriet Cole <harriet.cole@hartwellfinch.co.uk>",
            "RE: PO HF-10801 Broadland Memory", "Wed, 02 Oct 2024 12:10:00 +0300", _p26_txt,
            in_reply_to="<hf10801@hartwellfinch.co.uk>")
case("p26_supplier_directly_into_balance_after_approval", ["RG007"],
     "supplier plans to go straight into the 892 after comfort-sample approval 'no need another PO "
     "or paperwork'; quoted buyer scope complete",
     [("RE_PO_HF-10801_Broadland_Memory.eml", eml_bytes(_p26))])

# p27: WeChat, US DTC + Foshan: 'After your QC ok the proto, we start mass production immediately'
_p27 = """WeChat chat history - Amy Zhou (Hengrun Mattress)
Exported by: Megan Alvarez   Export date: 2024-07-30

2024-07-08 22:41:17  Megan Alvarez
Hi Amy! PO LS-24-0530 is for 4 proto kids' mattresses (Twin, 8in hybrid, the 'Sprout') only

2024-07-08 22:42:02  Megan Alvarez
The 1,200 for launch are on hold until our lab passes them for 16 CFR 1632/1633 and Derek Tran (Procurement Lead) sends you the written release. Please don't plan the launch run yet

2024-07-09 08:03:55  Amy Zhou
Good morning Megan, noted with thanks. 4pcs proto first

2024-07-22 17:30:12  Amy Zhou
Megan, protos finished and shipped today, DHL 5521 8890 12

2024-07-22 17:30:40  Amy Zhou
[Image]

2024-07-22 17:31:26  Amy Zhou
After your QC ok the proto, we start mass production immediately, the line is ready for you 💪

2024-07-22 23:02:51  Megan Alvarez
Thanks Amy! will let you know when they land 🙂
"""
case("p27_wechat_qc_ok_then_mass_production", ["RG007"],
     "supplier states mass production starts right after QC approval of the protos; buyer scope "
     "(4 protos, 1,200 held, lab + Derek Tran's written release) complete and not contradicted",
     [("wechat_amy_zhou_hengrun.txt", _p27)])

# p28: US DTC VP Product tells latex supplier to roll into the 1,000 once QA is happy (PO attached)
_p28_po = pdf([
    ("h1", "JUNIPER & OAK SLEEP - PURCHASE ORDER"),
    ("p", "Juniper & Oak Sleep, Inc. | 55 Washington St, Unit 412, Brooklyn, NY 11201"),
    ("table", [["PO", "JO-PO-2207"], ["Date", "08/26/2024"],
               ["Vendor", "Binh Duong Latex JSC, Tan Uyen, Binh Duong, Vietnam"],
               ["Ship via", "Air, DAP Brooklyn"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Unit USD", "Ext. USD"],
               ["1", "Dunlop latex topper, Queen, 2in, medium, organic cotton cover - SAMPLE", "10",
                "96.00", "960.00"]]),
    ("sp",),
    ("h", "Release terms"),
    ("p", "This PO releases the 10 sample toppers only. The balance of 1,000 toppers in your "
          "quotation is not released. Production is released only by a written release from "
          "Rachel Stein, Director of Supply Chain, after our lab has signed off the samples "
          "(ILD, odour, GOLS certificate check)."),
    ("p", "Material authority: sample-only."),
    ("p", "Issued by Supply Chain, Juniper & Oak Sleep, Inc."),
], pagesize=LETTER, title="JO-PO-2207", author="Juniper & Oak Sleep")
_p28_txt = (
    "Hi Lan,\n\n"
    "PO attached from Rachel's team for the 10 sample toppers.\n\n"
    "Honestly, we are so tight on the holiday launch that as soon as our QA is happy with the "
    "samples, just roll straight on into the 1,000 toppers - no need to wait for the formal release "
    "from Rachel, I'll square it with her.\n\n"
    "Shoot me the tracking number when the samples leave.\n\n"
    "Thanks!\nRyan\n\n"
    "Ryan Feld | VP Product | Juniper & Oak Sleep\n"
)
_p28_html = para_html(_p28_txt)
_p28 = mail("Ryan Feld <ryan@juniperandoak.com>", "Nguyen Thi Lan <lan.nguyen@bdlatex.vn>",
            "Topper samples - PO JO-PO-2207", "Mon, 26 Aug 2024 18:22:00 -0400", _p28_txt,
            html=_p28_html, attachments=[("JO-PO-2207.pdf", _p28_po, PDF_MT)])
case("p28_vp_product_roll_on_without_release", ["RG007"],
     "VP Product tells supplier to roll into the 1,000 once QA is happy, bypassing the PO's written "
     "release by Rachel Stein; PO scope complete",
     [("Topper_samples_PO_JO-PO-2207.eml", eml_bytes(_p28))])

# p29: Canadian retailer ERP PO (TXT) for 12 samples + Polish order confirmation (PDF): 10 pcs, auto mass production
_p29_po = """MAPLE & PINE HOME INC.                                   PURCHASE ORDER
77 Bloor St W, Toronto ON M5S 1M2                        PO Number : 4500022590
GST/HST 81234 5678 RT0001                                PO Date   : 2024-10-02
                                                         Page      : 1 of 1
Vendor   : 200417  MEBLE WIELKOPOLSKA SP. Z O.O.
                   ul. Kostrzewskiego 12, 62-200 Gniezno, Poland
Buyer    : N. ROY            Tel 416-555-0119
Ship-to  : DC Mississauga, 6800 Columbus Rd, Mississauga ON L5T 2G9
Incoterm : FCA Gniezno       Currency: CAD     Pay terms: Net 45

HEADER TEXT
SAMPLE ORDER. Only line 10 (12 EA) is released. The production quantity per
quote MW/2024/118 (1,000 EA) is NOT released. Release requires (1) sample
sign-off by M&P Quality and (2) a written release from Pierre Gagnon,
VP Merchandising. Material authority: sample-only.

Itm  Material    Description                              Qty  UoM   Net price     Net value
---- ----------- ---------------------------------------- ---- ---- ----------- ------------
0010 3000215     SAMPLE Lakeshore upholstered bed Queen     12  EA       455.00      5,460.00
                 fabric: linen blend 'Fog', legs oak 10cm
---- ----------- ---------------------------------------- ---- ---- ----------- ------------
                                                              Total net value      5,460.00
"""
_p29_oc = pdf([
    ("h1", "ORDER CONFIRMATION OC/2024/0917"),
    ("p", "Meble Wielkopolska Sp. z o.o. | ul. Kostrzewskiego 12, 62-200 Gniezno | NIP 784-123-45-67"),
    ("table", [["Customer", "Maple & Pine Home Inc., Toronto"], ["Your order", "4500022590 of 2024-10-02"],
               ["Our reference", "MW/2024/118"], ["Date", "2024-10-04"]]),
    ("sp",),
    ("table", [["Pos.", "Article", "Description", "Qty", "Unit CAD", "Value CAD"],
               ["1", "LKS-Q-FOG", "Lakeshore upholstered bed Queen, linen 'Fog', oak legs 10 cm - samples",
                "10", "455.00", "4,550.00"]]),
    ("sp",),
    ("p", "Delivery of samples: week 44, FCA Gniezno."),
    ("p", "Mass production 1,000 pcs will follow automatically upon your sample approval; planned "
          "production weeks 49-51, loading week 52."),
    ("p", "Please check the confirmation and inform us of any difference within 3 working days. "
          "Katarzyna Nowak, Export Sales."),
], title="OC/2024/0917", author="Meble Wielkopolska")
case("p29_erp_po_plus_order_confirmation", ["RG007", "RG011"],
     "PO releases 12 samples (complete scope); supplier's order confirmation says 10 samples and "
     "that mass production of 1,000 follows automatically on sample approval",
     [("PO_4500022590.txt", _p29_po), ("OC_2024_0917_order_confirmation.pdf", _p29_oc)])

# p30: Vietnamese hotel furniture maker to UK hotel group: 'Upon mock-up room approval we will proceed with the 180 rooms'
_p30_q = (
    "Dear Mr. Huy,\n\n"
    "PO ALH-24-0611 is attached for the mock-up room at Albion Lodge Bath: one king bed set and one "
    "twin set - that is 3 mattresses, 3 divan bases and 2 headboards.\n\n"
    "The 180 rooms of the project are not released. They will be released only by a written "
    "release from me after the mock-up room has been signed off by our brand team.\n\n"
    "Kind regards,\nDaniel Hughes\nHead of Procurement, Albion Lodge Hotels Ltd, Bristol\n"
)
_p30_txt = (
    "Dear Mr. Daniel,\n\n"
    "Greetings from Binh Duong!\n\n"
    "We are pleased to inform that the mock-up furniture is finished and will be loaded on "
    "18 Nov, ETA Southampton 24 Dec. Packing list and photos attached.\n\n"
    "Upon mock-up room approval we will proceed with the 180 rooms as per the tender schedule, so "
    "kindly note that the fabric for the headboards must be confirmed before 30 Nov to keep the "
    "loading in February.\n\n"
    "Thank you for your kind support.\n\n"
    "Best regards,\nPham Quoc Huy\nProject Manager\nSaigon Hospitality Furniture Co., Ltd.\n"
    "VSIP II, Thu Dau Mot, Binh Duong, Vietnam | +84 274 555 0188\n\n"
    "From: Daniel Hughes <daniel.hughes@albionlodge.co.uk>\nSent: Friday, 4 October 2024 16:20\n"
    "Subject: PO ALH-24-0611 mock-up room Bath\n\n"
    + quote(_p30_q)
)
_p30 = mail("Pham Quoc Huy <huy.pham@saigonhospitality.vn>", "Daniel Hughes <daniel.hughes@albionlodge.co.uk>",
            "RE: PO ALH-24-0611 mock-up room Bath", "Mon, 11 Nov 2024 14:05:00 +0700", _p30_txt,
            in_reply_to="<alh0611@albionlodge.co.uk>")
case("p30_mockup_approval_then_180_rooms", ["RG007"],
     "supplier will proceed with the 180 rooms upon mock-up approval, although the quoted PO "
     "requires Daniel Hughes' written release after the sign-off",
     [("RE_PO_ALH-24-0611_mock-up_room_Bath.eml", eml_bytes(_p30))])

# ----------------------------------------------------------------- batch 3
# p31: US DTC ops director sends rolling forecast (HTML) and says the Q3 figure is committed
_p31_fc = html_page("Bunkhouse Sleep - rolling forecast Jul-Dec 2025", """
<h2>Bunkhouse Sleep Co. - Rolling forecast, Trailhead 10in all-foam</h2>
<p>Issued 2025-05-30 &middot; Supplier: Dongguan Yimian Foam Technology Co., Ltd. &middot; Units: pcs</p>
""" + html_table([
    ["Month", "Twin XL", "Full", "Queen", "Total"],
    ["Jul 2025", "300", "350", "550", "1,200"],
    ["Aug 2025", "300", "350", "550", "1,200"],
    ["Sep 2025", "300", "350", "550", "1,200"],
    ["Oct 2025", "350", "400", "650", "1,400"],
    ["Nov 2025", "500", "550", "950", "2,000"],
    ["Dec 2025", "250", "300", "450", "1,000"],
]) + """
<p class="note">FORECAST. Planning figures for capacity. Individual POs are issued month by month.</p>
""")
_p31_txt = (
    "Hi Lily,\n\n"
    "Attached is our rolling forecast for Jul-Dec. Demand on the Full has picked up since the "
    "Memorial Day promo, so you'll see it nudged up from the last version.\n\n"
    "The Q3 volume - 3,600 units across Twin XL / Full / Queen - you can take as committed. We will "
    "definitely take it, so please book the line time for it now. Q4 is still a forecast.\n\n"
    "Individual POs will come month by month as usual, July's should be with you next week.\n\n"
    "Also - can you send the updated CertiPUR-US certificate? Ours on file expires in August.\n\n"
    "Thanks!\nSam\n"
    + sig("Sam Whitaker", "Director of Operations", "Bunkhouse Sleep Co., Portland OR", "+1 503 555 0166")
)
_p31 = mail("Sam Whitaker <sam@bunkhousesleep.com>", "Lily Zhao <lily.zhao@yimianfoam.com>",
            "Rolling forecast Jul-Dec + Q3", "Fri, 30 May 2025 11:05:00 -0700", _p31_txt,
            attachments=[("Bunkhouse_forecast_Jul-Dec_2025.html", _p31_fc, "text/html")])
case("p31_q3_forecast_taken_as_committed", ["RG008"],
     "ops director turns the Q3 forecast (3,600 units) into a commitment ('you can take as "
     "committed, we will definitely take it')",
     [("Bunkhouse_Jul-Dec_planning.eml", eml_bytes(_p31))])

# p32: Chinese sales confirmation (TXT) turning a UK brand's forecast into an order; production on deposit
_p32 = """FOSHAN HENGRUN SPRING MATTRESS CO., LTD.
No. 8 Xinglong Road, Lecong Town, Shunde District, Foshan, Guangdong, China
Tel: +86 757 2833 6610   Email: kevin.liang@hengrun-mattress.cn

                         SALES CONFIRMATION

S/C No.   : SC-HR-24-1102                  Date : 2024-11-04
Buyer     : RESTWELL DIRECT LTD, Unit 4 Kingsway Business Park, Rochdale OL16 4NW, UK
Attn      : Mr. Ian Holroyd, Purchasing
Ref.      : Your 2025 Q1 forecast dated 2024-10-28

Based on your 2025 Q1 forecast, we are pleased to confirm your order as follows:

ITEM  DESCRIPTION                                   QTY          UNIT PRICE   AMOUNT
----  --------------------------------------------  -----------  -----------  -------------
1     Restwell Ortho 1000 pocket, Double 135x190     4,200 pcs   USD  96.00   USD 403,200.00
2     Restwell Ortho 1000 pocket, King 150x200       3,000 pcs   USD 112.00   USD 336,000.00
3     Restwell Essentials open coil, Single 90x190   3,600 pcs   USD  58.00   USD 208,800.00
----  --------------------------------------------  -----------  -----------  -------------
      TOTAL  6 x 40HQ                               10,800 pcs                USD 948,000.00

Loading  : Jan 2025 2x40HQ, Feb 2025 2x40HQ, Mar 2025 2x40HQ, FOB Shenzhen
Packing  : roll-packed, 4 pcs/carton pallet, UK fire labels (BS 7177 low hazard)
Payment  : 30% T/T deposit, balance against copy B/L.
           Production will start upon receipt of deposit.

Remark   : The forecast quantity is treated as firm order. Any cancellation after deposit
           is subject to material cost.

For and on behalf of the Seller: Kevin Liang, Sales Manager
Confirmed by the Buyer: ______________________
"""
case("p32_sales_confirmation_from_forecast", ["RG008", "RG012"],
     "supplier's sales confirmation treats the buyer's Q1 forecast as a firm order of 10,800 pcs "
     "and starts production on receipt of the deposit",
     [("SC-HR-24-1102_sales_confirmation.txt", _p32)])

# p33: WhatsApp group, US DTC: founder locks forecast in as PO qty and tells factory to roll on after protos
_p33 = """[9/3/24, 10:14:02 AM] Derek Tran: Hi Kevin, PO LS-24-0688 is for 8 protos of the Cloudline Plus (Queen) only
[9/3/24, 10:14:40 AM] Derek Tran: The Black Friday run is on hold until Megan's team signs off the protos and I send you a written release. Derek Tran, Procurement Lead
[9/3/24, 10:31:11 AM] Kevin Liang: Noted Derek, 8pcs protos first 👌
[9/3/24, 10:32:05 AM] Kevin Liang: Protos ready around 20th
[9/5/24, 9:48:37 PM] Jordan Pike: Kevin! our BFCM forecast is 5k units, let's lock that in as the PO qty so you can plan 🙌
[9/5/24, 9:49:20 PM] Jordan Pike: and once Megan's happy with the protos just roll right into the BFCM batch, we can't lose two weeks on paperwork
[9/5/24, 9:52:01 PM] Kevin Liang: Great Jordan, we will plan the line for 5,000 pcs
[9/5/24, 9:52:30 PM] Kevin Liang: 💪💪
[9/6/24, 8:05:44 AM] Megan Alvarez: Protos will go straight to the comfort panel, I'll share feedback in this group
"""
case("p33_founder_locks_forecast_rolls_on", ["RG007", "RG008"],
     "founder makes the 5k BFCM forecast the PO quantity and says to roll into the batch once the "
     "protos are liked, against the procurement lead's written-release hold",
     [("WhatsApp Chat - Loftly x Hengrun.txt", _p33)])

# p34: Canadian retailer annual volume letter (PDF) that 'hereby orders' the forecast
_p34 = pdf([
    ("h1", "2025 Volume Letter"),
    ("p", "Maple & Pine Home Inc. | 77 Bloor St W, Toronto ON M5S 1M2 | January 8, 2025"),
    ("p", "To: Sprezyna-Pol Sp. z o.o., ul. Gorna Wilda 88, 61-576 Poznan, Poland - attn. "
          "Mr. Tomasz Kowalczyk"),
    ("p", "Subject: 'Georgian Bay' pocket coil collection - 2025 volumes"),
    ("p", "Dear Tomasz,"),
    ("p", "Thank you for a strong 2024. Below is our 2025 forecast for the Georgian Bay collection. "
          "Maple & Pine hereby orders the 2025 forecast volumes in the table below, and we ask you "
          "to reserve capacity on that basis."),
    ("table", [["Quarter", "Queen (pcs)", "King (pcs)", "Double (pcs)", "Total (pcs)"],
               ["Q1 2025", "720", "360", "240", "1,320"],
               ["Q2 2025", "960", "480", "240", "1,680"],
               ["Q3 2025", "1,080", "540", "300", "1,920"],
               ["Q4 2025", "1,440", "720", "360", "2,520"],
               ["Total", "4,200", "2,100", "1,140", "7,440"]]),
    ("p", "No quantity is released for production by this letter. Production is released only by "
          "monthly call-offs signed by Nadia Roy, Category Buyer - Bedroom."),
    ("p", "Pricing per price agreement MP-SP-2025, FCA Poznan, CAD. Labels: bilingual EN/FR, "
          "Mattresses Regulations SOR/2016-183."),
    ("p", "Kind regards,"),
    ("p", "Pierre Gagnon, VP Merchandising"),
], pagesize=LETTER, title="2025 Volume Letter", author="Maple & Pine Home")
case("p34_volume_letter_orders_forecast", ["RG008"],
     "volume letter 'hereby orders the 2025 forecast volumes' (7,440 pcs) - forecast written as an "
     "order, although production release is kept to call-offs",
     [("Maple_Pine_2025_volume_letter.pdf", _p34)])

# p35: Australian retailer launch tracker (HTML) using 'Approved' for finance, QA and production
_p35_body = """<h2>Harbour Home Furniture &middot; Launch tracker &middot; 'Bondi' hybrid mattress</h2>
<p>Shared view for: Kayseri Konfor Sunger San. A.S. &middot; Last updated 18/11/2024 by Grace Tan</p>
""" + html_table([
    ["#", "Milestone", "Qty", "Approval status", "Note"],
    ["1", "Sample PO HHF-88301", "6 pcs", "Approved", "Approved by Finance 12/08/2024"],
    ["2", "Samples - 30-night comfort trial", "6 pcs", "Approved", "Approved by QA 04/11/2024 after trial"],
    ["3", "Production - launch quantity", "1,200 pcs", "Not approved",
     "Not released. Needs a written production release from Grace Tan, Head of Sourcing, after the QA sign-off (done) and the launch budget review on 29/11/2024"],
    ["4", "Marketing assets", "-", "Approved", "Photo shoot done, approved by Brand"],
]) + """
<p>Material authority: sample-only until line 3 is released in writing.</p>
<p>Next call with Kayseri Konfor: Thursday 21/11, 5:00 pm AEDT (9:00 am TRT).</p>
"""
case("p35_launch_tracker_approved_for_everything", ["RG009"],
     "tracker uses 'Approved' for the finance approval of the PO, the QA approval of samples, "
     "marketing, and 'Not approved' for production release",
     [("Bondi_launch_tracker.html", html_page("Launch tracker - Bondi", _p35_body))])

# p36: Australian hotel group release note (PDF); 'release' = QA release, production release, payment release
_p36 = pdf([
    ("h1", "RELEASE NOTE CHR-RN-014"),
    ("p", "Coastline Hotels & Resorts Pty Ltd | 3 Surf Parade, Broadbeach QLD 4218 | 19/11/2024"),
    ("p", "To: Uludag Yatak San. ve Tic. A.S., Bursa - attn. Mehmet Yilmaz | Project: Burleigh, 212 guestrooms"),
    ("h", "1. Mock-up"),
    ("p", "The mock-up beds were released by our QA on 12/11/2024 after the inspection in room 308."),
    ("h", "2. Production"),
    ("p", "Released for production with this note: Stage 1 - 60 rooms = 120 Queen beds (mattress, "
          "base and headboard). The remaining 152 rooms (304 beds) are not released. Stage 2 is "
          "released only after lot acceptance of Stage 1 in Brisbane and a written release from "
          "Fiona Walsh, Project Director."),
    ("h", "3. Finance"),
    ("p", "The mock-up invoice UY-INV-24-0871 has been released for payment on 15/11/2024."),
    ("h", "4. Logistics"),
    ("p", "Stage 1 to ship in 3 x 40HC, CIF Brisbane, ETD no later than 20/01/2025. BS 7177 and "
          "AS 2281 certificates with the shipping documents."),
    ("p", "Fiona Walsh, Project Director, Coastline Hotels & Resorts"),
], title="CHR-RN-014", author="Coastline Hotels & Resorts")
case("p36_release_note_release_word_three_ways", ["RG009"],
     "one note uses 'released' for the QA acceptance of the mock-up, for the production release of "
     "120 beds and for payment of an invoice; scope itself is complete",
     [("CHR-RN-014_release_note.pdf", _p36)])

# p37: Dutch DTC minutes (DOCX) with an 'Approval' column mixing lab, management and production
_p37 = docx_bytes([
    ("h1", "Minutes - weekly supplier call Nachtrust / Kayseri Konfor"),
    ("p", "Date: 20 November 2024, 10:00-10:40 (Teams). Present: Sanne Bakker, Maarten Vos (Nachtrust); "
          "Burak Demir (Kayseri Konfor). Minutes: Sanne Bakker."),
    ("h", "1. Status"),
    ("table", [["Topic", "Approval", "Owner", "Remark"],
               ["Sample run cold foam 90x200 (16 pcs)", "Approved", "Lab (Eurofins)",
                "EN 597-1 / EN 597-2 passed, report 24-NL-55102"],
               ["Revised PO NR-24-0172 for first batch (400 pcs)", "Approved", "Management",
                "Budget approved in MT 18-11"],
               ["Production of the first batch (400 pcs)", "Approval expected wk 48", "Maarten Vos",
                "Not released yet"],
               ["Roll-pack film supplier change", "Open", "Burak", "New film 90 mu"]]),
    ("h", "2. What is released"),
    ("p", "Released now: nothing beyond the 16 samples already delivered. The first batch of 400 pcs "
          "is on hold until Maarten Vos (Operations Director) sends the written production release, "
          "which follows the signature of revised PO NR-24-0172."),
    ("h", "3. Other"),
    ("li", "Burak to send the updated CE/GPSR product file for the 90x200."),
    ("li", "Next call 27 November."),
], author="Nachtrust B.V.")
case("p37_minutes_approval_column", ["RG009"],
     "minutes use 'Approved/Approval' for lab test pass, management budget of the PO and the "
     "production release; release text itself is complete",
     [("Minutes_20241120_Nachtrust_Kayseri.docx", _p37)])

# p38: UK hotel AP: 'With the payment released, the production is released as well'
_p38_txt = (
    "Dear Mr. Yilmaz,\n\n"
    "We have released the payment of the 30% advance for your proforma UY-PF-2024-099 today "
    "(EUR 67,626.00, value date 12/07/2024).\n\n"
    "With the payment released, the production is released as well - please proceed with the 340 "
    "mattresses, divans and headboards for The Harrowgate York and let us know the loading date.\n\n"
    "Please quote the proforma number on the final invoice.\n\n"
    "Kind regards,\nSophie Lang\nAccounts Payable\nHarrowgate Hotels Ltd, 4 Park Square East, Leeds LS1 2NE\n"
    "ap@harrowgatehotels.co.uk | +44 113 555 0140\n"
)
_p38 = mail("Sophie Lang <ap@harrowgatehotels.co.uk>", "Mehmet Yilmaz <mehmet.yilmaz@uludagyatak.com.tr>",
            "Payment advice - proforma UY-PF-2024-099", "Fri, 12 Jul 2024 14:35:00 +0100", _p38_txt,
            cc="Alistair Greaves <alistair.greaves@harrowgatehotels.co.uk>")
case("p38_payment_released_production_released", ["RG009", "RG012"],
     "accounts payable treats the released advance payment as the production release of the 340 "
     "sets; 'released' means both payment and production",
     [("Harrowgate_UY-PF-2024-099.eml", eml_bytes(_p38))])

# p39: US hotel PO (PDF): text says twelve (12) sample toppers, size table sums to 14
_p39 = pdf([
    ("h1", "KEYSTONE SUITES - PURCHASE ORDER KS-24-6120"),
    ("p", "Keystone Suites Hospitality LLC | 1700 Lincoln St, Denver, CO 80203 | Date: 12/02/2024"),
    ("p", "Vendor: Espumas del Norte S.A. de C.V., Av. Ruiz Cortines 3200, Monterrey, N.L., Mexico"),
    ("h", "Scope"),
    ("p", "This PO covers twelve (12) sample mattress toppers, 3in gel memory foam with a quilted "
          "cover, for the brand standards review. The remaining 1,188 toppers of the 1,200-topper "
          "rollout are not released. They stay on hold until brand standards signs off the samples "
          "and Amanda Brooks, Purchasing Manager, issues a written release."),
    ("h", "Sample sizes"),
    ("table", [["Size", "Dimensions", "Qty", "Unit USD", "Ext. USD"],
               ["Twin XL", "38 x 80 x 3 in", "4", "48.00", "192.00"],
               ["Queen", "60 x 80 x 3 in", "6", "62.00", "372.00"],
               ["King", "76 x 80 x 3 in", "4", "74.00", "296.00"],
               ["", "", "", "Total", "860.00"]]),
    ("sp",),
    ("p", "Material: sample-only. Deliver DAP Denver by 01/10/2025. CertiPUR-US certificate and "
          "law labels required."),
    ("p", "Issued by: Amanda Brooks, Purchasing Manager"),
], pagesize=LETTER, title="KS-24-6120", author="Keystone Suites")
case("p39_po_text_twelve_table_fourteen", ["RG011"],
     "scope text releases twelve (12) sample toppers, the size table orders 4+6+4 = 14",
     [("KS-24-6120.pdf", _p39)])

# p40: Dutch hotel group mail says 6 boxspring sets, attached DOCX PO says 8
_p40_po = docx_bytes([
    ("h1", "Inkooporder / Purchase order GH-2024-044"),
    ("p", "Grachtenhuis Hotels B.V. | Herengracht 401, 1017 BP Amsterdam | 14-10-2024"),
    ("p", "Leverancier / Supplier: Sprezyna-Pol Sp. z o.o., Poznan"),
    ("table", [["Pos", "Omschrijving / Description", "Aantal / Qty", "Prijs EUR"],
               ["1", "Boxspring set 180x210, pocket 7-zone, topper 8 cm, velvet 'Mos' - mock-up rooms",
                "8", "1.145,00"]]),
    ("p", "Scope: only the mock-up sets on this order are released. The 96 sets for the Herengracht "
          "renovation are not released and stay on hold until the mock-up rooms have been signed "
          "off and Willemijn de Boer, Manager Inkoop, has sent a written release."),
    ("p", "Material: mock-up sets only. Levering DAP Amsterdam, week 46."),
], author="Grachtenhuis Hotels B.V.")
_p40_txt = (
    "Dear Tomasz,\n\n"
    "Please find attached PO GH-2024-044 for the mock-up rooms at the Herengracht: 6 boxspring sets "
    "180x210 in the velvet 'Mos'.\n\n"
    "Could you please confirm delivery in week 46? The rooms will be ready for the installation on "
    "Monday 11 November.\n\n"
    "Met vriendelijke groet / Kind regards,\n\n"
    "Willemijn de Boer\nManager Inkoop\nGrachtenhuis Hotels B.V.\n+31 20 555 0177\n"
)
_p40 = mail("Willemijn de Boer <w.deboer@grachtenhuishotels.nl>", "Tomasz Kowalczyk <t.kowalczyk@sprezyna-pol.pl>",
            "PO GH-2024-044 boxspring mock-up rooms", "Mon, 14 Oct 2024 16:48:00 +0200", _p40_txt,
            attachments=[("GH-2024-044.docx", _p40_po, DOCX_MT)])
case("p40_mail_6_sets_po_8_sets", ["RG011"],
     "cover mail authorizes 6 mock-up boxspring sets, the attached PO 8; scope otherwise complete",
     [("PO_GH-2024-044_boxspring_mock-up.eml", eml_bytes(_p40))])

# p41: UK brand: ERP release printout (TXT) 300 pcs vs release letter (PDF) 320 pcs
_p41_txt = """PENNINE SLEEP COMPANY LTD            PRODUCTION RELEASE                 Sage 200 / POP
Dean Clough Mills, Halifax HX3 5AX                                        Printed 14/10/2024

Release no.  : REL-3391-01          Against PO : PS-3391
Supplier     : SPRE01  Sprezyna-Pol Sp. z o.o., Poznan
Product      : PH-DBL  Pennine Hybrid Double (4ft6), launch spec v3

Line  Item     Description                               Rel. qty   Req. date    Status
----  -------  ----------------------------------------  ---------  -----------  --------
 1    PH-DBL   Pennine Hybrid Double - release 1               300   11/11/2024   RELEASED

Balance     : ON HOLD - remaining launch quantity not released. Next release only after
              lot acceptance of release 1 at Halifax and a written release from
              Gemma Price, Purchasing Manager.
Material    : release 1 only.
Authorised  : G. PRICE
"""
_p41_pdf = pdf([
    ("h1", "Pennine Sleep Company Ltd"),
    ("p", "Dean Clough Mills, Halifax HX3 5AX | 14 October 2024"),
    ("p", "Sprezyna-Pol Sp. z o.o., ul. Gorna Wilda 88, 61-576 Poznan - attn. Tomasz Kowalczyk"),
    ("h", "First production release - PO PS-3391"),
    ("p", "Dear Tomasz,"),
    ("p", "Following the prototype sign-off on 7 October, we release the first production lot: "
          "320 Pennine Hybrid Double mattresses to launch spec v3, for delivery to Halifax by "
          "11 November."),
    ("p", "The rest of the launch quantity is not released. The next release follows only after "
          "lot acceptance of this first lot at Halifax and a further written release from me."),
    ("p", "Material: for this first lot only."),
    ("p", "Kind regards,"),
    ("p", "Gemma Price, Purchasing Manager"),
], title="First production release PS-3391", author="Pennine Sleep")
case("p41_release_printout_300_letter_320", ["RG011"],
     "ERP release printout releases 300, the release letter for the same PO 320",
     [("REL-3391-01.txt", _p41_txt), ("PS-3391_first_production_release.pdf", _p41_pdf)])

# p42: Dutch retailer supplier portal call-off page: released qty 150, note says 1 container = 180
_p42_body = """<div style="background:#6b2c91;color:#fff;padding:8px"><b>Slaapwereld</b> leveranciersportaal / supplier portal</div>
<h2>Afroep / Call-off 3 &middot; raamcontract RC-2024-07</h2>
""" + html_table([
    ["Veld / Field", "Waarde / Value"],
    ["Leverancier / Supplier", "Kayseri Konfor Sunger San. A.S."],
    ["Artikel / Item", "SW-KS-140  Koudschuim matras 140x200x18, HR 40/35, rolverpakt"],
    ["Vrijgegeven aantal / Released qty", "150 st"],
    ["Leverweek / Delivery week", "wk 6-2025, DAP DC Nieuwegein"],
    ["Status", "Vrijgegeven / Released"],
]) + """
<div class="note">Opmerking inkoper / buyer note: release 1 container = 180 pcs as agreed on the phone with Burak, roll-packed, 2 high per pallet.</div>
<p>Niet vrijgegeven / not released: the rest of the contract quantity stays on hold until the next call-off,
which is issued only by Sanne Bakker (inkoper) after the goods receipt of call-off 3 has been approved by QC.</p>
<p>Materiaal / material: for this call-off only.</p>
<p style="font-size:11px;color:#666">Gewijzigd / changed: 09-01-2025 15:12 door S. Bakker</p>
"""
case("p42_portal_calloff_150_note_180", ["RG011"],
     "call-off page releases 150 pcs, the buyer note on the same page says 1 container = 180 pcs",
     [("afroep_3_RC-2024-07.html", html_page("Afroep 3 - Slaapwereld leveranciersportaal", _p42_body, lang="nl"))])

# p43: US DTC founder: deposit has gone out, so kick off the 1,600 run
_p43_q = (
    "Hi Alejandro,\n\n"
    "PO SM-0042 attached: eight (8) prototype mattresses, 'Lowcountry' 12in hybrid, Queen.\n\n"
    "The 1,600-unit first run is not released. It stays on hold until the protos pass 16 CFR 1633 "
    "and our sleep trial and I send you a written release.\n\n"
    "Material for the 8 protos only, please.\n\n"
    "Best,\nHannah Cole\nHead of Operations, Saltmarsh Sleep Co., Charleston SC\n"
)
_p43_txt = (
    "Alejandro - deposit on your pro forma EDN-PF-1187 went out this morning (wire confirmation "
    "below), so you're all set to kick off the 1,600 run! Can't wait to see these on the truck.\n\n"
    "Wire ref: FED-20250212-44817, USD 57,600.00, beneficiary Espumas del Norte S.A. de C.V.\n\n"
    "Will\n\n"
    "Will Harper | Founder | Saltmarsh Sleep Co.\n\n"
    "---------- Forwarded message ---------\n"
    "From: Hannah Cole <hannah@saltmarshsleep.com>\nDate: Mon, Jan 6, 2025 at 10:02 AM\n"
    "Subject: PO SM-0042 prototypes\nTo: Alejandro Garza <agarza@espumasdelnorte.mx>\n\n"
    + _p43_q
)
_p43 = mail("Will Harper <will@saltmarshsleep.com>", "Alejandro Garza <agarza@espumasdelnorte.mx>",
            "Fwd: PO SM-0042 prototypes", "Wed, 12 Feb 2025 09:20:00 -0500", _p43_txt,
            cc="Hannah Cole <hannah@saltmarshsleep.com>")
case("p43_deposit_out_kick_off_run", ["RG012"],
     "founder tells supplier that because the deposit went out they can kick off the 1,600 run, "
     "although the forwarded PO holds it for the test and Hannah's written release",
     [("Fwd_PO_SM-0042_prototypes.eml", eml_bytes(_p43))])

# p44: Mexican bed maker: PO accepted in our ERP, so the full 600 scheduled and lumber ordered
_p44_q = (
    "Hola Jorge,\n\n"
    "PO 4500023105 attached: 3 sample beds, Aspen solid pine platform bed, Queen.\n\n"
    "The 600 production beds are not released. They stay on hold until the samples pass our line "
    "review and Pierre Gagnon, VP Merchandising, issues a written release.\n\n"
    "Material authority: sample-only.\n\n"
    "Thanks,\nNadia Roy\nCategory Buyer - Bedroom, Maple & Pine Home\n"
)
_p44_txt = (
    "Dear Nadia,\n\n"
    "We confirm that PO 4500023105 is accepted and entered in our system, thank you.\n\n"
    "Since the PO is accepted, our planning has scheduled the full 600 beds for November and we "
    "have ordered the pine lumber for all 600 from our sawmill in Durango, kiln dried to 8-10%.\n\n"
    "The 3 samples will be ready on 30 September.\n\n"
    "Saludos cordiales,\nJorge Ramirez\nGerente de Exportaciones\nMuebles Tapatios S.A. de C.V.\n"
    "Periferico Sur 7800, Tlaquepaque, Jal. | +52 33 5555 0144\n\n"
    "El 16/09/2024, Nadia Roy <nadia.roy@mapleandpinehome.ca> escribio:\n"
    + quote(_p44_q)
)
_p44 = mail("Jorge Ramirez <jramirez@mueblestapatios.mx>", "Nadia Roy <nadia.roy@mapleandpinehome.ca>",
            "RE: PO 4500023105 Aspen samples", "Wed, 18 Sep 2024 11:30:00 -0600", _p44_txt,
            in_reply_to="<mph-4500023105@mapleandpinehome.ca>")
case("p44_po_accepted_full_qty_scheduled", ["RG006", "RG012"],
     "supplier treats acceptance of the sample PO as authority to schedule all 600 beds and buys "
     "lumber for 600 against a sample-only material authority",
     [("RE_PO_4500023105_Aspen_samples.eml", eml_bytes(_p44))])

# p45: Canadian hotel group: proforma (PDF) + buyer mail: L/C opened, so start cutting the 460
_p45_pi = pdf([
    ("h1", "PROFORMA INVOICE BDB-PI-2410-07"),
    ("p", "Binh Duong Bedding JSC | Lot C-7, My Phuoc 3 IP, Ben Cat, Binh Duong, Vietnam"),
    ("table", [["Buyer", "Pacific Crest Hotels Ltd, 1088 W Georgia St, Vancouver BC V6E 3H3"],
               ["Date", "2024-10-21"], ["Terms", "FOB Cat Lai, payment by irrevocable L/C at sight"]]),
    ("sp",),
    ("table", [["No.", "Description", "Qty", "Unit USD", "Amount USD"],
               ["1", "Queen mattress 'Crest Luxe' 12in, pocket coil, pillow top", "460", "210.00", "96,600.00"],
               ["2", "Queen foundation 9in, knock-down", "460", "88.00", "40,480.00"],
               ["", "", "", "Total", "137,080.00"]]),
    ("sp",),
    ("p", "Lead time: 45 days. Mattresses Regulations SOR/2016-183 compliant, bilingual law labels."),
    ("p", "Bank: Vietcombank, Binh Duong branch, SWIFT BFTVVNVX, A/C 0281 000 455 671."),
], title="BDB-PI-2410-07", author="Binh Duong Bedding JSC")
_p45_txt = (
    "Hi Duc,\n\n"
    "Good news - the L/C for your proforma BDB-PI-2410-07 has been opened by HSBC Vancouver this "
    "morning, LC no. HSBC-VAN-LC-24-3318, USD 137,080.00. Your bank should receive the advice "
    "within 2 days.\n\n"
    "With the L/C in place you can start cutting the 460 mattresses and foundations for the "
    "Pacific Crest Whistler rooms.\n\n"
    "Please send the production schedule and the inspection booking date.\n\n"
    "Best regards,\nMei Ling Wong\nProcurement Manager\nPacific Crest Hotels Ltd\n+1 604 555 0129\n"
)
_p45 = mail("Mei Ling Wong <meiling.wong@pacificcresthotels.ca>", "Tran Minh Duc <duc@binhduongbedding.vn>",
            "L/C opened - BDB-PI-2410-07", "Tue, 29 Oct 2024 09:44:00 -0700", _p45_txt)
case("p45_lc_opened_start_cutting", ["RG012"],
     "buyer makes the opening of the L/C the trigger to start cutting the 460 sets",
     [("BDB-PI-2410-07_proforma.pdf", _p45_pi), ("LC_opened_BDB-PI-2410-07.eml", eml_bytes(_p45))])

# ----------------------------------------------------------------- batch 4 (clean)
# c01: Chinese foam factory quotation with sample and bulk tiers, no authorization anywhere
_c01 = pdf([
    ("h1", "QUOTATION"),
    ("p", "Zhejiang Huamei Foam Co., Ltd. | No. 66 Xingye Road, Yuhang District, Hangzhou | "
          "Tel +86 571 8655 2301"),
    ("table", [["Quotation No.", "HM-Q-2411-052"], ["Date", "2024-11-06"],
               ["Customer", "Dreamhaven Mattress Co., Vancouver BC - Ms. Priya Sandhu"],
               ["Item", "DH-FC-12 hybrid base core, HR foam 40D, ILD 32, 203 x 152 x 18 cm (Queen)"]]),
    ("sp",),
    ("table", [["Tier", "Quantity", "Unit price USD (FOB Ningbo)", "Lead time"],
               ["Sample", "4 pcs", "78.00", "10 days"],
               ["MOQ", "500 pcs", "31.40", "25 days"],
               ["1 x 40HQ", "1,100 pcs", "29.80", "30 days"],
               ["2 x 40HQ", "2,200 pcs", "28.90", "35 days"]]),
    ("sp",),
    ("p", "Lead time counts from the date of your written order for that quantity."),
    ("p", "Payment: 30% T/T in advance, 70% before shipment. Price valid 30 days; TDI/polyol "
          "surcharge may apply after 31 Dec 2024."),
    ("p", "Certificates: CertiPUR-US (cert. no. 2024-HM-0117), OEKO-TEX Standard 100 class II."),
    ("p", "Packing: compressed and roll-packed, 45 x 45 x 110 cm carton."),
    ("p", "Lily Chen, Sales Manager"),
], title="HM-Q-2411-052", author="Zhejiang Huamei Foam")
case("c01_supplier_quote_tiers_only", [],
     "supplier quotation with sample/MOQ/container tiers; no authorized quantity in the bundle",
     [("HM-Q-2411-052_quotation.pdf", _c01)])

# c02: WhatsApp, Mexican steel frame maker asks for a go-ahead; buyer answers with a complete scope
_c02 = """11/18/24, 3:12 PM - Carlos Mendoza: Lauren buenas tardes! The 5 sample frames passed our internal load test, 300 kg static 👍
11/18/24, 3:12 PM - Carlos Mendoza: <Media omitted>
11/18/24, 3:13 PM - Carlos Mendoza: Do we have the go-ahead for the 900?
11/18/24, 4:40 PM - Lauren Hughes: Hi Carlos, great result! Not yet though. Only the 5 samples are released - please ship them to Denver this week
11/18/24, 4:41 PM - Lauren Hughes: The 900 stay on hold until our lab drop/load test passes here and I send you a written release. Lauren Hughes, Sourcing Lead, Thrive Home
11/18/24, 4:41 PM - Lauren Hughes: and no steel for the 900 until then please
11/18/24, 4:58 PM - Carlos Mendoza: Ok understood 👌 we wait for your written release, no material for the 900 until then
11/18/24, 4:59 PM - Carlos Mendoza: Samples go out Thursday with Estafeta, I send you the guide number
"""
case("c02_whatsapp_goahead_question_answered", [],
     "supplier's go-ahead question for the 900 answered with 5 released, 900 held, lab test + "
     "Lauren's written release, no material",
     [("WhatsApp Chat with Carlos Mendoza - Thrive samples.txt", _c02)])

# c03: Canadian retailer labelled forecast (HTML)
_c03_body = """<h2>Maple &amp; Pine Home &middot; Supplier forecast &middot; Bedding accessories</h2>
<p>Supplier: Nantong Silverdown Home Textile Co., Ltd. &middot; Issued 2025-01-15 by Nadia Roy, Category Buyer</p>
<p class="note"><b>FORECAST - for planning only.</b> This is not a purchase order and not a commitment. Nothing in
this forecast releases production or material. Quantities are released only by purchase orders with
production lines.</p>
""" + html_table([
    ["SKU", "Description", "Q2 2025", "Q3 2025", "Q4 2025"],
    ["7100231", "Down-alternative pillow, Queen, medium", "2,400", "2,400", "4,800"],
    ["7100232", "Down-alternative pillow, King, medium", "1,200", "1,200", "2,400"],
    ["7100240", "Cotton mattress protector, Queen, waterproof", "1,800", "1,800", "3,600"],
    ["7100315", "Gel memory foam topper 2in, Queen", "600", "600", "1,500"],
]) + """
<p>Forecast accuracy last 4 quarters: 87%. Please send capacity comments by 2025-01-31.</p>
"""
case("c03_labelled_forecast_not_an_order", [],
     "forecast explicitly labelled planning-only, not an order or commitment, releases nothing",
     [("MPH_forecast_bedding_2025Q2-Q4.html", html_page("Maple & Pine supplier forecast", _c03_body))])

# c04: scoped sample approval in a quoted thread (multipart/alternative)
_c04_q = (
    "Dear Tom,\n\n"
    "The 6 sample toppers arrived with you on Monday according to DHL. Please kindly advise your "
    "comments on the samples.\n\n"
    "Best regards,\nLily Zhao\nMerchandiser, Dongguan Yimian Foam Technology Co., Ltd.\n"
)
_c04_txt = (
    "Hi Lily,\n\n"
    "Thanks for your patience - we had the comfort panel over the weekend.\n\n"
    "Sample sign-off: the 6 sample toppers are approved for comfort, density and dimensions only. "
    "This is a sample sign-off. Production of the 1,500 toppers is not released by this email.\n\n"
    "The production release will come separately, in writing from me, once the OEKO-TEX "
    "certificate for the new bamboo cover has been issued. Until then please keep material to the "
    "samples only.\n\n"
    "Two small comments for production: zip puller in silver (Pantone 877C) as on sample 3, and the "
    "care label moved to the foot end.\n\n"
    "Best,\nTom\n"
    + sig("Tom Baxter", "Head of Sourcing", "Cloud & Co Sleep Ltd, Manchester", "+44 161 555 0190")
    + "\nOn Tue, 12 Nov 2024 at 03:40, Lily Zhao <lily.zhao@yimianfoam.com> wrote:\n"
    + quote(_c04_q)
)
_c04 = mail("Tom Baxter <tom.baxter@cloudandco.co.uk>", "Lily Zhao <lily.zhao@yimianfoam.com>",
            "Re: CC-2024-091 sample toppers - comments", "Wed, 13 Nov 2024 10:12:00 +0000", _c04_txt,
            html=para_html(_c04_txt), cc="Poppy Marsh <poppy@cloudandco.co.uk>",
            in_reply_to="<ym-1112@yimianfoam.com>")
case("c04_sample_signoff_scoped", [],
     "samples approved for comfort/density/dimensions only; 1,500 not released; release by Tom "
     "Baxter in writing after the OEKO-TEX certificate",
     [("Re_CC-2024-091_sample_toppers_comments.eml", eml_bytes(_c04))])

# c05: full-quantity replenishment PO (PDF) for 640 pillows; 'proceed with the 640'; deposit terms
_c05 = pdf([
    ("h1", "Harrowgate Hotels Ltd - Purchase Order"),
    ("p", "Group Procurement, 4 Park Square East, Leeds LS1 2NE, United Kingdom"),
    ("table", [["PO No.", "Date", "Supplier", "Delivery"],
               ["HH-PO-19206", "07/01/2025", "Nantong Silverdown Home Textile Co., Ltd., Nantong, Jiangsu",
                "FOB Shanghai, our forwarder Kuehne+Nagel"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
               ["1", "HH-PIL-5075", "Hotel pillow 50x75, microfibre 1000 g, white percale 233TC, "
                "piped - repeat of HH-PO-17741", "640", "4.35", "2,784.00"],
               ["", "", "", "", "Total", "2,784.00"]]),
    ("sp",),
    ("p", "Replenishment order. This is a firm order for the full quantity shown; no further "
          "balance or call-off follows under this PO. Please proceed with the 640 pillows on receipt "
          "of this PO, to the approved spec of HH-PO-17741 without change."),
    ("p", "Payment: 30% deposit, 70% against copy B/L. Ship in 16 cartons of 40, cartons marked "
          "HH-PO-19206. Required ex works by 14/02/2025."),
    ("p", "Authorised: Alistair Greaves, Group Procurement Manager"),
], title="HH-PO-19206", author="Harrowgate Hotels Ltd")
case("c05_full_qty_replenishment_proceed", [],
     "firm full-quantity replenishment PO ('proceed with the 640'), no balance; deposit only in "
     "payment terms",
     [("HH-PO-19206.pdf", _c05)])

# c06: explicit recorded auto-conversion agreement (DOCX)
_c06 = docx_bytes([
    ("h1", "Recorded agreement - auto-conversion on sample sign-off"),
    ("p", "Parties: Juniper & Oak Sleep, Inc. (Brooklyn, NY) and Binh Duong Latex JSC (Binh Duong, Vietnam)"),
    ("p", "Order: JO-PO-2291, Dunlop latex pillow, contour, organic cotton cover. Recorded: "
          "September 2, 2024, before the samples are reviewed."),
    ("h", "1. Released today"),
    ("p", "10 sample pillows. Nothing else is released by the PO."),
    ("h", "2. Auto-conversion (explicit)"),
    ("p", "If Rachel Stein, Director of Supply Chain, records an approved sample sign-off on the 10 "
          "samples with all three conditions met - ILD 10 to 14, odour test pass, valid GOLS "
          "certificate - then 400 pillows of the quoted 2,000 are released automatically on the "
          "date of that sign-off, with no further document. An interim or rejected sign-off "
          "releases nothing."),
    ("h", "3. Balance"),
    ("p", "The remaining 1,600 pillows stay on hold. They are released only by a written release "
          "from Rachel Stein after lot acceptance of the 400 in Brooklyn."),
    ("h", "4. Material authority"),
    ("p", "Sample-only until the sign-off; staged for 400 pillows from the date of an approved "
          "sign-off."),
    ("table", [["For Juniper & Oak Sleep, Inc.", "For Binh Duong Latex JSC"],
               ["Rachel Stein, Director of Supply Chain", "Nguyen Thi Lan, Sales Director"],
               ["2024-09-02", "2024-09-02"]]),
], author="Juniper & Oak Sleep")
case("c06_explicit_auto_conversion_recorded", [],
     "explicit recorded auto-conversion naming quantity (400), signer (Rachel Stein) and "
     "conditions; balance held for her written release; staged material stated",
     [("JO-PO-2291_agreement.docx", _c06)])

# c07: Turkish proforma for a capacity deposit that says it does not release production
_c07 = pdf([
    ("h1", "PROFORMA INVOICE UY-PF-2024-131"),
    ("p", "Uludag Yatak San. ve Tic. A.S. | Nilufer OSB, 16140 Bursa, Turkiye | VAT 892 041 5573"),
    ("table", [["Customer", "Albion Lodge Hotels Ltd, 21 Queen Square, Bristol BS1 4ND, UK"],
               ["Date", "26.08.2024"], ["Subject", "Capacity reservation - Albion Lodge Cheltenham"]]),
    ("sp",),
    ("table", [["Description", "Amount EUR"],
               ["Deposit to reserve production capacity, weeks 44-47 (126 bed sets)", "12.600,00"],
               ["Total", "12.600,00"]]),
    ("sp",),
    ("p", "IMPORTANT: This deposit reserves line capacity only. It does not release production and "
          "it does not authorize us to buy material. Production of the bed sets starts only after "
          "your written production release signed by Mr. Daniel Hughes, Head of Procurement, which "
          "follows your mock-up room sign-off. If no release is received by week 42 the deposit is "
          "credited against the next order."),
    ("p", "Bank: Is Bankasi, Bursa Nilufer branch, IBAN TR33 0006 4000 0011 2345 6789 01, SWIFT ISBKTRIS."),
    ("p", "Elif Kaya, Export Department"),
], title="UY-PF-2024-131", author="Uludag Yatak")
case("c07_deposit_does_not_release_production", [],
     "supplier proforma: capacity deposit explicitly does not release production or material; "
     "release by Daniel Hughes after mock-up sign-off",
     [("UY-PF-2024-131_proforma.pdf", _c07)])

# c08: Dutch call-off with an explicit staged material authority above the released quantity
_c08_txt = (
    "Dear Tomasz,\n\n"
    "Herewith call-off 2 under framework contract RC-2024-03 (pocket mattress 'Zeeland').\n\n"
    "Released for production: 120 pcs - 60x 160x200 and 60x 180x200, delivery week 12.\n\n"
    "Material authority (staged): you may buy pocket springs, ticking and foam for up to 480 pcs "
    "at Slaapwereld's liability. This covers call-offs 2 to 4 so you can use the better spring "
    "price. It is material only; it does not release production beyond the 120.\n\n"
    "The remaining 360 pcs of the contract are not released. They are released only by a next "
    "call-off signed by me, after goods receipt of call-off 2 in Nieuwegein.\n\n"
    "Met vriendelijke groet,\n\nSanne Bakker\nInkoper Matrassen\nSlaapwereld B.V. | Kanaalweg 14, "
    "3526 KM Utrecht | +31 30 555 0131\n"
)
_c08 = mail("Sanne Bakker <s.bakker@slaapwereld.nl>", "Tomasz Kowalczyk <t.kowalczyk@sprezyna-pol.pl>",
            "Afroep 2 / call-off 2 RC-2024-03 Zeeland", "Tue, 21 Jan 2025 13:05:00 +0100", _c08_txt,
            html=para_html(_c08_txt))
case("c08_calloff_staged_material_authority", [],
     "call-off releases 120 with explicit staged material authority up to 480 at buyer liability; "
     "balance 360 held for next call-off signed by Sanne Bakker",
     [("Afroep_2_call-off_2_RC-2024-03.eml", eml_bytes(_c08))])

# c09: supplier assumes auto-conversion (quoted), buyer corrects it in the reply
_c09_q = (
    "Dear Derek,\n\n"
    "Protos of the Cloudline Plus are finished and packed, DHL pick up tomorrow.\n\n"
    "After your comfort panel approve the protos, we will start the mass production of the "
    "1,200 pcs directly so we can keep the August loading.\n\n"
    "Best regards,\nAmy Zhou\nFoshan Hengrun Spring Mattress Co., Ltd.\n"
)
_c09_txt = (
    "Hi Amy,\n\n"
    "Thanks - good to hear the protos are on their way.\n\n"
    "One important correction, please: approval of the protos does not start anything. PO "
    "LS-24-0688 releases the 8 protos only. The 1,200 pcs stay on hold until Megan's comfort panel "
    "has signed off the protos AND I have sent you a written release with the quantity. Please "
    "don't schedule the mass production or buy material for it before you have that release "
    "from me.\n\n"
    "If the August loading gets tight we will talk about it - but in writing, not by default.\n\n"
    "Thanks,\nDerek\n"
    + sig("Derek Tran", "Procurement Lead", "Loftly Sleep Inc.", "+1 512 555 0147")
    + "\nOn Thu, Jul 11, 2024 at 5:02 AM Amy Zhou <amy.zhou@hengrun-mattress.cn> wrote:\n"
    + quote(_c09_q)
)
_c09 = mail("Derek Tran <derek.tran@loftlysleep.com>", "Amy Zhou <amy.zhou@hengrun-mattress.cn>",
            "Re: Cloudline Plus protos", "Thu, 11 Jul 2024 09:30:00 -0500", _c09_txt,
            in_reply_to="<hr-0711@hengrun-mattress.cn>")
case("c09_buyer_corrects_supplier_auto_conversion", [],
     "quoted supplier assumption that proto approval starts the 1,200 is corrected by the buyer: 8 "
     "released, 1,200 held for sign-off + Derek's written release",
     [("Re_Cloudline_Plus_protos.eml", eml_bytes(_c09))])

# c10: supplier acknowledgement restating the hold (mail + PDF acknowledgement)
_c10_ack = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-BDB-24-0388"),
    ("p", "Binh Duong Bedding JSC | Lot C-7, My Phuoc 3 IP, Ben Cat, Binh Duong, Vietnam"),
    ("table", [["Customer", "Southern Reef Resorts Pty Ltd, Brisbane"], ["Customer PO", "SRR-PO-3402"],
               ["Project", "Port Douglas - mock-up room 204"], ["Date", "04/11/2024"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty acknowledged"],
               ["1", "Reef Deluxe 1200 Queen mattress - mock-up", "4"],
               ["2", "Queen ensemble base, charcoal - mock-up", "4"]]),
    ("sp",),
    ("p", "Scope as written in your PO: only these 4 mock-up beds are released. The 296 beds for "
          "Port Douglas are on hold and will be released only by a written release from "
          "Mr. Liam O'Connor, Group Procurement Manager, after the mock-up room sign-off by your "
          "Project Director. We will buy material for the 4 mock-up beds only."),
    ("p", "Ex-factory: 29/11/2024. Tran Thi Mai, Sales Admin."),
], title="OA-BDB-24-0388", author="Binh Duong Bedding JSC")
_c10_txt = (
    "Dear Liam,\n\n"
    "Thank you for PO SRR-PO-3402. Please find our order acknowledgement OA-BDB-24-0388 attached.\n\n"
    "We confirm the 4 mock-up beds (4 mattresses, 4 bases) and we note that the 296 beds for Port "
    "Douglas are on hold until your written release after the mock-up room sign-off.\n\n"
    "Could you please send the delivery address for the mock-up (site or Brisbane warehouse)?\n\n"
    "Best regards,\nTran Thi Mai\nSales Admin, Binh Duong Bedding JSC\n+84 274 555 0161\n"
)
_c10 = mail("Tran Thi Mai <mai.tran@binhduongbedding.vn>", "Liam O'Connor <liam.oconnor@southernreef.com.au>",
            "Order acknowledgement SRR-PO-3402", "Mon, 04 Nov 2024 16:20:00 +0700", _c10_txt,
            attachments=[("OA-BDB-24-0388.pdf", _c10_ack, PDF_MT)])
case("c10_supplier_ack_restates_hold", [],
     "supplier acknowledgement restates 4 mock-up beds released, 296 held for Liam O'Connor's "
     "written release after sign-off, material for 4 only",
     [("Order_acknowledgement_SRR-PO-3402.eml", eml_bytes(_c10))])

# c11: PO (PDF) full of identifiers that look like quantities; complete scope
_c11 = pdf([
    ("h1", "NORTHWAY SLEEP CO. - PURCHASE ORDER NW-24-1000"),
    ("p", "310 N 1st Ave, Minneapolis, MN 55401 | Date: 10/14/2024 | Vendor: Foshan Hengrun Spring "
          "Mattress Co., Ltd."),
    ("table", [["Line", "Part no.", "Description", "Qty", "Unit USD"],
               ["1", "NW-HYB-1633-Q", "Northway Hybrid 13in Queen, spring unit Model 5000 (1,024 "
                "coils), drawing NW-DWG-2400 Rev 20, cover 400 gsm - PROTOTYPE", "6", "298.00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO releases 6 prototypes only, for the 16 CFR 1633 prototype test and our "
          "100-night trial panel. The production quantity in quote HR-Q-24311 (1,800 pcs, one "
          "40HQ) is not released. It is released only after the 16 CFR 1633 prototype test has "
          "passed, by a written release from Rachel Okafor, Supply Chain Manager."),
    ("p", "Material authority: prototype quantity only."),
    ("h", "Quality"),
    ("p", "Supplier QMS to ISO 9001:2015. Foams CertiPUR-US (cert. 1200-0555). Label per 16 CFR 1632 "
          "and 1633; tracking label with PO NW-24-1000 and line 1. Tape edge 2500 series."),
    ("p", "Issued by: Rachel Okafor, Supply Chain Manager"),
], pagesize=LETTER, title="NW-24-1000", author="Northway Sleep Co.")
case("c11_po_identifiers_look_like_quantities", [],
     "prototype PO with quantity-looking identifiers (NW-24-1000, Model 5000, Rev 20, 1632/1633, "
     "ISO 9001:2015); 6 released, 1,800 held for test + Rachel Okafor",
     [("NW-24-1000.pdf", _c11)])

# c12: UK hotel mock-up PO (DOCX) + Vietnamese quote (HTML) whose project quantity is declared informational
_c12_po = docx_bytes([
    ("h1", "Albion Lodge Hotels - Purchase Order ALH-25-0102"),
    ("p", "Albion Lodge Hotels Ltd, 21 Queen Square, Bristol BS1 4ND | 9 January 2025"),
    ("p", "Supplier: Saigon Hospitality Furniture Co., Ltd., VSIP II, Binh Duong, Vietnam"),
    ("p", "Project: Albion Lodge Cheltenham - mock-up room 12"),
    ("table", [["Line", "Description", "Qty", "Unit GBP"],
               ["1", "Bed set, Super King: mattress 180x200 + split divan + headboard 'Regency' - mock-up", "1", "1,240.00"],
               ["2", "Bed set, twin: 2 x mattress 90x200 + 2 x divan, zip-and-link - mock-up", "1", "1,395.00"]]),
    ("p", "Only the 2 mock-up bed sets on this PO are released. The 126 bed sets for Albion Lodge "
          "Cheltenham shown in the enclosed quotation are for information only and are not "
          "released. They will be released only by a written release from Daniel Hughes, Head of "
          "Procurement, after our brand team has signed off the mock-up room."),
    ("p", "Material: mock-up sets only. Fire: BS 7177 Crib 5 (medium hazard)."),
    ("p", "Daniel Hughes, Head of Procurement"),
], author="Albion Lodge Hotels Ltd")
_c12_q_body = """<h2>Saigon Hospitality Furniture Co., Ltd. &middot; Quotation SHF-Q-2412-77</h2>
<p>To: Albion Lodge Hotels Ltd, Mr. Daniel Hughes &middot; Date: 18/12/2024 &middot; Validity: 60 days &middot; FOB Cat Lai</p>
""" + html_table([
    ["No.", "Description", "Qty", "Unit GBP"],
    ["1", "Mock-up bed set, Super King", "1", "1,240.00"],
    ["2", "Mock-up bed set, twin (zip-and-link)", "1", "1,395.00"],
    ["3", "Project bed set, Super King", "84", "905.00"],
    ["4", "Project bed set, twin (zip-and-link)", "42", "1,010.00"],
]) + """
<p>Lead time: mock-up 4 weeks; project 10 weeks. Fabric: customer nominated, COM.</p>
<p>Pham Quoc Huy, Project Manager</p>
"""
case("c12_mockup_po_docx_plus_quote_html", [],
     "mock-up PO (2 sets) declares the quote's 126 project sets informational and not released; "
     "release by Daniel Hughes after sign-off",
     [("ALH-25-0102.docx", _c12_po),
      ("SHF-Q-2412-77_quotation.html", html_page("Quotation SHF-Q-2412-77", _c12_q_body))])

# c13: ERP call-off printout (TXT) with a labelled non-binding forecast
_c13 = """NORTHWAY SLEEP CO.                                          CALL-OFF / SCHEDULE RELEASE
310 N 1st Ave, Minneapolis MN 55401                          Call-off no : NW-BDL-2024-CO4
Agreement   : Supply Agreement NW-BDL-2024                   Date        : 02/03/2025
Supplier    : V0417 BINH DUONG LATEX JSC, Tan Uyen, Binh Duong, VN
Item        : NW-LTX-3-Z7  Dunlop latex comfort layer 3in, 7-zone

RELEASED FOR PRODUCTION (this call-off)
  Size    Qty (pcs)   Ship week
  ------  ---------   ---------
  Queen         600   2025-W16
  King          400   2025-W16
  ------  ---------
  Total       1,000

FORECAST - NON-BINDING, FOR PLANNING ONLY (not released, no material authority)
  Call-off 5 (approx.)   1,200 pcs   2025-W22
  Call-off 6 (approx.)   1,500 pcs   2025-W28

BALANCE       : Not released. The next call-off is issued only after lot acceptance
                of call-off 4 in Minneapolis; call-offs are signed by Rachel Okafor,
                Supply Chain Manager.
MATERIAL AUTH.: call-off 4 quantity only (1,000 pcs).

Signed: R. OKAFOR                                        Page 1 of 1   SAP S/4 ME9E
"""
case("c13_erp_calloff_with_labelled_forecast", [],
     "call-off releases 1,000; later figures explicitly non-binding forecast; next call-off after "
     "lot acceptance, signed by Rachel Okafor",
     [("NW-BDL-2024-CO4_calloff.txt", _c13)])

# ----------------------------------------------------------------- batch 5 (clean)
# c14: WeChat, UK bedding brand and duvet factory; buyer gives a clear scope
_c14 = """WeChat chat history - Jason Wu (Silverdown Home Textile)
Exported by: Oliver Grant   Export date: 2025-03-04

2025-02-17 09:30:12  Oliver Grant
Morning Jason! We'd like 10 sample duvets please: 5 King, 5 Double, 10.5 tog, microfibre fill, cotton cover 300TC

2025-02-17 09:31:40  Oliver Grant
Only the 10 samples are released. The 2,000 duvets for autumn stay on hold until Sarah Mitchell (Head of Product) signs off the samples and sends you a written release. Please buy fabric and fill for the 10 only. - Oliver Grant, Product Developer, Hollins & Bay

2025-02-17 10:02:55  Jason Wu
Well noted Oliver, 10pcs samples only, fabric for samples only 👌

2025-02-26 15:45:20  Jason Wu
Samples ready, photos below. DHL tomorrow

2025-02-26 15:45:31  Jason Wu
[Image]

2025-02-26 18:10:07  Oliver Grant
Thanks Jason, lovely. Sign-off is Sarah's call - she reviews them on Thursday. Nothing else to start until you hear from her in writing 🙂

2025-02-26 18:12:40  Jason Wu
Ok 👍
"""
case("c14_wechat_duvets_clear_scope", [],
     "10 sample duvets released, 2,000 held, Sarah Mitchell's sign-off + written release, "
     "material for the 10 only",
     [("wechat_oliver_grant_silverdown.txt", _c14)])

# c15: Australian retailer portal page with a complete scope and a scoped buyer message
_c15_body = """<div style="background:#0b3d5c;color:#fff;padding:8px"><b>Harbour Home Furniture</b> &middot; Vendor Hub</div>
<h2>Order HHF-88455 &middot; Meble Wielkopolska Sp. z o.o.</h2>
<p>Order date 14/10/2024 &middot; Currency EUR &middot; Incoterms FOB Gdynia &middot; Buyer Grace Tan</p>
""" + html_table([
    ["Line", "Item", "Description", "Qty", "Status"],
    ["1", "COO-K-LIN-S", "Coogee upholstered bed, King, linen sand - SAMPLE", "2", "Released"],
    ["2", "COO-K-LIN", "Coogee upholstered bed, King, linen sand - PRODUCTION", "360", "ON HOLD - not released"],
]) + """
<div class="note"><b>Release conditions, line 2:</b> sample sign-off by Harbour Home QA in Sydney, then a written
release from Grace Tan, Head of Sourcing. Material authority: sample-only (line 1).</div>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>18/11/2024 15:02</td><td>Piotr Wisniewski (Meble Wielkopolska)</td><td>Samples finished, photos uploaded. Please advise.</td></tr>
<tr><td>19/11/2024 08:55</td><td>Grace Tan (Harbour Home, Head of Sourcing)</td><td>Thanks Piotr. Please ship the 2 samples to Sydney. Line 2 stays on hold until our QA sign-off here and my written release.</td></tr>
</table>
"""
case("c15_portal_complete_scope_scoped_message", [],
     "portal page: 2 samples released, 360 on hold, QA sign-off + Grace Tan's written release; "
     "buyer message scoped to shipping the 2 samples",
     [("HHF-88455_vendor_hub.html", html_page("Order HHF-88455 - Harbour Home Vendor Hub", _c15_body))])

# c16: engineering spec sheet (DOCX), document approval worded as such, no authorization
_c16 = docx_bytes([
    ("h1", "Product specification TH-10 rev. 4 - Trailhead 10in all-foam mattress"),
    ("p", "Bunkhouse Sleep Co. - Engineering. Supersedes rev. 3 (2024-06-20)."),
    ("h", "Construction"),
    ("table", [["Layer", "Material", "Thickness", "Density / ILD"],
               ["1 (top)", "Gel memory foam", "2 in", "3.5 lb/ft3, ILD 10"],
               ["2", "Transition foam", "2 in", "2.0 lb/ft3, ILD 18"],
               ["3", "HR base foam", "6 in", "1.8 lb/ft3, ILD 32"],
               ["Cover", "Knit, 380 gsm, zip-less", "-", "-"]]),
    ("h", "Sizes"),
    ("table", [["Size", "Dimensions (in)", "Box (in)"],
               ["Twin XL", "38 x 80 x 10", "16 x 16 x 40"],
               ["Full", "54 x 75 x 10", "16 x 16 x 55"],
               ["Queen", "60 x 80 x 10", "18 x 18 x 60"]]),
    ("h", "Tests"),
    ("li", "Compression roll-pack: 21 days rolled at 23 C, full height recovery within 72 hours."),
    ("li", "16 CFR 1633 prototype test per size family; 16 CFR 1632 cigarette test."),
    ("li", "Durability: 100,000 cycles rollator, height loss max. 0.5 in."),
    ("h", "Packaging"),
    ("p", "1 pc per box; loadability reference: 540 Queen boxes per 40HQ."),
    ("h", "Document control"),
    ("p", "Specification revision approved by R&D (J. Ortega) on 2024-09-12. This is an "
          "engineering specification. It is not a purchase order and releases no quantity."),
], author="Bunkhouse Sleep Co.")
case("c16_spec_sheet_document_control", [],
     "engineering spec sheet; 'approved' refers only to the spec revision, states it releases no "
     "quantity; container loadability is not an order",
     [("TH-10_rev4_product_specification.docx", _c16)])

# c17: interim sample sign-off with quantity and date limits (US hotel)
_c17_txt = (
    "Hola Lucia,\n\n"
    "Thanks for the corrected samples. Here is our disposition on the 3in gel topper for PO "
    "KS-24-6120:\n\n"
    "Interim sign-off. The quilting on the samples is channel instead of the diamond pattern in the "
    "spec. We accept that deviation on an interim basis, limited to 150 toppers, delivered by "
    "January 31, 2025, for the Denver Tech Center property only.\n\n"
    "I release those 150 toppers for production now, with the channel quilting.\n\n"
    "The remaining 1,050 toppers of the 1,200 rollout stay on hold. They are released only after a "
    "full sign-off of new samples with the diamond quilting, and a further written release from "
    "me.\n\n"
    "Material: for the 150 only.\n\n"
    "Gracias,\nAmanda\n"
    + sig("Amanda Brooks", "Purchasing Manager", "Keystone Suites Hospitality LLC, Denver CO", "+1 303 555 0152")
)
_c17 = mail("Amanda Brooks <amanda.brooks@keystonesuites.com>", "Lucia Trevino <ltrevino@espumasdelnorte.mx>",
            "KS-24-6120 gel topper - interim sign-off", "Fri, 20 Dec 2024 12:15:00 -0700", _c17_txt,
            html=para_html(_c17_txt))
case("c17_interim_signoff_limited_release", [],
     "interim sign-off limited to 150 toppers by date and site; 150 released, 1,050 held for full "
     "sign-off + Amanda's written release",
     [("KS-24-6120_gel_topper.eml", eml_bytes(_c17))])

# c18: forwarded old price list (message/rfc822) declared informational; complete sample scope
_c18_old_txt = (
    "Hi Ben,\n\n"
    "Please see our price list 2023 for the toppers:\n\n"
    "Sample (per pc): USD 64.00\n"
    "Container load 1x40HQ = 1,350 toppers (Queen/King mix): USD 27.50/pc\n"
    "Lead time container: 30 days\n\n"
    "Saludos,\nAlejandro Garza\nEspumas del Norte S.A. de C.V.\n"
)
_c18_old = mail("Alejandro Garza <agarza@espumasdelnorte.mx>", "Ben Lowe <ben@wattleandwool.com.au>",
                "Price list 2023 toppers", "Tue, 14 Nov 2023 10:05:00 -0600", _c18_old_txt)
_c18_txt = (
    "Hi Alejandro,\n\n"
    "PO WW-0121 attached and below.\n\n"
    "This PO releases 12 sample toppers (6 Queen, 6 King, 7 cm, merino cover) only. The rest stays "
    "on hold until Kirra Jones signs off the samples and sends you a written release. Material for "
    "the 12 samples only.\n\n"
    "I'm also forwarding last year's price list so we're talking about the same numbers - for "
    "reference only. The 40HQ quantity in it is informational and not released.\n\n"
    "Cheers,\nBen\n\nBen Lowe | Operations | Wattle & Wool Sleep Co. | Melbourne\n"
)
_c18 = mail("Ben Lowe <ben@wattleandwool.com.au>", "Alejandro Garza <agarza@espumasdelnorte.mx>",
            "PO WW-0121 sample toppers (+ old price list FYI)", "Mon, 13 Jan 2025 09:10:00 +1100", _c18_txt,
            attachments=[("rfc822", _c18_old)])
case("c18_forwarded_price_list_informational", [],
     "forwarded 2023 price list (40HQ = 1,350) declared informational and not released; 12 "
     "samples released, rest held for Kirra Jones' sign-off + written release",
     [("PO_WW-0121_sample_toppers.eml", eml_bytes(_c18))])

# c19: meeting minutes (DOCX) with a buyer's capacity question and a labelled pipeline forecast
_c19 = docx_bytes([
    ("h1", "Supplier review - Laurentide Hotels / Saigon Hospitality Furniture"),
    ("p", "Date: December 5, 2024 (video call). Present: Emilie Tremblay, Marc-Andre Cote (Laurentide); "
          "Pham Quoc Huy (SHF). Minutes: Emilie Tremblay."),
    ("h", "1. Old Port"),
    ("p", "The Old Port bed package order is delivered complete; two headboards with a fabric pull "
          "were replaced under warranty in November. Nothing open."),
    ("h", "2. Capacity question - Quebec City"),
    ("p", "Laurentide asked whether SHF could produce 300 bed sets in March 2025 if the Quebec City "
          "project is confirmed by the owner in January. SHF to confirm capacity and lead time by "
          "December 13. This is a capacity inquiry only; no quantity is ordered or released."),
    ("h", "3. 2025 pipeline (forecast, not an order)"),
    ("table", [["Property", "Rooms", "Indicative timing", "Status"],
               ["Quebec City", "150", "Q2 2025", "owner approval pending"],
               ["Ottawa ByWard", "96", "Q4 2025", "design stage"]]),
    ("h", "4. Actions"),
    ("li", "SHF: capacity answer for 300 sets in March - Dec 13 (Huy)."),
    ("li", "Laurentide: send updated headboard fabric spec (Kvadrat) - Dec 10 (Emilie)."),
], author="Laurentide Hotels Inc.")
case("c19_minutes_capacity_question_pipeline", [],
     "minutes record a capacity inquiry ('no quantity ordered or released') and a labelled pipeline "
     "forecast; no authorization",
     [("Minutes_2024-12-05_Laurentide_SHF.docx", _c19)])

# c20: supplier status report (TXT): material bought for the prototypes only
_c20 = """ESPUMAS DEL NORTE S.A. DE C.V.          REPORTE DE AVANCE / STATUS REPORT
Av. Ruiz Cortines 3200, Monterrey, N.L.   Fecha / Date: 2025-01-24
Cliente / Customer : SALTMARSH SLEEP CO., Charleston SC
PO                 : SM-0042   'Lowcountry' 12in hybrid, Queen
Preparado por      : Alejandro Garza

ETAPA / STAGE                 CANT / QTY   ESTADO / STATUS
---------------------------   ----------   -------------------------------
Prototipos / prototypes                8   quilting done, assembly 27/01
Resortes / spring units                8   received (for prototypes)
Espuma / foam                          8   cut (for prototypes)
Tela / ticking                         8   cut (for prototypes)

MATERIAL
Purchased for the 8 prototypes only, per the sample-only material authority in PO SM-0042.
No material bought for the 1,600-unit first run (not released; waiting for the written
release from Hannah Cole after 16 CFR 1633 and the sleep trial).

SHIPPING
Prototypes ship 30/01 by FedEx Freight to Charleston, 2 pallets.
"""
case("c20_status_report_material_for_protos_only", [],
     "supplier status report: material for the 8 prototypes only; first run not released, waiting "
     "for Hannah Cole's written release",
     [("reporte_avance_SM-0042.txt", _c20)])

# c21: stop notice (EML) with zero quantity while the stop is in force and named lifting condition
_c21_txt = (
    "Dear Tomasz,\n\n"
    "STOP NOTICE - PO PS-3407, Pennine Ortho Pocket King.\n\n"
    "With effect from today, 4 November 2024, 12:00 CET, nothing more may start under this PO. This "
    "includes the unfinished part of release 1 (300 pcs): the 180 mattresses already finished may "
    "be packed and stored; the other 120 must not be started.\n\n"
    "Quantity you may produce while this stop is in force: zero (0). The remaining launch quantity "
    "stays on hold as before.\n\n"
    "The stop is lifted only by a written notice from me after the BS 7177 retest on the new border "
    "fabric has passed. Please do not buy any further material until then.\n\n"
    "I'm sorry for the disruption - the fabric mill flagged a change in the FR treatment and we need "
    "to be sure.\n\n"
    "Kind regards,\nGemma\n"
    + sig("Gemma Price", "Purchasing Manager", "Pennine Sleep Company Ltd, Halifax", "+44 1422 555 381")
)
_c21 = mail("Gemma Price <gemma.price@penninesleep.co.uk>", "Tomasz Kowalczyk <t.kowalczyk@sprezyna-pol.pl>",
            "STOP NOTICE - PO PS-3407", "Mon, 04 Nov 2024 11:02:00 +0000", _c21_txt,
            extra={"Importance": "High"})
case("c21_stop_notice_zero_quantity", [],
     "stop notice: zero may be produced, 180 finished / 120 not started, balance on hold, lifted "
     "only by Gemma Price in writing after the BS 7177 retest",
     [("PS-3407_Pennine_Ortho_King.eml", eml_bytes(_c21))])

# c22: three consistent documents: ERP PO (TXT) + release notice (PDF) + supplier acknowledgement (EML)
_c22_po = """RESTWELL DIRECT LTD                                        PURCHASE ORDER
Unit 4 Kingsway Business Park, Rochdale OL16 4NW           PO number : RD-PO-7710
VAT GB 311 2044 18                                         Date      : 18/11/2024
Supplier : HENG01  Foshan Hengrun Spring Mattress Co., Ltd., Foshan, CN
Buyer    : Ian Holroyd, Purchasing Manager
Incoterm : FOB Shenzhen      Currency: USD     Terms: 30/70 T/T

Ln  Item        Description                                   Qty    Unit USD      Value USD
--  ----------  -------------------------------------------  -----  ---------  -------------
 1  RW-OR1K-DB  Restwell Ortho 1000 pocket, Double 135x190   1,260      96.00     120,960.00
                (3 x 40HQ)

NOTE: This PO gives commercial cover for 1,260 pcs. It does not release production by
itself. Production is released per container by a written release notice from Ian
Holroyd, Purchasing Manager. The first release follows the sign-off of the
pre-production sample (done 12/11/2024, ref. PPS-7710).
"""
_c22_rn = pdf([
    ("h1", "RELEASE NOTICE RN-7710-01"),
    ("p", "Restwell Direct Ltd | Rochdale | 18/11/2024 | PO RD-PO-7710"),
    ("table", [["Released for production", "420 pcs (1 x 40HQ) Restwell Ortho 1000 pocket, Double"],
               ["Ship", "FOB Shenzhen, ETD by 20/12/2024"],
               ["Balance", "840 pcs - on hold, not released"],
               ["Unlock for the next release", "lot acceptance of container 1 in Rochdale, then a "
                "written release notice from Ian Holroyd"],
               ["Material authority", "420 pcs"]]),
    ("sp",),
    ("p", "Ian Holroyd, Purchasing Manager"),
], title="RN-7710-01", author="Restwell Direct Ltd")
_c22_ack_txt = (
    "Dear Ian,\n\n"
    "We acknowledge your PO RD-PO-7710 and release notice RN-7710-01.\n\n"
    "- Released for production: 420 pcs (1 x 40HQ), ETD by 20 Dec.\n"
    "- Balance 840 pcs: on hold, we do not start it until your next written release notice after "
    "lot acceptance of container 1.\n"
    "- Material: we buy for the 420 pcs only.\n\n"
    "Production plan and inspection booking will follow this week.\n\n"
    "Best regards,\nKevin Liang\nSales Manager, Foshan Hengrun Spring Mattress Co., Ltd.\n"
)
_c22_ack = mail("Kevin Liang <kevin.liang@hengrun-mattress.cn>", "Ian Holroyd <ian.holroyd@restwelldirect.co.uk>",
                "Acknowledgement RD-PO-7710 / RN-7710-01", "Wed, 20 Nov 2024 10:40:00 +0800", _c22_ack_txt)
case("c22_po_release_notice_ack_consistent", [],
     "PO (commercial cover 1,260, no release by itself), release notice 420 with balance 840 held "
     "for lot acceptance + Ian Holroyd, supplier ack restating it - all consistent",
     [("RD-PO-7710.txt", _c22_po), ("RN-7710-01_release_notice.pdf", _c22_rn),
      ("Acknowledgement_RD-PO-7710.eml", eml_bytes(_c22_ack))])

# c23: full-quantity hotel refurbishment PO (DOCX) with a table; no balance
_c23 = docx_bytes([
    ("h1", "Thistle Court Hotels - Purchase Order TCH-2025-019"),
    ("p", "Thistle Court Hotels Ltd, 8 Atholl Crescent, Edinburgh EH3 8HA | 3 February 2025"),
    ("p", "Supplier: Sprezyna-Pol Sp. z o.o., ul. Gorna Wilda 88, 61-576 Poznan, Poland"),
    ("p", "Project: Thistle Court Glasgow - full guestroom refurbishment (mock-up room signed off "
          "14 January 2025, ref. TCH-MU-03)."),
    ("table", [["Line", "Description", "Qty", "Unit EUR", "Total EUR"],
               ["1", "Super King mattress 180x200, pocket 1400, BS 7177 Crib 5", "96", "342.00", "32,832.00"],
               ["2", "Split divan base 2 x 90x200, zip-and-link, no drawers", "96", "221.00", "21,216.00"],
               ["3", "Single mattress 90x200 for twin rooms", "48", "176.00", "8,448.00"],
               ["", "Total", "240", "", "62,496.00"]]),
    ("p", "This order is for the full quantity of the Glasgow refurbishment. No further quantities "
          "will follow under this order and there is no balance. Please proceed with the 240 pieces "
          "listed above for delivery DAP Glasgow in week 14."),
    ("p", "Payment: 30 days end of month from delivery. Fire labels and BS 7177 certificates with "
          "delivery."),
    ("p", "Fraser McKenzie, Head of Procurement"),
], author="Thistle Court Hotels Ltd")
case("c23_full_qty_refurb_po_docx", [],
     "full-quantity refurbishment PO (240 pieces) with 'proceed with the 240'; no balance",
     [("TCH-2025-019_purchase_order.docx", _c23)])

# c24: long logistics thread with quoted replies and a TXT packing list; scope restated, nothing new authorized
_c24_pl = """PACKING LIST  HM-PL-2411-09            Zhejiang Huamei Foam Co., Ltd.
Customer : Dreamhaven Mattress Co., Vancouver BC     PO: DH-PO-0311
Goods    : DH-FC-09 rev B sample cores, HR foam 40D, Queen, roll-packed
HS code  : 9404.21

CTN NO.  QTY  DIMENSIONS (cm)   N.W. (kg)  G.W. (kg)
1-6      6    45 x 45 x 110     26.0       28.0 each
TOTAL    6 cartons / 6 pcs      156.0      168.0
"""
_c24_m1 = (
    "Dear Priya,\n\n"
    "The 6 sample cores are packed (one core per carton), 45x45x110 cm, G.W. 28 kg each. Packing "
    "list attached. Please advise your forwarder for the pick-up.\n\n"
    "Best regards,\nLily Chen\n"
)
_c24_m2 = (
    "Hi Lily,\n\n"
    "Thanks. Could you confirm the HS code you will use on the commercial invoice? Our broker "
    "expects 9404.21 for the cores.\n\n"
    "Priya\n\n"
    + quote(_c24_m1)
)
_c24_m3 = (
    "Dear Priya,\n\n"
    "Yes, 9404.21 is confirmed. Commercial invoice value USD 468.00 (6 x 78.00).\n\n"
    "Lily\n\n"
    + quote(_c24_m2)
)
_c24_txt = (
    "Hi Lily,\n\n"
    "Perfect, thank you. Please use our forwarder Pacific Link Logistics, booking ref. "
    "PL-VAN-44120, contact Kenji at the Ningbo office (+86 574 8777 2210). They will collect on "
    "Thursday.\n\n"
    "Reminder, unchanged from PO DH-PO-0311: only the 6 sample cores are released. The 2,000-core "
    "production quantity stays on hold until the cores pass our compression roll-pack test in "
    "Vancouver and I send you a written production release.\n\n"
    "Have a good weekend!\n\nPriya\n"
    + sig("Priya Sandhu", "Sourcing Manager", "Dreamhaven Mattress Co., Vancouver BC", "+1 604 555 0175")
    + "\n"
    + quote(_c24_m3)
)
_c24 = mail("Priya Sandhu <priya.sandhu@dreamhaven.ca>", "Lily Chen <lily@huameifoam.com>",
            "RE: RE: RE: DH-PO-0311 sample cores shipping", "Fri, 22 Nov 2024 15:48:00 -0800", _c24_txt,
            attachments=[("HM-PL-2411-09_packing_list.txt", _c24_pl, "text/plain")],
            in_reply_to="<hm-1122@huameifoam.com>")
case("c24_logistics_thread_scope_reminder", [],
     "long shipping thread (forwarder, HS code, packing list); buyer restates 6 released, 2,000 "
     "held for roll-pack test + Priya's written release",
     [("RE_DH-PO-0311_sample_cores_shipping.eml", eml_bytes(_c24))])

# c25: production release notice (PDF) after sample sign-off; balance held for revised PO
_c25 = pdf([
    ("h1", "Production Release Notice PRN-2025-004"),
    ("p", "Maple & Pine Home Inc. | 77 Bloor St W, Toronto ON M5S 1M2 | 2025-01-20"),
    ("p", "Vendor: Dongguan Yimian Foam Technology Co., Ltd. | PO 4500022310 | Item: Muskoka 10in "
          "memory foam mattress-in-a-box, Queen"),
    ("table", [["Record", "Detail"],
               ["Sample sign-off", "Disposition: approved - recorded 2025-01-14 by Nadia Roy, Category Buyer"],
               ["Released for production", "300 pcs"],
               ["Balance", "1,700 pcs of the quoted 2,000 - on hold, not released"],
               ["Unlock event for the balance", "lot acceptance of the 300 in Mississauga and a revised PO"],
               ["Release authority for the balance", "Pierre Gagnon, VP Merchandising"],
               ["Material authority", "300 pcs"]]),
    ("sp",),
    ("p", "Authorized by Pierre Gagnon, VP Merchandising."),
], title="PRN-2025-004", author="Maple & Pine Home")
case("c25_release_notice_after_signoff", [],
     "release notice: sign-off recorded, 300 released, 1,700 held for lot acceptance + revised PO, "
     "Pierre Gagnon named, material 300",
     [("PRN-2025-004_production_release_notice.pdf", _c25)])

# @@CASES@@


# ================================================================= MAIN
def _stem(fn):
    s = Path(fn).stem.lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s[:40] or "doc"


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h120_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"wrote {len(CASES)} cases ({n_clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
