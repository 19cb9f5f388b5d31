#!/usr/bin/env python3
"""Generator for the releasegate check_holdout183 corpus.

Domain: hospital beds and patient handling (bed frames, side rails, mattress platforms,
patient lifts, sling bars, castor sets).

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout183/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import unicodedata
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
def _pdf_safe(s):
    """The PDFs use the standard Type 1 fonts (WinAnsi). Letters outside cp1252 (Ş, ı, ū, ė, ń ...)
    are folded to their base letter, as many ERP PDF exports do, instead of printing as boxes."""
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        rep = {"ı": "i", "ł": "l", "Ł": "L", "İ": "I", "≤": "<=", "≥": ">="}.get(ch)
        if rep is None:
            rep = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            try:
                rep.encode("cp1252")
            except UnicodeEncodeError:
                rep = "?"
        out.append(rep)
    return "".join(out)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [(b[0],) + tuple(([[_pdf_safe(c) for c in r] for r in x] if b[0] == "table" else _pdf_safe(x))
                              for x in b[1:]) for b in blocks]
    title, author = _pdf_safe(title), _pdf_safe(author)
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
    m["Message-ID"] = msgid or f"<h183-{_MSGN[0]:04d}@{dom}>"
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
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h183")
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


def txt2html(text):
    """Render a plain mail body as the HTML alternative; '>' quoted lines become blockquotes."""
    parts = ['<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    depth = 0
    for line in text.split("\n"):
        d = 0
        s = line
        while s.startswith(">"):
            d += 1
            s = s[1:]
            if s.startswith(" "):
                s = s[1:]
        while depth < d:
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                         'padding-left:1ex">')
            depth += 1
        while depth > d:
            parts.append("</blockquote>")
            depth -= 1
        parts.append((escape(s) if s.strip() else "&nbsp;") + "<br>")
    while depth:
        parts.append("</blockquote>")
        depth -= 1
    parts.append("</div>")
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def quote(text, depth=1):
    """Prefix every line with '> ' (depth times), as a mail client does in a reply."""
    pre = "> " * depth
    return "\n".join((pre + ln).rstrip() if ln.strip() else pre.rstrip() for ln in text.split("\n"))


KRA_FOOTER = (
    "\n--\n{name}\n{title}\nKlinikverbund Rheinauen gGmbH\nZentraleinkauf | Neusser Str. 210 | 50733 Köln\n"
    "Tel. {phone}\n\n"
    "Klinikverbund Rheinauen gGmbH - Sitz Köln - Amtsgericht Köln HRB 48120 - "
    "Geschäftsführung: Dr. Ulrike Hansen, Peter Lohmar\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, "
    "informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail. / This e-mail may contain "
    "confidential information. If you are not the intended recipient, please notify the sender and "
    "delete it.\n"
)


def kra_sig(name, title, phone="+49 221 8837 4412"):
    return KRA_FOOTER.format(name=name, title=title, phone=phone)


# =================================================================== CLEAN
# c01 - supplier quote with sample and production tiers, no authorization in the bundle.
case("c01_kangning_quote_castor_tiers", [],
     "supplier quote with a 40-set sample tier and a 1.200-set option; no authorization, so clean",
     [("KN-Q-24117.txt", """\
CHANGZHOU KANGNING MEDICAL EQUIPMENT CO., LTD.
常州康宁医疗设备有限公司
No. 18 Wuyi South Road, Wujin District, Changzhou, Jiangsu 213161, P.R. China
Tel: +86 519 8633 7121    Fax: +86 519 8633 7122    lily.zhou@kangning-med.cn

==========================================================================================
QUOTATION                                                  No.   : KN-Q-24117
                                                           Date  : 2024-05-21
                                                           Valid : 60 days
To   : Banksia Aged Care Ltd, 41 Greenhill Rd, Wayville SA 5034, Australia
Attn : Ms. Bronwyn Keats, Procurement Lead
Ref  : your RFQ BAC-RFQ-0088 dd. 2024-05-09
==========================================================================================

Item : CS-125 castor set for hospital bed / aged care bed
       4 pcs twin wheel castor 125 mm, central locking, TPU tread grey,
       stem M12x1.75 x 30 mm, 2 pcs total brake + 2 pcs directional lock
       Drawing KN-CS125 Rev 3, load 150 kg per castor, tested to EN 12530 (500 km run test)

+----+------------------------------------+--------+------+------------+--------------+
| No | Description                        |    Qty | Unit | Unit price | Amount (USD) |
+----+------------------------------------+--------+------+------------+--------------+
| 1  | CS-125 sample lot                  |     40 | set  |      46.80 |     1,872.00 |
| 2  | CS-125 mass production (option)    |  1,200 | set  |      31.50 |    37,800.00 |
| 3  | Modify brake pedal mould (one time)|      1 | lot  |     850.00 |       850.00 |
+----+------------------------------------+--------+------+------------+--------------+

Remarks:
1. Price FOB Shanghai in USD, packing 1 set / carton, 10 cartons / master carton.
2. Sample lead time 25 days after receive PO.
   Mass production lead time 40-45 days after your written production release.
3. Item 2 is price for your information only. Quotation is not order, we do not start
   mass production or buy material for item 2 without your written release.
4. Payment term: samples T/T 100% before shipment. Mass production: T/T 30% / 70% against
   B/L copy, to be agreed in the order.
5. Factory certified ISO 9001:2015 and ISO 13485:2016, cert no. CN-13485-0577.

Any question pls kindly contact us. Thanks for your support!

Lily Zhou (周莉)
Sales Manager, Export Dept.
WeChat / WhatsApp: +86 139 1502 7788
""")])

# c02 - buyer RFQ with price scenarios labelled as forecast; multipart/alternative + text attachment.
_c02_text = """Sehr geehrter Herr Wiśniewski,
dear Mr. Wiśniewski,

as discussed at MEDICA last November, we kindly ask for your offer for the electric bed frame
HB-400 (drawing HB-400-000 Rev 4, 4-section lying surface, 3 actuators, safe working load 250 kg,
acc. to EN 60601-2-52).

Please quote:
1. six (6) sample frames for evaluation by our Medizintechnik in Köln-Merheim,
2. price scenario A: 120 frames,
3. price scenario B: 240 frames.

Scenarios A and B are only for your price calculation. They are forecast figures from our
2025 bed replacement programme and NOT an order. With this RFQ there is no production or material
authority of any kind.

Please send the offer until 14.06.2024 with lead times, Incoterms (DAP Köln), validity and your
ISO 13485:2016 certificate. Technical specification see attached file.

Mit freundlichen Grüßen / Best regards
""" + kra_sig("Katrin Vogelsang", "Strategischer Einkauf / Strategic Purchasing")

_c02_spec = """RFQ-2024-0311  -  Technische Spezifikation / Technical specification  HB-400
-----------------------------------------------------------------------------
Frame            : steel tube 40x40x2 mm (S235), powder coat RAL 9016, 80 µm
Lying surface    : 4 sections, 2000 x 900 mm, platform by others (MP-90)
Height range     : 380 - 800 mm, Trendelenburg 12°
Actuators        : 3 pcs, 24 V DC, IPX4, 10 000 cycle test report required
Castors          : 4 x 125 mm twin wheel, central locking (CS-125 or equal)
Side rails       : split side rails SR-220 (supplied by others), interface per DRG HB-400-310
Safe working load: 250 kg, patient max. 185 kg
Standards        : EN 60601-1, EN 60601-2-52:2010+A1:2015, ISO 13485:2016, ISO 9001:2015
Salt spray       : 480 h ISO 9227 NSS on coated sample plate
Documents        : CE DoC, risk file extract, IFU in German
"""

case("c02_kra_rfq_hb400_scenarios", [],
     "buyer RFQ; 120/240 scenarios are explicitly forecast figures and not an order",
     [("RFQ_2024-0311.eml", eml_bytes(mail(
         "Katrin Vogelsang <k.vogelsang@klinikverbund-rheinauen.de>",
         "Tomasz Wiśniewski <t.wisniewski@medram.pl>",
         "Anfrage / RFQ 2024-0311 - Bettgestell HB-400",
         "Mon, 27 May 2024 10:14:00 +0200",
         _c02_text, html=txt2html(_c02_text),
         attachments=[("RFQ-2024-0311_Spezifikation.txt", _c02_spec, "text/plain")])))])

# c03 - WhatsApp group: supplier asks for the go-ahead on the balance, buyer answers with full scope.
case("c03_whatsapp_bac_perdana_balance_question", [],
     "buyer recap states 10 samples, 290 on hold, sign-off by Daz then written release by Leanne Cho; "
     "supplier's go-ahead request is a question",
     [("WhatsApp Chat with BAC x Perdana SB-450.txt", """\
11/07/2024, 08:42 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
11/07/2024, 08:42 - Bronwyn Keats created group "BAC x Perdana SB-450"
11/07/2024, 08:43 - Bronwyn Keats added Nurul Aisyah (Perdana), Kelvin Tan (Perdana), Daz Whitfield
11/07/2024, 08:47 - Bronwyn Keats: Morning all, made a group for the sling bar job so we're not chasing each other over email 🙂
11/07/2024, 08:49 - Bronwyn Keats: Quick recap so everyone's on the same page. PO 7700-1194 is for the 10 sample sling bars SB-450 only. The other 290 on your quote are NOT released. They stay on hold until Daz signs off the samples after the trial at our Glenelg home, and after that Leanne Cho (our GM Operations) sends the written release. Material for the 10 samples only pls.
11/07/2024, 09:02 - Nurul Aisyah (Perdana): Noted with thanks Bronwyn 🙏
11/07/2024, 09:03 - Nurul Aisyah (Perdana): Samples target ship end of July, will update
11/07/2024, 09:10 - Daz Whitfield: 👍
02/08/2024, 14:10 - Kelvin Tan (Perdana): Hi Bronwyn, 10 samples already sent by DHL, AWB 58 2291 0047
02/08/2024, 14:11 - Kelvin Tan (Perdana): Can we get go-ahead for the balance 290? Our line free end of Aug
02/08/2024, 14:31 - Bronwyn Keats: Thanks Kelvin, tracking looks good. Not yet sorry, the 290 are still on hold. Daz does the trial sign-off next week and then it's Leanne's written release, nothing before that. Pls don't buy material for the 290 either
02/08/2024, 14:33 - Kelvin Tan (Perdana): Ok noted, we wait for Leanne release. Thanks
02/08/2024, 16:05 - Daz Whitfield: Trial's booked for Tues 13th, I'll report back
""")])

# c04 - clearly labelled demand forecast (PDF, table).
case("c04_whmc_forecast_labelled", [],
     "rolling demand forecast labelled forecast only / not an order / no production or material authority",
     [("WHMC_demand_forecast_Q3-2024.pdf", pdf([
         ("h1", "Wadi Hanifa Medical City Project"),
         ("p", "WHMC Project Company - Procurement Department - King Fahd Road, Riyadh 12271, KSA"),
         ("h", "Rolling Demand Forecast - Patient Handling and Beds - Q3 2024 to Q2 2025"),
         ("p", "Issue 3, 01.07.2024. Prepared by Procurement (Eng. Faisal Al-Harbi) for supplier "
               "capacity planning."),
         ("p", "FORECAST ONLY - NOT A PURCHASE ORDER. This forecast gives no production release and no "
               "material authority. Quantities are estimates and may change with the tower handover "
               "dates. Orders and production releases are issued separately, in writing."),
         ("table", [
             ["Item", "Supplier", "Q3-2024", "Q4-2024", "Q1-2025", "Q2-2025", "Total (forecast)"],
             ["AMM-E3 electric bed frame (Towers B-D)", "Anadolu Medikal", "0", "60", "120", "120", "300"],
             ["PL-180 mobile patient lift, SWL 180 kg", "Kangning Medical", "8", "40", "40", "32", "120"],
             ["SB-450 4-point sling bar", "Perdana CareTech", "0", "50", "75", "75", "200"],
             ["CS-125 castor set (spares)", "Kangning Medical", "0", "25", "25", "50", "100"],
         ]),
         ("sp",),
         ("p", "Basis: tower handover programme Rev 7 (Tower B 11/2024, Tower C 02/2025, Tower D 05/2025), "
               "bed ratio 1.0 per room, lifts 1 per 2.5 rooms in ICU/HDU. Standards referenced in the "
               "tender: EN 60601-2-52, ISO 10535:2021, SASO IEC 60601-1."),
         ("p", "Next forecast issue: 01.10.2024."),
     ], title="WHMC rolling demand forecast", author="WHMC Procurement"))])

# c05 - sample sign-off record, scoped approval ("approved for fit check only").
case("c05_gch_signoff_fit_check_only", [],
     "sign-off 'approved for fit check only; production not released'; 180 on hold; ward trial sign-off "
     "then written release by Aoife Brennan",
     [("SR-220_sample_record_GCH.docx", docx_bytes([
         ("h1", "Glenmore Care Homes Ltd - Estates & Equipment"),
         ("h", "Sample sign-off record SSR-2024-07"),
         ("table", [
             ["Part", "SR-220 split side rail, left and right, for HB-400 frame; DRG BM-SR220 Rev C"],
             ["Supplier", "Baltimeda UAB, Kaunas, Lithuania"],
             ["PO", "GCH-4410 - twenty (20) sample side rails"],
             ["Samples received", "20 pcs on 06/06/2024, GRN 18822"],
             ["Checked by", "Ciarán Moloney, Estates & Equipment Lead"],
         ]),
         ("sp",),
         ("h", "Checks"),
         ("table", [
             ["Check", "Requirement", "Result"],
             ["Entrapment zones 1-4", "EN 60601-2-52:2010+A1:2015, cl. 201.9", "pass"],
             ["Rail height above mattress", ">= 220 mm with 180 mm mattress", "235 mm, pass"],
             ["Latch release force", "<= 30 N", "22 N, pass"],
             ["Fit to HB-400 frame Rev 4", "no tools, 2 min per side", "pass (one rail tight, 3 mm shim)"],
         ]),
         ("sp",),
         ("h", "Disposition"),
         ("p", "Approved for fit check only; production not released."),
         ("p", "The 20 samples may be fitted to the trial beds at Castletroy for the ward trial. This "
               "record does not release any production quantity."),
         ("p", "Balance: the 180 side rails on quote BM-Q-0571 remain on hold. Unlock event: ward trial "
               "sign-off by Ciarán Moloney, then a written release by Aoife Brennan, Director of "
               "Operations. Nobody else can release the balance."),
         ("p", "Material authority: sample-only. Baltimeda should not buy aluminium profile for the 180."),
         ("sp",),
         ("p", "Signed: Ciarán Moloney, 12/06/2024"),
     ], author="Ciarán Moloney"))])

# c06 - full-quantity PO with "proceed with the full 24 units".
case("c06_bac_po_full_qty_lifts", [],
     "full-quantity PO for 24 lifts, no balance; 'proceed with the full 24 units' is scoped",
     [("BAC_PO_7700-1150.pdf", pdf([
         ("h1", "Banksia Aged Care Ltd - Purchase Order"),
         ("p", "41 Greenhill Rd, Wayville SA 5034, Australia - ABN 61 204 338 917"),
         ("table", [
             ["PO number", "7700-1150", "Date", "04/06/2024"],
             ["Supplier", "Changzhou Kangning Medical Equipment Co., Ltd.", "Supplier no.", "S-0412"],
             ["Quote ref.", "KN-Q-24096", "Buyer", "Bronwyn Keats"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Total USD"],
             ["1", "PL-180", "Mobile patient lift, SWL 180 kg, ISO 10535:2021, 2 x 24 V battery, "
                            "charger 240 V AU plug", "24", "EA", "1,085.00", "26,040.00"],
             ["2", "FRT", "Sea freight FOB Shanghai to Port Adelaide", "1", "LOT", "1,380.00", "1,380.00"],
         ]),
         ("sp",),
         ("table", [
             ["Schedule", "Qty", "Deliver to", "Due"],
             ["Lot 1", "12", "Banksia Glenelg, 12 Partridge St", "30/09/2024"],
             ["Lot 2", "12", "Banksia Mount Barker, 5 Cameron Rd", "31/10/2024"],
         ]),
         ("sp",),
         ("p", "This is the full and final quantity for this order: 24 lifts. There is no balance and no "
               "further quantity on this PO. Proceed with the full 24 units as per the schedule above."),
         ("p", "Terms: net 60 days end of month. TGA ARTG listing number to be quoted on the commercial "
               "invoice. Each lift to ship with its load test certificate (1.5 x SWL, 270 kg)."),
         ("p", "Authorised by: Bronwyn Keats, Procurement Lead"),
     ], title="PO 7700-1150", author="Banksia Aged Care"))])

# c07 - EDI call-off with explicit staged material authority above the released quantity.
case("c07_delfor_staged_material", [],
     "call-off releases 60; material staged up to 240 by explicit authority; 180 held until next call-off "
     "by Dr. Brenner",
     [("DELFOR_KRA_MEDRAM_0007.txt", """\
=== EDI TRANSLATION REPORT ===  SAP IDoc DELFOR02 -> EDIFACT DELFOR D.96A        printed 08.07.2024 06:31
Interchange : UNB+UNOC:3+4399901234567:14+5909000123456:14+240708:0630+000000717'
Sender      : Klinikverbund Rheinauen gGmbH, Zentraleinkauf Köln      GLN 4399901234567
Receiver    : MedRam Sp. z o.o., Bydgoszcz                             GLN 5909000123456
Message     : DELFOR  ref 0007   Lieferabruf / delivery call-off no. 7

