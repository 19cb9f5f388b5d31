#!/usr/bin/env python3
"""Generator for the releasegate check_holdout85 corpus (jewellery, watch and accessory components).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout85/build.py

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
    m["Message-ID"] = msgid or f"<h85-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h85")
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



# ------------------------------------------------------------ small helpers
def txt2html(text):
    """Very plain HTML twin of a text body (for multipart/alternative)."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def quote(text):
    """Prefix every line with '> ' as a mail client would."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


TXT_MT = "text/plain"
HTML_MT = "text/html"

# ==================================================================== CASES
# Descriptive names: cNN_* = clean (expect []), pNN_* = with at least one risk.
# The names never reach the output folders.


# ------------------------------------------------------------------ batch 1
# c01: supplier quotation alone, sample tier + production tiers. No authorization -> clean.
case("c01_quote_tiers_thai_clasps", [],
     "supplier quotation with a sample tier and three production tiers; quotes authorize nothing",
     [("QT-SGC-24-0412.pdf", pdf([
         ("h1", "SIAM GOLD CRAFT CO., LTD."),
         ("p", "88/14 Soi Charoen Krung 42, Bang Rak, Bangkok 10500, Thailand  |  Tax ID 0105553012874"),
         ("p", "Tel +66 2 233 0914  |  sales@siamgoldcraft.co.th"),
         ("h", "QUOTATION No. QT-SGC-24-0412"),
         ("p", "Date: 8 April 2024    Valid: 30 days    Customer: Halden & Rowe Inc., New York, NY"),
         ("p", "Attn: Ms. Rachel Kim, Sourcing Director    Ref: your RFQ HR-RFQ-0331 (lobster clasp 12 mm)"),
         ("table", [
             ["Item", "Description", "Qty", "Unit price (USD)", "Lead time"],
             ["1", "Casting sample, lobster clasp 12 mm, 14K yellow gold, hand polish", "12 pcs",
              "38.50", "3 weeks after drawing OK"],
             ["2", "Production tier A, same spec", "500 pcs", "27.80", "6 weeks"],
             ["3", "Production tier B, same spec", "1,500 pcs", "25.10", "8 weeks"],
             ["4", "Production tier C, same spec", "3,000 pcs", "23.95", "10 weeks"],
             ["5", "Rubber mould + master model (one time)", "1 set", "420.00", "with samples"],
         ]),
         ("sp",),
         ("p", "Remarks: Gold price basis USD 2,310 per troy oz (LBMA PM 05 Apr 2024). If gold moves more "
               "than 3% we will re-quote the metal part. Spring is stainless 17-7 PH, ring is 14K. "
               "Hallmark 585 + our maker mark SGC on inner side, laser."),
         ("p", "Production tiers are price information only, the production quantity will be agreed with "
               "a separate purchase order from your side. Sample lot is invoiced separately."),
         ("p", "Payment: samples 100% before dispatch; production 30% deposit, 70% before shipment. "
               "Incoterm FCA Bangkok (Suvarnabhumi)."),
         ("p", "Thank you for your kind enquiry krub, we are looking forward to work with you."),
         ("p", "Somchai Wattanakul  -  Sales Manager"),
     ], title="Quotation QT-SGC-24-0412", author="Siam Gold Craft"))])

# c02: supplier asks whether there is a go-ahead for the balance, under the buyer's full scope.
_c02_po = (
    "From: Amanda Price <amanda.price@brightwaterjewelry.com>\n"
    "Sent: Tuesday, April 16, 2024 10:04 AM\n"
    "Subject: PO BWJ-2291 - Luna pendant samples\n\n"
    "Hi Rajesh,\n\n"
    "PO BWJ-2291 is attached. It covers the twelve (12) sample pendants only, sterling 925, "
    "oxidised finish, 18\" cable chain, per tech sheet LUNA-P rev B.\n\n"
    "The remaining 288 pieces of the 300-piece run are not released. They stay on hold until we "
    "have done our sample sign-off here in Portland and I send you a written production release. "
    "I am the only one who can release that balance. Please buy silver for the 12 samples only.\n\n"
    "Thanks!\nAmanda\n"
)
case("c02_supplier_asks_goahead_jaipur", [],
     "supplier asks whether balance 288 may start; question is not approval; quoted buyer PO has qty, hold, event and named releaser",
     [("Re_PO_BWJ-2291_samples_dispatched.eml", mail(
         "Rajesh Mehta <rajesh@jaipursilverworks.in>",
         "Amanda Price <amanda.price@brightwaterjewelry.com>",
         "RE: PO BWJ-2291 - Luna pendant samples - dispatched",
         "Thu, 02 May 2024 17:41:00 +0530",
         "Dear Amanda ji,\n\n"
         "Greetings from Jaipur. Happy to inform that the 12 sample pendants are dispatched today by "
         "FedEx Priority, AWB 7781 2290 1145, invoice JSW/24-25/017. Oxidising was done two times as "
         "per your comment on the photos, the bail is now soldered not jump-ring.\n\n"
         "Kindly advise: do we have your go-ahead for the balance 288 pcs, or we should wait for your "
         "written production release after your sign-off? Just asking for planning, our karigars are "
         "booked with Diwali orders from August. We have not booked any silver for the balance.\n\n"
         "Warm regards,\nRajesh Mehta\nJaipur Silverworks Pvt. Ltd.\nSitapura Industrial Area, Jaipur 302022\n"
         "+91 141 277 0930\n\n" + quote(_c02_po) + "\n",
         in_reply_to="<bwj-2291-0416@brightwaterjewelry.com>"))])

# c03: labelled forecast on a buyer portal page.
case("c03_forecast_portal_hk", [],
     "rolling forecast explicitly labelled not an order and no material or production authority",
     [("forecast_KTC_Hengda_2024H2.html", html_page("Kowloon Time Co. - Supplier Portal - Forecast", """
<h2>Kowloon Time Co. Ltd &middot; Supplier Portal</h2>
<p>Supplier: <b>Shenzhen Hengda Watch Parts Co., Ltd.</b> (vendor 200417) &middot; Published 03-Jun-2024 by Kelvin Chan, Procurement</p>
<div class="note"><b>Rolling forecast &ndash; for capacity planning only.</b> This page is not a purchase order. It does not authorize production and does not authorize any material purchase. Quantities can move up or down every month.</div>
<h3>Case KT-38 (316L, 38 mm, sapphire) &mdash; forecast pcs</h3>
<table>
<tr><th>Month</th><th>Jul-24</th><th>Aug-24</th><th>Sep-24</th><th>Oct-24</th><th>Nov-24</th><th>Dec-24</th></tr>
<tr><td>KT-38 silver</td><td>0</td><td>400</td><td>600</td><td>600</td><td>800</td><td>300</td></tr>
<tr><td>KT-38 black PVD</td><td>0</td><td>200</td><td>300</td><td>300</td><td>400</td><td>150</td></tr>
</table>
<p>Orders are placed only by numbered PO (format KTC-PO-xxxx) and production is started only by a written release on that PO.</p>
<p>Questions: procurement@kowloontime.hk &middot; +852 2388 4410</p>
"""))])

# c04: plating test pieces approved for colour only, production explicitly not released.
_c04_txt = (
    "Hi Ana,\n\n"
    "Thank you for the eight (8) plating test pieces of the Bølge filigree earring, they arrived "
    "yesterday in perfect condition. The rose-gold tone (0.5 micron over 925) is exactly what the "
    "design team wanted.\n\n"
    "To be precise: the 8 plating pieces are approved for colour only. Production is not released. "
    "Please do not start the remaining 392 pairs and do not buy silver wire for them.\n\n"
    "What is still open is the nickel-release test to EN 1811 on the findings. When the lab report "
    "is with us I will do the formal sample sign-off, and after that Lars Holm (Head of Sourcing) "
    "will send you the production release for the 392 pairs in writing. Until you have that letter "
    "from Lars, nothing beyond the 8 plating pieces is authorized.\n\n"
    "Obrigada and have a lovely weekend!\n\n"
    "Mette Kjær\nProduction Manager\nNordlys Smykker ApS\nBredgade 36, 1260 København K\n+45 33 12 80 44\n"
)
case("c04_colour_only_filigree", [],
     "approval explicitly scoped to colour on 8 test pieces; 392 not released until sign-off + Lars Holm written release",
     [("Boelge_plating_test_feedback.eml", mail(
         "Mette Kjær <mette@nordlys-smykker.dk>",
         "Ana Ferreira <ana.ferreira@filigranadominho.pt>",
         "Bølge earring - plating test feedback",
         "Fri, 10 May 2024 15:22:00 +0200",
         _c04_txt, html=txt2html(_c04_txt),
         cc="Lars Holm <lars@nordlys-smykker.dk>"))])

# c05: full-quantity PO, proceed with the full quantity, no sample stage, no balance.
case("c05_full_po_boxes_porto", [],
     "full-quantity repeat PO for 150 boxes; 'proceed with the 150 boxes' is scoped; no balance exists",
     [("PO_MO-2024-0219.pdf", pdf([
         ("h1", "Maison Oberlin SA"),
         ("p", "Rue du Rhône 84, 1204 Genève  ·  Achats / Purchasing  ·  achats@maison-oberlin.ch"),
         ("h", "Purchase Order MO-2024-0219"),
         ("table", [
             ["Field", "Value"],
             ["Supplier", "Caixas Lusas, Lda. - Rua da Indústria 112, 4535-211 Lourosa, Portugal"],
             ["Order date", "6 May 2024"],
             ["Delivery", "DAP Genève, by 28 June 2024"],
             ["Buyer", "Reto Baumann, Purchasing"],
             ["Payment", "30 days end of month"],
         ]),
         ("sp",),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Unit CHF", "Total CHF"],
             ["10", "BX-07 rev C", "Presentation box, walnut veneer, cream suede insert, "
                    "hot-foil logo 'MO' in gold, for 40 mm watch", "150", "41.60", "6,240.00"],
             ["20", "SL-07", "Outer sleeve, 350 g board, soft-touch black", "150", "3.20", "480.00"],
         ]),
         ("sp",),
         ("p", "This is a repeat of the 2023 run (PO MO-2023-0877), same drawing BX-07 rev C and same "
               "hot-foil die, which you keep in stock for us. There is no sample stage on this order "
               "and no further quantity is planned under it: the 150 boxes and 150 sleeves are the "
               "complete order."),
         ("p", "Please proceed with the 150 boxes and sleeves and confirm the delivery date."),
         ("p", "Packing: 10 boxes per carton, cartons marked MO-2024-0219. Certificate of origin please."),
         ("p", "Reto Baumann  ·  Acheteur  ·  +41 22 310 48 20"),
     ], title="PO MO-2024-0219", author="Maison Oberlin"))])

# c06: explicit recorded auto-conversion in a sample agreement.
case("c06_explicit_autoconversion_docx", [],
     "explicit recorded auto-conversion naming quantity 294, signer Giulia Ferri, conditions and expiry",
     [("AF-BR-112_sample_and_release_terms.docx", docx_bytes([
         ("h1", "Atelier Fiorenza - Sample and release terms"),
         ("p", "Order: bracelet 'Ponte Vecchio' AF-BR-112, drawing rev D, 18kt yellow gold 750."),
         ("p", "Supplier: Fonderia Orafa Bellini S.r.l., Via dell'Oreficeria 9, 36100 Vicenza."),
         ("p", "Purchase order: AF-PO-24-0088 (6 casting samples + 294 production pieces, total 300)."),
         ("table", [
             ["Topic", "Agreed terms"],
             ["Active quantity now", "6 casting samples from wax model WM-112-D (master model signed off 15 April 2024)"],
             ["Balance", "294 pieces: not released until the sign-off below"],
             ["Sample sign-off", "Giulia Ferri, Head of Production, on form SS-AF-07"],
             ["Auto-conversion (recorded)", "If Giulia Ferri signs form SS-AF-07 for the 6 samples with "
              "the result 'accepted without deviations', that signature releases the 294 pieces by itself. "
              "No separate release letter will follow."],
             ["Limits", "Applies to drawing AF-BR-112 rev D only; valid until 30 June 2024. A sign-off "
              "with deviations, or after 30 June, releases nothing."],
             ["Material authority", "Sample-only (gold for 6 pieces) until the signature above; then "
              "gold for the 294 pieces"],
         ]),
         ("sp",),
         ("p", "Both parties have read and accepted these terms. Signed for Atelier Fiorenza: Giulia Ferri. "
               "Signed for Fonderia Orafa Bellini: Marco Bellini. Firenze / Vicenza, 22 April 2024."),
     ], author="Giulia Ferri"))])

# c07: supplier confirms deposit and states the deposit does not release production.
case("c07_deposit_not_release_straps", [],
     "supplier acknowledgement: deposit does not release production; restates 20 samples, 380 on hold, releaser Luca",
     [("deposit_received_VW-0042.eml", mail(
         "Rui Santos <rui.santos@courosdoporto.pt>",
         "Luca Brambilla <luca@vettawatches.ch>",
         "VW-0042 - deposit received / straps",
         "Wed, 15 May 2024 11:05:00 +0100",
         "Dear Luca,\n\n"
         "We confirm receipt of your deposit of EUR 1.140,00 (30% of pro-forma PF-2024-118) on "
         "14/05. Thank you.\n\n"
         "Just so our records match yours: the deposit settles our commercial terms and does not "
         "release production. Per your PO VW-0042 we are making the 20 sample straps now (10 x "
         "tan Barenia-type calf, 10 x navy, 20 mm lug, 18 mm buckle side, quick-release bars). The "
         "380 straps of the balance stay on hold until you have signed off the samples and sent us "
         "your written release - you told us that release can only come from you. We have not cut "
         "any leather for the balance.\n\n"
         "Samples leave Porto on 24/05 by DHL.\n\n"
         "Com os melhores cumprimentos,\nRui Santos\nComercial\nCouros do Porto, Lda.\n"
         "Rua de Cedofeita 455, 4050-181 Porto\n+351 22 208 51 73\n"))])

# c08: ERP call-off with explicit staged material authority above released qty.
case("c08_calloff_staged_material_txt", [],
     "call-off releases 200; explicit staged material authority up to 600 at buyer's liability; 800 not released until next call-off by Luca Brambilla",
     [("CO-2024-007_printout.txt", """\
VETTA WATCHES SAGL                                         CALL-OFF / RELEASE
Via Nassa 21, 6900 Lugano, CH                              Page 1 of 1
==============================================================================
CALL-OFF NO.  : CO-2024-007          DATE      : 21.05.2024
AGREEMENT     : SA-5500012 item 00010 (scheduling agreement, case VW-C40)
VENDOR        : 300118  SHENZHEN HENGDA WATCH PARTS CO., LTD.
                Bao'an District, Shenzhen 518101, PR China
