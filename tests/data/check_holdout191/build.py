#!/usr/bin/env python3
"""Generator for the releasegate check_holdout191 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout191/build.py

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
    m["Message-ID"] = msgid or f"<h191-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h191")
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


# =================================================================== CLEAN
# (helpers added for this corpus)
def T(s):
    """Strip the leading newline of a triple-quoted block; end with one newline."""
    return s.strip("\n") + "\n"


def txt(name, s):
    return (name, T(s).encode("utf-8"))


def eml(name, m):
    return (name, eml_bytes(m))


def quote(s, level=1):
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln else pre for ln in T(s).rstrip("\n").split("\n")) + "\n"


# people and addresses (all fictional)
KARIN = "Karin Sjöberg <karin.sjoberg@nordhem.se>"
ANNIKA = "Annika Holm <annika.holm@nordhem.se>"
JOHAN = "Johan Ekström <johan.ekstrom@nordhem.se>"
MARIANA = "Mariana Treviño <mariana.trevino@laestrella.com.mx>"
PATRICIA = "Patricia Ochoa <patricia.ochoa@laestrella.com.mx>"
JIWON = "Kim Ji-won <jiwon.kim@dahyebeauty.co.kr>"
MINHO = "Lee Min-ho <minho.lee@dahyebeauty.co.kr>"
HYUNWOO = "Choi Hyun-woo <hyunwoo.choi@dahyebeauty.co.kr>"
THANDI = "Thandi Nkosi <thandi.nkosi@freshveld.co.za>"
RUI = "Rui Carvalho <rui.carvalho@manequins-atlantico.pt>"
TOMAS = "Tomas Kazlauskas <tomas.k@balticshopfit.lt>"
JURGITA = "Jurgita Petrauskienė <jurgita.p@balticshopfit.lt>"
WENDY = "Wendy Chen <wendy@jinlu-display.com>"
SOMCHAI = "Somchai Wongsawat <somchai@siamretailfixtures.co.th>"
NING = "Nattaya Srisuk <nattaya@siamretailfixtures.co.th>"
SRF_PLAN = "Production Planning <planning@siamretailfixtures.co.th>"
RAJESH = "Rajesh Agarwal <rajesh@shreeganeshdisplay.in>"


# c01: supplier quote with sample and two production tiers, nothing authorized
case("c01_quote_tiers", [], "supplier quote alone: 3 samples + 120/300 series tiers, no authorized quantity (conv. 4)", [
    ("ATL-Q-2024-0412.pdf", pdf([
        ("h1", "MANEQUINS ATLÂNTICO, LDA."),
        ("p", "Rua da Cerâmica 212, 4430-058 Vila Nova de Gaia, Portugal · NIF PT 509 114 227 · "
              "ISO 9001:2015 certified"),
        ("h", "QUOTATION / ORÇAMENTO  ATL-Q-2024-0412"),
        ("table", [["Customer", "Nordhem Mode AB, Borås (att. Karin Sjöberg)"],
                   ["Date", "15.04.2024"], ["Validity", "60 days"],
                   ["Incoterms", "FCA Vila Nova de Gaia"], ["Payment", "30 days net"]]),
        ("sp",),
        ("p", "Item: female mannequin MNQ-F-1780, fibreglass (FRP), height 1780 mm, bust 84 / waist 61 / "
              "hip 88 cm, matte lacquer RAL 9003, tempered glass base Ø 350 mm, calf rod M10x1,5."),
        ("table", [["Quantity", "Type", "Unit price EUR", "Lead time"],
                   ["3 pcs", "Samples (hand finished)", "410,00", "4 weeks"],
                   ["120 pcs", "Series, tier 1", "265,00", "8 weeks after written release"],
                   ["300 pcs", "Series, tier 2", "238,50", "10 weeks after written release"]]),
        ("sp",),
        ("p", "Mould and master model: EUR 6.800,00 one-off, invoiced with the samples, property of the customer."),
        ("p", "Notes: this is a quotation, not an order confirmation. The series tiers are price levels for "
              "your planning. We produce series quantities only against your written production release. "
              "Packing: single carton with foam, 4 pcs per pallet layer."),
        ("p", "Com os melhores cumprimentos / Best regards, Rui Carvalho, Comercial"),
    ], title="ATL-Q-2024-0412", author="Manequins Atlantico")),
])

# c02: buyer RFQ with three quantity scenarios
_t = T("""
Dear Tomas,

Buenos días! For our 2025 store openings we need your best price for the items below.
This is a request for quotation (RFQ), not an order - please do not plan anything yet.

Please quote three scenarios, because the number of openings is not fixed:
  A) 250 garment rails GR-1500 + 400 slatwall panels SW-1200x2400
  B) 600 rails + 950 panels
  C) 1.100 rails + 1.800 panels

Also quote a sample set of two (2) rails and two (2) panels.

Specs: rail GR-1500 oval tube 30x15x1,5 mm chrome, 1500 mm. Slatwall 1200 x 2400 mm,
groove pitch 100 mm, aluminium inserts, fire class B-s1,d0 per EN 13501-1.
Delivery DDP CEDIS Tepotzotlán, Estado de México; please give transit time by sea to Manzanillo.

Deadline for your offer: 28 de junio.

Quedo atenta, muchas gracias!
""") + sig("Mariana Treviño", "Compras - Mobiliario y Exhibición", "Almacenes La Estrella S.A. de C.V.",
           "+52 81 8150 2200")
_h = ("<p>Dear Tomas,</p><p>Buenos días! For our 2025 store openings we need your best price for the items "
      "below. This is a <b>request for quotation (RFQ), not an order</b> - please do not plan anything yet.</p>"
      "<table><tr><th>Scenario</th><th>Garment rails GR-1500</th><th>Slatwall SW-1200x2400</th></tr>"
      "<tr><td>A</td><td>250</td><td>400</td></tr><tr><td>B</td><td>600</td><td>950</td></tr>"
      "<tr><td>C</td><td>1.100</td><td>1.800</td></tr></table>"
      "<p>Also quote a sample set of two (2) rails and two (2) panels.</p>"
      "<p>Specs: rail oval tube 30x15x1,5 mm chrome. Slatwall groove pitch 100 mm, alu inserts, "
      "B-s1,d0 per EN 13501-1. DDP CEDIS Tepotzotlán.</p><p>Deadline: 28 de junio.</p>"
      "<p>Quedo atenta, muchas gracias!<br>Mariana Treviño<br>Compras - Mobiliario y Exhibición</p>")
case("c02_rfq_scenarios", [], "buyer RFQ with three quantity scenarios, explicitly not an order", [
    eml("RFQ_2025_rails_slatwall.eml", mail(MARIANA, TOMAS,
        "Solicitud de cotización / RFQ 2025 - garment rails GR-1500 & slatwall SW-1200",
        "Tue, 04 Jun 2024 10:22:00 -0600", _t, html=_h)),
])

# c03: supplier asks for the go-ahead under a complete quoted buyer scope
_t = T("""
Dear Khun Kim,

Good afternoon kha. The prototype counter CC-900 left our factory yesterday, AWB we send tomorrow.

May we have the go-ahead for the balance 23 counters? Our line is free from week 34 and we would
like to book it if possible. If not yet, no problem, we wait for your written release.

Best regards,
Nattaya (Ning) Srisuk
Sales Coordinator, Siam Retail Fixtures Co., Ltd.
88/12 Moo 9, Bang Phli, Samut Prakan 10540

On Mon, 3 Jun 2024 at 09:12, Kim Ji-won <jiwon.kim@dahyebeauty.co.kr> wrote:
""") + quote("""
Dear Ning,

PO KR-PO-24-0147 is attached. Scope: one (1) prototype checkout counter CC-900 only.
The balance of 23 counters is not released. It is on hold until our VMD team (Park Seo-yeon)
signs off the prototype at the Seongsu store; after that Lee Min-ho (Team Leader, Store
Development) sends the written production release.
Please buy material for the prototype only.

Thank you~
Kim Ji-won
Purchasing Team, Dahye Beauty Co., Ltd.
""")
case("c03_supplier_question", [], "supplier asks 'may we have the go-ahead for the balance?' under a complete quoted buyer scope; a question is not an approval", [
    eml("RE_PO_KR-PO-24-0147.eml", mail(NING, JIWON, "RE: PO KR-PO-24-0147 prototype checkout counter CC-900",
        "Thu, 13 Jun 2024 15:40:00 +0700", _t, in_reply_to="<h191-kr0147@dahyebeauty.co.kr>")),
])

# c04: EDI 830 forecast, clearly labelled
case("c04_edi830_forecast", [], "EDI 830 planning schedule clearly labelled forecast, FAB/RAW auth 0", [
    txt("830-FV-2024-021.txt", """
=====================================================================
 EDI 830 PLANNING SCHEDULE  -- HUMAN READABLE PRINT
 Sender  : FRESHVELD SUPERMARKETS (PTY) LTD   GLN 6009801234560
 Receiver: SHREE GANESH DISPLAY SYSTEMS PVT LTD   Vendor 300812
 Doc     : 830-FV-2024-021     Created: 2024-05-20 06:00 SAST
 BFR     : 05 (planning)       Horizon: 2024-W27 .. 2024-W44
=====================================================================
 *** THIS IS A FORECAST. IT IS NOT AN ORDER. IT AUTHORIZES NO     ***
 *** PRODUCTION AND NO MATERIAL PURCHASE. ORDERS COME BY PO (850) ***
 *** AND PRODUCTION ONLY BY A WRITTEN RELEASE.                    ***

 Item       : FV-BR-470  Shelf bracket 470 mm, gondola, 2,0 mm steel, RAL 9005
 Vendor part: SG-BR-470-K          Drawing: DRG 3050 Rev 12

 Period       Qty (pcs)    Type
 2024-W27        1 200     FORECAST
 2024-W31        1 800     FORECAST
 2024-W35        2 400     FORECAST
 2024-W40        2 400     FORECAST
 2024-W44        1 200     FORECAST
 ---------------------------------
 Total           9 000     FORECAST

 FAB AUTH QTY      :      0
 RAW MAT AUTH QTY  :      0
 Contact: procurement@freshveld.co.za (Thandi Nkosi)
 END OF DOCUMENT
"""),
])

# c05: sample sign-off scoped to fit check only
case("c05_signoff_fitcheck", [], "sample sign-off 'approved for fit check only; production not released'; hold, event and release person restated", [
    ("SO-2024-027.docx", docx_bytes([
        ("h1", "Sample sign-off record"),
        ("table", [["Record", "SO-2024-027"], ["PO", "4500-7781"], ["Supplier", "Manequins Atlântico, Lda."],
                   ["Part", "MNQ-F-1780 female mannequin, matte RAL 9003"],
                   ["Samples received", "2 pcs, 22.04.2024"],
                   ["Production quantity on PO", "178 pcs - not released"]]),
        ("h", "Checks"),
        ("table", [["Check", "Requirement", "Result"],
                   ["Height", "1780 mm ± 5", "1782 mm, OK"],
                   ["Base", "Ø 350 mm tempered glass, 10 mm", "OK"],
                   ["Calf rod thread", "M10x1,5", "OK"],
                   ["Lacquer gloss", "≤ 10 GU at 60°", "8 GU, OK"],
                   ["Fit check, size 36 garments", "no stretching at the shoulders", "OK, see photos"]]),
        ("h", "Disposition"),
        ("p", "Sample disposition: approved for fit check only; production not released."),
        ("p", "The two samples may be used for the fit check in the Göteborg Nordstan store. The 178 pcs stay "
              "on hold. Production comes only with a written release from Annika Holm (Head of Store "
              "Development), after the lacquer colour sample is also signed off."),
        ("p", "Material authority for the supplier remains sample-only."),
        ("p", "Signed: Johan Ekström, Visual Merchandising Engineering, 24.04.2024"),
    ], author="Johan Ekström")),
])

# c06: full-quantity portal PO, "proceed with the full 60"
case("c06_portal_fullqty", [], "full-quantity portal PO, 'proceed with the full 60 counters'; no balance exists", [
    ("FreshVeld_portal_PO_4510-2290.html", html_page("FreshVeld Supplier Portal - PO 4510-2290", T("""
<h2>FreshVeld Supplier Portal</h2>
<p>Logged in: Siam Retail Fixtures Co., Ltd. (vendor 300955) &middot; <a href="#">Orders</a> &middot; <a href="#">Invoices</a></p>
<h3>Purchase order 4510-2290 &ndash; status: issued 2024-06-03</h3>
<table>
<tr><th>Line</th><th>Article</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit ZAR</th><th>Total ZAR</th></tr>
<tr><td>1</td><td>CC-1200-SS</td><td>Checkout counter 1200 mm, stainless top 1,2 mm, belt 2,2 m, RAL 7021 body</td><td>production</td><td>60</td><td>21 850,00</td><td>1 311 000,00</td></tr>
</table>
<p>Drawing DRG 3050 Rev 12 &middot; Load test 150 kg per shelf (EN 16121) &middot; Prototype sign-off SO-FV-0112 of 14 May 2024.</p>
<div class="note">Buyer note (Thandi Nkosi, Procurement): This PO is for the full and final quantity of sixty (60)
counters for the 2024 refit programme. There is no balance and no further quantity to follow.
Please proceed with the full 60 counters. Deliveries: 3 drops of 20 to DC Midrand, weeks 36, 38 and 40.</div>
<p>Payment: 60 days from statement. Incoterms: CIF Durban.</p>
""")).encode("utf-8")),
])

# c07: full-quantity PDF PO with quantity-like identifiers
case("c07_po_identifiers", [], "full-quantity PO; identifiers that look like quantities (480 h, M8x1.25, DRG 3050 Rev 12, ISO 9001:2015)", [
    ("LE-2024-0612.pdf", pdf([
        ("h1", "ALMACENES LA ESTRELLA, S.A. DE C.V."),
        ("p", "Av. Constitución 1450 Ote., Monterrey, N.L., México · RFC ALE-850314-KQ2"),
        ("h", "ORDEN DE COMPRA / PURCHASE ORDER  LE-2024-0612"),
        ("table", [["Proveedor / Supplier", "Xiamen Jinlu Display Co., Ltd., Tong'an, Xiamen, China"],
                   ["Fecha / Date", "2024-06-14"], ["Comprador / Buyer", "Mariana Treviño"],
                   ["Incoterms", "FOB Xiamen"], ["Pago / Payment", "T/T 30 % with PO, 70 % against B/L copy"]]),
        ("sp",),
        ("table", [["Pda", "Código", "Descripción", "Cantidad", "P.U. USD", "Importe USD"],
                   ["1", "HG-440-NT", "Wooden hanger 440 mm, natural, laser logo", "12,000", "0.86", "10,320.00"],
                   ["2", "HG-380-NT", "Trouser hanger 380 mm with clip", "6,000", "0.74", "4,440.00"],
                   ["3", "BR-300-M8", "Shelf bracket 300 mm, thread M8x1.25, RAL 9005", "2,400", "1.92", "4,608.00"],
                   ["", "", "", "", "Total", "19,368.00"]]),
        ("sp",),
        ("p", "Full order quantity. There is no balance and no sample on this PO: the samples were signed off "
              "under PO LE-2024-0588 on 31 May 2024. Produce and ship the quantities above."),
        ("p", "Specs: chrome hook, salt spray 480 h per ISO 9227; wood moisture 8-12 %; FSC 100 % "
              "(FSC-C123456). Drawings DRG 2210 Rev 7, DRG 2211 Rev 3, DRG 3050 Rev 12. Supplier QMS "
              "ISO 9001:2015. Packing 100 pcs per carton, 1 x 40HQ."),
        ("p", "Mariana Treviño, Compras - Mobiliario y Exhibición"),
    ], title="LE-2024-0612", author="Almacenes La Estrella")),
])

# c08: call-off with explicit staged material authority above the released quantity
case("c08_calloff_staged", [], "call-off releases 300; explicit staged material authority up to 1 200 panels; hold, next call-off and Karin named", [
    txt("AV-2024-0044.txt", """
