#!/usr/bin/env python3
"""Generator for the releasegate check_holdout25 corpus (independent held-out set).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout25/build.py

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
    m["Message-ID"] = msgid or f"<h25-{_MSGN[0]:04d}.{_dt.date(2024, 5, 2).strftime('%Y%m%d')}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h25")
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


# ------------------------------------------------------------------ helpers (holdout25)
def q(text, depth=1):
    """Quote a block of text the way mail clients do."""
    pre = ">" * depth
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def t2h(text):
    """Very small plain-text to HTML conversion for multipart/alternative bodies."""
    out = []
    quote_open = False
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #999;padding-left:6px;color:#444\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    del quote_open
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n"


def txt(s):
    return s.strip("\n") + "\n"

# =================================================================== CLEAN
# c01 — UK aerospace sample PO, email + PDF PO; fully scoped (hold, event, person, material, forecast).
_c01_body = """Dear Tomasz,

Please find attached PO 4500118273 rev 0 for the first-article lot of the galley stowage
bracket, P/N SCI-2210-044 Rev C (drawing SCI-2210-044 sheet 1-3, material 7075-T7351 plate
to AMS 2770 heat treat records).

So that there is no doubt about the scope of this order:

- Released now: eight (8) pcs for First Article Inspection per AS9102 Rev C, delivered with
  the full FAIR (forms 1-3), CoC and EN 10204 3.1 material certificates.
- The remaining 392 pcs shown in your quotation Q-PT-24-0311 are NOT released. Please do not
  schedule, programme or cut material for them.
- The balance is unlocked only by (1) our FAI sign-off and then (2) a written production
  release from me referencing this PO number.
- Material authority: sample-only, i.e. bar for the eight FAI pieces. Anything bought beyond
  that is at Precyzja-Tech's own risk.
- The 400 pcs/yr on the quotation is our forecast, not a commitment.

Delivery FCA Rzeszow (Incoterms 2020) by 14 June 2024, please. Packing per SCI-PS-004
(individually bagged, VCI, no staples). Kindly acknowledge the scope in writing when you
confirm the date.

Kind regards,
Karen
""" + sig("Karen Whitfield", "Procurement Lead - Cabin Structures", "Solent Cabin Interiors Ltd, Hamble, Hampshire", "+44 23 8045 1190")

_c01_pdf = pdf([
    ("h1", "PURCHASE ORDER 4500118273 rev 0"),
    ("p", "Solent Cabin Interiors Ltd, Unit 4 Hamble Point, Southampton SO31 4NB, United Kingdom"),
    ("p", "Supplier: Precyzja-Tech Sp. z o.o., ul. Hangarowa 12, 35-082 Rzeszow, Poland. Supplier no. 200417"),
    ("p", "Order date: 07/05/2024. Currency: GBP. Payment: 60 days EOM. Quality: AS9100 Rev D flow-down clauses QC-01 to QC-14 apply."),
    ("table", [
        ["Line", "Part / Rev", "Description", "Qty", "UoM", "Scope", "Unit", "Value"],
        ["10", "SCI-2210-044 / C", "Galley stowage bracket, 7075-T7351", "8", "EA", "Sample (FAI)", "42.50", "340.00"],
        ["20", "FAIR", "AS9102 FAIR forms 1-3, ballooned drawing", "1", "LOT", "Sample (FAI)", "0.00", "0.00"],
    ]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "This PO releases 8 pcs for FAI only. The remaining 392 pcs quoted (Q-PT-24-0311) are not released and must not be started. They are unlocked only by Solent's FAI sign-off followed by a written production release from Karen Whitfield, Procurement Lead. Material authority: sample-only (8 pcs). The quoted 400 pcs/yr is a forecast, not a commitment."),
    ("p", "Please acknowledge this scope in writing within 3 working days."),
], title="PO 4500118273", author="Solent Cabin Interiors")

case("c01_uk_aero_sample_po_eml", [],
     "Sample PO email + PDF: 8 FAI pcs, 392 not released, FAI sign-off + written release by named person, material sample-only, forecast labelled.",
     [("PO_4500118273_SCI-2210-044.eml", eml_bytes(mail(
         "Karen Whitfield <k.whitfield@solentcabin.co.uk>", "Tomasz Kowalczyk <t.kowalczyk@precyzja-tech.pl>",
         "PO 4500118273 - galley bracket SCI-2210-044 Rev C - FAI lot", "Tue, 07 May 2024 10:12:00 +0100",
         _c01_body, html=t2h(_c01_body),
         attachments=[("PO_4500118273.pdf", _c01_pdf, PDF_MT)])))])

# c02 — Czech composite supplier quote with tiers; no authorization in the bundle.
case("c02_cz_composite_quote_pdf", [],
     "Supplier quote with FAI and production price tiers only; quotes authorize nothing.",
     [("NAB-2024-0419_KompoTech.pdf", pdf([
         ("h1", "NABIDKA / QUOTATION NAB-2024-0419"),
         ("p", "KompoTech s.r.o., Turanka 1240/98, 627 00 Brno, Czech Republic. EN 9100:2018 certified (cert. no. CZ-AS-0771)."),
         ("p", "To: Aerostructures Garonne SAS, Service Achats, 31700 Blagnac, France. Attn: M. Julien Marchand. Your RFQ: RFQ-AG-24-0088 of 12.04.2024."),
         ("p", "Part: Floor panel, carbon/epoxy sandwich, AG-FP-3301 rev E (drawing AG-FP-3301 rev E, 4 sheets). Process: prepreg M21/T700, autoclave cure, Nomex core 48 kg/m3."),
         ("table", [
             ["Item", "Description", "Quantity", "Unit price (EUR)", "Lead time"],
             ["1", "First article panels incl. FAIR per AS9102", "4 pcs", "1.250,00", "6 weeks ARO"],
             ["2", "Series panels, price break A", "120 pcs", "612,00", "8 weeks from written release"],
             ["3", "Series panels, price break B", "240 pcs", "574,50", "8 weeks from written release"],
             ["4", "Tooling (lay-up tool, invar), one-off", "1", "18.400,00", "10 weeks ARO"],
         ]),
         ("sp",),
         ("p", "Prices ex works Brno (Incoterms 2020), valid 60 days. Series price breaks are indicative and assume release in lots of 60."),
         ("p", "KompoTech starts series production only after a written production release from the customer naming the quantity. Sample sign-off alone does not trigger production."),
         ("p", "Ing. Marek Dvorak, Obchodni reditel / Sales Director, +420 541 220 187"),
     ], title="NAB-2024-0419", author="KompoTech s.r.o."))])

# c03 — Malaysian supplier asks whether the balance may start; question only.
_c03 = """Dear Siobhan,

Good day to you. The 30 sample trays for CMD-TRY-310 Rev D were shipped yesterday by DHL,
AWB 77 4410 2893, together with the dimensional report (32 characteristics, Cpk on 5 pcs)
and the resin CoC (Makrolon 2458, lot 24D1187).

Our planner Mr. Tan is asking: do we have your go-ahead for the balance of 970 pcs, or should
we wait for your sample evaluation first? For your info we have not started anything beyond
the 30 samples, and resin on hand is only for the samples.

Kindly advise at your convenience. Also please note our factory is closed on 3 June for
Agong's Birthday.

Thank you and best regards,
Lim Wei Ling (Ms)
Customer Service Executive
Penang Precision Moulding Sdn Bhd
Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia
Tel +60 4 643 2210
"""
case("c03_my_supplier_question_eml", [],
     "Supplier question 'do we have your go-ahead for the 970?' is not an approval; supplier-only bundle authorizes nothing.",
     [("RE_samples_shipped_CMD-TRY-310.eml", eml_bytes(mail(
         "Lim Wei Ling <wl.lim@penangprecision.com.my>", "Siobhan Kelly <siobhan.kelly@corribmedical.ie>",
         "RE: Samples shipped - CMD-TRY-310 Rev D", "Wed, 15 May 2024 16:40:00 +0800", _c03)))])

# c04 — Oracle iSupplier forecast collaboration page, clearly labelled.
_c04_rows = "".join(
    f"<tr><td>{m}</td><td style='text-align:right'>{q_}</td><td>Forecast</td></tr>"
    for m, q_ in [("Jul 2024", "450"), ("Aug 2024", "300"), ("Sep 2024", "500"), ("Oct 2024", "500"),
                  ("Nov 2024", "550"), ("Dec 2024", "250"), ("Jan 2025", "500"), ("Feb 2025", "500"),
                  ("Mar 2025", "600"), ("Apr 2025", "550"), ("May 2025", "550"), ("Jun 2025", "500")])
case("c04_de_forecast_html", [],
     "Rolling forecast explicitly labelled planning-only, no production or material authority; forecasts authorize nothing.",
     [("iSupplier_forecast_RS-IO-12_2024-06.html", html_page("Supplier Forecast - RS-IO-12", f"""
<h2>Oracle iSupplier Portal &mdash; Collaborative Planning</h2>
<p>Customer: <b>Rheinsignal Technik GmbH</b>, Braunschweig &nbsp;|&nbsp; Supplier: <b>Duna Elektronika Kft.</b>, Gy&#337;r (site HU-02)</p>
<p>Item: RS-IO-12 rev C &mdash; PCBA, I/O module for interlocking cabinet &nbsp;|&nbsp; Plan published: 03.06.2024 &nbsp;|&nbsp; Plan name: RS-FC-2024-W23</p>
<div class="note"><b>FORECAST &mdash; for capacity planning only.</b> This is not a purchase order and does not authorize
production or the purchase of material. Production is authorized only by call-offs issued under framework
agreement FA-RS-2023-07. Any material bought on the strength of this forecast is at the supplier's risk.</div>
<table>
<tr><th>Period</th><th>Quantity (EA)</th><th>Type</th></tr>
{_c04_rows}
<tr><td><b>Total</b></td><td style='text-align:right'><b>5.750</b></td><td>Forecast</td></tr>
</table>
<p>Roughly 500/month, peaking around 600 in March for the Hannover S-Bahn retrofit. Please publish your capacity commit in the portal by 14.06.2024.</p>
<p style="color:#777">Generated by Oracle iSupplier Portal 12.2.10 &middot; Rheinsignal Technik GmbH &middot; Hansestra&szlig;e 41, 38112 Braunschweig</p>
""", lang="en"))])

# c05 — Israeli medical sample evaluation report, DOCX with a table: approved for fit check only.
case("c05_il_sample_eval_docx", [],
     "Scoped disposition 'approved for fit check only', production not released, balance held, next event and named releaser.",
     [("SER-24-017_GIS-4410-02.docx", docx_bytes([
         ("h1", "Sample Evaluation Report SER-24-017"),
         ("p", "Galil Infusion Systems Ltd, Yokneam Illit, Israel - Quality Engineering (ISO 13485:2016, 21 CFR 820)"),
         ("p", "Part: Infusion pump housing, front cover GIS-4410-02 rev B. Supplier: Penang Precision Moulding Sdn Bhd. PO 4700-2291 (20 samples, T1 tool)."),
         ("table", [
             ["CTQ", "Nominal", "Tol.", "Result (n=5)", "Status"],
             ["Snap-fit boss height", "6.20", "+/-0.05", "6.18 - 6.23", "OK"],
             ["Display window flatness", "0.10 max", "-", "0.08 - 0.14", "NOK"],
             ["Wall thickness at rib R4", "1.80", "+/-0.10", "1.74 - 1.83", "OK"],
             ["Gloss (60 deg)", "<12 GU", "-", "9 - 11", "OK"],
         ]),
         ("h", "Disposition"),
         ("p", "APPROVED FOR FIT CHECK ONLY. The 20 T1 samples may be used for the fit check on the EVT-2 build. This disposition is technical and does not release production."),
         ("p", "The released quantity remains the 20 samples on PO 4700-2291. The remaining 2,480 pcs of the quoted annual volume are not released."),
         ("p", "Next step: re-check of display window flatness on T2 samples. After an approved engineering sign-off of the T2 samples, a written production release may be issued by Noa Ben-David, Procurement Manager. Nothing beyond the samples is to be started before that release."),
         ("p", "Prepared: Dr. Hannah Levi, QA/RA Manager, 21.05.2024. Distribution: Procurement, R&D, supplier."),
     ], author="Hannah Levi"))])
# c06 — UK defence ERP printout, full-quantity production PO, "proceed with the 250".
case("c06_uk_defence_erp_full_po_txt", [],
     "Full-quantity production PO (250, FAI already signed off) with 'proceed with the 250 pcs'; no balance, so no hold/unlock needed.",
     [("PO70031422.txt", txt("""
BRECON DEFENCE SYSTEMS LTD                                        PURCHASE ORDER
Parc Menter, Brecon LD3 8RY, Wales, UK                            PAGE 1 OF 1
-------------------------------------------------------------------------------
PO NUMBER : 70031422          REV : 00        DATE : 22/05/2024
SUPPLIER  : 000318 TAMAR ENCLOSURES LTD, UNIT 9 LANGAGE BUSINESS PK, PLYMOUTH
BUYER     : R. MORGAN  (01874 611 420)        TERMS: 30 DAYS NET
QUALITY   : AS9100D / DEF STAN 05-138 CAT 2 / CoC REQUIRED EACH DELIVERY
-------------------------------------------------------------------------------
LN  PART NO            REV  DESCRIPTION                    QTY  UOM   UNIT GBP
--  -----------------  ---  -----------------------------  ---  ---  ---------
01  BDS-ENC-118        F    ENCLOSURE, RUGGED, IP67, 6U    250  EA      214.60
                            AL 5083-H111, MIL-DTL-5541 T2
                            CHROMATE + RAL 6031 F6 PAINT
-------------------------------------------------------------------------------
DELIVERY SCHEDULE:  WK 27  50   WK 29  50   WK 31  50   WK 33  50   WK 35  50
-------------------------------------------------------------------------------
LINE NOTES:
 SCOPE: PRODUCTION - FULL ORDER QUANTITY.
 FAI COMPLETED AND SIGNED OFF 12/04/2024 UNDER FAIR-0931 (PO 70031377).
 PLEASE PROCEED WITH THE 250 PCS PER THE SCHEDULE ABOVE.
 THERE IS NO FURTHER QUANTITY OR BALANCE ON THIS ORDER.
 MATERIAL: FOR THE 250 PCS ON THIS ORDER.
 REF DRG BDS-ENC-118 SHT 1-4 REV F; TORQUE SPEC TS-0045; GASKET PN 7710-0250.
-------------------------------------------------------------------------------
TOTAL ORDER VALUE GBP 53,650.00 EXCL VAT
THIS ORDER IS SUBJECT TO BDS STANDARD TERMS BDS-T&C-07 AND DEFCON 5J / 627.
""")) ])

# c07 — Swedish rail call-off with explicit staged material authority above the release.
case("c07_se_calloff_staged_material_pdf", [],
     "Call-off releases 40 sets; explicit staged material authority up to 200 sets at buyer's liability; balance held until next call-off by named person.",
     [("CO-NS-0412.pdf", pdf([
         ("h1", "CALL-OFF CO-NS-0412"),
         ("p", "Norrsignal AB, Kopparbergsvagen 8, 722 13 Vasteras, Sweden. Framework agreement FA-2023-17 (harness sets, 2023-2026)."),
         ("p", "Supplier: Harnex Sp. z o.o., ul. Krakowska 141, 50-428 Wroclaw, Poland. Supplier ID 40877."),
         ("p", "Item: Harness set NS-HS-7730 rev D (cabinet wiring, EN 50155 / EN 45545-2 HL3 materials). Drawing NS-HS-7730 rev D, wire list WL-7730-04."),
         ("table", [
             ["Delivery", "Qty (sets)", "Status"],
             ["Week 24/2024", "20", "Released for production"],
             ["Week 26/2024", "20", "Released for production"],
             ["Total this call-off", "40", "Released for production"],
         ]),
         ("sp",),
         ("h", "Material authority"),
         ("p", "Staged material authority: Harnex may purchase connectors (Harting Han-Modular), wire and backshells for up to 200 sets, at Norrsignal's liability under clause 9.3 of FA-2023-17. This covers purchasing of material only; it does not release the production of any set beyond the 40 above."),
         ("h", "Balance"),
         ("p", "The remaining framework quantity, including the 160 sets covered by staged material, is not released. It is released only by the next call-off, signed by Ingrid Sjoberg, Supply Chain Manager."),
         ("p", "Issued 2024-05-20 by Ingrid Sjoberg, Supply Chain Manager, Norrsignal AB. +46 21 480 77 00."),
     ], title="CO-NS-0412", author="Norrsignal AB"))])

# c08 — Recorded explicit auto-conversion agreement (DOCX).
case("c08_il_autoconversion_record_docx", [],
     "Explicit recorded auto-conversion naming quantity (300), signers and conditions; rest needs separate written release by named person.",
     [("AC-2024-03_GIS-PCB-220.docx", docx_bytes([
         ("h1", "Record of Auto-Conversion Agreement AC-2024-03"),
         ("p", "Between Galil Infusion Systems Ltd (buyer), Yokneam Illit, Israel, and Duna Elektronika Kft. (supplier), Gyor, Hungary."),
         ("p", "Order: PCBA GIS-PCB-220 rev C (pump controller board), IPC-A-610 Class 3, under PO 4700-2305."),
         ("table", [
             ["Item", "Quantity", "State"],
             ["EVT sample boards", "10", "Released (PO 4700-2305 line 10)"],
             ["Production boards - auto-conversion tranche", "300", "Not released until the condition below is met"],
             ["Production boards - remainder of quote", "700", "Not released; separate written release required"],
         ]),
         ("h", "Auto-conversion"),
         ("p", "Recorded 14 March 2024. The parties agree that an APPROVED sample sign-off of the 10 EVT boards, recorded by Galil engineering on form QF-031, releases 300 production boards by itself, without a further written release."),
         ("p", "Conditions: (a) the sign-off is 'approved' without open findings - an interim disposition does not trigger the conversion; (b) no stop is in force on the order; (c) the 300 boards are within the commercial cover of PO 4700-2305 line 20."),
         ("p", "The remaining 700 boards are not released and need a separate written release from Dr. Eitan Shapiro."),
         ("p", "Material authority: sample-only until the conversion; staged up to 300 boards after it."),
         ("p", "Signed: Dr. Eitan Shapiro, VP Operations, Galil Infusion Systems (release authority, limit 500 boards). Signed: Kovacs Gabor, Managing Director, Duna Elektronika Kft."),
     ], author="Eitan Shapiro"))])

# c09 — Supplier reply: deposit does not release production; buyer scope quoted and complete.
_c09_orig = """Hi Dave,

