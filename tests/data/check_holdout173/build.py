#!/usr/bin/env python3
"""Generator for the releasegate check_holdout173 corpus.

Domain: vending machines and self-service kiosks (cabinets, coin and card modules, spiral
trays, touch-screen bezels, locker banks, kiosk enclosures).

Run with the venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout173/build.py

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
    m["Message-ID"] = msgid or f"<h173-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h173")
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



# ------------------------------------------------------------ people, signatures
def sig_it(name, title):
    return (f"\n-- \n{name}\n{title}\nOrobica Vending S.p.A. | Via Zanica 112 | 24126 Bergamo (BG) | Italia\n"
            "Tel. +39 035 0000 412 | www.orobica-vending.example\n\n"
            "Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio "
            "per errore, vi preghiamo di cancellarlo e di avvisare il mittente. / This e-mail is confidential; "
            "if you received it by mistake please delete it and inform the sender.\n")


def sig_us(name, title, phone="+1 614 555 0147"):
    return sig(name, title, "Buckeye Kiosk Systems, Inc. | 5800 Frantz Rd, Dublin, OH 43017", phone)


def sig_jp(name, title):
    return (f"\n--------------------------------------------------\n{name}\n{title}\n"
            "Hokuriku Beverage Service Co., Ltd.\n2-14 Hirooka, Kanazawa, Ishikawa 920-0031 JAPAN\n"
            "TEL +81-76-000-2231 / FAX +81-76-000-2232\n--------------------------------------------------\n"
            "This e-mail may contain confidential information. If you are not the intended recipient, "
            "please delete it.\n")


def sig_ch(name, title):
    return (f"\nFreundliche Grüsse / Best regards\n\n{name}\n{title}\n"
            "Lockwerk AG | Tössfeldstrasse 31 | CH-8406 Winterthur\nT +41 52 000 31 40 | lockwerk.example\n\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige Adressat "
            "sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.\n")


def sig_gz(name, title):
    return (f"\nThanks & best regards\n{name} | {title}\n"
            "Guangzhou Huaxin Metal Products Co., Ltd.\nNo. 18 Shilou Industrial Road, Panyu District, Guangzhou 511447, China\n"
            "Tel: +86 20 0000 8818  WeChat: huaxin_sales01\n")


def sig_my(name, title):
    return (f"\nThank you & regards,\n{name}\n{title}\nPenang Precision Moulding Sdn. Bhd. (Co. No. 0000412-K)\n"
            "Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia | +60 4-000 6688\n\n"
            "DISCLAIMER: This email and its attachments are confidential and intended solely for the "
            "addressee. Any unauthorised use is prohibited.\n")


def sig_ro(name, title):
    return (f"\nBest regards / Cu stimă,\n{name}\n{title}\nMetalform Transilvania S.R.L.\n"
            "Str. Fabricii de Zahăr 41, 400620 Cluj-Napoca, Romania | +40 264 000 517\n")


def sig_mx(name, title):
    return (f"\nSaludos,\n{name}\n{title}\nGabinetes y Kioscos del Norte, S.A. de C.V.\n"
            "Av. Industrias 410, Parque Ind. Apodaca, N.L. 66600, México | +52 81 0000 4410\n\n"
            "AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son confidenciales. / This message is "
            "confidential; if received in error please delete it.\n")


def sig_bg(name, title):
    return (f"\nCordiali saluti\n{name}\n{title}\nLamiere Seriane S.r.l. | Via Nazionale 27 | 24068 Seriate (BG)\n"
            "Tel. 035 000 2918 | P.IVA 00000000163\n")


ORO = "Chiara Locatelli <c.locatelli@orobica-vending.example>"
ORO_DR = "Davide Rota <d.rota@orobica-vending.example>"
BKS = "Jenna Whitaker <jwhitaker@buckeyekiosk.example>"
BKS_TK = "Tom Kowalski <tkowalski@buckeyekiosk.example>"
HBS = "Kenji Watanabe <k-watanabe@hokuriku-bev.example>"
LKW = "Urs Brunner <urs.brunner@lockwerk.example>"
GZ = "Lily Chen <lily.chen@huaxin-metal.example>"
MY = "Ravi Kumar <ravi.kumar@penang-pm.example>"
MY_SA = "Siti Aminah <siti.aminah@penang-pm.example>"
RO = "Andrei Pop <andrei.pop@metalform-tr.example>"
RO_IM = "Ioana Muresan <ioana.muresan@metalform-tr.example>"
MX = "Luis Garza <lgarza@gkn-norte.example>"
BG = "Giorgio Vavassori <giorgio@lamiereseriane.example>"


def quote(text, level=1):
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def p_html(text):
    """very small text -> html for multipart/alternative bodies"""
    paras = [x for x in text.strip().split("\n\n")]
    out = []
    for para in paras:
        lines = [escape(ln) for ln in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


# =================================================================== CLEAN
# c01: supplier quote with pilot and three production tiers; no authorized quantity.
case("c01_quote_tiers", [], "supplier quote with pilot and production tiers, says it is not an order; no authorization in the bundle", [
    ("Q-GZ-2406-118.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", "Guangzhou Huaxin Metal Products Co., Ltd. - No. 18 Shilou Industrial Road, Panyu District, "
              "Guangzhou 511447, China"),
        ("p", "Quotation No.: Q-GZ-2406-118     Date: 2024-06-03     Valid: 60 days"),
        ("p", "To: Orobica Vending S.p.A., Bergamo, Italy - Attn. Ms. Chiara Locatelli (Purchasing)"),
        ("p", "Item: VM-CAB-60 snack vending cabinet, SPCC 1.2 mm, powder coating RAL 9005 fine texture, "
              "according DRG 1200 Rev 4. Door hinge M8x1.25, earth stud M6. Certificate ISO 9001:2015."),
        ("table", [
            ["Tier", "Quantity", "Unit price EUR (EXW)", "Lead time"],
            ["Pilot lot", "12 pcs", "410,00", "25 days after PO"],
            ["Production tier A", "300 pcs", "268,50", "35 days after written release"],
            ["Production tier B", "600 pcs", "249,00", "40 days after written release"],
            ["Production tier C", "1.200 pcs", "236,80", "45 days after written release"],
        ]),
        ("sp",),
        ("table", [
            ["One-time cost", "EUR"],
            ["Bending tools + spot welding fixtures", "6.800,00"],
            ["Packing jig (wooden pallet, 1 pc / pallet)", "420,00"],
        ]),
        ("sp",),
        ("p", "Remarks:"),
        ("p", "1. This quotation is an offer only, it is not an order. Production tiers are price levels; "
              "we produce production quantity only after customer written production release."),
        ("p", "2. Payment: T/T 30% with PO, 70% before shipment. Port: Nansha, Guangzhou."),
        ("p", "3. Salt spray test 240 h (ISO 9227) on powder coating included for pilot lot."),
        ("sp",),
        ("p", "Huaxin Metal - Lily Chen, Sales Manager"),
    ], title="Quotation Q-GZ-2406-118", author="Lily Chen")),
])

# c02: buyer RFQ with three volume scenarios, explicitly not an order.
_c02_text = """Hi Luis,

Hope all is good down in Apodaca. We're kicking off the next-gen 32" self-checkout kiosk and we'd
like Gabinetes to quote the enclosure:

  KE-32 kiosk enclosure, dwg KE-32-000 rev B, 14 ga CRS, powder coat black texture,
  IP54 per IEC 60529, IK08 front per EN 62262

Please quote these volume scenarios:
  - Pilot: 5 units
  - Scenario A: 100 units/yr
  - Scenario B: 250 units/yr
  - Scenario C: 500 units/yr (only if the grocery chain rollout happens)

Break out tooling, weld fixtures and packaging (export crate, ISPM 15) separately please.

To be clear: this is a request for quote only. It is not an order and none of these quantities
is committed. Please don't buy material or book capacity against it. If we go forward you'll get
a PO from Oracle with its own scope note.

Quotes due Friday June 21, 2024, COB Eastern.

Thanks!
Jenna
""" + sig_us("Jenna Whitaker", "Senior Buyer, Strategic Sourcing")
_c02_html = html_page("RFQ 24-118", """<p>Hi Luis,</p>
<p>Hope all is good down in Apodaca. We're kicking off the next-gen 32" self-checkout kiosk and we'd like
Gabinetes to quote the enclosure: <b>KE-32 kiosk enclosure</b>, dwg KE-32-000 rev B, 14 ga CRS, powder coat
black texture, IP54 per IEC 60529, IK08 front per EN 62262.</p>
<table><tr><th>Scenario</th><th>Quantity</th></tr>
<tr><td>Pilot</td><td>5 units</td></tr>
<tr><td>A</td><td>100 units/yr</td></tr>
<tr><td>B</td><td>250 units/yr</td></tr>
<tr><td>C</td><td>500 units/yr (only if the grocery chain rollout happens)</td></tr></table>
<p>Break out tooling, weld fixtures and packaging (export crate, ISPM 15) separately please.</p>
<p class="note">To be clear: this is a request for quote only. It is not an order and none of these quantities
is committed. Please don't buy material or book capacity against it. If we go forward you'll get a PO from
Oracle with its own scope note.</p>
<p>Quotes due Friday June 21, 2024, COB Eastern.</p><p>Thanks!<br>Jenna</p>""")
case("c02_rfq_scenarios", [], "buyer RFQ with pilot and three volume scenarios, explicitly not an order", [
    ("RFQ_24-118.eml", eml_bytes(mail(BKS, MX, "RFQ 24-118 - KE-32 kiosk enclosure (3 volume scenarios)",
                                      "Tue, 11 Jun 2024 14:22:05 -0400", _c02_text, html=_c02_html))),
])

# c03: supplier asks for the go-ahead for the balance under a complete quoted buyer scope.
_c03_scope = """Dear Lily,

PO 4500231 covers the pilot lot only: twelve (12) cabinets VM-CAB-60, DRG 1200 Rev 4.
The remaining 588 pcs of your quotation Q-GZ-2406-118 are NOT released. They stay on hold until
our R&D (Davide Rota) signs off the pilot lot and Marco Pesenti, Operations Director, sends you
the written production release.
Material: please buy only for the 12 pilot pcs.

Kind regards,
Chiara Locatelli
Orobica Vending - Purchasing"""
_c03_text = """Dear Chiara,

Good day! The 12 pilot cabinets are finished and passed our final inspection, summary in
attachment. Pls kindly advise: can we have the go-ahead for the balance 588 pcs? Our bending
line is free from week 28, if you can confirm before 5 July we can keep this slot for you.

Waiting your kindly reply.
""" + sig_gz("Lily Chen", "Sales Manager") + """

-----Original Message-----
From: Chiara Locatelli <c.locatelli@orobica-vending.example>
Sent: Wednesday, June 5, 2024 10:41
To: Lily Chen
Subject: PO 4500231 - VM-CAB-60 pilot lot

""" + quote(_c03_scope) + "\n"
_c03_att = html_page("Final inspection VM-CAB-60 pilot", """<h3>Final inspection report FI-2406-031</h3>
<p>Customer: Orobica Vending S.p.A. - PO 4500231 - VM-CAB-60 pilot lot</p>
<table><tr><th>Check</th><th>Spec</th><th>Result</th></tr>
<tr><td>Overall height</td><td>1830 &plusmn;2 mm</td><td>1829.4 - 1830.8 OK</td></tr>
<tr><td>Door gap</td><td>3 &plusmn;0.5 mm</td><td>2.7 - 3.3 OK</td></tr>
<tr><td>Powder thickness</td><td>60-90 &micro;m</td><td>68-84 OK</td></tr>
<tr><td>Earth continuity (EN 60335-2-75)</td><td>&lt; 0.1 &Omega;</td><td>0.03 OK</td></tr>
</table><p>Inspected qty: 12 / 12 pass. Inspector: Zhou Min (QC)</p>""")
case("c03_question_balance", [], "supplier question asking for the go-ahead for the balance; quoted buyer scope is complete", [
    ("Re_PO_4500231.eml", eml_bytes(mail(GZ, ORO, "RE: PO 4500231 - VM-CAB-60 pilot lot",
                                         "Mon, 01 Jul 2024 09:05:44 +0800", _c03_text,
                                         attachments=[("FI-2406-031.html", _c03_att, "text/html")],
                                         in_reply_to="<h173-po4500231@orobica-vending.example>"))),
])

# c04: clearly labelled rolling demand forecast printout.
case("c04_erp_forecast", [], "ERP demand forecast printout labelled non-binding, no authorization", [
    ("FC-2024-06_print.txt", """HOKURIKU BEVERAGE SERVICE CO., LTD.           EQUIPMENT DEPT. / PROCUREMENT
KANAZAWA, ISHIKAWA                            PRINTED 2024/06/10 08:41  USER KWATANABE
==========================================================================================
 DEMAND FORECAST (ROLLING, NON-BINDING)                        DOC NO. FC-2024-06  PAGE 1/1
 ***  THIS IS A FORECAST. IT IS NOT A PURCHASE ORDER.                                   ***
 ***  NO PRODUCTION AND NO MATERIAL PURCHASE IS AUTHORIZED BY THIS DOCUMENT.            ***
==========================================================================================
 SUPPLIER   : PENANG PRECISION MOULDING SDN BHD            VENDOR NO. V-30417
 ITEM       : CMH-12 COIN MODULE HOUSING                    PN 3000-12-480
 DRAWING    : DRG 0480 REV 3   MATERIAL PC/ABS UL94 V-0     TOOL T-12/2 (2 CAV)
------------------------------------------------------------------------------------------
 PERIOD      FCST QTY    STATUS       REMARK
 2024/07            0    -            SAMPLE PHASE (PO HBS-24-0611, 10 PCS)
 2024/08          250    FORECAST
 2024/09          250    FORECAST
 2024/10          300    FORECAST     NEW MACHINES KANAZAWA STATION
 2024/11          250    FORECAST
 2024/12          200    FORECAST
 2025/01-03       750    FORECAST     QUARTER BUCKET
------------------------------------------------------------------------------------------
 TOTAL            2,000  FORECAST
------------------------------------------------------------------------------------------
 NOTE 1: FORECAST QUANTITIES ARE FOR YOUR CAPACITY PLANNING ONLY.
 NOTE 2: FIRM QUANTITIES COME ONLY BY PURCHASE ORDER, AND MASS PRODUCTION ONLY AFTER
         WRITTEN PRODUCTION RELEASE FROM H. MORI (GENERAL MANAGER, EQUIPMENT DEPT.).
 NOTE 3: PLEASE DO NOT PURCHASE RESIN AGAINST THIS FORECAST.
========================================= END OF LIST ====================================
"""),
])

# c05: sample sign-off for fit check only; production not released.
case("c05_signoff_fitcheck", [], "sample sign-off approved for fit check only, production not released, hold/event/person/material stated", [
    ("SSR-24-031.docx", docx_bytes([
        ("h1", "Sample Sign-off Record SSR-24-031"),
        ("table", [
            ["Part", "TSB-215 touch-screen bezel 21.5\", PN TB-2150-01 rev B"],
            ["Supplier", "Penang Precision Moulding Sdn. Bhd., Penang (MY)"],
            ["PO", "4500412 - twenty (20) samples"],
            ["Quote", "PPM-Q-24-077 (samples 20 / production 1.180)"],
            ["Date", "27.06.2024"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Characteristic", "Specification", "Result"],
            ["Display opening", "476,6 x 268,4 mm +0,3/-0", "476,7 x 268,5 OK"],
            ["Texture", "MT-11010, gloss < 4 GU", "3,1 GU OK"],
            ["Snap fit to frame VM-TOUCH", "no play, no rattle", "OK on 5/5 checked"],
            ["Flammability", "UL94 V-0 (material cert)", "cert received"],
        ]),
        ("h", "Disposition"),
        ("p", "Samples approved for fit check only; production not released."),
        ("p", "This sign-off covers the 20 samples for the fit check on the VM-TOUCH prototype. It is not "
              "a production release. The balance of 1.180 pcs stays on hold until the field-test sign-off "
              "(Davide Rota, R&D) and the written production release signed by Marco Pesenti, Direttore "
              "Operations."),
        ("p", "Material authority for Penang remains sample-only."),
        ("sp",),
        ("p", "Signed: Davide Rota, R&D - Orobica Vending S.p.A."),
    ], author="Davide Rota")),
])

# c06: portal PO covering the full quantity, 'proceed with the full 40 pcs'.
case("c06_portal_fullqty", [], "buyer portal PO for the complete quantity; 'proceed' scoped to full 40 pcs, no balance exists", [
    ("PO_7700588.html", html_page("Buckeye Supplier Portal - PO 7700588", """
