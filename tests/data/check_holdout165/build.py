#!/usr/bin/env python3
"""Generator for the releasegate check_holdout165 corpus (custom e-commerce packaging).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout165/build.py

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
    m["Message-ID"] = msgid or f"<h165-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h165")
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


def dt(y, mo, d, h, mi, tz_hours=0, tz_minutes=0):
    """RFC 2822 date string with a correct weekday and a fixed offset."""
    tz = _dt.timezone(_dt.timedelta(hours=tz_hours, minutes=tz_minutes))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def eml(*a, **k):
    return eml_bytes(mail(*a, **k))


# =================================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = positive. Folder names are neutral.

# ------------------------------------------------------------------ batch 1
# c01: UK candle brand, PDF sample PO with SKU table and a complete scope note.
case("c01_hollowoak_sample_po", [],
     "Sample PO for 30 printed samples; 6,000 run shown as information and not released; "
     "unlock = sample sign-off + written release by Priya Shah; material sample-only",
     [("HOC-PO-0412.pdf", pdf([
         ("h1", "PURCHASE ORDER HOC-PO-0412"),
         ("p", "Hollow Oak Candle Co. Ltd, Unit 4, Feeder Road Trading Estate, Bristol BS2 0UB, "
               "United Kingdom. VAT GB 318 4471 02"),
         ("p", "Supplier: Dongguan Jiahe Packaging Co., Ltd., No. 18 Keji Road, Houjie Town, Dongguan, "
               "Guangdong, China. Attn: Wendy Zhang"),
         ("p", "PO date: 07 May 2024    Currency: USD    Your quote: JH-Q-2405-118 dated 30 April 2024"),
         ("sp",),
         ("table", [
             ["Line", "SKU", "Description", "Scope", "Qty", "Unit USD", "Amount USD"],
             ["1", "HOC-MB-S", "Mailer box S, 180 x 130 x 60 mm, kraft E-flute, 1/0 black outside",
              "Printed sample", "10", "6.50", "65.00"],
             ["2", "HOC-MB-M", "Mailer box M, 240 x 180 x 80 mm, kraft E-flute, 1/0 black outside",
              "Printed sample", "10", "7.20", "72.00"],
             ["3", "HOC-MB-L", "Mailer box L, 300 x 220 x 100 mm, kraft E-flute, 1/0 black outside",
              "Printed sample", "10", "8.10", "81.00"],
             ["", "", "", "Total", "30", "", "218.00"],
         ]),
         ("sp",),
         ("h", "Scope of this order"),
         ("p", "This PO releases thirty (30) printed samples only, ten per SKU. The production run in "
               "your quote JH-Q-2405-118 (2,000 per SKU, 6,000 boxes in total) is shown for information "
               "and is NOT released. The balance stays on hold until we have signed off the printed "
               "samples and Priya Shah (Founder & Managing Director) has sent you a written production "
               "release. Material: sample-only. Please do not buy board for the run."),
         ("h", "Delivery and payment"),
         ("p", "DHL Express, DAP Bristol, to arrive by 24 May 2024. Samples paid 100% by card against "
               "your pro-forma. Please put the PO number on the outer carton and on the DHL waybill."),
         ("p", "Artwork: HOC_mailer_S-M-L_v6.pdf (outlined fonts, 3 mm bleed), sent 3 May 2024."),
         ("sp",),
         ("p", "Issued by: Priya Shah, Founder & Managing Director, priya@hollowoakcandles.co.uk, "
               "+44 117 496 0321"),
     ], title="HOC-PO-0412", author="Hollow Oak Candle Co."))])


# c02: Polish converter quote with tiers to a German brand. No authorization at all.
_c02_text = """Dear Ms. Vogt,

thank you for your inquiry from 22.04.2024. Please find below our offer for the printed mailer boxes.

Offer no.: KX/OF/2024/0388
Item: mailer box FEFCO 0427, internal 250 x 180 x 70 mm, E-flute white/brown,
print CMYK 4/0 outside, water-based varnish
Tooling: cutting die 1 pc - 420,00 EUR (one-time)

Prices (EXW Lodz, net of VAT):
- white sample (unprinted): 2 pcs - free of charge
- printed pre-production sample: 10 pcs - 18,00 EUR/pc
- production 5.000 pcs - 0,84 EUR/pc
- production 10.000 pcs - 0,71 EUR/pc

MOQ for production: 3.000 pcs. Overs/unders +/-10% of the ordered quantity.
Lead time: samples 7 working days from artwork sign-off; production 15 working days
from your written production order.
Pallet quantity: 600 pcs per EUR pallet (1200 x 800 mm), max. height 1,6 m.
Payment: 14 days net after delivery.
Offer valid until 31.05.2024.

In case of any questions do not hesitate to contact me.

Best regards / Z powazaniem
Marta Kowalczyk
Sales Specialist Export
Kartonex Sp. z o.o.
ul. Przemyslowa 14, 93-418 Lodz, Poland
tel. +48 42 680 11 94

This message is confidential. Kartonex Sp. z o.o., KRS 0000318842, share capital 500.000 PLN.
"""
_c02_html = html_page("Offer KX/OF/2024/0388", """
<p>Dear Ms. Vogt,</p>
<p>thank you for your inquiry from 22.04.2024. Please find below our offer for the printed mailer boxes.</p>
<p><b>Item:</b> mailer box FEFCO 0427, internal 250 x 180 x 70 mm, E-flute white/brown, print CMYK 4/0 outside,
water-based varnish. Cutting die 1 pc: 420,00 EUR (one-time).</p>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Price EUR/pc</th></tr>
<tr><td>white sample (unprinted)</td><td>2 pcs</td><td>free of charge</td></tr>
<tr><td>printed pre-production sample</td><td>10 pcs</td><td>18,00</td></tr>
<tr><td>production</td><td>5.000 pcs</td><td>0,84</td></tr>
<tr><td>production</td><td>10.000 pcs</td><td>0,71</td></tr>
</table>
<p>MOQ for production: 3.000 pcs. Overs/unders +/-10%. Lead time: samples 7 working days from artwork
sign-off; production 15 working days from your written production order. 600 pcs per EUR pallet.</p>
<p>Payment 14 days net. Offer valid until 31.05.2024.</p>
<p>Best regards / Z powa&#380;aniem<br>Marta Kowalczyk<br>Sales Specialist Export<br>Kartonex Sp. z o.o., &#321;&oacute;d&#378;</p>
""")
case("c02_kartonex_offer", [],
     "Supplier quote with sample and production tiers; no authorized quantity, nothing authorizes",
     [("Offer_KX-OF-2024-0388.eml", eml(
         "Marta Kowalczyk <m.kowalczyk@kartonex.pl>", "Lena Vogt <lena.vogt@gruenblatt-kosmetik.de>",
         "Offer KX/OF/2024/0388 - mailer boxes FEFCO 0427 printed CMYK", dt(2024, 4, 24, 10, 12, 2),
         _c02_text, html=_c02_html))])


# c03: WhatsApp, Vietnamese converter asks about going ahead; UK buyer scopes it fully.
case("c03_whatsapp_sgp", [],
     "Supplier question about the 3,000 is not an approval; buyer reply: only 12 samples, 3,000 on "
     "hold until sign-off + written release by Tom Reyes (sender)",
     [("WhatsApp_Chat_with_Lan_SGP.txt", """12/03/2024, 09:14 - Lan - Saigon Green Pack: Good morning Tom! Digital proof for poly mailer 3 SKU is attach, please check
12/03/2024, 09:15 - Lan - Saigon Green Pack: proof_KF_polymailer_v2.pdf (file attached)
12/03/2024, 09:40 - Tom Reyes: Morning Lan, thanks. Logo on the Slate SKU sits 5mm too low, can you move it up to match Sand and Moss
12/03/2024, 09:41 - Tom Reyes: Everything else looks spot on
12/03/2024, 10:02 - Lan - Saigon Green Pack: ok we fix and send v3 today
12/03/2024, 15:27 - Lan - Saigon Green Pack: proof_KF_polymailer_v3.pdf (file attached)
12/03/2024, 15:50 - Tom Reyes: Perfect, v3 is signed off for the printed samples
14/03/2024, 16:20 - Lan - Saigon Green Pack: Tom, 12 printed sample done, 4 each colour. Factory have free slot next week. Can we go ahead for the 3k pcs or only samples?
14/03/2024, 16:45 - Tom Reyes: Hi Lan, not yet please. Only the 12 printed samples for now. The 3,000 stays on hold until I've signed off the samples here in Manchester and sent you the written production release. Please don't book the slot.
14/03/2024, 16:47 - Lan - Saigon Green Pack: Understood, only 12 sample. We wait your release \U0001F44D
14/03/2024, 16:48 - Lan - Saigon Green Pack: DHL tomorrow, tracking I send you
15/03/2024, 11:05 - Lan - Saigon Green Pack: DHL 48 1170 2293
15/03/2024, 11:09 - Tom Reyes: Cheers Lan, have a good weekend
""")])


# c04: US 3PL forecast to Mexican converter, clearly labelled as planning only.
case("c04_brightline_forecast", [],
     "Clearly labelled non-binding forecast; authorizes no production and no material",
     [("Brightline_packaging_forecast_H2-2024.pdf", pdf([
         ("h1", "Packaging Demand Forecast H2 2024"),
         ("p", "FOR PLANNING ONLY - NOT A PURCHASE ORDER"),
         ("p", "From: Brightline 3PL LLC, 4400 Alum Creek Dr, Columbus, OH 43207, USA"),
         ("p", "To: Empaques del Bajio S.A. de C.V., Blvd. Aeropuerto 2210, Leon, Guanajuato, Mexico. "
               "Attn: Alejandro Ruiz"),
         ("p", "Issued: June 3, 2024"),
         ("sp",),
         ("table", [
             ["Item", "Description", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
             ["BL-RSC-12108", "RSC 12x10x8 in, 32 ECT, kraft, 1-color logo", "8,000", "8,000", "9,000",
              "12,000", "18,000", "15,000"],
             ["BL-RSC-161210", "RSC 16x12x10 in, 32 ECT, kraft, 1-color logo", "4,000", "4,000", "4,500",
              "6,000", "9,000", "7,500"],
             ["BL-RSC-181412", "RSC 18x14x12 in, 44 ECT, kraft, unprinted", "1,500", "1,500", "1,500",
              "2,000", "3,000", "2,500"],
         ]),
         ("sp",),
         ("p", "This forecast is non-binding. It does not authorize production and it does not authorize "
               "the purchase of board or any other material. A quantity becomes an order only when Brightline "
               "issues a purchase order for it. Peak months (Oct-Dec) depend on two client launches that are "
               "not confirmed yet."),
         ("p", "Please tell us by June 14 if any month exceeds your corrugator capacity."),
         ("p", "Prepared by: Jordan Ellis, Packaging Buyer, jellis@brightline3pl.com, (614) 555-0148"),
     ], pagesize=LETTER, title="Forecast H2 2024", author="Brightline 3PL"))])


# c05: Canadian coffee roaster, full-quantity restock PO (DOCX with table), no sample stage.
case("c05_mapleandrye_restock", [],
     "Full-quantity repeat PO for 4,000 mailers; 'proceed with all 4,000' is scoped; no balance",
     [("PO_MR-2024-077.docx", docx_bytes([
         ("h1", "Purchase Order MR-2024-077"),
         ("p", "Maple & Rye Coffee Roasters Inc., 88 Sterling Road, Unit 3, Toronto, ON M6R 2B2, Canada"),
         ("p", "Supplier: Vasant Flexipack Pvt. Ltd., Plot 41, MIDC Chakan Phase II, Pune 410501, India. "
               "Attn: Anil Deshmukh"),
         ("p", "Date: 13 May 2024    Terms: FOB Nhava Sheva, LCL to Toronto    Payment: 30 days from B/L"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "MR-PM-1013", "Compostable poly mailer 10 x 13 in, 1/0 black print, peel & seal strip",
              "4,000", "0.142", "568.00"],
         ]),
         ("p", "Restock order. Artwork and specification unchanged from PO MR-2023-141; the printing "
               "cylinders are held at your plant. This is a firm order for the whole quantity: there is no "
               "sample stage and no open balance on this PO. Please proceed with all 4,000 pcs."),
         ("p", "Overs/unders: +/-5% accepted and invoiced at actual quantity. Cartons of 250 pcs, "
               "16 cartons in total, carton label with PO number and item code."),
         ("p", "Required at our warehouse: week 27. Please send the shipping schedule once booked."),
         ("p", "Ordered by: Sophie Tremblay, Operations Manager, sophie@mapleandrye.ca, +1 416 555 0172"),
     ], author="Maple & Rye Coffee Roasters"))])


# c06: Australian skincare brand records an explicit auto-conversion for one SKU.
_c06_text = """Hi Amy,

Thanks for the quick turnaround on the white samples. Here is the written scope for PO WW-PO-0488 so
nothing gets lost between our teams.

1. Released now: ten (10) pre-production samples, five of WW-RB-01 and five of WW-RB-02.

2. Recorded auto-conversion for WW-RB-01 only. If Mia Thompson, Operations Director, signs off the
   WW-RB-01 pre-production sample as approved in writing, that sign-off by itself releases 3,000
   boxes of WW-RB-01, to ship by 15 August 2024. No separate release email will follow for those
   3,000. Conditions: colour within Delta E 2.0 of the signed digital proof, and the magnetic
   closure passes 500 open/close cycles. No other quantity converts automatically.

3. WW-RB-02: the quoted 2,000 are not released. They stay on hold until the WW-RB-02 sample is
   signed off and Mia sends you a separate written production release.

4. Material: grey board and wrap paper for the 3,000 WW-RB-01 may be bought now at our liability.
   Nothing for WW-RB-02 beyond the samples.

Please reply to confirm you have recorded this. Sample courier: DHL to our Collingwood warehouse.

Cheers,
Mia
-- 
Mia Thompson | Operations Director
Wattle & Wren Pty Ltd | 12 Cambridge St, Collingwood VIC 3066 | +61 3 9016 4420
This email may contain confidential information. If you are not the intended recipient please delete it.
"""
case("c06_wattlewren_autoconversion", [],
     "Explicit recorded auto-conversion naming quantity (3,000), signer (Mia Thompson) and "
     "conditions; 10 samples active; RB-02 2,000 on hold until sign-off + written release by Mia",
     [("WW-PO-0488.eml", eml(
         "Mia Thompson <mia@wattleandwren.com.au>", "Amy Chen <amy.chen@bluepeakpack.cn>",
         "WW-PO-0488 written scope - samples, auto-conversion for WW-RB-01", dt(2024, 6, 4, 9, 31, 10),
         _c06_text))])


# c07: Chinese supplier confirms deposit does not release production; quotes buyer's scope.
_c07_buyer = """On Mon, 20 May 2024 at 08:02, Dana Whitfield <dana@saltwatersupply.co> wrote:
Hi Wendy,

PO SSC-1187 is attached and covers 8 printed samples of the swim bag mailer only. The 2,000-piece
run quoted on JH-Q-2404-077 is not released and stays on hold until I have signed off the samples
and sent you a written production release. I'm sending the 30% deposit for the run this week so it
is on file for the price hold, but it is not a production go-ahead.

Thanks!
Dana Whitfield | Ops Lead | Saltwater Supply Co. | San Diego, CA"""
_c07_text = f"""Dear Dana,

We received your 30% deposit USD 1,860.00 today, thank you very much.

Please note: the deposit does not release production. We make only the 8 printed samples now under
PO SSC-1187 and we wait for your written production release for the 2,000 pcs after you sign off
the samples. We do not buy board for the 2,000 pcs before your release.

Samples schedule: printing 23 May, DHL 25 May, tracking will send.

Best regards,
Wendy Zhang
Sales Manager
Dongguan Jiahe Packaging Co., Ltd.
Tel: +86 769 8552 3160  WeChat: wendy_jiahe