Deposit of 30% for the tooling (press brake tooling + weld fixture, PI-TE-2291) was paid today,
SWIFT ref TT-88213.

Reminder of scope: PO NDE-24-0577 covers six (6) pilot enclosures only. The remaining 114 are
not released. They will be released by a written release from me after the EMC test sign-off
(MIL-STD-461G, RE102/CE102) on the pilots.

Thanks,
Yossi Peretz
Senior Buyer, Negev Defence Electronics Ltd, Be'er Sheva
"""
_c09 = """Hi Yossi,

Thanks, deposit received with thanks this afternoon.

For the avoidance of doubt: the deposit covers the tooling only and does not release production.
We'll build the six pilot enclosures on PO NDE-24-0577 and hold the balance of 114 until your
written release after the EMC sign-off, exactly as per the PO. Material on order is for the six
pilots only (5083 sheet, 2 x 2500 x 1250).

Pilots are planned for w/c 10 June; I'll send the first-off inspection report before paint.

Cheers,
Dave
""" + sig("Dave Pascoe", "Sales & Contracts Manager", "Tamar Enclosures Ltd, Plymouth", "+44 1752 894 300") + "\n" \
    + "On Mon, 13 May 2024 at 09:05, Yossi Peretz <yossi.p@negevdefence.co.il> wrote:\n" + q(_c09_orig)
case("c09_il_uk_deposit_not_release_eml", [],
     "Supplier says the deposit does not release production; quoted buyer scope has 6 pilots, 114 held, EMC sign-off, written release by named sender.",
     [("RE_deposit_PI-TE-2291.eml", eml_bytes(mail(
         "Dave Pascoe <dave.pascoe@tamarenclosures.co.uk>", "Yossi Peretz <yossi.p@negevdefence.co.il>",
         "RE: Deposit PI-TE-2291 / PO NDE-24-0577", "Mon, 13 May 2024 16:22:00 +0100", _c09,
         in_reply_to="<h25-prev-0577@negevdefence.co.il>")))])
# c10 — Mexican supplier acknowledgement restating the hold (PDF).
case("c10_mx_supplier_ack_pdf", [],
     "Supplier acknowledgement restates 15 samples only, 1,485 not released, material for 15, waits for FAI sign-off and written release by named buyer.",
     [("OA-MB-24-1187.pdf", pdf([
         ("h1", "ACUSE DE PEDIDO / ORDER ACKNOWLEDGEMENT OA-MB-24-1187"),
         ("p", "Maquilados del Bajio S.A. de C.V., Av. de la Industria 455, Parque Industrial Bernardo Quintana, 76246 El Marques, Queretaro, Mexico. ISO 13485:2016 / IPC/WHMA-A-620 Class 3."),
         ("p", "Customer: Corrib Medical Devices Ltd, Parkmore West, Galway H91 XK2T, Ireland. Your PO: 4800-3391 dated 29/04/2024."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Scope", "Ship date"],
             ["1", "CMD-CBL-092 rev A", "Pre-production cable assembly, handpiece", "15 (fifteen)", "Sample", "2024-05-31"],
         ]),
         ("sp",),
         ("p", "We acknowledge PO 4800-3391 as written. We confirm that the remaining 1,485 pcs of our quotation COT-MB-24-0311 are not released and will not be scheduled. Material has been purchased for the 15 samples only."),
         ("p", "We will wait for your FAI sign-off and for the written production release from Ms Siobhan Kelly, Category Manager, before building anything further."),
         ("p", "Atentamente, Alejandro Ruiz Ortega, Gerente de Ventas / Sales Manager, +52 442 215 8830"),
     ], pagesize=LETTER, title="OA-MB-24-1187", author="Maquilados del Bajio"))])

# c11 — Concession / deviation permit, French aerospace (DOCX).
case("c11_fr_concession_docx", [],
     "Concession for 3 FAI panels use-as-is for ground test only; explicitly releases nothing for production; names the release path.",
     [("DP-AG-2024-031.docx", docx_bytes([
         ("h1", "Concession / Deviation Permit DP-AG-2024-031"),
         ("p", "Aerostructures Garonne SAS - Qualite Fournisseurs. MRB meeting of 07/05/2024. Related NCR: NCR-2024-0118."),
         ("table", [
             ["Field", "Entry"],
             ["Supplier", "KompoTech s.r.o., Brno (CZ)"],
             ["Part / rev", "AG-FP-3301 rev E - floor panel"],
             ["Serial numbers", "FP-0001, FP-0002, FP-0003 (FAI panels, PO 4501-7731)"],
             ["Nonconformity", "Surface void 4 mm x 2 mm on bag side, zone C3; drawing limit 3 mm"],
             ["MRB decision", "Use-as-is for ground test rig GT-12 only"],
         ]),
         ("p", "Scope: this concession applies to the three serial numbers above only. It does not authorize shipment to the assembly line and releases nothing for production."),
         ("p", "Production quantities remain governed by PO 4501-7731: the series panels stay not released until the FAI sign-off per AS9102 on corrected panels and a written release from Marc Dubois, Responsable Achats."),
         ("p", "Corrective action requested from supplier (8D) by 31/05/2024. Signed: Camille Roux, Ingenieur Qualite; MRB chair: P. Lemaire."),
     ], author="Camille Roux"))])

# c12 — Interim disposition with limits (TXT letter), German rail -> Czech sheet metal.
case("c12_de_interim_disposition_txt", [],
     "Interim disposition limited to 150 units or 31.07.2024; beyond that not released until full sign-off and written release by named person.",
     [("ID-RS-24-022_interim.txt", txt("""
Rheinsignal Technik GmbH - Lieferantenqualitaet / Supplier Quality
Hansestrasse 41, 38112 Braunschweig

To:   Strojirny Vysocina s.r.o., Jihlava (CZ) - Ing. Pavel Horak, Quality Manager
Re:   First article RS-ENC-220 rev B (outdoor signalling enclosure, 1.4301 / RAL 7032)
      PO 4600-8779, FAI report FAIR-SV-0456
Date: 27.05.2024

INTERIM DISPOSITION ID-RS-24-022

1. Result of the first article inspection: 2 open findings (door gap 2,6 mm vs. 2,0 +/-0,3;
   missing earthing stud marking). All other 47 characteristics conforming.
2. Disposition: INTERIM. Limited to 150 (one hundred and fifty) enclosures or until
   31.07.2024, whichever comes first, provided the door gap is kept below 2,8 mm and
   every enclosure is 100% inspected for it. This disposition is technical and by itself
   releases nothing: within these limits Purchasing (Lukas Brenner) issues the written
   production release for up to 150 enclosures separately.
3. Enclosures beyond the first 150 are not released. They need the full sign-off of the
   corrected first article (closure of both findings, delta-FAI) and then a written
   production release from Lukas Brenner, Head of Purchasing Rail.
4. Material authority stays as stated on PO 4600-8779: staged up to 150 enclosures.
5. Please confirm the corrective action plan (8D) by 07.06.2024.

Mit freundlichen Gruessen / Kind regards
Sabine Weber
Supplier Quality Engineer, Rheinsignal Technik GmbH, +49 531 2870 455
"""))])

# c13 — Irish medical sample PO with many quantity-like identifiers (PDF).
case("c13_ie_identifiers_po_pdf", [],
     "Sample PO for twelve (12) trays; 3,000/yr labelled forecast and not released; validation sign-off + written release by named person; identifiers look like quantities.",
     [("PO_4800-3398.pdf", pdf([
         ("h1", "PURCHASE ORDER 4800-3398"),
         ("p", "Corrib Medical Devices Ltd, Parkmore West Business Park, Galway H91 XK2T, Ireland. VAT IE 9812477K."),
         ("p", "Supplier: Penang Precision Moulding Sdn Bhd, Bayan Lepas FIZ Phase 4, Penang, Malaysia. Supplier no. 5000-1240."),
         ("table", [
             ["Line", "Part no.", "Description", "Qty", "UoM", "Unit EUR"],
             ["1", "500-1000-250", "Surgical instrument tray, PPSU, DRG 4800 Rev 12, mould T-2500", "12", "EA", "38.00"],
         ]),
         ("sp",),
         ("p", "Quality: ISO 13485:2016, ISO 11607-1:2019 packaging compatibility, biocompatibility per ISO 10993-5. Reference NCR-2024-0600 (closed) for the previous revision. Hole pattern M6x1.0 per DRG 4800 sheet 2; tray volume 2500 ml nominal."),
         ("h", "Scope"),
         ("p", "This PO covers twelve (12) validation sample trays only. The 3,000 trays/yr mentioned in our RFQ 1000-250 are a forecast and are not released. Nothing beyond the 12 is to be moulded."),
         ("p", "The balance is unlocked only after sign-off of the process validation report (IQ/OQ/PQ) and a written release from Siobhan Kelly, Category Manager. Material authority: sample-only."),
         ("p", "Delivery: DAP Galway, by 28/06/2024. Please acknowledge within 5 days."),
     ], title="PO 4800-3398", author="Corrib Medical Devices"))])

# c14 — Minutes: supplier asked about a go-ahead; answer no; scope clear (DOCX).
case("c14_se_uk_minutes_docx", [],
     "Minutes: supplier's 'go-ahead?' question answered no; 3 pre-series only, 27 not released, type-test sign-off + written release by named person; material sample-only.",
     [("MoM_NS-CAB-40_preseries_review.docx", docx_bytes([
         ("h1", "Minutes of Meeting - Pre-series review, signalling cabinet NS-CAB-40"),
         ("p", "Date: 16 May 2024, 14:00 CET (Teams). Attendees: Anna Lindqvist (Norrsignal, Purchasing), Lars Ekstrom (Norrsignal, Test & Approvals), Graham Holroyd and Priya Shah (Calder Fabrication Ltd, Halifax)."),
         ("num", "Pre-series status: 3 cabinets built under PO 4510-0092 (pre-series scope). Cabinet 1 with Norrsignal for type test; cabinets 2 and 3 in final wiring check."),
         ("num", "Calder asked whether they have a go-ahead for the series. Answer: no. The 27 series cabinets remain not released."),
         ("num", "Release path: type test report (EN 50121-4 EMC, EN 60529 IP54) signed off by Lars Ekstrom, then a written production release from Anna Lindqvist. Calder will not start series work before that letter."),
         ("num", "Material: sample-only. Calder confirmed no series material has been bought; sheet for the series is quoted but not ordered."),
         ("num", "AOB: crate design per NS-PK-12; ADR not applicable; next meeting 30 May."),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Send type test schedule", "L. Ekstrom", "20 May"],
             ["Photos of cabinets 2 and 3 before dispatch", "G. Holroyd", "24 May"],
         ]),
     ], author="Anna Lindqvist"))])
# c15 — Framework agreement clauses (PDF); defines the release process, authorizes nothing itself.
case("c15_de_hu_framework_clauses_pdf", [],
     "Framework clauses: call-offs are the sole production authority, forecasts non-binding, deposits and PO acceptance release nothing; no quantity authorized.",
     [("FA-RS-2023-07_extract.pdf", pdf([
         ("h1", "Framework Supply Agreement FA-RS-2023-07 (extract)"),
         ("p", "Between Rheinsignal Technik GmbH, Braunschweig (\"Buyer\") and Duna Elektronika Kft., Gyor (\"Supplier\"). Term 01.01.2024 - 31.12.2026. Governing law: German law; CISG excluded."),
         ("h", "Clause 4 - Forecasts"),
         ("p", "4.1 The Buyer publishes a rolling 12-month forecast (currently about 6.000 PCBAs per year in total). Forecasts are non-binding planning information. They are neither orders nor commitments and create no liability for products or material."),
         ("h", "Clause 5 - Call-offs"),
         ("p", "5.1 Production is authorized only by a call-off issued under this Agreement that names the part, the quantity and the delivery dates. 5.2 A call-off is valid only when signed by a person listed in Annex C (currently Jurgen Vogel, Strategic Buyer, and Lukas Brenner, Head of Purchasing Rail). 5.3 Quantities not called off are not released."),
         ("h", "Clause 6 - Material authority"),
         ("p", "6.1 The Supplier may purchase material at the Buyer's liability only up to the material authority stated in the current call-off. 6.2 Material bought beyond that is at the Supplier's risk."),
         ("h", "Clause 7 - Samples"),
         ("p", "7.1 First articles are inspected per EN 9100 / AS9102 form set. 7.2 Sample sign-off is a technical decision and releases nothing. 7.3 There is no automatic conversion of a sample sign-off into a production quantity unless it is recorded in a separate written agreement naming the quantity, the signatories and the conditions."),
         ("h", "Clause 9 - Payment"),
         ("p", "9.1 Payment terms 60 days net. 9.2 Payments, deposits and the acceptance of a purchase order or call-off are commercial acts; none of them authorizes production."),
         ("p", "Page 3 of 11 - Annex C: authorized signatories, see separate sheet."),
     ], title="FA-RS-2023-07", author="Rheinsignal Technik GmbH"))])

# c16 — Production release email with PDF release letter (French aerospace -> Czech composites).
_c16_body = """Bonjour Marek,

Please find attached our production release PR-AG-24-009 for the floor panels AG-FP-3301 rev E.

In short: following the FAI sign-off (FAIR 24-0412, signed 22/05/2024 by Camille Roux), I release
60 panels under PO 4501-7731. The remaining 120 panels on the PO stay on hold until my next
written release, which I will issue after line-side acceptance of the first 20 delivered panels.
Material authority: staged up to 60 panel sets, matching this release.

Transport as before, Girteka pick-up on Thursdays, one crate of 10 per pallet.

Cordialement,
Marc Dubois
Responsable Achats Structures - Aerostructures Garonne SAS, Blagnac
+33 5 61 30 44 12
"""
_c16_pdf = pdf([
    ("h1", "PRODUCTION RELEASE PR-AG-24-009"),
    ("p", "Aerostructures Garonne SAS, 12 avenue Didier Daurat, 31700 Blagnac, France."),
    ("p", "To: KompoTech s.r.o., Brno. Order: AG-FP-3301 rev E floor panel. PO 4501-7731 (commercial cover 180 panels)."),
    ("table", [
        ["Item", "Quantity", "State"],
        ["Released by this letter", "60", "Released for production"],
        ["Previously released (FAI)", "4", "Delivered, FAI signed off"],
        ["Remaining on PO", "120", "On hold - not released"],
    ]),
    ("p", "Unlock event for the remaining 120: line-side acceptance of the first 20 delivered panels, followed by a written release from Marc Dubois."),
    ("p", "Material authority: staged up to 60 panel sets."),
    ("p", "Released by: Marc Dubois, Responsable Achats (release authority, limit 250 k EUR). Date: 23/05/2024."),
], title="PR-AG-24-009", author="Marc Dubois")
case("c16_fr_cz_release_email_pdf", [],
     "Production release of 60 of 180 after FAI sign-off; 120 on hold until lot acceptance + written release by named sender; material staged to 60.",
     [("PR-AG-24-009_release.eml", eml_bytes(mail(
         "Marc Dubois <marc.dubois@aero-garonne.fr>", "Marek Dvorak <dvorak@kompotech.cz>",
         "Production release PR-AG-24-009 - AG-FP-3301 rev E", "Thu, 23 May 2024 11:05:00 +0200",
         _c16_body, cc="Camille Roux <camille.roux@aero-garonne.fr>",
         attachments=[("PR-AG-24-009.pdf", _c16_pdf, PDF_MT)])))])

# c17 — Supplier assumed auto-conversion (quoted); buyer corrects it clearly.
_c17_sup = """Hi Noa,

EVT boards (10 pcs) passed our ICT and functional test, shipping tomorrow with the X-ray images.
Once you approve the EVT boards we'll roll straight into the 490 production boards, the SMT line
is booked for W27.

