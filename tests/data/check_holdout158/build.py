#!/usr/bin/env python3
"""Generator for the releasegate check_holdout158 corpus (retail displays and signage).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout158/build.py

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
    m["Message-ID"] = msgid or f"<h158-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h158")
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




def q(text, depth=1):
    """Quote a block of text email-style ('> ')."""
    pre = "> " * depth
    return "\n".join((pre + line).rstrip() for line in text.strip("\n").split("\n"))


def wa(lines):
    """WhatsApp-style export: list of (date, time, name, text)."""
    return "\n".join(f"[{d}, {t}] {n}: {x}" for d, t, n, x in lines) + "\n"


def teams(title, lines):
    """Teams chat export: list of (name, stamp, text)."""
    out = [f"Chat export: {title}", "Exported from Microsoft Teams", "=" * 60, ""]
    for n, s, x in lines:
        out.append(f"{n}  {s}")
        out.append(x)
        out.append("")
    return "\n".join(out)


# ===================================================================== CASES
# Descriptive names: cNN = clean (expect []), pNN = with risks. Folder names are neutral.


# ------------------------------------------------------------------ batch 1
# c01 PDF PO with store table, UK retailer -> Chinese maker; all four scope items present.
case("c01_uk_fsdu_pilot_po", [],
     "sample PO: 6 prototypes active, roll-out ~240 labelled forecast and not released, unlock = pilot-store sign-off + written release by Olivia Pritchard, sample-only material",
     [("HF-PO-240417.pdf", pdf([
         ("h1", "PURCHASE ORDER HF-PO-240417"),
         ("p", "Harrow & Finch Ltd, Visual Merchandising & Store Design, 212 Marylebone Road, London NW1 6JQ, United Kingdom. VAT GB 284 1190 52."),
         ("p", "Supplier: Shenzhen Brightway Display Co., Ltd., Bao'an District, Shenzhen 518101, China. Attn: Ms Lily Chen, Sales Manager. Supplier no. 700318."),
         ("p", "Order date: 17 April 2024. Your quotation: BW-Q-0388 dated 9 April 2024. Currency: USD. Incoterms: DAP London (DC Park Royal)."),
         ("h", "Item"),
         ("p", "FSDU-HF-SPR24 - free-standing display unit, Spring Fragrance campaign, MDF carcass with 2 acrylic shelves, "
               "printed header 600 x 250 mm, LED light pocket, flat-pack. Drawing HF-VM-2207 Rev C."),
         ("h", "Scope of this order"),
         ("p", "This PO covers 6 (six) prototype display units for the pilot stores listed below and nothing else. "
               "The roll-out quantity shown in your quotation BW-Q-0388 (approx. 240 units) is a forecast only; it is not "
               "released and must not be started. Material authority: sample-only - please buy material for the 6 prototypes only."),
         ("p", "The roll-out will be released, if at all, only by a written release signed by Olivia Pritchard, Head of Visual "
               "Merchandising, after the pilot-store sign-off at the end of the four-week store trial."),
         ("h", "Per-store allocation (pilot stores)"),
         ("table", [["Store no.", "Store", "Delivery address", "Qty"],
                    ["001", "Oxford Street", "318 Oxford St, London W1C 1HF", "1"],
                    ["014", "Manchester Arndale", "Unit 14, Arndale Centre, M4 3AQ", "1"],
                    ["022", "Edinburgh Princes St", "48 Princes St, EH2 2YJ", "1"],
                    ["031", "Bristol Cabot Circus", "Unit 31, Cabot Circus, BS1 3BX", "1"],
                    ["040", "Leeds Trinity", "Trinity Leeds, LS1 5AY", "1"],
                    ["052", "Birmingham Bullring", "Bullring, B5 4BU", "1"],
                    ["", "", "Total prototypes", "6"]]),
         ("sp",),
         ("table", [["Line", "Part", "Qty", "Unit price USD", "Amount USD"],
                    ["10", "FSDU-HF-SPR24 prototype", "6", "385.00", "2,310.00"],
                    ["20", "Air freight, kitted per store", "1 lot", "640.00", "640.00"],
                    ["", "", "", "Total", "2,950.00"]]),
         ("sp",),
         ("p", "Delivery: units to arrive at DC Park Royal by 24 May 2024, each kitted and labelled with store number. "
               "Assembly instructions in English, one A4 sheet per unit."),
         ("p", "Payment: 60 days from end of month of invoice. Our standard terms of purchase (HF-T&C-2023) apply."),
         ("p", "Buyer: Tom Ashdown, Procurement - Non-Merchandise. tom.ashdown@harrowfinch.co.uk, +44 20 7946 0312"),
     ], title="HF-PO-240417", author="Harrow & Finch Procurement"))])

# c02 HTML supplier-portal quote with tiers, no authorization in the bundle.
case("c02_cn_quote_portal_tiers", [],
     "supplier quote page alone: prototype/pilot/production tiers, no authorizing document in the bundle",
     [("LS-Q-24-0917.html", html_page("Quotation LS-Q-24-0917 - Xiamen Lumensign", """
<h2>Xiamen Lumensign Co., Ltd. &mdash; Customer Portal</h2>
<p>Customer: <b>Sakura Drug Co., Ltd.</b> (Osaka) &nbsp;|&nbsp; Contact: Ms Yuki Tanaka, Store Planning<br>
Quotation no.: <b>LS-Q-24-0917</b> &nbsp;|&nbsp; Date: 2024-05-08 &nbsp;|&nbsp; Valid until: 2024-07-07</p>
<h3>Item: SB-LB-0930 illuminated shelf header &ldquo;Sakura Beauty Bar&rdquo;</h3>
<p>Aluminium profile lightbox 930 x 300 x 45 mm, SEG fabric front, LED edge-lit 24V, 3 m cable with JP plug (PSE).</p>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Unit price (USD, FOB Xiamen)</th><th>Lead time</th></tr>
<tr><td>Prototype</td><td>3 pcs</td><td>410.00</td><td>12 working days</td></tr>
<tr><td>Pilot stores</td><td>20 pcs</td><td>168.00</td><td>20 working days</td></tr>
<tr><td>Production</td><td>1,500 pcs</td><td>96.00</td><td>35 working days</td></tr>
</table>
<p class="note">Prices are per tier and depend on the quantity finally ordered. This quotation is not an order
confirmation. Fabric print one-time set-up USD 180 (not repeated for re-orders).</p>
<p>Packing: each lightbox in 5-ply carton with foam corners, 40 pcs per pallet for production tier.<br>
Certification: LED driver PSE marked, CE/RoHS reports available on request.</p>
<p>Sales: Zhang Wei (Wendy) &middot; wendy.zhang@lumensign.cn &middot; +86 592 555 0171</p>
<p><small>Lumensign portal v3.2 &middot; page generated 2024-05-08 16:41 CST</small></p>
"""))])

# c03 EML supplier asks for go-ahead; quoted buyer scope is complete.
_c03_q = """From: Gareth Mills <g.mills@kestrelshopfitting.co.uk>
Sent: 02 May 2024 14:20
To: Piotr Nowak <p.nowak@displayco.pl>
Subject: PO KS-30218 - gondola end frames - pilot

Piotr,

PO KS-30218 attached. To be clear on scope:

- PO KS-30218 covers 20 (twenty) pilot gondola end frames only, for the Wakefield pilot install.
- The remaining 480 frames of the roll-out are NOT released. Please don't buy steel for them or start them.
- They will be released only by a written release from me (Gareth Mills, Procurement Manager) once the
  pilot install at Wakefield has been signed off by our site team.

Cheers,
Gareth"""
case("c03_pl_supplier_asks_goahead", [],
     "supplier question 'can we get the go-ahead for the 480?' is not an approval; quoted buyer scope names 20 active, 480 not released, event and Gareth Mills",
     [("RE_PO_KS-30218_pilot_frames.eml", eml_bytes(mail(
         "Piotr Nowak <p.nowak@displayco.pl>", "Gareth Mills <g.mills@kestrelshopfitting.co.uk>",
         "RE: PO KS-30218 - gondola end frames - pilot", "Thu, 23 May 2024 08:47:10 +0200",
         "Hi Gareth,\n\nthe 20 pilot frames were delivered to Wakefield on Tuesday, POD signed by your site "
         "manager (copy attached to the invoice).\n\nOur planning asks: can we get the go-ahead for the 480? "
         "If yes, we would need your written release by Friday 31 May to keep the slot in week 24 on the powder "
         "line. Otherwise we plan for week 27. We have not bought anything for the 480 yet.\n\nPlease advise "
         "how the pilot install went.\n\nBest regards / Pozdrawiam\nPiotr Nowak\nKey Account Manager UK\n"
         "Displayco Sp. z o.o., ul. Gorna Wilda 92, 61-576 Poznan\ntel. +48 61 555 0142\n\n" + q(_c03_q),
         in_reply_to="<h158-ks30218@kestrelshopfitting.co.uk>")))])

# c04 TXT ERP forecast, clearly labelled non-binding.
case("c04_de_erp_forecast_labelled", [],
     "clearly labelled non-binding rollout forecast, no authorization; article numbers look like quantities",
     [("PROGNOSE_SIGNPOL_KW20.txt", """HAUSMANN DROGERIE GMBH            EINKAUF NON-FOOD / LADENBAU            SEITE 1/1
SAP S/4 - ME-PROGNOSE                                         DRUCK: 15.05.2024 07:31
======================================================================================
ROLLOUT-PROGNOSE / ROLLOUT FORECAST  -  NICHT BINDEND / NON-BINDING
*** THIS IS NOT AN ORDER. NO PRODUCTION, NO MATERIAL PURCHASE AGAINST THIS LIST ***
======================================================================================
LIEFERANT / SUPPLIER : 0000481207  SIGNPOL SP. Z O.O., LODZ (PL)
ANSPRECHPARTNER      : K. WISNIEWSKA
ARTIKEL / ARTICLE    : 400-1200-3   REGALSCHILD BELEUCHTET / ILLUMINATED SHELF SIGN
                       1200 MM, LED 24V, DIN EN 60598-1
--------------------------------------------------------------------------------------
QUARTAL   FILIALWELLE        FILIALEN   MENGE (STK)   STATUS
--------------------------------------------------------------------------------------
Q3/2024   WELLE 1 (SUED)         60            360   PROGNOSE
Q4/2024   WELLE 2 (WEST)         85            510   PROGNOSE
Q1/2025   WELLE 3 (NORD/OST)     95            570   PROGNOSE
--------------------------------------------------------------------------------------
SUMME                           240          1.440   PROGNOSE
--------------------------------------------------------------------------------------
HINWEIS / NOTE:
Die Mengen sind Planzahlen fuer Ihre Kapazitaetsplanung. Bestellungen folgen als
separate Bestellungen (ME21N) mit eigener Bestellnummer.
Quantities are planning figures for your capacity planning only. Orders will follow as
separate purchase orders with their own PO number. Forecast may change without notice.

SACHBEARBEITER: J. KOEHLER  TEL +49 211 555 0190
""")])

# c05 EML multipart/alternative buyer hold notice, scoped sign-off.
_c05_txt = """Dear Ms Wisniewska,

thank you for the three white samples of the illuminated shoe-wall header VS-LWH-02 under our PO 4510023,
received in Munich on 6 May.

Our VM team has checked them. The white sample is signed off for dimensions and surface finish only.
This is not a production release.

Status of order 4510023:
- Active quantity: the 3 white samples (delivered, complete - nothing more to build under this PO).
- Roll-out quantity of 350 headers: NOT released. Please do not order LED strip or start cutting for it.
- Next step: store trial in 3 pilot stores (Muenchen, Augsburg, Nuernberg) from 20 May to 14 June.
- After the trial I will send either a written production release for the 350 or a change request.
  The production release comes from me only, in writing.

Please send the updated drawing with the 4 mm radius we discussed (Rev D) when ready.

Kind regards / Mit freundlichen Gruessen
Stefanie Brandl
Senior Buyer Non-Merchandise
Vogel Sport AG, Landsberger Str. 300, 80687 Muenchen
Tel. +49 89 555 0123
"""
_c05_html = "<html><body>" + "".join(
    f"<p>{escape(par).replace(chr(10), '<br>')}</p>" for par in _c05_txt.split("\n\n")) + "</body></html>"
case("c05_de_white_sample_signoff_scoped", [],
     "sample signed off for dimensions/finish only, 3 samples active, 350 not released, unlock = store trial + written release by Stefanie Brandl",
     [("VS-LWH-02_white_sample_result.eml", eml_bytes(mail(
         "Stefanie Brandl <stefanie.brandl@vogelsport.de>",
         "Katarzyna Wisniewska <k.wisniewska@signpol.pl>",
         "PO 4510023 - VS-LWH-02 white samples - result", "Wed, 08 May 2024 16:05:00 +0200",
         _c05_txt, html=_c05_html)))])

# c06 DOCX full-quantity PO with table; "proceed with the 40".
case("c06_us_fullqty_menu_lightbox_po", [],
     "full-quantity PO for 40 lightboxes, 'proceed with the 40 units' is scoped; no balance so RG003-005 do not apply",
     [("CC-2024-0611_PO.docx", docx_bytes([
         ("h1", "Purchase Order CC-2024-0611"),
         ("p", "Copperline Coffee Co. - Store Development, 1420 NW Lovejoy St, Portland, OR 97209, USA"),
         ("p", "Vendor: Exhibidores del Bajío S.A. de C.V., Blvd. Adolfo López Mateos 2210, León, Guanajuato 37530, México. "
               "Attn: Alejandro Ruiz, Ventas de Exportación."),
         ("p", "PO date: June 11, 2024   Terms: Net 45   Ship via: FTL to Copperline DC, Tualatin OR   Incoterm: DAP"),
         ("h", "Lines"),
         ("table", [["Line", "Part no.", "Description", "Qty", "Unit USD", "Ext. USD"],
                    ["1", "MB-1208-L", "Menu lightbox 1200 x 800 mm, left hinge, black powder coat", "20", "312.00", "6,240.00"],
                    ["2", "MB-1208-R", "Menu lightbox 1200 x 800 mm, right hinge, black powder coat", "20", "312.00", "6,240.00"],
                    ["", "", "Total", "40", "", "12,480.00"]]),
         ("p", "This purchase order is for the complete quantity of 40 (forty) menu lightboxes. No further quantity "
               "is planned under this order and there are no call-offs to follow."),
         ("p", "Please proceed with the 40 units per drawing CC-DWG-118 Rev B. UL 48 listed LED driver required; "
               "each unit to carry the UL label and a serial number."),
         ("h", "Packing and delivery"),
         ("li", "Each lightbox in a wooden crate, hinge side marked."),
         ("li", "Ship complete by July 26, 2024. Send ASN 48 hours before pick-up."),
         ("li", "Commercial invoice and packing list in English; USMCA certificate of origin."),
         ("p", "Buyer: Megan Ortiz, Purchasing Manager - Store Development. megan.ortiz@copperlinecoffee.com, (503) 555-0148"),
     ], author="Megan Ortiz"))])

# c07 TXT ERP call-off with explicit staged material authority above released quantity.
case("c07_us_calloff_staged_material", [],
     "call-off releases 120; explicit staged material authority up to 480 at buyer liability; 360 not released, next call-off signed by Kyle Brennan",
     [("NW-CO-7781-01.txt", """NORTHWAY OUTFITTERS INC.                                   PURCHASING - STORE FIXTURES
