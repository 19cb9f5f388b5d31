#!/usr/bin/env python3
"""Generator for the releasegate check_holdout132 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout132/build.py

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
    m["Message-ID"] = msgid or f"<h132-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h132")
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


def whatsapp(lines):
    """lines: list of (date 'dd/mm/yyyy', time 'HH:MM', sender, text). WhatsApp-style export."""
    out = []
    for d, t, who, txt in lines:
        first, *rest = txt.split("\n")
        out.append(f"[{d}, {t}] {who}: {first}")
        out.extend(rest)
    return "\n".join(out) + "\n"


def wechat(title, lines):
    """WeChat-style export: header, then 'yyyy-mm-dd HH:MM:SS sender' and the text on the next lines."""
    out = [f"WeChat chat history: {title}", "=" * 60, ""]
    for ts, who, txt in lines:
        out.append(f"{ts}  {who}")
        out.append(txt)
        out.append("")
    return "\n".join(out)


def quote_lines(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_of(text):
    """Simple HTML alternative for a plain-text mail body (paragraphs, line breaks kept)."""
    paras = [escape(pp).replace("\n", "<br>\n") for pp in text.strip().split("\n\n")]
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "".join(
        f"<p>{pp}</p>\n" for pp in paras) + "</body></html>\n"


def grid_total(rows):
    return sum(sum(r) for r in rows)


# =================================================================== CASES
# ------------------------------------------------------------------ clean, batch 1

# c01: supplier quote with tiers, on its own (no authorization in the bundle)
case("c01_quote_tiers_vn", [], "supplier quotation with proto/SMS/bulk tiers; no authorized quantity in the bundle", {
    "QT-STG-24-0317.pdf": pdf([
        ("h1", "SAIGON THREAD GARMENT CO., LTD."),
        ("p", "Lot C7, Road N4, My Phuoc 3 Industrial Park, Ben Cat, Binh Duong, Viet Nam - Tax code 3702 118 640"),
        ("h", "QUOTATION No. QT-STG-24-0317"),
        ("p", "To: Ridgeline Teamwear Inc., 2150 NW Front Ave, Portland OR 97209, USA - Attn. Mr. Marcus Bell"),
        ("p", "Date: 11 March 2024. Valid: 60 days. Incoterm: FOB Cat Lai, HCMC. Currency: USD."),
        ("p", "Style RT-JSY-2201 - Reversible basketball jersey, full sublimation both sides, "
              "fabric 150 gsm 100% recycled poly mesh (mill Far Eastern, art. FE-2088), "
              "rib collar 1x1, twin-needle hem. Size range YS-3XL."),
        ("table", [
            ["Stage", "Quantity", "Unit price USD", "Lead time"],
            ["Proto", "2 pcs", "35.00", "10 days from tech pack"],
            ["SMS (salesman samples)", "12 pcs", "22.00", "14 days from proto comments"],
            ["Bulk tier A", "1,000 - 2,999 pcs", "9.80", "45 days"],
            ["Bulk tier B", "3,000 - 5,999 pcs", "9.15", "50 days"],
            ["Bulk tier C", "6,000 pcs and above", "8.70", "55 days"],
        ]),
        ("sp",),
        ("p", "Remarks:"),
        ("p", "1. Bulk lead time counts from PP sample sign-off and receipt of buyer's bulk PO with written "
              "release. Sample charges are not deducted from bulk."),
        ("p", "2. Sublimation paper and ink per Ridgeline colour standard RT-CS-09. Colour tolerance dE <= 1.0 (D65)."),
        ("p", "3. Packing: 1 pc/polybag, 24 pcs/carton, carton 58 x 38 x 30 cm, max 12 kg."),
        ("p", "4. Testing at buyer's cost: colourfastness to washing ISO 105-C06, pilling ISO 12945-2."),
        ("sp",),
        ("p", "Prepared by: Nguyen Thi Thu Ha (Ms.), Account Manager - ha.nguyen@saigonthread.vn - +84 274 3567 120"),
    ], title="Quotation QT-STG-24-0317", author="Saigon Thread Garment"),
})

# c02: supplier question about going ahead
_m = mail(
    "Tanvir Ahmed <tanvir.ahmed@meghnaknit.com.bd>", "Tobias Brenner <tobias.brenner@nordkamm-sport.de>",
    "NK-25-114 Running tee / SMS sent + bulk query", "Thu, 14 Mar 2024 16:42:10 +0600",
    "Dear Tobias,\n\n"
    "Greetings from Meghna Knit.\n\n"
    "Hope you are doing well. Please be informed that the SMS for style NK-25-114 (men's running tee, "
    "colour Glacier Blue and Black) has been dispatched today by DHL, AWB 7731 4490 26. Total 24 pcs, "
    "size set S-XL, with measurement sheet and the fabric test report from ITS (report no. DAC-24-031178) "
    "inside the parcel.\n\n"
    "Now one query please. Do we have your go-ahead for the bulk 4,800 pcs, or should we wait for your "
    "comments on the SMS first? Our yarn supplier needs the booking by 25 March to keep the ex-factory "
    "30 June. We have NOT booked anything yet, we are only asking so we can plan the knitting line.\n\n"
    "Kindly advise at your earliest convenience.\n\n"
    "Thanks & best regards,"
    + sig("Tanvir Ahmed", "Sr. Merchandiser", "Meghna Knit Composite Ltd., Gazipur, Bangladesh",
          "+880 1711 408 223"))
case("c02_supplier_question_bd", [], "supplier asks whether it may go ahead with bulk; a question, not an approval; nothing booked", {
    "NK-25-114_SMS_bulk_query.eml": _m,
})

# c03: labelled forecast, HTML portal page
_rows = "".join(
    f"<tr><td>{s}</td><td>{d}</td><td>{c}</td><td style='text-align:right'>{q}</td><td>{w}</td></tr>\n"
    for s, d, c, q, w in [
        ("HF-W-LEG-0331", "Womens 7/8 legging", "Black / Navy", "4,800", "wk 32-36"),
        ("HF-W-BRA-0212", "Medium support bra", "Black / Sage", "3,200", "wk 33"),
        ("HF-M-TEE-0530", "Mens training tee", "White / Charcoal / Cobalt", "6,000", "wk 34-38"),
        ("HF-W-JKT-0544", "Womens running jacket", "Black", "1,150", "wk 36"),
    ])
case("c03_forecast_portal_uk", [], "labelled seasonal forecast page: explicitly not an order, no production or material authority", {
    "HF_supplier_portal_AW25_planning.html": html_page("H&F Supplier Portal - AW25 planning view", f"""
<div style="background:#203040;color:#fff;padding:6px">Harrowgate &amp; Finch plc &middot; Supplier Portal &middot; logged in as: Confeccoes Minho Lda (supplier 20417)</div>
<h2>Seasonal planning view &ndash; Autumn/Winter 2025</h2>
<p class="note"><b>FORECAST ONLY &ndash; NOT A PURCHASE ORDER.</b> The quantities below are non-binding planning
forecasts shared for capacity planning. They do not authorise production and they do not authorise the purchase
of fabric, trims or any other material. Orders are placed separately as numbered POs or call-offs.</p>
<table>
<tr><th>Style</th><th>Description</th><th>Colours</th><th>Forecast qty (pcs)</th><th>Indicative ex-factory</th></tr>
{_rows}</table>
<p>Forecast revision: v3, published 02/04/2024 by Merchandise Planning. Next revision due 30/04/2024.</p>
<p>Questions about capacity: planning.hub@harrowgate-finch.co.uk</p>
<p style="font-size:11px;color:#666">&copy; Harrowgate &amp; Finch plc, 1 Commercial Street, Leeds LS1 6AL. Registered in England 0418822.</p>
"""),
})

# c04: full-quantity PO, proceed with the full quantity, no balance
case("c04_full_po_caps_au", [], "full-quantity PO (1,200 caps, grid sums to 1,200); PP sample already signed off; no balance exists", {
    "SA-PO-30418.pdf": pdf([
        ("h1", "Southerly Active Pty Ltd"),
        ("p", "Level 3, 88 Cremorne Street, Cremorne VIC 3121, Australia - ABN 41 612 559 870"),
        ("h", "PURCHASE ORDER SA-PO-30418"),
        ("table", [
            ["Supplier", "Hoa Sen Sportswear JSC, Lot 12, Nhon Trach 2 IP, Dong Nai, Viet Nam"],
            ["Order date", "19/03/2024"],
            ["Ship mode / Incoterm", "Sea, FOB Cat Lai"],
            ["Ex-factory", "30/04/2024 - one delivery drop"],
            ["Payment", "T/T 30 days after B/L"],
        ]),
        ("sp",),
        ("p", "Style SA-CAP-07 six-panel running cap, 100% recycled polyester, laser-perforated side panels, "
              "reflective logo print, adjustable strap. One size."),
        ("table", [
            ["Colour", "Qty (pcs)", "Unit FOB USD", "Amount USD"],
            ["Black", "600", "4.35", "2,610.00"],
            ["Sand", "360", "4.35", "1,566.00"],
            ["Navy", "240", "4.35", "1,044.00"],
            ["Total", "1,200", "", "5,220.00"],
        ]),
        ("sp",),
        ("p", "This purchase order is for the full quantity of 1,200 pcs. There is no further quantity "
              "planned for this style this season. The PP sample was signed off by our QA on 04/03/2024 "
              "(report QA-0412) - please proceed with bulk production of the 1,200 pcs on this PO."),
        ("p", "Labels: main label SA-ML-02, care label per AS/NZS 1957. Hangtag SA-HT-11 with RRP AUD 34.95."),
        ("p", "Packing: 12 pcs per inner, 144 pcs per carton. Carton marks per SA shipping manual v4."),
        ("sp",),
        ("p", "Authorised by: Rebecca Doyle, Sourcing Manager - bec.doyle@southerlyactive.com.au"),
    ], title="SA-PO-30418", author="Southerly Active"),
})

# c05: sample PO done right inside a DOCX tech pack
case("c05_techpack_scope_de", [], "tech pack with PO scope note: 7 fit samples, bulk 2,400 not released, fit sign-off + written release by Jana Hoffmann, sample yardage only", {
    "NK-25-207_techpack_v2.docx": docx_bytes([
        ("h1", "Nordkamm Sport GmbH - Tech Pack NK-25-207"),
        ("p", "Style: Men's training jacket, full zip, stand collar. Season: SS25. Version 2 (12.03.2024)."),
        ("p", "Main fabric: 4-way stretch woven, 92% PA / 8% EA, 145 g/m2, DWR C0. Lining: mesh 75 g/m2."),
        ("h", "Measurement chart (cm)"),
        ("table", [
            ["POM", "S", "M", "L", "XL", "Tol +/-"],
            ["1/2 chest", "53", "56", "59", "62", "1.0"],
            ["Back length CB", "70", "72", "74", "76", "1.0"],
            ["Sleeve from CB", "84", "86", "88", "90", "1.0"],
            ["1/2 hem relaxed", "50", "53", "56", "59", "1.0"],
        ]),
        ("h", "Purchase order 4500018842 - scope"),
        ("p", "This PO covers fit samples only: three (3) fit samples in size M plus one size set S-XL "
              "(4 pcs), seven (7) pieces in total."),
        ("p", "The quoted bulk quantity of 2,400 pcs (your quote MKC-Q-2291) is not released. Do not cut, "
              "do not book bulk fabric, do not order bulk trims."),
        ("p", "The bulk can only be released after fit sign-off by our product development team, followed by "
              "a written bulk release signed by Jana Hoffmann, Head of Sourcing. Until then, material "
              "authority is sample yardage only (approx. 12 m)."),
        ("h", "Trims"),
        ("li", "Zip: YKK VISLON #5, matt black, auto-lock slider, CF length per size"),
        ("li", "Reflective print: 3M Scotchlite 8712, left chest logo 6 cm"),
        ("li", "Hangtag NK-HT-04, care label per EN ISO 3758"),
    ], author="Nordkamm Sport GmbH"),
})

# c06: explicit, recorded auto-conversion with quantity, signer and conditions
_txt = (
    "Hi Ms. Ha,\n\n"
    "No attachment this time - this is just the written record you asked for, so your planning team has it in one place.\n\n"
    "PO RT-PO-77120 (style RT-JSY-2201, reversible jersey) currently covers the 6 PP samples only "
    "(2 x Royal/White, 2 x Black/Gold, 2 x Forest/White, size L).\n\n"
    "Auto-conversion agreement AC-2024-03, signed on 11 March 2024 by Dana Whitfield (Director of Sourcing, "
    "Ridgeline) and countersigned by you, recorded in our PLM under the style:\n"
    "  - When Ridgeline QA issues a written PP sample sign-off for RT-JSY-2201, 1,800 pcs (Drop 1) are "
    "released automatically on that date. No separate release letter is needed for these 1,800 pcs.\n"
    "  - The condition is a full sign-off. An interim sign-off or a sign-off with open comments does NOT "
    "trigger the 1,800.\n"
    "  - The remaining 1,200 pcs of the 3,000 pcs quoted stay on hold until a revised PO and a written "
    "release from Dana Whitfield.\n\n"
    "Material authority (staged): you may book bulk mesh for up to 1,800 pcs now, at Ridgeline's liability. "
    "Nothing beyond that.\n\n"
    "Thanks,\nMarcus\n"
    + sig("Marcus Bell", "Senior Buyer", "Ridgeline Teamwear Inc., Portland OR", "+1 503 555 0144"))
case("c06_recorded_autoconversion_us", [], "explicit recorded auto-conversion naming 1,800 pcs, signer, condition; rest held; staged material authority", {
    "RT-JSY-2201_AC-2024-03_record.eml": mail(
        "Marcus Bell <marcus.bell@ridgelineteamwear.com>", "Nguyen Thi Thu Ha <ha.nguyen@saigonthread.vn>",
        "RT-JSY-2201 / written record of auto-conversion AC-2024-03", "Wed, 13 Mar 2024 08:05:00 -0700",
        _txt, cc="Dana Whitfield <dana.whitfield@ridgelineteamwear.com>"),
})

# c07: call-off with staged material authority above the released quantity (ERP fixed width)
case("c07_calloff_staged_material_uk", [], "call-off of 800 (cumulative 2,000) with explicit staged fabric authority to 2,400; rest needs next call-off signed by F. Marsh", {
    "CO-118-03.txt": """\
HARROWGATE & FINCH PLC                 CALL-OFF / PRODUCTION RELEASE                  PAGE  1 OF  1
RUN 08/04/2024 07:12   USER OPRATT   PROGRAM PUR410                                 PRINTED COPY
==================================================================================================
SUPPLIER   : 20417  CONFECOES MINHO LDA, RUA DA INDUSTRIA 214, 4750-310 BARCELOS, PORTUGAL
AGREEMENT  : BA-2024-118   (BLANKET AGREEMENT, PRICES ONLY)
CALL-OFF NO: CO-118-03                     DATE: 08/04/2024
STYLE      : HF-W-LEG-0331  WOMENS 7/8 LEGGING, 78% PA 22% EA, 230 GSM, HIGH RISE
--------------------------------------------------------------------------------------------------
LN  COLOUR        XS     S     M     L    XL    TOTAL   EX-FTY      PORT
01  BLACK 001     40   110   170   120    60      500   10/05/2024  LEIXOES
02  NAVY 410      25    65   100    75    35      300   10/05/2024  LEIXOES
                                            ---------
    RELEASED THIS CALL-OFF                        800 PCS
--------------------------------------------------------------------------------------------------
CALL-OFF HISTORY   CO-118-01  600 PCS  12/02/2024
                   CO-118-02  600 PCS  11/03/2024
                   CO-118-03  800 PCS  08/04/2024   (THIS DOCUMENT)
CUMULATIVE RELEASED TO DATE                     2,000 PCS
--------------------------------------------------------------------------------------------------
MATERIAL AUTHORITY : STAGED. SUPPLIER MAY PURCHASE BULK FABRIC (ART. MT-230-BLK / MT-230-NVY)
                     FOR UP TO 2,400 PCS IN TOTAL AT H&F LIABILITY. TRIMS: RELEASED QTY ONLY.
NOT RELEASED       : ANY GARMENT QTY ABOVE THE CUMULATIVE 2,000 PCS. FURTHER GARMENTS ONLY BY
                     THE NEXT CALL-OFF (CO-118-04), SIGNED BY F. MARSH, HEAD OF BUYING.
--------------------------------------------------------------------------------------------------
QUALITY : AQL 2.5 FINAL INSPECTION BY H&F QA. COMPLIANCE WITH HF-RSL-2024 MANDATORY.
PACKING : 10 PCS/POLYBAG BUNDLE, MIXED SIZE RATIO PER PACKING INSTRUCTION PI-118.
CONTACT : OLIVER PRATT, ASSISTANT BUYER, +44 113 496 0718
==================================================================================================
                                     *** END OF DOCUMENT ***