Best regards,
Kovacs Gabor
Duna Elektronika Kft.
"""
_c17 = """Gabor,

Please don't. The EVT sign-off is a technical sign-off only and releases nothing.

The active quantity remains the 10 EVT boards on PO 4700-2312. The 490 production boards stay on
hold until I send you a written production release, which needs the EVT sign-off and our internal
budget sign-off first. Keep the W27 slot as tentative if that helps you, but please don't buy or
kit anything beyond the 10 boards.

Thanks for the quick turnaround on the EVT build, the X-ray images will help.

Noa
""" + sig("Noa Ben-David", "Procurement Manager", "Galil Infusion Systems Ltd, Yokneam Illit, Israel", "+972 4 959 3300") + "\n" \
    + "From: Kovacs Gabor <kovacs.gabor@dunaelektronika.hu>\nSent: Monday, 20 May 2024 17:48\n" \
    + "To: Noa Ben-David\nSubject: EVT boards GIS-PCB-230\n\n" + q(_c17_sup)
case("c17_il_hu_auto_corrected_eml", [],
     "Quoted supplier line assumes roll-into-production; buyer's reply corrects it: 10 EVT active, 490 held, EVT + budget sign-off, written release by sender.",
     [("RE_EVT_boards_GIS-PCB-230.eml", eml_bytes(mail(
         "Noa Ben-David <noa.bd@galil-infusion.co.il>", "Kovacs Gabor <kovacs.gabor@dunaelektronika.hu>",
         "RE: EVT boards GIS-PCB-230", "Tue, 21 May 2024 08:31:00 +0300", _c17, html=t2h(_c17),
         in_reply_to="<h25-prev-evt230@dunaelektronika.hu>")))])

# c18 — Stop notice (TXT).
case("c18_uk_stop_notice_txt", [],
     "Stop notice: nothing more may start; 24 released to date, 96 not released; lifted only in writing by named person; balance still needs written release after FAI sign-off.",
     [("SN-2024-004.txt", txt("""
BRECON DEFENCE SYSTEMS LTD - SUPPLY CHAIN
STOP NOTICE SN-2024-004                                       Date: 04/06/2024

To:        Tamar Enclosures Ltd, Plymouth - Dave Pascoe
Order:     PO 70031455 - enclosure BDS-ENC-131 rev B (commercial cover 120 EA)
Reason:    NCR-BDS-24-061 - EMC gasket groove depth 1.45 mm vs 1.80 +/-0.05 on delivered lot

Effective immediately NOTHING MORE MAY START on this order, released or not.

  Released to date:     24 EA  (18 delivered, 6 WIP)
  Not released:         96 EA  (unchanged)

- Stop the 6 WIP enclosures at their current operation and quarantine them.
- Do not call off or buy further material for this order.
- The stop will be lifted only in writing by Gareth Rhys, Head of Supply Chain.
- Lifting the stop does not release the 96: their release still needs the FAI sign-off
  on the corrected gasket groove and a written production release from Gareth Rhys.

Please acknowledge this notice by return e-mail today.

R. Morgan, Buyer, on behalf of Gareth Rhys
Brecon Defence Systems Ltd, Parc Menter, Brecon LD3 8RY  |  01874 611 420
"""))])
# c19 — SAP Ariba PO export, full-quantity production order, no balance (HTML with table).
case("c19_uk_mx_ariba_full_po_html", [],
     "Full-quantity production PO (1,200) after FAI; 'proceed with the 1,200 pcs'; no balance exists.",
     [("Ariba_PO4500119002.html", html_page("SAP Ariba - Purchase Order 4500119002", """
<h2>SAP Business Network &mdash; Purchase Order</h2>
<table>
<tr><th>PO number</th><td>4500119002</td><th>Version</th><td>1</td></tr>
<tr><th>Customer</th><td>Solent Cabin Interiors Ltd (AN01722891344)</td><th>Supplier</th><td>Maquilados del Bajio S.A. de C.V. (AN11099830211)</td></tr>
<tr><th>Order date</th><td>14 May 2024</td><th>Status</th><td>Ordered</td></tr>
<tr><th>Ship to</th><td>SCI Hamble, Goods-In Dock 2, SO31 4NB, UK</td><th>Incoterms</th><td>FCA Queretaro</td></tr>
</table>
<h3>Line items</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit</th><th>Price (USD)</th><th>Subtotal</th></tr>
<tr><td>1</td><td>SCI-HAR-5521 rev C</td><td>Harness, reading light, 14-way, AS50881 / EN 3475</td><td>1,200</td><td>EA</td><td>18.75</td><td>22,500.00</td></tr>
</table>
<h3>Schedule lines</h3>
<table>
<tr><th>Delivery date</th><th>Qty</th></tr>
<tr><td>28 Jun 2024</td><td>300</td></tr><tr><td>26 Jul 2024</td><td>300</td></tr>
<tr><td>30 Aug 2024</td><td>300</td></tr><tr><td>27 Sep 2024</td><td>300</td></tr>
</table>
<div class="note"><b>Comments (buyer):</b> Scope: production, full order quantity. FAI completed under
FAIR-SCI-0877 (signed 03 Apr 2024). Proceed with the 1,200 pcs per the schedule lines. There is no balance on this
order and no further quantity is implied. Each shipment with CoC and test record (continuity + hipot 1500 V AC).</div>
<p style="color:#777">This purchase order was sent to you via SAP Business Network. Document ID: DOC2291873364.</p>
"""))])

# c20 — Teams chat export, Israeli buyer and Malaysian EMS, scoped go-ahead.
case("c20_il_my_teams_chat_txt", [],
     "Chat: 'go ahead with the 8 pilot units only', other 112 on hold until DVR signed by named person, then written release.",
     [("Teams_chat_Galil_KulimEMS_2024-05-28.txt", txt("""
Microsoft Teams - chat export
Chat: Galil / Kulim EMS - GIS-PCB-310 pilot
Exported: 2024-05-28 14:02 (UTC+03:00)

[2024-05-28 08:11] Ahmad Faizal (Kulim EMS): Morning Noa! Stencil arrived, paste print SPI results look good, Cpk 1.8 on the QFN pads
[2024-05-28 08:12] Ahmad Faizal (Kulim EMS): components for pilot all kitted, 0 shortage
[2024-05-28 08:40] Noa Ben-David (Galil): Boker tov Ahmad, great news
[2024-05-28 08:41] Noa Ben-David (Galil): Go ahead with the 8 pilot units only.
[2024-05-28 08:42] Noa Ben-David (Galil): The other 112 on PO 4700-2344 stay on hold until Dr Hannah Levi signs the DVR, then I'll send you a written release. Nothing else to be built or bought before that.
[2024-05-28 08:45] Ahmad Faizal (Kulim EMS): noted, 8 pilot only, 112 hold. will share AOI + X-ray by Thursday
[2024-05-28 08:46] Noa Ben-David (Galil): perfect, and pls ship with the conformal coat thickness readings (IPC-CC-830)
[2024-05-28 09:30] Ahmad Faizal (Kulim EMS): ok. btw Hari Raya Haji 17 June factory closed
[2024-05-28 09:31] Noa Ben-David (Galil): thanks for the heads up 🙏
"""))])

# c21 — Supplier weekly status report (TXT): shipped FAI, awaiting sign-off, nothing beyond.
case("c21_pl_status_report_txt", [],
     "Supplier status report: FAI lot shipped, awaiting sign-off, balance not started, no material beyond FAI; non-authorizing and consistent.",
     [("Weekly_status_W21_PrecyzjaTech.txt", txt("""
PRECYZJA-TECH Sp. z o.o. - WEEKLY CUSTOMER STATUS REPORT
Customer: Solent Cabin Interiors Ltd          Week: 21/2024          Prepared: M. Nowak (PM)

ORDER                 PART               SCOPE     QTY   STATUS
--------------------  -----------------  --------  ----  ---------------------------------
PO 4500118273 rev 0   SCI-2210-044 C     FAI         8   Shipped 22.05, UPS 1Z 9W7 804 68
                                                          FAIR forms 1-3 sent by e-mail
PO 4500118273 rev 0   SCI-2210-044 C     balance   392   NOT STARTED - not released;
                                                          awaiting your FAI sign-off and
                                                          written release (K. Whitfield)
PO 4500117940 rev 2   SCI-1180-007 A     prod.     120   60 delivered, 60 in anodising

MATERIAL
- 7075-T7351 plate: bought for the 8 FAI pcs only (heat 24-11873). No material ordered for
  the 392.
- AMS 2770 HT records and 3.1 certs uploaded to the SCI supplier portal.

RISKS / NOTES
- Anodising supplier (Mielec) capacity tight in W24-W25; no impact on FAI.
- Question open on drawing note 14 (edge break 0.2-0.5 vs. general tol.), see RFI-PT-0091.
"""))])

# c22 — Long thread: supplier asks, out-of-office, colleague answers 'not yet' with full scope.
_c22_q = """Hello Anna,

The three pre-series cabinets are wired and tested (FAT protocol FAT-CF-0412 attached last week).
Could you confirm whether we may now start the series cabinets? We would like to book the
powder-coat slot at Elland for mid-June if so.

Regards,
Graham Holroyd
Operations Manager, Calder Fabrication Ltd, Halifax
"""
_c22_ooo = """Thank you for your e-mail. I am out of the office until 3 June with limited access to e-mail.
For urgent matters please contact Lars Ekstrom (lars.ekstrom@norrsignal.se).
Tack for ditt mejl. Jag ar ledig till och med 2 juni.
Anna Lindqvist
"""
_c22 = """Hi Graham,

Anna is away until 3 June, so answering on her behalf.

Not yet, I'm afraid. The 27 series cabinets on PO 4510-0092 stay on hold. The release path has
not changed: the type test report must be signed off by me first, and then Anna will send a
written production release. Until then the only active quantity is the 3 pre-series cabinets.

You can of course pencil in the powder-coat slot at your own risk, but please don't order sheet
or paint for the series yet. Type test at Trafikverket's lab in Borlange is booked for 29 May.

Best regards
Lars Ekstrom
Test & Approvals Manager, Norrsignal AB
+46 21 480 77 31

> Auto-reply from Anna Lindqvist, 24 May 2024 10:02:
""" + q(_c22_ooo) + "\n\nOn 24 May 2024 10:01, Graham Holroyd wrote:\n" + q(_c22_q)
case("c22_se_uk_ooo_thread_eml", [],
     "Supplier asks if series may start; out-of-office noise; reply: 27 on hold, type test sign-off by named person + written release by named person, 3 active.",
     [("RE_preseries_NS-CAB-40_series_start.eml", eml_bytes(mail(
         "Lars Ekstrom <lars.ekstrom@norrsignal.se>", "Graham Holroyd <g.holroyd@calderfab.co.uk>",
         "RE: Pre-series NS-CAB-40 - series start?", "Fri, 24 May 2024 13:47:00 +0200", _c22,
         html=t2h(_c22), cc="Anna Lindqvist <anna.lindqvist@norrsignal.se>",
         in_reply_to="<h25-prev-cab40@calderfab.co.uk>")))])
# c24 — Multi-file: SAP PO printout (TXT) + supplier quote (PDF); quote quantities declared informational.
_c24_po = txt("""
Rheinsignal Technik GmbH        Hansestrasse 41, D-38112 Braunschweig
BESTELLUNG / PURCHASE ORDER     4600008812           Datum/Date: 08.05.2024
Lieferant / Supplier:           Strojirny Vysocina s.r.o., Brnenska 71, 586 01 Jihlava, CZ
Lieferanten-Nr.:                7001893              Zahlungsbed.: 45 Tage netto
Einkaeufer / Buyer:             Juergen Vogel, Tel. +49 531 2870 412
--------------------------------------------------------------------------------------------
Pos  Material        Bezeichnung / Description                 Menge  ME   Preis EUR   Wert EUR
0010 RS-ENC-240      Gehaeuse Achszaehler / axle counter box       5  ST    1.180,00   5.900,00
                     rev A, 1.4301, IP66, Zeichn. RS-ENC-240-01
--------------------------------------------------------------------------------------------
Positionstext / item text:
  Vorserie / pre-series: 5 enclosures, first article per EN 9100 / FAI report required.
  Your quotation Q-SV-24-088 is attached for reference. The series quantities in that quote
  (200 and 500 pcs) are informational price breaks only and are NOT released.
  Active quantity: 5 pre-series enclosures.
  The balance stays on hold until FAI sign-off and a written release from Juergen Vogel.
  Material authority: sample-only (5 enclosures).
--------------------------------------------------------------------------------------------
Lieferadresse: Werk Braunschweig, Tor 3, Wareneingang Halle 2500
Es gelten unsere Einkaufsbedingungen AEB-RS 2022.
""")
_c24_quote = pdf([
    ("h1", "QUOTATION Q-SV-24-088"),
    ("p", "Strojirny Vysocina s.r.o., Brnenska 71, 586 01 Jihlava, Czech Republic. ISO 9001:2015, EN 15085-2 CL1."),
    ("p", "For: Rheinsignal Technik GmbH, Hr. Juergen Vogel. Part RS-ENC-240 rev A, stainless 1.4301, laser cut, bent, TIG welded, electropolished."),
    ("table", [
        ["Quantity", "Unit price EUR", "Lead time"],
        ["5 (pre-series, incl. FAI report)", "1.180,00", "5 weeks"],
        ["200", "486,00", "7 weeks after release"],
        ["500", "441,50", "7 weeks after release, call-offs of 100"],
    ]),
    ("p", "Validity 90 days. Prices FCA Jihlava. Tooling (bending dies) included in pre-series price."),
    ("p", "Ing. Pavel Horak, Obchod / Sales, +420 567 301 220"),
], title="Q-SV-24-088", author="Strojirny Vysocina")
case("c24_de_cz_po_plus_quote_multi", [],
     "PO (TXT) + quote (PDF): quote tiers 200/500 declared informational and not released; 5 active; FAI sign-off + written release by named buyer.",
     [("PO_4600008812.txt", _c24_po), ("Q-SV-24-088.pdf", _c24_quote)])

# c25 — Buyer forwards supplier's capacity plan as message/rfc822, declared FYI / forecast.
_c25_inner = mail("Katarzyna Wrobel <k.wrobel@harnex.pl>", "Ingrid Sjoberg <ingrid.sjoberg@norrsignal.se>",
                  "Capacity plan H2 2024 - NS-HS-7730", "Fri, 17 May 2024 15:20:00 +0200", """Dear Ingrid,

As requested, our capacity plan for H2 2024 for NS-HS-7730 rev D, based on your forecast:

  Jul 300 / Aug 300 / Sep 400 / Oct 500 / Nov 500 / Dec 400  -> 2,400 sets

We can support this with two shifts on line W3 from August. Crimp tooling for the Han-Modular
contacts is sufficient; we would add one more test bench (Cirris) in September.

Best regards,
Katarzyna Wrobel
Key Account Manager, Harnex Sp. z o.o., Wroclaw
""")
_c25 = """Hi Kasia,

Forwarding your capacity plan back to you with our comments, mainly for your planners.

FYI only: the 2,400 sets in the plan below are our forecast and are not released. Your release
remains the 60 sets under call-off CO-NS-0419. Everything else waits for the next call-off, which
I will sign. Material authority is as stated in CO-NS-0419 (material for the 60 sets only).

The two-shift plan for August looks sensible to us. Please keep the Cirris bench on the list.