<h2>Buckeye Kiosk Systems &ndash; Supplier Portal</h2>
<p>Supplier: <b>Penang Precision Moulding Sdn. Bhd.</b> (V-2217) &nbsp;|&nbsp; Buyer: Jenna Whitaker</p>
<h3>Purchase Order 7700588 &ndash; status: Open</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Ext.</th><th>Need by</th></tr>
<tr><td>1</td><td>7100-118-02</td><td>CMB-2 coin return bezel, black, service spares</td><td>40 EA</td><td>$6.85</td><td>$274.00</td><td>08/16/2024</td></tr>
</table>
<div class="note"><b>Scope note:</b> This PO covers the complete quantity: forty (40) pcs. There is no balance
and no further release will follow for this PO. Please proceed with the full 40 pcs and ship per the need-by
date. Material authority = the 40 pcs on this PO.</div>
<p>Terms: Net 45. Incoterm FCA Penang. Packaging: individual poly bag, 20 per carton.</p>
<p><small>Tool ref T-118 (1+1 cav). Drawing 7100-118 rev C. Gloss 70-80 GU.</small></p>
""")),
])

# c07: EDI 862 call-off with explicit staged material authority above the released quantity.
case("c07_edi_calloff_staged", [], "EDI call-off releases 20 banks; explicit staged material authority up to 60; balance on hold, next call-off, named authority", [
    ("EDI862_0093-CO02.txt", """LOCKWERK AG - EDI OUTBOUND LOG                               Printed 17.06.2024 07:55
Message : X12 862 SHIPPING SCHEDULE        Ctrl# 000004711     Status: SENT / 997 RECEIVED
Partner : METALFORM TRANSILVANIA SRL (ZZ:MFTCLJ)
--------------------------------------------------------------------------------------------
ST*862*4711
BSS*05*0093-CO02*20240617**20240701*20240731*DL*A
N1*BT*LOCKWERK AG*92*CH8406
N1*SU*METALFORM TRANSILVANIA SRL*92*RO400620
LIN**BP*LB-12-0002*EC*C*PO*4711-0093
UIT*EA
FST*20*C*D*20240722
SHP*02*43*051**20240617
REF*MA*STAGED-60
NTE*GEN*MATERIAL AUTHORIZATION: STAGED UP TO 60 LOCKER BANKS (SHEET DX51D, HINGES, LOCKS)
NTE*GEN*RELEASED FOR PRODUCTION BY THIS CALL-OFF: 20 BANKS ONLY
NTE*GEN*BALANCE 77 BANKS NOT RELEASED - RELEASED ONLY BY NEXT CALL-OFF
NTE*GEN*RELEASE AUTHORITY: B. ZUERCHER, COO
CTT*1*20
SE*14*4711
--------------------------------------------------------------------------------------------
HUMAN READABLE SUMMARY (generated)
  PO 4711-0093 rev 2     LB-12 locker bank 12 doors, DRG LB-12-0002 rev C   PO qty 120
  Samples (sample sign-off 05.06.)     3
  Call-off 01 (10.06.)                20   released
  Call-off 02 (this message)          20   released, delivery 22.07.2024
  Cum. released                       43
  Balance on hold                     77   not released - next call-off, B. Zuercher
  Material authority                  staged up to 60 banks (buy + stage, do not process beyond 43)
--------------------------------------------------------------------------------------------
"""),
])

# c08: signed auto-conversion record naming quantity, signer and conditions.
case("c08_autoconversion_signed", [], "explicit signed auto-conversion record: 500 pcs, signer, conditions; rest needs separate written release", [
    ("AC-24-004.pdf", pdf([
        ("h1", "Auto-conversion record AC-24-004"),
        ("p", "Orobica Vending S.p.A., Bergamo - Lamiere Seriane S.r.l., Seriate (BG)"),
        ("p", "Part: SPT-18 spiral tray 18 selections, PN 3000-250-18, DRG 2500 Rev 18. "
              "Purchase order 4500318 rev 1. Offer Lamiere 118/24 (total quantity 2.000 pcs)."),
        ("h", "Agreement"),
        ("p", "Both parties record the following before the sample sign-off takes place: if the sample "
              "sign-off of the forty (40) sample trays is recorded as APPROVED by Davide Rota (R&D), that "
              "sign-off by itself releases five hundred (500) pcs SPT-18 for production. No further release "
              "letter is needed for these 500 pcs."),
        ("p", "Conditions: (a) sign-off dated not later than 31.07.2024; (b) no open deviation on the "
              "sample report; (c) delivery in two lots of 250 pcs; (d) PO 4500318 rev 1 covers 540 pcs."),
        ("table", [
            ["Quantity", "pcs", "Status"],
            ["Samples", "40", "released by PO 4500318"],
            ["Auto-conversion on approved sample sign-off", "500", "released only if conditions (a)-(d) are met"],
            ["Remaining quantity of offer 118/24", "1.460", "NOT released - separate written release by Marco Pesenti required"],
            ["Total", "2.000", ""],
        ]),
        ("sp",),
        ("p", "Material authority: staged up to 540 pcs (40 samples + 500). Nothing beyond that."),
        ("p", "If the sign-off is interim or rejected, nothing is released by this record."),
        ("sp",),
        ("table", [
            ["For Orobica Vending S.p.A.", "For Lamiere Seriane S.r.l."],
            ["Marco Pesenti, Direttore Operations - signed 12.06.2024", "Giorgio Vavassori, Amministratore - signed 13.06.2024"],
        ]),
    ], title="AC-24-004", author="Marco Pesenti")),
])

# c09: old quote with 5.000 pcs forwarded as rfc822, declared informational; current scope complete.
_c09_old = """Dear Mr. Fumagalli,

Refer to your enquiry, kindly find our offer for the 19" bezel:

Quotation PPM-Q-22-311
  Item      : TSB-190 touch-screen bezel 19", PC/ABS, texture MT-11020
  Quantity  : 5,000 pcs
  Unit price: USD 3.12 (FCA Penang)
  Tooling   : USD 18,400 (2 cavity, P20 steel)
  Lead time : 6 weeks after T1 approval

Offer valid 30 days.
""" + sig_my("Ng Chee Keong", "Sales Executive")
_c09_inner = mail("Ng Chee Keong <ck.ng@penang-pm.example>", "Paolo Fumagalli <p.fumagalli@orobica-vending.example>",
                  "Quotation PPM-Q-22-311 - TSB-190 bezel", "Thu, 14 Apr 2022 16:02:11 +0800", _c09_old)
_c09_text = """Dear Ravi,

as discussed on the phone, I forward below the old 2022 quotation of your colleague for the 19"
bezel, only as reference for the texture cost. It is informational only: that quote is expired,
and the 5.000 pcs in it are not ordered and not released.

The current order is PO 4500412 for the 21,5" bezel TSB-215: twenty (20) samples only. The
balance of 1.180 pcs stays on hold until sample sign-off by Davide Rota and the written
production release by Marco Pesenti. Material: for the 20 samples only.

Grazie and have a nice weekend,
Chiara
""" + sig_it("Chiara Locatelli", "Buyer - Ufficio Acquisti")
case("c09_fwd_old_quote", [], "forwarded 2022 quote (rfc822) with 5.000 pcs declared informational; current sample scope complete", [
    ("Fwd_PPM-Q-22-311.eml", eml_bytes(mail(ORO, MY, "Fwd: Quotation PPM-Q-22-311 - TSB-190 bezel (for reference)",
                                            "Fri, 14 Jun 2024 11:30:00 +0200", _c09_text,
                                            attachments=[("rfc822", _c09_inner)]))),
])

# c10: buyer reply corrects a quoted supplier line that assumed auto-conversion.
_c10_siti = """Dear Watanabe-san,

Thank you for the PO HBS-24-0611. Kindly be informed the 10 samples CMH-12 will be moulded on
24 June. Once your QA approve the samples we will roll directly into mass production of 3,000 pcs
to keep the July slot.

Thank you & regards,
Siti Aminah
Customer Service Executive"""
_c10_text = """Dear Siti-san,

Thank you for your quick reply and the sample plan.
Please let me correct one point.

Sample approval does not release mass production. PO HBS-24-0611 is for ten (10) samples only.
The remaining 2,990 pcs are on hold. Mass production is released only by a written release from
Mr. Hiroshi Mori (General Manager, Equipment Dept.), after QA sample sign-off by Ms. Yuko Tanaka.
Please buy resin for the 10 samples only.

Sorry for the trouble and thank you for your understanding.
""" + sig_jp("Kenji Watanabe", "Procurement Section, Equipment Dept.") + """
From: Siti Aminah <siti.aminah@penang-pm.example>
Sent: Wednesday, June 12, 2024 5:48 PM
Subject: RE: PO HBS-24-0611 CMH-12 samples

""" + quote(_c10_siti) + "\n"
case("c10_correction_quoted", [], "buyer reply corrects a quoted supplier roll-into-production line; scope complete", [
    ("Re_HBS-24-0611.eml", eml_bytes(mail(HBS, MY_SA, "RE: RE: PO HBS-24-0611 CMH-12 samples",
                                          "Thu, 13 Jun 2024 09:15:20 +0900", _c10_text,
                                          cc="Yuko Tanaka <y-tanaka@hokuriku-bev.example>",
                                          in_reply_to="<h173-siti0612@penang-pm.example>"))),
])

# c11: WhatsApp - supplier says the deposit does not release production; buyer confirms full scope.
case("c11_whatsapp_deposit_not_release", [], "supplier states the deposit does not release production; buyer restates complete scope", [
    ("WhatsApp Chat with Luis Garza GKN.txt", """[6/11/24, 9:02:14 AM] Jenna Whitaker: Morning Luis! Wire for the tooling deposit went out today, $4,650 = 30% of the fixture/tooling quote
[6/11/24, 9:05:40 AM] Luis Garza: Good morning Jenna, thank you!! we will confirm when bank receive it
[6/11/24, 9:06:02 AM] Luis Garza: Just so is clear for my planning team: the deposit does not release production, right? we build the 5 pilot only and we wait your written release for the rest
[6/11/24, 9:08:31 AM] Jenna Whitaker: Correct. PO 7700415 = 5 pilot units KE-32 only. The other 245 stay on hold until Tom Kowalski signs off the pilot and Rick Delgado (VP Ops) sends the written production release. Material for the 5 only pls
[6/11/24, 9:09:03 AM] Luis Garza: Perfecto 👍 noted. Mariana will send pilot schedule today
[6/11/24, 9:09:20 AM] Jenna Whitaker: 🙏
[6/12/24, 8:15:47 AM] Luis Garza: Jenna the deposit is in our account, gracias
[6/12/24, 8:16:10 AM] Luis Garza: <Media omitted>
"""),
])

# c12: supplier order confirmation restating hold and sample-only material authority.
case("c12_supplier_ack_hold", [], "supplier acknowledgement restates sample scope, hold, event, named release person and sample-only material", [
    ("OC-24-0193.pdf", pdf([
        ("h1", "ORDER CONFIRMATION OC-24-0193"),
        ("p", "Metalform Transilvania S.R.L., Str. Fabricii de Zahar 41, 400620 Cluj-Napoca, Romania - "
              "CUI RO00000517"),
        ("p", "Customer: Lockwerk AG, Winterthur (CH) - your PO 4711-0093 dated 03.06.2024 - "
              "contact Mr. Urs Brunner"),
        ("table", [
            ["Pos", "Item", "Description", "Qty", "Unit price EUR", "Total EUR"],
            ["1", "LB-12-0002 rev C", "Locker bank 12 doors, sample", "3", "1.180,00", "3.540,00"],
            ["2", "FX-LB12", "Welding fixture, one-time", "1", "2.940,00", "2.940,00"],
            ["", "", "", "", "Total", "6.480,00"],
        ]),
        ("sp",),
        ("p", "We confirm your PO 4711-0093 as written. Scope: three (3) sample locker banks LB-12."),
        ("p", "The series quantity of 117 banks from our offer OF-24-0288 is not released. We understand it "
              "stays on hold until the sample sign-off by Ms. Regula Keller (Engineering) and the written "
              "series release by Mr. Beat Zürcher (COO). We will not start any series part before we have "
              "this written release."),
        ("p", "Material: we buy sheet DX51D Z275 1,5 mm, hinges and locks for the 3 samples only."),
        ("p", "Delivery samples: week 27, DAP Winterthur. Payment: 40% advance on proforma, rest 30 days."),
        ("sp",),
        ("p", "Cluj-Napoca, 05.06.2024 - Andrei Pop, Sales Manager"),
    ], title="OC-24-0193", author="Andrei Pop")),
])

# c13: interim disposition with quantity and date limits; separate release already issued.
case("c13_interim_disposition", [], "interim disposition limited to 50 pcs / date; release of 50 issued separately by named VP; rest on hold", [
    ("ISD-24-007.docx", docx_bytes([
        ("h1", "Interim Sample Disposition ISD-24-007"),
        ("table", [
            ["Part", "CRB-7 card reader bezel, PN 7100-250-07 rev C"],
            ["Supplier", "Penang Precision Moulding Sdn. Bhd."],
            ["PO", "7700611 rev 1 (25 FAI samples + 50 pcs)"],
            ["FAI report", "FAIR-7100-C, 25 pcs measured"],
            ["Date", "June 24, 2024"],
        ]),
        ("h", "Disposition: INTERIM"),
        ("p", "Limits: max. 50 pcs, and only parts shipped on or before September 30, 2024."),
        ("p", "Reason: gloss 83-85 GU on 3 of 25 pcs vs. spec 70-80 GU (cosmetic, hidden under the card "
              "reader trim). Supplier corrective action CA-0622 due August 15."),
        ("h", "What this record does and does not do"),
        ("p", "This disposition does not release production by itself. Production release R-0042 for the "
              "50 pcs was issued separately by Rick Delgado, VP Operations, on June 24, 2024."),
        ("p", "The remaining 2,450 pcs of the 2,500 production quantity stay on hold until full sample "
              "sign-off by Tom Kowalski and a further written release by Rick Delgado."),
        ("p", "Material authority: 75 pcs (25 FAI + 50)."),
        ("sp",),
        ("p", "Tom Kowalski, Mechanical Engineering Lead - Buckeye Kiosk Systems"),
    ], author="Tom Kowalski")),
])

# c14: full-quantity ERP PO full of quantity-looking identifiers.
case("c14_erp_po_identifiers", [], "full-quantity ERP PO (48 pcs, no balance) with identifiers that look like quantities", [
    ("OdA_4500455.txt", """OROBICA VENDING S.p.A.                                 ORDINE D'ACQUISTO / PURCHASE ORDER
Via Zanica 112 - 24126 Bergamo (BG)                    N. 4500455     Data 18.06.2024
P.IVA IT00000000162                                    Pag. 1 di 1
-------------------------------------------------------------------------------------------
Fornitore / Vendor: 100233  LAMIERE SERIANE S.R.L. - Via Nazionale 27 - 24068 Seriate (BG)
Buyer: C. Locatelli  tel. 035 0000 412          Cond. pag.: RB 60 gg FM
Resa / Incoterm: FCA Seriate                   Valuta: EUR
-------------------------------------------------------------------------------------------
Pos  Materiale        Descrizione                              Qta   UM   Prezzo    Valore
10   3000-250-18      SPIRAL TRAY SPT-18 (RICAMBI/SPARES)       48   PZ    21,40  1.027,20
                      DRG 2500 Rev 18 - filo 4 mm zincato
                      Consegna / delivery 26.07.2024