{quote(_c07_buyer)}
"""
case("c07_jiahe_deposit_reply", [],
     "Supplier states the deposit does not release production; quoted buyer scope has 8 samples, "
     "2,000 on hold, sign-off + written release by Dana",
     [("RE_PO_SSC-1187.eml", eml(
         "Wendy Zhang <wendy@jiahe-pack.com>", "Dana Whitfield <dana@saltwatersupply.co>",
         "RE: PO SSC-1187 samples + deposit", dt(2024, 5, 22, 16, 40, 8), _c07_text,
         in_reply_to="<CAF7Q2x+ssc1187@saltwatersupply.co>"))])


# c08: German 3PL call-off with an explicit staged material authority above the released quantity.
case("c08_lagerwerk_calloff", [],
     "Call-off releases 1.500; staged material authority for 6.000 is explicit; remaining 4.500 not "
     "released until a call-off signed by Klaus Brandt",
     [("Abruf_RV-2024-03_Nr2.pdf", pdf([
         ("h1", "Abruf / Call-off No. 2"),
         ("p", "Lagerwerk Fulfilment GmbH, Am Exer 9, 04158 Leipzig, Germany"),
         ("p", "To: PolPak Druk Sp. z o.o., ul. Obornicka 233, 60-650 Poznan, Poland. Attn: Piotr Nowak"),
         ("p", "Framework agreement: RV-2024-03 (shipping boxes LW-VK-40, 400 x 300 x 200 mm, BC-flute, "
               "1-colour print)    Date: 10.06.2024"),
         ("sp",),
         ("table", [
             ["", "Quantity (pcs)", "Status"],
             ["Framework quantity RV-2024-03", "7.500", "commercial frame"],
             ["Call-off No. 1 (delivered 27.05.2024)", "1.500", "released, delivered"],
             ["Call-off No. 2 (this document)", "1.500", "RELEASED for production now"],
             ["Remaining framework quantity", "4.500", "NOT released"],
         ]),
         ("sp",),
         ("p", "Released for production now: 1.500 boxes LW-VK-40, delivery to Leipzig by 28.06.2024."),
         ("p", "Material authority (staged): you may buy and hold corrugated board for up to 6.000 boxes "
               "at Lagerwerk's liability (this call-off plus the remaining 4.500). Converting or printing "
               "beyond the 1.500 released is not allowed."),
         ("p", "The remaining 4.500 are not released. Each further quantity needs a new call-off signed by "
               "Klaus Brandt, Leitung Einkauf (Head of Purchasing)."),
         ("p", "Pallets: EUR pallets 1200 x 800 mm, 250 boxes per pallet, stretch-wrapped."),
         ("sp",),
         ("p", "Klaus Brandt, Leitung Einkauf, k.brandt@lagerwerk-fulfilment.de, +49 341 2290 114"),
     ], title="Call-off 2 RV-2024-03", author="Lagerwerk Fulfilment GmbH"))])


# p01: UK honey brand; bare sample PO email + PDF. Balance never put on hold, no event, no person.
_p01_text = """Hi Wendy,

Lovely to speak yesterday, and thank you for staying on so late your time!

Attached is our PO BB-PO-0107 for the printed samples of the honey jar mailer: two designs,
10 of each, so 20 in total, as per your quote JH-Q-2405-140 (samples and the Christmas run).
Artwork is the Meadow v5 and Hive v3 files I sent over on Monday.

Could you send them DHL to our unit in Stroud? Our Christmas range goes live in October so timing is
quite tight on our side. Any questions at all, just shout.

Thanks so much,
Harriet

Harriet Moss
Founder, Bramble & Bee Honey Co.
Unit 7, Brunel Mill, Stroud GL5 3HF
07700 900 418
"""
case("p01_brambleandbee_samples", ["RG003", "RG004", "RG005"],
     "Sample PO for 20 pcs with a two-layer quote; never says the Christmas run is not released, "
     "no unlock event, no release person",
     [("BB-PO-0107_samples.eml", eml(
         "Harriet Moss <harriet@brambleandbee.co.uk>", "Wendy Zhang <wendy@jiahe-pack.com>",
         "PO BB-PO-0107 - honey mailer samples", dt(2024, 5, 15, 17, 22, 1), _p01_text,
         attachments=[("BB-PO-0107.pdf", pdf([
             ("h1", "Purchase Order BB-PO-0107"),
             ("p", "Bramble & Bee Honey Co. Ltd, Unit 7, Brunel Mill, Stroud GL5 3HF, UK"),
             ("p", "Supplier: Dongguan Jiahe Packaging Co., Ltd.    Date: 15/05/2024    Quote: JH-Q-2405-140"),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
                 ["1", "BB-HM-MEADOW", "Honey jar mailer 3 x 340g, printed sample, design Meadow v5", "10",
                  "9.00", "90.00"],
                 ["2", "BB-HM-HIVE", "Honey jar mailer 3 x 340g, printed sample, design Hive v3", "10",
                  "9.00", "90.00"],
                 ["", "", "Courier DHL Express to Stroud", "", "", "48.00"],
                 ["", "", "Total", "20", "", "228.00"],
             ]),
             ("p", "Invoice to accounts@brambleandbee.co.uk quoting the PO number."),
         ], title="BB-PO-0107", author="Bramble & Bee"), PDF_MT)]))])


# p02: German coffee roaster PO table with an unlabelled production column beside 12 samples.
case("p02_kiezroester_po", ["RG001", "RG003", "RG004", "RG005"],
     "PO value covers 12 samples but the table shows 6.000 production beside them with no note; "
     "balance never put on hold, no event, no person",
     [("Bestellung_KR-2024-118.pdf", pdf([
         ("h1", "Bestellung / Purchase Order KR-2024-118"),
         ("p", "Kiezroester GmbH, Wiener Strasse 31, 10999 Berlin, Germany. USt-IdNr. DE 331 207 554"),
         ("p", "Supplier: Saigon Green Pack JSC, Lot C4, Tan Tao Industrial Park, Binh Tan District, "
               "Ho Chi Minh City, Vietnam"),
         ("p", "Datum / date: 21.05.2024    Currency: EUR    Incoterms: samples DAP Berlin by air courier"),
         ("sp",),
         ("table", [
             ["Pos.", "Article", "Description", "Sample qty", "Production qty", "Unit price sample",
              "Amount"],
             ["10", "KR-MB-250", "Mailer box for 250 g coffee bag, kraft E-flute, 2/0 print (black, "
              "HKS 13)", "12", "6.000", "15,50 EUR", "186,00 EUR"],
         ]),
         ("sp",),
         ("p", "Order value: 186,00 EUR net. Payment: 14 days net after receipt of invoice."),
         ("p", "Samples: by air courier, to arrive by KW 23. Production: by sea freight LCL to Hamburg, "
               "then truck to Berlin."),
         ("p", "Dieline: KR-DL-250 Rev 4. Print data: Kiezroester_Mailer_250_final.pdf."),
         ("p", "Please confirm receipt of this order by e-mail to einkauf@kiezroester.de."),
         ("p", "Mit freundlichen Gruessen / Kind regards, Jonas Albrecht, Einkauf"),
     ], title="KR-2024-118", author="Kiezroester GmbH"))])


# p03: WeChat, US snack brand asks for samples after a quote with MOQ 3000 in the same chat.
case("p03_wechat_bluepeak", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer authorizes 6 samples right under the supplier's 3000 pcs mass-production line; "
     "nothing says the 3000 is not released; no event, no person",
     [("WeChat_Amy_Chen_Bluepeak.txt", """WeChat chat history export
Chat: Amy Chen (Xiamen Bluepeak Packaging)  <->  Kevin Marsh (Trailhead Snacks)
-----------------------------------------------------------------------------
2024-05-06 09:02  Amy Chen: Hi Kevin, good morning from Xiamen
2024-05-06 09:03  Amy Chen: Quotation for kraft mailer box with insert, size 230x160x70mm, 1C print outside:
2024-05-06 09:03  Amy Chen: sample 6 pcs USD 150 total incl DHL
2024-05-06 09:04  Amy Chen: mass production MOQ 3000 pcs USD 0.92/pc, lead time 18 days after order
2024-05-06 09:04  Amy Chen: [File] QT-BP-240506-03.pdf
2024-05-06 21:40  Kevin Marsh: thanks Amy. numbers work for us
2024-05-06 21:41  Kevin Marsh: pls make 6 samples first, PO TS-5512 coming by email today. artwork same as proof v2
2024-05-06 21:41  Kevin Marsh: insert cutouts 3x for the 90g pouches, same as we discussed
2024-05-07 08:15  Amy Chen: Received Kevin! Sample ready in 7 days, I send photo before DHL
2024-05-07 08:16  Amy Chen: [Sticker]
""")])


# p04: Canadian kids brand DOCX sample PO; nothing about the balance; "approved" used for two things.
case("p04_pebbleandpine_po", ["RG003", "RG004", "RG005", "RG009"],
     "Sample PO for 15 with production quantities referenced to the quote; balance never held, no event, "
     "no person; 'approval' used for sample evaluation and for finance's PO approval",
     [("PP-PO-2291.docx", docx_bytes([
         ("h1", "Purchase Order PP-PO-2291"),
         ("p", "Pebble & Pine Kids Ltd., 1120 Hamilton Street, Suite 210, Vancouver, BC V6B 2S2, Canada"),
         ("p", "Vendor: Hanoi Minh Phat Packaging Co., Ltd., Lot 12, Quang Minh Industrial Zone, Me Linh, "
               "Hanoi, Vietnam. Attn: Mr. Tran Van Duc"),
         ("p", "Date: May 8, 2024    Currency: USD    Ship via: FedEx International Priority"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Amount"],
             ["1", "PP-SHOE-S", "Shoe box mailer, toddler size, printed 4C, pre-production sample", "5",
              "11.00", "55.00"],
             ["2", "PP-SHOE-M", "Shoe box mailer, kids size, printed 4C, pre-production sample", "5",
              "12.00", "60.00"],
             ["3", "PP-SHOE-L", "Shoe box mailer, youth size, printed 4C, pre-production sample", "5",
              "13.00", "65.00"],
             ["", "", "Total", "15", "", "180.00"],
         ]),
         ("p", "Production quantities per quote HMP-Q-2024-061 (not attached)."),
         ("h", "Approvals"),
         ("p", "Samples require approval by our QA team (fit, print quality, 1 m drop test). "
               "Finance approved this PO for the 15 samples on May 6, 2024 (approval ref. FIN-2291)."),
         ("p", "Please mark each sample with size and line number. Include a printed colour bar."),
         ("p", "Buyer: Ethan Park, Purchasing Coordinator, ethan@pebbleandpine.ca"),
     ], author="Pebble & Pine Kids"))])


# p05: Australian 3PL's buyer portal page: 20 samples, quoted production 4,000 unlabelled.
case("p05_outback_portal_po", ["RG001", "RG003", "RG004", "RG005"],
     "Portal PO for 20 sample cartons with 'Quoted production qty 4,000' in the header and no hold, "
     "no unlock event, no release person",
     [("OPC-8120_supplier_portal.html", html_page("Outback Parcel Co. Supplier Portal - PO OPC-8120", """
<h2>Outback Parcel Co. &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Shreeji Corrugators Pvt. Ltd.</b> (vendor 40317) &nbsp;|&nbsp; <a href="#">Log out</a></p>
<h3>Purchase Order OPC-8120</h3>
<table>
<tr><th>PO date</th><td>14/05/2024</td><th>Status</th><td>Issued</td></tr>
<tr><th>Buyer</th><td>Outback Parcel Co. Pty Ltd, 55 Lahrs Rd, Ormeau QLD 4208</td><th>Currency</th><td>AUD</td></tr>
<tr><th>Quote ref.</th><td>SC/QTN/24-25/0071</td><th>Quoted production qty</th><td>4,000</td></tr>
<tr><th>Buyer contact (logistics)</th><td>Sam Whitaker</td><th>Incoterms</th><td>CIF Brisbane</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Type</th><th>Qty</th><th>Unit AUD</th></tr>
<tr><td>1</td><td>OPC-SC-432</td><td>3-ply shipper carton 400 x 300 x 200 mm, B-flute, 1-colour print 2 sides</td>
<td>Pre-production sample</td><td>20 nos.</td><td>4.80</td></tr>
</table>
<p>Documents: drawing OPC-SC-432 Rev 3 (PDF), print layout v2 (PDF)</p>
<p>Please acknowledge this PO within 2 business days using the button below.</p>
<p><button>Acknowledge PO</button></p>
<p style="font-size:11px;color:#666">Outback Parcel Co. Pty Ltd ABN 51 624 118 903. Portal v4.2</p>
"""))])


# p06: Canadian roaster partial release; attached quote shows a 20,000 annual basis, unlabelled.
_p06_text = """Hi Anil,

Production release PR-07 under PO MR-2024-052 (printed LDPE mailers 12 x 15.5 in):

- Released now: 2,000 pcs, ship with the June LCL.
- The remaining 3,000 pcs of the PO stay on hold until our next written production release, which I
  will issue after our Q3 sell-through review on July 15.
- Material: film for the 2,000 released pcs only.

I have attached your quote VF/Q/24/311 so the pricing on your invoice lines up with this release.

Thanks,
Aisha Rahman
Supply Planner (release authority for PO MR-2024-052)
Maple & Rye Coffee Roasters Inc. | Toronto | +1 416 555 0139
"""
case("p06_mapleandrye_release", ["RG001"],
     "Release of 2,000 with the other 3,000 on hold is complete, but the attached quote's 20,000 "
     "annual basis sits beside it with nothing saying it is informational or not released",
     [("PR-07_MR-2024-052.eml", eml(
         "Aisha Rahman <aisha@mapleandrye.ca>", "Anil Deshmukh <anil.d@vasantflexipack.in>",
         "Production release PR-07 - PO MR-2024-052", dt(2024, 6, 10, 11, 5, -4), _p06_text,
         attachments=[("VF-Q-24-311.pdf", pdf([
             ("h1", "QUOTATION VF/Q/24/311"),
             ("p", "Vasant Flexipack Pvt. Ltd., Plot 41, MIDC Chakan Phase II, Pune 410501. "
                   "GSTIN 27AAFCV4412K1ZQ"),
             ("p", "To: Maple & Rye Coffee Roasters Inc., Toronto    Date: 02.04.2024"),
             ("table", [
                 ["Sr.", "Description", "Annual volume basis", "Unit price USD"],
                 ["1", "Printed LDPE mailer 12 x 15.5 in, 60 micron, 2/0 print, peel & seal", "20,000 pcs",
                  "0.118"],
                 ["2", "Cylinder charges (2 colours), one-time", "-", "340.00"],
             ]),
             ("p", "Terms: FOB Nhava Sheva. Delivery 21 days from release. Validity 90 days."),
             ("p", "For Vasant Flexipack Pvt. Ltd. - Anil Deshmukh, Export Sales"),
         ], title="VF/Q/24/311", author="Vasant Flexipack"), PDF_MT)]))])


# p07: Australian skincare release for one colour; attached SKU plan lists other colours unlabelled.
_p07_text = """Hi Kevin,

Release 3 under PO WW-PO-0519 (printed poly mailers, 300 x 400 mm):

Released now: 2,000 pcs Charcoal (SKU WW-PM-CHR), to ship with the July sea freight.
The other 4,000 Charcoal on the PO stay on hold until Release 4, which Mia Thompson will sign after
our June stock count.

Attached is the updated SKU plan with the colour references (Pantone) for all three mailers.

Thanks heaps,
Ruby

Ruby Nguyen | Ops Coordinator | Wattle & Wren Pty Ltd
12 Cambridge St, Collingwood VIC 3066 | +61 3 9016 4427
"""
case("p07_wattlewren_release3", ["RG001"],
     "Release of 2,000 Charcoal with 4,000 on hold is complete, but the attached plan shows "
     "Sand 6,000 and Sage 3,000 with nothing saying they are not released",
     [("Release3_WW-PO-0519.eml", eml(
         "Ruby Nguyen <ruby@wattleandwren.com.au>", "Kevin Li <kevin.li@hongxinprint.com>",
         "Release 3 - WW-PO-0519 Charcoal mailers", dt(2024, 6, 12, 14, 18, 10), _p07_text,
         attachments=[("WW_mailer_SKU_plan_FY25.docx", docx_bytes([
             ("h1", "Wattle & Wren - poly mailer SKU plan FY25"),
             ("p", "Supplier: Shenzhen Hongxin Printing Co., Ltd.    Updated: 11 June 2024"),
             ("table", [
                 ["SKU", "Colour", "Pantone", "Size", "Qty"],
                 ["WW-PM-CHR", "Charcoal", "Black 7 C", "300 x 400 mm", "6,000"],
                 ["WW-PM-SND", "Sand", "7527 C", "300 x 400 mm", "6,000"],
                 ["WW-PM-SGE", "Sage", "5645 C", "300 x 400 mm", "3,000"],
             ]),
             ("p", "Print: 1/0 white logo, 70 micron recycled LDPE, double peel & seal strip."),
             ("p", "Carton: 200 pcs per carton, carton mark with SKU and colour name."),
         ], author="Wattle & Wren"), DOCX_MT)]))])


# ------------------------------------------------------------------ batch 2
# c09: Vietnamese supplier's customer portal showing a UK 3PL's PO with the buyer's scope note.
case("c09_sgp_portal_po", [], "Portal copy of buyer PO: 6 samples released, 2,400 not released, hold "
     "until sign-off + written release by Karen Holt; material sample-only",
     [("SGP_portal_NBF-55102.html", html_page("Saigon Green Pack - Customer Orders - NBF-55102", """
