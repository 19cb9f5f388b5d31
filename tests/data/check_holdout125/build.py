#!/usr/bin/env python3
"""Generator for the releasegate check_holdout125 corpus (children's toys and nursery products).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout125/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
The renderer helpers are copied from check_holdout3/build.py; the cases are new.
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
    m["Message-ID"] = msgid or f"<h125-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h125")
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


# ----------------------------------------------------------------- small text helpers
def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").split("\n"))


def txt2html(text):
    """Very small text -> HTML converter for multipart/alternative bodies."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip(">").lstrip()) for ln in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n" + "\n".join(out) + "\n</body></html>\n"


def html_table(rows):
    h = "<table>\n<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in rows[0]) + "</tr>\n"
    for r in rows[1:]:
        h += "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n"
    return h + "</table>"


# ==== CASES

# =================================================================== CLEAN (c01-c15)

# c01 supplier quote with proto / PP / bulk tiers, on its own: no authorized quantity
case("c01_quote_tiers", [], "supplier quote alone with proto/PP/bulk tiers; no authorization, tiers are price breaks", [
    ("Quotation_JP-Q24-0418.pdf", pdf([
        ("h1", "Shantou Chenghai Joyful Plush Toys Co., Ltd."),
        ("p", "No. 18 Fengxiang Road, Chenghai District, Shantou, Guangdong 515800, China  |  Tel +86 754 8571 2266  |  sales@joyfulplush.cn"),
        ("h", "QUOTATION  No. JP-Q24-0418"),
        ("p", "Date: 18 April 2024    To: Bramble & Bee Toys, Inc., Portland, OR, USA    Attn: Ms. Megan Holloway, Sourcing Manager"),
        ("p", "Item: BB-PL-2207 'Hazel the Hedgehog' plush, 25 cm sitting. Outer: 100% polyester short pile (1.5 mm) in Honey / Moss / Berry; "
              "inner: virgin PP cotton 7D; eyes and nose embroidered (no plastic eyes, suitable 0+). Sewn-in law label and CE/UKCA care label."),
        ("table", [
            ["Stage", "Quantity", "Unit price (USD, FOB Shantou)", "Lead time"],
            ["Proto (hand sewn, 1 per colour)", "3 pcs", "18.00", "7 days from artwork"],
            ["PP sample", "24 pcs", "9.50", "15 days after proto sign-off"],
            ["Bulk price break A", "6,000 pcs", "3.42", "45 days after customer's written production release"],
            ["Bulk price break B", "12,000 pcs", "3.18", "50 days after customer's written production release"],
        ]),
        ("sp",),
        ("p", "Testing: EN 71-1/-2/-3 and ASTM F963-23 full report at Intertek Shantou, USD 640 per report, charged at cost. "
              "CPSIA lead/phthalates screening included. Children's Product Certificate by customer."),
        ("p", "Packing: 1 pc / PE bag with suffocation warning, 48 pcs / export carton (58 x 40 x 45 cm), carton mark per customer."),
        ("p", "Remarks: quantities above are price breaks for your costing; this quotation is not an order and reserves nothing. "
              "Bulk lead time counts only from your written production release. Validity 60 days. Payment 30% T/T deposit, 70% against B/L copy."),
        ("sp",),
        ("p", "Coco Lin, Sales Manager  |  WeChat: cocolin_toys"),
    ], title="Quotation JP-Q24-0418", author="Joyful Plush")),
])

# c02 WeChat: supplier asks for go-ahead, buyer answers with a full scope
case("c02_wechat_goahead_question", [], "supplier's go-ahead question; buyer answers sample-only with hold, unlock event and named releaser", [
    ("WeChat_Joyful_Megan_2024-05.txt", """WeChat chat history export
Chat: Coco Lin (Joyful Plush) <-> Megan Holloway (Bramble & Bee)
Exported: 2024-05-09 08:30

2024-05-06 10:02  Coco Lin
Good morning Megan! 24pcs PP samples of Hazel hedgehog (BB-PL-2207) finish already, photos below

2024-05-06 10:02  Coco Lin
[Photo] [Photo] [Photo]

2024-05-06 10:05  Coco Lin
Our fabric supplier ask us to confirm the bulk fabric booking this week, else the Moss colour lot maybe sold out. Do we have your go-ahead for the 6000pcs bulk?

2024-05-06 21:40  Megan Holloway
Hi Coco, they look great, thank you! The Berry one is my favourite 😊

2024-05-06 21:42  Megan Holloway
To answer your question: no, not yet. Right now only the 24 PP samples are released. The 6,000 bulk is NOT released, so please don't book the bulk fabric yet, even if the Moss lot goes.

2024-05-06 21:43  Megan Holloway
Next step: send the 24 PP by DHL to Portland. Once Tyler signs off the PP samples, I (Megan Holloway) will send you a written release for the 6,000 by email. Nothing before that please.

2024-05-07 08:15  Coco Lin
Noted with thanks 🙏 we wait your written release. DHL tomorrow, AWB I will send.

2024-05-07 08:16  Coco Lin
[Sticker]

2024-05-08 17:51  Coco Lin
DHL AWB 4417 2093 65, ETA Portland 13 May.
"""),
])

# c03 retailer vendor portal: labelled rolling forecast
_c03_rows = [["Week", "SKU", "Description", "Forecast units"]]
for wk, a, b in [("W27", "1,200", "2,400"), ("W31", "1,500", "2,400"), ("W35", "1,500", "3,000"),
                 ("W39", "2,000", "3,600"), ("W43", "2,000", "3,600")]:
    _c03_rows.append([wk, "HS-STR-114", "Pram hood frame kit", a])
    _c03_rows.append([wk, "HS-STR-120", "Swivel wheel assembly (pair)", b])
case("c03_forecast_labelled", [], "retailer portal rolling forecast clearly labelled planning-only, not a PO", [
    ("hopscotch_vendor_forecast_W24.html", html_page("Hopscotch Vendor Portal - Forecast", f"""
<h2>Hopscotch Retail plc &mdash; Vendor Portal</h2>
<p>Supplier: <b>Dongguan Everbright Juvenile Products Co., Ltd.</b> (vendor no. 100377) &nbsp;|&nbsp; Published: 10 June 2024 (week 24) &nbsp;|&nbsp; Contact: Priya Shah, Senior Buyer</p>
<div class="note"><b>Rolling 26-week forecast &mdash; for capacity planning only.</b> This page is not a purchase order. It does not release production and it
does not authorise any material purchase. Quantities may change every week. Purchase orders are issued separately in the PO module, and only a
PO line with status <i>Released</i> authorises production.</div>
<h3>Forecast (indicative)</h3>
{html_table(_c03_rows)}
<p>Q4 allocation figures shown from W39 are indicative and will be confirmed, if at all, by purchase order.</p>
<p>Questions on this forecast: vendor.planning@hopscotch-retail.co.uk</p>
<p style="font-size:11px;color:#777">Hopscotch Retail plc, registered in England no. 04411877. Portal build 7.12.0.</p>
""", lang="en-GB")),
])

# c04 EP sample signed off for fit/colour only; full scope
_c04_text = """Hi Dewi,

Thanks for the 12 EP samples of the LHB-BT-240 anti-colic bottle (240 ml) - they arrived Monday in good shape.

Our QA lead Marcus Bell has finished his review. Result: the EP samples are signed off for fit and colour only (vent valve fit, teat collar thread, Pantone 9224 C on the collar). This is a technical sign-off on the EP samples; it does not release production.

Open point for PP: the graduation print was slightly off-register on 2 of the 12 (ml scale shifted ~1 mm). Please correct the pad-print fixture before PP.

What is released now: the PP sample lot on PO 45-1180, line 2, 36 pcs.

The bulk of 10,000 pcs on your quote CAP-Q-0412 is not released and stays on hold. It will be released only by a written production release from me, after (1) the PP samples pass the ASTM F963 / FDA 21 CFR 177.1520 and LFGB testing at SGS, and (2) Marcus signs off the PP samples. Please don't buy bulk PPSU resin for the 10,000 - your material authority is for the 36 PP samples only.

Have a good week,
Rachel
""" + sig("Rachel Nguyen", "Senior Sourcing Manager", "Little Harbor Baby Co., Austin TX", "+1 512 555 0148")
case("c04_ep_signoff_scoped", [], "EP sample signed off for fit/colour only; PP 36 active, 10,000 on hold, unlock events and releaser named", [
    ("LHB-BT-240_EP_result.eml", mail(
        "Rachel Nguyen <rachel.nguyen@littleharborbaby.com>", "Dewi Lestari <dewi.lestari@cahaya-anak.co.id>",
        "LHB-BT-240 Anti-colic bottle 240 ml - EP sample result", "Wed, 15 May 2024 16:22:00 -0500",
        _c04_text, html=txt2html(_c04_text), cc="Marcus Bell <marcus.bell@littleharborbaby.com>")),
])

# c05 full-quantity reorder PO, "proceed with 2 000 pcs"
case("c05_full_po_proceed", [], "full-quantity reorder PO (2 000 pcs, no balance, no larger qty); 'proceed' is scoped to 2 000", [
    ("PL-24-0331.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER  PL-24-0331"),
        ("p", "Petit Lutin SAS - 14 rue de la Charit\u00e9, 69002 Lyon, France - TVA FR 62 812 334 905"),
        ("p", "Fournisseur / Supplier: Binh Duong Woodcraft JSC, Lot C7, VSIP II, Thu Dau Mot, Binh Duong, Vietnam"),
        ("p", "Date: 02/04/2024    Acheteuse / Buyer: Camille Moreau    Incoterm: FOB Cat Lai    Devise: EUR"),
        ("p", "Type: R\u00e9assort / reorder of running items (in production since 2023). No samples required; golden samples GS-2023-07 "
              "and GS-2023-08 (signed off 14/09/2023) remain the reference."),
        ("table", [
            ["Ligne", "Article", "Description", "Qt\u00e9", "Prix unit.", "Total"],
            ["10", "PL-PZ-012", "Puzzle \u00e0 encastrer 'La ferme', 9 pi\u00e8ces, h\u00eatre FSC", "1 200", "3,85 \u20ac", "4 620,00 \u20ac"],
            ["20", "PL-PZ-014", "Puzzle \u00e0 encastrer 'Animaux de la mer', 8 pi\u00e8ces", "800", "3,95 \u20ac", "3 160,00 \u20ac"],
            ["", "", "TOTAL", "2 000", "", "7 780,00 \u20ac"],
        ]),
        ("sp",),
        ("p", "Quantit\u00e9 totale command\u00e9e / full order quantity: 2 000 pcs (lines 10 + 20). This PO covers the complete quantity; there is no balance "
              "and no further quantity is planned under it."),
        ("p", "Please proceed with production of the 2 000 pcs per golden samples GS-2023-07 / GS-2023-08. ETD Cat Lai: 15/07/2024."),
        ("p", "Conformit\u00e9: EN 71-1, EN 71-2, EN 71-3:2019+A1:2021, marquage CE, water-based paints only. Test report per production lot (Bureau Veritas HCMC)."),
        ("p", "Paiement: 30% acompte, solde 70% contre copie BL. Emballage: carton kraft imprim\u00e9 1 couleur, 24 pcs par carton."),
        ("sp",),
        ("p", "Camille Moreau, Acheteuse - camille.moreau@petitlutin.fr - +33 4 72 00 41 18"),
    ], title="PO PL-24-0331", author="Petit Lutin SAS")),
])

# c06 call-off with explicit staged material authority above the released quantity (EML + TXT attachment)
_c06_att = """WATTLE & GUM KIDS PTY LTD                          CALL-OFF UNDER BLANKET PO
ABN 41 622 019 773, 88 Smith St, Collingwood VIC 3066           PRINTED 20/05/2024 10:11
------------------------------------------------------------------------------------------
BLANKET PO    : WG-7781            SUPPLIER : BINH DUONG WOODCRAFT JSC (V0042)
ITEM          : WG-BB-12  KOOKABURRA 12IN BALANCE BIKE, BIRCH PLY, EVA TYRES
BLANKET QTY   : 4,000 BIKES (COMMERCIAL COVER)
------------------------------------------------------------------------------------------
CALL-OFF  DATE        QTY RELEASED   STATUS        AUTHORISED BY
1 (PP)    03/05/2024        20       COMPLETE      J. KELLY (PP SIGN-OFF 03/05/2024)
2         20/05/2024     1,000       RELEASED      M. ROBERTSON
------------------------------------------------------------------------------------------
RELEASED FOR PRODUCTION NOW       :   1,000 BIKES (CALL-OFF 2)
NOT RELEASED (ON HOLD)            :   3,000 BIKES - EACH LOT ONLY BY A FURTHER WRITTEN
                                      CALL-OFF SIGNED BY M. ROBERTSON
MATERIAL AUTHORITY                :   STAGED - BIRCH PLY + EVA TYRES FOR UP TO 3,000
                                      BIKES AT BUYER LIABILITY. ABOVE 3,000 BIKES' WORTH
                                      AT SUPPLIER'S OWN RISK.
DELIVERY CALL-OFF 2               :   EX-WORKS 28/06/2024, FOB CAT LAI
------------------------------------------------------------------------------------------
"""
_c06_text = """Hi Duc,

Call-off no. 2 under our blanket PO WG-7781 is attached (text printout from our system).

- Released for production now: 1,000 Kookaburra balance bikes (WG-BB-12), ex-works 28 June.
- The PP lot (call-off 1, 20 bikes) was signed off by Josh on 3 May, so we're clear on spec.
- The remaining 3,000 bikes on the blanket are not released. Each further lot will only come as a written call-off from me.
- Material: because the birch ply has a 10-week lead time, you may buy and stage birch ply and EVA tyres for up to 3,000 bikes at our liability (staged material authority, 3,000 bikes). Please don't cut or assemble beyond the 1,000, and anything over 3,000 bikes' worth of material is at your own risk.

Can you confirm back in writing that this matches your plan?

Cheers,
Mia
""" + sig("Mia Robertson", "Sourcing Lead", "Wattle & Gum Kids Pty Ltd, Melbourne", "+61 3 9000 4412")
case("c06_calloff_staged_material", [], "call-off releases 1,000; explicit staged material authority up to 3,000; rest on hold by next written call-off from Mia", [
    ("WG-7781_call-off_2.eml", mail(
        "Mia Robertson <mia@wattleandgum.com.au>", "Tran Minh Duc <duc.tran@bdwoodcraft.vn>",
        "Call-off 2 - WG-BB-12 - 1,000 bikes released / material staged to 3,000", "Mon, 20 May 2024 10:20:00 +1000",
        _c06_text, attachments=[("WG-7781_calloff2.txt", _c06_att, "text/plain")])),
])

# c07 DOCX explicit, recorded auto-conversion (Japanese buyer, Sri Lankan factory)
case("c07_autoconversion_recorded", [], "explicit recorded auto-conversion naming quantity, signer and conditions; PP 30 active", [
    ("HZ-PL-5530_sample_to_production_agreement.docx", docx_bytes([
        ("h1", "Sample-to-production agreement"),
        ("p", "Hoshizora Toys K.K. (Osaka) and Lanka Soft Toys (Pvt) Ltd (Katunayake EPZ, Sri Lanka)"),
        ("p", "Item: HZ-PL-5530 'Tsukimi Usagi' moon rabbit plush, 20 cm. Purchase order HT-24-0530. Date: 2 May 2024."),
        ("h", "1. Quantities"),
        ("table", [
            ["", "Quantity", "Status today"],
            ["PP samples (PO line 1)", "30 pcs", "released - please make now"],
            ["Mass production (PO line 2)", "4,800 pcs", "not released - converts only as in section 2"],
        ]),
        ("h", "2. Auto-conversion (recorded)"),
        ("p", "We kindly agree as follows. When Ms. Yuki Tanaka, Manager Product Quality of Hoshizora Toys, records in writing an approved "
              "PP sample sign-off for HZ-PL-5530, the 4,800 pcs of PO line 2 are released for production by that sign-off itself, without a separate release letter."),
        ("p", "Conditions: (a) the sign-off must be 'approved' (an interim or rejected sign-off converts nothing); (b) the ST 2016 and EN 71-1/2/3 "
              "test reports on the PP samples must be passed; (c) the sign-off must be dated on or before 30 June 2024. After that date a separate written release from Kenji Watanabe is needed."),
        ("p", "If the conditions are not met, nothing beyond the 30 PP samples is released and the 4,800 pcs stay on hold."),
        ("h", "3. Material"),
        ("p", "Until the conversion happens, material authority is sample-only: fabric and filling for the 30 PP samples."),
        ("h", "Signatures"),
        ("p", "For Hoshizora Toys K.K.: Kenji Watanabe, Buyer, Sourcing Dept. (signed 2 May 2024)"),
        ("p", "For Lanka Soft Toys (Pvt) Ltd: Nimal Perera, Director - Sales (signed 2 May 2024)"),
    ], author="Kenji Watanabe")),
])

