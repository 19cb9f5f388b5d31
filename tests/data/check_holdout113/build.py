#!/usr/bin/env python3
"""Generator for the releasegate check_holdout113 corpus (cookware and kitchen utensils).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout113/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, fixed shuffle seed 113113).
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
SEED = 113113


def case(name, expect, note, files):
    """files: list of (filename, data) where data is str (written as UTF-8) or bytes."""
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (pdf, docx_bytes, html_page, mail, eml_bytes, sig copied from check_holdout3/build.py,
#  with the Message-ID / boundary prefix changed to h113)
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
    m["Message-ID"] = msgid or f"<h113-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h113")
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


# ------------------------------------------------------------- own helpers
def quote(text):
    """Prefix every line with '> ' like a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


def simple_html(text):
    """Very small text->HTML converter for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(ln) for ln in p.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


# ======================================================================= CASES
# Descriptive names: c.. = clean, p.. = positive (at least one rule). Only build.py has them.

# ---------------------------------------------------------------- batch 1
# p01: French brand -> Lumezzane. Sample PO + the supplier offer as two files in one folder.
case("p01_mc_sauteuse_po_offer", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 prototype pans sits with the attached offer showing a 1.200 pcs production lot; "
     "nothing says the lot is not released, no unlock event, no release person",
     [("BC-24-0611_Maison_Cuivree.pdf", pdf([
         ("h1", "MAISON CUIVRÉE — BON DE COMMANDE / PURCHASE ORDER"),
         ("p", "N° BC-24-0611 — Lyon, le 11/06/2024"),
         ("p", "Maison Cuivrée SAS, 14 quai Saint-Vincent, 69001 Lyon, France — TVA FR 42 812 554 019"),
         ("p", "Fournisseur / Supplier: Officine Valtrompia Pentolame S.r.l., Via Matteotti 41, "
               "25065 Lumezzane (BS), Italia — attn. Sig. Marco Bertoli"),
         ("sp",),
         ("table", [
             ["Ligne", "Réf.", "Désignation", "Qté", "PU €", "Total €"],
             ["1", "MC-SAU-24", "Sauteuse cuivre 2,5 mm / inox 18/10, Ø 24 cm, manche bronze — prototype",
              "6", "68,00", "408,00"],
             ["2", "MC-SAU-24-OUT", "Frais d'outillage prototype (gabarit de rivetage)", "1", "450,00", "450,00"],
             ["", "", "", "", "Total HT", "858,00"],
         ]),
         ("sp",),
         ("p", "Conditions : selon votre offre OV-24-118 du 29/05/2024 (ci-jointe). Livraison DAP Lyon. "
               "Paiement : 60 jours fin de mois. Emballage individuel, housse coton."),
         ("p", "Remarks (EN): six (6) prototype sauté pans for our chef panel and the induction test, "
               "made to your offer OV-24-118 attached. Copper thickness and handle as per the drawing "
               "MC-SAU-24 ind. C. Please confirm the delivery date by return."),
         ("sp",),
         ("p", "Bon pour commande — Claire Dubois, Responsable Achats"),
         ("p", "Contact technique : Antoine Mercier, chef de produit, +33 4 78 00 12 40"),
     ], title="BC-24-0611", author="Maison Cuivree")),
      ("OV-24-118_offerta.pdf", pdf([
          ("h1", "OFFICINE VALTROMPIA PENTOLAME S.r.l."),
          ("p", "Via Matteotti 41 — 25065 Lumezzane (BS) — P.IVA IT 03188210984"),
          ("h", "OFFERTA / QUOTATION OV-24-118"),
          ("p", "Spett.le Maison Cuivrée SAS, Lyon — alla c.a. Sig.ra Claire Dubois — 29/05/2024"),
          ("p", "Oggetto: sauteuse rame/inox Ø 24 cm con manico in bronzo, Vs. disegno MC-SAU-24 ind. C"),
          ("table", [
              ["Pos.", "Descrizione / Description", "Q.tà / Qty", "Prezzo / Price €", "Consegna / Lead time"],
              ["1", "Campionatura / sample lot", "6 pz", "68,00 cad.", "3 settimane / 3 weeks"],
              ["2", "Lotto di produzione / production lot", "1.200 pz", "31,50 cad.", "8 settimane / 8 weeks"],
              ["3", "Attrezzatura prototipo / prototype tooling", "1", "450,00", "—"],
          ]),
          ("p", "Rame 2,5 mm placcato inox AISI 304, disco a induzione, rivetti in bronzo. "
                "Conformità: Reg. (CE) 1935/2004, DM 21/03/1973. Imballo singolo."),
          ("p", "Validità offerta: 60 giorni. Pagamento: 60 gg f.m. Resa: DAP Lyon."),
          ("p", "Distinti saluti — Marco Bertoli, Ufficio Commerciale"),
      ], title="OV-24-118", author="Officine Valtrompia")),
      ])

# p21: UK brand -> Chaozhou. Friendly email, PO + quote re-attached, nothing about the balance.
_t = """Hi Jason,

Hope you're well and that the Dragon Boat holiday was a good one.

Please find attached our PO AKC-30418 for the sample stockpots (8 L, brushed finish, SKU AKC-SP8-BR),
and your quotation RD-Q-2405-77 again so everyone at your end is looking at the same numbers.

We need the samples in Leeds by Friday 5 July at the latest - they go in front of the Pennington &
Rowe buying team the following Tuesday. DHL please, and send me the tracking as soon as you have it.

Two small things:
- can you confirm the encapsulated base is 18 cm across? The induction hobs in our test kitchen are
  fussy below 16 cm.
- the lid knob: stainless, not phenolic, as per the drawing rev B.

Thanks as ever,
Hannah
""" + sig("Hannah Reid", "Product Technologist", "Ashdown Kitchen Co. Ltd, Leeds LS11 5QN", "+44 113 496 0722")
case("p21_akc_stockpot_email", ["RG001", "RG003", "RG004", "RG005"],
     "email sends sample PO for 12 stockpots with the quote showing 2,400 pcs production re-attached; "
     "no hold on the balance, no unlock event, no release person",
     [("AKC-30418_samples.eml", eml_bytes(mail(
         "Hannah Reid <hannah.reid@ashdownkitchen.co.uk>", "Jason Huang <jason@rongda-stainless.cn>",
         "PO AKC-30418 - sample stockpots SP8 brushed", "Tue, 11 Jun 2024 10:04:00 +0100", _t,
         html=simple_html(_t),
         cc="Oliver Pritchard <oliver.pritchard@ashdownkitchen.co.uk>",
         attachments=[
             ("AKC-30418.pdf", pdf([
                 ("h1", "Ashdown Kitchen Co. Ltd — Purchase Order"),
                 ("p", "PO number: AKC-30418    Date: 11/06/2024    Buyer: Oliver Pritchard"),
                 ("p", "Supplier: Chaozhou Rongda Stainless Products Co., Ltd., Caitang Town, Chaoan District, "
                       "Chaozhou, Guangdong, China"),
                 ("table", [
                     ["Line", "SKU", "Description", "Qty", "Unit USD", "Ext. USD"],
                     ["1", "AKC-SP8-BR", "Stockpot 8 L tri-ply body, encapsulated base, glass lid, brushed - sample",
                      "12", "24.00", "288.00"],
                 ]),
                 ("p", "Delivery: DHL Express to Ashdown Kitchen Co., Unit 4 Holbeck Works, Leeds LS11 5QN, UK by 05/07/2024."),
                 ("p", "Reference: your quotation RD-Q-2405-77. Terms: 30 days from invoice."),
             ], title="AKC-30418", author="Ashdown Kitchen Co."), PDF_MT),
             ("RD-Q-2405-77.pdf", pdf([
                 ("h1", "CHAOZHOU RONGDA STAINLESS PRODUCTS CO., LTD."),
                 ("h", "QUOTATION RD-Q-2405-77"),
                 ("p", "To: Ashdown Kitchen Co. Ltd (Ms. Hannah Reid)    Date: 2024-05-24"),
                 ("table", [
                     ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
                     ["AKC-SP8-BR", "8L stockpot, SUS304 body, capsule base SUS430/AL/SUS304, glass lid", "12 pcs (sample)", "24.00", "20 days"],
                     ["AKC-SP8-BR", "same, mass production, 4 pcs/carton", "2,400 pcs", "11.85", "45 days"],
                 ]),
                 ("p", "Price FOB Shantou. Payment: 30% T/T deposit, 70% against copy of B/L. Valid 90 days."),
                 ("p", "Jason Huang, Sales Dept., +86 768 555 0198"),
             ], title="RD-Q-2405-77", author="Rongda"), PDF_MT),
         ])))])

# p22: US department store vendor portal PO page with a program quantity column.
case("p22_wl_portal_silicone", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO orders 30+30 pre-production sets and shows a 3,000-set program quantity per line with "
     "nothing saying it is not released; no hold, unlock event or release person",
     [("WL-PO-7718_vendor_portal.html", html_page("Whitcombe & Lane Vendor Portal - PO WL-PO-7718", """
<div style="background:#1d2b44;color:#fff;padding:8px"><b>Whitcombe &amp; Lane</b> | Vendor Portal | Logged in as: Sunny Zhou (Dongguan Meiyu Silicone Products Co., Ltd.)</div>
<h2>Purchase Order WL-PO-7718</h2>
<table>
<tr><th>Vendor #</th><td>V-118204</td><th>Department</th><td>D-412 Kitchen Tools &amp; Gadgets</td></tr>
<tr><th>Buyer</th><td>Dana Kowalski</td><th>Order date</th><td>06/10/2024</td></tr>
<tr><th>Ship window</th><td>07/08/2024 - 07/12/2024</td><th>Terms</th><td>Net 60, FOB Yantian</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Order Qty</th><th>Program Qty</th><th>First Cost</th></tr>
<tr><td>1</td><td>WL-SIL5-SGE</td><td>5-pc silicone utensil set, Sage, pre-production sample</td><td>30 sets</td><td>3,000 sets</td><td>$4.85</td></tr>
<tr><td>2</td><td>WL-SIL5-CHR</td><td>5-pc silicone utensil set, Charcoal, pre-production sample</td><td>30 sets</td><td>3,000 sets</td><td>$4.85</td></tr>
</table>
<h3>PO Notes</h3>
<div class="note">PP samples for store set review 08/19. Ship to: Whitcombe &amp; Lane Product Development, 11th Floor,
350 W 31st St, New York, NY 10001, attn. Product Dev sample room. Include LFGB and FDA 21 CFR 177.2600
test reports, and the heat test at 230&deg;C / 446&deg;F. Hang tag per W&amp;L packaging manual v9, UPC to be
assigned.</div>
<p style="color:#666">Please acknowledge this PO within 48 hours. Questions: vendorsupport@whitcombelane.com</p>
"""))])

# p23: Japanese buyer DOCX PO with sample and mass production quantity columns.
case("p23_kuraya_nakiri_po", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX sample PO table carries a 2,000 pcs mass-production column beside the 10 samples, not marked "
     "as not released; no hold, no unlock event, no release person",
     [("KH-PO-240607_nakiri.docx", docx_bytes([
         ("h1", "PURCHASE ORDER"),
         ("p", "Kuraya Housewares Co., Ltd.  3-5-11 Minamisemba, Chuo-ku, Osaka 542-0081 Japan"),
         ("p", "PO No.: KH-PO-240607    Date: June 7, 2024"),
         ("p", "To: Yangjiang Jinlong Knife & Scissors Factory, attn. Ms. Annie Wu"),
         ("p", "Dear Ms. Annie Wu,"),
         ("p", "Thank you very much for your quotation JL-2405-33 and for your kind support during our "
               "visit to Yangjiang. We are pleased to place the order of sample as below."),
         ("table", [
             ["Item No.", "Description", "Sample Qty", "Mass Production Qty", "Unit Price (sample)",
              "Unit Price (mass production)"],
             ["KH-NK165", "Nakiri 165 mm, 3-layer VG-10 clad, hammered, walnut octagon handle", "10 pcs",
              "2,000 pcs", "USD 22.00", "USD 7.80"],
         ]),
         ("p", "Delivery: samples to arrive Osaka by July 10, 2024 (EMS or DHL)."),
         ("p", "Please attach the mill certificate of VG-10 and the cutting test result according to "
               "ISO 8442-5. Blade logo: Kuraya mark, laser, right side, 12 mm width."),
         ("p", "Payment: T/T after receipt of samples."),
         ("p", "We are looking forward to good result."),
         ("p", "Best regards,"),
         ("p", "Kenji Nakamura, Purchasing Section, Kuraya Housewares Co., Ltd.  TEL +81-6-6251-0418"),
     ], author="Kenji Nakamura"))])

# p24: WeChat export, US chef-supply distributor and a Yangjiang knife maker.
case("p24_wechat_cleaver", ["RG001", "RG003", "RG004", "RG005"],
     "chat places a PO for 6 sample cleavers and restates the 3k bulk price/quantity with no word that "
     "the bulk is not released; no unlock event, no release person",
     [("wechat_Lily_Chen_Luis_Herrera.txt", """WeChat chat history — exported 2024-06-12
Chat: Lily Chen (Hongfeng Cutlery) / Luis Herrera (Brigade Chef Supply)
------------------------------------------------------------

2024-06-03 20:41:07 Lily Chen
Hi Luis, good evening. Quotation for 8" Chinese cleaver BCS-CL8 attached. sample 6pcs USD19/pc, bulk 3000pcs USD6.35/pc. 4Cr13 blade 2.2mm, pakka wood handle, HRC 54-56

2024-06-03 20:41:30 Lily Chen
[File] Hongfeng_quote_BCS-CL8_0603.pdf (212 KB)

2024-06-04 08:12:55 Luis Herrera
Thanks Lily. Numbers work for us. PO 44187 going out today for the 6 pcs sample at $19 — the $6.35 on 3k is what we used in the costing

2024-06-04 08:13:40 Luis Herrera
pls laser our logo on the blade, left side. art file is on the PO

2024-06-04 08:20:02 Lily Chen
ok received 👍 will check with workshop tomorrow

2024-06-05 10:02:44 Lily Chen
[Image]

2024-06-05 10:03:10 Lily Chen
logo position like this ok? 35mm from bolster

2024-06-05 10:30:21 Luis Herrera
yes 35mm from the bolster is right

2024-06-05 10:31:02 Luis Herrera
ship DHL acct 96xxxx41 to Chicago, attn Luis, 2150 S Canalport Ave

2024-06-11 17:48:09 Lily Chen
samples finish, DHL 4471 0931 22 🚚
""")])

# p04: Japanese ERP printout, sample PO and nothing else.
case("p04_tokai_erp_sample", ["RG003", "RG004", "RG005"],
     "ERP sample PO for 8 pans (+8 lids) with no word that any later quantity is not released, no unlock "
     "event and no release person",
     [("TK-24-01877_PO.txt", """TOKAI KITCHEN TRADING CO., LTD.              PURCHASE ORDER                PAGE 1/1
1-12-8 NISHIKI, NAKA-KU, NAGOYA 460-0003 JAPAN   TEL 052-000-4410
--------------------------------------------------------------------------------------
PO NO.     : TK-24-01877                    PO DATE  : 2024/06/14
VENDOR     : V-20931 CHAOZHOU XINYI KITCHENWARE CO.,LTD
BUYER      : H.ITO (PURCHASING GR.2)        CURRENCY : USD
INCOTERMS  : FOB SHANTOU                    PAYMENT  : T/T 30 DAYS AFTER RECEIPT
--------------------------------------------------------------------------------------
LN  ITEM CODE        DESCRIPTION                       QTY UOM    U/PRICE      AMOUNT
--  ---------------  ------------------------------  ----- ---  ---------  ----------
01  TK-YK20-HM       YUKIHIRA PAN 20CM HAMMERED          8 PCS      14.50      116.00
                     SUS430/AL/SUS304 3PLY, IH
                     SAMPLE (PROTO) FOR IH TEST