RAW SEGMENTS
UNH+0007+DELFOR:D:96A:UN'
BGM+241+KRA-LAB-0007+9'
DTM+137:20240708:102'
RFF+AAN:LPA-5500000412'
NAD+BY+4399901234567::9'
NAD+SE+5909000123456::9'
NAD+ST+4399901234574::9++Klinikum Koeln-Merheim Wareneingang Tor 3'
LIN+1++HB-400-000:IN'
PIA+1+REV4:EC'
RFF+ON:4500012360'
QTY+1:60:PCE'
SCC+1'
DTM+2:20240902:102'
QTY+1:60:PCE'
SCC+4'
DTM+2:20241104:102'
QTY+1:60:PCE'
SCC+4'
DTM+2:20250113:102'
QTY+1:60:PCE'
SCC+4'
DTM+2:20250303:102'
FTX+AAI+++PRODUCTION RELEASE THIS CALL-OFF 60 FRAMES FIRM:DELIVERY KW36'
FTX+AAI+++MATERIAL AUTHORITY STAGED UP TO 240 FRAMES (TUBE 40X40X2:ACTUATORS) AT KRA LIABILITY'
FTX+AAI+++BALANCE 180 NOT RELEASED - SCC 4 LINES ARE FORECAST ONLY'
FTX+AAI+++NEXT RELEASE ONLY BY NEXT CALL-OFF IN WRITING BY DR. M. BRENNER'
UNT+27+0007'
UNZ+1+000000717'

TRANSLATED CONTENT
Scheduling agreement LPA-5500000412 / PO 4500012360, HB-400 bed frame Rev 4, agreement quantity 240

 Line  SCC  Meaning              Qty   Delivery date   Status
 1     1    firm                 60    02.09.2024      production released with this call-off
 2     4    planning / forecast  60    04.11.2024      forecast only - not released
 3     4    planning / forecast  60    13.01.2025      forecast only - not released
 4     4    planning / forecast  60    03.03.2025      forecast only - not released

Free text:
 - Production release with this call-off: 60 frames (firm, delivery KW 36).
 - Material authority: staged up to 240 frames (steel tube 40x40x2, actuators) at KRA liability.
   Production is not allowed beyond the 60 firm frames.
 - Balance 180 frames is NOT released. It is released only by the next call-off, issued in writing
   by Dr. Matthias Brenner, Leiter Medizintechnik.

Status: transmitted OK (AS2 MDN received 08.07.2024 06:31:12)
""")])

# c08 - signed, explicit auto-conversion record (quantity, signer, conditions).
case("c08_whmc_autoconversion_signed", [],
     "explicit recorded auto-conversion naming 150 beds, signer and conditions; 144 held for written "
     "release by Dr. Hessa",
     [("Record_WHMC-AC-004.docx", docx_bytes([
         ("h1", "WHMC Project Company - Procurement"),
         ("h", "Auto-conversion record No. WHMC-AC-004"),
         ("p", "Order: AMM-E3 electric bed frame (DRG AMM-E3-100 Rev 2). Supplier: Anadolu Medikal "
               "Mobilya A.Ş., Bursa. PO: WHMC-PO-31688 Rev 1."),
         ("table", [
             ["Quantity", "Beds", "Status"],
             ["Sample beds", "6", "released for production now"],
             ["Auto-conversion quantity (Tower B)", "150", "released automatically on approved sample sign-off, per clause 2"],
             ["Remaining balance (Towers C and D)", "144", "on hold - not released"],
             ["Total project quantity", "300", ""],
         ]),
         ("sp",),
         ("num", "The six (6) sample beds are released for production now."),
         ("num", "Auto-conversion: when the sample sign-off of the 6 beds is recorded as \"approved\" by "
                 "Eng. Tariq Mahmoud, Biomedical Engineering Lead, 150 beds for Tower B are released "
                 "automatically, without a further document. This auto-conversion is agreed and recorded "
                 "here in advance, under clause 7.3 of supply contract WHMC-SC-0219."),
         ("num", "Conditions: (a) the sign-off is \"approved\"; an interim or rejected sign-off does not "
                 "convert anything; (b) the sign-off is dated not later than 30.09.2024; (c) no stop is in "
                 "force on the order."),
         ("num", "The remaining 144 beds stay on hold until a revised PO (Rev 2) and a written release by "
                 "Dr. Hessa Al-Qahtani, Project Director."),
         ("num", "Material authority: sample-only until the conversion; after the conversion, staged up "
                 "to 150 beds."),
         ("sp",),
         ("table", [
             ["Role", "Name", "Date", "Signature"],
             ["Release authority", "Dr. Hessa Al-Qahtani, Project Director", "18.06.2024", "signed"],
             ["Biomedical engineering", "Eng. Tariq Mahmoud", "18.06.2024", "signed"],
             ["Supplier acknowledgement", "Emre Yıldız, Export Manager, Anadolu Medikal", "19.06.2024", "signed"],
         ]),
     ], author="WHMC Procurement"))])

# c09 - old quote forwarded as message/rfc822, declared informational.
_c09_old = mail(
    "Rūta Petrauskienė <ruta.petrauskiene@baltimeda.lt>",
    "Siobhán Dunne <siobhan.dunne@glenmorecare.ie>",
    "Quotation BM-Q-0219 side rails SR-200",
    "Thu, 10 Mar 2022 11:20:00 +0200",
    """Dear Ms. Dunne,

thank you for your inquiry. Please find our quotation BM-Q-0219 for split side rail SR-200:

  - samples: 50 pcs, EUR 92,00 / pc
  - series: 2.000 pcs, EUR 58,40 / pc, delivery in 4 lots
  - tooling for extrusion die: EUR 3.200,00 one time

Prices EXW Kaunas, valid 90 days. Lead time samples 4 weeks, series 8 weeks after order.

We are looking forward to your feedback.

Su pagarba / Best regards
Rūta Petrauskienė
Sales Manager, Baltimeda UAB
Pramonės pr. 8, LT-51329 Kaunas, Lithuania
+370 37 451 208
""")
_c09_text = """Hi Rūta,

As promised on the call, I'm forwarding your old 2022 quote below so you can see the price we had
for the SR-200 rails back then.

Just to be clear, this is for pricing history only. It's not an order and nothing in it is released.
The 2,000 pcs in it was the old group-wide estimate and that plan is long dead. We'll send a proper
RFQ for the new SR-220 rails in the next couple of weeks.

Thanks a million,
Siobhán
""" + sig("Siobhán Dunne", "Procurement Manager", "Glenmore Care Homes Ltd, Dock Road, Limerick", "+353 61 448 210")

case("c09_gch_fwd_old_quote_info", [],
     "2022 quote with 2,000 pcs forwarded as rfc822 and declared pricing history only, not an order",
     [("Fwd_ Quotation BM-Q-0219.eml", eml_bytes(mail(
         "Siobhán Dunne <siobhan.dunne@glenmorecare.ie>",
         "Rūta Petrauskienė <ruta.petrauskiene@baltimeda.lt>",
         "Fwd: Quotation BM-Q-0219 side rails SR-200",
         "Wed, 19 Jun 2024 15:02:00 +0100",
         _c09_text, cc="Ciarán Moloney <ciaran.moloney@glenmorecare.ie>",
         attachments=[("rfc822", _c09_old)])))])

# c10 - buyer reply correcting a quoted supplier line that assumed auto-conversion.
_c10_quoted = """Hi Darren,

Samples 10 pcs SB-450 ready, will ship this Friday by DHL. Once you approve samples we roll
straight into the 390 pcs, material we plan to order next week so no delay.

Regards
Kelvin Tan
Operations Manager, Perdana CareTech Sdn Bhd"""
_c10_text = """Hi Kelvin,

Thanks for the update, Friday's fine.

One thing though - please don't roll into the 390. Sample sign-off doesn't release anything on
this job. PO 7700-1188 covers the 10 samples only. The 390 stay on hold until the samples pass
our trial at Glenelg and Leanne Cho (GM Operations) sends you the written release. Same goes for
material: sample qty only, don't order anything for the 390 until you've got Leanne's release in
writing.

Cheers,
Daz
""" + sig("Darren Whitfield", "Equipment & Maintenance Coordinator", "Banksia Aged Care Ltd", "+61 8 8372 1190") + """
On Tue, 16 Jul 2024 at 10:41, Kelvin Tan <kelvin.tan@perdanacaretech.com.my> wrote:
""" + quote(_c10_quoted) + "\n"

case("c10_bac_corrects_quoted_rollover", [],
     "buyer reply corrects a quoted supplier 'roll straight into the 390'; states 10 samples, hold, "
     "trial, written release by Leanne Cho; quoted supplier text does not count",
     [("RE_ SB-450 samples ready.eml", eml_bytes(mail(
         "Darren Whitfield <darren.whitfield@banksiacare.com.au>",
         "Kelvin Tan <kelvin.tan@perdanacaretech.com.my>",
         "RE: SB-450 samples ready",
         "Tue, 16 Jul 2024 14:05:00 +0930",
         _c10_text, cc="Bronwyn Keats <bronwyn.keats@banksiacare.com.au>",
         in_reply_to="<PC-20240716-0041@perdanacaretech.com.my>")))])

# c11 - WeChat: supplier says the deposit does not release production.
case("c11_wechat_deposit_not_release", [],
     "buyer scope: 6 sample lifts, 114 on hold until sign-off and written release by Dr. Hessa; "
     "supplier: deposit is not production release",
     [("WeChat_export_Kangning_PL180.txt", """\
微信聊天记录 / WeChat chat history
Contact : Lily Zhou 周莉 (Kangning Medical)
Owner   : Faisal Al-Harbi
Exported: 2024-07-03 09:12

2024-06-18 10:02:41  Faisal Al-Harbi
Dear Lily good morning. PO WHMC-PO-31805 is issued today for six (6) PL-180 sample lifts only.

2024-06-18 10:03:55  Faisal Al-Harbi
The balance 114 lifts is on hold, not released. It will be released only after the biomedical sample sign-off by Eng. Tariq Mahmoud and then a written release from Dr. Hessa Al-Qahtani, Project Director. Material for the 6 samples only please.

2024-06-18 10:15:20  Lily Zhou 周莉
Well noted Mr. Faisal, thanks for your support! We make 6 pcs sample only 👍

2024-06-18 10:15:49  Lily Zhou 周莉
[Image]

2024-06-25 15:40:02  Lily Zhou 周莉
Dear Mr. Faisal, we received the deposit from your finance today, thank you very much.

2024-06-25 15:41:10  Lily Zhou 周莉
Pls note: deposit is not production release. We still make only the 6 sample lift, balance 114 we wait your written release from Dr. Hessa.

2024-06-25 16:02:33  Faisal Al-Harbi
Correct, thank you Lily. Samples ETD?

2024-06-25 16:05:12  Lily Zhou 周莉
ETD Shanghai 12 July, test report ISO 10535 (static 1.5x SWL) will send with the shipment
""")])

# c12 - supplier portal acknowledgement that restates the hold.
case("c12_baltimeda_portal_ack", [],
     "supplier acknowledgement restating 30 samples, 570 not released, material sample-only, written "
     "release by Dr. Brenner",
     [("portal_order_4500012377.html", html_page("Baltimeda customer portal - order acknowledgement", """
<h2>Baltimeda UAB &ndash; Customer Portal</h2>
<p>Logged in: Rūta Petrauskienė (Sales) &nbsp;|&nbsp; Customer: Klinikverbund Rheinauen gGmbH, Köln</p>
<h3>Order acknowledgement OA-24-0377</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer PO</td><td>4500012377 dated 18.06.2024</td></tr>
<tr><td>Part</td><td>SR-220 split side rail, DRG BM-SR220 Rev C, anodised aluminium</td></tr>
<tr><td>Scope acknowledged</td><td>30 sample side rails</td></tr>
<tr><td>Balance</td><td>570 side rails &ndash; not released, on hold</td></tr>
<tr><td>Unlock event</td><td>sample sign-off by KRA Medizintechnik, then written release by Dr. Matthias Brenner (Leiter Medizintechnik)</td></tr>
<tr><td>Material authority</td><td>sample-only (profile and fittings for 30 pcs)</td></tr>
<tr><td>Sample delivery</td><td>week 29, DAP Köln-Merheim</td></tr>
<tr><td>Acknowledged by</td><td>Rūta Petrauskienė, 20.06.2024 14:22</td></tr>
</table>
<p class="note">We will not start production and will not buy material for the 570 pcs before we receive the
written release from Dr. Brenner.</p>
<p>Documents: <a href="#">PO_4500012377.pdf</a> &middot; <a href="#">BM-SR220_RevC.pdf</a></p>
<p style="color:#777">Baltimeda UAB &middot; Pramonės pr. 8, LT-51329 Kaunas &middot; ISO 13485:2016 cert. LT-0916</p>
"""))])

# c13 - supplier status report restating the hold and sample-only material.
case("c13_medram_status_report_hold", [],
     "supplier status report: 6 samples released and built, 234 on hold, material sample-only",
     [("MedRam_status_report_KW27.pdf", pdf([
         ("h1", "MedRam Sp. z o.o. - Status report"),
         ("p", "Customer: Klinikverbund Rheinauen gGmbH, Köln. PO 4500012318. Part: HB-400 bed frame, "
               "DRG HB-400-000 Rev 4. Report week 27/2024, prepared by Agnieszka Zielińska, Production "
               "Planning."),
         ("table", [
             ["Position", "Qty", "Status"],
             ["Sample frames released by PO", "6", "6 built, final inspection 04.07.2024"],
             ["Balance (quote MR-Q-24-109)", "234", "on hold - not released by customer"],
             ["Material bought", "6 frames", "sample-only; nothing bought for the 234"],
             ["Salt spray test ISO 9227", "480 h", "running, end 15.07.2024"],
         ]),
         ("sp",),
         ("p", "Next steps: shipment of the 6 samples in KW 28 to Köln-Merheim. After that we wait for "
               "the sample sign-off by KRA Medizintechnik and for the written release of the balance by "
               "Dr. Matthias Brenner. We do not plan any production or purchase for the 234 frames before "
               "this release."),
         ("p", "Open points: colour sample RAL 9016 confirmed; actuator cable length 1.200 mm to be "
               "confirmed by KRA."),
     ], title="MedRam status report KW27", author="MedRam Planning"))])

# c14 - interim sample disposition with quantity and date limits, written release for the 40.
case("c14_kra_interim_disposition", [],
     "interim sign-off limited to 40 frames / 30.09.2024 with written release R-02 by Dr. Brenner; "
     "194 held until final sign-off and further written release",
     [("HB-400_interim_disposition.docx", docx_bytes([
         ("h1", "Klinikverbund Rheinauen gGmbH - Medizintechnik"),
         ("h", "Interim sample disposition / Vorläufige Musterbewertung - HB-400"),
         ("table", [
             ["PO", "4500012324 Rev 1 (6 sample frames + 40 frames)"],
             ["Supplier", "MedRam Sp. z o.o., Bydgoszcz"],
             ["Part", "HB-400 bed frame, DRG HB-400-000 Rev 4"],
             ["Evaluated by", "Sabine Krüger, Medizintechnik"],
             ["Date", "12.07.2024"],
         ]),
         ("sp",),
         ("h", "Findings"),
         ("table", [
             ["Check", "Spec", "Result"],
             ["Actuator noise", "<= 50 dB(A)", "52 dB(A) - deviation"],
             ["Safe working load", "250 kg, static 1.2 x SWL", "pass"],
             ["Side rail interface DRG HB-400-310", "fit SR-220", "pass"],
             ["Coating thickness", "60-100 µm", "78 µm, pass"],
         ]),
         ("sp",),
         ("h", "Disposition"),
         ("p", "INTERIM sample sign-off. Limits: maximum 40 frames, delivered not later than 30.09.2024, "
               "for ward 4B Köln-Merheim only. Reason: actuator noise 2 dB(A) above spec; supplier to "
               "change the actuator gearbox (8D report 2024-031)."),
         ("p", "Production release for these 40 frames: written release REL-HB400-02 by Dr. Matthias "
               "Brenner, Leiter Medizintechnik, dated 15.07.2024."),
         ("p", "Balance: 194 frames are not released. Unlock event: final sample sign-off after the "
               "actuator re-test, then a further written release by Dr. Matthias Brenner."),
         ("p", "Material authority: up to 40 frames. No material for the 194 frames."),
         ("sp",),
         ("p", "Sabine Krüger (Medizintechnik)        Dr. Matthias Brenner (Leiter Medizintechnik)"),
     ], author="Sabine Krüger"))])

# c15 - ERP PO, full quantity, many quantity-like identifiers.
case("c15_gch_erp_po_full_identifiers", [],
     "full and final quantity of 36 platforms, no balance; EN/ISO numbers, 1950 mm, M10x1.5, 500 h are identifiers",
     [("GCH_PO_4502.txt", """\
GLENMORE CARE HOMES LTD                                           PURCHASE ORDER
Dock Road, Limerick V94 XK27, Ireland                             PO No  : GCH-4502
VAT IE 9876543K                                                   Date   : 24/06/2024
Tel +353 61 448 200                                               Page   : 1 of 1
------------------------------------------------------------------------------------------
Supplier : 20417  BALTIMEDA UAB                    Deliver to : Glenmore Care Homes - Ennis
           Pramones pr. 8                                       Clare Road, Ennis V95 T2P4
           LT-51329 Kaunas, Lithuania                           Goods in: Mon-Fri 08:00-15:00