# c08 supplier: deposit does not release production (quoted buyer scope)
_c08_text = """Dear Rachel,

We confirm receipt of the 30% deposit (USD 4,950.00) on 14 May for PO 45-1207. Thank you very much.

For clarity, and as per your PO note below: the deposit does not release production. We are making only the 48 pcs PP samples of LHB-TT-03 silicone teether ring now. The 15,000 pcs bulk stays on hold until we receive your written production release. We have not ordered bulk LSR silicone.

PP samples ETD 24 May by FedEx, tracking will follow.

Best regards,
Dewi Lestari
Export Marketing
PT Cahaya Anak Plastindo
Jl. Jababeka XII Blok W 21, Cikarang, Bekasi 17530, Indonesia

-----Original Message-----
From: Rachel Nguyen <rachel.nguyen@littleharborbaby.com>
Sent: Friday, 10 May 2024 09:05
Subject: PO 45-1207 LHB-TT-03 teether ring

""" + quote("""Hi Dewi, PO 45-1207 attached in our portal. PO note:
Line 1 releases 48 PP samples of LHB-TT-03 only.
Bulk 15,000 pcs (line 2, commercial cover only) is NOT released. It is released only by my
written production release after SGS testing passes and Marcus Bell signs off the PP samples.
Payment terms: 30% deposit, 70% against copy B/L.
Rachel Nguyen, Senior Sourcing Manager""") + "\n"
case("c08_deposit_not_release", [], "supplier confirms deposit does not release production; quoted buyer scope complete", [
    ("RE_PO_45-1207_deposit.eml", mail(
        "Dewi Lestari <dewi.lestari@cahaya-anak.co.id>", "Rachel Nguyen <rachel.nguyen@littleharborbaby.com>",
        "RE: PO 45-1207 LHB-TT-03 teether ring - deposit received", "Wed, 15 May 2024 10:41:00 +0700",
        _c08_text, in_reply_to="<h125-po451207@littleharborbaby.com>")),
])

# c09 DOCX supplier acknowledgement restating hold (Sri Lankan English)
case("c09_supplier_ack_hold", [], "supplier acknowledgement restates 18 PP active, 3,600 on hold until PP sign-off and Priya Shah's written release", [
    ("OA-2024-118.docx", docx_bytes([
        ("h1", "ORDER ACKNOWLEDGEMENT  OA-2024-118"),
        ("p", "Lanka Soft Toys (Pvt) Ltd, Block 7, Export Processing Zone, Katunayake 11450, Sri Lanka"),
        ("p", "To: Hopscotch Retail plc, Leeds LS11, United Kingdom - Attn: Ms. Priya Shah, Senior Buyer"),
        ("p", "Your ref: HR-PO-77120 dated 22 April 2024    Our ref: OA-2024-118    Date: 25 April 2024"),
        ("p", "Dear Madam, we thank you for the above purchase order and we acknowledge its scope exactly as written, as follows."),
        ("table", [
            ["PO line", "Item", "Description", "Qty", "Scope", "Status"],
            ["1", "HR-CF-031", "'Ellie' elephant baby comforter, 30 x 30 cm, organic cotton", "18 pcs", "PP sample", "released - in work"],
            ["2", "HR-CF-031", "same", "3,600 pcs", "production", "NOT released - on hold"],
        ]),
        ("sp",),
        ("p", "Only line 1 (18 PP samples) is released for making. Line 2 (3,600 pcs) is on hold. We shall not cut fabric or start sewing for line 2 "
              "until Ms. Priya Shah issues a written production release, which we understand will follow only after your QA team signs off the PP samples."),
        ("p", "Material: we shall buy fabric and trims for the 18 PP samples only. PP samples ETD Colombo: 10 May 2024 by DHL."),
        ("p", "Kindly note that the sample testing to EN 71-1/2/3 and UKCA will be done at SGS Lanka on the PP lot."),
        ("p", "Thanking you, Yours faithfully,"),
        ("p", "Chamari Fernando, Merchandiser - chamari@lankasofttoys.lk - +94 11 225 3390"),
    ], author="Chamari Fernando")),
])

# c10 PDF PO full scope, identifiers that look like quantities
case("c10_po_identifiers", [], "sample PO 50 pcs with full scope note; PN 5000-200, DRG 1200 Rev 12, Q-2500, EN/ISO numbers are identifiers", [
    ("PO_24-0500.pdf", pdf([
        ("h1", "PURCHASE ORDER 24-0500"),
        ("p", "Puddle & Pram Ltd, Unit 12 Aire Valley Business Park, Leeds LS10 1QN, UK - VAT GB 318 2290 17"),
        ("p", "Supplier: Dongguan Everbright Juvenile Products Co., Ltd., Houjie Town, Dongguan, Guangdong 523960, China (vendor 2500)"),
        ("p", "Order date: 3 June 2024    Buyer: Oliver Grant    Delivery: DAP Leeds by 5 July 2024    Currency: GBP"),
        ("table", [
            ["Line", "Part number", "Description", "Drawing", "Qty", "Unit", "Price", "Scope"],
            ["1", "PN 5000-200", "Rear axle hub assembly, PA66-GF30 + 6200ZZ bearing", "DRG 1200 Rev 12", "50", "pcs", "\u00a33.80", "samples (FAI)"],
        ]),
        ("sp",),
        ("h", "Scope note"),
        ("p", "This PO releases 50 (fifty) sample pieces only. The production quantity of 8,000 pcs shown on your quote Q-2500 is for information; "
              "it is not released. Production will be released only in writing by Fiona McAllister, Head of Sourcing, after the 50 samples pass "
              "EN 1888-1:2018 testing and Oliver Grant signs off the FAI samples. Material authority: sample-only."),
        ("h", "Technical"),
        ("p", "Thread M6x1.0, bearing 6200ZZ (10 x 30 x 9 mm), hub torque 4.5 Nm, grease pack 250 g per 1000 hubs (samples: sachet). "
              "Supplier QMS to ISO 9001:2015. Surface coatings to BS EN 71-3:2019+A1:2021. FAI report per AS-style balloon drawing, all 64 characteristics."),
        ("p", "Terms: Puddle & Pram General Terms of Purchase 2023 (T-1000) apply. Payment 60 days from invoice."),
        ("sp",),
        ("p", "Oliver Grant, Senior Buyer - oliver.grant@puddleandpram.co.uk - +44 113 496 0722"),
    ], title="PO 24-0500", author="Puddle & Pram Ltd")),
])

# c11 licensor portal: technical approvals only, production not released, full scope
case("c11_licensor_portal_technical", [], "licensor portal: approvals are design/sample only and say they release nothing; licensee PO scope complete", [
    ("starling_portal_SS-88102.html", html_page("Starling Studios Licensing - Submission SS-88102", """
<h2>Starling Studios Licensing &mdash; Product Submission Tracker</h2>
<p>Licensee: <b>Hoshizora Toys K.K.</b> (licence LIC-JP-0417, property 'Moonbeam Meadow') &nbsp;|&nbsp; Factory: Shantou Chenghai Joyful Plush Toys Co., Ltd.</p>
<p>Submission <b>SS-88102</b> &mdash; 'Luna Lamb' plush 25 cm (licensee item HZ-PL-5561)</p>
<table>
<tr><th>Stage</th><th>Submitted</th><th>Licensor decision</th><th>Comments</th></tr>
<tr><td>Concept / artwork</td><td>02 Apr 2024</td><td>Approved (design only)</td><td>Ear shape per style guide p.14.</td></tr>
<tr><td>Pre-production (PP) sample</td><td>21 May 2024</td><td>Approved with comments &mdash; sample only</td><td>Embroidery of the star on the left hoof 2 mm smaller, please.</td></tr>
<tr><td>Production (TOP) sample</td><td>&mdash;</td><td>not yet submitted</td><td>Submit 3 pcs from the first production lot.</td></tr>
</table>
<div class="note">Licensor approvals are brand and quality approvals of designs and samples only. They are not purchase orders and do not release production.
Production quantities are released only by the licensee's buyer.</div>
<h3>Licensee order information (entered by Hoshizora Toys)</h3>
<p>PO HT-24-0560: 24 PP samples released. Mass production 3,000 pcs is <b>not released</b> and stays on hold until Ms. Yuki Tanaka (Hoshizora, Product Quality)
signs off the corrected PP sample and Kenji Watanabe sends the written production release to the factory.</p>
<p style="font-size:11px;color:#777">Starling Studios Licensing LLC, Burbank CA. Portal v4.2 &mdash; confidential licensee information.</p>
""")),
])

# c12 quoted supplier auto-conversion assumption, buyer corrects it
_c12_text = """Kevin,

Please don't plan it that way. Sign-off of the PP samples is a technical step only; it does not release the 4,500 frames by itself.

What is released now: the 30 PP samples on PO 24-0417, nothing else.
The 4,500 bulk stays on hold until Fiona McAllister (Head of Sourcing) sends you a written production release, and she will only do that after I have signed off the PP samples.

Feel free to keep the line slot pencilled in, but please don't cut tube or buy bulk fabric until you have Fiona's release. Can you confirm?

Thanks,
Oliver
""" + sig("Oliver Grant", "Senior Buyer", "Puddle & Pram Ltd, Leeds", "+44 113 496 0722") + """
On Tue, 21 May 2024 at 09:12, Kevin Zhou <kevin.zhou@everbright-juvenile.com> wrote:
""" + quote("""Dear Oliver,
PP samples of PN 3310-04 canopy frame (30 pcs) will ship Friday by DHL.
To save time, once you approve the PP we will roll straight into the 4,500 bulk, line booked from 3 June.
Please confirm.
Kevin Zhou
Sales Manager, Dongguan Everbright Juvenile Products""") + "\n"
case("c12_quoted_autoconv_corrected", [], "supplier's roll-into-bulk assumption appears only quoted; buyer reply corrects with full scope", [
    ("RE_PN_3310-04_PP_and_bulk.eml", mail(
        "Oliver Grant <oliver.grant@puddleandpram.co.uk>", "Kevin Zhou <kevin.zhou@everbright-juvenile.com>",
        "RE: PN 3310-04 canopy frame - PP samples and bulk plan", "Tue, 21 May 2024 11:47:00 +0100",
        _c12_text, cc="Fiona McAllister <fiona.mcallister@puddleandpram.co.uk>",
        in_reply_to="<h125-kz0521@everbright-juvenile.com>")),
])

# c13 forwarded old quote (rfc822) declared informational
_c13_old = mail("Nguyen Thi Lan <lan.nguyen@bdwoodcraft.vn>", "Camille Moreau <camille.moreau@petitlutin.fr>",
                "Quotation stacking rainbow PL-ST-007", "Thu, 16 Mar 2023 14:05:00 +0700",
                """Dear Camille,

Please see our quotation for the stacking rainbow PL-ST-007 (7 arches, beech, water-based paint):

 - 500 pcs: USD 6.10 / pc
 - 5,000 pcs: USD 4.75 / pc

FOB Cat Lai, lead time 45 days. Validity 30 days.

Best regards,
Lan
Nguyen Thi Lan - Sales, Binh Duong Woodcraft JSC
""")
_c13_text = """Bonjour Lan,

Please find below, for information only, your 2023 offer for the stacking rainbow (forwarded). The 5,000 pcs figure in it is an old price break: it is informational and it is not released.

Our new PO PL-24-0412 releases 20 (vingt) prototype pieces of PL-ST-007 in the new colour set 'Provence' - nothing more.

Production (3 000 pcs on your new offer BD-24-066) is not released. It will be released only by a written release from Sophie Lambert, directrice achats, after our quality team (Julien Garnier) signs off the prototypes and the EN 71-3 report.

Merci et bonne journ\u00e9e,
Camille
""" + sig("Camille Moreau", "Acheteuse", "Petit Lutin SAS, Lyon", "+33 4 72 00 41 18")
case("c13_forward_old_quote_info", [], "old 5,000 quote forwarded as rfc822 and declared informational; 20 protos active, 3 000 on hold with event and releaser", [
    ("TR_ancienne_offre_PL-ST-007.eml", mail(
        "Camille Moreau <camille.moreau@petitlutin.fr>", "Nguyen Thi Lan <lan.nguyen@bdwoodcraft.vn>",
        "TR: Ancienne offre 2023 (pour info) / new PO PL-24-0412 prototypes", "Tue, 09 Apr 2024 10:15:00 +0200",
        _c13_text, attachments=[("rfc822", _c13_old)])),
])

# c14 WhatsApp: Australian buyer, samples only, bulk on hold
case("c14_whatsapp_samples_only", [], "WhatsApp: 36 samples only, 2.4k on hold until Josh's sign-off and Mia's written release, no timber", [
    ("WhatsApp_Chat_Mia_Robertson_Duc.txt", """12/05/2024, 09:14 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
12/05/2024, 09:14 - Mia Robertson: Morning Duc! PO WG-7802 just went through our system 🎉
12/05/2024, 09:15 - Mia Robertson: Quick heads up so there's no confusion: the PO is for the 36 samples of the stacking koala (WG-ST-05) only - that's all you're cleared to make right now
12/05/2024, 09:16 - Mia Robertson: The 2.4k production run on your quote is NOT released. It stays on hold until Josh Kelly signs off the samples AND I send you the production release in writing. So please don't buy timber for the 2.4k yet
12/05/2024, 09:40 - Tran Minh Duc: Hi Mia, noted 👍 36 pcs sample only. Bulk 2400 wait for your written release
12/05/2024, 09:41 - Tran Minh Duc: Colour for the joey: same eucalyptus green as WG-ST-04 or new one?
12/05/2024, 09:52 - Mia Robertson: Same green please. And the test is AS/NZS ISO 8124.1 + EN 71-3, same lab as last time
12/05/2024, 09:53 - Mia Robertson: Samples by 31 May if you can 🙏
12/05/2024, 10:05 - Tran Minh Duc: OK can do 💪
13/05/2024, 16:20 - Tran Minh Duc: <Media omitted>
13/05/2024, 16:21 - Tran Minh Duc: Wood sample for the koala, beech A grade
13/05/2024, 18:02 - Mia Robertson: Lovely grain, cheers!
"""),
])

# c15 ERP PO printout, sample PO with full scope note
case("c15_erp_po_full_scope", [], "ERP sample PO 24 pcs; scope text names hold on 7,200, unlock events and Y. Tanaka; PLANT 1000 etc. are codes", [
    ("PO_4500018832_print.txt", """HOSHIZORA TOYS K.K.                                   PURCHASE ORDER          PAGE 1 / 1
3-5-12 MINAMI-SEMBA, CHUO-KU, OSAKA 542-0081, JAPAN
================================================================================================
PO NUMBER     : 4500018832          DOC TYPE : NB        PURCH ORG : 2000     PLANT : 1000
PO DATE       : 2024.05.13          BUYER    : K. WATANABE (PGR 105)      STOR LOC : 0500
VENDOR        : 300412  SHANTOU CHENGHAI JOYFUL PLUSH TOYS CO., LTD.
CURRENCY      : USD                 INCOTERMS: FOB SHANTOU             PAYT TERMS: Z030
================================================================================================
ITEM   MATERIAL        DESCRIPTION                        QTY   UN   NET PRICE    DELIV DATE
00010  HZ-PL-5512      KUMA BEAR 30CM PLUSH - PP SAMPLE    24   PC      11.20    2024.06.14
================================================================================================
HEADER TEXT (SCOPE):
  THIS PO RELEASES 24 PC PP SAMPLES ONLY.
  QUOTED PROD QTY 7,200 PC (QUOTE JP-Q24-0502) IS NOT RELEASED - INFORMATION ONLY.
  PROD QTY IS RELEASED ONLY BY A WRITTEN PRODUCTION RELEASE SIGNED BY Y. TANAKA
  (MGR PRODUCT QUALITY), AFTER PP SAMPLE SIGN-OFF AND ST MARK + EN 71 TEST PASS.
  MATERIAL AUTHORITY: SAMPLE ONLY.
ITEM TEXT 00010:
  LABEL PER SPEC HZ-LBL-2024 REV 3. CARTON MARK PER HZ-PK-100.
================================================================================================
TOTAL NET VALUE                                                268.80 USD
*** PRINTED 2024.05.13 14:02 JST BY KWATANABE - ORIGINAL ***
"""),
])