""",
})

# c08: supplier: the deposit does not release production
case("c08_deposit_not_release_lk", [], "supplier confirms deposit received and says it does not release bulk; restates 9 PP samples and the hold", {
    "KA-PI-2404_deposit_received.eml": mail(
        "Dilani Perera <dilani.p@kandyapparel.lk>", "Rebecca Doyle <bec.doyle@southerlyactive.com.au>",
        "RE: SA-PO-30502 / deposit KA-PI-2404", "Tue, 02 Apr 2024 11:20:00 +0530",
        "Dear Bec,\n\n"
        "Good day to you. We are in receipt of the 30% deposit of USD 8,640.00 against our PI KA-PI-2404, "
        "thank you very much for the prompt settlement.\n\n"
        "Kindly note we have taken the deposit as commercial only. It does not release the bulk production. "
        "As per your PO SA-PO-30502 we are only making the 9 PP samples now (3 colours x sizes S, M, L, "
        "1 pc each) and these will be couriered on 12 April.\n\n"
        "The bulk of 2,400 pcs remains on hold until your PP sample sign-off and your written release "
        "(from yourself, Rebecca Doyle). We will not cut and we will not book the bulk fabric before that.\n\n"
        "Also please be informed our factory will be closed 13-15 April for the Sinhala and Tamil New Year.\n\n"
        "Thanking you,\nWith best regards,"
        + sig("Dilani Perera", "Merchandising Executive", "Kandy Apparel (Pvt) Ltd, Katunayake EPZ, Sri Lanka",
              "+94 11 225 3019")),
})

# c09: supplier acknowledgement with the buyer's scope quoted
_q = (
    "Hallo Elif,\n\n"
    "attached you find our PO 4100023118 for style AL-W-SKJ-12 (women's softshell ski jacket).\n\n"
    "Scope, to avoid any misunderstanding:\n"
    "- This PO is for the SMS only: 18 pcs (3 colours x 6 sizes, 1 pc each).\n"
    "- The bulk quantity from your quote (3.600 pcs) is NOT released. Please do not book bulk fabric.\n"
    "- Release of bulk only after our SMS sign-off and a written release from Katrin Maier (Head of Sourcing).\n\n"
    "Mit freundlichen Gruessen\nFlorian Eder\nEinkauf / Buying\nAlpenlaeufer Outdoor GmbH, Muenchen\n"
)
case("c09_supplier_ack_tr", [], "supplier acknowledgement restating the buyer's quoted scope: 18 SMS, 3.600 not released, sign-off + written release by Katrin Maier", {
    "ACK_PO_4100023118.eml": mail(
        "Elif Demir <elif.demir@egetekstil.com.tr>", "Florian Eder <florian.eder@alpenlaeufer.de>",
        "RE: PO 4100023118 AL-W-SKJ-12 SMS", "Fri, 22 Mar 2024 10:03:00 +0300",
        "Dear Florian,\n\n"
        "Thank you for the PO. We confirm and acknowledge PO 4100023118 exactly as written: we produce the "
        "18 SMS pcs only. The 3.600 pcs bulk is not released and stays on hold; no bulk fabric is booked "
        "from our side. We wait for your SMS sign-off and then the written release from Ms. Katrin Maier.\n\n"
        "SMS ready date: 12 April, we send with UPS to your Munich office.\n\n"
        "Best regards / Saygilarimla,\n"
        "Elif Demir\nMerchandiser\nEge Tekstil Konfeksiyon A.S., Izmir Ataturk OSB, Turkey\n+90 232 376 88 40\n\n"
        "On Thu, 21 Mar 2024 at 17:40, Florian Eder <florian.eder@alpenlaeufer.de> wrote:\n"
        + quote_lines(_q) + "\n", in_reply_to="<po4100023118@alpenlaeufer.de>"),
})

# c10: WhatsApp, supplier asks, buyer says no with the full scope
case("c10_whatsapp_no_bd", [], "chat: supplier asks to cut bulk; buyer answers only 30 SMS, 3,600 on hold until QA SMS sign-off and his written release", {
    "WhatsApp_Chat_Karnaphuli_Ridgeline.txt": whatsapp([
        ("18/03/2024", "10:02", "Shahnaz Parvin (Karnaphuli)", "Good morning Marcus. SMS for RT-HD-310 hoodie is in finishing, will send pics today"),
        ("18/03/2024", "10:03", "Shahnaz Parvin (Karnaphuli)", "One thing, our fleece mill says they can deliver bulk fabric in 10 days if we confirm now. Can we start cutting bulk after the fabric comes?"),
        ("18/03/2024", "18:41", "Marcus Bell (Ridgeline)", "Hi Shahnaz, thanks for the heads up"),
        ("18/03/2024", "18:44", "Marcus Bell (Ridgeline)", "No, not yet please. PO RT-PO-77204 is only for the 30 SMS pcs. The bulk 3,600 is not released\nIt stays on hold until our QA signs off the SMS and I send you the written bulk release"),
        ("18/03/2024", "18:45", "Marcus Bell (Ridgeline)", "So please don't confirm the fleece with the mill yet"),
        ("18/03/2024", "19:02", "Shahnaz Parvin (Karnaphuli)", "Understood Marcus, we will hold. Only SMS 30 pcs. Pics tomorrow morning BD time"),
        ("19/03/2024", "09:15", "Shahnaz Parvin (Karnaphuli)", "<Media omitted>"),
        ("19/03/2024", "09:15", "Shahnaz Parvin (Karnaphuli)", "<Media omitted>"),
        ("19/03/2024", "09:16", "Shahnaz Parvin (Karnaphuli)", "Front and back print placement as per TP page 4 🙏"),
    ]),
})

# c11: identifiers that look like quantities
case("c11_identifiers_ca", [], "sample PO for 24 SMS with full scope; ISO, Pantone, gsm, style and quote numbers look like quantities", {
    "MP-PO-2024-0500.pdf": pdf([
        ("h1", "Maple Peak Outfitters Ltd."),
        ("p", "1550 West 2nd Avenue, Vancouver BC V6J 1H2, Canada"),
        ("h", "Purchase Order MP-PO-2024-0500 (sample order)"),
        ("table", [
            ["Supplier", "Meghna Knit Composite Ltd., Kashimpur, Gazipur 1750, Bangladesh"],
            ["Style", "MP-FL-5000 Polar fleece 1/4 zip"],
            ["Fabric", "280 gsm 100% polyester anti-pill fleece, both sides brushed"],
            ["Colour", "Pantone 19-4052 TCX Classic Blue / 19-0303 TCX Jet Black"],
            ["Size ratio (for reference)", "XS:S:M:L:XL = 1:2:3:2:1"],
            ["HS code", "6110.30"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Description", "Qty", "Unit USD"],
            ["10", "SMS, 12 per colour, size M", "24 pcs", "18.00"],
        ]),
        ("sp",),
        ("p", "Testing: dimensional stability ISO 6330:2012 (3 washes, 40 C), pilling ISO 12945-2 grade 4 min. "
              "Carton 60 x 40 x 30 cm, 5-ply."),
        ("p", "Scope: this PO releases the 24 SMS pcs only. The 2,500 pcs bulk in your quote MKC-Q-2450 is "
              "not released and must not be started. Bulk release only after SMS sign-off by our QA lab and "
              "a written release from Sarah Lin, Production Manager."),
        ("p", "Material: sample yardage only. Do not book bulk fleece."),
        ("sp",),
        ("p", "Buyer: Emilie Gagnon - emilie.gagnon@maplepeak.ca - +1 604 555 0187"),
    ], title="MP-PO-2024-0500", author="Maple Peak Outfitters", pagesize=LETTER),
})

# c12: scoped approval
case("c12_fit_only_ca", [], "fit sample 'approved for fit only - not a production release'; 2 PP samples now; 1,500 on hold until PP sign-off and Sarah Lin's written release", {
    "MP-JK-3120_fit_comments.eml": mail(
        "Sarah Lin <sarah.lin@maplepeak.ca>", "Le Minh Tuan <tuan.le@hoasensport.vn>",
        "MP-JK-3120 rain shell - fit comments", "Mon, 25 Mar 2024 16:30:00 -0700",
        "Hi Tuan,\n\n"
        "We had the fit session on the MP-JK-3120 rain shell this morning. The fit sample is approved for fit "
        "only - this is not a production release. Comments:\n\n"
        "  1. Sleeve length +1 cm all sizes (CB to cuff).\n"
        "  2. Hood opening -1.5 cm, the toggle sits too far back.\n"
        "  3. Move the pocket zip garage 0.5 cm up, it rubs on the hip.\n"
        "  4. Seam tape width on shoulder: 20 mm instead of 22 mm.\n\n"
        "Next step: please make 2 PP samples (size M, colour Spruce) with the corrections and bulk-quality "
        "membrane. The bulk of 1,500 pcs remains on hold until the PP sample sign-off by our QA and my written "
        "release.\n\n"
        "Thanks and have a good week,\nSarah\n"
        + sig("Sarah Lin", "Production Manager", "Maple Peak Outfitters Ltd., Vancouver BC", "+1 604 555 0110"),
        html=("<p>Hi Tuan,</p><p>We had the fit session on the MP-JK-3120 rain shell this morning. The fit sample is "
              "<b>approved for fit only - this is not a production release</b>. Comments:</p><ol>"
              "<li>Sleeve length +1 cm all sizes (CB to cuff).</li><li>Hood opening -1.5 cm, the toggle sits too far back.</li>"
              "<li>Move the pocket zip garage 0.5 cm up, it rubs on the hip.</li>"
              "<li>Seam tape width on shoulder: 20 mm instead of 22 mm.</li></ol>"
              "<p>Next step: please make <b>2 PP samples</b> (size M, colour Spruce) with the corrections and bulk-quality "
              "membrane. The bulk of 1,500 pcs remains on hold until the PP sample sign-off by our QA and my written release.</p>"
              "<p>Thanks and have a good week,<br>Sarah</p><p>--<br>Sarah Lin<br>Production Manager<br>Maple Peak Outfitters Ltd.</p>")),
})

# c13: full-quantity carry-over PO, "good to run" scoped to the quantity
case("c13_carryover_full_au", [], "carry-over PO for the full 960 pcs, explicitly no balance; 'good to run the 960 pcs'", {
    "SA-PO-30577_print.txt": """\
SOUTHERLY ACTIVE PTY LTD                                            PURCHASE ORDER
ABN 41 612 559 870                                                  SA-PO-30577
----------------------------------------------------------------------------------------
VENDOR  : V0093 KANDY APPAREL (PVT) LTD             ORDER DATE : 27/03/2024
          BLOCK 14, KATUNAYAKE EPZ, SRI LANKA       BUYER      : J KERR
TERMS   : FOB COLOMBO / TT 30 DAYS FROM BL          CURRENCY   : USD
----------------------------------------------------------------------------------------
LINE STYLE       DESCRIPTION                  COLOUR     SIZE  QTY    PRICE   EX-FTY
0001 SA-LG-114   WMS 7/8 TIGHT CARRYOVER      BLACK      XS     80    9.20    14/06/24
0002 SA-LG-114   WMS 7/8 TIGHT CARRYOVER      BLACK      S     200    9.20    14/06/24
0003 SA-LG-114   WMS 7/8 TIGHT CARRYOVER      BLACK      M     320    9.20    14/06/24
0004 SA-LG-114   WMS 7/8 TIGHT CARRYOVER      BLACK      L     240    9.20    14/06/24
0005 SA-LG-114   WMS 7/8 TIGHT CARRYOVER      BLACK      XL    120    9.20    14/06/24
                                                           ------
                                              ORDER TOTAL     960 EA    USD 8,832.00
----------------------------------------------------------------------------------------
NOTES:
 CARRYOVER - SAME SPEC, FABRIC AND TRIMS AS SA-PO-29811 (AW23). PP SAMPLE NOT REQUIRED,
 GOLD SEAL FROM AW23 APPLIES. FULL ORDER QTY 960. NO BALANCE, NO FURTHER QTY PLANNED.
 GOOD TO RUN THE 960 PCS ON THIS PO.
 CARE LABEL AS/NZS 1957. SWING TAG SA-HT-09. POLYBAG WITH SUFFOCATION WARNING.
