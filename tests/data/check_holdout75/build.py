#!/usr/bin/env python3
"""Generator for the releasegate check_holdout75 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout75/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
The renderer helpers are copied from check_holdout3/build.py (lines 1-203); every case
below was written independently for this corpus (electrical panels, switchboards, busbar
trunking, cable trays and enclosures).
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import zipfile
from collections import Counter
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
# The standard PDF fonts only cover WinAnsi; Turkish and Polish letters outside it would render
# as black boxes, so PDF text is folded to the ASCII spelling exporters commonly use ("A.S.", "Lodz").
_PDF_FOLD = str.maketrans({"Ş": "S", "ş": "s", "ı": "i", "İ": "I", "ğ": "g", "Ğ": "G", "ł": "l",
                           "Ł": "L", "ń": "n", "ś": "s", "Ś": "S", "ż": "z", "Ż": "Z", "ź": "z",
                           "ą": "a", "ę": "e", "ć": "c"})


def _fold_block(b):
    if b[0] == "table":
        return ("table", [[str(c).translate(_PDF_FOLD) for c in r] for r in b[1]])
    if len(b) > 1:
        return (b[0], b[1].translate(_PDF_FOLD))
    return b


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [_fold_block(b) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h75-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h75")
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


# ------------------------------------------------------------ own small helpers
def q(text, depth=1):
    """Quote a block of text the way mail clients do ("> " per line)."""
    pre = ">" * depth
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def simple_html(text):
    """A plain HTML rendering of a text body for multipart/alternative mails."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def sig_plain(*lines):
    return "\n-- \n" + "\n".join(lines) + "\n"


# =================================================================== CASES

# ------------------------------------------------------------------ batch 1
# c01: supplier quote with mock-up and production tiers, on its own -> clean
case("c01_quote_tiers_turkey", [],
     "supplier quotation alone: mock-up and 24-section production tiers, no authorized quantity",
     [("EP-Q-2024-0188_Rev1.pdf", pdf([
         ("h1", "EGE PANO SANAYI VE TICARET A.S."),
         ("p", "Kemalpaşa OSB, 35730 Izmir, Türkiye  |  Tel +90 232 555 0147  |  export@egepano.com.tr"),
         ("h", "QUOTATION EP-Q-2024-0188 Rev.1"),
         ("p", "To: Gulf Crest Electromechanical LLC, Al Quoz Industrial 3, Dubai, UAE. "
               "Attn: Mr. Arjun Menon, Procurement. Project: Creek Harbour Tower B - LV MDBs. "
               "Date: 07.05.2024. Your enquiry: GCE-RFQ-24-118."),
         ("p", "Thank you for your enquiry. We are pleased to offer type-tested LV switchboards "
               "according to IEC 61439-1/-2, Form 4b Type 6, rated 4000 A, 50 kA 1 s, IP42 indoor, "
               "tinned copper busbars, withdrawable ACB incomers."),
         ("table", [
             ["Pos", "Description", "Qty", "Unit price (EUR)", "Total (EUR)"],
             ["1", "Mock-up section (incomer section MDB-01/1, fully wired, for consultant inspection)",
              "1", "14.850,00", "14.850,00"],
             ["2", "LV switchboard sections MDB-01 to MDB-04, series production", "24",
              "11.920,00", "286.080,00"],
             ["3", "FAT at our Izmir works incl. witness by client/consultant (2 days)", "1 lot",
              "2.400,00", "2.400,00"],
             ["4", "Spare parts for 2 years operation (list attached)", "1 lot", "6.310,00", "6.310,00"],
         ]),
         ("sp",),
         ("p", "Delivery: mock-up section 6 weeks after Code 1 or Code 2 on the GA drawing. "
               "Series sections 10-12 weeks after your written production release for the series; "
               "the series quantity is quoted for pricing and capacity only and will be produced only "
               "against that release."),
         ("p", "Payment: 30% advance against advance bank guarantee, 60% against shipping documents, "
               "10% after site testing and commissioning, max. 90 days after delivery."),
         ("p", "Incoterms 2020: CFR Jebel Ali. Packing: seaworthy wooden crates, lifting eyes fitted. "
               "Validity: 60 days. Copper basis LME 9.450 USD/t; copper price adjustment clause CPA-3 applies."),
         ("p", "Exclusions: civil works, cable termination at site, DEWA inspection fees."),
         ("p", "Best regards, Murat Yılmaz, Export Sales Manager"),
     ], title="Quotation EP-Q-2024-0188", author="Ege Pano"))])


# c02: supplier asks whether it has the go-ahead; buyer scope quoted -> clean
_c02_buyer = """Dear Eng. Ahmed,

Please find attached PO AWC-PO-5521 for the MCC package of the Al Kharj water pumping station.

Scope of this PO, please read carefully:
- Released now: 1 (one) mock-up MCC unit (MCC-P1, 6 cubicles, motor starters up to 75 kW).
- The balance 15 MCC units are NOT released.
- Release of the balance needs the consultant's Code 1 on the mock-up and then my written
  release letter. Nothing else counts, including this PO.
- Material authority: mock-up unit only.

Regards,
Eng. Abdullah Al-Qahtani
Procurement Manager
Al Wusta Contracting Co., Riyadh"""

_c02_text = f"""Dear Eng. Abdullah,

Good day. The mock-up MCC unit is ready for your inspection from Monday 3 June; kindly confirm the
date so we can arrange the visa letters for the consultant's inspector.

Our planning department is asking: do we have your go-ahead for the balance 15 MCC units, or
should we wait for the Code 1 and your release letter? If possible we prefer to book the copper
soon, as the lead time is now 5 weeks, but we will not place anything without your confirmation.

Please advise at your earliest.

Best regards,
Eng. Ahmed Samir
Sales Engineer - Export
Nile Power Panels S.A.E., 10th of Ramadan City, Egypt
Mob. +20 100 555 0182

On Sun, 12 May 2024 at 09:14, Abdullah Al-Qahtani <a.alqahtani@alwusta-contracting.sa> wrote:
{q(_c02_buyer)}
"""
case("c02_supplier_question_goahead", [],
     "supplier asks whether balance 15 may start; quoted buyer PO scope is complete",
     [("RE_AWC-PO-5521_mockup_inspection.eml", eml_bytes(mail(
         "Ahmed Samir <a.samir@nilepowerpanels.com.eg>",
         "Abdullah Al-Qahtani <a.alqahtani@alwusta-contracting.sa>",
         "RE: AWC-PO-5521 - MCC mock-up - inspection date / balance units",
         "Tue, 21 May 2024 11:02:44 +0300", _c02_text,
         in_reply_to="<h75-awc5521@alwusta-contracting.sa>")))])


# c03: labelled forecast (HTML, European number formats) -> clean
_c03_body = """<h2>RheinMain Rechenzentrum Bau GmbH &ndash; Einkauf</h2>
<p>Hanauer Landstraße 291, 60314 Frankfurt am Main &middot; Lieferantenportal &middot; Stand: 03.06.2024</p>
<h3>Capacity forecast 2025 &ndash; LV distribution boards (Unterverteilungen), site FRA-4</h3>
<div class="note"><b>FORECAST ONLY.</b> This table is for your capacity planning. It is not a purchase
order, not a production release and gives no material authority. Firm quantities come only with a
purchase order and a written production release from Einkauf (Jens Hoffmann).</div>
<table>
<tr><th>Quarter</th><th>Building</th><th>Board type</th><th>Forecast qty</th><th>Confidence</th></tr>
<tr><td>Q1/2025</td><td>FRA-4 Hall 1</td><td>UV-IT 630 A (Form 2b)</td><td>12</td><td>high</td></tr>
<tr><td>Q2/2025</td><td>FRA-4 Hall 2</td><td>UV-IT 630 A (Form 2b)</td><td>18</td><td>medium</td></tr>
<tr><td>Q3/2025</td><td>FRA-4 Hall 3</td><td>UV-Mech 400 A</td><td>24</td><td>low</td></tr>
<tr><td>Q4/2025</td><td>FRA-4 Office</td><td>UV-Büro 250 A</td><td>10</td><td>low</td></tr>
<tr><td colspan="3"><b>Total (forecast)</b></td><td><b>64</b></td><td></td></tr>
</table>
<p>Estimated copper demand approx. 18.400 kg and sheet steel approx. 41.000 kg &ndash; indicative only.</p>
<p>Please return your capacity feedback (Kapazitätsrückmeldung) by 28.06.2024 via the portal.</p>
<p style="font-size:11px;color:#666">RheinMain Rechenzentrum Bau GmbH &middot; HRB 123456 Frankfurt &middot;
Geschäftsführer: Dr. M. Brandt</p>"""
case("c03_labelled_forecast_html", [],
     "forecast table clearly labelled: not a PO, no release, no material authority",
     [("Forecast_2025_UV_FRA4.html", html_page("Capacity forecast 2025 - FRA-4", _c03_body, lang="en"))])


# c04: mock-up approved for form/fit only; scope complete -> clean
_c04_text = """Dear Ketan,

Thanks to you and Nilesh for hosting us in Vadodara yesterday.

Outcome of the MCC-DH2 mock-up inspection (PO SDC-PO-0774, which released 1 (one) mock-up
section only):

1. The mock-up section is approved for form, fit, wiring layout and labelling only. This is
   not a production release.
2. Punch items to close on the mock-up before shipment: IP2X shrouds on the outgoing MCCB
   terminals, ferrule sizes per spec 26 24 19 cl. 2.8, gland plate to be 3 mm aluminium.
3. The 23 remaining sections of MCC-DH2 stay on hold. They will be released only after the
   consultant issues Code 1 on the complete submittal (GA, SLD, heat-rise calculation) and I
   send you a written production release with the quantity.
4. Material: please keep procurement to the mock-up section only, as per the PO.

Pictures and the signed inspection sheet are in the shared folder.

Kind regards,
Eng. Faisal Al Hammadi
Package Manager - Electrical
Sahra Data Centres FZ-LLC, Dubai South
+971 4 555 0136"""
case("c04_mockup_form_fit_only", [],
     "mock-up approved for form/fit only, 23 sections held until Code 1 + written release by named PM",
     [("MCC-DH2_mockup_inspection_outcome.eml", eml_bytes(mail(
         "Faisal Al Hammadi <faisal.hammadi@sahra-dc.ae>",
         "Ketan Patel <ketan.patel@shreeganeshswitchgear.in>",
         "MCC-DH2 mock-up inspection - outcome and next steps",
         "Thu, 16 May 2024 08:41:10 +0400", _c04_text, html=simple_html(_c04_text),
         cc="Meera Pillai <meera.pillai@sahra-dc.ae>")))])


# c05: full-quantity PO (DOCX with table) that says proceed -> clean
case("c05_full_qty_po_docx", [],
     "full-quantity PO for 14 boards, no balance; 'proceed' is scoped to all 14",
     [("PME-24-3318_PurchaseOrder.docx", docx_bytes([
         ("h1", "Pennine M&E Services Ltd - Purchase Order"),
         ("p", "Unit 7, Trafford Park Road, Manchester M17 1HG  |  VAT GB 123 4567 89"),
         ("p", "PO number: PME-24-3318    Date: 14/05/2024    Project: Salford Quays Block C (Job 4471)"),
         ("p", "Supplier: Elektro-Pol Rozdzielnice Sp. z o.o., ul. Przemysłowa 12, 93-279 Łódź, Poland"),
         ("h", "Order lines"),
         ("table", [
             ["Item", "Ref", "Description", "Qty", "Unit", "Unit price GBP"],
             ["1", "DB-C-01..08", "Final distribution board type A, 250 A TP&N, 24-way, Form 2", "8", "nr", "2,140.00"],
             ["2", "DB-C-09..12", "Final distribution board type B, 125 A TP&N, 12-way, Form 2", "4", "nr", "1,310.00"],
             ["3", "DB-C-13..14", "Landlord board type C, 400 A TP&N, Form 3b", "2", "nr", "4,870.00"],
         ]),
         ("p", "This order is for the full quantity of fourteen (14) boards. There is no further "
               "quantity on this order and no option."),
         ("p", "Please proceed with manufacture of all 14 boards to drawing set PME-C-DB-200 Rev 4 "
               "and BS EN 61439-3. Witnessed FAT at your Łódź works, two weeks' notice please."),
         ("p", "Delivery: DDP Salford Quays, gate 3, week 30/2024, booked 48 h ahead via the site "
               "logistics team. Labels: board ref + circuit chart in a clear pocket on the door."),
         ("p", "Payment: 60 days end of month from receipt of a valid invoice."),
         ("p", "Buyer: Claire Whitfield, Senior Buyer, claire.whitfield@pennine-me.co.uk, 0161 555 0172"),
         ("p", "This order is subject to Pennine M&E Services Ltd standard terms PME-T&C-2023."),
     ], author="Claire Whitfield"))])


# c06: call-off with explicit staged material authority above the release -> clean
case("c06_calloff_staged_material", [],
     "call-off releases 400 m, explicit staged material authority up to 1.600 m, balance held",
     [("Abruf_01_RMB-RV-2024-07.pdf", pdf([
         ("h1", "Call-off No. 1 / Abruf Nr. 1"),
         ("p", "RheinMain Rechenzentrum Bau GmbH, Einkauf, Hanauer Landstraße 291, 60314 Frankfurt am Main"),
         ("p", "To: Korytka Bałtyk Sp. z o.o., ul. Elbląska 60, 80-718 Gdańsk, Poland. "
               "Frame order: RMB-RV-2024-07 (cable ladder and trays, HDG to EN ISO 1461). "
               "Site: DC Frankfurt-Fechenheim, Hall 1. Date: 10.06.2024."),
         ("table", [
             ["Pos.", "Description", "Fabrication released (this call-off)", "Material authority"],
             ["10", "Cable ladder 600 mm, side rail 110 mm, HDG, 3 m lengths", "400 m",
              "staged: coil for up to 1.600 m"],
             ["20", "Bends, tees, couplers for Pos. 10 (per list KB-A1)", "as per list KB-A1 (400 m run)",
              "with Pos. 10"],
         ]),
         ("sp",),
         ("p", "Fabrication: only the 400 m in this call-off are released for fabrication and "
               "galvanising."),
         ("p", "Material: you may buy and hold steel coil for up to 1.600 m of ladder at our "
               "liability (staged material authority). Fabrication beyond 400 m is not allowed "
               "under this authority."),
         ("p", "Balance: the frame quantity is 2.800 m in total; the 2.400 m beyond this call-off are "
               "not released. The next fabrication release comes with Call-off No. 2, issued by Anna "
               "Becker (Disposition), after the Hall 1 installation check."),
         ("p", "Delivery: KW 27/2024, Anlieferung Tor 4, Mo-Fr 07:00-15:00. Lieferschein with frame "
               "order and call-off number."),
         ("p", "Anna Becker, Disposition / Call-offs, +49 69 555 0193"),
     ], title="Abruf 01", author="RheinMain Rechenzentrum Bau"))])


# c07: explicit, recorded auto-conversion with quantity, signer, conditions -> clean
case("c07_recorded_autoconversion", [],
     "explicit recorded auto-conversion naming 7 panels, signer and conditions; FAT panel only released now",
     [("AWC-PO-5609_record_of_agreement.pdf", pdf([
         ("h1", "Al Wusta Contracting Co."),
         ("p", "King Fahd Road, Al Olaya, Riyadh 12214, Kingdom of Saudi Arabia. CR 1010555018."),
         ("h", "Record of agreement - auto-conversion on FAT panel sign-off"),
         ("p", "To: Anadolu Elektrik Pano Ltd. Şti., Gebze OSB, Kocaeli, Türkiye. "
               "Ref: PO AWC-PO-5609, Power Control Centres PCC-01 to PCC-08, "
               "Riyadh Metro depot substation 2. Date: 16 May 2024."),
         ("p", "Released now: 1 (one) FAT panel, PCC-01. Material authority until the sign-off: "
               "PCC-01 only."),
         ("p", "Further to our meeting of 14 May 2024 we record the following agreement. When Al "
               "Wusta issues a written sample sign-off with disposition 'approved' for the FAT panel "
               "PCC-01, signed by Eng. Abdullah Al-Qahtani (Procurement Manager), the remaining 7 "
               "(seven) panels PCC-02 to PCC-08 are released for production by that sign-off, "
               "without a further release letter."),
         ("p", "Conditions: the sign-off must be dated after the witnessed FAT and must carry the "
               "disposition 'approved'. An 'interim' or 'rejected' disposition releases nothing. "
               "Until an approved sign-off exists, the 7 panels are not released."),
         ("table", [
             ["Item", "Panels", "Qty", "Status today"],
             ["FAT panel", "PCC-01", "1", "released"],
             ["Balance", "PCC-02 to PCC-08", "7", "not released - converts only on approved sign-off as above"],
         ]),
         ("sp",),
         ("p", "Signed: Eng. Abdullah Al-Qahtani, Procurement Manager.  "
               "Countersigned: Eng. Hassan Raza, QA/QC Manager.  "
               "Acknowledged for Anadolu Elektrik Pano: Emre Kaya, Project Manager."),
     ], title="AWC-PO-5609 auto-conversion record", author="Al Wusta Contracting"))])


# c08: old quote forwarded as rfc822, declared reference only -> clean
_c08_inner = mail(
    "Lily Chen <lily.chen@xmhuaneng-busbar.cn>",
    "Oliver Grant <oliver.grant@thameside-dc.co.uk>",
    "Offer XHB-2023-0917 - 2500A busbar trunking - Slough DC",
    "Mon, 18 Sep 2023 16:20:31 +0800",
    """Dear Oliver,

Please find our offer for the sandwich type busbar trunking system, aluminium conductor,
2500A, IP55, IEC 61439-6 type tested.

Quantity: 5,000 m straight lengths + fittings as per your BOQ rev B.
Unit price: USD 412/m FOB Xiamen. Fittings per attached price list.
Lead time: 6-8 weeks after order.
Validity: 30 days.

Best regards
Lily Chen
Overseas Sales, Xiamen Huaneng Busbar Co., Ltd.
Tel +86 592 555 0166""",
    msgid="<h75-old-xhb20230917@xmhuaneng-busbar.cn>")

