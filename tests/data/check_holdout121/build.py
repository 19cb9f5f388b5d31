#!/usr/bin/env python3
"""Generator for the releasegate check_holdout121 corpus (dental / orthodontic supply chain).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout121/build.py

Renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.

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
    m["Message-ID"] = msgid or f"<h121-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h121")
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




def chat(lines):
    return "\n".join(lines) + "\n"


TXT_MT = "text/plain"
HTML_MT = "text/html"


# =================================================================== CASES
# Descriptive names: cNN = clean (expect []), pNN = with at least one risk.
# Names appear only here; output folders are neutral and shuffled.

# ---------------------------------------------------------------- batch 1 (clean)

# c01: supplier quote alone, prototype + production tiers, no authorized quantity.
case("c01_quote_tiers", [], "supplier quote alone: prototype and production tiers, no authorization in the bundle", [
    ("Quotation_SZ-Q24-0871.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", "Shenzhen Brightsmile Orthodontic Technology Co., Ltd. | Building 7, Fuhai Industrial Park, "
              "Bao'an District, Shenzhen 518103, P.R. China | ISO 13485:2016 certificate no. CN-MD-13485-0217"),
        ("p", "Quotation No.: SZ-Q24-0871    Date: 2024-04-18    Valid until: 2024-07-18"),
        ("p", "To: Crestline Orthodontics Inc., 4100 Lakeline Blvd, Austin TX 78613, USA. "
              "Attn.: Ms. Megan Holloway, Strategic Sourcing"),
        ("p", "Subject: Clear aligner storage case with custom pad print (Pantone 7541 C), "
              "your drawing CL-CASE-07 Rev C"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price (USD)", "Amount (USD)"],
            ["1", "Prototype case, SLA, unpainted, for fit / drop test", "30", "18.50", "555.00"],
            ["2", "Tooling: 2-cavity P20 mould incl. T1 samples", "1 set", "6,800.00", "6,800.00"],
            ["3", "Production case, tier A", "5,000", "1.42", "7,100.00"],
            ["4", "Production case, tier B", "20,000", "1.18", "23,600.00"],
        ]),
        ("sp",),
        ("p", "Lead times: prototypes 7 working days after receipt of PO; tooling 25 days; production "
              "20 days after receipt of your production order."),
        ("p", "Payment: prototypes 100% with order; tooling 50% T/T in advance, 50% after T1 sign-off; "
              "production 30 days after B/L. Incoterms 2020 FOB Shenzhen."),
        ("p", "Packaging: 50 cases per inner polybag, 400 per export carton (52 x 38 x 40 cm). "
              "UDI label on carton if requested (GS1 format)."),
        ("sp",),
        ("p", "Kevin Zhou, Sales Manager, Overseas Dept. | kevin.zhou@brightsmile-ortho.cn | +86 755 2911 0871"),
    ], title="Quotation SZ-Q24-0871", author="Kevin Zhou")),
])

# c02: complete sample PO (quantity, hold, unlock event, named release authority, material).
case("c02_po_complete_letter", [], "sample PO with all four scope items; quote tiers explicitly not released", [
    ("PO_CL-24-1187.pdf", pdf([
        ("h1", "PURCHASE ORDER CL-24-1187"),
        ("p", "Crestline Orthodontics Inc. | 4100 Lakeline Blvd, Austin TX 78613 | Purchasing: purchasing@crestline-ortho.com"),
        ("p", "PO date: May 6, 2024    Supplier: Shenzhen Brightsmile Orthodontic Technology Co., Ltd. (vendor 20417)    "
              "Your quotation: SZ-Q24-0871 of 2024-04-18"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Ext. USD"],
            ["10", "CL-CASE-07-P", "Prototype aligner storage case, SLA, drawing CL-CASE-07 Rev C", "30", "EA", "18.50", "555.00"],
        ]),
        ("sp",),
        ("h", "Scope of this purchase order"),
        ("p", "1. This PO authorizes thirty (30) prototype cases for fit and drop testing. Nothing else is released."),
        ("p", "2. Tooling (item 2) and the production tiers in your quotation (5,000 / 20,000 pcs) are not ordered "
              "and not released by this PO. They appear in your quote for pricing only."),
        ("p", "3. What to do now: build and ship the 30 prototypes. Do not cut steel and do not buy resin for production."),
        ("p", "4. What unlocks the rest: (a) sign-off of the 30 prototypes by our Design Verification team and then "
              "(b) a revised PO. The revised PO is signed by Megan Holloway, Strategic Sourcing Manager, who is the "
              "release authority for this program."),
        ("p", "Material authority: sample-only. Production quantity basis: open (no firm volume yet)."),
        ("sp",),
        ("p", "Ship to: Crestline Orthodontics, Receiving Dock 2, 4100 Lakeline Blvd, Austin TX 78613. "
              "Incoterms 2020 FOB Shenzhen, forwarder Expeditors acct. 55-0931. Terms: net 45."),
        ("p", "Buyer: Megan Holloway | +1 512 555 0144 | Please acknowledge this PO within 3 business days."),
    ], pagesize=LETTER, title="PO CL-24-1187", author="Crestline Purchasing")),
])

# c03: WhatsApp, supplier asks about the 1,500; buyer answers with a complete hold.
case("c03_whatsapp_question_answered", [], "supplier go-ahead question answered with active qty, hold, event and named releaser", [
    ("WhatsApp_Chat_Hanbit_Sorriso.txt", chat([
        "12/03/2024, 08:41 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
        "12/03/2024, 09:14 - Jiwoo Park (Hanbit Dental): Good morning Rafael! 30 pilot trays passed our inner QC 🙏 ready to ship Friday by DHL",
        "12/03/2024, 09:20 - Rafael Costa - Compras Sorriso: Bom dia Jiwoo, ótimo!! send me tracking when you have pls",
        "12/03/2024, 09:21 - Rafael Costa - Compras Sorriso: and the invoice to financeiro@sorrisolab.com.br as usual",
        "12/03/2024, 09:33 - Jiwoo Park (Hanbit Dental): Sure. Also our production team ask: do we have go-ahead for the 1,500 pcs? We can reserve the line for week 16",
        "12/03/2024, 09:47 - Rafael Costa - Compras Sorriso: No, not yet. Only the 30 pilot trays are released on PO 4500-0317.",
        "12/03/2024, 09:48 - Rafael Costa - Compras Sorriso: The other 1.470 stay on hold until Dra. Helena Lima signs the fit + biocompatibility report from the pilot clinics",
        "12/03/2024, 09:49 - Rafael Costa - Compras Sorriso: after her sign-off I send you the written release myself, with the quantity. Nothing before that pls, also no material beyond the 30",
        "12/03/2024, 09:52 - Jiwoo Park (Hanbit Dental): Understood, we wait for your written release. Line will not be reserved. Thank you 👍",
        "12/03/2024, 09:52 - Jiwoo Park (Hanbit Dental): <Media omitted>",
        "13/03/2024, 16:05 - Jiwoo Park (Hanbit Dental): Tracking 4419 2873 05 (DHL Express), invoice sent",
        "13/03/2024, 16:30 - Rafael Costa - Compras Sorriso: obrigado! 🙌",
    ])),
])

# c04: labelled, non-binding rolling forecast on a buyer portal page.
case("c04_portal_forecast", [], "rolling forecast page clearly labelled non-binding; no order on the page", [
    ("HDG_supplier_portal_forecast.html", html_page("Harbourside Dental Group - Supplier Portal - Forecast", """
<h2>Harbourside Dental Group &ndash; Supplier Portal</h2>
<p>Supplier: <b>Medipak Industries Pvt. Ltd.</b>, Ahmedabad (supplier no. 300871) &nbsp;|&nbsp; Logged in: n.shah@medipak.in</p>
<p class="note"><b>Rolling 6-month forecast &ndash; NON-BINDING.</b> This page is for your capacity planning only.
It is not a purchase order, it commits Harbourside to nothing and it releases no production and no material.
Quantities are ordered only by a numbered call-off PO.</p>
<table>
<tr><th>SKU</th><th>Description</th><th>Jun 2024</th><th>Jul 2024</th><th>Aug 2024</th><th>Sep 2024</th><th>Oct 2024</th><th>Nov 2024</th></tr>
<tr><td>HDG-SP-90260</td><td>Self-seal sterilization pouch 90 x 260 mm, ISO 11607-1</td><td>40,000</td><td>40,000</td><td>45,000</td><td>45,000</td><td>50,000</td><td>50,000</td></tr>
<tr><td>HDG-SP-135280</td><td>Self-seal sterilization pouch 135 x 280 mm</td><td>12,000</td><td>12,000</td><td>12,000</td><td>15,000</td><td>15,000</td><td>15,000</td></tr>
<tr><td>HDG-SR-50200</td><td>Sterilization reel 50 mm x 200 m</td><td>300</td><td>300</td><td>300</td><td>350</td><td>350</td><td>350</td></tr>
</table>
<p>Forecast version FC-2024-05, published 27 May 2024. Next update: 24 June 2024.</p>
<p>Questions about this forecast: Liam O'Connor, Procurement Manager, liam.oconnor@harbourside-dental.com.au, +61 2 9555 0187.</p>
<p style="color:#777">&copy; 2024 Harbourside Dental Group Pty Ltd &middot; ABN 51 600 123 987 &middot; Portal v4.2</p>
""")),
])

# c05: DV lot disposition for fit only, validation batch explicitly held (DOCX with table).
case("c05_dv_report_fit_only", [], "sign-off for fit only; validation batch not released, event and releaser named", [
    ("DV_Report_GA-AB-4012.docx", docx_bytes([
        ("h1", "Design Verification Report DVR-2024-031"),
        ("p", "Product: custom titanium abutment, PN GA-AB-4012 Rev 05 (Ti-6Al-4V ELI, ASTM F136). "
              "Supplier: Galil Precision Implants Ltd., Karmiel, Israel. Buyer: Dentallabor Aeschbach AG, Winterthur."),
        ("p", "Purchase order: 2024-0456. DV lot received 22.04.2024, 12 pcs, supplier lot GPI-24-0913."),
        ("h", "Results"),
        ("table", [
            ["Test", "Requirement", "Result", "Status"],
            ["Dimensional fit on analog", "Drawing GA-AB-4012 Rev 05, CMM 100%", "12/12 within tolerance", "pass"],
            ["Screw torque", "35 Ncm, 5 cycles", "no deformation", "pass"],
            ["Surface roughness Ra", "<= 0.4 µm", "0.21 - 0.33 µm", "pass"],
            ["Cytotoxicity ISO 10993-5", "report from test lab", "pending (expected KW 24)", "open"],
        ]),
        ("h", "Disposition"),
        ("p", "The DV lot of twelve (12) abutments is signed off for dimensional fit only. This is not a production release."),
        ("p", "Released to date on PO 2024-0456: the 12 DV-lot pieces (delivered). The validation batch of 600 pcs on the same PO "
              "is not released: Galil may not start it and may not buy bar for it."),
        ("p", "Unlock: the 600 pcs are released only by a written release from Dr. Jonas Meier, Head of Quality, after the "
              "ISO 10993-5 report has been received and reviewed."),
        ("sp",),
        ("p", "Prepared: Nadine Frei, QM Engineer, 23.04.2024. Reviewed: Dr. Jonas Meier, Head of Quality."),
    ], author="Nadine Frei")),
])

# c06: full-quantity PO by e-mail (multipart/alternative), "proceed with the full 5,000".
_t = ("Hi Nikhil,\n\n"
      "Please find below our PO HDG-77812 for the self-seal pouches 135 x 280 mm (your catalogue item MP-SS-135280, "
      "EN 868-5 / ISO 11607-1 compliant). We have used this SKU across our clinics for two years, so no samples needed.\n\n"
      "  PO HDG-77812 | MP-SS-135280 | 5,000 pcs | AUD 0.094 ea | AUD 470.00\n\n"
      "Please proceed with the full 5,000 pcs. This PO covers the complete quantity - there is no balance and nothing "
      "further to follow on this order.\n\n"
      "Delivery to our Alexandria DC (Unit 4, 21 Huntley St, Alexandria NSW 2015) by 28 June please, cartons labelled "
      "with our PO number. Invoice to ap@harbourside-dental.com.au.\n\n"
      "Thanks and have a good week,\nLiam" + sig("Liam O'Connor", "Procurement Manager", "Harbourside Dental Group Pty Ltd", "+61 2 9555 0187"))
_h = ("<p>Hi Nikhil,</p><p>Please find below our PO <b>HDG-77812</b> for the self-seal pouches 135 x 280 mm (your catalogue item "
      "MP-SS-135280, EN 868-5 / ISO 11607-1 compliant). We have used this SKU across our clinics for two years, so no samples needed.</p>"
      "<table><tr><th>PO</th><th>Item</th><th>Qty</th><th>Unit</th><th>Total</th></tr>"
      "<tr><td>HDG-77812</td><td>MP-SS-135280</td><td>5,000 pcs</td><td>AUD 0.094</td><td>AUD 470.00</td></tr></table>"
      "<p>Please proceed with the full 5,000 pcs. This PO covers the complete quantity &ndash; there is no balance and nothing "
      "further to follow on this order.</p><p>Delivery to our Alexandria DC by 28 June please.</p><p>Thanks and have a good week,<br>Liam</p>"
      "<p>-- <br>Liam O'Connor<br>Procurement Manager<br>Harbourside Dental Group Pty Ltd</p>")
case("c06_full_qty_po_email", [], "full-quantity PO, 'proceed with the full 5,000', no balance", [
    ("PO_HDG-77812.eml", mail("Liam O'Connor <liam.oconnor@harbourside-dental.com.au>", "Nikhil Shah <n.shah@medipak.in>",
                               "PO HDG-77812 - sterilization pouches 135x280 - 5,000 pcs", "Mon, 03 Jun 2024 10:12:00 +1000",
                               _t, html=_h)),
])

# c07: ERP call-off with explicit staged material authority above the released quantity.
case("c07_erp_calloff_staged_material", [], "call-off 400 released, rest held to next signed call-off, staged material authority 1.200", [
    ("ABRUF_RV-2024-011_02.txt", """\
