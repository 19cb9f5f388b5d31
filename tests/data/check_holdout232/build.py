#!/usr/bin/env python3
"""Generator for the releasegate check_holdout232 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout232/build.py

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
    m["Message-ID"] = msgid or f"<h232-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h232")
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



# ------------------------------------------------------------ h232 utilities
from email.utils import format_datetime  # noqa: E402


def dt(s, tz="+0200"):
    """'2024-05-13 09:14' -> RFC 2822 date with a fixed offset."""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timezone(sign * _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return format_datetime(_dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=off))


def T(s):
    """Hand-written text block: drop the first newline, make sure it ends with one."""
    s = s[1:] if s.startswith("\n") else s
    return s if s.endswith("\n") else s + "\n"


def quote(s):
    return "\n".join((">" if not line else "> " + line) for line in T(s).rstrip("\n").split("\n")) + "\n"


def txt(name, s):
    return (name, T(s).encode("utf-8"))


def eml(name, m):
    return (name, eml_bytes(m))


def pdff(name, blocks, **kw):
    return (name, pdf(blocks, **kw))


def docxf(name, blocks, **kw):
    return (name, docx_bytes(blocks, **kw))


def htmlf(name, title, body):
    return (name, html_page(title, body).encode("utf-8"))


def html_from_text(s):
    """Simple HTML alternative of a plain-text mail body (paragraphs)."""
    paras = [p for p in T(s).split("\n\n") if p.strip()]
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(
        "<p>" + escape(p).replace("\n", "<br>\n") + "</p>" for p in paras) + "\n</body></html>\n"


# Parties (all fictional)
MARC = "Marc Peeters <marc.peeters@verhaegen-druk.be>"
LUC = "Luc Vandenbroucke <luc.vandenbroucke@verhaegen-druk.be>"
VH = "Drukkerij Verhaegen & Zonen NV, Mechelen"
AHMED = "Ahmed Soliman <a.soliman@nilecrescent-edu.com.eg>"
NCE = "Nile Crescent Educational Publishing S.A.E., 6th of October City"
JEN = "Jennifer Tremblay <jtremblay@mapleridgecartons.ca>"
NATH = "Nathalie Gagnon <ngagnon@mapleridgecartons.ca>"
DAVE = "Dave Kowalski <dkowalski@mapleridgecartons.ca>"
MRFC = "Maple Ridge Folding Cartons Inc., Mississauga, Ontario"
ROMMEL = "Rommel Dela Cruz <rdelacruz@bayanihandaily.com.ph>"
BDMG = "Bayanihan Daily Media Group, Inc., Quezon City"
JUERGEN = "Jürgen Hofmann <j.hofmann@kessler-druckteile.de>"
KATRIN = "Katrin Wolff <k.wolff@kessler-druckteile.de>"
KESSLER = "Kessler Druckteile GmbH, Offenbach am Main"
KENJI = "Kenji Morita <k.morita@takahara-seiki.co.jp>"
YUKI = "Yuki Ishida <y.ishida@takahara-seiki.co.jp>"
TAKAHARA = "Takahara Seiki Co., Ltd., Higashiosaka"
LILY = "Lily Zhang <lily.zhang@hengtong-pmp.com.cn>"
HENGTONG = "Shanghai Hengtong Printing Machinery Parts Co., Ltd."
SENTHIL = "R. Senthil Kumar <senthil@srimuruganprecision.in>"
BALA = "K. Balamurugan <marketing@srimuruganprecision.in>"
SMP = "Sri Murugan Precision Engineering Works, Sivakasi"
GIULIA = "Giulia Ferraro <g.ferraro@ombassani.it>"
PAOLO = "Paolo Rinaldi <p.rinaldi@ombassani.it>"
OMB = "Officine Meccaniche Bassani S.r.l., Seriate (BG)"

SIG_MARC = sig("Marc Peeters", "Aankoop / Purchasing", VH, "+32 15 55 01 20")
SIG_AHMED = sig("Ahmed Soliman", "Procurement Specialist", NCE, "+20 2 3835 0190")
SIG_JEN = sig("Jennifer Tremblay", "Senior Buyer", MRFC, "+1 905 555 0142")
SIG_NATH = sig("Nathalie Gagnon", "Director of Operations", MRFC, "+1 905 555 0110")
SIG_ROMMEL = sig("Rommel Dela Cruz", "Purchasing Officer", BDMG, "+63 2 8555 0177")
SIG_JUERGEN = sig("Jürgen Hofmann", "Vertrieb / Sales", KESSLER, "+49 69 555 3120")
SIG_KENJI = sig("Kenji Morita", "Overseas Sales Section", TAKAHARA, "+81 6 6555 0342")
SIG_LILY = sig("Lily Zhang", "Sales Manager", HENGTONG, "+86 21 5990 1234")
SIG_SENTHIL = sig("R. Senthil Kumar", "Managing Partner", SMP, "+91 4562 555 218")
SIG_BALA = sig("K. Balamurugan", "Marketing", SMP, "+91 4562 555 219")
SIG_GIULIA = sig("Giulia Ferraro", "Ufficio Commerciale", OMB, "+39 035 555 2211")
SIG_PAOLO = sig("Paolo Rinaldi", "Responsabile produzione", OMB, "+39 035 555 2230")


# =================================================================== CLEAN
# c01 supplier quote with sample and two production tiers (Shanghai, Chinese English)
case("c01_quote_tiers_hengtong", [], "supplier quote with sample and production tiers; no authorization in the bundle", [
    pdff("HT-Q-2405-21.pdf", [
        ("h1", "SHANGHAI HENGTONG PRINTING MACHINERY PARTS CO., LTD."),
        ("p", "No. 1288 Xinqin Road, Jiading District, Shanghai 201800, China | Tel +86 21 5990 1234 | "
              "sales@hengtong-pmp.com.cn"),
        ("h", "QUOTATION No. HT-Q-2405-21"),
        ("table", [["Customer", "Drukkerij Verhaegen & Zonen NV, Mechelen, Belgium"],
                   ["Attn.", "Mr. Marc Peeters, Purchasing"],
                   ["Date", "2024-05-08"],
                   ["Your inquiry", "e-mail 2024-04-30, drawing VH-4410 Rev 12"],
                   ["Validity", "60 days"]]),
        ("sp",),
        ("p", "Item: Gripper bar assembly for 102 format sheet-fed press, 24 grippers, length 1020 mm, "
              "material 42CrMo4 QT, gripper pads hardened HRC 52-56, according your drawing VH-4410 Rev 12."),
        ("table", [["Stage", "Quantity", "Unit price (EUR)", "Amount (EUR)", "Lead time"],
                   ["Sample lot", "6 pcs", "468,00", "2.808,00", "25 days after PO"],
                   ["Production lot A", "114 pcs", "318,50", "36.309,00", "45 days after production release"],
                   ["Production lot B", "234 pcs", "296,00", "69.264,00", "55 days after production release"]]),
        ("sp",),
        ("p", "Remarks:"),
        ("p", "1. Sample lot and production lot are quoted separate. Production price is valid only if production "
              "is released within 6 months after sample delivery."),
        ("p", "2. Fixture cost EUR 1.150,00 one time, charge together with sample lot."),
        ("p", "3. Payment 30% T/T in advance, 70% before shipment. Incoterms FOB Shanghai."),
        ("p", "4. This quotation is not order confirmation. We start production only after your written "
              "production release."),
        ("p", "5. Inspection: CMM report every sample piece, material certificate EN 10204 3.1."),
        ("sp",),
        ("p", "Best regards, Lily Zhang, Sales Manager"),
    ], title="Quotation HT-Q-2405-21", author="Lily Zhang"),
])

# c02 buyer RFQ with three quantity scenarios (Canadian)
case("c02_rfq_three_scenarios", [], "buyer RFQ with quantity scenarios for pricing only; questions, no authorization", [
    pdff("RFQ-MR-2024-031.pdf", [
        ("h1", "REQUEST FOR QUOTATION RFQ-MR-2024-031"),
        ("table", [["Buyer", "Maple Ridge Folding Cartons Inc., 1875 Meadowpine Blvd, Mississauga ON"],
                   ["Contact", "Jennifer Tremblay, Senior Buyer, +1 905 555 0142"],
                   ["Issued", "2024-04-03"],
                   ["Reply by", "2024-04-24"],
                   ["Invited", "Officine Meccaniche Bassani S.r.l.; Takahara Seiki Co., Ltd.; Kessler Druckteile GmbH"]]),
        ("sp",),
        ("p", "Part: knurled folder roller, dia. 40 x 780 mm, shaft 42CrMo4, hard chrome 30 um, diamond knurl "
              "0.8 mm, drawing MR-FR-780 Rev D. Used on folder-gluers FG-3 and FG-5."),
        ("p", "Please quote each scenario below separately. The quantities are for pricing only. This RFQ is "
              "not a purchase order and does not authorize production or the purchase of material."),
        ("table", [["Scenario", "Sample lot", "Production lot", "Notes"],
                   ["A", "6", "54", "one folder-gluer (FG-3)"],
                   ["B", "6", "108", "FG-3 and FG-5"],
                   ["C", "10", "250", "all lines, subject to 2025 budget"]]),
        ("sp",),
        ("p", "Questions to answer with your quote:"),
        ("p", "1. Is the knurl hardness reachable with 42CrMo4, or do you propose 16MnCr5 case hardened?"),
        ("p", "2. Lead time for the sample lot, and for a production lot after a written release?"),
        ("p", "3. Minimum order quantity, tooling cost, Incoterms (we prefer DAP Mississauga)."),
        ("p", "Thank you, Jennifer Tremblay"),
    ], pagesize=LETTER, title="RFQ-MR-2024-031", author="Jennifer Tremblay"),
])

# c03 supplier asks for the go-ahead on the balance; buyer answers with a complete scope (WeChat)
case("c03_wechat_question_answered", [], "supplier's go-ahead question; buyer answer states 10 samples, 290 on hold, sign-off + written release by Nathalie Gagnon", [
    txt("WeChat_Lily_Zhang_Hengtong.txt", """
WeChat chat history
Chat: Lily Zhang (Hengtong) - Jennifer Tremblay (Maple Ridge)
Exported: 2024-06-21 09:02

2024-06-19 08:14 Lily Zhang
Dear Jennifer good morning. 10pcs sample cams shipped by DHL yesterday, AWB 7731 0426 55.

2024-06-19 08:15 Lily Zhang
Can we have go-ahead for the balance 290pcs? Our machine is free in July, if start now we can deliver August \U0001F60A

2024-06-19 20:47 Jennifer Tremblay
Hi Lily, thanks for shipping. Not yet, sorry. PO 88-4449 is for the 10 sample cams only. The 290 stay on hold until Dave Kowalski has signed off the samples on our box stitcher (about 2 weeks of running). After that Nathalie Gagnon will send you the written release, and only then you can start the 290.

2024-06-19 20:48 Jennifer Tremblay
Also please don't buy steel for the 290 yet.

2024-06-20 07:55 Lily Zhang
OK understand, we wait written release from Ms Nathalie. Thank you!
"""),
])

# c04 clearly labelled forecast (Philippine)
case("c04_labelled_forecast_bdmg", [], "non-binding forecast, labelled as not an order and not a release", [
    pdff("BDMG_forecast_perf_wheels_H2-2024.pdf", [
        ("h1", "BAYANIHAN DAILY MEDIA GROUP, INC."),
        ("p", "Press Operations - Quezon City Plant"),
        ("h", "NON-BINDING DEMAND FORECAST - Perforating wheels, July to December 2024"),
        ("p", "Issued to: Sri Murugan Precision Engineering Works, Sivakasi | Prepared by: Rommel Dela Cruz, "
              "Purchasing Officer | Date: 24 June 2024"),
        ("p", "THIS IS A FORECAST FOR YOUR CAPACITY PLANNING ONLY. It is not a purchase order, not a commitment "
              "to buy and not a production release. Please do not produce and do not buy material against these "
              "figures. Quantities are ordered only by purchase order."),
        ("table", [["Month", "SMP-PW-6024 (dia. 60, 24 teeth)", "SMP-PW-4512 (dia. 45, 12 TPI)", "Remarks"],
                   ["Jul 2024", "400", "150", ""],
                   ["Aug 2024", "400", "150", ""],
                   ["Sep 2024", "450", "200", "school supplement season"],
                   ["Oct 2024", "450", "200", ""],
                   ["Nov 2024", "500", "250", "extra pages, year-end ads"],
                   ["Dec 2024", "500", "250", "holiday inserts"],
                   ["Total", "2,700", "1,200", ""]]),
        ("sp",),
        ("p", "Figures may move plus/minus 30% month to month. Next update end of July 2024. Salamat po."),
    ], title="Forecast H2 2024", author="Rommel Dela Cruz"),
])

# c05 sample sign-off "approved for fit check only; production not released" (Belgian)
case("c05_signoff_fit_check_only", [], "sample sign-off scoped to fit check; balance 390 on hold until second trial + written release by Luc Vandenbroucke", [
    docxf("SO-VH-2024-011.docx", [
        ("h1", "Sample sign-off record SO-VH-2024-011"),
        ("table", [["Part", "Ink-fountain blade 0,20 x 54 x 1040 mm, PN TS-IFB-1040-020, DRG VH-IFB-1040 Rev 4"],
                   ["Supplier", "Takahara Seiki Co., Ltd., Higashiosaka"],
                   ["PO", "4500-2302: ten (10) sample blades"],
                   ["Trial", "Press 1028, units 1-4, 10-12 June 2024, approx. 180.000 sheets"],
                   ["Signed off by", "Sofie Claes, Maintenance Engineer (Technische Dienst)"]]),
        ("h", "Disposition"),
        ("p", "Samples approved for fit check only; production not released."),
        ("p", "Findings: flatness within 0,03 mm over 1040 mm; hardness HRC 49 / 50 / 49 (spec 48-52); no ink "
              "leaking at the ink keys after 180.000 sheets. Edge on blade no. 7 a bit sharp, acceptable for the "
              "fit check, supplier to deburr on production parts."),
        ("h", "Next steps"),
        ("li", "This sign-off does not release production. The balance of 390 blades (quotation TS-Q-24-0251) "
               "stays on hold."),
        ("li", "The balance can only be released by a written production release signed by Luc Vandenbroucke, "
               "Plant Manager, after a second print trial on press 1027."),
        ("li", "Material authority stays at the ten (10) sample blades."),
        ("p", "Sofie Claes, 13/06/2024"),
    ], author="Sofie Claes"),
])

# c06 full-quantity PO that says proceed (Canadian -> Italian)
case("c06_full_quantity_po_proceed", [], "full and final quantity PO (40 rollers, no balance); 'proceed with the full forty (40)' is scoped", [
    pdff("PO_88-4457.pdf", [
        ("h1", "PURCHASE ORDER 88-4457"),
        ("table", [["Buyer", "Maple Ridge Folding Cartons Inc., Mississauga ON, Canada"],
                   ["Supplier", "Officine Meccaniche Bassani S.r.l., Seriate (BG), Italy"],
                   ["Date", "2024-05-30"],
                   ["Terms", "Net 60 days, DAP Mississauga (Incoterms 2020), EUR"]]),
        ("sp",),
        ("table", [["Line", "Part", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "MR-FR-780-E", "Knurled folder roller dia. 40 x 780, DRG MR-FR-780 Rev E, 0,8 mm diamond knurl",
                    "40", "EUR 512,00", "EUR 20.480,00"],
                   ["", "", "Total", "40", "", "EUR 20.480,00"]]),
        ("sp",),
        ("p", "Scope: this is a full-quantity production order. The 40 rollers are the complete and final quantity "
              "for the FG-3 and FG-5 rebuild. There is no sample lot on this PO and no further balance. Rev E "
              "samples were signed off on 2024-05-21 (report MR-QA-0512)."),
        ("p", "Please proceed with the full forty (40) rollers. Delivery: 20 pcs by 2024-07-26, 20 pcs by 2024-08-23."),
        ("p", "Issued by: Jennifer Tremblay, Senior Buyer"),
    ], pagesize=LETTER, title="PO 88-4457", author="Jennifer Tremblay"),
])

# c07 EDI call-off with staged material authority above the released quantity
case("c07_delfor_staged_material", [], "call-off releases 200; forecast weeks not released; staged material authority up to 600; next call-off by Rommel Dela Cruz", [
    txt("DELFOR_BDMG-DF-2024-27.txt", """
