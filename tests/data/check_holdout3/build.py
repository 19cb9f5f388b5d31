#!/usr/bin/env python3
"""Generator for the releasegate check_holdout3 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout3/build.py

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
    m["Message-ID"] = msgid or f"<h3-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h3")
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
# ---- c01 medical CM, fixed-width ERP PO with a full scope note (TXT)
case("c01_medcm_erp_po_sample_scope", [],
     "Sample PO names 25 pcs active, 975 not released, unlock = sign-off + written release by named SCM, material sample-only.",
     [("PO_4500218841.txt", """\
NORDVIK MEDICAL AB                                         PURCHASE ORDER
Inkop / Purchasing                                         PO No. : 4500218841
Ideon Science Park, SE-223 70 Lund                         Rev.   : 0
                                                           Date   : 2024-03-11
Supplier : 20417  PRECISA MOLDING S.R.L., Via dell'Industria 14, Bergamo IT
Buyer    : Karin Lund (SCM)          Terms: 60 days net   Incoterms: FCA Bergamo
Quality  : ISO 13485:2016 supplier, CoC + dimensional report required

Ln  Item          Rev Description                         Qty UoM  Unit EUR  Need date
--- ------------- --- ---------------------------------- ---- ---- --------- ----------
10  NM-77120-03   C   Housing, PC/ABS Cycoloy, sample lot   25 EA       18.40 2024-04-05
--- ------------- --- ---------------------------------- ---- ---- --------- ----------
                                                       Total EUR      460.00

PO NOTE (SCOPE) ------------------------------------------------------------
Line 10 covers the sample lot of 25 pcs only. This is the quantity released now.
The production quantity in your quotation QT-24-0311 (975 pcs) is NOT released by
this PO and stays on hold.
Do now: mould and ship the 25 samples with the dimensional report. Do not schedule
or prepare the production run.
Material authority: sample-only (resin for the 25 pcs).
Quoted production quantity basis: forecast.
Unlock: the 975 pcs can only be released after (1) our engineering sign-off of the
samples and (2) a separate written production release signed by Karin Lund,
Supply Chain Manager. PO acknowledgement, invoices or payments do not release
production.
---------------------------------------------------------------------------
Printed 2024-03-11 14:02  SAP/MM  user KLUND                       Page 1 of 1
""")])

# ---- c02 aerospace release letter after FAI (PDF)
case("c02_aero_fai_tranche_release", [],
     "Release letter: 40 of 200 pcs released after AS9102 FAI, remaining 160 on hold until inspection + written release by named Director; material for 40 only.",
     [("PR-0419_production_release.pdf", pdf([
         ("h1", "Production Release PR-0419"),
         ("table", [["Customer", "Halvorsen Aerostructures Inc."], ["Supplier", "Tri-County Precision Machining"],
                    ["PO / line", "77-30418 / line 2 (200 pcs commercial cover)"],
                    ["Part", "7731-200-04 Rev D, bracket, 6061-T6511"], ["Date", "May 16, 2024"]]),
         ("sp",),
         ("p", "First Article Inspection per AS9102 Rev C (Forms 1, 2 and 3, FAI report FAIR-7731-04-001) has been "
               "reviewed and accepted by Quality (D. Okafor) on May 14, 2024."),
         ("p", "Released quantity: 40 pcs (first production tranche). You may machine, finish and ship these 40 pcs."),
         ("p", "The remaining 160 pcs on PO line 2 are not released. They remain on hold until the 40 pcs pass our "
               "receiving inspection and the undersigned issues a written release for the next tranche."),
         ("p", "Material authority: bar stock for the 40 released pcs only. Do not purchase material for the 160 pcs."),
         ("sp",),
         ("p", "Authorized by: Margaret Ellis, Director of Supply Chain (release authority)"),
         ("p", "Signature: /s/ M. Ellis"),
     ], pagesize=LETTER, title="PR-0419", author="M. Ellis"))])

# ---- c03 automotive PPAP interim (DOCX)
case("c03_auto_ppap_interim_limit", [],
     "PPAP interim disposition limits production to 2,000 pcs or 30 Jun; balance not released; unlock = full PSW + written release by named lead with second signature.",
     [("PPAP_interim_8K0-615-301-B.docx", docx_bytes([
         ("h1", "PPAP Interim Approval Notice"),
         ("table", [["Supplier", "Hwaseong Precision Co., Ltd. (DUNS 68-771-2290)"],
                    ["Part", "8K0-615-301-B  bracket, brake line"],
                    ["Submission", "Level 3, submission #2, PSW dated 2024-04-22"],
                    ["Blanket PO", "5500093312 (18,000 pcs/year commercial cover)"]]),
         ("p", "Disposition: INTERIM (class B). Dimensional results conform. Capability study on characteristic 14 "
               "shows Cpk 1.21, below the required 1.33. Corrective action plan CAP-2291 is due 2024-06-15."),
         ("h", "What this notice allows"),
         ("p", "Production release under this interim disposition: 2,000 pcs maximum, or until 2024-06-30, whichever "
               "comes first. Ship with green interim labels."),
         ("p", "The balance of the 18,000 pcs on the blanket PO is not released."),
         ("h", "What unlocks the balance"),
         ("p", "A full PSW approval after CAP-2291 is closed, followed by a written production release signed by "
               "Stefan Kroll (Supplier Quality Lead) and countersigned by Ines Bauer (Purchasing)."),
         ("p", "Material authority: raw material for the 2,000 pcs only."),
     ], author="S. Kroll"))])

# ---- c04 supplier quote only (PDF) - not an authorization
case("c04_am_bureau_quote_two_tier", [],
     "Supplier quote alone (sample + forecast production tiers) is not an authorization; no authorized quantity to compare against.",
     [("Q-2024-1187.pdf", pdf([
         ("h1", "QUOTATION Q-2024-1187"),
         ("p", "Angstrom Additive GmbH  |  Robert-Bosch-Str. 9, 73037 Goeppingen  |  sales@angstrom-additive.example"),
         ("p", "Customer: Stridewell Footwear Ltd., attn. Ms. Priya Nair. RFQ ref. SW-RFQ-0412. Date: 09.04.2024"),
         ("table", [["Pos", "Item", "Process", "Qty", "Unit price EUR", "Lead time"],
                    ["1", "Lattice insole insert LI-42, TPU 95A", "MJF", "10 (sample lot)", "42.00", "8 working days"],
                    ["2", "Lattice insole insert LI-42, TPU 95A", "MJF", "1,000 (production)", "9.80", "4 weeks"]]),
         ("p", "Basis of pos. 2: forecast quantity from your RFQ. Pos. 2 must be ordered separately."),
         ("p", "Prices ex works, excl. VAT. Validity: 30 days. Our general terms of sale apply."),
         ("p", "Kind regards, Lukas Brenner, Sales Engineer"),
     ], title="Quotation", author="Angstrom Additive"))])

# ---- c05 supplier question (EML) - not an authorization
case("c05_supplier_asks_before_running", [],
     "Supplier's question ('do we have a go-ahead for the 480?') is not an approval or authorization; it asks for the release.",
     [("question_remaining_480.eml", eml_bytes(mail(
         "Dana Whitfield <dana.whitfield@lakeshore-molding.example>",
         "Tom Becker <tbecker@corvan-instruments.example>",
         "PO 4500331207 - samples shipped / question on the 480 pcs",
         "Wed, 05 Jun 2024 16:41:09 -0500",
         "Hi Tom,\n\n"
         "The 20 samples on PO 4500331207 shipped Tuesday via UPS (1Z 9X4 81A 03 4471 2208).\n\n"
         "We have press time open in week 23 and could run the remaining 480 pcs from quote Q-5512 then.\n"
         "Can you confirm whether we have a go-ahead for the 480, or should we keep waiting for your\n"
         "written release? We will not buy resin for the 480 until we hear from you.\n\n"
         "Thanks,\nDana\n" + sig("Dana Whitfield", "Customer Service / Scheduling", "Lakeshore Molding Inc.", "+1 616 555 0147"))))])

# ---- c06 buyer forecast clearly labelled (HTML)
fc_rows = "".join(f"<tr><td>2024-W{w}</td><td>{q:,}</td></tr>" for w, q in
                  [(27, 1200), (28, 1200), (29, 1400), (30, 1400), (31, 1600), (32, 1600)])
case("c06_rolling_forecast_labelled", [],
     "Forecast explicitly labelled not an order, no release and no material authority; not an authorization.",
     [("forecast_W27-W32.html", html_page("Rolling forecast W27-W32", f"""