02  TK-YK20-LID      WOOD LID 20CM (HINOKI)              8 PCS       3.20       25.60
--------------------------------------------------------------------------------------
                                                        TOTAL USD             141.60
REQ. DELIVERY : 2024/07/05  TO TOKAI NAGOYA WAREHOUSE (SAMPLE ROOM 2F)
REMARKS       : SAMPLE ORDER. IH TEST + HANDLE PULL TEST PER SPEC TK-SP-0412 REV.3
                PLS SEND FOOD SANITATION ACT (JAPAN) TEST REPORT BEFORE SHIPMENT
                CARTON MARK: TOKAI / TK-YK20 / C/NO.
--------------------------------------------------------------------------------------
THIS ORDER IS SUBJECT TO TOKAI STANDARD PURCHASE TERMS REV.7
PRINTED 2024/06/14 09:41  USER HITO  PROG PUR0310
""")])

# p13: UK department store portal; hold + named person but "until further notice";
# "approval" used for sample, PO and production.
case("p13_pr_portal_copper", ["RG004", "RG009"],
     "programme held 'until further notice' (no unlock event) though Fiona McAllister is named; the "
     "word approval covers sample sign-off, finance PO sign-off and production authority",
     [("PR-77154_supplier_hub.html", html_page("Pennington & Rowe Supplier Hub - PR-77154", """
<h1>Pennington &amp; Rowe &mdash; Supplier Hub</h1>
<p>Supplier: <b>Anatolia Bakır Mutfak A.Ş.</b>, Organize Sanayi Bölgesi 4. Kısım, Gaziantep, Türkiye &middot; Supplier no. 30877</p>
<h2>Order PR-77154 &mdash; Hammered copper saucepan 16 cm, tin lined (SKU PR-CU16-HM)</h2>
<table>
<tr><th>Order quantity on this PO</th><td>8 samples</td></tr>
<tr><th>Programme quantity</th><td>1,200 pcs</td></tr>
<tr><th>Buyer</th><td>Fiona McAllister, Buyer &ndash; Cook &amp; Dine</td></tr>
<tr><th>Product technologist</th><td>Rhys Davies</td></tr>
</table>
<h3>Approvals</h3>
<table>
<tr><th>Stage</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Sample approval (fit, finish, tin lining thickness)</td><td>Pending &ndash; samples in lab</td><td>Product Technology</td><td>&ndash;</td></tr>
<tr><td>PO approval</td><td>Approved</td><td>Finance, cost centre 4410</td><td>10/06/2024</td></tr>
<tr><td>Production approval</td><td>On hold</td><td>&ndash;</td><td>&ndash;</td></tr>
</table>
<div class="note">The programme quantity of 1,200 pcs is on hold until further notice. It can only be released by
Fiona McAllister. Please do not start it.</div>
<h3>Testing</h3>
<p>Tin lining: lead &lt; 0.1% per BS EN 611-1; migration to Council of Europe CM/Res(2013)9. Copper 1.2 mm, cast bronze handle, 3 rivets.</p>
<p style="font-size:11px;color:#777">Page generated 12/06/2024 14:22 BST</p>
"""))])

# p14: Australian chef supply PO, hold + event but only "our purchasing team".
case("p14_sccs_board_po", ["RG005"],
     "sample PO states 4 boards, holds the remaining 996 and names sample sign-off plus revised PO, but "
     "no named person may release - only 'our purchasing team'",
     [("SC-4419_purchase_order.pdf", pdf([
         ("h1", "Southern Cross Chef Supply Pty Ltd"),
         ("p", "ABN 51 600 148 217 · 88 Dudley Street, West Melbourne VIC 3003 · purchasing@southerncrosschef.com.au"),
         ("h", "PURCHASE ORDER SC-4419"),
         ("p", "Date: 12/06/2024    Supplier: Viet Gia Wood Co., Ltd, Tan Uyen, Binh Duong, Vietnam"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "SCCS-EG4530", "End-grain acacia chopping board 450 x 300 x 40 mm, juice groove, "
              "food-safe mineral oil finish - SAMPLE", "4", "38.00", "152.00"],
         ]),
         ("h", "Scope of this order"),
         ("p", "This order is for four (4) sample boards only. The remaining 996 boards on your quotation "
               "VG-Q-0524 are not released and must not be started - no glue-up, no timber cutting. They "
               "will be released only after our chefs have signed off the samples and our purchasing team "
               "has issued a revised purchase order."),
         ("p", "Samples: moisture content 8-10 %, FSC 100 % claim with certificate number on invoice, "
               "phytosanitary certificate, no finger joints on the top face."),
         ("p", "Ship: air courier to the address above, attn Purchasing. Terms: 30 days EOM."),
         ("p", "Southern Cross Chef Supply - Purchasing"),
     ], title="SC-4419", author="Southern Cross Chef Supply"))])

# p47: French department store sample request with no quantity and nothing else.
_t = """Dear Mr. Agarwal,

It was a pleasure to meet you and your son at Maison & Objet in January. As discussed on the stand, we
would like to develop for our Christmas collection a hammered copper jam pan (bassine à confiture),
38 cm, with two cast bronze handles, in our design GB-BC38 (specification attached).

Could you please make the samples for us and send them by DHL to our office at the address below?
Our "Arts de la Table" team would like to see them before the end of July if possible, as we present
the collection internally in the first week of September.

Please send us a proforma for the samples and the DHL cost; we will pay by bank transfer on receipt.

Kind regards / Bien cordialement,

Sophie Lambert
Acheteuse — Arts de la Table
Galeries Bellecour
40 boulevard Haussmann, 75009 Paris
+33 1 40 00 27 15
"""
case("p47_gb_jam_pan_request", ["RG003", "RG004", "RG005", "RG010"],
     "buyer asks for 'the samples' with no quantity anywhere, no hold on later quantities, no unlock "
     "event, no release person",
     [("GB-BC38_sample_request.eml", eml_bytes(mail(
         "Sophie Lambert <s.lambert@galeries-bellecour.fr>", "Rajesh Agarwal <rajesh@moradabadartisan.in>",
         "Galeries Bellecour - samples bassine à confiture GB-BC38", "Wed, 12 Jun 2024 15:37:00 +0200", _t,
         attachments=[("GB-BC38_spec.txt", """GALERIES BELLECOUR — ARTS DE LA TABLE
SPECIFICATION GB-BC38 — BASSINE A CONFITURE 38 CM (HAMMERED COPPER)

Body:        copper Cu-DHP, 1.5 mm, hand hammered outside, polished
Diameter:    38 cm top, 24 cm base, height 11 cm (capacity approx. 9 L)
Handles:     2 x cast bronze, 3 copper rivets each
Interior:    bare copper (jam pan - no tin lining required)
Marking:     "Galeries Bellecour" stamp under base, 25 mm
Packaging:   kraft box with cotton bag, label per GB supplier manual 2024
Compliance:  Reg. (EC) 1935/2004, DGCCRF food contact declaration
""", "text/plain")])))])

# ---------------------------------------------------------------- batch 2
# c01: supplier quotation with tiers on its own - no authorized quantity.
case("c01_rongda_quote_tiers", [],
     "supplier quotation with sample and volume tiers only; nothing is authorized",
     [("RD-Q-2406-12_quotation.pdf", pdf([
         ("h1", "CHAOZHOU RONGDA STAINLESS PRODUCTS CO., LTD."),
         ("p", "Caitang Industrial Zone, Chaoan District, Chaozhou 521011, Guangdong, China  Tel +86 768 555 0198"),
         ("h", "QUOTATION  RD-Q-2406-12"),
         ("p", "To: Whitcombe & Lane, Housewares D-409, attn. Ms. Dana Kowalski    Date: 2024-06-05"),
         ("p", "Item: WL-FP24-5P  24 cm 5-ply stainless frying pan, SUS304/AL/AL/AL/SUS430, riveted "
               "cast handle, mirror outside / satin inside, induction ready"),
         ("table", [
             ["Quantity", "Unit price USD FOB Shantou", "Lead time", "Remark"],
             ["12 pcs", "21.00", "20 days", "sample, incl. laser logo"],
             ["1,000 pcs", "9.40", "45 days", "MOQ"],
             ["3,000 pcs", "8.60", "45 days", ""],
             ["5,000 pcs", "8.15", "55 days", "2 containers"],
         ]),
         ("p", "Packing: 1 pc/colour box, 6 pcs/master carton 52 x 28 x 33 cm, 11.2 kg. HS 7323.93."),
         ("p", "Test: LFGB and FDA food contact for SUS304, EN 12983-1 handle fatigue. Test cost included."),
         ("p", "Price base: SUS304 at RMB 15,800/ton. If steel moves more than 5 %, price to be re-quoted."),
         ("p", "Payment: 30% T/T deposit, 70% against copy of B/L. Validity: 60 days."),
         ("p", "This quotation is an offer only. Thank you for your inquiry - Jason Huang, Sales Dept."),
     ], title="RD-Q-2406-12", author="Rongda"))])

# c02: supplier asks for the go-ahead and for material permission; nothing authorized.
_t = """Dear Megan,

Good day!

The 24 pcs samples of 8" chef knife HH-CK8 were sent yesterday by DHL, AWB 58 1204 7736. Please find
the sharpness test (ISO 8442-5, ICP 142 / TCC 418) and the VG-10 mill certificate attached to the
DHL packet.

May I ask: can we have your go-ahead for the 3,600 pcs production? Our line is free from 15 July,
and the VG-10 steel price from the mill will increase in August. If you agree, may we book the steel
for the 3,600 pcs now to keep the old price?

Of course we will not buy any steel or start any production before we receive your written release.
Please kindly advise.

Best regards,
Kevin Liang
Sales Manager
Yangjiang Hongfeng Cutlery Co., Ltd.
Jiangcheng District, Yangjiang, Guangdong
Mob/WeChat +86 138 0000 6631
"""
case("c02_hongfeng_question", [],
     "supplier asks whether it may start the 3,600 and book steel and says it will wait for a written "
     "release; a question, not an authorization",
     [("HH-CK8_samples_shipped.eml", eml_bytes(mail(
         "Kevin Liang <kevin@hongfeng-cutlery.com>", "Megan Albright <malbright@harborandhearth.com>",
         "HH-CK8 samples shipped / question production", "Thu, 20 Jun 2024 16:12:00 +0800", _t)))])

# c03: labelled forecast printout.
case("c03_kuraya_forecast", [],
     "rolling forecast clearly labelled planning-only, not an order, nothing released",
     [("KH_rolling_forecast_2024-06.txt", """KURAYA HOUSEWARES CO., LTD.            SUPPLIER ROLLING FORECAST            RUN 2024/06/28
VENDOR: V-7731 YANGJIANG JINLONG KNIFE & SCISSORS FACTORY
=========================================================================================
*** FOR PLANNING ONLY. THIS IS NOT A PURCHASE ORDER.                                 ***
*** NO QUANTITY BELOW IS RELEASED FOR PRODUCTION OR FOR MATERIAL PURCHASE.           ***
*** FIRM QUANTITIES ARE ONLY ORDERED BY SEPARATE PO WITH A WRITTEN RELEASE.          ***
=========================================================================================
ITEM        DESCRIPTION                   2024/08  2024/09  2024/10  2024/11  2024/12  TOTAL
----------  ----------------------------  -------  -------  -------  -------  -------  -----
KH-NK165    NAKIRI 165 VG10 WALNUT            0      400      600      800      600   2400
KH-GY210    GYUTO 210 VG10 WALNUT             0      300      300      500      400   1500
KH-PT135    PETTY 135 VG10 WALNUT             0        0      500      500      500   1500
-----------------------------------------------------------------------------------------
REMARK: NOVEMBER INCLUDES GIFT-SET PROMO (KH-GS3) ESTIMATE. TIMING MAY MOVE +/- 1 MONTH.
CONTACT: K.NAKAMURA PURCHASING SECTION TEL 06-6251-0418
PROG FCST220  PAGE 1 OF 1
""")])

# c04: full-quantity replenishment PO that says proceed, no balance.
case("c04_bcs_replenishment_po", [],
     "repeat replenishment PO for the full 1,200 + 600 pcs with 'proceed' scoped to those quantities; no balance exists",
     [("PO-44203_Brigade.pdf", pdf([
         ("h1", "BRIGADE CHEF SUPPLY, INC."),
         ("p", "2150 S Canalport Ave, Chicago, IL 60608 · (312) 555-0147 · purchasing@brigadechef.com"),
         ("h", "PURCHASE ORDER 44203 — REPLENISHMENT"),
         ("p", "Date: 06/17/2024    Vendor: Chaozhou Rongda Stainless Products Co., Ltd. (V-2291)    "
               "Buyer: Luis Herrera    Terms: Net 45, FOB Shantou"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Ext."],
             ["1", "BCS-FP10", "10\" tri-ply fry pan, riveted stay-cool handle", "1,200", "$7.95", "$9,540.00"],
             ["2", "BCS-FP12", "12\" tri-ply fry pan with helper handle", "600", "$10.40", "$6,240.00"],
             ["", "", "", "", "Total", "$15,780.00"],
         ]),
         ("p", "Repeat order - same specification as PO 43318; production sample PPS-0212 signed off "
               "02/12/2024 is the reference for finish and handle angle."),
         ("p", "This PO is for the full quantities shown. There is no balance and no further release "
               "to follow. Please proceed with production of the 1,200 pcs BCS-FP10 and the 600 pcs "
               "BCS-FP12 and confirm the ex-factory date."),
         ("p", "Cartons: 6 pcs/master, UPC on two sides, 'Brigade Chef Supply - Chicago' shipping mark. "
               "Ship window: 08/05/2024 - 08/16/2024."),
         ("p", "Authorized by: Luis Herrera, Category Buyer - Cookware"),
     ], pagesize=LETTER, title="PO 44203", author="Brigade Chef Supply"))])

# c05: colour approval scoped to colour only, thread with the original scope.
_orig = """From: Oliver Pritchard <oliver.pritchard@ashdownkitchen.co.uk>
Sent: 28 May 2024 11:20
To: Sunny Zhou <sunny@meiyu-silicone.com>
Cc: Hannah Reid
Subject: PO AKC-30502 - silicone spatula set, samples

Hi Sunny,

PO AKC-30502 attached. It covers 10 sample sets of the 3-piece spatula set only. The remaining
2,490 sets in your quote are not released, so please don't mix compound or book the moulding
machine for them. Production will only be released by me, Oliver Pritchard, in writing, once Hannah
has signed off the final samples.

Cheers,
Oliver"""
_sunny = """From: Sunny Zhou <sunny@meiyu-silicone.com>
Sent: 12 June 2024 09:02
To: Hannah Reid
Subject: RE: PO AKC-30502 - silicone spatula set, samples

Dear Hannah,
Sage colour lab dip and 2 pcs first-off spatula sent to you on 7 June (SF 2931 0021 7713).
Please check colour vs PMS 5555 C and handle shape. Thank you.
Sunny"""
_t = f"""Hi Sunny,

Thanks - the parcel arrived on Monday.

Sage colourway: approved for colour only. The match to PMS 5555 C is spot on in daylight and under
the store LEDs.

Handle shape is still open. The team wants the flex edge 2 mm thicker at the tip; I'll send you a
marked-up drawing tomorrow. To be clear, nothing in this email releases
production - that still comes from Oliver in writing after the final samples are signed off.