BAYANIHAN DAILY MEDIA GROUP INC - EDI OUTBOUND - TRANSLATED PRINT
Message  : DELFOR D.97A   Interchange 000000231   Sent 2024-07-01 06:00 PHT
Partner  : SMPEW (Sri Murugan Precision Engineering Works, Sivakasi)
-----------------------------------------------------------------------
UNH+1+DELFOR:D:97A:UN
BGM+241+BDMG-DF-2024-27+9                 call-off no. 27
DTM+137:20240701:102
NAD+BY+BDMG::92++BAYANIHAN DAILY MEDIA GROUP INC+QUEZON CITY
NAD+SE+SMPEW::92++SRI MURUGAN PRECISION ENGG WORKS+SIVAKASI
LIN+1++SMP-PW-6024:IN                     PERF WHEEL D60 24T HSS M2
SCC+1                                     FIRM
QTY+113:200:PCE
DTM+2:20240722:102
SCC+4                                     PLANNING - FORECAST, NOT RELEASED
QTY+113:250:PCE
DTM+2:20240826:102
QTY+113:250:PCE
DTM+2:20240923:102
QTY+113:250:PCE
DTM+2:20241021:102
UNT+18+1
-----------------------------------------------------------------------
SUMMARY FOR SUPPLIER
  Released for production (firm) ....... 200 pcs, delivery 22.07.2024
  Planning Aug-Oct 2024 ................ 750 pcs  FORECAST ONLY, NOT RELEASED
  Material authority (HSS M2 strip) .... staged up to 600 pcs at buyer's liability.
                                         Buy strip up to 600 pcs; machine only the
                                         200 released pcs.
  Next release ......................... with call-off no. 28 (planned 29.07.2024),
                                         issued by Rommel Dela Cruz, Purchasing Officer.
-----------------------------------------------------------------------
"""),
])

# c08 signed auto-conversion record (Egyptian buyer, Japanese supplier)
case("c08_auto_conversion_record", [], "explicit signed auto-conversion (100 cams, signer, conditions) recorded before delivery; remaining 200 on hold for written release by Hany El-Sayed", [
    docxf("NCE-AC-24-003.docx", [
        ("h1", "Auto-conversion agreement: stitching-head cams"),
        ("p", "Record no. NCE-AC-24-003     Date: 2 June 2024"),
        ("table", [["Buyer", "Nile Crescent Educational Publishing S.A.E., 6th of October City, Giza"],
                   ["Supplier", "Takahara Seiki Co., Ltd., Higashiosaka, Osaka"],
                   ["Part", "Stitching-head driver cam No. 3 for saddle stitcher heads type 52/8, PN TS-CAM-52-3, DRG NC-SC-523 Rev C"],
                   ["PO", "NCE-PO-24-0344: sample lot 20 pcs; commercial cover 320 pcs"]]),
        ("h", "Agreement"),
        ("p", "By this record, signed before the samples are delivered, Nile Crescent agrees that an approved "
              "sample sign-off of the twenty (20) sample cams releases by itself a first production quantity of "
              "one hundred (100) cams. No further document is needed for these 100 cams."),
        ("h", "Conditions"),
        ("num", "The sample sign-off is issued in writing by Eng. Mona Fathy, Press Maintenance Manager, with "
                "disposition 'approved' (not interim, not rejected)."),
        ("num", "All 20 samples pass hardness HRC 58-62 and a 72 h run on saddle stitcher line 2 "
                "(about 1.2 million stitches)."),
        ("num", "The sign-off is dated on or before 31 July 2024. After this date the auto-conversion expires."),
        ("h", "Balance"),
        ("p", "The remaining 200 cams (320 - 20 - 100) stay on hold. They are released only by a separate written "
              "release from Mr. Hany El-Sayed, General Manager."),
        ("p", "Material authority: Takahara may buy material for up to 120 cams (samples plus the auto-converted "
              "quantity)."),
        ("h", "Signatures"),
        ("table", [["Role", "Name", "Date", "Signature"],
                   ["Release authority", "Hany El-Sayed, General Manager", "2024-06-02", "signed"],
                   ["Engineering", "Eng. Mona Fathy, Press Maintenance Manager", "2024-06-02", "signed"],
                   ["Supplier acknowledgement", "Kenji Morita, Overseas Sales, Takahara Seiki", "2024-06-03", "signed"]]),
    ], author="Ahmed Soliman"),
])

# c09 old quote forwarded as message/rfc822 and declared informational
_old = mail(SENTHIL, "Ahmed Soliman <a.soliman@nilecrescent-edu.com.eg>",
            "Quotation SMP/Q/22-045 - Perforating wheels", dt("2022-03-14 11:20", "+0530"), T("""
Respected Sir,

Greetings from Sivakasi!

With reference to your enquiry we are pleased to quote as below:

Perforating wheel dia. 28.5 x 1.0 mm, 12 TPI, HSS M2, hardened HRC 62-64
Quantity: 5,000 nos.
Rate: USD 2.95 per no., ex-works Sivakasi
Delivery: 8 weeks from receipt of confirmed order

Validity 30 days. Hoping to receive your valued order.

Thanking you,
""") + SIG_SENTHIL)
_t = T("""
Dear Mr. Senthil,

Good day. For your information only, I forward below your old quotation SMP/Q/22-045 of March 2022 (5,000 pcs). Our finance department asked me to compare the prices. This old quote is not an order and it releases nothing.

The only valid order is PO NCE-PO-24-0380: thirty (30) sample perforating wheels. The production balance of 970 pcs per your current quotation SMP/Q/24-171 is not released. It stays on hold until Eng. Mona Fathy signs off the samples, and then Mr. Hany El-Sayed, General Manager, will send you the written release.

Kindly can you explain why the unit price is now 28% higher than in 2022?

Best regards,
""") + SIG_AHMED
case("c09_fwd_old_quote_info", [], "old 5,000 pcs quote forwarded as rfc822, declared informational; current scope 30 samples, 970 on hold, sign-off + Hany El-Sayed", [
    eml("Fwd_old_quotation_SMP-Q-22-045.eml", mail(
        AHMED, SENTHIL, "Fwd: Quotation SMP/Q/22-045 - Perforating wheels (for information only)",
        dt("2024-06-10 10:05"), _t, html=html_from_text(_t), attachments=[("rfc822", _old)])),
])

# c10 quoted supplier line assuming auto-conversion, corrected by the buyer
_q = T("""
Dear Jennifer-san,

Thank you for your PO 88-4466. 6 pcs sample rollers will ship on 14 June by air.
After your sample approval we will proceed directly to the 54 pcs production, so that delivery in August can be kept.

Best regards,
Kenji Morita
""")
_t = T("""
Hi Kenji-san,

Thanks for the ship date. One correction to your line below, please: sample approval does not release the 54 production rollers. After Dave Kowalski signs off the samples, Nathalie Gagnon (Director of Operations) will send you a written production release, and only that release lets you start the 54.

Until then PO 88-4466 covers the 6 samples only, and material for the 6 only. If August gets tight, let me know and I will ask Nathalie to look at it as soon as the sign-off is done.

Best,
Jennifer
""") + SIG_JEN + "\nOn Tue, 4 Jun 2024 at 10:12, Kenji Morita <k.morita@takahara-seiki.co.jp> wrote:\n" + quote(_q)
case("c10_reply_corrects_autoconv", [], "buyer reply corrects a quoted supplier assumption of roll-over; 6 samples, 54 on hold, sign-off + written release by Nathalie Gagnon", [
    eml("RE_PO_88-4466_sample_rollers.eml", mail(
        JEN, KENJI, "RE: PO 88-4466 sample rollers - shipping date", dt("2024-06-04 09:31", "-0400"), _t,
        in_reply_to="<h232-tk-0604@takahara-seiki.co.jp>")),
])

# c11 WhatsApp: the supplier says the deposit does not release production
case("c11_whatsapp_deposit_not_release", [], "supplier: deposit does not release production; buyer confirms 60 samples, 1,440 on hold, sign-off + written release by Reyes", [
    txt("WhatsApp Chat with K Balamurugan.txt", """
[05/07/2024, 10:12:44] Rommel Dela Cruz: Good morning sir! 30% deposit for PO BDMG-PO-2024-0688 sent already thru bank, pls check
[05/07/2024, 10:40:03] K. Balamurugan: Good morning sir. Yes sir, amount credited today, thank you. Kindly note sir, deposit does not release production. As per PO we are making only the 60 sample wheels. Balance 1,440 nos. we will start only after your written release.
[05/07/2024, 10:52:31] Rommel Dela Cruz: Correct sir \U0001F44D 60 samples only. The 1,440 stays on hold until Engr. Maricel Santos signs off the samples, then Sir Jose Antonio Reyes (VP Ops) will send the written release.
[05/07/2024, 10:53:10] K. Balamurugan: Noted sir, thank you \U0001F64F
"""),
])

# c12 supplier order acknowledgement page restating the hold (Italian supplier portal)
case("c12_supplier_ack_portal", [], "supplier acknowledgement: 6 samples only, 42 not released, sign-off by Mona Fathy + written release by Hany El-Sayed, sample-only material", [
    htmlf("OC-24-0412.html", "Conferma d'ordine OC-24-0412", """
<h2>Officine Meccaniche Bassani S.r.l. &ndash; Portale clienti</h2>
<h3>Conferma d'ordine / Order acknowledgement OC-24-0412</h3>
<table>
<tr><th>Cliente / Customer</th><td>Nile Crescent Educational Publishing S.A.E., 6th of October City</td></tr>
<tr><th>Vostro ordine / Your PO</th><td>NCE-PO-24-0366 del 03/06/2024</td></tr>
<tr><th>Articolo / Item</th><td>Rullo piegatore / folder roller &Oslash; 62 x 1.080 mm, rubber covered Shore A 75, DRG NC-FR-1080 Rev 2</td></tr>
<tr><th>Data conferma</th><td>05/06/2024</td></tr>
</table>
<br>
<table>
<tr><th>Pos.</th><th>Descrizione</th><th>Fase</th><th>Q.t&agrave;</th><th>Prezzo</th><th>Stato</th></tr>
<tr><td>10</td><td>Folder roller, campione / sample</td><td>Sample</td><td>6</td><td>EUR 690,00</td><td>In lavorazione / in production</td></tr>
<tr><td>&ndash;</td><td>Saldo / balance per offerta OMB-24-131</td><td>Production</td><td>42</td><td>EUR 512,00</td><td>NON RILASCIATO / on hold</td></tr>
</table>
<p class="note">We confirm your order as written: 6 sample rollers only. The balance of 42 rollers is not released.
We start the balance only after Eng. Mona Fathy has signed off the samples and Mr. Hany El-Sayed has sent us
the written release. Material: we buy rubber compound and steel tube only for the 6 samples.</p>
<p>Giulia Ferraro &ndash; Ufficio Commerciale</p>
"""),
])

# c13 supplier portal order status with balance on hold (Japanese supplier)
case("c13_supplier_portal_status", [], "supplier status portal: samples only, production quantities labelled information and not released", [
    htmlf("takahara_order_status_MRFC.html", "Customer order status - Maple Ridge Folding Cartons", """
<h2>TAKAHARA SEIKI CO., LTD. &ndash; Customer Order Status</h2>
<p>Customer: Maple Ridge Folding Cartons Inc. (customer code C-0871) &nbsp;|&nbsp; Status as of 2024-06-24 (JST)</p>
<table>
<tr><th>Our order</th><th>Your PO</th><th>Item</th><th>Sample qty</th><th>Sample status</th><th>Production qty (quoted)</th><th>Production status</th><th>Material</th></tr>
<tr><td>TS-24-0733</td><td>88-4470</td><td>Folder roller &Oslash;40 x 780 knurled, SCM440</td><td>6</td><td>Shipped 2024-06-14</td><td>54</td><td>On hold &ndash; awaiting written release</td><td>Sample quantity only</td></tr>
<tr><td>TS-24-0741</td><td>88-4478</td><td>Ink-fountain blade 0,20 x 54 x 740</td><td>12</td><td>In inspection</td><td>188</td><td>On hold &ndash; awaiting written release</td><td>Sample quantity only</td></tr>
</table>
<p class="note">Production quantities are shown for information only. They are not released.
Release on customer side: Ms. Nathalie Gagnon, Director of Operations, by written release after sample
sign-off by Mr. Dave Kowalski.</p>
"""),
])

# c14 interim sample disposition with quantity and date limits, release by the named authority
case("c14_interim_disposition_limits", [], "interim disposition (max 24, until 31 Aug) itself releases nothing; Luc Vandenbroucke releases 24; 90 on hold until full sign-off + written release", [
    docxf("IS-VH-2024-004.docx", [
        ("h1", "Interim sample disposition IS-VH-2024-004"),
        ("table", [["Part", "Gripper bar assy 102 format, 24 grippers, DRG VH-4410 Rev 12"],
                   ["Supplier", "Shanghai Hengtong Printing Machinery Parts Co., Ltd."],
                   ["PO", "4500-2311: six (6) sample bars"],
                   ["Quoted production", "114 bars (quotation HT-Q-2405-21)"]]),
        ("h", "Disposition: INTERIM"),
        ("p", "Samples pass dimensions and the 500.000-sheet trial on press 1027. Open point: gripper pad hardness "
              "HRC 51-53 on 2 of 6 bars (spec 52-56). Supplier corrective action CA-HT-0611 running."),
        ("p", "Interim limits: maximum 24 bars, valid until 31 August 2024. The interim disposition by itself "
              "releases nothing."),
        ("h", "Release under this interim"),
        ("p", "Luc Vandenbroucke, Plant Manager, releases twenty-four (24) bars for production with this record. "
              "The remaining 90 bars stay on hold until the full sample sign-off by Sofie Claes after corrective "
              "action CA-HT-0611, followed by a written release from Luc Vandenbroucke."),
        ("p", "Material authority: material for the 24 released bars only."),
        ("table", [["Role", "Name", "Date"],
                   ["Disposition", "Sofie Claes, Maintenance Engineer", "20/06/2024"],
                   ["Release", "Luc Vandenbroucke, Plant Manager", "20/06/2024"]]),
    ], author="Sofie Claes"),
])

# c15 deviation permit that leaves quantities untouched
case("c15_deviation_permit", [], "deviation permit for 20 samples only; quantities and hold (280, sign-off + Hany El-Sayed) unchanged", [
    pdff("DP-NCE-24-007.pdf", [
        ("h1", "DEVIATION PERMIT DP-NCE-24-007"),
        ("table", [["Part", "Stitching-head driver cam No. 3, PN TS-CAM-52-3, DRG NC-SC-523 Rev C"],
                   ["Supplier", "Takahara Seiki Co., Ltd."],
                   ["PO", "NCE-PO-24-0392"],
                   ["Parts affected", "the twenty (20) sample cams of lot TS-L-2406-11 only"]]),
        ("sp",),
        ("table", [["Characteristic", "Drawing", "Actual", "Decision"],
                   ["Case depth", "0.8-1.0 mm", "0.7 mm", "accepted for the samples"],
                   ["Surface hardness", "HRC 58-62", "HRC 57-58", "accepted for the samples"]]),
        ("sp",),
        ("p", "Reason: furnace change at the supplier; material JIS G4053 SCM415 instead of 16MnCr5 "
              "(equivalent). Valid for the 20 samples only. Production parts must meet the drawing."),
        ("p", "Quantities and release status are not changed by this permit: PO NCE-PO-24-0392 authorizes the "
              "20 sample cams only. The production balance of 280 cams is not released and stays on hold until "
              "Eng. Mona Fathy signs off the samples; the written release will come from Mr. Hany El-Sayed, "
              "General Manager."),
        ("p", "Issued by: Eng. Mona Fathy, Press Maintenance Manager, 18 June 2024. "
              "Acknowledged by: Yuki Ishida, Quality Assurance, Takahara Seiki."),
    ], title="DP-NCE-24-007", author="Mona Fathy"),
])

# c16 full-quantity ERP PO full of identifiers that look like quantities
case("c16_erp_po_identifiers", [], "full-quantity ERP PO (48 EA, no balance) with quantity-like identifiers", [
    txt("PO_88-4480.txt", """
