#!/usr/bin/env python3
"""Generator for the releasegate check_holdout129 corpus (commercial lighting projects).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout129/build.py

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
    m["Message-ID"] = msgid or f"<h129-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h129")
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


HTML_MT = "text/html"
TXT_MT = "text/plain"


def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


# =================================================================== CASES
# ------------------------------------------------------------- batch 1: clean
# c01: supplier quote alone, sample tier and production tiers -> clean (a quote authorizes nothing)
case("c01_quote_tiers_alone", [], "supplier quotation with a 6 pc sample tier and 1,200/2,000 pc tiers; a quote alone authorizes nothing", [
    ("HG-Q240415-07_Quotation.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", "Zhongshan Guzhen Huaguang Lighting Co., Ltd. - No. 18 Donghui Road, Guzhen Town, Zhongshan, "
              "Guangdong 528421, China - Tel +86 760 2233 8190 - sales@hg-lighting.cn"),
        ("table", [
            ["Quotation No.", "HG-Q240415-07", "Date", "15 Apr 2024"],
            ["To", "Lumora Lighting Ltd, Manchester", "Attn", "Ms Sarah Collins"],
            ["Project", "Harbourside Hotel Liverpool (212 keys)", "Valid", "60 days"],
        ]),
        ("sp",),
        ("table", [
            ["Item", "Model", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "HG-DL90-9W-930-IP65", "Recessed LED downlight 9W, 3000K, CRI>90, IP65 bathroom zone 1, "
             "cut-out 75mm, DALI-2 driver, white trim", "6 pcs (sample)", "38.00", "228.00"],
            ["2", "HG-DL90-9W-930-IP65", "Same as item 1 - production price tier", "1,200 pcs", "14.20", "17,040.00"],
            ["3", "HG-DL90-9W-930-IP65", "Same as item 1 - production price tier", "2,000 pcs", "13.60", "27,200.00"],
            ["4", "HG-EM3H-DL90", "Emergency pack 3h, self-test, for item 1 (option)", "per tier", "9.80", "-"],
        ]),
        ("sp",),
        ("h", "Terms"),
        ("p", "Sample lead time: 10 working days after receipt of sample PO. Production lead time: 30-35 days "
              "from your written production release. Payment: 30% T/T deposit, 70% before shipment. "
              "Packing: 20 pcs per carton, export carton 5-ply. Incoterm: FOB Zhongshan / Shenzhen."),
        ("p", "Photometric files (IES/LDT) and LM-79-19 test report available on request. Lifetime L80B10 "
              "50,000 h. Warranty 5 years. Logo printing on trim free of charge from 500 pcs."),
        ("p", "Best regards, Kevin Liang, Sales Manager"),
    ], title="Quotation HG-Q240415-07", author="Kevin Liang")),
])

# c02: supplier asks for a go-ahead, buyer answers with a complete hold -> clean
case("c02_whatsapp_goahead_question", [], "supplier asks for go-ahead on 590; buyer states 10 samples only, 590 on hold until mock-up sign-off, written release by Mick O'Brien", [
    ("WhatsApp_Chat_with_Saigon_Lumen_Lan.txt", """WhatsApp Chat with Saigon Lumen - Lan
Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.

03/06/2024, 09:14 - Lan Nguyen (Saigon Lumen): Good morning Ms Leah, IP66 and IK08 test for the 10 sample linear pendant LPX-1200 all pass 👍 report sent to your email already
03/06/2024, 09:15 - Lan Nguyen (Saigon Lumen): Our extrusion line have free capacity in July. Do we have go-ahead for the 590 pcs?
03/06/2024, 09:38 - Leah Tran (SCE): Morning Lan, great news on the tests, thanks for the quick turnaround!
03/06/2024, 09:40 - Leah Tran (SCE): Not yet though. The 10 samples are all that's authorised on PO 31-7745.
03/06/2024, 09:42 - Leah Tran (SCE): The other 590 stay on hold. Next step is the mock-up ceiling at the Barangaroo site on 18 June. Once that's signed off, Mick sends you a written release with the quantity. Nothing before that please, and no material for the 590 either.
03/06/2024, 09:51 - Mick O'Brien (SCE): Confirming what Leah said. I'll release in writing after the 18th if the mock-up is OK. Cheers
03/06/2024, 10:05 - Lan Nguyen (Saigon Lumen): Understood, we wait for Mr Mick written release. We keep the 10 pcs report and packing photo ready for the mock-up. Thank you 🙏
03/06/2024, 10:06 - Leah Tran (SCE): 👍
"""),
])

# c03: buyer portal page with a clearly labelled non-binding forecast -> clean
case("c03_portal_forecast_labelled", [], "buyer portal page: non-binding forecast for capacity planning, states it is not an order and releases nothing", [
    ("supplier_portal_forecast_Q3-Q1.html", html_page("Brightline Supplier Portal - Forecast", """
<h2>Brightline Contracting Inc. &mdash; Supplier Portal</h2>
<p>Supplier: <b>Zhongshan Mingxin Optoelectronic Co., Ltd.</b> (V-51207) &nbsp;|&nbsp; Published: 05/20/2024 &nbsp;|&nbsp; Contact: Dana Whitfield</p>
<div class="note"><b>NON-BINDING FORECAST &mdash; for capacity planning only.</b> This page is not a purchase order,
creates no commitment to buy and releases nothing for production. Orders are placed only by a Brightline PO;
production quantities are released only by a written release from Dana Whitfield, Senior Buyer.</div>
<h3>Project pipeline (estimated fixture counts)</h3>
<table>
<tr><th>Project</th><th>Fixture</th><th>Q3 2024</th><th>Q4 2024</th><th>Q1 2025</th><th>Status</th></tr>
<tr><td>1400 W Randolph, Chicago</td><td>DL-75 recessed downlight 3000K</td><td>600</td><td>900</td><td>&ndash;</td><td>Forecast</td></tr>
<tr><td>Lakeshore Medical Office Bldg</td><td>DL-75 recessed downlight 3500K</td><td>&ndash;</td><td>450</td><td>450</td><td>Forecast</td></tr>
<tr><td>Hotel Marquette renovation (380 keys)</td><td>WW-20 wall washer</td><td>&ndash;</td><td>&ndash;</td><td>1,140</td><td>Forecast &ndash; bid stage</td></tr>
</table>
<p>Figures change weekly. Please tell us if any figure exceeds your monthly capacity so we can plan second sources.</p>
<p style="color:#777">Brightline Contracting Inc. &middot; 2250 S Archer Ave, Chicago IL 60616 &middot; portal v4.2</p>
""")),
])

# c04: scoped technical approval of samples -> clean
_c04_txt = """Dear Giulia,

we reviewed the 4 sample pendants Orbit 600 yesterday in the mock-up room at Hotel Isarblick, 3rd floor.

Result: sample approved for finish, photometry and fit check only. This is a technical sign-off; production is not released.

For clarity, nothing changes on the order:
- PO 45-0112 still covers the 4 samples only. Nothing further is authorised today.
- The remaining 316 pendants stay on hold.
- They can only be released by a written release from Katrin Vogt (Einkauf), which she will issue after I have signed off the revised canopy drawing Rev D.
- Please do not order brass or opal glass for the 316 yet.

Two comments for Rev D: the canopy needs a 3 mm larger diameter to cover the ceiling cut-out, and the cable gland should be M16 instead of M20. Our electrician also asked for a 5-pole terminal (DALI).

Thank you for the fast delivery and the beautiful finish, the hotel owner was very pleased.

Mit freundlichen Gruessen / best regards
""" + sig("Jonas Bauer", "Projektleiter", "Helios Hotel Interiors GmbH, Muenchen", "+49 89 4512 330")
case("c04_scoped_sample_approval", [], "sample approved for fit check only, production not released; 4 samples, 316 on hold, written release by Katrin Vogt after Rev D sign-off", [
    ("Orbit600_sample_review_result.eml", eml_bytes(mail(
        "Jonas Bauer <j.bauer@helios-interiors.de>", "Giulia Rossi <g.rossi@officinaluce.it>",
        "Orbit 600 pendant - sample review result (PO 45-0112)", "Wed, 15 May 2024 16:42:10 +0200",
        _c04_txt, cc="Katrin Vogt <k.vogt@helios-interiors.de>",
        html="<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _c04_txt.split("\n\n")) + "</body></html>"))),
])

# c05: full-quantity PO that says proceed -> clean (no balance)
case("c05_full_qty_po_emergency", [], "full-quantity PO for 240 emergency packs and 24 spares, no balance, 'proceed with the full quantity'", [
    ("ANE-PO-2024-0417.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", "Al Noor Electromechanical LLC - Office 1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, UAE - "
              "TRN 100238877600003"),
        ("table", [
            ["PO No.", "ANE/PO/2024/0417", "Date", "08-May-2024"],
            ["Supplier", "Anatolia Driver Elektronik San. ve Tic. A.S., Istanbul", "Currency", "EUR"],
            ["Project", "Marina Gate Residences - Tower 2 (G+35)", "Delivery", "FCA Istanbul, 21-Jun-2024"],
        ]),
        ("sp",),
        ("table", [
            ["Ln", "Item code", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["1", "AD-EM3H-15W", "LED emergency conversion kit, 3 h, self-test, 15 W max, for DL-90 downlights",
             "240 pcs", "31.50", "7,560.00"],
            ["2", "AD-BAT-4.8V-NiCd", "Spare battery pack 4.8 V 1.6 Ah Ni-Cd (spares)", "24 pcs", "6.20", "148.80"],
            ["", "", "", "", "Total", "7,708.80"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This order is for the full quantity: 240 emergency packs and 24 spare battery packs. There is no "
              "balance and no further call-off on this PO. Please proceed with manufacture of the full 240 pcs "
              "and 24 spares and ship in one lot (first and only shipment) to our Jebel Ali store."),
        ("p", "Compliance: EN 60598-2-22, EN 62034; Dubai Civil Defence listing to be provided with shipment. "
              "Labels in English and Arabic. Each carton marked with PO number and tower."),
        ("p", "Payment: 100% within 60 days of delivery. Authorised signatory: Faisal Rahman, Procurement Manager."),
    ], title="PO ANE/PO/2024/0417", author="Faisal Rahman")),
])

# c06: ERP call-off with explicit staged material authority above the released qty -> clean
case("c06_erp_calloff_staged_material", [], "call-off releases 300 m; explicit staged material authority to 1,200 m; balance 900 m not released, next call-off by Dana Whitfield after floors 2-3 sign-off", [
    ("CO-2291-01_printout.txt", """BRIGHTLINE CONTRACTING INC.                               RUN DATE 05/13/2024
PURCHASING - CALL-OFF / RELEASE                           PAGE 1 OF 1
================================================================================
CALL-OFF NO  : CO-2291-01               BLANKET PO : 2291   REV 0
SUPPLIER     : LUXBUD SP. Z O.O.        VENDOR NO  : V-40318
               UL. GORECKA 104, 61-483 POZNAN, POLAND
SHIP TO      : BRIGHTLINE WHSE 3, 2250 S ARCHER AVE, CHICAGO IL 60616
PROJECT      : 1400 W RANDOLPH - OFFICE FIT-OUT FLRS 2-9
ITEM         : LP35-OP-840-DALI   LINEAR PROFILE 35MM OPAL DIFFUSER 4000K
               CRI>80 UGR<19 DALI-2  DWG LX-3500 REV 12
--------------------------------------------------------------------------------
LN  DESCRIPTION                              UOM       QTY   NEED DATE
--  ---------------------------------------  ----  -------   ----------
01  PRODUCTION RELEASE - FLOORS 2-3          M         300   07/08/2024
02  END CAPS / SUSPENSION KITS FOR LN 01     SET        75   07/08/2024
--------------------------------------------------------------------------------
RELEASED THIS CALL-OFF : 300 M (+ 75 SETS ACCESSORIES)
MATERIAL AUTHORITY     : STAGED. SUPPLIER MAY BUY ALUMINIUM EXTRUSION AND
                         LED BOARDS FOR UP TO 1,200 M AT BRIGHTLINE
                         LIABILITY. STAGED MATERIAL IS NOT A PRODUCTION
                         RELEASE - DO NOT FABRICATE BEYOND LN 01.
BALANCE                : 900 M (FLOORS 4-9) NOT RELEASED.
NEXT RELEASE           : CALL-OFF CO-2291-02, ISSUED IN WRITING BY
                         D. WHITFIELD AFTER FLOORS 2-3 INSTALLATION
                         SIGN-OFF.
AUTHORIZED BY          : DANA WHITFIELD, SENIOR BUYER  (312) 555-0148
--------------------------------------------------------------------------------
TERMS: NET 45. FCA GDYNIA. ALL SHIPMENTS WITH CERT OF CONFORMANCE, UL 1598
LISTING NO. E512887. PACK MAX 3 M LENGTHS, 20 PER CRATE.
*** END OF CALL-OFF ***
"""),
])

# c07: explicit, recorded auto-conversion (quantity, signer, conditions) -> clean
case("c07_recorded_auto_conversion", [], "explicit recorded auto-conversion: Priya Shah's approved sign-off releases 160; 4 samples now; 316 on hold until written release by Priya Shah after floors 1-4 sign-off", [
    ("Record_of_agreement_Orbit600_MFO-PO-24-0318.docx", docx_bytes([
        ("h1", "Record of agreement - sample sign-off and first release"),
        ("p", "Parties: Meridian Fit-Out Ltd, 41 Great Suffolk Street, London SE1 (buyer) and Officina Luce Srl, "
              "Via del Lavoro 22, Brescia (supplier). Recorded on 3 May 2024, before the samples were made."),
        ("p", "Order: Orbit 600 pendant, PN OL-ORB600-BR-927, PO MFO-PO-24-0318 (commercial cover 480 pendants). "
              "Project: The Ashdown Hotel, Kensington - guest corridors floors 1-12."),
        ("table", [
            ["Quantity", "Status today", "What unlocks it"],
            ["4 (four) sample pendants", "Authorised now", "-"],
            ["160 pendants (floors 1-4, first shipment)", "Not released", "Sample sign-off 'approved' signed by Priya Shah (auto-conversion, see 2.)"],
            ["316 pendants (floors 5-12)", "Not released", "Written release by Priya Shah after installation sign-off of floors 1-4"],
        ]),
        ("h", "1. What is authorised now"),
        ("p", "Officina Luce may make the 4 sample pendants. Material authority: sample quantity only until the "
              "sign-off in point 2."),
        ("h", "2. Auto-conversion (agreed and recorded)"),
        ("p", "If Priya Shah, Head of Procurement, signs the sample sign-off form with the disposition 'approved', "
              "that sign-off by itself releases 160 pendants for floors 1-4. No further document is needed for "
              "those 160. An interim or rejected disposition releases nothing. After that sign-off, material may "
              "be bought for the 160 released pendants only."),
        ("h", "3. Balance"),
        ("p", "The remaining 316 pendants are not released. They need a written release from Priya Shah, issued "
              "after the installation sign-off of floors 1-4."),
        ("sp",),
        ("p", "Signed: Priya Shah, Head of Procurement, Meridian Fit-Out Ltd - Giulia Rossi, Export Manager, "
              "Officina Luce Srl"),
    ], author="Priya Shah")),
])

# c08: old quote forwarded as rfc822 and declared informational -> clean
_c08_old = mail("Linda Wu <linda.wu@mingxin-opto.com>", "Mick O'Brien <mobrien@southerncross-elec.com.au>",
                "Quotation MX-Q2311-22 DL-75 downlight", "Tue, 21 Nov 2023 15:02:44 +0800",
                """Dear Mick,

Thank you for your enquiry. Please find our price for DL-75 as below:

DL-75-7W-830 recessed downlight, 7W, 3000K, CRI 80, IP44, cut-out 68mm
- sample 8 pcs: USD 21.00/pc
- 3,000 pcs: USD 8.90/pc
- 5,000 pcs: USD 8.40/pc
Lead time samples 7 days, mass production 25 days.

Best regards
Linda Wu
Zhongshan Mingxin Optoelectronic Co., Ltd.
""")
_c08_txt = """Hi Linda,

PO 31-7790 is attached for the 8 sample DL-75 downlights (IP44 version, 3000K) for the Parramatta Square fit-out.

For your file I've forwarded your old quote from November below. It shows 3,000 pcs - that figure is for information only and is not released. PO 31-7790 authorises the 8 samples and nothing else.

The project quantity stays on hold. It gets released only after the IP/IK test report and the mock-up at the Parramatta site are signed off by Leah Tran; then I'll send you a written release with the actual number. Please don't buy LEDs or housings beyond the 8 samples before that.

Freight: send the samples by DHL on our account 963 112 408, attention Leah Tran, site office level 2.

