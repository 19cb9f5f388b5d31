#!/usr/bin/env python3
"""Generator for the releasegate check_holdout97 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout97/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps, shuffled folder order with seed 9797).

Domain of this corpus: dental and orthodontic products (aligner cases, impression trays,
instrument cassettes, sterilisation pouches, milled zirconia blanks).
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
# (copied from check_holdout3/build.py; only the id prefixes differ)
def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("h1", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
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
    m["Message-ID"] = msgid or f"<h97-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h97")
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


def sig_plain(name, title, company, phone, extra=""):
    """A signature without the legal footer (small companies, chat-like mail)."""
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n{extra}"


def quote_lines(text):
    """Quote a previous message with '> ' the way most mail clients do."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_from_text(text):
    """A simple HTML alternative of a plain-text body (paragraphs, quoted blocks kept)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


# =================================================================== CASES
# Names: c.. = clean (expect []), p.. = positive. The names never leave this file.

# ------------------------------------------------------------------ batch 1
# c01: supplier quote with sample and production tiers (Sialkot) -> no authorization, clean
case("c01_quote_sialkot_cassettes", [],
     "supplier quote with sample and two production price tiers; no authorization in the bundle",
     [("Quotation_NSW-Q-24-118.pdf", pdf([
         ("h1", "NOOR SURGICAL WORKS (PVT) LTD"),
         ("p", "Small Industrial Estate, Ugoki Road, Sialkot 51310, Pakistan | Tel +92 52 3551 208 | "
               "export@noorsurgical.pk | NTN 4471093-2"),
         ("h", "QUOTATION No. NSW-Q-24-118"),
         ("p", "Date: 14 May 2024    Valid until: 13 July 2024"),
         ("p", "To: Southern Cross Dental Supply Pty Ltd, 12 Boundary Street, Fortitude Valley QLD 4006, "
               "Australia. Attn: Mr. Liam O'Connor, Product Manager Instruments"),
         ("p", "Dear Mr. Liam, thank you for your kind enquiry of 9 May regarding instrument cassettes for "
               "your clinic range. We are pleased to offer as below."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
             ["NSW-C20", "Instrument cassette for 20 instruments, AISI 304 perforated sheet 0.8 mm, "
                         "silicone rails, hinged lid, laser mark 'SCDS'", "10 pcs (sample lot)", "38.50",
              "3 weeks"],
             ["NSW-C20", "same as above", "1,000 pcs", "21.40", "7 weeks"],
             ["NSW-C20", "same as above", "5,000 pcs", "18.90", "9 weeks"],
             ["NSW-R20", "Spare silicone rail set (per cassette)", "per set", "1.15", "with cassettes"],
         ]),
         ("sp",),
         ("p", "Production lead time counts from receipt of your written production release; sample lot "
               "lead time counts from your sample PO. Sample charges are not refundable but 50% will be "
               "credited against the first production invoice."),
         ("p", "Price basis: FOB Karachi, export carton 20 pcs per carton, 48 x 38 x 30 cm, 11.5 kg. "
               "Material certificate EN 10204 3.1 for the steel supplied with each lot. Passivation per "
               "ASTM A967. Autoclavable at 134 deg C."),
         ("p", "Payment: samples 100% advance by T/T. Production lots as agreed in the production PO."),
         ("p", "We hope our offer is in line with your requirements and look forward to your valued order."),
         ("p", "For Noor Surgical Works: Muhammad Usman Javed, Export Manager, +92 300 8614 227 (WhatsApp)"),
     ], title="Quotation NSW-Q-24-118", author="Noor Surgical Works"))])


# p01: pilot PO shows the quote's production tier with nothing saying it is not released
case("p01_po_pilot_aligner_cases", ["RG001", "RG003", "RG004", "RG005"],
     "pilot PO for 12 cases prints the quote's 1,200 tier beside it; no hold, no unlock event, no release person",
     [("PO_24-0571_Brightline.pdf", pdf([
         ("h1", "PURCHASE ORDER 24-0571"),
         ("p", "Brightline Ortho, Inc. | 2100 E. Cesar Chavez St, Suite 310, Austin, TX 78702, USA | "
               "purchasing@brightline-ortho.com"),
         ("p", "Vendor: Shenzhen Yuxin Medical Plastics Co., Ltd., Building 7, Fuyong Industrial Park, "
               "Bao'an District, Shenzhen 518103, China. Vendor no. V-10388"),
         ("p", "PO date: 06/03/2024    Buyer: Kayla Jennings    Terms: Net 30    Ship via: DHL Express, "
               "DAP Austin    Currency: USD"),
         ("h", "Order lines"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit", "Ext."],
             ["1", "BLO-CASE-02", "Aligner storage case, snap lid, PP, Pantone 3252C, pad print logo per "
                                  "artwork BLO-ART-114 rev B - PILOT LOT", "12", "EA", "4.80", "57.60"],
             ["2", "NRE-01", "Pad print plate + fixture (one time)", "1", "LOT", "180.00", "180.00"],
         ]),
         ("p", "PO total: USD 237.60"),
         ("h", "Pricing reference (your quotation YX-Q-3391 dated 05/22/2024)"),
         ("table", [
             ["Item", "Qty", "Unit price", "Lead time"],
             ["BLO-CASE-02 pilot", "12 pcs", "4.80", "10 days"],
             ["BLO-CASE-02 production", "1,200 pcs", "1.95", "25 days"],
         ]),
         ("h", "Notes"),
         ("p", "Pilot lot is for our clinic roll-out kit mock-up and drop test. Please include the CoC and the "
               "resin datasheet with the shipment. Pack 12 cases individually in PE bags, outer carton marked "
               "with PO number."),
         ("p", "Invoices must quote the PO number. Brightline standard terms and conditions (rev. 2023-09) apply."),
         ("p", "Kayla Jennings, Supply Chain Coordinator, (512) 555-0142"),
     ], pagesize=LETTER, title="PO 24-0571", author="Brightline Ortho"))])


# c02: full-quantity PO, 'proceed with the full quantity', no balance -> clean
case("c02_po_pouches_full_quantity", [],
     "full-quantity stock PO for pouches; 'proceed' names the full quantities; no balance exists",
     [("Bestellung_PO_4100-2291.docx", docx_bytes([
         ("h1", "Purchase Order 4100-2291"),
         ("p", "Dentavis AG, Baarerstrasse 21, 6300 Zug, Switzerland | MWST CHE-109.442.771"),
         ("p", "Supplier: Sterimed Packaging Sp. z o.o., ul. Przemyslowa 14, 93-552 Lodz, Poland"),
         ("p", "Date: 17.06.2024 | Contact: Reto Ammann, Einkauf / Purchasing, +41 41 728 55 10"),
         ("table", [
             ["Pos.", "Article", "Description", "Quantity", "Unit price EUR", "Amount EUR"],
             ["10", "DV-SP-90230", "Self-seal sterilisation pouch 90 x 230 mm, 200 pcs/box, "
                                   "EN ISO 11607-1, EN 868-5, indicator steam + EO", "2'000 boxes", "6.85",
              "13'700.00"],
             ["20", "DV-SP-135280", "Self-seal sterilisation pouch 135 x 280 mm, 200 pcs/box, "
                                    "EN ISO 11607-1, EN 868-5", "800 boxes", "9.40", "7'520.00"],
         ]),
         ("p", "Total EUR 21'220.00, DAP Zug, Incoterms 2020."),
         ("h", "Scope"),
         ("p", "This is a stock order for our distributor warehouse. It covers the complete quantity of both "
               "articles; there is no sample stage and no further quantity under this order. Please proceed "
               "with the full 2'000 boxes of pos. 10 and the full 800 boxes of pos. 20."),
         ("p", "Labelling: Dentavis private label per artwork DV-LBL-07 (already on file with you), UDI-DI "
               "on each box, lot number and expiry date. Shelf life at delivery at least 4 years."),
         ("p", "Delivery: one full truck, week 31. Please send the order confirmation within 3 working days."),
         ("p", "Freundliche Grüsse / kind regards, Reto Ammann"),
     ], author="Reto Ammann"))])


# p02: hold 'until further notice' and a named person, but no unlock event -> RG004 only
_p02_text = """Dear Mr. Kowalczyk,

thank you for the quick offer and for the nice call last Thursday.

With this mail we place our order 2024-3318 for 30 (thirty) pre-shaded zirconia discs, 98.5 x 14 mm,
shade A2, 3Y-TZP, for the validation in our labs Stuttgart, Heilbronn and Ulm (10 discs each).
Please make and ship exactly these 30 discs.

Your offer also mentions 600 discs per quarter. To be very clear: nothing beyond these 30 discs is
released. All further quantities stay on hold until further notice, and please do not order powder
for them. Any further quantity can only be released by me personally.

Delivery address: Zahnwerk Dentallabore GmbH, Wareneingang, Heilbronner Str. 150, 70191 Stuttgart.
Please add the batch certificate (ISO 6872 flexural strength) and the sintering curve you recommend
for our Programat furnaces.

Mit freundlichen Grüßen / best regards
"""
_p02_sig = sig("Jürgen Weiß", "Einkauf / Purchasing", "Zahnwerk Dentallabore GmbH, Stuttgart",
               "+49 711 2594 3310")
case("p02_zirconia_discs_until_further_notice", ["RG004"],
     "30 validation discs released, rest on hold 'until further notice' with a named person; no unlock event",
     [("Bestellung_2024-3318_Zirkon.eml", eml_bytes(mail(
         "Jürgen Weiß <j.weiss@zahnwerk-labore.de>",
         "Tomasz Kowalczyk <t.kowalczyk@kowalczyk-cadcam.pl>",
         "Bestellung 2024-3318 - Zirkonronden A2 (Validierung)",
         "Tue, 11 Jun 2024 10:42:00 +0200",
         _p02_text + _p02_sig,
         html=html_from_text(_p02_text + _p02_sig))))])


# c03: sample PO fully scoped (LETTER PDF with table) -> clean
case("c03_po_validation_impression_trays", [],
     "validation PO: 48 trays released, 9,600 shown for information and not released, sign-off + written release by named manager",
     [("KDS-PO-24117.pdf", pdf([
         ("h1", "Koala Dental Supplies Pty Ltd"),
         ("p", "ABN 61 093 442 187 | 40 Gympie Road, Kedron QLD 4031, Australia | orders@koaladental.com.au"),
         ("h", "PURCHASE ORDER KDS-PO-24117 (validation lot)"),
         ("p", "Supplier: Hanil Dental Tech Co., Ltd., 88 Namdong-daero 215beon-gil, Namdong-gu, Incheon, "
               "Republic of Korea. Your quotation HT-Q-0912 of 28 May 2024."),
         ("p", "Order date: 4 June 2024    Required: 5 July 2024    Incoterm: DAP Brisbane"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit AUD", "Total AUD"],
             ["1", "KDS-IT-S1..S12", "Disposable impression tray, perforated, rim-lock, sizes 1-12 "
                                     "(4 of each size)", "48", "1.90", "91.20"],
             ["2", "-", "Freight (courier)", "1", "65.00", "65.00"],
         ]),
         ("sp",),
         ("h", "Scope of this order - please read"),
         ("p", "This PO releases the 48 validation trays in line 1 and nothing else. Make and ship the 48 "
               "trays now. The production quantity in your quotation HT-Q-0912 (9,600 trays) is shown "
               "there for information only and is not released by this PO; do not buy resin or start "
               "tooling changes for it."),
         ("p", "The balance is unlocked only by our sample sign-off (fit check in three clinics plus TGA "
               "labelling review) followed by a written release signed by Olivia Grant, Category Manager "
               "Consumables. Until that written release arrives, the 9,600 trays stay on hold."),
         ("p", "Please confirm this scope in your order acknowledgement."),
         ("p", "Authorised by: Olivia Grant, Category Manager Consumables, +61 7 3350 2281"),
     ], pagesize=LETTER, title="KDS-PO-24117", author="Koala Dental Supplies"))])


# c04: KakaoTalk - supplier asks for go-ahead on the full lot; buyer answers with a scoped answer -> clean
case("c04_kakao_zirconia_validation", [],
     "supplier asks for a go-ahead on 3,000; buyer restates: only 30 released, 2,970 on hold, validation + written release by named VP",
     [("KakaoTalk_Chat_Daejin_Zirconia.txt", """Daejin Zirconia (Kim Min-su) 님과 카카오톡 대화
저장한 날짜 : 2024-06-12 09:14:33

--------------- 2024년 6월 3일 월요일 ---------------
[Kim Min-su] [오후 2:22] Hello Rachel, this is Min-su from Daejin. Thank you for PO SDL-7781.
[Kim Min-su] [오후 2:23] We check the powder stock for your shade range. A1 A2 A3 B1 all ok.
[Rachel Moreno] [오후 2:31] Hi Min-su, great, thanks for the quick reply!
[Kim Min-su] [오후 2:35] One question. Our production manager ask if we have go-ahead for the 3,000 blanks also, then we can plan the HIP furnace in July.
[Rachel Moreno] [오후 2:41] Not yet, sorry. PO SDL-7781 is only for the 30 validation blanks (98.5 x 14 mm, 3 each of 10 shades).
[Rachel Moreno] [오후 2:42] The 2,970 are not released. Please don't buy powder for them yet.
[Rachel Moreno] [오후 2:44] Next step is the sintering validation in our Denver and Phoenix labs (ISO 6872 3-point bend + shade check). When that is signed off I will send you a written release with the quantity. Only a written release from me counts for production.
[Kim Min-su] [오후 2:46] Understood. Only 30 pcs now, 2,970 hold until your written release.
[Kim Min-su] [오후 2:46] 👍
[Rachel Moreno] [오후 2:47] Perfect. Ship to Denver please, attention Marco in receiving.

--------------- 2024년 6월 11일 화요일 ---------------
[Kim Min-su] [오전 10:05] 30 pcs shipped today by EMS, tracking EE 118 430 992 KR. Batch cert in box.
[Rachel Moreno] [오전 10:20] Thank you Min-su 🙏

Rachel Moreno | VP Operations | Summit Dental Labs, Denver CO
"""),
     ])


# p03: KakaoTalk - supplier bought resin for 5,000 and plans to roll into mass production on sample OK
case("p03_kakao_aligner_cases_material", ["RG006", "RG007"],
     "supplier states resin bought for 5,000 while 20 are released, and plans mass production on sample OK without a written release",
     [("KakaoTalk_Chat_Seoul_Precision.txt", """Seoul Precision Mold (Park Ji-hoon) 님과 카카오톡 대화
저장한 날짜 : 2024-07-02 18:40:11

--------------- 2024년 6월 24일 월요일 ---------------
[Sarah Kim] [오전 9:02] Good morning Ji-hoon! Sending PO 55310 by email now.
[Sarah Kim] [오전 9:04] Just so we're aligned: PO 55310 is for 20 sample aligner cases only (Lot S1, navy, with the new hinge).
[Sarah Kim] [오전 9:05] The other 4,980 on your quote are not released. We first need the ISO 10993-5 cytotoxicity report from the lab, then I send a written release. Nobody else on our side can release it.
[Park Ji-hoon] [오전 9:20] Yes Sarah, understood. 20 pcs sample first.
[Park Ji-hoon] [오전 9:21] For information, PP resin (LyondellBasell, medical grade) lead time is 6 weeks now, so we already ordered resin for 5,000 pcs last week. Then no delay later.
[Park Ji-hoon] [오전 9:22] And after you say sample OK, we start mass production same day, no problem 😊
[Sarah Kim] [오전 9:40] Can you also send the colour chip for the navy?

--------------- 2024년 7월 2일 화요일 ---------------
[Park Ji-hoon] [오후 5:55] Sample 20 pcs shipped by FedEx 7781 2210 9043. Colour chip inside.
[Sarah Kim] [오후 6:38] Thanks! Will let you know when it lands in Irvine.

Sarah Kim | Director of Operations | Arcline Aligners Inc., Irvine CA
"""),
     ])


# p04: WhatsApp - deposit treated as the start signal
case("p04_whatsapp_cassettes_deposit", ["RG012"],
     "buyer tells the supplier to start because the 30% deposit is paid",
     [("WhatsApp_Chat_with_Bilal_Zafar_Instruments.txt", """03/06/24, 09:10 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
03/06/24, 09:10 - Fernanda Lima: Bom dia Bilal! Good morning 🙂
03/06/24, 09:11 - Fernanda Lima: Our PO OS-2024-061 went to your email yesterday. 600 cassettes model ZI-10 (10 instruments), with the OrtoSul logo etched
03/06/24, 09:14 - Bilal Zafar: Good morning madam Fernanda, yes received with thanks. We will send PI today
03/06/24, 15:47 - Bilal Zafar: PI ZI/PI/24/0339 sent on email, 30% advance USD 3,150
05/06/24, 11:02 - Fernanda Lima: Sinal de 30% pago hoje, comprovante anexo 📎
05/06/24, 11:02 - Fernanda Lima: <Media omitted>
05/06/24, 11:03 - Fernanda Lima: So deposit is paid, you can start production of the cassettes now 👍
05/06/24, 11:05 - Bilal Zafar: Thank you madam, received. Inshallah we start tomorrow
05/06/24, 11:06 - Fernanda Lima: Perfeito. Please send photos of the etching before packing
05/06/24, 11:07 - Bilal Zafar: Sure madam 👍
"""),
     ])


# p05: Indian supplier - advance read as go-ahead, film bought for 20,000 (buyer scope quoted below)
_p05_buyer = """From: Megan Cole <mcole@pearldental.com>
Sent: Thursday, May 30, 2024 4:12 PM
To: sales@shreeganeshmedipack.in
Subject: PO 55-210 - sample pouches

