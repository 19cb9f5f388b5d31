#!/usr/bin/env python3
"""Generator for the releasegate check_holdout83 corpus (solar mounting / balance-of-system).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout83/build.py

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
# reportlab's built-in Helvetica only covers Latin-1 (+ a few WinAnsi signs); Turkish letters
# outside it are transliterated in PDFs (EML/DOCX/HTML/TXT keep them).
_PDF_TR = str.maketrans({"Ş": "S", "ş": "s", "ı": "i", "İ": "I", "ğ": "g", "Ğ": "G"})


def _pdf_safe(s):
    return escape(str(s).translate(_PDF_TR))


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
            flow.append(Paragraph(_pdf_safe(b[1]), ss["Heading2"]))
        elif kind == "h1":
            flow.append(Paragraph(_pdf_safe(b[1]), ss["Title"]))
        elif kind == "p":
            flow.append(Paragraph(_pdf_safe(b[1]), ss["BodyText"]))
        elif kind == "pre":
            flow.append(Preformatted(str(b[1]).translate(_PDF_TR), ss["Code"]))
        elif kind == "sp":
            flow.append(Spacer(1, 10))
        elif kind == "table":
            rows = [[Paragraph(_pdf_safe(c), ss["BodyText"]) for c in r] for r in b[1]]
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
    m["Message-ID"] = msgid or f"<h83-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h83")
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




def txt(s):
    """Plain-text file body (str); dedent-free, normalised to a trailing newline."""
    return s.strip("\n") + "\n"


# =================================================================== CLEAN

# ---- shared people / companies -------------------------------------------------------------
SOLARVIA = "Solarvía EPC S.L."
OUTBACK = "Outback Sun Constructions Pty Ltd"
ATACAMA = "Atacama Renovables SpA"
KAROO = "Karoo Sun Power (Pty) Ltd"
MESA = "Mesa Verde Solar Developers LLC"
HUAXIN = "Ningbo Huaxin Solar Mounting Co., Ltd."
BRIGHT = "Xiamen Brightrack New Energy Co., Ltd."
GPILE = "Tianjin GroundPile Technology Co., Ltd."
GALVA = "Pune Galvastructures Pvt. Ltd."
AEE = "Ahmedabad Electro Enclosures Pvt. Ltd."
KONYA = "Konya Çelik Profil San. ve Tic. A.Ş."
BURSA = "Bursa Kablo Kanal San. Ltd. Şti."
NAVARRA = "Estructuras Solares Navarra S.L."
HPSOL = "Haiphong SolarTech Fabrication JSC"


# ---- c01: supplier quote with sample and production tiers (no authorization) ----------------
def _c01():
    qpdf = pdf([
        ("h1", "QUOTATION QH-2024-0871"),
        ("p", f"{HUAXIN} - No. 88 Binhai 2nd Road, Hangzhou Bay New Zone, Ningbo, Zhejiang, China"),
        ("p", f"To: {SOLARVIA}, Attn. Ms. Lucía Ferrer, Procurement. Project: PV La Solana 50 MWp (Badajoz)."),
        ("p", "Date: 2024-04-22. Validity: 30 days. Currency: EUR. Incoterms 2020: CIF Valencia."),
        ("table", [
            ["Item", "Description", "Qty", "Unit price EUR", "Remark"],
            ["1", "MC-35 mid clamp, AL6005-T5, anodized 12 um, incl. M8x25 A2-70 bolt", "24 pcs", "1.85", "Sample lot (mock-up row)"],
            ["2", "EC-35 end clamp, same spec", "12 pcs", "1.95", "Sample lot (mock-up row)"],
            ["3", "MC-35 mid clamp - production tier", "18,000 pcs", "0.62", "Price for production tier"],
            ["4", "EC-35 end clamp - production tier", "4,800 pcs", "0.71", "Price for production tier"],
        ]),
        ("sp",),
        ("p", "Lead time: samples 10 days after PO; production 25 days after buyer's written production order. "
              "Packing: 200 pcs/carton, 40 cartons/pallet, fumigation-free plywood pallet. "
              "Payment: samples T/T 100% before shipment; production 30% T/T, 70% against B/L copy or LC at sight."),
        ("p", "Note: prices of items 3-4 are based on aluminium LME 2,250 USD/t and can be adjusted if LME moves more than 5%."),
        ("p", "Kevin Zhang, Sales Manager - Overseas Dept."),
    ], title="Quotation QH-2024-0871", author="Kevin Zhang")
    body = (
        "Dear Ms. Lucía,\n\n"
        "Good day! Thanks for your inquiry of last week for La Solana project.\n\n"
        "Please find attached our quotation QH-2024-0871 for the MC-35 / EC-35 clamps. We show the sample "
        "lot for your mock-up row and the price of production tier separately, so you can compare with other "
        "bidders. Drawing HX-MC35 Rev 3 is also on our FTP, the bolt is now M8x25 as you asked.\n\n"
        "If any question about the anodizing thickness or the salt-spray report (ISO 9227, 1,000 h), "
        "please let me know, we can send the test report from SGS.\n\n"
        "Best regards\n"
        + sig("Kevin Zhang", "Sales Manager - Overseas Dept.", HUAXIN, "+86 574 8690 2211")
    )
    m = mail("Kevin Zhang <kevin.zhang@hx-solarmount.cn>", "Lucía Ferrer <lferrer@solarvia-epc.es>",
             "Quotation QH-2024-0871 MC-35/EC-35 clamps - La Solana", "Mon, 22 Apr 2024 10:14:00 +0800",
             body, attachments=[("QH-2024-0871.pdf", qpdf, PDF_MT)])
    case("c01_supplier_quote_tiers", [], "supplier quote with sample and production tiers; no authorization, so RG001 does not apply",
         [("QH-2024-0871_quotation.eml", m)])


_c01()


# ---- c02: WhatsApp: supplier asks for go-ahead, buyer answers with complete hold -------------
def _c02():
    chat = txt("""
[2024/05/14, 07:58:02] Pieter Botha: Morning all. Test screws offloaded at laydown area B yesterday, 40 pcs counted, no damage to the galv.
[2024/05/14, 08:12:33] Wang Lei (GroundPile): Hi Thabo, good morning. Do we have go-ahead for bal. 2,360 pcs GS-76x1600? Factory want to book galvanizing line for week 22.
[2024/05/14, 08:20:47] Thabo Mokoena: Morning Wang. No go-ahead yet, sorry.
[2024/05/14, 08:21:30] Thabo Mokoena: Only the 40 test screws are released on PO 7100-4418. The balance of 2,360 is NOT released, so please don't start it and don't buy tube or zinc for it.
[2024/05/14, 08:22:15] Thabo Mokoena: It stays on hold until the pull-out test report is signed off by Pieter, and after that Annelie sends you the written release. Only Annelie can release it.
[2024/05/14, 08:25:09] Wang Lei (GroundPile): Understood Thabo, we wait. Can I keep the galv slot as tentative?
[2024/05/14, 08:26:40] Thabo Mokoena: Tentative is fine as long as it costs us nothing 🙂
[2024/05/14, 09:03:12] Pieter Botha: Pull-out testing Thursday rows 3-5, 12 positions, 10 kN uplift and 6 kN lateral, torque log per screw. Geotech from SRK on site.
[2024/05/14, 09:10:55] Annelie van der Merwe: Confirming what Thabo said. Nothing beyond the 40 until my written release 👍
[2024/05/14, 09:11:20] Wang Lei (GroundPile): Noted with thanks 🙏
""")
    case("c02_whatsapp_goahead_question", [], "supplier asks for go-ahead; buyer answers 40 only, balance 2,360 on hold, event and named releaser",
         [("WhatsApp Chat - KSP Loeriesfontein screws.txt", chat)])


_c02()


# ---- c03: full-quantity PO with scoped "proceed" -------------------------------------------
def _c03():
    p = pdf([
        ("h1", "PURCHASE ORDER 4500031877"),
        ("p", f"Buyer: {MESA}, 2390 E Camelback Rd, Suite 400, Phoenix, AZ 85016, USA"),
        ("p", f"Supplier: {AEE}, Plot 114, GIDC Vatva, Ahmedabad 382445, Gujarat, India (vendor 200418)"),
        ("p", "Project: Saguaro Flats Solar, 120 MWac. PO date: 04/29/2024. Buyer: Brian Kowalski. Terms: Net 60. "
              "Incoterms 2020: FCA Nhava Sheva. Currency: USD."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit", "Unit price", "Extended"],
            ["10", "CB-24S-1500", "DC string combiner, 24 inputs, 1500 V, NEMA 4X, 400 A disconnect, SPD Type 2", "320", "EA", "1,184.00", "378,880.00"],
        ]),
        ("sp",),
        ("h", "Delivery schedule"),
        ("table", [
            ["Shipment", "Qty", "FCA date", "Site"],
            ["1", "120", "07/15/2024", "Saguaro Flats, blocks 1-4"],
            ["2", "100", "08/05/2024", "Saguaro Flats, blocks 5-8"],
            ["3", "100", "08/26/2024", "Saguaro Flats, blocks 9-12"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This PO is the complete quantity for Saguaro Flats: 320 combiner boxes. There is no sample stage on "
              "this PO (the pre-production unit was inspected and accepted under PO 4500030114) and no balance. "
              "Please proceed with manufacture of all 320 units to the schedule above."),
        ("p", "Documentation per shipment: routine test reports per UL 1741, packing list, certificate of origin. "
              "Labels per Mesa Verde spec MV-EL-012 rev 4."),
        ("p", "Authorized by: Brian Kowalski, Senior Buyer. Questions: bkowalski@mesaverdesolar.com"),
    ], pagesize=LETTER, title="PO 4500031877", author="Mesa Verde Solar Developers LLC")
    case("c03_full_qty_po_proceed", [], "full-quantity PO (320, no balance) with scoped 'proceed with all 320'",
         [("PO_4500031877.pdf", p)])


_c03()


# ---- c04: labelled forecast on procurement portal -----------------------------------------
def _c04():
    body = """
<h2>Outback Sun Constructions &mdash; Supplier Portal</h2>
<p>Supplier: <b>Haiphong SolarTech Fabrication JSC</b> (vendor 30077) &nbsp;|&nbsp; Logged in: minh.nv@hpsolartech.vn</p>
<h3>Rolling forecast &mdash; Q3/Q4 2024 (published 03 Jun 2024)</h3>
<div class="note"><b>NON-BINDING FORECAST.</b> This page is a rolling forecast for your capacity planning only.
It is not a purchase order, it does not authorise production or material purchases, and it creates no
liability for Outback Sun. Quantities are only authorised by a PO line plus a written release.</div>
<table>
<tr><th>Part</th><th>Description</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Dec</th></tr>
<tr><td>RL-4200</td><td>Module rail 4.2 m, AL6005-T5</td><td>1,800</td><td>2,400</td><td>2,400</td><td>3,000</td><td>1,200</td><td>0</td></tr>
<tr><td>MC-40</td><td>Mid clamp 30-40 mm</td><td>9,600</td><td>12,800</td><td>12,800</td><td>16,000</td><td>6,400</td><td>0</td></tr>
<tr><td>EC-40</td><td>End clamp 30-40 mm</td><td>2,400</td><td>3,200</td><td>3,200</td><td>4,000</td><td>1,600</td><td>0</td></tr>
<tr><td>SP-42</td><td>Rail splice kit</td><td>450</td><td>600</td><td>600</td><td>750</td><td>300</td><td>0</td></tr>
</table>
<p>Projects behind this forecast: Bundaberg West 38 MWdc (piling started), Emerald North 64 MWdc (financial close expected Aug).
Emerald quantities may move or drop out entirely.</p>
<p>Questions about the forecast: Kylie Nguyen, Procurement &mdash; kylie.nguyen@outbacksun.com.au &mdash; +61 7 3016 4420</p>
<p style="color:#777">Portal v5.2 &middot; Page generated 03/06/2024 06:00 AEST</p>
"""
    case("c04_portal_forecast", [], "rolling forecast clearly labelled non-binding, no authorization",
         [("supplier_portal_forecast_Q3Q4.html", html_page("Rolling forecast Q3/Q4 2024", body))])


_c04()


# ---- c05: DOCX mock-up sign-off, approved for fit check only -------------------------------
def _c05():
    d = docx_bytes([
        ("h1", "Registro de firma — Mock-up row sign-off"),
        ("p", f"{SOLARVIA} · Proyecto PV La Solana 50 MWp · Documento SV-LS-QA-031 rev 0"),
        ("p", f"Proveedor / Supplier: {HUAXIN}. PO 4500-117 (sample lot). Part: MC-35 mid clamp, drawing HX-MC35 Rev 3."),
        ("table", [
            ["Check", "Qty checked", "Result", "Comment"],
            ["Clamp fit on 35 mm frame (Jinko Tiger Neo)", "24", "OK", "torque 14 Nm, no frame deformation"],
            ["Anodizing thickness", "5", "OK", "13-15 um (spec >= 12 um)"],
            ["Bolt M8x25 A2-70 thread engagement", "24", "OK", ""],
            ["Grounding pin penetration", "10", "OK", "< 10 mOhm"],
        ]),
        ("sp",),
        ("h", "Disposition"),
        ("p", "Sample lot approved for fit check only; production not released."),
        ("p", "Scope of PO 4500-117 is the 24 sample mid clamps, all received. The production quantity of "
              "17,976 mid clamps is not released and stays on hold."),
        ("p", "Next step to unlock it: procurement issues PO 4500-117 rev 1 covering the production lines, and "
              "after that a written production release signed by Marta Soler, Head of Procurement. Until that "
              "written release exists the supplier must not start the 17,976 or buy aluminium for them."),
        ("p", "Firmado / signed: Javier Ortega, Structural Lead — 2024-05-20"),
    ], author="Javier Ortega")
    case("c05_docx_fitcheck_only", [], "sign-off record scoped 'fit check only; production not released', 24 qty, hold, revised PO + written release, Marta Soler",
         [("SV-LS-QA-031_mockup_signoff.docx", d)])


_c05()


# ---- c06: explicit recorded auto-conversion ------------------------------------------------
def _c06():
    text = (
        "Jason,\n\n"
        "PO 4500032210 is attached in our portal and summarised here so there is no doubt on scope.\n\n"
        "Part: BH-120 tracker bearing housing, drawing MV-TRK-0415 rev C.\n\n"
        "1. Released now: 16 FAI samples. Please build and ship these only.\n"
        "2. Auto-conversion (recorded, agreed with you on our call of May 2): if Ray Delgado (QA) signs the FAI "
        "report with the disposition 'accepted' under our procedure QP-08, that signature releases 1,200 "
        "housings for Block 1 by itself, with no further document needed from us.\n"
        "3. The remaining 3,584 housings (Blocks 2-4) are not released by the FAI or by this PO. They need a "
        "revised PO and a written release signed by Dana Whitfield, VP Supply Chain.\n"
        "4. Material authority: sample-only until the FAI signature; after it, material for the 1,200 Block 1 "
        "housings. Nothing for Blocks 2-4.\n\n"
        "Total project demand for reference: 4,800 housings (16 + 1,200 + 3,584).\n\n"
        "Thanks,\nBrian\n"
        + sig("Brian Kowalski", "Senior Buyer", MESA, "+1 602 555 0148")
    )
    html = ("<html><body><p>Jason,</p><p>PO 4500032210 is attached in our portal and summarised here so there is no doubt on scope.</p>"
            "<p>Part: BH-120 tracker bearing housing, drawing MV-TRK-0415 rev C.</p><ol>"
            "<li><b>Released now: 16 FAI samples.</b> Please build and ship these only.</li>"
            "<li><b>Auto-conversion (recorded, agreed with you on our call of May 2):</b> if Ray Delgado (QA) signs the FAI report "
            "with the disposition 'accepted' under our procedure QP-08, that signature releases 1,200 housings for Block 1 by itself, "
            "with no further document needed from us.</li>"
            "<li>The remaining <b>3,584 housings (Blocks 2-4) are not released</b> by the FAI or by this PO. They need a revised PO and a "
            "written release signed by Dana Whitfield, VP Supply Chain.</li>"
            "<li>Material authority: sample-only until the FAI signature; after it, material for the 1,200 Block 1 housings. Nothing for Blocks 2-4.</li>"
            "</ol><p>Total project demand for reference: 4,800 housings (16 + 1,200 + 3,584).</p><p>Thanks,<br>Brian</p>"
            "<p style='color:#666'>Brian Kowalski | Senior Buyer | Mesa Verde Solar Developers LLC | +1 602 555 0148</p></body></html>")
    m = mail("Brian Kowalski <bkowalski@mesaverdesolar.com>", "Jason Lin <jason.lin@brightrack.com.cn>",
             "PO 4500032210 BH-120 - scope, FAI and auto-conversion", "Fri, 03 May 2024 16:40:00 -0700",
             text, html=html, cc="Dana Whitfield <dwhitfield@mesaverdesolar.com>, Ray Delgado <rdelgado@mesaverdesolar.com>")
    case("c06_explicit_auto_conversion", [], "explicit recorded auto-conversion naming 1,200, signer and condition; rest on hold with revised PO + Dana Whitfield",
         [("PO_4500032210_scope.eml", m)])


_c06()


# ---- c07: call-off with explicit staged material authority ----------------------------------
def _c07():
    p = pdf([
        ("h1", "CALL-OFF / LLAMADO DE ENTREGA Nº 2"),
        ("p", f"{ATACAMA} — Av. Apoquindo 4501, piso 12, Las Condes, Santiago, Chile. RUT 76.918.442-3"),
        ("p", f"Proveedor: {KONYA} — Organize Sanayi Bölgesi, 42300 Konya, Türkiye"),
        ("p", "Frame PO / OC marco: 4500-88410. Proyecto: PFV Llano de Llampos II (Copiapó), 72 MWp. Fecha: 10-06-2024."),
        ("table", [
            ["Item", "Part", "Description", "Frame qty", "Released before", "Released by this call-off"],
            ["1", "ZP-150-2.0", "Z-purlin 150x2.0 mm, S350GD+Z275, L=6,100 mm", "4,000", "20 (call-off 1, samples)", "800"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This call-off releases 800 purlins for production and delivery (ETD Mersin 15-07-2024)."),
        ("p", "Material authority: staged. You may buy and slit coil for up to 2,400 purlins at Atacama's "
              "liability. Coil above 2,400 purlins' worth is at your own risk."),
        ("p", "The balance of 3,180 purlins is not released. It will be released only by call-off 3, which we "
              "issue after the on-site inspection of the first 800 (mock-up row + bolt torque check). Call-off 3 "
              "must be signed by Rodrigo Fuentes, Gerente de Abastecimiento."),
        ("p", "Documentos: certificado de galvanizado EN 10346, MTC 3.1, packing list por pallet."),
        ("p", "Emitido por: Camila Rojas, Compradora. Autorizado: Rodrigo Fuentes."),
    ], title="Call-off 2 4500-88410", author="Camila Rojas")
    case("c07_calloff_staged_material", [], "call-off releases 800; staged material authority up to 2,400 explicit; balance 3,180 on hold until call-off 3 signed by Rodrigo Fuentes",
         [("OC_4500-88410_calloff2.pdf", p)])


_c07()


# ---- c08: supplier: deposit does not release production (quoted buyer scope) --------------
def _c08():
    text = (
        "Dear Thabo,\n\n"
        "Greetings from Pune.\n\n"
        "We confirm receipt of USD 4,260.00 (30% advance) against our proforma PI/GS/24-25/118 on 6th June. "
        "Thank you for the quick remittance.\n\n"
        "Kindly note that, as per your PO, the advance does not release production. We are making only the "
        "24 sample rafters RF-3200 for the mock-up row. No material is being procured for the remaining "
        "quantity; we will wait for the written release from Ms. Annelie.\n\n"
        "Sample dispatch plan: galvanizing 14/06, packing 17/06, airfreight BOM-CPT 19/06 via Emirates SkyCargo.\n\n"
        "Thanks & Regards,\n"
        + sig("Rajesh Kulkarni", "Manager - Export Sales", GALVA, "+91 20 2712 4480")
        + "\n\n-----Original Message-----\nFrom: Thabo Mokoena <thabo.m@karoosun.co.za>\nSent: 04 June 2024 15:22\n"
        "Subject: PO 7100-4432 - rafters RF-3200 - sample lot\n\n"
        "> Hi Rajesh,\n>\n"
        "> PO 7100-4432 covers 24 sample rafters (RF-3200, drawing KSP-STR-044 rev B) for the mock-up row only.\n"
        "> The remaining 2,376 rafters are not released. They will only be released by a written release from\n"
        "> Annelie van der Merwe (Procurement Lead) after the mock-up row sign-off by our site engineer.\n"
        "> Please invoice the 30% advance on the sample lot plus jig cost.\n>\n"
        "> Cheers\n> Thabo\n"
    )
    m = mail("Rajesh Kulkarni <rajesh.k@galvastructures.in>", "Thabo Mokoena <thabo.m@karoosun.co.za>",
             "RE: PO 7100-4432 - rafters RF-3200 - sample lot", "Fri, 07 Jun 2024 11:05:00 +0530", text,
             cc="Annelie van der Merwe <annelie.vdm@karoosun.co.za>", in_reply_to="<h83-ksp-4432@karoosun.co.za>")
    case("c08_deposit_not_release", [], "supplier says advance does not release production; quoted buyer PO has 24, hold 2,376, event, Annelie",
         [("RE_PO_7100-4432_advance.eml", m)])


_c08()


# ---- c09: supplier acknowledgement restating the hold -------------------------------------
def _c09():
    text = (
        "Dear Kylie,\n\n"
        "Thank you for PO OSC-PO-24-0519. We acknowledge the scope as written:\n\n"
        "- 36 sample end clamps EC-40 (drawing OSC-MS-207 rev 2), for your mock-up row at Bundaberg West.\n"
        "- The balance of 11,964 pcs is not released. We will not start it and will not buy aluminium for it "
        "until we receive a written release signed by Mr. Darren Pike, after your mock-up row sign-off.\n\n"
        "Samples ex-works 21 June, DHL to site. We will send the anodizing report (AAMA 2604) with the parcel.\n\n"
        "Best regards,\nMinh\n"
        + sig("Nguyen Van Minh", "Sales Engineer", HPSOL, "+84 225 3741 990")
        + "\n\nOn Tue, 11 Jun 2024 at 09:02, Kylie Nguyen <kylie.nguyen@outbacksun.com.au> wrote:\n"
        "> Hi Minh,\n"
        "> PO OSC-PO-24-0519 attached. Scope note from the PO:\n"
        "> \"Active quantity: 36 sample EC-40 end clamps. Balance on hold: 11,964 pcs, not released.\n"
        "> Unlock: mock-up row sign-off by our site manager, then a written release from Darren Pike,\n"
        "> Procurement Manager. Material authority: sample-only. Production quantity: firm (12,000 total).\"\n"
        "> Please acknowledge.\n> Kylie\n"
    )
    m = mail("Nguyen Van Minh <minh.nv@hpsolartech.vn>", "Kylie Nguyen <kylie.nguyen@outbacksun.com.au>",
             "RE: PO OSC-PO-24-0519 EC-40 end clamps - acknowledgement", "Wed, 12 Jun 2024 14:30:00 +0700", text,
             in_reply_to="<h83-osc-0519@outbacksun.com.au>")
    case("c09_supplier_ack_hold", [], "supplier acknowledgement restates 36 samples, 11,964 on hold, mock-up + written release by Darren Pike",
         [("RE_OSC-PO-24-0519_ack.eml", m)])


_c09()


# ---- c10: ERP printout, full quantity, identifiers that look like quantities ----------------
def _c10():
    erp = txt("""