# =================================================================== CLEAN (c16-c25)

# c16 full reorder PO, baby bottles, 1,200 pcs, "go ahead with the 1,200"
case("c16_full_reorder_bottles", [], "full-quantity reorder PO of 1,200 bottles, no balance, no larger quantity; go-ahead scoped to 1,200", [
    ("PO_45-1233.pdf", pdf([
        ("h1", "Little Harbor Baby Co. - Purchase Order 45-1233"),
        ("p", "Little Harbor Baby Co., 2100 E Cesar Chavez St, Suite 300, Austin, TX 78702, USA"),
        ("p", "Vendor: PT Cahaya Anak Plastindo, Jl. Jababeka XII Blok W 21, Cikarang, Bekasi 17530, Indonesia"),
        ("p", "PO date: June 3, 2024    Buyer: Rachel Nguyen    Terms: FOB Jakarta, Net 60    Ship by: August 30, 2024"),
        ("p", "Order type: REORDER (3rd) of a running production item. No samples on this PO."),
        ("table", [
            ["Line", "SKU", "Description", "Color", "Qty", "Unit USD", "Ext. USD"],
            ["1", "LHB-BT-240-SG", "Anti-colic bottle 240 ml, PPSU", "Sage", "400", "2.86", "1,144.00"],
            ["2", "LHB-BT-240-OT", "Anti-colic bottle 240 ml, PPSU", "Oat", "400", "2.86", "1,144.00"],
            ["3", "LHB-BT-240-CL", "Anti-colic bottle 240 ml, PPSU", "Cloud", "400", "2.86", "1,144.00"],
            ["", "", "", "Total", "1,200", "", "3,432.00"],
        ]),
        ("sp",),
        ("p", "This PO covers the full order quantity of 1,200 pcs (lines 1-3); there is no balance. Production of the 1,200 pcs is released on this PO "
              "under our standing production specification LHB-SPEC-240 rev C. Please go ahead with the 1,200 pcs."),
        ("p", "Compliance: CPSIA, FDA 21 CFR 177.1520, BPA-free claim. SGS lot test, one report per production lot. Tracking label per 15 U.S.C. 2063(a)(5)."),
        ("p", "Packing: 1 bottle per printed gift box, 48 per master carton, UPC on each box. Routing guide LHB-RG-2024 applies."),
        ("sp",),
        ("p", "Authorized by Rachel Nguyen, Senior Sourcing Manager - rachel.nguyen@littleharborbaby.com"),
    ], pagesize=LETTER, title="PO 45-1233", author="Little Harbor Baby Co.")),
])

# c17 DOCX spec sheet, not an order
case("c17_spec_sheet_not_order", [], "spec sheet with material table; states it is not an order and authorizes no quantity; g/m2, cm, EN numbers only", [
    ("PL-TM-020_fiche_technique.docx", docx_bytes([
        ("h1", "Fiche technique / Spec sheet - PL-TM-020 Tapis d'\u00e9veil 'For\u00eat'"),
        ("p", "Petit Lutin SAS - D\u00e9veloppement produit - version C du 28/03/2024 - r\u00e9dig\u00e9 par Julien Garnier (Qualit\u00e9)"),
        ("p", "Activity play mat with two wooden arches, 100 x 100 cm, for babies 0+. Machine washable at 30\u00b0C (mat only)."),
        ("table", [
            ["Composant", "Mati\u00e8re", "Sp\u00e9cification", "Essai"],
            ["Dessus / top", "Coton bio GOTS, toile 180 g/m\u00b2", "Impression r\u00e9active, solidit\u00e9 couleur \u2265 4", "EN 71-3, Oeko-Tex 100 cl. I"],
            ["Rembourrage / filling", "Ouate polyester recycl\u00e9 250 g/m\u00b2", "\u00e9paisseur 15 mm \u00b1 2", "EN 71-2"],
            ["Dessous / bottom", "Coton bio, antid\u00e9rapant points silicone", "1 200 points / m\u00b2", "EN 71-3"],
            ["Arches", "H\u00eatre FSC, vernis aqueux", "\u00d8 12 mm, hauteur 45 cm", "EN 71-1 \u00a7 8.5, EN 71-3"],
            ["Jouets suspendus (3)", "Coton bio + h\u00eatre", "attache velcro, force 90 N", "EN 71-1 \u00a7 8.4"],
        ]),
        ("sp",),
        ("p", "Emballage: bo\u00eete carton 52 x 52 x 12 cm, notice FR/EN/DE/ES/IT, avertissements EN 71-1 \u00a7 7."),
        ("p", "This spec sheet defines the product only. It is not a purchase order and it authorizes no quantity, no production and no material purchase. "
              "Quantities are given only on Petit Lutin purchase orders and production is authorized only by a written release."),
    ], author="Julien Garnier")),
])

# c18 interim sign-off with limits (French buyer) + PDF release attachment
_c18_pdf = pdf([
    ("h1", "Petit Lutin SAS - Production release PL-24-0412-R1"),
    ("p", "Article PL-ST-007 arc-en-ciel empilable 'Provence' - Fournisseur: Binh Duong Woodcraft JSC - Date: 06/06/2024"),
    ("table", [
        ["", "Quantit\u00e9"],
        ["Quantit\u00e9 offre BD-24-066 (production)", "3 000 pcs"],
        ["Lanc\u00e9e maintenant / released now (interim)", "1 200 pcs"],
        ["Solde bloqu\u00e9 / on hold", "1 800 pcs"],
    ]),
    ("sp",),
    ("p", "Interim limit: 1 200 pcs, to be shipped before 15/07/2024. Basis: interim sign-off of the PP samples by Julien Garnier (Qualit\u00e9), 05/06/2024, "
          "colour 'moutarde' accepted for this quantity only."),
    ("p", "Unlock event for the 1 800 pcs: new PP samples in corrected 'moutarde' signed off by Julien Garnier, then a written release from Sophie Lambert."),
    ("p", "Material authority: wood and paint for 1 200 pcs only."),
    ("p", "Sign\u00e9: Sophie Lambert, Directrice achats"),
], title="Release PL-24-0412-R1", author="Petit Lutin SAS")
_c18_text = """Bonjour Lan,

Julien Garnier has given an interim sign-off on the PP samples of the stacking rainbow PL-ST-007: the paint colour 'moutarde' is slightly off but acceptable for a limited quantity.

On this basis I release 1 200 (mille deux cents) pcs for production now, to ship before 15 July 2024 for the Kind + Jugend fair and our first customers. Interim limits: 1 200 pcs, expiry 15/07/2024.

The balance of the quoted 3 000 pcs - 1 800 pcs - is not released and remains on hold until the corrected colour passes a new PP sign-off by Julien and I send you a written release for it.

Material: you may buy wood and paint for the 1 200 pcs only.

The release document is attached (PDF).

Cordialement,
Sophie Lambert
""" + sig("Sophie Lambert", "Directrice achats", "Petit Lutin SAS, Lyon", "+33 4 72 00 41 10")
case("c18_interim_signoff_limits", [], "interim sign-off: 1 200 released with quantity/expiry limits, 1 800 on hold with event and Sophie Lambert; PDF agrees", [
    ("PL-ST-007_interim_release.eml", mail(
        "Sophie Lambert <sophie.lambert@petitlutin.fr>", "Nguyen Thi Lan <lan.nguyen@bdwoodcraft.vn>",
        "PL-ST-007 - interim sign-off, 1 200 pcs pour le salon", "Thu, 06 Jun 2024 17:30:00 +0200",
        _c18_text, cc="Julien Garnier <julien.garnier@petitlutin.fr>, Camille Moreau <camille.moreau@petitlutin.fr>",
        attachments=[("PL-24-0412-R1.pdf", _c18_pdf, PDF_MT)])),
])

# c19 multi-file: release letter + consistent supplier acknowledgement
case("c19_release_and_ack", [], "release letter 2,000 of 6,000 with hold, lot-acceptance event, named releaser and staged material; supplier ack matches", [
    ("PR-2024-017_release.pdf", pdf([
        ("h1", "Bramble & Bee Toys - Production Release PR-2024-017"),
        ("p", "Bramble & Bee Toys, Inc., 1120 SE Water Ave, Portland, OR 97214 - To: Shantou Chenghai Joyful Plush Toys Co., Ltd."),
        ("p", "Item BB-PL-2207 'Hazel the Hedgehog' 25 cm - PO BB-24-0815 - Date: May 20, 2024"),
        ("p", "PP samples signed off by Tyler Brooks (Product Development) on May 17, 2024. EN 71 / ASTM F963-23 reports 7712-0418 and 7712-0419 passed."),
        ("table", [
            ["", "Quantity"],
            ["Released by this letter (first shipment, Q3)", "2,000 pcs"],
            ["Not released - on hold", "4,000 pcs"],
            ["Quoted production quantity (JP-Q24-0418)", "6,000 pcs"],
        ]),
        ("sp",),
        ("p", "The 4,000 pcs stay on hold. They will be released only by a further written release from Megan Holloway, after the first shipment of "
              "2,000 passes our inbound inspection in Portland (lot acceptance)."),
        ("p", "Material authority: staged, fabric and filling for up to 2,000 pcs."),
        ("p", "Megan Holloway, Sourcing Manager (release authority)    Co-signed: Dana Whitfield, VP Product"),
    ], pagesize=LETTER, title="PR-2024-017", author="Bramble & Bee Toys")),
    ("Joyful_ack_PR-2024-017.txt", """From: Coco Lin <coco@joyfulplush.cn>
To: Megan Holloway <megan@brambleandbee.com>
Date: 21 May 2024 09:12 +0800
Subject: ACK - PR-2024-017 Hazel hedgehog

Dear Megan,

We acknowledge your production release PR-2024-017:
- we produce 2,000 pcs BB-PL-2207 now (first shipment, ETD Shantou 12 July)
- the other 4,000 pcs are on hold, we wait your further written release after your inbound inspection of the first 2,000
- we buy fabric and PP cotton for 2,000 pcs only

Thank you and best regards,
Coco Lin
Sales Manager | Shantou Chenghai Joyful Plush Toys Co., Ltd.
"""),
])

# c20 Japanese PO with sample lines and scope note
case("c20_japanese_po_scope", [], "Japanese-English PO: EP 12 + PP 24 samples, 5,000 mass production not released until Tanaka's written release", [
    ("HT-24-0611.pdf", pdf([
        ("h1", "PURCHASE ORDER  HT-24-0611"),
        ("p", "Hoshizora Toys K.K., 3-5-12 Minami-Semba, Chuo-ku, Osaka 542-0081, Japan"),
        ("p", "To: Shantou Chenghai Bluewave Toys Co., Ltd., Chenghai, Shantou, China    Date: 2024/06/11    Buyer: Kenji Watanabe"),
        ("table", [
            ["No.", "Item", "Description", "Stage", "Q'ty", "Unit price USD"],
            ["1", "HZ-RT-210", "'Hoshi' star rattle for stroller, ABS + TPE ring", "EP sample", "12 pcs", "6.50"],
            ["2", "HZ-RT-210", "same, corrected tooling", "PP sample", "24 pcs", "4.20"],
        ]),
        ("sp",),
        ("h", "Please kindly note (scope)"),
        ("p", "This purchase order is for samples only: EP 12 pcs and PP 24 pcs, total 36 pcs."),
        ("p", "Mass production quantity 5,000 pcs (your quotation BW-2405-33) is not released by this order. We will send a written production release "
              "signed by Ms. Yuki Tanaka, Manager Product Quality, after the PP sample sign-off and the ST 2016 test pass."),
        ("p", "Please do not purchase resin or packaging for mass production before you receive the written production release."),
        ("p", "Test: ST 2016 (Japan Toy Association) at JET Shanghai, and EN 71-1/2/3. Small parts check for 0+ use."),
        ("sp",),
        ("p", "Thank you very much for your kind cooperation.  Kenji Watanabe, Sourcing Dept."),
    ], title="PO HT-24-0611", author="Hoshizora Toys K.K.")),
])

# c21 supplier weekly status report, nothing bought for bulk
_c21_text = """Dear Oliver,

Weekly status for PN 3310-04 canopy frame (your PO 24-0417):

1. PP samples: 30 pcs completed 14 May, packed; DHL AWB 6620 1184 03 tomorrow.
2. Bulk 4,500 pcs: on hold per your PO and your mail of 21 May. We wait for Fiona's written production release after your PP sign-off. We did not cut tube and did not buy bulk fabric.
3. Capacity: line 3 slot pencilled week 24-26, no cost to you if the release comes later.
4. Test: EN 1888-1:2018 report from BV Dongguan expected 20 May; we will forward at once.

Any question please let me know.

Best regards,
Kevin Zhou
Sales Manager
Dongguan Everbright Juvenile Products Co., Ltd.
Tel +86 769 8512 3321
"""
case("c21_supplier_status_report", [], "supplier status report: PP done, bulk on hold, no bulk material bought; not an authorization", [
    ("Weekly_status_PN3310-04.eml", mail(
        "Kevin Zhou <kevin.zhou@everbright-juvenile.com>", "Oliver Grant <oliver.grant@puddleandpram.co.uk>",
        "Weekly status - PN 3310-04 canopy frame - wk21", "Thu, 23 May 2024 18:05:00 +0800",
        _c21_text, html=txt2html(_c21_text))),
])

