#!/usr/bin/env python3
"""Generator for the releasegate check_holdout79 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout79/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
The renderer helpers are copied from check_holdout3/build.py (lines 1-203); every case
below was written independently for this corpus.
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
SEED = 7979
PREFIX = "h79"


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
    m["Message-ID"] = msgid or f"<{PREFIX}-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_{PREFIX}")
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


def sig_short(name, title, company, phone):
    """A start-up style signature without a legal disclaimer."""
    return f"\n--\n{name} | {title}\n{company}\n{phone}\n"


def quote_lines(text):
    """Prefix every line with '> ' like a mail client quoting a reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())


def html_mail(paragraphs):
    """A minimal HTML alternative for a multipart/alternative mail body."""
    body = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return f"<html><body style=\"font-family:Calibri,Arial,sans-serif\">{body}</body></html>"


# ===================================================================== CASES
# Descriptive case names: c.. = clean (expect []), p.. = at least one risk.
# Case folders on disk get neutral, shuffled names.

# ------------------------------------------------------------------ batch 1
# c01: supplier quote with EM / FM / constellation tiers. A quote authorizes nothing.
case("c01_quote_tiers", [],
     "supplier quote with EM, FM and indicative constellation tiers; a quote alone authorizes nothing",
     [("Q-24-0417_Precyzja.pdf", pdf([
         ("h1", "OFERTA / QUOTATION  Q-24/0417"),
         ("p", "Precyzja CNC Sp. z o.o., ul. Hetmanska 120, 35-078 Rzeszow, Poland. NIP 813-000-41-17. "
               "AS9100D / ISO 9001:2015 certified."),
         ("p", "To: Revontuli Space Oy, Tekniikantie 14, 02150 Espoo, Finland. Attn: Jussi Koskinen "
               "(Systems Engineering). Date: 11.04.2024. Your RFQ: RS-RFQ-0088."),
         ("h", "Part"),
         ("p", "BRK-2210 Rev C, star tracker bracket, 7075-T7351 plate, Alodine 1200 + black anodise on "
               "optical face, drawing DRG 2210-001 Rev C, flatness 0,02 mm on datum A."),
         ("table", [
             ["Tier", "Qty", "Unit price (EUR)", "Lead time", "Remarks"],
             ["EM (engineering model)", "4", "1 180,00", "5 weeks ARO", "incl. FAIR per AS9102, CoC"],
             ["FM (flight model)", "24", "612,00", "8 weeks after release", "incl. CoC, traveller copy, material certs"],
             ["Constellation batch (indicative)", "120", "455,00", "to be agreed", "price indication only"],
         ]),
         ("sp",),
         ("p", "Non-recurring: fixture and CMM programme EUR 3 400,00, invoiced once with the first lot."),
         ("p", "Notes: prices are per piece, FCA Rzeszow (Incoterms 2020), valid 60 days. The quantities "
               "above are price tiers. Each lot is produced only against a purchase order and a written "
               "release for that lot. Material is bought per lot after the release of that lot."),
         ("p", "Payment: 30 days net. NRE: 50 % with order."),
         ("p", "Prepared by: Tomasz Kowalczyk, Sales Engineer, +48 17 850 22 10, t.kowalczyk@precyzja-cnc.pl"),
     ], title="Quotation Q-24/0417", author="Tomasz Kowalczyk"))])


# c02: supplier asks whether the FM panels are released. A question, not an approval.
_c02_txt = """Dear Sato-san,

Good news from Pune: the two (2) QM sandwich panels for PO HZ-24-0207 are out of the autoclave,
trimmed and through C-scan. No indications above the 6 mm acceptance limit. The NDT report and the
traveller scans will follow tomorrow together with the CoC.

One question before we plan the next autoclave slot. Do we have the go-ahead for the 22 FM panels
as well, or should we stop after the QM pair and wait for your team's sign-off? Our planner has
pencilled week 27 for a possible FM lay-up, but nothing is cut and we have not ordered the
M55J prepreg for the FM panels. We will not start anything beyond the QM pair until we receive
your written release.

Also, please confirm the shipping mode for the QM panels: we propose air freight BOM -> NRT with
the shock loggers as last time.

Warm regards,
Rohan
""" + sig("Rohan Kulkarni", "Programme Manager - Space Structures", "Sahyadri Composites Pvt. Ltd., Chakan MIDC, Pune",
          "+91 20 6712 4410")
case("c02_supplier_question", [],
     "supplier asks whether FM panels are released and states nothing beyond QM will start; a question is no approval",
     [("RE_QM-panels_HZ-24-0207.eml", mail(
         "Rohan Kulkarni <rohan.k@sahyadricomposites.in>", "Kenji Sato <k.sato@hoshizora-dyn.jp>",
         "QM panels HZ-24-0207 - NDT passed / question on FM", "Tue, 04 Jun 2024 16:42:10 +0530",
         _c02_txt, html=html_mail(_c02_txt.split("\n\n"))))])


# c03: buyer-hosted portal page with a clearly labelled, non-binding forecast.
_c03_body = """<h2>Lumen Astro S.&agrave; r.l. &mdash; Supplier Collaboration Portal</h2>
<p>Supplier: <b>Kovotech s.r.o.</b> (vendor 400117) &middot; Part: <b>LA-RAD-330 Rev D</b> radiator fin bracket
&middot; Published 03/06/2024 by Sophie Weber, Procurement</p>
<div class="note"><b>Rolling forecast &mdash; NON-BINDING.</b> This table is for capacity planning only. It is not a
purchase order, it is not a call-off and it does not authorise production or the purchase of material.
Quantities become binding only through a call-off signed by Sophie Weber (Procurement Lead).</div>
<table>
<tr><th>Period</th><th>Forecast qty (pcs)</th><th>Confidence</th><th>Driver</th></tr>
<tr><td>Q3 2024</td><td>40</td><td>medium</td><td>pathfinder pair, launch slot Transporter-12</td></tr>
<tr><td>Q4 2024</td><td>60</td><td>low</td><td>batch 1 of constellation, subject to funding round</td></tr>
<tr><td>Q1 2025</td><td>80</td><td>low</td><td>batch 2, subject to launch manifest</td></tr>
</table>
<p>Open call-offs against frame agreement FA-LA-2024-07: <b>none</b>.</p>
<p>Questions on this forecast: sophie.weber@lumen-astro.lu &middot; +352 20 33 41 90</p>
<p style="font-size:11px;color:#666">Lumen Astro S.&agrave; r.l., 9 rue du Laboratoire, L-1911 Luxembourg. RCS B 271 004.</p>"""
case("c03_forecast_portal", [],
     "buyer portal page with a forecast table explicitly labelled non-binding; no open call-off",
     [("portal_forecast_LA-RAD-330.html", html_page("Rolling forecast LA-RAD-330", _c03_body))])


