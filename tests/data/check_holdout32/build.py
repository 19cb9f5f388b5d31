#!/usr/bin/env python3
"""Generator for the releasegate check_holdout32 corpus (independent, held-out).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout32/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffled with a fixed seed).
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
_FOLD = {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D"}


def _pdf_safe(s):
    """The standard PDF fonts only cover cp1252: fold other letters (ł, ę, ş, ı ...) to ASCII,
    as many ERP systems do when they print PDFs."""
    import unicodedata
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            ch = _FOLD.get(ch, ch)
            ch = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(ch)
    return "".join(out)


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
            flow.append(Paragraph(escape(_pdf_safe(b[1])), ss["Heading2"]))
        elif kind == "h1":
            flow.append(Paragraph(escape(_pdf_safe(b[1])), ss["Title"]))
        elif kind == "p":
            flow.append(Paragraph(escape(_pdf_safe(b[1])), ss["BodyText"]))
        elif kind == "pre":
            flow.append(Preformatted(_pdf_safe(b[1]), ss["Code"]))
        elif kind == "sp":
            flow.append(Spacer(1, 10))
        elif kind == "table":
            rows = [[Paragraph(escape(_pdf_safe(c)), ss["BodyText"]) for c in r] for r in b[1]]
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
    m["Message-ID"] = msgid or f"<h32-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h32")
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


# ------------------------------------------------------------ small helpers
from email.utils import format_datetime  # noqa: E402


def d(s, tz="+0000"):
    """'2024-06-03 09:14' + '+0200' -> RFC 2822 date string (deterministic)."""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=_dt.timezone(off))
    return format_datetime(t)


def q(text, level=1):
    """Quote text for a reply thread ('> ' per level)."""
    pre = ">" * level + " "
    return "\n".join((pre + ln).rstrip() if ln.strip() else ">" * level for ln in text.strip("\n").split("\n"))


def para_html(text):
    """Plain text -> simple HTML paragraphs (for multipart/alternative bodies)."""
    parts = [p.strip() for p in text.strip().split("\n\n")]
    out = []
    for p in parts:
        out.append("<p>" + "<br>\n".join(escape(x) for x in p.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:14px\">\n" + "\n".join(out) + "\n</body></html>\n"


def table_html(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    h = "".join(f"<th>{escape(str(x))}</th>" for x in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(x))}</td>" for x in r) + "</tr>\n" for r in rows[1:])
    return f"<table{c}>\n<tr>{h}</tr>\n{body}</table>\n"


SIG_MIN = "\n-- \n{name}\n{title}\n{company}\n{phone}\n"


def sig2(name, title, company, phone):
    """Signature without a disclaimer."""
    return SIG_MIN.format(name=name, title=title, company=company, phone=phone)


# =================================================================== CLEAN
# ---------------------------------------------------------------- c01
# Supplier quote with sample and mass-production tiers; no authorizing document at all.
case("c01_quote_tiers_brake_pads", [],
     "supplier quotation with a 20-set sample tier and a 5,000-set indicative production tier; a quote authorizes nothing",
     [("Quotation_HY-Q24-0318.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Ningbo Haoyu Auto Parts Co., Ltd. | No. 88 Xingning Road, Yinzhou District, Ningbo 315040, "
               "Zhejiang, China | Tel +86 574 8821 0000 | sales@haoyu-autoparts.cn"),
         ("sp",),
         ("table", [
             ["Quotation No.", "HY-Q24-0318", "Date", "18 March 2024"],
             ["To", "Keystone Fleet Parts Inc., Harrisburg PA, USA", "Attn", "Greg Malloy, Purchasing"],
             ["Validity", "60 days", "Currency", "USD"],
         ]),
         ("sp",),
         ("table", [
             ["Item", "Part no.", "Description", "Stage", "Qty", "Unit price", "Amount"],
             ["1", "HY-D1210 (OE ref 45022-S9A)", "Front disc brake pad set, semi-metallic, with shims and clips",
              "Sample lot", "20 sets", "9.80", "196.00"],
             ["2", "HY-D1210", "As item 1, Keystone private-label colour box",
              "Mass production (indicative)", "5,000 sets", "3.45", "17,250.00"],
         ]),
         ("sp",),
         ("p", "Tooling: backing plate blanking die USD 1,800.00, amortised and refunded after 20,000 sets cumulative."),
         ("p", "Testing: SAE J2522 (AK Master) dyno report and ECE R90 certificate available on request. "
               "Shear strength per ISO 6312 tested on every lot."),
         ("p", "Lead time: samples 15 days after sample order; mass production 35-40 days after your written "
               "production order."),
         ("p", "Payment: samples 100% T/T in advance. Mass production 30% T/T deposit, 70% against copy of B/L."),
         ("p", "Delivery: FOB Ningbo. Packing: 10 sets per carton, 60 cartons per pallet."),
         ("p", "This quotation is an offer only and is not an order confirmation."),
         ("sp",),
         ("p", "Best regards,  Jessica Wang, Export Sales Manager"),
     ], title="Quotation HY-Q24-0318", author="Jessica Wang"))])

# ---------------------------------------------------------------- c02
# Supplier asks whether it has a go-ahead: a question, not an approval.
case("c02_supplier_question_panels", [],
     "supplier asks in writing whether the 4,800 balance is released before cutting frames; no authorization in the bundle",
     [("RE_PO_PEN-30417.eml", eml_bytes(mail(
         "Vivian Luo <vivian.luo@gy-lighting.cn>", "Ian Whitcombe <ian.whitcombe@pennine-elec.co.uk>",
         "RE: PO PEN-30417 panel lights 600x600 - question before we plan the line",
         d("2024-05-21 16:42", "+0800"),
         "Dear Ian,\n\n"
         "Good day!\n\n"
         "The 200 pcs sample panels (40W, 4000K, UGR<19, 600x600 flat, 120lm/W) are finished and passed our "
         "4-hour aging test. We will ship by DHL tomorrow and send you the AWB.\n\n"
         "Our production manager Mr. Zhou asks me to check one thing with you before he plans the line next "
         "week: do we have your go-ahead for the remaining 4,800 pcs, or is your PO only for the 200 pcs? "
         "We do not want to cut the aluminium frames or order the LGP sheets before you confirm in writing.\n\n"
         "Also, please confirm the carton shipping mark. Last time you asked for the PEN logo on two sides "
         "only.\n\n"
         "Thank you and have a nice day!\n\n"
         "Vivian Luo\nSales Manager (UK & Ireland)\nZhongshan Guangyao Lighting Co., Ltd.\n"
         "Guzhen Town, Zhongshan, Guangdong | WeChat / WhatsApp +86 138 0000 2231\n"))),
      ])

# ---------------------------------------------------------------- c03
case("c03_forecast_printout_filters", [],
     "rolling forecast clearly labelled as not an order, no production or material authority",
     [("HMF_rolling_forecast_Jul-Dec24.txt",
       "HARROW MOTOR FACTORS LTD                ROLLING FORECAST                  Page 1 of 1\n"
       "Unit 7, Brember Road, Harrow HA2 8AS                          Run date: 03/06/2024 07:12\n"
       "Supplier : BURSA FILTRE SAN. VE TIC. A.S.  (V0417)\n"
       "Currency : GBP        Horizon: Jul-24 .. Dec-24        Report: PUR-FC-06\n"
       "\n"
       "*** FORECAST ONLY - THIS IS NOT A PURCHASE ORDER                                    ***\n"
       "*** This document gives no production authority and no material authority.          ***\n"
       "*** Quantities become firm only by a numbered call-off signed by the Buying Manager. ***\n"
       "\n"
       "Part No        Description                    Jul    Aug    Sep    Oct    Nov    Dec\n"
       "-------------- ---------------------------- ------ ------ ------ ------ ------ ------\n"
       "HMF-OF1124     Oil filter spin-on M20x1.5     2400   2400   3000   3000   2600   2200\n"
       "HMF-AF3310     Air filter panel 245x180       1200   1100   1300   1500   1500   1000\n"
       "HMF-CF0875     Cabin filter activated carbon   800    900    900   1100   1200   1200\n"
       "HMF-FF0440     Fuel filter in-line 8mm         600    600    650    650    700    700\n"
       "-------------- ---------------------------- ------ ------ ------ ------ ------ ------\n"
       "\n"
       "Notes:\n"
       " 1. Figures are planning estimates in pieces and may move by +/-30% without notice.\n"
       " 2. Use this forecast for capacity planning only. Do not buy filter media, cans or\n"
       "    base plates against it.\n"
       " 3. Carton labels per HMF packaging spec PK-07 rev 4.\n"
       "\n"
       "Contact: Sarah Okafor, Buying Manager, 020 8422 6610, s.okafor@harrowmf.co.uk\n")])

# ---------------------------------------------------------------- c04
_c04 = (
    "Dear Rajesh,\n\n"
    "Thank you for the 6 sample hose assemblies under PO HF/2024/0611 (2SN DN12, 1/2\" BSP female swivel x "
    "JIC 3/4-16, length 850 mm).\n\n"
    "Results from our side:\n"
    "- burst test at 4 x WP on 2 pcs: passed (both destroyed as planned)\n"
    "- crimp diameter on all 6: within your tolerance 24.6 +/- 0.1 mm\n"
    "- fit check on the customer's excavator boom (Lublin site, 14 June): OK\n\n"
    "Our disposition is a sample sign-off for fit check only. It does not release any production.\n\n"
    "What is authorized under PO HF/2024/0611 is the 6 samples and nothing more. The balance of 1,494 pcs "
    "quoted in your offer PH-2291 remains on hold and is not released. It can be unlocked only after our "
    "internal PPAP review (your EN 853 type test report is still missing) and then a written production "
    "release signed by me. Please do not order hose or fittings for the balance before that document "
    "arrives.\n\n"
    "Could you send the EN 853 report by the end of next week?\n\n"
    "Pozdrawiam / Best regards,\n"
    "Marta Nowak\nPurchasing & Release\nHydro-Flex Polska Sp. z o.o.\nul. Przemysłowa 12, 20-479 Lublin\n"
    "tel. +48 81 000 44 12\n")
case("c04_fit_check_hoses", [],
     "sample sign-off scoped to fit check, 6 samples only, balance 1,494 on hold until PPAP review and written release by Marta Nowak",
     [("PO_HF-2024-0611_sample_result.eml", eml_bytes(mail(
         "Marta Nowak <m.nowak@hydroflex.pl>", "Rajesh Kulkarni <rajesh.k@punehydraulics.in>",
         "PO HF/2024/0611 - sample hoses: fit check result",
         d("2024-06-17 11:05", "+0200"), _c04, html=para_html(_c04))))])

# ---------------------------------------------------------------- c05
case("c05_full_qty_po_fasteners", [],
     "full-quantity PO for fasteners, 'proceed with the quantities on this PO', no balance; ISO/thread ids look like numbers",
     [("PO_LIS-PO-240522.pdf", pdf([
         ("h1", "PURCHASE ORDER LIS-PO-240522"),
         ("p", "Lakeshore Industrial Supply, LLC | 4100 W. Grand River Ave, Lansing, MI 48906, USA | "
               "purchasing@lakeshore-ind.com | (517) 555-0164"),
         ("table", [
             ["Vendor", "Tainan Precision Fastener Co., Ltd., No. 21 Gongye 5th Rd, Rende Dist., Tainan, Taiwan"],
             ["PO date", "May 22, 2024"],
             ["Terms", "Net 60 after B/L date"],
             ["Incoterms", "FOB Kaohsiung, ocean LCL to Chicago CFS"],
             ["Buyer", "Tom Reyes, Purchasing Agent"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UOM", "Unit USD", "Ext. USD"],
             ["1", "HCS-M8125-40-109Z", "Hex cap screw M8x1.25 x 40, ISO 4017, class 10.9, zinc flake",
              "40,000", "pcs", "0.041", "1,640.00"],
             ["2", "HN-M8125-10Z", "Hex nut M8x1.25, ISO 4032, class 10, zinc flake", "40,000", "pcs",
              "0.012", "480.00"],
             ["3", "FW-M8-200HV", "Flat washer 8 mm, ISO 7089, 200 HV, zinc flake", "80,000", "pcs",
              "0.004", "320.00"],
             ["", "", "", "", "", "Total", "2,440.00"],
         ]),
         ("sp",),
         ("p", "This purchase order is for the full quantities listed. There is no balance and no later phase. "
               "Please proceed with the quantities on this PO."),
         ("p", "Certificates: EN 10204 3.1 mill certificate per heat lot; salt spray 720 h per ISO 9227 on "
               "each coating batch; dimensional report per ISO 3269."),
         ("p", "Packing: 5,000 pcs per carton for lines 1 and 2, 10,000 pcs per carton for line 3; one part "
               "number per carton; carton label with our item number and your lot number."),
         ("p", "Ship by July 31, 2024. Please confirm this PO by return e-mail."),
         ("sp",),
         ("p", "Tom Reyes, Purchasing Agent, Lakeshore Industrial Supply"),
     ], pagesize=LETTER, title="PO LIS-PO-240522", author="Tom Reyes"))])

# ---------------------------------------------------------------- c06
case("c06_calloff_staged_material_hose", [],
     "call-off releases 800 m; balance on hold until call-off 4 by Pieter van Wyk; staged material 4,000 m within explicit staged authority of 4,800 m",
     [("CallOff_3_HHF-BO-2024-02.docx", docx_bytes([
         ("h1", "Call-off No. 3 under Blanket Order HHF-BO-2024-02"),
         ("p", "Highveld Hose & Fittings (Pty) Ltd, 14 Steel Road, Germiston 1401, South Africa"),
         ("p", "To: Pune Hydraulics & Hoses Pvt Ltd, Plot 22, MIDC Chakan, Pune 410501 - attn. Mr Rajesh Kulkarni"),
         ("p", "Date: 15 July 2024"),
         ("table", [
             ["Item", "Description", "Blanket qty (commercial cover)", "Released by this call-off",
              "Released to date", "Balance on hold"],
             ["R2AT-06", "SAE 100R2AT 3/8\" hydraulic hose, 50 m reels", "6,000 m", "800 m", "2,400 m", "3,600 m"],
         ]),
         ("sp",),
         ("h", "Production release"),
         ("p", "This call-off releases 800 m (eight hundred metres) of R2AT-06 for production and delivery "
               "in week 31, CIF Durban. Released to date under the blanket, including this call-off: 2,400 m."),
         ("h", "Balance on hold"),
         ("p", "The remaining 3,600 m is not released. It is unlocked only by the next numbered call-off "
               "(No. 4), signed by Pieter van Wyk, Procurement Manager."),
         ("h", "Material authority"),
         ("p", "Staged, up to 4,800 m. You may buy and hold reinforcement wire, tube and cover compound for up "
               "to 4,800 m of R2AT-06 at our liability, i.e. up to 2,400 m beyond the quantity released to date. "
               "Material beyond 4,800 m is at your own risk."),
         ("p", "Your status report of 12 July shows compound and wire staged for 4,000 m. That is within the "
               "material authority above; no action needed."),
         ("h", "Logistics"),
         ("li", "Reels marked with our item number, batch and length; max. 1,000 kg per pallet."),
         ("li", "Test certificate per SAE J517 with each batch."),
         ("sp",),
         ("p", "Pieter van Wyk\nProcurement Manager, Highveld Hose & Fittings (Pty) Ltd\n+27 11 000 4410"),
     ], author="Pieter van Wyk"))])

# ---------------------------------------------------------------- c07
case("c07_explicit_autoconversion_iv", [],
     "explicit recorded auto-conversion naming the quantity (1,176), the signer and the conditions; otherwise hold until written release",
     [("AC-2024-07_UMS-44120.pdf", pdf([
         ("h1", "Recorded auto-conversion agreement AC-2024-07"),
         ("p", "Buyer: Umhlanga Medical Supplies (Pty) Ltd, 3 Palm Boulevard, Umhlanga Ridge, Durban 4319, South Africa"),
         ("p", "Supplier: Chonburi Medical Products Co., Ltd., Amata City Industrial Estate, Chonburi 20000, Thailand"),
         ("p", "Order: PO UMS-44120 - IV extension set 150 mm with needle-free connector, part CMP-EXT-150"),
         ("sp",),
         ("table", [
             ["PO line", "Scope", "Quantity", "Status on 4 June 2024"],
             ["1", "sample (pilot lot)", "24 units", "released; in production"],
             ["2", "production", "1,176 units", "commercial cover only; not released"],
         ]),
         ("sp",),
         ("h", "Auto-conversion statement"),
         ("p", "By this recorded agreement, a sample sign-off with the disposition 'approved' for the 24 pilot "
               "units, signed by Dr Lindiwe Khumalo (QA Manager, release authority up to 2,000 units), releases "
               "the 1,176 units of PO line 2 by itself, without a further release letter, on these conditions:"),
         ("p", "(a) the sign-off is dated on or before 31 August 2024;"),
         ("p", "(b) the ISO 11135 ethylene oxide sterilisation validation summary and the bioburden results of "
               "the pilot lot are attached to the sign-off;"),
         ("p", "(c) there is no open non-conformance report on the pilot lot."),
         ("p", "If any condition is not met, the 1,176 units stay on hold until a written release signed by "
               "Dr Khumalo. An interim or rejected disposition releases nothing."),
         ("h", "Material authority"),
         ("p", "Sample-only (24 units) until the conditions above are met."),
         ("sp",),
         ("table", [
             ["Signed for the buyer", "Dr Lindiwe Khumalo, QA Manager - 4 June 2024"],
             ["Signed for the buyer", "Ayesha Patel, Procurement Lead - 4 June 2024"],
             ["Acknowledged for the supplier", "Somchai Wongsakul, Sales Manager - 5 June 2024"],
         ]),
     ], title="AC-2024-07", author="Ayesha Patel"))])

# ---------------------------------------------------------------- c08
_c08_fwd = mail(
    "Kevin Zhou <kevin.zhou@jiexin-brake.com>", "Dan Kowalczyk <dkowalczyk@midwestbrake.com>",
    "Offer JX-4707 brake shoe set - after AAPEX",
    d("2023-11-14 10:20", "+0800"),
    "Dear Dan,\n\n"
    "Nice to meet you at AAPEX in Las Vegas. As discussed, please see our offer:\n\n"
    "Item: JX-4707 brake shoe set (drawing JX-4707 rev C), lining friction code FF, riveted, "
    "hardware kit included\n"
    "  5,000 sets   USD 5.85 / set\n"
    "    300 sets   USD 6.20 / set\n"
    "FOB Shanghai, lead time 40 days, packing 10 sets/carton.\n\n"
    "Lining spec: asbestos-free, meets FMVSS 121 on our customer's dyno; edge code FF per SAE J866.\n\n"
    "Best regards,\nKevin Zhou\nRuian Jiexin Brake Co., Ltd.\n")
case("c08_po_with_old_quote_forwarded", [],
     "full-quantity PO (300 sets); forwarded 2023 quote showing 5,000 sets is declared informational and not ordered/not released",
     [("PO_MBS-77310.eml", eml_bytes(mail(
         "Dan Kowalczyk <dkowalczyk@midwestbrake.com>", "Kevin Zhou <kevin.zhou@jiexin-brake.com>",
         "PO MBS-77310 - JX-4707 brake shoe sets",
         d("2024-06-04 08:31", "-0500"),
         "Hi Kevin,\n\n"
         "Please find PO MBS-77310 below:\n\n"
         "  Item: JX-4707 brake shoe set, drawing JX-4707 rev C, lining code FF\n"
         "  Qty: 300 sets\n"
         "  Price: USD 6.20 / set, FOB Shanghai\n"
         "  Ship by: August 15, 2024\n\n"
         "This PO is for 300 sets and that is the complete order.\n\n"
         "For reference only I'm forwarding your quote from last November again, because it has the drawing "
         "rev and the lining spec in it. It also shows 5,000 sets. That number is informational: it is not "
         "ordered and not released. Any further quantity would need a new or revised PO signed by me.\n\n"
         "Please confirm the ship date.\n\n"
         "Thanks,\nDan"
         + sig("Dan Kowalczyk", "Purchasing Director", "Midwest Brake Supply, Inc. - Columbus, OH", "+1 614 555 0193"),
         attachments=[("rfc822", _c08_fwd)])))])

# ---------------------------------------------------------------- c09
_c09_supplier = (
    "Dear Rafael,\n\n"
    "Samples shipped by TNT today, AWB 8841 2207 113. Once your lab says OK we will start the 3,000 pcs bulk "
    "directly so we can keep the September ETA.\n\n"
    "Best regards,\nEmre Yıldız\nExport Department, Konya Fren Sanayi ve Ticaret A.Ş.")
case("c09_reply_corrects_autoconversion", [],
     "buyer's reply corrects a quoted supplier assumption of auto-conversion: 30 samples only, 2,970 on hold until written release by Rafael Souza",
     [("RE_samples_FP-2024-118.eml", eml_bytes(mail(
         "Rafael Souza <rafael.souza@freiospaulista.com.br>", "Emre Yildiz <emre.yildiz@konyafren.com.tr>",
         "RE: PO FP-2024-118 - sample discs shipped",
         d("2024-06-10 14:12", "-0300"),
         "Hi Emre,\n\n"
         "Thanks for the AWB. But no, please don't plan it that way.\n\n"
         "The sign-off of the samples does not release the 3,000 discs. Under PO FP-2024-118 only the 30 "
         "sample discs are authorized. The balance of 2,970 discs remains on hold and is not released.\n\n"
         "After our lab sign-off (run-out, DTV and the dyno fade test) I will send a written production release, "
         "signed by me, with the quantity in it. Until you have that document, please don't buy GG20 castings "
         "beyond the 30.\n\n"
         "If the September ETA is at risk, tell me now and I will talk to our sales team.\n\n"
         "Abraço,\nRafael Souza\nGerente de Compras | Freios Paulista Ltda\nRua Anhanguera 1450, Sorocaba SP\n"
         "+55 15 3000 8812\n\n"
         "On Mon, 10 Jun 2024 at 09:03, Emre Yıldız <emre.yildiz@konyafren.com.tr> wrote:\n"
         + q(_c09_supplier) + "\n",
         in_reply_to="<h32-samples-0610@konyafren.com.tr>")))])

# ---------------------------------------------------------------- c10
case("c10_po_and_pi_deposit_clause", [],
     "sample PO (500 boxes) with full scope note; supplier PI says the deposit does not release production and lists the 9,500 as not released",
     [("PO_WCS-PO-5521.pdf", pdf([
         ("h1", "Purchase Order WCS-PO-5521"),
         ("p", "Wessex Care Supplies Ltd, Unit 4 Marsh Lane Trading Estate, Bridgwater TA6 4PQ, United Kingdom"),
         ("p", "Supplier: Songkhla Latex Products Co., Ltd., Hat Yai, Songkhla 90110, Thailand"),
         ("p", "Date: 8 May 2024 | Currency: USD | Incoterms: FOB Songkhla"),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit", "Amount"],
             ["1", "WCS-NG-M", "Nitrile examination gloves, powder-free, size M, blue, box of 100, WESSEX private label",
              "sample", "500 boxes", "2.10", "1,050.00"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "Active quantity: 500 boxes (sample lot). The production quantity of 9,500 boxes shown in your "
               "proforma is not released."),
         ("p", "Unlock event: sample sign-off by our QA against EN 455-1/-2/-3 and EN ISO 374-5, followed by a "
               "revised PO (rev 1) adding the production line, signed by Helen Marsh, Head of Procurement."),
         ("p", "Material authority: sample-only."),
         ("p", "Helen Marsh, Head of Procurement"),
     ], title="PO WCS-PO-5521", author="Helen Marsh")),
      ("PI_SLP-PI-24-0912.pdf", pdf([
          ("h1", "PROFORMA INVOICE SLP-PI-24-0912"),
          ("p", "Songkhla Latex Products Co., Ltd. | 199 Kanjanavanich Road, Hat Yai, Songkhla 90110 | "
                "export@songkhlalatex.co.th"),
          ("p", "Buyer: Wessex Care Supplies Ltd - your PO WCS-PO-5521 dated 8 May 2024"),
          ("table", [
              ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
              ["1", "Nitrile exam gloves PF size M, box/100, WESSEX label - sample lot", "500 boxes", "2.10",
               "1,050.00"],
              ["2", "Production lot (not released - quoted for reference only)", "9,500 boxes", "1.78",
               "(not invoiced)"],
          ]),
          ("sp",),
          ("p", "Payment, sample lot: 100% T/T before dispatch."),
          ("p", "Payment, production lot (only when released by your revised PO): 30% T/T deposit, balance "
                "against copy of B/L."),
          ("p", "Please note: a deposit payment secures the raw material price only and does not release "
                "production. We start the production lot only after receiving your revised PO."),
          ("p", "Bank: Kasikornbank, Hat Yai branch, SWIFT KASITHBK, A/C 000-0-00000-0"),
          ("p", "Malee Srisuk, Export Manager"),
      ], title="PI SLP-PI-24-0912", author="Malee Srisuk"))])

# ---------------------------------------------------------------- c11
case("c11_supplier_ack_restates_hold", [],
     "supplier acknowledgement restating 40 sample sets only, 3,960 not released, release by Tom Becker after sign-off",
     [("Order_ack_KTH-24-0087.eml", eml_bytes(mail(
         "Jessie Lin <jessie.lin@changhwa-tools.com.tw>", "Johan Botha <johan.botha@karootools.co.za>",
         "Order acknowledgement - PO KTH-24-0087 (sample sets)",
         d("2024-05-07 10:18", "+0800"),
         "Dear Mr Botha,\n\n"
         "Thank you for your PO KTH-24-0087 dated 6 May 2024. We acknowledge it as follows:\n\n"
         "1. Item: CH-S4694, 46-pc 1/4\" & 1/2\" drive socket set, Cr-V, blow-moulded case with Karoo "
         "private-label insert.\n"
         "2. Quantity authorized: 40 sample sets only.\n"
         "3. The balance of 3,960 sets from our quotation CHQ-2404-11 is not released. We will not make case "
         "inserts or buy Cr-V bar for the balance.\n"
         "4. The balance can start only after your sample sign-off and a written release signed by Mr Tom "
         "Becker, your Category Manager, as stated on the PO.\n"
         "5. Samples ready 24 May, by air to Johannesburg (ORT), freight prepaid and added to the sample "
         "invoice.\n\n"
         "If anything above is not as you intended, please tell us before 10 May.\n\n"
         "Best regards,\n"
         "Jessie Lin\nSales Dept.\nChang Hwa Tools Industrial Co., Ltd.\nChanghua, Taiwan  +886 4 000 1234\n")))])

# ---------------------------------------------------------------- c12
case("c12_interim_disposition_brake_hose", [],
     "interim sample disposition with 500-pc limit and expiry; release R-1 of 500 by named authority; 3,475 on hold until full sign-off and R-2",
     [("SD-0419_AW-BH-2210.docx", docx_bytes([
         ("h1", "Sample disposition SD-0419"),
         ("p", "Auto-Części Wisła Sp. z o.o. - Dział Jakości / Quality department"),
         ("table", [
             ["Field", "Value"],
             ["Part", "AW-BH-2210 rev 03 - hydraulic brake hose assembly, M10x1 banjo, SAE J1401"],
             ["Supplier", "Izmir Hortum San. ve Tic. A.Ş., Kemalpaşa OSB, İzmir"],
             ["Order", "PO ACW/2024/0331 - commercial cover 4,000 pcs"],
             ["Samples received", "25 pcs (sample line of the PO)"],
             ["Disposition", "INTERIM"],
             ["Quantity limit", "500 pcs"],
             ["Expiry", "30 June 2024"],
             ["Open point", "whip test report per SAE J1401 section 5.9 not yet received"],
             ["Engineering signature", "Krzysztof Wiśniewski, Quality Engineer, 6 May 2024"],
         ]),
         ("sp",),
         ("p", "This interim disposition is engineering's record of the samples. It releases nothing by itself."),
         ("h", "Production release R-1"),
         ("p", "Under this interim disposition, 500 pcs (five hundred) are released for production and delivery, "
               "signed by Agnieszka Kamińska, Purchasing Manager (release authority, limit 5,000 pcs)."),
         ("h", "Balance on hold"),
         ("p", "The remaining 3,475 pcs of the PO (4,000 less 25 samples less 500) are not released. "
               "Unlock event: full sample sign-off after the whip test report is received and reviewed, then "
               "a written release R-2 signed by Agnieszka Kamińska."),
         ("h", "Material authority"),
         ("p", "Up to the 500 pcs released by R-1."),
         ("sp",),
         ("p", "Agnieszka Kamińska, Kierownik Zakupów / Purchasing Manager - 6 May 2024"),
     ], author="Krzysztof Wiśniewski"))])

# ---------------------------------------------------------------- c13
case("c13_erp_po_lookalike_ids_drivers", [],
     "full-quantity ERP PO (600 + 600); part numbers, norms, drawing revs and art numbers look like larger quantities",
     [("PC-2024-01450.txt",
       "LUMINA BRASIL ILUMINACAO LTDA                       PEDIDO DE COMPRA / PURCHASE ORDER\n"
       "CNPJ 12.345.678/0001-90                             No.: PC-2024-01450     Rev: 0\n"
       "Av. das Nacoes Unidas 12901, Sao Paulo SP           Data/Date: 14/05/2024\n"
       "Fornecedor/Supplier: SHENZHEN BRIGHTWAY DRIVER TECH CO LTD        Cod. F-2000\n"
       "Cond. pagto/Payment: 30% T/T adiant./advance, 70% vs copia B/L    Incoterm: FOB Shenzhen\n"
       "------------------------------------------------------------------------------------------\n"
       "It Codigo/Part No     Descricao/Description                     Qtd  UN   Preco USD   Total USD\n"
       "-- ------------------ ---------------------------------------- ---- --- ---------- ----------\n"
       "01 LD-5000-240-C      LED driver 240W 5000mA corr.const. IP67   600  PC      18,40  11.040,00\n"
       "02 LD-2500-100-C      LED driver 100W 2500mA corr.const. IP67   600  PC       9,75   5.850,00\n"
       "------------------------------------------------------------------------------------------\n"
       "                                                              TOTAL USD          16.890,00\n"
       "\n"
       "Obs./Notes:\n"
       "- Pedido para quantidade total; nao ha saldo. / Full-quantity order: 600 + 600 pcs,\n"
       "  no balance, no later phase.\n"
       "- Norma/Standard: IEC 61347-2-13, IEC 62384; INMETRO Portaria 69/2022; surto/surge 10kV/10kA.\n"
       "- Desenho/Drawing DWG-LB-1000 Rev 12; arte da etiqueta/label art LB-ART-2024/3000.\n"
       "- Embalagem/Packing: 20 pcs/caixa, max. 1.000 kg por palete.\n"
       "- Entrega/Delivery: ate 30/07/2024, porto de Santos.\n"
       "\n"
       "Comprador/Buyer: Fernanda Lima    fernanda.lima@luminabrasil.com.br    +55 11 3000 2040\n")])

# ---------------------------------------------------------------- c14
_c14 = (
    "Hi Cindy,\n\n"
    "Thanks for the quick quote and the photos - the black oxide finish looks great.\n\n"
    "Here's what I want to do: order just the 3 samples for now (one each in black, OD green and tan, with "
    "our TrailForge logo laser-etched on the handle, file attached). The sample fee of $85 plus DHL is on its "
    "way through Alibaba.\n\n"
    "To be clear so nothing gets lost in translation: I'm NOT placing the bulk order yet. The 1,000 pcs on "
    "your quote is not ordered and not released, so please don't buy steel or make handles for it.\n\n"
    "Once I've tested the samples (drop test, plier jaw alignment, the blade lock) I'll send you a new PO for "
    "the bulk myself. Only a PO signed by me starts the bulk.\n\n"
    "Thanks!\nJake Morrison\nOwner, TrailForge Tools LLC (Boise, ID)\n")
case("c14_amazon_seller_samples_only", [],
     "informal seller email: 3 samples only, 1,000 on quote not ordered/not released, bulk only by new PO signed by Jake Morrison after testing",
     [("samples_MT-14_TrailForge.eml", eml_bytes(mail(
         "Jake Morrison <jake@trailforgetools.com>", "Cindy Chen <cindy@hongda-hardware.cn>",
         "MT-14 multi-tool - samples first!",
         d("2024-04-22 21:47", "-0600"), _c14, html=para_html(_c14))))])

# ---------------------------------------------------------------- c15
case("c15_wechat_agent_samples_only", [],
     "agent chat: 50 PP samples only, bulk 6,000 not released until Sipho Dube's written release after lab test; material request refused",
     [("WeChat_Msunduzi_Eastbridge.txt",
       "WeChat chat history - group \"Msunduzi x Eastbridge - LED work lights\"\n"
       "Exported 2024-06-14 10:22 (UTC+8)\n"
       "----------------------------------------------------------------\n"
       "2024-06-03 09:14  Sipho Dube: Morning Kelly. PO MAS-0613 goes out today: 50 pcs PP samples of the 48W LED "
       "work light (WL-48F flood, 9-36V, IP68). Only the 50.\n"
       "2024-06-03 09:15  Sipho Dube: Bulk 6,000 pcs is NOT released. I will release it in writing myself after our "
       "lab test (vibration + IP68 ingress) passes.\n"
       "2024-06-03 09:31  Kelly Wu (Eastbridge): Noted Sipho. I tell factory: 50 pcs PP sample only, bulk 6000 wait "
       "for your written release 👍\n"
       "2024-06-03 09:32  Kelly Wu (Eastbridge): [Image]\n"
       "2024-06-05 16:40  Kelly Wu (Eastbridge): Factory ask: can they buy aluminium housing for bulk now? lead time "
       "25 days\n"
       "2024-06-05 17:02  Sipho Dube: No. Material only for the 50 samples. Nothing for the 6,000 until my written "
       "release.\n"
       "2024-06-05 17:05  Kelly Wu (Eastbridge): OK understood, I inform Mr Chen\n"
       "2024-06-12 11:20  Kelly Wu (Eastbridge): 50 pcs finished, photos in album. DHL tomorrow.\n"
       "2024-06-12 11:48  Sipho Dube: Thanks 🙏 send AWB pls\n"
       "2024-06-13 09:02  Kelly Wu (Eastbridge): AWB 77 4410 2291, ETA Pietermaritzburg Tuesday\n")])

# ---------------------------------------------------------------- c16
case("c16_aql_booking_syringes", [],
     "AQL final inspection booking for a full-quantity order; a quality booking, no authorization and no balance",
     [("Inspection_booking_KQ-24-11873.html", html_page(
         "Inspection booking KQ-24-11873",
         "<h2>Kestrel QC Services (Shanghai) - Inspection Booking Form</h2>\n"
         "<p>Service: <b>Final Random Inspection (FRI)</b> &nbsp;|&nbsp; Booking ref: KQ-24-11873 &nbsp;|&nbsp; "
         "Booked by: Gulf Coast Medical Distributors LLC (Houston, TX)</p>\n"
         + table_html([
             ["Field", "Details"],
             ["Client", "Gulf Coast Medical Distributors LLC - contact: Mark Jensen, VP Supply Chain"],
             ["Factory", "Jiangsu Kangda Medical Devices Co., Ltd., Yangzhou, Jiangsu"],
             ["PO", "GCMD-24-0440"],
             ["Product", "3 mL Luer-lock syringe, sterile, single use, blister pack, 100/box"],
             ["Order quantity", "48,000 pcs (full order, 100% finished and at least 80% packed at inspection)"],
             ["Inspection date", "18 July 2024"],
             ["Sampling", "ISO 2859-1, General Inspection Level II, code letter N, sample size 500 pcs"],
             ["AQL", "Critical 0 / Major 1.0 / Minor 2.5"],
             ["Special checks", "EO sterilisation certificate per ISO 11135; labels per ISO 15223-1; "
                                "plunger glide force; carton drop test ISTA 1A"],
         ])
         + "<p class=\"note\">The inspection report is a quality report to the client. It is not a shipment "
         "or payment instruction and it does not change the order quantity.</p>\n"
         "<p>Fee: USD 298 per man-day, invoiced to the client. Cancellation free until 16 July 12:00.</p>\n"))])

# ---------------------------------------------------------------- c17
_c17 = (
    "Hi Amy,\n\n"
    "The carton artwork for the NL-OF-114 oil filter (proof v3, attached with my mark-up) is signed off - "
    "print artwork only.\n\n"
    "Two small things before you print:\n"
    "1. The barcode must be the GTIN-12 0 84412 00114 6 (v3 still shows the old one).\n"
    "2. Please move the 'Made in China' line to the side panel.\n\n"
    "This sign-off covers the artwork. It doesn't change anything on the order: PO NL-24-2210 stays exactly "
    "as issued, 2,400 pcs, full quantity, ex works 30 August.\n\n"
    "Thanks,\nRoss"
    + sig("Ross Delaney", "Private Label Manager", "Northline Auto Parts Inc. - Spokane, WA", "+1 509 555 0147"))
case("c17_artwork_signoff_filters", [],
     "packaging artwork sign-off scoped to artwork only; full-quantity PO of 2,400 unchanged",
     [("Artwork_NL-OF-114_v3.eml", eml_bytes(mail(
         "Ross Delaney <ross.delaney@northlineauto.com>", "Amy Xu <amy.xu@sunrise-filter.com>",
         "Artwork NL-OF-114 carton - proof v3 signed off (print artwork only)",
         d("2024-07-02 15:20", "-0700"), _c17,
         attachments=[("NL-OF-114_carton_proof_v3.pdf", pdf([
             ("h1", "ARTWORK PROOF v3 - NL-OF-114"),
             ("table", [
                 ["Item", "NL-OF-114 spin-on oil filter, thread 3/4-16 UNF, Northline private label"],
                 ["Carton", "96 x 96 x 122 mm, E-flute, 4C + PMS 286 C"],
                 ["Barcode", "GTIN-12 0 84412 00114 6 (buyer to confirm)"],
                 ["Master carton", "24 cartons per master, 36 masters per pallet"],
                 ["Proof by", "Yuyao Sunrise Filter Co., Ltd. - design dept."],
             ]),
             ("p", "Buyer mark-up: move 'Made in China' to side panel B; replace barcode."),
         ], title="Artwork proof NL-OF-114", author="Yuyao Sunrise Filter"), PDF_MT)])))])

# ---------------------------------------------------------------- c18
case("c18_lc_terms_spanners", [],
     "documentary credit terms for a full-quantity PO; the L/C is stated to be a payment instrument that authorizes nothing beyond the PO",
     [("LC_terms_FS-24-0733.docx", docx_bytes([
         ("h1", "Documentary credit - terms for PO FS-24-0733"),
         ("p", "Ferramentas Sul Ltda., Rua Voluntários da Pátria 2210, Porto Alegre RS, Brasil"),
         ("p", "To: Ludhiana Forge Tools Pvt Ltd, Focal Point Phase VIII, Ludhiana 141010, Punjab, India "
               "- attn. Mr Harpreet Singh"),
         ("p", "Date: 3 June 2024"),
         ("p", "PO FS-24-0733 covers 12,000 combination spanners (sizes 8-19 mm, DIN 3113 form A, Cr-V, satin "
               "chrome, in assortment per PO annex) as the full order quantity. There is no sample phase and no "
               "balance on this PO."),
         ("table", [
             ["MT700 field", "Content"],
             ["31D Date and place of expiry", "30 November 2024, Ludhiana"],
             ["32B Currency, amount", "USD 21,480.00"],
             ["39A Tolerance", "+/- 0%"],
             ["41D Available with / by", "any bank by negotiation"],
             ["42C Drafts at", "sight"],
             ["43P Partial shipments", "not allowed"],
             ["44E Port of loading", "Nhava Sheva (JNPT)"],
             ["44F Port of discharge", "Rio Grande, Brazil"],
             ["44C Latest date of shipment", "31 October 2024"],
             ["45A Goods", "12,000 pcs combination spanners as per PO FS-24-0733, CFR Rio Grande"],
             ["46A Documents", "commercial invoice; packing list; full set clean on-board B/L; certificate "
                               "of origin; inspection certificate issued by the applicant's nominee"],
         ]),
         ("sp",),
         ("p", "Issuing bank: Banco do Brasil S.A., Porto Alegre. Advising bank: State Bank of India, Ludhiana."),
         ("p", "The documentary credit is a payment instrument only. The production quantity is the quantity "
               "on the PO; the L/C neither adds to it nor authorizes anything beyond it."),
         ("sp",),
         ("p", "Atenciosamente,\nBeatriz Carvalho\nComércio Exterior / Import Department"),
     ], author="Beatriz Carvalho"))])

# ---------------------------------------------------------------- c19
case("c19_erp_sample_po_discs", [],
     "ERP sample PO: 12 discs active, 1.188 not released, unlock by sample sign-off + written release by Tomasz Zielinski, sample-only material",
     [("ZZ-24-06-0192.txt",
       "MOTO-HURT LUBLIN S.A.          ZAMOWIENIE ZAKUPU / PURCHASE ORDER          STR 1/1\n"
       "ul. Melgiewska 74, 20-234 Lublin                     NR: ZZ/24/06/0192    REW: 0\n"
       "NIP 946-000-00-00                                    DATA: 11.06.2024\n"
       "DOSTAWCA/SUPPLIER: LAIZHOU HUAXIN BRAKE DISC CO LTD (K-10442)\n"
       "WARUNKI/TERMS: FOB QINGDAO    PLATNOSC/PAYMENT: 100% T/T PRZED WYSYLKA/BEFORE SHIPMENT\n"
       "-------------------------------------------------------------------------------------\n"
       "POZ INDEKS         OPIS / DESCRIPTION                      ILOSC  JM  CENA USD  WARTOSC\n"
       "--- -------------- -------------------------------------- ------ --- --------- -------\n"
       "001 MH-BD-28012V   TARCZA HAM./BRAKE DISC 280x12 WENT.        12 SZT     24,00  288,00\n"
       "                   5x108, GG20 (EN-GJL-200)  ZAKRES/SCOPE: SAMPLE\n"
       "-------------------------------------------------------------------------------------\n"
       "UWAGI / NOTE (SCOPE):\n"
       "ACTIVE QTY: 12 SZT/PCS SAMPLE DISCS ONLY (DWANASCIE / TWELVE).\n"
       "PRODUCTION QTY 1.188 SZT PER OFFER HX-2406-07: NOT RELEASED, ON HOLD.\n"
       "UNLOCK: SAMPLE SIGN-OFF (ECE R90 BENCH TEST AT OUR LAB) + WRITTEN RELEASE\n"
       "        SIGNED BY TOMASZ ZIELINSKI, KIEROWNIK ZAKUPOW / HEAD OF PURCHASING.\n"
       "MATERIAL AUTHORITY: SAMPLE-ONLY. DO NOT BUY CASTINGS FOR THE 1.188.\n"
       "-------------------------------------------------------------------------------------\n"
       "WYSTAWIL/ISSUED BY: A. WOJCIK                       PODPISAL/SIGNED: T. ZIELINSKI\n")])

# ---------------------------------------------------------------- c20
case("c20_folder_po_quote_cover", [],
     "folder: sample PO (10) + supplier quote (10 / 2,000) + cover email; PO says the quote's 2,000 is not released and names event and person",
     [("PO_PFP-40877.pdf", pdf([
         ("h1", "PURCHASE ORDER PFP-40877"),
         ("p", "Pennine Fluid Power Ltd, Calder Works, Brighouse HD6 1QF, United Kingdom | VAT GB 000 0000 00"),
         ("p", "Supplier: Samut Prakan Rubber Co., Ltd., Bang Phli Industrial Estate, Samut Prakan 10540, Thailand"),
         ("p", "Date: 24 April 2024 | Currency: USD | Incoterms: FCA Bangkok airport"),
         ("table", [
             ["Line", "Part", "Description", "Scope", "Qty", "Unit", "Amount"],
             ["1", "PFP-RH-1187 rev B", "Radiator hose, moulded EPDM, 2-ply aramid, ID 38 mm", "sample", "10 pcs",
              "14.50", "145.00"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "Active quantity: 10 sample hoses."),
         ("p", "Your quotation SPR-Q-0455 is attached for reference; its production quantity of 2,000 pcs is "
               "not released."),
         ("p", "The balance is unlocked by our sample sign-off (burst test, ozone resistance per ISO 1431-1, fit on "
               "the customer's engine) and then a written production release signed by Graham Holt, Purchasing "
               "Manager."),
         ("p", "Material authority: sample-only."),
     ], title="PO PFP-40877", author="Graham Holt")),
      ("Quotation_SPR-Q-0455.pdf", pdf([
          ("h1", "QUOTATION SPR-Q-0455"),
          ("p", "Samut Prakan Rubber Co., Ltd. - 12 April 2024 - to Pennine Fluid Power Ltd"),
          ("table", [
              ["Part", "Stage", "Qty", "Unit price USD", "Lead time"],
              ["PFP-RH-1187 rev B", "Sample", "10 pcs", "14.50", "3 weeks"],
              ["PFP-RH-1187 rev B", "Production", "2,000 pcs", "6.80", "30 days after written production order"],
          ]),
          ("p", "Mould cost: USD 2,400 (2-cavity), payable with the production order."),
          ("p", "Material: EPDM peroxide-cured, -40 to +135 C. Valid 90 days."),
          ("p", "Nok Chaiyaporn, Sales Engineer"),
      ], title="Quotation SPR-Q-0455", author="Nok Chaiyaporn")),
      ("cover_email.eml", eml_bytes(mail(
          "Graham Holt <graham.holt@penninefp.co.uk>", "Nok Chaiyaporn <nok@sprubber.co.th>",
          "PO PFP-40877 - 10 sample radiator hoses",
          d("2024-04-24 12:02", "+0100"),
          "Hi Nok,\n\n"
          "PO PFP-40877 attached for the 10 sample hoses only, with your quote for reference. Please read the "
          "scope note on the PO - the 2,000 is not released.\n\n"
          "Could you let me know the AWB once they are on their way?\n\n"
          "Regards,\nGraham"
          + sig2("Graham Holt", "Purchasing Manager", "Pennine Fluid Power Ltd", "+44 1484 000 712"))))])

# ---------------------------------------------------------------- c21
case("c21_release_after_revised_po", [],
     "release R-02 of the full remaining 4,980 sets after sign-off and revised PO, named release authority with second signature; no balance left",
     [("Release_R-02_KFP-24-1180.pdf", pdf([
         ("h1", "Production release R-02"),
         ("p", "Keystone Fleet Parts Inc., 2200 Paxton St, Harrisburg, PA 17111, USA"),
         ("p", "To: Ningbo Haoyu Auto Parts Co., Ltd. - attn. Jessica Wang | Date: June 5, 2024"),
         ("p", "Order: PO KFP-24-1180 rev 2 - HY-D1210 front disc brake pad set, Keystone private label"),
         ("table", [
             ["PO line", "Scope", "Qty", "Status"],
             ["1", "sample", "20 sets", "delivered; sample sign-off SO-118 recorded June 3, 2024"],
             ["2", "production (added by rev 2)", "4,980 sets", "released by this document"],
         ]),
         ("sp",),
         ("p", "Sample sign-off: the 20 sample sets were signed off by Keystone engineering (Ray Donnelly) on "
               "June 3, 2024; the SAE J2522 dyno report is attached to sign-off SO-118."),
         ("p", "Revised PO: rev 2 of PO KFP-24-1180, issued June 5, 2024, adds line 2 (production, 4,980 sets)."),
         ("p", "Release: this document releases 4,980 sets (four thousand nine hundred eighty) of HY-D1210 for "
               "production. Together with the 20 samples this is the full PO quantity of 5,000 sets; no "
               "balance remains."),
         ("p", "Material authority: the 4,980 sets released here."),
         ("table", [
             ["Authorized by", "Greg Malloy, Director of Purchasing (release authority, limit USD 50,000)"],
             ["Second signature", "Ray Donnelly, Engineering Manager"],
             ["Value released", "USD 17,181.00 (4,980 x 3.45)"],
         ]),
     ], pagesize=LETTER, title="Release R-02", author="Greg Malloy"))])

# ---------------------------------------------------------------- c22
case("c22_whatsapp_reorder_full_qty", [],
     "WhatsApp reorder: 600 sets is the full quantity, nothing further; supplier confirms; barcode prefix looks like a number",
     [("WhatsApp_Chat_Alan_Tsai.txt",
       "[12/04/2024, 08:02:11] Nadia Pillay: Hi Alan, reorder for the pliers as per last time\n"
       "[12/04/2024, 08:02:40] Nadia Pillay: TA-180 combination pliers 8\" - 600 sets (set of 3: combi, long nose, "
       "side cutter)\n"
       "[12/04/2024, 08:03:05] Nadia Pillay: PO DHW-4471 attached. 600 sets is the full quantity, nothing further on "
       "this order\n"
       "[12/04/2024, 08:03:06] Nadia Pillay: DHW-4471.pdf (file attached)\n"
       "[12/04/2024, 09:15:48] Alan Tsai: Good morning Nadia! Received PO DHW-4471, 600 sets. Same packing as last "
       "order (blister card, 6 sets per inner, 24 sets per carton)?\n"
       "[12/04/2024, 09:17:02] Nadia Pillay: Yes same packing. Barcode prefix 6009 is fine\n"
       "[12/04/2024, 09:17:30] Alan Tsai: OK. Schedule: start 22 Apr, ready 20 May, FOB Taichung. 25 cartons\n"
       "[12/04/2024, 09:18:11] Nadia Pillay: 👍 perfect, thanks\n"
       "[12/04/2024, 09:18:40] Alan Tsai: Thank you Nadia, have a nice weekend\n")])

# ---------------------------------------------------------------- c23
case("c23_portal_po_sample_line", [],
     "supplier portal PO: sample line 16 released, production line 1,584 commercial cover only, unlock event and named person stated",
     [("Portal_PO_4500018822.html", html_page(
         "Portal de Fornecedores - PO 4500018822",
         "<h2>Filtros Bandeirantes Ltda - Portal de Fornecedores</h2>\n"
         "<p>Fornecedor / Supplier: <b>Chennai Filtration Pvt Ltd</b> (vendor 100233) &nbsp;|&nbsp; "
         "Pedido / PO: <b>4500018822</b> &nbsp;|&nbsp; Emitido / issued: 20.05.2024</p>\n"
         + table_html([
             ["Item", "Material", "Descrição / Description", "Escopo / Scope",
              "Qtd pedida (commercial cover)", "Qtd liberada p/ produção (released)", "Status"],
             ["10", "FB-CF-0217", "Filtro de cabine / cabin filter 215x190x30, carvão ativado", "sample",
              "16", "16", "Released (sample)"],
             ["20", "FB-CF-0217", "Filtro de cabine / cabin filter 215x190x30, carvão ativado", "production",
              "1,584", "0", "On hold"],
         ])
         + "<div class=\"note\"><b>Nota / note:</b> Item 20 is commercial cover only: 0 of 1,584 pcs released. "
         "Unlock event: sample sign-off by our engineering (test per ISO/TS 11155-1) and then a written production "
         "release signed by Luciana Prado, Gerente de Suprimentos. Material authority: sample-only (16 pcs).</div>\n"
         "<p>Entrega / delivery item 10: 28.06.2024, courier to Campinas (VCP).</p>\n"))])

# ---------------------------------------------------------------- c24
case("c24_stop_notice_drainage_bags", [],
     "stop notice: nothing more may start, authorized now 0 further units, lift by CAPA closure + written notice from Dana Whitfield",
     [("Stop_notice_PMS-24-0318.eml", eml_bytes(mail(
         "Dana Whitfield <dana.whitfield@prairiemedsupply.com>", "Pim Rattanakorn <pim@rayong-mediplast.co.th>",
         "STOP - order PMS-24-0318 urine drainage bags",
         d("2024-05-14 07:45", "-0500"),
         "Dear Pim,\n\n"
         "Please see the attached stop notice SN-07 for order PMS-24-0318 (urine drainage bag 2000 mL, T-tap "
         "outlet, part UDB-2000-T rev C).\n\n"
         "Following the leak we found at the outlet weld during incoming inspection of lot 2, nothing more may "
         "start on this order, released or not, until the stop is lifted in writing. The 1,600 bags released "
         "under R-1 that have not been started must not be started.\n\n"
         "Please send your containment plan and the 8D D3 by Thursday.\n\n"
         "Regards,\nDana"
         + sig("Dana Whitfield", "Quality & Purchasing Lead", "Prairie Medical Supply, Inc. - Wichita, KS",
               "+1 316 555 0182"),
         attachments=[("SN-07_PMS-24-0318.docx", docx_bytes([
             ("h1", "STOP NOTICE SN-07"),
             ("table", [
                 ["Order", "PMS-24-0318"],
                 ["Part", "UDB-2000-T rev C, urine drainage bag 2000 mL, T-tap, sterile"],
                 ["PO quantity / released to date", "2,400 pcs / 2,400 pcs (R-1)"],
                 ["Produced to date", "800 pcs"],
                 ["Authorized now", "0 further units"],
                 ["Stop in force from", "14 May 2024, 07:30 CST"],
                 ["Reason", "outlet weld leak, lot 2 (NCR 24-031)"],
                 ["To lift the stop", "CAPA 24-011 closed and verified by Prairie QA, then a written lift "
                                      "notice signed by Dana Whitfield"],
             ]),
             ("p", "While this stop is in force, nothing may start on this order, whether released or not."),
         ], author="Dana Whitfield"), DOCX_MT)])))])

# ---------------------------------------------------------------- c25
case("c25_deviation_permit_swabs", [],
     "deviation permit scoped to one lot's label deviation; full-quantity order unchanged, authorizes nothing further",
     [("DP-24-009_gauze_swabs.eml", eml_bytes(mail(
         "Ewa Lewandowska <e.lewandowska@medpol.com.pl>", "Nikhil Shah <nikhil.shah@asdpl.in>",
         "Deviation permit DP-24-009 - lot 24-117 gauze swabs",
         d("2024-05-09 13:30", "+0200"),
         "Dear Mr Shah,\n\n"
         "Attached is deviation permit DP-24-009 for lot 24-117 of the 10x10 cm gauze swabs (8-ply, sterile, "
         "EN 14079) under PO MPD/2024/0212.\n\n"
         "The permit covers the outer carton label deviation only. It does not change the order quantity "
         "(2,000 boxes, full order, no balance) and it authorizes nothing further. Future lots must carry the "
         "correct lot format.\n\n"
         "Z poważaniem / Kind regards,\n"
         "Ewa Lewandowska\nQA Manager, MedPol Dystrybucja Sp. z o.o., Poznań\n",
         attachments=[("DP-24-009.txt",
                       "DEVIATION PERMIT DP-24-009\n"
                       "=========================================================\n"
                       "Order / PO     : MPD/2024/0212 (2,000 boxes of 100 swabs, full order)\n"
                       "Part           : GS-1010-8P gauze swab 10x10 cm, 8-ply, sterile (EO)\n"
                       "Lot            : 24-117 (2,000 boxes, produced 02-05/2024)\n"
                       "Deviation      : outer carton label shows 'LOT 24117' without hyphen;\n"
                       "                 inner pouch labels correct per ISO 15223-1.\n"
                       "Disposition    : accept lot 24-117 with this deviation; no rework.\n"
                       "Scope limit    : lot 24-117 only. Does not apply to future lots.\n"
                       "                 Does not change any quantity.\n"
                       "Signed         : Ewa Lewandowska, QA Manager      Date: 09.05.2024\n",
                       "text/plain")])))])


# =================================================================== WITH RISKS
# ---------------------------------------------------------------- p01
_p01 = (
    "Dear Mehmet,\n\n"
    "Please find call-off CO-1203 against PO HMF-PO-24-0415 (3,000 pcs HMF-OF1124, spin-on oil filter "
    "M20x1.5, silicone anti-drain valve).\n\n"
    "Released by this call-off: 1,000 pcs (one thousand), delivery CPT Felixstowe, week 32.\n\n"
    "The remaining 2,000 pcs on the PO are not released. They are released only by a further numbered "
    "call-off signed by me.\n\n"
    "Material authority: filter media, cans and base plates for up to 1,000 pcs (this call-off only).\n\n"
    "For convenience I attach your quotation BF-Q-24-077 again, as the carton print on page 1 is what we "
    "agreed.\n\n"
    "Kind regards,\nSarah Okafor\nBuying Manager\nHarrow Motor Factors Ltd\n020 8422 6610\n")
case("p01_calloff_with_quote_annual_qty", ["RG001"],
     "call-off handles its own 2,000 balance, but the re-attached quote shows an annual production quantity of 20,000 with nothing saying it is informational",
     [("CO-1203_HMF-OF1124.eml", eml_bytes(mail(
         "Sarah Okafor <s.okafor@harrowmf.co.uk>", "Mehmet Aydın <mehmet.aydin@bursafiltre.com.tr>",
         "Call-off CO-1203 - HMF-OF1124 oil filter - 1,000 pcs",
         d("2024-07-08 09:40", "+0100"), _p01, html=para_html(_p01),
         attachments=[("BF-Q-24-077.pdf", pdf([
             ("h1", "TEKLİF / QUOTATION BF-Q-24-077"),
             ("p", "Bursa Filtre San. ve Tic. A.Ş. | Nilüfer OSB, 16140 Bursa, Türkiye | export@bursafiltre.com.tr"),
             ("p", "Customer: Harrow Motor Factors Ltd | Date: 12.03.2024 | Validity: 90 days | Currency: EUR"),
             ("table", [
                 ["Article", "Description", "Quantity", "Unit price EUR", "Remark"],
                 ["HMF-OF1124", "Spin-on oil filter M20x1.5, silicone ADV, bypass 1.0 bar", "3,000 pcs", "1.31",
                  "trial order"],
                 ["HMF-OF1124", "as above", "20,000 pcs", "1.12", "annual production quantity"],
             ]),
             ("sp",),
             ("p", "Carton print: 4-colour, HMF logo on two sides, barcode EAN-13 on the end flap; master carton "
                   "40 pcs."),
             ("p", "Delivery: CPT Felixstowe. Payment: 60 days from invoice date."),
             ("p", "Selim Koç, Export Manager"),
         ], title="Quotation BF-Q-24-077", author="Selim Koc"), PDF_MT)])))])

# ---------------------------------------------------------------- p02
case("p02_pl_sample_po_offer_qty", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (20 sets) prints the offer's 4.000-set production quantity with no hold statement, no unlock event and only a contact name",
     [("ORZ-24-0733.pdf", pdf([
         ("h1", "ZAMÓWIENIE / PURCHASE ORDER Nr ORZ/24/0733"),
         ("p", "Hurtownia Motoryzacyjna Orzeł Sp. z o.o., ul. Fabryczna 9, 42-200 Częstochowa, Polska | "
               "NIP 573-000-00-00"),
         ("p", "Dostawca / Supplier: Yantai Jinhe Brake Parts Co., Ltd., Fushan District, Yantai, Shandong, China"),
         ("p", "Data / Date: 03.07.2024 | Waluta / Currency: USD | Incoterms: FOB Qingdao"),
         ("table", [
             ["Lp.", "Indeks", "Opis / Description", "Ilość / Qty", "Cena / Price", "Wartość / Value"],
             ["1", "ORZ-BS-4515", "Szczęki hamulcowe / brake shoe set 180x32 rear drum, with springs",
              "20 kpl. / sets", "7,90", "158,00"],
         ]),
         ("sp",),
         ("p", "Uwagi / Remarks:"),
         ("p", "Próbki do homologacji / samples for homologation (ECE R90)."),
         ("p", "Ilość produkcyjna wg oferty / production quantity per your offer JH-2405-12: 4.000 kpl. / sets, "
               "cena / unit price USD 5,40, termin / delivery 45 dni / days."),
         ("p", "Opakowanie / packing: ORZEŁ colour box, 10 sets per carton, EAN on the box."),
         ("p", "Kontakt / contact: Anna Wójcik, specjalista ds. zakupów / purchasing specialist, "
               "a.wojcik@orzel-moto.pl, +48 34 000 22 10"),
     ], title="ORZ/24/0733", author="Anna Wojcik"))])

# ---------------------------------------------------------------- p03
case("p03_folder_docx_po_plus_quote", ["RG001"],
     "sample PO's scope note holds its own 476 balance, but the attached supplier quote in the folder shows a 5,000-pc production quantity with no informational label",
     [("BN-PO-2024-061.docx", docx_bytes([
         ("h1", "BrightNest LED Inc. - Purchase Order BN-PO-2024-061"),
         ("p", "1180 Commerce Way, Reno, NV 89502, USA | purchasing@brightnestled.com"),
         ("p", "Vendor: Zhongshan Guangyao Lighting Co., Ltd. | Date: April 30, 2024 | Terms: 30% T/T, 70% before shipment | FOB Zhongshan"),
         ("table", [
             ["Line", "SKU", "Description", "Scope", "Qty", "Unit USD", "Amount USD"],
             ["1", "BN-UC-12", "12\" LED under-cabinet light bar, 3CCT switchable, linkable, ETL", "sample", "24",
              "6.90", "165.60"],
             ["2", "BN-UC-12", "as line 1", "production (commercial cover only)", "476", "4.85", "2,308.60"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "Active quantity: line 1, 24 sample bars."),
         ("p", "Line 2 (476 bars) is commercial cover only and is not released for production."),
         ("p", "Line 2 is released only after our sample sign-off (ETL photometric report and a 72-hour burn-in on "
               "our bench) and a written production release signed by Carla Mendes, VP Operations."),
         ("p", "Material authority: sample-only."),
         ("p", "Quotation GY-Q-2404-33 is enclosed with this PO."),
         ("sp",),
         ("p", "Carla Mendes, VP Operations"),
     ], author="Carla Mendes")),
      ("GY-Q-2404-33.pdf", pdf([
          ("h1", "QUOTATION GY-Q-2404-33"),
          ("p", "Zhongshan Guangyao Lighting Co., Ltd. - to BrightNest LED Inc. - 16 April 2024"),
          ("table", [
              ["Item", "Description", "Sample qty", "Sample price", "Production quantity", "Production price"],
              ["BN-UC-12", "12\" LED under-cabinet bar, 3CCT, linkable, ETL listed", "24 pcs", "USD 6.90",
               "5,000 pcs", "USD 4.85"],
          ]),
          ("p", "Lead time: samples 10 days; production 30 days. Payment: 30% deposit, 70% before shipment."),
          ("p", "Packing: 1 pc per colour box, 40 pcs per carton. Warranty 3 years."),
          ("p", "Vivian Luo, Sales Manager"),
      ], title="Quotation GY-Q-2404-33", author="Vivian Luo"))])

# ---------------------------------------------------------------- p04
case("p04_br_portal_sample_po_quote_data", ["RG001", "RG003", "RG004", "RG005"],
     "portal sample PO (16) shows quote's 1.600 production qty beside it; no hold, samples only 'for evaluation', buyer contact is not a release authority",
     [("Pedido_4500021177.html", html_page(
         "Pedido de compra 4500021177",
         "<h2>Autopeças Vale do Paraíba Ltda - Pedido de compra 4500021177</h2>\n"
         "<p>Fornecedor / supplier: <b>Gebze Kauçuk San. A.Ş.</b>, Gebze OSB, Kocaeli, Türkiye &nbsp;|&nbsp; "
         "Data: 18.06.2024 &nbsp;|&nbsp; Moeda: USD &nbsp;|&nbsp; Incoterm: FCA Istanbul</p>\n"
         + table_html([
             ["Item", "Material", "Descrição / description", "Qtd", "Preço unit. (USD)", "Entrega"],
             ["10", "AVP-MG-3301", "Mangueira de freio / hydraulic brake hose 310 mm, M10x1 banjo - M10x1 male",
              "16 PC", "5,60", "15.07.2024"],
         ])
         + "<h3>Dados da cotação GK-Q-0509 / quotation data</h3>\n"
         + table_html([
             ["Qtd amostra / sample qty", "Qtd produção / production qty", "Preço produção", "Prazo / lead time"],
             ["16", "1.600", "USD 3,95", "40 dias / days"],
         ])
         + "<p>Observação: amostras para avaliação da engenharia. / Samples for engineering evaluation.</p>\n"
         "<p>Comprador / buyer contact: Ana Ribeiro, ana.ribeiro@avp-autopecas.com.br, +55 12 3000 1188</p>\n"))])

# ---------------------------------------------------------------- p05
_p05 = (
    "Hi Grace,\n\n"
    "PO PEW-30522 for the 5ft twin LED batten - details below so you have it in one place:\n\n"
    "  Item: BAT-5T-50W, 5ft twin batten, 50 W, 6,000 lm, 4000K, IP20, BS EN 60598-2-1\n"
    "  PO quantity: 3,000 pcs\n"
    "  Price: GBP 6.85 per your quote LT-Q-0418\n"
    "  Packing: 10 pcs per carton, CE + UKCA on the rating label\n\n"
    "Please make 400 pcs for the first delivery, ex works 12 August, sea freight to Felixstowe.\n\n"
    "Further quantities will be called off by me as our stock sells through.\n\n"
    "Cheers,\nDave Pearce\nCategory Buyer - Lighting\nPennine Electrical Wholesale Ltd, Leeds\n0113 000 2716\n")
case("p05_uk_batten_first_delivery", ["RG001", "RG003"],
     "400 pcs asked for the first delivery while the 3,000 PO quantity sits beside it; call-offs by Dave Pearce named, but nothing says the rest is not released for production",
     [("PO_PEW-30522_battens.eml", eml_bytes(mail(
         "Dave Pearce <dave.pearce@pennine-elec.co.uk>", "Grace Ye <grace.ye@lumitek-lighting.com>",
         "PO PEW-30522 - LED batten 5ft - first delivery",
         d("2024-06-20 10:05", "+0100"), _p05, html=para_html(_p05))))])

# ---------------------------------------------------------------- p06
_p06_po = (
    "PO LIS-PO-240611: 12 sample torque wrenches TW-38 only.\n"
    "The production quantity of 1,188 pcs in your quote is not released. Production needs our sample "
    "sign-off (calibration check at our lab) and then a written release signed by me, Tom Reyes, Purchasing "
    "Manager.\n"
    "Material authority: sample-only.\n\n"
    "Tom")
_p06_sup = (
    "Dear Tom,\n\n"
    "Attached photos of the 12 sample torque wrenches (TW-38, 3/8\" drive, 20-100 Nm, +/-4% per ISO 6789-1) "
    "with the calibration certificates.\n\n"
    "Please confirm the samples are OK to send as they are, or tell us if you want any change on the blister "
    "card.\n\n"
    "Best regards,\nLily Chen\nChang Hwa Tools Industrial Co., Ltd.\n\n"
    "-----Original Message-----\nFrom: Tom Reyes\nSent: Monday, May 27, 2024 8:12 AM\n\n" + _p06_po)
case("p06_reply_approved_go_ahead", ["RG002"],
     "'Approved, go ahead.' names neither sample-only nor a quantity; the quoted PO note covers qty, hold, event and person",
     [("RE_TW-38_samples.eml", eml_bytes(mail(
         "Tom Reyes <treyes@lakeshore-ind.com>", "Lily Chen <lily.chen@changhwa-tools.com.tw>",
         "RE: TW-38 samples - photos and certs",
         d("2024-06-14 07:58", "-0400"),
         "Approved, go ahead.\n\n"
         "Thanks Lily - nice work on the case insert.\n\nTom\n\n"
         "From: Lily Chen <lily.chen@changhwa-tools.com.tw>\nSent: Friday, June 14, 2024 3:20 AM\n"
         "Subject: TW-38 samples - photos and certs\n\n" + q(_p06_sup) + "\n",
         in_reply_to="<h32-tw38-0614@changhwa-tools.com.tw>")))])

# ---------------------------------------------------------------- p07
case("p07_whatsapp_ok_proceed", ["RG002"],
     "after the agent reports 30 PP samples finished, the buyer answers 'ok proceed' with no scope; earlier messages give qty, hold, event and person",
     [("WhatsApp_Thandi_AsiaLink.txt",
       "[03/06/2024, 10:12] Thandi Mokoena: Hi Kevin, PO JBC-2291 sent by email: 30 sets PP samples of pad D1234 only.\n"
       "[03/06/2024, 10:13] Thandi Mokoena: Bulk 3,000 sets is not released. I will release it in writing myself after "
       "our lab test (ECE R90 bench + shear) passes.\n"
       "[03/06/2024, 10:20] Kevin (Asia Link): Noted with thanks. 30 sets only, bulk waiting your written release.\n"
       "[03/06/2024, 10:21] Kevin (Asia Link): Factory Mr Sun says samples need 2 weeks because of new shim design\n"
       "[03/06/2024, 10:25] Thandi Mokoena: fine\n"
       "[19/06/2024, 15:02] Kevin (Asia Link): Factory finished the 30 sets PP samples. Photos + shear test report "
       "attached. Waiting your comment.\n"
       "[19/06/2024, 15:03] Kevin (Asia Link): IMG-20240619-WA0007.jpg (file attached)\n"
       "[19/06/2024, 15:03] Kevin (Asia Link): shear_test_D1234.pdf (file attached)\n"
       "[19/06/2024, 18:40] Thandi Mokoena: ok proceed\n"
       "[19/06/2024, 18:52] Kevin (Asia Link): 👍 will tell factory\n")])

# ---------------------------------------------------------------- p08
_p08_sup = (
    "Dear Brian,\n\n"
    "As requested please find our prices for the heavy-duty air filter GPF-AF-4410 (radial seal, 2-stage, "
    "flame-retardant media):\n\n"
    "    500 pcs : USD 11.20\n"
    "  1,000 pcs : USD 10.40\n"
    "  3,000 pcs : USD  9.65\n\n"
    "Lead time 45 days from order, FOB Gemlik. Tooling: none, existing end caps.\n"
    "Please let us know the quantity you want to order.\n\n"
    "Best regards,\nMehmet Aydın\nBursa Filtre San. ve Tic. A.Ş.")
case("p08_go_ahead_with_our_order_tiers", ["RG002", "RG010"],
     "'Go ahead with our order' answers a three-tier price list; no quantity is named anywhere by the buyer",
     [("RE_GPF-AF-4410_prices.eml", eml_bytes(mail(
         "Brian Kessler <bkessler@greatplainsfleet.com>", "Mehmet Aydin <mehmet.aydin@bursafiltre.com.tr>",
         "RE: GPF-AF-4410 air filter - prices",
         d("2024-05-30 16:22", "-0500"),
         "Hi Mehmet,\n\nThanks - looks good. Go ahead with our order.\n\nBrian\n"
         + sig2("Brian Kessler", "Buyer", "Great Plains Fleet Supply, Omaha NE", "+1 402 555 0131")
         + "\nOn May 29, 2024, at 11:04 AM, Mehmet Aydın <mehmet.aydin@bursafiltre.com.tr> wrote:\n\n" + q(_p08_sup) + "\n",
         in_reply_to="<h32-prices-0529@bursafiltre.com.tr>")))])

# ---------------------------------------------------------------- p09
_p09_po = (
    "Jason,\n\n"
    "PO PFP-41290 is for 10 pre-production samples of the banjo bolt PFP-BB-1015 only. The balance of 1,990 "
    "pcs is not released; I release it in writing after PPS sign-off. Material authority: samples only.\n\n"
    "Neil")
_p09_sup = (
    "Dear Neil,\n\n"
    "Please find attached the PPS report for the 10 pre-production samples of PFP-BB-1015 (M10x1.0 banjo bolt, "
    "steel 11SMnPb30, zinc-nickel 8 um). All dimensions in tolerance, salt spray 720 h no red rust.\n\n"
    "Please let us have your comments.\n\n"
    "Best regards,\nJason Lee\nKaohsiung Hose Fittings Co., Ltd.\n\n"
    "On 2024/05/13 Neil Sutcliffe wrote:\n" + q(_p09_po))
case("p09_green_light_pps_report", ["RG002"],
     "'You've got the green light from us' after a PPS report, without sample-only scope or a quantity; quoted PO gives 10 samples, 1,990 on hold, written release by Neil",
     [("RE_PPS_PFP-BB-1015.eml", eml_bytes(mail(
         "Neil Sutcliffe <neil.sutcliffe@penninefp.co.uk>", "Jason Lee <jason.lee@khf-fittings.com.tw>",
         "RE: PPS report - banjo bolts PFP-BB-1015",
         d("2024-06-06 15:41", "+0100"),
         "Hi Jason,\n\n"
         "Report back with our comments in the right-hand column (attached). Thread looks fine, the copper "
         "washers too. You've got the green light from us.\n\n"
         "Cheers,\nNeil"
         + sig("Neil Sutcliffe", "Senior Buyer", "Pennine Fluid Power Ltd", "+44 1484 000 715")
         + "\nOn 6 Jun 2024, at 04:12, Jason Lee <jason.lee@khf-fittings.com.tw> wrote:\n\n" + q(_p09_sup) + "\n",
         in_reply_to="<h32-pps-0606@khf-fittings.com.tw>",
         attachments=[("PPS_report_PFP-BB-1015_comments.docx", docx_bytes([
             ("h1", "PPS report - PFP-BB-1015 banjo bolt M10x1.0"),
             ("p", "Supplier: Kaohsiung Hose Fittings Co., Ltd. | Samples: 10 pcs | Date: 5 June 2024"),
             ("table", [
                 ["Characteristic", "Spec", "Supplier result", "Pennine comment"],
                 ["Thread", "M10x1.0 6g", "go/no-go OK 10/10", "OK"],
                 ["Head AF", "14 mm -0.2", "13.88 - 13.95", "OK"],
                 ["Cross hole", "dia 3.0 +0.1", "3.02 - 3.06", "OK"],
                 ["Coating", "Zn-Ni 8 um min", "8.4 - 9.9 um", "OK"],
                 ["Salt spray", "720 h no red rust", "pass", "OK - keep report on file"],
                 ["Copper washers", "DIN 7603 A 10x14", "OK", "OK"],
             ]),
         ], author="Jason Lee"), DOCX_MT)])))])

# ---------------------------------------------------------------- p10
case("p10_supplier_ack_bought_material", ["RG006"],
     "supplier ack accepts 40 samples and the hold, but says it already ordered steel plate and compound for the full 8,000 sets; PO says material sample-only",
     [("Ack_FP-2024-131.eml", eml_bytes(mail(
         "Jenny Wu <jenny.wu@zhongli-brake.com>", "Rafael Souza <rafael.souza@freiospaulista.com.br>",
         "PO FP-2024-131 - order acknowledgement, pads FP-D1452",
         d("2024-06-12 17:30", "+0800"),
         "Dear Rafael,\n\n"
         "Thank you for PO FP-2024-131 (countersigned copy attached).\n\n"
         "We confirm 40 sample sets of pad FP-D1452 as stated, and we understand that the balance of 7,960 sets is "
         "not released until your lab sign-off and your written release.\n\n"
         "To protect your October window, please note that we have already placed the orders with our steel plate "
         "and friction compound suppliers for the full 8,000 sets. The material arrives next week and will be "
         "kept in our warehouse for your order.\n\n"
         "Samples ETD 28 June by air to Viracopos.\n\n"
         "Best regards,\nJenny Wu\nExport Sales, Hangzhou Zhongli Brake Pads Co., Ltd.\n+86 571 0000 3321\n",
         attachments=[("FP-2024-131_countersigned.pdf", pdf([
             ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER FP-2024-131"),
             ("p", "Freios Paulista Ltda | Rua Anhanguera 1450, Sorocaba SP, Brasil | CNPJ 00.000.000/0001-00"),
             ("p", "Supplier: Hangzhou Zhongli Brake Pads Co., Ltd. | Date: 10.06.2024 | FCA Shanghai"),
             ("table", [
                 ["Item", "Part", "Description", "Scope", "Qty", "Unit USD"],
                 ["1", "FP-D1452", "Disc brake pad set, front, ceramic, with wear sensor", "sample", "40 sets", "8,20"],
             ]),
             ("sp",),
             ("p", "Active quantity: 40 sample sets."),
             ("p", "The balance of 7,960 sets (8,000 per your quote) is not released."),
             ("p", "Unlock: our lab sign-off (dyno and noise test) and a written production release signed by "
                   "Rafael Souza, Gerente de Compras."),
             ("p", "Material authority: sample-only. Do not buy material for the balance."),
             ("p", "Countersigned for the supplier: Jenny Wu, 12.06.2024"),
         ], title="PO FP-2024-131", author="Rafael Souza"), PDF_MT)])))])

# ---------------------------------------------------------------- p11
case("p11_wechat_paid_so_start_bulk", ["RG006", "RG012"],
     "agent says payment means the factory can start bulk, and that Cr-V bar was bought and blanks cut for all 5,000 sets while only 20 are released",
     [("WeChat_BrunelTools_Bridgeway.txt",
       "WeChat - chat with Leo Zhang (Bridgeway Sourcing)\n"
       "Export by Oliver Grant, 2024-05-09\n"
       "=====================================================\n"
       "2024-05-06 10:02  Oliver Grant: Leo, PO BTT-0519 is the sample order: 20 sets of the 22-pc ratchet spanner "
       "set (RS-22M, 8-32 mm, 72T).\n"
       "2024-05-06 10:03  Oliver Grant: Bulk 5,000 sets NOT released. I release the bulk myself, in writing, after "
       "the samples pass our torque test to ISO 6789? no sorry - to DIN 3113 proof torque.\n"
       "2024-05-06 10:05  Leo Zhang: ok Oliver, 20 sets sample only, clear 👌\n"
       "2024-05-06 10:06  Leo Zhang: sample invoice USD 560 incl DHL, I send PI\n"
       "2024-05-08 14:30  Oliver Grant: Sample invoice paid today, USD 560. Remittance attached.\n"
       "2024-05-08 14:30  Oliver Grant: [File] remittance_BTT-0519.pdf\n"
       "2024-05-08 14:41  Leo Zhang: received thanks! Boss Wang says since payment is in, they can start the bulk "
       "now to catch the Christmas container 🎄\n"
       "2024-05-08 14:42  Leo Zhang: also factory already bought the Cr-V bar and cut blanks for all 5000 sets last "
       "week, to save time\n"
       "2024-05-08 14:43  Leo Zhang: I send production schedule tomorrow\n")])

# ---------------------------------------------------------------- p12
case("p12_supplier_mrp_reservation", ["RG006"],
     "supplier status plus MRP printout: resin, caps and packaging reserved/bought for 240,000 pcs while 20,000 are released; no material authority",
     [("Weekly_status_RM-SO-24-0388.eml", eml_bytes(mail(
         "Pim Rattanakorn <pim@rayong-mediplast.co.th>", "Ewa Lewandowska <e.lewandowska@medpol.com.pl>",
         "Weekly status - specimen container SC-100-PP - your PO MPD/2024/0301",
         d("2024-06-17 16:05", "+0700"),
         "Dear Ewa,\n\n"
         "Weekly status attached.\n\n"
         "Moulding of your release R-2 (10,000 pcs, bringing the released total to 20,000 pcs) starts on "
         "Monday. EO sterilisation slot booked for 2 July at our contract steriliser in Chachoengsao.\n\n"
         "To secure the resin price before the July increase, we have reserved, and partly purchased, material "
         "for 240,000 pcs - see the MRP printout attached.\n\n"
         "Samples for your sterility re-test will go by DHL with the shipment documents.\n\n"
         "Best regards,\nPim Rattanakorn\nCustomer Service Manager\nRayong MediPlast Co., Ltd.\n",
         attachments=[("MRP_reservation_RM-SO-24-0388.txt",
                       "RAYONG MEDIPLAST CO., LTD.     MRP - MATERIAL RESERVATION BY CUSTOMER ORDER   2024-06-17\n"
                       "CUSTOMER : MEDPOL DYSTRYBUCJA SP. Z O.O.     SO: RM-SO-24-0388   CUST PO: MPD/2024/0301\n"
                       "ITEM     : SC-100-PP SPECIMEN CONTAINER 100 ML, PP, RED SCREW CAP, STERILE (EO)\n"
                       "RELEASED QTY (CUSTOMER, R-1 + R-2) :      20,000 PCS\n"
                       "------------------------------------------------------------------------------------------\n"
                       "MATERIAL     DESCRIPTION               UOM  REQ/PC    RESERVED   ON HAND  ON ORDER  FOR PCS\n"
                       "------------ ------------------------- ---  ------  ----------  --------  --------  -------\n"
                       "RM-PP-H1500  PP HOMOPOLYMER MFI 35     KG    0.012     2,880.0   1,200.0   1,680.0  240,000\n"
                       "RM-HDPE-CAP  HDPE CAP COMPOUND RED     KG    0.003       720.0     720.0       0.0  240,000\n"
                       "PK-BAG-100   PE BAG STERILE 100/BAG    PC    0.010       2,400     2,400         0  240,000\n"
                       "PK-CTN-1000  CARTON 5-PLY 1000 PCS     PC    0.001         240       240         0  240,000\n"
                       "------------------------------------------------------------------------------------------\n"
                       "PRINTED BY: SUPATTRA K.   MRP RUN 24-25   PLANT RY01\n",
                       "text/plain")])))])

# ---------------------------------------------------------------- p13
_p13 = (
    "Hi Ricky,\n\n"
    "Thanks for confirming PO STG-1142 for the 50 pre-production headlamps (HL-400R, 400 lm, USB-C "
    "rechargeable, IPX6).\n\n"
    "To recap what's on the PO: only the 50 are authorized. The 2,950 balance is not released and needs our "
    "sign-off of the pre-production units plus a written release from me.\n\n"
    "That said - I know your lead time on the LED chips and the 18650 cells is long. While we wait for the "
    "samples, you might want to start lining up the chips and cells for the rest of the order so you're ready "
    "to go.\n\n"
    "And honestly, if the pre-production units pass our drop and water tests next week, just carry on with the "
    "rest - I'll get the paperwork over to you afterwards. We really need to hit the Prime Day inbound date.\n\n"
    "Thanks!\n"
    "Megan Alvarez\nHead of Product, Summit Trail Gear\nBend, Oregon\n")
case("p13_buyer_line_up_chips_carry_on", ["RG006", "RG007"],
     "buyer invites material buying for the 2,950 balance with no stated authority, and says passing tests means 'carry on with the rest' despite her own written-release rule",
     [("HL-400R_preproduction.eml", eml_bytes(mail(
         "Megan Alvarez <megan@summittrailgear.com>", "Ricky Huang <ricky@lumiway-dg.com>",
         "HL-400R pre-production - next steps",
         d("2024-05-15 18:12", "-0700"), _p13, html=para_html(_p13))))])

# ---------------------------------------------------------------- p14
case("p14_folder_release_and_progress", ["RG006"],
     "release R-1 (1,000) with staged material authority up to 2,000; supplier's progress mail says material for 4,000 assemblies is kitted",
     [("Release_R-1_PAH-24-0210.docx", docx_bytes([
         ("h1", "Release R-1 - PO PAH-24-0210 - hydraulic hose assemblies"),
         ("p", "Prairie Ag Hydraulics, Inc., 800 Industrial Pkwy, Fargo, ND 58102, USA"),
         ("p", "To: Coimbatore Hose Works Pvt Ltd, SIDCO Industrial Estate, Kurichi, Coimbatore 641021 | "
               "Date: June 3, 2024"),
         ("table", [
             ["Part", "Description", "PO qty (commercial cover)", "Released (R-1)", "Balance on hold",
              "Material authority (staged)"],
             ["PAH-HA-0612", "3/8\" 2-wire hose assy, JIC 37 deg both ends, 1,000 mm", "6,000", "1,000", "5,000",
              "up to 2,000 assemblies"],
         ]),
         ("sp",),
         ("p", "R-1 releases 1,000 assemblies (one thousand) for production and delivery in July."),
         ("p", "The balance of 5,000 is not released. It is unlocked only by release R-2 in writing, after lot "
               "acceptance of R-1 at our incoming inspection, signed by Linda Hoffman, Materials Manager."),
         ("p", "Material authority: staged up to 2,000 assemblies (hose, fittings, ferrules) at Prairie Ag's "
               "liability. Material beyond 2,000 assemblies is at the supplier's risk."),
         ("sp",),
         ("p", "Linda Hoffman, Materials Manager"),
     ], author="Linda Hoffman")),
      ("progress_update_R-1.eml", eml_bytes(mail(
          "Senthil Kumar <senthil@cbe-hoseworks.in>", "Linda Hoffman <lhoffman@prairieag.com>",
          "PAH-24-0210 R-1 progress",
          d("2024-06-24 18:20", "+0530"),
          "Dear Linda,\n\n"
          "Progress on R-1: 620 of 1,000 assemblies crimped and pressure tested; impulse test samples sent to the "
          "lab on Friday. Balance of R-1 will be finished by 5 July.\n\n"
          "To keep the line running without a break when R-2 comes, we have drawn hose, fittings and ferrules "
          "from stores for 4,000 assemblies and kitted them at the crimp line.\n\n"
          "Packing list and test certificates will follow with the shipment.\n\n"
          "Warm regards,\nSenthil Kumar\nProduction Planning, Coimbatore Hose Works Pvt Ltd\n+91 422 000 1177\n")))])

# ---------------------------------------------------------------- p15
case("p15_pps_inspection_report_bulk_next", ["RG006", "RG007"],
     "inspection report: factory will go straight to bulk 6,000 boxes after the PASS, and fabric for all 6,000 is already in its warehouse",
     [("PPS_inspection_KQ-24-20931.html", html_page(
         "Pre-production sample inspection KQ-24-20931",
         "<h2>Kestrel QC Services - Pre-Production Sample (PPS) Inspection Report</h2>\n"
         "<p>Report no. KQ-24-20931 &nbsp;|&nbsp; Inspection date: 19 June 2024 &nbsp;|&nbsp; Inspector: Zhao Lei</p>\n"
         + table_html([
             ["Field", "Details"],
             ["Client", "Umhlanga Medical Supplies (Pty) Ltd, Durban"],
             ["Factory", "Jiangsu Kangda Medical Devices Co., Ltd., Yangzhou"],
             ["PO", "UMS-44178"],
             ["Product", "Type IIR medical face mask, 3-ply, ear loop, EN 14683:2019+AC, box of 50"],
             ["Order scope per client", "PP samples: 4 boxes (200 masks) released. Bulk 6,000 boxes: not released "
                                        "(client's written release pending)."],
         ])
         + "<h3>Results</h3>\n"
         + table_html([
             ["Check", "Requirement", "Result"],
             ["Bacterial filtration efficiency", ">= 98% (lab report SGS-24-1187)", "99.2% - PASS"],
             ["Splash resistance", ">= 16.0 kPa", "PASS"],
             ["Breathability", "< 60 Pa/cm2", "41 Pa/cm2 - PASS"],
             ["Ear loop strength", ">= 10 N", "14-17 N - PASS"],
             ["Labelling / IFU", "ISO 15223-1, client artwork v2", "PASS"],
         ])
         + "<p><b>Overall result: PASS</b></p>\n"
         "<h3>Inspector remarks</h3>\n"
         "<p>Factory informed the inspector that, following this PASS result, they will proceed directly to bulk "
         "production of 6,000 boxes from 24 June.</p>\n"
         "<p>Melt-blown and spunbond fabric for the full 6,000 boxes is already in the factory warehouse (photos "
         "12-14). Ear loop elastic for 2,000 boxes on site, balance arriving 22 June.</p>\n"))])

# ---------------------------------------------------------------- p16
case("p16_supplier_oc_forecast_confirmed", ["RG007", "RG008"],
     "supplier order confirmation books the Jul-Dec forecast of 9.600 as a confirmed order and says mass production starts automatically once the samples are confirmed",
     [("OC-24-1187_Konya_Fren.pdf", pdf([
         ("h1", "ORDER CONFIRMATION OC-24-1187"),
         ("p", "Konya Fren Sanayi ve Ticaret A.Ş. | 1. Organize Sanayi Bölgesi, 42300 Selçuklu/Konya, Türkiye | "
               "export@konyafren.com.tr"),
         ("table", [
             ["Customer", "Harrow Motor Factors Ltd, Harrow, UK"],
             ["Your PO", "HMF-PO-24-0522 dated 20.05.2024 (samples)"],
             ["Your forecast", "FC Jul-Dec 2024, received 03.06.2024"],
             ["Date", "05.06.2024"],
         ]),
         ("sp",),
         ("table", [
             ["Pos", "Article", "Description", "Qty", "Unit EUR", "Basis"],
             ["1", "KF-BD-2561", "Brake disc 256x22 vented, coated", "16 pcs", "19,80", "your PO (samples)"],
             ["2", "KF-BD-2561", "Brake disc 256x22 vented, coated", "9.600 pcs", "11,40",
              "confirmed order per your forecast Jul-Dec"],
         ]),
         ("sp",),
         ("p", "We thank you for your order. The 16 sample discs will be dispatched by 14.06.2024 by courier."),
         ("p", "Your Jul-Dec forecast of 9.600 pcs has been entered in our system as a confirmed order and "
               "capacity on line 3 is reserved for it."),
         ("p", "Mass production will start automatically once you confirm the samples, so that the first "
               "container can leave in July."),
         ("p", "Delivery: FCA Konya. Payment: 60 days from invoice date."),
         ("p", "Best regards, Emre Yıldız, Export Department"),
     ], title="OC-24-1187", author="Emre Yildiz"))])

# ---------------------------------------------------------------- p17
case("p17_whatsapp_ok_sounds_good", ["RG007"],
     "factory proposes to run the 2,970 straight after sample OK without a new document; buyer answers 'ok sounds good', contradicting her written-release rule",
     [("WhatsApp_Fernanda_Jack.txt",
       "[10/06/24 09:12:40] Fernanda Lima: Bom dia Jack! PO PC-2024-01502 sent: 30 pcs samples of downlight DL-18R "
       "(18W, 3000K, CRI>90) only.\n"
       "[10/06/24 09:13:22] Fernanda Lima: The 2,970 pcs production is not released. After our lab test (INMETRO "
       "photometry + thermal) I send you the written release\n"
       "[10/06/24 09:40:05] Jack Liang: Dear Fernanda, received. 30 pcs samples ready in 10 days\n"
       "[10/06/24 09:41:17] Jack Liang: to save time, after you OK the sample we continue the 2970 pcs directly, "
       "no need wait new document, ok?\n"
       "[10/06/24 10:05:51] Fernanda Lima: ok sounds good 👍\n"
       "[10/06/24 10:06:30] Jack Liang: 👌 thank you dear\n"
       "[10/06/24 10:07:02] Jack Liang: which color box, same as last project?\n"
       "[10/06/24 10:15:44] Fernanda Lima: yes same box, new label file I send tomorrow\n")])

# ---------------------------------------------------------------- p18
case("p18_erp_po_run_ln02_without_notice", ["RG005", "RG007"],
     "ERP PO: line 02 (990 boxes) on hold until sample sign-off, then 'run LN 02 without further notice' - implied auto-conversion, no named release authority",
     [("CFW-PO-018833.txt",
       "CAPE FASTENER WHOLESALERS (PTY) LTD                              PURCHASE ORDER\n"
       "12 Marine Drive, Paarden Eiland, Cape Town 7405                  PAGE 1 OF 1\n"
       "PO NO : CFW-PO-018833     REV: 00      DATE: 2024-05-21\n"
       "SUPPLIER: TAINAN PRECISION FASTENER CO LTD (TPF01)     TERMS: 30 DAYS AFTER B/L\n"
       "DELIVERY: FOB KAOHSIUNG -> CPT CAPE TOWN              CURRENCY: USD\n"
       "----------------------------------------------------------------------------------\n"
       "LN ITEM            DESCRIPTION                           QTY  UOM  PRICE USD  VALUE USD\n"
       "-- --------------- ----------------------------------- ----- ---- --------- ----------\n"
       "01 CFW-AB-M12160   ANCHOR BOLT M12x160 THROUGHBOLT ZP     10  BOX     38.50     385.00\n"
       "                   (50/BOX) SAMPLE LOT\n"
       "02 CFW-AB-M12160   ANCHOR BOLT M12x160 - PRODUCTION      990  BOX     31.20  30,888.00\n"
       "----------------------------------------------------------------------------------\n"
       "                                                          TOTAL USD   31,273.00\n"
       "NOTES:\n"
       "LN 02 ON HOLD UNTIL SAMPLE SIGN-OFF (PULL-OUT TEST PER EAD 330232, C20/25 CONCRETE).\n"
       "ONCE SAMPLES ARE SIGNED OFF, RUN LN 02 (990 BOX) WITHOUT FURTHER NOTICE.\n"
       "MATERIAL: SAMPLE LOT ONLY UNTIL SIGN-OFF.\n"
       "CARTON MARKING: CFW LOGO, ITEM CODE, LOT NO. MAX 20 KG PER CARTON.\n"
       "----------------------------------------------------------------------------------\n"
       "PRINTED 2024-05-21 14:02   USER: PURCH02\n")])

# ---------------------------------------------------------------- p19
_p19_po = (
    "PO NK/24/0419: 15 sample claw hammers NK-CH-450 (450 g, fibreglass handle, DIN 1041 head).\n"
    "The production quantity of 2,985 pcs is not released. It will be released in writing by Paweł Nowicki "
    "after QA sample sign-off. Material authority: sample-only.")
_p19_sup = (
    "Dear Mr Nowicki,\n\n"
    "The 15 sample hammers left Ludhiana yesterday by FedEx (AWB 7781 2204 9913).\n\n"
    "Could you please tell us who will give the approval for the production and in which form? Our planning "
    "wants to book the forging press for August.\n\n"
    "Regards,\nHarpreet Singh\nLudhiana Forge Tools Pvt Ltd\n\n"
    "--- Original PO note ---\n" + _p19_po)
case("p19_qa_approval_is_your_approval", ["RG007", "RG009"],
     "buyer says QA's sample approval also counts as approval to produce the 2,985, overriding his own written-release rule; 'approval' used for technical and production",
     [("RE_NK-24-0419_hammers.eml", eml_bytes(mail(
         "Paweł Nowicki <p.nowicki@narzedziownia-krakow.pl>", "Harpreet Singh <harpreet@ludhianaforge.in>",
         "RE: NK/24/0419 - sample hammers dispatched",
         d("2024-07-04 08:25", "+0200"),
         "Dear Harpreet,\n\n"
         "To answer your question: once our QA has approved the 15 samples, that approval also counts as your "
         "approval to produce the 2,985 pcs. You don't need to wait for a separate document from me - book the "
         "press.\n\n"
         "Best regards,\n"
         "Paweł Nowicki\nKierownik Zakupów / Purchasing Manager\nNarzędziownia Kraków Sp. z o.o.\n"
         "ul. Półłanki 64, 30-740 Kraków\n\n"
         "-----Wiadomość oryginalna----- / Original message\n"
         "Od / From: Harpreet Singh\nWysłano / Sent: 3 July 2024 14:10\n\n" + q(_p19_sup) + "\n",
         in_reply_to="<h32-hammers-0703@ludhianaforge.in>")))])

# ---------------------------------------------------------------- p20
_p20 = (
    "Hi Tina!\n\n"
    "Samples shipped - awesome, thank you!!\n\n"
    "Just so we're on the same page about the bulk 2,000: like I said in the PO, the bulk isn't released until "
    "I've tested the 6 samples and sent you a written OK.\n\n"
    "BUT - I'm going to be at a trade show in Vegas the week they land and I really don't want us to lose the "
    "factory slot. So if the samples match the photos you sent (same frosted lens, same 2700K warm white, same "
    "stake), just go ahead and make the 2,000, no need to wait for me.\n\n"
    "Thanks so much,\nAshley\n"
    "Ashley Nguyen | Founder, Glowpath Outdoor LLC | Scottsdale, AZ\n")
case("p20_seller_make_2000_if_match", ["RG007"],
     "seller restates her written-OK rule, then tells the factory to make the 2,000 if samples match the photos without waiting for her",
     [("Glowpath_SPL-08.eml", eml_bytes(mail(
         "Ashley Nguyen <ashley@glowpathoutdoor.com>", "Tina Zhou <tina@sunpower-solarlight.cn>",
         "Re: SPL-08 solar path light samples shipped!",
         d("2024-04-09 22:31", "-0700"), _p20, html=para_html(_p20))))])

# ---------------------------------------------------------------- p21
case("p21_blanket_forecast_firm_commitment", ["RG008"],
     "blanket order calls the 2025 forecast quantities a firm commitment to be taken and paid; call-off 1 itself is fully scoped",
     [("HF-BO-2025-01_blanket.docx", docx_bytes([
         ("h1", "Zamówienie ramowe / Blanket order HF/BO/2025/01"),
         ("p", "Hydro-Flex Polska Sp. z o.o., ul. Przemysłowa 12, 20-479 Lublin"),
         ("p", "Dostawca / supplier: Gebze Kauçuk San. A.Ş., Gebze OSB, Kocaeli, Türkiye"),
         ("p", "Data / date: 2 December 2024 | Okres / period: 1 January - 31 December 2025"),
         ("table", [
             ["Part", "Description", "Forecast 2025 (pcs)", "Call-off 1 released (pcs)"],
             ["HF-2SN-08", "Hose assembly 2SN DN12, 1/2\" BSP swivel both ends, 850 mm", "24,000", "2,000"],
             ["HF-1SN-06", "Hose assembly 1SN DN10, 3/8\" JIC both ends, 600 mm", "18,000", "1,500"],
         ]),
         ("sp",),
         ("h", "Quantities"),
         ("p", "The 2025 forecast quantities above (24,000 and 18,000 pcs) constitute our firm commitment and will "
               "be taken and paid in full during 2025."),
         ("h", "Call-off 1"),
         ("p", "Call-off 1 releases 2,000 pcs of HF-2SN-08 and 1,500 pcs of HF-1SN-06 for production and delivery "
               "in January 2025."),
         ("p", "The remaining quantities are not released for production. Each further quantity is released only "
               "by a numbered call-off signed by Marta Nowak, Purchasing & Release."),
         ("p", "Material authority: the quantities of call-off 1 only."),
         ("h", "Quality"),
         ("li", "Hose to EN 853; assemblies impulse tested per ISO 6803 on each production lot."),
         ("li", "PPAP level 3 already on file (HF-PPAP-2024-17)."),
         ("sp",),
         ("p", "Marta Nowak, Purchasing & Release"),
     ], author="Marta Nowak"))])

# ---------------------------------------------------------------- p22
case("p22_whatsapp_agent_forecast_is_order", ["RG006", "RG008"],
     "agent tells the buyer the 30k-set forecast was passed on as a confirmed order and the factory booked steel and handles for 30k, while only 100 sample sets are released",
     [("WhatsApp_Lucas_Sunny.txt",
       "[02/07/2024, 11:02] Lucas Andrade: Hi Sunny, attaching our forecast for next year for the screwdriver sets "
       "(SD-12 12-pc, S2 bits + Cr-V shafts): about 30,000 sets. FORECAST only, for your planning.\n"
       "[02/07/2024, 11:02] Lucas Andrade: Forecast_SD-12_2025.xlsx (file attached)\n"
       "[02/07/2024, 11:03] Lucas Andrade: Current PO DSF-2207 is 100 sets samples only. Nothing more is released "
       "until my written release after our torque + hardness tests (ISO 2380 / ISO 8764).\n"
       "[02/07/2024, 11:20] Sunny Huang (Asia Link): Received Lucas, thank you!\n"
       "[03/07/2024, 09:48] Sunny Huang (Asia Link): Good news, I told factory your 30k is confirmed order for next "
       "year, so they give better price 🙂\n"
       "[03/07/2024, 09:49] Sunny Huang (Asia Link): factory already booked S2 steel and the handle material for the "
       "full 30k sets yesterday, price locked until Dec\n"
       "[03/07/2024, 09:50] Sunny Huang (Asia Link): samples 100 sets ready 15 July\n")])

# ---------------------------------------------------------------- p23
_p23 = (
    "Hi Amy,\n\n"
    "Attached is our H2 forecast for the SF-series fuel/water separators.\n\n"
    "Please take these quantities as our order for H2 and plan production accordingly - we'll send the PO "
    "numbers for accounting later on.\n\n"
    "Thanks,\nBrian\n"
    + sig2("Brian Kessler", "Buyer", "Great Plains Fleet Supply, Omaha NE", "+1 402 555 0131"))
case("p23_h2_forecast_take_as_order", ["RG008"],
     "buyer sends a table headed 'forecast' and asks the supplier to take it as the H2 order and plan production",
     [("H2_forecast_SF-series.eml", eml_bytes(mail(
         "Brian Kessler <bkessler@greatplainsfleet.com>", "Amy Xu <amy.xu@sunrise-filter.com>",
         "H2 forecast - SF series",
         d("2024-06-11 09:15", "-0500"), _p23,
         attachments=[("GPF_H2_2024_forecast.html", html_page(
             "GPF H2 2024 forecast",
             "<h2>Great Plains Fleet Supply - H2 2024 forecast - Yuyao Sunrise Filter</h2>\n"
             + table_html([
                 ["Part", "Description", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "H2 total"],
                 ["SF-2210", "Fuel/water separator 10 micron, OE ref 2010PM", "400", "400", "600", "600", "500",
                  "300", "2,800"],
                 ["SF-2230", "Fuel/water separator 30 micron, OE ref 2020PM", "200", "200", "300", "300", "250",
                  "150", "1,400"],
                 ["SF-1105", "Spin-on fuel filter 1-14 UNS", "300", "300", "300", "400", "400", "300", "2,000"],
             ])
             + "<p>Prepared by B. Kessler, 11 June 2024.</p>\n"), "text/html")])))])

# ---------------------------------------------------------------- p24
case("p24_seller_deposit_start_and_5k_monthly", ["RG008", "RG012"],
     "seller says the 50% deposit means 'please start making them' and turns a projected 5k/month into a standing order",
     [("Ironbark_MT-14_order.eml", eml_bytes(mail(
         "Cody Ramirez <cody@ironbarksupply.co>", "Cindy Chen <cindy@hongda-hardware.cn>",
         "PO IB-0007 - 1,000 multi-tools - deposit sent!",
         d("2024-08-02 13:05", "-0500"),
         "Hey Cindy,\n\n"
         "Good news - PO IB-0007 for the 1,000 multi-tools (MT-14, black oxide, Ironbark logo on the left handle, "
         "nylon sheath, kraft box) is below, and I just paid the 50% deposit through Trade Assurance ($4,250), "
         "so please start making them!\n\n"
         "  PO IB-0007 | MT-14 multi-tool | 1,000 pcs | $8.50 | FOB Yangjiang | ship by Sept 20\n\n"
         "Also, we're projecting to sell around 5k a month once we're fully ranked, so put us down for 5,000 every "
         "month from October - treat that as our standing order.\n\n"
         "Cheers,\nCody\nIronbark Supply Co. | Austin, TX\n")))])

# ---------------------------------------------------------------- p25
case("p25_drawing_released_and_release_02", ["RG009"],
     "one letter uses 'released' for the drawing revision (engineering) and for Release 02 (production); scope otherwise complete",
     [("Release_letter_HHF-1142.pdf", pdf([
         ("h1", "Drawing HHF-1142 Rev D released - Release 02"),
         ("p", "Highveld Hose & Fittings (Pty) Ltd, 14 Steel Road, Germiston 1401, South Africa"),
         ("p", "To: Izmir Hortum San. ve Tic. A.Ş., Kemalpaşa OSB, İzmir, Türkiye | Date: 12 August 2024"),
         ("p", "Order: PO HHF-24-0318 - hose assembly HHF-1142, commercial cover 4,000 pcs (50 samples + 3,950 production)"),
         ("h", "1. Engineering"),
         ("p", "Drawing HHF-1142 Rev D (ECN-118: ferrule crimp diameter 21.4 +/- 0.1 mm) is released. Rev C is "
               "withdrawn; please scrap any printed copies."),
         ("h", "2. Release 02"),
         ("p", "1,000 pcs (one thousand) of HHF-1142 Rev D are released for production and delivery in September. "
               "Released to date: 1,050 pcs (50 samples + 1,000)."),
         ("p", "The balance of 2,950 pcs is not released. It is unlocked only by lot acceptance of Release 02 at our "
               "incoming inspection and a written Release 03 signed by Pieter van Wyk, Procurement Manager."),
         ("p", "Material authority: the quantity of Release 02 only."),
         ("sp",),
         ("p", "Pieter van Wyk, Procurement Manager"),
     ], title="Release 02 HHF-1142", author="Pieter van Wyk"))])

# ---------------------------------------------------------------- p26
case("p26_lc_sample_production_approval", ["RG009"],
     "status mail uses 'approval' for the bank's L/C, the sample evaluation and the production go; quantities, hold, event and person are stated",
     [("Status_PC-2024-01611.eml", eml_bytes(mail(
         "Fernanda Lima <fernanda.lima@luminabrasil.com.br>", "Michael Chen <michael.chen@everbright-opto.com.tw>",
         "Status PO PC-2024-01611 - LED high-bay HB-150",
         d("2024-06-28 11:30", "-0300"),
         "Dear Michael,\n\n"
         "Status of PO PC-2024-01611 (LED high-bay HB-150, 150 W, 5000K, IP65):\n\n"
         "Approval of the L/C: our bank (Itaú) approved the L/C application yesterday for the full PO value, "
         "i.e. the 20 samples and the 1,980 pcs production line. You will receive it through Mega Bank Taipei.\n\n"
         "Approval of the samples: the 20 samples are still in our lab (IES LM-79 photometry, IP65 ingress, "
         "thermal). Sample approval is expected by 12 July.\n\n"
         "Approval for production: the 1,980 pcs are not released. Production approval for the 1,980 pcs will be "
         "given in writing by me after the sample approval.\n\n"
         "Atenciosamente,\nFernanda Lima\nCompradora Sênior | Lumina Brasil Iluminação Ltda\n+55 11 3000 2040\n")))])

# ---------------------------------------------------------------- p27
case("p27_ppap_quote_production_approved", ["RG009"],
     "memo says 'approved' for the PPAP samples, for the quote (finance) and for 300 pcs of production; the balance and its unlock are otherwise clear",
     [("Status_memo_MBS-CB-7710.docx", docx_bytes([
         ("h1", "Status memo - caliper bracket MBS-CB-7710"),
         ("p", "Midwest Brake Supply, Inc. -> Chonburi Auto Brake Co., Ltd. | PO MBS-78102 (3,000 pcs) | 8 July 2024"),
         ("table", [
             ["Topic", "Status"],
             ["PPAP", "Approved for the 25 PPAP samples (level 3, PSW signed 28 May 2024 by Laura Bishop, SQE)"],
             ["Quote CAB-Q-2404 (3,000 pcs)", "Approved by Finance at USD 4.10"],
             ["Production", "Approved for 300 pcs now"],
             ["Balance", "2,700 pcs - not released"],
         ]),
         ("sp",),
         ("p", "You are approved for 300 pcs now. The remaining 2,700 pcs of PO MBS-78102 are not released; they are "
               "released only in writing by Dan Kowalczyk, Purchasing Director, after lot acceptance of the first "
               "300 at our Columbus dock."),
         ("p", "Material authority: 300 pcs."),
         ("p", "Castings: ductile iron EN-GJS-500-7 (ASTM A536 65-45-12), heat lot traceability on each bracket."),
         ("sp",),
         ("p", "Dan Kowalczyk, Purchasing Director"),
     ], author="Dan Kowalczyk"))])

# ---------------------------------------------------------------- p28
_p28_po = (
    "Hi Wendy,\n\n"
    "PO HHL-0817 attached: GU10 5W LED lamp, 2700K, 36 deg, Halo Home branding - 4,800 pcs, full quantity, "
    "one shipment, FOB Ningbo by 30 September.\n\n"
    "Sophie")
_p28_sup = (
    "Dear Sophie,\n\n"
    "Please find attached the final carton artwork v4 and our PI for PO HHL-0817. Please confirm.\n\n"
    "Best regards,\nWendy\nNingbo Lumitek Lighting Co., Ltd.\n\n"
    "On 14/07/2024 Sophie Barnes wrote:\n" + q(_p28_po))
case("p28_all_approved_go_ahead", ["RG002", "RG009"],
     "'Artwork approved, PO approved, all approved - go ahead!': one word for artwork and commercial approval, and an unscoped go-ahead",
     [("RE_artwork_PI_HHL-0817.eml", eml_bytes(mail(
         "Sophie Barnes <sophie@halohomelighting.co.uk>", "Wendy Sun <wendy@lumitek-lighting.com>",
         "RE: HHL-0817 final artwork v4 + PI",
         d("2024-07-19 12:48", "+0100"),
         "Artwork approved, PO approved, all approved - go ahead!\n\n"
         "Have a lovely weekend Wendy x\n\nSophie\n"
         "Halo Home Lighting Ltd | Bristol\n\n"
         "On Fri, 19 Jul 2024, 03:15 Wendy Sun, <wendy@lumitek-lighting.com> wrote:\n" + q(_p28_sup) + "\n",
         in_reply_to="<h32-art-0719@lumitek-lighting.com>")))])

# ---------------------------------------------------------------- p29
case("p29_make_the_samples_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "buyer asks for 'the samples' with no quantity, nothing about the balance, no unlock event and no release authority",
     [("Syringe_10mL_Wessex.eml", eml_bytes(mail(
         "Helen Marsh <helen.marsh@wessexcare.co.uk>", "Lily Zhao <lily.zhao@kangda-medical.com>",
         "10 mL Luer-lock syringe - samples please",
         d("2024-03-12 10:02", "+0000"),
         "Hi Lily,\n\n"
         "Thanks for the quotation and the CE / UKCA documents for the 10 mL Luer-lock syringe (sterile, "
         "blister pack, 100 per box).\n\n"
         "Please make the samples so we can check them against our current supplier's - especially the plunger "
         "glide force and the graduation print. PO to follow for our accounts team.\n\n"
         "Send them to our Bridgwater warehouse, attention Goods-In / QA.\n\n"
         "Kind regards,\nHelen"
         + sig("Helen Marsh", "Head of Procurement", "Wessex Care Supplies Ltd - Bridgwater, Somerset",
               "+44 1278 000 310"))))])

# ---------------------------------------------------------------- p30
case("p30_release_first_production_lot", ["RG010"],
     "release letter releases 'the first production lot' without a number; hold, unlock event and named authority are present",
     [("Release_R-1_ZZ-24-06-0192.docx", docx_bytes([
         ("h1", "Zwolnienie / Release R-1"),
         ("p", "Moto-Hurt Lublin S.A., ul. Mełgiewska 74, 20-234 Lublin"),
         ("p", "Do / to: Laizhou Huaxin Brake Disc Co., Ltd. | Data: 29.07.2024"),
         ("p", "Zamówienie / order: ZZ/24/06/0192 rev 1 - brake disc MH-BD-28012V (280x12 vented, 5x108)"),
         ("table", [
             ["Step", "Status"],
             ["Sample discs (12 pcs)", "ECE R90 bench test passed - report LAB-24-311; sample sign-off recorded 26.07.2024"],
             ["Production quantity per offer HX-2406-07", "1.188 pcs"],
         ]),
         ("sp",),
         ("p", "We hereby release the first production lot for production and delivery."),
         ("p", "The rest of the 1.188 pcs stays on hold and is not released. Further lots are released only in "
               "writing by Tomasz Zieliński, Kierownik Zakupów / Head of Purchasing, after lot acceptance of the "
               "first lot at our warehouse."),
         ("p", "Material authority: the first lot only."),
         ("sp",),
         ("p", "Tomasz Zieliński, Kierownik Zakupów"),
     ], author="Tomasz Zielinski"))])

# ---------------------------------------------------------------- p31
case("p31_whatsapp_deposit_start_first_batch", ["RG010", "RG012"],
     "buyer links the deposit to starting 'the first batch' and never gives its quantity; hold, lot-acceptance event and named releaser are stated",
     [("WhatsApp_Neil_Senthil.txt",
       "[08/07/2024, 09:01] Neil Sutcliffe: Morning Senthil. Re PO PFP-41230 (hydraulic hose assemblies, 5,000 "
       "total): the samples were signed off last week, report in your inbox.\n"
       "[08/07/2024, 09:02] Neil Sutcliffe: The balance stays on hold except what I release. Further lots only on my "
       "written release after lot acceptance of each lot.\n"
       "[08/07/2024, 09:05] Neil Sutcliffe: Deposit's gone through this morning (30%, ref TT-2207), so you can start "
       "on the first batch 👍\n"
       "[08/07/2024, 09:20] Senthil Kumar: Thank you sir, received. We will start first batch Wednesday.\n"
       "[08/07/2024, 09:21] Senthil Kumar: Same crimp spec as samples, 4SH 3/4\" with ORFS ends, yes?\n"
       "[08/07/2024, 09:30] Neil Sutcliffe: Yes, same spec\n")])

# ---------------------------------------------------------------- p32
_p32 = (
    "Dear Mr Zhao,\n\n"
    "Good news: we have been awarded the KwaZulu-Natal Department of Health tender RT-24/0917 for IV "
    "cannulas.\n\n"
    "Sample sign-off for the 200 pilot cannulas (G18 / G20 / G22) was recorded by Dr Khumalo on 2 July.\n\n"
    "Under PO UMS-44233 please now produce enough for the tender's first delivery - the Department's "
    "delivery schedule is attached.\n\n"
    "The rest of the PO stays on hold and is not released. Each further quantity will be released in writing "
    "by me after lot acceptance of the previous delivery at the provincial depot.\n\n"
    "Material authority: the first delivery only.\n\n"
    "Kind regards,\nAyesha Patel\nProcurement Lead\nUmhlanga Medical Supplies (Pty) Ltd\n+27 31 000 5521\n")
case("p32_tender_first_delivery_no_qty", ["RG010"],
     "production authorized as 'enough for the tender's first delivery'; the attached schedule gives dates and depots but no quantities",
     [("UMS-44233_first_delivery.eml", eml_bytes(mail(
         "Ayesha Patel <ayesha.patel@umhlangamed.co.za>", "Zhao Wei <zhao.wei@kangda-medical.com>",
         "PO UMS-44233 - IV cannulas - tender awarded, first delivery",
         d("2024-07-05 08:50", "+0200"), _p32, html=para_html(_p32),
         attachments=[("RT-24-0917_delivery_schedule.pdf", pdf([
             ("h1", "Tender RT-24/0917 - delivery schedule"),
             ("p", "KwaZulu-Natal Department of Health - Medical Supplies Depot"),
             ("table", [
                 ["Delivery", "Window", "Depot", "Quantity"],
                 ["1", "1-15 September 2024", "Pietermaritzburg central depot", "per Department call-up order"],
                 ["2", "1-15 November 2024", "Durban depot", "per Department call-up order"],
                 ["3", "February 2025", "Pietermaritzburg central depot", "per Department call-up order"],
             ]),
             ("p", "Call-up orders are issued by the Department two weeks before each window. Labelling per SAHPRA "
                   "requirements; ISO 10555-5 certificate with each lot."),
         ], title="RT-24/0917 delivery schedule", author="KZN DoH"), PDF_MT)])))])

# ---------------------------------------------------------------- p33
case("p33_pl_po_50_vs_sixty", ["RG011"],
     "the PO table gives 50 sample panels, the scope note 'sixty (60)'",
     [("EHP-24-0915.pdf", pdf([
         ("h1", "ZAMÓWIENIE / PURCHASE ORDER EHP/24/0915"),
         ("p", "Elektro-Hurt Poznań Sp. z o.o., ul. Głogowska 218, 60-104 Poznań | NIP 779-000-00-00"),
         ("p", "Dostawca / supplier: Zhongshan Guangyao Lighting Co., Ltd. | Data: 16.09.2024 | EUR | FOB Shenzhen"),
         ("table", [
             ["Poz.", "Indeks", "Opis / description", "Zakres / scope", "Ilość / qty", "Cena EUR", "Wartość EUR"],
             ["1", "EHP-PL-6060", "LED panel 600x600 36W 4000K UGR<19, back-lit", "SAMPLE", "50 szt.", "14,20",
              "710,00"],
         ]),
         ("sp",),
         ("h", "Uwagi / scope note"),
         ("p", "Ilość aktywna / active quantity: sixty (60) sample panels."),
         ("p", "The production quantity of 3.000 panels from your offer GY-2409-18 is not released."),
         ("p", "Production is released only by a written release from Piotr Zieliński, Dyrektor Zakupów, after our "
               "sample sign-off (photometry per EN 13032-4, flicker per IEEE 1789)."),
         ("p", "Material authority: sample-only."),
         ("p", "Piotr Zieliński, Dyrektor Zakupów"),
     ], title="EHP/24/0915", author="Piotr Zielinski"))])

# ---------------------------------------------------------------- p34
case("p34_email_1000_vs_erp_1200", ["RG011"],
     "cover email says the PO is for 1,000 boxes; the attached ERP PO printout says 1.200 boxes; both present it as the full order",
     [("PM-24-3381_pedido.eml", eml_bytes(mail(
         "Camila Rocha <camila.rocha@parafusosminas.com.br>", "Kevin Huang <kevin.huang@kfw-fastener.com.tw>",
         "Pedido PM-24-3381 - hex bolts M10 - 1,000 boxes",
         d("2024-08-13 15:10", "-0300"),
         "Prezado Mr. Huang,\n\n"
         "Segue em anexo nosso pedido / please find attached our PO PM-24-3381 for 1,000 boxes of hex bolts "
         "M10x1.5x50, ISO 4017, class 8.8, hot-dip galvanized (100 pcs per box). Full quantity, single delivery, "
         "CFR Santos by end of October.\n\n"
         "Por favor confirme / please confirm the ETD.\n\n"
         "Atenciosamente,\nCamila Rocha\nCompradora | Parafusos Minas Ltda | Contagem MG\n",
         attachments=[("PM-24-3381.txt",
                       "PARAFUSOS MINAS LTDA                              PEDIDO DE COMPRA PM-24-3381\n"
                       "Rod. Fernao Dias km 492, Contagem MG              Emissao: 13/08/2024   Rev: 0\n"
                       "Fornecedor: KAOHSIUNG FASTENER WORKS CO LTD (F-00731)\n"
                       "Cond.: 30/70 T/T   Incoterm: CFR Santos   Moeda: USD\n"
                       "-------------------------------------------------------------------------------\n"
                       "It  Codigo          Descricao                          Qtd    UN  Preco   Total\n"
                       "--  --------------  --------------------------------  -----  ---  ------  --------\n"
                       "01  PM-HB-10150-88  PARAF. SEXT. M10x1,5x50 ISO 4017  1.200  CX   11,60  13.920,00\n"
                       "                    CL 8.8 GALV. FOGO (100 PC/CX)\n"
                       "-------------------------------------------------------------------------------\n"
                       "Quantidade total do pedido, entrega unica. / Full order quantity, one delivery.\n"
                       "Comprador: C. ROCHA\n",
                       "text/plain")])))])

# ---------------------------------------------------------------- p35
case("p35_release_words_400_table_480", ["RG011"],
     "release text authorizes 'four hundred (400) units', the release table says 480 (and released-to-date/balance follow 480)",
     [("PR-03_KFP-24-1302.docx", docx_bytes([
         ("h1", "Production Release PR-03"),
         ("p", "Keystone Fleet Parts Inc., 2200 Paxton St, Harrisburg, PA 17111, USA"),
         ("p", "To: Konya Fren Sanayi ve Ticaret A.Ş. | PO KFP-24-1302 | Date: August 20, 2024"),
         ("p", "Part: KF-BR-4515Q brake drum, heavy truck 16.5 x 7, balanced, 10-stud"),
         ("p", "This release authorizes four hundred (400) units of KF-BR-4515Q for production, for shipment in "
               "container 2 (ETD Mersin, October 4)."),
         ("table", [
             ["Release", "Part", "Released qty", "Released to date", "PO qty", "Balance on hold"],
             ["PR-03", "KF-BR-4515Q", "480", "1,280", "2,400", "1,120"],
         ]),
         ("sp",),
         ("p", "The balance is not released. The next release, PR-04, is issued in writing by Greg Malloy, Director "
               "of Purchasing, after lot acceptance of PR-03 at our Harrisburg DC."),
         ("p", "Material authority: the quantity of this release."),
         ("sp",),
         ("p", "Greg Malloy, Director of Purchasing"),
     ], author="Greg Malloy"))])

# ---------------------------------------------------------------- p36
case("p36_folder_chat_25_po_20", ["RG011"],
     "folder: the PO authorizes 20 sample filters; the buyer's chat message the same day asks for 25",
     [("WhatsApp_Katarzyna_Mehmet.txt",
       "[05/09/2024, 13:02] Katarzyna Lis: Hi Mehmet, PO FSG/24/0502 sent by email just now.\n"
       "[05/09/2024, 13:03] Katarzyna Lis: Please make 25 samples of FSG-CF-118, 5 of them go to our customer for "
       "fitting\n"
       "[05/09/2024, 13:30] Mehmet Aydın: Hello Katarzyna, OK 25 pcs samples noted. Ready in 2 weeks\n"
       "[05/09/2024, 13:31] Mehmet Aydın: Carbon layer same as in the offer?\n"
       "[05/09/2024, 13:40] Katarzyna Lis: yes, same carbon, 200 g/m2\n"),
      ("PO_FSG-24-0502.pdf", pdf([
          ("h1", "ZAMÓWIENIE / PURCHASE ORDER FSG/24/0502"),
          ("p", "Filtry-Serwis Gdańsk Sp. z o.o., ul. Elbląska 70, 80-761 Gdańsk"),
          ("p", "Supplier: Bursa Filtre San. ve Tic. A.Ş., Bursa, Türkiye | Date: 05.09.2024 | EUR | CPT Gdańsk"),
          ("table", [
              ["Poz.", "Indeks", "Opis / description", "Zakres / scope", "Ilość / qty", "Cena EUR"],
              ["1", "FSG-CF-118", "Filtr kabinowy z węglem / cabin filter, activated carbon, 254x235x32",
               "SAMPLE", "20 szt. (twenty)", "3,40"],
          ]),
          ("sp",),
          ("p", "Active quantity: 20 sample filters."),
          ("p", "The production quantity of 2.000 pcs per your offer BF-Q-24-102 is not released."),
          ("p", "Unlock: our sample sign-off (fit + DIN 71460-1 test) and a written release signed by Katarzyna "
                "Lis, Kierownik Zakupów."),
          ("p", "Material authority: sample-only."),
      ], title="FSG/24/0502", author="Katarzyna Lis"))])

# ---------------------------------------------------------------- p37
_p37_po = (
    "Kevin,\n\n"
    "PO MBS-77402: 50 sample sets of JX-4710 brake shoe (drawing JX-4710 rev B).\n"
    "The 4,950 sets of production quantity in your quote are not released. Production only after our sample "
    "sign-off (dyno + fit check on a Freightliner M2 axle) and a written release signed by me, Dan Kowalczyk, "
    "Purchasing Director.\n"
    "Material authority: sample-only.\n\n"
    "Dan")
case("p37_supplier_po_accepted_5000_scheduled", ["RG011", "RG012"],
     "supplier reads PO acceptance as authority and schedules 5,000 sets while the quoted PO authorizes 50 samples",
     [("RE_PO_MBS-77402.eml", eml_bytes(mail(
         "Kevin Zhou <kevin.zhou@jiexin-brake.com>", "Dan Kowalczyk <dkowalczyk@midwestbrake.com>",
         "RE: PO MBS-77402 - JX-4710 - accepted",
         d("2024-07-16 09:12", "+0800"),
         "Dear Dan,\n\n"
         "We have received your PO MBS-77402 and accepted it - signed copy will follow by courier.\n\n"
         "Since the PO is accepted, our workshop has put the 5,000 sets of JX-4710 into the production schedule "
         "as per our quotation, starting next Monday, and the 50 samples will be taken from the first production "
         "batch. ETD mid-August.\n\n"
         "Best regards,\nKevin Zhou\nRuian Jiexin Brake Co., Ltd.\n\n"
         "-----Original Message-----\nFrom: Dan Kowalczyk\nSent: Monday, July 15, 2024 4:40 PM\n"
         "Subject: PO MBS-77402 - JX-4710\n\n" + q(_p37_po) + "\n",
         in_reply_to="<h32-po77402-0715@midwestbrake.com>")))])

# ---------------------------------------------------------------- p38
case("p38_portal_release_120_vs_96", ["RG011"],
     "portal release notice headline says 120 pcs released, the line table says 96 (balance computed from 96)",
     [("Release_notice_RN-2024-0077.html", html_page(
         "Release notice RN-2024-0077",
         "<h2>Highveld Hose &amp; Fittings - Supplier Portal</h2>\n"
         "<h3>Release notice RN-2024-0077 - PO HHF-24-0402</h3>\n"
         "<p>Supplier: <b>Pune Hydraulics &amp; Hoses Pvt Ltd</b> &nbsp;|&nbsp; Issued: 23 September 2024</p>\n"
         "<div class=\"note\"><b>Released quantity (this release): 120 pcs</b></div>\n"
         + table_html([
             ["Line", "Part", "Description", "Released this notice", "Released to date", "PO qty",
              "Balance on hold"],
             ["1", "HHF-QC-12", "Quick coupling 1/2\" ISO 7241-A, steel, male + female pair", "96", "96",
              "1,200", "1,104"],
         ])
         + "<p>Balance not released. The next release notice is issued only after lot acceptance of this release "
         "at our Germiston warehouse, signed by Pieter van Wyk, Procurement Manager.</p>\n"
         "<p>Material authority: the quantity of this release.</p>\n"
         "<p>Delivery: CIF Durban, week 44.</p>\n"))])

# ---------------------------------------------------------------- p39
_p39_fwd = mail(
    "Lerato Dlamini <lerato.dlamini@jbc-brake.co.za>", "Jenny Wu <jenny.wu@zhongli-brake.com>",
    "Packing instructions - D1234 pads (all call-offs)",
    d("2024-03-04 11:00", "+0200"),
    "Hi Jenny,\n\n"
    "Packing instructions for all D1234 call-offs:\n"
    "- 10 sets per carton, JBC colour box, barcode on the short side\n"
    "- 120 cartons per pallet, pallet height max 1.2 m, shrink-wrapped, ISPM 15 stamp\n"
    "- Shipping mark: JBC / D1234 / call-off no. / carton x of y\n\n"
    "Thanks,\nLerato Dlamini\nLogistics, Joburg Brake & Clutch\n")
case("p39_calloff_subject_2400_body_2000", ["RG011"],
     "call-off 7: subject line says 2,400 sets, the body asks for 2,000 sets",
     [("Call-off_7_D1234.eml", eml_bytes(mail(
         "Thandi Mokoena <thandi.mokoena@jbc-brake.co.za>", "Jenny Wu <jenny.wu@zhongli-brake.com>",
         "Call-off 7 - D1234 pads - 2,400 sets",
         d("2024-08-26 08:10", "+0200"),
         "Hi Jenny,\n\n"
         "Please make 2,000 sets of D1234 for call-off 7, delivery Durban week 42.\n\n"
         "The balance of blanket BO-JBC-2024 remains not released until call-off 8, which will be signed by me.\n"
         "Material authority: call-off 7 quantity only.\n\n"
         "I forward Lerato's packing instructions below - unchanged.\n\n"
         "Regards,\nThandi Mokoena\nProcurement Manager, Joburg Brake & Clutch (Pty) Ltd\n+27 11 000 3310\n",
         attachments=[("rfc822", _p39_fwd)])))])

# ---------------------------------------------------------------- p40
_p40_po = (
    "PO MPD/2024/0355: 500 boxes nitrile examination gloves, size M, MEDPOL label - sample lot.\n"
    "The production quantity of 9,500 boxes is not released. It is released only by a revised PO signed by "
    "Ewa Lewandowska, Kierownik Zakupów, after sample sign-off (EN 455-1/-2/-3 tests).\n"
    "Material authority: sample-only.")
case("p40_pi_bulk_starts_on_deposit", ["RG012"],
     "supplier's reply and PI say bulk production of the 9,500 boxes starts on receipt of the 30% deposit, against a sample PO whose hold is quoted",
     [("RE_MPD-2024-0355_PI.eml", eml_bytes(mail(
         "Malee Srisuk <malee@songkhlalatex.co.th>", "Ewa Lewandowska <e.lewandowska@medpol.com.pl>",
         "RE: PO MPD/2024/0355 - proforma invoice",
         d("2024-06-03 14:25", "+0700"),
         "Dear Ewa,\n\n"
         "Thank you for PO MPD/2024/0355 for the 500 boxes sample lot. Please find our proforma invoice "
         "attached.\n\n"
         "Note: bulk production of the 9,500 boxes starts upon receipt of the 30% deposit shown on the PI, so "
         "kindly arrange the T/T at your earliest convenience to keep the August ETD.\n\n"
         "Best regards,\nMalee Srisuk\nExport Manager, Songkhla Latex Products Co., Ltd.\n\n"
         "On 31 May 2024, Ewa Lewandowska wrote:\n" + q(_p40_po) + "\n",
         in_reply_to="<h32-mpd0355-0531@medpol.com.pl>",
         attachments=[("PI_SLP-PI-24-1040.pdf", pdf([
             ("h1", "PROFORMA INVOICE SLP-PI-24-1040"),
             ("p", "Songkhla Latex Products Co., Ltd. | Hat Yai, Songkhla 90110, Thailand"),
             ("p", "Buyer: MedPol Dystrybucja Sp. z o.o., Poznań - your PO MPD/2024/0355"),
             ("table", [
                 ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                 ["1", "Nitrile exam gloves PF size M, box/100, MEDPOL label - sample lot", "500 boxes", "2.15",
                  "1,075.00"],
                 ["2", "Bulk production, same item", "9,500 boxes", "1.80", "17,100.00"],
             ]),
             ("p", "Payment: 30% T/T deposit on the total (USD 5,452.50); bulk production starts on receipt of the "
                   "deposit. Balance 70% against copy of B/L."),
             ("p", "Bank: Kasikornbank, Hat Yai branch, SWIFT KASITHBK"),
         ], title="PI SLP-PI-24-1040", author="Malee Srisuk"), PDF_MT)])))])

# ---------------------------------------------------------------- p41
_p41 = (
    "Dear Murat,\n\n"
    "The L/C for the full value of PO KTH-24-0140 (3,000 sets of the 6-pc cold chisel & punch set, "
    "USD 38,400.00) was opened by Standard Bank Johannesburg this morning, L/C no. SB-ILC-24-08812, advising "
    "bank Garanti BBVA Istanbul.\n\n"
    "Since the L/C is now in place, you may begin production of the 3,000 sets.\n\n"
    "Latest shipment date is 15 October, CFR Durban. Please send the pre-shipment inspection booking two weeks "
    "before.\n\n"
    "Regards,\nJohan Botha\nImport Manager\nKaroo Tool & Hardware (Pty) Ltd, Bloemfontein\n+27 51 000 4420\n")
case("p41_lc_opened_begin_production", ["RG012"],
     "full-quantity order, but the buyer makes opening the L/C the trigger to begin production",
     [("LC_KTH-24-0140.eml", eml_bytes(mail(
         "Johan Botha <johan.botha@karootools.co.za>", "Murat Demir <murat.demir@ustaaletleri.com.tr>",
         "L/C opened - PO KTH-24-0140 chisel & punch sets",
         d("2024-07-22 10:40", "+0200"), _p41, html=para_html(_p41))))])

# ---------------------------------------------------------------- p42
_p42_sup = (
    "Dear Greg,\n\n"
    "The 20 sample sets were signed off by Ray per your mail of June 3. May we have the production release for "
    "the 4,980 sets under PO KFP-24-1188?\n\n"
    "Best regards,\nJessica Wang\nNingbo Haoyu Auto Parts Co., Ltd.")
case("p42_payment_release_is_the_release", ["RG009", "RG012"],
     "buyer tells the supplier to take finance's payment release as the production release for 4,980 sets",
     [("RE_production_release_KFP-24-1188.eml", eml_bytes(mail(
         "Greg Malloy <gmalloy@keystonefleet.com>", "Jessica Wang <jessica.wang@haoyu-autoparts.cn>",
         "RE: KFP-24-1188 - production release?",
         d("2024-06-11 13:05", "-0400"),
         "Hi Jessica,\n\n"
         "Our finance team released the tooling and sample payment this morning (wire ref KFP-0611-22). Consider "
         "that payment release as the release for the 4,980 sets - no separate document coming.\n\n"
         "Thanks,\nGreg\n"
         + sig("Greg Malloy", "Director of Purchasing", "Keystone Fleet Parts Inc. - Harrisburg, PA", "+1 717 555 0110")
         + "\nOn Jun 11, 2024, at 2:11 AM, Jessica Wang <jessica.wang@haoyu-autoparts.cn> wrote:\n\n" + q(_p42_sup) + "\n",
         in_reply_to="<h32-rel-0611@haoyu-autoparts.cn>")))])

# ---------------------------------------------------------------- p43
case("p43_br_blanket_calloff_01", ["RG001", "RG003"],
     "blanket 1.200.000 pcs beside call-off 01 of 100.000 with nothing saying the rest is not released; further call-offs by Rui Costa named",
     [("BO-2024-15_Sul_Ferragens.pdf", pdf([
         ("h1", "CONTRATO DE FORNECIMENTO / BLANKET ORDER BO-2024-15"),
         ("p", "Distribuidora Sul Ferragens Ltda., Av. Sertório 6600, Porto Alegre RS | CNPJ 00.000.000/0002-00"),
         ("p", "Fornecedor / supplier: Tainan Precision Fastener Co., Ltd., Tainan, Taiwan"),
         ("p", "Vigência / validity: 01.07.2024 - 30.06.2025 | Moeda: USD | Incoterm: CFR Santos"),
         ("table", [
             ["Item", "Descrição / description", "Quantidade do contrato / blanket qty", "Preço / price",
              "Call-off 01"],
             ["SF-ST48-19", "Parafuso autobrocante / self-drilling screw ST4,8x19, DIN 7504-K, Ph2, zincado",
              "1.200.000 pcs", "USD 11,50 / 1.000 pcs", "100.000 pcs - entrega julho / July delivery"],
         ]),
         ("sp",),
         ("p", "Call-off 01: 100.000 pcs, ETA Santos July 2024. Embalagem / packing: 1.000 pcs per box, 20 boxes "
               "per carton."),
         ("p", "Os próximos call-offs serão emitidos por / further call-offs will be issued by Rui Costa, Gerente de "
               "Suprimentos."),
         ("p", "Certificados: EN 10204 2.1; salt spray 96 h white rust per ISO 9227."),
         ("p", "Rui Costa, Gerente de Suprimentos"),
     ], title="BO-2024-15", author="Rui Costa"))])

# ---------------------------------------------------------------- p44
case("p44_hold_until_further_notice_syringes", ["RG004"],
     "sample PO: 500 active, 99,500 on hold 'until further notice', only Mark Jensen may release, but no unlock event is named",
     [("PO_note_GCMD-24-0512.html", html_page(
         "PO GCMD-24-0512",
         "<h2>Gulf Coast Medical Distributors LLC - Purchase Order GCMD-24-0512</h2>\n"
         "<p>8100 Kempwood Dr, Houston, TX 77055 &nbsp;|&nbsp; Vendor: Jiangsu Kangda Medical Devices Co., Ltd. "
         "&nbsp;|&nbsp; Date: 05/20/2024</p>\n"
         + table_html([
             ["Line", "Item", "Description", "Scope", "Qty", "Unit USD", "Ext USD"],
             ["1", "GC-SYR-05LL", "5 mL Luer-lock syringe, sterile, single use, blister, 100/box", "sample", "500",
              "0.062", "31.00"],
         ])
         + "<div class=\"note\"><b>PO note:</b> Active quantity: 500 pcs (sample). The production quantity of "
         "99,500 pcs in your quote JK-Q-0311 is on hold until further notice. Only Mark Jensen, VP Supply Chain, "
         "can release it. Material authority: sample-only.</div>\n"
         "<p>Ship via air courier to Houston, attn. Receiving / QA. FDA 510(k) K-number and UDI labels required on "
         "each box.</p>\n"))])

# ---------------------------------------------------------------- p45
case("p45_erp_bal_480_purchasing_dept", ["RG004", "RG005"],
     "ERP PO: 20 first-off samples, 'BAL 480 NOT RELEASED - RELEASE BY PURCHASING DEPT': no event, no named person",
     [("PFP-41377.txt",
       "PENNINE FLUID POWER LTD                     PURCHASE ORDER                 PAGE 1\n"
       "CALDER WORKS, BRIGHOUSE HD6 1QF             VAT GB 000 0000 00\n"
       "PO: PFP-41377   REV 0   DATE 17/06/24   SUPPLIER: KAOHSIUNG HOSE FITTINGS CO (KHF02)\n"
       "TERMS: 60 DAYS EOM      DELIVERY: FCA KAOHSIUNG      CURRENCY: GBP\n"
       "--------------------------------------------------------------------------------\n"
       "LN PART            DESCRIPTION                        QTY  UOM  PRICE GBP    VALUE\n"
       "-- --------------- -------------------------------- ----- ---- ---------- -------\n"
       "01 PFP-BA-1216     BANJO ADAPTOR M16X1.5 - 3/8 BSP      20  EA        3.10   62.00\n"
       "                   ** FIRST-OFF SAMPLES **\n"
       "--------------------------------------------------------------------------------\n"
       "NOTES: QUOTE KHF-Q-8812 QTY 500. SAMPLES 20 EA THIS PO.\n"
       "       BAL 480 NOT RELEASED - RELEASE BY PURCHASING DEPT.\n"
       "       MATERIAL: SAMPLES ONLY.\n"
       "       CERTS: EN 10204 3.1, ZINC-NICKEL 8UM MIN, 720H NSS.\n"
       "BUYER: PURCHASING DEPT    TEL 01484 000 700\n")])


# =================================================================== build
def _fmt_of(name):
    ext = name.rsplit(".", 1)[-1].lower()
    return {"eml": "EML", "txt": "TXT", "pdf": "PDF", "docx": "DOCX", "html": "HTML"}[ext]


def _stats(cases):
    from email import message_from_bytes
    rules = {f"RG{i:03d}": 0 for i in range(1, 13)}
    top, contains = {}, {}
    eml = {"multipart/alternative": 0, "PDF attachment": 0, "DOCX attachment": 0, "text attachment": 0,
           "HTML attachment": 0, "forwarded message/rfc822": 0, "quoted-reply thread": 0}
    multi = 0
    for c in cases:
        for r in c["expect"]:
            rules[r] += 1
        if len(c["files"]) > 1:
            multi += 1
        seen = set()
        for fn, data in c["files"]:
            f = _fmt_of(fn)
            top[f] = top.get(f, 0) + 1
            seen.add(f)
            if f == "EML":
                m = message_from_bytes(data, policy=policy.default)
                body = m.get_body(preferencelist=("plain",))
                if body is not None and any(ln.startswith(">") for ln in body.get_content().splitlines()):
                    eml["quoted-reply thread"] += 1
                for part in m.walk():
                    ct = part.get_content_type()
                    if ct == "multipart/alternative" or (part is m and m.is_multipart() and ct == "multipart/alternative"):
                        eml["multipart/alternative"] += 1
                    if ct == "message/rfc822":
                        eml["forwarded message/rfc822"] += 1
                    fnm = part.get_filename()
                    if fnm:
                        g = _fmt_of(fnm)
                        seen.add(g)
                        key = {"PDF": "PDF attachment", "DOCX": "DOCX attachment", "TXT": "text attachment",
                               "HTML": "HTML attachment"}[g]
                        eml[key] += 1
        for f in seen:
            contains[f] = contains.get(f, 0) + 1
    return rules, top, contains, eml, multi


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(3232).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h32_{i:02d}_{stem}"
        (OUT / folder).mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (OUT / folder / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    rules, top, contains, eml, multi = _stats(CASES)
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}  multi-file folders: {multi}")
    for r, n in rules.items():
        print(f"  {r}: {n}")
    for f in ("EML", "TXT", "PDF", "DOCX", "HTML"):
        print(f"  {f}: top-level files {top.get(f, 0)}, cases containing {contains.get(f, 0)}")
    for k, v in eml.items():
        print(f"  EML {k}: {v}")


if __name__ == "__main__":
    main()