# c22 multi-file: PO + supplier quote, PO declares quote's production tiers informational
case("c22_po_quote_informational", [], "PO for 15 sample sets; quote's 3,000/6,000 tiers declared informational and not released; Mia named", [
    ("WG-7815_PO.pdf", pdf([
        ("h1", "Wattle & Gum Kids - Purchase Order WG-7815"),
        ("p", "Wattle & Gum Kids Pty Ltd, 88 Smith St, Collingwood VIC 3066, Australia - ABN 41 622 019 773"),
        ("p", "Supplier: PT Sinar Mainan Indonesia, Jl. Industri Raya 9, Kawasan Industri Candi, Semarang 50184"),
        ("p", "Date: 27/05/2024    Contact: Mia Robertson    Ref. quote SM-Q-2404-17    Ship: DHL to Collingwood"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
            ["1", "WG-TR-30", "Wooden train set, 30 pcs, rubberwood + water-based paint - SAMPLE SETS", "15 sets", "22.00", "330.00"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This PO covers the 15 sample sets only. The production quantities on quote SM-Q-2404-17 (3,000 sets and 6,000 sets) are for "
              "information only and are not released."),
        ("p", "Production will be released only in writing by Mia Robertson (Sourcing Lead) after Josh Kelly signs off the samples and the "
              "AS/NZS ISO 8124.1 and EN 71-3 tests pass. Material authority: samples only."),
    ], title="PO WG-7815", author="Wattle & Gum Kids")),
    ("SM-Q-2404-17_quote.pdf", pdf([
        ("h1", "PT SINAR MAINAN INDONESIA - QUOTATION SM-Q-2404-17"),
        ("p", "To: Wattle & Gum Kids Pty Ltd - Attn. Ms Mia Robertson - Date 18 April 2024"),
        ("table", [
            ["Item", "Stage", "Qty", "Price USD/set", "Lead time"],
            ["WG-TR-30 wooden train set 30 pcs", "Sample", "15 sets", "22.00", "14 days"],
            ["WG-TR-30", "Production", "3,000 sets", "11.40", "50 days"],
            ["WG-TR-30", "Production", "6,000 sets", "10.90", "60 days"],
        ]),
        ("sp",),
        ("p", "Terms FOB Semarang, 30% deposit. Rubberwood kiln dried, moisture 8-12%. Validity 45 days. Terima kasih."),
        ("p", "Budi Santoso, Marketing Manager"),
    ], title="Quotation SM-Q-2404-17", author="PT Sinar Mainan Indonesia")),
])

# c23 HTML stop notice with lift event and named person
case("c23_stop_notice", [], "stop notice: everything stops incl. released 1,500; lift event (retest pass) and Priya Shah named; balance not released", [
    ("hopscotch_stop_notice_SN-0042.html", html_page("Stop notice SN-0042", """
<h2>Hopscotch Retail plc &mdash; Vendor Portal</h2>
<h3 style="color:#b00">STOP NOTICE SN-0042 &mdash; HR-PO-77240</h3>
<p>Supplier: Dongguan Haoyu EVA Foam Products Co., Ltd. &nbsp;|&nbsp; Item: HR-PM-044 foam play mat 120 x 180 cm, 10 mm &nbsp;|&nbsp; Issued: 12 June 2024 14:10 BST by Priya Shah, Senior Buyer</p>
<div class="note"><b>Effective immediately, all work on HR-PO-77240 stops.</b> Nothing more may start, released or not &mdash; this includes the 1,500 mats released
on 2 May (release R-1). Reason: formamide screening result on the R-1 EVA batch above the EN 71-10/-11 guidance limit. Finished mats: quarantine, do not ship.</div>
<table>
<tr><th>HR-PO-77240</th><th>Mats</th></tr>
<tr><td>PO quantity (commercial cover)</td><td>4,000</td></tr>
<tr><td>Released (R-1, 2 May)</td><td>1,500</td></tr>
<tr><td>Not released (on hold)</td><td>2,500</td></tr>
<tr><td>Produced to date (your report 11 June)</td><td>620</td></tr>
</table>
<p><b>How the stop is lifted:</b> the stop stays in force until (a) a retest on a new EVA batch passes at Intertek Shenzhen and (b) Priya Shah lifts the stop in writing on this portal.
Lifting the stop resumes only the 1,500 of R-1. The 2,500 remain not released; they need a separate written release R-2 from Priya Shah after the first lot passes our inbound inspection.</p>
<p style="font-size:11px;color:#777">Hopscotch Retail plc &middot; Portal build 7.12.0</p>
""", lang="en-GB")),
])

# c24 EML + DOCX PO: deposit is a payment term only
_c24_docx = docx_bytes([
    ("h1", "Bramble & Bee Toys - Purchase Order BB-24-0877"),
    ("p", "Vendor: Lanka Soft Toys (Pvt) Ltd, Katunayake EPZ, Sri Lanka    Date: May 28, 2024    Buyer: Megan Holloway"),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit USD"],
        ["1", "BB-PL-2301", "'Otto the Otter' plush 30 cm, recycled PET minky", "PP sample", "24", "12.00"],
    ]),
    ("sp",),
    ("p", "Scope note: this PO releases the 24 PP samples only. The 5,000 pcs bulk on quote LST-Q-0331 is not released and stays on hold "
          "until Tyler Brooks signs off the PP samples and Megan Holloway sends a written production release."),
    ("p", "Payment terms: 30% deposit with order, 70% against shipping documents. The deposit is a payment term only and does not release production."),
    ("p", "Testing: ASTM F963-23, EN 71-1/2/3, CPSIA. Material authority: PP samples only."),
], author="Megan Holloway")
_c24_text = """Hi Nimal,

Attached is PO BB-24-0877 for the 24 PP samples of Otto the Otter (BB-PL-2301).

Payment terms are 30% deposit on order, balance against docs. Just to be clear: the deposit is a payment term; it doesn't release production.

Released now: the 24 PP samples only. The 5,000 pcs bulk on your quote LST-Q-0331 is not released and stays on hold until Tyler Brooks signs off the PP samples and I send you a written production release.

Looking forward to seeing Otto in the flesh (fur?).

Megan
""" + sig("Megan Holloway", "Sourcing Manager", "Bramble & Bee Toys, Inc., Portland OR", "+1 503 555 0187")
case("c24_po_deposit_terms", [], "deposit stated as payment term only; PP 24 active, 5,000 on hold with event and Megan named; DOCX PO agrees", [
    ("PO_BB-24-0877.eml", mail(
        "Megan Holloway <megan@brambleandbee.com>", "Nimal Perera <nimal@lankasofttoys.lk>",
        "PO BB-24-0877 - Otto the Otter PP samples", "Tue, 28 May 2024 15:40:00 -0700",
        _c24_text, html=txt2html(_c24_text),
        attachments=[("BB-24-0877.docx", _c24_docx, DOCX_MT)])),
])

# c25 supplier question quoting buyer scope
_c25_text = """Dear Madam,

Kindly note the 18 PP samples of HR-CF-031 Ellie comforter were dispatched today via DHL, AWB 5512 0034 87, ETA Leeds 14 May.

Shall we proceed with the bulk 3,600 pcs, or do we wait for your written release? Kindly advise so that we can plan the cutting.

Thanking you,
Chamari Fernando
Merchandiser | Lanka Soft Toys (Pvt) Ltd | +94 11 225 3390

From: Priya Shah <priya.shah@hopscotch-retail.co.uk>
Sent: 22 April 2024 16:02
Subject: HR-PO-77120 Ellie comforter

""" + quote("""Hi Chamari,
HR-PO-77120 is now in the portal.
Released now: line 1, 18 PP samples.
Line 2 (3,600 pcs) is on hold - no cutting - until our QA signs off the PP samples and I send a written production release.
Kind regards,
Priya Shah, Senior Buyer, Hopscotch Retail plc""") + "\n"
case("c25_supplier_asks_proceed", [], "supplier asks whether to proceed (question, not approval); quoted buyer scope is complete", [
    ("RE_HR-PO-77120_PP_dispatched.eml", mail(
        "Chamari Fernando <chamari@lankasofttoys.lk>", "Priya Shah <priya.shah@hopscotch-retail.co.uk>",
        "RE: HR-PO-77120 Ellie comforter - PP samples dispatched", "Fri, 10 May 2024 17:25:00 +0530",
        _c25_text, in_reply_to="<h125-ps0422@hopscotch-retail.co.uk>")),
])


# =================================================================== RISKY (p01-p05): RG001 family

# p01 multi-file PO + quote, PO silent about the balance
case("p01_po_quote_silent", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO 24 pcs beside quote bulk 8,000 with nothing saying not released; no hold, no unlock event, no releaser", [
    ("BB-24-0912.pdf", pdf([
        ("h1", "Bramble & Bee Toys, Inc. - PURCHASE ORDER BB-24-0912"),
        ("p", "1120 SE Water Ave, Portland, OR 97214, USA    Date: June 4, 2024    Buyer: Megan Holloway"),
        ("p", "Vendor: Shantou Chenghai Joyful Plush Toys Co., Ltd., Chenghai, Shantou, Guangdong, China"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
            ["1", "BB-PL-2415", "'Pip the Puffin' plush 20 cm - PP samples", "24", "9.80", "235.20"],
        ]),
        ("sp",),
        ("p", "Reference: your quote JP-Q24-0520 (attached to this PO package)."),
        ("p", "Ship PP samples by DHL to Portland, attn. Tyler Brooks. EN 71 / ASTM F963-23 testing on the PP lot at Intertek Shantou; "
              "send reports with the samples. Labels per BB-LBL-07, hang tag per BB-HT-03."),
        ("p", "Terms: Bramble & Bee Standard Terms of Purchase rev 2023-02. Please acknowledge within 3 working days."),
        ("sp",),
        ("p", "Megan Holloway, Sourcing Manager - megan@brambleandbee.com"),
    ], pagesize=LETTER, title="PO BB-24-0912", author="Bramble & Bee Toys")),
    ("JP-Q24-0520.pdf", pdf([
        ("h1", "Shantou Chenghai Joyful Plush Toys Co., Ltd."),
        ("h", "QUOTATION No. JP-Q24-0520"),
        ("p", "To: Bramble & Bee Toys, Inc. - Attn. Megan Holloway    Date: 20 May 2024"),
        ("table", [
            ["Item", "Stage", "Qty", "USD/pc", "Lead time"],
            ["BB-PL-2415 Pip the Puffin 20 cm", "Proto", "3 pcs", "16.00", "7 days"],
            ["BB-PL-2415", "PP sample", "24 pcs", "9.80", "15 days"],
            ["BB-PL-2415", "Bulk", "8,000 pcs", "2.95", "45 days"],
        ]),
        ("sp",),
        ("p", "FOB Shantou. 30% deposit, 70% against B/L copy. Fabric: polyester boa + minky, embroidered eyes. Validity 60 days."),
        ("p", "Coco Lin, Sales Manager"),
    ], title="Quotation JP-Q24-0520", author="Joyful Plush")),
])

# p02 EML (UK) with quote PDF attached back; silent about the production quantity
_p02_quote = pdf([
    ("h1", "Dongguan Everbright Juvenile Products Co., Ltd."),
    ("h", "Quotation EQ-24-119 (revised)"),
    ("p", "Customer: Puddle & Pram Ltd, Leeds    Date: 24 May 2024    Sales: Jessica Wu"),
    ("table", [
        ["Part", "Description", "Stage", "Qty", "GBP/set", "Lead time"],
        ["PN 4410-12 Rev C", "Front swivel wheel kit (2 wheels, fork, lock)", "FAI samples", "40 sets", "6.20", "21 days"],
        ["PN 4410-12 Rev C", "same", "Production", "12,000 sets", "2.35", "35 days"],
    ]),
    ("sp",),
    ("p", "Tooling: existing (T2 tool, 4-cavity). PU tyre compound 85 Shore A. Bearings 608ZZ. Price basis DAP Leeds, sea freight for production."),
], title="EQ-24-119", author="Dongguan Everbright")
_p02_text = """Hi Jessica,

Thanks for the revised quote - I've attached it back to you so we're both looking at the same version (EQ-24-119).

Our PO 24-0466 details:
  PN 4410-12 Front swivel wheel kit, Rev C
  40 sets (FAI samples) @ GBP 6.20/set
  Delivery 14 June via DHL to Leeds

Please include material certs for the PU tyre compound and the bearing spec sheet with the FAI report. We'll run EN 1888-1:2018 clause 8.5 durability on 5 sets here.

Any questions, shout.

Cheers,
Oliver
""" + sig("Oliver Grant", "Senior Buyer", "Puddle & Pram Ltd, Leeds", "+44 113 496 0722")
case("p02_eml_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "FAI PO 40 sets with attached quote showing 12,000 production, nothing says informational/not released; no hold/event/releaser", [
    ("PO_24-0466_swivel_wheel_kit.eml", mail(
        "Oliver Grant <oliver.grant@puddleandpram.co.uk>", "Jessica Wu <jessica.wu@everbright-juvenile.com>",
        "PO 24-0466 - swivel wheel kit PN 4410-12 - FAI samples", "Fri, 24 May 2024 15:02:00 +0100",
        _p02_text, html=txt2html(_p02_text), attachments=[("EQ-24-119.pdf", _p02_quote, PDF_MT)])),
])

# p03 retailer vendor portal PO page: sample line + programme quantity, nothing else
case("p03_portal_po_programme_qty", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO: 12 PP samples beside programme quantity 9,600 with no not-released label; no hold, event or releaser", [
    ("HR-PO-77305_portal.html", html_page("HR-PO-77305", """
<h2>Hopscotch Retail plc &mdash; Vendor Portal</h2>
<h3>Purchase Order HR-PO-77305</h3>
<p>Supplier: Lanka Soft Toys (Pvt) Ltd (vendor 100512) &nbsp;|&nbsp; Buyer: Priya Shah &nbsp;|&nbsp; Created: 3 June 2024 &nbsp;|&nbsp; Status: <b>Open &mdash; awaiting supplier acceptance</b></p>
<table>
<tr><th>Line</th><th>SKU</th><th>Description</th><th>Type</th><th>Qty</th><th>Unit GBP</th><th>Need by</th></tr>
<tr><td>1</td><td>HR-PL-088</td><td>'Bunny' knitted rattle, organic cotton, 18 cm</td><td>PP sample</td><td>12</td><td>4.80</td><td>28 Jun 2024</td></tr>
</table>
<h3>Programme details</h3>
<table>
<tr><th>Programme</th><td>AW24 Little Knits</td></tr>
<tr><th>Programme quantity</th><td>9,600 units</td></tr>
<tr><th>Launch</th><td>Week 38, 120 stores + online</td></tr>
<tr><th>DC delivery windows</th><td>Leeds DC wk 33&ndash;35, Swindon DC wk 34&ndash;36</td></tr>
<tr><th>Testing</th><td>EN 71-1/2/3, UKCA, REACH Annex XVII &mdash; SGS Lanka</td></tr>
</table>
<p>Please accept this PO within 48 hours using the <i>Accept</i> button. Packing and labelling per Hopscotch Vendor Manual v9.</p>
<p style="font-size:11px;color:#777">Hopscotch Retail plc &middot; Portal build 7.12.0</p>
""", lang="en-GB")),
])

# p04 ERP PO printout: sample line + quoted production qty field, no scope text
case("p04_erp_po_quoted_qty", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO 20 EA with QUOTED PROD QTY 18,000 field, no not-released text; no hold, unlock event or releaser", [
    ("PO_45-1290_netsuite.txt", """LITTLE HARBOR BABY CO.                                        PURCHASE ORDER
2100 E Cesar Chavez St Ste 300, Austin TX 78702                  Page 1 of 1
------------------------------------------------------------------------------------
PO #          45-1290                     DATE        06/05/2024
VENDOR        PT CAHAYA ANAK PLASTINDO    VENDOR ID   V-00218
BUYER         R. NGUYEN                   TERMS       NET 60
SHIP VIA      FEDEX INTL PRIORITY         FOB         CIKARANG
QUOTE REF     CAP-Q-0291                  QUOTED PROD QTY   18,000 EA
------------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                          QTY  UOM   RATE     AMOUNT
 1  LHB-SP-10     SILICONE SPOON SET 2PC - SAMPLE       20  EA    3.40      68.00
------------------------------------------------------------------------------------
MEMO: SAMPLES FOR FDA/LFGB MIGRATION TEST + PHOTO SHOOT. COLORS SAGE/OAT/BLUSH/CLOUD,
      5 EA EACH. SHIP TO: LHB AUSTIN ATTN M. BELL.
------------------------------------------------------------------------------------
                                                         TOTAL          68.00 USD
APPROVAL STATUS: PENDING APPROVAL -> SUBMITTED 06/05/2024 09:42 BY RNGUYEN
"""),
])

# p05 WeChat: factory pastes quote with bulk qty, buyer issues sample PO, silent on bulk
case("p05_wechat_pasted_quote", ["RG001", "RG003", "RG004", "RG005"],
     "chat: pasted quote bulk 8000pcs beside buyer's 30 pcs PP PO; buyer never says bulk not released, no event, no releaser", [
    ("WeChat_Kenji_Coco_HZ-PL-5540.txt", """WeChat chat history export
Chat: Kenji Watanabe (Hoshizora Toys) <-> Coco Lin (Joyful Plush)
Exported: 2024-06-03 19:10

2024-05-29 11:20  Coco Lin
Dear Kenji-san, good day! Here is our price for Shiba dog:
HZ-PL-5540 Shiba dog 25cm sitting
- PP sample 30pcs  USD 10.50/pc
- bulk 8000pcs  USD 3.65/pc, lead time 40 days
FOB Shantou, test ST2016 + EN71 at JET, USD 720

2024-05-29 11:21  Coco Lin
Fabric: short plush 2mm, ear inside light beige, tail curl 😄

2024-05-29 16:05  Kenji Watanabe
Thank you very much, Coco-san. Price is OK for us.

2024-05-31 10:12  Kenji Watanabe
We issued PO HT-24-0702 for the 30 pcs PP sample. Please kindly arrange. Delivery to Osaka office by 20 June please.

2024-05-31 10:13  Kenji Watanabe
[File] HT-24-0702.pdf

2024-05-31 10:30  Coco Lin
OK received 👌 thank you Kenji-san! We start PP next Monday.

2024-06-03 18:55  Coco Lin
[Photo] pattern for Shiba, please check face
"""),
])


# =================================================================== RISKY (p06-p18): absence rules, RG010, RG002

# p06 "kick off with the first 500" - partial authorization, silent about the rest
_p06_text = """Hey Duc,

Great news - Josh signed off the PP samples of the 40-piece block set (WG-BK-40) yesterday, colours spot on and the sanding is much better than the EP round.

Let's kick off with the first 500 sets under PO WG-7790, packed in the new FSC kraft box with the koala sticker, ex-factory by 12 July.

Can you send me the inline inspection booking with QIMA once cutting starts? And please use the updated carton mark file (v3) - the barcode moved to the short side.

Cheers,
Mia
""" + sig("Mia Robertson", "Sourcing Lead", "Wattle & Gum Kids Pty Ltd, Melbourne", "+61 3 9000 4412")
case("p06_first_500_silent", ["RG003", "RG004", "RG005"],
     "releases 'the first 500 sets' (partial) but never says the rest is not released, names no unlock event and no releaser", [
    ("WG-BK-40_lets_get_rolling.eml", mail(
        "Mia Robertson <mia@wattleandgum.com.au>", "Tran Minh Duc <duc.tran@bdwoodcraft.vn>",
        "WG-BK-40 stacking blocks - let's get rolling", "Wed, 05 Jun 2024 08:47:00 +1000",
        _p06_text, html=txt2html(_p06_text), cc="Josh Kelly <josh@wattleandgum.com.au>")),
])