Hi Rakesh,

PO 55-210 is attached. It covers 50 sample pouches (self-seal, 57 x 130 mm, our print version 2)
for our sterilization validation. Please invoice the sample charge up front as discussed.

The 20,000 production pouches in your quote are NOT released by this PO. Please do not buy paper or
film for them. The 20,000 can only be released by a written release from me after our validation
to EN ISO 11607 has passed.

Thanks,
Megan Cole
Sourcing Manager, Pearl Dental Distribution LLC"""
_p05_text = """Dear Madam,

Greetings from Ahmedabad!

We are in receipt of your advance payment of USD 1,200 against PO 55-210 with thanks.

Accordingly we have procured the medical grade paper (60 gsm) and the PET/PP film for the full
20,000 pouches and production has been started on our Line 3, so that the delivery will be faster
for you. The 50 sample pouches will be dispatched by courier on Monday along with the test report.

Kindly share the final artwork for the carton label at the earliest.

Thanking you and assuring you of our best services at all times.

Warm regards,
Rakesh Patel
Export Sales
Shree Ganesh Medipack Pvt. Ltd.
Plot 214, GIDC Vatva, Ahmedabad 382445, Gujarat, India
+91 98250 44718

""" + quote_lines(_p05_buyer) + "\n"
case("p05_mail_pouches_advance_received", ["RG006", "RG012"],
     "supplier reads the advance payment as the go: film bought for 20,000 and production started, while the quoted PO releases 50",
     [("RE_PO_55-210_sample_pouches.eml", eml_bytes(mail(
         "Rakesh Patel <rakesh@shreeganeshmedipack.in>",
         "Megan Cole <mcole@pearldental.com>",
         "RE: PO 55-210 - sample pouches",
         "Mon, 03 Jun 2024 11:26:00 +0530",
         _p05_text,
         in_reply_to="<h97-p05-orig@pearldental.com>")))])


# c05: HTML distributor portal - clearly labelled, non-binding forecast -> clean
case("c05_portal_forecast_zirconia", [],
     "distributor portal page with a forecast labelled non-binding, no PO and no release",
     [("dentavis_portal_forecast_2024Q3.html", html_page("Dentavis Supplier Portal - Demand forecast", """
<h1>Dentavis Supplier Portal</h1>
<p>Supplier: <b>Jiangsu Ruibo Advanced Ceramics Co., Ltd.</b> (SUP-2047) &middot; Logged in as: chen.li@ruibo-ceramics.cn</p>
<h2>Rolling demand forecast &ndash; milled zirconia blanks</h2>
<div class="note"><b>Non-binding forecast.</b> This forecast is for your capacity planning only. It is not a purchase
order, it releases no production and it gives no material authority. Quantities are released only by call-offs
issued in this portal by Dentavis purchasing.</div>
<p>Published: 01.07.2024 &middot; Horizon: 6 months &middot; Next update: 01.08.2024</p>
<table>
<tr><th>Article</th><th>Description</th><th>Jul 24</th><th>Aug 24</th><th>Sep 24</th><th>Oct 24</th><th>Nov 24</th><th>Dec 24</th></tr>
<tr><td>DV-ZR-9814-A2</td><td>Zirconia disc 98.5 x 14 mm, 4Y-TZP, pre-shaded A2</td><td>400</td><td>400</td><td>450</td><td>500</td><td>500</td><td>350</td></tr>
<tr><td>DV-ZR-9818-A3</td><td>Zirconia disc 98.5 x 18 mm, 4Y-TZP, pre-shaded A3</td><td>150</td><td>150</td><td>150</td><td>200</td><td>200</td><td>150</td></tr>
<tr><td>DV-ZR-9820-ML</td><td>Zirconia disc 98.5 x 20 mm, multilayer 5Y</td><td>80</td><td>80</td><td>100</td><td>100</td><td>120</td><td>60</td></tr>
</table>
<p>Open call-offs for this supplier: <i>none</i></p>
<p>Questions on the forecast: Sabine Huber, Category Manager Lab Materials, +41 41 728 55 31</p>
<p style="font-size:11px;color:#777">Dentavis AG &middot; Baarerstrasse 21 &middot; 6300 Zug &middot; Terms of use &middot; Privacy</p>
"""))])


# p06: DOCX demand plan written as a firm order
case("p06_docx_demand_plan_firm", ["RG008"],
     "buyer's 2025 demand plan is headed forecast but asks the supplier to treat it as a firm order",
     [("Previsao_Demanda_2025_SorriaJa.docx", docx_bytes([
         ("h1", "Previsão de demanda 2025 / Demand plan 2025"),
         ("p", "SorriaJá Alinhadores Ltda. - Av. Paulista 1842, cj. 154, São Paulo - SP, CNPJ 32.118.440/0001-09"),
         ("p", "Para / To: Dongguan Hengtai Precision Plastics Co., Ltd. - Ms. Vivian Zhou, Key Account"),
         ("p", "Data / Date: 19/08/2024    Ref.: DP-2025-01"),
         ("h", "1. Purpose"),
         ("p", "Following our visit in Dongguan in July, below is our forecast for the aligner starter kit "
               "components for 2025. We are confident in these numbers after the clinic roll-out in São "
               "Paulo and Campinas. Please treat this forecast as our firm order for 2025 and plan your "
               "production accordingly."),
         ("h", "2. Quantities"),
         ("table", [
             ["Part", "Description", "Q1", "Q2", "Q3", "Q4", "Total 2025"],
             ["SJ-CASE-01", "Aligner case, white/teal, hinge", "6.000", "8.000", "9.000", "9.000", "32.000"],
             ["SJ-CHEW-02", "Aligner chewies, pair, silicone", "6.000", "8.000", "9.000", "9.000", "32.000"],
             ["SJ-REM-03", "Aligner removal tool", "3.000", "4.000", "4.500", "4.500", "16.000"],
         ]),
         ("h", "3. Other points"),
         ("li", "Packaging per SJ-PKG-2024 rev 3, Portuguese IFU insert (ANVISA registration pending)."),
         ("li", "Shipments monthly, sea freight FOB Shenzhen, consolidated with our other supplier."),
         ("li", "Prices as per your offer HT-2024-118, valid for 2025."),
         ("p", "Obrigado pela parceria! Thiago Nascimento, Gerente de Supply Chain, +55 11 97740-2215"),
     ], author="Thiago Nascimento"))])


# c06: Indian supplier - 'deposit does not release production' -> clean (supplier doc, scope correct)
_c06_text = """Dear Mr. Hughes,

Good afternoon.

We acknowledge with thanks the receipt of the 30% deposit (USD 960) against your PO 7740 dated
12 June 2024.

Kindly note our understanding, as written in your PO: the deposit is a commercial payment and does
not release production. We are manufacturing only the 40 sample impression trays (sizes U1-U4 and
L1-L4, 5 each) at present. No raw material is being purchased for the 4,000 trays balance, and the
balance will not be started until we receive your written release.

Samples will be ready on 28 June. We shall send the dimensional report along with the dispatch.

With best regards,
S. Karthikeyan
Manager - Exports
Krishna Dental Products Pvt. Ltd.
SIDCO Industrial Estate, Ambattur, Chennai 600098, India
Tel +91 44 2625 7731 | www.krishnadental.in
"""
case("c06_mail_deposit_not_release", [],
     "supplier confirms the deposit does not release production; only 40 samples being made",
     [("PO7740_sample_trays_update.eml", eml_bytes(mail(
         "S. Karthikeyan <exports@krishnadental.in>",
         "Daniel Hughes <dhughes@westcoastdentalsupply.com>",
         "Deposit received - PO 7740 - sample impression trays",
         "Fri, 14 Jun 2024 15:20:00 +0530",
         _c06_text)))])


# c07: explicit, recorded auto-conversion agreement with quantity, signer and conditions -> clean
case("c07_docx_auto_conversion_agreement", [],
     "explicit recorded auto-conversion: an approved sign-off by a named head of quality releases exactly 2,400; until then on hold",
     [("Agreement_OA-2024-17_ASC-3.docx", docx_bytes([
         ("h1", "Agreement on automatic production release (auto-conversion)"),
         ("p", "Between OrthoAlpin AG, Laupenstrasse 18, 3008 Bern, Switzerland (buyer) and Polmed Form "
               "Sp. z o.o., ul. Gorna Wilda 92, 61-576 Poznan, Poland (supplier)."),
         ("h", "1. Order"),
         ("table", [
             ["Item", "Drawing", "Validation lot", "Production quantity", "Basis"],
             ["Aligner storage case ASC-3", "ASC-3 Rev D", "24 units (PO 4500-7713)", "2'400 units",
              "firm"],
         ]),
         ("h", "2. Now"),
         ("p", "PO 4500-7713 releases the 24 validation units. Until the sample sign-off under point 3 is "
               "recorded, the 2'400 production units are not released and Polmed Form buys no material "
               "for them."),
         ("h", "3. Auto-conversion"),
         ("p", "The parties agree that a sample sign-off with the disposition 'approved', signed by "
               "Dr. Corinne Favre, Head of Quality, OrthoAlpin AG, releases exactly 2'400 units of ASC-3 "
               "Rev D by itself, without a further release letter. The sign-off record is the release "
               "document; its date is the release date."),
         ("p", "The auto-conversion does not apply to an interim or rejected disposition, to any other "
               "drawing revision, or to any quantity above 2'400. It expires on 31.12.2024."),
         ("h", "4. Signatures"),
         ("p", "Bern, 8 July 2024 - Dr. Corinne Favre, Head of Quality, OrthoAlpin AG"),
         ("p", "Poznan, 9 July 2024 - Marek Nowak, Prezes Zarzadu, Polmed Form Sp. z o.o."),
     ], author="Corinne Favre"))])


# p07: Korean supplier confirms a labelled forecast as an order and books material for it
_p07_buyer = """From: Tom Reilly <treilly@pearldental.com>
Date: Tue, 2 Jul 2024 08:15:00 -0400
Subject: Call-off 3 / agreement PD-2024-04 - sterilization rolls

Hi Mr. Cho,

Please find call-off 3 under our supply agreement PD-2024-04:
  - Release now: 200 sterilization rolls, 100 mm x 200 m, heat-seal, steam/EO indicator.
  - Ship to: Pearl Dental DC, 4400 Commerce Pkwy, Columbus OH 43228.

Also attached is our Q3 forecast (8,000 rolls). The forecast is non-binding and is not released.
The next quantity will come as call-off 4, issued by me when our stock drops to the reorder point.

Best,
Tom Reilly
Senior Buyer, Pearl Dental Distribution LLC"""
_p07_text = """Dear Mr. Tom Reilly,

Thank you very much for your mail and your order of 8,000 rolls for Q3.

We confirm the order of 8,000 rolls (100 mm x 200 m) and we already booked the medical paper and
the laminated film for total 8,000 rolls with our material supplier, to secure your delivery in Q3.
First 200 rolls will ship on 19 July from Busan port as call-off 3.

Please check the attached price list for Q4 also. If any question please contact me anytime.

Best regards,
Cho Hyun-woo / Overseas Sales Team
SEWON MEDICAL PACK CO., LTD.
23, Sandan-ro 68beon-gil, Danwon-gu, Ansan-si, Gyeonggi-do, Korea
T. +82 31 494 6612  M. +82 10 7214 3390

""" + quote_lines(_p07_buyer) + "\n"
case("p07_mail_korean_forecast_confirmed", ["RG006", "RG008"],
     "supplier confirms the non-binding Q3 forecast as an order of 8,000 and books material for 8,000; 200 released",
     [("RE_Call-off_3_PD-2024-04.eml", eml_bytes(mail(
         "Cho Hyun-woo <hw.cho@sewonmedpack.co.kr>",
         "Tom Reilly <treilly@pearldental.com>",
         "RE: Call-off 3 / agreement PD-2024-04 - sterilization rolls",
         "Wed, 03 Jul 2024 10:02:00 +0900",
         _p07_text,
         html=html_from_text(_p07_text))))])


# p08: 'approval' used for technical, commercial and production meanings
_p08_text = """Dear Mr. Wang,

Good news from Lausanne: the 24 starter-pack samples from PO SA-24-0318 arrived on Monday and passed
our incoming checks. Approval from my side (regulatory) is given for the 24 samples: the IFU text, the UDI carrier on the
pouch and the CE marking layout are fine.

Commercial approval is still open - Beat Gerber in finance has to approve the 2025 budget line first.
Only after that can we give the approval for production of the 2'400 starter packs; until then they
are not released and nothing should be built or bought for them.

The approval for production will come from me, Dr. Nadia Brunner, by a written release that states
the quantity. I expect this in the second half of September.

Some small points for the production version (for your planning, no action needed now):
- chewies colour: please use the lighter blue from sample #2
- carton: 20 packs per carton, label with our article SA-SP-01 and GTIN
- the IFU insert must be the French/German/Italian version, rev 04

Thank you for the good work on the samples.

Meilleures salutations / freundliche Grüsse
"""
_p08_sig = sig("Dr. Nadia Brunner", "Head of Regulatory Affairs & QA", "SwissAlign SA, Lausanne",
               "+41 21 612 48 90")
case("p08_mail_swiss_approval_three_ways", ["RG009"],
     "'approval' is used for the regulatory sample check, the finance budget and the production release in one mail",
     [("SA-24-0318_samples_result.eml", eml_bytes(mail(
         "Dr. Nadia Brunner <n.brunner@swissalign.ch>",
         "Wang Lei <wanglei@nbhuaxin-med.com>",
         "PO SA-24-0318 - starter pack samples: result",
         "Thu, 22 Aug 2024 16:05:00 +0200",
         _p08_text + _p08_sig,
         cc="Beat Gerber <b.gerber@swissalign.ch>")))])


# ------------------------------------------------------------------ batch 2
# c08: ERP call-off with explicit staged material authority above the released quantity -> clean
case("c08_erp_calloff_staged_material", [],
     "call-off releases 500, explicit staged material authority up to 1,500, balance on hold until call-off 4 signed by named VP",
     [("SDL_ERP_CALLOFF_BPO-2210-03.txt", """SUMMIT DENTAL LABS LLC                       PURCHASING - CALL-OFF / RELEASE           PAGE 1 OF 1
1650 WYNKOOP ST STE 400, DENVER CO 80202       PRINTED 07/15/2024 08:02  USER RMORENO
================================================================================================
BLANKET PO ....: BPO-2210               CALL-OFF NO ..: 03             DATE ....: 07/15/2024
VENDOR ........: 40417 DAEJIN ZIRCONIA CO LTD, GIMHAE-SI, GYEONGSANGNAM-DO, KOREA
ITEM ..........: DZ-98514-ML   ZIRCONIA BLANK 98.5X14MM MULTILAYER 5Y, ISO 6872 TYPE II CL 5
DRAWING .......: DZ-98514 REV 07        CURRENCY : USD      INCOTERM : DAP DENVER
------------------------------------------------------------------------------------------------
                                       QTY (EA)      UNIT PRICE        EXT AMOUNT
BLANKET AGREEMENT QTY                     2,000           31.20
RELEASED CALL-OFF 01 (04/02/2024)           250                          7,800.00
RELEASED CALL-OFF 02 (05/28/2024)           250                          7,800.00
RELEASED THIS CALL-OFF 03                   500           31.20         15,600.00
CUM RELEASED                              1,000
BALANCE NOT RELEASED                      1,000   ** ON HOLD **
------------------------------------------------------------------------------------------------
MATERIAL AUTHORITY : STAGED UP TO 1,500 EA. BUYER CARRIES LIABILITY FOR RAW MATERIAL
                     (ZIRCONIA POWDER + BINDER) UP TO 1,500 EA INCL. RELEASED QTY.
                     NO LIABILITY FOR FINISHED GOODS ABOVE CUM RELEASED QTY 1,000.
DELIVERY           : 500 EA BY 08/16/2024, SEA + TRUCK, 50 EA PER CARTON
HOLD / NEXT STEP   : BALANCE 1,000 IS RELEASED ONLY BY CALL-OFF 04, ISSUED IN WRITING AND
                     SIGNED BY R. MORENO (VP OPERATIONS). FORECAST FOR CALL-OFF 04: OCT 2024
                     (FOR INFORMATION, NOT A RELEASE).
------------------------------------------------------------------------------------------------
AUTHORIZED SIGNATURE: RACHEL MORENO, VP OPERATIONS            TEL 303-555-0187
*** END OF CALL-OFF ***
"""),
     ])


# c09: 'approved for fit check only; production not released' + event + person -> clean
_c09_text = """Hi Kevin,

Thanks for getting the 30 aligner cases from PO TS-0199 to us so quickly - they arrived in
Melbourne on Tuesday.

Sample disposition: the 30 cases are approved for fit check only (hinge, lid closure, fit of
3 stacked trays, drop test from 1.2 m all OK). This is not a production release. The 2,970 cases on
your quote TQ-24-077 stay on hold, and please don't buy resin for them.

What happens next: our regulatory team still has to sign off the final IFU and the UDI label (target
14 August). After that, I will send you a written production release with the quantity and the
delivery split. Only that written release from me opens the balance.

One request for the production version: please move the pad print 3 mm towards the hinge, as marked
on the attached photo in our shared folder.

