#!/usr/bin/env python3
"""Generator for the releasegate check_holdout175 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout175/build.py

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
    m["Message-ID"] = msgid or f"<h175-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h175")
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


def text_html(text):
    """HTML alternative of a plain-text mail body; '>' quoted lines become nested blockquotes."""
    out = ["<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"]
    depth = 0
    for line in text.split("\n"):
        d = 0
        s = line
        while s.startswith(">"):
            d += 1
            s = s[1:].lstrip(" ") if s[1:2] == " " else s[1:]
        while depth < d:
            out.append("<blockquote style=\"border-left:2px solid #999;margin-left:6px;padding-left:8px\">")
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append((escape(s) if s else "") + "<br>")
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    out.append("</body></html>")
    return "\n".join(out) + "\n"


TXT_MT = "text/plain"
HTML_MT = "text/html"


def u(s):
    """TXT/HTML files are written as UTF-8 bytes."""
    return s.encode("utf-8")


# ------------------------------------------------------------ parties (fictional)
# Buyers
PROTECTO = "Protécto Distribution SAS"          # French PPE distributor, Villeurbanne (Lyon)
KEYSTONE = "Keystone Guardline Safety Inc."     # US safety brand, Allentown, Pennsylvania
IRONBARK = "Ironbark Minerals Services Pty Ltd"  # Australian mining contractor, Kalgoorlie WA
ALRIMAL = "Al-Rimal Industrial Supplies Co."    # Saudi industrial distributor, Dammam
# Suppliers
HENGAN = "Changzhou Hengan Protective Products Co., Ltd."  # Jiangsu: helmets, visors, ear cups
CLEARBREATH = "Wuxi Clearbreath Moulding Co., Ltd."        # Jiangsu: respirator housings
SAFEGEAR = "Sialkot Safegear Industries (Pvt.) Ltd."       # Pakistan: forged harness hardware
REFLECT = "Dhaka Reflect Apparel Ltd."                     # Bangladesh (Gazipur): hi-vis vests
PROTECH = "Saigon Protech Co., Ltd."                       # Vietnam (Binh Duong): toecaps
SAHEL = "Sahel Protection SARL"                            # Tunisia (Sousse): hi-vis vests

CAMILLE = "Camille Rousseau <c.rousseau@protecto-distribution.fr>"
JULIEN = "Julien Marchetti <j.marchetti@protecto-distribution.fr>"
DANA = "Dana Whitcomb <dwhitcomb@keystoneguardline.com>"
ERIN = "Erin Shah <eshah@keystoneguardline.com>"
BEC = "Bec Tully <bec.tully@ironbarkms.com.au>"
SHANE = "Shane Doyle <shane.doyle@ironbarkms.com.au>"
TARIQ = "Tariq Mansour <t.mansour@alrimal-ind.com.sa>"
FAISAL = "Faisal Al-Harbi <f.alharbi@alrimal-ind.com.sa>"
LILY = "Lily Zhou <lily.zhou@hengan-ppe.cn>"
AMY = "Amy Chen <amy.chen@wxclearbreath.cn>"
USMAN = "Muhammad Usman <usman@safegear.pk>"
RAFIQ = "Md. Rafiqul Islam <rafiqul@dhakareflect.com.bd>"
THUHA = "Nguyen Thi Thu Ha <thuha.nguyen@saigonprotech.vn>"
AMIRA = "Amira Trabelsi <a.trabelsi@sahelprotection.tn>"
MEHDI = "Mehdi Ben Salah <m.bensalah@sahelprotection.tn>"

SIG_CAMILLE = sig("Camille Rousseau", "Acheteuse / Buyer", PROTECTO + ", 69100 Villeurbanne, France",
                  "+33 4 72 00 41 17")
SIG_JULIEN = sig("Julien Marchetti", "Directeur Achats", PROTECTO + ", 69100 Villeurbanne, France",
                 "+33 4 72 00 41 10")
SIG_DANA = sig("Dana Whitcomb", "Senior Buyer", KEYSTONE + ", Allentown, PA 18109", "+1 610 555 0148")
SIG_ERIN = sig("Erin Shah", "Quality Engineer", KEYSTONE + ", Allentown, PA 18109", "+1 610 555 0163")
SIG_BEC = sig("Bec Tully", "Procurement Officer", IRONBARK + ", Kalgoorlie WA 6430", "+61 8 9021 5530")
SIG_TARIQ = sig("Tariq Mansour", "Procurement Officer", ALRIMAL + ", Dammam, KSA", "+966 13 555 0142")
SIG_FAISAL = sig("Faisal Al-Harbi", "Purchasing Manager", ALRIMAL + ", Dammam, KSA", "+966 13 555 0101")
SIG_LILY = sig("Lily Zhou", "Sales Manager", HENGAN + ", Wujin, Changzhou, Jiangsu", "+86 519 8655 2107")
SIG_AMY = sig("Amy Chen", "Sales Dept.", CLEARBREATH + ", Wuxi, Jiangsu", "+86 510 8522 3391")
SIG_USMAN = sig("Muhammad Usman", "Export Manager", SAFEGEAR + ", Sialkot, Pakistan", "+92 52 355 0172")
SIG_RAFIQ = sig("Md. Rafiqul Islam", "Senior Merchandiser", REFLECT + ", Gazipur, Bangladesh",
                "+880 2 929 0155")
SIG_THUHA = sig("Nguyen Thi Thu Ha", "Sales Executive", PROTECH + ", Binh Duong, Viet Nam",
                "+84 274 355 0190")
SIG_AMIRA = sig("Amira Trabelsi", "Responsable commerciale", SAHEL + ", Sousse, Tunisie",
                "+216 73 555 018")


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (no authorized quantity)
case("c01_quote_tiers_helmet", [], "supplier quotation with sample and two production tiers, marked quotation only; no authorization", [
    ("HA-Q-2404-117.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", HENGAN + " | No. 88 Longcheng Avenue, Wujin District, Changzhou, Jiangsu 213161, China | "
              "Tel +86 519 8655 2107"),
        ("p", "Quotation No.: HA-Q-2404-117    Date: 2024-04-09    Validity: 60 days"),
        ("p", "To: " + KEYSTONE + ", Attn. Ms. Dana Whitcomb, Senior Buyer, Allentown, PA 18109, USA"),
        ("p", "Item: HS-300 helmet shell, HDPE, ANSI/ISEA Z89.1-2014 Type I Class E (20,000 V), vented and "
              "non-vented, colour white / yellow / orange. Drawing KGS-DRG-3001 Rev 12."),
        ("table", [
            ["Stage", "Qty", "Unit price USD", "Amount USD", "Lead time"],
            ["Samples (T1, for fit and impact test)", "20 pcs", "9.80", "196.00", "15 days after mould trial"],
            ["Production tier A", "5,000 pcs", "3.42", "17,100.00", "35 days after written release"],
            ["Production tier B", "10,000 pcs", "3.18", "31,800.00", "45 days after written release"],
        ]),
        ("sp",),
        ("p", "Mould KGS-T-3001 (1 cavity, P20 steel): USD 14,500, 50% with mould order, 50% after T1 trial. "
              "Mould life 300,000 shots."),
        ("h", "Remarks"),
        ("p", "1) This is quotation only, not order confirmation. Production tier quantities are for price "
              "reference only."),
        ("p", "2) Price based on HDPE resin USD 1,380/ton, FOB Shanghai. If resin change more than 5% we "
              "will inform before order."),
        ("p", "3) Impact and penetration test per ANSI Z89.1 in our lab (drop 5 kg from 1.52 m). Third-party "
              "test at buyer cost."),
        ("p", "4) Packing: 20 shells per carton, carton 62 x 42 x 55 cm."),
        ("sp",),
        ("p", "Best regards, Lily Zhou, Sales Manager"),
    ], pagesize=A4, title="Quotation HA-Q-2404-117", author="Lily Zhou")),
])

# c02 buyer RFQ with three quantity scenarios
_c02 = ("Dear Ms. Thu Ha,\n\nGreetings from Dammam.\n\n"
        "Kindly quote your best price for steel toecap TC-200S (EN 12568:2010, 200 J impact / 15 kN "
        "compression, epoxy coated, salt spray 48 h) as per our specification AR-SPEC-0912 Rev 3 which "
        "we sent last week. Sizes 36-47.\n\n"
        "Please quote for three scenarios:\n"
        "  Scenario 1: 3,000 pairs\n"
        "  Scenario 2: 6,000 pairs\n"
        "  Scenario 3: 12,000 pairs (annual, split in 4 deliveries)\n\n"
        "Also price for forty (40) pairs samples, mixed sizes, and the sample lead time.\n\n"
        "Please note this is request for quotation only. It is not a purchase order and nothing to be "
        "produced or purchased against it. PO will be sent separately after we compare the offers.\n\n"
        "Required in your offer: CIF Dammam, payment terms, validity, tool cost if any, and availability "
        "of SASO certificate.\n\n"
        "Your kind reply before 25 April will be highly appreciated.\n\n"
        "Best regards," + SIG_TARIQ)
_c02h = ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
         "<p>Dear Ms. Thu Ha,</p><p>Greetings from Dammam.</p>"
         "<p>Kindly quote your best price for steel toecap <b>TC-200S</b> (EN 12568:2010, 200 J impact / 15 kN "
         "compression, epoxy coated, salt spray 48 h) as per our specification AR-SPEC-0912 Rev 3 which we "
         "sent last week. Sizes 36-47.</p><p>Please quote for three scenarios:</p>"
         "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
         "<tr><th>Scenario</th><th>Quantity</th><th>Remark</th></tr>"
         "<tr><td>1</td><td>3,000 pairs</td><td></td></tr>"
         "<tr><td>2</td><td>6,000 pairs</td><td></td></tr>"
         "<tr><td>3</td><td>12,000 pairs</td><td>annual, split in 4 deliveries</td></tr></table>"
         "<p>Also price for forty (40) pairs samples, mixed sizes, and the sample lead time.</p>"
         "<p><b>Please note this is request for quotation only.</b> It is not a purchase order and nothing to "
         "be produced or purchased against it. PO will be sent separately after we compare the offers.</p>"
         "<p>Required in your offer: CIF Dammam, payment terms, validity, tool cost if any, and availability "
         "of SASO certificate.</p><p>Your kind reply before 25 April will be highly appreciated.</p>"
         "<p>Best regards,<br>Tariq Mansour<br>Procurement Officer<br>" + escape(ALRIMAL) + "<br>"
         "+966 13 555 0142</p><p style=\"font-size:8pt;color:#777\">CONFIDENTIALITY NOTICE: This e-mail and "
         "any attachments are intended only for the named recipient(s) and may contain confidential "
         "information. If you received it in error, please notify the sender and delete it. No contract is "
         "concluded by e-mail unless expressly agreed.</p></body></html>\n")
case("c02_rfq_toecap", [], "buyer RFQ with three quantity scenarios, states it is not a purchase order", [
    ("RFQ_TC-200S.eml", eml_bytes(mail(
        TARIQ, THUHA, "RFQ AR-RFQ-24-031 – steel toecap TC-200S – 3 scenarios",
        "Sun, 14 Apr 2024 10:22:00 +0300", _c02, html=_c02h))),
])

# c03 supplier question, quoting the buyer's complete scope
_c03 = ("Dear Dana,\n\nGood day. Hope you are fine.\n\n"
        "24 pcs samples DR-362 are forged, machined and zinc plated. Proof load test at 16 kN done on all "
        "pieces, report will come with the parcel. Courier by DHL on Thursday InshaAllah.\n\n"
        "One request please: our forging line is free in week 26. Could we have go-ahead for the balance "
        "2,376 pcs now, or we must wait for the sample sign-off? Please advise. We will not start anything "
        "before your written reply.\n\nRegards," + SIG_USMAN + "\n"
        "> On Tue, 7 May 2024 at 16:05, Dana Whitcomb <dwhitcomb@keystoneguardline.com> wrote:\n"
        "> Usman,\n>\n"
        "> PO KGS-PO-24-0702 is for 24 pcs DR-362 samples only (line 10). The quoted\n"
        "> production quantity of 2,376 pcs (your quote SSI-Q-0419) is NOT released and\n"
        "> stays on hold. It gets released only after Erin Shah signs off the samples,\n"
        "> and then only by a written release from Mike Kowalski (VP Operations).\n"
        "> Material: buy only what you need for the 24 samples.\n>\n"
        "> Thanks,\n> Dana\n")
case("c03_supplier_question", [], "supplier asks for a go-ahead (a question) under the buyer's complete quoted scope", [
    ("RE_PO_KGS-PO-24-0702.eml", eml_bytes(mail(
        USMAN, DANA, "RE: PO KGS-PO-24-0702 forged D-ring DR-362 - samples",
        "Thu, 16 May 2024 11:40:00 +0500", _c03, in_reply_to="<h175-k0702@keystoneguardline.com>"))),
])

# c04 clearly labelled forecast (EDI 830 printout)
case("c04_edi830_labelled", [], "EDI 830 planning schedule labelled forecast only, fab and material authorization zero", [
    ("EDI830_40117_20240513.txt", u(
        "KEYSTONE GUARDLINE SAFETY INC.  -  EDI 830 PLANNING SCHEDULE (TRANSLATED PRINTOUT)\n"
        "ISA CTRL 000004417   GS CTRL 4417   ST 0001        PRINTED 2024-05-13 07:02 EDT\n"
        "TRADING PARTNER : CHANGZHOU HENGAN PROTECTIVE PRODUCTS CO LTD   VENDOR NO 40117\n"
        "BFR*05**PS-24-20*DL*A*20240513*20241231*20240513  (SCHEDULE TYPE: PLANNING, FORECAST BASIS)\n"
        "\n"
        "*** FORECAST ONLY - NOT AN ORDER - NO FABRICATION OR MATERIAL AUTHORIZATION ***\n"
        "\n"
        "ITEM   KGS-HS300-WHT   HELMET SHELL HS-300 WHITE   DRG KGS-DRG-3001 REV 12\n"
        "  FST  QTY     UOM  TYPE        FROM        TO\n"
        "  FST  1,200   EA   D (PLAN)    2024-07-01  2024-07-28\n"
        "  FST  1,200   EA   D (PLAN)    2024-07-29  2024-08-25\n"
        "  FST  1,600   EA   D (PLAN)    2024-08-26  2024-09-29\n"
        "  FST  2,000   EA   D (PLAN)    2024-09-30  2024-12-29\n"
        "  CUM PLANNED  6,000 EA\n"
        "\n"
        "ITEM   KGS-HS300-YEL   HELMET SHELL HS-300 YELLOW  DRG KGS-DRG-3001 REV 12\n"
        "  FST  800     EA   D (PLAN)    2024-08-26  2024-09-29\n"
        "  FST  800     EA   D (PLAN)    2024-09-30  2024-12-29\n"
        "  CUM PLANNED  1,600 EA\n"
        "\n"
        "ATH*FI (FINISHED/FAB AUTH)  QTY 0\n"
        "ATH*MT (MATERIAL AUTH)      QTY 0\n"
        "\n"
        "NOTE: Quantities above are a planning forecast for capacity planning only. They are not a\n"
        "commitment to buy. Orders are issued by PO and shipments are called off by EDI 862 only.\n"
        "Do not build or buy material against this schedule.\n"
        "CONTACT: D. WHITCOMB  +1 610 555 0148\n")),
])

# c05 scoped sample disposition: approved for fit check only
case("c05_sdr_fitcheck_only", [], "sample disposition approved for fit check only; production not released, unlock event, person and sample-only material stated", [
    ("SDR-24-031.docx", docx_bytes([
        ("h1", "Sample Disposition Record SDR-24-031"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "RH-140 half-mask housing, PP/TPE two-shot, DRG KGS-RH-140 Rev D"],
            ["Supplier", CLEARBREATH],
            ["PO", "KGS-PO-24-0588, line 10: twelve (12) samples"],
            ["Quoted production quantity", "3,000 pcs (quote WCB-Q-240311)"],
            ["Samples received", "12 pcs on 2024-04-22, shot numbers 1180-1191"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Thread fit, Rd 40x1/7\" (EN 148-1)", "Go / no-go gauge", "Pass 12/12"],
            ["Dimensional, 42 characteristics", "DRG KGS-RH-140 Rev D", "40 OK, 2 cosmetic (flash 0.08 mm)"],
            ["Leakage pre-test (EN 140 method, 3 subjects)", "< 2 %", "0.6 % / 0.9 % / 1.1 %"],
            ["Exhalation valve seat flatness", "0.05 mm", "0.03 mm"],
        ]),
        ("h", "Disposition"),
        ("p", "APPROVED FOR FIT CHECK ONLY. The 12 samples may be used for the fit check on our mask "
              "assembly and for the EN 140 pre-test in our lab. This is a technical disposition of the "
              "samples, not a production release."),
        ("p", "Production not released: the quoted 3,000 pcs stay on hold. To unlock them we need the full "
              "EN 140 test report and a revised PO (line 20); then Mike Kowalski, VP Operations, issues a "
              "written production release naming the quantity."),
        ("p", "Material authority: sample-only. Supplier may not buy resin or valve inserts for production."),
        ("table", [
            ["Role", "Name", "Date"],
            ["Quality Engineer", "Erin Shah", "2024-04-26"],
            ["Senior Buyer", "Dana Whitcomb", "2024-04-26"],
        ]),
    ], author="Erin Shah")),
])

# c06 full-quantity PO (no balance exists)
case("c06_full_qty_po", [], "full and final quantity PO with proceed; no balance, so absence rules do not apply", [
    ("AR-PO-7742.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", ALRIMAL + " - 2nd Industrial City, Dammam 34326, Kingdom of Saudi Arabia - CR 2050012345 - "
              "VAT 300012345600003"),
        ("p", "PO No.: AR-PO-7742    Date: 14/04/2024    Supplier: " + SAFEGEAR + ", Sialkot, Pakistan    "
              "Your offer: SSI-OF-24-088 dated 02/04/2024"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
            ["1", "SH-362-A", "Forged snap hook, 22 kN, gate 15 kN (EN 362:2004 class T), zinc plated, "
                              "NSS 240 h", "2,400", "pcs", "2.15", "5,160.00"],
            ["2", "DR-362-B", "Forged D-ring 45 mm, 22 kN, EN 362", "1,200", "pcs", "1.05", "1,260.00"],
            ["", "", "Total", "", "", "", "6,420.00"],
        ]),
        ("sp",),
        ("p", "The quantities above are the full and final quantities of this order. There is no balance and "
              "no further quantity to be released later. You may proceed with the full 2,400 snap hooks "
              "and 1,200 D-rings as per your offer."),
        ("p", "Delivery: CFR Dammam by sea, within 60 days from PO date. Marking: Al-Rimal logo, EN 362, "
              "22 kN, batch number and year. Inspection before shipment by Eng. Nasser Al-Qahtani or "
              "nominated third party."),
        ("p", "Payment: 30% advance, 70% against copy of B/L."),
        ("p", "Certificates: EN 362 type-examination certificate (Module B) copy, EN 10204 3.1 material "
              "certificate for 42CrMo4 bar, ISO 9001:2015 certificate."),
        ("sp",),
        ("p", "For " + ALRIMAL + ": Faisal Al-Harbi, Purchasing Manager"),
    ], title="AR-PO-7742", author="Al-Rimal Purchasing")),
])

# c07 EDI 862 call-off with explicit staged material authority above the released quantity
case("c07_callof_staged_material", [], "call-off releases 1,000 of 5,000, balance on hold until next call-off, release authority named, explicit staged material authority 3,000", [
    ("EDI862_24-0193.txt", u(
        "KEYSTONE GUARDLINE SAFETY INC.   EDI 862 SHIPPING SCHEDULE / CALL-OFF   (PRINTOUT)\n"
        "DOC NO 862-24-0193   ISSUE DATE 2024-06-03   VENDOR 40117 CHANGZHOU HENGAN\n"
        "PO KGS-PO-24-0611 REV 3\n"
        "ITEM KGS-HS300-YEL   HELMET SHELL HS-300 YELLOW   DRG KGS-DRG-3001 REV 12\n"
        "------------------------------------------------------------------------------\n"
        "QUOTED PRODUCTION QTY (QUOTE HA-Q-2404-117, TIER A) ............ 5,000 EA\n"
        "RELEASED BY THIS CALL-OFF  REL-0611-01 ......................... 1,000 EA\n"
        "     SHIP  500 EA   2024-07-15   FOB SHANGHAI\n"
        "     SHIP  500 EA   2024-07-29   FOB SHANGHAI\n"
        "BALANCE NOT RELEASED - ON HOLD ................................ 4,000 EA\n"
        "     UNLOCK EVENT: NEXT CALL-OFF (862) ISSUED BY KEYSTONE\n"
        "RELEASE AUTHORITY: MIKE KOWALSKI, VP OPERATIONS\n"
        "------------------------------------------------------------------------------\n"
        "MATERIAL AUTHORITY: STAGED UP TO 3,000 EA OF HDPE RESIN + UV MASTERBATCH AT BUYER\n"
        "     LIABILITY. MATERIAL ABOVE 3,000 EA IS AT VENDOR RISK.\n"
        "     STAGED MATERIAL IS NOT A RELEASE TO MOULD SHELLS ABOVE 1,000 EA.\n"
        "------------------------------------------------------------------------------\n"
        "CUM SHIPPED TO DATE 0   CUM RELEASED 1,000   LAST ASN NONE\n"
        "CONTACT D. WHITCOMB +1 610 555 0148\n")),
])

# c08 signed, explicit auto-conversion record
case("c08_autoconversion_signed", [], "explicit signed auto-conversion record naming quantity 1 000, signer and conditions; remaining 2 000 on hold with release person", [
    ("AC-2024-004.docx", docx_bytes([
        ("h1", "Accord de conversion automatique / Auto-conversion agreement AC-2024-004"),
        ("p", "Order: PO PRD-24-0141, visor VX-166 (EN 166 1 B 3 9, polycarbonate 1,0 mm), drawing "
              "VX-166-01 indice C. Supplier: " + HENGAN + "."),
        ("p", "Quantities of quote HA-Q-2403-052: samples 20 pcs; production 3 000 pcs."),
        ("h", "Agreement"),
        ("p", "By this record Protécto Distribution agrees that an APPROVED sample sign-off of the 20 VX-166 "
              "samples, signed by Sophie Garnier (Responsable Qualité), releases 1 000 pcs of production by "
              "itself, without a further release letter."),
        ("p", "Conditions: (1) the sign-off is 'approved' (not interim, not rejected); (2) the EN 166 test "
              "report of the notified body (impact B, 120 m/s) is attached to the sign-off; (3) the sign-off "
              "is dated before 31 July 2024. If one condition is not met, nothing is released by this record."),
        ("p", "The remaining 2 000 pcs are not released by this agreement. They are released only by a written "
              "release from Julien Marchetti, Directeur Achats, after the first 1 000 pcs are delivered and "
              "accepted at our warehouse (lot acceptance)."),
        ("p", "Material authority: staged up to 1 000 pcs (PC sheet and elastic headband) from the date of "
              "this record, at Protécto's liability."),
        ("table", [
            ["Party", "Name / function", "Signed"],
            ["Protécto Distribution SAS", "Julien Marchetti, Directeur Achats", "18/04/2024"],
            ["Protécto Distribution SAS", "Sophie Garnier, Responsable Qualité", "18/04/2024"],
            ["Changzhou Hengan", "Lily Zhou, Sales Manager (acknowledged)", "19/04/2024"],
        ]),
    ], author="Julien Marchetti")),
])

# c09 old quote forwarded as message/rfc822, declared informational
_c09_old = mail(AMIRA, CAMILLE, "Offre gilets HV classe 2", "Tue, 08 Nov 2022 15:10:00 +0100",
                "Bonjour Madame Rousseau,\n\nSuite à votre demande, voici notre offre:\n\n"
                "Gilet HV classe 2 EN ISO 20471, tissu polyester 120 g/m2, bandes microbilles 50 mm.\n"
                "  1.000 pcs   EUR 3,95\n  5.000 pcs   EUR 3,40\n  10.000 pcs  EUR 3,10\n\n"
                "Validité 30 jours. Paiement 30% à la commande, solde avant expédition.\n\n"
                "Cordialement,\nAmira Trabelsi\n" + SAHEL + "\n")
_c09 = ("Bonjour Amira,\n\n"
        "I forward below, for information only, your old offer from November 2022 (HV vests class 2) "
        "with the price for 10.000 pcs - just so you see the price reference we discussed on the phone. "
        "This old offer is informational: the 10.000 pcs are not ordered and not released.\n\n"
        "The current order is PO PRD-24-0175: 60 sample vests (3 sizes x 2 colours x 10) only. The "
        "production balance is on hold until our sample sign-off (Sophie Garnier) and a written production "
        "release from Julien Marchetti. Please buy fabric only for the 60 samples.\n\n"
        "Bonne journée," + SIG_CAMILLE)
case("c09_fwd_old_offer", [], "old 10.000 pcs offer forwarded as rfc822 and declared informational; current 60-sample scope complete", [
    ("Fwd_offre_2022.eml", eml_bytes(mail(
        CAMILLE, AMIRA, "TR: Offre gilets HV classe 2 (info only) / PO PRD-24-0175",
        "Wed, 15 May 2024 09:05:00 +0200", _c09, attachments=[("rfc822", _c09_old)]))),
])

# c10 buyer corrects a quoted supplier line that assumes roll-straight-into production
_c10 = ("Amy,\n\n"
        "No - please don't. Sample approval does not release the 2,988. What you can make now is the 12 "
        "samples on PO KGS-PO-24-0588 line 10, nothing else.\n\n"
        "After Erin Shah signs off the samples, Mike Kowalski will send you a written production release "
        "with the quantity (and we'll add line 20 on a revised PO). Until then the 2,988 is on hold and "
        "material is sample-only.\n\n"
        "Appreciate you pushing on the lead time though.\n\nDana" + SIG_DANA + "\n"
        "> From: Amy Chen <amy.chen@wxclearbreath.cn>\n"
        "> Sent: Monday, April 15, 2024 9:12 PM\n"
        "> Subject: RH-140 samples shipping\n>\n"
        "> Dear Dana,\n"
        "> samples 12 pcs will ship tomorrow by FedEx. Once you approve samples we\n"
        "> will roll straight into the 2,988 pcs mass production to keep the lead\n"
        "> time, I think no problem.\n"
        "> Best regards\n> Amy\n")
case("c10_correction_quoted", [], "buyer reply corrects a quoted supplier assumption of auto-conversion; scope, hold, event and person restated", [
    ("RE_RH-140_samples.eml", eml_bytes(mail(
        DANA, AMY, "RE: RH-140 samples shipping", "Tue, 16 Apr 2024 08:31:00 -0400", _c10,
        in_reply_to="<h175-amy0415@wxclearbreath.cn>"))),
])

# c11 WhatsApp: supplier says the deposit does not release production
case("c11_wa_deposit_not_release", [], "supplier states the sample deposit does not release bulk; buyer restates 30 samples, hold, sign-off event and release person", [
    ("WhatsApp_Chat_Dhaka_Reflect.txt", u(
        "[02/05/2024, 10:12:41] Md Rafiqul Islam (Dhaka Reflect): Assalamu alaikum Madam Bec. Sample deposit USD 450 received today, thank you so much.\n"
        "[02/05/2024, 10:13:05] Md Rafiqul Islam (Dhaka Reflect): Kindly note madam, this deposit is for 30 pcs sample vest only. Deposit does not release bulk production, we will not cut bulk fabric until your written release.\n"
        "[02/05/2024, 10:40:17] Bec Tully: G'day Rafiq, spot on, thanks. Just the 30 sample vests (HV-4602 day/night, sizes M-3XL) for now.\n"
        "[02/05/2024, 10:41:02] Bec Tully: The 5,970 bulk stays on hold till Craig Mabbott signs off the samples on site and Shane Doyle sends you the written release. Nothing before that mate\n"
        "[02/05/2024, 10:41:30] Md Rafiqul Islam (Dhaka Reflect): Noted madam \U0001F44D Sample will be ready 18th May InshaAllah\n"
        "[02/05/2024, 10:42:02] Bec Tully: Legend, cheers\n")),
])

# c12 supplier acknowledgement restating the hold
case("c12_ack_restates_hold", [], "supplier order acknowledgement for 40 pairs samples restating the 5,960 hold, sign-off and release person, sample-only material", [
    ("SP-OA-24-0356.pdf", pdf([
        ("h1", "ORDER ACKNOWLEDGEMENT"),
        ("p", PROTECH + " - Lot C-12, My Phuoc 3 Industrial Park, Ben Cat, Binh Duong, Viet Nam"),
        ("p", "Ack No.: SP-OA-24-0356    Date: 22/05/2024    Customer: " + ALRIMAL + ", Dammam    "
              "Your PO: AR-PO-7790 dated 20/05/2024"),
        ("table", [
            ["Item", "Description", "Qty", "Scope", "Unit price", "Amount"],
            ["TC-200S", "Steel toecap 200 J, EN 12568, mixed sizes 39-46", "40 prs", "Sample",
             "USD 1.90", "USD 76.00"],
            ["TC-200S", "Production balance per quotation SP-QT-24-0211", "5,960 prs",
             "NOT RELEASED - on hold", "-", "-"],
        ]),
        ("sp",),
        ("p", "We acknowledge your PO for forty (40) pairs samples only. The production balance 5,960 pairs "
              "is not released. We understand it will be released only by written release from Mr. Faisal "
              "Al-Harbi after Eng. Nasser Al-Qahtani sign off the samples."),
        ("p", "Material: we buy steel strip only for the 40 pairs samples. No material for production until "
              "your release."),
        ("p", "Sample ready date: 10/06/2024. Shipment by DHL, AWB will inform."),
        ("sp",),
        ("p", "Best regards, Nguyen Thi Thu Ha, Sales Executive"),
    ], title="SP-OA-24-0356", author="Saigon Protech")),
])

# c13 interim sign-off with limits, release within them, balance on hold
case("c13_interim_disposition", [], "interim disposition limited to 500 pcs and a date; 500 released by named authority, 3,500 on hold until full sign-off", [
    ("ISD-0042.docx", docx_bytes([
        ("h1", "Ironbark Minerals Services - Interim Sample Disposition ISD-0042"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "Earmuff cup ED-352-IB, ABS yellow, AS/NZS 1270:2002 class 5 / EN 352-1 SNR 30 dB"],
            ["Supplier", HENGAN],
            ["PO", "IMS-PO-240517 (samples 20 pcs)"],
            ["Quoted production", "4,000 pcs"],
        ]),
        ("h", "Findings"),
        ("p", "Attenuation pre-test OK. Headband clamping force 12.5 N (spec 10-14 N) OK. Cup colour off shade: "
              "darker than Pantone 116 C. Supplier to correct masterbatch."),
        ("h", "Disposition: INTERIM"),
        ("p", "Limits: max 500 pcs, valid until 30/09/2024."),
        ("p", "Release within the interim limits: Shane Doyle (Supply Superintendent, release authority) "
              "releases 500 pcs under REL-IMS-0517-1 on PO IMS-PO-240517 rev 1, line 2. This is the quantity "
              "to make now."),
        ("p", "The balance of 3,500 pcs stays on hold. It can only be released after an approved (full) "
              "sign-off on colour-corrected cups by Craig Mabbott, HSE Manager, and a further written release "
              "from Shane Doyle."),
        ("p", "Material authority: staged up to 500 pcs."),
        ("table", [
            ["Role", "Name", "Date"],
            ["HSE Manager (sample disposition)", "Craig Mabbott", "11/06/2024"],
            ["Supply Superintendent (release)", "Shane Doyle", "11/06/2024"],
        ]),
    ], author="Craig Mabbott")),
])

# c14 deviation permit that leaves quantities untouched
case("c14_deviation_permit", [], "deviation permit limited to the 1.200 pcs already released; explicitly changes no quantity and restates the hold", [
    ("DP-24-012.pdf", pdf([
        ("h1", "DÉROGATION / DEVIATION PERMIT DP-24-012"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", SAHEL + ", Sousse, Tunisia"],
            ["Article", "Gilet HV-20471 classe 2, jaune fluo, EN ISO 20471:2013+A1:2016"],
            ["Order", "PO PRD-24-0175 rev 2"],
            ["Quantity already released", "1.200 pcs (release REL-PRD-0175-1, J. Marchetti, 12/06/2024)"],
        ]),
        ("h", "Deviation"),
        ("p", "Stitching of the retro-reflective tape: stitch length 3,5 mm instead of 3,0 mm (drawing "
              "HV-20471-02 ind. B, dimension 14). Colour and luminance of the background material measured "
              "OK in our lab. Tape adhesion after 5 washes at 60 °C OK."),
        ("h", "Scope"),
        ("p", "Accepted for the 1.200 pcs already released only. This permit changes no quantity: it releases "
              "nothing more and does not change the balance on hold (4.800 pcs). That balance is released only "
              "by a written release from Julien Marchetti after lot acceptance of the first 1.200 pcs."),
        ("table", [
            ["", "Name", "Date"],
            ["Protécto - Qualité", "Sophie Garnier", "19/06/2024"],
            ["Sahel Protection", "Mehdi Ben Salah, Gérant", "20/06/2024"],
        ]),
    ], title="DP-24-012", author="Sophie Garnier")),
])

# c15 full-quantity ERP PO full of quantity-like identifiers
case("c15_erp_full_identifiers", [], "full-quantity SAP PO for 300 helmets with many quantity-like identifiers; no balance", [
    ("PO_4500021801.txt", u(
        "IRONBARK MINERALS SERVICES PTY LTD                       ABN 51 600 123 987\n"
        "PURCHASE ORDER                                           PO NO: 4500021801\n"
        "PO DATE: 20.05.2024    VENDOR: 200417  CHANGZHOU HENGAN PROTECTIVE PRODUCTS CO LTD\n"
        "DELIVER TO: KALGOORLIE CENTRAL STORES, LOT 250 YARRI ROAD, KALGOORLIE WA 6430\n"
        "CURRENCY: AUD   INCOTERM: CIF FREMANTLE   PAYMENT: 60 DAYS EOM\n"
        "-------------------------------------------------------------------------------\n"
        "ITEM  MATERIAL        DESCRIPTION                             QTY  UOM  PRICE    NET\n"
        "00010 IB-HS300-ORG    HELMET HS-300 ORANGE AS/NZS 1801:1997   300  EA   14.20  4,260.00\n"
        "                      TYPE 1, DRG IB-DRG-1801 REV 20\n"
        "                      6-PT HARNESS PN 6000-120, RATCHET SCREWS M5X0.8\n"
        "                      CHINSTRAP 4-POINT PN 4000-250\n"
        "                      UV CONDITIONING 400 H PER AS/NZS 2512.1\n"
        "-------------------------------------------------------------------------------\n"
        "NOTE: FULL QUANTITY ORDER. 300 EA IS THE COMPLETE AND FINAL QTY OF THIS PO.\n"
        "      NO BALANCE, NO FURTHER RELEASE TO FOLLOW. PROCEED WITH THE 300 EA.\n"
        "TEST: IMPACT + PENETRATION PER AS/NZS 2512, SAMPLING AQL 2.5, LOT 300.\n"
        "CERT: STANDARDSMARK LICENCE SMK 40014, ISO 9001:2015, ISO 14001:2015.\n"
        "PACK: 12 CTNS X 25 EA, CARTON MARK 'IMS 1801 / LOT 2024-06'.\n"
        "BUYER: B. TULLY  +61 8 9021 5530\n")),
])

# c16 Teams chat: go-ahead scoped to a dozen pilot sets, with full scope
case("c16_teams_scoped_pilot", [], "Teams go-ahead scoped to the 12 pilot sets only; balance on hold until sign-off and written release by named person", [
    ("Teams_export_DR-362_pilot.txt", u(
        "Microsoft Teams - chat export - Keystone / Sialkot Safegear - \"DR-362 pilot\"\n"
        "Exported 5/21/2024 4:30 PM by Dana Whitcomb\n\n"
        "[5/21/2024 9:02 AM] Muhammad Usman (External): Good morning Dana, pilot tooling is ready. Can we have go ahead?\n"
        "[5/21/2024 9:15 AM] Dana Whitcomb: Morning Usman. Yes - go ahead with the 12 pilot sets only, i.e. a dozen sets (12x DR-362 D-ring + 12x SH-362 snap hook + 24x BK-45 buckle), per PO KGS-PO-24-0702 line 20.\n"
        "[5/21/2024 9:16 AM] Dana Whitcomb: The rest of the 2,400 sets (2,388) is not released. It stays on hold until Erin signs off the pilot sets after the Z359.12 gate tests, then Mike Kowalski sends the written release. Pilot material only pls.\n"
        "[5/21/2024 9:20 AM] Muhammad Usman (External): Understood, 12 sets only. Thanks Dana\n")),
])

# c17 buyer portal PO page with complete scope note
case("c17_portal_scope_complete", [], "buyer portal PO: 20 samples, production line 3,980 marked not released, sign-off event, named release authority, sample-only material", [
    ("SupplierNet_AR-PO-7815.html", u(html_page("AR SupplierNet - PO AR-PO-7815", (
        "<h2>AR SupplierNet &ndash; Purchase Order AR-PO-7815</h2>\n"
        "<p>Buyer: " + escape(ALRIMAL) + " &middot; Supplier: " + escape(HENGAN) + " &middot; Issued 03/06/2024 "
        "&middot; Status: Issued, acknowledged by supplier 04/06/2024</p>\n"
        "<table>\n<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th><th>Status</th></tr>\n"
        "<tr><td>1</td><td>ED-352-AR</td><td>Ear defender, cup ABS white, EN 352-1 SNR 30 dB, SASO marking</td>"
        "<td>20 pcs</td><td>Sample</td><td>Open</td></tr>\n"
        "<tr><td>2</td><td>ED-352-AR</td><td>Production per quotation HA-Q-2405-061</td><td>3,980 pcs</td>"
        "<td>Production</td><td>ON HOLD &ndash; NOT RELEASED</td></tr>\n</table>\n"
        "<div class=\"note\"><b>Scope of this PO.</b> This PO releases the 20 samples of line 1 only. Line 2 "
        "(3,980 pcs) is commercial reference and is NOT released; production stays on hold until (1) sample "
        "sign-off by Eng. Nasser Al-Qahtani, Technical Manager, and (2) written release by Faisal Al-Harbi, "
        "Purchasing Manager. Material authority: sample-only.</div>\n"
        "<p>Delivery of samples: DHL to Dammam warehouse, attn. Eng. Nasser. Contact: Tariq Mansour "
        "+966 13 555 0142.</p>\n")))),
])

# c18 supplier portal order book (non-authorizing)
case("c18_supplier_orderbook", [], "supplier portal order book listing sample-only orders and balances on hold; non-authorizing", [
    ("hengan_orderbook.html", u(html_page("Hengan customer portal - order book", (
        "<h2>Changzhou Hengan &ndash; Customer order book (export)</h2>\n"
        "<p>Generated 2024-06-10 08:00 CST by lily.zhou &middot; internal view</p>\n"
        "<table>\n<tr><th>Customer</th><th>PO</th><th>Part</th><th>Sample qty</th><th>Production qty (quoted)</th>"
        "<th>Released</th><th>Status</th><th>Material</th></tr>\n"
        "<tr><td>Keystone Guardline</td><td>KGS-PO-24-0611</td><td>HS-300 WHT</td><td>20</td><td>5,000</td>"
        "<td>20</td><td>Samples shipped 05-28; balance on hold by customer until written release</td>"
        "<td>sample only</td></tr>\n"
        "<tr><td>Prot&eacute;cto</td><td>PRD-24-0152</td><td>ED-352 cup</td><td>20</td><td>3,000</td>"
        "<td>20</td><td>Sample re-test SNR; customer stop in force</td><td>sample only</td></tr>\n"
        "<tr><td>Al-Rimal</td><td>AR-PO-7815</td><td>ED-352-AR</td><td>20</td><td>3,980</td><td>20</td>"
        "<td>Samples in production; line 2 on hold</td><td>sample only</td></tr>\n"
        "<tr><td>Ironbark</td><td>4500021801</td><td>HS-300 ORG</td><td>-</td><td>300 (full order)</td>"
        "<td>300</td><td>Moulding week 24</td><td>300 pcs</td></tr>\n</table>\n"
        "<p class=\"note\">Reminder to planning: production quantity is only what the customer released in "
        "writing. Quoted quantity is not a release. Do not book resin for quoted quantity.</p>\n")))),
])

# c19 supplier status mail, multipart/alternative with an HTML table (non-authorizing)
_c19 = ("Dear Mr. Tariq,\n\n"
        "We would like to update the sample status of your PO AR-PO-7790 (TC-200S steel toecap):\n\n"
        "- 40 prs samples: stamping done 29/05, heat treatment done 31/05, epoxy coating done 03/06.\n"
        "- Impact test 200 J: 12/12 pass (clearance 22-24 mm, size 42). Compression 15 kN: 12/12 pass.\n"
        "- Salt spray 48 h: running, finish 07/06.\n\n"
        "For the production 5,960 prs we do not start and we do not buy steel strip, we are waiting your "
        "written release as your PO said. Samples will ship by DHL on 10/06.\n\n"
        "Thank you and best regards," + SIG_THUHA)
_c19h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\"><p>Dear Mr. Tariq,</p>"
         "<p>We would like to update the sample status of your PO AR-PO-7790 (TC-200S steel toecap):</p>"
         "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
         "<tr><th>Step</th><th>Status</th><th>Date</th></tr>"
         "<tr><td>Stamping (40 prs samples)</td><td>done</td><td>29/05</td></tr>"
         "<tr><td>Heat treatment</td><td>done</td><td>31/05</td></tr>"
         "<tr><td>Epoxy coating</td><td>done</td><td>03/06</td></tr>"
         "<tr><td>Impact 200 J</td><td>12/12 pass (clearance 22-24 mm, size 42)</td><td>04/06</td></tr>"
         "<tr><td>Compression 15 kN</td><td>12/12 pass</td><td>04/06</td></tr>"
         "<tr><td>Salt spray 48 h</td><td>running</td><td>finish 07/06</td></tr></table>"
         "<p>For the production 5,960 prs we do not start and we do not buy steel strip, we are waiting your "
         "written release as your PO said. Samples will ship by DHL on 10/06.</p>"
         "<p>Thank you and best regards,<br>Nguyen Thi Thu Ha<br>Sales Executive<br>" + escape(PROTECH) +
         "</p></body></html>\n")
case("c19_status_mail_alt", [], "supplier sample status mail (text+HTML); production not started, no material bought, waiting for release; non-authorizing", [
    ("Sample_status_AR-PO-7790.eml", eml_bytes(mail(
        THUHA, TARIQ, "Sample status - PO AR-PO-7790 - TC-200S", "Wed, 05 Jun 2024 16:45:00 +0700",
        _c19, html=_c19h, cc=FAISAL))),
])

# c20 DOCX minutes keeping the words apart
case("c20_minutes_terms_apart", [], "minutes keep sample sign-off, PO issued and production release apart; 60 samples, 5.940 on hold, event and person named", [
    ("CR_reunion_2024-05-28.docx", docx_bytes([
        ("h1", "Compte rendu / Minutes - Protécto x Sahel Protection - 28/05/2024"),
        ("p", "Participants: Camille Rousseau, Sophie Garnier (Protécto); Mehdi Ben Salah, Amira Trabelsi "
              "(Sahel Protection). Visio, 45 min."),
        ("h", "1. Sample sign-off (technical)"),
        ("p", "Sixty (60) sample vests HV-20471 class 2 received 24/05. Sign-off by Sophie Garnier expected "
              "07/06 after the EN ISO 20471 lab test (chromaticity, retro-reflection, 5 washes at 60 °C)."),
        ("h", "2. PO issued (commercial)"),
        ("p", "PO PRD-24-0175 is issued for the 60 samples only, EUR 4,10 per vest, total EUR 246,00."),
        ("h", "3. Production release"),
        ("p", "The 5.940 production vests of the offer DEV-24-031 are not released. Production release only "
              "in writing by Julien Marchetti, after the sample sign-off; a revised PO will then cover the "
              "released quantity."),
        ("h", "4. Material"),
        ("p", "Sahel buys fabric and tape for the 60 samples only. No fabric booking for production."),
        ("h", "Actions"),
        ("table", [
            ["Action", "Who", "When"],
            ["Send lab test report", "Sophie Garnier", "07/06"],
            ["Confirm fabric lead time (7.200 m) for information", "Amira Trabelsi", "31/05"],
            ["Next meeting", "all", "11/06"],
        ]),
    ], author="Camille Rousseau")),
])

# c21 release mail saved as text: full balance released, nothing left on hold
case("c21_release_full_balance", [], "written production release of the whole 2 980 balance by the named authority after sign-off; nothing remains on hold", [
    ("REL-PRD-0141-1.txt", u(
        "From: Julien Marchetti <j.marchetti@protecto-distribution.fr>\n"
        "To: Lily Zhou <lily.zhou@hengan-ppe.cn>\n"
        "Cc: Camille Rousseau <c.rousseau@protecto-distribution.fr>\n"
        "Date: Mon, 17 Jun 2024 08:47:12 +0200\n"
        "Subject: PRODUCTION RELEASE REL-PRD-0141-1 - VX-166 - PO PRD-24-0141 rev 1\n\n"
        "Bonjour Lily,\n\n"
        "Sample sign-off for VX-166 is done (Sophie Garnier, SO-24-019, approved 12/06, EN 166 report "
        "attached to the sign-off).\n\n"
        "With this mail I release production of 2 980 pcs VX-166 visors, PO PRD-24-0141 rev 1 line 20.\n"
        "Together with the 20 samples this is the full quoted quantity of 3 000 pcs. Nothing remains on "
        "hold on this order.\n\n"
        "Material authority: 2 980 pcs.\n"
        "Delivery: 1 490 pcs week 30, 1 490 pcs week 33, FCA Shanghai.\n\n"
        "Cordialement,\n"
        "Julien Marchetti\n"
        "Directeur Achats - Protécto Distribution SAS\n"
        "12 rue Francis de Pressensé, 69100 Villeurbanne\n")),
])

# c22 stop notice, multipart/alternative + PDF attachment
_c22 = ("Bonjour Lily,\n\n"
        "Please find attached our stop notice for PO PRD-24-0152 (ear defender cup ED-352).\n\n"
        "In short: nothing more may start on this order from today. The 20 samples already delivered stay "
        "as they are. The released quantity remains the 20 samples; the 2 980 production cups stay on hold.\n\n"
        "The stop is lifted only by a written notice from Julien Marchetti, after we receive the new SNR "
        "test report (EN 352-1, notified body). Production would then still need a written release from "
        "Julien.\n\n"
        "Merci de confirmer la réception." + SIG_CAMILLE)
_c22pdf = pdf([
    ("h1", "STOP NOTICE / AVIS D'ARRÊT"),
    ("table", [
        ["Field", "Entry"],
        ["Buyer", PROTECTO],
        ["Supplier", HENGAN],
        ["Order", "PO PRD-24-0152, ear defender cup ED-352, EN 352-1"],
        ["Released quantity", "20 samples (delivered 21/05/2024)"],
        ["Production balance", "2 980 pcs - not released, on hold"],
        ["Effective", "04/06/2024, 12:00 CET"],
    ]),
    ("p", "Reason: SNR measured 27 dB on 2 of 5 samples (required 30 dB)."),
    ("p", "While this stop is in force nothing more may start on this order, released or not: no moulding, "
          "no material purchase, no assembly."),
    ("p", "Lifting the stop: only by written notice from Julien Marchetti, Directeur Achats, after receipt of "
          "the new SNR test report of the notified body. Lifting the stop does not release production; the "
          "2 980 pcs then still need a written production release from Julien Marchetti."),
    ("p", "Issued by: Camille Rousseau, Acheteuse, for Julien Marchetti."),
], title="Stop notice PRD-24-0152", author="Camille Rousseau")
case("c22_stop_notice", [], "stop notice: nothing more may start, released quantity 20 samples, balance on hold, lift and release by named person", [
    ("PRD-24-0152_notice.eml", eml_bytes(mail(
        CAMILLE, LILY, "AVIS D'ARRÊT / STOP - PO PRD-24-0152 - ED-352", "Tue, 04 Jun 2024 11:50:00 +0200",
        _c22, html=text_html(_c22), cc=JULIEN,
        attachments=[("PRD-24-0152_notice.pdf", _c22pdf, PDF_MT)]))),
])

# c23 supplier MRP printout: sample-only material, labelled forecast
case("c23_mrp_sample_only", [], "supplier MRP printout buys material for released samples only; customer forecast labelled and no material booked", [
    ("MRP_run_2024-05-20.txt", u(
        "SIALKOT SAFEGEAR INDUSTRIES (PVT.) LTD  -  MATERIAL REQUIREMENT PLAN   RUN: 20-05-2024 07:30\n"
        "PLANT: SIALKOT FORGE 2                                  USER: IMRAN.Q\n"
        "================================================================================\n"
        "SALES ORDER   CUSTOMER             ITEM        TYPE     QTY RELEASED   DUE\n"
        "SO-24-298     KEYSTONE (USA)       DR-362      SAMPLE   24             30-05-2024\n"
        "SO-24-305     AL-RIMAL (KSA)       SH-362-A    FULL PO  2,400          10-06-2024\n"
        "SO-24-305     AL-RIMAL (KSA)       DR-362-B    FULL PO  1,200          10-06-2024\n"
        "--------------------------------------------------------------------------------\n"
        "MATERIAL       SPEC            REQ FOR QTY   BOOKED      STATUS\n"
        "BAR 16MM       42CrMo4 QT      24 pcs        8 kg        IN STOCK\n"
        "BAR 16MM       42CrMo4 QT      2,400 pcs     560 kg      RECEIVED 15-05\n"
        "BAR 20MM       42CrMo4 QT      1,200 pcs     410 kg      RECEIVED 15-05\n"
        "--------------------------------------------------------------------------------\n"
        "CUSTOMER FORECAST (NOT ORDER):  KEYSTONE DR-362  2,376 pcs  - labelled forecast by customer,\n"
        "  release pending sample sign-off. NO MATERIAL BOOKED. Do not plan forging.\n"
        "REMARK: test load 22 kN / 16 kN proof, batch code format 24-W21-0001.\n")),
])

# c24 PO + proforma invoice that agree; advance explicitly not a release
case("c24_po_proforma_agree", [], "Oracle PO for 60 samples with complete scope, and a proforma for the same 60 saying the advance does not release bulk", [
    ("AR-PO-7805.txt", u(
        "AL-RIMAL INDUSTRIAL SUPPLIES CO.            ORACLE EBS  -  STANDARD PURCHASE ORDER\n"
        "PO NUMBER  : AR-PO-7805          REVISION : 0          DATE : 26-MAY-2024\n"
        "SUPPLIER   : SIALKOT SAFEGEAR INDUSTRIES (PVT.) LTD    SITE : SIALKOT-EXPORT\n"
        "SHIP TO    : AL-RIMAL CENTRAL WAREHOUSE, 2ND INDUSTRIAL CITY, DAMMAM 34326\n"
        "BUYER      : TARIQ MANSOUR         CURRENCY : USD        TERMS : 50% ADVANCE\n"
        "--------------------------------------------------------------------------------\n"
        "LINE ITEM        DESCRIPTION                                 QTY  UOM  PRICE   AMOUNT\n"
        "1    SH-362-A    SNAP HOOK FORGED 22 KN, EN 362, SAMPLES      60  EA   6.00    360.00\n"
        "                 AL-RIMAL MARKING, ZINC PLATED NSS 240 H\n"
        "--------------------------------------------------------------------------------\n"
        "NOTE TO SUPPLIER:\n"
        "THIS PO IS FOR SIXTY (60) SAMPLES ONLY. QUOTED BULK 4,940 EA (QUOTE SSI-Q-24-0502)\n"
        "IS NOT RELEASED AND REMAINS ON HOLD UNTIL SAMPLE SIGN-OFF BY ENG. NASSER AL-QAHTANI\n"
        "AND WRITTEN RELEASE BY FAISAL AL-HARBI, PURCHASING MANAGER.\n"
        "MATERIAL AUTHORITY: SAMPLE ONLY.\n"
        "--------------------------------------------------------------------------------\n"
        "APPROVER: F. AL-HARBI (PO APPROVAL HIERARCHY LEVEL 2)   PRINTED 26-MAY-2024 13:05\n")),
    ("SSI-PI-24-0233.pdf", pdf([
        ("h1", "PROFORMA INVOICE"),
        ("p", SAFEGEAR + " - Small Industrial Estate, Sialkot 51310, Pakistan - NTN 1234567-8"),
        ("p", "PI No.: SSI-PI-24-0233    Date: 27-05-2024    Buyer: " + ALRIMAL + "    Buyer PO: AR-PO-7805"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["SH-362-A", "Forged snap hook, EN 362, 22 kN, samples", "60 pcs", "6.00", "360.00"],
            ["", "Advance 50% (before sample dispatch)", "", "", "180.00"],
        ]),
        ("sp",),
        ("p", "Note: the advance payment is for the sixty (60) samples only. It does not release bulk "
              "production. Bulk 4,940 pcs will be produced only after written release from Mr. Faisal "
              "Al-Harbi, as per your PO."),
        ("p", "Bank: Meezan Bank Ltd, Paris Road Branch, Sialkot. IBAN PK36 MEZN 0001 2345 6789 0123. "
              "SWIFT MEZNPKKA."),
        ("p", "Muhammad Usman, Export Manager"),
    ], title="SSI-PI-24-0233", author="Sialkot Safegear")),
])

# c25 WeChat: supplier asks to start; buyer says no, full scope
case("c25_wechat_buyer_refuses", [], "supplier asks to start 2000; buyer refuses: 20 samples only, 2 980 not released, release by named person after sign-off and revised PO", [
    ("WeChat_export_Lily_Camille.txt", u(
        "WeChat chat history export / 微信聊天记录\n"
        "Chat: Lily Zhou 周丽 (Hengan) - Camille Rousseau (Protécto)\n"
        "------------------------------------------------------------\n"
        "2024-05-06 09:12:44  Lily Zhou 周丽\n"
        "Hi Camille, good morning! VX-166 sample 20pcs finish, today send by DHL, tracking 4471 2038 66\n\n"
        "2024-05-06 09:13:10  Lily Zhou 周丽\n"
        "Our PC sheet supplier have promotion price this week. Can we start 2000pcs now? Then delivery can be faster\n\n"
        "2024-05-06 09:30:51  Camille Rousseau\n"
        "Bonjour Lily, thank you. No, please do not start. Only the 20 samples are ordered (PO PRD-24-0141).\n\n"
        "2024-05-06 09:31:37  Camille Rousseau\n"
        "The 2 980 production visors are not released. Release comes only in writing from Julien Marchetti, after Sophie sign off the samples and we send the revised PO.\n\n"
        "2024-05-06 09:32:05  Camille Rousseau\n"
        "And no PC sheet for production please, samples only.\n\n"
        "2024-05-06 09:35:18  Lily Zhou 周丽\n"
        "OK understand \U0001F44C we wait\n")),
])


# ================================================================ POSITIVE
# p01 sample PO that shows the production quantity as if ordered; nothing about the balance
case("p01_po_shows_production", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 20 shells shows production 5,000 pcs with delivery lots and nothing marking it not released; no hold, event or release person", [
    ("KGS-PO-24-0611.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", KEYSTONE + " - 1450 Hanover Avenue, Allentown, PA 18109, USA"),
        ("p", "PO: KGS-PO-24-0611    Date: 04/22/2024    Vendor: " + HENGAN + " (40117)    Buyer: Dana Whitcomb"
              "    Terms: Net 30    Incoterm: FOB Shanghai"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price USD", "Ext. USD"],
            ["10", "KGS-HS300-WHT-S", "HS-300 helmet shell, white, T1 sample, DRG KGS-DRG-3001 Rev 12",
             "20", "9.80", "196.00"],
        ]),
        ("sp",),
        ("h", "Production"),
        ("table", [
            ["Item", "Qty", "Unit price USD", "Delivery"],
            ["KGS-HS300-WHT", "5,000", "3.42 (quote HA-Q-2404-117 tier A)",
             "4 lots of 1,250, first lot Aug 2024"],
        ]),
        ("sp",),
        ("p", "Ship the twenty (20) T1 samples by air to Allentown, attn. Erin Shah (Quality). Include the "
              "dimensional report to KGS-DRG-3001 Rev 12 and the impact / penetration test per ANSI/ISEA "
              "Z89.1-2014 Type I Class E."),
        ("p", "Please acknowledge this PO within 3 working days."),
        ("sp",),
        ("p", "Dana Whitcomb, Senior Buyer, " + KEYSTONE),
    ], pagesize=LETTER, title="KGS-PO-24-0611", author="Dana Whitcomb")),
])

# p02 sample PO mail with the quote (10,000 bulk) attached, unmarked; release authority named only
_p02q = pdf([
    ("h1", "QUOTATION SSI-Q-24-0419"),
    ("p", SAFEGEAR + " - Small Industrial Estate, Sialkot 51310, Pakistan"),
    ("p", "To: " + ALRIMAL + ", Attn. Mr. Tariq Mansour    Date: 19-04-2024    Validity: 45 days"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
        ["SH-362-A", "Forged snap hook 22 kN, gate 15 kN, EN 362 class T, zinc, Al-Rimal marking",
         "50 pcs (sample)", "6.00", "3 weeks"],
        ["SH-362-A", "same, bulk", "10,000 pcs", "2.05", "45 days"],
    ]),
    ("p", "Material 42CrMo4, forged, quenched and tempered. Static test 22 kN on 3 pcs per lot, gate test "
          "per EN 362 on sampling basis."),
    ("p", "Muhammad Usman, Export Manager"),
], title="SSI-Q-24-0419", author="Sialkot Safegear")
_p02 = ("Dear Mr. Usman,\n\nAssalamu alaikum.\n\n"
        "Please find below our PO AR-PO-7768 for 50 pcs samples of forged snap hook SH-362-A (EN 362, "
        "22 kN, gate 15 kN) with Al-Rimal marking. Unit price USD 6.00 as per your quotation, total USD 300.\n\n"
        "Your quotation SSI-Q-24-0419 (50 pcs samples, 10,000 pcs bulk at USD 2.05) is attached with this PO.\n\n"
        "Delivery of samples: DHL within 3 weeks to our Dammam warehouse, attention Eng. Nasser Al-Qahtani.\n"
        "Release authority for this supplier account: Mr. Faisal Al-Harbi, Purchasing Manager.\n\n"
        "Kindly confirm receipt.\n\nBest regards," + SIG_TARIQ)
case("p02_mail_quote_attached", ["RG001", "RG003", "RG004"], "50-sample PO mail attaches a quote with 10,000 bulk, nothing says bulk is not released; release authority named but no hold or event", [
    ("PO_AR-PO-7768.eml", eml_bytes(mail(
        TARIQ, USMAN, "PO AR-PO-7768 - snap hook SH-362-A samples", "Mon, 22 Apr 2024 09:14:00 +0300",
        _p02, cc=FAISAL, attachments=[("SSI-Q-24-0419.pdf", _p02q, PDF_MT)]))),
])

# p03 French ERP PO: balance on hold until further notice, no event, nobody named
case("p03_erp_hold_until_notice", ["RG004", "RG005"], "sample PO says balance not released, on hold until further notice: no unlock event and no named release person", [
    ("BC_PRD-24-0166.txt", u(
        "PROTECTO DISTRIBUTION SAS - SAGE X3 - BON DE COMMANDE / PURCHASE ORDER\n"
        "N° COMMANDE : PRD-24-0166        DATE : 02/05/2024        SITE : VILLEURBANNE\n"
        "FOURNISSEUR : SAHEL PROTECTION SARL (F0412) - ZI SIDI ABDELHAMID, 4061 SOUSSE, TUNISIE\n"
        "ACHETEUR    : C. ROUSSEAU         DEVISE : EUR        INCOTERM : FCA SOUSSE\n"
        "--------------------------------------------------------------------------------\n"
        "LIG ARTICLE        DESIGNATION                                   QTE  UN   PU     MONTANT\n"
        "010 HV-20471-OR    GILET HV CLASSE 2 ORANGE FLUO - ECHANTILLONS   60  PCE  4,10    246,00\n"
        "                   EN ISO 20471:2013+A1:2016, BANDES 50 MM\n"
        "                   TAILLES M/L/XL X 20\n"
        "--------------------------------------------------------------------------------\n"
        "NOTE / REMARK:\n"
        "SAMPLE ORDER. 60 PCS ONLY.\n"
        "SOLDE / BALANCE 5.940 PCS (OFFRE DEV-24-044) NON LIBERE - NOT RELEASED.\n"
        "BALANCE ON HOLD UNTIL FURTHER NOTICE.\n"
        "--------------------------------------------------------------------------------\n"
        "TOTAL HT EUR 246,00        LIVRAISON SOUHAITEE : SEMAINE 21\n")),
])

# p04 buyer portal: sample line plus an unmarked programme quantity; release authority named only
case("p04_portal_programme_qty", ["RG001", "RG003", "RG004"], "portal PO for 40 pairs samples shows programme quantity 12,000 pairs unmarked; release authority named but no hold or event", [
    ("SupplierLink_KGS-PO-24-0640.html", u(html_page("Keystone SupplierLink - PO KGS-PO-24-0640", (
        "<h2>Keystone SupplierLink</h2>\n<h3>Purchase Order KGS-PO-24-0640 &middot; rev 0</h3>\n"
        "<p>Supplier: " + escape(PROTECH) + " &middot; Buyer: Dana Whitcomb &middot; Created 05/08/2024</p>\n"
        "<table>\n<tr><th>Field</th><th>Value</th></tr>\n"
        "<tr><td>Program</td><td>Guardline Work Boot 2025 - composite toecap</td></tr>\n"
        "<tr><td>Program qty</td><td>12,000 prs (TC-200C, sizes 7-13)</td></tr>\n"
        "<tr><td>Target price</td><td>USD 1.35 / pr</td></tr>\n"
        "<tr><td>Production release authority</td><td>Mike Kowalski, VP Operations</td></tr>\n</table>\n"
        "<h3>Lines</h3>\n<table>\n<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Price</th></tr>\n"
        "<tr><td>10</td><td>TC-200C-S</td><td>Composite toecap, ASTM F2413 / EN 12568 200 J, samples, "
        "mixed sizes</td><td>40 prs</td><td>USD 3.20</td></tr>\n</table>\n"
        "<p>Ship samples to Allentown QA lab, attn. Erin Shah. Acknowledge in SupplierLink within 3 days.</p>\n")))),
])

# p05 supplier treats the mould deposit as authority to start production (quoted buyer scope complete)
_p05 = ("Dear Camille,\n\n"
        "Thank you, mould deposit 50% EUR 1 450,00 received today. Since deposit already paid we start the "
        "production of the 2 980 pcs visors this week together with the samples, so delivery can be early "
        "August.\n\nSamples 20 pcs we send next Monday by DHL.\n\nBest regards," + SIG_LILY + "\n"
        "> Le 29/04/2024 à 10:02, Camille Rousseau a écrit :\n"
        "> Bonjour Lily,\n"
        "> PO PRD-24-0141 attached: 20 visors VX-166 samples only. The 2 980\n"
        "> production pcs are not released and stay on hold until Sophie Garnier\n"
        "> signs off the samples and Julien Marchetti sends a written release.\n"
        "> We pay the 50% mould deposit (EUR 1 450) this week. Samples-only material\n"
        "> please.\n"
        "> Cordialement, Camille\n")
case("p05_deposit_start_quoted", ["RG012"], "supplier reads the paid mould deposit as authority to start the 2 980 production visors; quoted buyer scope is complete", [
    ("RE_PO_PRD-24-0141.eml", eml_bytes(mail(
        LILY, CAMILLE, "RE: PO PRD-24-0141 - VX-166 visors samples", "Thu, 02 May 2024 17:20:00 +0800",
        _p05, in_reply_to="<h175-cr0429@protecto-distribution.fr>"))),
])

# p06 WhatsApp: buyer treats the paid deposit as the go-ahead for the bulk
case("p06_wa_deposit_go", ["RG012"], "buyer says the deposit has gone through so the supplier can start the 5,970 bulk, overriding her own written-release requirement", [
    ("WhatsApp_Chat_Rafiq_Bec.txt", u(
        "[06/05/2024, 08:55:10] Bec Tully: Morning Rafiq. PO 4500021790 is in your inbox - 30 sample vests HV-4602 only. The 5,970 bulk stays on hold till Craig signs off the samples and Shane sends the written release.\n"
        "[06/05/2024, 09:20:44] Md Rafiqul Islam (Dhaka Reflect): Well received madam, thank you. 30 pcs sample start today.\n"
        "[21/05/2024, 14:02:31] Md Rafiqul Islam (Dhaka Reflect): Madam proforma for bulk 30% advance USD 5,373 sent yesterday. Fabric mill need confirmation by Friday for the orange 120 gsm.\n"
        "[21/05/2024, 16:47:09] Bec Tully: Deposit's gone through this arvo, so you're right to start the bulk 5,970 \U0001F44D\n"
        "[21/05/2024, 16:47:40] Bec Tully: Shane's flat out on site this week, the money's paid so that'll do us\n"
        "[21/05/2024, 16:50:12] Md Rafiqul Islam (Dhaka Reflect): Thank you madam, we start cutting Sunday InshaAllah\n")),
])

# p07 WhatsApp: "Approved. Go ahead." on artwork, unscoped
case("p07_wa_artwork_goahead", ["RG002"], "buyer answers carton artwork with 'Approved, go ahead' naming neither samples nor a quantity; earlier scope is complete", [
    ("WhatsApp_Chat_Tariq_SaigonProtech.txt", u(
        "20/05/2024, 11:03 - Tariq Mansour: Dear Ms Thu Ha, PO AR-PO-7790 sent by email. It is 40 prs samples TC-200S only. Balance 5,960 prs on hold until Eng. Nasser sign off the samples, then Mr. Faisal Al-Harbi will give written release. Material only for samples please.\n"
        "20/05/2024, 11:20 - Nguyen Thi Thu Ha: Dear Mr Tariq, well noted with thanks. We make 40 prs samples.\n"
        "27/05/2024, 15:41 - Nguyen Thi Thu Ha: <Media omitted>\n"
        "27/05/2024, 15:41 - Nguyen Thi Thu Ha: Dear Mr Tariq, here the carton marking and hangtag artwork for TC-200S with Al-Rimal logo and SASO text, please check\n"
        "27/05/2024, 18:12 - Tariq Mansour: Very good sister. Approved, go ahead.\n"
        "27/05/2024, 18:13 - Nguyen Thi Thu Ha: Thank you Mr Tariq \U0001F64F\n")),
])

# p08 two-level quoted thread: "you have our approval - good to run" after ECN and PO approvals
_p08 = ("Hi Lily,\n\n"
        "Update on the HS-300 shells:\n"
        "- ECN-24-017 (rib height change, KGS-DRG-3001 Rev 12 -> Rev 13) was approved by engineering yesterday.\n"
        "- PO KGS-PO-24-0611 rev 2 (price update to USD 3.38 for tier A) was approved by finance this morning.\n\n"
        "So you have our approval - good to run.\n\n"
        "Thanks,\nDana" + SIG_DANA + "\n"
        "> On Mon, May 13, 2024 at 8:40 PM Lily Zhou <lily.zhou@hengan-ppe.cn> wrote:\n"
        "> Dear Dana,\n"
        "> any update for ECN and the new PO? We are waiting.\n"
        "> Best regards, Lily\n>\n"
        ">> On Fri, May 3, 2024 at 10:15 AM Dana Whitcomb wrote:\n"
        ">> Lily - PO KGS-PO-24-0611 line 10 is for 20 T1 samples only. The production\n"
        ">> 4,980 pcs is not released and stays on hold until Erin Shah signs off the\n"
        ">> samples; Mike Kowalski then releases it in writing. Material for samples only.\n"
        ">> Dana\n")
case("p08_good_to_run_thread", ["RG002", "RG009"], "'you have our approval - good to run' is unscoped, and 'approved' covers engineering ECN, finance PO and the go; quoted earlier scope supplies the absence items", [
    ("RE_HS-300_ECN-24-017.eml", eml_bytes(mail(
        DANA, LILY, "RE: HS-300 - ECN-24-017 / PO rev 2", "Tue, 14 May 2024 09:05:00 -0400", _p08,
        html=text_html(_p08), in_reply_to="<h175-lily0513@hengan-ppe.cn>"))),
])

# p09 minutes using "approved" for technical, commercial and production
case("p09_minutes_approved_3ways", ["RG009"], "minutes use 'approved' for sample test result, capex budget and the 500-pc production lot; quantities, hold, event and person otherwise complete", [
    ("Minutes_helmet_review_2024-06-05.docx", docx_bytes([
        ("h1", "Ironbark Minerals Services - Helmet program review - minutes"),
        ("p", "Date: 05/06/2024, Kalgoorlie site office + Teams. Present: Shane Doyle (Supply Superintendent), "
              "Craig Mabbott (HSE Manager), Bec Tully (Procurement); Lily Zhou (Changzhou Hengan) on the call."),
        ("h", "1. Samples"),
        ("p", "The 20 HS-300 orange sample helmets passed impact and penetration (AS/NZS 2512.3.1 and 2512.5.1) "
              "at the site lab. Samples approved."),
        ("h", "2. Budget"),
        ("p", "FY25 PPE capex for the helmet program approved by the GM (AUD 62k)."),
        ("h", "3. Production"),
        ("p", "First lot of 500 helmets approved for production. Shane Doyle issues REL-IMS-1801-1 for the 500 "
              "on PO 4500021815 today."),
        ("p", "The remaining 2,500 helmets are not released. Next release by Shane Doyle, in writing, after "
              "lot acceptance of the first 500 at Kalgoorlie stores."),
        ("h", "4. Actions"),
        ("table", [
            ["Action", "Owner", "Due"],
            ["Send REL-IMS-1801-1 to Hengan", "Shane Doyle", "05/06"],
            ["Book sea freight for lot 1", "Bec Tully", "14/06"],
            ["Incoming inspection plan AQL 2.5", "Craig Mabbott", "21/06"],
        ]),
    ], author="Bec Tully")),
])

# p10 supplier reads the technical sign-off as release of the balance (HTML test summary attached)
_p10html = html_page("DR-362 static test summary", (
    "<h2>Sialkot Safegear - DR-362 sample test summary</h2>\n"
    "<table><tr><th>Test</th><th>Requirement</th><th>Result</th></tr>\n"
    "<tr><td>Static strength</td><td>22 kN, 3 min</td><td>3/3 pass</td></tr>\n"
    "<tr><td>Proof load</td><td>16 kN</td><td>24/24 pass</td></tr>\n"
    "<tr><td>Salt spray (NSS)</td><td>240 h, no red rust</td><td>pass</td></tr>\n"
    "<tr><td>Hardness</td><td>36-42 HRC</td><td>38-40 HRC</td></tr></table>\n"))
_p10 = ("Dear Dana,\n\n"
        "Thank you for the sign-off. As you approved the samples on 3rd June, we will start forging the "
        "balance 2,376 pcs DR-362 next Monday as per PO, so July delivery is possible. Production schedule "
        "we send tomorrow. Test summary attached for your file.\n\nRegards," + SIG_USMAN + "\n"
        "> From: Erin Shah <eshah@keystoneguardline.com>\n"
        "> Sent: Monday, June 3, 2024 2:10 PM\n"
        "> Subject: DR-362 samples - sign-off SO-24-044\n>\n"
        "> Usman, the 24 DR-362 samples passed the dimensional check and the 22 kN\n"
        "> static test. Sign-off SO-24-044: approved (technical sign-off of the samples).\n"
        "> Erin\n")
case("p10_signoff_rolls_balance", ["RG007"], "supplier says that because the samples were approved it will start the 2,376 balance; the quoted message is only a technical sign-off", [
    ("RE_DR-362_sign-off.eml", eml_bytes(mail(
        USMAN, DANA, "RE: DR-362 samples - sign-off SO-24-044", "Tue, 04 Jun 2024 10:25:00 +0500", _p10,
        cc=ERIN, in_reply_to="<h175-es0603@keystoneguardline.com>",
        attachments=[("DR-362_test_summary.html", _p10html, HTML_MT)]))),
])

# p11 WeChat: buyer agrees samples approval rolls straight into the 2 980
case("p11_wechat_ok_direct_run", ["RG007"], "buyer agrees in chat that once samples are approved the supplier runs the 2 980 directly, contradicting her written-release rule; no recorded auto-conversion", [
    ("WeChat_export_ED-352.txt", u(
        "WeChat chat history export / 微信聊天记录\n"
        "Chat: Lily Zhou 周丽 (Hengan) - Camille Rousseau (Protécto)\n"
        "------------------------------------------------------------\n"
        "2024-05-10 15:02:11  Camille Rousseau\n"
        "Hello Lily, PO PRD-24-0152 is for 20 ED-352 cups samples. The 2 980 production are not released, on hold until sign-off by Sophie Garnier and written release from Julien Marchetti.\n\n"
        "2024-05-10 15:20:40  Lily Zhou 周丽\n"
        "Received 👍 samples 20pcs ready 20th May\n\n"
        "2024-05-16 10:05:02  Lily Zhou 周丽\n"
        "Camille, to save time: when Sophie approve the samples, we directly run the 2 980 pcs, no need wait release mail ok?\n\n"
        "2024-05-16 10:31:27  Camille Rousseau\n"
        "ok, fine for me 👍 as soon as Sophie approves you can run them\n\n"
        "2024-05-16 10:32:00  Lily Zhou 周丽\n"
        "Great thank you!!\n")),
])

# p12 supplier quote: production starts automatically upon sample approval
case("p12_quote_auto_start", ["RG007"], "supplier quotation states production of 12,000 pairs starts automatically upon sample approval with no separate release", [
    ("SP-QT-24-0233.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", PROTECH + " - Lot C-12, My Phuoc 3 Industrial Park, Ben Cat, Binh Duong, Viet Nam"),
        ("p", "Quotation No.: SP-QT-24-0233    Date: 02/05/2024    To: " + KEYSTONE + ", Ms. Dana Whitcomb"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
            ["TC-200C", "Composite toecap, 200 J / 15 kN, ASTM F2413 + EN 12568, samples sizes 7-13",
             "40 prs", "3.20", "20 days"],
            ["TC-200C", "Composite toecap, production", "12,000 prs", "1.35", "45 days"],
        ]),
        ("sp",),
        ("h", "Terms"),
        ("p", "1. Price FOB Ho Chi Minh City, validity 60 days."),
        ("p", "2. Payment: T/T 30% deposit, 70% before shipment."),
        ("p", "3. Tooling: USD 4,800 for 7 sizes, one time."),
        ("p", "4. Thermal conductivity and impact test by SGS Vietnam included."),
        ("p", "5. MOQ 2,000 prs per size run."),
        ("p", "6. Production of the 12,000 prs will start automatically upon your sample approval, no separate "
              "release needed. Lead time 45 days counted from the approval date."),
        ("sp",),
        ("p", "Best regards, Nguyen Thi Thu Ha, Sales Executive"),
    ], title="SP-QT-24-0233", author="Saigon Protech")),
])

# p13 buyer: once samples are approved "just go ahead", no need to wait
_p13 = ("Hi Amy,\n\n"
        "PO KGS-PO-24-0588 is out. Line 10 covers twelve (12) samples of the RH-140 housing, Rev D. "
        "Production is 2,988 pcs (quote WCB-Q-240311); Mike Kowalski is the release authority for this "
        "program.\n\n"
        "To save time: once Erin has approved the samples, just go ahead, no need to wait for anything "
        "else from us.\n\n"
        "Material for the samples only until then.\n\nThanks!\nDana" + SIG_DANA)
case("p13_once_approved_go", ["RG002", "RG007"], "buyer says once samples are approved 'just go ahead, no need to wait': implied auto-conversion and an unscoped go-ahead", [
    ("RH-140_PO_next_steps.eml", eml_bytes(mail(
        DANA, AMY, "RH-140 - PO KGS-PO-24-0588 + next steps", "Fri, 12 Apr 2024 15:48:00 -0400", _p13))),
])

# p14 supplier MRP: bar bought for the full bulk, only samples released
case("p14_mrp_bar_full_bulk", ["RG006"], "supplier MRP shows bar stock bought for 10,000 pcs while only 50 samples are released, no material authority", [
    ("MRP_run_2024-05-28.txt", u(
        "SIALKOT SAFEGEAR INDUSTRIES (PVT.) LTD  -  MATERIAL REQUIREMENT PLAN   RUN: 28-05-2024 07:30\n"
        "PLANT: SIALKOT FORGE 2                                  USER: IMRAN.Q\n"
        "================================================================================\n"
        "SALES ORDER   CUSTOMER             ITEM        TYPE     QTY RELEASED   DUE\n"
        "SO-24-311     AL-RIMAL (KSA)       SH-362-A    SAMPLE   50             12-06-2024\n"
        "--------------------------------------------------------------------------------\n"
        "MATERIAL PO    MATERIAL                         FOR QTY      STATUS\n"
        "MPO-24-1187    42CrMo4 bar dia 16 mm, 1.9 t     10,000 pcs   RECEIVED 25-05-2024\n"
        "MPO-24-1188    Zinc plating chem (Cr3+) 400 L   10,000 pcs   ORDERED\n"
        "MPO-24-1190    Gate springs SS302 0.8 mm        10,000 pcs   ORDERED\n"
        "--------------------------------------------------------------------------------\n"
        "REMARKS: Bar booked for full bulk 10,000 pcs to lock price (steel up 8% from June).\n"
        "         Customer release for bulk not received. Released qty = 50 samples only.\n"
        "         No material authorization from customer on file.\n")),
])

# p15 supplier weekly report: fabric for 6,000, released quantity stated as 30 and as 300
case("p15_status_report_conflict", ["RG006", "RG011"], "supplier report books fabric and tape for 6,000 vests with no material authority, and states the released quantity as 30 in one table and 300 in another", [
    ("DRA_weekly_W22.pdf", pdf([
        ("h1", "WEEKLY ORDER STATUS REPORT - Week 22/2024"),
        ("p", REFLECT + " - Plot 14, Kashimpur Road, Konabari, Gazipur 1751, Bangladesh"),
        ("p", "Customer: " + IRONBARK + "    Merchandiser: Md. Rafiqul Islam    Date: 30/05/2024"),
        ("h", "1. Order summary"),
        ("table", [
            ["PO", "Style", "Description", "Released qty", "Status"],
            ["4500021790", "HV-4602", "Hi-vis vest day/night, AS/NZS 4602.1 class D/N, orange", "30 pcs (sample)",
             "Sample sewing"],
        ]),
        ("h", "2. Material status"),
        ("table", [
            ["Material", "Booked for", "Quantity", "Status"],
            ["Fluorescent orange fabric 120 gsm", "6,000 pcs", "7,800 m", "In-house 25/05"],
            ["Retroreflective tape 50 mm", "6,000 pcs", "15,600 m", "In-house 27/05"],
            ["Zip 5# 55 cm", "6,000 pcs", "6,000 pcs", "Ordered"],
        ]),
        ("h", "3. Production plan"),
        ("table", [
            ["PO", "Released qty", "Cutting", "Sewing", "Ex-factory"],
            ["4500021790", "300 pcs", "03/06", "05/06-10/06", "14/06"],
        ]),
        ("p", "Remarks: fabric and tape booked for full order to secure the orange shade from one dye lot."),
    ], title="Weekly status W22", author="Dhaka Reflect")),
])

# p16 supplier production note: forecast treated as firm order, fabric bought for it
case("p16_supplier_note_forecast_firm", ["RG006", "RG008"], "supplier note treats the 6.000 forecast as a firm order and has bought fabric and tape for 6.000 while 60 samples are ordered", [
    ("Note_production_Protecto.docx", docx_bytes([
        ("h1", "Note de production / Production note - Sahel Protection SARL"),
        ("p", "Date: 03/06/2024    Rédigé par / written by: Mehdi Ben Salah, Gérant"),
        ("p", "Client: Protécto Distribution SAS (Villeurbanne) - gilets HV-20471 classe 2, jaune et orange."),
        ("h", "Situation"),
        ("p", "Commande PRD-24-0175: 60 gilets échantillons, en couture. Lab test prévu chez le client semaine 23."),
        ("p", "Prévision client 2024-2025: 6.000 gilets. For us this is a firm order: Protécto confirmed this "
              "volume during the visit in March, so we treat the 6.000 as ordered and plan the line "
              "accordingly (2 lines, 600 pcs/day)."),
        ("h", "Achats matière / Material purchase"),
        ("table", [
            ["Matière", "Pour / for", "Quantité", "Fournisseur", "Date commande"],
            ["Tissu polyester fluo 120 g/m²", "6.000 gilets", "7.200 m", "Textiles du Cap Bon", "29/05/2024"],
            ["Bande microbilles 50 mm", "6.000 gilets", "15.000 m", "importé (Italie)", "30/05/2024"],
            ["Étiquettes EN ISO 20471", "6.000 gilets", "6.000", "local", "31/05/2024"],
        ]),
        ("p", "Fabric and tape ordered for the 6.000 to hold the price of May (EUR 2,15/m) and one dye lot."),
        ("h", "Next"),
        ("p", "Lab test of the samples at Protécto (week 23), then we wait for their production release."),
    ], author="Mehdi Ben Salah")),
])

# p17 EDI call-off that presents a forecast as a firm commitment
case("p17_edi862_forecast_firm", ["RG008"], "call-off with complete release scope, but a Q3 forecast of 12,000 is written as a firm commitment to be treated as ordered", [
    ("EDI862_24-0207.txt", u(
        "KEYSTONE GUARDLINE SAFETY INC.   EDI 862 SHIPPING SCHEDULE / CALL-OFF   (PRINTOUT)\n"
        "DOC NO 862-24-0207   ISSUE DATE 2024-06-17   VENDOR 40117 CHANGZHOU HENGAN\n"
        "PO KGS-PO-24-0611 REV 3\n"
        "ITEM KGS-HS300-YEL   HELMET SHELL HS-300 YELLOW   DRG KGS-DRG-3001 REV 13\n"
        "------------------------------------------------------------------------------\n"
        "QUOTED PRODUCTION QTY (QUOTE HA-Q-2404-117, TIER A) ............ 5,000 EA\n"
        "RELEASED BY THIS CALL-OFF  REL-0611-02 ........................... 500 EA\n"
        "     SHIP  500 EA   2024-08-12   FOB SHANGHAI\n"
        "BALANCE NOT RELEASED - ON HOLD ................................ 4,500 EA\n"
        "     UNLOCK EVENT: NEXT CALL-OFF (862) ISSUED BY KEYSTONE\n"
        "RELEASE AUTHORITY: MIKE KOWALSKI, VP OPERATIONS\n"
        "------------------------------------------------------------------------------\n"
        "ITEM KGS-HS300-WHT   HELMET SHELL HS-300 WHITE\n"
        "Q3 2024 FORECAST ............................................. 12,000 EA\n"
        "     THIS FORECAST IS FIRM. KEYSTONE COMMITS TO TAKE 12,000 EA IN Q3.\n"
        "     VENDOR TO TREAT AS ORDERED AND RESERVE MOULDING CAPACITY.\n"
        "------------------------------------------------------------------------------\n"
        "CUM SHIPPED TO DATE 0   CUM RELEASED 500   LAST ASN NONE\n"
        "CONTACT D. WHITCOMB +1 610 555 0148\n")),
])

# p18 buyer writes the 2025 forecast as a confirmed order (quoted question, text+HTML)
_p18 = ("Dear Ms. Lily,\n\n"
        "As discussed in Canton Fair, our forecast for ED-352-AR ear defenders for year 2025 is 24,000 pcs "
        "(4 shipments x 6,000). Please consider this forecast as our confirmed order and book your capacity "
        "accordingly, we will not change it.\n\n"
        "For the current PO AR-PO-7815 nothing changes: only the 20 samples are released. The 3,980 pcs of "
        "line 2 are not released and on hold until Eng. Nasser Al-Qahtani sign off the samples and I give "
        "written release.\n\n"
        "Best regards," + SIG_FAISAL + "\n"
        "> From: Lily Zhou <lily.zhou@hengan-ppe.cn>\n"
        "> Date: Sunday, June 9, 2024 10:14 AM\n"
        "> Subject: ED-352-AR 2025 plan\n>\n"
        "> Dear Mr. Faisal, could you share your 2025 forecast for ED-352-AR? We\n"
        "> make capacity plan for next year.\n"
        "> Best regards, Lily\n")
case("p18_forecast_confirmed_order", ["RG008"], "buyer tells supplier to consider the 24,000 pcs 2025 forecast as a confirmed order; current sample scope complete", [
    ("RE_ED-352-AR_2025_plan.eml", eml_bytes(mail(
        FAISAL, LILY, "RE: ED-352-AR 2025 plan", "Mon, 10 Jun 2024 12:30:00 +0300", _p18,
        html=text_html(_p18), cc=TARIQ, in_reply_to="<h175-lz0609@hengan-ppe.cn>"))),
])

# p19 Teams: forecast "locked in", supplier already booked fabric for it
case("p19_teams_forecast_locked", ["RG006", "RG008"], "buyer calls the 10k forecast locked in and definitely ordered; supplier has booked fabric and tape for 10,000 while 600 are released", [
    ("Teams_Ironbark_DhakaReflect.txt", u(
        "Microsoft Teams - chat export - \"Ironbark / Dhaka Reflect - vests\"\n"
        "Exported 6/12/2024 3:05 PM (AWST) by Bec Tully\n\n"
        "[6/11/2024 8:12 AM] Shane Doyle: Morning Rafiq. Current release is 600 vests on PO 4500021812 (REL-IMS-1812-1). The other 1,800 on that PO stay on hold till my next call-off.\n"
        "[6/11/2024 8:14 AM] Shane Doyle: And for FY25 - take the 10k forecast as locked in mate, we'll definitely be ordering it. No dramas.\n"
        "[6/11/2024 11:40 AM] Md. Rafiqul Islam (External): Thank you sir. Noted, 600 pcs in cutting now.\n"
        "[6/11/2024 11:41 AM] Md. Rafiqul Islam (External): Sir for info we have already booked fabric and reflective tape for 10,000 pcs last week to hold the price and the shade.\n"
        "[6/11/2024 12:05 PM] Shane Doyle: Good stuff\n")),
])

# p20 PO stating the sample quantity twice differently; release by an unnamed department
case("p20_po_qty_twice", ["RG005", "RG011"], "PO line says 50 sample vests, conditions say twenty (20); balance release by 'Service Achats', no named person", [
    ("PRD-24-0188.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER PRD-24-0188"),
        ("p", PROTECTO + " - 12 rue Francis de Pressensé, 69100 Villeurbanne - SIRET 812 345 678 00021"),
        ("p", "Fournisseur / Supplier: " + SAHEL + ", ZI Sidi Abdelhamid, 4061 Sousse, Tunisie    "
              "Date: 10/06/2024    Acheteuse: Camille Rousseau"),
        ("table", [
            ["Lig.", "Article", "Désignation / Description", "Qté", "U", "PU EUR", "Montant EUR"],
            ["10", "HV-20471-JA", "Gilet HV classe 2 jaune - échantillons / samples, EN ISO 20471", "50",
             "pce", "4,10", "205,00"],
            ["", "", "Total HT", "", "", "", "205,00"],
        ]),
        ("sp",),
        ("h", "Conditions"),
        ("p", "This order covers twenty (20) sample vests only, sizes M / L / XL, for our lab test and the "
              "customer wearing trial."),
        ("p", "The production balance (5.950 pcs according to offer DEV-24-052) is not released. It stays on "
              "hold until the sample sign-off by our quality department and a written production release "
              "from the Service Achats."),
        ("p", "Material: fabric and tape for the samples only."),
        ("p", "Livraison / delivery: DHL Express, DAP Villeurbanne, semaine 26."),
    ], title="PRD-24-0188", author="Camille Rousseau")),
])

# p21 PO (40 pairs) and supplier order confirmation (400 pairs) of the same order
case("p21_po_vs_confirmation", ["RG011"], "buyer PO authorizes 40 pairs samples with complete scope; supplier order confirmation of the same PO states 400 pairs", [
    ("AR-PO-7796.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", ALRIMAL + " - 2nd Industrial City, Dammam 34326, KSA"),
        ("p", "PO No.: AR-PO-7796    Date: 27/05/2024    Supplier: " + PROTECH + "    Quotation: SP-QT-24-0211"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "TC-200S", "Steel toecap 200 J / 15 kN, EN 12568, samples, sizes 39-46", "40 prs", "1.90",
             "76.00"],
        ]),
        ("sp",),
        ("p", "This PO is for forty (40) pairs samples only. The production balance of 5,960 pairs in your "
              "quotation is not released and stays on hold until Eng. Nasser Al-Qahtani signs off the samples "
              "and Mr. Faisal Al-Harbi, Purchasing Manager, gives a written release. Material for samples only."),
        ("p", "For " + ALRIMAL + ": Tariq Mansour, Procurement Officer"),
    ], title="AR-PO-7796", author="Al-Rimal Purchasing")),
    ("SO-SP-24-0412.txt", u(
        "SAIGON PROTECH CO., LTD - SALES ORDER CONFIRMATION (ERP PRINT)\n"
        "SO NO      : SO-SP-24-0412            DATE : 29/05/2024\n"
        "CUSTOMER   : AL-RIMAL INDUSTRIAL SUPPLIES CO. (DAMMAM, KSA)\n"
        "CUSTOMER PO: AR-PO-7796\n"
        "---------------------------------------------------------------\n"
        "ITEM      DESCRIPTION                    QTY       SCOPE    PRICE\n"
        "TC-200S   STEEL TOECAP 200J EN12568      400 PRS   SAMPLE   USD 1.90\n"
        "---------------------------------------------------------------\n"
        "QTY RELEASED TO WORKSHOP : 400 PRS\n"
        "READY DATE               : 14/06/2024\n"
        "PREPARED: THU HA        CHECKED: MINH DUC\n")),
])

# p22 cover mail (24 pairs) vs attached PO (36 pairs)
_p22po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", KEYSTONE + " - 1450 Hanover Avenue, Allentown, PA 18109, USA"),
    ("p", "PO: KGS-PO-24-0655    Date: 05/20/2024    Vendor: " + PROTECH + " (40233)    Buyer: Dana Whitcomb"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price USD", "Ext. USD"],
        ["10", "TC-200C-S", "Composite toecap TC-200C, samples, sizes 7-12 (6 pairs per size)", "36 prs",
         "3.20", "115.20"],
    ]),
    ("sp",),
    ("p", "Samples only. See cover mail for scope. Ship to Allentown QA lab, attn. Erin Shah."),
], pagesize=LETTER, title="KGS-PO-24-0655", author="Dana Whitcomb")
_p22 = ("Hi Thu Ha,\n\n"
        "Attached is PO KGS-PO-24-0655 for 24 pairs of TC-200C composite toecap samples (sizes 7-12, "
        "4 pairs per size).\n\n"
        "Production 11,976 pairs (your quote SP-QT-24-0233) is not released. It stays on hold until Erin "
        "Shah signs off the samples and Mike Kowalski releases it in writing. Please buy material for the "
        "samples only.\n\nThanks,\nDana" + SIG_DANA)
case("p22_mail_vs_attached_po", ["RG011"], "cover mail authorizes 24 pairs samples; the attached PO line says 36 pairs", [
    ("PO_KGS-PO-24-0655.eml", eml_bytes(mail(
        DANA, THUHA, "PO KGS-PO-24-0655 - TC-200C samples", "Mon, 20 May 2024 13:12:00 -0400", _p22,
        attachments=[("KGS-PO-24-0655.pdf", _p22po, PDF_MT)]))),
])

# p23 buyer portal: header released qty 50, line 500; release by purchasing department
case("p23_portal_50_vs_500", ["RG005", "RG011"], "portal header says released 50, the PO line says 500 samples; balance release by the purchasing department, nobody named", [
    ("Portail_PRD-24-0197.html", u(html_page("Portail fournisseurs Protécto - PRD-24-0197", (
        "<h2>Portail fournisseurs Prot&eacute;cto</h2>\n"
        "<h3>Commande / Order PRD-24-0197</h3>\n"
        "<table>\n<tr><th>Fournisseur / Supplier</th><td>" + escape(HENGAN) + "</td></tr>\n"
        "<tr><th>Date</th><td>12/06/2024</td></tr>\n"
        "<tr><th>Type</th><td>&Eacute;chantillons / Samples</td></tr>\n"
        "<tr><th>Quantit&eacute; lib&eacute;r&eacute;e / Released qty</th><td>50</td></tr>\n</table>\n"
        "<h3>Lignes / Lines</h3>\n"
        "<table>\n<tr><th>Ligne</th><th>Article</th><th>D&eacute;signation</th><th>Qt&eacute;</th><th>PU</th></tr>\n"
        "<tr><td>10</td><td>VX-166-FUM</td><td>&Eacute;cran facial / visor VX-166 smoke, EN 166 1 B 3 9 - "
        "samples</td><td>500 pcs</td><td>EUR 2,80</td></tr>\n</table>\n"
        "<div class=\"note\">Production balance (2 950 pcs, devis HA-Q-2406-019): not released, on hold until "
        "sample sign-off. Production release by the Purchasing department (Service Achats).</div>\n")))),
])

# p24 EDI 850: PO number and quantity in the note disagree with the segments
case("p24_edi850_number_mismatch", ["RG011"], "X12 850: BEG says PO KGS2400677 and PO1 24 EA, the note says PO KGS2400767 covers 12 EA", [
    ("EDI850_KGS2400677.txt", u(
        "KEYSTONE GUARDLINE SAFETY INC - OUTBOUND X12 850 (RAW + TRANSLATION)\n"
        "ISA*00*          *00*          *ZZ*KEYSTONEGS     *ZZ*SAFEGEARPK     *240611*1032*U*00401*000005211*0*P*>~\n"
        "GS*PO*KEYSTONEGS*SAFEGEARPK*20240611*1032*5211*X*004010~\n"
        "ST*850*0001~\n"
        "BEG*00*SA*KGS2400677**20240611~\n"
        "REF*VR*40188~\n"
        "PER*BD*DANA WHITCOMB*TE*6105550148~\n"
        "DTM*002*20240705~\n"
        "PO1*10*24*EA*5.80**VP*SH-362-K*BP*KGS-SH362-K~\n"
        "PID*F****SNAP HOOK FORGED 22KN ANSI Z359.12 3600LBF GATE SAMPLE~\n"
        "MSG*SAMPLES ONLY. PO KGS2400767 COVERS 12 EA SH-362-K SAMPLES.~\n"
        "MSG*BALANCE 4,988 EA NOT RELEASED - ON HOLD UNTIL SAMPLE SIGN-OFF BY E. SHAH~\n"
        "MSG*AND WRITTEN RELEASE BY M. KOWALSKI, VP OPERATIONS.~\n"
        "CTT*1*24~\n"
        "SE*12*0001~\n"
        "GE*1*5211~\n"
        "IEA*1*000005211~\n"
        "\n"
        "TRANSLATION\n"
        "  PO NUMBER   KGS2400677        DATE 2024-06-11     VENDOR 40188 SIALKOT SAFEGEAR\n"
        "  LINE 10     SH-362-K          QTY 24 EA           USD 5.80   DUE 2024-07-05\n"
        "  NOTE        SAMPLES ONLY. PO KGS2400767 COVERS 12 EA SH-362-K SAMPLES. BALANCE 4,988 EA NOT\n"
        "              RELEASED - ON HOLD UNTIL SAMPLE SIGN-OFF BY E. SHAH AND WRITTEN RELEASE BY\n"
        "              M. KOWALSKI, VP OPERATIONS.\n")),
])

# p25 PO (pilot 200) + minutes ("approved" technical and commercial) + mail ("go with 250")
_p25 = ("Hi Lily,\n\n"
        "Go with 250 for the pilot - the minutes are wrong, we'll fix the PO next week.\n\n"
        "Cheers,\nBec" + SIG_BEC + "\n"
        "> From: Lily Zhou <lily.zhou@hengan-ppe.cn>\n"
        "> Sent: Friday, 14 June 2024 6:02 PM\n"
        "> To: Bec Tully\n"
        "> Subject: ED-352-IB pilot quantity\n>\n"
        "> Dear Bec,\n"
        "> please confirm the pilot quantity. Minutes say 200 pcs but on the call\n"
        "> Mr. Wang understood 250 pcs?\n"
        "> Best regards, Lily\n")
case("p25_po_minutes_mail", ["RG009", "RG011"], "PO and minutes authorize a 200-pc pilot, the buyer's mail says go with 250; minutes use 'approved' for the sample test and for the SAP PO", [
    ("PO_4500021833.txt", u(
        "IRONBARK MINERALS SERVICES PTY LTD                       ABN 51 600 123 987\n"
        "PURCHASE ORDER                                           PO NO: 4500021833\n"
        "PO DATE: 13.06.2024    VENDOR: 200417  CHANGZHOU HENGAN PROTECTIVE PRODUCTS CO LTD\n"
        "CURRENCY: AUD   INCOTERM: CIF FREMANTLE\n"
        "-------------------------------------------------------------------------------\n"
        "ITEM  MATERIAL        DESCRIPTION                              QTY  UOM  PRICE    NET\n"
        "00010 IB-ED352-YEL    EARMUFF ED-352-IB YELLOW, PILOT LOT      200  EA   9.60  1,920.00\n"
        "                      AS/NZS 1270:2002 CLASS 5, SNR 30 DB\n"
        "-------------------------------------------------------------------------------\n"
        "NOTE: PILOT LOT 200 EA ONLY. BALANCE 3,800 EA (QUOTE HA-Q-2405-070) NOT RELEASED -\n"
        "      ON HOLD UNTIL LOT ACCEPTANCE OF THE PILOT AND WRITTEN RELEASE BY SHANE DOYLE,\n"
        "      SUPPLY SUPERINTENDENT. MATERIAL: PILOT QTY ONLY.\n"
        "BUYER: B. TULLY  +61 8 9021 5530\n")),
    ("Minutes_teleconf_14Jun.docx", docx_bytes([
        ("h1", "Teleconference minutes - ED-352-IB earmuff - 14/06/2024"),
        ("p", "Present: Bec Tully, Craig Mabbott (Ironbark); Lily Zhou, Wang Jun (Changzhou Hengan)."),
        ("h", "1. Samples"),
        ("p", "The 20 ED-352-IB samples are approved by Craig Mabbott: attenuation and clamping force OK, "
              "colour now on Pantone 116 C."),
        ("h", "2. Commercial"),
        ("p", "PO 4500021833 approved in SAP by Finance on 13/06."),
        ("h", "3. Pilot lot"),
        ("p", "Pilot lot 200 pcs as per PO. Balance stays on hold as per the PO note."),
        ("h", "4. Actions"),
        ("table", [
            ["Action", "Owner", "Due"],
            ["Pilot moulding and assembly", "Wang Jun", "28/06"],
            ["Pilot inspection plan", "Craig Mabbott", "28/06"],
        ]),
    ], author="Bec Tully")),
    ("RE_ED-352-IB_pilot_quantity.eml", eml_bytes(mail(
        BEC, LILY, "RE: ED-352-IB pilot quantity", "Fri, 14 Jun 2024 20:15:00 +0800", _p25,
        in_reply_to="<h175-lz0614@hengan-ppe.cn>"))),
])

# p26 "proceed with samples" - never says how many
_p26 = ("Dear Ms. Lily,\n\n"
        "Kindly proceed with samples of visor VX-166, clear and smoke colour.\n\n"
        "Bulk quantity is kept on hold until the samples are approved by Eng. Nasser Al-Qahtani and "
        "written release from Mr. Faisal Al-Harbi. Please buy material for samples only.\n\n"
        "Best regards," + SIG_TARIQ + "\n"
        "> On 02/06/2024 09:40, Lily Zhou wrote:\n"
        "> Dear Mr. Tariq,\n"
        "> for visor VX-166 samples please confirm the colour and how many pcs you need.\n"
        "> Best regards, Lily\n")
case("p26_proceed_samples_no_qty", ["RG010"], "buyer authorizes samples in clear and smoke but never states how many, although asked; hold, event and person present", [
    ("RE_VX-166_samples.eml", eml_bytes(mail(
        TARIQ, LILY, "RE: VX-166 samples", "Sun, 02 Jun 2024 14:05:00 +0300", _p26,
        in_reply_to="<h175-lz0602@hengan-ppe.cn>"))),
])

# p27 Teams: go ahead with T2 samples only, no count
case("p27_teams_t2_no_qty", ["RG010"], "buyer authorizes 'the T2 samples only' with hold, event and person, but no quantity anywhere", [
    ("Teams_export_RH-140_T2.txt", u(
        "Microsoft Teams - chat export - Keystone / Wuxi Clearbreath - \"RH-140\"\n"
        "Exported 6/4/2024 10:12 AM by Dana Whitcomb\n\n"
        "[6/3/2024 9:41 PM] Amy Chen (External): Hi Dana, T2 tool correction is done (valve seat + rib 0.3 mm). Can we make new samples?\n"
        "[6/4/2024 8:05 AM] Dana Whitcomb: Morning Amy - yes, go ahead with the T2 samples only.\n"
        "[6/4/2024 8:06 AM] Dana Whitcomb: Production stays on hold, not released until Erin signs off the T2 samples and Mike Kowalski sends the written release. Resin for samples only.\n"
        "[6/4/2024 8:20 AM] Amy Chen (External): OK Dana, we arrange T2 samples this week.\n")),
])

# p28 production approval form: approved three ways, proceed, no quantity
case("p28_approval_form_no_qty", ["RG002", "RG009", "RG010"], "form says production APPROVED, supplier may proceed, quantity left blank; 'approved' also used for sample evaluation and finance PO", [
    ("PAF-24-017.docx", docx_bytes([
        ("h1", "Al-Rimal Industrial Supplies Co. - Production Approval Form PAF-24-017"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", SAFEGEAR],
            ["Item", "SH-362-A forged snap hook, EN 362 class T, 22 kN"],
            ["PO", "AR-PO-7768 rev 1"],
            ["Date", "19/06/2024"],
        ]),
        ("h", "1. Sample evaluation"),
        ("p", "Approved. Static 22 kN 3/3 pass, gate 15 kN pass, marking OK (Eng. Nasser Al-Qahtani, technical)."),
        ("h", "2. Commercial"),
        ("p", "PO AR-PO-7768 rev 1 approved by Finance on 18/06/2024."),
        ("h", "3. Production"),
        ("p", "APPROVED - supplier may proceed."),
        ("p", "Quantity approved now: ____________"),
        ("p", "Any balance beyond this approval remains on hold until lot acceptance of the first shipment at "
              "Dammam warehouse; further release only in writing by Faisal Al-Harbi."),
        ("table", [
            ["Role", "Name", "Signature"],
            ["Technical Manager", "Eng. Nasser Al-Qahtani", "signed"],
            ["Purchasing Manager", "Faisal Al-Harbi", "signed"],
        ]),
    ], author="Faisal Al-Harbi")),
])

# p29 supplier proforma: production starts on receipt of the deposit
case("p29_proforma_deposit_start", ["RG012"], "supplier proforma says production of the 5.940 vests is launched on receipt of the deposit", [
    ("PF-24-0077.pdf", pdf([
        ("h1", "FACTURE PROFORMA / PROFORMA INVOICE PF-24-0077"),
        ("p", SAHEL + " - ZI Sidi Abdelhamid, 4061 Sousse, Tunisie - MF 1234567/A/M/000"),
        ("p", "Client: " + PROTECTO + ", 69100 Villeurbanne    Date: 05/06/2024    Réf.: notre offre DEV-24-031"),
        ("table", [
            ["Article", "Désignation", "Qté", "PU EUR", "Montant EUR"],
            ["HV-20471-JA", "Gilet HV classe 2 jaune, EN ISO 20471", "3.000", "3,35", "10.050,00"],
            ["HV-20471-OR", "Gilet HV classe 2 orange, EN ISO 20471", "2.940", "3,35", "9.849,00"],
            ["", "Total", "5.940", "", "19.899,00"],
            ["", "Acompte 30% / deposit 30%", "", "", "5.969,70"],
        ]),
        ("sp",),
        ("p", "Dès réception de l'acompte, nous lançons la production des 5.940 gilets. / Upon receipt of the "
              "deposit we launch the production of the 5,940 vests. Délai: 5 semaines après acompte."),
        ("p", "Banque: BIAT Sousse, RIB 08 105 0001234567890 12, SWIFT BIATTNTT."),
        ("p", "Amira Trabelsi, Responsable commerciale"),
    ], title="PF-24-0077", author="Sahel Protection")),
])

# p30 buyer: deposit paid so you can start; sample PO says nothing about the balance
_p30 = ("Bonjour Amira,\n\n"
        "The deposit for PO PRD-24-0190 is paid today (EUR 123,00), so you can start the 60 sample vests "
        "HV-20471 (3 sizes x 2 colours x 10) as per the sample line of your offer DEV-24-031.\n\n"
        "Delivery DHL to Villeurbanne, attn. Sophie Garnier, please.\n\n"
        "Merci et bonne journée," + SIG_CAMILLE)
case("p30_deposit_paid_start", ["RG003", "RG004", "RG005", "RG012"], "buyer presents the paid deposit as what lets the supplier start; the 60-sample authorization never mentions the offer's production balance, an event or a release person", [
    ("PRD-24-0190.eml", eml_bytes(mail(
        CAMILLE, AMIRA, "PO PRD-24-0190 - acompte payé / deposit paid", "Wed, 12 Jun 2024 10:40:00 +0200",
        _p30, html=text_html(_p30)))),
])

# p31 Oracle PO printout: sample line carries the production quantity, nothing about the balance
case("p31_oracle_po_quote_line", ["RG001", "RG003", "RG004", "RG005"], "sample PO line text carries the quote's 4,000 pcs production price with no statement that it is not released; no hold, event or person", [
    ("AR-PO-7824.txt", u(
        "AL-RIMAL INDUSTRIAL SUPPLIES CO.            ORACLE EBS  -  STANDARD PURCHASE ORDER\n"
        "PO NUMBER  : AR-PO-7824          REVISION : 0          DATE : 09-JUN-2024\n"
        "SUPPLIER   : CHANGZHOU HENGAN PROTECTIVE PRODUCTS CO., LTD   SITE : WUJIN\n"
        "SHIP TO    : AL-RIMAL CENTRAL WAREHOUSE, 2ND INDUSTRIAL CITY, DAMMAM 34326\n"
        "BUYER      : TARIQ MANSOUR         CURRENCY : USD        TERMS : T/T 30 DAYS\n"
        "--------------------------------------------------------------------------------\n"
        "LINE ITEM        DESCRIPTION                                 QTY  UOM  PRICE   AMOUNT\n"
        "1    ED-352-AR   EAR DEFENDER ED-352, EN 352-1 SNR 30 DB,     20  EA   7.50    150.00\n"
        "                 WHITE CUP, SASO MARKING - SAMPLES\n"
        "                 QUOTE HA-Q-2405-061: 20 PCS SAMPLE USD 7.50 /\n"
        "                 4,000 PCS PRODUCTION USD 2.60, DELIVERY 60 DAYS\n"
        "--------------------------------------------------------------------------------\n"
        "NOTE TO SUPPLIER:\n"
        "SEND SAMPLES BY DHL ATTN ENG. NASSER AL-QAHTANI. INCLUDE SNR TEST REPORT (EN 352-1)\n"
        "AND ISO 9001:2015 CERTIFICATE COPY.\n"
        "--------------------------------------------------------------------------------\n"
        "PRINTED 09-JUN-2024 10:44\n")),
])

# p32 sample PO mail with a spec attachment that states a production lot size; release authority named only
_p32spec = docx_bytes([
    ("h1", "Technical specification TS-RH140-FR rev B"),
    ("p", "Half-mask housing RH-140-FR for Protécto private label. Customer: " + PROTECTO + "."),
    ("table", [
        ["Characteristic", "Requirement"],
        ["Standard", "EN 140:1998, filter thread Rd 40x1/7\" to EN 148-1"],
        ["Material", "PP body, TPE face seal Shore A 40 +/- 5, colour RAL 7035"],
        ["Marking", "Protécto logo, size, date clock, EN 140"],
        ["Production lot size", "5 000 pcs per order, 2 deliveries"],
        ["Packaging", "single polybag, 50 per carton"],
    ]),
    ("p", "Inspection: AQL 1.0 on thread and valve seat, AQL 2.5 cosmetic."),
], author="Sophie Garnier")
_p32 = ("Hello Amy,\n\n"
        "Please find our PO PRD-24-0203 for 15 pcs RH-140-FR half-mask housing samples (EUR 18,00/pc) and "
        "our technical specification TS-RH140-FR rev B in attachment.\n\n"
        "Julien Marchetti is the release authority on this project.\n\n"
        "Merci, bonne journée," + SIG_CAMILLE)
case("p32_mail_spec_lot_size", ["RG001", "RG003", "RG004"], "15-sample PO mail attaches a specification with a 5 000 pcs production lot size, unmarked; release authority named but no hold or event", [
    ("PO_PRD-24-0203.eml", eml_bytes(mail(
        CAMILLE, AMY, "PO PRD-24-0203 - RH-140-FR samples + spec", "Thu, 13 Jun 2024 15:30:00 +0200", _p32,
        attachments=[("TS-RH140-FR_revB.docx", _p32spec, DOCX_MT)]))),
])

# p33 portal PO: balance on hold until further notice, release authority named, no event
case("p33_portal_hold_no_event", ["RG004"], "portal PO: 24 samples, balance 4,976 on hold until further notice with named release authority; no unlock event", [
    ("SupplierLink_KGS-PO-24-0671.html", u(html_page("Keystone SupplierLink - PO KGS-PO-24-0671", (
        "<h2>Keystone SupplierLink</h2>\n<h3>Purchase Order KGS-PO-24-0671 &middot; rev 0</h3>\n"
        "<p>Supplier: " + escape(HENGAN) + " &middot; Buyer: Dana Whitcomb &middot; Created 06/03/2024</p>\n"
        "<table>\n<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Price</th></tr>\n"
        "<tr><td>10</td><td>VX-166-K</td><td>Faceshield visor, PC 1.0 mm, ANSI Z87.1+ D3, samples</td>"
        "<td>24</td><td>USD 4.10</td></tr>\n</table>\n"
        "<div class=\"note\"><b>Scope.</b> Production quantity 4,976 pcs (quote HA-Q-2405-088) is NOT released. "
        "Balance on hold until further notice.<br>Production release authority: Mike Kowalski, VP Operations."
        "<br>Material: samples only.</div>\n")))),
])

# p34 DOCX cover letter: release by "the procurement team"
case("p34_letter_team_releases", ["RG005"], "sample PO letter: 30 samples, balance 2,970 on hold until HSE sign-off, release by the procurement team; no named person", [
    ("Letter_PO_4500021840.docx", docx_bytes([
        ("p", "Ironbark Minerals Services Pty Ltd - 14 Hannan Street, Kalgoorlie WA 6430"),
        ("p", "12 June 2024"),
        ("p", SAFEGEAR + ", Sialkot, Pakistan - Attn: Mr Muhammad Usman, Export Manager"),
        ("h", "PO 4500021840 - D-ring DR-362-IB samples"),
        ("p", "Dear Usman,"),
        ("p", "Please find our PO 4500021840 for thirty (30) forged D-rings DR-362-IB (AS/NZS 1891.1, 22 kN, "
              "45 mm) as samples. These will be fitted to harnesses by our Perth assembler for the drop tests."),
        ("p", "The balance of 2,970 pcs in your quote SSI-Q-24-0533 is not released. It stays on hold until "
              "the sample sign-off by our HSE department. The release will then come from the Ironbark "
              "procurement team."),
        ("p", "Material: please buy bar for the 30 samples only."),
        ("p", "Kind regards,"),
        ("p", "Bec Tully, Procurement Officer, Ironbark Minerals Services"),
    ], author="Bec Tully")),
])

# p35 portal message: held until "internal approval in our company", nobody named
case("p35_portal_internal_approval", ["RG005"], "portal message: 20 pairs samples, balance 1,180 not released until internal approval in our company; no named release person", [
    ("SupplierNet_msg_AR-PO-7830.html", u(html_page("AR SupplierNet - messages", (
        "<h2>AR SupplierNet &ndash; Messages</h2>\n"
        "<p>Order AR-PO-7830 &middot; Supplier: " + escape(PROTECH) + "</p>\n"
        "<table>\n<tr><th>Date</th><th>From</th><th>Message</th></tr>\n"
        "<tr><td>11/06/2024 09:30</td><td>Al-Rimal Purchasing Dept.</td><td>Dear Supplier, PO AR-PO-7830 is "
        "issued for 20 pairs TC-200S samples with the new black epoxy coating. Balance 1,180 pairs is not "
        "released, it is held until internal approval in our company. Material for samples only.</td></tr>\n"
        "<tr><td>11/06/2024 14:02</td><td>Nguyen Thi Thu Ha (Saigon Protech)</td><td>Dear Sir, well noted, "
        "we make 20 pairs samples, ready 25/06.</td></tr>\n</table>\n")))),
])

# p36 PDF PO: "Balance of 2,985 on hold." and nothing else
case("p36_po_balance_on_hold_only", ["RG004", "RG005"], "sample PO says only 'balance on hold': no unlock event and no named release person", [
    ("PO_4500021826.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500021826"),
        ("p", IRONBARK + " - ABN 51 600 123 987 - 14 Hannan Street, Kalgoorlie WA 6430, Australia"),
        ("p", "Vendor: " + CLEARBREATH + " (200433)    PO date: 07.06.2024    Currency: AUD    "
              "Incoterm: CIF Fremantle"),
        ("table", [
            ["Item", "Material", "Description", "Qty", "UoM", "Price", "Net"],
            ["00010", "IB-RH140-GRY", "Half-mask housing RH-140-IB, AS/NZS 1716:2012, Rd 40x1/7\" thread, "
                                      "samples", "15", "EA", "21.00", "315.00"],
        ]),
        ("sp",),
        ("p", "Quote WCB-Q-240520: 3,000 pcs. Balance of 2,985 on hold."),
        ("p", "Samples to Kalgoorlie HSE office, attn. Craig Mabbott, with the EN 140 / AS/NZS 1716 test "
              "report."),
        ("p", "Bec Tully, Procurement Officer"),
    ], title="PO 4500021826", author="Bec Tully")),
])

# p37 two-level quoted thread, text attachment: "approval" for technical and production; release "from our side"
_p37att = ("LAB REPORT LR-24-117 - SUMMARY\n"
           "Article: HV-20471 class 2, yellow / orange - 60 samples, Sahel Protection\n"
           "Chromaticity (EN ISO 20471 5.1): conform\n"
           "Retro-reflection, new / after 5 washes 60 C: 412 / 365 cd/(lx.m2) - conform (min 330)\n"
           "Dimensional stability: -1.8 % / -1.2 % - conform (max 3 %)\n"
           "Result: conform. Signed S. Garnier, Qualité.\n")
_p37 = ("Bonjour Amira,\n\n"
        "Good news: the 60 samples are approved by our quality (technical approval, lab report LR-24-117 "
        "summary attached).\n\n"
        "Production approval: the first lot of 1.200 vests is approved for production, please start these "
        "1.200. The rest (4.740) stays on hold until lot acceptance of the 1.200 at our warehouse; the final "
        "approval for the balance will come from our side.\n\n"
        "Cordialement," + SIG_CAMILLE + "\n"
        "> Le 17/06/2024 à 09:12, Amira Trabelsi a écrit :\n"
        "> Bonjour Madame,\n"
        "> please confirm approval for production? We are ready, fabric supplier\n"
        "> waits our confirmation.\n"
        "> Cordialement, Amira\n>\n"
        ">> Le 10/06/2024 à 16:40, Camille Rousseau a écrit :\n"
        ">> Bonjour Amira, we come back to you after the lab test of the 60 samples.\n"
        ">> Camille\n")
case("p37_thread_approval_our_side", ["RG005", "RG009"], "'approved/approval' used for the technical sample result and for the 1.200 production release; balance release will come 'from our side', nobody named", [
    ("RE_HV-20471_production.eml", eml_bytes(mail(
        CAMILLE, AMIRA, "RE: RE: HV-20471 - production", "Mon, 17 Jun 2024 14:22:00 +0200", _p37,
        in_reply_to="<h175-at0617@sahelprotection.tn>",
        attachments=[("LR-24-117_summary.txt", _p37att, TXT_MT)]))),
])

# p38 WhatsApp: "pls go ahead with samples" - no count, nothing about the bulk
case("p38_wa_samples_nothing_else", ["RG003", "RG004", "RG005", "RG010"], "buyer says go ahead with samples of the D-ring after a sample+bulk quotation: no quantity, no hold, no event, no release person", [
    ("WhatsApp_Chat_Usman.txt", u(
        "03/06/2024, 10:02 - Muhammad Usman: Assalam o Alaikum Tariq bhai. Quotation for D-ring DR-362-B sent on email, sample and bulk price both.\n"
        "03/06/2024, 10:40 - Tariq Mansour: Walaikum salam. Received brother, thanks.\n"
        "04/06/2024, 09:15 - Tariq Mansour: Brother pls go ahead with samples of D-ring, urgent. Our customer in Jubail is waiting.\n"
        "04/06/2024, 09:17 - Muhammad Usman: Ok sir InshaAllah, will start today.\n")),
])

# p39 forwarded bank confirmation (rfc822): PO acceptance + advance = go ahead with production
_p39fw = mail("Al-Rimal Accounts <accounts@alrimal-ind.com.sa>", FAISAL,
              "Transfer executed - Sialkot Safegear - AR-PO-7755", "Tue, 11 Jun 2024 11:02:00 +0300",
              "Dear Mr. Faisal,\n\nThe transfer below is executed today.\n\n"
              "Beneficiary: Sialkot Safegear Industries (Pvt.) Ltd\n"
              "Amount: USD 1,926.00 (advance 30%, PO AR-PO-7755)\n"
              "Value date: 11/06/2024   Ref: TT-24-06-0871\n\n"
              "Regards,\nAccounts Department\n")
_p39 = ("Dear Mr. Usman,\n\nAssalamu alaikum.\n\n"
        "We received your acceptance of our PO AR-PO-7755 and the advance is transferred today, please see "
        "the bank confirmation forwarded below.\n\n"
        "So please go ahead with the production.\n\nBest regards," + SIG_FAISAL)
case("p39_fwd_advance_go", ["RG002", "RG010", "RG012"], "buyer treats PO acceptance and the transferred advance as the trigger to 'go ahead with the production', with no quantity", [
    ("FW_AR-PO-7755.eml", eml_bytes(mail(
        FAISAL, USMAN, "FW: Transfer executed - Sialkot Safegear - AR-PO-7755", "Tue, 11 Jun 2024 12:15:00 +0300",
        _p39, attachments=[("rfc822", _p39fw)]))),
])

# p40 supplier letter: deposit received so bulk started; forecast taken as firm; material for 10,000
case("p40_supplier_letter_deposit", ["RG006", "RG008", "RG012"], "supplier starts bulk because the deposit arrived, treats the FY25 forecast as a firm order and buys material for 10,000 while 30 samples are released", [
    ("DRA_production_confirmation.pdf", pdf([
        ("h1", "PRODUCTION CONFIRMATION"),
        ("p", REFLECT + " - Plot 14, Kashimpur Road, Konabari, Gazipur 1751, Bangladesh"),
        ("p", "Date: 24/05/2024    To: " + IRONBARK + ", Attn. Madam Bec Tully"),
        ("p", "Dear Madam,"),
        ("p", "With thanks we have received your deposit USD 5,373.00 on 22/05/2024. As the deposit is paid, "
              "we have started cutting of the bulk 5,970 pcs HV-4602 from 23/05/2024."),
        ("p", "As per your forecast of 10,000 pcs for FY25, which we consider as your firm order, we have "
              "purchased the fabric and reflective tape for 10,000 pcs to keep one dye lot."),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Released by PO 4500021790", "30 pcs (sample)", "Samples shipped 18/05"],
            ["Bulk HV-4602", "5,970 pcs", "Cutting started 23/05"],
            ["Fabric orange 120 gsm", "for 10,000 pcs (13,000 m)", "Purchased, in-house"],
            ["Reflective tape 50 mm", "for 10,000 pcs (26,000 m)", "Purchased, in-house"],
        ]),
        ("p", "Ex-factory of bulk: 20/06/2024. Thanking you and assuring our best services always."),
        ("p", "Md. Rafiqul Islam, Senior Merchandiser"),
    ], title="Production confirmation", author="Dhaka Reflect")),
])

# p41 sample disposition record that says the approval also releases production
case("p41_sdr_approval_releases", ["RG007", "RG009"], "sample disposition says the sample approval also releases the 4,980 production pcs, with no prior auto-conversion record; 'approval' covers technical and production", [
    ("SDR-24-040.docx", docx_bytes([
        ("h1", "Sample Disposition Record SDR-24-040"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "HS-300 helmet shell, white, DRG KGS-DRG-3001 Rev 13"],
            ["Supplier", HENGAN],
            ["PO", "KGS-PO-24-0611 rev 2 (line 10: 20 T1 samples)"],
            ["Quoted production", "4,980 pcs (tier A)"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Test", "Requirement", "Result"],
            ["Impact, ANSI Z89.1 Type I", "< 4,450 N transmitted", "3,120-3,610 N, pass 8/8"],
            ["Penetration", "no contact", "pass 8/8"],
            ["Dielectric Class E", "20,000 V, 3 min, leakage < 9 mA", "pass 4/4"],
            ["Dimensions", "DRG Rev 13", "pass"],
        ]),
        ("h", "Disposition: APPROVED"),
        ("p", "The T1 samples are approved. This approval also releases production: the supplier is to proceed "
              "with the 4,980 pcs on PO KGS-PO-24-0611 when this record is received."),
        ("table", [
            ["Role", "Name", "Date"],
            ["Quality Engineer", "Erin Shah", "2024-06-20"],
        ]),
    ], author="Erin Shah")),
])

# p42 supplier portal PO: unmarked production quantity and a forecast called confirmed/firm
case("p42_portal_forecast_confirmed", ["RG001", "RG003", "RG004", "RG008"], "portal PO for 24 samples shows quoted production 5,000 with delivery months, unmarked, and an FY25 forecast of 20,000 called confirmed and firm; release authority named only", [
    ("IMS_portal_PO_4500021850.html", u(html_page("Ironbark Supplier Portal - PO 4500021850", (
        "<h2>Ironbark Minerals Services &ndash; Supplier Portal</h2>\n"
        "<h3>PO 4500021850 &middot; " + escape(SAFEGEAR) + "</h3>\n"
        "<table>\n<tr><th>Item</th><th>Material</th><th>Description</th><th>Qty</th><th>Price AUD</th></tr>\n"
        "<tr><td>00010</td><td>IB-DR362</td><td>Forged D-ring DR-362-IB, AS/NZS 1891.1, 22 kN, samples</td>"
        "<td>24 EA</td><td>4.50</td></tr>\n</table>\n"
        "<h3>Programme</h3>\n"
        "<table>\n<tr><th>Quoted production</th><td>5,000 EA @ AUD 1.95, delivery Sep-Dec 2024</td></tr>\n"
        "<tr><th>FY25 forecast</th><td>20,000 EA &ndash; confirmed, Sialkot Safegear to treat as firm order</td></tr>\n"
        "<tr><th>Release authority</th><td>Shane Doyle, Supply Superintendent</td></tr>\n</table>\n"
        "<p>Samples to Perth harness assembler (Unit 4, 27 Kewdale Rd, Welshpool WA 6106) for drop testing.</p>\n")))),
])

# p43 buyer portal messages: "Green light from our side!" with no quantity anywhere
case("p43_portal_green_light", ["RG002", "RG010"], "portal thread: buyer answers 'Green light from our side!' to 'Can we go?'; the sample order never states a quantity", [
    ("Portail_PRD-24-0199_messages.html", u(html_page("Portail fournisseurs Protécto - PRD-24-0199", (
        "<h2>Portail fournisseurs Prot&eacute;cto</h2>\n"
        "<h3>Commande PRD-24-0199 &middot; " + escape(SAHEL) + "</h3>\n"
        "<table>\n<tr><th>Type</th><td>&Eacute;chantillons / sample order, gilets HV-20471 classe 2 orange</td></tr>\n"
        "<tr><th>Production</th><td>Not released; on hold until sample sign-off (Sophie Garnier) and written "
        "release by Julien Marchetti.</td></tr>\n</table>\n"
        "<h3>Messages</h3>\n"
        "<table>\n<tr><th>Date</th><th>De / From</th><th>Message</th></tr>\n"
        "<tr><td>19/06/2024 11:05</td><td>Amira Trabelsi (Sahel)</td><td>Madame, the vests are ready, photos "
        "uploaded in Documents. Can we go?</td></tr>\n"
        "<tr><td>19/06/2024 15:48</td><td>Camille Rousseau (Prot&eacute;cto)</td><td>Photos look great! Green "
        "light from our side &#128077;</td></tr>\n</table>\n")))),
])

# p44 cover mail + PO + quote: mail and PO disagree on PO number and quantity
_p44 = ("Dear Ms. Lily,\n\n"
        "Our PO AR-PO-7821 for 20 pcs helmet samples HS-300-AR (EN 397, white, Al-Rimal logo pad print) "
        "follows from our Oracle system. Your quotation HA-Q-2405-077 is noted.\n\n"
        "The bulk 2,980 pcs is not released and stays on hold until Eng. Nasser Al-Qahtani sign off the "
        "samples and Mr. Faisal Al-Harbi gives written release. Material for samples only please.\n\n"
        "Best regards," + SIG_TARIQ)
case("p44_cover_po_quote", ["RG011"], "cover mail says PO AR-PO-7821 for 20 samples, the PO document is AR-PO-7812 for 25 samples; the quote's 3,000 is covered by the hold in the mail", [
    ("Mail_HS-300-AR_samples.eml", eml_bytes(mail(
        TARIQ, LILY, "PO AR-PO-7821 - HS-300-AR helmet samples", "Sun, 16 Jun 2024 10:10:00 +0300", _p44,
        cc=FAISAL))),
    ("AR-PO-7812.pdf", pdf([
        ("h1", "PURCHASE ORDER"),
        ("p", ALRIMAL + " - 2nd Industrial City, Dammam 34326, KSA"),
        ("p", "PO No.: AR-PO-7812    Date: 16/06/2024    Supplier: " + HENGAN + "    Quotation: HA-Q-2405-077"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "HS-300-AR", "Safety helmet EN 397, white, Al-Rimal pad print, samples", "25 pcs", "9.80",
             "245.00"],
        ]),
        ("sp",),
        ("p", "Samples only. DHL to Dammam warehouse, attn. Eng. Nasser Al-Qahtani."),
        ("p", "For " + ALRIMAL + ": Tariq Mansour, Procurement Officer"),
    ], title="AR-PO-7812", author="Al-Rimal Purchasing")),
    ("HA-Q-2405-077.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", HENGAN + " | Wujin District, Changzhou, Jiangsu"),
        ("p", "Quotation No.: HA-Q-2405-077    Date: 2024-05-28    To: " + ALRIMAL + ", Mr. Tariq Mansour"),
        ("table", [
            ["Stage", "Qty", "Unit price USD", "Lead time"],
            ["Samples", "20 pcs", "9.80", "12 days"],
            ["Production", "3,000 pcs", "3.55", "35 days after written release"],
        ]),
        ("p", "EN 397:2012+A1:2012, -30 °C option, 440 V a.c. Quotation only, not order confirmation."),
        ("p", "Lily Zhou, Sales Manager"),
    ], title="HA-Q-2405-077", author="Lily Zhou")),
])

# p45 supplier production plan: bulk starts automatically on approval, bar bought for 2,400
case("p45_plan_auto_start", ["RG006", "RG007"], "supplier plan says forging of the 2,376 balance starts automatically on sample approval and shows bar received for 2,400 pcs while 24 are released", [
    ("SSI_production_plan_DR-362.pdf", pdf([
        ("h1", "PRODUCTION PLAN - DR-362 - Keystone Guardline Safety"),
        ("p", SAFEGEAR + " - Forge 2 - prepared by Imran Qureshi, Production Manager - 02/06/2024"),
        ("table", [
            ["Step", "Qty", "Plan date", "Status"],
            ["Samples DR-362 (PO KGS-PO-24-0702)", "24 pcs", "28/05", "Shipped DHL 28/05"],
            ["Customer sample sign-off", "-", "10/06 (expected)", "Waiting"],
            ["Bulk forging DR-362", "2,376 pcs", "11/06", "Starts automatically on sample approval"],
            ["Zinc plating + proof load 16 kN", "2,376 pcs", "18/06-24/06", "Planned"],
            ["Ex-factory", "2,376 pcs", "28/06", "Planned"],
        ]),
        ("sp",),
        ("h", "Material"),
        ("table", [
            ["Material", "For qty", "Status"],
            ["42CrMo4 bar dia 20 mm, 820 kg", "2,400 pcs", "Received 01/06"],
            ["Zinc plating chemicals", "2,400 pcs", "In stock"],
        ]),
        ("p", "Released by customer to date: 24 pcs (samples)."),
    ], title="Production plan DR-362", author="Imran Qureshi")),
])


# ===================================================================== BUILD
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(175175).shuffle(order)
    labels = {}
    for pos, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h175_{pos:02d}_{stem}"
        c["out"] = folder
        d = OUT / folder
        d.mkdir()
        names = set()
        for fn, data in c["files"]:
            assert fn not in names, (c["name"], fn)
            names.add(fn)
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")

    # self-check of the corpus shape
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)) == 70, len(names)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25 and all(c["name"].startswith("c") for c in clean)
    per_rule = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            per_rule[r] += 1
    assert all(v >= 6 for v in per_rule.values()), per_rule
    multi = sum(1 for c in CASES if len(c["expect"]) >= 2)
    fmt = {}
    for c in CASES:
        for fn, _ in c["files"]:
            ext = fn.rsplit(".", 1)[-1].lower()
            fmt[ext] = fmt.get(ext, 0) + 1
    print(f"cases {len(CASES)}  clean {len(clean)}  multi-rule {multi}")
    print("per rule", per_rule)
    print("formats", fmt)


if __name__ == "__main__":
    main()