Med vanliga halsningar / Best regards
Ingrid Sjoberg
Supply Chain Manager, Norrsignal AB, Vasteras
+46 21 480 77 00
"""
case("c25_se_pl_fwd_capacity_rfc822_eml", [],
     "Forwarded (rfc822) supplier capacity plan of 2,400 declared forecast/not released; release 60 under call-off; next call-off signed by named sender.",
     [("FW_capacity_plan_H2_NS-HS-7730.eml", eml_bytes(mail(
         "Ingrid Sjoberg <ingrid.sjoberg@norrsignal.se>", "Katarzyna Wrobel <k.wrobel@harnex.pl>",
         "FW: Capacity plan H2 2024 - NS-HS-7730", "Mon, 20 May 2024 09:15:00 +0200", _c25,
         attachments=[("rfc822", _c25_inner)])))])
# =================================================================== WITH RISKS
# r01 — Multi-file: UK aerospace FAI PO (PDF) + supplier quote (PDF) with 450-pc production tier; no hold.
_r01_po = pdf([
    ("h1", "PURCHASE ORDER 4500118301 rev 0"),
    ("p", "Solent Cabin Interiors Ltd, Unit 4 Hamble Point, Southampton SO31 4NB, United Kingdom"),
    ("p", "Supplier: Precyzja-Tech Sp. z o.o., ul. Hangarowa 12, 35-082 Rzeszow, Poland. Supplier no. 200417. Your quotation: Q-PT-24-0342."),
    ("p", "Order date: 13/05/2024. Currency: GBP. Buyer: Ben Hartley. Quality: AS9100 Rev D, flow-down clauses QC-01 to QC-14, FAIR per AS9102 Rev C with first delivery."),
    ("table", [
        ["Line", "Part / Rev", "Description", "Qty", "UoM", "Unit", "Value"],
        ["10", "SCI-3140-012 / B", "Seat-track fitting, Ti-6Al-4V (AMS 4928)", "6", "EA", "96.00", "576.00"],
        ["20", "FAIR", "First article inspection report, forms 1-3", "1", "LOT", "0.00", "0.00"],
    ]),
    ("sp",),
    ("h", "Notes"),
    ("p", "FAI lot. Deliver with FAIR, CoC and EN 10204 3.1 certificates. Quotation Q-PT-24-0342 refers for pricing and lead time."),
    ("p", "Delivery: FCA Rzeszow by 21/06/2024. Marking per SCI-MK-002 (vibro-peen, P/N + S/N). Packaging: individual VCI bags."),
    ("p", "Invoices to accounts.payable@solentcabin.co.uk quoting the PO number."),
], title="PO 4500118301", author="Solent Cabin Interiors")
_r01_q = pdf([
    ("h1", "OFERTA / QUOTATION Q-PT-24-0342"),
    ("p", "Precyzja-Tech Sp. z o.o., ul. Hangarowa 12, 35-082 Rzeszow. AS9100D cert. 2271-AS. NIP 813-377-12-09."),
    ("p", "Customer: Solent Cabin Interiors Ltd, attn. Ben Hartley. Part SCI-3140-012 rev B, seat-track fitting, 5-axis milled from Ti-6Al-4V bar, drawing SCI-3140-012 rev B."),
    ("table", [
        ["Item", "Quantity", "Unit price GBP", "Lead time"],
        ["FAI lot incl. FAIR", "6 pcs", "96.00", "5 weeks"],
        ["Production batch", "450 pcs", "61.40", "9 weeks"],
    ]),
    ("p", "Material: Ti-6Al-4V bar 45 mm per AMS 4928, from approved mill (VSMPO excluded per customer requirement). Programming and fixtures included."),
    ("p", "Validity: 60 days. Payment: 60 days EOM. Tomasz Kowalczyk, Key Account Manager."),
], title="Q-PT-24-0342", author="Precyzja-Tech")
case("r01_uk_pl_po_plus_quote_multi", ["RG001", "RG003", "RG004", "RG005"],
     "FAI PO for 6 with quote showing 450 production beside it, nothing labels the 450 informational/not released; no hold, no unlock event, no release person.",
     [("PO_4500118301.pdf", _r01_po), ("Q-PT-24-0342.pdf", _r01_q)])

# r02 — Israeli medical pilot PO email with the supplier's quote attached (5,000/yr tier); no hold.
_r02_q = pdf([
    ("h1", "QUOTATION QT-PPM-2404-117"),
    ("p", "Penang Precision Moulding Sdn Bhd, Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang. ISO 13485:2016 (cert MY-MD-3318)."),
    ("p", "To: Galil Infusion Systems Ltd, attn. Noa Ben-David. Part GIS-4410-05 rev A, infusion pump rear cover, PC/ABS Cycoloy HC1204HF, 2-cavity tool."),
    ("table", [
        ["Stage", "Quantity", "Unit price USD", "Remarks"],
        ["Pilot lot", "25 pcs", "14.80", "from T1 tool, incl. dimensional report"],
        ["Mass production", "5,000 pcs / year", "3.95", "monthly deliveries"],
        ["Tooling", "1 set", "27,500.00", "P20 steel, 2 cavities, hot runner"],
    ]),
    ("p", "Delivery: pilot 4 weeks after tool T1. Terms: tooling 50% with order, 50% at T1."),
], title="QT-PPM-2404-117", author="Penang Precision Moulding")
_r02 = """Dear Wei Ling,

Thank you for the quick turnaround on the quotation. Please find below our order for the pilot build:

  PO 4700-2318, line 10: GIS-4410-05 rev A, infusion pump rear cover, 25 pcs @ USD 14.80
  Delivery: DAP Yokneam, by 28 June 2024, with dimensional report on all 25 pcs and resin CoC.

Your quotation QT-PPM-2404-117 is attached so that pricing is aligned on both sides.
The PDF of the PO will follow from our ERP tonight.

Please confirm receipt and the delivery date. Our R&D team would also like a short call about
the gate location near the battery door, Thursday 10:00 Israel time works for us.

Best regards,
Noa
""" + sig("Noa Ben-David", "Procurement Manager", "Galil Infusion Systems Ltd, Yokneam Illit, Israel", "+972 4 959 3300")
case("r02_il_my_pilot_po_quote_attached_eml", ["RG001", "RG003", "RG004", "RG005"],
     "Pilot PO for 25 with attached quote showing 5,000/yr mass production, not labelled informational; no hold, unlock event or release person anywhere.",
     [("PO_4700-2318_pilot_GIS-4410-05.eml", eml_bytes(mail(
         "Noa Ben-David <noa.bd@galil-infusion.co.il>", "Lim Wei Ling <wl.lim@penangprecision.com.my>",
         "PO 4700-2318 - pilot build GIS-4410-05 rear cover", "Wed, 08 May 2024 15:12:00 +0300", _r02,
         html=t2h(_r02), attachments=[("QT-PPM-2404-117.pdf", _r02_q, PDF_MT)])))])

# r03 — Oracle iSupplier PO page: FAI line 5, long text shows quoted series quantity 500; no hold.
case("r03_de_hu_isupplier_po_html", ["RG001", "RG003", "RG004", "RG005"],
     "iSupplier PO for 5 first-article PCBAs; long text states quoted series quantity 500 with nothing saying not released; no unlock event or releaser.",
     [("iSupplier_PO_4600-8812_RS-IO-14.html", html_page("Purchase Order 4600-8812", """