MAPLE RIDGE FOLDING CARTONS INC.                              PURCHASE ORDER
1875 Meadowpine Blvd, Mississauga ON L5N 6V2                  PO NO. 88-4480  REV 0
Tel 905 555 0100                                              PAGE 1 OF 1
--------------------------------------------------------------------------------
VENDOR 40118  SRI MURUGAN PRECISION ENGINEERING WORKS
              14/2 VIRUDHUNAGAR ROAD, SIVAKASI 626123, TAMIL NADU, INDIA
ORDER DATE 2024-06-05   BUYER J.TREMBLAY   TERMS NET 45   INCOTERMS FCA CHENNAI
--------------------------------------------------------------------------------
LN PART NO         DESCRIPTION                           QTY UOM  UNIT USD    EXT USD
01 1000-500-250    PERF WHEEL D50 X 1.0 24T HSS M2        24 EA      14.80     355.20
                   DRG MR-PW-500 REV 20, HRC 62-64
                   HUB THREAD M8X1.25, BORE 12 H7
02 1000-500-120    PERF WHEEL D50 X 1.0 12T HSS M2        24 EA      14.20     340.80
                   DRG MR-PW-500 REV 20, HRC 62-64
--------------------------------------------------------------------------------
                                        TOTAL QTY   48 EA  TOTAL USD     696.00
NOTES
 1. FULL QUANTITY ORDER. THIS PO COVERS THE COMPLETE REQUIREMENT (48 EA).
    NO SAMPLE LOT, NO BALANCE. PRODUCE AND SHIP ALL 48 EA.
 2. PART PREVIOUSLY SUPPLIED UNDER PO 88-4302 (2023), SAME DRAWING.
 3. QUALITY: ISO 9001:2015 CERTIFIED SUPPLIER, EN 10204 3.1 MATERIAL CERT.
    SALT SPRAY ASTM B117 480 H NOT REQUIRED FOR HSS.
 4. SHIP VIA DHL EXPRESS ACCT 960-2500-1000. LABEL WITH PO AND LN.
--------------------------------------------------------------------------------
"""),
])

# c17 full-quantity PO with three delivery schedule lines
case("c17_full_po_schedule_lines", [], "full and final PO of 300 blades in three schedule lines, all released; no balance", [
    pdff("BDMG-PO-2024-0702.pdf", [
        ("h1", "BAYANIHAN DAILY MEDIA GROUP, INC."),
        ("h", "PURCHASE ORDER BDMG-PO-2024-0702"),
        ("table", [["Supplier", "Officine Meccaniche Bassani S.r.l., Seriate (BG), Italy"],
                   ["Date", "03 July 2024"],
                   ["Delivery", "CIF Manila, Incoterms 2020"],
                   ["Payment", "30 days after B/L"]]),
        ("sp",),
        ("table", [["Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
                   ["1", "Ink-fountain blade 0,15 x 60 x 1.420 mm, C75S EN 10132-4, PN OMB-IFB-1420", "300", "21,80", "6.540,00"]]),
        ("h", "Delivery schedule"),
        ("table", [["Schedule line", "Qty", "Delivery date"],
                   ["1", "100", "15.08.2024"],
                   ["2", "100", "15.10.2024"],
                   ["3", "100", "16.12.2024"],
                   ["Total", "300", ""]]),
        ("sp",),
        ("p", "This PO is the full and final quantity: 300 blades, all released for production. The samples "
              "(PO BDMG-PO-2024-0548) were signed off on 28 May 2024. There is no balance and no further "
              "quantity under this PO."),
        ("p", "Prepared: Rommel Dela Cruz, Purchasing Officer. Authorized: Jose Antonio Reyes, VP Operations."),
    ], title="BDMG-PO-2024-0702", author="Rommel Dela Cruz"),
])

# c18 Teams chat with a go-ahead scoped to the pilot quantity
case("c18_teams_scoped_go_ahead", [], "'go ahead with the 8 pilot gripper bars only'; 40 on hold until trial sign-off + written release by Luc Vandenbroucke", [
    txt("Teams_Verhaegen_Kessler_Greiferleisten.txt", """
Microsoft Teams - chat export
Chat: Verhaegen / Kessler - Greiferleisten 1027
Participants: Marc Peeters, Sofie Claes, Katrin Wolff, Jürgen Hofmann

[10/06/2024 09:14] Katrin Wolff
Guten Morgen / good morning. Drawing VH-4410 Rev 12 is clear now, thanks Sofie. Can we start?

[10/06/2024 09:31] Marc Peeters
Yes: go ahead with the 8 pilot gripper bars only (PO 4500-2318, pos. 10).
The other 40 bars of your offer KD-24-0981 are not released. They stay on hold until Sofie signs off the trial run on press 1027 and Luc Vandenbroucke sends you the written release.
Material only for the 8 pilot bars please.

[10/06/2024 09:33] Sofie Claes
+1. Trial takes ca. 3 weeks, 1,5 million sheets.

[10/06/2024 09:40] Katrin Wolff
Verstanden. 8 Stück pilot only, 40 on hold until written release from Mr. Vandenbroucke. \U0001F44D
"""),
])

# c19 written release, multipart/alternative, sign-off forwarded as message/rfc822
_so = mail(DAVE, "Nathalie Gagnon <ngagnon@mapleridgecartons.ca>, Jennifer Tremblay <jtremblay@mapleridgecartons.ca>",
           "Sample sign-off SO-MR-114 - Takahara folder rollers", dt("2024-07-08 16:40", "-0400"), T("""
Nathalie, Jennifer,

The 6 sample rollers from Takahara (PO 88-4485) are signed off: approved after 2 weeks on FG-3. Knurl wear within limits, runout 0.02 mm TIR, no marking on the board. Full report is in the QMS under SO-MR-114.

Dave
--
Dave Kowalski | Maintenance Lead | Maple Ridge Folding Cartons Inc.
"""))
_t = T("""
Dear Kenji-san,

This is the written production release for the knurled folder rollers.

- Released now: thirty (30) rollers, for production and delivery by 2024-08-30.
- Basis: sample sign-off SO-MR-114 by Dave Kowalski (forwarded below).
- Commercial cover: PO 88-4485 Rev 1 covers the 6 samples and these 30 rollers.
- The remaining 24 of the 54 quoted production rollers stay on hold. They need a further written release from me, after the PO is revised again to cover them.
- Material authority: material for the 30 released rollers.

Please acknowledge by reply.

Regards,
""") + SIG_NATH
case("c19_release_mail_with_signoff", [], "written release of 30 by Nathalie Gagnon after forwarded sign-off; 24 on hold for a further written release", [
    eml("Production_release_REL-MR-2024-07.eml", mail(
        NATH, KENJI, "Production release REL-MR-2024-07 - folder rollers PO 88-4485",
        dt("2024-07-09 08:15", "-0400"), _t, html=html_from_text(_t), cc=JEN,
        attachments=[("rfc822", _so)])),
])

# c20 buyer portal PO page with complete scope (Philippine)
case("c20_buyer_portal_complete", [], "buyer portal PO: 30 sample cams active, 570 on hold, FAI sign-off + written release by Reyes, sample-only material", [
    htmlf("BDMG-PO-2024-0695.html", "Supplier Portal - BDMG-PO-2024-0695", """
<h2>Bayanihan Daily Media Group &ndash; Supplier Portal</h2>
<h3>Purchase Order BDMG-PO-2024-0695</h3>
<table>
<tr><th>Supplier</th><td>Shanghai Hengtong Printing Machinery Parts Co., Ltd.</td></tr>
<tr><th>Buyer</th><td>Rommel Dela Cruz, Purchasing Officer</td></tr>
<tr><th>PO date</th><td>2024-06-27</td></tr>
</table>
<br>
<table>
<tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Unit USD</th><th>Status</th></tr>
<tr><td>1</td><td>Stitching head cam no. 3 (driver cam), HT-SC-0352, for saddle stitcher head 52/8</td><td>Sample / FAI</td><td>30</td><td>19.50</td><td>Active &ndash; sample lot</td></tr>
<tr><td>&ndash;</td><td>Balance per quotation HT-Q-2406-08</td><td>Production</td><td>570</td><td>&ndash;</td><td>On hold &ndash; not released</td></tr>
</table>
<div class="note">
<p><b>Active quantity:</b> 30 sample cams (line 1).</p>
<p><b>Balance:</b> the 570 production cams are not released.</p>
<p><b>Unlock event:</b> FAI sign-off by Engr. Maricel Santos, Press Engineering Head, then a written release from Mr. Jose Antonio Reyes, VP Operations.</p>
<p><b>Material authority:</b> sample quantity only (30 pcs).</p>
</div>
<p>Supplier acknowledgement: pending</p>
"""),
])

# c21 supplier progress report restating the hold and sample-only material
case("c21_supplier_progress_report", [], "supplier report: 12 samples made, production 0 released, quoted 288 for information, no material for it", [
    pdff("OMB_rapporto_avanzamento_07.pdf", [
        ("h1", "OFFICINE MECCANICHE BASSANI S.r.l."),
        ("h", "Rapporto di avanzamento / Progress report no. 7"),
        ("p", "Customer: Drukkerij Verhaegen & Zonen NV, attn. Mr. Marc Peeters | Date: 21/06/2024 | Your order 4500-2322"),
        ("table", [["Item", "Phase", "Qty authorized", "Produced", "Shipped", "Material bought", "Status"],
                   ["Ink-fountain blade 0,20 x 54 x 1.040, C75S EN 10132-4", "Sample", "12", "12", "12 (19/06)",
                    "for 12 pcs", "waiting your print trial"],
                   ["same", "Production", "0 (not released)", "0", "0", "none",
                    "on hold, waiting written release from Mr. Luc Vandenbroucke after trial sign-off by Ms. Sofie Claes"]]),
        ("sp",),
        ("p", "Notes: the quoted production quantity of 288 pcs is for information, it is not released. We did not "
              "buy strip for the production quantity. Lead time after your written release: 5 weeks."),
        ("p", "Cordiali saluti, Paolo Rinaldi, Responsabile produzione"),
    ], title="Progress report 7", author="Paolo Rinaldi"),
])

# c22 buyer deposit mail: deposit does NOT release production; SWIFT copy as text attachment
_t = T("""
Dear Ms. Lily,

Good day. Please find attached the SWIFT copy (MT103) of the deposit, USD 4,980.00 = 30% of your proforma invoice HT-PI-2406-15.

Kindly note: this deposit secures the price and your capacity slot in September only. It does NOT release production.

What is authorized now: PO NCE-PO-24-0401, ten (10) sample gripper bars. Nothing more.
The balance of 290 bars stays on hold until Eng. Mona Fathy signs off the samples after the trial on Press 2; then Mr. Hany El-Sayed, General Manager, will send you the written release.
Material for the 10 samples only, please.

Best regards,
""") + SIG_AHMED
_swift = T("""
{1:F01NCBKEGCXAXXX0000000000}{2:I103HSBCCNSHXXXXN}{4:
:20:NCEPAY240612
:23B:CRED
:32A:240612USD4980,00
:50K:/EG380003000100000101234567890
NILE CRESCENT EDUCATIONAL PUBLISHING
6TH OF OCTOBER CITY GIZA EGYPT
:59:/CN44012345678901
SHANGHAI HENGTONG PRINTING MACHINERY
PARTS CO LTD JIADING SHANGHAI
:70:/INV/HT-PI-2406-15 DEPOSIT 30PCT
GRIPPER BARS
:71A:SHA
-}
""")
case("c22_deposit_not_release_mail", [], "buyer: deposit does NOT release production; 10 samples, 290 on hold, sign-off + written release by Hany El-Sayed", [
    eml("Deposit_HT-PI-2406-15.eml", mail(
        AHMED, LILY, "Deposit for proforma HT-PI-2406-15 - gripper bars (PO NCE-PO-24-0401)",
        dt("2024-06-12 13:40", "+0300"), _t,
        attachments=[("MT103_NCEPAY240612.txt", _swift, "text/plain")])),
])

# c23 minutes with an explicit staged material authority
case("c23_minutes_staged_material", [], "minutes: 15 samples released, 45 on hold (sign-off + Hany El-Sayed), explicit staged material authority up to 60, forecast labelled", [
    docxf("MoM_NileCrescent_Bassani_2024-06-09.docx", [
        ("h1", "Minutes of meeting: Nile Crescent / Officine Meccaniche Bassani"),
        ("p", "Date: 9 June 2024, Teams call. Attendees: Ahmed Soliman, Eng. Mona Fathy (Nile Crescent); Giulia "
              "Ferraro, Paolo Rinaldi (Bassani). Minutes by Ahmed Soliman."),
        ("h", "1. Scope"),
        ("p", "PO NCE-PO-24-0398 covers fifteen (15) sample folder rollers (dia. 62 x 1.080 mm, Shore A 75). "
              "These 15 are released for production now."),
        ("p", "The balance of 45 rollers is not released. It stays on hold until Eng. Mona Fathy signs off the "
              "samples after 3 weeks on the folder of Press 4, and Mr. Hany El-Sayed, General Manager, sends the "
              "written release."),
        ("h", "2. Material"),
        ("p", "Because the steel tube has 14 weeks lead time, Nile Crescent gives Bassani a staged material "
              "authority: Bassani may buy steel tube and bearings for up to 60 rollers at Nile Crescent's "
              "liability. Rubber covering and machining only for the 15 released rollers."),
        ("h", "3. Forecast"),
        ("p", "For information only: forecast 2025 approx. 120 rollers. Not an order, not released."),
        ("h", "4. Actions"),
        ("table", [["Action", "Owner", "Due"],
                   ["Ship 15 samples", "Paolo Rinaldi", "2024-07-05"],
                   ["Sample sign-off", "Eng. Mona Fathy", "2024-07-31"],
                   ["Decision on written release", "Hany El-Sayed", "after sign-off"]]),
    ], author="Ahmed Soliman"),
])

# c24 ERP PO + supplier acknowledgement quoting the PO note (two files)
_po_note = T("""
PO NOTE / BESTELTEKST
Sample lot: sixteen (16) cams. Only these 16 are authorized.
The quoted production quantity (224 cams, quotation TS-Q-24-0288) is NOT released and stays on hold.
Unlock: sample sign-off by Sofie Claes after 2 weeks on the saddle stitcher, followed by a written
production release from Luc Vandenbroucke, Plant Manager.
Material authority: sample quantity only.
""")
_t = T("""
Dear Mr. Peeters,