IBERIA SOLAR DISTRIBUCION S.A.          PEDIDO DE COMPRA / PURCHASE ORDER        PAG. 1/1
C/ Dels Gremis 14, 46014 VALENCIA       NUM.PEDIDO: 4500012000   FECHA: 08.05.2024
CIF A-46.112.990                         COMPRADOR: S.NAVARRO      MONEDA: EUR
------------------------------------------------------------------------------------------
PROVEEDOR: 100341 ESTRUCTURAS SOLARES NAVARRA S.L.  POL.IND. MUGAZURI 7  31160 ORKOIEN
------------------------------------------------------------------------------------------
POS  MATERIAL            DESCRIPCION                          CANT  UN   PRECIO     IMPORTE
0010 ESN-4000-250-80     ESCUADRA UNION 250X80 S355 HDG         10  UD    14,20      142,00
     PLANO DRW 3100 REV 12 / EN 1090-2 EXC2 / GALV. ISO 1461:2009 MIN 85 UM
     TORNILLERIA M10X1.5 8.8 HDG DIN 933 INCLUIDA
0020 ESN-KIT-1500        KIT EMPALME CORREA C-150 (REPUESTO)     6  UD    22,90      137,40
     PLANO DRW 3150 REV 4
------------------------------------------------------------------------------------------
                                                     TOTAL NETO EUR             279,40
                                                     IVA 21%                     58,67
                                                     TOTAL EUR                  338,07
------------------------------------------------------------------------------------------
TEXTO CABECERA:
PEDIDO COMPLETO DE REPUESTOS PARA ALMACEN VALENCIA (STOCK SERVICIO). NO HAY FASE DE
MUESTRAS NI CANTIDADES POSTERIORES. / COMPLETE SPARES ORDER, NO SAMPLE STAGE AND NO
FURTHER QUANTITIES. PLEASE PROCEED WITH THE QUANTITIES LISTED (10 UD + 6 UD).
ENTREGA: 24.05.2024 PORTES PAGADOS. HORARIO MUELLE 8:00-14:00. REF. ALBARAN OBLIGATORIA.
CONDICIONES: 60 DIAS F.F. / NORMA ISO 9001:2015 PROVEEDOR HOMOLOGADO.
------------------------------------------------------------------------------------------
IMPRESO: 08.05.2024 10:41  USUARIO: SNAVARRO  SAP R/3 ME9F
""")
    case("c10_erp_spares_full_qty", [], "complete spares PO (10 + 6), identifiers like 4000-250-80, DRW 3100 REV 12, ISO 1461:2009, 85 um; no balance",
         [("ME9F_4500012000.txt", erp)])


_c10()


# ---- c11: multi-file: ERP sample PO with full hold + supplier quote ------------------------
def _c11():
    erp = txt("""
SOLARVIA EPC S.L.                 PURCHASE ORDER                     PO 4500-124
Paseo de la Castellana 141, 28046 Madrid                  DATE 2024-05-06  REV 0
VENDOR 300512 KONYA CELIK PROFIL SAN. VE TIC. A.S.        BUYER L.FERRER
PROJECT PV LA SOLANA 50 MWP                               CURR EUR  INCOTERMS CIF VLC
----------------------------------------------------------------------------------
LN  PART          DESCRIPTION                         QTY  UOM   UNIT EUR     TOTAL
10  R-4400-S      MODULE RAIL 4400MM S350GD+ZM310     40  EA      18.40    736.00
                  SAMPLE - MOCK-UP ROW. DRW KCP-R44 REV 2
----------------------------------------------------------------------------------
PO NOTE:
ONLY THE 40 EA ON LINE 10 ARE RELEASED. THE QUOTED PRODUCTION QTY OF 9,600 EA
(QUOTE KCP-Q-24117) IS FOR INFORMATION ONLY AND IS NOT RELEASED.
UNLOCK: MOCK-UP ROW SIGN-OFF BY J. ORTEGA (STRUCTURAL LEAD), THEN A WRITTEN
PRODUCTION RELEASE SIGNED BY MARTA SOLER, HEAD OF PROCUREMENT.
MATERIAL AUTHORITY: SAMPLE-ONLY. PRODUCTION QTY BASIS: FIRM, SUBJECT TO RELEASE.
----------------------------------------------------------------------------------
DELIVERY: SITE LA SOLANA, CTRA. EX-310 KM 12, BADAJOZ. CONTACT SITE 0034 924 118 200
""")
    q = pdf([
        ("h1", "TEKLİF / QUOTATION KCP-Q-24117"),
        ("p", f"{KONYA} - to {SOLARVIA}, attn. Lucía Ferrer. Date 26.04.2024."),
        ("table", [
            ["Pos", "Product", "Quantity", "Price EUR/pc", "Lead time"],
            ["1", "R-4400-S module rail, ZM310, sample", "40 pcs", "18.40", "2 weeks"],
            ["2", "R-4400-S module rail, ZM310, production", "9,600 pcs", "11.95", "5 weeks from production order"],
        ]),
        ("sp",),
        ("p", "Steel: S350GD + ZM310 (Magnelis) 2.0 mm. Tolerances EN 10162. Packing: 120 pcs/bundle, steel strapping, timber bearers."),
        ("p", "Payment: 30% advance, 70% CAD. Validity 45 days. Emre Yıldız, Export Manager."),
    ], title="KCP-Q-24117", author="Emre Yildiz")
    case("c11_erp_po_plus_quote", [], "multi-file: ERP PO releases 40 only, quote's 9,600 declared informational/not released; event + Marta Soler",
         [("PO_4500-124.txt", erp), ("KCP-Q-24117.pdf", q)])


_c11()


# ---- c12: forwarded old quote declared informational --------------------------------------
def _c12():
    old = mail("Selin Aydın <selin.aydin@bursakablokanal.com.tr>", "Kylie Nguyen <kylie.nguyen@outbacksun.com.au>",
               "Offer BKK-2023-0412 perforated cable tray CT-300", "Tue, 14 Nov 2023 10:00:00 +0300",
               "Dear Kylie,\n\nAs discussed, our offer for 5,000 lengths CT-300 perforated cable tray, 3 m, HDG after fabrication "
               "(EN ISO 1461), with couplers and M6 hardware: EUR 21.80 per length, FOB Gemlik. Lead time 6 weeks.\n\n"
               "Kind regards,\nSelin\n" + sig("Selin Aydın", "Export Sales", BURSA, "+90 224 411 3270"),
               msgid="<bkk-2023-0412@bursakablokanal.com.tr>")
    text = (
        "Hi Selin,\n\n"
        "Forwarding your Nov 2023 offer below for pricing reference only. The 5,000 lengths in it are informational "
        "and are not released - that was the old Bundaberg scope, before the re-design.\n\n"
        "Current authorisation on PO OSC-PO-24-0602 stays as it is: 12 sample lengths of CT-300 for the "
        "substation trench mock-up. Everything beyond those 12 is on hold until Mick Travers signs off the trench "
        "mock-up and Darren Pike sends you a written release.\n\n"
        "Can you confirm the 2023 price still holds for HDG after fab? Zinc has moved a bit since.\n\n"
        "Cheers,\nKylie\n"
        + sig("Kylie Nguyen", "Procurement Officer", OUTBACK, "+61 7 3016 4420")
    )
    m = mail("Kylie Nguyen <kylie.nguyen@outbacksun.com.au>", "Selin Aydın <selin.aydin@bursakablokanal.com.tr>",
             "FW: Offer BKK-2023-0412 perforated cable tray CT-300", "Mon, 17 Jun 2024 08:45:00 +1000", text,
             attachments=[("rfc822", old)], cc="Darren Pike <darren.pike@outbacksun.com.au>")
    case("c12_forward_old_quote_info", [], "forwarded 2023 quote for 5,000 declared informational, not released; 12 samples, hold, mock-up + Darren Pike",
         [("FW_Offer_BKK-2023-0412.eml", m)])


_c12()


# ---- c13: supplier assumes auto-conversion in quoted text, buyer corrects -----------------
def _c13():
    text = (
        "Jason -\n\n"
        "No, please don't. Sample sign-off does not release production.\n\n"
        "Only the 15 sample damper brackets DB-60 on PO 4500032455 are released. The 3,000 production "
        "brackets stay on hold until Dana Whitfield issues a written release, and she will only do that after "
        "Ray has signed off the samples. Please don't book steel for the 3,000 either.\n\n"
        "If the ship date is at risk because of this, tell me how many days and I'll take it up with the site.\n\n"
        "Brian\n"
        + sig("Brian Kowalski", "Senior Buyer", MESA, "+1 602 555 0148")
        + "\n\nFrom: Jason Lin <jason.lin@brightrack.com.cn>\nSent: Tuesday, June 18, 2024 9:12 PM\n"
        "Subject: DB-60 samples + schedule\n\n"
        "> Dear Brian,\n> 15 pcs samples DB-60 finished, shipping tomorrow by FedEx, AWB will follow.\n"
        "> To hold your ship date, we will roll straight into the 3,000 damper brackets after your OK on the\n"
        "> samples, no need new document. Please kindly confirm.\n> Best regards, Jason\n"
    )
    m = mail("Brian Kowalski <bkowalski@mesaverdesolar.com>", "Jason Lin <jason.lin@brightrack.com.cn>",
             "RE: DB-60 samples + schedule", "Tue, 18 Jun 2024 07:40:00 -0700", text,
             cc="Dana Whitfield <dwhitfield@mesaverdesolar.com>", in_reply_to="<brt-db60-0618@brightrack.com.cn>")
    case("c13_buyer_corrects_quoted_autoconv", [], "quoted supplier assumes auto-conversion; buyer reply: 15 only, 3,000 on hold, written release by Dana Whitfield after sign-off",
         [("RE_DB-60_samples_schedule.eml", m)])


_c13()


# ---- c14: DOCX technical query with table, no authorization ------------------------------
def _c14():
    d = docx_bytes([
        ("h1", "Technical Query TQ-017"),
        ("p", f"From: {KONYA} (Emre Yıldız). To: {ATACAMA} (Ing. Felipe Araya). Date: 29.05.2024."),
        ("p", "Project: PFV Llano de Llampos II. Subject: torque tube clamp TC-120, drawing DWG-TT-220 Rev C."),
        ("table", [
            ["No.", "Question (supplier)", "Proposal (supplier)", "Response (Atacama engineering)"],
            ["1", "Hole Ø14 at 220 mm pitch clashes with weld seam of TT-120 tube on 3 of 10 trial fits.",
             "Change to slot 14x22 mm.", "Accepted. Slot 14x22 mm. DWG-TT-220 will be re-issued as IFC Rev D."],
            ["2", "Bolt grade M12 8.8 HDG per ISO 10684 or 10.9 zinc-flake?",
             "8.8 HDG, ISO 10684, nut grade 8.", "8.8 HDG per ISO 10684. No change."],
            ["3", "Coating on clamp: HDG per ISO 1461 (85 um) or pre-galv Z600?",
             "ISO 1461 after fabrication.", "ISO 1461 after fabrication, min. 85 um local."],
            ["4", "Marking: part number stamped or label?", "Stamp TC-120-D on flange.", "Stamp TC-120-D plus heat number."],
        ]),
        ("sp",),
        ("p", "Note from Atacama: this TQ answers technical points only. It does not change quantities, "
              "delivery dates or the PO scope. Rev D will be sent by document control with transmittal TR-LL2-088."),
        ("p", "Ing. Felipe Araya, Ingeniero de Estructuras, Atacama Renovables SpA"),
    ], author="Felipe Araya")
    case("c14_docx_tq_technical", [], "technical query table (slot, bolt grade, ISO 1461), answers technical only, no authorization",
         [("TQ-017_torque_tube_clamp.docx", d)])


_c14()


# ---- c15: HTML portal call-off 2 on a blanket PO with complete hold ------------------------
def _c15():
    body = """