-------------------------------------------------------------------------------------------
                                                       Totale netto EUR         1.027,20
Testo di testata / header text:
 Spare trays for the service fleet, lot 2024/2. This PO is the full and final quantity:
 48 pcs. There is no balance and no further release will follow.
 Please proceed with the complete 48 pcs.
 Requirements: zinc plating per ISO 4042, salt spray 240 h (ISO 9227), thread M5x0.8 on
 motor bracket, conformity EN 60335-2-75, supplier certified ISO 9001:2015.
 Packing: 12 pcs per carton, 4 cartons, label with PN 3000-250-18 and lot number.
-------------------------------------------------------------------------------------------
Si prega di restituire copia firmata per accettazione. / Please return signed copy.
"""),
])

# c15: Teams go-ahead scoped to the 5 pilot units only.
case("c15_teams_scoped_goahead", [], "Teams go-ahead explicitly scoped to the 5 pilot units; balance, event and named release person stated", [
    ("Teams_chat_KE-32_pilot.txt", """Microsoft Teams - chat export
Chat: KE-32 pilot | Buckeye / Gabinetes
Participants: Tom Kowalski (Buckeye), Jenna Whitaker (Buckeye), Mariana Treviño (GKN Norte), Luis Garza (GKN Norte)
Exported: 6/17/2024 4:02 PM

[6/17/2024 10:14 AM] Mariana Treviño
Hi Tom, pilot #1-#5 welded and in powder coat. Doors fit ok after we changed the hinge shim to 0.5 mm. Can we go ahead with final assembly?

[6/17/2024 10:21 AM] Tom Kowalski
Go ahead with final assembly of the 5 pilot units only. The 245 production units are not released - that needs my pilot sign-off first and then Rick Delgado's written production release.

[6/17/2024 10:22 AM] Mariana Treviño
Understood, only the 5. We ship them 6/24 by truck to Dublin OH

[6/17/2024 10:30 AM] Jenna Whitaker
👍 and pls send the powder thickness readings with the pilot

[6/17/2024 10:31 AM] Mariana Treviño
Sure Jenna
"""),
])

# c16: complete PO scope note, multipart/alternative with PO PDF attached.
_c16_text = """Buongiorno Giorgio,

in attachment our PO 4500318 for the SPT-18 spiral trays.

Scope of this PO:
1. Active quantity: forty (40) sample trays SPT-18, DRG 2500 Rev 18 - sample lot only.
2. The remaining 1.960 pcs of your offer 118/24 are NOT released.
3. What to do now: produce and ship the 40 samples by 12 July. Buy wire and sheet for the
   40 samples only; material authority is sample-only.
4. Unlock: the 1.960 pcs are released only after the sample sign-off by Davide Rota (R&D)
   and a written production release signed by Marco Pesenti, Direttore Operations.

The 2.000 pcs in your offer is our forecast for 2024/25, not a firm quantity.

Thanks and have a good day,
Chiara
""" + sig_it("Chiara Locatelli", "Buyer - Ufficio Acquisti")
_c16_pdf = pdf([
    ("h1", "ORDINE D'ACQUISTO / PURCHASE ORDER 4500318"),
    ("p", "Orobica Vending S.p.A. - Via Zanica 112 - 24126 Bergamo. Date: 10.06.2024. Vendor 100233 "
          "Lamiere Seriane S.r.l., Seriate."),
    ("table", [
        ["Pos", "Material", "Description", "Qty", "UoM", "Price EUR", "Value EUR"],
        ["10", "3000-250-18", "SPIRAL TRAY SPT-18 - SAMPLE", "40", "PZ", "18,60", "744,00"],
    ]),
    ("sp",),
    ("p", "Scope note: 40 sample trays only. Balance 1.960 pcs of offer 118/24 not released; released only "
          "after sample sign-off by Davide Rota (R&D) and written production release by Marco Pesenti "
          "(Direttore Operations). Material authority: sample-only. Offer quantity 2.000 = forecast."),
    ("p", "Delivery: 12.07.2024 FCA Seriate. Payment: RB 60 gg FM."),
], title="PO 4500318", author="Chiara Locatelli")
case("c16_po_scope_complete", [], "complete sample PO scope note (active qty, hold, event, named person, material, forecast basis)", [
    ("Ordine_4500318.eml", eml_bytes(mail(ORO, BG, "Ordine 4500318 - SPT-18 campionatura / sample lot",
                                          "Mon, 10 Jun 2024 10:02:00 +0200", _c16_text, html=p_html(_c16_text),
                                          attachments=[("PO_4500318.pdf", _c16_pdf, PDF_MT)]))),
])

# c17: Japanese buyer PO with complete scope.
case("c17_jp_po_complete", [], "sample PO with complete scope: 4 samples, 796 not released, event, named GM, sample-only material", [
    ("HBS-24-0702.pdf", pdf([
        ("h1", "PURCHASE ORDER - CHUMONSHO"),
        ("p", "Hokuriku Beverage Service Co., Ltd. - Equipment Dept. - 2-14 Hirooka, Kanazawa, Ishikawa 920-0031"),
        ("table", [
            ["PO No.", "HBS-24-0702", "Date", "2024/06/07"],
            ["Supplier", "Guangzhou Huaxin Metal Products Co., Ltd.", "Payment", "T/T 60 days"],
            ["Delivery", "CIF Kanazawa port", "Currency", "JPY"],
        ]),
        ("sp",),
        ("table", [
            ["No.", "Item", "Description", "Q'ty", "Unit price", "Amount"],
            ["1", "BD-44", "Beverage machine outer door panel, SUS304 #4, DRG BD-44-01 Rev 2 (SAMPLE)", "4 pcs", "JPY 38,500", "JPY 154,000"],
        ]),
        ("sp",),
        ("h", "Remarks (important)"),
        ("p", "1. This PO is for four (4) samples only."),
        ("p", "2. Mass production quantity (796 pcs, total 800 with samples) is NOT released by this PO."),
        ("p", "3. Release condition: QA sample sign-off by Ms. Yuko Tanaka, then written production release "
              "from Mr. Hiroshi Mori, General Manager. Without this written release please do not start."),
        ("p", "4. Please purchase material for the 4 samples only."),
        ("p", "5. Inspection: door gap, flatness 0.5 mm / 1000 mm, salt spray 96 h (JIS Z 2371)."),
        ("sp",),
        ("p", "Issued by: Kenji Watanabe, Procurement Section"),
    ], title="HBS-24-0702", author="Kenji Watanabe")),
])

# c18: supplier portal restating released vs on hold.
case("c18_supplier_portal_status", [], "supplier portal shows 5 released, 245 on hold pending sign-off and named release; sample-only material", [
    ("order_status_7700415.html", html_page("GKN Norte - Portal de clientes", """
<h2>Gabinetes y Kioscos del Norte &ndash; Portal de Clientes / Customer Portal</h2>
<p>Cliente / Customer: <b>Buckeye Kiosk Systems, Inc.</b> &nbsp; PO <b>7700415</b> &nbsp; Parte: KE-32 kiosk enclosure rev D</p>
<table>
<tr><th>Concepto / Item</th><th>Cantidad / Qty</th><th>Estatus / Status</th></tr>
<tr><td>Program quantity (quote MX-Q-118)</td><td>250</td><td>information only</td></tr>
<tr><td>Released - pilot</td><td>5</td><td>in production, ship 6/24</td></tr>
<tr><td>On hold</td><td>245</td><td>NOT released &ndash; waiting pilot sign-off (T. Kowalski) + written production release (R. Delgado)</td></tr>
<tr><td>Material purchased</td><td>5 sets</td><td>sample-only material authority</td></tr>
</table>
<p class="note">Nota: no iniciamos producci&oacute;n del saldo sin la liberaci&oacute;n por escrito del cliente. /
We do not start the balance without the customer's written release.</p>
<p><small>Actualizado / updated 06/18/2024 07:40 CST &ndash; M. Trevi&ntilde;o</small></p>
""", lang="es")),
])

# c19: release letter releasing the full balance; nothing left on hold.
case("c19_release_full_balance", [], "written release of the remaining 117 by named COO after sign-off; released = PO quantity, no balance", [
    ("PR-2024-07.docx", docx_bytes([
        ("h1", "Serienfreigabe / Production Release PR-2024-07"),
        ("table", [
            ["Supplier", "Metalform Transilvania S.R.L., Cluj-Napoca"],
            ["PO", "4711-0093 rev 1 - 120 locker banks LB-12 (3 samples + 117 series)"],
            ["Basis", "Sample sign-off ES-LB12-03 by Regula Keller, 28.06.2024 (dimensions, IK10 per EN 62262, "
                      "door cycle test 50 000 cycles)"],
            ["Date", "01.07.2024"],
        ]),
        ("sp",),
        ("p", "Sehr geehrter Herr Pop,"),
        ("p", "we hereby release the remaining one hundred seventeen (117) locker banks LB-12 for series "
              "production under PO 4711-0093 rev 1."),
        ("p", "With this release the released quantity is 120 banks = PO quantity. No balance remains on "
              "hold for this PO. Material authority: 117 banks."),
        ("p", "Delivery: 3 lots of 39 banks, weeks 33, 35 and 37, DAP Winterthur."),
        ("sp",),
        ("p", "Freundliche Grüsse"),
        ("p", "Beat Zürcher, COO - Lockwerk AG"),
    ], author="Beat Zuercher")),
])

# c20: buyer pays advance, says explicitly it does not release series; quoted proforma mail; remittance PDF.
_c20_andrei = """Dear Mr Brunner,

thank you for the PO 4711-0093. Please find attached our proforma PF-24-0193 for the advance
payment of 40% (EUR 2.592,00). Kindly inform us when the payment is done.

Best regards / Cu stimă,
Andrei Pop
Sales Manager - Metalform Transilvania S.R.L."""
_c20_text = """Grüezi Herr Pop

The advance payment of EUR 2.592,00 (proforma PF-24-0193) was executed today, the remittance
advice is attached.

Please note: this payment does not release series production. PO 4711-0093 covers three (3)
sample banks LB-12 only. The 117 series banks stay on hold until the sample sign-off by Regula
Keller and the written series release by Beat Zürcher. Material only for the 3 samples, please.
""" + sig_ch("Urs Brunner", "Einkauf / Purchasing") + """
Von: Andrei Pop <andrei.pop@metalform-tr.example>
Gesendet: Mittwoch, 5. Juni 2024 15:12
An: Urs Brunner
Betreff: Proforma PF-24-0193 - PO 4711-0093

""" + quote(_c20_andrei) + "\n"
_c20_pdf = pdf([
    ("h1", "Zahlungsavis / Remittance advice"),
    ("p", "Bank Eulachtal AG, Winterthur - Auftraggeber: Lockwerk AG, CH-8406 Winterthur"),
    ("table", [
        ["Valuta", "Begünstigter", "IBAN", "Betrag", "Referenz"],
        ["14.06.2024", "Metalform Transilvania S.R.L.", "RO00 BTRL 0000 0000 0517 XX", "EUR 2.592,00", "PF-24-0193 / PO 4711-0093"],
    ]),
    ("sp",),
    ("p", "Zahlungsart: SEPA. Spesen: SHA. Dieser Beleg wurde automatisch erstellt."),
], title="Zahlungsavis", author="Bank Eulachtal")
case("c20_deposit_not_release", [], "buyer pays the advance and states the payment does not release series; scope complete", [
    ("AW_Proforma_PF-24-0193.eml", eml_bytes(mail(LKW, RO, "AW: Proforma PF-24-0193 - PO 4711-0093",
                                                  "Fri, 14 Jun 2024 10:47:31 +0200", _c20_text, html=p_html(_c20_text),
                                                  attachments=[("Zahlungsavis_20240614.pdf", _c20_pdf, PDF_MT)],
                                                  in_reply_to="<h173-pf240193@metalform-tr.example>"))),
])

# c21: supplier weekly status mail (saved as text) restating hold and sample-only material.
case("c21_supplier_status_txt", [], "supplier weekly status restating 20 samples, balance not released, sample-only material", [
    ("status_wk25_TSB-215.txt", """From:    Siti Aminah <siti.aminah@penang-pm.example>
To:      Chiara Locatelli <c.locatelli@orobica-vending.example>
Cc:      Ravi Kumar <ravi.kumar@penang-pm.example>
Date:    Fri, 21 Jun 2024 16:20:02 +0800
Subject: Weekly status wk25 - TSB-215 bezel samples (PO 4500412)

Dear Chiara,

Good afternoon. Kindly find below the status for week 25.

  Item                     Qty      Status
  ----------------------   -------  ----------------------------------------
  TSB-215 samples          20 pcs   moulded 19/6, texture MT-11010 ok, packing
  Balance (quote 077)      1,180    not released by Orobica - waiting sample
                                    sign-off by Mr Davide Rota and written
                                    release by Mr Marco Pesenti
  Resin PC/ABS             12 kg    purchased for 20 samples + purging only
                                    (sample-only material authority)

Samples will be sent by DHL on Monday 24/6, AWB to follow.
Tool T-2150 (1 cav) is in our store, we do not run it again until your release.

Thank you & regards,
Siti Aminah
Customer Service Executive
Penang Precision Moulding Sdn. Bhd.
"""),
])

# c22: buyer portal demand outlook labelled non-binding forecast.
case("c22_portal_forecast", [], "buyer portal demand outlook clearly labelled non-binding forecast; no authorization", [
    ("lieferantenportal_LD-400.html", html_page("Lockwerk Lieferantenportal - Bedarfsvorschau 2025", """