BUYER         : L. BRAMBILLA                      TEL +41 91 921 07 30
------------------------------------------------------------------------------
ITEM  MATERIAL        DESCRIPTION                    QTY   UOM  DELIV DATE
------------------------------------------------------------------------------
0010  VW-C40-316L/3   CASE 40MM 316L, SAPPHIRE, 5ATM  200   PC   19.07.2024
------------------------------------------------------------------------------
AGREEMENT QTY (SA-5500012)               :   1,000 PC
RELEASED BY THIS CALL-OFF                :     200 PC
PREVIOUSLY RELEASED                      :       0 PC
BALANCE NOT RELEASED                     :     800 PC  - DO NOT PRODUCE
------------------------------------------------------------------------------
MATERIAL AUTHORITY (STAGED): VENDOR MAY BUY AND HOLD 316L BAR STOCK AND
SAPPHIRE CRYSTALS FOR UP TO 600 CASE SETS AT VETTA'S LIABILITY. NO MACHINING
BEYOND THE 200 RELEASED PCS.
UNLOCK OF BALANCE: NEXT CALL-OFF (CO-2024-008), ISSUED ONLY AFTER LOT
ACCEPTANCE OF THESE 200 PCS AT LUGANO INCOMING QC, SIGNED BY LUCA BRAMBILLA.
------------------------------------------------------------------------------
REF: DRW VW-C40 REV 3 / ISO 6425 NOT APPLICABLE / CASEBACK ENGRAVING PER ART 14
DELIVERY: DAP LUGANO, INCOTERMS 2020. PLEASE ACKNOWLEDGE WITHIN 2 WORKING DAYS.
==============================================================================
""")])

# ---------------------------------------------------------------- positives
# p01: sample PO email + attached quote with 1,500 production tier; nothing says the rest is not released.
case("p01_clasp_po_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 12 sample clasps with quote attached showing 500/1,500 production; no hold, no unlock event, no releaser",
     [("PO_HR-4471_lobster_clasp.eml", mail(
         "Tom Alvarez <tom.alvarez@haldenrowe.com>",
         "Somchai Wattanakul <sales@siamgoldcraft.co.th>",
         "PO HR-4471 / lobster clasp 12mm",
         "Mon, 22 Apr 2024 09:18:00 -0400",
         "Hi Somchai,\n\n"
         "Thanks for the quick turnaround on the quote. Please find our PO HR-4471 below; it is "
         "based on your quotation QT-SGC-24-0412, attached.\n\n"
         "PO HR-4471\n"
         "  Line 1  Lobster clasp 12 mm, 14K YG, casting sample   12 pcs   USD 38.50   USD 462.00\n"
         "  Line 2  Rubber mould + master model                   1 set    USD 420.00  USD 420.00\n"
         "  Ship to: Halden & Rowe, 260 W 39th St, 11th Fl, New York, NY 10018\n"
         "  Need by: May 17\n\n"
         "Drawing is HR-CL-12 rev 2 (spring gate opening 2.4 mm, please check with the 1.2 mm cable "
         "chain we sent). Stamp 14K + HR logo inside, no SGC mark on the outside please.\n\n"
         "Talk soon,\nTom\n" + sig("Tom Alvarez", "Buyer, Accessories", "Halden & Rowe Inc.",
                                     "+1 212 555 0188"),
         attachments=[("QT-SGC-24-0412.pdf", pdf([
             ("h1", "SIAM GOLD CRAFT CO., LTD."),
             ("h", "QUOTATION No. QT-SGC-24-0412"),
             ("p", "Date: 8 April 2024  Customer: Halden & Rowe Inc.  Attn: Mr. Tom Alvarez"),
             ("table", [
                 ["Item", "Description", "Qty", "Unit USD"],
                 ["1", "Casting sample, lobster clasp 12 mm, 14K YG", "12 pcs", "38.50"],
                 ["2", "Production, same spec", "500 pcs", "27.80"],
                 ["3", "Production, same spec", "1,500 pcs", "25.10"],
                 ["4", "Rubber mould + master model", "1 set", "420.00"],
             ]),
             ("p", "Lead time production 6-8 weeks. Payment 30% deposit / 70% before shipment."),
         ], title="QT-SGC-24-0412", author="Siam Gold Craft"), PDF_MT)]))])

# p02: DOCX PO with item table showing edition size beside the sample qty; no hold language.
case("p02_chain_po_docx_edition_col", ["RG001", "RG003", "RG004", "RG005"],
     "PO table: sample 15 pcs beside 'edition size 300' column; nothing says 300 is informational or on hold; no event, no releaser",
     [("NS-PO-2024-077_Catene_Aretine.docx", docx_bytes([
         ("h1", "Nordlys Smykker ApS - Purchase Order NS-PO-2024-077"),
         ("p", "Bredgade 36, 1260 København K, Denmark · CVR 38 51 22 90"),
         ("p", "Supplier: Catene Aretine S.r.l., Via Fiorentina 210, 52100 Arezzo, Italia"),
         ("p", "Date: 29 April 2024 · Contact: Mette Kjær, Production Manager · Currency: EUR"),
         ("table", [
             ["Pos", "Article", "Description", "Qty this PO", "Edition size", "Unit EUR", "Total EUR"],
             ["1", "NS-CH-45", "Necklace 'Fjord', forzatina chain 1.8 mm, 925 silver, 45 cm, "
                           "spring ring 5 mm, rhodium", "15", "300", "22,40", "336,00"],
             ["2", "NS-CH-EXT", "Extension 5 cm, same chain", "15", "300", "4,10", "61,50"],
         ]),
         ("sp",),
         ("p", "Delivery: samples to Copenhagen studio by 24 May 2024, DAP, DHL Express account "
               "951 220 114."),
         ("p", "Quality: nickel release according to EN 1811 for the clasp, certificate to be enclosed. "
               "Stamp 925 on the tag plate, no brand tag on samples."),
         ("p", "Please confirm receipt of this order and the sample delivery date. Grazie mille!"),
         ("p", "Mette Kjær"),
     ], author="Mette Kjær"))])

# p03: HTML B2B order page with sample ear-wires and programme qty 5,000 beside; no hold.
case("p03_earwire_b2b_page", ["RG001", "RG003", "RG004", "RG005"],
     "B2B order page: 25 pairs ordered with 'programme quantity 5,000 pairs' shown beside; no hold/event/releaser",
     [("order_BWJ-2315_zaveri.html", html_page("Order BWJ-2315 - Zaveri Findings", """
<h2>Brightwater Jewelry &mdash; Vendor Order Portal</h2>
<p>Order <b>BWJ-2315</b> &middot; Vendor: Zaveri Findings LLP, Zaveri Bazaar, Mumbai 400002 &middot; Issued 07-May-2024</p>
<table>
<tr><th>Line</th><th>SKU</th><th>Description</th><th>Ordered</th><th>Unit (USD)</th><th>Ext. (USD)</th></tr>
<tr><td>1</td><td>EW-FR-14KGF</td><td>French ear-wire, 14K gold-filled 0.76 mm, with bead, sample pairs</td><td>25 pr</td><td>1.85</td><td>46.25</td></tr>
<tr><td>2</td><td>EW-FR-925</td><td>French ear-wire, sterling 0.76 mm, sample pairs</td><td>25 pr</td><td>0.62</td><td>15.50</td></tr>
</table>
<h3>Programme summary</h3>
<table>
<tr><th>SKU</th><th>Programme quantity</th><th>Target landed cost</th><th>Launch</th></tr>
<tr><td>EW-FR-14KGF</td><td>5,000 pr</td><td>USD 1.40</td><td>Holiday 2024</td></tr>
<tr><td>EW-FR-925</td><td>5,000 pr</td><td>USD 0.48</td><td>Holiday 2024</td></tr>
</table>
<p>Ship via FedEx IP on our account 2210-4471-0. Nickel-free per EU REACH Annex XVII entry 27; lab certificate with shipment.</p>
<p>Buyer: Amanda Price, Director of Sourcing &middot; amanda.price@brightwaterjewelry.com</p>
"""))])

# p04: WeChat export, 6 samples first, total project 2,000 mentioned beside, no hold.
case("p04_wechat_dial_samples_total", ["RG001", "RG003", "RG004", "RG005"],
     "chat: '6 pcs sample first, total project 2,000 pcs' with no hold, no unlock event, no releaser",
     [("WeChat_KelvinChan_WendyZhao.txt", """\
WeChat chat history export
Chat: Kelvin Chan (Kowloon Time) & Wendy Zhao 赵 (Hengda Watch Parts)
Exported: 2024-05-20 18:02

2024-05-13 10:21 Kelvin Chan: Hi Wendy, morning. Dial for KT-38 final artwork attached ya, file KT38_dial_v7.ai
2024-05-13 10:22 Kelvin Chan: Sunray blue, applied indices, printed logo white, date at 3
2024-05-13 10:24 Wendy Zhao 赵: Morning Kelvin 🙏 received. Dial feet position same as last time?
2024-05-13 10:25 Kelvin Chan: Same, for Miyota 9015. Feet at 3 and 9
2024-05-13 10:31 Kelvin Chan: We order 6 pcs sample first. Total project 2,000 pcs, sample need in 3 weeks pls
2024-05-13 10:32 Kelvin Chan: PO no. KTC-PO-8840, our accounts will send the PDF this afternoon
2024-05-13 10:40 Wendy Zhao 赵: OK noted. Sample price RMB 180/pc incl. tooling for indices, lead time 18 days
2024-05-13 10:41 Kelvin Chan: 👍
2024-05-13 14:55 Wendy Zhao 赵: PO received thank you. Will send photo of first dial before applied indices
2024-05-17 09:12 Wendy Zhao 赵: [Photo]
2024-05-17 09:12 Wendy Zhao 赵: Sunray test on brass base, is this the blue you want?
2024-05-17 09:30 Kelvin Chan: bit darker pls, like Pantone 2767C
2024-05-17 09:31 Wendy Zhao 赵: ok will adjust
""")])

# p05: multi-file: ERP PO text for 30 sample straps + separate supplier quote PDF with 1,200 tier.
case("p05_strap_erp_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "folder bundle: ERP PO for 30 sample straps + supplier quote with 1,200 production tier; no hold, event or releaser anywhere",
     [("MO-2024-0231_PO_printout.txt", """\
MAISON OBERLIN SA  -  ACHATS                         BON DE COMMANDE / PURCHASE ORDER
Rue du Rhône 84, CH-1204 Genève                                    MO-2024-0231
--------------------------------------------------------------------------------------
Fournisseur / Vendor : 400233  COUROS DO PORTO, LDA.       Date     : 13.05.2024
                       Rua de Cedofeita 455, 4050-181 Porto, PT
Acheteur / Buyer     : R. BAUMANN                          Devise   : EUR
Conditions           : 30 JOURS FIN DE MOIS                Incoterm : DAP GENEVE
--------------------------------------------------------------------------------------
POS  ARTICLE          DESIGNATION                             QTE  UN   PRIX     MONTANT
--------------------------------------------------------------------------------------
010  STR-20-ALLI-BRN  BRACELET ALLIGATOR BRUN 20/18 MM, SAMPLE  15  PCE  64,00    960,00
020  STR-20-ALLI-BLK  BRACELET ALLIGATOR NOIR 20/18 MM, SAMPLE  15  PCE  64,00    960,00
--------------------------------------------------------------------------------------
                                                      TOTAL HT EUR            1.920,00
LIVRAISON / DELIVERY : 14.06.2024
REF. OFFRE / QUOTE   : CP-Q-24-061 DU 02.05.2024
NOTE                 : CITES CERTIFICATE FOR ALLIGATOR MISSISSIPPIENSIS REQUIRED WITH
                       SHIPMENT. PIN BUCKLE NOT INCLUDED (SUPPLIED BY MO, 18 MM, 316L).
--------------------------------------------------------------------------------------
"""),
      ("CP-Q-24-061_quote.pdf", pdf([
          ("h1", "Couros do Porto, Lda."),
          ("p", "Rua de Cedofeita 455, 4050-181 Porto · NIF 509 877 120 · comercial@courosdoporto.pt"),
          ("h", "Proposta / Quotation CP-Q-24-061"),
          ("p", "Porto, 2 May 2024 · Client: Maison Oberlin SA, Genève · Att.: Mr Reto Baumann"),
          ("table", [
              ["Ref.", "Description", "Qty", "EUR / pc"],
              ["STR-20-ALLI", "Alligator strap 20/18 mm, hand-stitched, brown or black, sample", "30", "64,00"],
              ["STR-20-ALLI", "Alligator strap 20/18 mm, series production", "1.200", "41,50"],
          ]),
          ("p", "Lead time series: 9 weeks from order. Skins are CITES-certified (Louisiana farm). "
                "Validity 45 days."),
          ("p", "Rui Santos, Comercial"),
      ], title="CP-Q-24-061", author="Couros do Porto"))])

# p06: quoted thread, full scope in original PO, later unscoped 'green light' on a packaging proof.
_p06_po = (
    "From: Rachel Kim <rachel.kim@haldenrowe.com>\n"
    "Date: Tue, Apr 30, 2024 at 2:10 PM\n"
    "Subject: PO HR-4490 - Soho cuff samples\n\n"
    "Nat,\n\n"
    "PO HR-4490 is for ten (10) sample cuffs only (brass, 18K gold vermeil 2.5 micron). The other "
    "490 cuffs of the Fall drop are not released - please do not start them and do not buy brass "
    "for them. They will be released only after our sample sign-off, by a written production "
    "release from me.\n\n"
    "Rachel\n"
)
_p06_reply1 = (
    "From: Nattaya Srisuk <nattaya@prasertjewelry.co.th>\n"
    "Date: Thu, May 9, 2024 at 4:45 PM\n"
    "Subject: RE: PO HR-4490 - Soho cuff samples\n\n"
    "Dear Rachel,\n\n"
    "Please see the photos of the gift pouch and the care card for the cuff (velvet pouch, "
    "hot stamp gold, card 300gsm). Also the 10 samples will finish plating on Monday.\n\n"
    "Best regards ka,\nNat\n\n" + quote(_p06_po) + "\n"
)
case("p06_green_light_packaging_thread", ["RG002"],
     "later 'green light from us' on pouch/card proof names no quantity or sample scope; quoted PO otherwise complete",
     [("RE_PO_HR-4490_cuff_pouch.eml", mail(
         "Rachel Kim <rachel.kim@haldenrowe.com>",
         "Nattaya Srisuk <nattaya@prasertjewelry.co.th>",
         "RE: RE: PO HR-4490 - Soho cuff samples",
         "Thu, 09 May 2024 21:03:00 -0400",
         "Hi Nat,\n\n"
         "Oh these are lovely, the pouch colour is spot on and the card reads really well. Green "
         "light from us! Talk next week once the samples ship.\n\n"
         "xx Rachel\n" + sig("Rachel Kim", "Sourcing Director", "Halden & Rowe Inc.", "+1 212 555 0143")
         + "\n" + quote(_p06_reply1) + "\n",
         in_reply_to="<prasert-0509-4490@prasertjewelry.co.th>"))])

# p07: WhatsApp: full scope early, then 'ok approved, go ahead' on engraving proof, unscoped.
case("p07_whatsapp_approved_goahead", ["RG002"],
     "chat: buyer's scope complete at start; later 'ok approved 👍 go ahead' on the engraving proof names no quantity or sample scope",
     [("WhatsApp_Chat_Chiara_Marco.txt", """\