_c08_text = """Lily,

Forwarding your 2023 offer (below) so your team can compare the unit prices with the new offer.
It is for price reference only. The 5,000 m in that old offer is not on order and not released.

What is released today is Call-off 1 under PO TDC-PO-11820 only: 200 m of 2500A busbar
trunking plus the fittings on list DH1-F for Data Hall 1. Everything beyond those 200 m stays on
hold until the next call-off, and only I can issue that call-off.

Thanks,
Oliver Grant
Procurement Lead, Thameside Data Centres Ltd
Bath Road, Slough SL1 4DX
+44 1753 555 0148"""
case("c08_old_quote_fwd_reference", [],
     "old 5,000 m quote forwarded as rfc822, declared price reference only; 200 m call-off, rest held",
     [("Fwd_old_offer_XHB-2023-0917.eml", eml_bytes(mail(
         "Oliver Grant <oliver.grant@thameside-dc.co.uk>",
         "Lily Chen <lily.chen@xmhuaneng-busbar.cn>",
         "Fwd: Offer XHB-2023-0917 - for price comparison only",
         "Wed, 05 Jun 2024 10:12:55 +0100", _c08_text,
         attachments=[("rfc822", _c08_inner)])))])


# p01: supplier books copper/steel for all 24 sections; buyer said mock-up only -> RG006
_p01_buyer = """Dear Ketan ji,

Please find attached PO GCE-PO-24-0412 for ONE (1) mock-up MCC section only (MCC-CH-B1,
section 1, DOL/star-delta starters per SLD E-601 Rev C).

- Balance 23 sections are NOT released.
- Release of the balance requires consultant Code 1 on the mock-up and a written release
  from Eng. Tariq Mahmoud (Project Manager).
- Material authority: mock-up section only.

Regards,
Arjun Menon
Procurement Engineer, Gulf Crest Electromechanical LLC"""

_p01_text = f"""Dear Arjun ji,

Greetings from Vadodara and thank you for the PO.

Fabrication of the mock-up section has started today, target for inspection is 28 May (we will
confirm by Friday). GA drawing Rev C is under preparation with the comments from your consultant.

Kindly note for your record: since LME copper is moving up almost daily, we have already booked
the copper busbar (tinned, 100x10 and 60x10) and the 2 mm CRCA sheet for all 24 MCC sections with
our regular vendors, and the MCCBs for all 24 sections are ordered with the OEM distributor to
hold the present price and the 8 week lead time. This will help the site delivery schedule.

Please also share the painting shade (RAL 7035 or 7032?) and the cable entry (top/bottom).

Thanks & regards,
Ketan Patel
Sales Manager - Export
Shree Ganesh Switchgear Pvt. Ltd., GIDC Makarpura, Vadodara 390010
+91 98250 55501

On 08-May-2024 10:31, Arjun Menon wrote:
{q(_p01_buyer)}
"""
case("p01_copper_booked_all_sections", ["RG006"],
     "supplier booked copper, CRCA and MCCBs for all 24 sections while only the mock-up is released; "
     "quoted PO limits material to the mock-up",
     [("RE_GCE-PO-24-0412_mockup_MCC.eml", eml_bytes(mail(
         "Ketan Patel <ketan.patel@shreeganeshswitchgear.in>",
         "Arjun Menon <arjun.menon@gulfcrest-em.ae>",
         "RE: GCE-PO-24-0412 - Mock-up MCC section - Creek Harbour Tower B",
         "Fri, 10 May 2024 17:45:02 +0530", _p01_text, html=simple_html(_p01_text),
         cc="Tariq Mahmoud <tariq.mahmoud@gulfcrest-em.ae>")))])


# p02: release letter (4 panels, complete scope) + supplier progress report with material
#      procured for all 12 panels -> RG006 (multi-file folder)
_p02_release = pdf([
    ("h1", "Najd Horizon Contracting"),
    ("p", "Al Malaz, Riyadh 12836, KSA  |  www.najdhorizon.sa"),
    ("h", "Production Release No. 1 - PO NHC-4471"),
    ("p", "To: Anadolu Elektrik Pano Ltd. Şti., Gebze OSB, Kocaeli, Türkiye. Attn: Emre Kaya. "
          "Project: King Salman Park, Substation SS-07, LV MCC panels. Date: 2 June 2024."),
    ("table", [
        ["Panels", "Qty", "Status"],
        ["MCC-101 to MCC-104", "4", "released for fabrication"],
        ["MCC-105 to MCC-112", "8", "not released"],
    ]),
    ("sp",),
    ("p", "The 8 panels MCC-105 to MCC-112 are not released. Production Release No. 2 will be "
          "issued in writing by Eng. Omar Al-Shehri, Procurement Manager, after the witnessed FAT "
          "of MCC-101 to MCC-104 has been signed off."),
    ("p", "Material authority: limited to the 4 released panels. Please do not buy material for "
          "the panels that are not released."),
    ("p", "Eng. Omar Al-Shehri, Procurement Manager, Najd Horizon Contracting, +966 11 555 0177"),
], title="Production Release No. 1", author="Najd Horizon Contracting")

_p02_progress = pdf([
    ("h1", "Weekly Progress Report - Week 25/2024"),
    ("p", "Anadolu Elektrik Pano Ltd. Şti. - Project: King Salman Park SS-07 - Customer: Najd Horizon "
          "Contracting - PO NHC-4471 - Prepared by: Emre Kaya, Project Manager"),
    ("table", [
        ["Activity", "Scope", "Status", "Remarks"],
        ["GA / wiring drawings", "MCC-101..112", "Rev B submitted", "consultant comments awaited"],
        ["Sheet steel 2 mm + 2.5 mm", "12 panels", "procured, in stock", "to secure lead time"],
        ["Copper busbar 80x10 / 40x10", "12 panels", "procured, in stock", "price fixed at LME 9.410"],
        ["MCCBs and contactors", "12 panels", "ordered, ETA wk 28", "OEM allocation"],
        ["Enclosure fabrication", "MCC-101..104", "60%", ""],
        ["Wiring", "MCC-101..104", "started", ""],
        ["FAT", "MCC-101..104", "planned wk 30", "witness invitation to follow"],
    ]),
    ("sp",),
    ("p", "Overall status: on schedule. Risks: port congestion at Dammam in July."),
], title="Weekly Progress Report wk25", author="Anadolu Elektrik Pano")
case("p02_progress_report_material_12", ["RG006"],
     "release letter authorizes 4 panels, material limited to 4; supplier progress report shows "
     "steel, copper and breakers procured/ordered for all 12",
     [("NHC-4471_Production_Release_01.pdf", _p02_release),
      ("SS-07_Progress_Report_wk25.pdf", _p02_progress)])


# p05: PO (DOCX) releases 3 feeder pillars; supplier MRP printout shows released qty 4 and
#      purchase orders for 30 sets -> RG006 + RG011 (multi-file folder)
_p05_po = docx_bytes([
    ("h1", "AL WUSTA CONTRACTING CO. - PURCHASE ORDER"),
    ("p", "PO No.: AWC-PO-5588    Date: 20 May 2024    Project: Sudair Industrial City - LV distribution"),
    ("p", "Vendor: Delta Switchgear Egypt S.A.E., Industrial Zone A2, 10th of Ramadan City, Egypt"),
    ("table", [
        ["Line", "Description", "Qty", "Unit", "Unit price SAR"],
        ["10", "LV feeder pillar, 400 A, 8-way, GRP enclosure IP55, sample for type-test", "3", "EA", "9,750.00"],
        ["20", "LV feeder pillar, as line 10 - balance (NOT RELEASED)", "27", "EA", "8,980.00"],
    ]),
    ("p", "Sample release: 3 (three) feeder pillars under line 10."),
    ("p", "Line 20 is on hold. The 27 units are released only after the type-test report is "
          "accepted and Eng. Abdullah Al-Qahtani, Procurement Manager, issues a written release."),
    ("p", "Material authority: for the 3 sample units only."),
    ("p", "Delivery: DAP Sudair site store. Payment: 30 days after delivery and acceptance."),
    ("p", "For Al Wusta Contracting Co. - Eng. Abdullah Al-Qahtani"),
], author="Al Wusta Procurement")

_p05_mrp = """DELTA SWITCHGEAR EGYPT S.A.E.        MRP / WORK ORDER STATUS            PAGE 1 OF 1
RUN DATE 04-06-2024 07:12   USER: M.FAROUK   PLANT: 10R-A2
================================================================================
WORK ORDER   : WO-24-0917            CUSTOMER : AL WUSTA CONTRACTING CO.
CUST PO      : AWC-PO-5588           ITEM     : FP-400-8W-GRP  (FEEDER PILLAR)
CUST RELEASED QTY :     4 EA         PLANNED QTY :    30 EA
WO STATUS    : RELEASED TO SHOP      START : 09-06-2024   FINISH : 14-07-2024
--------------------------------------------------------------------------------
COMPONENT            DESCRIPTION                 REQ QTY  UOM  PR/PO NO    STATUS
-------------------- --------------------------- -------- ---- ----------- -------
GRP-ENC-8W-IP55      GRP ENCLOSURE 8-WAY           30.00  SET  PO-77120    PLACED
CU-BB-40X5           CU BUSBAR 40X5 TINNED         30.00  SET  PO-77121    PLACED
MCCB-400-3P          MCCB 400A 3P 36KA             30.00  EA   PO-77122    PLACED
MCCB-125-3P          MCCB 125A 3P 25KA            240.00  EA   PO-77122    PLACED
GLAND-PL-AL          GLAND PLATE ALU 3MM           30.00  EA   STOCK       ISSUED
LBL-SET-FP           LABEL SET                     30.00  SET  STOCK       ISSUED
--------------------------------------------------------------------------------
REMARKS: MATERIAL FOR FULL LOT PURCHASED TO SECURE PRICE. SHOP TO START SAMPLES.
END OF REPORT
"""
case("p05_mrp_printout_full_lot", ["RG006", "RG011"],
     "PO releases 3 samples with material for 3; supplier MRP shows customer released qty 4 and "
     "purchase orders for 30 sets",
     [("AWC-PO-5588.docx", _p05_po), ("WO-24-0917_MRP_status.txt", _p05_mrp)])


# p06: kick-off minutes mixing 'approval', long-lead ACBs ordered for all 12 -> RG006 + RG009
case("p06_kickoff_minutes_acb", ["RG006", "RG009"],
     "minutes use 'approval' for consultant drawing approval, client PO approval and approval to "
     "manufacture; supplier ordered ACBs for all 12 PCCs while only the FAT panel is released",
     [("MoM_Kickoff_PCC_Tihama_2024-05-22.docx", docx_bytes([
         ("h1", "Minutes of Meeting - Kick-off, LV PCC Panels"),
         ("p", "Project: Jeddah Corniche Mixed Use - Podium substation. Client PO: TBC-PO-2024-318."),
         ("p", "Date: 22 May 2024, 10:00-12:15 (Teams). Minutes by: Eng. Yasser Bakr (Tihama Building "
               "Contracting Co.)."),
         ("p", "Attendees: Eng. Yasser Bakr, Eng. Rami Haddad (Tihama); Emre Kaya, Selin Aydın (Anadolu "
               "Elektrik Pano); Eng. Sami Khoury (consultant, observer for item 1)."),
         ("h", "Discussion"),
         ("num", "Approval of drawings: GA and SLD Rev B are approved by the consultant with Code 2 "
                 "(approved as noted). Comments to be incorporated in Rev C."),
         ("num", "Approval of PO value: Tihama confirmed the client's approval of the PO value "
                 "(variation VO-07 included) was received on 19 May."),
         ("num", "Approval to manufacture: given for the FAT panel PCC-01 only (1 panel). The "
                 "remaining 11 PCC panels are on hold until the witnessed FAT of PCC-01 is signed "
                 "off and Eng. Rami Haddad (Procurement Manager) issues a written release."),
         ("num", "Long-lead items: Anadolu informed that the 4000 A ACBs (3P, 100 kA) have already "
                 "been ordered from the OEM for all 12 PCC panels to hold the 14-week lead time, "
                 "together with the copper for the main busbars."),
         ("num", "FAT: planned week 31 at Gebze works; Tihama to nominate 2 witnesses."),
         ("h", "Action list"),
         ("table", [
             ["No.", "Action", "By", "Due"],
             ["1", "Submit GA/SLD Rev C", "Anadolu", "29 May"],
             ["2", "Send FAT procedure for review", "Anadolu", "5 Jun"],
             ["3", "Confirm FAT witnesses", "Tihama", "12 Jun"],
             ["4", "Confirm site delivery schedule (podium access)", "Tihama", "12 Jun"],
         ]),
         ("p", "Next meeting: 5 June 2024. Minutes deemed accepted if no comments within 3 working days."),
     ], author="Yasser Bakr"))])


# p07: cable tray supplier reserved and paid coil for full run; call-off 400 m -> RG006
_p07_buyer = """Katarzyna,

Call-off 1 under PO TDC-PO-11907 (cable containment, Data Hall A):

- Released for fabrication: 400 m of 300 mm perforated tray, HDG, 1.5 mm, plus the fittings
  on list DHA-CT-01.
- The balance of the 3,500 m schedule is not released. The next call-off will come from me
  after the Data Hall A installation check.
- No material authority beyond call-off 1.

Oliver Grant
Procurement Lead, Thameside Data Centres Ltd"""

_p07_text = f"""Dear Oliver,

Thank you for call-off 1. The 400 m are in production and we keep the delivery date 28.06.

Good news on the schedule side: the galvanising plant in Tczew had a free slot and the steel mill
offered us a good price, so we reserved and paid the coil for the full 3.500 m run of 300 mm tray.
So the next call-offs can be delivered in 2 weeks instead of 5 weeks.

Delivery note and packing list for call-off 1 will follow with the truck booking.

Z poważaniem / Best regards
Katarzyna Wiśniewska
Key Account Manager Export
Korytka Bałtyk Sp. z o.o., ul. Elbląska 60, 80-718 Gdańsk
tel. +48 58 555 01 64

-----Original Message-----
From: Oliver Grant <oliver.grant@thameside-dc.co.uk>
Sent: 3 June 2024 09:05
Subject: Call-off 1 - TDC-PO-11907 - cable tray Data Hall A

{q(_p07_buyer)}
"""
case("p07_coil_reserved_full_run", ["RG006"],
     "call-off releases 400 m with no material authority beyond it; supplier reserved and paid "
     "coil for the full 3.500 m run",
     [("RE_Call-off_1_TDC-PO-11907.eml", eml_bytes(mail(
         "Katarzyna Wisniewska <k.wisniewska@korytka-baltyk.pl>",
         "Oliver Grant <oliver.grant@thameside-dc.co.uk>",
         "RE: Call-off 1 - TDC-PO-11907 - cable tray Data Hall A",
         "Wed, 05 Jun 2024 14:27:19 +0200", _p07_text)))])


# p08: advance received -> supplier starts full lot and orders breakers for 40 -> RG006 + RG012
_p08_buyer = """Dear Ravi,

PO 4100087390 is placed for 2 (two) nos. sample LT panels (APFC panel 300 kVAr, type PIP-AP-300)
for the Nashik warehouse project.

- The balance 38 panels are not released.
- They will be released only by a revised PO from Sneha Kulkarni (Manager - Procurement),
  after the samples are signed off at your works.
- Material authority: sample panels only.

Advance of 20% on the sample PO value will be paid against your proforma invoice.

Regards,
Sneha Kulkarni
Manager - Procurement, Prakash Infra Projects Ltd, Mumbai"""

_p08_text = f"""Dear Madam,

We are in receipt of your advance payment of Rs. 9,24,000/- (UTR no. HDFCR52024052812345) today.
Thank you.

Accordingly, we have placed the orders for the capacitors, contactors and MCCBs for all 40 panels
with our suppliers and the sheet metal work has started for the full lot, so that the complete
delivery can be made within the project schedule. The 2 sample panels will be ready for your
inspection by 15th June.

Kindly arrange the balance payment as per terms.

Thanks & Regards,
Ravi Deshmukh
Director - Sales
Sai Electro Controls, Plot No. F-17, MIDC Bhosari, Pune 411026
Mob: +91 98220 55517

-----Original Message-----
From: Sneha Kulkarni
Sent: 20 May 2024 15:40
To: Ravi Deshmukh
Subject: PO 4100087390 - sample APFC panels - Nashik WH

{q(_p08_buyer)}
"""
case("p08_advance_received_full_lot", ["RG006", "RG012"],
     "supplier treats the advance payment as go for the full lot and buys components for 40 panels; "
     "only 2 samples released, material sample-only",
     [("RE_PO_4100087390_Nashik_WH.eml", eml_bytes(mail(
         "Ravi Deshmukh <ravi@saielectrocontrols.co.in>",
         "Sneha Kulkarni <sneha.kulkarni@prakashinfra.in>",
         "RE: PO 4100087390 - sample APFC panels - Nashik WH - advance received",
         "Tue, 28 May 2024 18:05:41 +0530", _p08_text)))])

# ------------------------------------------------------------------ batch 2
# c09: quoted supplier assumption of auto-conversion, buyer corrects it -> clean
_c09_sup = """Dear Mr. Rajesh,

Samples are packed and will reach Chennai by DHL on Thursday (AWB 5512 3390 44).
After you approve the 6 sample enclosures we will roll into mass production of the 480 pcs
immediately, so the Phase 1 delivery in August is safe.

Best regards
Kevin Zhou
Sales Manager, Ningbo Hengda Enclosure Co., Ltd."""