Cheers,
"""
_c09_sig = sig("Hannah Whitlock", "Head of Clinical Operations", "Tidy Smile Aligners Pty Ltd, Melbourne VIC",
               "+61 3 9012 4471")
case("c09_mail_fit_check_only", [],
     "samples approved for fit check only; balance 2,970 on hold; IFU/UDI sign-off then written release by named sender",
     [("TS-0199_sample_disposition.eml", eml_bytes(mail(
         "Hannah Whitlock <hannah@tidysmile.com.au>",
         "Kevin Zhang <kevin.zhang@szmingda-plastic.com>",
         "TS-0199 samples - disposition",
         "Thu, 01 Aug 2024 11:30:00 +1000",
         _c09_text + _c09_sig,
         html=html_from_text(_c09_text + _c09_sig))))])


# c10: Polish supplier acknowledgement restating the hold, with an order confirmation PDF -> clean
_c10_text = """Dear Mrs. Petersen,

thank you for your order 2024-0902. Please find our order confirmation attached.

As written in your order, we confirm the scope:
- now: 60 boxes of sample pouches 57 x 130 mm, print version B, for your seal-strength validation;
- the remaining 1.940 boxes are not released. We will not purchase paper or film for them and will
  not schedule them;
- we wait for your written production release (signed by you) after the validation report.

Planned dispatch of the 60 boxes: 26.08.2024, by DPD.

Best regards / Z powazaniem
Agnieszka Wrobel
Customer Service Export
Medipak Polska Sp. z o.o., ul. Fabryczna 7, 53-609 Wroclaw, Poland
tel. +48 71 344 20 18
"""
case("c10_mail_supplier_ack_hold", [],
     "supplier acknowledgement restates 60 boxes now, 1.940 not released, written release by the buyer after validation",
     [("AB_Auftragsbestaetigung_2024-0902.eml", eml_bytes(mail(
         "Agnieszka Wrobel <a.wrobel@medipak.pl>",
         "Anke Petersen <a.petersen@dentanord.de>",
         "Order confirmation 2024-0902 / Medipak OC 24/1187",
         "Mon, 12 Aug 2024 09:48:00 +0200",
         _c10_text,
         attachments=[("OC_24-1187.pdf", pdf([
             ("h1", "ORDER CONFIRMATION OC 24/1187"),
             ("p", "Medipak Polska Sp. z o.o., ul. Fabryczna 7, 53-609 Wroclaw | NIP 897-176-42-11"),
             ("p", "Customer: DentaNord Handels GmbH, Billstrasse 112, 20539 Hamburg. Your order 2024-0902 "
                   "of 09.08.2024."),
             ("table", [
                 ["Pos", "Article", "Description", "Qty", "Price EUR", "Value EUR"],
                 ["1", "MP-SP-57130-B", "Sample pouches 57 x 130 mm, print B, 200 pcs/box", "60 boxes",
                  "4.10", "246.00"],
             ]),
             ("p", "Remaining 1.940 boxes of your order: not released, not scheduled, no material purchased. "
                   "To be released only by your written production release after the seal-strength validation."),
             ("p", "Dispatch: 26.08.2024 by DPD. Payment: 30 days net."),
         ], title="OC 24/1187", author="Medipak Polska"), PDF_MT)])))])


# c11: forwarded old quote (rfc822) with 10,000 declared informational; sample PO fully scoped -> clean
_c11_old = mail(
    "Priya Deshmukh <priya.d@medisafepolymers.in>",
    "Jennifer Novak <jnovak@greatlakesdental.com>",
    "Quotation MSP/Q/24/0219 - disposable impression trays",
    "Tue, 19 Mar 2024 12:10:00 +0530",
    """Dear Ms. Novak,

Thank you for the enquiry. Please find our best prices for the disposable impression trays
(polystyrene, perforated, 8 sizes):

  Sample lot ..........  25 trays (3-4 per size) ....  USD 1.40 / pc
  Production ..........  10,000 trays .................  USD 0.19 / pc
  Lead time production: 5 weeks after your production release.

Looking forward to your valued order.

Regards,
Priya Deshmukh
Medisafe Polymers Pvt. Ltd., Chakan MIDC, Pune 410501
""")
_c11_text = """Hi Anil,

As discussed on Teams, attached is our PO GLD-24-3390 for the 25 sample impression trays (sizes
U1-U4 / L1-L4, 3 or 4 of each). Please build and ship only these 25.

For reference I'm forwarding Priya's quote from March (attached). The 10,000-tray production price in
that quote is for information only - those 10,000 are not released, and please don't buy
polystyrene for them.

The production quantity will be released only after our clinical panel has signed off the samples
(fit on 12 patients, target end of October), and then only by a written release from me with the
quantity. Until then the balance is on hold.

Thanks and talk soon,
"""
_c11_sig = sig("Jennifer Novak", "Purchasing Manager", "Great Lakes Dental Supply, Milwaukee WI",
               "(414) 555-0163")
case("c11_mail_forwarded_old_quote", [],
     "sample PO for 25 with the old quote (10,000) forwarded as rfc822 and declared informational; sign-off + written release by sender",
     [("PO_GLD-24-3390_sample_trays.eml", eml_bytes(mail(
         "Jennifer Novak <jnovak@greatlakesdental.com>",
         "Anil Kulkarni <anil.k@medisafepolymers.in>",
         "PO GLD-24-3390 - sample impression trays (25 pcs)",
         "Wed, 04 Sep 2024 14:35:00 -0500",
         _c11_text + _c11_sig,
         attachments=[("GLD-24-3390.txt", """GREAT LAKES DENTAL SUPPLY - PURCHASE ORDER GLD-24-3390      09/04/2024
VENDOR: MEDISAFE POLYMERS PVT LTD, PUNE
LINE  ITEM          DESCRIPTION                                QTY   UOM   UNIT USD
 1    GL-IT-PS-S    IMPRESSION TRAY PS PERFORATED SAMPLE SET     25   EA       1.40
SCOPE: SAMPLE LOT ONLY. PRODUCTION QTY NOT RELEASED. RELEASE BY J. NOVAK IN WRITING
       AFTER CLINICAL PANEL SIGN-OFF.
""", "text/plain"), ("rfc822", _c11_old)])))])


# c12: quoted supplier assumption of auto-conversion, buyer corrects it -> clean
_c12_sup = """From: Muhammad Usman Javed <export@noorsurgical.pk>
Sent: Monday, 9 September 2024 6:14 PM
To: Liam O'Connor <liam.oconnor@scds.com.au>
Subject: RE: PO SCDS-24-0815 sample cassettes

Dear Mr. Liam,

Thank you for PO SCDS-24-0815 for 30 sample cassettes NSW-C20. Samples will be ready 27 September.

Sir, once you approve the samples we shall straightaway run the balance 2,970 pcs, so that your
clinic roll-out is not delayed. We have kept the laser machine free for October.

Best regards,
Usman"""
_c12_text = """Hi Usman,

Thanks - 27 September works for us.

One correction, so there's no misunderstanding: our sample sign-off does NOT release the balance.
PO SCDS-24-0815 releases the 30 sample cassettes only. The 2,970 stay on hold after the samples are
signed off, and please don't buy steel for them.

The balance is released only by a separate written release from me, which I'll send after the
sign-off of the samples and once our clinic roll-out dates are fixed. No written release from me =
no production. Please don't hold the laser machine for us in October on that basis.

Cheers,
Liam

""" + quote_lines(_c12_sup) + "\n"
_c12_sig = sig("Liam O'Connor", "Product Manager Instruments", "Southern Cross Dental Supply Pty Ltd, Brisbane",
               "+61 7 3852 6640")
case("c12_mail_buyer_corrects_auto_run", [],
     "quoted supplier assumes sample approval rolls into the 2,970; buyer's reply corrects it with hold, event and named releaser",
     [("RE_RE_PO_SCDS-24-0815.eml", eml_bytes(mail(
         "Liam O'Connor <liam.oconnor@scds.com.au>",
         "Muhammad Usman Javed <export@noorsurgical.pk>",
         "RE: RE: PO SCDS-24-0815 sample cassettes",
         "Tue, 10 Sep 2024 08:05:00 +1000",
         _c12_text + _c12_sig,
         html=html_from_text(_c12_text + _c12_sig))))])


# p09: release letter uses 'released' for the drawing (technical) and for production
case("p09_pdf_release_letter_double_release", ["RG009"],
     "one letter says the drawing is 'released' (technical) and uses 'release' for production authority",
     [("Freigabe_Release_1_PO_2024-0815.pdf", pdf([
         ("h1", "DentaNord Handels GmbH"),
         ("p", "Billstrasse 112 | 20539 Hamburg | Deutschland | einkauf@dentanord.de"),
         ("h", "Freigabe / Release No. 1 to PO 2024-0815"),
         ("p", "To: Medipak Polska Sp. z o.o., ul. Fabryczna 7, 53-609 Wroclaw, Poland - Mrs. Agnieszka Wrobel"),
         ("p", "Hamburg, 18.06.2024"),
         ("p", "Dear Mrs. Wrobel,"),
         ("p", "Drawing and artwork STP-90230 Rev C for the sterilisation pouch with printed process "
               "indicator are released; our QM released them on 12.06.2024 after the print-smear test."),
         ("p", "With this letter we release 40 boxes of sample pouches (90 x 230 mm, 200 pcs/box) for "
               "the validation run. Please make and ship these 40 boxes."),
         ("p", "The remaining 960 boxes of PO 2024-0815 are not released. They will be released by a "
               "written production release from Anke Petersen, Leiterin Einkauf, after the validation "
               "report (seal strength per EN ISO 11607-2, dye penetration) has been signed."),
         ("table", [
             ["Pos.", "Article", "PO qty (boxes)", "Released now", "Not released"],
             ["10", "DN-SP-90230-C", "1.000", "40", "960"],
         ]),
         ("p", "Mit freundlichen Grüßen"),
         ("p", "Anke Petersen, Leiterin Einkauf, +49 40 7891 2230"),
     ], title="Release 1 PO 2024-0815", author="DentaNord"))])


# p10: multi-file - PO PDF says 25 pilot packs, the buyer's cover mail says 30
_p10_text = """Olá Jenny,

Segue o PO AB-2024-044 for the 30 pilot starter packs (aligner case + chewies + IFU em português).
Please confirm the ship date - we need them in Curitiba before the clinic training on 21/10.

Ah, and please use the new teal colour from the last photo, not the old green.

Abraços,
Rafael Duarte
Supply Chain | Alinhe Bem Ortodontia Ltda.
Rua XV de Novembro 1299, Curitiba - PR
+55 41 99812-6604
"""
case("p10_multi_po_pdf_mail_conflict", ["RG011"],
     "PO releases 25 pilot starter packs; the buyer's cover mail for the same PO says 30",
     [("PO_AB-2024-044.pdf", pdf([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER AB-2024-044"),
         ("p", "Alinhe Bem Ortodontia Ltda. - CNPJ 41.227.903/0001-55 - Rua XV de Novembro 1299, Curitiba - PR"),
         ("p", "Fornecedor / Supplier: Xiamen Lumi Dental Technology Co., Ltd., Huli District, Xiamen, China"),
         ("p", "Data: 23/09/2024    Moeda: USD    Incoterm: DAP Curitiba (courier)"),
         ("table", [
             ["Item", "Código", "Descrição", "Qtd.", "Unit USD", "Total USD"],
             ["1", "AB-SP-01", "Starter pack: aligner case teal + chewies (pair) + IFU PT-BR - PILOT",
              "25", "3.90", "97.50"],
         ]),
         ("h", "Escopo / Scope"),
         ("p", "Este pedido libera somente as 25 unidades piloto. This PO releases the 25 pilot starter "
               "packs only. The production balance of 2.475 packs in your quote LM-Q-0677 is not released "
               "and no material may be bought for it."),
         ("p", "Unlock: after the clinic pilot (8 clinics, 4 weeks), Rafael Duarte will send a written "
               "release stating the production quantity. Until then the balance stays on hold."),
         ("p", "Comprador / Buyer: Rafael Duarte, Supply Chain"),
     ], title="PO AB-2024-044", author="Alinhe Bem")),
      ("Mail_PO_AB-2024-044.eml", eml_bytes(mail(
          "Rafael Duarte <rafael.duarte@alinhebem.com.br>",
          "Jenny Lin <jenny.lin@lumidental.cn>",
          "PO AB-2024-044 - pilot starter packs",
          "Mon, 23 Sep 2024 17:20:00 -0300",
          _p10_text)))])


# p12: WhatsApp - 10 pilot trays, later '12 pilot trays' without a revision
case("p12_whatsapp_trays_ten_or_twelve", ["RG011"],
     "buyer releases 10 pilot trays, later refers to 'the 12 pilot trays' as agreed; no revision recorded",
     [("WhatsApp_Chat_with_Crestview_Jason.txt", """10/7/24, 8:31 AM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
10/7/24, 8:31 AM - Jason Whitaker: Hi Asif, Jason from Crestview Dental Group here. Got your number from Bilal at the Chicago show
10/7/24, 8:33 AM - Asif Mehmood: Welcome Sir, Asif here from Mehmood Dental Instruments Sialkot. How can I help
10/7/24, 8:40 AM - Jason Whitaker: PO CDG-1045 is in your inbox. It covers 10 pilot trays (stainless perforated impression trays, upper U3 + lower L3, 5 of each) for our lab in Tampa
10/7/24, 8:41 AM - Jason Whitaker: The other 990 from your quote are NOT released. Dr. Amanda Ruiz has to sign off the fit test first and then she sends the written release. Only her written release counts
10/7/24, 8:52 AM - Asif Mehmood: Noted Sir. Pilot first, balance hold till Dr. Amanda written release
10/7/24, 8:53 AM - Asif Mehmood: Electropolish finish ok? or satin
10/7/24, 9:05 AM - Jason Whitaker: electropolish pls, with the CDG logo laser marked on the handle
10/14/24, 2:17 PM - Asif Mehmood: Sir handles are ready, sending pic
10/14/24, 2:17 PM - Asif Mehmood: <Media omitted>
10/14/24, 2:40 PM - Jason Whitaker: Looks great 👌
10/14/24, 2:42 PM - Jason Whitaker: Reminder: the 12 pilot trays as agreed need to be in Tampa by Oct 25, ship DHL on our account 9624 118
10/14/24, 2:44 PM - Asif Mehmood: Ok Sir 👍
"""),
     ])


# p13: Sialkot supplier bought steel for the whole quoted run after a 30-piece sample PO
_p13_text = """Dear Senhora Camila,

Assalam-o-Alaikum and greetings from Sialkot.

Your 30 sample cassettes (model ARS-C14, 14 instruments, with blue silicone rails) are under
polishing now and will be ready for dispatch on 18 October, Inshallah.

Madam, steel rates in Pakistan are increasing every week, so to protect your price we have purchased
the AISI 304 sheet (0.8 mm) for all 3,000 cassettes of our quotation ARS/Q/1021 last Saturday,
although the 3,000 are not released yet. The sheet is in our store and reserved for DentalPlus only.
Hope this is fine for you.

Mill certificate 3.1 attached for your QA file.

Please advise the courier account for the samples.

Best regards,
Hamza Rehman
Marketing Manager
Al-Rehman Surgical Industries
Kashmir Road, Sialkot 51310, Pakistan
Cell/WhatsApp +92 321 6110 482
"""
case("p13_mail_sialkot_steel_all_3000", ["RG006"],
     "supplier bought stainless sheet for all 3,000 quoted cassettes while only 30 samples are ordered",
     [("Sample_cassettes_ARS-C14_status.eml", eml_bytes(mail(
         "Hamza Rehman <hamza@alrehmansurgical.com>",
         "Camila Souza <camila.souza@dentalplus.com.br>",
         "Sample cassettes ARS-C14 - status + steel",
         "Thu, 10 Oct 2024 13:02:00 +0500",
         _p13_text,
         attachments=[("Mill_cert_3.1_heat_H24-8812.txt",
                       "INSPECTION CERTIFICATE EN 10204 3.1\nHEAT H24-8812  GRADE AISI 304 / 1.4301\n"
                       "THK 0.80 MM  C 0.041 CR 18.2 NI 8.05 MN 1.31\nRP0.2 296 MPA  RM 641 MPA  A80 54%\n",
                       "text/plain")])))])


# p14: supplier work order printout - material requisition for the full lot, release 24
case("p14_erp_supplier_work_order", ["RG006"],
     "supplier work order restates the 24-unit release but requisitions resin for 2,400 + scrap",
     [("WO-240812-07_Huaxin.txt", """NINGBO HUAXIN MEDICAL DEVICES CO., LTD.          生产工单 / WORK ORDER          WO-240812-07
ERP: K3-CLOUD          PRINTED: 2024-08-12 14:36          BY: ZHANG.MEI (PMC)
==============================================================================================
CUSTOMER ......: SWISSALIGN SA, LAUSANNE (CUST-0931)
CUSTOMER PO ...: SA-24-0402        ITEM: SA-SP-01 ALIGNER STARTER PACK (CASE+CHEWIES+IFU)
MOULD .........: M-0318-2CAV       MATERIAL: PP RANDOM COPOLYMER MED GRADE, BLUE 2965C
----------------------------------------------------------------------------------------------
CUSTOMER SCOPE (COPIED FROM PO SA-24-0402):
  RELEASED NOW ........ 24 PCS SAMPLES
  BALANCE ............. 2,376 PCS NOT RELEASED - HOLD
  UNLOCK .............. WRITTEN RELEASE FROM DR. N. BRUNNER AFTER SAMPLE CHECK + BUDGET
