#!/usr/bin/env python3
"""Generator for the releasegate check_holdout131 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout131/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). The renderer helpers are copied from check_holdout3/build.py.
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
    m["Message-ID"] = msgid or f"<h131-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h131")
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

# ------------------------------------------------------------ PDF text safety
# reportlab's built-in Helvetica only covers cp1252; Czech letters such as ř, ň, Č would print
# as black boxes. Fold characters outside cp1252 to their base letter (as many ERP PDF exports do).
import unicodedata  # noqa: E402


def _cp1252_safe(s):
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
            out.append(base or "?")
    return "".join(out)


_pdf_unsafe = pdf


def pdf(blocks, **kw):  # noqa: F811
    safe = []
    for b in blocks:
        if b[0] == "table":
            safe.append(("table", [[_cp1252_safe(c) for c in r] for r in b[1]]))
        elif len(b) > 1:
            safe.append((b[0], _cp1252_safe(b[1])))
        else:
            safe.append(b)
    return _pdf_unsafe(safe, **kw)


# ------------------------------------------------------------ small helpers
def quoted(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def to_html(text):
    """Plain text body -> simple HTML alternative (paragraphs, line breaks kept)."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(ln) for ln in p.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def table_html(rows):
    h = "<table>\n<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in rows[0]) + "</tr>\n"
    for r in rows[1:]:
        h += "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n"
    return h + "</table>\n"


# =================================================================== CASES
# Descriptive names: cNN = clean (expect []), pNN = positive (at least one rule).

# ------------------------------------------------------------------ batch 1: clean c01-c13