NORDHEM MODE AB - INKÖP / PURCHASING
DELIVERY CALL-OFF (AVROP)                          No. AV-2024-0044
Frame agreement : RA-2024-17 Slatwall panels
Supplier        : Baltic Shopfit UAB (200417), Kaunas
Date            : 2024-06-24               Buyer: Karin Sjöberg

Item: SW-1200x2400-W  Slatwall panel 1200 x 2400 mm, white melamine,
      groove pitch 100 mm, alu inserts, fire class B-s1,d0 (EN 13501-1)

RELEASED FOR PRODUCTION WITH THIS CALL-OFF :    300 panels  (DC Borås, wk 32)
Released earlier (AV-2024-0031)            :    200 panels
Cumulative released                        :    500 panels
Programme quantity (frame)                 :  1 200 panels
Not released (on hold)                     :    700 panels

The 700 panels are not released. They are released only by the next call-off,
which Karin Sjöberg issues after the Malmö Emporia store sign-off (planned wk 36).

MATERIAL AUTHORITY: staged, up to 1 200 panels' worth of MDF boards and
aluminium inserts, at Nordhem's liability. Material beyond 1 200 panels is at
supplier risk. Staged material does not release production of the 700 panels.

Hälsningar / Regards
Karin Sjöberg, Inköpare
"""),
])

# c09: signed auto-conversion record
case("c09_autoconversion", [], "explicit signed auto-conversion record naming quantity, signer and conditions", [
    ("AC-2024-003.docx", docx_bytes([
        ("h1", "Auto-conversion agreement AC-2024-003"),
        ("table", [["PO", "KR-24-0209"], ["Item", "SB-250 acrylic shelf bracket, clear, 8 mm"],
                   ["Supplier", "Xiamen Jinlu Display Co., Ltd."], ["Sample lot", "40 pcs"],
                   ["Production quantity", "3,960 pcs (firm)"]]),
        ("num", "Statement. Dahye Beauty Co., Ltd. records that an approved sample sign-off of the 40-piece "
                "sample lot, signed by Park Seo-yeon (VMD Team) without deviations, releases the production "
                "quantity of 3,960 pcs by itself. No separate release letter will be sent."),
        ("num", "Conditions. (a) the sign-off is recorded before 15 July 2024; (b) the disposition is "
                "'approved', not 'interim' or 'rejected'; (c) no stop is in force on the order. If any "
                "condition fails, the 3,960 pcs stay on hold until a written release by Lee Min-ho."),
        ("num", "Material authority: sample-only until the conversion takes effect."),
        ("table", [["Name", "Role", "Date", "Signature"],
                   ["Lee Min-ho", "Team Leader, Store Development (release authority)", "2024-05-27", "signed"],
                   ["Park Seo-yeon", "VMD Team", "2024-05-27", "signed"],
                   ["Wendy Chen", "Sales, Xiamen Jinlu (acknowledged)", "2024-05-28", "signed"]]),
    ], author="Lee Min-ho")),
])

# c10: old quote forwarded as rfc822, declared informational
_old = mail("Mikko Rautio <sales@rautio-shopfit.fi>", KARIN, "Quotation RS-2022-118 garment rails",
            "Wed, 16 Mar 2022 11:05:00 +0200", T("""
Dear Karin,

Thank you for your enquiry. Our prices for garment rail 1500 mm chrome:
   500 pcs   EUR 58,40
 2 000 pcs   EUR 52,10
 5 000 pcs   EUR 47,90
Delivery 6-8 weeks. Valid 30 days.

Kind regards,
Mikko Rautio
Rautio Shopfittings Oy
"""))
_t = T("""
Hej Tomas,

As promised on the phone, I forward the old quote from 2022 (another supplier, rails for our
Oslo project) so you see how they built the price per tier. For information only - it is not
an order, and nothing in it is released or valid for us today.

Our current order with you is PO 4500-8120: eight (8) sample rails GR-1500 only. The balance is
not released; it stays on hold until Johan Ekström has signed off the samples, and then Annika
Holm (Head of Store Development) sends the written release. Material: sample-only, please.

Med vänliga hälsningar
""") + sig("Karin Sjöberg", "Inköpare / Buyer", "Nordhem Mode AB, Borås", "+46 33 410 22 18")
case("c10_fwd_old_quote", [], "2022 quote with 5 000 pcs forwarded as rfc822, declared informational; current sample PO fully scoped", [
    eml("FW_RS-2022-118.eml", mail(KARIN, TOMAS, "FW: Quotation RS-2022-118 garment rails (for information)",
        "Mon, 20 May 2024 14:02:00 +0200", _t, attachments=[("rfc822", _old)])),
])

# c11: buyer reply correcting a quoted supplier's roll-into-production line
_t = T("""
Hola Rui,

Thanks for the tracking. One important correction to your mail below: the sample approval does
NOT release production. Only the three (3) sample mannequins are released on PO LE-2024-0547.
The other 257 stay on hold. They are released only with a written release signed by Patricia
Ochoa (Directora de Expansión), and she sends it after Luis Alberto Garza signs off the samples.
Please do not plan the series or buy fibreglass for it yet.

Saludos,
""") + sig("Mariana Treviño", "Compras - Mobiliario y Exhibición", "Almacenes La Estrella S.A. de C.V.",
           "+52 81 8150 2200") + "\nOn Fri, 24 May 2024, Rui Carvalho wrote:\n" + quote("""
Dear Mariana,
The 3 samples MNQ-F-1750 left today with DHL, AWB 1234 5678 90.
Once you approve the samples we will roll straight into the 257 pcs, so the stores get them in September.
Cumprimentos,
Rui
""")
case("c11_correction_reply", [], "buyer corrects a quoted supplier 'roll straight into the 257'; only 3 samples released, hold/event/person stated", [
    eml("RE_LE-2024-0547_samples_shipped.eml", mail(MARIANA, RUI, "RE: PO LE-2024-0547 - samples shipped",
        "Fri, 24 May 2024 17:45:00 -0600", _t, in_reply_to="<h191-atl0547@manequins-atlantico.pt>")),
])

# c12: WhatsApp, supplier says the advance does not release production
case("c12_whatsapp_advance", [], "supplier: 'advance does not release production', makes only the 50 samples; buyer scope complete", [
    txt("WhatsApp_Chat_Rajesh_Agarwal.txt", """
WhatsApp Chat with Rajesh Agarwal (Shree Ganesh)

06/05/2024, 08:47 - Thandi Nkosi: Morning Rajesh, PO 4510-2238 sent on mail. It's for fifty (50) sample brackets BR-370 only.
06/05/2024, 08:49 - Thandi Nkosi: Balance 3 950 is not released. Stays on hold until Pieter van der Merwe signs off the samples, then Sipho Dlamini sends the written release. Material for the 50 only pls
06/05/2024, 09:15 - Rajesh Agarwal: Good morning madam 🙏 noted. Proforma for 30% advance on the sample PO will send today
09/05/2024, 14:02 - Thandi Nkosi: Advance paid this morning, POP on your mail
09/05/2024, 16:30 - Rajesh Agarwal: Advance received with thanks madam. Pl note advance does not release production, we are making only the 50 sample brackets. For balance 3 950 we will wait for written release from Mr. Sipho after Pieter sir's sign-off
09/05/2024, 16:34 - Thandi Nkosi: 100% correct. Shot Rajesh 👍
"""),
])

# c13: supplier acknowledgement restating the hold (multipart/alternative + HTML attachment)
_t = T("""
Dear Mariana,

Good day! Noted with thanks your PO LE-2024-0577. We acknowledge the scope as written:

- Active quantity: 24 pcs sample hangers (12 pcs HG-440 + 12 pcs HG-380), laser logo.
- The balance 11,976 pcs is not released. We will not start it.
- We buy material for the 24 samples only.
- Balance starts only after Mr. Luis Alberto Garza signs off the samples and Ms. Patricia Ochoa
  sends the written release.

Samples ready in 10 days, we send by DHL to Monterrey. Order summary attached.

Best regards
Wendy Chen 陈雯
Sales Dept. | Xiamen Jinlu Display Co., Ltd.
No. 66 Jinlu Road, Tong'an District, Xiamen, Fujian
""")
_h = ("<p>Dear Mariana,</p><p>Good day! Noted with thanks your PO LE-2024-0577. We acknowledge the scope as written:</p>"
      "<ul><li>Active quantity: <b>24 pcs sample hangers</b> (12 pcs HG-440 + 12 pcs HG-380), laser logo.</li>"
      "<li>The balance 11,976 pcs is <b>not released</b>. We will not start it.</li>"
      "<li>We buy material for the 24 samples only.</li>"
      "<li>Balance starts only after Mr. Luis Alberto Garza signs off the samples and Ms. Patricia Ochoa sends "
      "the written release.</li></ul><p>Samples ready in 10 days.</p><p>Best regards<br>Wendy Chen 陈雯</p>")
_att = html_page("Order summary LE-2024-0577", T("""
<h3>Xiamen Jinlu - order summary</h3>
<table>
<tr><th>Cust PO</th><th>Item</th><th>Sample qty (active)</th><th>Balance</th><th>Balance status</th><th>Material</th></tr>
<tr><td>LE-2024-0577</td><td>HG-440-NT</td><td>12</td><td>6,000</td><td>not released</td><td>sample only</td></tr>
<tr><td>LE-2024-0577</td><td>HG-380-NT</td><td>12</td><td>5,976</td><td>not released</td><td>sample only</td></tr>
</table>
<p>Unlock: sample sign-off (Luis Alberto Garza), then written release (Patricia Ochoa).</p>
"""))
case("c13_supplier_ack", [], "supplier acknowledgement restating active 24, hold on 11,976, sample-only material, event and release person", [
    eml("PO_LE-2024-0577_acknowledgement.eml", mail(WENDY, MARIANA, "PO LE-2024-0577 acknowledgement - sample hangers",
        "Wed, 29 May 2024 09:30:00 +0800", _t, html=_h,
        attachments=[("order_summary_LE-2024-0577.html", _att, "text/html")])),
])

# c14: supplier status report restating holds
case("c14_status_report", [], "supplier status report: samples only, production on hold, material sample-only", [
    ("BSF_status_wk26_LaEstrella.pdf", pdf([
        ("h1", "Baltic Shopfit UAB"),
        ("p", "Pramones pr. 16, LT-51327 Kaunas · www.balticshopfit.lt"),
        ("h", "Order status report - week 26/2024 - Almacenes La Estrella"),
        ("table", [["PO", "Item", "Sample qty", "Sample status", "Production qty (quoted)", "Production status", "Material"],
                   ["LE-2024-0498", "SW-1200x2400 slatwall", "6", "shipped 14.06", "594", "on hold - not released", "sample-only"],
                   ["LE-2024-0503", "GR-1500 garment rail", "4", "ready 02.07", "600", "on hold - not released", "sample-only"],
                   ["LE-2024-0511", "CC-1800 checkout counter", "1", "drawing rev. B in review", "14", "on hold - not released", "sample-only"]]),
        ("sp",),
        ("p", "We have not started any production quantity and bought no material beyond the sample quantities. "
              "Production quantities start only against a written release from Ms. Patricia Ochoa, which follows "
              "the sample sign-off by Mr. Luis Alberto Garza."),
        ("p", "Pagarbiai / Kind regards, Jurgita Petrauskiene, Project Manager"),
    ], title="Status week 26", author="Baltic Shopfit")),
])

# c15: interim sign-off with quantity and date limits
case("c15_interim_signoff", [], "interim disposition limited to 6 counters until 30 Sept, with its own release; 38 on hold, event and person named", [
    ("ISD-FV-2024-009.docx", docx_bytes([
        ("h1", "Interim sample disposition ISD-FV-2024-009"),
        ("table", [["PO", "4510-2254"], ["Supplier", "Siam Retail Fixtures Co., Ltd."],
                   ["Part", "CC-1200-SS checkout counter, drawing DRG 3050 Rev 12"],
                   ["Prototypes received", "2, on 20.05.2024"],
                   ["Programme quantity after prototypes", "44 counters"]]),
        ("h", "Finding"),
        ("p", "Powder coat on the kick plate is RAL 7016 instead of RAL 7021. Function, load test 150 kg per shelf "
              "(EN 16121) and stainless top 1,2 mm are all OK."),
        ("h", "Disposition: interim"),
        ("p", "Limited to six (6) counters for the Umhlanga Ridge pilot store, delivered before 30 September 2024. "
              "The colour deviation is accepted for these 6 counters only."),
        ("p", "Production release for these 6 counters: release FR-2024-031, signed by Sipho Dlamini (Head of "
              "Store Development) on 24.05.2024."),
        ("p", "The remaining 38 counters are not released. They stay on hold until the final sample sign-off with "
              "the correct colour, and then a written release from Sipho Dlamini."),
        ("p", "Material authority: for the 6 released counters only."),
        ("table", [["Name", "Role", "Date"], ["Pieter van der Merwe", "Store Planning", "24.05.2024"],
                   ["Sipho Dlamini", "Head of Store Development", "24.05.2024"]]),
    ], author="Pieter van der Merwe")),
])

# c16: Teams go-ahead scoped to the 12 samples only
case("c16_teams_scoped", [], "Teams: 'go ahead with the 12 sample hangers only', balance on hold until sample sign-off, Karin releases", [
    txt("Teams_chat_export_Nordhem_Jinlu.txt", """