Cheers,
""" + sig("Mick O'Brien", "Purchasing Manager", "Southern Cross Electrical Pty Ltd, Sydney", "+61 2 9188 4410")
case("c08_fwd_old_quote_informational", [], "8 sample PO; forwarded old quote with 3,000 explicitly for information only and not released; hold until IP/IK + mock-up sign-off by Leah Tran, written release by Mick", [
    ("PO_31-7790_samples_DL-75.eml", eml_bytes(mail(
        "Mick O'Brien <mobrien@southerncross-elec.com.au>", "Linda Wu <linda.wu@mingxin-opto.com>",
        "PO 31-7790 - DL-75 samples (Parramatta Square)", "Mon, 13 May 2024 10:21:05 +1000", _c08_txt,
        cc="Leah Tran <ltran@southerncross-elec.com.au>",
        attachments=[
            ("PO_31-7790.pdf", pdf([
                ("h1", "Southern Cross Electrical Pty Ltd - Purchase Order 31-7790"),
                ("table", [["Line", "Item", "Qty", "Unit USD", "Total USD"],
                           ["1", "DL-75-7W-830 IP44 downlight - SAMPLE", "8", "21.00", "168.00"]]),
                ("p", "Scope: samples only. The project quantity is not released; release in writing by Mick "
                      "O'Brien after the IP/IK test report and site mock-up are signed off by Leah Tran."),
            ], title="PO 31-7790", author="Mick O'Brien"), PDF_MT),
            ("rfc822", _c08_old),
        ]))),
])

# c09: quoted supplier assumption of auto-conversion, buyer corrects it -> clean
_c09_txt = """Dear Kevin,

No - please do not plan it that way.

Approval of the samples by our lighting consultant does not release any production. PO ANE/PO/2024/0388 covers the 12 sample downlights only.

The 900 pcs stay on hold until
1) the mock-up room on level 14 at Marina Gate is signed off by the consultant, and
2) I issue a written release stating the quantity.

Until then please keep the line free for your other customers and buy no material for the 900. If the schedule becomes tight I will tell you, not the other way round.

Regards,
""" + sig("Faisal Rahman", "Procurement Manager", "Al Noor Electromechanical LLC, Dubai", "+971 4 339 2210") + """

On Sun, 12 May 2024 at 11:08, Kevin Liang <kevin@hg-lighting.cn> wrote:
""" + quote("""Dear Faisal,

12 samples will be ready 20 May, we send by DHL same day.
After your consultant approve the samples we will directly start the 900 pcs mass production, so you can have goods before end of June. Please confirm.

Best regards
Kevin Liang
Zhongshan Guzhen Huaguang Lighting Co., Ltd.""")
case("c09_buyer_corrects_supplier_assumption", [], "quoted supplier assumes sample approval starts the 900; buyer reply: 12 samples only, 900 on hold until mock-up sign-off and Faisal's written release", [
    ("RE_DL-90_samples_and_mass_production.eml", eml_bytes(mail(
        "Faisal Rahman <faisal.rahman@alnoor-em.ae>", "Kevin Liang <kevin@hg-lighting.cn>",
        "RE: DL-90 samples and mass production", "Sun, 12 May 2024 13:47:19 +0400", _c09_txt,
        in_reply_to="<HG20240512110812@hg-lighting.cn>"))),
])

# c10: supplier says the deposit does not release production -> clean
_c10_txt = """Dear Sarah,

We received the 30% deposit USD 4,260 today, thank you very much.

Please note, as you wrote in the PO, the deposit does not release production. We are making only the 6 sample pendants now. We will not buy LED modules or aluminium for the other 594 pcs until we have your written release after the mock-up room.

Samples finish on 24 May; DHL tracking will follow.

Best regards,
Tran Van Minh (Mr.)
Sales & Project Coordinator
Saigon Lumen Co., Ltd. - Lot C7, VSIP II, Binh Duong, Vietnam
Tel +84 274 3765 228

-----Original Message-----
From: Sarah Collins <s.collins@lumora-lighting.co.uk>
Sent: Thursday, May 9, 2024 4:15 PM
Subject: PO 4500-2210 Halo 450 pendant samples

""" + quote("""Hi Minh,

PO 4500-2210 covers 6 sample pendants Halo 450 only. The balance of 594 pcs is not released.
The 30% deposit is paid on the project value for scheduling only and does not release production.
Release of the balance: in writing by me, Sarah Collins, after the mock-up room sign-off by Tom Hadley (our project engineer).

Kind regards,
Sarah""")
case("c10_deposit_does_not_release", [], "supplier: deposit received but it does not release production; quoted PO: 6 samples, 594 not released, written release by Sarah Collins after mock-up sign-off", [
    ("RE_PO_4500-2210_deposit_received.eml", eml_bytes(mail(
        "Tran Van Minh <minh.tv@saigonlumen.vn>", "Sarah Collins <s.collins@lumora-lighting.co.uk>",
        "RE: PO 4500-2210 Halo 450 pendant samples - deposit received", "Tue, 14 May 2024 17:30:02 +0700",
        _c10_txt))),
])

# c11: supplier order acknowledgement restating the hold -> clean
case("c11_supplier_ack_restates_hold", [], "supplier acknowledgement: 12 samples only, 1.188 balance not released and no material, release by Mick O'Brien after LM-79/IP66 sign-off", [
    ("EGE-OA-24-1187_order_acknowledgement.docx", docx_bytes([
        ("h1", "ORDER ACKNOWLEDGEMENT No. EGE-OA-24-1187"),
        ("p", "Ege Aydinlatma San. ve Tic. A.S. - Ataturk OSB, 10003 Sk. No:7, Cigli / Izmir, Turkiye"),
        ("p", "To: Southern Cross Electrical Pty Ltd, attn. Mr. Mick O'Brien. Date: 10.05.2024"),
        ("p", "We acknowledge with thanks your purchase order 31-7802 dated 06.05.2024. We confirm the scope "
              "exactly as written in your PO:"),
        ("table", [
            ["Pos.", "Article", "Description", "Qty", "Delivery"],
            ["1", "EGE-DLR90-12W-930", "Recessed downlight 12W, 3000K, CRI 90, IP66 trim, anti-glare", "12 pcs (sample)", "KW 22"],
        ]),
        ("p", "The balance of 1.188 pcs from our offer EGE-T-24-0311 is NOT released. We will not start it and we "
              "will not buy material for it."),
        ("p", "Release of the balance will come in writing from Mr. Mick O'Brien after the LM-79 photometric test "
              "and the IP66 test are signed off by Ms. Leah Tran."),
        ("p", "Test samples will be sent with the test reports of our accredited lab (TS EN ISO/IEC 17025). "
              "Packing: individual box, 10 pcs/carton."),
        ("p", "Saygilarimizla / Best regards, Mert Yilmaz, Export Sales Manager"),
    ], author="Mert Yilmaz")),
])

# c12: interim disposition with limits + release within the limit, balance on hold -> clean
case("c12_interim_disposition_release", [], "interim sample disposition (60 pcs, expiry) with release R-01 of 60 by Dana Whitfield + second approver; 1,140 not released until full sign-off and written release", [
    ("DL-75_sample_disposition_R-01.pdf", pdf([
        ("h1", "Sample disposition and release R-01"),
        ("p", "Brightline Contracting Inc. - Project: Lakeshore Medical Office Bldg, Chicago - Supplier: "
              "Zhongshan Mingxin Optoelectronic Co., Ltd. - PO 2318 (commercial cover 1,200 pcs DL-75)"),
        ("h", "1. Sample sign-off (engineering)"),
        ("table", [
            ["Item", "Disposition", "Limit", "Signed"],
            ["DL-75-7W-835 downlight", "INTERIM - accepted with deviation: flicker at 1% dimming level, "
             "fix required in production lot 2", "max. 60 pcs, expires 30 Aug 2024", "Marcus Lee, PM, 05/22/2024"],
        ]),
        ("h", "2. Production release"),
        ("p", "Release R-01: 60 (sixty) pcs released for the lobby and level 1, within the interim limit. Authorised by "
              "Dana Whitfield, Senior Buyer (release authority); second approver Marcus Lee."),
        ("p", "Material authority: material for the 60 released pieces only."),
        ("h", "3. Balance"),
        ("p", "The remaining 1,140 pcs are not released. They are released only by a written release from Dana "
              "Whitfield after a full sample sign-off (disposition approved) of the corrected driver."),
    ], pagesize=LETTER, title="Sample disposition and release R-01", author="Dana Whitfield")),
])

# ------------------------------------------------------------- batch 2: clean
# c13: ERP sample PO full of identifiers that look like quantities -> clean
case("c13_erp_identifiers_sample_po", [], "SAP-style sample PO (4 pc) full of look-alike numbers (480 keys, level 35, rev, EN norms, 2400 mm); project qty labelled information only, release by Faisal Rahman after mock-up sign-off", [
    ("PO_4500017350_print.txt", """AL NOOR ELECTROMECHANICAL LLC                 PURCHASE ORDER              PAGE 1/1
P.O. BOX 118204, DUBAI, UAE                   ORIGINAL
--------------------------------------------------------------------------------
PO NUMBER  : 4500017350             PO DATE : 19.05.2024    BUYER : F.RAHMAN (P12)
VENDOR     : 200488  LUXBUD SP. Z O.O., UL. GORECKA 104, 61-483 POZNAN, PL
PROJECT    : MARINA GATE HOTEL (480 KEYS) - LEVEL 35 SKY LOUNGE
REFERENCE  : OFFER LXB/OF/24/2400 DD 02.05.2024
--------------------------------------------------------------------------------
ITEM  MATERIAL              DESCRIPTION                        QTY UN  PRICE EUR
00010 LP35-2400-930-IP54    LINEAR PROFILE L=2400MM 3000K      4   PC    96,50
                            CRI 90, IP54, DALI-2, UGR<19
                            DWG MGH-E-6500 REV 12
                            MOUNTING HEIGHT 2500 MM AFF
00020 SK-3M-1000            SUSPENSION KIT 3 M, CABLE 3X1,5MM2 4   PC    11,00
--------------------------------------------------------------------------------
                                                       NET VALUE EUR    430,00
SCOPE      : SAMPLE ONLY - FOUR (4) PC OF ITEM 00010 WITH FOUR (4) KITS
             FOR THE MOCK-UP AT LEVEL 35.
PROJECT QTY: 1.200 PC PER OFFER LXB/OF/24/2400 - FOR INFORMATION ONLY,
             NOT RELEASED. NO MATERIAL TO BE BOUGHT FOR IT.
RELEASE    : PROJECT QTY IS RELEASED ONLY BY A WRITTEN RELEASE FROM
             FAISAL RAHMAN, PROCUREMENT MANAGER, AFTER THE LEVEL 35
             MOCK-UP IS SIGNED OFF BY THE LIGHTING CONSULTANT.
STANDARDS  : EN 60598-1:2021, EN 60598-2-1:1989, IEC 62722-2-1, LM-80/TM-21
             L70 > 60.000 H. DCD APPROVAL CERT NO. 2024-0950 ATTACHED.
DELIVERY   : DAP DUBAI, DHL EXPRESS, ACCOUNT 950 225 600
PAYMENT    : 30 DAYS NET
--------------------------------------------------------------------------------
THIS IS A COMPUTER GENERATED DOCUMENT AND NEEDS NO SIGNATURE.
"""),
])

# c14: HTML floor-by-floor release notice, balance floors not released -> clean
case("c14_portal_floor_release_notice", [], "portal release notice RN-03: floors 5-8, 320 pcs released; floors 9-20 (960) not released until floors 5-8 sign-off and written release by Priya Shah", [
    ("Release_notice_RN-03.html", html_page("Meridian Fit-Out - Release notice RN-03", """
<h2>Meridian Fit-Out Ltd &mdash; Supplier Portal</h2>
<p>Supplier: <b>Ege Aydinlatma San. ve Tic. A.S.</b>, Izmir &nbsp;|&nbsp; Order: PO MFO-PO-24-0290 &nbsp;|&nbsp;
Item: EGE-DLR90-12W-930 recessed downlight &nbsp;|&nbsp; Project: The Ashdown Hotel, guest floors 1&ndash;20</p>
<h3>Release notice RN-03 &mdash; issued 12 July 2024</h3>
<p class="note"><b>Released by this notice: 320 pcs for floors 5&ndash;8 (80 per floor).</b> Ship by 23 August 2024,
packed and labelled per floor.</p>
<table>
<tr><th>Release</th><th>Scope</th><th>Quantity</th><th>Status</th><th>Authorised by</th></tr>
<tr><td>Sample PO line</td><td>Mock-up room</td><td>8</td><td>Delivered, signed off 14 May</td><td>Priya Shah</td></tr>
<tr><td>RN-02</td><td>Floors 1&ndash;4</td><td>320</td><td>Released 03 June, delivered</td><td>Priya Shah</td></tr>
<tr><td>RN-03</td><td>Floors 5&ndash;8</td><td>320</td><td><b>Released today</b></td><td>Priya Shah</td></tr>
<tr><td>&ndash;</td><td>Floors 9&ndash;20</td><td>960</td><td><b>Not released &mdash; on hold</b></td><td>&ndash;</td></tr>
</table>
<p>The 960 pcs for floors 9&ndash;20 are not released and no material may be bought for them. The next release
(RN-04) will be issued in writing by Priya Shah, Head of Procurement, after the installation sign-off of floors
5&ndash;8 by our site manager.</p>
<p>Please acknowledge this notice in the portal within 2 working days.</p>
<p style="color:#777">Meridian Fit-Out Ltd &middot; 41 Great Suffolk Street, London SE1 0BS &middot; Registered in England 08812236</p>
""")),
])

# c15: WeChat, buyer scopes the go-ahead to 10 pilot units -> clean
case("c15_wechat_scoped_goahead", [], "WeChat: 'go ahead with the 10 pilot units only'; bulk 2,000 not released until LM-79 + mock-up sign-off by Marcus Lee, written release by Dana", [
    ("WeChat_export_Amy_Chen_Huaguang.txt", """WeChat chat history export
Chat: Amy Chen 陈小姐 (Huaguang Lighting)
Exported by: Dana Whitfield
----------------------------------------
2024-05-27 10:02  Amy Chen 陈小姐: Dear Dana good morning, 10 pcs pilot WW-20 wall washer finish QC today, photo and test data send to your mail
2024-05-27 10:03  Amy Chen 陈小姐: [Image]
2024-05-27 10:04  Amy Chen 陈小姐: Our workshop can arrange bulk next week, we start?
2024-05-27 21:15  Dana Whitfield: Hi Amy, thanks, they look good.
2024-05-27 21:17  Dana Whitfield: Go ahead with the 10 pilot units only - pack them and ship by DHL to Chicago.
2024-05-27 21:18  Dana Whitfield: The bulk 2,000 is NOT released. I will send a written release once Marcus Lee signs off the LM-79 report and the mock-up at Hotel Marquette.
2024-05-28 08:40  Amy Chen 陈小姐: OK Dana understand. Only 10 pilot ship, bulk wait your written release 👌
2024-05-28 08:41  Amy Chen 陈小姐: We only prepared LED for the 10 pcs, no worry
2024-05-28 09:02  Dana Whitfield: Perfect, thx Amy
"""),
])

# c16: multi-file: PO PDF that labels the quoted production qty + the supplier quote PDF -> clean
case("c16_po_plus_quote_labelled", [], "folder: sample PO (6 pcs) declaring the quote's 420 pcs information only and not released, plus the supplier quote with tiers", [
    ("Bestellung_45-0131.pdf", pdf([
        ("h1", "Bestellung / Purchase Order 45-0131"),
        ("p", "Helios Hotel Interiors GmbH - Leopoldstrasse 210, 80804 Muenchen - USt-IdNr. DE 287 441 903"),
        ("table", [
            ["Lieferant / Supplier", "Saigon Lumen Co., Ltd., Binh Duong, Vietnam"],
            ["Datum / Date", "21.05.2024"],
            ["Projekt / Project", "Hotel Isarblick, Muenchen - Zimmer-Wandleuchten (guest room wall lights)"],
            ["Angebot / Quote", "SL-Q-24-0187 vom 14.05.2024"],
        ]),
        ("sp",),
        ("table", [
            ["Pos.", "Artikel", "Beschreibung", "Menge", "EP EUR", "GP EUR"],
            ["1", "SL-WL200-BR-927", "Wall light WL-200, brushed brass, 2700K, CRI 90, switch on body - SAMPLE",
             "6 Stk.", "64,00", "384,00"],
        ]),
        ("sp",),
        ("h", "Umfang / Scope"),
        ("p", "This order covers 6 sample wall lights for the mock-up room. The production quantity of 420 pcs in "
              "your quote SL-Q-24-0187 is for information only and is not released by this order. Material "
              "authority: samples only."),
        ("p", "Production is released only by a written release from Katrin Vogt (Einkauf), after the sample "
              "sign-off by Jonas Bauer (Projektleiter) in the mock-up room."),
        ("p", "Lieferung: DAP Muenchen, per Luftfracht. Zahlung: 30 Tage netto. Es gelten unsere Einkaufsbedingungen."),
    ], title="Bestellung 45-0131", author="Katrin Vogt")),
    ("SL-Q-24-0187_quotation.pdf", pdf([
        ("h1", "QUOTATION SL-Q-24-0187"),
        ("p", "Saigon Lumen Co., Ltd. - Lot C7, VSIP II, Binh Duong, Vietnam - to Helios Hotel Interiors GmbH, "
              "attn. Ms Katrin Vogt - 14 May 2024"),
        ("table", [
            ["No.", "Model", "Description", "Qty", "Unit EUR"],
            ["1", "SL-WL200-BR-927", "Wall light WL-200 brushed brass 2700K CRI 90", "6 pcs sample", "64,00"],
            ["2", "SL-WL200-BR-927", "Same, production", "420 pcs", "27,80"],
            ["3", "SL-WL200-BR-927", "Same, production", "800 pcs", "25,90"],
        ]),
        ("p", "Sample lead time 12 days. Production lead time 35 days after written release. Validity 90 days. "
              "CE, UKCA, RoHS. Packing 12 pcs/carton."),
        ("p", "Tran Van Minh, Sales & Project Coordinator"),
    ], title="Quotation SL-Q-24-0187", author="Tran Van Minh")),
])

# c17: DOCX project schedule, planned quantities labelled, current release stated -> clean
case("c17_project_schedule_planning_only", [], "project schedule with planned per-floor quantities labelled planning only/not released; active release 14 mock-up pcs; written release by Rajesh Menon after consultant sign-off", [
    ("Tower2_lighting_delivery_schedule_rev3.docx", docx_bytes([
        ("h1", "Marina Gate Tower 2 - lighting delivery schedule (rev 3)"),
        ("p", "Prepared by Al Noor Electromechanical LLC for Ege Aydinlatma A.S. - 27 May 2024. Supplier order: "
              "PO ANE/PO/2024/0402 (DL-R90 downlights)."),
        ("h", "Current release"),
        ("p", "Released today: the mock-up room set only - 14 (fourteen) downlights, PO ANE/PO/2024/0402 line 1. "
              "Please make and ship these 14 and nothing else."),
        ("p", "All other quantities in this schedule are NOT released and are shown for planning only. No material "
              "may be bought for them. They will be released floor by floor in writing by Rajesh Menon, Project "
              "Director, after the consultant signs off the mock-up room."),
        ("h", "Planned quantities (planning only - not released)"),
        ("table", [
            ["Zone", "Floors", "Planned qty", "Planned site date", "Status"],
            ["Mock-up room", "L14", "14", "10-Jun-2024", "Released"],
            ["Podium & lobby", "G-P3", "220", "Aug 2024", "Not released"],
            ["Residential A", "L1-L17", "1,020", "Sep-Oct 2024", "Not released"],
            ["Residential B", "L18-L35", "1,080", "Nov 2024", "Not released"],
        ]),
        ("p", "Site contact: Eng. Hassan Qureshi, +971 50 118 2290. Deliveries Sunday-Thursday 07:00-15:00 only; "
              "gate pass to be requested 48 h in advance."),
    ], author="Rajesh Menon")),
])

# c19: supplier status report: stopped after samples, waiting for release -> clean
_c19_txt = """Dear Ms Shah,