_c09_text = f"""Kevin,

Thanks for the AWB. Please do not do that.

The sample sign-off by our QA releases nothing by itself. PO VCP-PO-2291 covers the 6 sample
enclosures only. The 480 production enclosures are not released: they need the sample sign-off
first and then a written production release from me with the quantity on it. Until then, no
production and no material beyond the 6 samples.

If August is at risk, tell me now and I will look at the dates with our planning team.

Regards,
Rajesh Iyer
Head - Procurement
Vriksha Cloud Parks Pvt. Ltd., Ambattur Industrial Estate, Chennai 600058
+91 44 5550 1186

On Mon, 10 Jun 2024, 16:02 Kevin Zhou <kevin.zhou@nbhengda-enclosure.com> wrote:
{q(_c09_sup)}
"""
case("c09_buyer_corrects_autoconversion", [],
     "quoted supplier assumes sample approval rolls into 480; buyer's reply corrects it with full scope",
     [("RE_Samples_VCP-PO-2291_shipping.eml", eml_bytes(mail(
         "Rajesh Iyer <rajesh.iyer@vrikshacloud.in>",
         "Kevin Zhou <kevin.zhou@nbhengda-enclosure.com>",
         "RE: Samples VCP-PO-2291 - shipping details",
         "Tue, 11 Jun 2024 09:30:12 +0530", _c09_text)))])


# c10: supplier says the deposit does not release production -> clean
_c10_buyer = """Dear Murat Bey,

Attached PO SDC-PO-0802 for the switchboard mock-up, Data Hall 5 (MSB-DH5).
- Released: 1 (one) mock-up section (incomer + bus section).
- The 17 remaining sections are not released. Release only after the consultant's Code 1 on
  the mock-up and a written production release from Eng. Faisal Al Hammadi.
- 30% deposit on the PO value as per payment terms.

Meera Pillai
Senior Buyer, Sahra Data Centres FZ-LLC"""

_c10_text = f"""Dear Ms. Meera,

We received the 30% deposit for PO SDC-PO-0802 today, thank you very much.

For good order: the deposit does not release production. We build the 1 mock-up section only and
we wait for the written production release from Eng. Faisal for the 17 remaining sections. No
material for those sections will be bought before that.

Mock-up inspection can be offered from 8 July at our Izmir works.

Saygılarımla / Best regards,
Murat Yılmaz
Export Sales Manager, Ege Pano Sanayi ve Ticaret A.Ş.
+90 232 555 0147

-----Original Message-----
From: Meera Pillai <meera.pillai@sahra-dc.ae>
Sent: Monday, May 27, 2024 2:11 PM
Subject: PO SDC-PO-0802 - MSB-DH5 mock-up

{q(_c10_buyer)}
"""
case("c10_deposit_not_release", [],
     "supplier confirms deposit does not release production; quoted buyer scope complete",
     [("RE_PO_SDC-PO-0802_deposit.eml", eml_bytes(mail(
         "Murat Yilmaz <murat.yilmaz@egepano.com.tr>",
         "Meera Pillai <meera.pillai@sahra-dc.ae>",
         "RE: PO SDC-PO-0802 - MSB-DH5 mock-up - deposit received",
         "Thu, 06 Jun 2024 16:48:30 +0300", _c10_text, html=simple_html(_c10_text))))])


# c11: supplier acknowledgement restating the hold -> clean
case("c11_ack_restates_hold", [],
     "supplier order acknowledgement restates 4 samples released, 396 not released, named releaser",
     [("OA-TR-240611.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", "Zhejiang Tianrui Electric Co., Ltd. - No. 88 Binhai 3rd Road, Wenzhou Economic "
               "Development Zone, Zhejiang, China - export@tianrui-elec.cn"),
         ("p", "OA No.: OA-TR-240611   Date: 2024-06-11   Customer: Vriksha Cloud Parks Pvt. Ltd., "
               "Chennai, India   Customer PO: VCP-PO-2305   Our quotation: TR-Q-240502"),
         ("table", [
             ["Item", "Description", "Qty", "Status"],
             ["1", "Wall-mount enclosure SS316L, IP66, 800x600x300 mm, mounting plate, 2-point lock",
              "4 pcs", "sample - released"],
             ["2", "Same, production quantity as per our quotation TR-Q-240502", "396 pcs",
              "NOT released"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO as written: only the 4 sample enclosures are released. The "
               "production quantity of 396 pcs is not released. We will not buy material for it and "
               "will not produce it until we receive your written production release signed by "
               "Mr. Rajesh Iyer, Head - Procurement, after sample sign-off."),
         ("p", "Samples ex-works: 2024-06-28. Shipment by air, DAP Chennai."),
         ("p", "Acknowledged by: Amy Wang, International Sales, Zhejiang Tianrui Electric Co., Ltd."),
     ], title="OA-TR-240611", author="Zhejiang Tianrui Electric"))])


# c12: identifiers that look like quantities; complete scope -> clean
case("c12_identifiers_lookalike", [],
     "2 sample PDU panels released, 118 held for FAT sign-off + named release; many look-alike numbers",
     [("VCP-PO-2318.docx", docx_bytes([
         ("h1", "VRIKSHA CLOUD PARKS PVT. LTD. - PURCHASE ORDER"),
         ("p", "PO No. VCP-PO-2318 dt. 03.06.2024 | Site: Plot 1200, Ambattur Ind. Estate, Chennai 600058 "
               "| GSTIN 33AAACV5550Q1ZP"),
         ("p", "Vendor: Shree Ganesh Switchgear Pvt. Ltd., GIDC Makarpura, Vadodara 390010"),
         ("table", [
             ["Sl.", "Item code", "Description", "Qty", "UoM", "Rate (INR)"],
             ["1", "10-400-2500", "PDU panel 630 A, Form 4b Type 7, IP 54, 50 kA 1 s, to drg VCP-E-5000 Rev 12 "
                               "and IEC 61439-2:2020 / IS 8623", "2", "Nos", "6,85,000.00"],
         ]),
         ("p", "Released now: 2 (two) sample PDU panels, Sl. 1 above."),
         ("p", "The balance 118 PDU panels of the project are not released. They need the FAT "
               "sign-off of the 2 samples and then a written production release from Rajesh Iyer, "
               "Head - Procurement, stating the quantity."),
         ("p", "Material authority: the 2 sample panels only."),
         ("p", "Technical: 2500 A rated main busbar is NOT required for this item (630 A only); "
               "ambient 45 °C; cable entry bottom; paint RAL 7035, 80 micron; 1000 V insulation test."),
         ("p", "Delivery: 6 weeks from PO to Chennai site, Gate 2. Payment: 100% within 45 days of "
               "receipt and acceptance. LD: 0.5% per week, max 5%."),
         ("p", "For Vriksha Cloud Parks Pvt. Ltd. - Rajesh Iyer, Head - Procurement"),
     ], author="Rajesh Iyer"))])


# c13: ERP printout with released line and held line -> clean
_c13 = """NAJD HORIZON CONTRACTING                                      PURCHASE ORDER
AL MALAZ, RIYADH 12836, KSA                                   PAGE 1 OF 1
----------------------------------------------------------------------------------
PO NUMBER : NHC-4502            PO DATE : 09-JUN-2024      CURRENCY : SAR
VENDOR    : 300417 NILE POWER PANELS S.A.E.   10TH OF RAMADAN CITY, EGYPT
PROJECT   : KSP-SS09  KING SALMAN PARK SUBSTATION SS-09
BUYER     : O.ALSHEHRI                         PAY TERMS : 30 DAYS AFTER DELIVERY
----------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                         QTY  UOM   UNIT PRICE  STATUS
--- --------------- ------------------------------ ------- ---- ------------ --------
010 MCC-MU-01       MCC MOCK-UP UNIT, 7 CUBICLES          1   EA     88,400.00 RELEASED
020 MCC-SS09-BAL    MCC UNITS, BALANCE                   11   EA     79,950.00 ON HOLD
----------------------------------------------------------------------------------
NOTES:
1. LINE 010 IS RELEASED FOR MANUFACTURE (1 EA MOCK-UP).
2. LINE 020 (11 EA) IS NOT RELEASED. RELEASE ONLY BY WRITTEN PRODUCTION RELEASE
   FROM ENG. OMAR AL-SHEHRI, PROCUREMENT MANAGER, AFTER CONSULTANT CODE 1 ON THE
   MOCK-UP.
3. MATERIAL AUTHORITY: LINE 010 ONLY.
4. DOCUMENTS: GA, SLD, TYPE TEST CERTS (IEC 61439-1/-2), HEAT RISE CALC, FAT PROC.
5. DELIVERY: DAP SITE STORE KSP SS-09, GATE 4. SASO / SABER CERTIFICATE REQUIRED.
----------------------------------------------------------------------------------
AUTHORISED SIGNATORY: O.ALSHEHRI        PRINTED 09-JUN-2024 13:02  SYS: ORCL-EBS
"""
case("c13_erp_po_hold_line", [],
     "ERP PO: line 010 mock-up released, line 020 11 EA on hold for Code 1 + named written release",
     [("NHC-4502_PO_print.txt", _c13)])


# c14: WhatsApp site group, scoped go-ahead -> clean
_c14 = """[13/05/2024, 08:02:11] Tariq Mahmoud (Gulf Crest): Good morning all. Mock-up inspection for CHT-B LV panels confirmed for Wed 10 am at Jebel Ali warehouse
[13/05/2024, 08:05:40] Selim Demir (Ege Pano UAE): Noted Eng. Tariq, we will be there. Consultant also coming?
[13/05/2024, 08:06:02] Tariq Mahmoud (Gulf Crest): Yes Eng. Sami from the consultant side
[13/05/2024, 08:31:55] Arjun Menon (Gulf Crest): Gate pass list pls by today 2pm, Emirates ID copies
[13/05/2024, 08:33:17] Selim Demir (Ege Pano UAE): 👍 sending
[15/05/2024, 13:48:20] Tariq Mahmoud (Gulf Crest): Inspection done. Minor comments, Sami will send in writing
[15/05/2024, 13:50:03] Selim Demir (Ege Pano UAE): So we can start the panels?
[15/05/2024, 13:52:44] Tariq Mahmoud (Gulf Crest): Go ahead with the 2 mock-up sections only - close the comments on them and ship. Balance 16 sections stay on hold till the consultant gives Code 1 and I send you the written release. Pls don't buy copper for the 16 yet
[15/05/2024, 13:53:30] Selim Demir (Ege Pano UAE): Understood, 2 sections only. Will inform Izmir
[15/05/2024, 13:55:12] Arjun Menon (Gulf Crest): PO GCE-PO-24-0447 line 1 = the 2 sections, line 2 = 16 sections on hold, same thing
[15/05/2024, 17:20:09] Selim Demir (Ege Pano UAE): <Media omitted>
[15/05/2024, 17:20:31] Selim Demir (Ege Pano UAE): Revised GA with comments for your review
"""
case("c14_whatsapp_scoped_goahead", [],
     "site chat: go-ahead scoped to 2 mock-up sections, 16 held for Code 1 + written release by Tariq",
     [("WhatsApp Chat - CHT-B LV Panels Coordination.txt", _c14)])


# c15: FAT minutes keeping words apart -> clean
case("c15_fat_minutes_words_apart", [],
     "FAT minutes keep sample sign-off, PO and production release apart; balance 7 held, named releaser",
     [("FAT_Minutes_MSB-A_WroPanel.docx", docx_bytes([
         ("h1", "Minutes - Factory Acceptance Test, LV switchboard MSB-A"),
         ("p", "Customer: Thameside Data Centres Ltd (Slough). Manufacturer: WroPanel S.A., "
               "ul. Fabryczna 16, 53-609 Wrocław. PO TDC-PO-11944 issued 02.04.2024."),
         ("p", "Date: 12.06.2024. Present: Oliver Grant, Priya Shah (Thameside); Piotr Zieliński, "
               "Marta Lewandowska (WroPanel)."),
         ("h", "Results"),
         ("table", [
             ["Test", "Reference", "Result"],
             ["Visual and wiring check", "IEC 61439-1 cl. 11.2", "pass"],
             ["Dielectric test 2.5 kV / 1 min", "cl. 11.9", "pass"],
             ["Insulation resistance > 1 MOhm at 1000 V", "cl. 11.9", "pass"],
             ["Functional test ATS sequence", "FAT-PROC-07 Rev 2", "pass, 1 comment"],
             ["Torque marking of busbar joints", "WP-QP-22", "pass"],
         ]),
         ("h", "Outcome"),
         ("li", "Released quantity under PO TDC-PO-11944 to date: 1 section (MSB-A/1, the FAT sample)."),
         ("li", "Sample sign-off: the first section MSB-A/1 is signed off by Priya Shah (QA) on form "
                "QF-12. A sample sign-off does not release production."),
         ("li", "Production release: the 7 remaining sections MSB-A/2 to MSB-A/8 are on hold. They "
                "need a separate written production release from Oliver Grant (Procurement Lead)."),
         ("li", "WroPanel will buy no material for the 7 sections before that production release."),
         ("li", "Comment 1 (ATS transfer delay set to 3 s instead of 5 s) to be corrected before "
                "shipment of MSB-A/1."),
         ("p", "Signed for Thameside: Oliver Grant. Signed for WroPanel: Piotr Zieliński."),
     ], author="Priya Shah"))])


# c16: interim sample disposition with quantity and expiry -> clean
case("c16_interim_disposition", [],
     "interim disposition releases 4 of 40 boards with expiry; 34 held until final sign-off + named release",
     [("Interim_Disposition_ID-2024-014.pdf", pdf([
         ("h1", "Interim sample disposition ID-2024-014"),
         ("p", "RheinMain Rechenzentrum Bau GmbH - Qualitätssicherung / Einkauf - Frankfurt am Main"),
         ("p", "Supplier: WroPanel S.A., Wrocław. Order: PO RMB-4500-0871, 40 LV distribution boards "
               "UV-IT 630 A. Samples: 2 boards (UV-IT-01, UV-IT-02). Date: 14.06.2024."),
         ("table", [
             ["Field", "Entry"],
             ["Disposition", "INTERIM"],
             ["Open point", "IR thermography: hot spot 68 °C at N-bar joint, UV-IT-02; root cause open"],
             ["Quantity released under this disposition", "4 boards (UV-IT-03 to UV-IT-06)"],
             ["Expiry", "31.07.2024 or closure of the open point, whichever is earlier"],
             ["Material authority", "4 boards plus the 2 samples"],
             ["Remaining boards", "34 boards not released"],
         ]),
         ("sp",),
         ("p", "The 34 remaining boards (UV-IT-07 to UV-IT-40) are not released. They need a final "
               "sample sign-off after the open point is closed and a written production release by "
               "Jens Hoffmann, Leiter Einkauf."),
         ("p", "Signed: Dr. Sabine Krüger (QA), Jens Hoffmann (Einkauf)."),
     ], title="Interim disposition ID-2024-014", author="RheinMain QA"))])


# p09: supplier will roll straight into remaining 22 after Code 1 -> RG007
_p09_buyer = """Dear Murat Bey,

PO GCE-PO-24-0433 (Creek Harbour Tower C, LV switchboards):
- Released: 2 (two) mock-up sections only.
- The balance 22 sections are not released. Release needs the consultant's Code 1 on the
  mock-up and a written release from Eng. Tariq Mahmoud, Project Manager.
- Material: mock-up sections only.

Best regards,
Arjun Menon
Procurement Engineer, Gulf Crest Electromechanical LLC"""

_p09_text = f"""Dear Arjun Bey,

Thank you, PO well received and the 2 mock-up sections are in the workshop.

To save time in the programme: once the consultant returns the mock-up with Code 1, we will roll
straight into the remaining 22 sections the same week, so you don't need to send us another paper.
Our shop has a free slot in week 28 and we would like to keep it for your project.

Saygılarımla,
Murat Yılmaz
Export Sales Manager, Ege Pano Sanayi ve Ticaret A.Ş.
+90 232 555 0147

> -----Original Message-----
> From: Arjun Menon <arjun.menon@gulfcrest-em.ae>
> Sent: 20 May 2024 10:02
> Subject: PO GCE-PO-24-0433 - mock-up sections
>
{q(_p09_buyer)}
"""
case("p09_roll_straight_after_code1", ["RG007"],
     "supplier says Code 1 on the mock-up rolls straight into the 22 sections without another paper; "
     "buyer required a written release",
     [("RE_PO_GCE-PO-24-0433_mockup.eml", eml_bytes(mail(
         "Murat Yilmaz <murat.yilmaz@egepano.com.tr>",
         "Arjun Menon <arjun.menon@gulfcrest-em.ae>",
         "RE: PO GCE-PO-24-0433 - mock-up sections",
         "Wed, 22 May 2024 12:14:09 +0300", _p09_text, html=simple_html(_p09_text))))])


# p10: UK project manager: if FAT goes fine, crack on with the remaining 10 -> RG007
_p10_claire = """Tomasz,

PO PME-24-3351 is for 2 (two) pre-production final distribution boards, DB-L1-01 and DB-L1-02,
for the FAT at your works. The remaining 10 boards are not released. They need the FAT sign-off
and then a written production release from me.

Regards,
Claire Whitfield
Senior Buyer, Pennine M&E Services Ltd"""

_p10_tomasz = """Hi Daniel,

FAT for the 2 boards is confirmed for Thursday 13 June, 9:00 at our Łódź works. Hotel is booked
for you at the Andel's.

Best regards,
Tomasz Nowak
Kierownik projektu / Project Manager, Elektro-Pol Rozdzielnice Sp. z o.o."""