<h2>Lockwerk AG &ndash; Lieferantenportal</h2>
<p>Lieferant / Supplier: Guangzhou Huaxin Metal Products Co., Ltd. &nbsp;|&nbsp; Artikel: LD-400 locker door 400x400, DC01 1,2 mm, RAL 7016</p>
<h3>Bedarfsvorschau 2025 / Demand outlook 2025 &ndash; NON-BINDING FORECAST</h3>
<table>
<tr><th>Quartal</th><th>Forecast (Stk.)</th><th>Basis</th></tr>
<tr><td>Q1 2025</td><td>400</td><td>Ausbau Netz Zürich / Bern</td></tr>
<tr><td>Q2 2025</td><td>500</td><td>Ausbau Netz Zürich / Bern</td></tr>
<tr><td>Q3 2025</td><td>500</td><td>Romandie (if tender won)</td></tr>
<tr><td>Q4 2025</td><td>400</td><td>-</td></tr>
<tr><th>Total</th><th>1 800</th><th></th></tr>
</table>
<div class="note">Diese Vorschau ist ein Forecast f&uuml;r Ihre Kapazit&auml;tsplanung. Sie ist keine Bestellung
und berechtigt weder zur Produktion noch zum Materialeinkauf. / This outlook is a forecast for your capacity
planning only. It is not an order and authorizes neither production nor material purchase. Orders follow only
as PO; series release only in writing by Beat Z&uuml;rcher (COO).</div>
<p><small>Stand 20.06.2024 &ndash; U. Brunner, Einkauf</small></p>
""", lang="de")),
])

# c23: material authority statement - staged above released quantity.
case("c23_staged_material_letter", [], "explicit staged material authority (100 units) above released 5 pilot; balance on hold with event and named persons", [
    ("MAS-24-015.pdf", pdf([
        ("h1", "Material Authority Statement MAS-24-015"),
        ("p", "Buckeye Kiosk Systems, Inc., 5800 Frantz Rd, Dublin, OH 43017 - to Gabinetes y Kioscos del "
              "Norte, S.A. de C.V., Apodaca, N.L. - PO 7700415 - KE-32 kiosk enclosure rev D"),
        ("table", [
            ["Category", "Units", "Status"],
            ["Released for production (pilot)", "5", "released by PO 7700415"],
            ["Material authority - STAGED", "100", "buy and stage 14 ga CRS sheet, powder and hardware for up to 100 units "
                                                  "at Buckeye's liability; do not cut, form or weld beyond the 5 pilot units"],
            ["Balance on hold", "245", "not released"],
            ["Program quantity (quote MX-Q-118)", "250", "for information"],
        ]),
        ("sp",),
        ("p", "Unlock event for the balance: pilot sign-off by Tom Kowalski (Mechanical Engineering Lead), "
              "followed by a written production release from Rick Delgado, VP Operations."),
        ("p", "Reason for staging: steel mill lead time 9 weeks; the staged material protects the Q4 launch. "
              "Buckeye pays for staged material not consumed if the program is cancelled (max. 100 units' worth)."),
        ("sp",),
        ("p", "Issued June 14, 2024 - Jenna Whitaker, Senior Buyer; countersigned by Rick Delgado, VP Operations"),
    ], pagesize=LETTER, title="MAS-24-015", author="Jenna Whitaker")),
])

# c24: multi-file - sample sign-off record (releases nothing) + ERP production release record.
case("c24_signoff_plus_release", [], "sample sign-off record that releases nothing + ERP release of 300 by named COO; PO covers 306; rest forecast on hold", [
    ("ES-LD400-02.docx", docx_bytes([
        ("h1", "Erstmusterprüfbericht / Sample Sign-off Record ES-LD400-02"),
        ("table", [
            ["Artikel / Part", "LD-400 locker door 400x400, DC01 1,2 mm, RAL 7016"],
            ["Lieferant / Supplier", "Guangzhou Huaxin Metal Products Co., Ltd."],
            ["Bestellung / PO", "4711-0140 - 6 sample doors"],
            ["Datum", "03.07.2024"],
        ]),
        ("table", [
            ["Merkmal", "Soll", "Ist", "i.O."],
            ["Flatness", "<= 1,0 mm", "0,6 mm", "ja"],
            ["Impact IK10 (EN 62262)", "no deformation > 2 mm", "1,1 mm", "ja"],
            ["Salt spray ISO 9227 NSS", "480 h, Ri 0", "Ri 0", "ja"],
            ["Hinge pin M6", "per DRG LD-400-03 Rev 5", "ok", "ja"],
        ]),
        ("p", "Ergebnis: Sample sign-off APPROVED for the 6 sample doors."),
        ("p", "This sign-off releases no production quantity. Production is released only by a separate "
              "written release from Beat Zürcher (COO)."),
        ("p", "Regula Keller, Engineering"),
    ], author="Regula Keller")),
    ("SAP_FR-24-031.txt", """LOCKWERK AG          SAP MM - PRODUKTIONSFREIGABE LIEFERANT / SUPPLIER PRODUCTION RELEASE
----------------------------------------------------------------------------------------
Release no.      FR-24-031                      Date      08.07.2024
Supplier         300871 GUANGZHOU HUAXIN METAL PRODUCTS CO., LTD.
PO               4711-0140 rev 1  (306 pcs = 6 samples + 300)
Material         LD-400  LOCKER DOOR 400X400 RAL 7016
Basis            sample sign-off ES-LD400-02 (R. Keller, 03.07.2024)
----------------------------------------------------------------------------------------
Released qty     300 PCS          Delivery  4 x 75 pcs, wk 36/38/40/42, FOB Nansha
Released by      B. ZUERCHER, COO                 (signed electronically 08.07.2024 16:02)
Material auth.   300 pcs
----------------------------------------------------------------------------------------
Not released     remaining 2025 forecast (1 800 total) - forecast only, not ordered.
                 Next quantity only with PO revision and a new written release by
                 B. Zuercher after the Q3 call-off review.
----------------------------------------------------------------------------------------
"""),
])

# c25: Japanese buyer portal, sample order with complete scope.
case("c25_jp_portal_sample", [], "buyer portal sample order with complete scope (10 samples, 2,990 on hold, event, named GM, sample-only material)", [
    ("order_HBS-24-0611.html", html_page("Hokuriku Supplier Portal", """
<h2>北陸ビバレッジサービス株式会社 &ndash; Supplier Portal</h2>
<p>Supplier: Penang Precision Moulding Sdn. Bhd. &nbsp;|&nbsp; Buyer: Kenji Watanabe (Procurement)</p>
<h3>Order HBS-24-0611 &ndash; CMH-12 coin module housing (PN 3000-12-480, DRG 0480 Rev 3)</h3>
<table>
<tr><th>Line</th><th>Description</th><th>Q'ty</th><th>Status</th></tr>
<tr><td>1</td><td>CMH-12 samples (試作品)</td><td>10 pcs</td><td>ordered</td></tr>
<tr><td>-</td><td>Mass production balance (量産)</td><td>2,990 pcs</td><td>保留 / on hold &ndash; not released</td></tr>
</table>
<div class="note">Release of mass production: only by written release from Mr. Hiroshi Mori (General Manager,
Equipment Dept.), after QA sample sign-off by Ms. Yuko Tanaka. Material: for the 10 samples only.</div>
<p><small>Tool T-12/2 (2 cav.), ISO 9001:2015 certificate on file. Last update 2024/06/12 11:05 JST</small></p>
""", lang="ja")),
])


# =================================================================== POSITIVE
# p01: cover mail + sample PO + countersigned quote with 600 production; no hold, event or person.
_p01_text = """Dear Lily,

good morning. In attachment please find our PO 4500231 for the pilot lot of the snack cabinet
VM-CAB-60, twelve (12) pcs, and your quotation Q-GZ-2406-118 countersigned by us.

Please proceed with the 12 pcs and confirm the delivery date. We need them in Bergamo by week
31 because of the test at our customer in Milano.

Thanks for your support, best regards
Chiara
""" + sig_it("Chiara Locatelli", "Buyer - Ufficio Acquisti")
_p01_po = pdf([
    ("h1", "ORDINE D'ACQUISTO / PURCHASE ORDER 4500231"),
    ("p", "Orobica Vending S.p.A. - Via Zanica 112 - 24126 Bergamo (BG) - Date 05.06.2024"),
    ("p", "Vendor: Guangzhou Huaxin Metal Products Co., Ltd., Panyu, Guangzhou - Incoterm FOB Nansha - "
          "Payment T/T 30% advance, 70% before shipment"),
    ("table", [
        ["Pos", "Material", "Description", "Qty", "UoM", "Price EUR", "Value EUR"],
        ["10", "1200-060-00", "VM-CAB-60 SNACK CABINET - PILOT LOT, DRG 1200 Rev 4", "12", "PZ", "410,00", "4.920,00"],
        ["20", "TL-1200", "BENDING TOOLS + WELD FIXTURES (ONE-TIME)", "1", "LS", "6.800,00", "6.800,00"],
        ["", "", "", "", "", "Total", "11.720,00"],
    ]),
    ("sp",),
    ("p", "Reference: your quotation Q-GZ-2406-118 dated 03.06.2024. Delivery pilot lot: ETD Nansha wk 28."),
    ("p", "Packing: 1 cabinet per wooden pallet, corner protections, shrink film."),
], title="PO 4500231", author="Chiara Locatelli")
_p01_q = pdf([
    ("h1", "QUOTATION Q-GZ-2406-118"),
    ("p", "Guangzhou Huaxin Metal Products Co., Ltd. - To: Orobica Vending S.p.A. - Date 2024-06-03"),
    ("p", "Item: VM-CAB-60 snack vending cabinet, SPCC 1.2 mm, RAL 9005, DRG 1200 Rev 4"),
    ("table", [
        ["Item", "Quantity", "Unit price EUR", "Amount EUR", "Delivery"],
        ["Pilot lot", "12", "410,00", "4.920,00", "ETD wk 28"],
        ["Mass production", "600", "249,00", "149.400,00", "ETD wk 34-38, 120 pcs/week"],
        ["Tooling + fixtures", "1 set", "6.800,00", "6.800,00", "with pilot"],
    ]),
    ("sp",),
    ("p", "Payment: T/T 30% with PO, 70% before shipment. Validity 60 days."),
    ("sp",),
    ("table", [
        ["Huaxin Metal", "Accepted by customer"],
        ["Lily Chen, Sales Manager", "Chiara Locatelli, Orobica Vending - 05.06.2024"],
    ]),
], title="Q-GZ-2406-118 countersigned", author="Lily Chen")
case("p01_cover_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "pilot PO for 12 with countersigned quote showing 600 mass production; no hold, no unlock event, no release person", [
    ("mail_0605.eml", eml_bytes(mail(ORO, GZ, "PO 4500231 - VM-CAB-60 pilot lot",
                                     "Wed, 05 Jun 2024 10:41:12 +0200", _p01_text,
                                     msgid="<h173-po4500231@orobica-vending.example>"))),
    ("PO_4500231.pdf", _p01_po),
    ("Q-GZ-2406-118_signed.pdf", _p01_q),
])

# p02: SAP PO - hold and event stated, release person only an unnamed department.
case("p02_sap_po_dept", ["RG005"], "sample PO states 40 active, 1.960 on hold until sample sign-off, but release only by 'our R&D department'", [
    ("OdA_4500318.txt", """OROBICA VENDING S.p.A.                                 ORDINE D'ACQUISTO / PURCHASE ORDER
Via Zanica 112 - 24126 Bergamo (BG)                    N. 4500318     Data 10.06.2024
-------------------------------------------------------------------------------------------
Fornitore / Vendor: 100233  LAMIERE SERIANE S.R.L. - Seriate (BG)
Buyer: C. Locatelli                              Cond. pag.: RB 60 gg FM
-------------------------------------------------------------------------------------------
Pos  Materiale        Descrizione                              Qta   UM   Prezzo    Valore
10   3000-250-18      SPIRAL TRAY SPT-18 - CAMPIONE/SAMPLE      40   PZ    18,60    744,00
                      DRG 2500 Rev 18
                      Consegna / delivery 12.07.2024
-------------------------------------------------------------------------------------------
                                                       Totale netto EUR           744,00
Testo di testata / header text:
 SAMPLE LOT ONLY - 40 PZ.
 Quantita' di produzione da offerta 118/24: 2.000 pz. Saldo 1.960 pz NON RILASCIATO /
 balance 1.960 pcs NOT RELEASED, on hold until sample sign-off by our R&D department.
 The R&D department will give the production release after the sign-off.
 Material: for the 40 samples only.
-------------------------------------------------------------------------------------------
Si prega di restituire copia firmata per accettazione.
"""),
])

# p03: drawing approved "go ahead" (unscoped); hold 'until further notice' with a named authority but no event.
_p03_text = """Grüezi Herr Pop

Thank you for the revised drawing. Drawing LB-12-0002 rev C is approved from our side, go ahead.

For your order book: our PO 4711-0093 is for three (3) sample locker banks LB-12 only. The
remaining 117 banks of your offer OF-24-0288 are on hold until further notice. Release authority
for the series is Beat Zürcher (COO).

Material please only for the 3 banks.
""" + sig_ch("Urs Brunner", "Einkauf / Purchasing")
case("p03_mail_further_notice", ["RG002", "RG004"],
     "'approved ... go ahead' names neither sample nor quantity; balance on hold 'until further notice' names no unlock event", [
    ("LB-12_rev_C.eml", eml_bytes(mail(LKW, RO, "LB-12 Zeichnung rev C / PO 4711-0093",
                                       "Tue, 04 Jun 2024 08:12:40 +0200", _p03_text,
                                       cc="Regula Keller <regula.keller@lockwerk.example>"))),
])

# p04: Teams - pinned complete scope, then "Rev D approved. Pls proceed".
case("p04_teams_proceed", ["RG002"], "engineer's 'Rev D approved. Pls proceed' names neither sample-only nor a quantity; pinned scope otherwise complete", [
    ("Teams_export_GKN_KE32.txt", """Microsoft Teams - chat export
Chat: Buckeye / GKN Norte - KE-32
Participants: Jenna Whitaker, Tom Kowalski (Buckeye Kiosk Systems); Luis Garza, Mariana Treviño (Gabinetes y Kioscos del Norte)
Exported: 6/14/2024 5:10 PM

📌 Pinned message
[6/7/2024 9:30 AM] Jenna Whitaker
Scope for PO 7700415: 5 pilot enclosures KE-32 only. Balance 245 NOT released - on hold until Tom's pilot sign-off and then a written production release from Rick Delgado (VP Ops). Material: pilot qty only.

[6/14/2024 1:47 PM] Mariana Treviño
Tom, updated drawing KE-32-000 rev D with the bigger vent cutout (louver 120x40) and the M6 PEM studs moved 10 mm. PDF in Files tab. Is ok for you?

[6/14/2024 2:05 PM] Tom Kowalski
Looks good. Rev D approved. Pls proceed 👍

[6/14/2024 2:06 PM] Mariana Treviño
Thank you Tom!! 🙌

[6/14/2024 2:30 PM] Luis Garza
Gracias Tom, we update the router today
"""),
])

# p05: supplier status report - resin bought for the full quantity, only samples released.
case("p05_status_report_resin", ["RG006"], "supplier bought resin for 1,200 pcs while only 20 samples are released and no material authority exists", [
    ("PPM_status_wk26_TSB-215.pdf", pdf([
        ("h1", "Project Status Report - TSB-215 - Week 26"),
        ("p", "Penang Precision Moulding Sdn. Bhd. - Customer: Orobica Vending S.p.A. (Bergamo) - "
              "Prepared by Tan Wei Ming, Planning - 28 Jun 2024"),
        ("table", [
            ["Item", "Qty", "Status"],
            ["PO 4500412 - TSB-215 samples", "20 pcs", "moulded, shipped DHL 24/6"],
            ["Balance per quote PPM-Q-24-077", "1,180 pcs", "not released by customer yet"],
            ["Resin PC/ABS (Cycoloy-type, black)", "1,300 kg (~1,200 sets)", "purchased, received in store 20/6"],
            ["Tool T-2150 (1 cav)", "1", "T2 done, stored"],
        ]),
        ("sp",),
        ("p", "Comment: resin supplier lead time is now 10 weeks, so to protect the customer launch we have "
              "purchased the material for the full 1,200 pcs in advance. Kindly note this in your planning."),
        ("p", "Next step: waiting customer sample result."),
    ], title="Status wk26 TSB-215", author="Tan Wei Ming")),
])

# p06: supplier reply assumes sample approval rolls into production; buyer scope quoted.
_p06_scope = """Dear Lily,

PO 4500231 covers the pilot lot only: twelve (12) cabinets VM-CAB-60.
The remaining 588 pcs are NOT released. They stay on hold until the pilot sign-off by
Davide Rota (R&D) and the written production release from Marco Pesenti, Operations Director.
Material: for the 12 pilot pcs only.

Kind regards,
Chiara Locatelli"""
_p06_text = """Dear Chiara,

Good news! Mr Davide called us yesterday evening, the pilot cabinets are approved.
So we arrange the mass production of the 588 pcs from next Monday 8 July as planned, first
container ETD Nansha end of August. Production plan in attachment.

Any question pls feel free to contact me.
""" + sig_gz("Lily Chen", "Sales Manager") + """
-----Original Message-----
From: Chiara Locatelli <c.locatelli@orobica-vending.example>
Sent: Wednesday, June 5, 2024 10:41
To: Lily Chen
Subject: PO 4500231 - VM-CAB-60 pilot lot

""" + quote(_p06_scope) + "\n"
case("p06_reply_roll_into_mp", ["RG007"], "supplier treats a phoned pilot approval as start of 588 mass production; quoted buyer scope needs written release by Pesenti", [
    ("RE_PO_4500231_pilot.eml", eml_bytes(mail(GZ, ORO, "RE: PO 4500231 - VM-CAB-60 pilot lot",
                                               "Wed, 03 Jul 2024 08:55:02 +0800", _p06_text,
                                               attachments=[("plan_0708.txt", """HUAXIN PMC - production plan VM-CAB-60 (Orobica)
