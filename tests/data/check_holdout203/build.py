#!/usr/bin/env python3
"""Generator for the releasegate check_holdout203 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout203/build.py

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
    m["Message-ID"] = msgid or f"<h203-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h203")
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




# ------------------------------------------------------------- extra helpers
def q(text, level=1):
    """Quote a block of text with '>' markers (level = depth)."""
    mark = ">" * level
    return "\n".join(mark if not ln.strip() else f"{mark} {ln}" for ln in text.strip("\n").split("\n"))


def text_to_html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [escape(ln) for ln in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


_FOLD = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "≤": "<="})


def tpdf(blocks, **kw):
    """pdf() with the letters the base-14 fonts lack folded to ASCII, as Turkish ERP print-outs do."""
    def fold(x):
        if isinstance(x, str):
            return x.translate(_FOLD)
        if isinstance(x, (list, tuple)):
            return type(x)(fold(y) for y in x)
        return x
    return pdf([fold(b) for b in blocks], **kw)


# ------------------------------------------------------------------ people
RAFIQ = "Md. Rafiqul Islam <rafiqul.islam@meghnaknit.example>"
TANVIR = "Tanvir Ahmed Chowdhury <tanvir.chowdhury@meghnaknit.example>"
JOANA = "Joana Ferreira <joana.ferreira@tecelagem-valedoave.example>"
EMRE = "Emre Yıldız <emre.yildiz@anadoludenim.example>"
USMAN = "Muhammad Usman Tariq <usman.tariq@indusvalleyspinning.example>"
KASHIF = "Engr. Kashif Mehmood <kashif.mehmood@indusvalleyspinning.example>"
MAIER = "Jürgen Maier <j.maier@albtal-nadeltechnik.example>"
KUEBLER = "Sabine Kübler <s.kuebler@albtal-nadeltechnik.example>"
RENZ = "Thomas Renz <t.renz@albtal-nadeltechnik.example>"
KELLER = "Urs Keller <u.keller@rheintal-webeblatt.example>"
HAYASHI = "Kenji Hayashi <k.hayashi@shinoda-spindle.example>"
LILY = "Lily Chen <lily.chen@huayue-textile.example>"
SENTHIL = "R. Senthilkumar <exports@kovai-cardclothing.example>"

SIG_RAFIQ = sig("Md. Rafiqul Islam", "Sr. Manager - Procurement",
                "Meghna Knit Composite Ltd., Konabari, Gazipur-1751, Bangladesh", "+880 1711 000318")
SIG_JOANA = sig("Joana Ferreira", "Compras / Purchasing",
                "Tecelagem Vale do Ave, S.A., Guimarães, Portugal", "+351 253 000 410")
SIG_EMRE = sig("Emre Yıldız", "Satınalma Uzmanı / Purchasing Specialist",
               "Anadolu Denim Sanayi ve Ticaret A.Ş., Kahramanmaraş, Türkiye", "+90 344 000 12 34")
SIG_USMAN = sig("Muhammad Usman Tariq", "Manager Purchase",
                "Indus Valley Spinning Mills (Pvt.) Ltd., Sargodha Road, Faisalabad, Pakistan",
                "+92 41 000 4411")
SIG_KASHIF = sig("Engr. Kashif Mehmood", "GM Technical",
                 "Indus Valley Spinning Mills (Pvt.) Ltd., Faisalabad, Pakistan", "+92 41 000 4402")
SIG_MAIER = sig("Jürgen Maier", "Vertrieb Export / Export Sales",
                "Albtal Nadeltechnik GmbH, Albstadt, Germany", "+49 7431 000 215")
SIG_KUEBLER = sig("Sabine Kübler", "Auftragsabwicklung / Order Processing",
                  "Albtal Nadeltechnik GmbH, Albstadt, Germany", "+49 7431 000 231")
SIG_KELLER = sig("Urs Keller", "Verkauf / Sales",
                 "Rheintal Webeblatt AG, Altstätten SG, Switzerland", "+41 71 000 44 20")
SIG_HAYASHI = sig("Kenji Hayashi", "Overseas Sales Section",
                  "Shinoda Spindle Seisakusho Co., Ltd., Hamamatsu, Japan", "+81 53 000 7781")
SIG_LILY = sig("Lily Chen", "Sales Manager",
               "Shaoxing Huayue Textile Accessories Co., Ltd., Keqiao, Shaoxing, Zhejiang, China",
               "+86 575 0000 8812")
SIG_SENTHIL = sig("R. Senthilkumar", "Manager - Exports",
                  "Kovai Card Clothing Pvt. Ltd., Avinashi Road, Coimbatore 641 062, India",
                  "+91 422 000 5710")

# =================================================================== CLEAN

# c01 supplier quote with trial / production tiers (Indian English), quote alone
case("c01_kovai_quote_tiers", [],
     "supplier quote with trial 2 sets and production 24 sets tiers; no authorization in the bundle",
     [("KCC_EXP_24-25_0117.pdf", tpdf([
         ("h1", "KOVAI CARD CLOTHING PVT. LTD."),
         ("p", "SF No. 214/2, Avinashi Road, Chinniyampalayam, Coimbatore - 641 062, Tamil Nadu, India. "
               "ISO 9001:2015 certified. Phone +91 422 000 5710"),
         ("h", "QUOTATION"),
         ("table", [["Quotation No.", "KCC/EXP/24-25/0117"],
                    ["Date", "08.04.2024"],
                    ["To", "Indus Valley Spinning Mills (Pvt.) Ltd., Sargodha Road, Faisalabad, Pakistan"],
                    ["Kind Attn.", "Mr. Muhammad Usman Tariq, Manager Purchase"],
                    ["Your enquiry", "IVSM/ENQ/24/077 dated 02.04.2024"]]),
         ("p", "Dear Sir,"),
         ("p", "Sub: Metallic card clothing for carding machines - cylinder wire and flat tops"),
         ("p", "With reference to your above enquiry, we are pleased to quote our best prices as under:"),
         ("table", [["Sl.", "Description", "Tier", "Qty (sets)", "Rate USD / set", "Amount USD"],
                    ["1", "Cylinder wire AC 2030x0.60, for 1290 mm cylinder, with mounting kit", "Trial", "2",
                     "1,480.00", "2,960.00"],
                    ["2", "Cylinder wire AC 2030x0.60, same specification", "Production", "24", "1,310.00",
                     "31,440.00"],
                    ["3", "Flat tops FT-520, 84 flats per set", "Trial", "2", "2,150.00", "4,300.00"],
                    ["4", "Flat tops FT-520, 84 flats per set", "Production", "24", "1,940.00", "46,560.00"]]),
         ("p", "Terms & Conditions:"),
         ("p", "1. Trial quantity two (2) sets is for mounting on your cards C-07 and C-11 and evaluation of "
               "neps and waste."),
         ("p", "2. Production quantity of 24 sets is given for your price comparison only. It will be taken up "
               "only against your separate written release after the trial."),
         ("p", "3. Delivery: trial sets 3 weeks from receipt of PO. Production sets 6 to 8 weeks from your "
               "written release."),
         ("p", "4. Price basis: FOB Chennai. Packing: seaworthy wooden case."),
         ("p", "5. Payment: 30% advance by TT, balance against shipping documents."),
         ("p", "6. Validity: 60 days from the date of quotation."),
         ("p", "7. Tooth tip hardness 840-860 HV; test certificate will be supplied with each set."),
         ("p", "We hope you will find our offer in order and look forward to receive your valued order."),
         ("p", "Thanking you, Yours faithfully, for KOVAI CARD CLOTHING PVT. LTD."),
         ("p", "R. Senthilkumar, Manager - Exports"),
     ], title="Quotation KCC/EXP/24-25/0117", author="Kovai Card Clothing"))])


# c02 buyer RFQ with three quantity scenarios (Portuguese English), multipart/alternative
_t = """Dear Mr. Keller,

Good morning. We are preparing the budget for the modernisation of weaving hall 2 and we need your best offer for profile reeds for our air-jet looms.

Specification (same as your offer 23-0911 of last year):
- profile reed RD-1200, 80 dents/10 cm, reed height 120 mm, usable width 3 600 mm
- dents stainless 1.4310, baulk aluminium
- delivery DAP Guimarães, Incoterms 2020

Please quote three scenarios:
  A) 10 reeds  (only looms 201 to 210)
  B) 60 reeds  (complete hall 2)
  C) 120 reeds (halls 2 and 3, second half of 2025)

This is a request for quotation only, it is not an order. We will decide after our board meeting in May.

Could you also tell us the delivery time for each scenario, and if the price of scenario C is still valid when we order it in two call-offs?

If possible we need your offer until 19 April.

Thank you and best regards,
Cumprimentos,
""" + SIG_JOANA
case("c02_tva_rfq_scenarios", [],
     "buyer RFQ with 10/60/120 scenarios, explicitly 'not an order'; no authorization",
     [("RFQ_2024-031.eml", eml_bytes(mail(
         JOANA, KELLER, "RFQ 2024-031 - reeds for air-jet looms, hall 2 (3 scenarios)",
         "Tue, 09 Apr 2024 10:42:00 +0100", _t, html=text_to_html(_t))))])


# c03 WhatsApp: supplier asks for go-ahead for the balance under a complete scope; buyer says not yet
case("c03_whatsapp_feeder_springs", [],
     "buyer scope complete (500 sample, 19,500 not released, trial sign-off, Tanvir); supplier's go-ahead is a question, answered 'not yet'",
     [("WhatsApp Chat with Lily Huayue.txt", """04/03/2024, 10:58 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
04/03/2024, 11:02 - Rafiqul Meghna Knit: Good morning Lily. PO MKC/PUR/24/0318 sent by mail just now
04/03/2024, 11:03 - Rafiqul Meghna Knit: It is for sample only. 500 pcs tension spring TS-0.45 for the yarn feeders
04/03/2024, 11:05 - Rafiqul Meghna Knit: Balance 19,500 pcs of your quotation is NOT released. It will be released only after trial sign-off on our Mayer machines, release in writing by Tanvir bhai (Mr. Tanvir Ahmed Chowdhury, GM Technical)
04/03/2024, 11:05 - Rafiqul Meghna Knit: Pls buy wire for 500 pcs only
04/03/2024, 11:21 - Lily Chen Huayue: Well received Mr Rafiq 👍 500 pcs sample only, wire also only for 500. We arrange this week
04/03/2024, 11:22 - Lily Chen Huayue: Sample send by DHL to Gazipur ok?
04/03/2024, 11:30 - Rafiqul Meghna Knit: Yes DHL ok, account no. is in PO
15/03/2024, 09:47 - Lily Chen Huayue: <Media omitted>
15/03/2024, 09:47 - Lily Chen Huayue: DHL 4417 2290 51 sent yesterday
21/03/2024, 15:40 - Lily Chen Huayue: Dear Mr Rafiq, sample is ok in your side? Our factory asking can we have go-ahead for the balance 19,500? They want to plan May capacity
21/03/2024, 15:58 - Rafiqul Meghna Knit: Not yet Lily. Trial running on 6 machines, report next week
21/03/2024, 15:59 - Rafiqul Meghna Knit: If ok Tanvir bhai will send the release in writing. Till then no production of balance pls
21/03/2024, 16:02 - Lily Chen Huayue: ok understand, we wait 🙏
""")])


# c04 ERP forecast printout, clearly labelled
case("c04_ivsm_forecast_printout", [],
     "12-month demand forecast printed as 'NOT A PURCHASE ORDER', not authorising production or material",
     [("IVSM_ASCP_V-20417_APR24.txt", """INDUS VALLEY SPINNING MILLS (PVT) LTD - FAISALABAD
ORACLE EBS R12  -  ADVANCED SUPPLY CHAIN PLANNING          Run date: 15-APR-2024 09:12
REPORT: SUPPLIER DEMAND FORECAST  (*** NOT A PURCHASE ORDER ***)
----------------------------------------------------------------------------------------
Supplier : SHINODA SPINDLE SEISAKUSHO CO LTD            Vendor no: V-20417
Item     : 31-SPI-0068  SPINDLE BOLSTER INSERT HS-68, DRG SPD-6800 REV 4
UOM      : PCS          Plan name: IVSM-ASCP-2024-04       Planner: ADEEL ANWAR
----------------------------------------------------------------------------------------
 Period        Forecast qty    Type        Remarks
 MAY-2024         1,200        FORECAST    RF-09 / RF-10 re-spindling
 JUN-2024         1,200        FORECAST
 JUL-2024         1,200        FORECAST
 AUG-2024         1,200        FORECAST
 SEP-2024         1,200        FORECAST
 OCT-2024         1,200        FORECAST
 NOV-2024         1,200        FORECAST
 DEC-2024         1,200        FORECAST
 JAN-2025         1,200        FORECAST
 FEB-2025         1,200        FORECAST
 MAR-2025         1,200        FORECAST
 APR-2025         1,200        FORECAST
----------------------------------------------------------------------------------------
 TOTAL 12 MONTHS  14,400       FORECAST