KIEFERWERK ORTHODONTIE GMBH               ABRUF / CALL-OFF                    SEITE  1 /  1
Westliche Karl-Friedrich-Str. 210, 75172 Pforzheim                     DRUCK 2024-06-11 07:58
-------------------------------------------------------------------------------------------
LIEFERANT / SUPPLIER : 700512  SUZHOU HENGTAI MEDICAL PLASTICS CO LTD
RAHMENVERTRAG        : RV-2024-011   GESAMTMENGE 2.400 ST   LAUFZEIT 01.2024-12.2024
ABRUF NR             : 02            VORHERIGER ABRUF 01: 400 ST (GELIEFERT)
EINKAEUFER           : A. KUEBLER    TEL +49 7231 5550 310
-------------------------------------------------------------------------------------------
POS  MATERIAL       BEZEICHNUNG                              MENGE  ME   LIEFERTERMIN
010  KW-BR-0422     TRANSFER TRAY INDIRECT BONDING, REV 3     400   ST   15.07.2024
-------------------------------------------------------------------------------------------
TEXT / NOTE:
RELEASED FOR PRODUCTION WITH THIS CALL-OFF: 400 PCS (POS 010).
REMAINING FRAMEWORK QUANTITY 1.600 PCS IS NOT RELEASED. IT IS RELEASED ONLY BY THE
NEXT NUMBERED CALL-OFF, SIGNED BY ANDREAS KUEBLER, LEITER EINKAUF.
MATERIAL AUTHORITY: STAGED - SUPPLIER MAY BUY PETG/TPU SHEET FOR UP TO 1.200 PCS
AT KIEFERWERK'S LIABILITY. MATERIAL ABOVE 1.200 PCS IS AT SUPPLIER'S RISK.
PACKING: 50 ST/BEUTEL, UDI-ETIKETT GS1 JE KARTON. COC + LOT-NR. (ISO 13485:2016) MITSENDEN.
-------------------------------------------------------------------------------------------
INCOTERMS 2020 FCA SHANGHAI / ZAHLUNG 60 TAGE NETTO
"""),
])

# c08: explicit, recorded auto-conversion agreement with quantity, signer and conditions (DOCX).
case("c08_autoconversion_agreement", [], "explicit auto-conversion: signer, quantity and conditions recorded in advance", [
    ("AutoConversion_LDP-3391.docx", docx_bytes([
        ("h1", "Sample-to-Production Auto-Conversion Agreement"),
        ("p", "Purchase order: LDP-3391 (Lakeshore Dental Partners, Chicago IL). Supplier: Daesung Implant Tech Co., Ltd., "
              "Gimhae, Republic of Korea. Part: custom abutment, drawing LDP-AB-220 Rev 4."),
        ("num", "PO LDP-3391 covers 200 custom abutments: 10 verification samples (line 1) and 190 production units (line 2)."),
        ("num", "Until the sign-off described in clause 3, only the 10 samples are released. The 190 production units are not released "
                "and Daesung may not start them."),
        ("num", "Auto-conversion: if Dr. Priya Raman, Clinical Director and release authority for Lakeshore, signs verification report "
                "VR-3391 with the disposition 'approved' (all 10 samples within tolerance per LDP-AB-220 Rev 4 and the 35 Ncm torque "
                "test passed), that signature releases the 190 production units. No further release document is needed. "
                "An interim or rejected disposition releases nothing."),
        ("num", "Material authority: sample-only until the signature in clause 3; afterwards material for the 190 units."),
        ("num", "Daesung confirms the released quantity to Lakeshore Purchasing within one business day of receiving VR-3391."),
        ("table", [
            ["Party", "Name / role", "Signature", "Date"],
            ["Lakeshore Dental Partners", "Dr. Priya Raman, Clinical Director (release authority)", "signed", "2024-05-21"],
            ["Lakeshore Dental Partners", "Greg Ostrowski, Purchasing Manager", "signed", "2024-05-21"],
            ["Daesung Implant Tech", "Ji-hoon Choi, Sales Director", "signed", "2024-05-22"],
        ]),
    ], author="Greg Ostrowski")),
])

# c09: forwarded old quote (message/rfc822) with a 10,000 volume declared informational.
_fwd = mail("Lily Chen <lily.chen@ningbo-clearform.com>", "Jack Thornton <jack.thornton@southerncrossaligners.com.au>",
            "Quotation NCF-Q-0212 retainer cases", "Wed, 14 Feb 2024 15:02:00 +0800",
            "Dear Jack,\n\nThank you for your enquiry. Our offer for the retainer case SCA-RC-02:\n\n"
            "  Sample cases (hand-finished) ....... 50 pcs    USD 9.80\n"
            "  Volume production ............... 10,000 pcs   USD 0.96\n"
            "  Mould (2 cav.) ..................... 1 set   USD 5,200\n\n"
            "Sample lead time 10 days, volume 30 days after mould approval.\n\nBest regards,\nLily Chen\n"
            "Ningbo Clearform Medical Co., Ltd.\n")
_t = ("Hi Lily,\n\n"
      "Forwarding your February quote below for the reference numbers only.\n\n"
      "Please note: the 10,000-unit volume in that quote is informational and is not released. Our PO SCA-5521 covers "
      "fifty (50) sample retainer cases only - please make those now.\n\n"
      "Any production quantity, including the 10,000 in the quote, stays on hold until (1) our product team signs off the "
      "samples and (2) you receive a written release from me. Please don't buy material beyond what the 50 need.\n\n"
      "Cheers,\nJack" + sig("Jack Thornton", "Procurement Lead", "Southern Cross Aligners Pty Ltd", "+61 3 9555 0412"))
case("c09_forward_old_quote_info", [], "forwarded old quote with 10,000 declared informational; 50 samples; hold, event, releaser", [
    ("Fwd_Quotation_NCF-Q-0212.eml", mail("Jack Thornton <jack.thornton@southerncrossaligners.com.au>",
                                          "Lily Chen <lily.chen@ningbo-clearform.com>",
                                          "Fwd: Quotation NCF-Q-0212 retainer cases - PO SCA-5521", "Tue, 07 May 2024 11:40:00 +1000",
                                          _t, attachments=[("rfc822", _fwd)])),
])

# c10: quoted supplier auto-conversion assumption, corrected by buyer reply.
_t = ("Dear Mr. Shah,\n\n"
      "Thank you for shipping the samples.\n\n"
      "Please note: sample sign-off does not release the balance. PO 4700-2291 releases the 50 sample armrests only. "
      "The 2,950 pcs stay on hold until I send you a written production release after our incoming inspection and the "
      "assembly trial on the chair line. I am the release authority for this order.\n\n"
      "Until then please do not start the 2,950 and do not buy ABS for them.\n\n"
      "Mit freundlichen Grüßen / Kind regards\nKatrin Huber" + sig("Katrin Huber", "Head of Procurement",
                                                                    "Sirius Dentaltechnik GmbH, Bensheim", "+49 6251 555 220") +
      "\n\n-----Original Message-----\nFrom: Ramesh Shah <ramesh.shah@vardhmanpolymers.in>\nSent: Thursday, 16 May 2024 07:55\n"
      "To: Katrin Huber <k.huber@sirius-dental.de>\nSubject: PO 4700-2291 samples dispatched\n\n"
      "> Dear Katrin Madam,\n>\n> Greetings from Pune. The 50 sample armrests (PN SD-AR-118 Rev 02, colour RAL 9016) are dispatched\n"
      "> today by FedEx AWB 7731 0290 4415.\n>\n> Once your team approves them, we will directly roll on to the 2,950 balance so that\n"
      "> delivery by August is safe.\n>\n> Thanking you,\n> Ramesh Shah\n> Vardhman Polymers Pvt. Ltd.\n")
case("c10_reply_corrects_autoconv", [], "quoted supplier auto-conversion assumption, buyer's reply restates hold, event and herself as releaser", [
    ("RE_PO_4700-2291_samples.eml", mail("Katrin Huber <k.huber@sirius-dental.de>", "Ramesh Shah <ramesh.shah@vardhmanpolymers.in>",
                                         "RE: PO 4700-2291 samples dispatched", "Thu, 16 May 2024 09:31:00 +0200", _t,
                                         in_reply_to="<vp-2291-0516@vardhmanpolymers.in>")),
])

# c11: supplier says the advance does not release production; buyer PO attached.
_po = pdf([
    ("h1", "Purchase Order BBS-2207"),
    ("p", "Bluebonnet Smiles LLC, 2201 Westlake Dr, Houston TX 77077 | Date: 04/22/2024 | Vendor: Sai Dentoplast Pvt. Ltd., Chennai"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit", "Amount"],
        ["1", "BBS-IT-UL", "Custom impression tray, upper/lower set, sample", "20", "USD 6.40", "USD 128.00"],
        ["2", "BBS-TL-01", "Tray mould (tooling)", "1", "USD 3,800.00", "USD 3,800.00"],
    ]),
    ("sp",),
    ("p", "Scope: line 1 releases 20 sample trays. The production quantity of 980 trays in your offer SD/Q/24/061 is not "
          "released by this PO. It is released only by a written release from Daniel Ortiz, VP Operations, after our sample "
          "sign-off (fit check in three clinics). Material authority: sample quantity only."),
    ("p", "Tooling payment: 30% advance, balance on T1 sign-off."),
], pagesize=LETTER, title="PO BBS-2207", author="Bluebonnet Smiles")
_t = ("Dear Ms. Garcia,\n\nGood day.\n\n"
      "We acknowledge with thanks the receipt of your 30% advance of USD 1,140.00 against our proforma PI/24-25/118 "
      "for the tray mould.\n\n"
      "Kindly note the advance does not release production. As per your PO BBS-2207 (copy attached for reference) we are "
      "making the 20 sample trays only. The balance 980 trays remain on hold and we will start them only after your "
      "written release from Mr. Daniel Ortiz after sample sign-off.\n\n"
      "Samples will be ready on 20th May. Kindly confirm the courier account.\n\n"
      "Thanks & regards,\nS. Venkatesh\nExport Manager, Sai Dentoplast Pvt. Ltd.\nSIDCO Industrial Estate, Ambattur, Chennai 600098\n"
      "+91 44 2655 0419\n")
case("c11_advance_not_release", [], "supplier: advance does not release production; attached PO complete", [
    ("Advance_received_PI-24-25-118.eml", mail("S. Venkatesh <export@saidentoplast.in>", "Maria Garcia <mgarcia@bluebonnetsmiles.com>",
                                               "Advance received - PI/24-25/118 - PO BBS-2207", "Fri, 03 May 2024 12:15:00 +0530", _t,
                                               cc="Daniel Ortiz <dortiz@bluebonnetsmiles.com>",
                                               attachments=[("PO_BBS-2207.pdf", _po, PDF_MT)])),
])

# c12: supplier order acknowledgement restating the buyer's hold (PDF).
case("c12_supplier_ack_restates_hold", [], "supplier acknowledgement restating 40 samples, 3,960 held, event and named releaser", [
    ("OA-24-0611_Woori.pdf", pdf([
        ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0611"),
        ("p", "Woori Precision Co., Ltd. | 88 Gongdan-ro, Changwon-si, Gyeongsangnam-do, Korea | ISO 13485:2016 / KGMP"),
        ("p", "Customer: Helvedent Systems AG, Luzern, Switzerland. Your PO: 45013377 dated 2024-05-14."),
        ("table", [
            ["No.", "Part no.", "Description", "Qty acknowledged", "Delivery"],
            ["1", "HV-HR-2203 Rev B", "Headrest cushion frame, PA66-GF30, sample", "40 pcs", "2024-06-07"],
        ]),
        ("sp",),
        ("p", "We acknowledge your PO as written. Scope: 40 sample headrest frames only. The balance of 3,960 pcs "
              "is not released. We will not buy PA66-GF30 beyond what the 40 samples need."),
        ("p", "Production of the 3,960 pcs will start only after your written release by Mr. Urs Brunner, Leiter Beschaffung, "
              "following your sample sign-off (initial sample inspection report)."),
        ("p", "Shipping: DHL Express, customer account 96 1180 22. Packing: single bag per frame, 20 frames per carton."),
        ("sp",),
        ("p", "Seo-yeon Kang, Overseas Sales Team | sy.kang@wooriprecision.co.kr | +82 55 555 0611"),
    ], title="OA-24-0611", author="Woori Precision")),
])

# c13: full-quantity ERP PO with identifiers that look like quantities.
case("c13_erp_full_po_identifiers", [], "full-quantity PO of 250; part numbers, drawing rev, ISO norms look like quantities", [
    ("PO_4500021000.txt", """\
ZAHNTECHNIK RUEDIGER GMBH  -  BESTELLUNG / PURCHASE ORDER                 4500021000
Industriestr. 12, 93055 Regensburg                                   Datum 2024-05-27
=====================================================================================
LIEFERANT : 110250  PRAEZISIONSTEILE ALLGAEU GMBH, 87437 KEMPTEN
ANSPRECH. : HERR FINK                      UNSER ZEICHEN: M. RUEDIGER / EK-2
=====================================================================================
POS MATERIAL          TEXT                                    MENGE ME   PREIS EUR
10  PN 1000-2000-05   LABORANALOG D4.1, ZEICHNUNG 5000-118     250  ST      7,85
                      REV 12, TI GR 5 ASTM F136
=====================================================================================
HINWEISE / NOTES
- THIS PO IS FOR THE FULL QUANTITY OF 250 PCS. NO SAMPLES, NO FURTHER BALANCE.
  PART IS UNCHANGED SINCE PO 4500019870; PLEASE PROCEED WITH ALL 250 PCS.
- SUPPLIER QMS ISO 13485:2016, CERT. NO. 2500 1344 0001 - COPY ON FILE.
- INSPECTION: SAMPLING PER ISO 2859-1, AQL 1.0, LEVEL II.
- SINGLE DELIVERY, KW 27, FREI HAUS. 30 TAGE 2% SKONTO, 60 TAGE NETTO.
- PLEASE STATE LOT NO. AND PO NO. ON DELIVERY NOTE.
=====================================================================================
GESAMTWERT NETTO EUR 1.962,50
"""),
])

# c14: supplier portal page showing line 10 released and line 20 not released, with the buyer note.
case("c14_supplier_portal_status", [], "portal shows 30 released, 4,970 not released, buyer note with event and releaser", [
    ("Brightsmile_portal_order_CL-24-1190.html", html_page("Brightsmile Partner Portal - Order CL-24-1190", """