week 28   cutting/bending   120 sets
week 29   welding            120 sets
week 30   powder coating     120 sets
...
total mass production 588 pcs, ETD Nansha 28 Aug
""", "text/plain")],
                                               in_reply_to="<h173-po4500231@orobica-vending.example>"))),
])

# p07: buyer minutes - action item says roll straight into production after pilot OK.
case("p07_minutes_roll_straight", ["RG007"], "buyer minutes say roll straight into the 245 after pilot OK without waiting for the written release the scope requires", [
    ("Minutes_KE-32_pilot_review.docx", docx_bytes([
        ("h1", "Meeting Minutes - KE-32 Pilot Review"),
        ("p", "Buckeye Kiosk Systems / Gabinetes y Kioscos del Norte - June 20, 2024, Teams call, 10:00-10:45 ET"),
        ("p", "Attendees: Jenna Whitaker, Tom Kowalski (Buckeye); Luis Garza, Mariana Treviño, Ing. Héctor Salinas (GKN Norte). "
              "Minutes: Jenna Whitaker."),
        ("h", "1. Scope"),
        ("p", "PO 7700415 authorizes 5 pilot units KE-32. The balance of 245 units is on hold until Tom's pilot "
              "sign-off and a written production release from Rick Delgado (VP Operations)."),
        ("h", "2. Pilot status"),
        ("p", "All 5 pilot units welded and powder coated. Door gap OK after hinge shim change. Powder 70-95 µm. "
              "IP54 spray test (IEC 60529) planned at Buckeye lab June 25-26."),
        ("h", "3. Action items"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Ship 5 pilot units to Dublin, OH", "Mariana Treviño", "6/24"],
            ["2", "IP54 spray test + fit check with kiosk PC", "Tom Kowalski", "6/26"],
            ["3", "Once Tom signs off the pilot, roll straight into the 245 production units - no need to wait "
                  "for the release letter, Rick will paper it later", "Luis Garza", "wk 27"],
            ["4", "Send powder thickness readings", "Mariana Treviño", "6/21"],
        ]),
        ("p", "Next meeting: June 27, 2024."),
    ], author="Jenna Whitaker")),
])

# p08: WeChat - supplier reads deposit as start of production and already bought sheet for all 800.
case("p08_wechat_deposit_start", ["RG006", "RG012"], "supplier starts 796 and buys SUS304 for 800 because the deposit arrived; buyer scope is 4 samples with complete hold", [
    ("WeChat_BD-44_export.txt", """微信聊天记录 / WeChat chat history
群聊 / Group: 北陆 BD-44 项目群 (Hokuriku BD-44 project)
Exported 2024-06-21 18:03

2024-06-07 10:02  渡辺 健二 Kenji Watanabe (Hokuriku)
Lily-san, good morning. PO HBS-24-0702 sent by mail. It is for 4 sample door panels BD-44 only. Mass production 796 pcs is NOT released. Release only after QA sample sign-off (Tanaka Yuko) and written release from Mori Hiroshi (GM). Material for 4 samples only please.

2024-06-07 10:15  Lily Chen 陈丽 (Huaxin)
Watanabe-san good morning! Well received, thank you 🙏 We send proforma for tooling + samples today

2024-06-20 16:40  Lily Chen 陈丽 (Huaxin)
Watanabe-san, deposit 30% received today, thank you very much!
so we start production of the 796 doors next week to catch your October, and Kevin already buy the SUS304 #4 sheet for all 800 pcs

2024-06-20 16:41  梁凯文 Kevin Liang (Huaxin PMC)
[图片 / image] sheet coil arrived warehouse

2024-06-21 09:12  渡辺 健二 Kenji Watanabe (Hokuriku)
Lily-san, I will check with Mori-san and come back to you.
"""),
])

# p09: buyer PO orders the annual forecast as a firm quantity.
case("p09_po_forecast_firm", ["RG008"], "PO orders the FY2025 forecast (3,000 pcs) as firm quantity", [
    ("HBS-24-0655.pdf", pdf([
        ("h1", "PURCHASE ORDER - CHUMONSHO  HBS-24-0655"),
        ("p", "Hokuriku Beverage Service Co., Ltd. - Equipment Dept. - Kanazawa - Date 2024/06/28"),
        ("p", "Supplier: Penang Precision Moulding Sdn. Bhd. (V-30417) - FCA Penang - T/T 60 days"),
        ("table", [
            ["No.", "Item", "Description", "Q'ty", "Unit price", "Amount"],
            ["1", "3000-12-480", "CMH-12 coin module housing, DRG 0480 Rev 3", "3,000 pcs", "JPY 286", "JPY 858,000"],
        ]),
        ("sp",),
        ("p", "Order type: FIRM ORDER (annual)."),
        ("p", "This quantity is our FY2025 forecast for new machines. We order the forecast as firm quantity. "
              "Please produce 250 pcs per month from April 2025 and keep safety stock of 500 pcs at your side."),
        ("p", "Quality: ISO 9001:2015, UL94 V-0 material certificate for every resin lot."),
        ("sp",),
        ("p", "Issued by: Kenji Watanabe - Authorized: Hiroshi Mori, General Manager"),
    ], title="HBS-24-0655", author="Kenji Watanabe")),
])

# p10: buyer mail - forecast declared a binding order (multipart/alternative).
_p10_text = """Dear Ms Chen

Thank you for the good samples and the quick work on the hinge.

Our 2025 forecast for the LD-400 locker doors is 1 800 pcs. Please take this forecast as our
binding order for 2025 and plan your capacity accordingly. Call-offs will follow monthly, about
150 pcs each, first one in January.

Price as per your offer HX-LK-2405-07 (EUR 22,40 per door, FOB Nansha).
""" + sig_ch("Urs Brunner", "Einkauf / Purchasing")
case("p10_mail_forecast_binding", ["RG008"], "buyer declares the 1 800 pcs forecast a binding order", [
    ("LD-400_2025.eml", eml_bytes(mail(LKW, GZ, "LD-400 Jahresbedarf 2025 / annual requirement",
                                       "Thu, 11 Jul 2024 13:20:00 +0200", _p10_text, html=p_html(_p10_text)))),
])

# p11: supplier proforma says series production starts on receipt of the advance payment.
case("p11_proforma_advance_starts", ["RG012"], "supplier proforma: series production starts upon receipt of advance payment while the PO is samples only", [
    ("PF-24-0207.pdf", pdf([
        ("h1", "FACTURA PROFORMA / PROFORMA INVOICE PF-24-0207"),
        ("p", "Metalform Transilvania S.R.L. - Cluj-Napoca - CUI RO00000517 - Date 12.06.2024"),
        ("p", "Customer: Lockwerk AG, Tössfeldstrasse 31, CH-8406 Winterthur - your PO 4711-0152"),
        ("table", [
            ["Pos", "Description", "Qty", "Unit price EUR", "Total EUR"],
            ["1", "Locker bank LB-16 (16 doors), sample, DRG LB-16-0001 rev A", "4", "1.390,00", "5.560,00"],
            ["2", "Welding fixture + bending tool LB-16", "1", "3.250,00", "3.250,00"],
            ["", "Total", "", "", "8.810,00"],
            ["", "Advance payment 40%", "", "", "3.524,00"],
        ]),
        ("sp",),
        ("p", "Terms:"),
        ("p", "1. Advance payment 40% by bank transfer to IBAN RO00 BTRL 0000 0000 0517 XX."),
        ("p", "2. Samples delivered 3 weeks after receipt of advance payment."),
        ("p", "3. Series production starts immediately upon receipt of the advance payment, in order to "
              "keep your delivery plan for Q4."),
        ("p", "4. Balance 60% at 30 days from invoice."),
        ("sp",),
        ("p", "Ioana Muresan, Project Manager"),
    ], title="PF-24-0207", author="Ioana Muresan")),
])

# p12: ERP sample PO - no hold, no unlock event, no release person.
case("p12_erp_sample_bare", ["RG003", "RG004", "RG005"], "sample PO for 25+25 side panels never says the series balance is not released, names no event or person", [
    ("PO_4500367.txt", """OROBICA VENDING S.p.A.                                 ORDINE D'ACQUISTO / PURCHASE ORDER
Via Zanica 112 - 24126 Bergamo (BG)                    N. 4500367     Data 13.06.2024
-------------------------------------------------------------------------------------------
Fornitore / Vendor: 100871  METALFORM TRANSILVANIA S.R.L. - Cluj-Napoca (RO)
Buyer: C. Locatelli                              Cond. pag.: bonifico 60 gg DF
Resa / Incoterm: DAP Bergamo                     Valuta: EUR
-------------------------------------------------------------------------------------------
Pos  Materiale        Descrizione                              Qta   UM   Prezzo    Valore
10   1200-061-LH      SIDE PANEL LH VM-CAB-60 - CAMPIONI        25   PZ    38,90    972,50
20   1200-061-RH      SIDE PANEL RH VM-CAB-60 - CAMPIONI        25   PZ    38,90    972,50
                      DRG 1200-061 Rev 2, DC01 1,0 mm, RAL 9005
                      Consegna / delivery 19.07.2024
-------------------------------------------------------------------------------------------
                                                       Totale netto EUR         1.945,00
Testo di testata / header text:
 Campionatura / sample lot for the new cabinet VM-CAB-60.
 Rif. Vs. offerta OF-24-0311 (campioni + serie / samples + series).
 Certificato 3.1 EN 10204 for the sheet. Packing on EPAL pallet, max 600 kg.
-------------------------------------------------------------------------------------------
Si prega di restituire copia firmata per accettazione.
"""),
])

# p13: buyer mail - go ahead with "the pilot units", no quantity anywhere.
_p13_text = """Hi Luis,

PO 7700415 went out from Oracle this morning.

Please go ahead with the pilot units per your quote MX-Q-118. The production balance is on hold
until Tom Kowalski signs off the pilot and Rick Delgado (VP Ops) sends you the written
production release. Material: for the pilot units only.

Thanks!
Jenna
""" + sig_us("Jenna Whitaker", "Senior Buyer, Strategic Sourcing")
case("p13_mail_pilot_no_qty", ["RG010"], "sample authorization with hold, event and named person, but the active (pilot) quantity is never stated", [
    ("PO_7700415_note.eml", eml_bytes(mail(BKS, MX, "PO 7700415 - KE-32 pilot",
                                           "Fri, 07 Jun 2024 09:12:00 -0400", _p13_text,
                                           cc="Tom Kowalski <tkowalski@buckeyekiosk.example>"))),
])

# p14: buyer portal - "RELEASED" for the PO workflow and "release" for production.
case("p14_portal_release_terms", ["RG009"], "portal uses 'released' for the PO approval workflow and for production release, 'approved' for QA samples and PO", [
    ("HBS_portal_order_0611.html", html_page("Hokuriku Supplier Portal - Order detail", """
<h2>Hokuriku Beverage Service &ndash; Supplier Portal</h2>
<h3>Order detail HBS-24-0611 &ndash; CMH-12 coin module housing</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Penang Precision Moulding Sdn. Bhd.</td></tr>
<tr><td>PO status</td><td><b>RELEASED</b> (approval workflow 3/3 approved: Watanabe &rarr; Section chief &rarr; Finance, 2024/06/05)</td></tr>
<tr><td>Sample status</td><td><b>APPROVED</b> (QA, Y. Tanaka, 2024/06/26)</td></tr>
<tr><td>Production release</td><td>not released &ndash; requires written release by H. Mori (General Manager)</td></tr>
</table>
<h4>Lines</h4>
<table>
<tr><th>Line</th><th>Description</th><th>Q'ty</th><th>Status</th></tr>
<tr><td>1</td><td>CMH-12 samples</td><td>10 pcs</td><td>released, delivered 2024/06/21</td></tr>
<tr><td>-</td><td>Mass production balance</td><td>2,990 pcs</td><td>on hold until QA sample sign-off and written release by H. Mori</td></tr>
</table>
<p class="note">Material authority: samples only (10 pcs).</p>
""")),
])

# p15: DOCX "Musterfreigabe" record - approval for sample, commercial and series release.
case("p15_signoff_approval_words", ["RG009"], "one word 'approval/Freigabe' for sample technical result, PO commercial approval and series release", [
    ("MF-LB12-01.docx", docx_bytes([
        ("h1", "Musterfreigabe / Sample Approval Record MF-LB12-01"),
        ("table", [
            ["Part", "LB-12 locker bank 12 doors, DRG LB-12-0002 rev C"],
            ["Supplier", "Metalform Transilvania S.R.L."],
            ["PO", "4711-0093 - three (3) sample banks"],
            ["Date", "28.06.2024"],
        ]),
        ("h", "Technical approval"),
        ("table", [
            ["Test", "Requirement", "Result"],
            ["Door impact", "IK10 (EN 62262)", "passed"],
            ["Door cycles", "50 000 cycles, no hinge play > 0,5 mm", "passed"],
            ["Corrosion", "ISO 9227 NSS 240 h, no red rust", "passed"],
        ]),
        ("p", "Samples: APPROVED (Regula Keller, Engineering)."),
        ("h", "Commercial approval"),
        ("p", "PO 4711-0093 approved by Einkauf (U. Brunner) on 03.06.2024; price approval for the series "
              "EUR 1.045,00 per bank approved by Finance."),
        ("h", "Series approval"),
        ("p", "Series approval for the remaining 117 banks: pending. The 117 banks are not released until "
              "the written series approval by Beat Zürcher (COO)."),
        ("p", "Material: for the 3 samples only."),
    ], author="Regula Keller")),
])

# p16: PO header and line disagree on the FAI quantity; release person only 'Buckeye engineering'.
case("p16_po_header_vs_line", ["RG005", "RG011"], "PO header says 25 FAI samples, line says 30; balance held until FAI sign-off by 'Buckeye engineering' (no named person)", [
    ("PO_7700611.pdf", pdf([
        ("h1", "PURCHASE ORDER 7700611"),
        ("p", "Buckeye Kiosk Systems, Inc. - 5800 Frantz Rd, Dublin, OH 43017 - Date: 06/03/2024 - Buyer: Jenna Whitaker"),
        ("p", "Supplier: Penang Precision Moulding Sdn. Bhd., Bayan Lepas, Penang, Malaysia (V-2217) - FCA Penang - Net 45"),
        ("p", "Scope: FAI samples, 25 pcs, CRB-7 card reader bezel."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit", "Ext."],
            ["1", "7100-250-07", "CRB-7 card reader bezel rev C - FAI sample", "30", "EA", "$14.20", "$426.00"],
            ["2", "T-7100", "Injection tool 1+1 cav (tooling, 50% on T1)", "1", "LS", "$9,800.00", "$9,800.00"],
        ]),
        ("sp",),
        ("p", "Notes: Balance of 2,500 pcs production quantity per quote PPM-Q-24-102 is on hold - not released "
              "until FAI sign-off by Buckeye engineering. Material for the FAI samples only."),
        ("p", "FAI per AS9102-style form, full dimensional on 5 pcs, gloss 70-80 GU, UL 94 V-0 cert."),
    ], pagesize=LETTER, title="PO 7700611", author="Jenna Whitaker")),
])

# p17: multi-file - ERP PO 4500318 for 40 samples vs supplier proforma for PO 4500381 / 60 pcs.
case("p17_po_vs_proforma", ["RG011"], "PO 4500318 says 40 samples; supplier proforma cites PO 4500381 and 60 sample pcs", [
    ("OdA_4500318_print.txt", """OROBICA VENDING S.p.A.                                 ORDINE D'ACQUISTO / PURCHASE ORDER