Buyer    : S. Dunne                                 Currency   : EUR
Terms    : 30 days EOM                              Incoterms  : DAP Ennis
------------------------------------------------------------------------------------------
Ln  Item code        Description                                 Qty  UoM   Unit EUR     Net EUR
 1  MP-90-1950-4S    Mattress platform 4-section,                 36   EA     214,50    7.722,00
                     1950 x 880 mm, perforated steel deck,
                     powder coat RAL 9016, DRG BM-MP90 Rev 4,
                     for MedRam HB-400 frame
 2  FRT              Freight DAP Ennis                             1   LOT    640,00      640,00
------------------------------------------------------------------------------------------
                                                              Net total       8.362,00
                                                              VAT 0% (IC)         0,00
                                                              PO total        8.362,00
NOTES
 - Full and final quantity: 36 platforms. There is no balance on this order.
 - Tests per EN 60601-2-52:2010+A1:2015, SWL 250 kg, 500 h neutral salt spray (ISO 9227).
 - Fixings M10x1.5 zinc flake, torque 45 Nm. Certificates ISO 9001:2015 and ISO 13485:2016.
 - Deliver in 2 lots: 18 EA week 34, 18 EA week 36. Pallet max 1200 x 800, 120 kg.
 - Quote invoice to PO GCH-4502 or it will be returned.
------------------------------------------------------------------------------------------
Printed 24/06/2024 11:52 by SDUNNE                                    ** END OF PO **
""")])

# c16 - buyer portal PO, full quantity with two schedule lines, "proceed with the full 120 sets".
case("c16_bac_portal_po_full_castors", [],
     "full-quantity portal PO: 120 castor sets in two schedule lines of 60; 'proceed with the full 120' is scoped",
     [("bac_portal_PO-7700-1163.html", html_page("Banksia Supplier Portal - PO 7700-1163", """
<h2>Banksia Aged Care &ndash; Supplier Portal</h2>
<p>Supplier: <b>Changzhou Kangning Medical Equipment Co., Ltd.</b> (S-0412) &nbsp;|&nbsp; Viewing as: lily.zhou@kangning-med.cn</p>
<h3>Purchase order 7700-1163 &nbsp; <small>status: open &middot; issued 19/06/2024</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit USD</th><th>Total USD</th></tr>
<tr><td>1</td><td>CS-125</td><td>Castor set, 4 x 125 mm twin wheel, central locking, TPU grey, stem M12x1.75 x 30, DRG KN-CS125 Rev 3</td><td>120</td><td>SET</td><td>31.50</td><td>3,780.00</td></tr>
</table>
<h4>Delivery schedule</h4>
<table>
<tr><th>Schedule line</th><th>Qty</th><th>Ship by</th><th>Deliver to</th></tr>
<tr><td>1</td><td>60</td><td>15/08/2024</td><td>Banksia central store, Wingfield SA</td></tr>
<tr><td>2</td><td>60</td><td>15/09/2024</td><td>Banksia central store, Wingfield SA</td></tr>
</table>
<div class="note">This PO is for the full quantity of 120 sets. There is no balance. Proceed with the full
120 sets as per the two schedule lines.</div>
<p>Spares for existing HB-400 and Invacare beds across 14 homes. EN 12530 test report and ISO 13485:2016
certificate to be uploaded before first shipment.</p>
<p>Buyer: Bronwyn Keats, Procurement Lead &middot; <a href="#">Acknowledge PO</a> &middot; <a href="#">Upload documents</a></p>
"""))])

# c17 - deviation permit (PDF attachment) that changes no quantities.
_c17_dp = pdf([
    ("h1", "Abweichungserlaubnis / Deviation permit DP-2024-017"),
    ("table", [
        ["Customer", "Klinikverbund Rheinauen gGmbH, Köln"],
        ["Supplier", "Changzhou Kangning Medical Equipment Co., Ltd."],
        ["PO", "4500012431 - 50 sample castor sets CS-125"],
        ["Drawing", "KN-CS125 Rev 3, item 4 (tread)"],
        ["Requirement", "TPU tread colour blue RAL 5015"],
        ["Permitted deviation", "TPU tread colour grey RAL 7035, same compound, Shore A 92"],
        ["Applies to", "the 50 sample castor sets on PO 4500012431 only"],
        ["Valid until", "31.08.2024"],
    ]),
    ("sp",),
    ("p", "This deviation permit changes no quantity and releases nothing. The balance of 950 sets stays "
          "on hold until the sample sign-off by KRA Medizintechnik (Sabine Krüger) and a written release "
          "by Dr. Matthias Brenner, Leiter Medizintechnik."),
    ("p", "Issued: Sabine Krüger, Medizintechnik, 03.07.2024"),
], title="DP-2024-017", author="KRA Medizintechnik")
_c17_text = """Dear Ms. Zhou,

attached the deviation permit DP-2024-017 for the tread colour (grey RAL 7035 instead of blue RAL 5015).
It is valid only for the 50 sample castor sets on PO 4500012431. No quantities change with it.

For good order: the PO is still for the 50 sample sets only. The balance of 950 sets remains on hold
until our Medizintechnik has signed off the samples and Dr. Matthias Brenner has sent the written
release.

Please confirm receipt.

Mit freundlichen Grüßen
""" + kra_sig("Jens Albers", "Einkauf / Purchasing", "+49 221 8837 4419")

case("c17_kra_deviation_permit", [],
     "deviation permit for the 50 sample sets changes no quantity; balance 950 held until sign-off and "
     "written release by Dr. Brenner",
     [("DP-2024-017.eml", eml_bytes(mail(
         "Jens Albers <j.albers@klinikverbund-rheinauen.de>",
         "Lily Zhou <lily.zhou@kangning-med.cn>",
         "Abweichungserlaubnis DP-2024-017 / deviation permit PO 4500012431",
         "Wed, 03 Jul 2024 13:40:00 +0200",
         _c17_text,
         attachments=[("DP-2024-017.pdf", _c17_dp, PDF_MT)])))])

# c18 - Teams chat, go-ahead scoped to the 6 pilot beds.
case("c18_teams_gch_pilot_scoped", [],
     "'go ahead with the 6 pilot beds only'; 114 on hold until Aoife Brennan signs the ward trial report "
     "and sends the written release",
     [("Teams_chat_export_MedRam.txt", """\
Microsoft Teams - chat export
Chat: Glenmore / MedRam - HB-400 pilot
Participants: Ciarán Moloney (Glenmore Care Homes), Siobhán Dunne (Glenmore Care Homes), Tomasz Wiśniewski (MedRam) (External)
Exported: 10/07/2024 17:02

[03/07/2024 10:12] Tomasz Wiśniewski (External)
Good morning Ciarán, pilot frame drawing Rev 4 is now final on our side. We are ready to cut the tubes. Can we start?

[03/07/2024 10:31] Ciarán Moloney
Morning Tomasz. Yes - go ahead with the 6 pilot beds only, that's PO GCH-4466. The other 114 on your quote are not released. They stay on hold until Aoife Brennan signs the ward trial report and sends you the written release herself. Tube for the 6 only please.

[03/07/2024 10:35] Tomasz Wiśniewski (External)
Clear, thank you. 6 pcs only and material only for 6 pcs. For the 114 we wait the written release from Ms. Brennan.

[03/07/2024 10:36] Siobhán Dunne
Thanks both 👍 Tomasz, can you send the delivery date for the 6 when you have it?

[04/07/2024 08:05] Tomasz Wiśniewski (External)
Delivery Limerick 09.08, by truck from Bydgoszcz. CMR number follows.

[04/07/2024 08:20] Ciarán Moloney
Grand, thanks a mil.
""")])

# c19 - production release with explicit staged material authority above the released quantity.
case("c19_whmc_release_staged_material", [],
     "release R-01 for 100 beds; explicit staged material authority up to 300; 194 held until revised PO "
     "and written release by Dr. Hessa",
     [("WHMC-REL-0012.pdf", pdf([
         ("h1", "WHMC Project Company - Production Release"),
         ("table", [
             ["Release no.", "WHMC-REL-0012 (R-01)", "Date", "22.07.2024"],
             ["Supplier", "Anadolu Medikal Mobilya A.Ş., Bursa", "PO", "WHMC-PO-31725 Rev 2"],
             ["Part", "AMM-E3 electric bed frame, DRG AMM-E3-100 Rev 2", "Sample sign-off", "SSO-0033 approved 15.07.2024"],
         ]),
         ("sp",),
         ("table", [
             ["Quantity", "Beds", "Status"],
             ["Samples (delivered)", "6", "closed"],
             ["Released by this release R-01", "100", "production released - Tower B, floors 2-6"],
             ["Balance", "194", "NOT released - on hold"],
             ["Total order", "300", ""],
         ]),
         ("sp",),
         ("p", "1. Production release: one hundred (100) beds for Tower B, delivery 4 lots of 25, first "
               "lot ex works 15.09.2024."),
         ("p", "2. Material authority: staged up to 300 beds' worth of steel tube 40x40x2 and HPL "
               "panels, at WHMC liability, so that the mill slot in August can be used. This is material "
               "authority only; it does not release production beyond the 100 beds."),
         ("p", "3. Balance 194 beds (Towers C and D): not released. Unlock event: revised PO Rev 3 and "
               "a written release by Dr. Hessa Al-Qahtani, Project Director."),
         ("sp",),
         ("p", "Dr. Hessa Al-Qahtani, Project Director (release authority) - signed"),
         ("p", "cc: Eng. Faisal Al-Harbi (Procurement), Eng. Tariq Mahmoud (Biomedical)"),
     ], title="WHMC-REL-0012", author="WHMC Procurement"))])

# c20 - three-file folder: cover mail + PO + supplier quote; quote's 780 declared informational.
_c20_text = """Dear Ms. Petrauskienė,

please find attached our PO 4500012390 for twenty (20) sample mattress platforms MP-90 and,
for completeness, a copy of your quotation BM-Q-0612.

Please note: the 780 pcs series quantity in the quotation is for information only and is not
released. The PO covers the 20 samples only. The balance of 780 stays on hold until the sample
sign-off by our Medizintechnik and the written production release by Dr. Matthias Brenner,
Leiter Medizintechnik. Material authority: samples only.

Delivery of the samples please until KW 32 to Köln-Merheim, Wareneingang Tor 3.

Mit freundlichen Grüßen
""" + kra_sig("Katrin Vogelsang", "Strategischer Einkauf / Strategic Purchasing")
_c20_po = pdf([
    ("h1", "Bestellung / Purchase order 4500012390"),
    ("p", "Klinikverbund Rheinauen gGmbH, Zentraleinkauf, Neusser Str. 210, 50733 Köln"),
    ("table", [
        ["Supplier", "Baltimeda UAB, Pramonės pr. 8, LT-51329 Kaunas", "Date", "01.07.2024"],
        ["Supplier no.", "700318", "Buyer", "K. Vogelsang"],
    ]),
    ("sp",),
    ("table", [
        ["Pos.", "Material", "Description", "Qty", "Unit", "Price EUR", "Value EUR"],
        ["10", "MP-90-2000", "Mattress platform MP-90, 4-section, 2000 x 900 mm, SAMPLE, DRG BM-MP90 Rev 4",
         "20", "PC", "228,00", "4.560,00"],
    ]),
    ("sp",),
    ("p", "Sample order only. The production quantity (780 pcs per BM-Q-0612) is not released and is on "
          "hold until the sample sign-off and the written release by Dr. Matthias Brenner."),
    ("p", "Delivery DAP Köln-Merheim, KW 32. Payment 30 days net. Our general terms of purchase apply."),
], title="PO 4500012390", author="KRA Zentraleinkauf")
_c20_quote = pdf([
    ("h1", "Baltimeda UAB - Quotation BM-Q-0612"),
    ("p", "To: Klinikverbund Rheinauen gGmbH, Ms. Katrin Vogelsang. Date: 14.06.2024. Validity 90 days."),
    ("table", [
        ["No.", "Description", "Qty", "Unit price EUR", "Total EUR"],
        ["1", "MP-90 mattress platform, samples", "20", "228,00", "4.560,00"],
        ["2", "MP-90 mattress platform, series", "780", "171,40", "133.692,00"],
        ["3", "Bending tool for deck edge (one time)", "1", "2.400,00", "2.400,00"],
    ]),
    ("sp",),
    ("p", "Lead time: samples 4 weeks after order; series 7 weeks after written release. Prices EXW "
          "Kaunas. Perforated steel deck 1,5 mm, powder coat RAL 9016, SWL 250 kg."),
    ("p", "Rūta Petrauskienė, Sales Manager"),
], title="BM-Q-0612", author="Baltimeda")

case("c20_kra_cover_po_quote_informational", [],
     "cover mail declares the quote's 780 informational and not released; PO is samples-only with hold, "
     "sign-off and Dr. Brenner",
     [("4500012390_cover.eml", eml_bytes(mail(
         "Katrin Vogelsang <k.vogelsang@klinikverbund-rheinauen.de>",
         "Rūta Petrauskienė <ruta.petrauskiene@baltimeda.lt>",
         "Bestellung 4500012390 - Muster MP-90 / sample order",
         "Mon, 01 Jul 2024 09:25:00 +0200",
         _c20_text, html=txt2html(_c20_text)))),
      ("PO_4500012390.pdf", _c20_po),
      ("BM-Q-0612.pdf", _c20_quote)])

# c21 - supplier acknowledgement with a two-level quoted thread.
_c21_l2 = """Dear Eng. Faisal,

we received PO WHMC-PO-31702 for the AMM-E3 beds, thank you. Our quotation AMM-Q-24-044 was
for 300 beds. Kindly confirm what we shall produce now.

Best wishes
Emre Yıldız"""
_c21_l1 = """Dear Mr. Emre,

Thank you for asking. PO WHMC-PO-31702 covers six (6) sample beds only. The balance 294 beds is on
hold and not released. It will be released only after the biomedical sample sign-off by
Eng. Tariq Mahmoud, and then in writing by Dr. Hessa Al-Qahtani, Project Director. No material
for the balance please.

Kindly acknowledge.

Regards,
Eng. Faisal Al-Harbi
Procurement Manager, WHMC Project Company

On Sun, 9 Jun 2024 at 11:02, Emre Yıldız <emre.yildiz@anadolumedikal.com.tr> wrote:
""" + quote(_c21_l2)
_c21_text = """Dear Eng. Faisal,

Thank you, well received. We confirm: we produce only the six (6) sample beds under PO
WHMC-PO-31702. The balance 294 beds we keep on hold, no production and no material, until the
biomedical sample sign-off by Eng. Tariq and the written release from Dr. Hessa Al-Qahtani.

Samples will be ready for inspection in Bursa on 08.07.2024.

Best wishes
""" + sig("Emre Yıldız", "Export Manager", "Anadolu Medikal Mobilya A.Ş., Nilüfer / Bursa", "+90 224 411 52 60") + """
On Mon, 10 Jun 2024 at 09:15, Faisal Al-Harbi <faisal.alharbi@whmc-project.sa> wrote:
""" + quote(_c21_l1) + "\n"

case("c21_anadolu_ack_two_level", [],
     "supplier acknowledgement of a quoted buyer scope (6 samples, 294 held, sign-off, Dr. Hessa); "
     "supplier question quoted two levels down",
     [("RE_ RE_ PO WHMC-PO-31702.eml", eml_bytes(mail(
         "Emre Yıldız <emre.yildiz@anadolumedikal.com.tr>",
         "Faisal Al-Harbi <faisal.alharbi@whmc-project.sa>",
         "RE: RE: PO WHMC-PO-31702 AMM-E3 beds",
         "Mon, 10 Jun 2024 14:48:00 +0300",
         _c21_text, cc="Selin Aksoy <selin.aksoy@anadolumedikal.com.tr>",
         in_reply_to="<WHMC-PROC-20240610-0915@whmc-project.sa>")))])

# c22 - hold notice (plain mail saved as text).
case("c22_bac_hold_notice_text", [],
     "hold notice: 16 samples released, 384 held until revised PO Rev B and Leanne Cho's written release",
     [("MP-90 - PO 7700-1172.txt", """\
From:    Bronwyn Keats <bronwyn.keats@banksiacare.com.au>
Sent:    Tuesday, 16 July 2024 3:12 PM
To:      Rūta Petrauskienė <ruta.petrauskiene@baltimeda.lt>
Cc:      Leanne Cho <leanne.cho@banksiacare.com.au>; Darren Whitfield <darren.whitfield@banksiacare.com.au>
Subject: HOLD NOTICE - MP-90 mattress platforms - PO 7700-1172

Hi Rūta,

Formal hold notice on PO 7700-1172 so there's no confusion at either end:

 - Released now: the 16 sample platforms MP-90 only. Finish and ship those as planned.
 - On hold: the balance of 384 platforms. Not released, so please don't start them and don't
   buy any material for them.
 - What unlocks it: a revised PO (Rev B) from us, plus a written release from Leanne Cho.
   Leanne's our GM Operations and the only one who can release the balance.

We've had a change in the Glenelg refurb timing so the rollout quantity may shift a bit.
I'll keep you posted.

Thanks heaps,
Bronwyn

Bronwyn Keats | Procurement Lead
Banksia Aged Care Ltd | 41 Greenhill Rd, Wayville SA 5034
P +61 8 8372 1100 | banksiacare.com.au
Banksia Aged Care acknowledges the Kaurna people, the Traditional Owners of the land on which we work.
""")])

# c23 - buyer RFQ on an e-tendering portal with three quantity scenarios.
case("c23_whmc_etender_rfq_scenarios", [],
     "buyer RFQ with 50/200/600 price scenarios marked non-binding, no order",
     [("etendering_RFQ-WHMC-0457.html", html_page("WHMC e-Tendering - RFQ-WHMC-0457", """
