#!/usr/bin/env python3
"""Generator for the releasegate check_holdout151 corpus (cosmetics fill-and-finish).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout151/build.py

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
    m["Message-ID"] = msgid or f"<h151-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h151")
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


def wa(lines):
    """WhatsApp-style export: list of (date, time, sender, text)."""
    return "\n".join(f"[{d}, {t}] {s}: {x}" for d, t, s, x in lines) + "\n"


def kakao(title, saved, day_lines):
    """KakaoTalk English export. day_lines: list of (day_header, [(sender, time, text), ...])."""
    out = [f"{title} KakaoTalk Chats", f"Date Saved : {saved}", ""]
    for day, msgs in day_lines:
        out.append(f"--------------- {day} ---------------")
        for s, t, x in msgs:
            out.append(f"[{s}] [{t}] {x}")
    return "\n".join(out) + "\n"


def wechat(title, lines):
    """WeChat export: list of (datetime, sender, text)."""
    out = [f"WeChat chat history with {title}", "=" * 48, ""]
    for dt, s, x in lines:
        out.append(f"{dt}  {s}")
        out.append(x)
        out.append("")
    return "\n".join(out)


def quote_lines(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


# =================================================================== BATCH 1
# ---- c01: supplier quote with lab / pilot / commercial tiers (no authorization) -> clean
case("c01_quote_tiers", [], "Supplier quote only: lab, stability, pilot and commercial tiers; no authorized quantity, nothing to release.", [
    ("HCL-Q-2318_quotation.pdf", pdf([
        ("h1", "QUOTATION HCL-Q-2318"),
        ("p", "Hanbit Cosmetic Labs Co., Ltd. | 42, Osongsaengmyeong 1-ro, Heungdeok-gu, Cheongju-si, Chungcheongbuk-do, Korea | CGMP / ISO 22716:2007 certified"),
        ("p", "To: Glow Theory Inc., 181 Kent Ave, Brooklyn NY 11249, USA. Attn. Ms. Priya Shah, Product Development"),
        ("p", "Date: 2024-04-08. Validity: 60 days. Incoterm: FOB Busan. Currency: USD."),
        ("h", "Product: Niacinamide 10% + Zinc Serum, 30 ml amber glass, dropper (SKU GT-NS30)"),
        ("table", [
            ["Stage", "Quantity", "Unit price (USD)", "Lead time", "Remarks"],
            ["Lab batch (bench)", "3 x 500 g bulk", "lump sum 650.00", "2 weeks", "formula tuning, 2 rounds incl."],
            ["Stability samples", "36 pcs", "6.40", "3 weeks", "3 conditions x 12 pcs (4C / 25C / 45C)"],
            ["Pilot batch", "500 pcs", "3.10", "5 weeks", "incl. challenge test ISO 11930"],
            ["Commercial batch", "15,000 pcs", "1.92", "8 weeks after PO", "MOQ 15,000 per shade/SKU"],
            ["Commercial batch", "30,000 pcs", "1.78", "9 weeks after PO", ""],
        ]),
        ("sp",),
        ("p", "Fill weight 30 ml +/- 0.5 ml, checked 1 in 50. Components (bottle, dropper, carton) sourced by Hanbit unless customer-supplied. PIF support documents (CPSR inputs, INCI list, SDS) included for pilot and commercial stages."),
        ("p", "Notes: Prices are based on bulk formula HCL-F-77120 rev. 3. Carton printing plates charged separately (USD 180 per colour). This quotation is an offer only; filling of any stage starts on receipt of the customer's purchase order or written release for that stage."),
        ("p", "Prepared by: Ji-hoon Lee, Overseas Sales Manager | jihoon.lee@hanbitlabs.co.kr | +82 43 710 2200"),
    ], title="HCL-Q-2318", author="Hanbit Cosmetic Labs")),
])

# ---- c02: French brand PO for pilot jars, complete scope note -> clean
case("c02_po_pilot_complete", [], "Pilot PO states 250 jars active, 5.750 not released, unlock = pilot stability + challenge test sign-off, release by Sophie Martin; material sample-only.", [
    ("BC-ML-24-0317.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER BC-ML-24-0317"),
        ("p", "Maison Lumière Cosmétiques SAS, 14 quai Saint-Vincent, 69001 Lyon, France. SIRET 812 447 309 00021. TVA FR 41 812447309"),
        ("p", "Fournisseur / Supplier: Cosmofill Lombarda S.r.l., Via dell'Industria 18, 26013 Crema (CR), Italia"),
        ("p", "Date: 03/05/2024. Acheteuse / Buyer: Camille Garnier. Conditions: 30 jours fin de mois. Incoterm: DAP Lyon."),
        ("table", [
            ["Ligne", "Réf.", "Désignation", "Qté", "PU (EUR)", "Total (EUR)"],
            ["10", "ML-CV50", "Crème Veloutée 50 ml, pot verre + capot bois — lot pilote", "250", "4,20", "1.050,00"],
            ["20", "ML-CV50-ST", "Échantillons de stabilité (inclus ligne 10)", "24", "0,00", "0,00"],
        ]),
        ("sp",),
        ("p", "Total HT: 1.050,00 EUR. Référence devis: CL-24-118 du 22/04/2024."),
        ("h", "Scope of this order (please read)"),
        ("p", "This order covers the pilot batch only: 250 jars, of which 24 go to our stability chamber. The commercial batch of 6.000 jars shown in quote CL-24-118 is not ordered by this document. The remaining 5.750 jars are not released and stay on hold."),
        ("p", "They can be released only after our sign-off of the pilot (stability 3 months at 40 C and challenge test to ISO 11930), and then only by a written production release signed by Sophie Martin, Directrice des Opérations. Please buy bulk raw materials and components for the 250 pilot jars only."),
        ("p", "Fill weight 50 ml +/- 1,5 ml. Batch coding per our spec QS-07 rev. 2. Certificate of analysis and fill-weight record with the delivery."),
        ("p", "Signature acheteuse: Camille Garnier, Responsable Achats"),
    ], title="BC-ML-24-0317", author="Maison Lumiere Cosmetiques")),
])

# ---- c03: full-quantity production PO that says proceed -> clean
case("c03_po_full_qty", [], "Full-quantity production PO (12,000), scoped 'proceed with the 12,000'; no balance exists.", [
    ("FB-PO-2291.pdf", pdf([
        ("h1", "PURCHASE ORDER FB-PO-2291"),
        ("p", "Fernwood Botanics, LLC | 2030 SE 7th Ave, Portland, OR 97214 | purchasing@fernwoodbotanics.com"),
        ("p", "Vendor: Sunbelt Contract Fill LLC, 9400 Ambassador Row, Dallas, TX 75247. Vendor #: V-0388"),
        ("p", "PO date: 05/14/2024   Terms: Net 45   Ship via: LTL, FOB Origin   Buyer: Emily Carter"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit $", "Ext $"],
            ["1", "FB-LO4-ROSE", "Lip Oil 4 ml, Rosehip, clear vial + doe-foot", "6,000", "EA", "1.14", "6,840.00"],
            ["2", "FB-LO4-MINT", "Lip Oil 4 ml, Peppermint, clear vial + doe-foot", "6,000", "EA", "1.14", "6,840.00"],
        ]),
        ("sp",),
        ("p", "Order total: 12,000 EA / $13,680.00. Pilot lot PL-0412 was signed off by our QA on 04/29/2024 (ref. QA memo 24-031)."),
        ("p", "This PO is the production release for the full 12,000 units listed above. There is no open balance and no further quantity under quote SCF-Q-1187. Please proceed with the 12,000 units per the delivery schedule: 6,000 by 06/21 and 6,000 by 07/12."),
        ("p", "Fill weight 4.0 ml +/- 0.2 ml. Lot code on vial base. COA per lot. Pallets max 48 in. high, shrink-wrapped, labeled with PO number."),
        ("p", "Authorized by: Emily Carter, Director of Operations"),
    ], pagesize=LETTER, title="FB-PO-2291", author="Fernwood Botanics")),
])

# ---- c04: WhatsApp, supplier asks for go-ahead, buyer answers with full scope -> clean
case("c04_whatsapp_question", [], "Supplier asks 'go-ahead for the 2k?' (question); buyer answer names 200 active, 1.800 on hold, stability sign-off, Mariana releases.", [
    ("WhatsApp Chat with Chen Li Meiyan.txt", wa([
        ("02/07/2024", "08:41:10", "Chen Li Meiyan", "Good morning Mariana! Pilot body butter 200g all filled yesterday, photos below"),
        ("02/07/2024", "08:41:33", "Chen Li Meiyan", "<Media omitted>"),
        ("02/07/2024", "08:41:35", "Chen Li Meiyan", "<Media omitted>"),
        ("02/07/2024", "09:02:17", "Mariana Costa", "Bom dia Li! Ficou lindo 😍 the cupuaçu colour is exactly the lab sample"),
        ("02/07/2024", "09:05:48", "Chen Li Meiyan", "Thank you! Question from our planning team: do we have the go-ahead for the 2k? They want to book line 3 for week 30"),
        ("02/07/2024", "09:19:02", "Mariana Costa", "Not yet, sorry 🙏 Only the 200 pilot jars are released (PO FC-1147). The other 1.800 stay on hold until I sign off the stability results, expected 15/07. After that I will send the written release myself, with the quantity"),
        ("02/07/2024", "09:19:40", "Mariana Costa", "So please don't book bulk or jars for the 1.800 yet"),
        ("02/07/2024", "09:21:12", "Chen Li Meiyan", "Understood, we keep line 3 tentative only. Pilot ships Friday by air to GRU"),
        ("02/07/2024", "09:22:01", "Mariana Costa", "Perfeito, obrigada! 🙌"),
    ])),
])

# ---- c05: UK retailer labelled forecast -> clean
case("c05_forecast_labelled", [], "Clearly labelled rolling forecast, not a PO, nothing committed or released.", [
    ("BB_rolling_forecast_wk24.txt", """BRAMBLE & BLOOM LTD                          SUPPLIER PLANNING REPORT
Unit 4, Trafford Wharf Rd, Manchester M17 1DJ             Run: 14/06/2024 07:02
Supplier: KOSMO-PAK SP. Z O.O. (LODZ)  Acct: SUP-00217    Page 1 of 1

*** ROLLING FORECAST - FOR PLANNING ONLY - THIS IS NOT A PURCHASE ORDER ***
*** NO QUANTITY BELOW IS ORDERED, RELEASED OR COMMITTED BY BRAMBLE & BLOOM ***

SKU          DESCRIPTION                    JUL-24   AUG-24   SEP-24   OCT-24   NOV-24
-----------  -----------------------------  -------  -------  -------  -------  -------
BB-HC75-LAV  HAND CREAM 75ML LAVENDER         2,400    3,000    4,800    6,000    7,200
BB-HC75-OAT  HAND CREAM 75ML OAT & HONEY      1,200    1,800    2,400    3,600    3,600
BB-BL200-FIG BODY LOTION 200ML FIG                0      600    1,200    1,800    2,400
-----------  -----------------------------  -------  -------  -------  -------  -------
TOTAL                                          3,600    5,400    8,400   11,400   13,200

Firm orders are placed only by call-off against the frame PO and are not shown here.
Questions: Oliver Grant, Senior Buyer, oliver.grant@brambleandbloom.co.uk
"""),
])

# ---- c06: engineering sign-off scoped to fill-weight check -> clean
_c06_text = """Dear Mr. Choi,

Thank you for sending the pilot tubes so quickly. Our lab finished the check this morning.

Result: the 40 pilot tubes of Cica Barrier Cream 50 ml (PO DB-2405-017) are approved for
the fill-weight and leak check only. Average fill 50.6 g, min 50.1 g, all 40 passed the
vacuum leak test. This is not a production release.

For clarity: PO DB-2405-017 covers the 40 pilot tubes only. The 8,000 commercial tubes stay
on hold until the 12-week stability finishes (pull dates 6/3, 7/1, 8/26). After the stability
report is signed, Seo-yeon Kim (Purchasing Team Lead) will send you the written production
release with the quantity.

Small request: please use the matte cap (Pantone 7527C) for the next round, the glossy one
showed fingerprints in our photo shoot.

Best regards,
Joon-ho Park
Senior Researcher, R&D Center
Dalbit Beauty Co., Ltd. | 12F, 311 Gangnam-daero, Seocho-gu, Seoul
Tel +82 2 6952 0418
"""
case("c06_signoff_scoped", [], "Technical sign-off scoped to fill-weight/leak check, 'not a production release'; 40 active, 8,000 on hold, stability report, Seo-yeon Kim releases.", [
    ("RE_Pilot tubes Cica Barrier Cream.eml", eml_bytes(mail(
        "Joon-ho Park <jh.park@dalbitbeauty.co.kr>", "Dong-hyun Choi <dh.choi@seorinfp.co.kr>",
        "RE: Pilot tubes Cica Barrier Cream / PO DB-2405-017", "Tue, 21 May 2024 10:12:44 +0900",
        _c06_text, cc="Seo-yeon Kim <sy.kim@dalbitbeauty.co.kr>"))),
])

# ---- c07: call-off with staged material authority above release -> clean
case("c07_calloff_staged", [], "Call-off releases 3,000; explicit staged material authority to 9,000 at buyer liability; balance 6,000 not released until next call-off by Oliver Grant.", [
    ("CALLOFF_BB-FR-0042-03.txt", """BRAMBLE & BLOOM LTD - CALL-OFF AGAINST FRAME ORDER
=====================================================================
FRAME PO     : BB-FR-0042            CALL-OFF NO : 03
SUPPLIER     : KOSMO-PAK SP. Z O.O., UL. WOLCZANSKA 212, 90-531 LODZ
DATE         : 03/07/2024            BUYER       : O. GRANT
---------------------------------------------------------------------
SKU          DESCRIPTION                 FRAME QTY  PREV REL  THIS REL
BB-HC75-LAV  HAND CREAM 75ML LAVENDER       12,000     3,000     3,000
---------------------------------------------------------------------
RELEASED FOR FILLING BY THIS CALL-OFF : 3,000 EA  (DELIVER WK 33)
CUMULATIVE RELEASED                   : 6,000 EA
BALANCE NOT RELEASED                  : 6,000 EA - ON HOLD UNTIL NEXT
                                        CALL-OFF SIGNED BY O. GRANT
MATERIAL AUTHORITY                    : STAGED. SUPPLIER MAY BUY AND HOLD
                                        BULK, TUBES (ALU 35X120) AND
                                        CARTONS FOR UP TO 9,000 EA AT
                                        BRAMBLE & BLOOM LIABILITY. NOT
                                        ABOVE 9,000 EA WITHOUT WRITTEN
                                        AMENDMENT.