----------------------------------------------------------------------------------------
*** THIS IS A FORECAST FOR CAPACITY PLANNING ONLY. IT IS NOT AN ORDER AND DOES NOT
*** AUTHORISE PRODUCTION OR PURCHASE OF MATERIAL. FIRM QUANTITIES ONLY BY PURCHASE
*** ORDER AND WRITTEN PRODUCTION RELEASE FROM IVSM.
Ref. standards on drawing: ISO 9001:2015, EN ISO 683-17, bore 6.8 mm H7
Page 1 of 1                                           END OF REPORT
""")])


# c05 sample sign-off record: approved for fit check only, production not released
case("c05_tva_sample_signoff_record", [],
     "sample disposition 'approved for fit check only; production not released', 38.000 on hold, event and Rui Machado named",
     [("SSO-TVA-2024-014.docx", docx_bytes([
         ("h1", "Registo de Aprovação de Amostra / Sample Sign-off Record"),
         ("p", "Tecelagem Vale do Ave, S.A. - Qualidade | Record no. SSO-TVA-2024-014 | Date: 24.04.2024"),
         ("table", [["Field", "Value"],
                    ["Supplier", "Rheintal Webeblatt AG, Altstätten (CH)"],
                    ["Part", "Flat steel heddle FH 280 x 5,5 x 0,30, drawing RW-280-55 Rev 3"],
                    ["Purchase order", "PO 24/0871 (40.000 heddles: line 1 sample 2.000, line 2 balance 38.000)"],
                    ["Sample quantity received", "2.000 heddles, lot RW-L24-0311"],
                    ["Trial", "Loom 14 (Dornier A1), 3 days, 2 warp changes, cotton twill Ne 12"]]),
         ("h", "Measurements"),
         ("table", [["Characteristic", "Drawing", "Measured (n=32)", "Result"],
                    ["Total length", "280 ±0,2 mm", "279,94 - 280,08", "OK"],
                    ["Eye width", "5,5 ±0,05 mm", "5,48 - 5,53", "OK"],
                    ["Thickness", "0,30 ±0,01 mm", "0,296 - 0,304", "OK"],
                    ["Surface", "Ra ≤ 0,4 µm", "0,28 - 0,35", "OK"]]),
         ("h", "Disposition"),
         ("p", "Approved for fit check only (loom 14). Production not released."),
         ("p", "Balance of PO 24/0871: 38.000 heddles - not released, on hold."),
         ("p", "Unlock event: weaving trial report WT-24-09 (full warp on looms 14 and 15) signed off by "
               "Quality, followed by a written production release."),
         ("p", "Release authority: Eng. Rui Machado, Diretor Técnico."),
         ("p", "Material authority for the supplier stays sample-only (2.000 heddles)."),
         ("sp",),
         ("table", [["Role", "Name", "Date"],
                    ["Quality (sign-off)", "Sofia Ribeiro", "24.04.2024"],
                    ["Weaving (trial)", "Paulo Mendes, chefe de tecelagem", "23.04.2024"]]),
     ], author="Sofia Ribeiro"))])


# c06 full-quantity PO that says proceed
case("c06_ads_full_qty_po", [],
     "full-quantity PO (1.200 + 1.200), no sample lot and no balance; 'proceed with the full 1.200' is scoped",
     [("ADS-SAS-2024-00417.pdf", tpdf([
         ("h1", "SATINALMA SİPARİŞİ / PURCHASE ORDER"),
         ("p", "Anadolu Denim Sanayi ve Ticaret A.Ş. - Organize Sanayi Bölgesi 4. Cadde No: 12, "
               "Kahramanmaraş, Türkiye"),
         ("table", [["PO No.", "ADS-SAS-2024-00417", "Date", "11.03.2024"],
                    ["Supplier", "Shaoxing Huayue Textile Accessories Co., Ltd.", "Supplier no.", "300417"],
                    ["Incoterms", "FOB Ningbo", "Currency", "EUR"]]),
         ("sp",),
         ("table", [["Line", "Material", "Description", "Qty", "Unit", "Unit price EUR", "Amount EUR"],
                    ["10", "2203-TS-045", "Tension spring TS-0.45, spring steel wire EN 10270-1 SH, Ø 0,45 mm, "
                     "drawing TS-045 Rev 2", "1.200", "PCS", "0,38", "456,00"],
                    ["20", "2203-CE-012", "Ceramic eyelet CE-12, Al2O3 99%", "1.200", "PCS", "0,22", "264,00"],
                    ["", "", "Total", "", "", "", "720,00"]]),
         ("p", "Notes:"),
         ("p", "1. Full order quantity. There is no sample lot and no balance: the part has sample sign-off "
               "from 2023 (same drawing TS-045 Rev 2). Please proceed with the full 1.200 springs and 1.200 "
               "eyelets."),
         ("p", "2. Delivery: CW 16, one shipment, with packing list and mill certificate 3.1 to EN 10204."),
         ("p", "3. Payment: 60 days after B/L date."),
         ("p", "Satınalma / Purchasing: Emre Yıldız"),
     ], title="PO ADS-SAS-2024-00417", author="Anadolu Denim"))])


# c07 buyer portal call-off with explicit staged material authority above the released quantity
_b = """<h2>Indus Valley Spinning Mills (Pvt.) Ltd. - Supplier Portal</h2>
<p>Logged in: Shinoda Spindle Seisakusho Co., Ltd. (Vendor V-20417) | <a href="#">Logout</a></p>
<h3>Call-off CO-2024-0091 against Supply Contract SC-2023-044</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Item</td><td>31-SPI-0068 Spindle bolster insert HS-68, drg SPD-6800 Rev 4</td></tr>
<tr><td>Contract quantity</td><td>8,000 pcs</td></tr>
<tr><td>Released for production in this call-off</td><td>2,000 pcs - delivery 20-05-2024 CFR Karachi</td></tr>
<tr><td>Material authority</td><td>Staged, up to 6,000 pcs (bearing steel bar SUJ2 and bronze bush blanks), at IVSM liability</td></tr>
<tr><td>Not released (balance on hold)</td><td>6,000 pcs</td></tr>
<tr><td>Unlock event for the balance</td><td>Call-off no. 2 (CO-2024-0092), after the running report of the first 2,000 pcs on ring frames RF-09 / RF-10</td></tr>
<tr><td>Release authority</td><td>Engr. Kashif Mehmood, GM Technical</td></tr>
</table>
<div class="note">You may buy and stage material for up to 6,000 pcs at our liability. Production beyond the 2,000 pcs of this call-off is not authorised. The 6,000 pcs balance is not released until call-off no. 2 is signed by Engr. Kashif Mehmood.</div>
<p>Supplier acknowledgement: <b>Acknowledged</b> 23-04-2024 by K. Hayashi</p>
<p style="font-size:11px;color:#666">Portal v3.2 | IVSM Procurement | Page generated 23-04-2024 11:40 PKT</p>"""
case("c07_ivsm_portal_calloff", [],
     "call-off releases 2,000 of 8,000; explicit staged material authority 6,000; balance on hold until call-off 2 by Kashif Mehmood",
     [("CO-2024-0091.html", html_page("IVSM Supplier Portal - Call-off CO-2024-0091", _b))])


# c08 explicit signed auto-conversion record
case("c08_ads_autoconversion_record", [],
     "explicit, signed auto-conversion: 480 released on approved sign-off of 20 samples, with signer, date and conditions; other 500 on hold",
     [("AC-ADS-2024-03.docx", docx_bytes([
         ("h1", "Auto-conversion record / Otomatik dönüşüm kaydı AC-ADS-2024-03"),
         ("p", "Order: ring spindle HF-68 complete (blade, bolster, wharve Ø 19 mm), drawing SPD-1200-04 Rev 12. "
               "Supplier: Shinoda Spindle Seisakusho Co., Ltd. Buyer: Anadolu Denim Sanayi ve Ticaret A.Ş."),
         ("p", "Purchase order: ADS-SAS-2024-00352, line 10 (sample, 20 spindles) and line 20 (production, "
               "980 spindles)."),
         ("h", "Agreed auto-conversion"),
         ("num", "Sample lot: twenty (20) spindles, line 10."),
         ("num", "If the sample sign-off of these 20 spindles is recorded as APPROVED (not interim, no deviation) "
                 "by Burcu Kaya, Quality Manager, then 480 spindles of line 20 are released for production "
                 "automatically, without a further release letter."),
         ("num", "Conditions: sign-off dated on or before 31.05.2024; 72 h running test at 18.000 rpm on ring "
                 "frame RF-12 passed; vibration below 2,5 mm/s. If the sign-off is interim, conditional or later "
                 "than 31.05.2024, this record releases no quantity."),
         ("num", "The other 500 spindles of line 20 are not covered by this record. They stay on hold until a "
                 "written release signed by Serkan Aydın, Plant Manager."),
         ("num", "Material authority: sample-only (20) until the auto-conversion takes effect; from then up to "
                 "500 spindles (20 + 480)."),
         ("sp",),
         ("table", [["Signed", "Name / role", "Date"],
                    ["Release authority (buyer)", "Serkan Aydın, Fabrika Müdürü / Plant Manager", "15.04.2024"],
                    ["Purchasing (buyer)", "Emre Yıldız, Satınalma", "15.04.2024"],
                    ["Acknowledged (supplier)", "Kenji Hayashi, Overseas Sales", "16.04.2024"]]),
     ], author="Emre Yildiz"))])


# c09 old quote forwarded as rfc822, declared informational; current scope complete
_old = mail(MAIER, RAFIQ, "Angebot AN-22-1187 / latch needles VO 84.41 G03",
            "Thu, 13 Oct 2022 14:05:00 +0200",
            """Dear Mr. Islam,

thank you for your inquiry. We are pleased to offer:

Pos. 1  Latch needle VO 84.41 G03 (gauge E28)   50.000 Stk   EUR 0,27 / Stk
Pos. 2  Latch needle VO 84.41 G03, sample lot       500 Stk   EUR 0,34 / Stk

Delivery time: 6 weeks after order. Payment: 30 days net. Validity: 31.12.2022.

Mit freundlichen Grüßen / Best regards
""" + SIG_MAIER)
_t = """Dear Mr. Maier,

Greetings from Meghna Knit.

For your reference I am forwarding below your offer of October 2022 (AN-22-1187). It is only for information, to compare the price. The 50.000 pcs in that old offer is not ordered and not released.

Our running PO MKC/PUR/24/0402 covers 1.000 sample needles only. The production quantity of your current offer AN-24-0331 is not released; it will be released only after the knitting trial sign-off, in writing by Mr. Tanvir Ahmed Chowdhury, GM Technical.

Kindly check why the price in AN-24-0331 is EUR 0,31 for the same needle while in 2022 it was 0,27, and revert.

Thanks & regards,
""" + SIG_RAFIQ
case("c09_mkc_fwd_old_offer", [],
     "2022 offer with 50.000 pcs forwarded as rfc822 and declared information only; current PO 1.000 samples with hold, event, Tanvir",
     [("Fwd_AN-22-1187.eml", eml_bytes(mail(
         RAFIQ, MAIER, "Fwd: Angebot AN-22-1187 / latch needles VO 84.41 G03 - for reference only",
         "Mon, 22 Apr 2024 12:10:00 +0600", _t, attachments=[("rfc822", _old)])))])


# c10 quoted supplier line assuming auto-conversion, corrected by the buyer
_orig = """Hayashi-san,

attached our PO ADS-SAS-2024-00370 for 20 sample spindles HF-68 (line 10).
Line 20 (980 spindles) is not released. It will be released only by a written release letter signed by Serkan Aydın, Plant Manager, after the sample sign-off.
Please buy material for the 20 samples only.

Emre Yıldız"""
_sup = """Dear Emre-san,

Thank you very much for your PO ADS-SAS-2024-00370.
We will ship the 20 sample spindles on 26th April by air.
To keep the June slot in our grinding line, once you approve the 20 samples we will roll straight into the 980 production spindles.
We kindly ask your understanding.

Best regards,
Kenji Hayashi

On 11 Apr 2024, Emre Yıldız wrote:
""" + q(_orig)
_t = """Dear Hayashi-san,

Thank you for the quick shipment. But please do not do this.

Sample approval does NOT release the 980 spindles. Production release comes only as a written release letter signed by Serkan Aydın, our Plant Manager, after the sample sign-off. Until you have this letter, please make only the 20 sample spindles and buy material for 20 only. The balance of 980 stays on hold.

If the June slot is a problem, please tell us; we can discuss a slot reservation. But no production before the letter.

İyi çalışmalar / Best regards,
""" + SIG_EMRE + """
On Thu, 18 Apr 2024 at 08:02, Kenji Hayashi <k.hayashi@shinoda-spindle.example> wrote:
""" + q(_sup)
case("c10_ads_reply_corrects_rollover", [],
     "quoted supplier 'roll straight into the 980' corrected by buyer: approval does not release, letter by Serkan Aydın, balance on hold",
     [("RE_PO_ADS-SAS-2024-00370.eml", eml_bytes(mail(
         EMRE, HAYASHI, "RE: PO ADS-SAS-2024-00370 - sample spindles HF-68",
         "Thu, 18 Apr 2024 10:25:00 +0300", _t, in_reply_to="<h203-shn-0418@shinoda-spindle.example>")))])


# c11 WhatsApp: supplier says the advance does not release production
case("c11_whatsapp_kovai_advance", [],
     "buyer scope complete (2 trial sets, 22 not released, Kashif Mehmood); supplier: 'advance does not release production of the 22 sets'",
     [("WhatsApp Chat - Senthil Kovai.txt", """[22/04/2024, 10:15:08] Usman Tariq IVSM: AoA Senthil sb. PO IVSM/PO/24/1187 mailed. Trial 2 sets only (cylinder wire AC 2030x0.60 for cards C-07 and C-11)
[22/04/2024, 10:16:40] Usman Tariq IVSM: Balance 22 sets NOT released. Release only after trial report is signed off and Engr Kashif Mehmood sends written release. Wire purchase for 2 sets only pls
[22/04/2024, 10:31:02] Senthilkumar Kovai: Noted sir 🙏 2 trial sets only, wire only for 2 sets
[22/04/2024, 10:31:30] Senthilkumar Kovai: Proforma for advance I will mail today itself
[25/04/2024, 16:02:11] Senthilkumar Kovai: Good evening sir. 30% advance for trial sets received today, thank you sir
[25/04/2024, 16:03:45] Senthilkumar Kovai: Just to be clear sir, advance does not release production of the 22 sets. We will wait for written release from Kashif sir after trial. Now we are making only the 2 trial sets
[25/04/2024, 16:20:09] Usman Tariq IVSM: Correct. Thanks Senthil sb 👍
[25/04/2024, 16:20:30] Usman Tariq IVSM: Dispatch date of trial sets?
[25/04/2024, 16:41:57] Senthilkumar Kovai: 10th May sir, by air to Lahore
""")])

# c12 supplier acknowledgement restating the hold, Outlook-style quote, HTML attachment
_status = html_page("Rheintal Webeblatt AG - Kundenportal - AB 24-1093", """<h2>Rheintal Webeblatt AG - Kundenportal</h2>
<p>Kunde / customer: Tecelagem Vale do Ave, S.A. (K-10588)</p>
<table>
<tr><th>AB</th><th>Ihre Bestellung / your PO</th><th>Artikel</th><th>Menge</th><th>Status</th></tr>
<tr><td>24-1093</td><td>24/0913</td><td>Profile reed RD-1200, 80 dents/10 cm, H 120 mm</td><td>4 (sample)</td><td>In Fertigung / in production, KW 19</td></tr>
<tr><td>24-1093</td><td>24/0913</td><td>Balance (offer 24-0281)</td><td>56</td><td>Not released - waiting for customer's written release (Eng. R. Machado) after weaving trial sign-off</td></tr>
</table>
<p>Material: dent wire and baulks reserved for 4 reeds (sample only).</p>""")
_orig = """Dear Mr. Keller,

please find attached our PO 24/0913 for 4 sample reeds only.
The balance of 56 reeds is not released until the weaving trial sign-off; the release will be given in writing by Eng. Rui Machado, Diretor Técnico.
Please buy material for the 4 samples only.

Cumprimentos,
Joana Ferreira"""
_t = """Sehr geehrte Frau Ferreira, dear Mrs. Ferreira

Thank you for your order. We acknowledge your PO 24/0913 as written:

- 4 (four) sample reeds RD-1200, 80 dents/10 cm, height 120 mm, for the weaving trial on looms 201 and 202
- the balance of 56 reeds from our offer 24-0281 is not released. We understand it will be released only after your weaving trial sign-off, in writing by Eng. Rui Machado.
- we buy dent wire and baulks for the 4 sample reeds only.

Delivery of the samples: KW 19, DAP Guimarães. Our order acknowledgement AB 24-1093 is in the customer portal; a copy of the status page is attached.

Freundliche Grüsse / Kind regards
""" + SIG_KELLER + """
-----Ursprüngliche Nachricht-----
Von: Joana Ferreira <joana.ferreira@tecelagem-valedoave.example>
Gesendet: Dienstag, 16. April 2024 11:20
An: Urs Keller <u.keller@rheintal-webeblatt.example>
Betreff: PO 24/0913 - 4 sample reeds RD-1200