<h2>WHMC e-Tendering Portal</h2>
<p>Wadi Hanifa Medical City Project &middot; Procurement Department &middot; Riyadh</p>
<h3>Request for Quotation RFQ-WHMC-0457 &ndash; 4-point sling bars</h3>
<table>
<tr><th>Field</th><th>Details</th></tr>
<tr><td>Item</td><td>SB-450 4-point sling bar, 450 mm, SS304, SWL 200 kg, for PL-180 lifts, to ISO 10535:2021</td></tr>
<tr><td>Invited suppliers</td><td>Perdana CareTech Sdn Bhd (Penang); 2 others</td></tr>
<tr><td>Closing date</td><td>25-07-2024 14:00 AST</td></tr>
<tr><td>Incoterms</td><td>CIF Dammam, SASO/SFDA documents required</td></tr>
</table>
<h4>Price scenarios</h4>
<table>
<tr><th>Scenario</th><th>Quantity</th><th>Purpose</th></tr>
<tr><td>S1</td><td>50</td><td>Tower B first phase</td></tr>
<tr><td>S2</td><td>200</td><td>Towers B-D</td></tr>
<tr><td>S3</td><td>600</td><td>whole campus incl. rehabilitation centre</td></tr>
</table>
<p class="note">Kindly note: the scenarios are for pricing only and are non-binding. This RFQ is not an order
and gives no production or material authority. Any order will be issued separately as a PO.</p>
<h4>Clarifications</h4>
<p><b>Q (Perdana, 12-07-2024):</b> Is sample required before award?<br>
<b>A (WHMC):</b> Yes, 2 samples at bidder cost, to be delivered with the technical offer.</p>
<p>Contact: Eng. Faisal Al-Harbi, Procurement Manager &middot; tenders@whmc-project.sa</p>
"""))])

# c24 - minutes that keep sample sign-off, PO and production release apart.
case("c24_bac_perdana_minutes_terms_apart", [],
     "minutes keep sample sign-off, PO issued and production release apart; 12 samples, 188 held, "
     "Leanne Cho; forecast labelled non-binding",
     [("Minutes_BAC_Perdana_2024-07-11.docx", docx_bytes([
         ("h1", "Minutes - Banksia Aged Care / Perdana CareTech"),
         ("p", "Teams call, 11 July 2024, 10:00 ACST / 08:30 MYT. Present: Bronwyn Keats, Daz Whitfield "
               "(Banksia); Nurul Aisyah Rahman, Kelvin Tan (Perdana). Minutes: Bronwyn Keats."),
         ("table", [
             ["#", "Topic", "Notes", "Owner"],
             ["1", "Samples", "12 SB-450 sample sling bars arrived 08/07. Sample sign-off pending - trial "
                              "at Glenelg in week 31.", "Daz"],
             ["2", "PO", "PO 7700-1199 issued 24/06 for the 12 samples (commercial cover 12 EA).", "Bronwyn"],
             ["3", "Production release", "The balance of 188 sling bars is not released. Unlock: sample "
                                         "sign-off by Daz, then a written production release by Leanne Cho, "
                                         "GM Operations.", "Leanne"],
             ["4", "Material", "Sample-only. Perdana confirmed no SS304 tube bought for the 188.", "Kelvin"],
             ["5", "Forecast", "Banksia 2025 forecast approx. 600 bars - non-binding, for Perdana's "
                               "capacity planning only, not an order.", "Bronwyn"],
             ["6", "Docs", "Perdana to send ISO 10535 static test report (1.5 x SWL = 300 kg) and "
                           "weld procedure WPS-SS-014.", "Nurul"],
         ]),
         ("sp",),
         ("p", "Next call: 25 July 2024."),
     ], author="Bronwyn Keats"))])

# c25 - two-file folder: PO + proforma; proforma says the deposit does not release production.
_c25_po = pdf([
    ("h1", "Glenmore Care Homes Ltd - Purchase Order GCH-4519"),
    ("p", "Dock Road, Limerick V94 XK27, Ireland. Date 08/07/2024. Buyer: Siobhán Dunne."),
    ("table", [
        ["Ln", "Item", "Description", "Qty", "UoM", "Unit USD", "Net USD"],
        ["1", "PL-180-S", "Mobile patient lift PL-180, SWL 180 kg, SAMPLE, EU plug, CE", "8", "EA",
         "1,140.00", "9,120.00"],
    ]),
    ("sp",),
    ("p", "Sample order: eight (8) lifts for the ward trial in Castletroy and Ennis."),
    ("p", "Balance: the 72 lifts on quote KN-Q-2398 are not released and stay on hold until the ward trial "
          "sign-off and a written release by Aoife Brennan, Director of Operations."),
    ("p", "Material authority: the 8 samples only."),
    ("p", "Payment: 30% deposit against proforma, 70% before shipment."),
], title="PO GCH-4519", author="Glenmore Care Homes")
_c25_pi = pdf([
    ("h1", "PROFORMA INVOICE  KN-PI-240719"),
    ("p", "Changzhou Kangning Medical Equipment Co., Ltd., Wujin District, Changzhou, Jiangsu, China"),
    ("table", [
        ["Buyer", "Glenmore Care Homes Ltd, Limerick, Ireland", "Date", "2024-07-10"],
        ["Your PO", "GCH-4519", "Terms", "FOB Shanghai"],
    ]),
    ("sp",),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "PL-180 patient lift, sample, EU version", "8", "1,140.00", "9,120.00"],
        ["", "Deposit 30% (T/T)", "", "", "2,736.00"],
        ["", "Balance 70% before shipment", "", "", "6,384.00"],
    ]),
    ("sp",),
    ("p", "Note: this proforma and the deposit cover the 8 sample lifts only. Deposit does not release "
          "production beyond the 8 samples. Balance 72 units we start only after your written release."),
    ("p", "Bank: Bank of China Changzhou Branch, SWIFT BKCHCNBJ95F, A/C 5512 0000 8811 2046"),
], title="KN-PI-240719", author="Kangning Medical")

case("c25_gch_po_and_proforma_deposit_ok", [],
     "PO: 8 samples, 72 held until ward trial sign-off and Aoife Brennan's written release; proforma says "
     "the deposit does not release production",
     [("GCH_PO_4519.pdf", _c25_po), ("KN_PI_240719.pdf", _c25_pi)])


# ================================================================ POSITIVE
# p01 - SAP PO for 6 samples whose order text quotes the 240 series quantity; nothing else.
case("p01_kra_sap_po_quote_240_in_text", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 repeats the quote's 240 series quantity with nothing saying it is not released; "
     "no hold, no unlock event, no release person",
     [("ME9F_4500012301.txt", """\
Klinikverbund Rheinauen gGmbH                                   BESTELLUNG / PURCHASE ORDER
Zentraleinkauf                                                  Nummer : 4500012301
Neusser Str. 210, 50733 Köln                                    Datum  : 10.06.2024
USt-IdNr. DE 812 334 907                                        Seite  : 1 / 1

Lieferant / Supplier : 700244
MedRam Sp. z o.o.
ul. Przemysłowa 14
85-758 Bydgoszcz
POLEN

Ansprechpartner : Katrin Vogelsang, Tel. +49 221 8837 4412, k.vogelsang@klinikverbund-rheinauen.de
Lieferbedingung : DAP Köln-Merheim (Incoterms 2020)
Zahlungsbed.    : 30 Tage netto

Pos.   Material          Bezeichnung                          Menge  ME    Preis EUR      Wert EUR
----------------------------------------------------------------------------------------------------
00010  HB-400-000        Bettgestell HB-400 elektrisch,           6  ST     1.240,00      7.440,00
                         Muster / sample frame,
                         Zeichnung HB-400-000 Rev 4
       Liefertermin : 12.07.2024
       Bestelltext  : Muster gem. Angebot MR-Q-24-118 vom 03.06.2024
                      (6 Stk Muster / 240 Stk Serie, Serienpreis EUR 1.095,00/Stk).
                      Lieferung an Klinikum Köln-Merheim, Wareneingang Tor 3.
                      Prüfung nach EN 60601-2-52, SWL 250 kg.
----------------------------------------------------------------------------------------------------
                                                        Gesamtnettowert            7.440,00 EUR

Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2024).
Bitte Bestellnummer auf Lieferschein und Rechnung angeben.
Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.
""")])

# p02 - PO mail for 20 samples with the 600-piece quote attached; release person named, no hold or event.
_p02_quote = pdf([
    ("h1", "Baltimeda UAB - Quotation BM-Q-0588"),
    ("p", "To: Glenmore Care Homes Ltd, Ms. Siobhán Dunne. Date: 29.05.2024. Validity: 90 days."),
    ("table", [
        ["No.", "Description", "Qty", "Unit price EUR", "Total EUR"],
        ["1", "SR-220 split side rail, samples", "20", "84,50", "1.690,00"],
        ["2", "SR-220 split side rail, series", "600", "61,20", "36.720,00"],
    ]),
    ("sp",),
    ("p", "Anodised aluminium 6063-T6, latch stainless 1.4301, tested to EN 60601-2-52. Lead time samples "
          "4 weeks, series 6 weeks. EXW Kaunas."),
    ("p", "Rūta Petrauskienė, Sales Manager, Baltimeda UAB"),
], title="BM-Q-0588", author="Baltimeda")
_p02_text = """Hi Rūta,

Please find our PO GCH-4471 below for twenty (20) sample side rails SR-220 (DRG BM-SR220 Rev C),
to suit the MedRam HB-400 frames. Your quote BM-Q-0588 is attached so the prices match up.

  PO GCH-4471
  Line 1   SR-220 split side rail, sample   20 EA   EUR 84,50   EUR 1.690,00
  Deliver to: Glenmore Care Homes - Castletroy, Limerick, by 30/08/2024

Aoife Brennan, our Director of Operations, signs off all releases on Glenmore orders, so any
questions on that side go to her.

Thanks a million,
Siobhán
""" + sig("Siobhán Dunne", "Procurement Manager", "Glenmore Care Homes Ltd, Dock Road, Limerick", "+353 61 448 210")

case("p02_gch_po_mail_quote_600", ["RG001", "RG003", "RG004"],
     "PO mail for 20 samples with the quote showing 600 attached and nothing marking it as not released; "
     "release person named but no hold and no event",
     [("PO GCH-4471.eml", eml_bytes(mail(
         "Siobhán Dunne <siobhan.dunne@glenmorecare.ie>",
         "Rūta Petrauskienė <ruta.petrauskiene@baltimeda.lt>",
         "PO GCH-4471 - SR-220 side rails",
         "Fri, 07 Jun 2024 12:18:00 +0100",
         _p02_text,
         attachments=[("BM-Q-0588.pdf", _p02_quote, PDF_MT)])))])

# p03 - PDF PO for 4 sample beds with the BOQ project quantity of 300 in the header.
case("p03_whmc_po_boq_300", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 4 sample beds shows the 300-bed project quantity beside it; no hold, event or named person",
     [("WHMC-PO-31650.pdf", pdf([
         ("h1", "WHMC Project Company - Purchase Order"),
         ("p", "Wadi Hanifa Medical City Project, King Fahd Road, Riyadh 12271, Kingdom of Saudi Arabia. "
               "VAT No. 310 448 291 700 003."),
         ("table", [
             ["PO No.", "WHMC-PO-31650", "Date", "28.05.2024"],
             ["Supplier", "Anadolu Medikal Mobilya A.Ş., Nilüfer OSB, Bursa, Türkiye", "Supplier code", "V-20931"],
             ["Project quantity (per BOQ)", "300 beds (Towers B, C, D)", "Contract", "WHMC-SC-0219"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit SAR", "Amount SAR"],
             ["10", "AMM-E3-S", "AMM-E3 electric bed frame, sample, DRG AMM-E3-100 Rev 2, EN 60601-2-52",
              "4", "EA", "9,850.00", "39,400.00"],
             ["20", "FRT-AIR", "Crating and air freight Istanbul - Riyadh", "1", "LOT", "6,200.00", "6,200.00"],
         ]),
         ("sp",),
         ("p", "Delivery: WHMC site store, Gate 4, Riyadh, not later than 15.08.2024. Beds to comply with "
               "SFDA MDMA requirements; Arabic/English labels."),
         ("p", "Payment: 60 days from delivery and acceptance. VAT 15% extra."),
         ("p", "Issued by: Procurement Department, WHMC Project Company"),
     ], title="WHMC-PO-31650", author="WHMC Procurement"))])

# p04 - buyer portal order page for 10 samples with the linked 300-piece quote; release person only.
case("p04_bac_portal_order_linked_quote", ["RG001", "RG003", "RG004"],
     "portal order for 10 sample bars shows the linked quote's 300 production lot unmarked; release "
     "authority named, no hold, no event",
     [("supplier_portal_order_7700-1182.html", html_page("Banksia Supplier Portal - PO 7700-1182", """
<h2>Banksia Aged Care &ndash; Supplier Portal</h2>
<p>Supplier: <b>Perdana CareTech Sdn Bhd</b> (S-0577) &nbsp;|&nbsp; Viewing as: nurul.aisyah@perdanacaretech.com.my</p>
<h3>Purchase order 7700-1182 &nbsp;<small>status: open &middot; issued 01/07/2024</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit MYR</th><th>Total MYR</th></tr>
<tr><td>1</td><td>SB-450-S</td><td>4-point sling bar 450 mm, SS304, SWL 200 kg &ndash; samples</td><td>10</td><td>EA</td><td>412.00</td><td>4,120.00</td></tr>
</table>
<h4>Linked quotation PQ-24-0316 (Perdana, 18/06/2024)</h4>
<table>
<tr><th>Lot</th><th>Qty</th><th>Unit MYR</th><th>Lead time</th></tr>
<tr><td>Sample lot</td><td>10</td><td>412.00</td><td>3 weeks</td></tr>
<tr><td>Production lot</td><td>300</td><td>268.00</td><td>6 weeks</td></tr>
</table>
<p>Release authority for this order: <b>Leanne Cho</b>, GM Operations.</p>
<p>Deliver to: Banksia Glenelg, 12 Partridge St, Glenelg SA 5045 &middot; Buyer: Bronwyn Keats</p>
<p><a href="#">Acknowledge PO</a> &middot; <a href="#">Upload ISO 10535 test report</a> &middot; <a href="#">Message buyer</a></p>
"""))])

# p05 - two-file folder: cover mail with the sample PO attached + the supplier quote with 112 units.
_p05_po = pdf([
    ("h1", "WHMC Project Company - Purchase Order WHMC-PO-31790"),
    ("p", "Wadi Hanifa Medical City Project, King Fahd Road, Riyadh 12271, KSA. Date 16.06.2024."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Amount USD"],
        ["10", "PL-180-S", "PL-180 mobile patient lift, SWL 180 kg, ISO 10535:2021, 230 V, sample", "8",
         "EA", "1,160.00", "9,280.00"],
    ]),
    ("sp",),
    ("p", "Ref. supplier quotation KN-Q-2405. Delivery CIF Dammam, ETA not later than 31.08.2024."),
    ("p", "Issued by: Procurement Department"),
], title="WHMC-PO-31790", author="WHMC Procurement")
_p05_text = """Dear Ms. Lily,

Good day.

Kindly find attached our PO WHMC-PO-31790 for eight (8) sample units of the PL-180 patient lift,
as per your quotation KN-Q-2405.

Please confirm receipt and the delivery date at the earliest.

Thanks and regards,
""" + sig("Eng. Faisal Al-Harbi", "Procurement Manager", "WHMC Project Company, Riyadh", "+966 11 482 7730")

case("p05_whmc_cover_po_and_quote_112", ["RG001", "RG003", "RG004", "RG005"],
     "bundle: PO for 8 sample lifts plus the quote with 112 production units, nothing marks the 112 "
     "as not released; no hold, event or person",
     [("PO_WHMC-PO-31790.eml", eml_bytes(mail(
         "Faisal Al-Harbi <faisal.alharbi@whmc-project.sa>",
         "Lily Zhou <lily.zhou@kangning-med.cn>",
         "PO WHMC-PO-31790 - PL-180 patient lift",
         "Sun, 16 Jun 2024 10:05:00 +0300",
         _p05_text,
         attachments=[("WHMC-PO-31790.pdf", _p05_po, PDF_MT)]))),
      ("KN-Q-2405.txt", """\
CHANGZHOU KANGNING MEDICAL EQUIPMENT CO., LTD.
QUOTATION  No. KN-Q-2405                                   Date: 2024-05-30
To: WHMC Project Company, Riyadh, KSA  -  Attn: Eng. Faisal Al-Harbi

Item: PL-180 mobile patient lift, SWL 180 kg, electric base widening, 2 x 24V battery,
      emergency lowering, ISO 10535:2021, IEC 60601-1, DRG KN-PL180 Rev 5

No.  Description            Qty     Unit   Unit price USD   Amount USD
1    Sample                 8       unit   1,160.00         9,280.00
2    Mass production        112     unit   985.00           110,320.00

Lead time: sample 30 days, mass production 45 days.
Price CIF Dammam. Warranty 24 months, battery 12 months.
Payment: T/T 30% deposit, 70% before shipment.