<h2>Brightsmile Partner Portal</h2>
<p>Customer: Crestline Orthodontics Inc. &middot; Customer PO: <b>CL-24-1190</b> &middot; Our order: BS-SO-24-3127</p>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Production status</th><th>Ship date</th></tr>
<tr><td>10</td><td>CL-CASE-09-P prototype case, SLA</td><td>30</td><td>Released &ndash; in production</td><td>2024-06-12</td></tr>
<tr><td>20</td><td>CL-CASE-09 production case, injection moulded</td><td>4,970</td><td><b>NOT RELEASED</b> &ndash; on hold per buyer PO note</td><td>&ndash;</td></tr>
</table>
<h3>Buyer PO note (copied from PO CL-24-1190)</h3>
<p class="note">Only line 10 (30 prototype cases) is released. Line 20 (4,970 pcs) stays on hold until our Design
Verification team signs off the prototypes and a revised PO signed by Megan Holloway, Strategic Sourcing Manager
(release authority), reaches you. Material authority: sample-only.</p>
<p>Last sync with customer ERP: 2024-06-03 02:00 CST &middot; Account manager: Kevin Zhou</p>
""")),
])

# c15: Teams export, scoped go-ahead with complete hold.
case("c15_teams_scoped_go_ahead", [], "'go ahead with the 15 pilot units only', rest parked until sign-off and named release", [
    ("Teams_chat_Alpenbogen_Negev.txt", chat([
        "Microsoft Teams - chat export",
        "Conversation: Alpenbogen Ortho AG <> Negev Dental Devices - Lingual retainer wire jig",
        "Exported: 21.05.2024 17:02 by thomas.brandt@alpenbogen.ch",
        "",
        "[21.05.2024 09:12] Eli Ben-David (Negev Dental Devices)",
        "Good morning Thomas, the CAD for jig LRJ-04 rev 3 is frozen from our side. Our quote had 15 pilot + 285 series. How do you want to continue?",
        "",
        "[21.05.2024 09:40] Thomas Brandt (Alpenbogen Ortho AG)",
        "Morning Eli. PO 24-3318 is out this morning. Go ahead with the 15 pilot units only.",
        "",
        "[21.05.2024 09:41] Thomas Brandt (Alpenbogen Ortho AG)",
        "The other 285 stay parked until Ana Moser signs off the DV report and I send you my written release. No material for the 285 yet please.",
        "",
        "[21.05.2024 09:55] Eli Ben-David (Negev Dental Devices)",
        "Noted - 15 only, 285 waiting for your written release. Pilot ships CW 23.",
        "",
        "[21.05.2024 09:56] Thomas Brandt (Alpenbogen Ortho AG)",
        "👍 merci",
    ])),
])

# ---------------------------------------------------------------- batch 2 (clean c16-c25, risky p01-p05)

# c16: interim disposition with quantity and date limits; remainder held (DOCX).
case("c16_interim_disposition", [], "interim sign-off limited to 150 pcs / date; 850 held with event and named releaser", [
    ("Interim_Disposition_KA-SC-11.docx", docx_bytes([
        ("h1", "Interim Sample Disposition ISD-2024-07"),
        ("p", "Buyer: Koala Aligners Pty Ltd, Melbourne VIC. Supplier: Hanil Polytech Co., Ltd., Ansan, Korea."),
        ("p", "Part: aligner storage case KA-SC-11, colour eucalyptus green, pad print logo. PO KA-24-0388 (1,000 pcs in total)."),
        ("table", [
            ["Check", "Result"],
            ["Fit of aligner set (3 sizes)", "OK"],
            ["Hinge cycle test, 5,000 cycles", "OK"],
            ["Pad print colour vs. master", "deviation dE 3.1 (limit 2.0) - supplier corrective action CA-118 open"],
        ]),
        ("h", "Disposition: INTERIM"),
        ("li", "Released under this interim sign-off: 150 pcs, for our pilot clinics only, or until 30 September 2024, whichever comes first."),
        ("li", "The remaining 850 pcs are not released."),
        ("li", "Unlock for the 850 pcs: full sample sign-off after the colour correction (new samples per CA-118), followed by a written "
               "release from Olivia Chen, Supply Chain Manager."),
        ("li", "Material authority: material for the 150 pcs only."),
        ("sp",),
        ("p", "Signed: Olivia Chen, Supply Chain Manager, 10 June 2024. QA: Sam Patel."),
    ], author="Olivia Chen")),
])

# c17: Swiss PO in German/English with European number formats, complete scope.
case("c17_swiss_po_european_numbers", [], "Swiss PO 200 Stk. sample lot released, 1.000 not released, event and releaser named", [
    ("Bestellung_DPG-24-0755.pdf", pdf([
        ("h1", "Bestellung / Purchase Order DPG-24-0755"),
        ("p", "Dentalpraxis-Gruppe Rhein AG, Aeschenvorstadt 55, 4051 Basel | UID CHE-112.334.556 MWST"),
        ("p", "Lieferant / supplier: Steriplus GmbH, Tuttlingen (Kreditor 40188). Datum: 04.06.2024. Ihr Angebot: AN-24-1193."),
        ("table", [
            ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis CHF"],
            ["1", "DPG-STB-UDI", "Sterilisationsbeutel 90 x 230 mm, bedruckt mit UDI-Feld, Musterlos", "200 Stk.", "0,41"],
        ]),
        ("sp",),
        ("p", "Gesamtbedarf laut Angebot: 1.200 Stk. (informativ, nicht bestellt)."),
        ("p", "Bitte beachten / please note: Diese Bestellung gibt nur das Musterlos von 200 Stk. frei. The remaining 1.000 Stk. "
              "are not released (balance on hold). Do not print or buy foil for them."),
        ("p", "Freigabe der Restmenge / release of the remaining quantity: only in writing by Frau Regula Imhof, Leiterin Einkauf, "
              "after our sample sign-off (Musterprüfung: Siegelnahtfestigkeit EN 868-5, Lesbarkeit UDI-Code)."),
        ("p", "Lieferung: DAP Basel, verzollt durch Spediteur Gondrand. Zahlung 30 Tage netto."),
        ("p", "Freundliche Grüsse, Regula Imhof"),
    ], title="Bestellung DPG-24-0755", author="Regula Imhof")),
])

# c18: folder with PO (TXT) + quote (PDF) + acknowledgement (EML), all consistent.
_ack = ("Dear Eng. Marcelo,\n\nWe confirm receipt of PO OP-2024-0915 and acknowledge the scope as written:\n\n"
        "  - 25 sample abutments (PN OP-ABT-35 Rev C) - released, ship by 14 June\n"
        "  - balance of 475 pcs - not released, no material bought for it\n"
        "  - balance to start only after ISO 10993 report + your sample sign-off and a revised PO from you\n\n"
        "Regards,\nPrakash Iyer\nKey Account Manager, Precitech Dental Pvt. Ltd., Bengaluru\n+91 80 2555 0915\n")
case("c18_bundle_po_quote_ack", [], "three-file bundle: PO complete, quote tiers declared price reference only, supplier ack restates", [
    ("PO_OP-2024-0915.txt", """\
ORTOPAULISTA PRODUTOS ODONTOLOGICOS LTDA        PEDIDO DE COMPRA / PURCHASE ORDER
Av. Paulista 2073, Conj. 1702, Sao Paulo - SP    CNPJ 12.345.678/0001-90
PEDIDO: OP-2024-0915          DATA: 29/05/2024          COMPRADOR: M. TAVARES
FORNECEDOR: PRECITECH DENTAL PVT LTD, BENGALURU, INDIA     COTACAO: PTD-Q-447
----------------------------------------------------------------------------------
ITEM  CODIGO        DESCRICAO                                   QTD  UN   PRECO USD
001   OP-ABT-35     PILAR PERSONALIZADO TI GR5, REV C, AMOSTRA   25  PC       21.00
----------------------------------------------------------------------------------
OBSERVACOES / NOTES:
THIS PO RELEASES 25 SAMPLE ABUTMENTS ONLY. THE PRODUCTION QUANTITIES IN QUOTE
PTD-Q-447 (500 / 2.000 PCS) ARE FOR PRICE REFERENCE ONLY AND ARE NOT RELEASED.
BALANCE OF 475 PCS (ANVISA REGISTRATION LOT) ON HOLD UNTIL: (1) ISO 10993-5/-10
REPORT RECEIVED, (2) SAMPLE SIGN-OFF BY OUR R&D, (3) REVISED PO SIGNED BY
ENG. MARCELO TAVARES, GERENTE DE SUPRIMENTOS (RELEASE AUTHORITY).
MATERIAL AUTHORITY: SAMPLE ONLY.
FRETE: FCA BENGALURU, DHL CONTA 96-4412. PAGAMENTO: 30 DDL.
"""),
    ("Quote_PTD-Q-447.pdf", pdf([
        ("h1", "Quotation PTD-Q-447"),
        ("p", "Precitech Dental Pvt. Ltd., Peenya Industrial Area, Bengaluru 560058 | ISO 13485:2016"),
        ("p", "To: OrtoPaulista Produtos Odontológicos Ltda, attn. Eng. Marcelo Tavares. Date: 17 May 2024."),
        ("table", [
            ["Qty", "Description", "Unit price USD", "Lead time"],
            ["25", "Sample abutments OP-ABT-35 Rev C", "21.00", "10 days"],
            ["500", "Production lot", "8.60", "5 weeks"],
            ["2,000", "Production lot", "7.15", "7 weeks"],
        ]),
        ("p", "Prices ex-works Bengaluru, valid 60 days. Biocompatibility testing by customer."),
    ], title="PTD-Q-447", author="Precitech Dental")),
    ("RE_PO_OP-2024-0915.eml", mail("Prakash Iyer <prakash.iyer@precitechdental.in>",
                                   "Marcelo Tavares <marcelo.tavares@ortopaulista.com.br>",
                                   "RE: PO OP-2024-0915 - acknowledgement", "Fri, 31 May 2024 14:20:00 +0530", _ack)),
])

# c19: supplier asks whether to start the 2.000; no authorization anywhere.
_t = ("Dear Mr. Schreiber,\n\nThe 20 samples of the aligner case AC-77 (colour frost white) are finished and packed.\n\n"
      "Can we start the 2.000 pcs next week, or do you want to see the samples first? Do we have your go-ahead? "
      "Our moulding machine is free from 10 June, after that we are booked until July.\n\n"
      "Please advise.\n\nBest regards,\nAmy Liu\nSales, Xiamen Haoyu Precision Plastics Co., Ltd.\nTel +86 592 555 0877\n")
_h = ("<p>Dear Mr. Schreiber,</p><p>The 20 samples of the aligner case AC-77 (colour frost white) are finished and packed.</p>"
      "<p>Can we start the 2.000 pcs next week, or do you want to see the samples first? Do we have your go-ahead? "
      "Our moulding machine is free from 10 June, after that we are booked until July.</p><p>Please advise.</p>"
      "<p>Best regards,<br>Amy Liu<br>Sales, Xiamen Haoyu Precision Plastics Co., Ltd.</p>")
case("c19_supplier_question_only", [], "supplier question 'can we start the 2.000?': a question, no authorization", [
    ("Samples_AC-77_ready.eml", mail("Amy Liu <amy.liu@haoyu-precision.cn>", "Jens Schreiber <j.schreiber@orthoform-hamburg.de>",
                                     "AC-77 samples ready - start 2.000 pcs?", "Mon, 27 May 2024 16:48:00 +0800", _t, html=_h)),
])

# c20: staged material within explicit staged authority above released quantity; PO attached.
_po = pdf([
    ("h1", "PURCHASE ORDER GLD-2024-088"),
    ("p", "Great Lakes Dental Lab Inc., 1400 W Fulton St, Chicago IL 60607 | Date 04/29/2024"),
    ("p", "Vendor: Carmel Implant Components Ltd., Haifa, Israel"),
    ("table", [
        ["Line", "Part / drawing", "Description", "Qty", "Unit USD"],
        ["1", "GLD-AB-33 Rev 6", "Custom abutment, Ti-6Al-4V ELI, production release 1", "100", "14.20"],
        ["2", "GLD-AB-33 Rev 6", "Custom abutment, balance (not released)", "400", "14.20"],
    ]),
    ("sp",),
    ("p", "Production released now: 100 pcs (line 1). Balance 400 pcs (line 2) is not released. It is released only by a "
          "written release from Brian Kowalski, Purchasing Director, after DV sign-off of the first 100."),
    ("p", "Material authority: STAGED - Carmel may buy Ti-6Al-4V ELI bar for up to 500 units at Great Lakes' liability."),
], pagesize=LETTER, title="PO GLD-2024-088", author="Brian Kowalski")
_t = ("Hi Brian,\n\nShort update on PO GLD-2024-088 from Haifa.\n\n"
      "The 100 released abutments are machined and in ultrasonic cleaning now, passivation tomorrow, shipping Sunday.\n\n"
      "As you authorized in the PO (material authority staged up to 500 units), we staged the Ti-6Al-4V ELI bar for 500 units - "
      "the mill had a slot and prices go up in July. The 400 balance we do not start until your written release after the DV sign-off.\n\n"
      "PO copy attached so everybody has the same page.\n\nShalom,\nYossi Mizrahi\nProduction Planning, Carmel Implant Components Ltd.\n"
      "+972 4 855 0088\n")
case("c20_staged_material_within_authority", [], "bar staged for 500 within explicit staged material authority; 400 held with event and releaser", [
    ("Update_PO_GLD-2024-088.eml", mail("Yossi Mizrahi <yossi@carmel-implants.co.il>", "Brian Kowalski <bkowalski@greatlakesdentallab.com>",
                                        "Update PO GLD-2024-088", "Wed, 15 May 2024 18:05:00 +0300", _t,
                                        attachments=[("PO_GLD-2024-088.pdf", _po, PDF_MT)])),
])

# c21: WhatsApp, buyer confirms a full-quantity order with "go ahead" and a quantity.
case("c21_whatsapp_full_qty_go_ahead", [], "'go ahead with the 300 trays', complete order, nothing more coming", [
    ("WhatsApp_ProteseSul_Ningbo.txt", chat([
        "05/06/2024 10:02 - Fernanda Rocha (Prótese Sul): Bom dia Kevin! PO PS-2024-118 enviado por email agora",
        "05/06/2024 10:03 - Fernanda Rocha (Prótese Sul): 300 bandejas de moldeira perfurada, tamanho M, igual ao último pedido",
        "05/06/2024 10:15 - Kevin Xu (Ningbo Dentform): Good morning Fernanda. Got it. Same as PO PS-2023-412 right? same colour blue?",
        "05/06/2024 10:17 - Fernanda Rocha (Prótese Sul): yes same blue, same mould. Pode mandar ver! go ahead with the 300 trays",
        "05/06/2024 10:17 - Fernanda Rocha (Prótese Sul): this is the complete order, there is no second batch on this PO",
        "05/06/2024 10:21 - Kevin Xu (Ningbo Dentform): OK 300 pcs, ETD Ningbo 28 June, sea freight to Rio Grande",
        "05/06/2024 10:22 - Fernanda Rocha (Prótese Sul): 👍 obrigada",
    ])),
])

# c22: production release letter for the full balance after sample sign-off (PDF with table).
case("c22_release_letter_full_balance", [], "release letter: 480 released after recorded sign-off by named authority, nothing left on hold", [
    ("Production_Release_PR-2024-017.pdf", pdf([
        ("h1", "Production Release PR-2024-017"),
        ("p", "Medentis Stuhltechnik GmbH, Robert-Bosch-Str. 8, 63225 Langen | To: Xiamen Haoyu Precision Plastics Co., Ltd."),
        ("p", "Date: 05.06.2024. Purchase order: 4700-3310, part MS-FC-07 foot control housing, PC/ABS, drawing rev D."),
        ("table", [
            ["PO line", "Scope", "Quantity", "Status after this letter"],
            ["10", "Samples", "20", "delivered; sample sign-off recorded 03.06.2024 (report EMPB-0617)"],
            ["20", "Production", "480", "released for production by this letter"],
        ]),
        ("sp",),
        ("p", "With this letter we release the production quantity of 480 pcs (PO line 20). After this release no quantity "
              "remains on hold on PO 4700-3310."),
        ("p", "Material authority: material for the 480 pcs."),
        ("p", "Released by: Stefan Lorenz, Head of Purchasing (release authority up to EUR 50,000). "
              "Second approver: Dr. Eva Kranz, Head of Quality."),
        ("p", "Delivery: 2 partial shipments of 240 pcs, CW 28 and CW 30, FCA Xiamen."),
    ], title="PR-2024-017", author="Stefan Lorenz")),
])

# c23: supplier status report: material bought for the released call-off only; lot numbers look like quantities.
case("c23_status_material_calloff_only", [], "supplier status: material bought for the released call-off only, as authorized", [
    ("Weekly_Status_W23_Medipak.txt", """\
MEDIPAK INDUSTRIES PVT LTD - WEEKLY STATUS REPORT                        WEEK 23/2024
Customer : Harbourside Dental Group Pty Ltd (Sydney)
Prepared : Nikhil Shah, Customer Service, 07-06-2024
---------------------------------------------------------------------------------------
CALL-OFF  PO          SKU              RELEASED   PRODUCED   IN PROCESS   SHIPPED
07        HDG-78101   HDG-SP-90260       20,000     12,500        7,500         0
---------------------------------------------------------------------------------------
MATERIAL
- Medical grade paper 60 gsm + PET/PP laminate film purchased for call-off 07 quantity
  only, as per your material authority (call-off quantity only).
- No material bought for the forecast months (Jul-Nov). We wait for the next call-off.
QUALITY
- Seal strength per EN 868-5: 2.1-2.6 N/15 mm (spec >= 1.5). Lot 2024-0500 and
  lot 2024-0501 passed QA test, cleared for dispatch.