Thank you very much for your PO 4500-2330.

We confirm as below:
- 16 pcs sample cams, delivery 12 July 2024 by air to Mechelen.
- We understand the 224 cams are not released. We do not buy material for them.
- We wait for the written release from Mr. Vandenbroucke before any production.

Best regards,
""") + SIG_KENJI + "\n-----Original Message-----\nFrom: Marc Peeters <marc.peeters@verhaegen-druk.be>\nSent: Monday, June 17, 2024 10:02 AM\nSubject: PO 4500-2330\n\n" + quote(_po_note)
case("c24_po_and_ack", [], "ERP PO (16 samples, 224 on hold, sign-off + written release by Luc Vandenbroucke) and supplier ack restating it", [
    txt("PO_4500-2330.txt", """
DRUKKERIJ VERHAEGEN & ZONEN NV            BESTELBON / PURCHASE ORDER
Industriepark Noord 14, 2800 Mechelen     PO 4500-2330      Datum 17.06.2024
BTW BE 0401.555.218                       Leverancier 700214 TAKAHARA SEIKI CO LTD
---------------------------------------------------------------------------------
Pos  Artikel       Omschrijving                                  Aantal  Prijs     Totaal
10   TS-CAM-52-3   Stitching head cam no. 3 (driver), saddle      16 ST   44,60     713,60
                   stitcher heads 52/8, DRG VH-SC-523 Rev B                 EUR       EUR
                   Scope: SAMPLE
---------------------------------------------------------------------------------
Levering / delivery: 12.07.2024, CPT Mechelen        Betaling: 60 dagen einde maand
""" + "\n" + _po_note + """
Aankoop: Marc Peeters
"""),
    eml("RE_PO_4500-2330.eml", mail(
        KENJI, MARC, "RE: PO 4500-2330", dt("2024-06-18 11:20", "+0900"), _t)),
])

# c25 supplier e-quote with tiers (Italian)
case("c25_equote_tiers_omb", [], "supplier web quote with sample and two production tiers; says payment does not start production", [
    htmlf("Offerta_OMB-24-177.html", "Offerta OMB-24-177", """
<h2>Officine Meccaniche Bassani S.r.l.</h2>
<h3>Offerta / Quotation OMB-24-177</h3>
<p>Spett. Maple Ridge Folding Cartons Inc. &ndash; att. Ms. Jennifer Tremblay &nbsp;|&nbsp; Seriate, 14/05/2024</p>
<p>Oggetto: stitching head cams for box stitcher, material 16MnCr5 case hardened HRC 58&ndash;62, DRG MR-SC-52 Rev A</p>
<table>
<tr><th>Fase / stage</th><th>Q.t&agrave;</th><th>Prezzo unitario</th><th>Totale</th><th>Consegna</th></tr>
<tr><td>Campionatura / samples</td><td>12</td><td>EUR 58,00</td><td>EUR 696,00</td><td>4 settimane dall'ordine</td></tr>
<tr><td>Produzione lotto 1</td><td>120</td><td>EUR 36,40</td><td>EUR 4.368,00</td><td>6 settimane dal rilascio scritto</td></tr>
<tr><td>Produzione lotto 2</td><td>240</td><td>EUR 33,90</td><td>EUR 8.136,00</td><td>8 settimane dal rilascio scritto</td></tr>
</table>
<p class="note">Offerta valida 90 giorni. This quotation is not an order. Production starts only against your
written production release; a deposit or payment does not start production.</p>
<p>Giulia Ferraro &ndash; Ufficio Commerciale</p>
"""),
])


# ================================================================ POSITIVE
# p01 cover mail says 12 samples, the attached PO PDF says 16 (three files)
_t = T("""
Dag Jürgen,

As discussed by phone on Tuesday, herewith our PO 4500-2231 for the gripper bars for the 102 press (machine no. 1027), against your offer KD-24-0877. The PO goes to you as PDF by the portal as usual.

Scope of this PO: twelve (12) sample gripper bars, for a trial on machine 1027 only.
The remaining 108 bars of your offer are NOT released. They stay on hold until Sofie Claes has signed off the trial run in writing; after that Luc Vandenbroucke (plant manager) sends you the written release.
Material: please buy only for the samples.

Samples wanted week 24, DAP Mechelen.

Met vriendelijke groeten / kind regards,
""") + SIG_MARC
case("p01_cover_vs_po_qty", ["RG011"], "cover mail authorizes twelve (12) samples, PO PDF line says 16; otherwise scope complete", [
    eml("PO_4500-2231_mail.eml", mail(MARC, JUERGEN, "PO 4500-2231 Greiferleisten / gripper bars 1027",
                                      dt("2024-05-14 16:22"), _t)),
    pdff("PO_4500-2231.pdf", [
        ("h1", "DRUKKERIJ VERHAEGEN & ZONEN NV"),
        ("h", "BESTELBON / PURCHASE ORDER 4500-2231"),
        ("table", [["Leverancier / supplier", "Kessler Druckteile GmbH, Offenbach am Main"],
                   ["Datum", "14.05.2024"],
                   ["Levering", "week 24/2024, DAP Mechelen"],
                   ["Betaling", "60 dagen einde maand"]]),
        ("sp",),
        ("table", [["Pos", "Artikel", "Omschrijving", "Scope", "Aantal", "Prijs EUR", "Totaal EUR"],
                   ["10", "KD-GB-1020-24", "Gripper bar assy 102, 24 grippers, DRG VH-4410 Rev 12", "Sample",
                    "16", "412,00", "6.592,00"]]),
        ("sp",),
        ("p", "Sample lot only. Balance of offer KD-24-0877 is not released; release only after written trial "
              "sign-off (S. Claes) by L. Vandenbroucke, plant manager. Material: sample quantity only."),
        ("p", "Aankoop: Marc Peeters"),
    ], title="PO 4500-2231", author="Marc Peeters"),
    pdff("Angebot_KD-24-0877.pdf", [
        ("h1", "KESSLER DRUCKTEILE GMBH"),
        ("p", "Sprendlinger Landstr. 180, 63069 Offenbach am Main"),
        ("h", "Angebot / Quotation KD-24-0877"),
        ("p", "Kunde: Drukkerij Verhaegen & Zonen NV, z. Hd. Herrn Marc Peeters - Datum 29.04.2024"),
        ("table", [["Pos", "Bezeichnung", "Menge", "Einzelpreis EUR", "Gesamt EUR"],
                   ["1", "Greiferleiste 102, 24 Greifer, Musterlos", "12 Stk", "412,00", "4.944,00"],
                   ["2", "Greiferleiste 102, 24 Greifer, Serie", "108 Stk", "289,50", "31.266,00"]]),
        ("sp",),
        ("p", "Lieferzeit Muster: 5 Wochen nach Bestellung. Lieferzeit Serie: 8 Wochen nach Ihrer schriftlichen "
              "Freigabe. Preise netto, zzgl. Verpackung. Es gelten unsere AGB."),
        ("p", "Mit freundlichen Grüßen, Jürgen Hofmann, Vertrieb"),
    ], title="Angebot KD-24-0877", author="Jürgen Hofmann"),
])

# p02 PO (complete scope) + supplier proforma offering to treat an advance as the go-ahead (two PDFs)
case("p02_proforma_advance_starts", ["RG012"], "supplier proforma: on receipt of a 30% advance for the balance it will treat that as confirmation and start the 1,950; PO itself complete", [
    pdff("NCE-PO-24-0316.pdf", [
        ("h1", "NILE CRESCENT EDUCATIONAL PUBLISHING S.A.E."),
        ("p", "Industrial Zone 3, 6th of October City, Giza, Egypt"),
        ("h", "PURCHASE ORDER NCE-PO-24-0316"),
        ("table", [["Supplier", "Sri Murugan Precision Engineering Works, Sivakasi, India"],
                   ["Date", "15 May 2024"],
                   ["Payment", "100% advance for the sample lot"]]),
        ("sp",),
        ("table", [["Item", "Description", "Scope", "Qty", "Unit USD", "Amount USD"],
                   ["1", "Perforating wheel dia. 28.5 x 1.0 mm, 12 TPI, HSS M2, DRG SMP-PW-285 Rev 3", "Sample",
                    "50", "4.20", "210.00"]]),
        ("sp",),
        ("p", "This purchase order covers the sample lot of fifty (50) pieces only. The production balance of "
              "1,950 pcs quoted in your offer SMP/Q/24-118 is not released and remains on hold until Eng. Mona "
              "Fathy (Press Maintenance Manager) signs off the samples and Mr. Hany El-Sayed, General Manager, "
              "issues a written production release. Material authority: sample quantity only."),
        ("p", "Procurement: Ahmed Soliman"),
    ], title="NCE-PO-24-0316", author="Ahmed Soliman"),
    pdff("SMP-PI-24-052.pdf", [
        ("h1", "SRI MURUGAN PRECISION ENGINEERING WORKS"),
        ("p", "14/2 Virudhunagar Road, Sivakasi 626123, Tamil Nadu | GSTIN 33ABCFS5555K1Z2 | ISO 9001:2015"),
        ("h", "PROFORMA INVOICE No. SMP/PI/24-052 dt. 20.05.2024"),
        ("p", "To: M/s. Nile Crescent Educational Publishing S.A.E., 6th of October City. Against your PO "
              "NCE-PO-24-0316 dt. 15.05.2024."),
        ("table", [["S.No.", "Description", "Qty", "Rate USD", "Amount USD"],
                   ["1", "Perforating wheel 28.5 x 1.0 mm 12 TPI HSS M2 - sample lot", "50 nos.", "4.20", "210.00"],
                   ["", "Total", "", "", "210.00"]]),
        ("sp",),
        ("p", "Terms: 100% advance for sample lot by T/T to our bank account (Indian Overseas Bank, Sivakasi branch)."),
        ("p", "Special note: Sir, to save the lead time, kindly remit 30% advance (USD 2,223.00) for the balance "
              "1,950 nos. also. On receipt of this advance amount we will treat the same as your confirmation and "
              "start the production of 1,950 nos. immediately."),
        ("p", "For Sri Murugan Precision Engineering Works - R. Senthil Kumar, Managing Partner"),
    ], title="Proforma SMP/PI/24-052", author="R. Senthil Kumar"),
])

# p03 portal PO + FAI sign-off + WhatsApp in which the supplier rolls into production and reports material for 400
case("p03_fai_pass_supplier_starts", ["RG006", "RG007"], "portal PO and FAI record are scoped; supplier reads FAI pass as production start and already bought bar for 400 vs 20 released", [
    htmlf("BDMG-PO-2024-0588.html", "Supplier Portal - BDMG-PO-2024-0588", """
<h2>Bayanihan Daily Media Group &ndash; Supplier Portal</h2>
<h3>Purchase Order BDMG-PO-2024-0588</h3>
<table>
<tr><th>Supplier</th><td>Shanghai Hengtong Printing Machinery Parts Co., Ltd.</td></tr>
<tr><th>Buyer</th><td>Rommel Dela Cruz</td></tr>
<tr><th>Date</th><td>2024-04-29</td></tr>
</table>
<br>
<table>
<tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Unit USD</th><th>Status</th></tr>
<tr><td>1</td><td>Stitching head cam no. 3 (driver cam), HT-SC-0352, saddle stitcher head 52/8, 16MnCr5 HRC 58-62</td><td>Sample / FAI</td><td>20</td><td>21.00</td><td>Active</td></tr>
<tr><td>&ndash;</td><td>Quoted balance (HT-Q-2404-30), not on this PO</td><td>Production</td><td>380</td><td>&ndash;</td><td>On hold &ndash; not released</td></tr>
</table>
<div class="note">Only line 1 (20 pcs) is active. The 380 pcs are on hold until FAI sign-off by Engr. Maricel Santos
and a written release by Mr. Jose Antonio Reyes, VP Operations. Material authority: sample quantity only (20 pcs).</div>
"""),
    txt("WhatsApp Chat with Lily Zhang Hengtong.txt", """
[03/06/2024, 09:12] Rommel Dela Cruz: Good morning Ms Lily. FAI report for the 20 cams is attached, passed po. Engr. Maricel signed it already.
[03/06/2024, 09:12] Rommel Dela Cruz: <attached: FAI_HT-SC-0352_signed.docx>
[03/06/2024, 09:40] Lily Zhang: Great news!! Thank you Rommel. So we start the 380pcs now, FAI passed means production OK. Our Wang Jun will arrange machine this week.
[03/06/2024, 09:41] Lily Zhang: Also for your info the 16MnCr5 bar we already bought for 400pcs last month, to keep the price, so no problem for material \U0001F44D
[03/06/2024, 10:05] Rommel Dela Cruz: Noted ma'am, will check with Sir Jun Reyes
"""),
    docxf("FAI_HT-SC-0352_signed.docx", [
        ("h1", "First Article Inspection sign-off"),
        ("table", [["Part", "Stitching head cam no. 3 (driver cam), HT-SC-0352"],
                   ["Supplier", "Shanghai Hengtong Printing Machinery Parts Co., Ltd."],
                   ["PO", "BDMG-PO-2024-0588, 20 sample pcs"],
                   ["Tests", "dimensions (CMM), hardness HRC 58-62, 72 h run on saddle stitcher no. 2"]]),
        ("h", "Result"),
        ("table", [["Characteristic", "Spec", "Result"],
                   ["Cam lift", "6.00 +/- 0.02 mm", "5.99 - 6.01 mm"],
                   ["Hardness", "HRC 58-62", "HRC 59-61"],
                   ["72 h run", "no wire misfeed", "0 misfeeds in 72 h"]]),
        ("p", "Disposition: FAI approved for the 20 sample pieces. This sign-off does not release production. "
              "The balance of 380 pcs needs a written release from Mr. Jose Antonio Reyes, VP Operations."),
        ("p", "Signed: Engr. Maricel Santos, Press Engineering Head, 31 May 2024"),
    ], author="Maricel Santos"),
])

# p04 ERP PO for 6 samples that lists the quote's 60 production rollers, nothing about the balance
case("p04_erp_po_quote_reference", ["RG001", "RG003", "RG004", "RG005"], "sample PO shows quote production lot 60 beside 6 samples with no hold, no event, no release person", [
    txt("PO_88-4402.txt", """