[22/04/24, 09:14:03] Chiara Conti: Buongiorno Marco! PO AF-PO-24-0091 is in your inbox
[22/04/24, 09:14:40] Chiara Conti: For now only the 4 casting samples of the Giglio ring, sizes 12, 14, 16, 18
[22/04/24, 09:15:22] Chiara Conti: The 196 pcs of production are not released, please don't start them. They unlock only after our sample sign-off and a written production release from Giulia Ferri
[22/04/24, 09:20:51] Marco Bellini: Buongiorno Chiara, ricevuto. 4 samples only, clear 👍
[22/04/24, 09:21:30] Marco Bellini: Wax ready Thursday
[25/04/24, 16:02:11] Marco Bellini: <attached: 00000031-PHOTO-2024-04-25-16-02-11.jpg>
[25/04/24, 16:02:40] Marco Bellini: Engraving proof for inside the band, "Fiorenza 1987" font Didot 0.8 mm
[25/04/24, 16:03:05] Marco Bellini: Is it ok like this or you want it more deep?
[25/04/24, 16:40:19] Chiara Conti: Bellissimo. ok approved 👍 go ahead
[25/04/24, 16:41:02] Marco Bellini: Perfetto, grazie
[29/04/24, 11:12:45] Chiara Conti: Marco, DHL pick up for samples Friday ok?
[29/04/24, 11:30:10] Marco Bellini: Yes Friday morning
""")])


# ------------------------------------------------------------------ batch 2
# c09: full-quantity repeat PO in DOCX with identifiers that look like quantities.
case("c09_full_po_identifiers_docx", [],
     "full-quantity repeat PO (250 pcs, no sample stage); EN 1811:2011, ISO 9202, DRW-1000 rev 12, PN 750-4500-18 are identifiers",
     [("MV-24-0318_bail_order.docx", docx_bytes([
         ("h1", "Maison Verlaine - Bon de commande MV-24-0318"),
         ("p", "Maison Verlaine SA, Quai du Mont-Blanc 17, 1201 Genève · IDE CHE-114.902.331"),
         ("p", "Fournisseur: Siam Gold Craft Co., Ltd., Bangkok · Date: 3 mai 2024 · Acheteuse: Sofia Marchetti"),
         ("table", [
             ["Pos", "Part no.", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "750-4500-18", "Pendant bail 4.5 x 18 mm, 18K white gold (750), rhodium 0.2 µm, "
                                  "drawing DRW-1000 rev 12", "250", "61.20", "15,300.00"],
         ]),
         ("sp",),
         ("p", "This order is a repeat of PO MV-23-1190 with the same drawing and the same master model. "
               "The 250 pieces are the full quantity of this order; there is no sample stage and no "
               "further quantity under it."),
         ("p", "Standards: alloy fineness per ISO 9202:2019; nickel release of the rhodium layer per "
               "EN 1811:2011+A1:2015 (test report with the shipment). Swiss hallmarking: pieces are "
               "imported unstamped and assayed at the Bureau central du contrôle des métaux précieux, "
               "so please no fineness stamp, only the maker's mark 'SGC' laser 0.3 mm."),
         ("p", "Delivery: FCA Bangkok, by 14 June 2024, via our forwarder DSV, ref. GVA-4471-250."),
         ("p", "Please start production of the 250 pieces on receipt of this order and send the "
               "order acknowledgement within 3 working days."),
         ("p", "Sofia Marchetti · Head of Production · +41 22 732 19 05"),
     ], author="Sofia Marchetti"))])

# c10: WeChat: buyer's full scope, supplier acknowledges sample-only and the hold.
case("c10_wechat_ack_boxes", [],
     "chat: buyer authorizes 6 sample boxes, 2,994 not released until sample sign-off + Kelvin's written release; supplier acknowledges",
     [("WeChat_export_Jiahe_boxes.txt", """\
微信聊天记录 / WeChat chat history
Kelvin Chan (Kowloon Time Co.)  <->  Cindy Wu 吴 (Dongguan Jiahe Packaging)
2024-05-06

10:02 Kelvin Chan: Cindy, PO KTC-PO-8812 sent by email just now
10:03 Kelvin Chan: Only 6 sample boxes in this PO, 2 per colour (black / navy / forest green)
10:04 Kelvin Chan: The 2,994 production boxes are NOT released. Keep on hold, don't buy paper or PU for them
10:05 Kelvin Chan: After we do sample sign-off in HK I will send written release. Only me can release, Kelvin Chan
10:11 Cindy Wu 吴: Noted Kelvin 👌
10:12 Cindy Wu 吴: We make 6 pcs sample only. No material for mass production, we wait your written release
10:12 Cindy Wu 吴: Insert foam 25mm with cut for 40mm case ok?
10:15 Kelvin Chan: 25mm ok. Logo hot foil silver on lid, size 30mm wide
10:16 Cindy Wu 吴: ok. Sample ready 05-20 earliest
10:16 Kelvin Chan: thx 🙏
""")])

# c11: multi-file: sample PO that declares the quote's production tiers informational + the quote.
case("c11_po_plus_quote_informational", [],
     "folder bundle: PO for 20 sample straps states quote tiers 1,000/3,000 are information only and not released; hold, sign-off event, Rachel Kim named",
     [("HR-4502_purchase_order.pdf", pdf([
         ("h1", "HALDEN & ROWE INC."),
         ("p", "260 W 39th St, 11th Floor, New York, NY 10018 · purchasing@haldenrowe.com"),
         ("h", "Purchase Order HR-4502"),
         ("p", "Vendor: Guangzhou Huali Leather Products Co., Ltd., Baiyun District, Guangzhou · Date: May 14, 2024"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["10", "WS-18-SAF", "Watch strap 18 mm, saffiano calf, tan, gold-tone pin buckle, SAMPLE", "10", "9.40", "94.00"],
             ["20", "WS-18-SAF", "Watch strap 18 mm, saffiano calf, black, gold-tone pin buckle, SAMPLE", "10", "9.40", "94.00"],
         ]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "This PO authorizes 20 sample straps (lines 10 and 20) and nothing else. Your quotation "
               "HL-Q-0923 also lists production tiers of 1,000 and 3,000 pieces; those figures are for "
               "information only - they are not ordered and not released. Do not start production and "
               "buy leather and buckles for the 20 samples only."),
         ("p", "The production quantity stays on hold until we have signed off the samples. It will be "
               "released only by a written production release from Rachel Kim, Sourcing Director."),
         ("p", "Ship samples DHL Express, account 955 331 208, by June 7, 2024."),
     ], title="PO HR-4502", author="Halden & Rowe")),
      ("HL-Q-0923_quotation.pdf", pdf([
          ("h1", "Guangzhou Huali Leather Products Co., Ltd."),
          ("p", "No. 18 Shijing Road, Baiyun District, Guangzhou 510430 · Eric Zhou, Sales"),
          ("h", "QUOTATION HL-Q-0923"),
          ("p", "To: Halden & Rowe Inc. · Date: 2024-05-06 · Valid 60 days"),
          ("table", [
              ["Item", "Spec", "Qty", "Unit price USD", "Lead time"],
              ["WS-18-SAF sample", "18 mm, saffiano calf, pin buckle zinc alloy gold plated", "20", "9.40", "12 days"],
              ["WS-18-SAF production", "same", "1,000", "4.85", "30 days"],
              ["WS-18-SAF production", "same", "3,000", "4.20", "35 days"],
          ]),
          ("p", "Remark: buckle plating 0.1 micron gold, nickel free. Logo embossed on keeper. "
                "Packing 1 pc/polybag, 100 pcs/carton."),
      ], title="HL-Q-0923", author="Huali Leather"))])

# c12: ERP fixed-width PO with complete scope note in capitals.
case("c12_erp_po_chain_scope_note", [], 
     "ERP PO: active 10 sample chains, balance 490 not released, unlock sample sign-off + written release by G. Ferri; quoted 500 labelled forecast",
     [("AF-PO-24-0102.txt", """\
ATELIER FIORENZA S.P.A.               ORDINE D'ACQUISTO / PURCHASE ORDER   AF-PO-24-0102
Lungarno Corsini 12, 50123 Firenze    Data/Date 06.05.2024                 Pag. 1/1
==========================================================================================
FORNITORE/VENDOR : 100872 CATENE ARETINE S.R.L., VIA FIORENTINA 210, 52100 AREZZO
ACQUISTI/BUYER   : C. CONTI            TEL +39 055 261 7730
CONSEGNA/DELIV.  : FRANCO NS MAGAZZINO FIRENZE   PAGAMENTO: BB 60 GG DF FM
------------------------------------------------------------------------------------------
POS  CODICE        DESCRIZIONE                              Q.TA'  UM   PREZZO   IMPORTO EUR
------------------------------------------------------------------------------------------
010  AF-CH-GRM-50  CATENA GRUMETTA 3,2MM AG925 50CM CAMPIONE    10  PZ    48,00       480,00
                   FINITURA: PLACCATO ORO GIALLO 18KT 3 MICRON
------------------------------------------------------------------------------------------
TESTO TESTATA / HEADER NOTE:
  SCOPE: SAMPLE ONLY. ACTIVE QTY THIS PO: 10 PCS (POS 010).
  BALANCE 490 PCS NOT RELEASED - DO NOT START, DO NOT BUY SILVER FOR IT.
  UNLOCK: SAMPLE SIGN-OFF BY ATELIER FIORENZA QC, THEN WRITTEN PRODUCTION
  RELEASE SIGNED BY G. FERRI (HEAD OF PRODUCTION). NO OTHER PERSON MAY RELEASE.
  MATERIAL AUTHORITY: SAMPLE-ONLY.
  YOUR OFFER 2024/118 QTY 500 PCS = OUR FORECAST, NOT AN ORDER.