# c04: full-quantity PO; "proceed" is scoped to all 40; no balance exists.
case("c04_full_qty_po", [],
     "PO for the full quantity of 40 flight harnesses, explicitly no balance; proceed is scoped to 40 pcs",
     [("PO-30-1187.pdf", pdf([
         ("h1", "PURCHASE ORDER 30-1187"),
         ("p", "Polaris Relay Inc., 2201 Westlake Ave N, Suite 400, Seattle, WA 98109, USA"),
         ("p", "Supplier: Cascade Harness Works LLC, 1820 SE Water Ave, Portland, OR 97214. Supplier no. 10077."),
         ("p", "PO date: 05/14/2024. Buyer: Dana Whitfield. Terms: Net 45. Ship via: FedEx Priority, "
               "collect acct 4471-2093-5."),
         ("table", [
             ["Line", "Part / Rev", "Description", "Qty", "Unit", "Unit price", "Ext."],
             ["1", "HRN-0408 Rev B", "Payload power harness, flight, per DWG HRN-0408 sht 1-3", "40", "EA", "$612.00", "$24,480.00"],
             ["2", "TR-0408", "Test report (continuity, IR 500 VDC, hipot) per ATP-0408 Rev 2", "1", "LOT", "$950.00", "$950.00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO covers and releases the full quantity of forty (40) harnesses. There is no "
               "balance and no later lot under this PO. Please proceed with all 40 pcs to workmanship "
               "standard IPC/WHMA-A-620 Class 3 with Space Addendum; crimp pull tests per J-STD-001 where applicable."),
         ("p", "Deliver in two shipments of 20 pcs: 06/28/2024 and 07/19/2024. CoC and traveller copy with each shipment."),
         ("p", "Quality: AS9100 flow-down clauses QC-1, QC-4, QC-9 apply. FOD prevention per NAS 412."),
         ("p", "Authorized by: Dana Whitfield, Supply Chain Manager."),
     ], pagesize=LETTER, title="PO 30-1187", author="Dana Whitfield"))])


# c05: sample PO in DOCX with a table and the four-part scope note.
case("c05_sample_po_docx", [],
     "sample PO for 4 EM brackets: FM 24 not released, material sample-only, EM sign-off + written release by named head of supply chain",
     [("RS-PO-2024-0093.docx", docx_bytes([
         ("h1", "Revontuli Space Oy - Purchase Order RS-PO-2024-0093"),
         ("p", "Date: 22.04.2024    Supplier: Precyzja CNC Sp. z o.o., Rzeszow (vendor 20041)"),
         ("p", "Reference: your quotation Q-24/0417 dated 11.04.2024"),
         ("table", [
             ["Pos", "Item", "Description", "Qty", "Scope", "Unit price EUR"],
             ["10", "BRK-2210 Rev C", "Star tracker bracket, EM", "4", "sample", "1 180,00"],
             ["20", "NRE-2210", "Fixture and CMM programme (non-recurring)", "1", "-", "3 400,00"],
         ]),
         ("h", "Scope of this order"),
         ("li", "Build now: four (4) EM brackets, position 10, nothing else."),
         ("li", "The FM quantity of 24 pcs shown in Q-24/0417 is not released by this PO. Do not start it."),
         ("li", "Material authority: sample-only. Buy 7075-T7351 plate for the 4 EM pieces only."),
         ("li", "What unlocks the FM lot: EM sign-off (fit check and sine/random vibration at our Espoo lab), "
                "then a written production release for a stated quantity, signed by Aino Virtanen, "
                "Head of Supply Chain. Nobody else at Revontuli can release the FM lot."),
         ("h", "Delivery and documents"),
         ("p", "Delivery: week 23, DAP Espoo. FAIR per AS9102 (forms 1-3), CoC, material certificates 3.1 per "
               "EN 10204, traveller copy. Parts bagged individually, ESD not required."),
         ("p", "Contact for technical questions: Jussi Koskinen, Systems Engineer, +358 40 771 2290."),
         ("p", "Revontuli Space Oy, Tekniikantie 14, 02150 Espoo. Y-tunnus 3211045-8."),
     ], author="Aino Virtanen"))])


# c06: an explicit, recorded auto-conversion naming quantity, signer and conditions.
_c06_agreement = docx_bytes([
    ("h1", "Release agreement KO-REL-014"),
    ("p", "Order: RW-MNT-07 Rev B reaction wheel mount. Buyer: Kestrel Orbital Ltd, Glasgow. "
          "Supplier: Kovotech s.r.o., Brno. PO KO-4388 rev 1."),
    ("h", "1. Quantities"),
    ("table", [
        ["Item", "Quantity", "Status on 14 May 2024"],
        ["EM mounts", "3", "released for production (PO KO-4388 rev 1)"],
        ["FM mounts, first tranche", "30", "not released; released by auto-conversion under clause 2"],
        ["FM mounts, remainder", "60", "not released; on hold under clause 3"],
    ]),
    ("h", "2. Recorded auto-conversion"),
    ("p", "Both parties record the following auto-conversion. If Fiona McLeod (Lead Systems Engineer, Kestrel "
          "Orbital) signs the first article inspection report of the 3 EM mounts with the disposition "
          "'approved', then thirty (30) FM mounts are released for production on the date of her signature, "
          "without a further document. An 'interim' or 'rejected' disposition releases nothing. Material "
          "authority follows the released quantity."),
    ("h", "3. Remainder"),
    ("p", "The remaining sixty (60) FM mounts stay on hold. They are released only by a separate written "
          "release signed by Callum Reid (Head of Operations), after the 30-unit tranche has passed "
          "acceptance test at Kestrel Orbital."),
    ("p", "Signed for Kestrel Orbital: Callum Reid. Signed for Kovotech: Petra Dvorakova, Operations Director."),
], author="Callum Reid")
_c06_txt = """Hi Petra,

Attached is the signed release agreement KO-REL-014 for the reaction wheel mounts, as agreed on
Tuesday's call. Short version:

- Build the 3 EM mounts now (PO KO-4388 rev 1).
- If Fiona signs the EM first article report as 'approved', 30 FM mounts are released on the date
  of her signature. That is written into clause 2, so you don't need to wait for another email.
- Anything interim or rejected releases nothing.
- The other 60 FM mounts stay on hold until I send a separate written release.

The EM mounts should go to our Hillington site, goods-in closes at 15:30.

Cheers,
Callum
""" + sig("Callum Reid", "Head of Operations", "Kestrel Orbital Ltd, 12 Finnieston St, Glasgow G3 8HB",
          "+44 141 496 0571")
case("c06_explicit_autoconversion", [],
     "recorded auto-conversion names quantity (30), signer (Fiona McLeod) and condition; remainder on hold until written release by Callum Reid",
     [("KO-4388_release_agreement.eml", mail(
         "Callum Reid <callum.reid@kestrelorbital.co.uk>", "Petra Dvorakova <dvorakova@kovotech.cz>",
         "RW-MNT-07 - release agreement KO-REL-014 (signed)", "Thu, 16 May 2024 10:05:00 +0100",
         _c06_txt, cc="Fiona McLeod <fiona.mcleod@kestrelorbital.co.uk>",
         attachments=[("KO-REL-014_signed.docx", _c06_agreement, DOCX_MT)]))])


# c07: supplier confirms the deposit does NOT release production, quoting the buyer's PO note.
_c07_proforma = """DELTA COMPOSITE WORKS, INC.            PROFORMA INVOICE   PF-2291
4890 Ward Rd, Wheat Ridge, CO 80033       Date: 05/20/2024
Bill to: Orbitline Systems Inc., Denver CO   Your PO: OS-2207

LN  ITEM            DESCRIPTION                               QTY   UNIT      AMOUNT
--  --------------  ----------------------------------------  ----  ----  ----------
 1  NRE-TT-118      Mandrels + cure tooling, truss tube        1    LOT    30,400.00
 2  NRE-TT-118-QM   Qualification lay-up + test coupons        1    LOT    17,600.00
                                                              SUBTOTAL    48,000.00
    Deposit requested (30 % of NRE)                                       14,400.00

Note: deposit covers non-recurring work only.
"""
_c07_quoted = """On Mon, May 13, 2024 at 8:12 AM Maya Chen <maya@orbitline.space> wrote:
PO OS-2207 covers 2 QM truss tubes (TT-118 Rev A) plus the NRE only.
The 16 FM tubes in your quote DCW-Q-881 are not released by this PO.
The FM lot is released only after QM sign-off (axial load + thermal cycling)
and a written release from Tyler Brooks, Purchasing Lead.
Material: buy for the 2 QM tubes only.
Maya"""
_c07_txt = """Maya,

Thanks - the wire for the NRE deposit ($14,400) hit our account this morning. Proforma PF-2291
attached for your records.

So we're all reading the same page: the deposit covers the mandrels, the cure tooling and the QM
lay-up. It does not release production. We'll build the 2 QM tubes on OS-2207 and hold everything
else until Tyler sends the written release after your QM sign-off, exactly like your PO note says.
No FM prepreg gets ordered before then.

Mandrel machining starts Thursday. I'll send photos of the first cure.

Ray

""" + quote_lines(_c07_quoted) + "\n" + sig("Ray Medina", "Owner / GM", "Delta Composite Works, Inc.", "+1 303 555 0148")
case("c07_deposit_not_release", [],
     "supplier states the deposit does not release production; quoted buyer PO note has full scope (2 QM, 16 FM held, QM sign-off + written release by Tyler Brooks)",
     [("RE_OS-2207_deposit.eml", mail(
         "Ray Medina <ray@deltacompositeworks.com>", "Maya Chen <maya@orbitline.space>",
         "RE: OS-2207 truss tubes - deposit received", "Mon, 20 May 2024 14:31:00 -0600",
         _c07_txt, cc="Tyler Brooks <tyler@orbitline.space>",
         attachments=[("PF-2291.txt", _c07_proforma, "text/plain")]))])


# c08: ERP call-off with explicit staged material authority above the released quantity.
_c08 = """VYOMIKA AEROSPACE PVT LTD                                   CALL-OFF / RELEASE
No. 41, 3rd Cross, Electronic City Phase II, Bengaluru 560100        PAGE 1 OF 1
GSTIN 29AAHCV4410K1ZQ

CALL-OFF NO ....: CO-2024-031            DATE ......: 07-JUN-2024
FRAME AGREEMENT : FA-19 (HRN-PWR-12)     FRAME QTY .: 400 SETS
SUPPLIER .......: BHARAT PRECISION HARNESS, AMBATTUR IND. ESTATE, CHENNAI 600058
VENDOR CODE ....: V-00318

ITEM        REV  DESCRIPTION                         UOM   THIS CALL-OFF   CUM RELEASED
----------  ---  ----------------------------------  ----  -------------  ------------
HRN-PWR-12  C    PRIMARY POWER HARNESS, 28V BUS      SET              50            50

FABRICATION AUTHORITY ...: 50 SETS (build, test and ship)
MATERIAL AUTHORITY ......: STAGED - 200 SETS. SUPPLIER MAY BUY WIRE (M22759/32),
                           CONNECTORS (D38999 SERIES III) AND BACKSHELLS FOR UP TO
                           200 SETS AT BUYER'S LIABILITY. DO NOT CUT, STRIP OR CRIMP
                           BEYOND THE 50 SETS RELEASED.
BALANCE ON HOLD .........: 350 SETS - NOT RELEASED.
NEXT RELEASE ............: NEXT CALL-OFF, SIGNED BY PRIYA NAIR (HEAD OF SUPPLY CHAIN)
DELIVERY ................: 25 SETS WK 28, 25 SETS WK 30, DAP BENGALURU
QUALITY .................: IPC/WHMA-A-620 CL.3, ECSS-Q-ST-70-26C CRIMP, COC + TEST DATA

ISSUED BY: S. MENON (BUYER)                  AUTHORISED: PRIYA NAIR
*** END OF DOCUMENT ***
"""
case("c08_calloff_staged_material", [],
     "call-off releases 50 of 400 with explicit staged material authority for 200; balance 350 on hold until next call-off by Priya Nair",
     [("CO-2024-031.txt", _c08)])


# p01: PO for 6 EM brackets with the supplier quote attached; flight lot of 60 visible; nothing on hold.
_p01_po = pdf([
    ("h1", "Orbitline Systems - Purchase Order OS-2231"),
    ("p", "Orbitline Systems Inc., 3100 Brighton Blvd, Denver, CO 80216. PO date 05/28/2024. Buyer: Tyler Brooks."),
    ("p", "Vendor: Mesa Ridge Machining, 7711 W Buckeye Rd, Phoenix, AZ 85043. Vendor #: MRM-02."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Unit $", "Total $"],
        ["1", "BRK-ST-04 Rev A", "Star tracker bracket, EM unit (sample), 6061-T6, per quote MR-5560", "6", "EA", "410.00", "2,460.00"],
        ["2", "FAI-ST-04", "First article inspection report AS9102", "1", "EA", "350.00", "350.00"],
    ]),
    ("sp",),
    ("p", "Ship to: Orbitline Systems, Receiving Dock 2. Need date: 06/21/2024. Terms Net 30."),
    ("p", "Certs required: CoC, material certs, FAI. Packaging: individually bagged, no loose foam."),
    ("p", "Standard terms and conditions OS-TC-03 apply."),
], pagesize=LETTER, title="PO OS-2231", author="Tyler Brooks")
_p01_quote = pdf([
    ("h1", "Mesa Ridge Machining - Quote MR-5560"),
    ("p", "For: Orbitline Systems, attn Tyler Brooks. Date: 05/20/2024. Valid 30 days."),
    ("table", [
        ["Item", "Lot", "Qty", "Unit price", "Lead time"],
        ["BRK-ST-04 Rev A", "EM lot", "6", "$410.00", "3 wks ARO"],
        ["BRK-ST-04 Rev A", "Flight lot", "60", "$228.00", "5 wks ARO"],
    ]),
    ("p", "Material 6061-T6 plate, AMS 4027. Finish: chem film MIL-DTL-5541 Type II Class 3. "
          "FAI included on first lot. Setup charges absorbed in the flight lot pricing."),
    ("p", "Bill Hartman, Owner - (602) 555-0132"),
], pagesize=LETTER, title="Quote MR-5560", author="Bill Hartman")
_p01_txt = """Hi Bill,

PO attached for the star tracker brackets, along with your quote for reference. Can you confirm
the ship date? We're targeting EM integration the first week of July, so 6/21 at our dock would be
ideal.

Thanks!
Tyler
""" + sig_short("Tyler Brooks", "Purchasing Lead", "Orbitline Systems", "+1 720 555 0190")
case("p01_po_with_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 EM with quote showing flight lot 60 attached; nothing says 60 is informational or on hold, no unlock event, no release person",
     [("PO_OS-2231.eml", mail(
         "Tyler Brooks <tyler@orbitline.space>", "Bill Hartman <bill@mesaridgemachining.com>",
         "PO OS-2231 - star tracker brackets", "Tue, 28 May 2024 09:14:00 -0600", _p01_txt,
         attachments=[("PO_OS-2231.pdf", _p01_po, PDF_MT), ("MR-5560.pdf", _p01_quote, PDF_MT)]))])


# p02: folder with a PO (DOCX) and the supplier's portal quote (HTML); release person named but no hold, no event.
_p02_po = docx_bytes([
    ("h1", "VYOMIKA AEROSPACE PVT LTD - PURCHASE ORDER VA-PO-0142"),
    ("p", "Date: 03-Jun-2024. Supplier: Formosa Circuit Assembly Co., Ltd., No. 8, Lane 21, Gongye E. Rd, "
          "Hsinchu Science Park, Taiwan. Supplier quote: FCA-Q-24-0733."),
    ("table", [
        ["Sl.", "Part no.", "Description", "Qty", "Rate (USD)", "Amount (USD)"],
        ["1", "OBC-300 Rev 2", "On-board computer PCBA, proto build, IPC-A-610 Class 3", "5", "1,940.00", "9,700.00"],
        ["2", "STENCIL-OBC300", "Stencil + programming fixture (one-time)", "1", "1,150.00", "1,150.00"],
    ]),
    ("p", "Components: turnkey per BOM OBC-300-BOM Rev 2.1, except the FPGA (customer-supplied, 5 pcs shipped "
          "separately via DHL AWB 4471920031)."),
    ("p", "Release authority for this order: Priya Nair, Head of Supply Chain, Vyomika Aerospace."),
    ("p", "Delivery: DAP Bengaluru, 5 weeks from FPGA receipt. Documents: CoC, X-ray of BGAs, AOI report."),
    ("p", "Payment: 100 % within 30 days of receipt. Kindly acknowledge this PO within 2 working days."),
], author="Priya Nair")
_p02_quote = html_page("FCA Quote FCA-Q-24-0733", """<h2>Formosa Circuit Assembly &mdash; Customer Quote FCA-Q-24-0733</h2>
<p>Customer: Vyomika Aerospace Pvt Ltd &middot; Assembly: OBC-300 Rev 2 (10-layer, 1.6 mm, ENIG) &middot; Date 2024/05/27</p>
<table>
<tr><th>Build</th><th>Qty</th><th>Unit price USD</th><th>Lead time</th></tr>
<tr><td>Proto</td><td>5</td><td>1,940.00</td><td>5 weeks</td></tr>
<tr><td>Pilot</td><td>50</td><td>1,210.00</td><td>7 weeks</td></tr>
<tr><td>Volume (constellation)</td><td>250</td><td>865.00</td><td>9 weeks</td></tr>
</table>
<p>Prices include turnkey components at today's distributor pricing (excl. customer-supplied FPGA). Conformal coat
per IPC-CC-830, X-ray of all BGAs. Quote valid 30 days.</p>
<p>Contact: Kevin Lin, Account Manager &middot; kevin.lin@formosa-ca.com.tw &middot; +886 3 578 2201</p>""")
case("p02_po_folder_with_portal_quote", ["RG001", "RG003", "RG004"],
     "proto PO for 5 PCBAs beside quote with pilot 50 / volume 250 not marked informational; release person named but no hold and no unlock event",
     [("VA-PO-0142.docx", _p02_po), ("FCA-Q-24-0733.html", _p02_quote)])


# p03: Slack Connect export; buyer pastes the quote (FM 36) next to the 3 QM ordered.
_p03 = """Slack Connect export - #kestrel-precyzja (shared channel)
Exported 2024-06-12 08:00 UTC by fiona.mcleod

[2024-06-10 09:02] Fiona McLeod (Kestrel Orbital): morning both! PO KO-4410 raised for the 3 QM hinge brackets 👍
[2024-06-10 09:02] Fiona McLeod (Kestrel Orbital): your quote for ref, copied out of the pdf:
    HB-112 Rev D hinge bracket, Ti-6Al-4V
    QM lot   3 pcs   EUR 780,00/pc   6 wks
    FM lot  36 pcs   EUR 395,00/pc   7 wks
    NRE (5-axis fixture)  EUR 2 150,00
[2024-06-10 09:05] Tomasz Kowalczyk (Precyzja CNC): thanks Fiona, got it. PO in our system this afternoon
[2024-06-10 09:06] Tomasz Kowalczyk (Precyzja CNC): Marta will book the DMU 65 slot
[2024-06-10 09:20] Marta Zielinska (Precyzja CNC): booked, first cut wk 26. Ti bar from Zapp, certs 3.1
[2024-06-10 09:21] Fiona McLeod (Kestrel Orbital): ace. CoC + FAIR please, and bag each one separately, the QM goes straight onto the vibe table
[2024-06-10 09:22] Marta Zielinska (Precyzja CNC): 👌
[2024-06-11 14:47] Callum Reid (Kestrel Orbital): fyi our goods-in moves to Hillington unit 4 from 1 July
"""
case("p03_slack_quote_paste", ["RG001", "RG003", "RG004", "RG005"],
     "buyer's chat orders 3 QM and pastes the quote with FM 36 beside it; no hold, no unlock event, no release person",
     [("slack_kestrel-precyzja.txt", _p03)])


# p04: ERP PO printout; the series quantity from the quote is printed in the line text.
_p04 = """REVONTULI SPACE OY                                          OSTOTILAUS / PURCHASE ORDER
Tekniikantie 14, FI-02150 ESPOO                             NO. 4500002291   REV 00
Y-tunnus 3211045-8                                          DATE 14.05.2024  PAGE 1/1

SUPPLIER: 20087  KOVOTECH S.R.O.           DELIVERY ADDR: REVONTULI SPACE OY, GOODS IN
          KRENOVA 62, 602 00 BRNO, CZ                     TEKNIIKANTIE 14, ESPOO
BUYER   : JUSSI KOSKINEN                   TERMS: 30 DAYS NET   INCOTERMS: DAP ESPOO

POS  MATERIAL        DESCRIPTION                          QTY  UN   PRICE EUR    VALUE EUR
---  --------------  ------------------------------  --------  --  -----------  -----------
010  SAH-0415-B      SOLAR ARRAY HINGE, SAMPLE LOT          8  PC       344,00     2 752,00
     TEXT: QUOTE KV-Q-2024-118 / SAMPLE 8 PCS / SERIES 160 PCS
           AL 7075-T7351 + SS 17-4PH PIN, DWG 0415 REV 12
020  CERT-31         MATERIAL CERT EN 10204 3.1             1  LS         0,00         0,00

                                                            TOTAL NET EUR        2 752,00
QUALITY: ISO 9001:2015 / AS9100D, FAIR AS9102, COC WITH EVERY DELIVERY
REQUESTED DELIVERY: WK 25/2024
THIS ORDER IS SUBJECT TO REVONTULI GENERAL PURCHASE TERMS GPT-2023.
"""
case("p04_erp_po_series_in_text", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO for 8 hinges prints the quoted series 160 in the line text; nothing held, no unlock event, no release person",
     [("PO_4500002291.txt", _p04)])


# p05: PO in the mail body; supplier quote forwarded as message/rfc822 with FM 22.
_p05_fwd = mail("Rohan Kulkarni <rohan.k@sahyadricomposites.in>", "Kenji Sato <k.sato@hoshizora-dyn.jp>",
                "Quotation SC/Q/24-061 - SAP-Q sandwich panels", "Fri, 10 May 2024 11:20:00 +0530",
                """Dear Sato-san,

Please find our quotation for the CFRP/Al-honeycomb panels per your drawing HZ-SAP-Q-100 Rev 3.

  QM panels  :  2 nos  @ INR 6,85,000 each   lead time 6 weeks
  FM panels  : 22 nos  @ INR 3,10,000 each   lead time 10 weeks
  Tooling (one time): INR 9,40,000

Prices ex-works Chakan, packing in ISO-container crates extra at actual.
Validity 45 days.

Regards,
Rohan Kulkarni
Sahyadri Composites Pvt. Ltd.
""")
_p05_txt = """Dear Rohan-san,

Thank you for your quotation. We issue purchase order as follows.

  PO No.      : HZ-24-0311
  Item        : SAP-Q sandwich panel, drawing HZ-SAP-Q-100 Rev 3
  Quantity    : 2 pcs (QM)
  Unit price  : INR 6,85,000
  Tooling     : INR 9,40,000 (one time)
  Delivery    : Narita, DAP, end of July 2024
  Documents   : CoC, C-scan report, traveller copy, material certificate

Your quotation mail is forwarded below for reference.

Please send order confirmation. Thank you for your cooperation.

Best regards,
Kenji Sato
Procurement, Hoshizora Dynamics K.K.
3-14-2 Kojima, Chofu-shi, Tokyo 182-0026
Tel +81 42 444 7710
"""
case("p05_body_po_forwarded_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 2 QM panels with the quote (FM 22) forwarded as rfc822, not marked informational; no hold, event or release person",
     [("HZ-24-0311_order.eml", mail(
         "Kenji Sato <k.sato@hoshizora-dyn.jp>", "Rohan Kulkarni <rohan.k@sahyadricomposites.in>",
         "Purchase order HZ-24-0311 / SAP-Q panels", "Wed, 15 May 2024 10:02:00 +0900", _p05_txt,
         attachments=[("rfc822", _p05_fwd)]))])


# p06: thread; CTO answers the FAIR with an unscoped "go ahead". Original scope is quoted below.
_p06_orig = """From: Sophie Weber <sophie.weber@lumen-astro.lu>
Sent: Monday, 6 May 2024 09:30
Subject: PO LA-0552 - EM brackets

Dear Jan,
PO LA-0552 covers ten (10) EM brackets LA-BRK-210 Rev B only.
The 190 FM brackets of your offer are not released. The FM release needs
EM sign-off and then a written release from Marc Thill (CTO).
Material: for the 10 EM brackets only, please.
Kind regards, Sophie"""
_p06_jan = """From: Jan Novak <novak@kovotech.cz>
Sent: Wednesday, 12 June 2024 15:12
Subject: RE: PO LA-0552 - EM brackets

Dear Mr Thill,
please find attached the FAIR (AS9102 forms 1-3) and the CMM protocol for the 10 EM brackets.
All characteristics in tolerance, flatness 0,018 on datum A. Can we continue?
Best regards, Jan Novak, Kovotech s.r.o.

""" + _p06_orig
_p06_txt = """Jan,

thanks for the pack, very clean work. All good on our side - go ahead.

Marc

Marc Thill | CTO | Lumen Astro S.a r.l. | +352 20 33 41 11

""" + quote_lines(_p06_jan)
case("p06_thread_unscoped_go_ahead", ["RG002"],
     "CTO replies 'all good - go ahead' to a FAIR without naming sample-only or a quantity; quoted buyer scope covers the other items",
     [("RE_PO_LA-0552.eml", mail(
         "Marc Thill <marc.thill@lumen-astro.lu>", "Jan Novak <novak@kovotech.cz>",
         "RE: RE: PO LA-0552 - EM brackets", "Thu, 13 Jun 2024 07:48:00 +0200", _p06_txt,
         cc="Sophie Weber <sophie.weber@lumen-astro.lu>", in_reply_to="<h79-ref-0552@kovotech.cz>"))])


# p07: WhatsApp-style group export; founder answers "good to run" to an unscoped question.
_p07 = """WhatsApp Chat with VA x BPH harness
Messages and calls are end-to-end encrypted.

03/06/24, 10:14 - Priya Nair (Vyomika): Hi Karthik, PO VA-PO-0118 sent on mail. Scope: 4 EM harness sets only. The 36 FM sets are NOT released till EM sign-off + my written release. Material only for the 4 sets pls
03/06/24, 10:20 - Karthik S (BPH): Noted madam, 4 EM sets only. Will share plan
03/06/24, 18:02 - Karthik S (BPH): <Media omitted>
03/06/24, 18:02 - Karthik S (BPH): Plan attached, EM sets dispatch 21st
19/06/24, 16:40 - Karthik S (BPH): EM sets continuity + IR + hipot done, all pass. Photos shared on drive
19/06/24, 16:41 - Karthik S (BPH): Shall we run?
19/06/24, 17:05 - Arjun Rao (Vyomika): Looks solid, good to run 👍
19/06/24, 17:06 - Karthik S (BPH): Thank you sir 🙏
19/06/24, 17:30 - Priya Nair (Vyomika): pls send test data pdf on mail also
"""
case("p07_whatsapp_good_to_run", ["RG002"],
     "founder answers 'good to run' to 'shall we run?' with no quantity or sample scope; the earlier buyer scope message is complete",
     [("WhatsApp_VA_BPH.txt", _p07)])


# ------------------------------------------------------------------ batch 2
# c09: scoped fit-check disposition with FM explicitly not released (quoted reply thread).
_c09_daniel = """Hi Callum,

The two QM panels (PO KO-4402) arrived at RAL Space yesterday according to DHL. Could you let us
know the result of the fit check? We would like to plan the string welding line for Q3.

Best regards,
Daniel Hsu
Sunward Photonics Ltd., Taoyuan"""
_c09_txt = """Hi Daniel,

Fit-check result for the 2 QM solar array panels SAP-K-2 (PO KO-4402):

- Disposition: approved for fit check only. Hinge interface and hold-down points all within the
  0.3 mm envelope. Two minor cosmetic coverglass chips logged as OBS-011, no action needed.
- This is not a production release. The 22 FM panels are not released and must not be started.
- The FM panels are released only by a separate written release from me, after the QM panels have
  passed thermal vacuum at RAL Space (booked for week 29).
- Material: please keep to the QM material only. If the cell lead time becomes a problem we will
  talk about a staged material authority, in writing, before anything is bought.

So for Q3 planning: treat the FM string welding as a possibility, not a booking.

Thanks for the quick turnaround on the QM pair.

Callum

""" + quote_lines(_c09_daniel) + "\n" + sig("Callum Reid", "Head of Operations", "Kestrel Orbital Ltd", "+44 141 496 0571")
case("c09_fitcheck_only", [],
     "QM panels approved for fit check only; 22 FM panels explicitly not released until TVAC and written release by the sender (Callum Reid)",
     [("RE_KO-4402_fit-check.eml", mail(
         "Callum Reid <callum.reid@kestrelorbital.co.uk>", "Daniel Hsu <daniel.hsu@sunward-pv.com.tw>",
         "RE: QM panels KO-4402 - fit check result?", "Fri, 21 Jun 2024 17:20:00 +0100", _c09_txt,
         in_reply_to="<h79-ref-4402@sunward-pv.com.tw>"))])


# c10: supplier acknowledgement that restates the hold, the unlock event and the named person.
case("c10_supplier_ack_restates_hold", [],
     "supplier order acknowledgement restating 10 EM released, 190 on hold until EM sign-off and written release by Sophie Weber, material for 10 only",
     [("OA-24-1187_Kovotech.pdf", pdf([
         ("h1", "POTVRZENI OBJEDNAVKY / ORDER ACKNOWLEDGEMENT OA-24-1187"),
         ("p", "Kovotech s.r.o., Krenova 62, 602 00 Brno, Czech Republic. ICO 26911404. ISO 9001:2015, EN 9100:2018."),
         ("p", "Customer: Lumen Astro S.a r.l., 9 rue du Laboratoire, L-1911 Luxembourg. Your PO: LA-0561 of 02.05.2024."),
         ("table", [
             ["Pos.", "Part", "Description", "Qty acknowledged", "Unit price EUR", "Delivery"],
             ["1", "LA-STR-118 Rev A", "Strut end fitting, Ti-6Al-4V, EM", "10", "265,00", "KW 26"],
         ]),
         ("sp",),
         ("p", "We acknowledge the scope of PO LA-0561 as written: ten (10) EM end fittings are released for "
               "production. The balance of 190 pcs from our offer NA-24-0310 is on hold and not released. We "
               "will not plan, cut or machine the balance until we receive your written release, signed by "
               "Ms Sophie Weber (Procurement Lead), following the EM sign-off at your site."),
         ("p", "Material: titanium bar will be purchased for the 10 released pieces only."),
         ("p", "Documents with delivery: FAIR (AS9102), CoC, inspection report, material certificate 3.1."),
         ("p", "Brno, 06.05.2024 - Petra Dvorakova, Operations Director"),
     ], title="OA-24-1187", author="Petra Dvorakova"))])


# c11: Slack export with full scope, a supplier asking to pre-buy bar, and a buyer saying no.
_c11 = """#polaris-mesaridge  |  shared channel  |  export 2024-06-05

Dana Whitfield (Polaris Relay)  Jun 3, 8:41 AM
  morning Bill. PO 30-1202 is in your inbox: 4 EM antenna deployment hinges (DH-33 Rev C), that's it for now
  the 44 flight hinges on your quote stay on hold, NOT released
  flight release = after our EM deploy test sign-off (thermal + 50 cycles) AND a written release from me. nobody else on our side can unlock it
Bill Hartman (Mesa Ridge)  Jun 3, 8:55 AM
  copy. 4 EM only
  can I at least buy the 17-4 bar for the flight hinges? lead time on H1025 bar is 9 wks right now
Dana Whitfield (Polaris Relay)  Jun 3, 9:02 AM
  not yet. material for the 4 EM only please
  if the bar lead time starts hurting the launch slot I'll send you a staged material authority in writing, with a number on it
Bill Hartman (Mesa Ridge)  Jun 3, 9:03 AM
  fair enough 👍
Bill Hartman (Mesa Ridge)  Jun 4, 2:17 PM
  EM hinges are on the Haas now, FAI on #1 tomorrow
  also it's 112F here so if the parts arrive warm that's why 🌵
Dana Whitfield (Polaris Relay)  Jun 4, 2:20 PM
  lol. Seattle is 58 and raining, we'll cool them down for you
"""
case("c11_slack_full_scope", [],
     "buyer chat: 4 EM only, 44 flight on hold until EM deploy sign-off and written release by Dana; supplier request to pre-buy bar refused",
     [("slack_polaris-mesaridge.txt", _c11)])


# c12: full-quantity PO on a procurement-system HTML page, full of identifiers that look like quantities.
_c12 = """<h2>SKYLOOM LTD &mdash; Purchase Order SKL-PO-00250</h2>
<p>Skyloom Ltd, Building R104, Harwell Campus, Didcot OX11 0QX, United Kingdom &middot; VAT GB 402 1187 55</p>
<p>Supplier: Precyzja CNC Sp. z o.o., Rzeszow (supplier ID 500) &middot; Date: 17/05/2024 &middot; Buyer: Oliver Grant</p>
<table>
<tr><th>Line</th><th>Part number</th><th>Description</th><th>Drawing</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>1</td><td>4100-250-01</td><td>Propulsion tank mounting ring, Al 2219-T87</td><td>DRG 3500 Rev 12</td><td>8</td><td>&pound;1,420.00</td></tr>
<tr><td>2</td><td>HC-M6x1.0-1.5D</td><td>Helicoil inserts M6x1.0, fitted (48 per ring, included in line 1)</td><td>NAS1130</td><td>&mdash;</td><td>incl.</td></tr>
</table>
<p class="note">This order is for the full requirement of eight (8) rings. There is no later lot and no balance under this
order. Build, inspect and deliver all 8 rings.</p>
<p>Quality: ISO 9001:2015 and AS9100D; workmanship per ECSS-Q-ST-70-71C where referenced on the drawing; FAIR per AS9102 on
ring serial 001; CoC with each delivery. Cleanliness level 500A per IEST-STD-CC1246E before bagging.</p>
<p>Delivery: 4 rings by 12/07/2024, 4 rings by 26/07/2024, DAP Harwell, goods in bay 500. Needed for launch slot 2025-Q1.</p>
<p>Invoices to ap@skyloom.space quoting SKL-PO-00250. Terms 30 days EOM.</p>"""
case("c12_identifier_heavy_full_po", [],
     "full-quantity PO for 8 rings, no balance; identifiers (4100-250-01, DRG 3500 Rev 12, M6x1.0, 500A, bay 500) are not quantities",
     [("SKL-PO-00250.html", html_page("Purchase Order SKL-PO-00250", _c12))])


# c13: folder: PO printout (TXT) plus the supplier quote (PDF); PO declares the 480 informational.
_c13_po = """HOSHIZORA DYNAMICS K.K.          PURCHASE ORDER
3-14-2 Kojima, Chofu-shi, Tokyo 182-0026, Japan

PO NO.      : HZ-24-0329                 DATE: 2024/05/24
SUPPLIER    : FORMOSA CIRCUIT ASSEMBLY CO., LTD. (HSINCHU)
QUOTE REF.  : FCA-Q-24-0810

ITEM  PART NO.        DESCRIPTION                            QTY  UNIT  UNIT PRICE USD
----  --------------  -------------------------------------  ---  ----  --------------
 1    PCDU-220 Rev A  Power conditioning PCBA, sample build   12  PCS         1,480.00

SCOPE OF THIS ORDER
 - Active quantity: twelve (12) sample PCBAs. Build only these.
 - The production quantity of 480 pcs in quote FCA-Q-24-0810 is informational only.
   It is NOT released by this PO.
 - Material authority: sample-only (components for 12 boards).
 - Unlock event: sample sign-off by Yui Tanaka (Electrical Lead) after our
   environmental test, then a production release letter signed by Kenji Sato
   (Procurement Manager). Only Mr. Sato can release production quantity.

DELIVERY: 2024/07/05, DAP Tokyo. CoC, AOI + X-ray report, traveller copy.
"""
_c13_quote = pdf([
    ("h1", "Formosa Circuit Assembly - Quotation FCA-Q-24-0810"),
    ("p", "Customer: Hoshizora Dynamics K.K. Assembly: PCDU-220 Rev A, 8-layer, polyimide, IPC-A-610 Class 3. "
          "Date 2024/05/16."),
    ("table", [
        ["Build", "Qty", "Unit price USD", "Lead time"],
        ["Sample", "12", "1,480.00", "5 weeks"],
        ["Production", "480", "690.00", "10 weeks"],
    ]),
    ("p", "Turnkey, incl. components. Production price assumes one build lot. Valid 30 days. Kevin Lin, Account Manager."),
], title="FCA-Q-24-0810", author="Kevin Lin")
case("c13_folder_po_declares_quote_informational", [],
     "folder with sample PO (12) and quote (480); PO states the 480 is informational, not released, sample-only material, sign-off + release letter by Kenji Sato",
     [("HZ-24-0329.txt", _c13_po), ("FCA-Q-24-0810.pdf", _c13_quote)])


# c14: an old quote with 2,000 CICs forwarded as rfc822 and declared informational.
_c14_old = mail("Daniel Hsu <daniel.hsu@sunward-pv.com.tw>", "Priya Nair <priya.nair@vyomika.aero>",
                "Budgetary quote SW-BQ-2023-114 CIC assemblies", "Thu, 09 Nov 2023 15:02:00 +0800",
                """Dear Priya,

As requested, budgetary pricing for triple-junction CIC assemblies (cell + interconnect + coverglass),
30% efficiency class, 100 um CMG coverglass:

  2,000 CICs : USD 212 / pc
  5,000 CICs : USD 188 / pc

Lead time 16 weeks. Budgetary only, not an offer.

Best regards,
Daniel Hsu
Sunward Photonics Ltd.
""")
_c14_txt = """Dear Daniel,

Thank you for the call. Two things:

1) Current order. PO VA-PO-0151 (attached to my mail of 28 May) is for sixty (60) CICs for the EM
   solar wing, nothing more. The FM wing quantity (1,200 CICs) is not released. It will be released
   only after our EM wing sign-off (flash test + thermal cycling at ISRO's facility) and a written
   release signed by me. Material: for the 60 CICs only.

2) Price history. I am forwarding your budgetary quote from November below only so that our finance
   team and you are looking at the same price history. The 2k / 5k figures in it are
   informational. They are not released and not part of any order.

Regards,
Priya Nair
Head of Supply Chain, Vyomika Aerospace Pvt Ltd
+91 80 4719 2200
"""
case("c14_forwarded_old_quote_informational", [],
     "old budgetary quote (2,000 CICs) forwarded as rfc822 and declared informational; current order 60 CICs, FM 1,200 held until EM sign-off + written release by Priya Nair",
     [("FW_SW-BQ-2023-114.eml", mail(
         "Priya Nair <priya.nair@vyomika.aero>", "Daniel Hsu <daniel.hsu@sunward-pv.com.tw>",
         "FW: Budgetary quote SW-BQ-2023-114 CIC assemblies", "Mon, 03 Jun 2024 12:10:00 +0530", _c14_txt,
         attachments=[("rfc822", _c14_old)]))])


# c15: the supplier assumes auto-conversion in quoted text; the buyer corrects it.
_c15_tomasz = """Dzien dobry Aino,

the 4 EM brackets will leave Rzeszow on Friday. Once Jussi signs off the EM brackets we will roll
straight into the 24 FM pieces, so we keep the fixture on the machine and save you the set-up.

Pozdrawiam,
Tomasz Kowalczyk, Precyzja CNC"""
_c15_txt = """Hi Tomasz,

Thanks for the shipping news. Please don't roll into the FM pieces.

The active quantity remains the 4 EM brackets you are shipping on Friday, nothing more.
EM sign-off does not release the FM lot. The 24 FM brackets stay on hold until I send you a written
production release with the quantity in it. That will come after Jussi's sign-off, but it is a
separate document from me, not the sign-off itself. Material stays at the 4 EM pieces.

If keeping the fixture on the machine saves real money, send me the number and I will see whether
we can bring the release forward. I would rather pay a set-up than find 24 brackets on a shelf.

Best regards,
Aino

""" + quote_lines(_c15_tomasz) + "\n" + sig("Aino Virtanen", "Head of Supply Chain", "Revontuli Space Oy, Espoo", "+358 50 412 8831")
case("c15_quoted_assumption_corrected", [],
     "supplier's quoted assumption of auto-conversion is corrected by the buyer: FM 24 on hold until written release by the sender; quoted supplier text does not count",
     [("RE_EM-brackets_shipping.eml", mail(
         "Aino Virtanen <aino.virtanen@revontuli.space>", "Tomasz Kowalczyk <t.kowalczyk@precyzja-cnc.pl>",
         "RE: EM brackets BRK-2210 - shipping Friday", "Wed, 05 Jun 2024 08:55:00 +0300", _c15_txt,
         cc="Jussi Koskinen <jussi.koskinen@revontuli.space>", in_reply_to="<h79-ref-2210@precyzja-cnc.pl>"))])


# c16: supplier portal order status; balance shown as on hold.
_c16 = """<h2>FCA Customer Portal &mdash; Order status</h2>
<p>Customer: Hoshizora Dynamics K.K. &middot; Customer PO: HZ-24-0288 &middot; FCA job: J24-5172 &middot; Last update 2024/06/18 14:05 (GMT+8)</p>
<table>
<tr><th>Assembly</th><th>Quoted total</th><th>Released for build</th><th>On hold (not released)</th><th>Built</th><th>Shipped</th></tr>
<tr><td>STR-CAM-40 Rev B star camera PCBA</td><td>500</td><td>25</td><td>475</td><td>25</td><td>0</td></tr>
</table>
<div class="note">Hold status: the 475 pcs are not released. Build resumes only on a written release from the customer,
signed by Mr. Kenji Sato, after the customer's pilot sign-off. Material purchased: components for 25 pcs. No long-lead
parts ordered for the held quantity.</div>
<p>Next milestone: pilot lot (25 pcs) final test and shipment, ETD 2024/06/26, TPE &rarr; NRT.</p>
<p>Account manager: Kevin Lin &middot; kevin.lin@formosa-ca.com.tw</p>"""
case("c16_supplier_portal_status", [],
     "supplier portal status shows 25 released, 475 on hold pending written release by Kenji Sato after pilot sign-off; material for 25 only",
     [("FCA_portal_J24-5172.html", html_page("Order status J24-5172", _c16))])


# p08: QM review minutes (DOCX): "approved" means technical and commercial; action "proceed" is unscoped.
case("p08_minutes_proceed", ["RG002", "RG009"],
     "minutes use 'approved' for QM technical acceptance and CFO budget approval, and end with an unscoped 'Kovotech to proceed'",
     [("MoM_QM-review_2024-06-19.docx", docx_bytes([
         ("h1", "Minutes of meeting - QM review, solar array hinge SAH-0415"),
         ("p", "Date: 19.06.2024, 13:00-14:10 EET, Teams. Revontuli Space: Jussi Koskinen (systems), Aino Virtanen "
               "(supply chain), Laura Heikkinen (finance). Kovotech: Jan Novak, Petra Dvorakova."),
         ("h", "1. Scope reminder"),
         ("p", "PO 4500002340 covers two (2) QM hinges. The 40 FM hinges are not released; they are released only "
               "after QM sign-off and a written release from Aino Virtanen."),
         ("h", "2. Review"),
         ("table", [
             ["Topic", "Result", "Owner"],
             ["QM hinge deployment test (25 cycles, -40/+85 C)", "approved", "J. Koskinen"],
             ["FM budget 2024", "approved by CFO", "L. Heikkinen"],
             ["Pin-puller interface drawing DWG 0415 Rev 13", "to be updated (chamfer)", "Kovotech"],
         ]),
         ("h", "3. Actions"),
         ("num", "Kovotech to proceed (J. Novak), target week 30."),
         ("num", "Kovotech to send updated DWG 0415 Rev 13 by 26.06."),
         ("num", "Revontuli to send the TVAC schedule (J. Koskinen)."),
         ("p", "Next meeting: 03.07.2024. Minutes: Aino Virtanen."),
     ], author="Aino Virtanen"))])


# p10: email starts the "EM build" without ever saying how many; hold, event and person are present.
_p10_txt = """Ray,

Please start the EM build of the truss tubes (TT-118 Rev A) under PO OS-2240. Tooling from the QM
campaign can be reused as you suggested.

Nothing beyond the EM set is released. The FM tubes stay on hold until we sign off the EM axial load
test here in Denver and Tyler Brooks sends you a written release.

Can you ship the EM set by July 19? We have the integration stand booked the week after.

Thanks,
Maya
""" + sig_short("Maya Chen", "Co-founder & CEO", "Orbitline Systems", "+1 720 555 0177")
case("p10_em_build_no_quantity", ["RG010"],
     "buyer starts 'the EM build/EM set' without stating how many units; hold, unlock event and named release person are present",
     [("PO_OS-2240_EM-build.eml", mail(
         "Maya Chen <maya@orbitline.space>", "Ray Medina <ray@deltacompositeworks.com>",
         "OS-2240 EM truss tubes - please start", "Mon, 17 Jun 2024 07:30:00 -0600", _p10_txt,
         html=html_mail(_p10_txt.split("\n\n")), cc="Tyler Brooks <tyler@orbitline.space>"))])


# p11: Teams chat: "green light for the pathfinder batch" with no quantity; supplier's count question unanswered.
_p11 = """Microsoft Teams - chat export
Conversation: Skyloom / Kovotech - tank brackets TB-07
Participants: Oliver Grant (Skyloom), Hannah Price (Skyloom), Jan Novak (Kovotech)

[14/06/2024 10:03] Oliver Grant: Jan - CDR went well yesterday. Green light for the pathfinder batch 🚀
[14/06/2024 10:04] Oliver Grant: rest of the constellation brackets stay parked until the CDR close-out is signed off. I sign that release, nobody else
[14/06/2024 10:11] Jan Novak: Thank you Oliver, great news. How many pieces is the pathfinder batch - 6 or 8? Drawing TB-07 Rev F still?
[14/06/2024 10:15] Hannah Price: Rev F yes. I'll send the STEP again, the one on the portal is Rev E
[14/06/2024 10:16] Jan Novak: ok
[14/06/2024 10:40] Hannah Price: STEP + PDF uploaded. Surface finish on the tank interface is Ra 0.8, please keep the witness marks
[14/06/2024 10:42] Jan Novak: understood, we will use the same fixture as the EM
[14/06/2024 16:55] Oliver Grant: off to Harwell for the review, back Monday
"""
case("p11_teams_green_light_batch", ["RG002", "RG010"],
     "'green light for the pathfinder batch' names no quantity and the supplier's 6-or-8 question stays unanswered; hold, event and releaser present",
     [("teams_skyloom_kovotech.txt", _p11)])


# p12: PO priced as a lump sum; EM lot quantity never stated.
case("p12_lump_sum_po", ["RG010"],
     "PO for 'EM lot' as lump sum with no piece quantity; FM not released until EM sign-off and written release by Marc Thill",
     [("LA-0570.pdf", pdf([
         ("h1", "Lumen Astro S.a r.l. - Bon de commande / Purchase Order LA-0570"),
         ("p", "9 rue du Laboratoire, L-1911 Luxembourg. Date: 21/05/2024. Supplier: Precyzja CNC Sp. z o.o., Rzeszow."),
         ("table", [
             ["Pos", "Description", "Qty", "UoM", "Amount EUR"],
             ["1", "EM lot, optical bench brackets OB-77 Rev B, per SOW LA-SOW-09 section 3", "-", "LS", "6 400,00"],
             ["2", "FAIR AS9102 and CMM report", "-", "LS", "included"],
         ]),
         ("sp",),
         ("p", "This PO covers the EM lot only. The FM lot is not released by this PO and must not be started."),
         ("p", "Unlock: the FM lot is released after EM sign-off (interferometer alignment test at our lab) by a "
               "written release signed by Marc Thill, CTO."),
         ("p", "Material: for the EM lot only. Delivery: DAP Luxembourg, week 27. Payment 30 days end of month."),
         ("p", "Issued by: Sophie Weber, Procurement Lead. TVA LU 31118790."),
     ], title="PO LA-0570", author="Sophie Weber"))])


# p13: release letter that releases "the first tranche" without a number.
case("p13_release_letter_first_tranche", ["RG010"],
     "release letter releases 'the first tranche' of FM harnesses without stating a quantity; remainder on hold until next call-off signed by Callum Reid",
     [("KO-RL-022.docx", docx_bytes([
         ("h1", "Kestrel Orbital Ltd - Production release KO-RL-022"),
         ("p", "To: Cascade Harness Works LLC, Portland OR. Attn: Jenna Ortiz, Operations."),
         ("p", "Date: 24 June 2024. Order: HRN-K-220 Rev C, FM wiring harness, PO KO-4419."),
         ("p", "Following the QM harness sign-off on 3 June 2024 (continuity, insulation resistance and hipot at "
               "RAL Space), Kestrel Orbital releases the first tranche of FM harnesses HRN-K-220 Rev C for "
               "production."),
         ("p", "The remainder of the FM requirement stays on hold. It is released only by the next call-off, "
               "signed by Callum Reid, Head of Operations."),
         ("p", "Workmanship: IPC/WHMA-A-620 Class 3 with Space Addendum; ECSS-Q-ST-70-26C for crimping. Provide CoC, "
               "test data and the traveller with each shipment. Ship DAP Glasgow, Incoterms 2020."),
         ("p", "Callum Reid, Head of Operations, Kestrel Orbital Ltd, 12 Finnieston St, Glasgow G3 8HB."),
     ], author="Callum Reid"))])


# p14: two-line founder email asking for "the sample harnesses".
_p14_txt = """Karthik - kick off the sample harnesses pls, we need them for EM integration mid-July.
Drawings are in the dropbox folder (HRN-SK-05 Rev A). Shout if anything is unclear.

Cheers, Oli
Sent from my phone
"""
case("p14_terse_kickoff", ["RG003", "RG004", "RG005", "RG010"],
     "founder's two-line message authorizes 'the sample harnesses' with no quantity, no hold on the rest, no unlock event, no release person",
     [("kick-off_sample_harnesses.eml", mail(
         "Oliver Grant <oli@skyloom.space>", "Karthik Subramanian <karthik@bharatprecisionharness.in>",
         "sample harnesses", "Sat, 01 Jun 2024 22:47:00 +0100", _p14_txt))])


# p15: founder tells the supplier an opened letter of credit is a "green light to start cutting".
_p15_po = pdf([
    ("h1", "VYOMIKA AEROSPACE PVT LTD - PURCHASE ORDER VA-PO-0160"),
    ("p", "Date: 20-May-2024. Supplier: Precyzja CNC Sp. z o.o., Rzeszow, Poland."),
    ("table", [
        ["Sl.", "Part no.", "Description", "Qty", "Scope", "Unit EUR"],
        ["1", "VA-STR-301 Rev B", "Primary structure corner bracket, EM", "6", "sample", "1 050,00"],
    ]),
    ("sp",),
    ("p", "Scope: six (6) EM brackets only. The FM quantity of 54 nos. in your offer OF-24-0391 is not released. "
          "FM release only after EM sign-off (static load test at our Bengaluru lab) and a written release "
          "signed by Priya Nair, Head of Supply Chain. Material for the 6 EM brackets only."),
    ("p", "Payment: irrevocable letter of credit for the contract value, as per offer OF-24-0391."),
], title="VA-PO-0160", author="Priya Nair")
_p15_txt = """Dear Tomasz,

Good news. The Letter of Credit no. 0418LC24000771 is opened with State Bank of India for the full
contract value (EUR 48,600, covering EM and FM as per your offer). Your bank should receive the
advice from Commerzbank in 2-3 days.

Please consider this as green light to start cutting. We are very tight on the launch slot with our
rideshare provider, so kindly share the machining schedule by Monday.

PO copy attached again for your reference.

With best regards,
Arjun Rao
Founder & CEO, Vyomika Aerospace Pvt Ltd
Bengaluru | +91 98450 22117
"""
case("p15_lc_opened_green_light", ["RG002", "RG012"],
     "founder treats an opened letter of credit for the full contract value as 'green light to start cutting' (unscoped), contradicting the 6-EM PO",
     [("LC_0418LC24000771.eml", mail(
         "Arjun Rao <arjun@vyomika.aero>", "Tomasz Kowalczyk <t.kowalczyk@precyzja-cnc.pl>",
         "LC opened - VA-PO-0160", "Fri, 31 May 2024 18:20:00 +0530", _p15_txt,
         cc="Priya Nair <priya.nair@vyomika.aero>",
         attachments=[("VA-PO-0160.pdf", _p15_po, PDF_MT)]))])


# ------------------------------------------------------------------ batch 3
# c17: release letter for part of the balance, remainder on hold until the next written release by the signer.
case("c17_release_letter_partial", [],
     "release letter releases 12 FM after EM sign-off; remaining 12 on hold until next written release signed by Aino Virtanen; material for 12",
     [("PR-RS-0007.pdf", pdf([
         ("h1", "Revontuli Space Oy - Production release PR-RS-0007"),
         ("p", "To: Precyzja CNC Sp. z o.o., Rzeszow. Attn: Tomasz Kowalczyk, Marta Zielinska."),
         ("p", "Date: 01.07.2024. Order: BRK-2210 Rev C star tracker bracket. Commercial cover: PO RS-PO-2024-0093 rev 2 "
               "(4 EM + 24 FM)."),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["EM brackets", "4", "delivered 14.06.2024, EM sign-off 28.06.2024 (test report RS-TR-0441)"],
             ["FM brackets, this release", "12", "released for production by this letter"],
             ["FM brackets, remainder", "12", "on hold - not released"],
         ]),
         ("sp",),
         ("p", "Following EM sign-off on 28.06.2024, Revontuli Space releases twelve (12) FM brackets for production. "
               "Material authority: for these 12 brackets."),
         ("p", "The remaining twelve (12) FM brackets stay on hold. They will be released only by a further written "
               "release signed by the undersigned, after the first FM brackets pass acceptance at Espoo."),
         ("p", "Delivery of the 12 released brackets: week 34, DAP Espoo, with CoC and traveller copy."),
         ("p", "Aino Virtanen, Head of Supply Chain, Revontuli Space Oy"),
     ], title="PR-RS-0007", author="Aino Virtanen"))])