----------------------------------------------------------------------------------------------
WO QTY (TO PRODUCE) .......................  24 PCS
MATERIAL REQUISITION (MRP RUN 2024-08-12):
  LINE  MATERIAL                       QTY        UOM   BASIS              STATUS
  10    PP MED GRADE BLUE 2965C        79.2       KG    2,400 PCS + 3%     PO TO VENDOR ISSUED
  20    SILICONE CHEWIE 60 SHORE A     4,944      PCS   2,400 PAIRS + 3%   PO TO VENDOR ISSUED
  30    IFU INSERT FR/DE/IT REV 04     2,472      PCS   2,400 + 3%         PRINT ORDER ISSUED
  40    PE BAG 120X180                 2,472      PCS   2,400 + 3%         FROM STOCK
REMARK: BUY FULL LOT MATERIAL NOW, RESIN PRICE UP 8% FROM SEP.   SIGNED: LI.QIANG (PMC MGR)
==============================================================================================
PAGE 1/1
"""),
     ])


# p15: buyer's own PO requires a written release; her mail tells the supplier to roll straight on
_p15_text = """Hallo Marek,

anbei / attached is PO KK-24-118 for the 24 pilot aligner cases (storage case KC-2, matte black).
The PO says it clearly: the 1,176 are not released until I send a written release after the
ISO 10993-5 cytotoxicity report.

Between us, to save time: if the cytotox result comes back clean, you don't need to wait for my
letter - just roll straight into the remaining 1,176 and ship in two lots. I'm travelling a lot in
November and don't want the paperwork to slow us down.

Viele Grüße aus Berlin
"""
_p15_sig = sig("Dr. Lena Vogt", "Head of Product", "Kieferklar GmbH, Berlin", "+49 30 2084 7716")
case("p15_mail_buyer_skip_written_release", ["RG007"],
     "PO requires a written release, but the buyer's mail tells the supplier to roll into the 1,176 when the cytotox result is clean",
     [("PO_KK-24-118_pilot.eml", eml_bytes(mail(
         "Dr. Lena Vogt <lena.vogt@kieferklar.de>",
         "Marek Nowak <m.nowak@polmedform.pl>",
         "PO KK-24-118 pilot aligner cases",
         "Wed, 16 Oct 2024 19:12:00 +0200",
         _p15_text + _p15_sig,
         attachments=[("PO_KK-24-118.pdf", pdf([
             ("h1", "Bestellung / Purchase Order KK-24-118"),
             ("p", "Kieferklar GmbH, Schlesische Str. 27, 10997 Berlin | USt-IdNr. DE 328 114 907"),
             ("p", "Supplier: Polmed Form Sp. z o.o., Poznan, Poland    Date: 16.10.2024"),
             ("table", [
                 ["Pos", "Article", "Description", "Qty", "Unit EUR", "Total EUR"],
                 ["1", "KC-2-BLK", "Aligner storage case KC-2, matte black, pilot lot", "24", "3.20", "76.80"],
             ]),
             ("p", "Scope: This PO releases 24 pilot cases. The remaining 1,176 cases of quote PF/24/311 are "
                   "not released. Unlock: ISO 10993-5 cytotoxicity report, then written release signed by "
                   "Dr. Lena Vogt, Head of Product. No material for the 1,176 before that written release."),
         ], title="PO KK-24-118", author="Kieferklar"), PDF_MT)])))])


# p16: supplier quotation whose terms make production start automatically on sample approval
case("p16_pdf_quote_auto_mass_production", ["RG007"],
     "supplier quote term: mass production starts automatically on sample approval, no separate release",
     [("Hengtai_Quotation_HT-2024-131.pdf", pdf([
         ("h1", "DONGGUAN HENGTAI PRECISION PLASTICS CO., LTD."),
         ("p", "No. 18 Xinghua Road, Chang'an Town, Dongguan, Guangdong 523850, China | ISO 13485:2016 cert. "
               "no. CN-13485-22-0417"),
         ("h", "QUOTATION HT-2024-131"),
         ("p", "Customer: Tidy Smile Aligners Pty Ltd, Melbourne    Date: 2024-09-02    Valid: 45 days"),
         ("table", [
             ["No.", "Item", "Spec", "Qty", "Unit price USD", "Tooling USD"],
             ["1", "Aligner case TS-3", "PP, 2 colours, hinge, pad print 1C", "50 pcs (samples)", "2.80", "-"],
             ["2", "Aligner case TS-3", "same", "10,000 pcs", "0.62", "-"],
             ["3", "Mould TS-3", "4 cavities, S136 steel, 500k shots", "1 set", "-", "6,800"],
         ]),
         ("h", "Terms"),
         ("p", "1. Samples: 15 working days after your sample order. Sample cost charged, credited on the "
               "first mass production order."),
         ("p", "2. Mass production starts automatically upon your sample approval; no separate production "
               "order is needed. Lead time 20 days after sample approval."),
         ("p", "3. Payment: mould 50% deposit, 50% after T1 samples. Parts: 30% deposit, 70% before shipment."),
         ("p", "4. Packing: 100 pcs per PE bag, 500 pcs per carton, carton 52x40x38 cm."),
         ("p", "Contact: Vivian Zhou, Key Account Manager, vivian@hengtai-plastics.com, WeChat vivianzhou_ht"),
     ], title="Quotation HT-2024-131", author="Hengtai"))])


# p17: buyer portal order page: proper scope, then a buyer note saying the launch run can simply follow
case("p17_portal_order_launch_follows", ["RG007"],
     "portal order scopes 40 boxes with written release by a named person, but the buyer's note says the launch run can follow once the lot passes",
     [("scds_portal_order_SCDS-ORD-8812.html", html_page("SCDS Supplier Portal - Order SCDS-ORD-8812", """
<h1>Southern Cross Dental Supply &ndash; Supplier Portal</h1>
<p>Supplier: <b>Sewon Medical Pack Co., Ltd.</b> (V-3120) &middot; Order <b>SCDS-ORD-8812</b> &middot; Status: <b>Open</b></p>
<h2>Order lines</h2>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit AUD</th></tr>
<tr><td>1</td><td>SCDS-PCH-90</td><td>Self-seal pouch 90 x 250 mm, 200/box, AU labelling</td><td>Validation lot &ndash; released</td><td>40 boxes</td><td>7.60</td></tr>
<tr><td>2</td><td>SCDS-PCH-90</td><td>Same, launch quantity for clinic roll-out</td><td>Not released</td><td>2,000 boxes</td><td>6.95</td></tr>
</table>
<h2>Release conditions</h2>
<ul>
<li>Released now: 40 boxes (line 1).</li>
<li>Line 2 is on hold. Unlock event: validation lot passes our incoming inspection (seal width, indicator change, TGA label check), then a written release.</li>
<li>Release authority: Chloe Nguyen, Procurement Lead.</li>
</ul>
<h2>Messages</h2>
<div class="note"><b>Chloe Nguyen, 02/09/2024 10:14:</b> Hi Mr. Cho, good news for your planning &ndash; once the validation lot is
through incoming inspection you can simply carry on with the launch boxes, no need to wait for another document
from us. Clinics open 1 November so every week counts. Thanks!</div>
<p style="font-size:11px;color:#777">Southern Cross Dental Supply Pty Ltd &middot; ABN 24 611 508 392 &middot; Portal v3.8</p>
"""))])


# p19: email thread - buyer scope quoted below; reply gives an unscoped 'green light'
_p19_buyer = """From: Katrin Schäfer <k.schaefer@dlv-rheinmain.de>
Sent: Montag, 2. September 2024 08:40
To: Tomasz Kowalczyk <t.kowalczyk@kowalczyk-cadcam.pl>
Subject: PO RM-24-0507 - validation discs

Dear Tomasz,

PO RM-24-0507 covers 30 validation discs (98.5 x 16 mm, 4Y, A1-D4 mix). Only these 30 are released.
The 1,200 discs per year from your offer are not released; after our validation in the Offenbach lab,
I will send a written release for any production quantity. Nothing else on our side releases it.

Best regards
Katrin Schäfer
Einkauf, Dentallabor-Verbund Rhein-Main GmbH"""
_p19_sup = """From: Tomasz Kowalczyk <t.kowalczyk@kowalczyk-cadcam.pl>
Sent: Mittwoch, 18. September 2024 15:02
To: Katrin Schäfer <k.schaefer@dlv-rheinmain.de>
Subject: RE: PO RM-24-0507 - validation discs

Dear Katrin,

the discs are milled and pre-sintered, the test bars for the 3-point bend test are cut. Our sintering
furnace also has a free slot next week (KW 39). We are waiting for your word.

Regards, Tomasz

""" + quote_lines(_p19_buyer)
_p19_text = """Hi Tomasz,

thank you, that was quick. I had a look with Dr. Brandt this morning - you have the green light from
us. Please send the invoice to rechnung@dlv-rheinmain.de and the certificate with the shipment.

Best regards
Katrin

""" + quote_lines(_p19_sup) + "\n"
case("p19_mail_thread_green_light", ["RG002"],
     "after the supplier mentions both the 30 discs and a free furnace slot, the buyer replies 'you have the green light' with no scope",
     [("RE_RE_PO_RM-24-0507.eml", eml_bytes(mail(
         "Katrin Schäfer <k.schaefer@dlv-rheinmain.de>",
         "Tomasz Kowalczyk <t.kowalczyk@kowalczyk-cadcam.pl>",
         "RE: RE: PO RM-24-0507 - validation discs",
         "Thu, 19 Sep 2024 09:15:00 +0200",
         _p19_text,
         html=html_from_text(_p19_text))))])


# p20: DOCX meeting minutes - 'Ruibo may proceed', no quantity for now; balance hold is stated
case("p20_docx_minutes_may_proceed", ["RG002", "RG010"],
     "minutes record 'supplier may proceed' with no scope and never state the quantity authorized now; hold/event/person present",
     [("Minutes_supplier_call_Ruibo_2024-07-25.docx", docx_bytes([
         ("h1", "Minutes - supplier call Zahnwerk / Ruibo"),
         ("p", "Date: 25.07.2024, 09:00-09:50 CET (Teams)"),
         ("p", "Participants: Dr. Felix Brandt (Zahnwerk, Head of Lab Technology), Jürgen Weiß (Zahnwerk, "
               "Purchasing), Chen Li and Zhou Peng (Jiangsu Ruibo Advanced Ceramics)"),
         ("h", "1. Status of the validation discs"),
         ("p", "Ruibo presented the flexural strength results of their internal lot R-2407-11 (ISO 6872, "
               "mean 1,180 MPa) and the translucency data. Zahnwerk asked for the shade guide photos under "
               "D65 light."),
         ("h", "2. Decisions"),
         ("table", [
             ["No.", "Decision / Action", "Owner", "Due"],
             ["D1", "Ruibo may proceed.", "Chen Li", "-"],
             ["D2", "Shade guide photos D65 to be sent", "Zhou Peng", "02.08.2024"],
             ["D3", "Sintering program P-14 to be validated in Stuttgart and Ulm", "Dr. F. Brandt",
              "30.09.2024"],
         ]),
         ("h", "3. Production volume"),
         ("p", "The production volume of 5,000 discs per year is not released. It will only be released by a "
               "written release from Dr. Felix Brandt after the validation report (D3) is signed."),
         ("h", "4. Next call"),
         ("p", "08.08.2024, 09:00 CET. Minutes: J. Weiß."),
     ], author="Jürgen Weiß"))])


# ------------------------------------------------------------------ batch 3
# p21: Teams chat - supplier asks one question covering pilot shipment and 'the rest'; buyer: 'go ahead'
case("p21_teams_chat_go_ahead", ["RG002"],
     "supplier asks 'can we go?' about the pilot shipment and the rest; buyer answers 'all good, go ahead' without scope",
     [("Teams_chat_Brightline_Yuxin.txt", """Microsoft Teams - chat export
Chat: Brightline Ortho <> Yuxin Medical (external)
Exported: 10/04/2024 17:02 CDT by emily.carter@brightline-ortho.com

[9/20/2024 8:05 AM] Emily Carter: Morning Grace! PO 24-0633 just went out for the retainer cases.
[9/20/2024 8:06 AM] Emily Carter: To be clear on scope: it's 15 pilot retainer cases only. The other 1,485 on your quote are not released.
[9/20/2024 8:07 AM] Emily Carter: They get released only by a written release from me after the drop test and our biocompatibility file review. Nobody else here can release them.
[9/20/2024 8:30 PM] Grace Huang (Yuxin): Noted Emily, 15 pcs pilot. Will update.
[10/3/2024 9:12 PM] Grace Huang (Yuxin): Hi Emily, the 15 pilot cases are packed with the CoC.
[10/3/2024 9:13 PM] Grace Huang (Yuxin): Also production team asks about the rest. Mould is qualified and the line is free from Monday. Can we go?
[10/4/2024 7:48 AM] Emily Carter: all good, go ahead 👍
[10/4/2024 7:49 AM] Emily Carter: ship the pilot by FedEx IP on our account pls
[10/4/2024 8:15 AM] Grace Huang (Yuxin): OK thank you!
"""),
     ])


# p22: supplier treats PO acceptance as the production order for the full commercial cover
_p22_buyer = """From: Stefanie Krüger <s.krueger@medident-vertrieb.de>
Date: Fri, 24 May 2024 10:03:00 +0200
Subject: PO 88120 - sterilisation pouches with indicator

Dear Ms. Wu,

attached is PO 88120. Line 10 = 15 boxes of sample pouches (released now). Line 20 = 1,485 boxes,
commercial cover only: line 20 is not released for production. It will be released only by a written
production release from me after our packaging validation (EN ISO 11607-2). Please do not buy
material for line 20 before that.

Kind regards
Stefanie Krüger
Strategic Purchasing, MediDent Vertrieb GmbH, Köln"""
_p22_text = """Dear Ms. Krüger,

Thanks for your PO 88120. Your PO has been accepted in our ERP system today.

As per our company procedure, an accepted PO becomes a production order, therefore the full 1,500
boxes (line 10 + line 20) are scheduled to start in week 23 on our 4-side sealing line. Estimated
ex-works date is 21 June for all boxes.

Please kindly confirm the carton marks and the pallet height (max 1.6 m?).

Best regards,
Wu Xiaoting (Tina)
Sales Dept. | Suzhou Kangda Medical Packaging Co., Ltd.
No. 66 Jinfeng Road, Suzhou New District, Jiangsu, China
Tel: +86 512 6807 3321

""" + quote_lines(_p22_buyer) + "\n"
case("p22_mail_po_accepted_means_production", ["RG012"],
     "supplier says an accepted PO becomes a production order and schedules all 1,500 while the quoted PO releases 15",
     [("RE_PO_88120_sterilisation_pouches.eml", eml_bytes(mail(
         "Tina Wu <tina.wu@kangda-medpack.com>",
         "Stefanie Krüger <s.krueger@medident-vertrieb.de>",
         "RE: PO 88120 - sterilisation pouches with indicator",
         "Mon, 27 May 2024 16:44:00 +0800",
         _p22_text,
         html=html_from_text(_p22_text))))])


# p23: buyer treats the countersigned PO as the production go (PO attached as DOCX)
_p23_text = """Hi Marek,

Good news - finance countersigned PO CDG-2290 this morning (attached), so from our side production
can start. Please send me your schedule by Friday.

Also, can you confirm the colour of the latch - we want the Crestview blue, Pantone 2935 C.

Thanks,
Jason
"""
_p23_sig = sig("Jason Whitaker", "Senior Buyer", "Crestview Dental Group, Tampa FL", "(813) 555-0119")
case("p23_mail_po_countersigned_start", ["RG012"],
     "buyer says the countersigned PO means production can start, while the attached PO releases 20 pilot units only",
     [("PO_CDG-2290_PPSU_cassettes.eml", eml_bytes(mail(
         "Jason Whitaker <jwhitaker@crestviewdental.com>",
         "Marek Nowak <m.nowak@polmedform.pl>",
         "PO CDG-2290 countersigned - PPSU cassettes",
         "Tue, 05 Nov 2024 09:22:00 -0500",
         _p23_text + _p23_sig,
         attachments=[("PO_CDG-2290.docx", docx_bytes([
             ("h1", "Crestview Dental Group - Purchase Order CDG-2290"),
             ("p", "Vendor: Polmed Form Sp. z o.o., Poznan, Poland    Date: 11/01/2024    Terms: Net 45"),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Scope", "Unit USD"],
                 ["1", "CDG-CAS-PPSU-8", "Instrument cassette, PPSU, 8 instruments, blue latch", "20",
                  "pilot - released", "14.50"],
                 ["2", "CDG-CAS-PPSU-8", "same", "980", "commercial cover - not released", "9.80"],
             ]),
             ("p", "Line 2 is not released for production. Unlock event: pilot sign-off (autoclave cycle "
                   "test, 200 cycles at 134 C) followed by a written production release signed by "
                   "Dr. Amanda Ruiz, Director of Lab Operations."),
             ("p", "Countersigned: Finance, 11/05/2024."),
         ], author="Jason Whitaker"), DOCX_MT)])))])


# p24: Chinese supplier reads the deposit as 'order confirmed = mass production'
_p24_buyer = """From: Olivia Grant <olivia.grant@koaladental.com.au>
Sent: Tuesday, 8 October 2024 10:40 AM
To: Amy Huang <amy@bairui-medical.com>
Subject: PO KDS-PO-24188 - aligner starter sets

Hi Amy,

PO KDS-PO-24188 lists the 6,000 starter sets as commercial cover so you can plan, and we'll pay the
50% deposit as agreed. Production authority is separate: only the 60 sample sets are released now.
The 5,940 balance is not released until our sample sign-off and then a written release from me.