<h2>Outback Sun Constructions &mdash; Purchase Order Portal</h2>
<p>Blanket PO <b>OSC-BPO-24-011</b> &middot; Supplier: Haiphong SolarTech Fabrication JSC &middot; Part MC-40 mid clamp 30-40 mm, drawing OSC-MS-206 rev 3</p>
<h3>Call-off 2 &mdash; issued 24/06/2024</h3>
<table>
<tr><th>Call-off</th><th>Qty</th><th>Status</th><th>Delivery</th></tr>
<tr><td>1 (samples, mock-up row)</td><td>60</td><td>Delivered 02/06, signed off 14/06</td><td>Bundaberg West</td></tr>
<tr><td>2</td><td>5,000</td><td>Released by this call-off</td><td>ETA Brisbane 05/08, then site</td></tr>
<tr><td>Balance of blanket</td><td>14,940</td><td>Not released &mdash; on hold</td><td>&ndash;</td></tr>
<tr><td><b>Blanket total</b></td><td><b>20,000</b></td><td></td><td></td></tr>
</table>
<div class="note">
<p><b>Scope.</b> This call-off releases 5,000 MC-40 clamps for production and shipment. Material authority for this call-off: up to 5,000 clamps.</p>
<p>The balance of 14,940 is not released. It is released only by the next call-off (call-off 3), which we issue once Block 2 piling is complete.
Call-offs are signed by Darren Pike, Procurement Manager &mdash; no other signature releases quantity.</p>
</div>
<p>Contact: Kylie Nguyen &middot; kylie.nguyen@outbacksun.com.au &middot; +61 7 3016 4420</p>
"""
    case("c15_portal_calloff2", [], "call-off 2 releases 5,000 of 20,000 blanket; balance 14,940 on hold until call-off 3 signed by Darren Pike",
         [("OSC-BPO-24-011_calloff2.html", html_page("OSC-BPO-24-011 call-off 2", body))])


_c15()


# ---- c16: delivery schedule PDF, forecast columns labelled, released column explicit -------
def _c16():
    p = pdf([
        ("h1", "PROGRAMA DE ENTREGAS / SITE DELIVERY SCHEDULE"),
        ("p", f"{SOLARVIA} — PV Las Cabezas 80 MWp (Sevilla). Proveedor: {NAVARRA}. Ref. PO 4500-152 rev 2. Fecha 2024-06-03."),
        ("p", "Part: TB-90 torque tube bearing bracket, drawing ESN-TB90 Rev F (IFC)."),
        ("table", [
            ["MW block", "Planning qty (forecast)", "Released qty", "Release ref.", "Site delivery"],
            ["Block 1 (0-13 MWp)", "-", "1,100", "PR-LC-01 (2024-05-28)", "wk 27"],
            ["Block 2", "1,100", "0", "-", "wk 31 (planning)"],
            ["Block 3", "1,100", "0", "-", "wk 35 (planning)"],
            ["Block 4", "1,100", "0", "-", "wk 39 (planning)"],
            ["Block 5", "1,100", "0", "-", "wk 43 (planning)"],
            ["Block 6", "1,100", "0", "-", "wk 47 (planning)"],
        ]),
        ("sp",),
        ("p", "The 'Planning qty (forecast)' column is for capacity planning only. It is not a release and "
              "creates no liability. Only the 'Released qty' column authorizes production."),
        ("p", "Released now: 1,100 brackets for Block 1 (release PR-LC-01). Blocks 2-6 (5,500 brackets) are "
              "not released. Each block is released by its own written release, issued after lot acceptance of "
              "the previous block's delivery on site. Releases are signed by Marta Soler, Head of Procurement."),
        ("p", "Material authority: material for the 1,100 released brackets only."),
        ("p", "Contacto logística: Lucía Ferrer, +34 91 204 7781. Descarga en obra L-V 7:30-15:00, grúa en obra."),
    ], title="Delivery schedule PV Las Cabezas", author="Lucia Ferrer")
    case("c16_pdf_schedule_forecast_cols", [], "delivery schedule: forecast columns labelled planning-only, 1,100 released, 5,500 on hold by block lot acceptance + Marta Soler",
         [("Programa_entregas_PV_Las_Cabezas.pdf", p)])


_c16()


# ---- c17: AU site WhatsApp group: fit-only sign-off, don't start the rest --------------------
def _c17():
    chat = txt("""
[28/06/2024, 6:41:10 am] Mick Travers: Morning team. Mock-up row at Bundaberg West done yesterday arvo, 60 sample rails on, clamps torqued, modules sitting nice.
[28/06/2024, 6:42:55 am] Mick Travers: Signed off for fit only. Photos in the Aconex folder.
[28/06/2024, 7:15:31 am] Minh (HP SolarTech): Thank you Mick! Is this green light for the rest of rails?
[28/06/2024, 7:20:02 am] Kylie Nguyen: Hi Minh - not yet mate. Don't start the rest.
[28/06/2024, 7:21:48 am] Kylie Nguyen: Only the 60 sample rails were released on OSC-PO-24-0511. The other 2,940 rails stay on hold - not released - until Darren sends you the written release, and he's waiting on the revised PO to be issued first.
[28/06/2024, 7:22:30 am] Kylie Nguyen: Should be next week, I'll chase finance.
[28/06/2024, 7:30:12 am] Darren Pike: Yep. Written release comes from me, nobody else. Hold tight Minh.
[28/06/2024, 7:31:05 am] Minh (HP SolarTech): Understood, we hold. No material order for 2,940 until your release.
[28/06/2024, 8:02:47 am] Mick Travers: FYI wet weather forecast Tue-Wed, laydown B will be boggy, deliveries to gate 2 only.
""")
    case("c17_au_site_chat_fit_only", [], "site chat: fit-only sign-off, supplier asks about green light (question), buyer: 60 only, 2,940 on hold, revised PO + Darren Pike",
         [("WhatsApp Chat - Bundaberg West Structures.txt", chat)])


_c17()


# ---- c18: Chilean interim sign-off, European number format, multipart/alternative ---------
def _c18():
    text = (
        "Estimado Kevin / Dear Kevin,\n\n"
        "Following the review of the 20 TT-120 torque tube clamp samples (informe QC-LL2-014), our decision is an "
        "interim sign-off:\n\n"
        "- You may produce max. 300 pcs of the 4.800 pcs order, to be finished before 15/07/2024. "
        "This limit is because galvanizing thickness on 3 samples was 71-78 µm, below the 85 µm local minimum, "
        "and we need the re-test.\n"
        "- The remaining 4.500 pcs are not released (no liberados). They stay on hold until the final sign-off "
        "after the re-test, and then the written release signed by Rodrigo Fuentes, Gerente de Abastecimiento.\n"
        "- Material: only for the 300 pcs.\n\n"
        "Please send 5 re-test coupons with the next DHL to Santiago. Any question, call me.\n\n"
        "Saludos cordiales,\nCamila Rojas\nCompradora Senior — Atacama Renovables SpA\n+56 2 2940 7712\n"
    )
    html = ("<html><body><p>Estimado Kevin / Dear Kevin,</p>"
            "<p>Following the review of the 20 TT-120 torque tube clamp samples (informe QC-LL2-014), our decision is an <b>interim sign-off</b>:</p><ul>"
            "<li>You may produce <b>max. 300 pcs</b> of the 4.800 pcs order, to be finished before 15/07/2024. This limit is because galvanizing "
            "thickness on 3 samples was 71-78 &micro;m, below the 85 &micro;m local minimum, and we need the re-test.</li>"
            "<li>The remaining <b>4.500 pcs are not released</b> (no liberados). They stay on hold until the final sign-off after the re-test, "
            "and then the written release signed by Rodrigo Fuentes, Gerente de Abastecimiento.</li>"
            "<li>Material: only for the 300 pcs.</li></ul>"
            "<p>Please send 5 re-test coupons with the next DHL to Santiago. Any question, call me.</p>"
            "<p>Saludos cordiales,<br>Camila Rojas<br>Compradora Senior &mdash; Atacama Renovables SpA<br>+56 2 2940 7712</p></body></html>")
    m = mail("Camila Rojas <crojas@atacamarenovables.cl>", "Kevin Zhang <kevin.zhang@hx-solarmount.cn>",
             "OC 4500-88502 TT-120 - interim sign-off / firma provisoria", "Thu, 04 Jul 2024 18:22:00 -0400",
             text, html=html, cc="Rodrigo Fuentes <rfuentes@atacamarenovables.cl>")
    case("c18_interim_signoff_eu_numbers", [], "interim sign-off: max 300 of 4.800 until date; 4.500 not released until final sign-off + Rodrigo Fuentes; EU number format",
         [("OC_4500-88502_firma_provisoria.eml", m)])


_c18()


# ---- c19: US sample PO with complete scope note ---------------------------------------------
def _c19():
    p = pdf([
        ("h1", "PURCHASE ORDER 4500032388"),
        ("p", f"Buyer: {MESA}, Phoenix, AZ. Supplier: {GALVA}, Chakan MIDC Phase II, Pune 410501, India."),
        ("p", "Project: Cholla Ridge Solar 96 MWdc. PO date 05/21/2024. Buyer: Brian Kowalski. Terms: Net 45. FCA Nhava Sheva."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Scope", "Unit price USD"],
            ["10", "TTB-90", "Torque tube bearing bracket, S355, HDG ASTM A123, dwg MV-TRK-0390 rev B", "20", "Sample (FAI)", "46.00"],
        ]),
        ("sp",),
        ("h", "PO scope note"),
        ("p", "1. Active quantity: 20 FAI sample brackets (line 10). Build and ship these only."),
        ("p", "2. Balance on hold: the balance of 3,980 brackets is not released by this PO."),
        ("p", "3. What to do now: make the 20 samples, submit the FAI package (AS9102-style form MV-Q-11, "
              "dimensional report, coating thickness, MTC), then wait."),
        ("p", "4. Unlock event: FAI sign-off by Ray Delgado (QA), followed by a written production release. "
              "The release authority is Dana Whitfield, VP Supply Chain (limit USD 250,000)."),
        ("p", "Material authority: sample-only. Production quantity basis: forecast (4,000 brackets total, may change)."),
        ("p", "Ship samples by air, DAP Phoenix, at supplier's cost."),
    ], pagesize=LETTER, title="PO 4500032388", author="Brian Kowalski")
    case("c19_us_sample_po_scope_note", [], "sample PO with four-part scope note: 20 active, 3,980 on hold, FAI + written release, Dana Whitfield; forecast basis labelled",
         [("PO_4500032388.pdf", p)])


_c19()


# ---- c20: supplier status report (non-authorizing), HTML attachment, question ------------
def _c20():
    rep = html_page("Status report wk 26", """
<h3>Ahmedabad Electro Enclosures &mdash; weekly status, week 26/2024</h3>
<p>Customer: Karoo Sun Power (Pty) Ltd &middot; PO 7100-4470 &middot; CB-12S-1000 string combiner boxes</p>
<table>
<tr><th>Item</th><th>Status</th><th>Date</th></tr>
<tr><td>4 pre-production boxes</td><td>FAT done, shipped DHL AWB 52 1188 4410</td><td>24/06</td></tr>
<tr><td>FAT report + IR scan</td><td>Sent to Mr. Pieter Botha</td><td>25/06</td></tr>
<tr><td>Production quantity</td><td>Not started. No material ordered (enclosures, copper busbar, fuses).</td><td>&ndash;</td></tr>
</table>
<p>We will order material only after your written release.</p>
""")
    text = (
        "Dear Thabo,\n\n"
        "Please find our weekly status for PO 7100-4470 attached.\n\n"
        "The 4 pre-production combiner boxes left Ahmedabad on 24/06 and should reach Cape Town on Friday. "
        "We have not ordered any material for the production quantity; enclosures from Rittal have 4 weeks "
        "lead time, so we would request your feedback on the FAT report as early as possible.\n\n"
        "One question: can we expect a decision on the production release before 15 July? This will help us "
        "plan our assembly line.\n\n"
        "Regards,\nNikhil\n"
        + sig("Nikhil Shah", "Business Development Manager", AEE, "+91 79 2583 1190")
    )
    m = mail("Nikhil Shah <nikhil.shah@aeenclosures.in>", "Thabo Mokoena <thabo.m@karoosun.co.za>",
             "Weekly status wk 26 - PO 7100-4470 combiner boxes", "Wed, 26 Jun 2024 12:10:00 +0530", text,
             attachments=[("AEE_status_wk26.html", rep, "text/html")])
    case("c20_supplier_status_report", [], "supplier status report: samples shipped, no material for production, asks about timing (question); non-authorizing",
         [("Weekly_status_wk26_PO_7100-4470.eml", m)])


_c20()


# ---- c21: DOCX release letter covering the complete remaining quantity ----------------------
def _c21():
    d = docx_bytes([
        ("h1", "Production release PR-LS-07"),
        ("p", f"{SOLARVIA} — Paseo de la Castellana 141, 28046 Madrid"),
        ("p", f"To: {HUAXIN}, attn. Kevin Zhang. Date: 2024-06-10."),
        ("table", [
            ["Field", "Value"],
            ["Order", "MC-35 mid clamp, drawing HX-MC35 Rev 3"],
            ["PO", "4500-117 rev 1 (production lines issued 2024-06-05)"],
            ["Quantity released", "17,976 pcs"],
            ["Unlock event", "Mock-up row sign-off SV-LS-QA-031 (2024-05-20)"],
            ["Authorized by", "Marta Soler, Head of Procurement"],
            ["Material authority", "Material for the 17,976 released pcs"],
        ]),
        ("sp",),
        ("p", "With this letter the 17,976 MC-35 mid clamps of PO 4500-117 rev 1 are released for production. "
              "Together with the 24 sample clamps already delivered, this release covers the complete quantity "
              "of the order (18,000). Nothing remains on hold."),
        ("p", "Deliveries per site delivery schedule rev 3: 6,000 pcs wk 28, 6,000 pcs wk 30, 5,976 pcs wk 32, CIF Valencia."),
        ("p", "Marta Soler — Head of Procurement — +34 91 204 7700"),
    ], author="Marta Soler")
    case("c21_docx_release_complete", [], "written release of the complete remaining 17,976 (18,000 total), event and signer named; no balance",
         [("PR-LS-07_production_release.docx", d)])


_c21()


# ---- c22: multi-file: Spanish PO with 1.200 uds + English email with 1,200 pcs -------------
def _c22():
    p = pdf([
        ("h1", "PEDIDO DE COMPRA 4500-131"),
        ("p", f"{SOLARVIA} — Proveedor: {NAVARRA}, Pol. Ind. Mugazuri 7, 31160 Orkoien (Navarra)."),
        ("p", "Proyecto: PV Montehermoso 40 MWp (Cáceres), bloque 3. Fecha: 12.06.2024. Comprador: Lucía Ferrer."),
        ("table", [
            ["Pos.", "Material", "Descripción", "Cantidad", "Precio unit. EUR", "Importe EUR"],
            ["10", "PH-W6-3200", "Pilote hincado W6x9, L=3.200 mm, S355JR, galv. ISO 1461 (85 µm)", "1.200 uds", "38,60", "46.320,00"],
        ]),
        ("sp",),
        ("p", "Pedido completo para el bloque 3: 1.200 uds. Sin fase de muestras (el pilote ya se validó con el "
              "pull-out test de Montehermoso bloque 1). No hay saldo pendiente ni cantidades posteriores en este pedido."),
        ("p", "Entregas: 400 uds semana 27, 400 uds semana 28, 400 uds semana 29. Camión completo, descarga con grúa del proveedor."),
        ("p", "Condiciones de pago: 60 días fecha factura. Normativa: EN 1090-2 EXC2, CE."),
    ], title="Pedido 4500-131", author="Lucia Ferrer")
    text = (
        "Hi Iñaki,\n\n"
        "For your English-speaking logistics team (and the haulier), a short summary of PO 4500-131 attached:\n\n"
        "- 1,200 driven piles PH-W6-3200 (W6x9, 3,200 mm long), the full quantity for Block 3. No sample stage, no balance.\n"
        "- Please proceed with the 1,200 piles per the delivery plan: 400 in week 27, 400 in week 28, 400 in week 29.\n"
        "- Site contact for unloading: Andrés, +34 650 118 904. Gate closes 15:00.\n\n"
        "Gracias,\nLucía\n"
        + sig("Lucía Ferrer", "Compradora / Procurement", SOLARVIA, "+34 91 204 7781")
    )
    m = mail("Lucía Ferrer <lferrer@solarvia-epc.es>", "Iñaki Etxeberria <inaki.e@esnavarra.es>",
             "PO 4500-131 Montehermoso block 3 piles - summary in English", "Wed, 12 Jun 2024 13:05:00 +0200", text)
    case("c22_eu_number_format_full_po", [], "multi-file: full PO '1.200 uds' (Spanish format) and email '1,200 piles' are the same quantity; full qty, no balance",
         [("Pedido_4500-131.pdf", p), ("PO_4500-131_summary.eml", m)])


_c22()


# ---- c23: stop notice as DOCX attachment -----------------------------------------------------
def _c23():
    d = docx_bytes([
        ("h1", "STOP NOTICE SN-KSP-003"),
        ("p", f"From: {KAROO}, 17 Loop Street, Cape Town 8001. To: {GALVA}."),
        ("p", "Order: PO 7100-4432, rafter RF-3200, drawing KSP-STR-044 rev B. Date: 01 July 2024."),
        ("h", "Stop"),
        ("p", "Stop all work on this order with immediate effect. Nothing more may start, released or not, until "
              "this stop is lifted in writing."),
        ("p", "Active quantity: the 24 sample rafters already galvanized may be packed and shipped. No other rafter may be "
              "cut, punched or galvanized. The balance of 2,376 rafters remains not released."),
        ("p", "Reason: site measured coating thickness 62-70 µm on 4 of the 24 samples (ISO 1461 requires 70 µm local "
              "minimum for 3-6 mm steel)."),
        ("p", "Lifting the stop: after we receive and review a coating re-test report from an accredited lab, the stop is "
              "lifted only by a written notice from Annelie van der Merwe, Procurement Lead."),
        ("p", "Annelie van der Merwe — Procurement Lead — +27 21 418 2290"),
    ], author="Annelie van der Merwe")
    text = (
        "Rajesh,\n\nPlease see the attached stop notice SN-KSP-003 for PO 7100-4432. In short: ship the 24 samples, "
        "start nothing else, and send us the re-test report when you have it.\n\n"
        "Thanks\nAnnelie\n"
        + sig("Annelie van der Merwe", "Procurement Lead", KAROO, "+27 21 418 2290")
    )
    m = mail("Annelie van der Merwe <annelie.vdm@karoosun.co.za>", "Rajesh Kulkarni <rajesh.k@galvastructures.in>",
             "STOP NOTICE SN-KSP-003 - PO 7100-4432 rafters", "Mon, 01 Jul 2024 09:30:00 +0200", text,
             cc="Thabo Mokoena <thabo.m@karoosun.co.za>",
             attachments=[("SN-KSP-003.docx", d, DOCX_MT)])
    case("c23_stop_notice_docx", [], "stop notice: 24 samples may ship, nothing else, balance 2,376 not released, lift by re-test + Annelie",
         [("STOP_NOTICE_SN-KSP-003.eml", m)])


_c23()


# ---- c24: Turkish cable-tray quote with LC-does-not-release note ---------------------------
def _c24():
    p = pdf([
        ("h1", "QUOTATION BKK-2024-0233"),
        ("p", f"{BURSA} — Nilüfer OSB, 16140 Bursa, Türkiye. To: {MESA}, attn. Brian Kowalski."),
        ("p", "Date: 09.05.2024. Subject: CT-450 ladder cable tray for Cholla Ridge substation and inverter skids."),
        ("table", [
            ["Pos", "Description", "Qty", "USD/length", "Remarks"],
            ["1", "CT-450 ladder tray 3 m, HDG after fabrication (ASTM A123), sample", "10 lengths", "64.00", "incl. 2 couplers each"],
            ["2", "CT-450 ladder tray 3 m, production", "2,400 lengths", "41.50", "min. order 800 lengths"],
            ["3", "90° horizontal bend CT-450", "120 pcs", "38.00", ""],
        ]),
        ("sp",),
        ("p", "Payment: irrevocable LC at sight, confirmed by a first-class US bank. "
              "Please note: opening of the LC does not release production. We start production only on receipt of "
              "your written production release naming the quantity."),
        ("p", "Lead time: samples 2 weeks; production 5-6 weeks from written production release. FOB Gemlik."),
        ("p", "Selin Aydın, Export Sales."),
    ], title="BKK-2024-0233", author="Selin Aydin")
    case("c24_quote_lc_not_release", [], "supplier quote with tiers; states LC opening does not release production; non-authorizing",
         [("BKK-2024-0233.pdf", p)])


_c24()


# ---- c25: Teams chat export, scoped go-ahead with everything named -------------------------
def _c25():
    chat = txt("""