------------------------------------------------------------------------------------------
RIF. DISEGNO / DRAWING: AF-CH-GRM REV 4   -   NORMA NICHEL: EN 1811
==========================================================================================
""")])

# c13: DOCX tech pack with spec table; sample order section is complete.
case("c13_techpack_ring_docx", [],
     "tech pack with spec table; sample order section: 5 samples, 195 not released, sign-off + Lars Holm written release",
     [("TechPack_Aurora_ring_NS-R-031.docx", docx_bytes([
         ("h1", "Tech pack - Aurora stacking ring (NS-R-031)"),
         ("p", "Nordlys Smykker ApS · Season AW24 · version 3 · 2 May 2024 · owner: Mette Kjær"),
         ("p", "Workshop: Prasert Jewelry Manufacturing Co., Ltd., Silom, Bangkok (contact: Nattaya Srisuk)"),
         ("h", "Specification"),
         ("table", [
             ["Attribute", "Value"],
             ["Metal", "Sterling silver 925, recycled (RJC CoC certificate required)"],
             ["Band", "1.6 mm wide, 1.4 mm thick, half-round, comfort fit"],
             ["Stone", "Lab-grown sapphire 2.0 mm, round, light blue, bezel set"],
             ["Finish", "High polish outside, satin inside; 18K gold vermeil 2.5 µm option"],
             ["Sizes", "EU 50, 52, 54, 56, 58"],
             ["Marking", "925 + NORDLYS inside band, laser"],
             ["Test", "Nickel release EN 1811; cadmium / lead per REACH"],
         ]),
         ("h", "Sample order"),
         ("p", "PO NS-PO-2024-081 covers five (5) samples, one in each size, silver finish. These five "
               "are the only pieces you may make now."),
         ("p", "The production quantity of 195 rings is not released. It stays on hold until our sample "
               "sign-off in Copenhagen and a written production release from Lars Holm, Head of "
               "Sourcing. Material: silver for the 5 samples only."),
         ("h", "Packaging"),
         ("p", "Each ring in a small kraft pouch with the Nordlys card; 5 rings per zip bag labelled with size."),
     ], author="Mette Kjær"))])

# c14: buyer reply correcting a quoted supplier assumption of auto-conversion.
_c14_supplier = (
    "On 14 May 2024, at 16:20, Somchai Wattanakul <sales@siamgoldcraft.co.th> wrote:\n\n"
    "Dear Khun Sofia,\n\n"
    "20 samples of Étoile clasp will ship Friday. After you approve samples, we go straight to "
    "production of the 480 pcs to save time for your launch, ok?\n\n"
    "Best regards,\nSomchai\n"
)
case("c14_buyer_corrects_autoconvert", [],
     "quoted supplier assumes auto-conversion; buyer reply says sign-off releases nothing, 480 on hold until Sofia's written release; supplier text quoted under buyer reply does not count",
     [("Re_Etoile_clasp_samples.eml", mail(
         "Sofia Marchetti <s.marchetti@maison-verlaine.ch>",
         "Somchai Wattanakul <sales@siamgoldcraft.co.th>",
         "Re: Étoile clasp samples",
         "Wed, 15 May 2024 08:47:00 +0200",
         "Dear Somchai,\n\n"
         "Thank you, Friday is perfect.\n\n"
         "But no, please don't. Our sample sign-off does not release the 480 pieces. Only the 20 "
         "samples of PO MV-24-0327 are authorized now. The 480 stay on hold after the sign-off, until "
         "I send you a written production release for them - and only a release signed by me counts. "
         "Please do not buy gold for them before that.\n\n"
         "I understand the launch timing, and I will turn the release around quickly once the "
         "samples are signed off.\n\n"
         "Kind regards,\nSofia\n"
         + sig("Sofia Marchetti", "Head of Production", "Maison Verlaine SA", "+41 22 732 19 05")
         + "\n" + quote(_c14_supplier) + "\n",
         in_reply_to="<sgc-0514-etoile@siamgoldcraft.co.th>"))])

# c15: forwarded old quote as message/rfc822, declared informational.
_c15_old = mail(
    "Kevin Li <kevin.li@hengda-watchparts.cn>",
    "Luca Brambilla <luca@vettawatches.ch>",
    "Quotation dial VW-D40 - 2023",
    "Mon, 06 Nov 2023 10:15:00 +0800",
    "Dear Luca,\n\nPlease find our price for dial VW-D40 (brass, galvanic grey, applied indices, "
    "Super-LumiNova C3):\n\n  30 pcs sample     USD 24.00/pc\n  1,000 pcs         USD 7.80/pc\n"
    "  5,000 pcs         USD 6.10/pc\n\nTooling USD 650 one time. Lead time 35 days.\n\n"
    "Best regards\nKevin Li\nShenzhen Hengda Watch Parts\n")
case("c15_forward_old_quote_rfc822", [],
     "old quote with 1,000/5,000 tiers forwarded as rfc822 and declared information only / not released; live PO 30 samples, 970 on hold, Luca releases after sign-off",
     [("Fwd_old_dial_quote_VW-D40.eml", mail(
         "Luca Brambilla <luca@vettawatches.ch>",
         "Wendy Zhao <wendy.zhao@hengda-watchparts.cn>",
         "Fwd: Quotation dial VW-D40 - 2023 (background only)",
         "Tue, 21 May 2024 14:30:00 +0200",
         "Hi Wendy,\n\n"
         "Welcome on board, and thanks for taking over from Kevin. For background only I forward his "
         "quote from last November. The price tiers in it (1,000 and 5,000 pcs) are information, "
         "nothing more - they are not ordered and not released.\n\n"
         "The live order is PO VW-0051: 30 sample dials, galvanic grey. The remaining 970 dials of our "
         "first series are not released and stay on hold until we have signed off the samples in "
         "Lugano and I have sent you a written release for them. Nobody else at Vetta can release "
         "them. Please keep material to the 30 samples.\n\n"
         "Cheers,\nLuca\n" + sig("Luca Brambilla", "Co-founder, Operations", "Vetta Watches Sagl",
                                 "+41 91 921 07 30"),
         attachments=[("rfc822", _c15_old)]))])

# c16: PDF interim disposition with quantity and date limit, signed release for 40.
case("c16_interim_disposition_pdf", [],
     "interim disposition releases 40 pcs until 30 June by Lars Holm; 245 not released until full sign-off after retest + written release",
     [("NS-SD-2024-014_interim.pdf", pdf([
         ("h1", "Nordlys Smykker ApS"),
         ("h", "Sample disposition NS-SD-2024-014 - INTERIM"),
         ("table", [
             ["Field", "Entry"],
             ["Order", "NS-PO-2024-079, necklace 'Fjord' NS-CH-45, Catene Aretine S.r.l.; "
                       "programme of 300 pieces: 15 samples delivered, 40 released below, 245 on hold"],
             ["Samples reviewed", "15 pcs, received 24 May 2024"],
             ["Finding", "Spring ring 5 mm opens at 2.1 N (spec min. 2.5 N). Chain, length and rhodium OK."],
             ["Disposition", "INTERIM: limited to 40 pieces, valid until 30 June 2024"],
             ["Interim production release", "40 pieces for the Copenhagen trunk show, may be produced and "
                                            "shipped with the current spring ring"],
             ["Balance", "245 pieces NOT released"],
             ["Unlock of balance", "Full sample sign-off after retest of 5 pieces with the 6 mm spring "
                                   "ring, then written production release by Lars Holm"],
             ["Material authority", "Silver and rings for the 40 interim pieces only"],
         ]),
         ("sp",),
         ("p", "Sample disposition: Mette Kjær, Production Manager, 27 May 2024."),
         ("p", "Interim production release (40 pieces): Lars Holm, Head of Sourcing, 27 May 2024."),
     ], title="NS-SD-2024-014", author="Nordlys Smykker"))])

# p08: DOCX dial-print proof sheet: 'APPROVED - supplier may proceed', unscoped; order status section complete.
case("p08_dial_proof_sheet_approved", ["RG002"],
     "proof sheet 'Status: APPROVED - supplier may proceed' names neither sample scope nor quantity; order section otherwise complete",
     [("MO-DP-0412_dial_print_proof.docx", docx_bytes([
         ("h1", "Maison Oberlin - Dial print proof"),
         ("p", "Proof no. MO-DP-0412 · Dial MO-D38-SLV · Supplier: Shenzhen Hengda Watch Parts Co., Ltd."),
         ("table", [
             ["Check", "Result", "Comment"],
             ["Logo 'MAISON OBERLIN' pad print", "OK", "black, 0.05 mm line, centred"],
             ["'SWISS MOVEMENT' at 6", "OK", "font height 0.55 mm"],
             ["Minute track", "OK", "60 marks, 5-minute marks longer"],
             ["Colour", "OK", "silver opaline, vs. reference chip SO-3"],
             ["Feet position", "OK", "for Sellita SW200-1"],
         ]),
         ("sp",),
         ("p", "Status: APPROVED. Supplier may proceed."),
         ("p", "Reviewed by: Reto Baumann, Purchasing, Genève, 16 May 2024."),
         ("h", "Order status (for reference)"),
         ("p", "PO MO-2024-0225 covers 12 sample dials. The remaining 588 dials of the programme are not "
               "released; they stay on hold until the sample sign-off of the 12 dials and a written "
               "production release from Reto Baumann."),
     ], author="Reto Baumann"))])

# p09: Italian-English buyer email 'you can proceed' on revised clasp drawing; attached PO is complete.
_p09_txt = (
    "Cara Ana,\n\n"
    "grazie for the new drawing of the box clasp, rev E, with the safety latch moved 1 mm towards "
    "the centre. I checked with our modellista this morning. Per me è ok, you can proceed.\n\n"
    "Attached again our PO AF-PO-24-0097 so you have everything in one place. About the pearls: "
    "we send the 7 mm freshwater strands from Firenze next week via UPS.\n\n"
    "Un caro saluto,\nGiulia\n\n"
    "Giulia Ferri\nHead of Production\nAtelier Fiorenza S.p.A.\nLungarno Corsini 12, 50123 Firenze\n"
    "+39 055 261 7700\n"
)
case("p09_italian_proceed_drawing", ["RG002"],
     "'Per me è ok, you can proceed' on drawing rev E names no quantity or sample scope; attached PO otherwise complete",
     [("Box_clasp_rev_E.eml", mail(
         "Giulia Ferri <g.ferri@atelierfiorenza.it>",
         "Ana Ferreira <ana.ferreira@filigranadominho.pt>",
         "Chiusura a scatola / box clasp - rev E",
         "Mon, 13 May 2024 12:34:00 +0200",
         _p09_txt,
         attachments=[("AF-PO-24-0097.pdf", pdf([
             ("h1", "Atelier Fiorenza S.p.A."),
             ("h", "Ordine d'acquisto / Purchase order AF-PO-24-0097"),
             ("p", "Fornitore: Filigrana do Minho, Lda., Gondomar, Portugal · 2 May 2024"),
             ("table", [
                 ["Pos", "Descrizione / Description", "Q.tà", "EUR"],
                 ["10", "Pearl necklace 'Arno', filigree box clasp 925, gold plated - SAMPLES", "8", "58,00"],
             ]),
             ("p", "Scope: this order authorizes the 8 samples only. The production balance of 242 necklaces "
                   "is not released and must not be started. It will be released only after our sample "
                   "sign-off, by a written production release signed by Giulia Ferri, Head of Production."),
         ], title="AF-PO-24-0097", author="Atelier Fiorenza"), PDF_MT)]))])

# p10: 'approved, please proceed' on artwork (unscoped) + finance 'approved' the PO (mixed approval terms).
_p10_txt = (
    "Hi Rajesh,\n\n"
    "Good news on two fronts.\n\n"
    "1) The logo artwork v3 for the hang tag is approved, please proceed.\n\n"
    "2) Our finance team approved PO BWJ-2340 this morning, so the PDF should reach you from "
    "accounts@ today.\n\n"
    "As a reminder of the scope: PO BWJ-2340 covers twenty-four (24) sample rings (Halo, sizes 5-8, "
    "sterling with white topaz). The remaining 476 rings are not released and must not be started. "
    "They stay on hold until we have done our sample sign-off and I have sent you a written "
    "production release.\n\n"
    "Best,\nAmanda\n\n"
    "Amanda Price | Director of Sourcing | Brightwater Jewelry | 1120 NW Couch St, Portland, OR 97209 | +1 503 555 0172\n"
)
case("p10_artwork_approved_finance_approved", ["RG002", "RG009"],
     "'artwork approved, please proceed' is unscoped; 'approved' also used for finance approving the PO (technical vs commercial)",
     [("Halo_rings_artwork_and_PO.eml", mail(
         "Amanda Price <amanda.price@brightwaterjewelry.com>",
         "Rajesh Mehta <rajesh@jaipursilverworks.in>",
         "Halo rings - artwork + PO BWJ-2340",
         "Wed, 22 May 2024 11:02:00 -0700",
         _p10_txt, html=txt2html(_p10_txt)))])

# p11: ERP printout: 24 sample buckles, balance on hold until further notice; no event, nobody named.
case("p11_erp_hold_until_further_notice", ["RG004", "RG005"],
     "ERP PO: active 24, 'BAL 476 ON HOLD UNTIL FURTHER NOTICE' names neither unlock event nor a release person",
     [("HR-4511_SAP_print.txt", """\
HALDEN & ROWE INC                                           PURCHASE ORDER
260 W 39TH ST FL 11 NEW YORK NY 10018                       PO NO  : 4500004511
                                                            DATE   : 05/20/2024
                                                            PAGE   : 001
VENDOR: 0000300455  NINGBO JINLONG HARDWARE CO LTD
        NO 66 XINGNING RD, YINZHOU DIST, NINGBO 315040, CN
BUYER : T ALVAREZ   212-555-0188         TERMS: NET 45   FOB: NINGBO
----------------------------------------------------------------------------
ITEM MATERIAL     DESCRIPTION                     QTY  UM  UNIT PR   NET VAL
----------------------------------------------------------------------------
00010 BK-25-RG    BELT BUCKLE 25MM ROSE GOLD PVD   24  EA    6.900    165.60
                  SAMPLE LOT - DRW BK-25 REV 3
----------------------------------------------------------------------------
                                               TOTAL USD            165.60
HEADER TEXT:
 SAMPLE LOT 24 EA ONLY.
 BAL 476 EA ON HOLD UNTIL FURTHER NOTICE.
 PVD COLOUR TO MATCH RG CHIP #RG-07. NICKEL FREE ZAMAK NOT ACCEPTED - BRASS
 BASE ONLY (CUZN37). PACK 1/POLYBAG W/ ACID-FREE TISSUE.
----------------------------------------------------------------------------
THIS PO IS SUBJECT TO H&R STANDARD TERMS (REV 2022-07) PRINTED OVERLEAF.
""")])

# p12: HK-English email: sample boxes, hold, events named but release only by 'management'.
case("p12_hk_hold_management_unnamed", ["RG005"],
     "active 10 boxes, 2,990 hold, unlock = sample sign-off + internal approval + revised PO, but no named person releases",
     [("KTC-PO-8870_sample_boxes.eml", mail(
         "Kelvin Chan <kelvin.chan@kowloontime.hk>",
         "Cindy Wu <cindy.wu@jiahe-packaging.com>",
         "KTC-PO-8870 sample watch box (new leatherette)",
         "Thu, 23 May 2024 15:12:00 +0800",
         "Hi Cindy,\n\n"
         "Our PO KTC-PO-8870 (PDF follows from accounts) is for the new leatherette box, 10 pcs sample only (5 x "
         "cognac, 5 x dark grey). Same size as KTC-PO-8812 but cushion for strap not for bracelet.\n\n"
         "For the other 2,990 boxes: hold, not release. Don't start and don't buy the leatherette "
         "roll yet. After we sign off the samples, it still need internal approval by our management "
         "and then we issue a revised PO for the production qty. Before that revised PO, nothing.\n\n"
         "Sample please by 10 Jun, to our Kwun Tong office.\n\n"
         "Thx & rgds\nKelvin\n\n"
         "Kowloon Time Co. Ltd\nUnit 1207, 12/F, Millennium City 5, 418 Kwun Tong Road, Kowloon, HK\n"
         "T +852 2388 4410\n"))])

# p13: supplier reply quoting the buyer's full PO; supplier has bought gold for the full 500.
_p13_po = (
    "From: Sofia Marchetti <s.marchetti@maison-verlaine.ch>\n"
    "Sent: Monday, 6 May 2024 09:02\n"
    "Subject: PO MV-24-0327 - Étoile clasp\n\n"
    "Dear Somchai,\n\n"
    "Our PO MV-24-0327 covers 20 casting samples of the Étoile clasp (18K rose gold). The balance "
    "of 480 pieces is not released: it stays on hold until our sample sign-off in Geneva and a "
    "written production release from me. Material authority is sample-only: gold for the 20 "
    "samples.\n\n"
    "Kind regards,\nSofia Marchetti, Head of Production\n"
)
case("p13_supplier_bought_gold_all", ["RG006"],
     "supplier bought 18K grain for all 500 while only 20 released and material authority is sample-only",
     [("RE_PO_MV-24-0327_gold_booking.eml", mail(
         "Somchai Wattanakul <sales@siamgoldcraft.co.th>",
         "Sofia Marchetti <s.marchetti@maison-verlaine.ch>",
         "RE: PO MV-24-0327 - Étoile clasp",
         "Mon, 13 May 2024 16:20:00 +0700",
         "Dear Khun Sofia,\n\n"
         "Good afternoon. Update for the Étoile clasp:\n\n"
         "- Master model in silver finished, we send you photo tomorrow\n"
         "- Rubber mould done, 2 cavities\n"
         "- 20 samples casting on Thursday\n\n"
         "Also for your information, the gold price is going up every week, so to protect your "
         "costing we already booked and paid the 18K rose grain for the whole 500 pieces last "
         "Friday at USD 2,298/oz. It is in our safe, so when you release there is no waiting time.\n\n"
         "Best regards,\nSomchai Wattanakul\nSales Manager\nSiam Gold Craft Co., Ltd.\n"
         "+66 2 233 0914\n\n" + quote(_p13_po) + "\n",
         in_reply_to="<mv-0327-0506@maison-verlaine.ch>"))])

# p14: multi-file: complete PO PDF + supplier status email that staged silver for the complete edition.
case("p14_po_plus_status_wire_staged", ["RG006"],
     "folder bundle: PO releases 8 samples (complete scope, sample-only material); supplier status says wire and frames prepared for the complete edition",
     [("NS-PO-2024-090_Stjerne.pdf", pdf([
         ("h1", "Nordlys Smykker ApS"),
         ("h", "Purchase Order NS-PO-2024-090"),
         ("p", "Supplier: Filigrana do Minho, Lda., Rua de Vila Cova 88, 4420-335 Gondomar, Portugal"),
         ("p", "Date: 6 May 2024 · Contact: Mette Kjær"),
         ("table", [
             ["Pos", "Article", "Description", "Qty", "EUR"],
             ["1", "NS-P-STJ", "Pendant 'Stjerne', silver filigree 925, 22 mm, oxidised, sample", "8", "36,00"],
         ]),
         ("sp",),
         ("p", "Only the 8 samples above are released. The remaining 242 pendants of the edition are not "
               "released and must not be started. Unlock: our sample sign-off, then a written production "
               "release from Lars Holm, Head of Sourcing. Material authority: sample-only."),
     ], title="NS-PO-2024-090", author="Nordlys Smykker")),
      ("Stjerne_status_week21.eml", mail(
          "Ana Ferreira <ana.ferreira@filigranadominho.pt>",
          "Mette Kjær <mette@nordlys-smykker.dk>",
          "Stjerne - ponto de situação / status week 21",
          "Fri, 24 May 2024 18:10:00 +0100",
          "Olá Mette,\n\n"
          "Status of the Stjerne pendants:\n\n"
          "1. The 8 samples are soldered and in oxidation today, they ship on Tuesday with CTT "
          "Expresso.\n"
          "2. So that we can move fast after your decision, we have already drawn and flattened the "
          "silver wire and prepared the filigree frames for the complete edition. They are in boxes in "
          "our workshop, ready for filling.\n"
          "3. Our filigree ladies are on holiday the first two weeks of August, please keep in mind.\n\n"
          "Beijinhos,\nAna Ferreira\nFiligrana do Minho, Lda.\n+351 22 483 11 07\n"))])

# p15: WeChat: 'some samples' (no qty) + supplier bought dial blanks for 2,000.
case("p15_wechat_some_samples_blanks", ["RG006", "RG010"],
     "buyer authorizes 'some dial samples' with no quantity (hold, event, Ivy named); supplier buys brass blanks for 2,000",
     [("WeChat_IvyLeung_KevinLi.txt", """\
WeChat 聊天记录
Ivy Leung (Lumi Atelier HK)  /  Kevin Li 李 (Hengda Watch Parts)

2024-04-29 11:03  Ivy Leung: Hi Kevin, this is the dial for our capsule watch, mother-of-pearl look but printed, pls see pdf
2024-04-29 11:04  Ivy Leung: Please make some dial samples first so we can see the print on real brass
2024-04-29 11:05  Ivy Leung: The rest hold first, nothing else start. Only after our QC sign-off in HK, and I send written release, then can go
2024-04-29 11:20  Kevin Li 李: ok Ivy, received. Print will be 4 colour pad print + clear lacquer
2024-04-29 11:21  Ivy Leung: 👍
2024-05-03 16:45  Kevin Li 李: Ivy, for your info, we already buy the dial blank (brass 0.4mm) for 2,000pcs, because supplier give better price this month and lead time is long
2024-05-03 16:46  Kevin Li 李: samples will ready next Wed
2024-05-03 17:02  Ivy Leung: ok, send me photo when ready
""")])


# ------------------------------------------------------------------ batch 3
# c17: WhatsApp: scoped go-ahead for 8 wax models only, with hold, event and named releaser.
case("c17_whatsapp_wax_models_only", [],
     "chat: 'go ahead with the 8 wax models only'; 292 cuffs wait for Rachel's written production release after casting sign-off",
     [("WhatsApp_Chat_Rachel_Nat.txt", """\