Microsoft Teams - chat export
Chat: Nordhem / Jinlu - hangers HG-440 black
Participants: Karin Sjöberg (Nordhem Mode AB), Wendy Chen (Xiamen Jinlu Display) (External)

2024-05-13 09:04  Wendy Chen (External)
Good morning Karin! The new black lacquer is ready, we can do samples this week. Do we go?

2024-05-13 09:11  Karin Sjöberg
Hi Wendy! Yes - go ahead with the 12 sample hangers only (PO 4500-8150, line 10).

2024-05-13 09:12  Karin Sjöberg
The balance of 7 988 is on hold. It is released only after Johan Ekström's sample sign-off, and then I send the written release myself.

2024-05-13 09:20  Wendy Chen (External)
Understood, 12 pcs only, no material for the balance. Thanks Karin 🙏
"""),
])

# c17: complete sample PO (PDF with table and scope note)
case("c17_sample_po_complete", [], "sample PO: 2 samples + mould active, 118 not released, written release by Annika after sample sign-off, sample-only material", [
    ("PO_4500-7805.pdf", pdf([
        ("h1", "NORDHEM MODE AB"),
        ("p", "Företagsvägen 14, SE-504 64 Borås · Org.nr 556712-4410"),
        ("h", "INKÖPSORDER / PURCHASE ORDER 4500-7805"),
        ("table", [["Supplier", "Manequins Atlântico, Lda., Vila Nova de Gaia"], ["Date", "2024-05-06"],
                   ["Buyer", "Karin Sjöberg"], ["Quote", "ATL-Q-2024-0431 (firm basis)"]]),
        ("sp",),
        ("table", [["Pos", "Article", "Description", "Scope", "Qty", "Unit EUR", "Amount EUR"],
                   ["10", "MNQ-M-1880", "Male mannequin, FRP, height 1880 mm, matte RAL 9003", "sample", "2", "420,00", "840,00"],
                   ["20", "TOOL-MNQ-M", "Mould + master model", "tooling", "1", "7.200,00", "7.200,00"],
                   ["", "", "", "", "", "Total", "8.040,00"]]),
        ("h", "Scope note"),
        ("p", "1. Active quantity: this PO releases two (2) sample mannequins and the mould. Nothing else."),
        ("p", "2. Not released: the production quantity of 118 pcs quoted in ATL-Q-2024-0431 is on hold and is not "
              "released by this PO."),
        ("p", "3. What to do now: make and ship the 2 samples; buy material for the 2 samples and the mould only "
              "(material authority: sample-only)."),
        ("p", "4. Unlock: the 118 pcs are released only by a written release from Annika Holm, Head of Store "
              "Development, after the sample sign-off by Visual Merchandising Engineering (Johan Ekström)."),
    ], title="PO 4500-7805", author="Nordhem Mode AB")),
])

# c18: Korean ERP sample PO, complete
case("c18_erp_po_korean", [], "Korean ERP sample PO: 1 prototype, 23 on hold, VMD sign-off + written release by Lee Min-ho, prototype-only material", [
    txt("KR-PO-24-0163.txt", """
================================================================================
 (주)다혜뷰티  DAHYE BEAUTY CO., LTD.              발주서  PURCHASE ORDER
 서울특별시 성동구 성수이로 118                      PO No : KR-PO-24-0163
 Tel 02-6954-0118                                   Date  : 2024-06-10
================================================================================
 Supplier : SIAM RETAIL FIXTURES CO., LTD. (V-10388)
            88/12 Moo 9, Bang Phli, Samut Prakan 10540, Thailand
 Buyer    : Kim Ji-won / Purchasing Team (구매팀)
--------------------------------------------------------------------------------
 No  Item Code   Description                     Scope    Qty  Unit(USD)   Amount
 1   CC-900-WH   Checkout counter 900mm, white    SAMPLE     1   1,480.00  1,480.00
                 HPL, LED strip 24V, lock M6
--------------------------------------------------------------------------------
 TOTAL                                                          USD 1,480.00
--------------------------------------------------------------------------------
 [Remarks / 비고]
 1. This PO covers one (1) prototype counter only. 본 발주는 시제품 1대만 해당.
 2. Balance 23 units (quote SRF-Q-0331, firm) = NOT RELEASED. 잔량 23대 생산 보류.
 3. Unlock: VMD sample sign-off (Park Seo-yeon) at Seongsu store, then written
    production release by Lee Min-ho, Team Leader Store Development.
 4. Material authority: prototype only. 시제품 자재만 구매 가능.
 5. Incoterms FOB Laem Chabang. Payment T/T 30 days after B/L.
================================================================================
"""),
])
# c19: multi-file: cover mail + TXT sample PO + DOCX supplier quote (tiers declared informational)
_t = T("""
Dear Mr. Rajesh,

Buenos días. Our PO LE-2024-0611 for the sample shelf brackets is in the file LE-2024-0611.txt, and
next to it your quotation SG-QTN-24-117 for reference. The production tiers in your quotation are
for information only; they are not released by this PO. The scope is written in the PO notes.

Kind regards / Saludos,
""") + sig("Mariana Treviño", "Compras - Mobiliario y Exhibición", "Almacenes La Estrella S.A. de C.V.",
           "+52 81 8150 2200")
case("c19_bundle_clean", [], "cover mail + sample PO (20 samples, hold, event, Patricia named) + supplier quote tiers declared informational", [
    eml("PO_LE-2024-0611_cover.eml", mail(MARIANA, RAJESH, "PO LE-2024-0611 - sample shelf brackets BR-300 / BR-400",
        "Wed, 12 Jun 2024 11:10:00 -0600", _t)),
    txt("LE-2024-0611.txt", """
ALMACENES LA ESTRELLA, S.A. DE C.V.
ORDEN DE COMPRA / PURCHASE ORDER                       No. LE-2024-0611
Proveedor : SHREE GANESH DISPLAY SYSTEMS PVT LTD (Moradabad, U.P., India)
Fecha     : 2024-06-12          Comprador: Mariana Treviño
---------------------------------------------------------------------------------
Pda  Código      Descripción                          Alcance   Cant.  P.U. USD  Importe
1    BR-300-M8   Ménsula / shelf bracket 300 mm,      MUESTRA     10     4.80     48.00
                 rosca M8x1.25, RAL 9005
2    BR-400-M8   Ménsula / shelf bracket 400 mm,      MUESTRA     10     5.30     53.00
                 rosca M8x1.25, RAL 9005
---------------------------------------------------------------------------------
TOTAL USD 101.00
NOTAS / NOTES:
- Esta OC cubre solo 20 muestras (10 + 10). This PO covers 20 samples only.
- Cantidad de producción NO liberada / production quantity NOT released:
  the tiers in SG-QTN-24-117 are informational.
- Unlock: sample sign-off by Luis Alberto Garza (Proyectos de Tienda), then
  written production release by Patricia Ochoa, Directora de Expansión.
- Material: sample-only.
"""),
    ("SG-QTN-24-117.docx", docx_bytes([
        ("h1", "SHREE GANESH DISPLAY SYSTEMS PVT. LTD."),
        ("p", "Plot 14, Industrial Area Phase II, Moradabad 244001, U.P., India · GSTIN 09AABCS1234F1Z5"),
        ("h", "QUOTATION SG-QTN-24-117"),
        ("p", "To: Almacenes La Estrella S.A. de C.V., Kind Attn. Ms. Mariana Treviño · Date: 05.06.2024"),
        ("table", [["Item", "Sample (10 pcs)", "2,000 pcs", "5,000 pcs"],
                   ["BR-300-M8 shelf bracket 300 mm", "USD 4.80", "USD 1.95", "USD 1.78"],
                   ["BR-400-M8 shelf bracket 400 mm", "USD 5.30", "USD 2.20", "USD 2.01"]]),
        ("p", "Powder coating 60-80 micron, salt spray 480 h (ISO 9227). Prices ex-works Moradabad; FOB Mumbai +3%."),
        ("p", "Validity 45 days. Kindly revert for any clarification."),
        ("p", "Warm regards, Rajesh Agarwal, Director - Marketing"),
    ], author="Rajesh Agarwal")),
])

# c20: release letter for the whole balance after sample sign-off
case("c20_release_letter", [], "written release of 632 after sign-off of 8 samples, total 640, nothing left on hold, Annika authorizes", [
    ("PR-2024-014.pdf", pdf([
        ("h1", "NORDHEM MODE AB"),
        ("h", "PRODUCTION RELEASE PR-2024-014"),
        ("table", [["PO", "4500-8120"], ["Supplier", "Baltic Shopfit UAB, Kaunas"],
                   ["Part", "GR-1500-CH garment rail 1500 mm, chrome"],
                   ["Total order quantity", "640 pcs"],
                   ["Samples (on PO, delivered)", "8 pcs"],
                   ["Released with this letter", "632 pcs"],
                   ["Remaining on hold", "0 pcs"]]),
        ("sp",),
        ("p", "Unlock event: sample sign-off SO-2024-041 of the 8 samples, signed by Johan Ekström (Visual "
              "Merchandising Engineering) on 12.06.2024, disposition accepted without deviations."),
        ("p", "With this letter Nordhem Mode AB releases six hundred thirty-two (632) garment rails GR-1500-CH "
              "for production. This completes the order; no quantity remains on hold."),
        ("p", "Material authority: 632 pcs, matching the release."),
        ("p", "Authorized by: Annika Holm, Head of Store Development (release limit SEK 500 000). "
              "Second signature: Karin Sjöberg, Purchasing. Borås, 13.06.2024."),
    ], title="PR-2024-014", author="Nordhem Mode AB")),
])

# c21: stop notice on a portal
case("c21_stop_notice", [], "stop notice: 60 samples released and delivered, nothing more may start until Lee Min-ho lifts the stop in writing", [
    ("Dahye_portal_SN-2024-004.html", html_page("Dahye Beauty Supplier Portal - Stop notice SN-2024-004", T("""
<h2>Dahye Beauty Supplier Portal</h2>
<h3>STOP NOTICE SN-2024-004</h3>
<table>
<tr><th>Order</th><td>PO KR-24-0322 &ndash; shelf bracket SB-300, powder coated RAL 9016</td></tr>
<tr><th>Supplier</th><td>Shree Ganesh Display Systems Pvt. Ltd., Moradabad</td></tr>
<tr><th>Issued</th><td>2024-06-14 by Lee Min-ho, Team Leader Store Development</td></tr>
<tr><th>Released so far</th><td>60 sample brackets (delivered 05.06.2024)</td></tr>
<tr><th>On hold</th><td>5,940 pcs &ndash; not released</td></tr>
</table>
<p>Reason: the 2025 store concept changes the bracket depth from 300 to 350 mm.</p>
<div class="note">Effective immediately: nothing more may start on this order &ndash; no production and no
material purchase, released or not &ndash; until this stop is lifted in writing by Lee Min-ho. After the
stop is lifted, the 5,940 pcs still need a written production release from Lee Min-ho.</div>
""")).encode("utf-8")),
])

# c22: supplier portal order book restating holds
case("c22_supplier_orderbook", [], "supplier portal order book: sample qty only, production on hold, sample-only material, unlock and person per order", [
    ("SRF_customer_order_book.html", html_page("Siam Retail Fixtures - customer order book", T("""
<h2>Siam Retail Fixtures &ndash; customer order book</h2>
<p>Printed 2024-06-21 &middot; Plant Bang Phli</p>
<table>
<tr><th>Customer</th><th>PO</th><th>Item</th><th>Sample qty (released)</th><th>Production qty</th><th>Production status</th><th>Material authority</th><th>Unlock</th></tr>
<tr><td>FreshVeld</td><td>4510-2319</td><td>CC-1500 checkout counter</td><td>2</td><td>40</td><td>on hold &ndash; not released</td><td>sample-only</td><td>sample sign-off + written release (Sipho Dlamini)</td></tr>
<tr><td>Dahye Beauty</td><td>KR-PO-24-0163</td><td>CC-900-WH checkout counter</td><td>1</td><td>23</td><td>on hold &ndash; not released</td><td>sample-only</td><td>VMD sign-off + written release (Lee Min-ho)</td></tr>
<tr><td>La Estrella</td><td>LE-2024-0620</td><td>CC-1800 checkout counter</td><td>1</td><td>14</td><td>on hold &ndash; not released</td><td>sample-only</td><td>sample sign-off + written release (Patricia Ochoa)</td></tr>
</table>
<p class="note">Planning rule: production quantities are not scheduled until the customer's written release is on file.
Shop-floor gate for all production quantities above: start denied.</p>
""")).encode("utf-8")),
])

# c23: supplier MRP printout, forecast lines no action
case("c23_mrp_sample_only", [], "supplier MRP: material for 24 samples only, customer forecast lines marked not firm / no action", [
    txt("MRP_SO-24-0733.txt", """
XIAMEN JINLU DISPLAY CO., LTD.    MRP / MATERIAL PLAN       Run: 2024-06-18 02:00
Plant: Tong'an, Xiamen            User: LINJG
SO No.: SO-24-0733   Customer: ALMACENES LA ESTRELLA   Cust PO: LE-2024-0577
-----------------------------------------------------------------------------------
Item        Description                       Order type    Qty     MRP action
HG-440-NT   Wooden hanger 440 laser logo      SAMPLE          12    BUY/MAKE
HG-380-NT   Trouser hanger 380 with clip      SAMPLE          12    BUY/MAKE
HG-440-NT   customer forecast, not firm       FORECAST     6,000    NO ACTION
HG-380-NT   customer forecast, not firm       FORECAST     5,976    NO ACTION
-----------------------------------------------------------------------------------
Material requirement (sample only):
  Beech blank 445x45x12 mm                 12 pcs + 2 spare
  Beech blank 385x40x12 mm                 12 pcs + 2 spare
  Chrome hook 3,5 mm (salt spray 480 h)    28 pcs
  Trouser clip TC-25                       24 pcs