1880 WAZEE ST, DENVER CO 80202                             PRINTED 06/03/2024 10:14 MT
------------------------------------------------------------------------------------------
DOCUMENT : CALL-OFF / RELEASE AGAINST BLANKET PO
BLANKET PO: NW-BPO-7781     CALL-OFF NO: 01     REV: 0
VENDOR   : 204417  MONTERREY METAL DISPLAY S.A. DE C.V., APODACA N.L. MEXICO
ITEM     : WB-48-SLAT   WALL BAY 48" SLATWALL FIXTURE, STEEL, POWDER COAT RAL 7016
------------------------------------------------------------------------------------------
BLANKET PO COMMERCIAL COVER ................ 480 EA
PRODUCTION RELEASED BY THIS CALL-OFF ....... 120 EA   (ROLLOUT WAVE 1, 12 STORES x 10)
BALANCE NOT RELEASED ....................... 360 EA   ** DO NOT PRODUCE **
------------------------------------------------------------------------------------------
MATERIAL AUTHORITY: STAGED. VENDOR MAY PURCHASE STEEL COIL, SLAT INSERTS AND POWDER FOR
UP TO 480 EA AT NORTHWAY'S LIABILITY. IF THE BALANCE IS CANCELLED, NORTHWAY PAYS FOR
MATERIAL BOUGHT WITHIN THIS LIMIT AT COST, AGAINST INVOICES. NO FABRICATION BEYOND 120 EA.
------------------------------------------------------------------------------------------
UNLOCK: BALANCE RELEASED ONLY BY NEXT CALL-OFF (NO. 02), AFTER WAVE-1 INSTALL REVIEW,
SIGNED BY KYLE BRENNAN, DIRECTOR STORE DEVELOPMENT.
------------------------------------------------------------------------------------------
SHIP TO   WAVE 1 DC: NORTHWAY DC, 5100 E 56TH AVE, COMMERCE CITY CO 80022
SHIP DATE 07/15/2024   FREIGHT: FTL, VENDOR ARRANGES, DAP
------------------------------------------------------------------------------------------
BUYER: A. KOWALCZYK  303-555-0176                      PO VALUE: SEE BLANKET PO
""")])

# c08 PDF PO rev with an explicit, recorded auto-conversion.
case("c08_jp_po_explicit_autoconversion", [],
     "explicit recorded auto-conversion naming 96 units, signer Kenji Watanabe and conditions; 4 prototypes active; otherwise balance stays not released",
     [("MLK-24-0332_rev2.pdf", pdf([
         ("h1", "PURCHASE ORDER MLK-24-0332 Rev. 2"),
         ("p", "Mitsuwa Lifestyle K.K., Store Development Dept., 3-14-2 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan"),
         ("p", "Supplier: Saigon Fixture Works JSC, Lot C7, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam. "
               "Attn: Ms Nguyen Thi Lan, Export Sales."),
         ("p", "Issue date: 10 May 2024. Rev. 2 replaces Rev. 1 of 26 April 2024 (Rev. 2 adds section 3)."),
         ("h", "1. Lines"),
         ("table", [["Line", "Item", "Scope", "Qty", "Unit price (USD)"],
                    ["1", "MW-GS-900 wooden gondola shelf unit, oak veneer, prototype", "sample", "4", "520.00"],
                    ["2", "MW-GS-900 wooden gondola shelf unit, oak veneer", "production (see 3)", "96", "214.00"]]),
         ("h", "2. What to build now"),
         ("p", "Build and ship the 4 prototype units (line 1) now. Material authority: sample-only until the "
               "conversion in section 3 takes place."),
         ("h", "3. Auto-conversion (recorded)"),
         ("p", "Both parties agreed on 10 May 2024 (minutes MLK-SFW-0510) that line 2 converts automatically: when "
               "Kenji Watanabe, Store Development Manager, signs the prototype approval form for the 4 prototype units "
               "with disposition 'approved' within 30 days of their delivery in Tokyo, the 96 production units of line 2 "
               "are released by that signature alone, without a further document."),
         ("p", "If the disposition is interim or rejected, or the signature comes later than 30 days after delivery, "
               "the 96 units stay not released until a written release signed by Kenji Watanabe."),
         ("h", "4. Delivery"),
         ("p", "Prototypes: air freight to Mitsuwa Shibuya flagship, by 7 June 2024. Production: sea freight, 40' HC, CIF Tokyo, "
               "within 45 days of conversion or release."),
         ("p", "Buyer: Haruka Mori, Procurement. mori.haruka@mitsuwa-lifestyle.co.jp, +81 3 5555 0148"),
     ], title="MLK-24-0332 Rev 2", author="Mitsuwa Lifestyle Procurement"))])

# p01 EML with PO PDF + quote PDF: sample PO, quote shows 1,200, nothing about the balance.
_p01_po = pdf([
    ("h1", "PURCHASE ORDER BB-45112"),
    ("p", "Bramble Beauty Inc., 600 N High St, Columbus, OH 43215, USA. Sourcing & Retail Fixtures."),
    ("p", "Vendor: Dongguan Hengtai Acrylic Products Co., Ltd., Chang'an Town, Dongguan, Guangdong, China. Attn: Kevin Zhou."),
    ("p", "PO date: 04/22/2024. Terms: T/T 30 days after B/L. Ship via: DHL Express to Columbus lab."),
    ("table", [["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
               ["1", "LTT-12", "Acrylic lipstick tester tray, 12 slots, clear + frosted back, pad print logo (samples)", "12", "pcs", "$38.00", "$456.00"],
               ["2", "SETUP", "Pad print plate set-up", "1", "lot", "$60.00", "$60.00"],
               ["", "", "", "", "", "Total", "$516.00"]]),
    ("p", "Reference: your quotation Q-HT-0412. Please label cartons with PO number and item. Ship to: Bramble Beauty "
          "Product Lab, attn. Marisol Vega, 600 N High St, Suite 400, Columbus, OH 43215."),
    ("p", "Authorized by: Dana Whitaker, Senior Sourcing Manager."),
], pagesize=LETTER, title="BB-45112", author="Bramble Beauty Sourcing")
_p01_quote = pdf([
    ("h1", "QUOTATION Q-HT-0412"),
    ("p", "Dongguan Hengtai Acrylic Products Co., Ltd. - To: Bramble Beauty Inc., Ms Dana Whitaker. Date: 2024-04-15."),
    ("table", [["Item", "Description", "Qty", "Unit price USD", "Lead time"],
               ["LTT-12", "Acrylic lipstick tester tray 12 slots, samples", "12 pcs", "38.00", "10 days"],
               ["LTT-12", "Acrylic lipstick tester tray 12 slots, mass production", "1,200 pcs", "9.40", "35 days"]]),
    ("p", "Material: 3 mm cast PMMA, clear, frosted back panel. Logo pad print 1 colour. Packing: 1 pc / polybag, 50 pcs / carton."),
    ("p", "Payment: 30% deposit, 70% before shipment for mass production. Samples T/T 30 days."),
    ("p", "Kevin Zhou, Sales Manager, +86 769 5555 0128"),
], title="Q-HT-0412", author="Hengtai Sales")
case("p01_us_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 12 with attached quote showing 1,200 mass production and nothing saying informational or not released; no hold, no unlock event, no release person",
     [("PO_BB-45112.eml", eml_bytes(mail(
         "Dana Whitaker <dwhitaker@bramblebeauty.com>", "Kevin Zhou <kevin.zhou@hengtai-acrylic.com>",
         "PO BB-45112 - lipstick tester trays", "Mon, 22 Apr 2024 17:32:00 -0400",
         "Hi Kevin,\n\nGreat talking with you yesterday. Attached is PO BB-45112 for the tester trays, plus your "
         "quotation Q-HT-0412 for your file.\n\nShip to our Columbus lab, attention Marisol Vega. Please confirm the "
         "ship date and send the DHL tracking once it's out.\n\nThanks so much!\nDana\n\nDana Whitaker | Senior Sourcing "
         "Manager | Bramble Beauty Inc.\n600 N High St, Columbus, OH 43215 | (614) 555-0187\n",
         attachments=[("PO_BB-45112.pdf", _p01_po, PDF_MT), ("Q-HT-0412.pdf", _p01_quote, PDF_MT)])))])

# p02 folder: ERP PO printout + supplier quote PDF.
case("p02_jp_erp_po_plus_quote_folder", ["RG001", "RG003", "RG004", "RG005"],
     "prototype PO for 4 lightboxes referencing a quote with 180 production units; nothing says the 180 is not released, no event, no release person",
     [("MLK_PO_24-0419.txt", """MITSUWA LIFESTYLE K.K.                   PURCHASE ORDER          PAGE 1 OF 1
PROCUREMENT DIV. / STORE DEVELOPMENT     PO NO. 24-0419          DATE 2024/04/19
----------------------------------------------------------------------------------
VENDOR CODE : V-30871
VENDOR      : XIAMEN LUMENSIGN CO., LTD.  HULI DISTRICT, XIAMEN, FUJIAN, CN
REF         : YOUR QUOTATION LS-Q-24-0388 DTD 2024/04/02
----------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                       QTY  UOM   PRICE USD   AMOUNT
----------------------------------------------------------------------------------
01  ML-LB-1860    LIGHTBOX 1860X620 DOUBLE-SIDED      4  PC       395.00  1,580.00
                  PROTOTYPE, FABRIC FRONT, 100V PSE
02  FRT-AIR       AIR FREIGHT TO TOKYO                1  LOT      420.00    420.00
----------------------------------------------------------------------------------
                                                         TOTAL USD      2,000.00
----------------------------------------------------------------------------------
DELIVERY    : 2024/05/20  MITSUWA SHIBUYA FLAGSHIP, 3-14-2 SHIBUYA, TOKYO
PAYMENT     : T/T 30 DAYS AFTER INVOICE
REMARKS     : DRAWING ML-VM-0442 REV 3. COLOUR PROOF OF FABRIC TO BE SENT BEFORE PRINT.
----------------------------------------------------------------------------------
PURCHASER   : H. MORI   TEL 03-5555-0148
"""),
      ("LS-Q-24-0388.pdf", pdf([
          ("h1", "QUOTATION LS-Q-24-0388"),
          ("p", "Xiamen Lumensign Co., Ltd. To: Mitsuwa Lifestyle K.K., Ms Haruka Mori. Date: 2024-04-02. Validity 60 days."),
          ("table", [["Item", "Description", "Qty", "Unit USD", "Lead time"],
                     ["ML-LB-1860", "Double-sided lightbox 1860 x 620, prototype", "4 pcs", "395.00", "15 days"],
                     ["ML-LB-1860", "Double-sided lightbox 1860 x 620, production", "180 pcs", "162.00", "30 days"]]),
          ("p", "Fabric: 260 g polyester, dye-sub print, silicone edge graphic. LED: 100V driver with PSE mark."),
          ("p", "Packing: wooden crate per 2 pcs. FOB Xiamen. Zhang Wei (Wendy), Sales."),
      ], title="LS-Q-24-0388", author="Lumensign"))])

# p03 TXT call-off 200 of a 1,000 framework; nothing about the rest.
case("p03_nl_calloff_framework_silent", ["RG001", "RG003", "RG004", "RG005"],
     "call-off for 200 printed next to framework quantity 1,000 with nothing saying the 800 is not released; no event, no release person",
     [("FP_AFROEP_2024-011.txt", """FIETSPLEIN B.V.  -  INKOOP WINKELINRICHTING            AFROEP / CALL-OFF
Stationsweg 41, 3441 AB Woerden (NL)                    Nr. 2024-011
-------------------------------------------------------------------------------
Leverancier : DISPLAYCO SP. Z O.O., POZNAN (PL)      Lev.nr 40712
Raamorder   : FP-RO-2024-03  (framework order)
Artikel     : BR-3-WALL  wall-mounted bike display rack, 3 bikes, steel,
              RAL 9005 mat, incl. wall plugs M10 x 80
-------------------------------------------------------------------------------
Raamorder hoeveelheid / framework quantity ........  1.000 st
Deze afroep / this call-off ........................    200 st
Leverdatum / delivery .............................  wk 27 (1-5 juli 2024)
Afleveradres .......................................  DC Fietsplein, Nijverheidsweg 8,
                                                      3433 NP Nieuwegein
-------------------------------------------------------------------------------
Prijs per st (EUR) ................................  64,80
Totaal deze afroep (EUR) ..........................  12.960,00
Verpakking: per 5 st op europallet, gekrompen. Labels met artikelnr. en afroepnr.
-------------------------------------------------------------------------------
Vragen: Ruud van Dijk, inkoper winkelinrichting, 0348 555 019
""")])

# p04 HTML buyer portal PO: hold covers only the 24 pilot balance; quote summary shows 1.170 roll-out.
case("p04_nl_portal_po_rollout_tier_shown", ["RG001"],
     "hold, unlock event and Sanne de Wit cover the 24-unit pilot balance, but the national roll-out 1.170 appears in the quote summary beside the 6 with nothing saying it is not released",
     [("ZH-4500-2281.html", html_page("Inkooporder ZH-4500-2281", """
<h2>Zuiderhaven Retail B.V. &mdash; Leveranciersportaal</h2>
<p>Inkooporder / Purchase order <b>ZH-4500-2281</b> &nbsp;|&nbsp; Datum: 13-05-2024 &nbsp;|&nbsp; Status: verzonden</p>
<p>Leverancier: Lusodisplay Lda, Rua do Freixo 1071, 4300-219 Porto, Portugal &mdash; attn. Rui Carvalho</p>
<h3>Order lines</h3>
<table>
<tr><th>Regel</th><th>Artikel</th><th>Omschrijving</th><th>Aantal</th><th>Prijs (EUR)</th></tr>
<tr><td>10</td><td>ZH-CK-400</td><td>Cork countertop display, 400 x 300 x 520 mm, natural agglomerated cork, laser-engraved logo</td><td>6</td><td>48,50</td></tr>
</table>
<div class="note"><p><b>Scope.</b> The pilot wave is 30 units in total. This PO releases the 6 pilot units for the store trial in
Utrecht, Haarlem and Breda (2 per store). The remaining 24 units of the pilot wave are not released. They will be
released only by written release from Sanne de Wit (Category Manager Home) after sign-off of the store trial in week 23.
Material: sample-only.</p></div>
<h3>Supplier quotation LD-2291 (summary)</h3>
<table>
<tr><th>Stage</th><th>Quantity</th><th>Unit price (EUR)</th><th>Delivery</th></tr>
<tr><td>Pilot wave</td><td>30</td><td>48,50</td><td>wk 21</td></tr>
<tr><td>National roll-out</td><td>1.170</td><td>31,20</td><td>wk 36&ndash;38</td></tr>
</table>
<p>Delivery: DDP Zuiderhaven DC Tilburg, Dock 4. Please book a slot via the portal 48h in advance.</p>
<p>Inkoper: Joost Verhoeven &middot; j.verhoeven@zuiderhaven.nl &middot; +31 13 555 0162</p>
<p><small>Portal printout 13-05-2024 11:02</small></p>
""", lang="nl"))])

# p05 EML: PO for 6 prototypes with a scoped hold on the pilot balance + DOCX rollout plan stating 1,800 as firm commitment.
_p05_plan = docx_bytes([
    ("h1", "Oak Shelf Unit - Rollout Plan 2025"),
    ("p", "Thornbury & Co. Store Design - prepared by Priya Raman, 14 May 2024"),
    ("table", [["Phase", "Stores", "Units", "Timing"],
               ["Prototype", "Design studio", "6", "June 2024"],
               ["Pilot wave", "6 pilot stores", "24", "Aug 2024"],
               ["Rollout", "150 stores", "1,800", "Feb-Apr 2025"]]),
    ("p", "Rollout volume: our forecast is 1,800 units across 150 stores. Please take this as confirmed and book it "
          "into your capacity as a firm commitment from Thornbury & Co."),
    ("p", "Store list and per-store allocation will follow in Q4 2024. Kitting: one shelf unit + 3 shelves + fixings per carton."),
], author="Priya Raman")
_p05_po = pdf([
    ("h1", "PURCHASE ORDER TB-88213"),
    ("p", "Thornbury & Co. Ltd, 7 Wharf Road, Bath BA1 1EE, UK. Supplier: Hanoi Woodcraft Display Co., Ltd, "
          "Bac Thang Long IP, Dong Anh, Hanoi, Vietnam."),
    ("table", [["Line", "Item", "Qty", "Unit GBP", "Amount GBP"],
               ["1", "TB-OSU-1200 oak shelf unit, prototype", "6", "240.00", "1,440.00"]]),
    ("p", "Scope: 6 prototype units now. The remaining 18 units of the pilot wave are not released; they will only be "
          "released by a written release from Priya Raman after the pilot-store sign-off."),
    ("p", "Delivery: air freight, DAP Bath studio, by 28 June 2024."),
], title="TB-88213", author="Thornbury & Co.")
case("p05_uk_po_with_rollout_plan_commitment", ["RG001", "RG008"],
     "PO holds the 18 pilot units properly, but the attached plan states the 1,800 rollout forecast as a firm commitment and shows it beside the 6 with nothing saying it is not released",
     [("TB-88213_prototypes.eml", eml_bytes(mail(
         "Priya Raman <priya.raman@thornbury.co.uk>", "Tran Minh Duc <duc.tran@hanoiwoodcraft.vn>",
         "PO TB-88213 - oak shelf unit prototypes", "Tue, 14 May 2024 11:05:00 +0100",
         "Dear Duc,\n\nLovely to meet you at the Ho Chi Minh fair. Please find attached PO TB-88213 for the oak shelf "
         "unit prototypes.\n\nScope: 6 prototype units now. The remaining 18 units of the pilot wave are not released; I "
         "will release them in writing after our pilot-store sign-off, and nobody else can.\n\nI've also attached our "
         "rollout plan so that you can plan capacity for next year.\n\nBest wishes,\nPriya" +
         sig("Priya Raman", "Sourcing Manager, Store Design", "Thornbury & Co. Ltd", "+44 1225 555 014"),
         attachments=[("TB-88213.pdf", _p05_po, PDF_MT), ("Rollout_plan_2025.docx", _p05_plan, DOCX_MT)])))])

# p06 EML quoted thread: unscoped "Approved - go ahead!" under a sample-proof mail.
_p06_q2 = """From: Olivia Pritchard <olivia.pritchard@harrowfinch.co.uk>
Sent: Thursday, 2 May 2024 10:15
To: Lily Chen <lily.chen@brightway-display.com>
Subject: PO HF-PO-240502 - window plinths