MAPLE RIDGE FOLDING CARTONS INC.                              PURCHASE ORDER
1875 Meadowpine Blvd, Mississauga ON L5N 6V2                  PO NO. 88-4402  REV 0
--------------------------------------------------------------------------------
VENDOR 40207  TAKAHARA SEIKI CO LTD, 3-12-8 TAKAIDA, HIGASHIOSAKA, OSAKA, JAPAN
ORDER DATE 2024-04-22  BUYER J.TREMBLAY  TERMS NET 60  INCOTERMS DAP MISSISSAUGA
--------------------------------------------------------------------------------
LN PART NO        DESCRIPTION                          QTY UOM   UNIT CAD    EXT CAD
01 7740-0780-40   FOLDER ROLLER KNURLED D40 X 780        6 EA    1,140.00   6,840.00
                  SAMPLE LOT. SCM440, HARD CHROME 30 UM
                  REF VENDOR QUOTE TKS-Q-24-0560:
                    SAMPLE LOT      6 PCS  CAD 1,140.00
                    PRODUCTION LOT 60 PCS  CAD   865.00  LEAD TIME 10 WKS
--------------------------------------------------------------------------------
                                          TOTAL CAD   6,840.00
NOTES
 SAMPLE ROLLERS FOR TRIAL ON FOLDER-GLUER LINE 3 (FG-3).
 SHIP WITH MATERIAL CERTS AND CMM REPORT. DRG MR-FR-780 REV D.
--------------------------------------------------------------------------------
"""),
])

# p05 "proceed with the samples as per your offer": no quantity anywhere
_t = T("""
Dear Ms. Giulia,

Greetings from Cairo.

With reference to your offer no. OMB-24-118 dated 02/04/2024 and our telephone call today, kindly be informed that our management agreed to start with the sample rollers first.

Kindly proceed with the samples as per your offer and send us the proforma invoice for the samples.

Please note the production quantity remains on hold. It will be released only after Eng. Mona Fathy signs off the samples on the folder unit of Press 4 and Mr. Hany El-Sayed, General Manager, sends you the written release. Please do not purchase material for the production quantity.

Best regards,
""") + SIG_AHMED
case("p05_proceed_samples_no_qty", ["RG010"], "authorization for 'the samples as per your offer' never states how many; hold, event and person present", [
    eml("Sample_rollers_OMB-24-118.eml", mail(AHMED, GIULIA, "Sample rollers - your offer OMB-24-118",
                                              dt("2024-04-09 12:10"), _t, html=html_from_text(_t))),
])

# p06 Teams: unscoped "approved, go ahead" after the trial, supplier starts the 36
case("p06_teams_approved_go_ahead", ["RG002", "RG007"], "engineer's 'approved, go ahead' names no quantity; supplier reads it as start of the 36 serial bars", [
    txt("Teams_chat_PO_4500-2240.txt", """
Microsoft Teams - chat export
Chat: PO 4500-2240 trial gripper bars
Participants: Marc Peeters, Sofie Claes, Katrin Wolff

[13-5-2024 08:51] Marc Peeters
Goeiemorgen Katrin, for the record in this chat: PO 4500-2240 covers 4 trial gripper bars. The other 36 are on hold until Sofie signs off the trial run on press 1027, then Luc Vandenbroucke sends the written release.

[13-5-2024 09:05] Katrin Wolff
Alles klar, 4 trial bars, KW 21.

[24-5-2024 11:30] Katrin Wolff
Trial bars delivered yesterday, delivery note LS-24-3318.

[10-6-2024 14:02] Sofie Claes
Trial on 1027 done, 1,2 million sheets, no marking, register stable. Looks good, approved, go ahead \U0001F44D

[10-6-2024 14:20] Katrin Wolff
Super, danke Sofie! Then we start the 36 serial bars on Monday, delivery KW 27.
"""),
])

# p07 PO: balance on hold "until further notice", release person named, no event
case("p07_hold_until_further_notice", ["RG004"], "100 samples active, balance 2,400 on hold 'until further notice', Reyes named; no unlock event", [
    pdff("BDMG-PO-2024-0611.pdf", [
        ("h1", "BAYANIHAN DAILY MEDIA GROUP, INC."),
        ("h", "PURCHASE ORDER BDMG-PO-2024-0611"),
        ("table", [["Supplier", "Sri Murugan Precision Engineering Works, Sivakasi"],
                   ["Date", "20 May 2024"],
                   ["Ship to", "Quezon City Press Plant, Gate 2"]]),
        ("sp",),
        ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                   ["1", "Perforating wheel for folder, dia. 60 mm, 24 teeth, HSS M2, PN SMP-PW-6024 - SAMPLE",
                    "100", "3.10", "310.00"]]),
        ("sp",),
        ("p", "Sample lot: one hundred (100) pcs."),
        ("p", "Balance 2,400 pcs per your quotation SMP/Q/24-131 is on hold until further notice."),
        ("p", "Release authority: Mr. Jose Antonio Reyes, VP Operations."),
        ("p", "Do not procure material beyond the 100 sample pcs."),
        ("p", "Rommel Dela Cruz, Purchasing Officer"),
    ], title="BDMG-PO-2024-0611", author="Rommel Dela Cruz"),
])

# p08 release status memo: hold and event, but "the Procurement Department" releases
case("p08_release_by_department", ["RG005"], "10 samples, 450 on hold until sample sign-off; release 'by the Procurement Department', no named person", [
    docxf("NCE_release_status_gripper_bars.docx", [
        ("h1", "Production release status"),
        ("p", "Nile Crescent Educational Publishing S.A.E. - Procurement"),
        ("table", [["Order", "Gripper bars for 72 x 102 sheet-fed presses, PN HT-GB-1020, DRG NC-4402 Rev 5"],
                   ["Supplier", "Shanghai Hengtong Printing Machinery Parts Co., Ltd."],
                   ["PO", "NCE-PO-24-0290"],
                   ["Date", "28 May 2024"]]),
        ("h", "Status"),
        ("table", [["Quantity", "Status"],
                   ["Sample lot: 10 pcs", "Authorized under PO NCE-PO-24-0290"],
                   ["Balance: 450 pcs", "On hold, not released"]]),
        ("p", "Unlock event: sample sign-off by our maintenance engineering after two weeks trial on Press 2."),
        ("p", "After the sign-off the release will be issued in writing by the Procurement Department."),
        ("p", "Material: for the 10 samples only."),
        ("p", "Prepared by: Ahmed Soliman"),
    ], author="Ahmed Soliman"),
])

# p09 supplier reply (quoting a complete PO note) says it bought bar stock for all 500
_q = T("""
Hi Lily,

PO 88-4415 is attached: 8 sample gripper bars for die-cutter DC-2.
The balance of 492 bars per your quote HT-Q-2404-17 is not released. It is released only after Dave Kowalski signs off the samples and Nathalie Gagnon issues a written release.
Material authority: samples only.

Thanks,
Jennifer
""")
_t = T("""
Dear Jennifer,

Thanks for PO 88-4415. 8pcs samples will finish next week, we send photos before shipping.

To inform you, because steel price is going up in June, we already purchase the 42CrMo4 bar for total 500pcs gripper bars, the material is in our warehouse now. Don't worry, we only machining the 8pcs samples now.

Best regards,
""") + SIG_LILY + "\n\nOn 2024-05-06 15:40, Jennifer Tremblay wrote:\n" + quote(_q)
case("p09_supplier_bought_bar_500", ["RG006"], "supplier bought bar for 500 while 8 samples are released and material authority is samples only", [
    eml("RE_PO_88-4415_gripper_bars.eml", mail(LILY, JEN, "RE: PO 88-4415 sample gripper bars DC-2",
                                                dt("2024-05-08 10:02", "+0800"), _t,
                                                in_reply_to="<h232-mr-0506@mapleridgecartons.ca>")),
])

# p10 supplier mail (text) rolls sample approval into the balance and buys strip for 2,000
case("p10_roll_into_balance_text", ["RG006", "RG007"], "supplier: once samples approved we roll into 1,900 without release letter; procuring strip for 2,000", [
    txt("RE_PO_BDMG-PO-2024-0620.txt", """
From:    K. Balamurugan <marketing@srimuruganprecision.in>
To:      Rommel Dela Cruz <rdelacruz@bayanihandaily.com.ph>
Cc:      R. Senthil Kumar <senthil@srimuruganprecision.in>
Date:    Wed, 29 May 2024 17:48:10 +0530
Subject: RE: PO BDMG-PO-2024-0620 - sample perforating wheels

Respected Sir,

Greetings from Sivakasi!!

We are in receipt of your PO and thankful for the same. Sample 100 nos. will be despatched by this week end through DHL.

Sir, kindly note, once you are approving the samples we will immediately roll into production of balance 1,900 nos. without waiting for separate release letter, so that your delivery schedule for August is maintained. For that purpose we are procuring HSS M2 strip for entire 2,000 nos. this week itself.

Thanking you and assuring our best services always,

K. Balamurugan
Marketing, Sri Murugan Precision Engineering Works, Sivakasi
Mob: +91 94435 55219

-----Original Message-----
From: Rommel Dela Cruz
Sent: 28 May 2024 09:15
Subject: PO BDMG-PO-2024-0620 - sample perforating wheels

> Good day Sir,
> Attached PO BDMG-PO-2024-0620 for 100 (one hundred) sample perforating wheels only.
> Balance 1,900 pcs not released - on hold until Engr. Maricel Santos signs off the samples
> and Mr. Jose Antonio Reyes releases in writing. Material: for the samples only.
> Thank you po.
> Rommel
"""),
])

# p11 supply plan labelled forecast but declared a firm commitment
case("p11_forecast_declared_firm", ["RG008"], "annual 'forecast' of 2,400 blades declared our firm purchase commitment, produce per months", [
    pdff("Jaarplanning_2025_inktmessen.pdf", [
        ("h1", "DRUKKERIJ VERHAEGEN & ZONEN NV"),
        ("h", "Jaarplanning / Annual supply plan 2025 - ink-fountain blades"),
        ("p", "To: Officine Meccaniche Bassani S.r.l. - attn. Giulia Ferraro | From: Marc Peeters, Aankoop | 28.10.2024"),
        ("p", "Part: ink-fountain blade 0,20 x 54 x 1040 mm, C75S according to EN 10132-4, PN OMB-IFB-1040."),
        ("table", [["Month", "Forecast qty", "Month", "Forecast qty"],
                   ["Jan 2025", "200", "Jul 2025", "150"],
                   ["Feb 2025", "200", "Aug 2025", "150"],
                   ["Mar 2025", "250", "Sep 2025", "250"],
                   ["Apr 2025", "200", "Oct 2025", "250"],
                   ["May 2025", "200", "Nov 2025", "200"],
                   ["Jun 2025", "200", "Dec 2025", "150"],
                   ["", "", "Total 2025", "2.400"]]),
        ("sp",),
        ("p", "This forecast is our firm purchase commitment for 2025. Please produce and deliver according to the "
              "monthly quantities above; no separate call-offs will follow."),
        ("p", "Met vriendelijke groeten, Marc Peeters"),
    ], title="Jaarplanning 2025", author="Marc Peeters"),
])

# p12 supplier registers the buyer's forecast as a firm order and secures material for 720
_q = T("""
Hi Kenji,

For your capacity planning: our 2024-2025 forecast for the knurled folder rollers is 720 pcs (about 60 a month). This is a forecast only, not an order.

The only quantity on order and released is PO 88-4419, 60 pcs. Anything beyond needs a new PO and a written release from Nathalie Gagnon.

Thanks,
Jennifer
""")
_t = T("""
Dear Jennifer-san,

Thank you very much for your kind forecast information.

We have registered 720 pcs as your firm order in our production system, and we secured SCM440 material for 720 pcs already, so the delivery of 60 pcs per month is guaranteed.

We will send the production schedule next week.

Best regards,
""") + SIG_KENJI + "\n\nOn Mon, 17 Jun 2024 14:05 -0400, Jennifer Tremblay wrote:\n" + quote(_q)
case("p12_forecast_registered_firm", ["RG006", "RG008"], "supplier registers a labelled forecast of 720 as firm order and secures material for 720 vs 60 released", [
    eml("RE_forecast_folder_rollers_2024-2025.eml", mail(KENJI, JEN, "RE: Forecast folder rollers 2024-2025",
                                                        dt("2024-06-18 09:30", "+0900"), _t,
                                                        in_reply_to="<h232-mr-0617@mapleridgecartons.ca>")),
])

# p13 minutes: "approved" for the FAI, the PO change in SAP and the production quantity
case("p13_minutes_approved_three_ways", ["RG009"], "'approved' used for FAI (technical), PO revision (commercial) and the production run; scope otherwise complete", [
    docxf("MoM_BDMG_Takahara_2024-06-11.docx", [
        ("h1", "Minutes of meeting - stitching head cams"),
        ("p", "Date: 11 June 2024, Zoom. Bayanihan: Rommel Dela Cruz, Engr. Maricel Santos. Takahara Seiki: "
              "Kenji Morita, Yuki Ishida."),
        ("h", "1. FAI"),
        ("p", "FAI of the 20 sample cams (PN TS-CAM-52-3, DRG 52/8-03 Rev B) approved by Engr. Maricel Santos: "
              "dimensions OK, hardness HRC 58-62 OK, 72 h run on stitcher line 2 OK."),
        ("h", "2. PO revision"),
        ("p", "PO BDMG-PO-2024-0575 revision 1 (price JPY 4,850 to JPY 4,620 per pc) approved by Finance in SAP "
              "on 10 June."),
        ("h", "3. Production"),
        ("p", "The balance of 280 pcs will be approved for the run once Mr. Jose Antonio Reyes, VP Operations, "
              "signs the written production release. Until then the 280 pcs are on hold; Takahara will not start "
              "machining or buy material for them."),
        ("h", "4. Next meeting"),
        ("p", "25 June 2024."),
    ], author="Rommel Dela Cruz"),
])

# p14 supplier portal: down payment received = production released
case("p14_portal_deposit_released", ["RG012"], "supplier portal sets the order to production released on receipt of the down payment", [
    htmlf("Kessler_Auftrag_24-0871.html", "Kessler Kundenportal - Auftrag 24-0871", """