_p10_text = f"""Cheers Tomasz, see you Thursday.

Programme is tight on Levels 2-6 so let's not lose a fortnight. If the FAT on the 2 boards goes
fine on Thursday, just crack on with the remaining 10 boards straight after - no need to wait for
Claire's paperwork, I'll square it with her when I'm back.

Can you have the circuit charts printed for the FAT as well?

Daniel

Daniel Hughes
Package Manager - Electrical
Pennine M&E Services Ltd | 07700 900 415

On Mon, 10 Jun 2024 at 11:20, Tomasz Nowak <t.nowak@elektro-pol.pl> wrote:
{q(_p10_tomasz)}
>
>> On Tue, 28 May 2024 at 09:45, Claire Whitfield wrote:
{q(_p10_claire, 2)}
"""
case("p10_crack_on_after_fat", ["RG007"],
     "buyer's package manager says a good FAT on 2 boards rolls into the remaining 10 without the "
     "written release the PO requires",
     [("RE_FAT_DB-L1_Lodz_Thursday.eml", eml_bytes(mail(
         "Daniel Hughes <daniel.hughes@pennine-me.co.uk>",
         "Tomasz Nowak <t.nowak@elektro-pol.pl>",
         "RE: FAT DB-L1 - Łódź - Thursday",
         "Mon, 10 Jun 2024 12:02:37 +0100", _p10_text)))])


# p11: PO: balance on hold pending sample approval, then vendor proceeds; no person -> RG005 + RG007
case("p11_po_proceed_on_sample_approval", ["RG005", "RG007"],
     "PO says vendor proceeds with balance 196 on sample approval (implied auto-conversion); hold "
     "and event stated but no named release person",
     [("PO_4100087455_Ningbo_Hengda.pdf", pdf([
         ("h1", "PRAKASH INFRA PROJECTS LTD."),
         ("p", "Prakash House, LBS Marg, Vikhroli (W), Mumbai 400083 | CIN U45200MH1998PLC555012"),
         ("h", "PURCHASE ORDER No. 4100087455   Date: 24.05.2024"),
         ("p", "Vendor: Ningbo Hengda Enclosure Co., Ltd., No. 66 Xingning Road, Yinzhou District, "
               "Ningbo, Zhejiang, China. Project: Bhiwandi logistics park - LT distribution."),
         ("table", [
             ["Sr.", "Description", "Qty", "Unit", "Unit price (USD)", "Amount (USD)"],
             ["1", "Wall mounted enclosure SS316, IP66, 600x400x250, with gland plate - SAMPLE",
              "4", "Nos", "168.00", "672.00"],
             ["2", "Same as Sr. 1 - production quantity (ON HOLD)", "196", "Nos", "142.00", "27,832.00"],
         ]),
         ("sp",),
         ("p", "Special conditions:"),
         ("p", "a) Balance 196 nos are on hold pending sample approval."),
         ("p", "b) Upon approval of sample, vendor to proceed with the balance 196 nos as per the "
               "delivery schedule below, without waiting for further communication."),
         ("p", "c) Delivery schedule: samples by air within 3 weeks; production in two lots of 98 "
               "nos, CIF Nhava Sheva."),
         ("p", "d) Payment: 100% by TT within 30 days of B/L date. Inspection by our QA at Bhiwandi."),
         ("p", "For PRAKASH INFRA PROJECTS LTD. - Authorised Signatory"),
     ], title="PO 4100087455", author="Prakash Infra Projects"))])


# p12: WhatsApp India DC: site engineer says start bulk once PMC clears, supplier has
#      material for all 148 DBs -> RG006 + RG007
_p12 = """12/06/24, 9:14 am - Rajesh Iyer (VCP Procurement): Team, for clarity on Surya Switchgear order: PO 4500012345 is for 2 sample DBs only. Balance 146 DBs not released. Release will come by mail from me after PMC approval of the sample.
12/06/24, 9:16 am - Senthil (Surya Switchgear): Noted sir 🙏
12/06/24, 9:40 am - Karthik S (VCP Site Elec): Sample DB delivery date?
12/06/24, 9:42 am - Senthil (Surya Switchgear): Friday sir, by our vehicle, Hosur to Ambattur
12/06/24, 11:05 am - Karthik S (VCP Site Elec): OK. Senthil once PMC clears the sample DB, directly start bulk for the 146, don't wait for the mail. We are already 3 weeks behind on L2 and L3
12/06/24, 11:07 am - Senthil (Surya Switchgear): Sure sir. No issue, MCBs, RCCBs and enclosures for all 148 DBs are already in our stores, we can start same day
12/06/24, 11:08 am - Karthik S (VCP Site Elec): 👍👍
12/06/24, 2:30 pm - Priya (VCP Planning): Updated site delivery schedule attached
12/06/24, 2:30 pm - Priya (VCP Planning): <Media omitted>
12/06/24, 6:02 pm - Senthil (Surya Switchgear): Sample DB final wiring photos
12/06/24, 6:02 pm - Senthil (Surya Switchgear): <Media omitted>
"""
case("p12_whatsapp_start_bulk", ["RG006", "RG007"],
     "site engineer says PMC clearance of the sample rolls into the 146 without the written release; "
     "supplier already holds material for all 148 DBs",
     [("WhatsApp Chat with VCP Ambattur DB Coordination.txt", _p12)])


# p13: supplier quote: mass production starts automatically on sample approval -> RG007
case("p13_quote_auto_mass_production", ["RG007"],
     "supplier quotation states that sample approval starts mass production of 500 pcs automatically",
     [("NH-Q-24-0611_Quotation.docx", docx_bytes([
         ("h1", "NINGBO HENGDA ENCLOSURE CO., LTD. - QUOTATION"),
         ("p", "Quotation No.: NH-Q-24-0611    Date: 2024-06-11    Valid: 30 days"),
         ("p", "To: Thameside Data Centres Ltd, Slough, UK - Attn: Mr. Oliver Grant"),
         ("p", "Subject: IP55 floor-standing enclosures for busbar tap-off distribution, RAL 7035"),
         ("table", [
             ["No.", "Item", "Qty", "Unit price (USD)", "Lead time"],
             ["1", "Sample enclosure 2000x800x600, 2 doors, plinth 100", "3 pcs", "620.00", "15 days"],
             ["2", "Mass production, same model", "500 pcs", "455.00", "25 days after sample approval"],
             ["3", "Mould / tooling for door profile (one time)", "1 set", "3,800.00", "-"],
         ]),
         ("sp",),
         ("p", "Terms and conditions:"),
         ("num", "Payment: 30% T/T deposit, 70% T/T before shipment."),
         ("num", "Upon sample approval, mass production of the 500 pcs will start automatically and "
                 "goods will be ready within 25 days. No further order is needed."),
         ("num", "FOB Ningbo. Packing: carton + wooden pallet, 4 pcs per pallet."),
         ("num", "Warranty: 24 months from shipment."),
         ("p", "Best regards, Kevin Zhou, Sales Manager"),
     ], author="Kevin Zhou"))])


# p14: buyer QA FAT report says supplier may continue with balance 7 -> RG007
_p14_report = pdf([
    ("h1", "FAT Witness Report FWR-0412"),
    ("p", "Tihama Building Contracting Co., Jeddah - QA/QC Department"),
    ("p", "Manufacturer: Delta Switchgear Egypt S.A.E., 10th of Ramadan City. PO: TBC-PO-2024-341. "
          "Equipment: PCC-A (FAT panel), 3200 A, Form 4b Type 6. Witnessed: 18-19 June 2024."),
    ("table", [
        ["No.", "Test", "Standard / procedure", "Result"],
        ["1", "General inspection, dimensions, IP rating", "IEC 61439-1 cl. 11.2 / 11.3", "Pass"],
        ["2", "Dielectric properties, 3.5 kV 1 min", "cl. 11.9", "Pass"],
        ["3", "Protective circuit continuity", "cl. 11.4", "Pass"],
        ["4", "Mechanical operation ACB / interlocks", "cl. 11.6", "Pass"],
        ["5", "Secondary injection of protection relays", "FAT-DSE-31 Rev 1", "Pass (2 settings corrected)"],
    ]),
    ("sp",),
    ("p", "Result: PASSED. Punch list: 3 minor items (labels, door earthing braid, heater thermostat)."),
    ("p", "On the basis of this report, Delta Switchgear may continue with the balance 7 PCC panels "
          "(PCC-B to PCC-H)."),
    ("p", "Witnessed by: Eng. Bilal Qureshi, QA/QC Engineer, Tihama Building Contracting Co."),
], title="FAT Witness Report FWR-0412", author="Tihama QA/QC")

_p14_po_scope = """PO TBC-PO-2024-341: 1 (one) FAT panel PCC-A released. The balance 7 PCC panels
(PCC-B to PCC-H) are not released. Release needs the FAT sign-off and a written production
release from Eng. Rami Haddad, Procurement Manager. Material authority: PCC-A only."""

_p14_text = f"""Dear Eng. Karim,

Please find attached the FAT witness report FWR-0412 for PCC-A. Thank you for the good
arrangements in 10th of Ramadan; the punch items can be closed before packing.

For reference, the PO scope as issued:
{q(_p14_po_scope)}

Best regards,
Eng. Bilal Qureshi
QA/QC Engineer
Tihama Building Contracting Co., Al Rawdah, Jeddah
+966 12 555 0191
"""
case("p14_fat_report_continue_balance", ["RG007"],
     "buyer QA's FAT report says the supplier may continue with the balance 7 on the basis of the "
     "report, although the PO needs a written release by Rami Haddad",
     [("FWR-0412_FAT_report_PCC-A.eml", eml_bytes(mail(
         "Bilal Qureshi <b.qureshi@tihama-bc.sa>",
         "Karim Hosny <k.hosny@deltaswitchgear.com.eg>",
         "FAT witness report FWR-0412 - PCC-A - TBC-PO-2024-341",
         "Thu, 20 Jun 2024 10:44:51 +0300", _p14_text,
         cc="Rami Haddad <r.haddad@tihama-bc.sa>",
         attachments=[("FWR-0412.pdf", _p14_report, PDF_MT)])))])


# p15: PO (complete scope, labelled forecast) + supplier confirmation: production of the forecast
#      quantity starts automatically after sample approval -> RG007 + RG008 (multi-file folder)
_p15_po = pdf([
    ("h1", "Bestellung / Purchase Order RMB-4500-0902"),
    ("p", "RheinMain Rechenzentrum Bau GmbH, Einkauf, Hanauer Landstraße 291, 60314 Frankfurt am Main"),
    ("p", "Lieferant: Elektro-Pol Rozdzielnice Sp. z o.o., ul. Przemysłowa 12, 93-279 Łódź. "
          "Datum: 04.06.2024. Projekt: FRA-5, Unterverteilungen."),
    ("table", [
        ["Pos.", "Bezeichnung / Description", "Menge", "Einzelpreis EUR"],
        ["10", "Unterverteilung UV-IT 400 A, Form 2b, sample", "2 Stk.", "7.840,00"],
    ]),
    ("sp",),
    ("p", "Released now: the 2 sample boards of Pos. 10 only."),
    ("p", "Forecast 2025 (for information, not an order): approx. 160 boards. The forecast is not "
          "released and gives no material authority."),
    ("p", "Any series quantity needs the sample sign-off and a written production release from Jens "
          "Hoffmann, Leiter Einkauf. Until then no series boards are released."),
    ("p", "Lieferung: KW 29/2024, DAP Frankfurt-Fechenheim. Zahlung: 30 Tage netto."),
], title="Bestellung RMB-4500-0902", author="RheinMain Einkauf")

_p15_ack = pdf([
    ("h1", "Potwierdzenie zamówienia / Order Confirmation OC-24-1187"),
    ("p", "Elektro-Pol Rozdzielnice Sp. z o.o., ul. Przemysłowa 12, 93-279 Łódź, NIP 725-555-01-88"),
    ("p", "Customer: RheinMain Rechenzentrum Bau GmbH. Your order: RMB-4500-0902 of 04.06.2024. "
          "Date: 07.06.2024."),
    ("table", [
        ["Pos.", "Item", "Qty", "Delivery"],
        ["10", "UV-IT 400 A, Form 2b (sample)", "2 pcs", "KW 29/2024"],
    ]),
    ("sp",),
    ("p", "Thank you for your order. We confirm the 2 sample boards as above."),
    ("p", "To meet your 2025 plan we have reserved capacity on line 2. After your approval of the "
          "samples we will start production of your forecast quantity automatically and deliver "
          "it in monthly lots, so no delay will occur."),
    ("p", "Prices for series boards as per our offer EP-OF-24-311. Copper surcharge per LME monthly."),
    ("p", "Tomasz Nowak, Kierownik projektu"),
], title="OC-24-1187", author="Elektro-Pol")
case("p15_confirmation_forecast_auto", ["RG007", "RG008"],
     "supplier order confirmation treats the labelled forecast as a production quantity and says "
     "production starts automatically after sample approval",
     [("RMB-4500-0902_Bestellung.pdf", _p15_po), ("OC-24-1187_Order_Confirmation.pdf", _p15_ack)])

# ------------------------------------------------------------------ batch 3
# c17: buyer asks about capacity, explicitly not a release -> clean
_c17_text = """Dear Mr. Nowak,

A planning question, please answer with dates only.

Order RMB-4500-0915 covers the 2 sample distribution boards UV-M-01 and UV-M-02. The remaining
38 boards are not released. They will be released only in writing by me, after the sample
sign-off planned for 20.06.2024.

Question: if that written release came on 24.06., could you deliver the 38 boards within six
weeks, in two lots of 19? Or would you need eight weeks? This is a question, not a release.
Please do not buy material for the 38 boards on the basis of this mail.

Mit freundlichen Grüßen / Best regards
Jens Hoffmann
Leiter Einkauf
RheinMain Rechenzentrum Bau GmbH
Hanauer Landstraße 291, 60314 Frankfurt am Main
Tel. +49 69 555 0190"""
case("c17_buyer_capacity_question", [],
     "buyer asks about lead time for 38 boards, explicitly not a release; 2 samples released, "
     "38 held for sign-off + written release by Jens Hoffmann",
     [("RMB-4500-0915_capacity_question.eml", eml_bytes(mail(
         "Jens Hoffmann <j.hoffmann@rheinmain-rz.de>",
         "Tomasz Nowak <t.nowak@elektro-pol.pl>",
         "RMB-4500-0915 - Kapazitätsfrage / lead time question for 38 boards",
         "Fri, 07 Jun 2024 15:21:08 +0200", _c17_text, html=simple_html(_c17_text))))])


# c18: full-quantity busbar trunking PO in a portal (HTML table) -> clean
_c18_body = """<h2>Sahra Data Centres FZ-LLC &ndash; Supplier Portal</h2>
<p>Purchase order <b>SDC-PO-0815</b> &middot; Revision 0 &middot; Issued 21-May-2024 &middot; Buyer: Meera Pillai</p>
<p>Supplier: Xiamen Huaneng Busbar Co., Ltd., Xiamen, China &middot; Incoterm: CFR Jebel Ali &middot; Currency: USD</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Status</th></tr>
<tr><td>1</td><td>BBT-2500-AL-ST</td><td>Busbar trunking 2500 A Al, IP55, straight length 3 m</td><td>96</td><td>pcs</td><td>1,236.00</td><td>Released for manufacture</td></tr>
<tr><td>2</td><td>BBT-2500-AL-EL</td><td>Edgewise elbow 2500 A</td><td>24</td><td>pcs</td><td>884.00</td><td>Released for manufacture</td></tr>
<tr><td>3</td><td>BBT-2500-FLG-TX</td><td>Transformer flange end 2500 A</td><td>6</td><td>pcs</td><td>1,410.00</td><td>Released for manufacture</td></tr>
<tr><td>4</td><td>BBT-TOB-250</td><td>Tap-off box 250 A MCCB, plug-in</td><td>36</td><td>pcs</td><td>655.00</td><td>Released for manufacture</td></tr>
</table>
<div class="note">This PO covers the full quantity for Data Hall 4 (6 runs). All lines are released for
manufacture as listed. There is no balance and no further quantity on this PO.</div>
<p>Documents required with shipment: packing list, test certificates per IEC 61439-6, certificate of
origin (chamber attested), DEWA type approval reference.</p>
<p>Delivery: 8 weeks from PO date. Site delivery schedule: single shipment, Gate 2, 24 h notice.</p>"""
case("c18_portal_full_qty_bbt", [],
     "portal PO for the full busbar quantity of Data Hall 4, all lines released, no balance",
     [("SDC-PO-0815_portal.html", html_page("SDC-PO-0815", _c18_body))])


# c19: PO + supplier quote with tiers, PO says the quoted series is not released (folder) -> clean
_c19_po = pdf([
    ("h1", "TIHAMA BUILDING CONTRACTING CO."),
    ("p", "Al Rawdah District, Jeddah 23434, KSA"),
    ("h", "PURCHASE ORDER TBC-PO-2024-355"),
    ("p", "Supplier: Ege Pano Sanayi ve Ticaret A.Ş., Izmir. Ref. your quotation EP-Q-2024-0203 "
          "(attached to this PO). Project: Jeddah Corniche Mixed Use - Tower 2 MDBs. Date: 29 May 2024."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price EUR"],
        ["1", "Mock-up MDB sections per quotation pos. 1", "2", "13.900,00"],
    ]),
    ("sp",),
    ("p", "Scope of this PO: 2 (two) mock-up sections are released for manufacture."),
    ("p", "The 22 series sections in quotation pos. 2 are for information only and are not released. "
          "Their release needs the consultant's Code 1 on the mock-up and a written production "
          "release from Eng. Rami Haddad, Procurement Manager."),
    ("p", "Material authority: the 2 mock-up sections only."),
    ("p", "Delivery: CFR Jeddah Islamic Port, 7 weeks. Payment: 30 days after delivery."),
    ("p", "Eng. Rami Haddad, Procurement Manager"),
], title="TBC-PO-2024-355", author="Tihama Procurement")

