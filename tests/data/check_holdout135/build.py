#!/usr/bin/env python3
"""Generator for the releasegate check_holdout135 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout135/build.py

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
    if PDF_FONTS:
        for style_name, font in PDF_FONTS.items():
            ss[style_name].fontName = font
        ss["BodyText"].fontSize = 9.5
        ss["BodyText"].leading = 12
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
            # column widths proportional to the longest cell text (capped), so long descriptions get room
            ncol = max(len(r) for r in b[1])
            cols = [[str(r[j]) for r in b[1] if j < len(r)] for j in range(ncol)]
            weight = [min(max(len(c) for c in col), 60) + 4 for col in cols]
            minw = [max(len(w) for c in col for w in (c.split() or [""])) * 6.2 + 14 for col in cols]
            avail = pagesize[0] - 100
            spare = max(avail - sum(minw), 0)
            widths = [m + spare * w / sum(weight) for m, w in zip(minw, weight)]
            scale = min(1.0, avail / sum(widths))
            t = Table(rows, hAlign="LEFT", colWidths=[w * scale for w in widths])
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

# Unicode-capable font for the PDFs (Polish, German, Swiss and Spanish names, µ, ≤, Δ ...).
# Falls back to the reportlab base-14 fonts when DejaVu is not installed.
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
PDF_FONTS = None
if (_DEJAVU / "DejaVuSans.ttf").exists():
    from reportlab.pdfbase import pdfmetrics  # noqa: E402
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(_DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(_DEJAVU / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSansMono", str(_DEJAVU / "DejaVuSansMono.ttf")))
    PDF_FONTS = {"BodyText": "DejaVuSans", "Heading2": "DejaVuSans-Bold", "Title": "DejaVuSans-Bold",
                 "Code": "DejaVuSansMono"}


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
    m["Message-ID"] = msgid or f"<h135-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h135")
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

TXT_MT = "text/plain"
HTML_MT = "text/html"


def q(text):
    """Quote a block of text the way mail clients do ("> " prefix)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" + ((" " + line) if line else ""))
    return "\n".join(out)


def p2h(text):
    """Very small plain-text -> HTML for multipart/alternative bodies."""
    paras = [escape(p).replace("\n", "<br>") for p in text.strip().split("\n\n")]
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">" + "".join(
        f"<p>{p}</p>" for p in paras) + "</body></html>"


# ===================================================================== CASES
# Descriptive names: cNN_* = expected clean, pNN_* = expected to carry at least one risk.
# Folder names in cases/ are neutral (h135_NN_<first-file-stem>) and shuffled.

# ------------------------------------------------------------------ batch 1
# p01: US supplement brand -> Indian bottle blower. Sample PO, quote tiers copied into the note.
case("p01_vb_po_pdf_quote_in_note", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 250 bottles copies the 60,000 production tier into its note; nothing says the rest is not released, no unlock event, no release person",
     [("PO_VB-240611.pdf", pdf([
         ("h1", "PURCHASE ORDER VB-240611"),
         ("p", "Verdant Botanicals Inc. - 5600 Arapahoe Ave, Suite 210, Boulder, CO 80303, USA - Tel. +1 303 555 0147"),
         ("table", [
             ["PO number", "VB-240611", "PO date", "June 11, 2024"],
             ["Vendor", "Shreeji Polyplast Pvt. Ltd. (V-10244)", "Buyer", "Megan Kowalczyk"],
             ["Vendor address", "Plot 114, Kachigam Industrial Estate, Daman 396210, India", "Terms", "Net 45"],
             ["Ship via", "DHL Express, prepaid and add", "Incoterms", "DAP Boulder"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Amount USD"],
             ["10", "VB-BTL-150W", "150 cc HDPE wide-mouth bottle, white, 45-400 neck, DRG VB-PK-0150 Rev C - sample lot", "250", "EA", "0.4000", "100.00"],
             ["20", "FRT", "Courier charges, samples", "1", "LS", "65.00", "65.00"],
             ["", "", "", "", "", "Total", "165.00"],
         ]),
         ("sp",),
         ("h", "Notes to vendor"),
         ("p", "Per your quotation SQ/24-25/0412 dated June 3, 2024: sample lot 250 pcs at USD 0.40/pc; "
               "production 60,000 pcs at USD 0.072/pc, mould amortised over the production quantity."),
         ("p", "Resin: HDPE Marlex HHM 5502BN or an equivalent grade cleared by Verdant QA. Conformance to "
               "21 CFR 177.1520 required. Please ship the samples with CoA and a dimensional report on 10 pcs "
               "(neck finish per GPI 45-400, wall thickness min. 0.45 mm)."),
         ("p", "Please acknowledge this PO within two (2) business days to purchasing@verdantbotanicals.com."),
         ("p", "Verdant Botanicals standard purchasing terms VB-T&C-2023 apply. Quote the PO number on all invoices "
               "and packing lists."),
         ("sp",),
         ("p", "Issued by: Megan Kowalczyk, Senior Buyer"),
     ], pagesize=LETTER, title="PO VB-240611", author="Megan Kowalczyk"))])


# p02: Irish pharmacy -> Mexican label printer. PO + supplier quote as attachments.
_p02_po = pdf([
    ("h1", "Purchase Order 4410-2291"),
    ("p", "Brennan Pharmacy Group Ltd - Unit 7, Little Island Business Park, Cork T45 KX29, Ireland - VAT IE 6388047V"),
    ("table", [
        ["Supplier", "Etiquetas del Bajío S.A. de C.V., Blvd. Aeropuerto 2310, León, Gto., México"],
        ["Order date", "04/06/2024"],
        ["Currency", "EUR"],
        ["Delivery", "Courier to Brennan DC, Little Island, Cork - attn. Ciarán Doyle"],
    ]),
    ("sp",),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "Unit price", "Total"],
        ["1", "BR-LBL-D3-1000", "Front label Brennan Vitamin D3 1000 IU 90 tabs, 60 x 45 mm, white BOPP, 4c + matt varnish, artwork v2 - proof run", "500", "0.090", "45.00"],
        ["2", "PLATES", "Flexo plate set, 4 colours", "1", "310.00", "310.00"],
    ]),
    ("sp",),
    ("p", "Please provide a digital proof before printing. Labels on 76 mm core, wound outside, direction 3."),
    ("p", "Invoices to accounts.payable@brennanpharmacy.ie quoting PO 4410-2291. Brennan general conditions of purchase apply."),
], title="PO 4410-2291", author="Siobhan Ni Bhriain")
_p02_quote = pdf([
    ("h1", "COTIZACIÓN / QUOTATION EB-Q-24-0877"),
    ("p", "Etiquetas del Bajío S.A. de C.V. - RFC EBA090312QX4 - León, Guanajuato, México"),
    ("p", "Cliente / Customer: Brennan Pharmacy Group Ltd, Cork, Ireland - Atn. Siobhán Ní Bhriain"),
    ("p", "Fecha / Date: 29 de mayo de 2024"),
    ("table", [
        ["Concepto / Item", "Cantidad / Quantity", "Precio unitario EUR", "Importe EUR"],
        ["Etiqueta frontal Vitamin D3 1000 IU, 60 x 45 mm, BOPP blanco, 4 tintas + barniz mate - primera corrida / proof run", "500", "0.090", "45.00"],
        ["Etiqueta frontal Vitamin D3 1000 IU - producción / production", "80,000", "0.0185", "1,480.00"],
        ["Juego de placas flexo / flexo plates (4)", "1", "310.00", "310.00"],
    ]),
    ("sp",),
    ("p", "Vigencia / Validity: 30 días. Condiciones de pago / Payment: 30 días fecha factura. "
          "Tiempo de entrega / Lead time: primera corrida 8 días hábiles; producción 15 días hábiles."),
    ("p", "Atentamente / Kind regards, Lic. Mariana Gutiérrez, Ejecutiva de Cuenta"),
], title="EB-Q-24-0877", author="Mariana Gutierrez")
_p02_text = (
    "Hi Mariana,\n\n"
    "Thanks a million for turning the quote around so quickly.\n\n"
    "PO 4410-2291 is attached for the proof run of the Vitamin D3 1000 IU front labels - 500 labels, by "
    "courier to our Little Island DC. Your quotation is attached as well so our accounts payable team can "
    "match the unit price when your invoice comes in.\n\n"
    "Artwork is the v2 PDF Ciarán sent on Tuesday. Please send us a digital proof before you print.\n\n"
    "Any questions, give me a shout.\n\n"
    "Kind regards,\nSiobhán"
    + sig("Siobhán Ní Bhriain", "Procurement Lead, Own Brand", "Brennan Pharmacy Group Ltd", "+353 21 455 0192")
)
case("p02_brennan_po_and_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "proof-run PO for 500 labels sent with the supplier quote showing 80,000 production; no hold, no unlock event, no release person",
     [("PO 4410-2291 Vitamin D3 labels.eml", eml_bytes(mail(
         "Siobhán Ní Bhriain <s.nibhriain@brennanpharmacy.ie>",
         "Mariana Gutiérrez <mgutierrez@etiquetasdelbajio.com.mx>",
         "PO 4410-2291 - Brennan own-brand Vitamin D3 labels",
         "Tue, 04 Jun 2024 11:42:10 +0100", _p02_text,
         cc="Ciarán Doyle <c.doyle@brennanpharmacy.ie>",
         attachments=[("PO_4410-2291.pdf", _p02_po, PDF_MT),
                      ("EB-Q-24-0877_Brennan.pdf", _p02_quote, PDF_MT)])))])


# p03: US contract packager -> Polish carton converter. ERP PO + supplier offer page (folder bundle).
_p03_po = """\
LAKESHORE CONTRACT PACKAGING LLC                               PURCHASE ORDER
2210 INDUSTRIAL AVE  SHEBOYGAN WI 53081  USA                   PO NO : 0087214
TEL 920-555-0133                                               DATE  : 06/18/2024
                                                               PAGE  : 1 OF 1
VENDOR : 40917  KARTONAZ WISLA SP. Z O.O.                      BUYER : G HALVORSEN
         UL. CIEPLOWNICZA 41, 31-587 KRAKOW, POLAND            TERMS : NET 60
SHIP TO: LAKESHORE CONTRACT PACKAGING - DOCK 4                 FOB   : ORIGIN
SHIP VIA: UPS WORLDWIDE EXPRESS                                CURR  : USD
--------------------------------------------------------------------------------
LN ITEM NO        DESCRIPTION                          QTY  UM     UNIT      EXT
-- -------------- ------------------------------- -------- --- -------- --------
01 CTN-PB-30CT    FOLDING CARTON PROBIOTIC 30CT        500  EA   0.3100   155.00
                  GC1 350G  4C + DISP VARNISH
                  DIELINE LCP-DL-2207 REV 04
                  CLIENT: HARBOR & PINE PROBIOTICS
02 TOOL-CUT       CUTTING DIE LCP-DL-2207                1  EA 420.0000   420.00
--------------------------------------------------------------------------------
                                                       PO TOTAL USD     575.00
NOTES:
  REF VENDOR OFFER KW/OF/2024/0611.
  CARTONS FOR FIT CHECK AND LINE TRIAL ON CARTONER #3 (IWK SCA 07).
  SHIP WITH CERTIFICATE OF CONFORMANCE. PACK 250/CASE, MAX 12 KG/CASE.
  LAKESHORE TERMS AND CONDITIONS FORM LCP-PUR-009 APPLY.
AUTHORIZED BY: G HALVORSEN                       *** END OF PURCHASE ORDER ***
"""
_p03_offer = html_page("Oferta KW/OF/2024/0611", """
<h2>Kartonaż Wisła Sp. z o.o. &ndash; Offer / Oferta KW/OF/2024/0611</h2>
<p>Kraków, 12.06.2024</p>
<p>To: Lakeshore Contract Packaging LLC, Mr Greg Halvorsen<br>
Subject: Folding carton &bdquo;Probiotic 30 ct&ldquo;, dieline LCP-DL-2207 rev 04</p>
<p>Dear Mr Halvorsen,<br>thank you for your inquiry. We are pleased to offer you as follows:</p>
<table>
<tr><th>Quantity</th><th>Board</th><th>Print</th><th>Unit price USD</th></tr>
<tr><td>500 pcs (trial)</td><td>GC1 350 g/m&sup2;</td><td>4/0 + dispersion varnish</td><td>0,3100</td></tr>
<tr><td>75.000 pcs (series)</td><td>GC1 350 g/m&sup2;</td><td>4/0 + dispersion varnish</td><td>0,0580</td></tr>
<tr><td>150.000 pcs</td><td>GC1 350 g/m&sup2;</td><td>4/0 + dispersion varnish</td><td>0,0490</td></tr>
</table>
<p>Cutting die: USD 420,00 one-time. Prices EXW Kraków, packing in export cases on EUR pallets.<br>
Lead time trial: 10 working days after artwork confirmation. Lead time series: 4 weeks.<br>
Certificates: ISO 15378:2017, FSC&reg; Mix (FSC-C118702).</p>
<p>Offer valid until 31.07.2024.</p>
<p>With best regards,<br>Agnieszka Nowak<br>Customer Service / Obsługa Klienta<br>Kartonaż Wisła Sp. z o.o.</p>
""", lang="en")
case("p03_lakeshore_erp_po_plus_offer", ["RG001", "RG003", "RG004", "RG005"],
     "folder: trial PO for 500 cartons plus the supplier offer with a 75.000 series tier; nothing holds the balance, names an unlock event or a release person",
     [("LCP_PO_0087214.txt", _p03_po), ("KW_oferta_2024_0611.html", _p03_offer)])


# p04: Canadian brand <-> Mexican scoop moulder, WhatsApp; quote pasted into the chat.
_p04_chat = """\
08/07/24, 09:14 - Jorge Treviño (Plásticos Regiomontanos): Buenos días Jenna 👋 here the numbers for the 10 cc scoop, PP natural, mold 2 cav
08/07/24, 09:15 - Jorge Treviño (Plásticos Regiomontanos): <Media omitted>
08/07/24, 09:15 - Jorge Treviño (Plásticos Regiomontanos): Cotización PR-2407-031 | muestras 300 pzas USD 0.42 | producción 50,000 pzas USD 0.061 | molde incluido
08/07/24, 09:40 - Jenna MacLeod (NorthPeak): Thanks Jorge, got it. I'll get the PO raised today, our system is slow on Mondays 🙄
08/07/24, 09:41 - Jorge Treviño (Plásticos Regiomontanos): No problem 👍
08/07/24, 16:02 - Jenna MacLeod (NorthPeak): PO 7731 sent to your email. Go ahead with the 300 sample scoops, ship them to Mississauga attn Ravi Sandhu please
08/07/24, 16:03 - Jenna MacLeod (NorthPeak): 6285 Northam Dr Unit 4, Mississauga ON L4V 1X5
08/07/24, 16:05 - Jorge Treviño (Plásticos Regiomontanos): Perfecto, gracias! Muestras en 10 días hábiles 🙌
08/07/24, 16:06 - Jorge Treviño (Plásticos Regiomontanos): FedEx account or we prepay and add to invoice?
08/07/24, 16:20 - Jenna MacLeod (NorthPeak): Prepay and add, thx
"""
case("p04_whatsapp_scoops_quote_pasted", ["RG001", "RG003", "RG004", "RG005"],
     "chat: scoped go-ahead for 300 sample scoops next to the pasted 50,000 production tier; the rest is never put on hold, no unlock event, no release person",
     [("WhatsApp Chat with Jorge Trevino PR.txt", _p04_chat)])


# p16: Canadian buyer ERP printout; balance on hold "until further notice" - no event.
_p16 = """\
OSTARA HEALTH CORP.  -  PURCHASE ORDER PRINTOUT                          PAGE 1 OF 1
1188 WEST PENDER ST, SUITE 900, VANCOUVER BC V6E 0A2, CANADA
PO NUMBER : OH-45-10382        REVISION : 00        PO DATE : 2024-08-02
SUPPLIER  : V-2231 SHREEJI POLYPLAST PVT LTD, DAMAN (U.T.), INDIA
CURRENCY  : USD                INCOTERMS: FCA NHAVA SHEVA    PAY TERMS: NET 60
BUYER     : PRIYA DESHMUKH  (pdeshmukh@ostarahealth.ca)
==================================================================================
LINE  PART NO          DESCRIPTION                     SCOPE        QTY  UOM STATUS
----  ---------------  ------------------------------  ----------  -----  --- --------
0001  OH-BTL-300-AMB   300CC PET AMBER BOTTLE 38-400   SAMPLE        200  EA  RELEASED
0002  OH-BTL-300-AMB   300CC PET AMBER BOTTLE 38-400   PRODUCTION  19800  EA  HOLD
0003  OH-MISC-FRT      AIR FREIGHT SAMPLES              SAMPLE          1  LS  RELEASED
==================================================================================
LINE 0001 TEXT: SAMPLES FOR FIT AND TORQUE TEST WITH OH-CAP-38-CRC.
                SHIP BY AIR TO VANCOUVER WAREHOUSE, ATTN QA INCOMING.
LINE 0002 TEXT: QTY 19,800 IS NOT RELEASED. NOT TO BE PRODUCED.
                HOLD UNTIL FURTHER NOTICE.
                RELEASE AUTHORITY FOR THIS LINE: PRIYA DESHMUKH, SENIOR BUYER.
                NO MATERIAL PURCHASE BEYOND LINE 0001.
HEADER TEXT   : DRAWING OH-DWG-3004 REV 7. RESIN PET 0.80 IV, UV-BLOCK AMBER.
                CERTS: COA PER LOT, DECLARATION 21 CFR 177.1630.
                ACKNOWLEDGE WITHIN 3 WORKING DAYS.
==================================================================================
PRINTED 2024-08-02 14:07 BY PDESHMUKH                      *** END OF DOCUMENT ***
"""
case("p16_ostara_erp_hold_until_further_notice", ["RG004"],
     "sample line released, production line on hold 'until further notice' with a named release authority; no unlock event is named",
     [("OH-45-10382_printout.txt", _p16)])


# p19: Swiss private label -> Polish foil maker. Proof reels only, nothing said about the rest.
case("p19_helvetia_po_proof_reels", ["RG003", "RG004", "RG005"],
     "sample PO for two proof reels ahead of commercial supply never says the commercial quantity is not released, names no unlock event and no release person",
     [("HV-24-0719_Bestellung.pdf", pdf([
         ("h1", "Commande d'achat / Purchase order HV-24-0719"),
         ("p", "Helvetia Vital SA - Chemin du Closel 14, 1020 Renens VD, Suisse - CHE-114.882.301 TVA"),
         ("table", [
             ["Fournisseur / Supplier", "Polfoil S.A., ul. Kolejowa 18, 93-375 Łódź, Poland"],
             ["Date", "19.07.2024"],
             ["Votre offre / Your offer", "PF/2024/177 du 08.07.2024"],
             ["Contact", "Nathalie Rochat, Responsable Achats, +41 21 555 08 40"],
             ["Livraison / Delivery", "DAP Renens, semaine 33"],
         ]),
         ("sp",),
         ("table", [
             ["Pos.", "Article", "Désignation / Description", "Qté", "Unité", "Prix CHF", "Total CHF"],
             ["10", "HV-FOL-250-CA", "Alu lidding foil 20 µm hard, HSL for PVC, printed 1 colour (Pantone 7462 C), width 250 mm, core 76 mm, reel length 1'000 m - print proof reels", "2", "reel", "185.00", "370.00"],
             ["20", "HV-CLI", "Printing cylinder 1 colour", "1", "pce", "640.00", "640.00"],
         ]),
         ("sp",),
         ("p", "Sample order for print proof and machine trial on our Uhlmann UPS 1040 (blister Calcium + D3 "
               "Brausetabletten / effervescent 20 tabs, planned for commercial supply from Q4)."),
         ("p", "Please send CoA, declaration of compliance to EU 10/2011 and the colour drawdown together with the reels."),
         ("p", "Conditions générales d'achat Helvetia Vital SA (version 2022) applicables."),
     ], title="HV-24-0719", author="Nathalie Rochat"))])