short status for PO MFO-PO-24-0344:

- 8 sample luminaires LP-35 (2 m) are finished and packed, pick-up by DSV on Thursday.
- We have stopped after the 8 samples. Material for the rest is not purchased; we only keep the offer of our extrusion supplier valid until 30.06.
- We are waiting for your written release after the mock-up corridor, as in your order below.

One technical question: do you want the through-wiring 5 x 1,5 mm2 also on the samples, or only on the production pieces later?

Z powazaniem / Kind regards
Pawel Nowak
Key Account Manager - Luxbud Sp. z o.o.
ul. Gorecka 104, 61-483 Poznan, Poland | +48 61 842 77 15

-----Original Message-----
From: Priya Shah <priya.shah@meridianfitout.co.uk>
Sent: 22 May 2024 11:02
To: Pawel Nowak
Subject: PO MFO-PO-24-0344 LP-35 samples

""" + quote("""Dear Pawel,

Please find our order MFO-PO-24-0344 for 8 sample linear luminaires LP-35 (2 m) for the mock-up corridor at The Ashdown Hotel.

The balance of 552 luminaires is not released. Once the mock-up corridor has been signed off by our M&E consultant, I will send you the written release with the quantity. Until then please buy material for the 8 samples only.

Kind regards,
Priya Shah
Head of Procurement, Meridian Fit-Out Ltd""")
case("c19_supplier_stopped_after_samples", [], "supplier status: stopped after 8 samples, no material for rest; quoted buyer PO: 552 not released, written release by Priya Shah after mock-up corridor sign-off", [
    ("RE_PO_MFO-PO-24-0344_status.eml", eml_bytes(mail(
        "Pawel Nowak <p.nowak@luxbud.pl>", "Priya Shah <priya.shah@meridianfitout.co.uk>",
        "RE: PO MFO-PO-24-0344 LP-35 samples - status", "Mon, 03 Jun 2024 14:12:40 +0200", _c19_txt,
        in_reply_to="<MFO-0344-20240522@meridianfitout.co.uk>"))),
])

# c20: PDF PO with explicit staged material authority above the sample run -> clean
case("c20_po_staged_material_authority", [], "PO: 40 m sample run released; explicit staged material authority to 400 m; 1,160 m on hold until IP/IK + mock-up sign-off by Leah Tran and written release by Mick O'Brien", [
    ("SCE_PO_31-7811.pdf", pdf([
        ("h1", "PURCHASE ORDER 31-7811"),
        ("p", "Southern Cross Electrical Pty Ltd - ABN 61 104 552 908 - Unit 4, 18 Bourke Road, Alexandria NSW 2015"),
        ("table", [
            ["Supplier", "Luxbud Sp. z o.o., Poznan, Poland", "Date", "20/05/2024"],
            ["Project", "Wynyard Place commercial fit-out, levels 3-11", "Buyer", "Mick O'Brien"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Scope", "Qty", "Unit EUR", "Total EUR"],
            ["1", "LP35-OP-840 linear profile, opal, 4000K, DALI-2", "Sample run (released)", "40 m", "41,00", "1.640,00"],
            ["2", "LP35-OP-840 linear profile - project balance", "Production - NOT released", "1.160 m", "38,50", "44.660,00"],
        ]),
        ("sp",),
        ("h", "Release and material authority"),
        ("p", "Released now: line 1 only, a 40 m sample run (20 lengths of 2 m) for the IP/IK test and the level 3 mock-up."),
        ("p", "Material authority: STAGED. You may buy aluminium extrusion and LED PCBs for up to 400 m at Southern "
              "Cross Electrical's liability. Staged material is not a production release."),
        ("p", "Line 2 (1.160 m) is commercial cover only and is not released. It is released only by a written release "
              "from Mick O'Brien after the IP/IK test report and the level 3 mock-up are signed off by Leah Tran."),
        ("p", "Delivery: DAP Alexandria NSW. Payment: 45 days EOM. AS/NZS 60598 compliance certificate required."),
    ], title="PO 31-7811", author="Mick O'Brien")),
])

# c21: stop notice with authorised quantity zero, lifted only in writing -> clean
_c21_txt = """Dear Giulia,

please find attached our stop notice for PO 45-0127 (Orbit 450 wall version).

In short: the canopy detail has changed after the fire inspection, so nothing more may start on this order - not even the two sample pieces that are not finished yet. The two finished samples may be shipped as planned.

The stop stays in force until I lift it in writing. Details in the attachment.

Danke und viele Gruesse
""" + sig("Katrin Vogt", "Einkauf / Purchasing", "Helios Hotel Interiors GmbH, Muenchen", "+49 89 4512 318")
case("c21_stop_notice_zero", [], "stop notice: authorised quantity from today zero, 4 samples released before (2 finished may ship), 116 stay on hold; lifted only by Katrin Vogt after Rev D sign-off", [
    ("STOP_PO_45-0127.eml", eml_bytes(mail(
        "Katrin Vogt <k.vogt@helios-interiors.de>", "Giulia Rossi <g.rossi@officinaluce.it>",
        "STOP - PO 45-0127 Orbit 450 wall version", "Fri, 07 Jun 2024 08:05:00 +0200", _c21_txt,
        cc="Jonas Bauer <j.bauer@helios-interiors.de>",
        attachments=[("Stop_notice_PO_45-0127.pdf", pdf([
            ("h1", "STOP NOTICE"),
            ("table", [["Order", "PO 45-0127, Orbit 450 wall version, OL-ORB450W-BR-927"],
                       ["Issued", "07.06.2024, Katrin Vogt, Einkauf"],
                       ["Reason", "Canopy detail changed after fire inspection (drawing Rev D in preparation)"]]),
            ("p", "With immediate effect nothing more may start on this order, whether released or not. Authorised "
                  "quantity from today: zero (0)."),
            ("p", "Released before this notice: 4 sample pieces. Two are finished and may be shipped; the other two "
                  "must not be finished."),
            ("p", "The 116 production pieces were never released and stay on hold. No material may be bought."),
            ("p", "This stop is lifted only by a written notice from Katrin Vogt, after the revised canopy drawing "
                  "Rev D has been signed off by Jonas Bauer, Projektleiter."),
        ], title="Stop notice PO 45-0127", author="Katrin Vogt"), PDF_MT)]))),
])

# c22: buyer planning question + DOCX scope note attached -> clean
_c22_txt = """Hi Mert,

A planning question rather than an instruction: if we do release the balance of 894 after the mock-up sign-off on 20 June, could you ship the first 300 by mid-August? Our programme for the Harbourside Hotel has moved forward by two weeks and I'd like to know where we stand before the site meeting on Friday.

To be clear, nothing is released by this email - the scope note for PO 4500-2246 is attached again for reference.

Many thanks,
""" + sig("Sarah Collins", "Project Procurement Manager", "Lumora Lighting Ltd, Manchester", "+44 161 496 0721")
case("c22_buyer_planning_question", [], "buyer asks whether the first 300 could ship if the 894 balance is released later; question only; attached scope note complete (6 now, 894 not released, Tom Hadley sign-off, Sarah's written release)", [
    ("PO_4500-2246_programme_Harbourside.eml", eml_bytes(mail(
        "Sarah Collins <s.collins@lumora-lighting.co.uk>", "Mert Yilmaz <mert.yilmaz@egeaydinlatma.com.tr>",
        "PO 4500-2246 - planning question (no release)", "Tue, 04 Jun 2024 12:31:55 +0100", _c22_txt,
        html="<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _c22_txt.split("\n\n")) + "</body></html>",
        attachments=[("PO_4500-2246_scope_note.docx", docx_bytes([
            ("h1", "PO scope note - PO 4500-2246"),
            ("p", "Lumora Lighting Ltd to Ege Aydinlatma A.S. - item EGE-DLR90-12W-930 downlight - Harbourside Hotel"),
            ("table", [["", ""],
                       ["Authorised now", "6 sample downlights"],
                       ["Not released", "894 pcs (project quantity 900 including the samples; basis: firm)"],
                       ["Do now", "Make and ship the 6 samples; buy material for the samples only"],
                       ["Unlocks the balance", "Mock-up room sign-off by Tom Hadley, then a written release by Sarah Collins"]]),
        ], author="Sarah Collins"), DOCX_MT)]))),
])

# c23: supplier portal order status: awaiting customer release -> clean
case("c23_supplier_portal_status", [], "supplier portal status: 10 samples shipped, 590 awaiting customer written release (not released), material for samples only", [
    ("order_status_SO-24-0552.html", html_page("Saigon Lumen customer portal - SO-24-0552", """
<h2>Saigon Lumen Co., Ltd. &mdash; Customer portal</h2>
<p>Customer: Southern Cross Electrical Pty Ltd &nbsp;|&nbsp; Sales order SO-24-0552 &nbsp;|&nbsp; Customer PO 31-7745 &nbsp;|&nbsp; Updated 10/06/2024 16:20 (GMT+7)</p>
<table>
<tr><th>Item</th><th>Description</th><th>Quantity</th><th>Status</th></tr>
<tr><td>LPX-1200-840-IP66</td><td>Linear pendant 1200 mm, 4000K, IP66/IK08 &mdash; samples</td><td>10</td><td>Shipped 05/06 (DHL 7741 2093 55)</td></tr>
<tr><td>LPX-1200-840-IP66</td><td>Project quantity (Barangaroo)</td><td>590</td><td>Awaiting customer written release &mdash; NOT released</td></tr>
</table>
<div class="note">Material status: LED boards and extrusion bought for the 10 samples only. We will not plan
or buy for the 590 pcs until Southern Cross sends a written release.</div>
<p>Documents: <a href="#">IP66 test report TR-24-1187.pdf</a> &middot; <a href="#">IK08 impact test.pdf</a> &middot; <a href="#">Packing list PL-0552.pdf</a></p>
<p style="color:#777">Saigon Lumen Co., Ltd. &middot; Lot C7, VSIP II, Binh Duong &middot; portal support: portal@saigonlumen.vn</p>
""")),
])

# c24: full release letter after approved sign-off, two approvers, no balance left -> clean
case("c24_release_letter_full_two_approvers", [], "release letter R-2 releases the full 1,194 balance after approved sign-off, signed by release authority and second approver; no balance remains", [
    ("Release_R-2_PO_4500-2198.pdf", pdf([
        ("h1", "Production release R-2"),
        ("p", "Lumora Lighting Ltd - Unit 9, Trafford Park Road, Manchester M17 1HH - VAT GB 312 8841 07"),
        ("table", [
            ["To", "Zhongshan Guzhen Huaguang Lighting Co., Ltd. - Kevin Liang"],
            ["Order", "PO 4500-2198, HG-DL90-9W-930-IP65 downlight, Harbourside Hotel Liverpool"],
            ["Date", "3 June 2024"],
        ]),
        ("sp",),
        ("table", [
            ["Quantity", "Status"],
            ["6 samples (R-1)", "Delivered; sample sign-off 'approved' by Tom Hadley, 28 May 2024, mock-up room"],
            ["1,194 pcs (this release R-2)", "Released for production"],
            ["Balance after R-2", "0 - nothing remains on hold"],
        ]),
        ("p", "We hereby release 1,194 pcs for production, delivery in two shipments (600 pcs by 12 July, 594 pcs by "
              "2 August). Material may now be bought for the 1,194 released pieces."),
        ("p", "Authorised by Sarah Collins, Project Procurement Manager (release authority, limit GBP 25,000) and "
              "James Pike, Commercial Director (second approver)."),
    ], title="Production release R-2", author="Sarah Collins")),
])

# c25: ERP PO with a sample line and a production line marked NOT RELEASED -> clean
case("c25_erp_po_lines_hold", [], "ERP PO: line 10 sample 10 EA; line 20 production 990 EA HOLD/not released, commercial cover only; release by D. Whitfield after sample sign-off by M. Lee", [
    ("PO_2334_Ege.txt", """BRIGHTLINE CONTRACTING INC.                          PURCHASE ORDER 2334  REV 0
2250 S ARCHER AVE, CHICAGO IL 60616                  DATE 05/29/2024
--------------------------------------------------------------------------------
VENDOR : EGE AYDINLATMA SAN. VE TIC. A.S., IZMIR TR       TERMS : NET 60
BUYER  : D. WHITFIELD (312) 555-0148                      FOB   : IZMIR PORT
JOB    : 24-118 HOTEL MARQUETTE RENOVATION (380 KEYS)
--------------------------------------------------------------------------------
LN  ITEM                  DESCRIPTION                 SCOPE       QTY  UM  STATUS
10  EGE-DLR90-12W-935     DOWNLIGHT 12W 3500K IP66    SAMPLE       10  EA  OPEN
20  EGE-DLR90-12W-935     DOWNLIGHT 12W 3500K IP66    PRODUCTION  990  EA  HOLD
--------------------------------------------------------------------------------
NOTES:
 1. ONLY LINE 10 (10 EA SAMPLES) IS RELEASED FOR MANUFACTURE.
 2. LINE 20 IS COMMERCIAL COVER ONLY. THE 990 EA ARE NOT RELEASED.
 3. LINE 20 IS RELEASED ONLY BY A WRITTEN RELEASE FROM D. WHITFIELD,
    SENIOR BUYER, AFTER SAMPLE SIGN-OFF BY M. LEE (PROJECT MANAGER).
 4. MATERIAL AUTHORITY: LINE 10 ONLY.
 5. UL 1598 / UL 8750 LISTING REQUIRED. PHOTOMETRIC FILES (IES) WITH SAMPLES.
--------------------------------------------------------------------------------
"""),
])

# ------------------------------------------------- batch 3: absence rules, RG001, RG010
# p01: sample PO + supplier quote with the production tier, nothing about the balance
_p01_txt = """Hi Kevin,

Further to our call this morning, please find attached our PO 4500-2231 for the DL-90 sample fittings, together with your quotation HG-Q240502-03 so that the item codes match on both sides.