[5/2/24, 8:41:12 PM] Rachel Kim: Hi Nat! Quick one before I board. The revised Soho cuff file (v4, taper 1.5 mm) is in the dropbox
[5/2/24, 8:41:50 PM] Nattaya Srisuk: Hello Rachel ka, received, our modeller will check tomorrow morning
[5/2/24, 8:43:05 PM] Rachel Kim: Go ahead with the 8 wax models only. Nothing else for now
[5/2/24, 8:43:40 PM] Rachel Kim: The 292 production cuffs wait - they need my written production release, and I'll only send that after we sign off the castings from those waxes
[5/2/24, 8:44:02 PM] Nattaya Srisuk: Noted ka. 8 wax models only, no casting, no brass order for production 🙏
[5/2/24, 8:44:30 PM] Rachel Kim: Perfect. Photos on all 8 please, top + side
[5/2/24, 8:45:11 PM] Nattaya Srisuk: Sure ka. Have a safe flight ✈️
[5/6/24, 9:02:33 AM] Nattaya Srisuk: <attached: 00000012-PHOTO-2024-05-06-09-02-33.jpg>
[5/6/24, 9:02:58 AM] Nattaya Srisuk: First 4 waxes, the other 4 tomorrow
""")])

# c18: stop notice with zero authorized, lifting by named person in writing.
case("c18_stop_notice_email", [],
     "stop notice: zero further pieces authorized; lifted only by Rachel Kim in writing after design review; 294 balance still needs its own written release",
     [("STOP_PO_HR-4488.eml", mail(
         "Rachel Kim <rachel.kim@haldenrowe.com>",
         "Somchai Wattanakul <sales@siamgoldcraft.co.th>",
         "STOP - PO HR-4488 (Madison hoop) - please confirm",
         "Fri, 17 May 2024 07:55:00 -0400",
         "Somchai,\n\n"
         "Please stop all work on PO HR-4488 (Madison hoop, 14K) effective immediately. Our design "
         "team wants to change the hinge after the customer panel yesterday.\n\n"
         "What this means:\n"
         "- Authorized from today: zero (0) further pieces. Do not cast, polish or plate anything else.\n"
         "- The 6 samples you already shipped are not affected; we have them.\n"
         "- Do not buy any gold against this order.\n\n"
         "I will lift this stop only by a written notice from me, after our design review on May 28. "
         "Even then, the production balance of 294 pairs stays on hold: it still needs its own written "
         "production release from me after sign-off of the revised samples.\n\n"
         "Please reply to confirm you have stopped. Sorry for the disruption.\n\n"
         "Rachel\n" + sig("Rachel Kim", "Sourcing Director", "Halden & Rowe Inc.", "+1 212 555 0143")))])

# c19: release letter releasing the full balance after sign-off, signed by the named authority.
case("c19_full_release_letter_pdf", [],
     "written production release of the full balance 294 after recorded sample sign-off, signed by Giulia Ferri; nothing remains on hold",
     [("PR-2024-014_production_release.pdf", pdf([
         ("h1", "Atelier Fiorenza S.p.A."),
         ("p", "Lungarno Corsini 12, 50123 Firenze · produzione@atelierfiorenza.it"),
         ("h", "Production release PR-2024-014"),
         ("table", [
             ["Field", "Entry"],
             ["To", "Fonderia Orafa Bellini S.r.l., Vicenza - Mr Marco Bellini"],
             ["Order", "AF-PO-24-0088, bracelet 'Ponte Vecchio' AF-BR-112 rev D, 18kt 750"],
             ["Sample sign-off", "Recorded 3 May 2024 on form SS-AF-07 (6 samples, no deviations), Chiara Conti"],
             ["Quantity released by this letter", "294 pieces - the full production balance"],
             ["Order total after this release", "300 pieces (6 samples + 294), nothing left on hold"],
             ["Material authority", "Gold for 294 pieces"],
             ["Delivery", "3 lots of 98 pieces: 14 June, 28 June, 12 July 2024"],
         ]),
         ("sp",),
         ("p", "This letter is the written production release for the quantity above. Please confirm "
               "receipt and the lot dates."),
         ("p", "Giulia Ferri, Head of Production - Firenze, 6 May 2024"),
     ], title="PR-2024-014", author="Giulia Ferri"))])

# c20: supplier price list (HTML) with edition tiers; no authorization.
case("c20_supplier_pricelist_html", [],
     "supplier price list with sample and edition tiers (24 / 300 / 1,000); price lists authorize nothing",
     [("listino_Catene_Aretine_2024.html", html_page("Catene Aretine - Listino 2024", """
<h2>Catene Aretine S.r.l. &mdash; Listino prezzi / Price list 2024</h2>
<p>Via Fiorentina 210, 52100 Arezzo &middot; P.IVA 01744380512 &middot; info@catenearetine.it</p>
<p>Prezzi in EUR, argento 925 a parte (fixing LBMA + 4%). Prices in EUR, silver charged separately.</p>
<table>
<tr><th>Articolo</th><th>Descrizione</th><th>1&ndash;24 pz (campioni)</th><th>25&ndash;299 pz</th><th>300&ndash;999 pz (edizione limitata)</th><th>1.000+ pz</th></tr>
<tr><td>GRM-32</td><td>Grumetta 3,2 mm, 50 cm</td><td>48,00</td><td>31,50</td><td>26,80</td><td>22,40</td></tr>
<tr><td>FRZ-18</td><td>Forzatina 1,8 mm, 45 cm</td><td>22,40</td><td>14,90</td><td>12,10</td><td>10,20</td></tr>
<tr><td>VEN-12</td><td>Veneziana 1,2 mm, 42 cm</td><td>19,00</td><td>12,30</td><td>10,60</td><td>8,90</td></tr>
</table>
<p>Lavorazioni extra: placcatura oro 18kt 3 micron +6,50/pz; rodiatura +2,10/pz.</p>
<p>Tempi: campioni 10 gg lavorativi; produzione 4&ndash;6 settimane dall'ordine. Minimo d'ordine produzione: 25 pz per articolo/finitura.</p>
<p>Listino valido fino al 31.12.2024. Non costituisce offerta vincolante.</p>
"""))])

# c21: HK buyer: sample fee paid, payment does not release production.
case("c21_sample_fee_paid_not_release", [],
     "buyer: sample fee paid covers 10 sample cases only and does not release production; 990 on hold until QC sign-off + Kelvin's written release",
     [("KT-42_sample_fee_paid.eml", mail(
         "Kelvin Chan <kelvin.chan@kowloontime.hk>",
         "Wendy Zhao <wendy.zhao@hengda-watchparts.cn>",
         "KT-42 case - sample fee paid (KTC-PO-8855)",
         "Mon, 27 May 2024 10:40:00 +0800",
         "Hi Wendy,\n\n"
         "We paid the sample fee HKD 4,800 today by TT, bank ref HSBC 0527-118834, for KTC-PO-8855.\n\n"
         "Pls note this payment is for the 10 sample cases only (KT-42, 316L, brushed + polished "
         "bezel). It does not release any production. The remaining 990 cases are not released, keep "
         "on hold, no bar stock for them, until our QC sign-off of the 10 samples and then my written "
         "release. Only I can release them.\n\n"
         "Sample ETA still 12 Jun?\n\n"
         "Thx\nKelvin Chan\nProcurement, Kowloon Time Co. Ltd\n+852 2388 4410\n"))])

# p16: supplier: deposit received -> bought material for the full 800 and line starts.
_p16_po = (
    "From: Rachel Kim\nSent: May 2, 2024\nTo: Eric Zhou\nSubject: PO HR-4495 sample straps\n\n"
    "Eric - PO HR-4495 attached: 20 sample straps (WS-20-CRK, croc-embossed calf, 20 mm). The "
    "balance of 780 straps is not released. It stays on hold until our sample sign-off and a written "
    "production release from me. Leather and buckles for the 20 samples only, please.\n"
    "Rachel Kim, Sourcing Director, Halden & Rowe\n"
)
case("p16_deposit_received_start_line", ["RG006", "RG012"],
     "supplier treats tooling/sample deposit as start signal and buys leather+buckles for full 800; PO released 20, sample-only material",
     [("RE_HR-4495_deposit_received.eml", mail(
         "Eric Zhou <eric.zhou@huali-leather.com>",
         "Rachel Kim <rachel.kim@haldenrowe.com>",
         "RE: PO HR-4495 sample straps - deposit received",
         "Tue, 14 May 2024 09:30:00 +0800",
         "Dear Rachel,\n\n"
         "Thank you, we received your deposit USD 1,200 for the embossing plate and samples today.\n\n"
         "As the deposit is in, we have placed the order for the croc-embossed calf hides and the "
         "gold-tone buckles for the full 800 straps, and our cutting line will start on Monday so "
         "the delivery can be early July.\n\n"
         "20 samples ready this Friday, will send photos.\n\n"
         "Best regards\nEric Zhou\nSales Manager\nGuangzhou Huali Leather Products Co., Ltd.\n"
         "+86 20 3622 8105\n\n" + quote(_p16_po) + "\n"))])

# p17: supplier ordered gold for all 300 so that sample approval rolls straight into production.
_p17_po = (
    "Da: Giulia Ferri <g.ferri@atelierfiorenza.it>\n"
    "Inviato: giovedì 18 aprile 2024 10:12\n"
    "Oggetto: AF-PO-24-0110 - bracciale Tornabuoni\n\n"
    "Caro Marco,\n\n"
    "PO AF-PO-24-0110 is for 6 casting samples of the Tornabuoni bracelet. The other 294 are not "
    "released. They unlock only after Chiara Conti's sample sign-off and then a written production "
    "release from me. Gold for the 6 samples only, please.\n\n"
    "Giulia Ferri - Head of Production\n"
)
case("p17_gold_for_all_roll_straight", ["RG006", "RG007"],
     "supplier ordered 18kt for all 300 (release 6, sample-only material) and says approval of samples sends them straight into production of 294",
     [("RE_AF-PO-24-0110_Tornabuoni.eml", mail(
         "Marco Bellini <marco@fonderiabellini.it>",
         "Giulia Ferri <g.ferri@atelierfiorenza.it>",
         "R: AF-PO-24-0110 - bracciale Tornabuoni",
         "Fri, 26 Apr 2024 17:05:00 +0200",
         "Cara Giulia,\n\n"
         "the 6 samples are cast and in polishing, you will have them Tuesday with our courier.\n\n"
         "To be ready for your September launch we have already ordered the 18kt yellow gold for "
         "all 300 bracelets from our bullion bank, so as soon as you approve the samples we go "
         "directly into production of the 294, no time lost.\n\n"
         "Un saluto,\nMarco Bellini\nFonderia Orafa Bellini S.r.l.\nVia dell'Oreficeria 9, 36100 Vicenza\n"
         "+39 0444 960 218\n\n" + quote(_p17_po) + "\n"))])

# p18: supplier production schedule DOCX showing silver ordered for all 300 while 12 released.
case("p18_supplier_schedule_silver_300", ["RG006"],
     "supplier schedule: 12 samples released, balance on hold, but 925 grain for 300 pcs ordered and received",
     [("JSW_schedule_BWJ-2302.docx", docx_bytes([
         ("h1", "Jaipur Silverworks Pvt. Ltd. - Production schedule"),
         ("p", "Customer: Brightwater Jewelry, Portland · Order: PO BWJ-2302 (Nova cuff) · Updated 20-May-2024"),
         ("p", "Order status: 12 sample cuffs released. Balance 288 pcs on hold pending Ms. Amanda Price's "
               "written production release."),
         ("table", [
             ["Step", "Qty", "Planned", "Status"],
             ["Master model (silver)", "1", "06-May", "Done"],
             ["Rubber mould", "1", "08-May", "Done"],
             ["Sterling grain 925 (8.4 kg, for 300 pcs)", "300 pcs worth", "10-May", "Ordered 10-May, received 17-May"],
             ["Casting samples", "12", "21-May", "In process"],
             ["Oxidise + polish samples", "12", "24-May", "Planned"],
             ["Dispatch samples (FedEx)", "12", "27-May", "Planned"],
         ]),
         ("sp",),
         ("p", "Prepared by: Priya Sharma, Production Planning. For questions please contact Rajesh Mehta."),
     ], author="Priya Sharma"))])

# p19: supplier quoting buyer's complete PO, assumes sample approval = go for the balance.
_p19_po = (
    "From: Freja Nielsen <freja@solveigstudio.dk>\n"
    "Sent: 29 April 2024 13:30\n"
    "Subject: PO SS-24-019 - Tide earrings\n\n"
    "Dear Priya,\n\n"
    "Attached is PO SS-24-019 for fifteen (15) sample pairs of the Tide hoop. Please note that "
    "the remaining 285 pairs are not released. They can only be released after our sample sign-off, "
    "in writing, by Jonas Berg (COO). Please do not start them.\n\n"
    "Best,\nFreja\n"
)
case("p19_supplier_continue_after_approval", ["RG007"],
     "supplier says after sample approval they continue straight away with the 285 without separate paper; quoted PO requires Jonas Berg's written release",
     [("RE_PO_SS-24-019_Tide.eml", mail(
         "Priya Sharma <priya@mehtagemfindings.in>",
         "Freja Nielsen <freja@solveigstudio.dk>",
         "RE: PO SS-24-019 - Tide earrings",
         "Thu, 16 May 2024 18:22:00 +0530",
         "Dear Freja Madam,\n\n"
         "Greetings! Samples are ready and will be dispatched tomorrow via DHL, tracking we will share.\n\n"
         "For smooth planning: the moment you approve the samples we will continue with the balance "
         "285 pairs straight away, so we can meet your Copenhagen Fashion Week date. No need to send "
         "us separate release paper for that.\n\n"
         "Thanks and regards,\nPriya Sharma\nMehta Gem & Findings, SEEPZ, Andheri (E), Mumbai 400096\n"
         "+91 22 2829 4410\n\n" + quote(_p19_po) + "\n"))])

# p20: buyer: make 6 sample casebacks; once signed off 'carry straight on with the rest of the run'.
case("p20_buyer_carry_straight_on", ["RG003", "RG005", "RG007"],
     "buyer: 6 sample casebacks, then after sign-off 'carry straight on with the rest of the run' - no hold, no named releaser, implied auto-conversion",
     [("Tidewell_caseback_samples.eml", mail(
         "Jake Morrison <jake@tidewellwatch.com>",
         "Kevin Li <kevin.li@hengda-watchparts.cn>",
         "Caseback engraving - samples",
         "Tue, 07 May 2024 16:48:00 -0400",
         "Hey Kevin,\n\n"
         "Great call yesterday. Confirming what we agreed:\n\n"
         "- Please make 6 sample casebacks (TW-CB-39, 316L, screw-down, 5 ATM) with the wave "
         "engraving from file TW_wave_v2.dxf, 0.15 mm deep.\n"
         "- Ship to our Boston office by FedEx, our account 6622-1180-4.\n"
         "- Invoice the samples to PO TW-1031.\n\n"
         "Once we've signed off the samples on our end, just carry straight on with the rest of the "
         "run - no need to wait for another email from us. We're tight on time for the Kickstarter "
         "deliveries.\n\n"
         "Cheers,\nJake\n\nJake Morrison | Founder | Tidewell Watch Co. | 43 Thayer St, Boston, MA 02118\n"))])

# p21: multi-file: PO requires Lars Holm's written release; production manager says letter is a formality.
case("p21_po_plus_email_letter_formality", ["RG007"],
     "folder bundle: PO needs sign-off + written release by Lars Holm; buyer email says if samples look right carry on, Lars's letter is a formality",
     [("NS-PO-2024-095_bangle.pdf", pdf([
         ("h1", "Nordlys Smykker ApS"),
         ("h", "Purchase Order NS-PO-2024-095"),
         ("p", "Supplier: Prasert Jewelry Manufacturing Co., Ltd., 919/1 Silom Road, Bangrak, Bangkok 10500"),
         ("table", [
             ["Pos", "Article", "Description", "Qty", "USD"],
             ["1", "NS-B-HAV", "Bangle 'Hav', 925 silver, hammered, 62 mm, SAMPLE", "6", "44.00"],
         ]),
         ("sp",),
         ("p", "Scope: 6 samples only. The remaining 394 bangles are not released. They are released "
               "only after our sample sign-off, by a written production release from Lars Holm, "
               "Head of Sourcing. Material: sample-only."),
         ("p", "Mette Kjær, Production Manager - 8 May 2024"),
     ], title="NS-PO-2024-095", author="Nordlys Smykker")),
      ("Hav_bangle_timing.eml", mail(
          "Mette Kjær <mette@nordlys-smykker.dk>",
          "Nattaya Srisuk <nattaya@prasertjewelry.co.th>",
          "Hav bangle - timing",
          "Wed, 22 May 2024 19:20:00 +0200",
          "Hi Nat,\n\n"
          "Thanks for the video of the hammering, it looks beautiful.\n\n"
          "Between us: we are very late for the AW24 lookbook. If the 6 samples look like the renders "
          "when they arrive next week, you can just carry on with the rest. Lars's letter is only a "
          "formality and he will sign it later.\n\n"
          "Kh. Mette\n\nMette Kjær\nProduction Manager, Nordlys Smykker ApS\n"))])

# p22: WhatsApp Thai supplier: 'when you OK the sample we start the 1,488 immediately, no new paper'.
case("p22_whatsapp_thai_no_new_paper", ["RG007"],
     "supplier: once the sample is OK'd production of 1,488 starts immediately without new paper; buyer's scope at top is complete",
     [("WhatsApp_Chat_Tom_Somchai.txt", """\