# c01 supplier quote with sample and production tiers, nothing authorized
case("c01_quote_tiers_brno", [],
     "supplier quote alone: FAI and series price tiers, no authorized quantity; says series needs a written release",
     [("Q-SBL-24-0611.pdf", pdf([
         ("h1", "NABÍDKA / QUOTATION Q-SBL-24-0611"),
         ("p", "Strojírna Brno-Líšeň s.r.o. · Šmahova 112, 627 00 Brno, Czech Republic · IČO 25318921 · "
               "DIČ CZ25318921"),
         ("p", "To: Kempen Vacuum Systems B.V., attn. Mr. Joris Smit (Purchasing), De Run 4410, 5503 LN Veldhoven, NL"),
         ("p", "Date: 3. 4. 2024 · Your RFQ: RFQ-KVS-2024-118 · Drawing: KVS-FR-20931 Rev C, load-lock support "
               "frame, S355J2 welded, powder coat RAL 7035"),
         ("sp",),
         ("table", [
             ["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
             ["1", "First article frame incl. CMM report, weld map, WPS/WPQR (EN ISO 3834-2)", "3 pcs",
              "2.480,00", "6 weeks ARO"],
             ["2", "Series frame, same specification, price tier", "120 pcs", "1.615,00",
              "8 weeks after your production release"],
             ["3", "Export crate (heat-treated, ISPM 15), per frame", "per frame", "95,00", "-"],
         ]),
         ("sp",),
         ("p", "Remarks: Item 2 is a price tier only. Series frames are scheduled only after we receive your "
               "written production release stating the quantity; an order for item 1 does not cover item 2."),
         ("p", "Prices EXW Brno (Incoterms 2020), valid 60 days. Steel surcharge per MEPS index applies if the "
               "order date is later than 31. 5. 2024. Tolerances ISO 2768-mK unless noted on the drawing. Weld "
               "inspection VT 100 %, MT 10 %. Payment 30 days net."),
         ("p", "Ing. Pavel Dvořák · obchodní oddělení / Sales · +420 545 210 331 · dvorak@sbl-brno.cz"),
     ], title="Quotation Q-SBL-24-0611", author="Pavel Dvorak"))])


# c02 supplier question (go-ahead? material?) under a complete quoted buyer scope
_c02_q = """From: Jonathan Tan <jonathan.tan@meridianfab.com.sg>
Sent: Tuesday, 12 March 2024 10:02
To: Siti Nurhaliza <siti@blprecision.com.my>
Subject: PO 7700-3312 golden unit

Hi Siti,

PO 7700-3312 (attached) covers 1 (one) golden unit frame only.
The remaining 46 frames of your quote are not released. They will be released only by a
written release from me (Jonathan Tan, Supply Chain Manager), after our engineering has
signed off the golden unit.
Material: buy for the golden unit only.

Thanks,
Jonathan"""
_c02 = f"""Hi Jonathan,

Good day. The golden unit frame (1 set, P/N MF-FRM-0087 Rev B) was shipped this morning by DHL,
AWB 58 2231 7710, ETA Singapore Thursday. CMM report and weld photos are in the carton and also
uploaded to your portal.

Two questions before we plan next week's loading:

1) Do we have your go-ahead to start the remaining 46 frames, or do we wait for your written
   release after the golden unit sign-off? Our reading of the PO is that we wait.
2) Aluminium extrusion 6063-T6 lead time is now 7 weeks. Is it ok to buy extrusion for the 46 sets
   now, or only after your release? We will not buy anything until you answer.

Thank you and regards,
Siti
{sig("Siti Nurhaliza binti Ahmad", "Customer Service Executive", "Bayan Lepas Precision Sdn Bhd", "+60 4 644 2231")}
{quoted(_c02_q)}
"""
case("c02_supplier_question_goahead", [],
     "supplier asks whether it may start the 46 / buy extrusion; quoted buyer scope is complete (1 GU, hold, event, Jonathan Tan)",
     [("RE_PO_7700-3312_golden_unit.eml", mail(
         "Siti Nurhaliza <siti@blprecision.com.my>", "Jonathan Tan <jonathan.tan@meridianfab.com.sg>",
         "RE: PO 7700-3312 golden unit", "Mon, 08 Apr 2024 11:20:00 +0800", _c02,
         in_reply_to="<mf-7700-3312-01@meridianfab.com.sg>"))])


# c03 labelled forecast, SAP printout
_c03 = """SAGAMI PROCESS EQUIPMENT CO., LTD.                    DELIVERY FORECAST (PLANNING ONLY)
Purchasing Dept. / Sagamihara Plant 2                                       Page 1 of 1
------------------------------------------------------------------------------------------
Vendor      : 300418  KL HARNESS WORKS SDN BHD, SHAH ALAM, SELANGOR
Document    : FC 2024-W18          Run date: 2024.04.29 06:12     User: AMORI
Material    : 77-HN-4412-03   HARNESS ASSY, RF GENERATOR I/F, 3.2M
Plant       : 2100   MRP controller: A07   Sched. agreement: 5500002214
------------------------------------------------------------------------------------------
 *** THIS IS A FORECAST. IT IS NOT A PURCHASE ORDER AND NOT A RELEASE.              ***
 *** NO PRODUCTION AND NO MATERIAL PURCHASE IS AUTHORIZED BY THIS DOCUMENT.         ***
------------------------------------------------------------------------------------------
 PERIOD     FROM         TO             FORECAST QTY   UOM   STATUS
 W20        2024.05.13   2024.05.19               40   PC    FORECAST
 W21        2024.05.20   2024.05.26               40   PC    FORECAST
 W22        2024.05.27   2024.06.02               60   PC    FORECAST
 W23        2024.06.03   2024.06.09               60   PC    FORECAST
 JUN-2024   (rest)                               120   PC    FORECAST
 JUL-2024   monthly                              180   PC    FORECAST
 AUG-2024   monthly                              180   PC    FORECAST
 SEP-2024   monthly                              220   PC    FORECAST
                                          --------------
 TOTAL                                           900   PC
------------------------------------------------------------------------------------------
 Production quantities are authorized only by KANBAN call-off under scheduling
 agreement 5500002214, each call-off signed by planner Aiko Mori.
 Material liability arising from this forecast: NONE.
 Questions: a-mori@sagami-pe.co.jp   tel +81 42 555 2231 (ext. 2231)
------------------------------------------------------------------------------------------
"""
case("c03_labelled_forecast_sap", [],
     "SAP delivery forecast clearly labelled planning only / not an order, no material liability",
     [("FC_2024-W18_300418.txt", _c03)])


# c04 scoped sign-off: golden unit signed off for fit check only, production not released
_c04 = f"""Dear Mr. Lim,

Thank you for the quick turnaround on the golden unit for harness 4022-118-90331 (12-station
interlock harness, Rev 07).

Result of our fit check on the tool last Friday: the golden unit is signed off for fit check only.
Production is NOT released by this. We still owe you the EMC test result (test slot in week 21 at
our lab in Best).

To repeat the scope of PO 4502219876 so that nobody misreads it: the PO covers 3 pieces (1 golden
unit + 2 spare samples for the EMC test). The balance of 57 harnesses from your quotation stays on
hold. It is released only by a written production release from Marieke Dekker (Category Manager
Electrical), after the EMC test report is signed off. Please buy connector housings for the 3
sample pieces only; the Harting inserts for the 57 are not covered yet.

Minor points for the next build: label position 40 mm instead of 25 mm from the backshell, and
please add the heat-shrink colour code per our WI-0044.

Met vriendelijke groet / Kind regards,
Femke Bakker
{sig("Femke Bakker", "Supplier Quality Engineer", "Kempen Vacuum Systems B.V.", "+31 40 555 2217")}"""
case("c04_fitcheck_only_signoff", [],
     "golden unit signed off for fit check only; 3 pcs active, 57 on hold, EMC sign-off + written release by Marieke Dekker",
     [("Golden_unit_4022-118-90331_fit_check.eml", mail(
         "Femke Bakker <femke.bakker@kempenvacuum.nl>", "Lim Chee Keong <cklim@klharness.com.my>",
         "Golden unit 4022-118-90331 - fit check result", "Tue, 07 May 2024 16:45:00 +0200", _c04,
         html=to_html(_c04), cc="Marieke Dekker <marieke.dekker@kempenvacuum.nl>"))])


# c05 full-quantity production PO that says "proceed"
case("c05_full_qty_po_proceed", [],
     "full-quantity PO for 24 manifolds, no sample phase, no further quantity; 'proceed with all 24' is scoped",
     [("PO_4410-07781.pdf", pdf([
         ("h1", "PURCHASE ORDER 4410-07781"),
         ("p", "Cascade Wafer Tools Inc. · 2200 NE Brookwood Pkwy, Hillsboro, OR 97124 · USA"),
         ("p", "Vendor: Mesa Precision Machining LLC, 1840 W Broadway Rd, Mesa, AZ 85202 · Vendor no. 20417"),
         ("p", "PO date: 05/06/2024 · Terms: Net 45 · Ship: FCA Mesa AZ, UPS Freight acct 4471-CWT"),
         ("sp",),
         ("table", [
             ["Line", "Part / Rev", "Description", "Qty", "UoM", "Unit USD", "Ext. USD"],
             ["1", "40-118822 / F", "Gas manifold, 316L VAR, EP 10 Ra max", "24", "EA", "1,840.00", "44,160.00"],
             ["2", "40-118822-CRT", "Cert pack: MTRs, passivation per ASTM A967, He leak 1E-9", "1", "LOT",
              "0.00", "0.00"],
             ["", "", "", "", "", "Total", "44,160.00"],
         ]),
         ("sp",),
         ("p", "Order scope: this is a production order for the full quantity of 24 manifolds. There is no sample "
               "phase and no further quantity on this order. Please proceed with all 24 manifolds; partial "
               "shipments of 8 per week accepted from week 24."),
         ("p", "Quality: ISO 9001:2015 supplier; SEMI F20 material; first-piece inspection at your shop by our "
               "source inspector (Gary Ostrowski) before the lot goes to cleaning and double-bagging."),
         ("p", "Buyer: Rachel Kim, Senior Buyer · rachel.kim@cascadewt.com · +1 503 555 0142"),
     ], pagesize=LETTER, title="PO 4410-07781", author="Cascade Wafer Tools"))])


# c06 explicit recorded auto-conversion
case("c06_recorded_auto_conversion", [],
     "explicit recorded auto-conversion naming quantity 76, signer, conditions and release authority; clean",
     [("PO_4800021177_auto-conversion_record.docx", docx_bytes([
         ("h1", "Recorded auto-conversion statement"),
         ("p", "PO 4800021177 · Chamber lid CL-300-77 Rev 3 · Al 5083-H321, machined, hard anodized"),
         ("p", "Parties: Hsinchu Precision Tool Corp. (buyer) and Kunshan Jiali Precision Machinery Co., Ltd. "
               "(supplier)."),
         ("p", "PO 4800021177 covers 80 chamber lids: 4 FAI lids and 76 production lids. Today only the 4 FAI "
               "lids are released."),
         ("p", "Auto-conversion, recorded in advance: if the FAI of the 4 lids is signed off by SQE Lin Yu-Ting "
               "with the disposition 'accepted, no deviation', that sign-off releases the 76 production lids by "
               "itself, on the date of the sign-off, without a further release letter."),
         ("table", [
             ["Condition", "Requirement"],
             ["FAI disposition", "accepted, no deviation (AS9102 forms 1-3 complete)"],
             ["Signer of the FAI", "Lin Yu-Ting, SQE"],
             ["Quantity released by that sign-off", "76 lids (production lids of PO 4800021177)"],
             ["If deviation or interim disposition", "the 76 lids stay on hold; release only by written release "
                                                     "from Chang Wei-Lun"],
             ["Material authority before the sign-off", "sample-only (material for 4 lids)"],
             ["Recorded by", "Chang Wei-Lun, Director Supply Chain (release authority, limit USD 250,000), "
                             "2 May 2024"],
             ["Acknowledged by supplier", "Zhou Qiang, Operations Manager, 3 May 2024"],
         ]),
         ("p", "This statement is part of PO 4800021177 and is filed in the order record."),
     ], author="Chang Wei-Lun"))])


# c07 Mexican supplier: deposit does not release production
_c07_q = """De: Daniel Brooks <dbrooks@redlinesemi.com>
Enviado: jueves, 2 de mayo de 2024 08:12
Para: Alejandra Ríos
Asunto: PO 5100-2231 deposit

Alejandra, the 30% deposit for PO 5100-2231 was wired today.
Reminder of the PO note: 5 FAI housings only. The balance of 195 housings is not released
and stays on hold until FAI sign-off; the release comes in writing from me, Daniel Brooks
(Procurement Manager).
Dan"""
_c07 = f"""Hola Daniel,

Recibimos el anticipo del 30% (USD 4,212.00) hoy, muchas gracias.

Just so both sides read it the same way: the deposit does not release production. Under PO
5100-2231 we machine only the 5 FAI housings (P/N RS-HSG-4471 Rev A). The other 195 housings stay
on hold; we will not cut material for them until we have your written release after the FAI
sign-off, como dice la nota del PO.

FAI housings are on the Mazak this week; CMM report and material certs planned for May 17th.

Saludos,
Alejandra
{sig("Ing. Alejandra Ríos", "Gerente de Ventas", "Maquinados del Bajío S.A. de C.V., Querétaro", "+52 442 555 0187")}
{quoted(_c07_q)}
"""
case("c07_deposit_not_release", [],
     "supplier confirms the deposit does not release production; quoted buyer scope complete",
     [("RE_PO_5100-2231_anticipo.eml", mail(
         "Alejandra Ríos <arios@maqbajio.com.mx>", "Daniel Brooks <dbrooks@redlinesemi.com>",
         "RE: PO 5100-2231 deposit / anticipo", "Fri, 03 May 2024 13:05:00 -0600", _c07,
         in_reply_to="<rs-5100-2231-dep@redlinesemi.com>"))])


# c08 call-off with explicit staged material authority above the released quantity
case("c08_calloff_staged_material", [],
     "blanket call-off releases 30 sets; explicit staged material authority 120 sets; balance 480 held; next call-off by Wong Kah Wai",
     [("Call-off_04_BPO_7700-2950.pdf", pdf([
         ("h1", "CALL-OFF / SCHEDULE RELEASE No. 04"),
         ("p", "Meridian FabTech Pte Ltd · 21 Tampines Industrial Ave 5, Singapore 528624"),
         ("p", "To: Suzhou Hengda Sheet Metal Co., Ltd., Suzhou Industrial Park · attn. Mr. Xu Jun"),
         ("p", "Blanket PO 7700-2950 · Part MF-ENC-2210 Rev D, EFEM side panel set (5 panels per set, SPCC "
               "1.2 mm, powder coat RAL 9003) · Date: 6 May 2024"),
         ("sp",),
         ("table", [
             ["Item", "Sets", "Status"],
             ["Blanket PO quantity (commercial cover)", "600", "covered by PO, not released as a whole"],
             ["Released by call-offs 01-03", "90", "released, delivered"],
             ["Released by this call-off 04", "30", "released: fabricate and ship"],
             ["Blanket balance after call-off 04", "480", "NOT released"],
             ["Material authority", "staged up to 120 sets", "raw material only, at Meridian's liability"],
         ]),
         ("sp",),
         ("p", "Material: you may buy and hold SPCC sheet and powder for up to 120 sets at our liability, to "
               "protect the 6-week mill lead time. Do not cut, bend or coat beyond the 30 sets released here."),
         ("p", "The blanket balance of 480 sets is released only by further call-offs, each signed by Wong Kah "
               "Wai, Planning Manager. Delivery of call-off 04: 30 sets in week 23, DAP Singapore."),
         ("p", "Wong Kah Wai · Planning Manager · kahwai.wong@meridianfab.com.sg · +65 6555 0193"),
     ], title="Call-off 04", author="Meridian FabTech"))])


# c09 Czech supplier acknowledgement restating the hold, with the buyer PO attached
_c09_po = pdf([
    ("h1", "PURCHASE ORDER 4500331907"),
    ("p", "Kempen Vacuum Systems B.V. · De Run 4410 · 5503 LN Veldhoven · NL"),
    ("p", "Supplier: Kovo Plzeň s.r.o., Koterovská 84, 326 00 Plzeň, CZ · Supplier no. 100341"),
    ("p", "Date: 22.04.2024 · Incoterms FCA Plzeň · Payment 60 days"),
    ("table", [
        ["Item", "Material", "Description", "Qty", "Price EUR", "Value EUR"],
        ["10", "KVS-VC-7710 rev B", "Vacuum chamber weldment, 1.4404, FAI", "2 PC", "6.950,00", "13.900,00"],
    ]),
    ("sp",),
    ("p", "Scope note: only the 2 FAI weldments are released by this PO. The balance of 38 pcs from offer "
          "N-2024-0388 is not released. Unlock: FAI sign-off by KVS Quality, followed by a written release "
          "from Bram Visser, Purchasing Lead (release limit EUR 200.000). Material authority: sample-only."),
], title="PO 4500331907", author="Kempen Vacuum Systems")
_c09 = f"""Dear Mr. Visser,

we acknowledge your PO 4500331907 dated 22.4.2024 as written:

- 2 pcs FAI vacuum chamber weldment KVS-VC-7710 rev B (1.4404, TIG, helium leak test 1x10-9 mbar.l/s)
- delivery FCA Plzeň, week 24

We understand that the balance of 38 pcs from our offer N-2024-0388 is not released. We will not
start those 38 pcs and will not order 1.4404 plate for them until we receive your written release
after the FAI sign-off. Material for the 2 FAI pieces is in stock.

Please note our company holiday 22.7.-2.8.2024.

S pozdravem / Best regards
Tomáš Novák
{sig("Tomáš Novák", "Obchodní referent / Sales", "Kovo Plzeň s.r.o.", "+420 377 555 118")}"""
case("c09_supplier_ack_restates_hold", [],
     "supplier acknowledgement restating the hold; attached PO names 2 FAI, balance 38 held, FAI sign-off + Bram Visser",
     [("Potvrzeni_objednavky_4500331907.eml", mail(
         "Tomáš Novák <novak@kovoplzen.cz>", "Bram Visser <bram.visser@kempenvacuum.nl>",
         "Potvrzení objednávky / Order acknowledgement PO 4500331907", "Thu, 25 Apr 2024 08:40:00 +0200", _c09,
         attachments=[("PO_4500331907.pdf", _c09_po, PDF_MT)]))])


# c10 SAP PO printout with a complete scope note (European number format)
_c10 = """KEMPEN VACUUM SYSTEMS B.V.                                          PURCHASE ORDER
De Run 4410, 5503 LN Veldhoven, NL                            PO no.   4500335120
VAT NL8123.44.871.B01                                          Date     2024-05-06
                                                               Page     1 / 1
Vendor 100287
BAYAN LEPAS PRECISION SDN BHD
Plot 88, Lorong Perusahaan 10, 11900 Bayan Lepas, Penang, MY

Buyer     : R. Hermans          tel +31 40 555 2290
Terms     : 60 days net         Incoterms 2020: FCA Penang
Currency  : EUR

Itm  Material          Description                       Qty  Un    Price/Un      Net value
---- ----------------- --------------------------------- ---- --- ----------- -------------
10   4022-631-20871    MANIFOLD, ROUGHING, AL6061-T6        3  PC       812,50      2.437,50
                       Drawing 4022-631-20871 rev 04
                       Eval build (pilot)
                       Deliv. date 2024-06-21
------------------------------------------------------------------------------------------
Header text / scope note:
  This PO releases 3 pcs (eval build) and nothing else.
  The balance of 57 pcs of quotation BLP-Q-24-0192 (quoted 60 pcs,
  basis: forecast) is NOT released and stays on hold.
  Unlock event: sign-off of the eval build report by KVS Development,
  followed by a written production release.
  Release authority for the balance: Ruud Hermans, Commodity Buyer
  Machining (limit EUR 50.000).
  Material authority: sample-only (material for 3 pcs).
------------------------------------------------------------------------------------------
Total net value EUR                                                           2.437,50

Delivery address: KVS Goods Receipt, Gate 3, De Run 4410, Veldhoven. Mention PO no. on
all packing lists. Our general purchasing conditions (KVS-AIV 2023) apply.
"""
case("c10_sap_po_complete_scope", [],
     "SAP PO: 3 pcs eval build active, 57 not released, eval report sign-off + written release, Ruud Hermans, sample-only",
     [("PO_4500335120.txt", _c10)])


# c11 Teams export: buyer scope complete in chat
_c11 = """Microsoft Teams - chat export
Chat: HPT / Hengda - EFEM frame eval build
Exported 2024-05-08 17:42 (UTC+08:00) by chen.meihua@hpt-tool.com.tw

[2024-05-06 09:14] Chen Mei-Hua (Hsinchu Precision Tool): Morning Mr. Xu, PO 4800021240 is issued in the portal.
[2024-05-06 09:15] Chen Mei-Hua (Hsinchu Precision Tool): Scope, to be clear: only the 3 eval build frames for now. The other 27 frames from your quote are not released.
[2024-05-06 09:16] Chen Mei-Hua (Hsinchu Precision Tool): They stay closed until I send the written release, after our eval review meeting signs off the 3 frames (planned week 22).
[2024-05-06 09:31] Xu Jun (Suzhou Hengda): Noted with thanks. 3 sets only. We buy material for 3 sets only.
[2024-05-06 09:32] Xu Jun (Suzhou Hengda): Drawing HPT-EF-1182 rev C, correct?
[2024-05-06 09:40] Chen Mei-Hua (Hsinchu Precision Tool): Correct, rev C. Powder coat RAL 9003 fine texture.
[2024-05-06 09:41] Xu Jun (Suzhou Hengda): 👍
[2024-05-07 14:02] Xu Jun (Suzhou Hengda): Laser cut done for 3 sets, bending tomorrow. Photos in Files tab.
[2024-05-07 14:20] Chen Mei-Hua (Hsinchu Precision Tool): Thanks, looks fine. Please pack with corner protectors this time, last shipment had two dented corners.
[2024-05-07 14:22] Xu Jun (Suzhou Hengda): OK will do.
"""
case("c11_teams_eval_scope", [],
     "Teams chat: 3 eval frames active, other 27 not released, eval review sign-off + written release by sender Chen Mei-Hua",
     [("Teams_HPT_Hengda_EFEM_eval.txt", _c11)])


# c12 buyer supplier-portal page with a complete release status
_c12_rows = [
    ["Quantity", "Pcs", "Status"],
    ["Quoted (Soldaduras quote SIC-0931, basis forecast)", "200", "information, not an order"],
    ["PO commercial cover (PO 4500334412)", "10", "pilot lot"],
    ["Released", "10", "pilot lot: build and ship"],
    ["On hold", "190", "not released"],
    ["Material authority", "10", "sample-only"],
]
_c12_ev = [
    ["Date", "Event", "By"],
    ["2024-04-18", "PO 4500334412 issued (10 pcs pilot lot)", "S. de Wit"],
    ["2024-04-19", "Supplier acknowledgement: 10 pcs, hold on 190 noted", "J. Villalobos (supplier)"],
    ["2024-05-02", "Pilot lot shipped, ASN 77120", "J. Villalobos (supplier)"],
]
_c12_body = f"""<div class="hdr"><b>KVS Supplier Portal</b> &middot; Order 88-20417 &middot; Soldaduras Industriales de Chihuahua S.A. de C.V.</div>
<h2>Frame weldment KVS-WF-5530 rev A</h2>
<p>Material S235JR tube 80x80x4, welded per EN ISO 3834-3, hot-dip galvanized.</p>
{table_html(_c12_rows)}
<div class="note"><p><b>Scope.</b> Only the 10-piece pilot lot is released. The other 190 pieces are on hold and are not released.</p>
<p><b>Unlock event:</b> sign-off of the pilot lot by KVS Quality, then a written production release.</p>
<p><b>Release authority:</b> Sanne de Wit, Supply Chain Manager (limit EUR 150.000).</p></div>
<h3>Order events</h3>
{table_html(_c12_ev)}
<p style="color:#666">Portal v4.2 &middot; printed 2024-05-06 10:12 CET</p>"""
case("c12_portal_release_status", [],
     "buyer portal page: 10 released, 190 on hold, pilot sign-off + written release, Sanne de Wit, sample-only",
     [("portal_order_88-20417.html", html_page("KVS Supplier Portal - Order 88-20417", _c12_body))])


# c13 identifiers that look like quantities; full-quantity PO
_c13_notes = """DWG 1200-480  SHEET 3 OF 4  REV 12   GENERAL NOTES
 1. MATERIAL: 316L SST PER ASTM A240 / A479.
 2. WELD PER AWS D17.1:2017 CLASS A. ALL WELDS FULL PENETRATION.
 3. INSPECTION: 100% VT, 10% RT PER ASME SEC V ART 2.
 4. HE LEAK TEST <= 1E-9 ATM-CC/S, REPORT REQUIRED.
 5. SURFACE PER SEMI F19, 15 RA MAX WETTED.
 6. CLEAN AND DOUBLE BAG PER ISO 14644-1 CLASS 5.
 7. UNLESS OTHERWISE SPECIFIED: .XX +/-.010, .XXX +/-.005, ANGLES +/-0.5 DEG.
 8. BREAK EDGES .005-.015.
 9. QTY PER ASSY: 2 (REF PN 300-1200-000 TRANSFER CHAMBER ASSY).
10. BURN-IN 1000 CYCLES PERFORMED BY REDLINE, NOT BY SUPPLIER.
"""
_c13 = f"""Hi Marcus,

PO 7702-500 is in the portal: two (2) pcs of PN 300-1200-480 Rev 12 (bellows weldment, transfer
chamber, refurb spare). This PO is the full quantity; nothing follows it. Please go ahead with
both (2) pieces.

Specs per DWG 1200-480 sheet 3 (notes attached as text since the PDF is 40 MB): weld per AWS D17.1
Class A, He leak <= 1E-9 atm-cc/s, surface per SEMI F19, double-bag per ISO 14644-1 Class 5.
The 1000-cycle burn-in is on our side. Pricing per your quote Q-2500 rev 2, lead time 4 weeks.

Need date 6/14. Ship UPS 2nd Day Air, acct 8X-4471.

Thanks,
Tyler
{sig("Tyler Grant", "Buyer", "Redline Semi Refurb LLC, Austin TX", "+1 512 555 0177")}"""
case("c13_identifiers_full_qty", [],
     "full-quantity PO for 2 pcs; part numbers, revs, ISO/AWS norms and cycle counts look like quantities",
     [("PO_7702-500_bellows_weldment.eml", mail(
         "Tyler Grant <tgrant@redlinesemi.com>", "Marcus Bell <mbell@columbiaweld.com>",
         "PO 7702-500 - PN 300-1200-480 Rev 12 bellows weldment (qty 2)", "Wed, 15 May 2024 14:10:00 -0500",
         _c13, attachments=[("DWG_1200-480_notes.txt", _c13_notes, "text/plain")]))])


# ------------------------------------------------------------------ batch 2: clean c14-c25

# c14 interim FAI disposition with limits (DOCX with table), Japanese buyer
case("c14_interim_disposition_docx", [],
     "interim FAI disposition limited to 20 pcs / date; written release R-01 for 20 by Kenji Watanabe; 175 held until full sign-off",
     [("FAI-24-0371_disposition.docx", docx_bytes([
         ("h1", "FAI Disposition Record FAI-24-0371"),
         ("p", "Sagami Process Equipment Co., Ltd. · Quality Assurance Section · Sagamihara Plant 2"),
         ("table", [
             ["Item", "Content"],
             ["Part", "55-MN-3309 Rev 2, process manifold, SUS316L, electropolished"],
             ["Supplier", "Bayan Lepas Precision Sdn Bhd (vendor 300233)"],
             ["PO", "4700088120: 200 pcs commercial cover (5 FAI + 195 production)"],
             ["FAI lot", "5 pcs, received 2024-04-22, lot BLP-24-0417"],
             ["Disposition", "INTERIM (limited)"],
             ["Limit", "20 pcs, valid until 2024-06-30"],
             ["Deviation", "Ra 0.6 um measured on port face B vs. Ra 0.4 um specified; accepted under "
                           "deviation DV-24-018 for 20 pcs only"],
         ]),
         ("sp",),
         ("h", "Production release under this interim disposition"),
         ("p", "Written release R-01 for 20 pcs, signed by Kenji Watanabe (Procurement Manager, release "
               "authority), 2024-05-02. These 20 pcs are production pieces; the 5 FAI pieces are not counted."),
         ("h", "Balance"),
         ("p", "175 pcs (195 - 20) are not released. They are released only after a full FAI sign-off "
               "(re-submission of 3 pcs after the polishing fixture change), by a written release from "
               "Kenji Watanabe."),
         ("h", "Material authority"),
         ("p", "Material for the 20 released pcs plus the 3 re-submission pcs. No material for the 175 pcs."),
         ("sp",),
         ("p", "Signed: Takahashi Yuki, SQE, 2024-05-02. Copy: Bayan Lepas Precision (Mr. Ong Wei Jie)."),
     ], author="Takahashi Yuki"))])


# c15 forwarded old quote (rfc822) declared informational
_c15_old = mail("Lee Kwok Wai <kwlee@shenzhen-ampere.com>", "purchasing@meridianfab.com.sg",
                "Quotation MF-BRK-3310 Rev C", "Mon, 14 Oct 2019 10:30:00 +0800",
                """Dear Sir/Madam,

Please find our quotation for MF-BRK-3310 Rev C wafer lift bracket:

Qty 2,000 pcs @ USD 14.20/pc, FOB Shenzhen
Process: 6061-T6 machined from plate, hard anodize MIL-A-8625 Type III Class 1, 25 um,
laser marking per your spec ME-0041.
Lead time 5 weeks.

Best regards,
Lee Kwok Wai
Shenzhen Ampere Precision""")
_c15 = f"""Dear Ms. Zhou,

PO 7700-3420 for 4 FAI pieces of the copy-exact wafer lift bracket MF-BRK-3310 Rev E is now in our
portal. Only these 4 FAI brackets are released.

The production quantity in your quotation KJ-24-133 (400 pcs, forecast basis) is not released. It
stays on hold until our SQE signs off the FAI and I send you a written release (Hafiz Ismail,
Senior Buyer, release limit SGD 80k). Material authority: sample-only.

For copy-exact reasons I forward below the original 2019 quotation from the previous source. It
is for information only: the 2,000 pcs in it is a historical price basis, not a quantity we order
or release. Please match the process route shown there (Type III hard anodize, 25 um, laser
marking per ME-0041).

Best regards,
Hafiz
{sig("Hafiz Ismail", "Senior Buyer", "Meridian FabTech Pte Ltd", "+65 6555 0171")}"""
case("c15_forwarded_old_quote_info", [],
     "PO for 4 FAI with full scope; forwarded 2019 quote with 2,000 pcs declared information only",
     [("PO_7700-3420_FAI_copy_exact.eml", mail(
         "Hafiz Ismail <hafiz.ismail@meridianfab.com.sg>", "Zhou Lan <zhoulan@ksjiali.cn>",
         "PO 7700-3420 - FAI MF-BRK-3310 Rev E (copy exact)", "Thu, 09 May 2024 15:25:00 +0800", _c15,
         attachments=[("rfc822", _c15_old)]))])


# c16 quoted supplier assumption of auto-conversion, corrected by the buyer
_c16_q = """From: Pavel Dvořák <dvorak@sbl-brno.cz>
Sent: Monday, 13 May 2024 09:12
To: Lars Vermeulen
Subject: PO 4500336001 FAI frames

Dear Mr. Vermeulen,
the 4 FAI frames ship on Friday with the CMM report. Once you sign the FAI we continue with
the 96 pcs directly, is that ok? It would help us to keep the welding cell loaded.
Best regards, Pavel Dvořák"""
_c16 = f"""Dear Pavel,

No. The FAI sign-off does not release the 96 pcs.

PO 4500336001 releases only the 4 FAI frames. The 96 pcs stay on hold until you receive a written
release from me after the FAI sign-off. Please do not start them and do not buy material for
them before that release. I understand the cell loading issue; if the FAI is clean I will try to
send the release within two working days of the sign-off.

Kind regards,
Lars
{sig("Lars Vermeulen", "Category Manager Mechanics", "Kempen Vacuum Systems B.V.", "+31 40 555 2264")}
{quoted(_c16_q)}
"""
case("c16_buyer_corrects_autoconv", [],
     "quoted supplier question assumes roll-over; buyer corrects: 4 FAI only, 96 held until written release by Lars Vermeulen",
     [("RE_PO_4500336001_FAI_frames.eml", mail(
         "Lars Vermeulen <lars.vermeulen@kempenvacuum.nl>", "Pavel Dvořák <dvorak@sbl-brno.cz>",
         "RE: PO 4500336001 FAI frames", "Mon, 13 May 2024 11:47:00 +0200", _c16, html=to_html(_c16),
         in_reply_to="<sbl-20240513-0912@sbl-brno.cz>"))])


# c17 production release letter for the full remaining balance
case("c17_release_letter_full_balance", [],
     "production release of 196 = whole remaining PO balance after FAI sign-off; named authority + second approver; nothing left on hold",
     [("Production_Release_PR-24-0117.pdf", pdf([
         ("h1", "PRODUCTION RELEASE PR-24-0117"),
         ("p", "Cascade Wafer Tools Inc. · 2200 NE Brookwood Pkwy, Hillsboro, OR 97124"),
         ("p", "To: Maquinados del Bajío S.A. de C.V., Querétaro · attn. Ing. Luis Herrera, Planeación"),
         ("p", "Date: 05/03/2024"),
         ("table", [
             ["Field", "Value"],
             ["PO", "4410-07640 (200 housings: 4 FAI + 196 production)"],
             ["Part", "40-220913 Rev C, RF match housing, Al 6061-T651, chem film MIL-DTL-5541 Class 3"],
             ["Unlock event", "FAI sign-off FAI-0913-01, signed 04/30/2024 by SQE Dana Whitfield"],
             ["Released before this letter", "4 FAI housings"],
             ["Quantity released by this letter", "196 housings"],
             ["Balance after this letter", "0 - the PO quantity is now fully released"],
             ["Material authority", "material for 196 housings"],
             ["Delivery", "49 per week, weeks 22 to 25, FCA Querétaro"],
         ]),
         ("sp",),
         ("p", "Authorized by: Michael Osei, Director Global Supply (release authority, limit USD 500,000)."),
         ("p", "Second approver: Jennifer Alvarez, Finance Controller."),
         ("p", "Please confirm receipt and the weekly ship plan to planning@cascadewt.com."),
     ], pagesize=LETTER, title="PR-24-0117", author="Michael Osei"))])


# c18 Slack: supplier asks about buying material for all; buyer says no
_c18 = """Slack export - channel #meridian-mesa-manifolds
Workspace: meridian-suppliers.slack.com   Exported: 2024-05-11

--- Friday, May 10th, 2024 ---

Jake Moreno  8:02 AM
morning! question on PO 7700-3398 (5 pilot manifolds MF-MAN-0412 rev A). can we buy the 6061 plate for all 150 now? mill lead time is 10 wks and the price is good this month

Jake Moreno  8:03 AM
we'd hold it here, just want to lock the heat lot

Priya Raman  9:47 PM
Hi Jake - no, plate for the 5 pilot units only. The other 145 are not released, and neither is material for them.

Priya Raman  9:48 PM
They stay on hold until pilot sign-off by our ME team; after that I release them in writing (Priya Raman, Procurement Lead). If lead time is the worry, send me a quote for a staged material authority and I'll take it to our review.

Jake Moreno  9:55 PM
copy that. plate for 5 only :+1:
"""
case("c18_slack_material_question", [],
     "supplier asks to buy plate for 150; buyer: 5 pilot only, 145 held until pilot sign-off + written release by Priya Raman",
     [("slack_meridian-mesa-manifolds_2024-05-10.txt", _c18)])


# c19 stop notice
_c19 = f"""Dear Mr. Novák,

Effective immediately: stop all work on PO 4500331955 (manifold KVS-MN-3301 rev D). This includes
the 8 FAI manifolds that were released under this PO. Nothing more may start - no machining, no
welding, no material purchase - until I lift this stop in writing.

Reason: NCR-24-0712, porosity found in weld W3 on two parts from your previous lot 24-118.

Active quantity from today: zero (0). Parts already finished may stay in your stores; please send
me a count of finished and in-process parts by Friday.

The stop will be lifted only by a written notice from me, after NCR-24-0712 is closed with an
accepted 8D. The balance of 112 manifolds on this order was never released and remains not
released; it still needs the FAI sign-off and a written release from me.

Kind regards,
Eva Jansen
{sig("Eva Jansen", "Supply Chain Manager", "Kempen Vacuum Systems B.V.", "+31 40 555 2201")}"""
case("c19_stop_notice", [],
     "stop notice: active quantity zero, named lift authority and event; balance 112 not released, FAI sign-off + Eva Jansen",
     [("STOP_PO_4500331955_NCR-24-0712.eml", mail(
         "Eva Jansen <eva.jansen@kempenvacuum.nl>", "Tomáš Novák <novak@kovoplzen.cz>",
         "STOP - PO 4500331955 manifolds - NCR-24-0712", "Wed, 15 May 2024 07:55:00 +0200", _c19,
         html=to_html(_c19), cc="Quality KVS <quality@kempenvacuum.nl>",
         extra={"Importance": "high"}))])


# c20 change notice that keeps quantities and hold unchanged
case("c20_change_notice_no_qty_change", [],
     "ECN changes a port fitting; states 6 FAI released, 114 not released until FAI sign-off on Rev E + release by Rachel Kim",
     [("CN-2024-0147.pdf", pdf([
         ("h1", "CHANGE NOTICE CN-2024-0147"),
         ("p", "Cascade Wafer Tools Inc. · Engineering Change Control · Issued 05/03/2024"),
         ("table", [
             ["Item", "From", "To"],
             ["Drawing 40-118830", "Rev D", "Rev E (issued 05/03/2024)"],
             ["Port P3", "1/4 in. VCR male", "1/4 in. face seal, Swagelok 6LV series"],
             ["Weld W5", "orbital, 1 pass", "orbital, 2 passes, purge O2 < 10 ppm"],
             ["Effectivity", "-", "all parts not yet machined, starting with the FAI pieces"],
         ]),
         ("sp",),
         ("p", "Quantities and release status are unchanged by this change notice. Released under PO 4410-07702: "
               "6 FAI manifolds. The balance of 114 manifolds is not released; it is released only by a "
               "written release from Rachel Kim (Senior Buyer, release authority) after the FAI sign-off on "
               "Rev E parts."),
         ("p", "Supplier action: quote any cost impact within 5 working days; build the 6 FAI manifolds to Rev E."),
         ("p", "Signatures: T. Nguyen (ME), D. Whitfield (QE), R. Kim (Supply Chain)."),
     ], pagesize=LETTER, title="CN-2024-0147", author="Cascade Wafer Tools"))])


# c21 full-quantity PO (DOCX, table) with a scoped green light
case("c21_full_qty_green_light_docx", [],
     "full-quantity PO for 8 frames, 'green light for all eight (8)', no sample phase, no further quantity",
     [("PO_5100-2307_frames.docx", docx_bytes([
         ("h1", "Purchase Order 5100-2307"),
         ("p", "Redline Semi Refurb LLC · 9800 Metric Blvd, Austin, TX 78758"),
         ("p", "Supplier: Soldaduras Industriales de Chihuahua S.A. de C.V., Av. Tecnológico 4410, Chihuahua, Chih."),
         ("p", "Date: May 7, 2024 · Terms: Net 30 · Incoterms: FCA El Paso, TX (cross-border by supplier's broker)"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit USD", "Ext. USD"],
             ["1", "RS-FRM-8812 rev C", "Mainframe support weldment, A36, powder coat gray", "8", "2,150.00",
              "17,200.00"],
             ["2", "RS-FRM-8812-KIT", "Leveling feet + seismic brackets, loose", "8", "145.00", "1,160.00"],
         ]),
         ("sp",),
         ("p", "Green light for all eight (8) frames under this PO. This is the complete quantity: there is no "
               "sample phase and nothing follows on this order."),
         ("p", "Inspection: dimensional report per frame; weld visual per AWS D1.1; coating thickness 3-5 mils."),
         ("p", "Buyer: Tyler Grant · tgrant@redlinesemi.com · +1 512 555 0177"),
     ], author="Tyler Grant"))])