Could you confirm the sample date? The mock-up room at the Harbourside opens on 3 June and we'd like the fittings on site the week before. Please also put the IES files and the LM-79 report in the box.

Thanks again for turning the quote round so quickly.

Kind regards,
""" + sig("Sarah Collins", "Project Procurement Manager", "Lumora Lighting Ltd, Manchester", "+44 161 496 0721")
case("p01_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 6 with the quote (1,200 production tier) attached; nothing says the 1,200 is not released, no unlock event, no release person", [
    ("PO_4500-2231_DL-90_samples.eml", eml_bytes(mail(
        "Sarah Collins <s.collins@lumora-lighting.co.uk>", "Kevin Liang <kevin@hg-lighting.cn>",
        "PO 4500-2231 - DL-90 sample fittings", "Thu, 02 May 2024 11:46:30 +0100", _p01_txt,
        attachments=[
            ("PO_4500-2231.pdf", pdf([
                ("h1", "Purchase Order 4500-2231"),
                ("p", "Lumora Lighting Ltd - Unit 9, Trafford Park Road, Manchester M17 1HH"),
                ("table", [["Supplier", "Zhongshan Guzhen Huaguang Lighting Co., Ltd."], ["Date", "02/05/2024"],
                           ["Project", "Harbourside Hotel Liverpool - mock-up room"], ["Delivery", "DAP Manchester by 27/05/2024"]]),
                ("sp",),
                ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
                           ["1", "HG-DL90-9W-930-IP65", "LED downlight 9W 3000K CRI90 IP65 - sample fitting", "6", "38.00", "228.00"]]),
                ("p", "Sample fittings for the mock-up room. Please quote the PO number on all documents. "
                      "Payment 30 days from invoice."),
            ], title="PO 4500-2231", author="Sarah Collins"), PDF_MT),
            ("HG-Q240502-03.docx", docx_bytes([
                ("h1", "QUOTATION HG-Q240502-03"),
                ("p", "Zhongshan Guzhen Huaguang Lighting Co., Ltd. to Lumora Lighting Ltd, attn. Sarah Collins, 2 May 2024"),
                ("table", [["Item", "Model", "Qty", "Unit USD", "Lead time"],
                           ["Sample", "HG-DL90-9W-930-IP65", "6 pcs", "38.00", "10 working days"],
                           ["Mass production", "HG-DL90-9W-930-IP65", "1,200 pcs", "14.20", "30-35 days"]]),
                ("p", "Payment 30% deposit, 70% before shipment. FOB Shenzhen. Carton 20 pcs."),
                ("p", "Kevin Liang, Sales Manager"),
            ], author="Kevin Liang"), DOCX_MT),
        ]))),
])

# p43: DOCX mock-up request: hold stated but no quantity, no event, no person
case("p43_mockup_request_no_qty", ["RG004", "RG005", "RG010"], "mock-up fittings ordered per a type schedule without quantities; 'rest not released' but no unlock event and 'further quantities will be advised' by nobody named", [
    ("Mock-up_room_fittings_request.docx", docx_bytes([
        ("h1", "Mock-up room - fittings request"),
        ("p", "Southern Cross Electrical Pty Ltd to Saigon Lumen Co., Ltd. - Project: Barangaroo North Tower, "
              "level 27 show suite - our PO 31-7760 - 24 May 2024"),
        ("p", "Hi Lan, please manufacture the mock-up room fittings per the schedule below and ship them by air to "
              "our Alexandria warehouse. The rest of the project is not released."),
        ("table", [
            ["Type", "Description", "CCT / CRI", "Finish", "Control"],
            ["L1", "LPX-1200 linear pendant, IP66/IK08", "4000K / 90", "Matt black RAL 9005", "DALI-2"],
            ["L2", "LPX-600 linear pendant, IP66/IK08", "4000K / 90", "Matt black RAL 9005", "DALI-2"],
            ["D1", "DL-90 recessed downlight, 36 deg", "3000K / 90", "White RAL 9016", "DALI-2"],
        ]),
        ("p", "Please label every fitting with the type code, and send the IES files and the installation "
              "instructions with the shipment. Any further quantities will be advised."),
        ("p", "Thanks, Mick O'Brien, Purchasing Manager, Southern Cross Electrical"),
    ], author="Mick O'Brien")),
])

# p45: forwarded PO mail: hold until further notice, only Katrin can lift it -> no unlock event
_p45_orig = mail("Katrin Vogt <k.vogt@helios-interiors.de>", "Giulia Rossi <g.rossi@officinaluce.it>",
                 "Bestellung 45-0140 - Orbit 600 black nickel", "Tue, 14 May 2024 09:31:00 +0200",
                 """Dear Giulia,

as discussed on the phone, our order 45-0140 is for 4 (four) sample pendants Orbit 600 in black nickel for the restaurant of the Hotel Isarblick.

The remaining 76 pendants for the restaurant and the bar are on hold until further notice. Only I can lift this hold.

Delivery of the samples: DAP Muenchen, latest 31 May. Please send the finish sample plate with them.

Mit freundlichen Gruessen
Katrin Vogt
Einkauf / Purchasing
Helios Hotel Interiors GmbH
""")
_p45_txt = """Dear Luca,

welcome on board! As Giulia is now on leave, I forward you the original order mail for PO 45-0140 for your files. Nothing has changed since then.

The samples arrived well packed last week, thank you. I will come back to you when there is news from our side.

Best regards,
""" + sig("Katrin Vogt", "Einkauf / Purchasing", "Helios Hotel Interiors GmbH, Muenchen", "+49 89 4512 318")
case("p45_fwd_hold_until_further_notice", ["RG004"], "forwarded PO: 4 samples, remaining 76 'on hold until further notice', 'only I can lift this hold' names a person but no unlock event", [
    ("FW_Bestellung_45-0140.eml", eml_bytes(mail(
        "Katrin Vogt <k.vogt@helios-interiors.de>", "Luca Bianchi <l.bianchi@officinaluce.it>",
        "WG: Bestellung 45-0140 - Orbit 600 black nickel", "Mon, 10 Jun 2024 15:20:00 +0200", _p45_txt,
        attachments=[("rfc822", _p45_orig)]))),
])

# p47: PDF sample PO that never mentions a balance
case("p47_sample_po_silent", ["RG003", "RG004", "RG005"], "sample PO for 10 downlights for IP/IK test; never says the project balance is not released, no unlock event, no release person", [
    ("SCE_PO_31-7798_samples.pdf", pdf([
        ("h1", "PURCHASE ORDER 31-7798 - SAMPLE ORDER"),
        ("p", "Southern Cross Electrical Pty Ltd - Unit 4, 18 Bourke Road, Alexandria NSW 2015 - ABN 61 104 552 908"),
        ("table", [
            ["Supplier", "Ege Aydinlatma San. ve Tic. A.S., Izmir", "Date", "02/05/2024"],
            ["Project", "Parramatta Square tower 6 - car park and lobby", "Buyer", "Mick O'Brien"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["1", "EGE-DLR90-12W-940", "Recessed downlight 12W 4000K IP66 IK10 - for IP/IK test at our lab", "10", "44,00", "440,00"],
            ["2", "-", "Freight, DHL express", "1", "120,00", "120,00"],
        ]),
        ("sp",),
        ("p", "Please send the samples with the RCM certificate, the LM-79 report and the installation "
              "instructions. Samples will be tested at our NATA accredited partner lab in Silverwater."),
        ("p", "Payment: 30 days EOM. All goods must comply with AS/NZS 60598.2.2 and AS/NZS CISPR 15."),
    ], title="PO 31-7798", author="Mick O'Brien")),
])

# p48: HTML buyer portal PO page: 8 samples next to an unlabelled project total of 2,000
case("p48_portal_po_project_total", ["RG001", "RG003", "RG004", "RG005"], "portal PO page: 8 sample line under a header showing project total 2,000 pcs, with no hold, no unlock event and no release person", [
    ("PO_MFO-PO-24-0361_portal.html", html_page("Meridian Fit-Out - PO MFO-PO-24-0361", """
<h2>Meridian Fit-Out Ltd &mdash; Purchase order MFO-PO-24-0361</h2>
<table>
<tr><th>Supplier</th><td>Zhongshan Mingxin Optoelectronic Co., Ltd. (Linda Wu)</td></tr>
<tr><th>Project</th><td>The Ashdown Hotel, Kensington &mdash; bathrooms floors 1&ndash;20</td></tr>
<tr><th>Item</th><td>DL-75-7W-830-IP65 recessed downlight, 3000K, CRI 90, IP65</td></tr>
<tr><th>Project total</th><td>2,000 pcs</td></tr>
<tr><th>Issued</th><td>28 May 2024, Priya Shah</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit GBP</th><th>Total GBP</th><th>Required</th></tr>
<tr><td>1</td><td>DL-75 samples for bathroom mock-up</td><td>8</td><td>16.50</td><td>132.00</td><td>14 June 2024</td></tr>
</table>
<p>Please acknowledge this order in the portal. Invoices must quote the PO number and line.</p>
<p style="color:#777">Meridian Fit-Out Ltd &middot; 41 Great Suffolk Street, London SE1 0BS</p>
""")),
])

# p49: DOCX hold notice: event named, but release by an unnamed department
case("p49_hold_notice_department", ["RG005"], "hold notice: 14 mock-up pcs authorised, 2,320 on hold until LM-79 + mock-up accepted, release by 'our Projects Department' (nobody named)", [
    ("Hold_notice_ANE-PO-2024-0455.docx", docx_bytes([
        ("h1", "HOLD NOTICE"),
        ("p", "Al Noor Electromechanical LLC - Dubai, UAE - to Ege Aydinlatma A.S., Izmir - 30 May 2024"),
        ("table", [
            ["Order", "PO ANE/PO/2024/0455 - EGE-DLR90-12W-930 downlight"],
            ["Project", "Bluewaters Bay Hotel Apartments, Dubai"],
            ["Authorised now", "14 (fourteen) downlights for the mock-up room only"],
            ["On hold", "2,320 downlights - not released"],
        ]),
        ("p", "Kindly note that the 2,320 downlights are not released and must not be manufactured, and no material "
              "is to be procured for them. They remain on hold until the LM-79 report and the mock-up room are "
              "accepted by the lighting consultant and a written release is issued by our Projects Department."),
        ("p", "Please share the production photos of the 14 pcs before dispatch. Delivery DAP Dubai by 20 June."),
        ("p", "Best regards, Faisal Rahman, Procurement Manager"),
    ], author="Faisal Rahman")),
])

# p51: ERP call-off, project total unlabelled, never says the rest is not released
case("p51_erp_calloff_project_total", ["RG001", "RG003"], "call-off releases 300 m next to an unlabelled project total of 1,200 m; next call-off event and Mick named, but never says the remainder is not released", [
    ("SCE_calloff_CO-7811-01.txt", """SOUTHERN CROSS ELECTRICAL PTY LTD                 CALL-OFF ADVICE
ABN 61 104 552 908                                 PRINTED 17/06/2024 08:12
--------------------------------------------------------------------------------
CALL-OFF     : CO-7811-01                 AGAINST PO : 31-7815
SUPPLIER     : LUXBUD SP. Z O.O. (POZNAN)  SUPP NO   : 70044
PROJECT      : WYNYARD PLACE L3-L11 - OPEN PLAN OFFICE LIGHTING
ITEM         : LP35-OP-840  LINEAR PROFILE 35MM OPAL 4000K DALI-2
PROJECT TOTAL: 1,200 M
--------------------------------------------------------------------------------
LN  LEVELS   DESCRIPTION                       QTY   UOM   DELIVER BY
01  L3-L4    LP35-OP-840 IN 2.4 M LENGTHS      300   M     26/07/2024
02  L3-L4    SUSPENSION KITS 2 M               125   SET   26/07/2024
--------------------------------------------------------------------------------
NEXT CALL-OFF: CO-7811-02 WILL BE ISSUED BY M. O'BRIEN AFTER THE L3-L4
               INSTALLATION IS SIGNED OFF BY OUR SITE ENGINEER.
DELIVERY     : DAP ALEXANDRIA NSW, MON-FRI 7AM-2PM, FORKLIFT ON SITE
DOCUMENTS    : PACKING LIST PER LEVEL, AS/NZS 60598 COMPLIANCE CERT.
--------------------------------------------------------------------------------
QUERIES: MICK O'BRIEN  +61 2 9188 4410  mobrien@southerncross-elec.com.au
"""),
])

# p52: WeChat: "send a few samples first" - sample authorization with nothing else
case("p52_wechat_few_samples", ["RG003", "RG004", "RG005", "RG010"], "WeChat: buyer asks for 'a few' samples first, PO to follow; no quantity, nothing about the balance, no event, no release person", [
    ("WeChat_Amy_Chen_export.txt", """[WeChat export] Chat with: Amy Chen (Huaguang Lighting 华光照明)
Device: iPhone  Exported: 2024-05-06 18:20

2024-05-06 09:12 Tom Hadley: Hi Amy, Tom from Lumora here. Sarah gave me your WeChat. We're pricing the Harbourside Hotel bathrooms
2024-05-06 09:13 Tom Hadley: can you pls send a few samples of the 90mm IP65 downlight first, 3000K, white trim. PO will follow from Sarah
2024-05-06 09:31 Amy Chen: Hello Tom nice to meet you 😊 How many pcs you need?
2024-05-06 09:40 Tom Hadley: a few is fine, whatever you have on the shelf. need them for the mock-up and the photometric check
2024-05-06 09:42 Amy Chen: OK we send by DHL this week. Dimmable DALI or phase cut?
2024-05-06 09:44 Tom Hadley: DALI-2 please. cheers
2024-05-06 09:45 Amy Chen: 👌 no problem
"""),
])

# p53: ERP sample order with the quoted project quantity printed, no hold, no event, no person
case("p53_erp_sample_order_project_qty", ["RG001", "RG003", "RG004", "RG005"], "ERP sample order 12 m shows 'quoted project qty 1.200 M' with price and no label; nothing on hold, no event, no release person", [
    ("MFO_PO_24-0352_print.txt", """MERIDIAN FIT-OUT LTD                                          PURCHASE ORDER
41 GREAT SUFFOLK STREET, LONDON SE1 0BS             VAT REG GB 218 7712 40
================================================================================
PO NO.      MFO-PO-24-0352            ORDER TYPE   SAMPLE ORDER
DATE        31/05/2024                BUYER        P.SHAH
SUPPLIER    LUXBUD SP. Z O.O.         ACCOUNT      LUX001
            UL. GORECKA 104, 61-483 POZNAN, POLAND
PROJECT     THE ASHDOWN HOTEL - GUEST CORRIDORS FLOORS 1-12
================================================================================
LINE  PART NO            DESCRIPTION                    QTY  UOM   UNIT EUR
0001  LP35-OP-927-CORR   LINEAR PROFILE 35MM OPAL 2700K  12  M       41,00
                         CRI 90, EMERGENCY 3H (EVERY 4TH
                         LENGTH), DALI-2, DWG LX-3500 R12
--------------------------------------------------------------------------------
QUOTED PROJECT QTY : 1.200 M @ EUR 38,50/M (OFFER LXB/OF/24/1188)
DELIVERY           : DAP LONDON SE1 BY 21/06/2024
INVOICE TO         : ACCOUNTS PAYABLE, AP@MERIDIANFITOUT.CO.UK
TERMS              : 60 DAYS FROM INVOICE. OUR T&C REV 2023 APPLY.
================================================================================
PLEASE CONFIRM RECEIPT OF THIS ORDER WITHIN 48 HOURS.
"""),
])

# p55: US buyer mail: sample PO PDF + revised quote (HTML export) with the 2,500 tier
_p55_txt = """Linda -

Attached: PO 2341 for the 10 sample pcs of the DL-75 (3500K, matte white) and your revised quotation MX-Q2405-09 with the 2,500 pcs tier.

Please confirm ship date for the samples and send tracking once they leave. Marcus wants them in Chicago before the Lakeshore walk-through on the 18th.

Thanks,
""" + sig("Dana Whitfield", "Senior Buyer", "Brightline Contracting Inc., Chicago", "(312) 555-0148")
case("p55_us_sample_po_revised_quote", ["RG001", "RG003", "RG004", "RG005"], "sample PO (10 pcs) sent with revised quote showing a 2,500 pcs tier; nothing says the 2,500 is not released, no event, no release person", [
    ("PO_2341_DL-75_samples.eml", eml_bytes(mail(
        "Dana Whitfield <dwhitfield@brightline-contracting.com>", "Linda Wu <linda.wu@mingxin-opto.com>",
        "PO 2341 - DL-75 samples + revised quote", "Tue, 04 Jun 2024 16:05:12 -0500", _p55_txt,
        cc="Marcus Lee <mlee@brightline-contracting.com>",
        attachments=[
            ("PO_2341.pdf", pdf([
                ("h1", "PURCHASE ORDER 2341"),
                ("p", "Brightline Contracting Inc. - 2250 S Archer Ave, Chicago IL 60616"),
                ("table", [["Vendor", "Zhongshan Mingxin Optoelectronic Co., Ltd."], ["Date", "06/04/2024"],
                           ["Job", "24-121 Lakeshore Medical Office Bldg"], ["Ship via", "DHL Express, acct 961 448 210"]]),
                ("table", [["Ln", "Item", "Description", "Qty", "Unit", "Ext."],
                           ["1", "DL-75-7W-935-MW", "Recessed downlight 7W 3500K matte white - samples", "10 EA", "$21.00", "$210.00"]]),
                ("p", "Terms: Net 30. UL 1598 / UL 8750 listing required. Include IES files."),
            ], pagesize=LETTER, title="PO 2341", author="Dana Whitfield"), PDF_MT),
            ("MX-Q2405-09_revised.html", html_page("Quotation MX-Q2405-09 (revised)", """