Microsoft Teams - chat export
Participants: Brian Kowalski (Mesa Verde Solar), Nguyen Van Minh (Haiphong SolarTech), Ray Delgado (Mesa Verde Solar)

[6/20/2024 9:02 AM] Nguyen Van Minh: Good morning Brian, the pilot hangers CTH-200 are ready to start, steel is in our store. Can we begin?
[6/20/2024 9:14 AM] Brian Kowalski: Morning Minh. Yes - go ahead with the 10 pilot cable-tray hangers only.
[6/20/2024 9:15 AM] Brian Kowalski: The other 1,990 on your quote are not released. Dana Whitfield releases them in writing once Ray signs off the pilot fit-up at site.
[6/20/2024 9:16 AM] Ray Delgado: Fit-up is planned on inverter skid 4, week 28. I'll need the weld map with the pilots.
[6/20/2024 9:20 AM] Nguyen Van Minh: Noted, 10 pcs only. We send weld map + HDG cert with the parcel.
[6/20/2024 9:21 AM] Brian Kowalski: 👍
""")
    case("c25_teams_scoped_goahead", [], "scoped go-ahead '10 pilot hangers only', 1,990 not released, pilot sign-off + Dana Whitfield",
         [("Teams_chat_CTH-200_pilot.txt", chat)])


_c25()


# =================================================================== RISKY

# ---- p01: sample PO, nothing about the balance ------------------------------------------------
def _p01():
    p = pdf([
        ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4500-140"),
        ("p", f"{SOLARVIA}, Paseo de la Castellana 141, 28046 Madrid. CIF B-87.455.210"),
        ("p", f"Supplier: {BRIGHT}, No. 1888 Xiang'an South Road, Xiamen, Fujian, China."),
        ("p", "Date: 2024-05-27. Buyer: Lucía Ferrer. Project: PV Las Cabezas 80 MWp, single-axis tracker. Currency: EUR."),
        ("table", [
            ["Pos", "Part", "Description", "Qty", "Unit price", "Amount"],
            ["10", "DB-45", "Tracker damper bracket, S355MC, HDG ISO 1461, drawing BRT-DB45 Rev B", "twenty-four (24) pcs", "12.80", "307.20"],
            ["20", "DB-45-K", "Bolt kit M12x40 8.8 HDG for DB-45", "twenty-four (24) sets", "1.40", "33.60"],
        ]),
        ("sp",),
        ("p", "Purpose: sample lot for the mock-up row, for evaluation before the Las Cabezas tracker order."),
        ("p", "Delivery: by air, DAP Madrid warehouse (C/ Torneros 12, Getafe) before 2024-06-14. "
              "Include MTC 3.1 and coating thickness report with the shipment."),
        ("p", "Payment: 100% T/T 30 days after receipt. Invoice must quote PO 4500-140."),
        ("p", "General purchasing conditions SV-CGC-2023 apply. Supplier to confirm receipt within 48 h."),
    ], title="PO 4500-140", author="Lucia Ferrer")
    case("p01_sample_po_silent_balance", ["RG003", "RG004", "RG005"],
         "sample PO (24) for evaluation before the tracker order; never says balance not released, no unlock event, no releaser",
         [("PO_4500-140.pdf", p)])


_p01()


# ---- p02: EML with PO PDF + quote PDF (tiers) and nothing said -----------------------------
def _p02():
    po = pdf([
        ("h1", "PURCHASE ORDER 7100-4409"),
        ("p", f"{KAROO}, 17 Loop Street, Cape Town 8001. VAT 4190 277 301."),
        ("p", f"Supplier: {GPILE}, No. 9 Jinghai Economic Development Zone, Tianjin, China."),
        ("p", "Date: 06/05/2024. Buyer: Thabo Mokoena. Project: Loeriesfontein PV 2 (75 MWp). Currency: USD."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
            ["1", "GS-76x1600", "Ground screw D76, L=1,600 mm, flange 4-hole, HDG 86 um, for pull-out test", "30", "24.50", "735.00"],
        ]),
        ("sp",),
        ("p", "Delivery: airfreight to Cape Town, DAP Loeriesfontein site, by 20/05/2024."),
        ("p", "Payment: 30 days from invoice. Quote ref. GP-Q-0388."),
    ], title="PO 7100-4409", author="Thabo Mokoena")
    q = pdf([
        ("h1", "QUOTATION GP-Q-0388"),
        ("p", f"{GPILE} to {KAROO}. Date 25/04/2024. Project: Loeriesfontein PV 2."),
        ("table", [
            ["No.", "Item", "Qty", "Unit USD", "Delivery"],
            ["1", "GS-76x1600 ground screw, test lot", "30 pcs", "24.50", "air, 10 days"],
            ["2", "GS-76x1600 ground screw", "6,400 pcs", "17.20", "sea, 35 days, FOB Xingang"],
            ["3", "Installation torque head adapter", "2 sets", "180.00", "with test lot"],
        ]),
        ("sp",),
        ("p", "Zinc coating per ISO 1461, average 86 um. Tube Q355B, wall 3.75 mm. Pull-out test support by our engineer available on request."),
        ("p", "Payment: 30% T/T advance, balance against B/L copy. Wang Lei, Sales Director."),
    ], title="GP-Q-0388", author="Wang Lei")
    text = (
        "Hi Wang,\n\n"
        "PO 7100-4409 attached, together with your quote GP-Q-0388 so our accounts team can match the prices.\n\n"
        "Please arrange the 30 pcs GS-76x1600 for the pull-out test ASAP - site needs them by 20 May, the "
        "geotech is booked for the 22nd. Please include the torque adapter on the same AWB.\n\n"
        "Thanks a lot\nThabo\n"
        + sig("Thabo Mokoena", "Buyer", KAROO, "+27 21 418 2275")
    )
    m = mail("Thabo Mokoena <thabo.m@karoosun.co.za>", "Wang Lei <wanglei@groundpile-tj.com>",
             "PO 7100-4409 ground screws - Loeriesfontein PV 2", "Mon, 06 May 2024 10:02:00 +0200", text,
             attachments=[("PO_7100-4409.pdf", po, PDF_MT), ("GP-Q-0388.pdf", q, PDF_MT)])
    case("p02_eml_po_plus_quote_tiers", ["RG001", "RG003", "RG004", "RG005"],
         "PO for 30 test screws sent with quote showing 6,400; nothing says the 6,400 is not released; no hold, event or releaser",
         [("PO_7100-4409_ground_screws.eml", m)])


_p02()


# ---- p03: HTML portal PO with a Project Qty column -----------------------------------------
def _p03():
    body = """
<h2>Mesa Verde Solar &mdash; Procurement Portal</h2>
<p>Purchase Order <b>4500032601</b> &middot; Revision 0 &middot; Issued 05/30/2024 &middot; Buyer: Brian Kowalski</p>
<p>Supplier: Ahmedabad Electro Enclosures Pvt. Ltd. (vendor 200418) &middot; Project: Cholla Ridge Solar 96 MWdc</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Project Qty</th><th>PO Qty</th><th>Unit USD</th><th>Need date</th></tr>
<tr><td>10</td><td>CB-16S-1500</td><td>DC string combiner, 16 inputs, 1500 V, NEMA 4X, pre-production units</td><td>480</td><td>12</td><td>1,240.00</td><td>07/08/2024</td></tr>
<tr><td>20</td><td>FAT-01</td><td>Factory acceptance test, witnessed (remote)</td><td>1</td><td>1</td><td>950.00</td><td>07/01/2024</td></tr>
</table>
<h3>Header text</h3>
<p>Ship pre-production units by air, DAP Phoenix warehouse, 4120 W Buckeye Rd. Include FAT report, IR scan and
UL 1741 listing letter. Labels per spec MV-EL-012 rev 4.</p>
<h3>Terms</h3>
<p>Net 45. Mesa Verde Standard Terms &amp; Conditions (rev 2023-09) apply. Acknowledge within 3 business days via this portal.</p>
<p style="color:#777">Acknowledge &middot; Download PDF &middot; Message buyer</p>
"""
    case("p03_portal_po_project_qty", ["RG001", "RG003", "RG004", "RG005"],
         "portal PO: 12 pre-production units with 'Project Qty 480' beside them, no hold, no event, no releaser",
         [("PO_4500032601_portal.html", html_page("PO 4500032601", body))])


_p03()


# ---- p04: multi-file: PO holds block 1 balance, quote shows unlabelled full-plant quantity ---
def _p04():
    po = pdf([
        ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4500-88530"),
        ("p", f"{ATACAMA}, Av. Apoquindo 4501, piso 12, Las Condes, Santiago. To: {BRIGHT}."),
        ("p", "Fecha / date: 17-06-2024. Proyecto: PFV Llano de Llampos II. Compradora: Camila Rojas. Moneda: USD."),
        ("p", "Order: TB-60 tracker bracket, drawing BRT-TB60 Rev C, Block 1 quantity 2,400 pcs as per quotation BRT-Q-24-0611."),
        ("table", [
            ["Ítem", "Part", "Descripción", "Cant.", "Scope", "USD/pc"],
            ["1", "TB-60", "Tracker bracket, S420MC, HDG ISO 1461", "24", "Samples", "15.20"],
        ]),
        ("sp",),
        ("p", "Released now: the 24 samples only. The Block 1 balance of 2,376 pcs is not released. It is released only "
              "by a written release from Rodrigo Fuentes, Gerente de Abastecimiento, after sample sign-off by "
              "Ing. Felipe Araya."),
        ("p", "Material authority: sample-only. Entrega muestras: DHL a Santiago antes del 10-07-2024."),
    ], title="OC 4500-88530", author="Camila Rojas")
    q = pdf([
        ("h1", "QUOTATION BRT-Q-24-0611"),
        ("p", f"{BRIGHT} to {ATACAMA}, attn. Ms. Camila Rojas. Date: 11 June 2024. Valid 30 days."),
        ("table", [
            ["Item", "Description", "Quantity", "Unit price USD", "Lead time"],
            ["A", "TB-60 tracker bracket - samples", "24 pcs", "15.20", "12 days"],
            ["B", "TB-60 tracker bracket - Block 1", "2,376 pcs", "9.85", "30 days"],
            ["C", "TB-60 tracker bracket - full plant, Blocks 1-4", "9,600 pcs", "9.10", "30 days per block"],
        ]),
        ("sp",),
        ("p", "Galvanizing ISO 1461, average >= 85 um. Packing: 100 pcs per steel box, 20 boxes per 40'HC. "
              "Payment: 30% T/T, 70% against copy B/L. Jason Lin, Overseas Sales."),
    ], title="BRT-Q-24-0611", author="Jason Lin")
    case("p04_multi_po_block_hold_quote_full_plant", ["RG001"],
         "PO releases 24 and holds the Block 1 balance (event + Rodrigo Fuentes), but the bundled quote shows 9,600 full-plant pcs with nothing saying they are informational or not released",
         [("OC_4500-88530.pdf", po), ("BRT-Q-24-0611.pdf", q)])


_p04()


# ---- p05: AU chat: 20 clamps + "Block B needs 38,400 all up" -------------------------------
def _p05():
    chat = txt("""
[21/06/2024, 2:04:11 pm] Kylie Nguyen: Hi Minh, can you send 20 EC-40 end clamps for the Block B mock-up row pls. PO OSC-PO-24-0533 going out this arvo.
[21/06/2024, 2:04:58 pm] Kylie Nguyen: Need them on site Fri 28th, DHL to Bundaberg is fine.
[21/06/2024, 2:06:30 pm] Kylie Nguyen: Block B needs 38,400 all up so make sure the anodising is the same as what you'll do for the lot. Don't want two shades of silver on the same table 😅
[21/06/2024, 2:15:02 pm] Minh (HP SolarTech): Hi Kylie, noted, 20 pcs EC-40 by DHL, ETA Fri 28. Same anodizing line AA15 as production.
[21/06/2024, 2:15:40 pm] Minh (HP SolarTech): Invoice to OSC accounts as usual?
[21/06/2024, 2:17:12 pm] Kylie Nguyen: Yep, accountspayable@outbacksun.com.au, PO number on it or it bounces.
[21/06/2024, 3:40:09 pm] Mick Travers: Mock-up row for B will be table 14, I'll have the rails on by Thursday.
""")
    case("p05_chat_clamps_block_total", ["RG001", "RG003", "RG004", "RG005"],
         "chat authorizes 20 sample clamps and states 'Block B needs 38,400 all up' with nothing saying not released; no hold/event/releaser",
         [("WhatsApp Chat - OSC Block B clamps.txt", chat)])


_p05()


# ---- p06: ERP PO with a project requirement in the header text -----------------------------
def _p06():
    erp = txt("""
KAROO SUN POWER (PTY) LTD                                    PURCHASE ORDER
17 LOOP STREET, CAPE TOWN 8001                               PO NO : 7100-4490
VAT 4190277301                                               DATE  : 2024/06/12
                                                             BUYER : T MOKOENA
SUPPLIER : 300188  KONYA CELIK PROFIL SAN. VE TIC. A.S.
           ORGANIZE SANAYI BOLGESI, 42300 KONYA, TURKIYE
-----------------------------------------------------------------------------------
HEADER TEXT:
PROJECT REQUIREMENT DE AAR PHASE 2 (58 MWP): 2,400 EA CP-120 C-PURLIN.
THIS PO: SAMPLE PURLINS FOR MOCK-UP TABLE.
-----------------------------------------------------------------------------------
LN ITEM          DESCRIPTION                           QTY UOM   UNIT USD    VALUE USD
 1 CP-120-2.5    C-PURLIN 120X50X2.5 S350GD+Z275      8   EA      31.40       251.20
                 L=5,850 MM DRG KSP-STR-051 REV A  SAMPLE
 2 FRT           AIRFREIGHT IST-CPT                    1   LOT    420.00       420.00