<h2>Saigon Green Pack JSC &middot; Customer Order Portal</h2>
<p>Customer: <b>Northbound Fulfilment Ltd</b> (Daventry, UK) &nbsp;|&nbsp; Account manager: Nguyen Thi Lan</p>
<h3>PO NBF-55102 &mdash; recycled poly mailer 350 x 450 mm, 2/0 print</h3>
<table>
<tr><th>Scope</th><th>Quantity</th><th>Status</th><th>Due</th></tr>
<tr><td>Pre-production sample</td><td>6 pcs</td><td>RELEASED &mdash; in printing</td><td>28/06/2024</td></tr>
<tr><td>Production</td><td>2,400 pcs</td><td>NOT RELEASED &mdash; on hold</td><td>&ndash;</td></tr>
</table>
<div class="note"><b>Buyer scope note (copied from PO NBF-55102):</b> Only the 6 pre-production samples are
released. The 2,400 production quantity stays on hold until Northbound has signed off the samples and
Karen Holt (Head of Procurement) issues a written production release. Material authority: sample-only.</div>
<h3>Activity</h3>
<table>
<tr><th>Date</th><th>Event</th><th>By</th></tr>
<tr><td>17/06/2024</td><td>PO received, scope note acknowledged</td><td>Nguyen Thi Lan</td></tr>
<tr><td>19/06/2024</td><td>Digital proof v2 signed off by customer (samples)</td><td>Karen Holt</td></tr>
<tr><td>21/06/2024</td><td>Sample printing started (6 pcs)</td><td>Production - Line 2</td></tr>
</table>
<p style="font-size:11px;color:#777">Saigon Green Pack JSC &middot; Lot C4, Tan Tao IP, Binh Tan, HCMC &middot; portal build 2024.06</p>
"""))])


# c10: UK 3PL ERP printout, full-quantity repeat order with identifiers that look like quantities.
case("c10_northbound_erp_po", [],
     "Full-quantity repeat PO for 1,200 boxes, no balance; DL-2500 Rev 14, ISO 12048, 400X300X150 "
     "and pallet qty are identifiers/logistics, not quantities",
     [("NBF-60417_PO_print.txt", """NORTHBOUND FULFILMENT LTD                                PURCHASE ORDER         PAGE  1 OF  1
PLOT 6 ROYAL OAK WAY SOUTH, DAVENTRY NN11 8PQ                     PO NO.....: NBF-60417
TEL 01327 300 915   VAT GB 284 1170 63                             ORDER DATE: 03/06/2024
                                                                    BUYER.....: GLE
SUPPLIER: 20418  KARTONEX SP. Z O.O.                                CURRENCY..: GBP
          UL. PRZEMYSLOWA 14, 93-418 LODZ, POLAND                   TERMS.....: 30 DAYS EOM
DELIVER TO: NORTHBOUND FULFILMENT LTD, DOCK 3, DAVENTRY NN11 8PQ    INCOTERMS.: DAP DAVENTRY
------------------------------------------------------------------------------------------
LN  ITEM NO.           DESCRIPTION                          QTY   UOM    UNIT GBP    VALUE GBP
------------------------------------------------------------------------------------------
01  SHP-400-300-150    SHIPPER BOX 400X300X150 BC FLUTE   1,200   EA      0.6800      816.00
                       1 COL PRINT 2 SIDES, DRG DL-2500 REV 14
                       BCT PER ISO 12048, 32 ECT MIN
------------------------------------------------------------------------------------------
                                                          TOTAL GBP                 816.00
ORDER TYPE : REPEAT PRODUCTION - FULL QUANTITY. NO SAMPLE STAGE, NO OPEN BALANCE.
SPEC       : UNCHANGED FROM NBF-58802. CUTTING DIE KD-0417 HELD AT SUPPLIER.
PACKING    : 400 EA PER PALLET, 3 PALLETS, 1200X1000 UK PALLET, MAX HEIGHT 1.8M
DELIVERY   : WK 26. BOOK SLOT VIA GOODSIN@NORTHBOUNDFULFIL.CO.UK 48H AHEAD
------------------------------------------------------------------------------------------
THIS ORDER IS SUBJECT TO NORTHBOUND STANDARD TERMS OF PURCHASE REV 9 (2023).
QUOTE PO NO. ON ALL INVOICES, DELIVERY NOTES AND PALLET LABELS.
""")])


# c11: US pet brand corrects a Chinese supplier's assumption in a quoted reply thread.
_c11_supplier = """From: Vivian Huang <vivian@hongxinprint.com>
Sent: Tuesday, May 28, 2024 8:14 PM
To: Sarah Klein <sarah.klein@cobaltpetgoods.com>
Subject: RE: CPG-2291 printed samples

Dear Sarah,

Samples 10 pcs will ship this Friday by FedEx. After you OK the sample we run the 5000 directly
so we can keep your ship date 15 July.

Best regards
Vivian Huang | Sales | Shenzhen Hongxin Printing Co., Ltd."""
_c11_text = f"""Hi Vivian,

Thanks for the update, Friday works.

One correction to your note below: sample sign-off does not release the run. Only the 10 printed
samples are released under PO CPG-2291. The 5,000 boxes stay on hold until I send you a written
production release, and I will only do that after we've signed off the samples and our budget
review on June 10 is done. Please don't schedule the 5,000 yet and don't buy board for them.

If the July 15 date is at risk because of this, tell me and I'll take it up internally.

Sarah

Sarah Klein
Director of Operations, Cobalt Pet Goods
2100 E Cesar Chavez St, Austin, TX 78702
(512) 555-0186

{quote(_c11_supplier)}
"""
case("c11_cobalt_correction_thread", [],
     "Quoted supplier assumption of auto-run is answered by the buyer: only 10 samples released, 5,000 "
     "on hold until sign-off, budget review and written release by Sarah Klein",
     [("RE_CPG-2291_printed_samples.eml", eml(
         "Sarah Klein <sarah.klein@cobaltpetgoods.com>", "Vivian Huang <vivian@hongxinprint.com>",
         "RE: CPG-2291 printed samples", dt(2024, 5, 28, 9, 47, -5), _c11_text,
         in_reply_to="<20240528201402.hx7781@hongxinprint.com>"))])


# c12: German cosmetics brand dieline brief (DOCX with table). Technical only, orders nothing.
case("c12_gruenblatt_dieline_brief", [],
     "Technical dieline brief; no authorization, no quantity released; drawing rev and ISO numbers only",
     [("Dieline_brief_GB-DL-1000_Rev7.docx", docx_bytes([
         ("h1", "Dieline brief - insert tray for 3-jar gift set"),
         ("p", "Gruenblatt Naturkosmetik GmbH - Packaging Development - to Kartonex Sp. z o.o."),
         ("p", "Document: GB-DL-1000 Rev 7, 02.05.2024. Supersedes Rev 6 (jar diameter changed)."),
         ("table", [
             ["Parameter", "Value"],
             ["Outer style", "FEFCO 0427 mailer, tuck front, dust flaps"],
             ["Board", "E-flute 1.5 mm, white outside / kraft inside"],
             ["Internal dimensions", "210 x 148 x 60 mm"],
             ["Insert", "die-cut tray, 3 holes diameter 52 mm, centre distance 64 mm"],
             ["Print", "CMYK 4/0 outside, 1/0 inside (Pantone 7737 C)"],
             ["Colour standard", "ISO 12647-2, proof on PSO Coated v3"],
             ["Barcode", "EAN-13 on base panel, quiet zone min. 3.6 mm"],
         ]),
         ("h", "Sample stages"),
         ("num", "Digital proof (PDF, with dieline layer)."),
         ("num", "White sample (unprinted), to check fit of the 3 jars."),
         ("num", "Printed pre-production sample."),
         ("p", "Each stage is signed off in writing by Lena Vogt (Packaging Development) before the next "
               "stage starts."),
         ("p", "This brief is a technical document. It orders nothing. Quantities and production authority "
               "are set only by Gruenblatt purchase orders and written production releases."),
     ], author="Gruenblatt Naturkosmetik GmbH"))])


# c13: Two files: Canadian knitwear brand sample PO + the Mexican converter's tiered quote.
case("c13_boreal_po_and_quote", [],
     "Folder bundle: PO for 20 samples declares quote tiers 10,000/20,000 not released; hold until sample "
     "sign-off + written release by Elise Tremblay; quote alone authorizes nothing",
     [("BT-PO-3307.pdf", pdf([
         ("h1", "Bon de commande / Purchase Order BT-PO-3307"),
         ("p", "Boreal Tricots inc., 5445 avenue de Gaspe, bureau 802, Montreal (QC) H2T 3B2, Canada"),
         ("p", "Fournisseur / Supplier: Cajas Monterrey S.A. de C.V., Av. Ruiz Cortines 3400, Monterrey, "
               "N.L., Mexico. Attn: Sofia Garza"),
         ("p", "Date: 2024-05-16    Devise / currency: CAD    Quote: CM-COT-0519"),
         ("table", [
             ["Ligne", "Article", "Description", "Qty", "Unit CAD", "Total CAD"],
             ["1", "BT-MB-SW", "Mailer box for sweater, 350 x 270 x 80 mm, kraft, 1/0 print, "
              "pre-production sample", "10", "7.40", "74.00"],
             ["2", "BT-MB-TQ", "Mailer box for toque, 200 x 160 x 90 mm, kraft, 1/0 print, "
              "pre-production sample", "10", "6.10", "61.00"],
             ["", "", "Total", "20", "", "135.00"],
         ]),
         ("h", "Scope / Portee"),
         ("p", "This PO releases twenty (20) pre-production samples only, 10 per size. The production "
               "quantities in quote CM-COT-0519 (10,000 and 20,000) are not released. The balance stays on "
               "hold until we have signed off the samples and Elise Tremblay, Directrice des operations, "
               "has sent a written production release. Material authority: sample-only."),
         ("p", "Livraison / delivery: UPS Worldwide Express to Montreal by 2024-06-07."),
     ], title="BT-PO-3307", author="Boreal Tricots")),
      ("CM-COT-0519_quote.pdf", pdf([
          ("h1", "COTIZACION / QUOTE CM-COT-0519"),
          ("p", "Cajas Monterrey S.A. de C.V. - RFC CMO 080312 QK4 - Monterrey, N.L."),
          ("p", "Cliente: Boreal Tricots inc., Montreal    Fecha: 2024-05-09    Vigencia: 45 dias"),
          ("table", [
              ["Concepto", "Cantidad", "Precio unit. CAD"],
              ["Muestra pre-produccion / pre-production sample (per size)", "10", "7.40 / 6.10"],
              ["Produccion / production (both sizes)", "10,000", "0.78 / 0.61"],
              ["Produccion / production (both sizes)", "20,000", "0.69 / 0.54"],
              ["Suaje / cutting die (per size)", "1", "390.00"],
          ]),
          ("p", "Tiempo de entrega / lead time: muestras 8 dias habiles; produccion 12 dias habiles a partir "
                "de su orden de produccion por escrito."),
          ("p", "Sofia Garza, Ejecutiva de Ventas, sofia.garza@cajasmonterrey.mx"),
      ], title="CM-COT-0519", author="Cajas Monterrey"))])


# c14: Scottish tea brand: sample approved for colour and registration only, production not released.
_c14_text = """Dear Amy,

Thank you for the six printed samples of the tea caddy mailer, they arrived on Tuesday in
perfect condition.

Result of our review: printed sample approved for colour and print registration only. This is
not a production release. Nothing beyond the six samples is authorised at this time.

Two comments for the production artwork, please:
  1. bleed on the lid flap is 1 mm short on the left side;
  2. the barcode quiet zone needs to be at least 3.6 mm.

The 5,000 caddy mailers on PO FT-2024-031 remain on hold until our budget sign-off on 12 June and a
written production release from me. Please do not buy board for them before then.

Kind regards,
Isla Grant
Head of Operations
Fernhill Tea Co. Ltd | 14 Albion Road, Edinburgh EH7 5QZ | +44 131 496 0772
"""
case("c14_fernhill_scoped_signoff", [],
     "Sample approved for colour/registration only, explicitly not a production release; 5,000 on hold "
     "until budget sign-off and written release from Isla Grant (sender)",
     [("FT-2024-031_sample_review.eml", eml(
         "Isla Grant <isla.grant@fernhilltea.co.uk>", "Amy Chen <amy.chen@bluepeakpack.cn>",
         "FT-2024-031 - printed sample review", dt(2024, 5, 30, 15, 2, 1), _c14_text))])


# c15: Indian converter's order acknowledgement restating the hold (DOCX with table).
case("c15_shreeji_acknowledgement", [],
     "Supplier acknowledgement restates 25 samples, 10,000 not released, no material or production until "
     "written release from James Walker after sample sign-off",
     [("OA_SC_24-25_0193.docx", docx_bytes([
         ("h1", "ORDER ACKNOWLEDGEMENT OA/SC/24-25/0193"),
         ("p", "Shreeji Corrugators Pvt. Ltd., Survey No. 212, Changodar Industrial Estate, Ahmedabad 382213, "
               "Gujarat, India. GSTIN 24AAKCS7731M1Z2"),
         ("p", "To: Outback Parcel Co. Pty Ltd, Ormeau QLD, Australia. Kind attn.: Mr. James Walker"),
         ("p", "Your PO: OPC-7720 dated 06.05.2024    Our ref.: SC/QTN/24-25/0052"),
         ("table", [
             ["Sr. No.", "Description", "Qty", "Rate AUD", "Amount AUD"],
             ["1", "3-ply shipper carton 400 x 300 x 200 mm, B-flute, 1-colour print 2 sides - "
              "pre-production sample", "25 nos.", "4.60", "115.00"],
         ]),
         ("p", "We are pleased to acknowledge your above PO for 25 nos. pre-production samples."),
         ("p", "We have noted that the production quantity of 10,000 nos. mentioned in our quotation is not "
               "released. We shall not procure kraft paper nor start production for the 10,000 nos. till we "
               "receive written production release from Mr. James Walker after your sample sign-off."),
         ("p", "Samples dispatch: by 20.05.2024 through DHL. Kindly share your DHL import account no."),
         ("p", "Thanking you and assuring you of our best services at all times."),
         ("p", "For Shreeji Corrugators Pvt. Ltd. - Rajesh Patel, Director (Exports), +91 79 2689 4410"),
     ], author="Shreeji Corrugators"))])


# c16: UK home-fragrance brand sample PO full of identifiers that look like quantities.
case("c16_lumenloom_sample_po", [],
     "Sample PO for 12; 4,800 production not released, on hold until sign-off + written release by "
     "Olivia Bennett; PO 2024-1000, DL-5000 Rev 12, 350gsm, ISO 9001:2015, HS 4819.10 are identifiers",
     [("LL-PO-2024-1000.pdf", pdf([
         ("h1", "PURCHASE ORDER LL-PO-2024-1000"),
         ("p", "Lumen & Loom Ltd, 3 Hope Street Yard, Liverpool L1 9BQ, UK"),
         ("p", "Supplier: Shenzhen Hongxin Printing Co., Ltd., Building 5, Fuyong Industrial Park, "
               "Bao'an District, Shenzhen. Attn: Vivian Huang"),
         ("p", "Date: 20/05/2024    Supplier certified to ISO 9001:2015    HS code 4819.10"),
         ("table", [
             ["Line", "Item", "Specification", "Scope", "Qty"],
             ["1", "LL-CB-300", "Candle gift box, drawing LL-DL-5000 Rev 12, 350gsm SBS + 2 mm grey board, "
              "Pantone 7621 C + foil", "Printed sample", "12"],
         ]),
         ("sp",),
         ("p", "Scope: this PO releases twelve (12) printed samples and nothing else. The production "
               "quantity of 4,800 boxes is not released. It stays on hold until Lumen & Loom has signed off "
               "the samples and Olivia Bennett (Buying Manager) has issued a written production release. "
               "Material: sample-only."),
         ("p", "Shipping: UPS Express Saver, pallet not required. For the later production lot the pallet "
               "format will be 1200 x 1000 mm."),
         ("p", "Olivia Bennett, Buying Manager, olivia@lumenandloom.co.uk, +44 151 496 0880"),
     ], title="LL-PO-2024-1000", author="Lumen & Loom"))])


# p08: WhatsApp, Australian skincare: 4,000 on hold "until further notice", Jess named; no event.
case("p08_whatsapp_saltgum", ["RG004"],
     "16 samples active, 4,000 on hold and Jess O'Brien named as the only decider, but no event "
     "that unlocks the 4,000 ('until further notice')",
     [("WhatsApp_Chat_with_Jack_Lin_Yongli.txt", """[3/6/24, 10:02:11 am] Jack Lin Yongli: Hi Jess, PO SG-0230 received thank you. 16 pcs sample we start tomorrow