Best,
Hannah
{sig("Hannah Reid", "Product Technologist", "Ashdown Kitchen Co. Ltd", "+44 113 496 0722")}
{quote(_sunny)}
>
{quote(_orig)}
"""
case("c05_akc_colour_only", [],
     "colourway approved for colour only, production explicitly not released; thread quotes the full "
     "scope (10 sets, 2,490 not released, Oliver Pritchard, sign-off + written release)",
     [("RE_AKC-30502_sage_colour.eml", eml_bytes(mail(
         "Hannah Reid <hannah.reid@ashdownkitchen.co.uk>", "Sunny Zhou <sunny@meiyu-silicone.com>",
         "RE: PO AKC-30502 - silicone spatula set, samples", "Thu, 13 Jun 2024 14:45:00 +0100", _t,
         cc="Oliver Pritchard <oliver.pritchard@ashdownkitchen.co.uk>",
         in_reply_to="<h113-sunny-0612@meiyu-silicone.com>")))])

# c06: release + explicit staged material authority above the released quantity.
case("c06_hh_material_authority", [],
     "300 pcs released; explicit staged material authority up to 1,500 pcs at buyer liability; balance "
     "1,200 held pending written release by Megan Albright after the sell-through review",
     [("HH-SP8_release_material_authority.docx", docx_bytes([
         ("h1", "Harbor & Hearth Home — Release and Material Authority"),
         ("p", "Order: HH-SP8 8 qt tri-ply stockpot with lid · Supplier: Chaozhou Rongda Stainless "
               "Products Co., Ltd. · PO HH-55140 rev 2 · Date: June 14, 2024"),
         ("h", "1. Production release"),
         ("p", "Release R-HH-0093 releases 300 pcs (pilot run for the Portland flagship and the DTC test). "
               "Samples were signed off on June 4, 2024 by Tyler Okafor, Product Development."),
         ("h", "2. Material authority"),
         ("p", "Staged material authority: you may buy and hold clad 3-ply circles (18/0 - aluminum - 18/10), "
               "lids and handle castings for up to 1,500 pcs at Harbor & Hearth's liability. This covers "
               "material only. Do not draw, polish or assemble beyond the 300 pcs released."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Released for production (R-HH-0093)", "300 pcs", "Build and ship"],
             ["Staged material authority", "1,500 pcs", "Buy and hold material only"],
             ["Balance of PO HH-55140", "1,200 pcs", "Not released - on hold"],
         ]),
         ("h", "3. Balance"),
         ("p", "The balance of 1,200 pcs is not released. It can be released only by a written release "
               "from Megan Albright, Sourcing Manager, after the pilot sell-through review in week 34."),
         ("p", "Please acknowledge this document by return email."),
         ("p", "Megan Albright · Sourcing Manager · Harbor & Hearth Home, 1120 NW Couch St, Portland, OR 97209"),
     ], author="Megan Albright"))])

# p11: thread with full scope quoted; PD replies "you're good to go" to "can we proceed?".
_megan = """From: Megan Albright <malbright@harborandhearth.com>
Sent: Monday, June 3, 2024 8:40 AM
To: Kevin Liang <kevin@hongfeng-cutlery.com>
Cc: Tyler Okafor <tokafor@harborandhearth.com>
Subject: PO HH-55102 - HH-CK8 chef knife samples

Hi Kevin,

PO HH-55102 is attached. It covers 24 sample chef knives (HH-CK8) only. The production quantity of
3,600 pcs in your quote is not released. Please build the 24 samples and hold.

Production will be released only by a written release from me (Megan Albright, Sourcing Manager)
after Tyler has signed off the samples in Portland.

Thanks,
Megan"""
_kevin = """From: Kevin Liang <kevin@hongfeng-cutlery.com>
Sent: Monday, June 10, 2024 5:02 PM
To: Tyler Okafor <tokafor@harborandhearth.com>
Subject: RE: PO HH-55102 - HH-CK8 chef knife samples

Dear Tyler,
Attached please find photos of the handle with the new triple rivets (mosaic pin center) and the
laser logo at 30mm from bolster. The coating marks on the bolster area are removed now.
Can we proceed?
Best regards, Kevin"""
_t = f"""Hey Kevin,

Looks awesome - the rivets are way cleaner and the logo sits right where we wanted it. You're good
to go! 🙌

Tyler
{sig("Tyler Okafor", "Product Developer, Cutlery", "Harbor & Hearth Home", "+1 503 555 0182")}
{quote(_kevin)}
>
{quote(_megan)}
"""
case("p11_hh_good_to_go", ["RG002"],
     "'You're good to go!' answers 'Can we proceed?' with no quantity or sample scope; the quoted PO "
     "email carries quantity, hold, sign-off event and Megan Albright",
     [("RE_HH-55102_handle_photos.eml", eml_bytes(mail(
         "Tyler Okafor <tokafor@harborandhearth.com>", "Kevin Liang <kevin@hongfeng-cutlery.com>",
         "RE: PO HH-55102 - HH-CK8 chef knife samples", "Tue, 11 Jun 2024 07:55:00 -0700", _t,
         in_reply_to="<h113-kevin-0610@hongfeng-cutlery.com>")))])

# p59: WhatsApp, hold stated but no event, no person, then "Green light".
case("p59_whatsapp_green_light", ["RG002", "RG004", "RG005"],
     "chat: 15 sample sets, rest 'on hold for now' (no unlock event, nobody named), then an unscoped "
     "'Green light' on the first-off",
     [("WhatsApp_Chat_Jess_Whitfield_Sunny.txt", """12/06/2024, 08:31 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
12/06/2024, 08:31 - Jess Whitfield: Hi Sunny! PO BP-2207 just went through - 15 sample sets of the spatula trio in Eucalyptus green. The rest of the 1,500 stays on hold for now
12/06/2024, 08:44 - Sunny Zhou: Received, thank you Jess. The colour chip also arrived yesterday
12/06/2024, 08:45 - Sunny Zhou: We will make first-off on Friday
14/06/2024, 17:20 - Sunny Zhou: <Media omitted>
14/06/2024, 17:21 - Sunny Zhou: First-off photo, colour match vs your chip under D65. delta E 0.8
14/06/2024, 17:58 - Jess Whitfield: Ooh that's a lovely match. Green light 🟢
14/06/2024, 17:59 - Sunny Zhou: 👍 ok
14/06/2024, 18:03 - Jess Whitfield: Off to the Sydney gift fair next week so might be slow to reply x
""")])

# p60: Japanese-English, "We approve. Please proceed." after a video call.
_haruka1 = """From: Haruka Ito <h.ito@tokai-kitchen.co.jp>
Sent: Tuesday, June 4, 2024 10:15
To: Becky Lin <becky@xinyi-kitchenware.com>
Subject: PO TK-24-02011 prototype yukihira 18cm

Dear Ms. Becky Lin,

Thank you for your support always.
We send PO TK-24-02011. This PO is for 8 pcs prototype of yukihira pan 18cm only.
Please do not start mass production of remaining 2,992 pcs. This remaining quantity is not released.
After IH test is passed in our lab, I (Haruka Ito) will send you the production release by e-mail.

Best regards,
Haruka Ito"""
_becky = """From: Becky Lin <becky@xinyi-kitchenware.com>
Sent: Thursday, June 13, 2024 18:40
To: Haruka Ito
Subject: RE: PO TK-24-02011 prototype yukihira 18cm

Dear Ms. Ito,
Thank you for the video call today. As you saw, handle colour is changed to dark brown and laser
depth of the measuring marks is 0.15mm now. Please confirm so we can proceed.
Becky"""
_t = f"""Dear Ms. Becky Lin,

Thank you for your quick work and for the video call.
We checked the handle colour and the laser marks with our design team.

We approve. Please proceed.

Best regards,

Haruka Ito
Purchasing Group 2
Tokai Kitchen Trading Co., Ltd.
TEL +81-52-000-4410

{quote(_becky)}
>
{quote(_haruka1)}
"""
case("p60_tokai_we_approve", ["RG002"],
     "'We approve. Please proceed.' names neither samples nor a quantity; quoted PO mail gives 8 pcs, "
     "hold on 2,992, IH test + written release by Haruka Ito",
     [("RE_TK-24-02011_handle_colour.eml", eml_bytes(mail(
         "Haruka Ito <h.ito@tokai-kitchen.co.jp>", "Becky Lin <becky@xinyi-kitchenware.com>",
         "RE: RE: PO TK-24-02011 prototype yukihira 18cm", "Fri, 14 Jun 2024 09:05:00 +0900", _t,
         in_reply_to="<h113-becky-0613@xinyi-kitchenware.com>")))])

# p61: artwork "approved, go ahead" on a gift-set PO, multipart/alternative with quoted scope.
_dana = """On Jun 3, 2024, at 9:12 AM, Dana Kowalski <dkowalski@whitcombelane.com> wrote:

Jason - PO WL-PO-7740 is for 12 sample gift sets (3-pc fry pan set WL-GS3) only, for the store set
review on 7/23. The balance of 1,188 sets is not released. I will issue a written release for it
after the store set sample sign-off; until then please do not start it.
Dana"""
_t = f"""Hi Jason,

Artwork v3 looks great - approved, go ahead.

Two reminders from our packaging team:
- UPC must be the 12-digit version (0 84412 77401 3), not the EAN
- Prop 65 warning goes on the bottom panel, 6 pt minimum

Thanks for turning this around so fast!

Dana Kowalski
Senior Buyer, Housewares | Whitcombe & Lane
350 W 31st St, New York, NY 10001 | (212) 555-0119

{quote(_dana)}
"""
case("p61_wl_artwork_go_ahead", ["RG002"],
     "'approved, go ahead' on artwork v3 of a gift-set box without saying samples or a quantity; the "
     "quoted PO note gives 12 sets, hold on 1,188, sign-off event and Dana Kowalski",
     [("RE_WL-GS3_artwork_v3.eml", eml_bytes(mail(
         "Dana Kowalski <dkowalski@whitcombelane.com>", "Jason Huang <jason@rongda-stainless.cn>",
         "Re: WL-GS3 gift box artwork v3", "Wed, 12 Jun 2024 11:26:00 -0400", _t, html=simple_html(_t),
         in_reply_to="<h113-jason-0611@rongda-stainless.cn>")))])

# p05: Indian supplier status: treats the forecast as confirmed and books coil for 5,000.
_luis = """From: Luis Herrera <lherrera@brigadechef.com>
Sent: Friday, May 24, 2024 3:18 PM
To: Harpreet Singh <harpreet@ludhianasteelcraft.in>
Subject: PO 44190 - 20 qt stockpot samples

Harpreet,

PO 44190 covers 50 sample stockpots (BCS-SP20, 20 qt, 18/8 with capsule base) only. The 5,000 pcs
annual figure in our RFQ is a forecast, not an order - nothing beyond the 50 is released.
Production is released only by a revised PO signed by me after our test-kitchen sign-off of the
samples.

Luis Herrera
Category Buyer - Cookware, Brigade Chef Supply"""
_t = f"""Dear Luis ji,

Greetings from Ludhiana!

Status of PO 44190:
1. 50 nos. sample stockpots under process, polishing going on. Dispatch by 28 June by air.
2. Capsule base brazing done, impact bonding test OK, report will come with samples.
3. As per your forecast of 5,000 pcs for the year, we have considered the same as confirmed order
   and booked SS 304 coil 2.5 MT from JSL for the complete quantity at last month's rate, because
   the mill has announced a price hike from 1st July. Kindly note.

Kindly do the needful and share the shipping marks at the earliest.

Thanks & Regards,
Harpreet Singh
Director - Exports
Ludhiana Steelcraft Industries Pvt. Ltd.
Focal Point Phase VIII, Ludhiana 141010, Punjab, India
+91 98150 00000

{quote(_luis)}
"""
case("p05_lsi_coil_forecast", ["RG006", "RG008"],
     "supplier treats the 5,000 pcs annual forecast as a confirmed order and books coil for it while "
     "only 50 samples are released; quoted buyer scope is complete",
     [("RE_PO_44190_status.eml", eml_bytes(mail(
         "Harpreet Singh <harpreet@ludhianasteelcraft.in>", "Luis Herrera <lherrera@brigadechef.com>",
         "RE: PO 44190 - 20 qt stockpot samples", "Wed, 19 Jun 2024 12:41:00 +0530", _t,
         in_reply_to="<h113-luis-0524@brigadechef.com>")))])

# p12: WeChat, blanks cut for all 2,000 and "when you sign samples we just continue".
case("p12_wechat_petty_blanks", ["RG006", "RG007"],
     "supplier laser-cut blanks for all 2,000 while only 10 samples are released and says sample "
     "sign-off lets them continue without new paper",
     [("wechat_Annie_Wu_Kenji_Nakamura.txt", """WeChat chat history export
Contact: Annie Wu 吴安妮 (Jinlong Knife)   Me: Kenji Nakamura (Kuraya Housewares)
Exported: 2024-06-27
==================================================

2024-06-10 09:12:41  Kenji Nakamura
Ms. Annie, good morning. PO KH-PO-240622 was sent by e-mail. Only 10 pcs sample of petty knife 135mm (KH-PT135).
The 1,990 pcs is not released yet, please do not start. After our sharpness test is pass, Mr. Yuki Sato will send the release by e-mail.

2024-06-10 09:30:05  Annie Wu 吴安妮
ok noted Mr. Nakamura 🙏

2024-06-10 09:30:40  Annie Wu 吴安妮
handle same walnut like nakiri?

2024-06-10 09:41:17  Kenji Nakamura
Yes, same walnut octagon. Ferrule black pakka.

2024-06-24 19:03:52  Annie Wu 吴安妮
Mr. Nakamura, samples ready next week.
For save time we already cut the blanks for all 2000pcs, laser cut finish yesterday, so when you sign the samples we just continue heat treatment and grinding, no need wait new paper 😊

2024-06-24 19:04:10  Annie Wu 吴安妮
[Photo]

2024-06-25 08:50:33  Kenji Nakamura
Thank you for information. We will check internally.
""")])

# p29: supplier status report (DOCX): circles received for the full programme, 400 released.
case("p29_rongda_status_report", ["RG006"],
     "supplier report: 400 pcs released but clad circles, handles and lids received for the 2,600 "
     "programme with no material authority",
     [("AKC-FP28_weekly_status_wk25.docx", docx_bytes([
         ("h1", "Weekly Production Status — Week 25"),
         ("p", "Customer: Ashdown Kitchen Co. Ltd   Item: AKC-FP28 28 cm tri-ply frying pan   "
               "Supplier: Chaozhou Rongda Stainless Products Co., Ltd."),
         ("p", "Prepared by: Jason Huang (Sales) / Mr. Cai (Workshop 3)   Date: 21 June 2024"),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Released (your release AKC-REL-07, gift-set promo)", "400 pcs", "in production"],
             ["Deep drawing done", "400 pcs", "100%"],
             ["Polishing", "260 pcs", "65%"],
             ["3-ply clad circles Ø 330 mm (SUS304/AL/SUS430)", "2,600 pcs", "received in warehouse"],
             ["Cast handles + rivets", "2,600 sets", "received"],
             ["Glass lids 28 cm", "2,600 pcs", "on order, ETA 5 July"],
         ]),
         ("h", "Comments"),
         ("li", "To secure the mill slot in July, clad circles, handles and lids were purchased for the full "
                "programme of 2,600 pcs."),
         ("li", "Salt spray test 24 h on rivets: passed."),
         ("li", "400 pcs gift-set promo: ready for inspection 3 July, QC by your agent."),
         ("p", "Best regards, Jason Huang"),
     ], author="Jason Huang"))])

# p30: UK buyer invites material for the whole programme with no formal authority.
_t = """Hi Emre,

Hope all's well in Gaziantep and the heat isn't too brutal yet.

Quick one on PR-77160 (the 20 cm copper sauté, tin lined):

- Samples: still eight (8) pcs only, as per the PO. The remaining 1,192 are not released - please
  don't start them. I'll send a written release once Rhys has signed off the tin lining test.
- To save time later, feel free to get the bronze handle castings and the 1.2 mm copper sheet in for
  the whole programme now, so you're ready to go the day we release. We'll sort out the paperwork on
  that later.

Can you send me the foundry's lead time for the castings?