Lily Zhou, Sales Manager
""")])

# p06 - meeting notes: 12 trial beds ordered, programme volume 240 beside it, nothing else.
case("p06_gch_medram_meeting_240", ["RG001", "RG003", "RG004", "RG005"],
     "notes record a PO for 12 trial beds and the 240-bed programme volume beside it, unmarked; no hold, "
     "event or release person",
     [("Meeting_notes_Glenmore_MedRam.docx", docx_bytes([
         ("h1", "Meeting notes - Glenmore Care Homes / MedRam"),
         ("p", "Date: 13 June 2024, Glenmore head office, Dock Road, Limerick."),
         ("p", "Present: Siobhán Dunne, Ciarán Moloney (Glenmore); Tomasz Wiśniewski (MedRam, on Teams)."),
         ("table", [
             ["#", "Item", "Notes", "Action"],
             ["1", "Trial beds", "PO GCH-4460 for twelve (12) trial beds HB-400 issued today. MedRam to build "
                                 "and deliver to Castletroy and Ennis by 20 September.", "Tomasz"],
             ["2", "Programme volume", "Per MedRam quote MR-Q-24-131: 240 beds, EUR 1.180,00 per bed "
                                       "delivered Limerick, 8 weeks lead time.", "-"],
             ["3", "Colours", "Frame RAL 9016, head/foot boards oak decor for the care homes.", "Ciarán"],
             ["4", "Side rails", "SR-220 from Baltimeda fits Rev 4 interface (DRG HB-400-310).", "Ciarán"],
             ["5", "Service", "MedRam to propose a service partner in Munster (2 visits/year).", "Tomasz"],
         ]),
         ("sp",),
         ("p", "Notes by Siobhán Dunne, 13/06/2024."),
     ], author="Siobhán Dunne"))])

# p07 - WhatsApp: sample PO with quantity only, nothing about the balance.
case("p07_whatsapp_bac_baltimeda_samples_only_qty", ["RG003", "RG004", "RG005"],
     "buyer authorizes 8 sample platforms but never says the rest is not released, names no event and "
     "no release person",
     [("WhatsApp Chat with Ruta Baltimeda.txt", """\
[15/07/2024, 08:31:02] Daz Whitfield: Morning Rūta, PO 7700-1175 is through for the 8 sample platforms MP-90 👍
[15/07/2024, 08:31:40] Daz Whitfield: can you get them on a boat by end of the month? Need them for the Glenelg refurb mock-up room
[15/07/2024, 09:47:15] Rūta Petrauskienė: Good morning Darren, thank you, PO received. 8 pcs samples will be ready week 31, container from Klaipėda week 32
[15/07/2024, 09:48:02] Rūta Petrauskienė: Deck 1,5 mm perforated, RAL 9016, same as drawing BM-MP90 Rev 4
[15/07/2024, 09:48:40] Rūta Petrauskienė: Series price from our quotation BM-Q-0633 stays valid 90 days
[15/07/2024, 09:52:20] Daz Whitfield: Legend, cheers
[15/07/2024, 09:52:41] Daz Whitfield: Send the packing list when you've got it, Bronwyn needs it for customs
[15/07/2024, 10:03:11] Rūta Petrauskienė: Sure 👍
""")])

# p08 - supplier treats the advance payment as the start of the held balance (quoted buyer scope is complete).
_p08_quoted = """Dear Mr. Emre,

Please find attached PO WHMC-PO-31711. It covers six (6) sample beds AMM-E3 only. The balance
294 beds is on hold until the biomedical sample sign-off by Eng. Tariq Mahmoud and the written
release by Dr. Hessa Al-Qahtani, Project Director.

Regards,
Eng. Faisal Al-Harbi"""
_p08_text = """Dear Eng. Faisal,

Good day. We received today your advance payment 30 % (SAR 213.840,00) as per contract, thank you
very much. So we start now the production of the 294 beds, the first 60 beds will be ready in the
middle of September.

The 6 sample beds are finished and waiting for the inspection of Eng. Tariq.

Best wishes
""" + sig("Emre Yıldız", "Export Manager", "Anadolu Medikal Mobilya A.Ş., Nilüfer / Bursa", "+90 224 411 52 60") + """
On Tue, 4 Jun 2024 at 13:22, Faisal Al-Harbi <faisal.alharbi@whmc-project.sa> wrote:
""" + quote(_p08_quoted) + "\n"

case("p08_anadolu_advance_starts_balance", ["RG012"],
     "supplier starts the 294-bed balance because the advance payment arrived; quoted buyer scope is "
     "complete",
     [("RE_ PO WHMC-PO-31711 sample beds.eml", eml_bytes(mail(
         "Emre Yıldız <emre.yildiz@anadolumedikal.com.tr>",
         "Faisal Al-Harbi <faisal.alharbi@whmc-project.sa>",
         "RE: PO WHMC-PO-31711 sample beds",
         "Wed, 26 Jun 2024 16:30:00 +0300",
         _p08_text,
         in_reply_to="<WHMC-PROC-20240604-1322@whmc-project.sa>")))])

# p09 - ERP PO: "balance not released" but no unlock event and no release person.
case("p09_gch_erp_balance_no_event", ["RG004", "RG005"],
     "PO says sample only and balance 190 not released, but names no unlock event and nobody who releases it",
     [("GCH_PO_4488_print.txt", """\
GLENMORE CARE HOMES LTD                                           PURCHASE ORDER
Dock Road, Limerick V94 XK27, Ireland                             PO No  : GCH-4488
                                                                  Date   : 17/06/2024
------------------------------------------------------------------------------------------
Supplier : 20417  BALTIMEDA UAB                    Deliver to : Glenmore Care Homes - Castletroy
           LT-51329 Kaunas, Lithuania                           Dublin Road, Castletroy, Limerick
Buyer    : S. Dunne                                 Currency   : EUR
------------------------------------------------------------------------------------------
Ln  Item code        Description                                 Qty  UoM   Unit EUR     Net EUR
 1  MP-90-1950-4S    Mattress platform 4-section, SAMPLE,         10   EA     226,00    2.260,00
                     1950 x 880 mm, DRG BM-MP90 Rev 4
------------------------------------------------------------------------------------------
                                                              PO total        2.260,00
NOTES
 - REF QUOTE BM-Q-0601 (10 SAMPLES + 190 SERIES).
 - SAMPLE ONLY 10 PCS. BALANCE 190 NOT RELEASED.
 - DELIVER WK 33. PALLET LABEL WITH PO NO.
------------------------------------------------------------------------------------------
Printed 17/06/2024 09:14 by SDUNNE                                    ** END OF PO **
""")])

# p10 - one PDF PO states the sample quantity twice, differently (twenty (20) vs 25 in the table).
case("p10_kra_po_twenty_vs_25", ["RG011"],
     "the PO text says twenty (20) sample castor sets, the line table says 25; hold, event and Dr. Brenner present",
     [("Bestellung_4500012420.pdf", pdf([
         ("h1", "Bestellung / Purchase order 4500012420"),
         ("p", "Klinikverbund Rheinauen gGmbH, Zentraleinkauf, Neusser Str. 210, 50733 Köln. Datum 24.06.2024."),
         ("table", [
             ["Lieferant / Supplier", "Changzhou Kangning Medical Equipment Co., Ltd., Changzhou, China"],
             ["Ansprechpartner", "Jens Albers, +49 221 8837 4419"],
         ]),
         ("sp",),
         ("p", "Hiermit bestellen wir / we hereby order twenty (20) sample castor sets CS-125 (DRG KN-CS125 "
               "Rev 3) for testing on our HB-400 beds."),
         ("table", [
             ["Pos.", "Material", "Bezeichnung / description", "Menge", "ME", "Preis USD", "Wert USD"],
             ["10", "CS-125-S", "Castor set 4 x 125 mm, central locking, sample", "25", "SET", "46,80", "1.170,00"],
         ]),
         ("sp",),
         ("p", "The balance of 980 sets is not released. It stays on hold until the sample sign-off by KRA "
               "Medizintechnik and a written release by Dr. Matthias Brenner, Leiter Medizintechnik. "
               "Material authority: samples only."),
         ("p", "Lieferung / delivery: DAP Köln-Merheim, KW 33. Zahlung 60 Tage netto."),
     ], title="PO 4500012420", author="KRA Zentraleinkauf"))])

# p11 - "release" for the sample approval and for production; unnamed department releases.
_p11_text = """Dear Mr. Wiśniewski,

below our PO 4500012333 for six (6) sample frames HB-400 Rev 4.

To be clear about the scope: the PO covers the 6 samples only, the remaining 234 frames are not
released. After the release of the samples by our Medizintechnik, the production release for the
234 frames will be sent by the Medizintechnik department in writing. Until then please no
production and no material for the series.

  Pos. 00010  HB-400-000  Bettgestell HB-400, Muster   6 ST   EUR 1.240,00   EUR 7.440,00
  Liefertermin 19.07.2024, DAP Köln-Merheim

Mit freundlichen Grüßen
""" + kra_sig("Katrin Vogelsang", "Strategischer Einkauf / Strategic Purchasing")

case("p11_kra_mail_release_two_meanings_department", ["RG005", "RG009"],
     "'release of the samples' (technical) and 'production release' in one mail; the release comes from "
     "'the Medizintechnik department', no named person",
     [("PO 4500012333 - sample frames.eml", eml_bytes(mail(
         "Katrin Vogelsang <k.vogelsang@klinikverbund-rheinauen.de>",
         "Tomasz Wiśniewski <t.wisniewski@medram.pl>",
         "Bestellung 4500012333 - Muster HB-400",
         "Tue, 18 Jun 2024 08:47:00 +0200",
         _p11_text, html=txt2html(_p11_text))))])

# p12 - WeChat: sample PO without a quantity, balance "on hold" with no event or person.
case("p12_wechat_whmc_castor_samples_no_qty", ["RG004", "RG005", "RG010"],
     "buyer says PO issued for sample castor sets and balance on hold, but never states how many, what "
     "unlocks the balance or who releases it",
     [("WeChat_Lily_Zhou_20240612.txt", """\
微信聊天记录 / WeChat chat history
Contact : Lily Zhou 周莉 (Kangning Medical)
Owner   : Faisal Al-Harbi
Exported: 2024-06-20 08:40

2024-06-12 09:31:10  Lily Zhou 周莉
Dear Mr. Faisal, good morning. Any news for CS-125 castor set sample? 

2024-06-12 09:55:42  Faisal Al-Harbi
Dear Lily, PO WHMC-PO-31772 issued for the sample castor sets, kindly start. Balance will be on hold.

2024-06-12 09:57:03  Lily Zhou 周莉
Well noted, thanks! We arrange sample asap. Need your confirm stem size, M12x1.75 or M10x1.5?

2024-06-12 10:20:18  Faisal Al-Harbi
M12x1.75 as per drawing KN-CS125 Rev 3.

2024-06-12 10:21:00  Lily Zhou 周莉
OK 👌 Sample ETD around 10 July
""")])

# p13 - buyer portal release record with the released quantity left empty.
case("p13_bac_portal_release_qty_blank", ["RG010"],
     "portal sample release has no released quantity anywhere; hold, sign-off and Leanne Cho are stated",
     [("bac_portal_R-0042.html", html_page("Banksia Supplier Portal - Release R-0042", """
<h2>Banksia Aged Care &ndash; Supplier Portal</h2>
<p>Supplier: <b>Changzhou Kangning Medical Equipment Co., Ltd.</b> (S-0412)</p>
<h3>Release R-0042</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Order</td><td>7700-1209</td></tr>
<tr><td>Item</td><td>CS-125 castor set, DRG KN-CS125 Rev 3</td></tr>
<tr><td>Release type</td><td>Sample build</td></tr>
<tr><td>Released quantity</td><td>&mdash;</td></tr>
<tr><td>Ship by</td><td>26/07/2024</td></tr>
<tr><td>Status</td><td>Issued 03/07/2024 by bkeats</td></tr>
</table>
<div class="note">Balance on hold: not released until the samples are signed off by Daz Whitfield (Equipment
&amp; Maintenance) and Leanne Cho, GM Operations, sends the written release.</div>
<p>Attachments: <a href="#">KN-CS125_Rev3.pdf</a></p>
"""))])

# p14 - LC opened, "kindly commence production of the Tower B beds" with no quantity.
case("p14_whmc_lc_letter_commence", ["RG010", "RG012"],
     "letter treats the opened LC as the trigger to start production and never states how many Tower B "
     "beds; hold, revised PO and Dr. Hessa are stated",
     [("Letter_WHMC-PROC-0718.docx", docx_bytes([
         ("p", "WHMC Project Company - Procurement Department"),
         ("p", "King Fahd Road, Riyadh 12271, Kingdom of Saudi Arabia"),
         ("p", "Ref: WHMC-PROC-0718          Date: 21.07.2024"),
         ("p", "To: Anadolu Medikal Mobilya A.Ş., Bursa - Attn: Mr. Emre Yıldız, Export Manager"),
         ("h", "Subject: Letter of Credit - PO WHMC-PO-31760 Rev 1 - AMM-E3 beds"),
         ("p", "Dear Mr. Emre,"),
         ("p", "We are pleased to inform you that Letter of Credit No. LC-RBK-24-55871 has been opened "
               "today by Riyad Bank in your favour for PO WHMC-PO-31760 Rev 1."),
         ("p", "As the LC is now established, kindly commence production of the Tower B beds as per the "
               "room schedule."),
         ("p", "The beds for Towers C and D are not released. They will be released only after the "
               "revised PO Rev 2, by written release of Dr. Hessa Al-Qahtani, Project Director."),
         ("p", "Kindly do the needful and share your production plan at the earliest."),
         ("p", "Best regards,"),
         ("p", "Eng. Faisal Al-Harbi, Procurement Manager"),
     ], author="Faisal Al-Harbi"))])

# p15 - release note: "released" for the Oracle PO workflow and for production; no quantity.
case("p15_whmc_prn_released_oracle_no_qty", ["RG009", "RG010"],
     "'released in Oracle' (PO workflow) and 'production release' on one note; Tower C quantity 'as per "
     "BOQ' never stated",
     [("WHMC-PRN-0032.pdf", pdf([
         ("h1", "Production Release Note WHMC-PRN-0032"),
         ("table", [
             ["Supplier", "Perdana CareTech Sdn Bhd, Bayan Lepas, Penang, Malaysia"],
             ["PO", "WHMC-PO-31877"],
             ["PO status", "Released in Oracle on 02.07.2024 (approval workflow complete, 3 of 3)"],
             ["Item", "SB-450 4-point sling bar, 450 mm, SS304, SWL 200 kg"],
         ]),
         ("sp",),
         ("p", "Production release: SB-450 sling bars for Tower C, quantity as per BOQ Tower C (Rev 5). "
               "Delivery CIF Dammam, ETA 30.09.2024."),
         ("p", "Balance for Towers D and E: not released. Released only after the revised PO and a "
               "written release by Dr. Hessa Al-Qahtani, Project Director."),
         ("p", "Test certificate per ISO 10535:2021 (static test 1.5 x SWL) to accompany each lot."),
         ("p", "Issued by Eng. Faisal Al-Harbi, Procurement Manager, 03.07.2024"),
     ], title="WHMC-PRN-0032", author="WHMC Procurement"))])

# p16 - go-ahead scoped to "the trial beds only" but no number anywhere.
_p16_text = """Hi Tomasz,

Thanks for sending the pilot drawing Rev 4. The lads in Estates have been through it and it's all
grand.

Following the review, you have our go-ahead for the trial beds only. The rest of the order is not
released; Aoife Brennan (Director of Operations) will release it in writing once the ward trial
sign-off is done.

Could you let me know when the trial beds can be in Limerick?

Many thanks,
Siobhán
""" + sig("Siobhán Dunne", "Procurement Manager", "Glenmore Care Homes Ltd, Dock Road, Limerick", "+353 61 448 210")

case("p16_gch_trial_beds_go_ahead_no_number", ["RG010"],
     "go-ahead scoped to the trial beds with hold, event and Aoife Brennan, but the number of trial beds "
     "is never stated",
     [("Trial beds - Limerick.eml", eml_bytes(mail(
         "Siobhán Dunne <siobhan.dunne@glenmorecare.ie>",
         "Tomasz Wiśniewski <t.wisniewski@medram.pl>",
         "Trial beds - Limerick",
         "Thu, 04 Jul 2024 11:30:00 +0100",
         _p16_text, html=txt2html(_p16_text),
         cc="Ciarán Moloney <ciaran.moloney@glenmorecare.ie>")))])

# p17 - supplier status report: forecast booked as a firm order and material bought for it.
case("p17_medram_status_forecast_firm_material", ["RG006", "RG008"],
     "supplier books the 240-bed forecast as a firm order and has bought tube and actuators for 240 while "
     "only 12 trial beds are released",
     [("MedRam_status_report_GCH_2024-08.pdf", pdf([
         ("h1", "MedRam Sp. z o.o. - Status report August 2024"),
         ("p", "Customer: Glenmore Care Homes Ltd, Limerick. Prepared by Agnieszka Zielińska, Production "
               "Planning, 12.08.2024."),
         ("table", [
             ["Position", "Qty", "Status"],
             ["Trial beds HB-400, PO GCH-4460", "12", "released by PO; built, shipped 09.08.2024, CMR 24/0881"],
             ["GCH forecast 2025", "240", "booked in our system as firm order SO-24-112, capacity reserved KW 2-14"],
             ["Balance after trial beds", "228", "not yet released by customer (waiting ward trial and written "
                                                 "release of Ms. Aoife Brennan)"],
             ["Material", "240 beds", "steel tube 40x40x2 and 3-motor actuator kits purchased for 240 beds "
                                      "(price fixed until 31.12.2024)"],
         ]),
         ("sp",),
         ("p", "Comment: because of long lead time of actuators (14 weeks) we have ordered the material for "
               "the full forecast already in July. We kindly ask Glenmore to confirm the call-off plan for "
               "2025 until end of September."),
         ("p", "Quality: ward trial feedback form sent with the beds. Salt spray ISO 9227 480 h passed."),
     ], title="MedRam status report GCH", author="MedRam Planning"))])

# p18 - supplier reply: confirms 24 samples against a PO for 20, and has bought profiles for all 600.
_p18_quoted = """Hi Rūta,