[3/6/24, 10:02:40 am] Jack Lin Yongli: For the 4k mass production, can we prepare the film now? LDPE price going up next month
[3/6/24, 10:31:05 am] Jess O'Brien: Hey Jack, thanks mate
[3/6/24, 10:32:19 am] Jess O'Brien: Just the 16 samples for now please. The other 4,000 are on hold until further notice. No film for those yet
[3/6/24, 10:33:02 am] Jess O'Brien: Decision on the 4,000 sits with me (Jess O'Brien, ops manager) and nobody else, so don't take instructions on them from anyone else here
[3/6/24, 10:40:47 am] Jack Lin Yongli: OK understand, only 16 pcs sample. We wait your news
[3/6/24, 10:41:15 am] Jack Lin Yongli: Sample colour pearl white + gold logo same as photo?
[3/6/24, 10:44:58 am] Jess O'Brien: Yep, gold logo 2cm from the flap edge
[7/6/24, 4:12:30 pm] Jack Lin Yongli: <attached: 00000021-PHOTO-2024-06-07-16-12-30.jpg>
[7/6/24, 4:12:51 pm] Jack Lin Yongli: Samples finish, send by EMS Monday
""")])


# p09: SAP-style German PO: "released" for the PO's commercial release strategy and for production;
#      production release by "our purchasing department" (no person).
case("p09_lagerwerk_sap_po", ["RG005", "RG009"],
     "PO 'released' under a commercial release strategy and 'production release' for the series; "
     "24 samples active, 9.600 on hold until sign-off + written release, but only a department named",
     [("4500098812.txt", """Lagerwerk Fulfilment GmbH                                    Bestellung / Purchase Order
Am Exer 9, 04158 Leipzig                                     Nr./No.   4500098812
                                                             Datum     04.06.2024
Lieferant/Vendor: 700214 Kartonex Sp. z o.o.                 Einkaeufergruppe  E12
                  ul. Przemyslowa 14, 93-418 Lodz, PL        Kontakt   einkauf@lagerwerk-fulfilment.de

Freigabestatus / Release status : RELEASED  (release strategy F2, Freigabe Controlling 04.06.2024)

Pos   Material    Kurztext / Description                       Menge    ME   Preis EUR   Wert EUR
00010 300001234   Versandkarton LW-VK-60 600x400x400 BC         24     ST      9,50      228,00
                  pre-production samples, 1-farbig / 1-colour
-------------------------------------------------------------------------------------------------
                                                               Gesamtwert netto EUR      228,00

Kopftext / header text:
Only the 24 pre-production samples are ordered. The series quantity of 9.600 ST is not released
and stays on hold until sample sign-off and a production release in writing from our purchasing
department.

Lieferadresse: Lagerwerk Fulfilment GmbH, Tor 2, Am Exer 9, 04158 Leipzig
Liefertermin: KW 25/2024. Incoterms DAP Leipzig. Zahlung: 30 Tage netto.
Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023).
Dieser Beleg wurde maschinell erstellt und ist ohne Unterschrift gueltig.
""")])


# p10: UK home-goods buyer: balance on hold "for now", no event, no named release person.
_p10_text = """Hi Duc,

Hope you're well. Please find PO LL-0231 attached, for twelve (12) white samples of the
reed diffuser box (unprinted, to check the fit of the bottle and the reed bundle).

Please don't start the rest, the balance of the order is on hold for now.

Could you courier them to our Liverpool studio? Address is on the PO.

Cheers,
Olivia

Olivia Bennett
Buying Manager | Lumen & Loom Ltd
3 Hope Street Yard, Liverpool L1 9BQ
"""
case("p10_lumenloom_white_samples", ["RG004", "RG005"],
     "12 white samples with the balance 'on hold for now': no unlock event and nobody named who may "
     "release the balance",
     [("LL-0231_white_samples.eml", eml(
         "Olivia Bennett <olivia@lumenandloom.co.uk>", "Tran Van Duc <duc.tv@minhphatpack.vn>",
         "PO LL-0231 - white samples, reed diffuser box", dt(2024, 6, 3, 12, 15, 1), _p10_text,
         attachments=[("LL-0231.txt", """LUMEN & LOOM LTD - PURCHASE ORDER LL-0231           DATE 03/06/2024
SUPPLIER : HANOI MINH PHAT PACKAGING CO., LTD (V-1088)
SHIP TO  : LUMEN & LOOM LTD, 3 HOPE STREET YARD, LIVERPOOL L1 9BQ, UK
--------------------------------------------------------------------------
LN ITEM        DESCRIPTION                                QTY   UNIT USD
1  LL-RD-200   REED DIFFUSER BOX 200ML, WHITE SAMPLE      12      3.50
               UNPRINTED, DRG LL-DL-2200 REV 3
--------------------------------------------------------------------------
TOTAL USD 42.00 + COURIER AT COST
""", "text/plain")]))])


# p11: UK 3PL buyer portal page: samples for 4 SKUs ordered with no sample quantity anywhere.
case("p11_northbound_portal_inserts", ["RG010"],
     "Hold (12,000), unlock event and Karen Holt are named, but the samples being authorized now have no "
     "quantity ('per supplier standard')",
     [("NBF-55230_buyer_portal.html", html_page("Northbound Fulfilment - Supplier Portal - NBF-55230", """
<h2>Northbound Fulfilment Ltd &mdash; Supplier Portal</h2>
<p>Supplier: <b>Dongguan Jiahe Packaging Co., Ltd.</b> &nbsp;|&nbsp; Vendor no. 20977</p>
<h3>Purchase Order NBF-55230 &mdash; printed insert cards (client: Halden Outdoor)</h3>
<table>
<tr><th>SKU</th><th>Description</th><th>Sample qty</th><th>Production qty</th></tr>
<tr><td>HO-IC-TENT</td><td>Insert card A5, 400gsm, 4/4, matt laminate</td><td>per supplier standard</td><td>3,000 &mdash; not released</td></tr>
<tr><td>HO-IC-PACK</td><td>Insert card A5, 400gsm, 4/4, matt laminate</td><td>per supplier standard</td><td>3,000 &mdash; not released</td></tr>
<tr><td>HO-IC-STOVE</td><td>Insert card A5, 400gsm, 4/4, matt laminate</td><td>per supplier standard</td><td>3,000 &mdash; not released</td></tr>
<tr><td>HO-IC-LAMP</td><td>Insert card A5, 400gsm, 4/4, matt laminate</td><td>per supplier standard</td><td>3,000 &mdash; not released</td></tr>
</table>
<div class="note"><b>Scope note:</b> Please produce the pre-production samples of the insert card for all four
SKUs. Production of the 12,000 cards (3,000 per SKU) is not released and stays on hold until Northbound has
signed off the samples and Karen Holt (Head of Procurement) issues a written production release.</div>
<p>Delivery of samples: DHL Express to Northbound Fulfilment Ltd, Dock 3, Daventry NN11 8PQ.</p>
<p style="font-size:11px;color:#777">Northbound Fulfilment Ltd &middot; Supplier Portal 3.1 &middot; Terms of Purchase Rev 9</p>
"""))])


# p12: Australian 3PL release with no number: "enough for the first wave".
_p12_text = """G'day Jack,

Release RL-04 under PO OPC-7790 (courier satchels, three sizes):

Please run enough satchels for the first wave into our Sydney DC at Eastern Creek, the same split we
talked through on Thursday's call. Same spec as the signed-off pre-production samples.

Everything else on the PO stays on hold until release RL-05, which I'll sign once the Sydney stock
has landed and been counted. Please don't run anything beyond the first wave.

Cheers,
Brodie

Brodie Clarke
Procurement Lead | Outback Parcel Co. Pty Ltd
55 Lahrs Rd, Ormeau QLD 4208 | +61 7 5549 2210
"""
case("p12_outback_release_rl04", ["RG010"],
     "Release names hold, unlock event (RL-05) and Brodie Clarke, but never states the quantity "
     "released now ('enough for the first wave')",
     [("RL-04_OPC-7790.eml", eml(
         "Brodie Clarke <brodie.clarke@outbackparcel.com.au>", "Jack Lin <jack.lin@yongli-polybag.com>",
         "Release RL-04 - PO OPC-7790 satchels", dt(2024, 6, 17, 8, 50, 10), _p12_text))])


# p13: Canadian 3PL ERP call-off with the quantity fields left blank.
case("p13_harbourside_calloff", ["RG010"],
     "Call-off form names the hold, the next call-off as unlock event and D. MacNeil, but the call-off "
     "quantity field is blank",
     [("HF-BPO-2024-07_CO05.txt", """HARBOURSIDE FULFILMENT INC.                      CALL-OFF / RELEASE AGAINST BLANKET ORDER
6790 DAVAND DR, MISSISSAUGA ON L5T 2G5                       PRINTED 2024-06-18 14:02 BY DMACNEIL
=============================================================================================
BLANKET PO........: HF-BPO-2024-07            CALL-OFF NO......: 05
SUPPLIER..........: EMPAQUES DEL BAJIO S.A. DE C.V. (V-3312)
ITEM..............: HF-MB-14106  MAILER BOX 14X10X6 IN, WHITE/KRAFT, 2C PRINT
BLANKET QTY.......: 30,000 EA                 CALLED OFF TO DATE (01-04): 16,000 EA
THIS CALL-OFF QTY.: ________ EA
REMAINING AFTER...: ________ EA
REQ. DELIVERY.....: 2024-07-12 TO HARBOURSIDE DC2, DOOR 14
=============================================================================================
NOTE: ANY BLANKET QUANTITY NOT RELEASED BY THIS CALL-OFF REMAINS ON HOLD UNTIL CALL-OFF 06,
      WHICH WILL BE SIGNED BY D. MACNEIL (MATERIALS MANAGER).
PACKING: 25 EA/BUNDLE, 40 BUNDLES/SKID, 48X40 SKID, LABEL WITH BLANKET PO + CALL-OFF NO.
AUTHORIZED BY: D. MACNEIL, MATERIALS MANAGER
""")])


# p14: US 3PL buyer: "go ahead with production" with no quantity (multipart text + html).
_p14_text = """Hi Alejandro,

Thanks for the call this morning and for the updated lead times.

All good on our side - go ahead with production of the BL-RSC-161210 shipper boxes.

Ship to the Columbus DC as usual, dock 4; please book the appointment through our carrier portal
at least 24 hours ahead. Same pallet pattern as the May delivery.

Regards,
Jordan

Jordan Ellis | Packaging Buyer | Brightline 3PL LLC
4400 Alum Creek Dr, Columbus, OH 43207 | (614) 555-0148
"""
_p14_html = html_page("BL-RSC-161210", """
<p>Hi Alejandro,</p>
<p>Thanks for the call this morning and for the updated lead times.</p>
<p>All good on our side &ndash; <b>go ahead with production</b> of the BL-RSC-161210 shipper boxes.</p>
<p>Ship to the Columbus DC as usual, dock 4; please book the appointment through our carrier portal at least
24 hours ahead. Same pallet pattern as the May delivery.</p>
<p>Regards,<br>Jordan</p>
<p style="color:#555">Jordan Ellis | Packaging Buyer | Brightline 3PL LLC<br>4400 Alum Creek Dr, Columbus, OH 43207 | (614) 555-0148</p>
""")
case("p14_brightline_goahead", ["RG002", "RG010"],
     "'Go ahead with production' names neither a quantity nor sample scope; the authorization states "
     "no quantity at all",
     [("BL-RSC-161210.eml", eml(
         "Jordan Ellis <jellis@brightline3pl.com>", "Alejandro Ruiz <aruiz@empaquesbajio.com.mx>",
         "BL-RSC-161210 shipper boxes", dt(2024, 6, 19, 13, 25, -4), _p14_text, html=_p14_html))])


# ------------------------------------------------------------------ batch 3
# c17: WeChat, US apparel brand and Chinese converter; buyer restates the full scope.
case("c17_wechat_juniperrow", [],
     "Chat: buyer restates 15 printed samples, 9,000 not released until sign-off + written release "
     "from Nate Alvarez; supplier confirms sample-only paper",
     [("WeChat_Wendy_Jiahe_JuniperRow.txt", """WeChat chat history with "Wendy Zhang (Jiahe Packaging)"
Exported 2024-06-21 08:30
----------------------------------------------------------
2024-06-17 10:05 Wendy Zhang (Jiahe Packaging): Nate, white sample ready, photo here
2024-06-17 10:05 Wendy Zhang (Jiahe Packaging): [Image]
2024-06-17 10:06 Wendy Zhang (Jiahe Packaging): 白样 white sample fit is good, printed sample next week
2024-06-17 19:44 Nate Alvarez: Looks good, the folded tee fits with 1cm to spare. Thanks Wendy
2024-06-17 19:47 Nate Alvarez: Reminder so we're on the same page: PO JR-3390 covers 5 printed samples per SKU, 15 total (Tee, Hoodie, Cap)
2024-06-17 19:48 Nate Alvarez: The 9,000 run is not released. It stays on hold until I've signed off the printed samples and sent you the production release in writing. - Nate Alvarez, Juniper Row
2024-06-18 09:12 Wendy Zhang (Jiahe Packaging): Understood. We only buy paper for the 15 samples, 9000 not start
2024-06-18 09:13 Wendy Zhang (Jiahe Packaging): Printed sample send 25 June by FedEx
2024-06-18 09:20 Nate Alvarez: 👍
""")])


# c18: Canadian outdoor brand: interim sample disposition with quantity and date limits.
_c18_text = """Hello Duc,

We have reviewed the pre-production samples of the boot mailer (PO NHO-2024-118).

Interim sign-off: the samples are accepted with one deviation. The kraft shade is lighter than the
signed proof (within our tolerance for a first lot, outside it for the rest). This interim
disposition releases 500 boxes only, to ship by June 30. The remaining 3,500 boxes stay on hold until
a corrected sample has been signed off and I send you a written production release for them.

Material authority: board for the 500 released boxes only.

Please confirm by return that you have recorded the 500 limit and the June 30 date.

Merci,
Claire Fournier
Director, Supply Chain
Northern Harbour Outfitters Ltd. | 1655 Barrington St, Halifax, NS B3J 2A2 | +1 902 555 0117
"""
case("c18_northernharbour_interim", [],
     "Interim sample sign-off releases 500 with a date limit; 3,500 on hold until corrected sample "
     "sign-off + written release from Claire Fournier; material for 500 only",
     [("NHO-2024-118_interim.eml", eml(
         "Claire Fournier <cfournier@northernharbour.ca>", "Tran Van Duc <duc.tv@minhphatpack.vn>",
         "NHO-2024-118 boot mailer - interim sample disposition", dt(2024, 6, 6, 10, 40, -3), _c18_text))])


# c19: Australian 3PL full-quantity restock, multipart text+html, "go ahead with all 12,000".
_c19_text = """Hi Jack,

Restock order PO OPC-6655 attached in the portal: 12,000 courier satchels, size B (310 x 405 mm),
same artwork and spec as PO OPC-6610. This is a straight repeat of the full quantity, no samples
this time and nothing held back, so please go ahead with all 12,000 pcs.

Overs/unders +/- 3% is fine. Cartons of 500, 24 cartons, palletised on AU pallets (1165 x 1165).
ETA Brisbane needed by 26 July.

Cheers,
Brodie