# p20: Irish CMO call-off against blanket; names next call-off + signer but never says balance is not released.
_p20 = """\
GLENVEAGH HEALTH LTD                                    SCHEDULE CALL-OFF
Parkmore West Business Park, Galway H91 T2X6, Ireland
==========================================================================
BLANKET ORDER  : GH-BO-2024-017             BLANKET QTY : 160,000 LABELS
CALL-OFF NO.   : 01                         ISSUE DATE  : 03-JUN-2024
SUPPLIER       : PRAGATI LABELS & PACKAGING, BHOSARI MIDC, PUNE 411026
ITEM           : GH-LBL-OMEGA3-90  Omega-3 1000 mg 90s bottle label, 95x50 mm
                 PP white gloss, 5C + cold foil, artwork GH-ART-0334 Rev 5
--------------------------------------------------------------------------
CALL-OFF QTY   : 40,000 LABELS
DELIVERY       : WK 27, DAP GALWAY, 2 PALLETS MAX
PACKING        : 3,000 LABELS PER ROLL, 76 MM CORE, WIND DIRECTION 4
--------------------------------------------------------------------------
NEXT CALL-OFF  : Call-off 02 will be issued by Declan Furlong,
                 Supply Chain Manager, by 14-JUN-2024, after the Q3 S&OP
                 review.
DOCUMENTS      : CoA per roll batch, print inspection report (100% camera).
CONTACT        : Orla Geraghty, Packaging Engineer, +353 91 555 318
==========================================================================
Generated by GH-ERP (D365) 03-JUN-2024 10:12        Page 1/1
"""
case("p20_glenveagh_calloff_blanket_qty", ["RG001", "RG003"],
     "call-off releases 40,000 against a 160,000 blanket and names the next call-off and its signer, but never says the 120,000 balance is not released",
     [("GH-BO-2024-017_CO01.txt", _p20)])


# p13: Irish pharmacy <-> German carton maker, Teams; launch stock never quantified, team not a person.
_p13 = """\
Microsoft Teams - chat export
Chat: Brennan / Rheinpack - own-brand cartons (external)
Participants: Siobhán Ní Bhriain (Brennan Pharmacy Group), Ciarán Doyle (Brennan Pharmacy Group), Stefan Braun (Rheinpack Faltschachtel GmbH) (External)
Exported: 21/06/2024 16:40 (UTC+01:00)

[20/06/2024 10:02] Stefan Braun (External)
Good morning Siobhán, the cutting dies for the four Irish SKUs are finished and the test cuts look clean. What should we put on the press next week?

[20/06/2024 10:14] Ciarán Doyle
Morning Stefan, thanks for the photos of the test cuts. Crease on the tuck flap is much better than rev 2.

[20/06/2024 10:31] Siobhán Ní Bhriain
Morning Stefan. Please start on the launch stock for the four Irish SKUs (PO 4410-2304). The rest of the annual volume stays on hold until the Q3 call-off, which our supply chain team will issue once the launch sell-through numbers are in.

[20/06/2024 10:33] Stefan Braun (External)
Understood. Delivery to Little Island as usual?

[20/06/2024 10:35] Siobhán Ní Bhriain
Yes please, two drops if it doesn't fit on one truck. Booking ref from our transport desk to follow.

[20/06/2024 10:36] Stefan Braun (External)
👍
"""
case("p13_teams_launch_stock", ["RG005", "RG010"],
     "buyer starts 'the launch stock' without ever giving a quantity; the Q3 call-off is named but only 'our supply chain team' issues it",
     [("Teams_export_Brennan_Rheinpack.txt", _p13)])


# c01: Chinese foil supplier quote with tiers (no authorization in it).
case("c01_ningbo_quote_tiers", [],
     "supplier quotation with trial, production and annual tiers; no authorized quantity, lead time tied to a written production release",
     [("Quotation_NH-QT-240522.pdf", pdf([
         ("h1", "QUOTATION NH-QT-240522"),
         ("p", "Ningbo Huaxin Packaging Co., Ltd. - No. 88 Xingye Road, Beilun District, Ningbo, Zhejiang 315800, China"),
         ("p", "To: Suryoday Nutraceuticals Pvt. Ltd., Ahmedabad - Attn: Mr. Rajesh Iyer, GM Purchase"),
         ("p", "Date: 2024-05-22    Valid until: 2024-06-30    Sales: Kelly Zhang"),
         ("table", [
             ["Item", "Specification", "Quantity", "Unit price (USD/reel)", "Remark"],
             ["Printed alu blister foil", "20 µm hard temper, HSL PVC/PVdC, 1 colour + primer, width 250 mm, 2,000 m/reel, core 76 mm", "3 reels", "118.00", "trial"],
             ["Printed alu blister foil", "same", "120 reels", "86.50", "production"],
             ["Printed alu blister foil", "same", "480 reels", "79.80", "annual volume price"],
             ["Printing cylinder", "1 colour, chrome plated", "1 set", "520.00", "one time"],
         ]),
         ("sp",),
         ("p", "Lead time: trial reels 12 days after artwork confirmation. Production reels 25 days after your written "
               "production release. MOQ for production price: 120 reels per release."),
         ("p", "Payment: T/T 30 days after B/L date. Price basis: FOB Ningbo. Packing: reels on wooden pallets, "
               "each reel in PE bag with desiccant."),
         ("p", "Certificates: ISO 15378:2017, GB/T 28118-2011 test report, DMF Type III available on request."),
         ("p", "Best regards, Kelly Zhang, Sales Manager, +86 574 5555 6621"),
     ], title="NH-QT-240522", author="Kelly Zhang"))])


# c02: Indian bottle maker asks whether it may go ahead with the balance; buyer scope quoted.
_c02_text = (
    "Dear Greg,\n\n"
    "Greetings from Shreeji Polyplast!\n\n"
    "The 2,000 bottles against your PO 0087301 were dispatched today by air, AWB 176-4411 9082. CoA and "
    "dimensional report are attached to the invoice copy.\n\n"
    "Kindly advise: do we have your go-ahead for the balance 38,000 bottles, or should we keep the line "
    "free until your written release comes? We have a slot on our ASB 70DPH from 15th July if required.\n\n"
    "Thanks & regards,\nVikram Shah\nMarketing Manager - Exports\nShreeji Polyplast Pvt. Ltd., Daman\n"
    "+91 260 555 4107\n\n"
    "-----Original Message-----\n"
    "From: Greg Halvorsen <ghalvorsen@lakeshorecp.com>\n"
    "Sent: Monday, June 10, 2024 4:18 PM\n"
    "To: Vikram Shah <vikram@shreejipolyplast.in>\n"
    "Subject: PO 0087301 - 120cc PET bottles, line trial qty\n\n"
    + q("Vikram,\n\n"
        "PO 0087301 is attached. Scope, so there is no confusion later:\n"
        "- Released now: 2,000 bottles for the line trial on our filler (line 6).\n"
        "- The balance of 38,000 bottles on your quote is NOT released. Please do not produce it or buy resin for it.\n"
        "- The balance will be released only after the line trial is signed off by Tom Reinholt (Packaging\n"
        "  Engineer), and then only by a written release from me.\n\n"
        "Greg Halvorsen\nPurchasing Manager\nLakeshore Contract Packaging LLC\n920-555-0133")
    + "\n"
)
case("c02_shreeji_asks_about_balance", [],
     "supplier asks whether it has a go-ahead for the 38,000 balance; the quoted buyer PO note is complete",
     [("RE_ PO 0087301 - 120cc PET bottles.eml", eml_bytes(mail(
         "Vikram Shah <vikram@shreejipolyplast.in>", "Greg Halvorsen <ghalvorsen@lakeshorecp.com>",
         "RE: PO 0087301 - 120cc PET bottles, line trial qty", "Wed, 26 Jun 2024 13:05:44 +0530",
         _c02_text, in_reply_to="<h135-po0087301@lakeshorecp.com>")))])


# c03: US brand rolling forecast, clearly labelled, TXT.
_c03 = """\
VERDANT BOTANICALS INC.
ROLLING 12-MONTH FORECAST  --  *** FORECAST ONLY - NOT AN ORDER ***
Supplier : Dongguan Meiya Printing & Packaging Co., Ltd. (V-10311)
Issued   : 2024-07-01 by Megan Kowalczyk, Senior Buyer
Items    : VB-CTN-060 gummy vitamin carton 60ct / VB-CTN-120 carton 120ct

MONTH      VB-CTN-060   VB-CTN-120
---------  ----------   ----------
2024-08        18,000        6,000
2024-09        18,000        6,000
2024-10        22,000        8,000
2024-11        26,000        9,000
2024-12        30,000       10,000
2025-01        14,000        5,000
2025-02        14,000        5,000
2025-03        16,000        6,000
2025-04        18,000        6,000
2025-05        18,000        6,000
2025-06        20,000        7,000
2025-07        20,000        7,000
---------  ----------   ----------
TOTAL         234,000       81,000

IMPORTANT
This forecast is for your capacity planning only. It is not a purchase order,
not a production release and not a commitment by Verdant Botanicals to buy any
quantity. Do not produce and do not buy board or other material against it.
Quantities become firm only through call-offs signed by Dana Whitfield,
Director of Supply Chain. Each call-off states its own quantity.

Questions: purchasing@verdantbotanicals.com / +1 303 555 0147
"""
case("c03_verdant_forecast_labelled", [],
     "rolling forecast clearly labelled not an order, not a release, no material; quantities firm only via signed call-offs",
     [("VB_forecast_2024-07_MeiYa.txt", _c03)])


# c04: Irish pharmacy scoped proof approval, multipart/alternative.
_c04_text = (
    "Hi Sanjay,\n\n"
    "Thanks for the digital proofs and the colour drawdown - both arrived this morning.\n\n"
    "Print proof approved for the 300 proof labels only; production is not released.\n\n"
    "To be clear on the rest of the order (PO 4410-2327, Brennan Magnesium 375 mg 60 caps back label):\n"
    "- Print the 300 proof labels and send them by courier to Little Island.\n"
    "- The 80,000 production labels on your quote are not released. Please don't print them or order facestock for them.\n"
    "- They will be released once Aoife Byrne (QA Manager) has signed off the proof labels on our labeller, "
    "and then only by a written release from Siobhán Ní Bhriain (Procurement Lead).\n\n"
    "One small thing on the artwork: the GS1 barcode quiet zone on the left looks tight on the drawdown - "
    "please keep at least 2.5 mm.\n\n"
    "Thanks,\nCiarán"
    + sig("Ciarán Doyle", "Packaging Technologist", "Brennan Pharmacy Group Ltd", "+353 21 455 0188")
)
case("c04_brennan_scoped_proof_approval", [],
     "print proof approved for the 300 proof labels only; production not released, unlock event and named releaser stated",
     [("Magnesium 375 back label PO 4410-2327.eml", eml_bytes(mail(
         "Ciarán Doyle <c.doyle@brennanpharmacy.ie>", "Sanjay Kulkarni <sanjay.k@pragatilabels.co.in>",
         "Proof approval - Magnesium 375 mg back label (PO 4410-2327)", "Thu, 13 Jun 2024 10:21:03 +0100",
         _c04_text, html=p2h(_c04_text), cc="Siobhán Ní Bhriain <s.nibhriain@brennanpharmacy.ie>")))])