---------------------------------------------------------------------
SPEC: FILL 75ML +/-2ML | BATCH CODE ON CRIMP | COA + MICRO PER BATCH
DELIVERY: DAP MANCHESTER M17, EUR PALLETS, MAX 1.2M
CONTACT: OLIVER GRANT, SENIOR BUYER, +44 161 555 0192
"""),
])

# ---- c08: explicit recorded auto-conversion -> clean
case("c08_autoconversion_explicit", [], "Explicit recorded auto-conversion: signer, quantity 5,000, conditions; above 5,000 not released, Nathalie Roux releases.", [
    ("Accord_conversion_AS-24-0091.docx", docx_bytes([
        ("h1", "Auto-conversion agreement — PO AS-24-0091, line 2"),
        ("p", "Between Atelier Sève SAS (Paris) and Laboratori Riva S.r.l. (Bergamo). Product: Huile Démaquillante 150 ml, bulk formula LR-4471 rev. B."),
        ("p", "Recorded on 12 April 2024 and signed by Nathalie Roux, Directrice Supply Chain, Atelier Sève, who holds release authority up to 10.000 units."),
        ("h", "What this agreement does"),
        ("p", "PO AS-24-0091 line 1 covers 48 stability samples. If the 48 samples are signed off by Atelier Sève quality against all conditions in the table below, that sign-off releases 5.000 units of line 2 for filling, with no further document needed."),
        ("table", [
            ["Condition", "Limit", "Evidence"],
            ["pH after 8 weeks at 40 C", "5,2 – 5,8", "Riva stability report"],
            ["Viscosity (Brookfield, 25 C)", "within +/-15% of t0", "Riva stability report"],
            ["Fill weight", "150 ml +/- 3 ml", "fill record, n = 48"],
            ["Challenge test", "criteria A, ISO 11930", "external lab certificate"],
        ]),
        ("h", "What it does not do"),
        ("p", "Line 2 shows 12.000 units in quote LR-Q-24-061. Only the 5.000 units above convert automatically. The other 7.000 units are not released and need a separate written release signed by Nathalie Roux. If any condition is missed, nothing converts and the 5.000 stay on hold as well."),
        ("p", "Material authority: bulk and components for up to 5.000 units once the samples are signed off; before that, for the 48 samples only."),
        ("p", "Signed: Nathalie Roux, Directrice Supply Chain — Paolo Conti, Direttore Commerciale, Laboratori Riva"),
    ], author="Nathalie Roux")),
])
# ---- p01: sample PO + quote attached, silent on balance -> RG001 RG003 RG004 RG005
_p01_po = pdf([
    ("h1", "PURCHASE ORDER GT-10482"),
    ("p", "Glow Theory Inc. | 181 Kent Ave, Brooklyn NY 11249 | ap@glowtheory.com"),
    ("p", "Supplier: Hanbit Cosmetic Labs Co., Ltd., Cheongju-si, Korea. Supplier ID: HCL-KR-01"),
    ("p", "PO date: 04/19/2024. Payment: 50% T/T in advance, 50% before shipment. Ship: DHL Express to Brooklyn."),
    ("table", [
        ["Line", "SKU", "Description", "Qty", "Unit (USD)", "Amount (USD)"],
        ["1", "GT-NS30", "Niacinamide 10% + Zinc Serum 30 ml — lab samples", "120", "4.80", "576.00"],
        ["2", "GT-NS30-PLT", "Print plates, carton 2 colours", "1", "360.00", "360.00"],
    ]),
    ("p", "Total: USD 936.00. Reference: quote HCL-Q-2291 dated 04/02/2024."),
    ("p", "Fill 30 ml +/- 0.5 ml. Please include COA, fill-weight record and INCI list for our PIF."),
    ("p", "Buyer: Megan Alvarez, Purchasing"),
], pagesize=LETTER, title="GT-10482", author="Glow Theory")
_p01_q = pdf([
    ("h1", "QUOTATION HCL-Q-2291"),
    ("p", "Hanbit Cosmetic Labs Co., Ltd. To: Glow Theory Inc. Date: 2024-04-02. Validity 60 days. FOB Busan."),
    ("table", [
        ["Item", "Quantity", "Unit price USD", "Lead time"],
        ["Lab samples, Niacinamide Serum 30 ml", "120 pcs", "4.80", "3 weeks"],
        ["Commercial batch, Niacinamide Serum 30 ml", "15,000 pcs", "1.92", "8 weeks"],
        ["Print plates (2 colours)", "1 set", "360.00", "-"],
    ]),
    ("p", "Bulk formula HCL-F-77102 rev. 2. Components sourced by Hanbit. Prices exclude US duties."),
    ("p", "Ji-hoon Lee, Overseas Sales Manager"),
], title="HCL-Q-2291", author="Hanbit Cosmetic Labs")
_p01_txt = """Hi Ji-hoon,

Hope the team had a good weekend! As promised on Thursday's call, please find attached our
PO GT-10482 for the lab samples of the Niacinamide 10% + Zinc Serum, 120 units.

I've also attached your quote HCL-Q-2291 so our accounting team can match the unit prices
when the invoice comes in (they were asking about the plate charge).

A few notes from Priya:
- dropper should be the black rubber bulb, not the white one from the first mock-up
- please keep the amber glass, the clear one leaked light in our test
- carton artwork v4 is in the shared folder

50% deposit will go out once we receive your PI. Let me know if anything is unclear.

Thanks so much,
Megan
""" + sig("Megan Alvarez", "Purchasing Manager", "Glow Theory Inc. | Brooklyn, NY", "+1 718 555 0143")
case("p01_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 120 with quote showing 15,000 attached; nothing says balance not released, no unlock event, no release person.", [
    ("PO GT-10482 lab samples.eml", eml_bytes(mail(
        "Megan Alvarez <megan@glowtheory.com>", "Ji-hoon Lee <jihoon.lee@hanbitlabs.co.kr>",
        "PO GT-10482 - Niacinamide Serum lab samples", "Mon, 22 Apr 2024 09:31:05 -0400", _p01_txt,
        cc="Priya Shah <priya@glowtheory.com>",
        attachments=[("GT-10482.pdf", _p01_po, PDF_MT), ("HCL-Q-2291.pdf", _p01_q, PDF_MT)]))),
])

# ---- p02: pilot PO complete, but a 12,000 quote-tier column sits unexplained -> RG001
case("p02_po_tier_column", ["RG001"],
     "Pilot PO scope is complete for the 9,000 commercial batch, but a 'quote tier' column shows 12,000 per SKU with nothing saying it is informational.", [
    ("NS-PO-7734.pdf", pdf([
        ("h1", "PURCHASE ORDER NS-PO-7734"),
        ("p", "Northlight Skincare Ltd, 3 Brewery Yard, Deptford, London SE8 3JQ, United Kingdom. VAT GB 318 4471 09"),
        ("p", "Supplier: Cosmofill Lombarda S.r.l., Via dell'Industria 18, 26013 Crema (CR), Italy"),
        ("p", "Date: 07/05/2024. Buyer: James Okafor. Quote ref: CL-24-131. Delivery: DAP London, pilot by 14/06/2024."),
        ("table", [
            ["SKU", "Description", "Pilot qty (this PO)", "Quote tier qty", "Unit price EUR"],
            ["NS-VC15", "Vitamin C 15% serum 30 ml, airless", "100", "12,000", "3.85"],
            ["NS-RET2", "Retinal 0.2% night cream 50 ml, jar", "100", "12,000", "4.40"],
            ["NS-PEP", "Peptide eye gel 15 ml, tube", "100", "12,000", "2.95"],
        ]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This purchase order authorises the pilot quantities only: 300 units in total, 100 per SKU. The first commercial batch of 3,000 units per SKU (9,000 in total) is not released by this PO and remains on hold."),
        ("p", "The commercial batch will only be released after our sign-off of the pilot (PIF review, 8-week stability, challenge test), by a written production release from James Okafor, Head of Supply. Bulk and components: pilot quantities only."),
        ("p", "Spec: fill weights per technical sheet TS-NS rev. 5; airless pump priming check 100%; batch code laser on base."),
        ("p", "James Okafor, Head of Supply, Northlight Skincare"),
    ], title="NS-PO-7734", author="Northlight Skincare")),
])

# ---- p04: release for 2,500 with launch-allocation attachment showing 18,000 -> RG001
_p04_html = html_page("Launch allocation - Oat & Honey hand cream", """
<h2>Autumn launch allocation — BB-HC75-OAT Hand Cream 75 ml Oat &amp; Honey</h2>
<p>Prepared by Merchandising, 28/05/2024. Store grades per autumn planogram v3.</p>
<table>
<tr><th>Channel</th><th>Stores</th><th>Units</th><th>In-store date</th></tr>
<tr><td>Grade A stores</td><td>64</td><td>7,680</td><td>02/09/2024</td></tr>
<tr><td>Grade B stores</td><td>118</td><td>7,080</td><td>09/09/2024</td></tr>
<tr><td>Online (DC Warrington)</td><td>1</td><td>3,240</td><td>26/08/2024</td></tr>
<tr><td><b>Total launch</b></td><td></td><td><b>18,000</b></td><td></td></tr>
</table>
<p>Gift-with-purchase: 2 ml sachets handled under a separate project.</p>
""")
_p04_txt = """Hi Agnieszka,

Production release PR-07 for PO BB-5540 (Hand Cream 75 ml Oat & Honey):

- released for filling now: 2,500 units, delivery week 32
- the remaining 7,500 units of the 10,000 on the PO stay on hold and are not released
- they will be released only by the next call-off, which I will sign myself

Material: bulk and tubes for the 2,500 only, please.

Attached is the launch allocation our merchandising team shared this morning, so you can see
how the stores are graded. Case packs of 12 as before.

Thanks for turning the pilot round so quickly - the team loved the new crimp.

Hannah
""" + sig("Hannah Whitfield", "Head of Supply", "Bramble & Bloom Ltd, Manchester", "+44 161 555 0110")
case("p04_release_launch_plan", ["RG001"],
     "Release of 2,500 is complete (7,500 on hold, next call-off, Hannah) but the attached launch plan shows 18,000 units with nothing saying it is informational.", [
    ("PR-07 Oat and Honey.eml", eml_bytes(mail(
        "Hannah Whitfield <hannah.whitfield@brambleandbloom.co.uk>", "Agnieszka Nowak <a.nowak@kosmo-pak.pl>",
        "PR-07 / PO BB-5540 Oat & Honey - release 2,500", "Wed, 29 May 2024 11:04:19 +0100", _p04_txt,
        attachments=[("launch_allocation_OAT.html", _p04_html, "text/html")]))),
])

# ---- p06: quoted complete scope, then "You're good to run!" -> RG002
_p06_orig = """Hi Tanya,

PO FB-2207 attached. It covers 150 pilot units of the Cleansing Balm 100 g only.
The remaining 4,850 units from your quote are not released and stay on hold until our
4-week stability and micro results are signed off. I (Emily Carter, Director of Operations)
will then send the production release in writing.

Best,
Emily"""
_p06_mid = """Hi Emily,

Pilot is done - 150 units filled Tuesday, swirl top came out nicely. Photos and the fill-weight
sheet attached. Let us know your feedback!

Tanya Mills
Customer Success, Pacific Pour Labs

On Apr 2, 2024, at 8:12 AM, Emily Carter wrote:
""" + quote_lines(_p06_orig)
_p06_txt = """Tanya - these look amazing!! The swirl is exactly what our creative director wanted and
the tin lids close so much better than the last supplier's.

You're good to run! Let's chat Thursday about the shipping labels and the Target DC routing.

Emily

On Apr 24, 2024, at 4:55 PM, Tanya Mills <tanya@pacificpourlabs.com> wrote:
""" + quote_lines(_p06_mid) + "\n" + sig("Emily Carter", "Director of Operations", "Fernwood Botanics, Portland OR", "+1 503 555 0177")
case("p06_good_to_run", ["RG002"],
     "Quoted PO scope is complete, but the buyer's reply 'You're good to run!' names neither sample-only nor a quantity.", [
    ("Re_ Pilot Cleansing Balm photos.eml", eml_bytes(mail(
        "Emily Carter <emily@fernwoodbotanics.com>", "Tanya Mills <tanya@pacificpourlabs.com>",
        "Re: Pilot Cleansing Balm - photos + fill weights", "Thu, 25 Apr 2024 07:48:30 -0700", _p06_txt,
        in_reply_to="<h151-pp-0424@pacificpourlabs.com>"))),
])

# ---- p07: KakaoTalk, "approved" without scope -> RG002
case("p07_kakao_approved", ["RG002"],
     "Chat opens with complete scope (60 active, 5,940 on hold, 8-week stability, Seo-yeon releases); later buyer says 'approved' with no scope.", [
    ("KakaoTalk_Seorin_Dalbit_lip.txt", kakao("Seorin x Dalbit Lip Tint", "2024-06-20 18:44", [
        ("Monday, June 3, 2024", [
            ("김서연 Seo-yeon Kim", "10:02 AM", "Good morning manager Choi~ PO DB-2406-031 sent by email just now"),
            ("김서연 Seo-yeon Kim", "10:03 AM", "It is for 60 pilot lip tints only (3 shades x 20). Rest 5,940 of the 6,000 is not released, please hold. Release only after 8 week stability OK and my written release (Seo-yeon Kim, Purchasing Team Lead)"),
            ("최동현 Dong-hyun Choi", "10:15 AM", "네 confirmed. 60ea pilot, fill 4.5g. We send color swatch first"),
        ]),
        ("Wednesday, June 19, 2024", [
            ("최동현 Dong-hyun Choi", "3:21 PM", "Pilot shade 02 Fig and 03 Brick photo"),
            ("최동현 Dong-hyun Choi", "3:21 PM", "Photo"),
            ("최동현 Dong-hyun Choi", "3:22 PM", "Photo"),
            ("최동현 Dong-hyun Choi", "3:24 PM", "Please check and give us answer, line schedule is tight in July"),
            ("김서연 Seo-yeon Kim", "4:40 PM", "Wow so pretty 😍 team meeting just finished"),
            ("김서연 Seo-yeon Kim", "4:41 PM", "네 approved 👍👍 color is perfect"),
            ("최동현 Dong-hyun Choi", "4:43 PM", "감사합니다! 🙇"),
        ]),
    ])),
])

# ---- p08: WeChat, deposit sent + "green light, go ahead" -> RG002 RG012
case("p08_wechat_deposit_green", ["RG002", "RG012"],
     "Scope complete at the start; later buyer ties the deposit to a 'green light, go ahead' with no quantity.", [
    ("WeChat_Lily_Chen_Meiyan.txt", wechat("Lily Chen (Meiyan Biotech)", [
        ("2024-03-11 21:14:02", "Megan Alvarez", "Hi Lily! PO GT-10511 sent to your email. It's for the 300 pilot eye creams (15 ml tube) only."),
        ("2024-03-11 21:15:40", "Megan Alvarez", "The 6,000 commercial tubes are NOT released yet. They stay on hold until our stability + challenge test sign-off, then Daniel Brooks (VP Ops) sends the production release in writing."),
        ("2024-03-12 08:03:55", "Lily Chen", "Received, thank you Megan. 300pcs pilot, we will send PI today"),
        ("2024-03-12 08:04:10", "Lily Chen", "[File] PI-MY240312-07.pdf"),
        ("2024-03-14 22:47:31", "Megan Alvarez", "Deposit TT went out this morning, you should see it tomorrow 🙌"),
        ("2024-03-14 22:47:58", "Megan Alvarez", "So that's the green light from our side, go ahead!"),
        ("2024-03-15 09:12:20", "Lily Chen", "Great, thank you! I tell the factory"),
    ])),
])

# ---- p27: supplier has bought bulk and jars for full 6.000 -> RG006
_p27_orig = """Dear Giulia,

