#!/usr/bin/env python3
"""Generator for the releasegate check_holdout88 corpus (stationery / school / office private label).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout88/build.py

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
    m["Message-ID"] = msgid or f"<h88-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h88")
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


def sig(name, title, company, phone="+44 113 496 0100"):
    return SIG_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)


TXT_MT = "text/plain"
HTML_MT = "text/html"


def quote_lines(text):
    """Prefix every line with '> ' as a mail client does for a reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


# =================================================================== CASES

# ------------------------------------------------------------------ batch 1
# c01 clean: UK supermarket PDF PO, 24 bound dummies, full scope note
case("c01_hl_po_dummies_pdf", [],
     "sample PO: 24 dummies named, 18,000 labelled not released, dummy sign-off + written release by named buyer",
     [("PO_4500218774.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500218774"),
         ("p", "Harrow & Lyle Stores plc - Own Brand Stationery - Kirkstall Road, Leeds LS4 2AZ, United Kingdom"),
         ("p", "Supplier: Ningbo Huaxin Stationery Co., Ltd., No. 88 Jinhai Road, Beilun, Ningbo, Zhejiang, China. "
               "Supplier no. 200417. Order date 03/02/2025. Buyer: Sarah Whitcombe. Currency GBP. Incoterms FOB Ningbo."),
         ("table", [
             ["Line", "Article", "Description", "Qty", "Unit", "Price", "Scope"],
             ["1", "HL-NB-A5-192R", "A5 casebound notebook 148 x 210 mm, 192 pp 80 gsm ruled, foil cover 'Meadow'",
              "24", "pcs", "0.00 (FOC)", "Bound dummy - sample"],
         ]),
         ("sp",),
         ("h", "Scope of this purchase order"),
         ("p", "This order covers twenty-four (24) bound dummies only. The production quantity of 18,000 pcs shown on "
               "your quotation HX-Q-2406-118 is for information only and is NOT released by this PO. Do not buy paper "
               "or board for it, and do not print it."),
         ("p", "What to do now: make the 24 dummies from stock paper. Send 12 to our Leeds office and 12 to Intertek "
               "Shanghai for EN 71-3 screening."),
         ("p", "The balance is released only by a written production release from Sarah Whitcombe, Senior Buyer - "
               "Stationery, issued after our Quality team has signed off the dummies. Material authority: sample only."),
         ("p", "BTS 2025 ship window 1-15 May 2025 is shown for planning only and is not a release."),
         ("h", "Delivery and invoicing"),
         ("p", "Deliver dummies by courier (DHL account 96 1174 220) to: Own Brand Stationery, Harrow & Lyle, Kirkstall "
               "Road, Leeds LS4 2AZ. Quote PO number on all paperwork. Payment 60 days end of month. Paper size per "
               "ISO 216; FSC mix 70% claim to be shown on the inner back cover."),
         ("p", "Harrow & Lyle standard terms of purchase (ed. 2023) apply. Registered in England no. 00412267."),
     ], title="PO 4500218774", author="Harrow & Lyle Stores plc"))])

# c02 clean: supplier quote (HTML) with sample and production tiers
case("c02_saigon_quote_html", [],
     "supplier quotation with sample and MOQ tiers; no authorization anywhere",
     [("Quotation_SB-Q-25-0417.html", html_page("Quotation SB-Q-25-0417", """
<h2>SAIGON BALO CO., LTD.</h2>
<p>Lot C7, Tan Tao Industrial Park, Binh Tan District, Ho Chi Minh City, Vietnam &middot; sales@saigonbalo.vn</p>
<h3>QUOTATION SB-Q-25-0417</h3>
<p>To: Karoo Retail Group (Pty) Ltd, Attn. Mr. Pieter van Wyk, Category Manager School &amp; Office<br>
Date: 17 April 2025 &middot; Validity: 60 days &middot; Terms: FOB Cat Lai, USD</p>
<p>Item: Kids backpack 18L &quot;Jozi&quot;, 600D recycled PET, padded straps, reflective strip, 2 side pockets,
EN 71-1/-2/-3 test at buyer cost. Packing 20 pcs / export carton.</p>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Unit price</th><th>Lead time</th></tr>
<tr><td>Pre-production samples</td><td>6 pcs</td><td>USD 35.00 / pc</td><td>12 days</td></tr>
<tr><td>MOQ</td><td>3,000 pcs</td><td>USD 8.40</td><td>55 days</td></tr>
<tr><td>Tier 2</td><td>5,000 pcs</td><td>USD 7.95</td><td>55 days</td></tr>
<tr><td>Tier 3</td><td>10,000 pcs</td><td>USD 7.60</td><td>65 days</td></tr>
</table>
<p>Production lead time counts from receipt of your written production release, not from the sample order.
Colour lab-dips included in sample price. Mould cost for logo zip puller USD 180 (one time).</p>
<p>This quotation is not an order confirmation. Prices based on PET yarn price of April 2025.</p>
<p>Best regards,<br>Nguyen Thi Thu Ha<br>Sales Manager</p>
"""))])

# c03 clean: WhatsApp, supplier asks for go-ahead, buyer keeps bulk on hold
case("c03_whatsapp_pencilcase", [],
     "supplier's go-ahead question; buyer scopes samples, holds 4.800 until EN 71 report + her written release",
     [("WhatsApp_Chat_Vardhman_Rakesh.txt", """WhatsApp Chat with Rakesh Vardhman (Mumbai)

12/03/2025, 09:41 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
12/03/2025, 09:41 - Rakesh Vardhman: Good morning madam
12/03/2025, 09:42 - Rakesh Vardhman: The 12 samples of pencil case PC-330 (3 colours x 4) reached your office? DHL shows delivered yesterday 16:10
12/03/2025, 09:43 - Rakesh Vardhman: Madam kindly tell, do we have go-ahead for the 4,800 bulk? Our cutting table is free from next week, we can book it for you
12/03/2025, 10:15 - Giulia Conti (CartoLinea): Buongiorno Rakesh! Yes they arrived, thank you. Colours are very nice, the lilac is exactly what we wanted
12/03/2025, 10:17 - Giulia Conti (CartoLinea): But no go-ahead for the bulk yet. The 12 samples are approved only for colour and print, nothing more.
12/03/2025, 10:18 - Giulia Conti (CartoLinea): The 4.800 pz stay on hold, not released. They will be released only when the EN 71 report from the lab is back OK and I send you the written release myself
12/03/2025, 10:18 - Giulia Conti (CartoLinea): So please don't cut fabric and don't buy zips for the bulk 🙏
12/03/2025, 10:20 - Rakesh Vardhman: Understood madam. We keep on hold, no fabric purchase. Only samples till your written release
12/03/2025, 10:21 - Rakesh Vardhman: Lab is SGS Gurgaon? We can courier 3 pcs more if they need
12/03/2025, 10:25 - Giulia Conti (CartoLinea): SGS Milano. They have enough, grazie
12/03/2025, 10:26 - Rakesh Vardhman: 👍
"""),
      ])

# c04 clean: labelled EDI forecast printout
case("c04_sakura_830_forecast", [],
     "EDI planning schedule clearly labelled forecast only, no firm horizon, no material authority",
     [("SAKURA_830_20250506.txt", """================================================================================
 SAKURA OFFICE MART CO., LTD.            EDI PLANNING SCHEDULE (X12 830)
 2-14-6 Nihonbashi, Chuo-ku, Tokyo       PRINTED 2025-05-06 07:02 JST  PAGE 1/1
================================================================================
 TO   : PT SINAR KERTAS JAYA             SUPPLIER CODE : ID-00317
        JL. RUNGKUT INDUSTRI III/12, SURABAYA
 SCHEDULE TYPE : FORECAST ONLY - NOT A PURCHASE ORDER
 FIRM HORIZON  : NONE      MATERIAL AUTHORITY : NONE      FAB AUTHORITY : NONE
--------------------------------------------------------------------------------
 ITEM        DESCRIPTION                    UOM   WK22   WK26   WK30   WK34
 SOM-EX-B5   EXERCISE BOOK B5 30 SHEETS     PCS   2,400  4,800  6,000  3,600
 SOM-EX-A5   EXERCISE BOOK A5 30 SHEETS     PCS   1,200  1,200  2,400  1,200
 SOM-LF-A4   LOOSE LEAF A4 100 SHEETS       PAK     600    600  1,200    600
--------------------------------------------------------------------------------
 NOTES:
 1. QUANTITIES ABOVE ARE A PLANNING FORECAST FOR BTS 2025 (JAPAN SCHOOL YEAR
    STARTS APRIL; REORDER WAVE). THEY ARE NOT AN ORDER AND NOT A COMMITMENT.
 2. ONLY PURCHASE ORDERS (X12 850) ISSUED BY SAKURA PURCHASING DEPT AUTHORISE
    PRODUCTION OR MATERIAL PURCHASE.
 3. REF. JIS P 0138 SIZE B5 182 x 257 MM. PAPER 70 G/M2.
================================================================================
 END OF SCHEDULE   SEGMENTS 0042   CONTROL NO. 000008830
================================================================================
""")])

# c05 clean: full-quantity repeat order PDF, "please proceed" with full qty
case("c05_penfold_repeat_po", [],
     "full-quantity repeat PO, proceed with full 6,000 packs, no balance exists",
     [("Penfold_PO_PF-118402.pdf", pdf([
         ("h1", "Penfold Office Supplies Ltd - Purchase Order PF-118402"),
         ("p", "Unit 4, Castlegate Business Park, Caldicot NP26 5AA, Wales, UK. VAT GB 281 4412 09."),
         ("p", "To: Vardhman Writing Instruments Pvt. Ltd., Plot 27, MIDC Andheri East, Mumbai 400093, India."),
         ("p", "Date: 11 February 2025. Order type: REPEAT ORDER. Buyer: Tom Reilly, Buyer - Writing & Desk."),
         ("table", [
             ["Line", "Our code", "Description", "Qty", "UoM", "Unit price USD", "Value USD"],
             ["1", "PF-GEL05-BL10", "Gel pen 0.5 mm blue, 10-pack, Penfold own label, hang-tab blister", "6,000", "packs", "1.42", "8,520.00"],
             ["", "", "Total", "6,000", "packs", "", "8,520.00"],
         ]),
         ("sp",),
         ("p", "This is a repeat of last season's order PF-109377, same specification, same packaging artwork "
               "(artwork ref. PF-ART-0931 rev C). Please proceed with the full 6,000 packs. This PO covers the "
               "complete quantity; there is no further balance and no sample stage."),
         ("p", "Ink test: your EN 71-3 report no. TUV-MUM-24-118802 remains valid until 31/03/2025; if production "
               "finishes later please send an updated report with the shipment documents."),
         ("p", "Ship window: 20/04/2025 - 30/04/2025 ex Nhava Sheva. Pack 20 x 10-packs per inner, 10 inners per "
               "master carton. Shipping marks per Penfold Supplier Manual section 6."),
         ("p", "Payment: 30 days from B/L date. Penfold general terms of purchase apply."),
     ], title="PF-118402", author="Penfold Office Supplies Ltd"))])

# p01: sample PO e-mail, no hold, no event, no release authority
case("p01_brightwell_dummies_eml", ["RG003", "RG004", "RG005"],
     "PO for twelve dummies against a production quote; never says the run is not released, no unlock event, nobody named",
     [("PO_7731_hardback_dummies.eml", mail(
         "Emma Hart <emma.hart@brightwell-stationery.co.uk>",
         "Lily Zhang <lily@nbhuaxin.com.cn>",
         "PO 7731 - Meadow hardback notebooks - dummies",
         "Tue, 04 Mar 2025 09:12:00 +0000",
         """Hi Lily,

Hope you had a good weekend.

Please find below our PO 7731 for the bound dummies of the new Meadow hardback range, as per your quotation HX-2291:

  Design 1  Meadow Sage       A5 hardback, 160 pp, 80 gsm cream, ruled    x4
  Design 2  Meadow Blush      A5 hardback, 160 pp, 80 gsm cream, ruled    x4
  Design 3  Meadow Ochre      A5 hardback, 160 pp, 80 gsm cream, dotted   x4

That's twelve (12) bound dummies in total. Soft-touch lamination with spot UV on the title, gold foil on the spine, round corners, elastic closure in matching colour and a 7 mm ribbon.

We need them in Leeds by 14 March at the latest for the range review with the Harrow & Lyle buying team, they're for the BTS 2025 range. Please courier on our FedEx account 3342-8871-2 and email the AWB.

Invoice against PO 7731 please. Let me know if anything in the spec is unclear.

Thanks so much,
Emma
""" + sig("Emma Hart", "Product Developer", "Brightwell Stationery Ltd (private label for Harrow & Lyle)")))])

# p02: French PDF PO, sample line plus unlabelled production quantity
case("p02_marche_clement_bdc_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "20 prototypes ordered, quote's 12.000 series quantity printed beside them with no hold, no event, no release person",
     [("BDC_MC-24-05512.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER N. MC-24-05512"),
         ("p", "Marche Clement SAS - Direction des Achats Non-Alimentaire - 14 quai Perrache, 69002 Lyon, France"),
         ("p", "Fournisseur / Supplier: Shenzhen Caiyun Printing Co., Ltd., Bao'an District, Shenzhen, PR China"),
         ("p", "Date: 06/01/2025 - Devise / currency: EUR - Incoterm: FOB Yantian - Paiement: 60 jours fin de mois"),
         ("table", [
             ["Ligne", "Ref.", "Designation", "Qte", "PU EUR", "Total EUR"],
             ["10", "MC-CAH-1722-96S", "Cahier 17x22 Seyes 96 p. 90 g, couverture polypro - prototypes imprimes (print proof + bound dummy)", "20", "4,50", "90,00"],
         ]),
         ("sp",),
         ("p", "Selon devis / according to quotation CY-Q-0907 du 12/12/2024: prototypes 20 pcs a 4,50 EUR; "
               "serie 12.000 pcs a 0,38 EUR, delai 45 jours."),
         ("p", "Please send the prototypes to our office in Lyon before 31/01/2025 for the rentree scolaire 2025 "
               "range review. Paper: 90 g/m2, PEFC. Ink: according to EN 71-3 and the French decree on "
               "mineral oils in printing inks. Barcode EAN-13 on back cover, 3760 1234 5678 9."),
         ("p", "Merci d'accuser reception de ce bon de commande. Contact: service achats papeterie, "
               "achats.papeterie@marche-clement.fr"),
     ], title="BDC MC-24-05512", author="Marche Clement SAS"))])