Many thanks,
Fiona
""" + sig("Fiona McAllister", "Buyer - Cook & Dine", "Pennington & Rowe Ltd, 200 Oxford Street, London W1D 1NU",
          "+44 20 7946 0315")
case("p30_pr_castings_whole_programme", ["RG006"],
     "buyer invites buying castings and copper sheet for the whole 1,200 programme 'paperwork later' "
     "while only 8 samples are released; no explicit material authority",
     [("PR-77160_castings.eml", eml_bytes(mail(
         "Fiona McAllister <fiona.mcallister@penningtonrowe.co.uk>", "Emre Yıldız <emre@anatoliabakir.com.tr>",
         "PR-77160 copper sauté - samples and castings", "Mon, 17 Jun 2024 09:48:00 +0100", _t)))])

# p31: WhatsApp, slabs for all 1,500 boards in the kiln, and "when you OK the samples we go straight to the 1,485".
case("p31_whatsapp_acacia_kiln", ["RG006", "RG007"],
     "supplier kiln-dries timber for all 1,500 boards against 15 released samples and says sample OK "
     "takes them straight into the 1,485 without another paper",
     [("WhatsApp_Chat_Lan_Nguyen_Bondi_Pantry.txt", """[10/06/2024, 07:58:12] Jess Whitfield: Morning Lan! PO BP-1190 is in your inbox - 15 sample boards only (the 45cm end-grain, BP-EG45). The other 1,485 are NOT released, please don't start them. Once I've signed off the samples I'll send you a written release for the rest.
[10/06/2024, 08:20:45] Nguyen Thi Lan: Dear Jess, well received 🙏
[10/06/2024, 08:21:30] Nguyen Thi Lan: Samples ready in 3 weeks, we send by FedEx
[18/06/2024, 14:02:11] Nguyen Thi Lan: Jess for your info, acacia slabs for all 1,500 boards already in the kiln, wood from Binh Phuoc very good quality this month
[18/06/2024, 14:03:40] Nguyen Thi Lan: When you OK the samples we go straight to the 1,485, no need another paper, save 2 weeks for your Christmas 😊
[18/06/2024, 21:15:02] Jess Whitfield: Thanks Lan! Samples first please - will chat once they land in Sydney
[18/06/2024, 21:15:30] Jess Whitfield: Can you send a pic of the juice groove on the first one?
[19/06/2024, 09:40:18] Nguyen Thi Lan: <attached: 00000012-PHOTO-2024-06-19-09-40-18.jpg>
""")])

# ---------------------------------------------------------------- batch 3
# p16: supplier schedule PDF - mass production starts automatically after sample approval.
case("p16_meiyu_schedule_auto_start", ["RG007"],
     "supplier schedule says mass production of 3,000 sets starts automatically 3 working days after "
     "sample approval, no further instruction - no recorded auto-conversion",
     [("Meiyu_schedule_WL-SIL-Cream.pdf", pdf([
         ("h1", "DONGGUAN MEIYU SILICONE PRODUCTS CO., LTD."),
         ("p", "Hengli Town, Dongguan, Guangdong 523460, China · Tel +86 769 555 0332"),
         ("h", "Sample & Production Schedule — Whitcombe & Lane, item WL-SIL5-CRM (5-pc utensil set, Cream)"),
         ("p", "Prepared by Sunny Zhou, Sales Manager · 2024-06-18"),
         ("table", [
             ["Step", "Date", "Remark"],
             ["Mould modification (thicker flex edge)", "2024-06-20", "done in-house"],
             ["PP samples ship to New York", "2024-06-28", "FedEx IP"],
             ["Customer sample approval (target)", "2024-07-10", "by W&L Product Development"],
             ["Mass production start", "3 working days after sample approval", "3,000 sets, 2 machines"],
             ["Ex-factory", "2024-08-20", "FOB Yantian"],
         ]),
         ("p", "Note: to keep the 8/20 ex-factory date, mass production of the 3,000 sets starts "
               "automatically 3 working days after your sample approval. No further instruction is "
               "needed from your side."),
         ("p", "Silicone compound: platinum cured, LFGB + FDA 21 CFR 177.2600, post-cured 4 h at 200 °C. "
               "Colour: Cream PMS 7527 C."),
     ], title="Meiyu schedule", author="Sunny Zhou"))])

# p35: French product manager contradicts the written-release requirement of the PO email.
_claire = """De : Claire Dubois <c.dubois@maison-cuivree.fr>
Envoyé : lundi 3 juin 2024 09:30
À : Marco Bertoli <m.bertoli@valtrompia-pentole.it>
Cc : Antoine Mercier
Objet : BC-24-0655 - poêle cuivre 28 cm - prototypes

Bonjour Marco,

Please find our order BC-24-0655. It covers six (6) prototypes of the copper frying pan 28 cm
(MC-POE-28) only. The 594 remaining pieces of the programme are not released. Production will be
released only by a written release from me, Claire Dubois, after our LFGB and induction tests.

Cordialement,
Claire Dubois - Responsable Achats"""
_t = f"""Bonjour Marco,

Thank you for the prototypes, they arrived on Friday in very good state. The chefs like the weight
very much.

The induction test is tomorrow morning at the lab in Villeurbanne. If the test is OK, you can
continue directly with the rest of the order, no need to wait for the paper from Claire - we are
very late for the salon in September and every week counts.

I call you tomorrow after the lab.

Merci et à demain,
Antoine

Antoine Mercier
Chef de produit - Cuisson
Maison Cuivrée SAS - 14 quai Saint-Vincent - 69001 Lyon
+33 4 78 00 12 40

{quote(_claire)}
"""
case("p35_mc_continue_after_test", ["RG007"],
     "product manager says a passed induction test lets the supplier continue with the rest without "
     "the written release the quoted PO email requires",
     [("RE_BC-24-0655_prototypes.eml", eml_bytes(mail(
         "Antoine Mercier <a.mercier@maison-cuivree.fr>", "Marco Bertoli <m.bertoli@valtrompia-pentole.it>",
         "RE: BC-24-0655 - poêle cuivre 28 cm - prototypes", "Mon, 17 Jun 2024 18:22:00 +0200", _t,
         in_reply_to="<h113-claire-0603@maison-cuivree.fr>")))])

# p36: supplier production timeline DOCX - mass production follows sample confirmation directly.
case("p36_vietgia_timeline", ["RG007"],
     "supplier timeline runs the 996 boards straight after the customer's sample confirmation with no "
     "written release step (timeline is a DOCX attached to a plain covering email)",
     [("SCCS-EG4530_timeline_mail.eml", eml_bytes(mail(
         "Tran Minh Duc <duc.tran@vietgiawood.vn>", "Mick O'Donnell <mick@southerncrosschef.com.au>",
         "SCCS-EG4530 - production timeline", "Thu, 20 Jun 2024 15:40:00 +0700",
         """Dear Mr. Mick,

Good afternoon from Binh Duong.

Please find attached the production timeline for the end-grain acacia board SCCS-EG4530, as you
asked on the phone. The samples are in oiling now and will be finished this week.

If you need any change of the timeline please let me know.

Best regards,
Tran Minh Duc
Export Manager
Viet Gia Wood Co., Ltd. - Tan Uyen, Binh Duong, Viet Nam
+84 274 000 3318
""",
         attachments=[("SCCS-EG4530_production_timeline.docx", docx_bytes([
         ("h1", "Production Timeline — SCCS-EG4530 end-grain acacia board"),
         ("p", "Customer: Southern Cross Chef Supply Pty Ltd (Melbourne)   Supplier: Viet Gia Wood Co., Ltd."),
         ("p", "Prepared by: Tran Minh Duc, Export Manager   Date: 20/06/2024"),
         ("table", [
             ["Week", "Activity", "Note"],
             ["26", "Samples finish, oiling and QC", "moisture 8-10 %"],
             ["27", "Samples to Melbourne by air courier", "FSC documents attached"],
             ["29", "Customer confirms samples", "chefs test"],
             ["30", "Start mass production 996 pcs", "directly after sample confirmation"],
             ["35", "Finish, pack, container loading", "40' HQ, Cat Lai port"],
         ]),
         ("p", "Remarks: After your sample confirmation we run the 996 boards straight away, without "
               "waiting, so the container can reach Melbourne before your September store delivery."),
         ("p", "Timber: FSC 100 % acacia from Binh Phuoc plantations. Finish: food-grade mineral oil + beeswax."),
         ("p", "Thank you and best regards, Duc"),
     ], author="Tran Minh Duc"), DOCX_MT)])))])

# p37: vendor portal acknowledgement - buyer scope is complete, supplier comment assumes auto-conversion.
case("p37_wl_portal_ack_comment", ["RG006", "RG007"],
     "portal PO note is complete (24 samples, 2,376 not released, sign-off + written release by Dana "
     "Kowalski) but the supplier's acknowledgement has material reserved for all 2,400 and says the "
     "balance will run on sample confirmation",
     [("WL-PO-7766_acknowledgement.html", html_page("Whitcombe & Lane Vendor Portal - PO WL-PO-7766", """
<div style="background:#1d2b44;color:#fff;padding:8px"><b>Whitcombe &amp; Lane</b> | Vendor Portal | PO Acknowledgement</div>
<h2>PO WL-PO-7766 &mdash; 6 qt enameled stockpot, Dutch blue (WL-SP6-BLU)</h2>
<table>
<tr><th>Vendor</th><td>Chaozhou Xinyi Kitchenware Co., Ltd. (V-118377)</td></tr>
<tr><th>Buyer</th><td>Dana Kowalski, Senior Buyer, Housewares</td></tr>
<tr><th>Order date</th><td>06/11/2024</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>First cost</th></tr>
<tr><td>1</td><td>WL-SP6-BLU</td><td>6 qt enameled steel stockpot, Dutch blue, glass lid &mdash; sample</td><td>24</td><td>$9.60</td></tr>
</table>
<h3>PO Note (buyer)</h3>
<div class="note">This PO covers 24 samples only. The balance of 2,376 pcs is not released &mdash; do not start it.
It will be released only by a written release from Dana Kowalski after the store set sample sign-off on 07/23.</div>
<h3>Vendor acknowledgement</h3>
<table>
<tr><th>Acknowledged by</th><td>Becky Lin</td></tr>
<tr><th>Date</th><td>06/12/2024</td></tr>
<tr><th>Vendor comment</th><td>Acknowledged, thank you. Steel blanks and enamel frit for all 2,400 pcs are already reserved in our warehouse. Upon sample confirmation, the balance 2,376 pcs will be produced without further instruction so we can meet the 09/15 DC date. Enamel color matched to Pantone 2154 C.</td></tr>
</table>
<p style="color:#666">Enamel: lead/cadmium per FDA CPG 7117.06 and California Prop 65. Ship-to DC: Edison, NJ.</p>
"""))])

# p56: supplier order confirmation - advance payment as production authority + automatic serial production.
case("p56_anatolia_order_confirmation", ["RG007", "RG012"],
     "supplier confirmation terms make receipt of the advance payment its authority to start production "
     "and say serial production follows sample approval automatically",
     [("Anatolia_OC-2024-118.pdf", pdf([
         ("h1", "ANATOLIA BAKIR MUTFAK A.S."),
         ("p", "Organize Sanayi Bolgesi 4. Kisim, 27600 Sehitkamil / Gaziantep, Turkiye · VKN 0680012345"),
         ("h", "ORDER CONFIRMATION / SIPARIS TEYIDI  OC-2024-118"),
         ("p", "Customer: Pennington & Rowe Ltd, London · Your PO: PR-77171 · Date: 14.06.2024"),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Unit GBP", "Total GBP"],
             ["1", "PR-CU-GR26", "Copper gratin dish 26 cm, tin lined, brass handles - samples", "10", "34,50", "345,00"],
             ["2", "TOOL-GR26", "Handle mould (cast brass)", "1", "4.250,00", "4.250,00"],
         ]),
         ("h", "General conditions"),
         ("p", "1. Prices ex works Gaziantep, packing included. 2. Tin lining by hand, lead < 0,1 %. "
               "3. Payment: 50 % advance, 50 % before shipment."),
         ("p", "4. Receipt of the advance payment is our authority to start production; the production "
               "date is fixed on the day the advance arrives."),
         ("p", "5. Serial production follows automatically after sample approval, without a new order."),
         ("p", "6. Any change of design after confirmation may change price and delivery."),
         ("p", "Emre Yildiz — Export Sales Manager — +90 342 000 1188"),
     ], title="OC-2024-118", author="Anatolia Bakir"))])

# p07: supplier answers a labelled forecast with "thank you for your order".
_dana = """From: Dana Kowalski <dkowalski@whitcombelane.com>
Sent: Monday, June 17, 2024 4:05 PM
To: Sunny Zhou <sunny@meiyu-silicone.com>
Subject: Q4 silicone program - forecast

Hi Sunny,

Sharing our Q4 forecast for the silicone utensil program so you can plan capacity:

  Sage      4,000 sets
  Charcoal  5,000 sets
  Cream     3,000 sets
  Total    12,000 sets

This is a forecast only - it is not an order and not a commitment. Orders will follow by PO, color by
color, after the store set review.

Thanks,
Dana"""
_t = f"""Dear Dana,

Thank you very much for your order of 12,000 sets for Q4!

We have booked the capacity of 2 moulding machines for October-November accordingly and will arrange
the mass production as per your order. Cream colour pigment will be prepared in September.

Please send us the carton marks and the UPC list when ready.

Best regards,
Sunny Zhou
Sales Manager
Dongguan Meiyu Silicone Products Co., Ltd.

{quote(_dana)}
"""
case("p07_meiyu_forecast_as_order", ["RG008"],
     "supplier calls the buyer's labelled 12,000-set forecast an order and plans mass production to it",
     [("RE_Q4_silicone_forecast.eml", eml_bytes(mail(
         "Sunny Zhou <sunny@meiyu-silicone.com>", "Dana Kowalski <dkowalski@whitcombelane.com>",
         "RE: Q4 silicone program - forecast", "Tue, 18 Jun 2024 10:11:00 +0800", _t,
         in_reply_to="<h113-dana-0617@whitcombelane.com>")))])

# p17: French department store forecast that calls itself a firm commitment.
case("p17_gb_forecast_firm", ["RG008"],
     "document titled forecast states the 2025 volumes are a firm commitment of the buyer",
     [("GB_previsions_2025_Valtrompia.pdf", pdf([
         ("h1", "GALERIES BELLECOUR — Prévisions d'achat 2025 / Purchase forecast 2025"),
         ("p", "Fournisseur : Officine Valtrompia Pentolame S.r.l. — Rayon Arts de la Table — Paris, le 20/06/2024"),
         ("table", [
             ["Réf.", "Article", "T1 2025", "T2 2025", "T3 2025", "T4 2025", "Total"],
             ["GB-CU-S20", "Casserole cuivre 20 cm", "150", "150", "200", "500", "1.000"],
             ["GB-CU-P28", "Poêle cuivre 28 cm", "100", "100", "150", "450", "800"],
             ["GB-CU-C24", "Cocotte cuivre 24 cm", "50", "50", "100", "300", "500"],
         ]),
         ("p", "Ces prévisions constituent un engagement ferme de Galeries Bellecour pour l'année 2025. "
               "/ These forecast volumes are a firm commitment of Galeries Bellecour for 2025; please "
               "reserve the corresponding capacity in your workshop."),
         ("p", "Les bons de commande détaillés (couleurs, emballage, dates de livraison) suivront par trimestre."),
         ("p", "Sophie Lambert — Acheteuse Arts de la Table — s.lambert@galeries-bellecour.fr"),
     ], title="Previsions 2025", author="Galeries Bellecour"))])

# p40: WhatsApp, Aussie buyer turns a forecast into a commitment.
case("p40_whatsapp_xmas_forecast", ["RG008"],
     "buyer tells the factory the 4k Christmas forecast is 'locked in', a firm commitment",
     [("WhatsApp_Chat_Mick_ODonnell_Kevin.txt", """[03/06/2024, 19:02:44] Mick O'Donnell: G'day Kev, heads up on Christmas