<h2>Rolling 6-week forecast &mdash; NOT A PURCHASE ORDER</h2>
<p>Supplier: Kessler Stanztechnik GmbH &middot; Part: 4470-112-09 spring clip &middot; Issued 2024-06-28 by Velo Components</p>
<table><tr><th>Week</th><th>Forecast qty (pcs)</th></tr>{fc_rows}</table>
<p class="note">This forecast is for capacity planning only. It is not an order, it releases no production and it
gives no material authority. Quantities become firm only when they are called off in a written release issued by
our materials planner, Luc&iacute;a Ortega.</p>
"""))])

# ---- c07 fit-check only (EML multipart/alternative)
t07 = ("Hi Wei,\n\n"
       "Sample approved for fit check only; production not released.\n\n"
       "To be clear on scope:\n"
       "- Released now: the 12 pcs on PO 4510087, line 1 (already delivered, no more to make).\n"
       "- The 600 pcs production quantity in your quote VQ-3318 stays on hold.\n"
       "- Unlock: dimensional sign-off by our engineering on all 12 samples, then a written release\n"
       "  from Maria Rossi (Category Buyer, release authority).\n"
       "- Please do not buy aluminium for the 600 pcs yet.\n\n"
       "Thanks for the quick turnaround!\nMaria\n" + sig("Maria Rossi", "Category Buyer", "Aurelio Medical Devices S.p.A.", "+39 02 555 0192"))
h07 = ("<html><body><p>Hi Wei,</p><p><b>Sample approved for fit check only; production not released.</b></p>"
       "<p>To be clear on scope:</p><ul><li>Released now: the 12 pcs on PO 4510087, line 1 (already delivered, no more to make).</li>"
       "<li>The 600 pcs production quantity in your quote VQ-3318 stays on hold.</li>"
       "<li>Unlock: dimensional sign-off by our engineering on all 12 samples, then a written release from Maria Rossi (Category Buyer, release authority).</li>"
       "<li>Please do not buy aluminium for the 600 pcs yet.</li></ul><p>Thanks for the quick turnaround!<br>Maria</p>"
       "<p style='color:#888;font-size:10px'>Aurelio Medical Devices S.p.A. &ndash; confidential</p></body></html>")
case("c07_fit_check_only_email", [],
     "Correctly scoped approval: 'fit check only; production not released', 12 pcs active, 600 on hold, event + named authority.",
     [("RE_samples_VQ-3318.eml", eml_bytes(mail(
         "Maria Rossi <m.rossi@aurelio-med.example>", "Wei Zhang <wei.zhang@shenhui-cnc.example>",
         "RE: VQ-3318 samples - fit check result", "Thu, 18 Apr 2024 10:05:33 +0200", t07, html=h07)))])

# ---- c08 full production PO, no balance (HTML)
case("c08_full_production_po_html", [],
     "PO releases the full quoted 500 pcs; 'proceed' is scoped to the 500 pcs; no sample/balance so absence rules don't bite.",
     [("PO_88120.html", html_page("Purchase Order 88120", """
<h2>Purchase Order 88120</h2>
<p><b>Buyer:</b> Linden Outdoor Gear Co. &nbsp; <b>Supplier:</b> Pacific Rim Plastics &nbsp; <b>Date:</b> 2024-02-19</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit</th><th>Price USD</th></tr>
<tr><td>1</td><td>LOG-CL-220</td><td>Buckle clip, POM black</td><td>Production</td><td>500</td><td>EA</td><td>0.86</td></tr>
</table>
<p>Reference: quote PRP-Q-2290 (quoted quantity 500 pcs). Samples were completed under PO 87702.</p>
<p class="note">This PO releases the full 500 pcs for production. Please proceed with the 500 pcs on line 1 and
ship by 2024-03-22. Material for the 500 pcs is authorized.</p>
<p>Issued by: Grace Liu, Purchasing</p>
"""))])

# ---- c09 scheduling agreement call-off with explicit staged material (TXT)
case("c09_calloff_staged_material", [],
     "Call-off releases 2,000; forecast marked not released; explicit staged material authority 4,000; unlock = next written call-off by named planner.",
     [("calloff_5500012_R07.txt", """\
SCHEDULING AGREEMENT 5500012  --  CALL-OFF (RELEASE) No. 07
Customer : Brandt Hausgeraete GmbH, Werk Kassel
Supplier : 301877  Oezkan Plastik San. ve Tic. A.S., Bursa
Part     : 0071-446-2  cable guide PA6 GF30        Issued: 2024-03-28 by R. Adeyemi

FIRM ZONE (released by this call-off)
  wk 14 ......... 1,000 pcs
  wk 15 ......... 1,000 pcs
  total released  2,000 pcs (2k)

FORECAST ZONE (information only - NOT released)
  wk 16-26 ...... 9,600 pcs

MATERIAL AUTHORITY
  Staged: raw material (PA6 GF30) for up to 4,000 pcs at our liability
  (this call-off + next two weeks). No material authority beyond 4,000 pcs.

NEXT RELEASE
  Forecast quantities are released only by the next written call-off, signed by
  Ruth Adeyemi, Materials Planner (release authority up to 10,000 pcs/call-off).
""")])

# ---- c10 meeting minutes, sample sign-off vs production release kept apart (DOCX)
case("c10_minutes_signoff_not_release", [],
     "Minutes record sample sign-off, state nothing beyond 8 pilot units released, 392 on hold, unlock = budget sign-off + written release by named VP.",
     [("Minutes_KESTREL_2024-05-08.docx", docx_bytes([
         ("h1", "Project KESTREL - sample review meeting"),
         ("p", "Date: 2024-05-08, 14:00-14:45 (Teams). Attendees: L. Moreau (Engineering), H. Dahl (Operations), "
               "A. Fischer (Purchasing), R. Patel (supplier, Meridian Castings)."),
         ("num", "Sample sign-off: the 8 pilot units (housing KS-114, rev B) were reviewed. Engineering disposition: "
                 "approved, signed off by L. Moreau. Report ENG-SO-0231."),
         ("num", "Production status: nothing beyond the 8 pilot units is released. The 392 pcs balance from quote "
                 "VQ-1190 stays on hold."),
         ("num", "Unlock: the 392 pcs need the internal budget sign-off (capex line 24-117) and then a written "
                 "production release signed by Henrik Dahl, VP Operations."),
         ("num", "R. Patel confirmed Meridian has bought no material beyond the 8 pilot units."),
         ("h", "Actions"),
         ("table", [["#", "Action", "Owner", "Due"],
                    ["1", "Budget sign-off request for capex 24-117", "A. Fischer", "2024-05-15"],
                    ["2", "Written release (if budget signed off)", "H. Dahl", "2024-05-22"]]),
     ], author="A. Fischer"))])

# ---- c11 chat export, scoped thumbs-up (TXT)
case("c11_chat_pilot_scoped", [],
     "Chat go-ahead explicitly limited to 15 pilot units; 285 on hold until named ops manager's written release after pilot review.",
     [("teams_chat_export_PO7741.txt", """\
Chat export - "Velo x BrightCase - PO 7741" - exported 2024-06-03 18:00 CEST
------------------------------------------------------------------------------
[03.06.2024 09:12] Ahmed Khalil (BrightCase Packaging)
morning! pilot units ready to print, 15 pcs per PO 7741. do you want us to queue the other 285 too? machine is free this week

[03.06.2024 09:20] Julia Brandt (Velo Components)
\U0001F44D go ahead with the 15 pilot units only.

[03.06.2024 09:21] Julia Brandt (Velo Components)
the other 285 stay on hold, not released. Jonas Weber (our ops manager) signs a written release after the pilot review, not before

[03.06.2024 09:22] Ahmed Khalil (BrightCase Packaging)
understood - 15 only, 285 on hold until Jonas's written release. no material for the 285 yet

[03.06.2024 09:23] Julia Brandt (Velo Components)
perfect, thx
""")])

# ---- c12 explicit recorded auto-conversion (PDF)
case("c12_explicit_auto_conversion", [],
     "Explicit, recorded auto-conversion naming quantity, signer and conditions; not an implied conversion.",
     [("RA-2219_release_agreement.pdf", pdf([
         ("h1", "Release Agreement RA-2219"),
         ("p", "Buyer: Solenne Robotics SAS. Supplier: Kuroda Seimitsu K.K. Order: gripper finger GF-88 rev 3, PO 2024-0711."),
         ("p", "1. Sample quantity released now: 6 pcs."),
         ("p", "2. Production quantity: 294 pcs. Not released today."),
         ("p", "3. Auto-conversion (explicit): by this agreement, if the engineering sign-off of the 6 samples is "
               "recorded as \"approved\" by Dr. Aiko Sato (Lead Engineer), the 294 pcs are released automatically "
               "on the date of that sign-off, without a further document. An \"interim\" or \"rejected\" sign-off "
               "releases nothing."),
         ("p", "4. Material authority: sample-only until the auto-conversion takes effect."),
         ("p", "Authorized by: Paul Mercer, Procurement Director (release authority, limit EUR 50,000). Date: 2024-07-11."),
     ], title="RA-2219", author="P. Mercer"))])

# ---- c13 staged material, quoted buyer authorization (EML)
case("c13_staged_material_reply", [],
     "Supplier buys material for 200 pcs within buyer's explicit staged material authority (quoted authorization), prints only 20 released.",
     [("RE_PO4400_material.eml", eml_bytes(mail(
         "Sven Aaltonen <sven@polarprint.example>", "Oskar Nilsson <oskar.nilsson@fjordsense.example>",
         "RE: PO 4400 - scope and material", "Mon, 13 May 2024 08:17:50 +0300",
         "Hi Oskar,\n\nPer your material authority below we have ordered PA12 powder for 200 pcs (staged).\n"
         "We are printing only the 20 released pcs this week.\n\nBR,\nSven\n\n"
         "On Fri, 10 May 2024 at 15:02, Oskar Nilsson <oskar.nilsson@fjordsense.example> wrote:\n"
         "> Hi Sven,\n>\n"
         "> PO 4400 line 1: 20 pcs released (sample lot).\n"
         "> The remaining 980 pcs of your quote are not released. They are released only by a written\n"
         "> release from me (Oskar Nilsson, Purchasing Manager) after our sample sign-off.\n"
         "> Material authority: staged, up to 200 pcs worth of PA12, at our liability.\n>\n> /Oskar\n",
         in_reply_to="<po4400-scope@fjordsense.example>")))])

# ---- c14 non-native release email (EML)
case("c14_nonnative_release_200", [],
     "Non-native wording but complete: two hundred (200) released, rest 800 on hold, unlock = incoming inspection + named head of purchasing, material for 200.",
     [("Freigabe_33-1000-7.eml", eml_bytes(mail(
         "Gabriele Hofer <g.hofer@alpin-hydraulik.example>", "Mr. Chen Jun <chenjun@ningbo-fasteners.example>",
         "Release art. 33-1000-7 / your offer AN-24-0098", "Tue, 23 Apr 2024 11:30:00 +0200",
         "Dear Mr. Chen,\n\n"
         "with this mail we release two hundred (200) pieces of art. 33-1000-7 for production.\n"
         "From the 1.000 pcs in your offer AN-24-0098, the rest 800 pcs is not released and stay on hold.\n"
         "For release of the 800 pcs is needed the approval of the 200 pcs at our incoming inspection and\n"
         "after this a written release from me, Mrs. Gabriele Hofer (Head of Purchasing).\n"
         "Please buy material only for the 200 pcs.\n\n"
         "Best regards / Mit freundlichen Gruessen\nGabriele Hofer\nAlpin Hydraulik GmbH\n")))])

# ---- c15 deviation note that releases nothing more (TXT)
case("c15_deviation_use_as_is", [],
     "Deviation covers 50 pcs already produced under release R-3, states no further quantity released, 450 on hold, event + named authority.",
     [("DEV-1187.txt", """\
