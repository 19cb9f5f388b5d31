#!/usr/bin/env python3
"""Generator for the releasegate check_holdout81 corpus (bicycle / e-bike components).

Run with the venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout81/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, case order shuffled with seed 8181).

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; only the Message-ID and boundary prefixes were changed.
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
    m["Message-ID"] = msgid or f"<h81-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h81")
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


def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_table(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    out = [f"<table{c}>"]
    out.append("<tr>" + "".join(f"<th>{escape(str(x))}</th>" for x in rows[0]) + "</tr>")
    for r in rows[1:]:
        out.append("<tr>" + "".join(f"<td>{escape(str(x))}</td>" for x in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ======================================================================= CASES
# Descriptive names: c.. = clean (expect []), p.. = positive. These names never reach the
# case folders; folders are h81_NN_<first-file-stem> in shuffled order.

# ---------------------------------------------------------------- batch 1
# c01 clean: sample PO for 12 T1 frames with a complete scope note, PDF PO attached.
_c01_pdf = pdf([
    ("h1", "Velora Cycles B.V. - Purchase Order"),
    ("pre", "Velora Cycles B.V.            Purchase order : 4500031877\n"
            "Kanaalweg 41                  Date           : 20.01.2025\n"
            "3526 KL Utrecht, NL           Buyer          : M. de Vries\n"
            "VAT NL861204337B01            Vendor no.     : 100482"),
    ("sp",),
    ("p", "Supplier: Jin-Yuan Precision Co., Ltd., No. 88, Gongye 2nd Rd., Xitun Dist., Taichung 407, Taiwan"),
    ("table", [
        ["Line", "Part / rev", "Description", "Qty", "Unit price", "Scope"],
        ["10", "VC-ST7-100 rev D", "Stad 7 e-bike frame, T1 proto, size M, Mist Grey (RAL 7047)", "12 pcs", "EUR 186.00", "sample"],
    ]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "Line 10 covers the twelve (12) T1 sample frames only. The production quantity in quote "
          "JY-Q-24-0588 (588 frames, MY27) is shown for information only and is NOT released. "
          "Unlock event: engineering sign-off of the T1 frames (ISO 4210-6 fatigue test and motor fit "
          "check), followed by a written production release signed by Maaike de Vries, Purchasing "
          "Manager. A sign-off alone releases nothing."),
    ("p", "Material authority: sample-only (tube sets and dropouts for 12 frames)."),
    ("h", "Terms"),
    ("p", "Incoterms FCA Taichung (Incoterms 2020). Air freight on Velora FedEx account 3327-0519. "
          "Payment 60 days end of month. Drawing VC-ST7-100 rev D and OEM spec sheet VC-SPEC-27-04 apply."),
], title="PO 4500031877", author="Velora Cycles B.V.")
_c01_txt = """Dear Kevin,

Please find attached our PO 4500031877 for the Stad 7 T1 frames, as discussed during our visit
to Taichung last week. Thanks again for the factory tour and the dinner, the team enjoyed it.

Because our system prints your quote reference on the PO, I want to be very clear about the scope:

- This PO authorizes twelve (12) T1 proto frames, size M, colourway Mist Grey, per drawing
  VC-ST7-100 rev D. Nothing else.
- The production quantity in your quote JY-Q-24-0588 (588 frames for the MY27 launch) is not
  released. Please do not start it and do not cut tubes for it.
- Material: sample-only. Tube sets and dropouts for the 12 frames; anything beyond that is at
  your own risk.
- The 588 can only be released after two things: our engineering sign-off of the T1 frames
  (ISO 4210-6 fatigue test at EFBe plus the fit check with the Bafang M420 mid-drive), and then
  a written production release signed by me. A sign-off on its own does not release anything.

ETD for the T1 frames is 28 February, air freight to Utrecht on our FedEx account 3327-0519.
Please send the order acknowledgement within three working days.

Best regards,
Maaike
""" + sig("Maaike de Vries", "Purchasing Manager", "Velora Cycles B.V., Utrecht", "+31 30 760 4410")
_c01 = mail("Maaike de Vries <m.devries@veloracycles.nl>",
            "Kevin Lin <kevin.lin@jinyuan-precision.com.tw>",
            "PO 4500031877 - Stad 7 proto frames (T1)", "Mon, 20 Jan 2025 10:14:00 +0100",
            _c01_txt, cc="Joost Bakker <j.bakker@veloracycles.nl>",
            attachments=[("PO_4500031877.pdf", _c01_pdf, PDF_MT)])
case("c01_velora_t1_po_full_scope", [],
     "sample PO: active 12, 588 not released, unlock = T1 sign-off + written release, named release person, sample-only material",
     [("PO 4500031877 Stad 7 T1.eml", eml_bytes(_c01))])

# c02 clean: supplier quote with sample and production tiers, no authorization in the bundle.
case("c02_formosa_fork_quote", [],
     "supplier quote alone: sample tier and production tiers, no authorized quantity",
     [("FAW-Q2025-0117.pdf", pdf([
         ("h1", "FORMOSA ALLOY WORKS CO., LTD."),
         ("p", "No. 12, Lane 155, Zhongshan Rd., Daya Dist., Taichung City 428, Taiwan  |  "
               "Tel +886-4-2566-7180  |  sales@formosa-alloy.com.tw"),
         ("h", "QUOTATION  FAW-Q2025-0117"),
         ("pre", "To      : Trailhead Cycle Co., Boulder, CO 80301, USA\n"
                 "Attn    : Ms. Dana Whitfield, Sourcing Lead\n"
                 "Date    : 2025/01/08\n"
                 "Item    : TR-FK-44 rigid fork, 1-1/8\" to 1-1/2\" tapered steerer, 12x100 thru-axle\n"
                 "Drawing : TR-FK-44 Rev 3 (received 2024/12/19)"),
         ("table", [
             ["Tier", "Quantity", "Unit price (USD, FOB Taichung)", "Lead time"],
             ["T1 samples", "10 pcs", "95.00", "25 days after PO"],
             ["Production", "1,000 pcs", "41.20", "45 days after customer's written production release"],
             ["Production", "2,000 pcs", "38.60", "45 days after customer's written production release"],
             ["Production", "5,000 pcs", "36.10", "60 days after customer's written production release"],
         ]),
         ("sp",),
         ("p", "Tooling (forging die for crown + dropout jig): USD 3,800, one time, amortisable over first 5,000 pcs."),
         ("p", "Material: 6061-T6 aluminium. Prices based on LME aluminium USD 2,410/t; surcharge applies "
               "if LME moves more than 8%."),
         ("p", "Finish: powder coat, one colour per 500 pcs MOQ. Decals by customer."),
         ("p", "Test: ISO 4210-6:2023 fork fatigue and impact tests at customer's lab; we support with 2 extra pcs free of charge."),
         ("p", "Validity: 60 days. Payment: T/T 30% with production PO, 70% before shipment."),
         ("sp",),
         ("p", "Best regards, Amy Chen, Sales Manager, Formosa Alloy Works"),
     ], title="Quotation FAW-Q2025-0117", author="Formosa Alloy Works"))])

# c03 clean: WhatsApp export; supplier asks about going ahead, buyer answers with a full scope.
case("c03_kettenwerk_whatsapp_t1", [],
     "supplier's go-ahead question answered by buyer: 20 T1 only, 480 not released until fatigue sign-off + written release by Tobias",
     [("WhatsApp Chat mit Joao Ferreira Agueda Quadros.txt", """[14.02.25, 09:41:12] João Ferreira: Bom dia Tobias! The 20 T1 frames for Steig 29 are welded, now in the paint line. Do we have go-ahead for the 480 after? We have a free slot on the welding line in week 11.
[14.02.25, 09:55:03] Tobias Krüger: Morning João. No, not yet.
[14.02.25, 09:55:40] Tobias Krüger: PO 7800-2291 is for the 20 T1 frames only. The 480 are not released, please don't start them and don't order tubes for them.
[14.02.25, 09:56:22] Tobias Krüger: Anja has to sign off the ISO 4210-6 fatigue report from the lab first. After that I send you a written release for the 480, signed by me. Not before.
[14.02.25, 10:02:10] João Ferreira: Understood, only the 20. We keep the tube order at 20 sets.
[14.02.25, 10:02:31] João Ferreira: 👍
[14.02.25, 10:15:47] João Ferreira: <Medien ausgeschlossen>
[14.02.25, 10:16:02] João Ferreira: Paint sample RAL 7016 matte on the test tube. Is the colour ok?
[14.02.25, 10:20:19] Tobias Krüger: Colour matches our colour card. That's a colour sign-off for the 20 T1 frames, nothing more.
[14.02.25, 10:21:40] João Ferreira: Perfeito. Shipping the 20 by DHL Express on 24.02, AWB follows.
[14.02.25, 10:22:05] Tobias Krüger: Danke! Delivery to Freiburg, Gewerbestraße 12, Tor 3 please.
""")])

# c04 clean: supplier's B2B portal quote (HTML) with sample and production tiers.
_c04_body = """
<div style="background:#ff6a00;color:#fff;padding:6px"><b>TradeLink B2B</b> &middot; Supplier: Ningbo Haitong Metal Products Co., Ltd. &middot; Gold Supplier since 2016</div>
<h2>Quotation QH-250118-03 &mdash; reply to RFQ #RFQ-DK-88127</h2>
<p>Buyer: Nordhavn Bikes ApS, Refshalevej 163, 1432 København K, Denmark<br>
Product: Front carrier for longtail cargo bike, steel 25CrMo4, tube &#216;16 x 1.2 mm, load class 27 kg (ISO 11243:2016)</p>
""" + html_table([
    ["Option", "Quantity", "Unit price (EUR, FOB Ningbo)", "Lead time"],
    ["Samples (T1)", "16 sets", "48.00", "20 days after sample PO"],
    ["Mass production", "800 sets", "17.30", "40 days after buyer's written production release"],
    ["Mass production", "1,600 sets", "16.40", "40 days after buyer's written production release"],
    ["Mass production", "3,200 sets", "15.70", "50 days after buyer's written production release"],
]) + """
<p>Surface: e-coat + powder coat, standard black RAL 9005 or custom colour (MOQ 400 sets per colour).<br>
Packing: each set in PE bag + 5-layer carton, 8 sets per carton, 40 cartons per pallet.<br>
Jig cost: EUR 650, refunded after 3,200 sets.</p>
<p>Price valid until 28 Feb 2025. Payment: 30% T/T deposit with production order, balance against B/L copy.</p>
<p><a href="#">Place sample order</a> &middot; <a href="#">Contact supplier</a> &middot; <a href="#">Add to compare</a></p>
<p style="color:#777;font-size:11px">Response time &lt; 24h &middot; On-time delivery 97.6% &middot; Trade Assurance order protection up to USD 81,000</p>
"""
case("c04_ningbo_rack_portal_quote", [],
     "supplier portal quote with sample and production tiers; no authorized quantity in bundle",
     [("QH-250118-03 quotation.html", html_page("Quotation QH-250118-03 - TradeLink B2B", _c04_body))])

# c05 clean: buyer engineering disposition report, fit check only, hold + event + person.
case("c05_nordhavn_t1_disposition", [],
     "disposition for fit check only; production not released; 8 samples; balance 1,192 held until T2 test + written release by Mette Kjaer",
     [("NH-CB-310 T1 disposition.docx", docx_bytes([
         ("h1", "Nordhavn Bikes ApS - Sample disposition"),
         ("p", "Part: NH-CB-310 rev B, front carrier for the Nordhavn Lastrup longtail (MY27)."),
         ("p", "Supplier: Ningbo Haitong Metal Products Co., Ltd. Purchase order: NH-25-0114 (T1 samples)."),
         ("p", "Samples received: 8 sets on 3 March 2025, AWB 172-88410371."),
         ("h", "Results"),
         ("table", [
             ["Check", "Requirement", "Result", "Status"],
             ["Fit on frame NH-LT-27", "no interference with kickstand", "OK on 8/8", "pass"],
             ["Weld visual", "ISO 5817 level C", "spatter on 2 sets at rear bridge", "note"],
             ["Static load", "ISO 11243:2016, 27 kg class", "not yet tested", "open"],
             ["Dynamic load", "ISO 11243:2016, 100,000 cycles", "not yet tested", "open"],
             ["Coating thickness", "80-120 um", "92-108 um", "pass"],
         ]),
         ("h", "Disposition"),
         ("p", "The 8 T1 sample sets are signed off for fit check only. This disposition does not release "
               "production. The balance of 1,192 sets on the quote is not released."),
         ("p", "Next step: T2 samples with the weld spatter corrected, then the ISO 11243 static and dynamic tests at our lab. "
               "The 1,192 sets are released only by a written production release from Mette Kjær, Head of Sourcing, "
               "after the T2 sets pass both tests."),
         ("p", "Material authority stays sample-only until that release."),
         ("sp",),
         ("p", "Rasmus Holm, Mechanical Engineer, Nordhavn Bikes ApS - 5 March 2025"),
     ], author="Rasmus Holm"))])

# c06 clean: full-quantity PO (no balance) that says proceed with all 250.
case("c06_pedalnord_handlebar_full_po", [],
     "full-quantity PO for 250 bars; samples signed off earlier; no balance, scoped 'proceed with all 250'",
     [("PN-PO-25-0312.pdf", pdf([
         ("h1", "Pedal Nord A/S - Indkøbsordre / Purchase Order"),
         ("pre", "PO no.      : PN-PO-25-0312          Date     : 12-03-2025\n"
                 "Supplier    : Kunshan Ridewell Components Co., Ltd., Kunshan, Jiangsu, CN\n"
                 "Ship to     : Pedal Nord A/S, Centrallager, Industrivej 22, 8660 Skanderborg, DK\n"
                 "Contact     : Søren Dahl, Category Buyer Parts & Accessories"),
         ("table", [
             ["Pos", "Item", "Description", "Qty", "Price EUR", "Amount EUR"],
             ["1", "PN-HB-780-31.8", "Riser bar 780 mm, 31.8 clamp, 20 mm rise, 9 deg back, black matte, laser logo", "250", "11,40", "2.850,00"],
         ]),
         ("sp",),
         ("p", "This purchase order is for the full quantity of 250 pcs. There is no further quantity, "
               "option or balance on this order."),
         ("p", "The samples for this bar were signed off on 3 March 2025 (our report PN-QA-0312, ISO 4210-5 "
               "handlebar fatigue at 2 x 100,000 cycles passed). Please proceed with all 250 pcs."),
         ("p", "Packing: 10 pcs per carton, carton label with our item number and EAN 5712345678907. "
               "Delivery: FOB Shanghai, ETD week 17. Payment: 30 days net after B/L."),
         ("p", "Questions: soren.dahl@pedalnord.dk, +45 86 52 11 90."),
     ], title="PN-PO-25-0312", author="Pedal Nord A/S"))])

# c07 clean: ERP call-off printout with an explicit staged material authority above the release.
case("c07_velora_calloff_staged_material", [],
     "call-off releases 300; balance 288 released only by next call-off (M. de Vries); explicit staged material authority up to 588",
     [("CO-4500031877-02.txt", """VELORA CYCLES B.V.                         CALL-OFF / LEVERINGSAFROEP       PAGE 1/1
KANAALWEG 41  3526 KL UTRECHT  NL                               PRINTED 06.05.2025 08:14
================================================================================
VENDOR      : 100482  JIN-YUAN PRECISION CO LTD  TAICHUNG TW
CALL-OFF NO : CO-4500031877-02          SCHED. AGREEMENT : 5500001290
DATE        : 06.05.2025                BUYER            : S. VISSER  (+31 30 760 4414)
--------------------------------------------------------------------------------
ITEM  MATERIAL          DESCRIPTION                       QTY REL  UOM   DELIVERY
0010  VC-ST7-100-D      STAD 7 FRAME M MIST GREY              300  PC    14.07.2025
--------------------------------------------------------------------------------
T1 SAMPLE SIGN-OFF        : 22.04.2025  REPORT QA-ST7-0422 (ENG. J. BAKKER)
PRODUCTION RELEASED NOW   :   300 PC    (THIS CALL-OFF)
CUMULATIVE RELEASED       :   300 PC    OF 588 PC IN AGREEMENT
BALANCE NOT RELEASED      :   288 PC    - RELEASED ONLY BY THE NEXT CALL-OFF
RELEASE AUTHORITY         :   M. DE VRIES, PURCHASING MANAGER
MATERIAL AUTHORITY        :   STAGED UP TO 588 PC (TUBE SETS, DROPOUTS, BB SHELLS)
                              VELORA LIABLE FOR THIS MATERIAL UP TO 588 PC IF
                              THE AGREEMENT IS CANCELLED. NO LIABILITY BEYOND.