Cheers,
Olivia Grant
Category Manager Consumables, Koala Dental Supplies"""
_p24_text = """Dear Olivia,

Good day!

We received your 50% T/T deposit USD 2,850 today, thank you so much.

According to our company procedure, deposit received means order confirmed, so we arrange the mass
production of 6,000 sets immediately. Finish in 25 days, then we send photos for inspection before
balance payment.

60 samples will be sent by DHL next week.

Best regards
Amy Huang
Guangzhou Bairui Medical Technology Co., Ltd.
Tel/WeChat: +86 138 2614 7709

""" + quote_lines(_p24_buyer) + "\n"
case("p24_mail_tt_deposit_mass_production", ["RG012"],
     "supplier: 'deposit received means order confirmed', mass production of 6,000 arranged; quoted buyer scope releases 60",
     [("RE_PO_KDS-PO-24188_starter_sets.eml", eml_bytes(mail(
         "Amy Huang <amy@bairui-medical.com>",
         "Olivia Grant <olivia.grant@koaladental.com.au>",
         "RE: PO KDS-PO-24188 - aligner starter sets",
         "Fri, 11 Oct 2024 15:31:00 +0800",
         _p24_text)))])


# p25: portal call-off: header 250, line table 200; forecast volume written as binding commitment
case("p25_portal_calloff_committed_volume", ["RG008", "RG011"],
     "call-off page states 250 released in the header but 200 in the line; annual forecast written as a binding commitment",
     [("odontobras_portal_CO-0077.html", html_page("OdontoBras - Portal do Fornecedor - CO-0077", """
<h1>OdontoBras Distribuidora S.A. &ndash; Portal do Fornecedor</h1>
<p>Fornecedor / Supplier: <b>Shree Ganesh Medipack Pvt. Ltd.</b> (F-0412) &middot; Contrato / Agreement: OB-2024-19</p>
<h2>Chamada / Call-off CO-0077</h2>
<p><b>Quantidade liberada / Released quantity: 250 caixas (boxes)</b> &middot; Data: 14/10/2024 &middot; Entrega: 15/11/2024, Santos</p>
<table>
<tr><th>Item</th><th>C&oacute;digo</th><th>Descri&ccedil;&atilde;o</th><th>Qtd. liberada / Released qty</th><th>Pre&ccedil;o USD</th></tr>
<tr><td>1</td><td>OB-ENV-5713</td><td>Envelope autoselante para esteriliza&ccedil;&atilde;o 57 x 130 mm, 200 un/cx, ANVISA label</td><td>200</td><td>3.95</td></tr>
</table>
<h2>Previs&atilde;o anual / Annual volume 2025</h2>
<table>
<tr><th>Item</th><th>Previs&atilde;o 2025 (forecast)</th><th>Status</th></tr>
<tr><td>OB-ENV-5713</td><td>12.000 caixas</td><td>Committed &ndash; binding purchase volume, please plan your production on it</td></tr>
</table>
<div class="note">Saldo / balance: anything beyond this call-off is not released for production. The next
quantity is released only by the next call-off, issued in this portal by Luana Costa (Compras).</div>
<p style="font-size:11px;color:#777">OdontoBras Distribuidora S.A. &middot; CNPJ 08.451.276/0001-30 &middot; S&atilde;o Paulo</p>
""", lang="pt-BR"))])


# p26: buyer turns the Q1 forecast into a committed order
_p26_text = """Hi Ji-hoon,

Quick update from our S&OP meeting this morning.

The Q1 forecast of 3,600 aligner cases (navy 2,400 / white 1,200) is locked - consider it a committed
order and build to it. We'll send the formal PO paperwork after the holidays when our controller is
back, but you don't need to wait for that.

Shipping: please split into three monthly shipments, Jan / Feb / Mar, sea freight to Long Beach.

Also - the new insert card artwork is in the shared drive (rev E). Let me know if the bleed is OK.

Happy holidays to you and the team!
"""
_p26_sig = sig("Sarah Kim", "Director of Operations", "Arcline Aligners Inc., Irvine CA", "(949) 555-0176")
case("p26_mail_forecast_locked_committed", ["RG008"],
     "buyer writes the Q1 forecast of 3,600 as 'locked - consider it a committed order and build to it'",
     [("Q1_2025_aligner_cases.eml", eml_bytes(mail(
         "Sarah Kim <sarah.kim@arclinealigners.com>",
         "Park Ji-hoon <jhpark@seoulprecisionmold.co.kr>",
         "Q1 2025 forecast - aligner cases",
         "Thu, 19 Dec 2024 12:40:00 -0800",
         _p26_text + _p26_sig,
         html=html_from_text(_p26_text + _p26_sig))))])


# p27: SAP-style delivery schedule printout: forecast lines declared binding purchase commitments
case("p27_erp_forecast_lines_binding", ["RG008"],
     "delivery schedule printout headed 'Prognose / forecast' declares all forecast lines binding purchase commitments",
     [("LPL_5500018812_Kowalczyk.txt", """ZAHNWERK DENTALLABORE GMBH                                        SEITE/PAGE 1
LIEFERPLAN / DELIVERY SCHEDULE        NR 5500018812     DRUCK 02.09.2024 07:55
LIEFERANT/VENDOR 200731 KOWALCZYK CAD/CAM MATERIALS SP. Z O.O., KRAKOW
MATERIAL 4711-ZR-9814-A2   ZIRKONRONDE 98,5X14 A2 3Y-TZP     ZEICHNUNG ZW-ZR-14 REV 03
-------------------------------------------------------------------------------------
EINTEILUNGEN / SCHEDULE LINES        PROGNOSE / FORECAST
 ET   LIEFERDATUM    MENGE (STK)    TYP         STATUS
 01   KW 40/2024          120       PROGNOSE    FEST / FIRM
 02   KW 44/2024          120       PROGNOSE    FEST / FIRM
 03   KW 48/2024          150       PROGNOSE    FEST / FIRM
 04   KW 02/2025          150       PROGNOSE    FEST / FIRM
 05   KW 06/2025          180       PROGNOSE    FEST / FIRM
                        -----
 SUMME / TOTAL             720
-------------------------------------------------------------------------------------
HINWEIS/NOTE: ALLE PROGNOSEMENGEN SIND VERBINDLICHE ABNAHMEVERPFLICHTUNGEN.
              ALL FORECAST QUANTITIES ABOVE ARE BINDING PURCHASE COMMITMENTS.
              BITTE FERTIGUNG DANACH PLANEN / PLEASE PLAN PRODUCTION ACCORDINGLY.
PREISE LT. RAHMENVERTRAG RV-2024-02, FCA KRAKOW, ZAHLUNG 30 TAGE NETTO
DISPONENT/PLANNER: J. WEISS  TEL +49 711 2594 3310
-------------------------------------------------------------------------------------
"""),
     ])


# p28: 'released' used for the SAP PO workflow (commercial) and for production
_p28_text = """Oi Vivian, tudo bem?

Boa notícia: o pedido 4500012345 foi liberado no SAP hoje - the PO is released in our approval
workflow, so you will receive the official PDF from SAP in a few minutes.

Importante: the production release of the 1.200 starter kits is a separate thing. Those 1.200 are not
released yet. For now please make only the 12 pilot kits (item 10 of the PO). The 1.200 will be
released by me, in writing, after our clinical team has signed off the pilot kits in the São Paulo
clinics (about 3 weeks of use).

Qualquer dúvida me chama no WhatsApp.

Abraço,
Thiago Nascimento
Gerente de Supply Chain - SorriaJá Alinhadores Ltda.
+55 11 97740-2215
"""
case("p28_mail_sap_po_released_vs_production", ["RG009"],
     "'released' means the SAP PO workflow (commercial) and also production release in the same mail; scope otherwise complete",
     [("Pedido_4500012345_pilot_kits.eml", eml_bytes(mail(
         "Thiago Nascimento <thiago.nascimento@sorriaja.com.br>",
         "Vivian Zhou <vivian@hengtai-plastics.com>",
         "Pedido 4500012345 liberado / PO released - pilot starter kits",
         "Wed, 09 Oct 2024 14:18:00 -0300",
         _p28_text,
         html=html_from_text(_p28_text))))])


# p29: DOCX supplier specification - pilot approval 'is also the approval' for series production
case("p29_docx_spec_pilot_approval_is_series", ["RG007", "RG009"],
     "spec says pilot-lot approval is also the approval to start series production ('approval' = technical + production), contradicting its own written-release line",
     [("BLO-SPEC-031_retainer_case_rev_B.docx", docx_bytes([
         ("h1", "BLO-SPEC-031 Retainer case RC-4 - Supplier specification, rev B"),
         ("p", "Brightline Ortho, Inc., Austin TX - Supplier: Shenzhen Yuxin Medical Plastics Co., Ltd."),
         ("h", "1. Product"),
         ("table", [
             ["Characteristic", "Requirement", "Method"],
             ["Material", "PP homopolymer, medical grade, USP Class VI", "CoC per lot"],
             ["Colour", "Pantone 3252 C, delta E < 1.5", "Spectro, D65"],
             ["Hinge life", ">= 5,000 open/close cycles", "BLO-TM-07"],
             ["Drop test", "1.5 m onto concrete, 10 drops, no crack", "BLO-TM-02"],
             ["Biocompatibility", "ISO 10993-5 and -10 report on file", "external lab"],
         ]),
         ("h", "2. Quantities"),
         ("p", "Pilot lot: 15 cases (PO 24-0641). Launch quantity: 1,500 cases. The launch quantity is not "
               "released by the PO."),
         ("h", "3. Approvals"),
         ("li", "Approval 1 - Drawing approval: Brightline R&D approves drawing RC-4 rev B before tooling."),
         ("li", "Approval 2 - Pilot lot approval: Brightline Quality checks the 15 pilot cases against "
                "section 1. The approval of the pilot lot is also the approval to start series production "
                "of the launch quantity."),
         ("li", "Production releases are signed by Dr. Ethan Brooks, VP Clinical & Quality."),
         ("h", "4. Packaging and labelling"),
         ("p", "Each case in a PE bag, 50 per inner box, 200 per export carton. UDI label per BLO-LBL-09."),
     ], author="Brightline Quality"))])


# p30: KakaoTalk - 'approval' for sample, budget and mass production in one exchange
case("p30_kakao_three_approvals", ["RG009"],
     "buyer lists sample approval, budget approval and mass production approval - one word for technical, commercial and production",
     [("KakaoTalk_Chat_Medipia_OrthoAlpin.txt", """Medipia (Lee Ji-yeon) 님과 카카오톡 대화
저장한 날짜 : 2024-11-08 17:21:40

--------------- 2024년 10월 14일 월요일 ---------------
[Stefan Zürcher] [오후 4:02] Grüezi Ms. Lee! PO OA-24-0921 is out: 50 sample impression trays (metal-free, rim-lock, 10 sizes x 5).
[Stefan Zürcher] [오후 4:03] Only the 50 samples are released. The 4,950 from your offer are not released.
[Lee Ji-yeon] [오후 4:10] Thank you Stefan. 50 pcs sample, understood 🙂

--------------- 2024년 11월 8일 금요일 ---------------
[Stefan Zürcher] [오후 4:45] Update from Bern: sample approval done ✅ Dr. Favre signed the fit report today.
[Stefan Zürcher] [오후 4:46] Budget approval also done yesterday by our CFO.
[Stefan Zürcher] [오후 4:47] So only the mass production approval is missing. That comes from me in writing, hopefully next week, with the quantity. Until then the 4,950 stay on hold please.
[Lee Ji-yeon] [오후 4:52] Congratulations! We wait for your mass production approval 👍
[Stefan Zürcher] [오후 4:55] Thanks! Schönes Wochenende

Stefan Zürcher | Supply Chain Manager | OrthoAlpin AG, Bern
"""),
     ])


# p52: KakaoTalk - supplier asks about artwork/colour 'then we can start'; buyer: 'Approved!'
case("p52_kakao_artwork_approved_start", ["RG002"],
     "supplier: 'if artwork and colour OK, then we can start'; buyer replies 'Approved!' without saying sample-only or a quantity",
     [("KakaoTalk_Chat_Woori_Medical_Mold.txt", """Woori Medical Mold (Jung Hae-won) 님과 카카오톡 대화
저장한 날짜 : 2024-10-30 08:12:05

--------------- 2024년 10월 21일 월요일 ---------------
[Kayla Jennings] [오전 7:30] Hi Hae-won, PO 24-0702 sent this morning. It's for 20 sample cases only.
[Kayla Jennings] [오전 7:31] The 1,980 production cases are not released. I release them in writing after the drop test and our biocompatibility review. Please don't buy resin for them.
[Jung Hae-won] [오전 8:02] Hello Kayla, received. Thank you!

--------------- 2024년 10월 29일 화요일 ---------------
[Jung Hae-won] [오후 3:15] Kayla, attached the final artwork and the colour plaque photo (Pantone 3252C).
[Jung Hae-won] [오후 3:15] 사진
[Jung Hae-won] [오후 3:16] Is artwork and colour OK? Then we can start.
[Kayla Jennings] [오후 6:58] Approved! 🎉
[Jung Hae-won] [오후 7:03] Thank you, we start tomorrow.

Kayla Jennings | Supply Chain Coordinator | Brightline Ortho, Inc.
"""),
     ])


# c13: full-quantity PO full of identifiers that look like quantities -> clean
case("c13_pdf_po_identifiers_full_qty", [],
     "full-quantity stock PO; part numbers, norms, drawing revs and UDI digits look like quantities; no balance",
     [("MediDent_Bestellung_4500-1200.pdf", pdf([
         ("h1", "MediDent Vertrieb GmbH - Bestellung / Purchase Order 4500-1200"),
         ("p", "Hohenzollernring 74, 50672 Köln | Lager / warehouse 2500 | USt-IdNr. DE 812 440 391"),
         ("p", "Lieferant / Supplier: Jiangsu Ruibo Advanced Ceramics Co., Ltd., Yixing, Jiangsu, China "
               "(Kreditor 100250)"),
         ("p", "Datum: 07.10.2024    Ansprechpartner: Stefanie Krüger    Lieferbedingung: FCA Shanghai"),
         ("table", [
             ["Pos", "Art.-Nr.", "Bezeichnung / Description", "Menge / Qty", "Preis EUR", "Wert EUR"],
             ["10", "ZR-1000-98-14", "Zirkonronde 98,5 x 14 mm, 4Y-TZP, A2, Zeichnung ZR-4000 Rev 12",
              "60 Stk", "27,50", "1.650,00"],
             ["20", "ZR-1000-98-18", "Zirkonronde 98,5 x 18 mm, 4Y-TZP, A3, Zeichnung ZR-4000 Rev 12",
              "40 Stk", "31,80", "1.272,00"],
         ]),
         ("p", "Gesamtwert / total: EUR 2.922,00"),
         ("h", "Anforderungen / requirements"),
         ("p", "Norm: DIN EN ISO 6872:2019 Typ II Klasse 5; QM-System ISO 13485:2016; UDI-DI "
               "04260712345678 auf jedem Karton; Charge im Format 2500-A-JJMM. MDR-Konformitätserklärung "
               "(EU) 2017/745 Klasse IIa liegt vor."),
         ("p", "Umfang / scope: Diese Bestellung umfasst die vollständige Menge (60 + 40 Stück). Es gibt "
               "keine Musterphase und keine Restmenge. This order covers the complete quantity; there is "
               "no sample stage and no remaining quantity."),
         ("p", "Liefertermin: KW 46/2024. Verpackung: 10 Ronden je Karton, Karton 1200 g max."),
         ("p", "Mit freundlichen Grüßen, Stefanie Krüger, Strategischer Einkauf"),
     ], title="Bestellung 4500-1200", author="MediDent"))])


# c14: interim release with limits; balance on hold until full sign-off + written release -> clean
case("c14_docx_interim_release_limits", [],
     "release under an interim sign-off: 200 units, expiry date, 1,800 not released, full sign-off + written release by named director",
     [("Release_R-02_GLD-24-3512.docx", docx_bytes([
         ("h1", "Production release R-02 (interim) - order GLD-24-3512"),
         ("p", "Great Lakes Dental Supply, 2201 S. 5th Street, Milwaukee WI 53207 - to Medisafe Polymers "
               "Pvt. Ltd., Chakan MIDC, Pune, India"),
         ("p", "Date: 11/18/2024    Part: GL-IT-PS, disposable impression tray, polystyrene, perforated, 8 sizes"),
         ("h", "Sample sign-off status"),
         ("p", "Disposition: INTERIM. Fit on 12 patients passed; the tray handle flex of size L4 is still "
               "under review. Interim limits: up to 200 trays, shipped before 12/31/2024."),
         ("h", "What this release authorizes"),
         ("table", [
             ["Quantity", "Status", "Condition"],
             ["200 trays", "released now (R-02)", "interim limits: max 200, ship by 12/31/2024"],
             ["1,800 trays", "not released - on hold", "full sign-off of size L4, then written release"],
         ]),
         ("p", "Material authority: sample-only plus the 200 released trays. Please do not buy polystyrene "
               "for the 1,800."),
         ("p", "The 1,800 trays are released only by a separate written release (R-03) signed by Jennifer "
               "Novak, Director of Purchasing, after the full sign-off of size L4."),
         ("p", "Signed: Jennifer Novak, Director of Purchasing, (414) 555-0163"),
     ], author="Jennifer Novak"))])


# c15: WhatsApp (pt-BR / English) scoped go-ahead with hold, event and named person -> clean
case("c15_whatsapp_pilot_trays_scoped", [],
     "'pode ir' scoped to the 20 pilot trays only; 1.980 not released; clinic test then written release by the named buyer",
     [("WhatsApp_Conversa_com_Anil_Medisafe.txt", """21/10/24, 10:02 - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta e ficam somente entre você e os participantes desta conversa.