# p03: Italian DOCX PO with table, hold until further notice, person named
case("p03_cartolinea_binders_docx", ["RG004"],
     "10 samples active, 4.990 on hold 'until further notice' with a named releaser but no unlock event",
     [("Ordine_CL-2025-0233.docx", docx_bytes([
         ("h1", "CartoLinea S.r.l. - Ordine di acquisto / Purchase order CL-2025-0233"),
         ("p", "Via dell'Industria 41, 20037 Paderno Dugnano (MI), Italia - P.IVA 08812340967"),
         ("p", "Fornitore / Supplier: Kartonex Sp. z o.o., ul. Przemyslowa 12, 62-080 Tarnowo Podgorne, Polska"),
         ("p", "Data: 20/01/2025 - Resa: FCA Tarnowo Podgorne - Pagamento: bonifico 60 gg d.f."),
         ("table", [
             ["Pos.", "Articolo", "Descrizione", "Q.ta", "Prezzo EUR"],
             ["1", "CL-RAC4-A4-40", "Raccoglitore 4 anelli A4, dorso 40 mm, PP 1,9 mm, tasca dorso - campioni", "10", "3,20"],
         ]),
         ("p", ""),
         ("h", "Note / Notes"),
         ("p", "Only the 10 samples of position 1 are released with this order. The remaining 4.990 pz of the quoted "
               "5.000 are on hold and are NOT released: please do not produce them and do not purchase PP board for "
               "them."),
         ("p", "They stay on hold until further notice. Chiara Bassi (Responsabile Acquisti) is the only person "
               "who can release them."),
         ("p", "Colours: Pantone 7740 C (verde), 2387 C (blu), 1788 C (rosso). Ring mechanism 25 mm, nickel-free. "
               "Please send the samples to our warehouse in Paderno Dugnano, att. Ufficio Qualita."),
         ("p", "Cordiali saluti / Kind regards"),
         ("p", "Ufficio Acquisti CartoLinea"),
     ], author="CartoLinea Ufficio Acquisti"))])

# p04: Japanese ERP printout, BAL ON HOLD, no event, no person
case("p04_kobayashi_erp_po", ["RG004", "RG005"],
     "ERP PO for 10 samples, balance 2,990 on hold but no unlock event and no named release person",
     [("KB_PO_0088123.txt", """KOBAYASHI BUNGUTEN CO., LTD.                      PURCHASE ORDER
3-8-11 KANDA-OGAWAMACHI CHIYODA-KU TOKYO 101-0052   PO NO.  : 0088123
TEL 03-3294-7710                                    PO DATE : 2025/02/18
                                                    REV     : 00
VENDOR : 2210  NINGBO HUAXIN STATIONERY CO., LTD.
         NO.88 JINHAI RD BEILUN NINGBO CHINA
SHIP TO: KOBAYASHI BUNGUTEN DC  KAWAGUCHI SAITAMA
TERMS  : FOB NINGBO / T/T 60 DAYS          CURRENCY : JPY
---------------------------------------------------------------------------------
LN ITEM NO.      DESCRIPTION                       QTY  UOM  UNIT PRICE    AMOUNT
-- ------------- ------------------------------ ------ ---- ----------- ---------
01 KB-PCASE-220  PENCIL CASE 220X70 CANVAS NAVY     10  PCS      880.00    8,800
                 SAMPLE / MIHON
---------------------------------------------------------------------------------
                                              TOTAL QTY  10   TOTAL JPY     8,800
REMARKS:
 QUOTED QTY 3000 PCS (HX-Q-2501-044).
 SAMPLE ONLY 10 PCS. BAL 2990 PCS ON HOLD. DO NOT PRODUCE.
 SAMPLE TO KAWAGUCHI DC ATTN QC SECTION BY 2025/03/10.
 JAN CODE LABEL 4901234 56789 0 ON POLYBAG.
---------------------------------------------------------------------------------
AUTHORISED SIGNATURE : (SYSTEM GENERATED - NO SIGNATURE REQUIRED)
""")])

# p05: ZA supplier portal HTML, unnamed internal approval
case("p05_karoo_portal_po", ["RG005"],
     "portal PO: 16 samples active, 20,000 not released, events named, but release only by unnamed 'our side'",
     [("Karoo_Supplier_Portal_PO_810044271.html", html_page("Karoo Supplier Portal - PO 810044271", """
<div style="background:#1f4e3d;color:#fff;padding:6px">Karoo Retail Group &middot; Supplier Portal &middot; logged in as: PT Sinar Kertas Jaya (V-40112)</div>
<h2>Purchase order 810044271</h2>
<table>
<tr><th>Buyer</th><td>Karoo Retail Group (Pty) Ltd, Stationery &amp; Back-to-School</td></tr>
<tr><th>Supplier</th><td>PT Sinar Kertas Jaya, Surabaya, Indonesia</td></tr>
<tr><th>Created</th><td>2025-06-03</td></tr>
<tr><th>Incoterm</th><td>FOB Tanjung Perak</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Article</th><th>Description</th><th>Qty</th><th>Price USD</th></tr>
<tr><td>10</td><td>KRG-EXB-A4-72</td><td>Exercise book A4 72 pg feint &amp; margin, PP cover, sample</td><td>16</td><td>0.00</td></tr>
</table>
<div class="note">
<p><b>Scope:</b> Only line 10 (16 exercise books) is authorised now. The production quantity of 20,000 shown in your
quote SKJ-Q-0521 is NOT released by this PO. Do not print or convert for it.</p>
<p>It can be released only after (1) sample sign-off by our QA lab in Midrand and (2) internal approval from our
side. You will then receive a written release through this portal.</p>
</div>
<p>Back-to-school 2026 planogram: 4 facings per store, ship window Sep/Oct 2025 (planning information).</p>
<p style="color:#777">Documents: SKJ-Q-0521.pdf &middot; Karoo_Supplier_Manual_v7.pdf</p>
"""))])

# p06: WhatsApp; scope posted earlier; later unscoped 'green light'
case("p06_whatsapp_jinfeng", ["RG002"],
     "full sample scope earlier in chat; later 'green light' on proof v3 names neither sample-only nor a quantity",
     [("WhatsApp_Chat_Jinfeng_Bags.txt", """WhatsApp Chat with Amy Chen Jinfeng Bags

03/02/2025, 08:02 - Tom Reilly (Penfold): Morning Amy, PO 55120 just gone out from our system. To be clear on what it is:
03/02/2025, 08:03 - Tom Reilly (Penfold): PO 55120 = 20 sample pencil cases only (2 colours x 10). The 6,000 run is NOT released. I'll send a written release after our QC team signs off the samples. Don't buy fabric for the run yet pls
03/02/2025, 08:40 - Amy Chen Jinfeng Bags: Good morning Tom! Well noted, 20 pcs samples only, 6000 wait your written release
03/02/2025, 08:41 - Amy Chen Jinfeng Bags: samples ready about 10 days
07/02/2025, 14:22 - Amy Chen Jinfeng Bags: Tom, the zip puller with Penfold logo, new mould finished 👇
07/02/2025, 14:22 - Amy Chen Jinfeng Bags: <Media omitted>
07/02/2025, 14:23 - Amy Chen Jinfeng Bags: <Media omitted>
07/02/2025, 14:25 - Amy Chen Jinfeng Bags: and print proof v3 for the front panel, barcode corrected to 5012345 678900, please check
07/02/2025, 14:25 - Amy Chen Jinfeng Bags: <Media omitted>
07/02/2025, 16:58 - Tom Reilly (Penfold): Logo on the puller is much better. Proof v3 spot on. Green light from me 👍
07/02/2025, 17:01 - Amy Chen Jinfeng Bags: Thank you Tom!! 🙏
07/02/2025, 17:02 - Amy Chen Jinfeng Bags: Chinese new year team back full now, we arrange
""")])

# p07: Japanese-English e-mail, 'Approved - please proceed', balance held, no active quantity
case("p07_sakura_artset_eml", ["RG002", "RG010"],
     "'Approved - please proceed' with no quantity; balance hold, event and releaser are stated",
     [("RE_art_set_samples.eml", mail(
         "Kenji Sato <k.sato@sakura-om.co.jp>",
         "Wang Jie <wangjie@caiyun-print.cn>",
         "RE: Art set 24 colours - samples",
         "Thu, 10 Apr 2025 11:05:00 +0900",
         """Dear Mr. Wang,

Thank you very much for sending the samples of art set SOM-ART-24 (24 colours, wooden case) by EMS. They arrived on 8th April without damage.

Our merchandising team and quality section checked them carefully. The colour of the crayons and the printing on the case are good, and the latch of the wooden case works smoothly.

Approved - please proceed.

The balance stays on hold until I issue the written release, after we receive the EN 71 report from the test laboratory. Please do not ship anything before the report is finished.

One small request: please change the inner tray from white to natural kraft as we discussed by telephone. No need to resend samples for this change.

We thank you for your kind cooperation.

Best regards,
Kenji Sato
Sakura Office Mart Co., Ltd.
Merchandising Division, Stationery Section
2-14-6 Nihonbashi, Chuo-ku, Tokyo 103-0027
TEL +81-3-5201-4471
"""))])

# p08: supplier reply; bought paper for full run before release (quoted buyer scope is complete)
_p08_quoted = """Dear Lily,

PO 4500219002 covers 30 dummies only (3 designs x 10) of the Kraft Essentials spiral notebook.
The 20,000 production quantity on your quote is not released by this PO.
The production release will come only in writing from me, after our Quality team has signed off the dummies.

Kind regards,
Sarah Whitcombe
Senior Buyer - Stationery, Harrow & Lyle Stores plc"""
case("p08_huaxin_reply_paper", ["RG006"],
     "buyer scope is complete (30 dummies); supplier reports paper and greyboard bought for the whole 20,000",
     [("RE_PO_4500219002_dummies.eml", mail(
         "Lily Zhang <lily@nbhuaxin.com.cn>",
         "Sarah Whitcombe <sarah.whitcombe@harrowlyle.co.uk>",
         "RE: PO 4500219002 - Kraft Essentials dummies",
         "Mon, 17 Mar 2025 15:40:00 +0800",
         """Dear Sarah,

Well noted with thanks. The 30 dummies will finish on 24th March and we send by DHL same day, AWB will advise.

For your information: paper price from our mill will increase about 8% from 1st April, so to keep the price of our quotation we already purchased the 80gsm kraft paper and the 2.5mm greyboard for the full 20,000 pcs. Material is in our warehouse now.

Don't worry, we will not print or bind before your release.

Wire-o colour: black or kraft-brown? Please advise.

Best regards
Lily Zhang
Sales Manager | Ningbo Huaxin Stationery Co., Ltd.
Tel: +86 574 8688 2201 | WeChat: lilyzhang_hx

On 14/03/2025 09:30, Sarah Whitcombe wrote:
""" + quote_lines(_p08_quoted) + "\n",
         in_reply_to="<h88-sw-0314@harrowlyle.co.uk>"))])

# p09: supplier weekly status PDF, fabric bought for 10,000 while 200 released
case("p09_saigonbalo_status_pdf", ["RG006"],
     "supplier status report: 200 PP samples released, fabric and zips bought for 10,000 with no material authority",
     [("SB_Weekly_Status_W36.pdf", pdf([
         ("h1", "SAIGON BALO CO., LTD. - WEEKLY ORDER STATUS - WEEK 36 / 2025"),
         ("p", "Customer: Karoo Retail Group (Pty) Ltd - Attn. Mr. Pieter van Wyk, Ms. Lindiwe Dube"),
         ("table", [
             ["PO", "Item", "Released qty", "Made", "Shipped", "Material status"],
             ["810051", "Backpack 18L 'Jozi' navy/lime", "200 (pre-production)", "200", "0",
              "600D rPET fabric 12,500 m purchased (covers 10,000 pcs); YKK #5 zips 10,000 sets in stock"],
             ["810052", "Pencil pouch 'Jozi' (matching)", "120 (pre-production)", "60", "0", "fabric from same roll lot"],
         ]),
         ("sp",),
         ("p", "Remarks: PP samples of PO 810051 ready for your inspection on 4 September. The balance of 9,800 pcs "
               "is waiting for your written release from Mr. Pieter van Wyk after PP sample sign-off."),
         ("p", "We bought the full fabric early because the dye house closes for two weeks in September. Reflective "
               "tape and webbing will be bought after release."),
         ("p", "Prepared by: Tran Minh Khoa, Merchandiser. Contact: khoa.tm@saigonbalo.vn"),
     ], title="SB status W36", author="Saigon Balo Co., Ltd."))])

# p10: WeChat export via sourcing agent; factory ordered paper for 50k
case("p10_wechat_agenda_paper", ["RG006"],
     "agent's relay of the buyer scope is complete; factory says paper for 50k already ordered",
     [("WeChat_Bluecrest_Caiyun_agenda.txt", """WeChat chat history  |  Kevin Lau (Bluecrest Sourcing HK)  <->  Mr. Huang 黄总 (Caiyun Printing)
Exported 2025-03-28

2025-03-26 10:02  Kevin Lau (Bluecrest Sourcing HK):
Huang zong, good morning. Marche Clement PO MC-25-00871 is in your mailbox now.

2025-03-26 10:04  Kevin Lau (Bluecrest Sourcing HK):
Please note carefully: the PO is only 200 pcs pre-production for the "Agenda scolaire 2025-26" (A5, 176p, wire-o). The other 49,800 pcs are NOT released. Wait for the written release from Mme Dupont after she signs the PP samples in Lyon. Don't start.

2025-03-26 10:31  Mr. Huang 黄总:
ok understand. 200pcs PP first

2025-03-26 10:33  Mr. Huang 黄总:
but paper we already order for 50k pcs last week from the Hansol mill, arrive next Tuesday. otherwise cannot catch the BTS ship window, mill lead time 5 weeks now

2025-03-26 10:40  Kevin Lau (Bluecrest Sourcing HK):
Hmm. Client did not give you any material authority for the 50k. I will check with Mme Dupont and come back.

2025-03-26 10:41  Mr. Huang 黄总:
[OK]

2025-03-26 16:20  Kevin Lau (Bluecrest Sourcing HK):
Cover board sample colour Pantone 299 C ok? please send photo under daylight
""")])


# ------------------------------------------------------------------ batch 2
# c06 clean: explicit, recorded auto-conversion (quantity, signer, conditions)
case("c06_kobayashi_autoconv_eml", [],
     "explicit recorded auto-conversion: 3,000 by Ms Tanaka's sign-off under stated conditions; 9,000 held for her written release",
     [("PO_0088140_binder_notebooks.eml", mail(
         "Yuko Tanaka <y.tanaka@kobayashi-bunguten.co.jp>",
         "Dewi Lestari <dewi@sinarkertas.co.id>",
         "PO 0088140 B5 binder notebook - samples and agreed conversion",
         "Fri, 14 Mar 2025 16:20:00 +0900",
         """Dear Ms. Dewi,

Thank you for the meeting in Surabaya on 12 March. As promised, I confirm in writing what we agreed. The same text is in the meeting minutes MM-2025-0312, signed by you and by me.

1. PO 0088140 covers 30 (thirty) samples of B5 26-hole binder notebook KB-BND-B5. Please make only these 30 now.

2. Recorded auto-conversion: if I, Yuko Tanaka (Purchasing Manager), sign the sample sign-off sheet with the result "approved without remarks", that signed sheet by itself releases 3,000 pcs of the 12,000 pcs in your quotation SKJ-Q-0302. No other document is needed for these 3,000 pcs.
   Conditions: (a) EN 71-3 report passes; (b) the sheet is signed by 30 April 2025. If the result is "approved with remarks", or the date is later, nothing is released.

3. The remaining 9,000 pcs are not released. They need a separate written release from me after our April sell-through review.

4. Material authority: sample only until the signed sheet; after it, material for 3,000 pcs.

Paper: 70 g/m2, B5 (JIS) 182 x 257 mm. Ring hole pitch 9.5 mm (JIS Z 8303 type).

Best regards,
Yuko Tanaka
Purchasing Manager
Kobayashi Bunguten Co., Ltd.
TEL 03-3294-7712
"""))])