PO GCH-4495 attached for twenty (20) sample side rails SR-220. The balance of 580 on your quote is
on hold until the ward trial sign-off, and then Aoife Brennan (Director of Operations) will release
it in writing. Sample material only please.

Thanks,
Siobhán"""
_p18_text = """Dear Ms. Dunne,

thank you for PO GCH-4495. We confirm 24 pcs samples SR-220, delivery week 35 to Castletroy.

For the lead time of series we already ordered the aluminium profiles and latch sets for all
600 pcs at our supplier in Alytus, so we can deliver series fast after your release.

Su pagarba / Best regards
Rūta Petrauskienė
Sales Manager
Baltimeda UAB | Pramonės pr. 8, LT-51329 Kaunas | +370 37 451 208

Šis laiškas ir jo priedai yra konfidencialūs. / This message and its attachments are confidential.

-----Original Message-----
From: Siobhán Dunne <siobhan.dunne@glenmorecare.ie>
Sent: Monday, 8 July 2024 10:02
To: Rūta Petrauskienė <ruta.petrauskiene@baltimeda.lt>
Subject: PO GCH-4495 - SR-220 samples

""" + quote(_p18_quoted) + "\n"

case("p18_baltimeda_confirms_24_buys_600", ["RG006", "RG011"],
     "supplier confirms 24 samples against the quoted PO's 20 and has ordered profiles for all 600; quoted "
     "buyer scope is otherwise complete",
     [("RE_ PO GCH-4495.eml", eml_bytes(mail(
         "Rūta Petrauskienė <ruta.petrauskiene@baltimeda.lt>",
         "Siobhán Dunne <siobhan.dunne@glenmorecare.ie>",
         "RE: PO GCH-4495 - SR-220 samples",
         "Tue, 09 Jul 2024 09:12:00 +0300",
         _p18_text,
         in_reply_to="<GCH-20240708-1002@glenmorecare.ie>")))])

# p19 - WhatsApp: supplier will roll straight into the balance and has cut tube for all 150.
case("p19_whatsapp_perdana_roll_and_cut_tube", ["RG006", "RG007"],
     "after a complete buyer scope (6 samples, 144 held), supplier says it will run the 144 as soon as the "
     "samples are OK'd and has cut tube for 150",
     [("WhatsApp Chat with Kelvin Tan.txt", """\
[22/07/2024, 11:02:14] Bronwyn Keats: Hi Kelvin, PO 7700-1196 is through. It's for the 6 sample SB-450 bars only. The other 144 aren't released - Leanne Cho releases them in writing after Daz signs off the samples. Sample material only for now pls
[22/07/2024, 11:40:51] Kelvin Tan: Noted boss 👍
[22/07/2024, 11:41:30] Kelvin Tan: Once u ok the samples we straight away run the 144 ya, already cut the SS304 tube for all 150 so no delay
[22/07/2024, 11:41:58] Kelvin Tan: Samples ready in 2 weeks, I send photo
[22/07/2024, 11:45:03] Bronwyn Keats: Thanks Kelvin
""")])

# p20 - supplier MRP printout: forecast set to FIRM and components ordered for 1240 sets.
case("p20_kangning_mrp_forecast_firm", ["RG006", "RG008"],
     "supplier MRP sets the customer forecast of 1200 sets to FIRM and orders components for 1240 sets "
     "while 40 sample sets are released",
     [("MRP_run_20240708.txt", """\
KINGDEE K/3 Cloud   MRP 运算结果 / MRP RUN RESULT                     Run no. MRP-20240708-02
Company : 常州康宁医疗设备有限公司  Changzhou Kangning Medical Equipment Co., Ltd.
Run by  : wang.jun                 Date: 2024-07-08 16:44          Plant: Wujin 1

DEMAND
SO No.        Customer                  Item     Qty   UoM  Due date    Source                   Status
-----------   -----------------------   ------   ----  ---  ----------  -----------------------  ------
SO-BAC-2406   BANKSIA AGED CARE (AU)    CS-125     40  SET  2024-07-20  PO 7700-1170 (samples)   FIRM
SO-BAC-2407   BANKSIA AGED CARE (AU)    CS-125   1200  SET  2024-10-30  customer forecast 2025   FIRM

Customer release status (from sales, Lily): PO 7700-1170 = 40 set samples. Balance 1160 set not
released by customer.

PURCHASE ORDERS CREATED (components for 1240 SET)
PO no.        Component                          Qty    UoM  Vendor                      Status
-----------   --------------------------------   -----  ---  --------------------------  ----------------
PO-V-240771   Twin wheel 125mm TPU grey           9920  PCS  Yangzhou Huaxin Rubber      ordered, conf. 07-15
PO-V-240772   Castor housing stamped t=3.0mm      4960  PCS  Changzhou Jinli Metal       ordered, conf. 07-18
PO-V-240773   Stem M12x1.75x30 zinc flake         4960  PCS  Wuxi Fastener Co.           ordered
PO-V-240774   Brake pedal PA6-GF30                2480  PCS  in-house moulding (M-07)    work order created

Remark (wang.jun): customer forecast 1200 set treat as firm order, buy material now for price,
steel price up 6% in Aug. Lily agree.
=== END OF REPORT ===
""")])

# p21 - supplier portal: forecast shown as confirmed order, material bought for it.
case("p21_perdana_portal_forecast_confirmed", ["RG006", "RG008"],
     "supplier portal lists the WHMC forecast of 200 as a confirmed order and shows tube bought for 200 "
     "while only 4 samples are released",
     [("perdana_customer_portal_WHMC.html", html_page("Perdana CareTech - order book WHMC", """
<h2>Perdana CareTech Sdn Bhd &ndash; Customer order book</h2>
<p>Customer: <b>WHMC Project Company (Riyadh)</b> &nbsp;|&nbsp; PIC: Nurul Aisyah Rahman &nbsp;|&nbsp; updated 05/08/2024</p>
<table>
<tr><th>Ref</th><th>Item</th><th>Qty</th><th>Type</th><th>Status</th></tr>
<tr><td>WHMC-PO-31902</td><td>SB-450 sling bar, samples</td><td>4</td><td>PO (released by customer)</td><td>shipped 29/07, AWB 176-2288 4410</td></tr>
<tr><td>FC-WHMC-2025</td><td>SB-450 sling bar</td><td>200</td><td>Confirmed order (from customer forecast Q4-2024 to Q2-2025)</td><td>in production plan wk 36-44</td></tr>
</table>
<p>Balance 196 pcs: not released by customer yet.</p>
<h4>Material status</h4>
<table>
<tr><th>Material</th><th>For qty</th><th>Status</th></tr>
<tr><td>SS304 tube 25.4 x 1.5 mm</td><td>200 pcs</td><td>purchased, GRN 24-0611, in store</td></tr>
<tr><td>Forged hooks, 4 per bar</td><td>200 pcs</td><td>on order, ETA 20/08</td></tr>
<tr><td>Safety latches</td><td>200 pcs</td><td>on order, ETA 20/08</td></tr>
</table>
<p style="color:#777">Perdana CareTech Sdn Bhd (201501012345) &middot; Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang &middot; ISO 13485:2016</p>
"""))])

# p22 - two-file folder: buyer PO for 6 samples + supplier proforma for 300, production on deposit.
_p22_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-2024-188"),
    ("p", "Anadolu Medikal Mobilya A.Ş., Nilüfer OSB, 16140 Bursa, Türkiye. Tax no. 068 044 1192."),
    ("table", [
        ["Buyer", "WHMC Project Company, Riyadh, KSA", "Date", "20.06.2024"],
        ["Your PO", "WHMC-PO-31744", "Incoterms", "CIF Dammam"],
    ]),
    ("sp",),
    ("table", [
        ["No.", "Description", "Qty", "Unit price SAR", "Amount SAR"],
        ["1", "AMM-E3 electric bed frame, DRG AMM-E3-100 Rev 2", "300", "7,920.00", "2,376,000.00"],
        ["", "Advance payment 30%", "", "", "712,800.00"],
        ["", "Balance 70% by LC at sight", "", "", "1,663,200.00"],
    ]),
    ("sp",),
    ("p", "Conditions: upon receipt of the advance payment, production of the 300 beds starts. Steel tube "
          "40x40x2 and HPL panels for the 300 beds are already purchased from our suppliers to keep "
          "this price."),
    ("p", "Bank: Türkiye İş Bankası, Bursa Nilüfer branch, IBAN TR33 0006 4000 0011 2345 6789 01, SWIFT ISBKTRIS."),
    ("p", "Emre Yıldız, Export Manager"),
], title="PI-2024-188", author="Anadolu Medikal")

case("p22_whmc_po6_vs_proforma300", ["RG006", "RG011", "RG012"],
     "PO releases 6 sample beds (hold complete); the supplier proforma for the same PO says 300, starts "
     "production on the advance and has bought material for 300",
     [("WHMC-PO-31744.txt", """\
ORACLE FUSION PROCUREMENT                                         Printed: 18-JUN-2024 11:02
WHMC PROJECT COMPANY                                              PURCHASE ORDER
---------------------------------------------------------------------------------------------
PO Number   : WHMC-PO-31744          Revision : 0            Status : OPEN
Supplier    : ANADOLU MEDIKAL MOBILYA A.S. (V-20931)         Site   : BURSA
Buyer       : AL-HARBI, FAISAL                               Currency: SAR
Ship-to     : WHMC SITE STORE GATE 4, RIYADH                 Terms  : NET 60
---------------------------------------------------------------------------------------------
Line  Item        Description                                   Qty  UOM   Price      Amount
1     AMM-E3-S    AMM-E3 ELECTRIC BED FRAME - SAMPLE              6  EA    9,850.00   59,100.00
                  DRG AMM-E3-100 REV 2, EN 60601-2-52
---------------------------------------------------------------------------------------------
                                                               Total SAR          59,100.00
Notes to supplier:
  SAMPLE ORDER. BALANCE 294 BEDS NOT RELEASED - ON HOLD UNTIL BIOMEDICAL SAMPLE SIGN-OFF
  (ENG. TARIQ MAHMOUD) AND WRITTEN RELEASE BY DR. HESSA AL-QAHTANI, PROJECT DIRECTOR.
  MATERIAL AUTHORITY: SAMPLE QUANTITY ONLY.
---------------------------------------------------------------------------------------------
"""),
      ("AMM_proforma_PI-2024-188.pdf", _p22_pi)])

# p23 - supplier ERP: production order released because the advance payment arrived.
case("p23_medram_erp_released_on_payment", ["RG012"],
     "supplier ERP releases a 240-frame production order with 'advance payment received' as the basis",
     [("ERP_zlecenie_ZP-24-0412.txt", """\
MedRam Sp. z o.o.  -  Comarch ERP XL  -  ZLECENIE PRODUKCYJNE / PRODUCTION ORDER
=====================================================================================
Nr zlecenia / Order no. : ZP-24-0412
Klient / Customer       : Klinikverbund Rheinauen gGmbH (KRA), Köln
Wyrób / Product         : HB-400 rama łóżka / bed frame, rys. HB-400-000 rew. 4
Ilość / Quantity        : 240 szt. / pcs
Status                  : ZWOLNIONE DO PRODUKCJI / RELEASED FOR PRODUCTION
Podstawa / Basis        : zaliczka 30% otrzymana 02.07.2024 (wyciąg PKO BP nr 0417)
                          advance payment 30% received 02.07.2024 (bank statement 0417)
Zwolnił / Released by   : A. Zielińska, planowanie / planning     02.07.2024 14:05
Termin / Due            : KW 36 - KW 44 / 2024
-------------------------------------------------------------------------------------
Marszruta / Routing
 Op  Stanowisko / Work centre            Czas/szt.   Uwagi / Remarks
 10  Cięcie rur / tube cutting CNC-02      6 min     rura 40x40x2 S235
 20  Gięcie / bending BM-01               11 min
 30  Spawanie robot / robot welding R-3   24 min     WPS-141-07
 40  Malowanie proszkowe / powder coat    18 min     RAL 9016, 60-100 µm
 50  Montaż siłowników / actuator assy    35 min     3 x 24 V, 10 000 cykli test
 60  Kontrola końcowa / final inspection  15 min     EN 60601-2-52, SWL 250 kg
-------------------------------------------------------------------------------------
Uwagi / Remarks: Klient zapłacił zaliczkę - start produkcji całej serii.
                 Customer paid the advance - start of the full series.
""")])

# p24 - minutes: "approved" for the sample and for the PO; material already bought for all 300.
case("p24_whmc_anadolu_minutes_approved_material", ["RG006", "RG009"],
     "minutes use 'approved' for the technical sample result and for the finance PO approval; supplier "
     "bought material for 300 beds without material authority",
     [("MoM_WHMC_Anadolu_factory_visit.docx", docx_bytes([
         ("h1", "Minutes of Meeting - Factory visit Anadolu Medikal, Bursa"),
         ("p", "Date: 08.07.2024. Attendees: Eng. Tariq Mahmoud, Eng. Faisal Al-Harbi (WHMC); Emre Yıldız, "
               "Selin Aksoy (Anadolu Medikal). Minutes: Eng. Faisal Al-Harbi."),
         ("table", [
             ["No.", "Subject", "Discussion / decision", "Action by"],
             ["1", "Sample beds", "6 sample beds AMM-E3 (PO WHMC-PO-31733) inspected against the EN 60601-2-52 "
                                  "checklist. Samples approved (technical, biomedical) by Eng. Tariq.", "-"],
             ["2", "PO revision", "PO WHMC-PO-31733 Rev 1 (HPL colour change, +SAR 85 per bed) approved by "
                                  "WHMC Finance on 07.07.2024.", "Faisal"],
             ["3", "Production", "Balance 294 beds not released. Written release by Dr. Hessa Al-Qahtani, "
                                 "Project Director, after the revised PO Rev 2.", "Faisal"],
             ["4", "Material", "Anadolu informed that steel tube and HPL panels for all 300 beds were already "
                               "purchased in June to hold the price. WHMC noted; no material authority was "
                               "given by WHMC.", "Emre"],
             ["5", "Packing", "Anadolu to send packing proposal (2 beds per crate, ISPM 15).", "Selin"],
         ]),
         ("sp",),
         ("p", "Distribution: Dr. Hessa Al-Qahtani, Eng. Tariq Mahmoud, Anadolu Medikal."),
     ], author="Faisal Al-Harbi"))])

# p25 - supplier: "once you approve the samples we will continue directly with the 112 units".
_p25_quoted = """Dear Ms. Lily,

PO WHMC-PO-31812 covers eight (8) sample lifts PL-180 only. Balance 112 lifts is on hold until the
biomedical sample sign-off by Eng. Tariq Mahmoud and the written release by Dr. Hessa Al-Qahtani,
Project Director.

Regards,
Faisal"""
_p25_text = """Dear Mr. Faisal,

Good day! Sample 8 units PL-180 will finish next week, test report ISO 10535 will follow.

Once you approve the samples we will continue directly with the 112 units, no need to wait new
paper, to save your time because Chinese National Day holiday is coming. Pls kindly note.

Thanks for your support!

Best regards
Lily Zhou 周莉
Sales Manager | Changzhou Kangning Medical Equipment Co., Ltd.
Tel +86 519 8633 7121 | WeChat/WhatsApp +86 139 1502 7788

From: Faisal Al-Harbi <faisal.alharbi@whmc-project.sa>
Date: 2024-07-21 10:15
To: Lily Zhou <lily.zhou@kangning-med.cn>
Subject: PO WHMC-PO-31812

""" + quote(_p25_quoted) + "\n"

case("p25_kangning_continue_directly_112", ["RG007"],
     "supplier says it will continue directly with the 112 once samples are approved, no new paper; "
     "quoted buyer scope is complete",
     [("RE_ PL-180 samples status.eml", eml_bytes(mail(
         "Lily Zhou <lily.zhou@kangning-med.cn>",
         "Faisal Al-Harbi <faisal.alharbi@whmc-project.sa>",
         "RE: PO WHMC-PO-31812 / PL-180 samples status",
         "Tue, 06 Aug 2024 17:20:00 +0800",
         _p25_text,
         in_reply_to="<WHMC-PROC-20240721-1015@whmc-project.sa>")))])

# p26 - supplier quote: production starts automatically after sample approval; PO acceptance = start.
case("p26_anadolu_quote_auto_start_on_po", ["RG007", "RG012"],
     "supplier quote says the 196 start automatically after sample approval and that PO acceptance and "
     "the advance are the start of production",
     [("AMM-Q-24-061.pdf", pdf([
         ("h1", "Anadolu Medikal Mobilya A.Ş. - Quotation AMM-Q-24-061"),
         ("p", "To: WHMC Project Company, Riyadh - Attn. Eng. Faisal Al-Harbi. Date: 11.07.2024. Validity: "
               "60 days. Project: Rehabilitation Centre, Building R2."),
         ("table", [
             ["No.", "Description", "Qty", "Unit price SAR", "Amount SAR"],
             ["1", "AMM-E3 electric bed frame, samples", "4", "9,850.00", "39,400.00"],
             ["2", "AMM-E3 electric bed frame, production", "196", "7,920.00", "1,552,320.00"],
             ["3", "Crating ISPM 15 and sea freight CIF Dammam", "1", "48,000.00", "48,000.00"],
         ]),
         ("sp",),
         ("h", "Terms"),
         ("p", "1. Samples: 5 weeks after PO."),
         ("p", "2. Production of the 196 beds starts automatically after your sample approval; no further "
               "release document is needed."),
         ("p", "3. Payment: 30% advance with the PO, 70% by LC at sight. Your PO acceptance and the advance "
               "payment are the start of production."),
         ("p", "4. Warranty 24 months frame, 12 months actuators. Standards EN 60601-2-52, ISO 13485:2016."),
         ("p", "Best wishes, Emre Yıldız, Export Manager"),
     ], title="AMM-Q-24-061", author="Anadolu Medikal"))])

# p27 - buyer PO (Word) says the supplier can roll into the balance once samples are OK'd; no person.
case("p27_bac_po_roll_straight_no_person", ["RG005", "RG007"],
     "buyer PO holds the 185 until sample sign-off but then says Perdana can roll straight into the balance "
     "once samples are OK'd; nobody named to release",
     [("BAC_PO_7700-1203.docx", docx_bytes([
         ("h1", "Banksia Aged Care Ltd - Purchase Order 7700-1203"),
         ("p", "41 Greenhill Rd, Wayville SA 5034 - ABN 61 204 338 917 - Date: 29/07/2024"),
         ("p", "Supplier: Perdana CareTech Sdn Bhd, Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UoM", "Unit MYR", "Total MYR"],
             ["1", "SB-450-S", "4-point sling bar 450 mm, SS304, SWL 200 kg - samples", "15", "EA", "412.00",
              "6,180.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("li", "This PO covers 15 sample sling bars."),
         ("li", "Balance: 185 bars not released until sample sign-off."),
         ("li", "Once the samples are OK'd, Perdana can roll straight into the production run of the balance."),
         ("li", "Material: sample quantity only until then."),
         ("sp",),
         ("p", "Deliver to: Banksia Mount Barker, 5 Cameron Rd, Mount Barker SA 5251. Ship by 23/08/2024."),
         ("p", "Issued by Banksia Procurement. Quote PO number on all paperwork."),
     ], author="Banksia Procurement"))])

# p28 - buyer mail: "release of the samples" vs "production release", and "directly start" after samples.
_p28_quoted = """Dear Ms. Vogelsang,