# p07 DOCX hold notice: releaser named, but "until further notice"
case("p07_hold_notice_no_event", ["RG004"],
     "hold notice: 40 FAI sets active, 12,000 on hold 'until further notice', Fiona named as releaser but no unlock event", [
    ("HN-24-009_hold_notice.docx", docx_bytes([
        ("h1", "HOLD NOTICE HN-24-009"),
        ("p", "From: Puddle & Pram Ltd, Leeds    To: Dongguan Everbright Juvenile Products Co., Ltd. (attn. Jessica Wu)    Date: 31 May 2024"),
        ("p", "Order: PO 24-0466 - PN 4410-12 Rev C front swivel wheel kit"),
        ("table", [
            ["", "Quantity", "Status"],
            ["PO line 1 - FAI samples", "40 sets", "released - make and ship"],
            ["Production quantity (quote EQ-24-119)", "12,000 sets", "NOT released - on hold"],
        ]),
        ("sp",),
        ("p", "The 12,000 production sets remain on hold until further notice. Fiona McAllister, Head of Sourcing, is the only person who can release them."),
        ("p", "Until then do not cut, mould or assemble production parts and do not buy bulk PU compound or bearings."),
        ("p", "FAI sets: delivery 14 June via DHL to Leeds, with FAI report and material certificates."),
        ("p", "Oliver Grant, Senior Buyer, on behalf of Fiona McAllister"),
    ], author="Oliver Grant")),
])

# p08 ERP note: hold + unlock events, but release authority is a department
case("p08_erp_release_dept", ["RG005"],
     "ERP PO: 24 PP active, BAL 5,000 not released until PP sign-off + revised PO, but release authority only 'purchasing dept'", [
    ("PO_BB-24-0950_print.txt", """BRAMBLE & BEE TOYS INC                                         PURCHASE ORDER
1120 SE WATER AVE, PORTLAND OR 97214                         PRINTED 06/07/24 11:30
=======================================================================================
PO NO.   BB-24-0950        VENDOR  LANKA SOFT TOYS (PVT) LTD     VENDOR NO. 20044
ORDER DT 06/07/24          TERMS   30% DEP / 70% DOCS            FOB COLOMBO
=======================================================================================
LN ITEM        DESCRIPTION                         SCOPE    QTY  UM    UNIT     EXT
01 BB-PL-2318  FERN THE FAWN PLUSH 28CM            PP SMPL   24  EA   11.40   273.60
=======================================================================================
PO NOTES:
 * THIS PO COVERS PP SAMPLES ONLY (24 EA).
 * BAL 5,000 EA PROD QTY (QUOTE LST-Q-0402) NOT RELEASED.
 * PROD RELEASE ONLY BY REVISED PO, ISSUED AFTER PP SAMPLE SIGN-OFF.
 * RELEASE AUTH: PURCHASING DEPT.
 * TESTS: ASTM F963-23 + EN71-1/2/3 ON PP LOT. CPC BY BUYER.
=======================================================================================
                                                         PO TOTAL         273.60 USD
"""),
])

# p09 EML: go ahead with the PP samples per colour list - no sample quantity anywhere
_p09_att = """LHB-SC-05 sippy cup 180 ml - PP colour list (rev 2, 04 Jun 2024)

Body        Valve       Handle      Pantone body    Pantone handle
Sage        clear       Sage        5625 C          5625 C
Oat         clear       Oat         7527 C          7527 C
Blush       clear       Blush       706 C           706 C
Cloud       clear       Cloud       Cool Gray 1 C   Cool Gray 1 C

Print: 'little harbor' wordmark, 1 colour, 12 mm, position per drawing LHB-SC-05-D rev B.
"""
_p09_text = """Hi Dewi,

Thanks for the updated colour chips - the Blush is right now.

Please go ahead with the PP samples in the four colours on the attached list (Sage, Oat, Blush, Cloud), same soft-spout valve as the EP. Our PO 45-1301 will follow from the system.

The 8,000 pcs bulk on your quote CAP-Q-0307 is not released and stays on hold until Marcus Bell signs off the PP samples and I send you a written production release.

Thanks!
Rachel
""" + sig("Rachel Nguyen", "Senior Sourcing Manager", "Little Harbor Baby Co., Austin TX", "+1 512 555 0148")
case("p09_pp_samples_no_qty", ["RG010"],
     "authorizes 'the PP samples' in four colours but never states how many; hold, event and releaser are present", [
    ("LHB-SC-05_PP_samples.eml", mail(
        "Rachel Nguyen <rachel.nguyen@littleharborbaby.com>", "Dewi Lestari <dewi.lestari@cahaya-anak.co.id>",
        "LHB-SC-05 sippy cup - PP samples", "Tue, 04 Jun 2024 13:18:00 -0500",
        _p09_text, attachments=[("LHB-SC-05_PP_colour_list.txt", _p09_att, "text/plain")])),
])

# p10 WhatsApp: buyer asks for PP samples without quantity; factory plans to go straight to bulk
case("p10_whatsapp_samples_autoroll", ["RG007", "RG010"],
     "buyer authorizes PP samples without a quantity; factory says it will go to bulk directly once PP is OK", [
    ("WhatsApp_Chat_Priya_Shah_Nimal.txt", """03/06/2024, 10:02 - Priya Shah: Hi Nimal, HR-PO-77331 is in the portal now for the knitted fox rattle (HR-PL-091)
03/06/2024, 10:03 - Priya Shah: Please make the PP samples first, in the oat and rust colourways. Bulk of 5k stays on hold until the EN 71 report passes and I send you the written production release - Priya
03/06/2024, 10:31 - Nimal Perera: Good morning Madam 🙏 noted with thanks
03/06/2024, 10:33 - Nimal Perera: PP samples in progress, yarn in house. Once PP OK from your QA, we go bulk production directly so we catch the September vessel from Colombo
03/06/2024, 10:34 - Nimal Perera: <Media omitted>
03/06/2024, 10:34 - Nimal Perera: rust yarn shade card
03/06/2024, 11:10 - Priya Shah: Shade looks good. Thanks Nimal, speak soon
03/06/2024, 11:11 - Nimal Perera: 👍
"""),
])

# p11 PDF PO: prototype line with quantity "as required"
case("p11_po_qty_as_required", ["RG010"],
     "prototype PO line with quantity 'selon besoin / as required'; production 3 000 on hold with event and Sophie Lambert", [
    ("PL-24-0455.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER  PL-24-0455"),
        ("p", "Petit Lutin SAS - 14 rue de la Charit\u00e9, 69002 Lyon - Acheteuse: Camille Moreau - Date: 12/06/2024"),
        ("p", "Fournisseur: Binh Duong Woodcraft JSC, Binh Duong, Vietnam - Offre BD-24-071"),
        ("table", [
            ["Ligne", "Article", "Description", "Qt\u00e9", "Prix unit.", "Montant"],
            ["10", "PL-CW-031", "Cube d'activit\u00e9s 5 faces, h\u00eatre - prototypes / \u00e9chantillons",
             "selon besoin (as required for testing)", "14,50 \u20ac", "factur\u00e9 aux pi\u00e8ces livr\u00e9es"],
        ]),
        ("sp",),
        ("p", "Production (3 000 pcs sur l'offre BD-24-071) is not released by this PO. It will be released only by a written release from "
              "Sophie Lambert, directrice achats, after Julien Garnier signs off the prototypes and the EN 71-1/2/3 report passes."),
        ("p", "Prototypes \u00e0 envoyer par DHL \u00e0 Lyon. Peinture \u00e0 l'eau uniquement; bille de labyrinthe \u00d8 > 31,7 mm (small parts)."),
        ("p", "Camille Moreau - camille.moreau@petitlutin.fr"),
    ], title="PO PL-24-0455", author="Petit Lutin SAS")),
])

# p12 ERP release record: quantity TBC, trigger = deposit
case("p12_erp_release_deposit_tbc", ["RG010", "RG012"],
     "release record: quantity TBC and release trigger 'deposit received'; hold on the rest with call-off and Mia named", [
    ("PR-WG-0031_release_record.txt", """WATTLE & GUM KIDS PTY LTD - UNLEASHED INVENTORY
PRODUCTION RELEASE RECORD                                     PRINTED 14/06/2024 15:22 AEST
---------------------------------------------------------------------------------------------
RELEASE NO      : PR-WG-0031
PURCHASE ORDER  : WG-7802                   SUPPLIER : BINH DUONG WOODCRAFT JSC (V0042)
PRODUCT         : WG-ST-05  STACKING KOALA, BEECH, 6 PCS
PO QTY          : 2,400 (COMMERCIAL COVER)
---------------------------------------------------------------------------------------------
RELEASE QTY     : TBC
RELEASE TRIGGER : 30% DEPOSIT RECEIVED BY SUPPLIER (TT REF ANZ 88120, 14/06/2024)
STATUS          : RELEASED (DEPOSIT PAID)
QTY NOT IN THIS : ON HOLD UNTIL NEXT WRITTEN CALL-OFF SIGNED BY M. ROBERTSON
RELEASE
---------------------------------------------------------------------------------------------
SAMPLE STATUS   : 36 SAMPLES SIGNED OFF BY J. KELLY 07/06/2024
CREATED BY      : ACCOUNTS (S.PATEL)
---------------------------------------------------------------------------------------------
"""),
])

# p13 EML: "get going on a small pilot lot" - no qty, hold but no event, no releaser
_p13_text = """Hi Dewi,

Quick one before the long weekend: you can get going on a small pilot lot of the LHB-TT-07 ring teethers (the new oval one in Sage and Blush) so we can do the drop test and a dishwasher test here in Austin.

The main run isn't released - hold on that for now.

Oh, and could you send two spare valves for the sippy cup while you're at it? Marcus lost one in the lab :)

Have a great Waisak holiday!
Rachel
"""
case("p13_small_pilot_lot", ["RG004", "RG005", "RG010"],
     "'small pilot lot' with no quantity; main run held 'for now' without unlock event or named releaser", [
    ("LHB-TT-07_pilot_lot.eml", mail(
        "Rachel Nguyen <rachel.nguyen@littleharborbaby.com>", "Dewi Lestari <dewi.lestari@cahaya-anak.co.id>",
        "LHB-TT-07 teether - pilot lot", "Wed, 22 May 2024 17:55:00 -0500", _p13_text)),
])

# p14 WhatsApp group: full scope earlier, later "all good, go for it!"
case("p14_whatsapp_go_for_it", ["RG002"],
     "after sample photos the director writes 'all good, go for it!' with no quantity or sample scope; earlier scope complete", [
    ("WhatsApp_Chat_WG_Woodcraft_group.txt", """20/05/2024, 08:30 - Mia Robertson created group "WG x Binh Duong Woodcraft"
20/05/2024, 08:31 - Mia Robertson added Josh Kelly, Tran Minh Duc, Nguyen Thi Lan
20/05/2024, 08:33 - Mia Robertson: Hi all! PO WG-7840 for the 24 samples of the rocking wombat (WG-RK-02) is in your inbox
20/05/2024, 08:34 - Mia Robertson: Bulk 1,800 stays on hold till Josh signs off the samples + I send the written release 👍 Samples only for now pls
20/05/2024, 09:10 - Nguyen Thi Lan: Noted Mia, 24 samples. Thank you!
06/06/2024, 15:42 - Tran Minh Duc: Samples finished, photos attached, please check
06/06/2024, 15:42 - Tran Minh Duc: <Media omitted>
06/06/2024, 15:42 - Tran Minh Duc: <Media omitted>
06/06/2024, 15:43 - Tran Minh Duc: Rocker base sanded 240 grit, oil finish as agreed
06/06/2024, 19:05 - Josh Kelly: Love them 😍 all good, go for it!
06/06/2024, 19:07 - Tran Minh Duc: Thank you Josh! 🙏
"""),
])

# p15 EML quoted thread: "Approved." on PP photos
_p15_text = """Dear Coco-san,

Thank you. Approved.

Best regards,
Kenji Watanabe
Sourcing Dept., Hoshizora Toys K.K.
Tel +81 6 6251 0831

--- Original message ---
From: Coco Lin <coco@joyfulplush.cn>
Date: 2024/06/10 17:02
Subject: RE: HZ-PL-5566 PP sample photos

""" + quote("""Dear Kenji-san,
PP photos attached, please check the embroidery of the eyes and the ear position (we moved 3 mm back).
We are ready.
Coco""") + """

--- Original message ---
From: Kenji Watanabe <k.watanabe@hoshizora-toys.co.jp>
Date: 2024/05/20 10:30
Subject: PO HT-24-0588 / HZ-PL-5566 Tanuki 22cm

""" + quote("""Dear Coco-san,
Please find PO HT-24-0588. This PO releases 30 pcs PP sample only.
Mass production 6,000 pcs is not released. It will be released only after Ms. Yuki Tanaka signs off the PP sample
and I send you the written production release.
Kenji Watanabe""") + "\n"
case("p15_approved_one_word", ["RG002"],
     "buyer answers PP photos with a bare 'Approved.'; earlier quoted PO scope is complete", [
    ("RE_HZ-PL-5566_PP_photos.eml", mail(
        "Kenji Watanabe <k.watanabe@hoshizora-toys.co.jp>", "Coco Lin <coco@joyfulplush.cn>",
        "RE: RE: HZ-PL-5566 PP sample photos", "Tue, 11 Jun 2024 09:14:00 +0900",
        _p15_text, in_reply_to="<h125-cl0610@joyfulplush.cn>")),
])

# p16 multi-file: PO with full scope + licensor portal "Green light"
case("p16_po_plus_licensor_greenlight", ["RG002"],
     "licensor portal decision 'Green light' with no sample scope or quantity; the PO in the bundle has a complete scope", [
    ("BB-24-0990.pdf", pdf([
        ("h1", "Bramble & Bee Toys, Inc. - PURCHASE ORDER BB-24-0990"),
        ("p", "Vendor: Shantou Chenghai Joyful Plush Toys Co., Ltd.    Date: May 6, 2024    Buyer: Megan Holloway"),
        ("table", [
            ["Line", "Item", "Description", "Scope", "Qty", "Unit USD"],
            ["1", "BB-LL-0025", "Moonbeam Meadow 'Luna Lamb' plush 25 cm (licensed, Starling Studios)", "PP sample", "24", "10.60"],
        ]),
        ("sp",),
        ("p", "Scope: this PO releases 24 PP samples only. Bulk 4,000 pcs is not released and stays on hold until (1) Starling Studios signs off the "
              "PP sample and (2) Megan Holloway sends a written production release. Material authority: PP samples only."),
        ("p", "Licensed product: hang tag and sewn-in label must carry (c) Starling Studios 2024. Factory must hold a valid ethical audit (SMETA) for the licence."),
    ], pagesize=LETTER, title="PO BB-24-0990", author="Bramble & Bee Toys")),
    ("starling_portal_SS-88231.html", html_page("Starling Studios Licensing - SS-88231", """
<h2>Starling Studios Licensing &mdash; Submission SS-88231</h2>
<p>Licensee: Bramble &amp; Bee Toys, Inc. &nbsp;|&nbsp; Property: Moonbeam Meadow &nbsp;|&nbsp; Item: 'Luna Lamb' plush 25 cm &nbsp;|&nbsp; Factory: Joyful Plush, Shantou</p>
<table>
<tr><th>Submitted</th><th>Reviewer</th><th>Decision</th></tr>
<tr><td>28 May 2024</td><td>Carla Mendes, Consumer Products</td><td><b style="color:#080">GREEN LIGHT &#10004;</b></td></tr>
</table>
<p><b>Reviewer comments:</b> Lovely work on the embroidery, the fleece colour is a perfect match to the style guide. Nice job everyone!</p>
<p>Next submission: none requested.</p>
<p style="font-size:11px;color:#777">Starling Studios Licensing LLC, Burbank CA &middot; Portal v4.2</p>
""")),
])

# p17 EML French-English: "feu vert" after prototypes
_p17_text = """Bonjour Lan,

Julien a regard\u00e9 les prototypes ce matin - the beech finish is magnifique and the arches now stack perfectly.

C'est valid\u00e9 de notre c\u00f4t\u00e9 - feu vert ! \U0001F44D

Bonne journ\u00e9e,
Camille

Le 10/04/2024 \u00e0 10:15, Camille Moreau a \u00e9crit :
""" + quote("""Bonjour Lan,
Our new PO PL-24-0412 releases 20 (vingt) prototype pieces of PL-ST-007 'Provence' - nothing more.
Production (3 000 pcs on your offer BD-24-066) is not released. It will be released only by a written
release from Sophie Lambert, directrice achats, after Julien Garnier signs off the prototypes and the EN 71-3 report.
Camille""") + "\n"
case("p17_feu_vert", ["RG002"],
     "'C'est valid\u00e9 - feu vert!' after prototype review, no sample scope or quantity; quoted PO scope complete", [
    ("RE_PL-ST-007_prototypes.eml", mail(
        "Camille Moreau <camille.moreau@petitlutin.fr>", "Nguyen Thi Lan <lan.nguyen@bdwoodcraft.vn>",
        "RE: PL-ST-007 prototypes", "Fri, 03 May 2024 11:02:00 +0200",
        _p17_text, in_reply_to="<h125-cm0410@petitlutin.fr>")),
])