# c22 production release email with second approver; remaining balance held
_c22_rows = [["Item", "Qty", "Status"],
             ["PO 4500332200 commercial cover", "180", "weldments KVS-VC-8820 rev A"],
             ["FAI (released earlier)", "4", "signed off 2024-05-14, report F-2231"],
             ["Released by PR-2024-031", "60", "build and ship"],
             ["Balance after PR-2024-031", "116", "NOT released"]]
_c22 = """Dear Mr. Dvořák,

Production release PR-2024-031 for PO 4500332200 (vacuum chamber weldment KVS-VC-8820 rev A):

- Unlock event: FAI sign-off on 14 May 2024 (report F-2231).
- Quantity released by this release: 60 weldments.
- Authorized by: Joost van Dam (release authority); second approver: Nadia Ali (Finance Controller).
- Balance after this release: 116 weldments, not released. The next release follows the 30-day
  field check of the first 20 installed chambers and is again issued in writing by Joost van Dam.
- Material authority: material for the 60 released weldments.

Please confirm and send the weekly ship plan.

Kind regards,
Joost van Dam
Supply Chain Lead Mechanics, Kempen Vacuum Systems B.V.
"""
_c22_html = ("<html><body style=\"font-family:Calibri,Arial\"><p>Dear Mr. Dvořák,</p>"
             "<p>Production release <b>PR-2024-031</b> for PO 4500332200 (vacuum chamber weldment KVS-VC-8820 rev A):</p>"
             + table_html(_c22_rows) +
             "<p>Unlock event: FAI sign-off on 14 May 2024 (report F-2231). Authorized by: Joost van Dam (release "
             "authority); second approver: Nadia Ali (Finance Controller).</p><p>The balance of 116 weldments is not "
             "released. The next release follows the 30-day field check of the first 20 installed chambers and is "
             "again issued in writing by Joost van Dam. Material authority: material for the 60 released "
             "weldments.</p><p>Kind regards,<br>Joost van Dam</p></body></html>")
case("c22_release_email_second_approver", [],
     "production release of 60 with named authority + second approver; balance 116 held until field check + written release",
     [("PR-2024-031_PO_4500332200.eml", mail(
         "Joost van Dam <joost.vandam@kempenvacuum.nl>", "Pavel Dvořák <dvorak@sbl-brno.cz>",
         "Production release PR-2024-031 - PO 4500332200", "Fri, 17 May 2024 10:30:00 +0200", _c22,
         html=_c22_html, cc="Nadia Ali <nadia.ali@kempenvacuum.nl>"))])


# c23 Dutch sample PO (DOCX), European number format, sample-only material authority
case("c23_dutch_proto_po_docx", [],
     "Dutch proto-series PO: 4 pcs active, series 1.250 (forecast) not released, proto sign-off + release by Anouk Verbeek",
     [("Inkooporder_2024-0417.docx", docx_bytes([
         ("h1", "Inkooporder / Purchase order 2024-0417"),
         ("p", "Brabant Wafer Handling B.V. · Science Park 5080 · 5692 EA Son · Nederland"),
         ("p", "Leverancier / Supplier: Kovo Plzeň s.r.o., Koterovská 84, 326 00 Plzeň, CZ"),
         ("p", "Datum: 29-04-2024 · Levering: DAP Son, week 23 · Betaling: 60 dagen"),
         ("table", [
             ["Pos.", "Artikel", "Omschrijving / Description", "Aantal", "Prijs EUR", "Bedrag EUR"],
             ["1", "BWH-EE-2207 rev B", "End-effector bracket, Ti6Al4V, proto-series", "4", "1.180,00", "4.720,00"],
         ]),
         ("sp",),
         ("h", "Scope of this order"),
         ("p", "This order covers only the 4 proto pieces. The series quantity in your offer (1.250 pcs per year, "
               "basis: forecast) is not released and stays on hold."),
         ("p", "Unlock: sign-off of the proto-series by our engineering (Wouter Hendriks, Mechanical Lead), then "
               "a written release from Anouk Verbeek (Inkoop / Purchasing Manager). Nobody else can release "
               "series quantities."),
         ("p", "Material authority: sample-only. Buy titanium bar for the 4 proto pieces only."),
         ("p", "Graag een orderbevestiging binnen 3 werkdagen. Please confirm within 3 working days."),
         ("p", "Met vriendelijke groet, Anouk Verbeek"),
     ], author="Anouk Verbeek"))])