""" + q(_orig)
case("c12_rwb_ack_restates_hold", [],
     "supplier acknowledgement restating 4 samples, 56 not released, trial sign-off, Rui Machado, sample-only material; quoted buyer scope complete",
     [("AW_PO_24-0913.eml", eml_bytes(mail(
         KELLER, JOANA, "AW: PO 24/0913 - 4 sample reeds RD-1200 / Auftragsbestätigung AB 24-1093",
         "Wed, 17 Apr 2024 08:47:00 +0200", _t,
         attachments=[("AB_24-1093_status.html", _status, "text/html")],
         in_reply_to="<h203-tva-0416@tecelagem-valedoave.example>")))])


# c13 supplier status report restating hold and sample-only material
case("c13_shinoda_status_report", [],
     "supplier status report: 30 samples released, balance 2.970 on hold until sign-off + Kashif Mehmood release; material sample-only; other PO full quantity",
     [("SSS_status_IVSM_wk17.pdf", tpdf([
         ("h1", "Shinoda Spindle Seisakusho Co., Ltd."),
         ("p", "Overseas Sales Section, 1-24 Kamijima, Naka-ku, Hamamatsu, Shizuoka, Japan"),
         ("h", "Order Status Report - Indus Valley Spinning Mills (Pvt.) Ltd. - Week 17 / 2024"),
         ("p", "Dear Mr. Usman Tariq, we kindly inform the status of your orders as of 26 April 2024."),
         ("table", [["PO", "Item", "Ordered", "Released", "Produced", "Shipped", "Material bought", "Status"],
                    ["IVSM/PO/24/0981", "Spindle insert HS-68, drg SPD-6800 Rev 4", "30 (sample)", "30", "30", "0",
                     "for 30 pcs", "Final inspection, ship 30 Apr"],
                    ["IVSM/PO/24/0812", "Spindle HF-68 complete", "250 (full qty)", "250", "250", "250",
                     "for 250 pcs", "Shipped 12 Apr, B/L SHN-2404-118"]]),
         ("p", "Remarks:"),
         ("p", "1. PO IVSM/PO/24/0981: the balance of 2.970 pcs of our quotation SQ-24-0127 is not released. "
               "It stays on hold until your sample sign-off and the written release from Engr. Kashif Mehmood. "
               "Material authority is sample-only; we have not purchased bearing steel for the balance."),
         ("p", "2. PO IVSM/PO/24/0812 was a full-quantity order (250 pcs); nothing is open."),
         ("p", "3. Endurance test of the inserts: 500 h at 20.000 rpm passed on our test stand (report TR-24-0419)."),
         ("p", "Thank you very much for your continuous support."),
         ("p", "Kenji Hayashi / Overseas Sales Section"),
     ], title="Order status week 17", author="Shinoda Spindle"))])


# c14 interim sign-off with limits; the release is a separate document
case("c14_mkc_interim_disposition", [],
     "interim disposition limited to 5.000 needles / 30.06.2024; releases nothing by itself; release REL-MKC-24-011 by Tanvir; 54.000 on hold",
     [("ISD-MKC-24-007.docx", docx_bytes([
         ("h1", "Interim Sample Disposition ISD-MKC-24-007"),
         ("p", "Meghna Knit Composite Ltd. - Technical / QC | Date: 08.05.2024"),
         ("table", [["Field", "Value"],
                    ["Supplier", "Albtal Nadeltechnik GmbH, Albstadt"],
                    ["Part", "Latch needle VO 84.41 G03, gauge E28, drawing AN-8441-G03 Rev 5"],
                    ["PO / quote", "PO MKC/PUR/24/0402; offer AN-24-0331 (60.000 needles)"],
                    ["Sample lot", "1.000 needles, lot AL-24-1173"],
                    ["Trial", "Mayer Relanit 3.2 II, machines M-21 to M-26, 5 days, single jersey 160 gsm"]]),
         ("h", "Finding"),
         ("p", "Hook height 0,02 mm above drawing tolerance on 7 of 50 needles measured. No needle breakage, "
               "no holes in the fabric."),
         ("h", "Disposition: INTERIM (with limits)"),
         ("li", "Limited to maximum 5.000 (five thousand) needles."),
         ("li", "Valid until 30.06.2024, only on machines M-21 to M-26."),
         ("li", "Supplier to correct the hook height; final sign-off only after a corrected sample lot."),
         ("p", "This disposition releases nothing by itself. The production release for the 5.000 needles is "
               "issued separately as release REL-MKC-24-011, signed by Tanvir Ahmed Chowdhury, GM Technical, "
               "dated 09.05.2024."),
         ("p", "The balance of 54.000 needles stays on hold until the final sign-off of the corrected lot and a "
               "written release by Mr. Tanvir Ahmed Chowdhury."),
         ("p", "Material authority: for the released 5.000 needles only."),
         ("sp",),
         ("table", [["Role", "Name", "Date"],
                    ["QC", "Habibur Rahman", "08.05.2024"],
                    ["GM Technical", "Tanvir Ahmed Chowdhury", "08.05.2024"]]),
     ], author="Habibur Rahman"))])


# c15 deviation permit that leaves quantities untouched
case("c15_ads_deviation_permit", [],
     "deviation permit on slot width for one lot; states it changes no quantity, release or material authority",
     [("DP-2024-019.pdf", tpdf([
         ("h1", "SAPMA İZNİ / DEVIATION PERMIT DP-2024-019"),
         ("table", [["Buyer", "Anadolu Denim Sanayi ve Ticaret A.Ş."],
                    ["Supplier", "Rheintal Webeblatt AG, Altstätten SG"],
                    ["Part", "Drop wire DW 145 x 11 x 0,20, closed slot, drawing RW-DW-145 Rev 6"],
                    ["Lot", "L24-0311, delivered 12.04.2024, 12.000 pcs under PO 4500019544"],
                    ["Validity", "This lot only"]]),
         ("h", "Deviation"),
         ("table", [["Characteristic", "Specified", "Actual", "Decision"],
                    ["Slot width", "3,0 ±0,05 mm", "3,06 - 3,09 mm", "accepted for this lot"],
                    ["Hardness", "48-52 HRC", "49-51 HRC", "conform"],
                    ["Thickness", "0,20 ±0,01 mm", "0,198 - 0,204", "conform"]]),
         ("p", "Reason: weft stop motion tested on looms D-31 to D-36 for 48 h with the wider slot, no false stops."),
         ("p", "Scope: this permit covers the technical characteristic of lot L24-0311 only. It does not change "
               "any PO quantity, the production release REL-ADS-24-031 (12.000 pcs) or the material authority. "
               "Next lots shall be delivered to drawing."),
         ("table", [["Function", "Name", "Date"],
                    ["Kalite / Quality", "Burcu Kaya", "15.04.2024"],
                    ["Dokuma / Weaving", "Mehmet Öztürk", "15.04.2024"],
                    ["Satınalma / Purchasing", "Emre Yıldız", "16.04.2024"]]),
     ], title="Deviation permit DP-2024-019", author="Anadolu Denim"))])


# c16 Teams go-ahead scoped to the sample quantity
case("c16_teams_dropwire_samples", [],
     "Teams: 'go ahead with the 2.000 sample drop wires only'; rest of 20.000 not released; trial sign-off; Rui Machado",
     [("Teams_chat_Rheintal_DW145.txt", """Chat export - Microsoft Teams
Participants: Joana Ferreira (Tecelagem Vale do Ave), Beat Niederer (Rheintal Webeblatt AG) (External)
Exported: 30/04/2024 17:05

Joana Ferreira  16/04/2024 09:12
Bom dia Beat! About the drop wires DW 145 x 11 x 0,20 (PO 24/0998): go ahead with the 2.000 sample drop wires only.

Joana Ferreira  16/04/2024 09:14
The rest of the 20.000 is not released. First the trial on loom 14, then sign-off by our Quality, then the written release signed by Eng. Rui Machado.

Beat Niederer  16/04/2024 09:31
Hoi Joana, thanks. Understood: 2'000 pcs sample only, the 18'000 stay on hold. We buy wire only for 2'000.

Beat Niederer  16/04/2024 09:32
Delivery KW 18, DAP Guimarães

Joana Ferreira  16/04/2024 09:40
Perfeito, obrigada 👍
""")])


# c17 EDI DELFOR printout: firm zone, labelled forecast zone, explicit staged material authority
case("c17_ads_delfor_printout", [],
     "DELFOR call-off: 5.000 firm, forecast zone labelled not authorised, explicit FAB/RAW material authority 10.000, next call-off by Serkan Aydın",
     [("DELFOR_2024-0117.txt", """EDI TRANSLATION PRINTOUT - UN/EDIFACT DELFOR D.96A              printed 22.04.2024 07:15
======================================================================================
Sender    : ANADOLU DENIM SAN. VE TIC. A.S.            GLN 8690000012345
Receiver  : SHAOXING HUAYUE TEXTILE ACCESSORIES CO LTD  GLN 6970000098765
Message   : DELFOR 2024-0117      Document date 22.04.2024      Function: 9 (original)
Schedule agreement : SA-2024-009   total agreement quantity 30.000 PCS
Item      : 2205-BB-230  RING BOBBIN 230 MM PP, DRG BB-230 REV 5, COLOUR CODE 7 (GREEN)
--------------------------------------------------------------------------------------
 SCC  Meaning                 Delivery      Quantity   Remark
 1    FIRM                    CW19 2024      5.000 PCS  released for production and delivery
 4    FORECAST                CW23 2024      5.000 PCS  planning only - not authorised
 4    FORECAST                CW27 2024      5.000 PCS  planning only - not authorised
 4    FORECAST                CW31 2024      5.000 PCS  planning only - not authorised
 4    FORECAST                CW35 2024      5.000 PCS  planning only - not authorised
 4    FORECAST                CW39 2024      5.000 PCS  planning only - not authorised
--------------------------------------------------------------------------------------
 QTY+70  cumulative quantity released ........... 5.000 PCS
 QTY+FAB fabrication authorisation .............. 5.000 PCS
 QTY+RAW raw material authorisation ............ 10.000 PCS (PP granulate + steel inserts,
                                                 at buyer liability)
--------------------------------------------------------------------------------------
 FTX+AAI: QUANTITIES WITH SCC 4 ARE FORECAST FOR PLANNING ONLY AND ARE NOT RELEASED.
 FTX+AAI: SUPPLIER MAY BUY AND STAGE RAW MATERIAL FOR 10.000 PCS. NO PRODUCTION ABOVE
          5.000 PCS UNTIL THE NEXT DELFOR CALL-OFF.
 FTX+AAI: CALL-OFF RELEASE AUTHORITY: SERKAN AYDIN, PLANT MANAGER.
 NAD+BY  ANADOLU DENIM / CTA+PD: EMRE YILDIZ  +90 344 000 12 34
 NAD+SE  SHAOXING HUAYUE / CTA+SR: LILY CHEN
======================================================================================
 Segments: 41     UNH ref 000117     UNT 41+000117     end of message
""")])


# c18 full-quantity SAP PO full of quantity-like identifiers
case("c18_ivsm_sap_po_identifiers", [],
     "full and final quantity PO (250 + 250), no balance; many identifiers that look like quantities",
     [("PO_4500018250.pdf", tpdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Indus Valley Spinning Mills (Pvt.) Ltd., 14-km Sargodha Road, Faisalabad, Pakistan"),
         ("table", [["PO No.", "4500018250", "Date", "18-03-2024"],
                    ["Vendor", "V-20417 Shinoda Spindle Seisakusho Co., Ltd.", "Currency", "JPY"],
                    ["Incoterms", "CFR Karachi", "Purch. group", "P12 Spinning spares"]]),
         ("sp",),
         ("table", [["Item", "Material", "Description", "Qty", "UoM", "Unit price JPY", "Value JPY"],
                    ["10", "31-SPI-1250", "Ring spindle HF-68, blade length 250 mm, wharve Ø 19 mm, "
                     "drg SPD-5000 Rev 12", "250", "PCS", "4,820.00", "1,205,000.00"],
                    ["20", "31-SPI-0068", "Spindle bolster insert HS-68, drg SPD-6800 Rev 4", "250", "PCS",
                     "1,960.00", "490,000.00"],
                    ["", "", "Total", "", "", "", "1,695,000.00"]]),
         ("p", "Header text: Full quantity order for ring frame RF-14 renovation (spindle positions 1 to 250). "
               "This is the full and final quantity. There is no sample lot and no balance. Please proceed "
               "with the 250 spindles and 250 inserts."),
         ("p", "Technical: bearing steel to EN ISO 683-17; fixing nut thread M8x1.25; running test 1000 h at "
               "22,000 rpm per lot; pallet 1200 x 800 mm; QMS certificate ISO 9001:2015 required."),
         ("p", "Delivery: all 250 + 250 pcs by 15-06-2024, CFR Karachi by sea. Payment: 60 days from B/L date by TT."),
         ("p", "Authorised signatory: Muhammad Usman Tariq, Manager Purchase"),
     ], title="PO 4500018250", author="IVSM"))])


# c19 supplier portal status restating the hold
_b = """<h2>Rheintal Webeblatt AG - Kundenportal / Customer portal</h2>
<p>Kunde: Tecelagem Vale do Ave, S.A. (K-10588) | Sprache: EN</p>
<h3>Auftragsstatus / order status</h3>
<table>
<tr><th>AB</th><th>Your PO</th><th>Article</th><th>Qty</th><th>Status</th><th>Material</th></tr>
<tr><td>24-1121</td><td>24/0998 line 1</td><td>Drop wire DW 145 x 11 x 0,20</td><td>2'000 (sample)</td><td>In production, delivery KW 18</td><td>wire for 2'000</td></tr>
<tr><td>24-1121</td><td>24/0998 line 2</td><td>Drop wire DW 145 x 11 x 0,20</td><td>18'000</td><td>On hold - awaiting customer's written production release (Eng. R. Machado) after loom trial sign-off</td><td>none bought</td></tr>
</table>
<div class="note">Line 2 is not released. We will not start it before the written release is received.</div>
<p style="font-size:11px;color:#666">Stand / as of 19.04.2024 06:00 MESZ</p>"""
case("c19_rwb_portal_status", [],
     "supplier portal: 2'000 sample in production, 18'000 on hold awaiting Rui Machado's written release; non-authorizing",
     [("Auftragsstatus_K-10588.html", html_page("Rheintal Webeblatt - Auftragsstatus", _b))])


# c20 full release of the balance, multipart/alternative + PDF attachment
_pdf = tpdf([
    ("h1", "PRODUCTION RELEASE REL-IVSM-24-006"),
    ("p", "Indus Valley Spinning Mills (Pvt.) Ltd. to Kovai Card Clothing Pvt. Ltd., Coimbatore. Date: 07-05-2024"),
    ("table", [["PO", "Item", "Trial sets (signed off)", "Released now", "Total released", "PO quantity"],
               ["IVSM/PO/24/1187", "Cylinder wire AC 2030x0.60", "2", "22", "24", "24"]]),
    ("p", "Unlock event: trial report TR-24-031 (cards C-07 and C-11) signed off by Adeel Anwar, Spinning "
          "Master, 06-05-2024."),
    ("p", "Material authority: 22 sets. After this release nothing of the PO remains on hold."),
    ("p", "Released by: Engr. Kashif Mehmood, GM Technical"),
], title="REL-IVSM-24-006", author="Kashif Mehmood")
_t = """Dear Mr. Senthilkumar,

Trial report TR-24-031 for the 2 trial sets on cards C-07 and C-11 has been signed off by our Spinning Master on 06-05-2024 (neps and flat strips within target).

I hereby release production of the balance 22 (twenty two) sets under PO IVSM/PO/24/1187. With this, total released = 24 sets = full PO quantity. Material authority: 22 sets.

Release document REL-IVSM-24-006 attached. Kindly confirm the delivery plan at the earliest.

Regards,
""" + SIG_KASHIF
case("c20_ivsm_release_letter", [],
     "release letter names 22 sets, the signed-off trial, the releasing GM; total released equals PO quantity",
     [("REL-IVSM-24-006.eml", eml_bytes(mail(
         KASHIF, SENTHIL, "Production release REL-IVSM-24-006 - PO IVSM/PO/24/1187 - balance 22 sets",
         "Tue, 07 May 2024 11:30:00 +0500", _t, html=text_to_html(_t), cc=USMAN,
         attachments=[("REL-IVSM-24-006.pdf", _pdf, PDF_MT)])))])


# c21 ERP PO printout with sample line and held balance line
case("c21_ivsm_erp_po_hold", [],
     "ERP PO: line 01 500 sample released, line 02 BAL 4,500 NOT RELEASED until sample sign-off and Kashif Mehmood's written release",
     [("IVSM_PO_24_1302.txt", """INDUS VALLEY SPINNING MILLS (PVT.) LTD.                      14-KM SARGODHA ROAD, FAISALABAD
PURCHASE ORDER                                                PO NO : IVSM/PO/24/1302
                                                              DATE  : 22-04-2024
VENDOR : SHAOXING HUAYUE TEXTILE ACCESSORIES CO., LTD. (V-30155)
         KEQIAO, SHAOXING, ZHEJIANG, CHINA
TERMS  : CFR KARACHI / PAYMENT 60 DAYS FROM B/L / CURRENCY USD
-----------------------------------------------------------------------------------------------
LN  ITEM CODE    DESCRIPTION                        QTY  UOM  RATE USD   AMOUNT USD  STATUS
01  41-BOB-230   RING BOBBIN 230MM PP, RED, DRG       500  PCS     0.185       92.50  SAMPLE
                 BB-230 REV 5
02  41-BOB-230   RING BOBBIN 230MM PP, RED          4,500  PCS     0.162      729.00  NOT RELEASED
-----------------------------------------------------------------------------------------------
                                                    TOTAL 5,000 PCS          821.50
REMARKS:
 1. LINE 01 - SAMPLE 500 PCS IS RELEASED FOR MANUFACTURE. SUPPLY WITHIN 20 DAYS BY AIR.
 2. LINE 02 - BAL 4,500 PCS IS NOT RELEASED. HOLD UNTIL SAMPLE SIGN-OFF ON RING FRAME RF-09
    AND WRITTEN RELEASE BY GM TECHNICAL ENGR. KASHIF MEHMOOD.
 3. PURCHASE RAW MATERIAL FOR LINE 01 ONLY.
 4. BOBBIN TIP CONCENTRICITY 0.05 MM MAX, TEST 10,000 RPM, ISO 9001:2015 SUPPLIER.