Brodie Clarke | Procurement Lead | Outback Parcel Co. Pty Ltd | +61 7 5549 2210
"""
_c19_html = html_page("Restock OPC-6655", """
<p>Hi Jack,</p>
<p>Restock order PO <b>OPC-6655</b> attached in the portal: <b>12,000</b> courier satchels, size B (310 x 405 mm),
same artwork and spec as PO OPC-6610. This is a straight repeat of the full quantity, no samples this time and
nothing held back, so please go ahead with all 12,000 pcs.</p>
<table><tr><th>Item</th><th>Qty</th><th>Packing</th><th>ETA Brisbane</th></tr>
<tr><td>Courier satchel B 310 x 405 mm</td><td>12,000</td><td>500/carton, 24 cartons</td><td>26 July</td></tr></table>
<p>Overs/unders +/- 3% is fine.</p>
<p>Cheers,<br>Brodie</p>
""")
case("c19_outback_restock", [],
     "Full-quantity repeat order: 'go ahead with all 12,000' is scoped by quantity; no balance",
     [("Restock_OPC-6655.eml", eml(
         "Brodie Clarke <brodie.clarke@outbackparcel.com.au>", "Jack Lin <jack.lin@yongli-polybag.com>",
         "Restock PO OPC-6655 - satchels size B", dt(2024, 6, 11, 9, 5, 10), _c19_text, html=_c19_html))])


# c20: Scottish gin brand forwards an old quote (message/rfc822) and declares its 20,000 informational.
_c20_old = mail("Sales <sales@clydeboxworks.co.uk>", "Callum Reid <callum@thistleandthorn.co.uk>",
                "Quote CBW-2023-1174 gin gift box", dt(2023, 9, 12, 14, 30, 1),
                """Dear Callum,

Further to your enquiry, our quote CBW-2023-1174 for the rigid gin gift box (70cl):

  Sample run 15 pcs ............... GBP 24.00 each
  Production 20,000 pcs ........... GBP 1.92 each
  Tooling (magnet inserts jig) .... GBP 350.00

Lead time 6 weeks from order. Quote valid 60 days.

Kind regards
Clyde Boxworks Sales Team
""", msgid="<cbw-2023-1174@clydeboxworks.co.uk>")
_c20_text = """Hi Duc,

Forwarding last year's quote from our previous box maker for reference only, so you can see the
spec we had. The 20,000 in it is informational and not released.

Our current PO TT-PO-0088 with you is for fifteen (15) printed samples of the gin gift box only.
The production quantity stays on hold until we have signed off the samples and I send you a written
production release.

Thanks,
Callum

Callum Reid
Operations Manager, Thistle & Thorn Distillery Ltd
Unit 2, Barrowland Works, Glasgow G40 1DA | +44 141 496 0553
"""
case("c20_thistlethorn_fwd_oldquote", [],
     "Forwarded old quote (rfc822) with 20,000 declared informational and not released; 15 samples, "
     "hold until sign-off + written release by Callum Reid (sender)",
     [("FW_old_quote_TT-PO-0088.eml", eml(
         "Callum Reid <callum@thistleandthorn.co.uk>", "Tran Van Duc <duc.tv@minhphatpack.vn>",
         "FW: Quote CBW-2023-1174 gin gift box (for reference)", dt(2024, 5, 27, 11, 12, 1), _c20_text,
         attachments=[("rfc822", _c20_old)]))])


# p15: Berlin roaster thread; buyer's own full scope quoted below; reply "proof v3 is fine, go ahead".
_p15_orig = """From: Jonas Albrecht <j.albrecht@kiezroester.de>
Sent: Monday, 10 June 2024 09:12
To: Piotr Nowak <p.nowak@polpak-druk.pl>
Subject: PO KR-2024-131 mailer boxes + tissue paper

Hello Piotr,

PO KR-2024-131 covers 10 printed samples of the mailer box and 10 sheets of the printed tissue
paper. The production quantities (5.000 mailer boxes, 10.000 tissue sheets) are not released and
stay on hold until we have signed off the samples and I, Jonas Albrecht, send a written production
release.

Best regards
Jonas"""
_p15_piotr = f"""From: Piotr Nowak <p.nowak@polpak-druk.pl>
Sent: Thursday, 20 June 2024 15:40
To: Jonas Albrecht <j.albrecht@kiezroester.de>
Subject: RE: PO KR-2024-131 mailer boxes + tissue paper

Hello Jonas,

printed samples of the mailer box are shipped today via UPS, tracking 1Z 4F7 816 04 1182 9930.
Attached digital proof v3 for the tissue paper with the corrected logo size (now 38 mm).
Can we go on?

Best regards
Piotr Nowak
Key Account Manager, PolPak Druk Sp. z o.o., Poznan

{quote(_p15_orig)}"""
_p15_text = f"""Hi Piotr,

proof v3 is fine, go ahead.

Thanks!
Jonas

{quote(_p15_piotr)}
"""
case("p15_kiezroester_proof_thread", ["RG002"],
     "Buyer's 'go ahead' answers 'can we go on?' without saying samples or a quantity; the quoted "
     "original scope (10+10 samples, hold, sign-off, Jonas) is otherwise complete",
     [("RE_RE_PO_KR-2024-131.eml", eml(
         "Jonas Albrecht <j.albrecht@kiezroester.de>", "Piotr Nowak <p.nowak@polpak-druk.pl>",
         "RE: RE: PO KR-2024-131 mailer boxes + tissue paper", dt(2024, 6, 21, 8, 3, 2), _p15_text,
         in_reply_to="<20240620154002.pp3318@polpak-druk.pl>"))])


# p16: WeChat, Canadian roaster: earlier full scope, then a bare "Approved" on sample photos.
case("p16_wechat_mapleandrye", ["RG002"],
     "Buyer answers 'please confirm so we can arrange next step' with a bare 'Approved'; earlier "
     "scope (8 samples, 6,000 on hold, sign-off + written release by Sophie) is complete",
     [("WeChat_Amy_Chen_MapleRye.txt", """WeChat chat history export - Amy Chen (Xiamen Bluepeak Packaging) / Sophie Tremblay
============================================================================
2024-05-21 08:44 Sophie Tremblay: Hi Amy, PO MR-2024-061 is in your inbox
2024-05-21 08:46 Sophie Tremblay: It covers 8 printed samples of the gift box with the tin insert. The 6,000 production boxes are not released, they stay on hold until I sign off the samples and send you a written production release. - Sophie Tremblay, Maple & Rye
2024-05-21 09:30 Amy Chen: Received, thank you Sophie! Sample need 10 days
2024-05-31 16:02 Amy Chen: Printed samples done, photos below. Please confirm so we can arrange next step
2024-05-31 16:02 Amy Chen: [Image]
2024-05-31 16:02 Amy Chen: [Image]
2024-05-31 16:03 Amy Chen: [Image]
2024-05-31 22:15 Sophie Tremblay: Approved ✅
2024-06-01 08:20 Amy Chen: Thank you 🙏
""")])


# p17: US pet brand email with a "green light" and a complete PO PDF attached (multipart + pdf).
_p17_text = """Hi Sofia,

Great call today, thanks to you and Ricardo for walking us through the plant.

You have the green light from us! 🎉

PO attached for your files. Talk next week.

Sarah

Sarah Klein | Director of Operations | Cobalt Pet Goods | (512) 555-0186
"""
_p17_html = html_page("CPG-2350", """
<p>Hi Sofia,</p>
<p>Great call today, thanks to you and Ricardo for walking us through the plant.</p>
<p><b>You have the green light from us!</b> &#127881;</p>
<p>PO attached for your files. Talk next week.</p>
<p>Sarah</p>
<p style="color:#666">Sarah Klein | Director of Operations | Cobalt Pet Goods | (512) 555-0186</p>
""")
case("p17_cobalt_greenlight", ["RG002"],
     "'You have the green light' with no scope or quantity; the attached PO (10 samples, 8,000 on hold, "
     "sign-off + written release by Sarah Klein) is otherwise complete",
     [("CPG-2350_cajas.eml", eml(
         "Sarah Klein <sarah.klein@cobaltpetgoods.com>", "Sofia Garza <sofia.garza@cajasmonterrey.mx>",
         "CPG-2350 - great meeting today", dt(2024, 6, 5, 17, 48, -5), _p17_text, html=_p17_html,
         attachments=[("CPG-2350.pdf", pdf([
             ("h1", "PURCHASE ORDER CPG-2350"),
             ("p", "Cobalt Pet Goods LLC, 2100 E Cesar Chavez St, Austin, TX 78702, USA"),
             ("p", "Vendor: Cajas Monterrey S.A. de C.V., Monterrey, N.L., Mexico    Date: June 5, 2024"),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
                 ["1", "CPG-TB-02", "Treat box mailer 9 x 6 x 3 in, white E-flute, 4C print, "
                  "pre-production sample", "10", "6.25", "62.50"],
             ]),
             ("p", "Scope: this PO releases ten (10) pre-production samples only. The 8,000-piece "
                   "production quantity is not released and stays on hold until Cobalt has signed off the "
                   "samples and Sarah Klein, Director of Operations, issues a written production release. "
                   "Material: sample-only."),
             ("p", "Ship samples UPS Express to Austin by June 21, 2024."),
         ], pagesize=LETTER, title="CPG-2350", author="Cobalt Pet Goods"), PDF_MT)]))])


# p18: Glasgow gin brand thread: buyer "Samples approved - go ahead"; supplier starts the 5,000.
_p18_orig = """From: Callum Reid <callum@thistleandthorn.co.uk>
Date: 2 May 2024 at 10:20
Subject: PO TT-PO-0071 gift tubes

Hi Wendy,

PO TT-PO-0071 covers 10 printed samples of the gin gift tube. The 5,000 tubes in your quote are not
released and stay on hold until we have signed off the samples and I send you a written production
release.

Callum Reid, Operations Manager, Thistle & Thorn Distillery"""
_p18_mid = f"""From: Callum Reid <callum@thistleandthorn.co.uk>
Date: 20 May 2024 at 16:05
Subject: RE: PO TT-PO-0071 gift tubes

Samples approved - go ahead.

Callum

{quote(_p18_orig)}"""
_p18_text = f"""Dear Callum,

Thank you for your confirmation. With the sample approved we start the 5,000 pcs tubes now,
finish in 12 days, then we book the sea freight to Felixstowe.

Best regards
Wendy Zhang
Sales Manager, Dongguan Jiahe Packaging Co., Ltd.

{quote(_p18_mid)}
"""
case("p18_thistlethorn_tubes_thread", ["RG002", "RG007"],
     "Buyer's 'Samples approved - go ahead' is unscoped; supplier rolls the sample approval straight "
     "into the 5,000 although the original scope required a written release",
     [("RE_PO_TT-PO-0071.eml", eml(
         "Wendy Zhang <wendy@jiahe-pack.com>", "Callum Reid <callum@thistleandthorn.co.uk>",
         "RE: RE: PO TT-PO-0071 gift tubes", dt(2024, 5, 21, 9, 15, 8), _p18_text,
         in_reply_to="<CALLUM-0520-1605@thistleandthorn.co.uk>"))])


# p19: Two files: US snack brand PO (complete scope) + Chinese converter's order confirmation
#      that plans to roll the sample approval into the 10,000.
case("p19_trailhead_po_and_confirmation", ["RG007"],
     "Folder bundle: PO is complete (20 samples, 10,000 on hold, sign-off + written release by Kevin "
     "Marsh) but the supplier confirmation will run the 10,000 directly after sample approval",
     [("TS-5580.pdf", pdf([
         ("h1", "PURCHASE ORDER TS-5580"),
         ("p", "Trailhead Snacks Inc., 905 SE Grand Ave, Portland, OR 97214, USA"),
         ("p", "Vendor: Ningbo Yongli Poly Bags Co., Ltd., Yinzhou District, Ningbo, Zhejiang"),
         ("p", "Date: May 14, 2024    Payment: samples prepaid    Ship via: DHL Express"),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit USD"],
             ["1", "TS-PM-1216", "Recycled poly mailer 12 x 16 in, 2/0 print (forest green + white)",
              "Printed sample", "20", "2.40"],
         ]),
         ("p", "Scope: this PO releases twenty (20) printed samples. The 10,000-piece production quantity "
               "is not released and stays on hold until Trailhead has signed off the samples and Kevin "
               "Marsh, Head of Operations, sends a written production release. Material: sample-only."),
         ("p", "Kevin Marsh, Head of Operations, kevin@trailheadsnacks.com, (503) 555-0163"),
     ], pagesize=LETTER, title="TS-5580", author="Trailhead Snacks")),
      ("Yongli_order_confirmation_TS-5580.docx", docx_bytes([
          ("h1", "ORDER CONFIRMATION"),
          ("p", "Ningbo Yongli Poly Bags Co., Ltd.    No.: YL-OC-240516-02    Date: 2024-05-16"),
          ("p", "Customer: Trailhead Snacks Inc.    Customer PO: TS-5580"),
          ("table", [
              ["Item", "Description", "Qty", "Unit price", "Delivery"],
              ["1", "Recycled poly mailer 12x16 inch, 2 color print, sample", "20 pcs", "USD 2.40",
               "DHL, 2024-05-27"],
          ]),
          ("p", "We confirm PO TS-5580 for 20 pcs samples, thank you."),
          ("p", "Remark: after sample is approved by your side, we will arrange mass production of 10,000 "
                "pcs directly to catch the ocean vessel on 28 June, no need to wait new order."),
          ("p", "Jack Lin, Sales Dept., Ningbo Yongli Poly Bags Co., Ltd., +86 574 8829 3306"),
      ], author="Ningbo Yongli"))])


# p20: Montreal brand forwards her own PO scope (rfc822) and waives it on top: roll straight into 10,000.
_p20_orig = mail("Elise Tremblay <elise@borealtricots.ca>", "Sofia Garza <sofia.garza@cajasmonterrey.mx>",
                 "BT-PO-3341 - scope", dt(2024, 5, 23, 9, 10, -4),
                 """Hola Sofia,

Scope for BT-PO-3341: twenty (20) pre-production samples, 10 per size. The 10,000 production boxes
are not released. They stay on hold until we have signed off the samples and I send you a written
production release.

Merci,
Elise Tremblay
Directrice des operations, Boreal Tricots inc.
""", msgid="<bt-3341-scope@borealtricots.ca>")
_p20_text = """Sofia,

Quick change of plan: our launch moved up two weeks (Salon Montreal on August 22).

To save time, once the samples look right to our team, just roll straight into the 10,000. Don't
wait for paperwork from me, we'll tidy that up afterwards.

My original scope email is below for reference.

Elise

Elise Tremblay | Directrice des operations | Boreal Tricots inc. | +1 514 555 0148
"""
case("p20_boreal_fwd_waiver", ["RG007"],
     "Buyer tells the supplier to roll from sample review straight into the 10,000 without the written "
     "release her own forwarded scope requires; no signer, no recorded auto-conversion",
     [("FW_BT-PO-3341.eml", eml(
         "Elise Tremblay <elise@borealtricots.ca>", "Sofia Garza <sofia.garza@cajasmonterrey.mx>",
         "FW: BT-PO-3341 - scope (change of plan)", dt(2024, 6, 18, 18, 2, -4), _p20_text,
         attachments=[("rfc822", _p20_orig)]))])


# p21: Polish supplier: production starts automatically after sample acceptance; film already ordered.
_p21_orig = """From: Tom Reyes <tom@kestrelandfinch.co.uk>
Sent: 03 June 2024 11:30
To: Piotr Nowak <p.nowak@polpak-druk.pl>
Subject: PO KF-2024-066

Hi Piotr,

PO KF-2024-066 is for 24 printed samples of the poly mailer (8 each of Slate, Sand and Moss). The
8,000 production mailers are not released. They stay on hold until we've signed off the samples and
I send you a written production release.

Thanks,
Tom Reyes
Operations Manager, Kestrel & Finch Ltd, Manchester"""
_p21_text = f"""Dear Tom,

thank you for PO KF-2024-066 for the 24 printed samples.

To keep your September date we have planned it like this: after your acceptance of the printed
samples, production of the 8.000 mailers starts automatically in week 31. The LDPE film for the full
8.000 pcs is already ordered from our supplier (delivery week 28), so there will be no delay.

Samples: printing week 24, courier to Manchester week 25.

Best regards
Piotr Nowak
Key Account Manager
PolPak Druk Sp. z o.o., ul. Obornicka 233, 60-650 Poznan, Poland
tel. +48 61 842 77 10