Hi Lily,

PO HF-PO-240502 is on its way from Tom. It covers the 4 sample window plinths only. The roll-out (120 plinths)
is not released - it will only be released by my written release after we've signed off the samples in the
Oxford Street window.

Thanks!
Olivia"""
_p06_q1 = """From: Lily Chen <lily.chen@brightway-display.com>
Sent: Wednesday, 22 May 2024 08:02
To: Olivia Pritchard <olivia.pritchard@harrowfinch.co.uk>
Subject: RE: PO HF-PO-240502 - window plinths

Dear Olivia,

Good morning! Attached please find the colour proof for the printed wraps (Pantone 7621 C and 9224 C) and
photos of the 4 sample plinths before packing. Rollout material lead time is 3 weeks, so we are ready when
you are.

Please advise.

Best regards,
Lily Chen
Sales Manager | Shenzhen Brightway Display Co., Ltd.

""" + q(_p06_q2)
case("p06_uk_approved_go_ahead_thread", ["RG002"],
     "buyer's 'Approved - go ahead!' under a mail with proof, samples and rollout readiness names neither sample-only nor a quantity; earlier scope is complete",
     [("RE_RE_PO_HF-PO-240502_window_plinths.eml", eml_bytes(mail(
         "Olivia Pritchard <olivia.pritchard@harrowfinch.co.uk>", "Lily Chen <lily.chen@brightway-display.com>",
         "RE: RE: PO HF-PO-240502 - window plinths", "Wed, 22 May 2024 09:41:00 +0100",
         "Hi Lily,\n\nLove them, the red is spot on. Approved - go ahead!\n\nO x\n\nOlivia Pritchard\nHead of Visual "
         "Merchandising | Harrow & Finch\n\n" + q(_p06_q1),
         in_reply_to="<h158-bw0522@brightway-display.com>")))])

# p07 Teams export: "approved" for colour proof and for the tooling budget, then unscoped green light.
case("p07_de_teams_green_light_mixed", ["RG002", "RG009"],
     "'approved' used for colour proof (technical) and tooling budget (commercial), then 'green light from our side' with no quantity or sample scope",
     [("Teams_BO-77120_eyewear_column.txt", teams("BO-77120 eyewear display column (Brandt Optik / Hengtai)", [
         ("Julia Hartmann (Brandt Optik)", "06.05.2024 09:12",
          "Good morning Kevin, PO BO-77120 is out: 5 prototype columns for our Koeln store. The series (295 columns) is "
          "not released until we have signed off the prototypes in Koeln and I send you the written release. Only from me."),
         ("Kevin Zhou (Hengtai)", "06.05.2024 09:40", "Well received Julia, thank you. Colour proof will come tomorrow."),
         ("Kevin Zhou (Hengtai)", "07.05.2024 03:55",
          "Hi Julia, colour proof for the mirror frame print is uploaded in the Files tab (BO-77120_proof_v2.pdf). "
          "Also the tooling for the hinge bracket, USD 1,450 - is it OK for your side?"),
         ("Julia Hartmann (Brandt Optik)", "07.05.2024 14:20",
          "colour proof approved \u2705 tooling budget approved as well \u2705 so green light from our side \U0001F44D"),
         ("Kevin Zhou (Hengtai)", "07.05.2024 14:31", "Great, thank you! We arrange now."),
         ("Julia Hartmann (Brandt Optik)", "07.05.2024 14:33", "perfect, have a nice evening"),
     ]))])

# ------------------------------------------------------------------ batch 2
# c09 EML supplier: deposit does not release production; quoted buyer scope complete.
_c09_q = """From: Ruud van Dijk <r.vandijk@fietsplein.nl>
Sent: maandag 13 mei 2024 15:02
To: Rui Carvalho <rui.carvalho@lusodisplay.pt>
Subject: PO FP-2024-2207 helmet display - samples

Hi Rui,

Attached PO FP-2024-2207. Scope in short:
- 8 (eight) sample helmet displays, cork/oak, for our pilot store Utrecht Centraal. That is all you build now.
- The balance of 392 units is not released. Do not buy cork or oak for it.
- The 392 are released only by a written release from me, Ruud van Dijk, after the samples are signed off
  in Utrecht (trial weeks 24-26).
- The 30% deposit on the cork press mould is invoiced separately (proforma LD-PF-0412).

Groeten,
Ruud"""
case("c09_pt_deposit_does_not_release", [],
     "supplier states the deposit does not release production and builds the 8 samples only; quoted buyer scope names 8, 392 not released, event and Ruud van Dijk",
     [("RE_FP-2024-2207_deposit.eml", eml_bytes(mail(
         "Rui Carvalho <rui.carvalho@lusodisplay.pt>", "Ruud van Dijk <r.vandijk@fietsplein.nl>",
         "RE: PO FP-2024-2207 helmet display - samples", "Tue, 21 May 2024 10:26:00 +0100",
         "Dear Ruud,\n\nobrigado - the 30% deposit for the cork press mould (proforma LD-PF-0412, EUR 1.380,00) "
         "arrived today.\n\nJust to be clear on our side: the deposit does not release production. We build the 8 "
         "samples only, and we wait for your written release before we touch the 392. Cork and oak are bought for "
         "the 8 samples only.\n\nSamples will leave Porto on 31 May by road, arrival Utrecht around 4 June.\n\n"
         "Cumprimentos / kind regards,\nRui Carvalho\nExport Manager | Lusodisplay Lda | Rua do Freixo 1071, Porto\n"
         "+351 22 555 0137\n\n" + q(_c09_q))))])

# c10 folder: PO PDF + supplier acknowledgement EML restating the hold.
_c10_po = pdf([
    ("h1", "PURCHASE ORDER NW-44871"),
    ("p", "Northway Outfitters Inc., Purchasing - Store Fixtures, 1880 Wazee St, Denver, CO 80202."),
    ("p", "Vendor: Dongguan Hengtai Acrylic Products Co., Ltd. Attn: Kevin Zhou. Date: 05/06/2024."),
    ("table", [["Line", "Item", "Scope", "Qty", "Unit USD"],
               ["1", "SGT-4 acrylic sunglass tower, 4-sided, 48 pairs, lockable", "sample", "10", "142.00"],
               ["2", "SGT-4 acrylic sunglass tower (commercial cover only)", "production - NOT released", "590", "61.50"]]),
    ("p", "Active now: the 10 sample towers on line 1. Line 2 (590 towers) is commercial cover only and is on hold: "
          "do not buy material for it and do not start it."),
    ("p", "Unlock: line 2 is released only by a written release from Kyle Brennan, Director Store Development, after "
          "the pilot-store sign-off at Cherry Creek, Denver. Material authority: sample-only."),
], pagesize=LETTER, title="NW-44871", author="Northway Purchasing")
case("c10_us_po_and_supplier_ack_folder", [],
     "PO (10 sample towers, 590 on hold, unlock by Kyle Brennan after pilot sign-off) plus supplier acknowledgement that restates the hold",
     [("NW-44871.pdf", _c10_po),
      ("Order_acknowledgement_NW-44871.eml", eml_bytes(mail(
          "Kevin Zhou <kevin.zhou@hengtai-acrylic.com>", "Anna Kowalczyk <akowalczyk@northwayoutfitters.com>",
          "Order acknowledgement - PO NW-44871 sunglass tower", "Thu, 09 May 2024 09:18:00 +0800",
          "Dear Anna,\n\nThank you for your PO NW-44871. We confirm as below:\n\n1. We produce 10 sample units of "
          "SGT-4 only (line 1). Ship by DHL on or before 24 May.\n2. Line 2, 590 units, is on hold. We do not buy "
          "acrylic and do not produce until we receive written release from Mr. Kyle Brennan after the pilot store "
          "sign-off.\n3. Material purchased: for 10 samples only.\n\nPlease let us know if anything is not correct.\n\n"
          "Best regards,\nKevin Zhou\nSales Manager\nDongguan Hengtai Acrylic Products Co., Ltd.\nTel +86 769 5555 0128\n")))])

# c11 HTML buyer portal PO full of identifiers that look like quantities.
case("c11_de_portal_po_identifiers", [],
     "pilot PO for 16 boards with hold on 224, unlock and Julia Hartmann named; PN 2400-600-12, DRG 1500 Rev 3, EN 13501-1, ISO 9001:2015 are identifiers, not quantities",
     [("BO-78002_Bestellung.html", html_page("Bestellung BO-78002", """
<h2>Brandt Optik GmbH &mdash; Lieferantenportal / Supplier portal</h2>
<p>Bestellung / PO <b>BO-78002</b> &middot; 21.05.2024 &middot; Lieferant: Lusodisplay Lda, Porto (PT) &middot; Kreditor 2400600</p>
<table>
<tr><th>Pos.</th><th>Teilenr. / Part no.</th><th>Beschreibung</th><th>Zeichnung</th><th>Menge</th><th>Preis EUR</th></tr>
<tr><td>10</td><td>2400-600-12</td><td>Frame display board 600 x 2400 mm, cork face, 12 rows of frame hooks, oak edge</td>
<td>DRG 1500 Rev 3</td><td>16</td><td>212,00</td></tr>
</table>
<div class="note">
<p><b>Scope of this PO.</b> 16 pilot boards (8 pilot stores x 2). This is the only quantity to build now.</p>
<p>The roll-out to the remaining 112 stores (224 boards) is <b>not released</b>. No material for it, please.</p>
<p>The roll-out will be released only by written release from Julia Hartmann (Leitung Ladenbau / Head of Store Construction)
after the pilot review in week 30.</p>
</div>
<p>Requirements: fire rating EN 13501-1 class B-s1,d0 for the cork face; RAL 9016 for metal parts; supplier certified to
ISO 9001:2015; packing per Brandt guideline VA-100 (max. 25 kg per carton).</p>
<p>Lieferadresse: Brandt Optik Zentrallager, Halle 5, Tor 12, Industriestr. 40, 50735 K&ouml;ln. Liefertermin KW 27.</p>
<p>Eink&auml;ufer: Tobias Lenz &middot; t.lenz@brandt-optik.de &middot; +49 221 555 0133</p>
""", lang="de"))])

# c12 Teams chat: scoped go-ahead.
case("c12_nl_teams_scoped_go_ahead", [],
     "'go ahead with the 5 pilot-store units only', rollout 95 not released, unlock = pilot review + written release by Sanne de Wit",
     [("Teams_ZH_planter_stand.txt", teams("Zuiderhaven x Saigon Fixture - planter stand", [
         ("Nguyen Thi Lan (Saigon Fixture Works)", "27-05-2024 04:12",
          "Good morning Sanne, the white sample of planter stand ZH-PS-3 is finished, photos in Files. Legs now 18 mm "
          "as you asked. Can we go ahead?"),
         ("Sanne de Wit (Zuiderhaven)", "27-05-2024 09:03",
          "Goedemorgen Lan! Looks good. Yes: go ahead with the 5 pilot-store units only (PO ZH-4500-2317). "
          "The rollout of 95 is not released."),
         ("Sanne de Wit (Zuiderhaven)", "27-05-2024 09:04",
          "I will send the written release for the 95 myself after the pilot review on 14 June, if the stores are happy."),
         ("Nguyen Thi Lan (Saigon Fixture Works)", "27-05-2024 09:20",
          "Noted with thanks. We make 5 units, ship by air 5 June. Material for 5 only."),
         ("Sanne de Wit (Zuiderhaven)", "27-05-2024 09:21", "Top, dank je!"),
     ]))])

# c13 WhatsApp: supplier asks about the 300; buyer says no, only 12 prototypes.
case("c13_nl_whatsapp_not_yet", [],
     "supplier's 'go ahead for the 300?' answered 'only the 12 prototypes', 300 on hold until written release by Femke Bakker after store trial",
     [("WhatsApp_Chat_Hanoi_Woodcraft.txt", wa([
         ("03/06/2024", "08:41:12", "Hoang Van Nam", "Good morning Mr Bram \U0001F64F"),
         ("03/06/2024", "08:41:55", "Hoang Van Nam", "<attached: 00000012-PHOTO-2024-06-03-08-41-55.jpg>"),
         ("03/06/2024", "08:42:30", "Hoang Van Nam", "Cheese crate display prototype finish, with the new chalkboard front. So we can go ahead for the 300?"),
         ("03/06/2024", "09:15:02", "Bram Visser", "Morning Nam, looks great!"),
         ("03/06/2024", "09:16:47", "Bram Visser", "No, not yet. Only the 12 prototypes for now (PO KM-2406-01). The 300 stay on hold until our category manager Femke Bakker signs the written release after the store trial in Haarlem, end of June."),
         ("03/06/2024", "09:17:20", "Bram Visser", "So please don't buy the pine for the 300 yet"),
         ("03/06/2024", "09:30:41", "Hoang Van Nam", "OK understood, only 12. We wait Ms Femke release \U0001F44D"),
         ("03/06/2024", "09:31:05", "Hoang Van Nam", "12 pcs ship Friday by air"),
     ]))])

# c14 EML: quoted supplier assumes auto-conversion, buyer corrects it.
_c14_q = """From: Kevin Zhou <kevin.zhou@hengtai-acrylic.com>
Sent: Tuesday, June 4, 2024 9:05 PM
To: Dana Whitaker <dwhitaker@bramblebeauty.com>
Subject: BB-46020 blush palette riser - samples shipped

Dear Dana,

20 samples shipped today by DHL, AWB 4418 2207 91. After you approve the samples we will run the 1,000 pcs
straight away so you can have them before Black Friday.