DEVIATION PERMIT  DEV-1187                          NCR ref: NCR-2024-0500
Part: 5000-231-10 Rev 12  manifold block, 316L      Supplier: Granite State Machining
Date: 2024-08-06                                     Customer PO: 4800-1000 line 3

Nonconformance: thread depth M8x1.25 on port P4 is 11.2 mm, drawing min. 12.0 mm.
Disposition: use-as-is, accepted by MRB (J. Whitaker, K. Osei).

Scope of this deviation: the 50 pcs already produced under release R-3 (50 pcs).
This deviation releases no further quantity. The remaining 450 pcs on PO line 3
stay on hold until corrective action CA-0500 is verified at source and
Priya Raman (Purchasing Manager, release authority) issues a written release.
""")])

# ---- c16 supplier acknowledgement of scope (DOCX)
case("c16_supplier_ack_scope", [],
     "Supplier acknowledgement restates scope (10 sample, 490 not released), says acceptance is not production authority; not itself an authorization.",
     [("OA-24-3381_acknowledgement.docx", docx_bytes([
         ("h1", "Order Acknowledgement OA-24-3381"),
         ("p", "To: Northbay Sensors Inc., attn. Daniel Ortiz (Purchasing). Re: your PO 61-20455 rev 0."),
         ("p", "We acknowledge PO 61-20455 with the following scope, as written:"),
         ("li", "Line 1: 10 pcs sample, sensor bezel NB-330, anodized black."),
         ("li", "The 490 pcs production quantity in our quote NQ-881 is not released by this PO."),
         ("p", "We understand that acceptance of this PO is not production authority. We will not start or buy material "
               "for the 490 pcs until we receive a written release from Daniel Ortiz after your sample sign-off."),
         ("p", "Planned sample ship date: 2024-05-30."),
         ("p", "Kind regards, Elena Vasquez, Order Management, Sierra Anodize & Machine"),
     ], author="E. Vasquez"))])

# ---- c17 supplier: deposit is not release (EML + PDF proforma)
case("c17_deposit_not_release", [],
     "Supplier explicitly says deposit does not release production and waits for written release; opposite of payment-as-release.",
     [("deposit_received.eml", eml_bytes(mail(
         "Hoang Minh Tuan <tuan.hm@saigon-precision.example>", "Laura Kim <laura.kim@tidewater-audio.example>",
         "Deposit received - PF-2207 (tooling)", "Fri, 07 Jun 2024 09:12:44 +0700",
         "Dear Laura,\n\nWe received the 30% tooling deposit for PF-2207, thank you.\n\n"
         "Please note: the deposit does not release production. We continue the tooling and the T1 samples only,\n"
         "and we will wait for your written release before we start the 1,500 pcs or buy material for them.\n\n"
         "Proforma attached for your records.\n\nBest regards,\nTuan\n" +
         sig("Hoang Minh Tuan", "Sales Manager", "Saigon Precision Co., Ltd.", "+84 28 555 0133"),
         attachments=[("PF-2207.pdf", pdf([
             ("h1", "PROFORMA INVOICE PF-2207"),
             ("p", "Seller: Saigon Precision Co., Ltd. Buyer: Tidewater Audio LLC. Date: 2024-05-29."),
             ("table", [["Item", "Description", "Amount USD"],
                        ["1", "Injection mould T-441, 2 cavities (tooling)", "18,400.00"],
                        ["", "Deposit 30% due now", "5,520.00"]]),
             ("p", "Deposit status: RECEIVED 2024-06-06. This proforma covers tooling only."),
         ], title="PF-2207", author="Saigon Precision"), PDF_MT)])))])

# ---- c18 prototype bureau PO, one-off quantity (HTML)
case("c18_proto_oneoff_po", [],
     "One-off prototype PO for the full quantity (3 pcs), no production planned; identifiers like 'Rev 1000' are not quantities.",
     [("PO_P-3000-77.html", html_page("PO P-3000-77", """
<h2>Purchase order P-3000-77</h2>
<p>From: Orbital Booth Design (Trade-fair stands) &rarr; To: QuickForm Prototypes, order desk</p>
<table>
<tr><th>Pos</th><th>Item / file</th><th>Material</th><th>Qty</th><th>Price EUR</th></tr>
<tr><td>1</td><td>display_arm_v1000.step (Rev 1000)</td><td>SLA, Tough 2000 resin</td><td>3</td><td>312.00</td></tr>
</table>
<p>One-off prototypes for the Hannover fair (hall 2500 mockup). No production is planned. This PO covers and
releases the full 3 pcs; please build all 3.</p>
<p>Contact: Felix Wagner, +49 511 555 0120</p>
"""))])

# ---- c19 PO with many identifiers that look like quantities (PDF)
case("c19_po_identifiers_not_qty", [],
     "Single-line PO for 12 pcs, full quantity, no balance; part/drawing/quote numbers (1000-500-250, Q-2500, ISO 9001:2015) are not quantities.",
     [("PO_2024-1000.pdf", pdf([
         ("h1", "PURCHASE ORDER 2024-1000"),
         ("p", "Buyer: Ferro Valve Systems Ltd, 250 Harbour Road, Leith. Supplier: Castleton CNC (vendor 500)."),
         ("table", [["Line", "Part no.", "Drawing", "Description", "Qty", "Unit GBP"],
                    ["1", "1000-500-250", "DRG 5000 Rev 20", "Spindle, 17-4PH H1150", "12", "148.00"]]),
         ("p", "Quote ref: Q-2500 dated 02/04/2024. Certification: EN 10204 3.1, supplier ISO 9001:2015."),
         ("p", "Scope: this PO is the complete order. All 12 pcs are released for manufacture; no further quantity "
               "is planned under this PO."),
         ("p", "Buyer: Hamish Grant. Delivery: 6 weeks ARO."),
     ], title="PO 2024-1000", author="Ferro Valve"))])

# ---- c20 release letter with two signatures, words for numbers (DOCX)
case("c20_release_two_signatures", [],
     "Release of three hundred (300) of 1,200 with second approver; 900 on hold until lot acceptance + next written release by named authority.",
     [("Release_Letter_RL-088.docx", docx_bytes([
         ("h1", "Production Release RL-088"),
         ("p", "Order: thermoformed tray TT-9, PO 7100-553 (1,200 pcs commercial cover). Supplier: Westfold Packaging Ltd."),
         ("p", "We release three hundred (300) pcs for production. The remaining 900 pcs are not released."),
         ("p", "The next release requires acceptance of the first 300 pcs at our goods-in and a new written release "
               "signed by Oliver Brandt (Head of Procurement, release authority up to GBP 25,000) and a second "
               "signature from Finance (Amira Yusuf)."),
         ("p", "Material authority: film stock for 300 pcs."),
         ("table", [["Signed", "Role", "Date"],
                    ["Oliver Brandt", "Head of Procurement", "2024-06-12"],
                    ["Amira Yusuf", "Finance Controller (second approver)", "2024-06-12"]]),
     ], author="O. Brandt"))])

# ---- c21 buyer hold notice (HTML)
case("c21_hold_notice_html", [],
     "Hold notice: active 24 pcs sample, 2,400 production not released, unlock = quality sign-off + written release by named person.",
     [("hold_notice_HN-0042.html", html_page("Hold notice HN-0042", """