--------------------------------------------------------------------------------
INCOTERMS FCA TAICHUNG   CONTAINER BOOKING VIA KUEHNE+NAGEL REF KN-TXG-25-2217
DRAWING VC-ST7-100 REV D  SPEC VC-SPEC-27-04  TEST ISO 4210-6:2023
================================================================================
                                          *** END OF CALL-OFF ***
""")])

# c08 clean: explicit, recorded auto-conversion naming quantity, signer and conditions.
_c08_txt = """Dear Wendy,

as agreed in our call on 11 March, PO 7800-2305 is now at revision 2 (PDF follows from SAP this
afternoon). For the record, these are the terms we both agreed:

1. Line 10: 24 T2 sample motor mounts KW-MM-85 (Bosch Performance Line CX interface), released now.
2. Auto-conversion, recorded in PO rev 2, section 4: if Anja Weber, our Head of Engineering, signs
   off the T2 samples in writing with the disposition "approved" by 30 April 2025, that sign-off
   by itself releases 400 pcs (line 20). Only those 400. An interim or conditional disposition does
   not trigger it, and neither does a late one.
3. Line 30: the remaining 576 pcs are not released. They need a separate written release from me
   after the first 400 have passed incoming inspection in Freiburg.
4. Material authority: staged up to 400 pcs of 7075-T6 bar stock. Nothing beyond that.

Please reply to confirm you read it the same way, then we are set.

Mit freundlichen Grüßen / best regards
Tobias
""" + sig("Tobias Krüger", "Leiter Einkauf / Head of Purchasing", "Kettenwerk GmbH, Freiburg im Breisgau",
          "+49 761 4587 220")
case("c08_kettenwerk_recorded_autoconversion", [],
     "explicit recorded auto-conversion: 400 pcs on T2 sign-off by named engineer; 576 held for written release by Tobias; staged material 400",
     [("PO 7800-2305 rev 2 terms.eml", eml_bytes(mail(
         "Tobias Krüger <t.krueger@kettenwerk.de>", "Wendy Tsai <wendy.tsai@dajia-frame.com.tw>",
         "PO 7800-2305 rev 2 - recorded auto-conversion for KW-MM-85",
         "Thu, 13 Mar 2025 14:02:00 +0100", _c08_txt,
         cc="Anja Weber <a.weber@kettenwerk.de>")))])

# p01: bare sample PO, quote's production quantity on the PDF PO, nothing about the balance.
_p01_pdf = pdf([
    ("h1", "STROOMFIETS B.V. - PURCHASE ORDER SF-0107"),
    ("pre", "Stroomfiets B.V. | Czaar Peterstraat 213 | 1018 PL Amsterdam | KvK 81234567\n"
            "Date: 4 Feb 2025     Supplier: Shenzhen Voltcase Technology Co., Ltd.\n"
            "Supplier address: Bldg 7, Fuyong Industrial Park, Bao'an, Shenzhen 518103, CN"),
    ("table", [
        ["#", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "SF-BH-48V-S2", "Down-tube battery housing 48V 14Ah, S2 frame, sample", "10", "62.00", "620.00"],
        ["", "", "Quote ref VC-Q-0231: samples 10 pcs / production 2,000 pcs @ 18.40", "", "", ""],
    ]),
    ("sp",),
    ("p", "Ship samples DHL Express to workshop address above, attn. Lotte Janssen. "
          "Include IP67 test report and cell-holder drawing SF-BH-48V-S2-03."),
    ("p", "Payment: 100% T/T on receipt of samples. Invoice to finance@stroomfiets.nl quoting PO number."),
], title="PO SF-0107", author="Stroomfiets B.V.")
_p01_txt = """Hi Iris,

Great call yesterday, thanks for walking us through the new housing design!

Attached is our PO SF-0107 for the battery housings. We're really excited to get these onto the
S2 frames for the MY27 launch in Amsterdam in September. Ship the samples DHL to our workshop
on the Czaar Peterstraat please, Lotte will receive them.

Cheers,
Bram

--
Bram Hendriks | co-founder & COO | Stroomfiets
+31 6 4120 8876 | stroomfiets.nl
"""
case("p01_stroomfiets_sample_po_quote_qty", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 10 shows quote's production 2,000 with no label; no hold, no unlock event, no release person",
     [("PO SF-0107 battery housing.eml", eml_bytes(mail(
         "Bram Hendriks <bram@stroomfiets.nl>", "Iris Feng <iris.feng@voltcase.cn>",
         "PO SF-0107 battery housings :)", "Tue, 04 Feb 2025 16:40:00 +0100", _p01_txt,
         cc="Lotte Janssen <lotte@stroomfiets.nl>",
         attachments=[("PO_SF-0107.pdf", _p01_pdf, PDF_MT)])))])

# p02: bare proto PO, production mentioned in the quote ref, no hold/event/person.
case("p02_trailhead_proto_po_bare", ["RG003", "RG004", "RG005"],
     "PO for 6 proto frames against a proto+production quote; never says production is not released, no event, no person",
     [("Trailhead PO 45-8790.pdf", pdf([
         ("h1", "TRAILHEAD CYCLE CO."),
         ("p", "2150 Pearl St, Boulder, CO 80302, USA  |  purchasing@trailheadcycle.com"),
         ("h", "PURCHASE ORDER 45-8790"),
         ("pre", "Date:          January 27, 2025\n"
                 "Vendor:        Dajia Frame Industrial Co., Ltd., Dajia Dist., Taichung 437, Taiwan\n"
                 "Vendor quote:  DJ-Q-1123 (proto + MY27 production pricing)\n"
                 "Ship via:      UPS Worldwide Express, acct 8R44V1\n"
                 "Terms:         Net 30"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Ext."],
             ["1", "RL29-FR-S", "Ridgeline 29 hardtail frame, proto, size S, raw + clear coat", "2", "$240.00", "$480.00"],
             ["2", "RL29-FR-M", "Ridgeline 29 hardtail frame, proto, size M, raw + clear coat", "2", "$240.00", "$480.00"],
             ["3", "RL29-FR-L", "Ridgeline 29 hardtail frame, proto, size L, raw + clear coat", "2", "$240.00", "$480.00"],
             ["", "", "", "", "Total", "$1,440.00"],
         ]),
         ("sp",),
         ("p", "Build per drawing package RL29-DWG Rev B (148x12 Boost rear, 73 mm BSA, 44/56 head tube, "
               "internal dropper routing 30.9). Include weld map and tube wall measurement sheet."),
         ("p", "Protos needed in Boulder by March 14 for our ISO 4210 test slot and the Moab ride camp."),
         ("p", "Dana Whitfield, Sourcing Lead, Trailhead Cycle Co."),
     ], pagesize=LETTER, title="PO 45-8790", author="Trailhead Cycle Co."))])

# p03: German buyer DOCX PO with a programme quantity column, nothing about hold/unlock/person.
case("p03_kettenwerk_docx_po_programme_qty", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX PO orders 8 sample frames with an unlabelled programme qty 1.600 column; no hold, event or release person",
     [("Bestellung 7800-2288.docx", docx_bytes([
         ("h1", "Kettenwerk GmbH - Bestellung / Purchase Order 7800-2288"),
         ("p", "Kettenwerk GmbH, Gewerbestraße 12, 79108 Freiburg im Breisgau, Deutschland"),
         ("p", "Lieferant / Supplier: Metalúrgica do Vouga, Lda., Zona Industrial de Águeda, 3750-101 Águeda, Portugal"),
         ("p", "Datum / Date: 21.01.2025   Einkäufer / Buyer: Tobias Krüger   Ihr Angebot / your quote: MV-2024-377"),
         ("table", [
             ["Pos", "Material", "Bezeichnung / description", "Menge / qty", "Programmmenge MY27", "Preis / price"],
             ["10", "KW-FR-GPF-27", "Musterrahmen Gipfel e-MTB T1, Größe M / sample frame T1 size M", "8 Stk", "1.600 Stk", "EUR 212,00"],
         ]),
         ("sp",),
         ("p", "Liefertermin T1 / delivery T1: KW 14 frei Haus Freiburg (DAP, Incoterms 2020)."),
         ("p", "Zeichnung / drawing: KW-FR-GPF-27 Index C; Prüfung / test: ISO 4210-6 Rahmenermüdung, "
               "Bosch Performance Line CX Motoraufnahme nach Bosch-Schnittstellenzeichnung 0 275 007 XXX."),
         ("p", "Bitte senden Sie uns die Auftragsbestätigung innerhalb von 3 Arbeitstagen. / Please send "
               "the order confirmation within 3 working days."),
         ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023). / Our general terms of purchase apply."),
         ("sp",),
         ("p", "Mit freundlichen Grüßen, Tobias Krüger, Einkauf"),
     ], author="Tobias Krüger"))])

# p04: US brand supplier-hub PO page (HTML); sample line next to quoted production qty column, bare.
_p04_body = """
<h1>Pacific Grade Bicycles &mdash; Supplier Hub</h1>
<p>Logged in as: Binh Duong Cycle Components JSC (vendor 20431) &middot; <a href="#">Sign out</a></p>
<h2>Purchase Order PG-2025-0318</h2>
<p>Issued: 2025-02-11 &middot; Buyer: Carla Nguyen &middot; Ship to: Pacific Grade Bicycles, 2400 NW Front Ave, Portland, OR 97209</p>
""" + html_table([
    ["Line", "Item", "Description", "Order qty", "Quoted production qty", "Unit price", "Need by"],
    ["1", "PG-FD-650-58", "Fender set 650B x 58 mm, aluminium, matte black, with stays + hardware", "20", "2,480", "$9.75", "2025-03-21"],
]) + """
<p>Quote reference: BD-QT-2025-019 (rev 2).</p>
<h3>Notes</h3>
<ul>
<li>Please acknowledge this PO in the Hub within 48 hours.</li>
<li>Ship samples by FedEx International Priority, account 6672-1180-4.</li>
<li>Packing: each set in a recycled PE bag; label with PO and item number.</li>
</ul>
<p style="font-size:11px;color:#666">Pacific Grade Bicycles standard terms of purchase v4.2 apply. Invoices via the Hub only.</p>
"""
case("p04_pacificgrade_hub_po_quote_column", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 20 fender sets shows quoted production 2,480 in a column with no label; no hold, event or release person",
     [("PG-2025-0318.html", html_page("PO PG-2025-0318 - Pacific Grade Supplier Hub", _p04_body))])

# p05: ERP printout; 12 sample carriers with a quote quantity line, bare.
case("p05_nordhavn_erp_sample_po", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 12 sample carriers prints the quote's 1188 pcs production line unlabelled; no hold, event or release person",
     [("NH-25-0131_print.txt", """NORDHAVN BIKES APS                                              INDKØBSORDRE
REFSHALEVEJ 163, 1432 KØBENHAVN K                               PURCHASE ORDER
CVR 39 88 12 40                                                 SIDE/PAGE 1
--------------------------------------------------------------------------------
ORDRE NR / PO NO    : NH-25-0131            DATO / DATE : 29-01-2025
LEVERANDØR / VENDOR : 70055 NINGBO HAITONG METAL PRODUCTS CO LTD
                      YINZHOU DISTRICT, NINGBO, ZHEJIANG, CN
KØBER / BUYER       : MKJ
--------------------------------------------------------------------------------
LINJE VARENR          BESKRIVELSE                        ANTAL  ENH   PRIS EUR
10000 NH-RR-240-B     REAR RACK LASTRUP 240MM BLACK         12  STK      44,00
      SAMPLE T1
      QUOTE QH-250102-11  PROD QTY 1188 STK @ 15,90
--------------------------------------------------------------------------------
LEVERING / DELIVERY : DAP COPENHAGEN, DHL EXPRESS, UGE/WEEK 10
BETALING / PAYMENT  : 30 DAGE NETTO / 30 DAYS NET
TEGNING / DRAWING   : NH-RR-240 REV C   TEST: ISO 11243:2016 CLASS 25 KG
--------------------------------------------------------------------------------
                                            TOTAL EUR EKSKL. MOMS      528,00
""")])

# p06: multi-file: Japanese buyer PO (PDF) for 25 sample bars + separate supplier quote PDF (5,000).
case("p06_hinode_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "two files: PO for 25 sample bars 'per attached quotation' + quote with 5,000 production; no label, no hold, event or person",
     [("HC-25-00688 purchase order.pdf", pdf([
         ("h1", "Hinode Cycle Co., Ltd."),
         ("p", "2-14-9 Minamisemba, Chuo-ku, Osaka 542-0081, Japan  /  TEL 06-6251-3307"),
         ("h", "PURCHASE ORDER  HC-25-00688"),
         ("pre", "Date        : 2025.02.17\n"
                 "Supplier    : Kunshan Ridewell Components Co., Ltd.\n"
                 "Attention   : Mr. Peter Wu\n"
                 "Reference   : per attached quotation KR-Q-2025-088"),
         ("table", [
             ["No.", "Part No.", "Description", "Q'ty", "Unit Price (USD)", "Amount (USD)"],
             ["1", "HC-HB-680-25.4", "Flat handlebar 680 mm, 25.4 clamp, silver, sample for MY27 city e-bike", "25", "7.80", "195.00"],
         ]),
         ("sp",),
         ("p", "We would be grateful if you could kindly ship the samples by 2025.03.14 to our Osaka office."),
         ("p", "Please kindly attach the material certificate (AL6061-T6) and the ISO 4210-5 test record."),
         ("p", "Thank you very much for your continued cooperation."),
         ("p", "Kenji Watanabe, Purchasing Section, Hinode Cycle Co., Ltd."),
     ], title="PO HC-25-00688", author="Hinode Cycle Co., Ltd.")),
      ("KR-Q-2025-088 quotation.pdf", pdf([
         ("h1", "KUNSHAN RIDEWELL COMPONENTS CO., LTD."),
         ("p", "No. 66 Huanqing Road, Kunshan, Jiangsu 215300, China"),
         ("h", "QUOTATION KR-Q-2025-088"),
         ("pre", "Customer : Hinode Cycle Co., Ltd., Osaka\n"
                 "Date     : 2025-02-10\n"
                 "Item     : HC-HB-680-25.4 flat handlebar, AL6061-T6, silver anodized"),
         ("table", [
             ["Stage", "Qty", "Unit price USD", "Remark"],
             ["Sample", "25 pcs", "7.80", "10 days"],
             ["Mass production", "5,000 pcs", "3.95", "35 days, incl. laser logo"],
         ]),
         ("sp",),
         ("p", "FOB Shanghai. Payment T/T 30/70. Valid 90 days. Packing: 20 pcs/carton."),
         ("p", "Peter Wu, Sales Dept."),
      ], title="Quotation KR-Q-2025-088", author="Kunshan Ridewell"))])

# p07: Japanese-English buyer email (Aoba) says five prototypes; attached PO says six. Bare scope.
_p07_pdf = pdf([
    ("h1", "AOBA BICYCLE CO., LTD. - PURCHASE ORDER"),
    ("pre", "PO No.    : AB-2025-0219\n"
            "Date      : 2025/02/19\n"
            "Supplier  : Saigon Precision Alloy Co., Ltd., Tan Uyen, Binh Duong, Vietnam\n"
            "Buyer     : Haruka Mori, Procurement Dept."),
    ("table", [
        ["Item", "Part No.", "Description", "Qty", "Unit price (JPY)"],
        ["1", "AB-MM-M510-02", "Prototype motor mount for Bafang M510, forged + CNC, AL6082-T6", "6 pcs", "9,800"],
    ]),
    ("sp",),
    ("p", "Delivery: 2025/03/28, by air to Aoba Bicycle, 3-5-1 Kamiochiai, Chuo-ku, Saitama 338-0001."),
    ("p", "Inspection: dimensional report per drawing AB-MM-M510-02 rev 1, 3D scan if available."),
], title="PO AB-2025-0219", author="Aoba Bicycle Co., Ltd.")
_p07_txt = """Dear Mr. Duc,

Thank you very much for your kind support for our new MY27 e-bike project.