Via Zanica 112 - 24126 Bergamo (BG)                    N. 4500318     Data 10.06.2024
-------------------------------------------------------------------------------------------
Fornitore / Vendor: 100233  LAMIERE SERIANE S.R.L. - Seriate (BG)
-------------------------------------------------------------------------------------------
Pos  Materiale        Descrizione                              Qta   UM   Prezzo    Valore
10   3000-250-18      SPIRAL TRAY SPT-18 - CAMPIONE/SAMPLE      40   PZ    18,60    744,00
-------------------------------------------------------------------------------------------
Testo di testata / header text:
 Sample lot only: forty (40) pcs. Balance 1.960 pcs of offer 118/24 NOT RELEASED -
 released only after sample sign-off by Davide Rota (R&D) and written production release
 by Marco Pesenti (Direttore Operations). Material for the 40 samples only.
-------------------------------------------------------------------------------------------
"""),
    ("Proforma_2024-118.pdf", pdf([
        ("h1", "FATTURA PROFORMA N. 2024/118"),
        ("p", "Lamiere Seriane S.r.l. - Via Nazionale 27 - 24068 Seriate (BG) - P.IVA 00000000163"),
        ("p", "Spett.le Orobica Vending S.p.A., Via Zanica 112, 24126 Bergamo"),
        ("p", "Vs. ordine n. 4500381 del 10.06.2024 - campionatura SPT-18"),
        ("table", [
            ["Descrizione", "Q.ta", "Prezzo EUR", "Importo EUR"],
            ["Spiral tray SPT-18 campionatura (DRG 2500 Rev 18)", "60", "18,60", "1.116,00"],
            ["Imponibile", "", "", "1.116,00"],
            ["IVA 22%", "", "", "245,52"],
            ["Totale", "", "", "1.361,52"],
        ]),
        ("sp",),
        ("p", "Pagamento: bonifico 60 gg DF. Consegna campioni: 12.07.2024."),
    ], title="Proforma 2024/118", author="Lamiere Seriane")),
])

# p18: WhatsApp - supplier bought steel for all 250 while only 5 pilot are released.
case("p18_whatsapp_steel_250", ["RG006"], "supplier bought sheet for 250 enclosures while only the 5 pilot are released; no material authority", [
    ("WhatsApp Chat with Jenna Buckeye.txt", """[6/7/24, 9:35:02 AM] Jenna Whitaker: Luis, PO 7700415 is out. 5 pilot units KE-32 only. The other 245 are NOT released, on hold until Tom signs off the pilot and Rick Delgado sends the written production release. Material for the 5 pilot only pls
[6/7/24, 9:40:11 AM] Luis Garza: Received Jenna, thank you 👍
[6/13/24, 7:58:45 AM] Luis Garza: Good morning Jenna! good news, we bought already the 14 ga sheet for the 250 enclosures, the mill gave us very good price before the increase in July 💪
[6/13/24, 7:59:02 AM] Luis Garza: pilot 5 will be ready Friday 6/21
[6/13/24, 8:31:40 AM] Jenna Whitaker: Hmm ok. Let me talk to Rick and come back to you
[6/13/24, 8:32:05 AM] Luis Garza: Sure no problem
"""),
])

# p19: supplier mail - QA approval rolls into mass production per forecast, forecast treated as firm; PDF schedule.
_p19_text = """Dear Watanabe-san,

Thank you very much for the QA approval of the CMH-12 samples on 26 June.

As the samples are approved, we proceed to mass production according to your FY2025 forecast
of 3,000 pcs. We have entered the forecast as a firm order in our system (SO 24-0877), so the
capacity on our 220 t machine is secured. Kindly find attached the production schedule; the
first lot of 250 pcs will ship on 15 August.

Should you have any query, please do not hesitate to contact me.
""" + sig_my("Ravi Kumar", "Sales Manager")
_p19_pdf = pdf([
    ("h1", "Production Schedule - CMH-12 (Hokuriku)"),
    ("p", "Penang Precision Moulding - SO 24-0877 - prepared 28 Jun 2024"),
    ("table", [
        ["Lot", "Qty", "Moulding", "Ship date"],
        ["1", "250", "wk 31", "15 Aug 2024"],
        ["2", "250", "wk 35", "12 Sep 2024"],
        ["3", "300", "wk 39", "10 Oct 2024"],
        ["4-12", "2,200", "monthly", "Nov 2024 - Jul 2025"],
        ["Total", "3,000", "", ""],
    ]),
], title="Schedule CMH-12", author="Ravi Kumar")
case("p19_mail_approved_forecast_firm", ["RG007", "RG008"], "supplier rolls sample approval into mass production and books the 3,000 forecast as a firm order", [
    ("CMH-12_schedule.eml", eml_bytes(mail(MY, HBS, "CMH-12 mass production schedule",
                                                  "Fri, 28 Jun 2024 15:40:10 +0800", _p19_text,
                                                  cc="Siti Aminah <siti.aminah@penang-pm.example>",
                                                  attachments=[("CMH-12_schedule.pdf", _p19_pdf, PDF_MT)]))),
])

# p20: supplier portal - deposit opens production and material purchase for 600.
case("p20_supplier_portal_deposit", ["RG006", "RG012"], "supplier portal opens production order and buys sheet for 600 on receipt of the deposit; only 12 pilot released", [
    ("huaxin_order_4500231.html", html_page("Huaxin Customer Portal - Order tracking", """
<h2>Huaxin Metal &ndash; Customer Portal</h2>
<p>Customer: <b>Orobica Vending S.p.A.</b> &nbsp;|&nbsp; Customer PO: <b>4500231</b> &nbsp;|&nbsp; Item: VM-CAB-60 snack cabinet</p>
<table>
<tr><th>Quantity</th><th>Pcs</th><th>Status</th></tr>
<tr><td>Pilot lot (customer PO)</td><td>12</td><td>finished, QC pass</td></tr>
<tr><td>Balance per quote Q-GZ-2406-118</td><td>588</td><td>customer release pending</td></tr>
</table>
<h3>Timeline</h3>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>2024-06-05</td><td>PO received</td></tr>
<tr><td>2024-06-10</td><td>Deposit 30% received &rarr; production released automatically (system rule: deposit received = start)</td></tr>
<tr><td>2024-06-11</td><td>Material purchase PR-2406-88: SPCC 1.2 mm for 600 sets, 7,560 kg &ndash; ordered</td></tr>
<tr><td>2024-06-12</td><td>Production order MO-2406-031 opened for 600 pcs (per deposit received)</td></tr>
<tr><td>2024-07-01</td><td>Pilot 12 pcs QC pass</td></tr>
</table>
""")),
])

# p21: Japanese PO - 4 samples plus mass production 800/year; names a release contact, no hold, no event.
case("p21_jp_po_massprod_ref", ["RG001", "RG003", "RG004"], "sample PO shows 800 pcs/year mass production beside 4 samples; names a release contact but no hold or event", [
    ("HBS-24-0719.pdf", pdf([
        ("h1", "PURCHASE ORDER - CHUMONSHO  HBS-24-0719"),
        ("p", "Hokuriku Beverage Service Co., Ltd. - Equipment Dept. - Kanazawa - Date 2024/06/19"),
        ("p", "Supplier: Guangzhou Huaxin Metal Products Co., Ltd. - CIF Kanazawa - T/T 60 days"),
        ("table", [
            ["No.", "Item", "Description", "Q'ty", "Unit price", "Amount"],
            ["1", "VP-30", "Product window frame, AlMg3 + PC glazing, DRG VP-30-02 Rev 1 (sample)", "4 pcs", "JPY 21,800", "JPY 87,200"],
        ]),
        ("sp",),
        ("h", "Remarks"),
        ("p", "1. Samples: four (4) pcs, delivery by 2024/07/26."),
        ("p", "2. Mass production quantity: 800 pcs/year from October 2024, monthly delivery 70 pcs."),
        ("p", "3. Contact for production release: Mr. Hiroshi Mori, General Manager."),
        ("p", "4. Glazing: PC 4 mm UV-stabilized, haze < 1%. Sealing per JIS K 6253 A50."),
        ("sp",),
        ("p", "Issued by: Kenji Watanabe, Procurement Section"),
    ], title="HBS-24-0719", author="Kenji Watanabe")),
])

# p22: buyer mail with countersigned supplier quote (8 pilot / 300 production); nothing on hold.
_p22_text = """Hi Luis,

Signed quote attached. We're going with the 8 pilot enclosures KE-43, PO to follow from Oracle
this week. Thanks for sharpening the pencil on the pricing, much appreciated.

Pilot need date is 8/9 at our Dublin lab.

Best,
Jenna
""" + sig_us("Jenna Whitaker", "Senior Buyer, Strategic Sourcing")
_p22_pdf = pdf([
    ("h1", "COTIZACIÓN / QUOTATION MX-Q-131"),
    ("p", "Gabinetes y Kioscos del Norte, S.A. de C.V. - Apodaca, N.L., México - Date: 06/10/2024"),
    ("p", "Customer: Buckeye Kiosk Systems, Inc. - Attn. Jenna Whitaker"),
    ("p", "Part: KE-43 floor-standing kiosk enclosure, 43\" display, 14/16 ga CRS, powder coat, IP54 (IEC 60529), "
          "dwg KE-43-000 rev A"),
    ("table", [
        ["Phase", "Qty", "Unit price USD", "Ext. USD", "Lead time"],
        ["Pilot", "8", "1,240.00", "9,920.00", "5 wks ARO"],
        ["Production", "300", "865.00", "259,500.00", "8 wks, 40/wk"],
        ["Weld fixtures + press brake tooling", "1 lot", "7,600.00", "7,600.00", "with pilot"],
    ]),
    ("sp",),
    ("p", "Terms: 30% deposit on tooling, Net 30. FCA Apodaca, N.L. Export crate ISPM 15 included."),
    ("sp",),
    ("table", [
        ["Gabinetes y Kioscos del Norte", "Accepted - Buckeye Kiosk Systems"],
        ["Luis Garza, Gerente de Ventas", "Jenna Whitaker, 6/14/2024"],
    ]),
], pagesize=LETTER, title="MX-Q-131", author="Luis Garza")
case("p22_mail_signed_quote", ["RG001", "RG003", "RG004", "RG005"],
     "buyer goes with 8 pilot units and sends the countersigned quote with 300 production; no hold, event or person", [
    ("KE-43_signed_quote.eml", eml_bytes(mail(BKS, MX, "KE-43 floor kiosk - signed quote / pilot",
                                              "Fri, 14 Jun 2024 16:05:33 -0400", _p22_text, html=p_html(_p22_text),
                                              attachments=[("MX-Q-131_signed.pdf", _p22_pdf, PDF_MT)]))),
])

# p23: supplier portal shows authorized 4 sample banks beside project quantity 160 with delivery plan.
case("p23_supplier_portal_project_qty", ["RG001"], "supplier portal shows 4 authorized sample banks beside a 160-bank project quantity and delivery plan, nothing says not released", [
    ("metalform_portal_4711-0152.html", html_page("Metalform - Customer projects", """
<h2>Metalform Transilvania &ndash; Customer Projects</h2>
<p>Client: <b>Lockwerk AG</b>, Winterthur &nbsp;|&nbsp; Project: LB-16 parcel locker bank (16 doors) &nbsp;|&nbsp; PM: Ioana Mure&#537;an</p>
<table>
<tr><th>Item</th><th>Qty</th><th>Plan</th></tr>
<tr><td>Authorized by customer PO 4711-0152 (samples)</td><td>4</td><td>delivery wk 30</td></tr>
<tr><td>Project quantity</td><td>160</td><td>Q1 2025: 80 &middot; Q2 2025: 80</td></tr>
</table>
<h3>Milestones</h3>
<table>
<tr><th>Milestone</th><th>Date</th><th>Status</th></tr>
<tr><td>Drawing LB-16-0001 rev A</td><td>03.06.2024</td><td>done</td></tr>
<tr><td>Fixture + bending tool</td><td>28.06.2024</td><td>in progress</td></tr>
<tr><td>Samples (4)</td><td>26.07.2024</td><td>planned</td></tr>
<tr><td>Series 160 &ndash; first 80</td><td>Q1 2025</td><td>planned</td></tr>
</table>
<p><small>Certifications: ISO 9001:2015, EN 1090-2 EXC2. Last update 21.06.2024.</small></p>
""")),
])

# p24: Swiss SAP PO - samples plus series quantity 'gemäss Offerte', nothing on hold.
case("p24_sap_po_series_qty", ["RG001", "RG003", "RG004", "RG005"], "sample PO shows series quantity 240 beside 5 samples with nothing saying not released; no event, no person", [
    ("Bestellung_4711-0166.txt", """LOCKWERK AG                                                  BESTELLUNG / PURCHASE ORDER
Tössfeldstrasse 31, CH-8406 Winterthur                       Nr. 4711-0166   Datum 20.06.2024
MWST CHE-000.000.314                                         Seite 1/1
--------------------------------------------------------------------------------------------
Lieferant: 300514  METALFORM TRANSILVANIA S.R.L., RO-400620 CLUJ-NAPOCA
Einkäufer: U. Brunner  +41 52 000 31 40        Zahlungsbed.: 30 Tage netto
Lieferbed.: DAP Winterthur (Incoterms 2020)     Währung: EUR
--------------------------------------------------------------------------------------------
Pos  Material      Bezeichnung                               Menge  ME  Preis/ME   Wert
10   PS-8-0004     PAKETFACH-MODUL PS-8, MUSTER / SAMPLE         5  ST  612,00    3.060,00
                   Zeichnung PS-8-0004 Ind. B, DX51D Z275 1,25 mm
                   Liefertermin KW 31
--------------------------------------------------------------------------------------------
                                                             Total netto EUR    3.060,00
Positionstext Pos 10:
 Serienmenge 240 ST gemäss Offerte OF-24-0346 / series quantity 240 pcs as per offer,
 Liefertermin Serie ab KW 45, 40 ST pro Woche.
 Prüfungen: Türschlag 50 000 Zyklen, IK10 nach EN 62262, Salzsprühtest ISO 9227 240 h.
--------------------------------------------------------------------------------------------
Bitte Auftragsbestätigung innert 3 Tagen an einkauf@lockwerk.example
"""),
])

# p25: supplier sales order acknowledgement - 25 FAI ordered and production 2,500 with schedule, unmarked.
case("p25_supplier_soa_schedule", ["RG001"], "supplier acknowledgement lists 25 FAI pcs ordered and 2,500 production with monthly schedule, nothing says not released", [
    ("SOA-24-1187.pdf", pdf([
        ("h1", "SALES ORDER ACKNOWLEDGEMENT SOA-24-1187"),
        ("p", "Penang Precision Moulding Sdn. Bhd. - Bayan Lepas FIZ Phase 4, 11900 Penang - 05 Jun 2024"),
        ("p", "Customer: Buckeye Kiosk Systems, Inc., Dublin, OH - Customer PO 7700611 - Buyer: Jenna Whitaker"),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Amount USD", "Delivery"],
            ["7100-250-07", "CRB-7 card reader bezel rev C - FAI sample", "25", "14.20", "355.00", "05 Jul 2024"],
            ["T-7100", "Injection tool 1+1 cav", "1", "9,800.00", "9,800.00", "T1 28 Jun 2024"],
        ]),
        ("sp",),
        ("h", "Production quantity"),
        ("table", [
            ["Month", "Aug 2024", "Sep 2024", "Oct 2024", "Total"],
            ["CRB-7 production", "800", "850", "850", "2,500"],
        ]),
        ("sp",),
        ("p", "Kindly be informed the above is acknowledged according to your PO. Resin: PC/ABS black, UL94 V-0."),
        ("p", "Siti Aminah, Customer Service Executive"),
    ], title="SOA-24-1187", author="Siti Aminah")),
])

# p26: two-level quoted thread - "Deposit transferred today. Go ahead."
_p26_l2 = """PO 4711-0093: three (3) sample banks LB-12 only. The remaining 117 are not released -
release only after sample sign-off by Regula Keller and the written series release by
Beat Zürcher (COO). Material for the 3 banks only.

Urs Brunner, Einkauf"""
_p26_l1 = """Dear Mr Brunner,