21/10/24, 10:02 - Luana Costa: Bom dia Anil! Luana from OdontoBras here
21/10/24, 10:05 - Anil Kulkarni: Good morning Madam Luana, Anil from Medisafe Pune. Hope you are fine
21/10/24, 10:06 - Luana Costa: Tudo ótimo! About PO OB-PO-2210 for the impression trays
21/10/24, 10:07 - Anil Kulkarni: Yes madam, tooling modification done. Can we go ahead?
21/10/24, 10:11 - Luana Costa: Pode ir, mas só com as 20 bandejas piloto - go ahead with the 20 pilot trays only
21/10/24, 10:12 - Luana Costa: O resto (1.980) não está liberado. The 1.980 are not released, please don't buy polystyrene for them
21/10/24, 10:14 - Luana Costa: First we test the 20 in 3 clinics here in São Paulo (about 2 weeks). Depois disso eu mando a liberação por escrito - after that I send the written release with the quantity. Only my written release counts
21/10/24, 10:16 - Anil Kulkarni: Understood madam. 20 pilot trays only, balance 1,980 hold until your written release
21/10/24, 10:17 - Luana Costa: Perfeito 👏 Obrigada!
"""),
     ])


# c16: distributor portal PO page - full stock order, no balance -> clean
case("c16_portal_stock_order_full", [],
     "portal stock PO for the full 1,200 rolls in two deliveries; no sample stage and no balance",
     [("dentavis_portal_PO_4100-2388.html", html_page("Dentavis Supplier Portal - PO 4100-2388", """
<h1>Dentavis Supplier Portal</h1>
<p>Supplier: <b>Sewon Medical Pack Co., Ltd.</b> (SUP-2211) &middot; Logged in as: hw.cho@sewonmedpack.co.kr</p>
<h2>Purchase order 4100-2388 &ndash; status: issued</h2>
<table>
<tr><th>Pos.</th><th>Article</th><th>Description</th><th>Quantity</th><th>Delivery</th><th>Unit price EUR</th></tr>
<tr><td>10</td><td>DV-SR-100200</td><td>Sterilisation roll 100 mm x 200 m, steam/EO indicator, EN 868-5</td><td>700 rolls</td><td>KW 45/2024</td><td>11.20</td></tr>
<tr><td>20</td><td>DV-SR-100200</td><td>Sterilisation roll 100 mm x 200 m, steam/EO indicator, EN 868-5</td><td>500 rolls</td><td>KW 03/2025</td><td>11.20</td></tr>
</table>
<p>Total: 1'200 rolls &middot; EUR 13'440.00 &middot; Incoterm FOB Busan</p>
<div class="note">This is a stock order for the complete quantity of 1'200 rolls (two deliveries). There is no sample
stage and no further quantity under this PO. Please produce and ship per the delivery dates above.</div>
<p>Buyer: Sabine Huber, Category Manager Lab Materials &middot; +41 41 728 55 31</p>
<p style="font-size:11px;color:#777">Dentavis AG &middot; Baarerstrasse 21 &middot; 6300 Zug</p>
"""))])


# ------------------------------------------------------------------ batch 4
# p31: release letter - text releases 400 trays, the table says 450
case("p31_docx_release_text_vs_table", ["RG011"],
     "release letter text authorizes 400 trays; its own table shows 450 released now",
     [("Release_R-05_GLD-24-2871.docx", docx_bytes([
         ("h1", "Production release R-05 - order GLD-24-2871"),
         ("p", "Great Lakes Dental Supply, Milwaukee WI - to Hanil Dental Tech Co., Ltd., Incheon, Korea"),
         ("p", "Date: 08/26/2024    Part: GL-IT-RL, rim-lock impression tray, metal-free, sizes 1-10"),
         ("p", "Dear Mr. Yoon,"),
         ("p", "With this release we authorize 400 trays for production and shipment, mixed sizes as per "
               "the attached size split. The sample sign-off for the tray was recorded on 08/20/2024."),
         ("table", [
             ["Release", "Released now", "Cum. released", "Not released (on hold)", "Order total"],
             ["R-05", "450", "450", "3,600", "4,000"],
         ]),
         ("p", "The trays not released stay on hold. They will be released by release R-06, after lot "
               "acceptance of this shipment at our Milwaukee DC, signed by the undersigned."),
         ("p", "Material authority: sample-only plus the quantity released above."),
         ("p", "Kind regards, Jennifer Novak, Director of Purchasing"),
     ], author="Jennifer Novak"))])


# p33: cover mail says call-off of 1.500 discs, the attached call-off PDF says 1,050
_p33_text = """Sehr geehrte Frau Chen, dear Ms. Chen,

anbei unser Abruf Nr. 7 zum Rahmenauftrag RA-2024-11 über 1.500 Ronden ZR-1000-98-14 (A2), attached
is our call-off no. 7 for 1.500 discs.

Liefertermin bitte KW 4/2025, FCA Shanghai wie gehabt. Die Chargenzertifikate bitte vorab per Mail.

Vielen Dank und frohe Festtage!

Mit freundlichen Grüßen
"""
_p33_sig = sig("Stefanie Krüger", "Strategischer Einkauf", "MediDent Vertrieb GmbH, Köln", "+49 221 9937 4410")
case("p33_mail_calloff_1500_vs_pdf_1050", ["RG011"],
     "cover mail says call-off 7 is for 1.500 discs; the attached call-off PDF releases 1,050",
     [("Abruf_07_RA-2024-11.eml", eml_bytes(mail(
         "Stefanie Krüger <s.krueger@medident-vertrieb.de>",
         "Chen Li <chen.li@ruibo-ceramics.cn>",
         "Abruf / call-off 07 - RA-2024-11 - Zirkonronden",
         "Mon, 16 Dec 2024 10:05:00 +0100",
         _p33_text + _p33_sig,
         attachments=[("Abruf_07_RA-2024-11.pdf", pdf([
             ("h1", "ABRUF / CALL-OFF 07"),
             ("p", "MediDent Vertrieb GmbH, Hohenzollernring 74, 50672 Köln - Rahmenauftrag / blanket order "
                   "RA-2024-11 with Jiangsu Ruibo Advanced Ceramics Co., Ltd."),
             ("table", [
                 ["Art.-Nr.", "Bezeichnung", "Rahmenmenge", "Abgerufen bisher", "Dieser Abruf", "Liefertermin"],
                 ["ZR-1000-98-14", "Zirkonronde 98,5 x 14 mm 4Y A2", "6.000", "2.400", "1.050", "KW 4/2025"],
             ]),
             ("p", "Only the quantity of this call-off is released. The rest of the blanket quantity is not "
                   "released and will be released only by the next call-off, signed by Stefanie Krüger."),
             ("p", "Köln, 16.12.2024 - Stefanie Krüger, Strategischer Einkauf"),
         ], title="Abruf 07", author="MediDent"), PDF_MT)])))])


# p34: PO scope note says 'twelve (20)' pilot cases; the line says 12
case("p34_pdf_po_twelve_twenty", ["RG011"],
     "pilot PO line is 12 cases but the scope note says 'twelve (20)'",
     [("TS-PO-0244.pdf", pdf([
         ("h1", "Tidy Smile Aligners Pty Ltd - Purchase Order TS-PO-0244"),
         ("p", "Level 3, 120 Chapel Street, Windsor VIC 3181, Australia | ABN 58 644 120 871"),
         ("p", "Supplier: Shenzhen Mingda Plastic Products Co., Ltd., Longhua District, Shenzhen, China"),
         ("p", "Date: 3 December 2024    Delivery: 20 December 2024, DHL    Currency: USD"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "TS-CASE-5", "Aligner case, frosted clear, magnet closure - pilot", "12", "5.10", "61.20"],
         ]),
         ("h", "Scope"),
         ("p", "Please make twelve (20) pilot cases for our clinic roll-out kit. Nothing else is released "
               "by this PO: the 3,000 production cases in your quote MD-Q-2411 are not released and you "
               "may not buy material for them."),
         ("p", "Unlock: the production cases are released only by a written release from Hannah Whitlock, "
               "Head of Clinical Operations, after the pilot cases pass our magnet pull-off test and TGA "
               "labelling review."),
         ("p", "Hannah Whitlock, Head of Clinical Operations, +61 3 9012 4471"),
     ], title="TS-PO-0244", author="Tidy Smile Aligners"))])


# p35: multi-file - ERP PO printout releases 48 boxes; the buyer's release mail says the PO authorizes 40
_p35_text = """Hi Agnieszka,

Following up on our call: PO PDS-55-330 authorizes 40 validation units (boxes of 57 x 130 mm pouches,
print version P2). Please plan those for shipment by January 17.

Everything beyond the validation units stays on hold. The balance will only be released by a written
release from me after our EN ISO 11607 validation is complete.

Thanks and happy holidays,
Megan
"""
_p35_sig = sig("Megan Cole", "Sourcing Manager", "Pearl Dental Distribution LLC, Columbus OH", "(614) 555-0108")
case("p35_multi_erp_po_48_mail_40", ["RG011"],
     "ERP PO releases 48 validation boxes; the buyer's mail for the same PO says it authorizes 40",
     [("PDS-55-330_PO_print.txt", """PEARL DENTAL DISTRIBUTION LLC            PURCHASE ORDER            PO NO: PDS-55-330
4400 COMMERCE PKWY, COLUMBUS OH 43228     DATE: 12/09/2024           REV: 0
VENDOR: V-2291 MEDIPAK POLSKA SP. Z O.O., UL. FABRYCZNA 7, 53-609 WROCLAW, POLAND
BUYER : M. COLE                           TERMS: NET 30              FOB: FCA WROCLAW
--------------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                                QTY  UOM   UNIT USD   EXT USD
01  PDS-SP-57130   SELF-SEAL POUCH 57X130 PRINT P2 200/BOX     48  BOX       4.60    220.80
                   SCOPE: VALIDATION LOT - RELEASED
02  PDS-SP-57130   SAME - PRODUCTION BALANCE                 3952  BOX       3.85      0.00
                   SCOPE: NOT RELEASED - HOLD. NO MATERIAL.
--------------------------------------------------------------------------------------
RELEASE OF LN 02 ONLY BY WRITTEN RELEASE FROM M. COLE AFTER EN ISO 11607 VALIDATION.
LN 02 VALUE NOT COMMITTED UNTIL RELEASED.                    PO VALUE USD:   220.80
"""),
      ("RE_PDS-55-330_validation_units.eml", eml_bytes(mail(
          "Megan Cole <mcole@pearldental.com>",
          "Agnieszka Wrobel <a.wrobel@medipak.pl>",
          "PDS-55-330 - validation units",
          "Wed, 11 Dec 2024 15:48:00 -0500",
          _p35_text + _p35_sig)))])


# p36: supplier weekly status report (PDF) - powder bought for the full blanket quantity
case("p36_pdf_supplier_status_powder", ["RG006"],
     "supplier status report: 400 released by the customer, zirconia powder purchased for 4,000 blanks",
     [("Ruibo_weekly_status_KW38_Zahnwerk.pdf", pdf([
         ("h1", "Weekly status report - Zahnwerk Dentallabore GmbH"),
         ("p", "Jiangsu Ruibo Advanced Ceramics Co., Ltd. | Report week 38/2024 | Prepared by: Zhou Peng, "
               "Project Engineer"),
         ("h", "1. Order status"),
         ("table", [
             ["Customer doc.", "Item", "Released by customer", "Produced", "Shipped", "Remark"],
             ["PO 2024-4102", "RZ-98514-A2 disc 98.5x14 4Y A2", "400", "260", "0",
              "sintering batch 2 on 20.09."],
         ]),
         ("h", "2. Material"),
         ("table", [
             ["Material", "Quantity", "Covers", "Status"],
             ["Zirconia powder 4Y-PSZ, spray-dried", "4,200 kg", "4,000 blanks (full blanket quantity, not yet released by customer)",
              "purchased, received 12.09."],
             ["Binder PVA-2", "160 kg", "4,000 blanks", "purchased"],
             ["Cartons 10-pack", "400 pcs", "4,000 blanks", "ordered"],
         ]),
         ("p", "Reason: powder price from our supplier rises 6% in Q4, so we secured the full quantity."),
         ("h", "3. Quality"),
         ("p", "Flexural strength lot R-2409-03: 1,150 MPa (ISO 6872 3-point). Translucency 43% at 1 mm. "
               "Density 6.07 g/cm3."),
         ("h", "4. Next steps"),
         ("p", "Ship 400 discs in KW 40. Await next PO / call-off from Zahnwerk."),
     ], title="Weekly status KW38", author="Zhou Peng"))])


# p37: Polish supplier has already printed and slit material for the whole 10.000 boxes
_p37_text = """Dear Mr. Weiß,

thank you for your order 2024-4417 for 80 boxes of sample pouches (135 x 280 mm, Zahnwerk print).
The 80 boxes will be ready on 14.11.

To be ready for your roll-out in all 14 labs, we have already printed and slit the paper and the
film for the whole 10.000 boxes. The reels are stored in our warehouse in Lodz. We know the
10.000 boxes are not released yet - we are waiting for your written release for them.

Best regards / Z poważaniem
Paweł Zieliński
Key Account Manager DACH
Sterimed Packaging Sp. z o.o.
ul. Przemysłowa 14, 93-552 Łódź, Poland
tel. +48 42 640 18 77
"""
case("p37_mail_polish_film_10000", ["RG006"],
     "supplier has printed and slit material for 10.000 boxes while 80 sample boxes are ordered",
     [("Zamowienie_2024-4417_Sterimed.eml", eml_bytes(mail(
         "Paweł Zieliński <p.zielinski@sterimed.pl>",
         "Jürgen Weiß <j.weiss@zahnwerk-labore.de>",
         "Your order 2024-4417 - sample pouches 135 x 280",
         "Tue, 29 Oct 2024 11:20:00 +0100",
         _p37_text,
         html=html_from_text(_p37_text))))])


# p39: Swiss PO - balance held until the ISO 10993 report, then supplier 'shall continue'; no person
case("p39_pdf_po_continue_after_iso10993", ["RG005", "RG007"],
     "PO holds the balance until the ISO 10993 report and then lets the supplier continue by itself; nobody named to release",
     [("OA-24-1107_Bestellung.pdf", pdf([
         ("h1", "OrthoAlpin AG - Bestellung / Purchase order OA-24-1107"),
         ("p", "Laupenstrasse 18, 3008 Bern, Switzerland | UID CHE-402.118.650"),
         ("p", "Supplier: Ningbo Huaxin Medical Devices Co., Ltd., Beilun District, Ningbo, China"),
         ("p", "Date: 04.11.2024    Incoterm: FCA Ningbo    Currency: USD"),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Unit USD", "Amount USD"],
             ["10", "OA-ASC-4", "Aligner storage case ASC-4, white, validation lot", "24", "3.60", "86.40"],
             ["20", "OA-ASC-4", "Aligner storage case ASC-4, white, balance", "2'376", "0.95", "2'257.20"],
         ]),
         ("h", "Conditions"),
         ("p", "Pos. 10 (24 validation units) is to be produced and shipped now."),
         ("p", "The balance of pos. 20 (2'376 units) is not released before the ISO 10993-5/-10 test report "
               "on the validation units has been received by OrthoAlpin. Upon a passing report, the "
               "supplier shall continue with production of the balance."),
         ("p", "Contact for this order: Stefan Zürcher, Supply Chain Manager, +41 31 552 70 14"),
     ], title="OA-24-1107", author="OrthoAlpin"))])


# p41: WhatsApp group - product manager tells the supplier to run the lot if the samples pass
case("p41_whatsapp_group_ja_pode_rodar", ["RG007"],
     "buyer's written-release scope is set, then a product manager says 'if the samples pass, já pode rodar o lote todo'",
     [("WhatsApp_Chat_SorriaJa_x_Krishna_Dental.txt", """02/09/24, 11:20 - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta e ficam somente entre você e os participantes desta conversa.
02/09/24, 11:20 - Thiago Nascimento criou o grupo "SorriaJá x Krishna Dental"
02/09/24, 11:20 - Thiago Nascimento adicionou Bruna Alves, Karthik Raman
02/09/24, 11:24 - Thiago Nascimento: Hello Karthik, welcome! This group is for the impression tray project
02/09/24, 11:26 - Thiago Nascimento: PO SJ-2409-07 = 30 sample trays only. The 2.970 production trays are NOT released. I send the written release after the clinic test. Sem minha liberação por escrito, nada de produção 🙏
02/09/24, 11:40 - Karthik Raman: Dear Sir, noted with thanks. 30 samples under process, dispatch 16 Sept
02/09/24, 11:41 - Bruna Alves: Oi Karthik! I am the product manager here, I will do the clinic test with 3 dentists
13/09/24, 16:05 - Bruna Alves: Karthik, the launch is on 15 October so we are very tight 😬
13/09/24, 16:06 - Bruna Alves: Se as amostras passarem no teste clínico, já pode rodar o lote todo - if the samples pass the clinic test you can already run the whole lot, não precisa esperar o papel do Thiago
13/09/24, 16:09 - Karthik Raman: Ok madam, we will keep everything ready 👍
13/09/24, 16:10 - Bruna Alves: Obrigada!! 🙌
"""),
     ])


# p42: sample PO mail with PO PDF and the supplier's offer PDF attached; nothing marks 5.000 as not released
_p42_text = """Hi Paweł,