As we discussed in the online meeting last Tuesday, we would be grateful if you could produce
five (5) pcs of prototype motor mount for the Bafang M510 drive unit. Attached please find our
purchase order AB-2025-0219.

We will test the prototypes in our Saitama laboratory (ISO 4210-6 frame fatigue with the mount
installed) and our engineering team will share the result with you.

We apologize for the short lead time, and we appreciate your understanding.

Best regards,
Haruka Mori
Procurement Dept., Aoba Bicycle Co., Ltd.
TEL +81-48-851-2290
"""
case("p07_aoba_email_vs_po_qty", ["RG003", "RG004", "RG005", "RG011"],
     "email asks for five prototypes, attached PO says 6; prototype order never says the balance is held, no event, no person",
     [("AB-2025-0219 prototype motor mount.eml", eml_bytes(mail(
         "Haruka Mori <h.mori@aoba-bicycle.co.jp>", "Tran Minh Duc <duc.tm@saigonprecision.vn>",
         "PO AB-2025-0219 Prototype motor mount", "Wed, 19 Feb 2025 11:25:00 +0900", _p07_txt,
         attachments=[("AB-2025-0219.pdf", _p07_pdf, PDF_MT)])))])


# ---------------------------------------------------------------- batch 2
# c09 clean: old quote forwarded as message/rfc822, declared reference only; live scope complete.
_c09_old = mail("Amy Chen <amy.chen@formosa-alloy.com.tw>", "Dana Whitfield <dana@trailheadcycle.com>",
                "Quotation FAW-Q2023-0388 TR-FK-44 fork", "Fri, 10 Nov 2023 15:31:00 +0800",
                """Dear Dana,

Good day. Please find our quotation for the TR-FK-44 rigid fork:

  Samples      10 pcs      USD 92.00
  Production   5,000 pcs   USD 35.80  FOB Taichung
  Tooling      USD 3,600 (forging die + dropout jig)

Lead time 45 days. Validity 60 days.
Looking forward to your order.

Best regards,
Amy Chen
Formosa Alloy Works Co., Ltd.
""", msgid="<h81-fwd-2023-0388@formosa-alloy.com.tw>")
_c09_txt = """Amy,

Forwarding your 2023 quote below only so your new sales team has the tooling history for the
TR-FK-44. Please read it as reference pricing, nothing more: the 5,000 pcs in it is not an order
and nothing from it is released.

What's live right now is PO 45-8812 for 24 T1 sample forks. That is the whole authorization.
The production quantity is on hold. It opens only with a revised PO, issued after our T1
sign-off (ISO 4210-6 fatigue + impact at our Boulder lab), and I'm the one who signs that
revised PO.

Material authority is sample-only: 24 sets of crown forgings and legs, no more.

Thanks!
Dana
""" + sig("Dana Whitfield", "Sourcing Lead", "Trailhead Cycle Co., Boulder CO", "+1 303 555 0148")
case("c09_trailhead_forward_old_quote", [],
     "old 5,000 pcs quote forwarded as rfc822, declared reference only; PO = 24 T1; hold until revised PO after sign-off, signed by Dana",
     [("Fwd old quote TR-FK-44.eml", eml_bytes(mail(
         "Dana Whitfield <dana@trailheadcycle.com>", "Amy Chen <amy.chen@formosa-alloy.com.tw>",
         "Fwd: Quotation FAW-Q2023-0388 TR-FK-44 fork (reference only)",
         "Mon, 13 Jan 2025 08:05:00 -0700", _c09_txt, attachments=[("rfc822", _c09_old)])))])

# c10 clean: supplier assumes auto-conversion (quoted), buyer corrects it in the reply.
_c10_q = """On Mon, 10 Mar 2025 at 09:12, Lucy Zhang <lucy@haitong-metal.cn> wrote:
Dear Mette,

Thank you for PO 2025-0142. The 10 sample sets of the NH-FC-16 front carrier will be ready on
21 March. To save time, after you approve the samples we will go straight into mass production
of the 990 sets, so the goods can catch the vessel in May.

Best regards
Lucy Zhang
Ningbo Haitong Metal Products Co., Ltd.
"""
_c10_txt = """Hi Lucy,

No. Signing off the samples does not release anything.

Please build only the 10 sample sets on PO 2025-0142. The 990 stay on hold until I send you a
written release, and I will only do that after Rasmus has signed off the ISO 11243 test on the
samples. Please don't buy steel for the 990 either.

If the May vessel is at risk because of this, tell me now and we will look at it together.

Venlig hilsen / kind regards
Mette Kjær
Head of Sourcing, Nordhavn Bikes ApS
+45 31 44 70 12

""" + quote(_c10_q)
case("c10_nordhavn_reply_corrects_autostart", [],
     "quoted supplier assumes sample approval rolls into 990; buyer reply corrects: 10 only, 990 held until written release by Mette after sign-off",
     [("RE PO 2025-0142 samples.eml", eml_bytes(mail(
         "Mette Kjær <mk@nordhavnbikes.dk>", "Lucy Zhang <lucy@haitong-metal.cn>",
         "RE: PO 2025-0142 samples NH-FC-16", "Mon, 10 Mar 2025 10:47:00 +0100", _c10_txt,
         cc="Rasmus Holm <rh@nordhavnbikes.dk>",
         in_reply_to="<h81-lucy-0310@haitong-metal.cn>")))])

# c11 clean: supplier acknowledgement that restates the hold.
case("c11_saigon_ack_restates_hold", [],
     "supplier acknowledgement: thirty (30) prototypes only, 1,470 not released, no material beyond 30, waits for written release by Watanabe",
     [("OA-SPA-25-0417.pdf", pdf([
         ("h1", "SAIGON PRECISION ALLOY CO., LTD."),
         ("p", "Lot C4, Nam Tan Uyen Industrial Park, Tan Uyen, Binh Duong, Viet Nam  |  ISO 9001:2015 cert. QMS-VN-20731"),
         ("h", "ORDER ACKNOWLEDGEMENT  OA-SPA-25-0417"),
         ("pre", "Customer      : Hinode Cycle Co., Ltd., Osaka, Japan\n"
                 "Customer PO   : HC-25-00731 (dated 2025.04.10)\n"
                 "Date          : 2025-04-17\n"
                 "Our ref       : Tran Minh Duc, Sales Manager"),
         ("table", [
             ["Line", "Part", "Description", "Qty acknowledged", "Unit price JPY", "Ship date"],
             ["1", "HC-MB-220-A", "Motor mount bracket, prototype, AL6082-T6 CNC", "30 pcs", "6,200", "2025-05-16"],
         ]),
         ("sp",),
         ("p", "We acknowledge PO HC-25-00731 for thirty (30) prototype motor mount brackets only."),
         ("p", "We note that the balance of 1,470 pcs shown in our quotation SPA-Q-25-061 is not released. "
               "We will not start the 1,470 pcs and will not buy material beyond the 30 prototype sets until we "
               "receive a written production release from Mr. Kenji Watanabe, Purchasing Section Manager, "
               "after your evaluation sign-off of the prototypes."),
         ("p", "Bank details as per invoice. Thank you for your trust."),
     ], title="OA-SPA-25-0417", author="Saigon Precision Alloy"))])

# c12 clean: supplier says the deposit does not release production (multipart/alternative).
_c12_txt = """Dear Bram,

Thank you for the deposit, USD 4,800 received on 7 March (ref SF-0093-DEP).

Please note: the deposit secures our line slot and the frame jig only. It does not release
production. We build the 20 pilot frames on PO SF-0093 now, ETD 4 April from Sihanoukville.
We will start the 780 frames only after we receive your written production release, signed by
you as stated on the PO.

Material: we buy tubes for the 20 pilot frames only.

Best regards,
Sokha Chan
Sales & Customer Service
Mekong Cycle Works Co., Ltd.
Manhattan SEZ, Bavet, Svay Rieng, Cambodia
"""
_c12_html = """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Bram,</p>
<p>Thank you for the deposit, <b>USD 4,800</b> received on 7 March (ref SF-0093-DEP).</p>
<p>Please note: the deposit secures our line slot and the frame jig only. <b>It does not release production.</b>
We build the <b>20 pilot frames</b> on PO SF-0093 now, ETD 4 April from Sihanoukville.
We will start the 780 frames only after we receive your written production release, signed by you as stated on the PO.</p>
<p>Material: we buy tubes for the 20 pilot frames only.</p>
<p>Best regards,<br>Sokha Chan<br>Sales &amp; Customer Service<br>Mekong Cycle Works Co., Ltd.<br>Manhattan SEZ, Bavet, Svay Rieng, Cambodia</p>
</body></html>"""
case("c12_mekong_deposit_not_release", [],
     "supplier: deposit does not release production; builds 20 pilot only, waits for written release by Bram",
     [("Deposit received SF-0093.eml", eml_bytes(mail(
         "Sokha Chan <sokha.chan@mekongcycleworks.com.kh>", "Bram Hendriks <bram@stroomfiets.nl>",
         "Deposit received - PO SF-0093", "Mon, 10 Mar 2025 14:20:00 +0700", _c12_txt, html=_c12_html,
         cc="Lotte Janssen <lotte@stroomfiets.nl>")))])

# c13 clean: PPAP-style interim disposition with limits plus a written release for exactly 60.
case("c13_kettenwerk_interim_disposition", [],
     "interim sign-off limited to 60 pcs / 30 June; written release PR-2025-014 for 60 by Tobias; 940 held until full sign-off + written release",
     [("KW-FK-29 T2 interim disposition.docx", docx_bytes([
         ("h1", "Kettenwerk GmbH - Interim sample disposition"),
         ("p", "Part: KW-FK-29 suspension-corrected rigid fork for Steig 29, drawing KW-FK-29 Index D."),
         ("p", "Supplier: Formosa Alloy Works Co., Ltd., Taichung. PO 7800-2317 (T2 samples)."),
         ("table", [
             ["Characteristic", "Spec", "Measured (n=10)", "Result"],
             ["Axle-to-crown", "483 +/- 1.0 mm", "482.6 - 483.4", "OK"],
             ["Offset", "44 +/- 0.5 mm", "43.8 - 44.3", "OK"],
             ["Crown/steerer press fit", "interference 0.04 - 0.06", "0.03 - 0.05", "open"],
             ["Fatigue ISO 4210-6:2023", "100,000 cycles", "passed 2/2", "OK"],
         ]),
         ("h", "Disposition: interim"),
         ("p", "Interim sign-off, limited to 60 pcs for the pilot build of Steig 29 dealer demo bikes, "
               "valid until 30 June 2025. Open point: crown/steerer press fit (corrective action CA-117)."),
         ("p", "Production release PR-2025-014, signed by Tobias Krüger (release authority): 60 pcs, "
               "based on this interim disposition. No more than these 60 pcs may be built."),
         ("p", "The balance of 940 pcs is not released. It is released only after full sign-off of the "
               "press fit and a separate written release from Tobias Krüger."),
         ("p", "Material authority: staged up to 60 pcs."),
         ("sp",),
         ("p", "Anja Weber, Leitung Entwicklung / Head of Engineering - 22.04.2025"),
         ("p", "Tobias Krüger, Leiter Einkauf - 22.04.2025"),
     ], author="Anja Weber"))])

# c14 clean: buyer's supplier portal PO page with a sample line and a held production line.
_c14_body = """
<div style="background:#f28c00;color:#fff;padding:8px"><b>Fietsplaats Leveranciersportaal</b> &middot; supplier: Binh Duong Cycle Components JSC</div>
<h2>Inkooporder / Purchase order 2025-NL-0446</h2>
<p>Datum: 17-02-2025 &middot; Inkoper / buyer: Eline Mulder (Category Buyer Accessoires) &middot; Afleveradres: DC Fietsplaats, Nijverheidsweg 8, 3861 Nijkerk</p>
""" + html_table([
    ["Regel", "Artikel", "Omschrijving", "Aantal", "Scope", "Status"],
    ["1", "FP-MG-28-55", "Spatbordset 28\" x 55 mm, zwart, huismerk, T2 sample", "15 sets", "sample", "released"],
    ["2", "FP-MG-28-55", "Spatbordset 28\" x 55 mm, zwart, huismerk", "1.485 sets", "production", "NOT RELEASED - on hold"],
]) + """
<div class="note">
<p><b>Scope note.</b> Only line 1 (15 sample sets) is released. Line 2 (1.485 sets) is not released: do not start it and do not buy material for it.
Line 2 is released only after the T2 samples are signed off by Fietsplaats QA (rattle test and stay-fixing test per ISO 4210-2) and then by a written release from Eline Mulder.
Material authority: sample-only.</p>
</div>
<p>Vragen? eline.mulder@fietsplaats.nl &middot; +31 33 245 9120</p>
"""
case("c14_fietsplaats_portal_po_lines", [],
     "portal PO: sample line 15 released, production line 1.485 not released until QA sign-off + written release by Eline Mulder",
     [("Inkooporder 2025-NL-0446.html", html_page("Inkooporder 2025-NL-0446", _c14_body, lang="nl"))])

# c15 clean: LINE export, Japanese-English politeness, full scope.
case("c15_hinode_line_proto_housing", [],
     "LINE chat: only six (6) proto housings; 2,400 not released; written release by Watanabe after evaluation sign-off; material for 6",
     [("[LINE] Chat with Iris Feng Voltcase.txt", """[LINE] Chat history with Iris Feng (Voltcase)
Saved on: 2025/03/04 18:22

2025/03/03(Mon)
10:02	Kenji Watanabe	Good morning Iris-san. Thank you always for your kind support.
10:03	Kenji Watanabe	Please kindly produce only six (6) pcs of the proto battery housing HC-BH-36V rev B for our evaluation.
10:04	Kenji Watanabe	The mass production quantity (2,400 pcs in your quotation VC-Q-0207) is not yet released. Please do not start it.
10:05	Kenji Watanabe	After our evaluation sign-off (drop test and IP67 test in Osaka), I, Watanabe, will send the written release for production.
10:05	Kenji Watanabe	Until then, please purchase material for the 6 pcs only. We are sorry for the trouble.
10:21	Iris Feng	Noted with thanks Watanabe-san! 6 pcs proto only, 2,400 on hold until your written release.
10:22	Iris Feng	[Sticker]
10:40	Iris Feng	Proto ETD 18 March by SF Express. I will send the tracking.
10:41	Kenji Watanabe	Thank you very much. Please send to Osaka office, 3F.

2025/03/04(Tue)
09:15	Iris Feng	[Photo]
09:15	Iris Feng	CNC first piece of housing end cap. Wall 2.5mm ok.
09:31	Kenji Watanabe	Thank you, looks very nice. We look forward to receiving them.
""")])

# c16 clean: ERP printout of a full production PO after a recorded written release; no balance.
case("c16_trailhead_erp_full_production_po", [],
     "full production PO for 1,000 after written release PR-TR-0219 by Dana; no balance; identifiers look like quantities",
     [("PO_45-9120_printout.txt", """TRAILHEAD CYCLE CO.                                   PURCHASE ORDER
2150 PEARL ST  BOULDER CO 80302                       PO #: 45-9120
                                                      DATE: 04/02/2025
VENDOR: V-1044 FORMOSA ALLOY WORKS CO LTD, TAICHUNG, TAIWAN
SHIP TO: TRAILHEAD DC, 5600 ARAPAHOE AVE UNIT 3, BOULDER CO 80303
TERMS: T/T 30% DEPOSIT, 70% AGAINST B/L       INCOTERMS: FOB TAICHUNG
----------------------------------------------------------------------------
LN ITEM             DESCRIPTION                       QTY   UNIT     EXT USD
 1 TR-FK-44-BLK     RIGID FORK 1-1/8-1-1/2 TAPERED   1,000  38.60   38,600.00
                    12X100 TA, FLAT MOUNT 140/160
                    DRG TR-FK-44 REV 3, ISO 4210-6:2023
----------------------------------------------------------------------------
SCOPE: PRODUCTION. FULL ORDER QUANTITY 1,000 PCS. NO BALANCE, NO OPTIONS.
PRODUCTION RELEASE: PR-TR-0219 SIGNED D. WHITFIELD (SOURCING LEAD) 04/02/2025,
                    ISSUED AFTER T1 SIGN-OFF (LAB REPORT TL-2025-031).
DELIVERY: 1 X 20GP, ETD 06/13/2025, KAOHSIUNG.
----------------------------------------------------------------------------
                                              TOTAL USD        38,600.00