PREPARED BY : M. USMAN TARIQ, MANAGER PURCHASE            AUTHORISED SIGNATORY : (SD)
-----------------------------------------------------------------------------------------------
THIS IS A COMPUTER GENERATED DOCUMENT                                       PAGE 1 OF 1
""")])

# c22 minutes that keep the words apart: sample sign-off / PO issued / production release
case("c22_tva_minutes_terms_apart", [],
     "minutes keep sample sign-off, PO issued and production release apart; 56 reeds on hold until Rui Machado signs",
     [("Ata_reuniao_Rheintal_2024-04-23.docx", docx_bytes([
         ("h1", "Ata de reunião / Meeting minutes"),
         ("p", "Tecelagem Vale do Ave, S.A. and Rheintal Webeblatt AG - Guimarães, 23.04.2024"),
         ("p", "Present: Joana Ferreira (Compras), Sofia Ribeiro (Qualidade), Paulo Mendes (Tecelagem), "
               "Urs Keller (Rheintal, Verkauf). Excused: Eng. Rui Machado."),
         ("h", "1. Sample sign-off"),
         ("p", "The 4 sample reeds RD-1200 ran on looms 201 and 202 for 6 days without reed marks. Sample "
               "sign-off signed by Sofia Ribeiro on 22.04.2024 (record SSO-TVA-2024-016)."),
         ("h", "2. Purchase order"),
         ("p", "PO 24/0913 was issued on 02.04.2024 for 60 reeds: line 1 = 4 sample reeds, line 2 = 56 reeds. "
               "Commercial terms unchanged (CHF 1'185.00 per reed, DAP Guimarães)."),
         ("h", "3. Production release"),
         ("p", "Not given in this meeting. The 56 reeds of line 2 stay on hold until Eng. Rui Machado signs the "
               "production release. He will decide after the second trial on loom 205 (sample sign-off no. 2)."),
         ("h", "4. Material"),
         ("p", "Rheintal keeps material for the 4 sample reeds only; no dent wire is bought for line 2."),
         ("h", "Actions"),
         ("table", [["No.", "Action", "Who", "Due"],
                    ["1", "Mount sample reed on loom 205, run 1 warp", "Paulo Mendes", "03.05.2024"],
                    ["2", "Sample sign-off no. 2", "Sofia Ribeiro", "10.05.2024"],
                    ["3", "Decide on production release of line 2 (56 reeds)", "Eng. Rui Machado", "13.05.2024"]]),
     ], author="Joana Ferreira"))])


# c23 multi-file: cover mail + PO + supplier offer; the larger quantity is declared informational
_po = tpdf([
    ("h1", "SATINALMA SİPARİŞİ / PURCHASE ORDER ADS-SAS-2024-00388"),
    ("p", "Anadolu Denim Sanayi ve Ticaret A.Ş., Kahramanmaraş | Date 08.04.2024 | Supplier: Rheintal Webeblatt AG"),
    ("table", [["Line", "Material", "Description", "Qty", "Unit", "Price CHF", "Amount CHF"],
               ["10", "2207-HD-280", "Flat steel heddle FH 280 x 5,5 x 0,30, drg RW-280-55 Rev 3 - SAMPLE",
                "1.500", "PCS", "0,42", "630,00"]]),
    ("p", "Scope: this PO covers 1.500 sample heddles only (weaving trial, looms D-11 to D-14)."),
    ("p", "Balance: 28.500 heddles of offer 24-0288 are not released and stay on hold until the weaving trial "
          "sign-off and a written release by Serkan Aydın, Plant Manager."),
    ("p", "Material authority: wire for the 1.500 sample heddles only."),
    ("p", "Satınalma: Emre Yıldız"),
], title="PO ADS-SAS-2024-00388", author="Anadolu Denim")
_offer = tpdf([
    ("h1", "Rheintal Webeblatt AG"),
    ("p", "Industriestrasse 17, 9450 Altstätten SG, Schweiz | ISO 9001:2015"),
    ("h", "Offerte / Offer 24-0288"),
    ("p", "Anadolu Denim Sanayi ve Ticaret A.Ş., Herr Emre Yıldız | Altstätten, 02.04.2024"),
    ("table", [["Pos.", "Artikel", "Menge / qty", "Preis CHF / Stk", "Lieferzeit"],
               ["1", "Flachstahllitze FH 280 x 5,5 x 0,30, Muster / sample lot", "1'500", "0.42", "3 Wochen"],
               ["2", "Flachstahllitze FH 280 x 5,5 x 0,30, Serie / series", "28'500", "0.29", "8 Wochen"]]),
    ("p", "Gesamtbedarf Webhalle / total requirement weaving hall: 30'000 Stk (sample lot plus series)."),
    ("p", "Preise netto, DAP Kahramanmaraş, gültig bis 30.06.2024. Freundliche Grüsse, Urs Keller"),
], title="Offerte 24-0288", author="Rheintal Webeblatt")
_t = """Dear Mr. Keller,

Kolay gelsin. Attached please find our PO ADS-SAS-2024-00388 for sample heddles FH 280 x 5,5 x 0,30 and, for reference, your offer 24-0288.

The PO covers 1.500 sample heddles only. Your offer shows 30.000 heddles for the complete weaving hall - this quantity is for information only and is not released. The balance of 28.500 heddles will be released only after the weaving trial sign-off, by written release from Serkan Aydın, Plant Manager. Please buy wire for the 1.500 samples only.

Best regards,
""" + SIG_EMRE
case("c23_ads_cover_po_offer", [],
     "cover mail + PO + offer: 1.500 samples, offer's 30.000 declared information only, 28.500 on hold until trial sign-off + Serkan Aydın",
     [("PO_ADS-SAS-2024-00388.eml", eml_bytes(mail(
         EMRE, KELLER, "PO ADS-SAS-2024-00388 - sample heddles FH 280",
         "Mon, 08 Apr 2024 14:40:00 +0300", _t))),
      ("PO_ADS-SAS-2024-00388.pdf", _po),
      ("Offerte_24-0288.pdf", _offer)])


# c24 two-level quoted thread: supplier asks to buy wire for the full quantity, buyer says no
_orig = """Dear Mr. Senthilkumar,

Please find attached PO IVSM/PO/24/1240 for 2 (two) trial sets cylinder wire AC 2030x0.60 for cards C-04 and C-05.
Balance 28 sets of your quotation is not released. Release only after trial report sign-off, in writing by Engr. Kashif Mehmood, GM Technical.

Regards,
Usman Tariq"""
_sup = """Dear Sir,

Good day. Trial sets are in mounting test, dispatch on 14th May.
Sir, our wire mill has MOQ equal to 30 sets. Can we purchase wire for full 30 sets now itself to save time and cost? Kindly advise.

Thanks & regards,
R. Senthilkumar

On 23-Apr-2024 11:02, Muhammad Usman Tariq wrote:
""" + q(_orig)
_t = """Dear Senthil sb,

No, please. Buy wire for the 2 trial sets only. Material for the balance 28 sets is not authorised.
The balance 28 sets stays on hold until the trial report sign-off; after that Engr. Kashif Mehmood will send the written release.

If the MOQ costs extra, send us the surcharge offer and we will decide.

Regards,
""" + SIG_USMAN + """
On 02-May-2024 09:48, R. Senthilkumar <exports@kovai-cardclothing.example> wrote:
""" + q(_sup)
case("c24_ivsm_reply_no_material", [],
     "two-level thread: supplier asks to buy wire for 30 sets; buyer: trial sets only, 28 on hold, sign-off, Kashif Mehmood",
     [("RE_IVSM_PO_24_1240.eml", eml_bytes(mail(
         USMAN, SENTHIL, "RE: PO IVSM/PO/24/1240 - trial sets cylinder wire / wire MOQ",
         "Thu, 02 May 2024 12:15:00 +0500", _t, in_reply_to="<h203-kcc-0502@kovai-cardclothing.example>")))])


# c25 buyer portal: advance paid, explicitly no production release
_b = """<h2>Anadolu Denim - Tedarikçi Portalı / Supplier Portal</h2>
<p>Tedarikçi / supplier: Shinoda Spindle Seisakusho Co., Ltd. (300521)</p>
<h3>Sipariş / PO ADS-SAS-2024-00361</h3>
<table>
<tr><th>Line</th><th>Material</th><th>Description</th><th>Qty</th><th>Scope</th><th>Production status</th></tr>
<tr><td>10</td><td>2209-SP-068</td><td>Ring spindle HF-68, drg SPD-1200-04 Rev 12</td><td>20</td><td>sample</td><td>Released for production</td></tr>
<tr><td>20</td><td>2209-SP-068</td><td>Ring spindle HF-68, drg SPD-1200-04 Rev 12</td><td>980</td><td>production</td><td>Not released - on hold</td></tr>
</table>
<h3>Ödeme / Payment</h3>
<table>
<tr><th>Type</th><th>Amount</th><th>Date</th><th>Status</th></tr>
<tr><td>Advance payment (30% of line 10)</td><td>JPY 31.800</td><td>12.04.2024</td><td>Paid</td></tr>
</table>
<div class="note">The advance payment is a commercial step only. It does not release production of line 20.
Line 20 (980 spindles) will be released only after the sample sign-off, by written release from Serkan Aydın, Plant Manager.
Material authority: sample-only (20 spindles).</div>"""
case("c25_ads_portal_advance_no_release", [],
     "buyer portal: advance paid, note says payment does not release line 20; 980 on hold until sign-off + Serkan Aydın",
     [("ADS-SAS-2024-00361.html", html_page("Anadolu Denim Supplier Portal - PO ADS-SAS-2024-00361", _b, lang="en"))])

# ================================================================ POSITIVE

# p01 multi-file: cover mail + sample PO + supplier offer with 60.000 production tier, no hold anywhere
_po = tpdf([
    ("h1", "MEGHNA KNIT COMPOSITE LTD."),
    ("p", "Konabari, Gazipur-1751, Bangladesh | Procurement Department"),
    ("h", "PURCHASE ORDER"),
    ("table", [["PO No.", "MKC/PUR/24/0455", "Date", "16.04.2024"],
               ["Supplier", "Albtal Nadeltechnik GmbH, Albstadt, Germany", "Ref.", "Offer AN-24-0347"],
               ["Delivery", "By air, CPT Dhaka airport", "Payment", "TT 30 days after receipt"]]),
    ("sp",),
    ("table", [["SL", "Item code", "Description", "Qty", "Unit", "Unit price EUR", "Amount EUR"],
               ["1", "KN-NDL-8441", "Latch needle VO 84.41 G03, gauge E28, for Mayer Relanit 3.2 II - sample",
                "1.000", "pcs", "0,31", "310,00"]]),
    ("p", "Remarks: Sample order for knitting trial. Mill test certificate required. Packing 100 pcs per box."),
    ("p", "Prepared by: Md. Rafiqul Islam, Sr. Manager - Procurement"),
], title="PO MKC/PUR/24/0455", author="Meghna Knit")
_offer = tpdf([
    ("h1", "Albtal Nadeltechnik GmbH"),
    ("p", "Talstraße 41, 72458 Albstadt, Germany | ISO 9001:2015 | USt-IdNr. DE000000000"),
    ("h", "Angebot / Offer AN-24-0347"),
    ("p", "Meghna Knit Composite Ltd., Mr. Md. Rafiqul Islam | Albstadt, 09.04.2024"),
    ("table", [["Pos.", "Artikel / article", "Menge / qty", "Preis EUR / Stk", "Lieferzeit / delivery"],
               ["1", "Zungennadel / latch needle VO 84.41 G03, Muster / sample", "1.000", "0,31", "3 Wochen"],
               ["2", "Zungennadel / latch needle VO 84.41 G03, Serie / production", "60.000", "0,24",
                "8 Wochen nach Auftrag"]]),
    ("p", "Lieferbedingung: FCA Albstadt. Zahlung: 30 Tage netto. Gültig bis 30.06.2024."),
    ("p", "Mit freundlichen Grüßen, Jürgen Maier, Vertrieb Export"),
], title="Angebot AN-24-0347", author="Albtal Nadeltechnik")
_t = """Dear Mr. Maier,

Greetings from Meghna Knit Composite Ltd.

Please find attached our PO no. MKC/PUR/24/0455 for sample latch needles VO 84.41 G03 (gauge E28), quantity 1.000 pcs, and your offer AN-24-0347.

Kindly proceed with the 1.000 pcs sample and confirm the dispatch date. Sample should reach Gazipur before 15th May, because our Mayer machines will be free for the trial in that time. Kindly send the mill test certificate with the goods.

Thanks & best regards,
""" + SIG_RAFIQ
case("p01_mkc_cover_po_offer", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO 1.000 with the offer's 60.000 production tier in the bundle; nothing says the balance is not released, no event, no person",
     [("MKC_PUR_24_0455.eml", eml_bytes(mail(
         RAFIQ, MAIER, "PO MKC/PUR/24/0455 - sample latch needles VO 84.41 G03",
         "Tue, 16 Apr 2024 15:20:00 +0600", _t))),
      ("PO_MKC-PUR-24-0455.pdf", _po),
      ("AN-24-0347.pdf", _offer)])


# p02 two-level thread: 'It is approved. Go ahead.' about a drawing change; scope quoted below is complete
_orig = """Hayashi-san,

attached PO ADS-SAS-2024-00395. It covers 20 sample spindles HF-68 only (line 10).
The 980 spindles of line 20 are not released. They will be released only after the sample sign-off, by written release letter from Serkan Aydın, Plant Manager.
Material for the 20 samples only, please.

Emre"""
_sup = """Dear Emre-san,

Thank you very much for your PO ADS-SAS-2024-00395.
Before we start, please confirm if we may change to drawing SPD-1200-04 Rev C (wharve Ø 19,5 mm instead of Ø 19 mm). Rev C is our new standard and the lead time is one week shorter.

Best regards,
Kenji Hayashi

On 09 Apr 2024, Emre Yıldız wrote:
""" + q(_orig)
_t = """Dear Hayashi-san,

Our engineering checked Rev C with the Ø 19,5 mm wharve. It is approved. Go ahead.

Best regards,
""" + SIG_EMRE + """
On Fri, 12 Apr 2024 at 07:55, Kenji Hayashi <k.hayashi@shinoda-spindle.example> wrote:
""" + q(_sup)
case("p02_ads_rev_c_go_ahead", ["RG002"],
     "'It is approved. Go ahead.' names neither sample-only nor a quantity; quoted PO scope (20 samples, 980 held, sign-off, Serkan Aydın) is complete",
     [("RE_drawing_Rev_C.eml", eml_bytes(mail(
         EMRE, HAYASHI, "RE: PO ADS-SAS-2024-00395 - drawing Rev C?",
         "Fri, 12 Apr 2024 11:40:00 +0300", _t, in_reply_to="<h203-shn-0412@shinoda-spindle.example>")))])


# p03 WhatsApp: 'Ok approved, go ahead' about packing; sample quantity never stated in the chat
case("p03_whatsapp_springs_no_qty", ["RG002", "RG010"],
     "hold, event and Tanvir stated, but no quantity anywhere; 'Ok approved, go ahead' (answer to a packing question) is unscoped",
     [("WhatsApp Chat with Lily Chen.txt", """08/04/2024, 10:12 - Rafiqul Meghna Knit: Lily good morning. PO MKC/PUR/24/0511 for sample springs TS-0.50 sent in mail
08/04/2024, 10:13 - Rafiqul Meghna Knit: Only sample. Production balance is not released. Release will come after trial sign-off on our Terrot machines, in writing from Tanvir bhai (Mr. Tanvir Ahmed Chowdhury, GM Technical)
08/04/2024, 10:40 - Lily Chen Huayue: Noted sir 👍 PO pdf is not opening in my phone, I check in office
08/04/2024, 10:41 - Rafiqul Meghna Knit: ok
10/04/2024, 14:05 - Lily Chen Huayue: Sir for the springs, packing in poly bag or carton box? And colour mark blue paint on the end ok for you?
10/04/2024, 14:20 - Rafiqul Meghna Knit: Ok approved, go ahead
10/04/2024, 14:21 - Lily Chen Huayue: 👍 ok sir
""")])


# p04 Teams: 'Green light from our side' on a coating change; scope earlier complete
case("p04_teams_heddle_green_light", ["RG002"],
     "'Green light from our side' on a coating change is unscoped; earlier scope 1.000 samples, 24.000 held, trial sign-off, Rui Machado",
     [("Teams_chat_Urs_Keller.txt", """Chat export - Microsoft Teams
Participants: Joana Ferreira (Tecelagem Vale do Ave), Urs Keller (Rheintal Webeblatt AG) (External)
Exported: 26/04/2024 10:14

Joana Ferreira  08/04/2024 11:02
Urs, PO 24/1022 is in your mailbox: 1.000 sample heddles FH 330 x 5,5 x 0,30 only. Balance 24.000 is not released until the weaving trial sign-off; the written release will come from Eng. Rui Machado.

Urs Keller  08/04/2024 11:15
Danke Joana, noted: 1'000 sample only, 24'000 on hold.

Urs Keller  12/04/2024 15:48
Joana, one question for the heddles: we can change the eye coating from nickel to our new chrome-free passivation, same price, smoother for your cotton. Is that ok for you?

