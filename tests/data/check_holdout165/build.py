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
14/03/2024, 16:20 - Lan - Saigon Green Pack: Tom, 12 printed sample done, 4 each colour. Factory have free slot next week. Can we go ahead for the 3000 pcs or only samples?
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
2024-05-06 09:04  Amy Chen: mass production MOQ 3000 pcs USD 0.92/pc, lead time 18 days after sample confirm
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
[3/6/24, 10:02:40 am] Jack Lin Yongli: For 4000 pcs mass production, can we prepare the film now? LDPE price going up next month
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


# @@CASES@@

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