4/23/24, 9:05 AM - Tom Alvarez: Morning Somchai. Clasp PO HR-4478 sent: 12 casting samples only
4/23/24, 9:06 AM - Tom Alvarez: The 1,488 production pcs are NOT released. Don't start them and don't buy gold for them. Rachel Kim releases them in writing after our sample sign-off
4/23/24, 9:40 AM - Somchai Wattanakul: Good morning Khun Tom krub. Received PO, thank you
4/23/24, 9:41 AM - Somchai Wattanakul: We start master model today
5/8/24, 3:15 PM - Somchai Wattanakul: <Media omitted>
5/8/24, 3:15 PM - Somchai Wattanakul: Samples finish, ship tomorrow by DHL 58 2201 7730
5/8/24, 3:17 PM - Somchai Wattanakul: Khun Tom, when you OK the sample we start the 1,488 immediately na, no need new paper, same PO krub. Our factory is free in June
5/8/24, 3:40 PM - Tom Alvarez: Thanks, tracking received
""")])

# p23: supplier sample submission form: approval of sample = approval for mass production.
case("p23_sample_form_approval_equals", ["RG007", "RG009"],
     "supplier form: 'approval of this sample is also approval for mass production' - implied auto-conversion, one word for technical and production",
     [("HD-SSF-2405-031_sample_submission.docx", docx_bytes([
         ("h1", "Shenzhen Hengda Watch Parts Co., Ltd. - Sample Submission Form"),
         ("p", "Form no. HD-SSF-2405-031 · Date 2024-05-24 · Customer: Vetta Watches Sagl, Lugano"),
         ("table", [
             ["Item", "Detail"],
             ["Part", "Case VW-C38-316L, 38 mm, drawing VW-C38 rev 2"],
             ["Customer PO", "VW-0060"],
             ["Samples submitted", "10 pcs (5 brushed, 5 polished)"],
             ["Dimension report", "attached, 32 dimensions, all within tolerance"],
             ["Water resistance", "10 ATM tested on 10/10 pcs"],
             ["Material cert", "316L, heat no. 24B-3317, EN 10204 3.1"],
         ]),
         ("sp",),
         ("h", "Customer approval"),
         ("p", "Please sign and return. Approval of this sample is also the approval for mass production "
               "of the order; our production will start on the day we receive the signed form."),
         ("p", "Approved by (customer): ______________________   Date: __________"),
         ("p", "Prepared by: Wendy Zhao, QA / Sales"),
     ], author="Wendy Zhao"))])

# p24: supplier portal: after sample invoice paid and sample approved, mass production starts automatically.
case("p24_portal_auto_start_after_payment", ["RG007", "RG012"],
     "supplier portal workflow: sample invoice paid + sample approved -> mass production starts automatically (payment and approval as production trigger)",
     [("jiahe_order_status_MV-BX-0611.html", html_page("Jiahe Packaging - Order status", """
<h2>Dongguan Jiahe Packaging Co., Ltd. &middot; Customer Order Tracking</h2>
<p>Customer: <b>Maison Verlaine SA</b>, Gen&egrave;ve &middot; Order ref: MV-BX-0611 &middot; Item: ring box, velvet, champagne, with LED</p>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th></tr>
<tr><td>Customer PO received (8 sample boxes)</td><td>Done</td><td>2024-05-09</td></tr>
<tr><td>Sample invoice JH-SI-0611</td><td>Waiting payment</td><td>&mdash;</td></tr>
<tr><td>Samples produced</td><td>Done</td><td>2024-05-20</td></tr>
<tr><td>Samples shipped (SF Express)</td><td>Planned</td><td>after payment</td></tr>
<tr><td>Mass production</td><td>Automatic</td><td>see note</td></tr>
</table>
<div class="note">How it works: once the sample invoice is paid and you approve the sample in this portal, mass production starts automatically. No further confirmation is needed from your side.</div>
<p>Contact: Cindy Wu, Account Manager &middot; cindy.wu@jiahe-packaging.com &middot; +86 769 8530 2271</p>
"""))])

# p25: multi-file: call-off releases 200; supplier ack confirms 250 and ordered bar stock for 250.
case("p25_calloff_200_ack_250", ["RG006", "RG011"],
     "folder bundle: call-off releases 200 (material = release qty only); supplier ack confirms 250 and ordered 316L for 250",
     [("TW-CO-118_calloff.txt", """\
TIDEWELL WATCH CO.                          CALL-OFF TW-CO-118
43 Thayer St, Boston MA 02118, USA          Date: 05/28/2024
---------------------------------------------------------------------
Vendor      : Shenzhen Hengda Watch Parts Co., Ltd. (Kevin Li)
Agreement   : Blanket PO TW-1030, case TW-C39 rev 4, 316L, 39 mm
---------------------------------------------------------------------
Blanket quantity                     1,000 pcs
Released with this call-off            200 pcs   deliver by 07/26/2024
Not released                           800 pcs   do not machine
---------------------------------------------------------------------
Material authority: bar stock and crystals for the 200 released pcs only.
Next release: call-off TW-CO-119, only after lot acceptance of these
200 pcs in Boston, signed by Jake Morrison (Founder).
---------------------------------------------------------------------
Ship: FedEx IP, acct 6622-1180-4. Packing: 20 pcs per tray, VCI bag.
"""),
      ("Re_TW-CO-118_confirmation.eml", mail(
          "Kevin Li <kevin.li@hengda-watchparts.cn>",
          "Jake Morrison <jake@tidewellwatch.com>",
          "Re: Call-off TW-CO-118 - confirmation",
          "Wed, 29 May 2024 10:12:00 +0800",
          "Dear Jake,\n\n"
          "Thank you for the call-off TW-CO-118. We confirm the release of 250 pcs TW-C39 cases, "
          "delivery 26 July.\n\n"
          "We have ordered the 316L bar and the sapphire crystals for the 250 pcs today, CNC is "
          "booked from 10 June.\n\n"
          "Best regards\nKevin Li\nShenzhen Hengda Watch Parts Co., Ltd.\n"))])


# ------------------------------------------------------------------ batch 4
# c22: full-quantity repeat order; Italian PDF writes 1.200, English mail writes 1,200 - same number.
_c22_txt = (
    "Ciao Paolo,\n\n"
    "as promised on the phone, attached is our order AF-PO-24-0120 for the Grumetta necklace in "
    "the usual finish. It is 1,200 pcs in total, exactly like last spring, and it is the complete "
    "order: no sample stage this time (same drawing AF-CH-GRM rev 4 and same plating spec), and "
    "nothing further will be called under this PO.\n\n"
    "Please go ahead with the 1,200 pcs and confirm the delivery in two lots (600 + 600) as in the "
    "order. I copy Jen from our New York office, who follows the US allocation.\n\n"
    "Grazie e buon lavoro,\nChiara\n\n"
    "Chiara Conti\nBuyer, Atelier Fiorenza S.p.A.\n+39 055 261 7730\n"
)
case("c22_full_order_european_numbers", [],
     "full-quantity repeat order: '1.200 pz' in Italian PO and '1,200 pcs' in English mail are the same quantity; no balance",
     [("AF-PO-24-0120_Grumetta.eml", mail(
         "Chiara Conti <c.conti@atelierfiorenza.it>",
         "Paolo Neri <paolo.neri@catenearetine.it>",
         "Ordine AF-PO-24-0120 - Grumetta 3,2 mm",
         "Tue, 28 May 2024 09:50:00 +0200",
         _c22_txt, html=txt2html(_c22_txt),
         cc="Jennifer Walsh <j.walsh@atelierfiorenza.com>",
         attachments=[("AF-PO-24-0120.pdf", pdf([
             ("h1", "Atelier Fiorenza S.p.A."),
             ("h", "Ordine d'acquisto AF-PO-24-0120"),
             ("p", "Fornitore: Catene Aretine S.r.l., Arezzo · Data: 27.05.2024 · Buyer: C. Conti"),
             ("table", [
                 ["Pos", "Codice", "Descrizione", "Q.tà", "Prezzo EUR", "Importo EUR"],
                 ["10", "AF-CH-GRM-50", "Catena grumetta 3,2 mm Ag925, 50 cm, placcato oro 18kt 3 µm",
                  "1.200 pz", "31,50", "37.800,00"],
             ]),
             ("p", "Consegne: 600 pz entro il 28.06.2024, 600 pz entro il 26.07.2024. Ordine completo; "
                   "nessuna fase campioni. Norma nichel EN 1811."),
         ], title="AF-PO-24-0120", author="Atelier Fiorenza"), PDF_MT)]))])

# c23: ERP planning schedule labelled forecast only, with zero fab/raw authorization.
case("c23_edi830_forecast_only_txt", [],
     "EDI 830-style planning schedule labelled forecast only / not a release, fab and raw material authorization zero",
     [("HR_830_planning_schedule_W22.txt", """\
HALDEN & ROWE INC - PLANNING SCHEDULE (EDI 830 PRINT)          RUN 05/27/2024 06:00
TRADING PARTNER : HUALI01  GUANGZHOU HUALI LEATHER PRODUCTS CO LTD
SCHEDULE TYPE   : FORECAST ONLY - NOT A RELEASE - NOT A PURCHASE ORDER
HORIZON         : 06/03/2024 - 11/25/2024  (WEEKLY BUCKETS, 26 WEEKS)
==================================================================================
ITEM        DESCRIPTION                  BUCKET START   FCST QTY   CUM FCST
----------------------------------------------------------------------------------
WS-18-SAF   STRAP 18MM SAFFIANO TAN      07/01/2024        400         400
WS-18-SAF   STRAP 18MM SAFFIANO TAN      08/05/2024        600       1,000
WS-18-SAF   STRAP 18MM SAFFIANO TAN      09/02/2024        800       1,800
WS-18-SAF   STRAP 18MM SAFFIANO TAN      10/07/2024        600       2,400
WS-20-CRK   STRAP 20MM CROC EMB BLACK    08/05/2024        300         300
WS-20-CRK   STRAP 20MM CROC EMB BLACK    09/02/2024        500         800
----------------------------------------------------------------------------------
FAB AUTHORIZATION (FINISHED GOODS)       :       0
RAW MATERIAL AUTHORIZATION               :       0
NOTES: QUANTITIES ARE PLANNING FIGURES AND MAY CHANGE WEEKLY. PRODUCTION AND
MATERIAL PURCHASE ONLY AGAINST A NUMBERED PO AND A WRITTEN PRODUCTION RELEASE.
==================================================================================
""")])

# c24: supplier status report (PDF table): samples shipped, nothing bought for the balance.
case("c24_supplier_status_no_material", [],
     "supplier status report: 10 samples shipped, balance 390 on hold, no material bought, waits for Lars Holm's written release",
     [("JSW_status_NS-PO-2024-083.pdf", pdf([
         ("h1", "Jaipur Silverworks Pvt. Ltd."),
         ("p", "G-118 Sitapura Industrial Area, Jaipur 302022 · export@jaipursilverworks.in"),
         ("h", "Weekly status - Nordlys Smykker - PO NS-PO-2024-083 (Is signet ring)"),
         ("table", [
             ["Item", "Qty", "Status", "Remark"],
             ["Sample signet rings, 925, engraved", "10", "Shipped 23-May", "DHL 41 2290 8815"],
             ["Production balance", "390", "On hold", "Not released - waiting for written release from Mr. Lars Holm after your sample sign-off"],
             ["Silver for balance", "0 kg", "Not purchased", "Will be purchased only after the written release"],
         ]),
         ("sp",),
         ("p", "Marking: samples carry 925 and NORDLYS inside the shank, laser, as per your tech pack."),
         ("p", "Prepared by Rajesh Mehta, 24-May-2024."),
     ], title="Status NS-PO-2024-083", author="Jaipur Silverworks"))])

# c25: multi-file bundle: sample PO, later release of full balance after sign-off, supplier acknowledgement.
case("c25_po_release_ack_consistent", [],
     "folder bundle: PO 10 samples with hold; release email (Sofia) releases full balance 290 after sign-off; supplier acknowledges 290, total 300 - consistent",
     [("MV-24-0302_PO.txt", """\
MAISON VERLAINE SA - PURCHASE ORDER MV-24-0302                 Geneva, 15.04.2024
Supplier: Prasert Jewelry Manufacturing Co., Ltd., 919/1 Silom Rd, Bangkok 10500
-------------------------------------------------------------------------------
Pos  Article      Description                                 Qty   Unit USD
10   MV-R-CAMEL   Ring 'Camélia', 18K white gold, pavé, SAMPLE  10    412.00
-------------------------------------------------------------------------------
SCOPE NOTE
- Authorized now: 10 samples (pos 10).
- Balance of 290 rings: NOT released. Do not start, do not buy gold for it.
- Unlock: sample sign-off in Geneva, then a written production release
  from Sofia Marchetti, Head of Production. Nobody else can release.