<h2>Zhongshan Mingxin Optoelectronic Co., Ltd. &mdash; Quotation MX-Q2405-09 (rev. 1)</h2>
<p>To: Brightline Contracting Inc., Dana Whitfield &nbsp;|&nbsp; Date: 2024-05-29 &nbsp;|&nbsp; Validity 60 days</p>
<table>
<tr><th>Model</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Lead time</th></tr>
<tr><td>DL-75-7W-935-MW</td><td>Recessed downlight 7W 3500K CRI 90 matte white</td><td>10 pcs sample</td><td>21.00</td><td>7 days</td></tr>
<tr><td>DL-75-7W-935-MW</td><td>Same, bulk</td><td>2,500 pcs</td><td>8.40</td><td>25 days</td></tr>
</table>
<p>Payment T/T 30/70. FOB Shenzhen. UL listed (E498812). Warranty 5 years.</p>
"""), HTML_MT),
        ]))),
])

# p40: PDF PO: sample lot 'as quoted' - the active quantity is never stated
case("p40_po_sample_lot_as_quoted", ["RG010"], "sample PO with quantity 'as per quotation'; hold, unlock event and named release person present, but the quantity authorised now is never stated", [
    ("Lumora_PO_4500-2256.pdf", pdf([
        ("h1", "Purchase Order 4500-2256"),
        ("p", "Lumora Lighting Ltd - Unit 9, Trafford Park Road, Manchester M17 1HH - VAT GB 312 8841 07"),
        ("table", [
            ["Supplier", "Officina Luce Srl, Via del Lavoro 22, 25125 Brescia, Italy"],
            ["Date", "22/05/2024"],
            ["Project", "Harbourside Hotel Liverpool - restaurant and bar"],
            ["Reference", "Your quotation OL-24-118 of 16/05/2024"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Price"],
            ["1", "OL-ORB600-BR-927", "Orbit 600 pendant, brushed brass, 2700K - sample lot", "as per quotation", "as per quotation"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This order is for the sample lot only, for the restaurant mock-up. The project quantity is not "
              "released. It will be released in writing by Sarah Collins, Project Procurement Manager, after the "
              "mock-up has been signed off by Tom Hadley."),
        ("p", "Delivery DAP Manchester. Payment 30 days from invoice. UKCA marking required."),
    ], title="PO 4500-2256", author="Sarah Collins")),
])

# p42: WhatsApp: "samples only, same qty as the Al Barsha job" - no active quantity
case("p42_whatsapp_same_qty_as_before", ["RG010"], "chat: 'go ahead with the samples only, same qty as Al Barsha job'; hold, consultant sign-off and Omar's written release named, but no quantity anywhere", [
    ("WhatsApp_Chat_Mert_Ege.txt", """WhatsApp Chat with Mert Ege Aydinlatma

[28/05/2024, 10:11:04] Mert Yilmaz: Good morning Mr Omar, hope you are well. For the Saadiyat villas project, you want samples like before?
[28/05/2024, 10:34:51] Omar Al Hashimi: Morning Mert. Yes, go ahead with the samples only, same qty as the Al Barsha job. DL-R90 12W 3000K, black reflector this time
[28/05/2024, 10:35:40] Omar Al Hashimi: Rest of the villas not released. It stays on hold until the mock-up villa is signed off by the consultant, then I will release in writing.
[28/05/2024, 10:36:02] Mert Yilmaz: Clear 👍 samples same as Al Barsha, black reflector. The rest we wait your written release.
[28/05/2024, 10:36:30] Mert Yilmaz: Ship to your Mussafah store?
[28/05/2024, 10:41:12] Omar Al Hashimi: Yes Mussafah, attention Sajid. Thanks
[28/05/2024, 10:41:20] Mert Yilmaz: 🙏
"""),
])

# p44: HTML portal release page: floors released, no quantity stated
case("p44_portal_floors_released_no_qty", ["RG010"], "portal release page: 'floors 3-4 RELEASED' with no quantity; floors 5-20 not released until snagging sign-off, next release by Omar Al Hashimi", [
    ("Release_status_DRH-PO-1187.html", html_page("Desert Rose - release status PO DRH-PO-1187", """
<h2>Desert Rose Hospitality Fitout LLC &mdash; Supplier portal</h2>
<p>Abu Dhabi, UAE &nbsp;|&nbsp; Supplier: Zhongshan Guzhen Huaguang Lighting Co., Ltd. &nbsp;|&nbsp; PO DRH-PO-1187
&nbsp;|&nbsp; Item: HG-DL90-9W-930-IP65 &nbsp;|&nbsp; Project: Yas Creek Hotel (20 floors)</p>
<h3>Release status &mdash; updated 16 June 2024</h3>
<table>
<tr><th>Zone</th><th>Status</th><th>Date</th><th>By</th></tr>
<tr><td>Mock-up room</td><td>Signed off</td><td>09 June 2024</td><td>Consultant</td></tr>
<tr><td>Floors 3&ndash;4</td><td><b>RELEASED</b> &mdash; please manufacture and ship</td><td>16 June 2024</td><td>Omar Al Hashimi</td></tr>
<tr><td>Floors 5&ndash;20</td><td>Not released &mdash; on hold</td><td>&ndash;</td><td>&ndash;</td></tr>
</table>
<p class="note">Floors 5&ndash;20 are not released. The next release will be issued in writing by Omar Al Hashimi,
Procurement Lead, after the snagging sign-off of floors 3&ndash;4.</p>
<p style="color:#777">Desert Rose Hospitality Fitout LLC &middot; Mussafah M-37, Abu Dhabi</p>
""")),
])

# ------------------------------------------------- batch 4: RG012, RG006 (+RG002, RG008, RG007, RG011)
# p02: WhatsApp: advance paid so start production; forecast booked as firm
case("p02_whatsapp_advance_and_forecast", ["RG008", "RG012"], "chat: pinned scope complete (12 samples, 1,188 held, Faisal's written release after mock-up); later 'advance transferred, so pls start production' and Tower B forecast 'take it as confirmed order'", [
    ("WhatsApp_Chat_Kevin_Huaguang.txt", """WhatsApp Chat with Kevin Huaguang

02/05/2024, 10:02 - Faisal Rahman: Dear Kevin, PO ANE/PO/2024/0391 sent by mail now.
02/05/2024, 10:04 - Faisal Rahman: Scope: 12 sample DL-90 only. Balance 1,188 pcs NOT released. It will be released only by my written release after the mock-up room at Marina Gate is signed off by the consultant. Material for the samples only.
02/05/2024, 10:20 - Kevin Liang: Well noted Faisal, thank you. Samples ready in 10 days 👍
14/05/2024, 16:45 - Kevin Liang: Dear Faisal, samples delivered to your Jebel Ali store yesterday, DHL POD attached
14/05/2024, 16:45 - Kevin Liang: <attached: DHL_POD_4471.pdf>
20/05/2024, 09:30 - Kevin Liang: Invoice for 30% advance payment on the project value sent to your accounts team
22/05/2024, 13:12 - Faisal Rahman: Advance transferred today for the whole lot, swift copy below. So you are covered now, pls start production, don't wait. We need the goods here before Eid
22/05/2024, 13:12 - Faisal Rahman: <attached: SWIFT_MT103_ENBD_220524.pdf>
22/05/2024, 13:15 - Faisal Rahman: Also Tower B: our forecast is 2,000 pcs for Q4. Take it as confirmed order and book the capacity from now
22/05/2024, 13:40 - Kevin Liang: Well received, thank you very much Faisal! We arrange at once 🙏
"""),
])

# p03: supplier treats signed PO acceptance as the go for the project
_p03_txt = """Dear Dana,

Thank you very much for your PO 2329.

We signed your PO acknowledgement form and returned it today (attached in previous mail). As per our ISO 9001 procedure, the signed PO acceptance is our order confirmation, so our planning department opened the work order for the whole project and production will start on week 24.

Kindly send us the shipping marks and the labelling instruction for the cartons.

Best regards / Saygilarimizla,
Mert Yilmaz
Export Sales Manager
Ege Aydinlatma San. ve Tic. A.S. | Ataturk OSB, Cigli / Izmir | +90 232 376 44 10

-----Original Message-----
From: Dana Whitfield <dwhitfield@brightline-contracting.com>
Sent: Monday, May 27, 2024 9:14 AM
To: Mert Yilmaz <mert.yilmaz@egeaydinlatma.com.tr>
Subject: PO 2329 - DLR90 samples, Hotel Marquette

""" + quote("""Mert -

PO 2329 is attached. It covers 12 sample downlights EGE-DLR90-12W-935 only.

The quoted project quantity (960) is not released. Production is released only by a written release from me, after sample sign-off by Marcus Lee, our PM.

Thanks,
Dana Whitfield
Senior Buyer, Brightline Contracting Inc.""")
case("p03_po_acceptance_opens_work_order", ["RG012"], "supplier: signed PO acceptance = order confirmation, work order opened for the whole project; quoted buyer scope complete (12 samples, 960 held, Dana after Marcus's sign-off)", [
    ("RE_PO_2329_DLR90_samples.eml", eml_bytes(mail(
        "Mert Yilmaz <mert.yilmaz@egeaydinlatma.com.tr>", "Dana Whitfield <dwhitfield@brightline-contracting.com>",
        "RE: PO 2329 - DLR90 samples, Hotel Marquette", "Wed, 29 May 2024 17:22:09 +0300", _p03_txt,
        in_reply_to="<BCI-2329-20240527@brightline-contracting.com>"))),
])

# p04: folder: complete buyer PO + supplier mail: deposit confirms the order, material booked for all 600
_p04_mail = """Dear Mr Mick,

Deposit 30% received on 28/05, thank you very much.

As per our standard sales terms, the deposit confirms the order, so we have booked the aluminium extrusion and the LED strip for all 600 pcs with our vendors this week, and the production line is scheduled from 17 June. In this way we can deliver the full project before your deadline.

The 10 samples are in packing now, will ship with DHL tomorrow.

Best regards,
Nguyen Thi Lan (Ms.)
Sales Executive - Saigon Lumen Co., Ltd.
Lot C7, VSIP II, Binh Duong, Vietnam | +84 274 3765 231
"""
case("p04_deposit_books_material", ["RG006", "RG012"], "folder: PO releases 10 samples, material samples-only, 590 held until sign-off by Leah + Mick's written release; supplier: deposit confirms the order, material booked for all 600 and line scheduled", [
    ("SCE_PO_31-7751.pdf", pdf([
        ("h1", "PURCHASE ORDER 31-7751"),
        ("p", "Southern Cross Electrical Pty Ltd - Unit 4, 18 Bourke Road, Alexandria NSW 2015"),
        ("table", [
            ["Supplier", "Saigon Lumen Co., Ltd., Binh Duong", "Date", "14/05/2024"],
            ["Project", "Barangaroo North Tower - lift lobbies L2-L40", "Buyer", "Mick O'Brien"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Scope", "Qty", "Unit USD"],
            ["1", "LPX-600-830 linear pendant 600 mm, 3000K", "Samples - released", "10", "58.00"],
            ["2", "LPX-600-830 linear pendant 600 mm, 3000K", "Production - NOT released", "590", "24.50"],
        ]),
        ("sp",),
        ("p", "Released now: line 1, 10 samples. Material authority: samples only."),
        ("p", "Line 2 is not released. It is released only by a written release from Mick O'Brien after the "
              "samples are signed off by Leah Tran (project engineer) in the L2 lobby mock-up."),
        ("p", "Payment: 30% deposit on the PO value to book capacity; balance before shipment. The deposit "
              "does not release production or material."),
    ], title="PO 31-7751", author="Mick O'Brien")),
    ("Deposit_received_PO_31-7751.eml", eml_bytes(mail(
        "Nguyen Thi Lan <lan.nt@saigonlumen.vn>", "Mick O'Brien <mobrien@southerncross-elec.com.au>",
        "PO 31-7751 - deposit received, production plan", "Thu, 30 May 2024 10:02:44 +0700", _p04_mail))),
])

# p05: DOCX AP letter: the advance is the authorization to commence production
case("p05_ap_letter_advance_authorizes", ["RG012"], "AP advance-payment letter: 'with the advance in your account, consider this your authorization to commence production'; scope table in the same letter is complete", [
    ("Advance_payment_notification_PO_2302.docx", docx_bytes([
        ("h1", "Advance payment notification"),
        ("p", "Brightline Contracting Inc. - Accounts Payable - 2250 S Archer Ave, Chicago IL 60616"),
        ("p", "To: Officina Luce Srl, Via del Lavoro 22, 25125 Brescia, Italy - Attn. Giulia Rossi"),
        ("p", "Date: June 3, 2024"),
        ("p", "Dear Ms. Rossi,"),
        ("p", "We are pleased to confirm that the 50% advance payment of USD 38,400.00 on PO 2302 was remitted today "
              "by wire (JPMorgan Chase, ref. FT24155-88213). With the advance in your account, please consider this "
              "your authorization to commence production. The formal paperwork will follow from Purchasing."),
        ("p", "For your records, the order details as held in our system:"),
        ("table", [
            ["PO", "2302"],
            ["Item", "OL-ORB600-BR-930 Orbit 600 pendant, brushed brass, 3000K"],
            ["Authorized now", "4 sample pendants"],
            ["Not released", "796 pendants - released only by a written release from Dana Whitfield after sample sign-off by Marcus Lee"],
        ]),
        ("p", "Please address any questions on this payment to ap@brightline-contracting.com."),
        ("p", "Sincerely, Jennifer Ortiz, Accounts Payable Supervisor"),
    ], author="Jennifer Ortiz")),
])

# p06: WeChat: payment done, go ahead
case("p06_wechat_paid_go_ahead", ["RG002", "RG012"], "WeChat: pinned scope complete (8 samples, project held until Leah's sign-off + Mick's written release); later 'Paid both yesterday. Go ahead' in reply to 'when can we start?'", [
    ("WeChat_Linda_Wu_Mingxin.txt", """WeChat chat history - Linda Wu (Mingxin Opto 明鑫光电)
Exported 2024-06-12 by Mick O'Brien
--------------------------------------------------
2024-05-13 08:30 Mick O'Brien: Hi Linda, PO 31-7790 is in your inbox. 8 sample DL-75 only. The project qty stays on hold until Leah Tran signs off the IP/IK report and the Parramatta mock-up, then I send a written release with the number.
2024-05-13 08:52 Linda Wu: Received Mick, thank you. 8 pcs samples only, understood.
2024-05-24 15:10 Linda Wu: Mick, samples ship today DHL 5520 9931 07
2024-06-10 11:05 Linda Wu: Hi Mick, the sample payment and the mould fee for the new trim ring, you paid already? When can we start?
2024-06-10 19:47 Mick O'Brien: Paid both yesterday. Go ahead 👍
2024-06-11 08:15 Linda Wu: Thank you Mick! 💪
"""),
])

# p08: supplier already bought material for the complete length
_p08_txt = """Dear Mrs Vogt,

thank you for the order. The sample run of 24 m (3 x 8 m) will be ready on 14.06., we send with DB Schenker.

Information: to keep the delivery slot for Hotel Isarblick in September, we already purchased the anodised extrusions and the PCBs for the complete length (1.800 m). The material is in our warehouse in Poznan and we just wait for your release to start.

Please confirm the RAL colour for the end caps (RAL 9006 or 9007).

Z powazaniem / Best regards
Pawel Nowak
Key Account Manager - Luxbud Sp. z o.o.
ul. Gorecka 104, 61-483 Poznan | +48 61 842 77 15

-----Urspruengliche Nachricht-----
Von: Katrin Vogt <k.vogt@helios-interiors.de>
Gesendet: Dienstag, 28. Mai 2024 10:40
Betreff: Bestellung 45-0098 LP-35

""" + quote("""Dear Mr Nowak,

our order 45-0098: sample run 24 m linear profile LP-35 (3 x 8 m) for the mock-up room.

The remaining 1.776 m are not released. Release only in writing by me, Katrin Vogt, after the mock-up room is signed off by Jonas Bauer (Projektleiter). Material authority: sample quantity only.