[03/06/2024, 19:03:30] Mick O'Donnell: our forecast for the 7-piece knife block (SCCS-KB7) is 4k units. Treat it as locked in mate, that's a firm commitment from us, so pencil in the line for Sept/Oct
[03/06/2024, 19:05:12] Kevin Liang: Thank you Mick! Noted 4,000 sets as firm 👍
[03/06/2024, 19:05:40] Kevin Liang: Block wood same acacia or change to rubberwood?
[03/06/2024, 19:11:02] Mick O'Donnell: acacia, same as last year. magnets on the side panel same too
[03/06/2024, 19:11:40] Mick O'Donnell: I'll send the artwork for the gift sleeve next week
[03/06/2024, 19:12:15] Kevin Liang: ok 🙏
""")])

# p41: supplier ERP order confirmation converts the forecast to a firm order and starts on deposit.
case("p41_jinlong_so_from_forecast", ["RG008", "RG012"],
     "supplier order confirmation converts the customer forecast to a FIRM ORDER and makes deposit "
     "receipt the production start",
     [("SO-240701_Jinlong.txt", """YANGJIANG JINLONG KNIFE & SCISSORS FACTORY        SALES ORDER CONFIRMATION
NO. 18 JINLONG RD, YANGDONG DISTRICT, YANGJIANG, GUANGDONG     TEL 0662-000-7731
=====================================================================================
SO NO.      : SO-240701               DATE      : 2024-07-01
CUSTOMER    : KURAYA HOUSEWARES CO., LTD. (OSAKA)
ATTN        : MR. KENJI NAKAMURA, PURCHASING SECTION
REFERENCE   : CUSTOMER FORECAST RUN 2024/06/28 (PROG FCST220)
ORDER TYPE  : FIRM ORDER (CONVERTED FROM CUSTOMER FORECAST)
=====================================================================================
ITEM        DESCRIPTION                      QTY   UNIT USD      AMOUNT USD  EX-FTY
----------  ----------------------------  -----  ---------  --------------  -------
KH-NK165    NAKIRI 165 VG10 WALNUT         2400       7.80       18,720.00  SEP-DEC
KH-GY210    GYUTO 210 VG10 WALNUT          1500       9.40       14,100.00  SEP-DEC
KH-PT135    PETTY 135 VG10 WALNUT          1500       6.90       10,350.00  OCT-DEC
-------------------------------------------------------------------------------------
TOTAL                                      5400                   43,170.00
PAYMENT     : 30% T/T DEPOSIT, 70% BEFORE SHIPMENT
PRODUCTION  : START UPON RECEIPT OF 30% DEPOSIT. DEPOSIT RECEIPT = PRODUCTION RELEASE.
REMARK      : PLS SIGN AND RETURN. VG10 STEEL TO BE ORDERED AFTER SIGNATURE.
PREPARED BY : ANNIE WU (SALES)                 CHECKED BY : MR. LIANG (GM)
=====================================================================================
""")])

# c07: explicit recorded auto-conversion.
case("c07_mc_recorded_autoconversion", [],
     "recorded auto-conversion names the 594 pcs, the signer (Claire Dubois) and the conditions; 6 "
     "samples active, balance otherwise not released",
     [("AC-2024-07_conversion_automatique.pdf", pdf([
         ("h1", "MAISON CUIVRÉE — Accord de conversion automatique"),
         ("p", "Recorded auto-conversion agreement AC-2024-07 · Lyon, 3 June 2024"),
         ("p", "Order: casserole cuivre 16 cm MC-CAS-16 · PO BC-24-0640 · Supplier: Officine Valtrompia "
               "Pentolame S.r.l., Lumezzane"),
         ("table", [
             ["PO line", "Scope", "Quantity", "Status on 3 June 2024"],
             ["1", "Sample", "6 pcs", "Authorized now - make and ship"],
             ["2", "Production", "594 pcs", "Not released - converts only as stated below"],
         ]),
         ("h", "Conversion rule (recorded)"),
         ("p", "If Claire Dubois, Responsable Achats, signs the sample sign-off for the six (6) samples "
               "with the disposition 'approved', and both the LFGB migration report and the induction "
               "test report are attached to that sign-off as passed, then 594 pcs (PO line 2) are "
               "released by that signed sign-off alone, with no further document."),
         ("p", "An 'interim' or 'rejected' disposition releases nothing. Any sign-off by another "
               "person releases nothing. Until the conversion happens, line 2 stays on hold and no "
               "material may be bought for it."),
         ("p", "Agreed: Claire Dubois (Maison Cuivrée) — Marco Bertoli (Officine Valtrompia) — recorded "
               "in both order files on 3 June 2024."),
     ], title="AC-2024-07", author="Maison Cuivree"))])

# c08: supplier: tooling deposit does not release production.
_t = """Dear Fiona,

Good afternoon from Gaziantep.

We confirm with thanks the receipt of GBP 4,250 today, the tooling deposit for the brass handle
mould of the copper gratin dish (your PO PR-77171).

Please note: the deposit does not release production. We will make twenty (20) T1 samples only,
from the new mould, and wait for your written production release before any serial production.
The mould will be ready on 5 July, samples by 15 July by UPS.

Kind regards,
Emre Yıldız
Export Sales Manager
Anatolia Bakır Mutfak A.Ş.
+90 342 000 1188
"""
case("c08_anatolia_deposit_not_release", [],
     "supplier confirms the tooling deposit and says explicitly it does not release production",
     [("PR-77171_deposit_received.eml", eml_bytes(mail(
         "Emre Yıldız <emre@anatoliabakir.com.tr>", "Fiona McAllister <fiona.mcallister@penningtonrowe.co.uk>",
         "PR-77171 - tooling deposit received", "Wed, 19 Jun 2024 15:02:00 +0300", _t)))])

# c09: supplier acknowledgement restating the buyer's hold, buyer email quoted.
_jess = """On Mon, 3 Jun 2024 at 09:14, Jess Whitfield <jess@bondipantry.com.au> wrote:
Hi Lan,
PO BP-1187 attached for the paddle serving boards (BP-PD38, acacia, leather strap).
It's for 12 samples only. The remaining 1,188 pcs are on hold and not released. I'll send a written
release for them once we've signed off the samples in Sydney - nothing from anyone else counts.
Cheers, Jess
Jess Whitfield | Product & Sourcing Lead | Bondi Pantry Co."""
_t = f"""Dear Jess,

We acknowledge PO BP-1187 as written:
- 12 pcs samples of paddle serving board BP-PD38 only;
- the remaining 1,188 pcs are on hold, not released, until you (Jess Whitfield) send the written
  release after sample sign-off;
- we will not buy timber or leather for the 1,188 pcs before that release.

Samples will be ready on 21 June and go by FedEx.

Best regards,
Nguyen Thi Lan
Sales Executive
Binh Duong Acacia Woodcraft JSC
Thu Dau Mot, Binh Duong, Viet Nam

{quote(_jess)}
"""
case("c09_bdaw_acknowledgement", [],
     "supplier acknowledgement restates 12 samples, 1,188 on hold, sign-off + written release by Jess "
     "Whitfield, no material; quoted buyer email is complete",
     [("RE_BP-1187_acknowledgement.eml", eml_bytes(mail(
         "Nguyen Thi Lan <lan.nguyen@bdacacia.vn>", "Jess Whitfield <jess@bondipantry.com.au>",
         "RE: PO BP-1187 paddle boards", "Tue, 4 Jun 2024 10:20:00 +0700", _t,
         in_reply_to="<h113-jess-0603@bondipantry.com.au>")))])

# c10: vendor portal PO with a complete scope note and the program quantity marked as information.
case("c10_wl_portal_scope", [],
     "portal PO: 18 samples; program 2,400 marked information only and not released; written release "
     "by Dana Kowalski after sample sign-off",
     [("WL-PO-7752_vendor_portal.html", html_page("Whitcombe & Lane Vendor Portal - PO WL-PO-7752", """
<div style="background:#1d2b44;color:#fff;padding:8px"><b>Whitcombe &amp; Lane</b> | Vendor Portal | Logged in as: Sunny Zhou (Dongguan Meiyu Silicone Products Co., Ltd.)</div>
<h2>Purchase Order WL-PO-7752</h2>
<table>
<tr><th>Vendor #</th><td>V-118204</td><th>Department</th><td>D-412 Kitchen Tools &amp; Gadgets</td></tr>
<tr><th>Buyer</th><td>Dana Kowalski</td><th>Order date</th><td>06/19/2024</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Order Qty</th><th>Program Qty (information only &ndash; not released)</th><th>First Cost</th></tr>
<tr><td>1</td><td>WL-SIL-WSK</td><td>Silicone balloon whisk 11&quot;, Charcoal &mdash; sample</td><td>18</td><td>2,400</td><td>$2.10</td></tr>
</table>
<h3>PO Notes</h3>
<div class="note"><b>Scope:</b> this PO authorizes 18 samples only. The program quantity of 2,400 shown above is for
information and is not released &mdash; please do not mould or buy compound for it.<br>
<b>Release:</b> the 2,400 can be released only by a written release from Dana Kowalski, Senior Buyer, after the
sample sign-off at the store set review.<br>
Include LFGB and FDA 21 CFR 177.2600 reports with the samples.</div>
"""))])

# c11: full production release letter, no balance.
case("c11_kuraya_release_letter", [],
     "written production release of the full 1,500 pcs production line after sample sign-off, signed "
     "by Yuki Sato; PO revised to cover it; no balance remains",
     [("KH-REL-0031_release.pdf", pdf([
         ("h1", "PRODUCTION RELEASE"),
         ("p", "Kuraya Housewares Co., Ltd. · 3-5-11 Minamisemba, Chuo-ku, Osaka 542-0081 · July 2, 2024"),
         ("p", "To: Yangjiang Jinlong Knife & Scissors Factory, attn. Ms. Annie Wu"),
         ("table", [
             ["Release No.", "PO", "Item", "Quantity released", "Unlock event"],
             ["KH-REL-0031", "KH-PO-240415 rev.2", "KH-GY210 Gyuto 210 mm VG-10, walnut",
              "1,500 pcs", "Sample sign-off of 10 samples, June 27, 2024 (sharpness + handle test passed)"],
         ]),
         ("p", "PO KH-PO-240415 rev.2 covers 1,510 pcs: the 10 samples (delivered) and 1,500 pcs "
               "production. With this release the full production line of 1,500 pcs is released. "
               "No balance remains on this PO."),
         ("p", "Material: you may buy VG-10 clad steel and walnut for these 1,500 pcs."),
         ("p", "Delivery: 750 pcs ex-factory September 20, 750 pcs October 18, 2024."),
         ("p", "Authorized by: Yuki Sato, Manager, Purchasing Section (release authority)"),
     ], title="KH-REL-0031", author="Kuraya Housewares"))])

# c12: stop notice as plain text.
case("c12_sccs_stop_notice", [],
     "stop notice: nothing beyond the 4 delivered samples, balance on hold, lifted only in writing by "
     "Mick O'Donnell after a revised sample passes",
     [("SC-4419_STOP_NOTICE.txt", """SOUTHERN CROSS CHEF SUPPLY PTY LTD - STOP NOTICE
==================================================
To:        Viet Gia Wood Co., Ltd - attn Mr Tran Minh Duc
From:      Mick O'Donnell, Purchasing Manager
Date:      21/06/2024
Order:     PO SC-4419 - SCCS-EG4530 end-grain acacia board 450 x 300 x 40

STOP. Please do not start anything further on this order.

- Quantity authorised now: none beyond the four (4) samples already delivered.
- The remaining 996 boards stay on hold. No glue-up, no timber cutting, no finishing.
- Reason: two of the four samples cracked along a glue line after the 48 h soak test in our
  Fitzroy test kitchen.
- What unlocks it: a revised sample that passes the same soak test, followed by a revised
  purchase order.
- This stop can only be lifted in writing by me, Mick O'Donnell.

Please confirm receipt and send your root cause for the glue line by 28/06.

Mick O'Donnell
Purchasing Manager | Southern Cross Chef Supply | +61 3 9000 4419
""")])

# ---------------------------------------------------------------- batch 4
# p08: UK approval record - "approval" for sample, PO and production.
case("p08_pr_approval_record", ["RG009"],
     "one record uses 'approval' for the sample sign-off, the finance PO sign-off and production "
     "authority; scope itself is complete (8 sets, 1,000 on hold, dishwasher test + written, Fiona McAllister)",
     [("PR-KB5_approval_record.docx", docx_bytes([
         ("h1", "Pennington & Rowe — Approval Record"),
         ("p", "Product: PR-KB5 5-piece knife block set (acacia block, X50CrMoV15 blades)"),
         ("p", "Supplier: Yangjiang Hongfeng Cutlery Co., Ltd. · PO PR-77190 (line 1: 8 sample sets; "
               "line 2: 1,000 production sets) · Record owner: Rhys Davies, Product Technologist"),
         ("table", [
             ["Approval", "Status", "Signed", "Date"],
             ["Sample approval (fit, finish, sharpness to ISO 8442-5)", "Approved", "Rhys Davies", "12/06/2024"],
             ["PO approval (commercial)", "Approved", "Finance, cost centre 4410", "13/06/2024"],
             ["Production approval", "Not given", "-", "-"],
         ]),
         ("h", "Notes"),
         ("p", "The quantity authorised now is the eight (8) sample sets already delivered. The 1,000 "
               "production sets on line 2 remain on hold. Production approval will only be given in "
               "writing by Fiona McAllister, Buyer – Cook & Dine, after the dishwasher test "
               "(200 cycles, BS EN 12875-1) is passed."),
         ("p", "Open point: block magnet strength on the side panel to be rechecked with the dishwasher batch."),
     ], author="Rhys Davies"))])

# p18: US buyer uses "released" for finance, QA and production in one email.
_t = """Hi Lily,

Quick update on PO 44231 (BCS-PK3, 3-pc paring knife set):

- Our finance team released the PO yesterday, so it's live in our system - line 1 for the 3 sample
  sets and line 2 for the 1,500 production sets.
- QA released the samples this morning: edge retention and the handle pull test both passed.
- Production release: not yet. The 1,500 sets are on hold until I send you the production release
  in writing, after our merchandising review on 7/2.

So please ship only the 3 sample sets for now - DHL on our account as usual.

Thanks!
Luis
""" + sig("Luis Herrera", "Category Buyer - Cutlery & Cookware", "Brigade Chef Supply, Inc., Chicago",
          "(312) 555-0147")
case("p18_bcs_released_three_ways", ["RG009"],
     "'released' means finance PO sign-off, QA sample sign-off and production release in one email; "
     "scope otherwise complete (3 sets, 1,500 on hold, merch review + written release by Luis)",
     [("PO_44231_update.eml", eml_bytes(mail(
         "Luis Herrera <lherrera@brigadechef.com>", "Lily Chen <lily@hongfeng-cutlery.com>",
         "PO 44231 - BCS-PK3 update", "Thu, 27 Jun 2024 11:40:00 -0500", _t)))])

# p45: WeChat - "approved" for PO, samples and an unscoped go-ahead.
case("p45_wechat_approved_everything", ["RG002", "RG009"],
     "chat uses 'approved' for the finance PO, the test-kitchen sample result and a final unscoped "
     "'Approved go ahead'; the opening message carries the full scope",
     [("wechat_Jason_Huang_Tyler_Okafor.txt", """WeChat chat history — Jason Huang (Rongda Stainless) & Tyler Okafor (Harbor & Hearth)
Exported 2024-07-03
------------------------------------------------------------

2024-06-07 07:41:20 Tyler Okafor
Jason - PO HH-55177 for 12 sample saute pans (3 qt, HH-SA3) is out. The 1,188 balance is not released. Megan Albright will send a written release after our sample sign-off.

2024-06-07 08:02:13 Jason Huang
received, thanks Tyler

2024-06-07 08:03:40 Jason Huang
is the PO approved? our finance need approved PO before we buy the sample material

2024-06-07 08:15:09 Tyler Okafor
yep PO is approved, finance signed it Friday