thank you for the PO. Please inform us when the advance payment is done, so we can start.

Best regards,
Andrei Pop
Metalform Transilvania S.R.L.

-----Original Message-----
From: Urs Brunner
Sent: Monday, June 3, 2024 09:20
Subject: Bestellung 4711-0093 LB-12

""" + quote(_p26_l2)
_p26_text = """Hoi Andrei

Deposit transferred today (Valuta 14.06.). Go ahead.

Gruss Urs
""" + sig_ch("Urs Brunner", "Einkauf / Purchasing") + """
-----Ursprüngliche Nachricht-----
Von: Andrei Pop <andrei.pop@metalform-tr.example>
Gesendet: Mittwoch, 5. Juni 2024 15:12
An: Urs Brunner
Betreff: AW: Bestellung 4711-0093 LB-12

""" + quote(_p26_l1) + "\n"
case("p26_thread_deposit_goahead", ["RG002", "RG012"], "buyer 'Deposit transferred today. Go ahead.' - payment as trigger and an unscoped go-ahead; quoted scope complete", [
    ("AW_AW_4711-0093.eml", eml_bytes(mail(LKW, RO, "AW: AW: Bestellung 4711-0093 LB-12",
                                           "Fri, 14 Jun 2024 11:02:45 +0200", _p26_text,
                                           in_reply_to="<h173-ap0605@metalform-tr.example>"))),
])

# p27: Japanese sample order letter - after QA approves, continue with mass production; no named release person.
case("p27_letter_after_qa_continue", ["RG005", "RG007"], "sample order letter: after QA approves the samples continue mass production without another document; no named release person", [
    ("Notice_CMH-12_samples.docx", docx_bytes([
        ("h1", "Notice of Sample Order - CMH-12"),
        ("p", "To: Penang Precision Moulding Sdn. Bhd. - Attn. Mr. Ravi Kumar"),
        ("p", "From: Hokuriku Beverage Service Co., Ltd., Procurement Section - 2024/06/05"),
        ("p", "Dear Sirs,"),
        ("p", "Thank you for your continuous support. We order ten (10) samples of CMH-12 coin module housing "
              "(PN 3000-12-480, DRG 0480 Rev 3) under PO HBS-24-0611."),
        ("p", "Mass production is not included in this PO. After our QA department approves the samples, "
              "please continue with mass production as per your quotation, without waiting for another document. "
              "It will save time for the October installation."),
        ("p", "Material: please purchase resin for the 10 samples now."),
        ("table", [
            ["Item", "Q'ty", "Delivery"],
            ["CMH-12 samples", "10 pcs", "2024/06/21 Kanazawa"],
        ]),
        ("sp",),
        ("p", "Best regards,"),
        ("p", "Procurement Section, Equipment Dept."),
    ], author="Procurement Section")),
])

# p28: WhatsApp - colour sample OK, "Green light" (unscoped) after complete scope.
case("p28_whatsapp_green_light", ["RG002"], "'Colour is fine. Green light' names neither sample-only nor a quantity; scope message otherwise complete", [
    ("WhatsApp Chat with Ioana Metalform.txt", """03.06.24, 09:41 - Urs Brunner: Guten Morgen Ioana, PO 4711-0093 is out. 3 sample banks LB-12 only. The 117 series banks are not released: release only after sample sign-off by Regula Keller and written series release by Beat Zürcher. Material only for the 3
03.06.24, 09:55 - Ioana Muresan: Good morning Mr Brunner, thank you, well received 👍
18.06.24, 14:12 - Ioana Muresan: Mr Brunner, the powder panel RAL 7016 fine texture from Tiger is ready
18.06.24, 14:12 - Ioana Muresan: <Media omitted>
18.06.24, 14:13 - Ioana Muresan: Is ok?
18.06.24, 15:40 - Urs Brunner: Colour is fine. Green light 👍
18.06.24, 15:41 - Ioana Muresan: Super, thank you!
"""),
])

# p29: two-level thread - ECN approved, PO approved, "you are approved to run"; text + ECN text attachment.
_p29_l2 = """Dear Ravi,

PO 4500412: twenty (20) samples TSB-215 only. The balance of 1.180 pcs is not released until
the sample sign-off by Davide Rota and the written production release by Marco Pesenti.
Material for the 20 samples only.

Chiara Locatelli - Orobica Vending, Acquisti"""
_p29_l1 = """Dear Davide,

Attached the ECN-24-019 for the texture change MT-11010 -> MT-11020 on TSB-215 (lower gloss,
same depth 0.05 mm). Kindly approve so we can run.

Thank you & regards,
Ravi Kumar
Sales Manager, Penang Precision Moulding

-----Original Message-----
From: Chiara Locatelli
Sent: Tuesday, June 11, 2024 11:02 AM
Subject: PO 4500412 - TSB-215 samples

""" + quote(_p29_l2)
_p29_text = """Hi Ravi,

the texture change ECN-24-019 is approved by R&D, and the PO was approved by our purchasing last
week, so you are approved to run.

Ciao
Davide
""" + sig_it("Davide Rota", "R&D - Ufficio Tecnico") + """
-----Original Message-----
From: Ravi Kumar <ravi.kumar@penang-pm.example>
Sent: Monday, June 17, 2024 3:30 PM
To: Davide Rota
Subject: ECN-24-019 TSB-215 texture

""" + quote(_p29_l1) + "\n"
case("p29_thread_approved_to_run", ["RG002", "RG009"], "'approved' for ECN, PO and production in one sentence; 'approved to run' names no quantity; quoted scope complete", [
    ("RE_ECN-24-019.eml", eml_bytes(mail(ORO_DR, MY, "RE: ECN-24-019 TSB-215 texture",
                                         "Tue, 18 Jun 2024 08:44:10 +0200", _p29_text,
                                         attachments=[("ECN-24-019.txt", """ECN-24-019   TSB-215 touch-screen bezel 21.5"   PN TB-2150-01
Change : texture MT-11010 -> MT-11020 (gloss 2-3 GU), depth 0.05 mm unchanged
Reason : fingerprint visibility at customer demo
Tool   : T-2150, re-texture cavity side only
Impact : no dimensional change, no change to UL94 V-0 material
""", "text/plain")],
                                         in_reply_to="<h173-ecn24019@penang-pm.example>"))),
])

# p30: plain-text mail - FAI "approved", PO "approved/released" in Oracle, production release; no quantity stated.
case("p30_mail_fai_released_noqty", ["RG009", "RG010"], "'approved' and 'released' used for FAI, Oracle PO and production; authorization never states the quantity to build now", [
    ("CRB-7_FAI_mail.txt", """From: Tom Kowalski <tkowalski@buckeyekiosk.example>
Sent: Tuesday, June 25, 2024 11:18 AM
To: Siti Aminah <siti.aminah@penang-pm.example>
Cc: Jenna Whitaker <jwhitaker@buckeyekiosk.example>
Subject: CRB-7 FAI - replacement parts

Siti,

FAI report FAIR-7100-C is approved, thanks for the quick turnaround. FYI the PO change for the
FAI lot was also approved and released in Oracle this morning, so that release is done.

Go ahead and build the replacement FAI parts from the reworked cavities.

The production balance stays on hold until my FAI sign-off on the replacement parts and the
written production release from Rick Delgado (VP Ops).

Tom

Tom Kowalski | Mechanical Engineering Lead
Buckeye Kiosk Systems, Inc. | Dublin, OH | +1 614 555 0162
"""),
])

# p31: pilot approval record that also "approves" production of the 588.
case("p31_pilot_record_prod_approved", ["RG007", "RG009"], "pilot approval record says production of the 588 is approved too, against the PO's written-release rule; 'approved' for technical and production", [
    ("PAR-24-012.docx", docx_bytes([
        ("h1", "Verbale di approvazione pilota / Pilot Lot Approval Record PAR-24-012"),
        ("table", [
            ["Part", "VM-CAB-60 snack cabinet, DRG 1200 Rev 4"],
            ["Supplier", "Guangzhou Huaxin Metal Products Co., Ltd."],
            ["PO", "4500231 - pilot lot 12 pcs (balance 588 pcs per PO: written release by Marco Pesenti)"],
            ["Date", "02.07.2024"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Door gap", "3 ±0,5 mm", "2,8-3,2 OK"],
            ["Earth continuity", "EN 60335-2-75, < 0,1 Ω", "0,03 Ω OK"],
            ["Salt spray", "ISO 9227, 240 h", "OK"],
            ["Spiral tray fit (SPT-18)", "6 trays, no interference", "OK"],
        ]),
        ("h", "Disposition"),
        ("p", "Pilot lot (12 pcs): APPROVED."),
        ("p", "With this approval the production of the remaining 588 pcs is also approved; Huaxin can start "
              "the mass production."),
        ("sp",),
        ("p", "Davide Rota - R&D, Orobica Vending S.p.A."),
    ], author="Davide Rota")),
])

# p32: supplier MRP printout - material for 600 sets purchased while 12 released.
case("p32_supplier_mrp_600", ["RG006"], "supplier MRP buys SPCC for 600 sets although only 12 are released and the balance is marked not released", [
    ("MRP_SO-24-0611.txt", """广州华信金属制品有限公司  GUANGZHOU HUAXIN METAL PRODUCTS CO., LTD.
ERP / MRP RUN  物料需求计划                            Run date 2024-06-11 08:30  User: liangkw
============================================================================================
Sales order   SO-24-0611          Customer  OROBICA VENDING S.P.A. (C-1047)
Customer PO   4500231             Item      VM-CAB-60 SNACK CABINET   DRG 1200 REV 4
Released qty  12  (pilot)         Open balance  588  (not released by customer)
Planning basis: quote Q-GZ-2406-118 qty 600
--------------------------------------------------------------------------------------------
Material        Spec                  Req. for 600 sets   On hand    To buy     PR / PO       Status
SPCC sheet      1.2 x 1250 x 2500     7,560 kg            120 kg     7,440 kg   PUR-2406-077  ORDERED
Powder RAL9005  fine texture          540 kg              0          540 kg     PUR-2406-078  ORDERED
Hinge M8x1.25   HX-H08                1,200 pcs           0          1,200 pcs  PUR-2406-079  ORDERED
--------------------------------------------------------------------------------------------
Remark: buy full quantity for price lock (steel +6% from July). Signed: Huang (factory mgr)
============================================================================================
"""),
])

# p33: supplier production plan - production 245 starts automatically after pilot approval; steel for 250 ordered.
case("p33_supplier_plan_auto", ["RG006", "RG007"], "supplier plan starts the 245 automatically after pilot approval and has ordered steel for 250", [
    ("Plan_produccion_wk26-30.pdf", pdf([
        ("h1", "Plan de Producción / Production Plan wk 26-30"),
        ("p", "Gabinetes y Kioscos del Norte, S.A. de C.V. - Planta Apodaca - prepared by Mariana Treviño, Planning - 06/21/2024"),
        ("table", [
            ["Customer / PO", "Part", "Qty", "wk 26", "wk 27", "wk 28", "wk 29", "wk 30"],
            ["Buckeye 7700415", "KE-32 pilot", "5", "ship 6/24", "", "", "", ""],
            ["Buckeye 7700415", "KE-32 production (not yet released by customer)", "245", "", "60", "60", "60", "65"],
            ["Coinmatic TX", "CM-9 bracket", "1,200", "300", "300", "300", "300", ""],
        ]),
        ("sp",),
        ("p", "Notes:"),
        ("p", "1. KE-32: pilot approval by customer expected 6/28. Production 245 starts wk 27 automatically after "
              "pilot approval, no further release needed."),
        ("p", "2. Steel 14 ga CRS for 250 units ordered to Ternium, OC-AC-0612, arriving wk 26."),
        ("p", "3. Powder: black texture, 2 boxes per 10 units."),
    ], pagesize=LETTER, title="Production plan wk26-30", author="Mariana Trevino")),
])

# p34: buyer mail with complete sample scope, but the 2025 forecast is presented as firm commitment.
_p34_text = """Dear Ms Chen

PO 4711-0140 is for six (6) sample doors LD-400. The series doors are not released: release only
after the sample sign-off by Regula Keller and a written release from Beat Zürcher (COO).
Material only for the 6 samples, please.

For your planning: the 2025 forecast of 1 800 doors is fixed. Please consider it as our firm
commitment for 2025.
""" + sig_ch("Urs Brunner", "Einkauf / Purchasing")
case("p34_mail_forecast_commitment", ["RG008"], "complete sample scope, but the 1 800 forecast is declared a firm commitment", [
    ("PO_4711-0140_LD-400.eml", eml_bytes(mail(LKW, GZ, "PO 4711-0140 - LD-400 sample doors",
                                               "Mon, 17 Jun 2024 14:05:00 +0200", _p34_text, html=p_html(_p34_text)))),
])

# p35: supplier order-entry log - forecast converted to firm SO, resin purchased.
case("p35_supplier_so_log_forecast", ["RG006", "RG008"], "supplier converts the customer's forecast into a firm sales order and buys resin for it while only samples are released", [
    ("SO_entry_log_0617.txt", """PENANG PRECISION MOULDING SDN BHD - SALES ORDER ENTRY LOG           printed 17/06/2024 17:45
-------------------------------------------------------------------------------------------
SO no.        : 24-0877
Customer      : HOKURIKU BEVERAGE SERVICE CO LTD (C-0318)
Item          : CMH-12 COIN MODULE HOUSING   PN 3000-12-480   DRG 0480 REV 3
Reference     : customer FY2025 forecast e-mail dd 11/06/2024
Order type    : FIRM   (converted from forecast - per Sales Mgr Ravi K.)
Order qty     : 3,000 PCS
Cust. release : samples only (PO HBS-24-0611)
Delivery      : 250 pcs/month from Aug 2024
-------------------------------------------------------------------------------------------
MRP action    : resin PC/ABS UL94 V-0 black  1,650 kg  -> purchase order PO-P-24-1422 ISSUED
                masterbatch 2%                  33 kg  -> PO-P-24-1423 ISSUED
Tool          : T-12/2 (2 cav), cycle 38 s, 220 t machine M-14 booked wk 31-52
-------------------------------------------------------------------------------------------
Entered by    : tan.wm            Checked by: ravi.k
"""),
])

# p36: buyer mail + DOCX sample order note without any quantity; release by 'our management'.
_p36_text = """Buongiorno Giorgio,

in attachment our sample order note for the spiral trays. Go ahead with the samples, please.

Thank you and best regards
Chiara
""" + sig_it("Chiara Locatelli", "Buyer - Ufficio Acquisti")
_p36_docx = docx_bytes([
    ("h1", "Sample Order Note SON-24-009"),
    ("table", [
        ["Part", "SPT-18 spiral tray, PN 3000-250-18, DRG 2500 Rev 18"],
        ["Supplier", "Lamiere Seriane S.r.l., Seriate"],
        ["PO", "4500318"],
        ["Scope", "sample lot as per your offer 118/24"],
        ["Quantity", "see offer"],
    ]),
    ("sp",),
    ("p", "Balance: the production quantity is not released. It is released only after the sample sign-off "
          "by Davide Rota (R&D) and the written release of our management."),
    ("p", "Material: for the sample lot only."),
    ("p", "Delivery samples: 12.07.2024, FCA Seriate."),
], author="Chiara Locatelli")
case("p36_mail_note_no_qty", ["RG005", "RG010"], "sample authorization never states the sample quantity ('see offer'); release only by 'our management'", [
    ("SON-24-009.eml", eml_bytes(mail(ORO, BG, "SPT-18 - sample order note SON-24-009",
                                      "Tue, 11 Jun 2024 09:30:00 +0200", _p36_text,
                                      attachments=[("SON-24-009.docx", _p36_docx, DOCX_MT)]))),
])

# p37: WeChat - "drawing OK. Please go ahead." with hold/event/person but no quantity at all.
case("p37_wechat_goahead_noqty", ["RG002", "RG010"], "'Please go ahead' names neither sample-only nor a quantity; hold, event and named persons present but no active quantity anywhere", [
    ("WeChat_VP-30_export.txt", """微信聊天记录 / WeChat chat history