_c19_quote = pdf([
    ("h1", "QUOTATION EP-Q-2024-0203"),
    ("p", "Ege Pano Sanayi ve Ticaret A.Ş., Kemalpaşa OSB, Izmir. To: Tihama Building Contracting Co., "
          "Jeddah. Date: 15.05.2024."),
    ("table", [
        ["Pos", "Description", "Qty", "Unit price EUR"],
        ["1", "Mock-up MDB section, Form 4b Type 6, 3200 A", "2", "13.900,00"],
        ["2", "Series MDB sections, same design", "22", "11.450,00"],
    ]),
    ("sp",),
    ("p", "Lead time: mock-up 6 weeks; series 10 weeks after production release. Validity 60 days."),
    ("p", "Murat Yılmaz, Export Sales Manager"),
], title="EP-Q-2024-0203", author="Ege Pano")
case("c19_po_with_quote_tiers", [],
     "PO with the supplier quote in the same folder; PO states the 22 series sections are for "
     "information and not released, named releaser and event",
     [("TBC-PO-2024-355.pdf", _c19_po), ("EP-Q-2024-0203.pdf", _c19_quote)])


# c20: chat, 2 sample trays, total job mentioned as FYI and not released -> clean
_c20 = """[04/06/2024, 07:41] Gary Holt (Pennine Site): Morning. Trial bracket arrangement on L3 riser is ready for the tray samples
[04/06/2024, 07:45] Claire Whitfield (Pennine Buying): Katarzyna - confirming PO PME-24-3377 is for the 2 sample trays only (300 mm perforated, 3 m lengths, HDG) for the bracket trial
[04/06/2024, 07:46] Claire Whitfield (Pennine Buying): FYI only, the total job is around 3,200 m - that is NOT released. It will come as call-offs from me once the trial is signed off by Gary
[04/06/2024, 08:02] Katarzyna W (Korytka Baltyk): Good morning Claire, understood: 2 sample trays only, rest waits for your call-offs
[04/06/2024, 08:03] Katarzyna W (Korytka Baltyk): Samples ship Thursday with DPD, tracking to follow
[04/06/2024, 08:10] Gary Holt (Pennine Site): 👍 deliver to gate B please, not the main gate
[06/06/2024, 16:22] Katarzyna W (Korytka Baltyk): DPD 0155 5501 2233 4 - 2 colli
"""
case("c20_chat_fyi_total_job", [],
     "chat: PO for 2 sample trays; 3,200 m job total marked FYI and not released; call-offs from Claire "
     "after trial sign-off",
     [("WhatsApp Chat - Salford L3 containment.txt", _c20)])


# c21: consultant submittal response, technical only -> clean
case("c21_consultant_code2_technical", [],
     "consultant submittal response: Code 2 technical review only, explicitly no manufacture authority",
     [("SR-E-0147_Submittal_Response.pdf", pdf([
         ("h1", "Submittal Review Sheet SR-E-0147"),
         ("p", "Consultant: Halcrow-Nasser Engineering Consultants, Dubai. Project: Creek Harbour Tower B. "
               "Contractor: Gulf Crest Electromechanical LLC. Supplier: Ege Pano (Izmir)."),
         ("p", "Submittal: Material submittal MS-E-26-24-13-003, LV main distribution boards MDB-01 to "
               "MDB-04 - GA drawings, SLD E-601 Rev C, type test certificates, heat-rise calculation."),
         ("table", [
             ["Ref", "Comment", "Action"],
             ["1", "Provide IP2X barriers between functional units in cable chamber", "Incorporate"],
             ["2", "Short-circuit rating 50 kA 1 s to be shown on nameplate", "Incorporate"],
             ["3", "Busbar support spacing to match type-tested arrangement ASTA ref 22/0871", "Confirm"],
         ]),
         ("sp",),
         ("p", "Review status: CODE 2 - Approved as noted. Incorporate comments and resubmit for record."),
         ("p", "This review is technical only. It does not authorise manufacture, purchase of material "
               "or delivery. Production release is the contractor's separate written instruction to "
               "the supplier."),
         ("p", "Reviewed by: Eng. Sami Khoury, Senior Electrical Engineer. Date: 27/05/2024."),
     ], title="SR-E-0147", author="Halcrow-Nasser"))])


# c22: supplier weekly status: material only for the released mock-up -> clean
_c22 = """NILE POWER PANELS S.A.E. - WEEKLY STATUS REPORT                  WEEK 23 / 2024
CUSTOMER : AL WUSTA CONTRACTING CO.        PO : AWC-PO-5521
PROJECT  : AL KHARJ WATER PUMPING STATION - MCC PACKAGE
PREPARED : ENG. MOSTAFA FAROUK (PLANNING)  DATE : 06-06-2024
==================================================================================
ITEM                     QTY    STATUS                       REMARKS
------------------------ ------ ---------------------------- ---------------------
MOCK-UP MCC UNIT MCC-P1       1 WIRED, INTERNAL QC DONE      READY FOR INSPECTION
BALANCE MCC UNITS            15 NOT STARTED                  NOT RELEASED - WAITING
                                                             CODE 1 + WRITTEN RELEASE
                                                             (ENG. ABDULLAH AL-QAHTANI)
MATERIAL - MOCK-UP            1 RECEIVED                     CU, CRCA, SWITCHGEAR
MATERIAL - BALANCE            0 NOT PURCHASED                NO AUTHORITY
------------------------ ------ ---------------------------- ---------------------
NOTES:
- COPPER QUOTATION FOR 15 UNITS VALID TO 30-06; WE WILL NOT ORDER WITHOUT RELEASE.
- INSPECTION VISA LETTERS ISSUED FOR 2 INSPECTORS.
==================================================================================
"""
case("c22_supplier_status_no_material", [],
     "supplier status report: mock-up only, balance 15 not started and no material bought",
     [("AWC-PO-5521_status_wk23.txt", _c22)])


# c23: release of the balance after sign-off, with DOCX release notice -> clean
_c23_notice = docx_bytes([
    ("h1", "Production Release No. 2"),
    ("p", "Najd Horizon Contracting, Al Malaz, Riyadh. To: Anadolu Elektrik Pano Ltd. Şti., Gebze."),
    ("p", "PO: NHC-4471 - King Salman Park, Substation SS-07, LV MCC panels. Date: 8 August 2024."),
    ("table", [
        ["Panels", "Qty", "Status"],
        ["MCC-101 to MCC-104", "4", "released by Production Release No. 1 (2 June 2024)"],
        ["MCC-105 to MCC-112", "8", "released by this Production Release No. 2"],
    ]),
    ("p", "Basis: FAT of MCC-101 to MCC-104 witnessed 30-31 July 2024; sample sign-off recorded on "
          "form NHC-QF-09 on 2 August 2024."),
    ("p", "With this release the full PO quantity of 12 panels is released. Nothing remains on hold."),
    ("p", "Material authority: 12 panels."),
    ("p", "Released by: Eng. Omar Al-Shehri, Procurement Manager."),
], author="Omar Al-Shehri")

_c23_text = """Dear Emre,

Please find attached Production Release No. 2 for PO NHC-4471: the 8 panels MCC-105 to MCC-112
are released for fabrication. This completes the PO quantity of 12 panels.

Please send the updated site delivery schedule by next Thursday; the substation building will be
ready for the first 4 panels from 1 September.

Regards,
Eng. Omar Al-Shehri
Procurement Manager
Najd Horizon Contracting, Riyadh
+966 11 555 0177"""
case("c23_release_balance_docx", [],
     "release of the balance 8 panels after recorded sign-off by the named manager; PO complete, "
     "nothing on hold",
     [("NHC-4471_Production_Release_02.eml", eml_bytes(mail(
         "Omar Al-Shehri <o.alshehri@najdhorizon.sa>",
         "Emre Kaya <emre.kaya@anadolupano.com.tr>",
         "NHC-4471 - Production Release No. 2 - MCC-105 to MCC-112",
         "Thu, 08 Aug 2024 11:30:00 +0300", _c23_text,
         attachments=[("NHC-4471_Production_Release_02.docx", _c23_notice, DOCX_MT)])))])


# c24: sample PO + labelled forecast as a text attachment -> clean
_c24_fc = """THAMESIDE DATA CENTRES LTD - ENCLOSURE FORECAST 2025 (FOR CAPACITY PLANNING ONLY)
NOT AN ORDER - NOT RELEASED - NO MATERIAL AUTHORITY
--------------------------------------------------------------
QUARTER   SITE            MODEL                     FORECAST
Q1-2025   SLO-3 Hall A    2000x800x600 IP55           150
Q2-2025   SLO-3 Hall B    2000x800x600 IP55           150
Q3-2025   SLO-3 Hall C    2000x800x600 IP55           180
Q4-2025   LHR-1 Hall 1    2000x800x600 IP55           120
--------------------------------------------------------------
TOTAL (FORECAST)                                       600
"""
_c24_text = """Hello Kevin,

PO TDC-PO-12001 is on its way from our system. It covers 5 (five) sample enclosures only,
2000x800x600 IP55, for the fit trial in Hall A.

Attached is our 2025 forecast (approx. 600 enclosures) so you can plan capacity. It is a
forecast: not an order, not released, and it gives no authority to buy material.

Production quantities will only come by a written production release from me after the sample
sign-off. Until then nothing beyond the 5 samples is released.

Best,
Oliver Grant
Procurement Lead, Thameside Data Centres Ltd
+44 1753 555 0148"""
case("c24_sample_po_forecast_attached", [],
     "5 sample enclosures released; 600 forecast attached and labelled not an order; named releaser",
     [("TDC-PO-12001_samples_and_forecast.eml", eml_bytes(mail(
         "Oliver Grant <oliver.grant@thameside-dc.co.uk>",
         "Kevin Zhou <kevin.zhou@nbhengda-enclosure.com>",
         "TDC-PO-12001 - 5 sample enclosures + 2025 forecast (planning only)",
         "Tue, 18 Jun 2024 09:05:44 +0100", _c24_text,
         attachments=[("TDC_enclosure_forecast_2025.txt", _c24_fc, "text/plain")])))])


# c25: stop notice with full scope -> clean
case("c25_stop_notice_docx", [],
     "stop notice: 2 mock-up sections released to date, 16 not released, stop lifted only by named PM "
     "after revised PO",
     [("GCE-PO-24-0447_Stop_Notice.docx", docx_bytes([
         ("h1", "STOP NOTICE"),
         ("p", "Gulf Crest Electromechanical LLC, Al Quoz Industrial 3, Dubai. To: Ege Pano Sanayi ve "
               "Ticaret A.Ş., Izmir. PO: GCE-PO-24-0447 - Creek Harbour Tower B, LV panels. Date: 3 July 2024."),
         ("p", "Reason: the client has instructed a change of the incomer arrangement (SLD E-601 Rev D "
               "to Rev E, additional bus coupler)."),
         ("table", [
             ["Scope", "Qty", "Status"],
             ["Mock-up sections (PO line 1)", "2", "released, built"],
             ["Balance sections (PO line 2)", "16", "not released"],
         ]),
         ("p", "Stop: do not start anything further on this PO, including modifications to the 2 "
               "mock-up sections and any purchase of material, until this stop is lifted."),
         ("p", "The stop will be lifted only in writing by Eng. Tariq Mahmoud, Project Manager, after "
               "SLD Rev E is issued and a revised PO (Rev 1) is placed. Lifting the stop does not "
               "release the 16 balance sections; they still need the Code 1 on the mock-up and a "
               "written production release."),
         ("p", "Please acknowledge by return."),
         ("p", "Eng. Tariq Mahmoud, Project Manager, +971 4 555 0129"),
     ], author="Tariq Mahmoud"))])


# p17: PO says 3 sample pillars; later release email says 4 (folder) -> RG011
_p17_po = pdf([
    ("h1", "AL DHAID POWER DISTRIBUTION - PURCHASE ORDER"),
    ("p", "P.O. Box 5530, Al Dhaid, Sharjah, UAE"),
    ("p", "PO No. ADPD-PO-24-0266   Date: 16 May 2024   Supplier: Zhejiang Tianrui Electric Co., Ltd., Wenzhou"),
    ("table", [
        ["Item", "Description", "Qty", "Unit", "Unit price AED"],
        ["1", "LV distribution pillar 800 A, 10-way, GRP, IP55 - sample for type test", "3", "No.", "11,200.00"],
        ["2", "LV distribution pillar 800 A - balance (not released)", "57", "No.", "9,650.00"],
    ]),
    ("sp",),
    ("p", "Sample: 3 (three) pillars are released for manufacture and type testing at KEMA or CESI."),
    ("p", "Balance: the 57 pillars of item 2 are not released. They will be released only after "
          "acceptance of the type-test report and a written release by Eng. Hamad Al Suwaidi, "
          "Head of Procurement."),
    ("p", "Material authority: item 1 only."),
    ("p", "Eng. Hamad Al Suwaidi, Head of Procurement"),
], title="ADPD-PO-24-0266", author="ADPD Procurement")

_p17_mail_text = """Dear Ms. Amy,

Further to the kick-off call today: please release the 4 sample pillars for manufacture now, so
that they reach the test laboratory by the first week of August. Test witness from our side will
be Eng. Noura Al Ketbi.

Type-test programme: temperature rise, short-time withstand 50 kA 1 s, IP55, IK10 on the GRP
enclosure. Please send the test laboratory booking confirmation.

Regards,
Eng. Hamad Al Suwaidi
Head of Procurement
Al Dhaid Power Distribution
+971 6 555 0112"""
_p17_mail = eml_bytes(mail(
    "Hamad Al Suwaidi <hamad.suwaidi@adpd.ae>",
    "Amy Wang <amy.wang@tianrui-elec.cn>",
    "ADPD-PO-24-0266 - sample pillars - release for manufacture",
    "Tue, 28 May 2024 13:15:27 +0400", _p17_mail_text))
case("p17_po_3_release_mail_4", ["RG011"],
     "PO releases 3 sample pillars; the buyer's later release email releases 4 sample pillars",
     [("ADPD-PO-24-0266.pdf", _p17_po), ("ADPD-PO-24-0266_release_mail.eml", _p17_mail)])


# p18: PO body says two mock-up sections, table says 3 -> RG011
case("p18_po_words_vs_table", ["RG011"],
     "PO text releases two (2) mock-up sections but the order table line carries qty 3",
     [("NHC-4519_PO.pdf", pdf([
         ("h1", "NAJD HORIZON CONTRACTING"),
         ("p", "Al Malaz, Riyadh 12836, KSA"),
         ("h", "PURCHASE ORDER NHC-4519"),
         ("p", "Vendor: Ege Pano Sanayi ve Ticaret A.Ş., Izmir, Türkiye. Project: Riyadh Front Data "
               "Centre RUH-2, LV MDBs. Date: 12 June 2024. Quotation ref: EP-Q-2024-0231."),
         ("table", [
             ["Line", "Description", "Qty", "UoM", "Unit price EUR", "Amount EUR"],
             ["10", "Mock-up MDB section, 4000 A, Form 4b Type 6, incl. witness FAT", "3", "EA",
              "14.600,00", "43.800,00"],
         ]),
         ("sp",),
         ("p", "This PO releases two (2) mock-up MDB sections only."),
         ("p", "The remaining 20 MDB sections are not released. Their release needs the consultant's "
               "Code 1 on the mock-up and a written production release from Eng. Omar Al-Shehri, "
               "Procurement Manager."),
         ("p", "Material authority: mock-up sections only."),
         ("p", "Delivery: CFR Dammam, 7 weeks. Payment: 30% advance against ABG, balance 30 days "
               "after delivery. Warranty 24 months from energisation."),
         ("p", "Eng. Omar Al-Shehri, Procurement Manager"),
     ], title="NHC-4519", author="Najd Horizon Contracting"))])


# p19: call-off email says 12 boards, attached HTML call-off table totals 14 -> RG011
_p19_html = html_page("Call-off 2 - TDC-PO-11961", """<h2>Thameside Data Centres Ltd - Call-off 2</h2>
<p>PO TDC-PO-11961 &middot; Final distribution boards &middot; SLO-3 Level 2 &middot; Supplier: WroPanel S.A.</p>
<table>
<tr><th>Board ref</th><th>Type</th><th>Rating</th><th>Qty</th><th>Required on site</th></tr>
<tr><td>DB-L2-01 .. DB-L2-06</td><td>Type A, 24-way</td><td>250 A TP&amp;N</td><td>6</td><td>w/c 19/08/2024</td></tr>
<tr><td>DB-L2-07 .. DB-L2-12</td><td>Type B, 12-way</td><td>125 A TP&amp;N</td><td>6</td><td>w/c 19/08/2024</td></tr>
<tr><td>DB-L2-M1 .. DB-L2-M2</td><td>Mechanical services board</td><td>400 A TP&amp;N</td><td>2</td><td>w/c 26/08/2024</td></tr>
<tr><td colspan="3"><b>Total released under call-off 2</b></td><td><b>14</b></td><td></td></tr>
</table>""")
_p19_text = """Hi Piotr,

Call-off 2 under PO TDC-PO-11961 is attached: it covers 12 boards for Level 2, for delivery from
w/c 19 August.

All other boards on the PO remain not released until call-off 3, which I will issue after the
Level 2 installation check.

Please confirm dates for the FAT of the call-off 2 boards.

Thanks,
Oliver Grant
Procurement Lead, Thameside Data Centres Ltd
+44 1753 555 0148"""
case("p19_calloff_mail_vs_table", ["RG011"],
     "call-off email says 12 boards, attached call-off table releases 14",
     [("Call-off_2_TDC-PO-11961.eml", eml_bytes(mail(
         "Oliver Grant <oliver.grant@thameside-dc.co.uk>",
         "Piotr Zielinski <p.zielinski@wropanel.pl>",
         "Call-off 2 - TDC-PO-11961 - Level 2 boards",
         "Mon, 24 Jun 2024 08:55:13 +0100", _p19_text,
         attachments=[("Call-off_2_TDC-PO-11961.html", _p19_html, "text/html")])))])