----------------------------------------------------------------------------------------
AUTHORISED: R DOYLE, SOURCING MANAGER                      PAGE 1/1
""",
})

# c14: German buyer, European numbers, DOCX hold
case("c14_proto_hold_de_pt", [], "DOCX PO note in German/English: 5 proto samples, 1.500 Stueck not released, proto+SMS sign-off and written release by Katrin Maier", {
    "Bestellung_4100023201.docx": docx_bytes([
        ("h1", "Alpenlaeufer Outdoor GmbH - Bestellung / Purchase Order 4100023201"),
        ("p", "Lieferant / Supplier: Texteis Ave Lda., Rua de Covas 88, 4835-057 Guimaraes, Portugal"),
        ("p", "Datum / Date: 03.04.2024 - Ansprechpartner / Contact: Florian Eder, Einkauf"),
        ("table", [
            ["Pos.", "Artikel / Style", "Beschreibung", "Menge / Qty", "Preis EUR"],
            ["10", "AL-M-MLT-08", "Merino base layer longsleeve, 190 g/m2, proto", "5 Stueck", "38,50"],
        ]),
        ("p", "Umfang / Scope (please read):"),
        ("p", "This order covers five (5) proto samples only, one each in sizes S, M, L, XL, XXL, colour "
              "Anthrazit. The volume of 1.500 Stueck quoted in your offer TA-2024/118 is NOT released. "
              "Please do not order bulk merino yarn."),
        ("p", "The 1.500 Stueck can only be released after sign-off of the proto and of the SMS by our product "
              "team, and a written release signed by Katrin Maier, Head of Sourcing."),
        ("p", "Lieferadresse / Deliver to: Alpenlaeufer Outdoor GmbH, Produktentwicklung, Landsberger Str. 302, "
              "80687 Muenchen. Liefertermin proto: KW 17."),
        ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023)."),
    ], author="Alpenlaeufer Outdoor GmbH"),
})

# c15: multi-file: scoped PO + supplier quote with tiers
case("c15_po_plus_quote_uk_tr", [], "bundle: PO for 6 PP samples stating 3,000 bulk not released (sign-off + written release by Fiona Marsh) plus supplier tiered quote", {
    "HF-PO-551203.pdf": pdf([
        ("h1", "Harrowgate & Finch plc"),
        ("p", "Buying Office, 1 Commercial Street, Leeds LS1 6AL, United Kingdom"),
        ("h", "Purchase Order HF-PO-551203 - PP samples"),
        ("table", [
            ["Supplier", "Ege Tekstil Konfeksiyon A.S., Izmir Ataturk OSB, 35620 Cigli/Izmir, Turkey"],
            ["Style", "HF-M-HZ-0720 Men's half-zip running top"],
            ["Order date", "05/04/2024"],
            ["Contact", "Oliver Pratt, Assistant Buyer"],
        ]),
        ("sp",),
        ("table", [
            ["Colour", "S", "M", "L", "Total"],
            ["Charcoal", "1", "1", "1", "3"],
            ["Cobalt", "1", "1", "1", "3"],
            ["PP samples total", "", "", "", "6"],
        ]),
        ("sp",),
        ("p", "This PO covers the six (6) PP samples above and nothing more. The 3,000 pcs bulk shown in "
              "Ege Tekstil's quotation ET-Q-24-088 (attached for information) is not released. Do not cut, do "
              "not purchase bulk fabric or trims."),
        ("p", "Bulk will be released only after PP sample sign-off by our garment technologist and a written "
              "release signed by Fiona Marsh, Head of Buying."),
    ], title="HF-PO-551203", author="Harrowgate & Finch"),
    "ET-Q-24-088_quotation.pdf": pdf([
        ("h1", "EGE TEKSTIL KONFEKSIYON A.S."),
        ("p", "Izmir Ataturk Organize Sanayi Bolgesi, 10003 Sok. No:14, 35620 Cigli / Izmir - Turkey"),
        ("h", "QUOTATION ET-Q-24-088"),
        ("p", "Customer: Harrowgate & Finch plc - Style HF-M-HZ-0720 Men's half-zip running top, "
              "fabric 160 gsm poly/elastane interlock, 8 cm half zip YKK, flatlock seams."),
        ("table", [
            ["Quantity", "Price EUR/pc FOB Izmir", "Remark"],
            ["PP samples 6 pcs", "25,00", "charged, not deductible"],
            ["1.000 pcs", "11,40", ""],
            ["3.000 pcs", "10,60", "per H&F brief"],
            ["5.000 pcs", "10,10", ""],
        ]),
        ("sp",),
        ("p", "Bulk delivery: 55 days after PP sample sign-off and receipt of written bulk release. Payment: "
              "60 days after delivery. Quotation valid until 31 May 2024."),
        ("p", "Burak Yilmaz - Export Manager - burak.yilmaz@egetekstil.com.tr"),
    ], title="ET-Q-24-088", author="Ege Tekstil"),
})


# ------------------------------------------------------------------ clean, batch 2

# c16: old quote forwarded as message/rfc822 and declared informational
_old = mail(
    "Chaminda Fernando <chaminda@lankaactiveknits.lk>", "Kevin O'Neill <kevin.oneill@lakeshoreathletic.ca>",
    "Quotation LAK-Q-2022-311 hockey practice jersey", "Mon, 14 Nov 2022 14:10:00 +0530",
    "Dear Kevin,\n\nPlease find our quotation for the reversible hockey practice jersey LA-HPJ-01:\n\n"
    "  Fabric: 200 gsm poly dobby mesh, 2 colours reversible\n"
    "  Quantity: 10,000 pcs\n"
    "  Price: USD 7.10 FOB Colombo\n"
    "  Lead time: 75 days\n\n"
    "Looking forward to your valued order.\n\nBest regards,\nChaminda Fernando\nLanka Active Knits (Pvt) Ltd, Biyagama\n",
    msgid="<lakq2022311@lankaactiveknits.lk>")
case("c16_old_quote_fwd_ca_lk", [], "old 10,000 pcs quote forwarded as rfc822 and declared informational; current PO 12 SMS with full scope by Kevin O'Neill", {
    "Fwd_old_quote_LA-HPJ-01.eml": mail(
        "Kevin O'Neill <kevin.oneill@lakeshoreathletic.ca>", "Chaminda Fernando <chaminda@lankaactiveknits.lk>",
        "Fwd: Quotation LAK-Q-2022-311 hockey practice jersey (for reference only)", "Tue, 09 Apr 2024 09:12:00 -0400",
        "Hi Chaminda,\n\n"
        "As requested on our call, forwarding the 2022 quote for the practice jersey so your costing team can "
        "compare the fabric spec.\n\n"
        "To be clear: the 10,000 pcs in that old quote is history and informational only. It is not an order and "
        "nothing in it is released.\n\n"
        "Our current PO LA-PO-24-0088 covers the 12 SMS pcs only (6 x Red/White, 6 x Navy/White, size L). The bulk "
        "for the new programme (currently planned at 4,000 pcs) is not released. It can only be released after SMS "
        "sign-off by our product team and a written release from me.\n\n"
        "Cheers,\nKevin O'Neill\nVP Product Supply, Lakeshore Athletic Co., Toronto ON\n+1 416 555 0162\n",
        attachments=[("rfc822", _old)]),
})

# c17: release letter, staged, with material authority equal to the release
case("c17_release_letter_de_bd", [], "release R-1 of 1,500 of 4,500 after PP sign-off; 3,000 on hold until week-30 review and written release by Jana Hoffmann; fabric for 1,500 only", {
    "Release_R-1_NK-25-301.pdf": pdf([
        ("h1", "Nordkamm Sport GmbH"),
        ("p", "Wuerzburger Str. 44, 91074 Herzogenaurach, Germany"),
        ("h", "Production release R-1 - style NK-25-301 windbreaker"),
        ("table", [
            ["To", "Meghna Knit Composite Ltd., Kashimpur, Gazipur, Bangladesh - attn. Md. Rafiqul Islam"],
            ["Purchase order", "4500019022 rev. 2 (commercial cover 4,500 pcs)"],
            ["Basis", "PP sample sign-off of 14.05.2024, report PD-24-117 (technical)"],
            ["Date", "16.05.2024"],
        ]),
        ("sp",),
        ("p", "With this letter we release 1,500 pcs (one thousand five hundred) for production, size split "
              "below. This is the only quantity released."),
        ("table", [
            ["Colour", "S", "M", "L", "XL", "Total"],
            ["Black", "150", "300", "250", "100", "800"],
            ["Olive", "130", "260", "220", "90", "700"],
            ["Total", "280", "560", "470", "190", "1,500"],
        ]),
        ("sp",),
        ("p", "The remaining 3,000 pcs on the PO stay on hold. They will be released, fully or in part, only "
              "after our sell-through review in week 30 and a further written release signed by Jana Hoffmann."),
        ("p", "Material authority: bulk fabric and trims for the 1,500 pcs released only."),
        ("sp",),
        ("p", "Jana Hoffmann, Head of Sourcing - jana.hoffmann@nordkamm-sport.de"),
    ], title="Release R-1 NK-25-301", author="Nordkamm Sport GmbH"),
})

# c18: interim disposition with limits, DOCX attached to an email
_disp = docx_bytes([
    ("h1", "PP sample disposition - HF-W-JKT-0150 women's running jacket"),
    ("p", "Supplier: Kandy Apparel (Pvt) Ltd. Order: HF-PO-551410 (commercial cover 2,400 pcs)."),
    ("table", [
        ["Item", "Result"],
        ["Fit / measurements", "Within tolerance (report GT-24-0331)"],
        ["Shade, colour Black", "Slightly green under TL84, within 1.2 dE - accepted for first lot only"],
        ["Seam strength, trims", "Pass"],
        ["Disposition", "INTERIM sign-off"],
        ["Limits of the interim", "max. 600 pcs, ex-factory no later than 28/06/2024"],
    ]),
    ("p", "Production release R-1 (by Fiona Marsh, Head of Buying, with this document): 600 pcs, within the "
          "limits of the interim sign-off."),
    ("p", "Balance 1,800 pcs: on hold. Unlock event: final PP sign-off on a re-submitted PP sample with "
          "corrected shade, followed by a further written release from Fiona Marsh."),
    ("p", "Material authority: fabric and trims for the 600 pcs only."),
    ("p", "Prepared by Priya Shah, Garment Technologist."),
], author="Harrowgate & Finch")
case("c18_interim_disposition_uk_lk", [], "interim PP sign-off limited to 600 pcs / date; release of 600 by Fiona Marsh; 1,800 on hold until final sign-off and further written release", {
    "HF-W-JKT-0150_PP_disposition.eml": mail(
        "Priya Shah <priya.shah@harrowgate-finch.co.uk>", "Dilani Perera <dilani.p@kandyapparel.lk>",
        "HF-W-JKT-0150 PP disposition + release R-1", "Thu, 30 May 2024 15:45:00 +0100",
        "Hi Dilani,\n\nPlease see the attached PP disposition for the running jacket. Short version: interim sign-off, "
        "600 pcs released (release R-1 signed by Fiona), balance 1,800 on hold until the re-submitted PP passes "
        "and Fiona sends a further written release. Fabric and trims for the 600 only please.\n\n"
        "Could you send the re-submit with the corrected shade by 14 June?\n\nMany thanks,\nPriya\n"
        + sig("Priya Shah", "Garment Technologist", "Harrowgate & Finch plc, Leeds", "+44 113 496 0733"),
        cc="Fiona Marsh <fiona.marsh@harrowgate-finch.co.uk>",
        attachments=[("HF-W-JKT-0150_PP_disposition.docx", _disp, DOCX_MT)]),
})

# c19: multi-file: hold notice (HTML) + supplier WeChat acknowledgement
case("c19_hold_notice_wechat_ca_vn", [], "bundle: hold notice (8 PP samples, 2,200 on hold until PP sign-off and Sarah Lin's written release) + supplier WeChat ack", {
    "MP_hold_notice_HN-2024-014.html": html_page("Hold notice HN-2024-014", """
<h2>Maple Peak Outfitters Ltd. &ndash; Hold notice HN-2024-014</h2>
<table>
<tr><th>Supplier</th><td>Hoa Sen Sportswear JSC, Nhon Trach 2 IP, Dong Nai</td></tr>
<tr><th>PO</th><td>MP-PO-2024-0612</td></tr>
<tr><th>Style</th><td>MP-DN-210 packable down vest, 700 FP RDS down</td></tr>
<tr><th>Active quantity</th><td>8 PP samples (Black S/M/L/XL, Spruce S/M/L/XL)</td></tr>
<tr><th>On hold</th><td>Bulk 2,200 pcs &ndash; not released, do not cut, do not book shell fabric or down</td></tr>
<tr><th>Unlock event</th><td>PP sample sign-off by Maple Peak QA, then a written release</td></tr>
<tr><th>Release authority</th><td>Sarah Lin, Production Manager</td></tr>
<tr><th>Material authority</th><td>sample-only</td></tr>
</table>
<p>Issued 15/04/2024 by Sarah Lin. Please acknowledge by return.</p>
"""),
    "WeChat_HoaSen_MaplePeak.txt": wechat("Lily Zhang (Hoa Sen) / Sarah Lin (Maple Peak)", [
        ("2024-04-16 08:31:05", "Lily Zhang (Hoa Sen)", "Hi Sarah, received hold notice HN-2024-014, thank you"),
        ("2024-04-16 08:32:40", "Lily Zhang (Hoa Sen)", "We confirm: only make 8 PP samples. Bulk 2,200 pcs no start, no fabric booking, no down booking. We wait PP sign-off and your written release"),
        ("2024-04-16 08:33:02", "Lily Zhang (Hoa Sen)", "PP samples ready 3 May, send by FedEx"),
        ("2024-04-16 21:10:17", "Sarah Lin (Maple Peak)", "Perfect, thanks Lily 👍"),
    ]),
})

# c20: WeChat, lab dip OK for colour only, no bulk fabric
case("c20_wechat_labdip_de_vn", [], "chat: lab dip OK for colour only; only sample yardage for 12 SMS; 2,400 not released until SMS sign-off and the buyer's written release", {
    "WeChat_export_SaigonThread_Alpenlaeufer.txt": wechat("Tran Van Minh (Saigon Thread) / Florian Eder (Alpenlaeufer)", [
        ("2024-03-27 14:02:11", "Tran Van Minh (Saigon Thread)", "Dear Florian, lab dip B for colour Fjord Blue, photo under D65 sent by mail. Is it ok? If ok can we book bulk fabric with mill? Mill need 3 weeks"),
        ("2024-03-27 16:45:50", "Florian Eder (Alpenlaeufer)", "Hi Minh, lab dip B is ok for colour only - thanks, it is much better than A"),
        ("2024-03-27 16:47:03", "Florian Eder (Alpenlaeufer)", "Please do not book bulk fabric yet. Only sample yardage for the 12 SMS on PO 4100023260"),
        ("2024-03-27 16:48:30", "Florian Eder (Alpenlaeufer)", "The bulk 2.400 pcs is not released. We release it only after SMS sign-off, and the release will come from me in writing"),
        ("2024-03-27 16:50:12", "Tran Van Minh (Saigon Thread)", "Noted with thanks. Only sample yardage. SMS 12 pcs ready 15 April"),
    ]),
})

# c21: ERP printout with scoped sample line and full note field
case("c21_erp_sample_line_us_bd", [], "ERP PO: sample line 18 pcs; note field holds 5,400, names SMS sign-off and D. Ramirez", {
    "CCS_PO_88-20417.txt": """\
COBALT COURT SPORTS LLC                PURCHASE ORDER                 PO NO.  88-20417
1401 W FULTON ST, CHICAGO IL 60607                                   REV     0
                                                                     DATE    04/08/2024
VENDOR 4410  KARNAPHULI APPARELS LTD, PLOT 22-24, CEPZ, CHATTOGRAM, BANGLADESH
SHIP TO      CCS SAMPLE ROOM, 1401 W FULTON ST, CHICAGO IL 60607      VIA  DHL EXPRESS
------------------------------------------------------------------------------------------
LN SCOPE   ITEM          DESCRIPTION                       UOM    QTY  UNIT USD    EXT USD
01 SAMPLE  CCS-WU-240    WARM-UP PANT TAPERED, SMS         EA      18     21.00     378.00
                         NAVY/WHITE PIPING, S-XL + 2XL
------------------------------------------------------------------------------------------
                                                      TOTAL EA     18   TOTAL     378.00
NOTE FIELD:
  SAMPLE LINE ONLY. PRODUCTION QTY 5,400 EA (QUOTE KAL-Q-118) IS NOT RELEASED - DO NOT
  START, DO NOT BUY BULK FABRIC. PRODUCTION RELEASE ONLY AFTER SMS SIGN-OFF BY CCS QA AND
  A WRITTEN RELEASE SIGNED BY D. RAMIREZ, VP SOURCING.