Joana Ferreira  12/04/2024 16:30
Sofia checked the data sheet, is fine. Green light from our side 👍

Urs Keller  12/04/2024 16:32
Merci!
""")])


# p05 PO mail: balance on hold 'until further notice', person named, no event; PDF PO attached
_po = tpdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Indus Valley Spinning Mills (Pvt.) Ltd., 14-km Sargodha Road, Faisalabad, Pakistan"),
    ("table", [["PO No.", "IVSM/PO/24/0966", "Date", "10-04-2024"],
               ["Vendor", "Shinoda Spindle Seisakusho Co., Ltd. (V-20417)", "Ref.", "Quotation SQ-24-0127"]]),
    ("sp",),
    ("table", [["Ln", "Item code", "Description", "Qty", "UoM", "Rate JPY", "Amount JPY"],
               ["01", "31-SPI-0068", "Spindle bolster insert HS-68, drg SPD-6800 Rev 4 - SAMPLE", "30", "PCS",
                "2,450.00", "73,500.00"]]),
    ("p", "Remarks: 1. Sample order 30 pcs. 2. Balance 2,970 pcs of quotation SQ-24-0127 on hold until further "
          "notice. 3. Release authority: Engr. Kashif Mehmood, GM Technical. 4. Material for 30 pcs only."),
    ("p", "Prepared by: M. Usman Tariq, Manager Purchase"),
], title="PO IVSM/PO/24/0966", author="IVSM")
_t = """Dear Mr. Hayashi,

Please find attached PO IVSM/PO/24/0966 for 30 (thirty) sample spindle inserts HS-68, drg SPD-6800 Rev 4.

The balance of 2,970 pcs of your quotation SQ-24-0127 is on hold until further notice. Release authority for this order is Engr. Kashif Mehmood, GM Technical.

Kindly buy material for the 30 pcs only and arrange dispatch by air at the earliest.

Regards,
""" + SIG_USMAN
case("p05_ivsm_hold_until_further_notice", ["RG004"],
     "30 samples, 2,970 on hold 'until further notice', Kashif Mehmood named as release authority; no unlock event",
     [("IVSM_PO_24_0966.eml", eml_bytes(mail(
         USMAN, HAYASHI, "PO IVSM/PO/24/0966 - sample spindle inserts HS-68",
         "Wed, 10 Apr 2024 10:05:00 +0500", _t,
         attachments=[("IVSM_PO_24_0966.pdf", _po, PDF_MT)])))])


# p06 PDF PO: release 'by our Technical Department', no named person
case("p06_tva_po_technical_dept", ["RG005"],
     "6 sample reeds, 54 not released until sample sign-off; release 'by our Technical Department' names no person",
     [("Encomenda_24-1107.pdf", tpdf([
         ("h1", "NOTA DE ENCOMENDA / PURCHASE ORDER 24/1107"),
         ("p", "Tecelagem Vale do Ave, S.A. - Rua da Fábrica 120, 4835 Guimarães, Portugal | NIF 500000000"),
         ("table", [["Fornecedor / supplier", "Rheintal Webeblatt AG, Altstätten SG"],
                    ["Data / date", "05.04.2024"],
                    ["Referência / ref.", "Offer 24-0311"],
                    ["Entrega / delivery", "DAP Guimarães, KW 18"]]),
         ("sp",),
         ("table", [["Linha", "Artigo", "Qtd.", "Un.", "Preço CHF", "Total CHF"],
                    ["1", "Profile reed RD-1200, 80 dents/10 cm, H 120 mm, width 3 600 mm - sample", "6", "pcs",
                     "1'185.00", "7'110.00"]]),
         ("p", "Observações / remarks:"),
         ("p", "Sample order: 6 (six) reeds for the weaving trial on looms 201 to 206. The balance of 54 reeds of "
               "your offer 24-0311 is not released. It will be released only after the sample sign-off of the "
               "weaving trial; the release will be given by our Technical Department."),
         ("p", "Please buy material for the 6 sample reeds only."),
         ("p", "Compras: Joana Ferreira"),
     ], title="Encomenda 24/1107", author="Tecelagem Vale do Ave"))])


# p07 SAP printout: 'RELEASE BY PLANLAMA (PLANNING DEPT)'
case("p07_ads_sap_me23n_planning", ["RG005"],
     "SAP PO: 200 samples, 9.800 on hold until trial sign-off, 'release by planning dept' names no person",
     [("ME23N_4500019876.txt", """SAP Easy Access - ME23N Satınalma siparişini görüntüle / Display Purchase Order
Anadolu Denim San. ve Tic. A.Ş.                        Printed: 03.04.2024 14:22   User: EYILDIZ
------------------------------------------------------------------------------------------------
Belge türü / Doc. type  : NB Standart sipariş        Sipariş / PO : 4500019876
Satıcı / Vendor          : 300417 SHAOXING HUAYUE TEXTILE ACCESSORIES CO LTD
Satınalma grubu          : T04 Dokuma yedek parça     Belge tarihi : 03.04.2024
Teslim şekli / Incoterms : FOB NINGBO                 Ödeme koşulu : Z060 60 gün
------------------------------------------------------------------------------------------------
Klm   Malzeme        Kısa metin                             Miktar  ÖB     Net fiyat  Para
00010 2203-TS-050    TENSION SPRING TS-0.50 NUMUNE/SAMPLE      200  ADT        0,41  EUR
      Teslim tarihi 25.04.2024    Depo: D100 Dokuma
------------------------------------------------------------------------------------------------
Başlık notu / Header note:
  SAMPLE LOT 200 PCS FOR TRIAL ON WEAVING LOOMS D-31..D-36.
  BALANCE 9.800 PCS OF QUOTE HY-Q-2403-17 IS BLOKE / ON HOLD, NOT RELEASED.
  BALANCE WILL BE RELEASED AFTER TRIAL SIGN-OFF. RELEASE BY PLANLAMA (PLANNING DEPT).
  MATERIAL FOR 200 PCS ONLY.
Kalem metni / Item text 00010:
  Wire EN 10270-1 SH Ø 0,50 mm, 12 active coils, free length 18 mm, nickel plated.
------------------------------------------------------------------------------------------------
""")])


# p08 supplier status mail: steel ordered for the complete 60.000 against a sample-only scope (quoted)
_orig = """Dear Mrs. Kübler,

Please find our PO MKC/PUR/24/0602 for 1.000 sample needles VO 84.41 G03 only.
Balance 59.000 needles of offer AN-24-0362 is not released. It will be released only after the knitting trial sign-off, in writing by Mr. Tanvir Ahmed Chowdhury, GM Technical.
Please procure material for the sample quantity only.

Regards,
Rafiqul Islam"""
_t = """Dear Mr. Islam,

short status to your PO MKC/PUR/24/0602:

- the 1.000 sample needles VO 84.41 G03 are in hardening now, dispatch KW 20 by air
- to secure the delivery time for the series, we have already ordered the special strip steel C75S 0,30 mm for the complete 60.000 needles at our steel mill. Otherwise the lead time of the steel is 10 weeks.

The mill test certificate will follow with the samples.

Mit freundlichen Grüßen / Best regards
""" + SIG_KUEBLER + """
Am 19.04.2024 um 10:31 schrieb Md. Rafiqul Islam:
""" + q(_orig)
case("p08_albtal_steel_full_series", ["RG006"],
     "supplier ordered strip steel for the complete 60.000 while 1.000 samples are released and the quoted scope says material for samples only",
     [("AW_MKC_PUR_24_0602.eml", eml_bytes(mail(
         KUEBLER, RAFIQ, "AW: PO MKC/PUR/24/0602 - sample needles / status",
         "Fri, 03 May 2024 09:12:00 +0200", _t, in_reply_to="<h203-mkc-0419@meghnaknit.example>")))])


# p09 supplier MRP printout: forecast entered as firm order, wire bought for it
case("p09_huayue_mrp_printout", ["RG006", "RG008"],
     "supplier MRP: customer forecast 20,000 entered as firm order, wire PO and plating for 20,000 while 500 released",
     [("K3_MRP_SO24-0417.txt", """SHAOXING HUAYUE TEXTILE ACCESSORIES CO., LTD.  绍兴华越纺织器材有限公司
KINGDEE K/3 CLOUD - MRP CALCULATION RESULT                    2024-04-18 16:22   User: zhangwei
-----------------------------------------------------------------------------------------------
Sales order : SO24-0417            Customer : MEGHNA KNIT COMPOSITE LTD (C-0871)
Cust. PO    : MKC/PUR/24/0529      Item     : TS-0.50 TENSION SPRING, NICKEL PLATED, DRG TS-050 REV 1
Customer released qty (PO) :    500 PCS (sample)
SO qty used for MRP        : 20,000 PCS (source: customer forecast 2024, entered as firm order)
-----------------------------------------------------------------------------------------------
Material                        Req. qty     Stock    Net req.   Action             Doc no.
SWC wire 0.50 mm JIS G3521      42.0 KG      1.5 KG   40.5 KG    PO to wire mill    PO-M-24-0883 (issued 04-19)
Nickel plating service          20,000 PCS   0        20,000     subcon order       SC-24-0212 (issued 04-19)
Carton 30x20x15                 40 PCS       12       28         purchase req.      PR-24-1190
-----------------------------------------------------------------------------------------------
Planner remark (Zhang Wei): forecast 20,000 = firm order. Wire bought for full SO qty, mill MOQ 40 kg.
END
""")])


# p10 supplier mail: will continue directly with the series once samples are approved (multipart)
_t = """Dear Mr. Usman Tariq,

Thank you very much for your PO IVSM/PO/24/1066 for 30 pcs sample spindles HF-68.
We confirm the delivery of the samples by air on 10th May (AWB will follow).

For your information: to keep your ring frame renovation schedule, once you approve the samples we will continue directly with the production of the series, without waiting for further documents, so the series can ship at the end of June.

We kindly ask your understanding and thank you for your continuous support.

Best regards,
""" + SIG_HAYASHI
case("p10_shinoda_continue_after_approval", ["RG007"],
     "supplier: 'once you approve the samples we will continue directly with the production of the series' with no auto-conversion on record",
     [("Shinoda_order_confirmation_1066.eml", eml_bytes(mail(
         HAYASHI, USMAN, "Order confirmation - PO IVSM/PO/24/1066 sample spindles HF-68",
         "Mon, 22 Apr 2024 17:10:00 +0900", _t, html=text_to_html(_t))))])


# p11 WeChat: supplier will start mass production directly after approval
case("p11_wechat_mass_production", ["RG007"],
     "buyer scope complete (200 samples, 4.800 held, sign-off, Serkan Aydın); supplier: 'after you approve the sample, we will start mass production directly'",
     [("WeChat_Lily_Chen_export.txt", """WeChat chat history export   Contact: Lily Chen 华越 (Shaoxing Huayue)
Exported by: Emre Yıldız   2024-04-30 08:12
------------------------------------------------------------
2024-04-10 09:15:22  Emre Yıldız (Anadolu Denim)
Hi Lily, PO 4500020114 sent. 200 pcs sample tension spring TS-0.50. Balance 4.800 not released, release after trial sign-off, in writing by Serkan Bey (Serkan Aydın, plant manager)

2024-04-10 09:20:03  Lily Chen 华越
Well noted dear Emre 😊 sample 200 pcs, we start today

2024-04-17 16:41:10  Lily Chen 华越
Dear Emre, sample will send by DHL tomorrow. After you approve the sample, we will start mass production directly, so delivery can be faster 😊

2024-04-17 16:55:47  Emre Yıldız (Anadolu Denim)
Ok Lily, DHL number pls

2024-04-18 10:02:31  Lily Chen 华越
DHL 5531 8820 14
------------------------------------------------------------
""")])


# p12 buyer mail: forecast to be taken as confirmed order; forecast also as text attachment
_fc = """IVSM - FORECAST RING BOBBIN 41-BOB-230 (230MM PP RED) - FY 2024-25
QUARTER,MONTHS,QTY_PCS
Q1,JUL-SEP 2024,12000
Q2,OCT-DEC 2024,12000
Q3,JAN-MAR 2025,9000
Q4,APR-JUN 2025,9000
TOTAL,,42000
"""
_t = """Dear Lily,

AoA and good day. Please find below and attached our forecast for ring bobbins 41-BOB-230 (230 mm PP, red) for FY 2024-25.

  Jul-Sep 2024   12,000 pcs
  Oct-Dec 2024   12,000 pcs
  Jan-Mar 2025    9,000 pcs
  Apr-Jun 2025    9,000 pcs
  Total          42,000 pcs

Kindly take these forecast quantities as our confirmed order and plan your production accordingly. PO copies will be issued quarterly for accounts purpose.

Regards,
""" + SIG_USMAN
case("p12_ivsm_forecast_as_confirmed", ["RG008"],
     "buyer: 'take these forecast quantities as our confirmed order and plan your production accordingly'",
     [("Requirement_41-BOB-230_FY24-25.eml", eml_bytes(mail(
         USMAN, LILY, "Ring bobbins 41-BOB-230 - requirement FY 2024-25",
         "Thu, 25 Apr 2024 12:30:00 +0500", _t,
         attachments=[("forecast_41-BOB-230_FY24-25.txt", _fc, "text/plain")])))])


# p13 supplier order confirmation turning a forecast into a firm order
case("p13_kovai_oc_forecast_firm", ["RG008"],
     "supplier order confirmation confirms the buyer's forecast quantities 'as firm order' with a fixed schedule",
     [("OC_KCC_24-25_0042.pdf", tpdf([
         ("h1", "KOVAI CARD CLOTHING PVT. LTD."),
         ("p", "Avinashi Road, Coimbatore - 641 062, India | ISO 9001:2015"),
         ("h", "ORDER CONFIRMATION"),
         ("table", [["OC No.", "OC/KCC/24-25/0042"], ["Date", "16.04.2024"],
                    ["Customer", "Indus Valley Spinning Mills (Pvt.) Ltd., Faisalabad"],
                    ["Ref.", "Your mail dated 12.04.2024 - forecast of card clothing requirement 2024-25"]]),
         ("p", "Dear Sir,"),
         ("p", "We thank you for your above mail with the forecast of requirement and are pleased to confirm the "
               "same as firm order as under:"),
         ("table", [["Quarter", "Item", "Qty (sets)", "Delivery", "Status"],
                    ["Jul-Sep 2024", "Cylinder wire AC 2030x0.60", "6", "Sep 2024", "FIRM"],
                    ["Oct-Dec 2024", "Cylinder wire AC 2030x0.60", "6", "Dec 2024", "FIRM"],
                    ["Jan-Mar 2025", "Cylinder wire AC 2030x0.60", "6", "Mar 2025", "FIRM"],
                    ["Apr-Jun 2025", "Cylinder wire AC 2030x0.60", "6", "Jun 2025", "FIRM"],
                    ["Total", "", "24", "", ""]]),
         ("p", "The above forecast quantities are confirmed as firm order and the delivery schedule is fixed. "
               "Cancellation or reduction will attract charges as per clause 9 of our terms and conditions."),
         ("p", "Kindly arrange the PO copy for our records."),
         ("p", "Thanking you, for KOVAI CARD CLOTHING PVT. LTD., R. Senthilkumar, Manager - Exports"),
     ], title="Order confirmation OC/KCC/24-25/0042", author="Kovai Card Clothing"))])


# p14 minutes: 'approved' for the sample, the PO workflow and the balance
case("p14_tva_minutes_approved_3x", ["RG009"],
     "'approved' used for sample (technical), PO in system (commercial) and balance (production); scope otherwise complete",
     [("Minutes_2024-04-18_Rheintal.docx", docx_bytes([
         ("h1", "Meeting minutes"),
         ("p", "Tecelagem Vale do Ave / Rheintal Webeblatt - 18.04.2024, video call"),
         ("p", "Present: Joana Ferreira, Sofia Ribeiro (Tecelagem Vale do Ave); Urs Keller, Beat Niederer (Rheintal)."),
         ("h", "1. Drop wires DW 145 x 11 x 0,20 - sample lot"),
         ("p", "2.000 sample drop wires tested one week on loom 14, no false stops. Sample approved (Sofia Ribeiro, Quality)."),
         ("h", "2. PO 24/1031"),
         ("p", "PO approved in our system on 16.04 by Finance (budget line 2024-TEX-07)."),
         ("h", "3. Balance"),
         ("p", "The remaining 18.000 drop wires are not yet approved. Approval of the balance will be given in "
               "writing by Eng. Rui Machado after the second loom trial (loom 22) is signed off."),
         ("h", "4. Material"),
         ("p", "Rheintal buys wire for the 2.000 sample drop wires only."),
         ("table", [["No.", "Action", "Who", "Due"],
                    ["1", "Second loom trial, loom 22", "Sofia Ribeiro", "30.04.2024"],
                    ["2", "Send trial result to Rheintal", "Joana Ferreira", "03.05.2024"]]),
     ], author="Joana Ferreira"))])


# p15 buyer portal: 'RELEASED' for the PO workflow and for production
_b = """<h2>Anadolu Denim - Tedarikçi Portalı / Supplier Portal</h2>
<p>Tedarikçi / supplier: Rheintal Webeblatt AG (300588)</p>
<h3>Sipariş / PO 4500020377 - Status: RELEASED</h3>
<p>Approved by Emre Yıldız, 05.04.2024 (release strategy level 2, Satınalma)</p>
<table>
<tr><th>Line</th><th>Material</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>2207-HD-280</td><td>Flat steel heddle FH 280 x 5,5 x 0,30 - sample</td><td>1.000</td><td>Released for production</td></tr>
<tr><td>20</td><td>2207-HD-280</td><td>Flat steel heddle FH 280 x 5,5 x 0,30</td><td>19.000</td><td>Not released - on hold until weaving trial sign-off; production release by Serkan Aydın, Plant Manager</td></tr>
</table>
<p>Material authority: line 10 only.</p>"""
case("p15_ads_portal_released_twice", ["RG009"],
     "'RELEASED'/'approved' for the PO release strategy next to 'released for production'; scope otherwise complete",
     [("PO_4500020377.html", html_page("Anadolu Denim Supplier Portal - PO 4500020377", _b))])


# p16 request to make 'the sample lot' with hold, event and person, but no quantity (multipart)
_t = """Dear Mr. Keller,