# p20: release letter heading 40 m, text releases forty-five (45) metres -> RG011
case("p20_release_letter_40_vs_45", ["RG011"],
     "release letter heading and table say 40 m, body text releases forty-five (45) metres",
     [("VCP-BBT-Release-03.docx", docx_bytes([
         ("h1", "Release No. 3 - 40 m busbar trunking, Hall 2"),
         ("p", "Vriksha Cloud Parks Pvt. Ltd., Ambattur Industrial Estate, Chennai 600058"),
         ("p", "To: Xiamen Huaneng Busbar Co., Ltd., Xiamen, China. Attn: Ms. Lily Chen. "
               "PO: VCP-PO-2240 (busbar trunking 1600 A, Al, IP55). Date: 17.06.2024."),
         ("table", [
             ["Release", "Scope", "Quantity", "Status"],
             ["No. 1", "Hall 1 rising mains", "60 m", "delivered"],
             ["No. 2", "Hall 1 overhead runs", "85 m", "in transit"],
             ["No. 3", "Hall 2 overhead runs A-D", "40 m", "this release"],
         ]),
         ("p", "With this letter we hereby release forty-five (45) metres of busbar trunking with the "
               "fittings as per list H2-BBT-F Rev 1 for manufacture."),
         ("p", "All other quantities under the PO remain not released until Release No. 4, which will "
               "be issued by Rajesh Iyer, Head - Procurement, after the Hall 2 installation check."),
         ("p", "Material authority: as released."),
         ("p", "Rajesh Iyer, Head - Procurement"),
     ], author="Rajesh Iyer"))])


# p24: PM forwards (rfc822) a 180 m release and says it is for 240 m -> RG011
_p24_inner = mail(
    "Arjun Menon <arjun.menon@gulfcrest-em.ae>",
    "Lily Chen <lily.chen@xmhuaneng-busbar.cn>",
    "Release 2 - GCE-PO-24-0398 - cable ladder 450 mm",
    "Sun, 09 Jun 2024 10:20:00 +0400",
    """Dear Lily,

Release 2 under PO GCE-PO-24-0398: 180 m of cable ladder 450 mm, HDG, with the fittings on
list CHT-CL-R2, for Tower B levels B1-B2.

The balance of the PO is not released until Release 3, which will be issued by Eng. Tariq
Mahmoud after the B1-B2 installation check.

Regards,
Arjun Menon
Procurement Engineer, Gulf Crest Electromechanical LLC""",
    msgid="<h75-gce-rel2-0398@gulfcrest-em.ae>")
_p24_text = """Lily,

See Arjun's release below for 240 m of the 450 mm ladder, please proceed accordingly and ship it
with the next container to Jebel Ali. Site needs it by end of month.

Tariq

Eng. Tariq Mahmoud
Project Manager
Gulf Crest Electromechanical LLC
+971 4 555 0129"""
case("p24_forward_180_called_240", ["RG011"],
     "forwarded release (rfc822) releases 180 m; the forwarding project manager calls it a release "
     "for 240 m",
     [("Fwd_Release_2_GCE-PO-24-0398.eml", eml_bytes(mail(
         "Tariq Mahmoud <tariq.mahmoud@gulfcrest-em.ae>",
         "Lily Chen <lily.chen@xmhuaneng-busbar.cn>",
         "Fwd: Release 2 - GCE-PO-24-0398 - cable ladder 450 mm",
         "Mon, 10 Jun 2024 07:48:31 +0400", _p24_text,
         attachments=[("rfc822", _p24_inner)])))])


# p25: deposit treated as go-ahead for all 40 panels while PO released 4 -> RG011 + RG012
_p25_po = """PO NDC-PO-0618 - LV panels, Leeds LDS-2 data centre
- Released: 4 (four) pre-production LV panels for the FAT.
- The remaining 36 panels are not released. They need the FAT sign-off and a written
  production release from Hannah Cole, Procurement Director.
- 20% deposit on the order value per payment schedule PS-1."""
_p25_text = f"""Hi Emre,

Good news - the deposit cleared this morning (ref NDC-PAY-2291), so please take that as your
go-ahead for all 40 panels. We really need to hold the July slot at Gebze.

Can you send me the updated production programme by Friday?

Cheers,
Sam Patel
Commercial Manager
Northgate Data Centres Ltd, Wellington Place, Leeds LS1 4AP
+44 113 555 0162

> PO note as issued on 14/05/2024:
{q(_p25_po)}
"""
case("p25_deposit_goahead_all_40", ["RG011", "RG012"],
     "buyer treats the cleared deposit as go-ahead for all 40 panels while the PO releases 4",
     [("NDC-PO-0618_update.eml", eml_bytes(mail(
         "Sam Patel <sam.patel@northgate-dc.co.uk>",
         "Emre Kaya <emre.kaya@anadolupano.com.tr>",
         "NDC-PO-0618 - deposit cleared",
         "Wed, 12 Jun 2024 10:03:52 +0100", _p25_text, html=simple_html(_p25_text),
         cc="Hannah Cole <hannah.cole@northgate-dc.co.uk>")))])

# ------------------------------------------------------------------ batch 4
# p26: supplier letter: LC opened for full value, so fabrication of all 16 started -> RG012
case("p26_lc_opened_fabrication_started", ["RG012"],
     "supplier letter treats the LC opening as authority to plan all 16 units into production while "
     "the PO holds the 15 balance units",
     [("DSE-L-24-0388.pdf", pdf([
         ("h1", "DELTA SWITCHGEAR EGYPT S.A.E."),
         ("p", "Industrial Zone A2, 10th of Ramadan City, Sharqia, Egypt | Tel +20 15 555 0140 | "
               "www.deltaswitchgear.com.eg"),
         ("p", "Ref: DSE-L-24-0388    Date: 11 June 2024"),
         ("p", "To: Al Wusta Contracting Co., Riyadh. Attn: Eng. Abdullah Al-Qahtani, Procurement Manager."),
         ("p", "Subject: PO AWC-PO-5640 - MCC units, Al Kharj pumping station stage 2 - LC No. "
               "0455LC2400871"),
         ("p", "Dear Eng. Abdullah,"),
         ("p", "We thank you for opening the irrevocable Letter of Credit No. 0455LC2400871 through "
               "Saudi National Bank for the full contract value of SAR 1,318,000.00, advised to us by "
               "Commercial International Bank on 9 June 2024."),
         ("p", "Your PO lists 1 (one) mock-up MCC unit as released and the balance 15 units as on hold "
               "pending Code 1 and your written release, Eng. Abdullah. As the LC now secures the "
               "complete order, "
               "we have planned all 16 MCC units into our production programme from next week, in "
               "parallel with the mock-up, to gain time for your site delivery schedule."),
         ("p", "The mock-up unit will be ready for inspection on 2 July 2024. Kindly nominate the "
               "inspectors so that we may issue the invitation letters."),
         ("p", "Yours faithfully,"),
         ("p", "Eng. Karim Hosny, Sales & Projects Director, Delta Switchgear Egypt S.A.E."),
     ], title="DSE-L-24-0388", author="Delta Switchgear Egypt"))])


# p27: chat: supplier reads signed PO acceptance as go for mass production -> RG012
_p27 = """[05/06/2024, 10:12:40] Rami Haddad (Tihama): Amy, PO TBC-PO-2024-372 sent by email. 3 sample enclosures only (IP66, 1200x800x400). The 297 pcs are not released until sample sign-off and my written release
[05/06/2024, 10:30:02] Amy Wang (Tianrui): Received Mr. Rami, thank you!
[05/06/2024, 16:48:19] Amy Wang (Tianrui): PO signed and returned to you by email. Since the order is accepted now, we arrange mass production of the 300 pcs together with the samples, so delivery will be on time for your site 😊
[05/06/2024, 16:48:55] Amy Wang (Tianrui): Samples ready 20th June
[06/06/2024, 08:05:31] Rami Haddad (Tihama): Pls send the sample AWB when shipped
[06/06/2024, 08:07:12] Amy Wang (Tianrui): OK 👌
"""
case("p27_chat_po_accepted_mass_production", ["RG012"],
     "supplier treats the signed PO acceptance as authority to run mass production of 300; buyer "
     "released 3 samples only",
     [("WhatsApp Chat with Amy Wang Tianrui.txt", _p27)])


# p28: UK buyer: deposit gone through = green light on the boards -> RG002 + RG012
_p28_po = """PO NDC-PO-0633 - 2 (two) pre-production switchboard sections, LDS-2 Hall B.
The remaining 10 sections are not released until the FAT sign-off and a written production
release from Hannah Cole, Procurement Director. Deposit 20% on order."""
_p28_text = f"""Hi Piotr,

Deposit's gone through this morning, so consider that your green light on the boards.
Shout if you need anything from us for the FAT paperwork.

Cheers,
Sam

Sam Patel | Commercial Manager | Northgate Data Centres Ltd | +44 113 555 0162

On 20 May 2024, at 14:02, Sam Patel wrote:
{q(_p28_po)}
"""
case("p28_deposit_green_light", ["RG002", "RG012"],
     "buyer treats the deposit as the green light 'on the boards' with no quantity or sample scope",
     [("RE_NDC-PO-0633.eml", eml_bytes(mail(
         "Sam Patel <sam.patel@northgate-dc.co.uk>",
         "Piotr Zielinski <p.zielinski@wropanel.pl>",
         "RE: NDC-PO-0633 - deposit",
         "Mon, 03 Jun 2024 09:12:40 +0100", _p28_text)))])


# p30: portal status: advance paid -> balance line released automatically -> RG012
_p30_body = """<h2>Prakash Infra Projects Ltd &ndash; Vendor Portal</h2>
<p>PO <b>4100087501</b> &middot; Vendor: Sai Electro Controls, Pune &middot; Project: Nashik Warehouse WH-3 &middot; LT panels</p>
<table>
<tr><th>Line</th><th>Material</th><th>Description</th><th>Qty</th><th>UoM</th><th>Line status</th></tr>
<tr><td>10</td><td>LTP-PCC-1600</td><td>PCC panel 1600 A - sample</td><td>2</td><td>Nos</td><td>Released</td></tr>
<tr><td>20</td><td>LTP-PCC-1600</td><td>PCC panel 1600 A - production</td><td>98</td><td>Nos</td><td>Released for manufacture (advance paid)</td></tr>
</table>
<h3>Payment milestones</h3>
<table>
<tr><th>Milestone</th><th>%</th><th>Amount (INR)</th><th>Status</th><th>Effect</th></tr>
<tr><td>M1 Advance</td><td>10</td><td>42,63,000</td><td>Paid 03.06.2024 (UTR ICIC0524060312)</td><td>Line 20 set to &ldquo;Released for manufacture&rdquo;</td></tr>
<tr><td>M2 Against dispatch</td><td>80</td><td>3,41,04,000</td><td>Open</td><td>&ndash;</td></tr>
<tr><td>M3 After commissioning</td><td>10</td><td>42,63,000</td><td>Open</td><td>&ndash;</td></tr>
</table>
<p class="note">Status changes are generated automatically from the payment workflow. Contact: vendorhelp@prakashinfra.in</p>"""
case("p30_portal_advance_releases_line", ["RG012"],
     "vendor portal sets the 98-unit production line to released because the advance was paid",
     [("PO_4100087501_vendor_portal.html", html_page("PO 4100087501", _p30_body))])


# p32: German project lead: forecast 36 boards, count them as firmly ordered -> RG008
_p32_text = """Sehr geehrter Herr Nowak, dear Mr. Nowak,

as promised in Monday's call, below our forecast for phase 2 of FRA-6 (halls 3 and 4).

  Hall 3: UV-IT 630 A   12 boards   Q1/2025
  Hall 3: UV-Mech 400 A  6 boards   Q1/2025
  Hall 4: UV-IT 630 A   12 boards   Q2/2025
  Hall 4: UV-Mech 400 A  6 boards   Q2/2025
  Total phase 2:        36 boards

These figures are a forecast from our side, but you can count on them: please consider the 36
boards as firmly ordered and plan your production for Q1/Q2 accordingly.
Einkauf will do the paperwork in due course.

Mit freundlichen Grüßen
Stefan Vogel
Projektleiter Elektro
RheinMain Rechenzentrum Bau GmbH
Tel. +49 69 555 0197"""
_p32_html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrter Herr Nowak, dear Mr. Nowak,</p>
<p>as promised in Monday's call, below our forecast for phase 2 of FRA-6 (halls 3 and 4).</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Hall</th><th>Board type</th><th>Qty</th><th>Quarter</th></tr>
<tr><td>3</td><td>UV-IT 630 A</td><td>12</td><td>Q1/2025</td></tr>
<tr><td>3</td><td>UV-Mech 400 A</td><td>6</td><td>Q1/2025</td></tr>
<tr><td>4</td><td>UV-IT 630 A</td><td>12</td><td>Q2/2025</td></tr>
<tr><td>4</td><td>UV-Mech 400 A</td><td>6</td><td>Q2/2025</td></tr>
<tr><td colspan="2"><b>Total phase 2</b></td><td><b>36</b></td><td></td></tr>
</table>
<p>These figures are a forecast from our side, but you can count on them: please consider the 36
boards as firmly ordered and plan your production for Q1/Q2 accordingly.
Einkauf will do the paperwork in due course.</p>
<p>Mit freundlichen Grüßen<br>Stefan Vogel<br>Projektleiter Elektro<br>RheinMain Rechenzentrum Bau GmbH<br>Tel. +49 69 555 0197</p>
</body></html>
"""
case("p32_forecast_firmly_ordered", ["RG008"],
     "buyer's project lead calls a 36-board forecast firmly ordered and asks the supplier to plan "
     "production on it",
     [("FRA-6_Phase2_forecast.eml", eml_bytes(mail(
         "Stefan Vogel <s.vogel@rheinmain-rz.de>",
         "Tomasz Nowak <t.nowak@elektro-pol.pl>",
         "FRA-6 Phase 2 - Forecast Unterverteilungen",
         "Wed, 19 Jun 2024 17:40:03 +0200", _p32_text, html=_p32_html)))])


# p33: labelled forecast (HTML) + supplier confirmation treating it as an order -> RG008
_p33_fc = html_page("Q3 forecast BBT", """<h2>Vriksha Cloud Parks &ndash; Quarterly forecast Q3 FY24-25</h2>
<p>Supplier: Xiamen Huaneng Busbar Co., Ltd. &middot; Commodity: busbar trunking 1600/2500 A</p>
<div class="note">Forecast for capacity planning. Not a purchase order. No production release and no material authority.</div>
<table>
<tr><th>Month</th><th>Site</th><th>Rating</th><th>Forecast (m)</th></tr>
<tr><td>Jul-24</td><td>CHN-2 Hall 3</td><td>1600 A</td><td>600</td></tr>
<tr><td>Aug-24</td><td>CHN-2 Hall 4</td><td>1600 A</td><td>600</td></tr>
<tr><td>Sep-24</td><td>HYD-1 Hall 1</td><td>2500 A</td><td>600</td></tr>
<tr><td colspan="3"><b>Total Q3</b></td><td><b>1,800</b></td></tr>
</table>
<p>Issued by Vriksha Cloud Parks Pvt. Ltd., Procurement, Chennai.</p>""")
_p33_ack = pdf([
    ("h1", "ORDER CONFIRMATION XHB-OC-240702"),
    ("p", "Xiamen Huaneng Busbar Co., Ltd., No. 19 Tongji Road, Jimei District, Xiamen, China"),
    ("p", "Customer: Vriksha Cloud Parks Pvt. Ltd., Chennai. Date: 2024-07-02. Ref: your Q3 FY24-25 forecast."),
    ("table", [
        ["Month", "Rating", "Quantity", "Production week"],
        ["Jul-24", "1600 A", "600 m", "W28"],
        ["Aug-24", "1600 A", "600 m", "W32"],
        ["Sep-24", "2500 A", "600 m", "W36"],
    ]),
    ("sp",),
    ("p", "We confirm your order for 1,800 m busbar trunking as per your Q3 forecast and have "
          "scheduled production in weeks 28, 32 and 36 as above."),
    ("p", "Prices as per rate contract VCP-RC-2024-BBT. Lily Chen, Overseas Sales."),
], title="XHB-OC-240702", author="Xiamen Huaneng")
case("p33_confirmation_of_forecast", ["RG008"],
     "buyer's labelled Q3 forecast; supplier confirms it as an order for 1,800 m and schedules production",
     [("VCP_Q3_forecast_BBT.html", _p33_fc), ("XHB-OC-240702.pdf", _p33_ack)])


# p35: QBR minutes: forecast 120 PDUs recorded as confirmed order qty; 'approved' used for
#      technical and commercial -> RG008 + RG009
case("p35_qbr_minutes_forecast_confirmed", ["RG008", "RG009"],
     "minutes record the 2025 forecast of 120 PDUs as confirmed order quantity; 'approved' used for "
     "the sample PDU (technical) and for pricing (commercial)",
     [("QBR_Q2-2024_Northgate_Anadolu.docx", docx_bytes([
         ("h1", "Quarterly Business Review - Q2 2024"),
         ("p", "Northgate Data Centres Ltd / Anadolu Elektrik Pano Ltd. Şti. - 26 June 2024 - Leeds"),
         ("p", "Present: Hannah Cole, Sam Patel, Ian Rowe (Northgate); Emre Kaya, Selin Aydın (Anadolu)."),
         ("h", "1. Sample PDU (LDS-2 Hall B)"),
         ("p", "Sample PDU approved after the witness test on 19 June. Two labelling comments closed."),
         ("h", "2. Pricing 2025"),
         ("p", "Revised price list AEP-PL-2025-02 approved by Northgate commercial, copper basis LME "
               "9.400 USD/t with +/- 5% band."),
         ("h", "3. Demand 2025"),
         ("p", "Northgate presented its 2025 forecast of 120 PDUs (LDS-2 Halls C/D and MAN-1). "
               "Agreed that Anadolu treats the 120 PDUs as the confirmed order quantity for 2025 and "
               "plans its line capacity on that basis."),
         ("table", [
             ["Site", "Hall", "PDUs 2025"],
             ["LDS-2", "C", "40"],
             ["LDS-2", "D", "40"],
             ["MAN-1", "1", "40"],
         ]),
         ("h", "4. Logistics"),
         ("p", "Ro-Ro via Zeebrugge continues; Anadolu to quote DDP alternative by 15 July."),
         ("p", "Minutes: Ian Rowe, Supply Chain Analyst."),
     ], author="Ian Rowe"))])


# p36: DISCOM LOI: estimated quantity to be treated as firm order quantity -> RG008
_p36 = """KAVERI POWER DISTRIBUTION COMPANY LIMITED
(A Government of Karnataka Undertaking)
Corporate Office, K.R. Circle, Bengaluru - 560 001
---------------------------------------------------------------------------------
No. KPDCL/CEE(P&M)/LOI/2024-25/117                          Date: 21.06.2024