<h2>Oracle iSupplier Portal &mdash; View Purchase Order</h2>
<table>
<tr><th>Order</th><td>4600-8812, Rev 0</td><th>Type</th><td>Standard Purchase Order</td></tr>
<tr><th>Buyer</th><td>Krueger, Stefan</td><th>Supplier</th><td>Duna Elektronika Kft. (Site HU-02 Gy&#337;r)</td></tr>
<tr><th>Order date</th><td>10-MAY-2024</td><th>Payment terms</th><td>60 NET</td></tr>
<tr><th>Acknowledgement</th><td>Required by 17-MAY-2024</td><th>Currency</th><td>EUR</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item / Rev</th><th>Description</th><th>Qty</th><th>UOM</th><th>Price</th><th>Need-by</th></tr>
<tr><td>1</td><td>RS-IO-14 / C</td><td>PCBA I/O module, first article build, IPC-A-610 Class 3</td><td>5</td><td>EA</td><td>412,00</td><td>28-JUN-2024</td></tr>
</table>
<h3>Line 1 long text</h3>
<p>First article build incl. FAI report (EN 9102), X-ray of BGA U14, conformal coating per RS-SPEC-0031.
Quoted series quantity: 500 EA (your quote Q-DE-24-0219, price 187,50 EUR), deliveries from Q4/2024.
Components: per BOM RS-IO-14-BOM rev C; no substitutes without written deviation.</p>
<h3>Ship-to</h3>
<p>Rheinsignal Technik GmbH, Wareneingang Tor 3, Hansestra&szlig;e 41, 38112 Braunschweig, Germany</p>
<p style="color:#777">Printed from Oracle iSupplier Portal 12.2.10 on 10-MAY-2024 11:42</p>
"""))])

# r04 — Swedish call-off (DOCX) for 100 sets with an annual schedule table written as a firm commitment.
case("r04_se_pl_calloff_docx", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "Call-off releases 100 sets; annual 'forecast' table of 1,200 declared a firm commitment (forecast-as-firm) and not labelled not-released; no hold/unlock/releaser.",
     [("CO-NS-0433_NS-HS-7742.docx", docx_bytes([
         ("h1", "Call-off CO-NS-0433"),
         ("p", "Norrsignal AB, Kopparbergsvagen 8, 722 13 Vasteras, Sweden - under framework agreement FA-2023-17."),
         ("p", "To: Harnex Sp. z o.o., Wroclaw. Attn. Katarzyna Wrobel."),
         ("p", "Please manufacture 100 harness sets NS-HS-7742 rev B (axle counter cabinet harness) for delivery in week 30/2024, FCA Wroclaw. Test per TP-7742-02 (continuity, insulation 500 V DC), labels per NS-LB-04."),
         ("h", "Forecast 2024/25"),
         ("table", [
             ["Quarter", "Sets"],
             ["Q3 2024", "300"],
             ["Q4 2024", "300"],
             ["Q1 2025", "250"],
             ["Q2 2025", "350"],
             ["Total", "1,200"],
         ]),
         ("p", "The annual volume of 1,200 sets above is a firm commitment from Norrsignal for 2024/25, so that Harnex can size the second shift."),
         ("p", "Please confirm the call-off within 48 hours."),
         ("p", "Norrsignal AB - Purchasing"),
     ], author="Norrsignal Purchasing"))])

# r05 — WhatsApp chat: quote 10 protos / 150; PO for 10; "deposit's gone, good to start on them".
case("r05_uk_whatsapp_proto_chat_txt", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "Chat: quote 10 @ / 150 @ beside PO for 10 protos, 150 never labelled; deposit treated as the go signal; no hold, unlock event or releaser.",
     [("WhatsApp_Chat_Tamar_BDS.txt", txt("""
[14/05/2024, 09:02:11] Dave Pascoe (Tamar): Morning Rhian, quote for the BDS-ENC-140 rugged box as promised
[14/05/2024, 09:02:40] Dave Pascoe (Tamar): 10 off protos @ £385.00 each, 150 off production @ £212.00 each. Tooling £2,400 one-off, 30% deposit on the tooling
[14/05/2024, 09:03:05] Dave Pascoe (Tamar): lead time 4 wks protos, 8 wks production
[14/05/2024, 09:15:47] Rhian Morgan (BDS): Cheers Dave, will get a PO raised shortly
[14/05/2024, 11:31:20] Rhian Morgan (BDS): PO 70031480 raised for the 10 protos 👍 should be in your inbox
[14/05/2024, 11:31:58] Rhian Morgan (BDS): deposit's gone over this morning as well so you're good to start on them
[14/05/2024, 11:40:12] Dave Pascoe (Tamar): Brill, thanks. Will get the flat patterns out to the laser this afternoon
[14/05/2024, 11:40:30] Dave Pascoe (Tamar): gasket is the 7710-0250 same as the 118?
[14/05/2024, 11:52:03] Rhian Morgan (BDS): yes same gasket, drawing rev A has the note
[14/05/2024, 11:52:10] Rhian Morgan (BDS): 🙏
"""))])

# r06 — Oracle ERP printout (TXT) of a design-verification sample PO; no hold, unlock event or releaser.
case("r06_ie_my_erp_sample_po_txt", ["RG003", "RG004", "RG005"],
     "Sample (design verification) PO for 30 PCBAs; never says any balance is not released, names no unlock event and no release person.",
     [("PO_4800-3402_printout.txt", txt("""
CORRIB MEDICAL DEVICES LTD                              STANDARD PURCHASE ORDER
Parkmore West Business Park, Galway H91 XK2T, Ireland   Order No.  4800-3402   Rev 0
VAT IE 9812477K                                         Date       16-MAY-2024
                                                        Page       1 of 1
Supplier: KULIM EMS SDN BHD (Site 01)                   Buyer      MURPHY, DECLAN
          Lot 12, Kulim Hi-Tech Park, 09000 Kulim       Terms      NET 60
          Kedah, Malaysia                               Ship via   DHL EXPRESS
------------------------------------------------------------------------------------
Line Item              Rev Description                      Qty UOM   Price EUR  Need By
---- ----------------- --- ------------------------------ ----- --- ----------- ---------
   1 CMD-PCB-044       B   PCBA HANDPIECE CONTROLLER         30 EA        58.20 05-JUL-24
                           DESIGN VERIFICATION SAMPLES
                           IPC-A-610 CLASS 3, J-STD-001
------------------------------------------------------------------------------------
NOTES TO SUPPLIER:
  1. SAMPLES FOR DESIGN VERIFICATION TESTING (DVT) PER PROTOCOL DVP-044-01.
  2. SHIP WITH AOI + ICT RESULTS, X-RAY OF U3 (QFN-48) AND COC PER ISO 13485:2016 7.4.
  3. LOT TRACEABILITY TO COMPONENT DATE CODE REQUIRED; NO MIXED LOTS.
  4. LABEL EACH BOARD WITH SERIAL NO. CMD-044-DV-001 TO -030.
  5. PACKAGING: ESD SHIELDING BAGS, MAX 10 PER CARTON.
------------------------------------------------------------------------------------
                                                           Total EUR      1,746.00
CORRIB MEDICAL TERMS & CONDITIONS REV 2021-03 APPLY. QUOTE PO NUMBER ON ALL INVOICES.
"""))])

# r07 — Irish medical PO (DOCX with table): balance on hold 'until further notice', releaser named, no event.
case("r07_ie_mx_po_hold_no_event_docx", ["RG004"],
     "24 pre-production pcs; 976 balance not released and on hold until further notice; release authority named; no unlock event.",
     [("PO_4800-3415_CMD-CBL-095.docx", docx_bytes([
         ("h1", "Purchase Order 4800-3415"),
         ("p", "Corrib Medical Devices Ltd, Parkmore West Business Park, Galway, Ireland. Supplier: Maquilados del Bajio S.A. de C.V., Queretaro, Mexico."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit USD", "Need by"],
             ["1", "CMD-CBL-095 rev A", "Pre-production cable assembly, footswitch, IPC/WHMA-A-620 Class 3", "24", "31.60", "12/07/2024"],
         ]),
         ("p", "This order covers twenty-four (24) pre-production cable assemblies."),
         ("p", "The balance of 976 assemblies on your quotation COT-MB-24-0342 is not released and remains on hold until further notice."),
         ("p", "Release authority for the balance: Siobhan Kelly, Category Manager."),
         ("p", "Documentation: CoC, continuity and hipot records per assembly, UL 758 wire certs. Ship DAP Galway."),
         ("p", "Declan Murphy, Buyer - Corrib Medical Devices Ltd, +353 91 730 455"),
     ], author="Declan Murphy"))])

# r08 — Coupa PO (HTML): hold + unlock event stated, but release only 'by a revised PO from Procurement'.
case("r08_ie_pl_coupa_po_html", ["RG005"],
     "6 FAI panels; 174 not released until FAI sign-off and a revised PO; nobody named who may release (department only).",
     [("Coupa_PO_LAI-2024-00871.html", html_page("Coupa - PO LAI-2024-00871", """
<h2>Coupa Supplier Portal &mdash; Purchase Order #LAI-2024-00871</h2>
<table>
<tr><th>Customer</th><td>Liffey Aero Interiors DAC, Dublin 17, Ireland</td><th>Supplier</th><td>Krakow Composites Sp. z o.o.</td></tr>
<tr><th>Status</th><td>Issued</td><th>Order date</th><td>09/05/24</td></tr>
<tr><th>Ship to</th><td>LAI Goods Inward, Unit 7 Northern Cross, Malahide Road, D17</td><th>Payment terms</th><td>Net 60</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>#</th><th>Item</th><th>Qty</th><th>Unit</th><th>Price</th><th>Total</th></tr>
<tr><td>1</td><td>LAI-SWP-2207 rev D sidewall panel, phenolic/glass, FAI</td><td>6</td><td>EA</td><td>EUR 640.00</td><td>EUR 3,840.00</td></tr>
</table>
<h3>Comments</h3>
<div class="note">
Scope: six (6) first article panels per AS9102, FST test coupons per CS 25.853 to accompany.<br>
The remaining 174 panels of the programme quantity are not released.<br>
They will be released after FAI sign-off per AS9102, by a revised PO issued by Liffey Aero Interiors Procurement.<br>
Material: prepreg for the six FAI panels only.
</div>
<p style="color:#777">Powered by Coupa &middot; PO sent 09/05/24 13:02 GMT</p>
"""))])

# r09 — Swedish email: pre-series only, rest 'on hold until further notice'; no event, no releaser.
_r09 = """Hello Graham,

Thank you for the revised quotation for the NS-CAB-55 interlocking cabinet.

Please build the 2 pre-series cabinets only (PO 4510-0117 attached in Ariba). The remaining 22
cabinets are on hold until further notice.

Drawings: NS-CAB-55-100 rev B (frame), -200 rev A (door), -300 rev C (mounting plate). Paint RAL 7035
fine texture, 80 um minimum. Please include the earth continuity test sheet with each cabinet.

Best regards
Erik Nystrom
Purchasing Assistant, Norrsignal AB
Kopparbergsvagen 8, 722 13 Vasteras
"""
case("r09_se_uk_until_further_notice_eml", ["RG004", "RG005"],
     "2 pre-series active, 22 on hold 'until further notice' - names no unlock event and no release person.",
     [("PO_4510-0117_NS-CAB-55_preseries.eml", eml_bytes(mail(
         "Erik Nystrom <erik.nystrom@norrsignal.se>", "Graham Holroyd <g.holroyd@calderfab.co.uk>",
         "NS-CAB-55 pre-series - PO 4510-0117", "Tue, 21 May 2024 10:30:00 +0200", _r09)))])
# r10 — Israeli pilot-lot instruction with hold, event and named releaser, but no active quantity.
_r10 = """Hi Ahmad,

Following yesterday's call: please proceed with the pilot lot of GIS-PCB-315 rev A as per your
quotation QT-KE-24-301 and our PO 4700-2350.

The balance of the production quantity is not released and stays on hold until our design
verification report (DVR) is signed off and you receive a written release from me.

Other points from the call:
- Stencil: 120 um, step-down to 100 um at U7 as proposed.
- First-off board to be photographed before reflow and after, please.
- Conformal coat: HumiSeal 1B31, masking per GIS-PCB-315-CM rev A.

Thanks and have a good weekend,
Noa
""" + sig("Noa Ben-David", "Procurement Manager", "Galil Infusion Systems Ltd, Yokneam Illit, Israel", "+972 4 959 3300")
case("r10_il_my_pilot_lot_no_qty_eml", ["RG010"],
     "'Proceed with the pilot lot as per quotation' - hold, DVR sign-off and named releaser present, but the quantity authorized now is never stated.",
     [("GIS-PCB-315_pilot_lot.eml", eml_bytes(mail(
         "Noa Ben-David <noa.bd@galil-infusion.co.il>", "Ahmad Faizal <faizal@kulim-ems.com.my>",
         "GIS-PCB-315 pilot lot - next steps", "Thu, 30 May 2024 17:05:00 +0300", _r10)))])

# r11 — Jaggaer call-off page (HTML): 'second tranche as agreed', quantity never stated.
case("r11_de_pl_jaggaer_calloff_html", ["RG010"],
     "Call-off for 'the second tranche as agreed in the weekly call' with the quantity blank; hold, next call-off and named buyer present.",
     [("JAGGAER_CallOff_7_FA-RS-2023-11.html", html_page("JAGGAER - Call-off 7", """
<h2>JAGGAER Advantage &mdash; Contract Release</h2>
<table>
<tr><th>Contract</th><td>FA-RS-2023-11 &mdash; Kabelsaetze / harness sets</td><th>Release no.</th><td>7</td></tr>
<tr><th>Buyer organisation</th><td>Rheinsignal Technik GmbH</td><th>Supplier</th><td>Harnex Sp. z o.o., Wroc&#322;aw</td></tr>
<tr><th>Created</th><td>04.06.2024 08:17</td><th>Owner</th><td>Vogel, J&uuml;rgen</td></tr>
</table>
<h3>Release lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Delivery</th></tr>
<tr><td>1</td><td>RS-HS-5520 rev F</td><td>Harness set, signal cabinet SC-20, EN 50343</td><td>&mdash;</td><td>SET</td><td>KW 31/2024</td></tr>
</table>
<h3>Release text</h3>
<p>Please manufacture the second tranche of harness sets RS-HS-5520 as agreed in our weekly call of 28.05.2024.
Test per PV-5520-03; labels per RS-LB-02 (Datamatrix).</p>
<p>The remaining framework quantity is not released. It will be released only by the next call-off, issued by
J&uuml;rgen Vogel, Strategic Buyer.</p>
<p style="color:#777">JAGGAER document RS-REL-000731 &middot; printed 04.06.2024</p>
"""))])

# r12 — UK aerospace release letter (PDF): 'released' for incoming inspection and for production; no quantity.
case("r12_uk_pl_release_letter_pdf", ["RG009", "RG010"],
     "'Released' used for incoming-inspection/quality release and for production release; the production release names no quantity.",
     [("RL-SCI-24-016.pdf", pdf([
         ("h1", "RELEASE LETTER RL-SCI-24-016"),
         ("p", "Solent Cabin Interiors Ltd, Hamble, Hampshire, UK. To: Precyzja-Tech Sp. z o.o., Rzeszow. Date: 04/06/2024."),
         ("p", "Subject: Galley stowage bracket SCI-3302-018 rev A, PO 4500118344."),
         ("p", "The first article parts delivered on 28/05/2024 have been released by our Goods-In Inspection (incoming release IR-24-0331) and FAIR-SCI-0928 is closed with no open findings."),
         ("p", "Accordingly, we hereby release the production build of galley stowage brackets SCI-3302-018 rev A under PO 4500118344."),
         ("p", "Any quantity beyond this release is not released until the next written release from Karen Whitfield, Procurement Lead."),
         ("p", "Please continue to supply FAIR delta forms for any process change (special process sources, NC programme revisions)."),
         ("p", "Karen Whitfield, Procurement Lead - Cabin Structures, Solent Cabin Interiors Ltd."),
     ], title="RL-SCI-24-016", author="Karen Whitfield"))])

# r13 — Teams chat, French buyer / Czech supplier: first-article run first, no quantity stated.
case("r13_fr_cz_chat_fa_run_txt", ["RG010"],
     "Chat instruction 'do the first-article run first'; hold, FAI sign-off and named releaser present; quantity of the run never stated.",
     [("Teams_AG_KompoTech_AG-FP-3310.txt", txt("""
Conversation: AG / KompoTech - AG-FP-3310 (ceiling panel)
[03/06/2024 09:14] Marek Dvorak (KompoTech): Dobry den Julien, lay-up tool for AG-FP-3310 passed vacuum test this morning, leak rate 2 mbar/5 min
[03/06/2024 09:15] Marek Dvorak (KompoTech): we can start as soon as you tell us
[03/06/2024 09:40] Julien Marchand (AG): Bonjour Marek, good news
[03/06/2024 09:42] Julien Marchand (AG): please do the first-article run first. The rest of the PO stays on hold until Marc Dubois signs the production release after the FAI sign-off
[03/06/2024 09:43] Julien Marchand (AG): and please send the cure cycle chart (TC1-TC6) with the FAIR
[03/06/2024 09:50] Marek Dvorak (KompoTech): ok understood. FAIR with thermocouple data, no problem
[03/06/2024 09:51] Julien Marchand (AG): merci !
"""))])

# r14 — Irish medical: sample deposit paid 'so please go ahead' with samples; no quantity stated.
_r14 = """Hi Wei Ling,

Quick one: the 20% sample deposit against your proforma PF-PPM-24-0592 was paid this morning
(Bank of Ireland ref. 0092-773-1145), so please go ahead and make the first batch of samples
of the tray lid CMD-TRY-320 rev A.

The balance beyond the samples is not released. It stays on hold until our process validation
sign-off (OQ/PQ) and a written release from Siobhan Kelly, Category Manager.

Please send the tool T1 shot photos when you have them, and the moulding parameters sheet.

Thanks a million,
Declan
""" + sig("Declan Murphy", "Buyer", "Corrib Medical Devices Ltd, Galway", "+353 91 730 455")
case("r14_ie_my_deposit_samples_no_qty_eml", ["RG010", "RG012"],
     "Deposit payment given as the reason to start ('paid ... so please go ahead'); the samples' quantity is never stated; hold, event and releaser present.",
     [("CMD-TRY-320_samples.eml", eml_bytes(mail(
         "Declan Murphy <declan.murphy@corribmedical.ie>", "Lim Wei Ling <wl.lim@penangprecision.com.my>",
         "CMD-TRY-320 tray lid - samples", "Fri, 24 May 2024 11:48:00 +0100", _r14)))])

# r15 — Thread: buyer's scope quoted; supplier asks 'OK to start?'; buyer: 'good to crack on'.
_r15_buyer_orig = """Tomasz,

PO 4500118355 is on its way for the lavatory door hinge SCI-4410-031 rev B.
Scope: 6 pcs FAI only. The remaining 294 pcs are not released; they are on hold until our FAI
sign-off and a written release from Karen Whitfield.

Ben"""
_r15_sup = """Hi Ben,

Bar stock arrived today with 3.1 certs (heat 24-20871, 17-4PH H1150), programs are proven out
on the Mazak Variaxis. OK to start?

Regards,
Tomasz

On 16/05/2024 11:02, Ben Hartley wrote:
""" + q(_r15_buyer_orig)
_r15 = """Tomasz - all looks in order, you're good to crack on.

Cheers,
Ben
""" + sig("Ben Hartley", "Buyer - Machined Parts", "Solent Cabin Interiors Ltd, Hamble", "+44 23 8045 1174") + \
    "\nOn 28/05/2024 15:37, Tomasz Kowalczyk wrote:\n" + q(_r15_sup)
case("r15_uk_pl_crack_on_thread_eml", ["RG002"],
     "Buyer answers 'OK to start?' with 'you're good to crack on' - no sample scope or quantity; quoted buyer scope (6 FAI, 294 held, event, named releaser) present.",
     [("RE_PO_4500118355_hinge.eml", eml_bytes(mail(
         "Ben Hartley <b.hartley@solentcabin.co.uk>", "Tomasz Kowalczyk <t.kowalczyk@precyzja-tech.pl>",
         "RE: PO 4500118355 - hinge SCI-4410-031 rev B", "Tue, 28 May 2024 16:05:00 +0100", _r15,
         html=t2h(_r15), in_reply_to="<h25-prev-118355@precyzja-tech.pl>")))])
# r16 — Supplier-visit minutes (DOCX): scope restated, but one item gives an unscoped 'green light ... proceed'.
case("r16_de_cz_visit_minutes_docx", ["RG002"],
     "Minutes give 'green light ... SV to proceed' after a shop-floor review without saying pre-series only or a quantity; scope (5 active, 195 held, event, releaser) stated elsewhere.",
     [("Besuchsprotokoll_SV_2024-05-16.docx", docx_bytes([
         ("h1", "Besuchsprotokoll / Minutes of supplier visit"),
         ("p", "Strojirny Vysocina s.r.o., Jihlava - 16.05.2024. Participants: Juergen Vogel (Purchasing), Sabine Weber (Supplier Quality), Rheinsignal Technik GmbH; Pavel Horak, Tomas Cerny, Strojirny Vysocina."),
         ("h", "1. Order status"),
         ("p", "PO 4600-8790 covers 5 pre-series enclosures RS-ENC-220 rev B. The series quantity of 195 is not released; it is released only after FAI sign-off and a written release from Juergen Vogel."),
         ("h", "2. Shop-floor review"),
         ("p", "Weld fixture WF-220-01, TIG parameters (WPS 141-1.4301-03) and the electropolishing trial panels were reviewed on the shop floor. Weld seams and surface finish meet RS-SPEC-0112."),
         ("p", "Outcome: green light given by Rheinsignal. Action SV: proceed."),
         ("h", "3. Open points"),
         ("table", [
             ["No.", "Topic", "Owner", "Due"],
             ["3.1", "Earth stud marking per EN 60445", "T. Cerny", "24.05.2024"],
             ["3.2", "Packaging trial with Euro pallet + edge protection", "P. Horak", "31.05.2024"],
             ["3.3", "Send PPAP-style control plan (German/English)", "P. Horak", "07.06.2024"],
         ]),
         ("p", "Next visit: KW 27. Minutes: S. Weber."),
     ], author="Sabine Weber"))])

# r17 — Teams chat: buyer scope stated, later 'good to run' in answer to 'ok to run?'.
case("r17_il_uk_chat_good_to_run_txt", ["RG002"],
     "Buyer answers 'ok to run?' with 'good to run' - unscoped; earlier buyer message states 4 pilots, bal. 56 on hold, EMC sign-off + written release by named sender.",
     [("chat_NDE_SevernRugged_PO_NDE-24-0590.txt", txt("""
Microsoft Teams chat export - "NDE / Severn Rugged - NDE-ENC-22"
-----------------------------------------------------------------
21/05/2024 10:02  Yossi Peretz (NDE):  Morning Owen. PO NDE-24-0590 just went out.
21/05/2024 10:03  Yossi Peretz (NDE):  4 pilot enclosures only. bal. 56 stays on hold until the EMC test report (MIL-STD-461G) is signed off and I send a written release.
21/05/2024 10:20  Owen Price (Severn):  Got it, thanks Yossi. Gasket supplier quoting 3 wks
21/05/2024 10:21  Yossi Peretz (NDE):  fine
29/05/2024 14:47  Owen Price (Severn):  jig's built, first-off checked, all dims in (report to follow). ok to run?
29/05/2024 15:02  Yossi Peretz (NDE):  good to run 👍
29/05/2024 15:03  Owen Price (Severn):  cheers 👌
29/05/2024 15:10  Yossi Peretz (NDE):  and pls add the conductive gasket part no. to the CoC this time
"""))])

# r18 — Swedish buyer email (multipart + DOCX PO attached): 'You are cleared to proceed.'
_r18_po = docx_bytes([
    ("h1", "Purchase Order 4510-0131"),
    ("p", "Norrsignal AB, Vasteras, Sweden -> Kulim EMS Sdn Bhd, Kulim Hi-Tech Park, Kedah, Malaysia."),
    ("table", [
        ["Pos", "Item", "Description", "Qty", "Price USD"],
        ["10", "NS-AC-310 rev C", "PCBA axle counter evaluator, pilot", "20", "142.00"],
    ]),
    ("p", "Scope: 20 pilot PCBAs (EVT). The balance of 480 boards on quotation QT-KE-24-288 is not released."),
    ("p", "The balance is released only after EVT sign-off and a written release from Karin Andersson, Category Manager Electronics."),
    ("p", "Material authority: sample-only (20 boards)."),
], author="Magnus Holm")
_r18 = """Hi Faizal,

Thanks for the pictures and the SPI report for the first panel, everything looks tidy.

You are cleared to proceed.

Please remember the coating keep-out areas around J4 and J7 (connector mating faces).

Best regards
Magnus Holm
Project Buyer, Norrsignal AB
+46 21 480 77 52

-----Original message-----
From: Ahmad Faizal <faizal@kulim-ems.com.my>
Sent: 27 May 2024 06:58
Subject: NS-AC-310 first panel

Hi Magnus, stencil and SMT programme ready, solder paste inspection done on first panel
(pictures attached). Do we have your go?
"""
case("r18_se_my_cleared_to_proceed_eml", ["RG002"],
     "'You are cleared to proceed' answers 'do we have your go?' with no scope or quantity; attached PO states 20 active, 480 held, EVT sign-off, named releaser.",
     [("RE_NS-AC-310_first_panel.eml", eml_bytes(mail(
         "Magnus Holm <magnus.holm@norrsignal.se>", "Ahmad Faizal <faizal@kulim-ems.com.my>",
         "RE: NS-AC-310 first panel", "Mon, 27 May 2024 09:14:00 +0200", _r18, html=t2h(_r18),
         attachments=[("PO_4510-0131.docx", _r18_po, DOCX_MT)])))])

# r19 — Irish buyer: 'PO's been approved ... finance paid the deposit, so off you go!' over a quoted scope.
_r19_buyer_orig = """Hi Sarah,

PO 4800-3420 for the instrument tray insert CMD-TRY-330 rev B is in approval now.
It covers 50 validation trays. The balance of 1,950 is not released; it is held until our PQ
sign-off and a written release from Siobhan Kelly, Category Manager.

Declan"""
_r19_sup = """Hi Declan,

Thanks. Just so you know, we're ready to mould as soon as the PO and the deposit are through.

Sarah

> On 20 May 2024, at 10:14, Declan Murphy wrote:
""" + q(_r19_buyer_orig, 1)
_r19 = """Hi Sarah,

Good news, the PO's been approved on our side and finance paid the deposit this morning,
so off you go!

Declan
""" + sig("Declan Murphy", "Buyer", "Corrib Medical Devices Ltd, Galway", "+353 91 730 455") + \
    "\nOn 21 May 2024, at 08:55, Sarah Trelawny <sarah.t@wessexmm.co.uk> wrote:\n" + q(_r19_sup)
case("r19_ie_uk_off_you_go_deposit_eml", ["RG002", "RG012"],
     "'PO approved ... deposit paid, so off you go!' - unscoped go signal driven by payment; quoted buyer scope has 50 active, 1,950 held, PQ sign-off, named releaser.",
     [("RE_PO_4800-3420_CMD-TRY-330.eml", eml_bytes(mail(
         "Declan Murphy <declan.murphy@corribmedical.ie>", "Sarah Trelawny <sarah.t@wessexmm.co.uk>",
         "RE: PO 4800-3420 - CMD-TRY-330", "Wed, 22 May 2024 12:20:00 +0100", _r19,
         in_reply_to="<h25-prev-3420@wessexmm.co.uk>")))])
# r20 — SAP PO printout (PDF): 'Release status: Released' (release strategy) next to 'production release'.
case("r20_de_hu_sap_po_release_strategy_pdf", ["RG009"],
     "'Released' used for the SAP release strategy (commercial approval) and for production release in one PO; scope otherwise complete.",
     [("Bestellung_4600008833.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4600008833"),
         ("p", "Rheinsignal Technik GmbH, Hansestrasse 41, 38112 Braunschweig. Lieferant: Duna Elektronika Kft., Ipari Park, 9027 Gyor, Hungary (Lief.-Nr. 7002210)."),
         ("table", [
             ["Header field", "Value"],
             ["Document date", "13.05.2024"],
             ["Purchasing group", "R21 - Elektronik Bahn"],
             ["Release strategy", "R2 (Finance > 10 TEUR)"],
             ["Release status", "RELEASED - released by Finance 13.05.2024 16:02"],
         ]),
         ("sp",),
         ("table", [
             ["Item", "Material", "Short text", "Qty", "Unit", "Net price EUR"],
             ["00010", "RS-PSU-08 rev B", "PCBA power supply 24 V, FAI boards", "8", "PC", "266,00"],
         ]),
         ("h", "Item text"),
         ("p", "Production release: not given; this PO covers only the 8 FAI boards. The balance of 192 boards of quotation Q-DE-24-0233 is on hold until FAI sign-off and a written production release from Lukas Brenner, Head of Purchasing Rail."),
         ("p", "Material authority: sample-only (8 boards). IPC-A-610 Class 3, conformal coating per RS-SPEC-0031, FAI report per EN 9102."),
         ("p", "Delivery address: Werk Braunschweig, Tor 3. Our general purchasing conditions AEB-RS 2022 apply."),
     ], title="PO 4600008833", author="Rheinsignal Technik GmbH"))])

# r21 — Israeli buyer email: 'approved' for PO (finance), EVT boards (quality) and production.
_r21 = """Hi Gabor,

Quick status on GIS-PCB-240:

- The PO is approved (finance approved it last night, PO 4700-2360 is now in your portal).
- Dr Levi approved the 10 EVT boards this morning, the thermal results were well within margin.
- Production approval will come from me once the DVR is closed, probably in two weeks.

Until then it's the 10 EVT boards only; the remaining 290 boards stay on hold.

Please send the updated BOM with the alternate for C114 (the 22 uF X7R 1210) so engineering can
review it in parallel.

Thanks,
Noa
""" + sig("Noa Ben-David", "Procurement Manager", "Galil Infusion Systems Ltd, Yokneam Illit, Israel", "+972 4 959 3300")
case("r21_il_hu_approved_three_ways_eml", ["RG009"],
     "'Approved/approval' used for the PO (finance), the EVT boards (technical) and production; scope otherwise complete (10 active, 290 held, DVR, named sender).",
     [("GIS-PCB-240_status.eml", eml_bytes(mail(
         "Noa Ben-David <noa.bd@galil-infusion.co.il>", "Kovacs Gabor <kovacs.gabor@dunaelektronika.hu>",
         "GIS-PCB-240 - status", "Wed, 29 May 2024 09:40:00 +0300", _r21, html=t2h(_r21))))])

# r22 — Supplier-portal message (HTML): drawing 'released', PO 'released', 'our release' for 12 pre-series.
case("r22_se_uk_portal_released_html", ["RG009"],
     "'Released/release' used for the drawing (PLM), the PO (SAP) and production in one message; 12 pre-series active, 36 held, type test + named releaser.",
     [("Portal_message_PO_4510-0098.html", html_page("Norrsignal Supplier Portal - message", """
<h2>Norrsignal Supplier Portal &mdash; Message</h2>
<p><b>From:</b> Anna Lindqvist (Purchasing) &nbsp; <b>To:</b> Calder Fabrication Ltd &nbsp; <b>Date:</b> 2024-05-06 11:20</p>
<p><b>Subject:</b> NS-CAB-48 relay cabinet &mdash; PO 4510-0098</p>
<p>Dear Graham,</p>
<p>Drawing NS-CAB-48-100 rev D has been released in Windchill and PO 4510-0098 is released in SAP,
so you now have our release for the 12 pre-series cabinets.</p>
<p>The 36 series cabinets are not released. They follow only after type test sign-off, by a written release from Lars Ekstr&ouml;m.</p>
<table>
<tr><th>Pos</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
<tr><td>10</td><td>NS-CAB-48</td><td>Relay cabinet 800x600x2000, IP54, RAL 7035</td><td>12</td><td>Pre-series</td></tr>
</table>
<p>Please note the new earthing bar detail on sheet 3 and the revised hinge position on sheet 5.</p>
<p>Best regards,<br>Anna Lindqvist<br>Purchasing, Norrsignal AB</p>
"""))])

# r23 — German buyer email + PDF PO: 'that approval is your approval to launch the 144' (contradicts PO).
_r23_po = pdf([
    ("h1", "Bestellung / Purchase Order 4600008867"),
    ("p", "Rheinsignal Technik GmbH, Braunschweig -> Strojirny Vysocina s.r.o., Jihlava. Date 02.05.2024."),
    ("table", [
        ["Pos", "Material", "Description", "Qty", "Unit", "Price EUR"],
        ["0010", "RS-ENC-260 rev A", "Cable distribution box, 1.4301, pre-series", "6", "PC", "940,00"],
    ]),
    ("p", "Scope: 6 pre-series boxes. The series quantity of 144 is not released."),
    ("p", "The 144 are released only by a written release from Juergen Vogel, Strategic Buyer, after the FAI sign-off."),
    ("p", "Material authority: sample-only."),
], title="PO 4600008867", author="Rheinsignal Technik GmbH")
_r23 = """Hallo Pavel,

kurzer Stand / quick update on RS-ENC-260:

The PO is approved in SAP, and Frau Weber will approve the FAIR this week (the two dimensional
findings are closed with your re-measurement). Once she has approved it, that approval is your
approval to launch the 144 series boxes - no need to wait for anything else from us.

Bitte auch die Verpackungsvorschrift RS-VP-07 beachten (Kantenschutz!).

Viele Gruesse / best regards
Stefan Krueger
Einkauf / Purchasing, Rheinsignal Technik GmbH
Tel. +49 531 2870 418
"""
case("r23_de_cz_fair_approval_is_series_approval_eml", ["RG007", "RG009"],
     "Buyer says FAIR approval will itself launch the 144 series boxes, contradicting the PO's written release by a named person; 'approved/approval' means PO, FAIR and production.",
     [("RS-ENC-260_Stand.eml", eml_bytes(mail(
         "Stefan Krueger <stefan.krueger@rheinsignal.de>", "Pavel Horak <horak@sv-jihlava.cz>",
         "RS-ENC-260 - Stand / update", "Tue, 21 May 2024 14:11:00 +0200", _r23,
         attachments=[("PO_4600008867.pdf", _r23_po, PDF_MT)])))])

# r24 — Polish supplier quote (PDF) whose terms make sample approval start series production automatically.
case("r24_pl_ie_quote_auto_start_pdf", ["RG007"],
     "Supplier quote terms: written approval of FAI panels starts series production of the quoted quantity automatically, without a separate release.",
     [("OF-KC-2024-0213.pdf", pdf([
         ("h1", "OFERTA / QUOTATION OF-KC-2024-0213"),
         ("p", "Krakow Composites Sp. z o.o., ul. Podgorki Tynieckie 18, 30-398 Krakow, Poland. EN 9100:2018, NADCAP composites (AC7118)."),
         ("p", "To: Liffey Aero Interiors DAC, Dublin. Attn. Aoife Brennan, Supply Chain. Part: LAI-SWP-2210 rev B sidewall panel (phenolic/glass, CS 25.853 compliant)."),
         ("table", [
             ["Item", "Quantity", "Unit price EUR", "Lead time"],
             ["FAI panels incl. FAIR and FST coupons", "6", "655,00", "5 weeks"],
             ["Series panels", "174", "318,00", "7 weeks"],
         ]),
         ("h", "Terms"),
         ("p", "1. Prices FCA Krakow, Incoterms 2020. 2. Validity 60 days. 3. Payment 60 days from invoice."),
         ("p", "4. Upon your written approval of the FAI panels, series production of the quoted quantity starts automatically, without a separate release, to secure the autoclave slot."),
         ("p", "5. Tooling remains property of the customer after full payment."),
         ("p", "Agnieszka Mazur, Sales Engineer, +48 12 262 44 10"),
     ], title="OF-KC-2024-0213", author="Krakow Composites"))])

# r25 — UK SQE email (+ PDF PO): 'roll straight on into the remaining 392 - no need to wait for purchasing'.
_r25_po = pdf([
    ("h1", "PURCHASE ORDER 4500118390 rev 0"),
    ("p", "Solent Cabin Interiors Ltd, Hamble -> Precyzja-Tech Sp. z o.o., Rzeszow. Order date 02/05/2024."),
    ("table", [
        ["Line", "Part / Rev", "Description", "Qty", "UoM", "Scope"],
        ["10", "SCI-2240-051 / A", "Trolley stop bracket, 2024-T351", "8", "EA", "Sample (FAI)"],
    ]),
    ("p", "Scope note: this PO releases 8 pcs for FAI only. The remaining 392 pcs are not released. They are unlocked only by our FAI sign-off followed by a written production release from Karen Whitfield, Procurement Lead. Material authority: sample-only."),
], title="PO 4500118390", author="Solent Cabin Interiors")
_r25 = """Hi Tomasz,

FAIR-SCI-0935 for the trolley stop bracket reviewed and signed off this morning - nice work, the
ballooning was spot on and the CMM data were complete.

Please roll straight on into the remaining 392 brackets, no need to wait for anything from
purchasing.

One small thing: on the next lot please put the heat number on the CoC as well as the cert.

Thanks,
Priya
""" + sig("Priya Nair", "Supplier Quality Engineer", "Solent Cabin Interiors Ltd, Hamble", "+44 23 8045 1203")
case("r25_uk_pl_sqe_roll_on_eml", ["RG007"],
     "Buyer's SQE treats the FAI sign-off as releasing the 392, contradicting the attached PO (written release by Karen Whitfield required).",
     [("FAIR-SCI-0935_signed_off.eml", eml_bytes(mail(
         "Priya Nair <p.nair@solentcabin.co.uk>", "Tomasz Kowalczyk <t.kowalczyk@precyzja-tech.pl>",
         "FAIR-SCI-0935 signed off - SCI-2240-051", "Thu, 30 May 2024 10:22:00 +0100", _r25,
         cc="Karen Whitfield <k.whitfield@solentcabin.co.uk>",
         attachments=[("PO_4500118390.pdf", _r25_po, PDF_MT)])))])
# r26 — Multi-file: ERP PO (TXT) for 10 sample trays + supplier OA (DOCX) confirming 12 and auto-scheduling the 990.
_r26_po = txt("""
CORRIB MEDICAL DEVICES LTD                              STANDARD PURCHASE ORDER
Parkmore West Business Park, Galway H91 XK2T, Ireland   Order No.  4800-3431   Rev 0
                                                        Date       20-MAY-2024
Supplier: WESSEX MEDICAL MOULDINGS LTD                  Buyer      MURPHY, DECLAN
          Unit 3, Solent Way, Andover SP10 3ZX, UK      Terms      NET 60
------------------------------------------------------------------------------------
Line Item              Rev Description                      Qty UOM   Price EUR  Need By
---- ----------------- --- ------------------------------ ----- --- ----------- ---------
   1 CMD-TRY-340       A   TRAY, INSTRUMENT, PPSU, SAMPLE    10 EA        44.00 28-JUN-24
------------------------------------------------------------------------------------
NOTES TO SUPPLIER:
  1. SCOPE: 10 SAMPLE TRAYS FOR PROCESS VALIDATION ONLY.
  2. THE BALANCE OF 990 TRAYS (QUOTE WMM-Q-2404-19) IS NOT RELEASED.
  3. BALANCE IS HELD UNTIL OQ/PQ SIGN-OFF AND A WRITTEN RELEASE FROM SIOBHAN KELLY,
     CATEGORY MANAGER.
  4. MATERIAL AUTHORITY: SAMPLE-ONLY.
------------------------------------------------------------------------------------
                                                           Total EUR        440.00
""")
_r26_oa = docx_bytes([
    ("h1", "Order Acknowledgement OA-WMM-24-0388"),
    ("p", "Wessex Medical Mouldings Ltd, Andover, UK (ISO 13485:2016). Customer: Corrib Medical Devices Ltd. Your order: 4800-3431 of 20/05/2024."),
    ("table", [
        ["Line", "Part", "Description", "Qty confirmed", "Ship date"],
        ["1", "CMD-TRY-340 rev A", "Instrument tray, PPSU, sample", "12 (twelve)", "21/06/2024"],
    ]),
    ("p", "Thank you for your order. We confirm the sample trays as above."),
    ("p", "After your approval of the samples, the balance of 990 trays will be scheduled automatically for moulding in week 31 so that your launch date is protected."),
    ("p", "Sarah Trelawny, Customer Service Manager, +44 1264 355 210"),
], author="Sarah Trelawny")
case("r26_ie_uk_po_txt_plus_oa_docx_multi", ["RG007", "RG011"],
     "PO says 10 sample trays, supplier OA confirms 12; OA also says sample approval schedules the 990 automatically; PO scope otherwise complete.",
     [("PO_4800-3431_printout.txt", _r26_po), ("OA-WMM-24-0388.docx", _r26_oa)])

# r27 — WhatsApp chat: buyer scope clear; supplier assumes 'once u sign off we terus run the rest'.
case("r27_il_my_whatsapp_golden_sample_txt", ["RG007"],
     "Supplier assumes sign-off of the golden sample rolls straight into the rest ('terus run the rest'), uncorrected; buyer scope (40, 4,960 held, DVT, named sender) complete.",
     [("WhatsApp_Chat_PPM_Galil.txt", txt("""
[22/05/2024, 10:05:33] Noa Ben-David: Hi Wei Ling, PO 4700-2331 sent: 40 pilot housings GIS-4410-07 only. The remaining 4,960 are not released until DVT sign-off and my written release.
[22/05/2024, 10:19:02] Lim Wei Ling: noted boss 👍 will share T1 shots tmr
[23/05/2024, 15:47:10] Lim Wei Ling: <attached: 00000012-PHOTO-2024-05-23-15-47-10.jpg>
[23/05/2024, 15:47:40] Lim Wei Ling: T1 shots, sink mark at boss B3 solved already with pack pressure 620 bar
[27/05/2024, 11:02:51] Lim Wei Ling: golden sample ok already right? once u sign off we terus run the rest, slot already book for wk 30 ya
[27/05/2024, 11:30:14] Noa Ben-David: pls send the CMM report first, 3 pcs per cavity
[27/05/2024, 11:31:02] Lim Wei Ling: ok will send by tomorrow
"""))])

# r28 — French buyer email: 'once the FAI is approved, consider the 180 released'; no named releaser.
_r28 = """Bonjour Agnieszka,

PO 4501-7745 for the galley monument panels AG-GP-5120 rev C has been sent through our Ariba portal.

The PO covers 4 FAI panels. The balance of 180 panels is not released for now.
Once the FAI is approved, you can consider the 180 released and launch them - no need to wait
for a new PO. This will save us two weeks on the A321 retrofit schedule.

For the FAI, please include the peel test coupons and the cure records; our lab in Colomiers
will run the FST tests.

Cordialement / Best regards,
Julien Marchand
Acheteur, Aerostructures Garonne SAS, Blagnac
"""
case("r28_fr_pl_consider_released_eml", ["RG005", "RG007"],
     "Buyer says FAI approval itself releases the 180 (implied auto-conversion, no signer or recorded agreement); nobody named who may release the balance.",
     [("PO_4501-7745_AG-GP-5120.eml", eml_bytes(mail(
         "Julien Marchand <julien.marchand@aero-garonne.fr>", "Agnieszka Mazur <a.mazur@krakowcomposites.pl>",
         "PO 4501-7745 - AG-GP-5120 rev C galley panels", "Mon, 13 May 2024 15:58:00 +0200", _r28)))])

# r29 — Polish supplier reply quoting the buyer's call-off scope: material for all 58 bought, will 'carry straight on'.
_r29_buyer = """Call-off CO-NS-0440 - harness set NS-HS-7751 rev A:
2 FAI harness sets only. The other 58 sets are not released; they need FAI sign-off and a
written release from Anna Lindqvist. Material authority: sample-only.

Anna Lindqvist, Purchasing, Norrsignal AB"""
_r29 = """Dear Anna,

The 2 FAI harness sets left Wroclaw today with DSV (CMR 24-0771), FAI report and test records
in the box and by e-mail.

To hold the week 30 slot we have already bought the connectors and wire for the full 58-set
balance, and as soon as your FAI sign-off arrives we will carry straight on with the series.

Best regards,
Katarzyna Wrobel
Key Account Manager, Harnex Sp. z o.o., Wroclaw
+48 71 355 20 40

-----Original Message-----
From: Anna Lindqvist
Sent: 6 May 2024 13:10
Subject: CO-NS-0440

""" + q(_r29_buyer)
case("r29_pl_se_material_and_carry_on_eml", ["RG006", "RG007"],
     "Supplier bought material for the 58-set balance under a sample-only authority and will 'carry straight on' after FAI sign-off; quoted buyer scope is complete.",
     [("RE_CO-NS-0440_FAI_shipped.eml", eml_bytes(mail(
         "Katarzyna Wrobel <k.wrobel@harnex.pl>", "Anna Lindqvist <anna.lindqvist@norrsignal.se>",
         "RE: CO-NS-0440 - FAI harness sets shipped", "Mon, 03 Jun 2024 16:44:00 +0200", _r29,
         in_reply_to="<h25-prev-co0440@norrsignal.se>")))])
# r30 — Supplier portal message (HTML), Malaysian EMS to Israeli defence buyer: bought for the full 1,000.
case("r30_my_il_portal_components_full_html", ["RG006"],
     "Supplier bought components and bare boards for the full 1,000 while only 50 pilots are released with no material authority; quoted buyer scope complete.",
     [("SupplierPortal_msg_NDE-24-0612.html", html_page("Supplier collaboration - NDE-24-0612", """
<h2>NDE Supplier Collaboration Portal</h2>
<p><b>Thread:</b> PO NDE-24-0612 &mdash; NDE-PCB-77 rev B (radar interface board) &nbsp;|&nbsp; <b>Supplier:</b> Kulim EMS Sdn Bhd</p>
<table>
<tr><th>Posted</th><th>By</th><th>Message</th></tr>
<tr><td>2024-05-31 09:12</td><td>Ahmad Faizal (Kulim EMS)</td><td>
Dear Yossi,<br>
Pilot build status: 50 pilot PCBAs in SMT, AOI first pass yield 98.6%, ICT fixture debug ongoing.<br>
To protect the 26-week lead time on the FPGA (XC7A100T) we have purchased components and bare boards for the
full 1,000 units. Boards arrived yesterday, components 70% in stock.<br>
Regards, Ahmad Faizal, Program Manager</td></tr>
<tr><td>2024-05-14 16:40</td><td>Yossi Peretz (NDE)</td><td>
Ahmad, PO NDE-24-0612 is now in the portal. Scope: 50 pilot PCBAs only.
The remaining 950 are not released until EVT sign-off and a written release from me.<br>
Yossi Peretz, Senior Buyer, Negev Defence Electronics</td></tr>
</table>
<p style="color:#777">Export generated 2024-05-31 10:05 IDT</p>
"""))])

# r31 — Supplier MRP / work-order report (TXT): WO for 5, material purchased for 200.
case("r31_cz_de_mrp_report_txt", ["RG006"],
     "Supplier MRP printout: customer release 5 pre-series, but sheet and hardware purchased/reserved for 200 with no material authority.",
     [("MRP_WO_report_RS-ENC-230.txt", txt("""
STROJIRNY VYSOCINA s.r.o.  -  HELIOS ORANGE  -  PREHLED ZAKAZKY / WORK ORDER OVERVIEW
Tisk / printed: 29.05.2024 07:45                                     Uzivatel: THORAK
=============================================================================================
Zakazka / WO      : WO-24-1187            Zakaznik / customer : RHEINSIGNAL TECHNIK GMBH
Vyrobek / item    : RS-ENC-230 rev A      Objednavka / PO      : 4600-8801
Uvolneno zakaznikem / customer release : 5 ks (pre-series); series 195 ks NOT released
Material authority from customer       : ---
WO quantity       : 5 ks                  Termin / due          : KW 24
---------------------------------------------------------------------------------------------
MATERIAL                         SPEC             REQ/WO   PURCHASED   RESERVED   STATUS
-------------------------------  ---------------  ------   ---------   --------   ----------
Plech / sheet 2,0 mm 1.4301      EN 10088-2 2B      5 ks    200 ks      200 ks    IN STOCK
Panty / hinges Dirak 130-1234    -                 10 ks    400 ks      400 ks    IN STOCK
Tesneni / gasket EPDM 12x8       UL 94 HB           5 ks    200 ks      200 ks    ORDERED
Zamek / lock EMKA 1000-U12       -                  5 ks    200 ks      200 ks    ORDERED
---------------------------------------------------------------------------------------------
Poznamka / remark: material purchased for 200 ks (5 pre-series + 195 series) per quotation
Q-SV-24-079 to secure price and delivery. Laser nesting prepared for 200 ks.
=============================================================================================
"""))])

# r32 — Minutes (DOCX), Czech composites / French buyer: prepreg cut and kitted for all 40 panels.
case("r32_cz_fr_readiness_minutes_docx", ["RG006"],
     "Minutes record prepreg plies cut and kitted for all 40 panels while 4 FAI panels are released and material authority is sample-only.",
     [("MoM_FAI_readiness_AG-FP-3320.docx", docx_bytes([
         ("h1", "Minutes - FAI readiness review AG-FP-3320 rev B"),
         ("p", "Brno, 21 May 2024. Aerostructures Garonne: Julien Marchand (Purchasing), Camille Roux (Quality). KompoTech: Marek Dvorak, Jana Svobodova (Production)."),
         ("h", "1. Scope reminder (Aerostructures Garonne)"),
         ("p", "PO 4501-7760 releases 4 FAI panels. The remaining 36 panels are not released until FAI sign-off per AS9102 and a written release from Marc Dubois. Material authority: sample-only."),
         ("h", "2. Production readiness (KompoTech)"),
         ("p", "Lay-up tool LT-3320 accepted (vacuum leak 1.5 mbar/5 min). Autoclave cycle C-180-7 validated on witness panels."),
         ("p", "KompoTech reported that prepreg plies have been cut and kitted for all 40 panels to make best use of the freezer out-life of roll M21-24-0912."),
         ("h", "3. Actions"),
         ("table", [
             ["Action", "Owner", "Due"],
             ["FAI panels lay-up and cure", "J. Svobodova", "31 May"],
             ["FAIR forms 1-3 with ballooned drawing", "M. Dvorak", "7 June"],
             ["NDT (ultrasonic C-scan) report", "KompoTech NDT level 2", "7 June"],
         ]),
     ], author="Camille Roux"))])

# r33 — Inline reply (Mexican harness supplier to UK aerospace): 'wire, connectors ... for all 120 sets already kitted'.
_r33_buyer = """Alejandro,

Call-off against PO 4500119120 for the galley harness SCI-HAR-5540 rev A:

Only the 3 FAI harness sets are released.
The remaining 117 sets are on hold until FAI sign-off and a written release from Karen Whitfield.
Material authority: sample-only.

Karen"""
_r33 = """Karen, please see my answers below in blue.

""" + "> Only the 3 FAI harness sets are released.\n" + \
"""Noted, the 3 FAI sets are in build and will ship 7 June with the FAIR.

> The remaining 117 sets are on hold until FAI sign-off and a written release from Karen Whitfield.
Understood, nothing of the 117 is scheduled.

> Material authority: sample-only.
Understood. FYI wire, connectors and backshells for all 120 sets are already kitted here; we bought
them together with the FAI order to save on freight and MOQ.

Saludos,
Alejandro Ruiz Ortega
Gerente de Ventas, Maquilados del Bajio S.A. de C.V., Queretaro
+52 442 215 8830

-----Original Message-----
From: Karen Whitfield <k.whitfield@solentcabin.co.uk>
Sent: Thursday, May 16, 2024 4:12 AM

""" + q(_r33_buyer)
case("r33_mx_uk_inline_kitted_eml", ["RG006"],
     "Inline reply: supplier acknowledges 3 FAI released, 117 on hold, sample-only material, yet has bought and kitted material for all 120 sets.",
     [("RE_SCI-HAR-5540_FAI.eml", eml_bytes(mail(
         "Alejandro Ruiz <aruiz@maquiladosbajio.com.mx>", "Karen Whitfield <k.whitfield@solentcabin.co.uk>",
         "RE: SCI-HAR-5540 rev A - FAI call-off", "Fri, 17 May 2024 09:31:00 -0600", _r33,
         html=t2h(_r33), in_reply_to="<h25-prev-5540@solentcabin.co.uk>")))])
# r34 — UK moulder letter (PDF) to Israeli buyer: deposit received, so resin bought for 5,000 and moulding scheduled.
case("r34_uk_il_deposit_resin_letter_pdf", ["RG006", "RG012"],
     "Supplier treats the deposit as the start signal: resin bought for the whole 5,000 and moulding scheduled, while only 25 pilot housings are released.",
     [("WMM_letter_2024-05-27_GIS-4410-09.pdf", pdf([
         ("h1", "Wessex Medical Mouldings Ltd"),
         ("p", "Unit 3, Solent Way, Andover SP10 3ZX, United Kingdom. ISO 13485:2016 certificate 0086-MD-4471."),
         ("p", "27 May 2024. To: Galil Infusion Systems Ltd, Yokneam Illit, Israel. Attn. Noa Ben-David, Procurement Manager."),
         ("p", "Re: Infusion pump battery door GIS-4410-09 rev A - your PO 4700-2352 and our proforma PF-WMM-0419."),
         ("p", "Dear Noa,"),
         ("p", "Your PO 4700-2352 states: 25 pilot housings; the balance of 4,975 is not released until DVT sign-off and a written release from Noa Ben-David."),
         ("p", "Thank you for the deposit of USD 13,750 received on 24 May. Since the deposit is in, we have gone ahead and bought the Lexan HPX8REU resin for the whole 5,000-piece run and scheduled the production moulding on press 7 (220 t) from week 27, so there is no gap after the pilots."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Pilot housings (PO 4700-2352)", "25", "Moulding week 24"],
             ["Resin Lexan HPX8REU", "for 5,000 pcs (1,150 kg)", "Delivered 26 May"],
             ["Production run", "5,000", "Press 7 booked weeks 27-29"],
         ]),
         ("p", "The pilot housings will ship with the full dimensional report and the resin certificate of analysis."),
         ("p", "Yours sincerely, Sarah Trelawny, Customer Service Manager."),
     ], title="WMM letter", author="Wessex Medical Mouldings"))])

# r35 — Multi-file: call-off PDF (400 released, forecast 4,000 for information) + supplier ack EML treating the forecast as firm and buying for it.
_r35_co = pdf([
    ("h1", "ABRUF / CALL-OFF CO-RS-0117"),
    ("p", "Rheinsignal Technik GmbH, Braunschweig -> Duna Elektronika Kft., Gyor. Framework FA-RS-2023-07. Date 15.05.2024."),
    ("table", [
        ["Item", "Description", "Released qty", "Delivery"],
        ["RS-IO-12 rev C", "PCBA I/O module", "200", "KW 28"],
        ["RS-IO-12 rev C", "PCBA I/O module", "200", "KW 32"],
        ["Total released", "", "400", ""],
    ]),
    ("p", "This call-off releases 400 PCBAs. The remaining framework quantity is not released until the next call-off, signed by Juergen Vogel."),
    ("p", "Material authority: staged up to 400 PCBAs (equal to this release)."),
    ("p", "Forecast FY2025, for information only and not an order: approx. 4.000 PCBAs (about 4k)."),
    ("p", "Juergen Vogel, Strategic Buyer, Rheinsignal Technik GmbH."),
], title="CO-RS-0117", author="Juergen Vogel")
_r35_ack = """Dear Mr. Vogel,

Thank you for call-off CO-RS-0117 (400 pcs RS-IO-12 rev C, KW 28 and KW 32), which we confirm.

We also take your FY2025 forecast of 4.000 PCBAs as a firm commitment and have therefore already
placed purchase orders for the components for the full 4.000 units to secure allocation of the
STM32 controllers and the Murata modules.

Kind regards,
Kovacs Gabor
Managing Director, Duna Elektronika Kft.
Ipari Park, 9027 Gyor, Hungary
"""
case("r35_de_hu_calloff_plus_ack_multi", ["RG006", "RG008"],
     "Call-off releases 400 with material staged to 400 and labels 4.000 as forecast; supplier ack takes the forecast as firm and buys components for 4.000.",
     [("CO-RS-0117.pdf", _r35_co),
      ("RE_CO-RS-0117_confirmation.eml", eml_bytes(mail(
          "Kovacs Gabor <kovacs.gabor@dunaelektronika.hu>", "Juergen Vogel <juergen.vogel@rheinsignal.de>",
          "RE: Call-off CO-RS-0117 - confirmation", "Fri, 17 May 2024 10:02:00 +0200", _r35_ack)))])
# r36 — UK defence PO (PDF table): line quantity 12 vs note 'FAI: 10 pcs'.
case("r36_uk_po_line_vs_note_pdf", ["RG011"],
     "PO line says 12 EA but the scope note says 'FAI: 10 pcs'; hold, event and named releaser present.",
     [("PO_70031502.pdf", pdf([
         ("h1", "PURCHASE ORDER 70031502"),
         ("p", "Brecon Defence Systems Ltd, Parc Menter, Brecon LD3 8RY, Wales, UK. Supplier: Severn Rugged Systems Ltd, Unit 14 Avonmouth Way, Bristol BS11 9HX."),
         ("p", "Date 15/05/2024. Buyer: R. Morgan. Terms: 30 days net. DEFCON 5J, 627 and AS9100D flow-down apply."),
         ("table", [
             ["Ln", "Part / Rev", "Description", "Qty", "UoM", "Unit GBP", "Value GBP"],
             ["01", "BDS-ENC-152 / A", "Rugged enclosure, 3U half-width, IP67, first article", "12", "EA", "298.00", "3,576.00"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "FAI: 10 pcs per AS9102, with FAIR forms 1-3 and CoC."),
         ("p", "The balance of 108 pcs is not released. It is held until FAI sign-off and a written release from Gareth Rhys, Head of Supply Chain."),
         ("p", "Material authority: sample-only."),
         ("p", "Finish: MIL-DTL-5541 Type II Class 3 + CARC, colour 383 green. Marking per BDS-MK-009."),
     ], title="PO 70031502", author="Brecon Defence Systems"))])

# r37 — Swedish production release (DOCX): 'twenty-four (42) harness sets' vs table 24.
case("r37_se_pl_release_words_digits_docx", ["RG011"],
     "Release letter says 'twenty-four (42) harness sets' while its table says 24 released; hold, next call-off and named signer present.",
     [("PR-NS-24-021.docx", docx_bytes([
         ("h1", "Production Release PR-NS-24-021"),
         ("p", "Norrsignal AB, Vasteras -> Harnex Sp. z o.o., Wroclaw. Framework FA-2023-17, harness set NS-HS-7730 rev D."),
         ("p", "Following the FAI sign-off (FAIR 24-117, signed 03.05.2024 by Lars Ekstrom), Norrsignal releases twenty-four (42) harness sets NS-HS-7730 rev D for production."),
         ("table", [
             ["Week", "Released qty", "Remark"],
             ["W25", "12", "FCA Wroclaw"],
             ["W27", "12", "FCA Wroclaw"],
             ["Total", "24", ""],
         ]),
         ("p", "The remaining sets are on hold until the next call-off, signed by Ingrid Sjoberg, Supply Chain Manager."),
         ("p", "Material authority: for the sets released by this letter."),
         ("p", "Ingrid Sjoberg, Supply Chain Manager, Norrsignal AB, 2024-05-08."),
     ], author="Ingrid Sjoberg"))])

# r38 — Multi-file: SAP PO rev B (TXT) says 30 pre-series; later buyer email still says 24.
_r38_po = txt("""
Rheinsignal Technik GmbH        Hansestrasse 41, D-38112 Braunschweig
BESTELLUNG / PURCHASE ORDER     4600008851   AENDERUNG / REVISION B     Datum/Date: 22.05.2024
Lieferant / Supplier:           Strojirny Vysocina s.r.o., Brnenska 71, 586 01 Jihlava, CZ
Einkaeufer / Buyer:             Juergen Vogel, Tel. +49 531 2870 412
--------------------------------------------------------------------------------------------
Pos  Material        Bezeichnung / Description                 Menge  ME   Preis EUR   Wert EUR
0010 RS-ENC-250      Schaltkasten / switch box rev C              30  ST      812,00  24.360,00
                     Vorserie / pre-series
--------------------------------------------------------------------------------------------
Aenderung Rev. B / change rev. B: Pos 0010 Menge von 24 auf 30 ST erhoeht / quantity changed
from 24 to 30 pcs (additional units for the EMC and climatic test campaign).
Positionstext / item text:
  Pre-series: 30 switch boxes. The balance of 170 is not released; it is held until FAI
  sign-off and a written release from Juergen Vogel. Material authority: sample-only.
--------------------------------------------------------------------------------------------
""")
_r38_mail = """Dobry den Pavel,

Just to confirm after today's call: the 24 pre-series switch boxes RS-ENC-250 on PO 4600008851
remain the authorized quantity for now. Please ship them in two batches of a dozen (KW 25 and KW 27),
the first batch with the FAI report.

Everything beyond that stays on hold as written on the PO.

Viele Gruesse
Juergen Vogel
Strategic Buyer, Rheinsignal Technik GmbH
"""
case("r38_de_cz_po_revB_plus_email_multi", ["RG011"],
     "PO revision B raises the pre-series to 30, a later buyer email says the 24 remain the authorized quantity; hold, event and releaser present.",
     [("PO_4600008851_revB.txt", _r38_po),
      ("RS-ENC-250_preseries_shipping.eml", eml_bytes(mail(
          "Juergen Vogel <juergen.vogel@rheinsignal.de>", "Pavel Horak <horak@sv-jihlava.cz>",
          "RS-ENC-250 Vorserie - shipping", "Mon, 27 May 2024 17:20:00 +0200", _r38_mail)))])

# r39 — Multi-file: Priority ERP PO print (HTML) for 40 pilot PCBAs + supplier OA (PDF) confirming 50.
_r39_po = html_page("Priority - Purchase Order PO24001377", """
<h2>Galil Infusion Systems Ltd &mdash; Purchase Order PO24001377</h2>
<p>Priority ERP &middot; Printed 07/05/2024 &middot; Vendor: Kulim EMS Sdn Bhd (V-00812) &middot; Buyer: Noa Ben-David</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit price USD</th><th>Due date</th></tr>
<tr><td>1</td><td>GIS-PCB-250 rev B</td><td>PCBA motor driver, pilot build, IPC-A-610 Class 3</td><td>40</td><td>61.50</td><td>28/06/2024</td></tr>
</table>
<div class="note">Scope: 40 pilot PCBAs. The balance of 460 boards on quotation QT-KE-24-296 is not released.
It will be released only after EVT sign-off, by a written release from Noa Ben-David, Procurement Manager.
Material authority: sample-only (40 boards).</div>
<p>Ship to: Galil Infusion Systems Ltd, 8 HaCarmel St, Yokneam Illit 2069206, Israel. Incoterms: DAP.</p>
""")
_r39_oa = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-KE-24-0871"),
    ("p", "Kulim EMS Sdn Bhd, Lot 12, Kulim Hi-Tech Park, 09000 Kulim, Kedah, Malaysia. IPC-A-610 / ISO 13485 certified."),
    ("p", "Customer: Galil Infusion Systems Ltd. Your PO: PO24001377 dated 07/05/2024."),
    ("table", [
        ["Line", "Part", "Description", "Qty confirmed", "Ship date"],
        ["1", "GIS-PCB-250 rev B", "PCBA motor driver, pilot", "50", "Week 26"],
    ]),
    ("p", "We confirm the pilot build above. Balance per quotation QT-KE-24-296 not released - noted; we will wait for your written release."),
    ("p", "Ahmad Faizal, Program Manager, +60 4 403 1180"),
], title="OA-KE-24-0871", author="Kulim EMS")
case("r39_il_my_po_html_plus_oa_pdf_multi", ["RG011"],
     "Buyer PO authorizes 40 pilot PCBAs; supplier OA confirms 50 for the same line; hold, event and releaser otherwise present.",
     [("PO24001377_GIS-PCB-250.html", _r39_po), ("OA-KE-24-0871.pdf", _r39_oa)])

# r40 — German call-off email: '1.200 Stueck' in the text, attached call-off PDF says 1.020.
_r40_co = pdf([
    ("h1", "ABRUF / CALL-OFF Nr. 5 zu Rahmenvertrag FA-RS-2023-14"),
    ("p", "Rheinsignal Technik GmbH, Braunschweig -> Strojirny Vysocina s.r.o., Jihlava. Datum 03.06.2024."),
    ("table", [
        ["Pos", "Material", "Bezeichnung", "Menge / Qty", "Liefertermin"],
        ["10", "RS-SP-110 rev D", "Seitenblech / side panel, 1.4301, 1,5 mm", "1.020 ST", "KW 30 - KW 34"],
    ]),
    ("p", "Restliche Rahmenmenge nicht freigegeben / remaining framework quantity not released until the next call-off by Juergen Vogel."),
    ("p", "Materialfreigabe / material authority: entsprechend diesem Abruf (1.020 ST)."),
], title="Abruf 5", author="Juergen Vogel")
_r40 = """Dobry den pane Horaku,

anbei Abruf Nr. 5 / attached is call-off no. 5 for the side panels RS-SP-110 rev D:
1.200 Stueck, delivery KW 30 to KW 34 in equal weekly lots, FCA Jihlava.

The rest of the framework quantity is not released until the next call-off from me.

Bitte bestaetigen Sie den Abruf bis Mittwoch. / Please confirm by Wednesday.

Mit freundlichen Gruessen
Juergen Vogel
Strategic Buyer, Rheinsignal Technik GmbH
Tel. +49 531 2870 412
"""
case("r40_de_cz_calloff_1200_vs_1020_eml", ["RG011"],
     "Email says call-off 5 is for 1.200 pcs, the attached call-off PDF says 1.020 pcs (European format); hold, next call-off and named releaser present.",
     [("Abruf_5_RS-SP-110.eml", eml_bytes(mail(
         "Juergen Vogel <juergen.vogel@rheinsignal.de>", "Pavel Horak <horak@sv-jihlava.cz>",
         "Abruf Nr. 5 / call-off no. 5 - RS-SP-110 rev D", "Mon, 03 Jun 2024 08:40:00 +0200", _r40,
         attachments=[("Abruf_5_FA-RS-2023-14.pdf", _r40_co, PDF_MT)])))])

# r41 — Forward (rfc822): colleague's release for 80 sets forwarded with 'you're released for 60 sets'.
_r41_inner = mail("Karin Andersson <karin.andersson@norrsignal.se>", "Katarzyna Wrobel <k.wrobel@harnex.pl>",
                  "Release June - NS-HS-7762", "Tue, 28 May 2024 10:00:00 +0200", """Hi Kasia,

Release for June: 80 harness sets NS-HS-7762 rev A under framework FA-2023-17, FCA Wroclaw in
weeks 24 and 26. Remaining framework quantity on hold until the next call-off, signed by
Ingrid Sjoberg.

Karin Andersson
Category Manager Electronics, Norrsignal AB
""")
_r41 = """Hi Kasia,

Karin is on parental leave from today, so I'm covering NS-HS-7762.

Per Karin's release below, you're released for 60 sets this month. Please confirm the split
between week 24 and week 26 and send the test records with each delivery.

Best regards
Anna Lindqvist
Purchasing, Norrsignal AB
"""
case("r41_se_pl_fwd_release_80_vs_60_eml", ["RG011"],
     "Top message says 60 sets released 'per Karin's release below'; the forwarded release (rfc822) says 80 for the same order and month.",
     [("FW_Release_June_NS-HS-7762.eml", eml_bytes(mail(
         "Anna Lindqvist <anna.lindqvist@norrsignal.se>", "Katarzyna Wrobel <k.wrobel@harnex.pl>",
         "FW: Release June - NS-HS-7762", "Mon, 03 Jun 2024 09:05:00 +0200", _r41,
         attachments=[("rfc822", _r41_inner)])))])
# r42 — Israeli buyer: full production PO for 60, 'with the deposit in, please start on the 60' (+ TXT SWIFT copy).
_r42_swift = txt("""
{1:F01LUMIILITXXXX0000000000}{2:I103BARCGB22XXXXN}
:20:NDE240527-0044
:23B:CRED
:32A:240527GBP5460,00
:50K:/IL62-0108-0000-0009-9999-999
NEGEV DEFENCE ELECTRONICS LTD
BE'ER SHEVA, ISRAEL
:59:/GB29BARC20038051234567
SEVERN RUGGED SYSTEMS LTD
BRISTOL BS11 9HX
:70:PI-SR-2291 DEPOSIT 30PCT PO NDE-24-0601
:71A:SHA
""")
_r42 = """Hi Owen,

30% deposit against your proforma PI-SR-2291 was transferred today, SWIFT copy attached.

With the deposit in, please start on the 60 enclosures on PO NDE-24-0601. As agreed, that PO is
the full production order: FAI was signed off on 2 May (FAIR-NDE-0144), scope production, 60 pcs,
nothing further on that order.

Deliveries: 20 in week 27, 20 in week 29, 20 in week 31, DAP Be'er Sheva.

Thanks,
Yossi Peretz
Senior Buyer, Negev Defence Electronics Ltd
Tel +972 8 627 4410
"""
case("r42_il_uk_deposit_start_full_po_eml", ["RG012"],
     "Buyer gives the deposit payment as the reason to start production ('with the deposit in, please start'); full-quantity PO, so no balance rules apply.",
     [("PI-SR-2291_PO_NDE-24-0601.eml", eml_bytes(mail(
         "Yossi Peretz <yossi.p@negevdefence.co.il>", "Owen Price <owen.price@severnrugged.co.uk>",
         "Deposit PI-SR-2291 / PO NDE-24-0601", "Mon, 27 May 2024 14:30:00 +0300", _r42,
         attachments=[("SWIFT_MT103_NDE240527-0044.txt", _r42_swift, "text/plain")])))])

# r43 — Ariba PO export (HTML) with supplier confirmation: 'acceptance of the PO constitutes release for production'.
case("r43_fr_pl_ariba_po_acceptance_html", ["RG012"],
     "Supplier's order confirmation says PO acceptance constitutes release for production and schedules series panels; buyer PO scope (6 FAI, 234 held, event, releaser) complete.",
     [("Ariba_PO4501-7790_confirmation.html", html_page("SAP Ariba - Order confirmation 4501-7790", """
<h2>SAP Business Network &mdash; Purchase Order 4501-7790 &amp; Order Confirmation</h2>
<table>
<tr><th>Customer</th><td>Aerostructures Garonne SAS</td><th>Supplier</th><td>Krak&oacute;w Composites Sp. z o.o.</td></tr>
<tr><th>PO date</th><td>06 May 2024</td><th>Confirmation</th><td>OC-KC-24-0512, 14 May 2024</td></tr>
</table>
<h3>PO lines (customer)</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit</th><th>Price EUR</th></tr>
<tr><td>1</td><td>AG-CP-4410 rev A</td><td>Cabin ceiling panel, FAI per AS9102</td><td>6</td><td>EA</td><td>702,00</td></tr>
</table>
<div class="note"><b>Customer comments:</b> Line 1 is the FAI lot. The remaining 234 panels are not released. They are released only after
FAI sign-off, by a written release from Marc Dubois, Responsable Achats. Material authority: sample-only.</div>
<h3>Order confirmation (supplier)</h3>
<table>
<tr><th>Line</th><th>Status</th><th>Confirmed qty</th><th>Ship date</th></tr>
<tr><td>1</td><td>Accepted</td><td>6</td><td>21 Jun 2024</td></tr>
</table>
<div class="note"><b>Supplier comments:</b> PO accepted 14/05/2024. Per our general terms of sale, section 4.2, acceptance of the
purchase order constitutes release for production; series panels are therefore scheduled on autoclave AC-2 from week 27.
Agnieszka Mazur, Sales Engineer.</div>
<p style="color:#777">Document exported from SAP Business Network, 14 May 2024 16:40 CET</p>
"""))])

# r44 — Irish buyer email with HTML forecast attached: 'please treat this as our firm order for 2025'.
_r44_fc = html_page("Corrib Medical - Forecast 2025 - CMD-CBL-092", """
<h2>Corrib Medical Devices Ltd &mdash; Supplier Forecast 2025</h2>
<p>Supplier: Maquilados del Baj&iacute;o S.A. de C.V. &middot; Part: CMD-CBL-092 rev A (handpiece cable assembly) &middot; Issued 31/05/2024</p>
<table>
<tr><th>Quarter</th><th>Forecast qty</th></tr>
<tr><td>Q1 2025</td><td>4,000</td></tr><tr><td>Q2 2025</td><td>4,500</td></tr>
<tr><td>Q3 2025</td><td>4,500</td></tr><tr><td>Q4 2025</td><td>5,000</td></tr>
<tr><td><b>Total 2025</b></td><td><b>18,000</b></td></tr>
</table>
""")
_r44 = """Hola Alejandro,

Please find attached our 2025 forecast for the handpiece cable assembly CMD-CBL-092 rev A:
18,000 pcs for the year, split by quarter in the attachment.

Please treat this as our firm order for 2025 and plan your capacity accordingly. We'll send the
formal paperwork after our budget cycle in September.

Also, could you send your updated quality plan for the new crimp cell (IPC/WHMA-A-620 Class 3)?

Many thanks,
Siobhan
""" + sig("Siobhan Kelly", "Category Manager", "Corrib Medical Devices Ltd, Galway", "+353 91 730 400")
case("r44_ie_mx_forecast_as_firm_order_eml", ["RG008"],
     "Buyer sends the 2025 forecast (18,000) and says to treat it as the firm order for 2025.",
     [("Forecast_2025_CMD-CBL-092.eml", eml_bytes(mail(
         "Siobhan Kelly <siobhan.kelly@corribmedical.ie>", "Alejandro Ruiz <aruiz@maquiladosbajio.com.mx>",
         "2025 forecast - CMD-CBL-092", "Fri, 31 May 2024 12:10:00 +0100", _r44, html=t2h(_r44),
         attachments=[("Forecast_2025_CMD-CBL-092.html", _r44_fc, "text/html")])))])

# r45 — Malaysian EMS sales order confirmation (PDF): 'Thank you for your order ... 6,000 pcs per your forecast'.
case("r45_my_se_so_confirmation_forecast_pdf", ["RG008"],
     "Supplier confirms a sales order of 6,000 'per your rolling forecast' - forecast written as an order.",
     [("SO-KE-24-0412.pdf", pdf([
         ("h1", "SALES ORDER CONFIRMATION SO-KE-24-0412"),
         ("p", "Kulim EMS Sdn Bhd, Lot 12, Kulim Hi-Tech Park, 09000 Kulim, Kedah, Malaysia. Co. Reg. 200301012345 (612345-X)."),
         ("p", "Customer: Norrsignal AB, Vasteras, Sweden. Reference: your rolling forecast FC-NS-2025 dated 02.05.2024."),
         ("p", "Thank you for your order. We are pleased to confirm the following:"),
         ("table", [
             ["Item", "Part", "Description", "Qty", "Unit USD", "Delivery"],
             ["1", "NS-AC-310 rev C", "PCBA axle counter evaluator", "6,000", "118.40", "Q1-Q4 2025, 1,500 per quarter per your forecast"],
         ]),
         ("p", "Order value USD 710,400.00. Payment 60 days. Incoterms FCA Penang airport."),
         ("p", "Please note that the order is non-cancellable within the 13-week frozen zone."),
         ("p", "Ahmad Faizal, Program Manager."),
     ], title="SO-KE-24-0412", author="Kulim EMS"))])

# r46 — Swedish call-off schedule (HTML): firm weeks released, forecast horizon called 'committed order volume'.
case("r46_se_calloff_schedule_committed_html", ["RG008"],
     "Call-off schedule calls the forecast horizon (2,400) 'our committed order volume'; released 400, hold until call-off by named person.",
     [("CallOff_Schedule_CO-NS-0451.html", html_page("Norrsignal - Call-off schedule CO-NS-0451", """
<h2>Norrsignal AB &mdash; Call-off schedule CO-NS-0451</h2>
<p>Supplier: Harnex Sp. z o.o. &middot; Item: NS-HS-7730 rev D harness set &middot; Framework FA-2023-17 &middot; Issued 2024-05-27</p>
<table>
<tr><th>Weeks</th><th>Qty (sets)</th><th>Type</th></tr>
<tr><td>W22 - W25</td><td>400</td><td>Firm &mdash; released for production</td></tr>
<tr><td>W26 - W38</td><td>1,200</td><td>Forecast</td></tr>
<tr><td>W39 - W52</td><td>1,200</td><td>Forecast</td></tr>
</table>
<p>The forecast for W26 - W52 (2,400 sets) is our committed order volume for the rest of 2024.
It is released for production only by the corresponding call-off, issued by Ingrid Sj&ouml;berg, Supply Chain Manager.</p>
<p>Material authority: staged up to the 400 released sets.</p>
<p>Contact: Ingrid Sj&ouml;berg, +46 21 480 77 00</p>
"""))])


# =================================================================== writer
RULES = [f"RG{n:03d}" for n in range(1, 13)]
MIN_PER_RULE = {r: 5 for r in RULES}
MIN_PER_RULE.update({"RG006": 7, "RG007": 7, "RG011": 7})


def _stem(fn):
    return re.sub(r"[^A-Za-z0-9._-]+", "_", Path(fn).stem)


def _formats_in(files):
    """Formats contained in a case: top-level extensions plus EML attachment types."""
    import email as _email
    found = set()
    for fn, data in files:
        ext = Path(fn).suffix.lower().lstrip(".")
        found.add(ext)
        if ext == "eml":
            msg = _email.message_from_bytes(data, policy=policy.default)
            for part in msg.walk():
                ct = part.get_content_type()
                if part.get_content_disposition() != "attachment":
                    continue
                if ct == "application/pdf":
                    found.add("pdf")
                elif ct == DOCX_MT:
                    found.add("docx")
                elif ct == "text/html":
                    found.add("html")
                elif ct == "text/plain":
                    found.add("txt")
                elif ct == "message/rfc822":
                    found.add("eml")
    return found


def write_all():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(2525).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h25_{nn:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return labels


def stats():
    per_rule = {r: 0 for r in RULES}
    clean = multi = 0
    top = {}
    contains = {}
    multi_file = 0
    for c in CASES:
        for r in c["expect"]:
            assert r in per_rule, r
            per_rule[r] += 1
        clean += not c["expect"]
        multi += len(c["expect"]) > 1
        multi_file += len(c["files"]) > 1
        for fn, _ in c["files"]:
            ext = Path(fn).suffix.lower().lstrip(".")
            top[ext] = top.get(ext, 0) + 1
        for f in _formats_in(c["files"]):
            contains[f] = contains.get(f, 0) + 1
    return per_rule, clean, multi, multi_file, top, contains


if __name__ == "__main__":
    write_all()
    per_rule, clean, multi, multi_file, top, contains = stats()
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  multi-rule: {multi}  multi-file: {multi_file}")
    for r in RULES:
        flag = "" if per_rule[r] >= MIN_PER_RULE[r] else "   <-- BELOW MINIMUM"
        print(f"  {r}: {per_rule[r]}{flag}")
    print("top-level files:", dict(sorted(top.items())))
    print("cases containing:", dict(sorted(contains.items())))