PRINTED BY: PURCH-01                         PAGE 1 OF 1
""")])

# p08: ERP printout: header releases 300, long text says 350; balance held until further notice.
case("p08_velora_erp_partial_release_conflict", ["RG004", "RG011"],
     "ERP release says REL QTY 300 but the long text says release 350; balance held 'until further notice' with a named authority but no unlock event",
     [("PO_4500032018_release.txt", """VELORA CYCLES B.V.                                   INKOOPORDER / PURCHASE ORDER
KANAALWEG 41  3526 KL UTRECHT                        PAGE 1/1   PRINTED 11.04.2025
================================================================================
PO NUMBER   : 4500032018                 VENDOR : 100517 FORMOSA ALLOY WORKS
PO DATE     : 11.04.2025                          TAICHUNG TW
BUYER       : S. VISSER                  TEL    : +31 30 760 4414
================================================================================
ITEM  MATERIAL         DESCRIPTION                   ORDER QTY   REL QTY  UOM
0010  VC-FK-700-C      FORK KADE CARGO 20" STEEL         1,200       300  PC
      LONG TEXT:
      T2 SAMPLES SIGNED OFF 02.04.2025 (QA REPORT Q-KD-0402).
      RELEASE 1: 350 PC FOR CONTAINER 1, ETD 30.06.2025 KAOHSIUNG.
      BALANCE 900 PC ON HOLD UNTIL FURTHER NOTICE.
      RELEASE AUTHORITY FOR THE BALANCE: S. VISSER, SENIOR BUYER.
--------------------------------------------------------------------------------
MATERIAL AUTHORITY   : RELEASED QTY ONLY
PRICE                : EUR 27,40 / PC   INCOTERMS FOB KAOHSIUNG
DRAWING              : VC-FK-700 REV C  / TEST ISO 4210-6:2023 CARGO CLASS
================================================================================
""")])

# p09: Danish thread: original scope 10 pilot frames, later "the 12 we authorized"; rest parked, no event.
_p09_q2 = """From: Freja Lindholm <freja@sonderbrocycles.dk>
Sent: 3 February 2025 09:02
To: Sokha Chan
Subject: PO SC-25-061 pilot frames

Hi Sokha,

PO SC-25-061 is attached. It covers 10 pilot frames only. The remaining 590 frames from your
quote are parked for now, so do not start them. Only I can release them.

Freja
"""
_p09_q1 = """From: Sokha Chan <sokha.chan@mekongcycleworks.com.kh>
Sent: 24 February 2025 16:44
To: Freja Lindholm
Subject: RE: PO SC-25-061 pilot frames

Dear Freja,

The pilot frames are welded and go to paint tomorrow. Photos attached. How do you want them
shipped, all by air or some with the sea freight?

Best regards,
Sokha
"""
_p09_txt = """Hi Sokha,

Nice welds, the team in Copenhagen is happy with the photos.

For the 12 pilot frames we authorized: please ship 6 by air to our workshop (Sønderbrogade 14,
2300 København S) and 6 with the sea freight in the next LCL to Aarhus. Commercial invoice split
in two please.

Freja

""" + quote(_p09_q1) + "\n>\n" + quote(_p09_q2)
case("p09_sonderbro_thread_10_vs_12", ["RG004", "RG011"],
     "buyer's PO scope says 10 pilot frames, later message says 12 authorized; rest parked 'for now' with Freja as release person but no unlock event",
     [("RE PO SC-25-061 pilot frames.eml", eml_bytes(mail(
         "Freja Lindholm <freja@sonderbrocycles.dk>", "Sokha Chan <sokha.chan@mekongcycleworks.com.kh>",
         "RE: RE: PO SC-25-061 pilot frames", "Tue, 25 Feb 2025 08:31:00 +0100", _p09_txt,
         in_reply_to="<h81-sokha-0224@mekongcycleworks.com.kh>")))])

# p10: German production release letter: text 1.200, table 1,000; next call-off by an unnamed department.
case("p10_kettenwerk_release_letter_1200_vs_1000", ["RG005", "RG011"],
     "release letter says 1.200 pcs in text but 1,000 in its table; balance held until next call-off from 'our planning department', no named person",
     [("Serienfreigabe SF-2025-007.pdf", pdf([
         ("h1", "Kettenwerk GmbH"),
         ("p", "Gewerbestraße 12 · 79108 Freiburg im Breisgau · Deutschland"),
         ("h", "Serienfreigabe / Production release SF-2025-007"),
         ("pre", "An / To     : Formosa Alloy Works Co., Ltd., Taichung, Taiwan\n"
                 "Bestellung  : 7800-2240 (Gabel KW-FK-29, 2.400 Stück gesamt / 2,400 pcs total)\n"
                 "Datum / Date: 06.05.2025"),
         ("p", "Nach erfolgreicher Bemusterung geben wir hiermit 1.200 Stück zur Serienproduktion frei. / "
               "Following successful sampling we hereby release 1.200 pcs for series production."),
         ("table", [
             ["Position", "Material", "Freigabemenge / released qty", "Liefertermin / delivery"],
             ["10", "KW-FK-29 Index D", "1,000 pcs", "KW 30 / week 30, FOB Kaohsiung"],
         ]),
         ("sp",),
         ("p", "Die Restmenge von 1.200 Stück bleibt gesperrt und wird erst mit dem nächsten Abruf unserer "
               "Disposition freigegeben. / The remaining 1.200 pcs stay blocked and are released only by the "
               "next call-off from our planning department."),
         ("p", "Materialdisposition / material authority: nur für die freigegebene Menge / released quantity only."),
         ("sp",),
         ("p", "Kettenwerk GmbH - Disposition / Materialwirtschaft"),
     ], title="SF-2025-007", author="Kettenwerk GmbH"))])

# p11: portal call-off with no quantity for this call-off, released by an unnamed team.
_p11_body = """
<div style="background:#f28c00;color:#fff;padding:8px"><b>Fietsplaats Leveranciersportaal</b> &middot; supplier: Binh Duong Cycle Components JSC</div>
<h2>Afroep / Call-off 3 &mdash; raamovereenkomst RO-2025-07 (spatbordsets huismerk)</h2>
<p>Datum: 02-06-2025 &middot; Seizoen: MY27 voorjaar / spring pre-season</p>
""" + html_table([
    ["Artikel", "Omschrijving", "Raamovereenkomst", "Afgeroepen t/m afroep 2", "Deze afroep"],
    ["FP-MG-28-55", "Spatbordset 28\" x 55 mm zwart", "6.000 sets", "1.800 sets", "volgens allocatie / per allocation"],
]) + """
<div class="note"><p>Please start production of the next tranche of mudguard sets for the spring pre-season,
in line with the dealer allocation we discussed. Ship in 40HQ to Rotterdam, ETA week 38.</p>
<p>The rest of the framework agreement stays on hold and is not released until the next call-off.</p>
<p>Released by: Fietsplaats Category Team Accessoires</p></div>
<p>Material authority: this call-off only.</p>
"""
case("p11_fietsplaats_calloff_no_qty", ["RG005", "RG010"],
     "call-off tells supplier to start the next tranche with no quantity ('per allocation'); rest held until next call-off but released by an unnamed team",
     [("Afroep 3 RO-2025-07.html", html_page("Afroep 3 - RO-2025-07", _p11_body, lang="nl"))])

# p12: WhatsApp: full scope earlier, then an unscoped "Approved, go ahead" on the paint chip.
case("p12_urbanrad_whatsapp_approved_go_ahead", ["RG002"],
     "chat has full scope (16 samples, 1,184 held, fit check + written release by Lena) but later 'Approved, go ahead' names no scope or quantity",
     [("WhatsApp Chat with Lucy Haitong.txt", """[03.03.25, 08:12:44] Lena Hoffmann: Morning Lucy! PO UR-2025-044 is in your inbox.
[03.03.25, 08:13:30] Lena Hoffmann: To be clear: it's 16 sample racks only. The 1,184 from the quote stay on hold, not released, until we've done the fit check on our frames and I send you a written release.
[03.03.25, 08:41:02] Lucy Zhang: Good morning Lena. Received, 16 sample racks. Thank you!
[03.03.25, 08:41:19] Lucy Zhang: We will first make powder coat test panel for your colour.
[07.03.25, 11:20:51] Lucy Zhang: <Media omitted>
[07.03.25, 11:20:58] Lucy Zhang: <Media omitted>
[07.03.25, 11:21:40] Lucy Zhang: Lena, colour test panel Urbanrad Sand (RAL 1019 with 30% gloss). In daylight and in light box. Please check
[07.03.25, 13:02:17] Lena Hoffmann: Colour is spot on, and the gloss level is exactly what our designer wanted.
[07.03.25, 13:02:30] Lena Hoffmann: Approved, go ahead 👍
[07.03.25, 13:05:02] Lucy Zhang: Thank you Lena 🙏
[07.03.25, 13:05:40] Lucy Zhang: Have a nice weekend!
""")])

# p13: thread; buyer's scope quoted, then "Green light." with no scope after the test report.
_p13_q = """On 19 Mar 2025, at 04:55, Jason Huang <jason.huang@dajia-frame.com.tw> wrote:

Dear Mette,

Good day. Attached the EFBe fatigue test report for the T1 cargo frames (report EFBe-25-03-1187),
all 3 frames passed 100,000 cycles pedalling + horizontal load. Please advise.

Best regards,
Jason Huang
Dajia Frame Industrial Co., Ltd.

> On 6 Feb 2025, Mette Kjær wrote:
> Jason, PO NH-25-0199 covers 8 T1 cargo frames only. The other 392 are not released.
> They stay on hold until Rasmus has signed off the EFBe fatigue report and I send you a
> written release for them. Tubes for the 8 only please.
> /Mette
"""
_p13_txt = """Hi Jason,

Report received, thanks for the quick turnaround. Green light.

/Mette

""" + quote(_p13_q)
_p13_html = """<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Hi Jason,</p><p>Report received, thanks for the quick turnaround. <b>Green light.</b></p><p>/Mette</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p>On 19 Mar 2025, at 04:55, Jason Huang &lt;jason.huang@dajia-frame.com.tw&gt; wrote:</p>
<p>Dear Mette,</p><p>Good day. Attached the EFBe fatigue test report for the T1 cargo frames (report EFBe-25-03-1187),
all 3 frames passed 100,000 cycles pedalling + horizontal load. Please advise.</p>
<p>Best regards,<br>Jason Huang<br>Dajia Frame Industrial Co., Ltd.</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">
<p>On 6 Feb 2025, Mette Kjær wrote:<br>Jason, PO NH-25-0199 covers 8 T1 cargo frames only. The other 392 are not released.
They stay on hold until Rasmus has signed off the EFBe fatigue report and I send you a written release for them. Tubes for the 8 only please.<br>/Mette</p>
</blockquote></blockquote></body></html>"""
case("p13_nordhavn_green_light_thread", ["RG002"],
     "scope in quoted thread is complete (8 T1, 392 held until sign-off + written release by Mette); buyer then writes an unscoped 'Green light.'",
     [("RE EFBe report T1 cargo frames.eml", eml_bytes(mail(
         "Mette Kjær <mk@nordhavnbikes.dk>", "Jason Huang <jason.huang@dajia-frame.com.tw>",
         "RE: EFBe report T1 cargo frames", "Wed, 19 Mar 2025 08:16:00 +0100", _p13_txt, html=_p13_html,
         in_reply_to="<h81-jason-0319@dajia-frame.com.tw>")))])

# p14: supplier-hub call-off page: 500 in the header, 600 in the release note; buyer comment "Proceed."
_p14_body = """
<h1>Pacific Grade Bicycles &mdash; Supplier Hub</h1>
<p>Logged in as: Dajia Frame Industrial Co., Ltd. (vendor 20388)</p>
<h2>Call-off CO-PG-0044 &mdash; Blanket PO PG-BPO-2025-02 (Cascadia gravel frame)</h2>
""" + html_table([
    ["Field", "Value"],
    ["Item", "PG-CSC-FR-54 / -56 / -58, Cascadia gravel frame, Deep Fir green"],
    ["Blanket quantity", "2,000 frames"],
    ["Quantity this call-off", "500 frames"],
    ["Need by", "2025-07-25 (June container, Kaohsiung - Seattle)"],
    ["T1 samples", "signed off 2025-03-02, report PG-QA-118"],
    ["Remaining blanket quantity", "not released - released only by the next call-off, signed by Carla Nguyen"],
    ["Material authority", "this call-off quantity only"],
]) + """
<h3>Release note</h3>
<p>600 frames released for the June container, size split 30/45/25 % (54/56/58).</p>
<h3>Messages</h3>
<p><b>Jason Huang (Dajia), 2025-04-08 10:14:</b> Dropout rework done as discussed, new CMM report uploaded. We are ready on our side.</p>
<p><b>Carla Nguyen (Pacific Grade), 2025-04-08 17:52:</b> Proceed.</p>
"""
case("p14_pacificgrade_calloff_500_vs_600", ["RG002", "RG011"],
     "call-off field says 500, release note says 600; buyer comment 'Proceed.' names no quantity or scope; remaining held with event + named person",
     [("CO-PG-0044.html", html_page("CO-PG-0044 - Pacific Grade Supplier Hub", _p14_body))])


# ---------------------------------------------------------------- batch 3
# c17 clean: supplier's question whether it may proceed with the balance (multipart/alternative).
_c17_txt = """Dear Lena,

Good news: the 25 sample handlebars UR-HB-720 are finished and passed our in-house ISO 4210-5
fatigue check (2 pcs). They ship tomorrow by DHL Express, AWB 41 8827 3390.

Could you kindly confirm if we may proceed with the 4,975 pcs balance now, or do you need to test
the samples in Berlin first? Our production slot in week 22 is still open; after that the next
free slot is week 27.