- ISO 11607-1:2019 validation file VR-1500 unchanged.
LOGISTICS
- Container booking 40HC, ETD Mundra 21-06-2024, ETA Sydney 18-07-2024.
---------------------------------------------------------------------------------------
"""),
])

# c24: German lab to German maker, multipart e-mail, complete scope with separate terms.
_t = ("Sehr geehrter Herr Fink,\n\n"
      "anbei unsere Bestellung 2024-5532 für die individuellen Abutments (Zeichnung HS-AB-12, Rev. 03).\n\n"
      "Scope (bitte genau so einplanen / please plan exactly this):\n"
      "- Released now: 20 Erstmuster / first samples.\n"
      "- The remaining 380 pcs of your offer AN-2024-0311 are not released (balance on hold).\n"
      "- Production release (Serienfreigabe) for the 380 only in writing from Dr. Sabine Hoffmann, Geschäftsführerin, "
      "after our sample sign-off (Erstmusterprüfung incl. Passungskontrolle im Modell).\n"
      "- Material: only for the 20 samples.\n\n"
      "Liefertermin Muster: KW 25.\n\nMit freundlichen Grüßen\nKlaus Weber\nEinkauf\n"
      "Dentallabor Hoffmann & Söhne GmbH, Stuttgart\nTel. +49 711 555 3320\n")
_h = ("<p>Sehr geehrter Herr Fink,</p><p>anbei unsere Bestellung <b>2024-5532</b> für die individuellen Abutments "
      "(Zeichnung HS-AB-12, Rev. 03).</p><p><b>Scope</b> (bitte genau so einplanen / please plan exactly this):</p><ul>"
      "<li>Released now: 20 Erstmuster / first samples.</li>"
      "<li>The remaining 380 pcs of your offer AN-2024-0311 are not released (balance on hold).</li>"
      "<li>Production release (Serienfreigabe) for the 380 only in writing from Dr. Sabine Hoffmann, Geschäftsführerin, "
      "after our sample sign-off (Erstmusterprüfung incl. Passungskontrolle im Modell).</li>"
      "<li>Material: only for the 20 samples.</li></ul><p>Liefertermin Muster: KW 25.</p>"
      "<p>Mit freundlichen Grüßen<br>Klaus Weber<br>Einkauf</p>")
case("c24_german_lab_email_complete", [], "German/English e-mail: 20 samples released, 380 held, event and named releaser", [
    ("Bestellung_2024-5532.eml", mail("Klaus Weber <k.weber@dentallabor-hoffmann.de>", "Michael Fink <m.fink@praezisionsteile-allgaeu.de>",
                                      "Bestellung 2024-5532 - Abutments HS-AB-12 - Erstmuster", "Tue, 04 Jun 2024 08:20:00 +0200",
                                      _t, html=_h)),
])

# c25: quarterly call-off with labelled forecast, call-off attached as DOCX.
_doc = docx_bytes([
    ("h1", "Call-off PO HDG-79020 (Q3 2024)"),
    ("p", "Harbourside Dental Group Pty Ltd to Medipak Industries Pvt. Ltd."),
    ("table", [
        ["Period", "SKU", "Quantity", "Status"],
        ["Q3 2024", "HDG-SP-90260", "18,000", "RELEASED for production by this call-off"],
        ["Q4 2024", "HDG-SP-90260", "21,000", "forecast only - not ordered, not released"],
        ["Q1 2025", "HDG-SP-90260", "24,000", "forecast only - not ordered, not released"],
    ]),
    ("p", "Each quarter is released only by its own numbered call-off PO, signed by Liam O'Connor, Procurement Manager. "
          "Material authority: Q3 quantity only."),
], author="Liam O'Connor")
_t = ("Hi Nikhil,\n\nAttached is our Q3 call-off, PO HDG-79020: 18,000 pouches HDG-SP-90260 released for production.\n\n"
      "The Q4 and Q1 figures in the table are forecast only - not ordered and not released. Each quarter gets its own "
      "numbered call-off, signed by me.\n\nDeliveries monthly as usual (6,000 per month, first shipment ETD mid-July).\n\n"
      "Cheers,\nLiam" + sig("Liam O'Connor", "Procurement Manager", "Harbourside Dental Group Pty Ltd", "+61 2 9555 0187"))
case("c25_quarterly_calloff_docx", [], "Q3 call-off 18,000 released; Q4/Q1 labelled forecast, next call-off signed by named person", [
    ("Calloff_Q3_HDG-79020.eml", mail("Liam O'Connor <liam.oconnor@harbourside-dental.com.au>", "Nikhil Shah <n.shah@medipak.in>",
                                      "Q3 call-off PO HDG-79020", "Mon, 24 Jun 2024 09:05:00 +1000", _t,
                                      attachments=[("Calloff_HDG-79020.docx", _doc, DOCX_MT)])),
])

# p01: PDF PO for 30 prototypes with an unlabelled program volume; nothing about the balance.
case("p01_po_program_volume", ["RG001", "RG003", "RG004", "RG005"],
     "prototype PO shows program volume 3,000 unlabelled; no hold, no unlock event, no releaser", [
    ("PO_BSO-240611.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", "Bayside Smile Orthodontics, 880 Channelside Dr, Tampa FL 33602 | PO No. BSO-240611 | Date: June 11, 2024"),
        ("p", "Supplier: Dongguan Clearpath Medical Technology Co., Ltd. | Quote ref: DCM-Q-3318"),
        ("p", "Project: aligner storage case 'Bayside Go', volume per quote DCM-Q-3318: 3,000 pcs, target launch September 2024."),
        ("table", [
            ["Line", "Description", "Qty", "Unit price", "Amount"],
            ["1", "Aligner storage case, prototype, matte navy, logo deboss, drawing BSO-C-01 rev B", "30", "$19.00", "$570.00"],
            ["2", "Express freight DHL", "1", "$145.00", "$145.00"],
        ]),
        ("sp",),
        ("p", "Ship to: Bayside Smile Orthodontics, Attn. Receiving, 880 Channelside Dr Suite 300, Tampa FL 33602."),
        ("p", "Terms: Net 45. Please confirm receipt and ship date within 48 hours. Reference our PO on all documents."),
        ("p", "Buyer: Tyler Brooks, Purchasing | tbrooks@baysidesmile.com | +1 813 555 0136"),
    ], pagesize=LETTER, title="PO BSO-240611", author="Tyler Brooks")),
])

# p02: e-mail with PO + supplier quote attached; quote shows 4,000 / 10,000; PO silent on balance.
_po = pdf([
    ("h1", "Bestellung / Purchase Order BW-24-0733"),
    ("p", "Bogenwerk Kieferorthopädie GmbH, Hohenzollernring 70, 50672 Köln | 16.05.2024"),
    ("p", "Lieferant: Daejin Medical Plastics Co., Ltd., Incheon (Kreditor 71120)"),
    ("table", [
        ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Gesamt EUR"],
        ["10", "BW-TR-UL3", "Prototyp Abformlöffel, Design TR-UL-3, Zeichnung Rev 7", "40 Stk.", "11,50", "460,00"],
    ]),
    ("p", "Lieferung DAP Köln. Zahlung 30 Tage netto. Bitte Auftragsbestätigung an einkauf@bogenwerk.de."),
], title="BW-24-0733", author="Jana Wolff")
_quote = pdf([
    ("h1", "QUOTATION DJ-2405-19"),
    ("p", "Daejin Medical Plastics Co., Ltd. | Namdong Industrial Complex, Incheon | To: Bogenwerk Kieferorthopädie GmbH"),
    ("table", [
        ["Item", "Description", "Qty", "Unit EUR", "Remark"],
        ["1", "Prototype impression tray TR-UL-3 (3D printed, SLA)", "40", "11.50", "7 days"],
        ["2", "Series tray TR-UL-3, injection moulded, PP medical grade", "4,000", "0.62", "incl. mould amortisation"],
        ["3", "Series tray TR-UL-3, injection moulded, PP medical grade", "10,000", "0.48", "incl. mould amortisation"],
    ]),
    ("p", "Validity 90 days. Payment T/T 30 days. Mr. Kim Dong-hyun, Sales Manager."),
], title="DJ-2405-19", author="Daejin")
_t = ("Dear Mr. Kim,\n\nthank you for the good call yesterday.\n\n"
      "Please find attached our PO BW-24-0733 for the 40 prototype trays (design TR-UL-3, drawing rev 7), together with your "
      "quotation DJ-2405-19 as discussed.\n\nKindly send us the order confirmation with delivery date.\n\n"
      "Best regards / Mit freundlichen Grüßen\nJana Wolff\nEinkauf / Purchasing\nBogenwerk Kieferorthopädie GmbH\n"
      "Tel. +49 221 555 7330\n\nBogenwerk Kieferorthopädie GmbH, Sitz Köln, HRB 99812, Geschäftsführer: Dr. M. Brandes\n")
case("p02_email_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 40 prototypes sent with quote showing 4,000/10,000 series tiers, nothing marks them unreleased; no hold, event, releaser", [
    ("PO_BW-24-0733.eml", mail("Jana Wolff <j.wolff@bogenwerk.de>", "Kim Dong-hyun <dh.kim@daejinmedical.co.kr>",
                               "PO BW-24-0733 prototype trays TR-UL-3", "Thu, 16 May 2024 14:02:00 +0200", _t,
                               attachments=[("PO_BW-24-0733.pdf", _po, PDF_MT), ("Quotation_DJ-2405-19.pdf", _quote, PDF_MT)])),
])

# p03: Teams chat, supplier mentions launch qty 2.500 ready; buyer asks for 25 pilot "first".
case("p03_teams_pilot_first", ["RG001", "RG003", "RG004", "RG005"],
     "buyer orders 25 pilot 'first' beside supplier's launch qty 2.500; balance, event, releaser never stated", [
    ("Teams_Lemanodent_Tavor.txt", chat([
        "Microsoft Teams - chat export",
        "Conversation: Lemanodent SA / Tavor Dental Devices - abutment LD-AB-7",
        "",
        "[03.06.2024 08:55] Noa Friedman (Tavor Dental Devices)",
        "Boker tov Claire! Fixtures for LD-AB-7 are done and validated. Our planning shows launch qty 2.500 abutments ready to schedule from week 30.",
        "",
        "[03.06.2024 09:02] Noa Friedman (Tavor Dental Devices)",
        "Cleaning + packaging validation report attached, rev 2 (ISO 11737-1 bioburden ok)",
        "",
        "[03.06.2024 10:17] Claire Dubois (Lemanodent SA)",
        "Great news, merci Noa! PO LD-24-0602 is on its way. Pls make 25 for the pilot clinics first, delivery to Lausanne by 15 July 🙏",
        "",
        "[03.06.2024 10:20] Noa Friedman (Tavor Dental Devices)",
        "👍 25 pilot, noted. Laser marking with UDI as on the drawing?",
        "",
        "[03.06.2024 10:24] Claire Dubois (Lemanodent SA)",
        "Yes, UDI-DI as per our GUDID/EUDAMED list, lot on each blister.",
    ])),
])

# p04: ERP framework call-off, framework quantity shown, nothing about the rest.
case("p04_erp_framework_calloff", ["RG001", "RG003", "RG004", "RG005"],
     "call-off 2.000 beside framework 10.000 with no hold, unlock event or releaser", [
    ("Abruf_ZZN-RV-24-07.txt", """\
ZAHNZENTRUM NORD KLINIKEN GMBH                                ABRUF / CALL-OFF
Hamburg - Kiel - Luebeck                                      Seite 1
=====================================================================================
Lieferant   : 70933 SHREEJI STERILE PACKAGING PVT LTD, VAPI (GUJARAT), INDIA
Rahmenvertr.: ZZN-RV-24-07       Rahmenmenge: 10.000 ST     Laufzeit: 2024
Abruf       : 01                 Datum: 13.05.2024          Sachbearb.: P. Jansen
=====================================================================================
Pos Artikel        Bezeichnung                                  Menge  ME  Termin
010 ZZN-STB-5713   STERI-BEUTEL 57X130, BEDRUCKT, LOGO + UDI    2.000  ST  KW 27
=====================================================================================
Lieferadresse: Zentrallager Hamburg-Billbrook, Rampe 3, Mo-Fr 7-14 Uhr
Zahlungsbed.:  45 Tage netto / Incoterms 2020 CIF Hamburg
Bitte AB innerhalb 3 Werktagen an einkauf@zzn-kliniken.de
"""),
])

# p05: buyer supplier portal, sample line + quoted production quantity as an info field, no hold.
case("p05_portal_sample_plus_quoted", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO shows 50 samples and quoted 5,000 production qty side by side; nothing says not released, no event, no releaser", [
    ("PDA_portal_PO_PDA-3317.html", html_page("Pacific Dental Alliance - Supplier Portal - PO PDA-3317", """