samples SR-220 20 pcs are shipped today by truck, CMR 2024/1147. When we can start production of
the series?

Su pagarba
Rūta Petrauskienė"""
_p28_text = """Dear Ms. Petrauskienė,

thank you for the information.

The PO 4500012398 covers the 20 sample side rails only; the other 460 pcs are not released yet.
After release of the samples by our Medizintechnik you can directly start the series production
of the 460 pcs. Dr. Matthias Brenner will send the official production release together with the
revised PO later.

Mit freundlichen Grüßen
""" + kra_sig("Katrin Vogelsang", "Strategischer Einkauf / Strategic Purchasing") + """
Von: Rūta Petrauskienė <ruta.petrauskiene@baltimeda.lt>
Gesendet: Montag, 22. Juli 2024 15:40
An: Katrin Vogelsang <k.vogelsang@klinikverbund-rheinauen.de>
Betreff: Samples SR-220 shipped

""" + quote(_p28_quoted) + "\n"

case("p28_kra_directly_start_after_sample_release", ["RG007", "RG009"],
     "buyer lets the supplier start the 460 directly after the sample 'release', contradicting its own "
     "written production release; 'release' used for sample approval and production",
     [("AW_ Samples SR-220 shipped.eml", eml_bytes(mail(
         "Katrin Vogelsang <k.vogelsang@klinikverbund-rheinauen.de>",
         "Rūta Petrauskienė <ruta.petrauskiene@baltimeda.lt>",
         "AW: Samples SR-220 shipped",
         "Tue, 23 Jul 2024 08:55:00 +0200",
         _p28_text,
         in_reply_to="<BM-20240722-1540@baltimeda.lt>")))])

# p29 - supplier order tracking: production of the balance starts automatically after sample approval.
case("p29_baltimeda_tracking_auto_start", ["RG007"],
     "supplier tracking page says the 186 start automatically after customer sample approval, no further "
     "confirmation needed",
     [("baltimeda_order_tracking_GCH.html", html_page("Baltimeda order tracking - GCH-4507", """
<h2>Baltimeda UAB &ndash; Order tracking</h2>
<p>Customer: <b>Glenmore Care Homes Ltd</b> &nbsp;|&nbsp; Customer PO: GCH-4507 &nbsp;|&nbsp; Part: MP-90 mattress platform, DRG BM-MP90 Rev 4</p>
<table>
<tr><th>Step</th><th>Qty</th><th>Status</th><th>Date</th></tr>
<tr><td>1. Samples produced</td><td>14</td><td>done</td><td>05.07.2024</td></tr>
<tr><td>2. Samples shipped</td><td>14</td><td>done, CMR 2024/1102</td><td>12.07.2024</td></tr>
<tr><td>3. Customer sample approval</td><td>&ndash;</td><td>pending</td><td></td></tr>
<tr><td>4. Production of balance</td><td>186</td><td>starts automatically after customer sample approval (no further confirmation needed)</td><td>planned week 35</td></tr>
</table>
<p>Balance 186 pcs: not released by customer yet.</p>
<p style="color:#777">Questions: Rūta Petrauskienė, Sales Manager &middot; +370 37 451 208</p>
"""))])

# p30 - buyer letter: forecast-based "firm commitment" to 600 beds.
case("p30_whmc_forecast_firm_commitment", ["RG008"],
     "buyer letter turns its 2025 demand forecast into a firm commitment to buy 600 beds; it releases no "
     "production",
     [("WHMC_requirement_2025.pdf", pdf([
         ("h1", "WHMC Project Company - Procurement Department"),
         ("p", "Ref: WHMC-PROC-0702. Date: 02.07.2024. To: Anadolu Medikal Mobilya A.Ş., Bursa - Attn: "
               "Mr. Emre Yıldız."),
         ("h", "Subject: Annual requirement 2025 - AMM-E3 beds"),
         ("p", "Dear Mr. Emre,"),
         ("p", "Based on our 2025 demand forecast (issue 3), WHMC hereby confirms a firm commitment to "
               "purchase 600 AMM-E3 beds from Anadolu Medikal in calendar year 2025. Kindly reserve "
               "production capacity accordingly."),
         ("table", [
             ["Quarter", "2025 forecast (firm commitment)"],
             ["Q1-2025", "150"], ["Q2-2025", "150"], ["Q3-2025", "150"], ["Q4-2025", "150"],
             ["Total", "600"],
         ]),
         ("sp",),
         ("p", "This letter does not release any production. Production will be released per tower by "
               "written release of Dr. Hessa Al-Qahtani, Project Director, after the revised PO."),
         ("p", "Best regards, Eng. Faisal Al-Harbi, Procurement Manager"),
     ], title="WHMC-PROC-0702", author="WHMC Procurement"))])

# p31 - supplier thanks for "your order" of a non-binding forecast and books it as confirmed.
_p31_quoted = """Hi Lily,

As requested, our 2025 forecast for the PL-180 lifts: approx. 40 units across four homes
(Q1 10, Q2 10, Q3 10, Q4 10). This is a forecast only, non-binding and not an order.

Thanks,
Siobhán"""
_p31_text = """Dear Ms. Siobhán,

Thank you very much for your order of 40 units PL-180 for 2025!

We already put it in our production plan as confirmed order, delivery in 4 lots of 10 units,
first lot ETD Shanghai 15 January 2025. Proforma invoice will follow next week.

Thanks for your support!

Lily Zhou 周莉
Sales Manager, Changzhou Kangning Medical Equipment Co., Ltd.

-----原始邮件 / Original-----
发件人 From: Siobhán Dunne <siobhan.dunne@glenmorecare.ie>
发送时间 Sent: 2024-07-30 16:05
收件人 To: Lily Zhou <lily.zhou@kangning-med.cn>
主题 Subject: 2025 forecast patient lifts

""" + quote(_p31_quoted) + "\n"

case("p31_kangning_thanks_for_order_forecast", ["RG008"],
     "supplier thanks for the 'order' of 40 lifts and books a quoted non-binding forecast as a confirmed "
     "order",
     [("RE_ 2025 forecast patient lifts.eml", eml_bytes(mail(
         "Lily Zhou <lily.zhou@kangning-med.cn>",
         "Siobhán Dunne <siobhan.dunne@glenmorecare.ie>",
         "RE: 2025 forecast patient lifts",
         "Wed, 31 Jul 2024 09:02:00 +0800",
         _p31_text,
         in_reply_to="<GCH-20240730-1605@glenmorecare.ie>")))])

# p32 - annual meeting minutes: forecast confirmed as binding order quantity.
case("p32_kra_baltimeda_minutes_forecast_binding", ["RG008"],
     "buyer minutes confirm the 2025 forecast of 900 side rails as a binding order quantity",
     [("Protokoll_Jahresgespraech_2024.docx", docx_bytes([
         ("h1", "Protokoll Jahresgespräch / Minutes of annual supplier meeting"),
         ("p", "Klinikverbund Rheinauen gGmbH - Baltimeda UAB. 23.05.2024, Köln, Zentraleinkauf, Raum 2.14."),
         ("p", "Teilnehmer / attendees: Katrin Vogelsang, Jens Albers (KRA); Rūta Petrauskienė, Mindaugas "
               "Kazlauskas (Baltimeda). Protokoll: Jens Albers."),
         ("table", [
             ["TOP", "Thema / topic", "Ergebnis / result"],
             ["1", "Performance 2023", "OTD 96,2 %, 0 complaints (8D), ISO 13485:2016 audit without findings."],
             ["2", "Forecast 2025", "KRA presented the forecast 2025 for SR-220 side rails: 900 pcs. KRA "
                                    "confirmed the forecast 2025 as binding order quantity; Baltimeda to plan "
                                    "capacity accordingly."],
             ["3", "Prices 2025", "+2,5 % because of aluminium (LME), valid from 01.01.2025."],
             ["4", "Packaging", "Returnable racks for Köln-Merheim, 30 rails per rack."],
             ["5", "Next meeting", "May 2025, Kaunas."],
         ]),
         ("sp",),
         ("p", "Köln, 24.05.2024 - J. Albers"),
     ], author="Jens Albers"))])

# p33 - buyer: forecast "now considered as confirmed order", LC opened so start production.
_p33_text = """Dear Ms. Lily,

Good day.

Please be informed that our forecast quantity of 120 units PL-180 patient lift (ref. WHMC rolling
demand forecast, issue 3) is now considered as confirmed order.

The Letter of Credit has been opened by Riyad Bank today, so kindly start the production of the
120 units and share the production schedule with us.

Thanks and best regards,
""" + sig("Eng. Faisal Al-Harbi", "Procurement Manager", "WHMC Project Company, Riyadh", "+966 11 482 7730")

case("p33_whmc_forecast_confirmed_lc_start", ["RG008", "RG012"],
     "buyer declares its 120-unit forecast a confirmed order and ties the production start to the opened LC",
     [("PL-180 patient lift - WHMC.eml", eml_bytes(mail(
         "Faisal Al-Harbi <faisal.alharbi@whmc-project.sa>",
         "Lily Zhou <lily.zhou@kangning-med.cn>",
         "PL-180 patient lift - confirmed order",
         "Mon, 29 Jul 2024 12:40:00 +0300",
         _p33_text, html=txt2html(_p33_text),
         cc="Tariq Mahmoud <tariq.mahmoud@whmc-project.sa>")))])

# p34 - sample inspection record: "approved" for the technical result and for the commercial PO change.
case("p34_kra_sample_report_approved_twice", ["RG009"],
     "record uses 'approved' for the technical sample result and for Controlling's PO change; balance, "
     "revised PO and Dr. Brenner stated",
     [("Musterpruefbericht_HB-400.docx", docx_bytes([
         ("h1", "Musterprüfbericht / Sample inspection report HB-400"),
         ("table", [
             ["Bestellung / PO", "4500012340 - six (6) sample frames"],
             ["Lieferant / supplier", "MedRam Sp. z o.o., Bydgoszcz"],
             ["Zeichnung / drawing", "HB-400-000 Rev 4"],
             ["Prüfer / inspector", "Sabine Krüger, Medizintechnik"],
         ]),
         ("sp",),
         ("table", [
             ["Prüfung / check", "Soll / spec", "Ist / result"],
             ["Safe working load, static 1.2 x SWL", "300 kg, 1 h", "pass"],
             ["Actuator cycle test", "10 000 cycles", "pass"],
             ["Actuator noise", "<= 50 dB(A)", "48 dB(A)"],
             ["Side rail gap zones 1-4", "EN 60601-2-52", "pass"],
         ]),
         ("sp",),
         ("p", "Ergebnis / result: approved (technical sample approval, Medizintechnik, 29.07.2024)."),
         ("p", "Kaufmännisch / commercial: PO 4500012340 Rev 1 (price +EUR 35,00 per frame for the new "
               "gearbox) approved by Controlling on 30.07.2024."),
         ("p", "Produktion / production: the balance of 234 frames is not released. Release only in writing "
               "by Dr. Matthias Brenner, Leiter Medizintechnik, after the revised PO Rev 2."),
         ("sp",),
         ("p", "Sabine Krüger, 30.07.2024"),
     ], author="Sabine Krüger"))])

# p35 - SAP PO printout: release status RELEASED (purchasing workflow) next to "production not released".
case("p35_kra_sap_release_status_vs_production", ["RG009"],
     "SAP header 'RELEASED' (release strategy) and 'production not released' in the order text; the "
     "sample scope is otherwise complete",
     [("ME9F_4500012455.txt", """\
Klinikverbund Rheinauen gGmbH                                   BESTELLUNG / PURCHASE ORDER
Zentraleinkauf, Neusser Str. 210, 50733 Köln                    Nummer : 4500012455
                                                                Datum  : 14.06.2024
Freigabestatus / Release status : FREIGEGEBEN / RELEASED
                                  (Freigabestrategie K2, Stufe 2 von 2, 14.06.2024 16:22, PLOHMAR)

Lieferant / Supplier : 700318  Baltimeda UAB, Pramonės pr. 8, LT-51329 Kaunas, LITAUEN
Ansprechpartner      : Katrin Vogelsang, +49 221 8837 4412

Pos.   Material          Bezeichnung                          Menge  ME    Preis EUR      Wert EUR
----------------------------------------------------------------------------------------------------
00010  SR-220-S          Seitengitter SR-220 geteilt,            20  ST        84,50      1.690,00
                         Muster / sample, Zchn. BM-SR220 Rev C
       Liefertermin : 26.07.2024
       Bestelltext  : Nur Muster / samples only: 20 Stk.
                      Production not released: Restmenge 580 Stk bis Musterabnahme
                      (sample sign-off) durch Medizintechnik und schriftliche
                      Produktionsfreigabe durch Dr. Matthias Brenner.
                      Material nur für Muster / material for samples only.
----------------------------------------------------------------------------------------------------
                                                        Gesamtnettowert            1.690,00 EUR
""")])

# p36 - buyer reply: samples approved, PO approved, "so you're approved to go!" (HTML attachment).
_p36_l2 = """Hi Lily,

PO 7700-1170 is attached for 40 sample sets CS-125. The balance of 1,160 sets is on hold until Daz
signs off the samples and Leanne Cho (GM Operations) releases it in writing.

Cheers,
Bronwyn"""
_p36_l1 = """Dear Bronwyn,

40 sets samples CS-125 arrived your warehouse 15 July per DHL. Kindly check and advise result.

Best regards
Lily

On 2024-06-20 11:40, Bronwyn Keats wrote:
""" + quote(_p36_l2)
_p36_text = """Hi Lily,

Great news - Daz has been through the castor samples and they're approved, and the PO's been
approved by finance as well, so you're approved to go!

Daz's inspection summary is attached.

Cheers,
Bronwyn
""" + sig("Bronwyn Keats", "Procurement Lead", "Banksia Aged Care Ltd, 41 Greenhill Rd, Wayville SA 5034",
          "+61 8 8372 1100") + """
On Tue, 16 Jul 2024 at 12:02, Lily Zhou <lily.zhou@kangning-med.cn> wrote:
""" + quote(_p36_l1) + "\n"
_p36_html = html_page("CS-125 sample inspection summary", """
<h3>CS-125 castor set &ndash; sample inspection summary</h3>
<p>Samples: 40 sets from PO 7700-1170. Inspected by Daz Whitfield, Equipment &amp; Maintenance, 24/07/2024.</p>
<table>
<tr><th>Check</th><th>Spec</th><th>Result</th></tr>
<tr><td>Wheel run test</td><td>EN 12530, 500 km</td><td>pass (supplier report KN-TR-0712)</td></tr>
<tr><td>Static load per castor</td><td>150 kg</td><td>pass</td></tr>
<tr><td>Central locking, brake hold on 12&deg; ramp</td><td>no creep</td><td>pass</td></tr>
<tr><td>Stem thread</td><td>M12x1.75 x 30</td><td>pass, fits HB-400 and legacy frames</td></tr>
<tr><td>Floor marking on vinyl</td><td>none</td><td>none</td></tr>
</table>
""")

case("p36_bac_approved_to_go_three_meanings", ["RG002", "RG009"],
     "'approved' for the samples, for finance's PO and then an unscoped 'you're approved to go'; quoted "
     "buyer scope (40 samples, hold, Daz, Leanne Cho) complete",
     [("RE_ CS-125 samples arrived.eml", eml_bytes(mail(
         "Bronwyn Keats <bronwyn.keats@banksiacare.com.au>",
         "Lily Zhou <lily.zhou@kangning-med.cn>",
         "RE: CS-125 samples arrived",
         "Thu, 25 Jul 2024 10:15:00 +0930",
         _p36_text,
         cc="Darren Whitfield <darren.whitfield@banksiacare.com.au>",
         in_reply_to="<KN-20240716-1202@kangning-med.cn>",
         attachments=[("CS-125_sample_inspection.html", _p36_html, "text/html")])))])

# p37 - two-file folder: SAP PO (4500012345, 48 frames) + forwarded release (4500012354, 60 frames).
_p37_inner = mail(
    "Dr. Matthias Brenner <m.brenner@klinikverbund-rheinauen.de>",
    "Jens Albers <j.albers@klinikverbund-rheinauen.de>",
    "Produktionsfreigabe HB-400 Los 1 / production release lot 1",
    "Mon, 12 Aug 2024 16:10:00 +0200",
    """Hallo Herr Albers,