# c18: statement of work with a phase table; each phase has its own unlock event and named releaser.
case("c18_sow_phase_gates", [],
     "SOW: EM 2 released; QM 1 and FM 6 not released, each with a named unlock event and named releaser; material EM only",
     [("KO-SOW-031_boom-tubes.docx", docx_bytes([
         ("h1", "Statement of Work KO-SOW-031 - Deployable boom CFRP tubes"),
         ("p", "Buyer: Kestrel Orbital Ltd, Glasgow. Supplier: Sahyadri Composites Pvt. Ltd., Pune. Issue 2, 10 May 2024."),
         ("h", "1. Purpose"),
         ("p", "Design support, tooling (non-recurring) and manufacture of M40J/epoxy deployable boom tubes, 1.2 m, "
               "for the Kestrel-3 magnetometer boom. Workmanship per ECSS-Q-ST-70-02C (outgassing screening of materials) "
               "and the Kestrel process spec KPS-12."),
         ("h", "2. Phases and authority"),
         ("table", [
             ["Phase", "Deliverable", "Qty", "Status", "What unlocks it", "Who releases it"],
             ["EM", "Boom tube, engineering model", "2", "released by PO KO-4425", "-", "-"],
             ["QM", "Boom tube, qualification model", "1", "not released", "EM sign-off (stiffness test)", "Fiona McLeod, Lead Systems Engineer, in writing"],
             ["FM", "Boom tube, flight model + spares", "6", "not released", "QM sign-off (vibration + thermal cycling)", "Callum Reid, Head of Operations, in writing"],
         ]),
         ("p", "A phase that is not released must not be started. Sign-off of one phase does not by itself release the next "
               "phase; each release is a separate written document."),
         ("h", "3. Material"),
         ("p", "Material authority is limited to the EM phase (prepreg and inserts for 2 tubes). Any purchase for QM or FM "
               "needs a written material authority from Kestrel stating the quantity."),
         ("h", "4. Non-recurring"),
         ("p", "Mandrel design and manufacture, GBP 18,500, invoiced on delivery of the EM tubes."),
         ("h", "5. Documents"),
         ("p", "Traveller, CoC, material certificates, C-scan report per tube, dimensional report, NCR log."),
     ], author="Fiona McLeod"))])