# c05: Irish CMO full-quantity repeat PO with "please proceed".
case("c05_glenveagh_full_qty_po", [],
     "repeat PO for the complete quantity of 25,000 cartons; no balance exists, 'proceed' names the quantity",
     [("GH-PO-24-1250.pdf", pdf([
         ("h1", "PURCHASE ORDER GH-PO-24-1250"),
         ("p", "Glenveagh Health Ltd - Parkmore West Business Park, Galway H91 T2X6 - Tel +353 91 555 300"),
         ("table", [
             ["Supplier", "Rheinpack Faltschachtel GmbH, Industriestraße 22, 56566 Neuwied, Germany"],
             ["Date", "22/07/2024"],
             ["Delivery", "DAP Galway, week 33/2024"],
             ["Payment", "60 days net"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Material", "Description", "Quantity", "Price / 1,000 EUR", "Value EUR"],
             ["1", "GH-CTN-JNT-60", "Folding carton Joint Complex 60 caps, GC2 300 g, 4c + aqueous coating, artwork GH-ART-118 Rev 6 (repeat, unchanged)", "25,000", "61.40", "1,535.00"],
         ]),
         ("sp",),
         ("p", "This is a repeat order. The PO covers the complete quantity of 25,000 cartons; there is no further "
               "balance or call-off under this PO. Please proceed with the 25,000 cartons for delivery in week 33."),
         ("p", "Pallet labels per GH-SOP-LOG-014. One CoC per delivery. Cartons to be free of the previous "
               "lot's print code (lot 2402-117)."),
         ("p", "Declan Furlong, Supply Chain Manager"),
     ], title="GH-PO-24-1250", author="Declan Furlong"))])


# c06: Canadian buyer DOCX with an explicit, recorded auto-conversion.
case("c06_northpeak_recorded_autoconversion", [],
     "explicit recorded auto-conversion naming quantity (9,600), signer, conditions and expiry; active and held quantities stated",
     [("NorthPeak_PO7790_terms.docx", docx_bytes([
         ("h1", "PO 7790 - Scope and release terms"),
         ("p", "NorthPeak Naturals Inc., 6285 Northam Drive, Unit 4, Mississauga ON L4V 1X5, Canada"),
         ("p", "Supplier: Dongguan Meiya Printing & Packaging Co., Ltd. - Item NP-CTN-ASH-90 (Ashwagandha 90 caps carton), artwork NP-ART-2207 Rev C"),
         ("table", [
             ["Item", "Quantity", "Status today"],
             ["Sample cartons", "400", "Released - build and ship now"],
             ["Production cartons", "9,600", "Not released today (see auto-conversion below)"],
             ["Material authority", "board for the 400 samples", "sample-only until the auto-conversion takes effect"],
         ]),
         ("h", "Auto-conversion (agreed and recorded 15 July 2024)"),
         ("p", "NorthPeak and Dongguan Meiya agree that the 9,600 production cartons are released automatically, "
               "without a further release letter, on the day Ravi Sandhu (Packaging Engineer, NorthPeak) records "
               "an approved sample sign-off for the 400 sample cartons in writing, provided that:"),
         ("num", "the sign-off is dated on or before 30 September 2024;"),
         ("num", "artwork NP-ART-2207 Rev C is unchanged; and"),
         ("num", "no stop notice from NorthPeak is in force on that day."),
         ("p", "If any condition is not met, the 9,600 cartons stay on hold until Chantal Tremblay (Director, "
               "Procurement) issues a written release."),
         ("p", "Recorded by: Chantal Tremblay, Director, Procurement - 15 July 2024. Acknowledged by: Jason Lin, "
               "Sales, Dongguan Meiya - 16 July 2024."),
     ], author="Chantal Tremblay"))])


# c07: Polish carton supplier says the deposit does not release production.
_c07_text = (
    "Dear Megan,\n\n"
    "thank you, we have received your payment of USD 1.260,00 (30% deposit for the cutting die and the "
    "printing plates) on 3 July.\n\n"
    "Please note for good order: the deposit does not release production. We are building only the 1.000 "
    "sample cartons now. We will wait for your written release before we start the remaining 29.000 "
    "cartons or order board for them.\n\n"
    "Samples will be ready on 17.07., shipment by UPS Express to Boulder.\n\n"
    "With best regards / Z poważaniem\n"
    "Agnieszka Nowak\nCustomer Service\nKartonaż Wisła Sp. z o.o.\nul. Ciepłownicza 41, 31-587 Kraków\n"
    "tel. +48 12 555 74 10\n\n"
    "From: Megan Kowalczyk <mkowalczyk@verdantbotanicals.com>\n"
    "Sent: Friday, June 28, 2024 5:02 PM\n"
    "To: Agnieszka Nowak <a.nowak@kartonaz-wisla.pl>\n"
    "Subject: PO VB-240733 - sample cartons 30ct elderberry\n\n"
    + q("Hi Agnieszka,\n\n"
        "PO VB-240733 attached: 1,000 sample cartons (VB-CTN-ELD-30). The remaining 29,000 on your offer are not\n"
        "released. They'll be released after our sample sign-off, and only in writing by Dana Whitfield,\n"
        "Director of Supply Chain. The 30% deposit invoice for die and plates is fine, accounts will pay next week.\n\n"
        "Thanks!\nMegan")
    + "\n"
)
case("c07_wisla_deposit_not_release", [],
     "supplier confirms the deposit does not release production and builds only the 1.000 samples; quoted buyer scope complete",
     [("AW_ PO VB-240733 sample cartons 30ct.eml", eml_bytes(mail(
         "Agnieszka Nowak <a.nowak@kartonaz-wisla.pl>", "Megan Kowalczyk <mkowalczyk@verdantbotanicals.com>",
         "AW: PO VB-240733 - sample cartons 30ct elderberry / deposit received", "Thu, 04 Jul 2024 08:47:19 +0200",
         _c07_text)))])


# ------------------------------------------------------------------ batch 2
# p06: Indian CMO buyer answers an unscoped "can we start?" with an unscoped "please proceed".
_p06_text = (
    "Dear Kelly,\n\n"
    "Noted. Please proceed.\n\n"
    "Regards,\nRajesh Iyer\nGM - Purchase\nSuryoday Nutraceuticals Pvt. Ltd.\n"
    "Plot 42, Phase II, GIDC Vatva, Ahmedabad 382445, Gujarat\n+91 79 5555 2290\n\n"
    "On Tue, 18 Jun 2024 at 14:02, Kelly Zhang <kelly.zhang@nbhuaxin-pack.com> wrote:\n"
    + q("Dear Mr. Iyer,\n\n"
        "Good day!\n\n"
        "The printing cylinder for the Suryoday Multivitamin lidding foil is finished and our press has free\n"
        "time on 24 June. Can we start?\n\n"
        "Best regards,\nKelly Zhang\nSales Manager, Ningbo Huaxin Packaging Co., Ltd.\n\n"
        "On Mon, 10 Jun 2024 at 11:30, Rajesh Iyer <rajesh.iyer@suryodaynutra.in> wrote:\n"
        "> Dear Kelly,\n"
        ">\n"
        "> PFA PO SN/PUR/24-25/0193 for trial foil: 3 (three) reels x 2,000 m, for line trial on our\n"
        "> Elmach blister machine at Vatva.\n"
        ">\n"
        "> Only these 3 reels are released. Balance quantity of 117 reels as per your quotation\n"
        "> NH-QT-240522 is not released and shall not be produced. Balance will be released only after\n"
        "> line trial sign-off, by written release from undersigned (Rajesh Iyer, GM - Purchase).\n"
        "> Material authority: foil for the 3 trial reels only.\n"
        ">\n"
        "> Kindly send CoA and colour drawdown along with the reels.\n"
        ">\n"
        "> Regards,\n> Rajesh Iyer")
    + "\n"
)
case("p06_suryoday_noted_please_proceed", ["RG002"],
     "buyer's 'Noted. Please proceed.' answers an unscoped 'can we start?' on the press, naming neither the 3 trial reels nor a quantity",
     [("Re_ Re_ PO SN-PUR-24-25-0193 trial foil.eml", eml_bytes(mail(
         "Rajesh Iyer <rajesh.iyer@suryodaynutra.in>", "Kelly Zhang <kelly.zhang@nbhuaxin-pack.com>",
         "Re: Re: PO SN/PUR/24-25/0193 trial foil", "Wed, 19 Jun 2024 09:12:37 +0530", _p06_text,
         in_reply_to="<h135-nh-0618@nbhuaxin-pack.com>")))])


# p07: Canadian buyer engineer gives a "green light" in Teams to an unscoped question.
_p07 = """\
Microsoft Teams - chat export
Chat: NorthPeak x Etiquetas del Bajío - Magnesium Glycinate labels
Participants: Jenna MacLeod (NorthPeak Naturals), Ravi Sandhu (NorthPeak Naturals), Mariana Gutiérrez (Etiquetas del Bajío) (External)
Exported: 2024-07-25 17:55 (UTC-04:00)

[2024-07-22 09:10] Jenna MacLeod
Recap for the record, Mariana: PO 7745 covers 1,000 proof labels for the new Magnesium Glycinate 120ct SKU. That's the only quantity released. The 60,000 on your quote stays on hold, not released, until Ravi signs off the labels on our line and Chantal Tremblay (Director, Procurement) sends you the written release.

[2024-07-22 09:26] Mariana Gutiérrez (External)
Clear Jenna, thank you! I pass it to our planning.

[2024-07-24 16:48] Mariana Gutiérrez (External)
Hola Ravi, I sent the colour drawdown on the Pantone 7683 C by courier yesterday, tracking 7739 2210 4418. Plates are ready and the press is free tomorrow morning. Do we go?

[2024-07-25 08:31] Ravi Sandhu
Morning Mariana, got the drawdown - it matches our standard under D50, nice work. Green light from us 👍

[2024-07-25 08:40] Mariana Gutiérrez (External)
Perfecto, gracias Ravi 🙌
"""
case("p07_teams_green_light", ["RG002"],
     "engineer's 'Green light from us' answers 'plates ready, press free, do we go?' without naming the 1,000 proof labels or any quantity",
     [("NorthPeak_EdB_teams_2024-07-25.txt", _p07)])


# p08: Swiss pharma supplier portal: complete scope, then a buyer comment "Approved - please proceed."
_p08 = html_page("SupplierNet - PO 4500381127", """
<div style="background:#b30d1e;color:#fff;padding:6px 10px"><b>Alpenkraft Pharma AG</b> &middot; SupplierNet</div>
<h2>Purchase order 4500381127</h2>
<table>
<tr><th>Supplier</th><td>Rheinpack Faltschachtel GmbH (200871)</td><th>Created</th><td>05.08.2024</td></tr>
<tr><th>Buyer</th><td>Reto Känzig</td><th>Plant</th><td>Basel-Klybeck (CH10)</td></tr>
<tr><th>Incoterms</th><td>DAP Basel</td><th>Payment</th><td>60 Tage netto</td></tr>
</table>
<h3>Items</h3>
<table>
<tr><th>Item</th><th>Material</th><th>Description</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>710245</td><td>Faltschachtel Alpenkraft Eisen 100 mg 30 Filmtabl., GC2 300 g/m&sup2;</td><td>Validation batch</td><td>600</td><td>Released</td></tr>
<tr><td>20</td><td>710245</td><td>Faltschachtel Alpenkraft Eisen 100 mg 30 Filmtabl., GC2 300 g/m&sup2;</td><td>Production</td><td>59'400</td><td>On hold &ndash; not released</td></tr>
</table>
<div class="note"><b>Scope note.</b> Released: 600 folding cartons for the validation batch (item 10).
The balance of 59'400 cartons (item 20) is not released. It will be released only after the validation batch
sign-off, by a written release from Dr. Urs Brändli, Head of Supply Chain. Material authority: board for the 600
released cartons only.</div>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>07.08.2024 08:12</td><td>Rheinpack (S. Braun)</td><td>Thank you for the order. Artwork 710245-05 received, prepress running.</td></tr>
<tr><td>12.08.2024 15:40</td><td>Rheinpack (S. Braun)</td><td>Printing plates are finished and press 2 has a free slot from Wednesday. Request to start.</td></tr>
<tr><td>12.08.2024 16:05</td><td>Alpenkraft (R. Känzig)</td><td>Approved &ndash; please proceed.</td></tr>
<tr><td>12.08.2024 16:22</td><td>Rheinpack (S. Braun)</td><td>Danke, we plan press 2 for Wednesday early shift.</td></tr>
</table>
<p style="color:#777;font-size:11px">SupplierNet v4.2 &middot; printed 13.08.2024 07:58 &middot; This page is generated from SAP MM. Changes only via purchase order revision.</p>
""", lang="en")
case("p08_suppliernet_approved_proceed", ["RG002"],
     "portal PO has a complete scope note, but the buyer's 'Approved - please proceed.' answers an unscoped request to start on press 2",
     [("SupplierNet_PO_4500381127.html", _p08)])


# p10: Irish CMO "work away, you've the go-ahead" to an unscoped request.
_p10_text = (
    "Hi Agnieszka,\n\n"
    "Thanks for that, and for the photos of the die. Looks the business - work away, you've the "
    "go-ahead from me.\n\n"
    "Orla will be in Kraków on the 9th for the plant visit anyway, she'll text you from the airport.\n\n"
    "Declan"
    + sig("Declan Furlong", "Supply Chain Manager", "Glenveagh Health Ltd, Galway", "+353 91 555 301")
    + "\n"
    "From: Agnieszka Nowak <a.nowak@kartonaz-wisla.pl>\n"
    "Sent: 02 July 2024 11:16\n"
    "To: Declan Furlong <declan.furlong@glenveaghhealth.ie>\n"
    "Subject: RE: GH-PO-24-1180 sample cartons Collagen 30 sachets\n\n"
    + q("Dear Declan,\n\n"
        "the cutting die and the printing plates are ready (photos attached). We have a free slot on our\n"
        "Heidelberg XL 106 on Thursday. Can we start, please?\n\n"
        "Best regards,\nAgnieszka Nowak\nCustomer Service, Kartonaż Wisła Sp. z o.o.\n\n"
        "From: Declan Furlong\nSent: 24 June 2024 15:40\n\n"
        "> Hi Agnieszka,\n"
        "> PO GH-PO-24-1180 attached for 1,500 sample cartons (Collagen 30 sachets, GH-DL-0918 rev 2).\n"
        "> The balance of 58,500 cartons on your offer is not released. It will be released after sample\n"
        "> sign-off by Orla Geraghty (Packaging Engineer), by written release from me (Declan Furlong,\n"
        "> Supply Chain Manager). Board for the samples only, please.\n"
        "> Declan")
    + "\n"
)
case("p10_glenveagh_work_away", ["RG002"],
     "'work away, you've the go-ahead from me' replies to an unscoped 'can we start?' for a press slot; no quantity, no sample scope",
     [("RE_ RE_ GH-PO-24-1180 sample cartons.eml", eml_bytes(mail(
         "Declan Furlong <declan.furlong@glenveaghhealth.ie>", "Agnieszka Nowak <a.nowak@kartonaz-wisla.pl>",
         "RE: RE: GH-PO-24-1180 sample cartons Collagen 30 sachets", "Tue, 02 Jul 2024 12:03:55 +0100",
         _p10_text, cc="Orla Geraghty <orla.geraghty@glenveaghhealth.ie>")))])


# p61: Swiss buyer uses "approved" three ways and ends with an unscoped "approved, please proceed".
_p61_text = (
    "Dear Jason,\n\n"
    "Short update from Basel.\n\n"
    "The artwork was approved by our Regulatory Affairs yesterday (AK-ART-710260 Rev 03), and the price was "
    "approved by our management this morning, so the PO can stay as it is. So from our side: approved, "
    "please proceed.\n\n"
    "The shipping marks are unchanged from the last order (Alpenkraft Pharma AG, Wareneingang Tor 4, "
    "Klybeckstrasse 141, 4057 Basel).\n\n"
    "Freundliche Grüsse\n"
    "Reto Känzig\nEinkauf Verpackungsmaterial / Purchasing Packaging\nAlpenkraft Pharma AG\n"
    "+41 61 555 27 18\n\n"
    "-----Ursprüngliche Nachricht-----\n"
    "Von: Reto Känzig\nGesendet: Montag, 26. August 2024 10:05\nAn: Jason Lin\n"
    "Betreff: PO 4500381190 stability cartons\n\n"
    + q("Dear Jason,\n\n"
        "Attached PO 4500381190 for 800 folding cartons for the stability batch (Alpenkraft Zink 25 mg, 100 tabl.).\n"
        "The balance of 39'200 cartons from your quotation DM-Q-240801 is not released. It will be released\n"
        "only after the stability sign-off, by a written release from Dr. Urs Brändli, Head of Supply Chain.\n"
        "Please order board for the 800 cartons only.\n\n"
        "Freundliche Grüsse\nReto Känzig")
    + "\n"
)
case("p61_alpenkraft_approved_three_ways", ["RG002", "RG009"],
     "'approved' used for artwork (technical), price (commercial) and then 'approved, please proceed' with no quantity or sample scope",
     [("AW_ PO 4500381190 stability cartons.eml", eml_bytes(mail(
         "Reto Känzig <reto.kaenzig@alpenkraft-pharma.ch>", "Jason Lin <jason.lin@meiya-pack.com.cn>",
         "AW: PO 4500381190 stability cartons", "Wed, 28 Aug 2024 11:40:02 +0200", _p61_text)))])


# p11: Swiss private label asks for the stability-batch bottles but never says how many.
_p11_text = (
    "Dear Mr Shah,\n\n"
    "Further to your offer SQ/24-25/0520 of 2 July, please produce the bottles for our stability batch "
    "(Helvetia Vital Magnésium 375 mg, 150 cc HDPE white, 38-400 neck, drawing HV-BT-150 indice C) and ship "
    "them to our site in Renens together with the CoA and the migration test report.\n\n"
    "Everything beyond the stability batch is not released: please do not produce or buy resin for any "
    "commercial quantity. The commercial quantity will be released only after the 3-month stability pull has "
    "been signed off by our QA, and then only by a written release signed by me.\n\n"
    "Our purchase order HV-24-0655 follows from SAP today; the price per piece is as per your offer.\n\n"
    "Meilleures salutations / Best regards\n"
    "Nathalie Rochat\nResponsable Achats\nHelvetia Vital SA, Chemin du Closel 14, 1020 Renens VD\n"
    "+41 21 555 08 40\n\n"
    "Ce message est confidentiel. / This message is confidential."
)
case("p11_helvetia_stability_bottles_no_qty", ["RG010"],
     "asks for 'the bottles for our stability batch' without ever stating how many; hold, unlock event and signer (sender) are explicit",
     [("Stability batch bottles - HV Magnesium 375.eml", eml_bytes(mail(
         "Nathalie Rochat <n.rochat@helvetiavital.ch>", "Vikram Shah <vikram@shreejipolyplast.in>",
         "Stability batch bottles - HV Magnésium 375 mg", "Mon, 08 Jul 2024 09:15:00 +0200",
         _p11_text, html=p2h(_p11_text))))])


# p12: US brand PO for "1 LOT" of sample cartons; lot size never stated.
case("p12_vb_po_one_lot", ["RG010"],
     "PO line '1 LOT' of sample cartons, 'lot size per your quotation': the number of cartons authorized now is never stated",
     [("PO_VB-240702.pdf", pdf([
         ("h1", "PURCHASE ORDER VB-240702"),
         ("p", "Verdant Botanicals Inc. - 5600 Arapahoe Ave, Suite 210, Boulder, CO 80303, USA"),
         ("table", [
             ["Vendor", "Dongguan Meiya Printing & Packaging Co., Ltd., Humen Town, Dongguan, Guangdong, China"],
             ["PO date", "July 2, 2024"],
             ["Buyer", "Megan Kowalczyk, Senior Buyer"],
             ["Terms", "Net 45 - FOB Shenzhen (samples by air courier)"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Amount USD"],
             ["10", "VB-CTN-060", "Sample lot - gummy vitamin carton 60ct, SBS 18pt, 4c + soft-touch, dieline VB-DL-060 Rev B; lot size per your quotation DM-Q-240615", "1", "LOT", "380.00"],
             ["20", "VB-TOOL", "Cutting die VB-DL-060 Rev B", "1", "EA", "210.00"],
         ]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "This PO covers the sample lot only. The production quantity is not released by this PO. Production "
               "will be released only by a separate written release from Dana Whitfield, Director of Supply Chain, "
               "after Verdant's sample sign-off. Material authority: board for the sample lot only."),
         ("p", "Please ship samples with a print inspection report and 5 flat blanks for our cartoner setup."),
     ], pagesize=LETTER, title="PO VB-240702", author="Megan Kowalczyk"))])


# p14: Irish CMO line-trial request: "enough foil for two shifts".
case("p14_glenveagh_line_trial_request", ["RG010"],
     "line-trial request asks for 'enough lidding foil for two shifts' instead of a quantity; hold, unlock event and release person are stated",
     [("GH_LT-24-031_line_trial_request.docx", docx_bytes([
         ("h1", "Line Trial Request LT-24-031"),
         ("p", "Glenveagh Health Ltd - Packaging Engineering - Parkmore West, Galway"),
         ("table", [
             ["To", "Folienwerk Ahrens GmbH, Bielefeld - Ms Katrin Vogt"],
             ["Product", "Glenveagh Vitamin B12 1000 µg, 30 lozenges, blister 2 x 15"],
             ["Line", "Blister line 2 (Uhlmann B 1240), Galway"],
             ["Trial window", "Weeks 36-37, 2024"],
             ["Requested by", "Orla Geraghty, Packaging Engineer"],
         ]),
         ("h", "Foil specification"),
         ("table", [
             ["Parameter", "Value"],
             ["Alloy / temper", "8079, hard, 20 µm"],
             ["Heat-seal lacquer", "HSL for PVC/PVdC, 6-7 g/m²"],
             ["Print", "1 colour reverse, Pantone 3015 C, artwork GH-ART-0412 Rev 2"],
             ["Width / core", "232 mm / 76 mm"],
             ["Max. reel OD", "300 mm"],
         ]),
         ("h", "Quantity and scope"),
         ("p", "Please supply enough lidding foil for two shifts of line trial on blister line 2, delivered to "
               "Galway by Friday of week 35."),
         ("p", "This request covers the line-trial foil only. No commercial quantity is released. The commercial "
               "quantity will be released once the line trial has been signed off by Orla Geraghty and a written "
               "release has been issued by Declan Furlong, Supply Chain Manager. Aluminium for the commercial "
               "quantity must not be bought before that release."),
         ("h", "Documents with delivery"),
         ("li", "Certificate of analysis per reel (seal strength, pinholes, lacquer weight)"),
         ("li", "Declaration of compliance (EU) No 10/2011 and Ph. Eur. 3.1.11 statement"),
     ], author="Orla Geraghty"))])


# p15: Canadian release letter (HTML attachment) releases "the first tranche" without a number.
_p15_rel = html_page("Release letter RL-NP-2024-014", """
<h2>NorthPeak Naturals Inc. &ndash; Release letter RL-NP-2024-014</h2>
<p>Date: July 19, 2024<br>To: Pragati Labels &amp; Packaging, Pune &ndash; Mr. Sanjay Kulkarni<br>
Re: PO 7752 &ndash; NP-LBL-ASH-90, Ashwagandha (KSM-66&reg; 600 mg) 90 caps front label</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Release</td><td>First tranche of commercial production, per the launch plan agreed in our call of July 9</td></tr>
<tr><td>Unlock event</td><td>Sample sign-off recorded by Ravi Sandhu on July 17, 2024 (ref. SS-NP-0431)</td></tr>
<tr><td>Remainder</td><td>Not released &ndash; on hold until the retail sell-in results are reviewed and a further written release is issued by Chantal Tremblay</td></tr>
<tr><td>Material authority</td><td>Facestock for the first tranche only</td></tr>
</table>
<p>We hereby release the first tranche of commercial production of the above label. The remainder of the quoted
quantity is not released and stays on hold until the retail sell-in results have been reviewed and Chantal Tremblay,
Director, Procurement, issues a further written release.</p>
<p>Chantal Tremblay<br>Director, Procurement<br>NorthPeak Naturals Inc., Mississauga ON</p>
""")
_p15_text = (
    "Hi Sanjay,\n\n"
    "Great news - Ravi signed off the sample labels on Wednesday. Release letter RL-NP-2024-014 is attached.\n\n"
    "Ship-to and pallet labels same as the samples. Please send the CoC with the invoice.\n\n"
    "Cheers,\nJenna"
    + sig("Jenna MacLeod", "Buyer", "NorthPeak Naturals Inc.", "+1 905 555 0162")
)
case("p15_northpeak_release_first_tranche", ["RG010"],
     "release letter releases 'the first tranche ... per the launch plan' without stating how many labels; hold, event and releaser named",
     [("Release RL-NP-2024-014 - PO 7752.eml", eml_bytes(mail(
         "Jenna MacLeod <jmacleod@northpeaknaturals.ca>", "Sanjay Kulkarni <sanjay.k@pragatilabels.co.in>",
         "Release RL-NP-2024-014 - PO 7752 Ashwagandha labels", "Fri, 19 Jul 2024 15:31:08 -0400", _p15_text,
         cc="Chantal Tremblay <ctremblay@northpeaknaturals.ca>",
         attachments=[("RL-NP-2024-014.html", _p15_rel, HTML_MT)])))])


# c08: Swiss private label portal call-off with explicit staged material authority.
_c08 = html_page("Portail fournisseurs - Call-off CO-2024-09", """
<h2>Helvetia Vital SA &ndash; Portail fournisseurs</h2>
<h3>Call-off CO-2024-09 &middot; Framework agreement FA-HV-2024-03</h3>
<table>
<tr><th>Supplier</th><td>Rheinpack Faltschachtel GmbH, Neuwied</td></tr>
<tr><th>Material</th><td>HV-CTN-MG375-60 &ndash; Faltschachtel Magnésium 375 mg 60 caps</td></tr>
<tr><th>Framework quantity</th><td>40'000 cartons (not released unless called off)</td></tr>
<tr><th>Released by this call-off</th><td><b>10'000 cartons</b>, delivery KW 42 DAP Renens</td></tr>
<tr><th>Balance</th><td>30'000 cartons &ndash; not released</td></tr>
<tr><th>Next release</th><td>Call-off CO-2024-10, signed by Nathalie Rochat (Responsable Achats) after the Q4 demand review</td></tr>
<tr><th>Material authority</th><td>Staged: board (GC2 300 g/m&sup2;) may be bought for up to 40'000 cartons at Helvetia Vital's liability. Printing and converting only for released quantities.</td></tr>
</table>
<h3>Supplier comments</h3>
<table>
<tr><th>Date</th><th>By</th><th>Comment</th></tr>
<tr><td>30.09.2024</td><td>Rheinpack, S. Braun</td><td>CO-2024-09 acknowledged: 10'000 cartons in production, delivery KW 42.</td></tr>
<tr><td>30.09.2024</td><td>Rheinpack, S. Braun</td><td>Board for 40'000 cartons is in our stock under the staged material authority. Nothing printed beyond the 10'000.</td></tr>
</table>
<p style="font-size:11px;color:#666">Document généré automatiquement &middot; Helvetia Vital SA &middot; CHE-114.882.301</p>
""", lang="fr")
case("c08_helvetia_calloff_staged_material", [],
     "call-off releases 10'000 with an explicit staged material authority up to 40'000; supplier's board stock is within that authority",
     [("CO-2024-09_Rheinpack.html", _c08)])


# c09: Indian CMO domestic PO + quotation; production tier declared informational (folder bundle).
_c09_po = pdf([
    ("h1", "PURCHASE ORDER SN/PUR/24-25/0288"),
    ("p", "Suryoday Nutraceuticals Pvt. Ltd. - Plot 42, Phase II, GIDC Vatva, Ahmedabad 382445 - GSTIN 24AAHCS5521K1Z8"),
    ("table", [
        ["Supplier", "Pragati Labels & Packaging, J-118 MIDC Bhosari, Pune 411026 - GSTIN 27AAGFP7310M1ZQ"],
        ["PO date", "12.08.2024"],
        ["Ref.", "Your quotation PLP/Q/24-25/0913 dt. 06.08.2024"],
        ["Delivery", "Door delivery Vatva, within 10 days"],
    ]),
    ("sp",),
    ("table", [
        ["Sr.", "Item code", "Description", "Qty (nos)", "Rate INR", "Amount INR"],
        ["1", "SN-LBL-BIO-60", "Label Suryoday Biotin 10,000 mcg 60 veg caps, 110 x 45 mm, PP silver, 6C + UV varnish - sample labels", "500", "2.40", "1,200.00"],
        ["2", "SN-CYL", "Plate/cylinder charges 6C", "1", "9,500.00", "9,500.00"],
        ["", "", "", "", "GST 18%", "1,926.00"],
        ["", "", "", "", "Total", "12,626.00"],
    ]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "Only the 500 sample labels are released. The production quantity of 1,00,000 labels shown in the attached "
          "quotation is for information only and is not released. It will be released only after the sample labels "
          "are signed off on our labeller, by a written release from Mr. Rajesh Iyer, GM - Purchase. Please do not "
          "purchase facestock for the production quantity."),
    ("p", "For Suryoday Nutraceuticals Pvt. Ltd. - Authorised Signatory (Purchase)"),
], title="SN/PUR/24-25/0288", author="Rajesh Iyer")
_c09_quote = pdf([
    ("h1", "QUOTATION PLP/Q/24-25/0913"),
    ("p", "Pragati Labels & Packaging - J-118 MIDC Bhosari, Pune 411026 - Ph. 020 5555 8812"),
    ("p", "To: M/s Suryoday Nutraceuticals Pvt. Ltd., Ahmedabad. Kind attn.: Ms. Neha Patel, Packaging Development"),
    ("p", "Dear Madam, with reference to your enquiry we are pleased to quote as under:"),
    ("table", [
        ["Description", "Quantity", "Rate per label (INR)"],
        ["Biotin 60 caps label, PP silver, 6C + UV varnish, 110 x 45 mm - samples", "500 nos", "2.40"],
        ["Same - production", "1,00,000 nos", "0.62"],
        ["Plate/cylinder charges (one time)", "6 colours", "9,500.00"],
    ]),
    ("sp",),
    ("p", "Terms: GST 18% extra. Freight: door delivery Ahmedabad included. Payment: 45 days. Delivery: samples "
          "7 working days, production 15 working days from your release. Validity: 30 days."),
    ("p", "Thanking you and assuring you of our best services. For Pragati Labels & Packaging, Sanjay Kulkarni (Sales)"),
], title="PLP/Q/24-25/0913", author="Sanjay Kulkarni")
case("c09_suryoday_po_plus_quote_folder", [],
     "folder: sample PO for 500 labels declares the quoted 1,00,000 informational and not released, names sign-off and Rajesh Iyer",
     [("SN-PUR-24-25-0288.pdf", _c09_po), ("PLP-Q-24-25-0913.pdf", _c09_quote)])


# c10: German foil supplier acknowledgement restating the hold.
case("c10_ahrens_ack_restates_hold", [],
     "supplier acknowledgement restates 4 sample reels released and 116 series reels on hold until written release after sign-off",
     [("AB-24-3371_Glenveagh.docx", docx_bytes([
         ("h1", "Auftragsbestätigung / Order acknowledgement AB-24-3371"),
         ("p", "Folienwerk Ahrens GmbH - Eckendorfer Straße 91, 33609 Bielefeld - HRB 40211 Amtsgericht Bielefeld"),
         ("table", [
             ["Customer", "Glenveagh Health Ltd, Galway, Ireland"],
             ["Your order", "GH-PO-24-1212 of 19.06.2024"],
             ["Our reference", "K. Vogt, Vertrieb Innendienst"],
             ["Date", "21.06.2024"],
         ]),
         ("table", [
             ["Pos.", "Article", "Description", "Quantity", "Status"],
             ["1", "FA-20H-232-GH", "Alu lidding foil 20 µm hard, HSL PVC, 1c print, 232 mm", "4 reels (sample)", "released - in production, dispatch KW 27"],
             ["2", "FA-20H-232-GH", "same - series", "116 reels", "NOT released - on hold"],
         ]),
         ("p", "We confirm your order as written. Only the 4 sample reels are released. The series quantity of 116 "
               "reels is not released and stays on hold. We will neither produce the series nor buy aluminium for it "
               "until we receive your written release from Mr Declan Furlong, which follows the sample sign-off by "
               "Ms Orla Geraghty."),
         ("p", "Delivery terms: DAP Galway (Incoterms® 2020). Payment: 60 days net. Our general terms of sale apply "
               "where they do not conflict with your order."),
         ("p", "Mit freundlichen Grüßen / Kind regards - Katrin Vogt"),
     ], author="Katrin Vogt"))])


# c11: Swiss pharma PO by email to Indian bottle maker; many identifiers that look like quantities.
_c11_po = pdf([
    ("h1", "Bestellung / Purchase order 4500381302"),
    ("p", "Alpenkraft Pharma AG - Klybeckstrasse 141, 4057 Basel - UID CHE-101.557.203"),
    ("table", [
        ["Lieferant / Supplier", "Shreeji Polyplast Pvt. Ltd., Daman, India"],
        ["Datum / Date", "02.09.2024"],
        ["Einkäufer / Buyer", "Reto Känzig"],
    ]),
    ("table", [
        ["Pos.", "Material", "Description", "Qty", "Price CHF", "Value CHF"],
        ["10", "38400-150-W", "HDPE bottle 150 ml white, 38-400 neck, DRG AK-2500 Rev 12 - samples", "120", "0.85", "102.00"],
        ["20", "TOOL-MOD", "Mould insert modification (neck 38-400 → 38-400 CRC ready)", "1", "1'250.00", "1'250.00"],
    ]),
    ("p", "Scope: only the 120 sample bottles (pos. 10) are released. The quoted production quantity of 40'000 bottles "
          "is not released. It will be released only after the samples are signed off by our Packaging QA, by a "
          "written release from Dr. Urs Brändli, Head of Supply Chain. Resin only for the 120 samples."),
], title="4500381302", author="Reto Kaenzig")
_c11_text = (
    "Dear Mr Shah,\n\n"
    "Please find attached our purchase order 4500381302 for 120 sample bottles, PN 38400-150-W, drawing "
    "AK-2500 Rev 12.\n\n"
    "Requirements, as discussed in our call of 28 August:\n"
    "- Manufacturing under ISO 15378:2017; GMP annex per our quality agreement QAG-0500 rev 3.\n"
    "- Compliance: Ph. Eur. 3.1.3, USP <661.1>, 21 CFR 177.1520; your DMF 30125 letter of access.\n"
    "- Colour: white masterbatch to Pantone 11-0601 TCX; opacity at 450 nm per our method AK-M-1000.\n"
    "- Neck: GPI 38-400, E 37.6 mm, T 35.0 mm; removal torque 12-18 in-lb with cap AK-CAP-38-CRC.\n"
    "- Induction seal test: 2 x 1000 g drop test after sealing at 1'800 W.\n\n"
    "Only the 120 samples are released - the 40'000 in your offer SQ/24-25/0607 are not released until "
    "the samples are signed off and Dr. Urs Brändli has issued a written release.\n\n"
    "Freundliche Grüsse\n"
    "Reto Känzig\nEinkauf Verpackungsmaterial\nAlpenkraft Pharma AG\n+41 61 555 27 18\n\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. This e-mail may contain confidential information."
)
case("c11_alpenkraft_identifiers_po", [],
     "sample PO for 120 bottles with a complete scope note; ISO/USP/DMF/DRG/Rev/torque/wattage figures are identifiers, not quantities",
     [("Bestellung 4500381302 - sample bottles.eml", eml_bytes(mail(
         "Reto Känzig <reto.kaenzig@alpenkraft-pharma.ch>", "Vikram Shah <vikram@shreejipolyplast.in>",
         "Bestellung 4500381302 - sample bottles PN 38400-150-W", "Mon, 02 Sep 2024 14:22:31 +0200",
         _c11_text, attachments=[("4500381302.pdf", _c11_po, PDF_MT)])))])


# c12: US brand quarterly call-off, ERP printout.
_c12 = """\
VERDANT BOTANICALS INC.                                   QUARTERLY CALL-OFF
=============================================================================
CALL-OFF     : VB-CO-2024-Q3-02            DATE    : 06/24/2024
AGREEMENT    : VB-SA-2024-004 (SUPPLY AGREEMENT, 60,000 BOTTLES FRAMEWORK)
VENDOR       : SHREEJI POLYPLAST PVT LTD (V-10244), DAMAN, INDIA
ITEM         : VB-BTL-150W  150CC HDPE WIDE-MOUTH BOTTLE WHITE 45-400
               DRG VB-PK-0150 REV C
-----------------------------------------------------------------------------
RELEASED THIS CALL-OFF  :   15,000 EA     SHIP: 08/09/2024 FCA NHAVA SHEVA
PREVIOUSLY RELEASED     :        0 EA
FRAMEWORK BALANCE       :   45,000 EA     STATUS: NOT RELEASED
-----------------------------------------------------------------------------
NEXT RELEASE   : Q4 CALL-OFF, SIGNED BY DANA WHITFIELD, DIRECTOR OF SUPPLY
                 CHAIN, AFTER THE Q4 S&OP MEETING (WEEK 38).
MATERIAL AUTH. : RESIN AND MASTERBATCH FOR THE 15,000 RELEASED ONLY.
PACKING        : 1,500 EA PER CARTON, 10 CARTONS PER PALLET, HT PALLETS ISPM 15
DOCUMENTS      : COA PER LOT, PACKING LIST, COMMERCIAL INVOICE (3 ORIGINALS)
-----------------------------------------------------------------------------
ISSUED BY : M KOWALCZYK, SENIOR BUYER        APPROVER: D WHITFIELD
=============================================================================
"""
case("c12_verdant_quarterly_calloff", [],
     "quarterly call-off releases 15,000; framework balance 45,000 not released until the Q4 call-off signed by Dana Whitfield",
     [("VB-CO-2024-Q3-02.txt", _c12)])


# c13: Canadian buyer stop notice on a supplier portal page (HTML).
_c13 = html_page("Stop notice SN-OH-2024-03", """
<h2>Ostara Health Corp. &ndash; Stop notice SN-OH-2024-03</h2>
<p><b>To:</b> Etiquetas del Bajío S.A. de C.V., León, Gto. &ndash; Lic. Mariana Gutiérrez<br>
<b>Order:</b> PO OH-45-10402 &ndash; OH-LBL-ZN-60 Zinc Picolinate 30 mg 60 caps label<br>
<b>Date:</b> September 12, 2024, 10:05 PT</p>
<div class="note"><b>STOP &ndash; effective immediately.</b> Nothing more may start on this order, released or not.</div>
<table>
<tr><th>Item</th><th>Quantity</th><th>Instruction</th></tr>
<tr><td>Already printed under release R-1</td><td>6,000</td><td>Hold at your site, do not ship</td></tr>
<tr><td>Authorized from now</td><td>zero (0) additional labels</td><td>Do not print, do not slit, do not buy facestock</td></tr>
<tr><td>Remaining balance of the PO</td><td>54,000</td><td>On hold, not released</td></tr>
</table>
<p><b>Reason:</b> artwork deviation DEV-24-088 (lot/expiry field position on the Canadian NPN panel).</p>
<p><b>Lifting the stop:</b> the stop stays in force until DEV-24-088 is closed by our QA and I lift the stop in
writing. Any release of the remaining 54,000 labels needs a new written release from me after that.</p>
<p>Priya Deshmukh<br>Senior Buyer, Ostara Health Corp.<br>pdeshmukh@ostarahealth.ca &middot; +1 604 555 0127</p>
""")
case("c13_ostara_stop_notice", [],
     "stop notice: zero additional labels authorized, 54,000 on hold, lifted only when the deviation is closed and Priya Deshmukh lifts it in writing",
     [("SN-OH-2024-03.html", _c13)])


# ------------------------------------------------------------------ batch 3
# p21: Indian bottle maker bought resin for the whole production quantity "to protect pricing".
_p21_text = (
    "Dear Megan ji,\n\n"
    "Greetings from Shreeji Polyplast!\n\n"
    "Thank you for your valued PO VB-240688. We are pleased to inform that the 250 sample bottles are "
    "under production and will be dispatched by DHL on 28th June, AWB will be shared on dispatch.\n\n"
    "Kindly note that HDPE prices are increasing from 1st July (Reliance has announced Rs. 3/kg hike). "
    "Hence to protect your pricing we have already procured the HDPE granules and white masterbatch for "
    "the complete production quantity, and same is lying in our store at Kachigam. There will be no "
    "extra cost to you for this.\n\n"
    "Kindly share your sample feedback at the earliest.\n\n"
    "Thanks & regards,\n"
    "Vikram Shah\nMarketing Manager - Exports\nShreeji Polyplast Pvt. Ltd.\nPlot 114, Kachigam Industrial "
    "Estate, Daman 396210\nM: +91 98250 55514\n\n"
    "From: Megan Kowalczyk [mailto:mkowalczyk@verdantbotanicals.com]\n"
    "Sent: 14 June 2024 02:10\n"
    "To: Vikram Shah\n"
    "Subject: PO VB-240688 - 150cc sample bottles\n\n"
    + q("Hi Vikram,\n\n"
        "PO VB-240688 attached for 250 sample bottles (150 cc HDPE, 45-400, DRG VB-PK-0150 Rev C).\n\n"
        "Scope: only the 250 samples are released. The remaining 59,750 bottles on your quote are NOT\n"
        "released - please don't produce them or buy resin for them. They'll be released only after our\n"
        "sample sign-off and a written release from Dana Whitfield, Director of Supply Chain.\n"
        "Material authority: sample quantity only.\n\n"
        "Thanks,\nMegan")
    + "\n"
)
case("p21_shreeji_resin_for_full_qty", ["RG006"],
     "supplier bought HDPE and masterbatch 'for the complete production quantity' although only 250 samples are released with sample-only material authority",
     [("RE_ PO VB-240688 - 150cc sample bottles.eml", eml_bytes(mail(
         "Vikram Shah <vikram@shreejipolyplast.in>", "Megan Kowalczyk <mkowalczyk@verdantbotanicals.com>",
         "RE: PO VB-240688 - 150cc sample bottles", "Thu, 20 Jun 2024 17:48:02 +0530", _p21_text,
         cc="Hitesh Desai <production@shreejipolyplast.in>")))])


# p22: Chinese foil supplier bought base film for the whole order (WeChat export).
_p22 = """\
WeChat chat history export
Chat: Kelly Zhang 张凯莉 (Ningbo Huaxin) / Neha Patel (Suryoday)
Exported 2024-07-06 18:20 (GMT+8)

2024-07-02 11:04  Neha Patel
Hi Kelly, PO SN/PUR/24-25/0241 mailed just now. Only 4 trial reels of PVC/PVdC film 250 µm / 60 gsm are released. Remaining 96 reels are not released till line trial sign-off by Dr. Raghavan (Head QA) and written release from Rajesh sir (Rajesh Iyer, GM Purchase). Pls buy film only for the 4 reels.

2024-07-02 11:20  Kelly Zhang 张凯莉
Received dear 😊 trial reels can ship next Friday by air

2024-07-05 16:42  Kelly Zhang 张凯莉
Neha, update: trial reels finished slitting, QC report attached
[File] QC_report_SN0241_trial.pdf

2024-07-05 16:44  Kelly Zhang 张凯莉
FYI we already bought the PVdC coated base film for the whole 100 reels, because film mill MOQ is 20 ton and the price is good now. It is in our warehouse, so after trial we can deliver fast 👍

2024-07-05 17:30  Neha Patel
Kelly this was not authorised by us. Only 4 reels. I will check with Rajesh sir and revert.

2024-07-05 17:31  Kelly Zhang 张凯莉
ok dear, waiting your news
"""
case("p22_wechat_film_for_whole_order", ["RG006"],
     "supplier bought base film 'for the whole 100 reels' while only 4 trial reels are released with film for 4 reels only",
     [("WeChat_KellyZhang_NehaPatel_2024-07.txt", _p22)])


# p23: German carton maker status report: board for the series drawn forward.
case("p23_rheinpack_status_board_drawn_forward", ["RG006"],
     "status report: 1.000 validation cartons released, balance not released, but GC2 board for 60.000 cartons already called off and stored",
     [("Statusbericht_4500381166_KW34.pdf", pdf([
         ("h1", "Statusbericht / Status report KW 34"),
         ("p", "Rheinpack Faltschachtel GmbH - Industriestraße 22, 56566 Neuwied - Key Account: Stefan Braun"),
         ("p", "Kunde / Customer: Alpenkraft Pharma AG, Basel - Bestellung / PO 4500381166 - "
               "Art. 710251 Faltschachtel Alpenkraft Magnesium 300 mg 60 Kautabl."),
         ("table", [
             ["Position", "Menge / Qty", "Status"],
             ["Released (validation batch)", "1.000", "produced 21.08., shipped 22.08. (LS 80441712)"],
             ["Balance", "59.000", "not released - awaiting your written release"],
             ["Printing plates", "5 colours", "stored at Neuwied, plate set PL-710251-02"],
         ]),
         ("sp",),
         ("h", "Material"),
         ("table", [
             ["Material", "Quantity", "Status"],
             ["GC2 board 300 g/m² (Mayr-Melnhof)", "for 60.000 cartons (approx. 4,1 t)", "called off from the mill, in stock hall 3"],
             ["Dispersion varnish", "for 60.000 cartons", "in stock"],
         ]),
         ("p", "Remark: we have drawn the board for the series forward so that we can react quickly after your "
               "validation. The board is reserved for Alpenkraft and marked with your article number."),
         ("h", "Open points"),
         ("p", "1) Feedback on the validation cartons from your packaging line (glue flap opening force). "
               "2) Updated pallet pattern for the series (max. 1,20 m height)."),
         ("p", "Mit freundlichen Grüßen - Stefan Braun, Key Account Pharma, +49 2631 555 140"),
     ], title="Statusbericht 4500381166", author="Stefan Braun"))])


# p25: Mexican scoop moulder takes the deposit as the go and buys resin for everything (WhatsApp).
_p25 = """\
12/08/24, 10:02 - Priya Deshmukh (Ostara): Hi Jorge, PO OH-45-10411 is in your inbox. 300 sample scoops (10 cc, PP natural, food grade) - those are the only ones released. The other 49,700 on your quote are on hold, not released, until our QA signs off the samples and I send you a written release. Please buy resin for the 300 only.
12/08/24, 10:09 - Jorge Treviño (Plásticos Regiomontanos): Perfecto Priya 👍 también recibimos la factura del molde, we send you the invoice for the 30% anticipo today
12/08/24, 10:10 - Priya Deshmukh (Ostara): Sounds good, accounts will pay it this week
15/08/24, 18:31 - Jorge Treviño (Plásticos Regiomontanos): Buenas tardes! Ya nos cayó el anticipo del 30% 🙌 so the order is live on our side - we already bought the resin for all 50 mil scoops and we start the run el lunes
15/08/24, 18:32 - Jorge Treviño (Plásticos Regiomontanos): <Media omitted>
15/08/24, 19:05 - Priya Deshmukh (Ostara): Jorge, the deposit is for the mould. Please don't start - only the 300 samples are released. I'll call you tomorrow morning.
15/08/24, 19:07 - Jorge Treviño (Plásticos Regiomontanos): ok, hablamos mañana
"""
case("p25_whatsapp_anticipo_resin_all", ["RG006", "RG012"],
     "supplier treats the 30% deposit as the order going live, bought resin 'for all 50 mil scoops' and plans the run; only 300 samples are released",
     [("WhatsApp Chat - Jorge Trevino Ostara.txt", _p25)])


# p28: German foil maker: roll straight into the series after sign-off; aluminium for the series in stock.
_p28_text = (
    "Dear Mr Furlong,\n\n"
    "many thanks for your order GH-PO-24-1236. The 4 sample reels will leave our plant in KW 28 by "
    "truck (DHL Freight, approx. 3 days to Galway).\n\n"
    "For your planning: as soon as the samples are signed off at your site, we go over directly into the "
    "series production, so that you have no waiting time. The aluminium for the series (ca. 6,2 t, 8079 "
    "20 µm hard) is already bought and lying in our warehouse here in Bielefeld.\n\n"
    "Please send us your pallet label specification for the series at your convenience.\n\n"
    "Mit freundlichen Grüßen / Best regards\n"
    "Katrin Vogt\nVertrieb Innendienst\nFolienwerk Ahrens GmbH\nEckendorfer Straße 91, 33609 Bielefeld\n"
    "Tel. +49 521 555 3071\n"
    "Geschäftsführer: Jens Ahrens - Amtsgericht Bielefeld HRB 40211\n\n"
    "Von: Declan Furlong <declan.furlong@glenveaghhealth.ie>\n"
    "Gesendet: Montag, 1. Juli 2024 09:55\n"
    "An: Katrin Vogt <k.vogt@folienwerk-ahrens.de>\n"
    "Betreff: GH-PO-24-1236 sample reels Vitamin C 1000 blister foil\n\n"
    + q("Hi Katrin,\n\n"
        "PO GH-PO-24-1236 attached: 4 sample reels of the printed lidding foil (Vitamin C 1000 mg\n"
        "effervescent, 232 mm). The series quantity (116 reels on your offer) is not released. It will be\n"
        "released after sample sign-off by Orla Geraghty, and only by a written release from me.\n"
        "Material authority: aluminium for the 4 sample reels only.\n\n"
        "Regards,\nDeclan Furlong\nSupply Chain Manager, Glenveagh Health Ltd")
    + "\n"
)
case("p28_ahrens_series_follows_alu_in_stock", ["RG006", "RG007"],
     "supplier will 'go over directly into the series' on sample sign-off (no recorded auto-conversion; written release required) and holds 6,2 t aluminium for the series beyond sample-only material authority",
     [("AW_ GH-PO-24-1236 sample reels.eml", eml_bytes(mail(
         "Katrin Vogt <k.vogt@folienwerk-ahrens.de>", "Declan Furlong <declan.furlong@glenveaghhealth.ie>",
         "AW: GH-PO-24-1236 sample reels Vitamin C 1000 blister foil", "Wed, 03 Jul 2024 14:10:27 +0200",
         _p28_text, cc="Orla Geraghty <orla.geraghty@glenveaghhealth.ie>")))])


# p53: folder: Swiss release letter 6'000; Polish supplier acknowledges 8.000 and bought board for 60.000.
_p53_rel = pdf([
    ("h1", "Production release PR-2024-031"),
    ("p", "Alpenkraft Pharma AG - Supply Chain - Klybeckstrasse 141, 4057 Basel"),
    ("table", [
        ["Supplier", "Kartonaż Wisła Sp. z o.o., Kraków"],
        ["Purchase order", "4500381214 (framework, 60'000 cartons commercial cover)"],
        ["Article", "710233 Faltschachtel Alpenkraft Zink 25 mg 30 Tabl."],
        ["Date", "26.08.2024"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Quantity", "Status"],
        ["Released by this letter", "6'000 cartons", "produce and deliver KW 37"],
        ["Balance", "54'000 cartons", "not released"],
        ["Material authority", "board for the 6'000 released cartons", "no material for the balance"],
    ]),
    ("sp",),
    ("p", "Unlock event for the balance: sign-off of the 3-month stability pull (planned KW 48). The balance will be "
          "released only in writing by Dr. Urs Brändli, Head of Supply Chain."),
    ("p", "Dr. Urs Brändli, Head of Supply Chain"),
], title="PR-2024-031", author="Urs Braendli")
_p53_text = (
    "Dear Mr Känzig,\n\n"
    "thank you for the production release PR-2024-031 for 8.000 cartons (art. 710233, Zink 25 mg 30 "
    "Tabl.). The production is planned in week 36, delivery week 37 as requested.\n\n"
    "We would like to inform you that we have purchased GC2 board for the full 60.000 cartons, because "
    "the mill has currently delivery times of 9 weeks and we want to secure your next releases.\n\n"
    "Best regards / Z poważaniem\n"
    "Agnieszka Nowak\nCustomer Service\nKartonaż Wisła Sp. z o.o.\nul. Ciepłownicza 41, 31-587 Kraków\n"
    "tel. +48 12 555 74 10\n"
)
case("p53_folder_release_6000_ack_8000", ["RG006", "RG011"],
     "folder: release letter releases 6'000 with board for 6'000 only; supplier acknowledges 'release for 8.000' and bought board for 60.000",
     [("PR-2024-031_Alpenkraft.pdf", _p53_rel),
      ("Confirmation PR-2024-031.eml", eml_bytes(mail(
          "Agnieszka Nowak <a.nowak@kartonaz-wisla.pl>", "Reto Känzig <reto.kaenzig@alpenkraft-pharma.ch>",
          "Confirmation PR-2024-031 / art. 710233", "Wed, 28 Aug 2024 09:12:44 +0200", _p53_text,
          cc="Dr. Urs Brändli <urs.braendli@alpenkraft-pharma.ch>")))])


# p62: Polish foil maker books a labelled forecast as an order and buys aluminium for the year.
_p62_fc = """\
HELVETIA VITAL SA - FORECAST 2025 - LIDDING FOIL HV-FOL-250-CA
*** FORECAST - NOT AN ORDER - NO PURCHASE COMMITMENT ***

Quarter     Reels    approx. blisters
Q1/2025       50        250'000
Q2/2025       60        300'000
Q3/2025       60        300'000
Q4/2025       70        350'000
Total        240      1'200'000

Released today: call-off 1 = 20 reels (delivery KW 4/2025). Nothing else.
Prepared by N. Rochat, Achats, 14.10.2024
"""
_p62_text = (
    "Dear Ms Rochat,\n\n"
    "thank you very much for your forecast order for 2025 - 1,2 mln blisters, 240 reels of HV-FOL-250-CA. "
    "We have confirmed it in our system under order no. PF/ZS/2024/3318 (attached the file as booked).\n\n"
    "To secure the price for you, we purchased the aluminium foil for the whole year quantity already in "
    "October, because LME is going up. First call-off of 20 reels is in production for delivery in week 4.\n\n"
    "Best regards\n"
    "Marek Zieliński\nExport Sales Manager\nPolfoil S.A.\nul. Kolejowa 18, 93-375 Łódź, Poland\n"
    "+48 42 555 61 20\n\n"
    "-----Original Message-----\n"
    "From: Nathalie Rochat <n.rochat@helvetiavital.ch>\n"
    "Sent: Monday, 14 October 2024 16:20\n"
    "To: Marek Zieliński <m.zielinski@polfoil.pl>\n"
    "Subject: Forecast 2025 + call-off 1 HV-FOL-250-CA\n\n"
    + q("Dear Mr Zieliński,\n\n"
        "please find attached our forecast 2025 - forecast only, not an order and no commitment.\n"
        "The only quantity released is call-off 1: 20 reels, delivery KW 4/2025. Further quantities will\n"
        "be released only by the next call-off signed by me. Material authority: foil for call-off 1 only.\n\n"
        "Meilleures salutations\nNathalie Rochat\nResponsable Achats, Helvetia Vital SA")
    + "\n"
)
case("p62_polfoil_forecast_order", ["RG006", "RG008"],
     "supplier confirms the labelled 2025 forecast as 'your forecast order' and bought aluminium for the whole year; only call-off 1 (20 reels) is released",
     [("RE_ Forecast 2025 + call-off 1.eml", eml_bytes(mail(
         "Marek Zieliński <m.zielinski@polfoil.pl>", "Nathalie Rochat <n.rochat@helvetiavital.ch>",
         "RE: Forecast 2025 + call-off 1 HV-FOL-250-CA", "Thu, 17 Oct 2024 10:33:50 +0200", _p62_text,
         attachments=[("HV_forecast_2025_as_booked.txt", _p62_fc, TXT_MT)])))])


# p29: Chinese carton printer: mass production directly after sample approval, no new release letter.
_p29_text = (
    "Dear Megan,\n\n"
    "Good day!\n\n"
    "Thanks for your PO VB-240719. We will finish the 400 pcs samples before 5th July and send by "
    "FedEx IP, tracking number will advise.\n\n"
    "For save time, after your side approve the samples, we will arrange the mass production directly, no "
    "need wait for new release letter. Please kindly understand our factory schedule is very full in August "
    "and we want keep the slot for you.\n\n"
    "Any question please feel free contact me.\n\n"
    "Best regards,\n"
    "Jason Lin\nSales Dept.\nDongguan Meiya Printing & Packaging Co., Ltd.\nHumen Town, Dongguan, Guangdong, China\n"
    "Tel: +86 769 5555 3320  WeChat: jasonlin_meiya\n\n"
    "------------------ Original ------------------\n"
    "From: \"Megan Kowalczyk\" <mkowalczyk@verdantbotanicals.com>\n"
    "Date: Tue, Jun 25, 2024 07:15 AM\n"
    "Subject: PO VB-240719 sample cartons 60ct\n\n"
    + q("Hi Jason,\n\n"
        "PO VB-240719 attached: 400 sample cartons (gummy vitamin carton 60ct, dieline VB-DL-060 Rev B) only.\n"
        "The remaining 39,600 on your quote are not released. They'll be released after our sample sign-off,\n"
        "in writing, by Dana Whitfield (Director of Supply Chain). Material authority: board for the 400\n"
        "samples only.\n\n"
        "Thanks,\nMegan")
    + "\n"
)
case("p29_meiya_mass_production_after_approval", ["RG007"],
     "supplier plans mass production 'directly' once samples are approved, 'no need wait for new release letter'; buyer required a written release",
     [("Re_PO VB-240719 sample cartons 60ct.eml", eml_bytes(mail(
         "Jason Lin <jason.lin@meiya-pack.com.cn>", "Megan Kowalczyk <mkowalczyk@verdantbotanicals.com>",
         "Re:PO VB-240719 sample cartons 60ct", "Wed, 26 Jun 2024 10:02:18 +0800", _p29_text)))])


# p30: Irish buyer, before leave, waives her own written release (original scope forwarded as message/rfc822).
_p30_orig = mail(
    "Siobhán Ní Bhriain <s.nibhriain@brennanpharmacy.ie>", "Sanjay Kulkarni <sanjay.k@pragatilabels.co.in>",
    "PO 4410-2318 - stability batch labels, Brennan Omega-3", "Mon, 17 Jun 2024 10:05:00 +0100",
    "Hi Sanjay,\n\n"
    "PO 4410-2318 is attached: 2,000 labels for the stability batch only (Brennan Omega-3 1000 mg 90 caps, "
    "artwork BR-ART-0877 v4).\n\n"
    "The balance of 78,000 labels is not released until Aoife Byrne (QA Manager) signs off the stability "
    "samples AND I send you a written production release. Facestock for the 2,000 only, please.\n\n"
    "Kind regards,\nSiobhán\n"
    + sig("Siobhán Ní Bhriain", "Procurement Lead, Own Brand", "Brennan Pharmacy Group Ltd", "+353 21 455 0192"))
_p30_text = (
    "Hi Sanjay,\n\n"
    "Quick one before I head off on leave for two weeks - original mail below for reference.\n\n"
    "Aoife is pulling the stability samples on the 12th. Sure look, if they come back fine there's no need "
    "to wait on me for the paperwork - just keep going into the commercial batch and we'll sort out the "
    "release when I'm back. No point losing the press slot.\n\n"
    "Mind yourself,\nSiobhán"
    + sig("Siobhán Ní Bhriain", "Procurement Lead, Own Brand", "Brennan Pharmacy Group Ltd", "+353 21 455 0192")
)
case("p30_brennan_no_need_to_wait", ["RG007"],
     "buyer contradicts her own written-release requirement: if the stability samples are fine 'just keep going into the commercial batch'",
     [("FW_ PO 4410-2318 - before my leave.eml", eml_bytes(mail(
         "Siobhán Ní Bhriain <s.nibhriain@brennanpharmacy.ie>", "Sanjay Kulkarni <sanjay.k@pragatilabels.co.in>",
         "FW: PO 4410-2318 - stability batch labels (before my leave)", "Fri, 05 Jul 2024 16:52:40 +0100",
         _p30_text, cc="Aoife Byrne <a.byrne@brennanpharmacy.ie>",
         attachments=[("rfc822", _p30_orig)])))])


# p31: Swiss validation plan (DOCX): written release required, then "commercial batches follow automatically".
case("p31_alpenkraft_validation_plan", ["RG007"],
     "validation plan requires a written release by Dr. Brändli, then its timeline says the commercial batches 'follow automatically' after successful validation",
     [("AK_Packaging_Validation_Plan_PVP-24-07.docx", docx_bytes([
         ("h1", "Packaging Validation Plan PVP-24-07"),
         ("p", "Alpenkraft Pharma AG - Basel - Document owner: Corinne Meier, Packaging Development - Version 1.0, 09.09.2024"),
         ("h", "1 Purpose"),
         ("p", "Validation of the new folding carton 710262 (Alpenkraft Vitamin D3 1000 I.E. 90 Tabl.) from "
               "Rheinpack Faltschachtel GmbH on packaging line VP-3 (Marchesini MA 155)."),
         ("h", "2 Scope and quantities"),
         ("p", "Three validation batches of 2'000 cartons each (6'000 cartons) are released under PO 4500381201. "
               "The commercial quantity of 114'000 cartons is not released. Production release for the commercial "
               "quantity is given only in writing by Dr. Urs Brändli, Head of Supply Chain, after sign-off of the "
               "validation report."),
         ("h", "3 Acceptance criteria"),
         ("table", [
             ["Test", "Criterion", "Sample size"],
             ["Erection on MA 155", "no jam > 2 per 1'000", "3 x 2'000"],
             ["Glue flap opening force", "1,5-4,0 N", "32 per batch"],
             ["Pharmacode read rate", "100 %", "all"],
             ["Colour ΔE vs. master", "≤ 2,0", "5 per batch"],
         ]),
         ("h", "4 Timeline"),
         ("table", [
             ["Week", "Step"],
             ["KW 38", "Delivery of validation cartons (3 batches)"],
             ["KW 39", "Validation runs on VP-3"],
             ["KW 40", "Validation report, QA review"],
             ["KW 41", "After successful completion of the validation batches the commercial batches follow automatically as planned"],
         ]),
         ("h", "5 Responsibilities"),
         ("li", "Packaging Development: plan, report (C. Meier)"),
         ("li", "QA: review of the validation report (M. Oberholzer)"),
         ("li", "Supply Chain: purchase orders and releases (Dr. U. Brändli, R. Känzig)"),
     ], author="Corinne Meier"))])


# p32: Canadian engineer in Teams: if the trial runs clean, "roll on into the commercial run".
_p32 = """\
Microsoft Teams - chat export
Chat: NorthPeak / Kartonaż Wisła - Turmeric 60ct cartons
Participants: Jenna MacLeod, Ravi Sandhu (NorthPeak Naturals); Tomasz Wójcik (Kartonaż Wisła) (External)
Exported: 2024-09-04 12:10 (UTC-04:00)

[2024-08-29 10:15] Jenna MacLeod
Hi Tomasz, for the record on PO 7811: 1,200 cartons for the line trial are released, nothing else. The other 58,800 stay on hold, not released, until Ravi signs off the line trial and Chantal Tremblay (Director, Procurement) sends the written release.

[2024-08-29 10:40] Tomasz Wójcik (External)
Dear Jenna, understood. Line trial cartons ship on Friday by air.

[2024-09-03 15:02] Tomasz Wójcik (External)
Dear Ravi, our technician Paweł will be on site for the trial on your Econocorp cartoner next Tuesday. Question: after the trial, do we wait for the written release or can we plan the series?

[2024-09-03 15:31] Ravi Sandhu
Hey Tomasz. Honestly, if the trial on the cartoner runs clean for Paweł, just roll on into the commercial run, no need to wait on us - Chantal's swamped with the budget anyway 😅

[2024-09-03 15:33] Tomasz Wójcik (External)
OK, thank you Ravi. We reserve press time from 16.09.
"""
case("p32_teams_roll_on_after_trial", ["RG007"],
     "buyer engineer says a clean line trial (judged by the supplier's technician) means 'roll on into the commercial run, no need to wait' despite the written-release requirement",
     [("Teams_NorthPeak_KW_turmeric_cartons.txt", _p32)])


# p59: Mexican label printer: deposit = order released; approval of proofs rolls into the rest.
_p59_text = (
    "Hola Jenna,\n\n"
    "¡buenas noticias! We received the 50% anticipo today, so the order is released on our side and we "
    "already programmed the press.\n\n"
    "We send the 1,000 proof labels by FedEx on Friday. Once you approve them we continue with the 59,000 "
    "without stopping, so no time is lost for your launch. 🙂\n\n"
    "Saludos cordiales,\n"
    "Lic. Mariana Gutiérrez\nEjecutiva de Cuenta\nEtiquetas del Bajío S.A. de C.V.\nBlvd. Aeropuerto 2310, "
    "León, Gto., México\nTel. +52 477 555 1840\n\n"
    "El 2 ago 2024, a las 11:20, Jenna MacLeod <jmacleod@northpeaknaturals.ca> escribió:\n"
    + q("Hi Mariana,\n\n"
        "PO 7768 is attached: 1,000 proof labels for the Elderberry Gummies 60ct front label, plus plates.\n"
        "The 59,000 production labels on your quote are NOT released. They'll be released once Ravi Sandhu\n"
        "signs off the labels on our line and Chantal Tremblay (Director, Procurement) sends the written\n"
        "release. The 50% deposit covers the plates and the proof run.\n\n"
        "Thanks!\nJenna")
    + "\n"
)
case("p59_edb_anticipo_released_continue", ["RG007", "RG012"],
     "supplier says the 50% deposit means 'the order is released on our side' and that approval of the proofs rolls straight into the 59,000",
     [("RE_ PO 7768 proof labels Elderberry.eml", eml_bytes(mail(
         "Mariana Gutiérrez <mgutierrez@etiquetasdelbajio.com.mx>", "Jenna MacLeod <jmacleod@northpeaknaturals.ca>",
         "RE: PO 7768 proof labels Elderberry 60ct", "Tue, 06 Aug 2024 13:14:09 -0600", _p59_text)))])


# p60: Indian bottle maker acknowledgement: hold restated, then "upon QA release ... release automatic".
case("p60_shreeji_oa_qa_release_automatic", ["RG007", "RG009"],
     "acknowledgement restates the hold, then assumes that QA release of the validation batches makes release of the commercial quantity automatic ('release' used for QA and production)",
     [("OA_24-25_0377_Suryoday.docx", docx_bytes([
         ("h1", "ORDER ACKNOWLEDGEMENT OA/24-25/0377"),
         ("p", "Shreeji Polyplast Pvt. Ltd. - Plot 114, Kachigam Industrial Estate, Daman 396210 - GSTIN 25AAKCS4410R1Z2"),
         ("table", [
             ["Customer", "Suryoday Nutraceuticals Pvt. Ltd., Ahmedabad"],
             ["Your PO", "SN/PUR/24-25/0266 dt. 22.07.2024"],
             ["Our ref.", "Vikram Shah / Hitesh Desai"],
             ["Date", "24.07.2024"],
         ]),
         ("table", [
             ["Sr.", "Item", "Description", "Qty (nos)", "Remarks"],
             ["1", "SN-BTL-100-W", "100 cc HDPE round bottle, white, 38 mm CRC neck, 14 g", "4,500", "validation: 3 batches x 1,500"],
             ["2", "SN-BTL-100-W", "same - commercial", "95,500", "on hold"],
         ]),
         ("sp",),
         ("p", "We acknowledge that only the 4,500 validation bottles are released and the balance 95,500 nos. is on "
               "hold until your written release by Mr. Rajesh Iyer (GM - Purchase) after validation sign-off."),
         ("p", "We understand that upon QA release of the three validation batches, release of the commercial "
               "quantity will be automatic and we shall start bulk production immediately, to meet your launch in "
               "October."),
         ("p", "Delivery of validation bottles: within 12 days. Packing: 600 nos per carton in LDPE liner. "
               "Payment: 30 days from invoice."),
         ("p", "For Shreeji Polyplast Pvt. Ltd. - Authorised Signatory"),
     ], author="Vikram Shah"))])


# c14: US contract packager interim disposition with limits + release of 5,000.
case("c14_lakeshore_interim_disposition", [],
     "interim sample sign-off limited to 5,000 units / 30 Sep, production release of 5,000 within it, 70,000 balance held until full sign-off and written release",
     [("LCP_interim_disposition_IDR-0412.pdf", pdf([
         ("h1", "Interim Sample Disposition & Production Release"),
         ("p", "Lakeshore Contract Packaging LLC - 2210 Industrial Ave, Sheboygan WI 53081 - Quality & Purchasing"),
         ("table", [
             ["Document", "IDR-0412 / PR-LCP-0412"],
             ["Supplier", "Kartonaż Wisła Sp. z o.o., Kraków, Poland"],
             ["Item", "CTN-MV-60CT folding carton, Multivitamin 60ct, dieline LCP-DL-2231 Rev 02"],
             ["PO", "0087366 (75,000 cartons commercial cover)"],
             ["Date", "08/19/2024"],
         ]),
         ("h", "Sample sign-off"),
         ("p", "Disposition: INTERIM. Samples are acceptable for use with a deviation (glue flap 1.5 mm short of "
               "drawing, no impact on cartoner feed), limited to 5,000 cartons or until September 30, 2024, whichever "
               "comes first. Signed off by Tom Reinholt, Packaging Engineer."),
         ("h", "Production release"),
         ("table", [
             ["Quantity", "Status"],
             ["5,000 cartons", "RELEASED under PR-LCP-0412 (within the interim limit)"],
             ["70,000 cartons", "NOT RELEASED - on hold"],
         ]),
         ("p", "The 70,000 balance will be released only after a full sample sign-off on corrected cartons "
               "(Rev 03 glue flap), by a written release from Greg Halvorsen, Purchasing Manager. Material authority: "
               "board for the 5,000 released cartons."),
         ("p", "Greg Halvorsen, Purchasing Manager        Tom Reinholt, Packaging Engineer"),
     ], pagesize=LETTER, title="IDR-0412", author="Greg Halvorsen"))])


# c15: Irish pharmacy <-> Indian tub maker, WhatsApp; scoped go-ahead.
_c15 = """\
[03/09/2024, 09:41:12] Ciarán Doyle (Brennan): Morning Hitesh, the neck drawings look good on our side, thanks for the quick turnaround
[03/09/2024, 09:43:50] Hitesh Desai (Shreeji): Good morning sir 🙏 shall we start the sample tubs?
[03/09/2024, 10:02:27] Ciarán Doyle (Brennan): Go ahead with the 200 sample tubs only (500 ml PET, 89 mm neck, PO 4410-2351). The rest of the order stays on hold until Aoife Byrne signs off the samples and Siobhán Ní Bhriain (our Procurement Lead) sends you a written release.
[03/09/2024, 10:03:05] Hitesh Desai (Shreeji): Noted sir, only 200 nos. Preform for 200 only 👍
[03/09/2024, 10:03:40] Ciarán Doyle (Brennan): Perfect. Courier to Little Island as before
[05/09/2024, 17:15:02] Hitesh Desai (Shreeji): Sir samples blown today, packing tomorrow. Photos ⬇️
[05/09/2024, 17:15:09] Hitesh Desai (Shreeji): <attached: 00000031-PHOTO-2024-09-05-17-15-09.jpg>
"""
case("c15_whatsapp_scoped_go_ahead", [],
     "buyer's go-ahead names the 200 sample tubs only; rest on hold until Aoife Byrne's sign-off and Siobhán Ní Bhriain's written release",
     [("WhatsApp Chat - Hitesh Shreeji.txt", _c15)])


# ------------------------------------------------------------------ batch 4
# p36: US brand writes its FY25 forecast as a firm commitment.
_p36_text = (
    "Hi Vikram,\n\n"
    "Heads-up on volumes for the new gummy line so you can plan your blow-moulding capacity for next year.\n\n"
    "Our forecast for FY25 (Oct 2024 - Sep 2025) on the 150 cc wide-mouth bottle VB-BTL-150W:\n"
    "  Q1  90,000\n  Q2  80,000\n  Q3 110,000\n  Q4 120,000\n  Total 400,000 bottles\n\n"
    "Consider that a firm commitment from Verdant - you can plan on it and hold us to it. The POs will come "
    "through quarterly as usual.\n\n"
    "Also: our new DC in Salt Lake City opens in January, I'll send the updated ship-to list in December.\n\n"
    "Best,\nMegan"
    + sig("Megan Kowalczyk", "Senior Buyer", "Verdant Botanicals Inc.", "+1 303 555 0147")
)
case("p36_verdant_forecast_firm_commitment", ["RG008"],
     "buyer sends a 400,000-bottle FY25 forecast and calls it 'a firm commitment from Verdant - hold us to it'",
     [("FY25 volumes - 150cc bottle.eml", eml_bytes(mail(
         "Megan Kowalczyk <mkowalczyk@verdantbotanicals.com>", "Vikram Shah <vikram@shreejipolyplast.in>",
         "FY25 volumes - 150cc bottle (gummy line)", "Thu, 12 Sep 2024 18:22:05 -0600", _p36_text,
         html=p2h(_p36_text))))])


# p37: Mexican label printer portal confirms a rolling forecast as an order.
_p37 = html_page("Confirmación de pedido OC-EB-24-1142", """
<h2>Etiquetas del Bajío S.A. de C.V.</h2>
<h3>Confirmación de pedido / Order confirmation OC-EB-24-1142</h3>
<table>
<tr><th>Cliente / Customer</th><td>Brennan Pharmacy Group Ltd, Cork, Ireland</td></tr>
<tr><th>Referencia cliente</th><td>Rolling forecast Brennan own-brand labels, 12 April 2024</td></tr>
<tr><th>Fecha / Date</th><td>19/04/2024</td></tr>
<tr><th>Ejecutiva / Account</th><td>Lic. Mariana Gutiérrez</td></tr>
</table>
<p>Estimada Siobhán, thank you for your order. Based on your rolling forecast dated 12 April 2024 we confirm
your order as follows:</p>
<table>
<tr><th>SKU</th><th>Descripción</th><th>Cantidad</th><th>Entregas / deliveries</th></tr>
<tr><td>BR-LBL-D3-1000</td><td>Vitamin D3 1000 IU front</td><td>80,000</td><td>4 monthly lots of 20,000</td></tr>
<tr><td>BR-LBL-C-500</td><td>Vitamin C 500 mg front</td><td>80,000</td><td>4 monthly lots of 20,000</td></tr>
<tr><td>BR-LBL-MG-375</td><td>Magnesium 375 mg back</td><td>80,000</td><td>4 monthly lots of 20,000</td></tr>
<tr><td>BR-LBL-ZN-25</td><td>Zinc 25 mg front</td><td>80,000</td><td>4 monthly lots of 20,000</td></tr>
<tr><td>BR-LBL-B12</td><td>B12 1000 µg front</td><td>80,000</td><td>4 monthly lots of 20,000</td></tr>
<tr><td>BR-LBL-O3-90</td><td>Omega-3 90s front</td><td>80,000</td><td>4 monthly lots of 20,000</td></tr>
<tr><th colspan="2">Total</th><th>480,000</th><th>first lot: week 20</th></tr>
</table>
<p>Condiciones: precios según cotización EB-Q-24-0877, 30 días fecha factura, entrega DAP Cork.</p>
<p>Gracias por su preferencia.<br>Etiquetas del Bajío S.A. de C.V. &middot; León, Guanajuato</p>
""")
case("p37_edb_order_confirmation_from_forecast", ["RG008"],
     "supplier confirms 'your order' for 480,000 labels on the basis of the buyer's rolling forecast",
     [("OC-EB-24-1142.html", _p37)])


# p38: Canadian supply agreement annex turns forecast volumes into binding commitments.
case("p38_northpeak_annex_b_volumes", ["RG008"],
     "supply-agreement annex labels quarterly forecast volumes 'committed' and calls them binding purchase commitments",
     [("Supply_Agreement_Annex_B_Volumes.docx", docx_bytes([
         ("h1", "Supply Agreement NP-SA-2024-02 - Annex B: Volumes"),
         ("p", "Between NorthPeak Naturals Inc. (Mississauga, ON) and Dongguan Meiya Printing & Packaging Co., Ltd. "
               "(Dongguan, Guangdong). Draft 3, prepared by Chantal Tremblay, Director, Procurement, 2 August 2024."),
         ("h", "B.1 Forecast volumes"),
         ("table", [
             ["Quarter", "Item", "Forecast units", "Status"],
             ["Q3 2024", "NP-CTN-ASH-90 / NP-CTN-MAG-120", "90,000", "committed"],
             ["Q4 2024", "NP-CTN-ASH-90 / NP-CTN-MAG-120", "110,000", "committed"],
             ["Q1 2025", "NP-CTN-ASH-90 / NP-CTN-MAG-120", "95,000", "committed"],
             ["Q2 2025", "NP-CTN-ASH-90 / NP-CTN-MAG-120", "120,000", "committed"],
         ]),
         ("p", "The forecast volumes in this Annex B are binding purchase commitments of NorthPeak for the quarters "
               "shown. NorthPeak will take and pay for these volumes."),
         ("h", "B.2 Call-offs"),
         ("p", "Cartons are produced and delivered against call-offs issued by NorthPeak purchasing. Each call-off "
               "states its quantity and delivery week. Lead time: 25 working days from call-off, FOB Shenzhen."),
         ("h", "B.3 Review"),
         ("p", "The parties review Annex B in the first week of each quarter. Changes require a written amendment "
               "signed by both parties."),
     ], author="Chantal Tremblay"))])


# p39: Indian CMO buyer on WhatsApp: forecast "as confirmed order only".
_p39 = """\
22/08/2024, 11:05 - Vikram Shah Shreeji: Good morning sir 🙏 any update on caps volume for Diwali season?
22/08/2024, 11:32 - Rajesh Iyer Suryoday: Good morning Vikram bhai. For 38 mm CRC caps (SN-CAP-38-CRC white) next 6 months forecast is 12 lakh.
22/08/2024, 11:33 - Rajesh Iyer Suryoday: Sep 1.5L, Oct 2.5L, Nov 2.5L, Dec 2L, Jan 2L, Feb 1.5L
22/08/2024, 11:34 - Rajesh Iyer Suryoday: Consider this as confirmed order only, formal PO will follow by month end. Our SAP is under upgrade.
22/08/2024, 11:36 - Vikram Shah Shreeji: Noted sir 🙏 will block capacity on the 24 cav mould
22/08/2024, 11:37 - Vikram Shah Shreeji: Liner same as before? Induction seal 38 mm, PET/alu/wax?
22/08/2024, 11:41 - Rajesh Iyer Suryoday: Yes same, spec SN-SPEC-CAP-07 rev 2
"""
case("p39_whatsapp_forecast_confirmed_order", ["RG008"],
     "buyer gives a six-month forecast of 12 lakh caps and says 'consider this as confirmed order only'",
     [("WhatsApp Chat with Rajesh Iyer Suryoday.txt", _p39)])


# p41: Swiss buyer: artwork "released" and sample lot "released" in one mail.
_p41_text = (
    "Dear Stefan,\n\n"
    "Artwork V4 (710266-04, Alpenkraft Omega-3 1000 mg 60 Kaps.) is released for print - the pharmacode "
    "and the Braille dots are now correct.\n\n"
    "The sample lot of 2'000 cartons is released under PO 4500381233. The balance of 48'000 cartons remains "
    "not released until the stability sign-off and a written release from Dr. Urs Brändli, Head of Supply "
    "Chain. Board for the 2'000 cartons only, please.\n\n"
    "Could you send us 20 flat blanks for our Braille check before the run?\n\n"
    "Freundliche Grüsse / Kind regards\n"
    "Corinne Meier\nPackaging Development\nAlpenkraft Pharma AG, Basel\n+41 61 555 27 44"
)
case("p41_alpenkraft_artwork_released", ["RG009"],
     "'released' used for the artwork (technical approval) and for the 2'000-carton sample lot (production) in the same message",
     [("Artwork V4 710266 Omega-3 cartons.eml", eml_bytes(mail(
         "Corinne Meier <corinne.meier@alpenkraft-pharma.ch>", "Stefan Braun <s.braun@rheinpack.de>",
         "Artwork V4 710266 / PO 4500381233 Omega-3 cartons", "Tue, 10 Sep 2024 08:55:12 +0200", _p41_text,
         html=p2h(_p41_text), cc="Reto Känzig <reto.kaenzig@alpenkraft-pharma.ch>")))])


# p42: Indian CMO uses "approval" for QA, commercial and production.
_p42_text = (
    "Dear Sanjay ji,\n\n"
    "Approval from QA received for the label samples (shade within tolerance, barcode grade A on our "
    "verifier).\n\n"
    "Commercial approval is also done - PO SN/PUR/24-25/0301 issued for 5,000 labels for the validation "
    "batches only.\n\n"
    "Approval for the bulk 95,000 labels will be given separately by Mr. Rajesh Iyer (GM - Purchase) after "
    "validation batch sign-off; till then the 95,000 is not released, please do not print or procure "
    "facestock for it.\n\n"
    "Kindly deliver the 5,000 labels by 30th Aug in 2 rolls of 2,500 nos, 76 mm core.\n\n"
    "Regards,\nNeha Patel\nPackaging Development\nSuryoday Nutraceuticals Pvt. Ltd., Ahmedabad\n"
    "+91 79 5555 2281\n\n"
    "DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the "
    "use of the individual or entity to whom they are addressed."
)
case("p42_suryoday_three_approvals", ["RG009"],
     "'approval' means QA sample approval, commercial approval (PO) and production approval of the 95,000 in one mail",
     [("Label samples - Suryoday Ashwagandha 60s.eml", eml_bytes(mail(
         "Neha Patel <neha.patel@suryodaynutra.in>", "Sanjay Kulkarni <sanjay.k@pragatilabels.co.in>",
         "Label samples - Suryoday Ashwagandha 60s / PO SN/PUR/24-25/0301", "Mon, 19 Aug 2024 12:40:33 +0530",
         _p42_text, cc="Rajesh Iyer <rajesh.iyer@suryodaynutra.in>")))])


# p43: US contract packager release notice uses "release" for QA disposition and production.
_p43 = html_page("Release notice RN-0433", """
<h2>Lakeshore Contract Packaging LLC &mdash; Release Notice RN-0433</h2>
<p>Supplier: Shreeji Polyplast Pvt. Ltd., Daman &nbsp;|&nbsp; PO 0087301 &nbsp;|&nbsp; Item LCP-BTL-120-PET 120cc PET bottle, 28-410
&nbsp;|&nbsp; Date: 07/15/2024</p>
<table>
<tr><th>Release</th><th>Quantity</th><th>Status</th><th>By</th></tr>
<tr><td>QA release &ndash; sample bottles, lot S-2207</td><td>48</td><td>RELEASED</td><td>T. Reinholt, 07/12/2024</td></tr>
<tr><td>Production release</td><td>10,000</td><td>RELEASED</td><td>G. Halvorsen, 07/15/2024</td></tr>
<tr><td>Balance</td><td>30,000</td><td>NOT RELEASED</td><td>&mdash;</td></tr>
</table>
<p class="note">The 30,000 balance will be released only after the line trial on filler line 6 has been signed off,
by a written release from Greg Halvorsen, Purchasing Manager. Resin for the 10,000 released bottles only.</p>
<p>Questions: purchasing@lakeshorecp.com &middot; 920-555-0133</p>
""")
case("p43_lakeshore_release_notice_qa_and_production", ["RG009"],
     "one release notice uses 'release' for the QA disposition of the 48 sample bottles and for the 10,000 production release",
     [("RN-0433_Shreeji.html", _p43)])


# p46: folder: PO PDF says 300 sample scoops, buyer email says 500.
_p46_po = pdf([
    ("h1", "PURCHASE ORDER 0087390"),
    ("p", "Lakeshore Contract Packaging LLC - 2210 Industrial Ave, Sheboygan WI 53081 - 920-555-0133"),
    ("table", [
        ["Vendor", "Plásticos Regiomontanos S.A. de C.V., Av. Ruiz Cortines 4120, Monterrey, N.L., México"],
        ["PO date", "07/22/2024"],
        ["Buyer", "Greg Halvorsen"],
        ["Terms", "Net 45, FCA Monterrey"],
    ]),
    ("table", [
        ["Ln", "Item", "Description", "Qty", "UM", "Unit USD", "Ext USD"],
        ["01", "SCP-5G-PP", "Scoop 5 g (12 cc) PP natural, food contact, mould PR-M-118 2 cav - samples", "300", "EA", "0.45", "135.00"],
    ]),
    ("p", "Scope: sample scoops only. The production quantity (50,000 per your quote PR-2407-044) is not released. "
          "Release of production only after sample sign-off by Tom Reinholt, Packaging Engineer, by a written "
          "release from Greg Halvorsen, Purchasing Manager. Resin for the samples only."),
], pagesize=LETTER, title="PO 0087390", author="Greg Halvorsen")
_p46_text = (
    "Jorge,\n\n"
    "PO 0087390 went out through our supplier portal this morning.\n\n"
    "Just to confirm: you're authorized to make the 500 sample scoops, nothing beyond that. The balance "
    "stays on hold until Tom signs off the samples and I send you a written release.\n\n"
    "Ship the samples to Dock 4, attention Tom Reinholt, with the food-contact declaration (FDA 21 CFR "
    "177.1520) and the material cert for the PP.\n\n"
    "Thanks,\nGreg"
    + sig("Greg Halvorsen", "Purchasing Manager", "Lakeshore Contract Packaging LLC", "920-555-0133")
)
case("p46_folder_po_300_mail_500", ["RG011"],
     "folder: the PO releases 300 sample scoops, the buyer's email for the same PO authorizes 500 sample scoops",
     [("PO_LCP_0087390.pdf", _p46_po),
      ("PO 0087390 sample scoops.eml", eml_bytes(mail(
          "Greg Halvorsen <ghalvorsen@lakeshorecp.com>", "Jorge Treviño <jtrevino@plasticosregio.com.mx>",
          "PO 0087390 sample scoops", "Mon, 22 Jul 2024 10:17:45 -0500", _p46_text,
          cc="Tom Reinholt <treinholt@lakeshorecp.com>")))])


# p47: Indian CMO buyer portal: line says 1,200 validation bottles, scope note says 1,000.
_p47 = html_page("Suryoday SupplierConnect - PO SN/PUR/24-25/0312", """
<h2>Suryoday Nutraceuticals Pvt. Ltd. &ndash; SupplierConnect</h2>
<h3>Purchase Order SN/PUR/24-25/0312 (Rev 0) &ndash; 26.08.2024</h3>
<p>Supplier: Shreeji Polyplast Pvt. Ltd., Daman &middot; Buyer: Rajesh Iyer, GM &ndash; Purchase</p>
<table>
<tr><th>Sr.</th><th>Item</th><th>Description</th><th>Qty (nos)</th><th>Rate INR</th><th>Amount INR</th></tr>
<tr><td>1</td><td>SN-BTL-200-AMB</td><td>200 cc PET amber bottle, 38 mm CRC neck &ndash; validation bottles</td><td>1,200</td><td>6.80</td><td>8,160.00</td></tr>
<tr><td>2</td><td>SN-FRT</td><td>Freight Daman &ndash; Vatva</td><td>1</td><td>3,500.00</td><td>3,500.00</td></tr>
</table>
<div class="note"><b>Scope note.</b> Active quantity: 1,000 bottles for the validation batches (2 x 500).
Balance of 98,800 bottles as per your quotation SQ/24-25/0588 is not released. It will be released only after
validation batch sign-off by Dr. S. Raghavan (Head QA), by written release from Rajesh Iyer (GM &ndash; Purchase).
Material authority: resin for the validation bottles only.</div>
<p>Delivery: Vatva plant, within 15 days. Payment: 45 days. GST extra as applicable.</p>
<p style="font-size:11px;color:#777">SupplierConnect &middot; generated 26.08.2024 17:02 IST</p>
""")
case("p47_supplierconnect_1200_vs_1000", ["RG011"],
     "the PO line authorizes 1,200 validation bottles while the scope note of the same PO says the active quantity is 1,000",
     [("SupplierConnect_SN-PUR-24-25-0312.html", _p47)])


# p48: folder: call-off printout 20,000 vs buyer's email 25,000 for the same call-off.
_p48_co = """\
NORTHPEAK NATURALS INC.                                      CALL-OFF NOTICE
6285 NORTHAM DR UNIT 4, MISSISSAUGA ON L4V 1X5
----------------------------------------------------------------------------
CALL-OFF     : NP-CO-2024-03          DATE        : 2024-09-09
AGREEMENT    : NP-SA-2024-05 (100,000 BOTTLES, SHREEJI POLYPLAST)
ITEM         : NP-BTL-250-W  250CC HDPE BOTTLE WHITE 38-400, DWG NP-0250 R4
----------------------------------------------------------------------------
RELEASED BY THIS CALL-OFF     :  20,000 EA   DELIVERY WK 44, FCA NHAVA SHEVA
RELEASED BY EARLIER CALL-OFFS :  30,000 EA   (CO-01 10,000 / CO-02 20,000)
AGREEMENT BALANCE             :  50,000 EA   NOT RELEASED
----------------------------------------------------------------------------
NEXT RELEASE : CALL-OFF NP-CO-2024-04, SIGNED BY CHANTAL TREMBLAY,
               DIRECTOR PROCUREMENT, AFTER Q4 DEMAND REVIEW (WK 42).
MATERIAL     : RESIN FOR RELEASED QUANTITIES ONLY.
ISSUED BY    : J MACLEOD, BUYER
----------------------------------------------------------------------------
"""
_p48_text = (
    "Hi Vikram,\n\n"
    "Call-off NP-CO-2024-03 is attached to our portal. It releases 25,000 bottles for delivery in week 44, "
    "FCA Nhava Sheva as usual. The agreement balance after this call-off is not released - next call-off "
    "comes from Chantal Tremblay after our Q4 demand review.\n\n"
    "Please confirm the vessel booking by end of next week.\n\n"
    "Cheers,\nJenna"
    + sig("Jenna MacLeod", "Buyer", "NorthPeak Naturals Inc.", "+1 905 555 0162")
)
case("p48_folder_calloff_20000_mail_25000", ["RG011"],
     "folder: the call-off printout releases 20,000 bottles, the buyer's email says the same call-off releases 25,000",
     [("NP-CO-2024-03.txt", _p48_co),
      ("Call-off NP-CO-2024-03 250cc bottles.eml", eml_bytes(mail(
          "Jenna MacLeod <jmacleod@northpeaknaturals.ca>", "Vikram Shah <vikram@shreejipolyplast.in>",
          "Call-off NP-CO-2024-03 - 250cc bottles", "Mon, 09 Sep 2024 11:05:00 -0400", _p48_text)))])


# p49: Swiss private label: release PDF 12'000, email body 10'000.
_p49_rel = pdf([
    ("h1", "Libération de production / Production release PR-HV-017"),
    ("p", "Helvetia Vital SA - Chemin du Closel 14, 1020 Renens VD"),
    ("table", [
        ["Fournisseur / Supplier", "Rheinpack Faltschachtel GmbH, Neuwied"],
        ["Article", "HV-CTN-CALD3-20 - étui / carton Calcium + D3 20 comprimés effervescents"],
        ["Commande / PO", "HV-24-0702 (48'000 cartons commercial cover)"],
        ["Date", "16.09.2024"],
    ]),
    ("table", [
        ["", "Quantité / Quantity"],
        ["Libéré / Released", "12'000"],
        ["Solde non libéré / Balance not released", "36'000"],
    ]),
    ("p", "The balance will be released only after the market launch review (week 47), by a written release signed "
          "by Nathalie Rochat, Responsable Achats. Board only for the released quantity."),
    ("p", "Nathalie Rochat, Responsable Achats"),
], title="PR-HV-017", author="Nathalie Rochat")
_p49_text = (
    "Dear Mr Braun,\n\n"
    "With the attached production release PR-HV-017 we release 10'000 cartons of the Calcium + D3 "
    "effervescent carton (HV-CTN-CALD3-20), delivery week 42 DAP Renens.\n\n"
    "The remaining quantity under PO HV-24-0702 stays on hold until our launch review in week 47; I will "
    "send the next release in writing.\n\n"
    "Meilleures salutations\n"
    "Nathalie Rochat\nResponsable Achats\nHelvetia Vital SA\n+41 21 555 08 40"
)
case("p49_helvetia_release_pdf_vs_body", ["RG011"],
     "the attached release PR-HV-017 says 12'000 cartons released, the covering email releases 10'000 under the same release",
     [("PR-HV-017 Calcium D3 cartons.eml", eml_bytes(mail(
         "Nathalie Rochat <n.rochat@helvetiavital.ch>", "Stefan Braun <s.braun@rheinpack.de>",
         "PR-HV-017 - Calcium + D3 cartons", "Mon, 16 Sep 2024 16:40:21 +0200", _p49_text,
         attachments=[("PR-HV-017.pdf", _p49_rel, PDF_MT)])))])


# p50: Irish pharmacy: email says a dozen (12) per SKU, attached sample request says twenty-four (24).
_p50_docx = docx_bytes([
    ("h1", "Sample Request SR-BR-2024-019"),
    ("p", "Brennan Pharmacy Group Ltd - Packaging Technology - Little Island, Cork"),
    ("table", [
        ["Supplier", "Kartonaż Wisła Sp. z o.o., Kraków"],
        ["PO", "4410-2360 (sample cartons)"],
        ["Requested by", "Ciarán Doyle, Packaging Technologist"],
        ["Date", "23/09/2024"],
    ]),
    ("table", [
        ["SKU", "Carton", "Sample quantity"],
        ["BR-CTN-VD3-90", "Vitamin D3 1000 IU 90 tabs", "twenty-four (24)"],
        ["BR-CTN-VC-60", "Vitamin C 500 mg 60 tabs", "twenty-four (24)"],
        ["BR-CTN-ZN-90", "Zinc 25 mg 90 tabs", "twenty-four (24)"],
        ["BR-CTN-B12-30", "B12 1000 µg 30 lozenges", "twenty-four (24)"],
    ]),
    ("p", "Sample cartons only. The production quantities for these SKUs are not released. Production will be "
          "released after sample sign-off by Aoife Byrne (QA Manager), by a written release from Siobhán Ní "
          "Bhriain (Procurement Lead)."),
], author="Ciaran Doyle")
_p50_text = (
    "Hi Tomasz,\n\n"
    "Hope all's well in Kraków. As discussed on the call, please make a dozen (12) sample cartons of each of "
    "the four SKUs under PO 4410-2360 - sample request SR-BR-2024-019 with the details is attached.\n\n"
    "Production for these SKUs is not released - that only comes after Aoife has signed off the samples "
    "and Siobhán sends the written release.\n\n"
    "We need them on the cartoner by 11 October if at all possible.\n\n"
    "Thanks a mil,\nCiarán"
    + sig("Ciarán Doyle", "Packaging Technologist", "Brennan Pharmacy Group Ltd", "+353 21 455 0188")
)
case("p50_brennan_dozen_vs_twentyfour", ["RG011"],
     "email asks for a dozen (12) sample cartons per SKU, the attached sample request for the same PO says twenty-four (24) per SKU",
     [("Sample cartons PO 4410-2360.eml", eml_bytes(mail(
         "Ciarán Doyle <c.doyle@brennanpharmacy.ie>", "Tomasz Wójcik <t.wojcik@kartonaz-wisla.pl>",
         "Sample cartons - PO 4410-2360 (4 SKUs)", "Mon, 23 Sep 2024 14:08:19 +0100", _p50_text,
         attachments=[("SR-BR-2024-019.docx", _p50_docx, DOCX_MT)])))])


# p51: Teams: buyer says 2k released, ops director says 2,500.
_p51 = """\
Microsoft Teams - chat export
Chat: Ostara / Pragati - Zinc 60s launch labels
Participants: Priya Deshmukh, Liam O'Connell (Ostara Health Corp.); Sanjay Kulkarni (Pragati Labels & Packaging) (External)
Exported: 2024-10-03 09:15 (UTC-07:00)

[2024-10-01 08:12] Priya Deshmukh
Morning Sanjay! For the launch SKU OH-LBL-ZN-60 (PO OH-45-10455): 2k labels released now. The rest (the other 48k) is on hold till QA signs off the first lot on our labeller and I send the written release.

[2024-10-01 08:40] Sanjay Kulkarni (External)
Good morning madam, noted. Printing plan for Thursday.

[2024-10-01 14:55] Liam O'Connell
Sanjay - Liam here, Ops Director. To confirm what Priya said: 2,500 labels are released for launch, rest on hold till QA sign-off and Priya's written release. We need them in Vancouver by the 25th.

[2024-10-01 15:02] Sanjay Kulkarni (External)
Thank you sir. Will plan air shipment.
"""
case("p51_teams_2k_vs_2500", ["RG011"],
     "buyer releases '2k' labels, the ops director 'confirming' her message says 2,500 are released",
     [("Teams_Ostara_Pragati_ZN60.txt", _p51)])


# p54: Indian bottle maker starts the balance because the advance arrived (multipart/alternative).
_p54_text = (
    "Dear Madam,\n\n"
    "Greetings!\n\n"
    "We have received advance payment of 30% (USD 4,320.00) against our PI no. SP/PI/24-25/118 today. "
    "Thank you.\n\n"
    "Hence we have started production of balance quantity also, to maintain your delivery schedule of "
    "November. 500 nos samples are already dispatched vide DHL AWB 4417 2209 31.\n\n"
    "Thanks & regards,\n"
    "Hitesh Desai\nProduction Planning\nShreeji Polyplast Pvt. Ltd., Daman\n+91 260 555 4122\n\n"
    "On Fri, Sep 6, 2024 at 8:41 PM Priya Deshmukh <pdeshmukh@ostarahealth.ca> wrote:\n"
    + q("Hi Hitesh,\n\n"
        "PO OH-45-10440: only the 500 sample bottles are released. The balance of 39,500 is not released\n"
        "until our sample sign-off and my written release (Priya Deshmukh, Senior Buyer).\n"
        "The 30% advance on your PI is for the mould modification and the samples.\n\n"
        "Thanks,\nPriya")
    + "\n"
)
case("p54_shreeji_advance_received_balance_started", ["RG012"],
     "supplier starts the 39,500 balance 'hence' the 30% advance arrived, although only the 500 samples are released",
     [("Re_ PO OH-45-10440 300cc amber bottles.eml", eml_bytes(mail(
         "Hitesh Desai <production@shreejipolyplast.in>", "Priya Deshmukh <pdeshmukh@ostarahealth.ca>",
         "Re: PO OH-45-10440 - advance payment", "Wed, 11 Sep 2024 15:27:51 +0530", _p54_text,
         html=p2h(_p54_text), cc="Vikram Shah <vikram@shreejipolyplast.in>")))])


# p55: Chinese foil supplier: TT deposit received so mass production arranged (WeChat).
_p55 = """\
WeChat chat history export
Chat: Tom Reinholt (Lakeshore CP) / Kelly Zhang 张凯莉 (Ningbo Huaxin)
Exported 2024-08-09 07:40 (GMT+8)

2024-07-30 22:14  Tom Reinholt
Kelly - PO 0087455 is out: 2 trial reels of the printed lidding foil only (250 mm, Lakeshore Calcium 600 blister). The balance of 58 reels is not released until I sign off the line trial and Greg Halvorsen sends the written release.

2024-07-31 08:02  Kelly Zhang 张凯莉
Got it Tom 👍 trial reels ready 10 Aug

2024-08-08 09:15  Kelly Zhang 张凯莉
Hi Tom, we received your TT deposit yesterday, thank you! So mass production already arranged for all reels, finish before 20 Aug. Can ship together with trial reels if you want 😊

2024-08-08 21:50  Tom Reinholt
Kelly, no - the deposit is just the cylinder charge. Only the 2 trial reels. Please hold everything else.
"""
case("p55_wechat_tt_deposit_mass_production", ["RG012"],
     "supplier arranges mass production 'for all reels' because the TT deposit arrived; only 2 trial reels are released",
     [("WeChat_TomReinholt_KellyZhang.txt", _p55)])


# p56: Swiss buyer: "since you accepted the PO in full, consider both positions released".
_p56_text = (
    "Dear Mr Zieliński,\n\n"
    "thank you for the order confirmation.\n\n"
    "Since Polfoil has accepted PO 4500381255 in full, please consider both positions released for "
    "production, i.e. all 40 reels, delivery KW 47 DAP Basel.\n\n"
    "Freundliche Grüsse\n"
    "Reto Känzig\nEinkauf Verpackungsmaterial\nAlpenkraft Pharma AG\n+41 61 555 27 18\n\n"
    "-----Ursprüngliche Nachricht-----\n"
    "Von: Marek Zieliński <m.zielinski@polfoil.pl>\nGesendet: Dienstag, 1. Oktober 2024 09:12\n"
    "Betreff: Order confirmation PF/ZS/2024/3290 - your PO 4500381255\n\n"
    + q("Dear Mr Känzig,\n\n"
        "we accept your PO 4500381255 in full: pos. 10 - 4 sample reels, pos. 20 - 36 reels series, as per\n"
        "your PO conditions. Sample reels ready KW 42.\n\n"
        "Best regards\nMarek Zieliński, Polfoil S.A.\n\n"
        "> Von: Reto Känzig, 27.09.2024\n"
        "> PO 4500381255 attached. Pos. 10: 4 sample reels - released. Pos. 20: 36 reels series - on hold,\n"
        "> not released. Pos. 20 will be released only after sample sign-off, by a written release from\n"
        "> Dr. Urs Brändli, Head of Supply Chain. Aluminium for the 4 sample reels only.")
    + "\n"
)
case("p56_alpenkraft_po_accepted_so_released", ["RG011", "RG012"],
     "buyer treats the supplier's acceptance of the PO as releasing both positions (40 reels), contradicting the PO's 4-reel release and its sign-off gate",
     [("AW_ Order confirmation PO 4500381255.eml", eml_bytes(mail(
         "Reto Känzig <reto.kaenzig@alpenkraft-pharma.ch>", "Marek Zieliński <m.zielinski@polfoil.pl>",
         "AW: Order confirmation PF/ZS/2024/3290 - your PO 4500381255", "Wed, 02 Oct 2024 10:45:30 +0200",
         _p56_text)))])


# ------------------------------------------------------------------ batch 5
# c16: US brand forwards an old quote (message/rfc822) and declares its 100,000 informational.
_c16_old = mail(
    "Vikram Shah <vikram@shreejipolyplast.in>", "Megan Kowalczyk <mkowalczyk@verdantbotanicals.com>",
    "Quotation SQ/23-24/0231 - 150cc HDPE bottle", "Fri, 10 Nov 2023 12:30:00 +0530",
    "Dear Megan ji,\n\n"
    "Greetings from Shreeji Polyplast!\n\n"
    "With reference to your enquiry, we are pleased to quote for 150 cc HDPE wide-mouth bottle, white, "
    "45-400 neck:\n\n"
    "  Quantity: 100,000 nos   Rate: USD 0.068 per piece, FCA Nhava Sheva\n"
    "  Mould: USD 2,400 (2 cavity), amortisable over 3 orders\n"
    "  HDPE basis: Rs. 104/kg (Reliance HD 50MA180)\n"
    "  Validity: 30 days\n\n"
    "Thanks & regards,\nVikram Shah\nShreeji Polyplast Pvt. Ltd.\n")
_c16_text = (
    "Vikram,\n\n"
    "Forwarding your Nov 2023 quote below for our call on Thursday about the resin basis - you quoted "
    "HDPE at Rs. 104/kg then and I'd like to understand the index you use.\n\n"
    "FYI only: the 100,000 bottles in that old quote are for information. They are not an order and not "
    "released.\n\n"
    "Current scope stays as per PO VB-240690: 250 sample bottles are released. The remaining 59,750 bottles "
    "are not released until our sample sign-off and a written release from Dana Whitfield, Director of "
    "Supply Chain.\n\n"
    "Talk Thursday,\nMegan"
    + sig("Megan Kowalczyk", "Senior Buyer", "Verdant Botanicals Inc.", "+1 303 555 0147")
)
case("c16_verdant_forwards_old_quote_fyi", [],
     "old quote with 100,000 forwarded as message/rfc822 and declared for information, not an order, not released; current scope complete",
     [("FW_ Quotation SQ-23-24-0231 - resin basis.eml", eml_bytes(mail(
         "Megan Kowalczyk <mkowalczyk@verdantbotanicals.com>", "Vikram Shah <vikram@shreejipolyplast.in>",
         "FW: Quotation SQ/23-24/0231 - 150cc HDPE bottle (resin basis)", "Tue, 16 Jul 2024 09:02:44 -0600",
         _c16_text, attachments=[("rfc822", _c16_old)])))])


# c17: Canadian buyer corrects a supplier's quoted assumption of auto-conversion.
_c17_text = (
    "Jason,\n\n"
    "No - please don't plan it that way. A sample sign-off releases nothing by itself.\n\n"
    "Only the 400 sample cartons on PO 7802 are released. The 39,600 balance stays on hold until Ravi "
    "Sandhu signs off the samples and Chantal Tremblay (Director, Procurement) sends you a written release "
    "with the quantity. Please don't schedule production or buy board for the balance before that.\n\n"
    "Thanks for the heads-up on the August schedule - if you need a forecast for capacity, I can send our "
    "planning numbers separately (forecast only).\n\n"
    "Jenna"
    + sig("Jenna MacLeod", "Buyer", "NorthPeak Naturals Inc.", "+1 905 555 0162")
    + "\n"
    "On Thu, Jul 25, 2024 at 9:40 PM Jason Lin <jason.lin@meiya-pack.com.cn> wrote:\n"
    + q("Dear Jenna,\n\n"
        "Good day! The 400 pcs samples will finish on 12 Aug. After your approve samples, we will continue\n"
        "mass production directly to save time, because August schedule is very full.\n\n"
        "Best regards,\nJason Lin")
    + "\n"
)
case("c17_northpeak_corrects_supplier_assumption", [],
     "supplier's quoted assumption that approval rolls into mass production is corrected by the buyer: sign-off releases nothing, 400 released, 39,600 held until written release",
     [("Re_ PO 7802 samples schedule.eml", eml_bytes(mail(
         "Jenna MacLeod <jmacleod@northpeaknaturals.ca>", "Jason Lin <jason.lin@meiya-pack.com.cn>",
         "Re: PO 7802 samples schedule", "Fri, 26 Jul 2024 08:15:10 -0400", _c17_text,
         cc="Ravi Sandhu <rsandhu@northpeaknaturals.ca>")))])


# c18: folder: line-trial sign-off record (PDF) + production release for tranche 2 (DOCX).
_c18_so = pdf([
    ("h1", "Line Trial Sign-off Record LTS-SN-24-011"),
    ("p", "Suryoday Nutraceuticals Pvt. Ltd. - Quality Assurance - Vatva, Ahmedabad"),
    ("table", [
        ["Material", "Printed alu lidding foil, Suryoday Multivitamin, 250 mm (Ningbo Huaxin)"],
        ["PO", "SN/PUR/24-25/0193 - 3 trial reels"],
        ["Line", "Blister line B-2 (Elmach), 42 cycles/min"],
        ["Trial date", "08.07.2024"],
    ]),
    ("table", [
        ["Test", "Requirement", "Result"],
        ["Seal integrity (blue dye)", "no leak", "pass (0/500)"],
        ["Print registration", "± 0.5 mm", "pass"],
        ["Peel / push-through", "per SN-SPEC-FOIL-03", "pass"],
    ]),
    ("p", "Result: trial foil signed off. This record is a technical sign-off only; it does not release any "
          "production quantity."),
    ("p", "Signed: Dr. S. Raghavan, Head QA - 10.07.2024"),
], title="LTS-SN-24-011", author="S Raghavan")
_c18_rel = docx_bytes([
    ("h1", "Production Release RL-SN-24-009"),
    ("p", "Suryoday Nutraceuticals Pvt. Ltd. - Purchase Department - Ahmedabad"),
    ("table", [
        ["To", "Ningbo Huaxin Packaging Co., Ltd. - Ms. Kelly Zhang"],
        ["PO", "SN/PUR/24-25/0193 (commercial cover: 100 reels incl. 3 trial reels)"],
        ["Unlock event", "Line trial sign-off LTS-SN-24-011 dated 10.07.2024"],
        ["Date", "12.07.2024"],
    ]),
    ("table", [
        ["", "Reels"],
        ["Trial reels (released earlier)", "3"],
        ["Released by this letter (tranche 2)", "40"],
        ["Balance - not released", "57"],
    ]),
    ("p", "We hereby release 40 (forty) reels for production, delivery CIF Nhava Sheva by 20.08.2024. The balance of "
          "57 reels is not released. It will be released only by a further written release from the undersigned "
          "after our Q3 demand review."),
    ("p", "Material authority: foil for the 40 released reels."),
    ("p", "Rajesh Iyer, GM - Purchase"),
], author="Rajesh Iyer")
case("c18_suryoday_signoff_and_release_folder", [],
     "folder: technical sign-off record that releases nothing, then a release letter for 40 reels with 57 held until Rajesh Iyer's next written release",
     [("LTS-SN-24-011_signoff.pdf", _c18_so), ("RL-SN-24-009.docx", _c18_rel)])


# c19: Swiss change control form; releases nothing and restates the release status.
case("c19_alpenkraft_change_control", [],
     "change control for an artwork update states it releases no quantity and restates 600 released / 59'400 held with event and signer",
     [("CC-2024-117_Artwork_710245.docx", docx_bytes([
         ("h1", "Change Control CC-2024-117"),
         ("p", "Alpenkraft Pharma AG - Quality Management System - Form QM-F-031 Rev 5"),
         ("table", [
             ["Title", "Artwork update carton 710245 (Eisen 100 mg 30 Filmtabl.)"],
             ["Initiator", "Corinne Meier, Packaging Development"],
             ["Change class", "minor (no impact on product quality)"],
             ["Opened", "02.09.2024"],
         ]),
         ("h", "Description"),
         ("p", "Artwork 710245-05 replaced by 710245-06: new Swissmedic authorisation number (Zul.-Nr. 68123), "
               "updated Pharmacode 1024, font size of the excipients list increased to 7 pt."),
         ("h", "Impact assessment"),
         ("table", [
             ["Area", "Impact", "Action"],
             ["Packaging material (Rheinpack)", "new printing plate for colour 5", "plate order via PO revision"],
             ["Packaging line VP-2", "none", "-"],
             ["Regulatory", "notification type IA", "RA to file by 30.09.2024"],
         ]),
         ("h", "Release status"),
         ("p", "This change control does not release any quantity. The status of PO 4500381127 is unchanged: "
               "600 cartons are released for the validation batch; the 59'400 balance is not released until the "
               "validation batch sign-off and a written release by Dr. Urs Brändli, Head of Supply Chain."),
         ("h", "Sign-offs"),
         ("table", [
             ["Function", "Name", "Date"],
             ["Packaging Development", "Corinne Meier", "02.09.2024"],
             ["QA", "Martin Oberholzer", "04.09.2024"],
             ["Regulatory Affairs", "Sabine Gygax", "04.09.2024"],
         ]),
     ], author="Corinne Meier"))])


# c20: Mexican label printer customer-portal status page.
_c20 = html_page("Portal de clientes - Estado de pedido PO 7779", """
<h2>Etiquetas del Bajío &ndash; Portal de clientes</h2>
<h3>Estado de pedido / Order status &ndash; NorthPeak Naturals PO 7779</h3>
<p>Artículo: NP-LBL-MAGG-120, Magnesium Glycinate 120 caps front label, 70 x 140 mm, BOPP clear, 5 tintas<br>
Actualizado / Updated: 31/07/2024 18:05 (CST)</p>
<table>
<tr><th>Concepto</th><th>Cantidad</th><th>Estado / Status</th></tr>
<tr><td>Etiquetas de prueba / proof labels</td><td>1,000</td><td>Impresas 30/07, enviadas FedEx 7739 2210 4502</td></tr>
<tr><td>Producción / production</td><td>60,000</td><td>No iniciada &ndash; not started, awaiting your written release</td></tr>
<tr><td>Placas / plates</td><td>5</td><td>Archivadas / stored, set PL-NP-0779</td></tr>
</table>
<p class="note">We will not print the 60,000 or buy facestock for them until we receive the written release from
NorthPeak (Chantal Tremblay, Director, Procurement), which follows your sample sign-off on the line.</p>
<p>Contacto: Lic. Mariana Gutiérrez &middot; mgutierrez@etiquetasdelbajio.com.mx &middot; +52 477 555 1840</p>
""")
case("c20_edb_portal_status", [],
     "supplier status: 1,000 proof labels printed; 60,000 production not started, no facestock, awaiting the named buyer's written release",
     [("EdB_estado_pedido_PO7779.html", _c20)])


# c21: Mexican scoop moulder asks for the written release after sign-off before running.
_c21_text = (
    "Hola Ravi,\n\n"
    "vimos que firmaron las muestras - thank you for the sample sign-off of 22/07, qué gusto que quedaron "
    "bien 🎉\n\n"
    "Before we start the 49,700 pzas: ¿nos pueden mandar la liberación por escrito de Chantal? We don't "
    "start the run or buy the resin until we have it in writing, as agreed.\n\n"
    "Once we have it, lead time is 3 semanas.\n\n"
    "Saludos,\n"
    "Ing. Jorge Treviño\nVentas\nPlásticos Regiomontanos S.A. de C.V.\nAv. Ruiz Cortines 4120, Monterrey, N.L.\n"
    "+52 81 5555 7731\n\n"
    "El 15 jul 2024, a las 14:02, Jenna MacLeod <jmacleod@northpeaknaturals.ca> escribió:\n"
    + q("Hi Jorge,\n"
        "PO 7796: 300 sample scoops (10 cc, PP natural) released. The 49,700 production scoops are not\n"
        "released until Ravi Sandhu signs off the samples and Chantal Tremblay (Director, Procurement) sends\n"
        "the written release. Resin for the 300 only.\n"
        "Jenna")
    + "\n"
)
case("c21_pr_asks_for_written_release", [],
     "supplier acknowledges the sample sign-off but asks for the written release before running the 49,700; quoted buyer scope complete",
     [("Liberacion por escrito PO 7796.eml", eml_bytes(mail(
         "Jorge Treviño <jtrevino@plasticosregio.com.mx>", "Ravi Sandhu <rsandhu@northpeaknaturals.ca>",
         "Liberación por escrito - PO 7796 cucharas 10 cc", "Wed, 24 Jul 2024 10:30:12 -0600", _c21_text,
         cc="Jenna MacLeod <jmacleod@northpeaknaturals.ca>")))])


# c22: Irish pharmacy closure specification only; numbers are dimensions and packing, no authorization.
case("c22_brennan_closure_spec", [],
     "packaging specification only: dimensions, torque, AQL and packing configuration; nothing is authorized or approved",
     [("PS-BR-0441_Rev3_38-400_CRC_closure.docx", docx_bytes([
         ("h1", "Packaging Specification PS-BR-0441 Rev 3"),
         ("p", "Brennan Pharmacy Group Ltd - Packaging Technology - Closure 38-400 CRC, white PP, with induction seal liner"),
         ("table", [
             ["Characteristic", "Specification", "Class"],
             ["Neck finish", "GPI 38-400", "critical"],
             ["T dimension", "37.80 ± 0.25 mm", "major"],
             ["Application torque", "12-18 in-lb (1.4-2.0 Nm)", "major"],
             ["Removal torque (24 h)", "≥ 8 in-lb", "major"],
             ["Child resistance", "ISO 8317:2015 / 16 CFR 1700.20", "critical"],
             ["Liner", "Induction seal, PET/Al 25 µm/heat seal, 38 mm", "critical"],
             ["Colour", "White, Pantone 11-0601 TCX, ΔE ≤ 2.0", "minor"],
         ]),
         ("h", "Sampling"),
         ("p", "ISO 2859-1, general inspection level II. AQL critical 0.065, major 0.65, minor 2.5."),
         ("h", "Packing"),
         ("p", "2,400 closures per carton (PE liner), 12 cartons per pallet layer, 5 layers, 144,000 closures per "
               "pallet max. Pallet labels per BR-LOG-007 with GS1-128 SSCC."),
         ("h", "Revision history"),
         ("table", [
             ["Rev", "Date", "Change"],
             ["1", "14/02/2022", "First issue"],
             ["2", "03/11/2023", "Liner changed to PET/Al 25 µm"],
             ["3", "19/08/2024", "Removal torque requirement added"],
         ]),
     ], author="Ciaran Doyle"))])


# c23: Swiss private label SAP printout: sample position released, production position not released.
_c23 = """\
HELVETIA VITAL SA                              COMMANDE / PURCHASE ORDER
Chemin du Closel 14, 1020 Renens VD               No. HV-24-0744   Page 1
-----------------------------------------------------------------------------
Fournisseur : 300155  POLFOIL S.A., UL. KOLEJOWA 18, 93-375 LODZ, PL
Date        : 05.08.2024          Acheteur : N. ROCHAT
Conditions  : 60 JOURS NET        Incoterms: DAP RENENS
-----------------------------------------------------------------------------
Pos  Article        Désignation                      Qté  Un  Statut
---- -------------- ------------------------------ ----- --- --------------
0010 HV-FOL-250-MG  ALU 20MY HART HSL PVC 250MM 1C     2  ROL LIBERE
                    ECHANTILLON / SAMPLE - ESSAI MACHINE
0020 HV-FOL-250-MG  ALU 20MY HART HSL PVC 250MM 1C    78  ROL NON LIBERE
                    PRODUCTION
-----------------------------------------------------------------------------
Texte pos 0020:
  Quantité 78 rouleaux NON LIBEREE / NOT RELEASED.
  Libération uniquement après validation de l'essai machine (sign-off
  Marc-André Python, QA) et libération écrite de Nathalie Rochat,
  Responsable Achats. Aluminium uniquement pour pos 0010.
  Release only after machine-trial sign-off by Marc-André Python (QA)
  and a written release by Nathalie Rochat, Responsable Achats.
  Aluminium for pos 0010 only.
-----------------------------------------------------------------------------
Rouleau 1'000 m, mandrin 76 mm, DE max. 280 mm. Certificat CoA par rouleau.
CGA Helvetia Vital SA 2022.
"""
case("c23_helvetia_sap_po_positions", [],
     "PO printout: 2 sample reels released, 78 production reels not released until machine-trial sign-off and Nathalie Rochat's written release",
     [("HV-24-0744_commande.txt", _c23)])


# c24: Teams: supplier asks to buy board for the full quantity; buyer keeps material sample-only.
_c24 = """\
Microsoft Teams - chat export
Chat: Lakeshore CP / Meiya - CTN-ZN-90 cartons
Participants: Greg Halvorsen, Tom Reinholt (Lakeshore Contract Packaging); Jason Lin (Dongguan Meiya) (External)
Exported: 2024-08-16 10:02 (UTC-05:00)

[2024-08-12 07:55] Greg Halvorsen
Jason, PO 0087402 is in your inbox: 1,200 sample cartons (CTN-ZN-90, dieline LCP-DL-2240 Rev 01) are released. The 58,800 balance on your quote is not released until Tom signs off the line trial and I send you a written release.

[2024-08-12 20:14] Jason Lin (External)
Dear Greg, received with thanks. Question: the mill lead time for SBS 18pt is 6 weeks now. Can we buy board for the full 60k now, to be safe?

[2024-08-13 07:40] Greg Halvorsen
No - material authority stays sample-only: board for the 1,200 samples only. Nothing for the 58,800 until the written release. If the lead time becomes a problem we'll discuss a staged material authority in writing, but not today.

[2024-08-13 08:02] Jason Lin (External)
OK understood, only board for 1,200 pcs.

[2024-08-15 16:30] Tom Reinholt
Jason - trial is planned for Aug 27 on cartoner #3, please make sure the samples are here by the 23rd.
"""
case("c24_teams_material_question_denied", [],
     "supplier asks to buy board for the full 60k; buyer keeps material sample-only; 1,200 released, 58,800 held until Tom's sign-off and Greg's written release",
     [("Teams_Lakeshore_Meiya_CTN-ZN-90.txt", _c24)])


# ==== END OF CASES ====


# ===================================================================== BUILD
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(135135).shuffle(order)
    labels = {}
    mapping = []
    for n, i in enumerate(order, 1):
        c = CASES[i]
        stem = re.sub(r"[^A-Za-z0-9]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h135_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping.append((folder, c["name"], c["expect"]))
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    # summary on stdout only (the descriptive names never reach cases/ or labels.json)
    rules = {}
    for c in CASES:
        for r in c["expect"]:
            rules[r] = rules.get(r, 0) + 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multi}")
    for r in sorted(rules):
        print(f"  {r}: {rules[r]}")
    fmt_files, fmt_cases = {}, {}
    for c in CASES:
        present = set()
        for fn, _ in c["files"]:
            ext = fn.rsplit(".", 1)[-1].lower()
            fmt_files[ext] = fmt_files.get(ext, 0) + 1
            present.add(ext)
        for e in present:
            fmt_cases[e] = fmt_cases.get(e, 0) + 1
    print("top-level files per format:", dict(sorted(fmt_files.items())))
    print("cases with format (top-level):", dict(sorted(fmt_cases.items())))
    print("multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))
    if "-v" in __import__("sys").argv:
        for row in mapping:
            print("  ", *row)


if __name__ == "__main__":
    build()