Thanks for the offer. Please find attached our PO KDS-PO-24230 for the 50 sample boxes of the
135 x 280 mm pouches, as per your offer OF-24-311 (also attached for reference).

Delivery to our Brisbane warehouse, DAP, by 15 November please. The boxes need our AU label with the
TGA ARTG number - artwork to follow from our graphics team on Monday.

Looking forward to working with you.

Kind regards,
"""
_p42_sig = sig("Ben Taylor", "Buyer - Infection Control", "Koala Dental Supplies Pty Ltd, Brisbane", "+61 7 3350 2290")
case("p42_mail_sample_po_offer_attached", ["RG001", "RG003", "RG004", "RG005"],
     "mail with sample PO (50 boxes) and the offer (5.000 boxes) attached; nothing says the 5.000 are informational or on hold, no event, no releaser",
     [("KDS-PO-24230_sample_pouches.eml", eml_bytes(mail(
         "Ben Taylor <ben.taylor@koaladental.com.au>",
         "Paweł Zieliński <p.zielinski@sterimed.pl>",
         "PO KDS-PO-24230 - sample pouches 135 x 280",
         "Fri, 18 Oct 2024 14:02:00 +1000",
         _p42_text + _p42_sig,
         html=html_from_text(_p42_text + _p42_sig),
         attachments=[
             ("KDS-PO-24230.pdf", pdf([
                 ("h1", "PURCHASE ORDER KDS-PO-24230"),
                 ("p", "Koala Dental Supplies Pty Ltd, 40 Gympie Road, Kedron QLD 4031, Australia"),
                 ("p", "Supplier: Sterimed Packaging Sp. z o.o., Lodz, Poland    Date: 18/10/2024"),
                 ("table", [
                     ["Line", "Part", "Description", "Qty", "Unit AUD", "Total AUD"],
                     ["1", "KDS-PCH-135", "Self-seal pouch 135 x 280 mm, 200/box, AU label - samples",
                      "50 boxes", "12.40", "620.00"],
                 ]),
                 ("p", "Ref.: supplier offer OF-24-311. Terms: 30 days EOM."),
             ], title="KDS-PO-24230", author="Koala Dental Supplies"), PDF_MT),
             ("Sterimed_offer_OF-24-311.pdf", pdf([
                 ("h1", "Sterimed Packaging - Offer OF-24-311"),
                 ("p", "ul. Przemyslowa 14, 93-552 Lodz, Poland | for Koala Dental Supplies, Brisbane"),
                 ("table", [
                     ["Article", "Description", "Quantity", "Price AUD/box"],
                     ["ST-135280", "Self-seal pouch 135 x 280 mm, 200 pcs/box, EN 868-5", "50 boxes (samples)",
                      "12.40"],
                     ["ST-135280", "same", "5.000 boxes", "8.95"],
                 ]),
                 ("p", "Lead time: samples 2 weeks, production 5 weeks. Validity 60 days."),
             ], title="Offer OF-24-311", author="Sterimed"), PDF_MT),
         ])))])


# p43: buyer portal sample order shows the project volume with no hold wording
case("p43_portal_sample_order_project_volume", ["RG001", "RG003", "RG004", "RG005"],
     "portal sample order for 25 cases with 'project volume 2,500' beside it; no hold, no unlock event, no release person",
     [("pearl_portal_sample_order_SO-4471.html", html_page("Pearl Dental Supplier Hub - Sample order SO-4471", """
<h1>Pearl Dental Supplier Hub</h1>
<p>Vendor: <b>Seoul Precision Mold Co., Ltd.</b> &middot; Vendor ID PD-V-0877</p>
<h2>Sample order SO-4471</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Item</td><td>PD-AC-22 Aligner case, two-tone, Pearl logo</td></tr>
<tr><td>Sample quantity</td><td>25 units</td></tr>
<tr><td>Project volume (year 1)</td><td>2,500 units</td></tr>
<tr><td>Target unit price (volume)</td><td>USD 1.10</td></tr>
<tr><td>Need date</td><td>11/29/2024</td></tr>
<tr><td>Ship to</td><td>Pearl Dental DC, 4400 Commerce Pkwy, Columbus OH 43228</td></tr>
</table>
<h2>Notes from Pearl Dental</h2>
<p>Samples are for our distributor stock review and the launch kit photo shoot. Please include the resin CoC and
the colour master. Invoice against SO-4471.</p>
<p>Contact: Megan Cole, Sourcing Manager, (614) 555-0108</p>
<p style="font-size:11px;color:#777">Pearl Dental Distribution LLC &middot; Supplier Hub v2.1</p>
"""))])


# p44: multi-file - SAP PO printout for 30 sample blanks + separate supplier quote PDF showing 3,000
case("p44_multi_sap_po_and_quote", ["RG001", "RG003", "RG004", "RG005"],
     "folder with a sample PO for 30 blanks and the supplier quote with 3,000; PO references the quote without any hold, event or releaser",
     [("Bestellung_4500331870_SAP.txt", """ZAHNWERK DENTALLABORE GMBH - BESTELLUNG / PURCHASE ORDER                  SEITE 1
BESTELLNR 4500331870          DATUM 23.09.2024          EINKAEUFER J. WEISS
LIEFERANT 200912 DAEJIN ZIRCONIA CO LTD, GIMHAE-SI, KOREA
---------------------------------------------------------------------------------
POS  MATERIAL           KURZTEXT                          MENGE  ME   PREIS USD
10   4711-ZR-9816-ML    ZIRKONRONDE 98,5X16 MULTILAYER       30  ST       34,00
     MUSTER / SAMPLES LT. ANGEBOT Q-DJ-2024-077 VOM 12.09.2024
---------------------------------------------------------------------------------
LIEFERTERMIN KW 42/2024   LIEFERBEDINGUNG DAP STUTTGART   ZAHLUNG 30 TAGE NETTO
ES GELTEN UNSERE ALLGEMEINEN EINKAUFSBEDINGUNGEN STAND 01/2023.
BITTE AUFTRAGSBESTAETIGUNG INNERHALB 3 ARBEITSTAGEN AN EINKAUF@ZAHNWERK-LABORE.DE
"""),
      ("Quotation_Q-DJ-2024-077.pdf", pdf([
          ("h1", "DAEJIN ZIRCONIA CO., LTD. - QUOTATION Q-DJ-2024-077"),
          ("p", "45, Saneop-ro 156beon-gil, Gimhae-si, Gyeongsangnam-do, Korea | ISO 13485:2016"),
          ("p", "To: Zahnwerk Dentallabore GmbH, Stuttgart - Mr. Jürgen Weiß    Date: 2024-09-12"),
          ("table", [
              ["No.", "Item", "Qty", "Unit price USD", "Remark"],
              ["1", "Multilayer zirconia disc 98.5 x 16 mm (samples)", "30 pcs", "34.00", "2 weeks"],
              ["2", "Multilayer zirconia disc 98.5 x 16 mm", "3,000 pcs", "21.50", "6 weeks"],
          ]),
          ("p", "Price DAP Stuttgart. Validity 90 days. Shade: 16 VITA classical shades available."),
          ("p", "Kim Min-su, Overseas Sales, +82 55 338 2041"),
      ], title="Q-DJ-2024-077", author="Daejin Zirconia"))])


# c17: written release of the remaining balance after sample sign-off -> clean
_c17_text = """Hi Kevin,

Production release PR-01 for order TS-0199 (aligner case TS-3, frosted teal):

- Our regulatory team signed off the IFU and the UDI label on 14 August, and the 30 samples were
  signed off for fit on 1 August.
- With this written release I release the remaining 2,970 cases for production. Together with the
  30 samples this completes the 3,000 cases of your quote TQ-24-077; there is no further balance on
  this order.
- Delivery split: 1,500 cases by 30 September, 1,470 cases by 31 October, sea freight to Melbourne.
- Please apply the pad print change (3 mm towards the hinge) from the sample feedback.

Please acknowledge this release by return mail.

Cheers,
"""
_c17_sig = sig("Hannah Whitlock", "Head of Clinical Operations", "Tidy Smile Aligners Pty Ltd, Melbourne VIC",
               "+61 3 9012 4471")
case("c17_mail_written_release_balance", [],
     "written production release of the remaining 2,970 after recorded sign-offs, by the named sender; no balance left",
     [("PR-01_TS-0199_production_release.eml", eml_bytes(mail(
         "Hannah Whitlock <hannah@tidysmile.com.au>",
         "Kevin Zhang <kevin.zhang@szmingda-plastic.com>",
         "PR-01 - production release TS-0199",
         "Fri, 16 Aug 2024 09:05:00 +1000",
         _c17_text + _c17_sig,
         html=html_from_text(_c17_text + _c17_sig))))])


# c18: DOCX product specification with no authorization at all -> clean
case("c18_docx_spec_no_order", [],
     "product specification only (dimensions, norms, pack counts, test sample sizes); authorizes nothing",
     [("KC-2_Produktspezifikation_rev_C.docx", docx_bytes([
         ("h1", "Produktspezifikation / Product specification KC-2 Aligner-Box, rev C"),
         ("p", "Kieferklar GmbH, Berlin - document KK-PS-002, rev C, 02.09.2024 - owner: Dr. Lena Vogt"),
         ("h", "1. Purpose"),
         ("p", "Defines the storage case KC-2 for Kieferklar aligner therapy. This document is a technical "
               "specification; it does not order, release or forecast any quantity."),
         ("h", "2. Requirements"),
         ("table", [
             ["No.", "Characteristic", "Requirement", "Test / sample size"],
             ["2.1", "Outer dimensions", "92 x 68 x 31 mm +/- 0.3", "CMM, n = 5 per cavity"],
             ["2.2", "Material", "PP, biocompatible per ISO 10993-1 (surface device, < 24 h)", "report"],
             ["2.3", "Hinge", "5,000 cycles without breakage", "n = 10"],
             ["2.4", "Drop test", "1.2 m, 10 drops, no opening", "n = 32"],
             ["2.5", "Colour", "matte black RAL 9005, gloss < 10 GU", "n = 5"],
             ["2.6", "Marking", "Kieferklar logo pad print, UDI on outer label (MDR Art. 27)", "visual"],
         ]),
         ("h", "3. Packaging"),
         ("p", "One case per PE bag; 50 bags per inner box; 8 inner boxes (400 cases) per export carton "
               "600 x 400 x 400 mm, max. 12 kg."),
         ("h", "4. Change control"),
         ("p", "Changes to material, tool, process or sub-supplier need written notice 90 days in advance."),
     ], author="Lena Vogt"))])


# ------------------------------------------------------------------ batch 5
# p45: DOCX sample order for 15 launch-kit sets beside the 1,500 launch volume; no hold/event/person
case("p45_docx_sample_order_launch_kit", ["RG001", "RG003", "RG004", "RG005"],
     "sample order for 15 launch-kit sets with 'launch kit volume 1,500' in the same table; no hold, event or release person",
     [("Musterbestellung_SR-24-09_SwissAlign.docx", docx_bytes([
         ("h1", "Musterbestellung / Sample order SR-24-09"),
         ("p", "SwissAlign SA, Avenue de Sévelin 36, 1004 Lausanne, Switzerland"),
         ("p", "To: Medipia Co., Ltd., Seongsu-dong 2-ga, Seongdong-gu, Seoul, Korea - attn. Ms. Lee Ji-yeon"),
         ("p", "Date: 30.09.2024"),
         ("p", "Dear Ms. Lee, following our video call, we order the following sample sets for our clinic "
               "roll-out in Romandie. Each launch kit contains 1 aligner case, 2 chewies, 1 removal tool "
               "and the IFU leaflet FR/DE/IT."),
         ("table", [
             ["Item", "Description", "Quantity", "Price CHF"],
             ["SA-LK-01", "Launch kit - sample sets", "15 sets", "18.00 / set"],
             ["SA-LK-01", "Launch kit volume (clinic roll-out Q1 2025)", "1'500 sets", "6.40 / set"],
         ]),
         ("p", "Delivery of the sample sets: by 25 October 2024, DHL Express, DAP Lausanne."),
         ("p", "Labelling: CE mark, UDI-DI on the kit label, Swiss authorised representative address."),
         ("p", "Meilleures salutations, Dr. Nadia Brunner, Head of Regulatory Affairs & QA"),
     ], author="Nadia Brunner"))])


# p46: 'go ahead with the samples only' - scoped, but no quantity authorized now anywhere
_p46_text = """Hi Asif,

Thanks for the call this morning. Please go ahead with the samples only, as discussed - same
electropolish finish and laser mark as the pilot trays, but with the new wider handle.

The production quantity (the 1,000 trays in your quote MDI-Q-0931) is not released. It will be
released only by a written release from me after our fit test in the Tampa lab. Please don't buy
steel for it.

Best,
"""
_p46_sig = sig("Dr. Amanda Ruiz", "Director of Lab Operations", "Crestview Dental Group, Tampa FL", "(813) 555-0131")
case("p46_mail_go_ahead_samples_no_qty", ["RG010"],
     "'go ahead with the samples only' is scoped, but no document states how many samples are authorized now",
     [("Samples_wider_handle_trays.eml", eml_bytes(mail(
         "Dr. Amanda Ruiz <aruiz@crestviewdental.com>",
         "Asif Mehmood <asif@mehmooddental.pk>",
         "Samples - wider handle trays",
         "Wed, 06 Nov 2024 11:48:00 -0500",
         _p46_text + _p46_sig,
         cc="Jason Whitaker <jwhitaker@crestviewdental.com>")))])


# p47: PDF PO - validation lot with quantity 'TBC'; everything else scoped
case("p47_pdf_po_validation_qty_tbc", ["RG010"],
     "PO releases a validation lot whose quantity is 'TBC per validation plan'; hold, event and releaser are stated",
     [("SCDS-PO-24-0931.pdf", pdf([
         ("h1", "Southern Cross Dental Supply Pty Ltd - Purchase Order SCDS-24-0931"),
         ("p", "12 Boundary Street, Fortitude Valley QLD 4006, Australia | ABN 24 611 508 392"),
         ("p", "Supplier: Krishna Dental Products Pvt. Ltd., SIDCO Industrial Estate, Ambattur, Chennai, India"),
         ("p", "Date: 22 October 2024    Currency: AUD    Incoterm: DAP Brisbane"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Price"],
             ["1", "SCDS-IT-PS", "Disposable impression tray, PS, perforated, 8 sizes - validation lot",
              "TBC per validation plan VP-112 (your QA to confirm)", "as per quote KD/Q/24/388"],
         ]),
         ("h", "Scope"),
         ("p", "This PO covers the validation lot only. The production quantity of quote KD/Q/24/388 is not "
               "released and no material may be bought for it."),
         ("p", "Unlock: after the validation report VP-112 is signed by our QA, Chloe Nguyen, Procurement "
               "Lead, will issue a written release. Until then the production quantity stays on hold."),
         ("p", "Chloe Nguyen, Procurement Lead, +61 7 3852 6611"),
     ], title="SCDS-24-0931", author="Southern Cross Dental Supply"))])


# p48: release of 'the first batch - go ahead!' with no quantity; hold/event/person present
_p48_text = """Oi Jenny, tudo bem?

The clinic pilot went really well - the dentists loved the teal colour and the patients had no
issues with the case closure. 🎉

So: we release the first batch - go ahead! Please send me the production schedule and the packing
list proposal.

Everything after the first batch stays on hold. The next batch will be released by me, in writing,
after the first batch passes our incoming inspection in Curitiba.

Abraços,
Rafael Duarte
Supply Chain | Alinhe Bem Ortodontia Ltda.
+55 41 99812-6604
"""
case("p48_mail_first_batch_go_ahead", ["RG002", "RG010"],
     "'we release the first batch - go ahead!' names no quantity and no sample scope; later batches held with event and person",
     [("Resultado_piloto_AB-2024-044.eml", eml_bytes(mail(
         "Rafael Duarte <rafael.duarte@alinhebem.com.br>",
         "Jenny Lin <jenny.lin@lumidental.cn>",
         "Resultado do piloto / first batch",
         "Tue, 19 Nov 2024 18:30:00 -0300",
         _p48_text,
         html=html_from_text(_p48_text))))])


# p50: WeChat export - 'please start the validation lot', nothing else
case("p50_wechat_start_validation_lot", ["RG003", "RG004", "RG005", "RG010"],
     "buyer chat asks to start the validation lot: no quantity, no hold on the rest, no unlock event, no releaser",
     [("WeChat_Tina_Wu_Kangda.txt", """WeChat chat history with Tina Wu (Kangda Medical Packaging)
Exported 2024-10-18

2024-10-14 09:12  Stefanie Krüger: Hi Tina, good morning from Köln
2024-10-14 09:13  Stefanie Krüger: the artwork for the new pouch with the green indicator is final, I sent it by mail yesterday
2024-10-14 15:40  Tina Wu: Dear Stefanie, good afternoon! Yes we received. Plate making needs 5 days
2024-10-14 15:41  Tina Wu: [Image]
2024-10-14 15:41  Tina Wu: this is the colour draft for indicator
2024-10-15 08:55  Stefanie Krüger: looks good. please start the validation lot, thx
2024-10-15 08:56  Stefanie Krüger: and send the seal strength data with it
2024-10-15 16:02  Tina Wu: OK dear, we arrange 👌
2024-10-18 10:30  Tina Wu: [File] Kangda_PI_2410-118.pdf
2024-10-18 10:31  Tina Wu: PI for the validation lot, please check
"""),
     ])


# p51: balance released after 'internal approval in our company' - no named person (HTML portal export attached)
_p51_text = """Dear Mr. Yoon,