<h2>HOLD NOTICE HN-0042</h2>
<table>
<tr><th>Order</th><td>Knob assembly KA-7 rev C &middot; PO 3300-8812</td></tr>
<tr><th>Supplier</th><td>Lumen Injection Ltd (Shenzhen)</td></tr>
<tr><th>Active quantity</th><td>24 pcs (sample lot) &mdash; released</td></tr>
<tr><th>Production quantity</th><td>2,400 pcs &mdash; <b>NOT released, on hold</b> (basis: firm)</td></tr>
<tr><th>Material authority</th><td>sample-only</td></tr>
<tr><th>Unlock event</th><td>sample sign-off by Quality, then written release</td></tr>
<tr><th>Release authority</th><td>Nadia Rahman, Sourcing Manager</td></tr>
</table>
<p>Do now: build and ship the 24 samples with the FAI data. Do not start the 2,400 pcs.</p>
"""))])

# ---- c22 buyer email forwarding the old supplier quote as message/rfc822 (EML)
old_quote = mail("Raj Mehta <raj@vardhman-castings.example>", "Ellen Park <ellen.park@harborpump.example>",
                 "Quote VC-2211 impeller IMP-40", "Mon, 04 Mar 2024 07:40:00 +0530",
                 "Dear Ellen,\n\nPlease find our quote VC-2211:\n"
                 "  Sample castings: 50 pcs @ USD 31.00\n  Production: 5,000 pcs @ USD 11.40 (annual)\n"
                 "Lead time samples 5 weeks, production 8 weeks after release.\n\nRegards,\nRaj Mehta\nVardhman Castings\n")
case("c22_forwarded_old_quote", [],
     "Forwarded (rfc822) old quote shows 5,000, but buyer's own text scopes 50 pcs active, 4,950 on hold, event + named authority.",
     [("FW_VC-2211_PO_samples.eml", eml_bytes(mail(
         "Ellen Park <ellen.park@harborpump.example>", "Raj Mehta <raj@vardhman-castings.example>",
         "PO 5120-448 for IMP-40 sample castings (your quote VC-2211 attached)", "Tue, 12 Mar 2024 13:22:10 -0400",
         "Raj,\n\nPO 5120-448 is issued for the 50 sample castings only (line 1, 50 pcs). Your original quote is\n"
         "attached below for reference; the 5,000 pcs production quantity in it is informational and is NOT\n"
         "released. The remaining 4,950 pcs stay on hold until the samples pass our hydro and balance tests and\n"
         "I send a written production release (Ellen Park, Sourcing Manager).\n\n"
         "Please buy metal for the 50 samples only.\n\nEllen\n",
         cc="qa@harborpump.example",
         html=("<p>Raj,</p><p>PO 5120-448 is issued for the <b>50 sample castings only</b> (line 1, 50 pcs). Your original "
               "quote is attached below for reference; the 5,000 pcs production quantity in it is informational and is "
               "<b>NOT released</b>. The remaining 4,950 pcs stay on hold until the samples pass our hydro and balance "
               "tests and I send a written production release (Ellen Park, Sourcing Manager).</p>"
               "<p>Please buy metal for the 50 samples only.</p><p>Ellen</p>"),
         attachments=[("rfc822", old_quote)])))])

# ---- c23 quoted thread; only the new reply authorizes (EML)
case("c23_thread_quoted_question", [],
     "Quoted text is the supplier's conditional question ('we'll proceed once you approve'), not an authorization; buyer's new reply is fully scoped.",
     [("RE_RE_NB-7_tabs.eml", eml_bytes(mail(
         "Chloe Martin <chloe.martin@alpage-electro.example>", "Kofi Mensah <kofi@accra-sheetmetal.example>",
         "RE: RE: NB-7 battery tabs - samples", "Wed, 22 May 2024 17:55:02 +0200",
         "Kofi,\n\nThanks. Confirming: 30 pcs sample tabs are released on PO 7788 line 1.\n"
         "The 2,970 pcs production balance is not released. It needs our sample sign-off (lab + fit) and then a\n"
         "written release from me, Chloe Martin (Purchasing Lead). Nothing else counts as a release.\n\n"
         "Chloe\n\n"
         "-----Original Message-----\nFrom: Kofi Mensah <kofi@accra-sheetmetal.example>\nSent: 21 May 2024 09:10\n"
         "Subject: RE: NB-7 battery tabs - samples\n\n"
         "> Hello Chloe, we can do the 30 sample tabs next week. We'll proceed with the 2,970 pcs once you approve\n"
         "> the samples - is that correct? We prefer to know before we plan the coil.\n> Kofi\n",
         in_reply_to="<nb7-0521@accra-sheetmetal.example>")))])

# ---- c24 packaging tooling PO (TXT)
case("c24_tooling_po_t1_samples", [],
     "Tooling PO authorizes tool build + 200 T1 samples; 50,000 production explicitly not released; unlock = T1 sign-off + written release by named person.",
     [("PO_TL-6620_tooling.txt", """\
PURCHASE ORDER TL-6620 (TOOLING)                  Hollis Beverage Co.
Vendor: Meadowbrook Mold & Die                    Date: 06/03/2024

LN  DESCRIPTION                                   QTY    UNIT     AMOUNT
01  Blow mould, 4-cav, 500 ml bottle HB-500        1     EA    $42,000.00
02  T1 sample bottles HB-500 (from new tool)     200     EA       $380.00

NOTE TO VENDOR:
Tool build and 200 T1 sample bottles are authorized by this PO.
The 50,000 pcs production quantity in quote MMD-1177 is NOT released.
Production is released only after T1 sign-off by our packaging engineering and a
written release signed by Dolores Vega, Purchasing Manager.
Material authority: resin for the 200 T1 samples only.
""")])


# ================================================================ POSITIVE
# ---- p25 ERP sample PO with quote production qty in header (TXT)
case("p25_robotics_erp_po_quote_ref", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 10 pcs shows quote's 1,000 production qty in header with no hold wording, no unlock event, no release authority.",
     [("PO_31-00877.txt", """\
ACME ROBOTICS INC                                       PURCHASE ORDER
1200 Commerce Pkwy, Fremont CA 94538                    PO#   31-00877
                                                        DATE  04/02/2024
VENDOR 10233  RIDGELINE MACHINING LLC                   BUYER J.PARK
SHIP VIA  FEDEX GROUND    TERMS NET 30    FOB ORIGIN
REF: QUOTE RM-4471  (QTY 10 SAMPLE / QTY 1,000 PRODUCTION @ $14.20)

LN ITEM         DESCRIPTION                          QTY UM     PRICE        EXT
-- ------------ ---------------------------------- ----- -- --------- ----------
 1 AR-3310-B    GEARBOX COVER 6061-T6 SAMPLE          10 EA    $96.00    $960.00
                                                              TOTAL     $960.00
NOTES: SHIP W/ CMM REPORT + MATERIAL CERTS. DEBURR ALL EDGES.
""")])

# ---- p26 HTML portal PO with quoted quantities table (HTML)
case("p26_portal_po_quote_table", ["RG001", "RG003", "RG004", "RG005"],
     "Portal PO orders 20 prototype pcs but shows quoted production 2,000 beside it; nothing says informational/not released, no event, no authority.",
     [("PO_PRT-220931.html", html_page("PO PRT-220931", """
<div style="font-size:18px;font-weight:bold">SupplyLink Portal &mdash; Purchase Order PRT-220931</div>
<p>Buyer: Halcyon eBikes B.V. &middot; Supplier: Dongguan Yisheng Mould &amp; Plastic &middot; Created 2024-01-17</p>
<h3>Order lines</h3>
<table><tr><th>#</th><th>Material</th><th>Text</th><th>Qty</th><th>Net price</th><th>Delivery</th></tr>
<tr><td>10</td><td>HB-BAT-CVR-02</td><td>Battery cover, prototype lot</td><td>20</td><td>EUR 24.50</td><td>2024-02-20</td></tr></table>
<h3>Quoted quantities (from quote DY-23-1190)</h3>
<table><tr><th>Stage</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>Prototype</td><td>20</td><td>EUR 24.50</td></tr>
<tr><td>Production</td><td>2,000</td><td>EUR 3.15</td></tr></table>
<p>Please confirm the order in the portal within 48 h.</p>
"""))])

# ---- p27 DOCX pilot PO mentioning annual volume (DOCX)
case("p27_pilot_po_annual_volume", ["RG001", "RG003", "RG004", "RG005"],
     "Pilot-lot PO (30 pcs) cites annual volume 3,000 pcs with no statement it is not released, no event, no authority.",
     [("PO_PL-0392_pilot.docx", docx_bytes([
         ("h1", "Purchase Order PL-0392"),
         ("p", "Buyer: Greenleaf Irrigation Pty Ltd. Supplier: Coastline Die Casting. Date: 14/02/2024."),
         ("table", [["Item", "Part", "Description", "Qty", "Price AUD"],
                    ["1", "GL-VB-17", "Valve body, pilot lot, A380", "30", "27.80"]]),
         ("p", "Project volume: 3,000 pcs per annum as per your quote CDC-Q-771."),
         ("p", "Please send first-off dimensional report with the pilot parts. Delivery to Dandenong DC."),
         ("p", "Raised by: purchasing@greenleaf-irrigation.example"),
     ], author="Greenleaf Purchasing"))])

# ---- p28 email with PO PDF attachment listing project volume (EML+PDF)
case("p28_email_po_pdf_project_volume", ["RG001", "RG003", "RG004", "RG005"],
     "Email + attached sample PO (5 pcs) listing 'project volume 800 pcs per quote'; no hold, event or authority anywhere in bundle.",
     [("PO_4500773015.eml", eml_bytes(mail(
         "Beatriz Lopes <beatriz.lopes@vitalis-diag.example>", "orders@quantum-micro.example",
         "PO 4500773015 - samples", "Mon, 08 Jul 2024 10:02:11 +0100",
         "Hello,\n\nPlease find attached PO 4500773015 for the samples. Thanks!\n\nBeatriz\n" +
         sig("Beatriz Lopes", "Buyer", "Vitalis Diagnostics Lda.", "+351 21 555 0177"),
         attachments=[("PO_4500773015.pdf", pdf([
             ("h1", "PURCHASE ORDER 4500773015"),
             ("p", "Vitalis Diagnostics Lda., Lisboa -> Quantum Micro Moulding Ltd, Galway"),
             ("table", [["Pos", "Material", "Description", "Qty", "Price EUR"],
                        ["10", "VD-CART-11", "Microfluidic cartridge, COC, sample", "5", "160.00"]]),
             ("p", "Project volume: 800 pcs per your quote QMM-24-051."),
             ("p", "Documentation: CoC, material certificate, ISO 13485 lot traceability."),
         ], title="PO 4500773015", author="Vitalis"), PDF_MT)])))])

# ---- p29 PO note with hold + named authority but no unlock event (TXT)
case("p29_po_note_hold_no_event", ["RG004"],
     "Note states 50 active, 950 on hold 'until further notice', names release authority, but names no event that unlocks the balance.",
     [("PO_note_77-1920.txt", """\