<h2>Pacific Dental Alliance &ndash; Supplier Collaboration Portal</h2>
<p>Supplier: <b>Hangzhou MediSeal Packaging Co., Ltd.</b> (vendor 610447) &middot; PO <b>PDA-3317</b> &middot; issued 2024-05-20</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Need date</th><th>Status</th></tr>
<tr><td>1</td><td>PDA-SP-UDI-75</td><td>Sterilization pouch 75 x 250 mm with printed UDI panel &ndash; samples</td><td>50</td><td>2024-06-14</td><td>Open</td></tr>
</table>
<h3>Item details</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Quoted production quantity (quote HMS-Q-0988)</td><td>5,000</td></tr>
<tr><td>Quoted unit price, production</td><td>USD 0.071</td></tr>
<tr><td>Print</td><td>2 colours, GS1 DataMatrix + HRI, class 4 indicator</td></tr>
<tr><td>Standard</td><td>ISO 11607-1:2019, EN 868-5</td></tr>
</table>
<p>Buyer comment: Please ship the samples asap, our sterilization team wants to run the seal test before end of June. &ndash; Kevin Nguyen, Buyer</p>
<p style="color:#777">Pacific Dental Alliance, 1200 Harbor Blvd, San Diego CA &middot; Portal build 2024.05.2</p>
""")),
])

# ---------------------------------------------------------------- batch 3 (risky p06-p23)

# p06: WhatsApp, prototypes authorized with hold/event/releaser but never a quantity.
case("p06_whatsapp_prototypes_no_qty", ["RG010"],
     "'pode seguir' with the prototypes only; hold, event and releaser named, but no prototype quantity anywhere", [
    ("WhatsApp_OrtoVida_Leo.txt", chat([
        "10/06/2024 08:12 - Leo Wang (Shenzhen Dentprint): Morning Bruno! STL files for the new tray design received, thank you",
        "10/06/2024 08:13 - Leo Wang (Shenzhen Dentprint): We can print prototypes this week, resin BioMed Clear V1",
        "10/06/2024 08:40 - Bruno Almeida (OrtoVida Compras): Bom dia Leo 👋 pode seguir with the prototype trays for the pilot clinics — only the prototypes, ok? 🙏",
        "10/06/2024 08:41 - Bruno Almeida (OrtoVida Compras): The launch lot stays on hold until Dra. Ana Souza signs the verification report.",
        "10/06/2024 08:41 - Bruno Almeida (OrtoVida Compras): Then I send you the written release myself, with PO revision.",
        "10/06/2024 08:55 - Leo Wang (Shenzhen Dentprint): Ok understood, prototypes only, launch lot waits for your written release",
        "10/06/2024 08:56 - Leo Wang (Shenzhen Dentprint): Shipping to Curitiba or São Paulo?",
        "10/06/2024 09:03 - Bruno Almeida (OrtoVida Compras): Curitiba, Rua XV de Novembro 1299, aos cuidados da Dra. Souza",
    ])),
])

# p07: e-mail, "go ahead with a small batch of sample cases"; hold/event/releaser present; no quantity.
_t = ("Hi Min-jun,\n\nThanks heaps for the quick turnaround on quote HP-Q-2405-31.\n\n"
      "We're happy for you to go ahead with a small batch of sample cases first so our clinicians can have a play with them "
      "before we commit. Please use the eucalyptus green and the debossed logo, same as the render you sent on Friday.\n\n"
      "The launch quantity stays on hold - it's not released until Dr. Emma Walsh, our clinical lead, signs off the samples "
      "and I issue a revised PO.\n\n"
      "Send them to our Fortitude Valley office, attention Emma. Let me know the courier and the cost and I'll raise the PO number today.\n\n"
      "Cheers,\nJosh" + sig("Josh Miller", "Procurement", "Coastal Orthodontics Pty Ltd, Brisbane", "+61 7 3555 0290"))
_h = ("<p>Hi Min-jun,</p><p>Thanks heaps for the quick turnaround on quote HP-Q-2405-31.</p>"
      "<p>We're happy for you to go ahead with a small batch of sample cases first so our clinicians can have a play with them "
      "before we commit. Please use the eucalyptus green and the debossed logo, same as the render you sent on Friday.</p>"
      "<p>The launch quantity stays on hold &ndash; it's not released until Dr. Emma Walsh, our clinical lead, signs off the samples "
      "and I issue a revised PO.</p><p>Send them to our Fortitude Valley office, attention Emma.</p><p>Cheers,<br>Josh</p>")
case("p07_email_small_batch_samples", ["RG010"],
     "'a small batch of sample cases' never quantified; hold, unlock event and named releaser present", [
    ("Samples_go_ahead_Coastal.eml", mail("Josh Miller <josh.miller@coastalortho.com.au>", "Min-jun Cho <mj.cho@hanilpolytech.co.kr>",
                                          "Re: Quote HP-Q-2405-31 aligner cases - samples", "Mon, 20 May 2024 08:44:00 +1000",
                                          _t, html=_h)),
])

# p08: PDF PO where the quantity column says "as agreed in our call"; identifiers look like quantities.
case("p08_po_qty_as_agreed", ["RG010"],
     "sample-lot PO line has no quantity ('as agreed in our call'); DRG 5000 / Rev 12 are identifiers; hold, event, releaser present", [
    ("PO_SDL-2291.pdf", pdf([
        ("h1", "PURCHASE ORDER SDL-2291"),
        ("p", "Summit Dental Lab LLC, 7600 E Orchard Rd, Greenwood Village CO 80111 | May 16, 2024"),
        ("p", "Supplier: Ashdod Implant Works Ltd., Ashdod, Israel | Quote: AIW-Q-2291"),
        ("table", [
            ["Line", "Part", "Description", "Quantity", "Unit price", "Amount"],
            ["1", "SDL-AB-5000", "Custom abutment, DRG SDL-5000 Rev 12, Ti Gr 23, anodized gold", "sample lot - as agreed in our call of May 14",
             "$16.50", "per quote AIW-Q-2291"],
        ]),
        ("sp",),
        ("p", "Line 1 is the sample lot only. Any further quantity is not released until the samples are signed off by our QA lab "
              "(fit on model, 35 Ncm torque) and Rachel Stein, Purchasing Manager, sends a written release."),
        ("p", "Material: sample lot only. Packaging: single blister, UDI label per 21 CFR 801.20."),
        ("p", "Ship via FedEx International Priority, account 2291-5000-1. Net 30."),
    ], pagesize=LETTER, title="PO SDL-2291", author="Rachel Stein")),
])

# p09: Teams, "you can start on the samples" - no quantity, no hold, no event, no releaser.
case("p09_teams_start_samples", ["RG003", "RG004", "RG005", "RG010"],
     "'start on the samples' with only a PO number: no quantity, no hold, no unlock event, no releaser", [
    ("Teams_Kieferwerk_Hengtai.txt", chat([
        "Microsoft Teams - chat export",
        "Conversation: Kieferwerk Orthodontie GmbH / Suzhou Hengtai Medical Plastics",
        "",
        "[12.06.2024 03:05] Lucy Zhang (Suzhou Hengtai)",
        "Hi Stefan, mould for retainer case RC-5 passed T1 yesterday, all dimensions ok per drawing KW-RC-5 rev 2. Samples can be made any time.",
        "",
        "[12.06.2024 08:31] Stefan Maier (Kieferwerk Orthodontie GmbH)",
        "Morning Lucy, thanks! PO number for the retainer cases is 4500012877.",
        "",
        "[12.06.2024 08:32] Stefan Maier (Kieferwerk Orthodontie GmbH)",
        "You can start on the samples for the pilot clinics now. Colour as agreed, Pantone 2975 C, logo pad print white.",
        "",
        "[12.06.2024 08:50] Lucy Zhang (Suzhou Hengtai)",
        "Thanks Stefan, we start tomorrow, ship CW 26 by air.",
    ])),
])

# p10: e-mail, Q3 call-off "same quantity as last quarter" + Q4 forecast declared firm / ordered.
_t = ("Hi Rakesh,\n\nHope all is well in Vapi.\n\n"
      "Please produce our Q3 call-off of the 57 x 130 mm pouches (PDP-SP-57130) - same quantity as last quarter - and ship by "
      "20 August. PO number will be PDP-Q3-24, I'll send the PDF from SAP tomorrow.\n\n"
      "Also, to help your planning: our Q4 forecast of 90,000 pouches is firm. Please book it as an order on your side so the "
      "capacity is locked in for us before the holiday season.\n\n"
      "Thanks,\nAmanda" + sig("Amanda Reyes", "Senior Buyer", "Prairie Dental Partners, Omaha NE", "+1 402 555 0177"))
case("p10_email_calloff_same_qty_forecast_firm", ["RG008", "RG010"],
     "call-off 'same quantity as last quarter' states no quantity; Q4 forecast declared firm and to be booked as an order", [
    ("Q3_calloff_PDP-SP-57130.eml", mail("Amanda Reyes <areyes@prairiedental.com>", "Rakesh Patel <rakesh@shreejisterile.com>",
                                         "Q3 call-off pouches 57x130 + Q4", "Tue, 09 Jul 2024 16:20:00 -0500", _t)),
])

# p11: reply thread, buyer answers "Shall we start?" with "Yep, go for it".
_t = ("Yep, go for it 👍\n\nNate\n\nSent from my iPhone\n\n"
      "> On Jun 18, 2024, at 7:02 PM, Grace Wu <grace.wu@lumina-medical.cn> wrote:\n>\n"
      "> Hi Nate,\n> The pilot retainer cases passed our in-house QC (report QC-EOL-4410 attached) and the line is set up.\n"
      "> Shall we start?\n> Best,\n> Grace\n>\n"
      ">> On Jun 3, 2024, Nate Fischer <nfischer@evergreenortholabs.com> wrote:\n>>\n"
      ">> Hi Grace,\n>> PO EOL-4410 attached: 24 pilot retainer cases only. The remaining 1,176 of quote SLM-Q-1102 stay on hold\n"
      ">> until our clinical lead, Dr. Hannah Price, signs off the pilots and I send you a written release.\n>> Thanks,\n"
      ">> Nate Fischer, Purchasing Manager, Evergreen Orthodontic Labs\n")
case("p11_thread_go_for_it", ["RG002"],
     "buyer replies 'go for it' to 'shall we start?' - no sample scope or quantity; original scope (quoted) otherwise complete", [
    ("RE_EOL-4410_pilot_QC.eml", mail("Nate Fischer <nfischer@evergreenortholabs.com>", "Grace Wu <grace.wu@lumina-medical.cn>",
                                      "Re: EOL-4410 pilot QC passed", "Wed, 19 Jun 2024 07:15:00 -0700", _t,
                                      in_reply_to="<lm-4410-0618@lumina-medical.cn>")),
])

# p14: ERP printout with status "APPROVED - PROCEED"; hold and event present, no named releaser.
case("p14_erp_approved_proceed", ["RG002", "RG005"],
     "status 'APPROVED - PROCEED' unscoped; sample qty and hold until sign-off stated but nobody named to release", [
    ("Bestellung_SDK-24-10877.txt", """\
SWISSDENT KLINIKEN AG                    BESTELLUNG / PURCHASE ORDER    24-10877
Zentraleinkauf, Bahnhofplatz 3, 3011 Bern                         Datum 18.06.2024
----------------------------------------------------------------------------------
LIEFERANT  : 20455 STERIPLUS GMBH, 78532 TUTTLINGEN, DEUTSCHLAND
KONTAKT    : Frau Berger (Innendienst)
----------------------------------------------------------------------------------
POS ARTIKEL        BEZEICHNUNG                                 MENGE  EINH  CHF/EH
1   SDK-PCH-UDI    STERILISATIONSBEUTEL 135X280, UDI-DRUCK,      60  STK   0.55
                   MUSTER / SAMPLES
----------------------------------------------------------------------------------
BESTELLSTATUS: APPROVED - PROCEED
NOTIZ: SAMPLE QTY 60 PCS. BALANCE 2'940 PCS ON HOLD UNTIL SAMPLE SIGN-OFF
       (SEAL TEST EN 868-5 + UDI SCAN GRADE A PER ISO/IEC 15415).
LIEFERUNG: DAP BERN, ZOLLABWICKLUNG DURCH LIEFERANT. ZAHLUNG 30 TAGE NETTO.
----------------------------------------------------------------------------------
"""),
])

# p15: Teams, buyer contradicts own written-release rule: "once he OKs the samples you're good to run".
case("p15_teams_once_ok_good_to_run", ["RG002", "RG007"],
     "buyer: 'once he OKs the samples you're good to run, no need to wait for paperwork' - unscoped and implied auto-conversion", [
    ("Teams_ZahnklinikAmSee_Osung.txt", chat([
        "Microsoft Teams - chat export",
        "Conversation: Zahnklinik am See AG / Osung Dental Tech - custom abutments ZKS",
        "",
        "[27.05.2024 09:10] Mara Keller (Zahnklinik am See AG)",
        "Hello Hyun-woo, PO ZKS-24-077 is out: 12 sample abutments. The balance of 588 is not released until Dr. Lukas Fischer signs off the samples and I send you a written release.",
        "",
        "[27.05.2024 09:35] Hyun-woo Lee (Osung Dental Tech)",
        "Thank you Mara, 12 samples ship next Tuesday with EMS.",
        "",
        "[07.06.2024 02:12] Hyun-woo Lee (Osung Dental Tech)",
        "Good morning. Samples arrived? Our 5-axis line is reserved for your 588 from 1 July.",
        "",
        "[07.06.2024 08:47] Mara Keller (Zahnklinik am See AG)",
        "Yes, arrived on Wednesday, look very nice. Dr. Fischer is back Monday.",
        "",
        "[07.06.2024 08:48] Mara Keller (Zahnklinik am See AG)",
        "Once he OKs the samples you're good to run - no need to wait for paperwork from me 🙂",
        "",
        "[07.06.2024 08:55] Hyun-woo Lee (Osung Dental Tech)",
        "Great, then we plan start 1 July. 감사합니다!",
    ])),
])

# p16: buyer portal with an approval log using "approved" for samples, PO and a project go.
case("p16_portal_approval_log", ["RG002", "RG009"],
     "approval log: samples approved, PO approved by finance, 'project approved - supplier may proceed' (unscoped)", [
    ("OrtoVida_portal_pedido_2024-331.html", html_page("OrtoVida - Portal do Fornecedor - Pedido 2024/331", """
<h2>OrtoVida Alinhadores &ndash; Portal do Fornecedor</h2>
<p>Fornecedor / supplier: <b>Dongguan Clearpath Medical Technology Co., Ltd.</b> &middot; Pedido / PO: <b>2024/331</b></p>
<table>
<tr><th>Linha</th><th>Item</th><th>Qtd</th><th>Status</th></tr>
<tr><td>1</td><td>Estojo para alinhador, amostra / aligner case, sample</td><td>20</td><td>Released</td></tr>
<tr><td>2</td><td>Estojo para alinhador, produção / production</td><td>1.980</td><td>Not released</td></tr>
</table>
<p class="note">Balance 1.980 cases: not released until sample sign-off and a written production release by Bruno Almeida, Gerente de Compras.</p>
<h3>Approval log</h3>
<table>
<tr><th>Date</th><th>Entry</th><th>By</th></tr>
<tr><td>12/06/2024</td><td>Samples approved (fit, biocompatibility documents)</td><td>Dra. Ana Souza</td></tr>
<tr><td>14/06/2024</td><td>PO approved (budget Q3/2024)</td><td>Financeiro</td></tr>
<tr><td>18/06/2024</td><td>Project approved by Steering Committee &ndash; supplier may proceed</td><td>Comitê de Projetos</td></tr>
</table>
<p style="color:#777">OrtoVida Alinhadores Ltda &middot; Curitiba/PR &middot; CNPJ 98.765.432/0001-10</p>
""", lang="pt-BR")),
])

# p17: PDF PO: balance on hold "until further notice", release authority named, no unlock event.
case("p17_po_hold_until_further_notice", ["RG004"],
     "balance 4,900 on hold 'until further notice' with a named release authority but no unlock event", [
    ("PO_MDG-24-0519.pdf", pdf([
        ("h1", "PURCHASE ORDER MDG-24-0519"),
        ("p", "Magnolia Dental Group, 3350 Peachtree Rd NE, Atlanta GA 30326 | Date: 05/19/2024"),
        ("p", "Supplier: Krishna Medicare Plastics Pvt. Ltd., GIDC Vatva, Ahmedabad 382445, India"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Amount"],
            ["1", "MDG-IT-PERF-M", "Perforated impression tray, size M, PP, sample lot", "100", "$0.85", "$85.00"],
            ["2", "FRT", "Air freight", "1", "$210.00", "$210.00"],
        ]),
        ("sp",),
        ("p", "This PO releases the 100 sample trays on line 1."),
        ("p", "The balance of 4,900 trays from your quote KMP/Q/0419 is on hold until further notice. "
              "Sandra Okafor, Director of Supply Chain, is the release authority for this PO."),
        ("p", "Please include your ISO 13485 certificate and the resin CoA with the shipment. Terms: net 60."),
    ], pagesize=LETTER, title="PO MDG-24-0519", author="Magnolia Purchasing")),
])

# p18: Swiss e-mail: quantity, hold and event present; release "from our side", unnamed sender.
_t = ("Grüezi Mr. Lee\n\n"
      "Please find attached our PO 24-0419 for 50 sample impression trays (mix S / M / L, 3D-printed, your offer HB-2404-77).\n\n"
      "Important: only these 50 are released. The remaining 1'950 of your offer are not released. They will be released from "
      "our side after the sample sign-off (Passform und Biokompatibilität nach ISO 10993-5).\n\n"
      "Lieferung bitte per DHL an: Zahnlabor Berner Oberland AG, Frutigenstrasse 22, 3600 Thun.\n\n"
      "Freundliche Grüsse / Kind regards\n\nEinkauf / Purchasing\nZahnlabor Berner Oberland AG\nFrutigenstrasse 22, 3600 Thun\n"
      "einkauf@zahnlabor-bo.ch | +41 33 555 41 90\n")
case("p18_email_from_our_side", ["RG005"],
     "50 released, 1'950 held until sample sign-off, but released 'from our side' - no named person", [
    ("PO_24-0419_samples.eml", mail("Einkauf Zahnlabor BO <einkauf@zahnlabor-bo.ch>", "Lee Sang-woo <sw.lee@hanbitdental.co.kr>",
                                    "PO 24-0419 sample impression trays", "Wed, 22 May 2024 10:05:00 +0200", _t)),
])

# p20: supplier reply quoting complete buyer scope; supplier already bought resin for the full run.
_t = ("Dear Jack,\n\nThank you for PO SCA-5560. The 60 pilot retainer cases are moulded and will ship on Friday by air.\n\n"
      "Good news on cost: to beat the resin price increase after the Dragon Boat holiday we already purchased the PP copolymer "
      "for the full production run (about 150 kg). It is in our warehouse now, so the lead time for the series will be short.\n\n"
      "Best regards,\nLily Chen\nNingbo Clearform Medical Co., Ltd.\n+86 574 5555 0212\n\n"
      "-----Original-----\nFrom: Jack Thornton <jack.thornton@southerncrossaligners.com.au>\nDate: 2024-05-28 10:11\n"
      "Subject: PO SCA-5560 pilot retainer cases\n\n"
      "> Hi Lily,\n> PO SCA-5560 attached: 60 pilot retainer cases only. The rest of the 3,000 in your quote is not released\n"
      "> until our product team signs off the pilots and I send you a written release.\n"
      "> Material: enough for the 60 only please.\n> Cheers, Jack Thornton, Procurement Lead\n")
case("p20_supplier_bought_resin_full_run", ["RG006"],
     "supplier bought resin for the full production run while only 60 pilots are released under a sample-only material limit", [
    ("RE_PO_SCA-5560.eml", mail("Lily Chen <lily.chen@ningbo-clearform.com>", "Jack Thornton <jack.thornton@southerncrossaligners.com.au>",
                                "RE: PO SCA-5560 pilot retainer cases", "Tue, 04 Jun 2024 17:30:00 +0800", _t)),
])

# p21: supplier status report: material bought for the complete annual requirement.
case("p21_status_material_annual", ["RG006"],
     "supplier status: paper and film procured for the complete annual requirement while only call-off 1 is released", [
    ("Status_Report_PDP_June.txt", """\