Best regards,
Kevin"""
case("c14_us_buyer_corrects_autoconversion", [],
     "quoted supplier assumes approval runs the 1,000; buyer's reply says sample approval releases nothing, 20 active, 1,000 not released, written release by Dana Whitaker after lab sign-off and 5-store pilot",
     [("RE_BB-46020_samples_shipped.eml", eml_bytes(mail(
         "Dana Whitaker <dwhitaker@bramblebeauty.com>", "Kevin Zhou <kevin.zhou@hengtai-acrylic.com>",
         "RE: BB-46020 blush palette riser - samples shipped", "Wed, 05 Jun 2024 08:12:00 -0400",
         "Hi Kevin,\n\nThanks for shipping! One important correction: please do NOT run the 1,000 after sample approval. "
         "Sample approval releases nothing by itself.\n\nPO BB-46020 covers the 20 samples, full stop. The 1,000 "
         "pcs are not released. They need a separate written release from me (Dana Whitaker), which I can only send "
         "after our lab sign-off and a 2-week pilot in 5 stores. Please don't buy acrylic for them either.\n\n"
         "I know Black Friday is tight; if the pilot goes well I'll send the release as fast as I can.\n\nThanks,\nDana\n\n"
         "Dana Whitaker | Senior Sourcing Manager | Bramble Beauty Inc.\n\n" + q(_c14_q),
         in_reply_to="<h158-ht0604@hengtai-acrylic.com>")))])

# c15 EML forwarding an old quote as message/rfc822, declared informational.
_c15_old = mail("Katarzyna Wisniewska <k.wisniewska@signpol.pl>", "Tom Ashdown <tom.ashdown@harrowfinch.co.uk>",
                "Quotation SP-2023-114 - illuminated window stars", "Fri, 14 Jul 2023 12:30:00 +0200",
                "Dear Tom,\n\nplease find our offer for the illuminated window stars (Christmas 2023):\n\n"
                "Item WS-60 star, 600 mm, LED warm white, 24V, IP44\nQuantity: 2,000 pcs\nPrice: EUR 18,40 / pc, FCA Lodz\n"
                "Lead time: 6 weeks after order\n\nBest regards,\nKatarzyna Wisniewska\nSignpol Sp. z o.o.\n")
case("c15_uk_forwarded_old_quote_informational", [],
     "forwarded 2023 quote with 2,000 pcs declared price reference only, not ordered or released; current PO 50 sample kits, roll-out not released, written release by Olivia Pritchard after window sign-off",
     [("FW_SP-2023-114_window_stars.eml", eml_bytes(mail(
         "Tom Ashdown <tom.ashdown@harrowfinch.co.uk>", "Katarzyna Wisniewska <k.wisniewska@signpol.pl>",
         "FW: Quotation SP-2023-114 - illuminated window stars / PO HF-PO-240611", "Tue, 11 Jun 2024 14:48:00 +0100",
         "Hi Katarzyna,\n\nforwarding last year's quote SP-2023-114 for price reference only. The 2,000 pcs in it is "
         "last year's figure: it is not ordered and not released this year.\n\nThis year's PO HF-PO-240611 (sent this "
         "morning) covers 50 sample sign kits for the Oxford Street window and our design studio, nothing more. The "
         "Christmas roll-out is not released. It will only be released by a written release from Olivia Pritchard, "
         "Head of Visual Merchandising, after she has signed off the samples in the Oxford Street window.\n\n"
         "Could you re-quote the WS-60 for 50 pcs and for roll-out tiers, please?\n\nMany thanks,\nTom" +
         sig("Tom Ashdown", "Procurement - Non-Merchandise", "Harrow & Finch Ltd", "+44 20 7946 0312"),
         attachments=[("rfc822", _c15_old)])))])

# c16 DOCX design brief, no authorization.
case("c16_jp_design_brief_no_authorization", [],
     "design brief with spec table and indicative rollout labelled forecast/not an order; no authorizing document",
     [("SD_Beauty_Bar_design_brief.docx", docx_bytes([
         ("h1", "Design Brief - Sakura Beauty Bar Shelf Header"),
         ("p", "Sakura Drug Co., Ltd., Store Planning Dept., Osaka. Prepared by Yuki Tanaka, 20 May 2024. Version 1.2."),
         ("h", "1. Purpose"),
         ("p", "A new illuminated shelf header for the beauty bar gondola, to make the skincare zone visible from the store entrance."),
         ("h", "2. Specification"),
         ("table", [["Item", "Requirement"],
                    ["Size", "930 x 300 x 45 mm (fits gondola 900 module)"],
                    ["Face", "SEG fabric, 4-colour dye-sub, Sakura pink DIC 156"],
                    ["Light", "LED edge-lit, 24V, min. 1,500 cd/m2 uniform"],
                    ["Power", "100V JP plug, PSE-marked driver, 3 m cable"],
                    ["Mounting", "2 hook brackets for gondola back panel, no tools"]]),
         ("h", "3. Timeline (indicative)"),
         ("li", "Design review with supplier: June 2024"),
         ("li", "Prototypes: July 2024 (quantity will be stated in the PO)"),
         ("li", "Indicative roll-out: about 1,500 units for 500 stores in 2025. This is a forecast, not an order."),
         ("p", "Note: nothing is ordered by this brief. No production and no material purchase may start until Sakura Drug "
               "issues a purchase order and, for any roll-out, a separate written production release."),
         ("p", "Contact: Yuki Tanaka, Store Planning, tanaka.yuki@sakuradrug.co.jp"),
     ], author="Yuki Tanaka"))])

# p08 EML multipart/alternative: "approved" for drawings and for the PO budget, then "you can proceed".
_p08_q = """Von: Katarzyna Wisniewska <k.wisniewska@signpol.pl>
Gesendet: Montag, 27. Mai 2024 11:04
An: Jens Koehler <j.koehler@hausmann-drogerie.de>
Betreff: AW: Bestellung 4500338455 - Regalschild 400-1200-3 - Muster

Dear Mr Koehler,

thank you for PO 4500338455 for 12 sample signs. The drawings Rev C are attached again with the changed cable
exit. Are the drawings OK for you? Can we proceed?

Best regards
Katarzyna Wisniewska, Signpol

> Von: Jens Koehler
> Gesendet: Donnerstag, 23. Mai 2024 08:30
> Dear Mrs Wisniewska, please find PO 4500338455: 12 sample signs 400-1200-3 for our pilot test in 3 stores
> in Duesseldorf. The roll-out quantity is not released. It will be released only by a written release from
> me after the pilot test (4 weeks)."""
_p08_txt = ("Dear Mrs Wisniewska,\n\nthe drawings Rev C are approved by our Ladenbau team. Also the PO is now "
            "approved by our controlling, so the budget is fine.\n\nSo you can proceed.\n\nMit freundlichen Gruessen / "
            "Best regards\nJens Koehler\nEinkauf Non-Food / Ladenbau\nHausmann Drogerie GmbH, Koenigsallee 88, 40212 "
            "Duesseldorf\nTel. +49 211 555 0190\n\n" + q(_p08_q))
case("p08_de_drawings_po_approved_proceed", ["RG002", "RG009"],
     "'approved' used for drawings (technical) and for the PO by controlling (commercial), then 'you can proceed' with no quantity; earlier scope is complete",
     [("AW_AW_Bestellung_4500338455.eml", eml_bytes(mail(
         "Jens Koehler <j.koehler@hausmann-drogerie.de>", "Katarzyna Wisniewska <k.wisniewska@signpol.pl>",
         "AW: AW: Bestellung 4500338455 - Regalschild 400-1200-3 - Muster", "Mon, 27 May 2024 15:22:00 +0200",
         _p08_txt,
         html="<html><body><p>" + escape(_p08_txt).replace("\n", "<br>\n") + "</p></body></html>")))])

# p09 folder: PO PDF (scope complete) + printer's proof sheet stamped GOOD TO RUN without scope.
case("p09_us_proof_good_to_run_folder", ["RG002"],
     "signed proof stamped 'GOOD TO RUN' with run 'per PO' names neither the 24 sample kits nor a quantity; the PO itself is complete",
     [("CC-2024-0520_PO.pdf", pdf([
         ("h1", "PURCHASE ORDER CC-2024-0520"),
         ("p", "Copperline Coffee Co. - Store Development, Portland, OR. Vendor: Exhibidores del Bajío S.A. de C.V., León, Gto."),
         ("table", [["Line", "Item", "Qty", "Unit USD"],
                    ["1", "FALL24-KIT seasonal graphic kit (window cling 1200x900, 4 menu inserts, 2 counter cards) - pilot", "24", "86.00"]]),
         ("p", "Scope: 24 sample kits for our pilot stores only. The remaining 1,176 kits of the fall program are not released. "
               "They will be released only by written release from Megan Ortiz, Purchasing Manager, after the pilot-store review "
               "on August 2. Material authority: sample-only."),
         ("p", "Print proof to be signed by Copperline before printing."),
     ], pagesize=LETTER, title="CC-2024-0520", author="Copperline Purchasing")),
      ("Proof_FALL24-KIT_v3.pdf", pdf([
          ("h1", "PRINT PROOF - FALL24-KIT v3"),
          ("p", "Exhibidores del Bajío - Departamento de Preprensa. Customer: Copperline Coffee Co. Job: FALL24-KIT."),
          ("table", [["Element", "Size", "Material", "Colours"],
                     ["Window cling", "1200 x 900 mm", "static cling PVC 200 mic", "CMYK + white"],
                     ["Menu insert (x4)", "11 x 17 in", "100 lb gloss cover", "CMYK"],
                     ["Counter card (x2)", "5 x 7 in", "16 pt C2S", "CMYK + spot PMS 7516 C"]]),
          ("p", "Check spelling, colours and dimensions carefully. Colour on screen is not binding; reference is the contract proof."),
          ("pre", "CUSTOMER DECISION:\n  [X] GOOD TO RUN\n  [ ] GOOD TO RUN WITH CHANGES\n  [ ] NEW PROOF REQUIRED\n\n"
                  "Signed: M. Ortiz        Date: 05/20/2024"),
      ], pagesize=LETTER, title="Proof FALL24-KIT v3", author="Preprensa EDB"))])

# p10 Teams shared channel: VM says "Let's get them into production".
case("p10_jp_teams_into_production", ["RG002", "RG007"],
     "VM designer: 'Samples look amazing!! Let's get them into production' - unscoped and treats sample approval as rolling into production, against the written-release scope",
     [("Teams_MLK-24-0507_totems.txt", teams("MLK-24-0507 lightbox totems (Mitsuwa x Brightway)", [
         ("Haruka Mori (Mitsuwa Lifestyle)", "2024/05/07 10:02",
          "Dear Lily-san, PO MLK-24-0507 is issued: 3 prototype lightbox totems. Production quantity 57 is not released. "
          "It is released only by written release from Kenji Watanabe after prototype sign-off in Shibuya store. Thank you."),
         ("Lily Chen (Shenzhen Brightway)", "2024/05/07 10:30", "Dear Mori-san, well noted, 3 prototypes. Thank you!"),
         ("Lily Chen (Shenzhen Brightway)", "2024/05/29 16:45",
          "Prototypes installed in Shibuya yesterday, photos attached. How is the feedback?"),
         ("Aoi Sato (Mitsuwa Lifestyle VM)", "2024/05/29 17:02",
          "Samples look amazing!! The pink glow is perfect. Let's get them into production \U0001F389\U0001F389"),
         ("Lily Chen (Shenzhen Brightway)", "2024/05/29 17:05", "Thank you Sato-san! \U0001F60A We prepare."),
     ]))])

# p11 WhatsApp: deposit paid -> "you've got the green light".
case("p11_us_whatsapp_deposit_green_light", ["RG002", "RG012"],
     "after a correct sample scope, buyer writes 'deposit went out ... you've got the green light' - payment treated as authority and the green light names no quantity",
     [("WhatsApp_Chat_Monterrey_Metal.txt", wa([
         ("5/8/24", "9:02:11 AM", "Kyle Brennan", "Hi Alejandra, PO NW-45530 is in your inbox. It's 8 sample endcaps for now. The other 232 on the PO are not released until the pilot sign-off and my written release. Thanks!"),
         ("5/8/24", "9:10:40 AM", "Alejandra Garza", "Hola Kyle! Received, 8 samples \U0001F44D We send the proforma for the 30% deposit on the PO value today"),
         ("5/8/24", "9:11:02 AM", "Kyle Brennan", "perfect"),
         ("5/21/24", "4:48:19 PM", "Kyle Brennan", "Deposit went out today, 30% on the full PO. You've got the green light \U0001F44D"),
         ("5/21/24", "4:52:03 PM", "Alejandra Garza", "Muchas gracias Kyle!! We start planning with the plant tomorrow"),
     ]))])

# p12 DOCX sample order: 'twelve (21)' vs table 12; nothing about the rest.
case("p12_de_sample_order_twelve_21", ["RG003", "RG004", "RG005", "RG011"],
     "sample order says 'twelve (21)' while the table says 12; sample authorization never says the rest is not released, no unlock event, no release person",
     [("Musterbestellung_4500338120.docx", docx_bytes([
         ("h1", "Musterbestellung / Sample Order 4500338120"),
         ("p", "Hausmann Drogerie GmbH, Einkauf Non-Food / Ladenbau, Koenigsallee 88, 40212 Duesseldorf"),
         ("p", "Lieferant / Supplier: Displayco Sp. z o.o., ul. Gorna Wilda 92, 61-576 Poznan, Polen. Kreditor 481990."),
         ("p", "Datum / Date: 16.05.2024"),
         ("p", "Dear Mr Nowak, please supply twelve (21) sample counter displays 'Sonnenschutz 2025' according to your offer "
               "DC/2024/0311 and our drawing HD-TD-0918 Index B."),
         ("table", [["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Betrag EUR"],
                    ["10", "TD-0918", "Thekendisplay Sonnenschutz, Karton + Acryl, 4 Faecher (Muster)", "12", "39,00", "468,00"],
                    ["20", "FRACHT", "Fracht DAP Duesseldorf", "1", "180,00", "180,00"]]),
         ("p", "Liefertermin / delivery: KW 24 an Hausmann Zentrale, Wareneingang Tor 3."),
         ("p", "Bitte Auftragsbestaetigung innerhalb von 3 Tagen. Es gelten unsere Einkaufsbedingungen (Stand 01/2024)."),
         ("p", "Mit freundlichen Gruessen, Jens Koehler, Einkauf"),
     ], author="Jens Koehler"))])

# p13 EML: hold until further notice from me (named), no unlock event.
case("p13_uk_hold_until_further_notice", ["RG004"],
     "12 samples active, balance 288 on hold 'until further notice from me' (Gareth Mills) - a person but no unlock event",
     [("PO_KS-30266_slatwall_samples.eml", eml_bytes(mail(
         "Gareth Mills <g.mills@kestrelshopfitting.co.uk>", "Nguyen Thi Lan <lan.nguyen@saigonfixture.vn>",
         "PO KS-30266 - timber slatwall panels - samples", "Fri, 17 May 2024 13:10:00 +0100",
         "Hi Lan,\n\nPO KS-30266 attached for the timber slatwall panels (ash veneer, 1200 x 2400, 100 mm pitch).\n\n"
         "Please make 12 sample panels now and ship them to our Leeds workshop.\n\nThe balance of 288 panels shown on "
         "your quote is on hold until further notice from me. Please don't start on those.\n\nOur client is a fashion "
         "retailer opening 24 stores this autumn, so finish quality matters more than price. Any questions on the "
         "veneer grade, give me a shout.\n\nCheers,\nGareth" +
         sig("Gareth Mills", "Procurement Manager", "Kestrel Shopfitting Ltd, Leeds", "+44 113 555 0192"))))])

# p14 WhatsApp: rest parked till I give the word; supplier bought wood for all 300.
case("p14_us_whatsapp_parked_wood_bought", ["RG004", "RG006"],
     "hold named by Kyle ('till I give the word') but no unlock event; supplier bought wood and lacquer for all 300 with only 6 released and no material authority",
     [("WhatsApp_Chat_Saigon_Fixture.txt", wa([
         ("5/13/24", "8:15:40 AM", "Kyle Brennan", "Hi Lan, PO 46102 is for the 6 sample nesting tables for our flagship. Bal. 294 stays parked till I give the word."),
         ("5/13/24", "8:40:02 AM", "Nguyen Thi Lan", "Good morning Kyle, noted. 6 sample tables, ship by air wk 23"),
         ("5/20/24", "7:58:13 PM", "Nguyen Thi Lan", "Kyle, update: to save time and get better price we already bought the acacia wood and finishing lacquer for all 300 tables. Wood is drying in our warehouse now"),
         ("5/20/24", "8:02:55 PM", "Nguyen Thi Lan", "<attached: 00000031-PHOTO-2024-05-20-20-02-55.jpg>"),
         ("5/21/24", "7:31:09 AM", "Kyle Brennan", "Hm, we didn't ask for that. Let's talk Monday."),
     ]))])

# ------------------------------------------------------------------ batch 3
# c17 PDF interim sample disposition with limits.
case("c17_jp_interim_disposition_limits", [],
     "interim disposition limited to 20 units and an expiry, with a numbered release for the 20 signed by Yuki Tanaka; 1,480 not released until final sign-off and written release",
     [("SD-DISP-0612.pdf", pdf([
         ("h1", "SAMPLE DISPOSITION SD-DISP-0612"),
         ("p", "Sakura Drug Co., Ltd., Store Planning Dept., 2-5-10 Namba, Chuo-ku, Osaka 542-0076. Supplier: Xiamen Lumensign Co., Ltd."),
         ("p", "Order: PO SD-24-0930, item SB-LB-0930 illuminated shelf header. Samples evaluated: 3 pcs (received 3 June 2024)."),
         ("table", [["Check", "Result"],
                    ["Dimensions", "OK"],
                    ["Luminance uniformity", "OK (min. 1,520 cd/m2)"],
                    ["Fabric colour DIC 156", "slightly pale - new fabric lot requested"],
                    ["PSE label position", "OK"]]),
         ("h", "Disposition: INTERIM"),
         ("p", "Limits of this interim disposition: maximum 20 units, valid until 31 July 2024, for the wave-0 stores only "
               "(Namba, Umeda, Kyoto Shijo, Kobe Sannomiya)."),
         ("p", "Production release under this interim disposition: release no. SD-R-001 for 20 (twenty) units, signed Yuki "
               "Tanaka, Store Planning Manager, 12 June 2024. Build these 20 with the current fabric lot."),
         ("p", "The remaining 1,480 units are not released. They need a final sample sign-off (disposition 'approved', "
               "after the new fabric lot is checked) and then a written release from Yuki Tanaka."),
         ("p", "Material authority: for the 20 released units only."),
         ("p", "Signed: Yuki Tanaka, Store Planning Manager, 12 June 2024"),
     ], title="SD-DISP-0612", author="Sakura Drug Store Planning"))])

# c18 EML multipart/alternative: full-quantity re-order, scoped go-ahead.
_c18_txt = ("Hi Piotr,\n\nQuick one: please go ahead with the 25 replacement header boards (HB-900, dibond 3 mm, "
            "printed, with the new Kestrel client logo) on PO KS-30301. That's the complete order - there's no "
            "balance or follow-on quantity behind it.\n\nDelivery to our Leeds workshop by 28 June, on one pallet, "
            "boards interleaved with foam please. Same artwork as last time apart from the logo (file attached on "
            "the portal).\n\nCheers,\nGareth\n\nGareth Mills\nProcurement Manager | Kestrel Shopfitting Ltd\n"
            "Unit 7, Aire Valley Business Park, Leeds LS12 4DT | +44 113 555 0192\n")
case("c18_uk_fullqty_reorder_go_ahead", [],
     "'go ahead with the 25 replacement header boards' on a complete re-order with no balance",
     [("PO_KS-30301_header_boards.eml", eml_bytes(mail(
         "Gareth Mills <g.mills@kestrelshopfitting.co.uk>", "Piotr Nowak <p.nowak@displayco.pl>",
         "PO KS-30301 - 25 replacement header boards", "Mon, 10 Jun 2024 10:02:00 +0100",
         _c18_txt, html="<html><body><p>" + escape(_c18_txt).replace("\n", "<br>\n") + "</p></body></html>")))])

# c19 EML Japanese-English: sample approved for fit check only.
case("c19_jp_fit_check_only", [],
     "'sample is approved for fit check only, production is not released'; 2 samples active, 118 not released, unlock = store test + written release by Kenji Watanabe",
     [("MLK-24-0388_sample_result.eml", eml_bytes(mail(
         "Kenji Watanabe <watanabe.kenji@mitsuwa-lifestyle.co.jp>", "Lily Chen <lily.chen@brightway-display.com>",
         "[MLK-24-0388] Result of sample check / acrylic riser set", "Thu, 13 Jun 2024 18:20:00 +0900",
         "Dear Ms. Lily Chen,\n\nThank you very much for your kind support always.\nWe received 2 samples of acrylic riser "
         "set (MLK-AR-3) on 11th June.\n\nResult: Sample is approved for fit check only. Production is not released.\n\n"
         "Please kindly note the following points.\n1. PO MLK-24-0388 covers only these 2 samples. Nothing more is to be "
         "produced now.\n2. The remaining 118 sets are not released. Please do not purchase acrylic sheet for them.\n"
         "3. We will test the samples in Ginza store for 2 weeks. After the store test, I will send written release for "
         "the 118 sets, if result is good.\n4. Edge polishing of the small riser is a little rough. Please improve for "
         "next lot.\n\nThank you for your understanding.\n\nBest regards,\n\nKenji Watanabe\nStore Development Manager\n"
         "Mitsuwa Lifestyle K.K.\nTEL: +81-3-5555-0149\n")))])

# p15 PDF PO: hold and event present, release by an unnamed department.
case("p15_de_po_purchasing_department", ["RG005"],
     "10 samples active, 190 not released until pilot-store sign-off and a written release from 'our Purchasing department' - no named person",
     [("Bestellung_4510177.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4510177"),
         ("p", "Vogel Sport AG, Einkauf Ladenbau, Landsberger Str. 300, 80687 Muenchen. einkauf-ladenbau@vogelsport.de"),
         ("p", "Lieferant: Monterrey Metal Display S.A. de C.V., Av. Industrial 455, Apodaca, N.L., Mexico. Datum: 22.05.2024."),
         ("table", [["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis USD"],
                    ["10", "VS-SKW-6", "Ski wall bracket set, 6 pairs, steel, powder coat RAL 9005 (Muster)", "10", "88,00"]]),
         ("p", "Scope: this PO covers 10 sample bracket sets for our pilot stores Garmisch and Innsbruck. The balance of "
               "190 sets is not released. It will be released only after the pilot-store sign-off (end of October) and "
               "with a written release from our Purchasing department."),
         ("p", "Material: for the 10 samples only. Lieferung: DAP Muenchen, Zentrallager Tor 2, KW 30."),
         ("p", "Es gelten die Einkaufsbedingungen der Vogel Sport AG."),
     ], title="4510177", author="Vogel Sport Einkauf"))])

# p16 EML: supplier assumes approval runs the 594; quoted buyer names only 'internal approval in our company'.
_p16_q = """From: Yuki Tanaka <tanaka.yuki@sakuradrug.co.jp>
Sent: Monday, May 27, 2024 11:40 AM
To: Lily Chen <lily.chen@brightway-display.com>
Subject: PO SD-24-1102 cosmetic tester unit