PO 77-1920 / line 1 / note field (printed on PO):
Line 1: 50 pcs sample (released).
Remaining 950 pcs of quote FX-310 are NOT released and remain on hold until further notice.
Release authority for this order: Diane Foster, Purchasing Manager.
Material: sample-only.
""")])

# ---- p30 email release without unlock event (EML, multipart/alternative)
t30 = ("Hi Bruno,\n\nWe release 100 pcs now out of the 600 you quoted (Q-2290), PO 91-4410 line 2.\n"
       "The other 500 are on hold - not released - until further notice.\n"
       "Kenji Watanabe (plant manager) is our release authority for this part.\n"
       "Material for the 100 pcs only, please.\n\nRegards,\nAkiko\n")
case("p30_email_release_hold_no_event", ["RG004"],
     "Release email: 100 active, 500 on hold until further notice, names release authority; no unlock event.",
     [("release_100pcs.eml", eml_bytes(mail(
         "Akiko Mori <a.mori@takumi-lighting.example>", "Bruno Costa <bruno@lusoturn.example>",
         "Release 100 pcs - heat sink HS-12", "Thu, 11 Jul 2024 09:45:00 +0900", t30,
         html="<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in t30.split("\n") if x) + "</body></html>",
         attachments=[("release_HS-12.html", html_page("Release HS-12", """
<h3>Release - heat sink HS-12 - PO 91-4410 line 2</h3>
<table><tr><th>Released now</th><td>100 pcs</td></tr>
<tr><th>On hold (not released)</th><td>500 pcs, until further notice</td></tr>
<tr><th>Release authority</th><td>Kenji Watanabe, plant manager</td></tr>
<tr><th>Material</th><td>100 pcs</td></tr></table>"""), "text/html")])))])

# ---- p31 PDF release letter, hold + authority, no event (PDF)
case("p31_release_letter_no_event", ["RG004"],
     "Release letter: 150 of 1,200 released, balance 1,050 on hold, signed by release authority; nothing says what unlocks the balance.",
     [("RL-5521.pdf", pdf([
         ("h1", "Release Letter RL-5521"),
         ("p", "Client: Maison Verrier SA. Fournisseur / Supplier: Atelier Mecanique Dubois. Order: PO 2024-118, hinge pin HP-6."),
         ("p", "Released quantity: 150 pcs."),
         ("p", "Balance: 1,050 pcs of the 1,200 pcs on the PO remain on hold and are not released."),
         ("p", "Material authority: 150 pcs."),
         ("p", "Authorized by: Jean-Luc Martin, Directeur Achats (release authority)."),
     ], title="RL-5521", author="J-L Martin"))])

# ---- p32 DOCX: hold + event, nobody named (DOCX)
case("p32_sample_po_event_no_person", ["RG005"],
     "10 sample released, 490 on hold until FAI passes and a revised PO is issued; no person named who may release.",
     [("PO_4471_scope.docx", docx_bytes([
         ("h1", "PO 4471 - scope statement"),
         ("p", "Supplier: Brightwater Swiss Turning AG. Part: pin PN-448-02, 303 SS."),
         ("p", "Sample: 10 pcs released."),
         ("p", "The 490 pcs balance is not released; it stays on hold until the samples pass our FAI and we issue a revised PO."),
         ("p", "Material: sample-only."),
     ], author="purchasing"))])

# ---- p33 HTML hold notice: release 'from our side' (HTML)
case("p33_hold_notice_no_person", ["RG005"],
     "Hold notice with active 30 / not released 2,970 and an unlock event, but release comes only 'from our side' - no named person.",
     [("hold_3300.html", html_page("Hold notice", """
<h2>Production hold &mdash; part SL-3300 (PO 6610-220)</h2>
<ul>
<li>Active quantity: 30 pcs (sample lot), released.</li>
<li>Not released: 2,970 pcs (quoted production, basis: forecast).</li>
<li>Unlock event: sample sign-off, then a written release from our side.</li>
<li>Material authority: sample-only.</li>
</ul>
<p>Harbourline Instruments &ndash; Procurement</p>
"""))])

# ---- p34 non-native buyer email: event but no person (EML)
case("p34_nonnative_event_no_person", ["RG005"],
     "Non-native buyer: 24 prototypes active, rest 476 not released until test result + internal approval; no person named as release authority.",
     [("prototype_confirm.eml", eml_bytes(mail(
         "Li Na <lina@huaxin-drone.example>", "sales@rapidcut-proto.example",
         "Confirm prototype qty", "Fri, 19 Apr 2024 15:20:31 +0800",
         "Dear Sir/Madam,\n\nWe confirm only 24 pcs prototype now for PO HX-2404-17.\n"
         "Rest of 476 pcs is not released, will be released after positive test result on the prototypes\n"
         "and after internal approval in our company.\nPlease not buy material for 476 pcs.\n\nThanks and best regards\nLi Na\nHuaxin Drone Technology\n",
         html=("<div>Dear Sir/Madam,</div><div><br></div><div>We confirm only <b>24 pcs</b> prototype now for PO HX-2404-17.</div>"
               "<div>Rest of 476 pcs is not released, will be released after positive test result on the prototypes and after internal approval in our company.</div>"
               "<div>Please not buy material for 476 pcs.</div><div><br></div><div>Thanks and best regards<br>Li Na<br>Huaxin Drone Technology</div>"))))])

# ---- p35 shorthand PO note, no event no person (TXT)
case("p35_shorthand_note_hold_only", ["RG004", "RG005"],
     "Shorthand note: 8 pcs sample, balance 392 on hold; no unlock event, no release authority.",
     [("po_note_SO-118.txt", "PO 118-2207 NOTE: SAMPLE ONLY 8 PCS. BAL 392 PCS ON HOLD - NOT RELEASED. MATL FOR 8 PCS ONLY.\n")])

# ---- p36 PDF release: hold, no event, no person (PDF)
case("p36_release_hold_no_event_no_person", ["RG004", "RG005"],
     "Release of 60 units, remaining 540 'hold'; no event, nobody named.",
     [("release_60_units.pdf", pdf([
         ("h1", "Production release - enclosure EN-5"),
         ("p", "PO 3390-14. Supplier: Redwood Sheet Metal."),
         ("table", [["Released", "60 units"], ["Remaining 540 units", "hold (not released)"], ["Material", "60 units"]]),
         ("p", "Please confirm receipt."),
     ], title="Release EN-5", author="buyer"))])

# ---- p37 email: proceed with sample lot, no quantity anywhere (EML)
case("p37_proceed_samples_no_qty", ["RG010"],
     "Buyer authorizes 'the sample lot per our PO' without stating any quantity; balance hold, event and named authority present.",
     [("proceed_samples.eml", eml_bytes(mail(
         "Erik Sandberg <erik.sandberg@nordlys-marine.example>", "Marta Kowalska <m.kowalska@baltic-composites.example>",
         "Samples - hull fitting HF-20", "Tue, 02 Apr 2024 08:03:27 +0200",
         "Hi Marta,\n\nPlease proceed with the sample lot per our PO.\n"
         "The production quantity is not released. It stays on hold until our engineering signs off the samples\n"
         "and I send a written release (Erik Sandberg, Purchasing Manager).\n\nBest,\nErik\n")))])

# ---- p38 PO note: prototype build authorized, no qty (TXT)
case("p38_po_note_proto_no_qty", ["RG010"],
     "PO note authorizes 'prototype build' with no quantity; series production held pending sign-off + named written release.",
     [("PO_RD-0917_note.txt", """\
PO RD-0917 -- NOTE TO SUPPLIER
Prototype build authorized.
Series production is NOT released. It stays on hold until prototype sign-off by R&D and a written
release signed by Dr. Feng Li (Head of Procurement).
Material: prototype only.
""")])

# ---- p39 DOCX: release of 'first tranche' with no number (DOCX)
case("p39_first_tranche_no_qty", ["RG010"],
     "Release letter releases 'the first tranche' but never states how many pcs; balance hold, event and named person present.",
     [("release_first_tranche.docx", docx_bytes([
         ("h1", "Production release - manifold MF-31"),
         ("p", "Supplier: Ostrava Hydraulika s.r.o. PO 24-0333."),
         ("p", "We hereby release the first tranche of production of manifold MF-31."),
         ("p", "The balance is not released. It stays on hold until the first tranche passes our incoming inspection and "
               "Sara Lindqvist (Category Manager) issues a written release."),
         ("p", "Material: for the first tranche only."),
     ], author="S. Lindqvist"))])

# ---- p40 "approved, go ahead!" with a fully scoped sample PO attached (EML+PDF)
case("p40_approved_go_ahead_scoped_po", ["RG002"],
     "Body 'approved, go ahead!' names no quantity or sample-only scope; attached PO is otherwise fully scoped so only the unscoped approval is at issue.",
     [("RE_samples_ok.eml", eml_bytes(mail(
         "Mark Henley <mark.henley@fairway-golf.example>", "Lena Vogt <lena.vogt@schwarzwald-cnc.example>",
         "RE: FW-CLUB-HEAD samples", "Wed, 15 May 2024 18:27:44 -0700",
         "Hi Lena,\n\nreviewed your samples this morning - approved, go ahead!\n\nPO attached for reference.\n\nCheers,\nMark\n"
         "Sent from my iPhone\n",
         attachments=[("PO_FG-2231.pdf", pdf([
             ("h1", "Purchase Order FG-2231"),
             ("p", "Fairway Golf Co. -> Schwarzwald CNC GmbH. Part FW-CLUB-HEAD rev 2, 17-4PH."),
             ("table", [["Line", "Scope", "Qty", "Unit USD"], ["1", "sample", "6", "210.00"]]),
             ("p", "Scope note: line 1 covers 6 sample heads, released now. The 1,494 pcs production quantity in quote "
                   "SC-771 is not released. It is released only after our sample sign-off and a written production "
                   "release from Mark Henley (VP Sourcing). Material authority: sample-only."),
         ], title="PO FG-2231", author="Fairway"), PDF_MT)])))])

# ---- p41 chat: earlier scope, later "good to run" (TXT)
case("p41_chat_good_to_run", ["RG002"],
     "Chat had a scoped sample PO, then buyer answers photos with 'good to run' without saying sample-only or a quantity.",
     [("slack_export_proj-tern.txt", """\