# c24 Japanese-English portal order notice for an evaluation build
_c24_rows = [["No.", "Item", "Quantity", "Status"],
             ["1", "Eval build frame 55-FR-2200 Rev D", "2 sets", "ordered and released"],
             ["2", "Remaining quantity of quotation SH-Q-24-0061", "98 sets", "not released (on hold)"]]
_c24_body = f"""<h2>Sagami Process Equipment - Supplier Portal / Order Notice</h2>
<p>To: Suzhou Hengda Sheet Metal Co., Ltd. &nbsp; Order No.: 4700088455 &nbsp; Issue date: 2024.05.09</p>
{table_html(_c24_rows)}
<div class="note">
<p>Kindly note: this order is for the evaluation build of 2 sets only.</p>
<p>Remaining 98 sets are not released. Release of the remaining sets is done only after the evaluation result is confirmed (sign-off by our Development Dept.), by written release from Mr. Hiroshi Sato, General Manager Procurement.</p>
<p>Material: please purchase for 2 sets only. We appreciate your kind understanding.</p>
</div>
<p>Delivery: 2024.06.14, DAP Sagamihara Plant 2. Inspection: dimension report and coating thickness report.</p>
<p>Contact: Yamada Kenta, Procurement Section &middot; k-yamada@sagami-pe.co.jp</p>"""
case("c24_japanese_eval_portal", [],
     "Japanese-English portal notice: 2 eval sets, 98 not released until eval sign-off + written release by Hiroshi Sato",
     [("order_notice_4700088455.html", html_page("Order Notice 4700088455", _c24_body))])


# c25 multi-file: full-quantity PO (TXT) + supplier ack with European number format (same quantity)
_c25_po = """CASCADE WAFER TOOLS INC                                PURCHASE ORDER      PAGE 1
2200 NE BROOKWOOD PKWY  HILLSBORO OR 97124             ORDER NUMBER: 4410-07815
                                                       ORDER DATE:   08-MAY-2024
SUPPLIER: 30912  KOVO PLZEN S.R.O.                     BUYER: KIM, RACHEL
          KOTEROVSKA 84, 326 00 PLZEN, CZ              TERMS: NET 45
SHIP TO:  CASCADE WAFER TOOLS - RECEIVING DOCK 2       FOB: FCA PLZEN
-------------------------------------------------------------------------------------
LN  ITEM             REV  DESCRIPTION                     QTY   UOM   UNIT PRICE    EXT
--  ---------------  ---  ------------------------------  ----- ---   ----------  ---------
 1  40-330071        B    STANDOFF, M6, SST 303, PASSIV.  1,200  EA       3.85    4,620.00
                          NEED BY: 21-JUN-2024
-------------------------------------------------------------------------------------
NOTE TO SUPPLIER:
  FULL QUANTITY ORDER. 1,200 EA IS THE COMPLETE QUANTITY - NO SAMPLE PHASE,
  NO FURTHER QUANTITY ON THIS ORDER. SHIP COMPLETE.
  PASSIVATION PER ASTM A967 NITRIC 2. C OF C REQUIRED.
                                                          TOTAL USD   4,620.00
"""
_c25 = f"""Dear Ms. Kim,

we confirm your order 4410-07815 dated 8. 5. 2024:

pos. 1  40-330071 rev B  distanční sloupek / standoff M6, 1.4305, passivated
        1.200 ks (pcs) á 3,85 USD = 4.620,00 USD
        delivery 21. 6. 2024 FCA Plzeň, shipped complete

C of C and passivation certificate per ASTM A967 will be in the shipment.

S pozdravem / Best regards
Jana Horáková
{sig("Jana Horáková", "Prodej / Sales", "Kovo Plzeň s.r.o.", "+420 377 555 120")}"""
case("c25_same_qty_two_formats", [],
     "full-quantity PO 1,200 EA and supplier ack '1.200 ks' are the same quantity (European format); no conflict",
     [("PO_4410-07815.txt", _c25_po),
      ("Potvrzeni_4410-07815.eml", mail(
          "Jana Horáková <horakova@kovoplzen.cz>", "Rachel Kim <rachel.kim@cascadewt.com>",
          "Potvrzení objednávky 4410-07815", "Thu, 09 May 2024 09:15:00 +0200", _c25))])


# ------------------------------------------------------------------ batch 3: positives p01-p15

# p01 EML: FAI PO + quote with 120 production tier, no scope wording at all
_p01_po = pdf([
    ("h1", "PURCHASE ORDER 7710-0442"),
    ("p", "Redline Semi Refurb LLC · 9800 Metric Blvd, Austin, TX 78758 · USA"),
    ("p", "Vendor: Bayan Lepas Precision Sdn Bhd, Plot 88, Lorong Perusahaan 10, 11900 Bayan Lepas, Penang"),
    ("p", "PO date: 04/22/2024 · Terms: Net 60 · Ship via FedEx IP, acct 2231-7710-4 · Quote Q-BLP-24-2231"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit USD", "Ext. USD"],
        ["1", "RS-VC-2290 rev B", "Vacuum chamber, Al 6061-T6, hard anodize Type III, FAI", "4", "3,960.00",
         "15,840.00"],
    ]),
    ("sp",),
    ("p", "Documentation: CMM report, He leak report, anodize certs. Quote Q-BLP-24-2231 is part of this PO."),
], pagesize=LETTER, title="PO 7710-0442", author="Redline Semi Refurb")
_p01_quote = pdf([
    ("h1", "QUOTATION Q-BLP-24-2231"),
    ("p", "Bayan Lepas Precision Sdn Bhd · ISO 9001:2015 · Penang, Malaysia"),
    ("p", "Customer: Redline Semi Refurb LLC, attn. Mr. Tyler Grant · Date: 9 April 2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
        ["1", "RS-VC-2290 rev B vacuum chamber - FAI", "4", "3,960.00", "7 weeks"],
        ["2", "RS-VC-2290 rev B vacuum chamber - production", "120", "2,870.00", "10 weeks"],
    ]),
    ("sp",),
    ("p", "Prices FCA Penang. Anodize Type III by qualified subcon (Techplate, Prai). Validity 45 days."),
    ("p", "Kumar Selvaraj, Sales Manager"),
], title="Q-BLP-24-2231", author="Bayan Lepas Precision")
_p01 = f"""Hi Kumar / team BLP,

Attached is PO 7710-0442 for the 4 FAI vacuum chambers (P/N RS-VC-2290 rev B, Al 6061-T6 with Type III
hard anodize), together with your quote Q-BLP-24-2231, which we attached to the PO as the commercial
basis.

Key dates: FAI chambers at our Austin dock by June 21. CMM data and the He leak report in the box
please, and upload the anodize certs to the portal.

Ship via FedEx IP, acct 2231-7710-4. Let me know if 6/21 is a problem.

Thanks,
Tyler
{sig("Tyler Grant", "Buyer", "Redline Semi Refurb LLC, Austin TX", "+1 512 555 0177")}"""
case("p01_fai_po_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 4 FAI with the quote (120 production) attached as 'commercial basis'; nothing about balance, event or releaser",
     [("PO_7710-0442_FAI_chambers.eml", mail(
         "Tyler Grant <tgrant@redlinesemi.com>", "Kumar Selvaraj <kumar@blprecision.com.my>",
         "PO 7710-0442 - FAI chambers RS-VC-2290", "Mon, 22 Apr 2024 16:40:00 -0500", _p01,
         attachments=[("PO_7710-0442.pdf", _p01_po, PDF_MT), ("Q-BLP-24-2231.pdf", _p01_quote, PDF_MT)]))])


# p02 multi-file: pilot PO + quote (300 volume) + supplier ack saying bar bought for 300
_p02_po = pdf([
    ("h1", "PURCHASE ORDER 7700-3501"),
    ("p", "Meridian FabTech Pte Ltd · 21 Tampines Industrial Ave 5, Singapore 528624"),
    ("p", "Supplier: Kunshan Jiali Precision Machinery Co., Ltd., Kunshan, Jiangsu, PRC"),
    ("p", "Date: 2 May 2024 · Currency USD · Incoterms FOB Shanghai · Payment T/T 60 days"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit", "Amount"],
        ["1", "MF-MAN-0520 rev A", "Gas distribution manifold, SUS316L, pilot", "6", "410.00", "2,460.00"],
    ]),
    ("sp",),
    ("p", "Basis: supplier quotation KJ-24-151 (attached). Delivery 6 pcs by 14 June 2024."),
    ("p", "Buyer: Hafiz Ismail, Senior Buyer."),
], title="PO 7700-3501", author="Meridian FabTech")
_p02_quote = docx_bytes([
    ("h1", "QUOTATION KJ-24-151"),
    ("p", "Kunshan Jiali Precision Machinery Co., Ltd. · No. 88 Huangpujiang Rd, Kunshan"),
    ("p", "To: Meridian FabTech Pte Ltd, Mr. Hafiz Ismail · Date: 2024-04-18"),
    ("table", [
        ["Item", "Part no.", "Stage", "Qty", "Unit price USD", "Lead time"],
        ["1", "MF-MAN-0520 rev A", "Pilot", "6", "410.00", "4 weeks"],
        ["2", "MF-MAN-0520 rev A", "Volume", "300", "188.00", "6 weeks"],
    ]),
    ("p", "Material SUS316L bar, mill cert EN 10204 3.1. Electropolish Ra 0.4 max. Price valid 30 days."),
    ("p", "Zhou Lan, Sales Dept."),
], author="Zhou Lan")
_p02 = f"""Dear Mr. Hafiz,

Thank you for PO 7700-3501. We acknowledge the 6 pcs pilot manifolds MF-MAN-0520 rev A, delivery
14 June FOB Shanghai.

To secure the delivery for your volume ramp, we already purchased SUS316L bar for 300 pcs (heat
no. 24A-5531, mill cert attached in next mail). Bar is in our warehouse now.

Pilot machining starts next Monday.

Best regards,
Zhou Lan
{sig("Zhou Lan", "Sales Dept.", "Kunshan Jiali Precision Machinery Co., Ltd.", "+86 512 5555 0388")}"""
case("p02_pilot_po_quote_ack_bar", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "bundle: PO for 6 pilot, quote shows 300 volume, no hold/event/releaser; supplier bought bar for 300",
     [("PO_7700-3501.pdf", _p02_po),
      ("Quotation_KJ-24-151.docx", _p02_quote),
      ("Order_ack_7700-3501.eml", mail(
          "Zhou Lan <zhoulan@ksjiali.cn>", "Hafiz Ismail <hafiz.ismail@meridianfab.com.sg>",
          "Order acknowledge PO 7700-3501", "Mon, 06 May 2024 10:05:00 +0800", _p02))])


# p03 HTML portal PO page: sample lot with quotation reference showing 250 volume
_p03_lines = [["Line", "Part", "Description", "Qty", "UoM", "Unit price TWD", "Need date"],
              ["10", "HPT-WF-3302 rev B", "Weldment frame, SUS304, sample lot", "5", "PC", "38,500", "2024/06/07"]]
_p03_quote = [["Quotation SH-24-0218", "Stage", "Qty", "Unit price TWD"],
              ["HPT-WF-3302 rev B", "sample", "5", "38,500"],
              ["HPT-WF-3302 rev B", "volume", "250", "21,900"]]
_p03_body = f"""<h2>Hsinchu Precision Tool Corp. &mdash; Supplier Collaboration Portal</h2>
<p><b>Purchase order 4800021290</b> &middot; Supplier: Suzhou Hengda Sheet Metal Co., Ltd. &middot; Created 2024/05/03 by Chen Mei-Hua</p>
<h3>PO lines</h3>
{table_html(_p03_lines)}
<h3>Linked documents</h3>
{table_html(_p03_quote)}
<p>Delivery terms: DAP Hsinchu Science Park, Building 3 receiving. Packing: wooden crate, desiccant, tilt indicator.</p>
<p>Inspection: weld visual, dimension report, pickling &amp; passivation cert.</p>
<p><i>Please acknowledge this PO in the portal within 3 working days.</i></p>"""
case("p03_portal_sample_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 5-piece sample lot with linked quotation showing 250 volume; no hold, event or releaser",
     [("HPT_portal_PO_4800021290.html", html_page("PO 4800021290 - HPT Supplier Portal", _p03_body))])


# p04 Dutch DOCX PO: FAI harness sets + annual requirement written as firm commitment
case("p04_docx_po_annual_firm", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "PO for 3 FAI sets; header states annual forecast 1.200 sets as firm commitment; no hold, event or releaser",
     [("Inkooporder_2024-0452_harness.docx", docx_bytes([
         ("h1", "Inkooporder / Purchase order 2024-0452"),
         ("p", "Brabant Wafer Handling B.V. · Science Park 5080 · 5692 EA Son · NL"),
         ("p", "Supplier: KL Harness Works Sdn Bhd, Lot 12, Jalan Pengapit 15/19, Shah Alam, Selangor, MY"),
         ("p", "Date: 06-05-2024 · Delivery: DAP Son, week 24 · Payment: 60 days"),
         ("p", "Annual requirement 2024: 1.200 sets. This forecast is our firm commitment for 2024; please plan "
               "your capacity on it."),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Price EUR", "Amount EUR"],
             ["1", "BWH-CH-1140 rev 03", "Cable harness set, robot Z-axis, FAI", "3", "286,00", "858,00"],
         ]),
         ("sp",),
         ("p", "FAI documentation: pull test report, hipot 1.500 V AC, continuity, photos of crimp cross-sections."),
         ("p", "Inspection at our incoming: 100 % electrical check. Labels per BWH-WI-0078."),
         ("p", "Met vriendelijke groet, Sander Mulder, Inkoper"),
     ], author="Sander Mulder"))])


# p05 Oracle TXT PO: FAI then 'keep the line moving' on the 240, no named releaser
_p05 = """CASCADE WAFER TOOLS INC                                PURCHASE ORDER      PAGE 1
2200 NE BROOKWOOD PKWY  HILLSBORO OR 97124             ORDER NUMBER: 4410-07790
                                                       REVISION:     0
                                                       ORDER DATE:   29-APR-2024
SUPPLIER: 20417  MESA PRECISION MACHINING LLC          BUYER: CHO, BRIAN
          1840 W BROADWAY RD, MESA AZ 85202            TERMS: NET 45
SHIP TO:  CASCADE WAFER TOOLS - RECEIVING DOCK 2       FOB: FCA MESA AZ
-------------------------------------------------------------------------------------
LN  ITEM             REV  DESCRIPTION                     QTY   UOM   UNIT PRICE    EXT
--  ---------------  ---  ------------------------------  ----- ---   ----------  ---------
 1  40-221174        C    PUMP ADAPTER, AL 6061, FAI          6  EA     310.00    1,860.00
                          NEED BY: 31-MAY-2024
-------------------------------------------------------------------------------------
NOTE TO SUPPLIER:
  PER QUOTE MPM-Q-4471: FAI 6 EA / PRODUCTION 240 EA.
  ONCE FAI IS SIGNED OFF, KEEP THE LINE MOVING ON THE PRODUCTION RUN SO WE DON'T
  LOSE THE MACHINE SLOT. PRICING FOR PRODUCTION PER QUOTE.
  FAI PER AS9102 FORMS 1-3. CMM DATA IN PC-DMIS FORMAT.
                                                          TOTAL USD   1,860.00
"""
case("p05_oracle_keep_line_moving", ["RG001", "RG003", "RG005", "RG007"],
     "FAI 6 EA; note says once FAI signed off keep the line moving on the 240 run: implied auto-conversion, no hold, no releaser",
     [("PO_4410-07790.txt", _p05)])