Note: forecast lines are information only. No material is bought for forecast.
Balance is produced only after the customer's written release (Ms. Patricia Ochoa)
following sample sign-off.
"""),
])

# c24: buyer: deposit paid, deposit does not release production (+ proforma PDF attachment)
_pi = pdf([
    ("h1", "SIAM RETAIL FIXTURES CO., LTD."),
    ("p", "88/12 Moo 9, Bang Phli, Samut Prakan 10540, Thailand · Tax ID 0115556012345"),
    ("h", "PROFORMA INVOICE PI-SRF-24-0712"),
    ("table", [["Customer", "FreshVeld Supermarkets (Pty) Ltd, Midrand"], ["Your PO", "4510-2319"],
               ["Date", "10.06.2024"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit ZAR", "Amount ZAR"],
               ["CC-1500-P", "Prototype checkout counter 1500 mm", "2", "24 600,00", "49 200,00"],
               ["", "Deposit 30 %", "", "", "14 760,00"],
               ["", "Balance before shipment", "", "", "34 440,00"]]),
    ("p", "Proforma for the 2 prototypes only. Bank: Kasikornbank, Bang Phli branch."),
], title="PI-SRF-24-0712", author="Siam Retail Fixtures")
_t = T("""
Dear Somchai,

Deposit paid yesterday as per your proforma PI-SRF-24-0712 (attached back for your records,
ZAR 14 760,00 = 30 % of the 2 prototype counters).

Just to be clear so nobody misreads it: the deposit does not release production. PO 4510-2319
covers the two (2) prototype counters CC-1500 only. The balance of 40 counters is not released;
it stays on hold until Pieter van der Merwe signs off the prototypes, and then Sipho Dlamini
(Head of Store Development) sends the written release.

Cheers,
""") + sig("Thandi Nkosi", "Procurement - Store Equipment", "FreshVeld Supermarkets (Pty) Ltd", "+27 11 555 0142")
case("c24_deposit_not_release", [], "buyer: deposit paid but 'the deposit does not release production'; proforma for 2 prototypes; hold, event and person named", [
    eml("PO_4510-2319_PI-SRF-24-0712.eml", mail(THANDI, SOMCHAI, "PO 4510-2319 - deposit paid / proforma PI-SRF-24-0712",
        "Tue, 11 Jun 2024 08:15:00 +0200", _t, attachments=[("PI-SRF-24-0712.pdf", _pi, PDF_MT)])),
])

# c25: WeChat, supplier asks for go-ahead, buyer says no
case("c25_wechat_no", [], "supplier asks go-ahead for 4,000; buyer: only 40 samples released, 3,960 on hold until VMD sign-off, Lee Min-ho writes release", [
    txt("WeChat_export_Wendy_Chen.txt", """
微信聊天记录 / WeChat chat export
Wendy Chen 陈雯 (Xiamen Jinlu) <-> 김지원 Kim Ji-won (Dahye Beauty)

2024-06-20 10:02  Wendy Chen: Hi Ms Kim, good morning. Samples SB-320 40pcs arrived Seoul yesterday right?
2024-06-20 10:03  Wendy Chen: Do we have go-ahead for the 4,000pcs? Our factory can arrange line next week.
2024-06-20 10:15  Kim Ji-won: Good morning Wendy~ No, not yet.
2024-06-20 10:16  Kim Ji-won: Only the 40 samples are released (PO KR-24-0251). The rest 3,960 pcs is on hold until our VMD team (Park Seo-yeon) finish the sample sign-off. After that, team leader Lee Min-ho will send the written release.
2024-06-20 10:16  Kim Ji-won: Please don't buy acrylic sheet for the 3,960 before that 🙏
2024-06-20 10:20  Wendy Chen: OK understood, we wait for Mr. Lee written release. Thank you
"""),
])


# ================================================================ POSITIVE
# p01: ERP sample PO with the quote's series quantity in the header text, nothing on the balance
case("p01_erp_po_quote_line", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 4 rails quotes '640 pcs series' in header text; no hold, no unlock event, no release person", [
    txt("PO_4500-8133.txt", """
NORDHEM MODE AB                                     INKÖPSORDER / PURCHASE ORDER
Företagsvägen 14, SE-504 64 Borås                   PO number : 4500-8133
Org.nr 556712-4410                                  PO date   : 2024-04-08
                                                    Buyer     : Karin Sjöberg (KSJ)
Vendor    : 200417  BALTIC SHOPFIT UAB
            Pramonės pr. 16, LT-51327 Kaunas, Lithuania
Delivery  : Nordhem DC Borås, gate 4, week 19/2024
Incoterms : FCA Kaunas            Payment: 30 days net
-------------------------------------------------------------------------------------
Item  Material      Description                          Qty  UoM  Price EUR    Net EUR
00010 GR-1500-CH    Garment rail 1500 mm, oval tube        4   ST      86,50     346,00
                    30x15x1,5 mm, chrome, end caps
                    Sample for store test Gbg Nordstan
-------------------------------------------------------------------------------------
                                                     Total net EUR            346,00
Header text:
  Ref. your quotation Q-LT-2024-118 of 03.04.2024:
  4 pcs samples at EUR 86,50 / 640 pcs series at EUR 61,20, lead time 7 weeks.
  Drawing DRG 1500-30 Rev 4. Load test 50 kg per 1 m rail (EN 16121).
  Please confirm the delivery week by return.
-------------------------------------------------------------------------------------
Printed 2024-04-08 10:14   SAP ME9F   user KSJ                              Page 1/1
"""),
])

# p02: "proceed with the sample hangers as per your quote" - no sample quantity anywhere
_t = T("""
Hi Wendy, good day!

Thank you for the quotation. Please proceed with the sample hangers as per your quote XJ-Q-24-0388:
the wooden hanger HG-440 with our star logo (laser, not print) and the trouser hanger HG-380 with
clip. Send them by DHL to our office in Monterrey, attn. Luis Alberto Garza.

The production quantity is not released. It stays on hold until Luis signs off the samples; after
that Patricia Ochoa, Directora de Expansión, sends you the written production release. Material
only for the samples please.

PO number for the samples will be LE-2024-0571 (it comes from our system tomorrow).

Saludos y gracias,
""") + sig("Mariana Treviño", "Compras - Mobiliario y Exhibición", "Almacenes La Estrella S.A. de C.V.",
           "+52 81 8150 2200") + "\nOn Wed, 22 May 2024, Wendy Chen <wendy@jinlu-display.com> wrote:\n" + quote("""
Dear Mariana,
Nice to meet you! Please find attached our quotation XJ-Q-24-0388 for the wooden hangers with your
logo. Sample lead time is 10 days after your confirm. Any question pls feel free to let me know.
Best regards, Wendy
""")
case("p02_mail_no_sample_qty", ["RG010"],
     "'proceed with the sample hangers as per your quote' - sample-scoped, hold/event/person named, but no quantity stated anywhere", [
    eml("RE_Quotation_XJ-Q-24-0388.eml", mail(MARIANA, WENDY, "RE: Quotation XJ-Q-24-0388 wooden hangers with logo",
        "Thu, 23 May 2024 12:30:00 -0600", _t, in_reply_to="<h191-xj0388@jinlu-display.com>")),
])

# p03: sample PO with hold and unlock event, release "from our side" but no named person
case("p03_po_no_person", ["RG005"],
     "prototype PO: 23 not released until VMD sample sign-off, but the release comes 'from our side' / purchasing team - no named person", [
    ("KR-PO-24-0142.pdf", pdf([
        ("h1", "DAHYE BEAUTY CO., LTD."),
        ("p", "118 Seongsui-ro, Seongdong-gu, Seoul 04781, Korea"),
        ("h", "PURCHASE ORDER KR-PO-24-0142"),
        ("table", [["Supplier", "Siam Retail Fixtures Co., Ltd., Samut Prakan, Thailand"],
                   ["Date", "2024-05-20"], ["Issued by", "Purchasing Team"],
                   ["Quote", "SRF-Q-0331 (firm basis)"]]),
        ("sp",),
        ("table", [["No", "Item", "Description", "Scope", "Qty", "Unit USD", "Amount USD"],
                   ["1", "CC-900-WH", "Prototype checkout counter 900 mm, white HPL, LED 24V", "sample", "1", "1,480.00", "1,480.00"]]),
        ("sp",),
        ("p", "Production quantity 23 units (SRF-Q-0331) is NOT released by this PO. It stays on hold until the "
              "VMD sample sign-off of the prototype at our Seongsu store. The production release will then come "
              "from our side in writing."),
        ("p", "Material: buy for the 1 prototype only."),
        ("p", "Incoterms FOB Laem Chabang. Payment T/T 30 days after B/L."),
    ], title="KR-PO-24-0142", author="Dahye Beauty")),
])

# p04: WhatsApp, supplier reads the advance as the start signal for the balance
case("p04_whatsapp_advance_start", ["RG012"],
     "supplier: 'advance received ... so we will start production of balance brackets'; buyer scope (50 samples, hold, event, Sipho) complete", [
    txt("WhatsApp_Chat_Shree_Ganesh.txt", """
WhatsApp Chat with Rajesh Agarwal (Shree Ganesh)

14/05/2024, 09:12 - Thandi Nkosi: Morning Rajesh. PO 4510-2214 is out - 50 sample shelf brackets BR-470 only.
14/05/2024, 09:13 - Thandi Nkosi: The balance of 5 950 is NOT released. It stays on hold until Pieter van der Merwe signs off the samples at our Midrand store, then Sipho Dlamini sends the written release.
14/05/2024, 09:40 - Rajesh Agarwal: Noted madam 🙏 will send proforma for 30% advance today itself
21/05/2024, 16:05 - Thandi Nkosi: Advance paid today, POP sent on email
22/05/2024, 10:11 - Rajesh Agarwal: Advance received with thanks madam. So we will start the production of balance brackets from tomorrow, powder coat line is booked 👍
22/05/2024, 10:30 - Thandi Nkosi: Ok noted, let me check with Pieter and come back
"""),
])

# p05: supplier reply: rolls into the series after sample approval and already ordered material
_t = T("""
Dear Karin,

Thank you for the PO. As agreed with Johan in the visit, after your approval of the 2 sample
mannequins we roll directly into the series of 178 pcs, so the deliveries for the September store
openings are safe. To win time we already ordered the fibreglass mat and the resin for the 178 pcs
with our supplier in Leiria.

Samples will be ready on 17 May.

Com os melhores cumprimentos,
""") + sig("Rui Carvalho", "Comercial", "Manequins Atlântico, Lda.", "+351 22 370 4410") + \
    "\nOn Mon, 29 Apr 2024, Karin Sjöberg <karin.sjoberg@nordhem.se> wrote:\n" + quote("""
Hej Rui,
PO 4500-7790 attached: 2 sample mannequins MNQ-F-1780 only.
The balance of 178 pcs is not released. It is released only by a written release from Annika Holm
(Head of Store Development) after the sample sign-off. Material authority: sample-only.
/Karin
""")
case("p05_supplier_roll_material", ["RG006", "RG007"],
     "supplier: 'after your approval of the 2 samples we roll directly into the 178' and already ordered fibreglass for 178; buyer's quoted scope complete", [
    eml("RE_PO_4500-7790.eml", mail(RUI, KARIN, "RE: PO 4500-7790 mannequins MNQ-F-1780",
        "Thu, 02 May 2024 16:20:00 +0100", _t, in_reply_to="<h191-po7790@nordhem.se>")),
])

# p06: minutes using "approved" for samples, budget and production
case("p06_minutes_mixed_terms", ["RG009"],
     "minutes: 'approved' for the sample panels, for the budget and for production; scope otherwise complete", [
    ("Minuta_2024-06-11_LaEstrella_BalticShopfit.docx", docx_bytes([
        ("h1", "Minuta de reunión / Meeting minutes"),
        ("p", "11 June 2024, video call. Almacenes La Estrella: Mariana Treviño (Compras), Luis Alberto Garza "
              "(Proyectos de Tienda), Patricia Ochoa (Directora de Expansión). Baltic Shopfit: Tomas Kazlauskas, "
              "Jurgita Petrauskienė."),
        ("h", "1. Slatwall sample panels - PO LE-2024-0498"),
        ("p", "The six (6) sample panels SW-1200x2400 were approved by Luis: colour, groove pitch 100 mm and the "
              "aluminium inserts are OK."),
        ("h", "2. Budget"),
        ("p", "The budget for the 14 new stores was approved by Finanzas on 10 June."),
        ("h", "3. Production"),
        ("p", "Production of the 594 panels is approved only when Patricia gives the written release; until then "
              "the balance is on hold. Patricia sends the written release after the sample report is signed."),
        ("h", "4. Actions"),
        ("table", [["Action", "Who", "When"],
                   ["Sign the sample report", "Luis Alberto Garza", "14.06"],
                   ["Written release for the 594 panels", "Patricia Ochoa", "after 1."],
                   ["Send transit plan to Manzanillo", "Jurgita Petrauskienė", "18.06"]]),
    ], author="Mariana Treviño")),
])

# p07: supplier portal: buyer forecast converted to confirmed order, material bought
case("p07_portal_forecast_material", ["RG006", "RG008"],
     "supplier portal shows the buyer's Q3 forecast 'converted to CONFIRMED ORDER' and material purchased for 20,000", [
    ("Jinlu_portal_Dahye_orders.html", html_page("Xiamen Jinlu customer portal - Dahye Beauty", T("""
