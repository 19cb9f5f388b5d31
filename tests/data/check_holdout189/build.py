#!/usr/bin/env python3
"""Generator for the releasegate check_holdout189 corpus.

Domain: door and locking hardware (mortise locks, cylinders, door closers, panic bars,
hinges, access-control strikes).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout189/build.py

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
    m["Message-ID"] = msgid or f"<h189-{_MSGN[0]:04d}@{dom}>"
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
        # only real multipart containers get a boundary (a message/rfc822 part does not)
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h189")
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


# ------------------------------------------------------------ small extras
def as_html(text):
    """HTML alternative of a plain-text mail body: paragraphs, line breaks, quoted lines kept."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,"
            "sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


# People and parties (all fictional)
KAARNA = "Kaarna Locks Oy"
PRAIRIE = "Prairie Access Integration LLC"
HARBOUR = "Harbourview Property Management Ltd"
ROUSSEL = "Bâtiments Roussel SAS"
SHENGFENG = "Sheng Feng Hardware Co., Ltd."
DINGLI = "Wenzhou Ouhai Dingli Lock Co., Ltd."
ALDABA = "Cerrajería Industrial Aldaba S.L."
KAYA = "Kaya Kapı Donanımları A.Ş."
SGPL = "Shree Ganesh Precision Locks Pvt. Ltd."

JUKKA = "Jukka Heikkinen <jukka.heikkinen@kaarnalocks.fi>"
ANNI = "Anni Koskinen <anni.koskinen@kaarnalocks.fi>"
MIKKO = "Mikko Laaksonen <mikko.laaksonen@kaarnalocks.fi>"
DAVE = "Dave Kowalski <dkowalski@prairieaccess.com>"
TAMIKA = "Tamika Brooks <tbrooks@prairieaccess.com>"
KELVIN = "Kelvin Chan <kelvin.chan@harbourview-pm.com.hk>"
RAYMOND = "Raymond Tsang <raymond.tsang@harbourview-pm.com.hk>"
CLAIRE = "Claire Dumont <c.dumont@batiments-roussel.fr>"
HELENE = "Hélène Garnier <h.garnier@batiments-roussel.fr>"
VIVIAN = "Vivian Lin <vivian.lin@shengfeng-hw.com.tw>"
LINDA = "Linda Zhang <linda.zhang@dingli-lock.cn>"
INAKI = "Iñaki Etxeberria <inaki@aldaba-cerrajeria.es>"
EMRE = "Emre Yıldız <emre.yildiz@kayakapi.com.tr>"
RAJESH = "Rajesh Sharma <rajesh.sharma@shreeganeshlocks.in>"

# =================================================================== CLEAN
# c01 TXT: supplier quote alone, sample and production tiers (no authorized quantity)
case("c01", [], "Supplier quote on its own with a 50-pc sample tier and a 5,000-pc production tier; "
     "quote states it is a price offer only, nothing is authorized.", [
    ("DL-Q2405-117.txt", """\
WENZHOU OUHAI DINGLI LOCK CO., LTD.
No. 88 Xinqiao Industrial Zone, Ouhai District, Wenzhou, Zhejiang, China
Tel: +86 577 8551 0288    Email: linda.zhang@dingli-lock.cn

QUOTATION   No.: DL-Q2405-117                        Date: 2024-05-13
To   : Prairie Access Integration LLC, Naperville IL 60540, USA
Attn : Mr. Dave Kowalski, Purchasing
Your RFQ: PAI-RFQ-0419

Dear Mr. Dave,

Thanks for your inquiry. We are pleased to quote as below, please kindly check.

Item  Description                                   Qty         Unit price USD   Remark
----  --------------------------------------------  ----------  ---------------  ----------------------
1     Euro profile cylinder CY-3030-N, 30/30 mm,     50 pcs      9.80             sample lot, 5 keys/pc
      brass body, satin nickel, EN 1303 grade 6
2     Same as item 1, production lot                 5,000 pcs   4.15             MOQ 2,000 pcs/color
3     Master key system set up (MK plan, 3 levels)   1 lot       180.00           one time charge

Sample lead time    : 15 working days after drawing DRG 3030 Rev 12 confirmed.
Production lead time: 35 days after customer sample sign-off and customer written production order.
Payment             : sample lot 100% T/T before shipment; production lot 30% deposit,
                      70% against B/L copy.
Packing             : 1 pc per blister, 50 pcs per carton, carton 8.5 kg.
Standard            : EN 1303:2015, fire test EN 1634-1 (30 min) report available,
                      salt spray 96 h, ISO 9001:2015 factory.
Validity            : 60 days.

Remark: this quotation is price offer only, it is not an order confirmation. We will make
nothing before we receive your PO.

Best regards
Linda Zhang (张琳)
Sales Manager, Export Dept.
Wenzhou Ouhai Dingli Lock Co., Ltd.
"""),
])

# c02 EML multipart/alternative: RFQ with three quantity scenarios, explicitly not an order
_t = """\
Dear Mr Yıldız,

For the project Résidence Les Tilleuls (Villeurbanne, 3 buildings, 118 dwellings) we are consulting
suppliers for panic bars EN 1125, push bar type, for the stair doors and the technical rooms.

Please can you quote for the three scenarios below. The final quantity depend of the phasing that
our client decide in July, so today we cannot say which one.

  Scenario A : 200 pcs  (building A only)
  Scenario B : 800 pcs  (buildings A + B)
  Scenario C : 1 500 pcs (all three buildings)

Reference : type PB-1200, push bar cut to length on site for door leaf 900 to 1 200 mm,
finish RAL 9006, with outside access device EN 1906 lever, grade 4 corrosion (EN 1670).
Please give also the price for 4 samples for the mock-up door, and your lead times.

This is a request for quotation only, it is not an order. We will send a purchase order
separately if we go ahead with one of the scenarios.

Please answer before 31 May, prices in EUR, DAP Lyon (Incoterms 2020).

Best regards,
Claire Dumont
Acheteuse / Buyer
""" + sig("Claire Dumont", "Acheteuse", ROUSSEL + ", 14 rue de Gerland, 69007 Lyon", "+33 4 72 00 41 18")
case("c02", [], "Buyer RFQ with three quantity scenarios (200 / 800 / 1 500) and a sample price; "
     "states it is not an order; 'if we go ahead' is conditional, not an approval.", [
    ("message_RFQ-24-117.eml", eml_bytes(mail(
        CLAIRE, EMRE, "RFQ 24-117 - barres antipanique / panic bars EN 1125 - Les Tilleuls",
        "Tue, 14 May 2024 10:21:07 +0200", _t, html=as_html(_t)))),
])

# c03 TXT WhatsApp: supplier asks for go-ahead on the balance; buyer refuses and restates scope
case("c03", [], "WhatsApp: buyer scope complete (20 samples, 1,980 on hold, sign-off by Brian O'Neill + "
     "written release by Greg Lindqvist, sample-only material); supplier's go-ahead question refused.", [
    ("WhatsApp Chat with Rajesh Sharma SGPL.txt", """\
[5/6/24, 8:41:07 AM] Dave Kowalski (Prairie Access): Morning Rajesh. PO 24-PAI-0388 is out for the ML-160 mortise locks. To be clear: you build twenty (20) sample locks only. The balance of 1,980 locks is NOT released.
[5/6/24, 8:42:30 AM] Dave Kowalski (Prairie Access): Balance gets released only after Brian O'Neill signs off the samples on our test door AND Greg Lindqvist sends you a written production release. Material for the 20 samples only pls.
[5/6/24, 10:15:52 PM] Rajesh Sharma SGPL: Noted sir. 20 nos samples only, balance 1,980 on hold. Will revert with dispatch date 🙏
[5/27/24, 9:03:18 PM] Rajesh Sharma SGPL: Good morning sir, samples 20 nos dispatched today by DHL AWB 77 4410 2291
[5/27/24, 9:04:02 PM] Rajesh Sharma SGPL: Sir kindly tell, can we get go ahead for balance 1,980 nos? Our brass supplier is giving good rate this week only
[5/28/24, 7:58:40 AM] Dave Kowalski (Prairie Access): Not yet Rajesh. Nothing changes: the 1,980 stay on hold until Brian's sample sign-off and Greg's written release. Pls don't buy brass for them.
[5/28/24, 7:59:12 AM] Dave Kowalski (Prairie Access): Test door is planned 2nd week of June, will update you after
[5/28/24, 8:01:11 AM] Rajesh Sharma SGPL: Understood sir, we will wait 👍
"""),
])

# c04 PDF: clearly labelled non-binding forecast
case("c04", [], "Quarterly forecast table headed and footed as non-binding forecast: no PO, no production "
     "release, no material authority; quantities released only by call-offs signed by Mikko Laaksonen.", [
    ("KL_purchase_planning_2025_Aldaba.pdf", pdf([
        ("h1", "Kaarna Locks Oy - purchase planning 2025"),
        ("p", "NON-BINDING FORECAST - for capacity planning only"),
        ("table", [["Supplier", "Cerrajería Industrial Aldaba S.L., Eibar (supplier no. 70211)"],
                   ["Issued by", "Jukka Heikkinen, Sourcing Manager"],
                   ["Date", "28.06.2024"],
                   ["Parts", "ML-2040 mortise lock case, backset 55 mm, EN 12209 grade 3; "
                             "ML-2045 mortise lock case, backset 65 mm"]]),
        ("sp",),
        ("p", "This is a non-binding forecast. It is not a purchase order, it does not release any "
              "production and it gives no material authority. Quantities are released only by Kaarna "
              "call-offs signed by Mikko Laaksonen, Head of Supply Chain."),
        ("table", [["Quarter", "ML-2040 (pcs)", "ML-2045 (pcs)", "Basis"],
                   ["Q1 2025", "1.200", "400", "forecast"],
                   ["Q2 2025", "1.500", "450", "forecast"],
                   ["Q3 2025", "1.100", "300", "forecast"],
                   ["Q4 2025", "1.600", "500", "forecast"],
                   ["Total 2025", "5.400", "1.650", "forecast"]]),
        ("sp",),
        ("p", "Typical accuracy of this forecast is +/- 25 %. Please tell us by 31.07.2024 if your "
              "capacity for Q2 2025 is a problem. Prices as per price agreement PA-2024-06."),
    ], title="Purchase planning 2025", author="Jukka Heikkinen")),
])

# c05 DOCX: sample sign-off record, approved for fit check only
case("c05", [], "Sample sign-off record: 8 samples 'approved for fit check only; production not released'; "
     "balance 392 on hold until Raymond Tsang's written production release.", [
    ("SSR-24-031.docx", docx_bytes([
        ("h1", "Harbourview Property Management Ltd - Building Services"),
        ("h", "Sample Sign-off Record SSR-24-031"),
        ("table", [["Project", "Kwun Tong Plaza - door closer replacement, Levels 3-27"],
                   ["Supplier", "Sheng Feng Hardware Co., Ltd. (Taichung)"],
                   ["Part", "DC-5400 overhead door closer, EN 1154 size 2-5, backcheck, DRG 5400-T Rev 3"],
                   ["PO", "HV-24-0517 (sample line: 8 pcs)"],
                   ["Samples received", "eight (8) pcs on 21 May 2024"],
                   ["Contract quantity", "400 pcs in total (8 samples + balance of 392)"]]),
        ("sp",),
        ("table", [["Check", "Requirement", "Result"],
                   ["Closing speed", "adjustable 3-7 s", "OK"],
                   ["Latching action", "adjustable, positive latching", "OK"],
                   ["Fitting on 54 mm fire door", "template per DRG 5400-T Rev 3", "OK"],
                   ["Endurance", "500 000 cycles per EN 1154 (supplier report TR-2211)", "accepted on paper"]]),
        ("sp",),
        ("p", "Disposition: approved for fit check only; production not released."),
        ("p", "The eight samples passed the fit check on the mock-up doors at Level 12. This record is an "
              "engineering disposition only and does not release any production quantity. The balance of "
              "392 closers stays on hold until Mr Raymond Tsang, Assistant General Manager (Technical), "
              "issues a written production release."),
        ("p", "Signed: Winnie Lau, Senior Building Services Engineer, 24 May 2024"),
    ], author="Winnie Lau")),
])

# c06 HTML: buyer portal, full-quantity PO, proceed with the full 48
case("c06", [], "Buyer portal PO for the full and final 48 electric strikes (no balance); 'proceed with "
     "the full 48 pcs' is scoped.", [
    ("PAI_portal_PO_24-PAI-0415.html", html_page("PO 24-PAI-0415", """\
<h2>Prairie Access Integration LLC &mdash; Supplier Portal</h2>
<p>Purchase Order <b>24-PAI-0415</b> &nbsp;|&nbsp; Revision 0 &nbsp;|&nbsp; Issued 06/03/2024 &nbsp;|&nbsp;
Supplier: Sheng Feng Hardware Co., Ltd. (vendor #20488)</p>
<p>Job 2219 &ndash; Elmhurst Medical Office Building, access control retrofit. Ship to: 1550 Ogden Ave,
Naperville, IL 60540.</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit price</th><th>Ext.</th><th>Need by</th></tr>
<tr><td>1</td><td>ES-2412</td><td>Electric strike, fail-secure, 12/24 V DC, ANSI/BHMA A156.31 Grade 1, UL 1034</td><td>48</td><td>EA</td><td>$38.50</td><td>$1,848.00</td><td>07/15/2024</td></tr>
<tr><td>2</td><td>FP-2412-SS</td><td>Faceplate, stainless, 1-1/4&quot; x 9&quot;, for line 1</td><td>48</td><td>EA</td><td>$3.10</td><td>$148.80</td><td>07/15/2024</td></tr>
</table>
<p>PO total: $1,996.80 &nbsp; Terms: Net 45 &nbsp; FOB Taichung</p>
<div class="note">This PO is for the full and final quantity of 48 strikes for Job 2219. There is no balance
and no follow-on quantity. Please proceed with the full 48 pcs and confirm the ship date in the portal.</div>
<p>Buyer: Dave Kowalski, Purchasing &nbsp; dkowalski@prairieaccess.com</p>
""")),
])

# c07 EML multipart/alternative: full-quantity PO for hinges, proceed with the full 1,200
_t = """\
Dear Mr Sharma,

Please find below our Purchase Order for the stainless steel butt hinges.

PO no.      : HV-24-0702
Item        : Butt hinge 102 x 76 x 3 mm, SS304, 4 ball bearing, EN 1935 grade 13, satin finish
Quantity    : 1,200 pcs (one thousand two hundred)
Unit price  : USD 3.85 FOB Nhava Sheva
Delivery    : to our Kwun Tong store by 15 July 2024
Payment     : 30 days after delivery

This is the full and final quantity for the Tsuen Wan car park staircase doors (300 doors x 4
hinges). There is no balance and no further call-off on this PO. Please proceed with the full
1,200 pcs.

Kindly acknowledge receipt and advise the shipment schedule at your earliest convenience.

Thanks & regards,
Kelvin Chan
""" + sig("Kelvin Chan", "Procurement Officer", HARBOUR + ", 12/F Kwun Tong Harbour Plaza, Hong Kong",
          "+852 2345 6780")
case("c07", [], "Full-quantity PO (1,200 hinges = 300 doors x 4), 'no balance', 'proceed with the full "
     "1,200 pcs'; no balance so no hold/event/authority needed.", [
    ("message_HV-24-0702.eml", eml_bytes(mail(
        KELVIN, RAJESH, "PO HV-24-0702 - SS butt hinges 102x76x3 - 1,200 pcs",
        "Wed, 05 Jun 2024 11:48:20 +0800", _t, html=as_html(_t)))),
])