Dear Ms. Chen,

Thank you for your quotation. We issued PO SD-24-1102 for 6 sample tester units (ST-600).
The remaining 594 units are not released until internal approval in our company after sample evaluation.
Please do not buy material for the 594.

Best regards,
Yuki Tanaka
Store Planning, Sakura Drug Co., Ltd."""
case("p16_jp_internal_approval_supplier_rolls_on", ["RG005", "RG007"],
     "buyer scope holds 594 until 'internal approval in our company' (no named person); supplier replies it will continue to production of the 594 after sample approval",
     [("RE_PO_SD-24-1102_tester_unit.eml", eml_bytes(mail(
         "Lily Chen <lily.chen@brightway-display.com>", "Yuki Tanaka <tanaka.yuki@sakuradrug.co.jp>",
         "RE: PO SD-24-1102 cosmetic tester unit", "Tue, 28 May 2024 10:05:00 +0800",
         "Dear Tanaka-san,\n\nThank you very much for your PO. 6 samples will be ready on 10 June.\n\nAfter your sample "
         "approval, we will continue to production of the 594 units smoothly as schedule, so delivery to your Osaka DC "
         "in middle of August is possible.\n\nBest regards,\nLily Chen\nSales Manager\nShenzhen Brightway Display Co., Ltd.\n\n"
         + q(_p16_q))))])

# p18 EML: go ahead with the samples - no quantity, nothing about the rest.
case("p18_us_samples_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "'go ahead with the samples for the store trial' is sample-scoped but states no quantity; nothing says the rest is not released, no unlock event, no release person",
     [("Wellness_header_samples.eml", eml_bytes(mail(
         "Jordan Ellis <jellis@pinecrestpharmacy.com>", "Katarzyna Wisniewska <k.wisniewska@signpol.pl>",
         "Wellness wall header - samples", "Wed, 29 May 2024 15:33:00 -0400",
         "Hi Katarzyna,\n\nThanks for the revised drawings, the thinner profile looks much better.\n\nPlease go ahead with "
         "the samples for the store trial and ship them to our Charlotte office (attn. Store Design, 2200 South Blvd, "
         "Charlotte, NC 28203). Invoice against PO PP-77031.\n\nWe'll share feedback after the trial. Our team would love "
         "the warm-white LEDs (3000K) rather than the 4000K in the drawing.\n\nBest,\nJordan\n\nJordan Ellis\nSenior "
         "Buyer, Store Environment | Pinecrest Pharmacy\n(704) 555-0163\n")))])

# p19 EML: PO for 10 samples, and please already buy extrusion for the rollout.
case("p19_nl_buy_extrusion_for_rollout", ["RG003", "RG004", "RG005", "RG006"],
     "sample PO for 10 never says the rest is not released, no unlock event or release person; buyer asks supplier to buy aluminium for the rollout with no stated material authority",
     [("PO_ZH-4500-2340_SEG_frames.eml", eml_bytes(mail(
         "Joost Verhoeven <j.verhoeven@zuiderhaven.nl>", "Zhang Wei <wendy.zhang@lumensign.cn>",
         "PO ZH-4500-2340 SEG frames", "Thu, 30 May 2024 09:14:00 +0200",
         "Hi Wendy,\n\nPO ZH-4500-2340 for 10 sample SEG frames (1000 x 2000, double-sided, freestanding) is attached in "
         "the portal.\n\nPlease already buy the aluminium profile for the rollout so we don't lose time - your lead time on "
         "extrusion is long and our stores open in October.\n\nPlease send the samples by air to our Tilburg DC.\n\n"
         "Met vriendelijke groet,\nJoost Verhoeven\nInkoper Winkelinrichting | Zuiderhaven Retail B.V.\n+31 13 555 0162\n")))])

# p20 EML multipart/alternative: produce the pilot displays for our test stores (no number).
_p20_txt = ("Ola Rui,\n\nThanks for the new cork sample, the darker grain works much better with our oak tables.\n\n"
            "Please produce the pilot displays for our test stores now, same spec as the sample (ZH-CK-410, with the "
            "engraved logo on both sides).\n\nThe rollout is not released. I will sign the written release myself after "
            "the four-week trial in the test stores, and only then. No cork for the rollout yet, please.\n\nDelivery to "
            "our Tilburg DC as usual.\n\nGroetjes,\nSanne de Wit\nCategory Manager Home | Zuiderhaven Retail B.V.\n")
case("p20_nl_pilot_displays_no_number", ["RG010"],
     "authorizes 'the pilot displays for our test stores' without a number anywhere; hold, unlock event and Sanne de Wit are present",
     [("Pilot_displays_ZH-CK-410.eml", eml_bytes(mail(
         "Sanne de Wit <s.dewit@zuiderhaven.nl>", "Rui Carvalho <rui.carvalho@lusodisplay.pt>",
         "ZH-CK-410 pilot displays", "Mon, 03 Jun 2024 11:47:00 +0200",
         _p20_txt, html="<html><body><p>" + escape(_p20_txt).replace("\n", "<br>\n") + "</p></body></html>")))])

# p21 TXT ERP call-off: released quantity refers to a store allocation that is not in the bundle.
case("p21_us_calloff_qty_see_allocation", ["RG010"],
     "call-off releases 'see store allocation' (not in the bundle) - no active quantity; balance hold, next call-off and Kyle Brennan are named",
     [("NW-CO-8120-02.txt", """NORTHWAY OUTFITTERS INC.                                   PURCHASING - STORE FIXTURES
1880 WAZEE ST, DENVER CO 80202                             PRINTED 06/17/2024 08:02 MT
------------------------------------------------------------------------------------------
DOCUMENT : CALL-OFF / RELEASE AGAINST BLANKET PO
BLANKET PO: NW-BPO-8120     CALL-OFF NO: 02     REV: 0
VENDOR   : 204417  MONTERREY METAL DISPLAY S.A. DE C.V., APODACA N.L. MEXICO
ITEM     : EC-36-HDR   ENDCAP HEADER FRAME 36", STEEL, POWDER COAT RAL 7016
------------------------------------------------------------------------------------------
PRODUCTION RELEASED BY THIS CALL-OFF ....... SEE STORE ALLOCATION (ATTACHED)
REMAINING BALANCE .......................... NOT RELEASED - DO NOT PRODUCE
------------------------------------------------------------------------------------------
UNLOCK: REMAINING BALANCE RELEASED ONLY BY NEXT CALL-OFF (NO. 03) AFTER WAVE-2
INSTALL REVIEW, SIGNED BY KYLE BRENNAN, DIRECTOR STORE DEVELOPMENT.
MATERIAL: FOR THIS CALL-OFF ONLY.
------------------------------------------------------------------------------------------
SHIP TO   : PER STORE ALLOCATION, KITTED PER STORE, STORE NO. ON EACH CARTON
SHIP DATE : 08/05/2024   FREIGHT: LTL, VENDOR ARRANGES, DAP
------------------------------------------------------------------------------------------
BUYER: A. KOWALCZYK  303-555-0176
""")])

# p22 DOCX PO: quantity 'as per your quotation' (quote not in the bundle).
case("p22_uk_po_qty_as_per_quote", ["RG010"],
     "PO line quantity is 'as per your quotation SFW-Q-2291', which is not in the bundle - no active quantity stated; hold, event and Olivia Pritchard present",
     [("HF-PO-240528.docx", docx_bytes([
         ("h1", "Purchase Order HF-PO-240528"),
         ("p", "Harrow & Finch Ltd - Visual Merchandising & Store Design, 212 Marylebone Road, London NW1 6JQ"),
         ("p", "Supplier: Saigon Fixture Works JSC, Tan Thuan EPZ, District 7, Ho Chi Minh City. Date: 28 May 2024."),
         ("table", [["Line", "Item", "Description", "Quantity", "Unit price"],
                    ["10", "HF-TBL-NEST", "Nesting display tables (set of 3), oak, sample units", "As per your quotation SFW-Q-2291", "USD 265.00 / set"]]),
         ("p", "These are sample units for our store trial. The roll-out quantity is not released. It will only be released by a "
               "written release signed by Olivia Pritchard, Head of Visual Merchandising, after the store-trial sign-off."),
         ("p", "Material authority: sample-only."),
         ("p", "Delivery: DAP London, DC Park Royal. Payment 60 days EOM. Buyer: Tom Ashdown."),
     ], author="Tom Ashdown"))])

# p23 EML thread: 'enough units for our pilot stores' + supplier bought LEDs and dibond for all 180 shops.
_p23_q = """From: Priya Raman <priya.raman@thornbury.co.uk>
Sent: 04 June 2024 16:20
To: Katarzyna Wisniewska <k.wisniewska@signpol.pl>
Subject: Thornbury lightbox - pilot

Hi Katarzyna,

Lovely to speak earlier. As discussed, please make enough units for our pilot stores, PO TB-88260 to follow.
The roll-out is not released - I'll send my written release after the pilot review in September, and not before.

Best wishes,
Priya"""
case("p23_pl_enough_for_pilot_bought_for_180", ["RG006", "RG010"],
     "buyer authorizes 'enough units for our pilot stores' with no quantity; supplier has ordered LED modules and dibond for all 180 shops with no material authority",
     [("RE_Thornbury_lightbox_pilot.eml", eml_bytes(mail(
         "Katarzyna Wisniewska <k.wisniewska@signpol.pl>", "Priya Raman <priya.raman@thornbury.co.uk>",
         "RE: Thornbury lightbox - pilot", "Wed, 05 Jun 2024 09:02:00 +0200",
         "Dear Priya,\n\nthank you, it was a pleasure. OK, we will make for the pilot stores - how many stores exactly, "
         "please? Then I confirm the delivery date.\n\nPS: we already ordered the LED modules and the dibond for all 180 "
         "shops, because you said the roll-out will come and LED lead time is 8 weeks now. So we are ready.\n\n"
         "Best regards / Pozdrawiam\nKatarzyna Wisniewska\nSales Director\nSignpol Sp. z o.o., ul. Wydawnicza 12, 92-333 Lodz\n"
         "tel. +48 42 555 0116\n\n" + q(_p23_q))))])

# p24 EML: supplier already ordered acrylic and LED for all 460; quoted buyer scope complete.
_p24_q = """From: Megan Ortiz <megan.ortiz@copperlinecoffee.com>
Sent: Friday, May 31, 2024 1:12 PM
To: Zhang Wei <wendy.zhang@lumensign.cn>
Subject: PO CC-2024-0531 pastry case toppers

Hi Wendy,

PO CC-2024-0531 is attached: 12 sample illuminated pastry-case toppers for our pilot cafes. The remaining 448
are not released. They will be released only by my written release after the pilot review on July 12.

Thanks,
Megan"""
case("p24_cn_supplier_bought_for_460", ["RG006"],
     "supplier reports acrylic and LED bought for all 460 units while only 12 are released and no material authority exists; buyer scope otherwise complete",
     [("RE_PO_CC-2024-0531_toppers.eml", eml_bytes(mail(
         "Zhang Wei <wendy.zhang@lumensign.cn>", "Megan Ortiz <megan.ortiz@copperlinecoffee.com>",
         "RE: PO CC-2024-0531 pastry case toppers", "Tue, 04 Jun 2024 17:40:00 +0800",
         "Dear Megan,\n\nThank you for the PO. 12 samples are in production, ready on 14 June.\n\nGood news: we already "
         "ordered the complete acrylic sheets and LED strips for all 460 units, to lock the price before the material "
         "price increase in July. Material will arrive next week and we keep it for your order.\n\nBest regards,\n"
         "Wendy Zhang\nSales | Xiamen Lumensign Co., Ltd.\n+86 592 555 0171\n\n" + q(_p24_q))))])

# p25 HTML supplier-portal order status: MDF cut and LED pockets bought for 240, released 6.
case("p25_cn_portal_status_material_cut", ["RG006"],
     "supplier status page: released 6 prototypes, roll-out not released, but MDF cut and LED pockets purchased for 240 units",
     [("Brightway_order_status_HF-PO-240417.html", html_page("Order status HF-PO-240417", """