Please find our PO BC-ML-24-0341 for the pilot batch of Sérum Éclat 30 ml: 250 bottles.
The other 5.750 bottles of the commercial batch in your quote are not released and remain
on hold until we sign off the pilot (stability + challenge test). The production release will
come in writing from Sophie Martin, our Directrice des Opérations.

Bien cordialement,
Camille Garnier
Responsable Achats, Maison Lumière Cosmétiques"""
_p27_txt = """Dear Camille,

thank you very much for the order, we confirm the 250 pilot bottles of Sérum Éclat 30 ml,
filling planned in week 19, delivery to Lyon in week 20.

To protect your launch date in September we have already ordered the bulk raw materials
(including the encapsulated vitamin C, which has 9 weeks of lead time) and the 6.000 glass
bottles with droppers from our supplier in Brescia. They will be in our warehouse at the
beginning of June, so we are ready as soon as you give us the news.

The certificate of analysis and the fill-weight record will travel with the pilot goods.

Kind regards / Cordiali saluti
Giulia Ferrari
Key Account Manager - Cosmofill Lombarda S.r.l.
Via dell'Industria 18, 26013 Crema (CR) - tel. +39 0373 555 210

Il 2 mag 2024, alle ore 10:18, Camille Garnier <c.garnier@maison-lumiere.fr> ha scritto:
""" + quote_lines(_p27_orig)
case("p27_supplier_bought_bulk", ["RG006"],
     "Buyer's quoted scope is complete (250 active, 5.750 on hold, sign-off, Sophie Martin); supplier has ordered bulk and 6.000 bottles with no material authority.", [
    ("R_ Ordine BC-ML-24-0341.eml", eml_bytes(mail(
        "Giulia Ferrari <g.ferrari@cosmofill-lombarda.it>", "Camille Garnier <c.garnier@maison-lumiere.fr>",
        "R: Ordine BC-ML-24-0341 - Sérum Éclat pilota", "Fri, 03 May 2024 15:40:02 +0200", _p27_txt,
        in_reply_to="<h151-ml-0502@maison-lumiere.fr>"))),
])

# ---- p35: Polish supplier: after pilot acceptance we continue with the 4 500 -> RG007
_p35_orig = """Dear Tomasz,

PO BB-5531 is attached: 500 pilot tubes of Hand Cream 75 ml Lavender, nothing more.
The remaining 4,500 are not released and stay on hold until our pilot sign-off and a written
release from me.

Kind regards,
Oliver Grant
Senior Buyer, Bramble & Bloom Ltd"""
_p35_txt = """Dear Mr Grant,

Thank you for PO BB-5531. We confirm the 500 pcs pilot of Hand Cream 75 ml Lavender,
filling on line L2 in week 22, delivery DAP Manchester week 23.

For planning: after your acceptance of pilot we continue directly with remaining 4 500 pcs on
the same line setup, so no new document is needed from your side. This saves you around two
weeks because we do not need to clean and set the line again.

Aluminium tubes 35x120 are in stock. Pallet labels as per your supplier manual v6.

Best regards
Tomasz Wiśniewski
Sales Specialist Export | Kosmo-Pak Sp. z o.o. | ul. Wólczańska 212, 90-531 Łódź
tel. +48 42 555 31 08

-----Original Message-----
From: Oliver Grant <oliver.grant@brambleandbloom.co.uk>
Sent: Monday, May 13, 2024 9:02 AM
Subject: PO BB-5531 pilot Lavender

""" + quote_lines(_p35_orig)
case("p35_supplier_roll_on", ["RG007"],
     "Buyer scope complete (500 active, 4,500 on hold, sign-off + written release by Oliver Grant); supplier says pilot acceptance rolls straight into the 4,500.", [
    ("Confirmation PO BB-5531.eml", eml_bytes(mail(
        "Tomasz Wiśniewski <t.wisniewski@kosmo-pak.pl>", "Oliver Grant <oliver.grant@brambleandbloom.co.uk>",
        "Confirmation PO BB-5531 pilot Lavender", "Tue, 14 May 2024 08:15:47 +0200", _p35_txt))),
])

# =================================================================== BATCH 2
# ---- c09: old quote forwarded as rfc822, 20,000 declared informational -> clean
_c09_old = mail("Paolo Conti <p.conti@laboratoririva.it>", "James Okafor <james.okafor@northlightskin.co.uk>",
                "Offerta LR-Q-23-210 Barrier Balm", "Mon, 13 Nov 2023 16:20:00 +0100",
                """Dear James,

as discussed at Cosmoprof, here is our offer LR-Q-23-210 for the Barrier Balm 50 ml:

 - pilot batch           400 pcs    EUR 3,90 / pc
 - commercial batch   20.000 pcs    EUR 1,65 / pc  (jar 50 ml PP double wall, white cap)

Validity 90 days. Bulk formula LR-3320 rev. A.

Best regards
Paolo Conti
Direttore Commerciale, Laboratori Riva S.r.l., Bergamo
""")
_c09_po = pdf([
    ("h1", "PURCHASE ORDER NS-PO-7790"),
    ("p", "Northlight Skincare Ltd, London SE8 3JQ. Supplier: Laboratori Riva S.r.l., Via Grumello 57, 24127 Bergamo."),
    ("p", "Date: 21/05/2024. Buyer: James Okafor. Quote ref: LR-Q-24-088."),
    ("table", [["Line", "Item", "Qty", "Unit EUR", "Total EUR"],
               ["1", "NS-BB50 Barrier Balm 50 ml, pilot batch", "400", "3,90", "1.560,00"]]),
    ("p", "Scope: 400 pilot jars only. The commercial batch of 8.000 jars in quote LR-Q-24-088 is not released: 7.600 remain on hold until our pilot sign-off (8-week stability and challenge test), followed by a written production release from James Okafor, Head of Supply. Material for the 400 pilot jars only."),
])
_c09_txt = """Dear Paolo,

Our PO NS-PO-7790 for the Barrier Balm pilot is attached: 400 jars. The scope note is on the
PO: the other 7.600 jars of the 8.000 commercial batch stay on hold until we have signed off the
pilot, and then I will send you a written production release.

I am also forwarding your old 2023 offer below because our finance team asked why the price per
jar changed. The 20.000 figure in that old offer is for information only. It is not ordered and
not released, and it has been replaced by the 8.000 batch in LR-Q-24-088.

Please confirm the pilot slot when you can.

Kind regards,
James
""" + sig("James Okafor", "Head of Supply", "Northlight Skincare Ltd, London", "+44 20 7946 0321")
case("c09_fwd_old_quote", [], "Old quote with 20.000 forwarded as message/rfc822 and declared informational; PO complete (400 active, 7.600 on hold, sign-off, James Okafor).", [
    ("NS-PO-7790 Barrier Balm pilot.eml", eml_bytes(mail(
        "James Okafor <james.okafor@northlightskin.co.uk>", "Paolo Conti <p.conti@laboratoririva.it>",
        "NS-PO-7790 Barrier Balm pilot + old offer", "Tue, 21 May 2024 14:02:11 +0100", _c09_txt,
        attachments=[("NS-PO-7790.pdf", _c09_po, PDF_MT), ("rfc822", _c09_old)]))),
])

# ---- c10: supplier assumes auto-conversion (quoted), buyer corrects it -> clean
_c10_q = """Dear Ana,

Thank you for PO FC-1162. 400 pilot sachets scheduled for 20 June.
Once you approve the pilot we will roll straight into the 6,000 sachets so the Christmas kits
are not late. We will book the laminate film next week.

Best regards,
Kevin Zhou
Sales Manager, Guangzhou Meiyan Biotech Co., Ltd."""
_c10_txt = """Kevin, obrigada pela confirmação, mas atenção, please:

No - the sign-off of the pilot does NOT release the 6.000 sachets. PO FC-1162 covers the 400
pilot sachets only. The other 6.000 stay on hold until our internal budget sign-off for the
Christmas kits (board meeting 8 July). After that you will receive a separate written release
from me, with the quantity. Please do not book laminate film for the 6.000 yet - film for the
400 only.

Abraços,
Ana Ribeiro
Gerente de Suprimentos | Flor de Caju Cosméticos Ltda. | Rua Harmonia 1020, São Paulo - SP
+55 11 5555 0140

Em 5 de jun. de 2024, às 22:10, Kevin Zhou <kevin.zhou@meiyanbio.cn> escreveu:
""" + quote_lines(_c10_q)
case("c10_buyer_corrects_roll", [], "Quoted supplier text assumes auto-conversion; buyer's reply corrects it: 400 active, 6.000 on hold, budget sign-off, written release by Ana Ribeiro.", [
    ("Re_ PO FC-1162 sachets.eml", eml_bytes(mail(
        "Ana Ribeiro <ana.ribeiro@flordecaju.com.br>", "Kevin Zhou <kevin.zhou@meiyanbio.cn>",
        "Re: PO FC-1162 sachets pilot", "Thu, 06 Jun 2024 09:25:51 -0300", _c10_txt,
        in_reply_to="<h151-my-0605@meiyanbio.cn>"))),
])

# ---- c11: supplier proforma: deposit does not release production -> clean
case("c11_proforma_deposit", [], "Supplier pro-forma: deposit secures the pilot slot only and 'does not release production'.", [
    ("PPL_Proforma_PF-24-0617.pdf", pdf([
        ("h1", "PRO-FORMA INVOICE PF-24-0617"),
        ("p", "Pacific Pour Labs, Inc. | 2710 Loker Ave W, Carlsbad, CA 92010 | billing@pacificpourlabs.com"),
        ("p", "Bill to: Fernwood Botanics, LLC, Portland OR. Customer PO: FB-2240. Date: 06/17/2024."),
        ("table", [["Item", "Description", "Qty", "Unit $", "Amount $"],
                   ["PPL-CB100", "Cleansing Balm 100 g tin, pilot run", "200", "3.25", "650.00"],
                   ["PPL-SETUP", "Line setup + fill validation", "1", "450.00", "450.00"],
                   ["", "Subtotal", "", "", "1,100.00"],
                   ["", "Deposit due (30%)", "", "", "330.00"]]),
        ("sp",),
        ("p", "Payment of this deposit secures the pilot line slot in week 27 only. The deposit does not release production: a commercial batch is scheduled only against your written production release, which names the quantity."),
        ("p", "Wire: First Coastal Bank, ABA 122000661, Acct 004471290. Reference the PF number."),
        ("p", "Questions: Tanya Mills, Customer Success, +1 760 555 0188"),
    ], pagesize=LETTER, title="PF-24-0617", author="Pacific Pour Labs")),
])

# ---- c12: supplier acknowledgement restating hold -> clean
_c12_txt = """Dear Ms Whitfield,

We acknowledge your PO BB-5560 as written:

  - Body Lotion 200 ml Fig, pilot batch: 300 pcs, filling week 26
  - the remaining 2 700 pcs of the quoted 3 000 are not released and stay on hold
  - they are released only after your pilot sign-off and a written production release
    signed by you (Hannah Whitfield, Head of Supply)
  - material: we buy bulk, bottles and pumps for the 300 pcs only

Our planning system shows the 2 700 pcs with status HOLD, so the line cannot be loaded
with them by mistake.

Kind regards,
Agnieszka Nowak
Customer Service Manager
Kosmo-Pak Sp. z o.o. | ul. Wólczańska 212 | 90-531 Łódź | Poland
NIP 727-27-44-190 | tel. +48 42 555 31 00
"""
case("c12_supplier_ack_hold", [], "Supplier acknowledgement restating 300 active, 2 700 on hold, sign-off + written release by Hannah Whitfield, material for 300.", [
    ("Acknowledgement PO BB-5560.eml", eml_bytes(mail(
        "Agnieszka Nowak <a.nowak@kosmo-pak.pl>", "Hannah Whitfield <hannah.whitfield@brambleandbloom.co.uk>",
        "Acknowledgement PO BB-5560 - Body Lotion Fig pilot", "Mon, 10 Jun 2024 13:37:02 +0200", _c12_txt,
        html="<html><body><p>Dear Ms Whitfield,</p><p>We acknowledge your PO BB-5560 as written:</p><ul>"
             "<li>Body Lotion 200 ml Fig, pilot batch: 300 pcs, filling week 26</li>"
             "<li>the remaining 2 700 pcs of the quoted 3 000 are not released and stay on hold</li>"
             "<li>they are released only after your pilot sign-off and a written production release signed by you (Hannah Whitfield, Head of Supply)</li>"
             "<li>material: we buy bulk, bottles and pumps for the 300 pcs only</li></ul>"
             "<p>Our planning system shows the 2 700 pcs with status HOLD, so the line cannot be loaded with them by mistake.</p>"
             "<p>Kind regards,<br>Agnieszka Nowak<br>Customer Service Manager, Kosmo-Pak Sp. z o.o.</p></body></html>"))),
])

# ---- c13: ERP PO with quantity-like identifiers, complete scope -> clean
case("c13_erp_identifiers", [], "ERP PO, 180 pilot tubes, 2.820 on hold until stability sign-off, Nathalie Roux releases; identifiers look like quantities (SEV-2500-30, ISO 22716:2007, ART-5000 rev 12).", [
    ("ATELIER_SEVE_CDE_AS-24-0118.txt", """ATELIER SEVE SAS                                    COMMANDE FOURNISSEUR
27 rue de Charonne, 75011 Paris                     N. AS-24-0118   Page 1/1
SIRET 851 220 447 00018                             Date : 12/06/2024
--------------------------------------------------------------------------------
Fournisseur : KOSMO-PAK SP. Z O.O.   90-531 LODZ (PL)     Code : F-PL-0031
Acheteur    : N. ROUX                                     Devise : EUR
--------------------------------------------------------------------------------
Lg  Article          Designation                          Qte   PU      Montant
10  SEV-2500-30      GEL NETTOYANT 30ML TUBE - PILOTE     180   2,85    513,00
    Artwork ART-5000 rev 12 | Bulk LR-4471 | Norme ISO 22716:2007
    Challenge test NF EN ISO 11930:2019 | Fill 30 ml +/- 1 ml
--------------------------------------------------------------------------------
                                                      Total HT      513,00
NOTE / SCOPE:
  THIS ORDER = 180 PILOT TUBES ONLY. COMMERCIAL QTY 3.000 (DEVIS KP-24-0207):
  2.820 TUBES NOT RELEASED - ON HOLD UNTIL 8-WEEK STABILITY SIGN-OFF.
  RELEASE OF THE 2.820 ONLY BY WRITTEN PRODUCTION RELEASE FROM NATHALIE ROUX,
  DIRECTRICE SUPPLY CHAIN. MATERIAL FOR 180 TUBES ONLY.