# c08 TXT EDI DELFOR printout with explicit staged material authority above the release
case("c08", [], "EDIFACT call-off: 200 released, staged material authority up to 600, planning lines "
     "labelled forecast/not released, next call-off signed by Anni Koskinen or Mikko Laaksonen.", [
    ("DELFOR_DF24-0219.txt", """\
KAARNA LOCKS OY - EDI DELIVERY SCHEDULE (EDIFACT DELFOR D.96A) - PRINTOUT
Message ref : DF24-0219                       Issue date : 03.06.2024
Buyer       : Kaarna Locks Oy, Teollisuuskatu 21, 80100 Joensuu FI   GLN 6410000012345
Supplier    : Wenzhou Ouhai Dingli Lock Co., Ltd.                     Supplier no. 70418
Part        : KC-3035 cylinder body, brass CW614N, DRG 3035 Rev 07
Agreement   : Schedule agreement SA 5500001920

----------------------------------------------------------------------------
 Line  Type                Period            Qty (pcs)   Status
----------------------------------------------------------------------------
 1     FIRM (call-off 4)   wk 27/2024          200       RELEASED
 2     MATERIAL AUTH       up to               600       STAGED - see note
 3     PLANNING            wk 31-35/2024       400       FORECAST - NOT RELEASED
 4     PLANNING            wk 36-44/2024       800       FORECAST - NOT RELEASED
----------------------------------------------------------------------------
Cumulative received to date: 1.400 pcs (call-offs 1-3)

FTX NOTES
- Production release: 200 pcs only (line 1). Ship wk 27.
- Material authority: staged, up to 600 pcs worth of brass bar CW614N (the 200 released
  included). Kaarna carries the material liability up to 600 pcs. No machining beyond the
  200 released pcs.
- Lines 3 and 4 are a forecast for planning only. They are not released and they carry no
  material authority beyond line 2.
- The next quantity is released only by the next call-off (call-off 5), signed by Anni
  Koskinen, Purchaser, or Mikko Laaksonen, Head of Supply Chain.

UNB+UNOC:3+6410000012345:14+70418:ZZ+240603:0715+DF240219'
UNH+1+DELFOR:D:96A:UN'   (segments abbreviated in this printout)
"""),
])

# c09 DOCX: explicit, signed auto-conversion record
case("c09", [], "Explicit recorded auto-conversion: approved sign-off of the 12 samples releases 588 pcs, "
     "signer Mikko Laaksonen, named sign-off person, date and drawing conditions, fallback hold.", [
    ("KL_record_ML-2040_pilot.docx", docx_bytes([
        ("h1", "Kaarna Locks Oy"),
        ("h", "Auto-conversion record AC-2024-004 - ML-2040 pilot"),
        ("table", [["Date", "12.06.2024"],
                   ["Supplier", "Cerrajería Industrial Aldaba S.L., Eibar"],
                   ["Part", "ML-2040 mortise lock case, DRG 2040 Rev 05"],
                   ["PO", "4500119120: line 10 = 12 samples; line 20 = 588 pcs production, not released at PO issue"]]),
        ("sp",),
        ("h", "Auto-conversion"),
        ("p", "By this record Kaarna agrees that an approved sample sign-off of the 12 samples releases the "
              "588 pcs of line 20 automatically, without a separate release letter."),
        ("h", "Conditions"),
        ("num", "The sample sign-off is made by Satu Rantanen, Product Engineer, with the result 'approved' "
                "(an interim result does not count)."),
        ("num", "The sign-off is dated on or before 31.07.2024."),
        ("num", "No drawing change after DRG 2040 Rev 05."),
        ("p", "If any condition is not met, the 588 pcs stay on hold until a written release by Mikko "
              "Laaksonen. Material authority stays sample-only until the conversion has happened."),
        ("h", "Signatures"),
        ("table", [["Role", "Name", "Date"],
                   ["Release authority (Kaarna)", "Mikko Laaksonen, Head of Supply Chain", "12.06.2024"],
                   ["Supplier acknowledgement", "Iñaki Etxeberria, Aldaba, Dpto. Comercial", "13.06.2024"]]),
    ], author="Mikko Laaksonen")),
])

# c10 EML: old quote forwarded as message/rfc822, declared informational; new RFQ
_old = mail(INAKI, "Claire Dumont <c.dumont@batiments-roussel.fr>",
            "Oferta / Quotation Q-ALD-21-0388 ferme-portes AC-60",
            "Thu, 18 Nov 2021 16:40:12 +0100", """\
Bonjour Claire,

As asked, our quotation Q-ALD-21-0388 for the door closer AC-60 (EN 1154 size 2-5, silver):

  1.000 pcs   EUR 24,10 / pc
  5.000 pcs   EUR 22,40 / pc

Delivery 6 weeks, DAP Lyon. Validity 90 days.

Saludos,
Iñaki Etxeberria
Dpto. Comercial - Cerrajería Industrial Aldaba S.L. - Eibar (Gipuzkoa)
""", msgid="<h189-old-2021-0388@aldaba-cerrajeria.es>")
_t = """\
Bonjour Iñaki,

For your information I forward below your old quotation Q-ALD-21-0388 from 2021 for the AC-60 closer
(5.000 pcs at EUR 22,40). It is for information only: this old quote is not an order and nothing in
it is released. Today we have no open order with you on this reference.

For the new school project in Vénissieux can you please send updated prices for 300 pcs and 1.000 pcs,
same finish? We need it before 20 June for our tender.

Merci et bonne journée,
Claire
""" + sig("Claire Dumont", "Acheteuse", ROUSSEL, "+33 4 72 00 41 18")
case("c10", [], "Old quote with 5.000 pcs forwarded as message/rfc822, declared information only, not an "
     "order, nothing released; the new text is an RFQ.", [
    ("message_Q-ALD-21-0388.eml", eml_bytes(mail(
        CLAIRE, INAKI, "TR: Oferta / Quotation Q-ALD-21-0388 ferme-portes AC-60 - new RFQ",
        "Mon, 10 Jun 2024 09:05:44 +0200", _t, attachments=[("rfc822", _old)]))),
])

# c11 EML quoted reply: supplier's auto-conversion line corrected by the buyer; DOCX checklist
_t = """\
Bonjour Emre,

No, please do not do this. The sample sign-off does not release production, there is no automatic
passage to the series.

To be clear, as written in our order BR-24-07790:
- You make the fifteen (15) samples only.
- The balance of 1 485 panic bars is not released.
- The balance will be released only after the sample sign-off by Julien Marchand on the mock-up
  door AND a written production release signed by me.
- Material: for the 15 samples only. Please free the line you reserved for July.

Attached the checklist Julien will use for the sample sign-off, for your information.

Cordialement,
Hélène Garnier
Directrice des achats
""" + sig("Hélène Garnier", "Directrice des achats", ROUSSEL, "+33 4 72 00 41 02") + """
> From: Emre Yıldız <emre.yildiz@kayakapi.com.tr>
> Sent: Tuesday, 11 June 2024 08:12
> To: Hélène Garnier
> Subject: RE: Commande BR-24-07790 - PB-1200 samples
>
> Dear Hélène Hanım,
> Thank you for the order BR-24-07790. 15 samples will be ready in week 26.
> To win time, once you approve the samples we go direct to the production of
> the 1.485 pcs, we already reserved the line for July.
> Best regards, Emre Yıldız
"""
_chk = docx_bytes([
    ("h1", "Bâtiments Roussel - fiche de contrôle échantillons / sample checklist"),
    ("table", [["Order", "BR-24-07790"], ["Part", "PB-1200 panic bar, EN 1125, RAL 9006"],
               ["Samples", "15 pcs"], ["Checked by", "Julien Marchand, conducteur de travaux"]]),
    ("sp",),
    ("table", [["Check", "Requirement", "Result"],
               ["Operating force", "EN 1125 max 80 N", ""],
               ["Length cut on site", "door leaf 900-1 200 mm", ""],
               ["Outside access device", "EN 1906 lever fits", ""],
               ["Finish", "RAL 9006, no scratches", ""]]),
    ("p", "Disposition (tick one): approved for mock-up only / rejected. The disposition does not "
          "release any production."),
], author="Julien Marchand")
case("c11", [], "Buyer reply corrects the supplier's quoted 'once you approve the samples we go direct to "
     "production'; restates 15 samples, 1 485 not released, event and named releaser.", [
    ("message_BR-24-07790.eml", eml_bytes(mail(
        HELENE, EMRE, "RE: Commande BR-24-07790 - PB-1200 samples",
        "Tue, 11 Jun 2024 09:34:51 +0200", _t,
        attachments=[("checklist_PB-1200.docx", _chk, DOCX_MT)],
        in_reply_to="<h189-ref-0611-01@kayakapi.com.tr>"))),
])

# c12 TXT WeChat: supplier says the deposit does not release production
case("c12", [], "WeChat: 20 sample sets only, 980 not released until sign-off + Kelvin Chan's written "
     "release; supplier states the tooling deposit does not release production.", [
    ("WeChat_KelvinChan_LindaZhang.txt", """\
WeChat chat history - Kelvin Chan (Harbourview) & Linda Zhang 张琳 (Dingli Lock)
Exported 2024-06-20 18:02

2024-06-03 10:12  Kelvin Chan: Hi Linda, PO HV-24-0560 sent by email. 20 sample sets of the CY-3030 cylinders only (master keyed, 3 keys per set)
2024-06-03 10:13  Kelvin Chan: The remaining 980 sets not released. Winnie Lau need to sign off the samples first, after that I send written release. Only I can release the 980.
2024-06-03 10:40  Linda Zhang 张琳: Received Mr Chan 👌 20 sets sample we arrange
2024-06-05 16:02  Kelvin Chan: Tooling deposit USD 1,200 paid today per your PI DL-PI-2406-03, bank slip attached
2024-06-05 16:02  Kelvin Chan: [File] TT_slip_0605.pdf
2024-06-05 16:30  Linda Zhang 张琳: Deposit received, thank you. Note: deposit is for the MK tooling, it not release production. We only make 20 sets samples, material also only for samples. We wait your written release for 980 sets.
2024-06-05 16:31  Kelvin Chan: Correct 👍
2024-06-18 09:15  Linda Zhang 张琳: Samples 20 sets ready, ship by SF Express tomorrow
"""),
])

# c13 PDF: supplier acknowledgement restating the hold
case("c13", [], "Supplier acknowledgement restates scope: 25 samples only, 975 not released, sample-only "
     "material, release by Jukka Heikkinen after sample sign-off.", [
    ("ALD_confirmacion_4500119044.pdf", pdf([
        ("h1", "Cerrajería Industrial Aldaba S.L."),
        ("p", "Polígono Azitain 14, 20600 Eibar (Gipuzkoa) - CIF B20XXXXXX - ISO 9001:2015"),
        ("h", "Confirmación de pedido / Acknowledgement of purchase order"),
        ("table", [["Customer", "Kaarna Locks Oy, Joensuu (FI)"],
                   ["Your PO", "4500119044 of 03.06.2024"],
                   ["Our ref.", "ALD-OC-24-0611"],
                   ["Date", "05.06.2024"]]),
        ("sp",),
        ("table", [["Line", "Part", "Description", "Qty", "Price", "Status"],
                   ["10", "ML-2040", "Mortise lock case, backset 55 mm, SAMPLES", "25 pcs", "EUR 31,50",
                    "confirmed, ready week 25"],
                   ["20", "ML-2040", "Mortise lock case, production", "975 pcs", "EUR 18,90",
                    "NOT RELEASED - on hold"]]),
        ("sp",),
        ("p", "We confirm we have received your order and we accept the scope as written: we manufacture "
              "twenty-five (25) samples only. The balance of 975 pcs is not released and we will not start "
              "it. Material: we buy material for the 25 samples only (sample-only material authority)."),
        ("p", "The balance will be released only by a written release from Mr. Jukka Heikkinen, Sourcing "
              "Manager, after the sample sign-off at Kaarna."),
        ("p", "Atentamente / Best regards, Iñaki Etxeberria, Dpto. Comercial"),
    ], title="Confirmación de pedido 4500119044", author="Iñaki Etxeberria")),
])

# c14 HTML: supplier portal order board, every balance on hold with material authority column
case("c14", [], "Supplier order board: released vs balance per order, every balance 'ON HOLD - not "
     "released', sample/pilot-only material, unlock event and named releaser per customer.", [
    ("SF_order_board_2024-06-10.html", html_page("Sheng Feng - customer order board", """\
<h2>Sheng Feng Hardware Co., Ltd. &mdash; Customer Order Board</h2>
<p>Internal view for sales &amp; production control. Updated 2024-06-10 08:30 (Taichung).</p>
<table>
<tr><th>Customer</th><th>PO</th><th>Part</th><th>Released qty</th><th>Balance</th><th>Balance status</th>
<th>Material authority</th><th>Unlock event</th><th>Released by</th></tr>
<tr><td>Prairie Access Integration</td><td>24-PAI-0433</td><td>ES-2412 electric strike</td><td>10 (pilot)</td>
<td>190</td><td>ON HOLD &ndash; not released</td><td>pilot qty only</td><td>FAT sign-off + written release</td><td>Greg Lindqvist</td></tr>
<tr><td>Harbourview PM</td><td>HV-24-0588</td><td>DC-5400 door closer</td><td>6 (sample)</td>
<td>294</td><td>ON HOLD &ndash; not released</td><td>sample qty only</td><td>sample sign-off + written release</td><td>Raymond Tsang</td></tr>
<tr><td>Kaarna Locks</td><td>4500119377</td><td>HG-102 hinge 102x76x3</td><td>40 (sample)</td>
<td>3,960</td><td>ON HOLD &ndash; not released</td><td>sample qty only</td><td>sample sign-off + written release</td><td>Mikko Laaksonen</td></tr>
</table>
<div class="note">Shop floor rule: only the released qty goes to the line. Purchasing buys material only within the
material authority column. A balance moves to the line only when the customer's written release is scanned
into this board.</div>
""")),
])

# c15 DOCX: interim sign-off with quantity/date limits and a matching production release
case("c15", [], "Interim sign-off limited to 300 pcs until 30 Sep; release PR-24-017 for 300 by Greg "
     "Lindqvist; 2,670 not released until full sign-off + written release; staged material = 300.", [
    ("ISD-24-009.docx", docx_bytes([
        ("h1", "Prairie Access Integration LLC"),
        ("h", "Interim Sample Disposition ISD-24-009 and Limited Production Release PR-24-017"),
        ("table", [["Part", "ES-2412 electric strike, fail-secure, DRG ES-2412 Rev D"],
                   ["Supplier", "Sheng Feng Hardware Co., Ltd."],
                   ["PO", "24-PAI-0440, 3,000 pcs in total (pilot lot 30 pcs delivered 06/14/2024)"],
                   ["Date", "06/21/2024"]]),
        ("sp",),
        ("h", "Disposition: INTERIM"),
        ("p", "The pilot lot of 30 strikes passed function and the 250,000-cycle endurance test (ANSI/BHMA "
              "A156.31) except a faceplate burr on 4 of 30 pcs (NC-0922). Interim sign-off is limited to 300 "
              "pcs and valid until September 30, 2024, for the Elmhurst and Joliet jobs only."),
        ("h", "Production release PR-24-017"),
        ("table", [["Released now", "300 pcs (includes a verification lot of 30 pcs for NC-0922)"],
                   ["Released by", "Greg Lindqvist, Director of Operations (release authority)"],
                   ["Material authority", "staged up to 300 pcs"],
                   ["Not released", "2,670 pcs"]]),
        ("sp",),
        ("p", "The remaining 2,670 pcs are not released. Unlock event: full sample sign-off after the "
              "corrective action for NC-0922 is verified on the verification lot, then a written production "
              "release by Greg Lindqvist."),
        ("p", "Signed: Tamika Brooks, Project Manager (engineering disposition); Greg Lindqvist, Director of "
              "Operations (production release)."),
    ], author="Tamika Brooks")),
])