<h2>Shenzhen Brightway Display &mdash; Customer Order Tracking</h2>
<p>Customer: Harrow &amp; Finch Ltd &nbsp;|&nbsp; Customer PO: HF-PO-240417 &nbsp;|&nbsp; Our job: BW-J-24-0871 &nbsp;|&nbsp; Updated: 2024-05-16 18:05</p>
<table>
<tr><th>Item</th><th>Released qty</th><th>Status</th></tr>
<tr><td>FSDU-HF-SPR24 prototype</td><td>6</td><td>Assembly 80% &ndash; ship 2024-05-21</td></tr>
<tr><td>FSDU-HF-SPR24 roll-out</td><td>not released (forecast ~240)</td><td>&ndash;</td></tr>
</table>
<h3>Material status</h3>
<table>
<tr><th>Material</th><th>Qty</th><th>Status</th></tr>
<tr><td>MDF 18 mm, CNC cut carcass parts</td><td>240 sets</td><td>cut, in stock (to save lead time for roll-out)</td></tr>
<tr><td>LED light pocket 600 mm</td><td>240 pcs</td><td>purchased, received 2024-05-14</td></tr>
<tr><td>Acrylic shelves 5 mm</td><td>12 pcs</td><td>cut (prototypes)</td></tr>
</table>
<p>Questions: Lily Chen, Sales Manager &middot; lily.chen@brightway-display.com</p>
"""))])

# p26 WhatsApp: forecast 500 booked as firm order, oak and oil bought for 500.
case("p26_vn_whatsapp_forecast_booked_firm", ["RG006", "RG008"],
     "buyer labels 500 as forecast; supplier books it as a firm order and buys oak and oil for 500 with only 4 prototypes released",
     [("WhatsApp_Chat_Vogel_Sport_benches.txt", wa([
         ("10.06.24", "09:02:15", "Lukas Reiter", "Hi Duc, PO 4510301 is out: 4 prototype shoe benches only. For next year our forecast is approx. 500 benches for all stores - forecast, not an order. Production needs my written release after the prototype review in July."),
         ("10.06.24", "09:35:48", "Tran Minh Duc", "Dear Mr Lukas, thank you very much for the order of 500 set!! \U0001F64F\U0001F64F"),
         ("10.06.24", "09:36:30", "Tran Minh Duc", "We book it as firm order in our system and buy the oak and oil already for 500 set, so price keep same for you"),
         ("10.06.24", "09:37:02", "Tran Minh Duc", "4 prototype ready 28 June"),
         ("10.06.24", "11:20:11", "Lukas Reiter", "ok, thanks for the prototype date. talk soon"),
     ]))])

# p27 EML + PDF: deposit received -> steel bought for 250 and production starts.
_p27_pf = pdf([
    ("h1", "FACTURA PROFORMA / PROFORMA INVOICE EDB-PF-2024-0144"),
    ("p", "Exhibidores del Bajío S.A. de C.V., RFC EBA-980311-KQ2, León, Gto. Cliente: Copperline Coffee Co., Portland OR."),
    ("table", [["Concepto", "Cant.", "P.U. USD", "Importe USD"],
               ["MBF-24 menu board frame, sample (PO CC-2024-0604 line 1)", "10", "74.00", "740.00"],
               ["MBF-24 menu board frame (PO CC-2024-0604 line 2)", "240", "41.50", "9,960.00"],
               ["Anticipo 30% / deposit 30% - RECIBIDO 05/06/2024", "", "", "3,210.00"]]),
    ("p", "Banco: BBVA México, cuenta en USD. Referencia: CC-2024-0604."),
], pagesize=LETTER, title="EDB-PF-2024-0144", author="EDB Cobranza")
_p27_q = """From: Megan Ortiz <megan.ortiz@copperlinecoffee.com>
Sent: Tuesday, June 4, 2024 10:30 AM
To: Alejandro Ruiz <aruiz@exhibidoresbajio.mx>
Subject: PO CC-2024-0604 menu board frames

Hi Alejandro,

PO CC-2024-0604 attached. Line 1: 10 sample frames, build now. Line 2: 240 frames, not released - I will release
them in writing after the pilot review in July. Your proforma for the 30% deposit is fine, we'll pay it this week.

Thanks!
Megan"""
case("p27_mx_deposit_received_steel_bought", ["RG006", "RG012"],
     "supplier reads the deposit as authority: steel bought for all 250 and production of the frames starts Monday, while only 10 samples are released",
     [("RE_PO_CC-2024-0604_anticipo.eml", eml_bytes(mail(
         "Alejandro Ruiz <aruiz@exhibidoresbajio.mx>", "Megan Ortiz <megan.ortiz@copperlinecoffee.com>",
         "RE: PO CC-2024-0604 menu board frames - anticipo recibido", "Thu, 06 Jun 2024 12:15:00 -0600",
         "Hi Megan,\n\nmuchas gracias, we received the 30% deposit yesterday (proforma attached, marked received).\n\n"
         "With the deposit received we have purchased the steel sheet for the complete 250 frames, it is already in our "
         "warehouse, and we start production of the 250 on Monday so you have them early.\n\nSaludos cordiales,\n"
         "Alejandro Ruiz\nVentas de Exportación | Exhibidores del Bajío S.A. de C.V.\nTel. +52 477 555 0193\n\n" + q(_p27_q),
         attachments=[("EDB-PF-2024-0144.pdf", _p27_pf, PDF_MT)])))])

# ------------------------------------------------------------------ batch 4
# c20 PDF PO: sample line released, production line commercial cover only.
case("c20_us_po_two_lines_cover_not_release", [], 
     "PO with sample line (8, build now) and production line (392) stated as commercial cover only, not released; unlock = pilot sign-off + written release by Dana Whitaker; sample-only material",
     [("BB-46310.pdf", pdf([
         ("h1", "PURCHASE ORDER BB-46310"),
         ("p", "Bramble Beauty Inc., Sourcing & Retail Fixtures, 600 N High St, Columbus, OH 43215."),
         ("p", "Vendor: Exhibidores del Bajío S.A. de C.V., León, Guanajuato, México. Attn: Alejandro Ruiz. PO date: 06/12/2024."),
         ("table", [["Line", "Item", "Scope", "Qty", "Unit USD", "Status"],
                    ["10", "BB-FDU-4 floor display unit, 4 shelves, metal + printed PVC", "sample", "8", "126.00", "build now"],
                    ["20", "BB-FDU-4 floor display unit", "production", "392", "58.00", "commercial cover only - NOT released"]]),
         ("p", "What to do now: build and ship the 8 sample units of line 10 to our Columbus lab by July 12."),
         ("p", "Line 20 is commercial cover so that prices and capacity are reserved. Issuing this PO does not release line 20. "
               "Do not buy material for it and do not start it. Material authority: sample-only."),
         ("p", "Unlock: line 20 (392 units) is released only by a written production release from Dana Whitaker, Senior Sourcing "
               "Manager, after the pilot sign-off in 4 stores (Columbus, Dayton, Cincinnati, Toledo)."),
         ("p", "Payment terms: Net 60. Incoterm: DAP Columbus. Carton marks: PO number, line, unit count."),
     ], pagesize=LETTER, title="BB-46310", author="Bramble Beauty Sourcing"))])

# c21 folder: ERP PO printout + quote PDF, quote quantities declared informational.
case("c21_de_erp_po_quote_informational_folder", [],
     "6 sample signs ordered; quote quantities (6 / 1.440) declared for information only and series not released; unlock = pilot-test sign-off + written release by J. Koehler",
     [("BESTELLUNG_4500338502.txt", """HAUSMANN DROGERIE GMBH            EINKAUF NON-FOOD / LADENBAU            SEITE 1/1
BESTELLUNG / PURCHASE ORDER 4500338502                        DATUM: 03.06.2024
======================================================================================
LIEFERANT : 0000481207  SIGNPOL SP. Z O.O., UL. WYDAWNICZA 12, 92-333 LODZ (PL)
ANGEBOT   : SP-2024-221 VOM 24.05.2024 (ANLAGE)
--------------------------------------------------------------------------------------
POS  ARTIKEL       BEZEICHNUNG                               MENGE  ME   PREIS EUR
--------------------------------------------------------------------------------------
010  400-1200-3    REGALSCHILD BELEUCHTET 1200 MM (MUSTER)       6  ST      64,00
020  FRACHT        FRACHT DAP DUESSELDORF                        1  PA     210,00
--------------------------------------------------------------------------------------
LIEFERTERMIN: KW 26   LIEFERADRESSE: HAUSMANN ZENTRALE, WARENEINGANG TOR 3
--------------------------------------------------------------------------------------
UMFANG / SCOPE:
DIESE BESTELLUNG UMFASST NUR 6 MUSTER. / THIS PO COVERS 6 SAMPLES ONLY.
DIE MENGEN IM ANGEBOT (MUSTER 6 / SERIE 1.440) SIND NUR ZUR INFORMATION.
QUOTE QUANTITIES (SAMPLE 6 / SERIES 1.440) ARE FOR INFORMATION ONLY.
SERIE NICHT FREIGEGEBEN - KEIN MATERIALEINKAUF FUER DIE SERIE.
SERIES NOT RELEASED - NO MATERIAL PURCHASE FOR THE SERIES.
SERIENFREIGABE NUR SCHRIFTLICH DURCH J. KOEHLER NACH ABNAHME DES PILOTTESTS.
SERIES RELEASED ONLY IN WRITING BY J. KOEHLER AFTER SIGN-OFF OF THE PILOT TEST.
--------------------------------------------------------------------------------------
SACHBEARBEITER: J. KOEHLER  TEL +49 211 555 0190
"""),
      ("Angebot_SP-2024-221.pdf", pdf([
          ("h1", "OFERTA / QUOTATION SP-2024-221"),
          ("p", "Signpol Sp. z o.o., Lodz. For: Hausmann Drogerie GmbH, Mr Jens Koehler. Date: 24.05.2024. Valid 90 days."),
          ("table", [["Item", "Description", "Qty", "Unit EUR", "Lead time"],
                     ["400-1200-3", "Illuminated shelf sign 1200 mm, samples", "6 pcs", "64,00", "3 weeks"],
                     ["400-1200-3", "Illuminated shelf sign 1200 mm, series", "1.440 pcs", "29,80", "6 weeks"]]),
          ("p", "LED 24V, driver per DIN EN 61347. Packing 10 pcs per carton. Incoterm DAP Duesseldorf."),
          ("p", "Katarzyna Wisniewska, Sales Director, +48 42 555 0116"),
      ], title="SP-2024-221", author="Signpol"))])

# c22 EML supplier status with HTML attachment: material for samples only.
_c22_html = html_page("Production status CC-2024-0618", """
<h2>Saigon Fixture Works JSC &mdash; Weekly status</h2>
<p>Customer: Copperline Coffee Co. &nbsp;|&nbsp; PO: CC-2024-0618 &nbsp;|&nbsp; Week 25 / 2024</p>
<table>
<tr><th>Item</th><th>Qty released</th><th>Progress</th><th>Material</th></tr>
<tr><td>CC-BAR-STOOL-DISP pastry stand, teak, sample</td><td>5</td><td>sanding done, finishing 19 June</td><td>bought for 5 only</td></tr>
<tr><td>Rollout</td><td>not released</td><td>&ndash;</td><td>not purchased, waiting your release</td></tr>
</table>
<p class="note">We buy teak for the rollout only after your written release. Teak lead time is 5 weeks.</p>
""")
case("c22_vn_status_with_html_attachment", [],
     "supplier weekly status (not an authorization): 5 samples released, rollout not released, material bought for the 5 only",
     [("Weekly_status_CC-2024-0618_wk25.eml", eml_bytes(mail(
         "Nguyen Thi Lan <lan.nguyen@saigonfixture.vn>", "Megan Ortiz <megan.ortiz@copperlinecoffee.com>",
         "Weekly status wk25 - PO CC-2024-0618 pastry stand", "Mon, 17 Jun 2024 16:30:00 +0700",
         "Dear Megan,\n\nPlease find our weekly status attached.\n\nIn short: the 5 sample pastry stands will be finished on "
         "19 June and fly on 21 June. Material is bought for the 5 samples only; for the rollout we have not purchased "
         "anything and we wait for your written release.\n\nHave a nice week!\n\nBest regards,\nLan Nguyen\nExport Sales | "
         "Saigon Fixture Works JSC\n+84 28 5555 0177\n",
         attachments=[("status_CC-2024-0618_wk25.html", _c22_html, "text/html")])))])

# c23 EML German-English: hold notice that keeps sample sign-off, PO issue and production release apart.
case("c23_de_hold_notice_words_apart", [],
     "keeps sample sign-off (technical), PO issued (commercial) and production release apart; 4 samples active, 196 on hold, written release by Julia Hartmann after pilot review",
     [("Status_BO-77200_Praesentationstisch.eml", eml_bytes(mail(
         "Julia Hartmann <j.hartmann@brandt-optik.de>", "Piotr Nowak <p.nowak@displayco.pl>",
         "Status BO-77200 Praesentationstisch - please read", "Fri, 14 Jun 2024 12:40:00 +0200",
         "Dear Mr Nowak,\n\nto avoid any misunderstanding, here the status of order BO-77200 (presentation table PT-1400):\n\n"
         "1. Sample sign-off: done on 12 June for the 4 samples (technical only - dimensions, finish, stability).\n"
         "2. Purchase order BO-77200: issued on 2 May. It covers the 4 samples and gives commercial cover for 196 more tables.\n"
         "3. Production release: NOT given. The 196 tables stay on hold. Please do not buy MDF or glass for them.\n\n"
         "The production release for the 196 will come from me in writing, after the pilot review in our stores Koeln and "
         "Bonn (week 28). Nothing else counts as production release - not the sample sign-off, not the PO.\n\n"
         "Mit freundlichen Gruessen\nJulia Hartmann\nLeitung Ladenbau / Head of Store Construction\nBrandt Optik GmbH, "
         "Hohe Str. 120, 50667 Koeln\nTel. +49 221 555 0130\n")))])

# c24 DOCX stop notice.
case("c24_nl_stop_notice", [],
     "stop notice: nothing may start, authorized quantity now zero, stop lifted only in writing by Ruud van Dijk after fire test report; balance 190 still needs written release after sample sign-off",
     [("STOP_FP-2024-2260.docx", docx_bytes([
         ("h1", "Stop notice - order FP-2024-2260"),
         ("p", "Fietsplein B.V., Inkoop Winkelinrichting, Stationsweg 41, 3441 AB Woerden. Date: 18 June 2024."),
         ("p", "To: Hanoi Woodcraft Display Co., Ltd, attn. Mr Tran Minh Duc. Item: FP-HS-8 wooden helmet shelf, 8 helmets, pine."),
         ("h", "Stop"),
         ("p", "With immediate effect all work on order FP-2024-2260 stops. Nothing more may start - no cutting, no finishing, "
               "no material purchase - whether released or not."),
         ("p", "Authorized quantity now: 0 (zero). The 10 samples already delivered on 7 June are complete and accepted for "
               "the trial; nothing beyond them is authorized."),
         ("h", "Why"),
         ("p", "Our insurer asks for a fire-safety test report to EN 13501-1 for the lacquered pine before we can put the shelves in stores."),
         ("h", "Lifting the stop"),
         ("p", "The stop is lifted only in writing by Ruud van Dijk, Inkoper Winkelinrichting, after we have received the fire-safety test report."),
         ("p", "Lifting the stop does not release anything by itself: the balance of 190 shelves remains not released until "
               "the sample sign-off in our pilot store and a written release from Ruud van Dijk."),
         ("table", [["Order", "Samples delivered", "Balance (not released)", "Status"],
                    ["FP-2024-2260", "10", "190", "STOP"]]),
         ("p", "Please confirm receipt of this stop notice by return e-mail."),
     ], author="Ruud van Dijk"))])

# c25 EML Dutch: full-quantity order of 1.250 shelf strips with TXT order attached.
case("c25_nl_fullqty_order_european_numbers", [],
     "complete order of 1.250 price strips (European thousands separator), no balance, scoped 'proceed with the 1.250'",
     [("Bestelling_KM-2406-07.eml", eml_bytes(mail(
         "Bram Visser <bram.visser@dekaasmeester.nl>", "Piotr Nowak <p.nowak@displayco.pl>",
         "Bestelling KM-2406-07 prijslijsten / price strips", "Tue, 18 Jun 2024 10:10:00 +0200",
         "Beste Piotr,\n\nhierbij onze bestelling KM-2406-07 (see attachment).\n\nIn English to be sure: please proceed with "
         "the 1.250 price strips (PS-1000-39, 1000 mm, 39 mm high, clear PVC with cheese-yellow insert). This is the "
         "complete order - 1.250 stuks, no balance, no call-offs to follow.\n\nDelivery in one shipment to our DC in "
         "Gouda, week 28, max. 1.000 kg per pallet.\n\nMet vriendelijke groet,\nBram Visser\nInkoop | De Kaasmeester B.V.\n"
         "Goudse Markt 12, 2801 JE Gouda | 0182 555 021\n",
         attachments=[("KM-2406-07.txt", """DE KAASMEESTER B.V.                      INKOOPORDER KM-2406-07