--------------------------------------------------------------------------------
Livraison : DAP 93200 Saint-Denis, entrepot LogiSeve, quai 4, lot 240612
Palette 1200x800, hauteur max 1,60 m. Etiquette palette GS1-128.
"""),
])

# ---- c14: KakaoTalk scoped go-ahead -> clean
case("c14_kakao_scoped", [], "Buyer: 'go ahead with the 60 stability samples only'; 3,000 launch quantity on hold until 12-week stability sign-off; Seo-yeon releases in writing.", [
    ("KakaoTalk_Hanbit_Dalbit_serum.txt", kakao("Hanbit Labs x Dalbit", "2024-04-30 09:12", [
        ("Thursday, April 25, 2024", [
            ("이지훈 Ji-hoon Lee", "2:05 PM", "Ms. Kim, lab batch #3 of the Mugwort serum is ready, pH 5.4, viscosity ok. Can we go?"),
            ("김서연 Seo-yeon Kim", "2:31 PM", "Thank you! Please go ahead with the 60 stability samples only (PO DB-2404-022)"),
            ("김서연 Seo-yeon Kim", "2:32 PM", "The 3,000 launch quantity is not released. It stays on hold until I sign off the 12-week stability, then I send you the written release with quantity"),
            ("이지훈 Ji-hoon Lee", "2:40 PM", "네 알겠습니다. 60ea only, we buy bottle for 60ea. Samples ship May 3"),
            ("김서연 Seo-yeon Kim", "2:41 PM", "감사합니다 🙏"),
        ]),
    ])),
])

# ---- c15: supplier portal status page -> clean
case("c15_portal_status", [], "Supplier portal status report: released 500, quoted 10,000, balance 9,500 on hold awaiting written release by Daniel Brooks; no authorization.", [
    ("hanbit_portal_order_GT-10530.html", html_page("Hanbit Partner Portal - Order GT-10530", """
<h2>Hanbit Partner Portal &rsaquo; Orders &rsaquo; GT-10530</h2>
<p>Customer: <b>Glow Theory Inc.</b> | Product: Peptide Firming Cream 50 ml (GT-PC50) | Formula HCL-F-77188 rev. 1</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Quoted commercial quantity</td><td>10,000</td></tr>
<tr><td>Released for filling</td><td>500 (pilot, PO GT-10530)</td></tr>
<tr><td>Filled</td><td>500</td></tr>
<tr><td>Balance on hold</td><td>9,500 — not released</td></tr>
<tr><td>Unlock event</td><td>customer sign-off of stability + challenge test, then written release</td></tr>
<tr><td>Release authority (customer)</td><td>Daniel Brooks, VP Operations</td></tr>
<tr><td>Material authority</td><td>sample-only (500)</td></tr>
</table>
<p class="note">Line L4 cannot be scheduled for the 9,500 until the written release is uploaded.</p>
<p>Last update: 2024-05-16 17:20 KST by system</p>
""")),
])

# ---- c16: DOCX formulation brief, no authorization -> clean
case("c16_formulation_brief", [], "Formulation brief: technical targets, planning estimate labelled 'not an order'; authorizes nothing.", [
    ("Brief_Lip_Oil_Caju_v2.docx", docx_bytes([
        ("h1", "Brief de formulação — Lip Oil Caju & Maracujá (v2)"),
        ("p", "Flor de Caju Cosméticos Ltda. — Product Development. Owner: Beatriz Almeida. Date: 10/04/2024."),
        ("h", "Concept"),
        ("p", "Non-sticky lip oil with cashew fruit extract and passion fruit seed oil, light peach tint, vegan, fragrance allergen-free. Target consumer 20–35, price point R$ 49,90."),
        ("h", "Technical targets"),
        ("table", [["Parameter", "Target", "Method"],
                   ["Fill weight", "4,0 ml +/- 0,2 ml", "gravimetric, n = 30"],
                   ["Viscosity", "350–500 mPa·s at 25 C", "Brookfield RV, spindle 3"],
                   ["Stability", "12 weeks at 40 C / 75% RH, no separation", "ISO/TR 18811"],
                   ["Preservation", "anhydrous, challenge test not required", "justification in PIF"],
                   ["Packaging", "PETG vial 4 ml, doe-foot, rose-gold cap", "component spec PK-044"]]),
        ("h", "Regulatory"),
        ("p", "Product must be compliant with ANVISA RDC 752/2022 and EU 1223/2009 for the export version. PIF and CPSR to be compiled by our regulatory team with the filler's documents."),
        ("h", "Volumes"),
        ("p", "Lab batch and pilot batch sizes to be agreed with the filler after the first lab round. Expected first-year volume is a planning estimate only (around 10.000 units); it is not an order and commits nobody."),
    ], author="Beatriz Almeida")),
])

# ---- p03: DOCX sample PO + PDF quote as separate files, silent -> RG001 RG003 RG004 RG005
case("p03_docx_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Folder bundle: DOCX pilot PO for 90 tubes and supplier quote showing 7,500; PO never says the balance is not released, no unlock event, no release person.", [
    ("DB-PO-2405-044.docx", docx_bytes([
        ("h1", "PURCHASE ORDER DB-PO-2405-044"),
        ("p", "Dalbit Beauty Co., Ltd., 12F, 311 Gangnam-daero, Seocho-gu, Seoul 06628, Korea. Business reg. 214-88-40917."),
        ("p", "Supplier: Kosmo-Pak Sp. z o.o., ul. Wólczańska 212, 90-531 Łódź, Poland."),
        ("p", "PO date: 2024-05-09. Currency: EUR. Incoterm: FCA Łódź. Payment: T/T 30 days after B/L."),
        ("table", [["No.", "Item code", "Description", "Q'ty", "Unit price", "Amount"],
                   ["1", "DB-HC50-YUZ", "Yuzu Hand Cream 50 ml, alu tube, pilot", "90", "2.10", "189.00"],
                   ["2", "DB-HC50-CAM", "Camellia Hand Cream 50 ml, alu tube, pilot", "90", "2.10", "189.00"]]),
        ("p", "Total: EUR 378.00 (180 tubes). Ref. quotation KP-24-0188."),
        ("p", "Packing: 30 tubes per inner box, bubble wrap. Please send COA and fill-weight data by email before shipment."),
        ("p", "Issued by: Seo-yeon Kim, Purchasing Team"),
    ], author="Seo-yeon Kim")),
    ("KP-24-0188_offer.pdf", pdf([
        ("h1", "OFFER KP-24-0188"),
        ("p", "Kosmo-Pak Sp. z o.o., Łódź. For: Dalbit Beauty Co., Ltd. Date: 26.04.2024. Valid 60 days."),
        ("table", [["Product", "Pilot qty", "Pilot price EUR", "Production qty", "Production price EUR"],
                   ["Yuzu Hand Cream 50 ml", "90", "2,10", "7 500", "0,78"],
                   ["Camellia Hand Cream 50 ml", "90", "2,10", "7 500", "0,78"]]),
        ("p", "Aluminium tube 35x100, 4-colour offset print + varnish. Lead time production 6 weeks."),
        ("p", "Tomasz Wiśniewski, Sales Specialist Export"),
    ], title="KP-24-0188", author="Kosmo-Pak")),
])

# ---- p05: WhatsApp sample request quoting both tiers, silent -> RG001 RG003 RG004 RG005
case("p05_whatsapp_samples_price", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer orders 40 gloss samples and restates the 6.000 production tier beside it; nothing on hold, no unlock event, no release person.", [
    ("WhatsApp Chat with Rick Sunbelt.txt", wa([
        ("15/04/2024", "13:02:44", "Beatriz Almeida", "Hi Rick, tudo bem? Beatriz from Flor de Caju here 🌸"),
        ("15/04/2024", "13:03:20", "Beatriz Almeida", "We decided on the shade Caju Glow for the gloss. Can you send us 40 samples of the gloss, 6 ml tube with the wand we chose?"),
        ("15/04/2024", "13:04:05", "Beatriz Almeida", "Price ok as your quote: 40 samples US$ 3,20 and 6.000 production US$ 0,95. PO number will be FC-1139, I send the PDF tomorrow"),
        ("15/04/2024", "13:21:40", "Rick Donnelly", "Hey Beatriz! Great choice. 40 samples of Caju Glow, 6 ml, wand #W-12. We'll have them out in about 2 weeks"),
        ("15/04/2024", "13:22:02", "Rick Donnelly", "Shipping FedEx IP to São Paulo ok?"),
        ("15/04/2024", "13:25:31", "Beatriz Almeida", "Yes FedEx perfect, our account 7731-0045. Obrigada!! 🙏"),
    ])),
])

# ---- p12: French sample PO to Italian lab, silent -> RG003 RG004 RG005
case("p12_pdf_sample_po_silent", ["RG003", "RG004", "RG005"],
     "Stability-sample PO (24 units) for a commercial project; never says the commercial quantity is not released, no unlock event, no release person.", [
    ("AS-24-0103_commande.pdf", pdf([
        ("h1", "COMMANDE / PURCHASE ORDER AS-24-0103"),
        ("p", "Atelier Sève SAS, 27 rue de Charonne, 75011 Paris. Fournisseur: Laboratori Riva S.r.l., Bergamo (IT)."),
        ("p", "Date: 04/04/2024. Acheteuse: Nathalie Roux. Devis: LR-Q-24-077. Paiement: 45 jours fin de mois."),
        ("table", [["Ligne", "Article", "Désignation", "Qté", "PU EUR", "Total EUR"],
                   ["10", "SEV-HD150", "Huile Démaquillante 150 ml — échantillons de stabilité", "24", "9,50", "228,00"],
                   ["20", "SEV-HD150-CT", "Challenge test externe (ISO 11930)", "1", "390,00", "390,00"]]),
        ("p", "Total HT: 618,00 EUR."),
        ("p", "Project: launch of Huile Démaquillante 150 ml in our Paris and Bordeaux boutiques and e-shop, commercial quantity as per your quote LR-Q-24-077. These samples are for our stability chamber and for the PIF."),
        ("p", "Bulk formula LR-4471 rev. B. Bottle PET 150 ml amber, pump 24/410 black. Please label each sample with batch, date of fill and storage condition."),
        ("p", "Nathalie Roux, Directrice Supply Chain"),
    ], title="AS-24-0103", author="Atelier Seve")),
])

# ---- p13: WeChat "pls start the stability samples", no quantity, silent -> RG003 RG004 RG005 RG010
case("p13_wechat_start_samples", ["RG003", "RG004", "RG005", "RG010"],
     "Buyer tells the filler to start stability samples with no quantity; commercial batch is in play but nothing says it is not released, no event, no person.", [
    ("WeChat_Amy_Wu_Qingyu.txt", wechat("Amy Wu (Ningbo Qingyu)", [
        ("2024-04-09 10:31:12", "Amy Wu", "Hi Priya, we sent quotation for the commercial batch of vit C serum last week, did you receive?"),
        ("2024-04-09 22:05:40", "Priya Shah", "Hi Amy! yes got it thanks, Megan is reviewing the numbers"),
        ("2024-04-09 22:06:31", "Priya Shah", "meanwhile pls start the stability samples for the vit C serum, formula rev C (the one with ferulic). need them in our chamber in Brooklyn by 4/30 latest!"),
        ("2024-04-10 08:47:03", "Amy Wu", "OK Priya, samples start Monday. 1 question: bottle 30ml frosted or clear?"),
        ("2024-04-10 21:58:19", "Priya Shah", "frosted pls, with the black dropper 👍"),
        ("2024-04-11 08:30:44", "Amy Wu", "Noted 👌"),
    ])),
])

# ---- p15: hold "until further notice", person named, no event -> RG004
_p15_txt = """Hi Rick,

Thanks for the call earlier. To put it in writing for PO NS-PO-7802 (Tinted Lip Balm 4.5 g stick):

Only the 500 pilot sticks are released. The remaining 7,500 sticks on the PO are on hold until
further notice. James Okafor is the only person who can lift that hold, so please don't take
instructions on the 7,500 from anyone else on our side, including our agency.

Material: bulk and components for the 500 only.

The pilot should ship with the COA and the fill-weight sheet; our warehouse in Tilbury needs the
PO number on every carton.

Cheers,
James
""" + sig("James Okafor", "Head of Supply", "Northlight Skincare Ltd, London", "+44 20 7946 0321")
case("p15_hold_further_notice", ["RG004"],
     "500 released, 7,500 on hold 'until further notice', James Okafor named; no unlock event.", [
    ("NS-PO-7802 scope.eml", eml_bytes(mail(
        "James Okafor <james.okafor@northlightskin.co.uk>", "Rick Donnelly <rick@sunbeltfill.com>",
        "NS-PO-7802 - scope in writing", "Wed, 15 May 2024 17:44:09 +0100", _p15_txt))),
])

# ---- p17: PDF PO, "balance on hold" only -> RG004 RG005
case("p17_pdf_balance_hold", ["RG004", "RG005"],
     "Pilot 240 active, balance 4,760 on hold, but no unlock event and no named release person.", [
    ("FB-PO-2263.pdf", pdf([
        ("h1", "PURCHASE ORDER FB-PO-2263"),
        ("p", "Fernwood Botanics, LLC | Portland, OR 97214. Vendor: Sunbelt Contract Fill LLC, Dallas TX. Vendor #: V-0388."),
        ("p", "PO date: 04/03/2024. Terms: Net 45. Buyer: purchasing@fernwoodbotanics.com"),
        ("table", [["Line", "Item", "Description", "Qty", "Unit $", "Ext $"],
                   ["1", "FB-BC200-SAGE", "Body Cream 200 ml, Sage & Cedar, pilot", "240", "2.60", "624.00"]]),
        ("p", "Quote SCF-Q-1173: 5,000 units. This PO: 240 pilot units. Balance of 4,760 on hold."),
        ("p", "Fill 200 ml +/- 4 ml. Pump dispenser 28/410 white. Label artwork FB-ART-118 v3. COA required."),
        ("p", "Ship to: Fernwood Botanics DC, 6440 NE Columbia Blvd, Portland OR 97218."),
    ], pagesize=LETTER, title="FB-PO-2263", author="Fernwood Botanics")),
])

# ---- p21: buyer portal order page: pilot authorised w/o quantity, release by "Purchasing" -> RG005 RG010
case("p21_portal_no_qty", ["RG005", "RG010"],
     "Buyer portal order page: pilot fill authorised with no quantity; commercial 6,000 on hold until sign-off + revised PO from 'Purchasing' (no named person).", [
    ("bb_portal_PO_BB-5577.html", html_page("Bramble & Bloom Supplier Portal - PO BB-5577", """