<h2>Xiamen Jinlu Display &ndash; customer portal</h2>
<p>Customer: Dahye Beauty Co., Ltd. (C-2231) &middot; updated 2024-05-14 17:20 CST</p>
<h3>Open orders</h3>
<table>
<tr><th>Our SO</th><th>Item</th><th>Source</th><th>Qty</th><th>Status</th><th>Plan</th></tr>
<tr><td>SO-24-0611</td><td>SB-250 acrylic shelf bracket, clear 8 mm</td><td>Customer forecast Q3 (e-mail Ms. Park Seo-yeon, 02.05.2024)</td><td>20,000</td><td>converted to CONFIRMED ORDER</td><td>production week 24-27</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>For</th><th>Qty</th><th>Status</th></tr>
<tr><td>PMMA sheet 8 mm, 2050x3050</td><td>SO-24-0611</td><td>for 20,000 pcs</td><td>purchased 10.05.2024</td></tr>
<tr><td>Steel wire insert 4 mm, zinc plated</td><td>SO-24-0611</td><td>for 20,000 pcs</td><td>purchased 10.05.2024</td></tr>
</table>
<p class="note">Dear customer, your forecast quantity is now confirmed in our system as order. Please advise shipping marks.</p>
""")).encode("utf-8")),
])

# p08: release letter states the released quantity twice, differently
case("p08_release_two_qty", ["RG011"],
     "release letter: text releases 'one thousand two hundred (1 200)', table says 1 020 released", [
    ("PR-FV-2024-022.pdf", pdf([
        ("h1", "FreshVeld Supermarkets (Pty) Ltd"),
        ("p", "Store Development · 16 Bridal Veil Road, Midrand 1685, South Africa"),
        ("h", "PRODUCTION RELEASE PR-FV-2024-022"),
        ("p", "Supplier: Shree Ganesh Display Systems Pvt. Ltd., Moradabad. PO 4510-2260, shelf bracket BR-470 "
              "(470 mm, 2,0 mm steel, RAL 9005, drawing DRG 3050 Rev 12)."),
        ("p", "Following the sample sign-off of the 50 BR-470 brackets by Pieter van der Merwe on 3 June 2024, "
              "FreshVeld releases one thousand two hundred (1 200) shelf brackets for production, first call for "
              "the Gauteng stores. The remaining balance of 4 750 stays on hold until the next call-off."),
        ("table", [["PO quantity", "Samples", "Released this release", "On hold"],
                   ["6 000", "50", "1 020", "4 750"]]),
        ("sp",),
        ("p", "Authorized by: Sipho Dlamini, Head of Store Development. Midrand, 5 June 2024."),
    ], title="PR-FV-2024-022", author="FreshVeld")),
])

# p09: deposit paid, so start production of all 3,000 (multipart/alternative + TT copy text attachment)
_t = T("""
Dear Ms. Chen,

We paid the 30% deposit yesterday for PI XJ-PI-24-0207 (TT copy attached).
So please start the production for all 3,000 acrylic shelf brackets SB-250 now. We need them before
the Myeongdong store renewal in August.

Thank you for your support.

Kim Ji-won
Purchasing Team | Dahye Beauty Co., Ltd.
Tel +82 2 6954 0118
""")
_h = ("<p>Dear Ms. Chen,</p><p>We paid the 30% deposit yesterday for PI XJ-PI-24-0207 (TT copy attached).<br>"
      "So please start the production for <b>all 3,000</b> acrylic shelf brackets SB-250 now. We need them before "
      "the Myeongdong store renewal in August.</p><p>Thank you for your support.</p>"
      "<p>Kim Ji-won<br>Purchasing Team | Dahye Beauty Co., Ltd.</p>")
_tt = T("""
{1:F01WOORKRSEAXXX0000000000}{2:O1030915240607WOORKRSEAXXX}
:20:KR24060700318
:23B:CRED
:32A:240607USD4230,00
:50K:/1005-803-118234
DAHYE BEAUTY CO LTD
118 SEONGSUI-RO SEOUL
:59:/CN 3510 2000 0000 1234 5678
XIAMEN JINLU DISPLAY CO LTD
:70:PI XJ-PI-24-0207 DEPOSIT 30PCT
:71A:SHA
""")
case("p09_deposit_start_all", ["RG012"],
     "buyer: 'we paid the 30% deposit ... so please start the production for all 3,000'", [
    eml("PI_XJ-PI-24-0207_SB-250.eml", mail(JIWON, WENDY, "Deposit paid - PI XJ-PI-24-0207 SB-250",
        "Fri, 07 Jun 2024 10:05:00 +0900", _t, html=_h,
        attachments=[("TT_copy_KR24060700318.txt", _tt, "text/plain")])),
])

# p10: ERP PO turns forecast lines into firm order lines
case("p10_erp_forecast_firm", ["RG008"],
     "ERP PO: Q4/Q1 forecast lines 'confirmed as firm order quantities' to be produced per schedule", [
    txt("LE-2024-0602.txt", """
ALMACENES LA ESTRELLA S.A. DE C.V.        ORDEN DE COMPRA / PURCHASE ORDER
Sistema: Oracle EBS  R12                  OC No.   : LE-2024-0602
Proveedor: 40881 XIAMEN JINLU DISPLAY     Fecha    : 2024-06-05
           CO., LTD.                      Comprador: MTREVINO
-----------------------------------------------------------------------------------
Ln  Artículo     Descripción                        Tipo       Cant.   Entrega
10  HG-440-NT    Gancho madera 440 logo / hanger    FIRME      2,000   2024-07-15
20  HG-440-NT    Gancho madera 440 logo / hanger    PRONÓSTICO 6,000   2024-10-15
                 (Q4 forecast)
30  HG-440-NT    Gancho madera 440 logo / hanger    PRONÓSTICO 8,000   2025-01-15
                 (Q1 forecast)
-----------------------------------------------------------------------------------
P.U. USD 0.86   Total USD 13,760.00
Notas:
 Lines 20 and 30 are our Q4 and Q1 forecast. They are confirmed as firm order
 quantities: supplier to produce and ship per the dates above, no further PO.
 Hook chrome, salt spray 480 h (ISO 9227). Packing 100 pcs/ctn.
"""),
])

# p11: two-level quoted thread, top reply "Approved, go ahead."
_t = T("""
Hola Rui, se ven muy bien!! Approved, go ahead.

Saludos,
Mariana

On Tue, 18 Jun 2024, Rui Carvalho <rui.carvalho@manequins-atlantico.pt> wrote:
""") + quote("""
Dear Mariana,
Attached the photos of the 3 sample torsos TRS-M-02 in matte black (WeTransfer link, 24 MB).
Please confirm.
Best regards, Rui

On Mon, 3 Jun 2024, Mariana Treviño <mariana.trevino@laestrella.com.mx> wrote:
""") + quote("""
Rui, PO LE-2024-0533 is for 3 sample torsos only. The 237 for the stores are not released; they stay
on hold until Luis Alberto Garza signs off the samples and Patricia Ochoa sends the written release.
Mariana
""", level=2)
case("p11_thread_approved_goahead", ["RG002"],
     "buyer's top reply 'Approved, go ahead.' names neither sample-only nor a quantity; quoted two levels down the PO scope is complete", [
    eml("RE_RE_torsos_TRS-M-02.eml", mail(MARIANA, RUI, "RE: RE: PO LE-2024-0533 sample torsos TRS-M-02 photos",
        "Tue, 18 Jun 2024 19:02:00 -0600", _t, in_reply_to="<h191-atl0533b@manequins-atlantico.pt>")),
])

# p12: sample PO, balance on hold "until further notice", release authority named
case("p12_po_until_further_notice", ["RG004"],
     "sample PO: balance of 44 'on hold until further notice', Sipho Dlamini named as release authority, no unlock event", [
    ("PO_4510-2231.pdf", pdf([
        ("h1", "FreshVeld Supermarkets (Pty) Ltd"),
        ("p", "16 Bridal Veil Road, Midrand 1685 · VAT 4123456789"),
        ("h", "PURCHASE ORDER 4510-2231"),
        ("table", [["Supplier", "Siam Retail Fixtures Co., Ltd., Samut Prakan"], ["Date", "2024-05-08"],
                   ["Buyer", "Thandi Nkosi"], ["Delivery", "CIF Durban"]]),
        ("sp",),
        ("table", [["Line", "Article", "Description", "Scope", "Qty", "Unit ZAR", "Total ZAR"],
                   ["1", "CC-1200-SS", "Checkout counter 1200 mm, stainless top", "sample", "2", "21 850,00", "43 700,00"]]),
        ("sp",),
        ("p", "Balance of 44 counters: on hold until further notice. Do not produce the balance."),
        ("p", "Questions on the balance: Sipho Dlamini, Head of Store Development, who holds the release authority "
              "for this programme."),
        ("p", "Material: for the 2 sample counters only."),
    ], title="PO 4510-2231", author="FreshVeld")),
])

# p13: DOCX sign-off record contradicts the PO's written-release requirement
case("p13_signoff_roll_on", ["RG007"],
     "engineering sign-off record: 'can continue straight into the production run of the remaining 234, no need to wait' although the PO needs Annika's written release", [
    ("SO-2024-031.docx", docx_bytes([
        ("h1", "Sample sign-off record SO-2024-031"),
        ("table", [["PO", "4500-7702"], ["Supplier", "Manequins Atlântico, Lda."],
                   ["Part", "MNQ-F-1780 female mannequin, gloss RAL 9016"],
                   ["Samples", "6 pcs, received 03.06.2024"],
                   ["PO note", "balance 234 pcs on hold; released only by written release from Annika Holm after sample sign-off"]]),
        ("h", "Checks"),
        ("table", [["Check", "Requirement", "Result"],
                   ["Height", "1780 mm ± 5", "1779 mm"],
                   ["Gloss", "80-90 GU at 60°", "86 GU"],
                   ["Base plate", "Ø 350 mm, 10 mm glass", "OK"],
                   ["Calf rod", "M10x1,5", "OK"]]),
        ("h", "Disposition"),
        ("p", "Disposition of the 6 samples: approved without deviations."),
        ("p", "Comment: Atlântico can continue straight into the production run of the remaining 234 pcs - no need "
              "to wait for anything else, we are late for the autumn openings."),
        ("p", "Signed: Johan Ekström, Visual Merchandising Engineering, 06.06.2024"),
    ], author="Johan Ekström")),
])

# p14: buyer portal sample PO shows the quote's 1 200 series beside 10 samples
case("p14_portal_quote_beside", ["RG001", "RG003", "RG004"],
     "portal PO for 10 sample panels shows 'quote: 10 sample / 1 200 series' unmarked; release authority named, no hold, no event", [
    ("Nordhem_portal_PO_4500-8141.html", html_page("Nordhem Supplier Portal - PO 4500-8141", T("""
<h2>Nordhem Supplier Portal</h2>
<p>Supplier: Baltic Shopfit UAB (200417) &middot; <a href="#">Orders</a> &middot; <a href="#">Documents</a></p>
<h3>Purchase order 4500-8141 &ndash; issued 2024-05-02</h3>
<table>
<tr><th>Line</th><th>Article</th><th>Description</th><th>Qty</th><th>Unit EUR</th><th>Net EUR</th></tr>
<tr><td>10</td><td>SW-1200x2400-W</td><td>Slatwall panel 1200 x 2400, white, groove pitch 100 mm, alu inserts (sample)</td><td>10</td><td>64,00</td><td>640,00</td></tr>
</table>
<p>Quotation reference: Q-LT-2024-131 &middot; 10 pcs sample at EUR 64,00 &middot; 1 200 pcs series at EUR 48,90 &middot; fire class B-s1,d0 (EN 13501-1)</p>
<p>Release authority for this order: Annika Holm, Head of Store Development.</p>
<p>Delivery: DC Borås, week 22. Contact purchasing: Karin Sjöberg.</p>
""")).encode("utf-8")),
])
# p15: WeChat "make 30 sample first", quote's mass quantity beside it, nothing on the rest
case("p15_wechat_sample_first", ["RG001", "RG003", "RG004", "RG005"],
     "WeChat: 'please make 30 pcs sample hanger first', 'mass 15,000 pcs' from the quote beside it; no hold, event or person", [
    txt("WeChat_Dahye_Jinlu_0521.txt", """
微信聊天记录 / WeChat chat export
Dahye 김지원 Kim Ji-won <-> Wendy Chen 陈雯 (Xiamen Jinlu)

2024-05-21 14:02  Kim Ji-won: Hello Wendy~ PO KR-24-0233 sent by email just now.
2024-05-21 14:03  Kim Ji-won: Please make 30 pcs sample hanger first (HG-420 velvet, pink, gold hook).
2024-05-21 14:03  Kim Ji-won: Price as your quotation: sample 30 pcs USD 1.20, mass 15,000 pcs USD 0.68
2024-05-21 14:20  Wendy Chen: Received 👌 sample 30pcs will finish in 7 days
2024-05-21 14:21  Wendy Chen: Velvet color pantone 1767C ok?
2024-05-21 14:35  Kim Ji-won: Yes 1767C. Thank you!
"""),
])

# p16: Teams: "green light" + roll into the 116 without the written release
case("p16_teams_greenlight_roll", ["RG002", "RG007"],
     "Teams: engineering says 'green light from my side' (unscoped) and 'when my sample report is signed you can just roll into the 116' against the written-release rule", [
    txt("Teams_chat_Nordhem_Atlantico.txt", """
Microsoft Teams - chat export
Chat: Busts BST-F-01 / Atlântico
Participants: Karin Sjöberg, Johan Ekström (Nordhem Mode AB), Rui Carvalho (Manequins Atlântico) (External)

2024-05-06 10:02  Karin Sjöberg
Hi Rui! PO 4500-7815 = 4 sample busts BST-F-01 only. The other 116 are not released - on hold until Johan has done the sample sign-off and Annika Holm sends the written release.

2024-05-06 10:15  Rui Carvalho (External)
Perfect Karin, thank you. Samples in 3 weeks.

2024-05-28 08:40  Rui Carvalho (External)
Bom dia! Samples arrived in Borås?

2024-05-28 09:55  Johan Ekström
Yes, just checked them in the lab. Look really nice, green light from my side! 
When my sample report is signed you can just roll into the 116, no need to wait for more paper.

2024-05-28 10:01  Rui Carvalho (External)
Great news, obrigado Johan 👍
"""),
])

# p17: EDI 850 printout: balance on hold until further notice, nobody named
case("p17_edi850_hold_notice", ["RG004", "RG005"],
     "EDI 850 sample PO: 'balance 40 EA on hold until further notice' - no unlock event, no named release person", [
    txt("EDI850_4510-2245.txt", """