# p06 WhatsApp export: 'start the next batch', no quantity, on a blanket PO
_p06 = """WhatsApp Chat with Sagami / KLHW harness
[29/04/2024, 08:12:31] Ong Wei Jie: Morning Ito-san, last batch 77-HN-4412-03 shipped Friday, AWB 160-2231 4471
[29/04/2024, 08:13:02] Ong Wei Jie: Blanket PO 4700087700 total 500 pcs, how many pcs for this batch?
[29/04/2024, 10:40:55] Takeshi Ito: Ong-san thank you. pls start next batch of harness, line is waiting
[29/04/2024, 10:41:20] Takeshi Ito: qty I confirm later after our MRP run, just start first
[29/04/2024, 10:42:03] Ong Wei Jie: ok noted, we start cutting wire today
[29/04/2024, 10:42:30] Ong Wei Jie: same label spec as last batch?
[29/04/2024, 10:44:12] Takeshi Ito: yes same. arigatou
[29/04/2024, 10:44:40] Ong Wei Jie: 👍
"""
case("p06_whatsapp_next_batch", ["RG003", "RG004", "RG005", "RG010"],
     "buyer tells supplier to start the next batch on a 500-pc blanket with no quantity; nothing on the rest, event or releaser",
     [("WhatsApp_Chat_Sagami_KLHW.txt", _p06)])


# p07 Slack: eval build kicked off without a count; hold/event/person present
_p07 = """Slack export - #bwh-blp-endeffector   (Brabant Wafer Handling <> Bayan Lepas Precision)
Exported 2024-05-13

[2024-05-13 09:05] Sander Mulder: Hi Kumar, PO 2024-0433 is out. Kick off the eval build for the robot end-effector brackets BWH-EE-2210 rev A.
[2024-05-13 09:06] Sander Mulder: The rest of the 200 stays parked - not released - until I send the written release after our eval report is signed off (Sander Mulder, Inkoper). Material: eval build only.
[2024-05-13 09:30] Kumar Selvaraj: Noted Sander, will start the eval build this week. Material for eval only.
[2024-05-13 09:31] Kumar Selvaraj: Ti bar from stock, anodize not needed for eval right?
[2024-05-13 09:44] Sander Mulder: Correct, no anodize on the eval pieces, bead blast only.
[2024-05-13 09:45] Kumar Selvaraj: ok 👌
"""
case("p07_slack_eval_no_count", ["RG010"],
     "eval build kicked off with no count anywhere; rest of 200 not released, eval sign-off + written release by Sander Mulder",
     [("slack_bwh-blp-endeffector.txt", _p07)])


# p08 PDF PO: pilot lot 'per pilot build plan', quantity never stated
case("p08_pdf_po_qty_per_plan", ["RG010"],
     "PO line quantity 'per pilot build plan (to be advised)'; volume 400 not released, pilot sign-off + release by Shinji Ota",
     [("PO_4700088610.pdf", pdf([
         ("h1", "PURCHASE ORDER 4700088610"),
         ("p", "Sagami Process Equipment Co., Ltd. · 3-12-5 Minamihashimoto, Chuo-ku, Sagamihara, Kanagawa"),
         ("p", "Supplier: Strojírna Brno-Líšeň s.r.o., Brno, Czech Republic · Date: 2024.05.10"),
         ("table", [
             ["No.", "Part No.", "Description", "Quantity", "Unit price EUR", "Remarks"],
             ["1", "55-FR-3120 Rev B", "Frame weldment, pilot lot", "per pilot build plan PBP-0091 (to be advised)",
              "1.640,00", "DAP Sagamihara"],
         ]),
         ("sp",),
         ("p", "Order scope: this order covers the pilot lot only. The quoted volume of 400 frames is not "
               "released and stays on hold."),
         ("p", "Release of the volume is done only after sign-off of the pilot lot by our Development Dept., "
               "by written release from Mr. Shinji Ota, Procurement Section Manager."),
         ("p", "Material: purchase for the pilot lot only. Inspection: weld map, dimension report, paint thickness."),
         ("p", "Contact: Yamada Kenta · k-yamada@sagami-pe.co.jp"),
     ], title="PO 4700088610", author="Sagami Process Equipment"))])


# p09 EML: 'start the first-article pieces' without a count; hold/event/person present
_p09 = f"""Dear Mr. Novák,

Thank you for your offer KP-2024-0560. Please start the first-article pieces of the pump flange
adapter per drawing 77-0412 Rev C (SUS304, ISO 2768-f). Our PO number is 4800021333.

The volume quantity in your offer (150 pcs) is not released and remains on hold. It will be
released only after our SQE signs off the first-article inspection report, by a written release
from me (Chang Wei-Lun, Director Supply Chain). Please buy material for the first-article pieces
only.

Inspection: AS9102 form 3 with balloon drawing, surface roughness report for the sealing face.

Best regards,
Chang Wei-Lun
{sig("Chang Wei-Lun", "Director Supply Chain", "Hsinchu Precision Tool Corp.", "+886 3 555 7788")}"""
case("p09_eml_first_article_no_count", ["RG010"],
     "buyer says start the first-article pieces, never states how many; 150 held, FAI sign-off + release by Chang Wei-Lun",
     [("PO_4800021333_first_article.eml", mail(
         "Chang Wei-Lun <wl.chang@hpt-tool.com.tw>", "Tomáš Novák <novak@kovoplzen.cz>",
         "PO 4800021333 - first article pump flange adapter", "Tue, 14 May 2024 09:05:00 +0800", _p09))])


# p10 Oracle TXT: qty '1 LOT' for the FAI lot
_p10 = """REDLINE SEMI REFURB LLC                               PURCHASE ORDER      PAGE 1 OF 1
9800 METRIC BLVD  AUSTIN TX 78758                      PO NUMBER:   7702-488
                                                       PO DATE:     01-MAY-2024
SUPPLIER: 88120  COLUMBIA WELD & FAB INC               BUYER:       GRANT, TYLER
          4410 E TRENT AVE, SPOKANE WA 99202           TERMS:       NET 30
-------------------------------------------------------------------------------------
LN  ITEM             REV  DESCRIPTION                       QTY  UOM    UNIT PRICE       EXT
--  ---------------  ---  ------------------------------  ----  ----  ------------  --------
 1  RS-FRM-9010      A    FRAME WELDMENT, LOADPORT, FAI LOT    1  LOT     6,400.00  6,400.00
                          NEED BY 14-JUN-2024
-------------------------------------------------------------------------------------
SPECIAL INSTRUCTIONS:
  FAI LOT ONLY. PRODUCTION QUANTITY (QUOTED 60 FRAMES, QUOTE CWF-1188) IS NOT
  RELEASED AND STAYS ON HOLD. IT IS RELEASED ONLY BY A WRITTEN RELEASE FROM
  TYLER GRANT (BUYER) AFTER FAI SIGN-OFF BY REDLINE QUALITY.
  MATERIAL FOR THE FAI LOT ONLY.
  WELD PER AWS D1.1, POWDER COAT RAL 7035.
                                                           TOTAL USD      6,400.00
"""
case("p10_oracle_fai_one_lot", ["RG010"],
     "FAI line is '1 LOT' with a lot price, so no part count is authorized; 60 held, FAI sign-off + release by Tyler Grant",
     [("PO_7702-488.txt", _p10)])


# p11 thread: 'you're good to run' after a finishing-vendor question
_p11_q1 = """From: Dustin Hale <dhale@mesaprecision.com>
Sent: Wednesday, May 8, 2024 7:41 AM
To: Brian Cho <brian.cho@cascadewt.com>
Subject: PO 4410-07755 - anodizer change

Brian,
Valley Plating is down for 3 weeks (rectifier failure). We can switch to AZ Finishing, same
spec MIL-A-8625 Type II Class 1, they're on your ASL. Ok to run?
Dustin"""
_p11_q0 = """From: Brian Cho <brian.cho@cascadewt.com>
Sent: Monday, April 29, 2024 3:15 PM
To: Dustin Hale <dhale@mesaprecision.com>
Subject: PO 4410-07755

Dustin, PO 4410-07755 is for 10 pilot manifolds 40-118845 rev B. The balance of 190 from your
quote is not released; it stays on hold until pilot sign-off, and then I release it in writing
(Brian Cho, Buyer, release authority). Material for the 10 pilots only."""
_p11 = f"""Yep, AZ Finishing is fine, you're good to run.

Brian
{sig("Brian Cho", "Buyer", "Cascade Wafer Tools Inc.", "+1 503 555 0166")}
{quoted(_p11_q1)}
>
{quoted(_p11_q0)}
"""
case("p11_good_to_run_thread", ["RG002"],
     "buyer answers a finishing question with an unscoped 'you're good to run'; quoted PO scope otherwise complete",
     [("RE_PO_4410-07755_anodizer_change.eml", mail(
         "Brian Cho <brian.cho@cascadewt.com>", "Dustin Hale <dhale@mesaprecision.com>",
         "RE: PO 4410-07755 - anodizer change", "Wed, 08 May 2024 09:02:00 -0700", _p11,
         in_reply_to="<mpm-0508-0741@mesaprecision.com>"))])


# p12 Teams export: 'Approved 👍' on golden unit photos
_p12 = """Microsoft Teams chat export - "Sagami x KLHW / 77-HN-5120 golden unit"
Exported 2024-05-16 11:02 JST

2024-05-07 13:10  Takeshi Ito (Sagami): PO 4700089011 issued. Scope: 3 golden units of harness 77-HN-5120-01 only.
2024-05-07 13:11  Takeshi Ito (Sagami): Remaining 147 pcs are not released. After golden unit sign-off I will send written release (Takeshi Ito, Purchasing).
2024-05-07 13:25  Ong Wei Jie (KLHW): Noted, 3 pcs golden unit only. Material for 3 pcs.
2024-05-15 17:48  Ong Wei Jie (KLHW): Golden unit photos + hipot report + pull test uploaded to the Files tab. Pls confirm.
2024-05-15 17:49  Ong Wei Jie (KLHW): Crimp cross-section also inside, 3 samples.
2024-05-16 09:03  Takeshi Ito (Sagami): Checked. Approved 👍
2024-05-16 09:04  Ong Wei Jie (KLHW): Thank you Ito-san!
"""
case("p12_teams_approved_thumbs", ["RG002"],
     "buyer answers the golden-unit upload with a bare 'Approved', no sample scope or quantity; earlier scope complete",
     [("Teams_Sagami_KLHW_77-HN-5120.txt", _p12)])


# p13 Dutch buyer: FAI passed, go ahead and run it, no need to wait for the release letter
_p13_q = """From: Kees Vermeer <kees.vermeer@kempenvacuum.nl>
Sent: 15 April 2024 10:20
To: Jorge Villalobos <jvillalobos@sicmx.com.mx>
Subject: PO 4500334987 golden frames

Jorge, PO 4500334987 covers 2 golden frames KVS-WF-5610 rev A. The balance of 48 frames is on
hold and not released. It is released only by a written release from me (Kees Vermeer, Buyer
Frames) after the golden frames are signed off by our incoming inspection."""
_p13 = f"""Hi Jorge,

Golden frames measured at our incoming yesterday - all dimensions in, weld visual fine, zinc
thickness 92 um average. Nice job, much better than the first try.

FAI passed, so go ahead and run it; no need to wait for a release letter from me. Same packing as
the golden frames please, and send the ASN one day before pickup.

Groeten,
Kees
{sig("Kees Vermeer", "Buyer Frames", "Kempen Vacuum Systems B.V.", "+31 40 555 2243")}
{quoted(_p13_q)}
"""
case("p13_fai_passed_go_ahead_run", ["RG002", "RG007"],
     "buyer: 'FAI passed, so go ahead and run it; no need to wait for a release letter' - unscoped and rolls sign-off into production",
     [("RE_PO_4500334987_golden_frames.eml", mail(
         "Kees Vermeer <kees.vermeer@kempenvacuum.nl>", "Jorge Villalobos <jvillalobos@sicmx.com.mx>",
         "RE: PO 4500334987 golden frames", "Thu, 16 May 2024 08:35:00 +0200", _p13, html=to_html(_p13),
         in_reply_to="<kvs-4500334987-01@kempenvacuum.nl>"))])


# p14 Japanese buyer answers an ECN question with a bare 'Please proceed.'
_p14_q = """From: Xu Jun <xujun@szhengda.cn>
Sent: Monday, May 13, 2024 6:20 PM
To: Yamada Kenta
Subject: RE: ECN-24-031 frame 55-FR-2200

Dear Yamada-san,
We received ECN-24-031 (drawing 55-FR-2200 Rev D to Rev E, hole pattern change).
We start now with Rev E? Please advise.
Xu Jun

> From: Yamada Kenta
> Sent: Thursday, May 9, 2024
> Order 4700088455 is for 2 sets evaluation build only. Remaining 98 sets are not released.
> Release of remaining sets only after evaluation sign-off, by written release from
> Mr. Hiroshi Sato, General Manager Procurement."""
_p14 = f"""Dear Mr. Xu,

Thank you for your confirmation. Please proceed.

Best regards,
Yamada Kenta
{sig("Yamada Kenta", "Procurement Section", "Sagami Process Equipment Co., Ltd.", "+81 42 555 2204")}
{quoted(_p14_q)}
"""
case("p14_japanese_please_proceed", ["RG002"],
     "bare 'Please proceed.' to a supplier question, no quantity or eval scope; quoted earlier scope complete",
     [("RE_ECN-24-031_frame_55-FR-2200.eml", mail(
         "Yamada Kenta <k-yamada@sagami-pe.co.jp>", "Xu Jun <xujun@szhengda.cn>",
         "RE: ECN-24-031 frame 55-FR-2200", "Tue, 14 May 2024 08:50:00 +0900", _p14,
         in_reply_to="<hd-20240513-1820@szhengda.cn>"))])


# p15 'approved' for CCB, finance and production + unscoped go ahead
_p15_q = """From: Chang Wei-Lun
Sent: Friday, April 26, 2024 17:02
To: Zhou Qiang
Subject: PO 4800021350 FAI lids

Mr. Zhou, PO 4800021350 releases 4 FAI lids CL-300-81 only. The remaining 76 lids are on hold
and not released, until the FAI is signed off and I send a written release (Chang Wei-Lun,
Director Supply Chain)."""
_p15 = f"""Dear Mr. Zhou,

Good news on the two open items. ECN-24-077 (O-ring groove depth 3.10 -> 3.25 mm) was approved by
our CCB on Tuesday, and finance approved PO 4800021350 revision 2 this morning. So you are
approved - go ahead.

Updated drawing CL-300-81 Rev 4 is in the portal. Please use Rev 4 for everything that has not
been machined yet.

Best regards,
Chang Wei-Lun
{sig("Chang Wei-Lun", "Director Supply Chain", "Hsinchu Precision Tool Corp.", "+886 3 555 7788")}
{quoted(_p15_q)}
"""
case("p15_approved_three_ways", ["RG002", "RG009"],
     "'approved' used for CCB technical, finance PO and 'you are approved - go ahead' (unscoped production)",
     [("ECN-24-077_PO_rev2.eml", mail(
         "Chang Wei-Lun <wl.chang@hpt-tool.com.tw>", "Zhou Qiang <zhouqiang@ksjiali.cn>",
         "ECN-24-077 / PO 4800021350 rev 2", "Thu, 16 May 2024 11:15:00 +0800", _p15,
         attachments=[("CCB_minutes_ECN-24-077.html", html_page("CCB minutes ECN-24-077",
             "<h3>CCB minutes 2024-05-14</h3>" + table_html([
                 ["ECN", "Part", "Change", "Decision"],
                 ["ECN-24-077", "CL-300-81", "O-ring groove depth 3.10 -> 3.25 mm", "accepted by CCB; effective Rev 4"],
             ])), "text/html")]))])