------------------------------------------------------------------------------------------
BUYER: J. OKAFOR  312-555-0193     TERMS: NET 45     PAGE 1 OF 1
""",
})

# c22: tiered quote from a supplier, multipart/alternative, no authorization
_txt = (
    "Dear Tobias,\n\n"
    "Thank you for the inquiry. Our offer for NK-25-412 women's running tights (Lycra Sport 260 gsm, "
    "bonded waistband, back zip pocket):\n\n"
    "  Proto 3 pcs            EUR 40,00/pc\n"
    "  SMS 30 pcs             EUR 24,00/pc\n"
    "  Bulk 2.000 pcs         EUR 13,90/pc\n"
    "  Bulk 5.000 pcs         EUR 12,95/pc\n"
    "  Bulk 10.000 pcs        EUR 12,40/pc\n\n"
    "Prices FCA Bursa, payment 60 days. Bulk lead time 50 days counted from your written bulk release; the "
    "samples do not trigger anything on our side. Fabric: Eurojersey or equivalent, we can send headers.\n\n"
    "Best regards,\nMehmet Kaya\nSales Director, Bursa Orme San. ve Tic. A.S.\nDemirtas OSB, Bursa - Turkey\n"
)
_html = (
    "<p>Dear Tobias,</p><p>Thank you for the inquiry. Our offer for <b>NK-25-412</b> women's running tights "
    "(Lycra Sport 260 gsm, bonded waistband, back zip pocket):</p>"
    "<table border='1' cellpadding='4'><tr><th>Stage</th><th>Qty</th><th>EUR/pc</th></tr>"
    "<tr><td>Proto</td><td>3 pcs</td><td>40,00</td></tr><tr><td>SMS</td><td>30 pcs</td><td>24,00</td></tr>"
    "<tr><td>Bulk</td><td>2.000 pcs</td><td>13,90</td></tr><tr><td>Bulk</td><td>5.000 pcs</td><td>12,95</td></tr>"
    "<tr><td>Bulk</td><td>10.000 pcs</td><td>12,40</td></tr></table>"
    "<p>Prices FCA Bursa, payment 60 days. Bulk lead time 50 days counted from your written bulk release; "
    "the samples do not trigger anything on our side.</p><p>Best regards,<br>Mehmet Kaya<br>Sales Director, "
    "Bursa Orme San. ve Tic. A.S.</p>")
case("c22_quote_mail_tr_de", [], "supplier offer email with sample and bulk tiers; non-authorizing; no authorized quantity", {
    "Offer_NK-25-412_Bursa_Orme.eml": mail(
        "Mehmet Kaya <mehmet.kaya@bursaorme.com.tr>", "Tobias Brenner <tobias.brenner@nordkamm-sport.de>",
        "Offer NK-25-412 running tights", "Wed, 10 Apr 2024 13:25:00 +0300", _txt, html=_html),
})

# c23: full-quantity repeat order split into two delivery drops
case("c23_repeat_order_drops_uk_pt", [], "repeat order for the full 2,400 pcs in two drops of 1,200 that sum to the total; 'go ahead with the 2,400 pcs'", {
    "PT-4471_repeat_order.eml": mail(
        "Gareth Hughes <gareth.hughes@pennineteamwear.co.uk>", "Ana Ribeiro <ana.ribeiro@confminho.pt>",
        "Repeat order PT-4471 - club training top PTW-TT-09", "Mon, 15 Apr 2024 10:05:00 +0100",
        "Morning Ana,\n\n"
        "Good news - the clubs have confirmed, so here's the repeat order for the training top PTW-TT-09, same spec, "
        "fabric and trims as last season's PT-4102. PO PT-4471 attached in the portal.\n\n"
        "Total 2,400 pcs, delivered in two drops:\n"
        "  Drop 1: 1,200 pcs, ex-factory 15 July\n"
        "  Drop 2: 1,200 pcs, ex-factory 15 August\n\n"
        "No samples needed as it's a straight repeat (gold seal from PT-4102 stays valid). Please go ahead with the "
        "2,400 pcs - that's the whole order, there's nothing further to come on this style this year.\n\n"
        "Cheers,\nGareth\n"
        + sig("Gareth Hughes", "Purchasing Manager", "Pennine Teamwear Ltd, Huddersfield", "+44 1484 555 210")),
})

# c24: buyer corrects a quoted supplier assumption of auto-conversion
_sup = (
    "Dear Bec,\n\n"
    "PP samples for SA-JKT-220 will be ready on Friday. To save time, once you approve the PP we will roll "
    "straight into the bulk 3,000 pcs, fabric mill is on standby.\n\n"
    "Best regards,\nMd. Rafiqul Islam\nMerchandising Manager, Meghna Knit Composite Ltd.\n"
)
case("c24_buyer_corrects_rollover_au_bd", [], "quoted supplier assumes rollover; buyer reply: PP sign-off does not release bulk; 6 PP only; 3,000 held until sign-off and her written release", {
    "RE_SA-JKT-220_PP.eml": mail(
        "Rebecca Doyle <bec.doyle@southerlyactive.com.au>", "Md. Rafiqul Islam <rafiq@meghnaknit.com.bd>",
        "RE: SA-JKT-220 PP samples ready Friday", "Wed, 17 Apr 2024 09:40:00 +1000",
        "Hi Rafiq,\n\n"
        "Thanks for the update - but please don't roll into bulk. A PP sign-off on its own does not release the bulk.\n\n"
        "PO SA-PO-30611 covers the 6 PP samples only. The 3,000 pcs stays on hold until (1) we sign off the PP "
        "samples and (2) you get a separate written release from me. Please keep the mill on standby only, no "
        "fabric booking.\n\n"
        "Cheers,\nBec\n"
        + sig("Rebecca Doyle", "Sourcing Manager", "Southerly Active Pty Ltd, Melbourne", "+61 3 9555 0142")
        + "\n-----Original Message-----\nFrom: Md. Rafiqul Islam <rafiq@meghnaknit.com.bd>\n"
          "Sent: Tuesday, 16 April 2024 8:12 PM\n\n" + quote_lines(_sup) + "\n",
        in_reply_to="<mkc-sajkt220-pp@meghnaknit.com.bd>"),
})

# c25: buyer: deposit paid, deposit does not release production
case("c25_deposit_commercial_us_tr", [], "buyer says the deposit is commercial only and releases nothing; 9 PP samples now; 4,500 held until PP sign-off and Dana Whitfield's written release", {
    "RT-PO-77255_deposit_paid.eml": mail(
        "Marcus Bell <marcus.bell@ridgelineteamwear.com>", "Burak Yilmaz <burak.yilmaz@egetekstil.com.tr>",
        "RT-PO-77255 - deposit paid (commercial only)", "Fri, 19 Apr 2024 11:30:00 -0700",
        "Hi Burak,\n\n"
        "Our finance team wired the 30% deposit against your PI ET-PI-24-031 this morning; the remittance advice "
        "is in the portal.\n\n"
        "Please note the deposit is a commercial step only. It does not release bulk production and it does not "
        "authorise fabric purchases. For now the only quantity to make is the 9 PP samples on RT-PO-77255 "
        "(3 colours x S/M/L). The 4,500 pcs bulk stays on hold until our PP sample sign-off and a written release "
        "from Dana Whitfield, Director of Sourcing.\n\n"
        "Have a good weekend,\nMarcus\n"
        + sig("Marcus Bell", "Senior Buyer", "Ridgeline Teamwear Inc., Portland OR", "+1 503 555 0144")),
})


# ================================================================== RISKS, batch 2

# p01: folder: sample PO with the supplier's quote attached, nothing about the bulk
case("p01_po_with_quote_de_bd", ["RG001", "RG003", "RG004", "RG005"],
     "24-pc SMS PO bundled with quote showing 6,000 bulk; nothing says the bulk is informational/not released; no event, no person", {
    "PO_4500019310.pdf": pdf([
        ("h1", "Nordkamm Sport GmbH"),
        ("p", "Wuerzburger Str. 44, 91074 Herzogenaurach - USt-IdNr. DE 812 554 901"),
        ("h", "Bestellung / Purchase order 4500019310"),
        ("table", [
            ["Lieferant / Supplier", "Meghna Knit Composite Ltd., Kashimpur, Gazipur 1750, Bangladesh"],
            ["Datum / Date", "08.04.2024"],
            ["Einkaeufer / Buyer", "Tobias Brenner"],
            ["Lieferbedingung", "DAP Herzogenaurach, courier"],
        ]),
        ("sp",),
        ("table", [
            ["Pos.", "Article", "Description", "Qty", "Price USD"],
            ["10", "NK-25-330", "Cycling jersey SS, SMS, colour Ember/Black, S-XL", "24 pcs", "19.50"],
        ]),
        ("sp",),
        ("p", "Prices and specification as per your quotation MKC-Q-2315 dated 02.04.2024 (attached). "
              "Tech pack NK-25-330 v3 applies. Please confirm the delivery date of the SMS within 3 working days."),
        ("p", "Invoice address: Nordkamm Sport GmbH, Kreditorenbuchhaltung, Wuerzburger Str. 44, 91074 "
              "Herzogenaurach. Please quote the PO number on all documents."),
        ("p", "Our general terms of purchase (AEB 2023) apply."),
    ], title="PO 4500019310", author="Nordkamm Sport GmbH"),
    "MKC-Q-2315.pdf": pdf([
        ("h1", "MEGHNA KNIT COMPOSITE LTD."),
        ("p", "Kashimpur, Gazipur 1750, Bangladesh - 100% export oriented knit composite"),
        ("h", "Quotation MKC-Q-2315"),
        ("p", "Buyer: Nordkamm Sport GmbH. Style NK-25-330 cycling jersey, 135 gsm poly/elastane jacquard, "
              "silicone gripper hem, 3 back pockets + zip pocket."),
        ("table", [
            ["Item", "Quantity", "FOB Chattogram USD/pc", "Ex-factory"],
            ["SMS", "24 pcs", "19.50", "3 weeks"],
            ["Bulk", "6,000 pcs", "8.45", "30 June 2024"],
        ]),
        ("sp",),
        ("p", "Size ratio bulk S:M:L:XL = 1:3:3:1. Payment: LC at sight. Validity 45 days."),
        ("p", "Md. Rafiqul Islam, Merchandising Manager"),
    ], title="MKC-Q-2315", author="Meghna Knit"),
})

# p02: EML with PO PDF: PP samples + a bulk column that nobody labels
_po = pdf([
    ("h1", "Harrowgate & Finch plc"),
    ("p", "Buying Office, 1 Commercial Street, Leeds LS1 6AL"),
    ("h", "Purchase Order HF-PO-551388"),
    ("table", [
        ["Supplier", "Confeccoes Minho Lda, Barcelos, Portugal (supplier 20417)"],
        ["Style", "HF-W-PUF-0902 Women's padded gilet, recycled nylon ripstop"],
        ["Order type", "PP samples"],
        ["Date", "09/04/2024"],
    ]),
    ("sp",),
    ("table", [
        ["Colour", "PP samples (pcs)", "Bulk qty (pcs)", "Ex-factory"],
        ["Black", "2", "2,400", "wk 31"],
        ["Stone", "2", "1,440", "wk 31"],
        ["Total", "4", "3,840", ""],
    ]),
    ("sp",),
    ("p", "Unit price PP sample GBP 30.00; bulk GBP 14.20 FOB Leixoes as agreed 28/03. Labels and packaging "
          "per H&F supplier manual v12. RSL compliance certificate required with the PP samples."),
    ("p", "Assistant Buyer: Oliver Pratt"),
], title="HF-PO-551388", author="Harrowgate & Finch")
case("p02_po_bulk_column_uk_pt", ["RG001", "RG003", "RG004", "RG005"],
     "PP-sample PO (4 pcs) whose grid also shows bulk 3,840 with ex-factory; nothing says not released; no event or person", {
    "HF-PO-551388_PP_samples.eml": mail(
        "Oliver Pratt <oliver.pratt@harrowgate-finch.co.uk>", "Ana Ribeiro <ana.ribeiro@confminho.pt>",
        "PO HF-PO-551388 - HF-W-PUF-0902 PP samples", "Tue, 09 Apr 2024 14:22:00 +0100",
        "Hi Ana,\n\nPlease find attached our PO for the PP samples on the padded gilet. Grateful if you could "
        "confirm receipt and let me know the PP ready date - ideally we'd like them here before the range review "
        "on 2 May.\n\nKind regards,\nOliver\n"
        + sig("Oliver Pratt", "Assistant Buyer - Womenswear Outerwear", "Harrowgate & Finch plc", "+44 113 496 0718"),
        attachments=[("HF-PO-551388.pdf", _po, PDF_MT)]),
})

# p03: PLM sample request with a production quantity field
case("p03_plm_sample_request_us_vn", ["RG001", "RG003", "RG004", "RG005"],
     "PLM sample request for 6 protos shows 'Production qty 12,000' and a delivery month; nothing says informational/not released", {
    "Ridgeline_PLM_SR-24-0419.html": html_page("SR-24-0419 | Ridgeline PLM", """
<div style="background:#0b3d2e;color:#fff;padding:6px">Ridgeline Teamwear &middot; PLM &middot; Vendor view &middot; Saigon Thread Garment Co., Ltd.</div>
<h2>Sample request SR-24-0419</h2>
<table>
<tr><th>Style</th><td>RT-SHT-118 &ndash; 7" training short, 2-way stretch woven, side pockets</td></tr>
<tr><th>Sample type</th><td>Proto</td></tr>
<tr><th>Sample qty</th><td>6 (2 each S / M / L, colour Black)</td></tr>
<tr><th>Due at Ridgeline</th><td>04/26/2024</td></tr>
<tr><th>Production qty</th><td>12,000</td></tr>
<tr><th>Target FOB</th><td>USD 6.20</td></tr>
<tr><th>In-DC</th><td>August 2024</td></tr>
<tr><th>Tech pack</th><td>RT-SHT-118_TP_v1.pdf</td></tr>
</table>
<h3>Comments</h3>
<table>
<tr><th>Date</th><th>User</th><th>Comment</th></tr>
<tr><td>04/05/2024</td><td>marcus.bell</td><td>Please make the protos per TP v1. Waistband elastic 35 mm, drawcord flat. Send with measurement sheet.</td></tr>
<tr><td>04/06/2024</td><td>ha.nguyen (vendor)</td><td>Received, protos ex-factory 04/19.</td></tr>
</table>
"""),
})

# p04: ERP printout with a sample line and a live bulk line
case("p04_erp_bulk_line_au_lk", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO has SAMPLE line 18 and a BULK line 3,600 with ex-factory; no hold, no event, no release person", {
    "SA-PO-30630.txt": """\
SOUTHERLY ACTIVE PTY LTD                                            PURCHASE ORDER
ABN 41 612 559 870                                                  SA-PO-30630
----------------------------------------------------------------------------------------
VENDOR  : V0093 KANDY APPAREL (PVT) LTD             ORDER DATE : 11/04/2024
          BLOCK 14, KATUNAYAKE EPZ, SRI LANKA       BUYER      : J KERR
TERMS   : FOB COLOMBO / TT 30 DAYS FROM BL          CURRENCY   : USD
----------------------------------------------------------------------------------------
LINE TYPE    STYLE       DESCRIPTION                 COLOUR     QTY    PRICE   EX-FTY
0001 SAMPLE  SA-BR-031   HIGH SUPPORT BRA - SMS      BLK/ORC     18    16.00   03/05/24
0002 BULK    SA-BR-031   HIGH SUPPORT BRA            BLK/ORC  3,600     7.85   19/07/24
----------------------------------------------------------------------------------------
NOTES:
 SMS SIZES 8-16 (AU), 2 PER SIZE PLUS 8 IN SIZE 10. TECH PACK SA-BR-031 V2.
 MOULDED CUP FROM NOMINATED VENDOR LIST ONLY. CARE LABEL AS/NZS 1957.
 PLEASE ACKNOWLEDGE WITHIN 48 HRS VIA VENDOR PORTAL.
----------------------------------------------------------------------------------------
ENTERED: J KERR, PRODUCTION COORDINATOR                        PAGE 1/1
""",
})

# p05: EML with a DOCX tech pack stating the order quantity
_tp = docx_bytes([
    ("h1", "Maple Peak Outfitters - Tech pack MP-LG-404"),
    ("p", "Women's hiking legging, 78% recycled nylon / 22% spandex, 240 gsm, DWR finish. Season FW24."),
    ("h", "Order information"),
    ("table", [
        ["Field", "Value"],
        ["Order quantity", "2,000 pcs"],
        ["Colours", "Black, Deep Moss"],
        ["Delivery", "Drop 1 - September 2024"],
        ["Target FOB", "USD 11.80"],
    ]),
    ("h", "Construction"),
    ("li", "Flatlock 4-needle 6-thread on all seams"),
    ("li", "High-rise waistband with internal drawcord, 2 side drop-in pockets"),
    ("li", "Gusset diamond 10 x 6 cm"),
    ("h", "Measurements (cm) - size M"),
    ("table", [["POM", "M", "Tol"], ["Waist relaxed", "33", "1.0"], ["Hip", "44", "1.0"], ["Inseam", "68", "1.0"]]),
], author="Maple Peak Outfitters")
case("p05_techpack_order_qty_ca_vn", ["RG001", "RG003", "RG004", "RG005"],
     "email asks for 4 fit samples; attached tech pack lists 'Order quantity 2,000 pcs' with a delivery drop; nothing says not released", {
    "MP-LG-404_fit_samples.eml": mail(
        "Emilie Gagnon <emilie.gagnon@maplepeak.ca>", "Le Minh Tuan <tuan.le@hoasensport.vn>",
        "MP-LG-404 legging - fit samples please", "Thu, 11 Apr 2024 15:05:00 -0700",
        "Hi Tuan,\n\nCould you please make 4 fit samples of the MP-LG-404 hiking legging (size M x 2, S x 1, L x 1, "
        "colour Black) per the attached tech pack? Sample PO MP-PO-2024-0655 is in the portal, USD 26.00/pc.\n\n"
        "We'd need them in Vancouver by May 3 for our fit session.\n\nThanks!\nEmilie\n"
        + sig("Emilie Gagnon", "Buyer", "Maple Peak Outfitters Ltd., Vancouver BC", "+1 604 555 0187"),
        attachments=[("MP-LG-404_techpack.docx", _tp, DOCX_MT)]),
})


# ================================================================== RISKS, batch 3

# p06: WhatsApp: unscoped "go ahead" after a multi-item question
case("p06_whatsapp_go_ahead_us_bd", ["RG002"],
     "chat: full scope given earlier (30 SMS, 3,000 held, QA sign-off + Marcus's written release); later 'all looks good, go ahead' answers a mixed question incl. bulk fabric", {
    "WhatsApp_Chat_RT-WU-150.txt": whatsapp([
        ("02/04/2024", "09:12", "Marcus Bell (Ridgeline)", "Morning Shahnaz. PO RT-PO-77301 for the RT-WU-150 warm-up jacket is in the portal"),
        ("02/04/2024", "09:14", "Marcus Bell (Ridgeline)", "It's 30 SMS pcs only. The bulk 3,000 is NOT released, it stays on hold until our QA signs off the SMS and I send you the written release"),
        ("02/04/2024", "09:31", "Shahnaz Parvin (Karnaphuli)", "Noted Marcus, SMS 30 pcs only 👍"),
        ("16/04/2024", "11:05", "Shahnaz Parvin (Karnaphuli)", "Marcus, 3 things for RT-WU-150:\n1) strike-off of the sublimated side panel (pic)\n2) hangtag proof v2\n3) carton marking\nAlso the mill is asking us to confirm the bulk fabric this week otherwise they release the slot. Pls advise"),
        ("16/04/2024", "11:05", "Shahnaz Parvin (Karnaphuli)", "<Media omitted>"),
        ("16/04/2024", "11:06", "Shahnaz Parvin (Karnaphuli)", "<Media omitted>"),
        ("16/04/2024", "19:48", "Marcus Bell (Ridgeline)", "All looks good, go ahead 👍"),
        ("16/04/2024", "19:49", "Shahnaz Parvin (Karnaphuli)", "Thank you Marcus!"),
    ]),
})

# p07: EML multipart: "C is approved, please proceed" with the scope quoted below
_scope = (
    "Hallo Elif,\n\n"
    "PO 4100023310 for AL-M-FLC-31 (men's grid fleece) is in your inbox.\n"
    "- Active quantity: 12 SMS (Moor Green and Graphite, S-XL, plus 4 extra in M).\n"
    "- The bulk 2.400 Stueck is not released, please do not start it.\n"
    "- Bulk release only after our SMS sign-off and a written release from Katrin Maier, Head of Sourcing.\n\n"
    "Gruesse\nFlorian\n"
)
_q2 = (
    "Dear Florian,\n\nLab dips A, B and C for colour Moor Green are on the way by DHL, photos attached "
    "(D65 / TL84). Kindly advise which one we proceed with.\n\nBest regards,\nElif\n\n"
    "On 20 Mar 2024, Florian Eder wrote:\n" + quote_lines(_scope)
)
case("p07_labdip_proceed_de_tr", ["RG002"],
     "buyer: 'C is approved, please proceed' - neither sample-only nor a quantity (could be bulk dyeing); quoted scope covers the absence rules", {
    "RE_AL-M-FLC-31_lab_dips.eml": mail(
        "Florian Eder <florian.eder@alpenlaeufer.de>", "Elif Demir <elif.demir@egetekstil.com.tr>",
        "RE: AL-M-FLC-31 lab dips Moor Green", "Tue, 02 Apr 2024 17:55:00 +0200",
        "Hi Elif,\n\nC is approved, please proceed. A is too yellow, B too dark under TL84.\n\nDanke und Gruesse\nFlorian\n"
        "\nFlorian Eder | Einkauf | Alpenlaeufer Outdoor GmbH | Landsberger Str. 302 | 80687 Muenchen\n\n"
        "-----Urspruengliche Nachricht-----\nVon: Elif Demir\nGesendet: Dienstag, 2. April 2024 10:14\n\n"
        + quote_lines(_q2) + "\n",
        html=("<p>Hi Elif,</p><p>C is approved, please proceed. A is too yellow, B too dark under TL84.</p>"
              "<p>Danke und Gruesse<br>Florian</p><p style='color:#777'>Florian Eder | Einkauf | Alpenlaeufer Outdoor GmbH</p>"
              "<blockquote>" + escape(_q2).replace("\n", "<br>") + "</blockquote>"),
        in_reply_to="<et-alflc31-labdips@egetekstil.com.tr>"),
})

# p08: PLM page with APPROVED - PROCEED status
case("p08_plm_status_proceed_uk_bd", ["RG002"],
     "PLM status 'APPROVED - PROCEED' and comment 'All good, proceed.' with no scope; page scope block covers quantity, hold, event and person", {
    "HF_PLM_HF-M-TEE-0477.html": html_page("HF-M-TEE-0477 | H&F PLM", """