2024-06-21 16:30:55 Jason Huang
samples sent DHL 7731 4420 19

2024-07-01 09:12:31 Tyler Okafor
test kitchen approved the samples 👍 nice job on the helper handle

2024-07-01 09:40:02 Jason Huang
thank you! laser on the lid - new logo file from Megan ok?

2024-07-01 09:52:47 Tyler Okafor
Approved ✅ go ahead

2024-07-01 09:53:10 Jason Huang
👌
""")])

# p46: UK brand email - "release" for lab, finance and production; pre-production samples without a quantity.
_t = """Hi Annie,

Good news on the chef knife (AKC-CK20):

- Our lab released the samples on Friday - the ISO 8442-5 sharpness result was well above the line
  and the bolster finish is now what we wanted.
- Finance released PO AKC-30577 this morning, so you'll see it on the portal by tomorrow.
- Please start the pre-production samples for the Christmas gift set as we discussed on the call.

Production release for the programme is not given yet. The programme stays on hold until I send
you the production release in writing, after the gift-set buying review on 9 July.

Best regards,
Oliver
""" + sig("Oliver Pritchard", "Buying Manager", "Ashdown Kitchen Co. Ltd, Leeds", "+44 113 496 0710")
case("p46_akc_release_lab_finance", ["RG009", "RG010"],
     "'released' covers lab sample sign-off, finance PO sign-off and production release; the "
     "pre-production samples are authorized without any quantity",
     [("AKC-CK20_update.eml", eml_bytes(mail(
         "Oliver Pritchard <oliver.pritchard@ashdownkitchen.co.uk>", "Annie Wu <annie@jinlong-knife.com>",
         "AKC-CK20 chef knife - lab result, PO and next step", "Mon, 24 Jun 2024 08:58:00 +0100", _t,
         html=simple_html(_t))))])

# p09: buyer says go ahead with the samples "as per your quotation" - no quantity in the buyer's words.
_t = """G'day Becky,

Thanks for the quote - I've attached it back so we're all looking at the same thing.

Please go ahead with the samples as per your quotation, same finish as the photos you sent (satin
inside, mirror outside) and our logo etched on the base.