<h2>Bramble &amp; Bloom Supplier Portal &rsaquo; Purchase orders &rsaquo; BB-5577</h2>
<p>Supplier: Kosmo-Pak Sp. z o.o. (SUP-00217) | Item: BB-SH250-ROS Shower Gel 250 ml Rose &amp; Rhubarb</p>
<table>
<tr><th>Section</th><th>Status</th><th>Detail</th></tr>
<tr><td>Pilot fill</td><td>AUTHORISED</td><td>Fill the pilot batch for sensory panel and stability. Deliver to Manchester lab.</td></tr>
<tr><td>Commercial quantity 6,000</td><td>ON HOLD</td><td>Not released. Released only after pilot sign-off and a revised PO issued by Purchasing.</td></tr>
<tr><td>Material</td><td>PILOT ONLY</td><td>Bulk and bottles for the pilot only.</td></tr>
</table>
<p class="note">Messages on this order are read by the Purchasing team mailbox.</p>
<p>Page generated 2024-06-24 08:00 BST</p>
""")),
])

# =================================================================== BATCH 3
# ---- c17: folder: PO PDF + supplier quote PDF, PO declares the 7,880 not released -> clean
case("c17_po_plus_quote_declared", [], "Folder bundle: pilot PO 120 says the 7,880 balance of the quoted 8,000 is not released, unlock + Emily Carter; quote tiers alone.", [
    ("FB-PO-2302.pdf", pdf([
        ("h1", "PURCHASE ORDER FB-PO-2302"),
        ("p", "Fernwood Botanics, LLC | 2030 SE 7th Ave, Portland, OR 97214. Vendor: Hanbit Cosmetic Labs Co., Ltd. (V-0412)."),
        ("p", "PO date: 05/28/2024. Terms: 30% T/T with order, balance before shipment. Incoterm: FOB Busan. Buyer: Emily Carter."),
        ("table", [["Line", "Item", "Description", "Qty", "Unit $", "Ext $"],
                   ["1", "FB-LM15", "Overnight Lip Mask 15 g tube, pilot", "120", "3.40", "408.00"]]),
        ("h", "Scope note"),
        ("p", "This PO covers the 120 pilot tubes only. Your quote HCL-Q-2355 (attached to our files) shows a commercial batch of 8,000; the remaining 7,880 tubes are not released by this PO and stay on hold."),
        ("p", "They will be released only after our sign-off of the 6-week stability and the challenge test, by a written production release from Emily Carter, Director of Operations. Material: bulk and tubes for the 120 pilot units only."),
    ], pagesize=LETTER, title="FB-PO-2302", author="Fernwood Botanics")),
    ("HCL-Q-2355.pdf", pdf([
        ("h1", "QUOTATION HCL-Q-2355"),
        ("p", "Hanbit Cosmetic Labs Co., Ltd. To: Fernwood Botanics, LLC. Date: 2024-05-20. FOB Busan. Valid 60 days."),
        ("table", [["Stage", "Qty", "Unit USD", "Lead time"],
                   ["Pilot", "120 pcs", "3.40", "4 weeks"],
                   ["Commercial", "8,000 pcs", "0.98", "7 weeks"]]),
        ("p", "Tube 15 ml PE, silver flip cap. Shea/squalane base formula HCL-F-77140."),
    ], title="HCL-Q-2355", author="Hanbit Cosmetic Labs")),
])

# ---- c18: WeChat: supplier asks about booking components for 10k; buyer keeps sample-only -> clean
case("c18_wechat_material_question", [], "Supplier asks whether to book components for 10k; buyer: pilot 500 only, material sample-only, 9,500 on hold until stability sign-off, Daniel Brooks releases.", [
    ("WeChat_Kevin_Zhou_Meiyan.txt", wechat("Kevin Zhou (Meiyan Biotech)", [
        ("2024-05-06 09:40:11", "Kevin Zhou", "Hi Megan, the airless bottle factory says price is better if we book 10k pcs now. Should we book components for 10k?"),
        ("2024-05-06 21:12:37", "Megan Alvarez", "Hi Kevin, thanks for checking first! No - please book components for the 500 pilot units only. Material authority on PO GT-10544 is sample-only."),
        ("2024-05-06 21:13:50", "Megan Alvarez", "The other 9,500 are not released. They stay on hold until our stability sign-off (end of June). Then Daniel Brooks, our VP Ops, sends the written release with the quantity - that's when you can book the rest."),
        ("2024-05-07 08:55:02", "Kevin Zhou", "Understood 👌 500 pcs components only. I tell the bottle factory to keep the price until July"),
    ])),
])

# ---- c19: HTML full-quantity PO, European number format, no balance -> clean
case("c19_html_po_full", [], "Full-quantity production order 6.000 (3 x 2.000), no open balance; pilot already signed off earlier.", [
    ("pedido_PC-2024-0612.html", html_page("Pedido de Compra PC-2024-0612", """
<h2>Flor de Caju Cosméticos Ltda. — Pedido de Compra / Purchase Order PC-2024-0612</h2>
<p>CNPJ 12.448.901/0001-37 | Rua Harmonia 1020, Vila Madalena, São Paulo - SP, 05435-001</p>
<p>Fornecedor / Supplier: Laboratori Riva S.r.l., Via Grumello 57, 24127 Bergamo, Italia<br>
Data: 12/06/2024 | Comprador: Ana Ribeiro | Incoterm: FCA Milano Malpensa | Pagamento: 60 dias</p>
<table>
<tr><th>Item</th><th>Código</th><th>Descrição</th><th>Qtd.</th><th>Preço unit. (EUR)</th><th>Total (EUR)</th></tr>
<tr><td>1</td><td>FC-SR30-CAJ</td><td>Sérum Facial Caju 30 ml, vidro âmbar</td><td>2.000</td><td>2,35</td><td>4.700,00</td></tr>
<tr><td>2</td><td>FC-SR30-ACE</td><td>Sérum Facial Acerola 30 ml, vidro âmbar</td><td>2.000</td><td>2,35</td><td>4.700,00</td></tr>
<tr><td>3</td><td>FC-SR30-MAR</td><td>Sérum Facial Maracujá 30 ml, vidro âmbar</td><td>2.000</td><td>2,35</td><td>4.700,00</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>6.000</b></td><td></td><td><b>14.100,00</b></td></tr>
</table>
<p class="note">This order is the production release for the full 6.000 units above. There is no open balance and nothing else is pending under quote LR-Q-24-090.
The pilot lot LR-P-2405 was signed off by our quality team on 03/06/2024 (relatório QA-24-019).</p>
<p>Peso de envase / fill: 30 ml +/- 0,6 ml. COA e laudo microbiológico por lote. Rotulagem em português conforme ANVISA.</p>
<p>Ana Ribeiro — Gerente de Suprimentos</p>
""", lang="pt-BR")),
])

# ---- c20: staged material authority above release, multipart/alternative -> clean
_c20_txt = """Dear Ji-hoon,

Following our call, the scope for PO GT-10561 (Peptide Firming Cream 50 ml, airless):

1. Released for filling now: 500 pilot units.
2. Not released: the other 9,500 units of the 10,000 in your quote. They stay on hold until our
   sign-off of the pilot stability (8 weeks) and challenge test. After that I will send a
   written production release myself.
3. Material authority: staged. Because the airless bottles have a 12-week lead time, you may buy
   bulk raw materials and airless bottles for up to 2,000 units at Glow Theory's liability. Do not
   buy for more than 2,000 units without a written amendment from me.

Let me know if the bottle supplier needs a separate letter for this.

Best,
Daniel
""" + sig("Daniel Brooks", "VP Operations", "Glow Theory Inc. | Brooklyn, NY", "+1 718 555 0150")
_c20_html = "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _c20_txt.split("\n\n")) + "</body></html>"
case("c20_staged_material", [], "500 released, 9,500 on hold until stability + challenge sign-off, Daniel Brooks releases; explicit staged material authority to 2,000 at buyer liability.", [
    ("GT-10561 scope and material.eml", eml_bytes(mail(
        "Daniel Brooks <daniel@glowtheory.com>", "Ji-hoon Lee <jihoon.lee@hanbitlabs.co.kr>",
        "GT-10561 scope + material authority", "Fri, 17 May 2024 16:20:33 -0400", _c20_txt, html=_c20_html,
        cc="Megan Alvarez <megan@glowtheory.com>"))),
])

# ---- c21: interim sign-off release with limits -> clean
case("c21_interim_release", [], "Production release R-2 under interim sign-off: 1.000 jars before 30 June; 4.750 not released until challenge test pass and written release by Sophie Martin.", [
    ("Liberation_R-2_BC-ML-24-0317.docx", docx_bytes([
        ("h1", "Production release R-2 — interim sign-off"),
        ("p", "Maison Lumière Cosmétiques SAS → Cosmofill Lombarda S.r.l. Order: BC-ML-24-0317 / Crème Veloutée 50 ml. Date: 14/06/2024."),
        ("p", "Our quality team has given an interim sign-off of the pilot: stability at 3 months is conforming, the challenge test (ISO 11930) is still running, result expected 12 July."),
        ("table", [["Item", "Quantity", "Condition"],
                   ["Released for filling by this R-2", "1.000 jars", "filled and delivered before 30/06/2024"],
                   ["Not released (on hold)", "4.750 jars", "until the challenge test passes criteria A"],
                   ["Material authority", "1.000 jars", "bulk, jars and wooden caps"]]),
        ("p", "The 4.750 jars will be released only by a further written production release signed by Sophie Martin, Directrice des Opérations, after the challenge-test report is received. If the challenge test fails, the 1.000 jars already filled are quarantined at our cost."),
        ("p", "Signed: Sophie Martin, Directrice des Opérations"),
    ], author="Sophie Martin")),
])

# ---- c22: long thread, risky-looking but complete scope -> clean
_c22_a = """Dear Oliver,

Thank you for visiting our Incheon plant last week. It was a pleasure to show you the hydrogel
line. Attached please find the photos of the gold and green tea eye patches, and the pouch
artwork proof v2. About the pouch: our printer needs 10 working days after proof sign-off.

Best regards,
Dong-hyun Choi
Overseas Business Team, Seorin Fill-Pack Co., Ltd."""
_c22_b = """Hi Dong-hyun,

Lovely to meet the team, and thanks again for the Korean BBQ - my colleagues are jealous.

On the order itself, PO BB-5602 went out this morning. To be clear on scope: it covers 600 pilot
jars of the Green Tea Hydrogel Eye Patches (60 patches per jar) for our store trial in
Manchester and Leeds. The 9,400 jars in your commercial quote are not released and stay on hold
until the store trial sell-through review on 30 August is signed off by our category team;
after that, Hannah Whitfield (Head of Supply) will send you the written production release.
Material: pouches, jars and gel for the 600 only.

Pouch proof v2: small change, the "cruelty-free" bunny needs to move 3 mm to the left.

Cheers,
Oliver"""
_c22_c = """Dear Oliver,

Noted with thanks. 600 pilot jars only, the 9,400 on hold, and material for 600 only.
Proof v3 with the bunny moved is attached. Pilot fill is scheduled on 2 July, air freight to
Manchester on 5 July.

Best regards,
Dong-hyun"""
_c22_txt = """Hi Dong-hyun,

Proof v3 looks great, thanks. Couple of logistics points for the pilot:
- please put "BB-5602 / TRIAL" on each carton, our DC uses it to route to the two stores
- airway bill to our broker (Hellmann, Manchester Airport)
- 2 pilot jars per shade in my luggage next time, ha

Have a good weekend!
Oliver

On Thu, 20 Jun 2024 at 10:02, Dong-hyun Choi <dh.choi@seorinfp.co.kr> wrote:
""" + quote_lines(_c22_c + "\n\nOn Wed, 19 Jun 2024 at 09:15, Oliver Grant wrote:\n" + quote_lines(
    _c22_b + "\n\nOn Mon, 17 Jun 2024 at 08:40, Dong-hyun Choi wrote:\n" + quote_lines(_c22_a))) + "\n" + sig(
    "Oliver Grant", "Senior Buyer", "Bramble & Bloom Ltd, Manchester", "+44 161 555 0192")
_c22_html = "<html><body><pre style=\"font-family:Arial\">" + escape(_c22_txt) + "</pre></body></html>"
case("c22_long_thread", [], "Long friendly thread; buyer's quoted message scopes 600 pilot jars, 9,400 on hold until trial review sign-off, Hannah Whitfield releases; supplier restates.", [
    ("Re_ Re_ Hydrogel eye patches pilot.eml", eml_bytes(mail(
        "Oliver Grant <oliver.grant@brambleandbloom.co.uk>", "Dong-hyun Choi <dh.choi@seorinfp.co.kr>",
        "Re: Re: Hydrogel eye patches - pilot BB-5602", "Fri, 21 Jun 2024 15:30:12 +0100", _c22_txt, html=_c22_html,
        in_reply_to="<h151-sr-0620@seorinfp.co.kr>"))),
])

# ---- c23: written production release for the whole balance -> clean
case("c23_release_letter_full", [], "Written production release of the full 8,000 balance after stability sign-off, signed by Seo-yeon Kim; nothing remains on hold.", [
    ("PR-DB-0009_release.pdf", pdf([
        ("h1", "PRODUCTION RELEASE PR-DB-0009"),
        ("p", "Dalbit Beauty Co., Ltd. → Seorin Fill-Pack Co., Ltd. Date: 2024-09-02."),
        ("table", [["Order", "Item", "Quantity released", "Evidence"],
                   ["PO DB-2405-017 line 2", "Cica Barrier Cream 50 ml tube", "8,000", "12-week stability report SR-24-031, signed 2024-08-29"]]),
        ("p", "This release covers the full commercial quantity of PO DB-2405-017. After it, no balance remains on hold on this PO."),
        ("p", "Material authority: bulk and tubes for 8,000 units. Delivery: 4,000 by 2024-10-04 and 4,000 by 2024-10-25, DAP Icheon DC."),
        ("p", "Authorized by: Seo-yeon Kim, Purchasing Team Lead (release authority up to KRW 50,000,000)"),
    ], title="PR-DB-0009", author="Dalbit Beauty")),
])

# ---- c24: WhatsApp: supplier asks to start commercial; buyer holds with full scope -> clean
case("c24_whatsapp_not_yet", [], "Supplier asks to start the commercial batch; buyer: only 36 stability units released, 2.400 on hold until challenge test + Sophie Martin's written release.", [
    ("WhatsApp Chat with Paolo Riva.txt", wa([
        ("18/06/2024", "11:02:15", "Paolo Conti", "Buongiorno Camille! PIF documents are done and sent to your regulatory team 📄"),
        ("18/06/2024", "11:02:50", "Paolo Conti", "We have a free slot on line 2 next week, can we start the commercial batch of the gommage?"),
        ("18/06/2024", "11:40:03", "Camille Garnier", "Bonjour Paolo, merci pour le PIF!"),
        ("18/06/2024", "11:41:27", "Camille Garnier", "Not yet please. Only the 36 stability units are released on our order. The 2.400 tubes stay on hold until the challenge test result is in and Sophie Martin (our Directrice des Opérations) sends you the written release"),
        ("18/06/2024", "11:43:10", "Paolo Conti", "Capito, no problem. We keep the slot for another client then"),
        ("18/06/2024", "11:43:38", "Camille Garnier", "Désolée! Next time 🙏"),
    ])),
])

# ---- c25: supplier WIP report, status only -> clean
case("c25_supplier_wip_report", [], "Supplier WIP printout; commercial 6,000 shown NOT RELEASED awaiting customer release; status report only.", [
    ("SEORIN_WIP_20240612.txt", """SEORIN FILL-PACK CO., LTD.     WORK-IN-PROCESS REPORT        2024-06-12 06:00
Incheon Plant 2 | Lines H1-H4 (hydrogel) / T1-T2 (tube)         Page 1 of 1
================================================================================
CUSTOMER   ORDER          ITEM                     STAGE        QTY    STATUS
---------- -------------- ------------------------ ------------ ------ ---------
DALBIT     DB-2406-031    LIP TINT 4.5G 3 SHADES   PILOT            60 FILLED
DALBIT     DB-2406-031    LIP TINT 4.5G 3 SHADES   COMMERCIAL    5,940 NOT REL.
GLOWTHRY   GT-10588       HYDROGEL PATCH GOLD      LAB BATCH         3 DONE
GLOWTHRY   GT-10588       HYDROGEL PATCH GOLD      PILOT           300 QUEUED H2
GLOWTHRY   GT-10588       HYDROGEL PATCH GOLD      COMMERCIAL    6,000 NOT REL.
---------- -------------- ------------------------ ------------ ------ ---------
NOT REL. = NOT RELEASED BY CUSTOMER. DO NOT SCHEDULE, DO NOT ISSUE MATERIAL.
AWAITING CUSTOMER WRITTEN RELEASE. PLANNER: J.S. YOON EXT 2241
"""),
])

# ---- p22: pilot authorised, no pilot quantity anywhere -> RG010
_p22_txt = """Bonjour Giulia,