Chat: Kenji Watanabe (Hokuriku) - Lily Chen 陈丽 (Huaxin)
Exported 2024-06-24 09:20

2024-06-21 17:05  Lily Chen 陈丽
Watanabe-san, good evening. Drawing VP-30-02 rev 2 updated with the 4 mm glazing and the new M4 rivet nut positions, pls kindly check 🙏
[文件 / file] VP-30-02_rev2.pdf

2024-06-24 08:48  渡辺 健二 Kenji Watanabe
Lily-san, good morning. Drawing VP-30-02 rev 2 is OK. Please go ahead.
Balance is on hold until QA sample sign-off by Tanaka Yuko and written release from Mori Hiroshi (GM).

2024-06-24 08:50  Lily Chen 陈丽
OK well noted, thank you Watanabe-san 👍
"""),
])

# p38: Swiss PDF PO - quantity "as per quote", SAP "approved and released" vs series release.
case("p38_po_released_sap_noqty", ["RG009", "RG010"], "PO 'approved and released' in SAP vs 'series release'; sample quantity never stated ('gem. Offerte')", [
    ("Bestellung_4711-0161.pdf", pdf([
        ("h1", "BESTELLUNG / PURCHASE ORDER 4711-0161"),
        ("p", "Lockwerk AG - Tössfeldstrasse 31 - CH-8406 Winterthur - Datum 03.07.2024 - Einkauf: U. Brunner"),
        ("p", "Lieferant: Metalform Transilvania S.R.L., Cluj-Napoca (300514) - DAP Winterthur - 30 Tage netto"),
        ("table", [
            ["Pos", "Material", "Bezeichnung", "Menge", "Preis EUR"],
            ["10", "CT-7-0001", "Terminal housing CT-7 for locker control unit, DRG CT-7-0001 Ind. C - Muster / samples",
             "gem. Offerte / as per quote", "612,00 / ST"],
        ]),
        ("sp",),
        ("p", "Freigabevermerk: This PO was approved and released in SAP (release strategy E1, "
              "U. Brunner / N. Frei) on 03.07.2024."),
        ("p", "Series release: the series quantity is not released by this PO. Series release only after the "
              "sample sign-off by Regula Keller (Engineering) and a written series release by Beat Zürcher (COO)."),
        ("p", "Material: for the samples only."),
        ("p", "Requirements: powder coating RAL 7016, 80 µm min., IP54 (IEC 60529) with gasket, M5 PEM studs."),
    ], title="Bestellung 4711-0161", author="Urs Brunner")),
])

# p39: buyer forwards the supplier's quote (rfc822) with 90 series banks; proceeds with 3 samples;
#      release authority named, but no hold and no unlock event.
_p39_inner_text = """Dear Ms Keller,

as requested, please find our offer for the LB-20 parcel locker bank:

Offer OF-24-0311 - LB-20 (20 doors), DX51D Z275 1,5 mm, RAL 7016
  Samples      3 pcs    EUR 1.390,00 / pc
  Series      90 pcs    EUR 1.045,00 / pc   delivery 6 weeks after order, 15 pcs/week
  Fixtures     1 set    EUR 3.900,00

Validity 90 days. Payment 30 days net.
""" + sig_ro("Ioana Muresan", "Project Manager")
_p39_inner = mail(RO_IM, "Regula Keller <regula.keller@lockwerk.example>", "Offer OF-24-0311 LB-20",
                  "Thu, 14 Mar 2024 11:20:00 +0200", _p39_inner_text)
_p39_text = """Grüezi Andrei

I forward below your offer that Ioana sent to our engineering in March, so we talk about the
same thing. Please proceed with the 3 sample banks LB-20 per this offer, the PO follows this
week from SAP.

For the series, the release authority on our side is Beat Zürcher (COO).
""" + sig_ch("Urs Brunner", "Einkauf / Purchasing")
case("p39_fwd_offer_series", ["RG001", "RG003", "RG004"], "forwarded offer shows 90 series banks beside the 3 samples proceeded with; names release authority but no hold and no unlock event", [
    ("WG_Offer_OF-24-0311.eml", eml_bytes(mail(LKW, RO, "WG: Offer OF-24-0311 LB-20",
                                               "Wed, 19 Jun 2024 16:48:00 +0200", _p39_text,
                                               attachments=[("rfc822", _p39_inner)]))),
])

# p40: Teams - buyer scope without a quantity; supplier reads PO acceptance as start of full production.
case("p40_teams_po_acceptance_start", ["RG010", "RG012"], "buyer FAI-lot authorization states no quantity; supplier treats signed PO acceptance as start of full production", [
    ("Teams_Buckeye_PPM_CRB9.txt", """Microsoft Teams - chat export
Chat: Jenna Whitaker (Buckeye Kiosk Systems) / Siti Aminah (Penang Precision Moulding)
Exported: 7/2/2024 8:15 AM

[7/1/2024 9:02 AM] Jenna Whitaker
Siti, PO 7700702 is out for the FAI lot of the CRB-9 bezels. Production quantity stays on hold until FAI sign-off by Tom Kowalski and the written production release from Rick Delgado (VP Ops). Material: FAI lot only.

[7/1/2024 9:40 PM] Siti Aminah
Thank you Jenna. We have signed the PO acceptance this morning, so on our side we will start the full production run next week to meet your Q4 launch 😊

[7/2/2024 7:58 AM] Jenna Whitaker
?? let me call you at 9 your time
"""),
])

# p41: buyer reply with PO attached - mail says PO 7700415 / 5 pilot; PDF says PO 7700451 / 6 pilot;
#      "tooling invoice paid ... so you're clear to start".
_p41_luis = """Jenna, we are ready to cut steel as soon as we have the PO.

Saludos,
Luis Garza
Gerente de Ventas - GKN Norte"""
_p41_text = """Hi Luis,

PO 7700415 attached - five (5) pilot enclosures KE-32. The other 245 stay on hold until Tom's
pilot sign-off and Rick Delgado's written production release. Material for the pilot only.

Our AP paid the tooling invoice this morning, so you're clear to start the pilot right away.

Thanks,
Jenna
""" + sig_us("Jenna Whitaker", "Senior Buyer, Strategic Sourcing") + """
From: Luis Garza <lgarza@gkn-norte.example>
Sent: Thursday, June 6, 2024 6:12 PM
To: Jenna Whitaker <jwhitaker@buckeyekiosk.example>
Subject: KE-32 pilot PO

""" + quote(_p41_luis) + "\n"
_p41_pdf = pdf([
    ("h1", "PURCHASE ORDER 7700451"),
    ("p", "Buckeye Kiosk Systems, Inc. - Dublin, OH 43017 - Date 06/07/2024 - Buyer: Jenna Whitaker"),
    ("p", "Supplier: Gabinetes y Kioscos del Norte, S.A. de C.V. (V-3108) - FCA Apodaca, N.L. - Net 30"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Ext."],
        ["1", "KE-32-000", "KE-32 kiosk enclosure rev D - PILOT", "6", "$1,085.00", "$6,510.00"],
        ["2", "KE-32-TL", "Weld fixtures + tooling", "1", "$15,500.00", "$15,500.00"],
    ]),
    ("sp",),
    ("p", "Pilot units only. Production balance on hold until pilot sign-off (T. Kowalski) and written "
          "production release (R. Delgado, VP Operations)."),
], pagesize=LETTER, title="PO 7700451", author="Jenna Whitaker")
case("p41_reply_po_mismatch_paid", ["RG011", "RG012"], "mail says PO 7700415 / 5 pilot, attached PO says 7700451 / 6 pilot; paid tooling invoice given as the reason to start", [
    ("RE_KE-32_pilot_PO.eml", eml_bytes(mail(BKS, MX, "RE: KE-32 pilot PO",
                                             "Fri, 07 Jun 2024 09:20:00 -0400", _p41_text,
                                             attachments=[("PO_7700451.pdf", _p41_pdf, PDF_MT)],
                                             in_reply_to="<h173-lg0606@gkn-norte.example>"))),
])

# p42: minutes - 10 samples in one section, 12 in another; FY2025 forecast 'committed'.
case("p42_minutes_10_vs_12", ["RG008", "RG011"], "minutes state 10 samples and later twelve (12) samples; buyer 'commits' the FY2025 forecast", [
    ("MoM_CMH-12_kickoff.docx", docx_bytes([
        ("h1", "Minutes of Meeting - CMH-12 kick-off"),
        ("p", "2024/06/05, Kanazawa head office, 14:00-15:30"),
        ("p", "Attendees: Hokuriku - K. Watanabe (Procurement), Y. Tanaka (QA); Penang Precision Moulding - "
              "Ravi Kumar (Sales Manager), Tan Wei Ming (Planning, by Teams)"),
        ("h", "1. Purpose"),
        ("p", "Kick-off of the new coin module housing CMH-12 (PN 3000-12-480, DRG 0480 Rev 3) for the new "
              "beverage machines at Kanazawa and Toyama stations."),
        ("h", "2. Sample order"),
        ("p", "Hokuriku orders 10 samples under PO HBS-24-0611. Mass production is not released until QA "
              "sample sign-off by Y. Tanaka and written release by H. Mori (General Manager)."),
        ("h", "3. Technical points"),
        ("table", [
            ["Topic", "Agreement"],
            ["Resin", "PC/ABS UL94 V-0, black, masterbatch 2%"],
            ["Tool", "T-12/2, 2 cavities, P20, texture MT-11010"],
            ["Coin path", "gap 26,5 mm +0,2/-0 for 500-yen coin"],
        ]),
        ("h", "4. Decisions"),
        ("p", "Samples: Penang makes twelve (12) samples for the QA check, delivery 2024/06/21."),
        ("h", "5. Volume"),
        ("p", "Hokuriku commits the FY2025 volume of 3,000 pcs (forecast) to Penang."),
        ("p", "Minutes by K. Watanabe"),
    ], author="Kenji Watanabe")),
])

# p43: WhatsApp - buyer says 3 sample banks, later 4; supplier starts series because the advance was received.
case("p43_whatsapp_3_vs_4_advance", ["RG011", "RG012"], "buyer states 3 sample banks, then asks for the '4 sample banks'; supplier starts series on receipt of the advance", [
    ("WhatsApp Chat with Andrei Pop.txt", """03.06.24, 09:20 - Urs Brunner: Hoi Andrei. PO 4711-0093 is out: 3 sample banks LB-12. Series 117 not released - only after sample sign-off by Regula Keller and written series release by Beat Zürcher. Material for 3 only
03.06.24, 10:02 - Andrei Pop: Good morning Mr Brunner, thank you, received
12.06.24, 16:30 - Urs Brunner: Andrei pls confirm the delivery date for the 4 sample banks, Regula needs them for the IK10 test
12.06.24, 17:05 - Andrei Pop: Dear Mr Brunner, samples week 27. Also the 40% advance is received today, thank you - so we start the series production next week as planned 👍
12.06.24, 17:20 - Urs Brunner: Wait. I call you tomorrow morning
"""),
])

# p44: multi-file - buyer mail (5 pilot) + buyer portal PO page (6 pilot) + supplier MRP (steel for 250).
_p44_text = """Hi Luis,

PO 7700415 is posted in the supplier portal, please acknowledge it there.

Scope: five (5) pilot enclosures KE-32 rev D. The remaining 245 are on hold until the pilot
sign-off by Tom Kowalski and the written production release from Rick Delgado (VP Ops).
Material authority: pilot quantity only.

Thanks,
Jenna
""" + sig_us("Jenna Whitaker", "Senior Buyer, Strategic Sourcing")
case("p44_mail_portal_mrp", ["RG006", "RG011"], "mail says 5 pilot, portal PO line says 6 pilot; supplier MRP shows steel bought for 250", [
    ("mail_0612.eml", eml_bytes(mail(BKS, MX, "PO 7700415 posted in portal - KE-32 pilot",
                                     "Wed, 12 Jun 2024 08:40:00 -0400", _p44_text))),
    ("portal_PO_7700415.html", html_page("Buckeye Supplier Portal - PO 7700415", """
<h2>Buckeye Kiosk Systems &ndash; Supplier Portal</h2>
<p>Supplier: Gabinetes y Kioscos del Norte, S.A. de C.V. (V-3108) &nbsp;|&nbsp; Buyer: Jenna Whitaker</p>
<h3>Purchase Order 7700415 &ndash; status: Awaiting acknowledgement</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Need by</th></tr>
<tr><td>1</td><td>KE-32-000</td><td>KE-32 kiosk enclosure rev D &ndash; PILOT</td><td>6 EA</td><td>$1,085.00</td><td>06/28/2024</td></tr>
</table>
<div class="note">Pilot units only. Balance on hold until pilot sign-off (T. Kowalski) and written production release (R. Delgado).</div>
<p><button>Acknowledge</button> <button>Propose change</button></p>
""")),
    ("MRP_GKN_0619.txt", """GABINETES Y KIOSCOS DEL NORTE - MRP / REQUERIMIENTO DE MATERIALES    19/06/2024 07:10
-------------------------------------------------------------------------------------------
Cliente   BUCKEYE KIOSK SYSTEMS      OC cliente 7700415     Parte KE-32-000 rev D
Piloto    6 pzs (portal)             Programa 250 pzs (cot. MX-Q-118)
-------------------------------------------------------------------------------------------
Material             Req. (250 u)   Existencia   Comprado   OC proveedor   Estatus
Lamina CRS cal. 14   9,250 kg       0            9,250 kg   OC-AC-0612     RECIBIDO
Pintura polvo negro  375 kg         40 kg        335 kg     OC-PP-0613     EN TRANSITO
PEM stud M6          2,000 pzs      0            2,000 pzs  OC-HW-0614     RECIBIDO
-------------------------------------------------------------------------------------------
Nota: compra completa por precio (aumento acero julio). M. Treviño
"""),
])

# p45: release letter - text releases four hundred (400), table shows 500.
case("p45_release_letter_400_500", ["RG011"], "production release letter says four hundred (400) in the text and 500 in the table", [
    ("PR-24-011.docx", docx_bytes([
        ("h1", "Rilascio di produzione / Production Release PR-24-011"),
        ("table", [
            ["Supplier", "Lamiere Seriane S.r.l., Seriate (BG)"],
            ["Part", "SPT-18 spiral tray, PN 3000-250-18, DRG 2500 Rev 18"],
            ["PO", "4500318 rev 1"],
            ["Basis", "sample sign-off SSR-24-028, Davide Rota (R&D), 02.07.2024"],
            ["Date", "04.07.2024"],
        ]),
        ("sp",),
        ("p", "Buongiorno Giorgio,"),
        ("p", "following the sample sign-off SSR-24-028 we release four hundred (400) spiral trays SPT-18 for "
              "production under PO 4500318 rev 1. Delivery in two lots, weeks 32 and 36."),
        ("table", [
            ["Quantity", "pcs"],
            ["Samples (delivered)", "40"],
            ["Released quantity (this release)", "500"],
            ["Remaining on hold", "1.560"],
        ]),
        ("p", "The remaining 1.560 pcs stay on hold until the next written release by Marco Pesenti, after the "
              "field test in Bergamo (end of September)."),
        ("p", "Material authority: up to the released quantity."),
        ("sp",),
        ("p", "Marco Pesenti - Direttore Operations, Orobica Vending S.p.A."),
    ], author="Marco Pesenti")),
])


# =================================================================== WRITE
def _stem(fn):
    st = Path(fn).name
    for ext in (".eml", ".pdf", ".docx", ".html", ".txt"):
        if st.lower().endswith(ext):
            st = st[: -len(ext)]
            break
    st = re.sub(r"[^A-Za-z0-9_-]+", "_", st).strip("_")
    return st


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    order = list(CASES)
    random.Random(173173).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h173_{i:02d}_{_stem(c['files'][0][0])}"
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
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