<h2>Kessler Druckteile GmbH &ndash; Kundenportal</h2>
<h3>Auftrag / Order 24-0871</h3>
<table>
<tr><th>Kunde / customer</th><td>Maple Ridge Folding Cartons Inc., Mississauga</td></tr>
<tr><th>Artikel / item</th><td>Farbkastenmesser / ink-fountain blade 0,20 x 54 x 740 mm, C75S EN 10132-4</td></tr>
<tr><th>Auftragsmenge / order qty</th><td>300 Stk (Angebot KD-24-0911)</td></tr>
</table>
<h4>Verlauf / history</h4>
<table>
<tr><th>Datum</th><th>Ereignis / event</th><th>Status</th></tr>
<tr><td>06.05.2024</td><td>Angebot KD-24-0911 versendet / quote sent</td><td>Angebot</td></tr>
<tr><td>13.05.2024</td><td>Bestellung 88-4420 eingegangen / PO received</td><td>Auftrag angelegt</td></tr>
<tr><td>21.05.2024</td><td>Anzahlung 30 % eingegangen / down payment received (EUR 2.610,00)</td><td><b>Serienfertigung freigegeben / production released</b></td></tr>
<tr><td>KW 22</td><td>Fertigungsstart / production start</td><td>geplant</td></tr>
</table>
<p class="note">Mit Eingang der Anzahlung gilt der Auftrag als zur Fertigung freigegeben. /
With receipt of the down payment the order is considered released for production.</p>
"""),
])

# p15 one ERP PO: line quantity 24, header text "twenty (20)"
case("p15_po_line_vs_text_qty", ["RG011"], "line quantity 24 ST vs header text 'twenty (20) sample blades' in the same PO", [
    txt("SAP_PO_4500-2252.txt", """
Drukkerij Verhaegen & Zonen NV - Aankoop
Bestelling / Purchase Order 4500002252                         Datum 03.06.2024
Leverancier 700214  TAKAHARA SEIKI CO LTD, HIGASHIOSAKA
Valuta EUR      Incoterms CPT Mechelen      Betalingsvoorwaarde Z060
------------------------------------------------------------------------------
Kopteksten / header text:
Sample order: twenty (20) ink-fountain blades for trial on press 1027 and 1028.
Balance 380 pcs per quotation TS-Q-24-0233 is not released; on hold until Sofie
Claes signs off the print trial and Luc Vandenbroucke issues the written release.
Material authority: samples only.
------------------------------------------------------------------------------
Pos   Materiaal        Korte tekst                         Hoev.  EH   Netto prijs
00010 TS-IFB-1040-020  INK-FOUNTAIN BLADE 0,20X54X1040      24    ST    19,60 EUR
                       C75S EN 10132-4, HRC 48-52
                       Leverdatum 28.06.2024
------------------------------------------------------------------------------
Totale nettowaarde                                                    470,40 EUR
"""),
])

# p16 sample PO mail + PO PDF: nothing about the balance at all
_t = T("""
Hi Senthil,

Please find attached PO 88-4431 for ten (10) sample perforating wheels, skip-perf pattern 4/1 per DRG MR-PW-28-4 Rev C.

Please ship by courier by June 14, with material cert and hardness report. Invoice to accounts payable (ap@mapleridgecartons.ca), PO number on the invoice please.

Thanks,
""") + SIG_JEN
case("p16_sample_po_silent_balance", ["RG003", "RG004", "RG005"], "sample PO of 10 says nothing about the balance, no unlock event, no release person", [
    eml("PO_88-4431_sample_perf_wheels.eml", mail(
        JEN, SENTHIL, "PO 88-4431 - sample perforating wheels", dt("2024-05-21 11:45", "-0400"), _t,
        attachments=[("PO_88-4431.pdf", pdf([
            ("h1", "PURCHASE ORDER 88-4431"),
            ("table", [["Buyer", "Maple Ridge Folding Cartons Inc., Mississauga ON"],
                       ["Vendor", "Sri Murugan Precision Engineering Works, Sivakasi"],
                       ["Date", "2024-05-21"],
                       ["Terms", "Net 45, FCA Chennai, USD"]]),
            ("sp",),
            ("table", [["Line", "Part", "Description", "Qty", "Unit USD", "Ext USD"],
                       ["1", "MR-PW-28-4", "Sample perforating wheel dia. 28.5, skip-perf 4/1, HSS M2, DRG MR-PW-28-4 Rev C",
                        "10", "38.50", "385.00"]]),
            ("sp",),
            ("p", "Ship by courier by 2024-06-14. Material cert EN 10204 3.1 and hardness report required."),
            ("p", "Buyer: Jennifer Tremblay"),
        ], pagesize=LETTER, title="PO 88-4431", author="Jennifer Tremblay"), PDF_MT)])),
])

# p17 PO mail for 5 samples with the supplier quote attached (5 sample / 50 production), nothing else
_t = T("""
Hello Paolo,

Hereby our order 4500-2263: five (5) sample folder rollers, rubber covered Shore A 75, dia. 62 x 1.080 mm, according to your offer (attached again).

Delivery in 4 weeks please, DAP Mechelen. Order confirmation to me please.

Groeten,
""") + SIG_MARC
case("p17_po_mail_with_quote_pdf", ["RG001", "RG003", "RG004", "RG005"], "5-sample order with attached quote showing 50 production, nothing says not released; no event or person", [
    eml("Order_4500-2263_folder_rollers.eml", mail(
        MARC, PAOLO, "Order 4500-2263 - sample folder rollers", dt("2024-05-27 08:40"), _t,
        attachments=[("Offerta_OMB-24-131.pdf", pdf([
            ("h1", "OFFICINE MECCANICHE BASSANI S.r.l."),
            ("p", "Via dell'Industria 22, 24068 Seriate (BG) - P.IVA IT 02555110164"),
            ("h", "Offerta n. OMB-24-131 del 15/05/2024"),
            ("p", "Spett. Drukkerij Verhaegen & Zonen NV - att. sig. Marc Peeters"),
            ("table", [["Pos.", "Descrizione", "Q.ta", "Prezzo unit. EUR", "Totale EUR"],
                       ["1", "Rullo piegatore gommato Shore A 75, dia. 62 x 1.080 mm - campionatura", "5", "690,00", "3.450,00"],
                       ["2", "Rullo piegatore gommato Shore A 75, dia. 62 x 1.080 mm - produzione", "50", "512,00", "25.600,00"]]),
            ("sp",),
            ("p", "Consegna campioni: 4 settimane. Consegna produzione: 7 settimane. Resa DAP Mechelen. "
                  "Pagamento: 60 gg d.f.f.m."),
            ("p", "Distinti saluti, Paolo Rinaldi"),
        ], title="Offerta OMB-24-131", author="Paolo Rinaldi"), PDF_MT)])),
])

# p18 two-level quoted thread: "Approved, please go ahead" after a drawing revision and price change
_lvl0 = T("""
Dear Mr. Jürgen,

PO NCE-PO-24-0302 attached: fifteen (15) sample ink-fountain blades, DRG NC-IFB-1040 Rev 2.
The production balance of 585 pcs is not released. It stays on hold until Eng. Mona Fathy signs off the samples and Mr. Hany El-Sayed releases in writing.

Best regards,
Ahmed Soliman
""")
_lvl1 = T("""
Dear Mr. Soliman,

thank you for the order. Before we cut the blades: your drawing Rev 2 shows 0,25 mm thickness, our offer was for 0,20 mm. We propose Rev 3 with 0,20 mm and EUR 18,40 per piece instead of EUR 19,60. Please confirm.

Mit freundlichen Grüßen
Jürgen Hofmann

On 21.05.2024 10:02, Ahmed Soliman wrote:
""") + quote(_lvl0)
_t = T("""
Dear Mr. Jürgen,

Thanks for your kind notice. Rev 3 with 0,20 mm and the new price are OK with Eng. Mona.

Approved, please go ahead.

Best regards,
""") + SIG_AHMED + "\n\nOn Wed, 22 May 2024 at 14:31, Jürgen Hofmann <j.hofmann@kessler-druckteile.de> wrote:\n" + quote(_lvl1)
case("p18_approved_go_ahead_rev3", ["RG002"], "'Approved, please go ahead' after a drawing/price change names neither samples nor a quantity; quoted PO scope complete", [
    eml("RE_RE_PO_NCE-PO-24-0302.eml", mail(
        AHMED, JUERGEN, "RE: RE: PO NCE-PO-24-0302 ink-fountain blades - thickness", dt("2024-05-23 09:12", "+0300"), _t,
        in_reply_to="<h232-kd-0522@kessler-druckteile.de>")),
])

# p19 WeChat: hold and people named, but no sample quantity; then an unscoped green light
case("p19_wechat_green_light", ["RG002", "RG010"], "'Green light from our side, go ahead' with no scope; no quantity authorized anywhere (supplier asked 10 or 20)", [
    txt("WeChat_Hengtong_stitcher_cams.txt", """
WeChat chat history
Chat: Lily Zhang (Hengtong) - Jennifer Tremblay (Maple Ridge)
Exported: 2024-05-13 08:00

2024-05-06 21:14 Jennifer Tremblay
Hi Lily, re your quote HT-Q-2405-03 for the box stitcher head cams. We want to start with the samples first. Production stays on hold until Dave Kowalski signs off the samples on our box stitcher, then Nathalie Gagnon releases in writing.

2024-05-07 08:30 Lily Zhang
Dear Jennifer, OK understand. How many samples you need? Quote is 10 or 20pcs.

2024-05-07 20:02 Jennifer Tremblay
Let me check with Dave.

2024-05-09 19:45 Jennifer Tremblay
Green light from our side, go ahead \U0001F44D

2024-05-10 08:12 Lily Zhang
Received, thank you!
"""),
])

# p20 WhatsApp: "pls start na the sample blades", no quantity, nothing about the balance
case("p20_whatsapp_start_samples", ["RG003", "RG004", "RG005", "RG010"], "buyer asks to start sample blades with no quantity and nothing on balance, event or release person", [
    txt("WhatsApp Chat with Giulia Ferraro OMB.txt", """
12/06/2024, 16:02 - Rommel Dela Cruz: Hi Ms Giulia, good pm. Pls start na the sample blades for our 4-unit newspaper press (Unit 3) asap, PO to follow tomorrow, our accounting is on leave \U0001F64F
12/06/2024, 16:20 - Giulia Ferraro: Buongiorno Rommel, ok we start. Which thickness, 0,15 or 0,20?
12/06/2024, 16:24 - Rommel Dela Cruz: 0.20 po, same as the old ones. Thank you!
12/06/2024, 16:25 - Giulia Ferraro: Perfetto \U0001F44D
"""),
])

# p21 supplier status report: HSS strip bought for 3,000 while 60 are released
case("p21_status_report_material_3000", ["RG006"], "supplier report: material procured for 3,000 wheels in advance; 60 released", [
    pdff("SMP_weekly_status_NCE_wk23.pdf", [
        ("h1", "SRI MURUGAN PRECISION ENGINEERING WORKS, SIVAKASI"),
        ("h", "Weekly Status Report - Week 23/2024"),
        ("p", "Customer: Nile Crescent Educational Publishing S.A.E. | Kind attn: Mr. Ahmed Soliman | Date: 07.06.2024"),
        ("table", [["Item", "PO", "Released qty", "Produced", "Despatched", "Material procured", "Remarks"],
                   ["Perforating wheel 28.5 x 1.0 mm 12 TPI", "NCE-PO-24-0350", "60 (sample)", "60", "60 (05.06.2024)",
                    "HSS M2 strip for 3,000 nos. (procured 18.05.2024)", "Bulk material procured in advance to avoid price hike"],
                   ["Perforating wheel 45 mm 8 TPI", "NCE-PO-24-0351", "40 (sample)", "20", "-",
                    "for 40 nos.", "balance 20 nos. by 14.06.2024"]]),
        ("sp",),
        ("p", "Production balance 2,940 nos. (28.5 mm) awaiting your kind release. Hardness HRC 62-64 on all "
              "despatched pieces, test certificates sent by courier AWB 4471 2360 11."),
        ("p", "Thanking you, R. Senthil Kumar, Managing Partner"),
    ], title="Weekly status wk23", author="R. Senthil Kumar"),
])

# p22 supplier reads the deposit as authority and buys material for all 60 despite the quoted scope
_q = T("""
Kenji-san,

Attached the deposit confirmation (30% of quote TKS-Q-24-0602, CAD 15,570.00).

As agreed, this deposit only secures your production slot in August. It is not a production release: PO 88-4425 still covers the 6 sample rollers only. The 54 production rollers are on hold until Dave Kowalski signs off the samples and Nathalie Gagnon sends the written release.

Jennifer
""")
_t = T("""
Dear Jennifer-san,

Thank you very much for your deposit. We confirmed the receipt today.

Since the deposit is received, we have ordered SCM440 material for all 60 rollers and started rough machining, to keep the August slot. Sample rollers (6 pcs) will ship on 28 June as planned.

Best regards,
""") + SIG_KENJI + "\n\nOn Fri, 14 Jun 2024 16:20 -0400, Jennifer Tremblay wrote:\n" + quote(_q)
case("p22_deposit_read_as_start", ["RG006", "RG012"], "supplier treats the deposit as start and orders material for 60 although the quoted buyer mail limits to 6 samples", [
    eml("RE_deposit_TKS-Q-24-0602.eml", mail(KENJI, JEN, "RE: Deposit TKS-Q-24-0602 / PO 88-4425",
                                             dt("2024-06-17 10:45", "+0900"), _t,
                                             in_reply_to="<h232-mr-0614@mapleridgecartons.ca>")),
])

# p23 SAP PO printout: "Released" for the release strategy and for production
case("p23_sap_release_strategy", ["RG009"], "'released' used for the SAP release strategy (commercial) and for production release; scope otherwise complete", [
    txt("ME9F_4500002278.txt", """
SAP ERP - Bestelling afdrukken (ME9F)                           14.05.2024 15:02
Drukkerij Verhaegen & Zonen NV, Mechelen
------------------------------------------------------------------------------
Bestelling / PO          4500002278
Leverancier              700188 KESSLER DRUCKTEILE GMBH, OFFENBACH AM MAIN
Vrijgavestrategie        Z1  (Purchasing < EUR 25.000)
Vrijgave-indicator       R   RELEASED
Vrijgegeven door         J. MERTENS (FINANCE) 14.05.2024
------------------------------------------------------------------------------
Pos   Materiaal        Omschrijving                        Hoev. EH  Prijs EUR
00010 KD-IFB-1040      INK-FOUNTAIN BLADE 0,20X54X1040       10  ST      21,30
                       C75S EN 10132-4  HRC 48-52  SAMPLE
------------------------------------------------------------------------------
Koptekst:
PRODUCTION RELEASE: NOT GIVEN. This PO covers 10 sample ink-fountain blades
only. Balance 190 pcs on hold until the print trial sign-off by Sofie Claes;
then the production release is sent in writing by Luc Vandenbroucke.
------------------------------------------------------------------------------
"""),
])

# p24 "approved" three ways, unscoped go, sample approval rolled into production (multipart/alternative, quoted)
_q = T("""
Dear Marc,

6 sample gripper bars arrived your factory on 3 June, DHL signed. Please let us know trial result.

Best regards
Lily

> From: Marc Peeters
> Sent: 2024-05-06
> PO 4500-2281: 6 sample gripper bars. The 114 serial bars are on hold until Sofie Claes signs off
> the trial run, then Luc Vandenbroucke sends the written release.
""")
_t = T("""
Hi Lily,