EDI X12 850 PURCHASE ORDER - PRINT             Interchange 000004512  2024-05-16 07:31
ISA sender: FRESHVELD (ZZ)   receiver: SIAMRF (ZZ)   GS: PO  Control 4512
-----------------------------------------------------------------------------------
BEG  00 SA  PO 4510-2245           Date 20240516
CUR  BY ZAR
N1   ST  FRESHVELD DC MIDRAND       N3 16 BRIDAL VEIL RD   N4 MIDRAND GT 1685 ZA
N1   VN  SIAM RETAIL FIXTURES CO LTD
-----------------------------------------------------------------------------------
PO1  1  QTY 2  EA  PRICE 21850.00  VP CC-1200-SS  BP FV-CC-1200
PID  F  CHECKOUT COUNTER CC-1200 STAINLESS TOP 1.2MM - SAMPLE
MSG  SAMPLE ORDER 2 EA.
MSG  BALANCE 40 EA ON HOLD UNTIL FURTHER NOTICE. DO NOT PRODUCE BALANCE.
MSG  MATERIAL FOR SAMPLE QTY ONLY.
DTM  002  20240628
-----------------------------------------------------------------------------------
CTT  1 LINE  HASH QTY 2
SE   14 SEGMENTS
"""),
])

# p18: supplier mail (saved as text): ordered material for the full 1 200 panels
case("p18_mail_material_full", ["RG006"],
     "supplier: 'we have ordered the boards and inserts for the full 1 200 panels' while 10 samples are released and the quoted buyer scope says sample-only", [
    txt("RE_PO_4500-8166_slatwall_samples.txt", """
From: Jurgita Petrauskienė <jurgita.p@balticshopfit.lt>
To: Karin Sjöberg <karin.sjoberg@nordhem.se>
Date: Tue, 21 May 2024 11:48 +0300
Subject: RE: PO 4500-8166 slatwall samples

Hello Karin,

samples 10 pcs will be ready on Friday, we send photos before packing.

Because MDF and the alu inserts have 8 weeks lead time now, we have ordered the boards and the
inserts for the full 1 200 panels already, so we are ready when you release. Hope this is fine.

Pagarbiai / Best regards
Jurgita Petrauskienė
Project Manager | Baltic Shopfit UAB | +370 37 45 11 20

-----Original Message-----
From: Karin Sjöberg
Sent: Monday, 13 May 2024 09:30
Subject: PO 4500-8166 slatwall samples

Hej Jurgita,
PO 4500-8166: 10 sample slatwall panels only. Balance 1 190 not released; on hold until
sample sign-off, then written release by Annika Holm. Material authority: sample-only.
/Karin
"""),
])

# p19: WhatsApp: buyer engineer tells supplier to go into the 150 once samples are OK, skipping the written release
case("p19_whatsapp_skip_release", ["RG007"],
     "WhatsApp: buyer's engineer 'once I say samples are OK you go ahead with the 150 directly, no need to wait for Patricia's paper'", [
    txt("WhatsApp_Chat_Rui_Carvalho.txt", """
WhatsApp Chat with Rui Carvalho Atlântico

27/05/2024, 16:12 - Mariana Treviño: Rui buenas tardes! Our PO LE-2024-0540 is only for 2 sample mannequins female MNQ-F-1750. The other 150 are on hold until Patricia Ochoa sends the written release, after Luis signs off the samples.
27/05/2024, 16:30 - Rui Carvalho: Ok Mariana, understood 👍
10/06/2024, 18:05 - Luis Alberto Garza: Hola Rui, soy Luis de Proyectos. Samples arrive next week to Monterrey.
10/06/2024, 18:06 - Luis Alberto Garza: Once I say the samples are OK you go ahead with the 150 mannequins directly, no need to wait for Patricia's paper, we are late for the openings 🙏
10/06/2024, 18:20 - Rui Carvalho: Perfeito Luis, we will do like this
"""),
])

# p20: supplier MRP: forecast entered as firm SO, purchase requisitions for 46 sets
case("p20_mrp_forecast_firm", ["RG006", "RG008"],
     "supplier MRP: customer forecast 'approx 46 counters' entered as FIRM SO and purchase requisitions for 46 sets, no production release on file", [
    txt("MRP_run_2024-05-20_SO-67-0412.txt", """
SIAM RETAIL FIXTURES CO., LTD.  --  MRP RUN 2024-05-20 05:00  (Plant Bang Phli)
User: PLN02                                                       Page 1
---------------------------------------------------------------------------------
Sales order : SO-67-0412     Customer: FRESHVELD SUPERMARKETS (PTY) LTD
Demand src  : customer forecast e-mail 08.05.2024 "approx 46 counters for 2025 refits"
              -> entered as FIRM SO, qty 46 sets CC-1200-SS
Customer production release on file: none
---------------------------------------------------------------------------------
Planned purchase requisitions
 PR No.      Material                                  For      Qty     Need date
 PR-67-1180  Stainless sheet 304, 1,2 x 1219 x 2438    46 sets  92 sh   2024-06-10
 PR-67-1181  HPL laminate RAL 7021 look, 0,8 mm        46 sets  138 sh  2024-06-10
 PR-67-1182  Castor 75 mm with brake                   46 sets  184 pc  2024-06-12
 PR-67-1183  Belt conveyor 2,2 m, 24V                  46 sets  46 pc   2024-06-20
---------------------------------------------------------------------------------
Status: PRs sent to purchasing (Khun Orawan) for PO placement this week.
"""),
])

# p21: mail: "approved" / "released" / "approved to go ahead with the production" with no quantity
case("p21_mail_approved_released", ["RG002", "RG009", "RG010"],
     "buyer: 'budget is approved, PO is released in our system, you are approved to go ahead with the production' - one word for three things, no quantity", [
    txt("SB-180_acrylic_bracket.txt", """
From: Kim Ji-won <jiwon.kim@dahyebeauty.co.kr>
To: Wendy Chen <wendy@jinlu-display.com>
Date: Wed, 12 Jun 2024 16:22:10 +0900
Subject: SB-180 acrylic bracket - OK

Dear Wendy,

Good news. Our budget is approved by finance this morning and the PO is released in our system
today. So you are approved to go ahead with the production.

Please share the shipping schedule by Friday.

Thank you~
Kim Ji-won
Purchasing Team | Dahye Beauty Co., Ltd.
"""),
])

# p22: call-off with header quantity 80 vs line total 60; "released" for workflow and production
case("p22_calloff_80_vs_60", ["RG009", "RG011"],
     "call-off: header 'production release qty 80' vs lines totalling 60; 'RELEASED/approved' used for the approval workflow and for production", [
    txt("CO-2024-0031.txt", """
ALMACENES LA ESTRELLA S.A. DE C.V. -- LIBERACIÓN DE ENTREGA / CALL-OFF
Contrato marco : CM-2024-009         Proveedor: BALTIC SHOPFIT UAB (Kaunas, LT)
Call-off No.   : CO-2024-0031        Fecha    : 2024-06-18
Status         : RELEASED  (workflow Compras -> Finanzas, approved 17/06/2024)
-----------------------------------------------------------------------------------
PRODUCTION RELEASE QTY :   80 pcs   garment rail GR-1200, oval 30x15, chrome
-----------------------------------------------------------------------------------
LINE DETAIL
Ln  Item      Destino / store                 Qty   Entrega
1   GR-1200   Tienda 14 Puebla Angelópolis     20   2024-08-12
2   GR-1200   Tienda 15 Querétaro Antea        20   2024-08-12
3   GR-1200   Tienda 16 León Altacia           20   2024-08-19
                                       TOTAL   60
-----------------------------------------------------------------------------------
Frame quantity CM-2024-009: 600 pcs. Remaining 540 pcs on hold until the next
call-off, signed by Patricia Ochoa (Directora de Expansión).
"""),
])

# p23: LINE chat: supplier treats PO acceptance as the start and buys material for 24 sets
case("p23_line_po_acceptance", ["RG006", "RG012"],
     "LINE: supplier 'PO acceptance signed ... so now we start production of the remaining counters' and ordered laminate/stainless for 24 sets; buyer scope complete", [
    txt("LINE_chat_Dahye_SiamRF.txt", """
[LINE] Chat history with Dahye Beauty - Siam RF
Saved on: 2024/06/04 09:00

2024/06/03(Mon)
10:15 Kim Ji-won  Hello Khun Ning, PO KR-PO-24-0150 sent. 1 prototype counter CC-900 only. Other 23 counters not released - on hold until VMD sample sign-off, then team leader Lee Min-ho sends written release.
10:32 Ning Srisuk  Thank you kha, we will sign PO acceptance today
15:47 Ning Srisuk  PO acceptance signed and sent back kha. So now we start production of the remaining counters from tomorrow
15:48 Ning Srisuk  and we already order the HPL laminate and stainless sheet for all 24 sets to make lead time 🙏
16:02 Kim Ji-won  ??
16:03 Kim Ji-won  I will call you
"""),
])

# p24: buyer portal call-off with no quantity
case("p24_portal_calloff_noqty", ["RG010"],
     "portal call-off 'produce and ship per the attached schedule' - no schedule, no quantity; remaining blanket qty on hold until next call-off by Karin", [
    ("Nordhem_portal_CO-2024-0117.html", html_page("Nordhem Supplier Portal - Call-off CO-2024-0117", T("""
<h2>Nordhem Supplier Portal</h2>
<p>Supplier: Xiamen Jinlu Display Co., Ltd. (200588)</p>
<h3>Call-off CO-2024-0117 &ndash; status: issued 2024-06-20</h3>
<table>
<tr><th>Blanket PO</th><td>5500-0412 (hangers 2024)</td></tr>
<tr><th>Articles</th><td>HG-440-BK wooden hanger 440 mm black; HG-380-BK trouser hanger 380 mm black</td></tr>
<tr><th>Blanket quantity</th><td>24 000 hangers (calendar year 2024)</td></tr>
<tr><th>Previous call-off</th><td>CO-2024-0098 (delivered)</td></tr>
</table>
<div class="note">Instruction: please produce and ship per the attached delivery schedule, DC Borås.</div>
<p>Attachments: (none)</p>
<p>The remaining blanket quantity stays on hold until the next call-off, issued by Karin Sjöberg (Purchasing).</p>
""")).encode("utf-8")),
])

# p25: supplier mail: annual forecast booked as confirmed order
case("p25_mail_forecast_booked", ["RG008"],
     "supplier: 'thank you for sharing your annual forecast ... we have booked the same as confirmed order' and planned 4 lots", [
    txt("Mail_SGDS_FY2025_brackets.txt", """
From: Rajesh Agarwal <rajesh@shreeganeshdisplay.in>
To: Thandi Nkosi <thandi.nkosi@freshveld.co.za>
Cc: Priya Menon <priya.menon@shreeganeshdisplay.in>
Date: Mon, 10 Jun 2024 12:41 +0530
Subject: FreshVeld FY2025 brackets - booking

Dear Thandi madam,

Greetings of the day from Moradabad!

Thank you for sharing your annual forecast for shelf brackets BR-470 and BR-370
(24,000 + 12,000 pcs for FY2025). We have booked the same as confirmed order in our system
and planned the production in 4 lots of 9,000 pcs from August onwards.

Kindly share the shipping marks and the packing instructions at the earliest.

Thanks & Regards,
Rajesh Agarwal
Director - Marketing
Shree Ganesh Display Systems Pvt. Ltd.
Plot 14, Industrial Area Phase II, Moradabad 244001 (U.P.) India
"""),
])

# p26: buyer forwards an internal approval mail (rfc822): "everything is approved, go ahead"
_fwd = mail(ANNIKA, KARIN, "Slatwall Malmö/Uppsala", "Thu, 06 Jun 2024 08:31:00 +0200", T("""
Hi Karin,

I approved the design from VM today, and finance approved the budget this morning.

/Annika
"""))
_t = T("""
Hi Tomas,

See below from Annika - everything is approved now :) So go ahead with the slatwall order.

BR
""") + sig("Karin Sjöberg", "Inköpare / Buyer", "Nordhem Mode AB, Borås", "+46 33 410 22 18")
case("p26_fwd_everything_approved", ["RG002", "RG009", "RG010"],
     "forwarded internal mail: design 'approved', budget 'approved'; buyer: 'everything is approved now, so go ahead with the slatwall order' - no quantity", [
    eml("FW_Slatwall_Malmo_Uppsala.eml", mail(KARIN, TOMAS, "FW: Slatwall Malmö/Uppsala",
        "Thu, 06 Jun 2024 09:12:00 +0200", _t, attachments=[("rfc822", _fwd)])),
])

# p27: supplier confirms: after prototype approval we continue directly with the 44
_t = T("""
Dear Khun Thandi,

Thank you for PO 4510-2271. We confirm 2 prototype checkout counters CC-1200 to ship 14 June.

We understand that when the prototype is approved by Mr. Pieter, we continue directly with the
remaining 44 counters. We have reserved line capacity in week 30-33 for this.

Best regards,
""") + sig("Somchai Wongsawat", "Sales Manager", "Siam Retail Fixtures Co., Ltd.", "+66 2 750 3381") + \
    "\nOn Fri, 24 May 2024 Thandi Nkosi <thandi.nkosi@freshveld.co.za> wrote:\n" + quote("""
Hi Somchai,
PO 4510-2271 attached: 2 prototype counters only. Balance 44 not released - on hold until sample
sign-off by Pieter van der Merwe, then written release from Sipho Dlamini.
Thandi
""")
case("p27_supplier_continue_44", ["RG007"],
     "supplier: 'when the prototype is approved ... we continue directly with the remaining 44'; quoted buyer scope requires Sipho's written release", [
    eml("RE_PO_4510-2271.eml", mail(SOMCHAI, THANDI, "RE: PO 4510-2271 prototype counters CC-1200",
        "Mon, 27 May 2024 14:05:00 +0700", _t, in_reply_to="<h191-fv2271@freshveld.co.za>")),
])

# p28: mail + PDF quote attachment: 20 samples, quote shows 4,000 mass production
_q = pdf([
    ("h1", "XIAMEN JINLU DISPLAY CO., LTD."),
    ("p", "No. 66 Jinlu Road, Tong'an District, Xiamen, Fujian, China · ISO 9001:2015"),
    ("h", "QUOTATION XJ-Q-24-0415"),
    ("table", [["To", "Dahye Beauty Co., Ltd. (Mr. Lee Min-ho)"], ["Date", "2024-05-30"],
               ["Item", "SB-180 acrylic shelf bracket, clear PMMA 8 mm, polished edge"]]),
    ("sp",),
    ("table", [["Qty", "Type", "Unit USD", "Lead time"],
               ["20 pcs", "sample", "3.10", "7 days"],
               ["4,000 pcs", "mass production", "1.45", "25 days"],
               ["", "laser cutting jig (one-off)", "180.00", ""]]),
    ("p", "Price FOB Xiamen. Validity 30 days."),
], title="XJ-Q-24-0415", author="Xiamen Jinlu")
_t = T("""
Dear Wendy,