-----------------------------------------------------------------------------------
                                              TOTAL EXCL VAT USD           671.20
DELIVERY  : DAP DE AAR SITE, NORTHERN CAPE, BY 2024/07/05
PAYMENT   : 30 DAYS FROM STATEMENT
QUOTE REF : KCP-Q-24190
-----------------------------------------------------------------------------------
PRINTED 2024/06/12 11:02  SAGE X3  PO-PRT-02
""")
    case("p06_erp_sample_po_project_requirement", ["RG001", "RG003", "RG004", "RG005"],
         "ERP PO for 8 sample purlins with header 'project requirement 2,400 EA'; nothing says not released; no event or releaser",
         [("PO_7100-4490_print.txt", erp)])


_p06()


# ---- p07: DOCX buyer TQ response asks for 6 revised brackets, table of block quantities ----
def _p07():
    d = docx_bytes([
        ("h1", "Respuesta a TQ-HX-009 / Response to TQ-HX-009"),
        ("p", f"{SOLARVIA} — Ingeniería de estructuras. To: {HUAXIN}, Kevin Zhang. Date: 2024-06-18."),
        ("p", "Subject: end-of-row bracket EB-35, interference with module frame on the Jinko 2382x1134 format."),
        ("h", "Engineering response"),
        ("p", "Your proposal (move slot 8 mm outward, Rev D) solves the interference we saw on the first mock-up row. "
              "Please make six (6) pcs of EB-35 Rev D and send them to site for a second mock-up row. Use the "
              "same anodizing and the M8 serrated flange bolt."),
        ("p", "EB-35 quantities, PV La Solana:"),
        ("table", [
            ["MW block", "Tables", "EB-35 per table", "EB-35 qty"],
            ["A (12.5 MWp)", "288", "4", "1,152"],
            ["B (12.5 MWp)", "288", "4", "1,152"],
            ["C (12.5 MWp)", "288", "4", "1,152"],
            ["D (12.5 MWp)", "288", "4", "1,152"],
            ["Total", "1,152", "", "4,608"],
        ]),
        ("sp",),
        ("p", "Drawing HX-EB35 Rev D to be stamped and returned by us after the second mock-up row."),
        ("p", "Javier Ortega — Structural Lead — +34 91 204 7790"),
    ], author="Javier Ortega")
    case("p07_docx_tq_six_plus_block_table", ["RG001", "RG003", "RG004", "RG005"],
         "buyer TQ response orders six Rev D brackets and shows unlabelled 4,608 per-block table; no hold, event or releaser",
         [("TQ-HX-009_response.docx", d)])


_p07()


# ---- p08: drawings 'released' + balance on hold until further notice --------------------------
def _p08():
    text = (
        "Hi Selin,\n\n"
        "Good news on the drawings: CT-SUB-01 to CT-SUB-05 are now released at IFC Rev 3 (transmittal "
        "OSC-TR-0442 attached in Aconex). Please use Rev 3 for the 12 sample lengths of CT-300 released on "
        "PO OSC-PO-24-0602 - the only change is the 13 mm slot pitch on the side rail.\n\n"
        "The balance of 1,188 lengths is on hold until further notice. Darren Pike is the only person who can "
        "release it, so please don't take instructions on quantity from site.\n\n"
        "Samples to Brisbane (Toll, Eagle Farm) please, not to site.\n\n"
        "Cheers,\nKylie\n"
        + sig("Kylie Nguyen", "Procurement Officer", OUTBACK, "+61 7 3016 4420")
    )
    m = mail("Kylie Nguyen <kylie.nguyen@outbacksun.com.au>", "Selin Aydın <selin.aydin@bursakablokanal.com.tr>",
             "CT-300 - drawings Rev 3 and samples", "Tue, 25 Jun 2024 11:20:00 +1000", text,
             cc="Darren Pike <darren.pike@outbacksun.com.au>")
    case("p08_drawings_released_hold_until_notice", ["RG004", "RG009"],
         "'released' used for IFC drawing issue and for production release; balance on hold 'until further notice' names no event (Darren Pike named)",
         [("CT-300_drawings_Rev3_samples.eml", m)])


_p08()


# ---- p09: PDF PO: balance held, release by unnamed engineering department --------------------
def _p09():
    p = pdf([
        ("h1", "ORDEN DE COMPRA 4500-88477"),
        ("p", f"{ATACAMA} — To: {GPILE}. Fecha: 02-05-2024. Proyecto: PFV Sierra Gorda Solar 110 MWp (Antofagasta)."),
        ("table", [
            ["Ítem", "Código", "Descripción", "Cantidad", "USD/u"],
            ["1", "GS-89x2000", "Tornillo de fundación / ground screw D89 L=2.000 mm, HDG 86 µm — pull-out test", "30", "31.90"],
        ]),
        ("sp",),
        ("p", "Alcance / scope: 30 test screws for the pull-out test campaign (caliche soil, 18 positions)."),
        ("p", "Saldo / balance: the balance of 5,970 screws is not released (no liberado). It will only be released after "
              "the pull-out test report is signed off, by a written production release from our engineering department."),
        ("p", "Material: only for the 30 test screws."),
        ("p", "Entrega: aéreo a Antofagasta, DAP faena, antes del 31-05-2024. Documentos: certificado de galvanizado, MTC."),
        ("p", "Compras — Atacama Renovables SpA"),
    ], title="OC 4500-88477", author="Compras Atacama")
    case("p09_po_release_by_department", ["RG005"],
         "30 test screws, balance 5,970 not released until pull-out report sign-off, but the release comes from an unnamed engineering department",
         [("OC_4500-88477.pdf", p)])


_p09()


# ---- p10: DOCX hold notice: samples only, no count, until further notice, unsigned ------------
def _p10():
    d = docx_bytes([
        ("h1", "HOLD NOTICE"),
        ("p", f"From: {KAROO} — Procurement. To: {AEE}."),
        ("p", "Order: PO 7100-4475, CB-12S-1000 string combiner box, drawing AEE-CB12-1000 rev 5. Date: 10 June 2024."),
        ("p", "Please complete the pre-production samples only and send them for the factory acceptance test."),
        ("p", "Everything else on this PO is on hold until further notice. Do not order enclosures, busbar or fuses "
              "for anything beyond the samples."),
        ("table", [
            ["Document", "Reference", "Status"],
            ["Single-line diagram", "KSP-EL-SLD-004 rev C", "Issued for construction"],
            ["Enclosure GA", "AEE-CB12-1000 rev 5", "Commented, no hold on samples"],
            ["FAT procedure", "AEE-QP-17", "Accepted"],
        ]),
        ("sp",),
        ("p", "Procurement Department, Karoo Sun Power (Pty) Ltd — procurement@karoosun.co.za"),
    ], author="KSP Procurement")
    case("p10_docx_hold_notice_no_qty", ["RG004", "RG005", "RG010"],
         "hold notice: 'pre-production samples only' with no quantity; rest on hold until further notice; signed by a department",
         [("Hold_notice_PO_7100-4475.docx", d)])


_p10()


# ---- p11: EML: samples without a count + forecast declared firm -------------------------------
def _p11():
    text = (
        "Dear Emre,\n\n"
        "PO 4500-160 for the samples of the new rail R-5200 is now in the supplier portal. Please make the "
        "samples for the second mock-up row at Las Cabezas (same ZM310 coating as R-4400).\n\n"
        "The production quantity of R-5200 is not released. It stays on hold until Javier Ortega signs off the "
        "mock-up row and Marta Soler issues the written production release.\n\n"
        "Another point: our planning team has issued the Q4 forecast - 22,000 rails R-5200 for Las Cabezas and "
        "Montehermoso together. Please take this as our firm commitment for Q4 and reserve your roll-forming line "
        "accordingly; we will not be able to move to another supplier at that stage.\n\n"
        "Un saludo,\nLucía\n"
        + sig("Lucía Ferrer", "Compradora / Procurement", SOLARVIA, "+34 91 204 7781")
    )
    m = mail("Lucía Ferrer <lferrer@solarvia-epc.es>", "Emre Yıldız <emre.yildiz@konyacelikprofil.com.tr>",
             "R-5200 rail - samples PO 4500-160 and Q4", "Thu, 20 Jun 2024 17:45:00 +0200", text,
             cc="Marta Soler <msoler@solarvia-epc.es>")
    case("p11_samples_no_count_forecast_firm", ["RG008", "RG010"],
         "sample authorization never states how many samples; Q4 forecast of 22,000 called a firm commitment",
         [("R-5200_samples_PO_4500-160.eml", m)])


_p11()


# ---- p12: PDF PO: 'approval' used for commercial, technical and production; no sample count ---
def _p12():
    p = pdf([
        ("h1", "PURCHASE ORDER OSC-PO-24-0548"),
        ("p", f"{OUTBACK}, Level 9, 140 Creek St, Brisbane QLD 4000. ABN 61 604 118 327."),
        ("p", f"Supplier: {HUAXIN}. Date: 26/06/2024. Buyer: Kylie Nguyen. Project: Emerald North 64 MWdc."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit AUD"],
            ["1", "RL-4200", "Module rail 4.2 m, AL6005-T5, sample lot", "as per sample plan SP-07", "14.60"],
            ["2", "SP-42", "Rail splice kit, sample lot", "as per sample plan SP-07", "3.10"],
        ]),
        ("sp",),
        ("h", "Approvals"),
        ("p", "Commercial approval: this PO has commercial approval from Finance (budget line EN-STR-04)."),
        ("p", "Technical approval: the sample lot needs approval by site engineering (Mick Travers) after the mock-up row."),
        ("p", "Production approval: the production quantity is not released by this PO. It needs production approval in "
              "the form of a written release signed by Darren Pike, Procurement Manager, after the technical approval above."),
        ("p", "Delivery: DAP Emerald site compound, Capricorn Hwy. Payment: 30 days EOM."),
    ], title="OSC-PO-24-0548", author="Kylie Nguyen")
    case("p12_po_approval_three_meanings", ["RG009", "RG010"],
         "'approval' used for commercial, technical and production authority in one PO; sample quantity only 'as per sample plan' (not stated)",
         [("OSC-PO-24-0548.pdf", p)])


_p12()


# ---- p13: chat: green light for the pilot row only, quantity never given ---------------------
def _p13():
    chat = txt("""
[03/07/2024, 7:02:44 am] Darren Pike: Minh - green light for the pilot row only on Emerald North. Send enough MC-40 and EC-40 clamps for the pilot row.
[03/07/2024, 7:03:30 am] Darren Pike: Rest stays on hold. Not released until my written release, and that only comes after Mick signs the pilot row off.
[03/07/2024, 7:40:12 am] Minh (HP SolarTech): Thank you Darren. How many pcs for pilot row please?
[03/07/2024, 7:52:05 am] Darren Pike: Whatever the row takes mate, you've got the layout drawing EN-STR-LAY-02. Add a few spares.
[03/07/2024, 7:53:10 am] Minh (HP SolarTech): OK we calculate from layout and send.
[03/07/2024, 9:15:47 am] Mick Travers: Pilot row is row 7, tables 1-4. Access via gate 3 from Monday.
""")
    case("p13_chat_pilot_row_no_qty", ["RG010"],
         "'green light for the pilot row only' is scoped, hold + event + Darren named, but the active quantity is never stated ('whatever the row takes')",
         [("WhatsApp Chat - Emerald North pilot row.txt", chat)])


_p13()


# ---- p14: HTML portal message thread: "Approved, go ahead." on a process change ------------
def _p14():
    body = """
<h2>Mesa Verde Solar &mdash; Supplier Collaboration</h2>
<p>PO <b>4500032388</b> &middot; TTB-90 torque tube bearing bracket &middot; Supplier: Pune Galvastructures Pvt. Ltd.</p>
<div class="note"><b>PO scope note:</b> Active quantity: 20 FAI sample brackets. The balance of 3,980 brackets is not released.
Unlock event: FAI sign-off by Ray Delgado (QA), then a written production release from Dana Whitfield, VP Supply Chain.
Material authority: sample-only.</div>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>06/03/2024 04:12</td><td>Rajesh Kulkarni (supplier)</td><td>Dear Ray, our zinc kettle at Chakan plant 1 is under maintenance until 20 June.
We propose to galvanize at our sister plant (Galvastructures Plant 2, Talegaon), same ASTM A123 process, same zinc supplier.
Salt-spray report SS-P2-0412 (1,000 h, no red rust) attached. Kindly confirm.</td></tr>
<tr><td>06/03/2024 14:40</td><td>Ray Delgado (Mesa Verde QA)</td><td>Approved, go ahead.</td></tr>
<tr><td>06/04/2024 02:05</td><td>Rajesh Kulkarni (supplier)</td><td>Thank you Ray, noted.</td></tr>
</table>
<p>Attachments: SS-P2-0412.pdf &middot; Plant2_A123_cert.pdf</p>
"""
    case("p14_portal_approved_go_ahead", ["RG002"],
         "buyer QA answers a process-change request with 'Approved, go ahead.' naming neither sample-only nor a quantity; PO scope note otherwise complete",
         [("PO_4500032388_messages.html", html_page("PO 4500032388 messages", body))])


_p14()


# ---- p15: EML multipart: "Luz verde, adelante" on Rev D, quoted complete scope -------------------
def _p15():
    text = (
        "Emre,\n\n"
        "Revisamos la Rev D del clamp TC-120 con el slot 14x22. Todo bien.\n"
        "Luz verde, adelante. / Green light from our side, please proceed.\n\n"
        "Saludos,\nFelipe\n\n"
        "Ing. Felipe Araya | Ingeniero de Estructuras | Atacama Renovables SpA | +56 2 2940 7730\n\n"
        "-----Mensaje original-----\nDe: Camila Rojas\nEnviado el: lunes, 3 de junio de 2024 10:12\n"
        "Asunto: OC 4500-88455 TC-120 - alcance / scope\n\n"
        "> Emre, OC 4500-88455: released now are 20 TC-120 sample clamps only. The balance of 4,780 is not\n"
        "> released; it is released only by written release from Rodrigo Fuentes after sample sign-off by\n"
        "> Felipe Araya. Material: sample-only.\n"
    )
    html = ("<html><body><p>Emre,</p><p>Revisamos la Rev D del clamp TC-120 con el slot 14x22. Todo bien.<br>"
            "<b>Luz verde, adelante. / Green light from our side, please proceed.</b></p><p>Saludos,<br>Felipe</p>"
            "<p style='color:#555'>Ing. Felipe Araya | Ingeniero de Estructuras | Atacama Renovables SpA | +56 2 2940 7730</p>"
            "<hr><p>De: Camila Rojas<br>Enviado el: lunes, 3 de junio de 2024 10:12<br>Asunto: OC 4500-88455 TC-120 - alcance / scope</p>"
            "<blockquote>Emre, OC 4500-88455: released now are 20 TC-120 sample clamps only. The balance of 4,780 is not released; "
            "it is released only by written release from Rodrigo Fuentes after sample sign-off by Felipe Araya. Material: sample-only.</blockquote>"
            "</body></html>")
    m = mail("Felipe Araya <faraya@atacamarenovables.cl>", "Emre Yıldız <emre.yildiz@konyacelikprofil.com.tr>",
             "RE: TQ-017 / TC-120 Rev D", "Wed, 12 Jun 2024 16:05:00 -0400", text, html=html,
             cc="Camila Rojas <crojas@atacamarenovables.cl>")
    case("p15_luz_verde_adelante", ["RG002"],
         "engineer replies 'Luz verde, adelante / green light, please proceed' on a drawing revision with no scope or quantity; quoted PO scope is complete",
         [("RE_TQ-017_TC-120_RevD.eml", m)])


_p15()


# ---- p16: 'approved' for technical, commercial and an unscoped go-ahead ------------------------
def _p16():
    text = (
        "Jason,\n\n"
        "Good news all round. The coating change on the SDP-30 slew drive plates (Zn-Al-Mg pre-coat instead of "
        "HDG after fab) was approved by Ray in QA on Friday, and the PO revision for the airfreight surcharge was "
        "approved by Finance this morning.\n\n"
        "So you're approved - go ahead.\n\n"
        "Brian\n"
        + sig("Brian Kowalski", "Senior Buyer", MESA, "+1 602 555 0148")
        + "\n\nOn Mon, Jun 10, 2024 at 8:30 AM Brian Kowalski <bkowalski@mesaverdesolar.com> wrote:\n"
        "> Jason, PO 4500032512 scope: 16 FAI sample SDP-30 plates released. The balance of 2,384 plates is not\n"
        "> released. Unlock: FAI sign-off by Ray Delgado, then a written release from Dana Whitfield.\n"
        "> Material authority: sample-only.\n"
    )
    m = mail("Brian Kowalski <bkowalski@mesaverdesolar.com>", "Jason Lin <jason.lin@brightrack.com.cn>",
             "RE: SDP-30 coating change + PO rev", "Mon, 17 Jun 2024 10:15:00 -0700", text,
             in_reply_to="<h83-mv-sdp30@mesaverdesolar.com>")
    case("p16_approved_three_ways_go_ahead", ["RG002", "RG009"],
         "'approved' used for a coating change (technical) and a PO revision (commercial), then 'you're approved - go ahead' with no scope",
         [("RE_SDP-30_coating_change.eml", m)])


_p16()


# ---- p17: SA WhatsApp: LC opened, so go ahead with production ------------------------------
def _p17():
    chat = txt("""