Good news: the 6 sample gripper bars are approved by our technical dept after the trial on press 1028, so no need to wait any more.
Also the PO change for the serial bars was approved by management yesterday.

So you are approved to go, please proceed!

Regards,
""") + SIG_MARC + "\n\nOn 05-06-2024 04:10, Lily Zhang wrote:\n" + quote(_q)
case("p24_approved_to_go", ["RG002", "RG007", "RG009"], "'approved' for samples, PO change and 'approved to go'; unscoped proceed; sample approval rolled into production against the quoted written-release rule", [
    eml("RE_sample_gripper_bars_arrived.eml", mail(
        MARC, LILY, "RE: 6 sample gripper bars arrived", dt("2024-06-18 15:05"), _t, html=html_from_text(_t),
        in_reply_to="<h232-ht-0605@hengtong-pmp.com.cn>")),
])

# p25 release letter with no quantity, signed by the Procurement Department
case("p25_release_letter_no_qty", ["RG005", "RG010"], "releases 'the first production lot' without a quantity; further releases by 'Procurement Department', no named person", [
    docxf("NCE-REL-24-007.docx", [
        ("h1", "PRODUCTION RELEASE"),
        ("table", [["Ref.", "NCE/REL/24/007"],
                   ["Date", "18 June 2024"],
                   ["To", "Officine Meccaniche Bassani S.r.l., Seriate (BG)"],
                   ["Subject", "Ink-fountain blades PN OMB-IFB-0820, PO NCE-PO-24-0331"]]),
        ("p", "Dear Sirs,"),
        ("p", "Following the sample sign-off SO-24-019 (Eng. Mona Fathy, 12.06.2024), we hereby release the first "
              "production lot of ink-fountain blades according to your offer OMB-24-140."),
        ("p", "The remaining quantity stays on hold until the next written release."),
        ("p", "Any further release will be issued by Nile Crescent Procurement Department."),
        ("p", "Yours faithfully,"),
        ("p", "Procurement Department, Nile Crescent Educational Publishing S.A.E."),
    ], author="Procurement"),
])

# p26 buyer portal: "Released" for the PO workflow and for production; sample line quantity "per quote"
case("p26_portal_released_no_qty", ["RG009", "RG010"], "portal uses 'released' for PO approval workflow and production; sample line has no quantity ('per quote')", [
    htmlf("MRFC_portal_PO_88-4440.html", "Maple Ridge Supplier Portal - PO 88-4440", """
<h2>Maple Ridge Folding Cartons &ndash; Supplier Portal</h2>
<h3>PO 88-4440 &ndash; Sri Murugan Precision Engineering Works</h3>
<table>
<tr><th>PO status</th><td><b>RELEASED</b> (approved by Finance 2024-05-28, approval level 2)</td></tr>
<tr><th>Production status</th><td>Partially released &ndash; sample lot released, production lot pending</td></tr>
<tr><th>Buyer</th><td>Jennifer Tremblay</td></tr>
</table>
<br>
<table>
<tr><th>Line</th><th>Description</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Perforating wheel 6 TPI, &Oslash;50 x 1.0, HSS M2, DRG MR-PW-50-6 Rev B</td><td>Sample</td><td>per quote SMP/Q/24-150</td><td>Released</td></tr>
</table>
<p class="note">The production lot stays on hold until Dave Kowalski signs off the samples; Nathalie Gagnon then
issues the written production release.</p>
"""),
])

# p27 EDI ORDERS print: balance not released, but no event and no person
case("p27_edi_balance_not_released", ["RG004", "RG005"], "EDI order: 30 samples, BALANCE 270 NOT RELEASED, no unlock event and no release person", [
    txt("ORDERS_BDMG-PO-2024-0630.txt", """
BDMG EDI GATEWAY - OUTBOUND ORDERS D.96A - TRANSLATED PRINT - 2024-06-14 07:12 PHT
--------------------------------------------------------------------------------
UNB+UNOA:2+BDMG:ZZ+OMBASSANI:ZZ+240614:0712+000000631'
UNH+1+ORDERS:D:96A:UN'
BGM+220+BDMG-PO-2024-0630+9'                         ORDER
DTM+137:20240614:102'
NAD+BY+BDMG::92++BAYANIHAN DAILY MEDIA GROUP INC'
NAD+SU+OMB::92++OFFICINE MECCANICHE BASSANI SRL'
LIN+1++OMB-FR-0640:SA'                               FOLDER NIP ROLLER D64 X 1.280
IMD+F++:::RUBBER COVERED SHORE A 70, BORE 25 H7'
QTY+21:30:PCE'                                       ORDERED 30 PCE
PRI+AAA:418.00'                                      EUR
FTX+AAI+++SAMPLE LOT 30 PCS ONLY'
FTX+AAI+++BALANCE 270 PCS NOT RELEASED'
FTX+PUR+++CERT EN 10204 3.1, RUNOUT 0.03 MAX'
FTX+DEL+++CIF MANILA, ETA BEFORE 2024-08-15'
UNS+S'
CNT+2:1'
UNT+16+1'
UNZ+1+000000631'
--------------------------------------------------------------------------------
"""),
])

# p28 buyer reply: forecast to be taken as commitment; the rest "on hold" without event or person
_q = T("""
Dear Rommel,

For planning, could you share your forecast for the stitching cams H2 2024? Our machine load is getting full from September.

Best regards
Lily Zhang
""")
_t = T("""
Hi Ms. Lily,

Our forecast for H2 2024 is 600 pcs cams (100 pcs/month). Pls take this as our commitment, you can plan your capacity on it.

For now only the 40 pcs under PO BDMG-PO-2024-0640 are released, the rest is on hold pa.

Thanks and God bless,
""") + SIG_ROMMEL + "\n\nOn Mon, Jun 24, 2024 at 9:10 AM Lily Zhang <lily.zhang@hengtong-pmp.com.cn> wrote:\n" + quote(_q)
case("p28_forecast_as_commitment", ["RG004", "RG005", "RG008"], "forecast 600 'take this as our commitment'; 40 released, rest on hold with no event and no release person", [
    eml("RE_forecast_stitching_cams_H2.eml", mail(
        ROMMEL, LILY, "RE: Forecast stitching cams H2 2024", dt("2024-06-24 14:22", "+0800"), _t,
        in_reply_to="<h232-ht-0624@hengtong-pmp.com.cn>")),
])

# p29 buyer portal: project quantity beside the sample line; release authority named, nothing else
case("p29_portal_project_qty", ["RG001", "RG003", "RG004"], "8 samples with project quantity 160 shown unmarked; release authority named but no hold and no event", [
    htmlf("NCE_eProcurement_PO_NCE-PO-24-0355.html", "Nile Crescent e-Procurement - NCE-PO-24-0355", """
<h2>Nile Crescent Educational Publishing &ndash; e-Procurement</h2>
<h3>Purchase Order NCE-PO-24-0355</h3>
<table>
<tr><th>Supplier</th><td>Kessler Druckteile GmbH, Offenbach am Main</td></tr>
<tr><th>Buyer</th><td>Ahmed Soliman</td></tr>
<tr><th>Date</th><td>2024-06-04</td></tr>
</table>
<br>
<table>
<tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Unit EUR</th><th>Amount EUR</th></tr>
<tr><td>1</td><td>Gripper bar assy 74 format, 18 grippers, DRG NC-4405 Rev 7</td><td>Sample</td><td>8</td><td>398,00</td><td>3.184,00</td></tr>
</table>
<div class="note">
<p>Project quantity (quotation KD-24-0950): 160 pcs.</p>
<p>Release authority for this project: Mr. Hany El-Sayed, General Manager.</p>
</div>
<p>Delivery of samples: 5 weeks, DAP 6th of October City.</p>
"""),
])

# p30 WeChat: PO for 8 samples, quote production 1,500 quoted by the buyer, nothing else
case("p30_wechat_quote_1500", ["RG001", "RG003", "RG004", "RG005"], "buyer names 8 sample cams and the quote's 1,500 production in one message; no hold, event or person", [
    txt("WeChat_Jennifer_Tremblay.txt", """
WeChat chat history
Chat: Jennifer Tremblay (Maple Ridge) - Lily Zhang (Hengtong)
Exported: 2024-06-05 07:30

2024-06-03 19:22 Jennifer Tremblay
Hi Lily, PO 88-4447 sent this morning for 8 sample cams. Your quote HT-Q-2406-11 has 1,500 pcs for production.

2024-06-04 08:05 Lily Zhang
Received with thanks Jennifer! 8pcs samples we deliver in 3 weeks by DHL \U0001F4E6

2024-06-04 08:40 Jennifer Tremblay
Perfect thx
"""),
])

# p31 PO mail for 25 samples that states the 2,500 project quantity; release authority named (multipart/alternative)
_t = T("""
Dear Mr. Senthil,

Good day.

Our PO NCE-PO-24-0371 is issued for the sample lot: twenty-five (25) pcs perforating wheels dia. 28.5 mm, 12 TPI.

The project quantity is 2,500 pcs as per your quotation SMP/Q/24-160. Mr. Hany El-Sayed (General Manager) is the release authority for this project.

Kindly send the proforma invoice for the sample lot.

Best regards,
""") + SIG_AHMED
case("p31_po_mail_project_qty", ["RG001", "RG003", "RG004"], "25 samples next to project quantity 2,500 with nothing saying not released; person named, no event", [
    eml("PO_NCE-PO-24-0371.eml", mail(AHMED, SENTHIL, "PO NCE-PO-24-0371 - perforating wheels sample lot",
                                      dt("2024-06-06 11:30", "+0300"), _t, html=html_from_text(_t))),
])

# p32 PO PDF for 6 samples with the quote reference table (6 / 60), nothing about the balance
case("p32_po_pdf_quote_table", ["RG001", "RG003", "RG004", "RG005"], "PO for 6 sample bars lists quote 'production lot 60 pcs'; no hold, no event, no person", [
    pdff("BDMG-PO-2024-0655.pdf", [
        ("h1", "BAYANIHAN DAILY MEDIA GROUP, INC. - Commercial Printing Division"),
        ("h", "PURCHASE ORDER BDMG-PO-2024-0655"),
        ("table", [["Supplier", "Kessler Druckteile GmbH, Offenbach am Main, Germany"],
                   ["Date", "12 June 2024"],
                   ["Delivery", "CIP Manila, 6 weeks"],
                   ["Payment", "30% downpayment, 70% before shipment"]]),
        ("sp",),
        ("table", [["Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
                   ["10", "Gripper bar assy 52 format, sheet-fed 4-colour press, DRG KD-5200 Rev 4", "6", "356,00", "2.136,00"]]),
        ("sp",),
        ("p", "Reference: supplier quotation KD-24-1003"),
        ("table", [["Quotation line", "Qty", "Unit EUR"],
                   ["Sample lot", "6 pcs", "356,00"],
                   ["Production lot", "60 pcs", "248,00"]]),
        ("sp",),
        ("p", "Please send order acknowledgement within 3 working days. Salamat po."),
        ("p", "Rommel Dela Cruz, Purchasing Officer"),
    ], title="BDMG-PO-2024-0655", author="Rommel Dela Cruz"),
])

# p33 WhatsApp: deposit sent, "so green light, go ahead!"
case("p33_whatsapp_deposit_green_light", ["RG002", "RG012"], "after a complete scope, buyer writes deposit sent 'so green light, go ahead!' (unscoped, payment as release)", [
    txt("WhatsApp Chat with R Senthil Kumar.txt", """
[13/05/2024, 09:02:11] Marc Peeters: Morning Senthil. PO 4500-2270 is out: 40 sample perforating wheels for the folding machines. Balance 760 on hold until Sofie Claes signs off the folding trial, Luc Vandenbroucke will release in writing.
[13/05/2024, 09:20:45] R. Senthil Kumar: Good morning sir, received PO with thanks. Proforma for deposit will send today.
[20/05/2024, 10:14:22] Marc Peeters: Deposit for the perforating wheels is sent today, 30% as per your PI. So green light, go ahead!
[20/05/2024, 10:31:05] R. Senthil Kumar: Thank you sir, received the swift copy. We will start immediately \U0001F64F
[20/05/2024, 10:32:40] Marc Peeters: \U0001F44D
"""),
])

# p34 minutes: complete scope, then an unscoped "green light, Bassani to go ahead" on a knurl change
case("p34_minutes_green_light_knurl", ["RG002"], "minutes with complete scope; decision 'green light, Bassani to go ahead' on the knurl change names no quantity or sample scope", [
    docxf("Minutes_MapleRidge_Bassani_2024-05-15.docx", [
        ("h1", "Video call Maple Ridge / Bassani - minutes"),
        ("p", "2024-05-15, Teams. Maple Ridge: Jennifer Tremblay, Dave Kowalski. Bassani: Giulia Ferraro, Paolo Rinaldi."),
        ("h", "1. Scope of PO 88-4451"),
        ("p", "Six (6) sample knurled folder rollers only. The production balance of 54 rollers is not released; it "
              "stays on hold until Dave Kowalski signs off the samples on folder-gluer FG-3, after which Nathalie "
              "Gagnon sends a written production release. Material: Bassani buys tube and bar for the 6 samples only."),
        ("h", "2. Knurl pattern"),
        ("p", "Bassani proposes 0,8 mm diamond knurl instead of 1,0 mm straight knurl (DRG MR-FR-780 Rev D to Rev E). "
              "Dave: fine by him, better grip on coated board."),
        ("p", "Decision: green light, Bassani to go ahead."),
        ("h", "3. Next call"),
        ("p", "2024-05-29, same time."),
    ], author="Jennifer Tremblay"),
])

# p35 Teams: the buyer waives his own written-release rule if the trial passes
case("p35_teams_skip_written_release", ["RG007"], "buyer: if the blades pass the trial 'just continue with the 190, no need to wait for the paper from Luc'", [
    txt("Teams_PO_4500-2285_ink_blades.txt", """
Microsoft Teams - chat export
Chat: Verhaegen / Kessler - Farbkastenmesser PO 4500-2285
Participants: Marc Peeters, Katrin Wolff

[03-06-2024 09:02] Marc Peeters
Katrin, reminder of the scope on PO 4500-2285: 10 trial ink-fountain blades only. The 190 others are on hold until Sofie signs off the print trial and Luc Vandenbroucke gives the written release.

[05-06-2024 15:47] Katrin Wolff
Hallo Marc, trial blades are shipped today, arrive Friday.

[06-06-2024 11:20] Marc Peeters
Thanks. Trial is planned Thursday next week on 1028. If the blades pass the trial, just continue with the 190, no need to wait for the paper from Luc, he is on holiday anyway \U0001F609

[06-06-2024 11:25] Katrin Wolff
OK, verstanden. We prepare everything.
"""),
])

# p36 WhatsApp: supplier starts the full balance because samples approved and advance received
case("p36_whatsapp_approved_and_advance", ["RG007", "RG012"], "supplier: samples approved and 30% advance received, so starting full 1,920 from Monday", [
    txt("WhatsApp Chat with K Balamurugan SMP.txt", """