{quote(_p21_orig)}
"""
case("p21_polpak_auto_start_film", ["RG006", "RG007"],
     "Supplier plans the 8.000 to start automatically after sample acceptance and has ordered film for "
     "the full 8.000 while only 24 samples are released and no material authority exists",
     [("RE_PO_KF-2024-066.eml", eml(
         "Piotr Nowak <p.nowak@polpak-druk.pl>", "Tom Reyes <tom@kestrelandfinch.co.uk>",
         "RE: PO KF-2024-066", dt(2024, 6, 4, 14, 22, 2), _p21_text,
         in_reply_to="<KF-066-0603@kestrelandfinch.co.uk>"))])


# p22: US swimwear brand PO: scope note demands a written release, but clause 7 of the PO's own
#      terms starts production on sample approval.
case("p22_saltwater_po_terms", ["RG007"],
     "PO scope puts 4,000 on hold until written release by Dana Whitfield, but clause 7 of the same "
     "PO starts production on sample approval without further notice",
     [("SSC-1204.pdf", pdf([
         ("h1", "PURCHASE ORDER SSC-1204"),
         ("p", "Saltwater Supply Co., 3045 Rosecrans St, Suite 210, San Diego, CA 92110, USA"),
         ("p", "Vendor: Saigon Green Pack JSC, Ho Chi Minh City, Vietnam. Attn: Nguyen Thi Lan"),
         ("p", "PO date: May 29, 2024    Currency: USD    Quote: SGP-Q-2405-33"),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit", "Amount"],
             ["1", "SSC-ZP-01", "Frosted zip pouch 250 x 300 mm, 1/0 white print, swimwear", "Printed sample",
              "10", "3.90", "39.00"],
         ]),
         ("h", "Scope"),
         ("p", "This PO releases ten (10) printed samples. The production quantity of 4,000 pouches is on "
               "hold and is not released until Saltwater has signed off the samples and Dana Whitfield, "
               "Ops Lead, sends a written production release."),
         ("h", "Terms of purchase (extract)"),
         ("p", "5. Delivery. Time is of the essence. Partial shipments only with written consent."),
         ("p", "6. Quality. Goods must match the signed digital proof and the agreed specification."),
         ("p", "7. Samples. Upon sample approval, Supplier shall start production of the 4,000 pieces "
               "without further notice so that the delivery date is met."),
         ("p", "8. Invoicing. Invoices must quote the PO number and line."),
         ("p", "Dana Whitfield, Ops Lead, dana@saltwatersupply.co"),
     ], pagesize=LETTER, title="SSC-1204", author="Saltwater Supply Co."))])


# p23: German brand mixes "Freigabe/release" for sample, PO and series, then waives its written release.
_p23_text = """Dear Marta,

short update from our side:

- Freigabe (release) for the white samples is given: the three jars fit well in the insert.
- The PO release by our Controlling for the 10 printed samples is done, PO GB-4471.
- Release of the 5.000 series boxes: as written in the PO, the series stays on hold until the printed
  samples are signed off and I send you the production release in writing.

But to save time: once our QA has approved the printed samples, you can start the 5.000 directly -
the written release can follow later.

Viele Gruesse / Best regards
Lena Vogt
Packaging Development
Gruenblatt Naturkosmetik GmbH | Grosse Elbstrasse 145, 22767 Hamburg | +49 40 3861 4420
"""
case("p23_gruenblatt_freigabe", ["RG007", "RG009"],
     "'Release/Freigabe' used for white-sample approval, the PO's controlling approval and production; "
     "buyer then lets QA approval of samples start the 5.000 before her own written release",
     [("GB-4471_update.eml", eml(
         "Lena Vogt <lena.vogt@gruenblatt-kosmetik.de>", "Marta Kowalczyk <m.kowalczyk@kartonex.pl>",
         "GB-4471 - Freigabe / release update", dt(2024, 6, 13, 16, 30, 2), _p23_text))])


# p24: Chinese supplier's order-tracking portal: "auto-start on sample approval" for the 6,000.
case("p24_hongxin_tracking_portal", ["RG007"],
     "Supplier portal workflow starts mass production of 6,000 automatically on sample approval, "
     "contradicting the copied buyer scope (30 samples, written release by Priya Shah)",
     [("Hongxin_order_tracking_HOC-PO-0455.html", html_page("Hongxin Order Tracking - HOC-PO-0455", """
<h2>Shenzhen Hongxin Printing &middot; Order Tracking</h2>
<p>Customer: <b>Hollow Oak Candle Co. Ltd</b> &nbsp;|&nbsp; Customer PO: HOC-PO-0455 &nbsp;|&nbsp; Our order: HX-SO-24-0912</p>
<table>
<tr><th>Step</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Artwork confirmed (candle tin gift box, 2 designs)</td><td>&ndash;</td><td>Done 14/06</td></tr>
<tr><td>2</td><td>Printed samples shipped (DHL 73 4410 2287)</td><td>30 pcs</td><td>Done 21/06</td></tr>
<tr><td>3</td><td>Sample approval (customer)</td><td>&ndash;</td><td>Pending</td></tr>
<tr><td>4</td><td>Mass production &mdash; auto-start on sample approval</td><td>6,000 pcs</td><td>Scheduled</td></tr>
<tr><td>5</td><td>Packing &amp; sea freight to Felixstowe</td><td>6,000 pcs</td><td>Scheduled</td></tr>
</table>
<div class="note"><b>Customer remark (from PO):</b> PO HOC-PO-0455 releases 30 printed samples only. The
6,000 production boxes are not released and stay on hold until Hollow Oak has signed off the samples and
Priya Shah sends a written production release.</div>
<p>Questions: Vivian Huang, vivian@hongxinprint.com, +86 755 2963 1180</p>
"""))])


# p25: Vietnamese supplier weekly status: film for the full run bought while only samples are released.
_p25_orig = """On 27/05/2024 Tom Reyes <tom@kestrelandfinch.co.uk> wrote:
Hi Lan, PO KF-2024-071 covers 18 printed samples of the new garment bag (6 per colour). The 4,500
production bags are not released, they stay on hold until I have signed off the samples and sent you
a written production release. Thanks, Tom Reyes, Operations Manager, Kestrel & Finch Ltd"""
_p25_text = f"""Dear Tom,

Weekly status PO KF-2024-071:

1. Printed samples 18 pcs (6 per colour) finish, QC pass, ship DHL on Tuesday 11/06.
2. To keep your launch date we already purchased the co-ex film for full 4,500 pcs and the printing
   cylinders are made. Film is in our warehouse since Monday.
3. Carton marks: please send your label format before 20/06.

Thank you and best regards,
Nguyen Thi Lan (Ms.)
Account Manager - Saigon Green Pack JSC
Lot C4, Tan Tao Industrial Park, Binh Tan District, HCMC | +84 28 3754 0912

{quote(_p25_orig)}
"""
case("p25_sgp_weekly_status", ["RG006"],
     "Supplier bought film for the full 4,500 while only 18 samples are released and no material "
     "authority was given; quoted buyer scope is otherwise complete",
     [("Weekly_status_KF-2024-071.eml", eml(
         "Nguyen Thi Lan <lan.nguyen@saigongreenpack.vn>", "Tom Reyes <tom@kestrelandfinch.co.uk>",
         "Weekly status PO KF-2024-071", dt(2024, 6, 7, 17, 5, 7), _p25_text,
         in_reply_to="<KF-071-0527@kestrelandfinch.co.uk>"))])


# ------------------------------------------------------------------ batch 4
# c21: Mexican converter asks whether it has a green light. A question, not an approval.
_c21_text = """Hi Jordan,

Quick question before the weekend. Do we have green light for the 2,500 boxes, or only the
15 samples in PO BL-4471? Our corrugator has a window on Monday 17th and we would like to plan it
correctly.

If it is only the samples, no problem, we keep the window for another customer. Please confirm in
writing.

Saludos,
Alejandro Ruiz
Gerente de Ventas / Sales Manager
Empaques del Bajio S.A. de C.V. | Blvd. Aeropuerto 2210, Leon, Gto. | +52 477 710 4488
"""
case("c21_bajio_question", [],
     "Supplier asks whether the 2,500 has a green light; a question is not an approval and a supplier "
     "question authorizes nothing",
     [("BL-4471.eml", eml(
         "Alejandro Ruiz <aruiz@empaquesbajio.com.mx>", "Jordan Ellis <jellis@brightline3pl.com>",
         "BL-4471 - samples only or also the 2,500?", dt(2024, 6, 14, 12, 40, -6), _c21_text))])


# c22: US pet brand release notice as an HTML page, partial release with staged material.
case("c22_cobalt_release_notice", [],
     "Release notice: 4,000 of 10,000 released; 6,000 on hold until next written release by Sarah Klein "
     "after the Sept 1 sell-through review; material for the 4,000 only",
     [("PR-0031.html", html_page("Production release PR-0031", """
<h2>Cobalt Pet Goods &mdash; Production Release PR-0031</h2>
<table>
<tr><th>Order</th><td>PO CPG-2291, treat box mailer CPG-TB-01 Rev C</td></tr>
<tr><th>Supplier</th><td>Shenzhen Hongxin Printing Co., Ltd.</td></tr>
<tr><th>Date</th><td>June 24, 2024</td></tr>
</table>
<h3>Quantities</h3>
<table>
<tr><th>Quoted production quantity</th><th>Released before</th><th>Released by PR-0031</th><th>On hold (not released)</th></tr>
<tr><td>10,000</td><td>0</td><td>4,000</td><td>6,000</td></tr>
</table>
<div class="note">
<p><b>Released now:</b> 4,000 boxes, to ship by August 9.</p>
<p><b>Not released:</b> the remaining 6,000 stay on hold. They can only be released by a further written
release signed by Sarah Klein, Director of Operations, after our sell-through review on September 1.</p>
<p><b>Material authority:</b> board and ink for the 4,000 released boxes only.</p>
<p>The printed samples were signed off on June 17 (sample sign-off SO-118). That sign-off did not release
any quantity by itself.</p>
</div>
<p>Signed: Sarah Klein, Director of Operations &middot; sarah.klein@cobaltpetgoods.com</p>
"""))])


# c23: Canadian kids brand DOCX sample PO with an explicit staged material authority.
case("c23_pebbleandpine_staged_po", [],
     "20 samples released; explicit staged material authority for 2,000 units (no converting); 8,000 "
     "balance on hold until sign-off + written release from Hannah Cole",
     [("PP-PO-2310.docx", docx_bytes([
         ("h1", "Purchase Order PP-PO-2310"),
         ("p", "Pebble & Pine Kids Ltd., 1120 Hamilton Street, Suite 210, Vancouver, BC V6B 2S2, Canada"),
         ("p", "Vendor: Xiamen Bluepeak Packaging Co., Ltd., Huli District, Xiamen, Fujian. Attn: Amy Chen"),
         ("p", "Date: June 3, 2024    Currency: USD    Quote: BP-QT-240522-07"),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit", "Amount"],
             ["1", "PP-RB-GIFT", "Rigid gift box with magnetic lid, 260 x 200 x 90 mm, printed wrap 4C",
              "Pre-production sample", "20", "9.80", "196.00"],
         ]),
         ("h", "Scope"),
         ("p", "Released now: twenty (20) pre-production samples."),
         ("p", "Balance: the 8,000 production boxes in the quote are not released. They stay on hold until "
               "we have signed off the samples and Hannah Cole, Head of Product, sends a written production "
               "release."),
         ("p", "Material authority (staged): you may buy grey board and printed wrap paper for up to 2,000 "
               "boxes at Pebble & Pine's liability, so the first lot can start quickly after a release. Do "
               "not convert, wrap or assemble any of it before a written production release."),
         ("p", "Samples by FedEx to Vancouver. Please include the magnet pull-force test report."),
         ("p", "Buyer: Ethan Park, Purchasing Coordinator, ethan@pebbleandpine.ca"),
     ], author="Pebble & Pine Kids"))])


# c24: US swimwear brand email with PDF PO + DOCX tape spec attached; complete scope.
_c24_text = """Hi Anil,

Please find attached:
  - PO SSC-1230 for ten (10) sample rolls of the printed kraft tape, and
  - our tape spec sheet (logo repeat, core size, adhesive).

To be clear on scope: only the 10 sample rolls are released. The 1,500-roll production quantity is
not released and stays on hold until we have signed off the sample rolls and I send you a written
production release. Please buy paper and adhesive for the sample rolls only.

Thanks!
Dana

Dana Whitfield | Ops Lead | Saltwater Supply Co.
3045 Rosecrans St, Suite 210, San Diego, CA 92110 | (619) 555-0131
"""
case("c24_saltwater_tape_po", [],
     "Email + PO PDF + spec DOCX: 10 sample rolls, 1,500 rolls on hold until sign-off + written release "
     "from Dana Whitfield; material for samples only",
     [("SSC-1230_tape_samples.eml", eml(
         "Dana Whitfield <dana@saltwatersupply.co>", "Anil Deshmukh <anil.d@vasantflexipack.in>",
         "PO SSC-1230 - printed kraft tape sample rolls", dt(2024, 6, 12, 15, 20, -7), _c24_text,
         attachments=[
             ("SSC-1230.pdf", pdf([
                 ("h1", "PURCHASE ORDER SSC-1230"),
                 ("p", "Saltwater Supply Co., San Diego, CA    Vendor: Vasant Flexipack Pvt. Ltd., Pune"),
                 ("p", "Date: June 12, 2024    Ship via: FedEx IP"),
                 ("table", [
                     ["Line", "Item", "Description", "Scope", "Qty", "Unit USD"],
                     ["1", "SSC-TAPE-48", "Water-activated kraft tape 48 mm x 137 m, 1/0 print navy",
                      "Sample rolls", "10", "6.80"],
                 ]),
                 ("p", "Scope: 10 sample rolls released. The 1,500-roll production quantity is not released; "
                       "on hold until sample sign-off and a written production release from Dana Whitfield, "
                       "Ops Lead."),
             ], pagesize=LETTER, title="SSC-1230", author="Saltwater Supply Co."), PDF_MT),
             ("SSC_tape_spec_v2.docx", docx_bytes([
                 ("h1", "Printed kraft tape - specification v2"),
                 ("table", [
                     ["Parameter", "Value"],
                     ["Width x length", "48 mm x 137 m"],
                     ["Core", "3 in (76 mm) ID"],
                     ["Paper", "70 gsm kraft, reinforced with fibreglass yarn"],
                     ["Adhesive", "water-activated starch"],
                     ["Print", "1/0 navy Pantone 2767 C, logo repeat 250 mm"],
                 ]),
                 ("p", "Sample rolls: please mark the roll end with date and batch."),
             ], author="Saltwater Supply Co."), DOCX_MT),
         ]))])


# c25: UK 3PL ERP call-off against a blanket order; forecast columns labelled not an order.
case("c25_northbound_erp_calloff", [],
     "Call-off releases 3,000; 15,000 remaining not released until next call-off by Gareth Lewis; "
     "forecast columns labelled not an order; material for this call-off only",
     [("BO-2210_CO03.txt", """NORTHBOUND FULFILMENT LTD          CALL-OFF AGAINST BLANKET ORDER           RUN 24/06/2024 07:55
-----------------------------------------------------------------------------------------------
BLANKET ORDER : BO-2210              SUPPLIER : 20418 KARTONEX SP. Z O.O.
ITEM          : MB-305-220-80        MAILER BOX 305X220X80 E-FLUTE WHITE, 2 COL (CLIENT: HALDEN)
CALL-OFF NO   : 03                   CALL-OFF DATE : 24/06/2024
-----------------------------------------------------------------------------------------------
BLANKET QTY            24,000
CALLED OFF 01-02        6,000   (DELIVERED)
THIS CALL-OFF 03        3,000   ** RELEASED FOR PRODUCTION **   DELIVER BY 19/07/2024
REMAINING              15,000   NOT RELEASED - NEXT CALL-OFF SIGNED BY G. LEWIS, CATEGORY MANAGER
-----------------------------------------------------------------------------------------------
MATERIAL AUTHORITY : BOARD FOR THIS CALL-OFF (3,000) ONLY
-----------------------------------------------------------------------------------------------
FCST (NOT AN ORDER - PLANNING ONLY)     AUG      SEP      OCT      NOV
                                       3,000    3,000    4,500    4,500
-----------------------------------------------------------------------------------------------
AUTHORISED BY : GARETH LEWIS, CATEGORY MANAGER   GARETH.LEWIS@NORTHBOUNDFULFIL.CO.UK
""")])


# p26: UK buyer scopes the samples correctly, then invites the supplier to buy paper for the whole run.
_p26_text = """Dear Rajesh,

PO LL-PO-0240 is for 25 printed samples of the candle shipper carton (3-ply, 1-colour).

The 6,000 production cartons are not released. They stay on hold until we have signed off the
samples and I send you a written production release.

That said, feel free to get the kraft paper in for the whole run now, so you're not waiting on paper
when the release comes through. Prices seem to be moving up.

Best wishes,
Olivia