#proj-tern-supplier  (Slack export, 2024-04-08 .. 2024-04-16)

2024-04-08 10:02  priya.s (Tern Wearables)
  PO 5566 is out: 20 pcs sample bands, line 1. the 1,980 pcs on the quote are NOT released -
  they need our sample sign-off and then a written release from me (Priya Shah, Ops Director).

2024-04-08 10:15  ming.h (Jiahe Silicone)
  received, thanks. samples in ~1 week

2024-04-16 14:40  ming.h (Jiahe Silicone)
  samples done, photos attached [IMG_2231.jpg] [IMG_2232.jpg] [IMG_2233.jpg]
  shore A measured 58/59/58

2024-04-16 15:03  priya.s (Tern Wearables)
  looks good to me, good to run :+1:
""")])

# ---- p42 HTML portal approval widget "Green light - proceed" (HTML)
case("p42_portal_green_light", ["RG002"],
     "Portal approval status 'Green light - proceed' with no quantity/sample scope, beside an otherwise fully scoped order.",
     [("order_status_ALP-7712.html", html_page("Order ALP-7712", """
<h2>Order ALP-7712 &mdash; status</h2>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>State</th></tr>
<tr><td>10</td><td>Sample</td><td>20</td><td>released</td></tr>
<tr><td>20</td><td>Production</td><td>1,980</td><td>not released &mdash; on hold</td></tr>
</table>
<p>Unlock: sample sign-off, then written release by Chlo&eacute; Martin (release authority). Material authority: sample-only.</p>
<div class="note"><b>Approval status:</b> APPROVED &#10004;<br>
<b>Comment (C. Martin, 2024-05-02 16:10):</b> Green light &mdash; proceed.</div>
"""))])

# ---- p43 loose "green light" reply over supplier's quoted status (EML)
case("p43_green_light_loose_reply", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "Buyer's reply 'you have the green light' states no quantity, never says the production lot is not released, names no event or authority; quoted text is the supplier's, not an authorization.",
     [("RE_samples_shipped.eml", eml_bytes(mail(
         "Gustavo Reyes <greyes@andes-outdoor.example>", "Hannah Cole <hannah@cole-rotomold.example>",
         "RE: Samples shipped - KY-COOLER lid", "Mon, 29 Apr 2024 12:14:05 -0500",
         "Samples look great, you have the green light!\n\nGustavo\n\n"
         "On Fri, Apr 26, 2024, Hannah Cole wrote:\n"
         "> Hi Gustavo - the 10 sample lids on PO 24-771 shipped today. Our quote also covers the\n"
         "> production lot. Please advise how you'd like to proceed.\n> Hannah\n",
         in_reply_to="<ky-cooler-0426@cole-rotomold.example>")))])

# ---- p44 supplier buys bar stock for full quantity (EML, non-native)
case("p44_supplier_bought_bar_full_qty", ["RG006"],
     "Supplier says only 25 pcs released but bought bar stock for all 1,000 to lock price; no material authority given.",
     [("status_material.eml", eml_bytes(mail(
         "Zhou Lei <zhoulei@jinhua-turning.example>", "Patrick O'Neill <poneill@clearwater-valves.example>",
         "Status PO 88-2051 shaft SH-9", "Tue, 21 May 2024 20:31:17 +0800",
         "Dear Patrick,\n\nStatus for PO 88-2051: only 25 pcs is released so far, balance still on hold waiting your release.\n"
         "To lock the mill price we already purchased the 316 bar stock for full 1,000 pcs, it is in our warehouse now.\n"
         "25 pcs will finish next week.\n\nBest regards\nZhou Lei\n" +
         sig("Zhou Lei", "Project Engineer", "Jinhua Turning Parts Co., Ltd.", "+86 579 555 0110"))))])

# ---- p45 supplier weekly status report (PDF)
case("p45_weekly_report_powder_staged", ["RG006"],
     "Supplier report: 40 released, 560 on hold, yet powder staged for 600 pcs 'to secure lead time' without any material authority.",
     [("weekly_status_CW22.pdf", pdf([
         ("h1", "Weekly Status Report CW22"),
         ("p", "Supplier: Helix Additive Manufacturing. Customer: Bergen Medtech AS. Prepared by: ops@helix-am.example"),
         ("table", [["PO", "Part", "Released", "On hold", "Printed", "Material on hand"],
                    ["BM-4419", "Splint SP-2 (PA12)", "40", "560 (awaiting customer release)", "40",
                     "PA12 powder 180 kg (covers ~600 pcs)"]]),
         ("p", "Note: powder staged for the full run (600 pcs) to secure lead time; supplier lead time for PA12 is "
               "currently 9 weeks."),
     ], title="CW22 status", author="Helix AM"))])

# ---- p46 supplier internal production meeting (DOCX)
case("p46_supplier_minutes_resin_order", ["RG006"],
     "Supplier minutes: customer released 10 samples only, but purchasing ordered 2 t of PP for the 50k run now.",
     [("prod_meeting_wk18.docx", docx_bytes([
         ("h1", "Production meeting wk 18 - internal"),
         ("p", "Plant Reynosa. Present: planning, purchasing, moulding, quality."),
         ("h", "Customer: Sunfield Appliances - lid SF-L4"),
         ("li", "Customer PO covers 10 samples; customer released the 10 samples only. Production (50k) not released yet."),
         ("li", "Purchasing ordered 2 tonnes of PP (enough for the 50k run) this week - 8 week lead time, we don't want to be late."),
         ("li", "Samples moulding Thursday on press 7."),
     ], author="planning"))])

# ---- p47 chat: supplier staged resin for 2,000 (TXT)
case("p47_chat_resin_staged_2000", ["RG006"],
     "Buyer's chat scopes 100 released with sample-only material; supplier then states resin staged for the full 2,000 pcs.",
     [("whatsapp_export.txt", """\
[10/06/24, 09:14:02] Rahul Verma (Kaveri Polymers): Sir, good morning. PO 3150 received.
[10/06/24, 09:20:45] Anja Berger (Tirol Medical): Good morning Rahul. Reminder: PO 3150 releases 100 pcs only. The other 1,900 pcs are not released until our sample sign-off and a written release from me. Material authority: only for the 100 pcs.
[10/06/24, 09:31:10] Rahul Verma (Kaveri Polymers): Noted madam. FYI we have already staged resin for the full 2,000 pcs, it is at our site.
[10/06/24, 09:33:52] Anja Berger (Tirol Medical): ok noted.
""")])

# ---- p48 supplier ack assuming sample approval rolls into production (EML)
case("p48_supplier_rolls_into_run", ["RG007"],
     "Supplier states it will roll straight into the 490 pcs run once samples are approved; no explicit auto-conversion was recorded.",
     [("OA_PO4500-5102.eml", eml_bytes(mail(
         "Tomasz Nowak <t.nowak@wisla-metal.example>", "Anna Berg <anna.berg@skarholm-hvac.example>",
         "Order confirmation PO 4500-5102", "Thu, 07 Mar 2024 07:58:00 +0100",
         "Dear Anna,\n\nThank you for PO 4500-5102 (10 pcs samples, bracket SH-77).\n"
         "As discussed, once you approve the samples we will roll straight into the 490 pcs production run,\n"
         "so no time is lost. Samples ship in week 12.\n\nBest regards,\nTomasz Nowak\nWisla Metal Sp. z o.o.\n",
         html=("<p>Dear Anna,</p><p>Thank you for PO 4500-5102 (10 pcs samples, bracket SH-77).<br>"
               "As discussed, once you approve the samples we will roll straight into the 490 pcs production run, "
               "so no time is lost. Samples ship in week 12.</p><p>Best regards,<br>Tomasz Nowak<br>Wisla Metal Sp. z o.o.</p>"))))])

# ---- p49 PO with contradictory "if samples OK, continue with series" (PDF)
case("p49_po_note_continue_if_ok", ["RG007"],
     "Scoped sample PO but a note says 'if samples are OK you may continue with series production directly' - implied conversion.",
     [("PO_EK-24-0419.pdf", pdf([
         ("h1", "Purchase Order EK-24-0419"),
         ("p", "Elektrokomponenty Volga OOO -> Praha Precision s.r.o. Part: terminal block housing TB-12."),
         ("table", [["Pos", "Scope", "Qty", "Price EUR"], ["1", "Sample lot", "12", "9.10"]]),
         ("p", "Sample lot 12 pcs released. Balance 588 pcs not released."),
         ("p", "Release of the balance: written release by Olga Petrova (Head of Procurement) after sample sign-off."),
         ("p", "NOTE: if samples are OK, you may continue with series production directly to save time."),
     ], title="PO EK-24-0419", author="O. Petrova"))])

# ---- p50 chat: buyer casually confirms 'once QA is happy' run the rest (TXT)
case("p50_chat_run_rest_after_qa", ["RG007"],
     "Buyer confirms in chat that supplier can run the rest once QA approves samples, contradicting the earlier written-release scope; no explicit auto-conversion.",
     [("chat_PO7790.txt", """\