[2024/06/03, 08:05:12] Thabo Mokoena: Morning Wang. Reminder on PO 7100-4418: only the 40 test screws are released. Balance 2,360 stays on hold until the pull-out report is signed off and Annelie sends the written release.
[2024/06/03, 08:09:40] Wang Lei (GroundPile): Noted Thabo, thanks.
[2024/06/07, 11:31:02] Johan Pretorius (KSP): Howzit Wang. Good news from our side - the LC's been opened at sight for the full contract amount this morning, Standard Bank confirmed.
[2024/06/07, 11:31:45] Johan Pretorius (KSP): So you can go ahead with production, lekker 👍 We're behind on the piling so every week counts.
[2024/06/07, 11:40:19] Wang Lei (GroundPile): Great news Johan! LC received, we start production Monday then.
[2024/06/07, 11:42:03] Pieter Botha: Laydown C is cleared for the screws, max 2 trucks a day please.
""")
    case("p17_chat_lc_opened_go_ahead", ["RG002", "RG012"],
         "project director: LC opened for full amount 'so you can go ahead with production' (no quantity), supplier starts on that basis",
         [("WhatsApp Chat - KSP screws LC.txt", chat)])


_p17()


# ---- p18: EML + PDF document transmittal with 'Approved - proceed with fabrication' --------
def _p18():
    tr = pdf([
        ("h1", "DOCUMENT TRANSMITTAL SV-MH-TR-0219"),
        ("p", f"From: {SOLARVIA} Document Control. To: {NAVARRA}. Project: PV Montehermoso 40 MWp. Date: 2024-06-21."),
        ("table", [
            ["Document no.", "Rev", "Title", "Review code", "Comment"],
            ["ESN-PC-W6-01", "C", "Pile cap PC-W6, shop drawing", "A - Approved, proceed with fabrication", "-"],
            ["ESN-PC-W6-02", "B", "Pile cap weld procedure WPS-14", "B - Approved with comments", "Add preheat note for t>20 mm"],
            ["ESN-PC-W6-03", "A", "ITP pile cap", "C - Revise and resubmit", "Add hold point H3 for HDG thickness"],
        ]),
        ("sp",),
        ("p", "Review codes per SV-PRC-DC-004: A = approved, proceed; B = approved with comments, proceed and incorporate; "
              "C = revise and resubmit; D = for information."),
        ("p", "Document Control — Solarvía EPC S.L. — doccontrol@solarvia-epc.es"),
    ], title="Transmittal SV-MH-TR-0219", author="Document Control")
    text = (
        "Hola Iñaki,\n\n"
        "Attached the transmittal with the review of your pile cap documents. The ITP needs one more round.\n\n"
        "Reminder of the PO 4500-158 scope: 12 sample pile caps PC-W6 are released for the mock-up. The balance "
        "of 2,388 pile caps is not released until Javier Ortega signs off the mock-up and Marta Soler issues the "
        "written production release.\n\n"
        "Saludos,\nLucía\n"
        + sig("Lucía Ferrer", "Compradora / Procurement", SOLARVIA, "+34 91 204 7781")
    )
    m = mail("Lucía Ferrer <lferrer@solarvia-epc.es>", "Iñaki Etxeberria <inaki.e@esnavarra.es>",
             "Transmittal SV-MH-TR-0219 - pile cap PC-W6 review", "Fri, 21 Jun 2024 12:40:00 +0200", text,
             attachments=[("SV-MH-TR-0219.pdf", tr, PDF_MT)])
    case("p18_transmittal_proceed_fabrication", ["RG002"],
         "transmittal code 'A - Approved, proceed with fabrication' on the shop drawing names no quantity or sample scope; email scope otherwise complete",
         [("Transmittal_SV-MH-TR-0219.eml", m)])


_p18()


# ---- p19: supplier: deposit received so production released; roll into mass production -------
def _p19():
    text = (
        "Dear Kylie,\n\n"
        "Thanks for your payment. We received the 30% deposit USD 18,420.00 today (ref. OSC-PAY-240702).\n\n"
        "As your deposit is received, production is now released on our side. Our plan:\n"
        "- 40 sample rails RL-4200 finish on 10 July, ship by DHL same day.\n"
        "- After your sample approval we go straight into mass production of the 7,960 rails, without waiting "
        "any other document, so the ETA Brisbane 20 Aug can be kept.\n\n"
        "Please let me know if the packing (20 pcs/bundle, wooden frame) is ok for your site forklift.\n\n"
        "Best regards,\nKevin Zhang\n"
        + sig("Kevin Zhang", "Sales Manager - Overseas Dept.", HUAXIN, "+86 574 8690 2211")
        + "\n\n------------------ Original ------------------\nFrom: Kylie Nguyen\nDate: Fri, Jun 28, 2024 09:10\n"
        "Subject: PO OSC-PO-24-0561 RL-4200 rails\n\n"
        "> Hi Kevin, PO OSC-PO-24-0561 attached. Commercial cover: 8,000 rails RL-4200. Released now: the 40\n"
        "> sample rails only. The balance of 7,960 rails is not released. Unlock: mock-up row sign-off by Mick\n"
        "> Travers, then a written release from Darren Pike. Please send the 30% deposit invoice on the PO value.\n"
    )
    m = mail("Kevin Zhang <kevin.zhang@hx-solarmount.cn>", "Kylie Nguyen <kylie.nguyen@outbacksun.com.au>",
             "RE: PO OSC-PO-24-0561 RL-4200 rails - deposit received", "Tue, 02 Jul 2024 15:20:00 +0800", text,
             in_reply_to="<h83-osc-0561@outbacksun.com.au>")
    case("p19_supplier_deposit_released_roll_on", ["RG007", "RG012"],
         "supplier: deposit received so 'production is now released'; after sample approval 'straight into mass production' of 7,960 without any document",
         [("RE_OSC-PO-24-0561_deposit.eml", m)])


_p19()


# ---- p20: multi-file: PO complete + supplier OC with forecast booked firm & automatic start ----
def _p20():
    po = pdf([
        ("h1", "PURCHASE ORDER 4500032540"),
        ("p", f"Buyer: {MESA}. Supplier: {BRIGHT}. Date: 06/11/2024. Project: Saguaro Flats Solar. Buyer: Brian Kowalski."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Scope", "Unit USD"],
            ["10", "MC-35T", "Module clamp for tracker torque rail, AL6005-T5, dwg MV-TRK-0502 rev A", "24", "FAI samples", "2.10"],
        ]),
        ("sp",),
        ("h", "PO scope note"),
        ("p", "Active quantity: 24 FAI samples. The balance of 11,976 clamps is not released. Unlock event: FAI sign-off by "
              "Ray Delgado (QA), then a written production release signed by Dana Whitfield, VP Supply Chain."),
        ("p", "Material authority: sample-only. Production quantity basis: forecast (12,000 total, non-binding, may change)."),
    ], pagesize=LETTER, title="PO 4500032540", author="Brian Kowalski")
    oc = pdf([
        ("h1", "ORDER CONFIRMATION OC-BRT-240612"),
        ("p", f"{BRIGHT} to {MESA}, attn. Mr. Brian Kowalski. Your PO 4500032540. Date: 12 June 2024."),
        ("table", [
            ["Item", "Description", "Qty", "Status"],
            ["1", "MC-35T module clamp - FAI samples", "24 pcs", "confirmed, ETD 24 June"],
            ["2", "MC-35T module clamp - production", "11,976 pcs", "booked as firm order in our production plan per your forecast"],
        ]),
        ("sp",),
        ("p", "Remark: after your FAI approval, mass production of item 2 will start automatically, so no delay to your site. "
              "Extrusion die MV-0502 is ready."),
        ("p", "Jason Lin, Overseas Sales. Stamp: Xiamen Brightrack New Energy Co., Ltd. - Sales Dept."),
    ], title="OC-BRT-240612", author="Jason Lin")
    case("p20_multi_po_oc_forecast_firm_autostart", ["RG007", "RG008"],
         "PO labels 12,000 as forecast and holds the balance; supplier OC books 11,976 'as firm order per your forecast' and starts automatically after FAI approval",
         [("PO_4500032540.pdf", po), ("OC-BRT-240612.pdf", oc)])


_p20()


# ---- p21: SA chat: site engineer tells supplier to keep going without paperwork ------------
def _p21():
    chat = txt("""
[2024/06/24, 16:02:15] Thabo Mokoena: Rajesh, reminder for PO 7100-4432: 24 sample rafters only. The other 2,376 are not released until Annelie sends the written release after the mock-up sign-off.
[2024/06/24, 16:05:40] Rajesh Kulkarni (Galvastructures): Noted sir 🙏
[2024/06/26, 18:47:31] Pieter Botha: Rajesh, mock-up row inspection tomorrow 10:00, rafters look good on the first walk-through.
[2024/06/26, 18:48:59] Pieter Botha: If it passes just keep going with the rest, don't wait for the paperwork. We're behind on the piling anyway and Annelie's on leave till the 8th.
[2024/06/26, 19:02:10] Rajesh Kulkarni (Galvastructures): OK Pieter, we will plan accordingly. Please message me after inspection.
[2024/06/27, 11:20:44] Pieter Botha: Passed. Torque values in the report, will upload tonight.
""")
    case("p21_chat_site_keep_going", ["RG007"],
         "buyer's site engineer: if the mock-up passes 'keep going with the rest, don't wait for the paperwork' - contradicts the written-release requirement",
         [("WhatsApp Chat - KSP rafters mock-up.txt", chat)])


_p21()


# ---- p22: buyer engineer: 'roll on into the run' once the mock-up is signed -------------------
def _p22():
    text = (
        "Kevin,\n\n"
        "Thanks for the quick turnaround on the six EB-35 Rev D brackets, they're on site.\n\n"
        "I know the PO note says production needs a written release from Marta, but honestly that's a formality "
        "at this point. Once the second mock-up row is signed off on Thursday, just roll on into the run so we "
        "don't lose your anodizing slot.\n\n"
        "Un saludo,\nJavier\n"
        + sig("Javier Ortega", "Structural Lead", SOLARVIA, "+34 91 204 7790")
        + "\n\nDe: Lucía Ferrer\nEnviado: martes, 18 de junio de 2024 18:30\nAsunto: PO 4500-117 rev 2 - EB-35 Rev D\n\n"
        "> Kevin, PO 4500-117 rev 2 adds line 30: six (6) EB-35 Rev D brackets for the second mock-up row.\n"
        "> The EB-35 production quantity of 4,608 is not released. It is released only by a written release\n"
        "> signed by Marta Soler after Javier Ortega signs off the second mock-up row. Material: sample-only.\n"
    )
    m = mail("Javier Ortega <jortega@solarvia-epc.es>", "Kevin Zhang <kevin.zhang@hx-solarmount.cn>",
             "RE: PO 4500-117 rev 2 - EB-35 Rev D", "Mon, 24 Jun 2024 19:10:00 +0200", text,
             in_reply_to="<h83-sv-117r2@solarvia-epc.es>")
    case("p22_buyer_roll_on_into_run", ["RG007"],
         "buyer engineer calls the written release 'a formality' and says once the mock-up is signed off 'roll on into the run'",
         [("RE_PO_4500-117_rev2_EB-35.eml", m)])


_p22()


# ---- p23: EML supplier + DOCX production plan: steel for all, automatic start ------------------
def _p23():
    plan = docx_bytes([
        ("h1", "Production plan — PO 4500032388 (TTB-90)"),
        ("p", f"{GALVA} for {MESA}. Rev 1, 14 June 2024."),
        ("table", [
            ["Week", "Activity", "Qty", "Remark"],
            ["24", "FAI samples cut, punched, welded", "20", "done"],
            ["25", "HDG + FAI inspection, ship samples", "20", "AWB to follow"],
            ["25", "Raw material order: HR coil S355, 96 t", "for 4,000 brackets", "PO placed on JSW Steel 12 June"],
            ["27", "FAI approval expected", "-", "customer"],
            ["28-33", "Production start after FAI approval (no further confirmation required)", "3,980", "2 shifts"],
        ]),
        ("sp",),
        ("p", "Prepared by: Rajesh Kulkarni, Manager - Export Sales."),
    ], author="Rajesh Kulkarni")
    text = (
        "Dear Brian,\n\n"
        "Please find attached our production plan rev 1 for TTB-90.\n\n"
        "To meet your site date we have already placed the order for the steel for the complete 4,000 pcs with "
        "JSW, as HR coil prices are increasing from July. Production of the 3,980 will start as soon as the FAI "
        "is approved.\n\n"
        "Thanks & Regards,\nRajesh\n"
        + sig("Rajesh Kulkarni", "Manager - Export Sales", GALVA, "+91 20 2712 4480")
        + "\n\nOn 21-May-2024 Brian Kowalski wrote:\n"
        "> PO 4500032388: active quantity 20 FAI sample brackets. The balance of 3,980 is not released.\n"
        "> Unlock: FAI sign-off by Ray Delgado, then a written production release from Dana Whitfield.\n"
        "> Material authority: sample-only.\n"
    )
    m = mail("Rajesh Kulkarni <rajesh.k@galvastructures.in>", "Brian Kowalski <bkowalski@mesaverdesolar.com>",
             "PO 4500032388 TTB-90 - production plan rev 1", "Fri, 14 Jun 2024 17:55:00 +0530", text,
             attachments=[("TTB-90_production_plan_rev1.docx", plan, DOCX_MT)])
    case("p23_supplier_plan_steel_autostart", ["RG006", "RG007"],
         "supplier bought steel for all 4,000 against sample-only material authority and plans production start on FAI approval with no further confirmation",
         [("PO_4500032388_production_plan.eml", m)])


_p23()


# ---- p24: HTML supplier quotation page: sample approval = production go-ahead ----------------
def _p24():
    body = """
<h2>Haiphong SolarTech Fabrication JSC</h2>
<p>Lot CN3, Dinh Vu Industrial Zone, Hai An, Hai Phong, Viet Nam &middot; www.hpsolartech.vn</p>
<h3>Quotation HPS-Q-240611</h3>
<p>Customer: Outback Sun Constructions Pty Ltd &middot; Attn. Kylie Nguyen &middot; Project: Emerald North 64 MWdc &middot; Date: 11/06/2024</p>
<table>
<tr><th>No.</th><th>Item</th><th>Qty</th><th>Unit price USD</th><th>Lead time</th></tr>
<tr><td>1</td><td>CT-100 perforated cable tray 3 m, HDG, samples</td><td>10 lengths</td><td>19.80</td><td>7 days</td></tr>
<tr><td>2</td><td>CT-100 perforated cable tray 3 m, HDG</td><td>3,990 lengths</td><td>12.40</td><td>see terms</td></tr>
<tr><td>3</td><td>Coupler kit CK-100</td><td>4,000 sets</td><td>0.95</td><td>with item 2</td></tr>
</table>
<h3>Terms</h3>
<ul>
<li>Payment: 30% T/T advance, 70% against copy of B/L.</li>
<li>Sample approval = production go-ahead. The balance ships 4 weeks after your sample sign-off; no separate order or release is needed.</li>
<li>Validity: 30 days. FOB Hai Phong. Galvanizing ISO 1461, min. 70 &micro;m average.</li>
</ul>
<p>Nguyen Van Minh &middot; Sales Engineer &middot; minh.nv@hpsolartech.vn &middot; +84 225 3741 990</p>
"""
    case("p24_quote_sample_approval_equals_goahead", ["RG007"],
         "supplier quote terms: 'sample approval = production go-ahead ... no separate order or release is needed' (implied auto-conversion)",
         [("HPS-Q-240611_quotation.html", html_page("Quotation HPS-Q-240611", body))])


_p24()


# ---- p25: PDF PO: production 'expected to follow on' from the pull-out test; unnamed authority --
def _p25():
    p = pdf([
        ("h1", "PURCHASE ORDER 7100-4512"),
        ("p", f"{KAROO}, 17 Loop Street, Cape Town 8001. Supplier: {GPILE}."),
        ("p", "Date: 2024/07/01. Buyer: Thabo Mokoena. Project: Kenhardt PV 3 (100 MWp)."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD"],
            ["1", "GS-76x1800", "Ground screw D76 L=1,800 mm, HDG, pull-out test lot", "forty (40)", "25.90"],
        ]),
        ("sp",),
        ("p", "The balance of 3,560 screws is not released at PO issue. Production of the balance is expected to follow on "
              "from a satisfactory pull-out test, without a further order."),
        ("p", "Material: test lot only until the pull-out test."),
        ("p", "Delivery: airfreight, DAP Kenhardt site, by 2024/07/19. Pull-out test planned week 30 with SRK Consulting."),
    ], title="PO 7100-4512", author="Thabo Mokoena")
    case("p25_po_follow_on_no_authority", ["RG005", "RG007"],
         "PO holds the balance but says production 'is expected to follow on from a satisfactory pull-out test, without a further order'; no named release authority",
         [("PO_7100-4512.pdf", p)])


_p25()


# ---- p26: WeChat export: supplier says sample approval = mass production, billet bought -------
def _p26():
    chat = txt("""
WeChat chat history export — Lucía Ferrer (Solarvía) & Kevin Zhang 张凯 (Huaxin)