Olivia Bennett | Buying Manager | Lumen & Loom Ltd | +44 151 496 0880
"""
case("p26_lumenloom_paper_whole_run", ["RG006"],
     "Sample scope is complete, but the buyer invites paper purchase for the whole 6,000 run with no "
     "explicit material authority (no quantity limit, no liability)",
     [("LL-PO-0240.eml", eml(
         "Olivia Bennett <olivia@lumenandloom.co.uk>", "Rajesh Patel <rajesh@shreejicorrugators.in>",
         "PO LL-PO-0240 - shipper carton samples", dt(2024, 6, 10, 10, 5, 1), _p26_text))])


# p27: Polish converter holds board for 6.000 boxes while the staged authority covered 1.500 more.
_p27_calloff = """From: Klaus Brandt <k.brandt@lagerwerk-fulfilment.de>
Sent: Monday, 1 July 2024 08:30
To: Piotr Nowak <p.nowak@polpak-druk.pl>
Subject: Abruf Nr. 3 / call-off no. 3 - RV-2024-03

Dear Mr. Nowak,

call-off no. 3 under framework RV-2024-03:
- Released now: 1.500 boxes LW-VK-40, delivery by 19.07.2024.
- Framework 7.500; call-offs 1-2: 3.000; this call-off: 1.500; remaining 3.000 not released.
- Material authority (staged): board for up to 1.500 further boxes beyond this call-off, at our
  liability.
- Each further quantity needs a call-off signed by me.

Klaus Brandt, Leitung Einkauf, Lagerwerk Fulfilment GmbH"""
_p27_text = f"""Dear Mr. Brandt,

status call-off no. 3: the 1.500 boxes LW-VK-40 are produced and will be delivered on Tuesday
16.07. Delivery note and pallet list follow tomorrow.

For the coming call-offs we now have corrugated board for 6.000 boxes on stock (bought last week at
the better price from our mill), so the next deliveries can be very quick.

Best regards
Piotr Nowak
Key Account Manager, PolPak Druk Sp. z o.o.

{quote(_p27_calloff)}
"""
case("p27_polpak_board_stock", ["RG006"],
     "Supplier holds board for 6.000 boxes against a staged authority of 1.500 beyond the released "
     "call-off; the quoted call-off itself is complete",
     [("RE_Abruf_Nr3_RV-2024-03.eml", eml(
         "Piotr Nowak <p.nowak@polpak-druk.pl>", "Klaus Brandt <k.brandt@lagerwerk-fulfilment.de>",
         "RE: Abruf Nr. 3 / call-off no. 3 - RV-2024-03", dt(2024, 7, 11, 13, 45, 2), _p27_text,
         in_reply_to="<abruf3-rv202403@lagerwerk-fulfilment.de>"))])


# p28: Two TXT files: US 3PL sample PO (ERP) + the Mexican converter's work order buying board for 10,000.
case("p28_brightline_po_and_workorder", ["RG006"],
     "Folder bundle: PO releases 50 samples with material sample-only; supplier work order shows board "
     "for 10,100 sheets bought and received",
     [("BL-4502_PO.txt", """BRIGHTLINE 3PL LLC                           PURCHASE ORDER                  BL-4502
4400 ALUM CREEK DR, COLUMBUS OH 43207                                     DATE 06/04/2024
VENDOR: EMPAQUES DEL BAJIO S.A. DE C.V.  (V-2207)                         BUYER: J. ELLIS
-------------------------------------------------------------------------------------------
LN ITEM            DESCRIPTION                               QTY  UOM   UNIT USD    EXT USD
01 BL-RSC-20166    RSC 20X16X6 IN 32 ECT KRAFT, 1C LOGO       50  EA       3.00     150.00
                   ** PRE-PRODUCTION SAMPLES **
-------------------------------------------------------------------------------------------
SCOPE: THIS PO RELEASES 50 SAMPLES ONLY. PRODUCTION QTY 10,000 IS NOT RELEASED AND IS ON
       HOLD UNTIL BRIGHTLINE SAMPLE SIGN-OFF AND A WRITTEN PRODUCTION RELEASE FROM JORDAN
       ELLIS, PACKAGING BUYER.
MATERIAL AUTHORITY: SAMPLE-ONLY.
SHIP: UPS GROUND FROM LAREDO TO COLUMBUS DC, DOCK 4.
"""),
      ("OT-24-0611_orden_de_trabajo.txt", """EMPAQUES DEL BAJIO S.A. DE C.V.        ORDEN DE TRABAJO / WORK ORDER      OT-24-0611
PLANTA LEON, GTO.                                                       FECHA 2024-06-11
-------------------------------------------------------------------------------------------
CLIENTE / CUSTOMER ......: BRIGHTLINE 3PL LLC
PO CLIENTE / CUST. PO ...: BL-4502
PRODUCTO / PRODUCT ......: RSC 20X16X6 IN, 32 ECT, KRAFT, 1 TINTA
CANTIDAD LIBERADA .......: 50 MUESTRAS (RELEASED: 50 SAMPLES)
-------------------------------------------------------------------------------------------
REQUISICION DE MATERIAL / MATERIAL REQUISITION
  LAMINA CORRUGADA 32 ECT 1560X1120 MM ...... 10,100 LAMINAS (10,000 + 1% MERMA)
  TINTA FLEXO NEGRA ......................... 40 KG
  ESTATUS / STATUS .......................... COMPRADO Y RECIBIDO / BOUGHT AND RECEIVED 2024-06-10
-------------------------------------------------------------------------------------------
SUAJE / DIE: S-20166 (NUEVO)       MAQUINA: FLEXO 2 COLORES LINEA 3
OBSERVACIONES: MATERIAL COMPLETO PARA CORRIDA; MUESTRAS PRIMERO.
ELABORO: M. HERNANDEZ (PLANEACION)
""")])


# p29: Indian converter cites a 2,500 release (buyer released 2,000) and buys material for 10,000.
_p29_release = """From: Sarah Klein <sarah.klein@cobaltpetgoods.com>
Sent: 17 June 2024 10:02
To: Anil Deshmukh <anil.d@vasantflexipack.in>
Subject: Production release PR-0044 - PO CPG-2371

Anil,

Production release PR-0044 under PO CPG-2371: 2,000 printed poly mailers are released now. The
remaining 8,000 on the PO stay on hold until release PR-0045, which I will sign after our Q3
review. Material: for the 2,000 released only.

Sarah Klein, Director of Operations, Cobalt Pet Goods"""
_p29_text = f"""Dear Ma'am,

Greetings from Vasant Flexipack!

As per your production release of 2,500 nos. for the printed poly mailers, we have procured LDPE
granules and master-batch for 10,000 nos. to get the better rate, kindly note. Production of the
released quantity will start from Monday 24th.

Kindly do the needful and share the carton marking at the earliest.

Thanks & Regards,
Anil Deshmukh
Export Sales | Vasant Flexipack Pvt. Ltd. | Plot 41, MIDC Chakan Phase II, Pune 410501
+91 20 6712 4490

{quote(_p29_release)}
"""
case("p29_vasant_release_2500", ["RG006", "RG011"],
     "Supplier states a release of 2,500 where the quoted release is 2,000, and bought material for "
     "10,000 against material authority for the 2,000 only",
     [("RE_PR-0044_CPG-2371.eml", eml(
         "Anil Deshmukh <anil.d@vasantflexipack.in>", "Sarah Klein <sarah.klein@cobaltpetgoods.com>",
         "RE: Production release PR-0044 - PO CPG-2371", dt(2024, 6, 19, 11, 32, 5, 30), _p29_text,
         in_reply_to="<PR-0044@cobaltpetgoods.com>"))])


# p30: UK 3PL sends a forecast (HTML attachment) and asks the supplier to treat it as a firm order.
_p30_text = """Hi Lan,

Attached is our H2 volume forecast for Halden Outdoor's printed poly mailers (350 x 450 mm).

Please treat these numbers as our firm order for the half-year - 28,000 mailers in total - and plan
your capacity against it. Monthly deliveries as per the table.

Thanks,
Gareth

Gareth Lewis
Category Manager - Packaging | Northbound Fulfilment Ltd
Plot 6, Royal Oak Way South, Daventry NN11 8PQ | 01327 300 922
"""
case("p30_northbound_forecast_firm", ["RG008"],
     "Buyer turns an attached forecast into 'our firm order for the half-year, 28,000'",
     [("H2_forecast_Halden_mailers.eml", eml(
         "Gareth Lewis <gareth.lewis@northboundfulfil.co.uk>", "Nguyen Thi Lan <lan.nguyen@saigongreenpack.vn>",
         "H2 volumes - Halden poly mailers", dt(2024, 6, 26, 9, 40, 1), _p30_text,
         attachments=[("Halden_mailer_forecast_H2.html", html_page("Halden mailer forecast H2 2024", """
<h3>Halden Outdoor &mdash; printed poly mailer 350 x 450 mm &mdash; forecast H2 2024</h3>
<table>
<tr><th>Month</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Dec</th><th>Total</th></tr>
<tr><td>Forecast qty</td><td>3,000</td><td>3,500</td><td>4,000</td><td>5,000</td><td>7,500</td><td>5,000</td><td>28,000</td></tr>
</table>
<p>Source: client S&amp;OP, version 2024-06-21.</p>
"""), "text/html")]))])


# p31: Two files: Canadian 3PL forecast labelled non-binding + the Mexican supplier's "order confirmation".
case("p31_harbourside_forecast_confirmation", ["RG008"],
     "Folder bundle: the buyer's forecast is labelled non-binding, but the supplier confirms it as an "
     "order of 24,000 pcs",
     [("HF_forecast_H1-2025.pdf", pdf([
         ("h1", "Harbourside Fulfilment - Packaging Forecast H1 2025"),
         ("p", "FORECAST - NON-BINDING - NOT AN ORDER"),
         ("p", "To: Cajas Monterrey S.A. de C.V.    Issued: 2024-06-03    Item: HF-MB-14106 mailer box"),
         ("table", [
             ["Month", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Total"],
             ["Forecast qty", "3,000", "3,000", "4,000", "4,000", "5,000", "5,000", "24,000"],
         ]),
         ("p", "This forecast is for capacity planning only. It authorizes no production and no material. "
               "Orders are placed only as call-offs against blanket PO HF-BPO-2025-01."),
         ("p", "D. MacNeil, Materials Manager, Harbourside Fulfilment Inc., Mississauga ON"),
     ], pagesize=LETTER, title="HF forecast H1 2025", author="Harbourside Fulfilment")),
      ("CM-OC-0612_confirmacion.docx", docx_bytes([
          ("h1", "CONFIRMACION DE PEDIDO / ORDER CONFIRMATION CM-OC-0612"),
          ("p", "Cajas Monterrey S.A. de C.V., Av. Ruiz Cortines 3400, Monterrey, N.L."),
          ("p", "Cliente: Harbourside Fulfilment Inc.    Fecha: 2024-06-12"),
          ("table", [
              ["Producto", "Periodo", "Cantidad", "Precio USD"],
              ["HF-MB-14106 caja mailer 14x10x6 in", "Ene-Jun 2025", "24,000 pzas", "0.84"],
          ]),
          ("p", "We confirm your order of 24,000 pcs mailer boxes for January to June 2025 according to your "
                "forecast dated 2024-06-03. Production will be scheduled monthly as per the forecast table."),
          ("p", "Sofia Garza, Ejecutiva de Ventas, sofia.garza@cajasmonterrey.mx"),
      ], author="Cajas Monterrey"))])


# p32: Australian PO: line 1 is a full repeat of 3,000; a note turns the Q4 forecast into a firm commitment.
case("p32_wattlewren_po_forecast_commitment", ["RG008"],
     "Full-quantity line of 3,000 is fine, but the PO writes the Q4 forecast of 12,000 as a firm "
     "commitment (call-offs by Mia Thompson still needed to produce)",
     [("WW-PO-0533.pdf", pdf([
         ("h1", "PURCHASE ORDER WW-PO-0533"),
         ("p", "Wattle & Wren Pty Ltd, 12 Cambridge St, Collingwood VIC 3066, Australia. ABN 63 611 204 719"),
         ("p", "Supplier: Dongguan Jiahe Packaging Co., Ltd.    Date: 01/07/2024    Currency: USD"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Amount"],
             ["1", "WW-MB-SET", "Mailer box for 3-piece set, white E-flute, 4/1 print (repeat of WW-PO-0460)",
              "3,000", "0.96", "2,880.00"],
         ]),
         ("p", "Line 1 is a repeat order for the full quantity. No samples; artwork unchanged."),
         ("h", "Q4 volumes"),
         ("p", "Forecast Q4 2024: 12,000 pcs WW-MB-SET. Please treat this forecast as a firm commitment from "
               "Wattle & Wren and book capacity accordingly. Production against it only by call-offs, each "
               "signed by Mia Thompson, Operations Director; nothing beyond line 1 may be produced until a "
               "call-off arrives."),
         ("p", "Mia Thompson, Operations Director, mia@wattleandwren.com.au"),
     ], title="WW-PO-0533", author="Wattle & Wren"))])


# p33: WeChat, US pet brand: "around 8k ... book it as PO"; supplier books it as an order.
case("p33_wechat_cobalt_july", ["RG008"],
     "Buyer turns an approximate July need ('around 8k, depends on Prime Day') into an order; supplier "
     "books 8000 as order",
     [("WeChat_Jack_Lin_Cobalt.txt", """WeChat chat history export
Chat with: Jack Lin (Yongli Poly Bags)      Owner: Sarah Klein
------------------------------------------------------------
2024-06-20 21:05 Jack Lin: Sarah, for July do you have forecast? we need plan the film
2024-06-20 21:06 Jack Lin: LDPE price up 6% from next week
2024-06-21 07:48 Sarah Klein: Morning Jack. next month we need around 8k of the printed mailers, depends how Prime Day goes
2024-06-21 07:49 Sarah Klein: pls book it as PO, I'll send the paperwork later
2024-06-21 07:55 Jack Lin: OK, we book 8000 pcs as order for July, ship 25 July
2024-06-21 07:56 Jack Lin: Same artwork as CPG-2371?
2024-06-21 08:01 Sarah Klein: yes same
""")])


# p34: Indian converter uses "release" for the PO, the artwork and production in one letter.
_p34_text = """Dear Sir,

Greetings from Shreeji Corrugators!

Kindly note release of PO OPC-7744 is received from your end with thanks. We are awaiting release
of the artwork from your design team, after which we shall release the job to production for the
25 nos. pre-production samples.

Release of the 8,000 nos. production quantity we shall await from your good self in writing after
sample sign-off, as per PO.

Request you to kindly do the needful at the earliest so that samples can be dispatched by 28th June.

Thanks & Regards,
Rajesh Patel
Director (Exports)
Shreeji Corrugators Pvt. Ltd. | Changodar, Ahmedabad 382213 | +91 79 2689 4410
"""
case("p34_shreeji_release_everything", ["RG009"],
     "'Release' used for the PO (commercial), the artwork (technical) and production in one supplier "
     "letter",
     [("OPC-7744.eml", eml(
         "Rajesh Patel <rajesh@shreejicorrugators.in>", "James Walker <james.walker@outbackparcel.com.au>",
         "OPC-7744 - release status", dt(2024, 6, 14, 10, 10, 5, 30), _p34_text))])


# p35: Scottish buyer uses "approved/approval" for sample, finance PO approval and production.
_p35_text = """Dear Amy,

Thank you for the printed samples of the tea tin mailer.

The 6 printed samples are approved (colour and fit only). Our finance team has also approved PO
FT-2024-044 for the 6 samples, so your invoice can go to accounts@fernhilltea.co.uk.

Production approval for the 4,000 mailers will come from me in writing after our budget review on
3 July; until then the 4,000 are on hold.

Kind regards,
Isla Grant
Head of Operations, Fernhill Tea Co. Ltd | +44 131 496 0772
"""
case("p35_fernhill_three_approvals", ["RG009"],
     "'Approved/approval' names the sample evaluation, finance's PO approval and the production "
     "release in one message; scope otherwise complete",
     [("FT-2024-044_samples.eml", eml(
         "Isla Grant <isla.grant@fernhilltea.co.uk>", "Amy Chen <amy.chen@bluepeakpack.cn>",
         "FT-2024-044 - tea tin mailer samples", dt(2024, 6, 21, 14, 55, 1), _p35_text))])


# ------------------------------------------------------------------ batch 5
# p36: Two files: Canadian roaster email says 20 samples, the PO PDF says 24.
_p36_text = """Hi Duc,