# c16 PDF: deviation permit that leaves quantities untouched
case("c16", [], "Deviation permit for the finish of the 40 samples only; states it changes no quantity and "
     "releases no production; 1 960 remain not released pending sign-off + Mikko Laaksonen.", [
    ("DP-2024-011.pdf", pdf([
        ("h1", "Kaarna Locks Oy - Deviation Permit DP-2024-011"),
        ("table", [["Part", "KC-3035 cylinder body, DRG 3035 Rev 07"],
                   ["Supplier", "Wenzhou Ouhai Dingli Lock Co., Ltd."],
                   ["PO", "4500119255, line 10 (samples, 40 pcs)"],
                   ["Deviation", "Matt nickel (finish code N1) instead of satin nickel (N2)"],
                   ["Reason", "N2 plating line at supplier under maintenance until week 28"],
                   ["Valid for", "the 40 sample pcs of line 10 only"]]),
        ("sp",),
        ("p", "This permit changes the finish of the 40 samples only. It does not change any quantity and it "
              "releases no production. The production balance of 1 960 pcs under line 20 remains not "
              "released; its release needs the sample sign-off and a written release from Mikko Laaksonen, "
              "Head of Supply Chain."),
        ("table", [["Role", "Name", "Date"],
                   ["Product Engineering", "Satu Rantanen", "19.06.2024"],
                   ["Purchasing", "Anni Koskinen", "19.06.2024"]]),
    ], title="Deviation permit DP-2024-011", author="Satu Rantanen")),
])

# c17 TXT Teams: go-ahead scoped to the 8 pilot strikes only
case("c17", [], "Teams: 'go ahead with the 8 pilot strikes only'; other 92 on hold until FAT sign-off "
     "and Greg Lindqvist's written release; pilot-only material.", [
    ("Teams_chat_PAI_ShengFeng_ES-2412.txt", """\
Microsoft Teams - chat export
Chat: PAI / Sheng Feng - ES-2412 Lobby retrofit
Exported: 6/12/2024 4:05 PM (Central)

[6/11/2024 8:02 AM] Vivian Lin (Sheng Feng) (Guest): Good morning Tamika, we finished the fixture for the ES-2412 faceplate. Can we start?
[6/11/2024 8:10 AM] Tamika Brooks: Morning Vivian! Yes - go ahead with the 8 pilot strikes only (PO 24-PAI-0452 line 1).
[6/11/2024 8:11 AM] Tamika Brooks: The other 92 on line 2 are not released. They stay on hold until the pilot passes FAT on our Lobby B door and Greg Lindqvist sends the written production release.
[6/11/2024 8:12 AM] Tamika Brooks: Material: pilot qty only pls, no coil for the 92 yet.
[6/11/2024 8:20 AM] Vivian Lin (Sheng Feng) (Guest): Noted with thanks. 8 pcs pilot only, 92 pcs on hold, material for 8 pcs only. ETA pilot 6/24.
[6/11/2024 8:21 AM] Tamika Brooks: 👍
"""),
])

# c18 PDF: French ERP PO, full and final 360 pcs in three delivery lots
case("c18", [], "Firm PO for the full and final 360 closers in three delivery lots of 120; no balance; "
     "'proceed with the full 360 pcs'.", [
    ("BR-24-07811.pdf", pdf([
        ("h1", "BÂTIMENTS ROUSSEL SAS"),
        ("p", "14 rue de Gerland, 69007 Lyon - SIRET 412 000 000 00027 - TVA FR 00 412000000"),
        ("h", "Bon de commande / Purchase order N° BR-24-07811 du 10/06/2024"),
        ("table", [["Fournisseur", "Cerrajería Industrial Aldaba S.L., Eibar (ES) - compte F00388"],
                   ["Chantier", "Groupe scolaire Jean Moulin, Vénissieux - réf. chantier 24-103"],
                   ["Acheteuse", "Claire Dumont"]]),
        ("sp",),
        ("table", [["Ligne", "Réf.", "Désignation", "Qté", "PU HT", "Total HT", "Livraison"],
                   ["1", "AC-60", "Ferme-porte EN 1154 force 2-5, bras compas, argent", "120", "22,40 €",
                    "2 688,00 €", "S28"],
                   ["2", "AC-60", "idem", "120", "22,40 €", "2 688,00 €", "S32"],
                   ["3", "AC-60", "idem", "120", "22,40 €", "2 688,00 €", "S36"],
                   ["", "", "Total", "360", "", "8 064,00 €", ""]]),
        ("sp",),
        ("p", "Commande ferme pour la quantité totale et définitive de 360 (trois cent soixante) ferme-portes "
              "AC-60, livrés en trois lots de 120. Il n'y a pas de solde ni de commande complémentaire."),
        ("p", "Firm order for the full and final quantity of 360 closers, delivered in three lots of 120. "
              "There is no balance. Please proceed with the full 360 pcs."),
        ("p", "Conditions: paiement 45 jours fin de mois. DAP chantier Vénissieux. EN 1154:1996+A1:2003, "
              "marquage CE."),
    ], title="Bon de commande BR-24-07811", author="Claire Dumont")),
])

# c19 PDF: full-quantity PO full of quantity-like identifiers
case("c19", [], "Full and final PO for 64 exit devices; many quantity-like identifiers (DRG 2500 Rev 12, "
     "500,000 cycles, ISO 9001:2015, 1/4-20 UNC, M6x1.0, UL 10C 3 hr); no balance.", [
    ("PO_24-PAI-0461.pdf", pdf([
        ("h1", "PURCHASE ORDER 24-PAI-0461"),
        ("p", "Prairie Access Integration LLC, 1550 Ogden Ave, Naperville, IL 60540 - Date 06/17/2024"),
        ("table", [["Supplier", "Kaya Kapi Donanimlari A.S., Nilüfer OSB, Bursa, Türkiye (vendor #40931)"],
                   ["Job", "Schaumburg data center, Building 2 - Job 2500"],
                   ["Buyer", "Dave Kowalski"]]),
        ("sp",),
        ("table", [["Line", "Item", "Description", "Qty", "UOM", "Unit", "Extended"],
                   ["1", "KY-PB-1200", "Rim exit device, 36 in (914 mm) door, DRG 2500 Rev 12, finish 630 "
                    "(US32D)", "64", "EA", "$112.00", "$7,168.00"],
                   ["2", "KDK-10", "Dogging key kit, pack of 10", "7", "PK", "$14.00", "$98.00"],
                   ["", "", "Total", "", "", "", "$7,266.00"]]),
        ("sp",),
        ("p", "Specification: ANSI/BHMA A156.3 Grade 1, UL 305, UL 10C 3 hr fire label, cycle test 500,000 "
              "cycles, fasteners 1/4-20 UNC and M6x1.0 (metric kit), ISO 9001:2015 certified supplier."),
        ("p", "This PO covers the full and final quantity: sixty-four (64) exit devices. There is no balance "
              "and no follow-on quantity. Proceed with the full 64 pcs. Ship by 08/09/2024, FCA Bursa."),
    ], pagesize=LETTER, title="PO 24-PAI-0461", author="Dave Kowalski")),
])

# c20 EML multipart/alternative: call-off with staged material authority above the released quantity
_t = """\
Dear Mr. Sharma,

The sample sign-off for the ML-2040B lock bodies was done by Satu Rantanen on 10.06. Thank you for the
good work.

With this mail I release production call-off 1 under PO 4500119402:

- Released now: one hundred (100) pcs ML-2040B, delivery week 30.
- Balance of 900 pcs (PO total 1 000 pcs): not released. It is released only with call-off 2, which I
  sign after our line trial with the first 100 pcs.
- Material authority: staged, up to 400 pcs worth of DC01 steel strip and zinc die-cast followers.
  Kaarna carries the material liability up to 400 pcs. Please do not machine or assemble more than
  the 100 released pcs.

Please confirm by return mail.

Best regards,
Mikko Laaksonen
""" + sig("Mikko Laaksonen", "Head of Supply Chain", KAARNA + ", Joensuu, Finland", "+358 13 555 0142")
case("c20", [], "Call-off 1 releases 100 of 1 000; 900 not released until call-off 2 signed by Mikko "
     "Laaksonen; explicit staged material authority up to 400.", [
    ("message_4500119402.eml", eml_bytes(mail(
        MIKKO, RAJESH, "PO 4500119402 - ML-2040B - call-off 1: 100 pcs, staged material 400 pcs",
        "Wed, 12 Jun 2024 13:02:33 +0300", _t, html=as_html(_t), cc=ANNI))),
])