Thank you and best regards,
Peter Wu
Sales Dept., Kunshan Ridewell Components Co., Ltd.
Tel +86 512 5761 0032
"""
_c17_html = """<html><body style="font-family:Verdana;font-size:12px">
<p>Dear Lena,</p>
<p>Good news: the 25 sample handlebars UR-HB-720 are finished and passed our in-house ISO 4210-5 fatigue check (2 pcs).
They ship tomorrow by DHL Express, AWB 41 8827 3390.</p>
<p><span style="color:#c00">Could you kindly confirm if we may proceed with the 4,975 pcs balance now, or do you need to test the samples in Berlin first?</span>
Our production slot in week 22 is still open; after that the next free slot is week 27.</p>
<p>Thank you and best regards,<br>Peter Wu<br>Sales Dept., Kunshan Ridewell Components Co., Ltd.<br>Tel +86 512 5761 0032</p>
</body></html>"""
case("c17_kunshan_asks_may_we_proceed", [],
     "supplier question 'may we proceed with the 4,975 balance?' is not an approval; no authorizing document in bundle",
     [("Samples UR-HB-720 ready.eml", eml_bytes(mail(
         "Peter Wu <peter.wu@ridewell-ks.com>", "Lena Hoffmann <lena.hoffmann@urbanrad.de>",
         "Samples UR-HB-720 ready - balance question", "Thu, 15 May 2025 17:03:00 +0800",
         _c17_txt, html=_c17_html)))])

# c18 clean: PDF PO with a released sample line and a production line marked not released.
case("c18_nordhavn_po_two_lines", [],
     "PO: 6 sample frames released; production line 294 not released until T1 sign-off by Rasmus + written release by Mette; sample-only material",
     [("NH-25-0207.pdf", pdf([
         ("h1", "Nordhavn Bikes ApS - Purchase Order NH-25-0207"),
         ("pre", "Nordhavn Bikes ApS, Refshalevej 163, 1432 København K  |  CVR 39 88 12 40\n"
                 "Supplier : Mekong Cycle Works Co., Ltd., Manhattan SEZ, Bavet, Cambodia\n"
                 "Date     : 24-02-2025        Buyer: Mette Kjær"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Scope", "Status"],
             ["10", "NH-LT-27-FR", "Lastrup longtail frame, T1 sample, Fjord Blue", "6", "sample", "released"],
             ["20", "NH-LT-27-FR", "Lastrup longtail frame, Fjord Blue", "294", "production", "NOT RELEASED"],
         ]),
         ("sp",),
         ("p", "Line 10: build and ship the 6 T1 frames. Line 20 is not released: do not start it. It is released "
               "only after Rasmus Holm (engineering) has signed off the T1 frames against ISO 4210-6 and EN 17860-3 "
               "(cargo bikes), and then by a written release from Mette Kjær, Head of Sourcing."),
         ("p", "Material authority: sample-only (6 frame sets)."),
         ("p", "Delivery T1: air freight, DAP Copenhagen, week 14. Price line 20 for information: USD 131.00/frame FOB Sihanoukville."),
     ], title="PO NH-25-0207", author="Nordhavn Bikes ApS"))])

# c19 clean: DOCX PO scope note with a table doing all four jobs.
case("c19_pacificgrade_scope_note_table", [],
     "scope note table: 50 active, 950 on hold, unlock = revised PO after pilot-ride sign-off, release authority Carla Nguyen, forecast basis",
     [("PO PG-2025-0407 scope note.docx", docx_bytes([
         ("h1", "Pacific Grade Bicycles - PO scope note"),
         ("p", "PO PG-2025-0407 to Kunshan Ridewell Components Co., Ltd. - stem/bar combo PG-SB-720 (720 mm bar, 60 mm stem, 31.8 clamp)."),
         ("table", [
             ["Item", "Value"],
             ["Quoted production quantity", "1,000 sets (basis: forecast, not a commitment)"],
             ["Active quantity (released now)", "50 pilot sets"],
             ["Balance on hold", "950 sets - not released"],
             ["What to do now", "Build and ship the 50 pilot sets. Do not start the 950."],
             ["Unlock event", "Revised PO, issued after our pilot-ride sign-off (200 km shop ride + ISO 4210-5 lab test)"],
             ["Release authority", "Carla Nguyen, Director of Operations"],
             ["Material authority", "sample-only (50 sets)"],
         ]),
         ("sp",),
         ("p", "Pilot sets ship by air to Portland (FedEx IP, account 6672-1180-4), needed by June 6."),
         ("p", "Questions on this note go to Carla Nguyen, carla@pacificgrade.bike, +1 503 555 0176."),
     ], author="Carla Nguyen"))])

# c20 clean: supplier status page, production waiting for the written release, no material beyond samples.
_c20_body = """
<h1>Binh Duong Cycle Components JSC &mdash; Order tracking</h1>
<p>Customer: Pedal Nord A/S (Skanderborg, DK) &middot; Customer PO: PN-PO-25-0288 &middot; Item: PN-MG-700-45 mudguard set 700C x 45 mm, silver</p>
""" + html_table([
    ["Stage", "Quantity", "Status", "Updated"],
    ["T2 samples", "20 sets", "Shipped 2025-03-18, DHL 4471 2290 31", "2025-03-18"],
    ["Production", "2,980 sets", "Not started - waiting for customer's written production release (Mr. Søren Dahl)", "2025-04-02"],
    ["Material", "sample quantity only", "No production material purchased", "2025-04-02"],
]) + """
<p>Customer feedback on T2 samples: stay length OK, rattle test pending at customer's lab.</p>
<p>Contact: Ms. Nguyen Thi Lan, Sales &middot; lan.nguyen@bdcyclecomp.vn &middot; +84 274 3822 615</p>
"""
case("c20_binhduong_status_waiting_release", [],
     "supplier status page: production 2,980 not started, waiting for written release; no production material bought",
     [("PN-PO-25-0288 tracking.html", html_page("Order tracking PN-PO-25-0288", _c20_body))])

# c21 clean, two files: TXT PO (10 protos, quote informational) + supplier quote PDF with tiers.
case("c21_urbanrad_po_txt_plus_quote", [],
     "two files: PO for 10 proto frames declares quote tiers informational/not released; revised PO signed by Lena after sign-off",
     [("Bestellung UR-2025-038.txt", """URBANRAD GMBH                                         BESTELLUNG / PURCHASE ORDER
Lohmühlenstraße 65, 12435 Berlin                      Nr. UR-2025-038
USt-IdNr. DE329118540                                 Datum 27.02.2025
-------------------------------------------------------------------------------
Lieferant : Águeda Quadros, Lda., Rua da Alagoa 40, 3750-041 Águeda, Portugal
Kontakt   : João Ferreira
Angebot   : QAQ-2025-031 vom 19.02.2025
-------------------------------------------------------------------------------
Pos  Artikel          Bezeichnung                          Menge  Einh.  Preis EUR
1    UR-FR-CITY-7     Rahmen City 7, Prototyp, Gr. 52        10   Stk    265,00
-------------------------------------------------------------------------------
HINWEIS / NOTE
Das Angebot QAQ-2025-031 liegt nur zur Preisinformation bei. The production
tiers in it (500 / 1.000 Stk) are informational only and are NOT released.
This PO covers the 10 prototype frames only. Production needs our sign-off
of the 10 prototypes and then a revised PO signed by Lena Hoffmann
(Geschäftsführerin / managing director).
Material: sample-only (10 frame sets).
-------------------------------------------------------------------------------
Lieferung: DAP Berlin, KW 13     Zahlung: 30 Tage netto
"""),
      ("QAQ-2025-031.pdf", pdf([
         ("h1", "Águeda Quadros, Lda."),
         ("p", "Rua da Alagoa 40, 3750-041 Águeda, Portugal · NIF 509 882 140"),
         ("h", "Orçamento / Quotation QAQ-2025-031"),
         ("pre", "Cliente / customer : Urbanrad GmbH, Berlin\n"
                 "Data / date        : 19.02.2025\n"
                 "Artigo / item      : UR-FR-CITY-7 city frame, AL 6061, Gr. 48/52/56"),
         ("table", [
             ["Fase / stage", "Quantidade / qty", "Preço / price EUR", "Prazo / lead time"],
             ["Protótipo", "10", "265,00", "4 semanas"],
             ["Produção", "500", "118,50", "8 semanas"],
             ["Produção", "1.000", "109,90", "8 semanas"],
         ]),
         ("sp",),
         ("p", "Pintura KTL + pó incluída. Transporte não incluído. Validade 60 dias."),
         ("p", "João Ferreira, Comercial"),
      ], title="QAQ-2025-031", author="Águeda Quadros"))])

# c22 clean: Danish directness, scoped go-ahead, budget sign-off + written release by the sender; DOCX spec attached.
_c22_docx = docx_bytes([
    ("h1", "Sønderbro Cycles - OEM spec sheet SC-RR-27"),
    ("p", "Rear rack for Sønderbro Havn 27 e-bike (MY27)."),
    ("table", [
        ["Characteristic", "Specification"],
        ["Material", "AL 6061-T6, tube Ø10 mm x 1.5 mm (rails), Ø12 mm (struts)"],
        ["Load class", "25 kg per ISO 11243:2016"],
        ["Mounting", "4 x M5x0.8 to frame bosses, torque 5 Nm"],
        ["Light mount", "50 mm hole spacing, rear light Ø4 mm drilling"],
        ["Finish", "powder coat RAL 9005 matte, 80-120 um"],
        ["Marking", "laser: 'SC-RR-27 / max 25 kg / ISO 11243'"],
        ["Packing", "1 pc per PE bag, 10 pcs per carton"],
    ]),
    ("sp",),
    ("p", "Drawing: SC-RR-27 rev A, dated 2025-03-20."),
], author="Sønderbro Cycles")
_c22_txt = """Duc,

Short version: go ahead with the 16 proto racks only. Spec sheet attached.

Do not start the other 784. They stay parked until two things have happened: our CFO Henrik
Lund signs off the MY27 budget at the board meeting on 12 June, and after that I send you a
written release. I am the only one who releases them.

Buy material for the 16 only.

The protos must be in Copenhagen by 30 April, we fit them on the Havn 27 frames for the photo
shoot. Ship DAP, DHL.

Freja
""" + sig("Freja Lindholm", "Sourcing & Product Manager", "Sønderbro Cycles ApS, København", "+45 22 61 08 37")
case("c22_sonderbro_scoped_go_ahead_spec", [],
     "scoped go-ahead for 16 proto racks; 784 parked until CFO budget sign-off + written release by Freja; DOCX spec attached",
     [("PO SC-25-089 proto racks.eml", eml_bytes(mail(
         "Freja Lindholm <freja@sonderbrocycles.dk>", "Tran Minh Duc <duc.tm@saigonprecision.vn>",
         "PO SC-25-089 proto racks SC-RR-27", "Fri, 28 Mar 2025 09:48:00 +0100", _c22_txt,
         attachments=[("SC-RR-27 spec sheet.docx", _c22_docx, DOCX_MT)])))])

# c23 clean: rolling forecast clearly labelled as not an order.
case("c23_pedalnord_labelled_forecast", [],
     "rolling forecast labelled 'forecast only - not a purchase order', production only by call-offs signed by Soren Dahl",
     [("Pedal Nord rolling forecast MY27.txt", """PEDAL NORD A/S - ROLLING FORECAST MY27                    ISSUED 01-04-2025
Supplier: Binh Duong Cycle Components JSC                 Rev: 3
=============================================================================
*** FORECAST ONLY - NOT A PURCHASE ORDER - NO PRODUCTION OR MATERIAL AUTHORITY ***
=============================================================================
ITEM            DESCRIPTION               APR   MAY   JUN   JUL   AUG   SEP   TOTAL
PN-MG-700-45    MUDGUARD SET 700X45 SLV   400   600   800   800   600   400   3,600
PN-MG-28-60     MUDGUARD SET 28X60 BLK    200   300   300   300   200   200   1,500
PN-RR-26-25     REAR RACK 26" 25 KG BLK   150   150   250   250   150   100   1,050
-----------------------------------------------------------------------------
Quantities are planning figures based on dealer pre-book (status 28-03) and may
change by +/- 30 %. They are not a commitment to buy.
Production and material are authorized only by call-offs signed by
Søren Dahl, Category Buyer. Next forecast update: 01-05-2025.
=============================================================================
""")])

# c24 clean: partial production release letter: 1,200 of 2,400, rest until next call-off by a named person.
case("c24_pacificgrade_release_letter_partial", [],
     "release letter: 1,200 of 2,400 released; remaining 1,200 not released until next call-off signed by Carla Nguyen; staged material = released",
     [("PR-PG-2025-011 production release.pdf", pdf([
         ("h1", "Pacific Grade Bicycles"),
         ("p", "2400 NW Front Ave, Portland, OR 97209, USA"),
         ("h", "Production Release PR-PG-2025-011"),
         ("pre", "To:        Mekong Cycle Works Co., Ltd., Bavet, Cambodia (attn. Sokha Chan)\n"
                 "PO:        PG-2025-0209, utility e-bike frame PG-UT-26, total 2,400 frames\n"
                 "Date:      May 12, 2025"),
         ("p", "Our T2 sign-off for PG-UT-26 was recorded on May 9 (lab report PG-QA-131, ISO 4210-6 and EN 17860 for "
               "the rear rack mounts). On that basis we release 1,200 frames for production now."),
         ("table", [
             ["Released now", "Remaining, not released", "Unlock for the remainder", "Release authority"],
             ["1,200 frames", "1,200 frames", "next call-off", "Carla Nguyen, Director of Operations"],
         ]),
         ("sp",),
         ("p", "The remaining 1,200 frames are not released. They are released only by the next call-off signed by Carla Nguyen."),
         ("p", "Material authority: staged up to the 1,200 released frames."),
         ("p", "Carla Nguyen, Director of Operations"),
     ], pagesize=LETTER, title="PR-PG-2025-011", author="Pacific Grade Bicycles"))])

# c25 clean: full-quantity PO with split deliveries (600 + 600 = 1,200 ordered and released).
case("c25_pedalnord_full_po_split_delivery", [],
     "full-quantity PO 1,200 sets delivered in two shipments of 600; no balance; samples signed off under earlier order",
     [("PN-PO-25-0355.docx", docx_bytes([
         ("h1", "Pedal Nord A/S - Indkøbsordre / Purchase order PN-PO-25-0355"),
         ("p", "Supplier: Binh Duong Cycle Components JSC, Tan Uyen, Binh Duong, Vietnam"),
         ("p", "Date: 22-04-2025. Buyer: Søren Dahl, Category Buyer."),
         ("table", [
             ["Pos", "Item", "Description", "Qty", "Price EUR", "Delivery"],
             ["1", "PN-MG-28-60", "Mudguard set 28\" x 60 mm, black, Pedal Nord logo", "600 sets", "6,85", "ETD 15-08-2025"],
             ["2", "PN-MG-28-60", "Mudguard set 28\" x 60 mm, black, Pedal Nord logo", "600 sets", "6,85", "ETD 15-09-2025"],
         ]),
         ("sp",),
         ("p", "Ordered and released: 1,200 sets in total (full quantity), delivered in two shipments of 600 sets. "
               "There is no balance and no option on this order."),
         ("p", "This item was signed off under our MY26 order (report PN-QA-0917); the design is unchanged."),
         ("p", "FOB Ho Chi Minh City (Cat Lai). Payment 30 days after B/L."),
     ], author="Søren Dahl"))])

# p15: DOCX meeting minutes: unscoped "Decision: approved. ... to proceed." and 'approved' for three meanings.
case("p15_velora_minutes_approved_mixed", ["RG002", "RG009"],
     "minutes use 'approved' for fit check, price and production approval, and end with an unscoped 'Decision: approved. Jin-Yuan to proceed.'",
     [("Minutes Jin-Yuan visit 18-03-2025.docx", docx_bytes([
         ("h1", "Minutes - supplier visit Jin-Yuan Precision, Taichung, 18 March 2025"),
         ("p", "Attendees: Maaike de Vries (Purchasing Manager, Velora), Joost Bakker (Product Manager, Velora), "
               "Kevin Lin (Sales, Jin-Yuan), Mr. Chang (Factory Manager, Jin-Yuan)."),
         ("p", "Subject: Kade 3 cargo frame VC-KD3-300, PO 4500032090 (10 T1 frames)."),
         ("h", "1. T1 frames"),
         ("p", "Fit check with Shimano EP801 drive and the Kade cargo box done on the shop floor: OK. "
               "Head tube reaming and kickstand plate flatness within drawing. Status: approved."),
         ("h", "2. Price MY27"),
         ("p", "EUR 174 per frame FCA Taichung for MY27 approved by Velora finance (Pieter Smit) on 14 March."),
         ("h", "3. Production approval"),
         ("p", "Not yet. The balance of 790 frames on PO 4500032090 is not released. Production approval comes "
               "as a written production release from Maaike de Vries after engineering has issued the T1 "
               "sign-off report (expected week 14)."),
         ("h", "4. Packaging and logistics"),
         ("p", "Frame boxes with dropout protectors and head tube caps, 2 frames per carton. Container booking for "
               "MY27 via Kuehne+Nagel Taichung; first ETD target week 27."),
         ("h", "Decisions / actions"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Send T1 dimensional report (CMM) to Velora", "Kevin Lin", "21-03"],
             ["2", "Issue T1 sign-off report", "Joost Bakker", "week 14"],
             ["3", "Confirm carton drop test", "Mr. Chang", "28-03"],
         ]),
         ("sp",),
         ("p", "Decision: approved. Jin-Yuan to proceed."),
         ("p", "Minutes: Joost Bakker, 19 March 2025"),
     ], author="Joost Bakker"))])

# p16: Taiwanese-English supplier email: tube for the full 1,200 frames already ordered; buyer's scope quoted.
_p16_q = """On 2025/03/24 15:10, Freja Lindholm wrote:
Jason,
PO SC-25-072 is attached: 10 T1 frames for the Havn 27 only. The other 1,190 frames on your
quote are not released. They need our T1 sign-off first and then a written release from me.
Tube for the 10 frames only, please.
Freja
"""
_p16_txt = """Dear Freja,

Good day. Thanks for your PO SC-25-072.

For catch the container booking of week 26, and also because the aluminium price will increase
from next month (our tube supplier already informed +6%), we already order the 6061 tube for all
1,200 frames. The tube will arrive our factory on 2 May. So when your release come we can start
welding immediately, no need to wait the tube.

T1 frames are in welding now, ETD 11 April by air.

Please kindly note and thank you for your support.

Best regards,
Jason Huang
Sales Dept.
Dajia Frame Industrial Co., Ltd.
No. 35, Shunfan Rd., Dajia Dist., Taichung 437, Taiwan
Tel: +886-4-2686-5520