Datum: 18-06-2024                        Leverancier: Displayco Sp. z o.o. (PL)
-----------------------------------------------------------------------
Regel  Artikel     Omschrijving                       Aantal   Prijs EUR
-----------------------------------------------------------------------
1      PS-1000-39  Prijslijst 1000 mm x 39 mm, helder   1.250       1,86
                   PVC + inlegstrook kaasgeel
-----------------------------------------------------------------------
Totaal                                                           2.325,00
Volledige order - geen restant / complete order - no balance.
Levering: wk 28, DC Gouda, Industrieweg 5.
""", "text/plain")])))])

# p29 EML: Chinese supplier will start mass production directly after white sample confirmation.
_p29_q = """From: Jordan Ellis <jellis@pinecrestpharmacy.com>
Sent: Monday, June 3, 2024 2:15 PM
To: Kevin Zhou <kevin.zhou@hengtai-acrylic.com>
Subject: PO PP-77102 vitamin shelf dividers

Hi Kevin,

PO PP-77102 is attached: 6 white samples of the acrylic vitamin shelf divider (VSD-45). The other 594 dividers
are not released. I will release them only in writing, after our pilot in 3 stores (about 4 weeks).

Thanks,
Jordan"""
case("p29_cn_mass_production_after_white_sample", ["RG007"],
     "supplier: once the white sample is confirmed 'we will directly start mass production of the 594 pcs, no need new PO' - assumes auto-conversion against the buyer's written-release scope",
     [("RE_PO_PP-77102_dividers.eml", eml_bytes(mail(
         "Kevin Zhou <kevin.zhou@hengtai-acrylic.com>", "Jordan Ellis <jellis@pinecrestpharmacy.com>",
         "RE: PO PP-77102 vitamin shelf dividers", "Tue, 04 Jun 2024 09:12:00 +0800",
         "Dear Jordan,\n\nThank you for the PO. The 6 white samples will ship on 12 June by DHL.\n\nTo save your time: once "
         "you confirm the white sample, we will directly start mass production of the 594 pcs, no need new PO. Mass "
         "production takes 18 days.\n\nBest regards,\nKevin Zhou\nSales Manager\nDongguan Hengtai Acrylic Products Co., Ltd.\n\n"
         + q(_p29_q))))])

# p30 EML: UK buyer contradicts her own written-release requirement before going on holiday.
_p30_q = """From: Olivia Pritchard <olivia.pritchard@harrowfinch.co.uk>
Sent: Thursday, 2 May 2024 10:15
To: Lily Chen <lily.chen@brightway-display.com>
Subject: PO HF-PO-240503 - counter plinths

Hi Lily,

PO HF-PO-240503 covers the 8 sample counter plinths only. The roll-out (152 plinths) is not released - it will
only be released by my written release after we've signed off the samples in our 4 pilot stores.

Thanks!
Olivia"""
case("p30_uk_carry_on_no_paperwork", ["RG007"],
     "buyer contradicts her own written-release rule: 'if the pilot stores are happy, just carry on with the rest, no need to wait for paperwork'",
     [("RE_HF-PO-240503_holiday.eml", eml_bytes(mail(
         "Olivia Pritchard <olivia.pritchard@harrowfinch.co.uk>", "Lily Chen <lily.chen@brightway-display.com>",
         "RE: PO HF-PO-240503 - counter plinths", "Wed, 05 Jun 2024 17:55:00 +0100",
         "Hi Lily,\n\nThanks for getting the samples over so quickly - they're in the four pilot stores now.\n\nI'm off on "
         "holiday from Friday for two weeks. If the pilot stores are happy with the plinths, just carry on with the rest, "
         "no need to wait for paperwork from me. Tom can answer anything urgent.\n\nSpeak when I'm back!\nOlivia\n\n"
         "Olivia Pritchard\nHead of Visual Merchandising | Harrow & Finch\n\n" + q(_p30_q),
         in_reply_to="<h158-hf240503@harrowfinch.co.uk>")))])

# p31 DOCX project plan: scope says written release, timeline says production starts automatically.
case("p31_uk_project_plan_automatic_start", ["RG007"],
     "project plan's scope section requires a written release, but its timeline says wave-1 production starts automatically after prototype sign-off with no further approval step",
     [("KS_project_plan_Aurelia_rollout.docx", docx_bytes([
         ("h1", "Project plan - Aurelia Fashion store roll-out 2024"),
         ("p", "Kestrel Shopfitting Ltd for client Aurelia Fashion. Supplier: Displayco Sp. z o.o. (wall bays, cash desks). "
               "Version 3, 20 May 2024, owner Gareth Mills."),
         ("h", "1. Order scope"),
         ("p", "PO KS-30340 covers 3 prototype wall bays for the Aurelia mock-up store in Leeds. Wave 1 (220 wall bays) is not "
               "released; it is released by a written release from Gareth Mills, Procurement Manager, after the prototype sign-off."),
         ("h", "2. Timeline"),
         ("table", [["Week", "Milestone", "Owner"],
                    ["wk 20", "PO KS-30340 issued, prototypes in production", "Displayco"],
                    ["wk 23", "Prototypes installed in mock-up store", "Kestrel site team"],
                    ["wk 24", "Prototype sign-off by Aurelia VM", "Aurelia"],
                    ["wk 25", "Wave-1 production starts automatically - no further approval step needed", "Displayco"],
                    ["wk 30", "Wave-1 delivery to 22 stores, 10 bays per store", "Displayco"]]),
         ("h", "3. Logistics"),
         ("li", "Flat-pack, kitted per store, store number on each carton."),
         ("li", "Delivery to Kestrel cross-dock in Wakefield, 48h booking."),
         ("h", "4. Contacts"),
         ("li", "Gareth Mills (Kestrel procurement), Piotr Nowak (Displayco key account), Hannah Lowe (Aurelia VM)."),
     ], author="Gareth Mills"))])

# p32 WhatsApp: Mexican supplier will kick off the 246 as soon as the sample is approved.
case("p32_mx_whatsapp_kick_off_after_sample", ["RG007"],
     "supplier: 'as soon as you approve the sample we kick off the 246' against the buyer's written-release scope; no correction",
     [("WhatsApp_Chat_Northway_checkout.txt", wa([
         ("6/3/24", "10:05:12 AM", "Kyle Brennan", "Hi Alejandra! PO NW-45901 sent: 4 sample checkout-lane displays. The other 246 are not released until my written release after the pilot sign-off in Boulder."),
         ("6/3/24", "10:20:44 AM", "Alejandra Garza", "Perfecto Kyle \U0001F44C"),
         ("6/3/24", "10:21:30 AM", "Alejandra Garza", "En cuanto aprueben la muestra arrancamos con las 246 - as soon as you approve the sample we kick off the 246, the line is already booked for July \U0001F4AA"),
         ("6/3/24", "11:02:09 AM", "Kyle Brennan", "Can you send me the tracking for the samples when they ship?"),
         ("6/3/24", "11:03:40 AM", "Alejandra Garza", "Claro, next Tuesday"),
     ]))])

# p33 PDF PO: balance follows sample OK 'as a matter of course', no named release person.
case("p33_de_po_balance_follows_as_matter_of_course", ["RG005", "RG007"],
     "PO holds 380 today but says production of the balance simply follows once samples are OK (no recorded auto-conversion), and names no release person",
     [("BO-78110_PO.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER BO-78110"),
         ("p", "Brandt Optik GmbH, Einkauf, Hohe Str. 120, 50667 Koeln. Supplier: Xiamen Lumensign Co., Ltd., Xiamen, China."),
         ("table", [["Pos.", "Item", "Qty", "Unit EUR"],
                    ["10", "BO-WD-LB illuminated eyewear window display 800 x 1200, sample", "20", "145,00"]]),
         ("p", "Active now: 20 samples for our window test in 10 stores."),
         ("p", "Balance (380) not released today. Once the samples are OK, production of the balance simply follows as a "
               "matter of course; no separate paperwork is planned."),
         ("p", "Delivery: DAP Koeln, Zentrallager Halle 5. Payment: 60 days net. Documents: commercial invoice, packing list, CE declaration."),
     ], title="BO-78110", author="Brandt Optik Einkauf"))])

# p35 PDF PO: header says 24 samples, store table adds up to 20.
case("p35_jp_po_header_24_table_20", ["RG011"],
     "PO header states 24 sample trays, per-store allocation table totals 20; hold, unlock event and Yuki Tanaka present",
     [("SD-24-1140.pdf", pdf([
         ("h1", "PURCHASE ORDER SD-24-1140"),
         ("p", "Sakura Drug Co., Ltd., Store Planning Dept., Osaka. Supplier: Saigon Fixture Works JSC, Ho Chi Minh City."),
         ("p", "Item: SD-GET-600 gondola end tray, bamboo, 600 mm. Quantity: 24 pcs (sample, pilot stores)."),
         ("h", "Per-store allocation"),
         ("table", [["Store", "Store code", "Qty"],
                    ["Namba", "OS-01", "4"],
                    ["Umeda", "OS-02", "4"],
                    ["Kyoto Shijo", "KY-01", "4"],
                    ["Kobe Sannomiya", "HG-01", "4"],
                    ["Nara", "NR-01", "4"],
                    ["", "Total", "20"]]),
         ("p", "The remaining 976 trays for the roll-out are not released. They will be released only by written release from "
               "Yuki Tanaka, Store Planning Manager, after the pilot-store sign-off (end of August)."),
         ("p", "Material: sample quantity only. Delivery: CIF Osaka, kitted per store, store code on each carton."),
     ], title="SD-24-1140", author="Sakura Drug"))])

# p36 folder: ERP PO says 8 pilot units, release e-mail says ten.
case("p36_nl_po_8_mail_ten_folder", ["RG011"],
     "PO releases 8 pilot signs, the buyer's e-mail for the same order says 'the ten pilot units'; hold, event and Ruud van Dijk present",
     [("FP_PO_2024-2281.txt", """FIETSPLEIN B.V.  -  INKOOP WINKELINRICHTING            INKOOPORDER
Stationsweg 41, 3441 AB Woerden (NL)                    Nr. FP-2024-2281
-------------------------------------------------------------------------------
Leverancier : SIGNPOL SP. Z O.O., LODZ (PL)          Lev.nr 40988
Artikel     : FP-LWS-1800  illuminated brand wall sign 1800 x 600, LED 24V
-------------------------------------------------------------------------------
Pilot (deze order) ..................................      8 st   EUR 212,00
Restant roll-out ....................................    152 st   NIET VRIJGEGEVEN
-------------------------------------------------------------------------------
Restant wordt alleen vrijgegeven door schriftelijke vrijgave van Ruud van Dijk
na goedkeuring van de pilot (winkels Utrecht, Zwolle).
Balance is released only by written release from Ruud van Dijk after pilot
sign-off (stores Utrecht, Zwolle). Material: pilot quantity only.
-------------------------------------------------------------------------------
Levering: wk 27, DC Nieuwegein. Vragen: Ruud van Dijk, 0348 555 019
"""),
      ("Pilot_wall_signs_FP-2024-2281.eml", eml_bytes(mail(
          "Ruud van Dijk <r.vandijk@fietsplein.nl>", "Katarzyna Wisniewska <k.wisniewska@signpol.pl>",
          "FP-2024-2281 pilot wall signs", "Thu, 13 Jun 2024 14:05:00 +0200",
          "Hi Katarzyna,\n\nas agreed on the phone: you can make the ten pilot units now (order FP-2024-2281). The remaining "
          "signs stay on hold until my written release after the pilot sign-off in Utrecht and Zwolle.\n\nPlease use the "
          "warm white LEDs, same as the sample.\n\nGroeten,\nRuud van Dijk\nInkoper Winkelinrichting | Fietsplein B.V.\n")))])

# ------------------------------------------------------------------ batch 5
# p37 EML + DOCX call-off: mail says 150, attached call-off says 120.
_p37_co = docx_bytes([
    ("h1", "Abruf / Call-off 02 - Bestellung 4510240"),
    ("p", "Vogel Sport AG, Einkauf Ladenbau, Muenchen. Lieferant: Lusodisplay Lda, Porto. Datum: 19.06.2024."),
    ("p", "Artikel: VS-YM-12 cork yoga mat display, 12 mats, natural cork + oak base."),
    ("table", [["", "Menge"],
               ["Gesamtmenge Bestellung / commercial cover", "350"],
               ["Muster (Abruf 01, geliefert)", "6"],
               ["Freigegeben mit diesem Abruf / released by this call-off (wave 1: 12 stores x 10)", "120"],
               ["Nicht freigegeben / not released", "224"]]),
    ("p", "The units not released stay on hold until the wave-1 review (KW 36) and a written release from Stefanie Brandl, Senior Buyer."),
    ("p", "Material: for the released quantity only. Delivery wave 1: KW 32, DAP Muenchen Zentrallager."),
], author="Stefanie Brandl")
case("p37_pt_mail_150_calloff_120", ["RG011"],
     "cover mail says 'you may produce 150 units for wave 1', the attached call-off releases 120; hold, event and Stefanie Brandl present",
     [("Abruf_02_4510240.eml", eml_bytes(mail(
         "Stefanie Brandl <stefanie.brandl@vogelsport.de>", "Rui Carvalho <rui.carvalho@lusodisplay.pt>",
         "Abruf 02 / call-off 02 - PO 4510240 yoga mat display", "Wed, 19 Jun 2024 09:30:00 +0200",
         "Dear Mr Carvalho,\n\nthe store trial with the 6 samples went very well - thank you for the quick changes to the "
         "oak base.\n\nPlease find attached call-off 02. You may produce 150 units for wave 1 now. Everything else stays on "
         "hold until the wave-1 review and my written release.\n\nKind regards\nStefanie Brandl\nSenior Buyer Non-Merchandise\n"
         "Vogel Sport AG\n",
         attachments=[("Abruf_02_4510240.docx", _p37_co, DOCX_MT)])))])

# p38 folder: PO for 60 pilot units + supplier acknowledgement confirming 600.
case("p38_us_po_60_ack_600_folder", ["RG011"],
     "PO authorizes 60 pilot units; the supplier's order acknowledgement for the same PO confirms 600 for production in 3 lots",
     [("PP-77150.pdf", pdf([
         ("h1", "PURCHASE ORDER PP-77150"),
         ("p", "Pinecrest Pharmacy Inc., Store Environment, 2200 South Blvd, Charlotte, NC 28203. Vendor: Saigon Fixture Works JSC."),
         ("table", [["Line", "Item", "Qty", "Unit USD"],
                    ["1", "PP-RX-WAIT bamboo waiting-area magazine rack, pilot", "60", "48.00"]]),
         ("p", "Scope: 60 pilot racks for 20 pilot stores (3 per store). The chain roll-out is not released. It will be released "
               "only by written release from Jordan Ellis, Senior Buyer, after the pilot sign-off in September."),
         ("p", "Material authority: pilot quantity only. Delivery: FOB Ho Chi Minh City, consolidated with PO PP-77148."),
     ], pagesize=LETTER, title="PP-77150", author="Pinecrest Store Environment")),
      ("OA_PP-77150.eml", eml_bytes(mail(
          "Nguyen Thi Lan <lan.nguyen@saigonfixture.vn>", "Jordan Ellis <jellis@pinecrestpharmacy.com>",
          "Order acknowledgement PP-77150 magazine rack", "Mon, 17 Jun 2024 15:12:00 +0700",
          "Dear Jordan,\n\nThank you for your PO PP-77150. We confirm as follows:\n\n- Item: PP-RX-WAIT bamboo magazine rack\n"
          "- Quantity confirmed: 600 pcs, production in 3 lots of 200\n- Lot 1 ex-factory 26 July, lot 2 and 3 every 2 weeks\n"
          "- Price USD 48.00 / pc FOB HCMC\n\nPlease check and let us know any comment within 2 days.\n\nBest regards,\n"
          "Lan Nguyen\nExport Sales | Saigon Fixture Works JSC\n")))])

# p39 Teams chat: 12 prototypes in the scope, 15 prototypes later.
case("p39_uk_teams_12_then_15_prototypes", ["RG011"],
     "buyer's scope says 12 prototype pin boards, her later message asks for 'the 15 prototypes'; hold, event and Priya Raman present",
     [("Teams_TB-88301_pin_boards.txt", teams("Thornbury x Lusodisplay - cork pin boards", [
         ("Priya Raman (Thornbury)", "11/06/2024 10:14",
          "Morning Rui! PO TB-88301 is out for 12 prototype cork pin boards (600 x 900, oak frame). The rest (288) is not "
          "released until my written release after the store trial in Bath and Bristol."),
         ("Rui Carvalho (Lusodisplay)", "11/06/2024 10:40", "Bom dia Priya, received. Natural or dark cork?"),
         ("Priya Raman (Thornbury)", "12/06/2024 16:02",
          "Natural please! So to confirm, please make the 15 prototypes in the natural finish, not the dark one. Oak frame oiled, not lacquered."),
         ("Rui Carvalho (Lusodisplay)", "12/06/2024 16:15", "Perfeito, natural cork, oiled oak. Ready in 3 weeks."),
     ]))])

# p42 EML release letter says 200, attached ERP release printout says 250.
case("p42_jp_release_200_erp_250", ["RG011"],
     "release e-mail releases 200 wall tables for wave 1, the attached ERP release printout shows 250; remaining hold, event and Kenji Watanabe present",
     [("Release_MLK-R-0702.eml", eml_bytes(mail(
         "Kenji Watanabe <watanabe.kenji@mitsuwa-lifestyle.co.jp>", "Nguyen Thi Lan <lan.nguyen@saigonfixture.vn>",
         "Production release MLK-R-0702 / wall table MW-WT-1200", "Tue, 02 Jul 2024 17:45:00 +0900",
         "Dear Ms. Nguyen,\n\nThank you for your cooperation in the prototype test.\n\nWe hereby release production of 200 units "
         "of wall table MW-WT-1200 for rollout wave 1 (release no. MLK-R-0702). Please find ERP printout attached.\n\nThe "
         "remaining 400 units are not released. They will be released after the wave-1 review in October, by my written "
         "release.\n\nBest regards,\nKenji Watanabe\nStore Development Manager\nMitsuwa Lifestyle K.K.\n",
         attachments=[("MLK-R-0702.txt", """MITSUWA LIFESTYLE K.K.            PRODUCTION RELEASE            2024/07/02