Suite à notre échange - please fill the pilot batch of the Baume Lèvres Figue (stick 4,5 g)
as soon as the line is free, with the formula LR-5518 rev. C that our lab validated on Monday.

The commercial batch of 4.000 sticks in your quote CL-24-140 is not released: it stays on hold
until we sign off the pilot (colour stability 4 weeks and a wear test on our panel). Then I will
send you the written production release myself. Bulk and components for the pilot only, please.

Artwork for the stick label: file ML-BL-FIG-v5, Pantone 7623C for the fig.

Belle journée,
Camille
""" + sig("Camille Garnier", "Responsable Achats", "Maison Lumière Cosmétiques, Lyon", "+33 4 72 55 01 30")
case("p22_pilot_no_qty", ["RG010"],
     "Pilot fill authorised with no quantity anywhere; hold, unlock event and release person (Camille Garnier) present.", [
    ("Baume Levres Figue pilote.eml", eml_bytes(mail(
        "Camille Garnier <c.garnier@maison-lumiere.fr>", "Giulia Ferrari <g.ferrari@cosmofill-lombarda.it>",
        "Baume Lèvres Figue - pilote", "Wed, 05 Jun 2024 10:12:40 +0200", _p22_txt))),
])

# ---- p23: WhatsApp: stability samples with no quantity -> RG010
case("p23_whatsapp_samples_noqty", ["RG010"],
     "Buyer asks for stability samples with no quantity; 5.000 on hold until Dr. Helena Prado's stability sign-off, Beatriz sends the written release.", [
    ("WhatsApp Chat with Giulia Cosmofill.txt", wa([
        ("08/05/2024", "14:11:09", "Beatriz Almeida", "Oi Giulia! Tudo bem? The lab in São Paulo liked the texture of round 3 of the sérum de acerola 🧡"),
        ("08/05/2024", "14:12:44", "Beatriz Almeida", "Pode fazer the stability samples now, same formula round 3, bottle 30 ml âmbar"),
        ("08/05/2024", "14:13:58", "Beatriz Almeida", "The 5.000 of the commercial batch stay on hold, not released. First Dr. Helena Prado has to sign off the stability (12 weeks). Then I send you the written release"),
        ("08/05/2024", "14:30:21", "Giulia Ferrari", "Ciao Beatriz! Perfect, we prepare them this week. Shipping by DHL to your lab as usual"),
        ("08/05/2024", "14:31:02", "Beatriz Almeida", "Perfeito, grazie mille! 😘"),
    ])),
])

# ---- p26: deposit paid "so you can start the pilot", no quantity -> RG010 RG012
_p26_txt = """Hi Amy,

Good news: we paid the deposit on PI QY-24-0330 this morning, so you can start the pilot run of
the Vitamin C serum now.

The commercial batch of 20,000 stays on hold and is not released until our stability sign-off
(12 weeks); Daniel Brooks, our VP Ops, will release it in writing after that.

Please share the batch record and the fill-weight sheet when the pilot is done.

Thanks!
Priya
""" + sig("Priya Shah", "Product Development Lead", "Glow Theory Inc. | Brooklyn, NY", "+1 718 555 0139")
case("p26_deposit_start_pilot", ["RG010", "RG012"],
     "Buyer ties the deposit payment to starting the pilot ('paid the deposit, so you can start') and never states the pilot quantity; hold, event and Daniel Brooks present.", [
    ("Vit C serum pilot.eml", eml_bytes(mail(
        "Priya Shah <priya@glowtheory.com>", "Amy Wu <amy.wu@qingyu-pack.cn>",
        "Deposit paid - Vit C serum pilot", "Tue, 02 Apr 2024 10:05:00 -0400", _p26_txt))),
])

# ---- p28: WeChat: supplier booked components for 10k -> RG006
case("p28_wechat_components_10k", ["RG006"],
     "Buyer scope complete (400 active, 9.600 on hold, budget sign-off, Ana Ribeiro); supplier has booked components for 10k without material authority.", [
    ("WeChat_Kevin_Zhou_bodymist.txt", wechat("Kevin Zhou (Meiyan Biotech)", [
        ("2024-06-03 20:02:11", "Ana Ribeiro", "Kevin, PO FC-1170 sent: 400 pilot body mists 100 ml (Caju & Baunilha). Only the 400."),
        ("2024-06-03 20:03:35", "Ana Ribeiro", "The 9.600 of the commercial batch are not released, on hold until our budget sign-off in July. Then I send the written release with quantity."),
        ("2024-06-04 09:15:20", "Kevin Zhou", "Received Ana, thank you. 400pcs pilot, fill 100ml ±2ml"),
        ("2024-06-12 10:42:06", "Kevin Zhou", "Update: components booked for 10k pcs already (bottle + fine-mist pump + cap). The bottle factory MOQ is 10k so we take all at once, cheaper for you 😊"),
        ("2024-06-12 10:42:40", "Kevin Zhou", "Pilot filling next Tuesday"),
    ])),
])

# ---- p29: supplier MRP printout: material reserved for 8,000 vs released 500 -> RG006
case("p29_mrp_reservation", ["RG006"],
     "Supplier MRP shows bulk and components reserved and purchased for 8,000 against 500 released, no material authority on file.", [
    ("SCF_MRP_NS-PO-7802.txt", """SUNBELT CONTRACT FILL LLC - MRP / MATERIAL RESERVATION          05/22/2024 14:10
DALLAS TX PLANT                                                 USER: RDONNELLY
--------------------------------------------------------------------------------
CUSTOMER : NORTHLIGHT SKINCARE LTD (UK)       CUST PO : NS-PO-7802
ITEM     : NS-TLB45 TINTED LIP BALM 4.5G STICK
RELEASED QTY (CUSTOMER)  :        500 EA
BALANCE (NOT RELEASED)   :      7,500 EA
--------------------------------------------------------------------------------
COMPONENT       DESCRIPTION                  REQ      ON ORDER   RECEIVED  STATUS
BLK-TLB45       BULK TINTED BALM (KG)       40.0         40.0       0.0    PO'D
CMP-STK45-WHT   STICK TUBE 4.5G WHITE      8,000        8,000       0     PO'D
CMP-LBL-NS45    LABEL NS-TLB45 V2          8,200        8,200       0     PO'D
--------------------------------------------------------------------------------
NOTE: FULL QTY PURCHASED TO MEET 06/28 SHIP WINDOW. CUSTOMER MATERIAL
      AUTHORIZATION: NONE ON FILE.
"""),
])

# ---- p30: supplier production plan: bulk compounded for ~10,000 vs 500 released -> RG006
case("p30_pdf_production_plan", ["RG006"],
     "Supplier plan: 500 pilot released, 9,500 pending customer release, but one 300 kg bulk lot (about 10,000 units) compounded now without material authority.", [
    ("HCL_production_plan_GT-10530.pdf", pdf([
        ("h1", "Production plan — GT-10530 Peptide Firming Cream 50 ml"),
        ("p", "Hanbit Cosmetic Labs, Osong plant. Prepared for Glow Theory Inc. Date: 2024-05-08. Planner: Yoon J.S."),
        ("table", [["Step", "Week", "Quantity", "Status"],
                   ["Bulk compounding, 1 lot 300 kg (covers approx. 10,000 units)", "W20", "300 kg", "scheduled"],
                   ["Pilot fill, line L4", "W21", "500 pcs", "released by PO GT-10530"],
                   ["Stability / challenge test at customer", "W22–W30", "-", "customer"],
                   ["Commercial fill", "TBD", "9,500 pcs", "pending customer written release"]]),
        ("p", "Remark: one bulk lot is compounded for pilot and commercial so both use the same bulk lot number and the customer's stability data stays valid for the commercial fill. Bulk shelf life 6 months in closed drums."),
        ("p", "Airless bottles 50 ml: 500 pcs in stock for the pilot."),
    ], title="Production plan GT-10530", author="Hanbit Cosmetic Labs")),
])

# =================================================================== BATCH 4
# ---- p09: DOCX project status: "approved" for formula and PO, "Approved - proceed" -> RG002 RG009
case("p09_docx_status_approved", ["RG002", "RG009"],
     "Scope section complete (500 active, 14,500 on hold, stability sign-off, Daniel Brooks), but 'approved' covers formula and finance PO, and 'Approved — proceed' is unscoped.", [
    ("GT_Niacinamide_project_status_wk19.docx", docx_bytes([
        ("h1", "Project status — Niacinamide 10% + Zinc Serum (GT-NS30)"),
        ("p", "Glow Theory Inc. / Hanbit Cosmetic Labs. Week 19, 2024. Owner: Priya Shah. Shared with Hanbit sales and QA."),
        ("table", [["Workstream", "Status", "Comment"],
                   ["Formula HCL-F-77102 rev. 3", "Approved", "lab approved 04/12 after round 3 (texture, pH 5.6)"],
                   ["PO GT-10601", "Approved", "approved by Finance 05/02, deposit scheduled"],
                   ["Carton artwork v5", "In review", "legal copy for 'non-comedogenic' claim"],
                   ["PIF / CPSR", "In progress", "safety assessor booked for 05/20"]]),
        ("h", "Scope"),
        ("p", "Pilot: 500 units under PO GT-10601. The remaining 14,500 units of the 15,000 commercial batch are not released and stay on hold until our sign-off of the 12-week stability; Daniel Brooks, VP Operations, then sends the written production release."),
        ("h", "Overall"),
        ("p", "Overall status: Approved — proceed."),
        ("p", "Next call: Thursday 9:00 EDT / 22:00 KST."),
    ], author="Priya Shah")),
])

# ---- p31: supplier compounds full bulk and rolls into commercial on approval -> RG006 RG007
_p31_orig = """Bonjour Paolo,

PO AS-24-0131: 60 pilot bottles of Eau Micellaire 200 ml only. The other 5.940 bottles of the
commercial batch are not released and stay on hold until we sign off the pilot (stability 8 weeks
+ challenge test). The production release will come in writing from me.

Cordialement,
Nathalie Roux
Directrice Supply Chain, Atelier Sève"""
_p31_txt = """Dear Nathalie,

thank you for the PO AS-24-0131, the 60 pilot bottles are planned for 24 June.

To make things simple we will compound the full bulk for 6.000 bottles now, in one lot, which is
also better for your stability file. As soon as you approve the samples we fill the 5.940
bottles straight away, so you keep the October launch date without losing time for paperwork.

The pilot bottles will travel with COA and the bulk lot number.

Cordiali saluti
Paolo Conti
Direttore Commerciale - Laboratori Riva S.r.l.
Via Grumello 57 - 24127 Bergamo - Italia - tel. +39 035 555 7720

Da: Nathalie Roux <n.roux@atelier-seve.fr>
Inviato: lunedì 3 giugno 2024 09:48
Oggetto: PO AS-24-0131 Eau Micellaire pilote

""" + quote_lines(_p31_orig)
case("p31_bulk_and_roll", ["RG006", "RG007"],
     "Buyer scope complete (60 active, 5.940 on hold, sign-off, written release by Nathalie Roux); supplier compounds bulk for 6.000 and will fill the 5.940 straight after sample approval.", [
    ("R_ PO AS-24-0131 Eau Micellaire.eml", eml_bytes(mail(
        "Paolo Conti <p.conti@laboratoririva.it>", "Nathalie Roux <n.roux@atelier-seve.fr>",
        "R: PO AS-24-0131 Eau Micellaire pilote", "Tue, 04 Jun 2024 12:31:09 +0200", _p31_txt))),
])

# ---- p32: supplier: deposit received = order confirmed, production scheduled, packaging for 20,000 -> RG006 RG012
_p32_orig = """Hi Amy,

PO FB-2318 is attached: 1,000 pilot jars of the Shea Body Butter 150 g. The other 19,000 jars in
your quote are not released and stay on hold until our stability and micro sign-off; I will send a
written production release for them after that.

Best,
Emily Carter
Director of Operations, Fernwood Botanics"""
_p32_txt = """Dear Emily,

Thank you, we received the 30% deposit today.

As per our terms, the deposit confirms the order, so production is scheduled for week 26 and we
have purchased the jars, lids and labels for the full 20,000 pcs to lock the price before the
resin increase in July.

We will send the packing list and photos before loading.

Best regards,
Amy Wu
Export Sales | Ningbo Qingyu Packaging & Filling Co., Ltd.
No. 88 Xinggang Rd, Beilun District, Ningbo, Zhejiang | +86 574 5555 8810

-----Original-----
From: Emily Carter <emily@fernwoodbotanics.com>
Date: 2024-06-03 08:15
""" + quote_lines(_p32_orig)
case("p32_deposit_confirms_order", ["RG006", "RG012"],
     "Buyer scope complete (1,000 active, 19,000 on hold, sign-off, Emily Carter); supplier treats deposit as confirming production and buys packaging for 20,000.", [
    ("Re PO FB-2318.eml", eml_bytes(mail(
        "Amy Wu <amy.wu@qingyu-pack.cn>", "Emily Carter <emily@fernwoodbotanics.com>",
        "Re: PO FB-2318 - deposit received", "Mon, 10 Jun 2024 17:02:44 +0800", _p32_txt))),
])

# ---- p33: KakaoTalk: supplier reads forecast as order and makes bulk for 50k -> RG006 RG008
case("p33_kakao_forecast_bulk", ["RG006", "RG008"],
     "Buyer releases 200 pilot (complete scope) and shares a labelled 50k forecast; supplier thanks for '50k order' and makes bulk for 50k.", [
    ("KakaoTalk_Hanbit_Dalbit_toner.txt", kakao("Hanbit Labs x Dalbit", "2024-07-05 11:20", [
        ("Monday, July 1, 2024", [
            ("김서연 Seo-yeon Kim", "9:30 AM", "Good morning manager Lee. PO DB-2407-008 is for 200 pilot Rice Toner 150 ml only"),
            ("김서연 Seo-yeon Kim", "9:31 AM", "Rest of first lot (4,800) is not released, hold until 8 week stability sign-off, then I send written release"),
            ("김서연 Seo-yeon Kim", "9:33 AM", "Also sharing our 2025 forecast for planning: 50,000 pcs Rice Toner. This is forecast only, not PO"),
        ]),
        ("Thursday, July 4, 2024", [
            ("이지훈 Ji-hoon Lee", "4:12 PM", "Ms. Kim thank you so much for 50k order for 2025!! 🙇"),
            ("이지훈 Ji-hoon Lee", "4:13 PM", "We already make bulk for 50k pcs this month to secure rice ferment filtrate price, it will be very good cost for you"),
            ("이지훈 Ji-hoon Lee", "4:14 PM", "Pilot 200 ship next week"),
        ]),
    ])),
])

# ---- p36: buyer contradicts own written-release rule: "if stability is clean, carry on - go ahead" -> RG002 RG007
_p36_orig = """Hi Tanya,

PO FB-2251 covers 300 pilot units of the Overnight Hair Mask 200 ml only. The remaining 5,700
are not released and stay on hold until the 4-week stability is signed off; then I will send you
a written production release.