# c19: Japanese buyer, full-quantity order for FM spares, "proceed" scoped to the 4 pcs.
_c19_txt = """Dear Tomasz-san,

Thank you for your quick quotation.

We issued PO HZ-24-0355 for FM spares of the reaction wheel bracket RWB-12 Rev B.
Quantity is 4 pcs. This is the full quantity of this order; there is no further lot.
Please proceed with the 4 pcs.

Delivery: end of August 2024, DAP Tokyo (Chofu).
Documents: CoC, FAIR is not necessary (same revision as FM lot), material certificate 3.1.
Packing: same as FM lot, each part in separate bag with nitrogen purge.

If the delivery date is difficult, please inform us early.

Best regards,
Kenji Sato
Procurement Manager
Hoshizora Dynamics K.K.
3-14-2 Kojima, Chofu-shi, Tokyo 182-0026
TEL +81-42-444-7710
"""
case("c19_full_qty_spares", [],
     "full-quantity PO for 4 FM spares, 'no further lot'; proceed scoped to the 4 pcs",
     [("HZ-24-0355_FM-spares.eml", mail(
         "Kenji Sato <k.sato@hoshizora-dyn.jp>", "Tomasz Kowalczyk <t.kowalczyk@precyzja-cnc.pl>",
         "[PO HZ-24-0355] RWB-12 FM spares 4 pcs", "Tue, 11 Jun 2024 14:30:00 +0900", _c19_txt,
         html=html_mail(_c19_txt.split("\n\n"))))])