""" + quote(_p16_q)
case("p16_dajia_tube_for_full_batch", ["RG006"],
     "buyer released 10 T1 frames with sample-only tube; supplier has already ordered tube for all 1,200 frames without a material authority",
     [("RE PO SC-25-072 T1 frames.eml", eml_bytes(mail(
         "Jason Huang <jason.huang@dajia-frame.com.tw>", "Freja Lindholm <freja@sonderbrocycles.dk>",
         "RE: PO SC-25-072 T1 frames Havn 27", "Wed, 26 Mar 2025 10:22:00 +0800", _p16_txt,
         in_reply_to="<h81-freja-0324@sonderbrocycles.dk>")))])

# p17: buyer invites the supplier to bring in material for the full run, no quantity, no liability.
_p17_txt = """Hi Peter,

Thanks for the update on the 40 sample bars, we'll have them on the ride-test bikes the day they
land.

Just to restate where we are: PO PG-2025-0377 covers the 40 sample bars. The 3,960 production
balance is still on hold, not released, until our ride-test sign-off and my written release.

That said, alloy lead times are brutal right now, so feel free to get the material in for the
full run so you're ready the day the release lands. Better to have it sitting in Kunshan than to
lose four weeks in August.

Thanks!
Carla
""" + sig("Carla Nguyen", "Director of Operations", "Pacific Grade Bicycles, Portland OR", "+1 503 555 0176")
case("p17_pacificgrade_material_full_run", ["RG006"],
     "buyer keeps 3,960 on hold but invites supplier to buy material for the full run, no stated material authority or liability",
     [("RE sample bars PG-2025-0377.eml", eml_bytes(mail(
         "Carla Nguyen <carla@pacificgrade.bike>", "Peter Wu <peter.wu@ridewell-ks.com>",
         "RE: sample bars PG-2025-0377 shipping", "Tue, 20 May 2025 16:35:00 -0700", _p17_txt)))])

# p18: supplier production plan (DOCX): 100 pilot sets released, material staged for 3,000.
case("p18_binhduong_plan_material_3000", ["RG006"],
     "supplier production plan stages PP granulate and stays for 3,000 sets while only 100 pilot sets are released and material is not authorized",
     [("Production plan SC-25-094 mudguards.docx", docx_bytes([
         ("h1", "Binh Duong Cycle Components JSC - Production plan"),
         ("p", "Kế hoạch sản xuất / production plan - customer Sønderbro Cycles ApS, PO SC-25-094, "
               "item SC-MG-27-55 mudguard set 27.5\" x 55 mm."),
         ("p", "Customer scope (per PO): 100 pilot sets released. The remaining 2,900 sets are on hold pending "
               "T2 sign-off and a written release from Ms. Freja Lindholm."),
         ("table", [
             ["Week", "Activity", "Quantity", "Remark"],
             ["18", "Mould trial T2, stays bending", "20 sets", "T2 samples to customer"],
             ["19", "Pilot moulding", "100 sets", "released quantity"],
             ["19", "Raw material staged: PP granulate + stainless stays + fixing clips", "for 3,000 sets", "staged to keep MY27 schedule"],
             ["23-26", "Mass production (after customer release)", "2,900 sets", "on hold"],
         ]),
         ("sp",),
         ("p", "We have staged material for the full 3,000 sets so that mass production can start immediately "
               "after customer release. Granulate delivered 6 May, stays 9 May."),
         ("p", "Prepared by: Nguyen Thi Lan, Sales, 12 May 2025"),
     ], author="Nguyen Thi Lan"))])

# p19, two files: call-off with staged material authority up to 600 + supplier email: tube bought for 1,500.
_p19_att = """JIN-YUAN PRECISION - MATERIAL STATUS  VC-TR-26 TREKKING FRAME   2025-06-03
-------------------------------------------------------------------------
MATERIAL              SUPPLIER          QTY (FRAME SETS)   STATUS
6061 MAIN TUBES       KAIYANG ALLOY          1,500         RECEIVED 28/05
7005 STAYS            KAIYANG ALLOY          1,500         RECEIVED 28/05
DROPOUTS (FORGED)     FU-SHENG               1,500         IN TRANSIT
BB SHELL BSA 68       FU-SHENG               1,500         ORDERED
-------------------------------------------------------------------------
"""
_p19_txt = """Dear Sanne,

Thank you for call-off CO-4500032144-01, we confirm the 200 frames for ETD 15 August.

For your information: to secure the allocation at Kaiyang (they told us the tube mill is full
until October) we have purchased the tube sets and dropouts for 1,500 frames, i.e. the whole
agreement. Please see the attached material status. In this way the next call-offs can be
produced without delay.

Best regards,
Kevin Lin
Sales Manager
Jin-Yuan Precision Co., Ltd., Taichung
"""
case("p19_velora_calloff_plus_supplier_mail", ["RG006"],
     "two files: call-off releases 200 with staged material authority up to 600; supplier bought tube/dropouts for 1,500, beyond the authority",
     [("CO-4500032144-01.txt", """VELORA CYCLES B.V.                         CALL-OFF / LEVERINGSAFROEP       PAGE 1/1
KANAALWEG 41  3526 KL UTRECHT  NL                               PRINTED 26.05.2025 09:02
================================================================================
VENDOR      : 100482  JIN-YUAN PRECISION CO LTD  TAICHUNG TW
CALL-OFF NO : CO-4500032144-01          SCHED. AGREEMENT : 5500001344
DATE        : 26.05.2025                BUYER            : S. VISSER
--------------------------------------------------------------------------------
ITEM  MATERIAL          DESCRIPTION                       QTY REL  UOM   DELIVERY
0010  VC-TR-26-B        TREKKING FRAME 28" M/L ANTHRACITE     200  PC    15.08.2025
--------------------------------------------------------------------------------
PRODUCTION RELEASED NOW   :   200 PC    (THIS CALL-OFF)
AGREEMENT QUANTITY        : 1,500 PC
BALANCE NOT RELEASED      : 1,300 PC    - RELEASED ONLY BY A FURTHER CALL-OFF
RELEASE AUTHORITY         :   M. DE VRIES, PURCHASING MANAGER
MATERIAL AUTHORITY        :   STAGED UP TO 600 PC (TUBE SETS + DROPOUTS)
                              VELORA LIABLE UP TO 600 PC ONLY
================================================================================
"""),
      ("RE CO-4500032144-01 material.eml", eml_bytes(mail(
         "Kevin Lin <kevin.lin@jinyuan-precision.com.tw>", "Sanne Visser <s.visser@veloracycles.nl>",
         "RE: CO-4500032144-01 VC-TR-26 - material status", "Tue, 03 Jun 2025 15:40:00 +0800", _p19_txt,
         cc="Maaike de Vries <m.devries@veloracycles.nl>",
         attachments=[("material_status_VC-TR-26.txt", _p19_att, "text/plain")])))])

# p20: Portuguese supplier reads the deposit as confirmation, buys aluminium for all 350 frames.
_p20_q = """No dia 03/03/2025, Lena Hoffmann escreveu:
Hi João,
PO UR-2025-051: 15 pilot frames UR-FR-TRK-9. The balance of 335 frames is not released; it is
released only by a written release from me after we have signed off the pilot frames. The 30%
deposit covers the frame jig and the pilot frames.
Lena
"""
_p20_txt = """Dear Lena,

We received the 30% deposit yesterday, obrigado.

With the deposit in, we have started production: we bought the aluminium for the full 350 frames
and started cutting the tubes this morning. Our welding team will start the
production frames right after the pilot frames, so you can have everything before the summer.

The pilot frames will be ready on 21 March.

Cumprimentos / best regards,
João Ferreira
Comercial
Águeda Quadros, Lda.
Rua da Alagoa 40, 3750-041 Águeda, Portugal
Tel +351 234 601 277

""" + quote(_p20_q)
case("p20_agueda_deposit_confirms_buys_all", ["RG006", "RG012"],
     "supplier treats the deposit as confirmation to produce and buys aluminium for all 350 frames while only 15 pilot frames are released",
     [("RE PO UR-2025-051 deposit.eml", eml_bytes(mail(
         "João Ferreira <joao.ferreira@aguedaquadros.pt>", "Lena Hoffmann <lena.hoffmann@urbanrad.de>",
         "RE: PO UR-2025-051 deposit", "Wed, 12 Mar 2025 11:02:00 +0000", _p20_txt,
         in_reply_to="<h81-lena-0303@urbanrad.de>")))])


# ---------------------------------------------------------------- batch 4
# p21: Taiwanese supplier assumes T1 approval rolls into the 980; buyer's scope quoted below.
_p21_q = """From: Maaike de Vries <m.devries@veloracycles.nl>
Sent: Monday, April 7, 2025 9:30 AM
Subject: PO 4500032077 - Licht 27 T1 frames

Dear Kevin,
PO 4500032077 is for twenty (20) T1 frames VC-LT-27 only. The 980 production frames in your quote
are not released. They will be released only by a written production release from me, after our
engineering has signed off the T1 frames. Material for the 20 only.
Best regards, Maaike
"""
_p21_txt = """Dear Maaike,

Good day and thank you for the PO 4500032077.

T1 frames are now in the jig, we will send the photos this Friday. Once you approve the T1
frames we will directly arrange the mass production of the 980 pcs, so the goods can catch the
container in week 30. Our planning already reserved the welding line from week 21 for Velora.

If any question please let me know.

Best regards,
Kevin Lin
Sales Manager
Jin-Yuan Precision Co., Ltd.
No. 88, Gongye 2nd Rd., Xitun Dist., Taichung 407, Taiwan

""" + quote(_p21_q)
case("p21_jinyuan_t1_then_mass_production", ["RG007"],
     "supplier states that T1 approval leads straight into mass production of the 980, against the buyer's written-release requirement",
     [("RE PO 4500032077 Licht 27 T1.eml", eml_bytes(mail(
         "Kevin Lin <kevin.lin@jinyuan-precision.com.tw>", "Maaike de Vries <m.devries@veloracycles.nl>",
         "RE: PO 4500032077 - Licht 27 T1 frames", "Wed, 09 Apr 2025 14:12:00 +0800", _p21_txt,
         in_reply_to="<h81-maaike-0407@veloracycles.nl>")))])

# p22: supplier quote whose terms make sample approval the production approval; 'approval' used 3 ways.
case("p22_voltcase_quote_terms_approval", ["RG007", "RG009"],
     "quote terms: sample approval = approval of mass production, scheduled automatically; 'approval' also means price and artwork approval",
     [("VC-Q-0244 quotation.pdf", pdf([
         ("h1", "SHENZHEN VOLTCASE TECHNOLOGY CO., LTD."),
         ("p", "Bldg 7, Fuyong Industrial Park, Bao'an District, Shenzhen 518103, China  |  IATF 16949 / ISO 9001"),
         ("h", "QUOTATION VC-Q-0244"),
         ("pre", "Customer : Stroomfiets B.V., Amsterdam (attn. Bram Hendriks)\n"
                 "Date     : 2025-03-12\n"
                 "Item     : SF-BH-48V-C battery housing for cargo model, ADC12 die-cast + PC cover, IP67"),
         ("table", [
             ["Stage", "Qty", "Unit price USD", "Lead time"],
             ["Samples", "8 pcs", "58.00", "20 days"],
             ["Mass production", "1,500 pcs", "17.90", "35 days"],
             ["Mass production", "3,000 pcs", "16.80", "35 days"],
         ]),
         ("sp",),
         ("h", "Terms and conditions"),
         ("p", "1. Prices FOB Shenzhen (Yantian). 2. Payment: 30% T/T deposit, 70% before shipment. "
               "3. Tooling USD 9,500 (2 cavities), 50% with sample order."),
         ("p", "4. Approvals. (a) Acceptance of this quotation by the customer is the price approval. "
               "(b) Customer approval of the samples is the approval of mass production: after sample approval we "
               "schedule the production quantity automatically, no further PO or release is needed. "
               "(c) Logo and label artwork approval by e-mail."),
         ("p", "5. Validity 45 days. 6. Battery cells not included (customer supply)."),
         ("sp",),
         ("p", "Iris Feng, Key Account Manager"),
     ], title="Quotation VC-Q-0244", author="Shenzhen Voltcase"))])

# p23: buyer's engineer tells the supplier to roll straight into production, contradicting the written-release rule.
_p23_q = """Am 10.03.2025 um 09:05 schrieb Tobias Krüger <t.krueger@kettenwerk.de>:
Dear Amy,
PO 7800-2330 covers 20 T2 forks KW-FK-27-B (Boost 110) only. The balance of 1,480 pcs is not
released. I will release it in writing once Anja has signed off the T2 forks. Material for the 20 only.
Best regards, Tobias Krüger, Head of Purchasing
"""
_p23_txt = """Hi Amy,

T2 forks passed everything: ISO 4210-6 fatigue, the impact test and the flat-mount brake test
(report KW-LAB-25-0412, attached). T2 approved from engineering.

You can roll straight into the 1,480 from here, no need to wait for paperwork from purchasing.
Tobias is on holiday until the 22nd anyway and we do not want to lose the slot.

Thanks for the good work on the crown, the press fit is perfect now.

Viele Grüße
Anja Weber
Leitung Entwicklung / Head of Engineering
Kettenwerk GmbH, Freiburg

""" + quote(_p23_q)
case("p23_kettenwerk_engineer_roll_into_1480", ["RG007"],
     "buyer's engineer says T2 approval lets the supplier roll straight into the 1,480 without the written release the PO requires",
     [("AW T2 forks KW-FK-27-B test report.eml", eml_bytes(mail(
         "Anja Weber <a.weber@kettenwerk.de>", "Amy Chen <amy.chen@formosa-alloy.com.tw>",
         "AW: T2 forks KW-FK-27-B - test report", "Fri, 11 Apr 2025 16:48:00 +0200", _p23_txt,
         in_reply_to="<h81-tobias-0310@kettenwerk.de>")))])

# p24: WhatsApp: buyer agrees that the rest can run once the samples pass, overriding her own written release.
case("p24_stroomfiets_whatsapp_just_run_rest", ["RG007"],
     "buyer set a written-release hold for 1,970, then agrees 'if the samples pass just run the rest, no need to wait for my release'",
     [("WhatsApp Chat met Lan Binh Duong.txt", """[10-03-2025 09:02] Lotte Janssen: Hi Lan! PO SF-0112 just went out by mail.
[10-03-2025 09:03] Lotte Janssen: It's for 30 sample sets of the SF-MG-27-60 mudguards only. The other 1,970 sets stay on hold until I send you a written release after our sample sign-off.
[10-03-2025 09:40] Nguyen Thi Lan: Dear Lotte, good morning. Received PO SF-0112, 30 sample sets. Thank you!
[10-03-2025 09:41] Nguyen Thi Lan: Sample ready 24/3, ship by DHL
[21-03-2025 15:12] Nguyen Thi Lan: Lotte, when sample is OK, we can run the full order right away? It save 2 weeks for you, the line is free in April 🙏
[21-03-2025 15:30] Lotte Janssen: Yes, if the samples pass our check just run the rest, no need to wait for my release 👍
[21-03-2025 15:31] Lotte Janssen: We really need them before the summer season
[21-03-2025 15:33] Nguyen Thi Lan: OK noted, thank you Lotte!
[24-03-2025 11:05] Nguyen Thi Lan: DHL 7719 3382 06 for the 30 sample sets
""")])

# p25: buyer's launch timeline (DOCX) says T2 approval starts production automatically.
case("p25_trailhead_launch_timeline_auto", ["RG007"],
     "launch plan table: 'T2 approval -> mass production of 1,100 frames starts automatically', while the PO scope requires a release signed by Dana",
     [("Mesa MY27 launch plan.docx", docx_bytes([
         ("h1", "Trailhead Cycle Co. - Mesa e-MTB, MY27 launch plan"),
         ("p", "Shared with: Dajia Frame Industrial Co., Ltd. (Jason Huang). Owner: Marcus Reyes, Product Manager. Version 3, April 2, 2025."),
         ("p", "Frame: Mesa 29 e-MTB, Shimano EP801, 630 Wh internal battery, 160 mm travel."),
         ("p", "PO status: PO 45-8901 covers 20 T2 frames. The 1,100 production frames are not released until T2 sign-off; "
               "the production release is signed by Dana Whitfield, Sourcing Lead."),
         ("table", [
             ["Week", "Milestone", "Quantity", "Owner"],
             ["14", "T1 protos ship from Taichung", "6 frames", "Dajia"],
             ["16", "T1 ride camp Moab, geometry freeze", "-", "Trailhead"],
             ["18", "T2 frames arrive, ISO 4210-6 + EN 17406 lab tests", "20 frames", "Trailhead lab"],
             ["20", "T2 approval -> mass production starts automatically at Dajia", "1,100 frames", "Dajia"],
             ["28", "Container booking Kaohsiung - Long Beach", "3 x 40HQ", "Trailhead logistics"],
             ["34", "Dealer pre-book opens", "-", "Trailhead sales"],
             ["38", "Launch at Sea Otter Europe / dealer days", "-", "Marketing"],
         ]),
         ("sp",),
         ("p", "Risks: paint supplier capacity in week 24-26; EP801 motor allocation (Shimano confirmation due week 15)."),
     ], author="Marcus Reyes"))])

# p26: Taiwanese supplier, polite reply: assumes approval of the prototypes lets it produce 1,600 without further documents.
_p26_q = """On 2025/04/14 10:20, Kenji Watanabe wrote:
Dear Ms. Chen,
Thank you always for your kind support. Please kindly produce four (4) pcs of prototype fork
HC-FK-26 for our evaluation. The mass production quantity of 1,600 pcs is not yet released.
After our evaluation sign-off, I, Watanabe, will send the written release.
Best regards, Kenji Watanabe, Purchasing Section, Hinode Cycle Co., Ltd.
"""
_p26_txt = """Dear Watanabe-san,