# c07 clean: supplier says the deposit does not release production; buyer scope quoted
_c07_quoted = """Bonjour Mr Li,

Ci-joint notre bon de commande MC-25-00412.
PO MC-25-00412: 20 samples only of the "Trousse double zip" pencil case.
The 11.980 series pieces of your PI are not released. I will send the written release myself (Camille Roux, acheteuse) after sample sign-off by our quality lab.
We will pay the 30% deposit of your PI to book capacity; the deposit is not a production release.

Cordialement,
Camille Roux
Acheteuse papeterie - Marche Clement SAS"""
case("c07_caiyun_deposit_ack", [],
     "supplier confirms deposit and states it does not release production; quoted buyer scope complete",
     [("RE_MC-25-00412_deposit.eml", mail(
         "Li Wei <liwei@caiyun-print.cn>",
         "Camille Roux <camille.roux@marche-clement.fr>",
         "RE: BDC MC-25-00412 / trousse double zip",
         "Wed, 02 Apr 2025 10:15:00 +0800",
         """Dear Camille,

We received today your deposit 30% of PI CY-PI-25-0331, EUR 4.212,00. Thank you very much.

Please note, the deposit does not release production. We make only the 20 pcs samples under PO MC-25-00412 and we wait for your written release for the 11.980 pcs after sample sign-off. No material purchase for the series before this.

Samples ETD 10 April by UPS.

Best regards
Li Wei
Shenzhen Caiyun Printing Co., Ltd. | Export Dept.

-----Original Message-----
From: Camille Roux
Sent: 28 March 2025 17:02
To: Li Wei
Subject: BDC MC-25-00412 / trousse double zip

""" + quote_lines(_c07_quoted) + "\n"))])

# c08 clean: South African call-off with explicit staged material authority
case("c08_karoo_calloff_pdf", [],
     "call-off releases 2,000; explicit staged material authority to 6,000; rest held for next call-off by named planner",
     [("Karoo_CallOff_FA-2025-07-03.pdf", pdf([
         ("h1", "KAROO RETAIL GROUP - CALL-OFF NOTICE"),
         ("p", "Frame agreement FA-2025-07 - Call-off no. 3 - Date 2025-08-04"),
         ("p", "Supplier: Kartonex Sp. z o.o., Tarnowo Podgorne, Poland. Buyer: Karoo Retail Group (Pty) Ltd, "
               "Stationery & BTS, 21 Lever Road, Midrand 1685, South Africa."),
         ("table", [
             ["Item", "Description", "Released now", "Material authority", "Not released"],
             ["KRG-LAF-A4-75", "Lever arch file A4 75 mm, PP-covered board, 'Karoo Basics' print", "2,000",
              "staged up to 6,000 units", "4,000"],
         ]),
         ("sp",),
         ("p", "Released for production now: 2,000 (two thousand) lever arch files, for the promotional pallet "
               "build in Durban (ship window 15-30 September 2025)."),
         ("p", "Material authority: staged up to 6,000 units of PP-covered board and lever mechanisms. You may buy "
               "and hold this material at Karoo's liability; do not convert, print or assemble more than the 2,000 "
               "released."),
         ("p", "The remaining 4,000 units of the 6,000-unit season programme are not released. They can only be "
               "released by the next call-off, issued by Thandi Nkosi, Supply Planner, after the sell-through "
               "review on 15 October 2025."),
         ("p", "Please acknowledge this call-off in the portal within 48 hours. Questions: thandi.nkosi@karoo-retail.co.za"),
     ], title="Call-off FA-2025-07-03", author="Karoo Retail Group"))])

# c09 clean: Italian buyer, sample approved for colour only, production not released
case("c09_galli_colour_only_eml", [],
     "sample approval scoped to colour, 8 samples active, 2.400 held for EN 71-3 report + written release by named buyer",
     [("Quaderni_maxi_campioni.eml", mail(
         "Paolo Ferri <p.ferri@supergalli.it>",
         "Budi Santoso <budi@sinarkertas.co.id>",
         "Quaderni maxi A4 - campioni / samples PO GA-5521",
         "Tue, 22 Apr 2025 14:48:00 +0200",
         """Dear Budi,

thank you for the 8 samples of the maxi A4 exercise books (quadretti 5 mm and righe), arrived yesterday in Bologna.

The sample is approved for colour match only: the cover colours match the Pantone references well. Production is not released.

Under PO GA-5521 only the 8 samples are authorised, nothing more. The 2.400 pz of the series wait for the EN 71-3 report of the cover ink, and then for the written release from me. Please don't print covers before.

Small remark: the glued spine on the quadretti version opens a bit at page 80, please check the glue temperature.

Cordiali saluti / Best regards
Paolo Ferri
Buyer Non Food - Cancelleria
Supermercati Galli S.p.A. - Via Emilia Ponente 411, 40132 Bologna
"""))])

# c10 clean: supplier acknowledgement DOCX restating the hold
case("c10_kartonex_ack_docx", [],
     "supplier order confirmation restating 15 samples, balance not released, written release by named buyer",
     [("Kartonex_Order_Confirmation_OC-25-1187.docx", docx_bytes([
         ("h1", "Kartonex Sp. z o.o. - Order confirmation OC-25-1187"),
         ("p", "ul. Przemyslowa 12, 62-080 Tarnowo Podgorne, Polska - NIP 781-19-22-334"),
         ("p", "Customer: Brightwell Stationery Ltd, Leeds, UK. Your PO: 7790 of 05/05/2025. Our ref: OC-25-1187."),
         ("table", [
             ["Pos.", "Your article", "Description", "Confirmed qty", "Delivery"],
             ["1", "BW-LAF-A4-80", "Lever arch file A4, 80 mm spine, printed paper over board - paper samples", "15", "week 21"],
         ]),
         ("p", ""),
         ("p", "We confirm PO 7790 line 1: 15 (fifteen) paper samples of the A4 lever arch file."),
         ("p", "The balance of 9,985 pcs from our quotation KX-Q-0412 is not released. We will not purchase board or "
               "print until we receive the written release from Ms Jo Barnes, Buying Manager, after sample sign-off."),
         ("p", "Samples will be sent by DPD to Brightwell Stationery, Leeds. Please inform us of any change."),
         ("p", "Z powazaniem / Best regards"),
         ("p", "Agnieszka Wrobel, Customer Service, Kartonex"),
     ], author="Kartonex Customer Service"))])

# c11 clean: identifiers that look like quantities; full scope
case("c11_galli_backpack_ids_eml", [],
     "6 samples, 3.000 not released until QC sign-off + written release by named buyer; many quantity-like identifiers",
     [("Zaino_art_3000-18L_PO_4500-2400.eml", mail(
         "Alessandra Moretti <a.moretti@supergalli.it>",
         "Pham Van Long <long.pv@saigonbalo.vn>",
         "PO 4500-2400 - zaino art. 3000/18L - 6 campioni",
         "Mon, 05 May 2025 09:30:00 +0200",
         """Dear Mr. Long,

please find our PO 4500-2400 for the school backpack art. 3000/18L (Cordura 1000D, 300 x 420 x 150 mm, drawing DIS-1200 rev. 2500, colour Pantone 2945 C).

- Quantity ordered now: 6 (six) samples, 2 per colour.
- The 3.000 pz of your quotation SB-Q-25-0201 are NOT released by this PO.
- They are released only when our QC in Bologna has signed off the samples and I, Alessandra Moretti, send you the written production release.
- Material: sample only, please do not buy fabric for the series.

Tests: EN 71-1, EN 71-2, EN 71-3:2019+A1:2021, REACH Annex XVII; reflective strip per EN 13356. Labels with our code 8001234 000115.

Many thanks and best regards,
Alessandra Moretti
Ufficio Acquisti - Supermercati Galli S.p.A.
Via Emilia Ponente 411, 40132 Bologna - tel. +39 051 640 2211
"""))])

# c12 clean: quoted supplier auto-conversion assumption, corrected by buyer
_c12_quoted = """Hi Tom,
dummy of the A6 notepad (Penfold Recycled) will be ready Friday.
Once you OK the dummy we will start the 8,000 straight away, so we hit your ship window in week 24.
Regards, Marek"""
case("c12_penfold_correction_eml", [],
     "supplier assumes dummy OK starts the 8,000; buyer reply corrects: 10 dummies only, written release by him after QC",
     [("RE_A6_notepad_dummy.eml", mail(
         "Tom Reilly <tom.reilly@penfold-office.co.uk>",
         "Marek Nowak <m.nowak@papier-druk.pl>",
         "RE: A6 notepad dummy",
         "Wed, 16 Apr 2025 12:03:00 +0100",
         """Hi Marek,

No - please don't. Signing off the dummy doesn't release the 8,000.

Under PO 56002 you have 10 dummies, and that's it. The 8,000 stay on hold until I send you a written release, which I'll do once our QC has signed the dummy off and the planogram for the June reset is locked.

Happy to help you plan capacity for week 24 - pencil it in by all means - but nothing gets printed or bought before that email arrives.

Cheers,
Tom
""" + sig("Tom Reilly", "Buyer - Writing & Desk", "Penfold Office Supplies Ltd", "+44 1291 430 218") + """
On 15/04/2025 17:44, Marek Nowak wrote:
""" + quote_lines(_c12_quoted) + "\n",
         in_reply_to="<h88-mn-0415@papier-druk.pl>"))])

# p11: supplier reads deposit as go, buys fabric for all and starts cutting
_p11_quoted = """Dear Amy,

Please find attached PO 810060 for the "Karoo Kids" pencil cases.
Only 80 samples are ordered now (4 prints x 20).
The remaining 7,920 pcs are not released. They will be released only by a written release from me after our QA lab has signed off the samples.

Regards,
Lindiwe Dube
Buyer, Stationery & BTS - Karoo Retail Group"""
case("p11_jinfeng_deposit_cutting", ["RG006", "RG012"],
     "supplier treats the deposit as go: fabric for 8,000 bought and cutting started, though only 80 samples released",
     [("RE_PO_810060_pencil_cases.eml", mail(
         "Amy Chen <amy@yw-jinfeng.com>",
         "Lindiwe Dube <lindiwe.dube@karoo-retail.co.za>",
         "RE: PO 810060 Karoo Kids pencil cases",
         "Tue, 10 Jun 2025 18:20:00 +0800",
         """Dear Lindiwe,

Good news, we received the 30% deposit from your finance today, thank you!

So we have bought all the PU-coated polyester for the 8,000 pencil cases and started cutting this afternoon, the cutting will finish on Friday. This way we are sure to catch the ship window in August.

80 samples will be sent with DHL tomorrow to your QA lab.

Best regards
Amy Chen
Yiwu Jinfeng Bags Factory | Export Sales
Tel/WhatsApp +86 135 8899 2107

------------------ Original ------------------
From: Lindiwe Dube <lindiwe.dube@karoo-retail.co.za>
Date: Mon, Jun 2, 2025 09:12 AM
Subject: PO 810060 Karoo Kids pencil cases

""" + quote_lines(_p11_quoted) + "\n"))])

# p12: supplier plans to roll straight into the run once dummies are OK
_p12_quoted = """Dear Ms. Lily,

PO 0088155 is for 12 dummies of the "Kanji practice book" KB-KJ-B5 only.
The 15,000 pcs of your quotation are not released.
Mass production is released only by written release from me, after our QC section signs off the dummies.

Best regards,
Hiroshi Yamamoto
Purchasing, Kobayashi Bunguten Co., Ltd."""
case("p12_huaxin_rollstraight_eml", ["RG007"],
     "buyer scope complete; supplier says once dummies are OK the line goes directly into the 15,000",
     [("RE_PO_0088155_kanji_book.eml", mail(
         "Lily Zhang <lily@nbhuaxin.com.cn>",
         "Hiroshi Yamamoto <h.yamamoto@kobayashi-bunguten.co.jp>",
         "RE: PO 0088155 Kanji practice book dummies",
         "Thu, 20 Mar 2025 10:02:00 +0800",
         """Dear Mr. Yamamoto,

Thank you for your PO. 12 dummies ready on 27th March, will send by EMS.

To catch the vessel of 2 June for your new school term stock, as soon as the dummies are OK on your side, our line will go directly into the 15,000 pcs mass production, we already reserve the printing machine from 7 April for you.

Please confirm the grid colour: light green (DIC 126) or grey?

Best regards
Lily Zhang
Ningbo Huaxin Stationery Co., Ltd.

> -----Original Message-----
""" + quote_lines(_p12_quoted) + "\n"))])

# p13: buyer contradicts her own written-release requirement; PO attached as PDF
_p13_po = pdf([
    ("h1", "PURCHASE ORDER 4500221310"),
    ("p", "Harrow & Lyle Stores plc - Own Brand Stationery - Leeds. Supplier: Saigon Balo Co., Ltd., Ho Chi Minh City."),
    ("table", [
        ["Line", "Article", "Description", "Qty", "Scope"],
        ["1", "HL-BP-JNR-15", "Junior backpack 15L, 'Meadow' print, padded back", "20", "Samples"],
    ]),
    ("sp",),
    ("p", "This PO covers 20 samples only. The 6,000 production quantity is not released. Production is released "
          "only by a written release from Sarah Whitcombe, Senior Buyer, after the EN 71 ink test has passed and "
          "the samples are signed off."),
], title="PO 4500221310", author="Harrow & Lyle Stores plc")
case("p13_harrowlyle_rollon_eml", ["RG007"],
     "PO requires a written release; buyer's cover e-mail says once samples are signed off just roll into the run, no release needed",
     [("Backpack_samples_PO_4500221310.eml", mail(
         "Sarah Whitcombe <sarah.whitcombe@harrowlyle.co.uk>",
         "Pham Van Long <long.pv@saigonbalo.vn>",
         "Junior backpack - PO 4500221310 attached",
         "Mon, 24 Feb 2025 08:47:00 +0000",
         """Hi Long,

Attached is the PO for the junior backpack samples. Lovely to meet you at the Canton Fair, by the way.

We're really tight on time for BTS this year - the stores reset in the first week of July - so to save a week: once the samples are signed off, just roll on into the run. No need to wait for a formal release from me.

Ink test: please send 3 pcs straight to Bureau Veritas HCMC, reference HL-BV-25-118.

Best,
Sarah
""" + sig("Sarah Whitcombe", "Senior Buyer - Stationery", "Harrow & Lyle Stores plc"),
         attachments=[("PO_4500221310.pdf", _p13_po, PDF_MT)]))])