=== Microsoft Teams - chat with Nina Holm (Aster Audio) - PO 7790 ===
2024-02-05 11:02 Nina Holm: PO 7790 sent. 30 samples only. The 970 balance is on hold until I send a written release.
2024-02-05 11:05 Diego Ruiz (ProtoLab Andalucia): ok, 30 samples.
2024-02-19 16:48 Diego Ruiz (ProtoLab Andalucia): samples with your QA today. so once you approve samples we just run the rest right?
2024-02-19 16:52 Nina Holm: yep, that's the plan once QA approves them
""")])

# ---- p51 supplier order page: production starts automatically after approval (HTML)
case("p51_portal_auto_start_after_approval", ["RG007"],
     "Supplier order-confirmation page says the 1,495 pcs lot starts automatically after the customer's sample approval; no explicit buyer auto-conversion.",
     [("order_confirmation_WO-88310.html", html_page("Order confirmation WO-88310", """
<h2>FormWorks Online &mdash; Order confirmation WO-88310</h2>
<p>Customer: Bluefin Robotics &middot; Customer PO: BR-5521</p>
<table><tr><th>Lot</th><th>Qty</th><th>Status</th></tr>
<tr><td>Sample lot (SLS, PA11)</td><td>5</td><td>in production</td></tr>
<tr><td>Production lot</td><td>1,495</td><td>will start automatically after your sample approval</td></tr></table>
<p>Questions? support@formworks.example</p>
"""))])

# ---- p52 supplier confirms forecast as an order (EML, Turkish supplier)
case("p52_supplier_confirms_forecast_order", ["RG008"],
     "Supplier 'confirms your order for 24,000 pcs' that is the buyer's forecast, and plans production on it.",
     [("order_confirmation_2025.eml", eml_bytes(mail(
         "Emre Yilmaz <emre.yilmaz@anadolu-kalip.example>", "Sophie Laurent <s.laurent@meridien-auto.example>",
         "Order confirmation 2025 - clip MA-331", "Wed, 11 Dec 2024 10:14:22 +0300",
         "Dear Sophie,\n\nWe confirm your order for 24,000 pcs clip MA-331 for 2025, as per your forecast dated 02.12.2024.\n"
         "We have started production planning for this quantity, first lot 2,000 pcs in January.\n\n"
         "Best regards,\nEmre Yilmaz\nSales Manager, Anadolu Kalip A.S.\n",
         html=("<p>Dear Sophie,</p><p>We confirm your order for <b>24,000 pcs</b> clip MA-331 for 2025, as per your "
               "forecast dated 02.12.2024.<br>We have started production planning for this quantity, first lot 2,000 pcs in January.</p>"
               "<p>Best regards,<br>Emre Yilmaz<br>Sales Manager, Anadolu Kalip A.S.</p>"))))])

# ---- p53 buyer forecast declared a firm order (PDF)
case("p53_forecast_treated_as_firm", ["RG008"],
     "Buyer's quarterly forecast says 'treat this forecast as our firm order'.",
     [("Q3_forecast.pdf", pdf([
         ("h1", "Quarterly forecast Q3 2024"),
         ("p", "Buyer: Kinetic Fitness Equipment Inc. Supplier: Great Lakes Tube Bending. Part: frame tube KF-T9."),
         ("table", [["Month", "Forecast qty"], ["July", "4,000"], ["August", "4,500"], ["September", "5,000"]]),
         ("p", "Please treat this forecast as our firm order and schedule production accordingly."),
         ("p", "Contact: Brian Walsh, Supply Planner"),
     ], title="Q3 forecast", author="Kinetic"))])

# ---- p54 supplier capacity plan lists forecast as committed order (DOCX)
case("p54_capacity_plan_committed", ["RG008"],
     "Supplier capacity plan books the customer's FY25 forecast as a 'committed customer order' of 50,000 pcs.",
     [("capacity_plan_FY25.docx", docx_bytes([
         ("h1", "Capacity plan FY25 - press hall B"),
         ("table", [["Customer", "Part", "Basis", "Qty FY25", "Press"],
                    ["Orion Lighting", "OL-REF-7 reflector", "Committed customer order (customer forecast FY25)", "50,000", "B4"],
                    ["Tessera Toys", "TT-112", "PO 77-201 (released)", "8,000", "B2"]]),
         ("p", "Orion: plan material and press time for the committed 50,000 pcs from January."),
     ], author="planning"))])

# ---- p55 call-off that calls the H2 forecast a firm commitment (TXT)
case("p55_calloff_forecast_committed", ["RG008"],
     "Call-off releases 1,000 pcs and holds the rest, but states the H2 forecast of 6,000 pcs is a firm commitment.",
     [("release_2_BX-40.txt", """\
RELEASE No. 2  -  blanket PO 9900-140  -  part BX-40 gasket
Released now (firm): 1,000 pcs, delivery 15.08.2024.
Not released: everything beyond release 2. The next release is issued by written call-off from
Jorge Silva (Materials Manager) after the monthly S&OP review.
Forecast H2 2024: 6,000 pcs -- this is a firm commitment from our side, you can count on it.
Material authority: 1,000 pcs.
""")])

# ---- p56 buyer email using "approved" for drawing, finance and production (EML)
case("p56_approved_three_meanings", ["RG009"],
     "'Approved' used for drawing (technical), PO by finance (commercial) and production release in one email; otherwise scoped.",
     [("status_PN-2201.eml", eml_bytes(mail(
         "Rachel Green <rachel.green@sequoia-lab.example>", "Ivan Petrov <ivan@vostok-machining.example>",
         "PN-2201 status", "Mon, 17 Jun 2024 09:00:00 -0700",
         "Hi Ivan,\n\nApproval status for PN-2201:\n"
         "- Drawing approved (rev C).\n- PO 4500-9912 approved by finance.\n- Samples approved.\n\n"
         "PO line 1: 10 pcs samples (released). Line 2: 490 pcs are not released until production approval\n"
         "from me (Rachel Green, Purchasing Manager) after the sample report is filed.\n\nRachel\n",
         attachments=[("PN-2201_status.txt", "PN-2201  drawing rev C  |  PO 4500-9912  |  L1 10 pcs sample released  |  L2 490 pcs not released\n", "text/plain")])))])

# ---- p57 supplier QA memo: "release" for drawing, material QC and production (DOCX)
case("p57_release_three_meanings", ["RG009"],
     "Supplier memo uses 'release' for drawing release, incoming material release and production release of 200 pcs.",
     [("QA_memo_job_4471.docx", docx_bytes([
         ("h1", "QA memo - job 4471 (customer Pellucid Optics)"),
         ("li", "Drawing released: rev B (customer ECN 0912)."),
         ("li", "Material released by incoming QC: Al 7075 lot H-2231."),
         ("li", "Production release: 200 pcs per customer release letter PR-22 (balance 800 pcs not released; "
                "next release by written release from Tom Hale after lot 1 acceptance)."),
         ("p", "Memo by: quality@lynx-precision.example"),
     ], author="quality"))])

# ---- p58 release letter mixing PPAP approval, commercial approval, production approval (PDF)
case("p58_ppap_approval_mixed", ["RG009"],
     "One letter uses 'approval' for the PPAP (technical), the PO revision (commercial) and production (release) of 500 pcs.",
     [("letter_approval_500.pdf", pdf([
         ("h1", "Approval letter - bracket 3Q0-199-555"),
         ("p", "Supplier: Silesia Stamping. Customer: Vantage Motors, plant Zwickau."),
         ("p", "Approval of the 500 pcs production lot is given by this letter. PPAP approval is still pending (submission "
               "level 3 due 2024-07-01). Commercial approval (PO revision 2) follows next week."),
         ("p", "The remaining 9,500 pcs of the annual quantity are not released; they require full PPAP and a written "
               "release from Katrin Vogel (Purchasing Director)."),
         ("p", "Material authority: 500 pcs."),
     ], title="Approval letter", author="K. Vogel"))])

# ---- p59 portal order status with three kinds of "release" (HTML)
case("p59_portal_three_releases", ["RG009"],
     "Status page uses 'release' for technical (drawing), commercial (PO) and production release.",
     [("status_OH-3310.html", html_page("Order status OH-3310", """
<h2>Order status &mdash; OH-3310 (valve cap VC-8)</h2>
<table>
<tr><th>Technical release</th><td>RELEASED (drawing rev 4)</td></tr>
<tr><th>Commercial release</th><td>RELEASED (PO 91-220)</td></tr>
<tr><th>Production release</th><td>50 pcs sample lot released; 950 pcs not released</td></tr>
</table>
<p>Next production release: written release by Omar Haddad after sample sign-off. Material: sample-only.</p>
"""))])

# ---- p60 folder: ERP PO + release letter PDF (250) + email (300) (TXT+PDF+EML)
case("p60_folder_release_250_vs_300", ["RG011"],
     "Release letter authorizes 250 pcs; buyer's follow-up email tells supplier to build 300 'as per release'.",
     [("PO_6100-2290.txt", """\