# p18 EML: "deposit's gone out, so you're good to go"
_p18_text = """Hi Nimal -

Deposit's gone out this morning (wire confirmation attached to the PI thread), so you're good to go!

Megan

On Jun 10, 2024, at 9:02 PM, Nimal Perera <nimal@lankasofttoys.lk> wrote:
""" + quote("""Dear Megan,
Please find our Proforma Invoice LST-PI-24-051 for the 30% advance. Kindly arrange at your earliest.
Thanking you,
Nimal""") + """

On Jun 3, 2024, at 4:40 PM, Megan Holloway <megan@brambleandbee.com> wrote:
""" + quote("""Hi Nimal,
PO BB-24-0931 attached. It releases the 24 PP samples of Fern the Fawn (BB-PL-2318) only.
The bulk of 5,000 pcs is on hold until Tyler Brooks signs off the PP samples and I send a written production release.
Megan""") + "\n"
case("p18_deposit_good_to_go", ["RG002", "RG012"],
     "buyer: 'deposit's gone out, so you're good to go!' - unscoped go-ahead tied to payment; earlier quoted scope complete", [
    ("RE_PI_LST-PI-24-051.eml", mail(
        "Megan Holloway <megan@brambleandbee.com>", "Nimal Perera <nimal@lankasofttoys.lk>",
        "RE: PI LST-PI-24-051 - Fern the Fawn", "Tue, 11 Jun 2024 08:15:00 -0700",
        _p18_text, in_reply_to="<h125-np0610@lankasofttoys.lk>")),
])


# =================================================================== RISKY (p19-p29): RG006, RG007

# p19 supplier reply: bulk fabric already bought, will cut straight after PP approval
_p19_text = """Dear Oliver,

Well noted, thank you. PP samples of the carrycot apron will be ready 28 May.

FYI: the waterproof PU-coated fabric has 45 days lead time, so we have already bought the fabric for the 3,000 aprons to keep your September date. As soon as you approve the PP we will go into cutting for the 3,000 directly, so no time is lost.

Best regards,
Jessica Wu
Sales Dept. | Dongguan Everbright Juvenile Products Co., Ltd. | +86 769 8512 3340

-----Original Message-----
From: Oliver Grant <oliver.grant@puddleandpram.co.uk>
Sent: Monday, May 13, 2024 4:10 PM
Subject: PO 24-0502 PN 3320-08 carrycot apron

""" + quote("""Hi Jessica,
PO 24-0502 releases 30 PP samples of PN 3320-08 only.
The 3,000 aprons on your quote stay on hold until I sign off the PP samples and Fiona McAllister sends the written
production release. Material authority: PP samples only.
Oliver""") + "\n"
case("p19_fabric_bought_roll_into_cutting", ["RG006", "RG007"],
     "supplier bought fabric for 3,000 against a 30-sample release and says it will cut directly once PP is approved", [
    ("RE_PO_24-0502_carrycot_apron.eml", mail(
        "Jessica Wu <jessica.wu@everbright-juvenile.com>", "Oliver Grant <oliver.grant@puddleandpram.co.uk>",
        "RE: PO 24-0502 PN 3320-08 carrycot apron", "Tue, 14 May 2024 10:26:00 +0800",
        _p19_text, in_reply_to="<h125-og0513@puddleandpram.co.uk>")),
])

# p20 multi-file: buyer release 800 + supplier MRP printout ordering material for 3,000
_p20_text = """Hi Lan, hi Duc,

Production release WG-R-014 for the WG-TK-08 wooden trike:

- Released now: 800 trikes (first shipment), ex-works 26 July.
- The remaining 2,200 of the 3,000 programme stay on hold until the first shipment passes the QIMA final inspection and I issue release WG-R-015 in writing.
- Material authority: 800 trikes only.

Please confirm.

Cheers,
Mia
""" + sig("Mia Robertson", "Sourcing Lead", "Wattle & Gum Kids Pty Ltd, Melbourne", "+61 3 9000 4412")
case("p20_release_vs_mrp", ["RG006"],
     "release 800 with material authority 800; supplier MRP printout: WO 800 but birch ply and wheels ordered for the full 3,000 programme", [
    ("WG-R-014_release.eml", mail(
        "Mia Robertson <mia@wattleandgum.com.au>", "Nguyen Thi Lan <lan.nguyen@bdwoodcraft.vn>",
        "Production release WG-R-014 - WG-TK-08 trike - 800 pcs", "Fri, 31 May 2024 09:05:00 +1000",
        _p20_text, cc="Tran Minh Duc <duc.tran@bdwoodcraft.vn>")),
    ("MRP_WO24-118.txt", """BINH DUONG WOODCRAFT JSC                        MRP RUN / MATERIAL REQUIREMENT
ERP: FAST BUSINESS 2023                                        RUN DATE: 03/06/2024 07:30
------------------------------------------------------------------------------------------
WORK ORDER : WO 24-118        CUSTOMER : WATTLE & GUM (C0077)   CUST REF : WG-R-014
ITEM       : WG-TK-08 WOODEN TRIKE     WO QTY : 800 PCS          WO STATUS: OPEN
MATERIAL PLANNED FOR : FULL PROGRAMME 3,000 PCS (PLANNER NOTE: BUY ONCE, BETTER PRICE)
------------------------------------------------------------------------------------------
MATERIAL               SPEC            REQ QTY     ON HAND    PO TO VENDOR   STATUS
BIRCH PLY 12MM         BB/CP E0        3,000 SET        0     PV-24-0611     ORDERED
BEECH DOWEL 25MM       FSC             3,000 SET      400     PV-24-0612     ORDERED
EVA WHEEL 160MM        BLACK           9,000 PC         0     PV-24-0613     ORDERED
WATER-BASED LACQUER    EN71-3          180 L           60     PV-24-0614     ORDERED
CARTON 5-PLY           62x38x30        3,000 PC         0     -              TO ORDER W24
------------------------------------------------------------------------------------------
PLANNER: LE VAN HUNG     CHECKED: TRAN MINH DUC
"""),
])

# p21 supplier order confirmation: will buy yarn for the full quoted quantity on a prototype PO
case("p21_oc_yarn_full_qty", ["RG006"],
     "supplier confirmation of a 20-prototype PO says yarn for the full 12,000 pcs will be bought on receipt; no material authority", [
    ("OC-TOW-24-061.pdf", pdf([
        ("h1", "TIRUPPUR ORGANIC WEAVES PVT LTD"),
        ("p", "SF 212, Avinashi Road, Tiruppur 641 603, Tamil Nadu, India - GSTIN 33AABCT4412K1Z9 - GOTS certified (CU 1029384)"),
        ("h", "ORDER CONFIRMATION  OC-TOW-24-061"),
        ("p", "To: Petit Lutin SAS, Lyon, France - Kind Attn: Ms. Camille Moreau    Your PO: PL-24-0520    Date: 17 June 2024"),
        ("table", [
            ["S.No", "Article", "Description", "Stage", "Qty", "Price EUR"],
            ["1", "PL-DD-015", "Doudou lapin, organic cotton interlock, 25 x 25 cm", "Prototype", "20 pcs", "6,80"],
        ]),
        ("sp",),
        ("p", "We are in receipt of your above PO for 20 prototype pieces with thanks. Prototypes will be despatched by DHL on 5 July 2024."),
        ("p", "Quoted production quantity 12,000 pcs (our quotation TOW-Q-24-118): not released by your PO; we await your written release."),
        ("p", "Yarn booking: to secure the GOTS-certified organic cotton yarn lot (Ne 30s combed) and our dyeing slot, we shall purchase yarn "
              "for the full 12,000 pcs on receipt of this PO, so that bulk can start without delay after your release."),
        ("p", "Testing: EN 71-2, EN 71-3, Oeko-Tex Standard 100 class I at TUV SUD Tiruppur."),
        ("sp",),
        ("p", "For Tiruppur Organic Weaves Pvt Ltd - Karthik Subramaniam, Merchandising Manager"),
    ], title="OC-TOW-24-061", author="Tiruppur Organic Weaves")),
])

# p22 staged material authority 4,000 exceeded
_p22_text = """Dear Rachel,

Noted with thanks for release LHB-R-022. Production of the 2,000 bottles starts 10 June on our line 2.

For your info: our purchasing already laid in silicone teats for 10,000 units and PPSU resin for 6,000 units, because our suppliers gave a better price for the full volume. No extra cost to you at this moment.

Best regards,
Dewi Lestari
Export Marketing | PT Cahaya Anak Plastindo

-----Original Message-----
From: Rachel Nguyen <rachel.nguyen@littleharborbaby.com>
Sent: Monday, 3 June 2024 08:30
Subject: Release LHB-R-022 - LHB-BT-260

""" + quote("""Hi Dewi,
Release LHB-R-022: 2,000 bottles of LHB-BT-260 (260 ml) are released for production.
Material authority: staged - PPSU resin and silicone teats for up to 4,000 units at our liability.
The other 8,000 bottles of the 10,000 quoted are on hold until lot 1 passes the SGS lot test and I issue a written release.
Rachel Nguyen, Senior Sourcing Manager""") + "\n"
case("p22_staged_authority_exceeded", ["RG006"],
     "staged material authority 4,000 units; supplier bought teats for 10,000 and resin for 6,000", [
    ("RE_Release_LHB-R-022.eml", mail(
        "Dewi Lestari <dewi.lestari@cahaya-anak.co.id>", "Rachel Nguyen <rachel.nguyen@littleharborbaby.com>",
        "RE: Release LHB-R-022 - LHB-BT-260", "Tue, 04 Jun 2024 14:12:00 +0700",
        _p22_text, in_reply_to="<h125-rn0603@littleharborbaby.com>")),
])

# p23 WeChat: deposit received -> all fabric bought, bulk cutting starts
case("p23_wechat_deposit_fabric_cutting", ["RG006", "RG012"],
     "factory reads the deposit as the start signal: buys fabric for 6000 and starts cutting while only 24 PP are released", [
    ("WeChat_Megan_Coco_BB-PL-2420.txt", """WeChat chat history export
Chat: Megan Holloway (Bramble & Bee) <-> Coco Lin (Joyful Plush)
Exported: 2024-06-19 07:45

2024-06-04 22:10  Megan Holloway
Hi Coco! PO BB-24-1002 for the Bramble Bunny 30cm (BB-PL-2420) is in your inbox.

2024-06-04 22:11  Megan Holloway
It covers 24 PP samples (released) + the 6,000 bulk as commercial cover only. The 6k is NOT released until Tyler signs off the PP and I send you the written release. Material: samples only please 🙏

2024-06-05 08:02  Coco Lin
Received Megan, thank you! PI for deposit will send today.

2024-06-18 15:30  Coco Lin
Megan, deposit USD 7,380 received today, thank you!

2024-06-18 15:31  Coco Lin
So we already buy all the minky fabric for 6000pcs and start cutting bulk tomorrow 💪 to catch Sept ETD

2024-06-18 15:31  Coco Lin
[Photo] fabric rolls in warehouse
"""),
])

# p24 Indian supplier: forecast called an order, yarn bought for it
_p24_text = """Dear Mia,

Greetings from Tiruppur! Thank you for call-off 1.

As per your confirmed 2025 order of 20,000 play mats (your forecast dated 2 May), we have purchased the GOTS organic cotton yarn for the full 20,000 mats to lock the price before the new cotton season. Production of the 2,000 mats of call-off 1 will start on 17 June.

Kindly also send the final artwork for the gift box.

With warm regards,
Karthik Subramaniam
Merchandising Manager, Tiruppur Organic Weaves Pvt Ltd
+91 421 248 7702

On Mon, 10 Jun 2024 at 09:12, Mia Robertson <mia@wattleandgum.com.au> wrote:
""" + quote("""Hi Karthik,
Call-off 1 under PO WG-7860: 2,000 organic cotton play mats (WG-PM-11) released.
Our 2025 forecast of 20,000 mats is for planning only - it is not an order and it is not released.
Each further call-off comes from me in writing, after lot 1 passes AS/NZS ISO 8124 testing.
Material authority: 2,000 mats.
Mia""") + "\n"
case("p24_forecast_order_yarn", ["RG006", "RG008"],
     "supplier calls the labelled 20,000 forecast a 'confirmed order' and buys yarn for 20,000 against material authority of 2,000", [
    ("RE_Call-off_1_WG-PM-11.eml", mail(
        "Karthik Subramaniam <karthik@tiruppurweaves.in>", "Mia Robertson <mia@wattleandgum.com.au>",
        "RE: Call-off 1 - WG-PM-11 play mat", "Tue, 11 Jun 2024 12:40:00 +0530",
        _p24_text, in_reply_to="<h125-mr0610@wattleandgum.com.au>")),
])

# p25 Chinese-English supplier: bulk directly after PP OK, "no need more paper"
_p25_text = """Dear Priya,

Thanks for your PO. 20pcs PP samples of cup holder will finish on 22 May.

To catch your October delivery, after PP sample OK from your side, we will arrange the 6,000pcs bulk production directly, no need more paper. Please kindly note.

Best regards
Kevin Zhou
Sales Manager
Dongguan Everbright Juvenile Products Co., Ltd.

From: Priya Shah [mailto:priya.shah@hopscotch-retail.co.uk]
Sent: Thursday, May 09, 2024 5:20 PM
Subject: HR-PO-77355 stroller cup holder

""" + quote("""Hi Kevin,
HR-PO-77355: 20 PP samples of HR-ST-210 stroller cup holder released.
The 6,000 pcs are not released and stay on hold until our QA signs off the PP samples and I issue a written production release.
Priya Shah, Senior Buyer, Hopscotch Retail plc""") + "\n"
case("p25_bulk_directly_after_pp", ["RG007"],
     "supplier says it will start the 6,000 bulk directly after PP OK, 'no need more paper', against a written-release scope", [
    ("RE_HR-PO-77355_cup_holder.eml", mail(
        "Kevin Zhou <kevin.zhou@everbright-juvenile.com>", "Priya Shah <priya.shah@hopscotch-retail.co.uk>",
        "RE: HR-PO-77355 stroller cup holder", "Fri, 10 May 2024 09:33:00 +0800",
        _p25_text, in_reply_to="<h125-ps0509@hopscotch-retail.co.uk>")),
])

# p26 buyer forwards her own PO note (rfc822) and then waives it informally
_p26_orig = mail("Rachel Nguyen <rachel.nguyen@littleharborbaby.com>", "Dewi Lestari <dewi.lestari@cahaya-anak.co.id>",
                 "PO 45-1340 - LHB-BT-150 mini bottle", "Mon, 13 May 2024 10:00:00 -0500",
                 """Hi Dewi,

PO 45-1340 releases 24 PP samples of LHB-BT-150 Mini bottle 150 ml.

The bulk of 12,000 pcs is on hold until (1) the SGS test passes, (2) Marcus Bell signs off the PP samples and (3) I send you a written production release.

Rachel
""")
_p26_text = """Hi Dewi,

Forwarding my original PO note below for reference.

I'm out from 3 to 21 June and cover is still being sorted. To keep things moving: if the PP samples come back fine, just carry on with the bulk - no need to wait on me.

Thanks so much,
Rachel
""" + sig("Rachel Nguyen", "Senior Sourcing Manager", "Little Harbor Baby Co., Austin TX", "+1 512 555 0148")
case("p26_buyer_waives_own_release", ["RG007"],
     "buyer contradicts her forwarded written-release requirement: if PP comes back fine 'just carry on with the bulk'", [
    ("Fwd_PO_45-1340_while_I_am_out.eml", mail(
        "Rachel Nguyen <rachel.nguyen@littleharborbaby.com>", "Dewi Lestari <dewi.lestari@cahaya-anak.co.id>",
        "Fwd: PO 45-1340 - LHB-BT-150 mini bottle (while I'm out)", "Fri, 31 May 2024 16:48:00 -0500",
        _p26_text, attachments=[("rfc822", _p26_orig)])),
])