hiermit die Produktionsfreigabe / production release for HB-400, lot 1:

  PO 4500012354 - sixty (60) frames HB-400 Rev 4, delivery KW 38/39 to Köln-Merheim.

The balance remains on hold until the next call-off, which comes in writing from me.
Please forward to MedRam.

Gruß
Dr. Matthias Brenner
Leiter Medizintechnik
""", cc="Katrin Vogelsang <k.vogelsang@klinikverbund-rheinauen.de>")
_p37_text = """Dear Mr. Wiśniewski,

please see below the production release from Dr. Brenner for lot 1.

Mit freundlichen Grüßen
""" + kra_sig("Jens Albers", "Einkauf / Purchasing", "+49 221 8837 4419")

case("p37_kra_po_48_vs_forwarded_release_60", ["RG011"],
     "SAP PO 4500012345 releases 48 frames for lot 1; the forwarded release names PO 4500012354 and 60 "
     "frames; hold, next call-off and Dr. Brenner present in both",
     [("4500012345_PO.txt", """\
Klinikverbund Rheinauen gGmbH                                   BESTELLUNG / PURCHASE ORDER
Zentraleinkauf, Neusser Str. 210, 50733 Köln                    Nummer : 4500012345  Änderung 1
                                                                Datum  : 09.08.2024

Lieferant / Supplier : 700244  MedRam Sp. z o.o., ul. Przemysłowa 14, 85-758 Bydgoszcz, POLEN
Ansprechpartner      : Jens Albers, +49 221 8837 4419

Pos.   Material          Bezeichnung                          Menge  ME    Preis EUR      Wert EUR
----------------------------------------------------------------------------------------------------
00010  HB-400-000        Bettgestell HB-400 elektrisch,          48  ST     1.095,00     52.560,00
                         Serie, Zeichnung HB-400-000 Rev 4
       Liefertermin : KW 38/2024
       Bestelltext  : Produktionslos 1 / production lot 1: 48 frames.
                      Balance 186 frames not released until the next call-off,
                      issued in writing by Dr. Matthias Brenner, Leiter Medizintechnik.
----------------------------------------------------------------------------------------------------
                                                        Gesamtnettowert           52.560,00 EUR
"""),
      ("FW_ Produktionsfreigabe HB-400 Los 1.eml", eml_bytes(mail(
          "Jens Albers <j.albers@klinikverbund-rheinauen.de>",
          "Tomasz Wiśniewski <t.wisniewski@medram.pl>",
          "WG: Produktionsfreigabe HB-400 Los 1 / production release lot 1",
          "Tue, 13 Aug 2024 08:05:00 +0200",
          _p37_text,
          attachments=[("rfc822", _p37_inner)])))])

# p38 - cover mail says twelve trial beds, the attached release (DOCX) says 16.
_p38_rel = docx_bytes([
    ("h1", "WHMC Project Company - Production Release WHMC-REL-0015"),
    ("table", [
        ["Supplier", "Anadolu Medikal Mobilya A.Ş., Bursa"],
        ["PO", "WHMC-PO-31781 Rev 1"],
        ["Item", "AMM-E3 electric bed frame, DRG AMM-E3-100 Rev 2"],
        ["Released quantity", "16 beds - Tower B mock-up rooms"],
        ["Delivery", "ex works Bursa 10.09.2024"],
    ]),
    ("sp",),
    ("p", "Balance 284 beds: not released. Unlock event: revised PO Rev 2 and a written release by "
          "Dr. Hessa Al-Qahtani, Project Director."),
    ("p", "Material authority: the released 16 beds only."),
    ("p", "Signed: Dr. Hessa Al-Qahtani, Project Director, 14.08.2024"),
], author="WHMC Procurement")
_p38_text = """Dear Mr. Emre,

Good day. Please find attached the production release for the twelve (12) trial beds for the
Tower B mock-up rooms, PO WHMC-PO-31781.

The remaining beds are not released until the revised PO and the written release by
Dr. Hessa Al-Qahtani, Project Director.

Kindly confirm the ex-works date.

Regards,
""" + sig("Eng. Faisal Al-Harbi", "Procurement Manager", "WHMC Project Company, Riyadh", "+966 11 482 7730")

case("p38_whmc_cover12_vs_release16", ["RG011"],
     "cover mail releases twelve (12) trial beds; the attached signed release says 16 for the same PO",
     [("Trial beds Tower B - WHMC-PO-31781.eml", eml_bytes(mail(
         "Faisal Al-Harbi <faisal.alharbi@whmc-project.sa>",
         "Emre Yıldız <emre.yildiz@anadolumedikal.com.tr>",
         "Production release - trial beds Tower B - WHMC-PO-31781",
         "Wed, 14 Aug 2024 11:20:00 +0300",
         _p38_text,
         attachments=[("WHMC-REL-0015.docx", _p38_rel, DOCX_MT)])))])

# p39 - EDI call-off: free text says 100 sets, the firm QTY segment says 120.
case("p39_delfor_ftx100_vs_qty120", ["RG011"],
     "one call-off: free text releases 100 castor sets, the firm schedule line says 120",
     [("DELFOR_KRA_KN_0003.txt", """\
=== EDI TRANSLATION REPORT ===  SAP IDoc DELFOR02 -> EDIFACT DELFOR D.96A        printed 19.08.2024 06:15
Interchange : UNB+UNOC:3+4399901234567:14+6970000455120:14+240819:0610+000000903'
Sender      : Klinikverbund Rheinauen gGmbH, Zentraleinkauf Köln      GLN 4399901234567
Receiver    : Changzhou Kangning Medical Equipment Co., Ltd.           GLN 6970000455120
Message     : DELFOR  ref 0003   Lieferabruf / delivery call-off no. 3

RAW SEGMENTS
UNH+0003+DELFOR:D:96A:UN'
BGM+241+KRA-LAB-KN-0003+9'
DTM+137:20240819:102'
RFF+AAN:LPA-5500000437'
NAD+BY+4399901234567::9'
NAD+SE+6970000455120::9'
LIN+1++CS-125:IN'
PIA+1+REV3:EC'
RFF+ON:4500012466'
QTY+1:120:SET'
SCC+1'
DTM+2:20241007:102'
FTX+AAI+++RELEASE CALL-OFF 3: 100 SETS CS-125 FIRM'
FTX+AAI+++BALANCE 730 SETS NOT RELEASED UNTIL NEXT CALL-OFF'
FTX+AAI+++NEXT CALL-OFF IN WRITING BY DR. M. BRENNER ONLY'
UNT+17+0003'
UNZ+1+000000903'

TRANSLATED CONTENT
Scheduling agreement LPA-5500000437 / PO 4500012466, CS-125 castor set Rev 3

 Line  SCC  Meaning   Qty   Delivery date   Status
 1     1    firm      120   07.10.2024      released with this call-off

Free text:
 - Release call-off 3: 100 sets CS-125, firm.
 - Balance 730 sets not released until the next call-off.
 - Next call-off in writing by Dr. Matthias Brenner only.

Status: transmitted OK (AS2 MDN received 19.08.2024 06:15:40)
""")])

# p40 - WhatsApp: "deposit's gone through so you're right to start on the 50", then "the 40 sets".
case("p40_whatsapp_deposit_start_50_vs_40", ["RG011", "RG012"],
     "buyer ties the start to the deposit and gives 50 then 40 sets for the same lot; hold and Leanne Cho's "
     "written release stated",
     [("WhatsApp Chat with Lily Zhou.txt", """\
[05/08/2024, 16:20:11] Bronwyn Keats: Hi Lily, PO 7700-1210 is for the first production lot of 50 castor sets CS-125. The remaining 1,110 sets stay on hold until Leanne Cho (GM Ops) sends you the written release
[05/08/2024, 16:48:03] Lily Zhou: Dear Bronwyn, well received 🙏 Deposit 30% as per PI pls
[07/08/2024, 09:12:40] Bronwyn Keats: Deposit's gone through this morning so you're right to start on the 50 sets 👍
[07/08/2024, 09:13:15] Bronwyn Keats: Just need the 40 sets landed in Adelaide by 20 Sept, can you do it?
[07/08/2024, 09:30:51] Lily Zhou: OK can, we arrange. Vessel cut-off Shanghai 28 Aug
[07/08/2024, 09:31:20] Bronwyn Keats: Too easy, thanks Lily
""")])

# p41 - two-level quoted thread: deposit paid, "so you have the green light!".
_p41_l2 = """Hi Nurul,

PO GCH-4530 attached for eight (8) sample sling bars SB-450. The balance of 112 is on hold until the
sample sign-off at Castletroy and a written release by Aoife Brennan, Director of Operations.

Thanks,
Siobhán"""
_p41_l1 = """Dear Mr. Ciarán,

Kindly arrange the 30% deposit as per our proforma PI-PCT-0931 (8 pcs SB-450 samples, MYR 3,296.00)
so we can confirm your order in our system. Thank you.

Best regards,
Nurul Aisyah Rahman
Sales Executive, Perdana CareTech Sdn Bhd

On Mon, 15 Jul 2024, 10:12 Siobhán Dunne <siobhan.dunne@glenmorecare.ie> wrote:
""" + quote(_p41_l2)
_p41_text = """Hi Nurul,

Deposit paid this morning (AIB remittance ref. 0731-GCH-22941, MYR 988.80), so you have the
green light!

Looking forward to seeing the bars.

Ciarán
""" + sig("Ciarán Moloney", "Estates & Equipment Lead", "Glenmore Care Homes Ltd, Dock Road, Limerick",
          "+353 61 448 233") + """
On Tue, 30 Jul 2024 at 09:40, Nurul Aisyah Rahman <nurul.aisyah@perdanacaretech.com.my> wrote:
""" + quote(_p41_l1) + "\n"

case("p41_gch_deposit_paid_green_light", ["RG002", "RG012"],
     "buyer: deposit paid 'so you have the green light!' - unscoped and payment-triggered; quoted PO scope "
     "is complete",
     [("RE_ RE_ PO GCH-4530 sling bars.eml", eml_bytes(mail(
         "Ciarán Moloney <ciaran.moloney@glenmorecare.ie>",
         "Nurul Aisyah Rahman <nurul.aisyah@perdanacaretech.com.my>",
         "RE: RE: PO GCH-4530 sling bars",
         "Wed, 31 Jul 2024 11:05:00 +0100",
         _p41_text, html=txt2html(_p41_text),
         cc="Siobhán Dunne <siobhan.dunne@glenmorecare.ie>",
         in_reply_to="<PCT-20240730-0940@perdanacaretech.com.my>")))])

# p42 - Teams: buyer's unscoped green light, supplier then goes straight into the series.
case("p42_teams_green_light_supplier_rolls", ["RG002", "RG007"],
     "buyer gives an unscoped 'green light from my side'; supplier takes the sample result as the start of "
     "the 234 series; scope stated earlier in the chat",
     [("Teams_Chat_HB-400.txt", """\
Microsoft Teams - Chatexport / chat export
Chat: KRA / MedRam HB-400
Teilnehmer: Katrin Vogelsang, Dr. Matthias Brenner, Tomasz Wiśniewski (Extern)

[15.07.2024 09:02] Katrin Vogelsang
Guten Morgen Herr Wiśniewski, zur Info for the whole team: PO 4500012352 = 6 sample frames HB-400 only. The 234 series frames are not released until the Muster sign-off by Medizintechnik and the written release by Dr. Brenner.

[15.07.2024 09:05] Tomasz Wiśniewski (Extern)
Dzień dobry, understood, thank you.

[29.07.2024 14:40] Dr. Matthias Brenner
Hello Mr. Wiśniewski, the six samples are tested - top quality. Green light from my side! 👍

[29.07.2024 14:52] Tomasz Wiśniewski (Extern)
Thank you Dr. Brenner, great news! Then we go directly with the series 234 frames, start in KW 32.

[29.07.2024 15:01] Katrin Vogelsang
Ich bin ab morgen im Urlaub, Vertretung Jens Albers.
""")])

# p43 - ECN record: "APPROVED - go ahead" with no scope; order scope elsewhere in the record is complete.
case("p43_bac_ecn_approved_go_ahead", ["RG002"],
     "ECN decision 'APPROVED - go ahead' names neither samples nor a quantity; the order scope in the same "
     "record is complete",
     [("ECN-0412.pdf", pdf([
         ("h1", "Banksia Aged Care - Engineering Change Notice ECN-0412"),
         ("table", [
             ["Part", "CS-125 castor set, DRG KN-CS125 Rev 3"],
             ["Supplier", "Changzhou Kangning Medical Equipment Co., Ltd."],
             ["Order", "PO 7700-1215 - 40 sample sets. Balance 1,160 sets on hold until sample sign-off by "
                       "Daz Whitfield and written release by Leanne Cho, GM Operations."],
             ["Requested by", "Kangning (Lily Zhou), 02/08/2024"],
         ]),
         ("sp",),
         ("table", [
             ["Change", "From", "To", "Reason"],
             ["Brake pedal material", "PA6-GF30", "PA66-GF30", "supplier resin availability"],
             ["Stem thread", "M12x1.75 x 30", "unchanged", "-"],
             ["Wheel run test", "EN 12530 500 km", "repeat on 2 sets", "material change"],
         ]),
         ("sp",),
         ("p", "Decision: APPROVED - go ahead."),
         ("p", "Daz Whitfield, Equipment & Maintenance Coordinator, 06/08/2024"),
     ], title="ECN-0412", author="Banksia Aged Care"))])

# p44 - WeChat: "OK approved, go ahead" after sample photos; the sample quantity is never stated.
case("p44_wechat_ok_approved_go_ahead_no_qty", ["RG002", "RG010"],
     "buyer's 'OK approved, go ahead' is unscoped, and no message ever states how many samples the PO "
     "authorizes; hold, sign-off and Dr. Hessa stated",
     [("WeChat_Perdana_SB450.txt", """\
微信聊天记录 / WeChat chat history
Contact : Nurul Aisyah (Perdana CareTech)
Owner   : Tariq Mahmoud
Exported: 2024-07-25 08:03

2024-07-02 11:20:03  Tariq Mahmoud
Dear Nurul, PO WHMC-PO-31899 issued for SB-450 samples for our evaluation. Production quantity is on hold until the sample sign-off and the written release by Dr. Hessa Al-Qahtani, Project Director.

2024-07-02 11:35:40  Nurul Aisyah (Perdana CareTech)
Noted with thanks Eng. Tariq, will arrange 🙏

2024-07-24 16:02:11  Nurul Aisyah (Perdana CareTech)
Samples done already, pls see photo and load test video

2024-07-24 16:02:15  Nurul Aisyah (Perdana CareTech)
[Photo]

2024-07-24 16:02:31  Nurul Aisyah (Perdana CareTech)
[Video] 00:42

2024-07-24 17:48:09  Tariq Mahmoud
OK approved, go ahead 👍

2024-07-24 17:50:12  Nurul Aisyah (Perdana CareTech)
Thank you Eng. Tariq!!
""")])

# p45 - buyer portal: sample status "APPROVED - Good to run", unscoped; scope on the page is complete.
case("p45_bac_portal_good_to_run", ["RG002"],
     "portal sample status 'APPROVED - Good to run' is unscoped; the page states 10 samples, 290 held, "
     "sign-off and Leanne Cho",
     [("bac_portal_sample_status_SB-450.html", html_page("Banksia Supplier Portal - sample tracking", """
<h2>Banksia Aged Care &ndash; Supplier Portal</h2>
<p>Supplier: <b>Perdana CareTech Sdn Bhd</b> (S-0577)</p>
<h3>Sample tracking &ndash; SB-450 sling bar</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Order</td><td>PO 7700-1221 &ndash; 10 sample sling bars</td></tr>
<tr><td>Balance</td><td>290 bars on hold until sample sign-off by Daz Whitfield and written release by Leanne Cho, GM Operations</td></tr>
<tr><td>Samples received</td><td>10 on 12/08/2024</td></tr>
<tr><td>Trial</td><td>Glenelg, 15-19/08/2024, 4 residents, 2 hoist types</td></tr>
<tr><td>Sample status</td><td><b>APPROVED &#10004; &mdash; Good to run</b></td></tr>
<tr><td>Updated</td><td>20/08/2024 16:41 by dwhitfield</td></tr>
</table>
<p>Documents: <a href="#">ISO10535_static_test_SB450.pdf</a> &middot; <a href="#">trial_notes_Glenelg.pdf</a></p>
"""))])


# ==================================================================== BUILD
RULES = [f"RG{n:03d}" for n in range(1, 13)]


def _stem(filename):
    stem = filename.rsplit(".", 1)[0]
    stem = re.sub(r"[^A-Za-z0-9-]+", "_", stem).strip("_")
    return stem


def main():
    ids = [c["name"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    assert len(CASES) == 70, len(CASES)
    assert sum(1 for c in CASES if not c["expect"]) == 25
    for r in RULES:
        n = sum(1 for c in CASES if r in c["expect"])
        assert n >= 6, (r, n)
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["name"][0] == ("c" if not c["expect"] else "p"), c["name"]

    order = list(CASES)
    random.Random(183183).shuffle(order)

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h183_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        names = [fn for fn, _ in c["files"]]
        assert len(names) == len(set(names))
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