Following our phone call of this morning, please manufacture the sample lot of flat steel heddles FH 330 x 5,5 x 0,30 (drawing RW-330-55 Rev 2) for the weaving trial on loom 14, under our PO 24/1149.

The production balance is not released. It will be released only after the sample sign-off of the trial, by written release from Eng. Rui Machado, Diretor Técnico.

Please buy heddle strip for the sample lot only, and confirm the delivery week.

Cumprimentos,
""" + SIG_JOANA
case("p16_tva_sample_lot_no_qty", ["RG010"],
     "authorises 'the sample lot' with hold, event and Rui Machado, but never states how many",
     [("PO_24-1149.eml", eml_bytes(mail(
         JOANA, KELLER, "PO 24/1149 - sample lot heddles FH 330",
         "Mon, 15 Apr 2024 12:05:00 +0100", _t, html=text_to_html(_t))))])


# p17 release letter that releases 'the first production lot' without a quantity
case("p17_ivsm_release_first_lot", ["RG010"],
     "release letter releases 'the first production lot as discussed' with no quantity; hold, event and signer named",
     [("REL-IVSM-24-009.docx", docx_bytes([
         ("h1", "PRODUCTION RELEASE REL-IVSM-24-009"),
         ("p", "Indus Valley Spinning Mills (Pvt.) Ltd., Faisalabad | Date: 06-05-2024"),
         ("p", "To: Shinoda Spindle Seisakusho Co., Ltd., Hamamatsu - Kind attn. Mr. Kenji Hayashi"),
         ("p", "Ref: PO IVSM/PO/24/1079 - ring spindles HF-68, drg SPD-5000 Rev 12"),
         ("h", "Sample sign-off"),
         ("p", "The sample spindles passed the 72 h running test at 18,000 rpm on ring frame RF-09. Sample sign-off "
               "SSO-24-017 signed by Adeel Anwar, Spinning Master, on 03-05-2024."),
         ("h", "Release"),
         ("p", "We hereby release the first production lot, as discussed in our video meeting of 2nd May, for "
               "delivery by sea in June."),
         ("p", "The remaining quantity of the PO stays on hold until the running report of the first lot on RF-10 "
               "and RF-11 is signed off. It will be released only by the undersigned, in writing."),
         ("p", "Material authority: for the first production lot only."),
         ("sp",),
         ("p", "Engr. Kashif Mehmood"),
         ("p", "GM Technical"),
     ], author="Kashif Mehmood"))])


# p18 multi-file: buyer PO says 300 samples, supplier portal acknowledgement says 3.000
_ack = """<h2>Albtal Nadeltechnik GmbH - Kundenportal</h2>
<p>Kunde / customer: Meghna Knit Composite Ltd. (D-40771)</p>
<h3>Auftragsbestätigung / order acknowledgement AB-24-2207</h3>
<table>
<tr><th>Feld</th><th>Wert</th></tr>
<tr><td>Ihre Bestellung / your PO</td><td>MKC/PUR/24/0561 vom 17.04.2024</td></tr>
<tr><td>Artikel</td><td>Platine / sinker SK 36.45-12 for Mayer Relanit</td></tr>
<tr><td>Bestätigte Menge (Muster) / confirmed sample quantity</td><td>3.000 Stk</td></tr>
<tr><td>Rest / balance (offer AN-24-0390)</td><td>27.000 Stk - nicht freigegeben / not released, awaiting your written release after the knitting trial (Mr. T. A. Chowdhury)</td></tr>
<tr><td>Liefertermin / delivery</td><td>KW 20, CPT Dhaka</td></tr>
</table>
<p>Stand: 19.04.2024</p>"""
case("p18_mkc_po_vs_portal_ack", ["RG011"],
     "buyer PO: 300 sample sinkers (29,700 held); supplier acknowledgement of the same PO: 3.000 samples (27.000 held)",
     [("MKC_PUR_24_0561.txt", """MEGHNA KNIT COMPOSITE LTD.                          KONABARI, GAZIPUR-1751, BANGLADESH
ERP: TALLY PRIME / PURCHASE MODULE
PURCHASE ORDER NO : MKC/PUR/24/0561             DATE : 17-Apr-2024
SUPPLIER          : ALBTAL NADELTECHNIK GMBH, ALBSTADT, GERMANY
REF               : OFFER AN-24-0390
--------------------------------------------------------------------------------
SL  ITEM                                     QTY    UNIT   RATE EUR    VALUE EUR
1   SINKER SK 36.45-12 FOR MAYER RELANIT     300    PCS        0.42       126.00
    (SAMPLE)
--------------------------------------------------------------------------------
NOTE:
 - SAMPLE ORDER 300 (THREE HUNDRED) PCS ONLY, FOR KNITTING TRIAL.
 - BALANCE 29,700 PCS OF OFFER AN-24-0390 IS NOT RELEASED. RELEASE ONLY AFTER
   KNITTING TRIAL SIGN-OFF, IN WRITING BY MR. TANVIR AHMED CHOWDHURY, GM TECHNICAL.
 - MATERIAL FOR 300 PCS ONLY.
PREPARED BY: MD. RAFIQUL ISLAM                    CHECKED BY: ACCOUNTS
--------------------------------------------------------------------------------
"""),
      ("AB-24-2207.html", html_page("Albtal Kundenportal - AB-24-2207", _ack, lang="de"))])


# p19 ERP PO: remark says twenty (20), line says 25
case("p19_ivsm_po_20_vs_25", ["RG011"],
     "one PO states the sample quantity as twenty (20) in the remarks and 25 in the line",
     [("IVSM_PO_24_1121.txt", """INDUS VALLEY SPINNING MILLS (PVT.) LTD.                      14-KM SARGODHA ROAD, FAISALABAD
PURCHASE ORDER                                                PO NO : IVSM/PO/24/1121
                                                              DATE  : 16-04-2024
VENDOR : SHINODA SPINDLE SEISAKUSHO CO., LTD. (V-20417), HAMAMATSU, JAPAN
TERMS  : CPT LAHORE BY AIR / PAYMENT 60 DAYS / CURRENCY JPY
-----------------------------------------------------------------------------------------------
LN  ITEM CODE    DESCRIPTION                              QTY  UOM   RATE JPY    AMOUNT JPY
01  31-SPI-0068  SPINDLE BOLSTER INSERT HS-68, SAMPLE      25  PCS   2,450.00     61,250.00
                 DRG SPD-6800 REV 4
-----------------------------------------------------------------------------------------------
REMARKS:
 1. SAMPLE QUANTITY: TWENTY (20) PCS FOR TRIAL ON RING FRAME RF-09.
 2. BAL 4,980 PCS OF QUOTATION SQ-24-0133 (TOTAL 5,000 PCS) IS NOT RELEASED. HOLD UNTIL SAMPLE
    SIGN-OFF AND WRITTEN RELEASE BY ENGR. KASHIF MEHMOOD, GM TECHNICAL.
 3. MATERIAL FOR SAMPLE QTY ONLY.
 4. RUNNING TEST 500 H AT 20,000 RPM, REPORT WITH SHIPMENT.

PREPARED BY : M. USMAN TARIQ, MANAGER PURCHASE            AUTHORISED SIGNATORY : (SD)
-----------------------------------------------------------------------------------------------
""")])


# p20 WhatsApp: supplier starts all 12 sets because the advance arrived
case("p20_whatsapp_kovai_starts_on_advance", ["RG012"],
     "buyer scope complete (2 trial sets, 10 held, sign-off, Serkan Aydın); supplier: 'as advance is received, we are starting production of all 12 sets'",
     [("WhatsApp Chat - Kovai Senthil.txt", """[15/04/2024, 09:44:10] Emre Yıldız ADS: Good morning Senthil bey. PO 4500020233 is sent: 2 trial sets flat tops FT-520 for card K-07
[15/04/2024, 09:45:31] Emre Yıldız ADS: Balance 10 sets not released. Release after trial sign-off, written release from Serkan Aydın, Plant Manager
[15/04/2024, 10:02:55] Senthilkumar Kovai: Noted sir 🙏 Proforma for advance I will send today
[24/04/2024, 08:51:19] Senthilkumar Kovai: Good morning sir. 30% advance received today, thank you sir 🙏
[24/04/2024, 08:52:40] Senthilkumar Kovai: As advance is received, we are starting production of all 12 sets, flat mounting starts Monday
[24/04/2024, 09:30:02] Emre Yıldız ADS: Senthil bey I will call you
""")])


# p21 multi-file: PO with sample line and held balance + supplier proforma 'production starts upon advance'
_po = tpdf([
    ("h1", "SATINALMA SİPARİŞİ / PURCHASE ORDER ADS-SAS-2024-00455"),
    ("p", "Anadolu Denim Sanayi ve Ticaret A.Ş., Kahramanmaraş | Date 15.04.2024 | "
          "Supplier: Shaoxing Huayue Textile Accessories Co., Ltd."),
    ("table", [["Line", "Material", "Description", "Qty", "Unit", "Price EUR", "Amount EUR", "Scope"],
               ["10", "2205-BB-230", "Ring bobbin 230 mm PP, drg BB-230 Rev 5", "500", "PCS", "0,15", "75,00",
                "sample - released"],
               ["20", "2205-BB-230", "Ring bobbin 230 mm PP, drg BB-230 Rev 5", "19.500", "PCS", "0,15", "2.925,00",
                "production - NOT released"],
               ["", "", "Total", "20.000", "", "", "3.000,00", ""]]),
    ("p", "Line 10 (500 bobbins, sample) is released for production. Line 20 (19.500 bobbins) is not released: "
          "on hold until the sample sign-off on ring frames RF-21/RF-22 and a written release by Serkan Aydın, "
          "Plant Manager."),
    ("p", "Material authority: sample-only (500 bobbins)."),
    ("p", "Payment: 30% advance, 70% before shipment. Satınalma: Emre Yıldız"),
], title="PO ADS-SAS-2024-00455", author="Anadolu Denim")
_pi = tpdf([
    ("h1", "SHAOXING HUAYUE TEXTILE ACCESSORIES CO., LTD."),
    ("p", "No. 88 Huayue Road, Keqiao District, Shaoxing, Zhejiang, China"),
    ("h", "PROFORMA INVOICE PI-HY-240415"),
    ("table", [["Buyer", "Anadolu Denim Sanayi ve Ticaret A.Ş."], ["Your PO", "ADS-SAS-2024-00455"],
               ["Date", "2024-04-16"], ["Port of loading", "Ningbo"]]),
    ("table", [["Item", "Description", "Qty (pcs)", "Unit price EUR", "Amount EUR"],
               ["1", "Ring bobbin 230 mm PP, drg BB-230 Rev 5", "20,000", "0.15", "3,000.00"],
               ["", "Total", "20,000", "", "3,000.00"]]),
    ("p", "Payment terms: 30% T/T in advance (EUR 900.00), 70% before shipment."),
    ("p", "Production of the order will start upon receipt of the 30% advance payment. Delivery 25 days after "
          "advance received."),
    ("p", "Bank: Bank of China, Shaoxing Keqiao Branch, SWIFT BKCHCNBJ910"),
    ("p", "Lily Chen, Sales Manager"),
], title="Proforma PI-HY-240415", author="Shaoxing Huayue")
case("p21_ads_po_and_proforma", ["RG012"],
     "PO releases 500 and holds 19.500; supplier proforma for the 20,000 says production of the order starts upon receipt of the advance",
     [("ADS-SAS-2024-00455.pdf", _po), ("PI-HY-240415.pdf", _pi)])


# p22 buyer mail: advance remitted 'so now you can start the production'; SWIFT copy as text attachment
_mt = """{1:F01EBLDBDDHAXXX0000000000}{2:I103BKCHCNBJ910XN}{4:
:20:EBL24041900218
:23B:CRED
:32A:240419USD1860,00
:50K:/0102000033810
MEGHNA KNIT COMPOSITE LTD
KONABARI GAZIPUR BANGLADESH
:57A:BKCHCNBJ910
:59:/000012345678901
SHAOXING HUAYUE TEXTILE ACCESSORIES CO LTD
KEQIAO SHAOXING ZHEJIANG CHINA
:70:ADVANCE 30 PCT PO MKC/PUR/24/0530
:71A:SHA
-}
"""
_t = """Dear Lily,

Today we have remitted the 30% advance USD 1,860.00 against PO MKC/PUR/24/0530 (20,000 pcs tension spring TS-0.45, full order quantity, sample signed off last year). SWIFT copy attached.

So now you can start the production of the 20,000 springs. Please share the production schedule and ETD Ningbo.