Our PO MR-2024-090 for the printed samples of the subscription mailer is coming out of our ERP
today: 20 printed samples, 10 of each design (Light Roast / Dark Roast).

The 5,000 production mailers are not released. They stay on hold until I have signed off the
samples and sent you a written production release.

Please send the samples by FedEx to our roastery on Sterling Road.

Thanks,
Sophie

Sophie Tremblay | Operations Manager | Maple & Rye Coffee Roasters Inc. | +1 416 555 0172
"""
case("p36_mapleandrye_email_and_po", ["RG011"],
     "Folder bundle: the email authorizes 20 printed samples (10 per design), the PO PDF 24 (12 per "
     "design); hold, sign-off and Sophie Tremblay are otherwise named",
     [("MR-2024-090_samples.eml", eml(
         "Sophie Tremblay <sophie@mapleandrye.ca>", "Tran Van Duc <duc.tv@minhphatpack.vn>",
         "MR-2024-090 - subscription mailer samples", dt(2024, 6, 24, 9, 15, -4), _p36_text)),
      ("MR-2024-090.pdf", pdf([
          ("h1", "Purchase Order MR-2024-090"),
          ("p", "Maple & Rye Coffee Roasters Inc., 88 Sterling Road, Unit 3, Toronto, ON M6R 2B2"),
          ("p", "Vendor: Hanoi Minh Phat Packaging Co., Ltd.    Date: 2024-06-24    Currency: USD"),
          ("table", [
              ["Line", "Item", "Description", "Scope", "Qty", "Unit", "Amount"],
              ["1", "MR-SUB-LR", "Subscription mailer, Light Roast design, E-flute, 4/0", "Printed sample",
               "12", "5.20", "62.40"],
              ["2", "MR-SUB-DR", "Subscription mailer, Dark Roast design, E-flute, 4/0", "Printed sample",
               "12", "5.20", "62.40"],
              ["", "", "Total", "", "24", "", "124.80"],
          ]),
          ("p", "Scope: printed samples only, as listed. Production quantity 5,000 not released; on hold until "
                "sample sign-off and a written production release from Sophie Tremblay."),
      ], title="MR-2024-090", author="Maple & Rye Coffee Roasters"))])


# p37: US swimwear PO: header says 1,500 released, the line (and the total) say 1,200.
case("p37_saltwater_header_vs_line", ["RG011"],
     "Full-quantity repeat PO states 1,500 released in the header and 1,200 on the line and in the total",
     [("SSC-1251.pdf", pdf([
         ("h1", "PURCHASE ORDER SSC-1251"),
         ("p", "Saltwater Supply Co., 3045 Rosecrans St, Suite 210, San Diego, CA 92110, USA"),
         ("p", "Vendor: Empaques del Bajio S.A. de C.V., Leon, Gto., Mexico    Date: July 2, 2024"),
         ("table", [
             ["Order type", "Repeat production - full quantity, no samples"],
             ["Quantity released for production", "1,500 pcs"],
             ["Required at San Diego DC", "August 2, 2024"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "SSC-MB-BIK", "Bikini mailer box 10 x 8 x 2 in, white E-flute, 2/0 print (repeat of "
              "SSC-1160)", "1,200", "0.74", "888.00"],
             ["", "", "Total", "1,200", "", "888.00"],
         ]),
         ("p", "Terms: Net 30. Freight: LTL from Laredo, appointment required. Overs/unders +/-2%."),
         ("p", "Dana Whitfield, Ops Lead, dana@saltwatersupply.co"),
     ], pagesize=LETTER, title="SSC-1251", author="Saltwater Supply Co."))])


# p38: UK candle brand DOCX PO: "twelve (15) printed samples" while the line says 12.
case("p38_hollowoak_twelve_fifteen", ["RG011"],
     "Same PO states twelve (15) samples in the scope and 12 on the line; hold, event and Priya Shah "
     "are named",
     [("HOC-PO-0470.docx", docx_bytes([
         ("h1", "PURCHASE ORDER HOC-PO-0470"),
         ("p", "Hollow Oak Candle Co. Ltd, Unit 4, Feeder Road Trading Estate, Bristol BS2 0UB"),
         ("p", "Supplier: Dongguan Jiahe Packaging Co., Ltd. Attn: Wendy Zhang    Date: 19/06/2024"),
         ("table", [
             ["Line", "SKU", "Description", "Scope", "Qty", "Unit USD"],
             ["1", "HOC-WT-BOX", "Wick trimmer gift box, 2-piece rigid, black paper wrap + silver foil",
              "Printed sample", "12", "8.40"],
         ]),
         ("h", "Scope"),
         ("p", "This PO releases twelve (15) printed samples of the wick trimmer gift box. The production "
               "quantity of 3,000 boxes is not released and stays on hold until we have signed off the "
               "samples and Priya Shah, Founder & Managing Director, sends a written production release."),
         ("p", "DHL Express, DAP Bristol. Please include one unfoiled sample for comparison."),
         ("p", "Priya Shah, Founder & Managing Director, priya@hollowoakcandles.co.uk"),
     ], author="Hollow Oak Candle Co."))])


# p39: German 3PL call-off: total 3.000 but the per-SKU split adds up to 3.500.
case("p39_lagerwerk_calloff_split", ["RG011"],
     "Call-off releases 3.000 in total but the per-SKU split is 1.000 + 1.000 + 1.500 = 3.500",
     [("Abruf_RV-2024-05_Nr4.txt", """LAGERWERK FULFILMENT GMBH - ABRUF / CALL-OFF                     Druck: 15.07.2024 10:12
Rahmenvertrag / framework : RV-2024-05 (Versandkartons, 1-farbig)
Lieferant / supplier       : PolPak Druk Sp. z o.o., Poznan (Kred.-Nr. 700388)
Abruf-Nr. / call-off no.   : 04
---------------------------------------------------------------------------------------
FREIGEGEBEN GESAMT / TOTAL RELEASED FOR PRODUCTION :  3.000 ST
  davon / split:
  LW-VK-20   Versandkarton 300x200x150   1.000 ST
  LW-VK-30   Versandkarton 400x300x200   1.000 ST
  LW-VK-40   Versandkarton 600x400x400   1.500 ST
---------------------------------------------------------------------------------------
Liefertermin / delivery : KW 31, Tor 2, Am Exer 9, 04158 Leipzig
Material : Wellpappe nur fuer diesen Abruf / board for this call-off only
Restmenge Rahmenvertrag / remaining framework qty : NICHT freigegeben / NOT released -
  naechster Abruf nur mit Unterschrift K. Brandt (Leitung Einkauf)
---------------------------------------------------------------------------------------
gez. K. Brandt, Leitung Einkauf
""")])


# p40: Berlin roaster pays a deposit "for the 1.200" and says start; the attached PO is for 1,000.
_p40_text = """Dear Ms. Lan,

today we have paid the Anzahlung (deposit) of 30% for the 1.200 coffee mailer boxes, so you can
start the production now. Our PO KR-2024-140 is attached.

The print data is the same as for KR-2024-118, only the best-before field on the side panel moved
10 mm up.

Mit freundlichen Gruessen / kind regards
Jonas Albrecht
Einkauf / Purchasing, Kiezroester GmbH, Wiener Strasse 31, 10999 Berlin
"""
case("p40_kiezroester_deposit_start", ["RG011", "RG012"],
     "Buyer treats the deposit as the trigger to start production, and the email's 1.200 boxes "
     "conflict with the attached PO's 1,000",
     [("KR-2024-140.eml", eml(
         "Jonas Albrecht <j.albrecht@kiezroester.de>", "Nguyen Thi Lan <lan.nguyen@saigongreenpack.vn>",
         "KR-2024-140 - Anzahlung / deposit paid", dt(2024, 7, 3, 11, 20, 2), _p40_text,
         attachments=[("KR-2024-140.pdf", pdf([
             ("h1", "Bestellung / Purchase Order KR-2024-140"),
             ("p", "Kiezroester GmbH, Wiener Strasse 31, 10999 Berlin"),
             ("p", "Supplier: Saigon Green Pack JSC, Ho Chi Minh City    Datum: 03.07.2024"),
             ("table", [
                 ["Pos.", "Article", "Description", "Qty", "Unit price", "Amount"],
                 ["10", "KR-MB-250", "Mailer box 250 g coffee, kraft E-flute, 2/0 print, production "
                  "(full quantity, no samples)", "1,000", "0,58 EUR", "580,00 EUR"],
             ]),
             ("p", "Payment: 30% deposit, 70% before shipment. Sea freight LCL to Hamburg."),
         ], title="KR-2024-140", author="Kiezroester GmbH"), PDF_MT)]))])


# p41: Chinese converter: deposit received, so production started and board bought for the full run.
_p41_orig = """On Wed, 26 Jun 2024, Jess O'Brien <jess@saltandgum.com.au> wrote:
Hi Kevin, PO SG-0251 covers 16 printed samples of the rigid gift box. The 3,000 production boxes are
not released, they stay on hold until I sign off the samples and send you a written production
release. Deposit for the tooling is coming this week. Cheers, Jess O'Brien, Ops Manager, Salt & Gum"""
_p41_text = f"""Dear Jess,

We received your deposit USD 2,400 today, thank you.

So we have started the production and ordered the grey board and art paper for the full 3,000 boxes,
everything ready in 15 days. The 16 samples will ship together with the first pallet.

Best regards,
Kevin Li
Sales Manager, Shenzhen Hongxin Printing Co., Ltd.
Tel +86 755 2963 1180

{quote(_p41_orig)}
"""
case("p41_hongxin_deposit_started", ["RG006", "RG012"],
     "Supplier reads the tooling deposit as authority to start production and buys board for the full "
     "3,000 while only 16 samples are released",
     [("RE_PO_SG-0251.eml", eml(
         "Kevin Li <kevin.li@hongxinprint.com>", "Jess O'Brien <jess@saltandgum.com.au>",
         "RE: PO SG-0251 rigid gift box", dt(2024, 7, 1, 15, 40, 8), _p41_text,
         in_reply_to="<SG-0251-0626@saltandgum.com.au>"))])


# p42: Mexican converter treats its acceptance of a sample PO as authority to produce.
_p42_orig = """El 28/06/2024, Claire Fournier <cfournier@northernharbour.ca> escribio:
Hello Sofia, PO NHO-2024-131 is for 20 pre-production samples of the jacket mailer. The 6,000
production mailers are not released; they stay on hold until we have signed off the samples and I
send you a written production release. Claire Fournier, Director, Supply Chain"""
_p42_text = f"""Dear Claire,

We have accepted your PO NHO-2024-131 in our system today, thank you.

As usual, we take your accepted PO as the authority to produce, so production is scheduled for week
29 right after the samples, and the mailers can leave Monterrey in week 30.

Saludos,
Sofia Garza
Ejecutiva de Ventas | Cajas Monterrey S.A. de C.V. | +52 81 8335 2070

{quote(_p42_orig)}
"""
case("p42_cajas_accepted_po", ["RG012"],
     "Supplier treats its acceptance of the PO as authority to produce although the quoted PO "
     "releases 20 samples only and holds the 6,000",
     [("RE_NHO-2024-131.eml", eml(
         "Sofia Garza <sofia.garza@cajasmonterrey.mx>", "Claire Fournier <cfournier@northernharbour.ca>",
         "RE: PO NHO-2024-131 jacket mailer", dt(2024, 7, 2, 10, 30, -6), _p42_text,
         in_reply_to="<NHO-131-0628@northernharbour.ca>"))])


# p43: Vietnamese supplier portal: deposit paid -> production auto-released; 3,000 vs customer's 2,500.
case("p43_minhphat_portal_paid", ["RG011", "RG012"],
     "Portal releases production automatically on deposit receipt, and shows 3,000 released while the "
     "customer's copied note releases 2,500",
     [("MinhPhat_order_TS-5601.html", html_page("Minh Phat Packaging - Order TS-5601", """
<h2>Hanoi Minh Phat Packaging &mdash; Customer Order Status</h2>
<p>Customer: <b>Trailhead Snacks Inc.</b> &nbsp;|&nbsp; Customer PO: TS-5601 &nbsp;|&nbsp; Sales order: MP-SO-2406-118</p>
<table>
<tr><th>Item</th><td>Kraft stand-up shipper box 9 x 7 x 4 in, 2C print</td></tr>
<tr><th>PO quantity</th><td>6,000 pcs</td></tr>
<tr><th>Payment status</th><td>Deposit 30% PAID (12/06/2024)</td></tr>
<tr><th>Production status</th><td>RELEASED &mdash; automatically on deposit receipt</td></tr>
<tr><th>Released qty</th><td>3,000 pcs</td></tr>
<tr><th>Planned ex-works</th><td>05/07/2024</td></tr>
</table>
<div class="note"><b>Customer note (from PO TS-5601):</b> Release covers 2,500 pcs. The rest of the 6,000 stays
on hold until a written release from Kevin Marsh after our July sales review.</div>
<p>Contact: Tran Van Duc, duc.tv@minhphatpack.vn, +84 24 3818 2207</p>
"""))])


# p44: WhatsApp, Australian swimwear brand: "TT sent ... pls start printing" with no quantity.
case("p44_whatsapp_coastline", ["RG010", "RG012"],
     "Buyer makes the TT payment the trigger to start printing and never states a quantity",
     [("WhatsApp_Chat_with_Bec_Coastline.txt", """[12/06/2024, 14:02:10] Lan - Saigon Green Pack: Hi Bec, PI-0612 for the printed zip pouches sent to your email
[12/06/2024, 14:02:44] Lan - Saigon Green Pack: Please pay deposit 30% so we can arrange
[12/06/2024, 18:37:05] Bec Walsh: Hi Lan! TT sent for the 30% just now 💸
[12/06/2024, 18:37:31] Bec Walsh: pls start printing! we're so excited for these
[12/06/2024, 18:38:02] Bec Walsh: ‎IMG-20240612-WA0007.jpg (file attached)
[13/06/2024, 08:15:47] Lan - Saigon Green Pack: Received the bank slip, thank you Bec. We start printing tomorrow
[13/06/2024, 08:16:20] Lan - Saigon Green Pack: Ship by sea to Brisbane around 10 July
[13/06/2024, 08:30:12] Bec Walsh: Legend 🙌
""")])


# p45: Canadian outdoor brand: L/C opened for the forecast volume, "production can now begin".
case("p45_northernharbour_lc_letter", ["RG008", "RG012"],
     "Buyer letter treats the opened L/C as the go-signal for production and the 2025 forecast volume "
     "(60,000) as a confirmed order",
     [("NHO_letter_2024-07-08.docx", docx_bytes([
         ("p", "Northern Harbour Outfitters Ltd., 1655 Barrington St, Halifax, NS B3J 2A2, Canada"),
         ("p", "Halifax, July 8, 2024"),
         ("p", "To: Vasant Flexipack Pvt. Ltd., Plot 41, MIDC Chakan Phase II, Pune 410501, India. "
               "Attn: Mr. Anil Deshmukh"),
         ("h", "Subject: Letter of credit for 2025 mailer volumes"),
         ("p", "Dear Mr. Deshmukh,"),
         ("p", "We are pleased to inform you that we have opened irrevocable documentary letter of credit "
               "No. NSB-LC-24-0719 through Nova Scotia Business Bank, for USD 18,000.00, covering our "
               "forecast volume for 2025 of the printed poly mailers."),
         ("table", [
             ["Item", "Description", "Forecast 2025", "Unit USD", "Value USD"],
             ["NHO-PM-1419", "Printed recycled poly mailer 14 x 19 in, 2/0", "60,000", "0.30", "18,000.00"],
         ]),
         ("p", "With the L/C in place, production can now begin. Please treat the forecast volume above as "
               "our confirmed order and ship in quarterly lots as the L/C allows partial shipments."),
         ("p", "Sincerely,"),
         ("p", "Claire Fournier, Director, Supply Chain"),
     ], author="Northern Harbour Outfitters"))])



# =================================================================== BUILD
def build():
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(165165).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h165_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    return order, labels


def stats(labels):
    from collections import Counter
    rc = Counter(r for v in labels.values() for r in v["expect"])
    clean = sum(1 for v in labels.values() if not v["expect"])
    multi = sum(1 for v in labels.values() if len(v["expect"]) > 1)
    print(f"cases: {len(labels)}  clean: {clean}  risky: {len(labels) - clean}  multi-rule: {multi}")
    for r in sorted(rc):
        print(f"  {r}: {rc[r]}")


if __name__ == "__main__":
    _order, _labels = build()
    stats(_labels)