# p14: Italian buyer says sample OK is enough, no person, no explicit conversion
case("p14_galli_nopaper_eml", ["RG005", "RG007"],
     "12 samples ordered; 2.400 'not released yet' but go on once samples OK, no further paper; no signer or recorded conversion",
     [("Ordine_GA-5530_zaini.eml", mail(
         "Alessandra Moretti <a.moretti@supergalli.it>",
         "Nguyen Thi Thu Ha <ha.nguyen@saigonbalo.vn>",
         "Ordine GA-5530 - zaini scuola / school backpacks",
         "Wed, 19 Mar 2025 17:26:00 +0100",
         """Dear Ms. Ha,

here our order GA-5530 for the school backpacks "Galli Junior":

  12 campioni / samples, 3 colours x 4

The 2.400 pz of the series are not released yet: once the samples are OK you can go on with the production, no need of more paper from us. So we don't lose time for the back-to-school.

Please send the samples to our DC in Castel Maggiore, att. Ufficio Qualita.

Grazie e cordiali saluti,
Alessandra Moretti
Ufficio Acquisti - Supermercati Galli S.p.A.
"""))])

# p15: supplier order confirmation DOCX mixing approval words and assuming auto-release
case("p15_vardhman_oc_docx", ["RG007", "RG009"],
     "supplier OC: 'approved' for PO acceptance and sample check; says production released automatically after sample approval",
     [("Vardhman_OC_55190.docx", docx_bytes([
         ("h1", "Vardhman Writing Instruments Pvt. Ltd. - Order Confirmation"),
         ("p", "Plot 27, MIDC Andheri East, Mumbai 400093 - GSTIN 27AABCV1234K1Z5"),
         ("p", "Customer: Penfold Office Supplies Ltd, Caldicot, UK. Customer PO: 55190 dated 03-03-2025."),
         ("table", [
             ["Sr.", "Item", "Description", "Qty", "Remarks"],
             ["1", "PF-FINE04-ASST", "Fineliner 0.4 mm, assorted 12 colours, wallet", "24", "samples, 4 colour sets x 6"],
         ]),
         ("p", ""),
         ("p", "Dear Sir, we thank you for your valued PO. Your PO 55190 is approved by our management and entered "
               "in our system."),
         ("p", "The samples will be dispatched on 14-03-2025 by FedEx. Sample approval is expected from your side by "
               "25-03-2025. After approval, production of the balance will be released automatically so that "
               "the ship window of May is met."),
         ("p", "Ink: water based, EN 71-3 tested, report TUV-MUM-25-0221. Barrel colour matched to Pantone refs."),
         ("p", "For Vardhman Writing Instruments Pvt. Ltd. - Suresh Iyer, Manager (Exports)"),
     ], author="Vardhman Exports"))])

# p16: buyer e-mail turns a season forecast into a firm commitment
case("p16_protea_forecast_commit", ["RG008"],
     "buyer writes the BTS 2026 forecast of 40,000 as a firm commitment for capacity",
     [("BTS2026_volumes_Protea.eml", mail(
         "Johan Pretorius <johan.p@protea-stationers.co.za>",
         "Rakesh Vardhman <rakesh@vardhman-cases.in>",
         "BTS 2026 - hardcover book volumes",
         "Thu, 07 Aug 2025 13:15:00 +0200",
         """Hi Rakesh

Thanks for the call yesterday. As discussed, here are our numbers for the BTS 2026 programme (South African school year starts mid-January, so stores need stock by end of November):

  A4 hardcover counter book 192 pg   -  forecast 40,000 units
  A5 hardcover counter book 96 pg    -  forecast 18,000 units

Please take the 40,000 A4 as our firm commitment for the season and plan your capacity and binding line on that basis. The A5 figure is still soft.

Formal POs will come from our system in the usual way. Our planogram review is on 2 September; I'll share the store split after that.

Regards
Johan Pretorius
Category Manager - Office & School
Protea Stationers (Pty) Ltd, Cape Town
Tel +27 21 555 0148
"""))])

# p17: supplier ERP sales order turns customer forecast into a confirmed order
case("p17_sinar_sales_order_txt", ["RG008"],
     "supplier sales order created from the customer's forecast and marked CONFIRMED ORDER",
     [("SKJ_SO-25-1188.txt", """PT SINAR KERTAS JAYA                                   SALES ORDER PRINT
JL. RUNGKUT INDUSTRI III/12 SURABAYA 60293           SO NO   : SO-25-1188
INDONESIA                                            DATE    : 2025-05-08
                                                     PAGE    : 1 OF 1
CUSTOMER : C-0917 SAKURA OFFICE MART CO., LTD. TOKYO
CUST REF : FORECAST WK22-WK34 (EDI 830 CTRL 000008830)
SO TYPE  : CONFIRMED ORDER            STATUS : OPEN - PLANNED TO PRODUCTION
-------------------------------------------------------------------------------
LINE ITEM         DESCRIPTION                      QTY    UOM  DUE
---- ------------ ------------------------------ ------- ---- ----------
0010 SOM-EX-B5    EXERCISE BOOK B5 30 SHEETS      16,800  PCS  WK22-WK34
0020 SOM-EX-A5    EXERCISE BOOK A5 30 SHEETS       6,000  PCS  WK22-WK34
0030 SOM-LF-A4    LOOSE LEAF A4 100 SHEETS         3,000  PAK  WK22-WK34
-------------------------------------------------------------------------------
REMARK: CUSTOMER ORDER RECEIVED VIA EDI. QUANTITIES CONFIRMED AS ORDER.
        PPIC PLEASE SCHEDULE PAPER MACHINE PM-2 ACCORDINGLY.
PREPARED BY: RINA (SALES ADMIN)          CHECKED: BUDI SANTOSO
""")])

# p18: WhatsApp - buyer shares forecast, supplier calls it an order, no correction
case("p18_whatsapp_papierdruk_fc", ["RG008"],
     "buyer shares forecast for capacity planning; supplier thanks for 'the order of 42,000' and plans it; not corrected",
     [("WhatsApp_Chat_Marek_PapierDruk.txt", """WhatsApp Chat with Marek Nowak Papier-Druk

22/05/2025, 11:04 - Tom Reilly (Penfold): Hi Marek, BTS26 volumes for the notepads attached. Forecast for your capacity planning, store split to follow
22/05/2025, 11:04 - Tom Reilly (Penfold): BTS26_notepads_forecast.xlsx (file attached)
22/05/2025, 11:05 - Tom Reilly (Penfold): Headline: A6 recycled notepad 42,000, A5 recycled 18,000 over June-Aug
22/05/2025, 12:37 - Marek Nowak Papier-Druk: Hello Tom, thank you for the order of 42,000 A6 and 18,000 A5 notepads 🙂 We put it in our production plan for June, line 2
22/05/2025, 12:38 - Marek Nowak Papier-Druk: Paper price is stable now, good timing
22/05/2025, 13:10 - Tom Reilly (Penfold): 👍 cheers Marek
22/05/2025, 13:11 - Tom Reilly (Penfold): Will you be at the Paperworld Middle East show?
22/05/2025, 13:30 - Marek Nowak Papier-Druk: Not this year, only Frankfurt
""")])


# ------------------------------------------------------------------ batch 3
# c13 clean: buyer portal page showing sample line released, production line on hold with owner and event
case("c13_protea_portal_lines", [],
     "portal PO: 10 samples released, 5,000 production line not released, sample sign-off + written release by named manager",
     [("Protea_SupplierHub_PS-3301.html", html_page("Protea SupplierHub - PS-3301", """
<div style="background:#7a1f3d;color:#fff;padding:6px">Protea Stationers &middot; SupplierHub &middot; Vendor: Vardhman Bags &amp; Cases (V-2291)</div>
<h2>Purchase order PS-3301 &middot; rev 0 &middot; 2025-07-14</h2>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th><th>Production status</th></tr>
<tr><td>10</td><td>PRO-PC-DBL</td><td>Double-zip pencil case, 210 x 90 mm, &quot;Fynbos&quot; print</td><td>10</td><td>sample</td><td>released</td></tr>
<tr><td>20</td><td>PRO-PC-DBL</td><td>Double-zip pencil case, 210 x 90 mm, &quot;Fynbos&quot; print</td><td>5,000</td><td>production</td><td>NOT RELEASED - on hold</td></tr>
</table>
<div class="note">
<p>Make only the 10 samples of line 10 now. Line 20 gives commercial cover only; do not cut, print or buy
material for it.</p>
<p>Unlock: sample sign-off by Protea QA, then a written release in SupplierHub.
Release owner: Johan Pretorius, Category Manager - Office &amp; School.</p>
<p>Material authority: sample only.</p>
</div>
<p>Ship-to: Protea DC, 8 Montague Drive, Montague Gardens, Cape Town 7441 &middot; Incoterm FOB Nhava Sheva</p>
"""))])

# c14 clean (multi-file): ERP PO text + supplier quotation PDF; PO labels quote quantities as informational
_c14_quote = pdf([
    ("h1", "LAKSHMI OFFSET PRINTERS PVT. LTD. - QUOTATION LO/Q/25/077"),
    ("p", "14/2 Velayuthapuram Road, Sivakasi 626123, Tamil Nadu, India. Date: 03-02-2025. Valid 45 days."),
    ("p", "To: Bureau Plus France SA, Direction Achats, 92 avenue Jean Jaures, 69007 Lyon."),
    ("table", [
        ["Item", "Description", "Qty", "Rate (EUR)", "Lead time"],
        ["Agenda scolaire 2025-26", "12 x 17 cm, 352 pp, 70 gsm, sewn, PU cover with elastic", "25 (samples)", "6.00", "15 days"],
        ["", "", "10,000", "1.62", "50 days"],
        ["", "", "20,000", "1.49", "55 days"],
    ]),
    ("sp",),
    ("p", "Prices ex-works Sivakasi packed in 5-ply cartons of 40. Freight to Chennai port at actuals."),
    ("p", "For Lakshmi Offset Printers Pvt. Ltd. - K. Murugan, Export Manager"),
], title="LO/Q/25/077", author="Lakshmi Offset Printers")
case("c14_bpf_po_plus_quote", [],
     "multi-file: PO for 25 samples labels the quote's 10,000/20,000 informational and not released; event + named releaser",
     [("BPF_PO_5533.txt", """BUREAU PLUS FRANCE SA            BON DE COMMANDE / PURCHASE ORDER     N. 5533
92 AVENUE JEAN JAURES            DATE : 10/02/2025                    PAGE 1/1
69007 LYON                       ACHETEUR / BUYER : H. GARNIER
FOURNISSEUR : LAKSHMI OFFSET PRINTERS PVT LTD - SIVAKASI - INDIA   (F-40876)
-------------------------------------------------------------------------------
LG  REFERENCE       DESIGNATION                              QTE   PU EUR
10  BPF-AGD-2526    AGENDA SCOLAIRE 2025-26 12X17 - ECHANT.   25     6,00
-------------------------------------------------------------------------------
NOTE / SCOPE:
 QTE COMMANDEE / ORDERED NOW : 25 ECHANTILLONS (SAMPLES).
 LES QUANTITES 10.000 / 20.000 DU DEVIS LO/Q/25/077 SONT INDICATIVES ET NE
 SONT PAS LANCEES. QUOTE QUANTITIES ARE INFORMATIONAL, NOT RELEASED.
 NE PAS ACHETER DE PAPIER POUR LA SERIE / DO NOT BUY PAPER FOR THE RUN.
 LANCEMENT SERIE UNIQUEMENT PAR ORDRE ECRIT DE H. GARNIER (RESPONSABLE ACHATS)
 APRES VALIDATION DES ECHANTILLONS PAR NOTRE LABO QUALITE.
 PRODUCTION RELEASE ONLY BY WRITTEN RELEASE FROM HELENE GARNIER AFTER SAMPLE
 SIGN-OFF BY OUR QUALITY LAB.
-------------------------------------------------------------------------------
LIVRAISON : DHL EXPRESS A NOTRE CHARGE - COMPTE 96 4410 118
"""),
      ("Quotation_LO-Q-25-077.pdf", _c14_quote)])

# c15 clean: WeChat agent relay for Japanese buyer, factory confirms
case("c15_wechat_kobayashi_dummies", [],
     "agent relays 6 dummies only, 20,000 not released until Mr Yamamoto's written release after dummy sign-off; factory confirms",
     [("WeChat_export_Jinfeng_KB.txt", """[WeChat] Chat history with 陈经理 Manager Chen (Jinfeng)
Exported by: Sophie Ho, Bluecrest Sourcing HK, 2025-04-03

2025-04-01 09:15 Sophie Ho (Bluecrest):
陈经理早. Kobayashi PO 0088171 sent to your email.
Only 6 bound dummies of the B5 "sketch book" (cover cotton paper, 30 sheets 120g).
Do NOT buy paper for the 20,000. The 20,000 is not released.
Written release will come from Mr. Yamamoto (Kobayashi Purchasing) after he signs off the dummies. Not before.

2025-04-01 09:40 陈经理 Manager Chen (Jinfeng):
收到 received. 6 dummies only, paper for bulk not buy, wait Mr Yamamoto release

2025-04-01 09:41 陈经理 Manager Chen (Jinfeng):
dummies finish 8th April, EMS to Tokyo ok?

2025-04-01 09:55 Sophie Ho (Bluecrest):
EMS ok. Please also send 1 pc to our HK office for checking

2025-04-01 09:56 陈经理 Manager Chen (Jinfeng):
[OK]
""")])

# c16 clean: interim sign-off release letter with limits
case("c16_hl_interim_release_pdf", [],
     "release of 1,500 under interim sign-off with limits; 3,500 held until corrected proof sign-off + named releaser",
     [("HL_Production_Release_PR-25-014.pdf", pdf([
         ("h1", "Harrow & Lyle Stores plc - PRODUCTION RELEASE PR-25-014"),
         ("p", "Supplier: Yiwu Jinfeng Bags Factory. PO 4500220871 line 2 - Pencil case 'Meadow' 3-zip, article HL-PC-3Z. "
               "Date 12/05/2025."),
         ("table", [
             ["Quantity on PO", "Released by PR-25-014", "Limit", "Not released"],
             ["5,000", "1,500", "interim: max 1,500 pcs, ship by 30/06/2025", "3,500"],
         ]),
         ("sp",),
         ("p", "Interim sign-off: the print proof v2 is accepted on an interim basis (the Pantone 7489 C green is "
               "slightly light; accepted for the first 1,500 pcs only). This release authorises 1,500 (one "
               "thousand five hundred) pcs, to ship no later than 30 June 2025."),
         ("p", "The remaining 3,500 pcs are not released. They will be released only after the corrected proof v3 "
               "has been signed off by Naomi Clarke, Quality Manager, and a further written release from Sarah "
               "Whitcombe, Senior Buyer, has been issued."),
         ("p", "Material authority: material for 1,500 pcs only."),
         ("p", "Authorised by: Sarah Whitcombe, Senior Buyer - Stationery."),
     ], title="PR-25-014", author="Harrow & Lyle Stores plc"))])