The production quantity in your quotation is not released. I (Mick O'Donnell) will release it in
writing once our chefs have done the induction and handle-heat test on the samples.

Cheers,
Mick
""" + sig("Mick O'Donnell", "Purchasing Manager", "Southern Cross Chef Supply Pty Ltd, West Melbourne VIC",
          "+61 3 9000 4419")
case("p09_sccs_samples_per_quote", ["RG010"],
     "buyer authorizes 'the samples as per your quotation' without stating how many; the number only "
     "appears in the supplier quote; hold, event and Mick O'Donnell are stated",
     [("SCCS-SP24_samples.eml", eml_bytes(mail(
         "Mick O'Donnell <mick@southerncrosschef.com.au>", "Becky Lin <becky@xinyi-kitchenware.com>",
         "SCCS-SP24 saute pan - samples", "Tue, 18 Jun 2024 16:05:00 +1000", _t,
         attachments=[("XY-Q-240612_SCCS.pdf", pdf([
             ("h1", "CHAOZHOU XINYI KITCHENWARE CO., LTD."),
             ("h", "QUOTATION XY-Q-240612"),
             ("p", "Customer: Southern Cross Chef Supply Pty Ltd    Date: 2024-06-12    Sales: Becky Lin"),
             ("table", [
                 ["Item", "Description", "Qty", "USD/pc", "Lead time"],
                 ["SCCS-SP24", "24cm saute pan tri-ply, SUS304 inside, helper handle - sample", "6 pcs", "26.00", "15 days"],
                 ["SCCS-SP24", "same - production", "1,000 pcs", "12.70", "40 days"],
             ]),
             ("p", "FOB Shantou. 30% deposit, 70% before shipment. Valid 60 days."),
         ], title="XY-Q-240612", author="Becky Lin"), PDF_MT)])))])

# p19: WeChat - "start the samples" with no quantity.
case("p19_wechat_start_samples", ["RG010"],
     "buyer tells the factory to start the samples without any quantity; hold, LFGB report + written "
     "release and Dana as releaser are stated",
     [("wechat_Dana_Kowalski_Sunny_Zhou.txt", """WeChat chat history
Dana Kowalski (Whitcombe & Lane) ↔ Sunny Zhou 周晴 (Meiyu Silicone)
--------------------------------------------------

2024-06-20 21:04:11 Dana Kowalski
Hi Sunny! Store set review went well. Pls start the samples for the new spatula set in Cream (WL-SIL5-CRM), same 5-piece line-up as the Sage set

2024-06-20 21:05:02 Dana Kowalski
Production qty is NOT released until I send the written release after the LFGB report comes back. Pls don't mix compound for production

2024-06-20 21:17:45 Sunny Zhou 周晴
ok Dana, noted. PMS 7527 C right?

2024-06-20 21:20:30 Dana Kowalski
yes 7527 C, matte

2024-06-20 21:21:02 Sunny Zhou 周晴
👌 will update you next week
""")])

# p48: "a few samples" - no quantity.
_t = """Hi Duc,

Thanks for the finish panels - the team loved the darker oil.

Could you make a few samples of the reversible acacia board (HH-CB18, 18" x 12") in that darker oil
finish and send them to Portland? The 2,400 boards on your quote are not released; nothing beyond the
samples, please. I'll release production in writing once Tyler has signed off the finish on the
samples.

Also, please use the new hang tag (v4) - file attached in my last email.

Best,
Megan
""" + sig("Megan Albright", "Sourcing Manager", "Harbor & Hearth Home, Portland OR", "+1 503 555 0140")
case("p48_hh_a_few_samples", ["RG010"],
     "'a few samples' is the only quantity for the authorized work; 2,400 declared not released, "
     "finish sign-off + written release by Megan stated",
     [("HH-CB18_samples_darker_oil.eml", eml_bytes(mail(
         "Megan Albright <malbright@harborandhearth.com>", "Tran Minh Duc <duc.tran@vietgiawood.vn>",
         "HH-CB18 samples - darker oil finish", "Fri, 21 Jun 2024 13:30:00 -0700", _t)))])

# p03: supplier reads the deposit as the start of mass production.
_dana = """On Jun 10, 2024, at 10:02 AM, Dana Kowalski <dkowalski@whitcombelane.com> wrote:

Becky,

PO WL-PO-7771 is for 24 sample kettles (WL-TK2, 2 qt whistling kettle) plus the 30% tooling
deposit for the spout mould. The balance of 2,376 kettles is not released. I will send a written
release after the sample sign-off at our store set review; the deposit does not change that.

Dana Kowalski | Senior Buyer, Housewares | Whitcombe & Lane"""
_t = f"""Dear Dana,

Thank you for the deposit USD 3,600, received today in our account.

As the deposit is arrived, we have arranged the mass production, start on Monday on line 2. The
spout mould is finish and T1 is good.

Samples will ship together with the first production carton for your checking.

Best regards,
Becky Lin
Chaozhou Xinyi Kitchenware Co., Ltd.

{quote(_dana)}
"""
case("p03_xinyi_deposit_mass_production", ["RG012"],
     "supplier takes the deposit as the trigger to start mass production although the quoted PO mail "
     "limits it to 24 samples and says the deposit changes nothing",
     [("RE_WL-PO-7771_deposit.eml", eml_bytes(mail(
         "Becky Lin <becky@xinyi-kitchenware.com>", "Dana Kowalski <dkowalski@whitcombelane.com>",
         "RE: WL-PO-7771 whistling kettle samples", "Wed, 19 Jun 2024 17:44:00 +0800", _t,
         in_reply_to="<h113-dana-0610@whitcombelane.com>")))])

# p15: buyer's accounts payable says the deposit lets the factory start.
_t = """Bonjour,

Nous avons réglé ce jour l'acompte de 30 % sur la commande BC-24-0672 (EUR 11.340,00), virement
SEPA réf. MC-AP-24-1187.

The factory may start production now.

Merci de nous adresser la facture définitive à l'adresse compta@maison-cuivree.fr.

Cordialement,
Nathalie Roux
Comptabilité fournisseurs / Accounts payable
Maison Cuivrée SAS - Lyon
"""
case("p15_mc_ap_deposit_start", ["RG012"],
     "accounts payable says the paid deposit lets the factory start production; the attached PO limits "
     "the order to 6 prototypes with the 1.194 pcs held for Claire Dubois' written release",
     [("BC-24-0672_acompte.eml", eml_bytes(mail(
         "Nathalie Roux <compta@maison-cuivree.fr>", "Marco Bertoli <m.bertoli@valtrompia-pentole.it>",
         "Acompte commande BC-24-0672", "Tue, 25 Jun 2024 10:12:00 +0200", _t,
         attachments=[("BC-24-0672.pdf", pdf([
             ("h1", "MAISON CUIVRÉE — BON DE COMMANDE BC-24-0672"),
             ("p", "Lyon, le 14/06/2024 — Fournisseur : Officine Valtrompia Pentolame S.r.l., Lumezzane"),
             ("table", [
                 ["Ligne", "Réf.", "Désignation", "Portée / scope", "Qté", "PU €"],
                 ["1", "MC-COC-24", "Cocotte cuivre/inox 24 cm", "prototypes", "6", "72,00"],
                 ["2", "MC-COC-24", "Cocotte cuivre/inox 24 cm", "production - NON LIBÉRÉE / NOT RELEASED", "1.194", "31,00"],
             ]),
             ("p", "Scope: line 1 (6 prototypes) is the only quantity authorized now. Line 2 (1.194 pcs) is "
                   "not released. It will be released only by a written release from Claire Dubois, "
                   "Responsable Achats, after the LFGB report and the chef panel sign-off of the prototypes."),
             ("p", "Acompte 30 % à la commande, solde à 60 jours fin de mois."),
             ("p", "Claire Dubois — Responsable Achats"),
         ], title="BC-24-0672", author="Maison Cuivree"), PDF_MT)])))])

# p32: Italian supplier orders sheet for the complete lot.
_sophie = """Il 05/06/2024 09:48, Sophie Lambert ha scritto:
> Bonjour Marco,
> Our order GB-24-3301 is for ten (10) samples of the copper casserole 20 cm (GB-CU-S20) only.
> The remaining 990 pieces are not released. They will be released only by a written release from
> me, Sophie Lambert, after our test panel has signed off the samples.
> Bien cordialement, Sophie"""
_t = f"""Gentile Sophie,

the ten samples are in polishing and will leave Lumezzane on Friday with TNT.

A note on timing: the rolling mill closes for the whole of August. To catch their July slot we have
already ordered the copper-steel bimetal sheet for the complete lot of 1.000 pieces; it arrives here
on 15 July. In this way we lose no time later.

Cordiali saluti,
Marco Bertoli
Ufficio Commerciale - Officine Valtrompia Pentolame S.r.l.
Via Matteotti 41, 25065 Lumezzane (BS) - tel. +39 030 000 8721

{_sophie}
"""
case("p32_ov_sheet_complete_lot", ["RG006"],
     "supplier ordered bimetal sheet for the complete 1.000-piece lot while only 10 samples are "
     "released and no material authority exists; quoted buyer scope complete",
     [("R_GB-24-3301_campioni.eml", eml_bytes(mail(
         "Marco Bertoli <m.bertoli@valtrompia-pentole.it>", "Sophie Lambert <s.lambert@galeries-bellecour.fr>",
         "R: GB-24-3301 casserole cuivre 20 cm - campioni", "Wed, 26 Jun 2024 17:30:00 +0200", _t,
         in_reply_to="<h113-sophie-0605@galeries-bellecour.fr>")))])

# p34: Indian supplier - advance received, so copper bought for all sets and production commenced.
_jess = """On Tue, 4 Jun 2024 at 10:02, Jess Whitfield <jess@bondipantry.com.au> wrote:
> Hi Rajesh,
> PO BP-1215 is for 12 sample sets of the hammered copper measuring cups (BP-CMC4) only. The advance
> we're paying covers the samples and the handle die, nothing else. The other 1,188 sets are not
> released - I'll send a written release once we've signed off the samples in Sydney.
> Cheers, Jess"""
_t = f"""Dear Jess Ma'am,

Greetings from Moradabad!

Thank you for remitting the advance payment, same is received in our account today.

As the advance is received, we have procured the copper sheets for all 1,200 sets and production has
commenced in our hammering unit. Sample sets will be sent by DHL next week along with the first
lot photos.

Kindly confirm the engraving font at the earliest.

With warm regards,
Rajesh Agarwal
Managing Partner
Moradabad Artisan Metalworks Pvt. Ltd.
Civil Lines, Moradabad 244001, U.P., India
+91 591 000 4471

{_jess}
"""
case("p34_mam_advance_copper", ["RG006", "RG012"],
     "supplier treats the advance as authority: copper bought for all 1,200 sets and production "
     "commenced though only 12 samples are released; quoted scope complete",
     [("RE_BP-1215_advance.eml", eml_bytes(mail(
         "Rajesh Agarwal <rajesh@moradabadartisan.in>", "Jess Whitfield <jess@bondipantry.com.au>",
         "RE: PO BP-1215 copper measuring cups", "Thu, 20 Jun 2024 14:10:00 +0530", _t,
         in_reply_to="<h113-jess-0604@bondipantry.com.au>")))])

# c13: WhatsApp with a careful Aussie buyer.
case("c13_whatsapp_carving_board", [],
     "chat: 6 sample boards only, 594 parked and not released, head chef sign-off + written release "
     "from Mick only; timber for the 6 only",
     [("WhatsApp_Chat_Mick_ODonnell_Lan.txt", """[05/06/2024, 10:15:03] Mick O'Donnell: Morning Lan, PO SC-4433 sent through - just the six (6) sample boards for now, the big 50cm carving board with the well
[05/06/2024, 10:15:40] Mick O'Donnell: The other 594 are parked. Not released, don't cut anything for them
[05/06/2024, 10:31:12] Nguyen Thi Lan: Noted Mick 🙏 6 pcs only
[05/06/2024, 10:33:55] Mick O'Donnell: Once our head chef has signed off the samples I'll send you a proper written release for the rest. Only from me mate - if anyone else on our side says otherwise, check with me first
[05/06/2024, 10:40:20] Nguyen Thi Lan: Understood. Can we buy the timber early for the 594? price going up in July
[05/06/2024, 10:52:07] Mick O'Donnell: Not yet - timber for the 6 only. I'll tell you in the release if you can stock up
[05/06/2024, 10:52:50] Nguyen Thi Lan: ok 👍
[19/06/2024, 15:22:31] Nguyen Thi Lan: <attached: 00000031-PHOTO-2024-06-19-15-22-31.jpg>
[19/06/2024, 15:23:10] Nguyen Thi Lan: 6 boards oiled, drying now. Ship Monday
""")])

# c14: sample PO full of identifiers that look like quantities.
case("c14_pr_identifiers_po", [],
     "sample PO for 8 pans with complete scope; SKU, drawing rev, EN/ISO norms, HS code, carton size "
     "and test cycle counts look like quantities but are not",
     [("PR-77205_purchase_order.pdf", pdf([
         ("h1", "Pennington & Rowe Ltd — Purchase Order PR-77205"),
         ("p", "200 Oxford Street, London W1D 1NU · VAT GB 289 1140 22 · Date 18/06/2024"),
         ("p", "Supplier: Chaozhou Xinyi Kitchenware Co., Ltd. (supplier no. 31450) · Buyer: Fiona McAllister"),
         ("table", [
             ["Line", "SKU", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "PR-5000-24", "24 cm ceramic non-stick frying pan, forged Al 4.0 mm, induction plate, "
              "drawing DRG-2400 Rev 12, colour PMS 7621 C", "8", "19.50", "156.00"],
         ]),
         ("h", "Specification references"),
         ("p", "Coating 25-30 µm, PFAS-free; abrasion test 3,000 cycles to EN 12983-1:2005 Annex; "
               "dishwasher test 200 cycles; LFGB §30/31; FDA 21 CFR 175.300; handle pull 100 N for 60 s. "
               "HS 7615.10.1000. Master carton 560 x 320 x 300 mm, 6 pcs. Label ref. ISO 7000-0434."),
         ("h", "Scope of this PO"),
         ("p", "This PO authorises eight (8) sample pans only. The remaining 1,992 pans of the programme "
               "are not released - please do not start them or buy material for them. The 1,992 can be "
               "released only by a written release from Fiona McAllister, Buyer – Cook & Dine, after "
               "Product Technology has signed off the coating test on the samples."),
         ("p", "Delivery: samples by air to P&R Product Technology, Unit 7 Park Royal, London NW10 7LQ, by 12/07/2024."),
     ], title="PR-77205", author="Pennington & Rowe"))])

# c15: old quote forwarded as message/rfc822, declared information only.
_old = mail("Emre Yıldız <emre@anatoliabakir.com.tr>", "Sophie Lambert <s.lambert@galeries-bellecour.fr>",
            "Teklif / Offer - copper cezve", "Tue, 15 Nov 2022 11:20:00 +0300",
            """Dear Ms. Lambert,

Our offer for the hand hammered copper cezve (Turkish coffee pot), 1 mm copper, tin lined, brass
handle, 350 ml:

  5.000 adet / pcs   EUR 6,40 / pc   ex works Gaziantep
  Delivery: 10 weeks

Best regards,
Emre Yıldız
Anatolia Bakır Mutfak A.Ş.
""", msgid="<h113-old-2022-cezve@anatoliabakir.com.tr>")
_t = """Dear Emre,

I forward below your offer from November 2022 only so that your workshop can see the specification
we used then (1 mm copper, tin lining, brass handle, 350 ml).

The 5.000 pieces in that old offer are for information only. They are not an order and nothing of it
is released.

Our current order GB-24-3320 is for twenty (20) samples of the new cezve (GB-CZ35, with the longer
handle). Production will be released only by a written release from me, Sophie Lambert, after our
sign-off of the samples. Until then please make the 20 samples and nothing more.

Bien cordialement,
Sophie Lambert
Acheteuse - Arts de la Table
Galeries Bellecour, 40 boulevard Haussmann, 75009 Paris
"""
case("c15_gb_forwarded_old_offer", [],
     "old 5.000 pcs offer forwarded as rfc822 and declared information only; current order 20 samples "
     "with hold, sign-off + written release by Sophie Lambert",
     [("TR_offre_2022_cezve.eml", eml_bytes(mail(
         "Sophie Lambert <s.lambert@galeries-bellecour.fr>", "Emre Yıldız <emre@anatoliabakir.com.tr>",
         "TR: Teklif / Offer - copper cezve (information) - GB-24-3320", "Mon, 24 Jun 2024 09:15:00 +0200", _t,
         attachments=[("rfc822", _old)])))])

# c16: supplier assumes auto-conversion, buyer replies correctly.
_kevin = """On Jun 24, 2024, at 6:12 AM, Kevin Liang <kevin@hongfeng-cutlery.com> wrote:

Dear Dana,
20 sets samples of steak knife set WL-STK6 ready, ship tomorrow by DHL.
Once you approve the samples we will roll straight into the 1,980 sets, so we can make your October
DC date.
Best regards, Kevin"""
_t = f"""Kevin,

Thanks for the quick turnaround on the samples.

On the 1,980 sets: no. Approving the samples will not start anything. The 1,980 sets stay on hold
until I send you a written release, and I will only do that after the sample sign-off at our store
set review on 7/23. Please build only the 20 sample sets on PO WL-PO-7780 and don't buy steel for the
rest.

If the October DC date is at risk, tell me what lead time you need after the release and I'll take
it to our planning team.

Dana Kowalski
Senior Buyer, Housewares | Whitcombe & Lane | (212) 555-0119

{quote(_kevin)}
"""
case("c16_wl_buyer_corrects_rollover", [],
     "quoted supplier line assumes the 1,980 roll on after sample approval; buyer's reply rejects it and "
     "restates 20 sets, hold, sign-off + written release by Dana Kowalski",
     [("RE_WL-STK6_samples.eml", eml_bytes(mail(
         "Dana Kowalski <dkowalski@whitcombelane.com>", "Kevin Liang <kevin@hongfeng-cutlery.com>",
         "Re: WL-STK6 samples ready", "Mon, 24 Jun 2024 09:31:00 -0400", _t,
         in_reply_to="<h113-kevin-0624@hongfeng-cutlery.com>")))])

# ---------------------------------------------------------------- batch 5
# p10: PO says 24 samples, product technologist's email asks for 30. Two files, one bundle.
_t = """Hi Becky,

Thanks for jumping on the call this morning.

As discussed, please make 30 samples of the 26 cm ceramic frying pan (AKC-CF26) for the store set -
we need the extra ones for the Pennington & Rowe buying team and for our own photo shoot.

Coating colour stays "Oat" (PMS 7527 C outside), handle in the soft-touch sage. Please put the
coating thickness on the inspection report (we want 30 µm minimum).

Thanks,
Hannah
""" + sig("Hannah Reid", "Product Technologist", "Ashdown Kitchen Co. Ltd", "+44 113 496 0722")
case("p10_akc_po_24_email_30", ["RG011"],
     "PO authorizes 24 sample pans while the technologist's email asks for 30 samples on the same order",
     [("AKC-30611_PO.pdf", pdf([
         ("h1", "Ashdown Kitchen Co. Ltd — Purchase Order AKC-30611"),
         ("p", "Date: 20/06/2024 · Buyer: Oliver Pritchard · Supplier: Chaozhou Xinyi Kitchenware Co., Ltd."),
         ("table", [
             ["Line", "SKU", "Description", "Qty", "Unit USD", "Ext. USD"],
             ["1", "AKC-CF26", "26 cm ceramic non-stick frying pan, Oat, sage handle - sample", "24", "17.00", "408.00"],
         ]),
         ("h", "Scope"),
         ("p", "This PO covers 24 samples only. The remaining 2,976 pans of the programme are not released. "
               "They will be released only by a written release from Oliver Pritchard, Buying Manager, "
               "after Ashdown has signed off the samples."),
         ("p", "Delivery: DHL to Ashdown Kitchen Co., Unit 4 Holbeck Works, Leeds LS11 5QN by 19/07/2024."),
     ], title="AKC-30611", author="Ashdown Kitchen Co.")),
      ("AKC-CF26_store_set_samples.eml", eml_bytes(mail(
          "Hannah Reid <hannah.reid@ashdownkitchen.co.uk>", "Becky Lin <becky@xinyi-kitchenware.com>",
          "AKC-CF26 samples for store set (PO AKC-30611)", "Fri, 21 Jun 2024 12:02:00 +0100", _t)))])

# p20: one DOCX sample order form, twelve in the text, 20 in the table.
case("p20_sccs_sample_form_12_20", ["RG011"],
     "sample order form says twelve (12) samples in the text and 20 in the line table",
     [("SCCS_sample_order_KB7.docx", docx_bytes([
         ("h1", "Southern Cross Chef Supply — Sample Order"),
         ("p", "Sample order SO-S-0621 · PO SC-4441 · Date 21/06/2024"),
         ("p", "Supplier: Yangjiang Hongfeng Cutlery Co., Ltd. — attn. Kevin Liang"),
         ("p", "Please make twelve (12) sample sets of the 7-piece knife block SCCS-KB7 (acacia block, "
               "magnetic side panel, 5Cr15MoV blades) for our chefs' trial in Melbourne and Sydney."),
         ("table", [
             ["Item", "Description", "Qty", "Unit USD"],
             ["SCCS-KB7", "7-piece knife block set, acacia - sample", "20", "41.00"],
         ]),
         ("p", "The production quantity of 4,000 sets is not released. It will be released only by a "
               "written release from Mick O'Donnell, Purchasing Manager, after the chefs' trial sign-off."),
         ("p", "Ship by air courier to 88 Dudley Street, West Melbourne VIC 3003, attn Purchasing."),
         ("p", "Mick O'Donnell, Purchasing Manager"),
     ], author="Mick O'Donnell"))])

# p50: Japanese thread - first 12 samples, later "15 pcs sample" on the same PO.
_kenji1 = """From: Kenji Nakamura <k.nakamura@kuraya-hw.co.jp>
Sent: Monday, June 3, 2024 9:20
To: Jason Huang <jason@rongda-stainless.cn>
Subject: PO KH-PO-240603 tamagoyaki pan sample

Dear Mr. Jason Huang,

We send PO KH-PO-240603 for 12 pcs sample of stainless tamagoyaki pan 13x18cm (KH-TM13).
Remaining 1,988 pcs is not released. Please do not start.
After IH test and handle test pass, Mr. Yuki Sato (Manager) will send the production release by e-mail.

Best regards,
Kenji Nakamura"""
_jason = """From: Jason Huang <jason@rongda-stainless.cn>
Sent: Wednesday, June 19, 2024 17:30
To: Kenji Nakamura
Subject: RE: PO KH-PO-240603 tamagoyaki pan sample

Dear Mr. Nakamura,
Samples in polishing. Please advise delivery date needed.
Jason"""
_t = f"""Dear Mr. Jason Huang,

Thank you for your update.

Please kindly send 15 pcs sample of KH-TM13 under PO KH-PO-240603 to arrive Osaka by July 10,
because we show them at the Osaka housewares exhibition on July 12.

Please use the Kuraya logo stamp (new version) on the handle end.

Best regards,

Kenji Nakamura
Purchasing Section, Kuraya Housewares Co., Ltd.
TEL +81-6-6251-0418

{quote(_jason)}
>
{quote(_kenji1)}
"""
case("p50_kuraya_12_then_15", ["RG011"],
     "same PO: first mail authorizes 12 samples, the later mail asks for 15 samples under that PO",
     [("RE_KH-PO-240603_delivery.eml", eml_bytes(mail(
         "Kenji Nakamura <k.nakamura@kuraya-hw.co.jp>", "Jason Huang <jason@rongda-stainless.cn>",
         "RE: RE: PO KH-PO-240603 tamagoyaki pan sample", "Thu, 20 Jun 2024 10:05:00 +0900", _t,
         in_reply_to="<h113-jason-0619@rongda-stainless.cn>")))])

# p51: WhatsApp - "8 sample stockpots" then "the 6 samples on SC-4450".
case("p51_whatsapp_8_then_6", ["RG011"],
     "buyer's chat first puts 8 sample stockpots on PO SC-4450, later refers to 'the 6 samples on "
     "SC-4450'; never reconciled",
     [("WhatsApp_Chat_Mick_ODonnell_Jason.txt", """04/06/2024, 09:02 - Mick O'Donnell: Jason mate, PO SC-4450 just went out - 8 sample stockpots, the 20 L commercial one with the 3-ply base (SCCS-SP20L)
04/06/2024, 09:03 - Mick O'Donnell: rest of the 600 is not released. I'll send the written release myself once our chefs have signed the samples off
04/06/2024, 09:20 - Jason Huang: received Mick, thank you
04/06/2024, 09:21 - Jason Huang: handle welded or riveted?
04/06/2024, 09:40 - Mick O'Donnell: riveted, 3 rivets each side. commercial kitchens wreck welded ones
17/06/2024, 14:11 - Mick O'Donnell: how are the 6 samples on SC-4450 coming along? need them here before the 8th
17/06/2024, 14:30 - Jason Huang: polishing now, ship next week by DHL
17/06/2024, 14:31 - Mick O'Donnell: legend 👍
""")])

# p52: ERP PO printout - header/note says 36, line says 30.
case("p52_bcs_erp_36_vs_30", ["RG011"],
     "ERP PO note authorizes 36 sample pcs while the only line orders 30",
     [("PO-44260_print.txt", """BRIGADE CHEF SUPPLY, INC.                    PURCHASE ORDER                   PAGE 1 OF 1
2150 S CANALPORT AVE  CHICAGO IL 60608
==========================================================================================
PO NUMBER   : 44260                     PO DATE    : 06/24/2024
VENDOR      : V-2291 CHAOZHOU RONGDA STAINLESS PRODUCTS CO LTD
BUYER       : L.HERRERA                 TERMS      : NET 45  FOB SHANTOU
SHIP TO     : BRIGADE TEST KITCHEN, 2150 S CANALPORT AVE, CHICAGO IL 60608
==========================================================================================
LN  ITEM        DESCRIPTION                          QTY   UM      UNIT        EXT
--  ----------  ---------------------------------  -----  ---  --------  ---------
01  BCS-HP13    HOTEL PAN 1/3 SIZE 4" DEEP 22GA       30   EA      6.20     186.00
                SS 18/8 - SAMPLE
------------------------------------------------------------------------------------------
                                                          TOTAL           186.00
NOTE: SAMPLES ONLY - 36 PCS AUTHORIZED ON THIS PO. BALANCE 1,164 PCS NOT RELEASED.
      BALANCE RELEASED ONLY BY REVISED PO SIGNED BY L. HERRERA AFTER TEST KITCHEN
      SIGN-OFF OF THE SAMPLES. DO NOT BUY MATERIAL FOR THE BALANCE.
      NSF/ANSI 2 MARK REQUIRED ON EACH PAN.
==========================================================================================
PRINTED 06/24/2024 15:02  USER LHERRERA  PGM POR200
""")])

# p54: release letter releases 1,500; same-day email asks for 1,200. Two files, one bundle.
_t = """Hi Kevin,

As discussed on WeChat, attached is release R-HH-0101 for the HH-CK8 chef knife.

Please go ahead with the 1,200 pcs for the first shipment (the Portland DC slot on 9/6). The
balance stays on hold until my next written release after the Q4 sell-through review.

Thanks,
Megan
""" + sig("Megan Albright", "Sourcing Manager", "Harbor & Hearth Home, Portland OR", "+1 503 555 0140")
case("p54_hh_release_1500_email_1200", ["RG011"],
     "release letter releases 1,500 pcs; the covering email for the same release says 1,200 pcs",
     [("R-HH-0101_release.pdf", pdf([
         ("h1", "Harbor & Hearth Home — Production Release R-HH-0101"),
         ("p", "Date: July 1, 2024 · Supplier: Yangjiang Hongfeng Cutlery Co., Ltd. · PO HH-55102 rev 3"),
         ("table", [
             ["Item", "PO quantity (production)", "Released by R-HH-0101", "Balance not released"],
             ["HH-CK8 8\" chef knife, VG-10, triple rivet", "3,600 pcs", "1,500 pcs", "2,100 pcs"],
         ]),
         ("p", "Unlock event: sample sign-off of the 24 samples by Tyler Okafor, Product Development, on June 21, 2024."),
         ("p", "The balance of 2,100 pcs is not released. It can be released only by a further written "
               "release from Megan Albright after the Q4 sell-through review."),
         ("p", "Released by: Megan Albright, Sourcing Manager (release authority)"),
     ], pagesize=LETTER, title="R-HH-0101", author="Harbor & Hearth")),
      ("Release_HH-CK8_first_shipment.eml", eml_bytes(mail(
          "Megan Albright <malbright@harborandhearth.com>", "Kevin Liang <kevin@hongfeng-cutlery.com>",
          "Release R-HH-0101 - HH-CK8", "Mon, 1 Jul 2024 09:15:00 -0700", _t)))])

# p55: HTML order page - "twenty-four (42)".
case("p55_bp_words_vs_digits", ["RG011"],
     "order page authorizes 'twenty-four (42)' sample sets - words and digits disagree (table says 24)",
     [("BP-1244_order_page.html", html_page("Bondi Pantry Co. - Supplier order BP-1244", """
<h1>Bondi Pantry Co. &mdash; Supplier order BP-1244</h1>
<p>Supplier: Chaozhou Rongda Stainless Products Co., Ltd. &middot; Contact: Jess Whitfield, Product &amp; Sourcing Lead &middot; 19 June 2024</p>
<h2>Nesting mixing bowl set BP-MB3 (brushed stainless, silicone base, 3 sizes)</h2>
<p>Please make <b>twenty-four (42)</b> sample sets for our Christmas catalogue shoot and the retail buyer meetings.</p>
<table>
<tr><th>SKU</th><th>Description</th><th>Qty</th><th>USD</th></tr>
<tr><td>BP-MB3</td><td>Mixing bowl set 1.5 / 3 / 5 L, brushed, sage silicone base &mdash; sample</td><td>24</td><td>11.40</td></tr>
</table>
<div class="note">The other 1,176 sets on your quote are not released. Jess Whitfield will send a written release
for them after we sign off the samples in Sydney. Please don't buy steel for them.</div>
<p>Freight: air courier to Bondi Pantry Co., 12 Hall Street, Bondi Beach NSW 2026.</p>
"""))])

# c17: buyer's question about lead time - not a release.
_t = """Dear Ms. Becky Lin,

Thank you for sending the IH test report of the yukihira pan 18cm.

So far only the 8 pcs prototype under PO TK-24-02011 are ordered.

We have one question for our planning. If we send you the production release on June 28, is it
possible to start 2,992 pcs by early July and ship in August?

Please note this is only a question for planning. It is not a production release. Please continue
to hold the remaining quantity until you receive the release from me by e-mail.

Best regards,

Haruka Ito
Purchasing Group 2
Tokai Kitchen Trading Co., Ltd.
"""
case("c17_tokai_question_lead_time", [],
     "buyer asks whether 2,992 pcs could start if released on a date, saying it is only a planning "
     "question and the hold continues",
     [("TK-24-02011_lead_time_question.eml", eml_bytes(mail(
         "Haruka Ito <h.ito@tokai-kitchen.co.jp>", "Becky Lin <becky@xinyi-kitchenware.com>",
         "TK-24-02011 yukihira 18cm - question about lead time", "Mon, 24 Jun 2024 11:30:00 +0900", _t)))])

# c18: interim sample disposition with quantity and expiry limits.
case("c18_akc_interim_disposition", [],
     "interim sign-off releases 400 pcs until 31/08 for the gift-set promo; 2,200 on hold until full "
     "sign-off after the rivet retest and a written release by Oliver Pritchard",
     [("AKC-FP28_interim_disposition.docx", docx_bytes([
         ("h1", "Ashdown Kitchen Co. — Sample Disposition"),
         ("p", "Item: AKC-FP28 28 cm tri-ply frying pan · Supplier: Chaozhou Rongda Stainless Products Co., Ltd. · "
               "PO AKC-30455 rev 1 (2,600 pcs) · Date: 10/06/2024"),
         ("table", [
             ["Field", "Entry"],
             ["Disposition", "INTERIM"],
             ["Reason", "Rivet head finish below standard on 3 of 10 samples; function and induction test passed"],
             ["Quantity limit", "400 pcs (gift-set promo)"],
             ["Expiry", "31/08/2024"],
             ["Signed off by", "Hannah Reid, Product Technologist"],
         ]),
         ("h", "What this means for the supplier"),
         ("li", "Release AKC-REL-07 releases 400 pcs for the gift-set promo, shipping by 31/08/2024."),
         ("li", "The other 2,200 pcs are not released and stay on hold."),
         ("li", "They can be released only after a full sign-off (rivet retest on 5 new samples) and then "
                "only by a written release from Oliver Pritchard, Buying Manager."),
         ("li", "Material: buy for the 400 pcs only."),
     ], author="Hannah Reid"))])

# c19: supplier weekly status - nothing bought beyond samples, waiting for release.
case("c19_meiyu_status_html_att", [],
     "supplier status (HTML attachment): samples shipped, no production material bought, waiting for "
     "written release",
     [("Meiyu_weekly_status_wk26.eml", eml_bytes(mail(
         "Sunny Zhou <sunny@meiyu-silicone.com>", "Dana Kowalski <dkowalski@whitcombelane.com>",
         "Weekly status wk26 - Whitcombe & Lane silicone items", "Fri, 28 Jun 2024 18:05:00 +0800",
         """Dear Dana,

Please find our weekly status for week 26 attached.

In short: all samples are shipped or in QC. No production material is purchased and no silicone
compound is mixed for production. We are waiting for your written release for each item.

Have a nice weekend!
Sunny Zhou
Sales Manager, Dongguan Meiyu Silicone Products Co., Ltd.
""",
         attachments=[("Meiyu_weekly_status_wk26.html", html_page("Meiyu weekly status wk26", """
<h2>Dongguan Meiyu Silicone Products Co., Ltd. &mdash; Weekly status to Whitcombe &amp; Lane</h2>
<p>Week 26 / 2024 &middot; prepared by Sunny Zhou</p>
<table>
<tr><th>PO</th><th>Item</th><th>Description</th><th>Status</th></tr>
<tr><td>WL-PO-7718</td><td>WL-SIL5-SGE</td><td>5-pc utensil set Sage, PP sample</td><td>30 sets shipped 06/21, FedEx 7781 0042 1190</td></tr>
<tr><td>WL-PO-7718</td><td>WL-SIL5-CHR</td><td>5-pc utensil set Charcoal, PP sample</td><td>30 sets shipped 06/21, FedEx 7781 0042 1190</td></tr>
<tr><td>WL-PO-7752</td><td>WL-SIL-WSK</td><td>Silicone whisk 11in, sample</td><td>18 pcs in QC, ship 06/28</td></tr>
</table>
<ul>
<li><b>Production material:</b> none purchased. No silicone compound mixed for production.</li>
<li><b>Production:</b> not started. We are waiting for your written release for each item.</li>
<li><b>Test reports:</b> LFGB + FDA 21 CFR 177.2600 sent with the samples (SGS ref. GZ24-06-1187).</li>
<li><b>Next:</b> moulding machine #4 is free from week 29 if a release arrives.</li>
</ul>
"""), "text/html")])))])

# c20: PO + quote as two files; PO marks the quote's volume tier as pricing only.
case("c20_hh_po_with_quote_clean", [],
     "PO for 24 sample santoku knives says the attached quote's 3,000 pcs tier is pricing only and not "
     "released; written release by Megan Albright after Tyler Okafor's sign-off",
     [("HH-55190_PO.pdf", pdf([
         ("h1", "Harbor & Hearth Home — Purchase Order HH-55190"),
         ("p", "1120 NW Couch St, Portland, OR 97209 · Date: June 12, 2024 · Buyer: Megan Albright"),
         ("p", "Vendor: Yangjiang Jinlong Knife & Scissors Factory, attn. Annie Wu"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Ext."],
             ["1", "HH-SN7", "7\" santoku, X50CrMoV15, olive wood handle - sample", "24", "$15.50", "$372.00"],
         ]),
         ("h", "Scope"),
         ("p", "This PO authorizes the 24 samples only. The 3,000 pcs tier in your attached quote "
               "JL-2406-08 is for pricing only and is not released. Please build the 24 samples and "
               "do not buy steel or wood for anything more."),
         ("p", "Production can be released only by a written release from Megan Albright, Sourcing "
               "Manager, after Tyler Okafor (Product Development) has signed off the samples."),
     ], pagesize=LETTER, title="HH-55190", author="Harbor & Hearth")),
      ("JL-2406-08_quote.pdf", pdf([
          ("h1", "YANGJIANG JINLONG KNIFE & SCISSORS FACTORY"),
          ("h", "QUOTATION JL-2406-08"),
          ("p", "To: Harbor & Hearth Home (Ms. Megan Albright) · 2024-06-06 · Sales: Annie Wu"),
          ("table", [
              ["Item", "Description", "Qty", "USD/pc", "Lead time"],
              ["HH-SN7", "7in santoku X50CrMoV15, olive wood, gift box", "24 pcs", "15.50", "15 days"],
              ["HH-SN7", "same", "3,000 pcs", "5.90", "40 days"],
          ]),
          ("p", "FOB Shenzhen. 30% deposit, 70% before shipment. Valid 60 days."),
      ], title="JL-2406-08", author="Annie Wu"))])

# c21: technical spec sheet with test sample counts, no ordering language.
case("c21_mc_fiche_technique", [],
     "technical spec sheet; test sample counts and norms only, states it orders and releases nothing",
     [("MC-POE-28_fiche_technique.docx", docx_bytes([
         ("h1", "Fiche technique / Specification sheet — MC-POE-28"),
         ("p", "Poêle cuivre 28 cm, cuivre 2,5 mm / inox 18/10, manche fonte d'inox, disque induction. Ind. D — 12/06/2024."),
         ("table", [
             ["Caractéristique / Property", "Valeur / Value", "Tolérance"],
             ["Diamètre haut / top diameter", "280 mm", "± 1 mm"],
             ["Épaisseur cuivre / copper", "2,5 mm", "± 0,1 mm"],
             ["Poids / weight", "1.650 g", "± 40 g"],
             ["Diamètre disque induction", "180 mm", "± 2 mm"],
         ]),
         ("h", "Essais / Tests"),
         ("table", [
             ["Essai / Test", "Norme / Standard", "Échantillons / Test pieces"],
             ["Migration (contact alimentaire)", "Reg. (CE) 1935/2004, LFGB §30/31", "3"],
             ["Induction", "EN 60335-2-6 procedure, 2,2 kW hob", "2"],
             ["Fatigue poignée / handle fatigue", "EN 12983-1:2005 §5.1.4", "2"],
         ]),
         ("p", "Cette fiche technique ne commande et ne libère aucune quantité. / This specification sheet "
               "does not order or release any quantity; quantities are set only by purchase order and "
               "written release."),
         ("p", "Rédigé par Antoine Mercier, chef de produit."),
     ], author="Antoine Mercier"))])

# c22: call-off against a blanket, remaining quantity held until the next call-off.
case("c22_bcs_calloff", [],
     "call-off releases 800 pcs; remaining 3,200 on the blanket not released until the next call-off "
     "signed by Luis Herrera; forecast row labelled non-binding",
     [("BCS_CALLOFF_03_BPO-9001.txt", """BRIGADE CHEF SUPPLY, INC.                      CALL-OFF / RELEASE                PAGE 1 OF 1
==========================================================================================
BLANKET PO  : BPO-9001 (BCS-FP10 10" TRI-PLY FRY PAN, 4,800 PCS COMMERCIAL COVER, 2024)
CALL-OFF NO : 03                         DATE       : 06/25/2024
VENDOR      : V-2291 CHAOZHOU RONGDA STAINLESS PRODUCTS CO LTD
==========================================================================================
                                   QTY      EX-FACTORY    DC
RELEASED BY THIS CALL-OFF         800 PCS   08/16/2024    JOLIET IL
PREVIOUS CALL-OFFS (01, 02)       800 PCS   SHIPPED
REMAINING ON BLANKET            3,200 PCS   NOT RELEASED
------------------------------------------------------------------------------------------
THE REMAINING 3,200 PCS ARE NOT RELEASED. EACH FURTHER QUANTITY IS RELEASED ONLY BY THE
NEXT CALL-OFF, SIGNED BY LUIS HERRERA (CATEGORY BUYER). MATERIAL: 800 PCS OF THIS CALL-OFF ONLY.

FORECAST (NON-BINDING, FOR PLANNING ONLY - NOT RELEASED):
  CALL-OFF 04  ~800 PCS  OCT      CALL-OFF 05  ~800 PCS  DEC
==========================================================================================
SIGNED: LUIS HERRERA, CATEGORY BUYER - COOKWARE           PRINTED 06/25/2024 10:14 POR310
""")])

# c23: Japanese buyer, "proceed only with 8 pcs", multipart/alternative.
_t = """Dear Ms. Becky Lin,

Thank you very much for the revised drawing of the 26cm frying pan (KH-FP26) with the fluorine-free
ceramic coating.

We kindly ask you to proceed only with 8 pcs of prototype, as per our PO KH-PO-240626.

Please do not start the mass production of the remaining 2,992 pcs. This quantity is not released.
After our coating test (abrasion and 260 degree heat test) is passed, Mr. Yuki Sato, Manager of
Purchasing Section, will send you the production release by e-mail. Only this e-mail releases the
remaining quantity.

We appreciate your kind understanding.

Best regards,

Kenji Nakamura
Purchasing Section
Kuraya Housewares Co., Ltd.
3-5-11 Minamisemba, Chuo-ku, Osaka 542-0081
TEL +81-6-6251-0418
"""
case("c23_kuraya_proceed_8_only", [],
     "'proceed only with 8 pcs of prototype'; 2,992 not released; coating test + e-mail release by "
     "Yuki Sato",
     [("KH-PO-240626_prototype.eml", eml_bytes(mail(
         "Kenji Nakamura <k.nakamura@kuraya-hw.co.jp>", "Becky Lin <becky@xinyi-kitchenware.com>",
         "KH-PO-240626 frying pan 26cm prototype", "Wed, 26 Jun 2024 14:20:00 +0900", _t,
         html=simple_html(_t), cc="Yuki Sato <y.sato@kuraya-hw.co.jp>")))])

# c24: WeChat, scoped go-ahead.
case("c24_wechat_colourway_scoped", [],
     "'Go ahead with the 20 colourway samples only'; 3,000 not released; written release by Dana after "
     "the store buyers sign off the colourways",
     [("wechat_Dana_Kowalski_Sunny_colourways.txt", """WeChat chat history
Dana Kowalski (Whitcombe & Lane) ↔ Sunny Zhou 周晴 (Meiyu Silicone)
--------------------------------------------------

2024-05-28 20:40:02 Sunny Zhou 周晴
Dana, colour chips for the 4 new colourways ready. Can we go ahead?

2024-05-28 21:02:45 Dana Kowalski
Go ahead with the 20 colourway samples only (5 per colour, turner WL-SIL-TRN)

2024-05-28 21:03:30 Dana Kowalski
Production 3,000 pcs is NOT released. I'll send you the written release after our store buyers sign off the colourways. Nothing else counts as a release

2024-05-28 21:10:12 Sunny Zhou 周晴
understood, 20 pcs only 👍

2024-05-28 21:10:40 Sunny Zhou 周晴
colour: Terracotta, Fog, Butter, Ink
""")])

# c25: supplier-facing order status page that keeps the three terms apart.
case("c25_hh_status_terms_apart", [],
     "status page keeps sample sign-off (approved), PO (issued) and production release (not released) "
     "apart; 12 samples, 1,188 held for Megan Albright after the sell-in review",
     [("HH-55210_order_status.html", html_page("Harbor & Hearth - Order status HH-55210", """
<h1>Harbor &amp; Hearth Home &mdash; Order status</h1>
<p>Order: <b>HH-DO5 5.5 qt enameled cast iron Dutch oven, Sea Salt</b> &middot; Supplier: Chaozhou Xinyi Kitchenware Co., Ltd. &middot; Updated 06/27/2024</p>
<table>
<tr><th>Step</th><th>Status</th><th>Who</th><th>Date</th></tr>
<tr><td>Sample sign-off (technical)</td><td>Approved &ndash; 12 samples, enamel and lid fit</td><td>Tyler Okafor, Product Development</td><td>06/21/2024</td></tr>
<tr><td>Purchase order (commercial)</td><td>Issued &ndash; PO HH-55210 covers 12 samples + 1,188 production</td><td>Purchasing</td><td>06/03/2024</td></tr>
<tr><td>Production release</td><td>Not released</td><td>&ndash;</td><td>&ndash;</td></tr>
</table>
<div class="note">Quantity authorized now: the 12 samples (delivered 06/18). The 1,188 production units are on hold.
They will be released only by a written release from Megan Albright, Sourcing Manager, after the retail launch
sell-in review on 07/15. The sample sign-off above does not release them.</div>
"""))])

# ===== CASES END =====



def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h113_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary for the README
    from collections import Counter
    rc = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} "
          f"multi-rule={sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in sorted(rc):
        print(f"  {r}: {rc[r]}")


if __name__ == "__main__":
    main()