<div style="background:#203040;color:#fff;padding:6px">Harrowgate &amp; Finch &middot; PLM &middot; Style workspace &middot; Supplier: Karnaphuli Apparels Ltd (20533)</div>
<h2>HF-M-TEE-0477 &ndash; Men's training tee</h2>
<h3>Order scope</h3>
<table>
<tr><th>PO</th><td>HF-PO-551502 (PP samples)</td></tr>
<tr><th>Active quantity</th><td>6 PP samples: White, Charcoal, Cobalt &times; M, L</td></tr>
<tr><th>Bulk</th><td>4,200 pcs &ndash; not released, on hold</td></tr>
<tr><th>Bulk release</th><td>after PP sample sign-off, by written release from Fiona Marsh (Head of Buying)</td></tr>
</table>
<h3>Status timeline</h3>
<table>
<tr><th>Date</th><th>Event</th><th>By</th></tr>
<tr><td>03/04/2024</td><td>PP samples requested</td><td>o.pratt</td></tr>
<tr><td>12/04/2024</td><td>PP samples received at Leeds</td><td>sample.room</td></tr>
<tr><td>17/04/2024</td><td>Wash test 3x40 &deg;C: pass (report LT-24-1188)</td><td>lab</td></tr>
<tr><td>18/04/2024</td><td><b>Status changed to: APPROVED &ndash; PROCEED</b></td><td>p.shah</td></tr>
</table>
<h3>Comments</h3>
<p><b>p.shah, 18/04/2024 16:02:</b> All good, proceed. Neck rib looks much better on this round.</p>
<p><b>karnaphuli.shahnaz, 18/04/2024 21:40:</b> Thank you Priya.</p>
"""),
})

# p09: Aussie "green light from us" in a reply thread
_q = (
    "Dear Bec,\n\nGood day. Kindly find attached the photos of the PP samples for SA-TK-077 track jacket "
    "(Black/Lime and Navy/Coral, size 10 and 14), front, back and inside. Kindly advise on the PP sample photos.\n\n"
    "Thanking you,\nDilani\n\n"
    "> From: Rebecca Doyle, 25 March 2024\n"
    "> SA-PO-30702 covers 6 PP samples only. Bulk 1,800 pcs is not released - it stays on hold until our QA\n"
    "> signs off the PP samples and you get a written release from me.\n"
)
case("p09_green_light_au_lk", ["RG002"],
     "buyer replies 'green light from us' to PP-sample photos without scope; quoted earlier scope covers quantity/hold/event/person", {
    "RE_SA-TK-077_PP_photos.eml": mail(
        "Rebecca Doyle <bec.doyle@southerlyactive.com.au>", "Dilani Perera <dilani.p@kandyapparel.lk>",
        "RE: SA-TK-077 PP sample photos", "Thu, 18 Apr 2024 08:15:00 +1000",
        "Hi Dilani,\n\nPics look spot on, the lime is exactly where we wanted it. Green light from us!\n\n"
        "Have a great weekend when it comes.\nCheers,\nBec\n"
        + sig("Rebecca Doyle", "Sourcing Manager", "Southerly Active Pty Ltd, Melbourne", "+61 3 9555 0142")
        + "\nFrom: Dilani Perera <dilani.p@kandyapparel.lk>\nSent: Wednesday, 17 April 2024 6:40 PM\n\n"
        + quote_lines(_q) + "\n",
        in_reply_to="<ka-satk077-pp@kandyapparel.lk>"),
})

# p10: PP meeting report: "good to run" + factory's automatic rollover, uncorrected
case("p10_pp_meeting_report_uk_lk", ["RG002", "RG007"],
     "PP meeting report: 'Outcome: good to run' (unscoped) and factory says bulk cutting starts automatically on PP approval; report doesn't correct it", {
    "PP_meeting_HF-W-LEG-0415.docx": docx_bytes([
        ("h1", "Pre-production meeting report - HF-W-LEG-0415"),
        ("p", "Factory: Kandy Apparel (Pvt) Ltd, Katunayake. Date: 23/04/2024. Attendees: Priya Shah (H&F garment "
              "technologist), Ruwan Jayasinghe (factory manager), Dilani Perera (merchandising), QC team."),
        ("h", "Order scope (from PO HF-PO-551460)"),
        ("p", "Active quantity: 4 PP samples (Black, size 10 and 12; Plum, size 10 and 12). Bulk 4,200 pcs is not "
              "released. Bulk release only after PP sample sign-off in Leeds and a written release from Fiona Marsh, "
              "Head of Buying."),
        ("h", "Review"),
        ("table", [
            ["Area", "Finding", "Action"],
            ["Fabric", "PP samples made from the mill's pre-production yardage; shade band B within tolerance; GSM 232 vs 230 spec", "none"],
            ["Cutting", "Marker efficiency 84%, nap one way", "keep one-way lay"],
            ["Sewing", "Flatlock tension on gusset uneven on 2 of 4 PP samples", "re-set machines, re-check"],
            ["Waistband", "Elastic recovery pass", "none"],
            ["Packing", "Size ratio per PI-0415", "none"],
        ]),
        ("h", "Factory remarks"),
        ("p", "Factory confirmed bulk cutting will start automatically the day after PP approval is received, so the "
              "ex-factory of 12 July can be held."),
        ("h", "Outcome"),
        ("p", "Good to run."),
        ("p", "Report by Priya Shah, Garment Technologist, Harrowgate & Finch plc."),
    ], author="Priya Shah"),
})

# p12: ERP sample PO, nothing about the series
case("p12_erp_proto_de_pt", ["RG003", "RG004", "RG005"],
     "ERP proto PO for 6 pcs 'for series AW25'; never says the series/bulk is not released; no event, no person", {
    "Bestellung_4100023377.txt": """\
ALPENLAEUFER OUTDOOR GMBH          BESTELLUNG / PURCHASE ORDER          4100023377
Landsberger Str. 302, 80687 Muenchen                                Seite 1 von 1
-------------------------------------------------------------------------------------
Lieferant : 70218  TEXTEIS AVE LDA, RUA DE COVAS 88, 4835-057 GUIMARAES, PORTUGAL
Datum     : 16.04.2024       Einkaeufer: F. EDER       Waehrung: EUR
Lieferung : DAP MUENCHEN     Zahlung   : 30 TAGE NETTO
-------------------------------------------------------------------------------------
Pos  Material        Bezeichnung                         Menge  ME    Preis   Betrag
0010 AL-W-MRT-14     MERINO T-SHIRT DAMEN, PROTO         6      ST    42,00   252,00
                     150 G/M2, FARBE SALBEI, GR. 36-46
-------------------------------------------------------------------------------------
                                                  Gesamt netto EUR          252,00
Text:
 Muster fuer Serie AW25. Bitte Massliste und Faserzertifikat (ZQ Merino) beilegen.
 Samples for AW25 series production. Please include measurement list and fibre
 certificate. Liefertermin / delivery: KW 19.
-------------------------------------------------------------------------------------
Es gelten unsere AEB 2023.
""",
})

# p13: chat, SMS request without a quantity, nothing on bulk
case("p13_chat_sms_no_qty_uk_bd", ["RG003", "RG004", "RG005", "RG010"],
     "chat: buyer orders SMS 'as per tech pack / usual size set' - no quantity, bulk (5k last year) never said to be on hold, no event or person", {
    "WhatsApp_Pennine_Meghna.txt": whatsapp([
        ("08/04/2024", "14:20", "Gareth Hughes (Pennine)", "Hiya Rafiq, new club kit for Holmfirth RUFC is signed off on our side design-wise. TP on its way by mail"),
        ("08/04/2024", "14:21", "Gareth Hughes (Pennine)", "Can you make the SMS as per tech pack please, need them for the club sales evening on the 20th of May"),
        ("08/04/2024", "14:40", "Rafiq (Meghna Knit)", "Dear Gareth, noted with thanks. Which sizes for SMS?"),
        ("08/04/2024", "14:52", "Gareth Hughes (Pennine)", "Usual size set, same as the Huddersfield kit last year"),
        ("08/04/2024", "15:05", "Rafiq (Meghna Knit)", "Ok. Bulk will be like last year around 5k?"),
        ("08/04/2024", "15:11", "Gareth Hughes (Pennine)", "Probably a bit more this time, the club's grown 💪"),
        ("08/04/2024", "15:12", "Rafiq (Meghna Knit)", "👍"),
    ]),
})

# p14: hold until further notice; "approved" in three senses
case("p14_further_notice_approved_de_bd", ["RG004", "RG009"],
     "'approved' for lab dip, for the PO (controlling) and for bulk; bulk held 'until further notice' - no unlock event; Katrin Maier named", {
    "AL-W-RNJ-22_status.eml": mail(
        "Katrin Maier <katrin.maier@alpenlaeufer.de>", "Md. Rafiqul Islam <rafiq@meghnaknit.com.bd>",
        "AL-W-RNJ-22 running jacket - status", "Mon, 22 Apr 2024 16:10:00 +0200",
        "Dear Rafiq,\n\n"
        "a short status on AL-W-RNJ-22 after our internal meeting today:\n\n"
        "1. Your lab dip for colour Moor (submit 2) is approved.\n"
        "2. PO 4100023350 for the 24 SMS pcs is approved by our controlling, you will receive it from SAP "
        "tomorrow.\n"
        "3. The bulk 3.000 Stueck is not approved yet. It stays on hold until further notice, please do not cut "
        "and do not book fabric. I am the only person who can lift this hold.\n\n"
        "Please send the SMS by 17 May.\n\n"
        "Mit freundlichen Gruessen / Best regards\n"
        "Katrin Maier\nHead of Sourcing\nAlpenlaeufer Outdoor GmbH\nLandsberger Str. 302, 80687 Muenchen\n"
        "Geschaeftsfuehrer: Dr. Stefan Huber - Amtsgericht Muenchen HRB 204 118\n"),
})

# p15: Aussie chat: just the SMS for now, bulk parked till further notice
case("p15_whatsapp_parked_au_bd", ["RG004", "RG005", "RG010"],
     "chat: 'just the SMS for now' (no count), bulk 2,400 'parked till further notice' - hold stated but no event, no named person, no active quantity", {
    "WhatsApp_Chat_SA-HD-510.txt": whatsapp([
        ("10/04/2024", "10:30", "Shahnaz Parvin (Karnaphuli)", "Hi Josh, for SA-HD-510 hoodie shall we make the SMS now? And what about bulk 2,400, our planning is asking"),
        ("10/04/2024", "11:02", "Josh Kerr (Southerly Active)", "Hey Shahnaz! Just the SMS for now mate, sizes as per the TP"),
        ("10/04/2024", "11:03", "Josh Kerr (Southerly Active)", "Bulk's parked till further notice - don't cut anything and don't book the fleece"),
        ("10/04/2024", "11:04", "Josh Kerr (Southerly Active)", "Will let you know"),
        ("10/04/2024", "11:20", "Shahnaz Parvin (Karnaphuli)", "Ok noted Josh 😊 SMS only"),
    ]),
})

# p16: PO names the release authority but no unlock event
case("p16_po_authority_no_event_us_vn", ["RG004"],
     "sample PO: 12 SMS, bulk 4,800 not released, Dana Whitfield named as release authority - but no event that unlocks the bulk", {
    "RT-PO-77340.pdf": pdf([
        ("h1", "Ridgeline Teamwear Inc."),
        ("p", "2150 NW Front Ave, Portland OR 97209, USA"),
        ("h", "Purchase Order RT-PO-77340"),
        ("table", [
            ["Vendor", "Saigon Thread Garment Co., Ltd., My Phuoc 3 IP, Binh Duong, Viet Nam"],
            ["Style", "RT-PLO-640 team polo, 180 gsm pique, 3-button placket"],
            ["Date", "04/15/2024"],
            ["Ship via", "FedEx IP, sample account 4471-2290-1"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Scope", "Description", "Qty", "Unit USD"],
            ["1", "Sample", "SMS, Navy and Scarlet, size L", "12", "17.00"],
        ]),
        ("sp",),
        ("p", "Bulk: the 4,800 pcs discussed for this style is not released and must not be started. Release "
              "authority for the bulk: Dana Whitfield, Director of Sourcing."),
        ("p", "Embroidery: left chest logo 7.5 cm, Madeira 1147/1000. Collar: flat knit with 2 tipping stripes."),
        ("p", "Buyer: Marcus Bell, Senior Buyer - marcus.bell@ridgelineteamwear.com"),
    ], title="RT-PO-77340", author="Ridgeline Teamwear", pagesize=LETTER),
})

# p18: PDF PO: SMS quantity "as per tech pack", release by an unnamed department
case("p18_po_qty_techpack_dept_ca_bd", ["RG005", "RG010"],
     "PO line quantity 'as per tech pack' (no number in the bundle); bulk 3,000 held until SMS sign-off and written release 'from our Sourcing Department' - nobody named", {
    "MP-PO-2024-0671.pdf": pdf([
        ("h1", "Maple Peak Outfitters Ltd."),
        ("p", "1550 West 2nd Avenue, Vancouver BC V6J 1H2, Canada"),
        ("h", "Purchase Order MP-PO-2024-0671"),
        ("table", [
            ["Supplier", "Meghna Knit Composite Ltd., Kashimpur, Gazipur 1750, Bangladesh"],
            ["Style", "MP-HN-330 merino-blend henley, long sleeve"],
            ["Date", "April 17, 2024"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Description", "Qty", "Unit USD"],
            ["10", "SMS - colours Heather Grey and Rust", "as per tech pack", "22.00"],
        ]),
        ("sp",),
        ("p", "Bulk: the 3,000 pcs from your quote MKC-Q-2478 is not released. Please do not book yarn or cut. "
              "The bulk will be released after SMS sign-off by our QA and a written release from our Sourcing "
              "Department."),
        ("p", "Please ship the SMS with a measurement sheet and a fibre composition test (AATCC 20A)."),
        ("p", "Buyer: Emilie Gagnon"),
    ], title="MP-PO-2024-0671", author="Maple Peak Outfitters", pagesize=LETTER),
})

# p19: PLM order page: bulk pending internal budget approval, nobody named
case("p19_plm_budget_unnamed_de_tr", ["RG005"],
     "PLM order page: 12 SMS released, bulk 2,000 on hold pending internal budget sign-off by 'the management board' - no named person", {
    "Nordkamm_vendor_portal_NK-25-455.html": html_page("NK-25-455 | Nordkamm vendor portal", """