[14/06/2024, 11:02:10] Rommel Dela Cruz: Good day sir, PO BDMG-PO-2024-0662 for 80 sample perf wheels. Balance 1,920 on hold until Engr. Maricel signs off the samples and Sir Jun Reyes releases in writing.
[14/06/2024, 11:15:42] K. Balamurugan: Noted sir, thank you for the valued order \U0001F64F
[28/06/2024, 15:40:01] K. Balamurugan: Sir, good news, your Engr. Maricel madam mailed samples are approved. Also 30% advance received today. So we are starting full 1,920 nos. production from Monday sir \U0001F64F
[28/06/2024, 15:55:12] Rommel Dela Cruz: Sir pls wait, will confirm with Sir Jun first.
"""),
])

# p37 supplier takes the forecast as a confirmed order and buys strip for 3.000 (mail saved as text)
case("p37_forecast_taken_as_order", ["RG006", "RG008"], "supplier takes labelled 2025 forecast of 3.000 as confirmed order and buys strip for 3.000 vs 30 samples", [
    txt("Hengtong_reply_forecast_2025.txt", """
From: Lily Zhang <lily.zhang@hengtong-pmp.com.cn>
Sent: Thursday, October 24, 2024 10:16
To: Marc Peeters <marc.peeters@verhaegen-druk.be>
Subject: RE: forecast 2025 ink fountain blades

Dear Marc,

Thank you for sharing 2025 forecast 3.000 pcs ink fountain blades. We take it as your confirmed order for 2025, and already bought SK85 strip steel for 3.000 pcs to lock the price.

At the moment we produce only the 30pcs samples of PO 4500-2290, rest waiting your release.

Best regards
Lily Zhang
Sales Manager | Shanghai Hengtong Printing Machinery Parts Co., Ltd.

-----Original Message-----
From: Marc Peeters
Sent: Tuesday, October 22, 2024 17:40
Subject: forecast 2025 ink fountain blades

> Lily,
> for your planning only: 2025 forecast approx. 3.000 blades (0,20 x 54 x 1040).
> This is a forecast, not an order. PO 4500-2290 covers 30 samples; everything
> else on hold until Sofie Claes signs off the samples and Luc Vandenbroucke
> releases in writing.
> Marc
"""),
])

# p38 X12 830 planning schedule titled forecast but "ALL WEEKS ARE FIRM"
case("p38_edi830_all_weeks_firm", ["RG008"], "830 planning forecast declared 'ALL WEEKS ARE FIRM ... produce and ship to this forecast'", [
    txt("X12_830_MR-830-2024-22.txt", """
MAPLE RIDGE FOLDING CARTONS - EDI X12 830 PLANNING SCHEDULE - TRANSLATED PRINT
Trading partner: KESSLER DRUCKTEILE GMBH (ID KESSLERDE)   Control 000002231
------------------------------------------------------------------------------
BFR*05*MR-830-2024-22**DL*A*20240610*20241125*20240531~
N1*BT*MAPLE RIDGE FOLDING CARTONS INC*92*MRFC~
N1*SU*KESSLER DRUCKTEILE GMBH*92*KD188~
LIN**BP*KD-IFB-0740*VP*IFB-0740-020~
UIT*EA~
PID*F****INK-FOUNTAIN BLADE 0,20X54X740 C75S~
FST*40*C*W*20240610~
FST*40*C*W*20240624~
FST*60*C*W*20240708~
FST*60*C*W*20240722~
FST*60*C*W*20240805~
FST*40*C*W*20240819~
FST*40*C*W*20240902~
FST*40*C*W*20240916~
CTT*1*380~
SE*17*0001~
------------------------------------------------------------------------------
SCHEDULE TYPE: PLANNING FORECAST (BFR01=05)   HORIZON 2024-06-10 .. 2024-11-25
TOTAL FORECAST QTY: 380 EA
MESSAGE FROM BUYER (J.TREMBLAY):
  ALL WEEKS ARE FIRM. SUPPLIER TO PRODUCE AND SHIP TO THIS PLANNING FORECAST.
  NO SEPARATE RELEASE WILL BE SENT.
------------------------------------------------------------------------------
"""),
])

# p39 buyer: "take this forecast as our firm order for 900"; attached table totals 850 (DOCX attachment)
_t = T("""
Dear Ms. Lily,

Good day. Attached our forecast for the new school year printing season 2024/2025.

Kindly take this forecast as our firm order for 900 pcs gripper bars (PN HT-GB-1020, DRG NC-4402 Rev 5) and prepare the production accordingly, delivery in 3 lots as per the attached table.

Best regards,
""") + SIG_AHMED
case("p39_forecast_firm_order_900_850", ["RG008", "RG011"], "forecast taken as firm order 'for 900 pcs'; attached table totals 850", [
    eml("Order_gripper_bars_school_year_2024-2025.eml", mail(
        AHMED, LILY, "Order 900 gripper bars - school year 2024/2025", dt("2024-07-02 10:20", "+0300"), _t,
        attachments=[("NCE_forecast_2024-2025_gripper_bars.docx", docx_bytes([
            ("h1", "Forecast school year 2024/2025 - gripper bars"),
            ("p", "Nile Crescent Educational Publishing S.A.E. - Procurement"),
            ("table", [["Lot", "Delivery", "Quantity (pcs)"],
                       ["1", "August 2024", "300"],
                       ["2", "October 2024", "300"],
                       ["3", "December 2024", "250"],
                       ["Total", "", "850"]]),
            ("p", "Part: HT-GB-1020, DRG NC-4402 Rev 5, 42CrMo4, 18 grippers."),
        ], author="Ahmed Soliman"), DOCX_MT)])),
])

# p40 PO PDF: "approved" for the PO workflow, the samples and production
case("p40_po_approval_block", ["RG009"], "'approved' for the PO sign-off block, the sample approval and production of line 2; scope otherwise complete", [
    pdff("PO_88-4468_stitching_cams.pdf", [
        ("h1", "PURCHASE ORDER 88-4468"),
        ("table", [["Buyer", "Maple Ridge Folding Cartons Inc., Mississauga ON"],
                   ["Supplier", "Officine Meccaniche Bassani S.r.l., Seriate (BG)"],
                   ["Date", "2024-05-22"],
                   ["Terms", "Net 60, DAP Mississauga, EUR"]]),
        ("sp",),
        ("table", [["Line", "Description", "Scope", "Qty", "Unit EUR", "Status"],
                   ["1", "Stitching head cam (driver), 16MnCr5 HRC 58-62, DRG MR-SC-52 Rev A", "Sample", "12", "58,00", "Active"],
                   ["2", "Same", "Production", "228", "36,40", "Not released"]]),
        ("sp",),
        ("p", "Line 2 is commercial cover only. Production of line 2 is not approved: it needs the sample approval "
              "by Dave Kowalski and a written production release from Nathalie Gagnon."),
        ("h", "Approval"),
        ("table", [["Step", "Name", "Date"],
                   ["Approved - Buyer", "Jennifer Tremblay", "2024-05-21"],
                   ["Approved - Director of Operations (limit CAD 25,000)", "Nathalie Gagnon", "2024-05-22"]]),
    ], pagesize=LETTER, title="PO 88-4468", author="Jennifer Tremblay"),
])

# p41 supplier mail: "approval" for samples, PO revision and mass production (HTML attachment)
_t = T("""
Dear Engr. Santos,

Good day. We send the inspection summary of the 5 sample folder rollers (attached HTML).

We kindly request your approval of the samples. After your approval, and after your purchasing department approval of the PO revision, please give us the approval for mass production of 95 pcs.

Best regards,
""") + sig("Yuki Ishida", "Quality Assurance", TAKAHARA, "+81 6 6555 0350")
case("p41_supplier_asks_approvals", ["RG009"], "supplier uses 'approval' for sample (technical), PO revision (commercial) and mass production", [
    eml("Inspection_summary_sample_folder_rollers.eml", mail(
        YUKI, "Engr. Maricel Santos <msantos@bayanihandaily.com.ph>", "Inspection summary - 5 sample folder rollers",
        dt("2024-06-26 17:05", "+0900"), _t, cc=ROMMEL,
        attachments=[("inspection_summary_TS-FR-0640.html", html_page("Inspection summary TS-FR-0640", """
<h3>Inspection summary &ndash; folder nip roller TS-FR-0640 (5 samples)</h3>
<table>
<tr><th>S/N</th><th>&Oslash; 64 h6</th><th>Runout (max 0.03)</th><th>Shore A 70 &plusmn;3</th><th>Result</th></tr>
<tr><td>001</td><td>63.988</td><td>0.012</td><td>71</td><td>OK</td></tr>
<tr><td>002</td><td>63.985</td><td>0.015</td><td>70</td><td>OK</td></tr>
<tr><td>003</td><td>63.990</td><td>0.010</td><td>69</td><td>OK</td></tr>
<tr><td>004</td><td>63.987</td><td>0.018</td><td>72</td><td>OK</td></tr>
<tr><td>005</td><td>63.989</td><td>0.011</td><td>70</td><td>OK</td></tr>
</table>
<p>Inspector: Y. Ishida, 2024-06-25. Material cert EN 10204 3.1 attached separately.</p>
"""), "text/html")])),
])

# p42 downpayment transferred, "so pls start na the sample cams"; no sample quantity (bank advice attached)
_t = T("""
Hi Ms. Lily,

Good day! Downpayment for the cams is already transferred today, pls see attached bank advice.

So pls start na the sample cams asap.

Balance stays on hold until Engr. Maricel Santos signs off the samples and Mr. Jose Antonio Reyes releases in writing.

Thanks po,
""") + SIG_ROMMEL
_adv = T("""
PACIFIC ARCHIPELAGO BANK - OUTWARD REMITTANCE ADVICE
Value date      : 2024-07-08
Our reference   : PAB-OR-2407-08812
Ordering party  : BAYANIHAN DAILY MEDIA GROUP INC, QUEZON CITY
Beneficiary     : SHANGHAI HENGTONG PRINTING MACHINERY PARTS CO LTD
Beneficiary bank: BANK OF SHANGHAI, JIADING SUB-BRANCH
Amount          : USD 1,240.00
Charges         : SHA
Details         : DOWNPAYMENT PO BDMG-PO-2024-0671 STITCHING CAMS
""")
case("p42_downpayment_start_samples", ["RG010", "RG012"], "downpayment transferred 'so pls start' the sample cams; no sample quantity stated anywhere", [
    eml("Downpayment_stitching_cams.eml", mail(
        ROMMEL, LILY, "Downpayment - stitching cams", dt("2024-07-08 15:30", "+0800"), _t,
        attachments=[("PAB_remittance_advice_0708.txt", _adv, "text/plain")])),
])

# p43 release letter: "three hundred (350)"
case("p43_release_words_vs_digits", ["RG011"], "written release of 'three hundred (350)' blades: words and digits disagree", [
    docxf("VH-REL-2024-014.docx", [
        ("h1", "PRODUCTION RELEASE VH-REL-2024-014"),
        ("table", [["To", "Officine Meccaniche Bassani S.r.l., Seriate (BG)"],
                   ["Order", "Ink-fountain blades 0,20 x 54 x 1040 mm, PN OMB-IFB-1040, PO 4500-2296"],
                   ["Date", "14.06.2024"]]),
        ("p", "Following the written sample sign-off by Sofie Claes on 10 June 2024 (print trial on press 1028), "
              "I release three hundred (350) ink-fountain blades for production."),
        ("p", "The remaining 250 blades of the quoted 600 stay on hold until my next written release."),
        ("p", "Material authority: up to the released quantity."),
        ("p", "Luc Vandenbroucke, Plant Manager, Drukkerij Verhaegen & Zonen NV"),
    ], author="Luc Vandenbroucke"),
])

# p44 cover mail names PO 88-4462; the attached PO PDF is numbered 88-4426
_t = T("""
Hello Jürgen,

Attached our PO 88-4462 for the 10 sample gripper bars for die-cutter DC-3.

The production balance of 110 bars is not released. It stays on hold until Dave Kowalski signs off the samples and Nathalie Gagnon sends the written release. Please buy material for the 10 samples only.

Thanks,
""") + SIG_JEN
case("p44_po_number_mismatch", ["RG011"], "cover mail says PO 88-4462, attached PO document is numbered 88-4426 for the same order", [
    eml("PO_die-cutter_gripper_bars_DC-3.eml", mail(
        JEN, JUERGEN, "PO 88-4462 - sample gripper bars DC-3", dt("2024-06-11 13:05", "-0400"), _t,
        attachments=[("PO_88-4426.pdf", pdf([
            ("h1", "PURCHASE ORDER 88-4426"),
            ("table", [["Buyer", "Maple Ridge Folding Cartons Inc., Mississauga ON"],
                       ["Vendor", "Kessler Druckteile GmbH, Offenbach am Main"],
                       ["Date", "2024-06-11"],
                       ["Terms", "Net 60, DAP Mississauga, EUR"]]),
            ("sp",),
            ("table", [["Line", "Description", "Scope", "Qty", "Unit EUR", "Ext EUR"],
                       ["1", "Gripper bar, platen die-cutter DC-3, 1060 mm, DRG MR-GB-1060 Rev 3", "Sample", "10", "344,00", "3.440,00"]]),
            ("sp",),
            ("p", "Sample lot of 10 only. Balance of 110 bars not released: on hold until sample sign-off by Dave "
                  "Kowalski and written release by Nathalie Gagnon. Material authority: 10 samples."),
            ("p", "Buyer: Jennifer Tremblay"),
        ], pagesize=LETTER, title="PO 88-4426", author="Jennifer Tremblay"), PDF_MT)])),
])

# p45 supplier cites a release of 250 and bought tube for 250; the quoted release says two hundred (200)
case("p45_supplier_cites_250", ["RG006", "RG011"], "supplier cites release of 250 and bought tube for 250; quoted buyer release says two hundred (200)", [
    txt("Bassani_RE_release_NCE-REL-24-009.txt", """
From:    Paolo Rinaldi <p.rinaldi@ombassani.it>
To:      Ahmed Soliman <a.soliman@nilecrescent-edu.com.eg>
Date:    Mon, 1 Jul 2024 12:14:03 +0200
Subject: R: Production release NCE/REL/24/009 - folder rollers

Dear Mr. Ahmed,

as per your release NCE/REL/24/009 of 250 rollers we have started the production, first 100 pcs will be ready end of July. We have bought the steel tube for the 250 rollers.

Cordiali saluti / best regards
Paolo Rinaldi
Responsabile produzione - Officine Meccaniche Bassani S.r.l.

----- Messaggio originale -----
Da: Ahmed Soliman
Inviato: 27/06/2024 14:40
Oggetto: Production release NCE/REL/24/009 - folder rollers

> Dear Mr. Paolo,
> Following the sample sign-off by Eng. Mona Fathy, we hereby release two hundred (200)
> folder rollers (dia. 62 x 1.080, Shore A 75) for production, PO NCE-PO-24-0377 Rev 1.
> The remaining 100 stay on hold until the next written release by Mr. Hany El-Sayed,
> General Manager.
> Best regards, Ahmed Soliman
"""),
])


# ==================================================================== WRITE
def _safe(stem):
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")


def main():
    assert len(CASES) == 70, len(CASES)
    assert len({c["name"] for c in CASES}) == 70
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(232232).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h232_{i:02d}_{_safe(Path(c['files'][0][0]).stem)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