# p27 Sri Lankan supplier + PI: "upon receipt of your sample approval we will proceed with bulk"
_p27_pi = pdf([
    ("h1", "LANKA SOFT TOYS (PVT) LTD"),
    ("p", "Block 7, Export Processing Zone, Katunayake 11450, Sri Lanka - BOI Reg. 3/2/411"),
    ("h", "PROFORMA INVOICE  LST-PI-24-044"),
    ("p", "Buyer: Bramble & Bee Toys, Inc., Portland OR, USA    Date: 12 June 2024    Terms: FOB Colombo"),
    ("table", [
        ["No", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "BB-PL-2340", "'Bodhi the Bear' plush 30 cm - PP sample", "24 pcs", "12.50", "300.00"],
        ["2", "BB-PL-2340", "'Bodhi the Bear' plush 30 cm - bulk", "5,000 pcs", "3.95", "19,750.00"],
        ["", "", "TOTAL", "", "", "20,050.00"],
    ]),
    ("sp",),
    ("p", "Payment: 30% advance by T/T (USD 6,015.00), balance 70% against copy documents. Bank: Commercial Bank of Ceylon, Negombo."),
    ("p", "Ex-factory: 30 August 2024. Packing: 24 pcs per carton."),
    ("p", "For Lanka Soft Toys (Pvt) Ltd - Chamari Fernando, Merchandiser"),
], title="LST-PI-24-044", author="Lanka Soft Toys")
_p27_text = """Dear Madam,

Please find attached our Proforma Invoice LST-PI-24-044 for your kind perusal.

Kindly note that upon receipt of your sample approval we will proceed with bulk production of 5,000 pcs as per PI, so that we can meet the ex-factory date of 30th August.

Kindly arrange the advance payment at your earliest convenience.

Thanking you,
Chamari Fernando
Merchandiser | Lanka Soft Toys (Pvt) Ltd | +94 11 225 3390
"""
case("p27_pi_proceed_on_sample_approval", ["RG007"],
     "supplier: upon receipt of sample approval we will proceed with the 5,000 bulk as per PI (no auto-conversion agreed)", [
    ("PI_LST-PI-24-044_Bodhi_the_Bear.eml", mail(
        "Chamari Fernando <chamari@lankasofttoys.lk>", "Megan Holloway <megan@brambleandbee.com>",
        "PI LST-PI-24-044 - Bodhi the Bear", "Wed, 12 Jun 2024 15:05:00 +0530",
        _p27_text, attachments=[("LST-PI-24-044.pdf", _p27_pi, PDF_MT)])),
])

# p28 DOCX factory schedule: bulk material ordered, bulk cutting "automatic" after PP approval
case("p28_factory_schedule_auto_bulk", ["RG006", "RG007"],
     "factory schedule quotes the 30-PP scope yet shows bulk fabric for 8,000 ordered and bulk cutting starting automatically after PP approval", [
    ("Production_schedule_HZ-PL-5540.docx", docx_bytes([
        ("h1", "Production schedule - HZ-PL-5540 Shiba dog 25 cm"),
        ("p", "Shantou Chenghai Joyful Plush Toys Co., Ltd. - for Hoshizora Toys K.K. - PO HT-24-0702 - issued 4 June 2024 by Coco Lin"),
        ("p", "Customer PO note (copied): 'PP sample 30 pcs only. Mass production 8,000 pcs is not released until Ms. Yuki Tanaka signs off "
              "the PP sample and Kenji Watanabe sends the written production release.'"),
        ("table", [
            ["Step", "Plan date", "Qty", "Status"],
            ["PP sample sewing", "3-10 Jun", "30 pcs", "in progress"],
            ["Bulk fabric + PP cotton purchase", "5 Jun", "8,000 pcs", "ordered"],
            ["PP sample approval by Hoshizora", "14 Jun", "-", "pending"],
            ["Bulk cutting (starts automatically after PP approval)", "17 Jun", "8,000 pcs", "planned"],
            ["Sewing / stuffing / QC", "20 Jun - 18 Jul", "8,000 pcs", "planned"],
            ["ETD Shantou", "25 Jul", "8,000 pcs", "planned"],
        ]),
        ("sp",),
        ("p", "Remark: bulk production will follow automatically after your PP approval, no separate instruction needed, so the July vessel is safe."),
    ], author="Coco Lin")),
])

# p29 Japanese buyer: PP approval "also covers" bulk; approval used three ways
_p29_text = """Dear Coco-san,

Thank you for sending the PP samples of HZ-PL-5555 'Panda Mochi' 20 cm. They arrived at our Osaka office today.

For your planning, please kindly understand our process as follows:
- PO approval: already done. Our finance department approved PO HT-24-0655 on 2 May.
- PP sample approval: Ms. Tanaka will check the samples next week (drop test, seam strength, ST mark).
- When the PP sample gets approval, that approval also covers the mass production, so your line can simply continue into bulk without waiting.

Thank you very much for your kind cooperation.

Best regards,
Kenji Watanabe
Sourcing Dept., Hoshizora Toys K.K.

--- Original message ---
From: Kenji Watanabe
Date: 2024/05/02 14:00
Subject: PO HT-24-0655 Panda Mochi

""" + quote("""Dear Coco-san,
PO HT-24-0655: 30 pcs PP sample released.
Mass production 6,000 pcs is not released. It will be released only by a separate written production release
from me (Kenji Watanabe) after Ms. Yuki Tanaka signs off the PP sample.
Kenji""") + "\n"
case("p29_approval_covers_bulk", ["RG007", "RG009"],
     "buyer says PP approval 'also covers' bulk, contradicting his quoted written-release rule; 'approval' used for PO, sample and production", [
    ("HZ-PL-5555_PP_received.eml", mail(
        "Kenji Watanabe <k.watanabe@hoshizora-toys.co.jp>", "Coco Lin <coco@joyfulplush.cn>",
        "HZ-PL-5555 Panda Mochi - PP samples received / our process", "Thu, 06 Jun 2024 17:20:00 +0900",
        _p29_text)),
])


# =================================================================== RISKY (p30-p37): RG008, RG009

# p30 Australian director: Q4 forecast "as a firm order"
_p30_text = """G'day Duc,

Good catch-up on Zoom yesterday - thanks for the factory walk-through, the new spray booth looks great.

Two things in writing so we're all on the same page:

1. Current release stays exactly as it is: 800 WG-TK-08 trikes under release WG-R-014. Nothing else is released. The next lot only comes with Mia's written release WG-R-015, after the first shipment passes the QIMA final inspection.

2. Q4: our forecast for the trike is 6,000 units. Take that 6,000 as a firm order from us for Q4 and lock it into your capacity plan - we're good for it.

Cheers,
Josh
""" + sig("Josh Kelly", "Director", "Wattle & Gum Kids Pty Ltd, Melbourne", "+61 3 9000 4400")
case("p30_forecast_as_firm_order", ["RG008"],
     "director writes the Q4 forecast of 6,000 as 'a firm order from us'; current release 800 stated with hold, event and Mia", [
    ("WG-TK-08_Q4_allocation.eml", mail(
        "Josh Kelly <josh@wattleandgum.com.au>", "Tran Minh Duc <duc.tran@bdwoodcraft.vn>",
        "WG-TK-08 trike - current release + Q4 allocation", "Thu, 13 Jun 2024 07:55:00 +1000",
        _p30_text, html=txt2html(_p30_text), cc="Mia Robertson <mia@wattleandgum.com.au>")),
])

# p31 supplier sales order confirmation turns a rolling forecast into an order
case("p31_soc_forecast_as_order", ["RG008"],
     "supplier confirmation: 'we confirm your order of 50,000 pcs' based on the buyer's rolling forecast", [
    ("SOC-24-0190.pdf", pdf([
        ("h1", "PT SINAR MAINAN INDONESIA"),
        ("p", "Jl. Industri Raya 9, Kawasan Industri Candi, Semarang 50184, Jawa Tengah, Indonesia"),
        ("h", "SALES ORDER CONFIRMATION  SOC-24-0190"),
        ("p", "Customer: Hopscotch Retail plc, Leeds, UK - Attn. Ms. Priya Shah    Date: 20 May 2024"),
        ("p", "Dear Ms. Shah, with reference to your 2025 rolling forecast dated 3 May 2024, we are pleased to confirm your order of "
              "50,000 pcs wooden stacking cups HR-WT-071 for delivery in 2025, as scheduled below."),
        ("table", [
            ["Delivery window", "Item", "Qty", "Status"],
            ["Jan-Feb 2025", "HR-WT-071 stacking cups, 8 pcs, rubberwood", "10,000 pcs", "confirmed"],
            ["Mar-Apr 2025", "HR-WT-071", "10,000 pcs", "confirmed"],
            ["May-Jun 2025", "HR-WT-071", "10,000 pcs", "confirmed"],
            ["Jul-Aug 2025", "HR-WT-071", "10,000 pcs", "confirmed"],
            ["Sep-Oct 2025", "HR-WT-071", "10,000 pcs", "confirmed"],
            ["", "TOTAL", "50,000 pcs", ""],
        ]),
        ("sp",),
        ("p", "Price: USD 3.15 / set FOB Semarang, fixed for 2025. Capacity reserved on line B."),
        ("p", "Terima kasih atas kepercayaan Anda. Budi Santoso, Marketing Manager"),
    ], title="SOC-24-0190", author="PT Sinar Mainan Indonesia")),
])

# p32 retailer portal: Q4 forecast allocation declared committed / confirmed orders
case("p32_portal_allocation_committed", ["RG008"],
     "retailer portal tells the supplier to treat the Q4 forecast allocation as confirmed orders", [
    ("hopscotch_Q4_allocation_Bluewave.html", html_page("Hopscotch - Q4 allocation", f"""
<h2>Hopscotch Retail plc &mdash; Vendor Portal</h2>
<p>Supplier: <b>Shantou Chenghai Bluewave Toys Co., Ltd.</b> (vendor 100688) &nbsp;|&nbsp; Published 17 June 2024 by Priya Shah, Senior Buyer</p>
<h3>Q4 2024 forecast allocation &mdash; committed</h3>
<div class="note">Your Q4 forecast allocation below is committed volume. Please treat these quantities as confirmed orders and plan your line
accordingly. Individual POs will be raised in the PO module nearer the time.</div>
{html_table([["SKU", "Description", "Q4 forecast units", "Status"],
             ["HR-BT-012", "Bath squirters, 4 pcs, sea animals", "12,000", "Firm"],
             ["HR-BT-015", "Stacking bath cups, 6 pcs", "8,400", "Firm"],
             ["HR-BT-019", "Wind-up bath turtle", "6,000", "Firm"]])}
<p>Delivery: Leeds DC weeks 40&ndash;47. Testing EN 71-1/2/3 and UKCA per SKU, reports to be uploaded before first shipment.</p>
<p style="font-size:11px;color:#777">Hopscotch Retail plc &middot; Portal build 7.12.0</p>
""", lang="en-GB")),
])

# p33 DOCX French buyer: forecast "valant commande ferme"
case("p33_previsions_commande_ferme", ["RG008"],
     "French buyer's 2025 forecast table declared 'valant commande ferme' (worth a firm order)", [
    ("Previsions_2025_Binh_Duong.docx", docx_bytes([
        ("h1", "Pr\u00e9visions 2025 / Forecast 2025 - gamme bois"),
        ("p", "Petit Lutin SAS \u00e0 Binh Duong Woodcraft JSC - Lyon, le 20/06/2024"),
        ("p", "Bonjour Lan, please find our forecast 2025 for the wooden range. Ces pr\u00e9visions valent commande ferme: please consider "
              "these quantities as our firm order for 2025 and reserve the capacity."),
        ("table", [
            ["Article", "Description", "T1", "T2", "T3", "T4", "Total 2025"],
            ["PL-ST-007", "Arc-en-ciel empilable 'Provence'", "1 500", "1 500", "2 000", "3 000", "8 000"],
            ["PL-PZ-012", "Puzzle 'La ferme'", "1 000", "1 000", "1 200", "1 800", "5 000"],
            ["PL-CW-031", "Cube d'activit\u00e9s", "800", "800", "1 000", "1 400", "4 000"],
        ]),
        ("sp",),
        ("p", "Prix: selon offres BD-24-066, BD-23-140 et BD-24-071. Livraison FOB Cat Lai."),
        ("p", "Sophie Lambert, Directrice achats"),
    ], author="Sophie Lambert")),
])

# p34 EML + HTML tracker: "approval" for PO, sample and bulk
_p34_html = html_page("PLM approval tracker - PN 3350-06", html_table([
    ["Approval step", "Status", "By", "Date"],
    ["PO approval (PO 24-0588)", "Approved", "Finance - K. Doyle", "17 Jun 2024"],
    ["PP sample approval (30 grips)", "Approved", "O. Grant", "19 Jun 2024"],
    ["Bulk approval (7,500 grips)", "Pending", "F. McAllister", "-"],
]) + "\n<p>Export from Puddle &amp; Pram PLM, 19 Jun 2024 16:02.</p>", lang="en-GB")
_p34_text = """Hi Kevin,

Update on approvals for PN 3350-06 handlebar foam grip:

- PO approval: our finance approved PO 24-0588 on Monday.
- PP sample approval: I approved the 30 PP grips today - the foam density and the end-cap fit are fine.
- Bulk approval: still to come from Fiona McAllister, who will send the written production release after the lot test to EN 1888-1:2018 clause 8.9.

Until then the 7,500 bulk grips stay on hold; only the 30 PP samples are covered.

Tracker export attached.

Cheers,
Oliver
""" + sig("Oliver Grant", "Senior Buyer", "Puddle & Pram Ltd, Leeds", "+44 113 496 0722")
case("p34_three_approvals", ["RG009"],
     "'approval' used for the PO (commercial), the PP sample (technical) and the bulk (production release); scope otherwise complete", [
    ("PN_3350-06_update.eml", mail(
        "Oliver Grant <oliver.grant@puddleandpram.co.uk>", "Kevin Zhou <kevin.zhou@everbright-juvenile.com>",
        "PN 3350-06 foam grip - approvals", "Wed, 19 Jun 2024 16:10:00 +0100",
        _p34_text, attachments=[("PN3350-06_approval_tracker.html", _p34_html, "text/html")])),
])

# p35 supplier: "your approval (PO)" -> "with this approval we release the bulk"
_p35_text = """Dear Rachel,

Thank you for your approval of PO 45-1355 - we have accepted it in our system today.

With this approval we will release the bulk production of LHB-BT-300 to our moulding shop from 10 June, while the PP sample approval from Marcus can follow in parallel.

Best regards,
Budi Santoso
Production Planning Manager
PT Cahaya Anak Plastindo

-----Original Message-----
From: Rachel Nguyen <rachel.nguyen@littleharborbaby.com>
Sent: Tuesday, 28 May 2024 10:02
Subject: PO 45-1355 LHB-BT-300 wide-neck bottle

""" + quote("""Hi Budi, hi Dewi,
PO 45-1355 releases 36 PP samples of LHB-BT-300 wide-neck bottle 300 ml.
The bulk of 9,000 pcs is on hold until Marcus Bell signs off the PP samples and I send a written production release.
Rachel Nguyen""") + "\n"
case("p35_po_acceptance_releases_bulk", ["RG009", "RG012"],
     "supplier treats PO acceptance ('your approval') as release of the bulk; 'approval' used for PO, release and PP sample", [
    ("RE_PO_45-1355.eml", mail(
        "Budi Santoso <budi.santoso@cahaya-anak.co.id>", "Rachel Nguyen <rachel.nguyen@littleharborbaby.com>",
        "RE: PO 45-1355 LHB-BT-300 wide-neck bottle - accepted", "Wed, 29 May 2024 11:18:00 +0700",
        _p35_text, cc="Dewi Lestari <dewi.lestari@cahaya-anak.co.id>", in_reply_to="<h125-rn0528@littleharborbaby.com>")),
])