SHREEJI STERILE PACKAGING PVT LTD                         ORDER STATUS REPORT
Plot 1207, Phase III, GIDC Vapi 396195, Gujarat             Date: 14-06-2024
Customer: PRAIRIE DENTAL PARTNERS, OMAHA NE (Attn. Ms. Amanda Reyes)
-------------------------------------------------------------------------------
PO / CALL-OFF        ITEM              QTY      STATUS
PDP-2207 / CO-1      PDP-SP-57130      5,000    released - in production (70%)
-------------------------------------------------------------------------------
MATERIAL
* Medical grade paper 60 gsm and PET/PP peel film procured for the complete annual
  requirement to secure the mill slot; stock at our Vapi warehouse, humidity
  controlled.
* Printing plates for logo + UDI panel (GS1-128) ready.
QUALITY
* Seal strength, burst test and dye penetration (ASTM F1929) - pass on lot V-24-0611.
SHIPPING
* CO-1 ETD Nhava Sheva 28-06-2024, LCL, ETA Omaha (rail via Chicago) ~ 05-08-2024.
-------------------------------------------------------------------------------
Regards, Rakesh Patel, Export Sales
"""),
])

# p22: supplier portal material-planning page: resin purchased for the full program, production line not released.
_page = html_page("Brightsmile Partner Portal - Material planning - CL-24-1203", """
<h2>Brightsmile Partner Portal &ndash; Material planning</h2>
<p>Customer: Crestline Orthodontics Inc. &middot; Customer PO: <b>CL-24-1203</b> &middot; Our order: BS-SO-24-3190</p>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Production status</th></tr>
<tr><td>10</td><td>CL-CASE-11-P prototype case</td><td>30</td><td>Released &ndash; shipped 2024-06-20</td></tr>
<tr><td>20</td><td>CL-CASE-11 production case</td><td>4,970</td><td>Not released &ndash; waiting for customer</td></tr>
</table>
<h3>Buyer PO note (copied from PO CL-24-1203)</h3>
<p class="note">Only line 10 (30 prototype cases) is released. Line 20 stays on hold until our Design Verification team
signs off the prototypes and a revised PO signed by Megan Holloway, Strategic Sourcing Manager (release authority),
reaches you. Material authority: sample-only.</p>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>Supplier</th><th>Amount</th><th>Status</th><th>Reserved for</th></tr>
<tr><td>PP random copolymer, medical grade, Pantone 7541 C masterbatch</td><td>Sinopec Yanshan via distributor</td><td>260 kg</td><td>Purchased &ndash; in stock</td><td>full program (lines 10 + 20)</td></tr>
<tr><td>Pad print ink, white</td><td>Marabu</td><td>2 kg</td><td>In stock</td><td>line 10</td></tr>
</table>
<p>Updated 2024-06-21 by Zhang Wei, PMC</p>
""")
_t = ("Dear Megan Holloway,\n\nThis is an automated message from the Brightsmile Partner Portal.\n\n"
      "The material planning status of your order CL-24-1203 has been updated. Please find the current page attached "
      "(Material_planning_CL-24-1203.html).\n\nFor questions please contact your account manager Kevin Zhou.\n\n"
      "Shenzhen Brightsmile Orthodontic Technology Co., Ltd. - please do not reply to this address.\n")
case("p22_portal_material_full_program", ["RG006"],
     "portal notification: production line not released, but resin shown purchased and reserved for the full program", [
    ("Portal_update_CL-24-1203.eml", mail("Brightsmile Partner Portal <noreply@brightsmile-ortho.cn>",
                                          "Megan Holloway <mholloway@crestline-ortho.com>",
                                          "[Partner Portal] Material planning updated - CL-24-1203", "Fri, 21 Jun 2024 18:00:00 +0800",
                                          _t, cc="Kevin Zhou <kevin.zhou@brightsmile-ortho.cn>",
                                          attachments=[("Material_planning_CL-24-1203.html", _page, HTML_MT)])),
])

# p23: folder: complete PO (PDF) + supplier weekly report (TXT) with resin bought for the full series.
case("p23_bundle_po_weekly_report", ["RG006"],
     "PO complete with sample-only material; supplier's weekly report says resin bought for the full series", [
    ("PO_EOL-4471.pdf", pdf([
        ("h1", "PURCHASE ORDER EOL-4471"),
        ("p", "Evergreen Orthodontic Labs, 1900 NW Raleigh St, Portland OR 97209 | June 4, 2024"),
        ("p", "Supplier: Hanil Polytech Co., Ltd., Ansan, Gyeonggi-do, Korea"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Amount"],
            ["1", "EOL-AC-3", "Aligner case, translucent teal, sample", "40", "$4.10", "$164.00"],
        ]),
        ("sp",),
        ("p", "Scope: this PO releases 40 sample cases. The remaining 2,960 cases of quote HP-Q-2405-44 are not released."),
        ("p", "Unlock: sample sign-off by Dr. Hannah Price (clinical lead) and then a revised PO signed by Nate Fischer, "
              "Purchasing Manager (release authority)."),
        ("p", "Material authority: sample-only. Do not buy resin or masterbatch for the 2,960."),
    ], pagesize=LETTER, title="PO EOL-4471", author="Nate Fischer")),
    ("Weekly_Report_Hanil_W25.txt", """\
HANIL POLYTECH CO., LTD. - WEEKLY PROJECT REPORT  (W25 / 2024)
Customer: Evergreen Orthodontic Labs   PO: EOL-4471   Part: EOL-AC-3 aligner case
--------------------------------------------------------------------------------
1. Samples: 40 pcs moulded 18-Jun, dimensional check OK (CMM report HP-DR-0618),
   packed, ship 21-Jun by FedEx IP.
2. Mould: 4-cavity, T2 corrections done (gate vestige), ready for series.
3. Material: PP resin HJ730 + teal masterbatch - 140 kg bought for full series to
   secure lot continuity (same resin lot for samples and series).