Good morning from São Paulo! As agreed, please find our PO OB-PO-2288 attached (export from our
supplier portal).

Only the 60 sample trays are released now. The balance of 1.940 trays is not released. It will be
released after internal approval in our company, following the sample sign-off by our clinical team.
Please do not buy material for the 1.940 before that.

Delivery of the 60 trays: by air to Guarulhos, DAP, before 29 November.

Best regards,
Luana Costa
Compras / Purchasing
OdontoBras Distribuidora S.A.
Rua Funchal 418, Vila Olímpia, São Paulo - SP
+55 11 3047-2290
"""
case("p51_mail_internal_approval_no_person", ["RG005"],
     "60 samples released, 1.940 on hold until sample sign-off and 'internal approval in our company'; nobody named to release",
     [("PO_OB-PO-2288_sample_trays.eml", eml_bytes(mail(
         "Luana Costa <luana.costa@odontobras.com.br>",
         "Yoon Sung-ho <shyoon@hanildental.co.kr>",
         "PO OB-PO-2288 - sample impression trays",
         "Thu, 31 Oct 2024 09:12:00 -0300",
         _p51_text,
         attachments=[("OB-PO-2288.html", html_page("OdontoBras - Pedido OB-PO-2288", """
<h1>Pedido de compra OB-PO-2288</h1>
<p>Fornecedor: Hanil Dental Tech Co., Ltd., Incheon &middot; Data: 31/10/2024</p>
<table>
<tr><th>Item</th><th>C&oacute;digo</th><th>Descri&ccedil;&atilde;o</th><th>Qtd.</th><th>Status</th></tr>
<tr><td>1</td><td>OB-MOL-RL</td><td>Moldeira rim-lock, metal-free, 10 tamanhos - amostras</td><td>60</td><td>liberado / released</td></tr>
<tr><td>2</td><td>OB-MOL-RL</td><td>Saldo / balance</td><td>1.940</td><td>n&atilde;o liberado / not released</td></tr>
</table>
<p class="note">Saldo liberado somente ap&oacute;s aprova&ccedil;&atilde;o interna, depois da avalia&ccedil;&atilde;o cl&iacute;nica das amostras.
Balance released only after internal approval, following the clinical sign-off of the samples.</p>
""", lang="pt-BR"), "text/html")])))])


# c19: supplier status - pilot finished, explicitly not buying material or starting the balance -> clean
_c19_text = """Dear Dr. Vogt,

a short status on PO KK-24-118:

- The 24 pilot cases KC-2 (matte black) are finished and packed. Dimensional report (CMM, 5 pcs per
  cavity) and the resin CoC are attached to the shipment documents. Pick-up by DHL tomorrow.
- We are not buying resin for the 1,176 cases and we will not start them. As written in your PO,
  they need your written release after the ISO 10993-5 report - a mail saying we can roll on is not
  enough for our QA, sorry! We would need the written release signed by you.
- The tool stays in our warehouse, preserved, until we hear from you.

Best regards / Pozdrawiam
Marek Nowak
Prezes Zarządu | Polmed Form Sp. z o.o.
ul. Górna Wilda 92, 61-576 Poznań, Poland | +48 61 833 40 12
"""
case("c19_mail_supplier_not_buying_material", [],
     "supplier status: 24 pilot cases done, no material bought and nothing started for the 1,176 until the written release",
     [("Status_PO_KK-24-118.eml", eml_bytes(mail(
         "Marek Nowak <m.nowak@polmedform.pl>",
         "Dr. Lena Vogt <lena.vogt@kieferklar.de>",
         "Status PO KK-24-118 - pilot cases ready",
         "Thu, 31 Oct 2024 17:25:00 +0100",
         _c19_text)))])


# c20: Korean supplier quote in mail with tiers and a 'when can we proceed?' question -> clean
_c20_text = """Dear Ms. Novak,

Thank you for your inquiry of 2 September. We are pleased to quote for the rim-lock impression
trays (metal-free, autoclavable PPSU, sizes 1-10) as below.

  Item            Qty                 Unit price (USD)   Lead time
  GL-IT-RL        50 pcs (sample)     2.90               2 weeks
  GL-IT-RL        2,000 pcs           1.35               5 weeks
  GL-IT-RL        10,000 pcs          1.08               7 weeks

- Price: FOB Incheon. Packing 50 pcs/inner box, 500 pcs/carton.
- Tooling: existing, no charge.
- Certificates: ISO 13485:2016, FDA 510(k) exempt Class I, ISO 10993-5 report available.
- Validity: 60 days.

Please let us know when we can proceed, and which quantity you want to start with.

Best regards,
Yoon Sung-ho / Manager, Overseas Sales
HANIL DENTAL TECH CO., LTD.
88 Namdong-daero 215beon-gil, Namdong-gu, Incheon, Korea
Tel +82 32 817 2290
"""
case("c20_mail_korean_quote_question", [],
     "supplier quote with three tiers ending in a question about when to proceed; no authorization",
     [("Quotation_rim-lock_trays_Hanil.eml", eml_bytes(mail(
         "Yoon Sung-ho <shyoon@hanildental.co.kr>",
         "Jennifer Novak <jnovak@greatlakesdental.com>",
         "Quotation - rim-lock impression trays (HQ-24-0915)",
         "Mon, 09 Sep 2024 10:40:00 +0900",
         _c20_text,
         html=html_from_text(_c20_text))))])


# c21: multi-file - PO PDF declares the quote's production tier informational + quote PDF -> clean
case("c21_multi_po_and_quote_informational", [],
     "PO for 50 pilot kits declares the quote's 10.000 informational and not released, with event and named releaser; quote as separate file",
     [("Pedido_SJ-2410-15.pdf", pdf([
         ("h1", "SorriaJá Alinhadores Ltda. - Pedido de compra / PO SJ-2410-15"),
         ("p", "Av. Paulista 1842, cj. 154, São Paulo - SP | CNPJ 32.118.440/0001-09"),
         ("p", "Fornecedor: Dongguan Hengtai Precision Plastics Co., Ltd.    Data: 15/10/2024    DAP São Paulo"),
         ("table", [
             ["Item", "Código", "Descrição", "Qtd.", "USD unit.", "USD total"],
             ["1", "SJ-KIT-02", "Kit inicial: estojo + chewies + ferramenta - piloto", "50", "4.20", "210.00"],
         ]),
         ("h", "Escopo / Scope"),
         ("p", "Este pedido libera apenas os 50 kits piloto. This PO releases the 50 pilot kits only."),
         ("p", "A cotação HT-2024-152 (anexa) mostra 10.000 kits: esta quantidade é apenas informativa e não "
               "está liberada. The 10.000 kits in the attached quote are for information only and are not "
               "released; do not buy material for them."),
         ("p", "Liberação do saldo: somente por liberação escrita de Thiago Nascimento, Gerente de Supply "
               "Chain, após a aprovação clínica dos kits piloto (4 semanas em 6 clínicas). Balance release: only "
               "by a written release from Thiago Nascimento, Supply Chain Manager, after the clinical "
               "sign-off of the pilot kits (4 weeks in 6 clinics)."),
     ], title="PO SJ-2410-15", author="SorriaJa")),
      ("Cotacao_HT-2024-152.pdf", pdf([
          ("h1", "DONGGUAN HENGTAI PRECISION PLASTICS CO., LTD. - QUOTATION HT-2024-152"),
          ("p", "Customer: SorriaJá Alinhadores Ltda., São Paulo    Date: 2024-10-08"),
          ("table", [
              ["No.", "Item", "Qty", "Unit price USD"],
              ["1", "Starter kit SJ-KIT-02 (pilot)", "50 sets", "4.20"],
              ["2", "Starter kit SJ-KIT-02", "10,000 sets", "1.85"],
          ]),
          ("p", "Lead time: pilot 12 days; production 25 days after customer's written production release."),
          ("p", "Vivian Zhou, Key Account Manager"),
      ], title="HT-2024-152", author="Hengtai"))])


# c22: stop notice (mail + PDF) - nothing may start; released stays at the delivered samples -> clean
_c22_text = """Hi Ji-hoon,

Please see the attached stop notice for order ARC-ASC-2 (aligner cases). In short: please stop
everything on this order now - nothing more may start, released or not.

I'll call you tonight your morning to walk through the CAPA. Sorry for the trouble, and thanks for
your help with the root cause.
"""
_c22_sig = sig("Sarah Kim", "Director of Operations", "Arcline Aligners Inc., Irvine CA", "(949) 555-0176")
case("c22_mail_stop_notice", [],
     "stop notice: released quantity stays at the 40 delivered samples, 4,960 not released, stop lifted and balance released only in writing by named director",
     [("STOP_ARC-ASC-2.eml", eml_bytes(mail(
         "Sarah Kim <sarah.kim@arclinealigners.com>",
         "Park Ji-hoon <jhpark@seoulprecisionmold.co.kr>",
         "STOP NOTICE - order ARC-ASC-2",
         "Tue, 26 Nov 2024 17:10:00 -0800",
         _c22_text + _c22_sig,
         attachments=[("Stop_notice_SN-2024-03.pdf", pdf([
             ("h1", "STOP NOTICE SN-2024-03"),
             ("p", "Arcline Aligners Inc., 17875 Von Karman Ave, Irvine CA 92614 - to Seoul Precision Mold "
                   "Co., Ltd."),
             ("p", "Order: ARC-ASC-2 aligner case, PO 55310 and related releases. Date: 11/26/2024."),
             ("p", "Reason: hinge crack found on 3 of the 40 samples after 2,000 cycles (CAPA-24-031)."),
             ("table", [
                 ["Quantity", "Status"],
                 ["40 samples", "released and delivered - no further units may start"],
                 ["4,960 units", "not released - on hold; no material, no production"],
             ]),
             ("p", "Effective now, nothing more may start on this order, released or not."),
             ("p", "The stop is lifted only by a written notice from Sarah Kim, Director of Operations, after "
                   "CAPA-24-031 is closed. Lifting the stop releases nothing by itself: the 4,960 units then "
                   "still need a separate written release from Sarah Kim, after the new samples are signed off."),
             ("p", "Sarah Kim, Director of Operations"),
         ], title="Stop notice SN-2024-03", author="Arcline Aligners"), PDF_MT)])))])


# c23: TOTVS-style ERP printout of a sample PO with a complete scope note -> clean
case("c23_erp_protheus_sample_po", [],
     "ERP sample PO: 10 cassettes released, saldo 990 not released, sample sign-off then written release by named buyer",
     [("PC_000318_OdontoBras_Protheus.txt", """TOTVS PROTHEUS 12.1.2310         ODONTOBRAS DISTRIBUIDORA S.A.          EMISSAO: 07/10/2024 11:42
PEDIDO DE COMPRA / PURCHASE ORDER N. 000318                                   FOLHA 1/1
FORNECEDOR: 000477 NOOR SURGICAL WORKS (PVT) LTD - SIALKOT - PAQUISTAO
COND. PAGTO: 100% ANTECIPADO (AMOSTRAS)        MOEDA: USD       FRETE: FOB KARACHI
--------------------------------------------------------------------------------------------------
IT  PRODUTO        DESCRICAO                                   QTDE  UN   VLR UNIT    VLR TOTAL
01  OB-CAS-C20     CASSETE INSTRUMENTAL 20 INSTR. INOX 304     10    PC      38,50       385,00
                   AMOSTRAS / SAMPLE LOT
--------------------------------------------------------------------------------------------------
OBSERVACOES / NOTES:
 - ESTE PEDIDO LIBERA SOMENTE 10 PC (AMOSTRAS). THIS PO RELEASES 10 PCS (SAMPLES) ONLY.
 - SALDO DA COTACAO NSW-Q-24-131 (990 PC): NAO LIBERADO / NOT RELEASED. NAO COMPRAR ACO.
 - LIBERACAO DO SALDO SOMENTE POR ESCRITO, ASSINADA POR LUANA COSTA (COMPRAS), APOS
   APROVACAO TECNICA DAS AMOSTRAS PELA ENGENHARIA (TESTE DE AUTOCLAVE 134 C).
   BALANCE RELEASED ONLY IN WRITING BY LUANA COSTA (PURCHASING) AFTER ENGINEERING SIGN-OFF
   OF THE SAMPLES (AUTOCLAVE TEST 134 C).
--------------------------------------------------------------------------------------------------
COMPRADOR: LUANA COSTA            TOTAL DO PEDIDO USD: 385,00
"""),
     ])


# c24: long quoted thread; the buyer's final 'proceed' names the 40 validation discs only -> clean
_c24_m1 = """From: Sabine Huber <s.huber@dentavis.ch>
Sent: Tuesday, 3 September 2024 09:02
To: Chen Li <chen.li@ruibo-ceramics.cn>
Subject: Multilayer discs 5Y - enquiry

Dear Ms. Chen,

we are looking for a second source for multilayer 5Y discs (98.5 x 20 mm), 16 shades. Could you
quote a validation lot and a yearly volume of about 2'000 discs? We need ISO 6872 data and the
MDR technical documentation summary.

Kind regards, Sabine Huber"""
_c24_m2 = """From: Chen Li <chen.li@ruibo-ceramics.cn>
Sent: Thursday, 5 September 2024 16:40
To: Sabine Huber <s.huber@dentavis.ch>
Subject: RE: Multilayer discs 5Y - enquiry

Dear Sabine,

thank you. Validation lot 40 discs at USD 39.00, volume 2,000 discs at USD 26.50, lead time 4 weeks.
Flexural strength 750 MPa (ISO 6872), translucency 49%. Shall we proceed?

Best regards, Chen Li

""" + quote_lines(_c24_m1)
_c24_m3 = """From: Sabine Huber <s.huber@dentavis.ch>
Sent: Friday, 6 September 2024 08:15
To: Chen Li <chen.li@ruibo-ceramics.cn>
Subject: RE: RE: Multilayer discs 5Y - enquiry

Dear Ms. Chen,

thanks, the data look promising. Two questions before we order: can you confirm the shade
transition is 4 layers, and do you ship with the sintering program for Ivoclar furnaces?

Sabine

""" + quote_lines(_c24_m2)
_c24_m4 = """From: Chen Li <chen.li@ruibo-ceramics.cn>
Sent: Monday, 9 September 2024 10:02
To: Sabine Huber <s.huber@dentavis.ch>
Subject: RE: RE: RE: Multilayer discs 5Y - enquiry

Dear Sabine,

yes, 4 layers, and we supply programs for Ivoclar and Dentsply furnaces. Waiting for your order.

Chen Li

""" + quote_lines(_c24_m3)
_c24_text = """Dear Ms. Chen,

thank you for the answers. PO 4100-2417 is attached in our portal.

Please proceed with the 40 validation discs only (16 shades, 2-3 discs per shade as listed in the PO).
The 2'000 discs per year from your quote remain not released - please do not buy powder or plan
production for them.

Next step: our partner labs in Zug and Basel run the validation (ISO 6872 strength + shade match,
about 6 weeks). After a positive sign-off, I will send you a written release for the first
production quantity. Until that written release, nothing beyond the 40 discs is authorized.

Freundliche Grüsse / kind regards
Sabine Huber
Category Manager Lab Materials, Dentavis AG, Zug
+41 41 728 55 31

""" + quote_lines(_c24_m4) + "\n"
case("c24_mail_long_thread_scoped_proceed", [],
     "long quoted thread; supplier asked 'shall we proceed?'; buyer's answer proceeds with the 40 validation discs only, balance held, event and named releaser",
     [("RE_Multilayer_discs_5Y_PO_4100-2417.eml", eml_bytes(mail(
         "Sabine Huber <s.huber@dentavis.ch>",
         "Chen Li <chen.li@ruibo-ceramics.cn>",
         "RE: RE: RE: RE: Multilayer discs 5Y - enquiry / PO 4100-2417",
         "Tue, 10 Sep 2024 14:20:00 +0200",
         _c24_text,
         html=html_from_text(_c24_text))))])


# ==== END OF CASES


# =================================================================== output
def _formats_of(fn, data):
    """Formats contained in one top-level file (EML attachments included)."""
    ext = fn.rsplit(".", 1)[-1].lower()
    found = {ext}
    if ext == "eml":
        from email import message_from_bytes
        msg = message_from_bytes(data if isinstance(data, bytes) else data.encode(), policy=policy.default)
        for part in msg.walk():
            name = part.get_filename()
            if name:
                found.add(name.rsplit(".", 1)[-1].lower())
            elif part.get_content_type() == "message/rfc822":
                found.add("eml")
    return found


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(9797).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9]+", "_", first.rsplit(".", 1)[0]).strip("_").lower()
        folder = f"h97_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary for the README
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    fmt_files, fmt_cases = {}, {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
        seen = set()
        for fn, data in c["files"]:
            ext = fn.rsplit(".", 1)[-1].lower()
            fmt_files[ext] = fmt_files.get(ext, 0) + 1
            seen |= _formats_of(fn, data)
        for f in seen:
            fmt_cases[f] = fmt_cases.get(f, 0) + 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    multifile = sum(1 for c in CASES if len(c["files"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multi} "
          f"multi-file={multifile}")
    for r, n in counts.items():
        print(f"  {r}: {n}")
    print("  formats (top-level files):", dict(sorted(fmt_files.items())))
    print("  formats (cases containing):", dict(sorted(fmt_cases.items())))


if __name__ == "__main__":
    main()