KORVEN ENERGY OY                  PURCHASE ORDER 6100-2290     2024-04-02
Supplier: 44120 Tampere Laser & Bend Oy
Ln  Item         Description                     Qty  Unit  Price EUR
10  KE-BR-400    Battery rack bracket, S355      1000 PCS       12.60
Note: commercial cover only. Production quantities are released by separate
written release letters from Aino Virtanen (Sourcing Manager). Quantities not
covered by a release letter are not released and stay on hold.
"""),
      ("RL-01_release_letter.pdf", pdf([
          ("h1", "Release letter RL-01 - PO 6100-2290"),
          ("p", "Released quantity: 250 pcs of KE-BR-400. The remaining 750 pcs are not released."),
          ("p", "Next release: written release letter from Aino Virtanen after acceptance of the first 250 pcs."),
          ("p", "Material authority: 250 pcs. Signed: Aino Virtanen, Sourcing Manager, 2024-04-09."),
      ], title="RL-01", author="A. Virtanen")),
      ("build_qty.eml", eml_bytes(mail(
          "Aino Virtanen <aino.virtanen@korven.example>", "Mikko Laine <mikko.laine@tlb.example>",
          "KE-BR-400 first lot", "Wed, 10 Apr 2024 14:10:00 +0300",
          "Hi Mikko,\n\nas per release RL-01, please build 300 pcs in the first lot. Rest stays on hold as written.\n\nAino\n")))])

# ---- p61 email body says 25 samples, attached DOCX release says 20 (EML+DOCX)
case("p61_body_25_vs_docx_20", ["RG011"],
     "Email says twenty-five (25) sample pcs are released; the attached release document says 20 pcs.",
     [("sample_release.eml", eml_bytes(mail(
         "Haruto Sato <h.sato@kibo-optics.example>", "Claire Dupont <c.dupont@lyon-usinage.example>",
         "Sample release - lens mount LM-4", "Tue, 09 Jul 2024 17:45:10 +0900",
         "Dear Claire,\n\nAttached is the release for twenty-five (25) sample pcs of lens mount LM-4.\n"
         "Everything beyond the samples stays on hold as described in the document.\n\nBest regards,\nHaruto Sato\n",
         attachments=[("SR-0709_LM-4.docx", docx_bytes([
             ("h1", "Sample release SR-0709"),
             ("p", "Part: lens mount LM-4 rev A. PO: KO-24-318."),
             ("p", "Released: 20 pcs sample."),
             ("p", "Production quantity 1,980 pcs: not released, on hold until sample sign-off and a written release by "
                   "Haruto Sato (Procurement Manager)."),
             ("p", "Material authority: sample-only."),
         ], author="H. Sato"), DOCX_MT)])))])

# ---- p62 HTML PO: line qty 40 vs note 50 (HTML)
case("p62_po_line_40_note_50", ["RG011"],
     "PO line orders 40 sample pcs but the PO note says the released sample lot is 50 pcs.",
     [("PO_DX-7702.html", html_page("PO DX-7702", """
<h2>Purchase Order DX-7702</h2>
<p>Delphin Dental Systems &rarr; Kappa Ceramics Ltd.</p>
<table><tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Price</th></tr>
<tr><td>1</td><td>ZR-CAP-3 zirconia cap</td><td>Sample</td><td>40</td><td>EUR 11.00</td></tr></table>
<p class="note">PO note: sample lot of 50 pcs released. Production quantity (4,950 pcs) not released; released only after
sample sign-off by a written release from Dr. Ulrike Brandt (Head of Sourcing). Material authority: sample-only.</p>
"""))])

# ---- p63 PDF release letter: table 1,200 vs text one thousand (PDF)
case("p63_release_words_vs_table", ["RG011"],
     "Release letter states 'one thousand (1,000) pieces' in text but 1,200 pcs in its summary table.",
     [("release_RL-77.pdf", pdf([
         ("h1", "Production release RL-77"),
         ("p", "Order: fan shroud FS-2, PO 5510-204 (5,000 pcs commercial cover). Supplier: Marmara Plastik."),
         ("p", "We hereby release one thousand (1,000) pieces for production. The remainder of the PO is not released "
               "until lot 1 is accepted and Selin Acar (Purchasing Manager) issues the next written release."),
         ("table", [["Summary", ""], ["Released quantity", "1,200 pcs"], ["Not released", "3,800 pcs"], ["Material authority", "1,200 pcs"]]),
         ("p", "Signed: Selin Acar"),
     ], title="RL-77", author="S. Acar"))])

# ---- p64 supplier starts full run on deposit (EML, Vietnamese supplier)
case("p64_deposit_started_full_run", ["RG012"],
     "Supplier treats receipt of the deposit as authority and starts the full 2,000 pcs run.",
     [("deposit_start.eml", eml_bytes(mail(
         "Nguyen Thi Lan <lan.nt@hanoi-rubber.example>", "Mike Ferris <mike@ferris-pool.example>",
         "Deposit received - start production", "Mon, 24 Jun 2024 08:20:00 +0700",
         "Dear Mike,\n\nDeposit received, thank you! We have started the full production run of 2,000 pcs seal FP-9 today.\n"
         "Estimated finish 15 July.\n\nBest regards,\nLan\nHanoi Rubber Co.\n")))])

# ---- p65 chat: buyer 'paid deposit so start' (TXT)
case("p65_chat_paid_please_start", ["RG012"],
     "Buyer writes that the deposit is paid so the supplier can start the 800 pcs - payment used as the production trigger.",
     [("wechat_export.txt", """\
WeChat export  |  Sunrise Kitchenware <> Foshan Meitai Hardware  |  2024-03-14
09:02 Zhang Wei (Meitai): Hi Karen, we received PO SK-311 for the 800 pcs. Waiting for deposit.
10:41 Karen Ho (Sunrise): paid the 50% deposit this morning, so you can start the 800 pcs now
10:43 Zhang Wei (Meitai): ok received, start today
""")])

# ---- p66 supplier acknowledgement: PO acceptance schedules production (PDF)
case("p66_po_acceptance_schedules_5000", ["RG012"],
     "Supplier's acknowledgement says production of the quoted 5,000 pcs is scheduled 'with the PO acceptance'.",
     [("order_acceptance_OA-3391.pdf", pdf([
         ("h1", "Order Acceptance OA-3391"),
         ("p", "Supplier: Oakridge Foam Products. Customer: Medline Seating Inc."),
         ("p", "PO 4500-2231 accepted on 04-Mar-2024."),
         ("p", "With the PO acceptance, production of the quoted 5,000 pcs seat cushion SC-40 is scheduled for week 14."),
         ("p", "Terms: net 45. Freight: prepaid & add."),
     ], title="OA-3391", author="Oakridge"))])

# ---- p67 supplier job ticket: invoice paid -> release production order 10k (DOCX)
case("p67_job_ticket_invoice_paid", ["RG012"],
     "Supplier job ticket releases the 10k production order because the customer paid the tooling/sample invoice.",
     [("job_ticket_JT-5581.docx", docx_bytes([
         ("h1", "Job ticket JT-5581"),
         ("table", [["Customer", "Arcadia Pet Products"], ["Part", "bowl AP-BW-2, PP"], ["Qty", "10k (10,000 pcs)"]]),
         ("p", "Customer paid invoice INV-2207 (tooling + samples) on 2024-05-03 -> OK to release production order for 10k."),
         ("p", "Planner: M. Santos. Press 12, start 2024-05-06."),
     ], author="M. Santos"))])

# ---- p68 "PO attached, go ahead" with sample PO + quote PDFs (EML + 2 PDF)
case("p68_po_and_quote_go_ahead", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "'PO attached, go ahead' over a 10 pcs sample PO and a quote showing 1,000 production; nothing holds the balance, no event, no authority.",
     [("PO_and_quote.eml", eml_bytes(mail(
         "Jon Erikson <jon.erikson@vikingmarine.example>", "sales@harbour-cnc.example",
         "PO VM-2024-88 + your quote", "Thu, 25 Apr 2024 16:05:00 +0200",
         "Hi,\n\nPO attached, go ahead.\n\nJon\n" + sig("Jon Erikson", "Buyer", "Viking Marine AS", "+47 55 555 0188"),
         attachments=[
             ("PO_VM-2024-88.pdf", pdf([
                 ("h1", "Purchase order VM-2024-88"),
                 ("table", [["Pos", "Part", "Description", "Qty", "Price NOK"], ["1", "VM-CL-5", "Cleat, 316L, sample", "10", "640"]]),
                 ("p", "Delivery: 3 weeks. Ref. quote HC-5107."),
             ], title="PO VM-2024-88", author="Viking Marine"), PDF_MT),
             ("Quote_HC-5107.pdf", pdf([
                 ("h1", "Quote HC-5107"),
                 ("table", [["Item", "Qty", "Unit NOK"], ["Cleat VM-CL-5 sample", "10", "640"], ["Cleat VM-CL-5 production", "1,000", "188"]]),
                 ("p", "Harbour CNC AS, valid 60 days."),
             ], title="HC-5107", author="Harbour CNC"), PDF_MT),
         ])))])


# ===================================================================== main
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    names = set()
    # Case folders get neutral names (shuffled order, slug from the first file) so that the
    # folder name carries no hint of the label; the descriptive name stays in this script only.
    order = list(range(len(CASES)))
    random.Random(20240503).shuffle(order)
    for pos, i in enumerate(order, start=1):
        c = CASES[i]
        assert c["name"] not in names, c["name"]
        names.add(c["name"])
        stem = Path(c["files"][0][0]).stem
        slug = re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_").lower()[:40]
        c["out"] = f"h3_{pos:02d}_{slug}"
    for c in sorted(CASES, key=lambda c: c["out"]):
        d = OUT / c["out"]
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[c["out"]] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    main()