Thank you very much for your kind order and your trust in Formosa Alloy.

We will produce the four (4) prototype forks HC-FK-26 and ship them to Osaka on 9 May.
We understand that upon your kind approval of the prototypes, we may proceed to produce the
1,600 pcs without further documents, so we have tentatively reserved our forging line in June.
We will be happy to support your MY27 schedule.

Please do not hesitate to contact me if you need any information.

With best regards,
Amy Chen
Sales Manager, Formosa Alloy Works Co., Ltd., Taichung
Tel +886-4-2566-7180

""" + quote(_p26_q)
case("p26_formosa_polite_assumes_autostart", ["RG007"],
     "supplier 'understands' that approval of the prototypes lets it produce the 1,600 without further documents; buyer required a written release",
     [("RE Prototype fork HC-FK-26.eml", eml_bytes(mail(
         "Amy Chen <amy.chen@formosa-alloy.com.tw>", "Kenji Watanabe <k.watanabe@hinode-cycle.co.jp>",
         "RE: Prototype fork HC-FK-26", "Tue, 15 Apr 2025 09:40:00 +0800", _p26_txt,
         in_reply_to="<h81-kenji-0414@hinode-cycle.co.jp>")))])

# p27, two files: buyer DOCX PO (24 samples) + supplier order confirmation PDF (30 samples, auto-start on approval).
case("p27_aoba_po_docx_plus_oc", ["RG007", "RG011"],
     "two files: PO 24 sample frames with full hold; supplier OC confirms 30 samples and says production of 1,076 starts automatically on sample approval",
     [("AB-2025-0266 purchase order.docx", docx_bytes([
         ("h1", "Aoba Bicycle Co., Ltd. - Purchase Order AB-2025-0266"),
         ("p", "Date: 2025/03/31. Supplier: Mekong Cycle Works Co., Ltd., Bavet, Cambodia. Attention: Ms. Sokha Chan."),
         ("table", [
             ["Item", "Part No.", "Description", "Qty", "Unit price (USD)"],
             ["1", "AB-FR-CT-27", "City trekking frame 27.5, sample, size 46 / 52", "24 pcs", "142.00"],
         ]),
         ("sp",),
         ("p", "This purchase order covers the 24 sample frames only. The balance of 1,076 frames in your quotation "
               "MCW-Q-25-0091 is not released. It will be released only after the sample frames have been signed "
               "off by our engineering team and then by a written release from Haruka Mori, Procurement Dept."),
         ("p", "Material authority: sample-only (24 frame sets)."),
         ("p", "We appreciate your kind cooperation."),
     ], author="Haruka Mori")),
      ("OC-MCW-25-0131.pdf", pdf([
         ("h1", "MEKONG CYCLE WORKS CO., LTD."),
         ("p", "Manhattan Special Economic Zone, National Road 1, Bavet, Svay Rieng, Kingdom of Cambodia"),
         ("h", "ORDER CONFIRMATION OC-MCW-25-0131"),
         ("pre", "Customer    : Aoba Bicycle Co., Ltd., Saitama, Japan\n"
                 "Customer PO : AB-2025-0266\n"
                 "Date        : 2025-04-03"),
         ("table", [
             ["Line", "Item", "Qty confirmed", "Unit USD", "ETD"],
             ["1", "AB-FR-CT-27 sample frame", "30 pcs", "142.00", "2025-05-09"],
         ]),
         ("sp",),
         ("p", "We confirm 30 sample frames as above. Production of the 1,076 frames will start automatically "
               "upon your sample approval, to meet the July vessel from Sihanoukville."),
         ("p", "Sokha Chan, Sales & Customer Service"),
      ], title="OC-MCW-25-0131", author="Mekong Cycle Works"))])

# p28: supplier customer portal: 'Released' used for drawing, PO and production; auto step to production.
_p28_body = """
<div style="background:#1d3f6e;color:#fff;padding:8px"><b>Formosa Alloy Works</b> &middot; Customer portal &middot; Velora Cycles B.V.</div>
<h2>Project VC-FK-710 &mdash; Kade cargo fork 20"</h2>
<h3>Document status</h3>
""" + html_table([
    ["Document", "Reference", "Status", "Date"],
    ["Drawing", "VC-FK-710 rev C", "Released", "2025-03-02"],
    ["Purchase order", "4500032150", "Released (by customer)", "2025-03-18"],
    ["Samples", "50 pcs", "Shipped", "2025-04-16"],
    ["Production", "1,450 pcs", "Released on sample approval (automatic)", "-"],
]) + """
<h3>Workflow</h3>
<p>Step 1 PO received &#10003; &rarr; Step 2 samples 50 pcs &#10003; &rarr; Step 3 customer sample approval &rarr;
Step 4 mass production 1,450 pcs starts automatically &rarr; Step 5 container booking</p>
<h3>Customer note (copied from PO 4500032150)</h3>
<p class="note">50 sample forks only. Balance 1,450 not released until a written production release from Maaike de Vries, after sample sign-off.</p>
<p style="font-size:11px;color:#777">Portal v2.3 &middot; last sync 2025-04-16 18:00 CST</p>
"""
case("p28_formosa_portal_released_auto", ["RG007", "RG009"],
     "supplier portal shows production 'released on sample approval (automatic)' against the customer note; 'Released' used for drawing, PO and production",
     [("VC-FK-710 project status.html", html_page("Formosa Alloy Works - project VC-FK-710", _p28_body))])

# p29: buyer asks supplier to treat the MY27 forecast as a firm order; HTML attachment with the figures.
_p29_html = html_page("Ridgeline 29 MY27 forecast", "<h2>Ridgeline 29 &mdash; MY27 forecast</h2>" + html_table([
    ["Quarter", "S", "M", "L", "XL", "Total frames"],
    ["Q1 2026", "90", "240", "195", "75", "600"],
    ["Q2 2026", "135", "360", "290", "115", "900"],
    ["Q3 2026", "135", "360", "290", "115", "900"],
    ["Q4 2026", "90", "240", "195", "75", "600"],
    ["Total", "450", "1,200", "970", "380", "3,000"],
]) + "<p>Source: Trailhead S&amp;OP, 2025-05-28.</p>")
_p29_txt = """Hi Jason,

Attached is our MY27 forecast for the Ridgeline 29: 600 / 900 / 900 / 600 frames per quarter,
3,000 in total, size split in the table.

Please treat the 3,000 as a firm order so you can lock in line capacity for us now. Production
POs will follow per quarter; there is nothing to build until each PO is issued.

We had a great sell-through on MY26, so we're confident in these numbers.

Thanks,
Dana
""" + sig("Dana Whitfield", "Sourcing Lead", "Trailhead Cycle Co., Boulder CO", "+1 303 555 0148")
case("p29_trailhead_forecast_as_firm_order", ["RG008"],
     "buyer writes 'treat the 3,000 (forecast) as a firm order'; nothing authorized to build now",
     [("MY27 forecast Ridgeline 29.eml", eml_bytes(mail(
         "Dana Whitfield <dana@trailheadcycle.com>", "Jason Huang <jason.huang@dajia-frame.com.tw>",
         "MY27 forecast - Ridgeline 29", "Thu, 29 May 2025 13:15:00 -0600", _p29_txt,
         attachments=[("Ridgeline29_MY27_forecast.html", _p29_html, "text/html")])))])

# p30: dealer chain portal forecast marked binding / purchase commitment.
_p30_body = """
<div style="background:#004b87;color:#fff;padding:8px"><b>Pedal Nord A/S</b> &middot; Leverandørportal / supplier portal</div>
<h2>Forecast MY27 &mdash; rear racks &mdash; Ningbo Haitong Metal Products</h2>
<p>Status: <b>CONFIRMED &middot; BINDING</b> &middot; published 2025-04-15 by Søren Dahl</p>
""" + html_table([
    ["Item", "Description", "Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026", "Total"],
    ["PN-RR-26-25", "Rear rack 26\", 25 kg, black", "300", "200", "250", "300", "1,050"],
    ["PN-RR-28-27", "Rear rack 28\", 27 kg, silver", "450", "300", "400", "450", "1,600"],
]) + """
<p class="note">This forecast is binding and is our purchase commitment for MY27. Please plan your production capacity on these quantities.
Delivery dates and split per container follow with each call-off.</p>
<p>Questions: soren.dahl@pedalnord.dk</p>
"""
case("p30_pedalnord_binding_forecast_portal", ["RG008"],
     "portal forecast marked 'binding' and 'our purchase commitment for MY27'",
     [("Forecast MY27 rear racks.html", html_page("Forecast MY27 - rear racks", _p30_body, lang="da"))])

# p31: ERP delivery schedule that declares forecast lines to be firm orders.
case("p31_sonderbro_erp_fcst_firm", ["RG008"],
     "ERP schedule header: all lines incl. forecast (FCST) lines are firm orders",
     [("Leveringsplan SC-LP-2025-06.txt", """SØNDERBRO CYCLES APS           LEVERINGSPLAN / DELIVERY SCHEDULE     SC-LP-2025-06
SØNDERBROGADE 14, 2300 KBH S   PRINTED 02-06-2025 07:58              PAGE 1/1
VENDOR: 40021 SAIGON PRECISION ALLOY CO LTD, BINH DUONG VN
==================================================================================
NOTE: ALL LINES BELOW ARE FIRM ORDERS, INCLUDING FORECAST LINES (TYPE FCST).
==================================================================================
LINE TYPE  ITEM          DESCRIPTION                 PERIOD     QTY   STATUS
1    FCST  SC-RR-27      REAR RACK HAVN 27 BLK       2025-09    400   FIRM
2    FCST  SC-RR-27      REAR RACK HAVN 27 BLK       2025-10    400   FIRM
3    FCST  SC-RR-27      REAR RACK HAVN 27 BLK       2025-11    300   FIRM
4    FCST  SC-FR-27      FRONT RACK HAVN 27 BLK      2025-09    250   FIRM
5    FCST  SC-FR-27      FRONT RACK HAVN 27 BLK      2025-10    250   FIRM
----------------------------------------------------------------------------------
TOTAL SC-RR-27: 1,100   TOTAL SC-FR-27: 500
DRAWINGS: SC-RR-27 REV A / SC-FR-27 REV A   LOAD CLASS ISO 11243:2016 25 KG / 15 KG
CALL-OFFS WITH DELIVERY DATES FOLLOW SEPARATELY, SIGNED BY F. LINDHOLM.
==================================================================================
""")])

# p32: supplier order confirmation turns a rolling forecast into a 5,000 order and buys material for it.
case("p32_mekong_oc_forecast_as_order", ["RG006", "RG008"],
     "supplier confirms 'your order of 5,000 frames per your rolling forecast' and buys tube for 5,000 while 200 pilot frames are released",
     [("OC-MCW-25-0152.pdf", pdf([
         ("h1", "MEKONG CYCLE WORKS CO., LTD."),
         ("p", "Manhattan Special Economic Zone, National Road 1, Bavet, Svay Rieng, Kingdom of Cambodia"),
         ("h", "ORDER CONFIRMATION OC-MCW-25-0152"),
         ("pre", "Customer : Pacific Grade Bicycles, Portland OR, USA (attn. Carla Nguyen)\n"
                 "Item     : PG-CR-27 cargo e-bike frame, AL 6061, Harbor Grey\n"
                 "Date     : 2025-03-20"),
         ("p", "We confirm your order of 5,000 frames PG-CR-27 as per your rolling forecast dated 3 March 2025 "
               "(Q3 2025 - Q2 2026)."),
         ("table", [
             ["Period", "Quantity (frames)", "Basis"],
             ["Q3 2025", "1,200", "rolling forecast 2025-03-03"],
             ["Q4 2025", "1,300", "rolling forecast 2025-03-03"],
             ["Q1 2026", "1,200", "rolling forecast 2025-03-03"],
             ["Q2 2026", "1,300", "rolling forecast 2025-03-03"],
         ]),
         ("sp",),
         ("p", "Released to date: 200 pilot frames (PO PG-2025-0402). The remaining 4,800 frames are not yet released "
               "and will follow by your call-offs."),
         ("p", "To secure the price for you, we have purchased the raw material (6061 tube sets and forged dropouts) "
               "for 5,000 frames."),
         ("p", "Sokha Chan, Sales & Customer Service"),
     ], title="OC-MCW-25-0152", author="Mekong Cycle Works"))])

# p33: dealer pre-book summary presented as a confirmed order to the factory.
case("p33_fietsplaats_prebook_confirmed_order", ["RG008"],
     "dealer pre-book total of 640 (a demand forecast) written as 'our confirmed order to the factory'",
     [("Dealer pre-book E7 MY27.docx", docx_bytes([
         ("h1", "Fietsplaats - dealer pre-book summary MY27"),
         ("p", "Model: Fietsplaats E7 stadsfiets (private label), built by Mekong Cycle Works Co., Ltd., Cambodia."),
         ("p", "Pre-book window: 1-31 March 2025. 58 stores and 17 franchise dealers participated."),
         ("table", [
             ["Region", "Stores", "Pre-book units", "of which Moss Green", "of which Oyster Grey"],
             ["Noord", "12", "120", "70", "50"],
             ["Oost", "14", "140", "75", "65"],
             ["Zuid", "21", "180", "90", "90"],
             ["West", "28", "200", "120", "80"],
             ["Total", "75", "640", "355", "285"],
         ]),
         ("sp",),
         ("p", "The dealer pre-book total of 640 units is our confirmed order to the factory. Please reserve the "
               "capacity and plan frames, paint and assembly on this basis."),
         ("p", "Production starts only with call-offs signed by Eline Mulder; the first call-off follows after the "
               "T2 bike sign-off in week 22."),
         ("p", "Eline Mulder, Category Buyer, 3 April 2025"),
     ], author="Eline Mulder"))])

# p34: 'approved' used for engineering sign-off, finance approval of the PO, and production approval.
_p34_txt = """Hi Peter,

Quick status from Berlin:

- The 30 sample bars UR-HB-740 are approved (engineering: fit on the City 7 and the ISO 4210-5
  fatigue test both OK).
- PO UR-2025-060 for the 30 samples was approved by our finance yesterday, so the sample invoice
  gets paid next week.
- Production approval for the 2,970 is a separate step. The 2,970 are not released until I send
  you a written release, after our MY27 budget sign-off on 30 June.

Please keep the tooling ready but do not start the 2,970.