# c17 clean: full-quantity repeat order DOCX with table; go ahead with the full 12,000; deposit only as payment term
case("c17_bpf_repeat_docx", [],
     "full-quantity repeat PO: go ahead with the full 12,000, no balance; deposit only a payment term",
     [("BPF_Commande_5601_trousses.docx", docx_bytes([
         ("h1", "Bureau Plus France SA - Commande / Purchase order 5601"),
         ("p", "Fournisseur: Yiwu Jinfeng Bags Factory, Yiwu, Zhejiang, China - code F-40911"),
         ("p", "Date: 03/03/2025 - Type: reassort / repeat order of order 5122 (rentree 2024)"),
         ("table", [
             ["Ligne", "Reference", "Designation", "Quantite", "PU USD", "Montant USD"],
             ["10", "BPF-TR-RND-BL", "Trousse ronde 22 cm, polyester recycle, bleu marine", "6.000", "0,92", "5.520,00"],
             ["20", "BPF-TR-RND-RS", "Trousse ronde 22 cm, polyester recycle, rose poudre", "6.000", "0,92", "5.520,00"],
             ["", "", "Total", "12.000", "", "11.040,00"],
         ]),
         ("p", ""),
         ("p", "Same specification and artwork as order 5122 (artwork BPF-ART-TR-04). This PO covers the entire "
               "quantity: go ahead with the full 12.000 pcs. There is no sample stage and no balance."),
         ("p", "Paiement / payment: 30% deposit by T/T, balance 70% against copy of B/L. "
               "Ship window: 05/06/2025 - 20/06/2025 FOB Ningbo."),
         ("p", "Contact: Claire Moreau, Acheteuse, claire.moreau@bureauplus.fr"),
     ], author="Bureau Plus France"))])

# c18 clean: revised PO as unlock event, multipart/alternative
_c18_txt = """Dear Mr. Long,

Thank you for the quotation. Please find here the scope of our PO BPF-5512 rev 0:

- 8 (eight) sample backpacks "Cartable CP", 2 per colour. Only these 8 now.
- The bulk of 3.992 pcs is not released.
- It will be released only by PO BPF-5512 rev 1, signed by me, Claire Moreau, after our quality lab has signed off the samples.
- Please do not buy fabric or webbing for the bulk.

Samples to: Bureau Plus France, Service Qualite, 92 avenue Jean Jaures, 69007 Lyon.

Bien cordialement,
Claire Moreau
Acheteuse - Bureau Plus France SA
"""
_c18_html = """<html><body><p>Dear Mr. Long,</p>
<p>Thank you for the quotation. Please find here the scope of our PO BPF-5512 rev 0:</p>
<ul><li>8 (eight) sample backpacks &quot;Cartable CP&quot;, 2 per colour. Only these 8 now.</li>
<li>The bulk of 3.992 pcs is not released.</li>
<li>It will be released only by PO BPF-5512 rev 1, signed by me, Claire Moreau, after our quality lab has signed off the samples.</li>
<li>Please do not buy fabric or webbing for the bulk.</li></ul>
<p>Samples to: Bureau Plus France, Service Qualite, 92 avenue Jean Jaures, 69007 Lyon.</p>
<p>Bien cordialement,<br>Claire Moreau<br>Acheteuse - Bureau Plus France SA</p></body></html>"""
case("c18_bpf_revised_po_eml", [],
     "8 samples; 3.992 not released until PO rev 1 signed by named buyer after sample sign-off",
     [("BPF-5512_cartable_CP.eml", mail(
         "Claire Moreau <claire.moreau@bureauplus.fr>",
         "Pham Van Long <long.pv@saigonbalo.vn>",
         "PO BPF-5512 rev 0 - cartable CP - samples",
         "Tue, 11 Feb 2025 10:40:00 +0100",
         _c18_txt, html=_c18_html))])

# c19 clean: supplier TXT status report, no bulk paper bought, capacity slot only
case("c19_lakshmi_status_txt", [],
     "supplier status report: 25 samples done, balance not released, no bulk paper bought (slot only, no liability)",
     [("LO_Status_Report_2025-03-07.txt", """LAKSHMI OFFSET PRINTERS PVT LTD - SIVAKASI
CUSTOMER ORDER STATUS REPORT                         DATE: 07-03-2025
CUSTOMER: BUREAU PLUS FRANCE SA, LYON                ATTN: MME H. GARNIER

PO      ITEM                     RELEASED         STATUS
------  -----------------------  ---------------  -----------------------------------
5533    AGENDA SCOLAIRE 2025-26  25 (SAMPLES)     25 MADE, DESPATCHED 05-03 DHL 4471 2290 15
        balance 9,975            NOT RELEASED     awaiting written release, Mme Garnier
5498    CAHIER DE TEXTE 17X22    6,000 (FULL PO)  printing 60%, binding from 14-03
5461    CARNET A6 LIGNE          4,000 (FULL PO)  shipped 28-02, B/L MSC-CHN-881120

REMARKS
1. PO 5533: no bulk paper purchased. We have only booked a printing slot in
   week 16 (no material, no liability for you). If the release does not come
   by 31-03 we will give the slot to another customer.
2. PO 5498: sewing machine 2 under maintenance 10-11 March, no impact on ETD.

Prepared by: S. Karthik, Merchandising        Checked: K. Murugan, Export Manager
""")])

# p19: buyer mixes 'approved' for samples, finance PO approval and production
case("p19_protea_mixed_approved", ["RG009"],
     "scope complete, but 'approved' covers sample check, finance PO approval and the future production release",
     [("PS-3320_samples_update.eml", mail(
         "Johan Pretorius <johan.p@protea-stationers.co.za>",
         "Rakesh Vardhman <rakesh@vardhman-cases.in>",
         "PS-3320 - update on samples and next steps",
         "Mon, 18 Aug 2025 09:05:00 +0200",
         """Hi Rakesh

Quick update on PO PS-3320 (geometry set tins "Fynbos"):

- PS-3320 covers the 16 samples only. The other 5,984 units are not released. They'll be released only by a written release from me after our QA team has signed off the samples.

- The samples are approved - the tin print and the hinge are good, the protractor markings are sharp.
- The PO itself is also approved by finance now, so your invoice for the samples can go in.
- Once your revised price for the 6,000 is approved, I'll approve the production.

The compass point needs the safety cap we discussed (EN 71-1 sharp points). Please confirm the cap colour.

Regards
Johan Pretorius
Category Manager - Office & School
Protea Stationers (Pty) Ltd
"""))])

# p20: buyer portal uses RELEASED for PO approval and for production release
case("p20_hl_hub_released", ["RG009"],
     "portal shows PO status RELEASED (approval workflow) next to production release status; scope otherwise complete",
     [("HL_Supplier_Hub_PO_4500223005.html", html_page("H&L Supplier Hub - 4500223005", """
<div style="background:#203864;color:#fff;padding:6px">Harrow &amp; Lyle Supplier Hub &middot; Ningbo Huaxin Stationery Co., Ltd. (200417)</div>
<h2>Purchase order 4500223005</h2>
<table>
<tr><th>PO status</th><td><b>RELEASED</b> (approval workflow complete: buyer, category controller, finance)</td></tr>
<tr><th>Created</th><td>2025-03-03 by S. Whitcombe</td></tr>
<tr><th>Value</th><td>GBP 86.40</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Article</th><th>Description</th><th>Qty</th><th>Line status</th></tr>
<tr><td>10</td><td>HL-SB-A4-50</td><td>A4 sketch book 50 sheets 110 gsm, spiral, kraft cover</td><td>12</td><td>Released</td></tr>
</table>
<div class="note">
<p>Line 10 is for 12 samples only. The production quantity of 2,988 further pcs is not released.</p>
<p>Production release: only by a written production release from Sarah Whitcombe after sample sign-off.</p>
</div>
<p>Acknowledge within 2 working days. Documents: PO_4500223005.pdf &middot; HL_Supplier_Manual_2025.pdf</p>
"""))])

# p21: buyer instructs production per the attached quote (tiers), no quantity
_p21_quote = pdf([
    ("h1", "KARTONEX Sp. z o.o. - Oferta / Quotation KX-Q-0533"),
    ("p", "For: Karoo Retail Group (Pty) Ltd, Midrand. Date 2025-06-20. Valid 30 days. FCA Tarnowo Podgorne."),
    ("table", [
        ["Item", "Description", "Quantity", "Unit price EUR"],
        ["KRG-RB-A4-2R", "Ring binder A4, 2 D-rings 25 mm, PP 1.2 mm, 'Karoo Basics' print", "2,000", "1.18"],
        ["", "", "5,000", "1.04"],
        ["", "", "10,000", "0.97"],
    ]),
    ("sp",),
    ("p", "Lead time 4 weeks from order. Print 2 colours, Pantone 3425 C and black."),
], title="KX-Q-0533", author="Kartonex")
case("p21_karoo_per_quote_eml", ["RG010"],
     "buyer instructs manufacture 'per your attached quotation' with three tiers; no quantity authorized",
     [("Ring_binders_Karoo_Basics.eml", mail(
         "Pieter van Wyk <pieter.vanwyk@karoo-retail.co.za>",
         "Agnieszka Wrobel <a.wrobel@kartonex.pl>",
         "Ring binders Karoo Basics - samples fine",
         "Thu, 03 Jul 2025 15:22:00 +0200",
         """Hi Agnieszka

Samples of the Karoo Basics ring binder arrived in Midrand on Monday, the team liked them, the D-rings close nicely and the print is crisp.

Please manufacture the ring binders per your attached quotation KX-Q-0533. The PO from our system will follow next week with the same reference. Ship window stays 15-30 September for the Durban DC, so that the promotional pallets can be built in October.

Many thanks
Pieter
""" + sig("Pieter van Wyk", "Category Manager School & Office", "Karoo Retail Group (Pty) Ltd", "+27 11 555 0190"),
         attachments=[("KX-Q-0533.pdf", _p21_quote, PDF_MT)]))])

# p22 (multi-file): PO says 24 samples, buyer e-mail says 30
_p22_po = pdf([
    ("h1", "BUREAU PLUS FRANCE SA - PURCHASE ORDER 5540"),
    ("p", "Supplier: Lakshmi Offset Printers Pvt. Ltd., Sivakasi, India. Date 17/02/2025. Buyer: Helene Garnier."),
    ("table", [
        ["Line", "Reference", "Description", "Qty", "Unit price EUR"],
        ["10", "BPF-CAH-TXT", "Cahier de texte 17x22, 160 pp, couverture carton pellicule", "24", "5,50"],
    ]),
    ("sp",),
    ("p", "Scope: 24 samples only. The 8.000 pcs of quotation LO/Q/25/081 are not released. Production release "
          "only in writing by Helene Garnier, Responsable Achats, after sample sign-off by our quality lab."),
], title="PO 5540", author="Bureau Plus France")
case("p22_bpf_po_and_mail", ["RG011"],
     "multi-file: PO authorizes 24 samples, buyer e-mail on the same PO says 30 samples",
     [("BPF_PO_5540.pdf", _p22_po),
      ("Mail_BPF_5540_samples.eml", mail(
          "Helene Garnier <helene.garnier@bureauplus.fr>",
          "K. Murugan <murugan@lakshmioffset.in>",
          "PO 5540 - cahier de texte - samples",
          "Tue, 18 Feb 2025 09:10:00 +0100",
          """Dear Mr. Murugan,

Following our PO 5540 sent yesterday: please make the 30 samples on our PO for the cahier de texte, 10 of each cover design (bleu, vert, kraft). We need them for the buying committee on 20 March.

As written on the PO, the 8.000 pcs are not released until my written release after the sample sign-off.

Cordialement,
Helene Garnier
Responsable Achats Papeterie - Bureau Plus France SA
"""))])

# p23 (multi-file): PO, release letter (2,000) and portal page (2,500) disagree
_p23_rel = pdf([
    ("h1", "KAROO RETAIL GROUP - PRODUCTION RELEASE PR-810077-01"),
    ("p", "PO 810077 - Backpack 22L 'Jozi Senior' - Supplier: Saigon Balo Co., Ltd. Date 2025-07-21."),
    ("p", "Following the pilot lot sign-off of 15 July, we release 2,000 (two thousand) backpacks for production."),
    ("p", "The remaining 7,950 pcs of the 10,000 pcs programme are not released. They will be released by the next "
          "call-off, issued by Pieter van Wyk, Category Manager, after the store trial in Gauteng (August)."),
    ("p", "Material authority: material for the 2,000 released pcs only."),
    ("p", "Signed: Pieter van Wyk"),
], title="PR-810077-01", author="Karoo Retail Group")
case("p23_karoo_three_docs", ["RG011"],
     "multi-file: ERP PO (50 pilot), release letter releases 2,000, portal shows 2,500 released for the same order",
     [("Karoo_PO_810077.txt", """KAROO RETAIL GROUP (PTY) LTD          PURCHASE ORDER 810077        REV 00
21 LEVER ROAD MIDRAND 1685             DATE 2025-06-02
VENDOR V-51007 SAIGON BALO CO LTD HCMC VIETNAM
-----------------------------------------------------------------------------
LINE ARTICLE          DESCRIPTION                         QTY  UOM  USD/UNIT
0010 KRG-BP-22-JS     BACKPACK 22L JOZI SENIOR PILOT LOT    50  EA      9.80
-----------------------------------------------------------------------------
NOTE: PILOT LOT 50 PCS ONLY. PROGRAMME 10,000 PCS NOT RELEASED.
      RELEASE OF FURTHER QTY ONLY BY WRITTEN RELEASE / CALL-OFF FROM
      PIETER VAN WYK AFTER PILOT LOT SIGN-OFF.
      MATERIAL AUTHORITY: PILOT LOT ONLY.
"""),
      ("Release_PR-810077-01.pdf", _p23_rel),
      ("Karoo_Portal_810077.html", html_page("Karoo Supplier Portal - PO 810077", """
<div style="background:#1f4e3d;color:#fff;padding:6px">Karoo Retail Group &middot; Supplier Portal &middot; Saigon Balo Co., Ltd. (V-51007)</div>
<h2>PO 810077 &middot; Backpack 22L Jozi Senior</h2>
<table>
<tr><th>Programme</th><th>Pilot lot</th><th>Released for production</th><th>Not released</th><th>Last release</th></tr>
<tr><td>10,000</td><td>50 (signed off 2025-07-15)</td><td>2,500</td><td>7,450</td><td>PR-810077-01, 2025-07-21, P. van Wyk</td></tr>
</table>
<p class="note">Next release: call-off after the Gauteng store trial, by Pieter van Wyk.</p>
"""))])

# p24: forwarded supplier message (rfc822): production started because deposit arrived
_p24_fwd = mail(
    "Nguyen Thi Thu Ha <ha.nguyen@saigonbalo.vn>",
    "Kevin Lau <kevin.lau@bluecrest-sourcing.hk>",
    "BPF-5561 cartable - production status",
    "Wed, 09 Apr 2025 16:05:00 +0700",
    """Dear Kevin,

We received the 30% deposit from Bureau Plus France yesterday, so we have started production of the 5,000 cartables on line 3 this morning. Cutting 1,200 pcs per day, sewing from Monday.

The 10 samples are finished and will ship by DHL tomorrow.

Best regards,
Ha
Saigon Balo Co., Ltd. - Sales Manager
""")
case("p24_bluecrest_fwd_deposit", ["RG012"],
     "forwarded supplier message: production of the 5,000 started because the deposit arrived; agent's cover note restates full scope",
     [("FW_BPF-5561_production_status.eml", mail(
         "Kevin Lau <kevin.lau@bluecrest-sourcing.hk>",
         "Claire Moreau <claire.moreau@bureauplus.fr>",
         "FW: BPF-5561 cartable - production status",
         "Thu, 10 Apr 2025 09:30:00 +0800",
         """Dear Claire,

Please see the forwarded message from Saigon Balo below.

For the record, our PO BPF-5561 covers 10 samples only. The other 4,990 pcs are not released until you, Claire Moreau, sign the written release after the sample sign-off. I have called Ms. Ha this morning and asked her to stop production immediately. Waiting for your instruction on how you want to handle the pieces already started.

Best regards,
Kevin Lau
Senior Merchandiser | Bluecrest Sourcing HK Ltd
Unit 1203, 12/F, Kwun Tong Harbour Plaza, Kowloon, Hong Kong
""",
         attachments=[("rfc822", _p24_fwd)]))])