# ------------------------------------------------------------------ batch 4: positives p16-p33

# p16 Czech supplier weekly status: plate bought for all 60 chambers, only 4 released
_p16_q = """From: Wim Peeters <wim.peeters@kempenvacuum.nl>
Sent: 8 April 2024 14:10
To: Tomáš Novák
Subject: PO 4500332890 FAI chambers

Dear Tomáš, PO 4500332890 releases 4 FAI chambers KVS-VC-7750 rev A. The other 56 chambers
of your offer are not released and stay on hold until the FAI is signed off and I send a
written release (Wim Peeters, Buyer Vacuum). Material authority: for the 4 FAI chambers only."""
_p16 = f"""Dear Wim,

weekly status PO 4500332890, week 19:

- FAI chambers (4 pcs): welding finished, pickling Tuesday, helium leak test Thursday. Ship
  FCA Plzeň on 17.5. as planned.
- Balance 56 chambers: on hold per your PO, not started.
- Material: to secure the mill slot at Outokumpu, we have already purchased 1.4404 plate 15 mm
  for all 60 chambers (delivered 6.5., heat 24-7781). It is stored under cover in hall B.
- Open point: your drawing shows flange CF 250 but the 3D model CF 200 - please confirm.

S pozdravem / Best regards
Tomáš
{sig("Tomáš Novák", "Obchodní referent / Sales", "Kovo Plzeň s.r.o.", "+420 377 555 118")}
{quoted(_p16_q)}
"""
case("p16_status_plate_for_all_60", ["RG006"],
     "supplier status: plate bought for all 60 chambers while only 4 FAI released with sample-only material authority",
     [("Status_PO_4500332890_KW19.eml", mail(
         "Tomáš Novák <novak@kovoplzen.cz>", "Wim Peeters <wim.peeters@kempenvacuum.nl>",
         "Status PO 4500332890 / KW 19", "Mon, 06 May 2024 15:30:00 +0200", _p16,
         in_reply_to="<kvs-4500332890-01@kempenvacuum.nl>"))])


# p17 Teams export: bar stock for 400 manifolds landed, only 8 pilots released
_p17 = """Microsoft Teams - chat export
Chat: Meridian FabTech <> Mesa Precision - MF-MAN-0610 pilot
Exported: 5/17/2024 4:10 PM (GMT+08:00)

5/13/2024 9:02 AM  Priya Raman (Meridian FabTech): Hi Dustin, PO 7700-3560 is for the 8 pilot manifolds MF-MAN-0610 rev A. The other 392 of your quote are not released and stay on hold until pilot sign-off and my written release (Priya Raman, Procurement Lead).
5/13/2024 9:15 AM  Dustin Hale (Mesa Precision): got it, 8 pilots.
5/16/2024 7:48 PM  Dustin Hale (Mesa Precision): heads up - the 6061 bar for the whole 400 landed yesterday, we pulled it in early because the mill was quoting 14 wks. only the 8 pilots are in work, rest of the bar is on the rack
5/16/2024 7:49 PM  Dustin Hale (Mesa Precision): pilots go to anodize Monday
5/17/2024 8:30 AM  Priya Raman (Meridian FabTech): Thanks for the update on the pilots. Please send the cert pack with the shipment.
"""
case("p17_teams_bar_for_400", ["RG006"],
     "supplier pulled in bar for all 400 manifolds while only 8 pilots are released; no material authority",
     [("Teams_Meridian_Mesa_MF-MAN-0610.txt", _p17)])


# p18 supplier FAI pack (DOCX) with a material status: bar for 120 bought, 5 released
case("p18_fai_pack_material_status", ["RG006"],
     "supplier FAI pack reports bar for 120 manifolds purchased while only 5 FAI released; hold restated",
     [("FAI_pack_55-MN-3315_BLP.docx", docx_bytes([
         ("h1", "First Article Inspection Package"),
         ("p", "Part: 55-MN-3315 Rev 1, purge manifold, SUS316L · Customer: Sagami Process Equipment Co., Ltd. · "
               "PO 4700088702"),
         ("p", "Supplier: Bayan Lepas Precision Sdn Bhd · Prepared by: Ong Wei Jie, QA Engineer · 2024-05-14"),
         ("h", "1. Dimensional summary"),
         ("table", [
             ["Char.", "Nominal", "Tol.", "S/N 001", "S/N 002", "S/N 003", "Result"],
             ["1 (bore A)", "12.00", "+0.02/0", "12.012", "12.008", "12.015", "OK"],
             ["7 (port spacing)", "48.00", "+/-0.05", "48.02", "47.98", "48.01", "OK"],
             ["15 (flatness)", "0.02", "max", "0.012", "0.015", "0.011", "OK"],
             ["22 (Ra seal face)", "0.4", "max", "0.32", "0.35", "0.30", "OK"],
         ]),
         ("h", "2. Material and special processes"),
         ("p", "SUS316L bar dia. 60, mill cert EN 10204 3.1, heat 4H2231. Electropolish by Kinta EP, cert attached."),
         ("h", "3. Order and material status"),
         ("p", "Released by PO 4700088702: 5 FAI pcs. Balance 115 pcs on hold pending your FAI sign-off and "
               "written release by Mr. Kenji Watanabe."),
         ("p", "To support your ramp, raw material SUS316L bar for 120 manifolds has been purchased and is in our "
               "stock (heat 4H2231)."),
         ("h", "4. Request"),
         ("p", "Please review and sign off the FAI in the portal."),
     ], author="Ong Wei Jie"))])


# p19 portal: explicit 30-set material authority, supplier reports 300 kits staged
_p19_rows = [["Quantity", "Sets", "Status"],
             ["PO commercial cover (PO 4500334790)", "300", "covered"],
             ["Released (release R-01, Sanne de Wit, 2024-04-24)", "30", "build and ship"],
             ["On hold", "270", "not released; next release after field sign-off of the first 30, by Sanne de Wit"],
             ["Material authority", "30", "released quantity only"],
             ["Material staged (supplier-reported 2024-05-15)", "300 kits", "tube 40x40x3 S235, cut to length"]]
_p19_body = f"""<div class="hdr"><b>KVS Supplier Portal</b> &middot; Order 88-20533 &middot; Soldaduras Industriales de Chihuahua S.A. de C.V.</div>
<h2>Cable tray frame KVS-CT-1140 rev B</h2>
{table_html(_p19_rows)}
<h3>Supplier comment (2024-05-15, J. Villalobos)</h3>
<p>Cortamos el material para los 300 juegos para aprovechar el precio del acero. Kits for all 300 sets are cut and staged in our warehouse; only the 30 released sets are in welding.</p>
<p style="color:#666">Portal v4.2 &middot; printed 2024-05-16 08:40 CET</p>"""
case("p19_portal_kits_staged_300", ["RG006"],
     "portal: explicit material authority 30 sets, supplier reports 300 kits cut and staged",
     [("portal_order_88-20533.html", html_page("KVS Supplier Portal - Order 88-20533", _p19_body))])


# p21 Malaysian supplier: deposit received, so bought all material and started the balance
_p21_q = """From: Tyler Grant <tgrant@redlinesemi.com>
Sent: Thursday, April 25, 2024 9:30 AM
To: Kumar Selvaraj
Subject: PO 7710-0460 sample housings + deposit

Kumar, PO 7710-0460 covers 10 sample housings RS-HSG-2301 rev A. The 290 production housings
are not released and stay on hold until sample sign-off by our QA, then a written release from
me (Tyler Grant, Buyer). Per your terms we wire a 30% deposit on the PO value this week."""
_p21 = f"""Hi Tyler,

Good news, your 30% deposit already received yesterday, thank you. So we have bought aluminium
plate for the full 300 pcs and started machining the balance together with the samples, to save
one more setup. Samples will be ready 24 May, the 290 pcs about 3 weeks later lah.

Will update you the photo of the first off.

Thanks & regards,
Kumar
{sig("Kumar Selvaraj", "Sales Manager", "Bayan Lepas Precision Sdn Bhd", "+60 4 644 2210")}
{quoted(_p21_q)}
"""
case("p21_deposit_so_full_run", ["RG006", "RG012"],
     "supplier treats the deposit as go for the 290 held pcs and buys plate for all 300",
     [("RE_PO_7710-0460_sample_housings.eml", mail(
         "Kumar Selvaraj <kumar@blprecision.com.my>", "Tyler Grant <tgrant@redlinesemi.com>",
         "RE: PO 7710-0460 sample housings + deposit", "Tue, 07 May 2024 10:18:00 +0800", _p21,
         in_reply_to="<rs-7710-0460-01@redlinesemi.com>"))])


# p22 supplier: bought material for all 300 lids since we'll roll straight into production
_p22_q = """From: Chen Mei-Hua <chen.meihua@hpt-tool.com.tw>
Sent: Monday, May 6, 2024 10:00
To: Zhou Qiang
Subject: PO 4800021362 FAI lids

Mr. Zhou, PO 4800021362 releases 4 FAI lids CL-300-90 only. The remaining 296 lids are not
released; they stay on hold until our SQE signs off the FAI and I issue a written release
(Chen Mei-Hua, Buyer). Material: for the 4 FAI lids only."""
_p22 = f"""Dear Ms. Chen,

FAI lids: roughing done, finish machining tomorrow, anodize Friday.

For your information, we bought the Al 5083 plate for all 300 lids already, since we will roll
straight into production once the FAI passes. This way we save 3 weeks on the volume delivery.

Best regards,
Zhou Qiang
{sig("Zhou Qiang", "Operations Manager", "Kunshan Jiali Precision Machinery Co., Ltd.", "+86 512 5555 0391")}
{quoted(_p22_q)}
"""
case("p22_plate_for_300_roll_straight", ["RG006", "RG007"],
     "supplier bought plate for 300 and says it will roll straight into production once FAI passes; buyer scope requires written release",
     [("RE_PO_4800021362_FAI_lids.eml", mail(
         "Zhou Qiang <zhouqiang@ksjiali.cn>", "Chen Mei-Hua <chen.meihua@hpt-tool.com.tw>",
         "RE: PO 4800021362 FAI lids", "Wed, 15 May 2024 16:20:00 +0800", _p22,
         in_reply_to="<hpt-4800021362-01@hpt-tool.com.tw>"))])


# p23 supplier acknowledgement: acknowledges hold but plans to roll into the 196 on FAI signature
_p23_q = """From: Wong Kah Wai <kahwai.wong@meridianfab.com.sg>
Sent: Thursday, 9 May 2024 11:00
To: Xu Jun
Subject: PO 7700-3505 FAI panel sets

Mr. Xu, PO 7700-3505 covers 4 FAI panel sets MF-ENC-2230 rev A. The balance of 196 sets is
not released and stays on hold until FAI sign-off and a written release from me (Wong Kah
Wai, Planning Manager). Material authority: 4 sets."""
_p23 = f"""Dear Mr. Wong,

We acknowledge PO 7700-3505 for 4 FAI panel sets MF-ENC-2230 rev A. We understand the balance of
196 sets is not released at this moment.

Our plan: FAI sets ship week 22. As soon as you sign the FAI we will roll straight into the 196
sets, so that your ramp date in week 27 can be kept. Powder coat booked for week 24.

Best regards,
Xu Jun
{sig("Xu Jun", "Project Engineer", "Suzhou Hengda Sheet Metal Co., Ltd.", "+86 512 5555 0120")}
{quoted(_p23_q)}
"""
case("p23_ack_roll_into_196", ["RG007"],
     "supplier acknowledges hold, then plans to roll straight into the 196 as soon as the FAI is signed",
     [("Ack_PO_7700-3505.eml", mail(
         "Xu Jun <xujun@szhengda.cn>", "Wong Kah Wai <kahwai.wong@meridianfab.com.sg>",
         "Acknowledge PO 7700-3505 FAI panel sets", "Fri, 10 May 2024 09:40:00 +0800", _p23, html=to_html(_p23),
         in_reply_to="<mf-7700-3505-01@meridianfab.com.sg>"))])


# p24 Teams: the named release authority waives his own written release in chat
_p24 = """Microsoft Teams - chat export
Chat: KVS / Strojírna Brno - golden unit KVS-FR-21040
Exported 2024-05-17 by ruud.vanleeuwen@kempenvacuum.nl

[2024-04-22 10:02] Ruud van Leeuwen (KVS): PO 4500335560 is in your mailbox: 1 golden unit frame KVS-FR-21040 rev A. The other 45 frames are not released. They get released by a written release from me (Ruud van Leeuwen, Purchasing Lead) after the golden unit is signed off by our ME.
[2024-04-22 10:20] Pavel Dvořák (SBL): Understood, 1 golden unit. Ship date 10.5.
[2024-05-14 15:33] Pavel Dvořák (SBL): Golden unit delivered to Veldhoven yesterday. When can we plan the other 45? Our welding cell has a gap in week 22.
[2024-05-14 16:05] Ruud van Leeuwen (KVS): Our ME checks it Thursday. Once he's signed it off, don't wait for my release mail - just carry on with the other 45 so we keep the ramp.
[2024-05-14 16:06] Pavel Dvořák (SBL): Perfect, thank you. We plan week 22.
"""
case("p24_teams_dont_wait_for_release", ["RG007"],
     "release authority tells the supplier to carry on with the 45 once ME signs off, without waiting for his written release",
     [("Teams_KVS_SBL_golden_unit.txt", _p24)])


# p25 Mexican supplier quote: production starts automatically on FAI acceptance
case("p25_quote_auto_start_terms", ["RG007"],
     "supplier quote terms: production of the 480 starts automatically on FAI acceptance, no separate release",
     [("Cotizacion_MB-24-0377.pdf", pdf([
         ("h1", "COTIZACIÓN / QUOTATION MB-24-0377"),
         ("p", "Maquinados del Bajío S.A. de C.V. · Av. 5 de Febrero 2180, Querétaro, Qro. · RFC MBA0912114K2"),
         ("p", "Cliente / Customer: Cascade Wafer Tools Inc., attn. Brian Cho · Fecha: 2 de mayo de 2024"),
         ("table", [
             ["Partida", "No. de parte", "Descripción", "Cantidad", "Precio unit. USD", "Entrega"],
             ["1", "40-220950 Rev A", "RF shield housing, Al 6061-T651, FAI", "5 pzas", "410.00", "4 semanas"],
             ["2", "40-220950 Rev A", "RF shield housing, producción", "480 pzas", "162.00", "6 semanas"],
         ]),
         ("sp",),
         ("p", "Condiciones / Terms:"),
         ("p", "1. Production of the 480 pcs starts automatically upon customer's FAI acceptance; no separate "
               "release is required. / La producción inicia automáticamente con la aceptación del FAI."),
         ("p", "2. Prices FCA Querétaro, USD, valid 30 days. Payment net 30 days."),
         ("p", "3. Chem film MIL-DTL-5541 Type II Class 3 by our subcontractor Acabados Metálicos del Centro."),
         ("p", "Ing. Luis Herrera · Ventas / Planeación · lherrera@maqbajio.com.mx"),
     ], pagesize=LETTER, title="MB-24-0377", author="Maquinados del Bajio"))])