4. Open points: UDI label layout - waiting for customer artwork.
--------------------------------------------------------------------------------
Prepared by: Min-jun Cho, Project Engineer
"""),
])

# ---------------------------------------------------------------- batch 4 (risky p24-p36)

# p24: supplier cut blanks for the complete quantity and will continue into the balance on sample approval.
_t = ("Hi Rachel,\n\nQuick update from Ashdod on PO SDL-2318.\n\n"
      "The 20 samples are in final inspection (CMM + thread gauge), ship Thursday with FedEx.\n\n"
      "To save time we already cut blanks from the Ti bar for the complete quantity, so the minute your QA approves the samples "
      "we continue straight into the balance - no waiting on our side. Should give you the 480 about 3 weeks earlier.\n\n"
      "Kol tuv,\nAvi Levi\nOperations Manager, Ashdod Implant Works Ltd.\n+972 8 855 0231\n\n"
      "________________________________\nFrom: Rachel Stein <rstein@summitdentallab.com>\nSent: Monday, June 3, 2024 4:18 PM\n"
      "Subject: PO SDL-2318 sample abutments\n\n"
      "> Avi, PO SDL-2318 attached: 20 sample abutments only. Balance 480 not released until sample sign-off by our\n"
      "> QA lab and a written release from me. Material authority: sample-only.\n"
      "> Rachel Stein, Purchasing Manager, Summit Dental Lab\n")
case("p24_supplier_blanks_roll_into_balance", ["RG006", "RG007"],
     "supplier cut blanks for the complete quantity (sample-only material authority) and will continue into the balance on sample approval", [
    ("RE_PO_SDL-2318.eml", mail("Avi Levi <avi@ashdod-implant.co.il>", "Rachel Stein <rstein@summitdentallab.com>",
                                "RE: PO SDL-2318 sample abutments", "Tue, 11 Jun 2024 13:40:00 +0300", _t)),
])

# p25: supplier production plan (DOCX): pilot 50 in one place, 60 in the schedule; powder for the complete series ordered.
case("p25_supplier_plan_docx", ["RG006", "RG011"],
     "supplier plan restates pilot lot 50 but schedules 60; PA12 powder ordered for the complete series", [
    ("Produktionsplan_HV-ITH-5.docx", docx_bytes([
        ("h1", "Produktionsplanung / Production plan HV-ITH-5"),
        ("p", "Allgäu Additive GmbH, Kempten - for Helvedent Systems AG, Luzern. Part: instrument tray holder HV-ITH-5, "
              "SLS PA12, drawing rev C. Prepared 12.06.2024 by J. Hartmann (AV)."),
        ("h", "1. Order basis"),
        ("p", "PO 4501-8812 from Helvedent: pilot lot 50 pcs released. Series 950 pcs not released until your sample sign-off "
              "and written release by Mr. Urs Brunner."),
        ("h", "2. Schedule"),
        ("table", [
            ["Step", "Quantity", "Build job", "Week"],
            ["Pilot lot", "60 pcs", "24-117 (EOS P 396)", "KW 26"],
            ["Bead blasting + dyeing black", "pilot lot", "-", "KW 26"],
            ["Dispatch pilot lot", "pilot lot", "-", "KW 27"],
        ]),
        ("h", "3. Material disposition"),
        ("p", "PA12 powder (PA 2200) for the complete series ordered from EOS, lead time 8 weeks, 2 x 300 kg, "
              "delivery KW 33, so that the series can follow without delay."),
        ("h", "4. Quality"),
        ("p", "Tensile bars per build job, ISO 527-2 type 1A. Dimensional check on 5 pcs per job."),
    ], author="J. Hartmann")),
])

# p26: supplier: deposit received, so material for the complete batch ordered and run starts.
_t = ("Dear Bruno,\n\nWe received your 30% deposit today, thank you very much!\n\n"
      "So we have started: material for the complete batch is ordered and the moulding run begins Monday. The 20 samples "
      "will ship together with the first carton so you save freight.\n\n"
      "Best regards,\nCindy Huang\nSales Dept., Dongguan Clearpath Medical Technology Co., Ltd.\nWhatsApp/WeChat +86 138 0255 0402\n\n"
      "------------------ Original ------------------\nFrom: \"Bruno Almeida\" <bruno.almeida@ortovida.com.br>\n"
      "Date: Wed, Jun 5, 2024 09:20 PM\nSubject: PO 2024/402\n\n"
      "> Hi Cindy, PO 2024/402 attached. 20 sample cases released; the 1.980 are not released until sample sign-off by\n"
      "> Dra. Ana Souza and a written release from me. The 30% deposit is for the tooling only.\n"
      "> Abraços, Bruno Almeida, Gerente de Compras, OrtoVida\n")
case("p26_deposit_material_run", ["RG006", "RG012"],
     "supplier treats the tooling deposit as go: material for the complete batch ordered and the run started", [
    ("RE_PO_2024-402_deposit.eml", mail("Cindy Huang <cindy.huang@clearpath-med.cn>", "Bruno Almeida <bruno.almeida@ortovida.com.br>",
                                        "RE: PO 2024/402 - deposit received", "Thu, 13 Jun 2024 16:02:00 +0800", _t)),
])

# p27: folder: complete PO (PDF) + supplier order confirmation (PDF) stating automatic series start on sample approval.
case("p27_bundle_po_oc_auto_start", ["RG007"],
     "order confirmation: series starts automatically on written sample approval, PO requires separate written release", [
    ("PO_LD-24-118.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER LD-24-118"),
        ("p", "Lemanodent SA, Avenue de la Gare 17, 1003 Lausanne | 22.05.2024 | Fournisseur: Xiamen Haoyu Precision Plastics Co., Ltd."),
        ("table", [
            ["Pos.", "Article", "Désignation", "Qté", "Prix USD"],
            ["1", "LD-AC-01", "Aligner case, sample, white / logo blue", "30", "3.90"],
        ]),
        ("sp",),
        ("p", "Scope: this PO releases the 30 sample cases. The balance of 2,970 cases (quote HY-Q-24-0611) is not released."),
        ("p", "Unlock: sample sign-off by our clinical team, then a written release by Claire Dubois, Responsable Achats. "
              "Material authority: sample-only."),
    ], title="PO LD-24-118", author="Claire Dubois")),
    ("OC_HY-24-0907.pdf", pdf([
        ("h1", "ORDER CONFIRMATION HY-OC-24-0907"),
        ("p", "Xiamen Haoyu Precision Plastics Co., Ltd. | Tong'an Industrial Zone, Xiamen | To: Lemanodent SA, Ms. Claire Dubois"),
        ("table", [
            ["Line", "Item", "Qty", "Delivery"],
            ["1", "LD-AC-01 aligner case sample", "30", "2024-06-10"],
        ]),
        ("sp",),
        ("p", "Remarks:"),
        ("p", "1. Serial production of the remaining cases will start automatically after your written sample approval; "
              "no separate release document is needed. This keeps your launch date."),
        ("p", "2. Packing: 100 pcs per carton, UDI label on carton."),
        ("p", "Amy Liu, Sales"),
    ], title="HY-OC-24-0907", author="Amy Liu")),
])

# p28: supplier reply: "once Dr. Walsh signs off, we will roll straight on into the remaining cases".
_t = ("Hi Josh,\n\nThanks for PO CO-2219.\n\nWe will ship the 40 sample cases on 5 July by FedEx (AWB to follow).\n\n"
      "Once Dr. Walsh signs off, we will roll straight on into the remaining cases so no time is lost - our line will already "
      "be set up.\n\nBest regards,\nMin-jun Cho\nProject Engineer, Hanil Polytech Co., Ltd.\n\n"
      "On Fri, 21 Jun 2024 at 09:12, Josh Miller <josh.miller@coastalortho.com.au> wrote:\n"
      "> Hi Min-jun,\n> PO CO-2219 attached: 40 sample aligner cases. The other 1,960 are not released until\n"
      "> Dr. Emma Walsh signs off the samples and I send you a written release.\n> Cheers, Josh Miller, Procurement\n")
case("p28_supplier_roll_straight_on", ["RG007"],
     "supplier plans to roll into the remaining cases on sample sign-off although the buyer requires a written release", [
    ("RE_PO_CO-2219.eml", mail("Min-jun Cho <mj.cho@hanilpolytech.co.kr>", "Josh Miller <josh.miller@coastalortho.com.au>",
                               "Re: PO CO-2219 sample aligner cases", "Mon, 24 Jun 2024 11:30:00 +0900", _t)),
])

# p29: WhatsApp: buyer's own rule (written release) contradicted by "just keep going with the rest".
case("p29_whatsapp_keep_going", ["RG007"],
     "buyer set written release after DV sign-off, later says 'if the pilot clinics like them just keep going with the rest'", [
    ("WhatsApp_Sorriso_Hanbit_0402.txt", chat([
        "02/04/2024, 10:15 - Carla Nunes (Sorriso Lab): Oi Jiwoo! PO 4500-0402 sent: 30 pilot trays.",
        "02/04/2024, 10:16 - Carla Nunes (Sorriso Lab): The other 970 only with my written release after Dra. Helena Lima signs the DV report.",
        "02/04/2024, 10:30 - Jiwoo Park (Hanbit Dental): Thank you Carla, 30 pilot trays, ship 19 April",
        "23/04/2024, 14:02 - Jiwoo Park (Hanbit Dental): Carla, pilot trays delivered to the clinics? DHL says signed",
        "23/04/2024, 14:20 - Carla Nunes (Sorriso Lab): yes! clinics start using them next week",
        "23/04/2024, 14:21 - Carla Nunes (Sorriso Lab): Jiwoo, honestly if the pilot clinics like them just keep going with the rest, no need to wait for a paper from me 😅",
        "23/04/2024, 14:35 - Jiwoo Park (Hanbit Dental): Ok! we prepare the line then 👍",
    ])),
])

# p30: folder: complete PO (PDF) + buyer's verification & launch plan (DOCX) making DV sign-off the production trigger.
case("p30_bundle_po_launch_plan", ["RG007"],
     "buyer's launch plan makes DV sign-off the trigger for validation batch and launch, contradicting the PO's written release", [
    ("PO_MDG-24-0602.pdf", pdf([
        ("h1", "PURCHASE ORDER MDG-24-0602"),
        ("p", "Magnolia Dental Group, 3350 Peachtree Rd NE, Atlanta GA 30326 | Date: 06/02/2024"),
        ("p", "Supplier: Krishna Medicare Plastics Pvt. Ltd., Ahmedabad"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit"],
            ["1", "MDG-IT-DUAL", "Dual-arch impression tray, DV lot", "24", "$1.10"],
        ]),
        ("sp",),
        ("p", "This PO releases the 24-piece DV lot. The balance of 2,976 trays is not released. It is released only after DV "
              "sign-off by Dr. Keisha Grant, Clinical Director, by a written release from Sandra Okafor, Director of Supply Chain."),
        ("p", "Material authority: DV lot only."),
    ], pagesize=LETTER, title="PO MDG-24-0602", author="Magnolia Purchasing")),
    ("Verification_Launch_Plan_MDG-IT-DUAL.docx", docx_bytes([
        ("h1", "Verification & Launch Plan - dual-arch impression tray MDG-IT-DUAL"),
        ("p", "Owner: Ryan Cole, Project Engineer, Magnolia Dental Group. Shared with Krishna Medicare Plastics for planning."),
        ("table", [
            ["Step", "Activity", "Owner", "Target"],
            ["1", "DV lot build (24 pcs)", "Krishna", "CW 24"],
            ["2", "DV lot delivery to Atlanta", "Krishna", "CW 25"],
            ["3", "Clinical evaluation in 3 clinics", "Magnolia clinics", "CW 26-27"],
            ["4", "DV report", "R. Cole", "CW 28"],
            ["5", "DV sign-off", "Dr. K. Grant", "CW 28"],
            ["6", "Supplier continues directly into validation batch and launch quantity", "Krishna", "CW 29"],
        ]),
        ("p", "Note on step 6: the DV sign-off is the trigger for Krishna to continue; no further document is needed, "
              "to keep the September launch."),
    ], author="Ryan Cole")),
])

# p32: supplier ack: auto-continue with balance on sample sign-off; buyer's quoted PO names no releaser.
_t = ("Dear Mr. Rüdiger,\n\nWe confirm your PO 4500021377 for the 20 sample abutments, dispatch 24 June.\n\n"
      "Upon your sample sign-off we will automatically continue with the balance 230 pcs, as per our standard process, "
      "so that you will have them by end of July.\n\nWarm regards,\nPrakash Iyer\nKey Account Manager, Precitech Dental Pvt. Ltd.\n\n"
      "-----Original Message-----\nFrom: M. Rüdiger <m.ruediger@zahntechnik-ruediger.de>\nSent: 10 June 2024 08:02\n"
      "Subject: PO 4500021377\n\n"
      "> PO 4500021377: 20 sample abutments released. Balance 230 pcs not released until sample sign-off\n"
      "> (first article inspection incl. fit on model).\n> Mit freundlichen Grüßen, M. Rüdiger, Einkauf\n")
case("p32_supplier_auto_continue_no_releaser", ["RG005", "RG007"],
     "supplier will 'automatically continue' with the balance on sample sign-off; buyer's scope names no release person", [
    ("RE_PO_4500021377.eml", mail("Prakash Iyer <prakash.iyer@precitechdental.in>", "M. Rüdiger <m.ruediger@zahntechnik-ruediger.de>",
                                  "RE: PO 4500021377", "Tue, 11 Jun 2024 10:45:00 +0530", _t)),
])

# p33: buyer e-mail: annual forecast "please treat as our firm commitment", forecast attached as text.
_fc = ("FORECAST 2025 - CL-CASE-09 aligner storage case\nCrestline Orthodontics Inc. / Brightsmile\n\n"
       "QUARTER   QTY\nQ1 2025   12,000\nQ2 2025   15,000\nQ3 2025   15,000\nQ4 2025   18,000\nTOTAL     60,000\n")
_t = ("Hi Kevin,\n\nAttached our 2025 volume forecast for CL-CASE-09: 60k cases in total, split by quarter.\n\n"
      "Please treat this as our firm commitment and book the capacity on your moulding line for us - we'll send the call-off "
      "POs monthly as usual.\n\nThanks,\nMegan" + sig("Megan Holloway", "Strategic Sourcing Manager", "Crestline Orthodontics Inc.",
                                                     "+1 512 555 0144"))
case("p33_email_forecast_firm_commitment", ["RG008"],
     "buyer: 2025 forecast of 60k 'please treat this as our firm commitment'", [
    ("Forecast_2025_CL-CASE-09.eml", mail("Megan Holloway <mholloway@crestline-ortho.com>", "Kevin Zhou <kevin.zhou@brightsmile-ortho.cn>",
                                          "2025 forecast CL-CASE-09", "Fri, 28 Jun 2024 15:10:00 -0500", _t,
                                          attachments=[("Forecast_2025_CL-CASE-09.txt", _fc, TXT_MT)])),
])

# p34: supplier order confirmation that turns the rolling forecast into an order.
case("p34_oc_order_from_forecast", ["RG008"],
     "supplier confirms 'your order' of 270,000 pouches as per the rolling forecast", [
    ("OC_24-7731_Medipak.pdf", pdf([
        ("h1", "ORDER CONFIRMATION OC/24/7731"),
        ("p", "Medipak Industries Pvt. Ltd., Plot 44, Phase II, GIDC Naroda, Ahmedabad 382330 | Date: 30-05-2024"),
        ("p", "Customer: Harbourside Dental Group Pty Ltd, Sydney. Ref.: your rolling forecast FC-2024-05 dated 27-05-2024."),
        ("p", "We are pleased to confirm your order of 270,000 pouches HDG-SP-90260 as per your rolling forecast (June to November). "
              "Production will be scheduled monthly accordingly."),
        ("table", [
            ["Month", "Qty (pcs)", "Ex-works date"],
            ["Jun 2024", "40,000", "25-06-2024"],
            ["Jul 2024", "40,000", "25-07-2024"],
            ["Aug 2024", "45,000", "24-08-2024"],
            ["Sep 2024", "45,000", "25-09-2024"],
            ["Oct 2024", "50,000", "25-10-2024"],
            ["Nov 2024", "50,000", "25-11-2024"],
        ]),
        ("p", "Price: AUD 0.061 per pc, FOB Mundra. Payment: 45 days from B/L."),
        ("p", "Nikhil Shah, Customer Service Executive"),
    ], title="OC/24/7731", author="Medipak")),
])

# p35: supply agreement annex: forecast quantities declared binding purchase commitments (DOCX).
case("p35_annex_binding_forecast", ["RG008"],
     "agreement annex: 'forecast quantities are binding purchase commitments ... treated as firm orders'", [
    ("Annex_B_Forecast_SA-2024-03.docx", docx_bytes([
        ("h1", "Annex B to Supply Agreement SA-2024-03 - Forecast 2025"),
        ("p", "Between Bogenwerk Kieferorthopädie GmbH, Köln (Buyer) and Daejin Medical Plastics Co., Ltd., Incheon (Supplier)."),
        ("p", "B.1 The forecast quantities below are binding purchase commitments of the Buyer and shall be treated by the "
              "Supplier as firm orders."),
        ("table", [
            ["Article", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"],
            ["BW-TR-UL3 impression tray, series", "8.000", "8.000", "10.000", "10.000"],
            ["BW-TR-PED paediatric tray", "2.000", "2.000", "2.500", "2.500"],
        ]),
        ("p", "B.2 Forecast updates are issued quarterly by the Buyer's purchasing department."),
        ("p", "B.3 Prices per Annex A (price list PL-2025), Incoterms 2020 DAP Köln."),
    ], author="Bogenwerk Einkauf")),
])

# p36: WhatsApp: buyer declares the monthly forecast a firm order; supplier books it.
case("p36_whatsapp_forecast_is_order", ["RG008"],
     "buyer: 'a previsão ... pode considerar como pedido firme'; supplier books 9.000 as firm order", [
    ("WhatsApp_ProteseSul_forecast.txt", chat([
        "17/06/2024 09:05 - Kevin Xu (Ningbo Dentform): Good morning Fernanda, can you share forecast for H2? For our planning 🙏",
        "17/06/2024 09:40 - Fernanda Rocha (Prótese Sul): Bom dia Kevin! a previsão é 1.500 bandejas por mês, julho a dezembro",
        "17/06/2024 09:41 - Fernanda Rocha (Prótese Sul): e é pra valer: pode considerar como pedido firme, ok? 😄",
        "17/06/2024 09:41 - Fernanda Rocha (Prótese Sul): in English: the forecast 1.500/month is firm, consider it ordered",
        "17/06/2024 09:58 - Kevin Xu (Ningbo Dentform): OK understood, we book 9.000 trays as firm order Jul-Dec, 1.500 each month",
        "17/06/2024 10:02 - Fernanda Rocha (Prótese Sul): 👍 perfeito",
    ])),
])

# ---------------------------------------------------------------- batch 5 (risky p37-p52)

# p37: German lab e-mail: "approved" for samples (technical), PO budget (commercial) and "production approval".
_t = ("Sehr geehrter Herr Fink,\n\n"
      "gute Nachrichten: die 20 Erstmuster-Abutments sind approved - Passung im Modell und Oberfläche OK "
      "(Prüfbericht EMP-24-5690).\n\n"
      "Our controller has also approved the budget for PO 2024-5690 today, so the commercial side is settled.\n\n"
      "The production approval for the remaining 380 pcs follows separately: it comes only in writing from "
      "Dr. Sabine Hoffmann after the patient trial in two of our practices (planned KW 30). Until then the 380 are not released - "
      "please do not start them.\n\n"
      "Mit freundlichen Grüßen\nKlaus Weber\nEinkauf, Dentallabor Hoffmann & Söhne GmbH\nTel. +49 711 555 3320\n")
_h = ("<p>Sehr geehrter Herr Fink,</p><p>gute Nachrichten: die 20 Erstmuster-Abutments sind <b>approved</b> &ndash; Passung im Modell "
      "und Oberfläche OK (Prüfbericht EMP-24-5690).</p><p>Our controller has also approved the budget for PO 2024-5690 today, "
      "so the commercial side is settled.</p><p>The production approval for the remaining 380 pcs follows separately: it comes only "
      "in writing from Dr. Sabine Hoffmann after the patient trial in two of our practices (planned KW 30). Until then the 380 are "
      "not released &ndash; please do not start them.</p><p>Mit freundlichen Grüßen<br>Klaus Weber</p>")
case("p37_email_three_approvals", ["RG009"],
     "'approved' used for the samples, for the PO budget and as 'production approval'; scope otherwise complete", [
    ("Erstmuster_approved_2024-5690.eml", mail("Klaus Weber <k.weber@dentallabor-hoffmann.de>",
                                               "Michael Fink <m.fink@praezisionsteile-allgaeu.de>",
                                               "Erstmuster 2024-5690 approved", "Wed, 03 Jul 2024 11:10:00 +0200", _t, html=_h)),
])

# p38: SAP printout: PO status "RELEASED" (commercial release strategy) next to production release per line.
case("p38_erp_sap_released_status", ["RG009"],
     "'RELEASED' used for the PO's finance release strategy and for production release of line 10", [
    ("PO_4500087731_print.txt", """\
NORTHSTAR DENTAL EQUIPMENT INC.              PURCHASE ORDER 4500087731        PAGE 1
2100 Broadway St NE, Minneapolis MN 55413                      PRINTED 06/13/2024 08:02
=======================================================================================
VENDOR      : 400918 WOORI PRECISION CO LTD, CHANGWON, KOREA
PO STATUS   : RELEASED (RELEASE STRATEGY Z2, LEVEL 2 - FINANCE, 06/12/2024)
BUYER       : T. BECKER  (612) 555-0148
=======================================================================================
LINE MATERIAL       DESCRIPTION                               QTY  UOM  NET PRICE USD
10   NS-DU-ARM-4    DELIVERY UNIT ARM COVER, PC/ABS, SAMPLE    24  EA          38.00
     >> RELEASED FOR PRODUCTION
20   NS-DU-ARM-4    DELIVERY UNIT ARM COVER, PC/ABS           976  EA           6.40
     >> NOT RELEASED FOR PRODUCTION
=======================================================================================
HEADER TEXT:
LINE 20 REQUIRES A WRITTEN PRODUCTION RELEASE BY TOM BECKER, SOURCING MANAGER, AFTER
SAMPLE SIGN-OFF (FAI REPORT PER AS9102 FORMS, INCL. UL 94 V-0 CERT).
MATERIAL AUTHORITY: LINE 10 ONLY.
INCOTERMS 2020 FOB BUSAN. PAYMENT NET 60.
=======================================================================================
"""),
])

# p40: PDF "approval letter" approving the samples (technical) and the series price (commercial).
case("p40_approval_letter_two_meanings", ["RG009"],
     "'approves' both the 40 sample frames (technical) and the series unit price (commercial); hold stated", [
    ("Approval_Letter_AL-2024-09.pdf", pdf([
        ("h1", "APPROVAL LETTER AL-2024-09"),
        ("p", "Helvedent Systems AG, Industriestrasse 9, 6005 Luzern | To: Woori Precision Co., Ltd., Changwon | 18.06.2024"),
        ("p", "Reference: PO 45013377, headrest cushion frame HV-HR-2203 Rev B."),
        ("p", "With this letter Helvedent approves:"),
        ("table", [
            ["No.", "Subject", "Basis"],
            ["1", "the 40 sample headrest frames", "dimensional report WP-DR-0611, UL 94 HB flammability test passed"],
            ["2", "your revised unit price of CHF 14.20 for the 3,960 series frames", "offer WP-24-118 rev 2"],
        ]),
        ("sp",),
        ("p", "Released to date on PO 45013377: the 40 samples (delivered)."),
        ("p", "The production quantity of 3,960 pcs is not released until Urs Brunner, Leiter Beschaffung, issues the written "
              "production release after the biocompatibility statement for the cushion cover (ISO 10993-10) has been received."),
        ("p", "Freundliche Grüsse, Urs Brunner"),
    ], title="AL-2024-09", author="Urs Brunner")),
])

# p41: PDF PO: notes say twenty (20), line table says 25.
case("p41_po_text_vs_table", ["RG011"],
     "PO note releases twenty (20) sample trays, the line table orders 25", [
    ("PO_BBS-2251.pdf", pdf([
        ("h1", "Purchase Order BBS-2251"),
        ("p", "Bluebonnet Smiles LLC, 2201 Westlake Dr, Houston TX 77077 | Date: 06/10/2024 | Vendor: Sai Dentoplast Pvt. Ltd., Chennai"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit", "Amount"],
            ["1", "BBS-IT-PED", "Paediatric impression tray, sample", "25", "USD 5.90", "USD 147.50"],
        ]),
        ("sp",),
        ("p", "Scope: this PO releases twenty (20) sample trays only. The rest of the 1,000 trays in offer SD/Q/24/077 is not "
              "released; it is released only by a written release from Daniel Ortiz, VP Operations, after sample sign-off."),
        ("p", "Material authority: sample quantity only. Ship by courier, DHL acct 95-3318-0."),
    ], pagesize=LETTER, title="PO BBS-2251", author="Bluebonnet Smiles")),
])

# p42: folder: PO printout says 30 samples; buyer's follow-up e-mail asks for 36.
_t = ("Hi Cindy,\n\nas per PO ZZN-4471 please make the 36 sample cases for our pilot clinics, colour mint, logo print silver.\n\n"
      "Delivery to our central warehouse in Hamburg-Billbrook, Rampe 3.\n\nThanks and best regards,\nPetra Jansen\n"
      "Leitung Einkauf, Zahnzentrum Nord Kliniken GmbH\n+49 40 555 8810\n")
case("p42_bundle_po_30_email_36", ["RG011"],
     "PO releases 30 sample cases, the buyer's e-mail on the same PO asks for 36", [
    ("PO_ZZN-4471.txt", """\