# p25: supplier acknowledgement DOCX: PO acceptance read as authority for the full run
case("p25_vardhman_ack_docx", ["RG012"],
     "supplier acknowledgement reads acceptance of the PO as authority to schedule the 6,000 sets",
     [("Vardhman_PO_Acceptance_88120.docx", docx_bytes([
         ("h1", "Vardhman Writing Instruments Pvt. Ltd."),
         ("p", "Acknowledgement of Purchase Order"),
         ("table", [
             ["Customer", "Your PO", "PO date", "Our quotation", "Acknowledged on"],
             ["Kobayashi Bunguten Co., Ltd., Tokyo", "88120", "07-04-2025", "VWI/Q/25/3310", "09-04-2025"],
         ]),
         ("p", ""),
         ("p", "Dear Sirs, we thank you for your PO 88120 for the colour pencil set KB-CP-24 (24 colours, tin box)."),
         ("p", "We accept your PO in full. With the acceptance of this PO, we have scheduled the 6,000 sets of our "
               "quotation VWI/Q/25/3310 for production in week 18 on our lead-pencil line, so that the goods reach "
               "Tokyo before the Japanese summer sale."),
         ("p", "Tin box printing: 4 colours + varnish, lacquer per EN 71-3. Pencils: cedar, 3.0 mm lead."),
         ("p", "Yours faithfully, for Vardhman Writing Instruments Pvt. Ltd. - Suresh Iyer, Manager (Exports)"),
     ], author="Vardhman Exports"))])

# p26: buyer says the deposit for a proforma lets the supplier get going (no PO at all)
case("p26_brightwell_deposit_go_eml", ["RG012"],
     "buyer treats the deposit on a proforma as the go for production of 3,000; no PO or release",
     [("Project_books_PI_HX-PI-25-0612.eml", mail(
         "Jo Barnes <jo.barnes@brightwell-stationery.co.uk>",
         "Lily Zhang <lily@nbhuaxin.com.cn>",
         "A4 project books - PI HX-PI-25-0612",
         "Fri, 13 Jun 2025 10:55:00 +0100",
         """Hi Lily,

Good news - our finance team have transferred the 30% deposit for PI HX-PI-25-0612 (3,000 pcs A4 project books, half plain half ruled) this morning, so you can get going with production.

Remittance advice attached to the separate email from accounts. Please confirm when you see the funds.

Covers as per the last proof (v4, with the FSC logo bottom left). Can you also send me a photo of the first printed sheet off the press?

Thanks!
Jo
""" + sig("Jo Barnes", "Buying Manager", "Brightwell Stationery Ltd")))])


# ------------------------------------------------------------------ batch 4
# c20 clean: long logistics thread on a full-quantity PO; quoted chain
_c20_q2 = """Hi Tom,
pallets: we can do 120 x 80 EUR pallets, max height 1.6 m, 48 cartons per pallet. For 8,000 notepads in cartons of 100 that is 80 cartons, so 2 pallets (48 + 32). Is a half-empty second pallet OK for your DC in Newport?
Artwork for the recycled range: we received the signed-off artwork file from your design agency (ref. PF-ART-NP-11 rev D), thank you.
Regards, Marek

> Hi Marek,
> PO 56150 is for the full 8,000 A6 recycled notepads, there is no sample stage on this one (same item as last year, only the cover colour changes). Please proceed with the 8,000 and tell me how you want to palletise.
> Tom"""
case("c20_penfold_pallets_thread", [],
     "long logistics thread on a full-quantity PO (8,000, no balance); proceed is scoped to the full quantity",
     [("RE_RE_PO_56150_pallets.eml", mail(
         "Tom Reilly <tom.reilly@penfold-office.co.uk>",
         "Marek Nowak <m.nowak@papier-druk.pl>",
         "RE: RE: PO 56150 A6 notepads - pallets",
         "Fri, 28 Feb 2025 14:30:00 +0000",
         """Hi Marek,

Half pallet is fine, but please put the 32 cartons on the bottom layers and no overhang - Newport DC will refuse overhanging pallets. Pallet labels to our Supplier Manual section 6.2 (SSCC barcode on two adjacent sides).

Collection: our haulier (Baltic Freight, booking ref BF-25-0331) will collect from Lodz on 24 March, 08:00-12:00. Please book the loading dock.

Invoice to Penfold Office Supplies Ltd, quoting PO 56150, EUR, 45 days.

Cheers,
Tom
""" + sig("Tom Reilly", "Buyer - Writing & Desk", "Penfold Office Supplies Ltd", "+44 1291 430 218") + """
On 27/02/2025 10:12, Marek Nowak wrote:
""" + quote_lines(_c20_q2) + "\n",
         in_reply_to="<h88-mn-0227@papier-druk.pl>"))])

# c21 clean: labelled forecast + complete sample scope + DOCX artwork brief that authorizes nothing
_c21_brief = docx_bytes([
    ("h1", "Protea Stationers - Artwork & packing brief"),
    ("p", "Product: A4 hardcover counter book 192 pg, 'Protea Essentials' navy. Brief ref. PRO-AB-2026-07 rev 1."),
    ("table", [
        ["Element", "Specification"],
        ["Cover", "Navy PU-look paper over 2.5 mm board, silver foil logo 40 x 12 mm"],
        ["Inner pages", "192 pg, 70 gsm, feint ruled 8 mm with margin"],
        ["Barcode", "EAN-13 6001234 000482 on back cover, bottom right"],
        ["Inner pack", "shrink-wrap of 6"],
        ["Shipper", "48 books (8 x 6) per export carton"],
        ["Display tray", "holds 24 books; planogram 2 trays per store"],
        ["Promotional pallet", "30 cartons = 1,440 books"],
    ]),
    ("p", ""),
    ("p", "This brief defines artwork and packing only. It does not authorise production or material purchase; "
          "quantities are set only by purchase orders and written releases."),
], author="Protea Stationers")
case("c21_protea_forecast_brief", [],
     "labelled forecast; 20 samples with hold, event and named releaser; DOCX brief with pack quantities authorizes nothing",
     [("PS-3360_samples_and_forecast.eml", mail(
         "Johan Pretorius <johan.p@protea-stationers.co.za>",
         "K. Murugan <murugan@lakshmioffset.in>",
         "PS-3360 counter books - samples, brief and BTS 2026 forecast",
         "Mon, 01 Sep 2025 08:40:00 +0200",
         """Dear Mr. Murugan

Please find attached the artwork and packing brief for the A4 hardcover counter book.

Our PO PS-3360 covers 20 samples only. The production quantity is not released. I will send a written release myself after our QA team has signed off the samples.

For your planning only, here is our FORECAST for BTS 2026 (not an order, not a commitment, no material authority): 25,000 books, shipping November. The real quantity will depend on the planogram review.

Kind regards
Johan Pretorius
Category Manager - Office & School
Protea Stationers (Pty) Ltd
""",
         attachments=[("PRO-AB-2026-07_brief.docx", _c21_brief, DOCX_MT)]))])

# c22 clean: Italian ERP printout, complete scope, European number formats
case("c22_cartolinea_erp_txt", [],
     "ERP PO: 10 campioni, 5.000 not released, unlock = sample sign-off + written release by Chiara Bassi",
     [("CL_ODA_2025-0288.txt", """CARTOLINEA S.R.L.                       ORDINE DI ACQUISTO / PURCHASE ORDER
VIA DELL'INDUSTRIA 41                    NUMERO : 2025-0288     DATA : 03.03.2025
20037 PADERNO DUGNANO (MI)               PAGINA : 1 DI 1
FORNITORE / SUPPLIER : 100742  KARTONEX SP. Z O.O. - TARNOWO PODGORNE - PL
RESA : FCA TARNOWO PODGORNE        PAGAMENTO : BB 60 GG DF       VALUTA : EUR
--------------------------------------------------------------------------------
POS  ARTICOLO        DESCRIZIONE                              Q.TA  UM   PREZZO
---- --------------- ---------------------------------------- ----- --- --------
0010 CL-CART-A4-3L   CARTELLA 3 LEMBI A4 C/ELASTICO, PP 0,5MM    10  PZ     2,10
                     CAMPIONI / SAMPLES
--------------------------------------------------------------------------------
NOTE:
 ORDINATI ORA / ORDERED NOW: 10 CAMPIONI.
 I 5.000 PZ DELL'OFFERTA KX-Q-0219 NON SONO RILASCIATI (NOT RELEASED).
 NON ACQUISTARE PP PER LA SERIE / DO NOT BUY PP SHEET FOR THE RUN.
 SBLOCCO / UNLOCK: APPROVAZIONE CAMPIONI DA PARTE DEL NOSTRO CONTROLLO
 QUALITA' E SUCCESSIVO RILASCIO SCRITTO DI CHIARA BASSI (RESP. ACQUISTI).
 RELEASE OF THE 5.000 ONLY BY WRITTEN RELEASE FROM CHIARA BASSI AFTER
 SAMPLE SIGN-OFF BY OUR QUALITY CONTROL.
 ELASTICO 3 MM COLORE PANTONE 186 C - SPESSORE PP 0,5 MM (ISO 4593).
--------------------------------------------------------------------------------
EMESSO DA / ISSUED BY: UFFICIO ACQUISTI               FIRMA: C. BASSI
""")])

# p27: WhatsApp - payment done, go ahead
case("p27_whatsapp_payment_goahead", ["RG002", "RG012"],
     "scope posted earlier; later 'Payment done, go ahead' ties the go to payment and names no quantity",
     [("WhatsApp_Chat_Rakesh_Protea.txt", """WhatsApp Chat with Rakesh Vardhman

04/08/2025, 10:02 - Johan Pretorius (Protea): Morning Rakesh. PO PS-3344 is out
04/08/2025, 10:03 - Johan Pretorius (Protea): It's 12 samples of the school bag "Fynbos" only. The 2,988 balance is NOT released - I'll send a written release once our QA signs off the samples
04/08/2025, 10:30 - Rakesh Vardhman: Noted sir, 12 samples. Thank you for the order
04/08/2025, 10:31 - Rakesh Vardhman: Sir kindly remit the PI for sample charges and embroidery programme, USD 450. PI no. VBC/PI/25/207 attached
04/08/2025, 10:31 - Rakesh Vardhman: VBC_PI_25_207.pdf (file attached)
06/08/2025, 16:45 - Rakesh Vardhman: Sir any update on payment? Factory is asking
07/08/2025, 09:12 - Johan Pretorius (Protea): Payment done ✅ POP attached. Go ahead 👍
07/08/2025, 09:12 - Johan Pretorius (Protea): POP_PS3344.pdf (file attached)
07/08/2025, 09:20 - Rakesh Vardhman: Thank you sir 🙏 we start
""")])

# p28: Italian e-mail (text+html) with supplier quote PDF; 40 samples, 8.000 beside, nothing held
_p28_quote = pdf([
    ("h1", "SHENZHEN CAIYUN PRINTING CO., LTD. - QUOTATION CY-Q-0188"),
    ("p", "To: CartoLinea S.r.l., Italy. Date: 2025-01-08. FOB Yantian. Valid 30 days."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
        ["Art set 'Colori' 36", "36 pcs: 12 crayons, 12 colour pencils, 6 markers, 6 oil pastels; PP case", "40 samples", "9.50", "10 days"],
        ["", "", "8.000 pcs", "3.05", "40 days"],
    ]),
    ("p", "Remark: EN 71-1/-2/-3 and EN 71-7 (finger paint not included). Payment 30% deposit, 70% before shipment."),
], title="CY-Q-0188", author="Shenzhen Caiyun")
_p28_txt = """Dear Mr. Wang,

good morning. Please find our order CL-2025-0301 for the art set "Colori" 36 pcs, according to your quotation CY-Q-0188 (attached again for reference):

  - 40 pz campioni / samples, please proceed with the 40 samples.

Colours of the PP case: 20 pz blue Pantone 2728 C and 20 pz green Pantone 7482 C. Please print our logo on the lid in white, and add the EN 71 and CE marks on the back label.

We need the samples in Paderno Dugnano before 14 February for our presentation to the buyers of the supermarket chains.

Cordiali saluti,
Chiara Bassi
Responsabile Acquisti - CartoLinea S.r.l.
"""
_p28_html = "<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in _p28_txt.strip().split("\n\n")) + "</body></html>"
case("p28_cartolinea_artset_eml", ["RG001", "RG003", "RG004", "RG005"],
     "order for 40 samples with the quote (8.000 pcs) attached as reference; balance never held, no event, no releaser",
     [("Ordine_CL-2025-0301_art_set.eml", mail(
         "Chiara Bassi <c.bassi@cartolinea.it>",
         "Wang Jie <wangjie@caiyun-print.cn>",
         "Ordine CL-2025-0301 art set Colori 36",
         "Thu, 16 Jan 2025 09:25:00 +0100",
         _p28_txt, html=_p28_html,
         attachments=[("CY-Q-0188.pdf", _p28_quote, PDF_MT)]))])

# p29: Japanese PDF PO, samples plus 'mass production quantity' reference
case("p29_sakura_sticky_po_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 20 samples prints the mass production quantity 10,000 beside it; no hold, no event, no releaser",
     [("SOM_PO_7100452.pdf", pdf([
         ("h1", "SAKURA OFFICE MART CO., LTD. - PURCHASE ORDER 7100452"),
         ("p", "2-14-6 Nihonbashi, Chuo-ku, Tokyo 103-0027. Date: 2025/01/27. Vendor: Shenzhen Caiyun Printing Co., Ltd. (V-0881)"),
         ("table", [
             ["No.", "Item code", "Description", "Q'ty", "Unit price (JPY)", "Amount (JPY)"],
             ["1", "SOM-STK-75", "Sticky note 75 x 75 mm, 100 sheets x 5 pads, pastel, sample", "20", "300", "6,000"],
         ]),
         ("sp",),
         ("p", "Mass production quantity: 10,000 pcs (your quotation CY-Q-1102, unit price JPY 118)."),
         ("p", "Request: please send samples to our Tokyo office (Merchandising Div.) by 2025/02/20. Adhesive strip "
               "must be re-positionable; please attach the adhesive test result. Pad colours per colour card SOM-CC-07."),
         ("p", "Payment: end of month closing, next month end T/T. Please send the order acknowledgement within 3 days."),
         ("p", "Sakura Office Mart Co., Ltd. Merchandising Division, Stationery Section."),
     ], title="PO 7100452", author="Sakura Office Mart"))])