Mit freundlichen Gruessen
Katrin Vogt, Einkauf""")
case("p08_material_for_complete_length", ["RG006"], "supplier bought extrusions and PCBs for the complete 1.800 m while only a 24 m sample run is released under a samples-only material authority", [
    ("AW_Bestellung_45-0098_LP-35.eml", eml_bytes(mail(
        "Pawel Nowak <p.nowak@luxbud.pl>", "Katrin Vogt <k.vogt@helios-interiors.de>",
        "AW: Bestellung 45-0098 LP-35", "Mon, 03 Jun 2024 08:55:31 +0200", _p08_txt,
        in_reply_to="<HHI-450098-20240528@helios-interiors.de>"))),
])

# p09: folder: buyer ERP PO (complete) + supplier's own material PO to its chip vendor for 2,400
case("p09_supplier_material_po_printout", ["RG006"], "folder: buyer PO releases 12 samples, material samples-only, 2,388 held; supplier forwards its own material PO for 2,400 COB chips + housings", [
    ("PO_2337_Brightline.txt", """BRIGHTLINE CONTRACTING INC.                          PURCHASE ORDER 2337  REV 0
2250 S ARCHER AVE, CHICAGO IL 60616                  DATE 05/21/2024
--------------------------------------------------------------------------------
VENDOR : ZHONGSHAN GUZHEN HUAGUANG LIGHTING CO LTD        TERMS : NET 45
BUYER  : D. WHITFIELD (312) 555-0148                      FOB   : SHENZHEN
JOB    : 24-107 1400 W RANDOLPH - OFFICE FIT-OUT
--------------------------------------------------------------------------------
LN  ITEM                 DESCRIPTION                  SCOPE       QTY   UM STATUS
10  HG-WW20-18W-835      WALL WASHER 18W 3500K        SAMPLE        12  EA OPEN
20  HG-WW20-18W-835      WALL WASHER 18W 3500K        PRODUCTION  2388  EA HOLD
--------------------------------------------------------------------------------
NOTES:
 1. ONLY LINE 10 (12 EA) IS RELEASED FOR MANUFACTURE.
 2. LINE 20 (2,388 EA) IS NOT RELEASED. RELEASED ONLY BY WRITTEN RELEASE
    FROM D. WHITFIELD AFTER SAMPLE SIGN-OFF BY M. LEE.
 3. MATERIAL AUTHORITY: SAMPLE QTY (LINE 10) ONLY.
--------------------------------------------------------------------------------
"""),
    ("HG_material_order_HGP-24-1131.txt", """Dear Dana,
FYI below our material order to chip and housing vendor, placed today so the lead time is safe for your project.
Amy Chen / Huaguang Lighting

======================================================================
ZHONGSHAN GUZHEN HUAGUANG LIGHTING CO., LTD.      PURCHASE ORDER (MATERIAL)
PO NO: HGP-24-1131      DATE: 2024-05-30      BUYER: 林振华 Lin Zhenhua
VENDOR: SHENZHEN BRIGHTCORE SEMICONDUCTOR CO., LTD.
REF SALES ORDER: HG24-0592 (CUSTOMER PO 2337 BRIGHTLINE)
----------------------------------------------------------------------
NO  MATERIAL               SPEC                     QTY    UNIT  RMB
1   COB-18W-3500K-CRI90    COB LED 18W 3500K Ra90   2,400  PCS   7.20
2   ALU-WW20-HSG-BLK       HOUSING DIE-CAST WW20    2,400  PCS   16.80
3   LENS-WW20-ASYM         ASYMMETRIC LENS PMMA     2,400  PCS   2.10
----------------------------------------------------------------------
DELIVERY: 2024-06-15 TO HUAGUANG WAREHOUSE 2
STATUS: ISSUED / CONFIRMED BY VENDOR
======================================================================
"""),
])

# p10: buyer invites the supplier to buy drivers and boards for the rest, no explicit material authority
_p10_txt = """Hi Lan,

Thanks for the quick sample turnaround. Quick recap so we're on the same page for PO 31-7764:

- Released now: the 20 sample pendants (LPX-1200, 4000K) for the level 27 show suite.
- The balance of 1,180 is NOT released. It will only be released by a written release from me once Leah Tran has signed off the show suite.

One more thing - given the 14-week lead time on the DALI-2 drivers, feel free to get the drivers and LED boards in for the rest of the job now so we're not caught out later. Just don't build anything beyond the 20.

Site delivery for the samples: Barangaroo North Tower, loading dock B, attention Leah. Forklift available Mon-Fri 7am-2pm.

Cheers,
""" + sig("Mick O'Brien", "Purchasing Manager", "Southern Cross Electrical Pty Ltd, Sydney", "+61 2 9188 4410")
case("p10_buyer_invites_material_for_rest", ["RG006"], "buyer recap complete (20 released, 1,180 held, Mick's written release after Leah's sign-off) but tells supplier to get drivers and boards in for the rest of the job with no explicit material authority", [
    ("PO_31-7764_recap_and_lead_times.eml", eml_bytes(mail(
        "Mick O'Brien <mobrien@southerncross-elec.com.au>", "Nguyen Thi Lan <lan.nt@saigonlumen.vn>",
        "PO 31-7764 - recap and driver lead time", "Wed, 05 Jun 2024 09:18:40 +1000", _p10_txt,
        cc="Leah Tran <ltran@southerncross-elec.com.au>"))),
])

# p11: Italian supplier: will continue after approval, brass already cut for all 320
_p11_txt = """Dear Mr Rahman,

the 4 sample pendants Orbit 600 are ready and leave Brescia on Monday by air to Dubai; the AWB number will follow.

As soon as your consultant approves the 4 samples we will continue directly with the remaining pendants. In the meantime we have already cut and turned the brass bodies for all 320 pieces, so we can keep the opening date of the hotel in October.

Attached you find the finish sample card (brushed brass, satin lacquer) and the assembly instruction in English and Arabic.

Cordiali saluti / Best regards
Giulia Rossi
Export Manager - Officina Luce Srl
Via del Lavoro 22, 25125 Brescia (BS), Italia | +39 030 241 8870

-----Messaggio originale-----
Da: Faisal Rahman <faisal.rahman@alnoor-em.ae>
Inviato: venerdi 24 maggio 2024 11:20
Oggetto: PO ANE/PO/2024/0409 - Orbit 600 samples

""" + quote("""Dear Giulia,

Please find PO ANE/PO/2024/0409 for 4 (four) sample pendants Orbit 600 for the mock-up suite at Bluewaters Bay.

The remaining 316 pendants are not released. They will be released only by my written release after the mock-up suite is signed off by our lighting consultant.

Regards,
Faisal Rahman
Procurement Manager, Al Noor Electromechanical LLC""")
case("p11_continue_after_approval_brass_cut", ["RG006", "RG007"], "supplier: 'as soon as your consultant approves the samples we continue directly with the remaining pendants' and brass already cut for all 320; quoted buyer scope complete", [
    ("RE_PO_ANE-PO-2024-0409_Orbit600.eml", eml_bytes(mail(
        "Giulia Rossi <g.rossi@officinaluce.it>", "Faisal Rahman <faisal.rahman@alnoor-em.ae>",
        "R: PO ANE/PO/2024/0409 - Orbit 600 samples", "Thu, 06 Jun 2024 18:03:12 +0200", _p11_txt,
        in_reply_to="<ANE-0409-20240524@alnoor-em.ae>"))),
])

# p12: folder: call-off PDF for 200 + supplier mail thanking for 250 and ordering extrusion for 600
_p12_mail = """Dear Ms Shah,

thank you for call-off 3 for 250 pcs for floors 5-6, received today.

To get the better price from the aluminium mill, we have ordered the extrusion for 600 pcs in one batch (delivery to us 01.07.). Production of the call-off will start in week 27, delivery to London in week 30.

Z powazaniem / Kind regards
Pawel Nowak
Key Account Manager - Luxbud Sp. z o.o. | +48 61 842 77 15
"""
case("p12_calloff_200_supplier_250_extrusion_600", ["RG006", "RG011"], "folder: call-off 3 releases 200 (balance 640 held, Priya's call-off 4 after snagging, material released qty only); supplier thanks for '250 pcs' and orders extrusion for 600", [
    ("Call-off_3_MFO-PO-24-0301.pdf", pdf([
        ("h1", "CALL-OFF 3 - PO MFO-PO-24-0301"),
        ("p", "Meridian Fit-Out Ltd - 41 Great Suffolk Street, London SE1 0BS"),
        ("table", [
            ["Supplier", "Luxbud Sp. z o.o., Poznan"],
            ["Item", "LP35-OP-830-CORR corridor linear luminaire 1.5 m, 3000K"],
            ["Project", "The Ashdown Hotel - guest corridors"],
            ["Date", "17 June 2024"],
        ]),
        ("sp",),
        ("table", [
            ["Call-off", "Floors", "Qty", "Status"],
            ["1", "Mock-up corridor", "8", "Delivered"],
            ["2", "Floors 1-4", "200", "Delivered"],
            ["3 (this call-off)", "Floors 5-6", "200", "Released"],
            ["-", "Floors 7-12", "640", "Not released - on hold"],
        ]),
        ("sp",),
        ("p", "Released by this call-off: 200 pcs for floors 5-6. Material authority: the released quantity only."),
        ("p", "The 640 pcs for floors 7-12 are not released. Call-off 4 will be issued in writing by Priya Shah, "
              "Head of Procurement, after the snagging sign-off of floors 5-6."),
    ], title="Call-off 3", author="Priya Shah")),
    ("Call-off_3_received.eml", eml_bytes(mail(
        "Pawel Nowak <p.nowak@luxbud.pl>", "Priya Shah <priya.shah@meridianfitout.co.uk>",
        "Call-off 3 MFO-PO-24-0301 received", "Tue, 18 Jun 2024 09:40:00 +0200", _p12_mail))),
])

# p14: supplier portal: forecast shown as an order, material bought for 5,000
case("p14_supplier_portal_forecast_order_material", ["RG006", "RG008"], "supplier portal shows a customer forecast as 'forecast order 5,000 pcs' and material bought for 5,000 while 0 are released for production", [
    ("HG_portal_Desert_Rose_account.html", html_page("Huaguang Lighting - customer account Desert Rose", """
<h2>华光照明 Huaguang Lighting &mdash; customer account: Desert Rose Hospitality Fitout LLC</h2>
<p>Account manager: Kevin Liang &nbsp;|&nbsp; Updated 2024-06-18</p>
<h3>Orders</h3>
<table>
<tr><th>Document</th><th>Item</th><th>Quantity</th><th>Status</th></tr>
<tr><td>Customer PO DRH-PO-1192</td><td>HG-DL90-9W-930-IP65 samples</td><td>8</td><td>Shipped 2024-05-30</td></tr>
<tr><td>Forecast order H2-2024</td><td>HG-DL90-9W-930-IP65</td><td>5,000</td><td>Confirmed &mdash; in planning</td></tr>
</table>
<h3>Production</h3>
<p>Released for production: 0 pcs (awaiting customer written release from Mr Omar Al Hashimi).</p>
<h3>Material status</h3>
<table>
<tr><th>Material</th><th>Qty bought</th><th>Arrival</th></tr>
<tr><td>COB LED 9W 3000K Ra90</td><td>5,000</td><td>In stock</td></tr>
<tr><td>Die-cast housing DL90 IP65</td><td>5,000</td><td>2024-06-25</td></tr>
<tr><td>DALI-2 driver 250mA</td><td>5,000</td><td>2024-07-10</td></tr>
</table>
<p style="color:#777">Zhongshan Guzhen Huaguang Lighting Co., Ltd. &middot; customer portal v2.1</p>
""")),
])

# ------------------------------------------------- batch 5: RG007, RG011 (+RG009, RG012)
# p15: supplier: after the designer's thumbs up we roll straight into the balance
_p15_txt = """Dear Sarah,

Thank you and Tom for visiting our factory in Guzhen last week, it was a pleasure to show you the new SMT line and the aging room.

Update on PO 4500-2244: the 6 sample DL-90 passed our internal photometric test (LM-79, integrating sphere) and will ship on Friday by DHL.

Good news for your schedule: once your lighting designer gives the thumbs up on the samples, our line will roll straight into the balance, no need to trouble you with another document. This way we save you at least two weeks.

Attached please find the IES file and the packing photos.

Best regards,
Kevin Liang
Sales Manager
Zhongshan Guzhen Huaguang Lighting Co., Ltd.
Tel +86 760 2233 8190 | WeChat kevinliang_hg

-----Original Message-----
From: Sarah Collins
Sent: 07 May 2024 10:12
Subject: PO 4500-2244 DL-90 mock-up samples

""" + quote("""Hi Kevin,

PO 4500-2244 attached: 6 sample DL-90 for the Harbourside mock-up room.
The balance of 1,194 is not released. I will release it in writing after the mock-up has been signed off by Tom Hadley.

Kind regards,
Sarah Collins""")
case("p15_thumbs_up_rolls_into_balance", ["RG007"], "supplier: once the designer gives the thumbs up, the line rolls straight into the balance without another document; quoted buyer scope complete", [
    ("RE_PO_4500-2244_sample_update.eml", eml_bytes(mail(
        "Kevin Liang <kevin@hg-lighting.cn>", "Sarah Collins <s.collins@lumora-lighting.co.uk>",
        "RE: PO 4500-2244 DL-90 mock-up samples - update", "Mon, 20 May 2024 15:48:02 +0800", _p15_txt,
        cc="Tom Hadley <t.hadley@lumora-lighting.co.uk>",
        html="<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _p15_txt.split("\n\n")) + "</body></html>",
        in_reply_to="<LUM-2244-20240507@lumora-lighting.co.uk>"))),
])

# p16: buyer's engineer contradicts the written-release requirement: crack on if I'm happy
_p16_txt = """Hi Giulia,

Mock-up review is Thursday morning at the Harbourside. If I'm happy with the samples then, just crack on with the rest - no need to wait for Sarah's paperwork, we'll tidy that up after. The programme is tight enough as it is.

Can you make sure the samples come with the 2700K and the 3000K module so we can compare on site?

Cheers,
Tom

Tom Hadley
Project Engineer, Lumora Lighting Ltd
+44 161 496 0735

On 10 Jun 2024, at 14:02, Giulia Rossi <g.rossi@officinaluce.it> wrote:
""" + quote("""Dear Tom,

the 4 samples Halo 450 are ready. When can we expect the release for the other pendants? Our brass workshop is planning July.

Best regards
Giulia

On 22 May 2024, Sarah Collins wrote:
> PO 4500-2262 is for 4 sample pendants Halo 450 only; the other 296 are not released.
> I will release them in writing after Tom Hadley has signed off the samples in the mock-up room.
> Sarah Collins, Project Procurement Manager""")
case("p16_engineer_crack_on_if_happy", ["RG007"], "buyer's engineer: 'if I'm happy with the samples, just crack on with the rest, no need to wait for Sarah's paperwork' against the quoted written-release scope", [
    ("Re_Halo_450_samples_release.eml", eml_bytes(mail(
        "Tom Hadley <t.hadley@lumora-lighting.co.uk>", "Giulia Rossi <g.rossi@officinaluce.it>",
        "Re: Halo 450 samples - release?", "Mon, 10 Jun 2024 17:26:44 +0100", _p16_txt,
        in_reply_to="<OL-20240610140211@officinaluce.it>"))),
])

# p17: WhatsApp: supplier will start mass production the moment the sample is OK
case("p17_whatsapp_sample_ok_mass_production", ["RG007"], "chat: buyer scope complete (24 released, 1,176 held until show suite sign-off, Mick's written release); supplier: 'when sample OK, our line start mass production the 1,176 right away'", [
    ("WhatsApp_Chat_Lan_Saigon_Lumen_2.txt", """WhatsApp Chat with Lan Saigon Lumen