# c20: interim disposition with limits; release of 10 by the release authority; rest on hold.
_c20_idr = pdf([
    ("h1", "Interim Disposition Record IDR-VA-009"),
    ("p", "Vyomika Aerospace Pvt Ltd - Quality. Assembly: EPS-BMS-40 Rev C battery management PCBA. Supplier: Formosa "
          "Circuit Assembly Co., Ltd. Pilot lot per PO VA-PO-0149 (50 boards)."),
    ("table", [
        ["Field", "Entry"],
        ["Samples reviewed", "5 pilot boards, serials P001-P005"],
        ["Finding", "Conformal coat thickness 20-28 um on 3 boards (spec 30-130 um per IPC-CC-830)"],
        ["Disposition", "INTERIM"],
        ["Limit - quantity", "10 boards, built under deviation DV-0142"],
        ["Limit - expiry", "30 June 2024"],
        ["Full sign-off requires", "coat thickness in spec on 5 consecutive boards, verified by Vyomika QA"],
    ]),
    ("p", "Signed: Dr. Meera Iyer, Head of Quality, 12-Jun-2024"),
], title="IDR-VA-009", author="Meera Iyer")
_c20_txt = """Dear Kevin,

Please find attached Meera's interim disposition record IDR-VA-009 for the EPS-BMS-40 pilot lot.

On that basis I release ten (10) pilot boards for build under deviation DV-0142, to be completed by
30 June 2024. The remaining 40 pilot boards of PO VA-PO-0149 stay on hold and are not released.
They will be released only after Meera's full sign-off and a written release from me.

Material: components for the 10 boards only. Please do not kit the other 40.

Kindly confirm receipt and the revised coat thickness set-up.

Regards,
Priya Nair
Head of Supply Chain, Vyomika Aerospace Pvt Ltd
+91 80 4719 2200
"""
case("c20_interim_disposition", [],
     "interim disposition limits 10 boards and expiry date; release of 10 by Priya Nair; 40 on hold until full sign-off and written release by her",
     [("IDR-VA-009_release-10.eml", mail(
         "Priya Nair <priya.nair@vyomika.aero>", "Kevin Lin <kevin.lin@formosa-ca.com.tw>",
         "EPS-BMS-40 pilot - interim disposition IDR-VA-009 / release 10 boards", "Wed, 12 Jun 2024 17:45:00 +0530",
         _c20_txt, cc="Meera Iyer <meera.iyer@vyomika.aero>",
         attachments=[("IDR-VA-009.pdf", _c20_idr, PDF_MT)]))])


# c21: a stop notice naming what was released, what may ship, the lifting event and the person.
_c21_txt = """Jenna,

STOP on PO 30-1211 (HRN-0512 Rev A, deployment actuator harness), effective now.

Nothing further may start on this order, whether released or not, until I lift this stop in
writing.

Where we stand:
- Released to date: 16 harnesses. The 10 that are built and tested may ship as planned.
- The other 6 released harnesses must not be started while the stop is in force.
- The balance of 32 harnesses (of the 48 on the PO) remains not released.

Reason: NCR-2024-0480, wrong backshell clocking found at our integration on serial 007. We need to
understand whether the drawing or the build is at fault before any more are made.

Lifting the stop: after the NCR-2024-0480 review board closes, I will send a written notice that
lifts the stop and says which quantities may start. Only I can lift it.

Please confirm you have stopped and send me the WIP status by tomorrow noon.

Dana
""" + sig("Dana Whitfield", "Supply Chain Manager", "Polaris Relay Inc., Seattle WA", "+1 206 555 0163")
case("c21_stop_notice", [],
     "buyer stop: 16 released, 10 built may ship, 6 must not start, 32 not released; stop lifted only by written notice from Dana after NCR review",
     [("STOP_PO_30-1211.eml", mail(
         "Dana Whitfield <dana.whitfield@polarisrelay.com>", "Jenna Ortiz <jenna@cascadeharness.com>",
         "STOP - PO 30-1211 HRN-0512", "Thu, 20 Jun 2024 11:02:00 -0700", _c21_txt,
         extra={"Importance": "high"}))])


# c22: buyer refuses a supplier's request to pre-buy prepreg for the full quantity.
_c22_rohan = """Dear Sato-san,

The QM lay-up starts next Monday. M55J prepreg lead time from the mill is now 14 weeks. Can we buy
the prepreg for all 24 panels now, so the FM panels are not delayed later?

Regards,
Rohan"""
_c22_txt = """Dear Rohan-san,

Thank you for the warning about the lead time.

No, please. PO HZ-24-0207 covers the 2 QM panels only, and its material authority stays
sample-only: prepreg for the 2 QM panels only. The 22 FM panels are not released. The FM
release will be a written release from me, after Ms. Tanaka signs off the QM panels.

If you want protection for the long lead time, please send us the cost of a partial prepreg
order and its cancellation terms. I will then decide on a staged material authority, in writing
with a quantity. Until that document exists, please buy nothing for FM.

Best regards,
Kenji Sato
Procurement Manager, Hoshizora Dynamics K.K.
TEL +81-42-444-7710

""" + quote_lines(_c22_rohan)
case("c22_prebuy_refused", [],
     "buyer refuses pre-buy for all 24 panels: sample-only material for 2 QM, 22 FM not released until QM sign-off and written release by Kenji Sato",
     [("RE_prepreg_lead-time.eml", mail(
         "Kenji Sato <k.sato@hoshizora-dyn.jp>", "Rohan Kulkarni <rohan.k@sahyadricomposites.in>",
         "RE: HZ-24-0207 prepreg lead time", "Thu, 16 May 2024 09:12:00 +0900", _c22_txt,
         cc="Yui Tanaka <y.tanaka@hoshizora-dyn.jp>", in_reply_to="<h79-ref-0207@sahyadricomposites.in>"))])


# c24: founder forwards her investor update (rfc822) to the supplier, labelled as planning info only.
_c24_inv = mail("Maya Chen <maya@orbitline.space>", "investors@orbitline.space",
                "Orbitline - May update", "Fri, 31 May 2024 18:00:00 -0600",
                """Hi all,

May in one line: EM bus integrated, first power-on done, Series A data room opens 17 June.

Highlights
- EM structure delivered on time; star tracker brackets from Mesa Ridge in July.
- Launch: rideshare contract signed for a 2025 slot.
- Supply chain: if the Series A closes, we expect to need ~300 flight brackets and ~60 harnesses
  for the first constellation batch in 2025. Not committed; sized for planning only.

Asks
- Intros to GNC folks who have flown star trackers in LEO.

Maya
""")
_c24_txt = """Bill,

Forwarding my investor update so you can see where we're headed. The ~300 flight brackets in there
are a planning number for your capacity, nothing else: not an order, not a forecast commitment,
not released.

What is live: PO OS-2250, eight (8) EM brackets BRK-ST-05 Rev A. The flight lot is not released. It
unlocks only after our EM sign-off (vibe + thermal at our Denver lab) and a written release from
Tyler Brooks, who owns releases on our side. Material for the 8 EM brackets only.

Thanks for the help on the EM schedule, seriously.

Maya
""" + sig_short("Maya Chen", "Co-founder & CEO", "Orbitline Systems", "+1 720 555 0177")
case("c24_investor_update_forward", [],
     "investor update forwarded as rfc822 with ~300 flight brackets, declared planning only / not released; live PO 8 EM with hold, event and Tyler Brooks",
     [("FW_Orbitline_May_update.eml", mail(
         "Maya Chen <maya@orbitline.space>", "Bill Hartman <bill@mesaridgemachining.com>",
         "FW: Orbitline - May update", "Mon, 03 Jun 2024 08:05:00 -0600", _c24_txt,
         cc="Tyler Brooks <tyler@orbitline.space>", attachments=[("rfc822", _c24_inv)]))])


# c25: launch-provider slip forwarded inline; buyer keeps the QM, FM stays on hold.
_c25_txt = """Hi Tomasz, hi Marta,

FYI, see below from our launch broker. The short version: our slot moved by one quarter.

For you this changes nothing on the QM, and nothing on the FM either:
- PO KO-4431 stays as it is: three (3) QM deployment-lock brackets DLB-09 Rev B, same delivery date.
- The 36 FM brackets remain not released. The FM release still needs QM sign-off (vibration at
  our Glasgow lab) and a written release from Callum Reid.
- Material: for the 3 QM brackets only, as before.

We'll revisit the FM timing once we have the new integration date.

Fiona

---------- Forwarded message ---------
From: Launch Services <manifest@orbitalrides.example>
Date: Mon, 24 Jun 2024 at 16:02
Subject: Manifest update - Kestrel-3 rideshare
To: Fiona McLeod <fiona.mcleod@kestrelorbital.co.uk>

Dear Fiona,

Following the customer review of the primary payload, the mission carrying Kestrel-3 is now
planned for Q2 2025 instead of Q1 2025. Your integration window at the dispenser moves accordingly;
we will confirm the exact dates in the next ICD review. The fit-check slot of week 9 is cancelled.

No action is needed on your side before the next ICD review.

Kind regards,
Manifest team
""" + sig("Fiona McLeod", "Lead Systems Engineer", "Kestrel Orbital Ltd, Glasgow", "+44 141 496 0562")
case("c25_launch_slip_forward", [],
     "inline-forwarded launch slip; buyer restates 3 QM active, 36 FM not released until QM sign-off and written release by Callum Reid",
     [("FW_Manifest_update_Kestrel-3.eml", mail(
         "Fiona McLeod <fiona.mcleod@kestrelorbital.co.uk>", "Tomasz Kowalczyk <t.kowalczyk@precyzja-cnc.pl>",
         "FW: Manifest update - Kestrel-3 rideshare", "Tue, 25 Jun 2024 09:40:00 +0100", _c25_txt,
         cc="Marta Zielinska <m.zielinska@precyzja-cnc.pl>"))])


# p17: partial PO: 90 "on hold for now" - no unlock event and nobody named.
_p17_bill = """Evan, got the PO. Quick one: do you want the EM brackets anodized or chem film? Drawing says
either. - Bill"""
_p17_txt = """Hi Bill,

Chem film please (MIL-DTL-5541 Type II Class 3), same as the structure panels.

And to be clear on the PO: 30-1220 is for the 10 EM reaction wheel brackets only. The other 90
from your quote are on hold for now.

Thanks,
Evan Park
Buyer, Polaris Relay Inc.

""" + quote_lines(_p17_bill)
case("p17_on_hold_for_now", ["RG004", "RG005"],
     "PO for 10 EM, the other 90 'on hold for now': balance held but no unlock event and no named release person",
     [("RE_PO_30-1220.eml", mail(
         "Evan Park <evan.park@polarisrelay.com>", "Bill Hartman <bill@mesaridgemachining.com>",
         "RE: PO 30-1220 RW brackets", "Wed, 22 May 2024 13:26:00 -0700", _p17_txt,
         in_reply_to="<h79-ref-1220@mesaridgemachining.com>"))])


# p20: Luxembourg PO: balance blocked until "internal approval in our company"; no person.
case("p20_internal_approval_unnamed", ["RG005"],
     "PO for 20 pcs, 180 on hold until internal budget approval 'in our company'; unlock event named but no named release person",
     [("LA-0588.pdf", pdf([
         ("h1", "Lumen Astro S.a r.l. - Bestellung / Purchase Order LA-0588"),
         ("p", "9 rue du Laboratoire, L-1911 Luxembourg. Date: 29.05.2024. Supplier: Kovotech s.r.o., Brno (vendor 400117)."),
         ("table", [
             ["Pos", "Article", "Designation", "Qty", "Prix unit. EUR", "Total EUR"],
             ["10", "LA-HDR-050 Rev C", "Hold-down bracket, first lot", "20", "318,00", "6 360,00"],
         ]),
         ("sp",),
         ("p", "Scope: twenty (20) pieces are ordered and released for production by this PO. The balance of 180 pieces "
               "from your offer NA-24-0355 is on hold and is not released. Do not start the balance."),
         ("p", "The balance will be released after internal approval in our company (budget sign-off for constellation "
               "batch 1, expected in Q3)."),
         ("p", "Material: for the 20 pieces only. Delivery: DAP Luxembourg, week 28, on one Euro pallet 1.200 x 800 mm, max. 30 kg per carton."),
         ("p", "Issued by: Procurement department, Lumen Astro S.a r.l. TVA LU 31118790."),
     ], title="PO LA-0588", author="Procurement"))])


# p22: supplier status mail: bought plate for all 28 although material authority is sample-only.
_p22_aino = """PO RS-PO-2024-0093: four (4) EM brackets only. The 24 FM brackets are not
released. Material authority: sample-only (plate for the 4 EM pieces).
FM unlocks after EM sign-off and a written production release signed by
me. - Aino Virtanen, Head of Supply Chain"""
_p22_txt = """Dear Aino,

Weekly status BRK-2210 Rev C:

- EM brackets: roughing done on all 4 pieces, stress relief this week, finish machining week 22.
- FAIR: balloon drawing prepared, CMM programme proven on a dummy.
- Material: to protect the lead time (Aleris mill is quoting 16 weeks now), we have already ordered
  the 7075-T7351 plate for the full 28 pieces, i.e. also for the 24 FM brackets. The plate arrives
  in August. The 24 FM brackets are of course not released, and we will not machine anything for
  them before your written release.
- Shipping: 4 EM brackets planned ex works 31.05.

Best regards / Pozdrawiam,
Marta Zielinska
Production Planning, Precyzja CNC Sp. z o.o.
+48 17 850 22 31

""" + quote_lines(_p22_aino)
case("p22_plate_for_full_qty", ["RG006"],
     "supplier reports plate ordered for all 28 (incl. 24 unreleased FM) against a sample-only material authority",
     [("Status_BRK-2210_wk21.eml", mail(
         "Marta Zielinska <m.zielinska@precyzja-cnc.pl>", "Aino Virtanen <aino.virtanen@revontuli.space>",
         "Status BRK-2210 Rev C - week 21", "Fri, 24 May 2024 14:10:00 +0200", _p22_txt,
         cc="Tomasz Kowalczyk <t.kowalczyk@precyzja-cnc.pl>"))])


