#!/usr/bin/env python3
"""Generator for the releasegate check_holdout21 corpus.

Run with the throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout21/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffled folder order with seed 2121).

Case names in this file: c.. = expected clean, p.. = expected to carry risks.
The folder names written to cases/ are neutral (h21_NN_<first-file-stem>).
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
# (copied from check_holdout3/build.py, message-id / boundary tags changed to h21)
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
    m["Message-ID"] = msgid or f"<h21-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h21")
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


# ----------------------------------------------------------------- small helpers (h21)
def quote(text, depth=1):
    """Prefix every line with '> ' (depth times), as mail clients do in replies."""
    pre = "> " * depth
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n"))


def to_html(text):
    """Simple HTML alternative for a plain-text mail body (paragraphs, quoted lines kept)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [escape(ln) for ln in para.split("\n")]
        if all(ln.startswith("&gt;") for ln in lines if ln):
            out.append("<blockquote style=\"border-left:2px solid #999;padding-left:6px;color:#444\">"
                       + "<br>\n".join(lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def html_table(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n"
                   for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}</table>"


def chat(lines):
    """lines: list of strings already formatted; joined with newlines and a trailing newline."""
    return "\n".join(lines) + "\n"


# =================================================================== CLEAN
# ---- c01 Nigerian corrugated packaging: supplier quote with two tiers, nothing authorized
case("c01_ng_carton_quote_tiers", [],
     "Supplier quote alone: sample 300 and production 40,000 tiers; production line says it is for budgeting and is not started without a written release. No authorization in the bundle.",
     [("ICI-Q-24-0317.pdf", pdf([
         ("h1", "IKEJA CORRUGATED INDUSTRIES LTD"),
         ("p", "Plot 14, Oba Akran Avenue, Ikeja Industrial Estate, Lagos. RC 118402. "
               "Tel +234 803 555 0141. sales@ikejacorrugated.com.ng"),
         ("h", "QUOTATION No. ICI/Q/24/0317"),
         ("p", "Date: 18 March 2024. Validity: 14 days only, kindly note that kraft liner prices are "
               "moving with the naira."),
         ("p", "To: The Procurement Manager, Ogun Agro Foods Ltd, KM 6 Sagamu-Benin Expressway, Sagamu, "
               "Ogun State. Attn: Mrs. Bisola Adebayo."),
         ("p", "Re: 5-ply RSC shipping carton for 10 x 1 kg garri pouches, 410 x 270 x 230 mm internal, "
               "BC flute, 2-colour flexo print, burst 250 psi, edge crush 7.5 kN/m."),
         ("table", [
             ["Item", "Description", "Qty (pcs)", "Unit price (NGN)", "Amount (NGN)"],
             ["1", "Sample lot: die-cut, 2-colour print (digital proof first)", "300", "1,450.00", "435,000.00"],
             ["2", "Production run, same specification (for budgeting only, see note 3)", "40,000", "865.00", "34,600,000.00"],
             ["3", "Printing plates and cutting die (one-off)", "1 set", "280,000.00", "280,000.00"],
         ]),
         ("sp",),
         ("p", "Notes:"),
         ("p", "1. Sample lot: 300 pcs, ready 7 working days after you sign off the artwork proof."),
         ("p", "2. Artwork: kindly send vector files (AI or PDF). Pantone references will be confirmed on the proof."),
         ("p", "3. Item 2 is shown so that you can budget. It is not an order. We will not start the "
               "production run, and we will not buy kraft liner for it, until we receive your separate "
               "written production release stating the quantity."),
         ("p", "4. Payment: item 1 and item 3, 100% with LPO. Item 2, if later ordered: 50% with the "
               "production LPO, balance before dispatch."),
         ("p", "5. Delivery ex-works Ikeja. We can deliver to Sagamu at NGN 95,000 per trip (10-tonne truck)."),
         ("p", "Thank you for the opportunity. We look forward to your valued LPO."),
         ("p", "For: Ikeja Corrugated Industries Ltd. Chinedu Okeke, Sales Manager. 0803 555 0141."),
     ], title="Quotation ICI/Q/24/0317", author="Chinedu Okeke"))])

# ---- c02 Kenyan borehole pumps: Sage 200 LPO printout for samples, full scope note
case("c02_ke_impeller_sample_lpo", [],
     "Sample LPO: 6 impellers active, 194 not released, unlock = bench-test sign-off + written release, named release person, sample-only material.",
     [("LPO-RVW-2024-0418.txt", """\
RIFT VALLEY WATER SOLUTIONS LTD                                  Sage 200 Evolution
P.O. Box 1822-20100, Nakuru, Kenya   PIN P051234567X                    Page 1 of 1
Tel +254 722 555 018   procurement@rvws.co.ke

                              LOCAL PURCHASE ORDER

LPO No.    : LPO-RVW-2024-0418               Date      : 09/04/2024
Supplier   : THIKA PRECISION CASTINGS LTD    Supp. A/C : TPC001
             Off Garissa Road, Thika         Your Ref  : TPC/Q/0912
Deliver to : RVWS Yard, Lanet, Nakuru        Currency  : KES
Buyer      : J. Chege                        Terms     : 30 days from GRN

Ln  Item Code        Description                         Qty UoM    Unit Price        Amount
--- ---------------- ----------------------------------- --- --- ------------- -------------
10  IMP-4SP-08-C     IMPELLER BRONZE CC491K 4" SUB PUMP    6 EA       7,850.00     47,100.00
                     STAGE 8, DRG RVW-IMP-08 REV C
                     ** SAMPLE **
                                                                 Sub Total       47,100.00
                                                                 VAT 16%          7,536.00
                                                                 TOTAL KES       54,636.00

LPO NOTES / SCOPE
 1. This LPO is for six (6) sample impellers only.
 2. Your quote TPC/Q/0912 shows 200 impellers in total. The remaining 194 are NOT released
    by this LPO. Do not cast, machine or buy bronze ingot for them.
 3. Please make the 6 samples now and send them with the material certificate (EN 1982)
    and the dimensional report.
 4. The 194 will be released only by a written production release signed by
    Mrs. Grace Wanjiru Mwangi, Procurement Manager, after our engineering team signs off
    the samples on the test bench (head/flow curve at 2,900 rpm).
 5. Material authority: sample quantity only.

GOODS RECEIVED 8.00AM - 4.00PM MON-FRI. QUOTE LPO NO. ON ALL INVOICES AND DELIVERY NOTES.
eTIMS invoice required. Withholding VAT applies.

Prepared by: J. Chege ..................   Authorised signatory: G. W. Mwangi ..............
""")])

# ---- c03 Ghanaian motorcycle spares: supplier asks for go-ahead, buyer answers with full scope
case("c03_gh_brakeshoe_whatsapp", [],
     "Supplier's 'go ahead for the remaining 1,800?' is a question; buyer answers: only 200 samples, 1,800 not released, road-test report + written release from him.",
     [("WhatsApp Chat with Ebo Sunny Auto.txt", chat([
         "[04/03/2024, 17:55:10] Ebo Quansah (Sunny Auto): Good evening boss, hope the day went well",
         "[04/03/2024, 17:55:41] Ebo Quansah (Sunny Auto): Bonding of the linings done today. We go to oven tomorrow",
         "[04/03/2024, 19:02:13] Kwame Asante: Evening Ebo. Fine. Make sure the rivets are flush this time, last batch from the Chinese people was a disaster",
         "[05/03/2024, 08:12:45] Ebo Quansah (Sunny Auto): Morning boss. The 200 sample brake shoe sets for LPO KMP-0311 are packed, will reach Kumasi Thursday by VIP bus cargo",
         "[05/03/2024, 08:13:10] Ebo Quansah (Sunny Auto): Please do we have go ahead for the remaining 1,800 sets? Our line is free next week \U0001F64F",
         "[05/03/2024, 08:40:02] Kwame Asante: Morning Ebo. Not yet. The LPO covers only the 200 sample sets.",
         "[05/03/2024, 08:41:15] Kwame Asante: The other 1,800 are not released. Don't start them and don't buy lining material for them.",
         "[05/03/2024, 08:42:30] Kwame Asante: We will do road test with 3 okada riders for two weeks, Kejetia to Ejisu and back. After the test report is signed by our workshop head, I will send you a written production release for the 1,800. Only me can release it, not the sales office.",
         "[05/03/2024, 08:43:01] Ebo Quansah (Sunny Auto): Understood boss. We hold the bal. 1,800. Use the free line for the Tema order then",
         "[05/03/2024, 08:43:20] Kwame Asante: \U0001F44D",
         "[05/03/2024, 08:44:02] Ebo Quansah (Sunny Auto): Waybill number I will send Thursday morning",
     ]))])

# ---- c04 Tanzanian printed textiles: labelled rolling forecast, HTML table
_c04_rows = [["Design code", "Description", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Total (m)"],
             ["KFH-K114", "Kanga 'Mwanamke ni pambo', 2 colours", "3,000", "3,000", "4,000", "4,000", "6,000", "8,000", "28,000"],
             ["KFH-K115", "Kanga 'Subira huvuta heri', 3 colours", "2,000", "2,000", "2,000", "3,000", "4,000", "6,000", "19,000"],
             ["KFH-V07", "Kitenge wax-look, 6 yd pieces, 4 colours", "1,500", "1,500", "2,000", "2,000", "3,000", "5,000", "15,000"]]
case("c04_tz_kanga_demand_plan", [],
     "Clearly labelled non-binding forecast; states it authorizes nothing and that only a monthly LPO creates an order. No authorization.",
     [("KFH_mahitaji_Jul-Dec2024.html", html_page("KFH demand plan Jul-Dec 2024", f"""
<h2>Kariakoo Fashion House Ltd</h2>
<p>Uhuru Street / Msimbazi, Kariakoo, Dar es Salaam &middot; TIN 104-556-881 &middot; +255 754 555 210</p>
<h3>Mpango wa mahitaji / Demand plan, July to December 2024</h3>
<p class="note"><b>ROLLING FORECAST: NOT A PURCHASE ORDER.</b><br>
Utabiri huu si oda. This forecast is not an order and does not authorise printing, dyeing or buying
greige cloth. The quantities are for your capacity planning only and may move by plus or minus 30%.
Each month becomes an order only when Kariakoo Fashion House issues an LPO for that month; the LPO
will state the metres.</p>
<p>To: Morogoro Textile Printers Ltd, attn. Bw. Rajab Mfinanga (sales)</p>
{html_table(_c04_rows)}
<p>Fabric: 100% cotton, 60&times;60, 1.1 m width. Kanga printed in pairs (2 &times; 1.5 m), metres
above are running metres.</p>
<p>Tafadhali thibitisha umepokea (please confirm receipt). Asante sana.</p>
<p>Halima Said<br>Merchandising Manager<br>Kariakoo Fashion House Ltd</p>
"""))])

# ---- c05 Israeli medical consumables: 'approved for fit check only', DOCX report attached
_c05_docx = docx_bytes([
    ("h1", "Fit check report FC-2207-03"),
    ("p", "Part: catheter tip, PEBAX 55D, PN GMT-2207 Rev B. Supplier: Kfar Saba Polymer Extrusion Ltd. "
          "Lot: KS-S-0412 (30 sample sets, PO 4500-2207)."),
    ("table", [["Feature", "Spec", "Measured (min / max)", "Result"],
               ["Tip OD", "1.65 +/- 0.03 mm", "1.64 / 1.67", "OK"],
               ["Lumen ID", "1.02 +/- 0.02 mm", "1.01 / 1.03", "OK"],
               ["Tip length", "12.0 +/- 0.2 mm", "11.9 / 12.1", "OK"],
               ["Fit on hub GMT-2105", "no gap, pull-off > 15 N", "18.2 N min", "OK"]]),
    ("p", "Disposition: the 30 sample sets are accepted for fit check only."),
    ("p", "This report is not a production release and does not change PO 4500-2207. "
          "Biocompatibility-lot testing is still open."),
    ("p", "Checked: Noa Ben-David, Sourcing Engineer. 28 April 2024."),
], author="Noa Ben-David")
_c05_text = """Shalom Avi,

Thanks for the 30 sample sets of the PEBAX catheter tips (PN GMT-2207 Rev B), they arrived Sunday in good shape.

Quick update from our side:

The 30 samples are approved for fit check only. Production is not released.

PO 4500-2207 stays as it is: 30 sample sets, nothing more. The remaining 4,970 sets from your quotation KS-Q-118 (5,000 in total) are on hold. Please don't extrude or mould them, and don't order PEBAX for them yet.

Next step on our side is the biocompatibility-lot test in our lab (about three weeks). Once the sample sign-off is complete, Dr. Yael Mizrahi (VP Operations) will send you the written production release with the quantity. Nothing before that.

The fit-check report is attached for your records.

Todah, and chag sameach to the team,
Noa
""" + sig("Noa Ben-David", "Sourcing Engineer", "Galil MedTech Ltd, Yokneam Illit", "+972 4 555 0187")
case("c05_il_catheter_fitcheck", [],
     "Sample approval scoped to fit check of 30 sets; 4,970 on hold; unlock = sample sign-off + written release from Dr. Yael Mizrahi. Approved/release words kept apart.",
     [("GMT-2207 sample fit check result.eml", eml_bytes(mail(
         "Noa Ben-David <noa.bd@galilmedtech.co.il>", "Avi Golan <avi@ksextrusion.co.il>",
         "GMT-2207 Rev B - sample fit check result / PO 4500-2207",
         "Tue, 30 Apr 2024 10:12:00 +0300", _c05_text,
         attachments=[("FC-2207-03_fit_check.docx", _c05_docx, DOCX_MT)])))])

# ---- c06 Jordanian school furniture: full-quantity LPO, 'proceed with the full 350'
case("c06_jo_desks_full_lpo", [],
     "Full-quantity LPO (350 desks + 350 chairs), no sample stage or later lots; 'proceed' names the full quantity.",
     [("RS-LPO-2024-061.docx", docx_bytes([
         ("h1", "Al-Rawabi Schools"),
         ("p", "Procurement Office, Khalda Campus, Wasfi Al-Tal Street, Amman, Jordan. Tel +962 6 555 4410."),
         ("h", "Local Purchase Order No. RS-LPO-2024-061"),
         ("p", "Date: 14 May 2024. Supplier: Zarqa Steel Furniture Co., Industrial Zone, Zarqa. "
               "Your offer: ZSF/OF/211 dated 2 May 2024."),
         ("p", "Dear Mr. Khaled Al-Zoubi,"),
         ("p", "Further to your offer and your visit to the Khalda campus last week, we are pleased to place "
               "our order as follows."),
         ("table", [["No.", "Description", "Qty", "Unit price (JOD)", "Total (JOD)"],
                    ["1", "Student desk, single, steel frame 25x25 mm RAL 5010, MDF top 18 mm with PVC edge, height 76 cm", "350", "38.500", "13,475.000"],
                    ["2", "Student chair, polypropylene shell (blue), steel frame, height 45 cm", "350", "17.250", "6,037.500"],
                    ["", "Total before sales tax", "", "", "19,512.500"]]),
         ("p", "This LPO covers the complete requirement: 350 desks and 350 chairs. There is no sample "
               "stage and there is no further lot under this order."),
         ("p", "Please proceed with the full 350 desks and 350 chairs as per this LPO."),
         ("p", "Delivery and installation at Khalda campus no later than 20 August 2024, before the new "
               "academic year. Please coordinate the delivery time with our facilities supervisor, "
               "Mr. Nabil Qasem, as the school is in summer programme."),
         ("p", "Payment: 100% within 30 days of delivery and our receiving inspection. Warranty: 2 years on "
               "frames and welds. Sales tax 16% as per law."),
         ("p", "With best regards,"),
         ("p", "Eng. Suha Al-Masri, Procurement Officer, Al-Rawabi Schools"),
     ], author="Suha Al-Masri"))])

# ---- c07 Lebanese water meters: call-off with explicit staged material authority above release
case("c07_lb_meter_calloff_staged", [],
     "Call-off 3 releases 1,000 (3,000 to date of 6,000); remaining 3,000 not released; explicit staged material authority up to 5,000 at buyer liability; next call-off by Georges Haddad after lot acceptance.",
     [("CUS-BO-2024-017-CO3.pdf", pdf([
         ("h1", "CEDAR UTILITIES SERVICES SAL"),
         ("p", "Dbayeh Highway, Metn, Lebanon. VAT 300112-601. Tel +961 4 555 720."),
         ("h", "CALL-OFF No. 3 under blanket order CUS-BO-2024-017"),
         ("p", "Date: 6 May 2024. Supplier: Tripoli Brass Works SARL, Beddawi Industrial Zone, Tripoli. "
               "Part: meter body DN20, brass CW617N, drawing CUS-MB-20 rev 4, ISO 4064 class R160."),
         ("table", [["Call-off", "Quantity (bodies)", "Status"],
                    ["CO-1 (Jan 2024)", "1,000", "delivered, lot accepted"],
                    ["CO-2 (Mar 2024)", "1,000", "delivered, lot accepted"],
                    ["CO-3 (this call-off)", "1,000", "released by this call-off"],
                    ["Released to date", "3,000", ""],
                    ["Blanket quantity not released", "3,000", "on hold"],
                    ["Blanket total", "6,000", ""]]),
         ("sp",),
         ("p", "Production release: this call-off releases 1,000 meter bodies (CO-3). Delivery to our "
               "Dbayeh store in two lots of 500, weeks 24 and 26."),
         ("p", "The remaining 3,000 bodies of the blanket are not released. They will be released only by "
               "the next written call-off, issued by Mr. Georges Haddad, Supply Chain Manager, after lot "
               "acceptance of CO-3."),
         ("p", "Material authority (staged): you may buy and hold brass bar CW617N for up to 5,000 meter "
               "bodies in total, that is 2,000 bodies beyond the quantity released to date. If the blanket "
               "is cancelled, Cedar Utilities will pay for bar bought within this 5,000-body limit at "
               "invoice cost. Bar bought for more than 5,000 bodies is at your own risk."),
         ("p", "Pricing as per blanket: USD 6.85 per body, DAP Dbayeh."),
         ("p", "Georges Haddad, Supply Chain Manager, Cedar Utilities Services SAL"),
     ], title="Call-off 3", author="Georges Haddad"))])

# ---- c08 Iranian agro-processing machinery: explicit recorded auto-conversion (EML + PDF)
_c08_pdf = pdf([
    ("h1", "Mahan Agro-Industrial Co."),
    ("p", "Isfahan, Mahmoudabad Industrial Estate, 4th Street. Tel +98 31 5550 4420."),
    ("h", "Auto-conversion agreement for PO MA-1403-118"),
    ("p", "Supplier: Tabriz Rubber Parts Co. Part: rice husker rubber roller 10 inch, NBR 90 Shore A, "
          "drawing MA-HR-10 rev 2. PO MA-1403-118 covers 100 rollers."),
    ("table", [["Quantity", "Status"],
               ["4 pilot rollers", "released now by PO MA-1403-118"],
               ["96 remaining rollers", "not released; see clause 2"]]),
    ("p", "1. The 4 pilot rollers are released now. Material authority: pilot quantity only."),
    ("p", "2. Auto-conversion: if Eng. Parisa Farahani, Head of Quality of Mahan Agro-Industrial, records an "
          "approved sample sign-off on the 4 pilot rollers, in writing, on or before 30 Khordad 1403 "
          "(19 June 2024), that sign-off by itself releases the remaining 96 rollers. No further release "
          "letter is needed in that case."),
    ("p", "3. If the sign-off is interim or rejected, or comes after that date, nothing is released and the 96 "
          "rollers stay on hold until a written production release signed by Reza Karimi, Procurement Manager."),
    ("p", "Signed for Mahan Agro-Industrial: Reza Karimi (Procurement Manager), Parisa Farahani (Head of Quality). "
          "Acknowledged for Tabriz Rubber Parts: Ali Sadeghi (Sales Director). Isfahan, 12 Ordibehesht 1403 (1 May 2024)."),
], title="Auto-conversion agreement MA-1403-118", author="Reza Karimi")
_c08_text = """Dear Mr. Sadeghi,

Salam and good day. Further to our meeting in Isfahan last week, please find attached the signed auto-conversion agreement for PO MA-1403-118 (100 husker rollers, drawing MA-HR-10 rev 2).

In short: the 4 pilot rollers are released now. For the other 96, the conditions in clause 2 and 3 of the attachment apply exactly as written, please keep this document with the PO in your file.

Please send the pilot rollers to our Isfahan plant with the hardness test report. Our harvest line trial starts right after Nowruz stock count, so early June is fine.

With best regards,
Reza Karimi
Procurement Manager
Mahan Agro-Industrial Co.
Tel +98 31 5550 4420
"""
case("c08_ir_roller_autoconversion", [],
     "Explicit recorded auto-conversion: names the quantity (96), the signer (Eng. Parisa Farahani), the conditions and a deadline, fallback to written release by Reza Karimi.",
     [("PO MA-1403-118 pilot rollers.eml", eml_bytes(mail(
         "Reza Karimi <r.karimi@mahanagro.ir>", "Ali Sadeghi <sales@tabrizrubber.ir>",
         "PO MA-1403-118 - pilot rollers and auto-conversion agreement (signed)",
         "Wed, 01 May 2024 11:30:00 +0330", _c08_text,
         attachments=[("MA-1403-118_auto-conversion_signed.pdf", _c08_pdf, PDF_MT)])))])

# ---- c09 Ugandan solar mini-grid: supplier proforma, 'deposit does not release production'
case("c09_ug_bracket_proforma", [],
     "Supplier proforma: 5 sample brackets invoiced, 600 production for information; states the deposit does not release production. Supplier document only.",
     [("JMF-PI-0234.txt", """\
JINJA METAL FABRICATORS LTD
Plot 22 Main Street, Walukuba, Jinja  |  TIN 1000234567  |  +256 772 555 310
info@jinjametalfab.co.ug

                               PROFORMA INVOICE

PI No    : JMF/PI/0234                          Date : 22-Apr-2024
Customer : Kampala Solar Mini-Grids Ltd, Plot 7 Kyadondo Rd, Nakasero, Kampala
Attn     : Eng. Martha Namutebi
Ref      : Your LPO KSMG/LPO/24/052 (sample line)

#  Description                                          Qty    Unit UGX       Total UGX
-- ------------------------------------------------- ------ ----------- ---------------
1  Ground-mount PV bracket, HDG, drg KSMG-GM-04 rev B     5     180,000         900,000
   4 x 550 W modules landscape  -- SAMPLE
2  Same bracket, production (FOR INFORMATION ONLY,      600     145,000    not invoiced
   not part of this PI)
                                                          Subtotal              900,000
                                                          VAT 18%               162,000
                                                          TOTAL UGX           1,062,000

Deposit due now : 30% of line 1 = UGX 318,600  (Stanbic Bank Jinja, A/C 9030012345678)

NOTES
- Receipt of the deposit does not release production. We will make the 5 sample brackets only.
- We start the 600 production brackets only when your written production release reaches us,
  stating the quantity, and we buy no steel for them before then.
- Hot-dip galvanising at Namanve, 85 um minimum. Lead time for samples: 10 working days.
- Transport to site (Kalangala landing) quoted separately.

Webale nyo for your business.
Prepared: Brian Waiswa, Sales            Checked: Fred Mugisha, Works Manager
""")])

# ---- c10 Ethiopian mining wear parts: supplier acknowledgement restating the hold (quoted reply)
_c10_buyer = """Dear Ato Yohannes,

Please find our PO SM/PO/2016/044 below (signed copy follows by courier).

PO SM/PO/2016/044 - 8 (eight) sample mill liners only. Ball mill shell liner, Ni-Hard 4, drawing SM-BM-07 rev 2.
The balance of 112 liners is NOT released. Do not pour them and do not buy alloy for them.
Production release for the 112 only by written release from W/ro Selamawit Bekele, Procurement Head, after our metallurgist signs off the samples (hardness and wear test at site).

Regards,
Selamawit Bekele
Procurement Head, Shakiso Minerals PLC"""
_c10_sup = f"""Selam W/ro Selamawit,

Thank you for the PO. We acknowledge PO SM/PO/2016/044 as written: 8 sample liners only.

We understand the balance of 112 liners is not released. We will not pour them and we will wait for your written release after the sample sign-off by your metallurgist.

Question 1: to save time, may we book the ferro-chrome and nickel for the 112 now? Lead time from Turkey is about 10 weeks.

Question 2: may we ship the 8 samples by Isuzu truck directly to Shakiso, or should they go to your Addis office first?

Pattern work starts Monday; we expect to pour the samples in week 3 of Ginbot.

Ameseginalehu,
Yohannes Tadesse
Sales & Planning, Adama Foundry & Engineering PLC
Tel +251 22 555 1190

On Tue, 23 Apr 2024 at 09:05, Selamawit Bekele <selamawit.b@shakisominerals.et> wrote:
{quote(_c10_buyer)}"""
_c10_qs = quote(_c10_sup).split("\n")
_i1 = next(i for i, ln in enumerate(_c10_qs) if "Question 1" in ln) + 1
_i2 = next(i for i, ln in enumerate(_c10_qs) if "Question 2" in ln) + 1
_c10_inline = "\n".join(
    _c10_qs[:_i1]
    + ["", "No. The 112 are not released, and the material authority is the 8 samples only. Book alloy for the "
           "112 only after my written release. If the lead time worries you, tell me and I will raise it with our "
           "metallurgist.", ""]
    + _c10_qs[_i1:_i2]
    + ["", "Directly to Shakiso is fine, with the hardness certificates in the cab.", ""]
    + _c10_qs[_i2:])
_c10_text = f"""Selam Ato Yohannes,

Thank you for the acknowledgement. My answers are inline below.

Selamawit Bekele
Procurement Head, Shakiso Minerals PLC
+251 46 555 0412

On Wed, 24 Apr 2024 at 14:20, Yohannes Tadesse <yohannes@adamafoundry.com.et> wrote:
{_c10_inline}
"""
case("c10_et_liner_ack_inline_reply", [],
     "Thread: buyer's full scope (8 samples, 112 not released, sign-off + written release by W/ro Selamawit), supplier acknowledgement restating the hold, buyer's inline 'No' to buying alloy for the 112.",
     [("RE RE PO SM-PO-2016-044.eml", eml_bytes(mail(
         "Selamawit Bekele <selamawit.b@shakisominerals.et>", "Yohannes Tadesse <yohannes@adamafoundry.com.et>",
         "RE: RE: PO SM/PO/2016/044 - sample mill liners", "Thu, 25 Apr 2024 08:40:00 +0300", _c10_text,
         in_reply_to="<afe-0424@adamafoundry.com.et>")))])

# ---- c11 Nigerian motorcycle spares: Tally PO, identifiers that look like quantities
case("c11_ng_sprocket_tally", [],
     "Sample PO 50 sets with PN/drawing/ISO numbers that look like quantities; 4,950 not released; road-test sign-off + written release from Chief (Mrs.) Ngozi Okafor; sample-only material.",
     [("NMS-PO-0915.txt", """\
                          NNEWI MOTOR SPARES LIMITED
              14 Old Onitsha Road, Nnewi, Anambra State.  RC 402218
                 Tel: 0803 555 7712  |  purchase@nnewimotorspares.ng
-----------------------------------------------------------------------------
                               PURCHASE ORDER
-----------------------------------------------------------------------------
Voucher No. : NMS/PO/0915                         Dated : 11-Apr-2024
Party       : ONITSHA PRECISION FORGE LTD, Plot 6 Ochanja Ind. Layout, Onitsha
Supplier Ref: OPF/Q/117 dt 02-Apr-2024
Despatch    : By road to Nnewi warehouse           Terms : 30 days after GRN
-----------------------------------------------------------------------------
Sl  Description of Goods                     Qty        Rate        Amount
-----------------------------------------------------------------------------
1   Chain sprocket kit 428H, 45T/14T,        50 set   12,400.00    620,000.00
    PN 428-1000-45T, DRG NMS-2500 Rev 12,
    for Bajaj Boxer BM150 / TVS HLX 125
    *** SAMPLE ***
-----------------------------------------------------------------------------
                                         Total     50 set          620,000.00
                                         VAT 7.5%                   46,500.00
                                         Grand Total NGN           666,500.00
Amount (in words): Naira Six Hundred and Sixty-Six Thousand Five Hundred Only
-----------------------------------------------------------------------------
Remarks:
 1. This PO is for 50 (fifty) sample sets only.
 2. Balance of 4,950 sets from your quote OPF/Q/117 (5,000 sets in total) is NOT
    released by this PO. Do not forge or machine them.
 3. Material authority: sample quantity only. No C45 bar to be bought for the 4,950.
 4. The 4,950 will be released only by a written production release from
    Chief (Mrs.) Ngozi Okafor, Managing Director, after our 1,000 km road-test
    sign-off on the samples.
 5. Supplier must hold ISO 9001:2015. Pack 10 sets per carton, carton ref CT-1000.
    HS code 8714.10.00 to appear on invoice.
-----------------------------------------------------------------------------
Prepared by: Ifeanyi Obi             Authorised Signatory: N. Okafor
                                                   Computer generated (Tally)
""")])

# ---- c12 Kenyan medical consumables: PO + supplier quote as separate files, quote declared informational
case("c12_ke_pouch_po_and_quote", [],
     "Two files: PO for 2,000 sample pouches declaring the quote's 200,000 informational and not released; QA sign-off + written release by Dr. Fatuma Hassan Ali; supplier quote with tiers.",
     [("PO_MMS_7781.pdf", pdf([
         ("h1", "MOMBASA MEDICAL SUPPLIES LTD"),
         ("p", "Moi Avenue, Mombasa. P.O. Box 90455-80100. Tel +254 41 555 2290. PIN P051998877Q."),
         ("h", "PURCHASE ORDER No. MMS/PO/7781"),
         ("p", "Date: 16 April 2024. Supplier: Athi River Medical Packaging Ltd, EPZ Athi River. "
               "Your quotation: ARMP-Q-2291."),
         ("table", [["Line", "Item", "Description", "Qty", "Unit (KES)", "Amount (KES)"],
                    ["1", "MMS-SP-150", "Sterilisation pouch 150 x 300 mm, medical paper/PET-PP, printed indicator, hospital logo (2 colours) - SAMPLE", "2,000", "14.50", "29,000.00"]]),
         ("sp",),
         ("p", "Scope of this PO: 2,000 sample pouches only."),
         ("p", "Your quotation ARMP-Q-2291 (attached to our file) also shows a production quantity of 200,000 "
               "pouches. That figure is for information only and is not released by this PO. The balance of "
               "198,000 pouches is on hold: do not print, laminate or slit it."),
         ("p", "The balance will be released only after our QA signs off the samples (seal strength, peel test "
               "and steam indicator change) and Dr. Fatuma Hassan Ali, Head of Procurement, sends a written "
               "production release stating the quantity."),
         ("p", "Material authority: sample quantity only."),
         ("p", "Delivery: Mombasa warehouse, Shimanzi. Payment: 45 days from invoice."),
         ("p", "For Mombasa Medical Supplies Ltd: Salim Abdalla, Buyer."),
     ], title="PO MMS/PO/7781", author="Salim Abdalla")),
      ("ARMP-Q-2291.pdf", pdf([
         ("h1", "Athi River Medical Packaging Ltd"),
         ("p", "Export Processing Zone, Athi River. ISO 13485:2016 certified. quotes@armp.co.ke"),
         ("h", "QUOTATION ARMP-Q-2291"),
         ("p", "Date: 9 April 2024. Customer: Mombasa Medical Supplies Ltd, attn. Mr. Salim Abdalla."),
         ("table", [["Tier", "Quantity", "Unit price (KES)", "Lead time"],
                    ["Sample (printed, sealed edges)", "2,000", "14.50", "2 weeks from PO"],
                    ["Production", "200,000", "6.80", "5 weeks from production order"]]),
         ("sp",),
         ("p", "Plates: KES 38,000 one-off, waived on production order. Prices exclude VAT 16%. Validity 30 days."),
         ("p", "Prepared by Lucy Njoroge, Key Account Manager."),
     ], title="Quotation ARMP-Q-2291", author="Lucy Njoroge"))])

# ---- c13 Tanzanian solar mini-grid: forwarded old quote (message/rfc822) declared informational
_c13_old = mail("Ketan Patel <ketan@darenclosures.co.tz>", "Procurement KMG <procurement@kilimanjaromg.co.tz>",
                "Quotation DE/Q/23/188 - smart meter enclosures", "Mon, 14 Aug 2023 15:40:00 +0300",
                """Dear Sir/Madam,

Thank you for your enquiry. We are pleased to offer as follows:

Smart meter enclosure, UV-stabilised ABS, IP65, with DIN rail and cable glands M20 x 3
Quantity: 10,000 pcs
Price: TZS 18,500 each, ex-works Dar es Salaam (Mikocheni)
Mould cost: TZS 21,000,000, amortised over the 10,000 pcs
Lead time: 6 weeks from order

Validity: 30 days.

Best regards,
Ketan Patel
Dar Enclosures Ltd
""")
_c13_text = """Habari Bw. Patel,

I forward below your old quote thread from August 2023, for reference only, because your colleague asked about the mould cost we discussed then.

Please note: the 10,000 pcs figure in that old quote is informational only. It is not an order and it is not released.

Our current position is as follows:
- LPO KMG/LPO/24/061 covers 40 sample enclosures only (UV-stabilised ABS, IP65, new lid with the LoRa window).
- The current project size is 2,000 enclosures. The other 1,960 are on hold and not released. Please do not mould them or buy ABS for them.
- They will be released only after the field-test sign-off on the 40 samples at our Ngorongoro and Mafia Island sites, and then by a written production release from Eng. Neema Mushi, Operations Director.

Please confirm the sample delivery date when you can.

Asante sana,
Baraka Lyimo
Procurement Officer
Kilimanjaro Mini-Grid Co. Ltd, Arusha
+255 767 555 402
"""
case("c13_tz_enclosure_fwd_oldquote", [],
     "Forwarded (message/rfc822) old quote with 10,000 declared informational; LPO scope 40 samples, 1,960 on hold, field-test sign-off + written release by Eng. Neema Mushi.",
     [("Fwd Quotation DE-Q-23-188.eml", eml_bytes(mail(
         "Baraka Lyimo <procurement@kilimanjaromg.co.tz>", "Ketan Patel <ketan@darenclosures.co.tz>",
         "Fwd: Quotation DE/Q/23/188 - smart meter enclosures (reference only)",
         "Thu, 02 May 2024 10:05:00 +0300", _c13_text,
         attachments=[("rfc822", _c13_old)])))])

# ---- c14 Ghanaian agro-processing machinery: minutes with interim sign-off and a release within limits
case("c14_gh_hammermill_minutes", [],
     "Minutes: interim sign-off (limit 100, expiry 31 July), production release PR-TAP-07 for 100 signed by Kofi Mensah; 800 on hold until full sign-off + his written release; material for 100 only.",
     [("TAP_minutes_2024-05-08.docx", docx_bytes([
         ("h1", "Minutes of meeting: hammer-mill beater bars"),
         ("p", "Techiman Agro Processing Ltd and Suame Magazine Engineering Works. "
               "Techiman plant conference room, 8 May 2024, 10:00-11:40."),
         ("p", "Present: Kofi Mensah (Operations Director, TAP), Abena Owusu (Quality, TAP), "
               "Yaw Darko (Purchasing, TAP), Kwadwo Boakye (Managing Partner, SMEW), Issah Fuseini (Workshop, SMEW)."),
         ("h", "1. Sample results"),
         ("p", "The 10 sample beater bars (PO TAP/PO/24/031 sample line, hardfaced, drawing TAP-HM-22 rev B) "
               "ran 72 hours on the maize line. Wear is within limit but one bar showed a hardfacing crack "
               "at the bolt hole. Abena gave an interim sign-off: production is allowed up to 100 beater bars "
               "and until 31 July 2024, while the 200-hour run test is completed."),
         ("h", "2. Production release"),
         ("p", "Kofi Mensah signed production release PR-TAP-07 at the meeting: 100 beater bars, within "
               "the interim limit. Copy handed to Kwadwo."),
         ("p", "The remaining 800 beater bars of the 900 quoted are not released. They stay on hold until "
               "full sign-off after the 200-hour run test, and then only by a written production release "
               "from Kofi Mensah."),
         ("h", "3. Material"),
         ("p", "Material authority: SMEW may buy flat bar and hardfacing wire for the 100 released bars only."),
         ("h", "Action list"),
         ("table", [["No.", "Action", "Owner", "Due"],
                    ["1", "Change bolt-hole chamfer on drawing TAP-HM-22 to rev C", "Abena Owusu", "15 May"],
                    ["2", "Produce and deliver the 100 bars under PR-TAP-07", "Kwadwo Boakye", "14 June"],
                    ["3", "Complete 200-hour run test and report", "Abena Owusu", "10 July"],
                    ["4", "Send revised delivery schedule", "Issah Fuseini", "17 May"]]),
         ("p", "Next meeting: after the run test report. Minutes by Yaw Darko."),
     ], author="Yaw Darko"))])

# ---- c15 Israeli water meters: full-quantity PO (Priority printout as HTML)
_c15_rows = [["Line", "Part", "Description", "Qty", "Unit (ILS)", "Total (ILS)", "Due"],
             ["1", "NWM-RC-2400", "Register cover, PC clear UV, Rev 3", "2,400", "4.35", "10,440.00", "30/06/2024"]]
case("c15_il_cover_full_po", [],
     "Full-quantity PO 2,400 register covers, no sample stage; part number NWM-RC-2400 looks like the quantity; 'go ahead with all 2,400' is scoped.",
     [("PO 24001377 Negev Water Metering.html", html_page("PO 24001377", f"""
<h2>Negev Water Metering Ltd</h2>
<p>Emek Sara Industrial Zone, Be'er Sheva &middot; Tel +972 8 555 6630 &middot; Company no. 514412339</p>
<h3>Purchase Order 24001377</h3>
<p>Date: 07/05/2024 &middot; Supplier: Haifa Precision Plastics Ltd (vendor 30218) &middot; Currency: ILS &middot;
Terms: current + 60</p>
{html_table(_c15_rows)}
<p>Total before VAT: ILS 10,440.00 &middot; VAT 17%: ILS 1,774.80 &middot; Total: ILS 12,214.80</p>
<div class="note">
<p>Shalom Moshe, mazal tov on the new Arburg press.</p>
<p>This PO is the full quantity: 2,400 covers in one delivery. There is no sample stage and no further lot
under this PO; the part was already qualified last year on PO 23000981.</p>
<p>You can go ahead with all 2,400 pcs. Please keep the cavity number moulded on each cover.</p>
<p>Todah rabah, b'hatzlacha,<br>Shira Katz, Purchasing</p>
</div>
<p style="font-size:11px">Printed from Priority ERP, 07/05/2024 14:02. Page 1/1.</p>
"""))])

# ---- c16 Jordanian mining wear parts: stop notice (multipart/alternative)
_c16_text = """Dear Eng. Tareq,

STOP NOTICE - PO AHM-24-0312 (crusher jaw plates, Mn18Cr2, drawing AHM-JC-11 rev 5)

One of the sample jaw plates cracked after 40 operating hours on the primary crusher at our Al-Hasa site. With immediate effect, nothing more may start on this order until this stop is lifted in writing.

For clarity:
- The PO released 6 sample jaw plates only. All 6 are finished; please ship them to Al-Hasa for our investigation. Nothing else is released.
- The balance of 54 plates was never released and stays on hold. Do not pour, heat-treat or machine any plate, and do not buy ferro-manganese for them.
- The stop will be lifted only by a written notice from Eng. Rami Khalil, Maintenance Manager, after the root-cause report on the cracked sample is closed. Even after that, the 54 need his written production release, after a new sample sign-off.

Please confirm receipt of this notice today.

Ma'a salama,
Rami Khalil
Maintenance Manager
Al-Hasa Minerals Co.
+962 3 555 2281
"""
case("c16_jo_jawplate_stop", [],
     "Stop notice: 6 samples released and finished, 54 balance on hold, stop lifted only by Eng. Rami Khalil's written notice, then his written release after new sign-off.",
     [("PO AHM-24-0312 jaw plates.eml", eml_bytes(mail(
         "Rami Khalil <r.khalil@alhasaminerals.jo>", "Tareq Haddadin <tareq@sahabcasting.jo>",
         "STOP NOTICE - PO AHM-24-0312 jaw plates", "Sun, 28 Apr 2024 08:15:00 +0300", _c16_text,
         html=to_html(_c16_text), cc="Purchasing <purchasing@alhasaminerals.jo>")))])

# ---- c17 Iranian borehole pumps: Telegram, scoped sample approval
case("c17_ir_impeller_telegram", [],
     "Sample approval scoped ('12 pcs, production NOT released'); 588 on hold; test-bench run + written release from the named sender Mehdi Rahimi.",
     [("telegram_export_saeed_moradi.txt", chat([
         "Saeed Moradi, [14.04.24 09:41]",
         "Salam agha Mehdi, the dozen sample impellers were delivered to your Karaj store yesterday evening. Did you receive the CMM report?",
         "",
         "Mehdi Rahimi, [14.04.24 10:02]",
         "Salam agha Saeed, khaste nabashid. Yes, received. Dimensions OK, vane angle within tolerance.",
         "",
         "Mehdi Rahimi, [14.04.24 10:04]",
         "To be clear: the samples are approved for dimensional check only, 12 pcs. Production is NOT released.",
         "",
         "Mehdi Rahimi, [14.04.24 10:05]",
         "The other 588 impellers of the 600 stay on hold. After the test-bench run next week (efficiency at 2900 rpm, 6 stages) I will send the written release myself, with the quantity. Until then please don't cast them.",
         "",
         "Saeed Moradi, [14.04.24 10:20]",
         "Chashm, agha Mehdi. We wait for your written release. Merci.",
         "",
         "Saeed Moradi, [14.04.24 10:21]",
         "[Sticker]",
     ]))])

# ---- c18 Kenyan school furniture: tender notification of award, explicitly not authorizing manufacture
case("c18_ke_tender_award_letter", [],
     "Notification of award for 1,200 chairs that explicitly does not authorise manufacture; LPO for the full quantity to follow, signed by a named officer. No authorization yet.",
     [("KTI-EDU-T-012-award.pdf", pdf([
         ("h1", "COUNTY GOVERNMENT OF KITUI"),
         ("p", "Department of Education, ICT and Youth Development. P.O. Box 33-90200, Kitui."),
         ("h", "NOTIFICATION OF AWARD"),
         ("p", "Ref: KTI/EDU/T/012/2023-2024. Date: 29 April 2024."),
         ("p", "To: The Managing Director, Mwingi Furniture Works Ltd, P.O. Box 118, Mwingi."),
         ("p", "RE: TENDER FOR SUPPLY AND DELIVERY OF ECDE CHAIRS AND TABLES"),
         ("p", "We are pleased to notify you that your bid for Lot 2 (ECDE chairs, hardwood frame, 30 cm seat "
               "height, 1,200 units) has been accepted at the tender sum of KES 4,080,000.00 inclusive of VAT."),
         ("table", [["Lot", "Item", "Quantity", "Tender sum (KES)"],
                    ["2", "ECDE chair, hardwood (mvule/cypress), as per specification KTI-ECDE-02", "1,200", "4,080,000.00"]]),
         ("sp",),
         ("p", "This notification of award is not a Local Purchase Order and does not authorise manufacture. "
               "Please do not cut timber or start any units."),
         ("p", "A Local Purchase Order for the full 1,200 units will be issued after the 14-day standstill "
               "period under Section 87 of the Public Procurement and Asset Disposal Act, 2015, and after the "
               "contract is signed. The LPO will be signed by Mr. Peter Musyoka, Head of Supply Chain Management."),
         ("p", "Kindly confirm in writing within seven (7) days that you accept the award."),
         ("p", "Yours faithfully,"),
         ("p", "Peter Musyoka, Head of Supply Chain Management, for Chief Officer, Education"),
     ], title="Notification of award", author="County Government of Kitui"))])

# ---- c19 Ugandan corrugated: supplier delivery note for samples
case("c19_ug_sample_delivery_note", [],
     "Supplier delivery note for 100 sample cartons; states production quantity 20,000 not released and not produced. Supplier document.",
     [("NPI-DN-24-0788.txt", """\
NAMANVE PACKAGING INDUSTRIES LTD
Plot 88 Namanve Industrial Park, Mukono  |  Tel +256 414 555 902
=====================================================================
DELIVERY NOTE                                   No. NPI/DN/24/0788
Date       : 03/05/2024                 Vehicle : UBJ 412K (Isuzu FRR)
Customer   : Masaka Coffee Exporters Ltd, Nyendo, Masaka
Cust. LPO  : MCE/LPO/0419 (sample line)  Driver : Sulaiman Kato
=====================================================================
Item  Description                               Qty   Unit   Bundles
----  ---------------------------------------  ----   ----   -------
1     Coffee export carton 60 kg liner box,     100    pcs      4 x 25
      5-ply, 1 colour print "MCE - Produce of
      Uganda", size 600x400x450
=====================================================================
SAMPLE DELIVERY ONLY - 100 pcs against the sample line of MCE/LPO/0419.
The production quantity of 20,000 pcs is not released and has not been
produced. We will produce it only against your written production release.

Received in good order:  Name ____________  Sign ________  Date ______
Delivered by: Sulaiman Kato          Dispatch: Ritah Nansubuga (stores)
""")])

# ---- c20 Lebanese printed textiles: supplier quote (DOCX) with tiers, bulk not started by strike-off sign-off
case("c20_lb_fabric_quote_docx", [],
     "Supplier quote with strike-off and bulk tiers (European number format); says strike-off sign-off does not start bulk. No authorization.",
     [("ZMT-Q-2024-077.docx", docx_bytes([
         ("h1", "Zouk Mikael Textile Printing SARL"),
         ("p", "Zouk Mikael Industrial Zone, Keserwan, Lebanon. Tel +961 9 555 118. devis@zmtprint.com.lb"),
         ("h", "Devis / Quotation ZMT-Q-2024-077"),
         ("p", "Date: 22/04/2024. Client: Maison Nour Home Linen, Gemmayzeh, Beirut. Attn: Mme Carla Nassif."),
         ("p", "Article: cotton sateen 280 TC, 2,40 m width, rotary print, 3 designs (Cedre, Jasmin, Zaatar)."),
         ("table", [["Tier", "Quantity", "Price (USD)", "Lead time"],
                    ["Strike-off, per design", "3 m", "95,00 per design", "8 working days"],
                    ["Bulk, per design", "8.000 m", "4,15 per m", "4 weeks from bulk order"],
                    ["Screens (engraving), per colour", "1", "160,00", "with strike-off"]]),
         ("sp",),
         ("p", "Conditions:"),
         ("li", "Bulk prices are indicative and for information; they hold for 30 days."),
         ("li", "Bulk printing starts only on receipt of your separate bulk order with a written production "
                "release stating the metres. Your sign-off of the strike-off does not by itself start bulk."),
         ("li", "Payment: strike-offs and screens 100% on order; bulk 30% on bulk order, balance before dispatch."),
         ("p", "Merci pour votre confiance. Elie Tannous, Commercial."),
     ], author="Elie Tannous"))])

# ---- c21 Ethiopian school furniture: Signal chat, buyer asks a hypothetical, no authorization
case("c21_et_bunkbed_signal", [],
     "Buyer asks whether the supplier could start the remaining 198 if sign-off comes; explicitly 'no release yet'; supplier waits for written release. Questions only.",
     [("signal-chat-biruk-kality.txt", chat([
         "[2024-04-18 16:02] Hanna Tesfaye: Selam Biruk, how are the 2 sample bunk beds? Painting done?",
         "[2024-04-18 16:10] Biruk Alemayehu: Selam Hanna. Yes, powder coating finished today, we deliver to Bishoftu school on Saturday morning.",
         "[2024-04-18 16:12] Hanna Tesfaye: Great. Question only, hypothetically: if our committee signs off the 2 samples on Thursday, could you start the remaining 198 the week after?",
         "[2024-04-18 16:15] Biruk Alemayehu: We have the capacity, yes. But we will start only when your written release with the quantity reaches us, as per the LPO note.",
         "[2024-04-18 16:16] Hanna Tesfaye: Correct. No release yet, I am just checking your capacity for planning. Egziabher yistilin.",
         "[2024-04-18 16:17] Biruk Alemayehu: Amen. Talk Saturday.",
     ]))])

# ---- c22 Ethiopian water meters: production release letter No. 2, all elements
case("c22_et_meter_release_no2", [],
     "Production release No. 2 for 2,000 meters (2,500 to date of 10,000); 7,500 not released; unlock = lot acceptance + written release by Ato Dawit Alemu; material staged to 2,500.",
     [("HCWU-PR-02.pdf", pdf([
         ("h1", "Hawassa City Water Utility"),
         ("p", "Procurement and Property Administration Directorate. P.O. Box 274, Hawassa. Tel +251 46 555 0317."),
         ("h", "Production Release No. 2 - PO HCWU/PO/2016/207"),
         ("p", "Date: 25 Miyazia 2016 E.C. (3 May 2024). Supplier: Dukem Meter Manufacturing PLC, Dukem Industrial Park."),
         ("p", "Item: cold water meter DN15, multi-jet, dry dial, class C, drawing HCWU-WM-15 rev 3."),
         ("table", [["Release", "Date", "Quantity", "Status"],
                    ["No. 1 (after sample sign-off)", "12 March 2024", "500", "delivered, lot accepted"],
                    ["No. 2 (this letter)", "3 May 2024", "2,000", "released"],
                    ["Released to date", "", "2,500", ""],
                    ["Not released", "", "7,500", "on hold"],
                    ["PO quantity", "", "10,000", ""]]),
         ("sp",),
         ("p", "This letter releases 2,000 meters for production and delivery to Hawassa central store by "
               "30 Ginbot 2016 E.C. (7 June 2024)."),
         ("p", "The remaining 7,500 meters are not released. A further release will come only in writing from "
               "Ato Dawit Alemu, Procurement Director, after lot acceptance of this release No. 2."),
         ("p", "Material authority: staged up to 2,500 meters (the quantity released to date). Brass and "
               "registers beyond that are at the supplier's risk."),
         ("p", "Dawit Alemu, Procurement Director, Hawassa City Water Utility"),
     ], title="Production release No. 2", author="Dawit Alemu"))])

# ---- c23 Nigerian borehole pump spares: full-quantity LPO in multipart/alternative mail
_c23_text = """Good day Sir,

Trust you are doing great and the light situation in Ikeja is better this week.

Please find below our LPO KBS/LPO/24/115 for sixty (60) stainless pump shafts:

Item: Pump shaft, SS 420, 25 mm, length 612 mm, keyway both ends, drawing KBS-PS-25 rev 4
Qty: 60 pcs
Unit price: NGN 118,000.00
Total: NGN 7,080,000.00 (VAT exclusive)

This is the full order. There is no sample stage and nothing else will follow under this LPO.

Kindly proceed with all 60 pcs and revert with a firm delivery date. Abeg make dem pack am well, the last shafts came with rust spots from the rain at Kano motor park.

Payment: 30 days after delivery and inspection at our Sharada yard.

Thanks and regards,
Aminu Bello
Procurement Officer
Kano Borehole Services Ltd
08065550923
"""
_c23_html = to_html(_c23_text).replace(
    "<p>Item: Pump shaft",
    html_table([["Item", "Description", "Qty", "Unit (NGN)", "Total (NGN)"],
                ["1", "Pump shaft SS 420, 25 mm x 612 mm, drg KBS-PS-25 rev 4", "60", "118,000.00", "7,080,000.00"]])
    + "\n<p>Item: Pump shaft")
case("c23_ng_shaft_full_lpo_mail", [],
     "Full-quantity LPO for 60 shafts in a text+HTML mail; 'proceed with all 60' names the quantity; no sample stage.",
     [("LPO KBS-LPO-24-115.eml", eml_bytes(mail(
         "Aminu Bello <aminu.bello@kanoborehole.com.ng>", "Sales <sales@lagospumpspares.com.ng>",
         "LPO KBS/LPO/24/115 - pump shafts x 60", "Mon, 06 May 2024 09:48:00 +0100", _c23_text,
         html=_c23_html)))])

# ---- c24 Ghanaian solar mini-grid: QuickBooks PO for samples, deposit explicitly not a release
case("c24_gh_enclosure_qb_po", [],
     "Sample PO for 3 enclosures: 147 not released, deposit stated not to release production, field-test sign-off + written release by Mr. Abdul-Rahman Issah.",
     [("NGS-PO-1042.txt", """\
Northern Ghana Solar Co. Ltd                                      Purchase Order
Plot 5 Gumani Industrial Area, Tamale                             PO No.: 1042
Tel 0372 555 018  | procurement@ngsolar.com.gh                    Date  : 26/04/2024

Vendor                                   Ship To
Tema Sheet Metal Ltd                     NGS Warehouse, Gumani, Tamale
Community 9, Heavy Industrial Area, Tema

Ship Via: Transporter (vendor)   FOB: Tema   Terms: see memo
-----------------------------------------------------------------------------------
Item          Description                                 Qty      Rate       Amount
-----------------------------------------------------------------------------------
ENC-PM-200    Pole-mount battery enclosure, 1.5 mm         3   6,450.00    19,350.00
              galv. steel, powder coat RAL 7035,
              IP55, drawing NGS-ENC-07 rev A - SAMPLE
-----------------------------------------------------------------------------------
                                                          Total GHS       19,350.00
Memo:
- This PO is for 3 sample enclosures only. Your quote TSM/Q/0331 shows 150 in total;
  the other 147 are NOT released by this PO. Do not cut or fold them.
- We have paid a 40% deposit on this PO today (GCB transfer ref 7781-22). The deposit
  covers the samples only and does not release production.
- The 147 will be released only by a written production release from
  Mr. Abdul-Rahman Issah, Projects Director, after the 4-week field test sign-off
  at our Savelugu mini-grid site.
- Material authority: sample quantity only.

Authorised by: ______________________  (Issah Mahama, Procurement)
""")])

# ---- c25 Ugandan medical consumables: LPO (DOCX, table) + supplier acknowledgement (TXT)
case("c25_ug_sharps_lpo_and_ack", [],
     "Two files: LPO 50 sample sharps containers, 4,950 not released, QA sign-off + written release by Mr. Ronald Ssemwanga; supplier acknowledgement restates the same scope.",
     [("KMS-LPO-2024-0233.docx", docx_bytes([
         ("h1", "Kabale Medical Stores Ltd"),
         ("p", "Plot 3 Kisoro Road, Kabale. P.O. Box 412. Tel +256 486 555 077."),
         ("h", "Local Purchase Order KMS/LPO/2024/0233"),
         ("p", "Date: 24 April 2024. Supplier: Lugazi Plastics Ltd, Lugazi, Buikwe District. Quote ref: LP/Q/24/061."),
         ("table", [["Item", "Description", "Qty", "Unit (UGX)", "Amount (UGX)"],
                    ["1", "Sharps container 5 L, yellow PP, printed biohazard + KMS logo, drawing KMS-SC-05 rev 2 - SAMPLE", "50", "7,800", "390,000"]]),
         ("p", "Scope: this LPO is for 50 (fifty) sample containers only."),
         ("p", "Your quote LP/Q/24/061 covers 5,000 containers. The other 4,950 are not released by this LPO: "
               "please do not mould them and do not buy polypropylene for them."),
         ("p", "They will be released only after our QA signs off the samples (drop test and puncture test to "
               "ISO 23907-1) and Mr. Ronald Ssemwanga, Procurement Manager, sends a written production release "
               "stating the quantity."),
         ("p", "Material authority: sample quantity only."),
         ("p", "Ronald Ssemwanga, Procurement Manager"),
     ], author="Ronald Ssemwanga")),
      ("LP-ACK-0233.txt", """\
LUGAZI PLASTICS LTD - ORDER ACKNOWLEDGEMENT
Ack No: LP/ACK/0233         Date: 26/04/2024
To: Kabale Medical Stores Ltd, attn. Mr. Ronald Ssemwanga

We acknowledge your LPO KMS/LPO/2024/0233 as written:
  - 50 sample sharps containers 5 L (drg KMS-SC-05 rev 2), delivery 10/05/2024.
  - The remaining 4,950 containers are not released. We will not mould them and we
    will not buy PP for them until your written production release arrives after
    the QA sign-off.

Mould trial done 25/04; cavity 2 lid hinge adjusted. Samples go by Gateway bus to Kabale.

Thank you,
Agnes Nabirye, Customer Service, Lugazi Plastics Ltd  +256 752 555 640
""")])


# =================================================================== RISKS
# ---- p01 Nigerian corrugated: bare sample LPO + supplier quote with 60,000 (two files)
case("p01_ng_carton_lpo_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample LPO for 500 cartons next to the supplier quote showing 60,000 production; nothing says the 60,000 is not released, no unlock event, no release person.",
     [("ACFM-LPO-2024-0588.txt", """\
ABEOKUTA CASSAVA FLOUR MILLS LTD                               Sage 50 Accounting
Km 4 Abeokuta-Ibadan Road, Lafenwa, Abeokuta, Ogun State
RC 556102  |  Tel 0805 555 3310  |  stores@acfmills.com.ng

                            LOCAL PURCHASE ORDER

LPO Number : ACFM/LPO/2024/0588               Date     : 15/04/2024
Supplier   : AGBARA CARTON INDUSTRIES LTD      Acct Ref : AGB002
             Plot C5 Agbara Industrial Estate, Ogun State
Your Quote : ACI/Q/24/0402                    Terms    : 30 days
Deliver To : Lusada Warehouse, Agbara-Igbesa Road

Item  Product Code   Description                               Qty      Unit Price      Net Amount
----  -------------  ---------------------------------------  -----  --------------  --------------
1     CTN-5P-4832    5-PLY RSC CARTON 480X320X300 PRINTED       500        1,150.00      575,000.00
                     2 COLOUR "ACFM HIGH QUALITY CASSAVA
                     FLOUR 10KG" - SAMPLE
                                                              Net Total                575,000.00
                                                              VAT 7.5%                  43,125.00
                                                              LPO Total NGN            618,125.00

Remarks: Sample quantity as per your quote ACI/Q/24/0402. Kindly deliver to our Lusada
warehouse and attach the burst test certificate. Quote our LPO number on your invoice.

Raised by: Olumide Fasanya (Stores & Purchasing)       Authorised: _______________________
"""),
      ("ACI-Q-24-0402.pdf", pdf([
          ("h1", "AGBARA CARTON INDUSTRIES LTD"),
          ("p", "Plot C5 Agbara Industrial Estate, Ogun State. Tel 0802 555 7740. marketing@agbaracarton.ng"),
          ("h", "QUOTATION ACI/Q/24/0402"),
          ("p", "Date: 8 April 2024. To: Abeokuta Cassava Flour Mills Ltd, attn. Mr. Olumide Fasanya."),
          ("p", "Product: 5-ply RSC carton 480 x 320 x 300 mm, BC flute, 2-colour flexo, for 10 kg cassava flour bags."),
          ("table", [["Description", "Quantity", "Unit price (NGN)", "Lead time"],
                     ["Sample", "500", "1,150.00", "1 week"],
                     ["Production", "60,000", "780.00", "3 weeks from order"],
                     ["Printing plates (one-off)", "1 set", "240,000.00", "with sample"]]),
          ("sp",),
          ("p", "Payment: 50% advance with LPO, balance before delivery. Prices are subject to review if the "
                "cost of imported kraft changes by more than 5%. Validity: 10 days."),
          ("p", "We thank you for your enquiry. Yours faithfully, Nkechi Umeh, Marketing Executive."),
      ], title="Quotation ACI/Q/24/0402", author="Nkechi Umeh"))])

# ---- p02 Kenyan borehole pumps: PO (PDF) shows project quantity 400 beside 4 samples; release authority named
_p02_pdf = pdf([
    ("h1", "LAKE BASIN DRILLING LTD"),
    ("p", "Oginga Odinga Street, Kisumu. P.O. Box 1420-40100. Tel +254 57 555 2011."),
    ("h", "PURCHASE ORDER LBD/PO/24/0221"),
    ("p", "Date: 22 April 2024. Supplier: Ruiru Pump Works Ltd, Ruiru. Quote: RPW/Q/24/088."),
    ("table", [["Line", "Part", "Description", "Qty", "Unit (KES)", "Amount (KES)"],
               ["1", "LBD-IMP-6-11", "Impeller, 6 inch submersible, stage 11, SS 304 pressed, drg LBD-P-611 rev A - samples", "4", "9,200.00", "36,800.00"],
               ["", "", "Project requirement: 400 impellers (Siaya/Bondo borehole programme, Phase II)", "", "", ""]]),
    ("sp",),
    ("p", "Production release authority: Eng. Wanjiru Kamau, Technical Manager."),
    ("p", "Delivery: Kisumu workshop, Kibos Road. Payment: 30 days from invoice. Please quote the PO number on "
          "all documents."),
    ("p", "Samuel Otieno, Procurement Officer."),
], title="PO LBD/PO/24/0221", author="Samuel Otieno")
case("p02_ke_impeller_po_projectqty", ["RG001", "RG003", "RG004"],
     "PO for 4 sample impellers lists the 400 project requirement without saying it is not released; release authority named but no unlock event and no hold on the balance.",
     [("PO LBD-PO-24-0221 sample impellers.eml", eml_bytes(mail(
         "Samuel Otieno <s.otieno@lakebasindrilling.co.ke>", "Sales <sales@ruirupumpworks.co.ke>",
         "PO LBD/PO/24/0221 - sample impellers", "Mon, 22 Apr 2024 11:02:00 +0300",
         """Dear Sir,

Kindly find attached our PO LBD/PO/24/0221 for the sample impellers as per your quote RPW/Q/24/088.

Kindly acknowledge receipt and confirm the delivery date. Our rig is at Bondo from next month, so we need the samples before 15th May.

Regards,""" + sig("Samuel Otieno", "Procurement Officer", "Lake Basin Drilling Ltd", "+254 57 555 2011"),
         attachments=[("LBD-PO-24-0221.pdf", _p02_pdf, PDF_MT)])))])

# ---- p03 Tanzanian printed textiles: WhatsApp, 20 m samples beside a 6,000 m full run
case("p03_tz_kitenge_whatsapp_samples", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer orders 20 m samples per design and states the 6,000 m full run in the same message; no hold, no unlock event, nobody named to release it.",
     [("WhatsApp Chat - Jabir ATP.txt", chat([
         "12/04/2024, 10:14 - Jabir (Arusha Textile Printers): Habari mama Zawadi, quotation ya vitenge designs 4 nimetuma kwa email jana",
         "12/04/2024, 10:31 - Zawadi Mushi: Nzuri Jabir. Nimeiona. Prices ziko sawa.",
         "12/04/2024, 10:33 - Zawadi Mushi: Make sample 20 metres kwa kila design, designs 4, total 80 metres. Use the 100% cotton poplin 60x60 like last time",
         "12/04/2024, 10:34 - Zawadi Mushi: Full run itakuwa 6,000 metres per design so choose fabric you can get in bulk from the mill",
         "12/04/2024, 10:36 - Jabir (Arusha Textile Printers): Sawa mama. Colours same as the paper designs?",
         "12/04/2024, 10:37 - Zawadi Mushi: Yes, but design 3 the red must be deeper, like Coca-Cola red not pink",
         "12/04/2024, 10:38 - Jabir (Arusha Textile Printers): Noted. Samples in 5 days, nitakuletea Kariakoo mwenyewe",
         "12/04/2024, 10:38 - Zawadi Mushi: Asante \U0001F64F",
     ]))])

# ---- p04 Ethiopian agro-processing: bare sample PO, no larger quantity
case("p04_et_sieve_sample_po", ["RG003", "RG004", "RG005"],
     "Sample PO for 3 sieve screens: says 'sample order' only, never that the production balance is not released, no unlock event, no release person.",
     [("BTP-PO-2016-0093.pdf", pdf([
         ("h1", "BISHOFTU TEFF PROCESSING PLC"),
         ("p", "Bishoftu (Debre Zeit), Oromia. P.O. Box 88. Tel +251 11 555 3372. TIN 0012458831."),
         ("h", "PURCHASE ORDER No. BTP/PO/2016/0093"),
         ("p", "Date: 12 Miyazia 2016 E.C. (20 April 2024). Supplier: Akaki Metal Works PLC, Akaki Kality, Addis Ababa."),
         ("table", [["No.", "Description", "Unit", "Qty", "Unit price (ETB)", "Total (ETB)"],
                    ["1", "Perforated sieve screen SS304, 1.5 mm sheet, round holes 2.0 mm, 1,200 x 600 mm, drawing BTP-SC-12 rev 1, for the teff cleaner", "pcs", "3", "14,500.00", "43,500.00"],
                    ["", "VAT 15%", "", "", "", "6,525.00"],
                    ["", "Total", "", "", "", "50,025.00"]]),
         ("sp",),
         ("p", "Remark: sample order for the new teff cleaner line. Delivery to Bishoftu plant gate 2. "
               "Payment by CPO against delivery and GRN. Withholding tax 2% applies."),
         ("p", "Prepared: Tigist Haile, Purchasing Officer. Checked: Finance."),
     ], title="PO BTP/PO/2016/0093", author="Tigist Haile"))])

# ---- p05 Israeli medical consumables: Odoo PO (HTML) with project quantity beside the pilot lot
_p05_rows = [["Description", "Scheduled date", "Qty", "Unit price", "Taxes", "Amount"],
             ["[AMD-IVS-03] IV spike housing, PC, Rev C - pilot lot", "26/05/2024", "30.00 Units", "22.00", "VAT 17%", "660.00 \u20aa"]]
case("p05_il_ivspike_odoo_po", ["RG001", "RG003", "RG004"],
     "Odoo PO for a 30-unit pilot lot shows 'project quantity 3,000' with no statement that it is not released and no unlock event; a release contact is named.",
     [("Purchase Order - P00417.html", html_page("Purchase Order - P00417", f"""
<div style="float:right">Ashdod Medical Disposables Ltd<br>HaOrgim 12, Ashdod<br>Company no. 515220871</div>
<h2>Purchase Order #P00417</h2>
<p><b>Vendor:</b> Karmiel Injection Moulding Ltd, HaTa'asiya 4, Karmiel<br>
<b>Your Order Reference:</b> KIM-Q-2290<br>
<b>Order Date:</b> 05/05/2024 &nbsp; <b>Purchase Representative:</b> Dana Mor</p>
{html_table(_p05_rows)}
<p><b>Untaxed Amount:</b> 660.00 &#8362; &nbsp; <b>Taxes:</b> 112.20 &#8362; &nbsp; <b>Total:</b> 772.20 &#8362;</p>
<p><b>Terms and Conditions</b><br>
Project quantity: 3,000 units (AMD-IVS-03).<br>
Contact for series production: Ilan Peretz, COO, release authority.<br>
Pilot lot to be delivered with FAI report and resin CoC (Makrolon Rx2530). Payment: current + 45.</p>
<p style="font-size:11px">Ashdod Medical Disposables &middot; purchasing@amd-med.co.il &middot; +972 8 555 9011 &middot; Page 1/1</p>
"""))])

# ---- p06 Lebanese water meters: call-off 1 under an 8.000 blanket, nothing else said
case("p06_lb_cover_calloff1", ["RG001", "RG003", "RG004", "RG005"],
     "Call-off for 1.000 of an 8.000 blanket (European format); no statement that the other 7.000 are not released, no unlock event, no release person.",
     [("BMS-CO-0001.txt", """\
BEIRUT METERING SOLUTIONS SAL                                         CALL-OFF
Corniche El Nahr, Beirut  -  MOF 2284411                          Page 1 / 1
=================================================================================
Call-off no.     : BMS-CO-0001                 Date        : 02.05.2024
Blanket order    : BMS-BO-2024-09              Blanket qty : 8.000 pcs
Supplier         : CHTAURA PLASTICS SARL, Main Road, Chtaura, Bekaa
Part             : Register cover DN15/20, PC UV-stab., drg BMS-RC-07 ind. C
Incoterm         : DAP Beirut store            Currency    : USD
=================================================================================
Pos  Qty call-off   Unit price   Amount      Requested delivery
---  ------------   ----------   ---------   -------------------
001  1.000 pcs      1,35         1.350,00    week 22 / 2024
=================================================================================
Delivery address : BMS store, Karantina, Beirut. Delivery Mon-Fri 08:00-14:00.
Packing          : 200 pcs per carton, cartons labelled with blanket no. and
                   call-off no.
Remarks          : Cavity no. to be moulded. CoC with each delivery.

Issued by: Maya Saade, Purchasing                     Tel +961 1 555 448
""")])

# ---- p07 Iranian water meters: email + TXT PO, balance on hold but no event/person, 10 vs 12 samples
_p07_txt = """\
TEHRAN WATER METER CO. (PJS)                     PURCHASE ORDER 1403/0275
Shahid Bagheri Ind. Zone, Km 12 Tehran-Karaj Road        Date: 1403/02/09
-----------------------------------------------------------------------------
Supplier : Qazvin Casting Co. - Eng. Hosseini
Item     : Meter body DN20, brass CW617N, drg TWM-MB-20 rev 6
-----------------------------------------------------------------------------
Line  Description                          Qty    Unit price (IRR)     Total
1     Meter body DN20 - SAMPLE              12      2,850,000    34,200,000
-----------------------------------------------------------------------------
Note: sample bodies only. Balance of the order (2,000 bodies in total) is on
hold.
Delivery: Tehran plant, gate 3. Pressure test report 16 bar required.
Purchasing: N. Tavakoli
"""
case("p07_ir_meterbody_po_txt", ["RG004", "RG005", "RG011"],
     "Mail says 10 sample bodies, the attached PO says 12; balance on hold in both, but no unlock event and nobody named to release it.",
     [("PO 1403-0275 sample bodies.eml", eml_bytes(mail(
         "Nasrin Tavakoli <n.tavakoli@tehranwatermeter.ir>", "Eng. Hosseini <hosseini@qazvincasting.ir>",
         "PO 1403/0275 - sample meter bodies", "Sun, 28 Apr 2024 09:20:00 +0330",
         """Dear Eng. Hosseini,

Salam. Attached please find our PO 1403/0275 (text file, the signed copy is with our courier).

It covers 10 sample brass meter bodies only. The balance of the 2,000 bodies is on hold.

Please send the samples with the pressure test report and the chemical analysis of the brass.

Best regards,
Nasrin Tavakoli
Purchasing, Tehran Water Meter Co.
+98 21 5550 7730
""", attachments=[("PO_1403-0275.txt", _p07_txt, "text/plain")])))])

# ---- p08 Jordanian school furniture: LPO (DOCX) - release by a department, 'approval' for QA and finance
case("p08_jo_labtable_lpo", ["RG005", "RG009"],
     "LPO for 6 sample lab tables, 114 not released; release 'by the Procurement Department' (no named person); 'approval' used for QA sample approval and finance approval of the revised LPO.",
     [("ABS-LPO-24-0187.docx", docx_bytes([
         ("h1", "Al-Balqa Private Schools"),
         ("p", "Procurement Department, Salt, Al-Balqa Governorate, Jordan. Tel +962 5 555 3140."),
         ("h", "Local Purchase Order ABS-LPO-24-0187"),
         ("p", "Date: 30 April 2024. Supplier: Madaba Wood Industries, Madaba Industrial Area. Offer MWI-2024-44."),
         ("table", [["Item", "Description", "Qty", "Unit (JOD)", "Total (JOD)"],
                    ["1", "Science lab table 150 x 60 cm, epoxy resin top, beech frame, with gas tap cut-out - SAMPLE", "6", "142.000", "852.000"]]),
         ("p", "This LPO covers 6 sample lab tables for the new science block. The remaining 114 tables are "
               "not released."),
         ("p", "They will be released by the Procurement Department once (a) our QA team gives its approval "
               "of the samples and (b) Finance gives its approval of the revised LPO for the 114 tables."),
         ("p", "Delivery of samples: Salt campus, within 3 weeks. Payment: 30 days after delivery."),
         ("p", "Prepared by: Lina Haddad, Purchasing Officer."),
     ], author="Lina Haddad"))])

# ---- p09 Ugandan solar mini-grid: Telegram, supplier cut steel for all 120
case("p09_ug_mounting_telegram", ["RG006"],
     "Buyer releases only 5 sample structures (115 held, site sign-off + his written release); supplier has already cut and drilled steel for all 120.",
     [("telegram_gulu_minigrid_mbale.txt", chat([
         "Okello David, [19.04.24 08:05]",
         "Good morning Wafula. LPO GMG/LPO/24/033 sent on email last night. Only the 5 sample mounting structures are released.",
         "",
         "Okello David, [19.04.24 08:06]",
         "The other 115 of the 120 are not released. Wait for the sign-off of the samples at Awach site and my written release.",
         "",
         "Wafula Simiyu, [19.04.24 09:47]",
         "Received boss, webale. Samples will be ready Wednesday.",
         "",
         "Wafula Simiyu, [19.04.24 09:49]",
         "To save time we have already cut and drilled the C-channel for all 120 structures, since the balance will come anyway and steel price is going up next month after the budget.",
         "",
         "Okello David, [19.04.24 10:15]",
         "Eh! Nobody gave you material for 115. That steel is on your side, I cannot promise anything until the site test.",
         "",
         "Wafula Simiyu, [19.04.24 10:18]",
         "Understood boss. We keep it in the yard.",
     ]))])

# ---- p10 Ethiopian mining wear parts: supplier bought alloy for all 120 (quoted PO scope)
_p10_buyer = """Dear Ato Kebede,

PO DM/PO/2016/081: 8 sample liners only (SAG mill shell liner, Ni-Hard 4, drawing DM-SAG-03 rev 1).
Balance of 112 NOT released.
Release of the 112 only by written production release from Ato Girma Wolde, Procurement Manager, after our metallurgist signs off the samples.

Girma Wolde
Procurement Manager, Dimma Minerals PLC"""
_p10_text = f"""Selam Ato Girma,

Status of the sample liners under PO DM/PO/2016/081:
- Patterns finished and checked against drawing DM-SAG-03 rev 1.
- Moulding of the 8 samples this week, pouring on Tuesday.
- Heat treatment and hardness check the following week.

We fully understand the 112 liners are not released and we will not pour them.

However, to protect the 14-week lead time for the alloying elements, we have already placed the order with our supplier in Mersin for ferro-chrome and nickel sufficient for all 120 liners (about 38 tonnes of castings). The LC was opened on Friday.

We will send photos of the samples after shake-out.

Best regards,
Kebede Alemu
Production Planning, Kombolcha Steel Castings PLC
Tel +251 33 555 1420

On Mon, 8 Apr 2024, Girma Wolde <girma.w@dimmaminerals.et> wrote:
{quote(_p10_buyer)}
"""
case("p10_et_liner_alloy_status", ["RG006"],
     "Quoted buyer scope is complete (8 samples, 112 held, sign-off + written release by Ato Girma); supplier ordered alloy for all 120 liners without any material authority.",
     [("RE PO DM-PO-2016-081 status.eml", eml_bytes(mail(
         "Kebede Alemu <kebede@kombolchasteel.com.et>", "Girma Wolde <girma.w@dimmaminerals.et>",
         "RE: PO DM/PO/2016/081 - sample liners status", "Mon, 29 Apr 2024 16:40:00 +0300", _p10_text,
         in_reply_to="<po-081@dimmaminerals.et>")))])

# ---- p11 Lebanese water meters: call-off (PDF) + supplier weekly status (HTML): brass for 6,000, 2,500 'released'
_p11_status_rows = [["Item", "Value", "Comment"],
                    ["Released to date per your call-offs", "2,500 bodies", "CO-1 + CO-2"],
                    ["Produced to date", "1,900 bodies", "1,000 delivered, 900 in machining"],
                    ["Brass bar CW617N in stock", "for 6,000 bodies", "bought wk 17 to secure LME price"],
                    ["Next delivery", "500 bodies", "week 24"]]
case("p11_lb_meter_calloff_and_status", ["RG006", "RG011"],
     "Call-off: 2,000 released to date, material authority = released quantity; supplier status says 2,500 released and shows brass bought for all 6,000 bodies.",
     [("BWS-CO2-BO-2024-031.pdf", pdf([
         ("h1", "BYBLOS WATER SERVICES SAL"),
         ("p", "Jbeil, Main Road, Lebanon. MOF 3311907. Tel +961 9 555 404."),
         ("h", "CALL-OFF No. 2 - blanket order BWS-BO-2024-031"),
         ("p", "Date: 2 May 2024. Supplier: Saida Brass Foundry SARL, Saida. Part: meter body DN15, CW617N, drawing BWS-MB-15 rev 2."),
         ("table", [["Call-off", "Quantity", "Status"],
                    ["CO-1", "1,000", "delivered"],
                    ["CO-2 (this call-off)", "1,000", "released"],
                    ["Released to date", "2,000", ""],
                    ["Blanket total", "6,000", "4,000 not released"]]),
         ("sp",),
         ("p", "This call-off releases 1,000 meter bodies. The remaining 4,000 are not released; they will be "
               "released only by a further written call-off from Mr. Georges Abi Nader, Purchasing Manager, "
               "after lot acceptance of CO-2."),
         ("p", "Material authority: the quantity released to date only (2,000 bodies)."),
         ("p", "Georges Abi Nader, Purchasing Manager"),
     ], title="Call-off 2", author="Georges Abi Nader")),
      ("SBF_weekly_status_wk19.html", html_page("SBF weekly status wk19", f"""
<h2>Saida Brass Foundry SARL - weekly status</h2>
<p>Customer: Byblos Water Services SAL &middot; Blanket BWS-BO-2024-031 &middot; Week 19 / 2024 &middot; prepared by Hassan Bizri</p>
{html_table(_p11_status_rows)}
<p>Remarks: furnace 2 maintenance on 14 May, no impact on the delivery plan. Please confirm the
receiving hours for the week 24 delivery.</p>
<p>Best regards,<br>Hassan Bizri, Planning</p>
"""))])

# ---- p12 Nigerian agro-processing machinery: buyer asks supplier to buy stainless for all 40, supplier did
_p12_buyer = """Oga Segun, good morning.

As we discussed on phone, LPO OCP/24/077 na for the 2 pilot graters only, 2 units, for the Iseyin factory.

The remaining 38 graters no dey released yet. Make una no start am until our factory manager, Mrs. Funmilayo Adeyemi, sign the pilot test report and send una written release.

But abeg, that 304 stainless sheet for all 40 graters, make una buy am now before dollar go up again. We go sort the paperwork later.

Thanks,
Tunde Bakare
Operations Manager, Oyo Cassava Processors Ltd"""
_p12_text = f"""Noted oga Tunde.

We don buy the 304 sheets (1.5 mm, 24 sheets) for all 40 graters this morning from the dealer at Owode-Onirin, receipt attached to our next invoice. The pilot units will be ready next Friday for collection.

Regards,
Segun Adewale
Ibadan Agro-Machinery Fabricators, Oluyole Estate
0803 555 6218

On Tue, 16 Apr 2024 at 07:52, Tunde Bakare <tunde.bakare@oyocassava.com.ng> wrote:
{quote(_p12_buyer)}
"""
case("p12_ng_grater_stainless_pidgin", ["RG006"],
     "Buyer releases 2 pilot graters (38 held, pilot test report + written release by Mrs. Funmilayo Adeyemi) but asks for stainless for all 40 'paperwork later'; supplier bought it. No material authority.",
     [("RE LPO OCP-24-077 pilot graters.eml", eml_bytes(mail(
         "Segun Adewale <segun@ibadanagromachinery.com.ng>", "Tunde Bakare <tunde.bakare@oyocassava.com.ng>",
         "RE: LPO OCP/24/077 pilot graters", "Tue, 16 Apr 2024 13:05:00 +0100", _p12_text,
         html=to_html(_p12_text), in_reply_to="<ocp-077@oyocassava.com.ng>")))])

# ---- p13 Kenyan school furniture: supplier production minutes, timber for 1,200 desks bought
case("p13_ke_desk_supplier_minutes", ["RG006"],
     "Supplier's own minutes: LPO is for 30 sample desks and the County has held the 1,170; timber for all 1,200 desks bought and in the kiln.",
     [("ETJ production meeting 2024-04-26.docx", docx_bytes([
         ("h1", "Eldoret Timber & Joinery Ltd - weekly production meeting"),
         ("p", "Date: 26 April 2024. Venue: Kapseret works office. Present: Mr. Kipchumba (MD), Faith Jeptoo (Planning), "
               "Otieno (Machine shop), Mutai (Kiln), Chebet (Stores)."),
         ("h", "1. Uasin Gishu County desks"),
         ("p", "LPO UGC/EDU/LPO/0923 received for 30 sample double desks (cypress, drawing UGC-DD-01). "
               "The County has told us the balance of 1,170 desks is not released until their inspection of "
               "the samples and a written release from Mr. Kiprop, Head of SCM."),
         ("p", "Cypress timber for all 1,200 desks has been purchased from the Kaptagat sawmill "
               "(86 m3) and is now in kiln 2; about 40% kiln-dried."),
         ("h", "2. Actions"),
         ("table", [["No.", "Action", "Owner", "Due"],
                    ["1", "Finish and finish-coat the 30 sample desks", "Otieno", "3 May"],
                    ["2", "Continue kiln-drying the 86 m3 cypress (all 1,200 desks)", "Mutai", "10 May"],
                    ["3", "Book lorry for sample delivery to Eldoret county offices", "Chebet", "2 May"],
                    ["4", "Pay Kaptagat sawmill second instalment", "Accounts", "30 April"]]),
         ("p", "AOB: KPLC power cuts on Tuesday; generator diesel to be topped up."),
     ], author="Faith Jeptoo"))])

# ---- p14 Iranian agro-processing: supplier bought housings for 60 and will roll into the 57 after pilot approval
case("p14_ir_husker_supplier_plan", ["RG006", "RG007"],
     "Supplier acknowledges 57 not released but has bought housings for all 60 and says pilot approval will lead straight into the 57 without another letter.",
     [("PO GRM-1403-052 pilot huskers.eml", eml_bytes(mail(
         "Mohsen Rahimi <sales@arakmachineparts.ir>", "Mr. Ahmadi <ahmadi@golestanricemills.ir>",
         "PO GRM-1403-052 - pilot rice huskers, schedule", "Sat, 27 Apr 2024 10:10:00 +0330",
         """Dear Mr. Ahmadi,

Salam alaikum. Thank you for PO GRM-1403-052 for the 3 pilot rice huskers (rubber roll type, 2 t/h).

We confirm that we understand the remaining 57 units are not yet released.

To keep your harvest schedule for Mordad, we have already purchased the cast-iron housings for all 60 units from our foundry partner in Tabriz; they will arrive at our Arak shop next week.

As soon as your team approves the pilot units, we will continue directly with the 57 units. There is no need to trouble you with another letter, we will simply start the series the next day.

The pilot units will be ready for inspection on 20 Ordibehesht.

With respect,
Mohsen Rahimi
Sales Manager, Arak Machine Parts Co.
+98 86 5550 3321
""")))])

# ---- p15 Israeli medical consumables: supplier ack compounded resin for 25,000 sets and will run straight after sign-off
_p15_buyer = """Hi Boaz,

PO 4500-3391 is attached. Scope, so there is no misunderstanding:
- 500 sample sets of the PU extension line, RI-EXT-14 Rev A.
- Balance of 24,500 sets is NOT released.
- Material authority: sample quantity only.
- Release of the balance only by written production release from Amir Levi, VP Operations, after our biocompatibility sign-off.

Thanks,
Dalia"""
_p15_text = f"""Hi Dalia,

Acknowledged: 500 sample sets, balance of 24,500 not released.

FYI, our compounder's minimum batch is 2.5 tonnes, so last week we compounded the PU resin for about 25,000 sets. It's sitting in our warehouse, ready.

Once you sign off the samples we'll extrude the 24,500 straight from that batch, so you will have them about 10 days after your sign-off.

Samples ship on Thursday with the CoC.

Boaz
Boaz Friedman | Key Accounts | Kiryat Gat Extrusions Ltd | +972 8 555 4471

On Sun, 21 Apr 2024, Dalia Cohen <dalia.c@rehovotinfusion.co.il> wrote:
{quote(_p15_buyer)}
"""
case("p15_il_tubing_ack_minbatch", ["RG006", "RG007"],
     "Supplier acknowledges the full scope (500 samples, 24,500 held, sample-only material) but compounded resin for 25,000 sets and plans to run the balance straight after sample sign-off.",
     [("RE PO 4500-3391 sample sets.eml", eml_bytes(mail(
         "Boaz Friedman <boaz@kgextrusions.co.il>", "Dalia Cohen <dalia.c@rehovotinfusion.co.il>",
         "RE: PO 4500-3391 - RI-EXT-14 sample sets", "Mon, 22 Apr 2024 08:55:00 +0300", _p15_text,
         in_reply_to="<4500-3391@rehovotinfusion.co.il>")))])

# ---- p16 Ghanaian motorcycle spares: Tally PO contradicts its own written-release rule
case("p16_gh_clutch_tally_po", ["RG007"],
     "PO names written release by Mr. Yaw Boateng after road test, then tells the supplier to go on with the 11,900 once QC passes the samples without waiting for his letter.",
     [("TMS-PO-0427.txt", """\
                         TAMALE MOTOR SPARES LIMITED
               Bolgatanga Road, Tamale, Northern Region, Ghana
                    Tel 0372 555 4410 | tms.purchase@gmail.com
------------------------------------------------------------------------------
                               PURCHASE ORDER
------------------------------------------------------------------------------
Voucher No. : TMS/PO/0427                          Dated : 18-Apr-2024
Party       : KPONE AUTO COMPONENTS LTD, Kpone Industrial Area, Tema
Ref         : KAC/Q/24/051
------------------------------------------------------------------------------
Sl  Description of Goods                         Qty        Rate       Amount
------------------------------------------------------------------------------
1   Clutch plate set (friction 5 + steel 4),   100 set     96.00     9,600.00
    Honda CG125 / Haojue type, drg TMS-CP-125
    Rev 3  *** SAMPLE ***
------------------------------------------------------------------------------
                                     Total         100 set         9,600.00 GHS
------------------------------------------------------------------------------
Remarks:
 1. 100 sample sets only. Balance 11,900 sets (quote total 12,000) NOT released.
 2. Production release authority: Mr. Yaw Boateng, Operations Manager, by
    written release after the road-test sign-off (4 weeks, Tamale-Bolga route).
 3. N.B. To avoid delay: once our QC passes the samples, you can go on with the
    balance 11,900 sets directly. No need to wait for Mr. Boateng's letter.
 4. Material authority: sample quantity only.
------------------------------------------------------------------------------
Prepared by: Alhassan Mahama            Authorised Signatory: ____________
                                                  Computer generated (Tally)
""")])

# ---- p17 Lebanese printed textiles: supplier says strike-off sign-off starts bulk (quoted PO, multipart)
_p17_buyer = """Bonjour Georges,

PO MCL-24-118 attached. Strike-offs only: 3 designs x 2 m each.
The bulk (8.000 m per design) is not released.
Bulk release only by a separate written bulk order signed by me, Rima Khoury, Purchasing Director, after our colour sign-off on the strike-offs.

Merci,
Rima"""
_p17_text = f"""Bonjour Rima, merci.

Strike-offs leave Zahle on Thursday by our driver; you will have them Friday morning in Achrafieh.

Please note that, as is usual in our mill, your sign-off of the strike-off is our go for bulk: the day we receive your OK on the colours, the 24.000 m go on the rotary machines. This way the lead time is 3 weeks from your OK instead of 5.

Best regards,
Georges Maalouf
Zahle Digital Textile Print SARL | +961 8 555 902

Le 23/04/2024, Rima Khoury <rima.khoury@maisoncedre.com.lb> a écrit :
{quote(_p17_buyer)}
"""
case("p17_lb_strikeoff_bulk_thread", ["RG007"],
     "Quoted PO is complete (strike-offs only, bulk held, written bulk order by Rima Khoury after colour sign-off); supplier states strike-off sign-off starts the 24.000 m bulk.",
     [("RE PO MCL-24-118 strike-offs.eml", eml_bytes(mail(
         "Georges Maalouf <georges@zahledtp.com.lb>", "Rima Khoury <rima.khoury@maisoncedre.com.lb>",
         "RE: PO MCL-24-118 - strike-offs", "Wed, 24 Apr 2024 12:30:00 +0300", _p17_text,
         html=to_html(_p17_text), in_reply_to="<mcl-24-118@maisoncedre.com.lb>")))])

# ---- p18 Kenyan water meters: WhatsApp, supplier assumes sample approval rolls into 4,800, not corrected
case("p18_ke_meter_whatsapp_rollover", ["RG007"],
     "Buyer's scope is complete (200 samples, 4,800 held, KEBS + field trial, written release by Eng. Paul Kariuki); supplier says approval of samples rolls straight into the 4,800 and buyer does not correct it.",
     [("WhatsApp Chat with Omondi Athi Meters.txt", chat([
         "[22/04/2024, 14:02:11] Esther Njeri: Good afternoon Omondi. LPO KWS/LPO/0334 is for 200 sample meters only, DN15 class C.",
         "[22/04/2024, 14:03:40] Esther Njeri: The other 4,800 are not released. Release will come in writing from our MD, Eng. Paul Kariuki, after the samples pass KEBS testing and our 30-day field trial in Ruiru.",
         "[22/04/2024, 14:30:05] Omondi (Athi Meters): Sawa madam, well received.",
         "[22/04/2024, 14:31:22] Omondi (Athi Meters): Just so we plan: once you approve the samples we roll straight into the 4,800, we shall not wait for another paper. That's how we did it with Murang'a water last year, worked very well",
         "[22/04/2024, 14:45:10] Esther Njeri: \U0001F44D Asante",
         "[22/04/2024, 14:46:02] Omondi (Athi Meters): Karibu. Samples Friday",
     ]))])

# ---- p19 Nigerian medical consumables: buyer mail contradicts its PO (HTML attached); 'approved' for QA and for the balance
_p19_po = html_page("EHP/PO/24/0412", f"""
<h2>Enugu Healthcare Products Ltd</h2>
<p>Plot 21 Emene Industrial Layout, Enugu &middot; RC 771203</p>
<h3>Purchase Order EHP/PO/24/0412</h3>
<p>Supplier: Aba Precision Moulders Ltd, Ariaria, Aba &middot; Date: 17/04/2024</p>
{html_table([["Line", "Description", "Qty", "Unit (NGN)", "Amount (NGN)"],
             ["1", "Syringe barrel 5 ml, auto-disable, PP, printed scale, drg EHP-SB-05 rev 2 - pilot lot", "500", "38.00", "19,000.00"]])}
<div class="note">
<p>Scope: pilot lot of 500 barrels only. The balance of 199,500 barrels (of 200,000) is not released.</p>
<p>The balance will be released only by a written production release from Dr. Adaeze Obi, Director of
Operations, after QA sign-off of the pilot lot (dimensional, plunger force and ISO 7886-3 checks).</p>
<p>Material authority: pilot lot only.</p>
</div>
<p>Nkechi Eze, Supply Chain</p>
""")
case("p19_ng_syringe_mail_contradiction", ["RG007", "RG009"],
     "PO (attached) holds the 199,500 for Dr. Adaeze Obi's written release; cover mail says once QA has approved the pilot lot the balance is approved, run it straight away. 'Approved' used for QA and production.",
     [("PO EHP-PO-24-0412 pilot lot.eml", eml_bytes(mail(
         "Nkechi Eze <nkechi.eze@enuguhealthcare.com.ng>", "Chukwuemeka Nwachukwu <emeka@abaprecision.com.ng>",
         "PO EHP/PO/24/0412 - syringe barrel pilot lot", "Wed, 17 Apr 2024 15:22:00 +0100",
         """Good afternoon Emeka,

Please find attached our PO EHP/PO/24/0412 for the pilot lot of 500 syringe barrels.

The Ministry tender delivery date is very tight, so to save time: once our QA has approved the pilot lot, consider the balance approved and run the remaining 199,500 straight away. You don't need to wait for any other document from us.

Kindly confirm the mould is back from the toolroom.

Thank you and God bless,
Nkechi Eze
Supply Chain, Enugu Healthcare Products Ltd
0809 555 1402
""", attachments=[("EHP-PO-24-0412.html", _p19_po, "text/html")])))])

# ---- p20 Ethiopian solar mini-grid: supplier acknowledgement (DOCX) - will start balance upon sample approval
case("p20_et_enclosure_ack_docx", ["RG007"],
     "Supplier acknowledgement restates 4 samples and the 236 on hold for W/ro Meseret Alemu's written release, then says it will start the balance immediately upon sample approval.",
     [("DZEM-ACK-2016-119.docx", docx_bytes([
         ("h1", "Debre Zeit Electro-Mechanical PLC"),
         ("p", "Bishoftu, Kebele 04. Tel +251 11 555 8821. info@dzem.com.et"),
         ("h", "Order acknowledgement - PO AME/PO/2016/119"),
         ("p", "To: Addis Mini-Grid Energy PLC, Bole Sub-city, Addis Ababa. Attn: W/ro Meseret Alemu. Date: 18 April 2024."),
         ("table", [["PO line", "Item", "Qty", "Status"],
                    ["1", "Combiner box enclosure, IP65, 1.5 mm galvanised, drawing AME-CB-04 rev 2 - sample", "4", "acknowledged, delivery 2 May"],
                    ["Balance", "Same item", "236", "on hold per PO"]]),
         ("p", "We acknowledge your PO for four (4) sample enclosures. We note that the balance of 236 enclosures "
               "is on hold, to be released by written release from W/ro Meseret Alemu after your field test sign-off."),
         ("p", "Kindly note that upon your sample approval we shall commence the balance production immediately, "
               "so as to meet the Meher season installation deadline in the Amhara sites."),
         ("p", "With best regards, Solomon Getachew, Sales Manager."),
     ], author="Solomon Getachew"))])

# ---- p21 Tanzanian borehole pumps: Signal, buyer overrides own written-release rule
case("p21_tz_pump_signal_override", ["RG007"],
     "Buyer first holds the 94 for his written release after Mhandisi Salma signs the test report, then says once she signs, proceed with the remaining 94 without his letter.",
     [("signal-export-kassim-mwanza-pumps.txt", chat([
         "[2024-04-10 09:12] Salum Mrisho: Habari Kassim. LPO DBD/LPO/24/019 is for 6 sample pumps only, 4SP-10 stainless, 1.5 kW.",
         "[2024-04-10 09:13] Salum Mrisho: Hizo 94 zilizobaki (the remaining 94) are not released, usianze. Release will be a written release from me after Mhandisi Salma Juma signs the test report.",
         "[2024-04-10 09:40] Kassim Ally: Sawa bosi, nimeelewa. Samples tayari tarehe 22.",
         "[2024-04-16 18:05] Salum Mrisho: Kassim, kuokoa muda (to save time): once Salma signs the test report, proceed with the remaining 94. Don't wait for my letter, I'm travelling to Mwanza and Geita mid-month and network is bad there.",
         "[2024-04-16 18:09] Kassim Ally: Sawa, tutaanza siku hiyo hiyo \U0001F44C",
     ]))])

# ---- p22 Kenyan medical consumables: cover email says 250, LPO (separate PDF) says 200
case("p22_ke_gauze_lpo_cover_mismatch", ["RG011"],
     "Two files of one order: LPO PDF releases 200 sample packs (19,800 held, sign-off + written release by Dr. Mary Wambui); the cover email says 250 sample packs.",
     [("Cover email LPO NMS-0877.eml", eml_bytes(mail(
         "Peter Gitau <p.gitau@nyerimedical.co.ke>", "Sales <sales@thikacottonmedical.co.ke>",
         "LPO NMS/0877 - X-ray detectable gauze swabs (samples)", "Thu, 25 Apr 2024 10:30:00 +0300",
         """Dear Ms. Achieng,

Please find attached our LPO NMS/0877 for 250 sample packs of the X-ray detectable gauze swabs (10 x 10 cm, 12 ply, 5 swabs per pack, sterile) with our hospital-specific pack print.

Please note the print proof must show the lot number field on the peel side.

Kind regards,""" + sig("Peter Gitau", "Buyer", "Nyeri Medical Stores Ltd", "+254 61 555 2034"))),
     ), ("LPO_NMS_0877.pdf", pdf([
         ("h1", "NYERI MEDICAL STORES LTD"),
         ("p", "Kimathi Way, Nyeri. P.O. Box 1190-10100. Tel +254 61 555 2034."),
         ("h", "LOCAL PURCHASE ORDER NMS/0877"),
         ("p", "Date: 25 April 2024. Supplier: Thika Cotton Medical Ltd, Thika. Quote TCM/Q/24/112."),
         ("table", [["Item", "Description", "Qty", "Unit (KES)", "Amount (KES)"],
                    ["1", "Gauze swab 10x10 cm 12 ply, X-ray detectable, 5 per pack, sterile, NMS print - SAMPLE", "200 packs", "46.00", "9,200.00"]]),
         ("sp",),
         ("p", "This LPO is for 200 sample packs only. The balance of 19,800 packs (quote total 20,000) is not released."),
         ("p", "The balance will be released only after our theatre team signs off the samples and Dr. Mary Wambui, "
               "Head of Procurement, issues a written production release."),
         ("p", "Material authority: sample quantity only."),
         ("p", "Peter Gitau, Buyer."),
     ], title="LPO NMS/0877", author="Peter Gitau"))])

# ---- p23 Nigerian water meters: release letter (DOCX) - words say 1,000, table says 1,500
case("p23_ng_meter_release_words_vs_table", ["RG011"],
     "Release letter text releases 'one thousand (1,000)' meters while its table says 1,500 released by this letter; hold, lot-acceptance event and Engr. Babatunde Lawal present.",
     [("IWS-PR-02.docx", docx_bytes([
         ("h1", "Ikorodu Water Services Ltd"),
         ("p", "12 Lagos Road, Ikorodu, Lagos State. RC 882301. Tel 0802 555 7810."),
         ("h", "Production Release No. PR-02 - PO IWS/PO/24/0310"),
         ("p", "Date: 29 April 2024. To: Agbara Meter Assembly Ltd, Agbara Industrial Estate. Attn: Mr. Femi Ogunleye."),
         ("p", "Dear Sir,"),
         ("p", "Following lot acceptance of the first 500 meters delivered under PR-01, we hereby release one "
               "thousand (1,000) DN15 prepaid water meters (STS keypad type, drawing IWS-PM-15 rev 3) for "
               "production and delivery."),
         ("table", [["Release", "Quantity", "Delivery"],
                    ["PR-01", "500", "delivered 12 April 2024, lot accepted"],
                    ["PR-02 (this letter)", "1,500", "in two lots, weeks 21 and 23"]]),
         ("p", "The rest of PO IWS/PO/24/0310 remains on hold. The next release will be issued in writing by "
               "Engr. Babatunde Lawal, GM Operations, after lot acceptance of this batch."),
         ("p", "Material authority: the quantity released to date only."),
         ("p", "Yours faithfully, Engr. Babatunde Lawal, GM Operations."),
     ], author="Babatunde Lawal"))])

# ---- p24 Jordanian school furniture: Odoo PO - line says 24, terms say twenty (20)
_p24_rows = [["Description", "Scheduled date", "Qty", "Unit price", "Taxes", "Amount"],
             ["[NS-CH-07] Classroom chair, beech ply shell, steel frame - sample lot", "20/05/2024", "24.00 Units", "21.500", "Sales tax 16%", "516.000 JOD"]]
case("p24_jo_chair_odoo_24_vs_20", ["RG011"],
     "Odoo PO line releases 24 sample chairs; terms say 'twenty (20) sample chairs only' and 456 remaining of 480; named release person and sign-off event present.",
     [("Purchase Order - P00823.html", html_page("Purchase Order - P00823", f"""
<div style="float:right">Al-Nahda Schools Co.<br>Tla' Al-Ali, Amman<br>National ID 200118842</div>
<h2>Purchase Order #P00823</h2>
<p><b>Vendor:</b> Sahab Metal Furniture Co., Sahab Industrial City<br>
<b>Order Date:</b> 28/04/2024 &nbsp; <b>Purchase Representative:</b> Rana Odeh</p>
{html_table(_p24_rows)}
<p><b>Untaxed Amount:</b> 516.000 JOD &nbsp; <b>Taxes:</b> 82.560 JOD &nbsp; <b>Total:</b> 598.560 JOD</p>
<p><b>Terms and Conditions</b><br>
Sample lot: twenty (20) sample chairs only, for the classroom trial at the Tla' Al-Ali campus.<br>
The remaining 456 chairs of the 480 in your offer SMF-2024-19 are not released.<br>
They will be released only by a written production release from Mr. Omar Al-Khatib, Administration Director,
after the sample sign-off by our facilities committee.<br>
Material authority: sample quantity only.</p>
"""))])

# ---- p25 Israeli mining wear parts: email says release 600, attached release PDF says 500
_p25_pdf = pdf([
    ("h1", "Arad Minerals Ltd"),
    ("p", "Arad Industrial Park, P.O.B. 410, Arad. Tel +972 8 555 2270."),
    ("h", "Production Release PR-11 - PO 4500-8812"),
    ("p", "Date: 01/05/2024. Supplier: Yokneam Hardfacing Ltd. Part: cross-belt wear plate, chromium-carbide overlay 6+6, drawing AM-WP-44 Rev D."),
    ("table", [["Item", "Quantity"],
               ["Released by PR-11", "500 plates"],
               ["Not released", "500 plates"],
               ["PO quantity", "1,000 plates"]]),
    ("sp",),
    ("p", "The 500 plates not released stay on hold until a further written production release by Nadav Shapiro, "
          "Procurement Manager, after our lot acceptance of PR-11 at the Zin plant."),
    ("p", "Material authority: the quantity released by PR-11 only."),
    ("p", "Nadav Shapiro, Procurement Manager."),
], title="PR-11", author="Nadav Shapiro")
case("p25_il_wearplate_release_600_vs_500", ["RG011"],
     "Cover mail says 'please produce 600 ... remaining 400 on hold'; attached production release PR-11 says 500 released, 500 not released.",
     [("PR-11 wear plates PO 4500-8812.eml", eml_bytes(mail(
         "Nadav Shapiro <nadav.s@aradminerals.co.il>", "Eli Ben-Ami <eli@yokneamhardfacing.co.il>",
         "PR-11 - cross-belt wear plates, PO 4500-8812", "Wed, 01 May 2024 16:05:00 +0300",
         """Shalom Eli,

Good news, the FAI plates passed the abrasion test at the Zin plant. Attached is production release PR-11.

Please produce 600 of the 1,000 cross-belt wear plates now; the remaining 400 stay on hold until I send the next release after lot acceptance.

Yom tov,
Nadav
""" + sig("Nadav Shapiro", "Procurement Manager", "Arad Minerals Ltd", "+972 8 555 2270"),
         attachments=[("PR-11_PO4500-8812.pdf", _p25_pdf, PDF_MT)])))])

# ---- p26 Ghanaian mining wear parts: WhatsApp, buyer says 50 then 'recap' says 40 on the same LPO
case("p26_gh_buckettooth_whatsapp_50_40", ["RG011"],
     "Buyer first says LPO TMS-0192 is 50 sample teeth (950 held, pit superintendent sign-off + his written release), then recaps the same LPO as 40 sample teeth.",
     [("WhatsApp Chat with Takoradi Foundry.txt", chat([
         "08/04/2024, 07:45 - Kofi Owusu: Morning Nana. LPO TMS-0192 just sent to your email. It is for 50 sample bucket teeth only, drawing TMS-BT-330 rev 2",
         "08/04/2024, 07:46 - Kofi Owusu: The balance of 950 is not released. Don't pour them until our pit superintendent signs off the trial on the Liebherr and I send you a written release. Only me.",
         "08/04/2024, 08:10 - Nana Yeboah (Takoradi Foundry): Well noted Kofi. Pattern is ready, we pour Thursday",
         "15/04/2024, 16:22 - Kofi Owusu: Chale, how far with the teeth?",
         "15/04/2024, 16:40 - Nana Yeboah (Takoradi Foundry): Poured, now in heat treatment. Hardness check Wednesday",
         "15/04/2024, 16:43 - Kofi Owusu: Ok. Just to recap for your production team: LPO TMS-0192 = 40 sample teeth, balance of 950 on hold",
         "15/04/2024, 16:44 - Nana Yeboah (Takoradi Foundry): \U0001F44D",
     ]))])

# ---- p27 Iranian agro-processing: forwarded release says 120, cover says 'as released, 150'
_p27_orig = mail("Dr. Hamid Rezaei <h.rezaei@khorasanagro.ir>", "Mr. Jafari <jafari@neyshaburrubber.ir>",
                 "Production release No. 1 - PO KAM-1403-066 husker rollers", "Sat, 20 Apr 2024 09:00:00 +0330",
                 """Dear Mr. Jafari,

Following the sample sign-off by our quality department on 28 Farvardin, we hereby release 120 rubber husker rollers (10 inch, drawing KAM-HR-10 rev 3) of the 400 on PO KAM-1403-066.

The remaining 280 rollers are not released. The next release will be issued in writing by me after lot acceptance of these 120.

Material authority: released quantity only.

Regards,
Dr. Hamid Rezaei
Managing Director, Khorasan Agro Machinery Co.
""")
case("p27_ir_roller_fwd_120_vs_150", ["RG011"],
     "Forwarded (message/rfc822) production release for 120 rollers (280 held, Dr. Hamid Rezaei after lot acceptance); buyer's cover says 'as released, please produce the 150 rollers'.",
     [("Fwd Production release No 1 KAM-1403-066.eml", eml_bytes(mail(
         "Maryam Ghorbani <m.ghorbani@khorasanagro.ir>", "Mr. Jafari <jafari@neyshaburrubber.ir>",
         "Fwd: Production release No. 1 - PO KAM-1403-066 husker rollers", "Sun, 28 Apr 2024 10:40:00 +0330",
         """Dear Mr. Jafari,

Salam. I forward below Dr. Rezaei's release for your records, as your office said they could not find it.

As released, please produce the 150 rollers and ship them in two lots to our Mashhad warehouse. The first lot is needed before the start of the rice season in Mazandaran.

Best regards,
Maryam Ghorbani
Purchasing Expert, Khorasan Agro Machinery Co.
+98 51 5550 8812
""", attachments=[("rfc822", _p27_orig)])))])

# ---- p28 Nigerian corrugated: 'deposit has entered, please start production' (multipart)
_p28_text = """Good afternoon Mrs. Okon,

We have paid the 50% deposit on your proforma TAC/PI/24/311 (2,000 pcs 7-ply wax-coated fish cartons, 600 x 400 x 200 mm) this morning at Zenith Bank Trans-Amadi. The teller is attached.

This is our full order, no samples needed because the size is the same as the 2023 order.

Since the payment has entered, please start production of the 2,000 cartons so we can have them before the end of the month. The trawlers come in on the 28th.

Thank you,
Ibinabo Dokubo
Procurement, Port Harcourt Seafood Processors Ltd
0803 555 9021
"""
case("p28_ng_fishcarton_deposit_start", ["RG012"],
     "Full order of 2,000 cartons: buyer writes that since the deposit has entered, the supplier should start production, treating payment as the production trigger.",
     [("PI TAC-PI-24-311 fish cartons.eml", eml_bytes(mail(
         "Ibinabo Dokubo <ibinabo.d@phseafood.com.ng>", "Mrs. Eno Okon <eno.okon@transamadicartons.com.ng>",
         "Deposit paid - PI TAC/PI/24/311 fish cartons", "Thu, 11 Apr 2024 14:15:00 +0100", _p28_text,
         html=to_html(_p28_text))))])

# ---- p29 Kenyan school furniture: supplier reads the advance as authority and starts the full 1,500
_p29_buyer = """Dear Mr. Nyakundi,

LPO KC/SCM/LPO/0561 is attached: 10 sample double desks only, per the specification KC-DD-2024.
The balance of 1,490 desks is on hold and is not released by this LPO.
It will be released only by a written release from me after our inspection of the samples at the Kisii County offices.
The 40% advance on the contract sum is being processed as per the contract terms.

Janet Moraa
Head of Supply Chain Management, County Government of Kisii"""
_p29_text = f"""Dear Madam,

We confirm receipt of your 40% advance payment on the contract value (KES 5,960,000), thank you very much.

Since the advance covers the whole contract, we have therefore commenced production of the full 1,500 desks, and we have bought the cypress and the steel tube for all of them. The 10 samples will be ready for your inspection on Friday.

Yours faithfully,
Dennis Nyakundi
Managing Director, Kisii Wood Products Ltd
+254 58 555 3012

On 15/04/2024 09:14, Janet Moraa wrote:
{quote(_p29_buyer)}
"""
case("p29_ke_desks_advance_full_run", ["RG006", "RG012"],
     "Quoted LPO is complete (10 samples, 1,490 held, inspection + Janet Moraa's written release); supplier treats the 40% advance as authority, starts all 1,500 and buys material for all.",
     [("RE LPO KC-SCM-LPO-0561 advance.eml", eml_bytes(mail(
         "Dennis Nyakundi <dennis@kisiiwoodproducts.co.ke>", "Janet Moraa <j.moraa@kisii.go.ke>",
         "RE: LPO KC/SCM/LPO/0561 - advance received", "Mon, 29 Apr 2024 11:45:00 +0300", _p29_text,
         in_reply_to="<lpo-0561@kisii.go.ke>")))])

# ---- p30 Jordanian mining wear parts: supplier says PO acceptance in ERP puts the whole deck on the moulding plan
_p30_buyer = """Dear Eng. Hani,

Please find attached PO SMS-PO-24-0771.
Scope: 12 sample polyurethane screen panels (305 x 305 mm, 4 x 20 mm slots, drawing SMS-SP-30 rev 1) only.
The balance of 348 panels for the full deck is not released.
Release of the 348 only by written production release from Eng. Hadi Al-Momani, Plant Engineer, after the 6-week wear trial at Shidiya.

Regards,
Hadi Al-Momani"""
_p30_text = f"""Dear Eng. Hadi,

Your PO SMS-PO-24-0771 has been accepted in our ERP today. As per our standard procedure, PO acceptance is our signal to the shop floor, so the panels for the full screen deck (12 samples plus the 348) are now on the moulding plan starting 2 June. This way you will not lose time after the trial.

Best regards,
Hani Shdeifat
Sales Engineer, Zarqa Rubber & Polyurethane Co.
+962 5 555 6630

-----Original Message-----
From: Hadi Al-Momani <hadi.m@shidiyams.jo>
Sent: Tuesday, April 30, 2024 10:02 AM
Subject: PO SMS-PO-24-0771
{quote(_p30_buyer)}
"""
case("p30_jo_screenpanel_po_acceptance", ["RG012"],
     "Quoted PO is complete (12 samples, 348 held, wear trial + Eng. Hadi Al-Momani's written release); supplier treats PO acceptance in its ERP as the signal to mould the whole deck.",
     [("RE PO SMS-PO-24-0771.eml", eml_bytes(mail(
         "Hani Shdeifat <hani@zarqarubber.jo>", "Hadi Al-Momani <hadi.m@shidiyams.jo>",
         "RE: PO SMS-PO-24-0771", "Thu, 02 May 2024 13:20:00 +0300", _p30_text,
         in_reply_to="<sms-po-24-0771@shidiyams.jo>")))])

# ---- p31 Tanzanian school furniture: WhatsApp, M-Pesa deposit sent, 'anzeni kazi', no quantity
case("p31_tz_chairs_mpesa_start", ["RG010", "RG012"],
     "Head teacher sends the M-Pesa deposit and says 'start the work' without stating a quantity; payment used as the production trigger.",
     [("WhatsApp Chat - Moshi Furniture Works.txt", chat([
         "[03/04/2024, 11:02:14] Moshi Furniture Works: Shikamoo Mwalimu. Bei ya viti vya wanafunzi (student chairs): TSh 45,000 kila kimoja, 300 pcs, mninga wood, delivery Marangu included",
         "[03/04/2024, 11:05:40] Mwalimu Joseph Lyimo: Marahaba. Bei ni kubwa kidogo, lakini sawa. Board imekubali jana.",
         "[03/04/2024, 11:06:12] Moshi Furniture Works: Asante sana Mwalimu. Deposit 40% tunaomba kupitia M-Pesa Lipa namba 558812",
         "[05/04/2024, 09:31:55] Mwalimu Joseph Lyimo: Nimetuma deposit ya 40% kwa M-Pesa sasa hivi. Anzeni kazi (start the work).",
         "[05/04/2024, 09:32:10] Mwalimu Joseph Lyimo: <attached: 00000017-PHOTO-2024-04-05-09-31-50.jpg>",
         "[05/04/2024, 09:40:03] Moshi Furniture Works: Tumepokea TSh 5,400,000. Tunaanza leo, Mungu akubariki",
     ]))])

# ---- p32 Tanzanian printed textiles: buyer asks to treat the 2025 forecast as firm order
case("p32_tz_forecast_as_firm_order", ["RG008"],
     "Buyer writes its 2025 forecast of 60,000 m and asks the mill to treat the forecast as the firm order for the year.",
     [("2025 khanga requirement.eml", eml_bytes(mail(
         "Amina Salim <amina@arushasafariwear.co.tz>", "Sales <sales@tangatextilemills.co.tz>",
         "2025 printed khanga requirement", "Fri, 03 May 2024 12:00:00 +0300",
         """Dear Mr. Mwakalinga,

Greetings from Arusha. Following our visit to the mill in Tanga, here is our plan for next year.

Our forecast for 2025 is 60,000 metres of printed khanga (designs ASW-K20 to K26, 100% cotton, 1.1 m), roughly 5,000 metres per month with more in November and December for the tourist season.

Please treat this forecast as our firm order for 2025, so that your planning team can fix our slots on the rotary machine for the whole year.

We will send the artwork for the first three designs by the end of the month.

Best regards,
Amina Salim
Purchasing Manager, Arusha Safari Wear Ltd
+255 754 555 631
""")))])

# ---- p33 Kenyan water meters: supplier order confirmation (web portal HTML) converts the forecast into an order
_p33_rows = [["Month", "Quantity (DN15 meters)", "Basis"],
             ["Jul 2024 - Jun 2025", "4,000 per month", "your 12-month rolling forecast of 3 June 2024"],
             ["Total confirmed", "48,000", "order"]]
case("p33_ke_meter_order_confirmation", ["RG008"],
     "Supplier order confirmation thanks the buyer for 'your order' of 48,000 meters based on the 12-month rolling forecast and schedules production on it.",
     [("OC-2024-0611 Athi River Meter Co.html", html_page("Order confirmation OC-2024-0611", f"""
<h2>Athi River Meter Co. Ltd - Customer Portal</h2>
<h3>ORDER CONFIRMATION OC-2024-0611</h3>
<p>Customer: Nakuru Water &amp; Sanitation Services Co. &middot; Attn: Procurement, Mr. Stephen Langat<br>
Date: 06/06/2024 &middot; Product: multi-jet water meter DN15 class C, KS ISO 4064, model ARM-15C</p>
<p>Thank you for your order. We confirm your order of 48,000 DN15 water meters as per your 12-month
rolling forecast dated 3 June 2024, and we have scheduled production accordingly.</p>
{html_table(_p33_rows)}
<p>Unit price KES 2,350.00 excl. VAT. Deliveries monthly to Nakuru stores, Kanu Street. Invoices monthly per delivery.</p>
<p>Prepared by Mercy Wanjiku, Customer Service &middot; +254 45 555 7701</p>
"""))])

# ---- p34 Lebanese corrugated: buyer's season letter makes the forecast the order (DOCX, table)
case("p34_lb_trays_season_letter", ["RG008"],
     "Buyer letter: 'our forecast for the season is 80.000 trays; please take this letter as our order for the full 80.000' with a monthly schedule.",
     [("TCP-season-2024-25-letter.docx", docx_bytes([
         ("h1", "Tyre Citrus Packers SAL"),
         ("p", "Qasmiyeh Road, Tyre, South Lebanon. Tel +961 7 555 640."),
         ("p", "To: Nabatieh Carton Industries SARL, attn. Mr. Ali Fakih. Date: 15/05/2024."),
         ("h", "Subject: citrus trays, season 2024/25"),
         ("p", "Dear Mr. Fakih,"),
         ("p", "Thank you for the good cooperation last season. Our forecast for the 2024/25 citrus season is "
               "80.000 trays (60 x 40 cm, 5 kg, 2-colour print 'Tyre Citrus - Produce of Lebanon')."),
         ("p", "Please take this letter as our order for the full 80.000 trays, with deliveries as per the "
               "monthly schedule below. Price as agreed: USD 0,62 per tray, delivered Tyre."),
         ("table", [["Month", "Trays"],
                    ["October 2024", "8.000"], ["November 2024", "16.000"], ["December 2024", "20.000"],
                    ["January 2025", "20.000"], ["February 2025", "16.000"], ["Total", "80.000"]]),
         ("p", "With our best regards, Hussein Fawaz, General Manager."),
     ], author="Hussein Fawaz"))])

# ---- p35 Israeli solar storage: WhatsApp, FAI PO complete, forecast 'consider it committed'
case("p35_il_rack_forecast_committed", ["RG008"],
     "Buyer releases 50 first-article racks with full scope (rest held, FAI report + Michal Avraham's written release) and calls the 10k 2025 forecast 'committed'.",
     [("WhatsApp Chat with Dana Netanya Sheet Metal.txt", chat([
         "[29/04/2024, 09:05:31] Dana (Netanya Sheet Metal): Boker tov Yoni! Got PO 7781, thanks \U0001F64F",
         "[29/04/2024, 09:07:02] Yoni Harel: Boker or. Yes: PO 7781 is 50 first-article battery racks only.",
         "[29/04/2024, 09:07:40] Yoni Harel: The rest is not released until Michal Avraham (our VP Ops) signs the FAI report and sends a written release.",
         "[29/04/2024, 09:12:15] Dana (Netanya Sheet Metal): Clear. Can you give us a forecast for next year? We are planning the second laser",
         "[29/04/2024, 09:15:48] Yoni Harel: Forecast for 2025 is around 10k racks. Consider it committed, we're good for it \U0001F604",
         "[29/04/2024, 09:16:20] Dana (Netanya Sheet Metal): Excellent, I'll tell Avi to order the laser then",
     ]))])

# ---- p36 Nigerian solar mini-grid: letter of award, forecast as manufacture authority, advance as trigger
case("p36_ng_minigrid_award_letter", ["RG008", "RG012"],
     "Award letter: 'projected 3,000 units (forecast)... manufacture accordingly' and 'upon receipt of the mobilisation advance you are to commence manufacture'.",
     [("KSMP-LOA-2024-014.pdf", pdf([
         ("h1", "KADUNA STATE MINI-GRID PROGRAMME"),
         ("p", "Programme Implementation Unit, Yakubu Gowon Way, Kaduna. Tel 0803 555 0670."),
         ("h", "LETTER OF AWARD KSMP/LOA/2024/014"),
         ("p", "Date: 22 April 2024. To: The Managing Director, Kano Solar Structures Ltd, Sharada Phase II, Kano."),
         ("p", "RE: SUPPLY OF POLE-TOP SOLAR MODULE BRACKETS FOR RURAL MINI-GRIDS (LOT 3)"),
         ("p", "We are pleased to inform you that your company has been selected for Lot 3."),
         ("table", [["Item", "Description", "Quantity", "Unit rate (NGN)"],
                    ["1", "Pole-top bracket, 2 x 450 W modules, HDG, drawing KSMP-PB-02", "3,000 (projected, forecast)", "96,500.00"]]),
         ("sp",),
         ("p", "The projected requirement of 3,000 units over the three-year programme is a forecast, subject to "
               "site surveys in the 23 LGAs. Please manufacture accordingly so that supplies are not delayed."),
         ("p", "A mobilisation advance of 20% of the projected contract sum shall be paid against an advance "
               "payment guarantee. Upon receipt of the advance you are to commence manufacture."),
         ("p", "Kindly signify your acceptance within 14 days of the date of this letter."),
         ("p", "Yours faithfully, Engr. Yusuf Abdullahi, Programme Coordinator."),
     ], title="Letter of award", author="KSMP"))])

# ---- p37 Ugandan motorcycle spares: minutes, 'approved' for samples and for budget
case("p37_ug_chainguard_minutes", ["RG009"],
     "Minutes: 20 samples 'approved by QC' and 'management approved the budget' for the 2,000 order; balance 1,980 held for Godfrey Ssali's written release after revised LPO.",
     [("BPU-NAC meeting 2024-05-06.docx", docx_bytes([
         ("h1", "Minutes: chain guard project"),
         ("p", "Boda Parts Uganda Ltd / Namanve Auto Components Ltd. 6 May 2024, BPU office, Kisenyi, Kampala."),
         ("p", "Present: Godfrey Ssali (Operations Manager, BPU), Joan Atim (QC, BPU), Moses Kiggundu (Purchasing, BPU), "
               "Patrick Ochieng (Sales, NAC)."),
         ("h", "1. Samples"),
         ("p", "LPO BPU/0456 covers the 20 sample chain guards only. The 20 sample chain guards were approved by our QC "
               "after fitting on Bajaj Boxer 100 and TVS HLX 125 at the Kisenyi stage."),
         ("h", "2. Budget"),
         ("p", "Management approved the budget for the 2,000-unit order at the board meeting on 3 May."),
         ("h", "3. Production"),
         ("p", "The balance of 1,980 chain guards remains on hold. Godfrey Ssali will issue the written production "
               "release after the revised LPO for the 1,980 is raised."),
         ("table", [["No.", "Action", "Owner", "Due"],
                    ["1", "Raise revised LPO for 1,980 chain guards", "Moses Kiggundu", "10 May"],
                    ["2", "Send written production release", "Godfrey Ssali", "after action 1"],
                    ["3", "Confirm powder-coat colour (black matt)", "Patrick Ochieng", "8 May"]]),
         ("p", "Minutes by Moses Kiggundu."),
     ], author="Moses Kiggundu"))])

# ---- p38 Ugandan water meters: letter asks for samples without a quantity; release by revised LPO, no name
case("p38_ug_meterbody_sample_letter", ["RG005", "RG010"],
     "Letter asks the supplier to make samples of the meter body with no quantity; production held until lab sign-off and a revised LPO, but no named release person.",
     [("LWB-PROC-2024-118.pdf", pdf([
         ("h1", "LIRA WATER BOARD"),
         ("p", "Plot 12 Obote Avenue, Lira. P.O. Box 310. Tel +256 473 555 118."),
         ("p", "Ref: LWB/PROC/2024/118. Date: 30 April 2024."),
         ("p", "To: Gulu Meter Works Ltd, Layibi, Gulu."),
         ("h", "RE: SAMPLES OF DN20 METER BODY"),
         ("p", "Further to your quotation and our telephone conversation of 26 April, please make the samples of "
               "the DN20 meter body as per drawing LWB-MB-20 rev 3, in dezincification-resistant brass."),
         ("p", "The production quantity stays on hold. It will be released only after sample sign-off by our "
               "laboratory in Lira and a revised LPO."),
         ("p", "Please send the samples with the material certificate and the 16 bar pressure test record."),
         ("p", "Yours faithfully, for: Managing Director, Lira Water Board."),
     ], title="LWB/PROC/2024/118", author="Lira Water Board"))])

# ---- p39 Kenyan agro-processing: call-off with no quantity, rest on hold until further notice
case("p39_ke_cracker_calloff_noqty", ["RG004", "RG010"],
     "Call-off asks for 'the next batch as usual' with no quantity; rest of the blanket on hold 'until further notice', only Mr. Joseph Mutua may release it, no unlock event.",
     [("Call-off cracker rollers May.eml", eml_bytes(mail(
         "Faith Karimi <procurement@merumacadamia.co.ke>", "Embu Engineering Works <orders@embuengineering.co.ke>",
         "Call-off - cracker rollers, May", "Thu, 02 May 2024 08:30:00 +0300",
         """Dear Sir,

Under our blanket order MMP/BO/2024/03 for the macadamia cracker rollers (hardened EN19, drawing MMP-CR-04 rev B), please deliver the next batch as usual, to reach our Meru factory by the 15th.

The rest of the blanket order stays on hold until further notice. Only Mr. Joseph Mutua, Factory Manager, can release it.

Kindly send the invoice with the hardness test sheet.

Regards,""" + sig("Faith Karimi", "Procurement Officer", "Meru Macadamia Processors Ltd", "+254 64 555 3310"))))])

# ---- p40 Lebanese agro-processing: release letter for 'the first production batch', no quantity
case("p40_lb_paddle_release_firstbatch", ["RG010"],
     "Production release for 'the first production batch' of malaxer paddles with no quantity; remaining batches held for Mr. Fadi Nassar's written release after lot acceptance.",
     [("KOC-PR-2024-03.pdf", pdf([
         ("h1", "Koura Olive Oil Cooperative"),
         ("p", "Amioun, Koura District, North Lebanon. Tel +961 6 555 210."),
         ("h", "Production Release No. PR-2024-03"),
         ("p", "Date: 24/04/2024. Supplier: Sidon Stainless Fabrication SARL, Saida. PO KOC-2024-031. "
               "Part: malaxer paddle, AISI 316L, drawing KOC-MX-07 Rev 2."),
         ("p", "Following the sample sign-off of 18 April by our press master, we hereby release the first "
               "production batch of the malaxer paddles under PO KOC-2024-031, for delivery before the olive "
               "harvest in October."),
         ("p", "The remaining batches are not released. Each needs its own written production release, signed by "
               "Mr. Fadi Nassar, Operations Manager, after lot acceptance of the previous batch."),
         ("p", "Material authority: the first production batch only."),
         ("p", "Fadi Nassar, Operations Manager."),
     ], title="PR-2024-03", author="Fadi Nassar"))])

# ---- p41 Iranian mining wear parts: thread, buyer answers 'Green light.' to 'Can we start?'
_p41_po = """Dear Mr. Karbasi,

PO YMC-1403-201 attached: 5 sample crusher cheek plates only (Mn14, drawing YMC-CP-09 rev 4).
The balance of 95 plates is not released.
Release of the 95 only by written production release from Mrs. Leila Hosseini, Technical Director, after sample sign-off.

Hossein Mohammadi"""
_p41_sup = f"""Dear Mr. Mohammadi,

Your drawing comments are closed (rev 4 radius and bolt pattern) and the pattern is ready in our shop. Can we start?

Regards,
Karbasi
Isfahan Wear Parts Co.

On 1403/01/25, Hossein Mohammadi wrote:
{quote(_p41_po)}"""
_p41_text = f"""Green light.

Regards,
Hossein Mohammadi
Purchasing, Yazd Mining Co.
+98 35 5550 2219

On 1403/02/06, Karbasi <karbasi@isfahanwearparts.ir> wrote:
{quote(_p41_sup)}
"""
case("p41_ir_cheekplate_green_light", ["RG002"],
     "Thread with a complete quoted PO (5 samples, 95 held, Mrs. Leila Hosseini after sign-off); buyer answers the supplier's 'Can we start?' with an unscoped 'Green light.'",
     [("RE RE PO YMC-1403-201.eml", eml_bytes(mail(
         "Hossein Mohammadi <h.mohammadi@yazdmining.ir>", "Karbasi <karbasi@isfahanwearparts.ir>",
         "RE: RE: PO YMC-1403-201 cheek plates", "Sat, 27 Apr 2024 08:50:00 +0330", _p41_text,
         in_reply_to="<iwp-0426@isfahanwearparts.ir>")))])

# ---- p42 Kenyan corrugated: WhatsApp reprint, 'Go ahead' with no quantity
case("p42_ke_teacarton_reprint_goahead", ["RG002", "RG010"],
     "Reprint of tea cartons: supplier asks 'shall we start the reprint?', buyer says 'Proof iko sawa. Go ahead.' with no quantity anywhere.",
     [("WhatsApp Chat - Chebet Nakuru Box.txt", chat([
         "[30/04/2024, 10:11:03] Chebet (Nakuru Box Industries): Habari sir. The new artwork proof for the 1kg tea cartons is attached, we changed the KEBS mark and the barcode as you asked",
         "[30/04/2024, 10:11:09] Chebet (Nakuru Box Industries): <attached: 00000042-PHOTO-2024-04-30-10-10-58.jpg>",
         "[30/04/2024, 10:12:30] Chebet (Nakuru Box Industries): Shall we start the reprint?",
         "[30/04/2024, 11:47:15] Kiprono Langat (Kericho Tea Packers): Proof iko sawa. Go ahead.",
         "[30/04/2024, 11:48:02] Chebet (Nakuru Box Industries): Asante sir \U0001F64F",
     ]))])

# ---- p43 Nigerian motorcycle spares: WhatsApp, complete sample scope, later 'Good to run.'
case("p43_ng_grip_whatsapp_good_to_run", ["RG002"],
     "Buyer's scope is complete (200 sample grips, 9,800 held, one-month test + Alhaji Musa's written release); after a mould correction he replies 'It's fine. Good to run.' with no quantity or scope.",
     [("WhatsApp Chat with Aba Rubber.txt", chat([
         "09/04/2024, 12:20 - Alhaji Musa Danladi: Salam Emeka. LPO DMS/024 na for 200 sample handle grips only, the Boxer type, drawing DMS-HG-22",
         "09/04/2024, 12:21 - Alhaji Musa Danladi: The 9,800 wey remain no dey released. Una no go start am until I send written release after my mechanics test the grips for one month. - Alhaji Musa",
         "09/04/2024, 12:40 - Emeka (Aba Rubber & Plastics): Noted Alhaji. We go do am well",
         "24/04/2024, 17:05 - Emeka (Aba Rubber & Plastics): Alhaji, the mould don correct as you talk, the texture deeper now and the flash is gone. Photos below",
         "24/04/2024, 17:05 - Emeka (Aba Rubber & Plastics): <Media omitted>",
         "24/04/2024, 17:06 - Emeka (Aba Rubber & Plastics): <Media omitted>",
         "24/04/2024, 19:32 - Alhaji Musa Danladi: It's fine. Good to run.",
         "24/04/2024, 19:33 - Emeka (Aba Rubber & Plastics): Thank you sir \U0001F64F",
     ]))])

# ---- p44 Israeli water meters: thread, 'Approved.' and 'release' used for drawing and production
_p44_po = """Hi Yaakov,

PO 4500-7719: 20 FAI pieces of the register housing only (AWM-RH-31).
Balance of 1,980 not released.
Production release only by written release from Avi Dahan, VP Operations, after FAI sign-off.

Ronit"""
_p44_sup = f"""Hi Ronit,

Quick check: drawing AWM-RH-31 has been released at Rev D on your side? We attached the FAI report and the updated control plan. Please confirm.

Yaakov Peretz
Sderot Precision Ltd

On Tue, Apr 16, 2024, Ronit Levi <ronit.l@ashkelonmeters.co.il> wrote:
{quote(_p44_po)}"""
_p44_text = f"""Yes, the drawing was released at Rev D last week. Approved.

Ronit
Ronit Levi | Sourcing | Ashkelon Water Meters Ltd | +972 8 555 3390

On Wed, May 1, 2024, Yaakov Peretz <yaakov@sderotprecision.co.il> wrote:
{quote(_p44_sup)}
"""
case("p44_il_housing_approved_released", ["RG002", "RG009"],
     "Complete quoted PO (20 FAI pieces, 1,980 held, Avi Dahan after FAI sign-off); reply says 'the drawing was released at Rev D... Approved.' - unscoped approval and 'release' used for drawing and production.",
     [("RE RE PO 4500-7719 FAI.eml", eml_bytes(mail(
         "Ronit Levi <ronit.l@ashkelonmeters.co.il>", "Yaakov Peretz <yaakov@sderotprecision.co.il>",
         "RE: RE: PO 4500-7719 FAI register housing", "Wed, 01 May 2024 17:12:00 +0300", _p44_text,
         in_reply_to="<sp-0501@sderotprecision.co.il>")))])

# ---- p45 Ghanaian agro-processing: 'PO released in SAP' + production release; 'proceed as discussed'
_p45_text = """Dear Mr. Quaye,

PO KRP-4500001187 was released in SAP this morning; you should receive the system copy by email shortly.

It covers 5 sample de-stoner screens only (drawing KRP-DS-14 rev C). The balance of 95 screens is not released. Production release of the 95 will come from Mr. Kwabena Ofori, Plant Manager, in writing after our trial-run sign-off on the Asutsuare line.

Regarding the frame modification you asked about on Tuesday: proceed as discussed.

Best regards,
Adwoa Sarpong
Procurement, Kpong Rice Processing Ltd
+233 24 555 8172
"""
case("p45_gh_destoner_sap_released_proceed", ["RG002", "RG009"],
     "Complete sample scope (5 screens, 95 held, Kwabena Ofori after trial-run sign-off) but 'PO released in SAP' next to 'production release', and an unscoped 'proceed as discussed'.",
     [("PO KRP-4500001187 sample screens.eml", eml_bytes(mail(
         "Adwoa Sarpong <adwoa.sarpong@kpongrice.com.gh>", "Nii Quaye <nii.quaye@temaengineering.com.gh>",
         "PO KRP-4500001187 - sample de-stoner screens", "Thu, 25 Apr 2024 10:05:00 +0000", _p45_text,
         html=to_html(_p45_text))))])


# =================================================================== writer
def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")
    return s[:48]


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(2121).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h21_{nn:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({clean} clean, {len(CASES) - clean} with risks) -> {OUT}")


if __name__ == "__main__":
    main()