# p30: WeChat - agent relays sample order with the 30k programme; factory orders fabric for 30k
case("p30_wechat_galli_fabric", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "agent relays 24 samples next to the 30k programme with no hold/event/releaser; factory orders fabric for 30k unchallenged",
     [("WeChat_Bluecrest_Jinfeng_GA5577.txt", """WeChat chat history  |  Sophie Ho (Bluecrest Sourcing HK)  <->  Amy Chen (Jinfeng Bags)
Exported 2025-04-18

2025-04-15 14:02  Sophie Ho (Bluecrest Sourcing HK):
Amy, Galli PO GA-5577 sent to you just now. 24 pcs samples of the pencil case "Galli Scuola" (3 prints x 8) for their 30k BTS programme. Samples due 15 May in Bologna.

2025-04-15 14:20  Amy Chen (Jinfeng Bags):
ok received 👌

2025-04-15 14:22  Amy Chen (Jinfeng Bags):
fabric for 30k we order now from Shaoxing, the price is good this week and 600D is short in May

2025-04-15 14:35  Sophie Ho (Bluecrest Sourcing HK):
ok thanks. Pls send me the PI for the samples and the photo of the print strike-off

2025-04-15 14:36  Amy Chen (Jinfeng Bags):
[OK]
""")])

# p31: British e-mail: 'some samples', no quantity, no hold, no event, no releaser
case("p31_karoo_some_samples_eml", ["RG003", "RG004", "RG005", "RG010"],
     "sample request against a quote with no quantity, no hold on the run, no unlock event, nobody named",
     [("A5_notebooks_new_prints.eml", mail(
         "Lindiwe Dube <lindiwe.dube@karoo-retail.co.za>",
         "Dewi Lestari <dewi@sinarkertas.co.id>",
         "A5 notebooks - new prints for BTS 2026",
         "Wed, 25 Jun 2025 11:18:00 +0200",
         """Hi Dewi

Hope all is well in Surabaya!

The design team has finished the three new prints for the A5 notebooks (files on the WeTransfer link I sent on Monday: "Savanna", "Cape Floral" and "Township Jazz").

Could you please make some samples of each print for our range review, on the same 70 gsm paper as your quotation SKJ-Q-0610, and send them with your next courier? Invoice the samples against PO 810093.

Please also send the spine width for 96 pages so we can finalise the spine artwork.

Thanks a mil
Lindiwe
""" + sig("Lindiwe Dube", "Buyer, Stationery & BTS", "Karoo Retail Group (Pty) Ltd", "+27 11 555 0177")))])

# p32: French DOCX PO: table 12, note 15; balance on hold until further notice; no person
case("p32_bpf_po_12_vs_15_docx", ["RG004", "RG005", "RG011"],
     "table orders 12 samples, note says 15; balance on hold until further notice, no event, no named releaser",
     [("BPF_Commande_5588.docx", docx_bytes([
         ("h1", "Bureau Plus France SA - Commande 5588"),
         ("p", "Fournisseur / supplier: Vardhman Writing Instruments Pvt. Ltd., Mumbai. Date: 24/03/2025."),
         ("table", [
             ["Ligne", "Reference", "Designation", "Qte", "PU EUR"],
             ["10", "BPF-KIT-DES-24", "Kit dessin 24 pieces (crayons, feutres, gomme, taille-crayon), echantillons", "12", "7,80"],
         ]),
         ("p", ""),
         ("p", "Note: please make the 15 samples of the kit dessin first, 5 per colour of pouch (rouge, bleu, vert)."),
         ("p", "Le solde (balance) of the 3.000 kits quoted is on hold until further notice. Do not start it."),
         ("p", "Feutres: encre a base d'eau, EN 71-3. Taille-crayon: lame vissee, EN 71-1."),
         ("p", "Service Achats - Bureau Plus France SA, 92 avenue Jean Jaures, 69007 Lyon"),
     ], author="Bureau Plus France"))])

# p33: WhatsApp - first lot 200 then 250
case("p33_whatsapp_firstlot_200_250", ["RG011"],
     "buyer releases a first lot of 200 with full scope, later refers to 'the 250 first lot' and supplier confirms 250",
     [("WhatsApp_Chat_Suresh_Vardhman.txt", """WhatsApp Chat with Suresh Iyer Vardhman

10/03/2025, 09:05 - Tom Reilly (Penfold): Hi Suresh, PO 56110 for the highlighters is in your inbox
10/03/2025, 09:06 - Tom Reilly (Penfold): First lot: 200 packs released. The other 1,800 are NOT released - I'll send a written release after the first lot passes our incoming inspection
10/03/2025, 09:40 - Suresh Iyer Vardhman: Thank you Tom sir. Noted
10/03/2025, 09:41 - Suresh Iyer Vardhman: Ink test report for the fluorescent yellow will come next week from TUV
18/03/2025, 15:10 - Tom Reilly (Penfold): Suresh, just confirming the 250 first lot ships on the 14th? Need it for the April promo pallet
18/03/2025, 15:32 - Suresh Iyer Vardhman: Yes sir, 250 packs ETD 14th April, Nhava Sheva, vessel MSC AURORA
18/03/2025, 15:33 - Tom Reilly (Penfold): Great stuff 👍
""")])

# p34: South African ERP PO text: sample line with the quoted production quantity and ship window
case("p34_protea_erp_po_txt", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO: 10 samples, line note shows quoted production 4,000 with a ship window; no hold, event or releaser",
     [("PROTEA_PO_PS-3371.txt", """PROTEA STATIONERS (PTY) LTD                PURCHASE ORDER     PS-3371
14 STERLING ROAD, MONTAGUE GARDENS          ORDER DATE         2025-07-29
CAPE TOWN 7441, SOUTH AFRICA                CURRENCY           USD
VENDOR : 40933 YIWU JINFENG BAGS FACTORY, YIWU, ZHEJIANG, CN
---------------------------------------------------------------------------
LN  ITEM         DESCRIPTION                          QTY  UOM   UNIT PRICE
--- ------------ ----------------------------------- ---- ----- ----------
001 PRO-PP-FYN   PENCIL POUCH FLAT 200X110 FYNBOS      10   EA       0.00
                 SAMPLE
    LINE NOTE: QUOTED PRODUCTION QTY 4,000 EA @ USD 1.05 PER Q-JF-0711
               SHIP WINDOW 2025-11-01 / 2025-11-15 FOB NINGBO
---------------------------------------------------------------------------
DELIVER SAMPLES TO: PROTEA QA, 8 MONTAGUE DRIVE, CAPE TOWN, BY 2025-08-20
TERMS: PER PROTEA SUPPLIER MANUAL V4.2        PAGE 1 OF 1
""")])

# p35: Polish supplier: buying board for 10,000 now and starting the day samples are approved
_p35_quoted = """Dear Agnieszka,

PO 7802 covers 15 samples of the A4 box file "Brightwell Studio" only.
The balance of 9,985 pcs is not released. It will be released only by a written release from me, after sample sign-off.

Best wishes,
Jo Barnes
Buying Manager, Brightwell Stationery Ltd"""
case("p35_kartonex_board_autostart", ["RG006", "RG007"],
     "buyer scope complete; supplier orders board and mechanisms for the full 10,000 and will start the day samples are approved",
     [("RE_PO_7802_box_file.eml", mail(
         "Agnieszka Wrobel <a.wrobel@kartonex.pl>",
         "Jo Barnes <jo.barnes@brightwell-stationery.co.uk>",
         "RE: PO 7802 box file Brightwell Studio",
         "Tue, 06 May 2025 13:50:00 +0200",
         """Dear Jo,

Thank you for the PO. The 15 samples will be ready on 16 May.

To be ready for your season we are ordering the board and the lever clips for the full 10,000 pcs this week, and we start production on the day you approve the samples. In this way you will have the goods in Leeds in week 27.

Kind regards / Z powazaniem
Agnieszka Wrobel
Customer Service | Kartonex Sp. z o.o.
tel. +48 61 814 22 90

-----Original Message-----
From: Jo Barnes <jo.barnes@brightwell-stationery.co.uk>
Sent: Monday, May 5, 2025 4:02 PM
Subject: PO 7802 box file Brightwell Studio

""" + quote_lines(_p35_quoted) + "\n"))])

# p36: supplier with HTML plan attachment: sample approval + deposit balance = mass production
_p36_quoted = """Dear Amy,
Our PO 5620: 18 samples of the "Trousse XL" only. The 5,982 pcs are not released; written release by me (Claire Moreau) after sample sign-off by our quality lab.
Regards, Claire"""
_p36_plan = html_page("Production plan - Bureau Plus France 5620", """
<h3>Yiwu Jinfeng Bags Factory - Production plan for Bureau Plus France</h3>
<table>
<tr><th>Step</th><th>Date</th><th>Status</th></tr>
<tr><td>Samples (18 pcs)</td><td>2025-03-20</td><td>finished, sent DHL 7781 0023 11</td></tr>
<tr><td>Sample approval by customer</td><td>~2025-03-28</td><td>waiting</td></tr>
<tr><td>Deposit 30% received</td><td>2025-03-12</td><td>done</td></tr>
<tr><td>Mass production start</td><td>on sample approval + deposit</td><td>line 2 booked</td></tr>
<tr><td>ETD Ningbo</td><td>2025-05-10</td><td>vessel to be booked</td></tr>
</table>
""")
case("p36_jinfeng_plan_html_att", ["RG007", "RG012"],
     "buyer scope complete; supplier plans to start mass production on sample approval plus the deposit, no release",
     [("RE_5620_trousse_XL_plan.eml", mail(
         "Amy Chen <amy@yw-jinfeng.com>",
         "Claire Moreau <claire.moreau@bureauplus.fr>",
         "RE: 5620 trousse XL - samples sent + plan",
         "Fri, 21 Mar 2025 17:45:00 +0800",
         """Dear Claire,

Samples of Trousse XL (18 pcs) sent yesterday by DHL, tracking 7781 0023 11.

As the deposit is already received, as soon as we have your sample approval we start the mass production of the 6,000 pcs directly, line 2 is booked for you. Please see our production plan attached.

Best regards
Amy Chen
Yiwu Jinfeng Bags Factory

> On 2025-03-05, Claire Moreau wrote:
""" + quote_lines(_p36_quoted) + "\n",
         attachments=[("Production_plan_5620.html", _p36_plan, HTML_MT)]))])

# p37: supplier turns labelled forecast into a confirmed order and buys paper for it
_p37_quoted = """Dear Mr. Murugan
FORECAST for BTS 2026, diaries A5 "Protea Planner": 25,000 pcs.
This is planning information only: not an order, not a commitment, no material authority.
Regards, Johan Pretorius, Protea Stationers"""
case("p37_lakshmi_forecast_paper", ["RG006", "RG008"],
     "buyer's labelled forecast; supplier thanks for the 'confirmed order of 25,000' and has bought paper for it",
     [("RE_BTS2026_diaries_forecast.eml", mail(
         "K. Murugan <murugan@lakshmioffset.in>",
         "Johan Pretorius <johan.p@protea-stationers.co.za>",
         "RE: BTS 2026 diaries - forecast",
         "Sat, 13 Sep 2025 11:02:00 +0530",
         """Dear Sir,

Greetings from Sivakasi!

Thank you for your confirmed order of 25,000 nos. A5 Protea Planner diaries for BTS 2026. We are happy to support you for one more season.

Kindly note we have already purchased the 70 gsm maplitho paper for the full 25,000 nos. from the mill to lock the price before Diwali increase. Stock is in our godown.

We request you to kindly send the PO at the earliest.

Thanking you,
With warm regards,
K. Murugan
Export Manager
Lakshmi Offset Printers Pvt. Ltd., Sivakasi
Mob: +91 94431 22875

> On 11-Sep-2025, Johan Pretorius wrote:
""" + quote_lines(_p37_quoted) + "\n"))])

# p38: buyer's 'all approved, good to go' mixes technical and commercial approval and is unscoped
_p38_quoted = """Hi Lily,
PO 4500224410 covers 24 bound dummies of the "Wildflower" A5 notebook only.
The 12,000 run is not released until I send a written release after the ink test has passed and the dummies are signed off.
Sarah"""
case("p38_hl_all_approved_eml", ["RG002", "RG009"],
     "'approved' for belly-band artwork, supplier account and PO amendment; 'all approved, good to go' names no quantity",
     [("RE_Wildflower_update.eml", mail(
         "Sarah Whitcombe <sarah.whitcombe@harrowlyle.co.uk>",
         "Lily Zhang <lily@nbhuaxin.com.cn>",
         "RE: Wildflower A5 - update",
         "Wed, 09 Apr 2025 16:22:00 +0100",
         """Hi Lily,

Lots of good news this end:

- The artwork for the belly band is approved by our design team (barcode moved as you asked).
- Your new supplier account for the Ningbo factory is approved by our ethical trade team (SMETA audit passed).
- And the PO amendment for the new foil colour has been approved by finance.

So all approved - you're good to go!

Speak soon,
Sarah
""" + sig("Sarah Whitcombe", "Senior Buyer - Stationery", "Harrow & Lyle Stores plc") + """
On 20/03/2025 11:05, Sarah Whitcombe wrote:
""" + quote_lines(_p38_quoted) + "\n"))])


# ------------------------------------------------------------------ batch 5
# c23 clean: release letter with two approvers
case("c23_sakura_release_two_sign_pdf", [],
     "release of 4,000 of 10,000; 6,000 held for Q3 call-off signed by named manager and countersigned by named director",
     [("SOM_Production_Release_PR-SOM-25-031.pdf", pdf([
         ("h1", "SAKURA OFFICE MART CO., LTD. - PRODUCTION RELEASE"),
         ("p", "Release no. PR-SOM-25-031 - Date 2025/06/02 - PO 7100388 - Supplier: Saigon Balo Co., Ltd. (V-0912)"),
         ("p", "Item: school backpack 'Sakura Junior' 14L, SOM-BP-14, colours navy / sakura pink."),
         ("table", [
             ["PO quantity", "Released before", "Released now", "Total released", "Not released"],
             ["10,000", "0 (samples only)", "4,000", "4,000", "6,000"],
         ]),
         ("sp",),
         ("p", "Sample sign-off: approved on 2025/05/28 (inspection report QC-SOM-0528). With this letter we release "
               "4,000 (four thousand) pcs for production: 2,000 navy, 2,000 sakura pink."),
         ("p", "The remaining 6,000 pcs are not released. They will be released only by the Q3 call-off, signed by "
               "Kenji Sato, Merchandising Manager, and countersigned by Emi Watanabe, Finance Director."),
         ("p", "Material authority: material for the 4,000 released pcs only."),
         ("p", "Signed: Kenji Sato, Merchandising Manager / Emi Watanabe, Finance Director"),
     ], title="PR-SOM-25-031", author="Sakura Office Mart"))])