# p23: Slack: supplier cut blanks for all 60 while only 6 EM are released.
_p23 = """#orbitline-mesaridge  |  shared channel  |  exported 2024-06-10

Tyler Brooks (Orbitline)  Jun 3, 7:58 AM
  PO OS-2262 is out: 6 EM brackets BRK-ST-06, that's the whole scope for now
  bal. 54 (flight units) stays on hold, not released. It unlocks after our EM vibe sign-off + a written release from me
  material for the 6 EM only pls
Bill Hartman (Mesa Ridge)  Jun 3, 8:10 AM
  got it 👍
Bill Hartman (Mesa Ridge)  Jun 6, 3:44 PM
  EM brackets are in finishing. fyi I cut blanks for all 60 while the saw was set up for that bar, saves you a setup charge later 😉
  the flight blanks are just sitting on the rack, nobody's machining them till you release
Tyler Brooks (Orbitline)  Jun 6, 4:02 PM
  noted. let's talk about that on Monday's call
Bill Hartman (Mesa Ridge)  Jun 6, 4:03 PM
  sure thing. EM ship Tuesday, FAI in the box
"""
case("p23_blanks_cut_for_all", ["RG006"],
     "supplier cut blanks for all 60 while only 6 EM are released and material authority is for the 6 EM",
     [("slack_orbitline-mesaridge.txt", _p23)])


# p24: supplier's internal work order printout: purchase requisition for the full series.
_p24 = """KOVOTECH S.R.O. - VYROBNI ZAKAZKA / WORK ORDER                      TISK 21.05.2024 07:12
=====================================================================================
ZAKAZKA (WO) ..........: WO-24-0871            STAV: V VYROBE / IN PRODUCTION
ZAKAZNIK (CUSTOMER) ...: REVONTULI SPACE OY    PO: 4500002312
DIL (PART) ............: SAH-0420-B  SOLAR ARRAY HINGE, DWG 0420 REV 12
MNOZSTVI WO (QTY) .....: 8 KS (PCS)            TERMIN: KW 25
PO STATUS .............: SAMPLE LOT 8 KS RELEASED / BAL 152 KS NOT RELEASED
MAT. AUTHORITY (PO) ...: SAMPLE ONLY

OPERACE (ROUTING)
 010  PILA / SAW            BLANK 80x60x45            8 KS
 020  CNC DMU 65            OP1 + OP2                 8 KS
 030  KONTROLA / CMM        FAIR AS9102               8 KS
 040  POVRCH / ALODINE      MIL-DTL-5541 T2 CL3       8 KS

MATERIAL
 POL  MATERIAL                         MNOZSTVI   POZNAMKA
 1    AL 7075-T7351 PLATE 80MM          160 KS    OBJEDNANO / ORDERED, PO-K 24-1133
                                                  (BLANKS FOR FULL SERIES - LEAD TIME)
 2    SS 17-4PH BAR D12 (PIN)           160 KS    OBJEDNANO / ORDERED, PO-K 24-1134

VYSTAVIL (ISSUED): P. DVORAKOVA          SCHVALIL (CHECKED): J. NOVAK
"""
case("p24_work_order_full_series_material", ["RG006"],
     "supplier work order builds 8 but has ordered plate and bar for 160 pcs although material authority is sample-only",
     [("WO-24-0871.txt", _p24)])


# p25: folder: call-off with a staged material authority of 100 sets; supplier bought connectors for 300.
_p25_co = pdf([
    ("h1", "Vyomika Aerospace - Call-off CO-2024-044"),
    ("p", "Frame agreement FA-21, part HRN-SIG-08 Rev B (signal harness). Supplier: Bharat Precision Harness, Chennai. "
          "Date: 14-Jun-2024."),
    ("table", [
        ["Item", "Sets"],
        ["Frame quantity", "300"],
        ["Released by this call-off (build, test, ship)", "40"],
        ["Material authority (staged, at buyer's liability)", "100"],
        ["Balance on hold - not released", "260"],
    ]),
    ("p", "Material authority: supplier may buy wire and connectors for up to 100 sets. Nothing beyond 100 sets is at "
          "Vyomika's liability."),
    ("p", "Next release: by the next call-off, signed by Priya Nair, Head of Supply Chain."),
    ("p", "Delivery of the 40 sets: 20 in week 28, 20 in week 30. CoC and test data with each shipment."),
], title="CO-2024-044", author="Priya Nair")
_p25_txt = """Dear Priya madam,

Thank you for call-off CO-2024-044. Status as below:

1. 40 sets released - cutting and crimping started, first 20 sets on track for week 28.
2. Connectors: Glenair gave us a one-time volume price if we take the full lot, so we have procured
   D38999 connectors and backshells for all 300 sets. This saves approx. 11% on the connector cost.
   Wire is procured for 100 sets as per your material authority.
3. The 260 sets balance is understood as not released; we will not cut or crimp beyond 40 sets.

Kindly let us know if any questions.

Regards,
Karthik Subramanian
Bharat Precision Harness, Ambattur Industrial Estate, Chennai 600058
+91 44 2625 1188
"""
case("p25_connectors_beyond_staged_authority", ["RG006"],
     "folder: call-off releases 40 with staged material authority 100; supplier mail says connectors bought for all 300",
     [("CO-2024-044.pdf", _p25_co),
      ("RE_CO-2024-044_status.eml", mail(
          "Karthik Subramanian <karthik@bharatprecisionharness.in>", "Priya Nair <priya.nair@vyomika.aero>",
          "RE: Call-off CO-2024-044 HRN-SIG-08 - status", "Thu, 20 Jun 2024 19:05:00 +0530", _p25_txt))])


# p27: supplier: deposit received, so the whole job went to the floor and prepreg for all 36 was ordered.
_p27_sophie = """PO LA-0594: two (2) QM solar panel substrates SPS-40 Rev B.
The 34 FM substrates are not released. FM release only after QM
sign-off (thermal cycling, 100 cycles) and a written release from
Sophie Weber. Material for the 2 QM substrates only.
30 % advance payment on NRE as per your offer."""
_p27_txt = """Dear Ms Weber,

We confirm receipt of the 30% advance payment, thank you very much.

With the advance received we have released the job to our shop floor for the QM and the FM
substrates, and we have placed the order for the M55J prepreg and the aluminium honeycomb cores
for all 36 panels, so that nothing waits for material.

QM lay-up is scheduled for 8 July. We will share the cure cycle data with the QM delivery.

Thanking you,
Sneha Patil
Customer Service & Planning
Sahyadri Composites Pvt. Ltd., Chakan MIDC, Pune 410501
+91 20 6712 4433

""" + quote_lines(_p27_sophie)
case("p27_advance_releases_job", ["RG006", "RG012"],
     "supplier treats the advance payment as releasing the job for QM and FM, and orders prepreg and cores for all 36 against a 2-QM PO",
     [("RE_LA-0594_advance.eml", mail(
         "Sneha Patil <sneha.patil@sahyadricomposites.in>", "Sophie Weber <sophie.weber@lumen-astro.lu>",
         "RE: PO LA-0594 SPS-40 - advance payment received", "Tue, 18 Jun 2024 11:40:00 +0530", _p27_txt,
         cc="Rohan Kulkarni <rohan.k@sahyadricomposites.in>"))])


# ------------------------------------------------------------------ batch 4
# p28: chat: supplier assumes QM sign-off rolls into FM, and FM cells are already in stock.
_p28 = """Mattermost export - channel: kestrel-sunward-sap-k3
exported 2024-07-01T06:00Z

2024-06-10 09:15  callum.reid (Kestrel Orbital)
  PO KO-4440 rev 1 is out: 2 QM panels SAP-K-3. The 22 FM panels are NOT released until QM sign-off AND a written release from me. Material for the 2 QM panels only please.
2024-06-10 10:02  daniel.hsu (Sunward Photonics)
  Received, thank you Callum. QM string welding next week.
2024-06-26 15:40  daniel.hsu (Sunward Photonics)
  FAIR pack + flash test for the 2 QM panels uploaded to the shared folder.
2024-06-26 15:42  daniel.hsu (Sunward Photonics)
  Assuming the QM sign-off comes on Monday, we will roll straight into the 22 FM panels on Tuesday so the line does not stand. Cells and coverglass for the FM panels are already here in Taoyuan, we bought them in May to be safe.
2024-06-26 16:05  fiona.mcleod (Kestrel Orbital)
  thanks Daniel, we'll look at the QM data over the weekend
2024-06-27 08:31  daniel.hsu (Sunward Photonics)
  👍 line is reserved from Tuesday
"""
case("p28_roll_into_fm_material_here", ["RG006", "RG007"],
     "supplier assumes QM sign-off rolls straight into the 22 FM panels and reports FM cells already bought against QM-only material authority",
     [("mattermost_kestrel-sunward.txt", _p28)])


# p29: supplier order acknowledgement: acknowledges the hold, but bought connectors for the programme.
case("p29_ack_connectors_full_programme", ["RG006"],
     "supplier acknowledgement restates 5 EM released / 45 on hold but reports connectors and wire bought for all 50 sets",
     [("BPH-OA-24-112.pdf", pdf([
         ("h1", "BHARAT PRECISION HARNESS - ORDER ACKNOWLEDGEMENT BPH/OA/24-112"),
         ("p", "Plot 17, Ambattur Industrial Estate, Chennai 600058, India. GSTIN 33AAKFB2291L1Z4. AS9100D."),
         ("p", "To: Skyloom Ltd, Harwell Campus, Didcot OX11 0QX, UK. Kind attn: Mr. Oliver Grant. Your PO: SKL-PO-00271 "
               "dated 04-Jun-2024."),
         ("table", [
             ["Sl.", "Part", "Description", "Qty", "Status"],
             ["1", "HRN-SK-07 Rev A", "Payload harness, EM", "5 sets", "released - in work"],
             ["2", "HRN-SK-07 Rev A", "Payload harness, FM", "45 sets", "not released - awaiting your written release"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO as written. Five (5) EM sets will be built, tested and shipped by 12-Jul-2024. The "
               "balance of 45 sets is not released; we understand it will be released by Mr. Oliver Grant in writing "
               "after EM sign-off."),
         ("p", "Material: to meet your launch slot we have procured Glenair D38999 connectors, backshells and M22759/32 "
               "wire for 50 sets (full programme quantity). The material for the 45 sets is kept in our bonded stores "
               "and will be used once released."),
         ("p", "Kindly note our bank details remain unchanged. Thanking you and assuring our best services at all times."),
         ("p", "For Bharat Precision Harness - Karthik Subramanian, Manager - Customer Programmes"),
     ], title="BPH/OA/24-112", author="Karthik Subramanian"))])


# p30: supplier: "as soon as your team signs off the pilot boards we'll roll straight into the 250".
_p30_txt = """Hi Priya,

Quick update on OBC-300 Rev 2: the 50 pilot boards are through AOI and X-ray, functional test with
your fixture is running today and tomorrow. Shipment planned for Friday, TPE -> BLR via Singapore.

I know the 250 volume boards aren't formally released yet. To save you a few weeks: as soon as your
team signs off the pilot boards, we'll roll straight into the 250 - the SMT line is reserved for you
from week 31 and our planner has the job ready to launch.

Let me know if you want the pilot test logs in CSV as well as PDF.

Best regards,
Kevin Lin
Account Manager, Formosa Circuit Assembly Co., Ltd.
+886 3 578 2201
"""
case("p30_supplier_roll_straight_into_volume", ["RG007"],
     "supplier says it will roll straight into the 250 volume boards as soon as the pilot sign-off comes, with no written release",
     [("OBC-300_pilot_update.eml", mail(
         "Kevin Lin <kevin.lin@formosa-ca.com.tw>", "Priya Nair <priya.nair@vyomika.aero>",
         "OBC-300 Rev 2 pilot - test status and next steps", "Mon, 15 Jul 2024 18:22:00 +0800", _p30_txt,
         html=html_mail(_p30_txt.split("\n\n"))))])


# p31: the named release person undermines his own written-release rule.
_p31_po = """PO OS-2275 scope (from the PO note field):
6 EM brackets BRK-ST-07 Rev B are released. The 48 flight brackets on
quote MR-5611 are on hold and not released. Flight release = EM FAI
sign-off by Orbitline engineering + a written release from Tyler Brooks.
Material for the 6 EM only."""
_p31_bill = """Tyler - EM brackets are done, FAI goes out with the parts Thursday. What do
you want us to do with the machine after that? It's set up and dialed in.
Bill

""" + quote_lines(_p31_po)
_p31_txt = """Bill,

Good question. Honestly: if the FAI comes back clean, no need to wait on me - just keep the
spindles turning on the rest of the flight lot. I'll catch up on the paperwork when I'm back
from the launch campaign in Vandenberg; I'm mostly off-grid until the 15th.

Ship the EMs Thursday as planned, FAI in the box.

Tyler
""" + sig_short("Tyler Brooks", "Purchasing Lead", "Orbitline Systems", "+1 720 555 0190") + "\n" + quote_lines(_p31_bill)
case("p31_release_owner_waives_written_release", ["RG007"],
     "named release person tells supplier a clean FAI means keep running the rest of the flight lot, contradicting the written-release requirement",
     [("RE_OS-2275_after_EM.eml", mail(
         "Tyler Brooks <tyler@orbitline.space>", "Bill Hartman <bill@mesaridgemachining.com>",
         "RE: OS-2275 - after the EMs", "Tue, 02 Jul 2024 21:14:00 -0600", _p31_txt,
         in_reply_to="<h79-ref-2275@mesaridgemachining.com>"))])


# p33: SOW whose schedule table contradicts its own hold clause.
case("p33_sow_schedule_auto_start", ["RG007"],
     "SOW holds FM behind a written release by Kenji Sato, but its milestone table starts the FM build automatically on QM acceptance",
     [("HZ-SOW-014_radiator-hinge.docx", docx_bytes([
         ("h1", "Statement of Work HZ-SOW-014"),
         ("p", "Deployable radiator hinge DRH-02. Buyer: Hoshizora Dynamics K.K., Tokyo. Supplier: Precyzja CNC Sp. z o.o., "
               "Rzeszow. Revision B, 2024-05-30."),
         ("h", "1. Scope"),
         ("p", "Manufacture, inspection and delivery of deployable radiator hinges in three models: EM (2 units), QM "
               "(2 units) and FM (8 units), including fixture design (non-recurring)."),
         ("h", "2. Milestones"),
         ("table", [
             ["Milestone", "Content", "Qty", "Trigger"],
             ["M1", "EM build and delivery", "2", "PO HZ-24-0390"],
             ["M2", "QM build, delivery and qualification support", "2", "written release after EM review"],
             ["M3", "FM build", "8", "starts automatically on QM acceptance (no further authorisation required)"],
             ["M4", "FM delivery with data package", "8", "M3 + 6 weeks"],
         ]),
         ("h", "3. Production authority"),
         ("p", "3.1 This SOW releases the 2 EM units only (PO HZ-24-0390)."),
         ("p", "3.2 The QM and FM units are not released by this SOW. The FM units are released only by a written "
               "release signed by Kenji Sato (Procurement Manager) after QM sign-off by Yui Tanaka (Structures Lead). "
               "The QM units are released in the same way after EM review."),
         ("p", "3.3 Material: for the EM units only, until a release says otherwise."),
         ("h", "4. Quality"),
         ("p", "ECSS-Q-ST-70-71C process control where applicable; FAIR on the first unit of each model; CoC and traveller "
               "copy with each delivery; NCRs to be reported within 48 h."),
     ], author="Kenji Sato"))])


# p34: Japanese buyer: "approval" for budget and for the QM; QM approval rolls into FM production.
_p34_po = pdf([
    ("h1", "HOSHIZORA DYNAMICS K.K. - PURCHASE ORDER HZ-24-0371"),
    ("p", "Supplier: Sunward Photonics Ltd., Taoyuan. Date: 2024/05/20."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD"],
        ["1", "Solar array panel SAP-H-6, QM", "2", "38,400.00"],
    ]),
    ("p", "The 12 FM panels of quotation SW-Q-24-0212 are not released by this PO. FM release: after QM sign-off by "
          "Yui Tanaka, by written release from Kenji Sato (Procurement Manager). Material for the 2 QM panels only."),
], title="HZ-24-0371", author="Kenji Sato")
_p34_txt = """Dear Daniel-san,

Thank you for sending the QM panel test plan.

I have good news. Approval of budget for FM panels is done in our company yesterday.
So after approval of QM panel by Ms. Tanaka, please continue FM production without waiting
for other document, because schedule of launch is very tight.

For reference, PO HZ-24-0371 is attached again.

Best regards,
Kenji Sato
Procurement Manager, Hoshizora Dynamics K.K.
TEL +81-42-444-7710
"""
case("p34_budget_and_qm_approval", ["RG007", "RG009"],
     "'approval' used for the FM budget and for the QM panel; QM approval said to roll into FM production without a further document, contradicting the PO",
     [("HZ-24-0371_QM-FM-schedule.eml", mail(
         "Kenji Sato <k.sato@hoshizora-dyn.jp>", "Daniel Hsu <daniel.hsu@sunward-pv.com.tw>",
         "HZ-24-0371 QM panel / FM schedule", "Thu, 27 Jun 2024 10:15:00 +0900", _p34_txt,
         cc="Yui Tanaka <y.tanaka@hoshizora-dyn.jp>",
         attachments=[("HZ-24-0371.pdf", _p34_po, PDF_MT)]))])


# p35: Slack: systems engineer turns the EM vibe result into the go for 12 flight units.
_p35 = """#polaris-cascade-harness  (Slack Connect)   export 2024-06-28

Dana Whitfield [Polaris]  6/10 9:12 AM
  PO 30-1231: 2 EM harnesses HRN-0520 Rev A only. The dozen flight harnesses are not released; flight release needs EM sign-off + a written release from me.
Jenna Ortiz [Cascade]  6/10 9:30 AM
  ack, 2 EM only. material for 2
Jenna Ortiz [Cascade]  6/24 1:05 PM
  EMs shipped this morning, tracking in the thread
Luis Ortega [Polaris]  6/24 1:40 PM
  nice. they go on the shaker Thursday. once the EM passes vibe, treat that as your go for the 12 flight units, we'll sort the paperwork after. we can't lose two weeks on this
Jenna Ortiz [Cascade]  6/24 1:42 PM
  ok, we'll watch for the vibe result then 🤞
Luis Ortega [Polaris]  6/24 1:43 PM
  🙏
"""
case("p35_vibe_pass_is_the_go", ["RG007"],
     "systems engineer says passing EM vibe is the go for the 12 flight harnesses, paperwork later, against the written-release rule",
     [("slack_polaris-cascade.txt", _p35)])


# p36: supplier portal: workflow auto-creates the FM production order on sample approval.
_p36 = """<h2>Kovotech Customer Portal</h2>
<p>Customer: <b>Skyloom Ltd</b> &middot; Customer PO: SKL-PO-00263 &middot; Part: TB-09 Rev B tank bracket &middot; Updated 28.06.2024</p>
<table>
<tr><th>Lot</th><th>Qty</th><th>Status</th></tr>
<tr><td>EM samples</td><td>6</td><td>shipped 27.06.2024 (DHL 7720 4415 0921)</td></tr>
<tr><td>FM production</td><td>66</td><td>not yet released</td></tr>
</table>
<h3>Next step</h3>
<p class="note">Workflow: when the customer marks the EM samples as accepted in this portal, the FM production order
(66 pcs) is created and started automatically. No further action is needed from the customer.</p>
<p>Documents available: FAIR (AS9102), CMM report, CoC, material certificate 3.1.</p>
<p>Contact: Jan Novak &middot; novak@kovotech.cz &middot; +420 541 220 118</p>"""
case("p36_portal_auto_start", ["RG007"],
     "supplier portal workflow starts the 66-pc FM production order automatically when the customer accepts the EM samples",
     [("kovotech_portal_SKL-PO-00263.html", html_page("Kovotech portal SKL-PO-00263", _p36))])


# p38: buyer writes the 2025 forecast as a number the supplier can "take to the bank".
_p38_txt = """Tomasz,

Following up on our call about capacity for next year.

Forecast 2025 for the radiator brackets LA-RAD-340: 480 pieces, split roughly 120 per quarter.
You can take the 480 to the bank - that's our number for 2025, no ifs. Please book the machine
hours on the DMU 65 against it so we don't end up in the queue behind the defence work.

I'll send the frame agreement draft in August; the call-offs will follow our launch manifest.

Thanks and greetings from Luxembourg,
Marc

Marc Thill | CTO | Lumen Astro S.a r.l. | 9 rue du Laboratoire, L-1911 Luxembourg | +352 20 33 41 11
"""
case("p38_forecast_take_to_the_bank", ["RG008"],
     "buyer calls the 2025 forecast of 480 'our number, no ifs' to take to the bank and book capacity against: forecast written as commitment",
     [("RE_LA-RAD-340_capacity-2025.eml", mail(
         "Marc Thill <marc.thill@lumen-astro.lu>", "Tomasz Kowalczyk <t.kowalczyk@precyzja-cnc.pl>",
         "LA-RAD-340 - capacity 2025", "Wed, 10 Jul 2024 16:45:00 +0200", _p38_txt))])


# p39: supplier acknowledgement turns a rolling forecast into a firm order.
case("p39_supplier_books_forecast_as_order", ["RG008"],
     "supplier acknowledges the buyer's rolling forecast and enters the 1,200 CICs as a firm order",
     [("SW-FA-24-031.pdf", pdf([
         ("h1", "Sunward Photonics Ltd. - Forecast Acknowledgement SW-FA-24-031"),
         ("p", "No. 66, Dayuan Industrial Rd, Taoyuan 337, Taiwan. Date: 2024/06/20."),
         ("p", "Customer: Vyomika Aerospace Pvt Ltd, Bengaluru. Reference: your rolling forecast RF-2024-06 dated 2024/06/14."),
         ("table", [
             ["Product", "Forecast period", "Forecast qty", "Sunward status"],
             ["CIC-3J-30 (cell + interconnect + 100 um CMG)", "Q4 2024", "1,200", "firm order - booked"],
             ["CIC-3J-30", "Q1 2025", "1,600", "planning"],
         ]),
         ("sp",),
         ("p", "We thank you for your rolling forecast. We confirm that the Q4 2024 quantity of 1,200 CICs has been entered "
               "in our system as a firm order and line capacity on string line 2 is booked for weeks 40-46."),
         ("p", "Q1 2025 figures remain for planning. Prices per quotation SW-Q-24-0190."),
         ("p", "Daniel Hsu, Sales Manager Space Products"),
     ], title="SW-FA-24-031", author="Daniel Hsu"))])


# p40: PO whose second line carries the forecast as a firm commitment.
case("p40_po_forecast_line_committed", ["RG008"],
     "PO keeps FM line not released (EM sign-off + Dana Whitfield) but states the 120-pc forecast line is a firm commitment",
     [("PO-30-1240.pdf", pdf([
         ("h1", "PURCHASE ORDER 30-1240"),
         ("p", "Polaris Relay Inc., 2201 Westlake Ave N, Suite 400, Seattle, WA 98109. Date 06/03/2024. Buyer: Evan Park."),
         ("p", "Supplier: Mesa Ridge Machining, Phoenix AZ (MRM-02)."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Scope", "Unit $"],
             ["10", "PM-44 Rev C", "Patch antenna mount, EM", "10", "sample - released", "290.00"],
             ["20", "PM-44 Rev C", "Patch antenna mount, flight lot (2025 forecast)", "120", "production - not released", "118.00"],
         ]),
         ("sp",),
         ("p", "Line 10: ten (10) EM mounts are released for production."),
         ("p", "Line 20 is not released for production. Flight release only after EM sign-off and a written release from "
               "Dana Whitfield, Supply Chain Manager. Material for line 10 only."),
         ("p", "Line 20 quantity is our 2025 forecast and is a firm commitment by Polaris Relay; plan your 2025 capacity on it."),
         ("p", "Ship to: Polaris Relay, 2201 Westlake Ave N, dock B. Terms Net 45. AS9100 flow-downs QC-1, QC-4 apply."),
     ], pagesize=LETTER, title="PO 30-1240", author="Evan Park"))])