Please make 20 pcs sample of the acrylic shelf bracket SB-180 (clear, 8 mm) per your attached
quotation XJ-Q-24-0415, and send by EMS to our Seongsu office.

For this project I am the release authority on our side.

Best regards,
""") + sig("Lee Min-ho", "Team Leader, Store Development", "Dahye Beauty Co., Ltd.", "+82 2 6954 0120")
case("p28_mail_quote_attached", ["RG001", "RG003", "RG004"],
     "buyer asks for 20 samples 'per your attached quotation' which shows 4,000 mass production unmarked; sender names himself release authority, no hold, no event", [
    eml("SB-180_samples.eml", mail(MINHO, WENDY, "SB-180 acrylic bracket - samples",
        "Mon, 03 Jun 2024 11:20:00 +0900", _t, attachments=[("XJ-Q-24-0415.pdf", _q, PDF_MT)])),
])

# p29: release mail (text+HTML): "sixty (60)" released, "complete quantity of 56 pcs"
_t = T("""
Hej Rui,

Following the sample sign-off on 4 June (Johan Ekström), I hereby release sixty (60) mannequins
MNQ-F-1780 against PO 4500-7796 for production. The remaining 118 stay on hold until the next
written release from me.

Please deliver the complete quantity of 56 pcs to DC Borås in week 33.

Med vänliga hälsningar
""") + sig("Annika Holm", "Head of Store Development", "Nordhem Mode AB, Borås", "+46 33 410 22 00")
_h = ("<p>Hej Rui,</p><p>Following the sample sign-off on 4 June (Johan Ekström), I hereby release "
      "<b>sixty (60) mannequins</b> MNQ-F-1780 against PO 4500-7796 for production. The remaining 118 stay on hold "
      "until the next written release from me.</p><p>Please deliver the complete quantity of <b>56 pcs</b> to DC Borås in week 33.</p>"
      "<p>Med vänliga hälsningar<br>Annika Holm<br>Head of Store Development, Nordhem Mode AB</p>")
case("p29_release_60_vs_64", ["RG011"],
     "release mail releases 'sixty (60)' and then asks to 'deliver the complete quantity of 56 pcs'", [
    eml("Release_PO_4500-7796.eml", mail(ANNIKA, RUI, "Production release - PO 4500-7796 MNQ-F-1780",
        "Wed, 05 Jun 2024 13:00:00 +0200", _t, html=_h, cc=KARIN)),
])

# p30: two-level thread: supplier bought steel for 6 000, buyer "Noted. Go ahead."
_t = T("""
Noted. Go ahead.

Thandi

Sent from my iPhone

On 28 May 2024, at 07:52, Rajesh Agarwal <rajesh@shreeganeshdisplay.in> wrote:
""") + quote("""
Dear madam,

Kindly note steel prices are going up from next month, so we have taken the liberty to buy the
CRCA steel strip for the full 6 000 brackets already, hope this is fine. Samples 50 pcs will
dispatch Friday by DHL.

Thanks & Regards,
Rajesh

On Tue, 14 May 2024, Thandi Nkosi <thandi.nkosi@freshveld.co.za> wrote:
""") + quote("""
Morning Rajesh. PO 4510-2280: 50 sample brackets BR-470 only. Balance 5 950 not released - on hold
until Pieter van der Merwe signs off the samples, then Sipho Dlamini sends the written release.
Material authority: sample-only.
""", level=2)
case("p30_thread_steel_goahead", ["RG002", "RG006"],
     "supplier bought steel for the full 6 000 against sample-only authority; buyer answers 'Noted. Go ahead.' without scope", [
    eml("RE_PO_4510-2280_steel.eml", mail(THANDI, RAJESH, "Re: PO 4510-2280 samples BR-470 / steel",
        "Tue, 28 May 2024 08:03:00 +0200", _t, in_reply_to="<h191-sg2280@shreeganeshdisplay.in>")),
])
# p31: cover mail says 400 released, attached minutes say 350; minutes use "approved" for samples and budget
_min = docx_bytes([
    ("h1", "Minuta - revisión de muestras / sample review minutes"),
    ("p", "20 June 2024, Monterrey. Present: Mariana Treviño, Luis Alberto Garza, Patricia Ochoa (La Estrella); "
          "Tomas Kazlauskas (Baltic Shopfit, by video)."),
    ("table", [["Topic", "Result"],
               ["Sample garment rails GR-1500 (4 pcs)", "approved by Luis Alberto Garza - load test 50 kg/m OK, chrome OK"],
               ["Budget for 12 stores", "approved by Finanzas"],
               ["Production release", "350 rails GR-1500, authorized by Patricia Ochoa"],
               ["Balance", "remaining 250 of the 600 frame quantity on hold until the next call-off"]]),
    ("p", "Delivery in three lots to CEDIS Tepotzotlán, first lot 15 August."),
], author="Mariana Treviño")
_t = T("""
Hi Tomas,

Please find attached the minutes of today's review. Samples approved, production released:
400 garment rails GR-1500 for the 12 stores, delivery in three lots. The balance of the frame
contract stays on hold until the next call-off by Patricia.

Saludos,
""") + sig("Mariana Treviño", "Compras - Mobiliario y Exhibición", "Almacenes La Estrella S.A. de C.V.",
           "+52 81 8150 2200") + "\nOn Wed, 19 Jun 2024, Tomas Kazlauskas <tomas.k@balticshopfit.lt> wrote:\n" + quote("""
Dear Mariana, we are ready for the review tomorrow 10:00 your time. Best regards, Tomas
""")
case("p31_mail_vs_minutes", ["RG009", "RG011"],
     "cover mail releases 400 rails, attached minutes say production release 350; minutes use 'approved' for samples and for the budget", [
    eml("RE_sample_review_GR-1500.eml", mail(MARIANA, TOMAS, "RE: Sample review GR-1500 - minutes",
        "Thu, 20 Jun 2024 16:40:00 -0600", _t, in_reply_to="<h191-bsf0619@balticshopfit.lt>",
        attachments=[("Minuta_revision_muestras_2024-06-20.docx", _min, DOCX_MT)])),
])

# p32: supplier sales forwards the buyer's labelled forecast (rfc822) to planning as a confirmed order
_fwd = mail(THANDI, SOMCHAI, "2025 refit forecast - checkout counters", "Fri, 10 May 2024 09:00:00 +0200", T("""
Dear Somchai,

For your planning only: our 2025 refit forecast is about 46 checkout counters CC-1200.
This is a forecast, not an order.

PO 4510-2271 covers the 2 prototype counters only. The balance is not released until Sipho Dlamini
sends the written release after the sample sign-off.

Kind regards,
Thandi Nkosi
FreshVeld Supermarkets
"""))
_t = T("""
To Production Planning,

Pls see customer mail below. This forecast is a confirmed order - pls plan 46 counters CC-1200 in Q3.
Prototype 2 sets first; once the customer approves the prototype we go straight into the 44 without
waiting.

Thanks,
Somchai
""")
case("p32_fwd_forecast_confirmed", ["RG007", "RG008"],
     "supplier sales forwards the buyer's labelled forecast and writes 'this forecast is a confirmed order' and 'once the customer approves the prototype we go straight into the 44'", [
    eml("FW_2025_refit_counters.eml", mail(SOMCHAI, SRF_PLAN, "FW: 2025 refit forecast - checkout counters",
        "Mon, 13 May 2024 08:30:00 +0700", _t, attachments=[("rfc822", _fwd)])),
])

# p33: sample PO without sample quantity, balance "not released yet", no event, no person
_t = T("""
Dear Mr. Rajesh,

Greetings from Seoul. PO KR-24-0316 is for the sample shelf brackets SB-300 only (quantity as we
discussed by phone on Monday). The mass production quantity of 10,000 pcs is not released yet.

Please send the samples to our Seoul office by courier.

Best regards,
Choi Hyun-woo
Purchasing Team | Dahye Beauty Co., Ltd.
""")
_h = ("<p>Dear Mr. Rajesh,</p><p>Greetings from Seoul. PO KR-24-0316 is for the <b>sample shelf brackets SB-300 only</b> "
      "(quantity as we discussed by phone on Monday). The mass production quantity of 10,000 pcs is not released yet.</p>"
      "<p>Please send the samples to our Seoul office by courier.</p>"
      "<p>Best regards,<br>Choi Hyun-woo<br>Purchasing Team | Dahye Beauty Co., Ltd.</p>")
case("p33_mail_no_sample_qty", ["RG004", "RG005", "RG010"],
     "sample PO mail: sample quantity only 'as discussed by phone', balance 'not released yet' with no unlock event and no named release person", [
    eml("PO_KR-24-0316_samples.eml", mail(HYUNWOO, RAJESH, "PO KR-24-0316 sample shelf brackets SB-300",
        "Thu, 30 May 2024 14:10:00 +0900", _t, html=_h)),
])

# p34: PDF PO for 3 samples with the quote's 260 production figure printed under the lines
case("p34_po_quote_260", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 3 sample mannequins prints 'cotización: muestras 3 / producción 260' under the lines; nothing on the balance", [
    ("LE-2024-0519.pdf", pdf([
        ("h1", "ALMACENES LA ESTRELLA, S.A. DE C.V."),
        ("p", "Av. Constitución 1450 Ote., Monterrey, N.L. · RFC ALE-850314-KQ2"),
        ("h", "ORDEN DE COMPRA / PURCHASE ORDER  LE-2024-0519"),
        ("table", [["Proveedor", "Manequins Atlântico, Lda., Vila Nova de Gaia, Portugal"],
                   ["Fecha", "2024-05-09"], ["Comprador", "Mariana Treviño"], ["Incoterms", "FCA Porto"]]),
        ("sp",),
        ("table", [["Partida", "Descripción", "Cantidad", "Precio EUR", "Importe EUR"],
                   ["1", "Maniquí femenino MNQ-F-1750, muestra, fibra de vidrio, altura 1750 mm, base de vidrio Ø 400 mm", "3", "395,00", "1.185,00"],
                   ["", "", "", "Total", "1.185,00"]]),
        ("sp",),
        ("p", "Cotización ATL-Q-0877: muestras 3 pzas / producción 260 pzas a EUR 249,00."),
        ("p", "Entrega de muestras en Monterrey antes del 14 de junio. Proveedor con ISO 9001:2015."),
        ("p", "Mariana Treviño, Compras - Mobiliario y Exhibición"),
    ], title="LE-2024-0519", author="Almacenes La Estrella")),
])

# p35: sample evaluation report: technical, PO and production "approval"; report itself releases 240
case("p35_eval_report_approvals", ["RG007", "RG009"],
     "sample evaluation report: 'Technical approval: APPROVED', 'PO approval', 'Production approval: APPROVED - 240 pcs'; the report itself releases production against the written-release rule", [
    ("SE-2024-018.pdf", pdf([
        ("h1", "Nordhem Mode AB - Visual Merchandising Engineering"),
        ("h", "Sample evaluation report SE-2024-018"),
        ("table", [["PO", "4500-7842"], ["Supplier", "Manequins Atlântico, Lda."],
                   ["Part", "TRS-F-02 female torso form, linen cover, height 820 mm"],
                   ["Samples", "4 pcs, received 12.06.2024"],
                   ["PO note", "balance 240 pcs on hold until written release by Annika Holm after sample sign-off"]]),
        ("sp",),
        ("table", [["Check", "Requirement", "Result"],
                   ["Height", "820 mm ± 3", "821 mm"],
                   ["Neck cap", "walnut, Ø 90 mm", "OK"],
                   ["Pin-ability", "pins hold in linen cover", "OK"],
                   ["Stand thread", "M12x1,75", "OK"]]),
        ("sp",),
        ("h", "Result"),
        ("table", [["Technical approval", "APPROVED (Johan Ekström, 18.06.2024)"],
                   ["PO approval", "approved by Finance in SAP, 02.05.2024"],
                   ["Production approval", "APPROVED - supplier may produce the 240 pcs; this report is the go signal"]]),
    ], title="SE-2024-018", author="Johan Ekström")),
])

# p36: supplier status report: deposit received, so mass production started and wood bought for 8.000
case("p36_report_deposit_started", ["RG006", "RG012"],
     "supplier report: 'after receipt of your 30% deposit we started mass production 8.000 pcs' and bought beech wood for 8.000", [
    ("XJ_status_wk25_Nordhem.pdf", pdf([
        ("h1", "XIAMEN JINLU DISPLAY CO., LTD."),
        ("h", "Production status report - Nordhem Mode AB - week 25/2024"),
        ("table", [["PO", "Item", "Status", "Qty", "Remark"],
                   ["5500-0455", "HG-440-BK wooden hanger black", "sample lot shipped 12.06 (DHL 77 8812 3340)", "-", "waiting your comments"],
                   ["5500-0455", "HG-440-BK wooden hanger black", "mass production started 17.06", "8.000", "started after your 30% deposit EUR 2.208,00 received 14.06"]]),
        ("sp",),
        ("h", "Material"),
        ("table", [["Material", "Qty", "Status"],
                   ["Beech wood blanks 445x45x12 mm", "for 8.000 pcs", "purchased 15.06"],
                   ["Chrome hook 3,5 mm, salt spray 480 h", "8.000 pcs", "in stock"]]),
        ("sp",),
        ("p", "As your deposit is received, we understand the order is confirmed and mass production is running. "
              "Expected finish 12.07, shipment by 40HQ from Xiamen."),
        ("p", "Best regards, Kevin Lin, Production Dept."),
    ], title="Status week 25", author="Xiamen Jinlu")),
])

# p37: buyer supply plan: forecast quantities declared binding commitments
case("p37_supply_plan_binding", ["RG008"],
     "buyer supply plan: 'the quantities below are our forecast for 2025 and are binding purchase commitments; produce to this forecast'", [
    ("Nordhem_supply_plan_2025_hangers.pdf", pdf([
        ("h1", "NORDHEM MODE AB"),
        ("h", "Supply plan 2025 - hangers (Leveransplan)"),
        ("p", "Supplier: Shree Ganesh Display Systems Pvt. Ltd., Moradabad. Items: chrome wall bracket WB-300 and "
              "garment rail GR-1200. Issued 2024-06-26 by Karin Sjöberg, Purchasing."),
        ("table", [["Month 2025", "WB-300 (pcs)", "GR-1200 (pcs)", "Type"],
                   ["January", "1 800", "400", "forecast"],
                   ["February", "1 800", "400", "forecast"],
                   ["March", "2 400", "600", "forecast"],
                   ["April", "2 400", "600", "forecast"],
                   ["May", "1 200", "300", "forecast"],
                   ["June", "1 200", "300", "forecast"],
                   ["Total", "10 800", "2 600", ""]]),
        ("sp",),
        ("p", "The quantities above are our forecast for 2025 and are binding purchase commitments. Shree Ganesh "
              "shall produce to this forecast and keep the goods ready for monthly shipment; no further PO will be "
              "sent."),
        ("p", "Wall bracket WB-300: slot pitch 25 mm, load 40 kg per pair. Rail GR-1200: tube Ø 25 x 1,2 mm."),
    ], title="Supply plan 2025", author="Nordhem Mode AB")),
])

# p38: supplier order confirmation: 3 vs 2 samples; PO acceptance starts the series
case("p38_oc_po_acceptance", ["RG011", "RG012"],
     "supplier order confirmation: text confirms 'three (3) sample mannequins', table 2; 'with the acceptance of this PO we start the series production' despite the restated hold", [
    ("OC-ATL-24-0291.docx", docx_bytes([
        ("h1", "Confirmação de encomenda / Order confirmation OC-ATL-24-0291"),
        ("p", "Manequins Atlântico, Lda. · Rua da Cerâmica 212, 4430-058 Vila Nova de Gaia"),
        ("p", "Customer: Almacenes La Estrella S.A. de C.V. · Your PO LE-2024-0561 of 02.05.2024 · Our ref. Rui Carvalho"),
        ("p", "We confirm your order for three (3) sample mannequins MNQ-M-1850 (male, height 1850 mm, matte black)."),
        ("table", [["Pos", "Article", "Description", "Qty", "Unit EUR", "Total EUR"],
                   ["1", "MNQ-M-1850", "Male mannequin sample, FRP, matte black", "2", "420,00", "840,00"]]),
        ("sp",),
        ("p", "Your PO note: 'series quantity not released until written release by Patricia Ochoa after the sample "
              "sign-off by Luis Alberto Garza'."),
        ("p", "With the acceptance of this PO we start the series production in week 24, so that the stores receive "
              "the mannequins in time for the September openings."),
        ("p", "Com os melhores cumprimentos, Rui Carvalho, Comercial"),
    ], author="Rui Carvalho")),
])

# p39: buyer memo: make the pilot counters for the pilot store - no quantity, nothing about the rollout
case("p39_memo_pilot_noqty", ["RG003", "RG004", "RG005", "RG010"],
     "memo: 'please make the pilot checkout counters for the Umhlanga Ridge pilot store' - no quantity, no hold on the rollout, no event, no release person", [
    ("Memo_Umhlanga_pilot_counters.docx", docx_bytes([
        ("h1", "Memo"),
        ("table", [["From", "Pieter van der Merwe, Store Planning, FreshVeld Supermarkets"],
                   ["To", "Siam Retail Fixtures Co., Ltd. - attn. Somchai Wongsawat"],
                   ["Date", "29 May 2024"], ["Subject", "Umhlanga Ridge pilot store - checkout counters"]]),
        ("p", "Howzit Somchai,"),
        ("p", "Please make the pilot checkout counters for the Umhlanga Ridge pilot store, same spec as drawing "
              "DRG 3050 Rev 12 (CC-1200, stainless top 1,2 mm, load test 150 kg per shelf per EN 16121), body RAL 7021."),
        ("p", "Ship by sea to Durban in time for the opening on 1 October, before the 2025 rollout. Thandi will "
              "send the PO paperwork."),
        ("p", "Cheers, Pieter"),
    ], author="Pieter van der Merwe")),
])

# p40: minutes: "released" for the SAP PO and for production; supplier to buy sheet for all 4,000
case("p40_minutes_release_material", ["RG006", "RG009"],
     "minutes: PO 'released in SAP' vs 'production release'; supplier buys PMMA sheet for all 4,000 while 40 samples are released, no material authority", [
    ("Minutes_Dahye_Jinlu_2024-06-05.docx", docx_bytes([
        ("h1", "Meeting minutes - Dahye Beauty / Xiamen Jinlu"),
        ("p", "5 June 2024, Seongsu office, Seoul. Attendees: Lee Min-ho, Park Seo-yeon, Kim Ji-won (Dahye); "
              "Wendy Chen (Xiamen Jinlu)."),
        ("num", "PO KR-24-0241 for 40 sample acrylic brackets SB-180: released in SAP on 3 June (purchasing)."),
        ("num", "Production release of the balance 3,960 pcs: only after the VMD sample sign-off (Park Seo-yeon), "
                "issued in writing by Lee Min-ho. Balance on hold until then."),
        ("num", "Xiamen Jinlu will buy PMMA sheet 8 mm for all 4,000 pcs now, because of the long lead time "
                "(action: Wendy Chen)."),
        ("num", "Next meeting after the sample sign-off."),
    ], author="Kim Ji-won")),
])

# p41: call-off with stores but no quantities
case("p41_calloff_noqty", ["RG010"],
     "call-off for four stores 'quantities as per store layout drawings' - no quantity stated; remaining frame on hold until next call-off by Patricia", [
    ("CO-2024-0044_tiendas_18-21.docx", docx_bytes([
        ("h1", "Liberación de entrega / Call-off CO-2024-0044"),
        ("table", [["Contrato marco / Frame contract", "CM-2024-011 slatwall SW-1200 and shelf brackets BR-300"],
                   ["Proveedor / Supplier", "Baltic Shopfit UAB, Kaunas"],
                   ["Frame quantity", "2.400 panels, 9.600 brackets"],
                   ["Fecha", "2024-06-27"]]),
        ("p", "Please produce for stores 18-21 (Toluca, Pachuca, Celaya, Irapuato), delivery to CEDIS Tepotzotlán by "
              "30 August."),
        ("p", "Quantities: as per the store layout drawings from Proyectos de Tienda."),
        ("p", "The remaining frame quantity is on hold until the next call-off, signed by Patricia Ochoa, Directora "
              "de Expansión."),
        ("p", "Mariana Treviño, Compras"),
    ], author="Mariana Treviño")),
])

# p42: buyer portal: deposit paid -> "green light to start production"
case("p42_portal_deposit_greenlight", ["RG002", "RG012"],
     "buyer portal message 'anticipo pagado ... con esto tienen luz verde / green light to start production' on a 24-sample order whose 12,000 are on hold", [
    ("LaEstrella_portal_LE-2024-0590.html", html_page("Portal de Proveedores La Estrella - OC LE-2024-0590", T("""