Schöne Grüße
Lena
""" + sig("Lena Hoffmann", "Geschäftsführerin / Managing Director", "Urbanrad GmbH, Berlin", "+49 30 5557 2210")
_p34_html = """<html><body style="font-family:Helvetica,Arial;font-size:13px">
<p>Hi Peter,</p><p>Quick status from Berlin:</p>
<ul>
<li>The 30 sample bars UR-HB-740 are <b>approved</b> (engineering: fit on the City 7 and the ISO 4210-5 fatigue test both OK).</li>
<li>PO UR-2025-060 for the 30 samples was <b>approved</b> by our finance yesterday, so the sample invoice gets paid next week.</li>
<li><b>Production approval</b> for the 2,970 is a separate step. The 2,970 are not released until I send you a written release, after our MY27 budget sign-off on 30 June.</li>
</ul>
<p>Please keep the tooling ready but do not start the 2,970.</p>
<p>Sch&ouml;ne Gr&uuml;&szlig;e<br>Lena</p></body></html>"""
case("p34_urbanrad_approved_three_ways", ["RG009"],
     "'approved' used for engineering sign-off, finance approval of the PO and production approval in one message; scope otherwise complete",
     [("Status UR-HB-740 samples.eml", eml_bytes(mail(
         "Lena Hoffmann <lena.hoffmann@urbanrad.de>", "Peter Wu <peter.wu@ridewell-ks.com>",
         "Status UR-HB-740 samples", "Wed, 04 Jun 2025 10:10:00 +0200", _p34_txt, html=_p34_html)))])

# p35: chat export mixing 'release' (Freigabe) for sample sign-off, PO approval in SAP and series release.
case("p35_kettenwerk_chat_freigabe_mixed", ["RG009"],
     "'release' used for the sample sign-off, the PO release in SAP and the series release in one chat; scope otherwise complete",
     [("WeChat export Jason Huang Dajia.txt", """WeChat chat export - Tobias Krüger / Jason Huang (Dajia Frame)
Exported 2025-05-08

2025-05-05 08:31 Tobias Krüger: Hi Jason, reminder for everyone on your side: PO 7800-2344 is 20 T2 swingarms KW-SW-12 only. The 1,480 stay not released until I send the series release in writing.
2025-05-05 08:45 Jason Huang: Good morning Tobias, yes understood. T2 will ship tomorrow.
2025-05-07 16:02 Tobias Krüger: Musterfreigabe done: Anja released the 20 T2 swingarms today ✅ (report KW-LAB-25-0507)
2025-05-07 16:03 Tobias Krüger: PO release in SAP is also done, so your sample invoice can go to Freiburg
2025-05-07 16:04 Tobias Krüger: Series release for the 1,480 is NOT given yet. It comes from me in writing after the ISO 4210-6 report of the T2 frames with the swingarm is signed off.
2025-05-07 16:20 Jason Huang: Thank you Tobias. So we wait your series release for the 1,480.
2025-05-07 16:21 Jason Huang: [Thumbs Up]
""")])


# ---------------------------------------------------------------- batch 5
# p36: scoped go-ahead for the prototype frames, but no quantity anywhere; hold, event and person present.
_p36_txt = """Hi Sokha,

Thanks for the quick quote and the call on Tuesday.

Please go ahead with the prototype frames only for the Velora Kind 24 kids e-bike, per drawing
VC-KB-24 rev B and the OEM spec sheet VC-SPEC-27-11 (both attached to PO 4500032199, which our
purchasing sends today). Size and colourway as on the drawing (24" wheel, Coral Red).

The series balance stays on hold, not released, until our sample sign-off (ISO 8098 for
children's bicycles plus our own fatigue test) and after that a written production release from
Maaike de Vries, our Purchasing Manager.

Prototypes needed in Utrecht by 16 May, DAP, please send the AWB when they fly.

Groeten,
Joost
""" + sig("Joost Bakker", "Product Manager", "Velora Cycles B.V., Utrecht", "+31 30 760 4420")
case("p36_velora_prototypes_no_quantity", ["RG010"],
     "go-ahead scoped to 'the prototype frames only' but no authorized quantity is stated anywhere; hold, event and release person present",
     [("Kind 24 prototype frames.eml", eml_bytes(mail(
         "Joost Bakker <j.bakker@veloracycles.nl>", "Sokha Chan <sokha.chan@mekongcycleworks.com.kh>",
         "Kind 24 prototype frames", "Thu, 17 Apr 2025 11:30:00 +0200", _p36_txt,
         cc="Maaike de Vries <m.devries@veloracycles.nl>")))])

# p37: LINE: buyer asks for 'some' samples, never a number; hold, event and person present.
case("p37_aoba_line_some_samples", ["RG010"],
     "buyer authorizes samples without a quantity ('some pcs are enough'); mass production held until written release by Mori after test sign-off",
     [("[LINE] Chat with Iris Feng.txt", """[LINE] Chat history with Iris Feng (Voltcase)
Saved on: 2025/04/25 09:10

2025/04/22(Tue)
14:02	Haruka Mori	Hello Iris-san, this is Mori from Aoba Bicycle. Thank you for the quotation VC-Q-0251.
14:03	Haruka Mori	Please kindly make samples of the battery cover AB-BC-36 for our drop test and IP test.
14:04	Haruka Mori	Mass production is not yet released. I will send you the written release after our test sign-off. Please do not start it.
14:30	Iris Feng	Noted with thanks Mori-san! How many samples do you need?
14:52	Haruka Mori	Some pcs are enough, thank you. Sorry for the short notice.
14:55	Iris Feng	OK, we make some samples and send by SF Express.
14:56	Iris Feng	[Sticker]

2025/04/24(Thu)
10:11	Iris Feng	[Photo]
10:11	Iris Feng	Cover first shot from the mould, colour matt black as the golden sample.
10:40	Haruka Mori	Thank you very much, it looks good.
""")])

# p38: PDF PO for a T1 sample lot with the quantity 'as quoted'; hold, event and person present.
case("p38_sonderbro_po_qty_as_quoted", ["RG010"],
     "PO line for a T1 sample lot gives 'as quoted' instead of a quantity; production not released, event and release person named",
     [("SC-25-101 Formosa.pdf", pdf([
         ("h1", "Sønderbro Cycles ApS - Purchase Order SC-25-101"),
         ("pre", "Sønderbrogade 14, 2300 København S, Denmark     CVR 41 22 90 17\n"
                 "Supplier : Formosa Alloy Works Co., Ltd., Daya Dist., Taichung, Taiwan\n"
                 "Date     : 07-04-2025      Buyer: Freja Lindholm"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Price"],
             ["1", "SC-FK-HAVN-27", "Sample lot T1 rigid fork Havn 27, per quotation FAW-Q2025-0142", "as quoted", "as quoted"],
         ]),
         ("sp",),
         ("p", "Production quantity is not released. It requires our T1 sign-off (ISO 4210-6 fork tests at our "
               "partner lab in Odense) and then a written release by Freja Lindholm."),
         ("p", "Material authority: T1 sample lot only."),
         ("p", "Delivery: air freight DAP Copenhagen, week 19. Invoice in EUR, payment 30 days net."),
     ], title="PO SC-25-101", author="Sønderbro Cycles ApS"))])

# p39: production release letter releases 'the first production batch' without a quantity.
case("p39_trailhead_release_first_batch", ["RG010"],
     "production release names 'the first production batch' for the June container but no quantity; remainder held until next call-off by Dana",
     [("PR-TR-0233 Ridgeline 29.docx", docx_bytes([
         ("h1", "Trailhead Cycle Co. - Production Release PR-TR-0233"),
         ("p", "To: Dajia Frame Industrial Co., Ltd., Taichung (attn. Jason Huang)"),
         ("p", "Re: Ridgeline 29 hardtail frame RL29-FR, PO 45-8955. Date: May 21, 2025."),
         ("p", "Following our T1 sign-off (lab report TL-2025-044: ISO 4210-6 frame fatigue, pedalling and "
               "horizontal forces passed), we hereby release the first production batch of Ridgeline 29 frames "
               "for the June container."),
         ("p", "Size split and colourway (Canyon Orange / Raw Clear) as in the Ridgeline spec sheet RL29-SPEC rev 4."),
         ("p", "The remainder of the MY27 quantity stays on hold and is not released until the next call-off from "
               "Dana Whitfield."),
         ("p", "Material authority: for this batch only."),
         ("sp",),
         ("p", "Dana Whitfield, Sourcing Lead"),
     ], author="Dana Whitfield"))])

# p40, two files: PO PDF for 20 sample carriers + buyer email asking for 25 on the same PO.
_p40_txt = """Hi Lucy,

As discussed on the phone just now: please make 25 sample carriers on NH-25-0226. We need five
extra for the Copenhagen dealer show in May. Everything else stays as on the PO.

Venlig hilsen / kind regards
Mette Kjær
Head of Sourcing, Nordhavn Bikes ApS
"""
case("p40_nordhavn_po_20_mail_25", ["RG011"],
     "two files: PO releases 20 sample carriers; buyer email on the same PO asks for 25",
     [("NH-25-0226.pdf", pdf([
         ("h1", "Nordhavn Bikes ApS - Purchase Order NH-25-0226"),
         ("pre", "Nordhavn Bikes ApS, Refshalevej 163, 1432 København K\n"
                 "Supplier : Ningbo Haitong Metal Products Co., Ltd.\n"
                 "Date     : 14-03-2025     Buyer: Mette Kjær"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Scope", "Status"],
             ["10", "NH-FC-18", "Front carrier 18 kg class, T1 sample, black", "20", "sample", "released"],
             ["20", "NH-FC-18", "Front carrier 18 kg class, black", "780", "production", "NOT RELEASED"],
         ]),
         ("sp",),
         ("p", "Line 20 is released only after Rasmus Holm has signed off the T1 samples (ISO 11243) and then by a "
               "written release from Mette Kjær. Material authority: sample-only."),
     ], title="PO NH-25-0226", author="Nordhavn Bikes ApS")),
      ("Sample carriers NH-25-0226.eml", eml_bytes(mail(
         "Mette Kjær <mk@nordhavnbikes.dk>", "Lucy Zhang <lucy@haitong-metal.cn>",
         "Sample carriers NH-25-0226", "Mon, 17 Mar 2025 13:05:00 +0100", _p40_txt)))])

# p41: DOCX PO: table says 40 pilot sets, text says 50 released; deposit authorizes production.
case("p41_pacificgrade_po_40_vs_50_deposit", ["RG011", "RG012"],
     "PO table lists 40 pilot sets, text says 50 released; payment terms say the deposit authorizes the factory to start production",
     [("PG-2025-0455 fenders.docx", docx_bytes([
         ("h1", "Pacific Grade Bicycles - Purchase Order PG-2025-0455"),
         ("p", "Vendor: Binh Duong Cycle Components JSC, Tan Uyen, Binh Duong, Vietnam (attn. Nguyen Thi Lan)."),
         ("p", "Date: April 24, 2025. Buyer: Carla Nguyen."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Price"],
             ["1", "PG-FD-700-50", "Fender set 700C x 50 mm, pilot, Harbor Grey", "40", "sets", "$10.40"],
         ]),
         ("sp",),
         ("p", "The 50 pilot sets are released now. The remaining 1,950 sets are on hold and not released until "
               "our pilot sign-off and a written release from Carla Nguyen."),
         ("h", "Payment terms"),
         ("p", "50% deposit with this PO, 50% against B/L copy. Receipt of the deposit authorizes Binh Duong to "
               "start production."),
         ("p", "Ship pilot sets by air to Portland; ocean freight for later shipments via Cat Lai."),
     ], author="Carla Nguyen"))])

# p42: buyer: deposit wired, so 'you're good to run' - payment as release and an unscoped approval.
_p42_q = """On 2 Apr 2025, at 10:14, Lotte Janssen <lotte@stroomfiets.nl> wrote:
Hi Sokha, PO SF-0128 is for 15 pilot frames S2 only. The 585 production frames are not released
until our pilot sign-off and a written release from Bram Hendriks.
Lotte
"""
_p42_txt = """Hey Sokha,

Deposit for the S2 production is wired this morning (ING ref 2025-04-17-88213), so you're good
to run! 🚀

Can't wait to see the first frames coming off the line. Send pics!

Bram

""" + quote(_p42_q)
case("p42_stroomfiets_deposit_good_to_run", ["RG002", "RG012"],
     "buyer treats the wired deposit as the go signal ('so you're good to run') with no quantity, against the pilot-only scope",
     [("RE PO SF-0128 deposit.eml", eml_bytes(mail(
         "Bram Hendriks <bram@stroomfiets.nl>", "Sokha Chan <sokha.chan@mekongcycleworks.com.kh>",
         "RE: PO SF-0128 pilot frames", "Thu, 17 Apr 2025 09:12:00 +0200", _p42_txt,
         cc="Lotte Janssen <lotte@stroomfiets.nl>",
         in_reply_to="<h81-lotte-0402@stroomfiets.nl>")))])

# p43: WeChat: supplier starts mass production on the deposit and buys material for 3,000.
case("p43_urbanrad_wechat_deposit_material", ["RG006", "RG012"],
     "supplier reads the tooling deposit as authority to start mass production and buys material for 3,000 while 12 samples are released",
     [("WeChat Iris Feng Voltcase.txt", """WeChat chat export - Lena Hoffmann / Iris Feng (Voltcase)
Exported 2025-05-20

2025-05-02 09:14 Lena Hoffmann: Hi Iris, PO UR-2025-072 is in your mailbox. It is 12 sample housings UR-BH-500 only.
2025-05-02 09:15 Lena Hoffmann: The deposit is for the mould. The 2,988 are not released until I send a written release after our drop test sign-off.
2025-05-02 09:40 Iris Feng: Dear Lena, received, thank you!
2025-05-16 17:02 Iris Feng: Dear Lena, we received your TT deposit today, so we start mass production of the housings next Monday.
2025-05-16 17:03 Iris Feng: Also we already bought the aluminium ingot and PC for 3,000 pcs to keep the price, because aluminium going up.
2025-05-16 17:03 Iris Feng: Samples ETD 23 May by SF.
""")])

# p44: supplier pro-forma: production starts upon receipt of the deposit.
case("p44_mekong_proforma_deposit_starts", ["RG012"],
     "pro-forma invoice states production will start upon receipt of the 30% deposit",
     [("PI-MCW-25-0088.pdf", pdf([
         ("h1", "MEKONG CYCLE WORKS CO., LTD."),
         ("p", "Manhattan SEZ, National Road 1, Bavet, Svay Rieng, Cambodia  |  VAT TIN K009-901822471"),
         ("h", "PROFORMA INVOICE PI-MCW-25-0088"),
         ("pre", "Buyer     : Sønderbro Cycles ApS, Sønderbrogade 14, 2300 København S, Denmark\n"
                 "Date      : 2025-05-06\n"
                 "Incoterms : FOB Sihanoukville"),
         ("table", [
             ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["SC-FR-HAVN-27", "Havn 27 e-bike frame, AL 6061, Sand Beige, size M/L", "400", "128.00", "51,200.00"],
             ["", "30% deposit due", "", "", "15,360.00"],
             ["", "70% balance before shipment", "", "", "35,840.00"],
         ]),
         ("sp",),
         ("p", "Production will start upon receipt of the 30% deposit. Lead time 45 days from deposit."),
         ("p", "Bank: ACLEDA Bank Plc., Phnom Penh, SWIFT ACLBKHPP, account 0001-02-334571-1-8."),
         ("p", "Sokha Chan, Sales & Customer Service"),
     ], title="PI-MCW-25-0088", author="Mekong Cycle Works"))])

# p45: supplier portal: an accepted PO is released to the shop floor automatically.
_p45_body = """
<div style="background:#2f6b3a;color:#fff;padding:8px"><b>Águeda Quadros</b> &middot; Portal do cliente / customer portal &middot; Kettenwerk GmbH</div>
<h2>Encomenda / order: PO 7800-2301 &mdash; Gipfel e-MTB frame KW-FR-GPF-27</h2>
""" + html_table([
    ["Linha", "Descrição", "Qtd", "Customer scope"],
    ["10", "Sample frames T1, size M", "10", "released"],
    ["20", "Production frames", "590", "not released - T1 sign-off, then written release by Tobias Krüger"],
]) + """
<h3>Estado / status</h3>
<p>PO accepted &#10004; (2025-02-26) &rarr; <b>Released to production</b> (2025-02-26)</p>
<p class="note">At Águeda Quadros an accepted PO is released to the shop floor automatically. Shop-floor order WO-25-0311 created.</p>
<p>Contacto: João Ferreira &middot; joao.ferreira@aguedaquadros.pt</p>
"""
case("p45_agueda_portal_po_accepted_released", ["RG012"],
     "supplier portal treats PO acceptance as production release ('an accepted PO is released to the shop floor automatically')",
     [("PO 7800-2301 estado.html", html_page("PO 7800-2301 - Águeda Quadros", _p45_body, lang="pt"))])


# ---- END OF CASES ----


# ======================================================================== WRITE
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(8181).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9]+", "_", Path(first).stem).strip("_")
        folder = f"h81_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True,
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