Thanks & regards,
""" + SIG_RAFIQ
case("p22_mkc_advance_start", ["RG012"],
     "buyer: advance remitted, 'so now you can start the production of the 20,000' (full-quantity PO, payment used as the trigger)",
     [("MKC_PUR_24_0530.eml", eml_bytes(mail(
         RAFIQ, LILY, "Advance payment PO MKC/PUR/24/0530 - TS-0.45",
         "Fri, 19 Apr 2024 16:45:00 +0600", _t,
         attachments=[("MT103_EBL24041900218.txt", _mt, "text/plain")])))])

# p23 PDF PO with a 'production qty' column beside the trial quantity; release authority named only
case("p23_ivsm_po_trial_prod_column", ["RG001", "RG003", "RG004"],
     "trial PO for 2 sets shows production qty 22 in the same line, nothing says it is not released; no event; Kashif Mehmood named",
     [("IVSM_PO_24_1288.pdf", tpdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Indus Valley Spinning Mills (Pvt.) Ltd., 14-km Sargodha Road, Faisalabad, Pakistan"),
         ("table", [["PO No.", "IVSM/PO/24/1288", "Date", "24-04-2024"],
                    ["Vendor", "Kovai Card Clothing Pvt. Ltd., Coimbatore", "Ref.", "Quotation KCC/EXP/24-25/0131"]]),
         ("sp",),
         ("table", [["Ln", "Item code", "Description", "Trial qty (sets)", "Production qty (sets)", "Rate USD",
                     "Amount USD"],
                    ["01", "42-CC-2030", "Cylinder wire AC 2030x0.60 with mounting kit", "2", "22",
                     "1,480.00 / 1,310.00", "2,960.00"]]),
         ("p", "Remarks:"),
         ("p", "1. Trial order for cards C-07 and C-11."),
         ("p", "2. Release authority for this order: Engr. Kashif Mehmood, GM Technical."),
         ("p", "3. Delivery: trial sets by air within 3 weeks, CPT Lahore."),
         ("p", "4. Tooth tip hardness certificate required with the consignment."),
         ("p", "Prepared by: M. Usman Tariq, Manager Purchase"),
     ], title="PO IVSM/PO/24/1288", author="IVSM"))])


# p24 buyer portal PO view: sample 500 next to 'total order qty 24,000', no hold, no event, no person
_b = """<h2>Meghna Knit Composite Ltd. - Vendor Portal</h2>
<p>Vendor: Albtal Nadeltechnik GmbH (V-1187) | User: s.kuebler</p>
<h3>Purchase Order MKC/PUR/24/0588</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Item</td><td>Sinker SK 36.45-12 for Mayer Relanit 3.2 II</td></tr>
<tr><td>Order type</td><td>Sample</td></tr>
<tr><td>Order qty</td><td>500 pcs</td></tr>
<tr><td>Total order qty (offer AN-24-0398)</td><td>24,000 pcs</td></tr>
<tr><td>Unit price</td><td>EUR 0,42</td></tr>
<tr><td>Delivery date</td><td>20-05-2024, CPT Dhaka</td></tr>
<tr><td>Status</td><td>Open</td></tr>
</table>
<h3>Messages</h3>
<p><b>Md. Rafiqul Islam</b> (22-04-2024 11:14): Dear Albtal team, please confirm the delivery date of the 500 sample sinkers. Thanks.</p>
<p style="font-size:11px;color:#666">MKC vendor portal | generated 22-04-2024 11:20 BST</p>"""
case("p24_mkc_portal_total_qty", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO: sample 500 next to 'Total order qty 24,000' with nothing saying it is not released; no hold, event or person",
     [("MKC_PUR_24_0588.html", html_page("MKC Vendor Portal - PO MKC/PUR/24/0588", _b))])


# p25 sample PO mail + PDF: forecast 40.000 to be taken 'as firm order'
_po = tpdf([
    ("h1", "SATINALMA SİPARİŞİ / PURCHASE ORDER 4500020512"),
    ("p", "Anadolu Denim Sanayi ve Ticaret A.Ş., Kahramanmaraş | Date 23.04.2024 | "
          "Supplier: Shaoxing Huayue Textile Accessories Co., Ltd. (300417)"),
    ("table", [["Line", "Material", "Description", "Qty", "Unit", "Price EUR", "Amount EUR"],
               ["10", "2203-TS-045", "Tension spring TS-0.45, EN 10270-1 SH, drg TS-045 Rev 3 - sample", "500",
                "PCS", "0,38", "190,00"]]),
    ("p", "Sample for loom trial. Delivery by DHL within 3 weeks."),
    ("p", "Satınalma: Emre Yıldız"),
], title="PO 4500020512", author="Anadolu Denim")
_t = """Dear Lily,

Attached our PO 4500020512 for sample tension springs TS-0.45, 500 pcs. Please send the samples in 3 weeks by DHL.

Our forecast for 2024 is 40.000 pcs. Please take it as firm order from Anadolu Denim, we will surely buy this quantity, so you can reserve the capacity.

Best regards,
""" + SIG_EMRE
case("p25_ads_sample_po_forecast_firm", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "500 sample PO with 'forecast 40.000 ... take it as firm order'; larger quantity unmarked, no hold, event or person",
     [("PO_4500020512.eml", eml_bytes(mail(
         EMRE, LILY, "PO 4500020512 - sample TS-0.45",
         "Tue, 23 Apr 2024 09:50:00 +0300", _t, html=text_to_html(_t),
         attachments=[("PO_4500020512.pdf", _po, PDF_MT)])))])


# p26 ERP PO: sample 600, total quoted 12,000, production may start upon receipt of advance
case("p26_ivsm_po_start_on_advance", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "sample 600 beside 'total quoted qty 12,000'; no hold, event or person; 'supplier may start production upon receipt of advance'",
     [("IVSM_PO_24_1355.txt", """INDUS VALLEY SPINNING MILLS (PVT.) LTD.                      14-KM SARGODHA ROAD, FAISALABAD
PURCHASE ORDER                                                PO NO : IVSM/PO/24/1355
                                                              DATE  : 29-04-2024
VENDOR : SHAOXING HUAYUE TEXTILE ACCESSORIES CO., LTD. (V-30155)
TERMS  : CPT LAHORE BY AIR / CURRENCY USD
-----------------------------------------------------------------------------------------------
LN  ITEM CODE    DESCRIPTION                              QTY  UOM   RATE USD   AMOUNT USD
01  41-BOB-180   RING BOBBIN 180MM PP, BLUE, SAMPLE        600  PCS      0.170       102.00
-----------------------------------------------------------------------------------------------
REMARKS:
 1. SAMPLE 600 PCS FOR TRIAL ON RING FRAMES RF-11 / RF-12.
 2. TOTAL QUOTED QTY 12,000 PCS (QUOTATION HY-Q-2404-08) @ USD 0.148.
 3. PAYMENT: 30% ADVANCE BY TT. SUPPLIER MAY START PRODUCTION UPON RECEIPT OF ADVANCE.
 4. DELIVERY: BY AIR WITHIN 25 DAYS.

PREPARED BY : M. USMAN TARIQ, MANAGER PURCHASE            AUTHORISED SIGNATORY : (SD)
-----------------------------------------------------------------------------------------------
""")])


# p27 WeChat: 400 sample pirns next to 'your quotation was 8.000'
case("p27_wechat_pirns_quote_qty", ["RG001", "RG003", "RG004", "RG005"],
     "buyer orders 400 sample pirns and restates the quoted 8.000 without saying it is not released; no hold, event or person",
     [("WeChat_export_Huayue_pirns.txt", """WeChat chat history export   Contact: Lily Chen 华越 (Shaoxing Huayue)
Exported by: Joana Ferreira   2024-04-29 18:02
------------------------------------------------------------
2024-04-15 11:20:05  Joana Ferreira
Hello Lily, PO 24/1180 is in your email: 400 sample pirns PB-300 for our Picanol looms.

2024-04-15 11:21:40  Joana Ferreira
Your quotation was 8.000 pirns at EUR 0,42, price is good for us

2024-04-15 11:40:12  Lily Chen 华越
Thank you dear Joana! we arrange sample 400 pcs, 15 days 😊

2024-04-15 11:41:02  Lily Chen 华越
colour white same as last time?

2024-04-15 11:50:33  Joana Ferreira
Yes white, with green ring on top. Obrigada!
------------------------------------------------------------
""")])


# p28 DOCX PO: six (6) in text, 8 in the table, offer's 60 unmarked; release authority named
case("p28_tva_docx_po_6_vs_8", ["RG001", "RG003", "RG004", "RG011"],
     "sample order says six (6) reeds, table says 8; offer's 60 reeds shown unmarked; no hold or event; Rui Machado named",
     [("Encomenda_24-1207.docx", docx_bytes([
         ("h1", "Nota de Encomenda / Purchase Order 24/1207"),
         ("p", "Tecelagem Vale do Ave, S.A., Guimarães | Date: 19.04.2024"),
         ("p", "Supplier: Rheintal Webeblatt AG, Altstätten SG - att. Mr. Urs Keller"),
         ("p", "Sample order for six (6) profile reeds RD-1400 for the weaving trial on looms 301 to 306."),
         ("table", [["Line", "Article", "Qty", "Unit price CHF", "Amount CHF"],
                    ["1", "Profile reed RD-1400, 90 dents/10 cm, H 120 mm", "8", "1'240.00", "9'920.00"]]),
         ("p", "Your offer 24-0340: 60 reeds at CHF 1'185.00, delivery 10 weeks."),
         ("p", "Release authority for this order: Eng. Rui Machado, Diretor Técnico."),
         ("p", "Delivery DAP Guimarães, KW 21. Payment 60 days."),
         ("p", "Compras: Joana Ferreira"),
     ], author="Joana Ferreira"))])


# p29 WhatsApp: 'Advance sent today bhai ... Go ahead'
case("p29_whatsapp_advance_go_ahead", ["RG002", "RG012"],
     "scope complete (800 samples, 15,200 held, sign-off, Tanvir); then 'Advance sent today ... Go ahead' - unscoped and payment as trigger",
     [("WhatsApp Chat with Lily Huayue 2.txt", """22/04/2024, 09:30 - Rafiqul Meghna Knit: Lily, PO MKC/PUR/24/0644 mailed. 800 pcs sample spring TS-0.40
22/04/2024, 09:31 - Rafiqul Meghna Knit: Balance 15,200 not released. Hold till trial sign-off, then Tanvir bhai (GM Technical) will release in writing
22/04/2024, 09:58 - Lily Chen Huayue: Noted sir, 800 pcs sample. Proforma for advance sent to your mail
25/04/2024, 11:12 - Lily Chen Huayue: Sir when advance coming? Factory is waiting
25/04/2024, 17:45 - Rafiqul Meghna Knit: Advance sent today bhai, TT copy in mail. Go ahead 👍
25/04/2024, 17:47 - Lily Chen Huayue: Thank you sir! We start now 🙏
""")])


# p30 reply: samples approved + PO approved in the system = 'you have our approval'
_orig = """Dear Mr. Keller,

attached PO 24/1139 for 6 sample reeds RD-1200 only.
The balance of 54 reeds is not released until the weaving trial sign-off; written release by Eng. Rui Machado, Diretor Técnico.
Material for the 6 sample reeds only, please.

Cumprimentos,
Joana Ferreira"""
_sup = """Dear Mrs. Ferreira

The 6 sample reeds were delivered on 15.04. May we have your feedback?

Freundliche Grüsse
Urs Keller

-----Original Message-----
From: Joana Ferreira
Sent: Tuesday, 2 April 2024 10:02
Subject: PO 24/1139 - 6 sample reeds RD-1200

""" + q(_orig)
_t = """Dear Mr. Keller,

Good news: the sample reeds are approved by our Quality, and PO 24/1139 is approved in our system by the administration.

So you have our approval.

Cumprimentos,
""" + SIG_JOANA + """
-----Original Message-----
From: Urs Keller <u.keller@rheintal-webeblatt.example>
Sent: Monday, 22 April 2024 08:15
To: Joana Ferreira <joana.ferreira@tecelagem-valedoave.example>
Subject: PO 24/1139 - feedback sample reeds?

""" + q(_sup)
case("p30_tva_you_have_our_approval", ["RG002", "RG009"],
     "'approved' for samples and for the PO in the system, then 'you have our approval' with no scope; quoted PO scope complete",
     [("RE_PO_24-1139_feedback.eml", eml_bytes(mail(
         JOANA, KELLER, "RE: PO 24/1139 - feedback sample reeds?",
         "Wed, 24 Apr 2024 16:20:00 +0100", _t, in_reply_to="<h203-rwb-0422@rheintal-webeblatt.example>")))])


# p31 reply: 'Samples are approved, proceed with the run' against the buyer's own written-release rule
_orig = """Hayashi-san,

PO ADS-SAS-2024-00403: 20 sample spindles HF-68 (line 10).
Line 20, 480 spindles, is not released. Production of line 20 only after a written release letter signed by Serkan Aydın, Plant Manager.
Material for the 20 samples only.

Emre"""
_sup = """Dear Emre-san,

We hope the 20 sample spindles arrived safely at Kahramanmaraş. We are waiting for your test result.

Best regards,
Kenji Hayashi

On 02 Apr 2024, Emre Yıldız wrote:
""" + q(_orig)
_t = """Dear Hayashi-san,

Samples are approved, proceed with the run.

Best regards,
""" + SIG_EMRE + """
On Tue, 30 Apr 2024 at 09:03, Kenji Hayashi <k.hayashi@shinoda-spindle.example> wrote:
""" + q(_sup)
case("p31_ads_proceed_with_run", ["RG002", "RG007"],
     "buyer's own quoted scope needs a written release by Serkan Aydın; reply 'samples are approved, proceed with the run' rolls approval into production, unscoped",
     [("RE_sample_spindles_result.eml", eml_bytes(mail(
         EMRE, HAYASHI, "RE: PO ADS-SAS-2024-00403 - sample spindles result",
         "Thu, 02 May 2024 14:05:00 +0300", _t, in_reply_to="<h203-shn-0430@shinoda-spindle.example>")))])


# p32 QC report: 'APPROVED - good to run' and 'PO already approved by management'
case("p32_mkc_qc_report_good_to_run", ["RG002", "RG009"],
     "QC report result 'APPROVED - good to run' names no scope or quantity; 'approved' also used for the PO",
     [("IR-QC-24-052.docx", docx_bytes([
         ("h1", "INCOMING SAMPLE INSPECTION REPORT IR-QC-24-052"),
         ("p", "Meghna Knit Composite Ltd. - Quality Control Department"),
         ("table", [["Supplier", "Albtal Nadeltechnik GmbH"],
                    ["Item", "Latch needle VO 84.41 G03, gauge E28"],
                    ["PO", "MKC/PUR/24/0476"],
                    ["Sample qty", "1,000 pcs"],
                    ["Inspection date", "29-04-2024"]]),
         ("h", "Measurements (n = 50)"),
         ("table", [["Characteristic", "Spec", "Actual", "Result"],
                    ["Total length", "84,41 ±0,05 mm", "84,40 - 84,43", "OK"],
                    ["Hook height", "0,62 ±0,02 mm", "0,61 - 0,63", "OK"],
                    ["Latch length", "4,20 ±0,05 mm", "4,18 - 4,23", "OK"],
                    ["Hardness", "58-60 HRC", "58,5 - 59,5", "OK"]]),
         ("h", "Knitting test"),
         ("p", "3 days on machine M-22, single jersey 160 gsm, 30/1 Ne cotton. No needle lines, no broken latches."),
         ("h", "Result"),
         ("p", "APPROVED - good to run."),
         ("p", "Remarks: PO already approved by management on 16-04-2024. Packing and marking OK."),
         ("p", "Habibur Rahman, QC In-charge"),
     ], author="Habibur Rahman"))])


# p33 DOCX PO: 40 sample spindles, 'series quantity as per your quotation', nothing on hold
case("p33_ads_docx_po_series_per_quote", ["RG003", "RG004", "RG005"],
     "sample lot of 40 with 'series quantity as per your quotation'; never says the series is not released, no event, no person",
     [("ADS-SAS-2024-00419.docx", docx_bytes([
         ("h1", "SATINALMA SİPARİŞİ / PURCHASE ORDER ADS-SAS-2024-00419"),
         ("p", "Anadolu Denim Sanayi ve Ticaret A.Ş., Kahramanmaraş | Tarih / date: 22.04.2024"),
         ("p", "Tedarikçi / supplier: Shinoda Spindle Seisakusho Co., Ltd., Hamamatsu (300521)"),
         ("table", [["Line", "Material", "Description", "Qty", "Unit", "Price JPY", "Amount JPY"],
                    ["10", "2209-SP-068", "Ring spindle HF-68, drg SPD-1200-04 Rev 12 - sample lot", "40", "PCS",
                     "5.300", "212.000"]]),
         ("p", "Sample lot of 40 spindles for the trial on ring frame RF-3 (positions 1-40). Series quantity as per "
               "your quotation SSS-Q-24-088."),
         ("p", "Delivery: by air, CW 20. Payment: 60 days."),
         ("p", "Satınalma: Emre Yıldız"),
     ], author="Emre Yildiz"))])


# p34 delivery schedule: released 3,000 vs firm 3,500; forecast declared firm commitment
case("p34_ivsm_schedule_forecast_firm", ["RG008", "RG011"],
     "schedule header releases 3,000 for May, table says May 3,500 FIRM; Jun-Sep forecast declared 'firm commitment ... produce and keep stock'",
     [("IVSM_DS_24_014.txt", """INDUS VALLEY SPINNING MILLS (PVT.) LTD.                      14-KM SARGODHA ROAD, FAISALABAD
DELIVERY SCHEDULE NO : IVSM/DS/24/014          AGAINST BLANKET PO : IVSM/BPO/24/003
DATE                 : 02-05-2024
VENDOR               : SHAOXING HUAYUE TEXTILE ACCESSORIES CO., LTD. (V-30155)
ITEM                 : 41-BOB-230 RING BOBBIN 230MM PP, RED, DRG BB-230 REV 5
RELEASED QTY THIS SCHEDULE : 3,000 PCS (MAY-2024)
-----------------------------------------------------------------------------------------------
 MONTH      QTY      TYPE
 MAY-24     3,500    FIRM
 JUN-24     3,000    FORECAST
 JUL-24     3,000    FORECAST
 AUG-24     3,000    FORECAST
 SEP-24     3,000    FORECAST