# c21 EML + PDF attachment: buyer says the deposit does not release production
_po = pdf([
    ("h1", "HARBOURVIEW PROPERTY MANAGEMENT LIMITED"),
    ("p", "12/F Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon, Hong Kong"),
    ("h", "PURCHASE ORDER HV-24-0611A"),
    ("table", [["Supplier", "Shree Ganesh Precision Locks Pvt. Ltd., Aligarh (UP), India"],
               ["Date", "7 June 2024"],
               ["Project", "Kowloon Bay office fit-out, 14/F-22/F"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit price", "Amount", "Status"],
               ["1", "ML-3000 mortise lock, SS304 faceplate, 60 mm backset - SAMPLE", "12 pcs", "HKD 105.00",
                "HKD 1,260.00", "make now"],
               ["2", "ML-3000 mortise lock - production balance", "588 pcs", "HKD 105.00", "HKD 61,740.00",
                "ON HOLD - not released"],
               ["", "PO value", "600 pcs", "", "HKD 63,000.00", ""]]),
    ("sp",),
    ("p", "Payment terms: 30% deposit on PO value with order, 70% before shipment. The deposit is a "
          "payment term only and does not release production."),
    ("p", "Item 2 is released only after the sample sign-off by Winnie Lau (Senior Building Services "
          "Engineer) and a written production release from Mr Raymond Tsang, Assistant General Manager "
          "(Technical). Material authority: the 12 samples only."),
    ("p", "Issued by: Kelvin Chan, Procurement Officer"),
], title="PO HV-24-0611A", author="Kelvin Chan")
_t = """\
Dear Mr Sharma,

We have remitted the 30% deposit (HKD 18,900.00) for PO HV-24-0611A today, TT ref. HSBC 2406-88123.

Please note the deposit is only the commercial term of the PO. The deposit does not release
production. Under this PO you make twelve (12) sample locks only; the balance of 588 locks remains on
hold until Winnie Lau completes the sample sign-off and Mr Raymond Tsang issues a written production
release. Material for the 12 samples only, please.

PO copy attached again for your file.

Thanks & regards,
Kelvin Chan
""" + sig("Kelvin Chan", "Procurement Officer", HARBOUR, "+852 2345 6780")
case("c21", [], "Deposit paid but explicitly 'does not release production'; 12 samples, 588 on hold until "
     "Winnie Lau's sign-off + Raymond Tsang's written release; PO PDF consistent.", [
    ("message_HV-24-0611A.eml", eml_bytes(mail(
        KELVIN, RAJESH, "HV-24-0611A - deposit remitted (samples only)",
        "Fri, 14 Jun 2024 15:20:09 +0800", _t,
        attachments=[("HV-24-0611A.pdf", _po, PDF_MT)]))),
])

# c22 TXT SAP PO printout: production item marked PLANNING ONLY - NOT RELEASED
case("c22", [], "SAP PO: 16 samples to make now; item 00020 1.184 marked 'planning only - NOT released'; "
     "unlock = sign-off by Satu Rantanen + written release by Jukka Heikkinen; sample-only material.", [
    ("PO_4500119511.txt", """\
Kaarna Locks Oy                                          PURCHASE ORDER    4500119511
Teollisuuskatu 21, 80100 Joensuu, Finland                Date             17.06.2024
Purchasing group K12 / Anni Koskinen                     Page             1 / 1

Vendor 70377   Sheng Feng Hardware Co., Ltd., No. 55 Gongye 3rd Rd, Taichung 407, TW

-------------------------------------------------------------------------------------
Item   Material     Description                          Qty     Un  Net price   Deliv.
-------------------------------------------------------------------------------------
00010  DC-220-SMP   Door closer DC-220, EN 1154 2-4,        16   PC   42,80 EUR  wk 29
                    SAMPLE LOT
00020  DC-220       Door closer DC-220, EN 1154 2-4      1.184   PC   27,90 EUR  --
                    PLANNING ONLY - NOT RELEASED
-------------------------------------------------------------------------------------

Header text
Item 00010: sixteen (16) sample closers. Please make these now.
Item 00020: quoted production quantity, for planning only. NOT released. Do not start
production or buy material for item 00020.
Unlock: sample sign-off by Satu Rantanen (Product Engineering), then a written
production release from Jukka Heikkinen, Sourcing Manager.
Material authority: sample-only (item 00010).
Quote ref: SF-Q-240522 (16 samples + 1.184 production = 1.200 total).

Incoterms FCA Taichung. Payment 60 days net. Our general terms of purchase KLT 2023 apply.
"""),
])

# c23 DOCX: minutes that keep sample sign-off, PO issued and production release apart
case("c23", [], "Minutes keep the words apart (sample sign-off / PO issued / production release): 8 samples, "
     "792 not released until Julien's sign-off + Hélène Garnier's written release; sample-only material.", [
    ("CR_2024-06-20_Tilleuls.docx", docx_bytes([
        ("h1", "Compte-rendu de réunion / Minutes - Les Tilleuls - panic bars"),
        ("p", "Date: 20/06/2024, visio. Participants: Claire Dumont (Roussel, achats), Julien Marchand "
              "(Roussel, conducteur de travaux), Hélène Garnier (Roussel, directrice achats), Emre Yıldız "
              "(Kaya, export), Serkan Demir (Kaya, planning)."),
        ("p", "Vocabulary used in these minutes: 'sample sign-off' = technical check of the samples; "
              "'PO issued' = the commercial order; 'production release' = the written authority to produce."),
        ("h", "1. PO issued"),
        ("p", "Order BR-24-07902 was issued on 18/06 (scenario B): line 1 = 8 samples PB-1200; line 2 = 792 pcs "
              "production. Line 2 is not released; the PO alone does not authorize production of line 2."),
        ("h", "2. Sample sign-off"),
        ("p", "Julien does the sample sign-off on the mock-up door in building A, target 5 July."),
        ("h", "3. Production release"),
        ("p", "The 792 pcs are released only in writing by Hélène Garnier, after the sample sign-off."),
        ("h", "4. Material"),
        ("p", "Kaya buys material for the 8 samples only. Serkan confirms: 8 samples only, ready week 27."),
        ("h", "Actions"),
        ("table", [["Action", "Who", "When"],
                   ["Ship 8 samples to site", "Kaya / S. Demir", "wk 27"],
                   ["Sample sign-off on mock-up door", "J. Marchand", "05/07"],
                   ["Written production release (if sign-off OK)", "H. Garnier", "after 05/07"]]),
    ], author="Claire Dumont")),
])

# c24 multi-file: cover mail + ERP PO (TXT) + supplier quote (DOCX), production figure declared info only
_t = """\
Hi Linda,

Please find our PO 24-PAI-0477 (printout attached) for forty (40) sample cylinders CY-3030-MK,
master keyed per our key schedule KS-0477.

The 4,000 pcs production quantity in your quote DL-Q2406-031 is information only. It is not ordered
and not released. Production needs Brian O'Neill's sample sign-off on the test doors and then a
revised PO with a production line, signed by Greg Lindqvist, Director of Operations.

Material for the 40 samples only, please.

Thanks,
Dave
""" + sig("Dave Kowalski", "Purchasing", PRAIRIE + ", Naperville IL", "+1 630 555 0148")
case("c24", [], "Cover mail + ERP PO + supplier quote: 40 samples; quote's 4,000 declared information only, "
     "not ordered/released; unlock = sign-off + revised PO signed by Greg Lindqvist; all documents agree.", [
    ("mail_PAI_0477.eml", eml_bytes(mail(
        DAVE, LINDA, "PO 24-PAI-0477 - CY-3030-MK samples (40 pcs)",
        "Mon, 17 Jun 2024 08:14:56 -0500", _t, html=as_html(_t)))),
    ("PO_24-PAI-0477.txt", """\
PRAIRIE ACCESS INTEGRATION LLC            PURCHASE ORDER 24-PAI-0477      Rev 0
1550 Ogden Ave, Naperville IL 60540       Date: 06/17/2024
Supplier: WENZHOU OUHAI DINGLI LOCK CO LTD (#30217)        Terms: Net 30, FOB Ningbo

LN  ITEM          DESCRIPTION                                   QTY   UOM   UNIT     EXT
1   CY-3030-MK    Euro cylinder 30/30, master keyed, SAMPLE      40   EA    8.90     356.00
--  CY-3030-MK    Production qty per quote DL-Q2406-031:      4,000   EA    --       --
                  INFORMATION ONLY - NOT ORDERED - NOT RELEASED
                                                          PO TOTAL USD            356.00

NOTES TO SUPPLIER
1. Build the 40 sample cylinders of line 1 only.
2. The 4,000 quoted production qty is not released. Release requires sample sign-off by
   Brian O'Neill (Field Engineer) and a revised PO with a production line signed by
   Greg Lindqvist, Director of Operations.
3. Material authority: sample-only (40 pcs).
"""),
    ("DL-Q2406-031.docx", docx_bytes([
        ("h1", "Wenzhou Ouhai Dingli Lock Co., Ltd."),
        ("h", "Quotation DL-Q2406-031"),
        ("p", "To: Prairie Access Integration LLC, Attn Mr. Dave Kowalski. Date: 2024-06-11."),
        ("table", [["Item", "Description", "Qty", "Unit price USD"],
                   ["1", "CY-3030-MK euro cylinder 30/30, master keyed, sample", "40 pcs", "8.90"],
                   ["2", "CY-3030-MK, production", "4,000 pcs", "3.95"],
                   ["3", "MK key cutting set up", "1 lot", "150.00"]]),
        ("p", "Lead time: samples 15 working days; production 35 days after your written production order."),
        ("p", "This quotation is not an order confirmation. Validity 60 days."),
        ("p", "Linda Zhang, Sales Manager"),
    ], author="Linda Zhang")),
])

# c25 EML quoted reply: supplier asks to buy material for the full quantity; buyer refuses
_t = """\
Hello Emre,

No, please do not buy steel tube for 2 000. Your material authority on PO 4500119650 is sample-only:
material for the twenty (20) sample exit devices, nothing more.

The balance of 1 980 pcs is not released. It will be released only after the sample sign-off by Satu
Rantanen and my written production release. If the lead time of the tube is a problem, send me the
mill's minimum order quantity and the cost, and I decide in writing whether we give a staged material
authority.

Br,
Jukka
""" + sig("Jukka Heikkinen", "Sourcing Manager", KAARNA, "+358 13 555 0117") + """
> From: Emre Yıldız <emre.yildiz@kayakapi.com.tr>
> Sent: Monday, 24 June 2024 10:41
> To: Jukka Heikkinen
> Subject: PO 4500119650 - exit devices - steel tube
>
> Dear Jukka Bey,
> The steel tube mill has MOQ 3 tons and price increase from July.
> May we buy the steel for the full 2 000 pcs now to keep the price? Please advise.
> Best regards, Emre
"""
case("c25", [], "Supplier's question (may we buy steel for the full 2 000?) answered no: 20 samples, "
     "sample-only material, 1 980 not released until sign-off + Jukka's written release.", [
    ("message_4500119650.eml", eml_bytes(mail(
        JUKKA, EMRE, "RE: PO 4500119650 - exit devices - steel tube",
        "Mon, 24 Jun 2024 12:15:30 +0300", _t,
        in_reply_to="<h189-ref-0624-02@kayakapi.com.tr>"))),
])

# ================================================================ POSITIVE
# p01 EML + quote PDF: sample PO, quote shows 3,000, nothing about the balance
_q = pdf([
    ("h1", "WENZHOU OUHAI DINGLI LOCK CO., LTD."),
    ("p", "No. 88 Xinqiao Industrial Zone, Ouhai District, Wenzhou - Tel +86 577 8551 0288"),
    ("h", "QUOTATION QT-DL-2405-18"),
    ("table", [["To", "Harbourview Property Management Ltd, attn Mr Kelvin Chan"],
               ["Date", "2024-05-22"], ["Validity", "60 days"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
               ["1", "CY-3030-N euro cylinder 30/30, satin nickel, keyed alike 3 groups - sample sets",
                "30 sets", "10.50", "315.00"],
               ["2", "CY-3030-N euro cylinder, same spec - production", "3,000 sets", "4.20", "12,600.00"]]),
    ("sp",),
    ("p", "Lead time: sample 15 working days, production 35 days. Payment T/T. EN 1303:2015 grade 6 key."),
    ("p", "Linda Zhang, Sales Manager"),
], title="Quotation QT-DL-2405-18", author="Linda Zhang")
_t = """\
Dear Linda,

Thanks for your quotation. Please find our PO HV-24-0611 for thirty (30) sample sets of CY-3030-N euro
profile cylinders, 30/30 mm, satin nickel, keyed alike in 3 groups, as per your attached quotation
QT-DL-2405-18.

Please proceed with the 30 samples and advise ship date. Delivery to our Kwun Tong office, attention
Ms Winnie Lau.

Thanks & regards,
Kelvin Chan
""" + sig("Kelvin Chan", "Procurement Officer", HARBOUR, "+852 2345 6780")
case("p01", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 30 sets with the quote attached showing 3,000 production sets unmarked; never says "
     "the balance is not released, no unlock event, no named releaser.", [
    ("message_HV-24-0611.eml", eml_bytes(mail(
        KELVIN, LINDA, "PO HV-24-0611 - CY-3030-N euro cylinders - samples",
        "Mon, 27 May 2024 10:02:17 +0800", _t,
        attachments=[("QT-DL-2405-18.pdf", _q, PDF_MT)]))),
])

# p02 TXT SAP PO: balance on hold "until further notice" (no event)
case("p02", ["RG004"],
     "20 samples, balance 1 980 'on hold until further notice', release only by Jukka Heikkinen: "
     "hold and person stated but no unlock event.", [
    ("PO_4500119188.txt", """\
Kaarna Locks Oy                                          PURCHASE ORDER    4500119188
Teollisuuskatu 21, 80100 Joensuu, Finland                Date             04.06.2024
Purchasing group K11 / Jukka Heikkinen                   Page             1 / 1

Vendor 70211   Cerrajería Industrial Aldaba S.L., Polígono Azitain 14, 20600 Eibar, ES

-------------------------------------------------------------------------------------
Item   Material     Description                          Qty     Un  Net price   Deliv.
-------------------------------------------------------------------------------------
00010  ML-2040-S    Mortise lock case ML-2040, SAMPLES      20   PC   36,00 EUR  wk 26
-------------------------------------------------------------------------------------

Header text
Samples: twenty (20) pcs ML-2040, DRG 2040 Rev 05, for our test lab (EN 12209 cycle
test 200 000 cycles, salt spray 240 h).
The quoted production balance (1 980 pcs) is on hold until further notice. Do not start it.
Release of the balance only by Jukka Heikkinen, Sourcing Manager.
Material authority: sample quantity only.

Incoterms FCA Eibar. Payment 60 days net. Our general terms of purchase KLT 2023 apply.
"""),
])

# p03 EML reply + HTML attachment: "our engineering team" unnamed; PO export says 25, mail says 20
_po_html = html_page("Coupa PO 24-PAI-0396", """\
<h3>Prairie Access Integration LLC &mdash; Purchase Order 24-PAI-0396 (Coupa export)</h3>
<p>Supplier: Shree Ganesh Precision Locks Pvt. Ltd. &nbsp; Issued: 05/29/2024 &nbsp; Buyer: Dave Kowalski</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Price</th><th>Status</th></tr>
<tr><td>1</td><td>ML-160-S</td><td>Mortise lock ML-160, ANSI/BHMA A156.13 Gr 1, US26D, 2-3/4&quot; backset &ndash; SAMPLE</td><td>25</td><td>EA</td><td>$46.00</td><td>Open</td></tr>
<tr><td>2</td><td>ML-160</td><td>Mortise lock ML-160 &ndash; production</td><td>1,975</td><td>EA</td><td>$29.80</td><td>On hold</td></tr>
</table>
""")
_t = """\
Rajesh,

Answering your questions below:
1. Sample qty is 20 locks only (ML-160, ANSI/BHMA A156.13 Gr 1, US26D, 2-3/4" backset).
2. The balance stays on hold until our engineering team signs off the samples on the test door. No
   go-ahead for the balance yet.
3. PO export from Coupa attached.

Thanks,
Dave
""" + sig("Dave Kowalski", "Purchasing", PRAIRIE, "+1 630 555 0148") + """
> From: Rajesh Sharma <rajesh.sharma@shreeganeshlocks.in>
> Sent: Monday, June 3, 2024 10:02 PM
> To: Dave Kowalski
> Subject: PO 24-PAI-0396 ML-160 mortise locks
>
> Dear Sir,
> Kindly confirm the sample quantity and whether we have go-ahead for balance quantity.
> Also pls share PO copy.
> Regards, Rajesh
"""
case("p03", ["RG005", "RG011"],
     "Mail says 20 samples, attached PO export says 25 samples (1,975 balance); hold and event present "
     "but the sign-off is by an unnamed 'engineering team' and nobody is named to release.", [
    ("message_24-PAI-0396.eml", eml_bytes(mail(
        DAVE, RAJESH, "RE: PO 24-PAI-0396 ML-160 mortise locks",
        "Tue, 04 Jun 2024 08:31:02 -0500", _t,
        attachments=[("PO_24-PAI-0396.html", _po_html, "text/html")],
        in_reply_to="<h189-ref-0603-03@shreeganeshlocks.in>"))),
])

# p04 TXT WhatsApp: "Looks good, go ahead" after a finish photo
case("p04", ["RG002"],
     "Scope complete earlier (12 samples, 588 not released until validation by Julien Marchand + "
     "Claire's written release) but later 'Looks good, go ahead' names no quantity or sample scope.", [
    ("WhatsApp Chat with Claire Dumont.txt", """\
[12/06/2024, 09:14] Claire Dumont: Hello Rajesh, order BR-24-07850 for the 12 sample locks is sent. Only the 12 samples. The other 588 are not released, they wait the sample validation by Julien Marchand on site and then my written release.
[12/06/2024, 09:20] Rajesh Sharma SGPL: Noted madam, 12 nos sample only 🙏
[19/06/2024, 17:42] Rajesh Sharma SGPL: Madam pls see photo of new PVD brass finish on faceplate, as per your architect comment. Kindly confirm.
[19/06/2024, 17:42] Rajesh Sharma SGPL: <Media omitted>
[19/06/2024, 18:05] Claire Dumont: Looks good, go ahead 👍
[19/06/2024, 18:06] Rajesh Sharma SGPL: Thank you madam 🙏
"""),
])

# p05 PDF supplier status report: material bought for the full project
case("p05", ["RG006"],
     "Supplier status report: 24 samples released, balance marked not yet released, but steel purchased "
     "for the full 2.400 pcs without any material authority.", [
    ("KAYA_status_wk26_Roussel.pdf", pdf([
        ("h1", "KAYA KAPI DONANIMLARI A.S."),
        ("p", "Nilüfer OSB, Bursa - EN 1125 certificate 0432-CPR-00118 - ISO 9001:2015"),
        ("h", "Weekly order status report - week 26/2024 - customer Bâtiments Roussel SAS"),
        ("table", [["Order", "Item", "Released by customer", "Status", "Material"],
                   ["BR-24-07795", "PB-1200 panic bar, RAL 9006", "24 samples",
                    "samples in assembly, ready wk 27",
                    "steel tube + push-bar profiles purchased for 2.400 pcs"],
                   ["BR-24-07612", "PB-900 panic bar", "150 pcs (full order)", "shipped wk 25", "-"]]),
        ("sp",),
        ("p", "Remarks: to protect the lead time and the steel price we purchased the material for the "
              "complete 2.400 pcs of PB-1200 in week 25. The balance of 2.376 pcs is not yet released by "
              "Roussel; we wait for your written release before we start it."),
        ("p", "Salt spray test 240 h (EN 1670 grade 4) on sample lot planned week 27."),
        ("p", "Prepared by Serkan Demir, Production Planning"),
    ], title="Weekly order status wk26", author="Serkan Demir")),
])

# p06 EML quoted reply: supplier announces it will roll from sample approval into production
_t = """\
Hello Jukka,

Thank you for the order. The 10 samples of the ML-2045 will be ready on week 27 and we send them by DHL.

To not lose time in summer (our factory close in August), once you approve the samples we will continue
directly with the serial production of the balance, so the first lot can arrive to Joensuu in
September. We have the line reserved for this.

Saludos / Best regards
Iñaki Etxeberria
Dpto. Comercial
Cerrajería Industrial Aldaba S.L. - Eibar
Tel. +34 943 000 214

> From: Jukka Heikkinen <jukka.heikkinen@kaarnalocks.fi>
> Sent: 17 June 2024 14:20
> To: Iñaki Etxeberria
> Subject: PO 4500119233 - ML-2045 samples
>
> Hello Iñaki,
> PO 4500119233 for ten (10) sample lock cases ML-2045 is attached.
> The balance of 790 pcs is not released. It will be released only by my
> written release after the sample sign-off by Satu Rantanen.
> Material for the 10 samples only, please.
> Br, Jukka Heikkinen, Sourcing Manager
"""
case("p06", ["RG007"],
     "Buyer scope quoted and complete; supplier says 'once you approve the samples we will continue "
     "directly with the serial production of the balance' without any auto-conversion agreement.", [
    ("message_4500119233.eml", eml_bytes(mail(
        INAKI, JUKKA, "RE: PO 4500119233 - ML-2045 samples",
        "Tue, 18 Jun 2024 11:47:05 +0200", _t,
        in_reply_to="<h189-ref-0617-04@kaarnalocks.fi>"))),
])

# p07 TXT WeChat: supplier reads the deposit as go and buys material for all
case("p07", ["RG006", "RG012"],
     "Buyer: 20 samples, 980 not released; supplier: 'deposit received, so we arrange mass production "
     "of the 980' and material ordered for all 1000 sets.", [
    ("WeChat_export_HV-24-0590.txt", """\
WeChat chat history - Kelvin Chan (Harbourview) & Linda Zhang 张琳 (Dingli Lock)
Exported 2024-05-29 09:10

2024-05-20 11:02  Kelvin Chan: Linda, PO HV-24-0590 sent. 20 sample sets CY-4040 only. The other 980 sets NOT released - wait for Winnie Lau's sample sign-off, then I send written release.
2024-05-20 11:05  Linda Zhang 张琳: OK Mr Chan, 20 sets sample first 👌
2024-05-28 09:40  Kelvin Chan: Deposit 30% paid this morning as per PI DL-PI-2405-11, pls check
2024-05-28 15:12  Linda Zhang 张琳: Mr Chan deposit USD 4,650 received, thank you! So we arrange mass production for the 980 sets this week, brass material already ordered for all 1000 sets. Sample will send together.
2024-05-28 15:13  Linda Zhang 张琳: [Sticker]
"""),
])

# p08 PDF French PO: "six (6)" in the text, 8 in the table
case("p08", ["RG011"],
     "Sample PO states 'six (6)' samples and a balance of 594 in the text, but the line table orders 8.",
     [("BR-24-07833.pdf", pdf([
        ("h1", "BÂTIMENTS ROUSSEL SAS"),
        ("p", "14 rue de Gerland, 69007 Lyon"),
        ("h", "Bon de commande / Purchase order N° BR-24-07833 du 17/06/2024"),
        ("table", [["Fournisseur", "Kaya Kapi Donanimlari A.S., Bursa (TR) - compte F00455"],
                   ["Chantier", "Résidence Les Tilleuls, Villeurbanne"],
                   ["Acheteuse", "Claire Dumont"]]),
        ("sp",),
        ("p", "Commande d'échantillons / sample order: six (6) barres antipanique PB-1200 pour la porte "
              "témoin (mock-up door)."),
        ("table", [["Ligne", "Réf.", "Désignation", "Qté", "PU HT", "Total HT"],
                   ["1", "PB-1200-ECH", "Barre antipanique EN 1125, RAL 9006 - échantillon", "8", "96,00 €",
                    "768,00 €"],
                   ["2", "PB-1200", "Barre antipanique - série (solde)", "594",
                    "NON LANCÉE / NOT RELEASED", "-"]]),
        ("sp",),
        ("p", "Le solde de 594 pcs n'est pas lancé / the balance of 594 pcs is not released. Lancement "
              "uniquement après validation des échantillons par Julien Marchand (conducteur de travaux) et "
              "ordre de lancement écrit signé par Hélène Garnier, Directrice des achats."),
        ("p", "Matière / material: uniquement pour les échantillons (samples only)."),
    ], title="Bon de commande BR-24-07833", author="Claire Dumont"))])

# p09 multi-file: cover mail (PO 4500118802, 25 pcs) vs PO PDF (4500118820, 24 pcs) + quote
_t = """\
Hi Vivian,

Attached our PO 4500118802 for twenty-five (25) sample door closers DC-220, EN 1154 size 2-4, silver.

The production quantity in your quote is not released. The balance is released only after the sample
sign-off by Satu Rantanen and a written production release from Mikko Laaksonen. Material for the
samples only.

Best regards,
Anni Koskinen
""" + sig("Anni Koskinen", "Purchaser", KAARNA, "+358 13 555 0121")
case("p09", ["RG011"],
     "Cover mail gives PO 4500118802 and 25 samples; the PO document is 4500118820 with 24 samples "
     "(quote also 24); hold, event and releaser otherwise stated.", [
    ("mail_DC-220_samples.eml", eml_bytes(mail(
        ANNI, VIVIAN, "PO for DC-220 samples", "Thu, 30 May 2024 09:44:12 +0300", _t))),
    ("PO_4500118820.pdf", pdf([
        ("h1", "Kaarna Locks Oy - PURCHASE ORDER 4500118820"),
        ("p", "Teollisuuskatu 21, 80100 Joensuu, Finland - date 29.05.2024 - purchasing group K12"),
        ("table", [["Vendor", "70377 Sheng Feng Hardware Co., Ltd., Taichung"],
                   ["Quote ref.", "SF-Q-240510"]]),
        ("sp",),
        ("table", [["Item", "Material", "Description", "Qty", "Net price", "Status"],
                   ["00010", "DC-220-SMP", "Door closer DC-220, EN 1154 2-4, silver - SAMPLES", "24 PC",
                    "42,80 EUR", "make now"],
                   ["00020", "DC-220", "Door closer DC-220 - production", "2 376 PC", "27,90 EUR",
                    "NOT RELEASED"]]),
        ("sp",),
        ("p", "Item 00020 is not released. Release only after the sample sign-off by Satu Rantanen "
              "(Product Engineering) and a written production release from Mikko Laaksonen, Head of "
              "Supply Chain. Material authority: samples only."),
    ], title="PO 4500118820", author="Anni Koskinen")),
    ("SF-Q-240510.pdf", pdf([
        ("h1", "SHENG FENG HARDWARE CO., LTD."),
        ("p", "No. 55 Gongye 3rd Rd, Taichung 407, Taiwan - ISO 9001:2015"),
        ("h", "Quotation SF-Q-240510"),
        ("table", [["Customer", "Kaarna Locks Oy"], ["Date", "2024/05/10"], ["Validity", "90 days"]]),
        ("sp",),
        ("table", [["Item", "Description", "Qty", "Unit EUR"],
                   ["1", "DC-220 door closer EN 1154 size 2-4, silver - samples", "24 pcs", "42.80"],
                   ["2", "DC-220 door closer - mass production", "2,376 pcs", "27.90"]]),
        ("p", "Lead time: samples 20 days; mass production 45 days after customer written release."),
        ("p", "Vivian Lin, Sales Dept."),
    ], title="Quotation SF-Q-240510", author="Vivian Lin")),
])

# p10 HTML buyer portal: forecast presented as committed order
case("p10", ["RG008"],
     "Buyer portal presents the H2 project forecast (3,600 strikes) as 'our committed order', status "
     "COMMITTED, no further PO.", [
    ("PAI_portal_demand_ES-2412.html", html_page("Demand plan ES-2412", """\
<h2>Prairie Access Integration LLC &mdash; Supplier Portal &mdash; Demand Plan</h2>
<p>Supplier: Sheng Feng Hardware Co., Ltd. &nbsp;|&nbsp; Item: ES-2412 electric strike, fail-secure,
12/24 V DC &nbsp;|&nbsp; Published 06/20/2024 by Dave Kowalski</p>
<div class="note">The quantities below come from our 2024 H2 project forecast. Please treat them as our
committed order: book the capacity and plan your shipments accordingly. No further PO will be issued
for these quantities.</div>
<table>
<tr><th>Month</th><th>Qty (EA)</th><th>Status</th></tr>
<tr><td>Jul 2024</td><td>450</td><td>COMMITTED</td></tr>
<tr><td>Aug 2024</td><td>600</td><td>COMMITTED</td></tr>
<tr><td>Sep 2024</td><td>600</td><td>COMMITTED</td></tr>
<tr><td>Oct 2024</td><td>700</td><td>COMMITTED</td></tr>
<tr><td>Nov 2024</td><td>650</td><td>COMMITTED</td></tr>
<tr><td>Dec 2024</td><td>600</td><td>COMMITTED</td></tr>
<tr><th>Total</th><th>3,600</th><th></th></tr>
</table>
<p>Source: PAI project forecast FC-H2-2024 (sales pipeline, 14 jobs).</p>
""")),
])

# p11 TXT supplier mail: annual forecast taken as firm order, material reserved
case("p11", ["RG001", "RG006", "RG008"],
     "Supplier mail: call-off 300 pcs beside '12,000 pcs firm order' (the buyer's annual forecast), "
     "material reserved for 12,000; larger figure not marked as not released.", [
    ("RE_ES-2412_call-off_1.txt", """\
From: Vivian Lin <vivian.lin@shengfeng-hw.com.tw>
To: Dave Kowalski <dkowalski@prairieaccess.com>
Date: Tue, 18 Jun 2024 10:22:41 +0800
Subject: RE: ES-2412 call-off #1

Dear Dave,

Thanks for your call-off #1 under PO 24-PAI-0470: 300 pcs ES-2412 strikes, we will ship on 7/26.

Also thank you for the firm order of 12,000 pcs for 2025 (your annual forecast sheet of 6/14). We have
already reserved the stainless steel coil and the solenoids for 12,000 pcs with our vendors, so the
price is locked. Please kindly note.

Best regards,
Vivian Lin
Sales Dept.
Sheng Feng Hardware Co., Ltd.
Tel: +886 4 2359 0000 ext. 215
"""),
])

# p12 DOCX: "approved" used for samples, the PO and production
case("p12", ["RG009"],
     "Sign-off record uses 'approved' for the sample test (technical), the PO (finance) and the "
     "production release; quantities, hold, event and releaser all present.", [
    ("SSR-2024-019.docx", docx_bytes([
        ("h1", "Kaarna Locks Oy - Sample sign-off record SSR-2024-019"),
        ("table", [["Part", "ML-2045 mortise lock case, backset 65 mm, DRG 2045 Rev 03"],
                   ["Supplier", "Cerrajería Industrial Aldaba S.L."],
                   ["PO", "4500119301 - 800 pcs in total"],
                   ["Samples tested", "10 pcs, received 07.06.2024"]]),
        ("sp",),
        ("table", [["Test", "Requirement", "Result"],
                   ["Dimensions", "DRG 2045 Rev 03", "OK (10/10)"],
                   ["Cycle test", "EN 12209 grade 7, 200 000 cycles", "OK"],
                   ["Salt spray", "EN 1670 grade 4, 240 h", "OK"]]),
        ("h", "Decision"),
        ("li", "Samples: APPROVED (dimensions, function, cycle test)."),
        ("li", "Purchase order 4500119301: approved by finance 14.06.2024."),
        ("li", "Production: approved for the first 190 pcs by written release REL-2024-031 signed by Mikko "
               "Laaksonen, Head of Supply Chain."),
        ("li", "Balance of 600 pcs: not approved for production; on hold until the field test of the first "
               "190 pcs is signed off and Mikko Laaksonen issues the next written release."),
        ("p", "Signed: Satu Rantanen, Product Engineer, 17.06.2024"),
    ], author="Satu Rantanen")),
])

# p13 EML with forwarded own PO (message/rfc822): "samples are approved, so please proceed"
_orig = mail(JUKKA, INAKI, "PO 4500119310 - ML-2050 sample lock cases",
             "Mon, 27 May 2024 13:10:00 +0300", """\
Hello Iñaki,

Attached PO 4500119310 for ten (10) sample lock cases ML-2050, DRG 2050 Rev 01.

The balance of 990 pcs is not released. It is released only after the sample sign-off by Satu
Rantanen and a written production release from Mikko Laaksonen, Head of Supply Chain.
Material for the 10 samples only.

Br,
Jukka Heikkinen
Sourcing Manager, Kaarna Locks Oy
""", msgid="<h189-orig-0527@kaarnalocks.fi>")
_t = """\
Hola Iñaki,

Good news from Satu: the samples are approved 👍 So please proceed with the production.

For reference I forward below Jukka's original PO mail.

Br,
Anni
""" + sig("Anni Koskinen", "Purchaser", KAARNA, "+358 13 555 0121")
case("p13", ["RG002", "RG007"],
     "Forwarded original PO requires sample sign-off AND a written release by Mikko Laaksonen; new text "
     "'samples are approved, so please proceed with the production' rolls sample approval into "
     "production with no quantity.", [
    ("message_ML-2050.eml", eml_bytes(mail(
        ANNI, INAKI, "FW: PO 4500119310 - ML-2050 sample lock cases",
        "Wed, 19 Jun 2024 15:58:40 +0300", _t, attachments=[("rfc822", _orig)]))),
])

# p14 HTML supplier portal: PO acceptance releases production automatically
case("p14", ["RG012"],
     "Supplier portal: 'once a customer PO is accepted, the full PO quantity is released to production "
     "automatically' - PO acceptance treated as production authority.", [
    ("KAYA_B2B_order_24-PAI-0482.html", html_page("Kaya B2B - order 24-PAI-0482", """\
<h2>KAYA B2B &mdash; Order detail</h2>
<p>Customer: Prairie Access Integration LLC &nbsp;|&nbsp; Customer PO: <b>24-PAI-0482</b> &nbsp;|&nbsp;
Item: KY-PB-1200 rim exit device, finish 630 &nbsp;|&nbsp; Order qty: 180 pcs</p>
<table>
<tr><th>Date</th><th>Event</th><th>By</th></tr>
<tr><td>03.06.2024</td><td>Customer PO received</td><td>EDI</td></tr>
<tr><td>04.06.2024</td><td>PO accepted</td><td>E. Yıldız (Sales)</td></tr>
<tr><td>04.06.2024</td><td>Production order &Uuml;E-24-1187 released to shop floor (automatic)</td><td>system</td></tr>
</table>
<div class="note">Kaya standard terms: once a customer PO is accepted, the full PO quantity is released to
production automatically. No separate customer release is needed.</div>
<p>Planned ship date: 19.07.2024 &nbsp;|&nbsp; Contact: Serkan Demir, Production Planning</p>
""")),
])

# p15 TXT EDI 830: forecast quantities declared firm and binding
case("p15", ["RG008"],
     "EDI 830 planning schedule whose forecast lines are declared 'firm and binding purchase "
     "commitments' replacing a PO.", [
    ("EDI830_PAI-830-2406.txt", """\
PRAIRIE ACCESS INTEGRATION LLC - EDI 830 PLANNING SCHEDULE - HUMAN READABLE COPY
ISA control 000004471   GS 4471   ST 0001   Generated 06/14/2024 07:02 CDT

BFR*05*PAI-830-2406**DL*A*20240701*20241231*20240614~
N1*ST*PAI WAREHOUSE*92*NAP01~   1550 Ogden Ave, Naperville IL 60540
N1*SU*WENZHOU OUHAI DINGLI LOCK CO LTD*92*30217~
LIN**BP*CY-3030-N*VP*DL-CY3030N~   Euro cylinder 30/30, keyed different
UIT*EA~

 FST  Qty     Qual  Timing   Date          Decoded
 01   1,000   D     W        2024-07-08    forecast (planning)
 02   1,000   D     W        2024-08-05    forecast (planning)
 03   1,000   D     W        2024-09-02    forecast (planning)
 04   1,000   D     W        2024-10-07    forecast (planning)
 05   1,000   D     W        2024-11-04    forecast (planning)
 CTT*1*5000~

MSG*THIS 830 REPLACES THE PO FOR H2 2024.~
MSG*ALL FORECAST QUANTITIES ABOVE ARE FIRM AND BINDING PURCHASE COMMITMENTS~
MSG*(5,000 PCS TOTAL). SHIP PER DATES ABOVE.~
SE*17*0001~
"""),
])

# p16 multi-file: buyer sample PO (40) + supplier proforma (2,000, production on advance)
case("p16", ["RG011", "RG012"],
     "PO orders 40 samples with 1 960 not released; supplier proforma for the same order shows 2,000 nos "
     "and says production commences on receipt of the advance.", [
    ("BR-24-07870.pdf", pdf([
        ("h1", "BÂTIMENTS ROUSSEL SAS"),
        ("h", "Bon de commande / Purchase order N° BR-24-07870 du 21/06/2024"),
        ("table", [["Fournisseur", "Shree Ganesh Precision Locks Pvt. Ltd., Aligarh (IN) - compte F00471"],
                   ["Chantier", "Résidence Les Tilleuls, Villeurbanne"],
                   ["Acheteuse", "Claire Dumont"]]),
        ("sp",),
        ("table", [["Ligne", "Réf.", "Désignation", "Qté", "PU HT", "Statut"],
                   ["1", "SL-40-ECH", "Serrure à larder SL-40, EN 12209, axe 40 mm - échantillons", "40",
                    "9,80 €", "à fabriquer / make now"],
                   ["2", "SL-40", "Serrure à larder SL-40 - série (solde)", "1 960", "9,80 €",
                    "NON LANCÉE / NOT RELEASED"]]),
        ("sp",),
        ("p", "Quarante (40) échantillons seulement. Le solde de 1 960 pcs n'est pas lancé: lancement "
              "uniquement après validation des échantillons par Julien Marchand et ordre de lancement écrit "
              "de Hélène Garnier, Directrice des achats. Matière: échantillons seulement."),
        ("p", "Paiement: 30 % d'acompte sur les échantillons, solde à 60 jours."),
    ], title="Bon de commande BR-24-07870", author="Claire Dumont")),
    ("SGPL_PI_24-25_0117.pdf", pdf([
        ("h1", "SHREE GANESH PRECISION LOCKS PVT. LTD."),
        ("p", "Plot 14, Industrial Estate, Talanagri, Aligarh 202001 (UP), India - GSTIN 09AAXCS0000X1Z5 - "
              "IEC 05XXXXXXXX"),
        ("h", "PROFORMA INVOICE No. SGPL/PI/24-25/0117 dt. 24-06-2024"),
        ("table", [["Buyer", "Bâtiments Roussel SAS, Lyon, France"],
                   ["Buyer's order", "BR-24-07870 dt. 21-06-2024"],
                   ["Terms", "FOB Nhava Sheva"]]),
        ("sp",),
        ("table", [["S.No.", "Description", "HSN", "Qty", "Rate EUR", "Amount EUR"],
                   ["1", "SL-40 mortise lock (serrure à larder), EN 12209, 40 mm backset", "8301 40",
                    "2,000 nos", "9.80", "19,600.00"],
                   ["", "Total", "", "2,000 nos", "", "19,600.00"]]),
        ("sp",),
        ("p", "Payment: 30% advance (EUR 5,880.00) by TT to our bank account below; balance 70% before "
              "dispatch."),
        ("p", "Production will commence immediately on receipt of the advance payment. Delivery 60 days from "
              "receipt of advance."),
        ("p", "Bank: State Bank of India, Aligarh Main Branch, SWIFT SBININBB000. For Shree Ganesh Precision "
              "Locks Pvt. Ltd. - Rajesh Sharma, GM Exports (Authorised Signatory)"),
    ], title="Proforma invoice SGPL/PI/24-25/0117", author="Rajesh Sharma")),
])

# p17 DOCX site minutes: implied auto-conversion, nobody named to release
case("p17", ["RG005", "RG007"],
     "Site minutes: 6 sample closers; 'no need to wait for a paper: if the samples are OK on the mock-up "
     "door, Aldaba continues directly with the rest' - implied auto-conversion, no named releaser.", [
    ("CR_chantier_14_Tilleuls_B.docx", docx_bytes([
        ("h1", "Compte-rendu de chantier n°14 - Résidence Les Tilleuls - Bâtiment B"),
        ("p", "Date: 13/06/2024, 08:30, base vie. Rédacteur: Julien Marchand (Bâtiments Roussel, conducteur "
              "de travaux)."),
        ("table", [["Company", "Present", "Trade"],
                   ["Bâtiments Roussel", "J. Marchand", "general contractor"],
                   ["Plâtrerie Gaillard", "M. Gaillard", "plasterboard"],
                   ["Aldaba (by visio)", "I. Etxeberria", "door closers"],
                   ["Menuiserie Perrin", "S. Perrin", "doors"]]),
        ("h", "1. Planning"),
        ("p", "Plasterboard level 3 finished. Painting starts week 26. Doors level 1-2 delivered on site."),
        ("h", "2. Doors (Menuiserie Perrin)"),
        ("p", "Mock-up door at level 1 is fitted. Perrin to adjust the rebate on 4 doors of the stair core."),
        ("h", "3. Door closers (Aldaba)"),
        ("p", "Aldaba supplies six (6) sample AC-60 closers for the mock-up door, order BR-24-07880, delivery "
              "week 25. No need to wait for a paper: if the samples are OK on the mock-up door, Aldaba "
              "continues directly with the rest for Bât. B, to keep the planning."),
        ("h", "4. Safety"),
        ("p", "Stair guard rails level 3 to be completed before Friday."),
        ("p", "Next meeting: 20/06/2024, 08:30."),
    ], author="Julien Marchand")),
])

# p18 EML quoted reply + PDF: supplier buys material for 6,000 and will roll into production
_rep = pdf([
    ("h1", "Dingli Lock - Dimension inspection report"),
    ("table", [["Part", "CY-3535 euro cylinder 35/35"], ["PO", "HV-24-0633"],
               ["Lot", "sample lot, 60 pcs"], ["Measured", "5 pcs from the lot"]]),
    ("sp",),
    ("table", [["Feature", "Spec (mm)", "#1", "#2", "#3", "#4", "#5", "Result"],
               ["Length A", "35.0 +0/-0.2", "34.92", "34.95", "34.90", "34.93", "34.94", "OK"],
               ["Length B", "35.0 +0/-0.2", "34.91", "34.93", "34.95", "34.92", "34.90", "OK"],
               ["Profile dia.", "17.0 +/-0.05", "17.01", "16.99", "17.02", "17.00", "17.01", "OK"],
               ["Cam width", "10.0 +/-0.1", "10.02", "9.98", "10.03", "10.01", "9.99", "OK"]]),
    ("p", "Inspector: Wang Lei, QC. Date 2024-06-20."),
], title="Inspection report CY-3535", author="Wang Lei")
_t = """\
Dear Mr Chan,

Good day. Sample status for PO HV-24-0633:
- 60 pcs sample cylinders CY-3535 finished, inspection report attached, all dimension OK.
- Ship by SF Express tomorrow to Kwun Tong office.

For the mass production, we already bought the brass rod and the nickel plating material for total
6,000 pcs, because copper price is going up. When you approve samples, we will continue the mass
production right away, delivery about 30 days.

Best regards
Linda Zhang
Sales Manager
Wenzhou Ouhai Dingli Lock Co., Ltd.

> From: Kelvin Chan
> Sent: Tuesday, June 4, 2024 4:05 PM
> Subject: PO HV-24-0633 - CY-3535 samples
>
> Dear Linda,
> PO HV-24-0633: sixty (60) sample cylinders only. The balance of 5,940 pcs is
> not released until Winnie Lau signs off the samples and Mr Raymond Tsang sends
> a written production release. Material for the 60 samples only.
> Regards, Kelvin Chan
"""
case("p18", ["RG006", "RG007"],
     "Quoted buyer scope limits material to the 60 samples; supplier has bought material for 6,000 and "
     "says 'when you approve samples, we will continue the mass production right away'.", [
    ("message_HV-24-0633.eml", eml_bytes(mail(
        LINDA, KELVIN, "RE: PO HV-24-0633 - CY-3535 samples", "Thu, 20 Jun 2024 17:25:33 +0800", _t,
        attachments=[("CY-3535_inspection.pdf", _rep, PDF_MT)],
        in_reply_to="<h189-ref-0604-05@harbourview-pm.com.hk>"))),
])

# p19 TXT Oracle BPA release: 250 of 1,000, balance on hold, no event, no named person
case("p19", ["RG004", "RG005"],
     "Blanket release of 250 of 1,000 with 'balance of 750 on hold'; no unlock event and only 'Prairie "
     "purchasing' for further releases.", [
    ("BPA_24-PAI-BPA-0019_REL1.txt", """\
PRAIRIE ACCESS INTEGRATION LLC                         BLANKET PURCHASE AGREEMENT
Oracle EBS - Release Printout                          BPA 24-PAI-BPA-0019   Release 1
Supplier : KAYA KAPI DONANIMLARI A.S. (Site: BURSA)    Supplier # 40931
Buyer    : PAI PURCHASING (GRP 03)                     Date     : 24-JUN-2024
Ship-To  : PAI WAREHOUSE, 1550 OGDEN AVE, NAPERVILLE IL 60540

Line  Item          Description                           UOM   Qty    Price     Need-by
----  ------------  ------------------------------------  ----  -----  --------  -----------
1     KY-PB-900     Rim exit device 36in, US26D, UL 305   EA      250    112.00  26-AUG-2024

Agreement quantity : 1,000 EA
Released to date   :   250 EA (this release)
Balance on hold    :   750 EA

Notes to supplier:
Release 1 covers 250 exit devices only. The balance of 750 is on hold.
Do not build or buy material beyond 250.
Further releases will be issued by Prairie purchasing.

Terms: Net 45   FOB Bursa   Currency USD
"""),
])

# p20 PDF HK PO: 16 sample sets, balance "as per tender award", nothing about hold/event/person
case("p20", ["RG003", "RG004", "RG005"],
     "Sample PO for 16 sets refers to a balance for Towers 2-3 per tender award; never says it is not "
     "released, names no unlock event and no releaser.", [
    ("HV-24-0655.pdf", pdf([
        ("h1", "HARBOURVIEW PROPERTY MANAGEMENT LIMITED"),
        ("p", "12/F Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon, Hong Kong"),
        ("h", "PURCHASE ORDER HV-24-0655"),
        ("table", [["Supplier", "Sheng Feng Hardware Co., Ltd., Taichung, Taiwan"],
                   ["Date", "11 June 2024"],
                   ["Project", "Lohas Park Residence - fire door closer upgrade"]]),
        ("sp",),
        ("table", [["Item", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "DC-5400 door closer with hold-open arm, EN 1154 size 2-5, silver - sample sets",
                    "16 sets", "HKD 480.00", "HKD 7,680.00"]]),
        ("sp",),
        ("p", "Sample order: sixteen (16) sets for trial installation at Tower 1. Balance quantity for "
              "Tower 2 and Tower 3 as per our tender award letter TA-2024-018."),
        ("p", "Supplier to provide EN 1154 test report (500 000 cycles) and CE declaration with the samples. "
              "Delivery to Tower 1 management office by 5 July 2024. Payment 30 days."),
        ("p", "Issued by: Kelvin Chan, Procurement Officer"),
    ], title="PO HV-24-0655", author="Kelvin Chan")),
])

# p21 HTML buyer portal: sample lot quantity "to be confirmed"
case("p21", ["RG010"],
     "Buyer portal asks to start the sample lot now but the sample quantity is 'to be confirmed'; hold, "
     "event and releaser (Mikko Laaksonen) stated; production figure marked not released.", [
    ("KL_portal_4500119420.html", html_page("Kaarna supplier portal - 4500119420", """\
<h2>Kaarna Locks Oy &mdash; Supplier Portal</h2>
<p>Order <b>4500119420</b> &nbsp;|&nbsp; Supplier 70418 Wenzhou Ouhai Dingli Lock Co., Ltd. &nbsp;|&nbsp;
Part KC-4045 cylinder, 40/45 mm, DRG 4045 Rev 02 &nbsp;|&nbsp; Buyer: Anni Koskinen</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Sample lot</td><td>quantity to be confirmed by Product Engineering (see drawing DRG 4045 Rev 02)</td></tr>
<tr><td>Quoted production quantity</td><td>2 000 pcs &ndash; information only, not released</td></tr>
<tr><td>Production balance</td><td>NOT released. Released only after the sample sign-off by Satu Rantanen and a written production release by Mikko Laaksonen, Head of Supply Chain.</td></tr>
<tr><td>Material authority</td><td>sample-only</td></tr>
<tr><td>Action for supplier</td><td>Please start the sample lot now.</td></tr>
</table>
<p class="note">Questions: anni.koskinen@kaarnalocks.fi</p>
""")),
])

# p22 EML two-level thread: "ECN approved. You have our approval - green light!"
_t = """\
Vivian,

ECN-0458 is approved. You have our approval - green light!

Dave
""" + sig("Dave Kowalski", "Purchasing", PRAIRIE, "+1 630 555 0148") + """
> From: Vivian Lin <vivian.lin@shengfeng-hw.com.tw>
> Sent: Tuesday, June 11, 2024 9:40 PM
> To: Dave Kowalski
> Subject: RE: PO 24-PAI-0490 - CY-3030-P pilot cylinders
>
> Dear Dave,
> ECN-0458 (cam length change 10 mm -> 12 mm, drawing DRG 3030 Rev 12 -> Rev 13) is ready on our side.
> Please confirm ECN OK so we can update the drawing, and can we have green light?
> Best regards, Vivian
>
>> From: Dave Kowalski
>> Sent: Friday, June 7, 2024 3:12 PM
>> Subject: PO 24-PAI-0490 - CY-3030-P pilot cylinders
>>
>> Vivian, PO 24-PAI-0490 is for twelve (12) pilot cylinders CY-3030-P only.
>> The balance of 1,188 is not released until Brian O'Neill signs off the pilot
>> on the test door and Greg Lindqvist sends a written production release.
>> Material for the 12 pilot pcs only.
"""
case("p22", ["RG002", "RG009"],
     "Two-level thread: original scope (12 pilot, 1,188 not released, event, releaser) quoted; reply "
     "'ECN-0458 is approved. You have our approval - green light!' is unscoped and uses approval for "
     "the ECN and for the go.", [
    ("message_24-PAI-0490.eml", eml_bytes(mail(
        DAVE, VIVIAN, "RE: PO 24-PAI-0490 - CY-3030-P pilot cylinders",
        "Wed, 12 Jun 2024 07:55:10 -0500", _t,
        in_reply_to="<h189-ref-0611-06@shengfeng-hw.com.tw>"))),
])

# p23 TXT Teams: pilot lot with no number; approved x3
case("p23", ["RG009", "RG010"],
     "Teams: 'build the pilot lot' never gets a number; 'approved' used for FAT, the Coupa PO and "
     "production; hold, event (FAT sign-off) and releaser (Greg Lindqvist) present.", [
    ("Teams_chat_PAI_ShengFeng_0501.txt", """\
Microsoft Teams - chat export
Chat: PAI / Sheng Feng - ES-2412 Lobby B
Exported: 7/2/2024 5:30 PM (Central)

[6/18/2024 9:02 AM] Tamika Brooks: Hi Vivian, pls build the pilot lot of ES-2412 strikes for the Lobby B doors (PO 24-PAI-0501). Balance of the order stays on hold.
[6/18/2024 9:15 AM] Vivian Lin (Sheng Feng) (Guest): OK Tamika, how many pcs for pilot?
[6/18/2024 9:40 AM] Tamika Brooks: same as we discussed on the call 🙂
[7/2/2024 2:11 PM] Tamika Brooks: FAT on the pilot strikes is approved ✅
[7/2/2024 2:12 PM] Tamika Brooks: PO 24-PAI-0501 also got approved in Coupa this morning, so commercially we're approved too
[7/2/2024 2:13 PM] Tamika Brooks: production is NOT approved yet tho. Greg Lindqvist approves the production release in writing after the FAT sign-off sheet is filed
[7/2/2024 2:20 PM] Vivian Lin (Sheng Feng) (Guest): Noted, we wait Greg's written release.
"""),
])

# p24 EML multipart/alternative: "release" for SAP PO workflow, sample technical release, production
_t = """\
Hello Vivian,

Status of PO 4500119533 for the DC-240 closers:

- The PO is now released in SAP (release strategy K1 completed by our finance yesterday), so the order
  is valid commercially.
- The technical release of the twelve (12) samples is still pending - Satu Rantanen tests them in our
  lab next week (EN 1154, closing force class 3).
- Production release: the balance of 1 188 pcs is not released. I will send the production release in
  writing after Satu's sample sign-off.

Please make only the 12 samples for now, material for 12 pcs only.

Best regards,
Jukka
""" + sig("Jukka Heikkinen", "Sourcing Manager", KAARNA, "+358 13 555 0117")
case("p24", ["RG009"],
     "'Release' used for the SAP PO workflow, the technical release of samples and the production "
     "release; scope otherwise complete (12 samples, 1 188 not released, sign-off, Jukka).", [
    ("message_4500119533.eml", eml_bytes(mail(
        JUKKA, VIVIAN, "PO 4500119533 - DC-240 - status", "Tue, 25 Jun 2024 10:30:00 +0300", _t,
        html=as_html(_t)))),
])

# p25 PDF sample acceptance report: "APPROVED - supplier may proceed"
case("p25", ["RG002", "RG007", "RG009"],
     "Report states the series of 450 is released only by Hélène Garnier's written order, then ends "
     "'APPROVED - supplier may proceed' (unscoped, sample approval rolled into production); 'approved' "
     "also used for the PO.", [
    ("RR_BR-24-07915_AC-60.pdf", pdf([
        ("h1", "BÂTIMENTS ROUSSEL - Rapport de réception échantillons"),
        ("p", "Sample acceptance report - RR-24-022"),
        ("table", [["Commande", "BR-24-07915 - 6 échantillons AC-60 (approved by direction achats 10/06/2024)"],
                   ["Fournisseur", "Cerrajería Industrial Aldaba S.L."],
                   ["Article", "AC-60 ferme-porte EN 1154 force 3, bras compas, argent"],
                   ["Échantillons reçus", "6 pcs le 18/06/2024"],
                   ["Série", "450 pcs - non lancée; lancement uniquement sur ordre de lancement écrit de "
                             "Hélène Garnier après validation des échantillons"]]),
        ("sp",),
        ("table", [["Contrôle", "Exigence", "Résultat"],
                   ["Force de fermeture", "EN 1154 taille 3", "OK"],
                   ["Vitesse de fermeture", "réglable 3-7 s", "OK"],
                   ["Frein à l'ouverture", "réglable", "OK"],
                   ["Finition", "argent RAL 9006", "OK"],
                   ["Fixation porte témoin", "gabarit DRG 60-T Rev 4", "OK"]]),
        ("sp",),
        ("p", "Résultat global / overall result: APPROVED - le fournisseur peut continuer / supplier may "
              "proceed."),
        ("p", "Julien Marchand, conducteur de travaux, 20/06/2024"),
    ], title="Rapport de réception RR-24-022", author="Julien Marchand")),
])

# p26 TXT supplier MRP: forecast treated as firm demand, raw material bought for 5,000
case("p26", ["RG006", "RG008"],
     "Supplier MRP: customer PO is a sample order with production not released, but the customer "
     "forecast is entered as FIRM demand and raw material POs are issued for 5,000 sets.", [
    ("SGPL_MRP_run_21-06-2024.txt", """\
SHREE GANESH PRECISION LOCKS PVT. LTD. - ALIGARH
Tally ERP / MRP RUN   -   Date: 21-06-2024   -   User: PRODPLAN2   -   Run no. 0614

Customer   : KAARNA LOCKS OY, FINLAND
Cust PO    : 4500119460  (SAMPLE ORDER ONLY - production not released by customer)
Item       : ML-2040B LOCK BODY ASSY  (DRG 2040B REV 03)

DEMAND
Source                         Qty        Type
-----------------------------  ---------  ------------------------------
Customer forecast FC-2025      5,000      FIRM (treated as confirmed order)

RAW MATERIAL PLAN
RM code     Description                 Req qty     On order    RM PO no.     Status
----------  --------------------------  ----------  ----------  ------------  ------------------
RM-CR-1.5   CRCA sheet 1.5 mm DC01      2,150 kg    2,150 kg    SG/RM/0871    PO ISSUED 18-06
RM-ZN-05    Zinc alloy ZAMAK 5          900 kg      900 kg      SG/RM/0872    PO ISSUED 18-06
RM-SPR-11   Latch spring SS302          5,000 nos   5,000 nos   SG/RM/0873    PO ISSUED 19-06

Remarks: RM procured for full 5,000 sets as per customer forecast, to meet Q1 delivery.
Checked: V. Gupta (Plant Head)
"""),
])

# p27 PDF buyer PO: pilot 10 + quote table with production 400, releaser named, no hold/event
case("p27", ["RG001", "RG003", "RG004"],
     "Pilot PO for 10 with the quote's 400-pc production tier printed beside it unmarked; names the "
     "release authority (Greg Lindqvist) but never says the balance is held or what unlocks it.", [
    ("PO_24-PAI-0512.pdf", pdf([
        ("h1", "PURCHASE ORDER 24-PAI-0512"),
        ("p", "Prairie Access Integration LLC, 1550 Ogden Ave, Naperville, IL 60540 - Date 06/24/2024"),
        ("table", [["Supplier", "Kaya Kapi Donanimlari A.S., Bursa, Türkiye (vendor #40931)"],
                   ["Program", "Oak Brook office tower - stair and exit doors"],
                   ["Buyer", "Dave Kowalski"]]),
        ("sp",),
        ("table", [["Line", "Item", "Description", "Qty", "UOM", "Unit", "Extended"],
                   ["1", "KY-PB-1200", "Rim exit device, pilot lot, finish 630", "10", "EA", "$118.00",
                    "$1,180.00"]]),
        ("sp",),
        ("p", "Quote reference Q-KY-24-0331:"),
        ("table", [["Tier", "Qty", "Unit price", "Lead time"],
                   ["Pilot", "10 EA", "$118.00", "3 weeks"],
                   ["Production", "400 EA", "$86.50", "6 weeks"]]),
        ("sp",),
        ("p", "Pilot lot for the Oak Brook office tower. Production release authority for this program: "
              "Greg Lindqvist, Director of Operations."),
        ("p", "Terms: Net 45, FCA Bursa. ANSI/BHMA A156.3 Grade 1, UL 305."),
    ], pagesize=LETTER, title="PO 24-PAI-0512", author="Dave Kowalski")),
])

# p28 HTML buyer e-procurement: sample PO with contract quantity 2,500 shown, nothing else
case("p28", ["RG001", "RG003", "RG004", "RG005"],
     "E-procurement PO for 10 sample locks shows the term-contract quantity 2,500 beside it unmarked; "
     "no hold, no unlock event, no releaser.", [
    ("HV_eProc_HV-24-0677.html", html_page("HV e-Procurement - PO HV-24-0677", """\
<h2>Harbourview e-Procurement &mdash; Supplier view</h2>
<p>PO <b>HV-24-0677</b> &nbsp;|&nbsp; Supplier: Shree Ganesh Precision Locks Pvt. Ltd. &nbsp;|&nbsp;
Issued 25 Jun 2024 &nbsp;|&nbsp; Buyer: Kelvin Chan</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>1</td><td>ML-3000-S</td><td>ML-3000 mortise lock, SS304 faceplate, 60 mm backset &ndash; sample</td><td>10 pcs</td><td>HKD 118.00</td><td>HKD 1,180.00</td></tr>
</table>
<h3>Contract information</h3>
<table>
<tr><td>Term contract</td><td>TC-2024-07 (24 months)</td></tr>
<tr><td>Contract quantity</td><td>2,500 pcs</td></tr>
<tr><td>Contract unit price</td><td>HKD 96.50</td></tr>
</table>
<p>Remarks: samples for the Kowloon Bay office fit-out. Kindly ship by 15 July 2024 to 14/F.</p>
""")),
])

# p29 TXT WhatsApp: "Tooling invoice paid yesterday, so go ahead"
case("p29", ["RG002", "RG012"],
     "Scope set earlier (25 samples, 2,475 not released, sign-off + Greg's written release); later "
     "'Tooling invoice paid yesterday, so go ahead' - payment as trigger, unscoped go-ahead.", [
    ("WhatsApp Chat with Linda Zhang Dingli.txt", """\
[6/3/24, 8:15:10 AM] Dave Kowalski: Hi Linda, PO 24-PAI-0520 sent for the master-key cylinder project. 25 sample cylinders only. Balance 2,475 NOT released until Brian O'Neill signs off the samples and Greg Lindqvist sends written release.
[6/3/24, 8:40:55 PM] Linda Zhang Dingli: Received Dave, 25 pcs sample we make. For the MK system we need key cutting tooling, PI for tooling USD 850 sent by email.
[6/12/24, 9:02:30 AM] Dave Kowalski: Tooling invoice paid yesterday (wire ref attached), so go ahead 👍
[6/12/24, 9:03:01 AM] Dave Kowalski: wire_confirmation_0611.pdf (file attached)
[6/12/24, 9:30:17 PM] Linda Zhang Dingli: Thank you Dave! 👍
"""),
])

# p30 multi-file: portal call-off 3 = 120 pcs vs WeChat "call-off 3 is 150 pcs"
case("p30", ["RG011"],
     "Portal call-off 3 releases 120 pcs; the buyer's WeChat message says call-off 3 is 150 pcs; hold, "
     "event, releaser and staged material otherwise stated.", [
    ("KL_portal_call-off_3.html", html_page("Kaarna supplier portal - call-off 3", """\
<h2>Kaarna Locks Oy &mdash; Supplier Portal &mdash; Call-off</h2>
<p>Schedule agreement <b>5500002011</b> &nbsp;|&nbsp; Supplier 70418 Wenzhou Ouhai Dingli Lock Co., Ltd.
&nbsp;|&nbsp; Part KC-3035 cylinder body, DRG 3035 Rev 07</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Agreement quantity</td><td>1 500 pcs</td></tr>
<tr><td>Call-offs 1-2 (delivered)</td><td>300 pcs</td></tr>
<tr><td>Call-off 3 &ndash; released now</td><td><b>120 pcs</b>, delivery week 34</td></tr>
<tr><td>Remaining</td><td>1 080 pcs &ndash; not released</td></tr>
<tr><td>Next release</td><td>call-off 4, after the line trial sign-off, signed by Anni Koskinen</td></tr>
<tr><td>Material authority</td><td>staged up to 240 pcs</td></tr>
</table>
<p>Published 01.07.2024 by Anni Koskinen, Purchaser.</p>
""")),
    ("WeChat_AnniKoskinen_LindaZhang.txt", """\
WeChat chat history - Anni Koskinen (Kaarna) & Linda Zhang 张琳 (Dingli Lock)
Exported 2024-07-03 08:40

2024-07-01 14:05  Anni Koskinen: Hi Linda, call-off 3 is in the portal now: 150 pcs KC-3035 for week 34. Rest of the agreement stays not released.
2024-07-01 14:22  Linda Zhang 张琳: OK Anni, 150 pcs week 34 👌
2024-07-01 14:23  Linda Zhang 张琳: material we use from the staged stock
2024-07-01 14:30  Anni Koskinen: 👍
"""),
])

# p31 DOCX sample order form: project quantity 640 printed beside 8 samples; releaser named only
case("p31", ["RG001", "RG003", "RG004"],
     "Sample order form: 8 samples with 'project quantity 640' printed beside them unmarked; names "
     "Hélène Garnier as production release authority but no hold and no unlock event.", [
    ("SO-24-033_paumelles.docx", docx_bytes([
        ("h1", "BÂTIMENTS ROUSSEL SAS"),
        ("h", "Demande d'échantillons / Sample order form SO-24-033"),
        ("table", [["Fournisseur / Supplier", "Sheng Feng Hardware Co., Ltd., Taichung"],
                   ["Commande / Order", "BR-24-07940 du 26/06/2024"],
                   ["Article", "Paumelle / hinge HG-102 inox 102 x 76 x 3 mm, EN 1935 grade 13, 4 roulements"],
                   ["Quantité échantillons / sample qty", "8 pcs"],
                   ["Quantité projet / project qty", "640 pcs (160 portes x 4)"],
                   ["Prix unitaire projet", "6,10 € HT"],
                   ["Chantier", "Groupe scolaire Jean Moulin, Vénissieux"]]),
        ("sp",),
        ("p", "Merci de fabriquer les 8 échantillons pour la porte témoin et de les livrer au chantier avant "
              "le 12/07. / Please make the 8 samples for the mock-up door and deliver to site before 12/07."),
        ("p", "Responsable du lancement série / production release authority: Hélène Garnier, Directrice "
              "des achats."),
        ("p", "Contact achats: Claire Dumont, +33 4 72 00 41 18"),
    ], author="Claire Dumont")),
])

# p32 EML two-level: supplier assumes the fit-check sign-off rolls into serial production
_t = """\
Dear Sir,

Greetings from Shree Ganesh Precision Locks.

As per your below mail the samples are approved, so we are continuing with the serial production of
1,476 nos ML-3000 sets. Deliveries will start from week 38, 300 nos per week.

Thanking you and assuring you of our best services always.

With warm regards,
Rajesh Sharma
GM - Exports
Shree Ganesh Precision Locks Pvt. Ltd., Aligarh (UP) India
Mob: +91 98370 00000

> From: Raymond Tsang <raymond.tsang@harbourview-pm.com.hk>
> Sent: Wednesday, July 3, 2024 11:20 AM
> To: Rajesh Sharma
> Subject: RE: PO HV-24-0688 - ML-3000 sample sets delivered
>
> Dear Rajesh,
> Winnie Lau has signed off the 24 sample sets: approved for fit check only;
> production not released. The balance of 1,476 sets stays on hold until I
> send you the written production release.
> Regards, Raymond Tsang, AGM (Technical)
>
>> From: Rajesh Sharma
>> Sent: Monday, July 1, 2024 6:42 PM
>> Subject: PO HV-24-0688 - ML-3000 sample sets delivered
>>
>> Sir, 24 sample sets ML-3000 delivered to Kwun Tong site today,
>> kindly confirm receipt.
"""
case("p32", ["RG007"],
     "Two-level thread: buyer's quoted sign-off says 'approved for fit check only; production not "
     "released', balance held until Raymond's written release; supplier replies it is continuing with "
     "serial production because the samples are approved.", [
    ("message_HV-24-0688.eml", eml_bytes(mail(
        RAJESH, RAYMOND, "RE: PO HV-24-0688 - ML-3000 sample sets delivered",
        "Thu, 04 Jul 2024 10:05:48 +0530", _t, cc=KELVIN,
        in_reply_to="<h189-ref-0703-07@harbourview-pm.com.hk>"))),
])

# p33 TXT French ERP PO: sample line + unmarked production line
case("p33", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO with line 10 = 25 samples for tests and line 20 = 2 475 series with no status; nothing "
     "says the series is not released, no unlock event, no releaser (buyer field only).", [
    ("CDE_BR-24-07955.txt", """\
BATIMENTS ROUSSEL SAS  -  Achats  -  Edition commande fournisseur              Page 1/1
14 rue de Gerland, 69007 Lyon

Commande n° : BR-24-07955                        Date : 24/06/2024
Fournisseur : WENZHOU OUHAI DINGLI LOCK CO., LTD. (F00412)
Acheteur    : C. DUMONT
Chantier    : 24-118 Les Tilleuls

Lig  Article        Désignation                                Qté     U   PU (EUR)    Montant
---  -------------  ----------------------------------------   ------  --  ---------   ---------
10   CYL-3040-ECH   Cylindre européen 30/40 laiton nickelé        25   P       11,20      280,00
                    - ECHANTILLONS
20   CYL-3040       Cylindre européen 30/40 laiton nickelé     2 475   P        4,60   11 385,00
                    - SERIE
                                                              Total HT                 11 665,00

Observations :
Echantillons pour essais sur porte témoin. Merci de confirmer le délai.
Norme EN 1303:2015, grade clé 6, résistance perçage grade 2. Emballage 1 pc / blister.
Conditions : paiement 60 jours date de facture. DAP Lyon (Incoterms 2020).
"""),
])

# p34 EML: start the samples, no quantity anywhere
_t = """\
Hello Emre,

Please start the samples of the panic bar PB-1200 for the mock-up door, as per our order BR-24-07960
(EN 1125, RAL 9006, door leaf 1 000 mm).

The balance of the order stays on hold. It is released only after the sample sign-off by Julien
Marchand on the mock-up door and my written production release.
Material only for the samples.

Best regards
Claire Dumont
""" + sig("Claire Dumont", "Acheteuse", ROUSSEL, "+33 4 72 00 41 18")
case("p34", ["RG010"],
     "Buyer asks to start 'the samples' with hold, event and named releaser, but no quantity is stated "
     "(1 000 mm is the door leaf size).", [
    ("message_BR-24-07960.eml", eml_bytes(mail(
        CLAIRE, EMRE, "Commande BR-24-07960 - PB-1200 samples", "Thu, 27 Jun 2024 16:12:03 +0200", _t))),
])

# p35 TXT WhatsApp: "first batch ... as per the mock-up", no number
case("p35", ["RG010"],
     "WhatsApp: 'make the first batch ... for the mock-up floor', supplier asks how many, buyer answers "
     "'as per the mock-up'; rest not released until Winnie Lau's sign-off + Kelvin's written release.", [
    ("WhatsApp Chat with Kelvin Chan HV.txt", """\
[03/07/2024, 10:21] Kelvin Chan HV: Rajesh, pls make the first batch of ML-3000 mortise locks for the mock-up floor (18/F, Kowloon Bay office).
[03/07/2024, 10:22] Kelvin Chan HV: The rest of PO HV-24-0690 not released. Wait until Winnie Lau signs off the first batch and I confirm the production release in writing.
[03/07/2024, 10:40] Rajesh Sharma SGPL: Noted sir. How many nos in first batch? same as mock-up door count?
[03/07/2024, 11:02] Kelvin Chan HV: yes as per the mock-up. thx
[03/07/2024, 11:03] Rajesh Sharma SGPL: 👍
"""),
])

# p36 DOCX work authorization: pilot lot "quantity per site survey (TBD)"
case("p36", ["RG010"],
     "Work authorization authorizes a pilot lot with 'quantity per site survey (TBD)'; hold, unlock "
     "event and releaser (Greg Lindqvist) stated.", [
    ("WA-24-022.docx", docx_bytes([
        ("h1", "Prairie Access Integration LLC"),
        ("h", "Supplier Work Authorization WA-24-022"),
        ("table", [["Supplier", "Kaya Kapı Donanımları A.Ş., Bursa"],
                   ["Program", "Hinsdale Hospital, Phase 2 doors"],
                   ["Part", "KY-PB-1200-ELR exit device with electric latch retraction, 24 V DC"],
                   ["PO", "24-PAI-0530"],
                   ["Date", "06/28/2024"]]),
        ("sp",),
        ("h", "Authorized now"),
        ("p", "Pilot installation lot for Building C - quantity per site survey (TBD by our field team)."),
        ("h", "Not authorized"),
        ("p", "Balance of PO 24-PAI-0530: not released. Unlock: pilot sign-off by Brian O'Neill (Field "
              "Engineer) on site, then a written production release by Greg Lindqvist, Director of "
              "Operations."),
        ("h", "Material authority"),
        ("p", "Pilot lot only."),
        ("p", "Signed: Tamika Brooks, Project Manager"),
    ], author="Tamika Brooks")),
])

# p37 PDF supplier order confirmation: forecast confirmed as firm, production on advance
case("p37", ["RG008", "RG012"],
     "Supplier order confirmation turns the buyer's annual forecast of 2,500 into a 'firm order' and "
     "starts production on receipt of the 30% advance.", [
    ("SGPL_OC_24-25_0233.pdf", pdf([
        ("h1", "SHREE GANESH PRECISION LOCKS PVT. LTD."),
        ("p", "Plot 14, Industrial Estate, Talanagri, Aligarh 202001 (UP), India - ISO 9001:2015"),
        ("h", "ORDER CONFIRMATION No. OC/24-25/0233 dt. 17-06-2024"),
        ("table", [["Buyer", "Prairie Access Integration LLC, Naperville IL, USA"],
                   ["Ref.", "Your annual forecast mail dt. 12-06-2024 (Mr Dave Kowalski)"]]),
        ("sp",),
        ("table", [["S.No.", "Description", "Qty", "Rate USD", "Amount USD"],
                   ["1", "ML-160 mortise lock, ANSI/BHMA A156.13 Gr 1, US26D, 2-3/4 in backset", "2,500 nos",
                    "18.40", "46,000.00"]]),
        ("sp",),
        ("p", "We are pleased to confirm your forecast quantity of 2,500 nos as firm order."),
        ("p", "Production will start on receipt of 30% advance payment (USD 13,800.00). Balance 70% against "
              "copy of B/L. Delivery in 4 lots from 60 days of advance."),
        ("p", "For Shree Ganesh Precision Locks Pvt. Ltd. - Rajesh Sharma, GM Exports"),
    ], title="Order confirmation OC/24-25/0233", author="Rajesh Sharma")),
])

# p38 TXT EDI 850 vs 855: 40 ordered, 400 acknowledged
case("p38", ["RG011"],
     "EDI 850 orders 40 pilot strikes (460 not released, FAT sign-off, Greg Lindqvist); the 855 "
     "acknowledgment of the same PO says 400.", [
    ("EDI_850_855_24-PAI-0544.txt", """\
PRAIRIE ACCESS INTEGRATION LLC - EDI TRANSACTION LOG - PO 24-PAI-0544
Trading partner: SHENG FENG HARDWARE CO LTD (SFHW)    Printed 07/03/2024 08:12 CDT

=== X12 850 PURCHASE ORDER (outbound, 07/01/2024 10:02) ===
BEG*00*SA*24-PAI-0544**20240701~
N1*BY*PRAIRIE ACCESS INTEGRATION LLC*92*PAI~
N1*SE*SHENG FENG HARDWARE CO LTD*92*20488~
PO1*1*40*EA*29.50**VP*ES-2412-PIL*BP*ES2412~
PID*F****PILOT LOT ES-2412 FAIL-SECURE STRIKE 12/24VDC~
MSG*PILOT LOT 40 EA ONLY. BALANCE 460 EA NOT RELEASED.~
MSG*RELEASE OF BALANCE ONLY AFTER FAT SIGN-OFF BY BRIAN O NEILL~
MSG*AND WRITTEN PRODUCTION RELEASE BY GREG LINDQVIST.~
MSG*MATERIAL AUTHORITY PILOT QTY ONLY.~
CTT*1*40~

=== X12 855 PO ACKNOWLEDGMENT (inbound, 07/02/2024 21:47) ===
BAK*00*AC*24-PAI-0544*20240701****SF-OC-0712~
PO1*1*400*EA*29.50**VP*ES-2412-PIL*BP*ES2412~
ACK*IA*400*EA*068*20240823~
MSG*ACCEPTED AS ORDERED~
CTT*1*400~

Decoded: 850 line 1 qty 40 EA / 855 line 1 qty 400 EA, status IA (item accepted), ship 08/23/2024.
"""),
])

# p39 HTML supplier project tracker: mass production starts automatically with sample approval
case("p39", ["RG007", "RG009"],
     "Supplier tracker: mass production 'started automatically with sample approval' with no "
     "auto-conversion record; 'APPROVED' used for the sample (technical) and the PO (commercial).", [
    ("SF_project_tracker_Kaarna_DC-240.html", html_page("Sheng Feng - project tracker", """\
<h2>Sheng Feng Hardware &mdash; Project Tracker</h2>
<p>Customer: Kaarna Locks Oy &nbsp;|&nbsp; Part: DC-240 door closer, EN 1154 size 2-5 &nbsp;|&nbsp;
PO 4500119588 &nbsp;|&nbsp; Sales: Vivian Lin</p>
<table>
<tr><th>Milestone</th><th>Status</th><th>Date</th><th>Remark</th></tr>
<tr><td>Customer PO</td><td>APPROVED</td><td>2024-06-03</td><td>PO approved in customer SAP (release strategy)</td></tr>
<tr><td>Samples (12 pcs)</td><td>shipped</td><td>2024-06-12</td><td>DHL 48 2211 9034</td></tr>
<tr><td>Customer sample approval (12 pcs)</td><td>APPROVED</td><td>2024-06-25</td><td>by Satu Rantanen, test report KL-TR-0788</td></tr>
<tr><td>Mass production (balance)</td><td>IN PRODUCTION</td><td>2024-06-26</td><td>started automatically with sample approval</td></tr>
<tr><td>First shipment</td><td>planned</td><td>2024-08-09</td><td>FCL 20' Keelung &rarr; Kotka</td></tr>
</table>
<div class="note">As usual, after sample approval we go straight into mass production, no need to wait
separate paper. This saves about 3 weeks.</div>
""")),
])

# p40 DOCX letter of intent: forecast declared a firm commitment
case("p40", ["RG008"],
     "Letter of intent gives a 2025 forecast of about 5,000 sets and asks the supplier to treat it as "
     "'our firm commitment'.", [
    ("HV_LOI_2024_014.docx", docx_bytes([
        ("h1", "HARBOURVIEW PROPERTY MANAGEMENT LIMITED"),
        ("p", "Ref: HV/LOI/2024/014                                   8 July 2024"),
        ("p", "Ms Linda Zhang, Sales Manager, Wenzhou Ouhai Dingli Lock Co., Ltd."),
        ("h", "LETTER OF INTENT - Master-keyed cylinder replacement programme 2025"),
        ("p", "Dear Ms Zhang,"),
        ("p", "Further to our meeting on 2 July, we are pleased to inform you that our forecast requirement "
              "for 2025 for the 18 residential estates under our management is approximately 5,000 sets of "
              "CY-3030-N euro cylinders, master keyed per estate."),
        ("table", [["Quarter", "Sets (forecast)"], ["Q1 2025", "1,200"], ["Q2 2025", "1,300"],
                   ["Q3 2025", "1,300"], ["Q4 2025", "1,200"], ["Total", "5,000"]]),
        ("sp",),
        ("p", "Please treat this letter as our firm commitment for the 5,000 sets and reserve your "
              "production capacity accordingly. Detailed key schedules will follow estate by estate."),
        ("p", "Yours sincerely,"),
        ("p", "Raymond Tsang, Assistant General Manager (Technical)"),
    ], author="Raymond Tsang")),
])

# p41 TXT Teams: 150 vs 120 for the same written release; approved for samples and production
case("p41", ["RG009", "RG011"],
     "Teams: 'approved' used for the sample check and for the production release; the same release "
     "REL-2024-044 is given as 150 pcs (balance 650) and later as 120 pcs.", [
    ("Teams_chat_Kaarna_Aldaba.txt", """\
Microsoft Teams - chat export
Chat: Kaarna / Aldaba - ML-2045
Exported: 25.6.2024 8.02

[24.6.2024 9.12] Anni Koskinen: Hi Iñaki, Satu approved the ML-2045 samples yesterday (fit + finish) 👍
[24.6.2024 9.14] Anni Koskinen: Mikko approved the production release for the first 150 pcs today. Written release REL-2024-044 comes by mail this afternoon. Balance 650 pcs stays on hold until the field test sign-off and the next written release by Mikko.
[24.6.2024 9.30] Iñaki Etxeberria (Aldaba) (Guest): Perfect Anni, thank you, we prepare the 150.
[24.6.2024 14.05] Anni Koskinen: REL-2024-044 sent. As per REL-2024-044: 120 pcs released, balance on hold as said.
[24.6.2024 14.20] Iñaki Etxeberria (Aldaba) (Guest): Ok, received
"""),
])

# p42 EML quoted reply + text attachment: advance received, so production started, steel for all
_swift = """\
SWIFT MT103 - CUSTOMER CREDIT TRANSFER - COPY
:20:  BRX2407020118
:23B: CRED
:32A: 240702EUR1080,00
:50K: /FR76 3000 4000 0000 0000 0000 000
      BATIMENTS ROUSSEL SAS
      14 RUE DE GERLAND 69007 LYON
:57A: TGBATRISXXX
:59:  /TR00 0006 2000 0000 0000 0000 00
      KAYA KAPI DONANIMLARI AS
      BURSA
:70:  BR-24-07975 OUTILLAGE / TOOLING ADVANCE
:71A: SHA
"""
_t = """\
Dear Claire Hanım,

Thank you very much, the advance payment for the tooling is received today (EUR 1.080,00, see the bank
confirmation attached).

So we have started the production of the panic bars and we ordered the steel tube and the push-bar
profiles for all 600 pcs, to keep your schedule for September.

Best regards,
Emre Yıldız
Export Manager
Kaya Kapı Donanımları A.Ş. - Nilüfer OSB, Bursa
+90 224 000 00 00

> From: Claire Dumont <c.dumont@batiments-roussel.fr>
> Sent: Friday, 28 June 2024 11:02
> To: Emre Yıldız
> Subject: Commande BR-24-07975 - PB-1200
>
> Hello Emre,
> Order BR-24-07975: six (6) sample panic bars PB-1200. The balance of 594 pcs
> is not released until the sample sign-off by Julien Marchand and my written
> production release. Material for the 6 samples only.
> Payment: tooling EUR 1.080,00 in advance; samples and series 60 days.
> Claire Dumont, Acheteuse
"""
case("p42", ["RG006", "RG012"],
     "Quoted buyer order: 6 samples, 594 not released, sample-only material; supplier: tooling advance "
     "received 'so we have started the production' and ordered steel for all 600.", [
    ("message_BR-24-07975.eml", eml_bytes(mail(
        EMRE, CLAIRE, "RE: Commande BR-24-07975 - PB-1200", "Tue, 02 Jul 2024 16:40:27 +0300", _t,
        html=as_html(_t), attachments=[("MT103_BRX2407020118.txt", _swift, "text/plain")],
        in_reply_to="<h189-ref-0628-08@batiments-roussel.fr>"))),
])

# p43 PDF buyer PO: twelve (12) in the text, 15 in the line; engineering note "Proceed."
case("p43", ["RG002", "RG011"],
     "PO text says pilot quantity twelve (12) (balance 588 of 600), the line orders 15; an engineering "
     "note ends with a bare 'Proceed.'", [
    ("PO_24-PAI-0550.pdf", pdf([
        ("h1", "PURCHASE ORDER 24-PAI-0550"),
        ("p", "Prairie Access Integration LLC, 1550 Ogden Ave, Naperville, IL 60540 - Date 07/01/2024"),
        ("table", [["Supplier", "Shree Ganesh Precision Locks Pvt. Ltd., Aligarh, India (vendor #50112)"],
                   ["Program", "Naperville shop test doors / Westmont clinic"],
                   ["Buyer", "Dave Kowalski"]]),
        ("sp",),
        ("p", "Pilot quantity: twelve (12) ML-160 mortise locks for the test doors at our Naperville shop."),
        ("table", [["Line", "Item", "Description", "Qty", "UOM", "Unit", "Extended"],
                   ["1", "ML-160-P", "Mortise lock ML-160, ANSI/BHMA A156.13 Gr 1, US26D - pilot", "15", "EA",
                    "$46.00", "$690.00"]]),
        ("sp",),
        ("p", "Balance of the program quantity (588 pcs) not released; released only after pilot sign-off by "
              "Brian O'Neill and a written production release from Greg Lindqvist, Director of Operations. "
              "Material authority: pilot quantity only."),
        ("p", "Engineering note: drawing ML-160 Rev C reviewed, strike lip 1-1/4 in OK. Proceed."),
        ("p", "Terms: Net 45, FOB Nhava Sheva."),
    ], pagesize=LETTER, title="PO 24-PAI-0550", author="Dave Kowalski")),
])

# p44 TXT SAP PO: "release" for PO workflow, drawing technical release and production release
case("p44", ["RG009"],
     "SAP PO uses 'release' for the PO release strategy (finance), the technical release of the "
     "drawing and the production release; 30 samples, 2 970 not released, sign-off + Mikko.", [
    ("PO_4500119612.txt", """\
Kaarna Locks Oy                                          PURCHASE ORDER    4500119612
Teollisuuskatu 21, 80100 Joensuu, Finland                Date             01.07.2024
Purchasing group K12 / Anni Koskinen                     Page             1 / 1
Release strategy K2 - release status: RELEASED (Finance, 01.07.2024)

Vendor 70418   Wenzhou Ouhai Dingli Lock Co., Ltd., Ouhai District, Wenzhou, CN

-------------------------------------------------------------------------------------
Item   Material     Description                          Qty     Un  Net price   Deliv.
-------------------------------------------------------------------------------------
00010  KC-4045-S    Cylinder KC-4045 40/45, SAMPLES         30   PC    9,60 EUR  wk 31
00020  KC-4045      Cylinder KC-4045 40/45, production   2 970   PC    4,35 EUR  --
                    NOT RELEASED
-------------------------------------------------------------------------------------

Header text
Samples: thirty (30) pcs KC-4045. Drawing DRG 4045 Rev 02 is released by Kaarna R&D
(technical release TR-118), please use only this revision.
Item 00020: not released. Production release of item 00020 only by written release
from Mikko Laaksonen, Head of Supply Chain, after the sample sign-off.
Material authority: samples only (item 00010).

Incoterms FOB Ningbo. Payment 60 days net.
"""),
])

# p45 EML multipart/alternative: deposit paid, go ahead with the first lot (no number)
_t = """\
Dear Linda,

We have paid the 30% deposit today as per your PI DL-PI-2407-09 (TT copy to follow). Please go ahead
with the first lot of the CY-4545 cylinders now.

The rest of PO HV-24-0715 waits until Winnie Lau signs off the first lot and I send you the written
production release.

Thanks & regards,
Kelvin Chan
""" + sig("Kelvin Chan", "Procurement Officer", HARBOUR, "+852 2345 6780")
case("p45", ["RG002", "RG010", "RG012"],
     "'We have paid the 30% deposit ... Please go ahead with the first lot now' - deposit as trigger, "
     "go-ahead with no quantity; hold, event and releaser (Kelvin) present.", [
    ("message_HV-24-0715.eml", eml_bytes(mail(
        KELVIN, LINDA, "PO HV-24-0715 - CY-4545 - deposit paid", "Mon, 08 Jul 2024 14:22:51 +0800", _t,
        html=as_html(_t)))),
])


# ================================================================== WRITER
def _stem(fn):
    stem = fn.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")


def main():
    ids = [c["name"] for c in CASES]
    assert len(ids) == len(set(ids)) == 70, len(ids)
    order = list(CASES)
    random.Random(189189).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h189_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