# c24 clean: stop notice DOCX
case("c24_hl_stop_notice_docx", [],
     "stop notice: zero further units, finished goods held, 3,500 not released, lift by named buyer after passed retest",
     [("HL_Stop_Notice_SN-25-004.docx", docx_bytes([
         ("h1", "Harrow & Lyle Stores plc - STOP NOTICE SN-25-004"),
         ("p", "To: Yiwu Jinfeng Bags Factory, attn. Amy Chen. Date: 03/06/2025."),
         ("p", "Order: PO 4500220871 line 2 - Pencil case 'Meadow' 3-zip, HL-PC-3Z."),
         ("table", [
             ["On PO", "Released (PR-25-014)", "Made so far", "Released for further work from today", "Not released"],
             ["5,000", "1,500", "1,200", "0", "3,500"],
         ]),
         ("p", ""),
         ("p", "A stop is in force on this order from today. Nothing more may start, released or not: quantity "
               "released for further work is 0 (zero). Keep the 1,200 finished pcs in your warehouse; do not ship."),
         ("p", "Reason: the EN 71-3 screening of the green ink (Pantone 7489 C) showed a borderline result for "
               "soluble lead. A retest has been booked with Intertek Shanghai."),
         ("p", "The stop is lifted only by a written lift notice from Sarah Whitcombe, Senior Buyer - Stationery, "
               "issued after a passed retest. The remaining 3,500 pcs stay not released after the lift; they need "
               "their own written release."),
         ("p", "Please acknowledge this notice by return e-mail."),
     ], author="Harrow & Lyle Stores plc"))])

# p39: Teams chat call-off: green light for 'the next lot', no quantity
case("p39_teams_calloff_greenlight", ["RG002", "RG010"],
     "call-off by chat: 'green light for the next lot' names no quantity; hold, next call-off and owner are stated",
     [("Teams_chat_Karoo_Kartonex.txt", """Microsoft Teams - chat export
Participants: Thandi Nkosi (Karoo Retail Group), Agnieszka Wrobel (Kartonex Sp. z o.o.)
Exported: 2025-11-04 10:02 SAST

[2025-11-04 09:12] Thandi Nkosi (Karoo Retail Group)
Morning Agnieszka! Sell-through review is done - the lever arch files flew off the shelves in Durban 🎉

[2025-11-04 09:13] Thandi Nkosi (Karoo Retail Group)
Green light for the next lot 👍 Whatever's left after that stays on hold until my next call-off, as usual.

[2025-11-04 09:30] Agnieszka Wrobel (Kartonex Sp. z o.o.)
Wonderful news! We will start on Monday then. Same board as before?

[2025-11-04 09:41] Thandi Nkosi (Karoo Retail Group)
Yes same board, same print. Pallets to Durban DC again please, the promo pallets for Jo'burg come later.

[2025-11-04 09:42] Agnieszka Wrobel (Kartonex Sp. z o.o.)
(thumbs up)
""")])

# p40: Japanese buyer e-mail contradicts the attached PO: 24 vs 20, and QC pass = go to mass production
_p40_po = pdf([
    ("h1", "KOBAYASHI BUNGUTEN CO., LTD. - PURCHASE ORDER 0088190"),
    ("p", "Vendor: Ningbo Huaxin Stationery Co., Ltd. Date: 2025/03/24. Item KB-NB-A5-DOT dot-grid notebook A5."),
    ("table", [
        ["LN", "Item", "Description", "Qty", "Remarks"],
        ["01", "KB-NB-A5-DOT", "Notebook A5 dot grid 5 mm, 80 sheets, thread sewn", "20", "sample"],
    ]),
    ("sp",),
    ("p", "This PO is for 20 samples only. The 5,000 pcs are not released. Mass production is released only by "
          "written release from Hiroshi Yamamoto (Purchasing) after our QC section signs off the samples."),
], title="PO 0088190", author="Kobayashi Bunguten")
case("p40_kobayashi_qc_pass_go_eml", ["RG007", "RG011"],
     "PO: 20 samples and a written release; cover e-mail asks for 24 samples and says QC pass means go into mass production",
     [("PO_0088190_dot_grid.eml", mail(
         "Hiroshi Yamamoto <h.yamamoto@kobayashi-bunguten.co.jp>",
         "Lily Zhang <lily@nbhuaxin.com.cn>",
         "PO 0088190 dot grid notebook A5",
         "Mon, 24 Mar 2025 13:40:00 +0900",
         """Dear Ms. Lily,

We are pleased to send you our PO 0088190 (attached).

Please make the 24 samples of the dot grid notebook, 12 with cream paper and 12 with white paper. The dot colour is light grey DIC 542.

If the samples pass our QC inspection, you may go into the mass production immediately. We will not send another document, because the schedule for the new term is very tight.

Thank you for your kind support.

Best regards,
Hiroshi Yamamoto
Purchasing, Kobayashi Bunguten Co., Ltd.
""",
         attachments=[("PO_0088190.pdf", _p40_po, PDF_MT)]))])

# p41: buyer e-mail with ERP PO text attachment: deposit paid so start; 40 vs 30 pilot
_p41_po = """KAROO RETAIL GROUP (PTY) LTD          PURCHASE ORDER 810101        REV 00
21 LEVER ROAD MIDRAND 1685             DATE 2025-08-11
VENDOR V-51007 SAIGON BALO CO LTD HCMC VIETNAM
-----------------------------------------------------------------------------
LINE ARTICLE          DESCRIPTION                         QTY  UOM  USD/UNIT
0010 KRG-DB-30-KD     DUFFEL BAG 30L KAROO KIDS PILOT LOT    30  EA     11.20
-----------------------------------------------------------------------------
NOTE: PILOT LOT 30 PCS ONLY. PROGRAMME 8,000 PCS NOT RELEASED.
      FURTHER QTY ONLY BY WRITTEN RELEASE FROM PIETER VAN WYK AFTER
      PILOT LOT SIGN-OFF BY KAROO QA.
"""
case("p41_karoo_deposit_pilot_eml", ["RG011", "RG012"],
     "attached PO: pilot 30 with full scope; cover e-mail: deposit paid so start the pilot lot of 40",
     [("PO_810101_duffel_pilot.eml", mail(
         "Pieter van Wyk <pieter.vanwyk@karoo-retail.co.za>",
         "Nguyen Thi Thu Ha <ha.nguyen@saigonbalo.vn>",
         "PO 810101 duffel bag pilot lot",
         "Tue, 12 Aug 2025 10:10:00 +0200",
         """Hi Ha

PO 810101 attached (printout from our system).

The deposit for the pilot has been paid today, so please start the pilot lot of 40 pcs. We'd like to have them in Midrand by the end of September for the store trial.

Regards
Pieter
""" + sig("Pieter van Wyk", "Category Manager School & Office", "Karoo Retail Group (Pty) Ltd", "+27 11 555 0190"),
         attachments=[("PO_810101.txt", _p41_po, TXT_MT)]))])

# p42: supplier order tracker (HTML): mass production starts automatically on sample approval
case("p42_caiyun_tracker_html", ["RG007"],
     "supplier order tracker says mass production starts automatically on the day of sample approval",
     [("Caiyun_Order_Tracker_MC.html", html_page("Caiyun Printing - Customer order tracker", """
<h2>Shenzhen Caiyun Printing - Customer Order Tracker</h2>
<p>Customer: Marche Clement SAS (Lyon) &middot; Merchandiser: Li Wei &middot; Updated 2025-05-14</p>
<table>
<tr><th>Order</th><th>Item</th><th>Milestone</th><th>Date</th><th>Status</th></tr>
<tr><td>MC-25-00871</td><td>Agenda scolaire 2025-26</td><td>PP samples sent (UPS 1Z 88W 442 04 1187 2290)</td><td>2025-05-12</td><td>done</td></tr>
<tr><td>MC-25-00871</td><td>Agenda scolaire 2025-26</td><td>Customer sample approval</td><td>-</td><td>waiting</td></tr>
<tr><td>MC-25-00871</td><td>Agenda scolaire 2025-26</td><td>Mass production</td><td>day of sample approval</td><td>starts automatically, no further confirmation needed</td></tr>
<tr><td>MC-25-00871</td><td>Agenda scolaire 2025-26</td><td>Booking / ETD Yantian</td><td>approx. +35 days</td><td>planned</td></tr>
</table>
<p class="note">Tip: to save time for the rentree, the press is kept ready from the sample approval day.</p>
"""))])

# p43: buyer portal sample disposition: 'proceed with the first run', rest on hold until further notice
case("p43_protea_disposition_html", ["RG002", "RG004", "RG010"],
     "portal disposition: proceed with 'the first run' (no quantity); rest on hold until further notice; owner named",
     [("Protea_SupplierHub_Disposition_PS-3301.html", html_page("Protea SupplierHub - Sample disposition PS-3301", """
<div style="background:#7a1f3d;color:#fff;padding:6px">Protea Stationers &middot; SupplierHub &middot; Vendor: Vardhman Bags &amp; Cases (V-2291)</div>
<h2>Sample disposition &middot; PO PS-3301 &middot; Double-zip pencil case &quot;Fynbos&quot;</h2>
<table>
<tr><th>Samples received</th><td>2025-08-06</td></tr>
<tr><th>QA report</th><td>QA-25-118 (zip pull test 70 N passed; EN 71-3 screening passed)</td></tr>
<tr><th>Disposition</th><td>sample approved</td></tr>
</table>
<div class="note">
<p>You may proceed with the first run.</p>
<p>The rest stays on hold until further notice.</p>
<p>Release owner: Johan Pretorius, Category Manager - Office &amp; School.</p>
</div>
<p>Comments from QA: stitching on the corner of the pouch slightly loose on 2 of 10 samples; please tighten stitch length to 3 mm.</p>
"""))])

# p44: Italian DOCX disposition form: 'approvazione' for three things; unnamed management
case("p44_galli_disposition_docx", ["RG005", "RG009"],
     "form uses 'approval' for technical check, commercial price and production; 4.990 released only by unnamed management",
     [("Galli_Scheda_Campioni_GA-5590.docx", docx_bytes([
         ("h1", "Supermercati Galli S.p.A. - Scheda esito campioni / Sample result sheet"),
         ("p", "PO GA-5590 - Fornitore: PT Sinar Kertas Jaya, Surabaya - Articolo: quaderno maxi A4 'Galli Scuola' 80 g"),
         ("table", [
             ["Voce / Item", "Esito / Result"],
             ["Campioni ricevuti / samples received", "10"],
             ["Approvazione tecnica / technical approval", "APPROVATO (carta, rilegatura, stampa)"],
             ["Approvazione commerciale / commercial approval", "in attesa - nuovo prezzo richiesto"],
             ["Approvazione produzione / production approval", "dopo approvazione della Direzione Acquisti"],
         ]),
         ("p", ""),
         ("p", "Only the 10 samples are authorised under PO GA-5590. The 4.990 pz of the series are not released: "
               "they will be released after the approval of the management (Direzione Acquisti)."),
         ("p", "Note QC: copertina leggermente curvata su 2 campioni - verificare l'umidita della carta in stoccaggio."),
         ("p", "Compilato da: Ufficio Qualita, Bologna - 29/04/2025"),
     ], author="Supermercati Galli QC"))])

# p45: Japanese DOCX PO/brief: 20 samples, first wave 15,000 beside, annual forecast written as commitment
case("p45_sakura_commitment_docx", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "20 samples next to a 15,000 first wave with no hold/event/releaser; annual forecast 60,000 written as a commitment",
     [("SOM_PO_Brief_7100477.docx", docx_bytes([
         ("h1", "Sakura Office Mart - Purchase order and product brief 7100477"),
         ("p", "Vendor: Yiwu Jinfeng Bags Factory (V-0930). Date: 2025/02/14. Item: pencil case 'Sakura Flat' SOM-PC-FL."),
         ("table", [
             ["No.", "Description", "Q'ty", "Unit price (JPY)"],
             ["1", "Pencil case flat 200 x 80 mm, canvas, sakura print - sample", "20", "420"],
         ]),
         ("p", ""),
         ("p", "First wave production quantity per your quotation JF-Q-2502: 15,000 pcs, unit price JPY 96."),
         ("p", "Annual forecast for this item is 60,000 pcs in 4 waves. This 60,000 pcs is our commitment to you, "
               "so please plan your line capacity on this basis."),
         ("p", "Samples: please send to Tokyo office by 2025/03/07. Zip: YKK #3, puller with SOM logo. Print: "
               "water-based ink, EN 71-3 and Japanese Food Sanitation Act not applicable."),
         ("p", "Merchandising Division, Stationery Section, Sakura Office Mart Co., Ltd."),
     ], author="Sakura Office Mart"))])

# p46 (multi-file): call-off letter 1,000 vs ERP printout 1,200; supplier bought board for the rest
_p46_letter = pdf([
    ("h1", "KAROO RETAIL GROUP - CALL-OFF NOTICE"),
    ("p", "Frame agreement FA-2025-11 - Call-off no. 2 - Date 2025-09-22. Supplier: Kartonex Sp. z o.o."),
    ("table", [
        ["Item", "Description", "Released now", "Not released"],
        ["KRG-BXF-A4", "Box file A4 75 mm, 'Karoo Basics' print, press-clip", "1,000", "5,000"],
    ]),
    ("sp",),
    ("p", "Released for production now: 1,000 box files. Material authority: material for the released quantity only."),
    ("p", "The remaining 5,000 are not released; they can only be released by call-off no. 3, issued by Thandi "
          "Nkosi, Supply Planner, after the October sell-through review."),
], title="Call-off FA-2025-11-02", author="Karoo Retail Group")
case("p46_karoo_calloff_three_files", ["RG006", "RG011"],
     "multi-file: call-off letter releases 1,000, ERP call-off printout 1,200; supplier reports board bought for the other 5,000",
     [("CallOff_FA-2025-11-02.pdf", _p46_letter),
      ("Karoo_ERP_CallOff_02.txt", """KAROO RETAIL GROUP (PTY) LTD - SCHEDULING AGREEMENT RELEASE
AGREEMENT  : FA-2025-11          RELEASE NO : 0002        DATE : 2025-09-22
VENDOR     : V-60233 KARTONEX SP. Z O.O., TARNOWO PODGORNE, PL
---------------------------------------------------------------------------
ITEM         DESCRIPTION                     REL QTY   CUM REL   DELIVERY
KRG-BXF-A4   BOX FILE A4 75MM KAROO BASICS     1,200     1,200   2025-11-10
---------------------------------------------------------------------------
STATUS: RELEASED FOR PRODUCTION                  PLANNER: T. NKOSI
"""),
      ("RE_CallOff_2_box_files.eml", mail(
          "Agnieszka Wrobel <a.wrobel@kartonex.pl>",
          "Thandi Nkosi <thandi.nkosi@karoo-retail.co.za>",
          "RE: Call-off 2 box files Karoo Basics",
          "Wed, 24 Sep 2025 08:15:00 +0200",
          """Dear Thandi,

We confirm receipt of call-off 2, thank you. Production is planned for week 42.

Good to know: we have already bought the board and the press-clips for the other 5,000 box files as well, so call-off 3 can be produced very fast after your October review.

Kind regards
Agnieszka Wrobel
Customer Service | Kartonex Sp. z o.o.
"""))])


# (cases are inserted above this line, batch by batch)
# =================================================================== MAIN
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9]+", "_", Path(fn).stem).strip("_")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(8888).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h88_{nn:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True,
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases, {clean} clean, {len(CASES) - clean} with risks")
    for r in [f"RG{i:03d}" for i in range(1, 13)]:
        print(r, sum(1 for c in CASES if r in c["expect"]))


if __name__ == "__main__":
    main()