12/06/2024, 08:02 - Leah Tran (SCE): Hi Lan, PO 31-7770 went out yesterday from Mick. 24 sample downlights DL-90 released for the level 30 show suite.
12/06/2024, 08:03 - Leah Tran (SCE): The other 1,176 are not released. Mick will send a written release after I sign off the show suite.
12/06/2024, 08:20 - Lan Nguyen (Saigon Lumen): Good morning Ms Leah, well received 😊
12/06/2024, 08:22 - Lan Nguyen (Saigon Lumen): When sample OK from your side, our line will start mass production the 1,176 pcs right away, so delivery can be 3 weeks earlier 👍👍
12/06/2024, 08:23 - Lan Nguyen (Saigon Lumen): We send sample 21/06
12/06/2024, 08:40 - Leah Tran (SCE): Thanks Lan. Show suite fit-out is 1 July, I'll let you know the outcome
12/06/2024, 08:41 - Lan Nguyen (Saigon Lumen): 🙏
"""),
])

# p18: German meeting minutes: with the sample approval the series is approved too
case("p18_minutes_sample_approval_series", ["RG007", "RG009"], "minutes restate the PO hold, then say 'with the release of the samples the series is released as well' and Officina may continue - 'release' used for the sample sign-off and for production, implied auto-conversion", [
    ("Protokoll_Abstimmung_Orbit600_KW23.docx", docx_bytes([
        ("h1", "Besprechungsprotokoll / Meeting minutes"),
        ("table", [
            ["Projekt", "Hotel Isarblick, Muenchen - pendants Orbit 600 (Lobby, floors 1-12)"],
            ["Datum", "05.06.2024, 10:00-11:15, Teams"],
            ["Teilnehmer", "Katrin Vogt, Jonas Bauer (Helios Hotel Interiors); Giulia Rossi, Luca Bianchi (Officina Luce)"],
            ["Verteiler", "all participants, file 24-031"],
        ]),
        ("h", "1. Samples"),
        ("p", "The 4 sample pendants were delivered on 03.06. The sample release (Musterfreigabe) by Jonas Bauer is "
              "planned for 12.06. in the mock-up room (3rd floor)."),
        ("h", "2. Order status"),
        ("p", "PO 45-0150 covers the 4 samples. The 476 pendants are not released; release in writing by Katrin "
              "Vogt after the sample sign-off by Jonas Bauer."),
        ("h", "3. Schedule"),
        ("p", "Hotel opening moved forward to 15.10. To win time it was agreed: with the release of the samples the "
              "series is released as well, so Officina Luce can continue with the pendants for floors 1-4 without "
              "waiting."),
        ("h", "4. Technical points"),
        ("li", "Canopy diameter +3 mm (ceiling cut-out)."),
        ("li", "Cable gland M16, DALI 5-pole terminal."),
        ("li", "Finish reference: brushed brass, satin lacquer, sample card OL-F-07."),
        ("p", "Next meeting: 19.06.2024, 10:00. Protokoll: Jonas Bauer"),
    ], author="Jonas Bauer")),
])

# p19: folder: consultant submittal note with 'upon approval of the samples proceed with project quantities' + complete PO
case("p19_submittal_note_upon_approval_proceed", ["RG007"], "folder: complete sample PO (6 pcs, 1,494 held, Faisal's written release after mock-up sign-off) + consultant submittal sheet: upon approval of the samples the manufacturer shall commence manufacture of the project quantities", [
    ("Submittal_review_LS-014_revB.docx", docx_bytes([
        ("h1", "Lighting submittal review sheet"),
        ("table", [
            ["Project", "Bluewaters Bay Hotel Apartments, Dubai"],
            ["Submittal", "LS-014 rev B - fixture type D1, recessed downlight (Ege Aydinlatma EGE-DLR90-12W-930)"],
            ["Submitted by", "Al Noor Electromechanical LLC (MEP contractor)"],
            ["Consultant", "Lumen Design Studio FZ-LLC, Dubai - reviewer Arch. Nadia Haddad"],
            ["Review status", "Reviewed - no exceptions taken (sample stage)"],
        ]),
        ("h", "Remarks"),
        ("num", "Beam angle 36 deg confirmed against the lighting calculation LC-07."),
        ("num", "Reflector finish to be matt champagne as per the interior designer's board ID-11."),
        ("num", "Emergency version (3 h) required for types D1-E as per the fixture schedule."),
        ("h", "General note"),
        ("p", "Upon approval of the samples, the manufacturer shall commence manufacture of the project "
              "quantities per the fixture schedule. Any deviation shall be resubmitted."),
        ("p", "Lumen Design Studio FZ-LLC - Dubai Design District, Building 6 - 29 May 2024"),
    ], author="Nadia Haddad")),
    ("ANE_PO_2024_0421.pdf", pdf([
        ("h1", "PURCHASE ORDER ANE/PO/2024/0421"),
        ("p", "Al Noor Electromechanical LLC - Dubai, UAE - to Ege Aydinlatma San. ve Tic. A.S., Izmir - 27-May-2024"),
        ("table", [
            ["Ln", "Item", "Description", "Qty", "Unit EUR"],
            ["1", "EGE-DLR90-12W-930", "Downlight type D1, sample for mock-up apartment", "6", "44.00"],
        ]),
        ("p", "Scope: 6 samples only. The project balance of 1,494 downlights is not released. It is released only by "
              "a written release from Faisal Rahman, Procurement Manager, after the consultant has signed off the "
              "mock-up apartment. Material for the 6 samples only."),
    ], title="PO ANE/PO/2024/0421", author="Faisal Rahman")),
])

# p20: supplier: sample approved + deposit arrived, so mass production starts
_p20_txt = """Dear Sarah,

Good news: the sample fitting was approved by your Tom last Friday, and your 30% deposit arrived today, so as per our process the mass production of DL-90 starts on 5 June. Production schedule is attached.

We will send you photos of every step. Please advise the shipping mark and whether you want the cartons with your logo.

Best regards,
Kevin Liang
Zhongshan Guzhen Huaguang Lighting Co., Ltd.

-----Original Message-----
From: Sarah Collins
Sent: 14 May 2024 09:02
Subject: PO 4500-2270 DL-90 samples

""" + quote("""Kevin,

PO 4500-2270 is for 6 sample DL-90 only. The balance of 1,194 is not released until the mock-up sign-off by Tom Hadley and a written release from me.

Sarah Collins
Project Procurement Manager, Lumora Lighting Ltd""")
case("p20_approved_and_deposit_so_production", ["RG007", "RG012"], "supplier: sample approved by Tom + deposit arrived, 'so as per our process the mass production starts'; quoted PO requires a written release from Sarah", [
    ("DL-90_mass_production_start.eml", eml_bytes(mail(
        "Kevin Liang <kevin@hg-lighting.cn>", "Sarah Collins <s.collins@lumora-lighting.co.uk>",
        "DL-90 mass production start - PO 4500-2270", "Tue, 28 May 2024 18:10:37 +0800", _p20_txt,
        attachments=[("Production_schedule_PO_4500-2270.pdf", pdf([
            ("h1", "Production schedule"),
            ("p", "Customer: Lumora Lighting Ltd - PO 4500-2270 - HG-DL90-9W-930-IP65"),
            ("table", [["Date", "Step"], ["05 Jun", "Material issue"], ["10 Jun", "SMT and driver assembly"],
                       ["17 Jun", "Final assembly"], ["20 Jun", "Aging test 4 h"], ["25 Jun", "Packing"],
                       ["28 Jun", "Ex-works"]]),
        ], title="Production schedule", author="Kevin Liang"), PDF_MT)]))),
])

# p22: folder: PO PDF says 10 samples; cover mail says twelve (12)
_p22_mail = """Hi Linda,

PO 31-7807 for the twelve (12) sample fittings we discussed on Tuesday has been uploaded to your supplier portal this morning (PDF copy also saved with this mail).

Same spec as before but with the black baffle and the 24 deg lens. Project quantities stay on hold as per the PO.

Cheers,
""" + sig("Mick O'Brien", "Purchasing Manager", "Southern Cross Electrical Pty Ltd, Sydney", "+61 2 9188 4410")
case("p22_po_10_mail_twelve", ["RG011"], "folder: PO PDF authorises 10 sample fittings (balance held, Leah's sign-off, Mick's written release); cover mail speaks of twelve (12) sample fittings", [
    ("SCE_PO_31-7807.pdf", pdf([
        ("h1", "PURCHASE ORDER 31-7807"),
        ("p", "Southern Cross Electrical Pty Ltd - Unit 4, 18 Bourke Road, Alexandria NSW 2015"),
        ("table", [
            ["Supplier", "Zhongshan Mingxin Optoelectronic Co., Ltd.", "Date", "06/06/2024"],
            ["Project", "Parramatta Square tower 6 - lobby", "Buyer", "Mick O'Brien"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD"],
            ["1", "DL-75-7W-830-BB24", "Downlight 7W 3000K, black baffle, 24 deg lens - SAMPLE", "10", "22.50"],
        ]),
        ("sp",),
        ("p", "Scope: 10 samples. The project quantity (quoted 1,400 pcs) is not released. It is released only by a "
              "written release from Mick O'Brien after the samples are signed off by Leah Tran."),
    ], title="PO 31-7807", author="Mick O'Brien")),
    ("PO_31-7807_cover_mail.eml", eml_bytes(mail(
        "Mick O'Brien <mobrien@southerncross-elec.com.au>", "Linda Wu <linda.wu@mingxin-opto.com>",
        "PO 31-7807 - black baffle samples", "Thu, 06 Jun 2024 09:05:10 +1000", _p22_mail))),
])

# p23: PDF PO: table line 24 pcs, note says twenty (20)
case("p23_po_table_24_note_twenty", ["RG011"], "PO table authorises 24 sample fittings, the scope note says twenty (20) sample fittings; hold, event and release person present", [
    ("ANE_PO_2024_0433.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", "Al Noor Electromechanical LLC - Office 1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai"),
        ("table", [
            ["PO No.", "ANE/PO/2024/0433", "Date", "03-Jun-2024"],
            ["Supplier", "Luxbud Sp. z o.o., Poznan, Poland", "Currency", "EUR"],
            ["Project", "Marina Gate Hotel - Level 35 Sky Lounge & corridors", "Delivery", "DAP Dubai, 28-Jun-2024"],
        ]),
        ("sp",),
        ("table", [
            ["Ln", "Item code", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["1", "LP35-1200-930-IP54", "Linear luminaire 1200 mm, 3000K, CRI 90, IP54, DALI-2 - sample", "24 pcs", "88,00", "2.112,00"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This PO covers twenty (20) sample fittings for the mock-up room at Level 35. The project balance of "
              "1,176 fittings is not released and no material may be purchased for it."),
        ("p", "The balance is released only by a written release from Faisal Rahman, Procurement Manager, after the "
              "mock-up room is signed off by the lighting consultant."),
        ("p", "Documents: CE declaration, LM-79 report, IP54 test report, DCD approval copy."),
    ], title="PO ANE/PO/2024/0433", author="Faisal Rahman")),
])

# p24: mail says call-off 2 is for 350 m; the attached ERP call-off says 300 m
_p24_txt = """Dear Mr Nowak,

attached you find our call-off 2 for 350 m of LP-35 for the 2nd and 3rd floor (Hotel Isarblick, guest corridors). Delivery please to the site in KW 31, with crane slot on Tuesday.

The rest of the order stays on hold as written in the call-off.

Mit freundlichen Gruessen
""" + sig("Katrin Vogt", "Einkauf / Purchasing", "Helios Hotel Interiors GmbH, Muenchen", "+49 89 4512 318")
case("p24_mail_350_calloff_300", ["RG011"], "mail says call-off 2 is for 350 m; the attached ERP call-off releases 300 m (balance held, next call-off by Katrin after floor sign-off)", [
    ("Abruf_2_Bestellung_45-0098.eml", eml_bytes(mail(
        "Katrin Vogt <k.vogt@helios-interiors.de>", "Pawel Nowak <p.nowak@luxbud.pl>",
        "Abruf 2 / call-off 2 - Bestellung 45-0098 LP-35", "Mon, 01 Jul 2024 11:15:00 +0200", _p24_txt,
        attachments=[("Abruf_2_45-0098.txt", """HELIOS HOTEL INTERIORS GMBH            ABRUF / CALL-OFF          01.07.2024
LEOPOLDSTRASSE 210, 80804 MUENCHEN                          SEITE 1 VON 1
--------------------------------------------------------------------------------
ABRUF-NR.   : 2                     RAHMENBESTELLUNG : 45-0098
LIEFERANT   : 70211 LUXBUD SP. Z O.O., POZNAN
ARTIKEL     : LP35-OP-930  LINEARPROFIL 35MM OPAL 3000K DALI-2
--------------------------------------------------------------------------------
POS  BEREICH                MENGE   EINHEIT   LIEFERTERMIN
001  2. OG FLURE             150     M         KW 31
002  3. OG FLURE             150     M         KW 31
--------------------------------------------------------------------------------
ABGERUFEN (RELEASED)  : 300 M
REST (BALANCE)        : 1.476 M - NICHT FREIGEGEBEN / NOT RELEASED
NAECHSTER ABRUF       : SCHRIFTLICH DURCH K. VOGT NACH ABNAHME
                        (SIGN-OFF) 2.-3. OG DURCH J. BAUER
MATERIAL              : NUR FUER ABGERUFENE MENGE
--------------------------------------------------------------------------------
""", TXT_MT)]))),
])

# p25: WhatsApp: release for floors 5-6 = 160, later 'as per my release ... 180 pcs'
case("p25_whatsapp_release_160_then_180", ["RG011"], "chat: buyer releases floors 5-6 = 160 pcs (rest held, next release after snagging by Omar), later refers to 'my release for floors 5-6, 180 pcs'", [
    ("WhatsApp_Chat_Omar_Kevin.txt", """WhatsApp Chat with Omar Al Hashimi (Desert Rose)

[16/06/2024, 09:05:12] Omar Al Hashimi: Morning Kevin. Release 2 for PO DRH-PO-1187: floors 5 & 6 released = 160 pcs DL-90.
[16/06/2024, 09:05:40] Omar Al Hashimi: Floors 7 to 20 still on hold, not released. Next release only from me in writing, after snagging sign-off of floors 5-6.
[16/06/2024, 09:30:02] Kevin Liang: Good morning Mr Omar, well noted with thanks 🙏 we prepare
[16/06/2024, 09:31:15] Kevin Liang: Same packing per floor as release 1?
[16/06/2024, 09:44:51] Omar Al Hashimi: Yes, per floor, floor number on each carton
[24/06/2024, 14:20:33] Omar Al Hashimi: Kevin as per my release for floors 5-6, 180 pcs, pls confirm delivery date to Mussafah
[24/06/2024, 14:58:09] Kevin Liang: Dear Omar, ETD 12 July, ETA Khalifa Port 30 July. Will send booking
"""),
])

# p26: DOCX release note: approval of samples -> approval for production; 120 in the table, 96 in the text
case("p26_release_note_approval_120_96", ["RG009", "RG011"], "release note uses 'approval' for the sample and for the production release; table releases 120 pendants, text says the approval covers 96", [
    ("Freigabe_Tranche_1_PO_45-0150.docx", docx_bytes([
        ("h1", "Release for production - first tranche"),
        ("p", "Helios Hotel Interiors GmbH to Officina Luce Srl - PO 45-0150, Orbit 600 pendant - 14.06.2024"),
        ("p", "Dear Giulia, following the approval of the sample pendants by our lighting designer on 12.06., we "
              "hereby give our approval for production of the first tranche."),
        ("table", [
            ["Tranche", "Floors", "Released quantity", "Delivery"],
            ["1", "1-3", "120 pendants", "KW 33"],
        ]),
        ("p", "This approval covers 96 pendants for floors 1-3. The remaining pendants (floors 4-12) are not "
              "released. The next release will be issued in writing by Katrin Vogt after the installation "
              "sign-off of floors 1-3 by Jonas Bauer."),
        ("p", "Material authority: for the released quantity of this tranche only."),
        ("p", "Mit freundlichen Gruessen, Katrin Vogt, Einkauf"),
    ], author="Katrin Vogt")),
])

# p27: folder: release letter says 240, release schedule PDF says 420 for the same release
case("p27_release_letter_240_schedule_420", ["RG011"], "folder: release letter No. 2 releases two hundred and forty (240) fixtures for floors 4-6; the release schedule PDF lists release 2, floors 4-6, as 420", [
    ("Release_No2_PO_2318.docx", docx_bytes([
        ("h1", "Production Release No. 2"),
        ("p", "Brightline Contracting Inc. - 2250 S Archer Ave, Chicago IL 60616 - June 24, 2024"),
        ("p", "To: Saigon Lumen Co., Ltd., attn. Tran Van Minh. Reference: PO 2318, LPX-1200-835 linear fixture, "
              "Lakeshore Medical Office Bldg."),
        ("p", "We hereby release two hundred and forty (240) linear fixtures for floors 4-6, for delivery to our "
              "Chicago warehouse by August 9, 2024. Material may be bought for the released quantity only."),
        ("p", "Floors 7-12 remain not released. Release No. 3 will be issued in writing by Dana Whitfield, Senior "
              "Buyer, after the floors 4-6 punch-list sign-off by Marcus Lee."),
        ("p", "Dana Whitfield, Senior Buyer (release authority)"),
    ], author="Dana Whitfield")),
    ("Release_schedule_PO_2318.pdf", pdf([
        ("h1", "Release schedule - PO 2318"),
        ("p", "Brightline Contracting Inc. - Lakeshore Medical Office Bldg - LPX-1200-835 - status June 24, 2024"),
        ("table", [
            ["Release", "Floors", "Qty", "Status", "Date"],
            ["1", "1-3", "240", "Released, delivered", "05/20/2024"],
            ["2", "4-6", "420", "Released", "06/24/2024"],
            ["3", "7-12", "480", "Not released", "-"],
        ]),
        ("p", "Release 3 is issued only in writing by Dana Whitfield after the floors 4-6 punch-list sign-off."),
    ], pagesize=LETTER, title="Release schedule PO 2318", author="Dana Whitfield")),
])

# ------------------------------------------------- batch 6: RG008, RG009, RG002
# p29: buyer sends a rolling forecast and asks to treat it as firm orders
_p29_txt = """Dear Minh,