# p27 supplier FAI report template: signature deems the production lot released
case("p27_fai_report_deemed_release", ["RG007"],
     "supplier FAI report: customer signature 'accepted' deems the production lot of 95 released",
     [("FAI_report_SBL-24-112.docx", docx_bytes([
         ("h1", "Protokol prvního kusu / First Article Inspection Report SBL-24-112"),
         ("p", "Customer: Sagami Process Equipment Co., Ltd. · PO 4700088630 · Part 55-FR-3140 Rev A, base frame"),
         ("p", "Supplier: Strojírna Brno-Líšeň s.r.o. · FAI quantity: 5 pcs · Date: 13. 5. 2024"),
         ("table", [
             ["No.", "Characteristic", "Requirement", "Measured", "OK/NOK"],
             ["1", "Overall length", "1.250 +/- 1,0", "1.250,4", "OK"],
             ["2", "Flatness mounting face", "0,2", "0,12", "OK"],
             ["3", "Hole pattern 8x M12", "pos. 0,3", "0,18 max", "OK"],
             ["4", "Paint thickness", "80-120 um", "96 avg", "OK"],
         ]),
         ("sp",),
         ("p", "Order status: PO 4700088630 covers 5 FAI frames + 95 production frames. The 95 production frames "
               "are on hold per the PO until Mr. Shinji Ota issues the written release."),
         ("p", "Customer disposition:  [ ] accepted   [ ] accepted with deviation   [ ] rejected"),
         ("p", "Note: upon customer signature of this report as 'accepted', the production lot of 95 frames is "
               "deemed released and will be started in the following week."),
         ("p", "Prepared: Ing. Martin Kučera, QA · Customer signature: ____________________"),
     ], author="Martin Kucera"))])


# p28 Czech supplier books the rolling forecast as firm orders
_p28_q = """From: Bram Visser <bram.visser@kempenvacuum.nl>
Sent: 29 April 2024 16:00
To: Jana Horáková
Subject: Rolling forecast Q3/Q4 2024 - KVS-MN-3301

Dear Jana, attached our rolling forecast for Q3/Q4 (Q3 360 pcs, Q4 420 pcs). It is for your
capacity planning only and is not an order. Quantities are ordered by separate POs."""
_p28 = f"""Dear Mr. Visser,

thank you for the forecast. We have entered your rolling forecast (Q3 360 pcs / Q4 420 pcs) as
firm orders in our ERP under order numbers ZAK-24-1181 and ZAK-24-1182 and reserved the welding
capacity accordingly. Confirmation of delivery dates follows next week.

S pozdravem / Best regards
Jana Horáková
{sig("Jana Horáková", "Prodej / Sales", "Kovo Plzeň s.r.o.", "+420 377 555 120")}
{quoted(_p28_q)}
"""
case("p28_forecast_booked_firm", ["RG008"],
     "supplier enters the buyer's planning-only forecast (360/420) as firm orders in its ERP",
     [("RE_Rolling_forecast_Q3-Q4.eml", mail(
         "Jana Horáková <horakova@kovoplzen.cz>", "Bram Visser <bram.visser@kempenvacuum.nl>",
         "RE: Rolling forecast Q3/Q4 2024 - KVS-MN-3301", "Thu, 02 May 2024 10:10:00 +0200", _p28,
         in_reply_to="<kvs-fc-2024q3@kempenvacuum.nl>"))])


# p29 SAP schedule release: forecast zone called committed volumes
_p29 = """SAGAMI PROCESS EQUIPMENT CO., LTD.                      SCHEDULE RELEASE / DELIVERY SCHEDULE
Sched. agreement 5500002231    Release no. 0019    Date 2024.05.13    Page 1/1
Vendor 300418 KL HARNESS WORKS SDN BHD
Material 77-HN-4412-03 HARNESS ASSY RF GEN I/F 3.2M        Plant 2100
------------------------------------------------------------------------------------------
 ZONE       PERIOD          QTY    UOM   STATUS
 FIRM       W23                40   PC    RELEASED (this schedule release)
 FORECAST   W24 - W27         160   PC    COMMITTED
 FORECAST   W28 - W35         320   PC    COMMITTED
------------------------------------------------------------------------------------------
 Remarks:
 1. Forecast zone quantities (480 pc) are our committed volumes - please plan them and
    treat them as firm.
 2. Only W23 (40 pc) is released for production by this schedule release. Quantities after
    W23 are not released; they are released by the next weekly schedule release, signed by
    planner Aiko Mori.
 3. Ship to Sagamihara Plant 2, dock 4. Kanban label per SPE-LB-004.
------------------------------------------------------------------------------------------
 Planner: Aiko Mori  a-mori@sagami-pe.co.jp
"""
case("p29_schedule_forecast_committed", ["RG008"],
     "schedule release: 40 released, but forecast zone of 480 declared committed volumes to be treated as firm",
     [("SA_5500002231_rel0019.txt", _p29)])


# p30 supplier quote email: prices based on 'committed annual volume' taken from the forecast
_p30 = f"""Dear Ms. Chen,

Thank you for the RFQ and the 2024 forecast sheet. Please find our price for HPT-ENC-4410 rev B
(EFEM rear cover set):

  Sample sets (5 sets):            TWD 12,800 / set, 3 weeks
  Volume price:                    TWD  6,950 / set, 5 weeks per lot

The volume price is based on your committed annual volume of 5k sets (per your 2024 forecast),
so we have reserved one press brake line for HPT from July. If the annual volume is lower, we
will adjust the price quarterly.

Best regards,
Xu Jun
{sig("Xu Jun", "Project Engineer", "Suzhou Hengda Sheet Metal Co., Ltd.", "+86 512 5555 0120")}"""
case("p30_quote_committed_volume", ["RG008"],
     "supplier quote treats the buyer's 2024 forecast as a committed annual volume of 5k sets",
     [("Quotation_HPT-ENC-4410.eml", mail(
         "Xu Jun <xujun@szhengda.cn>", "Chen Mei-Hua <chen.meihua@hpt-tool.com.tw>",
         "Quotation HPT-ENC-4410 rev B rear cover", "Wed, 08 May 2024 17:30:00 +0800", _p30,
         html=to_html(_p30)))])


# p31 buyer portal: forecast table labelled binding commitment
_p31_fc = [["Month", "Forecast (binding)", "Released"],
           ["Jun 2024", "60", "20 (call-off KB-118)"],
           ["Jul 2024", "80", "-"],
           ["Aug 2024", "80", "-"],
           ["Sep 2024", "100", "-"]]
_p31_body = f"""<h2>Meridian FabTech &middot; Supplier Portal &middot; Kanban &amp; forecast</h2>
<p>Supplier: Suzhou Hengda Sheet Metal Co., Ltd. &middot; Part MF-ENC-2210 Rev D EFEM side panel set &middot; Blanket PO 7700-2950</p>
{table_html(_p31_fc)}
<div class="note"><p>The forecast quantities above are binding purchase commitments of Meridian FabTech for the period shown.</p>
<p>Released now: call-off KB-118 for 20 sets. Quantities beyond this call-off are not released; further call-offs are signed by Wong Kah Wai, Planning Manager.</p></div>
<p>Last updated 2024-05-20 by wong.kahwai</p>"""
case("p31_portal_binding_forecast", ["RG008"],
     "portal labels the monthly forecast as binding purchase commitments; call-off of 20 otherwise complete",
     [("portal_kanban_forecast_MF-ENC-2210.html", html_page("Kanban & forecast MF-ENC-2210", _p31_body))])


# p33 DOCX status memo: 'release' for drawing, FAI, PO and production
case("p33_release_four_meanings", ["RG009"],
     "'released' used for the drawing (engineering), the FAI (quality), the PO (purchasing) and production",
     [("Release_status_KVS-VC-7710.docx", docx_bytes([
         ("h1", "Release status - vacuum chamber KVS-VC-7710"),
         ("p", "Kempen Vacuum Systems B.V. · Supply Chain Mechanics · 2024-05-21 · to Strojírna Brno-Líšeň"),
         ("table", [
             ["Topic", "Status", "By"],
             ["Drawing KVS-VC-7710 rev C", "released (engineering release ER-24-118)", "Engineering"],
             ["FAI (2 pcs)", "released by SQE, report F-2240", "Quality"],
             ["PO 4500332260 (60 pcs)", "released in SAP", "Purchasing"],
             ["Production", "20 pcs released (PR-2024-035)", "Joost van Dam"],
         ]),
         ("sp",),
         ("p", "Balance: 38 pcs of PO 4500332260 are not released. The next production release follows the "
               "30-day field check of the first 10 installed chambers and is issued in writing by Joost van Dam."),
         ("p", "Material authority: material for the 20 released pcs."),
         ("p", "Joost van Dam, Supply Chain Lead Mechanics"),
     ], author="Joost van Dam"))])


# ------------------------------------------------------------------ batch 5: positives p34-p49

# p34 Oracle TXT: 'approved' for finance, production and FAI; line qty 20 vs note 25
_p34 = """REDLINE SEMI REFURB LLC                               PURCHASE ORDER      PAGE 1 OF 1
9800 METRIC BLVD  AUSTIN TX 78758                      PO NUMBER:   7702-512
                                                       PO DATE:     03-MAY-2024
SUPPLIER: 88120  COLUMBIA WELD & FAB INC               BUYER:       GRANT, TYLER
          4410 E TRENT AVE, SPOKANE WA 99202           TERMS:       NET 30
WORKFLOW: PO APPROVED BY FINANCE 05/03/24 FOR LINE 1, 20 EA (USD 8,600.00)
-------------------------------------------------------------------------------------
LN  ITEM             REV  DESCRIPTION                       QTY  UOM    UNIT PRICE       EXT
--  ---------------  ---  ------------------------------  ----  ----  ------------  --------
 1  RS-BRK-4410      B    BRACKET WELDMENT, PILOT LOT        20  EA         430.00  8,600.00
                          NEED BY 07-JUN-2024
-------------------------------------------------------------------------------------
SPECIAL INSTRUCTIONS:
  PILOT LOT OF 25 EA APPROVED FOR PRODUCTION UNDER THIS PO.
  FAI APPROVAL OF THE PILOT PARTS BY REDLINE QA REQUIRED BEFORE ANY FURTHER QTY.
  REMAINING QUOTED QTY (QUOTE CWF-1201: 400 EA) NOT RELEASED; RELEASED ONLY BY
  WRITTEN RELEASE FROM TYLER GRANT AFTER FAI APPROVAL. MATERIAL FOR PILOT LOT ONLY.
                                                           TOTAL USD      8,600.00
"""
case("p34_oracle_approved_20_vs_25", ["RG009", "RG011"],
     "'approved' for finance workflow, production and FAI; line quantity 20 EA vs 'pilot lot of 25 EA' in the notes",
     [("PO_7702-512.txt", _p34)])


# p35 Teams export (HTML): 'release' for ECO/drawing, PO and production
_p35_msgs = [
    ("5/20/2024 8:05 AM", "Tran Nguyen (Cascade ME)", "ECO-4471 released this morning; drawing 40-330100 rev D is released in Agile."),
    ("5/20/2024 8:40 AM", "Brian Cho (Cascade Purchasing)", "PO 4410-07830 was released to you last night in Oracle (120 frames commercial cover)."),
    ("5/20/2024 8:41 AM", "Brian Cho (Cascade Purchasing)", "Production release: we release 30 frames now. The other 90 stay on hold until tool qualification sign-off, then a 2nd release from me (Brian Cho)."),
    ("5/20/2024 9:02 AM", "Marcus Bell (Columbia Weld)", "Thanks Brian. 30 frames to rev D. Material for 30."),
    ("5/20/2024 9:03 AM", "Marcus Bell (Columbia Weld)", "Do you want the weld maps per serial or per lot?"),
    ("5/20/2024 9:10 AM", "Tran Nguyen (Cascade ME)", "Per serial please."),
]
_p35_body = ("<h2>Chat: Cascade / Columbia Weld - frame 40-330100</h2>\n<p>Exported from Microsoft Teams, 5/20/2024</p>\n"
             + "\n".join(f"<div class=\"msg\"><span class=\"ts\">{escape(t)}</span> <b>{escape(w)}</b><p>{escape(m)}</p></div>"
                         for t, w, m in _p35_msgs))
case("p35_teams_html_release_overloaded", ["RG009"],
     "'release' used for the ECO/drawing, for issuing the PO and for production (30 now, 90 held) in one chat",
     [("Teams_Cascade_Columbia_40-330100.html", html_page("Teams chat export", _p35_body))])


# p36 buyer: PO approved by finance and deposit paid, so production approved for the 150
_p36 = f"""Hi Jorge,

PO 5100-2390 for the 150 mainframe base weldments RS-FRM-8840 rev A is the full quantity, no
sample phase (same design as the 8812 you already build for us).

PO 5100-2390 (150 frames) is approved by finance and the 40% deposit is paid (wire ref. FT24-0518-3312), so
production is approved for the full 150 frames.

Please send the ship plan; we need 30 per week starting week 25.

Thanks,
Tyler
{sig("Tyler Grant", "Buyer", "Redline Semi Refurb LLC, Austin TX", "+1 512 555 0177")}"""
case("p36_deposit_paid_production_approved", ["RG009", "RG012"],
     "deposit paid 'so production is approved'; 'approved' also used for the finance PO approval",
     [("PO_5100-2390_base_weldments.eml", mail(
         "Tyler Grant <tgrant@redlinesemi.com>", "Jorge Villalobos <jvillalobos@sicmx.com.mx>",
         "PO 5100-2390 - base weldments RS-FRM-8840", "Mon, 20 May 2024 09:12:00 -0500", _p36,
         html=to_html(_p36)))])


# p37 multi-file: PO for 6 FAI manifolds + buyer email asking for 8 FAI manifolds
_p37_po = pdf([
    ("h1", "PURCHASE ORDER 4500333377"),
    ("p", "Kempen Vacuum Systems B.V. · De Run 4410 · 5503 LN Veldhoven · NL"),
    ("p", "Supplier: Bayan Lepas Precision Sdn Bhd, Penang, MY · Supplier no. 100287 · Date: 02.05.2024"),
    ("table", [
        ["Item", "Material", "Description", "Qty", "Price EUR", "Value EUR"],
        ["10", "4022-631-20990 rev 02", "Manifold, foreline, AL6061-T6, FAI", "6 PC", "745,00", "4.470,00"],
    ]),
    ("sp",),
    ("p", "Scope note: this PO releases 6 FAI manifolds. The balance of 114 pcs of quotation BLP-Q-24-0230 is "
          "not released. Unlock: FAI sign-off by KVS Quality, then a written release from Ruud Hermans, "
          "Commodity Buyer Machining. Material authority: sample-only."),
], title="PO 4500333377", author="Kempen Vacuum Systems")
_p37 = f"""Hi Kumar,

Quick one on PO 4500333377: please ship the 8 FAI manifolds by week 24 at the latest, our test
bench slot moved forward by two weeks. Rest as per PO.

Can you also include two spare O-rings per manifold (Viton, 2-228)?

Thanks,
Ruud
{sig("Ruud Hermans", "Commodity Buyer Machining", "Kempen Vacuum Systems B.V.", "+31 40 555 2290")}"""
case("p37_po6_email8_multi", ["RG011"],
     "bundle: PO releases 6 FAI manifolds, buyer email asks to ship 8 FAI manifolds 'rest as per PO'",
     [("PO_4500333377.pdf", _p37_po),
      ("RE_PO_4500333377_FAI_week_24.eml", mail(
          "Ruud Hermans <ruud.hermans@kempenvacuum.nl>", "Kumar Selvaraj <kumar@blprecision.com.my>",
          "RE: PO 4500333377 FAI delivery", "Tue, 14 May 2024 13:20:00 +0200", _p37))])