To
M/s Sahyadri Enclosures Pvt. Ltd.
Plot 44, Udyambag Industrial Area, Belagavi - 590 008

LETTER OF INTENT

Sub : Supply of LT Feeder Pillar Boxes (Distribution Pillars), 400 A, 6-way,
      CRCA/SMC, IP 55, as per KPDCL Spec. No. KPDCL/SPEC/LT/FP-2023 Rev 2.
Ref : 1) Tender No. KPDCL/PM/T-44/2023-24 dt. 12.02.2024
      2) Your offer dt. 04.03.2024 and negotiation dt. 28.05.2024

---------------------------------------------------------------------------------
SL  DESCRIPTION                                   QTY       UNIT   RATE (RS)
--- -------------------------------------------- --------- ------ -------------
1   LT FEEDER PILLAR BOX 400A 6-WAY, IP55           500*   NOS      38,750.00
---------------------------------------------------------------------------------
* Quantity is estimated, based on the projected requirement of the O&M circles
  for FY 2024-25, and is subject to variation as per actual field requirement.

1. The estimated quantity of 500 Nos. shall be treated as the firm order
   quantity for the purpose of production planning by the firm.
2. Drawings: the firm shall submit GA drawings and type test reports within
   15 days of this LOI for scrutiny by the CEE (P&M).
3. Delivery: as per the despatch instructions of the respective circles.
4. Performance security: 5% of the contract value within 15 days.
5. Detailed purchase order shall follow.

                                          Chief Engineer (Procurement & MM)
                                          KPDCL, Bengaluru
"""
case("p36_discom_loi_estimated_as_firm", ["RG008"],
     "utility LOI: estimated (forecast) 500 Nos to be treated as the firm order quantity for "
     "production planning",
     [("KPDCL_LOI_117_feeder_pillars.txt", _p36)])


# p37: 'approved' and 'release' each used for drawing, finance/PO and production -> RG009
_p37_text = """Dear Eng. Ahmed,

Status update on the SS-09 MCC package, as requested.

1. GA and SLD Rev C are approved by the consultant (Code 1), letter attached to the transmittal.
2. Approval of the PO is still with our finance department. Once it is approved, we will
   release the PO to you, expected next week.
3. The 1 mock-up MCC unit stays released under our LOI NHC-LOI-0217 as before.
4. The remaining 11 MCC units are on hold until the mock-up receives Code 1 and I issue the
   production release in writing.

Please keep the inspection date of 18 June.

Regards,
Eng. Omar Al-Shehri
Procurement Manager
Najd Horizon Contracting, Riyadh
+966 11 555 0177"""
case("p37_status_update_approval_release_mixed", ["RG009"],
     "one mail uses 'approved' for consultant drawing approval and finance PO approval, and "
     "'release' for issuing the PO and for production release",
     [("SS-09_MCC_status_update.eml", eml_bytes(mail(
         "Omar Al-Shehri <o.alshehri@najdhorizon.sa>",
         "Ahmed Samir <a.samir@nilepowerpanels.com.eg>",
         "SS-09 MCC package - status update",
         "Sun, 09 Jun 2024 09:20:15 +0300", _p37_text)))])


# p38: mock-up approved, VO approved (technical vs commercial) -> RG009
_p38_vo = docx_bytes([
    ("h1", "Variation Order VO-11"),
    ("p", "Project: Creek Harbour Tower D. Contractor: Gulf Crest Electromechanical LLC. "
          "Subcontract PO: GCE-PO-24-0458 (MCC sections, Shree Ganesh Switchgear)."),
    ("table", [
        ["Item", "Description", "Qty", "Amount AED"],
        ["1", "Additional MCC sections for chilled water pumps CHWP-7/8", "2", "96,400.00"],
    ]),
    ("p", "Client approval: approved by the Employer's Representative on 18 June 2024."),
    ("p", "This VO adjusts the subcontract value. It does not by itself release production."),
], author="Gulf Crest QS")
_p38_text = """Dear Ketan ji,

Good news on two fronts: the MCC mock-up section got approved by the consultant on Tuesday, and
the VO for the 2 extra sections (CHWP-7/8) is approved by the client as well - VO-11 attached.

Production release for the balance 15 MCC sections (13 original + 2 from VO-11) will come
separately from Eng. Tariq Mahmoud once our revised PO Rev 1 is out. Until then only the 1 (one)
mock-up section is released.

Please update your site delivery schedule for the 15 sections assuming a release in week 27.

Regards,
Arjun Menon
Procurement Engineer
Gulf Crest Electromechanical LLC, Dubai
+971 4 555 0133"""
case("p38_mockup_and_vo_approved", ["RG009"],
     "'approved' used for the consultant's mock-up approval and the client's commercial VO approval "
     "in the same message; scope otherwise complete",
     [("GCE-PO-24-0458_mockup_and_VO-11.eml", eml_bytes(mail(
         "Arjun Menon <arjun.menon@gulfcrest-em.ae>",
         "Ketan Patel <ketan.patel@shreeganeshswitchgear.in>",
         "GCE-PO-24-0458 - mock-up approved / VO-11",
         "Thu, 20 Jun 2024 15:02:44 +0400", _p38_text, html=simple_html(_p38_text),
         attachments=[("VO-11_GCE-PO-24-0458.docx", _p38_vo, DOCX_MT)])))])


# p60: mock-up approved and commercial offer approved - please proceed -> RG002 + RG009
_p60_po = """PO SDC-PO-0829 - MCC-DH6:
- Released: 1 (one) mock-up MCC section.
- Balance 11 sections not released. Release needs consultant Code 1 on the mock-up and a
  written production release from Eng. Faisal Al Hammadi.
- Material: mock-up only."""
_p60_text = f"""Dear Emre Bey,

Good news: your mock-up is approved and your revised commercial offer AEP-Q-24-0519 Rev 2 is
approved as well. Please proceed.

Kind regards,
Meera Pillai
Senior Buyer
Sahra Data Centres FZ-LLC, Dubai South
+971 4 555 0131

From: Meera Pillai
Sent: Tuesday, 14 May 2024 11:30
To: Emre Kaya
Subject: PO SDC-PO-0829 - MCC-DH6 mock-up

{q(_p60_po)}
"""
case("p60_approved_approved_proceed", ["RG002", "RG009"],
     "'approved' for the mock-up (technical) and the commercial offer, then an unscoped 'please proceed'",
     [("RE_SDC-PO-0829_mockup_offer.eml", eml_bytes(mail(
         "Meera Pillai <meera.pillai@sahra-dc.ae>",
         "Emre Kaya <emre.kaya@anadolupano.com.tr>",
         "RE: PO SDC-PO-0829 - MCC-DH6 mock-up",
         "Mon, 17 Jun 2024 13:45:09 +0400", _p60_text, html=simple_html(_p60_text))))])


# p61: German letter: sample release / order release / series release -> RG009
case("p61_freigabe_three_meanings", ["RG009"],
     "'release' (Freigabe) used for sample approval, commercial order release and series production "
     "release; scope otherwise complete",
     [("RMB_Freigabe_UV-M_Schreiben.pdf", pdf([
         ("h1", "RheinMain Rechenzentrum Bau GmbH"),
         ("p", "Einkauf - Hanauer Landstraße 291 - 60314 Frankfurt am Main"),
         ("p", "WroPanel S.A., ul. Fabryczna 16, 53-609 Wrocław. Frankfurt, 21.06.2024."),
         ("h", "Order RMB-4500-0915 - Unterverteilungen UV-M - Freigabestatus / release status"),
         ("p", "Sehr geehrte Damen und Herren, dear Mr. Zieliński,"),
         ("p", "Sample release (Musterfreigabe): the 2 sample boards UV-M-01 and UV-M-02 received "
               "the sample release from our QA on 20.06.2024 after the witness test."),
         ("p", "Order release (Bestellfreigabe): the release of the revised order RMB-4500-0915 "
               "Rev. 1 for the series boards is with our purchasing committee and expected in KW 27."),
         ("p", "Series release (Serienfreigabe): the 38 remaining boards UV-M-03 to UV-M-40 are not "
               "released. Their series release follows in writing from Jens Hoffmann, Leiter Einkauf, "
               "after the order release."),
         ("p", "Currently released: the 2 sample boards only. No material for series boards may be "
               "bought before the series release."),
         ("p", "Mit freundlichen Grüßen, Jens Hoffmann, Leiter Einkauf"),
     ], title="Freigabestatus UV-M", author="Jens Hoffmann"))])


# p41: UAE PM after mock-up inspection: green light from our side -> RG002
_p41_po = """PO GCE-PO-24-0466 (Creek Harbour Tower D, LV MDBs):
- Released: 2 (two) mock-up sections.
- Balance 18 sections not released. Release needs the consultant's Code 1 on the mock-up and
  a written release from Eng. Tariq Mahmoud, Project Manager.
- Material authority: the 2 mock-up sections."""
_p41_text = f"""Dear Selim,

Thanks for the arrangements at the Jebel Ali warehouse today. The consultant's inspector closed
all his comments on site (IP2X shrouds, ferrules, earth bar labels). Photos in the shared folder.

Green light from our side 👍

Please send the invoice for the inspection visit separately, not with the panel invoice.

Regards,
Eng. Tariq Mahmoud
Project Manager
Gulf Crest Electromechanical LLC
+971 4 555 0129

-----Original Message-----
From: Arjun Menon
Sent: 22 May 2024 09:10
Subject: PO GCE-PO-24-0466

{q(_p41_po)}
"""
case("p41_green_light_after_inspection", ["RG002"],
     "after the mock-up inspection the PM gives a 'green light' with no quantity or sample scope",
     [("Mockup_inspection_CHT-D_MDB.eml", eml_bytes(mail(
         "Tariq Mahmoud <tariq.mahmoud@gulfcrest-em.ae>",
         "Selim Demir <selim.demir@egepano.ae>",
         "CHT-D MDB mock-up inspection - today",
         "Tue, 18 Jun 2024 18:22:05 +0400", _p41_text, html=simple_html(_p41_text),
         cc="Arjun Menon <arjun.menon@gulfcrest-em.ae>")))])


# p42: Indian buyer: sample DB OK, kindly proceed further -> RG002
_p42_po = """PO 4100087522 - Final DBs, Pune IT Park Tower 4:
- Released: 2 (two) sample DBs (TPN 12-way, IP43).
- Balance 206 DBs not released. They will be released by a revised PO from Sneha Kulkarni
  (Manager - Procurement) after the sample sign-off.
- Material: sample DBs only."""
_p42_sup = """Dear Sir,

Sample DBs are ready for your inspection at our Bhosari works on Monday 10th June, 11 am.
Kindly confirm.

Regards,
Ravi Deshmukh, Sai Electro Controls"""
_p42_text = f"""Dear Ravi ji,

Sample DBs inspected at your works today along with our MEP consultant, found OK. Minor
observations: door earthing braid, and legend plates in English + Marathi as per client.

Kindly proceed further at the earliest.

Thanks & regards,
Vikram Joshi
Sr. Engineer - Projects (Electrical)
Prakash Infra Projects Ltd, Pune site office
+91 98230 55509

On Fri, 7 Jun 2024, 17:21 Ravi Deshmukh <ravi@saielectrocontrols.co.in> wrote:
{q(_p42_sup)}
>
>> PO remarks (Sneha Kulkarni, 28.05.2024):
{q(_p42_po, 2)}
"""
case("p42_kindly_proceed_further", ["RG002"],
     "after sample inspection the buyer's engineer writes 'kindly proceed further' with no scope",
     [("RE_Sample_DB_inspection_Bhosari.eml", eml_bytes(mail(
         "Vikram Joshi <vikram.joshi@prakashinfra.in>",
         "Ravi Deshmukh <ravi@saielectrocontrols.co.in>",
         "RE: Sample DB inspection - Bhosari - PO 4100087522",
         "Mon, 10 Jun 2024 16:55:31 +0530", _p42_text,
         cc="Sneha Kulkarni <sneha.kulkarni@prakashinfra.in>")))])


# p43: UK site chat: FAT witnessed, you're good to run -> RG002
_p43 = """[12/06/2024, 07:58] Claire Whitfield (Pennine Buying): Morning all. Reminder PO PME-24-3390 is 2 pre-production boards (DB-L4-01/02) only. Remaining 10 boards not released until FAT sign-off and my written production release
[12/06/2024, 08:03] Tomasz Nowak (Elektro-Pol): Noted Claire 👍 FAT tomorrow 9:00
[13/06/2024, 09:12] Daniel Hughes (Pennine PM): At the works now, FAT started
[13/06/2024, 13:40] Daniel Hughes (Pennine PM): Insulation and functional tests done, couple of labels to change
[13/06/2024, 15:05] Daniel Hughes (Pennine PM): All good from me Tomasz, you're good to run 👌
[13/06/2024, 15:07] Tomasz Nowak (Elektro-Pol): Thanks Daniel!
[13/06/2024, 15:30] Gary Holt (Pennine Site): Can we get the boards for L4 riser by 1st July?
[13/06/2024, 15:41] Tomasz Nowak (Elektro-Pol): Will check with planning and come back
"""
case("p43_chat_good_to_run", ["RG002"],
     "site chat: after the FAT the package manager says 'you're good to run' with no quantity or scope",
     [("WhatsApp Chat - Salford L4 boards.txt", _p43)])


# p62: KSA chat: mock-up PO with no balance wording, then unscoped go-ahead -> RG002-RG005
_p62 = """[02/06/2024, 09:15:22] Omar Al-Shehri (Najd Horizon): Salam all. PO NHC-4530 issued today to Nile Power Panels for 1 mock-up MCC unit, KSP SS-11. Copy sent by email to Eng. Ahmed
[02/06/2024, 09:20:47] Ahmed Samir (Nile Power): Wa alaikum salam, received with thanks 🙏
[02/06/2024, 09:22:10] Ahmed Samir (Nile Power): GA drawings will be submitted Thursday
[20/06/2024, 14:02:31] Yousef Al-Harbi (Najd Horizon Site): Mock-up inspected today at 10th of Ramadan with the consultant
[20/06/2024, 14:03:05] Yousef Al-Harbi (Najd Horizon Site): Mock-up ok from our side, go ahead 👍
[20/06/2024, 14:05:40] Ahmed Samir (Nile Power): Thank you Eng. Yousef, will inform the factory
[20/06/2024, 14:10:12] Omar Al-Shehri (Najd Horizon): Inspection report pls by email
"""
case("p62_chat_mockup_ok_go_ahead", ["RG002", "RG003", "RG004", "RG005"],
     "chat: mock-up PO never says the balance is held, names no unlock event or releaser; site then "
     "writes an unscoped 'go ahead'",
     [("WhatsApp Chat - KSP SS-11 MCC.txt", _p62)])

# ------------------------------------------------------------------ batch 5
# a1: sample PO shows project quantity 150 beside 2 samples, nothing on balance -> RG001,3,4,5
case("a01_po_project_qty_unlabelled", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 2 sample DBs prints the project quantity 150 with no 'not released' wording; no hold, "
     "no unlock event, no releaser",
     [("DHDP-PO-24-0712.pdf", pdf([
         ("h1", "DECCAN HYPERSCALE DATA PARKS PVT. LTD."),
         ("p", "Survey No. 83, Gachibowli, Hyderabad 500032, Telangana | GSTIN 36AAGCD5550K1ZQ"),
         ("h", "PURCHASE ORDER"),
         ("table", [
             ["PO No.", "DHDP-PO-24-0712", "PO Date", "05.06.2024"],
             ["Vendor", "Surya Switchgear & Controls, SIPCOT Phase II, Hosur 635109", "Vendor code", "V-20418"],
             ["Project", "HYD-DC2, Building A - final distribution", "Offer ref.", "SSC/Q/24/311 dt. 22.05.2024"],
             ["Project quantity", "150 Nos", "Sample quantity", "2 Nos"],
         ]),
         ("sp",),
         ("table", [
             ["Sl.", "Description", "Qty", "UoM", "Rate (INR)", "Amount (INR)"],
             ["1", "Final distribution board, TPN, 18-way, 125 A incomer, IP43, powder coated RAL 7035 - "
                   "sample for mock-up room", "2", "Nos", "48,600.00", "97,200.00"],
             ["", "GST 18%", "", "", "", "17,496.00"],
             ["", "Total", "", "", "", "1,14,696.00"],
         ]),
         ("sp",),
         ("p", "Terms: Delivery within 3 weeks to HYD-DC2 site stores, Gate 3. Payment: 100% within 45 "
               "days from receipt of material and invoice. Warranty: 18 months from supply or 12 months "
               "from commissioning, whichever is earlier. Test certificates and GA drawing to accompany "
               "the supply."),
         ("p", "Contact for technical queries: Mr. Venkat Rao, MEP Manager, +91 90000 55521."),
         ("p", "For DECCAN HYPERSCALE DATA PARKS PVT. LTD. - Authorised Signatory"),
     ], title="DHDP-PO-24-0712", author="Deccan Hyperscale Procurement"))])


# a2: email with PO (mock-up) and quote (20 panels) attached, nothing on balance -> RG001,3,4,5
_a2_po = pdf([
    ("h1", "AL DHAID POWER DISTRIBUTION"),
    ("p", "P.O. Box 5530, Al Dhaid, Sharjah, UAE"),
    ("h", "Purchase Order ADPD-PO-24-0281"),
    ("p", "Supplier: Nile Power Panels S.A.E., 10th of Ramadan City, Egypt. Date: 4 June 2024. "
          "Project: 33/11 kV substation Al Madam - LV auxiliary panels. Offer: NPP-Q-24-0455."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price AED", "Total AED"],
        ["1", "Mock-up LV auxiliary AC distribution panel, 400 A, Form 3b, IP54", "1", "42,300.00",
         "42,300.00"],
    ]),
    ("sp",),
    ("p", "Delivery: DAP Al Madam substation store, 8 weeks. Inspection at works by ADPD and the "
          "consultant. Payment: 30 days after delivery."),
    ("p", "Eng. Hamad Al Suwaidi, Head of Procurement"),
], title="ADPD-PO-24-0281", author="ADPD")
_a2_quote = pdf([
    ("h1", "NILE POWER PANELS S.A.E. - OFFER NPP-Q-24-0455"),
    ("p", "To: Al Dhaid Power Distribution. Date: 20 May 2024. Validity: 90 days."),
    ("table", [
        ["Pos", "Description", "Qty", "Unit price AED"],
        ["1", "Mock-up LV auxiliary AC distribution panel", "1", "42,300.00"],
        ["2", "LV auxiliary AC distribution panels, series (11 substations)", "20", "36,950.00"],
        ["3", "DC distribution boards 110 V DC", "20", "18,400.00"],
    ]),
    ("sp",),
    ("p", "Delivery: 8 weeks for mock-up; series 12 weeks. Eng. Ahmed Samir, Sales Engineer - Export."),
], title="NPP-Q-24-0455", author="Nile Power Panels")
_a2_text = """Dear Eng. Ahmed,