2024-06-25 09:12  Lucía Ferrer: Hi Kevin, PO 4500-166 sent: 30 samples MC-30 only, for Montehermoso mock-up. The 23,970 production clamps are NOT released - Javier signs off the mock-up, then Marta sends written release.
2024-06-25 09:40  Kevin Zhang 张凯: Received, thank you Lucía!
2024-06-25 09:41  Kevin Zhang 张凯: Samples finish 5 July.
2024-06-27 16:03  Lucía Ferrer: Can you send me the DHL account you want us to use for the return of the rejected EB-35?
2024-06-27 16:30  Kevin Zhang 张凯: Yes, DHL acc 95 3381 204, thanks
2024-06-27 16:32  Kevin Zhang 张凯: About MC-30: sample approve = mass production approve, we arrange like this always, customer no need send other paper 😊
2024-06-27 16:33  Kevin Zhang 张凯: And we already prepare aluminium billet for full 24,000 pcs, price is good now, LME low.
2024-06-27 16:34  Kevin Zhang 张凯: So when you approve sample we start immediately next day.
""")
    case("p26_wechat_sample_equals_mass_production", ["RG006", "RG007"],
         "supplier: 'sample approve = mass production approve ... no need send other paper' and billet bought for full 24,000 against a 30-sample PO",
         [("WeChat_export_MC-30_Huaxin.txt", chat)])


_p26()


# ---- p27: EML supplier: coil booked for the whole balance --------------------------------------
def _p27():
    text = (
        "Dear Lucía,\n\n"
        "The 40 sample rails R-4400 for Montehermoso left our plant today, truck plate 42 ADK 118, ETA Badajoz "
        "5 July. Mill certificates EN 10204 3.1 and coating report attached to the CMR.\n\n"
        "For your information: to hold the mill slot at Borçelik we have booked 210 t of S350GD+ZM310 coil, enough "
        "for the full balance of 7,160 rails. Coil will arrive at our plant in week 29, so when the release comes "
        "we can start without waiting for the mill.\n\n"
        "Best regards,\nEmre\n"
        + sig("Emre Yıldız", "Export Manager", KONYA, "+90 332 345 1020")
        + "\n\nFrom: Lucía Ferrer <lferrer@solarvia-epc.es>\nSent: 10 June 2024 12:00\nSubject: PO 4500-171 R-4400 samples\n\n"
        "> Emre, PO 4500-171: 40 sample rails R-4400 for the Montehermoso mock-up row. The balance of 7,160 rails is\n"
        "> not released until Javier Ortega signs off the mock-up row and Marta Soler issues the written production\n"
        "> release. Material authority: sample-only.\n"
    )
    m = mail("Emre Yıldız <emre.yildiz@konyacelikprofil.com.tr>", "Lucía Ferrer <lferrer@solarvia-epc.es>",
             "RE: PO 4500-171 R-4400 samples - dispatched", "Mon, 01 Jul 2024 15:45:00 +0300", text,
             in_reply_to="<h83-sv-171@solarvia-epc.es>")
    case("p27_supplier_coil_for_balance", ["RG006"],
         "supplier booked coil for the full 7,160 balance while material authority is sample-only and nothing is released beyond 40",
         [("RE_PO_4500-171_dispatched.eml", m)])


_p27()


# ---- p28: Teams chat: 10 vs 12 pilot hangers; steel imported for all 2,000 ------------------
def _p28():
    chat = txt("""
Microsoft Teams - chat export
Participants: Brian Kowalski (Mesa Verde Solar), Nguyen Van Minh (Haiphong SolarTech)

[6/21/2024 8:40 AM] Brian Kowalski: Minh, PO 4500032470 is out: it covers the 10 pilot hangers CTH-200 for Cholla Ridge only. The other 1,990 are not released - Dana Whitfield releases them in writing after Ray signs off the pilot fit-up.
[6/21/2024 8:52 AM] Nguyen Van Minh: Thank you Brian, received.
[7/1/2024 7:15 AM] Brian Kowalski: Minh, for the pilot fit-up please ship the 12 pilot hangers on PO 4500032470 by Friday, air to Phoenix.
[7/1/2024 7:31 AM] Nguyen Van Minh: Noted Brian, we ship Friday.
[7/1/2024 7:33 AM] Nguyen Van Minh: Also for your info, we already import the steel for all 2k hangers to save time, it arrive Haiphong port yesterday. So production can be fast after fit-up.
[7/1/2024 7:40 AM] Brian Kowalski: ok. Tracking # when you have it pls
""")
    case("p28_teams_10_vs_12_steel_all", ["RG006", "RG011"],
         "buyer states 10 pilot hangers on the PO, later asks for 12 on the same PO; supplier imported steel for all 2,000",
         [("Teams_chat_CTH-200_PO_4500032470.txt", chat)])


_p28()


# ---- p29: PDF supplier status report: tube bought for full project -----------------------------
def _p29():
    p = pdf([
        ("h1", "WEEKLY STATUS REPORT - WEEK 23/2024"),
        ("p", f"{GPILE} to {ATACAMA}. Project: PFV Sierra Gorda Solar. Your PO 4500-88477. Prepared by Wang Lei."),
        ("table", [
            ["Item", "Status", "Remark"],
            ["Test screws GS-89x2000 (30 pcs)", "Delivered Antofagasta 28 May", "POD attached"],
            ["Pull-out test", "Waiting customer report", "Our engineer available on site 10-14 June"],
            ["Steel tube Q355B D89x4.0", "Purchased for full project quantity, 612 t, in our yard", "Mill: Tianjin Youfa, heat certs available"],
            ["Zinc", "Contract signed with Huludao Zinc for Q3", "-"],
            ["Production of balance", "Not started", "Waiting written release"],
        ]),
        ("sp",),
        ("p", "Risks: sea freight rates Xingang-Antofagasta +18% since May. Recommend booking space 4 weeks ahead."),
        ("p", "Wang Lei, Sales Director - wanglei@groundpile-tj.com"),
    ], title="Status report wk23", author="Wang Lei")
    case("p29_status_report_tube_full_project", ["RG006"],
         "supplier status report: steel tube purchased for the full project quantity while only 30 test screws are released",
         [("GroundPile_status_wk23_Sierra_Gorda.pdf", p)])


_p29()


# ---- p30: EML buyer: buy the coil for the balance now, paperwork later -------------------------
def _p30():
    text = (
        "Hi Emre,\n\n"
        "Steel prices are going up in July according to our cost engineer, and I don't want to get caught.\n\n"
        "Please buy the coil for the balance of the CP-120 purlins now so we lock in the price - we'll sort out "
        "the paperwork after the mock-up. The mock-up table is booked for 15 July.\n\n"
        "Thanks\nThabo\n"
        + sig("Thabo Mokoena", "Buyer", KAROO, "+27 21 418 2275")
        + "\n\nOn 2024/06/13 09:14, Thabo Mokoena wrote:\n"
        "> Emre, PO 7100-4491 covers 8 sample CP-120 purlins for the De Aar mock-up table. The balance of 2,392\n"
        "> purlins is not released until Pieter Botha signs off the mock-up and Annelie van der Merwe sends the\n"
        "> written release. Material authority: sample-only.\n"
    )
    m = mail("Thabo Mokoena <thabo.m@karoosun.co.za>", "Emre Yıldız <emre.yildiz@konyacelikprofil.com.tr>",
             "RE: PO 7100-4491 CP-120 purlins - coil", "Wed, 26 Jun 2024 14:05:00 +0200", text,
             in_reply_to="<h83-ksp-4491@karoosun.co.za>")
    case("p30_buyer_buy_coil_paperwork_later", ["RG006"],
         "buyer asks supplier to buy coil for the 2,392 balance 'we'll sort out the paperwork after the mock-up' - no explicit material authority",
         [("RE_PO_7100-4491_coil.eml", m)])


_p30()


# ---- p31: DOCX supplier kick-off minutes: pre-order coil for all four blocks -----------------
def _p31():
    d = docx_bytes([
        ("h1", "Project kick-off minutes — Llano de Llampos II, TB-60 brackets"),
        ("p", f"{BRIGHT} — internal kick-off, shared with {ATACAMA}. Date: 19 June 2024. Minutes: Jason Lin."),
        ("p", "Attendees: Jason Lin (Sales), Chen Hui (Purchasing), Zhou Bin (Production), Li Na (QC). "
              "Customer PO 4500-88530 covers the samples (24 pcs); the Block 1 balance waits for the customer's written release."),
        ("table", [
            ["No.", "Topic", "Action", "Owner", "Due"],
            ["1", "Samples", "Laser cut + bend 24 pcs, HDG at Tong'an galvanizer, ship DHL", "Zhou Bin", "28 Jun"],
            ["2", "Raw material", "Pre-order S420MC coil for all four blocks (full plant) to secure the Baosteel July allocation", "Chen Hui", "28 Jun"],
            ["3", "Zinc", "Reserve galvanizing capacity wk 31-38", "Chen Hui", "5 Jul"],
            ["4", "QC", "Prepare coating thickness plan, 5 pcs per lot, ISO 1461 Table 3", "Li Na", "26 Jun"],
            ["5", "Packing", "Steel box 100 pcs, label with customer part no. and heat no.", "Zhou Bin", "-"],
        ]),
        ("sp",),
        ("p", "Next meeting: 3 July 2024, after sample shipment."),
    ], author="Jason Lin")
    case("p31_docx_kickoff_coil_full_plant", ["RG006"],
         "supplier kick-off minutes: pre-order coil for all four blocks while only 24 samples are released",
         [("Kickoff_minutes_TB-60_LLII.docx", d)])


_p31()


# ---- p32: TXT supplier ERP status: advance received -> released to production; coil PO raised --
def _p32():
    erp = txt("""
PUNE GALVASTRUCTURES PVT. LTD.            SALES ORDER STATUS                 DT: 10/06/2024
ERP: TALLY PRIME / PGPL-MFG                                                   PAGE 1 OF 1
----------------------------------------------------------------------------------------------
SO NO      : SO/24-25/0881            CUSTOMER : KAROO SUN POWER (PTY) LTD
CUST PO    : 7100-4432                ITEM     : RF-3200 RAFTER, DRG KSP-STR-044 REV B
----------------------------------------------------------------------------------------------
LINE  DESCRIPTION                      QTY NOS   STATUS
1     RAFTER RF-3200 - SAMPLE                24   GALVANISED / READY FOR DISPATCH
2     RAFTER RF-3200 - BALANCE            2,376   RELEASED TO PRODUCTION
                                                  (AUTO: ADVANCE RECEIVED 07/06/2024)
----------------------------------------------------------------------------------------------
PAYMENT   : ADVANCE 30% USD 4,260.00 RECD 07/06/2024 - REF SBIN2406071182
WORK ORDER: WO/24-0993  QTY 2,376  SHOP: CUTTING+PUNCHING LINE 2  START 12/06/2024
MRP       : HR COIL IS 2062 E350, 51 T (FOR 2,376 NOS) - PURCHASE ORDER RAISED ON JSW, PO/PGPL/1187
----------------------------------------------------------------------------------------------
PRINTED BY: PRODPLAN2   10/06/2024 17:44
""")
    text = (
        "Dear Thabo,\n\n"
        "As requested by your accounts team, please find attached the order status printout from our ERP for "
        "your PO 7100-4432. Samples are ready for dispatch; DHL pick-up is booked for Monday.\n\n"
        "Thanks & Regards,\nRajesh\n"
        + sig("Rajesh Kulkarni", "Manager - Export Sales", GALVA, "+91 20 2712 4480")
    )
    m = mail("Rajesh Kulkarni <rajesh.k@galvastructures.in>", "Thabo Mokoena <thabo.m@karoosun.co.za>",
             "PO 7100-4432 - order status", "Mon, 10 Jun 2024 18:02:00 +0530", text,
             attachments=[("SO-24-25-0881_status.txt", erp, "text/plain")])
    case("p32_supplier_erp_advance_released", ["RG006", "RG012"],
         "supplier ERP printout (TXT attachment): balance 'RELEASED TO PRODUCTION (AUTO: ADVANCE RECEIVED)' and coil PO raised for 2,376 beyond the released samples",
         [("PO_7100-4432_order_status.eml", m)])


_p32()


# ---- p33: EML supplier + proforma: production on receipt of advance ---------------------------
def _p33():
    pi = pdf([
        ("h1", "PROFORMA INVOICE PI/AEE/24-25/0207"),
        ("p", f"{AEE}, Plot 114, GIDC Vatva, Ahmedabad 382445. GSTIN 24AABCA1190K1Z3."),
        ("p", f"To: {MESA}, Phoenix, AZ. Your PO: 4500032655. Date: 14/06/2024."),
        ("table", [
            ["Sr.", "Description", "Qty", "Rate USD", "Amount USD"],
            ["1", "CB-16S-1500 DC string combiner box, 16 inputs, 1500 V", "480", "1,240.00", "595,200.00"],
            ["", "Advance 30%", "", "", "178,560.00"],
        ]),
        ("sp",),
        ("p", "Terms: 30% advance by T/T; balance 70% against scanned B/L. Production will commence upon receipt of the 30% advance. "
              "Delivery: 6-8 weeks from advance, FCA Nhava Sheva."),
        ("p", "Bank: HDFC Bank, Ashram Road branch, A/c 50200011874421, SWIFT HDFCINBB."),
    ], title="PI/AEE/24-25/0207", author="Nikhil Shah")
    text = (
        "Dear Brian,\n\n"
        "Thank you for PO 4500032655. Please find attached our proforma invoice for the PO value.\n\n"
        "Kindly arrange the 30% advance at the earliest, so that we can start production of the 480 units and "
        "keep the August dispatch.\n\n"
        "Regards,\nNikhil\n"
        + sig("Nikhil Shah", "Business Development Manager", AEE, "+91 79 2583 1190")
        + "\n\nOn Thu, 13 Jun 2024, Brian Kowalski wrote:\n"
        "> Nikhil, PO 4500032655 attached. Commercial cover: 480 CB-16S-1500. Released now: 12 pre-production units\n"
        "> only. The balance of 468 is not released; it needs FAT sign-off by Ray Delgado and then a written\n"
        "> release from Dana Whitfield. Material authority: pre-production units only.\n"
    )
    m = mail("Nikhil Shah <nikhil.shah@aeenclosures.in>", "Brian Kowalski <bkowalski@mesaverdesolar.com>",
             "RE: PO 4500032655 - proforma invoice", "Fri, 14 Jun 2024 13:25:00 +0530", text,
             in_reply_to="<h83-mv-32655@mesaverdesolar.com>",
             attachments=[("PI_AEE_24-25_0207.pdf", pi, PDF_MT)])
    case("p33_proforma_production_on_advance", ["RG012"],
         "supplier asks for the advance 'so that we can start production of the 480' and PI says production commences on receipt of advance; only 12 released",
         [("RE_PO_4500032655_proforma.eml", m)])


_p33()


# ---- p34: multi-file: PO says 24 samples, buyer email says 36 ----------------------------------
def _p34():
    po = pdf([
        ("h1", "PURCHASE ORDER 4500-175"),
        ("p", f"{SOLARVIA} — Supplier: {BRIGHT}. Date: 2024-06-24. Buyer: Lucía Ferrer. Project: PV Las Cabezas 80 MWp."),
        ("table", [
            ["Pos", "Part", "Description", "Qty", "Scope", "EUR/pc"],
            ["10", "TC-50", "Torque tube clamp 50x50, S355, HDG, drawing BRT-TC50 Rev A", "24", "Samples", "6.90"],
        ]),
        ("sp",),
        ("p", "Released now: the 24 sample clamps. The production balance of 5,976 clamps is not released. It is released "
              "only by a written release signed by Marta Soler, Head of Procurement, after Javier Ortega signs off the "
              "tracker mock-up. Material authority: sample-only."),
    ], title="PO 4500-175", author="Lucia Ferrer")
    text = (
        "Hi Jason,\n\n"
        "Just to confirm what we discussed by phone: please send the 36 samples of TC-50 on PO 4500-175 by air, "
        "DAP Getafe, so they arrive before 12 July. The tracker mock-up is on the 15th.\n\n"
        "Thanks,\nLucía\n"
        + sig("Lucía Ferrer", "Compradora / Procurement", SOLARVIA, "+34 91 204 7781")
    )
    m = mail("Lucía Ferrer <lferrer@solarvia-epc.es>", "Jason Lin <jason.lin@brightrack.com.cn>",
             "PO 4500-175 TC-50 samples", "Tue, 25 Jun 2024 10:30:00 +0200", text)
    case("p34_multi_po24_email36", ["RG011"],
         "PO releases 24 sample clamps; the buyer's email on the same PO asks for 36 samples",
         [("PO_4500-175.pdf", po), ("PO_4500-175_TC-50_samples.eml", m)])


_p34()


# ---- p35: PDF PO: header sample qty 20, line qty 25 ---------------------------------------------
def _p35():
    p = pdf([
        ("h1", "PURCHASE ORDER OSC-PO-24-0577"),
        ("p", f"{OUTBACK}, Level 9, 140 Creek St, Brisbane QLD 4000. Supplier: {GPILE}."),
        ("table", [
            ["PO date", "Buyer", "Project", "Sample quantity", "Currency"],
            ["04/07/2024", "Kylie Nguyen", "Emerald North 64 MWdc", "20 pcs", "AUD"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit AUD", "Extended AUD"],
            ["1", "GS-68x1500", "Ground screw D68 L=1,500 mm, HDG, pull-out test lot", "25", "38.50", "962.50"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "Released now: the sample quantity shown above, for the pull-out test on rows 2, 9 and 15. The production "
              "balance of 6,380 screws is not released. Unlock: pull-out test report signed off by Mick Travers, then a "
              "written release from Darren Pike, Procurement Manager. Material authority: samples only."),
        ("p", "Delivery: air to Brisbane, then road to Emerald. Required on site by 26/07/2024."),
    ], title="OSC-PO-24-0577", author="Kylie Nguyen")
    case("p35_po_header20_line25", ["RG011"],
         "PO header says sample quantity 20 pcs, the PO line says 25 for the same test lot",
         [("OSC-PO-24-0577.pdf", p)])


_p35()


# ---- p36: EML says release of 1,200; attached DOCX release letter says 1,000 ---------------------
def _p36():
    rel = docx_bytes([
        ("h1", "LIBERACIÓN DE PRODUCCIÓN / PRODUCTION RELEASE R-03"),
        ("p", f"{ATACAMA} — to {KONYA}. Frame PO 4500-88410, Z-purlin ZP-150-2.0. Date: 22-07-2024."),
        ("table", [
            ["Field", "Value"],
            ["Frame quantity", "4,000"],
            ["Released before", "820 (call-offs 1 and 2)"],
            ["Quantity released by R-03", "1,000"],
            ["Balance not released", "2,180"],
            ["Unlock for balance", "call-off 4, after Block 2 mock-up inspection"],
            ["Authorized by", "Rodrigo Fuentes, Gerente de Abastecimiento"],
        ]),
        ("sp",),
        ("p", "This release authorizes production and delivery of 1,000 purlins for Block 2. Material authority: coil for the released quantity."),
        ("p", "Rodrigo Fuentes"),
    ], author="Rodrigo Fuentes")
    text = (
        "Hola Emre,\n\n"
        "Adjunto la liberación R-03. In English for your planning team: 1,200 ZP-150 purlins released for Block 2, "
        "ETD Mersin before 30 August please. The rest of the frame stays on hold until call-off 4, signed by Rodrigo.\n\n"
        "Saludos,\nCamila\n\n"
        "Camila Rojas | Compradora Senior | Atacama Renovables SpA | +56 2 2940 7712\n"
    )
    html = ("<html><body><p>Hola Emre,</p><p>Adjunto la liberaci&oacute;n R-03. In English for your planning team: "
            "<b>1,200 ZP-150 purlins released for Block 2</b>, ETD Mersin before 30 August please. The rest of the frame stays "
            "on hold until call-off 4, signed by Rodrigo.</p><p>Saludos,<br>Camila</p>"
            "<p style='color:#666'>Camila Rojas | Compradora Senior | Atacama Renovables SpA | +56 2 2940 7712</p></body></html>")
    m = mail("Camila Rojas <crojas@atacamarenovables.cl>", "Emre Yıldız <emre.yildiz@konyacelikprofil.com.tr>",
             "Liberación R-03 - OC marco 4500-88410 ZP-150", "Mon, 22 Jul 2024 11:15:00 -0400", text, html=html,
             cc="Rodrigo Fuentes <rfuentes@atacamarenovables.cl>",
             attachments=[("Liberacion_R-03.docx", rel, DOCX_MT)])
    case("p36_email1200_letter1000", ["RG011"],
         "cover email says 1,200 purlins released, attached release letter R-03 says 1,000 (balance 2,180)",
         [("Liberacion_R-03_ZP-150.eml", m)])


_p36()


# ---- p37: HTML call-off: 600 vs 800, 'release' used for QA lot release too --------------------
def _p37():
    body = """