# p36 DOCX spec & approval record mixing approvals
case("p36_spec_approval_record", ["RG009"],
     "record uses 'approved/approval' for fabric test, PO and mass production; scope (30 PP, 4,800 on hold, Tanaka) complete", [
    ("HZ-PL-5580_spec_record.docx", docx_bytes([
        ("h1", "HZ-PL-5580 'Kitsune' fox plush 25 cm - Spec & approval record"),
        ("p", "Hoshizora Toys K.K. - Sourcing Dept. - for Shantou Chenghai Joyful Plush Toys Co., Ltd. - revision 3, 18 June 2024"),
        ("h", "Specification"),
        ("p", "Outer: polyester short plush 2 mm, orange 16-1358 TCX / white tail tip. Filling: PP cotton 7D, 95 g. Eyes: embroidered. "
              "Labels: ST mark, CE, Japanese care label. Test: ST 2016, EN 71-1/2/3, JIS L 1041 formaldehyde (infant < 16 ppm)."),
        ("h", "Approval record"),
        ("table", [
            ["Item", "Approval", "By", "Date"],
            ["Fabric lab test (formaldehyde, colour fastness)", "Approved", "Aiko Sato, QA", "2024/06/03"],
            ["Purchase order HT-24-0690 (30 PP samples)", "Approved", "Finance Dept.", "2024/06/05"],
            ["PP sample (30 pcs)", "-", "Yuki Tanaka", "due 2024/06/28"],
            ["Mass production 4,800 pcs", "Approval pending", "Yuki Tanaka", "-"],
        ]),
        ("sp",),
        ("p", "Current scope: PP samples 30 pcs are released. Mass production 4,800 pcs is not released until Ms. Yuki Tanaka signs off the "
              "PP samples and gives the production approval in writing."),
    ], author="Kenji Watanabe")),
])

# p37 WhatsApp: "release" for test report, PO and production
case("p37_whatsapp_release_three_ways", ["RG009"],
     "'release' used for the lab report, the PO in finance and the production release; scope (18 PP, 3,600 on hold, Priya) complete", [
    ("WhatsApp_Chat_Nimal_Perera_Priya.txt", """18/06/2024, 09:41 - Nimal Perera: Good morning Madam 🙏 Intertek released the EN71 report today for HR-CF-040 Ellie blanket, all pass ✅
18/06/2024, 09:41 - Nimal Perera: <Media omitted>
18/06/2024, 09:58 - Priya Shah: Brilliant news! So that's the release done on the testing side 🎉
18/06/2024, 09:59 - Priya Shah: PO release for HR-PO-77388 also went through finance on Tuesday
18/06/2024, 10:01 - Priya Shah: Production release for the 3,600 bulk still needs my written release after our QA signs off the PP samples - so for now it's still just the 18 PP samples, bulk on hold
18/06/2024, 10:15 - Nimal Perera: Noted Madam, thank you. PP samples reach Leeds Thursday
"""),
])


# =================================================================== RISKY (p38-p45): RG011, RG012

# p38 cover email says 36, PO PDF says 24; sample PO silent on the balance
_p38_po = pdf([
    ("h1", "PURCHASE ORDER 24-0533"),
    ("p", "Puddle & Pram Ltd, Unit 12 Aire Valley Business Park, Leeds LS10 1QN, UK"),
    ("p", "Supplier: Dongguan Everbright Juvenile Products Co., Ltd.    Order date: 7 June 2024    Buyer: Oliver Grant"),
    ("table", [
        ["Line", "Part number", "Description", "Qty", "Unit", "Price", "Delivery"],
        ["1", "PN 3340-02 Rev B", "Bumper bar, padded, removable - PP samples", "24", "sets", "\u00a34.10", "DHL, 28 June 2024"],
    ]),
    ("sp",),
    ("p", "Inspection: dimensional report on 5 sets, EN 1888-1:2018 clause 8.7 (bumper bar strength) on 3 sets. Material certs for the PU foam and the PA6 clip."),
    ("p", "Terms: Puddle & Pram General Terms of Purchase 2023. Payment 60 days from invoice."),
], title="PO 24-0533", author="Puddle & Pram Ltd")
_p38_text = """Hi Jessica,

PO 24-0533 attached for the 36 PP sample sets of the PN 3340-02 bumper bar (Rev B with the longer clip).

Please ship by DHL to Leeds, and include the foam certs.

Thanks,
Oliver
""" + sig("Oliver Grant", "Senior Buyer", "Puddle & Pram Ltd, Leeds", "+44 113 496 0722")
case("p38_cover_36_po_24", ["RG003", "RG004", "RG005", "RG011"],
     "cover mail says 36 PP sample sets, attached PO says 24 sets; sample PO never holds the rest, no unlock event, no releaser", [
    ("PO_24-0533_bumper_bar.eml", mail(
        "Oliver Grant <oliver.grant@puddleandpram.co.uk>", "Jessica Wu <jessica.wu@everbright-juvenile.com>",
        "PO 24-0533 - PN 3340-02 bumper bar PP samples", "Fri, 07 Jun 2024 14:20:00 +0100",
        _p38_text, attachments=[("PO_24-0533.pdf", _p38_po, PDF_MT)])),
])

# p39 multi-file: release letter 1 000 vs ERP released 1 200
case("p39_letter_1000_erp_1200", ["RG011"],
     "release letter releases 1 000 (2 000 on hold), the buyer's ERP printout for the same PO shows 1 200 released / 1 800 on hold", [
    ("LR-24-019_lettre_de_lancement.pdf", pdf([
        ("h1", "Petit Lutin SAS - Lettre de lancement / Production release LR-24-019"),
        ("p", "\u00c0: Binh Duong Woodcraft JSC - Article PL-XY-022 xylophone arc-en-ciel - Commande PL-24-0470 - Lyon, le 14/06/2024"),
        ("p", "Les prototypes ont \u00e9t\u00e9 valid\u00e9s techniquement par Julien Garnier (sign-off du 12/06/2024), rapport EN 71-3 BV n\u00b0 24-HCM-0871 conforme."),
        ("table", [
            ["", "Quantit\u00e9"],
            ["Lanc\u00e9e / released now", "1 000 pcs (mille)"],
            ["Bloqu\u00e9e / on hold", "2 000 pcs"],
            ["Offre BD-24-080", "3 000 pcs"],
        ]),
        ("sp",),
        ("p", "The 2 000 pcs on hold will be released only by a further written release from Sophie Lambert, after the first lot passes our "
              "inbound inspection in Lyon. Material authority: wood, metal bars and paint for 1 000 pcs."),
        ("p", "Sophie Lambert, Directrice achats"),
    ], title="LR-24-019", author="Petit Lutin SAS")),
    ("X3_PL-24-0470_print.txt", """PETIT LUTIN SAS - SAGE X3 - ACHATS                          EDITION DU 14/06/2024 16:40
COMMANDE D'ACHAT / PURCHASE ORDER : PL-24-0470           FOURNISSEUR : BINH DUONG WOODCRAFT (F0312)
=========================================================================================
ART.        DESIGNATION                         QTE CDE   QTE LANCEE   SOLDE BLOQUE
PL-XY-022   XYLOPHONE ARC-EN-CIEL 8 LAMES          3 000        1 200          1 800
=========================================================================================
LANCEMENT : LR-24-019 DU 14/06/2024 - SIGNATAIRE S. LAMBERT
DEBLOCAGE DU SOLDE : RECEPTION LOT 1 CONFORME (CONTROLE ENTREE LYON) + NOUVELLE LETTRE S. LAMBERT
ACOMPTE : 30 % VERSE LE 03/06/2024 (CONDITION DE PAIEMENT UNIQUEMENT)
=========================================================================================
"""),
])

# p40 PDF PO: colour table totals 480, note releases 500
case("p40_po_table_480_note_500", ["RG011"],
     "release table by colour sums to 480 while the note on the same PO releases 500; hold, event and Megan named", [
    ("BB-24-1040.pdf", pdf([
        ("h1", "Bramble & Bee Toys, Inc. - PURCHASE ORDER BB-24-1040"),
        ("p", "Vendor: Shantou Chenghai Joyful Plush Toys Co., Ltd.    Date: June 17, 2024    Buyer: Megan Holloway"),
        ("p", "Item: BB-PL-2431 'Maple the Moose' plush 30 cm. PP samples signed off by Tyler Brooks on June 14, 2024."),
        ("h", "Production release R1 - quantity by colour"),
        ("table", [
            ["Colour", "Qty", "Unit USD", "Ext. USD"],
            ["Honey", "160", "3.48", "556.80"],
            ["Moss", "160", "3.48", "556.80"],
            ["Berry", "160", "3.48", "556.80"],
            ["Total", "480", "", "1,670.40"],
        ]),
        ("sp",),
        ("p", "Release R1: 500 pcs of BB-PL-2431 (first lot, for the Toy Fair Dallas booth and launch stores). The remaining 5,500 of the 6,000 pcs "
              "quoted on JP-Q24-0533 are not released; the next release comes only from Megan Holloway in writing after lot 1 passes our inbound "
              "inspection in Portland. Material authority: 500 pcs."),
        ("p", "Ship by sea, FOB Shantou, ETD on or before August 9, 2024."),
    ], pagesize=LETTER, title="PO BB-24-1040", author="Bramble & Bee Toys")),
])

# p41 DOCX release: colour table 1,150 vs text 1,200
case("p41_release_docx_1150_vs_1200", ["RG011"],
     "release text authorizes 1,200 sets while its colour table totals 1,150; hold of 16,800 with event and Rachel named", [
    ("LHB-R-031_production_release.docx", docx_bytes([
        ("h1", "Production Release LHB-R-031"),
        ("p", "Little Harbor Baby Co. to PT Cahaya Anak Plastindo - Item LHB-SP-10 silicone spoon set 2 pc - PO 45-1290 - June 18, 2024"),
        ("p", "PP samples signed off by Marcus Bell (QA) on June 14, 2024; FDA and LFGB migration tests passed (SGS JKT-24-3310)."),
        ("p", "This release authorizes 1,200 sets for production, split by colour as follows:"),
        ("table", [
            ["Colour", "Sets"],
            ["Sage", "400"],
            ["Oat", "400"],
            ["Cloud", "350"],
            ["Total", "1,150"],
        ]),
        ("sp",),
        ("p", "The other 16,800 sets of the 18,000 quoted (CAP-Q-0291) remain on hold until lot 1 passes the SGS lot test and Rachel Nguyen "
              "issues a written release. Material authority: 1,200 sets."),
        ("p", "Rachel Nguyen, Senior Sourcing Manager"),
    ], author="Rachel Nguyen")),
])

# p42 supplier confirms 2,500 against a quoted release of 2 000
_p42_text = """Dear Camille,

Thank you for the release. We confirm production of 2,500 pcs doudou ours (PL-DD-018) as per your release LR-24-022, delivery in two lots of 1,250 pcs, first lot ex-factory 2 August.

Kindly send the final hang tag artwork at your convenience.

With best regards,
Karthik Subramaniam
Merchandising Manager, Tiruppur Organic Weaves Pvt Ltd

On Fri, 14 Jun 2024 at 15:00, Camille Moreau <camille.moreau@petitlutin.fr> wrote:
""" + quote("""Bonjour Karthik,
Release LR-24-022: 2 000 (two thousand) doudous ours PL-DD-018 are released for production.
The remaining 10 000 stay on hold until the first lot passes our inbound inspection and Sophie Lambert sends the next written release.
Material authority: 2 000 pcs.
Camille""") + "\n"
case("p42_ack_2500_vs_release_2000", ["RG011"],
     "supplier confirms 2,500 pcs 'as per your release' while the quoted release says 2 000; rest of scope complete", [
    ("RE_Release_LR-24-022.eml", mail(
        "Karthik Subramaniam <karthik@tiruppurweaves.in>", "Camille Moreau <camille.moreau@petitlutin.fr>",
        "RE: Release LR-24-022 - doudou ours", "Mon, 17 Jun 2024 10:05:00 +0530",
        _p42_text, in_reply_to="<h125-cm0614@petitlutin.fr>")),
])

# p43 HTML call-off: header 800, DC split 600
case("p43_calloff_800_vs_600", ["RG011"],
     "call-off header says 800 mats released, the DC split on the same page totals 600", [
    ("hopscotch_calloff_CO-3_HR-PO-77410.html", html_page("Call-off CO-3", f"""
<h2>Hopscotch Retail plc &mdash; Vendor Portal</h2>
<h3>Call-off CO-3 &mdash; HR-PO-77410</h3>
<p>Supplier: Dongguan Haoyu EVA Foam Products Co., Ltd. &nbsp;|&nbsp; Item: HR-PM-050 interlocking foam play mat, 9 tiles &nbsp;|&nbsp; Issued 19 June 2024 by Priya Shah, Senior Buyer</p>
<p><b>Call-off quantity: 800 mats</b> &mdash; released for production under this call-off.</p>
<h3>Delivery split</h3>
{html_table([["DC", "Mats", "Delivery"], ["Leeds DC", "300", "wk 33"], ["Swindon DC", "300", "wk 34"], ["Total", "600", ""]])}
<div class="note">Remaining programme quantity on HR-PO-77410 is not released. The next call-off (CO-4) will be issued only in writing by Priya Shah,
after CO-3 passes our inbound QC. Material authority: this call-off only.</div>
<p style="font-size:11px;color:#777">Hopscotch Retail plc &middot; Portal build 7.12.0</p>
""", lang="en-GB")),
])

# p44 WeChat: "twelve (12)" then "the 15 PP sets"
case("p44_wechat_12_vs_15", ["RG011"],
     "buyer authorizes twelve (12) PP samples, later asks for 'the 15 PP sets' in the same chat without any change note", [
    ("WeChat_Rachel_Vivian_LHB-BR-02.txt", """WeChat chat history export
Chat: Rachel Nguyen (Little Harbor Baby) <-> Vivian Xu (Bluewave Toys)
Exported: 2024-06-21 09:02

2024-06-03 09:15  Rachel Nguyen
Hi Vivian! PO 45-1372 is for twelve (12) PP samples of the bath squirter set LHB-BR-02 (4 sea animals, mould-free valve).

2024-06-03 09:16  Rachel Nguyen
Bulk 6,000 sets stays on hold until Marcus signs off the PP and I send you a written release.

2024-06-03 10:40  Vivian Xu
Well received Rachel 😊 PP will be ready 18 June

2024-06-17 21:05  Vivian Xu
[Photo] PP squirters, the whale colour adjusted

2024-06-18 08:30  Rachel Nguyen
Looks cute! Vivian, please send the 15 PP sets by FedEx by Friday, Marcus needs them for the drop and squeeze test.

2024-06-18 09:12  Vivian Xu
ok Rachel, 15 sets FedEx Friday 👌
"""),
])

# p45 supplier: PO accepted + deposit paid -> bulk starts Monday
_p45_text = """Dear Mia,

We have accepted PO WG-7866 in our system and the 30% deposit arrived this morning - thank you!

As the order is now confirmed and paid, we will start bulk production of the koala rocker on Monday 10 June so we can hit the August vessel.

Best regards,
Nguyen Thi Lan
Sales | Binh Duong Woodcraft JSC | +84 274 3456 210

On 27/05/2024 09:40, Mia Robertson wrote:
""" + quote("""Hi Lan,
PO WG-7866 for the koala rocker (WG-RK-05): 24 samples released.
Bulk 1,800 stays on hold until Josh signs off the samples and I send the written release.
Cheers, Mia""") + "\n"
case("p45_accepted_and_paid_start_bulk", ["RG012"],
     "supplier reads PO acceptance plus deposit as authority to start bulk; quoted buyer scope is complete", [
    ("RE_PO_WG-7866_koala_rocker.eml", mail(
        "Nguyen Thi Lan <lan.nguyen@bdwoodcraft.vn>", "Mia Robertson <mia@wattleandgum.com.au>",
        "RE: PO WG-7866 koala rocker", "Wed, 05 Jun 2024 11:20:00 +0700",
        _p45_text, in_reply_to="<h125-mr0527@wattleandgum.com.au>")),
])


# ==== MAIN
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")
    return s


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(125125).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h125_{n:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        for r in c["expect"]:
            assert r in RULES, r
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # ---- stats
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  multi-rule {multi}")
    for r in RULES:
        print(r, sum(1 for c in CASES if r in c["expect"]))
    fmt_files, fmt_cases = {}, {}
    multi_file = 0
    for c in CASES:
        present = set()
        if len(c["files"]) > 1:
            multi_file += 1
        for fn, data in c["files"]:
            ext = Path(fn).suffix.lower().lstrip(".")
            fmt_files[ext] = fmt_files.get(ext, 0) + 1
            present.add(ext)
            if isinstance(data, EmailMessage):
                for part in data.walk():
                    fnp = part.get_filename()
                    if fnp:
                        present.add(Path(fnp).suffix.lower().lstrip("."))
                    if part.get_content_type() == "message/rfc822":
                        present.add("eml")
        for e in present:
            fmt_cases[e] = fmt_cases.get(e, 0) + 1
    print("top-level files per format:", dict(sorted(fmt_files.items())))
    print("cases containing format:", dict(sorted(fmt_cases.items())))
    print("multi-file cases:", multi_file)


if __name__ == "__main__":
    main()