Please find attached our PO ADPD-PO-24-0281 for the mock-up LV auxiliary panel, together with your
offer NPP-Q-24-0455 for the complete package.

Kindly acknowledge the PO and send the GA drawing of the mock-up within 2 weeks. Inspection will be
at your works with our consultant.

Regards,
Eng. Hamad Al Suwaidi
Head of Procurement
Al Dhaid Power Distribution
+971 6 555 0112"""
case("a02_po_and_offer_attached", ["RG001", "RG003", "RG004", "RG005"],
     "email sends the mock-up PO with the offer for 20 + 20 series panels; nothing says the series is "
     "not released, no unlock event, no releaser",
     [("ADPD-PO-24-0281_mockup_panel.eml", eml_bytes(mail(
         "Hamad Al Suwaidi <hamad.suwaidi@adpd.ae>",
         "Ahmed Samir <a.samir@nilepowerpanels.com.eg>",
         "PO ADPD-PO-24-0281 - mock-up LV auxiliary panel - Al Madam",
         "Tue, 04 Jun 2024 12:40:18 +0400", _a2_text,
         attachments=[("ADPD-PO-24-0281.pdf", _a2_po, PDF_MT),
                      ("NPP-Q-24-0455.pdf", _a2_quote, PDF_MT)])))])


# a3: ERP PO printout with quote reference (1 sample + 15 MCC) + quote (folder) -> RG001,3,4,5
_a3_po = """TIHAMA BUILDING CONTRACTING CO.                                  PURCHASE ORDER
AL RAWDAH DISTRICT, JEDDAH 23434                                 PAGE 1 OF 1
-----------------------------------------------------------------------------------
PO NO      : TBC-PO-2024-388          DATE  : 16-JUN-2024        CURR : SAR
SUPPLIER   : 300522 DELTA SWITCHGEAR EGYPT S.A.E.
PROJECT    : JCM-P2  JEDDAH CORNICHE MIXED USE - PODIUM 2
QUOTE REF  : DSE-Q-24-0712  (1 SAMPLE + 15 MCC)
-----------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                          QTY  UOM    UNIT PRICE
--- ------------- ----------------------------------- ---- ---- -------------
010 MCC-JCM-S1    SAMPLE MCC UNIT, 9 CUBICLES, 415V      1   EA     96,300.00
-----------------------------------------------------------------------------------
DELIVERY   : DAP JEDDAH SITE, 8 WEEKS
PAYMENT    : 30% ADVANCE AGAINST ABG, 70% 30 DAYS AFTER DELIVERY
DOCUMENTS  : GA, SLD, TYPE TEST CERTS IEC 61439-1/-2, FAT PROCEDURE
INSPECTION : FAT AT SUPPLIER WORKS, 10 DAYS NOTICE
-----------------------------------------------------------------------------------
AUTHORISED SIGNATORY                   PRINTED 16-JUN-2024 10:44   SYS: SAP-MM
"""
_a3_quote = pdf([
    ("h1", "DELTA SWITCHGEAR EGYPT - QUOTATION DSE-Q-24-0712"),
    ("p", "To: Tihama Building Contracting Co., Jeddah. Attn: Eng. Rami Haddad. Date: 2 June 2024."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price SAR"],
        ["1", "Sample MCC unit, 9 cubicles, 415 V, 50 kA", "1", "96,300.00"],
        ["2", "MCC units, same design, for Podium 2 plant rooms", "15", "88,700.00"],
    ]),
    ("sp",),
    ("p", "Lead time: sample 8 weeks; series 12-14 weeks. Eng. Karim Hosny, Sales & Projects Director."),
], title="DSE-Q-24-0712", author="Delta Switchgear Egypt")
case("a03_erp_po_quote_ref_15", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO header cites the quote as '1 SAMPLE + 15 MCC' and the quote is in the folder; no "
     "hold, unlock event or releaser",
     [("TBC-PO-2024-388_print.txt", _a3_po), ("DSE-Q-24-0712.pdf", _a3_quote)])


# a10: portal PO for 3 pre-production enclosures under a 600 programme quantity -> RG001,3,4,5
_a10_body = """<h2>Northgate Data Centres Ltd &ndash; Supplier Portal</h2>
<table>
<tr><th>PO</th><td>NDC-PO-0655</td><th>Issued</th><td>11/06/2024</td></tr>
<tr><th>Supplier</th><td>Ningbo Hengda Enclosure Co., Ltd.</td><th>Programme</th><td>LDS-2 / MAN-1 rack power enclosures</td></tr>
<tr><th>Programme quantity</th><td>600 enclosures</td><th>Incoterm</th><td>FOB Ningbo</td></tr>
</table>
<h3>Order lines</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit price (USD)</th><th>Need by</th></tr>
<tr><td>1</td><td>NDC-ENC-2080-60</td><td>Floor-standing enclosure 2000x800x600, IP55, RAL 7035 &ndash; pre-production</td><td>3</td><td>640.00</td><td>19/07/2024</td></tr>
</table>
<p>Ship samples by air (DAP Leeds). Commercial invoice and packing list to accounts@northgate-dc.co.uk.</p>
<p>Buyer: Sam Patel &middot; sam.patel@northgate-dc.co.uk</p>"""
case("a10_portal_programme_qty", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 3 pre-production enclosures shows a 600 programme quantity with no 'not released' "
     "wording; no hold, unlock event or releaser",
     [("NDC-PO-0655_portal.html", html_page("NDC-PO-0655", _a10_body))])


# a4: full release of the 16 PO sections, attached schedule shows 20 without label -> RG001
case("a04_release_all_16_schedule_20", ["RG001"],
     "release covers all 16 sections on the PO; the schedule beside it totals 20 sections with "
     "nothing saying the 4 for Building B are informational or not released",
     [("PME-24-3402_Release_for_Fabrication_01.docx", docx_bytes([
         ("h1", "Release for Fabrication No. 1"),
         ("p", "Pennine M&E Services Ltd, Trafford Park, Manchester. To: WroPanel S.A., Wrocław."),
         ("p", "PO: PME-24-3402 - MCC sections, Media City Energy Centre. Date: 24/06/2024."),
         ("p", "All 16 MCC sections on this PO (MCC-A-01 to MCC-A-16) are released for fabrication "
               "to drawing set MCE-MCC-100 Rev 3. This is the full PO quantity."),
         ("p", "FAT: witnessed, two weeks' notice. Delivery: w/c 02/09/2024, DDP site."),
         ("h", "Panel schedule (from SLD MCE-E-001 Rev D)"),
         ("table", [
             ["Board", "Location", "Sections", "Rating"],
             ["MCC-A", "Energy Centre, Building A", "16", "2500 A, 50 kA"],
             ["MCC-B", "Energy Centre, Building B", "4", "800 A, 36 kA"],
             ["Total", "", "20", ""],
         ]),
         ("p", "Claire Whitfield, Senior Buyer"),
     ], author="Claire Whitfield"))])


# a5: chat: start the sample units, no quantity, nothing else -> RG003,4,5,10
_a5 = """[21/05/2024, 10:02:17] Sanjay Nair (Sahra DC MEP): Nilesh bhai, pls start the sample units for the mock-up room as discussed, drawings sent on mail yesterday
[21/05/2024, 10:05:44] Nilesh Shah (Shree Ganesh): Ok sir, noted. Paint shade same as DH2?
[21/05/2024, 10:07:02] Sanjay Nair (Sahra DC MEP): Yes RAL 7035. Need them here before Eid
[21/05/2024, 10:07:40] Nilesh Shah (Shree Ganesh): 👍 will try sir, shipping by air then
[21/05/2024, 10:15:09] Sanjay Nair (Sahra DC MEP): Air is ok, send AWB to Meera also
[22/05/2024, 18:31:55] Nilesh Shah (Shree Ganesh): Sheet metal cutting started for the samples
[22/05/2024, 18:32:20] Nilesh Shah (Shree Ganesh): <Media omitted>
"""
case("a05_chat_start_sample_units", ["RG003", "RG004", "RG005", "RG010"],
     "chat asks to start 'the sample units' with no quantity; nothing on the balance, unlock event "
     "or releaser",
     [("WhatsApp Chat - DH7 mock-up room.txt", _a5)])


# a6: go ahead with the mock-up panels, rest held: no quantity anywhere -> RG010
_a6_text = """Dear Emre,

Following the clarification meeting yesterday, please go ahead with the mock-up panels for the
consultant's inspection, per GA drawings TBC-E-MCC-210 Rev B.

The remaining MCC panels stay on hold until the mock-up receives Code 1 from the consultant and I
confirm the release in writing. Material for the remaining panels is not authorised.

Inspection will be at your Gebze works; please propose two dates in the second half of July.

Best regards,
Eng. Rami Haddad
Procurement Manager
Tihama Building Contracting Co., Jeddah
+966 12 555 0188"""
case("a06_goahead_mockup_panels_no_qty", ["RG010"],
     "go-ahead scoped to 'the mock-up panels' but no quantity is stated anywhere; hold, event and "
     "releaser present",
     [("JCM_Podium1_MCC_mockup.eml", eml_bytes(mail(
         "Rami Haddad <r.haddad@tihama-bc.sa>",
         "Emre Kaya <emre.kaya@anadolupano.com.tr>",
         "JCM Podium 1 - MCC mock-up panels",
         "Mon, 03 Jun 2024 11:18:40 +0300", _a6_text)))])


# a7: call-off for Level 3 boards without quantity; hold until further notice -> RG004 + RG010
case("a07_calloff_level3_until_notice", ["RG004", "RG010"],
     "call-off for 'Level 3 boards' states no quantity; others held 'until further notice' with a "
     "named person but no unlock event",
     [("PME-24-3418_Call-off_L3.docx", docx_bytes([
         ("h1", "Call-off - Level 3 final distribution boards"),
         ("p", "Pennine M&E Services Ltd. To: Elektro-Pol Rozdzielnice Sp. z o.o., Łódź."),
         ("p", "PO: PME-24-3418 - Salford Quays Block D. Date: 01/07/2024."),
         ("p", "Please manufacture the Level 3 final distribution boards as listed for Level 3 in DB "
               "schedule PME-D-DB-001 Rev F, to drawing set PME-D-DB-200 Rev 2."),
         ("p", "All other levels remain on hold until further notice. Only Claire Whitfield (Senior "
               "Buyer) can lift this hold."),
         ("table", [
             ["Item", "Requirement"],
             ["Labels", "Board ref + circuit chart in door pocket"],
             ["Testing", "Routine tests per BS EN 61439-1 cl. 11; test sheets with delivery"],
             ["Delivery", "DDP Salford Quays Block D, gate 2, booked 48 h ahead"],
         ]),
         ("p", "Claire Whitfield, Senior Buyer, 0161 555 0172"),
     ], author="Claire Whitfield"))])


# a8: release Zone A containment without quantity; no named releaser -> RG005 + RG010
case("a08_zone_a_release_no_qty", ["RG005", "RG010"],
     "releases 'Zone A containment' without a quantity; zones B-D held until revised PO but nobody "
     "named to release them",
     [("NDC-CT-Release-ZoneA.pdf", pdf([
         ("h1", "Northgate Data Centres Ltd"),
         ("p", "Wellington Place, Leeds LS1 4AP"),
         ("h", "Release for fabrication - cable containment, Zone A"),
         ("p", "To: Korytka Bałtyk Sp. z o.o., Gdańsk. PO: NDC-PO-0671 (cable ladder and perforated "
               "tray, HDG). Site: LDS-2 Hall C. Date: 25/06/2024."),
         ("p", "We release the Zone A cable containment for fabrication: ladder and perforated trays "
               "as shown on layout NDC-E-CT-101 Rev 3, with the fittings on the same drawing."),
         ("p", "Zones B, C and D are not released. They will be released by a revised PO after the "
               "Zone A installation check."),
         ("table", [
             ["Zone", "Drawing", "Status"],
             ["A", "NDC-E-CT-101 Rev 3", "released for fabrication"],
             ["B", "NDC-E-CT-102 Rev 1", "not released"],
             ["C", "NDC-E-CT-103 Rev 1", "not released"],
             ["D", "NDC-E-CT-104 Rev 0", "not released"],
         ]),
         ("sp",),
         ("p", "Procurement Department, Northgate Data Centres Ltd"),
     ], title="Release Zone A", author="Northgate Procurement"))])


# a9: utility asks for type-test samples without a number; balance held -> RG010
_a9_tp = """NRPD - TECHNICAL PARTICULARS - LV FEEDER PILLAR (TYPE-TEST SAMPLES)
Spec. ref.            : NRPD-SPEC-LV-FP-07 Rev 3 / IEC 61439-5:2014
Rated current         : 400 A busbar, 8 outgoing ways x 160 A NH fuse-switch
Rated s.c. withstand  : 25 kA 1 s
Enclosure             : GRP, IP 55, IK 10, UV stabilised, RAL 7035
Ambient               : 55 deg C design, solar radiation 1120 W/m2
Type tests            : temperature rise, s.c. withstand, dielectric, IP, IK, UV ageing 1000 h
Test laboratory       : KEMA / CESI / equivalent ILAC accredited
"""
_a9_text = """Dear Eng. Ahmed,

Reference our contract NRPD-C-2024-044 for LV feeder pillars.

Please manufacture the type-test samples to drawing NPP-FP-400-07 Rev 2 (Code 1) and the
technical particulars attached, and book the laboratory slot for the type tests.

The balance of the contract quantity is not released until the type-test report is accepted by
NRPD and Eng. Mansour Al-Dosari releases it in writing.

Regards,
Eng. Mansour Al-Dosari
Manager, Material Procurement
Northern Region Power Distribution Co., Hail, KSA
+966 16 555 0105"""
case("a09_type_test_samples_no_qty", ["RG010"],
     "asks for 'the type-test samples' without a number; balance held with event and named releaser",
     [("NRPD-C-2024-044_type_test_samples.eml", eml_bytes(mail(
         "Mansour Al-Dosari <m.aldosari@nrpd.com.sa>",
         "Ahmed Samir <a.samir@nilepowerpanels.com.eg>",
         "NRPD-C-2024-044 - LV feeder pillars - type-test samples",
         "Wed, 12 Jun 2024 08:30:02 +0300", _a9_text,
         attachments=[("NRPD_FP_technical_particulars.txt", _a9_tp, "text/plain")])))])


# ==================================================================== MAIN
def _formats(c):
    fm = set()
    for fn, data in c["files"]:
        ext = fn.rsplit(".", 1)[-1].lower()
        fm.add(ext)
        if ext == "eml":
            from email import message_from_bytes
            msg = message_from_bytes(data, policy=policy.default)
            for part in msg.walk():
                f = part.get_filename()
                if f:
                    fm.add(f.rsplit(".", 1)[-1].lower())
    return fm


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(7575).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
        folder = f"h75_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary
    rules = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  multi-rule {multi}")
    for r in sorted(rules):
        print(f"  {r}: {rules[r]}")
    top = Counter(fn.rsplit('.', 1)[-1].lower() for c in CASES for fn, _ in c["files"])
    incase = Counter(f for c in CASES for f in _formats(c))
    print("  top-level files:", dict(sorted(top.items())))
    print("  cases containing:", dict(sorted(incase.items())))
    print("  multi-file folders:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    main()