Please find attached our rolling forecast for the 2025 hotel pipeline (wall lights and pendants).

Please treat these numbers as firm orders and reserve your capacity accordingly - we'll send the POs nearer the time, project by project.

If any month looks too heavy for your line, let me know by the end of the month and we'll talk.

Kind regards,
""" + sig("Sarah Collins", "Project Procurement Manager", "Lumora Lighting Ltd, Manchester", "+44 161 496 0721")
case("p29_rolling_forecast_as_firm_orders", ["RG008"], "buyer sends rolling 2025 forecast (HTML attachment) and asks the supplier to treat the numbers as firm orders", [
    ("Lumora_rolling_forecast_2025.eml", eml_bytes(mail(
        "Sarah Collins <s.collins@lumora-lighting.co.uk>", "Tran Van Minh <minh.tv@saigonlumen.vn>",
        "Lumora rolling forecast 2025", "Fri, 14 Jun 2024 16:40:00 +0100", _p29_txt,
        attachments=[("Rolling_forecast_2025_v2.html", html_page("Lumora rolling forecast 2025", """
<h2>Lumora Lighting Ltd &mdash; rolling forecast 2025 (v2, 14 June 2024)</h2>
<p>Supplier: Saigon Lumen Co., Ltd.</p>
<table>
<tr><th>Project</th><th>Item</th><th>Q1 2025</th><th>Q2 2025</th><th>Q3 2025</th><th>Q4 2025</th></tr>
<tr><td>Harbourside Hotel extension</td><td>SL-WL200-BR-927 wall light</td><td>240</td><td>240</td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><td>Old Dock Apartments, Liverpool</td><td>Halo 450 pendant</td><td>&ndash;</td><td>180</td><td>180</td><td>&ndash;</td></tr>
<tr><td>Northern Quarter boutique hotel (96 keys)</td><td>SL-WL200-BK-927 wall light</td><td>&ndash;</td><td>&ndash;</td><td>192</td><td>96</td></tr>
</table>
"""), HTML_MT)]))),
])

# p30: supplier order confirmation of a forecast
case("p30_supplier_confirms_forecast_as_order", ["RG008"], "supplier order confirmation: 'we confirm your order for 3.600 m as per your forecast' with a monthly delivery plan", [
    ("Luxbud_OC-24-0781.pdf", pdf([
        ("h1", "ORDER CONFIRMATION OC-24-0781"),
        ("p", "Luxbud Sp. z o.o. - ul. Gorecka 104, 61-483 Poznan, Poland - NIP 782-25-41-907 - 17.05.2024"),
        ("table", [
            ["Customer", "Southern Cross Electrical Pty Ltd, Alexandria NSW, Australia"],
            ["Your reference", "Forecast 2024 H2 dated 14.05.2024 (M. O'Brien)"],
            ["Article", "LP35-OP-840 linear profile 35 mm, opal, 4000K, DALI-2"],
        ]),
        ("p", "Thank you very much. We confirm your order for 3.600 m of LP-35 as per your forecast of 14.05.2024, "
              "with the following delivery plan:"),
        ("table", [
            ["Month", "Quantity", "Shipment"],
            ["July 2024", "600 m", "FCA Gdynia"],
            ["August 2024", "600 m", "FCA Gdynia"],
            ["September 2024", "600 m", "FCA Gdynia"],
            ["October 2024", "600 m", "FCA Gdynia"],
            ["November 2024", "600 m", "FCA Gdynia"],
            ["December 2024", "600 m", "FCA Gdynia"],
        ]),
        ("p", "Price EUR 38,50/m, payment 45 days. Sea freight Gdynia - Sydney approx. 42 days."),
        ("p", "Z powazaniem, Tomasz Kowalczyk, Sales Director"),
    ], title="Order confirmation OC-24-0781", author="Tomasz Kowalczyk")),
])

# p32: buyer ERP schedule: forecast horizon declared a firm order commitment
case("p32_erp_830_forecast_firm", ["RG008"], "buyer ERP supplier schedule (830 forecast) with the note that the forecast quantities constitute a firm order commitment for 2025", [
    ("BCI_supplier_schedule_V-33190.txt", """BRIGHTLINE CONTRACTING INC.          SUPPLIER DELIVERY SCHEDULE (830)   06/17/2024
SUPPLIER : V-33190 EGE AYDINLATMA SAN. VE TIC. A.S.          PAGE 1 OF 1
SCHEDULE : 830-2024-025     TYPE: FORECAST     HORIZON: 2025 WK 01 - WK 52
================================================================================
ITEM               DESCRIPTION                  2025-Q1  2025-Q2  2025-Q3  2025-Q4
EGE-DLR90-12W-935  DOWNLIGHT 12W 3500K IP66        400      600      600      400
EGE-DLR90-12W-930  DOWNLIGHT 12W 3000K IP66        250      250      300      300
EGE-WL-IP65-10W    WALL LIGHT 10W IP65             120      120        0        0
================================================================================
NOTE: THE FORECAST QUANTITIES ABOVE CONSTITUTE OUR FIRM ORDER COMMITMENT
      FOR 2025. PLEASE PLAN CAPACITY ACCORDINGLY.
      SHIPPING RELEASES (862) WILL FOLLOW PER JOB.
CONTACT : D. WHITFIELD  (312) 555-0148  dwhitfield@brightline-contracting.com
================================================================================
"""),
])

# p33: buyer mail: architect's approval, finance approval, approval for the production run
_p33_txt = """Hi Giulia,

Quick update on approvals for the Halo 450 pendants:

- the architect's approval of the pendant finish (satin brass, sample card OL-F-07) came through yesterday;
- our finance approval for the PO is done, so PO 4500-2262 stands as issued;
- approval for the production run will come from me once the mock-up room has been signed off by Tom.

For now it's the 4 samples only - the other 296 are not released and nothing should be bought for them yet.

Mock-up room handover is planned for 28 June. I'll keep you posted.

Best,
""" + sig("Sarah Collins", "Project Procurement Manager", "Lumora Lighting Ltd, Manchester", "+44 161 496 0721")
case("p33_three_approvals_one_word", ["RG009"], "buyer uses 'approval' for the architect's finish approval, the finance/PO approval and the production run; scope otherwise complete (4 samples, 296 held, Sarah after Tom's sign-off)", [
    ("Halo_450_approvals_update.eml", eml_bytes(mail(
        "Sarah Collins <s.collins@lumora-lighting.co.uk>", "Giulia Rossi <g.rossi@officinaluce.it>",
        "Halo 450 - approvals update", "Wed, 12 Jun 2024 10:05:19 +0100", _p33_txt,
        html="<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _p33_txt.split("\n\n")) + "</body></html>"))),
])

# p34: Turkish supplier: drawing released, samples released from QC, waiting for production release
_p34_txt = """Dear Priya Hanim,

Good news from Izmir: the drawing Rev C of the recessed downlight is released by our R&D today, and the 8 samples are released from QC to shipment this afternoon (UPS 1Z 88W 412 04 3391 2270).

Now we are waiting your release for the production.

Certificates (ENEC, UKCA DoC, LM-79) are in the box and also in the attachment of my previous mail.

Iyi calismalar / Best regards
Mert Yilmaz
Export Sales Manager | Ege Aydinlatma San. ve Tic. A.S. | +90 232 376 44 10

-----Original Message-----
From: Priya Shah <priya.shah@meridianfitout.co.uk>
Sent: 20 May 2024 14:30
Subject: PO MFO-PO-24-0339 - downlight samples

""" + quote("""Dear Mert,

Our PO MFO-PO-24-0339 covers 8 sample downlights EGE-DLR90-12W-930 for the mock-up room.

The project balance of 1,592 downlights is not released. I will release it in writing after the mock-up room has been signed off by our M&E consultant.

Kind regards,
Priya Shah, Head of Procurement""")
case("p34_supplier_release_three_ways", ["RG009"], "supplier uses 'release' for the drawing revision, the QC release to shipment and the production release; quoted buyer scope complete", [
    ("RE_PO_MFO-PO-24-0339_samples_shipped.eml", eml_bytes(mail(
        "Mert Yilmaz <mert.yilmaz@egeaydinlatma.com.tr>", "Priya Shah <priya.shah@meridianfitout.co.uk>",
        "RE: PO MFO-PO-24-0339 - downlight samples shipped", "Fri, 07 Jun 2024 16:44:21 +0300", _p34_txt,
        in_reply_to="<MFO-0339-20240520@meridianfitout.co.uk>"))),
])

# p35: US PO form: finance approval, sample approval, production approval
case("p35_po_form_approval_fields", ["RG009"], "PO form uses 'approval' for finance (commercial), sample (technical) and production release; scope otherwise complete (12 samples, 1,188 held, Dana after Marcus's sample sign-off)", [
    ("BCI_PO_2345.pdf", pdf([
        ("h1", "PURCHASE ORDER 2345"),
        ("p", "Brightline Contracting Inc. - 2250 S Archer Ave, Chicago IL 60616 - (312) 555-0100"),
        ("table", [
            ["Vendor", "Zhongshan Guzhen Huaguang Lighting Co., Ltd.", "PO date", "05/02/2024"],
            ["Job", "24-118 Hotel Marquette renovation (380 keys)", "Buyer", "Dana Whitfield"],
            ["Finance approval", "Granted 05/02/2024 - J. Ortiz (budget line 24-118-26)", "Terms", "Net 45, FOB Shenzhen"],
        ]),
        ("sp",),
        ("table", [
            ["Ln", "Item", "Description", "Qty", "Unit", "Ext."],
            ["1", "HG-WW20-18W-830", "Wall washer 18W 3000K, 1 ft, black - sample units", "12 EA", "$46.00", "$552.00"],
        ]),
        ("sp",),
        ("h", "Scope and approvals"),
        ("p", "This PO covers 12 sample units. The remaining 1,188 units of the quoted project quantity are not released."),
        ("p", "Sample approval: by Marcus Lee, Project Manager, after the mock-up at the hotel ballroom."),
        ("p", "Production approval for the remaining 1,188 units will be given in writing by Dana Whitfield after the "
              "sample approval by Marcus Lee."),
        ("p", "UL 1598 listing and IES files required with the samples."),
    ], pagesize=LETTER, title="PO 2345", author="Dana Whitfield")),
])

# p36: buyer answers 'OK to proceed?' with 'good to run'
_p36_txt = """Thanks Kevin - yes, good to run.

Sarah

""" + sig("Sarah Collins", "Project Procurement Manager", "Lumora Lighting Ltd, Manchester", "+44 161 496 0721") + """
On Tue, 11 Jun 2024 at 09:12, Kevin Liang <kevin@hg-lighting.cn> wrote:
""" + quote("""Dear Sarah,

As per your comment on the sample, we have changed the driver to the DALI-2 version with 1% dimming, and the trim is now RAL 9016. Photos attached.

OK to proceed?

Best regards
Kevin

-----Original Message-----
From: Sarah Collins
Sent: 21 May 2024 11:30
Subject: PO 4500-2275 DL-90 corridor samples

Kevin, PO 4500-2275 covers 6 sample DL-90 (corridor version) only. The balance of 874 is not released.
I will release it in writing once Tom Hadley has signed off the corridor mock-up.
Sarah""")
case("p36_good_to_run", ["RG002"], "buyer answers the supplier's 'OK to proceed?' with 'yes, good to run' - no sample-only scope, no quantity; quoted PO scope otherwise complete", [
    ("RE_DL-90_driver_change_OK_to_proceed.eml", eml_bytes(mail(
        "Sarah Collins <s.collins@lumora-lighting.co.uk>", "Kevin Liang <kevin@hg-lighting.cn>",
        "RE: DL-90 driver change - OK to proceed?", "Tue, 11 Jun 2024 13:55:08 +0100", _p36_txt,
        in_reply_to="<HG20240611091201@hg-lighting.cn>"))),
])

# p37: Teams chat export: '👍 approved'
case("p37_teams_thumbs_approved", ["RG002"], "Teams chat: buyer scope complete (10 samples, 990 on hold, Dana's written release after Marcus's sign-off); supplier asks 'Approve?' on test reports, PM answers '👍 approved'", [
    ("Teams_chat_Hotel_Marquette_downlights.txt", """Microsoft Teams - chat export
Chat: Hotel Marquette downlights (Brightline / Ege Aydinlatma)
Members: Dana Whitfield, Marcus Lee, Mert Yilmaz
Exported: 06/14/2024 17:02 CDT
-------------------------------------------------------------
[05/29/2024 9:20 AM] Dana Whitfield
PO 2334 is out. Line 10 = 10 sample downlights, released. Line 20 = 990 EA on HOLD, not released. I'll send a written release for line 20 after Marcus signs off the samples.

[05/29/2024 9:41 AM] Mert Yilmaz
Thank you Dana, clear. Samples ETA Chicago 12 June.

[06/13/2024 3:05 PM] Mert Yilmaz
IP66 and IK08 test reports for the DLR90 are uploaded to the project folder. Photometric LM-79 also. Approve?

[06/13/2024 4:47 PM] Marcus Lee
👍 approved

[06/13/2024 4:49 PM] Mert Yilmaz
Thank you Marcus!
"""),
])

# p38: DOCX submittal review sheet: 'APPROVED - PROCEED' stamps without scope
case("p38_submittal_sheet_approved_proceed", ["RG002"], "consultant review sheet: order status block complete (6 samples, project qty held, Priya's written release after mock-up sign-off) but every row stamped 'APPROVED - PROCEED' with no scope or quantity", [
    ("Product_data_review_MFO-E-031.docx", docx_bytes([
        ("h1", "Product data and shop drawing review - MFO-E-031"),
        ("p", "Project: The Ashdown Hotel, Kensington. Reviewer: Hollis Price Associates (M&E consultant), "
              "for Meridian Fit-Out Ltd. Supplier: Officina Luce Srl. Date: 18 June 2024."),
        ("h", "Order status (from PO MFO-PO-24-0318)"),
        ("p", "Authorised: 6 sample pendants for the mock-up corridor. Project quantity: not released until the mock-up "
              "corridor is signed off; the written release will come from Priya Shah, Head of Procurement."),
        ("h", "Review"),
        ("table", [
            ["Ref", "Document", "Rev", "Status", "Comment"],
            ["031-01", "Orbit 600 pendant - data sheet", "B", "APPROVED - PROCEED", "-"],
            ["031-02", "Orbit 600 pendant - shop drawing (canopy, suspension)", "C", "APPROVED - PROCEED", "Canopy 3 mm larger as marked"],
            ["031-03", "Photometric report / LDT file", "A", "APPROVED - PROCEED", "UGR table to be added"],
            ["031-04", "Emergency version - wiring diagram", "A", "APPROVED - PROCEED", "-"],
        ]),
        ("p", "Hollis Price Associates LLP, 12 Lant Street, London SE1 - reviewer: D. Okafor CEng MCIBSE"),
    ], author="D. Okafor")),
])

# p39: HTML supplier-portal ticket: 'Approved, go ahead.'
case("p39_portal_ticket_approved_go_ahead", ["RG002"], "supplier portal ticket about the finish sample; order header complete (8 samples, 1,192 m held, Katrin's written release after Jonas's sign-off); buyer replies 'Approved, go ahead.'", [
    ("Luxbud_portal_ticket_T-2291.html", html_page("Luxbud customer portal - ticket T-2291", """
<h2>Luxbud Sp. z o.o. &mdash; customer portal</h2>
<table>
<tr><th>Customer</th><td>Helios Hotel Interiors GmbH, Muenchen</td></tr>
<tr><th>Order</th><td>Bestellung 45-0162 &mdash; LP35-BK-930 linear profile, black</td></tr>
<tr><th>Order scope (from customer PO)</th><td>8 m sample run released. Remaining 1,192 m not released &mdash; written release by Katrin Vogt after sign-off of the sample run by Jonas Bauer.</td></tr>
</table>
<h3>Ticket T-2291 &mdash; Finish sample RAL 9005 matt</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>2024-06-10 09:14</td><td>Pawel Nowak (Luxbud)</td><td>Dear Mrs Vogt, the finish sample RAL 9005 matt (powder Tiger 69/71502) is in the photo and was sent by post yesterday. Please confirm so we can plan.</td></tr>
<tr><td>2024-06-12 15:40</td><td>Katrin Vogt (Helios)</td><td>Approved, go ahead.</td></tr>
<tr><td>2024-06-12 15:52</td><td>Pawel Nowak (Luxbud)</td><td>Thank you!</td></tr>
</table>
<p style="color:#777">Status: closed &middot; Luxbud Sp. z o.o., ul. Gorecka 104, 61-483 Poznan</p>
""")),
])


# =================================================================== MAIN
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem).strip("_")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(129129).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h129_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