<h2>Outback Sun Constructions &mdash; Purchase Order Portal</h2>
<p>Blanket PO <b>OSC-BPO-24-014</b> &middot; Supplier: Ningbo Huaxin Solar Mounting Co., Ltd. &middot; Part EC-40 end clamp, drawing OSC-MS-207 rev 2</p>
<h3>Call-off 3 &mdash; issued 15/07/2024</h3>
<table>
<tr><th>Call-off</th><th>Qty</th><th>Status</th></tr>
<tr><td>1 (samples)</td><td>36</td><td>Delivered; lot release LR-19 issued by OSC QA at source inspection</td></tr>
<tr><td>2</td><td>2,000</td><td>Delivered; lot release LR-22 issued by OSC QA at source inspection</td></tr>
<tr><td>3</td><td>Released now: 600</td><td>Open</td></tr>
<tr><td>Balance of blanket</td><td>9,364</td><td>Not released</td></tr>
</table>
<div class="note">
<p>This call-off releases 800 EC-40 end clamps for production. Ship after lot release by OSC QA at source inspection.</p>
<p>The balance is not released until the next call-off, signed by Darren Pike, Procurement Manager.</p>
</div>
<p>Contact: Kylie Nguyen &middot; kylie.nguyen@outbacksun.com.au</p>
"""
    case("p37_portal_calloff_600_vs_800_lot_release", ["RG009", "RG011"],
         "call-off table says 600 released, note says the call-off releases 800; 'release' also used for QA lot release at source inspection",
         [("OSC-BPO-24-014_calloff3.html", html_page("OSC-BPO-24-014 call-off 3", body))])


_p37()


# ---- p38: EML supplier acknowledgement restates 6 where the PO says 4 -------------------------
def _p38():
    text = (
        "Dear Thabo,\n\n"
        "We acknowledge your PO 7100-4481 for six (6) pre-production combiner boxes CB-12S-1000 for FAT. The balance "
        "of 234 boxes is not released and we will wait for the written release from Ms. Annelie after the FAT sign-off.\n\n"
        "FAT date proposal: 18 July, remote witness via Teams, 10:00 IST.\n\n"
        "Regards,\nNikhil\n"
        + sig("Nikhil Shah", "Business Development Manager", AEE, "+91 79 2583 1190")
        + "\n\nOn Mon, 1 Jul 2024 at 14:02, Thabo Mokoena <thabo.m@karoosun.co.za> wrote:\n"
        "> Hi Nikhil,\n> PO 7100-4481 attached: 4 pre-production CB-12S-1000 boxes for FAT. The balance of 236 boxes\n"
        "> is not released. Unlock: FAT sign-off by Pieter Botha, then a written release from Annelie van der Merwe.\n"
        "> Please acknowledge the scope.\n> Thabo\n"
    )
    m = mail("Nikhil Shah <nikhil.shah@aeenclosures.in>", "Thabo Mokoena <thabo.m@karoosun.co.za>",
             "RE: PO 7100-4481 CB-12S-1000 - acknowledgement", "Tue, 02 Jul 2024 10:40:00 +0530", text,
             in_reply_to="<h83-ksp-4481@karoosun.co.za>")
    case("p38_supplier_ack_6_vs_4", ["RG011"],
         "supplier acknowledgement restates 6 pre-production boxes and balance 234; the quoted PO says 4 and 236",
         [("RE_PO_7100-4481_ack.eml", m)])


_p38()


# ---- p39: multi-file: ERP blanket release 2,400 vs release letter 2,000 ---------------------------
def _p39():
    erp = txt("""
MESA VERDE SOLAR DEVELOPERS LLC           BLANKET RELEASE PRINT              RUN DATE 07/08/2024
ORACLE EBS R12 - PO_REL_PRINT                                                   PAGE 1
------------------------------------------------------------------------------------------------
BLANKET PO : 4500031990   REV 2          SUPPLIER : XIAMEN BRIGHTRACK NEW ENERGY CO LTD (210077)
ITEM       : BH-120  TRACKER BEARING HOUSING  DWG MV-TRK-0415 REV C
AGREED QTY : 4,800 EA   PROJECT: SAGUARO FLATS SOLAR
------------------------------------------------------------------------------------------------
REL  REL DATE    QTY EA   NEED-BY     SHIP-TO                  STATUS   AUTHORIZED BY
000  05/03/2024      16   05/24/2024  PHX WAREHOUSE            CLOSED   B.KOWALSKI (FAI SAMPLES)
001  07/08/2024   2,400   08/30/2024  SAGUARO FLATS LAYDOWN 2  OPEN     D.WHITFIELD
------------------------------------------------------------------------------------------------
REMAINING UNRELEASED : 2,384 EA - NOT RELEASED. NEXT RELEASE REQUIRES WRITTEN RELEASE BY
D.WHITFIELD AFTER BLOCK 1 LOT ACCEPTANCE AT SITE.
------------------------------------------------------------------------------------------------
""")
    rel = pdf([
        ("h1", "PRODUCTION RELEASE No. 1"),
        ("p", f"{MESA} to {BRIGHT}. Blanket PO 4500031990. Date: 07/08/2024."),
        ("p", "Following the FAI sign-off of the 16 BH-120 samples by Ray Delgado on 06/21/2024, we release 2,000 BH-120 "
              "tracker bearing housings for production, need-by 08/30/2024, ship to Saguaro Flats laydown 2."),
        ("p", "The remaining quantity is not released. The next release needs a written release from me after Block 1 lot "
              "acceptance at site. Material authority: the 2,000 released housings."),
        ("p", "Dana Whitfield, VP Supply Chain"),
    ], pagesize=LETTER, title="Production release 1", author="Dana Whitfield")
    case("p39_multi_erp2400_letter2000", ["RG011"],
         "ERP blanket release 001 shows 2,400 (remaining 2,384); the signed release letter for the same release says 2,000",
         [("PO_REL_PRINT_4500031990.txt", erp), ("Production_release_1_BH-120.pdf", rel)])


_p39()


# ---- p40: AU site chat: forecast 'that's an order' + 'crack on' on a drawing ---------------------
def _p40():
    chat = txt("""
[08/07/2024, 6:55:02 am] Kylie Nguyen: Morning all. For the record on OSC-PO-24-0590: 40 sample rails RL-4200 released for the Emerald North mock-up. The other 5,960 stay on hold, not released, until Darren's written release after Mick signs off the mock-up.
[08/07/2024, 7:10:48 am] Minh (HP SolarTech): Noted Kylie, 40 pcs in production, ship Thursday.
[08/07/2024, 12:31:20 pm] Mick Travers: Minh, heads up - forecast says three more blocks at Emerald in Q4, so lock it in mate, that's an order. Don't give our slot to anyone else.
[08/07/2024, 12:40:05 pm] Minh (HP SolarTech): Thank you Mick, we note it in our plan 🙏
[09/07/2024, 9:02:37 am] Minh (HP SolarTech): Mick, rev E shop drawing with slotted holes for the north-south splice is uploaded in Aconex. OK for you?
[09/07/2024, 9:30:11 am] Mick Travers: Yeah all good, crack on 👍
[09/07/2024, 9:31:00 am] Minh (HP SolarTech): Thanks!
""")
    case("p40_chat_forecast_order_crack_on", ["RG002", "RG008"],
         "site manager: 'forecast says three more blocks ... lock it in, that's an order'; later 'all good, crack on' on a drawing with no scope",
         [("WhatsApp Chat - Emerald North structures.txt", chat)])


_p40()


# ---- p41: DOCX supplier capacity letter: forecast booked as firm order -------------------------
def _p41():
    d = docx_bytes([
        ("h1", "Capacity reservation 2025"),
        ("p", f"{KONYA} — to {SOLARVIA}, attn. Marta Soler, Head of Procurement. Ref: KCP-CAP-2025-03. Date: 15.07.2024."),
        ("p", "Dear Ms. Soler,"),
        ("p", "Thank you for the meeting in Madrid on 9 July. As agreed, your 2025 forecast is booked as a firm order in our "
              "production plan on roll-forming line RF-3:"),
        ("table", [
            ["Quarter 2025", "Forecast MWp", "R-4400 / R-5200 rails (pcs)", "Line RF-3 weeks"],
            ["Q1", "25", "15,000", "6"],
            ["Q2", "25", "15,000", "6"],
            ["Q3", "30", "18,000", "7"],
            ["Q4", "20", "12,000", "5"],
        ]),
        ("sp",),
        ("p", "Because these quantities are now firm in our plan, cancellation or reduction after 1 November 2024 will be "
              "charged at 15% of the affected value."),
        ("p", "Kind regards, Emre Yıldız, Export Manager"),
    ], author="Emre Yildiz")
    case("p41_docx_supplier_forecast_booked_firm", ["RG008"],
         "supplier letter books the buyer's 2025 forecast 'as a firm order' with cancellation charges",
         [("KCP-CAP-2025-03_capacity.docx", d)])


_p41()


# ---- p42: HTML portal 'firm / committed volumes' derived from a forecast ---------------------
def _p42():
    body = """
<h2>Mesa Verde Solar &mdash; Supplier Portal</h2>
<p>Supplier: Ahmedabad Electro Enclosures Pvt. Ltd. &middot; Category: DC combiner boxes</p>
<h3>Committed volumes 2025 &mdash; FIRM</h3>
<p>Source: project pipeline forecast (P50), refreshed monthly. Projects may slip between quarters.</p>
<table>
<tr><th>Part</th><th>Q1 2025</th><th>Q2 2025</th><th>Q3 2025</th><th>Q4 2025</th><th>Total</th></tr>
<tr><td>CB-16S-1500</td><td>360</td><td>520</td><td>440</td><td>280</td><td>1,600</td></tr>
<tr><td>CB-24S-1500</td><td>200</td><td>240</td><td>320</td><td>160</td><td>920</td></tr>
</table>
<div class="note">These are committed volumes for 2025. Please confirm capacity by 31 August.</div>
<p>Category manager: Dana Whitfield &middot; dwhitfield@mesaverdesolar.com</p>
"""
    case("p42_portal_committed_volumes_forecast", ["RG008"],
         "portal presents P50 pipeline forecast as 'Committed volumes 2025 - FIRM'",
         [("Supplier_portal_volumes_2025.html", html_page("Committed volumes 2025", body))])


_p42()


# ---- p43: DOCX: QA lot release + production release in one document ---------------------------
def _p43():
    d = docx_bytes([
        ("h1", "Lot release certificate LR-LS-014"),
        ("p", f"{SOLARVIA} — Source inspection at {HUAXIN}, Ningbo. Date: 2024-05-09. Inspector: Pablo Medina (SV QA)."),
        ("table", [
            ["Lot", "Part", "Qty", "Inspection", "Result"],
            ["L-0509-01", "MC-35 mid clamp, drawing HX-MC35 Rev 3", "24", "Dimensions, anodizing, torque, packing", "Conform"],
        ]),
        ("sp",),
        ("p", "Lot L-0509-01 (24 sample clamps for PO 4500-117) is released by SV QA and may ship."),
        ("p", "Release of the production balance (17,976 clamps) will follow after Javier Ortega signs off the mock-up row, "
              "by written release from Marta Soler, Head of Procurement. Until then the balance is not released."),
        ("p", "Pablo Medina, Supplier Quality Engineer"),
    ], author="Pablo Medina")
    case("p43_docx_lot_release_vs_production_release", ["RG009"],
         "'release' used for QA lot release at source inspection and for production release in one certificate; scope otherwise complete",
         [("LR-LS-014_lot_release.docx", d)])


_p43()


# ---- p44: SA chat: 'finance released the PO, so samples released'; no count --------------------
def _p44():
    chat = txt("""
[2024/07/02, 10:14:09] Thabo Mokoena: Nikhil, finance released PO 7100-4488 this morning 🎉
[2024/07/02, 10:14:41] Thabo Mokoena: So the pre-production samples are released too - please start them.
[2024/07/02, 10:15:30] Thabo Mokoena: The rest stays on hold. Not released until Annelie's written release after Pieter signs off the FAT.
[2024/07/02, 10:22:18] Nikhil Shah (AEE): Thank you Thabo, we start samples today. Enclosure from stock.
[2024/07/02, 10:40:52] Pieter Botha: FAT procedure AEE-QP-17 rev 2 is fine, add IR scan at 80% load please.
""")
    case("p44_chat_finance_released_po_samples", ["RG009", "RG010"],
         "'released' used for finance PO approval and for production release; samples released with no quantity stated anywhere",
         [("WhatsApp Chat - KSP combiner boxes.txt", chat)])


_p44()


# ---- p45: HTML portal: PO acceptance moves all lines to 'released for manufacturing' -----------
def _p45():
    body = """
<h2>Atacama Renovables &mdash; Portal de Proveedores</h2>
<p>Orden de compra <b>4500-88560</b> &middot; Proveedor: Konya &Ccedil;elik Profil A.&Scedil;. &middot; Proyecto: PFV Sierra Gorda Solar</p>
<table>
<tr><th>L&iacute;nea</th><th>Material</th><th>Descripci&oacute;n</th><th>Cantidad</th><th>Alcance</th></tr>
<tr><td>10</td><td>ZP-180-2.5</td><td>Z-purlin 180x2.5, S350GD+Z275</td><td>30</td><td>Muestras / samples &mdash; released</td></tr>
<tr><td>20</td><td>ZP-180-2.5</td><td>Z-purlin 180x2.5, S350GD+Z275</td><td>3,970</td><td>Producci&oacute;n &mdash; not released</td></tr>
</table>
<div class="note">Scope: only the 30 samples of line 10 are released. Line 20 is not released until call-off 2, signed by Rodrigo Fuentes after the mock-up inspection.</div>
<h3>Estado / status history</h3>
<table>
<tr><th>Fecha</th><th>Evento</th></tr>
<tr><td>01-07-2024</td><td>Emitida / issued by Camila Rojas</td></tr>
<tr><td>03-07-2024</td><td>Aceptada por proveedor / accepted by supplier (Emre Y&#305;ld&#305;z)</td></tr>
<tr><td>03-07-2024</td><td>Autom&aacute;tico: OC aceptada &rarr; estado &laquo;En fabricaci&oacute;n&raquo; / status &laquo;In production&raquo;. Acceptance of the PO authorizes the supplier to start production.</td></tr>
</table>
"""
    case("p45_portal_acceptance_releases_all_lines", ["RG012"],
         "portal status: 'Acceptance of the PO authorizes the supplier to start production' although only the 30 samples are released",
         [("OC_4500-88560_portal.html", html_page("OC 4500-88560", body, lang="es"))])


_p45()


# =================================================================== MAIN
SEED = 8383


def _stem(fn):
    st = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9_-]+", "_", st).strip("_")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h83_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                (d / fn).write_text(data, encoding="utf-8")
            else:
                (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary on stdout
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")


if __name__ == "__main__":
    main()