Emily"""
_p36_txt = """Hi Tanya,

Samples look fab and the salon panel loved the scent - thank you for pushing them through so
fast!

I'm out at Cosmoprof Las Vegas next week, so to save time: if the 4-week stability comes back
clean on the 14th, just carry on with the run. Go ahead, no need to wait for my paperwork. I'll
tidy up the documents when I'm back.

Have a great weekend,
Emily

> On Apr 30, 2024, Emily Carter wrote:
""" + quote_lines(_p36_orig) + "\n" + sig("Emily Carter", "Director of Operations", "Fernwood Botanics, Portland OR", "+1 503 555 0177")
case("p36_carry_on_if_clean", ["RG002", "RG007"],
     "Buyer's own PO requires a written release after stability; later she says a clean stability result rolls into the run and adds an unscoped 'Go ahead'.", [
    ("Hair Mask samples.eml", eml_bytes(mail(
        "Emily Carter <emily@fernwoodbotanics.com>", "Tanya Mills <tanya@pacificpourlabs.com>",
        "Hair Mask samples - before I fly out", "Fri, 07 Jun 2024 15:20:00 -0700", _p36_txt))),
])

# ---- p37: WhatsApp BR buyer: "if samples pass, you can already run the 1.800" -> RG007
case("p37_whatsapp_ja_pode_rodar", ["RG007"],
     "Buyer's scope requires her sign-off and written release; later she tells the filler to run the 1.800 straight away if the samples pass.", [
    ("WhatsApp Chat with Chen Li.txt", wa([
        ("20/05/2024", "10:05:12", "Mariana Costa", "Li, PO FC-1151 sent: 200 pilot jars of the hair butter 250 g only"),
        ("20/05/2024", "10:06:40", "Mariana Costa", "The 1.800 are not released, on hold until I sign off the stability. Then I send the written release"),
        ("20/05/2024", "10:20:03", "Chen Li Meiyan", "Received Mariana, 200 jars pilot, thank you"),
        ("11/06/2024", "16:44:51", "Chen Li Meiyan", "Pilot shipped today by air, AWB 784 2231 0045"),
        ("11/06/2024", "17:02:30", "Mariana Costa", "Obrigada!! Li, I will be on vacation from 01/07 😎"),
        ("11/06/2024", "17:03:15", "Mariana Costa", "So se as amostras passarem no teste, já pode rodar os 1.800 direto, ok? (if the samples pass the test you can already run the 1.800 straight away)"),
        ("11/06/2024", "17:10:02", "Chen Li Meiyan", "OK! We plan line for July then 👍"),
    ])),
])

# ---- p38: DOCX brief timeline: commercial fill starts automatically after sign-off -> RG007
case("p38_docx_timeline_auto", ["RG007"],
     "Brief states the written-release requirement but its timeline has the commercial fill starting automatically after stability sign-off.", [
    ("Northlight_brief_Retinal_range_v4.docx", docx_bytes([
        ("h1", "Development brief — Retinal night range (v4)"),
        ("p", "Northlight Skincare Ltd → Cosmofill Lombarda S.r.l. Owner: James Okafor (Supply) and Dr. Aisha Rahman (Formulation)."),
        ("h", "Products"),
        ("table", [["SKU", "Product", "Pack", "Fill weight"],
                   ["NS-RET2", "Retinal 0.2% night cream", "50 ml airless jar", "50 ml +/- 1.5 ml"],
                   ["NS-RET1", "Retinal 0.1% starter serum", "30 ml airless bottle", "30 ml +/- 1 ml"]]),
        ("h", "Orders and scope"),
        ("p", "Pilot: 300 units per SKU under PO NS-PO-7751. The commercial batch (3,000 per SKU) is not released by that PO and stays on hold until the 8-week stability is signed off; the production release is given in writing by James Okafor, Head of Supply."),
        ("h", "Timeline"),
        ("table", [["Week", "Milestone"],
                   ["W18", "lab batch round 2, retinal encapsulation check"],
                   ["W22", "pilot fill, 300 per SKU"],
                   ["W30", "stability sign-off (Dr. Aisha Rahman)"],
                   ["W31", "commercial fill starts automatically, 3,000 per SKU"],
                   ["W34", "delivery to Tilbury DC"]]),
        ("p", "Light protection: fill under yellow light, nitrogen flush of bulk tanks, airless components only."),
    ], author="James Okafor")),
])

# ---- p39: supplier portal workflow: commercial auto-scheduled on sample approval -> RG007
case("p39_portal_auto_schedule", ["RG007"],
     "Supplier portal workflow auto-schedules the not-released 4,500 on the customer's sample approval, with no recorded auto-conversion.", [
    ("kosmopak_portal_BB-5531.html", html_page("Kosmo-Pak Customer Portal - BB-5531", """
<h2>Kosmo-Pak Customer Portal &rsaquo; Bramble &amp; Bloom &rsaquo; Order BB-5531</h2>
<p>Product: Hand Cream 75 ml Lavender (BB-HC75-LAV) | Line L2 | Customer contact: Oliver Grant</p>
<table>
<tr><th>Stage</th><th>Quantity</th><th>Status</th></tr>
<tr><td>Pilot fill</td><td>500</td><td>Released by customer PO — filled 29.05.2024</td></tr>
<tr><td>Commercial batch</td><td>4,500</td><td>Not released yet</td></tr>
</table>
<h3>Workflow</h3>
<ol>
<li>Pilot fill and dispatch</li>
<li>Customer sample approval (click <i>Approve samples</i> below)</li>
<li>Commercial batch auto-scheduled on line L2 — no further document needed</li>
<li>Dispatch DAP Manchester</li>
</ol>
<p class="note">Tip: approving the samples here saves about 2 weeks, because the commercial batch is planned automatically.</p>
<p><button>Approve samples</button> <button>Reject samples</button></p>
""")),
])

# ---- p40: supplier ack restates 250 / 5 000 against PO 200 / 4.800 and rolls on approval -> RG007 RG011
_p40_orig = """Dear Agnieszka,

Please find PO AS-24-0140 attached: 200 pilot tubes of Crème Mains Verveine 50 ml.
The other 4.800 tubes are not released and stay on hold until our pilot sign-off and my written
production release.

Best regards,
Nathalie Roux
Directrice Supply Chain, Atelier Sève"""
_p40_txt = """Dear Ms Roux,

Thank you for the order. We confirm:

  Pilot: 250 pcs Crème Mains Verveine 50 ml (line minimum), filling week 27
  Commercial: 5 000 pcs, filling right after your approval of the pilot

So after your approval we go straight to the commercial batch, no new order is necessary.
Alu tubes and caps are in stock.

Best regards,
Agnieszka Nowak
Customer Service Manager | Kosmo-Pak Sp. z o.o. | Łódź | tel. +48 42 555 31 00

-----Original Message-----
From: Nathalie Roux <n.roux@atelier-seve.fr>
Sent: Thursday, June 20, 2024 10:10 AM

""" + quote_lines(_p40_orig)
case("p40_ack_250_roll", ["RG007", "RG011"],
     "Buyer PO: 200 pilot, 4.800 on hold; supplier confirmation states 250 pilot and 5 000 commercial and rolls into them on pilot approval.", [
    ("Order confirmation AS-24-0140.eml", eml_bytes(mail(
        "Agnieszka Nowak <a.nowak@kosmo-pak.pl>", "Nathalie Roux <n.roux@atelier-seve.fr>",
        "Order confirmation AS-24-0140", "Fri, 21 Jun 2024 09:44:12 +0200", _p40_txt))),
])

# ---- p42: UK retailer: "treat the forecast as our firm order" -> RG008
_p42_fc = """BRAMBLE & BLOOM LTD - Q3 2024 FORECAST - SEORIN FILL-PACK
SKU           DESCRIPTION                          JUL      AUG      SEP     Q3
BB-EP60-GT    HYDROGEL EYE PATCH GREEN TEA 60s   8,000   14,000   18,000  40,000
Forecast issued 28/06/2024 by category planning.
"""
_p42_txt = """Hi Dong-hyun,

The store trial went brilliantly - the Green Tea patches sold out in Leeds in nine days!

Attached is our Q3 forecast for the eye patches. Please treat the 40,000 jars in it as our firm
order for Q3, so you can lock the line capacity. A formal PO will follow from our
system when the new supplier code is live, probably in two weeks.

Pouches as per proof v3, cartons of 24.

Cheers,
Oliver
""" + sig("Oliver Grant", "Senior Buyer", "Bramble & Bloom Ltd, Manchester", "+44 161 555 0192")
case("p42_forecast_firm_order", ["RG008"],
     "Buyer sends a Q3 forecast and asks the filler to treat the 40,000 as a firm order.", [
    ("Q3 eye patches.eml", eml_bytes(mail(
        "Oliver Grant <oliver.grant@brambleandbloom.co.uk>", "Dong-hyun Choi <dh.choi@seorinfp.co.kr>",
        "Q3 eye patches - forecast", "Fri, 28 Jun 2024 16:12:00 +0100", _p42_txt,
        attachments=[("BB_Q3_forecast_Seorin.txt", _p42_fc, "text/plain")]))),
])

# ---- p43: supplier order confirmation built from a forecast -> RG008
case("p43_oc_from_forecast", ["RG008"],
     "Supplier order confirmation turns the buyer's forecast into a confirmed order of 24.000 pcs.", [
    ("LR_Conferma_ordine_OC-24-311.pdf", pdf([
        ("h1", "CONFERMA D'ORDINE / ORDER CONFIRMATION OC-24-311"),
        ("p", "Laboratori Riva S.r.l., Via Grumello 57, 24127 Bergamo. P.IVA IT 03318840167."),
        ("p", "Customer: Flor de Caju Cosméticos Ltda., São Paulo. Date: 14/05/2024."),
        ("p", "Reference: your forecast 2024-H2 dated 02/05/2024 (file 'Previsão H2 Riva.xlsx')."),
        ("table", [["Pos.", "Article", "Description", "Q.ty", "Price EUR", "Delivery"],
                   ["1", "FC-SR30-CAJ", "Sérum Facial Caju 30 ml", "8.000", "2,20", "wk 32"],
                   ["2", "FC-SR30-ACE", "Sérum Facial Acerola 30 ml", "8.000", "2,20", "wk 36"],
                   ["3", "FC-SR30-MAR", "Sérum Facial Maracujá 30 ml", "8.000", "2,20", "wk 40"]]),
        ("p", "We confirm the order of 24.000 pcs according to your forecast. Production is planned as per the delivery column."),
        ("p", "Paolo Conti, Direttore Commerciale"),
    ], title="OC-24-311", author="Laboratori Riva")),
])

# ---- p46: DOCX agreement annex: forecast volumes are a purchase commitment -> RG008
case("p46_docx_forecast_commitment", ["RG008"],
     "Supply agreement annex titled forecast declares the buyer commits to the forecast volumes and the filler may plan production against them.", [
    ("GT_Meiyan_supply_agreement_Annex2.docx", docx_bytes([
        ("h1", "Annex 2 — Forecast and volumes"),
        ("p", "To the Supply Agreement between Glow Theory Inc. (Buyer) and Guangzhou Meiyan Biotech Co., Ltd. (Supplier), draft v3, 22 May 2024."),
        ("h", "2.1 Forecast"),
        ("table", [["SKU", "Product", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025"],
                   ["GT-EC15", "Peptide Eye Cream 15 ml tube", "6,000", "9,000", "12,000", "12,000"],
                   ["GT-LM10", "Lip Sleeping Mask 10 g jar", "4,000", "5,000", "6,000", "6,000"]]),
        ("h", "2.2 Status of the forecast"),
        ("p", "The Buyer commits to purchase the forecast volumes in 2.1 (60,000 units in total). The Supplier may plan filling capacity and production against these volumes without waiting for individual purchase orders."),
        ("h", "2.3 Updates"),
        ("p", "The Buyer updates the forecast monthly, by the 5th working day, through the Supplier's portal."),
    ], author="Daniel Brooks")),
])

# ---- p48: "PO released in SAP" + "production release" -> RG009
_p48_txt = """Dear Mr. Choi,

Good news: PO DB-2407-050 (Ceramide Sleeping Pack 80 ml) has been released in SAP today after
our finance review, so you will receive the official PDF from the system tonight.

Scope of the PO: 100 pilot jars only. The other 4,900 jars are not released and stay on hold
until our 8-week stability is signed off. After that, Seo-yeon Kim (Purchasing Team Lead) sends
the production release in writing. Material for the 100 jars only, please.

Jar: 80 ml PETG frosted, white cap, inner disc. Fill 80 g +/- 2 g.

Best regards,
Joon-ho Park
Senior Researcher, R&D Center, Dalbit Beauty Co., Ltd.
"""
case("p48_po_released_sap", ["RG009"],
     "'Released' used for the PO's commercial workflow in SAP and for the production release in the same mail; scope otherwise complete.", [
    ("PO DB-2407-050 Sleeping Pack.eml", eml_bytes(mail(
        "Joon-ho Park <jh.park@dalbitbeauty.co.kr>", "Dong-hyun Choi <dh.choi@seorinfp.co.kr>",
        "PO DB-2407-050 Ceramide Sleeping Pack - pilot", "Wed, 10 Jul 2024 17:30:21 +0900", _p48_txt,
        cc="Seo-yeon Kim <sy.kim@dalbitbeauty.co.kr>"))),
])

# ---- p49: PDF letter: "approved" for samples and for the PO -> RG009
case("p49_pdf_approval_status", ["RG009"],
     "Letter uses 'approved' both for the pilot samples (technical) and for the PO (finance); scope complete.", [
    ("ML_lettre_statut_BC-ML-24-0355.pdf", pdf([
        ("h1", "Statut commande / Order status BC-ML-24-0355"),
        ("p", "Maison Lumière Cosmétiques SAS, Lyon → Laboratori Riva S.r.l., Bergamo. Date: 24/06/2024. Product: Lait Corps Fleur d'Oranger 200 ml."),
        ("table", [["Item", "Status"],
                   ["Pilot samples (lot LR-P-2406)", "Approved — texture, colour and fragrance conform"],
                   ["PO BC-ML-24-0355", "Approved by our finance department on 21/06"],
                   ["Pilot quantity released for filling", "150 bottles"],
                   ["Commercial batch (4.850 bottles)", "Not released — on hold"]]),
        ("p", "The 4.850 bottles will be released only after the 3-month stability sign-off, by written production release from Sophie Martin, Directrice des Opérations."),
        ("p", "Camille Garnier, Responsable Achats"),
    ], title="BC-ML-24-0355", author="Maison Lumiere Cosmetiques")),
])

# ---- p50: WhatsApp: "samples approved" and "PO approved too" -> RG009
case("p50_whatsapp_approved_twice", ["RG009"],
     "Buyer uses 'approved' for the samples (technical) and the PO (finance) in one message; scope complete (240, 4,760 on hold, stability sign-off, Emily releases).", [
    ("WhatsApp Chat with Rick Donnelly.txt", wa([
        ("04/06/2024", "09:12:30", "Rick Donnelly", "Morning Emily! Did the team get a chance to look at the Sage & Cedar pilot?"),
        ("04/06/2024", "09:40:11", "Emily Carter", "Hi Rick! Yes - samples approved ✅ and the PO got approved by finance yesterday too ✅"),
        ("04/06/2024", "09:41:02", "Emily Carter", "Scope stays as on FB-PO-2263: only the 240 pilot units. The 4,760 balance is not released until the 8-week stability is signed off, then I send the written production release"),
        ("04/06/2024", "09:45:37", "Rick Donnelly", "Got it, thanks. We'll sit tight on the 4,760"),
    ])),
])

# =================================================================== BATCH 5
# ---- p51: ERP PO: "PO STATUS: RELEASED" (commercial) + production release -> RG009
case("p51_erp_status_released", ["RG009"],
     "ERP printout uses 'released' for the PO approval workflow and for production release; scope complete (300, 2,700 on hold, sign-off, J. Okafor).", [
    ("NORTHLIGHT_PO_NS-PO-7760.txt", """NORTHLIGHT SKINCARE LTD          PURCHASE ORDER            NS-PO-7760  REV 0