# p41: buyer portal page labels a forecast row "FIRM".
_p41 = """<h2>Vyomika Aerospace &mdash; Supplier Portal &mdash; Demand &amp; Releases</h2>
<p>Supplier: Bharat Precision Harness (V-00318) &middot; Part: HRN-PWR-14 Rev A &middot; Generated 24-Jun-2024 by S. Menon</p>
<h3>Releases</h3>
<table>
<tr><th>Call-off</th><th>Date</th><th>Released (sets)</th><th>Material authority</th></tr>
<tr><td>CO-2024-049</td><td>21-Jun-2024</td><td>20</td><td>20 sets (released quantity only)</td></tr>
</table>
<p>Balance not released. The next release comes only by call-off signed by Priya Nair, Head of Supply Chain, after
lot acceptance of the 20 sets.</p>
<h3>Demand outlook</h3>
<table>
<tr><th>Period</th><th>Type</th><th>Qty (sets)</th><th>Status</th></tr>
<tr><td>Q3 2024</td><td>Forecast</td><td>120</td><td><b>FIRM &mdash; committed</b></td></tr>
<tr><td>Q4 2024</td><td>Forecast</td><td>180</td><td>indicative</td></tr>
</table>
<p>Nothing in the demand outlook is released for production; releases come only by call-off.</p>
<p>Supplier to confirm capacity for the firm forecast quantities within 5 working days.</p>"""
case("p41_portal_forecast_firm", ["RG008"],
     "buyer portal marks the Q3 forecast of 120 sets 'FIRM - committed'; release of 20 is otherwise fully scoped",
     [("VA_portal_HRN-PWR-14.html", html_page("Demand & Releases HRN-PWR-14", _p41))])


# p42: framework agreement makes the annual forecast binding.
case("p42_framework_forecast_binding", ["RG008"],
     "framework agreement declares the annual forecast of 72 substrates binding on the buyer; it releases nothing itself",
     [("RS-FA-003_framework.docx", docx_bytes([
         ("h1", "Supply Framework Agreement RS-FA-003"),
         ("p", "Between Revontuli Space Oy, Espoo, Finland (Buyer) and Sahyadri Composites Pvt. Ltd., Pune, India (Supplier). "
               "Effective 1 July 2024, term 24 months."),
         ("h", "1. Products"),
         ("p", "CFRP/aluminium honeycomb solar array substrates SPS-R-12 Rev A and derivatives."),
         ("h", "2. Releases"),
         ("p", "This agreement releases no quantity for production. Production quantities are released only by call-offs "
               "signed by Aino Virtanen, Head of Supply Chain."),
         ("h", "3. Prices"),
         ("table", [
             ["Annual volume band", "Unit price EUR"],
             ["1-40", "7 950,00"],
             ["41-80", "7 120,00"],
             ["81+", "6 480,00"],
         ]),
         ("h", "4. Forecast"),
         ("p", "4.1 The Buyer's annual forecast is 72 substrates per contract year (Annex B)."),
         ("p", "4.2 The annual forecast of 72 substrates is binding on the Buyer and forms the basis of the price band."),
         ("h", "5. Quality"),
         ("p", "ECSS-Q-ST-70 series where referenced; CoC, C-scan and traveller per substrate."),
         ("h", "Annex B - Forecast"),
         ("table", [
             ["Contract year", "Forecast substrates"],
             ["1 (Jul 2024 - Jun 2025)", "72"],
             ["2 (Jul 2025 - Jun 2026)", "72"],
         ]),
     ], author="Aino Virtanen"))])


# ------------------------------------------------------------------ batch 5
# p43: "released" for the drawing and for production; mail says 20, attached PO says 24.
_p43_po = docx_bytes([
    ("h1", "SKYLOOM LTD - PURCHASE ORDER SKL-PO-00281"),
    ("p", "Date: 08/07/2024. Supplier: Precyzja CNC Sp. z o.o., Rzeszow. Buyer: Hannah Price."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Status"],
        ["1", "TB-11 Rev D", "Tank bracket, FM, first lot", "24", "released for production"],
        ["2", "TB-11 Rev D", "Tank bracket, FM, balance", "76", "not released"],
    ]),
    ("p", "Line 2 is on hold. It is released only after FM qualification sign-off, by a written release from "
          "Oliver Grant (CEO). Material for line 1 only."),
    ("p", "Delivery line 1: DAP Harwell, goods in bay 500, by 30/08/2024. CoC, FAIR (AS9102) on serial 001."),
], author="Hannah Price")
_p43_txt = """Hi Tomasz,

Drawing TB-11 Rev D was released by our engineering team yesterday (the change is only the
thread callout on the boss, M5 instead of M4). Please treat this mail as the release of 20 brackets
for production against the attached PO.

Everything else stays as per the PO.

Cheers,
Oliver

Oliver Grant | CEO | Skyloom Ltd | Harwell Campus | +44 1235 555 0142
"""
case("p43_drawing_release_and_qty_mismatch", ["RG009", "RG011"],
     "'released' used for the drawing and for production; the mail releases 20 while the attached PO releases 24",
     [("TB-11_RevD_release.eml", mail(
         "Oliver Grant <oli@skyloom.space>", "Tomasz Kowalczyk <t.kowalczyk@precyzja-cnc.pl>",
         "TB-11 Rev D - release", "Tue, 09 Jul 2024 08:30:00 +0100", _p43_txt,
         cc="Hannah Price <hannah@skyloom.space>",
         attachments=[("SKL-PO-00281.docx", _p43_po, DOCX_MT)]))])


# p45: Finnish buyer uses "approved" for the EM, for the CFO's PO approval and for production.
_p45_txt = """Hi Jan,

Short status from Espoo after the EM review today.

1) The 2 EM hinge units are approved (fit and function, 25 deployment cycles OK).
2) Our CFO has also approved the purchase order for the 22 FM units, so the commercial side is
   ready; you will get PO 4500002377 from SAP tomorrow.
3) Production approval for the 22 FM units will come from me in writing after TVAC at VTT,
   planned for week 33. Until then the 22 FM units are not released, so please do not start them.

Material: still only the EM material, as in the original PO.

Br,
Aino

Aino Virtanen
Head of Supply Chain, Revontuli Space Oy
+358 50 412 8831
"""
case("p45_three_approvals", ["RG009"],
     "'approved' used for EM technical acceptance, the CFO's commercial approval of the FM PO and the future production approval",
     [("EM-review_SAH-0430.eml", mail(
         "Aino Virtanen <aino.virtanen@revontuli.space>", "Jan Novak <novak@kovotech.cz>",
         "SAH-0430 EM review - status", "Thu, 04 Jul 2024 16:05:00 +0300", _p45_txt,
         cc="Jussi Koskinen <jussi.koskinen@revontuli.space>"))])


# p46: chat uses "release" for budget, drawing and production.
_p46 = """Discord export - server "Vyomika x FCA", channel #eps-pdu-10
Exported 2024-07-05

[01-07-2024 11:02] Priya Nair (Vyomika): PO VA-PO-0177 sent. 2 EM boards EPS-PDU-10 only. 8 FM boards NOT released until EM sign-off + my written release. Components for 2 boards only
[01-07-2024 11:30] Amy Chang (FCA): Received, thank you. Stencil ordered
[04-07-2024 09:12] Arjun Rao (Vyomika): update from our side: budget release done ✅ and drawing release Rev 3 done ✅
[04-07-2024 09:13] Arjun Rao (Vyomika): production release for the 8 FM boards still needs Priya's sign, so not released yet
[04-07-2024 09:20] Amy Chang (FCA): Thanks Arjun. Rev 3 gerbers are in our CAM now. EM boards will be built on Rev 3
[04-07-2024 09:21] Amy Chang (FCA): Kevin will send the updated quote for Rev 3 today
[04-07-2024 10:02] Priya Nair (Vyomika): 👍 pls share Rev 3 quote on mail
"""
case("p46_three_releases_in_chat", ["RG009"],
     "chat uses 'release' for the budget (commercial), the drawing (technical) and production; scope otherwise complete",
     [("discord_vyomika-fca.txt", _p46)])