# p38 PDF PO: 'twelve (12) pilot units' in the note vs 10 in the table
case("p38_pdf_twelve_vs_ten", ["RG011"],
     "Japanese PO: note releases twelve (12) pilot units, line table says 10; hold otherwise complete",
     [("PO_4700088777.pdf", pdf([
         ("h1", "PURCHASE ORDER 4700088777"),
         ("p", "Sagami Process Equipment Co., Ltd. · Sagamihara Plant 2 · Procurement Section"),
         ("p", "Supplier: Bayan Lepas Precision Sdn Bhd, Penang · Date: 2024.05.16 · Delivery DAP Sagamihara"),
         ("table", [
             ["No.", "Part No.", "Description", "Qty", "Unit price JPY", "Amount JPY"],
             ["1", "55-MN-3330 Rev 1", "Process manifold SUS316L EP, pilot", "10", "68,000", "680,000"],
         ]),
         ("sp",),
         ("p", "Kindly note: this order releases twelve (12) pilot units for the pilot line build. The quoted "
               "volume of 300 units is not released."),
         ("p", "Release of the volume is done only after pilot sign-off by our Development Dept., by written "
               "release from Mr. Shinji Ota, Procurement Section Manager. Material for the pilot units only."),
         ("p", "Inspection: particle count report, helium leak test, EP surface report."),
     ], title="PO 4700088777", author="Sagami Process Equipment"))])


# p40 EML says 'we release 50', attached release form says 40
_p40_form = docx_bytes([
    ("h1", "Production Release R-03"),
    ("p", "Meridian FabTech Pte Ltd · Release under PO 7700-3501 (rev 1) · Part MF-MAN-0520 rev A"),
    ("table", [
        ["Field", "Value"],
        ["Unlock event", "pilot sign-off 2024-05-24, report PR-0520-01"],
        ["Quantity released by R-03", "40"],
        ["Released before", "6 pilot units"],
        ["PO commercial cover", "300"],
        ["Balance after R-03", "254, not released"],
        ["Next release", "after 60-day field data review, written release by Hafiz Ismail"],
        ["Material authority", "material for the released quantity"],
        ["Authorized by", "Hafiz Ismail, Senior Buyer (release limit SGD 80k)"],
    ]),
], author="Hafiz Ismail")
_p40 = f"""Dear Ms. Zhou,

Pilot sign-off is done (report PR-0520-01). Please find release R-03 attached: we release 50 units
of MF-MAN-0520 rev A for delivery in weeks 25-26. The balance stays on hold as described in the
release form.

Best regards,
Hafiz
{sig("Hafiz Ismail", "Senior Buyer", "Meridian FabTech Pte Ltd", "+65 6555 0171")}"""
case("p40_email50_form40", ["RG011"],
     "release email says 50 units, attached release form R-03 says 40 (balance 254 computed from 40)",
     [("Release_R-03_MF-MAN-0520.eml", mail(
         "Hafiz Ismail <hafiz.ismail@meridianfab.com.sg>", "Zhou Lan <zhoulan@ksjiali.cn>",
         "Release R-03 MF-MAN-0520", "Mon, 27 May 2024 10:00:00 +0800", _p40,
         attachments=[("Release_R-03.docx", _p40_form, DOCX_MT)]))])


# p41 portal: header 'released qty 36' vs release line 30
_p41_rel = [["Release", "Date", "Qty", "Signed by"],
            ["FAI", "2024-04-10", "4", "Chen Mei-Hua"],
            ["R-01", "2024-05-08", "30", "Chen Mei-Hua"]]
_p41_body = f"""<h2>HPT Supplier Collaboration Portal</h2>
<p>Order 4800021290 &middot; HPT-WF-3302 rev B weldment frame &middot; Supplier: Suzhou Hengda Sheet Metal Co., Ltd.</p>
<table><tr><th>PO quantity</th><td>250</td></tr><tr><th>Released qty (production)</th><td>36</td></tr><tr><th>Not released</th><td>216</td></tr></table>
<h3>Release history</h3>
{table_html(_p41_rel)}
<div class="note"><p>Quantities not released stay on hold. The next release follows the field sign-off of the R-01 frames and is issued in writing by Chen Mei-Hua, Buyer.</p><p>Material authority: released quantities only.</p></div>"""
case("p41_portal_36_vs_30", ["RG011"],
     "portal header says 36 production released (216 held) while the release history shows R-01 = 30",
     [("HPT_portal_order_4800021290_releases.html", html_page("Order 4800021290 releases", _p41_body))])


# p42 forwarded release (100) with a cover note saying 120
_p42_orig = mail("Michael Osei <michael.osei@cascadewt.com>", "Roberto Salas <rsalas@maqbajio.com.mx>",
                 "Production release R-2024-07 - PO 4410-07690", "Thu, 02 May 2024 11:00:00 -0700",
                 """Roberto,

Production release R-2024-07 under PO 4410-07690 (RF match housing 40-220930 Rev B):

- Unlock event: FAI sign-off FAI-0930-01 on 04/30/2024.
- Released by this release: 100 housings.
- Balance: 300 housings, not released. The next release follows the line yield review in
  June and comes in writing from me.

Michael Osei
Director Global Supply, Cascade Wafer Tools""")
_p42 = f"""Luis,

Welcome aboard as our planner contact. As per the attached release for 120 housings, please plan
the May and June builds and send me the weekly ship plan. Roberto has moved to the Celaya plant.

Regards,
Michael
{sig("Michael Osei", "Director Global Supply", "Cascade Wafer Tools Inc.", "+1 503 555 0101")}"""
case("p42_forward_release_100_vs_120", ["RG011"],
     "forwarded release R-2024-07 releases 100 housings; the forwarding note says 'the attached release for 120'",
     [("FW_Production_release_R-2024-07.eml", mail(
         "Michael Osei <michael.osei@cascadewt.com>", "Luis Herrera <lherrera@maqbajio.com.mx>",
         "FW: Production release R-2024-07 - PO 4410-07690", "Tue, 14 May 2024 08:05:00 -0700", _p42,
         attachments=[("rfc822", _p42_orig)]))])


# p43 multi-file: call-off for 24 sets + supplier order confirmation for 42 sets
_p43_co = pdf([
    ("h1", "CALL-OFF / SCHEDULE RELEASE No. 06"),
    ("p", "Meridian FabTech Pte Ltd · Blanket PO 7700-2950 · Part MF-ENC-2210 Rev D EFEM side panel set"),
    ("p", "To: Suzhou Hengda Sheet Metal Co., Ltd. · Date: 3 June 2024"),
    ("table", [
        ["Item", "Sets", "Status"],
        ["Released by this call-off 06", "24", "released: fabricate and ship week 26"],
        ["Blanket balance after call-off 06", "426", "NOT released"],
        ["Material authority", "24", "released quantity only"],
    ]),
    ("sp",),
    ("p", "The blanket balance is released only by further call-offs, each signed by Wong Kah Wai, "
          "Planning Manager."),
], title="Call-off 06", author="Meridian FabTech")
_p43_ack = docx_bytes([
    ("h1", "Order Confirmation / 订单确认"),
    ("p", "Suzhou Hengda Sheet Metal Co., Ltd. · Confirmation no. HD-OC-24-0611 · 2024-06-04"),
    ("p", "Customer: Meridian FabTech Pte Ltd · Blanket PO 7700-2950 · Call-off 06"),
    ("table", [
        ["Part", "Description", "Qty (sets)", "Ship week"],
        ["MF-ENC-2210 Rev D", "EFEM side panel set, powder coat RAL 9003", "42", "26"],
    ]),
    ("p", "We acknowledge call-off 06 for 42 sets as above. Laser cutting planned week 24."),
    ("p", "Xu Jun, Project Engineer"),
], author="Xu Jun")
case("p43_calloff24_ack42_multi", ["RG011"],
     "bundle: call-off 06 releases 24 sets; supplier order confirmation acknowledges call-off 06 for 42 sets",
     [("Call-off_06_BPO_7700-2950.pdf", _p43_co),
      ("Order_confirmation_HD-OC-24-0611.docx", _p43_ack)])


# p44 buyer: deposit wired, so you're clear to start the 250
_p44 = f"""Hi Marcus,

PO 7702-530 for the 250 loadport brackets RS-BRK-4420 rev A is attached in the portal (full
quantity, repeat part, no FAI needed).

Deposit wired this morning (30% per your terms, wire confirmation attached), so you're clear to
start the 250.

Ship 50/week from week 25, same crates as last time.

Thanks,
Tyler
{sig("Tyler Grant", "Buyer", "Redline Semi Refurb LLC, Austin TX", "+1 512 555 0177")}"""
case("p44_deposit_wired_clear_to_start", ["RG012"],
     "buyer makes the wired deposit the trigger: 'deposit wired, so you're clear to start the 250'",
     [("PO_7702-530_loadport_brackets.eml", mail(
         "Tyler Grant <tgrant@redlinesemi.com>", "Marcus Bell <mbell@columbiaweld.com>",
         "PO 7702-530 brackets + deposit", "Wed, 22 May 2024 10:30:00 -0500", _p44,
         attachments=[("wire_confirmation_FT24-0522.txt",
                       "WIRE TRANSFER CONFIRMATION\nRef: FT24-0522-4410\nDate: 05/22/2024\n"
                       "Beneficiary: Columbia Weld & Fab Inc\nAmount: USD 17,250.00\nMemo: PO 7702-530 30% deposit\n",
                       "text/plain")]))])


# p45 supplier order confirmation: PO accepted + down payment -> work order for the held 490
case("p45_oc_down_payment_work_order", ["RG012"],
     "supplier confirmation restates the hold on 490, then opens the work order for 490 because PO accepted + down payment received",
     [("Order_confirmation_KJ-OC-24-0506.pdf", pdf([
         ("h1", "ORDER CONFIRMATION KJ-OC-24-0506"),
         ("p", "Kunshan Jiali Precision Machinery Co., Ltd. · Kunshan, Jiangsu · Date: 2024-05-08"),
         ("p", "Customer: Hsinchu Precision Tool Corp. · Your PO 4800021305 · Part CL-300-95 Rev 1 chamber lid"),
         ("table", [
             ["PO line", "Qty", "Status per your PO"],
             ["1 - sample lids", "10", "released"],
             ["2 - production lids", "490", "on hold per PO note until written release by Chang Wei-Lun after "
                                          "sample sign-off"],
         ]),
         ("sp",),
         ("p", "According to our standard terms, PO acceptance plus down payment start the production order. "
               "Since your PO is accepted by us and the down payment was received on 2024-05-06, work order "
               "WO-24-5521 for the 490 production lids has been opened and machining starts in week 21."),
         ("p", "Sample lids ship week 20 by air. Zhou Qiang, Operations Manager"),
     ], title="KJ-OC-24-0506", author="Kunshan Jiali"))])


# p46 Mexican supplier: with the advance received we start the 295
_p46_q = """From: Brian Cho <brian.cho@cascadewt.com>
Sent: Friday, May 3, 2024 2:00 PM
To: Luis Herrera
Subject: PO 4410-07801 FAI + advance payment

Luis, PO 4410-07801 releases 5 FAI shield housings 40-220950 Rev A. The other 295 housings
are not released; they stay on hold until FAI sign-off and a written release from me (Brian
Cho, Buyer). We pay the 20% advance your quote asks for this week."""
_p46 = f"""Hola Brian,

Ya recibimos el anticipo, gracias. Con el anticipo recibido arrancamos la producción de las 295
piezas restantes el lunes - with the advance received we start production of the remaining 295
pcs on Monday, together with the 5 FAI, to use the same setup on the Haas.

FAI report will follow in 2 weeks.

Saludos,
Luis
{sig("Ing. Luis Herrera", "Ventas / Planeación", "Maquinados del Bajío S.A. de C.V., Querétaro", "+52 442 555 0190")}
{quoted(_p46_q)}
"""
case("p46_anticipo_arrancamos", ["RG012"],
     "Mexican supplier starts the 295 held housings because the advance payment arrived",
     [("RE_PO_4410-07801_anticipo.eml", mail(
         "Luis Herrera <lherrera@maqbajio.com.mx>", "Brian Cho <brian.cho@cascadewt.com>",
         "RE: PO 4410-07801 FAI + advance payment", "Thu, 09 May 2024 12:40:00 -0600", _p46,
         in_reply_to="<cwt-4410-07801-01@cascadewt.com>"))])


# p47 hold notice: on hold until further notice, release authority named, no event
case("p47_hold_until_further_notice", ["RG004"],
     "hold notice: 4 FAI active, 116 on hold 'until further notice', releaser named but no unlock event",
     [("Hold_notice_PO_4800021377.docx", docx_bytes([
         ("h1", "Hold notice - PO 4800021377"),
         ("p", "Hsinchu Precision Tool Corp. · Supply Chain · 2024-05-17 · to Kovo Plzeň s.r.o., Mr. Tomáš Novák"),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Pump flange adapter 77-0418 Rev B - FAI pieces", "4", "released"],
             ["Balance of PO 4800021377", "116", "on hold, not released"],
         ]),
         ("sp",),
         ("p", "The balance of 116 pieces stays on hold until further notice. Do not start these pieces and do not "
               "purchase material for them."),
         ("p", "Release authority for the balance: Chang Wei-Lun, Director Supply Chain."),
         ("p", "Please confirm receipt of this notice."),
     ], author="Chang Wei-Lun"))])


# p48 PDF PO: proto sign-off + written release, but only 'our Purchasing department'
case("p48_pdf_release_by_department", ["RG005"],
     "proto PO: 5 active, 395 not released until proto sign-off + written release 'from our Purchasing department' (nobody named)",
     [("Purchase_order_2024-0466.pdf", pdf([
         ("h1", "Inkooporder / Purchase order 2024-0466"),
         ("p", "Brabant Wafer Handling B.V. · Science Park 5080 · 5692 EA Son · NL · inkoop@brabantwh.nl"),
         ("p", "Supplier: Suzhou Hengda Sheet Metal Co., Ltd. · Date: 13-05-2024 · DAP Son, week 25"),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Price EUR", "Amount EUR"],
             ["1", "BWH-CV-3301 rev A", "Robot cover set, Al 5052, powder coat, proto", "5", "265,00", "1.325,00"],
         ]),
         ("sp",),
         ("p", "Scope: this order covers the 5 proto sets only. The balance of 395 sets from your quotation is not "
               "released and stays on hold."),
         ("p", "The balance is released after sign-off of the proto sets by our engineering, with a written "
               "release from our Purchasing department."),
         ("p", "Material: for the 5 proto sets only."),
     ], title="PO 2024-0466", author="Brabant Wafer Handling"))])


# p49 portal: released 8, balance 192 'on hold' - no event, no person
_p49_rows = [["Item", "Sets", "Status"],
             ["Pilot sets (PO 4700088800)", "8", "released"],
             ["Balance of quotation SBL-Q-24-0702", "192", "not released (on hold)"]]
_p49_body = f"""<h2>Sagami Process Equipment - Supplier Portal / Order Notice</h2>
<p>To: Strojírna Brno-Líšeň s.r.o. &nbsp; Order No.: 4700088800 &nbsp; Issue date: 2024.05.20</p>
<p>Part 55-FR-3160 Rev A, tool base frame, S355, painted RAL 9002.</p>
{table_html(_p49_rows)}
<div class="note"><p>Kindly note: the balance of 192 sets is not released and is on hold.</p>
<p>Material: please purchase for the 8 pilot sets only.</p></div>
<p>Delivery: 2024.07.05, DAP Sagamihara Plant 2. Contact: procurement@sagami-pe.co.jp</p>"""
case("p49_portal_hold_only", ["RG004", "RG005"],
     "portal notice: 8 pilot released, 192 'not released (on hold)' - no unlock event and nobody named to release",
     [("order_notice_4700088800.html", html_page("Order Notice 4700088800", _p49_body))])


# ==== END OF CASES (main below) ====


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(131131).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h131_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