ZAHNZENTRUM NORD KLINIKEN GMBH                 BESTELLUNG / PURCHASE ORDER ZZN-4471
Hamburg - Kiel - Luebeck                                          Datum 20.06.2024
==================================================================================
LIEFERANT : 71204 DONGGUAN CLEARPATH MEDICAL TECHNOLOGY CO LTD
==================================================================================
POS ARTIKEL       BEZEICHNUNG                                MENGE  ME   USD/ME
010 ZZN-AC-M      ALIGNER-ETUI MINT, LOGO SILBER, MUSTER        30  ST     4.20
==================================================================================
NOTE: THIS PO RELEASES 30 SAMPLE CASES. BALANCE 1,970 PCS (QUOTE DCM-Q-3402) NOT
RELEASED UNTIL SAMPLE SIGN-OFF BY DR. INES VOSS (CLINICAL LEAD) AND A WRITTEN
RELEASE BY PETRA JANSEN, LEITUNG EINKAUF. MATERIAL: SAMPLE QUANTITY ONLY.
INCOTERMS 2020 FCA SHENZHEN - ZAHLUNG 45 TAGE NETTO
"""),
    ("Sample_cases_ZZN-4471.eml", mail("Petra Jansen <p.jansen@zzn-kliniken.de>", "Cindy Huang <cindy.huang@clearpath-med.cn>",
                                       "Sample cases PO ZZN-4471", "Fri, 21 Jun 2024 09:15:00 +0200", _t)),
])

# p43: DOCX verification plan: "twelve (15)" in the text, 12 in the table.
case("p43_docx_words_vs_digits", ["RG011"],
     "verification plan: 'twelve (15) abutments are released' vs 12 in the table", [
    ("Verification_Plan_VP-2024-044.docx", docx_bytes([
        ("h1", "Verification Plan VP-2024-044"),
        ("p", "Dentallabor Aeschbach AG, Winterthur - custom abutment GA-AB-4120 Rev 02, supplier Galil Precision Implants Ltd."),
        ("h", "1. Scope of release"),
        ("p", "DV lot: twelve (15) abutments are released on PO 2024-0511."),
        ("p", "The validation batch of 600 pcs is not released. It is released only by a written release from Dr. Jonas Meier, "
              "Head of Quality, after the ISO 10993-5 cytotoxicity report has been reviewed."),
        ("h", "2. Lots"),
        ("table", [
            ["Lot", "Quantity", "Purpose", "Status"],
            ["DV lot", "12", "dimensional fit, torque, surface", "released"],
            ["Validation batch", "600", "process validation, 3 runs", "not released"],
        ]),
        ("h", "3. Tests"),
        ("li", "CMM per drawing GA-AB-4120 Rev 02, 100% of DV lot."),
        ("li", "Screw torque 35 Ncm, 5 cycles."),
        ("li", "Cytotoxicity ISO 10993-5 at external lab."),
    ], author="Nadine Frei")),
])

# p45: folder: release letter (PDF) says 120, buyer portal (HTML) says 100 for the same release.
case("p45_bundle_release_120_portal_100", ["RG011"],
     "release letter R-02 releases 120 validation pouches, the portal shows 100 for the same release", [
    ("Release_R-02_PDA-3402.pdf", pdf([
        ("h1", "Production Release R-02"),
        ("p", "Pacific Dental Alliance, 1200 Harbor Blvd, San Diego CA 92101 | To: Hangzhou MediSeal Packaging Co., Ltd. | 2024-06-24"),
        ("p", "PO PDA-3402, pouch 75 x 250 mm with printed UDI panel."),
        ("p", "With this release we release 120 validation pouches for our sterilizer validation runs."),
        ("p", "The balance of the PO (4,830 pouches) is not released until validation sign-off (seal strength + 3 sterilization "
              "cycles) and a further written release by Laura Kim, Director Supply Chain."),
        ("p", "Laura Kim, Director Supply Chain"),
    ], pagesize=LETTER, title="Release R-02", author="Laura Kim")),
    ("PDA_portal_release_R-02.html", html_page("Pacific Dental Alliance - Supplier Portal - Releases", """
<h2>Pacific Dental Alliance &ndash; Supplier Collaboration Portal</h2>
<p>Supplier: Hangzhou MediSeal Packaging Co., Ltd. &middot; PO PDA-3402</p>
<table>
<tr><th>Release</th><th>Date</th><th>Released quantity</th><th>Balance on hold</th><th>Release authority</th></tr>
<tr><td>R-01 (samples)</td><td>2024-05-27</td><td>50</td><td>&ndash;</td><td>Laura Kim</td></tr>
<tr><td>R-02 (validation)</td><td>2024-06-24</td><td>100</td><td>pending validation sign-off</td><td>Laura Kim</td></tr>
</table>
<p>Portal build 2024.06.1</p>
""")),
])

# p46: forward of the original release (rfc822, 200) with a new line asking for 250.
_orig = mail("Olivia Chen <olivia.chen@koalaaligners.com.au>", "Min-jun Cho <mj.cho@hanilpolytech.co.kr>",
             "Release R-02 PO KA-24-0410", "Mon, 01 Jul 2024 09:00:00 +1000",
             "Hi Min-jun,\n\nRelease R-02 for PO KA-24-0410: 200 validation cases released.\n\n"
             "The remaining 1,800 are not released until validation sign-off by our clinical team and my written release.\n\n"
             "Kind regards,\nOlivia Chen\nSupply Chain Manager, Koala Aligners Pty Ltd\n")
_t = ("Hi Min-jun,\n\nAs per the release below, please produce the 250 validation cases by end of August.\n\n"
      "Kind regards,\nOlivia" + sig("Olivia Chen", "Supply Chain Manager", "Koala Aligners Pty Ltd, Melbourne", "+61 3 9555 0680"))
case("p46_forward_release_200_vs_250", ["RG011"],
     "forwarded release R-02 says 200 validation cases, the covering e-mail asks for 250 'as per the release below'", [
    ("Fwd_Release_R-02_KA-24-0410.eml", mail("Olivia Chen <olivia.chen@koalaaligners.com.au>", "Min-jun Cho <mj.cho@hanilpolytech.co.kr>",
                                             "Fwd: Release R-02 PO KA-24-0410", "Thu, 04 Jul 2024 14:25:00 +1000", _t,
                                             attachments=[("rfc822", _orig)])),
])

# p47: German call-off PDF: header released quantity 1.200 Stk., line 1.020 Stk.
case("p47_calloff_header_vs_line", ["RG011"],
     "call-off header 'freigegebene Menge 1.200 Stk.' vs position 1.020 Stk.", [
    ("Abruf_DKS-24-03.pdf", pdf([
        ("h1", "Abruf / Call-off DKS-24-03"),
        ("p", "Dentalkliniken Süd GmbH, Leopoldstraße 120, 80802 München | Lieferant: Steriplus GmbH, Tuttlingen | 01.07.2024"),
        ("p", "Rahmenvertrag RV-DKS-2024: 6.000 Stk. Sterilisationsbeutel 135 x 280 mm, UDI-Druck."),
        ("p", "Freigegebene Menge / released quantity: 1.200 Stk."),
        ("table", [
            ["Pos.", "Artikel", "Bezeichnung", "Menge", "Termin"],
            ["10", "DKS-STB-135", "Sterilisationsbeutel 135 x 280 mm, UDI", "1.020 Stk.", "KW 31"],
        ]),
        ("sp",),
        ("p", "Restmenge 4.800 Stk. nicht freigegeben. Freigabe nur durch den nächsten Abruf, unterschrieben von "
              "Herrn Florian Huber, Leiter Einkauf."),
        ("p", "Material authority: material for this call-off quantity only."),
    ], title="Abruf DKS-24-03", author="Florian Huber")),
])

# p48: supplier: deposit received = "commercial release", so "released the complete order" to production.
_t = ("Dear Mr. Nguyen,\n\nDeposit received, thank you.\n\n"
      "With this the commercial release is done, so we released the complete order to our production planning. Printing of the "
      "pouches starts next week on line 3.\n\nBest regards,\nSophia Wang\nInternational Sales, Hangzhou MediSeal Packaging Co., Ltd.\n\n"
      "-----Original Message-----\nFrom: Kevin Nguyen <knguyen@pacificdentalalliance.com>\nSent: Tuesday, May 21, 2024 5:40 PM\n"
      "Subject: PO PDA-3355\n\n"
      "> Sophia, PO PDA-3355: 50 sample pouches released. Production quantity 5,000 not released until seal-test sign-off\n"
      "> and a written release by Laura Kim, Director Supply Chain. The 30% deposit covers the printing plates only.\n"
      "> Kevin Nguyen, Buyer\n")
case("p48_deposit_commercial_release", ["RG009", "RG012"],
     "supplier: deposit = 'commercial release', so 'released the complete order' to production", [
    ("RE_PO_PDA-3355_deposit.eml", mail("Sophia Wang <sophia.wang@mediseal-hz.cn>", "Kevin Nguyen <knguyen@pacificdentalalliance.com>",
                                        "RE: PO PDA-3355 deposit", "Fri, 31 May 2024 10:05:00 +0800", _t)),
])

# p49: proforma invoice: PO acceptance is the production order; mass production on receipt of deposit.
case("p49_proforma_po_acceptance", ["RG012"],
     "proforma: 'your PO acceptance is our production order; mass production starts on receipt of 30% deposit'", [
    ("PI-HY-24-0933.pdf", pdf([
        ("h1", "PROFORMA INVOICE PI-HY-24-0933"),
        ("p", "Xiamen Haoyu Precision Plastics Co., Ltd. | To: Alpenbogen Ortho AG, Chur, Switzerland | Date: 2024-06-05"),
        ("p", "Your PO: 24-3402 (retainer case, prototype lot and series)."),
        ("table", [
            ["Line", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "Retainer case prototype lot", "25", "6.00", "150.00"],
            ["2", "Retainer case series (balance)", "2,475", "0.88", "2,178.00"],
            ["", "Total", "", "", "2,328.00"],
        ]),
        ("sp",),
        ("p", "Remarks:"),
        ("p", "1. Your PO acceptance is our production order: mass production of the balance starts on receipt of 30% T/T deposit."),
        ("p", "2. Balance payment 70% before shipment. Bank: Bank of China, Xiamen Branch, SWIFT BKCHCNBJ73A."),
        ("p", "3. Delivery: 25 days after deposit. FOB Xiamen."),
    ], title="PI-HY-24-0933", author="Xiamen Haoyu")),
])

# p50: WhatsApp: buyer answers "when can we start the main batch?" with "invoice paid, you're good to go".
case("p50_whatsapp_paid_good_to_go", ["RG002", "RG012"],
     "buyer: 'invoice for the samples is paid so you're good to go' in reply to 'when can we start the main batch?'", [
    ("WhatsApp_SCA_Clearform.txt", chat([
        "08/05/2024, 11:02 - Jack Thornton (SCA): Hi Lily, PO SCA-5602 sent by email: 50 sample cases only.",
        "08/05/2024, 11:03 - Jack Thornton (SCA): The rest of the 5,000 isn't released until our product team signs off the samples and I send you the written release.",
        "08/05/2024, 11:20 - Lily Chen (Ningbo Clearform): Noted Jack, 50 samples, ship 20 May",
        "10/06/2024, 15:44 - Lily Chen (Ningbo Clearform): Jack, samples delivered last week. When can we start the main batch?",
        "10/06/2024, 16:30 - Jack Thornton (SCA): Invoice for the samples is paid ✅ so you're good to go on your side!",
        "10/06/2024, 16:31 - Lily Chen (Ningbo Clearform): Great, thank you!! 🙏",
    ])),
])

# p52: supplier (German): down payment received, so series production starts as "agreed".
_t = ("Sehr geehrte Frau Imhof,\n\nvielen Dank - Ihre Anzahlung für die Druckklischees ist heute eingegangen.\n"
      "Damit starten wir wie vereinbart die Serie in KW 27 (1.000 Stk.).\n\n"
      "(EN: Thank you, your down payment for the printing plates arrived today. With this we start series production in CW 27 as agreed.)\n\n"
      "Mit freundlichen Grüßen\nSabine Berger\nInnendienst, Steriplus GmbH, Tuttlingen\nTel. +49 7461 555 120\n\n"
      "-----Ursprüngliche Nachricht-----\nVon: Regula Imhof <r.imhof@dpg-rhein.ch>\nGesendet: Dienstag, 4. Juni 2024 10:02\n"
      "Betreff: Bestellung DPG-24-0755\n\n"
      "> Diese Bestellung gibt nur das Musterlos von 200 Stk. frei. The remaining 1.000 Stk. are not released (balance on hold).\n"
      "> Release of the remaining quantity only in writing by me, Regula Imhof, Leiterin Einkauf, after our sample sign-off.\n"
      "> Freundliche Grüsse, Regula Imhof\n")
_h = ("<p>Sehr geehrte Frau Imhof,</p><p>vielen Dank &ndash; Ihre Anzahlung für die Druckklischees ist heute eingegangen. "
      "Damit starten wir wie vereinbart die Serie in KW 27 (1.000 Stk.).</p>"
      "<p><i>(EN: Thank you, your down payment for the printing plates arrived today. With this we start series production in CW 27 as agreed.)</i></p>"
      "<p>Mit freundlichen Grüßen<br>Sabine Berger<br>Innendienst, Steriplus GmbH</p>"
      "<blockquote>Diese Bestellung gibt nur das Musterlos von 200 Stk. frei. The remaining 1.000 Stk. are not released (balance on hold).<br>"
      "Release of the remaining quantity only in writing by me, Regula Imhof, Leiterin Einkauf, after our sample sign-off.</blockquote>")
case("p52_down_payment_series_start", ["RG012"],
     "supplier starts the 1.000 series because the down payment arrived; buyer's quoted scope holds it for a written release", [
    ("AW_Bestellung_DPG-24-0755.eml", mail("Sabine Berger <s.berger@steriplus.de>", "Regula Imhof <r.imhof@dpg-rhein.ch>",
                                           "AW: Bestellung DPG-24-0755 - Anzahlung", "Tue, 18 Jun 2024 15:30:00 +0200", _t, html=_h)),
])

# @@CASES-END@@


# =================================================================== MAIN
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(121121).shuffle(order)
    labels = {}
    for i, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h121_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({clean} clean, {len(CASES) - clean} with risks) -> {OUT}")


if __name__ == "__main__":
    main()