# p48: PO table says 4, the PO note releases six (6).
case("p48_po_table_vs_note", ["RG011"],
     "PO line table releases 4 EM clamp bands but the scope note in the same PO releases six (6)",
     [("KO-4452.pdf", pdf([
         ("h1", "Kestrel Orbital Ltd - Purchase Order KO-4452"),
         ("p", "12 Finnieston St, Glasgow G3 8HB, UK. Date: 03/07/2024. Supplier: Mesa Ridge Machining, Phoenix AZ, USA."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "CB-20 Rev A", "Marman clamp band segment, EM", "4", "1,260.00", "5,040.00"],
             ["2", "FAI-CB-20", "First article inspection AS9102", "1", "480.00", "480.00"],
         ]),
         ("sp",),
         ("p", "Scope note: this PO releases six (6) EM clamp band segments for production. The FM quantity of 36 segments "
               "on quote MR-5702 is not released. FM release only after EM sign-off (separation shock test) and a written "
               "release from Callum Reid, Head of Operations. Material for the EM segments only."),
         ("p", "Delivery: DAP Glasgow, Incoterms 2020, by 16/08/2024. Export: EAR99 per supplier's classification."),
         ("p", "Callum Reid, Head of Operations"),
     ], title="PO KO-4452", author="Callum Reid"))])


# p49: folder with PO printout, release letter (30) and cover mail (25).
_p49_po = """POLARIS RELAY INC                  PURCHASE ORDER 30-1252          REV 01
2201 WESTLAKE AVE N STE 400, SEATTLE WA 98109       DATE 05/06/2024

VENDOR: CASCADE HARNESS WORKS LLC (10077)

LN  ITEM            DESCRIPTION                        QTY  UOM  SCOPE        UNIT $
--  --------------  ---------------------------------  ---  ---  ----------  -------
 1  HRN-0530 RA     SOLAR ARRAY DRIVE HARNESS, EM        5  EA   SAMPLE       880.00
 2  HRN-0530 RA     SOLAR ARRAY DRIVE HARNESS, FM       55  EA   PRODUCTION   415.00

NOTE: LINE 2 IS COMMERCIAL COVER ONLY. LINE 2 IS NOT RELEASED FOR PRODUCTION
      UNTIL EM SIGN-OFF AND A WRITTEN RELEASE SIGNED BY DANA WHITFIELD.
      MATERIAL: EM QTY ONLY UNTIL RELEASED.
"""
_p49_rl = pdf([
    ("h1", "Polaris Relay - Production release RL-PR-0031"),
    ("p", "To: Cascade Harness Works LLC. Order: HRN-0530 Rev A, PO 30-1252 rev 01, line 2. Date: 07/01/2024."),
    ("p", "EM sign-off completed 06/27/2024 (test report PR-TR-118)."),
    ("table", [
        ["Item", "Qty"],
        ["Released for production by this letter", "30"],
        ["Remaining on line 2, on hold - not released", "25"],
    ]),
    ("p", "The remaining harnesses are released only by a further written release signed by the undersigned, after lot "
          "acceptance of the harnesses released here. Material authority: the released quantity."),
    ("p", "Dana Whitfield, Supply Chain Manager"),
], pagesize=LETTER, title="RL-PR-0031", author="Dana Whitfield")
_p49_txt = """Jenna,

Attached is release RL-PR-0031 for HRN-0530: we release twenty-five (25) FM harnesses for
production. The remaining 30 on line 2 stay on hold until I send the next written release after lot
acceptance.

Material for the released harnesses only, as usual.

Dana
""" + sig("Dana Whitfield", "Supply Chain Manager", "Polaris Relay Inc., Seattle WA", "+1 206 555 0163")
case("p49_folder_release_25_vs_30", ["RG011"],
     "folder: release letter releases 30 (25 on hold) while its cover mail releases 25 (30 on hold) for the same PO line",
     [("PO_30-1252.txt", _p49_po), ("RL-PR-0031.pdf", _p49_rl),
      ("RL-PR-0031_cover.eml", mail(
          "Dana Whitfield <dana.whitfield@polarisrelay.com>", "Jenna Ortiz <jenna@cascadeharness.com>",
          "HRN-0530 - production release RL-PR-0031", "Mon, 01 Jul 2024 10:12:00 -0700", _p49_txt,
          attachments=[("RL-PR-0031.pdf", _p49_rl, PDF_MT)]))])


# p50: call-off whose table says 150 and whose text releases one hundred (100).
case("p50_calloff_table_vs_text", ["RG011"],
     "call-off table releases 150 brackets, the body text releases one hundred (100)",
     [("LA-CO-2024-012.docx", docx_bytes([
         ("h1", "Lumen Astro - Call-off LA-CO-2024-012"),
         ("p", "Frame agreement FA-LA-2024-07. Supplier: Kovotech s.r.o., Brno. Part: LA-RAD-330 Rev D radiator fin bracket. "
               "Date: 15.07.2024."),
         ("table", [
             ["Frame qty", "Previously released", "Released by this call-off", "Balance on hold"],
             ["400", "0", "150", "250"],
         ]),
         ("p", "We hereby release one hundred (100) radiator fin brackets LA-RAD-330 Rev D for production, delivery in two "
               "equal shipments in weeks 36 and 38, DAP Luxembourg."),
         ("p", "The balance is not released. The next release comes only by a further call-off signed by Sophie Weber, "
               "Procurement Lead, after lot acceptance of this call-off's brackets at our incoming inspection."),
         ("p", "Material authority: the quantity released by this call-off."),
         ("p", "Sophie Weber, Procurement Lead, Lumen Astro S.a r.l."),
     ], author="Sophie Weber"))])


# p51: folder: supplier portal shows 200 released, the buyer's release mail says 250.
_p51_html = html_page("FCA portal J24-5230", """<h2>FCA Customer Portal &mdash; Order status</h2>
<p>Customer: Hoshizora Dynamics K.K. &middot; Customer PO: HZ-24-0329 rev 2 &middot; FCA job: J24-5230 &middot; Updated 2024/07/22</p>
<table>
<tr><th>Assembly</th><th>Quoted total</th><th>Released for build</th><th>On hold</th><th>Built</th></tr>
<tr><td>PCDU-220 Rev A</td><td>480</td><td>200</td><td>280</td><td>0</td></tr>
</table>
<p>Release received: customer release letter of 2024/07/19. SMT start: 2024/07/29.</p>""")
_p51_txt = """Dear Kevin-san,

Thank you for your support on the sample PCBAs. Ms. Tanaka has completed the sample sign-off.

We release 250 pcs of PCDU-220 Rev A for production (PO HZ-24-0329 rev 2). The remaining 230 pcs
stay on hold and are not released. They will be released by written release from me after lot
acceptance of these 250 pcs.

Material: components for the 250 pcs only.

Best regards,
Kenji Sato
Procurement Manager, Hoshizora Dynamics K.K.
TEL +81-42-444-7710
"""
case("p51_folder_portal_200_vs_mail_250", ["RG011"],
     "folder: supplier portal records 200 released (280 on hold) while the buyer's release mail releases 250 (230 on hold)",
     [("HZ-24-0329_release.eml", mail(
         "Kenji Sato <k.sato@hoshizora-dyn.jp>", "Kevin Lin <kevin.lin@formosa-ca.com.tw>",
         "Production release PCDU-220 / HZ-24-0329 rev 2", "Fri, 19 Jul 2024 13:00:00 +0900", _p51_txt,
         cc="Yui Tanaka <y.tanaka@hoshizora-dyn.jp>")),
      ("FCA_portal_J24-5230.html", _p51_html)])


# p52: European number format; the mail releases 1.200, the attached release note 1.000.
_p52_note = html_page("Release note LA-RN-0044", """<h2>Lumen Astro &mdash; Release note LA-RN-0044</h2>
<p>Supplier: Kovotech s.r.o. &middot; Part: LA-INS-06 Rev B potted insert bracket &middot; Frame agreement FA-LA-2024-09 (3.000 Stk.)</p>
<table>
<tr><th>Released now</th><th>Balance on hold (not released)</th><th>Material authority</th></tr>
<tr><td>1.000 Stk.</td><td>2.000 Stk.</td><td>released quantity</td></tr>
</table>
<p>Next release: by a further release note signed by Sophie Weber, after incoming inspection of this lot.</p>""")
_p52_txt = """Dobry den Jan,

as discussed by phone: we release 1.200 Stk. of the potted insert brackets LA-INS-06 Rev B for
production. The balance of 1.800 Stk. stays on hold, not released, until my next release note
after incoming inspection of this lot. The release note is attached.

Material only for the released quantity, please. Delivery in 4 shipments, DAP Luxembourg.

Merci et bonne journee,
Sophie Weber
Procurement Lead, Lumen Astro S.a r.l.
+352 20 33 41 90
"""
case("p52_eu_numbers_1200_vs_1000", ["RG011"],
     "mail releases 1.200 Stk. (balance 1.800) while the attached release note releases 1.000 Stk. (balance 2.000)",
     [("LA-RN-0044_inserts.eml", mail(
         "Sophie Weber <sophie.weber@lumen-astro.lu>", "Jan Novak <novak@kovotech.cz>",
         "Release LA-INS-06 / LA-RN-0044", "Mon, 08 Jul 2024 09:40:00 +0200", _p52_txt,
         attachments=[("LA-RN-0044.html", _p52_note, "text/html")]))])


# p53: founder forwards a release of 16 and cites it as 18.
_p53_fwd = mail("Priya Nair <priya.nair@vyomika.aero>", "Rohan Kulkarni <rohan.k@sahyadricomposites.in>",
                "Written release VA-WR-0012 - SPS-V-20 FM substrates", "Mon, 22 Jul 2024 10:00:00 +0530",
                """Dear Rohan,

Following the QM sign-off on 19 July, I release sixteen (16) FM substrates SPS-V-20 Rev A for
production under PO VA-PO-0165. The remaining 8 FM substrates stay on hold and are not released
until my next written release, after lot acceptance of these 16.

Material authority: the 16 released substrates.

Regards,
Priya Nair
Head of Supply Chain, Vyomika Aerospace Pvt Ltd
""")
_p53_txt = """Rohan,

Forwarding Priya's release below. Per her release of 18 substrates, can you give us the earliest
dispatch date? Our integration partner in Toulouse needs the first panels by end of September.

Thanks,
Arjun Rao
Founder & CEO, Vyomika Aerospace
+91 98450 22117
"""
case("p53_forward_cites_wrong_qty", ["RG011"],
     "founder cites the forwarded written release as 18 substrates; the release itself (rfc822) says sixteen (16)",
     [("FW_VA-WR-0012.eml", mail(
         "Arjun Rao <arjun@vyomika.aero>", "Rohan Kulkarni <rohan.k@sahyadricomposites.in>",
         "FW: Written release VA-WR-0012 - SPS-V-20 FM substrates", "Wed, 24 Jul 2024 19:30:00 +0530", _p53_txt,
         cc="Priya Nair <priya.nair@vyomika.aero>", attachments=[("rfc822", _p53_fwd)]))])


# p54: buyer: deposit wired, "so you're clear to start" on the full lot.
_p54_txt = """Hi Jenna,

The 50% deposit for PO SKL-PO-00288 went out by wire this morning (ref SKY-0288-DEP), so you're
clear to start on all 48 payload harnesses on the PO.

Harness drawings HRN-SK-09 Rev C are on the portal. Connector savers for the test fixture will
ship from our side next week.

Best,
Hannah Price
Operations, Skyloom Ltd
+44 1235 555 0150
"""
case("p54_deposit_clear_to_start", ["RG012"],
     "buyer tells the supplier that the wired deposit means it is clear to start the 48 harnesses",
     [("SKL-PO-00288_deposit.eml", mail(
         "Hannah Price <hannah@skyloom.space>", "Jenna Ortiz <jenna@cascadeharness.com>",
         "SKL-PO-00288 deposit sent", "Thu, 13 Jun 2024 11:20:00 +0100", _p54_txt))])


# p55: supplier: advance received, so under its terms the order (EM and FM) is released to production.
_p55_pf = pdf([
    ("h1", "Precyzja CNC - Faktura proforma / Proforma invoice PF/24/0412"),
    ("p", "Buyer: Skyloom Ltd, Harwell. Order: SKL-PO-00295 (commercial cover 8 EM + 72 FM, TB-14 Rev A)."),
    ("table", [
        ["Item", "Amount GBP"],
        ["Order value (commercial cover)", "97,440.00"],
        ["Advance 30 % - received 17.06.2024", "29,232.00"],
    ]),
    ("p", "Bank: mBank S.A., IBAN PL61 1140 0000 0000 2291 4410 0001, SWIFT BREXPLPWMBK."),
], title="PF/24/0412", author="Precyzja CNC")
_p55_quoted = """PO SKL-PO-00295 note: the PO gives commercial cover for 8 EM and 72 FM
tank brackets. Only the 8 EM brackets are released. The 72 FM are not
released until EM sign-off and a written release from Oliver Grant (CEO).
Material for the 8 EM only."""
_p55_txt = """Dear Oliver,

Thank you, the 30 % advance has been received; receipted proforma PF/24/0412 attached.

According to our general terms of sale (par. 5.2), receipt of the advance releases the order to
production. We have therefore scheduled the EM and the FM lots back to back on our DMU 65 from
week 27, which also avoids a second set-up.

We will send the FAIR for the EM lot with the first delivery.

Best regards,
Tomasz Kowalczyk
Sales Engineer, Precyzja CNC Sp. z o.o.
+48 17 850 22 10

""" + quote_lines(_p55_quoted)
case("p55_advance_releases_order_per_terms", ["RG012"],
     "supplier says receipt of the advance releases the order to production and schedules EM and FM lots, although only 8 EM are released",
     [("RE_SKL-PO-00295_advance.eml", mail(
         "Tomasz Kowalczyk <t.kowalczyk@precyzja-cnc.pl>", "Oliver Grant <oli@skyloom.space>",
         "RE: SKL-PO-00295 - advance received", "Tue, 18 Jun 2024 10:05:00 +0200", _p55_txt,
         attachments=[("PF-24-0412.pdf", _p55_pf, PDF_MT)]))])


# p56: supplier reads its own PO acceptance as authority to put the whole programme on the floor.
_p56_po = pdf([
    ("h1", "Kestrel Orbital Ltd - Purchase Order KO-4461"),
    ("p", "Supplier: Cascade Harness Works LLC, Portland OR. Date: 10/06/2024."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope"],
        ["1", "HRN-K-240 Rev A", "Magnetorquer harness, QM", "2", "sample - released"],
        ["2", "HRN-K-240 Rev A", "Magnetorquer harness, FM", "18", "production - not released"],
    ]),
    ("p", "Line 2 is commercial cover only and is not released. FM release only after QM sign-off and a written release "
          "from Callum Reid, Head of Operations. Material for line 1 only."),
], title="PO KO-4461", author="Callum Reid")
_p56_txt = """Hi Callum,

Thanks for PO KO-4461 - it's accepted on our side and loaded in our ERP. Since the PO is accepted,
we've put the whole programme on the floor: work orders are open for both lines and the cut lists
are printed, so you'll see the harnesses move through together.

Ack copy of your PO attached with our stamp.

Jenna Ortiz
Operations Manager, Cascade Harness Works LLC
1820 SE Water Ave, Portland, OR 97214 | (503) 555-0119
"""
case("p56_po_acceptance_as_go", ["RG012"],
     "supplier treats its acceptance of the PO as authority to open work orders for both lines, although line 2 is not released",
     [("KO-4461_acceptance.eml", mail(
         "Jenna Ortiz <jenna@cascadeharness.com>", "Callum Reid <callum.reid@kestrelorbital.co.uk>",
         "PO KO-4461 accepted", "Wed, 12 Jun 2024 15:40:00 -0700", _p56_txt,
         attachments=[("KO-4461_ack.pdf", _p56_po, PDF_MT)]))])


# ==== END OF CASES ====


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    mapping = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
        folder = f"{PREFIX}_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir(parents=True)
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping[folder] = c["name"]
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True,
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean, {len(CASES) - n_clean} with risks)")
    counts = {}
    for c in CASES:
        for r in c["expect"]:
            counts[r] = counts.get(r, 0) + 1
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")
    for folder in sorted(mapping):
        print(f"  {folder:48s} {mapping[folder]}")


if __name__ == "__main__":
    build()