- Material authority: sample-only.
-------------------------------------------------------------------------------
"""),
      ("Production_release_MV-24-0302.eml", mail(
          "Sofia Marchetti <s.marchetti@maison-verlaine.ch>",
          "Nattaya Srisuk <nattaya@prasertjewelry.co.th>",
          "Production release PR-MV-009 - PO MV-24-0302",
          "Wed, 12 Jun 2024 10:00:00 +0200",
          "Dear Nat,\n\n"
          "Sample sign-off for the Camélia ring was completed yesterday (report SR-77, all 10 samples "
          "conform).\n\n"
          "This email is the written production release PR-MV-009 for PO MV-24-0302: 290 rings, the "
          "full balance, in addition to the 10 samples already delivered. Order total: 300 rings. "
          "Material authority: gold and stones for the 290 rings. Delivery in two lots, 145 + 145, by "
          "26 July and 23 August.\n\n"
          "Kind regards,\nSofia\n" + sig("Sofia Marchetti", "Head of Production", "Maison Verlaine SA",
                                         "+41 22 732 19 05"))),
      ("PRS-ACK-0612.pdf", pdf([
          ("h1", "Prasert Jewelry Manufacturing Co., Ltd."),
          ("h", "Acknowledgement of production release"),
          ("p", "Date: 13 June 2024 · Customer: Maison Verlaine SA · PO MV-24-0302 · Release PR-MV-009"),
          ("table", [
              ["Item", "Qty"],
              ["Samples delivered (pos 10)", "10"],
              ["Released by PR-MV-009", "290"],
              ["Order total", "300"],
          ]),
          ("p", "We acknowledge production release PR-MV-009 for 290 rings as written. Lot 1 (145) "
                "26 July, lot 2 (145) 23 August. Nattaya Srisuk, Customer Service."),
      ], title="ACK PR-MV-009", author="Prasert Jewelry"))])

# p26: supplier order confirmation confirms the buyer's forecast as an order.
case("p26_supplier_confirms_forecast_as_order", ["RG008"],
     "supplier order confirmation books 3,000 boxes 'as per your forecast' (non-binding planning figures) as a confirmed order",
     [("OC-24-0455_order_confirmation.pdf", pdf([
         ("h1", "Caixas Lusas, Lda."),
         ("p", "Rua da Indústria 112, 4535-211 Lourosa, Portugal · NIF 507 331 280 · encomendas@caixaslusas.pt"),
         ("h", "Confirmação de encomenda / Order confirmation OC-24-0455"),
         ("p", "Customer: Maison Oberlin SA, Genève · Att.: Mr Reto Baumann · Date: 14 May 2024"),
         ("table", [
             ["Ref.", "Description", "Qty", "EUR / un", "Slot"],
             ["BX-09", "Presentation box, black lacquer, 2-watch, cream suede", "3.000", "18,40", "weeks 34-40"],
         ]),
         ("sp",),
         ("p", "We are pleased to confirm your order for 3.000 boxes BX-09 as per your 2025 forecast "
               "(planning figures sent by Mr Baumann on 2 May, marked non-binding). Production slot "
               "reserved weeks 34 to 40; first delivery of 1.000 in week 36."),
         ("p", "Payment 30 days. Prices valid for this order only. Ana Lopes, Customer Service."),
     ], title="OC-24-0455", author="Caixas Lusas"))])

# p27: buyer email turns a forecast into a commitment.
_p27_txt = (
    "Hi Nat,\n\n"
    "Hope you're well! Ahead of your planning meeting, here is our Holiday 2024 forecast for the "
    "Soho collection:\n\n"
    "  Soho cuff (gold vermeil)     1,200\n"
    "  Soho cuff (silver)             700\n"
    "  Soho ring (gold vermeil)       500\n"
    "  Total                        2,400 units\n\n"
    "These are forecast numbers, but please treat them as firm: we are committed to the full 2,400 "
    "and you can count on it as our order for the season. Book the capacity for Sept/Oct on that "
    "basis.\n\n"
    "Thanks so much,\nRachel\n"
)
case("p27_buyer_forecast_treat_as_firm", ["RG008"],
     "buyer: 'forecast numbers, but treat them as firm ... count on it as our order' for 2,400 units",
     [("Holiday_2024_forecast_Soho.eml", mail(
         "Rachel Kim <rachel.kim@haldenrowe.com>",
         "Nattaya Srisuk <nattaya@prasertjewelry.co.th>",
         "Holiday 2024 - Soho forecast",
         "Fri, 24 May 2024 12:15:00 -0400",
         _p27_txt + sig("Rachel Kim", "Sourcing Director", "Halden & Rowe Inc.", "+1 212 555 0143"),
         html=txt2html(_p27_txt)))])

# p28: buyer portal forecast table whose rows are marked as confirmed orders to be produced.
case("p28_portal_forecast_confirmed", ["RG008"],
     "buyer portal page titled forecast marks forecast months 'Confirmed order - produce'",
     [("KTC_forecast_KT-38_straps.html", html_page("Kowloon Time Co. - Forecast KT-38 straps", """
<h2>Kowloon Time Co. Ltd &middot; Supplier Portal</h2>
<p>Supplier: Guangzhou Huali Leather Products Co., Ltd. &middot; Item: strap KT-38-LTH, 20 mm, calf, black &middot; Published 21-May-2024</p>
<h3>12-month forecast</h3>
<table>
<tr><th>Month</th><th>Forecast qty</th><th>Status</th></tr>
<tr><td>Jul-24</td><td>500</td><td>Confirmed order &ndash; produce</td></tr>
<tr><td>Aug-24</td><td>800</td><td>Confirmed order &ndash; produce</td></tr>
<tr><td>Sep-24</td><td>800</td><td>Confirmed order &ndash; produce</td></tr>
<tr><td>Oct-24 to Jun-25</td><td>4,500</td><td>Forecast</td></tr>
</table>
<p>Please produce the confirmed months and ship monthly to our Kwun Tong warehouse.</p>
<p>Kelvin Chan, Procurement &middot; +852 2388 4410</p>
"""))])

# p29: ERP 830-style print labelled forecast but declaring the quantities firm to be produced.
case("p29_erp_forecast_firm_txt", ["RG008"],
     "schedule labelled FORECAST then says the forecast quantities are firm orders to produce and ship",
     [("VW_forecast_straps_2024Q3.txt", """\
VETTA WATCHES SAGL - SUPPLIER SCHEDULE                         PRINTED 27.05.2024
VENDOR 400233 COUROS DO PORTO, LDA.                            BUYER L.BRAMBILLA
SCHEDULE TYPE: FORECAST
-------------------------------------------------------------------------------
MATERIAL         DESCRIPTION                   WEEK     FORECAST QTY
-------------------------------------------------------------------------------
STR-20-BAR-TAN   STRAP 20/18 CALF TAN QR       27/2024         150
STR-20-BAR-TAN   STRAP 20/18 CALF TAN QR       31/2024         150
STR-20-BAR-NVY   STRAP 20/18 CALF NAVY QR      27/2024         100
STR-20-BAR-NVY   STRAP 20/18 CALF NAVY QR      31/2024         100
-------------------------------------------------------------------------------
TOTAL                                                          500
-------------------------------------------------------------------------------
NOTE: THE FORECAST QUANTITIES ABOVE ARE TO BE TREATED AS FIRM ORDERS.
PRODUCE AND SHIP AS SCHEDULED. NO SEPARATE PO WILL FOLLOW.
-------------------------------------------------------------------------------
""")])

# p30: WhatsApp HK buyer: forecast ~600, 'count it as confirmed order'.
case("p30_whatsapp_hk_forecast_confirmed", ["RG008"],
     "chat: capsule drop forecast ~600 pcs, buyer says 'count it as confirmed order'",
     [("WhatsApp_Chat_Ivy_Cindy.txt", """\
[03/06/2024, 14:02:10] Ivy Leung: Hi Cindy, capsule drop for Chinese Valentine's is confirmed on our side 🎉
[03/06/2024, 14:02:44] Ivy Leung: Gift box for the watch + bracelet set, the one you sampled in April (pink suede, magnet lid)
[03/06/2024, 14:03:31] Cindy Wu: Congratulations Ivy! How many pcs?
[03/06/2024, 14:05:02] Ivy Leung: Forecast is around 600 pcs, maybe a bit more if the pre-order goes well
[03/06/2024, 14:05:40] Ivy Leung: Count it as confirmed order ya, pls plan 600 in your July schedule
[03/06/2024, 14:06:15] Cindy Wu: Ok noted, 600 pcs in July. Same spec as sample?
[03/06/2024, 14:07:00] Ivy Leung: Same, only hot foil change to rose gold
[03/06/2024, 14:07:22] Cindy Wu: 👌
""")])

# p31: 'released in SAP' (commercial) beside 'production release' + releaser only a department.
_p31_txt = (
    "Hi Alan,\n\n"
    "PO 4500004530 for the deployant buckle samples was released in SAP this morning (all release "
    "levels complete on our side), so you should have the PDF in your inbox.\n\n"
    "To be clear, that is not a production release. The PO covers the 24 sample buckles only. The "
    "balance of 476 stays on hold until our sample sign-off; the production release for it will "
    "then come from our Sourcing department.\n\n"
    "Thanks,\nTom\n"
)
case("p31_sap_released_vs_production", ["RG005", "RG009"],
     "'released in SAP' (commercial PO release) beside 'production release'; balance release comes from 'Sourcing department', no named person",
     [("PO_4500004530_released.eml", mail(
         "Tom Alvarez <tom.alvarez@haldenrowe.com>",
         "Alan Chen <alan.chen@jinlong-hardware.cn>",
         "PO 4500004530 - deployant buckle samples",
         "Thu, 30 May 2024 08:35:00 -0400",
         _p31_txt + sig("Tom Alvarez", "Buyer, Accessories", "Halden & Rowe Inc.", "+1 212 555 0188")))])

# p32: DOCX with an 'approvals' table using approval for budget, sample and production.
case("p32_docx_approvals_table", ["RG009"],
     "'approval' used for budget (commercial), sample (technical) and production release of 392 pairs; scope otherwise complete",
     [("NS-PO-2024-088_order_summary.docx", docx_bytes([
         ("h1", "Order summary - Bølge earring, gold vermeil"),
         ("p", "Nordlys Smykker ApS · Supplier: Filigrana do Minho, Lda. · PO NS-PO-2024-088 · 21 May 2024"),
         ("p", "This PO covers 8 sample pairs. The remaining 392 pairs are not released and must not be "
               "started."),
         ("table", [
             ["Approval", "Who", "Status"],
             ["Budget approval", "CFO", "Obtained 17 May 2024"],
             ["Sample approval", "Mette Kjær, Production Manager", "Pending (after EN 1811 report)"],
             ["Production approval for the 392 pairs", "Lars Holm, Head of Sourcing", "Only after sample approval, in writing"],
         ]),
         ("sp",),
         ("p", "Material: silver wire for the 8 sample pairs only."),
         ("p", "Delivery of samples: 14 June 2024, DHL Express to Bredgade 36."),
     ], author="Mette Kjær"))])

# p33: incoming inspection report: 'QC release' of samples vs 'production release' of the balance.
case("p33_qc_release_vs_production_pdf", ["RG009"],
     "inspection report: 'QC RELEASE' (technical) of 20 samples and 'production release' of 280 use one word for two things; scope otherwise complete",
     [("MV-IIR-2024-031_inspection.pdf", pdf([
         ("h1", "Maison Verlaine SA - Incoming inspection report"),
         ("p", "Report MV-IIR-2024-031 · 29 May 2024 · Supplier: Siam Gold Craft Co., Ltd. · PO MV-24-0327"),
         ("table", [
             ["Check", "Spec", "Result"],
             ["Fineness (XRF)", "750 ±0", "751, 750, 750"],
             ["Clasp opening force", "2.5-4.0 N", "3.1 N avg (n=20)"],
             ["Surface", "no porosity under 10x", "1 piece minor porosity, accepted"],
             ["Marking", "maker's mark SGC only", "OK"],
         ]),
         ("sp",),
         ("p", "QC RELEASE: the 20 samples are released by QC for the photo shoot and the window display."),
         ("p", "Production release: the balance of 480 pieces is not released by this report. It stays on "
               "hold until Sofia Marchetti, Head of Production, issues the written production release "
               "after the sample sign-off meeting on 4 June."),
         ("p", "Inspector: Nadia Roux, Quality."),
     ], title="MV-IIR-2024-031", author="Maison Verlaine"))])

# p34: start wax models and casting samples 'as discussed' (no qty); hold until further notice from Giulia.
case("p34_start_samples_until_further_notice", ["RG004", "RG010"],
     "authorizes wax models and casting samples 'as discussed' without a number; production on hold 'until further notice from me' names no event",
     [("Brooch_Boboli_samples.eml", mail(
         "Giulia Ferri <g.ferri@atelierfiorenza.it>",
         "Marco Bellini <marco@fonderiabellini.it>",
         "Spilla Boboli - campioni / samples",
         "Thu, 02 May 2024 18:05:00 +0200",
         "Caro Marco,\n\n"
         "thank you for the visit on Tuesday, the studio loved the enamel tests.\n\n"
         "Please start the wax models and the casting samples of the Boboli brooch as discussed, in "
         "both versions (with and without the pearl drop). The production pieces remain on hold until "
         "further notice from me; please don't start them or buy gold for them.\n\n"
         "Enamel colours: Pantone 7479 C and 7416 C, as on the test plate n. 3.\n\n"
         "A presto,\nGiulia\n\nGiulia Ferri - Head of Production - Atelier Fiorenza S.p.A. - +39 055 261 7700\n"))])

# p35: DOCX tech pack: samples in all platings, count never stated; hold complete.
case("p35_techpack_samples_no_count", ["RG010"],
     "tech pack sample request 'samples in all three platings' never states how many; hold, sign-off event and Jonas Berg named",
     [("TechPack_Tide_hoop_SS-E-07.docx", docx_bytes([
         ("h1", "Solveig Studio - Tech pack 'Tide' hoop (SS-E-07)"),
         ("p", "Solveig Studio ApS, Mejlgade 48, 8000 Aarhus C · Designer: Freja Nielsen · v2, 30 April 2024"),
         ("p", "Workshop: Mehta Gem & Findings, SEEPZ, Mumbai"),
         ("table", [
             ["Attribute", "Value"],
             ["Base", "Sterling silver 925, tube 2.5 mm, hinged hoop 18 mm"],
             ["Platings", "18K gold vermeil 2.5 µm / rose vermeil 2.5 µm / rhodium"],
             ["Closure", "Click hinge, min. 500 open-close cycles"],
             ["Marking", "925 + SOLVEIG inside, laser"],
             ["Compliance", "EN 1811 nickel release, REACH Cd/Pb"],
         ]),
         ("h", "Sample request"),
         ("p", "Please make samples in all three platings per this tech pack and send them to Aarhus "
               "with the plating thickness report."),
         ("p", "The production order is not released. It stays on hold until our sample sign-off and "
               "a written production release from Jonas Berg, COO. Please do not buy silver for "
               "production."),
     ], author="Freja Nielsen"))])

# p36: 'go ahead and make up samples' with no count, no hold, no event, nobody named.
case("p36_make_up_samples_po_to_follow", ["RG003", "RG004", "RG005", "RG010"],
     "buyer: 'go ahead and make up samples ... PO to follow' - no quantity, nothing on the balance, no unlock event, no releaser",
     [("Deployant_buckle_samples.eml", mail(
         "Jake Morrison <jake@tidewellwatch.com>",
         "Alan Chen <alan.chen@jinlong-hardware.cn>",
         "Deployant buckle - samples",
         "Mon, 20 May 2024 21:10:00 -0400",
         "Hi Alan,\n\n"
         "Thanks for the 3D renders, the butterfly deployant looks great with the shorter blades.\n\n"
         "Go ahead and make up samples of the 18 mm version in both finishes (brushed and polished "
         "316L), with our logo laser-engraved on the cover plate per TW_logo_v3.svg. Send them over "
         "when they're ready; a PO to cover them will follow from our bookkeeper this week.\n\n"
         "Thanks!\nJake\n\nJake Morrison | Founder | Tidewell Watch Co.\n"))])

# p37: HTML order page: sample chain line with quantity 'per sample plan (TBC)'; hold complete.
case("p37_html_order_qty_tbc", ["RG010"],
     "B2B order line 'Qty: per sample plan (TBC)' - no active quantity; hold, sign-off event and Rachel Kim named",
     [("HR-4520_order_page.html", html_page("Order HR-4520 - Catene Aretine", """
