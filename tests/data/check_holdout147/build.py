#!/usr/bin/env python3
"""Generator for the releasegate check_holdout147 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout147/build.py

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
    m["Message-ID"] = msgid or f"<h147-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h147")
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
def teams(title, lines):
    """Teams-style chat export. lines: list of (timestamp, speaker, text)."""
    out = [f"Conversation: {title}", "Exported from Microsoft Teams", "=" * 60, ""]
    for ts, who, text in lines:
        out.append(f"[{ts}] {who}")
        for ln in text.split("\n"):
            out.append(f"    {ln}")
        out.append("")
    return "\n".join(out)


def quote_lines(text):
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


EML_MT = "message/rfc822"


def as_html(text):
    """Simple HTML alternative for a plain-text mail body."""
    paras = [escape(x).replace("\n", "<br>") for x in text.strip().split("\n\n")]
    return "<div style=\"font-family:Calibri,Arial\">" + "".join(f"<p>{x}</p>" for x in paras) + "</div>"

# ==== CASES ====


# =================================================================== CLEAN (batch 1)

# c01: supplier quote alone, two tiers, no authorized quantity
case("c01_quote_tiers", [], "Supplier quote with FAI and series tiers; no authorization in the bundle",
     [("DEV-2024-0318_Atlas_Usinage.pdf", pdf([
         ("h1", "ATLAS USINAGE SARL - DEVIS / QUOTATION"),
         ("p", "Zone Industrielle Sidi Maarouf, Lot 112, 20270 Casablanca, Maroc. ICE 001524783000061. "
               "Certified EN 9100:2018 / ISO 9001:2015."),
         ("p", "Quotation no. DEV-2024-0318 dated 18/03/2024 - valid 60 days. "
               "Customer: Aero Sieges Toulouse SAS, Service Achats, 31700 Blagnac, France. "
               "Your RFQ: RFQ-AST-24-077 (Mme Sophie Marchand)."),
         ("table", [["Item", "P/N / Rev", "Description", "Qty", "Unit price EUR", "Lead time"],
                    ["1", "AST-7730-112 Rev B", "Armrest pivot bracket, Al 7075-T7351, FAI per AS9102", "5", "186,00", "6 weeks ARO"],
                    ["2", "AST-7730-112 Rev B", "Same, series tier", "400", "41,50", "10 weeks after release"],
                    ["3", "-", "FAIR package (AS9102 forms 1-3) + CMM report", "1", "650,00", "with item 1"]]),
         ("p", "Notes: Incoterm DAP Blagnac. Raw material: plate 7075-T7351 per AMS 4078, mill certs supplied. "
               "Anodising per MIL-A-8625 Type II Class 1. Prices for item 2 assume one batch of 400 pcs; "
               "the tiers are prices only and are not an order quantity."),
         ("p", "Payment: 30 days end of month. This quotation does not commit either party to a quantity; "
               "quantities are fixed by the customer's purchase order."),
         ("p", "Contact: Youssef Benali, Responsable Commercial - +212 522 58 40 17 - y.benali@atlas-usinage.ma"),
     ], title="Devis DEV-2024-0318", author="Atlas Usinage"))])

# c02: supplier question, buyer scope quoted and complete
_c02_quoted = ("PO 4500182240 - P/N SAE-SC-3316 seat dress covers, economy triple.\n"
               "Scope: twelve (12) FAI cover sets are released for the AS9102 first article.\n"
               "The balance of 480 sets is NOT released. It will be released only by a written\n"
               "production release from me after FAI sign-off by our Quality (FAIR review).\n"
               "Material authority: sample-only.\n\n"
               "Tan Wei Ming\nSenior Buyer, Straits Aero Engineering Pte Ltd")
case("c02_supplier_question", [], "Supplier asks whether it may start the 480; quoted buyer scope complete",
     [("RE_PO4500182240_FAI_covers.eml", mail(
         "Nguyen Thi Lan <lan.nguyen@saigontrim.com.vn>", "Tan Wei Ming <weiming.tan@straitsaero.com.sg>",
         "RE: PO 4500182240 - FAI covers shipped", "Tue, 14 May 2024 10:22:00 +0700",
         "Dear Mr Tan,\n\nGood morning. The 12 FAI cover sets left our factory yesterday by DHL, AWB 7719 2284 01. "
         "FAIR forms 1-3 and the flammability test report (FAR 25.853 vertical burn) are in the carton and "
         "also uploaded to your portal.\n\n"
         "May I ask: do we have your go-ahead for the balance 480 sets, or should we wait for the written "
         "release? Our cutting room has a slot in week 24 and we would like to plan it, but we will not start "
         "anything before you confirm in writing.\n\nThank you and best regards,\n"
         "Nguyen Thi Lan\nSales Executive - Saigon Trim Co., Ltd\nLot C4, Tan Thuan EPZ, District 7, HCMC, Vietnam\n\n"
         "-----Original Message-----\nFrom: Tan Wei Ming\nSent: Thursday, 18 April 2024 16:05\n\n"
         + quote_lines(_c02_quoted) + "\n",
         in_reply_to="<po4500182240@straitsaero.com.sg>"))])

# c03: labelled forecast, TXT SAP print
case("c03_forecast_print", [], "Clearly labelled forecast, no authorization",
     [("ZFCST_Q3Q4_2024_CDN.txt",
       "MERIDIAN SEATING INC.            SUPPLIER DEMAND FORECAST           Page 1 of 1\n"
       "Report ZMM_FCST01   Run 2024-06-03 06:14   User: DWHITFIELD\n"
       "Vendor: 0000410277  COMPOSITES DEL NORTE S.A. DE C.V., QUERETARO, QRO, MX\n"
       "-------------------------------------------------------------------------------\n"
       "*** FORECAST ONLY - NOT A PURCHASE ORDER - NO FABRICATION OR MATERIAL AUTHORITY ***\n"
       "*** Quantities are planning information; only call-offs under SA 5500031 release ***\n"
       "-------------------------------------------------------------------------------\n"
       "MATERIAL          DESCRIPTION                  UOM  JUL  AUG  SEP  OCT  NOV  DEC\n"
       "MS-8841-20 RevD   BACKSHELL, CFRP, 31IN PITCH  EA    60   60   80   80  100  100\n"
       "MS-8841-21 RevD   BACKSHELL, CFRP, 32IN PITCH  EA    40   40   40   60   60   60\n"
       "MS-9050-11 RevA   LITTER BIN FLAP, PC/ABS      EA   120  120  120  150  150  150\n"
       "-------------------------------------------------------------------------------\n"
       "Basis: customer program AP-0738 (airline retrofit), schedule risk MEDIUM.\n"
       "Questions: Dana Whitfield, Procurement Manager, +1 425 555 0182\n"
       "END OF REPORT\n")])

# c04: scoped approval for fit check only, EML multipart/alternative
_c04_txt = ("Hi Marek,\n\n"
            "Thanks for the quick turnaround on the FAIR. Quick summary after this morning's review at Hamble:\n\n"
            "- FAIR 0047, P/N SCI-4410-201 Rev C (sidewall close-out panel): approved for fit check only, "
            "for the six (6) FAI panels you sent. They go onto the A320 mock-up next week.\n"
            "- Production is not released. The balance of 144 panels stays on hold.\n"
            "- The balance is released only after the fit check is closed and I sign the FAI off, and then "
            "Helen Marsh (Supply Chain Manager) sends you a written production release with the quantity.\n"
            "- Material authority stays sample-only - please don't lay up any prepreg beyond the six.\n\n"
            "Two minor notes on form 3 (char. 14 and 22, balloon numbering) - please re-issue the FAIR with "
            "those corrected, no rush.\n\n"
            "Cheers,\nOwen Price\nSupplier Quality Engineer\nSkyline Cabin Interiors Ltd, Hamble-le-Rice, SO31 4NF\n")
_c04_html = ("<p>Hi Marek,</p><p>Thanks for the quick turnaround on the FAIR. Quick summary after this morning's review at Hamble:</p>"
             "<ul><li>FAIR 0047, P/N SCI-4410-201 Rev C (sidewall close-out panel): <b>approved for fit check only</b>, "
             "for the six (6) FAI panels you sent. They go onto the A320 mock-up next week.</li>"
             "<li><b>Production is not released.</b> The balance of 144 panels stays on hold.</li>"
             "<li>The balance is released only after the fit check is closed and I sign the FAI off, and then Helen Marsh "
             "(Supply Chain Manager) sends you a written production release with the quantity.</li>"
             "<li>Material authority stays sample-only - please don't lay up any prepreg beyond the six.</li></ul>"
             "<p>Two minor notes on form 3 (char. 14 and 22, balloon numbering) - please re-issue the FAIR with those corrected, no rush.</p>"
             "<p>Cheers,<br>Owen Price<br>Supplier Quality Engineer<br>Skyline Cabin Interiors Ltd</p>")
case("c04_fitcheck_only", [], "Approval scoped to fit check on the 6 FAI panels; hold, event and person named",
     [("FAIR0047_SCI-4410-201.eml", mail(
         "Owen Price <owen.price@skyline-cabin.co.uk>", "Marek Zielinski <m.zielinski@kompozyt-tech.pl>",
         "FAIR 0047 SCI-4410-201 Rev C - review outcome", "Wed, 22 May 2024 14:40:00 +0100",
         _c04_txt, html=_c04_html, cc="Helen Marsh <helen.marsh@skyline-cabin.co.uk>"))])

# c05: full-quantity PO, "proceed", no balance
case("c05_full_qty_po", [], "Full-quantity repeat PO on a qualified part; 'proceed' names the 36; no balance",
     [("PO_GWT-240611.pdf", pdf([
         ("h1", "GULF WINGS TECHNICS LLC - PURCHASE ORDER"),
         ("p", "Dubai Airport Freezone, Building 6W, Block B, Dubai, UAE. TRN 100234567800003."),
         ("p", "PO No. GWT-240611   Date: 11-Jun-2024   Revision: 0   Buyer: Aisha Al Suwaidi"),
         ("p", "Supplier: Precision Harness Systems Pvt. Ltd., Plot 41, KIADB Aerospace Park, Devanahalli, Bengaluru 562149, India."),
         ("table", [["Line", "Part No. / Rev", "Description", "Qty", "Unit USD", "Delivery"],
                    ["10", "GWT-HRN-7200-36 Rev F", "IFE seat-box harness, triple seat, per CMM 25-21-45", "36 EA", "412.00", "15-Aug-2024"]]),
         ("p", "This is a repeat order on a part number already qualified (FAIR GWT-FAI-1183 on file, 2023). "
               "The order is for the full quantity of 36 assemblies; there is no balance and no further release "
               "to follow on this PO. Please proceed with the 36 assemblies."),
         ("p", "Incoterms DDP Dubai (DWC). CoC per EN 10204 3.1 equivalent for wire lots; marking per ABD0100. "
               "Payment: 60 days from invoice."),
         ("p", "Authorised signatory: Aisha Al Suwaidi, Procurement Officer - +971 4 555 0131"),
     ], title="PO GWT-240611", author="Gulf Wings Technics"))])

# c06: call-off with explicit staged material authority above released quantity
case("c06_calloff_staged", [], "Call-off releases 40; explicit staged material authority to 120; next call-off and person named",
     [("CallOff_SA5500031_07.pdf", pdf([
         ("h1", "MERIDIAN SEATING INC. - CALL-OFF 07"),
         ("p", "Scheduling Agreement SA 5500031 - Composites del Norte S.A. de C.V. - Issued 2024-07-01 - Renton, WA 98057"),
         ("table", [["Item", "Material", "Description", "Released now", "Ship week"],
                    ["10", "MS-8841-20 Rev D", "Backshell, CFRP, 31in pitch", "40 shipsets", "2024-W33"]]),
         ("h", "Scope of this call-off"),
         ("p", "1. Production released now: 40 shipsets of MS-8841-20 Rev D, delivery week 33."),
         ("p", "2. Nothing else under SA 5500031 is released. Quantities on the monthly forecast are planning figures only."),
         ("p", "3. Material authority: staged, up to 120 shipsets' worth of carbon prepreg and honeycomb core, at "
               "Meridian's liability. This is material authority only; it does not release fabrication beyond the 40."),
         ("p", "4. Further quantities are released only by the next call-off (call-off 08), signed by Dana Whitfield, "
               "Procurement Manager."),
         ("p", "Please acknowledge this call-off within 2 working days via the supplier portal."),
         ("p", "Dana Whitfield, Procurement Manager - dana.whitfield@meridianseating.com - +1 425 555 0182"),
     ], pagesize=LETTER, title="Call-off 07 SA 5500031", author="Meridian Seating"))])

# c07: explicit recorded auto-conversion (DOCX)
case("c07_autoconversion", [], "Explicit, recorded auto-conversion naming quantity, signer and conditions",
     [("Accord_conversion_PO-AST-24-0412.docx", docx_bytes([
         ("h1", "Recorded auto-conversion agreement - PO AST-24-0412"),
         ("p", "Between Aero Sieges Toulouse SAS (buyer), Blagnac, and Atlas Usinage SARL (supplier), Casablanca."),
         ("p", "Part: AST-7730-112 Rev B, armrest pivot bracket. PO AST-24-0412 covers 200 pcs in total: "
               "line 1, 10 pcs FAI (sample scope); line 2, 190 pcs (production scope)."),
         ("h", "Agreement"),
         ("num", "Line 1 (10 FAI pieces) is released now."),
         ("num", "Line 2 (190 pieces) is not released today."),
         ("num", "Auto-conversion, recorded: when Sophie Marchand, Quality Manager, signs off the AS9102 FAIR for "
                 "line 1 with no open findings, the 190 pieces of line 2 are released by that sign-off itself, "
                 "without a further document. A sign-off with open findings or an interim sign-off releases nothing."),
         ("num", "Material authority before the sign-off: sample-only."),
         ("table", [["Role", "Name", "Date"],
                    ["Release authority (buyer)", "Julien Roche, Head of Procurement", "12/03/2024"],
                    ["FAI sign-off (buyer)", "Sophie Marchand, Quality Manager", "12/03/2024"],
                    ["Supplier", "Youssef Benali, Responsable Commercial", "13/03/2024"]]),
         ("p", "This agreement is recorded in the order file and referenced on PO AST-24-0412 rev 1."),
     ], author="Julien Roche"))])

# c08: deposit does not release production
case("c08_deposit_not_release", [], "Supplier: tooling deposit received but does not release production; restates hold",
     [("RE_Deposit_PO4500913377.eml", mail(
         "Alejandro Ruiz <aruiz@compositesdelnorte.mx>", "Dana Whitfield <dana.whitfield@meridianseating.com>",
         "RE: Tooling deposit - PO 4500913377", "Mon, 08 Jul 2024 09:12:00 -0600",
         "Hi Dana,\n\nWe confirm receipt of the 30% tooling deposit (USD 18,450.00, ref. MSI-AP-77120) on July 5. "
         "Thank you.\n\nFor clarity on our side: the deposit pays for the lay-up tool and does not release "
         "production. We are building only the 5 FAI backshells under PO line 10. The balance of 95 pcs "
         "(line 20) remains on hold until you send the written release after FAI sign-off, and we will not buy "
         "prepreg beyond the 5 pcs until then.\n\nTool T-8841-20 is in final machining, first shots planned "
         "week 30.\n\nSaludos,\nAlejandro Ruiz\nKey Account Manager\nComposites del Norte S.A. de C.V.\n"
         "Parque Aeroespacial de Queretaro, Colon, Qro. 76270, Mexico\n",
         in_reply_to="<deposit-4500913377@meridianseating.com>"))])

# c09: supplier acknowledgement restating the hold (Indian English), quoted PO note
_c09_q = ("PO 4500077123 rev 0 - scope note\n"
          "Released now: 4 qualification harness sets, P/N SCI-EH-5520 Rev A.\n"
          "The remaining 116 sets are not released. Do not start them or buy material for them.\n"
          "Unlock: qualification lot sign-off by Skyline Quality, then a written release from\n"
          "Graham Pryce, Purchasing Manager.\nMaterial authority: sample-only.")
case("c09_supplier_ack", [], "Supplier acknowledgement restating the hold; quoted buyer note complete",
     [("ACK_PO4500077123.eml", mail(
         "Ramesh Iyer <ramesh.iyer@precisionharness.in>", "Graham Pryce <graham.pryce@skyline-cabin.co.uk>",
         "Acknowledgement - PO 4500077123 rev 0", "Fri, 31 May 2024 11:05:00 +0530",
         "Dear Sir,\n\nGreetings from Precision Harness Systems.\n\n"
         "We hereby acknowledge PO 4500077123 rev 0 as written. Kindly note our understanding:\n"
         "1) Only 4 nos. qualification harness sets will be manufactured now.\n"
         "2) Balance 116 sets is not released; we will not start it nor procure wire/connectors for it.\n"
         "3) We will wait for your written release after qualification lot sign-off.\n\n"
         "Qualification sets will be dispatched on 21-Jun-2024 with CoC and AS9102 FAIR.\n\n"
         "Thanks & Regards,\nRamesh Iyer\nManager - Customer Service\nPrecision Harness Systems Pvt. Ltd., Bengaluru\n"
         "+91 80 4718 2250\n\n"
         "On Thu, 30 May 2024 at 17:40, Graham Pryce wrote:\n" + quote_lines(_c09_q) + "\n"))])

# c10: compliant sample PO, DOCX with table
case("c10_sample_po_docx", [], "Sample PO with all four jobs, material authority and forecast basis",
     [("PO_4500182240_StraitsAero.docx", docx_bytes([
         ("h1", "Straits Aero Engineering Pte Ltd - Purchase Order 4500182240"),
         ("p", "10 Seletar Aerospace Crescent, Singapore 797545. GST Reg. M2-0091234-X. Date: 18 Apr 2024. Rev 0."),
         ("p", "Vendor: Saigon Trim Co., Ltd, Lot C4, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam."),
         ("table", [["Line", "Part / Rev", "Description", "Qty", "Scope", "Status"],
                    ["10", "SAE-SC-3316 Rev 2", "Seat dress cover set, economy triple, FR wool blend", "12 sets", "sample (FAI)", "released"],
                    ["20", "SAE-SC-3316 Rev 2", "Same, rate build for the B787 cabin refresh", "480 sets", "production", "not released - on hold"]]),
         ("h", "Scope note"),
         ("p", "Make the 12 FAI sets of line 10 now, with a full AS9102 FAIR and burn test report."),
         ("p", "Line 20 (480 sets) is not released. Do not cut, sew or buy fabric for it."),
         ("p", "Line 20 is released only by a written production release from Tan Wei Ming, Senior Buyer, after FAI "
               "sign-off by our Quality department."),
         ("p", "Material authority: sample-only. Basis of the line 20 quantity: forecast from the airline, subject to change."),
         ("p", "Delivery DDP Singapore (Seletar). Payment 60 days. CoC required with each shipment."),
     ], author="Tan Wei Ming"))])

# c11: compliant HTML supplier portal page with table
case("c11_portal_po", [], "Supplier portal PO view: line 10 sample released, line 20 on hold with event and person",
     [("portal_PO_4500077560.html", html_page("Skyline Supplier Portal - PO 4500077560",
         "<h2>Skyline Cabin Interiors - Supplier Portal</h2>"
         "<p>Logged in as: m.zielinski@kompozyt-tech.pl (Kompozyt-Tech Sp. z o.o., Rzeszow) | Last login 2024-05-06 08:02 CET</p>"
         "<h3>Purchase Order 4500077560 - Rev 1 - issued 2024-05-03</h3>"
         "<table><tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Scope</th><th>Status</th></tr>"
         "<tr><td>10</td><td>SCI-4410-305 Rev B</td><td>Overhead stowage end panel, phenolic sandwich</td><td>8</td><td>Sample / FAI</td><td>Released</td></tr>"
         "<tr><td>20</td><td>SCI-4410-305 Rev B</td><td>Same, production</td><td>152</td><td>Production</td><td>Not released (hold)</td></tr></table>"
         "<div class=\"note\"><b>Scope note:</b> Build the 8 FAI panels of line 10 now. Line 20 (152 panels) is not released "
         "and must not be started. Line 20 is released only by a written release from Helen Marsh, Supply Chain Manager, "
         "after FAI sign-off (AS9102). Material authority: sample-only. Line 20 quantity basis: firm customer contract, "
         "release pending.</div>"
         "<p>Delivery: DDP Hamble. Documents: FAIR, CoC, fire test (FAR 25.853(a)).</p>"
         "<p><a href=\"#\">Acknowledge PO</a> | <a href=\"#\">Upload FAIR</a> | <a href=\"#\">Messages (0)</a></p>"))])

# c12: release letter for the full remaining balance
case("c12_release_letter", [], "Written release of the full balance after FAIR sign-off, by the named authority",
     [("Release_R03_GWT-240402.pdf", pdf([
         ("h1", "PRODUCTION RELEASE R-03"),
         ("p", "Gulf Wings Technics LLC, Dubai Airport Freezone - to Precision Harness Systems Pvt. Ltd., Bengaluru."),
         ("p", "Reference: PO GWT-240402 rev 1 (100 assemblies: 6 FAI + 94 production). Part GWT-HRN-7310 Rev C."),
         ("p", "Unlock event: FAIR GWT-FAI-1217 was signed off on 04-Apr-2024 by Faisal Al Mansoori, Supplier Quality "
               "Engineer, with no open findings."),
         ("p", "I hereby release 94 (ninety-four) harness assemblies for production. This is the full remaining "
               "quantity of the PO; after this release nothing remains on hold."),
         ("table", [["PO line", "Qty", "Status after R-03"], ["10 (FAI)", "6", "delivered"], ["20 (production)", "94", "released by R-03"]]),
         ("p", "Delivery: 4 lots of 23/23/24/24, first lot 15-May-2024, DDP Dubai."),
         ("p", "Released by: Rashid Khan, Procurement Director (release authority up to USD 250,000). 09-Apr-2024."),
     ], title="Release R-03", author="Rashid Khan"))])

# c13: Teams chat, buyer scopes clearly and refuses auto-conversion
case("c13_teams_scope", [], "Chat: buyer scopes 8 FAI, names hold/event/person, rejects auto-conversion idea",
     [("Teams_Skyline_Kompozyt_SCI-4410-305.txt", teams("Skyline / Kompozyt-Tech - SCI-4410-305", [
         ("06/05/2024 09:14", "Marek Zielinski (Kompozyt-Tech)", "Good morning Helen, we got PO 4500077560 rev 1. Autoclave slot is next Thursday."),
         ("06/05/2024 09:20", "Helen Marsh (Skyline)", "Morning Marek. Just to be crystal clear: 8 FAI panels only. The other 152 are not released - they need the FAI sign-off first and then my written release."),
         ("06/05/2024 09:22", "Marek Zielinski (Kompozyt-Tech)", "ok clear. material only for 8 pcs, yes?"),
         ("06/05/2024 09:23", "Helen Marsh (Skyline)", "Correct, material authority is sample-only for now."),
         ("06/05/2024 09:31", "Marek Zielinski (Kompozyt-Tech)", "and if FAI is ok, can we just continue with rest? to save the autoclave setup"),
         ("06/05/2024 09:35", "Helen Marsh (Skyline)", "No, sorry - the FAI sign-off doesn't release anything on its own. You'll get the release from me in writing with the quantity. Happy to turn it round same day once Owen signs the FAI."),
         ("06/05/2024 09:36", "Marek Zielinski (Kompozyt-Tech)", "understood, thank you 👍"),
     ]))])


# =================================================================== CLEAN (batch 2)

# c14: identifiers that look like quantities; compliant scope (French English)
case("c14_identifiers", [], "Sample PO with many quantity-like identifiers; scope note complete",
     [("BC_AST-24-0588.pdf", pdf([
         ("h1", "AERO SIEGES TOULOUSE SAS - BON DE COMMANDE / PURCHASE ORDER AST-24-0588"),
         ("p", "12 chemin de la Crabe, 31700 Blagnac, France. SIRET 512 448 901 00027. Date: 04/06/2024. Indice A."),
         ("p", "Fournisseur / Supplier: Tanger Aero Cablage SARL, Zone Franche Tanger Automotive City, Lot 2500, Tanger, Maroc."),
         ("table", [["Poste", "Reference", "Designation", "Qte", "PU EUR"],
                    ["1", "AST-HRN-2500-480 Ind. 12", "Faisceau inclinaison dossier / recline harness, wire NF EN 3475-100 / ABS 0949", "10", "96,40"]]),
         ("p", "Plan / Drawing: DRG 6000 Rev 12, sheet 1/3. Connectors EN 2997 series, crimp per NF EN 3475-411. "
               "Supplier QMS: EN 9100:2018 and ISO 9001:2015. Contact temperature test 1500 h per ABD 0031."),
         ("h", "Portee de la commande / Scope of this order"),
         ("p", "This order releases ten (10) harnesses for the first article inspection (FAI, AS9102) only."),
         ("p", "The series quantity of 240 harnesses indicated in your offer DV-TAC-1180 is not released and must not be started."),
         ("p", "The series is released only after FAI sign-off by our Quality department and a written production "
               "release signed by Julien Roche, Responsable Achats. Material authority: sample-only."),
         ("p", "Livraison DAP Blagnac, semaine 27. Paiement 45 jours fin de mois. CoC obligatoire."),
     ], title="BC AST-24-0588", author="Aero Sieges Toulouse"))])

# c15: multi-file clean bundle: cover email + TXT PO + informational quote
_c15_po = ("MERIDIAN SEATING INC                PURCHASE ORDER          PO 4500915502  REV 0\n"
           "RENTON WA 98057                     DATE 2024-06-17         BUYER: K.OSEI\n"
           "VENDOR 0000410388 MECANIZADOS BAJIO SA DE CV, CELAYA, GTO, MX\n"
           "------------------------------------------------------------------------------\n"
           "LN  MATERIAL           DESCRIPTION                   QTY  UOM   PRICE    DUE\n"
           "10  MS-3302-07 REV C   SEAT TRACK FITTING 15-5PH       6  EA   220.00  2024-07-29\n"
           "------------------------------------------------------------------------------\n"
           "SCOPE: LN 10 = 6 EA FAI SAMPLES PER AS9102. THIS IS THE ONLY QTY RELEASED.\n"
           "QUOTE Q-MB-2291 (ATTACHED) IS FOR PRICE INFORMATION ONLY. ITS 600 EA SERIES\n"
           "TIER IS NOT RELEASED AND IS NOT ON THIS PO.\n"
           "SERIES QTY RELEASED ONLY BY REVISED PO AFTER FAI SIGN-OFF, ISSUED BY\n"
           "KWAME OSEI, SENIOR BUYER. MATERIAL AUTHORITY: SAMPLE-ONLY.\n"
           "TERMS: NET 60. FCA CELAYA. COC + MATERIAL CERTS REQUIRED.\n")
case("c15_bundle_informational_quote", [], "Folder: cover email + PO (6 FAI) + quote labelled informational; hold/event/person present",
     [("Email_PO4500915502.eml", mail(
         "Kwame Osei <kwame.osei@meridianseating.com>", "Luis Herrera <lherrera@mecbajio.mx>",
         "PO 4500915502 - MS-3302-07 FAI", "Mon, 17 Jun 2024 15:10:00 -0700",
         "Hi Luis,\n\nPO 4500915502 for the six FAI seat track fittings is attached as a text print (our ERP), "
         "together with your quote Q-MB-2291 for reference. The series tier in the quote is there for pricing only; "
         "the PO note says what is released.\n\nPlease confirm the 29 July date.\n\nThanks,\nKwame Osei\n"
         "Senior Buyer, Meridian Seating Inc.\n+1 425 555 0177\n",
         attachments=[("PO_4500915502.txt", _c15_po, "text/plain")])),
      ("PO_4500915502.txt", _c15_po),
      ("Q-MB-2291.pdf", pdf([
          ("h1", "MECANIZADOS BAJIO S.A. DE C.V. - COTIZACION Q-MB-2291"),
          ("p", "Celaya, Guanajuato, 2024-06-03. Customer: Meridian Seating Inc. Part MS-3302-07 Rev C, 15-5PH H1025."),
          ("table", [["Tier", "Qty", "Unit USD", "Lead time"], ["FAI", "6", "220.00", "6 wks"], ["Series", "600", "58.75", "12 wks from release"]]),
          ("p", "Valid 90 days. Prices FCA Celaya. Contact: Luis Herrera, Ventas."),
      ], title="Q-MB-2291", author="Mecanizados Bajio"))])

# c16: stop notice with clear restart conditions
case("c16_stop_notice", [], "Stop notice: nothing may start; released qty stated; restart needs CAPA closure + named person's release",
     [("STOP_PO_GWT-240515.eml", mail(
         "Rashid Khan <rashid.khan@gulfwingstechnics.ae>", "Karim El Idrissi <k.elidrissi@tanger-aerocablage.ma>",
         "STOP NOTICE - PO GWT-240515 - P/N GWT-HRN-7450", "Sun, 16 Jun 2024 08:30:00 +0400",
         "Dear Karim,\n\nFollowing NCR GWT-NCR-0612 (crimp height out of tolerance on 3 of the 10 FAI harnesses), "
         "please treat this email as a formal STOP on PO GWT-240515 with immediate effect.\n\n"
         "- Released quantity on this PO remains 10 FAI harnesses (already delivered).\n"
         "- Nothing more may be started, cut or crimped while the stop is in force.\n"
         "- The balance of 150 harnesses stays not released.\n"
         "- The stop is lifted only when CAPA GWT-CA-0201 is closed by our SQE, and production restarts only "
         "against a written release signed by me.\n\n"
         "Please send your 8D by 23 June.\n\nBest regards,\nRashid Khan\nProcurement Director\n"
         "Gulf Wings Technics LLC, Dubai\n+971 4 555 0100\n",
         attachments=[("NCR_GWT-NCR-0612.html", html_page("NCR GWT-NCR-0612",
             "<h2>Nonconformance report GWT-NCR-0612</h2>"
             "<table><tr><th>Field</th><th>Value</th></tr>"
             "<tr><td>Part</td><td>GWT-HRN-7450 Rev A</td></tr>"
             "<tr><td>Characteristic</td><td>Crimp height, contact size 20 (spec 1.42-1.52 mm)</td></tr>"
             "<tr><td>Found</td><td>1.58 / 1.60 / 1.61 mm on FAI S/N 03, 07, 09</td></tr>"
             "<tr><td>Disposition</td><td>Reject - rework not permitted</td></tr>"
             "<tr><td>Raised by</td><td>Faisal Al Mansoori, SQE, 15-Jun-2024</td></tr></table>"), "text/html")]))])

# c17: quoted supplier assumption of auto-conversion, correct buyer reply
_c17_q = ("Dear Mr Tan,\n"
          "Noted with thanks. As usual, once your team approves the FAI we will flow directly\n"
          "into the remaining production so the airline date is safe.\n"
          "Best regards, Nguyen Thi Lan, Saigon Trim")
case("c17_buyer_corrects", [], "Quoted supplier assumes auto-conversion; buyer reply corrects it with full scope",
     [("RE_RE_SAE-SC-3320_FAI.eml", mail(
         "Tan Wei Ming <weiming.tan@straitsaero.com.sg>", "Nguyen Thi Lan <lan.nguyen@saigontrim.com.vn>",
         "RE: RE: SAE-SC-3320 FAI covers", "Wed, 29 May 2024 09:45:00 +0800",
         "Dear Lan,\n\nPlease don't - the FAI sign-off releases nothing by itself. To recap PO 4500182655:\n"
         "- Released now: the 8 FAI cover sets only.\n"
         "- The remaining 312 sets are not released, and no fabric is to be bought for them.\n"
         "- They are released only by my written production release, which I will issue after our Quality "
         "signs off the FAIR.\n\nI will try to turn the release around within a day of the sign-off so the airline "
         "date holds.\n\nRegards,\nTan Wei Ming\nSenior Buyer, Straits Aero Engineering Pte Ltd\n+65 6555 0140\n\n"
         "From: Nguyen Thi Lan\nSent: Tuesday, May 28, 2024 5:02 PM\n" + quote_lines(_c17_q) + "\n",
         in_reply_to="<h147-sc3320@saigontrim.com.vn>"))])

# c18: interim FAI disposition with limits
case("c18_interim_disposition", [], "Interim FAI disposition with quantity and date limits; release within limits; balance on hold",
     [("Interim_Disposition_SCI-4410-201.pdf", pdf([
         ("h1", "SKYLINE CABIN INTERIORS - INTERIM FAI DISPOSITION & LIMITED RELEASE"),
         ("p", "Supplier: Kompozyt-Tech Sp. z o.o., Rzeszow. PO 4500077311. P/N SCI-4410-201 Rev C. FAIR 0047 rev 1."),
         ("table", [["Item", "Disposition"],
                    ["FAI sign-off", "INTERIM - open item char. 17 (edge trim), re-measure on 5 pcs"],
                    ["Limit", "20 panels, valid until 30 June 2024"],
                    ["Released under this interim", "20 panels"],
                    ["Balance", "124 panels - NOT released"]]),
         ("p", "Under the interim disposition above, I release 20 panels for production, delivery by 28 June 2024."),
         ("p", "The balance of 124 panels remains on hold. It is released only after full FAI sign-off (char. 17 closed) "
               "and a further written release from me. If the interim limit expires first, no further panels may start."),
         ("p", "Material authority: up to the 20 released panels."),
         ("p", "Helen Marsh, Supply Chain Manager (release authority) - 07 June 2024. FAI disposition by Owen Price, SQE."),
     ], title="Interim disposition", author="Helen Marsh"))])

# c19: SAP schedule agreement print, firm zone + labelled forecast, hold + next call-off + person
case("c19_sched_agreement", [], "Schedule agreement print: firm zone released; forecast zone labelled; next call-off and person named",
     [("ME38_5500044120.txt",
       "SKYLINE CABIN INTERIORS LTD          SCHEDULING AGREEMENT DELIVERY SCHEDULE\n"
       "SA 5500044120  ITEM 00010            RELEASE NO. 0014   DATE 03.06.2024\n"
       "VENDOR 0000730115  PRECISION HARNESS SYSTEMS PVT LTD  BENGALURU  IN\n"
       "MATERIAL SCI-EH-5520 REV A   IFE POWER HARNESS, SEAT GROUP   UOM SET\n"
       "==========================================================================\n"
       "ZONE      WEEK      QTY   STATUS\n"
       "FIRM      24/2024    20   RELEASED FOR PRODUCTION\n"
       "FIRM      25/2024    20   RELEASED FOR PRODUCTION\n"
       "FORECAST  26/2024    25   PLANNING ONLY - NOT RELEASED\n"
       "FORECAST  27/2024    25   PLANNING ONLY - NOT RELEASED\n"
       "FORECAST  28/2024    30   PLANNING ONLY - NOT RELEASED\n"
       "==========================================================================\n"
       "RELEASED THIS SCHEDULE (FIRM ZONE): 40 SETS.\n"
       "FORECAST ZONE IS NOT RELEASED. NO FABRICATION AND NO MATERIAL BEYOND THE\n"
       "FIRM ZONE. FORECAST WEEKS ARE RELEASED ONLY BY THE NEXT SCHEDULE RELEASE\n"
       "(NO. 0015) ISSUED BY GRAHAM PRYCE, PURCHASING MANAGER.\n"
       "DELIVERY DAP HAMBLE. CONTACT +44 23 8055 0190.\n")])

# c20: forwarded old quote as rfc822, declared informational; new sample PO complete
_c20_old = mail("Karim El Idrissi <k.elidrissi@tanger-aerocablage.ma>", "Procurement <procurement@gulfwingstechnics.ae>",
                "Offre DV-TAC-0914 - GWT-HRN-7500 seat track cover harness", "Tue, 14 Nov 2023 10:00:00 +0100",
                "Bonjour / Hello,\n\nPlease find our offer DV-TAC-0914:\n"
                "- 6 FAI pcs @ 140 USD\n- 2,000 pcs series @ 31.20 USD, 4 lots of 500\n"
                "Validity 90 days.\n\nCordialement,\nKarim El Idrissi\nTanger Aero Cablage\n")
case("c20_forward_old_quote", [], "Old 2,000 pcs quote forwarded as rfc822, declared informational; new PO for 6 FAI complete",
     [("FW_DV-TAC-0914_PO_GWT-240702.eml", mail(
         "Aisha Al Suwaidi <aisha.alsuwaidi@gulfwingstechnics.ae>", "Karim El Idrissi <k.elidrissi@tanger-aerocablage.ma>",
         "PO GWT-240702 + your old offer DV-TAC-0914 (for information)", "Tue, 02 Jul 2024 11:20:00 +0400",
         "Dear Karim,\n\nOur PO GWT-240702 has been sent through the portal today: six (6) FAI harnesses "
         "GWT-HRN-7500 Rev A, AS9102 FAIR required.\n\n"
         "I am forwarding your offer of November 2023 below for information only, because the unit price on "
         "our PO refers to it. The 2,000 pcs in that offer is not an order and is not released.\n\n"
         "Any series quantity will only be released after FAI sign-off, by a revised PO signed by "
         "Rashid Khan, Procurement Director. Until then material authority is sample-only.\n\n"
         "Kind regards,\nAisha Al Suwaidi\nProcurement Officer\nGulf Wings Technics LLC\n",
         attachments=[("rfc822", _c20_old)]))])

# c21: supplier weekly status report (non-authorizing), respects the hold
case("c21_supplier_status", [], "Supplier status report: FAI in inspection, production awaiting release, no material beyond 8",
     [("Kompozyt_weekly_status_W21.html", html_page("Kompozyt-Tech - weekly status W21",
         "<h2>Kompozyt-Tech Sp. z o.o. - Customer status report, week 21/2024</h2>"
         "<p>Customer: Skyline Cabin Interiors Ltd. Prepared by: Marek Zielinski, Project Manager.</p>"
         "<table><tr><th>PO / line</th><th>Part</th><th>Qty</th><th>Status</th></tr>"
         "<tr><td>4500077560 / 10</td><td>SCI-4410-305 Rev B</td><td>8</td><td>Cured, trimmed; CMM on 23.05; FAIR upload 24.05</td></tr>"
         "<tr><td>4500077560 / 20</td><td>SCI-4410-305 Rev B</td><td>152</td><td>Not started - waiting for your written release</td></tr></table>"
         "<p>Material: prepreg and Nomex core on stock for the 8 FAI panels only. Nothing ordered for line 20.</p>"
         "<p>Risks: autoclave maintenance week 23 (2 days). Next report: 31.05.2024.</p>"))])

_c22_txt = ("Hi Ramesh,\n\nThanks for the acknowledgement on 4500077123. One question while the qualification sets are "
         "in build: the D38999 connectors are showing 26 weeks at the distributor. Could you let me know what it "
         "would cost us to stage connectors for the 116 sets, and whether you'd hold them at your site?\n\n"
         "To be clear, this is a question only. This email gives no material authority; material authority on "
         "4500077123 stays sample-only until I send you something in writing.\n\n"
         "Best,\nGraham\n" + sig("Graham Pryce", "Purchasing Manager", "Skyline Cabin Interiors Ltd", "+44 23 8055 0190"))
# c22: buyer question about staging cost; explicitly no material authority
case("c22_buyer_question_staging", [], "Buyer asks a price question about staging; states no material authority is given",
     [("Question_staging_SCI-EH-5520.eml", mail(
         "Graham Pryce <graham.pryce@skyline-cabin.co.uk>", "Ramesh Iyer <ramesh.iyer@precisionharness.in>",
         "SCI-EH-5520 - question on connector lead time", "Mon, 03 Jun 2024 10:15:00 +0100",
         _c22_txt, html=as_html(_c22_txt)))])


# c23: DOCX FAIR form, technical only, points to separate release
case("c23_fair_form", [], "FAIR form 1 with sign-off; states it releases nothing and names who releases",
     [("FAIR_AS9102_Form1_AST-7730-140.docx", docx_bytes([
         ("h1", "AS9102 First Article Inspection Report - Form 1 (Part Number Accountability)"),
         ("table", [["Field", "Entry"],
                    ["1. Part number", "AST-7730-140"],
                    ["2. Part name", "Seat leg fitting, Ti-6Al-4V"],
                    ["3. Serial number", "FAI-01 to FAI-05"],
                    ["4. FAIR identifier", "FAIR-AST-24-031"],
                    ["5. Part revision", "Rev D"],
                    ["6. Drawing number", "DRG AST-7730-140 sht 1-2"],
                    ["9. Manufacturing process reference", "Atlas Usinage routing R-140-03"],
                    ["10. Organization name", "Atlas Usinage SARL, Casablanca"],
                    ["14. Full FAI / partial FAI", "Full FAI"],
                    ["19. Reviewed by / date", "Sophie Marchand, Quality Manager, 12/06/2024 - signed off, no open findings"]]),
         ("sp",),
         ("p", "Note from Aero Sieges Quality: this FAI sign-off is a technical disposition of the five FAI pieces. "
               "It does not release production. The production quantity on PO AST-24-0601 remains on hold until "
               "Julien Roche, Head of Procurement, issues a written production release."),
     ], author="Sophie Marchand"))])

# c24: release per tail number under blanket PO
case("c24_tail_release", [], "Blanket PO call-off for one tail's ship-set; other tails not released; next call-off + person",
     [("Release_MSN1234_BPO4600011870.pdf", pdf([
         ("h1", "STRAITS AERO ENGINEERING - SHIP-SET RELEASE"),
         ("p", "Blanket PO 4600011870 - Saigon Trim Co., Ltd - Release no. 03 - 10 Jun 2024"),
         ("table", [["Tail / MSN", "Ship-set", "Content", "Qty released", "Need date"],
                    ["9V-SWK / MSN 1234", "SS-03", "Seat dress covers SAE-SC-3316 Rev 2, full cabin", "1 ship-set (186 covers)", "22 Jul 2024"]]),
         ("p", "This release authorizes production of one ship-set (186 covers) for MSN 1234 only."),
         ("p", "Ship-sets for the remaining tails of the retrofit (MSN 1241, 1256, 1270) are not released. Each is "
               "released only by its own ship-set release, issued by Tan Wei Ming, Senior Buyer, when the airline "
               "confirms the induction slot."),
         ("p", "Material authority: fabric and foam for this ship-set only. DDP Singapore (Seletar). CoC per cover bundle."),
     ], title="Ship-set release 03", author="Tan Wei Ming"))])

# c25: supplier MES gate page, denied with reasons
case("c25_gate_denied", [], "Supplier gate page denies starting more units; restates released qty, hold, event, person",
     [("MES_gate_WO-24-1187.html", html_page("Atlas Usinage MES - Gate check WO-24-1187",
         "<h2>Gate check - work order WO-24-1187</h2>"
         "<p>Customer: Aero Sieges Toulouse SAS - PO AST-24-0601 - P/N AST-7730-140 Rev D</p>"
         "<table><tr><th>Request</th><th>Result</th><th>Reason</th></tr>"
         "<tr><td>Start 45 more units (batch 2)</td><td><b>DENIED</b></td>"
         "<td>Released 5 (FAI), produced 5. Balance 45 not released. Unlock event: written production release "
         "after FAI sign-off; release authority Julien Roche. FAI signed off 12/06/2024; release not yet received.</td></tr>"
         "<tr><td>Buy Ti-6Al-4V bar for 45 units</td><td><b>DENIED</b></td><td>Material authority: sample-only.</td></tr></table>"
         "<p>Checked by: Hicham Tazi, Responsable Production, 13/06/2024 07:42</p>"))])


# =================================================================== POSITIVE (batch 3: absence rules)

# p01: PO PDF + quote PDF; PO authorizes 8, quote shows 400, no hold/event/person
case("p01_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "8 FAI on PO, quote in same folder shows 400 series with no not-released wording; no hold, event or releaser",
     [("BC_AST-24-0655.pdf", pdf([
         ("h1", "AERO SIEGES TOULOUSE SAS - BON DE COMMANDE AST-24-0655"),
         ("p", "12 chemin de la Crabe, 31700 Blagnac. Date: 19/06/2024. Acheteur: Camille Fabre."),
         ("p", "Fournisseur: Atlas Usinage SARL, ZI Sidi Maarouf, Casablanca."),
         ("table", [["Poste", "Reference", "Designation", "Qte", "PU EUR", "Livraison"],
                    ["1", "AST-7730-150 Ind. A", "Ferrure de tablette / tray table fitting, 7050-T7451, FAI AS9102", "8", "174,00", "S31"]]),
         ("p", "Prix selon votre devis DEV-2024-0402 ci-joint. Merci de fabriquer les 8 pieces FAI et de joindre "
               "le dossier FAIR (formulaires 1 a 3) et les certificats matiere."),
         ("p", "Livraison DAP Blagnac. Paiement 45 jours fin de mois. Conditions generales d'achat AST-CGA-2023 applicables."),
     ], title="BC AST-24-0655", author="Camille Fabre")),
      ("DEV-2024-0402.pdf", pdf([
          ("h1", "ATLAS USINAGE SARL - DEVIS DEV-2024-0402"),
          ("p", "Client: Aero Sieges Toulouse SAS. Date 05/06/2024. Validite 60 jours."),
          ("table", [["Item", "P/N", "Qty", "Unit EUR", "Delai"],
                     ["1", "AST-7730-150 Ind. A - FAI", "8", "174,00", "6 semaines"],
                     ["2", "AST-7730-150 Ind. A - serie", "400", "38,90", "10 semaines"]]),
          ("p", "Contact: Youssef Benali, +212 522 58 40 17."),
      ], title="DEV-2024-0402", author="Atlas Usinage"))])

# p02: bare qualification-lot PO email, Singapore English
case("p02_bare_qual_lot", ["RG003", "RG004", "RG005"],
     "Qualification lot of 6 ordered; never says the rest is not released, no unlock event, no releaser",
     [("PO4500183001_qual_lot.eml", mail(
         "Jasmine Lim <jasmine.lim@straitsaero.com.sg>", "Nguyen Thi Lan <lan.nguyen@saigontrim.com.vn>",
         "PO 4500183001 - qualification lot SAE-SC-3402 (A350 retrofit)", "Thu, 06 Jun 2024 14:18:00 +0800",
         "Hi Lan,\n\nAs discussed on the call just now, sending you PO 4500183001 for the qualification lot lah - "
         "six (6) seat cover sets P/N SAE-SC-3402 Rev 1, business class, for the A350 retrofit programme.\n\n"
         "Fabric is the new Camira FR wool, colourway 4471; please use the swatch we couriered last week. "
         "Need the FAIR plus the burn test report (FAR 25.853) with the shipment. Target ex-works 12 July so we "
         "can do the fit check on the aircraft during the C-check.\n\nAny issue with the date, let me know early "
         "ok? Thanks!\n\nJasmine Lim\nBuyer, Cabin Interiors\nStraits Aero Engineering Pte Ltd\n"
         "10 Seletar Aerospace Crescent, Singapore 797545\nDID +65 6555 0147\n"))])

# p03: SAP PO print: release strategy 'RELEASED' + FAI release; quote ref shows 250; no hold
case("p03_sap_po_release_status", ["RG001", "RG003", "RG004", "RG005", "RG009"],
     "SAP PO: 'released' for release strategy and for FAI production; quote 250 series shown; no hold/event/releaser",
     [("ME9F_4500077845.txt",
       "SKYLINE CABIN INTERIORS LTD     PURCHASE ORDER 4500077845     PAGE 1\n"
       "HAMBLE-LE-RICE SO31 4NF GB      DATE 10.06.2024  VER 0\n"
       "VENDOR 0000730115 PRECISION HARNESS SYSTEMS PVT LTD, BENGALURU, IN\n"
       "RELEASE STRATEGY S2 (COMMERCIAL/FINANCE)   STATUS: RELEASED 10.06.2024\n"
       "-----------------------------------------------------------------------\n"
       "ITEM MATERIAL          SHORT TEXT                    QTY UN  NET PRICE\n"
       "00010 SCI-EH-5580 REV B SEAT POWER HARNESS, DUAL USB    5 SET   188.00 GBP\n"
       "-----------------------------------------------------------------------\n"
       "HEADER TEXT:\n"
       "PRODUCTION RELEASE: 5 SETS FOR FAI PER AS9102.\n"
       "PRICE BASIS QUOTE PHS/Q/24/118: 5 SETS FAI / 250 SETS SERIES @ 61.40.\n"
       "INCOTERMS DAP HAMBLE. PAYMENT 60 DAYS NET. COC AND FAIR REQUIRED.\n"
       "BUYER: J.WHITAKER  TEL +44 23 8055 0193\n")])

# p04: UAE buyer email, hold 'until further notice', person named, no unlock event
_p04_txt = ("Dear Ramesh,\n\nGreetings. Please find attached PO GWT-240620 for harness GWT-HRN-7600 Rev B.\n\n"
         "Kindly note the scope: ten (10) FAI harnesses are released for manufacture now. The balance of 190 "
         "harnesses is on hold until further notice and is not to be started. Material authority: for the "
         "10 FAI only. I am the only person who can release the balance.\n\n"
         "Please share your FAI plan and the wire lot numbers by Sunday inshallah.\n\n"
         "Best regards,\nRashid Khan\nProcurement Director\nGulf Wings Technics LLC\n"
         "Dubai Airport Freezone, UAE | +971 4 555 0100\n")
case("p04_until_further_notice", ["RG004"],
     "10 FAI released, balance 190 on hold 'until further notice', Rashid Khan releases; no unlock event",
     [("GWT-240620_FAI_release.eml", mail(
         "Rashid Khan <rashid.khan@gulfwingstechnics.ae>", "Ramesh Iyer <ramesh.iyer@precisionharness.in>",
         "PO GWT-240620 - harness GWT-HRN-7600 - scope", "Thu, 20 Jun 2024 10:05:00 +0400",
         _p04_txt, html=as_html(_p04_txt)))])

# p05: DOCX PO, 'released' for drawing and for quantity; person named, no event
case("p05_docx_drawing_released", ["RG004", "RG009"],
     "'Released' used for drawing release and for production; balance held, Claire Dubois named, no unlock event",
     [("Commande_AST-24-0702_Kompozyt.docx", docx_bytes([
         ("h1", "Aero Sieges Toulouse - Purchase Order AST-24-0702"),
         ("p", "Supplier: Kompozyt-Tech Sp. z o.o., ul. Lotnicza 14, 35-082 Rzeszow, Poland. Date: 02/07/2024."),
         ("table", [["Line", "Part / Ind.", "Description", "Qty", "Unit EUR"],
                    ["1", "AST-CP-5510 Ind. C", "Seat back shroud, glass/phenolic, FAI", "6", "310,00"],
                    ["2", "AST-CP-5510 Ind. C", "Same, series", "94", "142,00"]]),
         ("p", "Drawing AST-CP-5510 Ind. C was released by our Engineering on 02/04/2024 under ECN 24-117."),
         ("p", "Released for manufacture: the 6 panels of line 1 (first article, AS9102)."),
         ("p", "Line 2 (94 panels) is held and may not be started. Material authority: line 1 only. Only "
               "Mme Claire Dubois, Directrice Achats, may release line 2."),
         ("p", "Delivery DAP Blagnac, week 33. Payment 45 days end of month."),
     ], author="Claire Dubois"))])

# p06: HTML portal: PO line 15, release record 18; event named, no person
case("p06_portal_conflict", ["RG005", "RG011"],
     "Portal PO line shows 15 FAI, release record on same page shows 18; releaser only 'Procurement'",
     [("Meridian_portal_PO4500916010.html", html_page("Meridian Supplier Connect - PO 4500916010",
         "<h2>Meridian Supplier Connect</h2><p>Supplier: Composites del Norte S.A. de C.V. | User: aruiz</p>"
         "<h3>PO 4500916010 rev 0 - 2024-06-24</h3>"
         "<table><tr><th>Line</th><th>Material</th><th>Description</th><th>Qty</th><th>Scope</th></tr>"
         "<tr><td>10</td><td>MS-8870-02 Rev A</td><td>Literature pocket, CFRP</td><td>15</td><td>FAI</td></tr>"
         "<tr><td>20</td><td>MS-8870-02 Rev A</td><td>Literature pocket, CFRP</td><td>285</td><td>Production - not released</td></tr></table>"
         "<h3>Release record</h3>"
         "<table><tr><th>Release</th><th>Line</th><th>Qty released</th><th>Date</th></tr>"
         "<tr><td>REL-01</td><td>10</td><td>18</td><td>2024-06-24</td></tr></table>"
         "<div class=\"note\">Line 20 is not released. It will be released by a revised PO after FAI sign-off. "
         "Releases are issued by Meridian Procurement. Material authority: sample-only.</div>"))])

# p07: Teams chat: 'from our side' releaser; later 'good to run'
case("p07_teams_good_to_run", ["RG002", "RG005"],
     "Chat: 10 FAI, balance on hold till FAI sign-off + release 'from our side' (nobody named); later unscoped 'good to run'",
     [("Teams_Whitaker_Kompozyt.txt", teams("Skyline Purchasing / Kompozyt-Tech", [
         ("11/06/2024 08:47", "James Whitaker (Skyline)", "Morning Marek, PO 4500077902 is out - it's for the 10 FAI galley end panels only. The other 150 are NOT released until the FAI's signed off and you've had a written release from our side. Material for the 10 only please."),
         ("11/06/2024 08:59", "Marek Zielinski (Kompozyt-Tech)", "Good morning James, received, thank you. We schedule the lay-up for week 25."),
         ("18/06/2024 15:02", "Marek Zielinski (Kompozyt-Tech)", "Update: trim jig is ready, CMM program done, first panel cured this morning and looks very nice. Photos attached."),
         ("18/06/2024 15:20", "James Whitaker (Skyline)", "Lovely, cheers Marek - you're good to run."),
         ("18/06/2024 15:21", "Marek Zielinski (Kompozyt-Tech)", "👍"),
     ]))])

# p08: blanket PO: forecast written as commitment; call-off 20; rest 'on hold' without event or person
case("p08_blanket_forecast_commit", ["RG004", "RG005", "RG008"],
     "Blanket PO commits to the 2,400 forecast; call-off 20 with rest on hold but no event and no releaser",
     [("BPO_4600020115_Meridian.pdf", pdf([
         ("h1", "MERIDIAN SEATING INC. - BLANKET PURCHASE ORDER 4600020115"),
         ("p", "Renton, WA 98057. Date 2024-07-08. Supplier: Composites del Norte S.A. de C.V., Queretaro, MX."),
         ("table", [["Item", "Material", "Description", "2025 forecast", "Unit USD"],
                    ["10", "MS-8841-30 Rev A", "Backshell, CFRP, 29in pitch", "2,400 EA", "212.00"]]),
         ("p", "Meridian commits to purchase the 2025 forecast quantity of 2,400 backshells under this blanket order; "
               "please plan your capacity on that basis."),
         ("p", "Call-off 01 released with this order: 20 backshells (first production lot incl. FAI), delivery 2024-09-16."),
         ("p", "The remaining quantity is on hold."),
         ("p", "Terms: FCA Queretaro, net 60. Quality: AS9100 supplier, FAIR per AS9102 on the first lot, CoC each shipment."),
         ("p", "Issued by: Meridian Seating Procurement. Questions: procurement@meridianseating.com"),
     ], pagesize=LETTER, title="BPO 4600020115", author="Meridian Procurement"))])

# p09: buyer email: first articles, no quantity stated; hold/event/person present
case("p09_no_qty_first_articles", ["RG010"],
     "Buyer authorizes 'the first-article pieces' without a quantity; hold, event (revised PO after FAI) and releaser present",
     [("MS-3302-09_first_articles.eml", mail(
         "Kwame Osei <kwame.osei@meridianseating.com>", "Luis Herrera <lherrera@mecbajio.mx>",
         "MS-3302-09 Rev A - first articles", "Wed, 26 Jun 2024 13:40:00 -0700",
         "Hi Luis,\n\nDrawing MS-3302-09 Rev A (sheet 1-3) and the 3D model are in the attached zip on the portal. "
         "Please go ahead and machine the first-article pieces per that drawing, with full AS9102 FAIR and "
         "the 15-5PH heat treat certs (H1025).\n\n"
         "The production quantity is not released. It will be released only by a revised PO from me after our "
         "SQE signs off the FAI. Material: buy only what the first articles need.\n\n"
         "Thanks,\nKwame Osei\nSenior Buyer, Meridian Seating Inc.\n+1 425 555 0177\n"))])

# p10: Teams chat: tooling invoice paid -> start FAI; no quantity
case("p10_teams_paid_start", ["RG010", "RG012"],
     "Buyer ties start of FAI harnesses to paying the tooling invoice; no FAI quantity stated; hold/event/person present",
     [("Teams_GWT_TangerAero_HRN-7500.txt", teams("GWT / Tanger Aero Cablage - HRN-7500", [
         ("03/07/2024 09:02", "Karim El Idrissi (Tanger Aero Cablage)", "Bonjour Aisha, the crimp tooling for the EN 2997 contacts is here. We are waiting your signal to start."),
         ("03/07/2024 09:30", "Aisha Al Suwaidi (GWT)", "Morning Karim. Tooling invoice is paid yesterday, so you can kick off the FAI harnesses now."),
         ("03/07/2024 09:31", "Aisha Al Suwaidi (GWT)", "Series remains not released - only after FAI sign-off and a written release from Rashid Khan."),
         ("03/07/2024 09:40", "Karim El Idrissi (Tanger Aero Cablage)", "Parfait, merci. FAIR will come with the parts."),
     ]))])

# p11: Abu Dhabi buyer: proceed with first articles, no qty, nothing on balance
case("p11_first_articles_bare", ["RG003", "RG004", "RG005", "RG010"],
     "'Kindly proceed with first articles' - no quantity, nothing on the balance, no event, no releaser",
     [("AN-CDP-220_first_articles.eml", mail(
         "Mohammed Al Hammadi <m.alhammadi@alnooraviation.ae>", "Sanjay Kulkarni <sanjay.k@deccancomposites.in>",
         "AN-CDP-220 cabin divider panel - PO AN-PO-24-1130", "Mon, 01 Jul 2024 12:10:00 +0400",
         "Dear Sanjay,\n\nWith reference to your offer and our meeting in Pune, kindly proceed with first articles "
         "of the cabin divider panel AN-CDP-220 Issue 3 under our PO AN-PO-24-1130.\n\n"
         "Decor: laminate Schneller 4406 (sand), edge trim per drawing note 7. Flammability per CS 25.853 App. F "
         "Part I, heat release not applicable (divider below 1.2 m). Please include the AS9102 report and the "
         "DDP shipping documents for Abu Dhabi.\n\nBest regards,\nMohammed Al Hammadi\nSenior Procurement Officer\n"
         "Al Noor Aviation Services, Abu Dhabi, UAE\nTel +971 2 555 0166\n",
         attachments=[("QAR-07_Supplier_Quality_Requirements.docx", docx_bytes([
             ("h1", "QAR-07 Supplier Quality Requirements - Cabin Monuments"),
             ("p", "Issue 4, 2023-11-01. Owner: Quality Department, Al Noor Aviation Services."),
             ("table", [["Clause", "Requirement"],
                        ["4.1", "Supplier QMS certified to EN/AS 9100."],
                        ["4.2", "First article inspection per AS9102 Rev C, full FAI on new part numbers and after any process change."],
                        ["4.3", "Flammability per CS 25.853; coupons from the production batch."],
                        ["4.4", "Certificate of Conformity with each shipment, signed by the supplier's quality manager."],
                        ["4.5", "Nonconformities: no use-as-is without written concession from Al Noor Quality."]]),
         ], author="Al Noor Quality"), DOCX_MT)]))])

# p12: HTML portal release record: released qty blank; 'approval' used for PO and FAIR
case("p12_portal_blank_qty", ["RG009", "RG010"],
     "Release record leaves the released quantity blank; 'Approval/Approved' used for PO (commercial) and FAIR (technical)",
     [("StraitsAero_portal_REL-2024-0331.html", html_page("Straits Aero Supplier Portal - REL-2024-0331",
         "<h2>Straits Aero Engineering - Supplier Portal</h2>"
         "<p>Supplier: Saigon Trim Co., Ltd | PO 4500183220 | P/N SAE-SC-3410 Rev 1 (premium economy headrest cover)</p>"
         "<h3>Release record REL-2024-0331</h3>"
         "<table><tr><th>Field</th><th>Value</th></tr>"
         "<tr><td>Release type</td><td>FAI samples</td></tr>"
         "<tr><td>Released quantity</td><td>&mdash;</td></tr>"
         "<tr><td>PO approval</td><td>Approved (Finance, 2024-06-10)</td></tr>"
         "<tr><td>FAIR approval</td><td>Approved (Quality, pending upload of rev 1)</td></tr>"
         "<tr><td>Production balance</td><td>300 sets - not released</td></tr></table>"
         "<div class=\"note\">The production balance is released only by a written production release from "
         "Tan Wei Ming, Senior Buyer, after FAI sign-off. Material authority: sample-only.</div>"))])

# p13: email + attached PDF quote: 4 FAI on PO, quote shows 120; nothing on balance
case("p13_email_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "Email orders 4 FAI panels, attached quote shows 120 production; no hold, event or releaser",
     [("PO4500078010_Deccan.eml", mail(
         "James Whitaker <james.whitaker@skyline-cabin.co.uk>", "Sanjay Kulkarni <sanjay.k@deccancomposites.in>",
         "PO 4500078010 - SCI-4420-118 FAI panels", "Tue, 25 Jun 2024 16:30:00 +0100",
         "Hi Sanjay,\n\nThanks for the quote. PO 4500078010 is raised for the 4 FAI bulkhead panels "
         "SCI-4420-118 Rev A at the FAI price in your quote, attached. Delivery DAP Hamble "
         "by 9 August please, with the FAIR and fire test certificate.\n\nCheers,\nJames\n"
         + sig("James Whitaker", "Buyer - Composites", "Skyline Cabin Interiors Ltd", "+44 23 8055 0193"),
         attachments=[("DCPL-Q-24-0561.pdf", pdf([
             ("h1", "DECCAN COMPOSITES PVT LTD - QUOTATION DCPL-Q-24-0561"),
             ("p", "Chakan MIDC Phase II, Pune 410501, India. Date: 14-Jun-2024. Customer: Skyline Cabin Interiors Ltd."),
             ("table", [["Sr.", "Part", "Description", "Qty", "Rate GBP", "Delivery"],
                        ["1", "SCI-4420-118 Rev A", "Bulkhead panel, FAI", "4", "640.00", "6 weeks"],
                        ["2", "SCI-4420-118 Rev A", "Bulkhead panel, production", "120", "295.00", "10-12 weeks"]]),
             ("p", "Terms: DAP Hamble, 45 days. Validity 60 days. Contact: Sanjay Kulkarni, +91 20 6655 0121."),
         ], title="DCPL-Q-24-0561", author="Deccan Composites"), PDF_MT)]))])

# p14: Teams chat, buyer pastes quote lines; orders 8 FAI; nothing on the 400
case("p14_teams_pasted_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Chat: buyer orders 8 FAI sets and pastes quote with 400 rate tier; no hold, event or releaser",
     [("Teams_StraitsAero_SaigonTrim_headrest.txt", teams("Straits Aero x Saigon Trim", [
         ("12/06/2024 10:11", "Tan Wei Ming (Straits Aero)", "Hi Lan, PO 4500183240 is out, you should get it by email. Pls make the 8 FAI headrest covers, details per your quote below:"),
         ("12/06/2024 10:11", "Tan Wei Ming (Straits Aero)", "QUOTE STC-Q-2406-11\nSAE-SC-3412 Rev 0 headrest cover, leather\nFAI      8 sets   USD 38.00\nRate   400 sets   USD 22.50\nLead time FAI 4 wks / rate 8 wks"),
         ("12/06/2024 10:25", "Nguyen Thi Lan (Saigon Trim)", "Dear Mr Tan, well received with thanks. Leather colour same as last order (Boxmark 7702)?"),
         ("12/06/2024 10:27", "Tan Wei Ming (Straits Aero)", "Yes same colour. Need the covers by 12 July for the fit check."),
     ]))])

# p15: DOCX PO: table 4 FAI, text five (5); price based on 120 series; nothing on balance
case("p15_docx_four_vs_five", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "PO table says 4 FAI, text says five (5); 120 series quoted without not-released wording; no hold/event/releaser",
     [("AN-PO-24-1188_AtlasUsinage.docx", docx_bytes([
         ("h1", "Al Noor Aviation Services - Purchase Order AN-PO-24-1188"),
         ("p", "Musaffah M-40, Abu Dhabi, UAE. Date: 08 July 2024. Buyer: Mohammed Al Hammadi."),
         ("p", "Supplier: Atlas Usinage SARL, Casablanca, Morocco."),
         ("table", [["Line", "Part", "Description", "Qty", "Unit USD"],
                    ["1", "AN-BRK-3120 Iss. B", "Monument attach bracket, 6061-T6, first article", "4", "210.00"]]),
         ("p", "Kindly supply five (5) first article pieces of AN-BRK-3120 Issue B with the AS9102 report, "
               "material certificates and CoC."),
         ("p", "Unit price as per your offer OF-AU-24-233 for the 120 pcs series."),
         ("p", "Delivery: DAP Abu Dhabi, within 6 weeks. Payment: 60 days from invoice."),
     ], author="Mohammed Al Hammadi"))])


# =================================================================== POSITIVE (batch 4: RG002, RG006)

# p16: 'approved' for price (commercial) and deviation (technical) + unscoped 'go ahead'; scope in quoted PO mail
_p16_q = ("PO AN-PO-24-1130 rev 0 - AN-CDP-220 cabin divider panel\n"
          "Released now: 6 first article panels only.\n"
          "Balance 54 panels: not released. It is released only after FAI sign-off, by a\n"
          "written production release from me. Material authority: sample-only.\n"
          "Mohammed Al Hammadi, Senior Procurement Officer")
_p16_s = ("Dear Mohammed,\n1) Laminate cost went up 4%, revised price per panel USD 402.\n"
          "2) Deviation request DEV-017: alternate edge-trim extrusion from Anand Polymers (same spec).\n"
          "Please advise so we can plan.\nSanjay")
case("p16_approved_go_ahead", ["RG002", "RG009"],
     "'Approved' for a price (commercial) and a deviation (technical), then unscoped 'go ahead'; scope only in quoted PO mail",
     [("RE_AN-CDP-220_price_deviation.eml", mail(
         "Mohammed Al Hammadi <m.alhammadi@alnooraviation.ae>", "Sanjay Kulkarni <sanjay.k@deccancomposites.in>",
         "RE: AN-CDP-220 - revised price and DEV-017", "Wed, 10 Jul 2024 15:55:00 +0400",
         "Dear Sanjay,\n\nBoth points are approved. The revised price of USD 402 is approved by our Finance "
         "(PO rev 1 follows), and DEV-017 is approved by our Design Office.\n\nGo ahead.\n\n"
         "Best regards,\nMohammed\n\n"
         "On 09/07/2024 18:20, Sanjay Kulkarni wrote:\n" + quote_lines(_p16_s) + "\n\n"
         "On 01/07/2024 12:10, Mohammed Al Hammadi wrote:\n" + quote_lines(_p16_q) + "\n",
         in_reply_to="<dev017@deccancomposites.in>"))])

# p17: buyer meeting minutes DOCX: scope recap complete, decision 'green light' unscoped
case("p17_minutes_green_light", ["RG002"],
     "Buyer's visit minutes restate full scope, then record an unscoped 'green light' decision",
     [("Minutes_CdN_visit_2024-07-11.docx", docx_bytes([
         ("h1", "Supplier visit - Composites del Norte, Queretaro - 11 July 2024"),
         ("p", "Attendees: Dana Whitfield (Procurement Manager), Ben Carter (SQE) - Meridian Seating; "
               "Alejandro Ruiz (KAM), Sofia Mendez (Plant Manager) - Composites del Norte."),
         ("h", "1. Scope recap - PO 4500916200, MS-8870-05 Rev A"),
         ("li", "Released now: 10 FAI literature pockets (line 10)."),
         ("li", "Line 20 (190 pcs) is not released. It is released only by a written release from Dana Whitfield "
                "after FAI sign-off by Ben Carter."),
         ("li", "Material authority: sample-only."),
         ("h", "2. Paint line"),
         ("p", "CdN moved the topcoat from the manual booth to the new robot cell (ABB IRB 5500). Adhesion "
               "cross-hatch per ASTM D3359 results 5B on the trial panels. Color match to Boeing BMS 10-60 "
               "Type II grey within dE 0.8."),
         ("h", "3. Decisions"),
         ("table", [["#", "Decision", "Owner"],
                    ["D1", "Robot cell accepted as the standard paint process for MS-8870-05.", "Ben Carter"],
                    ["D2", "CdN has Meridian's green light.", "Dana Whitfield"],
                    ["D3", "Next review call 25 July.", "Alejandro Ruiz"]]),
     ], author="Dana Whitfield"))])

# p18: HTML portal: buyer answers schedule proposal 'Approved - proceed'
case("p18_portal_approved_proceed", ["RG002"],
     "Portal PO shows complete scope; buyer's reply to a schedule proposal is an unscoped 'Approved - proceed'",
     [("GWT_portal_PO_GWT-240705.html", html_page("GWT Supplier Gateway - PO GWT-240705",
         "<h2>Gulf Wings Technics - Supplier Gateway</h2>"
         "<p>Supplier: Tanger Aero Cablage SARL | PO GWT-240705 rev 0 | P/N GWT-HRN-7520 Rev A (galley harness)</p>"
         "<table><tr><th>Line</th><th>Qty</th><th>Scope</th><th>Status</th></tr>"
         "<tr><td>10</td><td>6</td><td>FAI</td><td>Released</td></tr>"
         "<tr><td>20</td><td>114</td><td>Production</td><td>Not released - requires FAI sign-off and written release by Rashid Khan</td></tr></table>"
         "<p>Material authority: sample-only.</p>"
         "<h3>Messages</h3>"
         "<table><tr><th>Date</th><th>From</th><th>Message</th></tr>"
         "<tr><td>2024-07-06 10:14</td><td>Karim El Idrissi (supplier)</td><td>Proposed schedule: wire cutting week 29, "
         "crimping and assembly weeks 30-31, test and pack week 32. Please confirm so we book the line.</td></tr>"
         "<tr><td>2024-07-07 08:51</td><td>Aisha Al Suwaidi (GWT)</td><td>Approved - proceed.</td></tr></table>"))])

# p19: SQE 'Yes approved, go ahead' to a change + 'then we plan the cutting'; quoted PO scope complete
_p19_s = ("Dear Ms Jasmine,\nFor SAE-SC-3402 we would like to change the sewing thread to Nomex\n"
          "Tex 40 (same colour) and move the label 20 mm down. Is it OK? Then we plan the cutting.\nLan")
_p19_q = ("PO 4500183001 rev 1 - scope\n"
          "Released: 6 qualification cover sets.\n"
          "Balance 210 sets: NOT released. Released only by written release from Jasmine Lim\n"
          "after FAI sign-off by SAE Quality. Material authority: sample-only.")
case("p19_deviation_go_ahead", ["RG002"],
     "SQE answers a change request that ends 'then we plan the cutting' with 'Yes approved, go ahead'",
     [("RE_SAE-SC-3402_thread_change.eml", mail(
         "Darren Goh <darren.goh@straitsaero.com.sg>", "Nguyen Thi Lan <lan.nguyen@saigontrim.com.vn>",
         "RE: SAE-SC-3402 thread change", "Fri, 21 Jun 2024 17:48:00 +0800",
         "Hi Lan,\n\nYes approved, go ahead. Please update the drawing note on your traveller and send us the "
         "Nomex thread cert with the next shipment.\n\nThanks,\nDarren Goh\nSupplier Quality Engineer\n"
         "Straits Aero Engineering Pte Ltd\n\n"
         "From: Nguyen Thi Lan\nSent: 21 June 2024 15:02\n" + quote_lines(_p19_s) + "\n\n"
         "From: Jasmine Lim\nSent: 14 June 2024 09:30\n" + quote_lines(_p19_q) + "\n",
         cc="Jasmine Lim <jasmine.lim@straitsaero.com.sg>"))])

# p20: supplier reply: plate bought for 250 while 10 FAI released; buyer scope quoted
_p20_q = ("Commande AST-24-0710: 10 pieces FAI released (AST-7730-160 Ind. A).\n"
          "The 240 series pieces are not released. Release only by written production release from\n"
          "Julien Roche after FAI sign-off. Material authority: sample-only.")
case("p20_plate_bought_all", ["RG006"],
     "Supplier says plate for all 250 pcs is already bought while only 10 FAI are released and authority is sample-only",
     [("RE_AST-24-0710_matiere.eml", mail(
         "Youssef Benali <y.benali@atlas-usinage.ma>", "Julien Roche <julien.roche@aerosieges-toulouse.fr>",
         "RE: Commande AST-24-0710 - planning", "Mon, 15 Jul 2024 11:30:00 +0100",
         "Bonjour M. Roche,\n\nMerci pour la commande. Planning FAI: usinage semaine 30, CMM semaine 31, "
         "expedition 2 aout.\n\nPour securiser le delai, nous avons deja achete la tole 7050-T7451 pour les 250 "
         "pieces (certificat EN 10204 3.1 joint) - the mill had only one slot before September, so we took the "
         "full quantity.\n\nBien cordialement,\nYoussef Benali\nResponsable Commercial, Atlas Usinage SARL\n\n"
         "Le 12/07/2024, Julien Roche a ecrit :\n" + quote_lines(_p20_q) + "\n"))])

# p21: supplier HTML status: prepreg for 300 received, 15 released
case("p21_status_material_full", ["RG006"],
     "Supplier status report: prepreg and core for all 300 pcs received/cut, only 15 FAI released",
     [("CdN_status_W28.html", html_page("Composites del Norte - Status W28",
         "<h2>Composites del Norte - Weekly customer status W28/2024</h2>"
         "<p>Customer: Meridian Seating Inc. | Prepared by Alejandro Ruiz | 2024-07-12</p>"
         "<table><tr><th>PO / line</th><th>Part</th><th>Qty</th><th>Authority</th><th>Status</th></tr>"
         "<tr><td>4500916300 / 10</td><td>MS-8870-08 Rev A</td><td>15</td><td>Released (FAI)</td><td>Lay-up done, curing 13/07</td></tr>"
         "<tr><td>4500916300 / 20</td><td>MS-8870-08 Rev A</td><td>285</td><td>Not released</td><td>Waiting release</td></tr></table>"
         "<h3>Material</h3><ul>"
         "<li>Prepreg Hexcel M21/IMA: received for full 300 pcs, in freezer (out-life log started).</li>"
         "<li>Nomex core 3.2 mm: cut to kit for 300 pcs.</li></ul>"
         "<p>Next: FAIR upload 19/07.</p>"))])

# p22: folder: call-off (20 sets, material authority 20) + supplier OA TXT (material for 500)
case("p22_calloff_plus_oa", ["RG006"],
     "Call-off releases 20 sets with material authority 20; supplier order acknowledgement states material procured for 500",
     [("CallOff_SA5500044130_R03.pdf", pdf([
         ("h1", "SKYLINE CABIN INTERIORS - SCHEDULE RELEASE R03"),
         ("p", "Scheduling agreement 5500044130 - Precision Harness Systems Pvt Ltd - 01.07.2024"),
         ("table", [["Material", "Description", "Released", "Delivery"],
                    ["SCI-EH-5590 Rev A", "Seat-to-seat power jumper", "20 sets", "wk 33"]]),
         ("p", "Released for production: 20 sets. Nothing else under the agreement is released; the rest is "
               "released only by the next schedule release (R04), issued by Graham Pryce, Purchasing Manager."),
         ("p", "Material authority: up to 20 sets."),
     ], title="Schedule release R03", author="Graham Pryce")),
      ("PHS_OA_R03.txt",
       "PRECISION HARNESS SYSTEMS PVT LTD - ORDER ACKNOWLEDGEMENT\n"
       "OA NO  : PHS/OA/24/0877          DATE : 03-07-2024\n"
       "CUST   : SKYLINE CABIN INTERIORS LTD, HAMBLE\n"
       "REF    : SA 5500044130 / RELEASE R03\n"
       "----------------------------------------------------------\n"
       "ITEM  PART               QTY    DELIVERY\n"
       "1     SCI-EH-5590 REV A  20 SET WK 33/2024\n"
       "----------------------------------------------------------\n"
       "REMARKS:\n"
       "1. RAW MATERIAL PROCURED FOR 500 SETS (WIRE M22759/16-22,\n"
       "   CONNECTORS D38999/26, BACKSHELLS) TO ENSURE CONTINUITY.\n"
       "2. DELIVERY EX-WORKS BENGALURU, FREIGHT BY CUSTOMER.\n"
       "FOR PRECISION HARNESS SYSTEMS PVT LTD - AUTHORISED SIGNATORY\n")])

# p23: thread: buyer 'feel free ... your call'; supplier placed connector order for all 120 shipsets
_p23_q = ("Dear Ramesh,\nPO GWT-240720: 4 FAI shipsets of GWT-HRN-7610 released. The remaining 116\n"
          "shipsets are not released; they are released only after FAI sign-off by written release\n"
          "from me. Material authority: 4 shipsets.\nRegarding the 26-week connectors: if you want to get\n"
          "ahead, feel free to order for the whole run - your call.\nRashid Khan, Procurement Director")
case("p23_connectors_whole_run", ["RG006"],
     "Supplier confirms connectors ordered for all 120 shipsets; only 4 released; buyer's 'your call' is no material authority",
     [("RE_GWT-240720_connectors.eml", mail(
         "Ramesh Iyer <ramesh.iyer@precisionharness.in>", "Rashid Khan <rashid.khan@gulfwingstechnics.ae>",
         "RE: PO GWT-240720 - GWT-HRN-7610", "Tue, 23 Jul 2024 10:40:00 +0530",
         "Dear Sir,\n\nThank you for the PO. Understood on the connectors - we have placed the order with the "
         "distributor for all 120 shipsets (D38999/24 and /26, 26 weeks ARO), PO PHS-P-24-3391 dated today. "
         "FAI sets will ship in week 33.\n\nThanks & Regards,\nRamesh Iyer\nManager - Customer Service\n"
         "Precision Harness Systems Pvt. Ltd.\n\n"
         "On 22-Jul-2024 17:05, Rashid Khan wrote:\n" + quote_lines(_p23_q) + "\n"))])

# p24: Teams: supplier pre-cut prepreg for 160 and will continue the run when FAI is ok
case("p24_teams_precut_roll_on", ["RG006", "RG007"],
     "Chat: supplier pre-cut prepreg for all 160 panels and will 'just continue the run' once FAI is ok; buyer scope complete",
     [("Teams_Skyline_Kompozyt_SCI-4410-330.txt", teams("Skyline / Kompozyt-Tech - SCI-4410-330", [
         ("01/07/2024 08:30", "Helen Marsh (Skyline)", "Hi Marek, PO 4500078120 is on the portal: 8 FAI panels released. The other 152 are not released - they need FAI sign-off and then a written release from me. Material for the 8 only."),
         ("01/07/2024 08:41", "Marek Zielinski (Kompozyt-Tech)", "Thank you Helen, received."),
         ("15/07/2024 13:05", "Marek Zielinski (Kompozyt-Tech)", "Hi Helen, small info: we pre-cut the prepreg plies for all 160 panels on the Gerber last week, it is more efficient for nesting. So when FAI is ok we just continue the run without stopping the line."),
         ("15/07/2024 13:40", "Helen Marsh (Skyline)", "Thanks Marek, let me check with Owen and come back to you."),
     ]))])

# p25: supplier-written kickoff minutes: forecast 1,200 recorded as firm order; resin ordered for 1,200
case("p25_kickoff_minutes_supplier", ["RG006", "RG008"],
     "Supplier minutes record the 1,200 forecast as firm order quantity and resin/glass ordered for 1,200; only 4 FAI released",
     [("Deccan_kickoff_MoM_Skyline.docx", docx_bytes([
         ("h1", "Minutes of Meeting - Project kick-off, Skyline Cabin Interiors"),
         ("p", "Venue: Deccan Composites, Chakan, Pune. Date: 02-Jul-2024. Prepared by: Sanjay Kulkarni (Deccan)."),
         ("p", "Present: James Whitaker (Skyline, Buyer), Owen Price (Skyline, SQE), Sanjay Kulkarni, "
               "Pradeep Joshi (Deccan, Production Head)."),
         ("table", [["#", "Point", "Responsibility"],
                    ["1", "PO 4500078010: 4 FAI bulkhead panels SCI-4420-118 Rev A released. Production not released "
                          "until FAI sign-off by Owen Price and a written release from James Whitaker.", "Skyline"],
                    ["2", "Skyline annual forecast of 1,200 panels (2025) is confirmed as firm order quantity for "
                          "capacity planning.", "Deccan / Skyline"],
                    ["3", "Phenolic resin and glass fabric 7781 ordered for 1,200 panels to secure the annual price.", "Deccan purchase"],
                    ["4", "FAIR submission target 09-Aug-2024.", "Deccan QA"]]),
         ("p", "Minutes circulated to all attendees on 03-Jul-2024."),
     ], author="Sanjay Kulkarni"))])

# p26: Polish supplier: advance payment received -> launched full 100 and bought prepreg for all
_p26_q = ("PO AST-24-0702 rev 1: 6 FAI panels (line 1) are released. Line 2 (94 panels) is not released;\n"
          "it is released only by a written release from Claire Dubois after FAI sign-off.\n"
          "Material authority: line 1 only. Advance payment of 30% on the tooling as agreed.")
case("p26_advance_paid_launched", ["RG006", "RG012"],
     "Supplier treats the advance payment as go: launched all 100 panels and bought prepreg for all; only 6 FAI released",
     [("Advance_payment_AST-24-0702.eml", mail(
         "Marek Zielinski <m.zielinski@kompozyt-tech.pl>", "Claire Dubois <claire.dubois@aerosieges-toulouse.fr>",
         "AST-24-0702 - advance payment received", "Thu, 18 Jul 2024 09:05:00 +0200",
         "Dear Mrs Dubois,\n\nThank you very much for the 30% advance payment, received on our account on 16 July. "
         "Following this payment we have launched the production of the complete order of 100 panels and we "
         "bought the prepreg for all of them, so the deliveries will be faster.\n\n"
         "FAI panels will be ready in week 31.\n\nBest regards,\nMarek Zielinski\nProject Manager\n"
         "Kompozyt-Tech Sp. z o.o., Rzeszow, Poland\n\n"
         "-----Original message-----\nFrom: Claire Dubois, 03/07/2024\n" + quote_lines(_p26_q) + "\n"))])


# =================================================================== POSITIVE (batch 5: RG007, RG008)

# p27: supplier will flow straight into the balance on FAIR approval; buyer scope quoted
_p27_q = ("PO 4500915620 - MS-3302-11 Rev B seat track fitting\n"
          "Released: 6 FAI pieces. Balance 594 pcs NOT released.\n"
          "The balance is released only by a revised PO from me after FAI sign-off.\n"
          "Material authority: sample-only.\nKwame Osei, Senior Buyer")
case("p27_flow_straight_into_balance", ["RG007"],
     "Supplier: once FAIR approval is in they flow straight into the 594 without another document; buyer requires revised PO",
     [("RE_PO4500915620_FAI_schedule.eml", mail(
         "Luis Herrera <lherrera@mecbajio.mx>", "Kwame Osei <kwame.osei@meridianseating.com>",
         "RE: PO 4500915620 - FAI schedule", "Fri, 19 Jul 2024 08:15:00 -0600",
         "Hi Kwame,\n\nThe 6 FAI pieces finish heat treat on Tuesday; CMM and FAIR on Thursday. To protect your "
         "September date, once your FAIR approval is in we will flow straight into the 594 balance - our planner "
         "already has the job loaded, so no need for another document on your side.\n\n"
         "Saludos,\nLuis Herrera\nVentas / Sales, Mecanizados Bajio S.A. de C.V.\nCelaya, Gto.\n\n"
         "El 15/07/2024, Kwame Osei escribio:\n" + quote_lines(_p27_q) + "\n"))])

# p28: buyer contradicts his own written-release requirement
_p28_q = ("PO 4500077123 rev 0 - scope note\n"
          "Released now: 4 qualification harness sets. Remaining 116 sets not released.\n"
          "Unlock: qualification lot sign-off by Skyline Quality, then a written release from\n"
          "Graham Pryce, Purchasing Manager. Material authority: sample-only.")
case("p28_buyer_no_need_to_wait", ["RG007"],
     "Buyer tells supplier to carry on with the 116 on sign-off without his written release, contradicting the PO",
     [("SCI-EH-5520_qual_sets_update.eml", mail(
         "Graham Pryce <graham.pryce@skyline-cabin.co.uk>", "Ramesh Iyer <ramesh.iyer@precisionharness.in>",
         "RE: SCI-EH-5520 qualification sets", "Wed, 26 Jun 2024 18:02:00 +0100",
         "Hi Ramesh,\n\nOwen tells me the qualification sets look fine on the bench - continuity and hipot all "
         "passed. If the sign-off comes through on Friday as expected, just carry on with the remaining 116; "
         "no need to wait for anything from me. I'm on leave from Monday and don't want this to stall.\n\n"
         "Cheers,\nGraham\n" + sig("Graham Pryce", "Purchasing Manager", "Skyline Cabin Interiors Ltd", "+44 23 8055 0190")
         + "\n> On 30 May 2024, Graham Pryce wrote:\n" + quote_lines(_p28_q) + "\n"))])

# p29: Teams: 'as soon as Faisal signs the FAIR you can run the rate build' + approval mixing
case("p29_teams_sqe_signs_run", ["RG007", "RG009"],
     "Chat: buyer says rate build can run as soon as the SQE signs the FAIR; 'approved/approval' for PO (finance) and FAIR",
     [("Teams_GWT_PHS_HRN-7610.txt", teams("GWT Procurement - Precision Harness", [
         ("24/07/2024 09:10", "Rashid Khan (GWT)", "Ramesh, recap for PO GWT-240720: 4 FAI shipsets released. The other 116 are not released until FAI sign-off and my written release. Material for the 4 only."),
         ("24/07/2024 09:15", "Ramesh Iyer (Precision Harness)", "Noted sir. When can we expect the PO revision for the new price?"),
         ("24/07/2024 09:22", "Rashid Khan (GWT)", "PO rev 1 is approved by finance, you will get it today. FAIR approval is with Faisal."),
         ("24/07/2024 09:23", "Rashid Khan (GWT)", "As soon as Faisal signs the FAIR you can run the rate build, we are tight on the A330 line."),
         ("24/07/2024 09:25", "Ramesh Iyer (Precision Harness)", "Very good sir, we will be ready."),
     ]))])

# p30: folder: supplier FAIR cover DOCX (auto-launch on approval) + buyer PO TXT (complete)
case("p30_fair_cover_autolaunch", ["RG007"],
     "Supplier FAIR cover says the 240 series launches automatically on approval; buyer PO in folder requires a written release",
     [("FAIR_cover_TAC_AST-HRN-2500.docx", docx_bytes([
         ("h1", "Tanger Aero Cablage - FAIR submission cover sheet"),
         ("table", [["Field", "Value"],
                    ["Customer", "Aero Sieges Toulouse SAS"],
                    ["PO", "AST-24-0588"],
                    ["P/N", "AST-HRN-2500-480 Ind. 12"],
                    ["FAIR no.", "TAC-FAIR-24-061 (AS9102 Rev C, forms 1-3)"],
                    ["FAI quantity", "10 harnesses"],
                    ["Submitted by", "Karim El Idrissi, Quality & Customer Service"]]),
         ("sp",),
         ("p", "Upon customer approval of this FAIR, the production lot of 240 harnesses will be launched "
               "automatically as per our standard process TAC-PR-07."),
         ("p", "Test results: continuity 100%, insulation resistance > 500 MOhm at 500 V DC, pull test per "
               "NF EN 3475-411 passed on 12 contacts."),
     ], author="Karim El Idrissi")),
      ("BC_AST-24-0588.txt",
       "AERO SIEGES TOULOUSE SAS - BON DE COMMANDE AST-24-0588 - INDICE A - 04/06/2024\n"
       "FOURNISSEUR: TANGER AERO CABLAGE SARL, TANGER\n"
       "POSTE 1  AST-HRN-2500-480 IND.12  FAISCEAU INCLINAISON DOSSIER  QTE 10  PU 96,40 EUR\n"
       "SCOPE: 10 HARNESSES RELEASED FOR FAI (AS9102) ONLY.\n"
       "SERIES QTY 240 PER OFFER DV-TAC-1180: NOT RELEASED, DO NOT START.\n"
       "SERIES RELEASED ONLY AFTER FAI SIGN-OFF BY AST QUALITY AND A WRITTEN PRODUCTION\n"
       "RELEASE SIGNED BY JULIEN ROCHE, RESPONSABLE ACHATS. MATERIAL AUTHORITY: SAMPLE-ONLY.\n"
       "LIVRAISON DAP BLAGNAC S27. PAIEMENT 45 JOURS FIN DE MOIS.\n")])

# p31: supplier quote terms: sample approval constitutes production release
case("p31_quote_terms_autorelease", ["RG007"],
     "Quote terms state that FAI sample approval constitutes release of the production quantity",
     [("DCPL-Q-24-0602.pdf", pdf([
         ("h1", "DECCAN COMPOSITES PVT LTD - QUOTATION DCPL-Q-24-0602"),
         ("p", "Chakan MIDC Phase II, Pune 410501. Date: 05-Jul-2024. To: Al Noor Aviation Services, Abu Dhabi. "
               "Kind Attn: Mr. Mohammed Al Hammadi."),
         ("table", [["Sr.", "Part", "Description", "Qty", "Rate USD"],
                    ["1", "AN-CDP-240 Iss. 1", "Cabin divider panel, FAI samples", "3", "1,150.00"],
                    ["2", "AN-CDP-240 Iss. 1", "Cabin divider panel, production", "72", "515.00"]]),
         ("h", "Terms and conditions"),
         ("p", "1. Prices DAP Abu Dhabi, valid 60 days."),
         ("p", "2. Approval of the FAI samples by the customer constitutes release of the production quantity "
                 "quoted above; production will start within 5 working days of the approval."),
         ("p", "3. Payment 45 days from invoice."),
         ("p", "4. Flammability per CS 25.853; test coupons from the same batch."),
     ], title="DCPL-Q-24-0602", author="Deccan Composites"))])

# p32: supplier order tracker HTML: production auto-scheduled on FAI approval
case("p32_tracker_autoscheduled", ["RG007"],
     "Supplier order tracker: 480 production sets auto-scheduled on FAI approval, no further action required",
     [("SaigonTrim_order_tracker_4500182240.html", html_page("Saigon Trim - Customer order tracker",
         "<h2>Saigon Trim Co., Ltd - Order tracker</h2>"
         "<p>Customer: Straits Aero Engineering Pte Ltd | PO 4500182240 | SAE-SC-3316 Rev 2</p>"
         "<table><tr><th>Step</th><th>Qty</th><th>Status</th><th>Date</th></tr>"
         "<tr><td>FAI cover sets</td><td>12</td><td>Shipped, FAIR submitted</td><td>2024-05-13</td></tr>"
         "<tr><td>Customer FAI approval</td><td>-</td><td>Awaiting</td><td>-</td></tr>"
         "<tr><td>Production cover sets (balance of PO)</td><td>-</td><td>Auto-scheduled on FAI approval (cutting wk 24) - "
         "no further action required from customer</td><td>planned</td></tr></table>"
         "<p>Contact: Nguyen Thi Lan, Sales Executive, lan.nguyen@saigontrim.com.vn</p>"))])

# p33: Moroccan French supplier: launch the series on sample validation + deposit
_p33_q = ("Commande AST-24-0588: 10 faisceaux FAI liberes. La serie (240) n'est pas liberee;\n"
          "elle sera liberee uniquement par une liberation de production ecrite signee de\n"
          "Julien Roche apres validation FAI. Autorisation matiere: echantillons seulement.")
case("p33_validation_acompte", ["RG007", "RG012"],
     "Supplier will launch the 240 series on sample validation plus receipt of the deposit; buyer requires a written release",
     [("RE_AST-24-0588_serie.eml", mail(
         "Karim El Idrissi <k.elidrissi@tanger-aerocablage.ma>", "Julien Roche <julien.roche@aerosieges-toulouse.fr>",
         "RE: AST-24-0588 - planning serie", "Tue, 16 Jul 2024 10:20:00 +0100",
         "Bonjour Monsieur Roche,\n\nLes 10 faisceaux FAI partent vendredi avec le FAIR.\n\n"
         "Pour la serie: des reception de votre validation des echantillons et de l'acompte de 30%, nous lancons "
         "la serie de 240 faisceaux. In English for your planning team: as soon as we receive your sample "
         "validation and the 30% deposit, we start the 240.\n\nCordialement,\nKarim El Idrissi\n"
         "Qualite & Service Client, Tanger Aero Cablage SARL\nZone Franche TAC, Tanger - +212 539 39 40 12\n\n"
         "Le 04/06/2024, Julien Roche a ecrit :\n" + quote_lines(_p33_q) + "\n"))])

# p34: supplier books a labelled forecast as firm order
_p34_q = ("FY2025 FORECAST - SCI-EH-5520 Rev A - 1,800 sets (150/month)\n"
          "This is a forecast for planning only. It is not an order.\nGraham Pryce, Purchasing Manager")
case("p34_forecast_booked_firm", ["RG008"],
     "Supplier thanks for 'your order of 1,800 sets' and books the labelled forecast as a firm order",
     [("RE_FY2025_forecast_SCI-EH-5520.eml", mail(
         "Ramesh Iyer <ramesh.iyer@precisionharness.in>", "Graham Pryce <graham.pryce@skyline-cabin.co.uk>",
         "RE: FY2025 forecast - SCI-EH-5520", "Fri, 05 Jul 2024 12:30:00 +0530",
         "Dear Sir,\n\nThank you for your order of 1,800 sets for FY 2025 as per your mail dated 01-Jul. We have "
         "booked the same as a firm order in our ERP (SO PHS/SO/25/0042) and reserved capacity on line 3 at "
         "150 sets/month.\n\nThanks & Regards,\nRamesh Iyer\nManager - Customer Service\n"
         "Precision Harness Systems Pvt. Ltd.\n\n"
         "On 01-Jul-2024, Graham Pryce wrote:\n" + quote_lines(_p34_q) + "\n"))])

# p35: buyer portal shows forecast volumes as committed orders
case("p35_portal_committed_forecast", ["RG008"],
     "Buyer portal lists the 2025 forecast volumes with status 'Committed order'",
     [("StraitsAero_portal_demand_2025.html", html_page("Straits Aero Supplier Portal - Demand outlook 2025",
         "<h2>Straits Aero Engineering - Demand outlook 2025</h2>"
         "<p>Supplier: Saigon Trim Co., Ltd | Published 2024-07-01 by Tan Wei Ming, Senior Buyer</p>"
         "<table><tr><th>Part</th><th>Programme</th><th>2025 forecast (sets)</th><th>Status</th></tr>"
         "<tr><td>SAE-SC-3316 Rev 2</td><td>B787 cabin refresh</td><td>1,440</td><td>Committed order</td></tr>"
         "<tr><td>SAE-SC-3402 Rev 1</td><td>A350 retrofit</td><td>620</td><td>Committed order</td></tr>"
         "<tr><td>SAE-SC-3412 Rev 0</td><td>A350 retrofit</td><td>960</td><td>Committed order</td></tr></table>"
         "<p>Please plan cutting and sewing capacity and fabric on these committed volumes.</p>"))])

# p36: buyer email: qualification lot without quantity + forecast called firm commitment
case("p36_qual_lot_forecast_firm", ["RG008", "RG010"],
     "Buyer starts the qualification lot without a quantity and calls the 2025 forecast a firm commitment",
     [("AN-BRK-3150_qualification.eml", mail(
         "Mohammed Al Hammadi <m.alhammadi@alnooraviation.ae>", "Youssef Benali <y.benali@atlas-usinage.ma>",
         "AN-BRK-3150 - qualification lot and 2025 volumes", "Mon, 15 Jul 2024 11:00:00 +0400",
         "Dear Youssef,\n\nPlease go ahead with the qualification lot of AN-BRK-3150 Issue A under PO "
         "AN-PO-24-1240, per drawing and the AS9102 requirements in our QAR-07.\n\n"
         "Production quantities are not released until the qualification lot is signed off by our Quality and "
         "you receive a written production release from me. Material authority: qualification lot only.\n\n"
         "For your planning: our 2025 forecast of 1,800 shipsets should be treated as a firm commitment from "
         "Al Noor, so please reserve the 5-axis capacity now.\n\nBest regards,\nMohammed Al Hammadi\n"
         "Senior Procurement Officer, Al Noor Aviation Services\n"))])

# p38: SAP schedule print: header 60 vs lines 72; forecast weeks called committed orders
case("p38_sched_header_vs_lines", ["RG008", "RG011"],
     "Schedule print: 'released 60' in the footer but firm lines sum to 72; forecast weeks declared committed orders",
     [("ME38_5500031_REL22.txt",
       "MERIDIAN SEATING INC.                 DELIVERY SCHEDULE     RELEASE NO. 0022\n"
       "SCHEDULING AGREEMENT 5500031 ITEM 10  DATE 2024-07-22\n"
       "VENDOR 0000410277 COMPOSITES DEL NORTE S.A. DE C.V.\n"
       "MATERIAL MS-8841-20 REV D  BACKSHELL, CFRP, 31IN PITCH   UOM EA\n"
       "----------------------------------------------------------------------\n"
       "ZONE      WEEK       QTY   STATUS\n"
       "FIRM      31/2024     24   RELEASED\n"
       "FIRM      32/2024     24   RELEASED\n"
       "FIRM      33/2024     24   RELEASED\n"
       "FORECAST  34/2024     30\n"
       "FORECAST  35/2024     30\n"
       "FORECAST  36/2024     30\n"
       "----------------------------------------------------------------------\n"
       "TOTAL RELEASED THIS SCHEDULE: 60 EA.\n"
       "FORECAST WEEKS ARE NOT RELEASED FOR FABRICATION; THEY ARE RELEASED ONLY BY THE\n"
       "NEXT DELIVERY SCHEDULE, ISSUED BY DANA WHITFIELD, PROCUREMENT MANAGER.\n"
       "NOTE: FORECAST WEEKS 34-36 ARE COMMITTED ORDERS - PLAN SHIFTS ACCORDINGLY.\n"
       "MATERIAL AUTHORITY: FIRM ZONE ONLY.\n")])


# =================================================================== POSITIVE (batch 6: RG009, RG011, RG012)

# p39: DOCX release: text twenty (20), table 24; 'approved' for FAIR and PO amendment
case("p39_release_20_vs_24", ["RG009", "RG011"],
     "Release letter says twenty (20) in text and 24 in its table; 'approved' used for FAIR (technical) and PO amendment (commercial)",
     [("PR-07_SAE-SC-3316.docx", docx_bytes([
         ("h1", "Straits Aero Engineering - Production Release PR-07"),
         ("p", "To: Saigon Trim Co., Ltd. PO 4500182240 rev 2. P/N SAE-SC-3316 Rev 2. Date: 03 Jun 2024."),
         ("p", "The FAIR for the 12 FAI sets was approved by our Quality on 20 May 2024, and the PO amendment "
               "(rev 2, new fabric price) was approved by Finance on 22 May 2024."),
         ("p", "I hereby release twenty (20) cover sets for production, for the first aircraft (MSN 1219)."),
         ("table", [["PO line", "Released quantity", "Need date"], ["20", "24 sets", "01 Jul 2024"]]),
         ("p", "The remaining quantity on line 20 is not released. Further quantities are released only by a "
               "further written release from me, once the airline confirms the next induction slot."),
         ("p", "Material authority: up to the quantity released above."),
         ("p", "Tan Wei Ming, Senior Buyer (release authority), Straits Aero Engineering Pte Ltd"),
     ], author="Tan Wei Ming"))])

# p40: cover email twelve (12) vs attached PO PDF 10
_p40_txt = ("Dear Karim,\n\nPlease find attached PO GWT-240801 for twelve (12) FAI harnesses GWT-HRN-7530 Rev A. "
         "The scope and hold are written on the PO.\n\nKindly acknowledge within 48 hours.\n\n"
         "Best regards,\nAisha Al Suwaidi\nProcurement Officer, Gulf Wings Technics LLC\n+971 4 555 0131\n")
case("p40_cover_12_po_10", ["RG011"],
     "Cover email says twelve (12) FAI harnesses, attached PO says 10; scope otherwise complete",
     [("PO_GWT-240801_cover.eml", mail(
         "Aisha Al Suwaidi <aisha.alsuwaidi@gulfwingstechnics.ae>", "Karim El Idrissi <k.elidrissi@tanger-aerocablage.ma>",
         "PO GWT-240801 - GWT-HRN-7530 FAI", "Thu, 01 Aug 2024 09:40:00 +0400",
         _p40_txt, html=as_html(_p40_txt),
         attachments=[("PO_GWT-240801.pdf", pdf([
             ("h1", "GULF WINGS TECHNICS LLC - PURCHASE ORDER GWT-240801"),
             ("p", "Date 01-Aug-2024, rev 0. Supplier: Tanger Aero Cablage SARL, Tanger, Morocco."),
             ("table", [["Line", "Part", "Description", "Qty", "Scope"],
                        ["10", "GWT-HRN-7530 Rev A", "Oven harness, galley G2", "10", "FAI - released"],
                        ["20", "GWT-HRN-7530 Rev A", "Same", "150", "Production - not released"]]),
             ("p", "Line 20 is released only after FAIR sign-off by our SQE, by a written release signed by "
                   "Rashid Khan, Procurement Director. Material authority: line 10 only."),
             ("p", "DDP Dubai (DWC). Payment 60 days."),
         ], title="PO GWT-240801", author="Aisha Al Suwaidi"), PDF_MT)]))])

# p41: PDF PO: header 'released 20', line FAI 16
case("p41_po_header_20_line_16", ["RG011"],
     "PO header box says 20 released, the only released line says 16; hold, event and person named",
     [("PO_4500078200_Skyline.pdf", pdf([
         ("h1", "SKYLINE CABIN INTERIORS LTD - PURCHASE ORDER 4500078200"),
         ("table", [["Supplier", "Kompozyt-Tech Sp. z o.o., Rzeszow, PL"],
                    ["Date / Rev", "29.07.2024 / 0"],
                    ["Quantity released on this PO", "20 panels"],
                    ["Buyer", "Helen Marsh"]]),
         ("sp",),
         ("table", [["Line", "Part", "Description", "Qty", "Status"],
                    ["10", "SCI-4410-340 Rev A", "Dado panel, FAI + pre-series", "16", "Released"],
                    ["20", "SCI-4410-340 Rev A", "Dado panel, series", "184", "Not released"]]),
         ("p", "Line 20 is released only by a written release from Helen Marsh, Supply Chain Manager, after FAI "
               "sign-off (AS9102). Material authority: line 10 only."),
         ("p", "DDP Hamble. Documents: FAIR, CoC, FAR 25.853 test report. Payment 60 days EOM."),
     ], title="PO 4500078200", author="Helen Marsh"))])

# p42: folder: release letter 50 shipsets vs call-off print 40 shipsets
case("p42_release_50_calloff_40", ["RG011"],
     "Release letter releases 50 shipsets, the call-off print for the same release says 40",
     [("Release_AN-R-02_AN-CDP-220.pdf", pdf([
         ("h1", "AL NOOR AVIATION SERVICES - PRODUCTION RELEASE AN-R-02"),
         ("p", "To: Deccan Composites Pvt Ltd, Pune. Ref: PO AN-PO-24-1130 rev 2, AN-CDP-220 Issue 3. Date: 12 Aug 2024."),
         ("p", "FAI sign-off: FAIR DCPL-FAIR-24-019 signed off by our Quality on 05 Aug 2024."),
         ("p", "Released by this letter: 50 shipsets (2 panels per shipset), delivery in two lots, September and October."),
         ("p", "The rest of the PO quantity stays not released; it is released only by a further written release "
               "from me. Material authority: the released shipsets only."),
         ("p", "Mohammed Al Hammadi, Senior Procurement Officer (release authority)"),
     ], title="AN-R-02", author="Mohammed Al Hammadi")),
      ("CallOff_AN-R-02.txt",
       "AL NOOR AVIATION SERVICES - ERP CALL-OFF PRINT\n"
       "CALL-OFF   : AN-R-02          DATE: 12.08.2024\n"
       "PO         : AN-PO-24-1130 REV 2\n"
       "VENDOR     : DECCAN COMPOSITES PVT LTD, PUNE\n"
       "PART       : AN-CDP-220 ISSUE 3  CABIN DIVIDER PANEL\n"
       "--------------------------------------------------------\n"
       "RELEASED QTY : 40 SHIPSETS (80 PANELS)\n"
       "DELIVERY     : LOT 1 20 SS 15.09.2024 / LOT 2 20 SS 15.10.2024\n"
       "--------------------------------------------------------\n"
       "BALANCE NOT RELEASED. NEXT RELEASE BY M. AL HAMMADI IN WRITING.\n")])

# p44: forwarded release (rfc822) for 30 shipsets, cover note says 36
_p44_fwd = mail("Rashid Khan <rashid.khan@gulfwingstechnics.ae>", "Aisha Al Suwaidi <aisha.alsuwaidi@gulfwingstechnics.ae>",
                "Release R-05 - GWT-HRN-7610", "Sun, 04 Aug 2024 08:10:00 +0400",
                "Aisha,\n\nPlease pass this to Precision Harness.\n\n"
                "RELEASE R-05 - PO GWT-240720 - GWT-HRN-7610 Rev B\n"
                "FAIR GWT-FAI-1240 signed off by Faisal Al Mansoori on 01-Aug-2024.\n"
                "I release 30 shipsets for production, delivery by 30-Sep-2024.\n"
                "The remaining 86 shipsets are not released; they need a further written release from me.\n"
                "Material authority: 30 shipsets.\n\nRashid Khan\nProcurement Director\n")
case("p44_forward_30_cover_36", ["RG011"],
     "Forwarded release (rfc822) says 30 shipsets; the cover note forwarding it says 36",
     [("FW_Release_R-05_GWT-HRN-7610.eml", mail(
         "Aisha Al Suwaidi <aisha.alsuwaidi@gulfwingstechnics.ae>", "Ramesh Iyer <ramesh.iyer@precisionharness.in>",
         "FW: Release R-05 - GWT-HRN-7610", "Sun, 04 Aug 2024 09:30:00 +0400",
         "Dear Ramesh,\n\nGood news - the FAIR is signed off. Please find attached Rashid's release R-05 for "
         "36 shipsets of GWT-HRN-7610. Kindly confirm the delivery plan.\n\nBest regards,\nAisha\n"
         "Procurement Officer, Gulf Wings Technics LLC\n",
         attachments=[("rfc822", _p44_fwd)]))])

# p45: buyer: deposit wired, so you can start
_p45_q = ("PO 4500183300 - SAE-SC-3420 Rev 0 crew rest curtain\n"
          "Released: 8 FAI sets. The other 92 sets are not released; they are released only by a\n"
          "written release from me after FAI sign-off. Material authority: sample-only.\nJasmine Lim")
case("p45_deposit_wired_start", ["RG012"],
     "Buyer: 'deposit wired this morning, so you can start on the 8 FAI sets' - payment used as the start signal",
     [("RE_PO4500183300_deposit.eml", mail(
         "Jasmine Lim <jasmine.lim@straitsaero.com.sg>", "Nguyen Thi Lan <lan.nguyen@saigontrim.com.vn>",
         "RE: PO 4500183300 - proforma PI-2407-033", "Wed, 24 Jul 2024 10:05:00 +0800",
         "Hi Lan,\n\nOur finance wired the 30% deposit against your proforma PI-2407-033 this morning "
         "(ref TT-SG-240724-118), so you can start on the 8 FAI sets now.\n\nPls send the bank advice "
         "acknowledgement when received. Thanks!\n\nJasmine Lim\nBuyer, Cabin Interiors\n"
         "Straits Aero Engineering Pte Ltd\n\n"
         "From: Jasmine Lim\nSent: 22 July 2024 14:00\n" + quote_lines(_p45_q) + "\n"))])

# p46: supplier portal: PO acceptance = production released to shop floor
case("p46_po_acceptance_shopfloor", ["RG012"],
     "Supplier portal: work order for the whole PO released to shop floor on PO acceptance",
     [("CdN_customer_portal_PO4500916200.html", html_page("Composites del Norte - Customer portal",
         "<h2>Composites del Norte - Customer portal</h2>"
         "<p>Customer: Meridian Seating Inc. | PO 4500916200 rev 0 | MS-8870-05 Rev A literature pocket</p>"
         "<table><tr><th>Event</th><th>Date</th><th>Detail</th></tr>"
         "<tr><td>PO received</td><td>2024-07-01</td><td>Line 10: 10 FAI (released); line 20: 190 (not released)</td></tr>"
         "<tr><td>PO accepted</td><td>2024-07-02</td><td>Accepted by Alejandro Ruiz</td></tr>"
         "<tr><td>Work order WO-5531</td><td>2024-07-02</td><td>Released to shop floor for lines 10 and 20 "
         "(PO acceptance = production go, per CdN procedure PR-OPS-04)</td></tr></table>"
         "<p>Questions: aruiz@compositesdelnorte.mx</p>"))])

# p48: Indian supplier: PO acknowledged, proceeding with full lot of 75
_p48_q = ("PO AN-PO-24-1255 - AN-CDP-240 Issue 1\n"
          "Released: 3 FAI panels only. Production panels (72) not released; released only by\n"
          "a written production release from me after FAI sign-off. Material authority: sample-only.\n"
          "Mohammed Al Hammadi")
case("p48_po_acknowledged_full_lot", ["RG012"],
     "Supplier: as the PO is acknowledged, proceeding with the full lot of 75 per standard practice",
     [("RE_AN-PO-24-1255_ack.eml", mail(
         "Sanjay Kulkarni <sanjay.k@deccancomposites.in>", "Mohammed Al Hammadi <m.alhammadi@alnooraviation.ae>",
         "RE: PO AN-PO-24-1255 - acknowledgement", "Fri, 26 Jul 2024 16:45:00 +0530",
         "Dear Sir,\n\nGreetings from Deccan Composites.\n\nWe are pleased to acknowledge your PO AN-PO-24-1255. "
         "As the PO is acknowledged on our side, we are proceeding with the full lot of 75 panels as per our "
         "standard practice, so that the production panels follow immediately after the FAI.\n\n"
         "FAI panels dispatch: 23-Aug-2024.\n\nThanks & Regards,\nSanjay Kulkarni\nGeneral Manager - Sales\n"
         "Deccan Composites Pvt Ltd, Pune\n\n"
         "On 24-Jul-2024, Mohammed Al Hammadi wrote:\n" + quote_lines(_p48_q) + "\n"))])


# ==== END OF CASES ====


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(147147).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)
        folder = f"h147_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    print(f"cases={len(CASES)} clean={sum(1 for c in CASES if not c['expect'])}")
    for r in sorted(cnt):
        print(r, cnt[r])


if __name__ == "__main__":
    main()