<h2>Portal de Proveedores &ndash; Almacenes La Estrella</h2>
<p>Proveedor: Xiamen Jinlu Display Co., Ltd. (40881)</p>
<h3>Orden de compra LE-2024-0590</h3>
<table>
<tr><th>Pda</th><th>Artículo</th><th>Descripción</th><th>Alcance</th><th>Cant.</th><th>P.U. USD</th></tr>
<tr><td>1</td><td>HG-440-RJ</td><td>Gancho de madera 440 mm, rojo, logo / wooden hanger red</td><td>muestra</td><td>24</td><td>1.90</td></tr>
</table>
<p>Production quantity 12,000 pcs: not released until the sample sign-off by Luis Alberto Garza and the written release by Patricia Ochoa.</p>
<h3>Mensajes</h3>
<div class="note"><b>2024-06-11 &ndash; Compras (Mariana Treviño):</b> Anticipo del 30% pagado el 10/06/2024 (SPEI ref. 0061024-7781).
Con esto tienen luz verde para arrancar producción. / Deposit paid &ndash; green light to start production.</div>
""")).encode("utf-8")),
])

# p43: multi-file: cover mail + PDF sample PO + PDF supplier quote (46 production), release person named
_t = T("""
Dear Somchai,

Please find PO 4510-2302 for the 2 sample checkout counters CC-1500 (PDF) and your quotation
SRF-Q-0345 for the file.

Sipho Dlamini (Head of Store Development) is the release authority on this project.

Kind regards,
""") + sig("Thandi Nkosi", "Procurement - Store Equipment", "FreshVeld Supermarkets (Pty) Ltd", "+27 11 555 0142")
case("p43_bundle_po_quote", ["RG001", "RG003", "RG004"],
     "bundle: sample PO for 2 counters + supplier quote with 46 production, nothing marks the 46 informational or not released; Sipho named, no event", [
    eml("PO_4510-2302_cover.eml", mail(THANDI, SOMCHAI, "PO 4510-2302 - sample checkout counters CC-1500",
        "Mon, 17 Jun 2024 09:40:00 +0200", _t)),
    ("PO_4510-2302.pdf", pdf([
        ("h1", "FreshVeld Supermarkets (Pty) Ltd"),
        ("h", "PURCHASE ORDER 4510-2302"),
        ("table", [["Supplier", "Siam Retail Fixtures Co., Ltd."], ["Date", "2024-06-17"], ["Buyer", "Thandi Nkosi"]]),
        ("sp",),
        ("table", [["Line", "Article", "Description", "Scope", "Qty", "Unit ZAR", "Total ZAR"],
                   ["1", "CC-1500-P", "Checkout counter 1500 mm, stainless top, RAL 7021", "sample", "2", "24 600,00", "49 200,00"]]),
        ("sp",),
        ("p", "Quote reference SRF-Q-0345. Delivery CIF Durban, week 30."),
    ], title="PO 4510-2302", author="FreshVeld")),
    ("SRF-Q-0345.pdf", pdf([
        ("h1", "SIAM RETAIL FIXTURES CO., LTD."),
        ("h", "QUOTATION SRF-Q-0345"),
        ("table", [["Customer", "FreshVeld Supermarkets (Pty) Ltd"], ["Date", "2024-06-05"],
                   ["Item", "CC-1500 checkout counter 1500 mm, stainless top 1,2 mm, belt 2,2 m"]]),
        ("sp",),
        ("table", [["Qty", "Type", "Unit ZAR", "Lead time"],
                   ["2", "prototype / sample", "24 600,00", "6 weeks"],
                   ["46", "production", "19 950,00", "10 weeks"]]),
        ("p", "Price CIF Durban. Validity 60 days."),
    ], title="SRF-Q-0345", author="Siam Retail Fixtures")),
])

# p44: multi-file: PO (500 pilot, 7 500 on hold) + supplier proforma for 5,000 on a mistyped PO number, production on deposit
case("p44_po_vs_proforma", ["RG011", "RG012"],
     "PO 4500-8177 releases 500 pilot hangers; supplier proforma cites 'PO 4500-8171', 5,000 pcs and 'production will start upon receipt of the deposit'", [
    ("PO_4500-8177.pdf", pdf([
        ("h1", "NORDHEM MODE AB"),
        ("h", "INKÖPSORDER / PURCHASE ORDER 4500-8177"),
        ("table", [["Supplier", "Xiamen Jinlu Display Co., Ltd."], ["Date", "2024-05-27"], ["Buyer", "Karin Sjöberg"]]),
        ("sp",),
        ("table", [["Pos", "Article", "Description", "Scope", "Qty", "Unit EUR", "Amount EUR"],
                   ["10", "HG-440-BK", "Wooden hanger 440 mm, black lacquer, chrome hook", "pilot (sample)", "500", "0,92", "460,00"]]),
        ("sp",),
        ("p", "Balance of 7 500 hangers is not released. It is released only after the sample sign-off by Johan "
              "Ekström and a written release from Annika Holm, Head of Store Development."),
        ("p", "Material authority: sample-only (500 pcs)."),
    ], title="PO 4500-8177", author="Nordhem Mode AB")),
    ("XJ-PI-24-0233.pdf", pdf([
        ("h1", "XIAMEN JINLU DISPLAY CO., LTD."),
        ("h", "PROFORMA INVOICE XJ-PI-24-0233"),
        ("table", [["Buyer", "Nordhem Mode AB, Borås, Sweden"], ["Your PO", "4500-8171"], ["Date", "2024-05-29"]]),
        ("sp",),
        ("table", [["Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
                   ["HG-440-BK", "Wooden hanger 440 mm black, chrome hook", "5,000", "0.92", "4,600.00"],
                   ["", "30% deposit", "", "", "1,380.00"]]),
        ("sp",),
        ("p", "Production will start upon receipt of the deposit. Balance 70% against B/L copy."),
        ("p", "Bank: Bank of China, Xiamen Tong'an sub-branch. SWIFT BKCHCNBJ73A."),
    ], title="XJ-PI-24-0233", author="Xiamen Jinlu")),
])

# p45: multi-file: buyer portal release (1,500, PO KR-24-0274) vs supplier mail (1,050, PO KR-24-0290)
case("p45_portal_vs_supplier_mail", ["RG011"],
     "portal release: 1,500 pcs on PO KR-24-0274; supplier mail confirms 1,050 pcs on PO KR-24-0290", [
    ("Dahye_portal_PR-24-0067.html", html_page("Dahye Beauty Supplier Portal - Production release PR-24-0067", T("""
<h2>Dahye Beauty Supplier Portal</h2>
<h3>Production release PR-24-0067</h3>
<table>
<tr><th>PO</th><td>KR-24-0274 &ndash; SB-250 acrylic shelf bracket, clear 8 mm</td></tr>
<tr><th>Supplier</th><td>Xiamen Jinlu Display Co., Ltd.</td></tr>
<tr><th>Samples</th><td>40 pcs, sample sign-off 28.05.2024 (Park Seo-yeon, VMD)</td></tr>
<tr><th>Released with this release</th><td>1,500 pcs</td></tr>
<tr><th>Balance on hold</th><td>2,460 pcs &ndash; not released until the next written release</td></tr>
<tr><th>Authorized by</th><td>Lee Min-ho, Team Leader Store Development, 2024-06-03</td></tr>
</table>
<p class="note">Material authority: 1,500 pcs.</p>
""")).encode("utf-8")),
    txt("Mail_Jinlu_release_confirmation.txt", """
From: Wendy Chen <wendy@jinlu-display.com>
To: Lee Min-ho <minho.lee@dahyebeauty.co.kr>
Date: Tue, 04 Jun 2024 09:18 +0800
Subject: Release PR-24-0067 confirm

Dear Mr. Lee,

Thank you for release PR-24-0067 against PO KR-24-0290. We confirm production 1,050 pcs SB-250,
finish on 28 June and ship by LCL to Busan.

Best regards
Wendy Chen 陈雯
Xiamen Jinlu Display Co., Ltd.
"""),
])


# ================================================================= BUILD
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(191191).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
        folder = f"h191_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    build()