<h2>Halden &amp; Rowe &mdash; Supplier Order HR-4520</h2>
<p>Supplier: Catene Aretine S.r.l., Arezzo &middot; Issued 29-May-2024 &middot; Buyer: Tom Alvarez</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit EUR</th></tr>
<tr><td>1</td><td>HR-CH-VEN</td><td>Venetian chain 1.2 mm, 14K gold-filled, 18&quot;, lobster clasp &mdash; samples</td><td>per sample plan (TBC)</td><td>19.00</td></tr>
</table>
<div class="note">Samples only. Production is not released and must not be started. The production
quantity will be released only after our sample sign-off, by a written production release from
Rachel Kim, Sourcing Director.</div>
<p>Ship samples DHL Express, account 955 331 208. Invoice to accountspayable@haldenrowe.com quoting HR-4520.</p>
"""))])


# ------------------------------------------------------------------ batch 5
# p38: multi-file: PO says 12 sample pendants; the buyer's follow-up mail asks for 15.
case("p38_po12_email15_pendants", ["RG011"],
     "folder bundle: PO authorizes 12 sample pendants; buyer email asks for 'the 15 samples (5 per plating)'",
     [("SS-24-022_PO.pdf", pdf([
         ("h1", "Solveig Studio ApS"),
         ("p", "Mejlgade 48, 8000 Aarhus C, Denmark · CVR 41 22 08 19"),
         ("h", "Purchase order SS-24-022"),
         ("p", "Supplier: Filigrana do Minho, Lda., Gondomar · Date: 7 May 2024 · Contact: Freja Nielsen"),
         ("table", [
             ["Pos", "Article", "Description", "Qty", "EUR"],
             ["1", "SS-P-DRP", "Pendant 'Dråbe', silver filigree 925, 18 mm, on 42 cm chain - SAMPLES", "12", "29,00"],
         ]),
         ("sp",),
         ("p", "This PO authorizes 12 samples. The production balance of 288 pendants is not released. "
               "It is released only after our sample sign-off, by a written production release from "
               "Jonas Berg, COO. Material for the samples only."),
     ], title="SS-24-022", author="Solveig Studio")),
      ("Draabe_platings.eml", mail(
          "Freja Nielsen <freja@solveigstudio.dk>",
          "Ana Ferreira <ana.ferreira@filigranadominho.pt>",
          "Dråbe pendant - platings for the samples",
          "Fri, 10 May 2024 10:25:00 +0200",
          "Hi Ana,\n\n"
          "Following our call: please make the 15 samples (5 per plating) - plain silver, yellow "
          "vermeil and rose vermeil - so we can shoot all three for the lookbook. Everything else as "
          "in the PO.\n\n"
          "Tusind tak,\nFreja\n\nFreja Nielsen\nCreative Director, Solveig Studio\n+45 86 12 40 33\n"))])

# p39: DOCX PO: table shows 20 sample pairs; note authorizes twelve (12).
case("p39_docx_po_20_vs_twelve", ["RG011"],
     "PO table gives 20 sample pairs while the scope note authorizes twelve (12) sample pairs",
     [("BWJ-2348_purchase_order.docx", docx_bytes([
         ("h1", "Brightwater Jewelry - Purchase Order BWJ-2348"),
         ("p", "1120 NW Couch St, Portland, OR 97209 · Vendor: Zaveri Findings LLP, Mumbai · 24 May 2024"),
         ("table", [
             ["Line", "SKU", "Description", "Sample qty", "Unit USD", "Ext USD"],
             ["1", "EW-HG-14KGF", "Huggie hinge hoop 10 mm, 14K gold-filled, sample pairs", "20 pr", "3.40", "68.00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO authorizes twelve (12) sample pairs only. The production quantity of the "
               "programme is not released and must not be started; it will be released only after our "
               "sample sign-off, by a written production release from Amanda Price, Director of Sourcing."),
         ("p", "Compliance: nickel-free, lead-free; CPSIA test report with shipment."),
         ("p", "Ship FedEx IP account 2210-4471-0."),
     ], author="Amanda Price"))])

# p40: email says 'a dozen' casting samples; attached DOCX PO says 10.
_p40_txt = (
    "Buongiorno Marco,\n\n"
    "Following our meeting in Vicenza, please cast a dozen samples of the 18K pin buckle "
    "(MO-BK-18, 18 mm, red gold 5N) from the master model we signed off together on Monday. Our PO "
    "MO-2024-0244 is attached.\n\n"
    "The rest of the programme is not released: it stays on hold until we have signed off the "
    "samples in Geneva and I send you a written production release.\n\n"
    "Meilleures salutations,\nReto Baumann\nPurchasing, Maison Oberlin SA\n+41 22 310 48 20\n"
)
case("p40_dozen_vs_po_10", ["RG011"],
     "email asks for 'a dozen' sample buckles; the attached PO orders 10 samples",
     [("MO-BK-18_buckle_samples.eml", mail(
         "Reto Baumann <reto.baumann@maison-oberlin.ch>",
         "Marco Bellini <marco@fonderiabellini.it>",
         "MO-BK-18 pin buckle - samples",
         "Thu, 16 May 2024 14:05:00 +0200",
         _p40_txt, html=txt2html(_p40_txt),
         attachments=[("MO-2024-0244.docx", docx_bytes([
             ("h1", "Maison Oberlin SA - Purchase Order MO-2024-0244"),
             ("p", "Supplier: Fonderia Orafa Bellini S.r.l., Vicenza · 15 May 2024 · Buyer: Reto Baumann"),
             ("table", [
                 ["Pos", "Article", "Description", "Qty", "CHF"],
                 ["10", "MO-BK-18", "Pin buckle 18 mm, 18K red gold 5N, casting sample", "10", "295.00"],
             ]),
             ("p", "Samples only. Balance of the programme not released; written production release by "
                   "Reto Baumann after sample sign-off."),
         ], author="Reto Baumann"), DOCX_MT)]))])

# p41: WeChat: buyer first says 5 sample pcs, next day 6 pcs 'as PO'.
case("p41_wechat_5_then_6", ["RG011"],
     "chat: buyer authorizes 'sample 5pcs', next day 'as per PO pls make 6pcs sample' for the same order",
     [("WeChat_Kelvin_Wendy_KT42.txt", """\
WeChat chat history
Kelvin Chan (Kowloon Time) / Wendy Zhao 赵 (Hengda Watch Parts)

2024-05-28 09:40 Kelvin Chan: Wendy, bezel insert for KT-42 GMT, ceramic, PO KTC-PO-8878
2024-05-28 09:41 Kelvin Chan: sample 5pcs only first
2024-05-28 09:42 Kelvin Chan: The 995 production NOT release, don't start, no ceramic blank for them. After sample sign-off I send written release, Kelvin Chan only
2024-05-28 09:55 Wendy Zhao 赵: Noted. Colour blue/red "Pepsi" or black/blue?
2024-05-28 09:57 Kelvin Chan: Pepsi
2024-05-29 10:12 Kelvin Chan: Morning. As per PO pls make 6pcs sample, need 1 more for the distributor
2024-05-29 10:30 Wendy Zhao 赵: ok
2024-05-29 10:31 Wendy Zhao 赵: Lume pip at 12 C3 or BGW9?
2024-05-29 10:33 Kelvin Chan: BGW9
""")])

# p42: PDF PO header 'Sample lot: 24 pcs' while the lines add up to 30.
case("p42_pdf_header24_lines30", ["RG011"],
     "PO header says sample lot 24 pcs but the three colour lines add up to 30 (3 x 10)",
     [("HR-4530_sample_PO.pdf", pdf([
         ("h1", "HALDEN & ROWE INC."),
         ("h", "Purchase Order HR-4530 - Sample lot"),
         ("p", "Vendor: Siam Gold Craft Co., Ltd., Bangkok · Date: May 31, 2024 · Buyer: Tom Alvarez"),
         ("p", "Sample lot: 24 pcs (Bowery charm, enamel, 3 colours)."),
         ("table", [
             ["Line", "Item", "Colour", "Qty", "Unit USD"],
             ["1", "HR-CHM-BWY", "Enamel red (Pantone 186C)", "10", "14.20"],
             ["2", "HR-CHM-BWY", "Enamel navy (Pantone 289C)", "10", "14.20"],
             ["3", "HR-CHM-BWY", "Enamel white", "10", "14.20"],
         ]),
         ("sp",),
         ("p", "The production quantity is not released. It remains on hold until our sample sign-off, "
               "and is released only by a written production release from Rachel Kim, Sourcing Director."),
         ("p", "Base: brass, 18K gold plating 1 micron, hard enamel. Lobster clasp 10 mm included."),
     ], title="HR-4530", author="Halden & Rowe"))])

# p43: production release with 1.200 (Italian) vs 1,500 (English) + 'deposit paid, so you can start'.
_p43_txt = (
    "Caro Paolo,\n\n"
    "[IT] Dopo il collaudo dei campioni (firmato da Chiara Conti il 20 maggio), vi autorizziamo la "
    "produzione di 1.200 pezzi della catena Veneziana AF-CH-VEN-42. Il resto del programma resta "
    "bloccato fino a un nuovo rilascio scritto firmato da me.\n\n"
    "[EN, for our New York office] Following the sample sign-off (Chiara Conti, 20 May), we release "
    "1,500 pcs of the Venetian chain AF-CH-VEN-42 for production. The rest of the programme stays on "
    "hold until a new written release signed by me.\n\n"
    "Our accounts department sent the 30% deposit this morning, so you are free to start straight "
    "away.\n\n"
    "Un caro saluto,\nGiulia Ferri\nHead of Production, Atelier Fiorenza S.p.A.\n"
)
case("p43_release_1200_vs_1500_deposit", ["RG011", "RG012"],
     "release letter: Italian text releases 1.200 pz, English text 1,500 pcs; and deposit payment presented as the go to start",
     [("Rilascio_produzione_AF-CH-VEN-42.eml", mail(
         "Giulia Ferri <g.ferri@atelierfiorenza.it>",
         "Paolo Neri <paolo.neri@catenearetine.it>",
         "Rilascio produzione / production release - Veneziana AF-CH-VEN-42",
         "Wed, 22 May 2024 16:30:00 +0200",
         _p43_txt, html=txt2html(_p43_txt),
         cc="Jennifer Walsh <j.walsh@atelierfiorenza.com>"))])

# p44: HK buyer: deposit TT'd, 'so pls kick off mass production' (full-quantity PO); HTML remittance attached.
case("p44_hk_deposit_kick_off", ["RG012"],
     "buyer: deposit paid by TT 'so pls kick off mass production' - payment presented as the production trigger (full-quantity PO)",
     [("KTC-PO-8890_deposit.eml", mail(
         "Kelvin Chan <kelvin.chan@kowloontime.hk>",
         "Cindy Wu <cindy.wu@jiahe-packaging.com>",
         "KTC-PO-8890 watch box 1,000 pcs - deposit",
         "Fri, 31 May 2024 17:20:00 +0800",
         "Hi Cindy,\n\n"
         "PO KTC-PO-8890 is for the 1,000 leatherette boxes (cognac 600 / dark grey 400), same as the "
         "signed-off samples. That is the full quantity, nothing more will come under this PO.\n\n"
         "Deposit 30% (HKD 23,400) has been TT today, remittance advice attached. So pls kick off mass "
         "production, we need the goods by 15 Jul latest.\n\n"
         "Thx & rgds\nKelvin\n\nKowloon Time Co. Ltd | +852 2388 4410\n",
         attachments=[("remittance_advice_0531.html", html_page("Remittance advice", """
<h3>HSBC Hong Kong &mdash; Outward Telegraphic Transfer Advice</h3>
<table>
<tr><th>Field</th><th>Detail</th></tr>
<tr><td>Value date</td><td>31 May 2024</td></tr>
<tr><td>Ordering customer</td><td>KOWLOON TIME CO LTD</td></tr>
<tr><td>Beneficiary</td><td>DONGGUAN JIAHE PACKAGING CO LTD</td></tr>
<tr><td>Amount</td><td>HKD 23,400.00</td></tr>
<tr><td>Reference</td><td>DEPOSIT 30PCT PI JH-PI-0890 / KTC-PO-8890</td></tr>
<tr><td>Transaction no.</td><td>OTT240531-118834</td></tr>
</table>
"""), HTML_MT)]))])

# p45: supplier reads its own PO acceptance as the production start signal; quoted PO is sample-only.
_p45_po = (
    "From: Amanda Price <amanda.price@brightwaterjewelry.com>\n"
    "Sent: Monday, May 27, 2024 9:14 AM\n"
    "Subject: PO BWJ-2333 - ear-wire samples\n\n"
    "Amit, PO BWJ-2333 is for fifty (50) sample pairs of the French ear-wire only. The production "
    "quantity is not released. It stays on hold until our sample sign-off and a written production "
    "release from me. Thanks, Amanda\n"
)
case("p45_po_acceptance_start_signal", ["RG012"],
     "supplier: accepted PO is per its terms the production start signal, run scheduled; quoted PO is 50 samples with hold, event and Amanda named",
     [("RE_PO_BWJ-2333_accepted.eml", mail(
         "Amit Zaveri <amit@zaverifindings.com>",
         "Amanda Price <amanda.price@brightwaterjewelry.com>",
         "RE: PO BWJ-2333 - ear-wire samples - accepted",
         "Tue, 28 May 2024 12:45:00 +0530",
         "Dear Amanda,\n\n"
         "Thank you for your valued PO BWJ-2333. We have accepted it in our system today, order "
         "acknowledgement attached.\n\n"
         "As per our standard terms of sale (clause 4.2), an accepted PO is the start signal for "
         "production, hence we have scheduled the production run in our Andheri unit from 3 June. "
         "The samples will go first by FedEx.\n\n"
         "Regards,\nAmit Zaveri\nZaveri Findings LLP\n+91 22 2242 7781\n\n" + quote(_p45_po) + "\n",
         attachments=[("ZF_order_ack_BWJ-2333.txt", """\
ZAVERI FINDINGS LLP - ORDER ACKNOWLEDGEMENT
Customer : Brightwater Jewelry, Portland OR
Cust. PO : BWJ-2333            Ack date : 28-05-2024
Item     : EW-FR-14KGF French ear-wire 14K GF 0.76 mm
PO status: ACCEPTED
Next step: production run scheduled from 03-06-2024 (Andheri unit)
Terms    : per ZF standard terms of sale rev 2023
""", TXT_MT)]))])


# ===================================================================== MAIN
def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")
    return s[:40] or "doc"


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(8585).shuffle(order)
    labels = {}
    for idx, ci in enumerate(order, 1):
        c = CASES[ci]
        folder = f"h85_{idx:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean, {len(CASES) - n_clean} with risks) -> {OUT}")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