<div style="background:#1d1d1d;color:#fff;padding:6px">Nordkamm Sport &middot; Vendor portal &middot; Ege Tekstil Konfeksiyon A.S.</div>
<h2>NK-25-455 &ndash; Women's seamless training top</h2>
<table>
<tr><th>PO</th><td>4500019488</td></tr>
<tr><th>Released now</th><td>12 SMS (Black / Dusty Rose, XS&ndash;L + 4 &times; M)</td></tr>
<tr><th>Bulk</th><td>2,000 pcs &ndash; on hold, not released. Do not knit, do not book yarn.</td></tr>
<tr><th>Hold reason</th><td>Pending internal budget approval of the SS25 seamless line by the management board</td></tr>
<tr><th>SMS due</th><td>17.05.2024</td></tr>
</table>
<p class="note">The bulk will be released in writing once the budget approval is through. You will be notified here and by e-mail.</p>
<p>Contact: sourcing@nordkamm-sport.de</p>
"""),
})

# p20: WeChat: release from "head office"; supplier knits bulk fabric anyway
case("p20_wechat_head_office_fabric_de_vn", ["RG005", "RG006"],
     "chat: 9 PP samples, bulk 3,000 held until PP sign-off and written release 'from our head office' (no person); supplier then has bulk fabric knitting for 3,000", {
    "WeChat_SaigonThread_Nordkamm.txt": wechat("Tran Van Minh (Saigon Thread) / Tobias Brenner (Nordkamm)", [
        ("2024-04-02 15:10:44", "Tobias Brenner (Nordkamm)", "Hi Minh, PO 4500019402 for NK-25-420 rain jacket sent. Only the 9 PP samples (3 colours x S/M/L)"),
        ("2024-04-02 15:12:09", "Tobias Brenner (Nordkamm)", "Bulk 3.000 pcs is not released yet. It comes after PP sign-off, with a written release from our head office"),
        ("2024-04-02 15:30:51", "Tran Van Minh (Saigon Thread)", "Noted Tobias, thank you"),
        ("2024-04-19 09:02:17", "Tran Van Minh (Saigon Thread)", "Dear Tobias, PP samples will ship 24 April"),
        ("2024-04-19 09:03:40", "Tran Van Minh (Saigon Thread)", "For your information, to keep ex-fty end of June we already have bulk fabric knitting at mill for 3,000 pcs, dyeing next week. So no delay"),
    ]),
})


# ================================================================== RISKS, batch 4

# p21: BD factory status report: yarn booked for the full bulk; T&A as text attachment
_scope = (
    "Hi Tanvir,\n\n"
    "PO LA-PO-24-0102 for the LA-TRN-77 training hoodie covers the 36 SMS pcs only (Red, Black, Heather; "
    "S-XL x 3 each). The bulk (12,000 pcs) is not released and must not be started. The bulk can only be "
    "released after SMS sign-off by our product team and a written release from me.\n\n"
    "Kevin O'Neill\nVP Product Supply, Lakeshore Athletic Co.\n"
)
_ta = """\
MEGHNA KNIT COMPOSITE LTD - TIME & ACTION STATUS           BUYER: LAKESHORE ATHLETIC
STYLE: LA-TRN-77 TRAINING HOODIE   PO: LA-PO-24-0102        REPORT DATE: 24-APR-2024
-------------------------------------------------------------------------------------
ACTIVITY                         PLAN DATE     ACTUAL        STATUS     REMARKS
SMS FABRIC (SAMPLE YARDAGE)      05-APR        04-APR        DONE       320 GSM FLEECE
SMS CUTTING                      10-APR        11-APR        DONE
SMS SEWING                       18-APR        19-APR        DONE       36 PCS
SMS WASH / FINISH                24-APR        -             RUNNING
SMS DISPATCH                     29-APR        -             PLANNED    DHL
BULK YARN BOOKING (12,000 PCS)   -             22-APR        BOOKED     SQUARE SPINNING, 30/1 CVC
                                                                        ETA 10-MAY, PRICE FIXED
BULK KNITTING                    -             -             OPEN
-------------------------------------------------------------------------------------
PREPARED BY: TANVIR AHMED, SR. MERCHANDISER
"""
case("p21_status_report_yarn_ca_bd", ["RG006"],
     "factory status: yarn for the full 12,000 pcs already booked while only 36 SMS are released and no material authority exists", {
    "LA-TRN-77_weekly_status.eml": mail(
        "Tanvir Ahmed <tanvir.ahmed@meghnaknit.com.bd>", "Kevin O'Neill <kevin.oneill@lakeshoreathletic.ca>",
        "LA-TRN-77 / weekly status wk17", "Wed, 24 Apr 2024 18:30:00 +0600",
        "Dear Kevin,\n\n"
        "Greetings. Please find our weekly T&A status for LA-TRN-77 attached.\n\n"
        "SMS 36 pcs are in washing now and will be dispatched on 29 April by DHL.\n\n"
        "Please note, cotton prices went up 8% this month and the spinning mills are fully booked till June. So to "
        "protect your price and ex-factory we have already booked the yarn for the full 12,000 pcs bulk with "
        "Square Spinning; delivery is 10 May and the price is fixed.\n\n"
        "Hope this will be helpful for you.\n\nBest regards,"
        + sig("Tanvir Ahmed", "Sr. Merchandiser", "Meghna Knit Composite Ltd., Gazipur, Bangladesh", "+880 1711 408 223")
        + "\nFrom: Kevin O'Neill\nSent: 03 April 2024 10:15\n" + quote_lines(_scope) + "\n",
        attachments=[("T&A_LA-TRN-77_wk17.txt", _ta, "text/plain")]),
})

# p22: folder: scoped PO + supplier MRP printout showing bulk fabric ordered
case("p22_po_plus_mrp_us_bd", ["RG006"],
     "bundle: PO releases 30 SMS with sample-yardage authority; supplier MRP shows fabric PO confirmed for 9,000 pcs bulk", {
    "RT-PO-77388.pdf": pdf([
        ("h1", "Ridgeline Teamwear Inc."),
        ("p", "2150 NW Front Ave, Portland OR 97209, USA"),
        ("h", "Purchase Order RT-PO-77388 - SMS"),
        ("table", [
            ["Vendor", "Karnaphuli Apparels Ltd., Plot 22-24, CEPZ, Chattogram, Bangladesh"],
            ["Style", "RT-BB-900 youth basketball set (jersey + short)"],
            ["Date", "04/02/2024"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Description", "Qty", "Unit USD"],
            ["1", "SMS sets, Royal/White, YS-YXL (5 sizes x 6)", "30", "16.50"],
        ]),
        ("sp",),
        ("p", "Scope: this PO releases the 30 SMS sets only. The 9,000 sets in your quote KAL-Q-131 are not released. "
              "Bulk release only after SMS sign-off by Ridgeline QA and a written release from Dana Whitfield, "
              "Director of Sourcing."),
        ("p", "Material authority: sample yardage only. No bulk fabric or trims may be purchased at Ridgeline's "
              "liability under this PO."),
        ("p", "Buyer: Marcus Bell"),
    ], title="RT-PO-77388", author="Ridgeline Teamwear", pagesize=LETTER),
    "KAL_MRP_material_status_RT-BB-900.txt": """\
KARNAPHULI APPARELS LTD        MATERIAL REQUIREMENT / PURCHASE STATUS       PRINT 17-APR-24 15:02
-------------------------------------------------------------------------------------------------
BUYER  : RIDGELINE TEAMWEAR        STYLE : RT-BB-900 YOUTH BASKETBALL SET
REF PO : RT-PO-77388               PLAN QTY (MRP BASIS): 9,000 SETS
-------------------------------------------------------------------------------------------------
MAT CODE    DESCRIPTION                    REQ QTY    UOM  SUPPLIER PO   SUPPLIER         STATUS
FAB-0912    POLY MESH 140GSM ROYAL         3,870      KG   FP-24-1177    SQUARE TEXTILE   CONFIRMED
FAB-0913    POLY MESH 140GSM WHITE         1,980      KG   FP-24-1178    SQUARE TEXTILE   CONFIRMED
RIB-0310    1X1 RIB 220GSM ROYAL             410      KG   FP-24-1179    SQUARE TEXTILE   CONFIRMED
ELA-0035    WAISTBAND ELASTIC 35MM        7,650      M    TP-24-0622    BD TRIMS LTD     CONFIRMED
FAB-0912S   POLY MESH SAMPLE YARDAGE          14      KG   FP-24-1102    SQUARE TEXTILE   RECEIVED
-------------------------------------------------------------------------------------------------
ETA BULK FABRIC: 20-MAY-24         PREPARED BY: S. PARVIN      CHECKED: PLANNING DEPT
""",
})

# p23: Sri Lankan supplier: fabric for the full bulk dyed; cutting straight after PP approval
_scope = (
    "Dear Chaminda,\n\nPO PT-4502 for the PTW-RJ-14 rugby jersey covers the 6 PP samples only. The 4,000 pcs bulk is "
    "not released until we sign off the PP samples and I send you a written release.\n\n"
    "Regards,\nGareth Hughes, Purchasing Manager, Pennine Teamwear Ltd\n"
)
case("p23_lk_fabric_dyed_rollover_uk", ["RG006", "RG007"],
     "supplier: bulk fabric for the full 4,000 already dyed, and 'upon receipt of your PP approval we will straight away commence cutting the bulk'", {
    "PTW-RJ-14_PP_dispatch.eml": mail(
        "Chaminda Fernando <chaminda@lankaactiveknits.lk>", "Gareth Hughes <gareth.hughes@pennineteamwear.co.uk>",
        "RE: PT-4502 PTW-RJ-14 - PP samples couriered", "Mon, 29 Apr 2024 17:05:00 +0530",
        "Dear Gareth,\n\n"
        "Good day! We wish to inform you that the 6 PP samples were couriered today through DHL, AWB 5520 1187 34.\n\n"
        "We are pleased to inform that the bulk fabric for the full 4,000 pcs is already dyed and is in our stores, "
        "shade bands attached. Therefore upon receipt of your PP approval we will straight away commence cutting the "
        "bulk, so that the ex-factory of 28 June can be comfortably achieved.\n\n"
        "Kindly revert with your comments at your earliest.\n\n"
        "Thanks & best regards,\nChaminda Fernando\nDirector - Merchandising\nLanka Active Knits (Pvt) Ltd, "
        "Biyagama EPZ, Sri Lanka\nTel: +94 11 246 5578\n\n"
        "-----Original Message-----\nFrom: Gareth Hughes\nSent: 11 April 2024 09:30\n" + quote_lines(_scope) + "\n",
        in_reply_to="<pt4502@pennineteamwear.co.uk>"),
})

# p24: folder: release letter 1,500 vs call-off 1,800; supplier WIP shows fabric for 3,200
case("p24_release_vs_calloff_wip_uk_pt", ["RG006", "RG011"],
     "release letter says 1,500 released, the call-off for the same release says 1,800; supplier WIP: fabric for the full 3,200 received, authority was released qty only", {
    "HF_release_R-1_HF-W-BRA-0212.pdf": pdf([
        ("h1", "Harrowgate & Finch plc"),
        ("p", "Buying Office, 1 Commercial Street, Leeds LS1 6AL"),
        ("h", "Production release R-1 - HF-W-BRA-0212 medium support bra"),
        ("table", [
            ["Supplier", "Texteis Ave Lda, Guimaraes, Portugal"],
            ["Programme", "BA-2024-212, programme quantity 3,200 pcs"],
            ["Basis", "PP sample sign-off 19/04/2024 (GT-24-0388)"],
            ["Date", "22/04/2024"],
        ]),
        ("sp",),
        ("p", "We release 1,500 pcs for production (Black 900, Sage 600). The remaining programme quantity is not "
              "released and stays on hold until the next call-off, signed by Fiona Marsh, Head of Buying."),
        ("p", "Material authority: fabric and trims for the released quantity only."),
        ("p", "Fiona Marsh, Head of Buying"),
    ], title="Release R-1 HF-W-BRA-0212", author="Harrowgate & Finch"),
    "CO-212-01.txt": """\
HARROWGATE & FINCH PLC                 CALL-OFF / PRODUCTION RELEASE                  PAGE  1 OF  1
RUN 22/04/2024 08:40   USER OPRATT   PROGRAM PUR410                                 PRINTED COPY
==================================================================================================
SUPPLIER   : 70218  TEXTEIS AVE LDA, RUA DE COVAS 88, 4835-057 GUIMARAES, PORTUGAL
AGREEMENT  : BA-2024-212   PROGRAMME QTY 3,200 PCS (BALANCE NOT RELEASED)
CALL-OFF NO: CO-212-01  (= RELEASE R-1)        DATE: 22/04/2024
STYLE      : HF-W-BRA-0212  MEDIUM SUPPORT BRA
--------------------------------------------------------------------------------------------------
LN  COLOUR        XS     S     M     L    XL    TOTAL   EX-FTY      PORT
01  BLACK 001     80   260   320   260   100    1,020   14/06/2024  LEIXOES
02  SAGE 322      60   180   240   200   100      780   14/06/2024  LEIXOES
                                            ---------
    RELEASED THIS CALL-OFF                      1,800 PCS