3 Brewery Yard, London SE8 3JQ   PRINTED 03/06/2024 08:14  PAGE 1 OF 1
------------------------------------------------------------------------------
SUPPLIER : KOSMO-PAK SP. Z O.O., LODZ (PL)     SUPPLIER NO : 40217
BUYER    : J. OKAFOR                           CURRENCY    : EUR
PO STATUS: RELEASED  (APPROVAL WORKFLOW COMPLETE - FINANCE 31/05/2024)
------------------------------------------------------------------------------
LN  ITEM        DESCRIPTION                      QTY   UOM   PRICE    VALUE
01  NS-SPF-GEL  AFTER-SUN GEL 150ML TUBE         300   EA    1.95    585.00
------------------------------------------------------------------------------
PRODUCTION RELEASE : PILOT 300 EA ONLY
BALANCE            : 2,700 EA (QUOTE KP-24-0231 = 3,000) NOT RELEASED,
                     ON HOLD UNTIL PILOT SIGN-OFF (STABILITY + PANEL TEST)
RELEASED BY        : WRITTEN PRODUCTION RELEASE FROM J. OKAFOR, HEAD OF
                     SUPPLY, ONLY
MATERIAL           : PILOT QTY ONLY
------------------------------------------------------------------------------
DELIVERY DAP TILBURY RM18 7EH | FILL 150ML +/- 3ML | BATCH CODE ON CRIMP
"""),
])

# ---- p53: folder: PO says 300 pilot patches, buyer email says 350 -> RG011
case("p53_po_vs_mail_qty", ["RG011"],
     "Folder bundle: PO authorises 300 pilot jars, buyer's covering email asks for 350; hold, event and person present.", [
    ("GT-10588_PO.pdf", pdf([
        ("h1", "PURCHASE ORDER GT-10588"),
        ("p", "Glow Theory Inc., Brooklyn NY. Supplier: Seorin Fill-Pack Co., Ltd., Incheon. Date: 06/04/2024. Buyer: Megan Alvarez."),
        ("table", [["Line", "SKU", "Description", "Qty", "Unit USD", "Amount USD"],
                   ["1", "GT-HP-GLD", "Gold Hydrogel Eye Patch, 60 patches/jar, pilot", "300", "3.60", "1,080.00"]]),
        ("p", "Scope: 300 pilot jars. The 6,000-jar commercial batch is not released and stays on hold until our 6-week stability and in-use panel sign-off; Daniel Brooks, VP Operations, then sends the written production release. Material for the pilot only."),
    ], pagesize=LETTER, title="GT-10588", author="Glow Theory")),
    ("GT-10588 cover mail.eml", eml_bytes(mail(
        "Megan Alvarez <megan@glowtheory.com>", "Dong-hyun Choi <dh.choi@seorinfp.co.kr>",
        "GT-10588 gold patches pilot", "Tue, 04 Jun 2024 18:02:10 -0400",
        """Hi Dong-hyun,

PO GT-10588 is in the portal. Please fill the 350 pilot jars of the gold patches - we need
the extra ones for the influencer seeding kits in July.

Everything else as on the PO: the commercial batch stays on hold until stability and the panel
are signed off, and Daniel sends the written release.

Thank you!
Megan
""" + sig("Megan Alvarez", "Purchasing Manager", "Glow Theory Inc. | Brooklyn, NY", "+1 718 555 0143")))),
])

# ---- p54: PDF PO: scope note 500 vs line table 600 -> RG011
case("p54_pdf_note_vs_table", ["RG011"],
     "Same PO: scope note authorises 500 pilot units, the line table orders 600.", [
    ("FB-PO-2334.pdf", pdf([
        ("h1", "PURCHASE ORDER FB-PO-2334"),
        ("p", "Fernwood Botanics, LLC, Portland OR. Vendor: Pacific Pour Labs, Inc., Carlsbad CA (V-0451). PO date: 06/18/2024. Buyer: Emily Carter."),
        ("table", [["Line", "Item", "Description", "Qty", "Unit $", "Ext $"],
                   ["1", "FB-SS50-LAV", "Solid Shampoo Bar 50 g, Lavender, pilot", "300", "1.80", "540.00"],
                   ["2", "FB-SS50-ROS", "Solid Shampoo Bar 50 g, Rosemary, pilot", "300", "1.80", "540.00"]]),
        ("p", "Total: 600 units / $1,080.00"),
        ("h", "Scope note"),
        ("p", "This PO authorizes 500 pilot units in total (250 per scent). The 9,500 commercial units in quote PPL-Q-0618 are not released and stay on hold until our 4-week stability and hair-salon panel are signed off; the written production release then comes from Emily Carter, Director of Operations. Material for the pilot only."),
    ], pagesize=LETTER, title="FB-PO-2334", author="Fernwood Botanics")),
])

# ---- p55: release mail: subject 2.000, body 2.500 -> RG011
_p55_txt = """Bonjour Giulia,

Le challenge test de la Crème Veloutée est conforme (rapport EUROFINS 24-CT-0877), merci
pour votre réactivité.

Production release R-3 on order BC-ML-24-0317: we release 2.500 jars of Crème Veloutée 50 ml
for filling in week 29. The remaining 2.250 jars stay on hold until our next written release,
signed by me, after the Q3 sell-out review.

Material: bulk, jars and wooden caps for the released quantity only.

Bien à vous,
Sophie Martin
Directrice des Opérations, Maison Lumière Cosmétiques
14 quai Saint-Vincent, 69001 Lyon
"""
case("p55_release_subject_body", ["RG011"],
     "Release email: subject releases 2.000 jars, body releases 2.500; hold, event (next written release after review) and Sophie Martin present.", [
    ("Liberation R-3 Creme Veloutee.eml", eml_bytes(mail(
        "Sophie Martin <s.martin@maison-lumiere.fr>", "Giulia Ferrari <g.ferrari@cosmofill-lombarda.it>",
        "Libération R-3 / BC-ML-24-0317 - 2.000 pots Crème Veloutée", "Mon, 15 Jul 2024 09:05:33 +0200", _p55_txt,
        cc="Camille Garnier <c.garnier@maison-lumiere.fr>"))),
])

# ---- p56: WeChat: buyer releases 1,200 then refers to "the 1,000 released" -> RG011
case("p56_wechat_1200_vs_1000", ["RG011"],
     "Buyer releases 1,200 in one message and later refers to 1,000 as released; hold, event and Emily Carter present.", [
    ("WeChat_Amy_Wu_bodybutter.txt", wechat("Amy Wu (Ningbo Qingyu)", [
        ("2024-07-22 08:10:05", "Emily Carter", "Hi Amy, stability on the Shea Body Butter pilot is signed off 🎉"),
        ("2024-07-22 08:11:40", "Emily Carter", "Written release from me: 1,200 jars released for filling now. The other 17,800 stay on hold until our next written release after the Q4 sales review."),
        ("2024-07-22 09:02:13", "Amy Wu", "Thank you Emily! We schedule week 32"),
        ("2024-07-25 21:33:50", "Emily Carter", "Amy, for the shipping plan: the 1,000 jars released on Monday should go in one 20ft container, please quote sea freight to Portland"),
        ("2024-07-26 08:40:22", "Amy Wu", "OK I check with forwarder"),
    ])),
])

# ---- p57: folder: ERP PO 240 EA vs DOCX brief "200 units authorised" -> RG011
case("p57_erp_vs_brief", ["RG011"],
     "Folder bundle: ERP PO authorises 240 pilot tubes, the buyer's brief for the same order says 200; hold, event and James Okafor present.", [
    ("NS-PO-7771.txt", """NORTHLIGHT SKINCARE LTD          PURCHASE ORDER            NS-PO-7771  REV 0
SUPPLIER : KOSMO-PAK SP. Z O.O., LODZ (PL)     BUYER : J. OKAFOR
------------------------------------------------------------------------------
LN  ITEM        DESCRIPTION                      QTY   UOM   PRICE    VALUE
01  NS-BW200    BODY WASH 200ML TUBE - PILOT     240   EA    1.60    384.00
------------------------------------------------------------------------------
SCOPE: PILOT 240 EA ONLY. COMMERCIAL 4,000 EA NOT RELEASED - ON HOLD UNTIL
PILOT SIGN-OFF; WRITTEN PRODUCTION RELEASE FROM J. OKAFOR, HEAD OF SUPPLY.
MATERIAL FOR PILOT QTY ONLY.
"""),
    ("Brief_Body_Wash_pilot.docx", docx_bytes([
        ("h1", "Pilot brief — Body Wash 200 ml (NS-BW200)"),
        ("p", "Northlight Skincare → Kosmo-Pak. Order NS-PO-7771. Author: Dr. Aisha Rahman, Formulation."),
        ("table", [["Item", "Value"],
                   ["Pilot batch authorised", "200 units"],
                   ["Fill weight", "200 ml +/- 4 ml"],
                   ["Viscosity", "4,000–6,000 mPa·s"],
                   ["Tube", "PE 200 ml, flip-top, matte white"]]),
        ("p", "Commercial quantity is not released; see the PO scope note. Panel test with 40 consumers after pilot delivery."),
    ], author="Aisha Rahman")),
])

# ---- p58: buyer portal page: header 800 vs line table 1,000 -> RG011
case("p58_portal_800_vs_1000", ["RG011"],
     "Buyer portal call-off page shows 800 released in the header and 1,000 released in the line table.", [
    ("bb_portal_calloff_BB-FR-0051-02.html", html_page("Bramble & Bloom Supplier Portal - Call-off BB-FR-0051-02", """
<h2>Bramble &amp; Bloom Supplier Portal &rsaquo; Call-offs &rsaquo; BB-FR-0051 / 02</h2>
<p><b>Released quantity: 800</b> | Supplier: Kosmo-Pak Sp. z o.o. | Issued 08/07/2024 by Oliver Grant, Senior Buyer</p>
<table>
<tr><th>SKU</th><th>Description</th><th>Frame qty</th><th>Released this call-off</th><th>Balance not released</th></tr>
<tr><td>BB-FW150-CIT</td><td>Foaming Face Wash 150 ml Citrus</td><td>5,000</td><td>1,000</td><td>4,000</td></tr>
</table>
<p class="note">Balance not released: on hold until the next call-off, signed by Oliver Grant. Material: bulk and bottles for the released quantity only.</p>
<p>Delivery: DAP Manchester M17, week 31. Fill 150 ml +/- 3 ml.</p>
""")),
])

# ---- p61: buyer assistant: deposit paid, so start filling the 4,900 -> RG012
_p61_orig = """Dear Mr. Choi,

PO DB-2407-050: 100 pilot jars of Ceramide Sleeping Pack only. The other 4,900 jars are not
released and stay on hold until our 8-week stability is signed off; Seo-yeon Kim then sends the
production release in writing.

Joon-ho Park, Dalbit Beauty R&D"""
_p61_txt = """Dear Mr. Choi,

This is Ha-eun from Dalbit Beauty purchasing support. Finance paid the 30% deposit for the
commercial batch of Ceramide Sleeping Pack today (remittance KEB-240722-118 attached), so you
can start filling the 4,900 jars now.

Please send the packing list one week before shipment.

Thank you.
Ha-eun Jung
Purchasing Support, Dalbit Beauty Co., Ltd. | +82 2 6952 0402

----- Original Message -----
""" + quote_lines(_p61_orig)
case("p61_deposit_start_4900", ["RG012"],
     "Quoted scope complete (100 active, 4,900 on hold, stability sign-off, Seo-yeon Kim); buyer's assistant then treats the deposit payment as authority to fill the 4,900.", [
    ("Ceramide Sleeping Pack.eml", eml_bytes(mail(
        "Ha-eun Jung <he.jung@dalbitbeauty.co.kr>", "Dong-hyun Choi <dh.choi@seorinfp.co.kr>",
        "Deposit paid - Ceramide Sleeping Pack", "Mon, 22 Jul 2024 15:10:40 +0900", _p61_txt))),
])

# ---- p62: supplier: PO acceptance = production release, forecast accepted as firm -> RG008 RG012
_p62_txt = """Dear James,

Thank you for PO NS-PO-7815 and for sharing your 12-month forecast for the Tinted Lip Balm.

We have accepted PO NS-PO-7815 and your forecast of 24,000 units as a firm order in our system.
Per clause 4.2 of our terms of sale, acceptance of a purchase order constitutes release to
production, so the line will start on Monday 8 July.

Labels v3 are with our printer. Please let me know if the carton marks change.

Kind regards,
Rick Donnelly
Account Manager | Sunbelt Contract Fill LLC | 9400 Ambassador Row, Dallas TX 75247
+1 214 555 0166
"""
_p62_po = pdf([
    ("h1", "PURCHASE ORDER NS-PO-7815"),
    ("p", "Northlight Skincare Ltd, London. Supplier: Sunbelt Contract Fill LLC, Dallas TX. Date: 01/07/2024. Buyer: James Okafor."),
    ("table", [["Line", "Item", "Qty", "Unit USD", "Value USD"],
               ["1", "NS-TLB45-BER Tinted Lip Balm 4.5 g, Berry, pilot", "500", "1.45", "725.00"]]),
    ("p", "Scope: 500 pilot sticks only. Nothing beyond the 500 is released. Further quantities stay on hold until our pilot sign-off and a written production release from James Okafor, Head of Supply. The attached 12-month forecast is for planning only and is not an order."),
], title="NS-PO-7815", author="Northlight Skincare")
case("p62_acceptance_is_release", ["RG008", "RG012"],
     "Buyer PO (attached) is complete and labels the forecast planning-only; supplier books the 24,000 forecast as a firm order and reads PO acceptance as release to production.", [
    ("Re NS-PO-7815 Tinted Lip Balm.eml", eml_bytes(mail(
        "Rick Donnelly <rick@sunbeltfill.com>", "James Okafor <james.okafor@northlightskin.co.uk>",
        "PO NS-PO-7815 accepted - Tinted Lip Balm", "Wed, 03 Jul 2024 11:22:08 -0500", _p62_txt,
        attachments=[("NS-PO-7815.pdf", _p62_po, PDF_MT)]))),
])

# ---- END OF CASES ----


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(151151).shuffle(order)
    labels = {}
    for i, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        name = f"h151_{i:02d}_{stem}"
        d = OUT / name
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[name] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(dict(sorted(labels.items())), indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    print(f"cases: {len(CASES)}  clean: {sum(1 for c in CASES if not c['expect'])}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")


if __name__ == "__main__":
    main()