--------------------------------------------------------------------------
RELEASE NO   : MLK-R-0702          PO NO : MLK-24-0415
VENDOR       : V-31022 SAIGON FIXTURE WORKS JSC
ITEM         : MW-WT-1200  WALL TABLE 1200MM OAK
--------------------------------------------------------------------------
PO QTY (COMMERCIAL COVER) ........................   600 PC
RELEASE QTY (THIS RELEASE) .......................   250 PC
NOT RELEASED .....................................   350 PC
--------------------------------------------------------------------------
RELEASED BY  : K. WATANABE  STORE DEVELOPMENT
""", "text/plain")])))])

# p43 EML: supplier starts production of all 500 because the down payment arrived.
_p43_q = """From: Joost Verhoeven <j.verhoeven@zuiderhaven.nl>
Sent: dinsdag 4 juni 2024 10:02
To: Hoang Van Nam <nam.hoang@hanoiwoodcraft.vn>
Subject: PO ZH-4500-2355 serving trolley display

Hi Nam,

PO ZH-4500-2355 attached: 10 prototype serving-trolley displays now. The balance of 490 is not released; it will
only be released by written release from Sanne de Wit after the store trial (weeks 28-31).
Proforma for the 30% down payment on the PO value is OK, we pay this week.

Groet,
Joost"""
case("p43_vn_down_payment_production_started", ["RG012"],
     "supplier: 'we received your down payment, so production of the 500 units has started' while only 10 prototypes are released",
     [("RE_PO_ZH-4500-2355.eml", eml_bytes(mail(
         "Hoang Van Nam <nam.hoang@hanoiwoodcraft.vn>", "Joost Verhoeven <j.verhoeven@zuiderhaven.nl>",
         "RE: PO ZH-4500-2355 serving trolley display", "Mon, 10 Jun 2024 14:22:00 +0700",
         "Dear Mr Joost,\n\nWe received your down payment 30% today, thank you very much.\n\nSo production of the 500 units "
         "has started in our factory, the 10 prototypes will be first. We will send you photos every week.\n\nBest regards,\n"
         "Hoang Van Nam\nSales Department\nHanoi Woodcraft Display Co., Ltd\n\n" + q(_p43_q))))])

# p45 EML: supplier takes the AP payment release as the release for the run.
_p45_q = """From: Dana Whitaker <dwhitaker@bramblebeauty.com>
Sent: Monday, June 10, 2024 11:20 AM
To: Kevin Zhou <kevin.zhou@hengtai-acrylic.com>
Subject: PO BB-46400 header cards + tooling

Hi Kevin,

PO BB-46400: 20 sample header cards plus the tooling invoice. The other 1,980 header cards are not released.
They need my written production release after our lab sign-off.

Thanks,
Dana"""
case("p45_cn_payment_released_taken_as_release", ["RG009", "RG012"],
     "supplier: AP 'released payment' of the tooling invoice and 'we take this as the release for the 1,980' - payment treated as production authority, and 'release' used for payment and production",
     [("RE_PO_BB-46400_tooling_paid.eml", eml_bytes(mail(
         "Kevin Zhou <kevin.zhou@hengtai-acrylic.com>", "Dana Whitaker <dwhitaker@bramblebeauty.com>",
         "RE: PO BB-46400 header cards + tooling", "Thu, 20 Jun 2024 10:02:00 +0800",
         "Dear Dana,\n\nYour accounts payable released payment of our tooling invoice HT-INV-2290 (USD 3,600) today, thank "
         "you.\n\nWe take this as the release for the 1,980 header cards and start the run on Monday, so delivery can be "
         "before your August promotion.\n\nBest regards,\nKevin Zhou\nSales Manager\nDongguan Hengtai Acrylic Products Co., Ltd.\n\n"
         + q(_p45_q))))])

# p46 HTML supplier portal: proforma paid = production start per T&C.
case("p46_pt_portal_proforma_paid_start", ["RG012"],
     "supplier portal: proforma paid, so production of 600 started per its T&C, while the PO releases only 6 samples and holds the series",
     [("Lusodisplay_portal_BO-78240.html", html_page("Encomenda BO-78240", """
<h2>Lusodisplay Lda &mdash; Portal de Clientes</h2>
<p>Cliente / Customer: <b>Brandt Optik GmbH</b> &nbsp;|&nbsp; Customer PO: BO-78240 &nbsp;|&nbsp; Our order: LD-E-24-0388</p>
<h3>Customer PO scope (as received)</h3>
<p>6 sample cork eyewear trays. Series (594) not released &ndash; release only by written release from Julia Hartmann after the pilot review.</p>
<h3>Status</h3>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>2024-06-03</td><td>Order received, proforma PF-24-0623 issued (50% on full PO value)</td></tr>
<tr><td>2024-06-19</td><td>Proforma PF-24-0623 paid</td></tr>
<tr><td>2024-06-20</td><td>Production started: 600 units (6 samples + 594 series). Per our T&amp;C art. 7, payment of the proforma = start of production.</td></tr>
<tr><td>2024-07-05</td><td>Planned ex-works Porto</td></tr>
</table>
<p>Contacto: Rui Carvalho &middot; rui.carvalho@lusodisplay.pt &middot; +351 22 555 0137</p>
""", lang="pt"))])

# p47 EML: buyer asks to treat a forecast as a firm commitment.
case("p47_us_treat_forecast_as_commitment", ["RG008"],
     "buyer: 'please treat this forecast as our firm commitment' for 1,400 baskets; the sample scope itself is complete",
     [("PO_PP-77180_wire_baskets.eml", eml_bytes(mail(
         "Jordan Ellis <jellis@pinecrestpharmacy.com>", "Alejandra Garza <agarza@monterreymetal.mx>",
         "PO PP-77180 - gondola wire baskets", "Fri, 21 Jun 2024 11:10:00 -0400",
         "Hi Alejandra,\n\nPO PP-77180 is attached for 30 sample wire baskets (WB-24, chrome, with price-strip lip).\n\nThe rest "
         "of the program is not released. I'll send a written release after our pilot in 10 stores (July).\n\nOur forecast for "
         "the chain roll-out is 1,400 baskets. Please treat this forecast as our firm commitment and plan your capacity "
         "accordingly.\n\nThanks!\nJordan\n\nJordan Ellis\nSenior Buyer, Store Environment | Pinecrest Pharmacy\n(704) 555-0163\n")))])

# p48 folder: buyer forecast (labelled) + supplier order confirmation turning it into a firm order.
case("p48_pl_forecast_confirmed_as_order_folder", ["RG008"],
     "buyer's labelled forecast of 2,000 shelves; supplier's order confirmation books it as a firm order with delivery lots",
     [("KS-FC-2024-Q3.txt", """KESTREL SHOPFITTING LTD - PROCUREMENT
FORECAST KS-FC-2024-Q3                     ISSUED 07/06/2024
--------------------------------------------------------------
*** FORECAST - FOR CAPACITY PLANNING ONLY - NOT AN ORDER ***
--------------------------------------------------------------
ITEM        DESCRIPTION                       Q3 2024   Q4 2024
GS-1000-4   GONDOLA SHELF 1000 x 400 WHITE      1,200       800
--------------------------------------------------------------
TOTAL                                                    2,000
APPROX. 2K SHELVES OVER H2 - PLANNING FIGURE ONLY.
Orders will follow as separate POs per client project.
CONTACT: GARETH MILLS 0113 555 0192
"""),
      ("OC-24-0612.pdf", pdf([
          ("h1", "ORDER CONFIRMATION OC-24-0612"),
          ("p", "Displayco Sp. z o.o., ul. Gorna Wilda 92, 61-576 Poznan. To: Kestrel Shopfitting Ltd, Mr Gareth Mills. Date: 12.06.2024."),
          ("p", "Your order: forecast KS-FC-2024-Q3 of 07.06.2024."),
          ("table", [["Item", "Description", "Qty", "Unit GBP", "Delivery"],
                     ["GS-1000-4", "Gondola shelf 1000 x 400, white", "1,200", "11.20", "Q3: 3 lots of 400"],
                     ["GS-1000-4", "Gondola shelf 1000 x 400, white", "800", "11.20", "Q4: 2 lots of 400"]]),
          ("p", "Thank you for your order of 2,000 shelves. We confirm it as a firm order and have planned it in our production."),
          ("p", "Piotr Nowak, Key Account Manager UK"),
      ], title="OC-24-0612", author="Displayco"))])

# p49 TXT ERP: delivery schedule with forecast waves marked firm / committed.
case("p49_jp_erp_schedule_forecast_firm", ["RG008"],
     "release for wave 1 (100) is complete, but the forecast lines for waves 2-3 (900) carry status 'FIRM - COMMITTED'",
     [("SD_SCHEDULE_24-0930.txt", """SAKURA DRUG CO., LTD.        DELIVERY SCHEDULE / RELEASE          2024/07/08
STORE PLANNING DEPT.         PO SD-24-0930  ITEM SB-LB-0930       PAGE 1/1
-----------------------------------------------------------------------------
VENDOR : XIAMEN LUMENSIGN CO., LTD.
-----------------------------------------------------------------------------
LINE  WAVE     STORES  QTY   TYPE       STATUS
-----------------------------------------------------------------------------
001   WAVE 1      50   100   RELEASE    RELEASED (NO. SD-R-004)
002   WAVE 2     150   450   FORECAST   FIRM - COMMITTED
003   WAVE 3     150   450   FORECAST   FIRM - COMMITTED
-----------------------------------------------------------------------------
PRODUCTION: ONLY LINE 001 (100 PC) IS RELEASED FOR PRODUCTION NOW.
LINES 002-003 ARE NOT RELEASED FOR PRODUCTION. RELEASE BY Y. TANAKA
(STORE PLANNING MANAGER) IN WRITING AFTER WAVE-1 REVIEW.
MATERIAL: FOR LINE 001 ONLY.
-----------------------------------------------------------------------------
CONTACT: Y. TANAKA  06-5555-0121
""")])

# p51 EML: 'approved' for samples, for the PO by finance and for marketing's trial decision.
case("p51_uk_approved_three_ways", ["RG009"],
     "'approved' used for the samples (technical), for the PO by finance (commercial) and for marketing's go decision; hold, event and Priya Raman present",
     [("TB-88310_update.eml", eml_bytes(mail(
         "Priya Raman <priya.raman@thornbury.co.uk>", "Rui Carvalho <rui.carvalho@lusodisplay.pt>",
         "TB-88310 cork stools display - update", "Mon, 24 Jun 2024 15:40:00 +0100",
         "Hi Rui,\n\nGood news all round:\n\n- the 12 samples are approved by our VM team,\n- finance approved the PO "
         "TB-88310 yesterday,\n- the balance of 180 stays on hold until Marketing has approved the store-trial results in "
         "August; then I'll send you the written production release.\n\nSo nothing more to build for now beyond the 12 "
         "samples you've already shipped.\n\nBest wishes,\nPriya" +
         sig("Priya Raman", "Sourcing Manager, Store Design", "Thornbury & Co. Ltd", "+44 1225 555 014"))))])

# p52 TXT SAP printout: 'PO released' (release strategy) next to production release wording.
case("p52_de_sap_po_released_vs_production_release", ["RG009"],
     "SAP printout: 'released' for the PO release strategy (commercial) and for production release on the same page; scope items present",
     [("ME23N_4500339001.txt", """HAUSMANN DROGERIE GMBH                 BESTELLUNG ANZEIGEN (ME23N)          27.06.2024
--------------------------------------------------------------------------------------
BESTELLUNG   : 4500339001          BELEGART: NB        EINKAUFSORG.: 1000
LIEFERANT    : 0000482115  DISPLAYCO SP. Z O.O., POZNAN
--------------------------------------------------------------------------------------
FREIGABESTRATEGIE / RELEASE STRATEGY : Z2   STATUS: RELEASED (2/2)
  STUFE 1  ABTEILUNGSLEITER  RELEASED 25.06.2024
  STUFE 2  CONTROLLING       RELEASED 26.06.2024
--------------------------------------------------------------------------------------
POS  ARTIKEL     BEZEICHNUNG                         MENGE   ME   STATUS
010  TD-0940     THEKENDISPLAY HAARPFLEGE (MUSTER)      10   ST   PRODUCTION RELEASED
020  TD-0940     THEKENDISPLAY HAARPFLEGE (SERIE)      590   ST   NOT RELEASED
--------------------------------------------------------------------------------------
TEXT: POS 020 IS NOT RELEASED FOR PRODUCTION. IT IS RELEASED ONLY BY WRITTEN RELEASE
FROM J. KOEHLER AFTER SIGN-OFF OF THE 10 SAMPLES IN THE PILOT STORES.
MATERIAL: FOR POS 010 ONLY.
--------------------------------------------------------------------------------------
""")])


# ===================================================================== BUILD
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    rng = random.Random(158158)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem.lower()
        stem = re.sub(r"[^a-z0-9]+", "_", stem).strip("_")
        folder = f"h158_{nn:02d}_{stem}"
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
    return labels


if __name__ == "__main__":
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    labels = build()
    from collections import Counter
    cnt = Counter(r for v in labels.values() for r in v["expect"])
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"cases: {len(labels)}  clean: {clean}  risky: {len(labels) - clean}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")