--------------------------------------------------------------------------------------------------
NEXT CALL-OFF SIGNED BY F. MARSH, HEAD OF BUYING. MATERIAL: RELEASED QTY ONLY.
==================================================================================================
""",
    "WIP_report_wk17_Texteis_Ave.docx": docx_bytes([
        ("h1", "Texteis Ave Lda - WIP report week 17"),
        ("p", "Customer: Harrowgate & Finch. Style HF-W-BRA-0212."),
        ("table", [
            ["Stage", "Status", "Quantity"],
            ["Bulk fabric (jersey 220 g/m2)", "received, relaxed and inspected", "for 3,200 pcs (full programme)"],
            ["Moulded cups", "received", "for 3,200 pcs"],
            ["Cutting", "started 23/04", "600 pcs cut"],
            ["Sewing", "line 4 from 29/04", "-"],
        ]),
        ("p", "We bought the fabric for the full programme in one dye lot to keep the shade consistent between call-offs."),
        ("p", "Rui Machado, Production Manager"),
    ], author="Texteis Ave"),
})

# p25: Turkish supplier reads the LC as the go, buys fabric and starts cutting
_scope = (
    "Hi Burak,\n\nRT-PO-77412 (RT-SW-530 team sweatshirt) covers the 9 PP samples only (3 colours x S/M/L). "
    "We are opening the LC now so the commercial side is ready - the LC is commercial only. The 4,500 pcs bulk is "
    "not released until our PP sample sign-off and a written release from Dana Whitfield, Director of Sourcing.\n\n"
    "Thanks, Marcus\n"
)
case("p25_tr_lc_opened_started_us", ["RG006", "RG012"],
     "supplier: 'since your LC is opened' they purchased bulk fabric for 4,500 and start cutting; buyer's quoted scope said LC is commercial only", {
    "RE_RT-PO-77412_LC.eml": mail(
        "Burak Yilmaz <burak.yilmaz@egetekstil.com.tr>", "Marcus Bell <marcus.bell@ridgelineteamwear.com>",
        "RE: RT-PO-77412 / LC opened", "Thu, 25 Apr 2024 12:48:00 +0300",
        "Dear Marcus,\n\n"
        "Good news from our side: your LC no. 0417-IMP-24-2231 is advised by Is Bankasi today. Since the LC is "
        "opened, we purchased the bulk fabric for the 4,500 pcs this morning and cutting starts on Monday, so we "
        "gain one week on the ex-factory.\n\n"
        "PP samples will be with you on 2 May.\n\n"
        "Best regards / Saygilarimla,\nBurak Yilmaz\nExport Manager\nEge Tekstil Konfeksiyon A.S., Izmir\n"
        "+90 232 376 88 41\n\n"
        "On 18 Apr 2024, Marcus Bell wrote:\n" + quote_lines(_scope) + "\n",
        in_reply_to="<rtpo77412@ridgelineteamwear.com>"),
})

# p26: supplier treats a forecast as a confirmed order and books yarn for it
_co = (
    "CO-260-01 / HF-M-SHO-0260 men's running short: 1,000 pcs released (Black 600, Navy 400).\n"
    "Garments beyond these 1,000 pcs are not released; further quantities only by the next call-off,\n"
    "signed by F. Marsh, Head of Buying. Material authority: released quantity only.\n"
    "AW25 forecast for this style: 8,000 pcs - planning information, not an order.\n"
    "Oliver Pratt, Assistant Buyer\n"
)
case("p26_pt_forecast_taken_as_order_uk", ["RG006", "RG008"],
     "supplier says it took the 8,000 forecast 'as confirmed order' and booked yarn for 8,000; call-off released 1,000 with material for released qty only", {
    "RE_CO-260-01_yarn_booking.eml": mail(
        "Ana Ribeiro <ana.ribeiro@confminho.pt>", "Oliver Pratt <oliver.pratt@harrowgate-finch.co.uk>",
        "RE: CO-260-01 HF-M-SHO-0260 - yarn booking", "Fri, 26 Apr 2024 11:10:00 +0100",
        "Dear Oliver,\n\n"
        "Thank you for call-off CO-260-01, the 1,000 pcs are planned on line 2 for week 22.\n\n"
        "For your information: we have taken your AW25 forecast of 8,000 pcs as a confirmed order for the season, "
        "so we have already booked the yarn for 8,000 pcs with our spinner in Covilha. This way the fabric for the "
        "next call-offs is secured and the price is fixed until December.\n\n"
        "Com os melhores cumprimentos / Best regards,\nAna Ribeiro\nSales Manager\nConfeccoes Minho, Lda. - "
        "Barcelos, Portugal\n+351 253 808 410\n\n"
        "From: Oliver Pratt\nSent: 23 April 2024 15:02\n" + quote_lines(_co) + "\n",
        in_reply_to="<co26001@harrowgate-finch.co.uk>"),
})

# p28: BD supplier: roll into bulk once the PP is approved
_note = (
    "PO 88-20460 NOTE FIELD: SAMPLE LINE ONLY - 9 PP SAMPLES. PRODUCTION QTY 6,000 EA NOT RELEASED.\n"
    "PRODUCTION RELEASE ONLY AFTER PP SIGN-OFF BY CCS QA AND A WRITTEN RELEASE SIGNED BY\n"
    "D. RAMIREZ, VP SOURCING.\n"
)
case("p28_bd_roll_into_bulk_us", ["RG007"],
     "supplier: 'once you approve the PP sample we will roll into bulk 6,000 immediately'; quoted PO note requires a separate written release", {
    "CCS-SHT-220_PP_update.eml": mail(
        "Shahnaz Parvin <shahnaz@karnaphuli-apparels.com>", "Jide Okafor <j.okafor@cobaltcourt.com>",
        "CCS-SHT-220 shooting shirt / PP update", "Tue, 30 Apr 2024 19:20:00 +0600",
        "Dear Jide,\n\n"
        "Greetings from Karnaphuli. The 9 PP samples of CCS-SHT-220 have been handed over to DHL today, tracking "
        "8812 4471 90.\n\n"
        "Please note, once you approve the PP sample we will roll into bulk 6,000 pcs immediately to keep the "
        "ex-factory 15 July. Our line 7 is reserved for you from 13 May.\n\n"
        "Your PO note for reference:\n" + quote_lines(_note) + "\n\n"
        "Best regards,\nShahnaz Parvin\nMerchandiser\nKarnaphuli Apparels Ltd., CEPZ, Chattogram\n+880 1819 220 415\n"),
})

# p29: buyer contradicts the written-release rule, and uses a different quantity
_po = (
    "RT-PO-77420 (RT-HZ-715 quarter-zip): 12 SMS pcs only. The bulk 3,400 pcs stays on hold until SMS sign-off\n"
    "by Ridgeline QA and a written release from Dana Whitfield, Director of Sourcing.\n"
)
_portal29 = html_page("RT-PO-77420 | Ridgeline vendor portal", """
<div style="background:#0b3d2e;color:#fff;padding:6px">Ridgeline Teamwear &middot; Vendor portal &middot; Saigon Thread Garment Co., Ltd.</div>
<h2>Purchase order RT-PO-77420</h2>
<table>
<tr><th>Style</th><td>RT-HZ-715 quarter-zip, 260 gsm brushed back poly</td></tr>
<tr><th>Line 1 (sample)</th><td>12 SMS pcs &ndash; Black / Heather Navy, S&ndash;XL</td></tr>
<tr><th>Bulk</th><td>3,400 pcs &ndash; on hold, not released</td></tr>
<tr><th>Unlock</th><td>SMS sign-off by Ridgeline QA, then a written release</td></tr>
<tr><th>Release authority</th><td>Dana Whitfield, Director of Sourcing</td></tr>
</table>
""")
case("p29_us_no_paperwork_3600_vn", ["RG007", "RG011"],
     "buyer: if QA signs off the SMS you're 'good for the 3,600', no need to wait for Dana's paperwork - contradicts written release and the PO's 3,400", {
    "RT-HZ-715_timing.eml": mail(
        "Marcus Bell <marcus.bell@ridgelineteamwear.com>", "Nguyen Thi Thu Ha <ha.nguyen@saigonthread.vn>",
        "RT-HZ-715 timing", "Fri, 26 Apr 2024 17:35:00 -0700",
        "Hi Ms. Ha,\n\n"
        "Quick one on timing for the quarter-zip. Our QA will look at the SMS on Tuesday. If QA signs them off, "
        "consider yourselves good for the 3,600 - no need to wait for paperwork from Dana, she's travelling in "
        "Europe for two weeks and we can't lose the slot.\n\n"
        "For reference, the PO text (portal view attached):\n" + quote_lines(_po) + "\n\n"
        "Thanks!\nMarcus\n"
        + sig("Marcus Bell", "Senior Buyer", "Ridgeline Teamwear Inc., Portland OR", "+1 503 555 0144"),
        attachments=[("RT-PO-77420_portal_view.html", _portal29, "text/html")]),
})

# p31: UK buyer: as usual, roll into bulk once the PP is fine
case("p31_uk_as_usual_roll_bd", ["RG007"],
     "buyer: 'as usual, once the PP is fine just roll straight into the 2,400' - sample approval treated as release, no recorded auto-conversion; PO says written release by Fiona Marsh", {
    "HF-W-TOP-0318_PP_timing.eml": mail(
        "Oliver Pratt <oliver.pratt@harrowgate-finch.co.uk>", "Shahnaz Parvin <shahnaz@karnaphuli-apparels.com>",
        "HF-W-TOP-0318 vest top - PP timing", "Mon, 29 Apr 2024 13:12:00 +0100",
        "Hi Shahnaz,\n\n"
        "Thanks for the PP dispatch details. Priya will review the 4 PP samples on Thursday.\n\n"
        "To keep things moving: as usual, once the PP is fine you can just roll straight into the 2,400 bulk, "
        "we don't want to lose your line over the bank holiday.\n\n"
        "The PO wording is unchanged for the file: HF-PO-551520 covers the 4 PP samples; bulk 2,400 pcs not "
        "released until PP sample sign-off and a written release from Fiona Marsh, Head of Buying.\n\n"
        "Kind regards,\nOliver\n"
        + sig("Oliver Pratt", "Assistant Buyer - Womenswear Jersey", "Harrowgate & Finch plc", "+44 113 496 0718")),
})

# p32: WhatsApp: Turkish supplier claims a phone agreement that sample approval starts production
case("p32_whatsapp_phone_agreement_tr_de", ["RG007"],
     "chat: supplier 'as agreed on phone, SMS approval = start of production 5.000' - unrecorded auto-conversion; buyer's written scope needs a written release by Jana Hoffmann", {
    "WhatsApp_Chat_Ege_Nordkamm.txt": whatsapp([
        ("09/04/2024", "11:20", "Tobias Brenner (Nordkamm)", "Merhaba Burak, PO 4500019555 for NK-25-560 track pant is sent. 12 SMS only"),
        ("09/04/2024", "11:21", "Tobias Brenner (Nordkamm)", "Bulk 5.000 pcs is not released until SMS sign-off and a written release by Jana Hoffmann"),
        ("09/04/2024", "11:40", "Burak Yilmaz (Ege Tekstil)", "Noted Tobias bey 👍"),
        ("24/04/2024", "18:02", "Burak Yilmaz (Ege Tekstil)", "Tobias bey, SMS are with DHL, arrive Friday"),
        ("24/04/2024", "18:03", "Burak Yilmaz (Ege Tekstil)", "As we agreed on the phone yesterday, SMS approval = start of production for the 5.000 pcs. We prepare the line for 6 May"),
        ("24/04/2024", "18:03", "Burak Yilmaz (Ege Tekstil)", "Iyi aksamlar 🙏"),
    ]),
})

# p33: VN supplier order confirmation: automatic start on SMS approval and deposit
_oc = pdf([
    ("h1", "HOA SEN SPORTSWEAR JSC"),
    ("p", "Lot 12, Nhon Trach 2 Industrial Park, Dong Nai, Viet Nam"),
    ("h", "ORDER CONFIRMATION OC-HS-24-0190"),
    ("table", [
        ["Customer", "Maple Peak Outfitters Ltd., Vancouver"],
        ["Customer PO", "MP-PO-2024-0690"],
        ["Style", "MP-SK-510 insulated ski pant"],
        ["Date", "24/04/2024"],
    ]),
    ("sp",),
    ("table", [
        ["Item", "Qty", "Unit USD", "Ex-factory"],
        ["SMS", "18 pcs", "48.00", "17/05/2024"],
        ["Bulk", "2,600 pcs", "27.40", "20/08/2024"],
    ]),
    ("sp",),
    ("p", "Terms: Bulk production will commence automatically upon buyer's SMS approval and receipt of 30% deposit. "
          "Balance 70% against copy of B/L."),
    ("p", "Confirmed by: Le Minh Tuan, Sales Manager"),
], title="OC-HS-24-0190", author="Hoa Sen Sportswear")
_scope = (
    "Hi Tuan,\nMP-PO-2024-0690 covers 18 SMS only. The bulk of 2,600 pcs is not released until our SMS\n"
    "sign-off and my written release.\nSarah Lin, Production Manager\n"
)
case("p33_vn_oc_auto_start_ca", ["RG007", "RG012"],
     "supplier OC: bulk 'will commence automatically upon buyer's SMS approval and receipt of 30% deposit'; buyer's scope needs Sarah Lin's written release", {
    "OC-HS-24-0190_MP-SK-510.eml": mail(
        "Le Minh Tuan <tuan.le@hoasensport.vn>", "Sarah Lin <sarah.lin@maplepeak.ca>",
        "RE: MP-PO-2024-0690 - order confirmation OC-HS-24-0190", "Wed, 24 Apr 2024 16:45:00 +0700",
        "Dear Sarah,\n\n"
        "Thank you for your PO. Please find attached our order confirmation. As usual, when the SMS are approved "
        "and the deposit arrives we start the bulk right away, no need to send more documents.\n\n"
        "Best regards,\nLe Minh Tuan\nSales Manager - Hoa Sen Sportswear JSC\n+84 251 3569 880\n\n"
        "On 22/04/2024, Sarah Lin wrote:\n" + quote_lines(_scope) + "\n",
        attachments=[("OC-HS-24-0190.pdf", _oc, PDF_MT)], in_reply_to="<mppo20240690@maplepeak.ca>"),
})

# p34: German buyer: forecast to be treated as firm
case("p34_de_forecast_firm_bd", ["RG008"],
     "buyer writes the AW25 forecast of 9.600 Stueck as 'firm ... our commitment for the season'; SMS PO scope is otherwise complete", {
    "NK-25-610_forecast.eml": mail(
        "Jana Hoffmann <jana.hoffmann@nordkamm-sport.de>", "Md. Rafiqul Islam <rafiq@meghnaknit.com.bd>",
        "NK-25-610 Thermo-Longsleeve / SMS PO and AW25 volume", "Thu, 18 Apr 2024 10:25:00 +0200",
        "Dear Rafiq,\n\n"
        "thank you for the visit last week, it was good to see the new knitting hall.\n\n"
        "1) PO 4500019600 is for 24 SMS of NK-25-610 only. The bulk is not released; it will be released after "
        "SMS sign-off by our product team, with a written release signed by me.\n\n"
        "2) Our AW25 forecast for this style is 9.600 Stueck. Please treat this forecast as firm - it is our "
        "commitment for the season and you can plan your capacity on it.\n\n"
        "Viele Gruesse / Kind regards\nJana Hoffmann\nHead of Sourcing\nNordkamm Sport GmbH, Herzogenaurach\n"),
})

# p35: folder: labelled forecast + supplier PI that calls it a confirmed order, start on advance payment
_fc_rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td style='text-align:right'>{c}</td><td>{d}</td></tr>\n" for a, b, c, d in [
    ("LA-HPJ-02", "Reversible practice jersey", "6,000", "Sep 2024"),
    ("LA-SOC-11", "Hockey sock", "9,000", "Sep 2024"),
])
case("p35_forecast_vs_pi_ca_lk", ["RG008", "RG012"],
     "bundle: buyer forecast page labelled non-binding; supplier PI turns the 6,000 forecast into 'CONFIRMED ORDER' and starts bulk on receipt of advance", {
    "Lakeshore_forecast_Q3.html": html_page("Lakeshore Athletic - Q3 forecast", f"""
<h2>Lakeshore Athletic Co. &ndash; supplier forecast Q3 2024</h2>
<p class="note">Forecast for capacity planning only. Not a purchase order. Non-binding. Production and material
purchases require a Lakeshore purchase order.</p>
<table><tr><th>Style</th><th>Description</th><th>Forecast pcs</th><th>Month</th></tr>
{_fc_rows}</table>
<p>Supplier: Lanka Active Knits (Pvt) Ltd &middot; Published 05/04/2024 by Kevin O'Neill</p>
"""),
    "PI_LAK-PI-24-077.pdf": pdf([
        ("h1", "LANKA ACTIVE KNITS (PVT) LTD"),
        ("p", "Biyagama Export Processing Zone, Walgama, Malwana, Sri Lanka"),
        ("h", "PROFORMA INVOICE LAK-PI-24-077"),
        ("table", [
            ["Buyer", "Lakeshore Athletic Co., 400 Front St W, Toronto ON"],
            ["Reference", "Forecast Q3 2024 dated 05/04/2024"],
            ["Date", "12/04/2024"],
        ]),
        ("sp",),
        ("table", [
            ["Style", "Description", "Qty", "USD/pc", "Amount USD"],
            ["LA-HPJ-02", "Reversible practice jersey", "6,000", "7.40", "44,400.00"],
        ]),
        ("sp",),
        ("p", "Status: forecast quantity 6,000 pcs - CONFIRMED ORDER."),
        ("p", "Payment: 30% advance (USD 13,320.00) by T/T, 70% against documents. Bulk production starts upon "
              "receipt of the advance payment."),
        ("p", "Bank: Commercial Bank of Ceylon, Biyagama branch, SWIFT CCEYLKLX."),
        ("p", "Chaminda Fernando, Director - Merchandising"),
    ], title="PI LAK-PI-24-077", author="Lanka Active Knits"),
})

# p36: ERP forecast printout marked FIRM / commitment
case("p36_erp_forecast_firm_us", ["RG008"],
     "buyer ERP forecast report prints the Q3 forecast 4,800 with STATUS FIRM - 'supplier to treat as purchase commitment'; SMS scope complete", {
    "CCS_forecast_commitment_report.txt": """\
COBALT COURT SPORTS LLC          SUPPLIER FORECAST / COMMITMENT REPORT          RUN 04/22/2024
VENDOR 4410 KARNAPHULI APPARELS LTD                                          PAGE 1 OF 1
------------------------------------------------------------------------------------------
ITEM         DESCRIPTION              PERIOD    FCST QTY   STATUS   OPEN PO     PO QTY
CCS-WU-260   WARM-UP JACKET           Q3-2024      4,800   FIRM     88-20471    24 SMS
------------------------------------------------------------------------------------------
STATUS LEGEND:  FIRM = SUPPLIER TO TREAT AS PURCHASE COMMITMENT
                PLAN = INDICATIVE