-----------------------------------------------------------------------------------------------
REMARKS:
 1. JUN-SEP FORECAST QTY IS FIRM COMMITMENT OF IVSM. VENDOR TO PRODUCE AND KEEP STOCK READY.
 2. SHIPMENT ONLY AGAINST MONTHLY SCHEDULE SIGNED BY ENGR. KASHIF MEHMOOD, GM TECHNICAL.
 3. PACKING 500 PCS PER CARTON, CARTON 60X40X40 CM.

PREPARED BY : ADEEL ANWAR, PLANNING                          PAGE 1 OF 1
-----------------------------------------------------------------------------------------------
""")])


# p35 PO mail + DOCX PO: balance on hold until further notice, nobody named
_po = docx_bytes([
    ("h1", "PURCHASE ORDER MKC/PUR/24/0702"),
    ("p", "Meghna Knit Composite Ltd., Konabari, Gazipur-1751, Bangladesh | Date: 24-04-2024"),
    ("p", "Supplier: Albtal Nadeltechnik GmbH, Albstadt, Germany | Ref: offer AN-24-0411"),
    ("table", [["SL", "Item", "Qty", "Unit", "Rate EUR", "Value EUR"],
               ["1", "Sinker SK 36.45-12 for Mayer Relanit - sample", "500", "pcs", "0,42", "210,00"]]),
    ("p", "Remarks: Sample order 500 pcs. Balance quantity of offer AN-24-0411 on hold until further notice."),
    ("p", "Delivery: by air, CPT Dhaka, within 3 weeks."),
    ("p", "Prepared by: Md. Rafiqul Islam, Sr. Manager - Procurement"),
], author="Rafiqul Islam")
_t = """Dear Mr. Maier,

Greetings. Please find attached our PO MKC/PUR/24/0702 for 500 (five hundred) sample sinkers SK 36.45-12. The balance quantity of your offer is on hold until further notice.

Kindly dispatch the samples by air and send the AWB copy.

Thanks & regards,
""" + SIG_RAFIQ
case("p35_mkc_hold_no_event_no_person", ["RG004", "RG005"],
     "500 samples, balance 'on hold until further notice'; no unlock event and no named release person",
     [("MKC_PUR_24_0702.eml", eml_bytes(mail(
         RAFIQ, MAIER, "PO MKC/PUR/24/0702 - sample sinkers SK 36.45-12",
         "Wed, 24 Apr 2024 13:30:00 +0600", _t,
         attachments=[("MKC_PUR_24_0702.docx", _po, DOCX_MT)])))])


# p36 supplier forwards works manager's mail (rfc822): steel ordered for the series, series runs after approval
_inner = mail(RENZ, MAIER, "Meghna Nadeln VO 84.41 G03 / Bandstahl",
              "Tue, 23 Apr 2024 07:40:00 +0200",
              """Hallo Jürgen,

for Meghna needles VO 84.41 G03 (sample PO 1.000 Stk): the sample approval is only a formality, after the approval the series runs automatically in KW 24.
Therefore I have ordered today the strip steel C75S 0,30 mm for the complete series at our steel mill.

Gruss
Thomas Renz
Werksleiter / Works Manager
""")
_t = """Dear Mr. Islam,

please see below the information from our works manager Mr. Renz about your needles VO 84.41 G03.

Your PO MKC/PUR/24/0618 covers the 1.000 sample needles. As you see, we have already ordered the strip steel for the complete series, and we will start the series directly when your sample approval arrives, so you have the needles in KW 24.

Mit freundlichen Grüßen / Best regards
""" + SIG_MAIER
case("p36_albtal_fwd_series_steel", ["RG006", "RG007"],
     "supplier (top text and forwarded works-manager mail): steel ordered for the complete series, series starts directly on sample approval",
     [("FW_Meghna_Nadeln.eml", eml_bytes(mail(
         MAIER, RAFIQ, "FW: Meghna Nadeln VO 84.41 G03 / Bandstahl",
         "Tue, 23 Apr 2024 10:15:00 +0200", _t, attachments=[("rfc822", _inner)])))])


# p37 WhatsApp: wire booked for all 24 sets because the advance was credited
case("p37_whatsapp_kovai_wire_on_advance", ["RG006", "RG012"],
     "buyer scope: 2 trial sets, 22 held, material for 2 sets; supplier: 'since advance is received, we have booked wire ... for all 24 sets'",
     [("WhatsApp Chat - Senthilkumar.txt", """[29/04/2024, 11:05:12] Usman Tariq IVSM: AoA Senthil sb. PO IVSM/PO/24/1290 mailed. Trial 2 sets flat tops FT-520 for cards C-04 and C-05
[29/04/2024, 11:06:01] Usman Tariq IVSM: Balance 22 sets not released. Release only after trial sign-off, written release from Engr Kashif Mehmood. Wire and flats for 2 sets only pls
[29/04/2024, 11:20:44] Senthilkumar Kovai: Noted sir 🙏
[06/05/2024, 10:02:19] Senthilkumar Kovai: Good morning sir, advance amount credited today, thank you sir
[06/05/2024, 10:03:55] Senthilkumar Kovai: Since advance is received, we have booked wire and flat bars for all 24 sets with our suppliers, and production will start next week sir
[06/05/2024, 10:30:12] Usman Tariq IVSM: Ok noted
""")])


# p38 supplier production & material plan: forecast taken as confirmed order, wire bought for 30.000
case("p38_huayue_plan_forecast_material", ["RG006", "RG008"],
     "supplier plan takes the customer forecast 30.000 as confirmed order and buys wire for 30.000 against a 500 sample PO",
     [("HY_plan_Meghna_TS-045.pdf", tpdf([
         ("h1", "SHAOXING HUAYUE TEXTILE ACCESSORIES CO., LTD."),
         ("h", "Production & Material Plan - Meghna Knit Composite Ltd. - TS-0.45 tension spring"),
         ("p", "Date: 2024-04-26 | Prepared: Zhang Wei (factory) | Sales: Lily Chen"),
         ("p", "Customer PO MKC/PUR/24/0577: sample order 500 pcs, shipped by DHL 2024-04-22."),
         ("table", [["Month", "Customer forecast", "Confirmed order (our plan)", "Production plan", "Material purchased"],
                    ["May 2024", "7.500", "7.500", "7.500", "wire for 7.500"],
                    ["Jun 2024", "7.500", "7.500", "7.500", "wire for 7.500"],
                    ["Jul 2024", "7.500", "7.500", "7.500", "wire for 7.500"],
                    ["Aug 2024", "7.500", "7.500", "7.500", "wire for 7.500"],
                    ["Total", "30.000", "30.000", "30.000", "wire for 30.000"]]),
         ("p", "According to the customer forecast of 30.000 pcs, which we take as confirmed order, we have purchased "
               "SWC spring wire for 30.000 pcs (63 kg, PO-M-24-0901) to keep the price."),
         ("p", "Wire: JIS G3521 SWC Ø 0,45 mm, equivalent EN 10270-1 SH. Plating: nickel 5 µm."),
     ], title="Production and material plan", author="Shaoxing Huayue"))])


# p39 DOCX trial order: no quantity, nothing about the balance
case("p39_ivsm_trial_order_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "trial order 'please supply trial flat tops ... as per your quotation': no quantity, no hold, no event, no person",
     [("IVSM_TO_24_019.docx", docx_bytes([
         ("h1", "TRIAL ORDER IVSM/TO/24/019"),
         ("p", "Indus Valley Spinning Mills (Pvt.) Ltd., Faisalabad | Date: 30-04-2024"),
         ("p", "To: Kovai Card Clothing Pvt. Ltd., Coimbatore - Kind Attn. Mr. R. Senthilkumar"),
         ("p", "Sub: Trial order - flat tops FT-520"),
         ("p", "Dear Sir,"),
         ("p", "With reference to your quotation KCC/EXP/24-25/0117, please supply trial flat tops FT-520 for card "
               "C-04 by air at the earliest. Price and terms as per your quotation."),
         ("p", "Test certificate (tooth tip hardness 840-860 HV) required with the consignment."),
         ("p", "Regards,"),
         ("p", "M. Usman Tariq, Manager Purchase"),
     ], author="Usman Tariq"))])


# p40 supplier status report: wire for 30 sets vs 2 released; 'approved' for trial, PO and balance
case("p40_kovai_status_approvals", ["RG006", "RG009"],
     "supplier report: wire purchased for 30 sets with 2 released; 'approved/approval' used for trial sets, PO and the balance",
     [("KCC_order_status_IVSM.pdf", tpdf([
         ("h1", "KOVAI CARD CLOTHING PVT. LTD."),
         ("h", "ORDER STATUS REPORT as on 25.04.2024 - Indus Valley Spinning Mills (Pvt.) Ltd."),
         ("table", [["PO", "Item", "Trial qty", "Released qty", "Produced", "Wire purchased", "Status"],
                    ["IVSM/PO/24/1262", "Cylinder wire AC 2030x0.60", "2 sets", "2 sets", "2 sets", "30 sets",
                     "Trial sets approved; balance awaiting approval"]]),
         ("p", "Remarks:"),
         ("p", "1. Trial sets approved by your QC (your mail dt. 22.04.2024)."),
         ("p", "2. Your PO is approved in your system as per Mr. Usman's mail."),
         ("p", "3. Wire for full 30 sets purchased from the mill to avoid the price increase from May."),
         ("p", "4. Kindly give approval for the balance 28 sets at the earliest so that we can start."),
         ("p", "R. Senthilkumar, Manager - Exports"),
     ], title="Order status report", author="Kovai Card Clothing"))])


# p41 supplier order confirmation saved as text: continue automatically after approval, strip ordered
case("p41_rwb_confirmation_continue_auto", ["RG006", "RG007"],
     "supplier: after sample approval 'we will continue automatically with the production of the remaining quantity'; strip ordered for the full offer",
     [("AB_24-1140_mail.txt", """From: Urs Keller <u.keller@rheintal-webeblatt.example>
Sent: Friday, 19 April 2024 14:12
To: Joana Ferreira <joana.ferreira@tecelagem-valedoave.example>
Subject: Auftragsbestätigung AB 24-1140 / your order 24/1163 - sample heddles FH 330

Dear Mrs. Ferreira

Thank you for your order 24/1163. We confirm 1'000 sample heddles FH 330 x 5,5 x 0,30, delivery KW 19.

After your approval of the samples we will continue automatically with the production of the remaining quantity of our offer 24-0298, so no time is lost. For this reason we have already ordered the heddle strip for the full offer quantity at our supplier.

Freundliche Grüsse
Urs Keller
Verkauf / Sales
Rheintal Webeblatt AG
Industriestrasse 17, 9450 Altstätten SG, Switzerland
""")])


# p42 buyer portal message: hold and person stated, but 'once QC approves the samples, you can start the production straight away'; no quantity
_b = """<h2>Meghna Knit Composite Ltd. - Vendor Portal</h2>
<p>Vendor: Albtal Nadeltechnik GmbH (V-1187)</p>
<h3>Messages - PO MKC/PUR/24/0721 (sinker SK 36.45-12)</h3>
<table>
<tr><th>PO status</th><td>Open</td><th>Delivery</th><td>15-05-2024</td><th>Attachments</th><td>PO (PDF) - see e-mail</td></tr>
</table>
<div class="note">
<p><b>Md. Rafiqul Islam</b> (buyer) - 24-04-2024 10:05</p>
<p>Dear Albtal team, please make the sample sinkers as per our PO. The production balance is not released at this moment. Release authority for this order: Mr. Tanvir Ahmed Chowdhury, GM Technical.</p>
<p>Once our QC approves the samples, you can start the production straight away, no need to wait for any other paper from us.</p>
</div>
<p><b>Sabine Kübler</b> (supplier) - 24-04-2024 14:30</p>
<p>Dear Mr. Islam, noted with thanks. Samples will be dispatched KW 19.</p>"""
case("p42_mkc_portal_start_after_qc", ["RG007", "RG010"],
     "buyer: 'once our QC approves the samples, you can start the production straight away' with no auto-conversion record; no quantity anywhere",
     [("MKC_portal_messages_0721.html", html_page("MKC Vendor Portal - Messages PO MKC/PUR/24/0721", _b))])


# p43 Teams: buyer says 1.500 samples, supplier confirms 1'200; forecast 'you can take as fixed order'
case("p43_teams_ads_rwb_samples_forecast", ["RG008", "RG011"],
     "buyer 1.500 sample heddles vs supplier 'confirmed: 1'200'; buyer: H2 forecast 40.000 drop wires 'you can take this as fixed order'",
     [("Teams_chat_Emre_Urs.txt", """Chat export - Microsoft Teams
Participants: Emre Yıldız (Anadolu Denim) (External), Urs Keller (Rheintal Webeblatt AG)
Exported: 02/05/2024 08:40

Emre Yıldız  10/04/2024 10:02
Urs Bey, PO 4500020398 is sent: 1.500 sample heddles FH 280 x 5,5 x 0,30. Balance 28.500 not released, release after weaving trial sign-off, written release from Serkan Aydın (Plant Manager).

Urs Keller  10/04/2024 10:20
Thanks Emre. Confirmed: 1'200 sample heddles, KW 17. The 28'500 stay on hold.

Emre Yıldız  10/04/2024 10:24
Also for your capacity planning: our H2 forecast for drop wires DW 145 is 40.000 pcs. You can take this as fixed order, 100% we buy it.

Urs Keller  10/04/2024 10:31
Super, danke. I inform our AVOR.
""")])


# p44 supplier portal: 'RELEASED (credit limit approved)' and 'Released for production: 6' vs line 4
_b = """<h2>Rheintal Webeblatt AG - Kundenportal / Customer portal</h2>
<p>Kunde: Tecelagem Vale do Ave, S.A. (K-10588)</p>
<h3>Auftrag AB 24-1198 / your PO 24/1215</h3>
<table>
<tr><th>Order status</th><td>RELEASED (credit limit approved by Rheintal finance, 15.04.2024)</td></tr>
<tr><th>Sample approval</th><td>approved (customer quality, 29.04.2024)</td></tr>
<tr><th>Released for production</th><td>6 reeds</td></tr>
</table>
<h3>Positionen / lines</h3>
<table>
<tr><th>Pos.</th><th>Article</th><th>Ordered</th><th>Released for production</th><th>On hold</th><th>Status</th></tr>
<tr><td>1</td><td>Profile reed RD-1400, 90 dents/10 cm, H 120 mm</td><td>60</td><td>4</td><td>56</td><td>4 in production, KW 20; 56 awaiting written release by Eng. R. Machado</td></tr>
</table>"""
case("p44_rwb_portal_released_6_vs_4", ["RG009", "RG011"],
     "'RELEASED' for the credit check and for production, 'approved' for credit and sample; header says 6 released, line says 4",
     [("AB_24-1198.html", html_page("Rheintal Webeblatt - AB 24-1198", _b))])


# p45 Teams: advance transferred 'so please go ahead with the sample production'; no quantity anywhere
case("p45_teams_advance_sample_production", ["RG010", "RG012"],
     "hold, event and Rui Machado stated but no quantity; 'Advance payment transferred ... so please go ahead with the sample production'",
     [("Teams_chat_Beat_Niederer.txt", """Chat export - Microsoft Teams
Participants: Joana Ferreira (Tecelagem Vale do Ave), Beat Niederer (Rheintal Webeblatt AG) (External)
Exported: 29/04/2024 12:00

Joana Ferreira  22/04/2024 09:05
Bom dia Beat. PO 24/1188 for the sample drop wires DW 125 is in your mailbox.

Joana Ferreira  22/04/2024 09:06
The balance of the order is not released. First the trial sign-off on loom 22, then Eng. Rui Machado releases in writing.

Beat Niederer  22/04/2024 09:30
Hoi Joana, ok. For new customers our finance asks advance payment for the samples, proforma follows by mail.

Joana Ferreira  25/04/2024 15:10
Advance payment transferred today, proof is in your mail. So please go ahead with the sample production.

Beat Niederer  25/04/2024 15:22
Merci, we start Monday.
""")])



# ===================================================================== build
RULES = [f"RG{n:03d}" for n in range(1, 13)]


def check_counts():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    assert len(CASES) == 70, len(CASES)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25, len(clean)
    assert all(c["name"].startswith("c") for c in clean)
    assert all(c["name"].startswith("p") for c in CASES if c["expect"])
    for r in RULES:
        n = sum(r in c["expect"] for c in CASES)
        assert n >= 6, (r, n)
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]


def build():
    check_counts()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(203203).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h203_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    build()