------------------------------------------------------------------------------------------
PO 88-20471: SAMPLE LINE 24 SMS ONLY. PRODUCTION NOT RELEASED - DO NOT START. PRODUCTION
RELEASE ONLY AFTER SMS SIGN-OFF BY CCS QA AND A WRITTEN RELEASE SIGNED BY D. RAMIREZ,
VP SOURCING.
------------------------------------------------------------------------------------------
PLANNER: T. NGUYEN   312-555-0177
""",
})

# p37: Aussie chat: "it's only a forecast but lock it in"
case("p37_whatsapp_lock_it_in_au_vn", ["RG008"],
     "chat: buyer says the 10k is a forecast 'but lock it in, it's basically an order'; SMS scope complete", {
    "WhatsApp_Chat_SA-RUN-88.txt": whatsapp([
        ("15/04/2024", "09:05", "Rebecca Doyle (Southerly Active)", "Hi Tuan! PO SA-PO-30720 for the SA-RUN-88 running singlet is through. 12 SMS only please"),
        ("15/04/2024", "09:06", "Rebecca Doyle (Southerly Active)", "Bulk isn't released - it stays on hold until we sign off the SMS and I send you a written release"),
        ("15/04/2024", "09:30", "Le Minh Tuan (Hoa Sen)", "Thank you Bec. For capacity, how many pcs for bulk season?"),
        ("15/04/2024", "09:41", "Rebecca Doyle (Southerly Active)", "Forecast is 10k across 3 drops"),
        ("15/04/2024", "09:42", "Rebecca Doyle (Southerly Active)", "It's only a forecast on paper but lock it in, it's basically an order. We've never come in under on this one"),
        ("15/04/2024", "09:50", "Le Minh Tuan (Hoa Sen)", "Ok noted 10k 👍"),
    ]),
})


# ================================================================== RISKS, batch 5

# p38: DOCX status sheet: "released" for pattern, PO and bulk
case("p38_status_sheet_released_au_lk", ["RG009"],
     "status sheet uses 'released' for the graded pattern (technical), the PO in SAP (commercial) and bulk (production); scope itself complete", {
    "SA-SKT-205_status_sheet.docx": docx_bytes([
        ("h1", "Southerly Active - style status sheet SA-SKT-205"),
        ("p", "Style: SA-SKT-205 women's tennis skort with inner short. Supplier: Kandy Apparel (Pvt) Ltd."),
        ("table", [
            ["Item", "Status", "Date", "Owner"],
            ["Graded pattern", "RELEASED to factory", "02/04/2024", "Tech design"],
            ["PO SA-PO-30744 (8 PP samples)", "RELEASED in SAP", "05/04/2024", "J Kerr"],
            ["Bulk 3,000 pcs", "NOT RELEASED", "-", "R Doyle"],
            ["Trims card", "sent", "08/04/2024", "J Kerr"],
        ]),
        ("p", "Active quantity: the 8 PP samples on SA-PO-30744 (Navy and White, sizes 8/10/12/14)."),
        ("p", "Bulk: the 3,000 pcs is on hold. Bulk release after PP sample sign-off, in writing from Rebecca Doyle, "
              "Sourcing Manager."),
        ("p", "Notes: inner short fabric 160 gsm poly/spandex, ball pocket both legs; waistband 5 cm with silicone "
              "gripper."),
    ], author="Southerly Active"),
})

# p39: PDF sample evaluation form: "APPROVED - proceed" + PO "approved"
case("p39_eval_form_approved_ca_vn", ["RG002", "RG009"],
     "evaluation form: 'Decision: Approved - proceed' without scope, and 'approved' also used for the PO by finance; hold/event/person present", {
    "MP_sample_evaluation_MP-SH-118.pdf": pdf([
        ("h1", "Maple Peak Outfitters - Sample evaluation"),
        ("table", [
            ["Style", "MP-SH-118 trail running short"],
            ["Supplier", "Saigon Thread Garment Co., Ltd."],
            ["Sample type", "SMS (PO MP-PO-2024-0702, 18 pcs)"],
            ["Evaluated by", "QA - Jordan Mackie"],
            ["Date", "April 19, 2024"],
        ]),
        ("sp",),
        ("table", [
            ["Check", "Result", "Comment"],
            ["Measurements", "OK", "inseam 13 cm in tolerance"],
            ["Fabric hand / colour", "OK", "Black and Glacier within standard"],
            ["Liner", "OK", "brief liner comfortable, no chafe points"],
            ["Reflective trims", "OK", "3M 8910 adhesion pass"],
        ]),
        ("sp",),
        ("p", "Decision: Approved - proceed."),
        ("p", "Commercial: PO MP-PO-2024-0702 approved by Finance on 04/15."),
        ("p", "Bulk: 2,200 pcs on hold. Bulk release only after SMS sign-off and a written release from Sarah Lin, "
              "Production Manager."),
    ], title="Sample evaluation MP-SH-118", author="Maple Peak Outfitters", pagesize=LETTER),
})

# p40: US buyer: "approval" for fit, costing and the production quantity
_t40 = (
    "Hi Shahnaz,\n\n"
    "Quick recap so everyone's on the same page:\n\n"
    "- You have our approval on the fit (thanks for turning the second round so fast).\n"
    "- Costing has approval from our finance team at USD 14.60 FOB.\n"
    "- For now, only the 6 PP samples on RT-PO-77450 should be made.\n"
    "- You'll get my approval for the 1,800 in writing after the PP sample sign-off. The 1,800 is not released "
    "until then.\n\n"
    "Best,\nDana\n"
    + sig("Dana Whitfield", "Director of Sourcing", "Ridgeline Teamwear Inc., Portland OR", "+1 503 555 0101"))
case("p40_us_approval_three_ways_bd", ["RG009"],
     "buyer uses 'approval' for the fit (technical), the costing (commercial) and the 1,800 (production release); scope complete", {
    "RT-PKJ-410_where_we_are.eml": mail(
        "Dana Whitfield <dana.whitfield@ridgelineteamwear.com>", "Shahnaz Parvin <shahnaz@karnaphuli-apparels.com>",
        "RT-PKJ-410 packable jacket - where we are", "Tue, 23 Apr 2024 10:50:00 -0700",
        _t40, html=html_of(_t40)),
})

# p41: PDF release letter: "released" three ways and Drop 1 never quantified
case("p41_drop1_release_no_qty_uk_bd", ["RG009", "RG010"],
     "release letter releases 'Drop 1' without its quantity; 'released' used for PP sample, PO and production; drops 2-3 held with event + Gareth Hughes", {
    "PTW-TT-12_release_drop1.pdf": pdf([
        ("h1", "Pennine Teamwear Ltd"),
        ("p", "Unit 4, Bradley Business Park, Huddersfield HD2 1GN"),
        ("h", "Production release - PTW-TT-12 club training top, Drop 1"),
        ("table", [
            ["To", "Meghna Knit Composite Ltd., Gazipur - Md. Rafiqul Islam"],
            ["PO", "PT-4520 (three delivery drops of different size, see delivery plan)"],
            ["Date", "24/04/2024"],
        ]),
        ("sp",),
        ("p", "1. The PP sample is released (sign-off on 12/04/2024, report PT-QA-118)."),
        ("p", "2. PO PT-4520 is released by our finance department."),
        ("p", "3. We hereby release Drop 1 for production, ex-factory 14/06/2024."),
        ("p", "4. Drops 2 and 3 remain on hold until our sell-through review in July and a further written release "
              "from Gareth Hughes, Purchasing Manager."),
        ("p", "Gareth Hughes"),
    ], title="Release Drop 1 PTW-TT-12", author="Pennine Teamwear"),
})

# p42: UK buyer: proceed with the PP samples, no count
_t42 = (
        "Hi Ana,\n\n"
        "Thanks for the revised fit - all comments have been picked up.\n\n"
        "Please proceed with the PP samples in all three colourways (Black, Oat, Moss), sizes as per the H&F size "
        "set, in bulk-quality fabric from the mill's pre-production yardage.\n\n"
        "The bulk of 3,000 pcs stays on hold until PP sample sign-off and a written release from Fiona Marsh, Head "
        "of Buying.\n\n"
        "Kind regards,\nOliver\n"
        + sig("Oliver Pratt", "Assistant Buyer - Womenswear Jersey", "Harrowgate & Finch plc", "+44 113 496 0718"))
case("p42_uk_pp_no_count_pt", ["RG010"],
     "buyer asks to proceed with PP samples 'in all three colourways, sizes as per the size set' - no number anywhere; hold/event/person complete", {
    "HF-W-SWT-0640_PP_request.eml": mail(
        "Oliver Pratt <oliver.pratt@harrowgate-finch.co.uk>", "Ana Ribeiro <ana.ribeiro@confminho.pt>",
        "HF-W-SWT-0640 - PP samples", "Wed, 24 Apr 2024 11:35:00 +0100",
        _t42, html=html_of(_t42)),
})

# p44: email says 36 SMS, attached PO says 24
_po = pdf([
    ("h1", "Southerly Active Pty Ltd"),
    ("h", "PURCHASE ORDER SA-PO-30760 - SMS"),
    ("table", [
        ["Supplier", "Hoa Sen Sportswear JSC, Nhon Trach 2 IP, Dong Nai"],
        ["Style", "SA-WB-044 wind breaker, packable"],
        ["Date", "22/04/2024"],
    ]),
    ("sp",),
    ("table", [
        ["Colour", "S", "M", "L", "XL", "Total"],
        ["Black", "2", "2", "2", "2", "8"],
        ["Teal", "2", "2", "2", "2", "8"],
        ["Sand", "2", "2", "2", "2", "8"],
        ["SMS total", "", "", "", "", "24"],
    ]),
    ("sp",),
    ("p", "Bulk 3,600 pcs not released. Bulk release only after SMS sign-off by Southerly QA and a written release "
          "from Rebecca Doyle, Sourcing Manager."),
], title="SA-PO-30760", author="Southerly Active")
case("p44_body_36_vs_po_24_au_vn", ["RG011"],
     "email body asks for 36 SMS; the attached PO's grid and total say 24", {
    "SA-WB-044_SMS_PO.eml": mail(
        "Josh Kerr <josh.kerr@southerlyactive.com.au>", "Le Minh Tuan <tuan.le@hoasensport.vn>",
        "SA-WB-044 SMS PO", "Mon, 22 Apr 2024 14:02:00 +1000",
        "Hey Tuan,\n\nPO attached for the wind breaker SMS - 36 pcs across the 3 colours please, our sales team "
        "want a full set for each state rep. Need them in Melbourne by 24 May.\n\nCheers,\nJosh\n"
        + sig("Josh Kerr", "Production Coordinator", "Southerly Active Pty Ltd, Melbourne", "+61 3 9555 0150"),
        attachments=[("SA-PO-30760.pdf", _po, PDF_MT)]),
})

# p45: full-quantity PO whose grid does not add up to the stated total
case("p45_full_po_grid_mismatch_de_tr", ["RG011"],
     "full-quantity PO says 1.200 Stueck in header and total, but the colour/size grid adds up to 1.180", {
    "Bestellung_4100023412.pdf": pdf([
        ("h1", "Alpenlaeufer Outdoor GmbH"),
        ("p", "Landsberger Str. 302, 80687 Muenchen"),
        ("h", "Bestellung / Purchase order 4100023412"),
        ("table", [
            ["Lieferant", "Ege Tekstil Konfeksiyon A.S., Izmir"],
            ["Artikel", "AL-M-HYB-40 hybrid insulated vest (carry-over, gold seal 2023)"],
            ["Bestellmenge / order qty", "1.200 Stueck"],
            ["Liefertermin", "KW 30, FCA Izmir"],
        ]),
        ("sp",),
        ("table", [
            ["Farbe / colour", "S", "M", "L", "XL", "XXL", "Summe"],
            ["Schwarz", "100", "180", "160", "100", "60", "600"],
            ["Moorgruen", "90", "170", "160", "100", "60", "580"],
            ["Gesamt / total", "", "", "", "", "", "1.200"],
        ]),
        ("sp",),
        ("p", "This is the full order quantity for the season; no further quantity is planned. Please proceed with "
              "the 1.200 pcs. Preis EUR 21,80 / Stueck."),
        ("p", "Florian Eder, Einkauf"),
    ], title="PO 4100023412", author="Alpenlaeufer Outdoor GmbH"),
})

# p46: DOCX: "fifteen (12)"
case("p46_words_vs_digits_ca_lk", ["RG011"],
     "SMS request says 'fifteen (12)' and later '3 per size x 4 sizes'; words and digits conflict", {
    "LA-TK-300_SMS_request.docx": docx_bytes([
        ("h1", "Lakeshore Athletic Co. - SMS request"),
        ("p", "To: Lanka Active Knits (Pvt) Ltd, Biyagama - attn. Chaminda Fernando"),
        ("p", "Style: LA-TK-300 team track jacket, brushed tricot, full zip, contrast piping."),
        ("p", "PO LA-PO-24-0131: please produce fifteen (12) SMS pcs in colour Navy/Gold."),
        ("table", [
            ["Size", "S", "M", "L", "XL"],
            ["SMS pcs", "3", "3", "3", "3"],
        ]),
        ("p", "The bulk for the team programme (2,000 pcs) is not released. It can be released only after SMS "
              "sign-off by our product team, with a written release from Kevin O'Neill, VP Product Supply."),
        ("p", "Ship to: Lakeshore Athletic Co., 400 Front St W, Toronto ON M5V 3A8."),
    ], author="Lakeshore Athletic"),
})

# p47: WhatsApp: 20 SMS, then "all 24 SMS"
case("p47_whatsapp_20_then_24_us_bd", ["RG011"],
     "chat: buyer orders 20 SMS on the PO, later asks that 'all 24 SMS ship Friday' without any change; production hold complete", {
    "WhatsApp_Chat_CCS_Meghna.txt": whatsapp([
        ("01/04/2024", "08:10", "Jide Okafor (Cobalt Court)", "Hi Tanvir, PO 88-20480 for CCS-SW-310 shooting sleeve is out. 20 SMS pcs"),
        ("01/04/2024", "08:11", "Jide Okafor (Cobalt Court)", "Production 4,000 is not released until SMS sign-off by CCS QA and a written release from D. Ramirez"),
        ("01/04/2024", "09:30", "Tanvir (Meghna Knit)", "Dear Jide, noted with thanks 🙏"),
        ("18/04/2024", "16:45", "Jide Okafor (Cobalt Court)", "Tanvir pls make sure all 24 SMS ship Friday, our sales team needs them for the Vegas show"),
        ("18/04/2024", "17:02", "Tanvir (Meghna Knit)", "Ok Jide, we will try our best"),
    ]),
})

# p48: forwarded release (rfc822) says 800, the forwarding note says 1,000
_rel = mail(
    "Jana Hoffmann <jana.hoffmann@nordkamm-sport.de>", "Tobias Brenner <tobias.brenner@nordkamm-sport.de>",
    "Release R-1 NK-25-615", "Mon, 29 Apr 2024 08:30:00 +0200",
    "Tobias,\n\nplease pass on to Meghna: release R-1 for NK-25-615 Thermo-Longsleeve, PO 4500019640 rev. 1.\n\n"
    "Released for production: 800 pcs (Black 500, Petrol 300), based on the SMS sign-off of 25.04.\n"
    "Remaining 2.200 pcs on hold until the next written release from me after the sell-through review in June.\n"
    "Material: fabric and trims for the 800 pcs only.\n\nJana\n",
    msgid="<relr1-nk25615@nordkamm-sport.de>")
case("p48_fwd_release_800_vs_1000_de_bd", ["RG011"],
     "forwarded release (message/rfc822) releases 800 pcs; the forwarding buyer tells the supplier to proceed with '1,000 pcs released'", {
    "Fwd_Release_R-1_NK-25-615.eml": mail(
        "Tobias Brenner <tobias.brenner@nordkamm-sport.de>", "Md. Rafiqul Islam <rafiq@meghnaknit.com.bd>",
        "Fwd: Release R-1 NK-25-615", "Mon, 29 Apr 2024 09:05:00 +0200",
        "Hi Rafiq,\n\nsee Jana's release below - please proceed with the 1,000 pcs released. Size split follows "
        "from our planning team today.\n\nBest regards\nTobias\n\nTobias Brenner | Buyer | Nordkamm Sport GmbH\n",
        cc="Jana Hoffmann <jana.hoffmann@nordkamm-sport.de>", attachments=[("rfc822", _rel)]),
})

# p49: buyer: deposit wired, clear to start the bulk
_scope = (
    "Hi Rafiq,\nMP-PO-2024-0715 (MP-PF-220 puffer jacket) covers 12 SMS only. The 2,400 pcs bulk stays on hold\n"
    "until SMS sign-off by our QA and my written release.\nSarah\n"
)
case("p49_ca_deposit_clear_to_start_bd", ["RG012"],
     "buyer: 'deposit wired this morning - you're clear to start the 2,400 bulk' - payment used as the trigger instead of the SMS sign-off", {
    "MP-PF-220_deposit.eml": mail(
        "Sarah Lin <sarah.lin@maplepeak.ca>", "Md. Rafiqul Islam <rafiq@meghnaknit.com.bd>",
        "MP-PF-220 - deposit", "Fri, 26 Apr 2024 08:20:00 -0700",
        "Hi Rafiq,\n\n"
        "Our finance team wired the 30% deposit (USD 21,600) this morning, reference MPO-DEP-0426. With the deposit "
        "in, you're clear to start the 2,400 bulk.\n\n"
        "SMS are still with our QA, comments early next week.\n\n"
        "Thanks,\nSarah\n"
        + sig("Sarah Lin", "Production Manager", "Maple Peak Outfitters Ltd., Vancouver BC", "+1 604 555 0110")
        + "\n> On Apr 8, 2024, Sarah Lin wrote:\n" + quote_lines(_scope) + "\n",
        in_reply_to="<mppo20240715@maplepeak.ca>"),
})

# p50: BD supplier: PO acceptance + LC copy -> production starts
_scope = (
    "Rafiq - PT-4533 covers the 6 PP samples of PTW-HD-21 and gives commercial cover for the bulk 3,000 pcs so\n"
    "you can open the back-to-back LC. The bulk is not released until we sign off the PP samples and I send a\n"
    "written release. Gareth Hughes, Purchasing Manager\n"
)
case("p50_bd_po_accept_lc_start_uk", ["RG012"],
     "supplier: PO accepted on portal and LC copy received, 'therefore production of the 3,000 pcs starts 13 May' - PO acceptance/LC read as production authority", {
    "PTW-HD-21_production_plan.eml": mail(
        "Md. Rafiqul Islam <rafiq@meghnaknit.com.bd>", "Gareth Hughes <gareth.hughes@pennineteamwear.co.uk>",
        "RE: PT-4533 PTW-HD-21 club hoodie - production plan", "Sat, 27 Apr 2024 12:40:00 +0600",
        "Dear Gareth,\n\n"
        "Greetings from Meghna Knit!\n\n"
        "We have accepted your PO PT-4533 on your supplier portal and we received the LC copy from your bank "
        "yesterday. Therefore production of the 3,000 pcs starts on 13 May on line 5, and we will share the daily "
        "production report from that day.\n\n"
        "PP samples (6 pcs) will be dispatched on Tuesday.\n\n"
        "Thanks & regards,\nMd. Rafiqul Islam\nMerchandising Manager\nMeghna Knit Composite Ltd., Gazipur\n\n"
        "-----Original Message-----\nFrom: Gareth Hughes\nSent: 17 April 2024 10:05\n" + quote_lines(_scope) + "\n",
        in_reply_to="<pt4533@pennineteamwear.co.uk>"),
})


# =================================================================== MAIN


def _stem(fn):
    s = fn.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(132132).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for pos, idx in enumerate(order, start=1):
        c = CASES[idx]
        first = next(iter(c["files"]))
        folder = f"h132_{pos:02d}_{_stem(first)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"].items():
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean) -> {OUT}")


if __name__ == "__main__":
    main()
