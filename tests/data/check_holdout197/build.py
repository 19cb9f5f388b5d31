#!/usr/bin/env python3
"""Generator for the releasegate check_holdout197 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout197/build.py

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
    m["Message-ID"] = msgid or f"<h197-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h197")
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



# ------------------------------------------------------------ local helpers
import email.utils as _eu  # noqa: E402


def dt(y, mo, d, h=9, mi=0, off=2):
    """RFC 5322 date with a fixed offset (hours)."""
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return _eu.format_datetime(_dt.datetime(y, mo, d, h, mi, tzinfo=tz))


def q(text, level=1):
    """Quote text the way mail clients do ('> ' per level)."""
    pre = ">" * level
    return "\n".join(f"{pre} {ln}" if ln else pre for ln in text.strip("\n").splitlines())


def t(s):
    """Trim the leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


def h(s):
    """Simple text -> HTML paragraphs for multipart/alternative bodies."""
    paras = [p for p in s.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(ln.startswith("- ") for ln in lines):
            out.append("<ul>" + "".join(f"<li>{escape(ln[2:])}</li>" for ln in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(escape(ln) for ln in lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "\n".join(out) + "</body></html>\n")


# people and companies (all fictional)
LN = "Legeværk Nord A/S"
LN_METTE = "Mette Kjærgaard <mette.kjaergaard@legevaerk-nord.dk>"
LN_SOREN = "Søren Holm <soren.holm@legevaerk-nord.dk>"
LN_ANDERS = "Anders Riis <anders.riis@legevaerk-nord.dk>"
PR = "City of Pine Ridge, Parks & Recreation Department"
PR_DANA = "Dana Whitfield <dwhitfield@pineridgeco.gov>"
PR_RACHEL = "Rachel Ortiz <rortiz@pineridgeco.gov>"
PR_GREG = "Greg Tolliver <gtolliver@pineridgeco.gov>"
AW = "Al Wahat Landscape Contracting LLC"
AW_RAJESH = "Rajesh Menon <rajesh.menon@alwahat-landscape.ae>"
AW_FAISAL = "Faisal Al Marzouqi <faisal.m@alwahat-landscape.ae>"
AW_OMAR = "Omar Haddad <omar.haddad@alwahat-landscape.ae>"
KB = "Kāhu Bay District Council"
KB_HAMISH = "Hamish McLeod <hamish.mcleod@kahubay.govt.nz>"
KB_AROHA = "Aroha Ngata <aroha.ngata@kahubay.govt.nz>"
ML = "UAB Metalo Linija"
ML_TOMAS = "Tomas Jankauskas <tomas.j@metalolinija.lt>"
ML_RASA = "Rasa Petraitienė <rasa.p@metalolinija.lt>"
RL = "Rotomoldes do Lis, Lda."
RL_JOAO = "João Ferreira <joao.ferreira@rotomoldesdolis.pt>"
HY = "Ningbo Haoyun Hardware Co., Ltd."
HY_LILY = "Lily Chen <lily.chen@haoyun-hardware.cn>"
SK = "Sai Krishna Rubber Products Pvt. Ltd."
SK_PRAKASH = "Prakash Iyer <prakash.iyer@saikrishnarubber.in>"
KH = "Kovo Hrádek s.r.o."
KH_PETR = "Petr Novák <novak@kovohradek.cz>"



# =================================================================== CLEAN

# c01: supplier quote with sample and production tiers, production tiers marked price info only
case("c01_quote_tiers_chutes", [],
     "Supplier quote alone: sample and two production tiers, no authorized quantity; tiers marked price information / forecast (conv. 1, 4).",
     [("RL-Q-24-118.pdf", pdf([
         ("h1", "ROTOMOLDES DO LIS, LDA."),
         ("p", "Zona Industrial da Cova das Faias, Lote 27 · 2415-017 Leiria · Portugal · NIF PT 509 118 224"),
         ("h", "QUOTATION / ORÇAMENTO  No. RL-Q-24-118"),
         ("table", [["To", "Legeværk Nord A/S, Vejle (DK), att. Mrs. Mette Kjærgaard"],
                    ["Date", "12/03/2024"],
                    ["Your ref.", "RFQ LN-24-031, drawing 2210 rev C"],
                    ["Item", "Straight slide chute SC-1500, LLDPE rotomoulded, wall 8 mm, green RAL 6018, UV stabilised"]]),
         ("sp",),
         ("table", [["Stage", "Quantity", "Unit price", "Lead time"],
                    ["Samples (T1, from series mould)", "6 pcs", "EUR 212,00", "5 weeks after mould OK"],
                    ["Production tier A", "600 pcs", "EUR 148,50", "8 weeks after your production release"],
                    ["Production tier B", "1.200 pcs", "EUR 139,90", "10 weeks after your production release"],
                    ["Rotational mould, cast aluminium (one-off)", "1", "EUR 22.400,00", "9 weeks"]]),
         ("sp",),
         ("p", "Notes:"),
         ("p", "1. The production tiers are price information only, based on your forecast (not firm). "
               "No production quantity is ordered with this quotation."),
         ("p", "2. We start production only against your written production release stating the quantity. "
               "Samples are made against your purchase order."),
         ("p", "3. Prices EXW Leiria (Incoterms 2020), packing on pallets 1200x800 mm included. Validity 60 days."),
         ("p", "4. Mould payment: 50% with the mould order, 50% at T1 samples. The mould stays property of the customer."),
         ("p", "5. Tests according EN 1176-1:2017 and EN 1176-3:2017; TÜV certificate on request (EUR 1.150,00)."),
         ("sp",),
         ("p", "Com os melhores cumprimentos / Best regards,"),
         ("p", "João Ferreira, Departamento Comercial, +351 244 830 118"),
     ], title="Orçamento RL-Q-24-118", author="Rotomoldes do Lis"))])

# c02: buyer RFQ with three quantity scenarios
case("c02_rfq_three_scenarios", [],
     "Buyer RFQ with three quantity scenarios, explicitly not an order and no authorization; nothing authorized (conv. 1).",
     [("RFQ_2024-031.docx", docx_bytes([
         ("h1", "REQUEST FOR QUOTATION: RFQ 2024-031"),
         ("p", "City of Pine Ridge, Colorado. Parks & Recreation Department, Purchasing Division, "
               "410 Aspen Avenue, Pine Ridge, CO 81199"),
         ("p", "Issue date: March 4, 2024.  Responses due: March 22, 2024, 2:00 p.m. Mountain Time."),
         ("p", "To: Kovo Hrádek s.r.o., Hradec Králové, Czech Republic (Attn: Mr. Petr Novák)"),
         ("h", "Item"),
         ("p", "Cast aluminum bench end frames, model BF-1800 (one pair = left + right end), per City drawing "
               "PR-BF-07 Rev 3. Finish: polyester powder coat, Black, 2.5 to 3.5 mil. Corrosion: ASTM B117, "
               "1,000 hours, no blistering. Anchor holes for 1/2\"-13 UNC wedge anchors."),
         ("h", "Quantities to be quoted"),
         ("table", [["Scenario", "Quantity", "Notes"],
                    ["A", "4 pairs", "samples / first article"],
                    ["B", "60 pairs", "2024 program, if funded"],
                    ["C", "150 pairs", "2024-2026 program, if funded"]]),
         ("p", "Please quote unit price, tooling (if any), lead time and freight DDP Pine Ridge, CO, for each scenario."),
         ("h", "Please note"),
         ("li", "This RFQ is not an order. It does not authorize any work, tooling or material purchase."),
         ("li", "Scenarios B and C depend on City Council budget appropriation and may never be ordered."),
         ("li", "Questions in writing only, to Dana Whitfield, Procurement Officer, dwhitfield@pineridgeco.gov, by March 15."),
         ("sp",),
         ("p", "Thank you for your interest in doing business with the City of Pine Ridge."),
         ("p", "Dana Whitfield, CPPB, Procurement Officer"),
     ], author="Dana Whitfield"))])

# c03: supplier's go-ahead question under a complete quoted buyer scope
_c03_orig = t("""
Dear Lily,

Please find our PO AW-PO-24-0412 in the attachment of my previous mail.

Scope, please read carefully:
- PO covers ten (10) sample swing hangers SH-12 (AISI 316, M12x1.75) only.
- The balance of 1,490 pcs from your quotation HY-Q-2403 is NOT released and stays on hold.
- Release of the balance needs sample sign-off by our QA/QC Engineer Mr. Sameer Qureshi, and
  after that a written release signed by Mr. Omar Haddad, Projects Director.
- Material: buy only for the 10 samples.

Make the 10 samples now, nothing more.

Best Regards,
Rajesh Menon
Senior Buyer, Al Wahat Landscape Contracting LLC
""")
case("c03_supplier_asks_goahead", [],
     "Supplier asks 'may we have the go-ahead for the balance 1,490?' (a question, conv. 8) under a complete quoted buyer scope.",
     [("RE_AW-PO-24-0412_samples_SH-12.eml", eml_bytes(mail(
         HY_LILY, AW_RAJESH, "RE: AW-PO-24-0412 samples SH-12", dt(2024, 4, 24, 10, 41, 8),
         t("""
Dear Rajesh,

Good day!

10pcs samples SH-12 are finished and packed, will go by DHL tomorrow, AWB 7788 1234 50.
Salt spray report (ISO 9227 NSS 720h) we send separately.

May we have the go-ahead for the balance 1,490pcs now, or you wait for the QC report of
Mr. Sameer first? Please advise, our workshop want to plan June.

Thanks & best regards
Lily Chen
Sales Manager | Ningbo Haoyun Hardware Co., Ltd.
No. 88 Jinshan Road, Beilun, Ningbo 315800, China | Tel +86 574 8688 1203

-----Original Message-----
From: Rajesh Menon <rajesh.menon@alwahat-landscape.ae>
Sent: Monday, April 15, 2024 11:02 AM
To: Lily Chen <lily.chen@haoyun-hardware.cn>
Subject: AW-PO-24-0412 samples SH-12

""") + q(_c03_orig) + "\n",
         in_reply_to="<h197-aw-0412@alwahat-landscape.ae>")))])

# c04: EDI 830 labelled forecast with zero fabrication / material authorization
case("c04_edi830_forecast", [],
     "EDI 830 planning schedule, every line qualified as forecast, FAB/MAT authorization 0, buyer note 'not an order' (conv. 11 clean).",
     [("EDI830_LN_V10231_wk19.txt", t("""
EDI TRANSACTION PRINTOUT  --  X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY
Sender: LEGEVAERKNORD (ZZ)      Receiver: KOVOHRADEK (ZZ)      ICN 000004412
Printed 2024-05-06 07:12 by EDI gateway LN-EDI01 (translator v4010)
==============================================================================
ISA*00*          *00*          *ZZ*LEGEVAERKNORD  *ZZ*KOVOHRADEK     *240506*0712*U*00401*000004412*0*P*>~
GS*PS*LEGEVAERKNORD*KOVOHRADEK*20240506*0712*4412*X*004010~
ST*830*0001~
BFR*05**LN-FC-2024-19*DL*A*20240506*20241231*20240506~
N1*BY*LEGEVAERK NORD A/S*92*LN01~
N1*SU*KOVO HRADEK SRO*92*V10231~
LIN**BP*KH-CN-16-4W*EC*B~
UIT*EA~
PID*F****CROSS CONNECTOR CN-16 F. 16MM ROPE ALU~
ATH*FI**0*0*20240506~
ATH*MT**0*0*20240506~
FST*600*D*W*20240805~
FST*600*D*W*20240902~
FST*800*D*W*20241007~
FST*400*D*W*20241104~
CTT*1*2400~
SE*15*0001~
GE*1*4412~
IEA*1*000004412~

READABLE SUMMARY
------------------------------------------------------------------------------
Part      : KH-CN-16-4W   cross connector CN-16 for 16 mm rope, drawing LN-4471 rev B
Schedule  : DL (delivery based), purpose 05 (replace previous)
FST qualifier D = PLANNING / FORECAST ONLY
Fabrication authorization (ATH*FI) : 0 pcs
Material authorization    (ATH*MT) : 0 pcs

  Week      Qty    Type
  32/2024   600    forecast
  36/2024   600    forecast
  41/2024   800    forecast
  45/2024   400    forecast
  ------   ----
  Total    2400    forecast

NOTE FROM BUYER
This 830 is a forecast for your capacity planning only. It is not an order and not a
production release. Nothing may be produced or bought against it. Orders come only as a
purchase order or an 862 call-off issued by Legeværk Nord purchasing.
==============================================================================
END OF PRINTOUT                                                    page 1 of 1
"""))])

# c05: sample sign-off scoped to fit check; balance on hold, event and authority named
case("c05_signoff_fit_check_only", [],
     "Sample sign-off record: 'approved for fit check only; production not released', 24 samples, balance 2.376 on hold, written release by Anders Riis, material sample-only.",
     [("SSR-24-017_CN-16.docx", docx_bytes([
         ("h1", "Sample sign-off record SSR-24-017"),
         ("table", [["Part", "Cross connector CN-16 (KH-CN-16-4W), drawing LN-4471 rev B"],
                    ["Supplier", "Kovo Hrádek s.r.o., Hradec Králové (CZ)"],
                    ["Order", "PO 4500-2302 line 10: 24 sample pcs"],
                    ["Samples received", "29.04.2024, 24 pcs, lot KH-24-118"]]),
         ("h", "Results"),
         ("table", [["Test", "Requirement", "Result"],
                    ["Rope pull-out, 16 mm PES rope", ">= 12 kN (EN 1176-1:2017)", "14,6 kN mean (n=5), OK"],
                    ["Dimensions", "drawing LN-4471 rev B", "24/24 OK"],
                    ["Neutral salt spray, ISO 9227", "480 h, no red rust", "OK"],
                    ["Anodising thickness", ">= 15 µm", "17-19 µm, OK"]]),
         ("h", "Disposition"),
         ("p", "Approved for fit check only; production not released."),
         ("p", "The 24 samples may be used for the fit check on the Tårnborg play tower prototype. This record is the "
               "technical sign-off of the samples and nothing else."),
         ("h", "Balance and next step"),
         ("li", "Balance of the order: 2.376 connectors. On hold, not released."),
         ("li", "Unlock: a revised PO 4500-2302 rev 1 and then a written production release signed by Anders Riis, "
                "Supply Chain Manager."),
         ("li", "Material authority: sample-only. No aluminium bar for the balance before the written release."),
         ("sp",),
         ("p", "Signed: Søren Holm, Product Engineer, Legeværk Nord A/S, 06.05.2024"),
         ("p", "Copy: Mette Kjærgaard (Purchasing), Anders Riis (Supply Chain)"),
     ], author="Søren Holm"))])

# c06: full-quantity PO, no balance
case("c06_full_qty_po_bins", [],
     "Full-quantity PO for forty (40) bin housings with 'proceed with the full 40'; no sample stage, no balance (conv. 5).",
     [("PO_88231.pdf", pdf([
         ("h1", "Kahu Bay District Council"),
         ("p", "Private Bag 3012, Kahu Bay 3170, New Zealand · GST 118-442-907"),
         ("h", "PURCHASE ORDER 88231"),
         ("table", [["Supplier", "UAB Metalo Linija, Pramones g. 14, Šiauliai, Lithuania"],
                    ["Date", "14 May 2024"],
                    ["Council contact", "Hamish McLeod, Procurement Lead, 07 555 0142"],
                    ["Deliver to", "Parks Depot, 22 Wharf Road, Kahu Bay"],
                    ["Terms", "CIF Tauranga, Incoterms 2020; 30 days from invoice"]]),
         ("sp",),
         ("table", [["Line", "Item", "Qty", "Unit NZD", "Total NZD"],
                    ["1", "LB-120 litter-bin housing, galv. + powder coat RAL 6005, drawing KB-LB-03 rev 2", "40", "412.00", "16,480.00"],
                    ["2", "Sea freight + insurance to Tauranga", "1", "2,150.00", "2,150.00"],
                    ["", "", "", "Total excl. GST", "18,630.00"]]),
         ("sp",),
         ("p", "This purchase order covers the full and final quantity of forty (40) housings. There is no sample "
               "stage and no balance. Proceed with the full 40."),
         ("p", "Hot-dip galvanising to AS/NZS 4680, powder coat 80 µm min. Lid hinge per drawing KB-LB-03 rev 2, "
               "M8 stainless fixings (A4-70)."),
         ("p", "Issued by Hamish McLeod, Procurement Lead, under delegated financial authority DFA-12."),
     ], title="PO 88231", author="Kahu Bay District Council"))])

# c07: production release with an explicit staged material authority above the released quantity
_c07_text = t("""
Dear João,

The sample sign-off for the SC-1500 chutes was done by Søren Holm on 22.04.2024 (report
SSR-24-011). Revised PO 4500-2214 rev 2 is in our portal and covers 1.206 pcs (6 samples +
1.200 production).

Production release no. 2214-R1:
- Released now: three hundred (300) chutes SC-1500, delivery week 27.
- Balance: 900 chutes, not released, on hold until the next call-off signed by me.
- Material authority: staged. You may buy LLDPE resin for up to 1.200 chutes at our liability.
  Buy the resin, but mould no more than the 300.

Please confirm this release by return mail.

Med venlig hilsen / Best regards
Anders Riis
Supply Chain Manager
Legeværk Nord A/S, Industrivej 41, 7100 Vejle, Denmark
+45 76 40 22 10
""")
case("c07_calloff_staged_material", [],
     "Written release of 300 by Anders Riis, balance 900 on hold until next call-off, explicit staged material authority up to 1.200 (conv. 10 clean).",
     [("Call-off_2214-R1.eml", eml_bytes(mail(
         LN_ANDERS, RL_JOAO, "Call-off / production release 2214-R1, PO 4500-2214 rev 2, SC-1500",
         dt(2024, 4, 25, 14, 5), _c07_text, html=h(_c07_text), cc=LN_METTE)))])

# c08: explicit, signed auto-conversion record
case("c08_autoconversion_record", [],
     "Explicit signed auto-conversion record naming quantity 1.480, signer and conditions; recorded beforehand (conv. 9 clean).",
     [("Autokonvertering_SH-12.docx", docx_bytes([
         ("h1", "Auto-conversion record AC-2024-03"),
         ("p", "Legeværk Nord A/S, Supply Chain. Recorded 02.05.2024 before receipt of samples."),
         ("table", [["Part", "Swing hanger SH-12, AISI 316, M12x1.75, bronze bush (HY-SH-316-12)"],
                    ["Supplier", "Ningbo Haoyun Hardware Co., Ltd., Ningbo, China"],
                    ["PO", "4500-2240 rev 1: line 10 samples 20 pcs, line 20 production 1.480 pcs"],
                    ["Samples", "20 pcs, due week 21"]]),
         ("h", "What this record does"),
         ("p", "If, and only if, Søren Holm (Product Engineer) signs off the 20 samples without deviations, a "
               "production release of 1.480 swing hangers under PO 4500-2240 rev 1 line 20 takes effect "
               "automatically on the date of his sign-off. No further release letter is needed for those 1.480."),
         ("h", "Conditions"),
         ("num", "Sign-off without deviations (no interim disposition)."),
         ("num", "Salt spray ISO 9227 NSS 720 h passed; swing test EN 1176-2:2017 passed."),
         ("num", "Sign-off dated on or before 30.06.2024."),
         ("p", "If any condition is not met, nothing is released: the 1.480 stay on hold until a written release "
               "signed by Anders Riis."),
         ("p", "Material authority until the conversion takes effect: sample-only (20 pcs)."),
         ("sp",),
         ("table", [["Role", "Name", "Signature / date"],
                    ["Release authority", "Anders Riis, Supply Chain Manager", "signed 02.05.2024"],
                    ["Sign-off owner", "Søren Holm, Product Engineer", "signed 02.05.2024"]]),
         ("p", "Copy sent to supplier (Lily Chen) on 02.05.2024."),
     ], author="Anders Riis"))])

# c09: old quote forwarded as message/rfc822, declared informational; current scope complete
_c09_old = mail(
    ML_TOMAS, "Khalid Rahman <khalid.rahman@alwahat-landscape.ae>",
    "Quotation ML-Q-22-041 bench frames BF-1800, Al Barsha park", dt(2022, 9, 12, 8, 30, 3),
    t("""
Dear Mr. Khalid,

Thank you for your inquiry. Please find in attachment our quotation ML-Q-22-041 for the bench
frames BF-1800 (steel, hot dip galvanized + powder coating) for the Al Barsha park project:

  500 pcs  EUR 96,40 / pc  FCA Šiauliai

Lead time 7 weeks. Validity 30 days.

Best regards,
Tomas Jankauskas
Sales Manager, UAB Metalo Linija
"""),
    attachments=[("ML-Q-22-041.pdf", pdf([
        ("h1", "UAB METALO LINIJA"),
        ("p", "Pramones g. 14, LT-78138 Šiauliai, Lithuania"),
        ("h", "Quotation ML-Q-22-041, 12.09.2022"),
        ("table", [["Item", "Qty", "Unit price", "Delivery"],
                   ["Bench frame BF-1800, steel 60x40x3, HDG + powder RAL 7016", "500 pcs", "EUR 96,40", "7 weeks"]]),
        ("p", "Customer: Al Wahat Landscape Contracting LLC, project Al Barsha park. Validity 30 days."),
    ], title="ML-Q-22-041", author="Metalo Linija"), PDF_MT)])
_c09_text = t("""
Dear Tomas,

Forwarding below your 2022 quotation for the Al Barsha park, for information only. We only want
you to see the price basis we had then; please keep it in mind for the new project. It is not an
order and not a release, and the 500 pcs in it have nothing to do with the current PO.

Current scope is unchanged, as per PO AW-PO-24-0519:
- eight (8) sample bench frames BF-1800 only;
- balance of 392 pcs not released, on hold;
- balance will be released only after sample sign-off by our QA/QC Engineer Mr. Sameer Qureshi,
  by a written release signed by Mr. Omar Haddad, Projects Director;
- material for the 8 samples only.

Best Regards,
Rajesh Menon
""") + sig("Rajesh Menon", "Senior Buyer", AW + ", Al Quoz Industrial 3, Dubai, UAE", "+971 4 339 7720")
case("c09_forwarded_old_quote", [],
     "Old 2022 quote (500 pcs) forwarded as message/rfc822 and declared informational; current scope (8 samples, hold, event, Omar Haddad) complete (conv. 3, 4).",
     [("FW_Quotation_ML-Q-22-041.eml", eml_bytes(mail(
         AW_RAJESH, ML_TOMAS, "FW: Quotation ML-Q-22-041 bench frames BF-1800, Al Barsha park",
         dt(2024, 5, 7, 11, 20, 4), _c09_text, html=h(_c09_text),
         attachments=[("rfc822", _c09_old)])))])

# c10: buyer correction of a quoted supplier line that assumed auto-conversion
case("c10_correction_quoted_roll", [],
     "Quoted supplier line 'once your engineer OK the samples we roll straight into the 136' corrected by the buyer; scope complete (conv. 3, 9).",
     [("RE_PO_24-0673_sample_housings.eml", eml_bytes(mail(
         PR_DANA, ML_TOMAS, "RE: PO 24-0673 sample housings LB-120", dt(2024, 5, 9, 16, 12, -6),
         t("""
Tomas,

One correction to the line below. Sample sign-off does not release anything. The 136 housings
stay on hold, not released, until Greg Tolliver, Parks Capital Projects Manager, sends you a
written production release with the quantity on it.

Right now you are authorized for the 4 sample housings under PO 24-0673 only, and for material
for those 4 only.

Thanks,
Dana
""") + sig("Dana Whitfield, CPPB", "Procurement Officer", PR + ", 410 Aspen Ave, Pine Ridge, CO 81199",
           "(719) 555-0187") + t("""

On Thu, May 9, 2024 at 3:40 AM Tomas Jankauskas <tomas.j@metalolinija.lt> wrote:
""") + q(t("""
Dear Dana,

4 pcs sample housings LB-120 are packed and go tomorrow with UPS, tracking follows.
Once your engineer OK the samples we will roll straight into the 136 pcs, so you get them
before the season.

Best regards,
Tomas Jankauskas
UAB Metalo Linija
""")) + "\n", in_reply_to="<h197-ml-0673@metalolinija.lt>")))])

# c11: WhatsApp, supplier says the deposit does not release production
case("c11_chat_deposit_not_release", [],
     "WhatsApp: tooling deposit paid; supplier: 'deposit does not release production'; buyer confirms 10 samples only, hold, event, Omar Haddad (conv. 14 clean).",
     [("WhatsApp_Chat_Lily_Haoyun.txt", t("""
[18/04/2024, 10:02:11] Rajesh Menon: Good morning Lily. TT for the tooling deposit done today, USD 2,400. copy in your mail
[18/04/2024, 10:05:47] Lily Chen Haoyun: Good morning dear 😊 received the copy, thank you
[18/04/2024, 10:07:30] Lily Chen Haoyun: Just to be clear: deposit is for the tooling, it does not release production right? We make only the 10 samples of SH-12
[18/04/2024, 10:12:02] Rajesh Menon: Correct. Only 10 samples under AW-PO-24-0430
[18/04/2024, 10:13:15] Rajesh Menon: Balance 1,490 is on hold, not released. First Sameer Qureshi signs off the samples, then Mr. Omar Haddad gives written release. Not before
[18/04/2024, 10:14:40] Lily Chen Haoyun: Noted 👍 we buy the 316 bar only for 10pcs
[18/04/2024, 10:15:02] Rajesh Menon: 👍
[18/04/2024, 16:48:19] Lily Chen Haoyun: <Media omitted>
[18/04/2024, 16:48:33] Lily Chen Haoyun: tooling photo, forging die for SH-12, M12 thread gauge also ready
"""))])

# c12: supplier acknowledgement restating the hold, with the buyer's PO attached
_c12_po = pdf([
    ("h1", "Kahu Bay District Council"),
    ("h", "PURCHASE ORDER 88190"),
    ("table", [["Supplier", "Sai Krishna Rubber Products Pvt. Ltd., Ambattur, Chennai 600058, India"],
               ["Date", "2 May 2024"],
               ["Contact", "Hamish McLeod, Procurement Lead"]]),
    ("sp",),
    ("table", [["Line", "Item", "Qty", "Unit NZD", "Total NZD"],
               ["1", "Safety tile 500x500x45 mm, SBR base / EPDM top, green, samples", "40", "9.80", "392.00"],
               ["2", "Courier to Kahu Bay", "1", "310.00", "310.00"]]),
    ("sp",),
    ("p", "Scope: this PO covers the forty (40) sample tiles only. The contract quantity of 2 400 tiles is shown "
          "for information and is not released. The balance of 2 360 tiles is on hold until Aroha Ngata, Parks "
          "Asset Engineer, signs off the samples (impact test AS/NZS 4422, critical fall height 1.5 m) and "
          "Hamish McLeod, Procurement Lead, releases it in writing."),
    ("p", "Material authority: sample-only (rubber crumb and EPDM for 40 tiles)."),
], title="PO 88190", author="Kahu Bay District Council")
_c12_text = t("""
Dear Mr. Hamish,

Greetings from Sai Krishna Rubber Products.

We acknowledge your PO 88190 (copy attached) as follows:
- forty (40) sample tiles 500x500x45 mm, SBR/EPDM green, only;
- balance 2 360 tiles not released, on hold till Ms. Aroha Ngata signs off the samples and you
  release the balance in writing;
- we are buying raw material (SBR crumb, EPDM granules, PU binder) for the 40 tiles only.

Samples will be dispatched by 24th May by courier. Test report as per AS/NZS 4422 will follow.

Thanking you and assuring our best services always,
Prakash Iyer
GM - Marketing
""") + sig("Prakash Iyer", "GM - Marketing", SK + ", Ambattur Industrial Estate, Chennai", "+91 44 2625 8841")
case("c12_supplier_ack_hold", [],
     "Supplier acknowledgement restating 40 samples, hold, event and release person, sample-only material; attached PO complete (conv. 1).",
     [("Acknowledgement_PO_88190.eml", eml_bytes(mail(
         SK_PRAKASH, KB_HAMISH, "Acknowledgement - Your PO 88190 - Sample tiles", dt(2024, 5, 3, 12, 35, 5),
         _c12_text, html=h(_c12_text), cc=KB_AROHA,
         attachments=[("PO_88190.pdf", _c12_po, PDF_MT)])))])

# c13: interim sample disposition with quantity and date limits, separate written release
case("c13_interim_disposition", [],
     "Interim disposition limited to 200 pcs until 30 Sep; written release of the 200 by Hamish McLeod; balance 1 000 on hold until final sign-off and written release.",
     [("Interim_disposition_88307.pdf", pdf([
         ("h1", "Kahu Bay District Council"),
         ("h", "Sample disposition ID-2024-07: INTERIM"),
         ("table", [["Part", "Net cross connector CN-16, aluminium, anodised black (Kovo Hrádek KH-CN-16-4W)"],
                    ["PO", "88307: line 1 samples 12 pcs; line 2 production 1 200 pcs"],
                    ["Samples received", "12 pcs, 3 June 2024"]]),
         ("sp",),
         ("table", [["Check", "Requirement", "Result"],
                    ["Rope pull-out, 16 mm", ">= 10 kN (AS 4685.1:2021)", "13.9 kN, pass"],
                    ["Salt spray ISO 9227", "480 h", "pass"],
                    ["Colour", "black, per sample plate KB-07", "slightly off shade, deviation D-14"],
                    ["Dimensions", "drawing KB-CN-16 rev 4", "12/12 pass"]]),
         ("sp",),
         ("p", "Disposition: INTERIM. Function is OK; colour deviation D-14 accepted for a limited quantity."),
         ("p", "Limits: at most two hundred (200) connectors, produced before 30 September 2024."),
         ("p", "This disposition itself releases nothing. The 200 are released by the separate written release "
               "REL-88307-01 signed by Hamish McLeod, Procurement Lead, on 5 June 2024."),
         ("p", "Balance: 1 000 connectors remain on hold, not released, until Aroha Ngata gives a final sign-off "
               "on corrected samples and Hamish McLeod releases them in writing."),
         ("p", "Material authority: for the 200 released connectors only."),
         ("sp",),
         ("p", "Aroha Ngata, Parks Asset Engineer, 5 June 2024"),
     ], title="ID-2024-07", author="Kahu Bay District Council"))])

# c14: ERP PO, full quantity, full of quantity-like identifiers
case("c14_erp_po_identifiers", [],
     "Full-quantity ERP PO (150 frames, no balance) full of identifiers that look like quantities (PN 1800-150-40, DRG 3000 Rev 12, EN/ISO numbers, M10, 720 h).",
     [("PO4500-2336_print.txt", t("""
LEGEVÆRK NORD A/S                                   PURCHASE ORDER / INDKØBSORDRE
Industrivej 41, DK-7100 Vejle   CVR 31 22 45 18
------------------------------------------------------------------------------------
PO no.      : 4500-2336            Date       : 21.05.2024      Page 1/1
Vendor      : 70418  UAB Metalo Linija, Pramonės g. 14, LT-78138 Šiauliai
Buyer       : MKJ  Mette Kjærgaard   tel +45 76 40 22 31
Delivery    : FCA Šiauliai (Incoterms 2020), our forwarder DSV
Payment     : 60 days net
Status      : Issued
------------------------------------------------------------------------------------
Ln  Item no.         Description                                Qty  Unit   Price EUR
10  1800-150-40      Bench frame BF-1800, steel 60x40x3,        150  PCS        92,80
                     HDG + powder RAL 7016
                     DRG 3000 Rev 12, EN 1176-1:2017 not appl.
                     (street furniture), EN ISO 1461
                     fixings M10x1.5 A4-70
                     Salt spray ISO 9227 NSS 720 h
                     Pallet 1200x800, max 25 pcs/pallet
------------------------------------------------------------------------------------
                                             Total order value EUR          13.920,00

Note to vendor:
Full order quantity. No sample stage and no balance: repeat of PO 4500-1902 from last year,
drawing unchanged. Proceed with the full 150 pcs, delivery 6 pallets week 30.
Vendor must work to ISO 9001:2015. Certificate 3.1 (EN 10204) with delivery.
------------------------------------------------------------------------------------
"""))])

# c15: buyer portal PO page with a complete scope note
case("c15_portal_scope_note", [],
     "Buyer portal PO page: 6 samples active, 1.194 balance not released, unlock = sample sign-off + written release, Anders Riis, sample-only material, production quantity basis forecast.",
     [("portal_PO_4500-2226.html", html_page("Legeværk supplier portal: PO 4500-2226", t("""
<h2>Legeværk Nord, supplier portal</h2>
<p>Logged in as: <b>João Ferreira (Rotomoldes do Lis, Lda.)</b></p>
<h3>Purchase order 4500-2226, slide chute SC-1500 (drawing 2210 rev C)</h3>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Unit price</th><th>Delivery</th></tr>
<tr><td>10</td><td>sample</td><td>6</td><td>EUR 212,00</td><td>week 22</td></tr>
</table>
<div class="note">
<p><b>PO scope note</b></p>
<p>1. This PO releases the six (6) sample chutes on line 10, nothing else.</p>
<p>2. The rest of the quoted quantity (1.194 chutes) is not released and stays on hold.</p>
<p>3. Please make and ship the 6 samples now. Buy resin for the 6 samples only (material authority: sample-only).</p>
<p>4. The balance is unlocked by the sample sign-off (Søren Holm, Product Engineer) followed by a written production release signed by Anders Riis, Supply Chain Manager.</p>
<p>Quoted production quantity 1.194: basis <b>forecast</b>, not firm.</p>
</div>
<p>Documents: RL-Q-24-131.pdf (your quotation), DWG-2210-C.pdf</p>
<p style="color:#777">Portal v3.8 · page generated 13.05.2024 08:10 CET</p>
""")))])

# c16: Teams go-ahead scoped to the 6 sample chutes
case("c16_teams_scoped_goahead", [],
     "Teams chat: 'go ahead with the 6 sample chutes only', balance 1.194 not released, waits for Søren's sign-off and written release from Anders Riis (conv. 8 clean).",
     [("Teams_chat_SC-1500.txt", t("""
Chat export: Microsoft Teams, "Legeværk / Rotomoldes do Lis - SC-1500"
Exported 14.05.2024 by mette.kjaergaard@legevaerk-nord.dk

João Ferreira  13.05.2024 09:31
Bom dia Mette. Mould T1 is ok now, wall thickness 8,2 mm everywhere. Can we start the samples?

Mette Kjærgaard  13.05.2024 09:44
Good morning João, yes, go ahead with the 6 sample chutes only (PO 4500-2233 line 10).

Mette Kjærgaard  13.05.2024 09:45
The 1.194 balance is not released. It waits for Søren's sample sign-off and then a written release from Anders Riis. Resin only for the 6, please.

João Ferreira  13.05.2024 09:47
Ok understood, only 6 pcs. Samples ready week 21, I send photos before shipping.

Mette Kjærgaard  13.05.2024 09:48
👍 tak
"""))])

# c17: supplier status report restating the hold and sample-only material
case("c17_supplier_status_report", [],
     "Supplier weekly status report: 40 samples made, balance 2 360 on hold (not released), material for 40 only (non-authorizing, conv. 1).",
     [("Status_report_wk21_PO88204.pdf", pdf([
         ("h1", "SAI KRISHNA RUBBER PRODUCTS PVT. LTD."),
         ("p", "Plot 27, SIDCO Industrial Estate, Ambattur, Chennai 600058 · ISO 9001:2015 certified"),
         ("h", "Weekly status report: week 21/2024"),
         ("p", "Customer: Kahu Bay District Council, New Zealand. PO 88204. Item: safety tile 500x500x45 mm, SBR/EPDM."),
         ("table", [["Item", "Qty", "Status"],
                    ["Sample tiles (PO 88204 line 1)", "40 nos", "moulded 20-05, curing, dispatch 24-05"],
                    ["Balance of contract", "2 360 nos", "ON HOLD, not released by customer"],
                    ["Raw material bought", "for 40 nos", "SBR crumb 90 kg, EPDM 28 kg (sample-only)"],
                    ["Impact test AS/NZS 4422", "3 tiles", "booked with lab, 27-05"]]),
         ("sp",),
         ("p", "Remarks: We will not start the balance or buy material for it until we receive the written release "
               "from Mr. Hamish McLeod after Ms. Aroha Ngata's sample sign-off, as per PO."),
         ("p", "Prepared by: Venkatesh R., Production In-charge. Checked: Prakash Iyer."),
     ], title="Status week 21", author="Sai Krishna Rubber"))])

# c18: production release letter, revised PO covers it, balance on hold until revised PO + written release
case("c18_release_letter_600", [],
     "Release letter: 600 released by Omar Haddad under revised PO (610), 890 not released until further revised PO and written release; material 600.",
     [("Release_REL-AW-0425-01.pdf", pdf([
         ("h1", "AL WAHAT LANDSCAPE CONTRACTING LLC"),
         ("p", "Al Quoz Industrial Area 3, P.O. Box 118204, Dubai, United Arab Emirates"),
         ("h", "PRODUCTION RELEASE No. REL-AW-0425-01"),
         ("table", [["To", "Ningbo Haoyun Hardware Co., Ltd., attn. Ms. Lily Chen"],
                    ["Date", "30 May 2024"],
                    ["PO", "AW-PO-24-0425 Rev. 1 (covers 610 pcs: 10 samples + 600 production)"],
                    ["Part", "Swing hanger SH-12, AISI 316, M12x1.75"]]),
         ("sp",),
         ("table", [["Item", "Quantity", "Status"],
                    ["Samples (signed off by Sameer Qureshi, 21 May 2024)", "10", "delivered"],
                    ["Production, this release", "600", "RELEASED for production"],
                    ["Balance of quotation HY-Q-2403", "890", "NOT released, on hold"]]),
         ("sp",),
         ("p", "We hereby release six hundred (600) swing hangers SH-12 for production, delivery in two lots of "
               "300 pcs, ETD Ningbo 10 July and 31 July 2024."),
         ("p", "The remaining 890 pcs are not released. Any further release requires a further revised PO and a "
               "new written release signed by the undersigned."),
         ("p", "Material authority: stainless bar for the 600 released pcs only."),
         ("sp",),
         ("p", "Omar Haddad, Projects Director (release authority)"),
     ], title="REL-AW-0425-01", author="Al Wahat"))])

# c19: supplier portal restating the hold and sample-only material authority
case("c19_supplier_portal_hold", [],
     "Supplier portal order page: 24 samples active, 2.376 balance on hold (not released), sample-only material, unlock named (non-authorizing, consistent).",
     [("kovo_portal_KH-24-0231.html", html_page("Kovo Hrádek zákaznický portál: zakázka KH-24-0231", t("""
<h2>Kovo Hrádek s.r.o.: customer portal</h2>
<p>Zákazník / Customer: <b>Legeværk Nord A/S</b> · Zakázka / Order: <b>KH-24-0231</b></p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer PO</td><td>4500-2316</td></tr>
<tr><td>Part</td><td>CN-16 cross connector, výkres LN-4471 rev B</td></tr>
<tr><td>Active quantity (released)</td><td>24 ks samples</td></tr>
<tr><td>Balance</td><td>2.376 ks: on hold, NOT released</td></tr>
<tr><td>Material authority</td><td>sample-only (Al 6082 bar for 24 ks)</td></tr>
<tr><td>Unlock</td><td>customer sample sign-off + written release from Anders Riis (Legeværk)</td></tr>
<tr><td>Status</td><td>samples in anodising, expedice 22. týden</td></tr>
</table>
<p class="note">Shop floor: job KH-24-0231 is gated at 24 ks. Do not start further pieces without written release in the system.</p>
<p style="color:#888">Aktualizováno 16.05.2024 07:55 · J. Dvořáková</p>
"""), lang="cs"))])

# c20: municipal eProcurement full-quantity PO with delivery schedule lines
case("c20_portal_full_qty_po", [],
     "Municipal eProcurement PO for the full 140 housings in three delivery lines; no sample stage, no balance (conv. 5).",
     [("eprocurement_PO_24-0711.html", html_page("City of Pine Ridge eProcurement: PO 24-0711", t("""
<h2>City of Pine Ridge, Colorado: eProcurement</h2>
<p>Purchase Order <b>24-0711</b> · Status: <b>Issued</b> · Vendor: UAB Metalo Linija (Vendor # 30877)</p>
<p>Buyer: Rachel Ortiz, Buyer II · Department: Parks &amp; Recreation · Fund 2104 Capital Improvements</p>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit price</th><th>Need-by</th></tr>
<tr><td>1</td><td>LB-120 litter bin housing, galv. + powder coat Forest Green, City spec 32 93 00</td><td>40</td><td>EA</td><td>$389.00</td><td>07/15/2024</td></tr>
<tr><td>2</td><td>LB-120 litter bin housing (same)</td><td>50</td><td>EA</td><td>$389.00</td><td>08/19/2024</td></tr>
<tr><td>3</td><td>LB-120 litter bin housing (same)</td><td>50</td><td>EA</td><td>$389.00</td><td>09/16/2024</td></tr>
</table>
<p>Total quantity: 140 EA · Total: $54,460.00</p>
<div class="note">Vendor note: This PO covers the full quantity of 140 housings (repeat of the 2023 design, no sample stage, no balance). Proceed with the full 140 in the three deliveries above.</div>
<p>Terms: Net 30 · FOB Destination, Parks Yard, 1200 Industrial Blvd, Pine Ridge CO 81199</p>
""")))])

# c21: buyer portal demand outlook, clearly labelled forecast
case("c21_portal_forecast_labelled", [],
     "Buyer portal demand outlook labelled FORECAST ONLY, non-binding, no production or material authority (conv. 11 clean).",
     [("kbdc_demand_outlook_2025.html", html_page("Kāhu Bay DC supplier portal: demand outlook", t("""
<h2>Kāhu Bay District Council: supplier portal</h2>
<h3>Demand outlook 2024/25: safety surfacing tiles (FORECAST ONLY)</h3>
<p>Supplier: Sai Krishna Rubber Products Pvt. Ltd.</p>
<table>
<tr><th>Quarter</th><th>Playgrounds (LTP programme)</th><th>Tiles 500x500x45 (forecast)</th></tr>
<tr><td>Q3 2024</td><td>Te Awa Reserve, Marine Parade</td><td>1 100</td></tr>
<tr><td>Q4 2024</td><td>Hillcrest Domain</td><td>650</td></tr>
<tr><td>Q1 2025</td><td>Kōwhai Park, Beach Rd</td><td>1 400</td></tr>
<tr><td>Q2 2025</td><td>(subject to Annual Plan 2025/26)</td><td>800</td></tr>
</table>
<div class="note"><b>Forecast only.</b> These figures come from the Long-Term Plan and are non-binding. They are not an order, not a production release and no material authority. Quantities are ordered only by purchase order and released only in writing by the Procurement Lead.</div>
<p style="color:#777">Last updated 20 May 2024</p>
""")))])

# c22: minutes that keep sign-off, PO and release apart
case("c22_minutes_words_apart", [],
     "Minutes keep 'sample sign-off', 'PO issued' and 'production release' apart; 600 released by Anders Riis, 1.776 on hold until next written release, material 600.",
     [("Minutes_LN_Kovo_2024-05-28.docx", docx_bytes([
         ("h1", "Minutes: Legeværk Nord / Kovo Hrádek, Teams, 28.05.2024"),
         ("p", "Participants: Mette Kjærgaard, Søren Holm, Anders Riis (Legeværk); Petr Novák, Jana Dvořáková (Kovo Hrádek)."),
         ("h", "1. Sample sign-off"),
         ("p", "The 24 CN-16 samples were signed off by Søren Holm on 21.05.2024 (SSR-24-019). Technical sign-off only."),
         ("h", "2. Purchase order"),
         ("p", "PO 4500-2314 rev 1 was issued on 24.05.2024 for the full 2.400 connectors (24 samples + 2.376). "
               "This is the commercial cover; it does not release production."),
         ("h", "3. Production release"),
         ("p", "Anders Riis released 600 connectors in writing today (REL-2314-01). The remaining 1.776 are on hold, not "
               "released, until the next written release from Anders Riis (planned after the autumn stock count)."),
         ("h", "4. Material"),
         ("p", "Material authority: Al 6082 bar for the 600 released connectors only."),
         ("h", "Actions"),
         ("table", [["Action", "Owner", "Due"],
                    ["Confirm delivery plan for the 600", "Petr Novák", "31.05.2024"],
                    ["Send REL-2314-01 as PDF to Kovo", "Mette Kjærgaard", "28.05.2024"],
                    ["Check thread M8 on bracket drawing LN-4480 rev A", "Søren Holm", "07.06.2024"]]),
     ], author="Mette Kjærgaard"))])

# c23: Indian quotation with tiers and forecast basis
case("c23_quote_tiers_tiles", [],
     "Supplier quotation with sample and production tiers, production basis 'forecast (not firm)', start only on written release (conv. 4).",
     [("SK_Quotation_SKQ-24-112.docx", docx_bytes([
         ("h1", "QUOTATION"),
         ("p", "Sai Krishna Rubber Products Pvt. Ltd., Plot 27, SIDCO Industrial Estate, Ambattur, Chennai 600058, India"),
         ("p", "Ref: SKQ/24/112    Date: 08-04-2024"),
         ("p", "To: The Procurement Officer, City of Pine Ridge, Parks & Recreation Department, Colorado, USA. "
               "Kind Attn: Ms. Dana Whitfield. Your RFQ 2024-044."),
         ("p", "Dear Madam, with reference to your above enquiry we are pleased to quote as under:"),
         ("table", [["S.No", "Description", "Qty", "Rate (USD)", "Remarks"],
                    ["1", "Safety tile 24\"x24\"x2.5\" SBR/EPDM, ASTM F1292 (7 ft CFH)", "20 nos (samples)", "14.20", "by air, 3 weeks"],
                    ["2", "Same, production tier 1", "2,000 nos", "9.85", "by sea, 8 weeks"],
                    ["3", "Same, production tier 2", "5,000 nos", "9.20", "by sea, 10 weeks"]]),
         ("p", "Basis of production quantities: your forecast (not firm). Tiers are for pricing only."),
         ("p", "We shall start production only on receipt of your written release mentioning the quantity. "
               "Samples against your purchase order."),
         ("p", "Terms: FOB Chennai. Payment 30 days from B/L. Validity 45 days. ADA compliant as per ASTM F1951."),
         ("p", "Hoping to receive your valued order. Thanking you,"),
         ("p", "For Sai Krishna Rubber Products Pvt. Ltd., Prakash Iyer, GM - Marketing"),
     ], author="Prakash Iyer"))])

# c24: hold notice doing all four jobs
case("c24_hold_notice_mail", [],
     "Hold notice: active 8 samples, balance 392 not released, make 8 only / material 8, unlock = sample sign-off + written release by Omar Haddad; production quantity basis forecast.",
     [("Hold_notice_AW-PO-24-0527.txt", t("""
From: Faisal Al Marzouqi <faisal.m@alwahat-landscape.ae>
To: Tomas Jankauskas <tomas.j@metalolinija.lt>
Cc: Rajesh Menon <rajesh.menon@alwahat-landscape.ae>
Date: Sun, 12 May 2024 09:15:00 +0400
Subject: HOLD NOTICE - PO AW-PO-24-0527 - bench frames BF-1800

Dear Tomas,

Kindly note the following for PO AW-PO-24-0527:

ACTIVE QUANTITY : eight (8) sample bench frames BF-1800 only.
BALANCE         : 392 pcs are NOT released and are on hold.
WHAT TO DO NOW  : make the 8 samples, buy steel and powder for 8 pcs only.
UNLOCK          : sample sign-off by our QA/QC Engineer Mr. Sameer Qureshi, followed by
                  a written release signed by Mr. Omar Haddad, Projects Director.

Quoted production quantity (400 pcs total) is a forecast for the Al Qudra lakes project,
not firm.

Please confirm receipt.

Best Regards,
Faisal Al Marzouqi
Procurement Manager
Al Wahat Landscape Contracting LLC | Al Quoz Ind. 3, Dubai | +971 4 339 7700

Disclaimer: This email and any files transmitted with it are confidential and intended solely
for the use of the addressee. Al Wahat Landscape Contracting LLC accepts no liability for any
damage caused by any virus transmitted by this email.
"""))])

# c25: release letter + EDI 862 + chat, all consistent (multi-file)
case("c25_release_862_chat_consistent", [],
     "Three documents of one order agree: release letter 300 (Anders Riis), EDI 862 ships 3 x 100, chat restates 300 released / 900 on hold until next written release.",
     [("REL-2318-01.docx", docx_bytes([
         ("h1", "Production release REL-2318-01"),
         ("p", "Legeværk Nord A/S, Supply Chain, Industrivej 41, 7100 Vejle. Date: 03.06.2024"),
         ("table", [["Supplier", "UAB Metalo Linija, Šiauliai (vendor 70418)"],
                    ["PO", "4500-2318 rev 1 (4 samples + 1.200 production)"],
                    ["Part", "Bench frame BF-1800, DRG 3000 Rev 12"],
                    ["Samples", "4 pcs, signed off 28.05.2024 by Søren Holm (SSR-24-021)"]]),
         ("sp",),
         ("table", [["", "Quantity"],
                    ["Released by this letter", "300"],
                    ["Balance, not released, on hold", "900"]]),
         ("p", "Three hundred (300) bench frames are released for production. Deliveries are called off by EDI 862."),
         ("p", "The balance of 900 stays on hold until the next written release signed by Anders Riis."),
         ("p", "Material authority: for the 300 released frames only."),
         ("sp",),
         ("p", "Anders Riis, Supply Chain Manager (release authority)"),
     ], author="Anders Riis")),
      ("EDI862_4500-2318.txt", t("""
X12 862 SHIPPING SCHEDULE  --  printout
From LEGEVAERKNORD to METALOLINIJA    ICN 000004519    2024-06-03 15:02
---------------------------------------------------------------------------
ST*862*0001~
BSS*05*REL-2318-01*20240603*DL*20240701*20240902*4500-2318~
N1*ST*LEGEVAERK NORD A/S*92*LN01~
LIN**BP*1800-150-40*PO*4500-2318~
UIT*EA~
FST*100*C*D*20240701~
FST*100*C*D*20240805~
FST*100*C*D*20240902~
SHP*01*0*050*20240603~
CTT*1*300~
SE*11*0001~
---------------------------------------------------------------------------
Readable: release REL-2318-01, PO 4500-2318, part 1800-150-40 (BF-1800)
  01.07.2024  100 EA  firm
  05.08.2024  100 EA  firm
  02.09.2024  100 EA  firm
  total       300 EA  (= released quantity REL-2318-01)
Cum received to date: 0 production (4 samples received on PO line 10)
""")),
      ("Teams_Rasa_Mette.txt", t("""
Teams chat export: Rasa Petraitienė / Mette Kjærgaard, 04.06.2024

Rasa Petraitienė  04.06.2024 08:12
Labas Mette, we got 862 with 3 x 100 pcs, total 300. This is same as release letter REL-2318-01, correct?

Mette Kjærgaard  04.06.2024 08:20
Hi Rasa, yes correct. 300 released, the other 900 are on hold until the next written release from Anders.

Rasa Petraitienė  04.06.2024 08:21
Ok, so steel tube we buy only for 300. First 100 pcs ready 26.06.

Mette Kjærgaard  04.06.2024 08:22
Perfect, thanks 🙂
""")),
      ])



# =================================================================== POSITIVE

# p01: cover mail + sample PO + accepted quote with 1.200 production (multi-file)
_p01_text = t("""
Olá João,

Please find attached our purchase order 4500-2207 for the slide chutes SC-1500, and your
quotation RL-Q-24-107 rev 1, which we have accepted.

Please start with the six (6) samples and send me the delivery date. Colour RAL 6018 and
drawing 2210 rev C as agreed with Søren.

Venlig hilsen / Kind regards
Mette Kjærgaard
Indkøber / Purchaser
""") + sig("Mette Kjærgaard", "Purchaser", LN + ", Industrivej 41, 7100 Vejle, Denmark", "+45 76 40 22 31")
case("p01_cover_po_quote_bundle", ["RG001", "RG003", "RG004", "RG005"],
     "Cover mail + sample PO (6) + accepted quote with 1.200 production unmarked; no hold, no unlock event, no release person.",
     [("mail_PO_4500-2207.eml", eml_bytes(mail(
         LN_METTE, RL_JOAO, "PO 4500-2207 SC-1500 slide chutes", dt(2024, 3, 27, 13, 48),
         _p01_text, html=h(_p01_text)))),
      ("PO_4500-2207.pdf", pdf([
          ("h1", "LEGEVÆRK NORD A/S"),
          ("p", "Industrivej 41 · DK-7100 Vejle · CVR 31 22 45 18"),
          ("h", "INDKØBSORDRE / PURCHASE ORDER 4500-2207"),
          ("table", [["Vendor", "Rotomoldes do Lis, Lda., Leiria (vendor 70233)"],
                     ["Date", "27.03.2024"],
                     ["Buyer", "Mette Kjærgaard, +45 76 40 22 31"],
                     ["Delivery", "FCA Leiria, week 19"]]),
          ("sp",),
          ("table", [["Ln", "Item", "Description", "Qty", "Price EUR", "Amount EUR"],
                     ["10", "LN-SC-1500-G", "Slide chute SC-1500, green RAL 6018, DWG 2210 rev C, sample", "6", "212,00", "1.272,00"],
                     ["", "", "", "", "Total", "1.272,00"]]),
          ("sp",),
          ("p", "Samples according to your quotation RL-Q-24-107 rev 1. EN 1176-3:2017 applies."),
          ("p", "Payment 30 days net. Please quote our PO number on all documents."),
      ], title="PO 4500-2207", author="Legevaerk Nord")),
      ("RL-Q-24-107_rev1.pdf", pdf([
          ("h1", "ROTOMOLDES DO LIS, LDA."),
          ("p", "Zona Industrial da Cova das Faias, Lote 27 · 2415-017 Leiria · Portugal"),
          ("h", "QUOTATION No. RL-Q-24-107 rev 1"),
          ("table", [["To", "Legeværk Nord A/S, att. Mrs. Mette Kjærgaard"],
                     ["Date", "19/03/2024"],
                     ["Item", "Slide chute SC-1500, LLDPE, green RAL 6018, DWG 2210 rev C"]]),
          ("sp",),
          ("table", [["Pos.", "Description", "Quantity", "Unit price", "Delivery"],
                     ["1", "Samples from series mould", "6 pcs", "EUR 212,00", "week 19"],
                     ["2", "Production", "1.200 pcs", "EUR 139,90", "4 lots of 300 pcs, from week 27"]]),
          ("sp",),
          ("p", "Prices EXW Leiria. Packing on pallets 1200x800 mm. Validity 60 days."),
          ("p", "João Ferreira, Departamento Comercial"),
      ], title="RL-Q-24-107 rev 1", author="Rotomoldes do Lis")),
      ])

# p02: ERP PO for 20 samples with the 2 000 production of the quote in the header text
case("p02_erp_po_quote_ref", ["RG001", "RG003", "RG004"],
     "ERP sample PO (20) quotes supplier's '2 000 pcs production' with no not-released mark; names release authority but no hold and no unlock event.",
     [("PO88120_FinanceOne.txt", t("""
KĀHU BAY DISTRICT COUNCIL                         PURCHASE ORDER
Finance One v7  -  printed 08/04/2024 14:22  -  user HMCLEOD                  Page 1 of 1
------------------------------------------------------------------------------------------
PO Number   : 88120                      Order Date : 08/04/2024
Supplier    : 40771  NINGBO HAOYUN HARDWARE CO LTD, BEILUN, NINGBO, CHINA
Requested by: Aroha Ngata (Parks Assets)          Buyer : Hamish McLeod
Cost Centre : 4410 Parks Renewals                 GL    : 5120-03
Status      : Issued                             Currency: NZD
------------------------------------------------------------------------------------------
Line  Item        Description                              Qty  UOM   Unit      Extended
0001  SH-12-S     Swing hanger SH-12 316SS M12x1.75,        20  EA    18.40       368.00
                  bronze bush, SAMPLE
0002  FRT-AIR     Air freight samples Ningbo-AKL              1  EA   145.00       145.00
                                                         Total excl. GST          513.00
------------------------------------------------------------------------------------------
Header text:
Ref supplier quote HY-Q-2411: 20 pcs sample / 2 000 pcs production @ NZD 14,80 FOB Ningbo.
Samples for playground renewals 2024/25 (Te Awa Reserve, Marine Parade).
Release authority for production: Hamish McLeod, Procurement Lead.
Standard: AS 4685.2:2021 (swings). Material certificate 3.1 to EN 10204 required.
Deliver to: Parks Depot, 22 Wharf Road, Kāhu Bay 3170.
------------------------------------------------------------------------------------------
Authorised under DFA-12. GST 118-442-907.
"""))])

# p03: sample PO with a FY2025 'commitment' built on a forecast
case("p03_po_forecast_commitment", ["RG001", "RG003", "RG004", "RG008"],
     "Sample PO (4 pairs) states 96 pairs from the capital-plan forecast as a commitment / firm order; no hold, no unlock event; release authority named.",
     [("PO_24-0655.pdf", pdf([
         ("h1", "CITY OF PINE RIDGE, COLORADO"),
         ("p", "Parks & Recreation Department · Purchasing Division · 410 Aspen Avenue, Pine Ridge, CO 81199"),
         ("h", "PURCHASE ORDER 24-0655"),
         ("table", [["Vendor", "Kovo Hrádek s.r.o., Hradec Králové, Czech Republic (Vendor # 30912)"],
                    ["Date", "04/11/2024"],
                    ["Ship to", "Parks Yard, 1200 Industrial Blvd, Pine Ridge, CO 81199"],
                    ["Reference", "RFQ 2024-031 / Quote KH-N-24-052"]]),
         ("sp",),
         ("table", [["Line", "Description", "Qty", "Unit", "Unit price", "Extended"],
                    ["1", "BF-1800 cast aluminum bench end frames (pair), dwg PR-BF-07 Rev 3, sample / first article", "4", "PR", "$365.00", "$1,460.00"],
                    ["2", "Air freight, DDP", "1", "LOT", "$620.00", "$620.00"],
                    ["", "", "", "", "Total", "$2,080.00"]]),
         ("sp",),
         ("p", "Remarks: Based on the FY2025 capital plan forecast, the City commits to ninety-six (96) pairs for "
               "the 2025 season. Please treat the 96 pairs as a firm order for your planning."),
         ("p", "Production release authority: Greg Tolliver, Parks Capital Projects Manager."),
         ("p", "Finish: powder coat Black, ASTM B117 1,000 hours. Anchors 1/2\"-13 UNC by others."),
         ("p", "Dana Whitfield, CPPB, Procurement Officer"),
     ], pagesize=LETTER, title="PO 24-0655", author="City of Pine Ridge"))])

# p04: supplier reply quoting buyer's sample PO, quote re-attached, material for 4,000 bought
_p04_quoted = t("""
Prakash,

PO 24-0690 is attached for 20 sample tiles 24"x24"x2.5" per your quotation SKQ/24/097.
Please ship the samples by June 14 to the Parks Yard, 1200 Industrial Blvd.

Thanks,
Rachel Ortiz
Buyer II, City of Pine Ridge
""")
case("p04_supplier_reply_material", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "Quoted buyer sample PO (20) with no hold / event / release person; re-attached quote shows 4,000 unmarked; supplier bought crumb and EPDM for 4,000.",
     [("RE_PO_24-0690_sample_tiles.eml", eml_bytes(mail(
         SK_PRAKASH, PR_RACHEL, "RE: PO 24-0690 sample tiles", dt(2024, 5, 22, 18, 5, 5),
         t("""
Dear Madam,

Greetings from Sai Krishna!

Thank you very much for the PO 24-0690. We have noted 20 nos sample tiles, will ship by air on
12th June.

To meet your playground season we have already purchased SBR crumb and EPDM granules for the
full 4,000 tiles from our vendor, as prices are going up from July. Kindly note the same.
Our quotation is attached again for your ready reference.

Thanking you,
Prakash Iyer
GM - Marketing
""") + sig("Prakash Iyer", "GM - Marketing", SK + ", Ambattur Industrial Estate, Chennai", "+91 44 2625 8841")
         + t("""

On Tue, May 21, 2024 at 4:31 PM Rachel Ortiz <rortiz@pineridgeco.gov> wrote:
""") + q(_p04_quoted) + "\n",
         in_reply_to="<h197-pr-0690@pineridgeco.gov>",
         attachments=[("SKQ-24-097.pdf", pdf([
             ("h1", "SAI KRISHNA RUBBER PRODUCTS PVT. LTD."),
             ("p", "Plot 27, SIDCO Industrial Estate, Ambattur, Chennai 600058"),
             ("h", "QUOTATION SKQ/24/097, 29-04-2024"),
             ("p", "To: City of Pine Ridge, Parks & Recreation, Colorado. Kind Attn: Ms. Rachel Ortiz."),
             ("table", [["S.No", "Description", "Qty", "Rate USD", "Delivery"],
                        ["1", "Safety tile 24\"x24\"x2.5\" SBR/EPDM green, ASTM F1292, samples", "20 nos", "14.20", "by air"],
                        ["2", "Safety tile, same, production", "4,000 nos", "9.60", "by sea, 2 x 20' FCL"]]),
             ("p", "Terms: FOB Chennai, payment 30 days from B/L, validity 45 days."),
         ], title="SKQ/24/097", author="Sai Krishna Rubber"), PDF_MT)])))])

# p05: supplier portal: PO for 20 samples beside quoted 1,500; deposit received -> production scheduled
case("p05_supplier_portal_deposit", ["RG001", "RG012"],
     "Supplier portal: PO qty 20 samples beside quoted 1,500 with no not-released mark; 'deposit received, production scheduled' (supplier reads deposit as release).",
     [("haoyun_order_HY-SO-24-0388.html", html_page("Haoyun Hardware order tracking HY-SO-24-0388", t("""
<h2>Ningbo Haoyun Hardware Co., Ltd.: customer order tracking</h2>
<p>Customer: <b>Legeværk Nord A/S</b> (Denmark) · Sales order: <b>HY-SO-24-0388</b></p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer PO</td><td>4500-2246</td></tr>
<tr><td>Item</td><td>SH-12 swing hanger, AISI 316, M12x1.75, bronze bush</td></tr>
<tr><td>PO qty (samples)</td><td>20 pcs</td></tr>
<tr><td>Quoted qty (HY-Q-2398)</td><td>1,500 pcs @ USD 4.62</td></tr>
<tr><td>Deposit 30%</td><td>USD 2,079.00, received 18-Apr-2024</td></tr>
<tr><td>Production status</td><td>Deposit received, production lot scheduled wk 19-21</td></tr>
<tr><td>Samples ETD</td><td>26-Apr-2024 by DHL</td></tr>
<tr><td>Mass production ETD</td><td>31-May-2024, Ningbo port</td></tr>
</table>
<p class="note">Message from sales (Lily Chen): Thank you for the deposit, everything is on schedule. Salt spray test ISO 9227 720h will start with the first production batch.</p>
<p style="color:#888">Last update 2024-04-19 09:30 (UTC+8)</p>
""")))])

# p06: sample PO mail with an unlabelled 2025 delivery plan of 2.400 attached (text/csv)
_p06_text = t("""
Hi Petr,

PO 4500-2291 is in the system now: 24 pcs CN-16 cross connectors for samples, drawing
LN-4471 rev B, anodised black. Delivery latest week 22 please.

Attached also our delivery plan for CN-16 for next year.

Med venlig hilsen
Mette
""") + sig("Mette Kjærgaard", "Purchaser", LN + ", Industrivej 41, 7100 Vejle, Denmark", "+45 76 40 22 31")
case("p06_po_mail_delivery_plan", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO mail (24) with attached delivery plan of 2.400 not marked forecast or not released; no hold, no unlock event, no release person.",
     [("PO_4500-2291_CN-16.eml", eml_bytes(mail(
         LN_METTE, KH_PETR, "PO 4500-2291 CN-16 samples", dt(2024, 4, 30, 10, 2),
         _p06_text,
         attachments=[("Leveringsplan_CN-16_2025.csv", t("""
Leveringsplan 2025;CN-16 cross connector KH-CN-16-4W;Leverandør: Kovo Hrádek s.r.o.
Uge;Antal;Lager
6;300;Vejle
10;300;Vejle
15;400;Vejle
20;400;Vejle
26;400;Vejle
33;300;Vejle
40;300;Vejle
I alt;2.400;
"""), "text/csv")])))])

# p07: sample PO that never puts the rest on hold and names no unlock event
case("p07_po_samples_no_hold", ["RG003", "RG004"],
     "Sample PO (4 housings) ahead of a park programme; never says the rest is not released and names no unlock event; release authority named.",
     [("PO_24-0702.pdf", pdf([
         ("h1", "CITY OF PINE RIDGE, COLORADO"),
         ("p", "Parks & Recreation Department · Purchasing Division · 410 Aspen Avenue, Pine Ridge, CO 81199"),
         ("h", "PURCHASE ORDER 24-0702"),
         ("table", [["Vendor", "UAB Metalo Linija, Šiauliai, Lithuania (Vendor # 30877)"],
                    ["Date", "05/06/2024"],
                    ["Buyer", "Rachel Ortiz, Buyer II, (719) 555-0163"]]),
         ("sp",),
         ("table", [["Line", "Description", "Qty", "Unit", "Unit price", "Extended"],
                    ["1", "LB-120 litter bin housing, galv. + powder coat Forest Green, first article sample", "4", "EA", "$412.00", "$1,648.00"],
                    ["2", "Air freight", "1", "LOT", "$540.00", "$540.00"],
                    ["", "", "", "", "Total", "$2,188.00"]]),
         ("sp",),
         ("p", "Remarks: First article samples ahead of the 2024 park program rollout (litter bin housings for "
               "14 parks). Samples to be delivered to the Parks Yard by 06/14/2024."),
         ("p", "Production release authority: Greg Tolliver, Parks Capital Projects Manager."),
         ("p", "City spec section 32 93 00. Net 30. FOB Destination."),
     ], pagesize=LETTER, title="PO 24-0702", author="City of Pine Ridge"))])

# p08: two-level quoted thread; top reply uses 'approved' three ways and an unscoped go-ahead
_p08_lvl2 = t("""
Dear Tomas,

PO AW-PO-24-0533 covers six (6) sample bench frames BF-1800 only. The balance of 294 pcs is on
hold, not released, until our QA/QC Engineer Mr. Sameer Qureshi signs off the samples and
Mr. Omar Haddad, Projects Director, gives the written release.

Best Regards,
Rajesh Menon
""")
_p08_lvl1 = t("""
Dear Rajesh,

Drawing rev D with the thicker foot plate (8 mm instead of 6 mm) is ready, it was in
attachment of my previous mail. Can you confirm?
Also your finance asked for the bank details form, we sent it yesterday.

Best regards,
Tomas

On 2024-05-06 10:15, Rajesh Menon wrote:
""") + q(_p08_lvl2)
case("p08_thread_approved_goahead", ["RG002", "RG009"],
     "Top reply: drawing 'approved', PO 'approved by finance', 'you are approved ... please go ahead' with no quantity; quoted original scope (6 samples, hold, event, Omar Haddad) complete.",
     [("RE_RE_AW-PO-24-0533_drawing_rev_D.eml", eml_bytes(mail(
         AW_RAJESH, ML_TOMAS, "RE: RE: AW-PO-24-0533 bench frames - drawing rev D", dt(2024, 5, 15, 13, 27, 4),
         t("""
Dear Tomas,

Drawing rev D is approved by our engineering, and the PO is approved by finance also, vendor
registration is done. So you are approved from our side, please go ahead.

Best Regards,
Rajesh
""") + sig("Rajesh Menon", "Senior Buyer", AW + ", Al Quoz Industrial 3, Dubai, UAE", "+971 4 339 7720")
         + t("""

-----Original Message-----
From: Tomas Jankauskas <tomas.j@metalolinija.lt>
Sent: Tuesday, May 14, 2024 5:02 PM
To: Rajesh Menon <rajesh.menon@alwahat-landscape.ae>
Subject: RE: AW-PO-24-0533 bench frames - drawing rev D

""") + q(_p08_lvl1) + "\n",
         in_reply_to="<h197-ml-0533b@metalolinija.lt>")))])

# p09: supplier reply: deposit received, so stainless bar for all 2,000 ordered and mass production next week
_p09_quoted = t("""
Lily,

PO 24-0719 covers twenty (20) sample swing hangers SH-12 only. The balance of 1,980 hangers
is not released and stays on hold until Greg Tolliver, Parks Capital Projects Manager, signs
off the samples and releases the balance in writing. Material for the 20 samples only, please.

Thanks,
Dana
""")
case("p09_deposit_received_mass_prod", ["RG006", "RG012"],
     "Supplier: tooling deposit received, so bar for the full 2,000 ordered and mass production next week; quoted buyer scope (20 samples, hold, event, Greg Tolliver) complete.",
     [("RE_PO_24-0719_SH-12.eml", eml_bytes(mail(
         HY_LILY, PR_DANA, "RE: PO 24-0719 SH-12 swing hangers", dt(2024, 5, 24, 9, 12, 8),
         t("""
Dear Dana,

Good day!

The 30% deposit USD 2,400 for the tooling is received today, many thanks. So we have already
ordered the 316 stainless bar for the full 2,000pcs, and we will start mass production next
week to catch your season.

Samples 20pcs ship by DHL on Friday, AWB to follow.

Thanks & best regards
Lily Chen
Sales Manager | Ningbo Haoyun Hardware Co., Ltd.
Tel +86 574 8688 1203 | WeChat lilychen_hy

On 2024-05-14 02:10, Dana Whitfield wrote:
""") + q(_p09_quoted) + "\n",
         in_reply_to="<h197-pr-0719@pineridgeco.gov>")))])

# p10: supplier takes a labelled forecast as firm order and buys tube for all of it
case("p10_supplier_forecast_firm_tube", ["RG006", "RG008"],
     "Supplier mail: 'we take the 800 as your firm order' (buyer had labelled it forecast, not an order) and bought tube for 800 while only 4 samples are on PO.",
     [("RE_BF-1800_planning_2025.txt", t("""
From: Tomas Jankauskas <tomas.j@metalolinija.lt>
To: Mette Kjærgaard <mette.kjaergaard@legevaerk-nord.dk>
Date: Wed, 22 May 2024 07:48:00 +0300
Subject: RE: Forecast 2025 BF-1800

Hello Mette,

thank you for the forecast 2025. We take the 800 bench frames as your firm order for 2025 and
we already bought the steel tube 60x40x3 for all 800 pcs to fix the price, because steel
price is going up after summer. Samples ready week 22 as promised.

Best regards / Pagarbiai
Tomas Jankauskas
Sales Manager, UAB Metalo Linija
Pramonės g. 14, LT-78138 Šiauliai, Lithuania | +370 41 55 20 18

> From: Mette Kjærgaard
> Sent: 21. maj 2024 15:03
> Subject: Forecast 2025 BF-1800
>
> Hi Tomas,
> for your planning: our forecast 2025 for BF-1800 is 800 frames (forecast, not an order).
> Current PO 4500-2323 covers 4 sample frames only. The balance is not released and waits for
> Søren's sample sign-off and a written release from Anders Riis.
> Mette
"""))])

# p11: PO (6 samples) + supplier proforma (8 samples, balance scheduled on advance payment) (multi-file)
case("p11_po_and_proforma", ["RG011", "RG012"],
     "PO says 6 sample housings, supplier proforma for the same PO says 8; proforma schedules the 134 balance on receipt of advance payment.",
     [("PO_24-0781.pdf", pdf([
         ("h1", "CITY OF PINE RIDGE, COLORADO"),
         ("p", "Parks & Recreation Department · Purchasing Division · 410 Aspen Avenue, Pine Ridge, CO 81199"),
         ("h", "PURCHASE ORDER 24-0781"),
         ("table", [["Vendor", "UAB Metalo Linija, Šiauliai, Lithuania (Vendor # 30877)"],
                    ["Date", "06/03/2024"],
                    ["Buyer", "Dana Whitfield, CPPB, Procurement Officer"]]),
         ("sp",),
         ("table", [["Line", "Description", "Qty", "Unit", "Unit price", "Extended"],
                    ["1", "LB-120 litter bin housing, 32 gal liner, powder coat Forest Green, sample", "6", "EA", "$412.00", "$2,472.00"],
                    ["", "", "", "", "Total", "$2,472.00"]]),
         ("sp",),
         ("p", "Scope: this PO covers six (6) sample housings only. The balance of 134 housings is not released and "
               "is on hold until Greg Tolliver, Parks Capital Projects Manager, issues a written production release "
               "after sample sign-off. Material for the 6 samples only."),
     ], pagesize=LETTER, title="PO 24-0781", author="City of Pine Ridge")),
      ("Proforma_LT-PF-24-077.pdf", pdf([
          ("h1", "UAB METALO LINIJA"),
          ("p", "Pramones g. 14, LT-78138 Šiauliai, Lithuania · VAT LT100004418 · IBAN LT12 7044 0600 0812 3381"),
          ("h", "PROFORMA INVOICE LT-PF-24-077"),
          ("table", [["Buyer", "City of Pine Ridge, Parks & Recreation, Colorado, USA"],
                     ["Your order", "PO 24-0781"],
                     ["Date", "05.06.2024"]]),
          ("sp",),
          ("table", [["No.", "Description", "Qty", "Price USD", "Sum USD"],
                     ["1", "LB-120 litter bin housing, sample", "8 pcs", "412.00", "3,296.00"],
                     ["2", "Advance payment 40% for balance 134 pcs (134 x 389.00 x 40%)", "1", "20,850.40", "20,850.40"],
                     ["", "", "", "Total", "24,146.40"]]),
          ("sp",),
          ("p", "Production of the balance 134 pcs will be scheduled upon receipt of the advance payment."),
          ("p", "Payment by bank transfer, reference LT-PF-24-077. Tomas Jankauskas, Sales Manager."),
      ], title="LT-PF-24-077", author="Metalo Linija")),
      ])

# p12: supplier reads a fit-check sign-off as go for production and has bought resin for 594
_p12_quoted = t("""
Dear João,

The 6 samples SC-1500 are approved for fit check only. Production is not released: the balance
of 594 chutes waits for a written release from Anders Riis. Please do not buy resin for the
balance yet.

Best regards
Søren Holm
Product Engineer, Legeværk Nord A/S
""")
case("p12_supplier_rolls_after_signoff", ["RG006", "RG007"],
     "Supplier: 'samples are approved! so we continue with production of the 594', resin for 594 already ordered; quoted buyer sign-off said fit check only.",
     [("RE_SC-1500_samples_fit_check.eml", eml_bytes(mail(
         RL_JOAO, LN_SOREN, "RE: SC-1500 samples fit check (PO 4500-2288)", dt(2024, 5, 29, 11, 3, 1),
         t("""
Dear Søren,

thank you, good news that the samples are approved! So we continue now with the production of
the 594 chutes. The resin for all 594 is already ordered and arrives on Monday. First 100 pcs
ready in week 24.

Cumprimentos,
João Ferreira
Rotomoldes do Lis, Lda. | Departamento Comercial | +351 244 830 118

Esta mensagem é confidencial. Se a recebeu por engano, por favor apague-a e avise o remetente.

De: Søren Holm <soren.holm@legevaerk-nord.dk>
Enviado: 28 de maio de 2024 16:40
Assunto: SC-1500 samples fit check (PO 4500-2288)

""") + q(_p12_quoted) + "\n",
         cc=LN_METTE, in_reply_to="<h197-ln-2288@legevaerk-nord.dk>")))])

# p13: minutes: sample approval 'approves and releases' the order automatically
case("p13_minutes_auto_roll", ["RG007", "RG009"],
     "Minutes: 'when approved by Søren Holm, the order is approved and released for production automatically' with no recorded quantity or conditions; 'approved' for sample and order.",
     [("Referat_Kovo_2024-05-07.docx", docx_bytes([
         ("h1", "Referat / Minutes: supplier meeting Legeværk Nord / Kovo Hrádek"),
         ("p", "Date: 07.05.2024, Vejle. Participants: Mette Kjærgaard, Søren Holm, Anders Riis (Legeværk); "
               "Petr Novák (Kovo Hrádek)."),
         ("h", "1. Order status"),
         ("p", "PO 4500-2305 covers 24 sample connectors CN-16 (drawing LN-4471 rev B). The balance of 2.376 is on hold "
               "until sample approval."),
         ("h", "2. Samples"),
         ("p", "Samples due week 21. When the samples are approved by Søren Holm, the order is approved and released "
               "for production automatically, no separate paper needed, to save time before the season."),
         ("h", "3. Coating"),
         ("p", "Anodise black, min. 15 µm. Kovo to send coating certificate with the samples."),
         ("h", "Actions"),
         ("table", [["Action", "Owner", "Due"],
                    ["Ship 24 samples", "Petr Novák", "week 21"],
                    ["Pull test 12 kN on samples", "Søren Holm", "week 22"]]),
     ], author="Mette Kjærgaard"))])

# p14: DELFOR: forecast weeks called a firm commitment; header 300 vs firm line 350
case("p14_delfor_forecast_commitment", ["RG008", "RG011"],
     "Delivery schedule: forecast weeks declared 'our firm commitment for 2024'; summary says released 300 while the firm line says 350.",
     [("DELFOR_LN-DS-2317-24.txt", t("""
EDIFACT DELFOR D.96A  --  DELIVERY SCHEDULE  --  printout from LN-EDI01
Sender LEGEVAERKNORD  Receiver KOVOHRADEK  Interchange 5521  10.06.2024 06:30
------------------------------------------------------------------------------
UNB+UNOC:3+LEGEVAERKNORD:ZZ+KOVOHRADEK:ZZ+240610:0630+5521'
UNH+1+DELFOR:D:96A:UN'
BGM+241+LN-DS-2317-24+9'
DTM+137:20240610:102'
NAD+BY+LN01::92'
NAD+SE+V10231::92'
FTX+AAI+++FORECAST WK33 AND WK41 IS OUR FIRM COMMITMENT FOR 2024. PLEASE RESERVE CAPACITY.'
FTX+AAI+++PRODUCTION AFTER THE FIRM WEEK NOT RELEASED UNTIL NEXT SCHEDULE SIGNED BY A. RIIS.'
GIS+37'
LIN+++KH-CN-16-4W:IN'
RFF+ON:4500-2317'
SCC+1'
QTY+1:350:PCE'
DTM+2:20240617:102'
SCC+4'
QTY+1:400:PCE'
DTM+2:20240812:102'
SCC+4'
QTY+1:400:PCE'
DTM+2:20241007:102'
UNT+21+1'
UNZ+1+5521'
------------------------------------------------------------------------------
READABLE SUMMARY
Part KH-CN-16-4W (CN-16 cross connector), scheduling agreement 4500-2317
Released quantity this schedule (firm) : 300 PCE

  Week   Date        Qty   Status
  25     17.06.2024  350   FIRM (SCC 1)
  33     12.08.2024  400   forecast (SCC 4) - firm commitment
  41     07.10.2024  400   forecast (SCC 4) - firm commitment

Buyer free text:
Forecast wk33 and wk41 is our firm commitment for 2024, please reserve capacity.
Production after the firm week is not released until the next schedule signed by Anders Riis.
------------------------------------------------------------------------------
"""))])

# p15: tooling invoice paid + PO 'released' in ERP => 'released to produce'
_p15_text = t("""
Tomas,

Good news: your tooling invoice ML-INV-24-118 was paid today (ACH, ref 40117), and PO 24-0744
rev 1 is released in our ERP. So you are released to produce the 136 housings.

Please send me the production schedule by Friday.

Thanks,
Dana
""") + sig("Dana Whitfield, CPPB", "Procurement Officer", PR + ", 410 Aspen Ave, Pine Ridge, CO 81199",
           "(719) 555-0187")
case("p15_invoice_paid_released", ["RG009", "RG012"],
     "'Invoice paid ... PO released in our ERP. So you are released to produce the 136': payment/PO as production authority; 'released' for ERP PO and production.",
     [("PO_24-0744_housings.eml", eml_bytes(mail(
         PR_DANA, ML_TOMAS, "PO 24-0744 - tooling invoice paid", dt(2024, 6, 4, 15, 40, -6),
         _p15_text, html=h(_p15_text))))])

# p16: plain mail 'Go ahead.' answering a supplier question, no quantity anywhere in the authorization
case("p16_mail_variation_go_ahead", ["RG002", "RG010"],
     "Buyer: 'variation signed by council yesterday. Go ahead.' no quantity; the supplier's quoted question does not count (conv. 3); single-stage order.",
     [("RE_Kahu_Bay_climbing_net_connectors.txt", t("""
From: Hamish McLeod <hamish.mcleod@kahubay.govt.nz>
To: Petr Novák <novak@kovohradek.cz>
Date: Thu, 6 Jun 2024 08:12:00 +1200
Subject: RE: Kahu Bay climbing net - connectors

Hi Petr,

Yep, the contract variation was signed by council yesterday. Go ahead.

Cheers,
Hamish

Hamish McLeod | Procurement Lead | Kāhu Bay District Council
Private Bag 3012, Kāhu Bay 3170 | 07 555 0142
This email may contain information that is confidential or subject to legal privilege. If you
are not the intended recipient please delete it and let us know. Council emails may be
released under the Local Government Official Information and Meetings Act 1987.

-----Original Message-----
From: Petr Novák <novak@kovohradek.cz>
Sent: Wednesday, 5 June 2024 9:47 PM
To: Hamish McLeod <hamish.mcleod@kahubay.govt.nz>
Subject: Kahu Bay climbing net - connectors

Dear Hamish,
is the contract variation for the climbing net signed now? Can we start on the connectors?
As agreed it is all on one order, no sample stage this time (same CN-16 like Te Awa Reserve).
Best regards
Petr Novák
Kovo Hrádek s.r.o.
"""))])

# p17: WeChat: buyer asks for samples with no quantity, no hold, no event, no release person
case("p17_wechat_samples_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "WeChat: 'PO for samples sending today, pls make samples asap', quantity left as 'same like your quote'; nothing on balance, unlock event or release person.",
     [("WeChat_Lily_Chen_export.txt", t("""
WeChat chat history: Rajesh Menon & Lily Chen 陈丽 (Haoyun Hardware)
Exported 2024-05-20 18:02

2024-05-19 10:12  Rajesh Menon
Hi Lily good morning. PO for samples sending today, SH-12 swing hanger

2024-05-19 10:13  Rajesh Menon
pls make samples asap, site team need photos for consultant before Eid

2024-05-19 10:20  Lily Chen 陈丽
Good morning dear! ok noted 👌 how many pcs samples?

2024-05-19 10:31  Rajesh Menon
same like your quote. I will check with site and tell you

2024-05-19 10:32  Lily Chen 陈丽
ok, waiting your PO

2024-05-20 09:05  Lily Chen 陈丽
[Image]

2024-05-20 09:05  Lily Chen 陈丽
forging blank M12 ready, we machine the samples tomorrow
"""))])

# p18: reorder: prepayment transferred, 'so please go ahead with production', no quantity
_p18_text = t("""
Hej Tomas,

Prepayment for the LB-120 reorder (your proforma LT-PF-24-061, our PO 4500-2330) is
transferred today, copy of the bank advice attached.

So please go ahead with production.

Mvh / Best regards
Mette
""") + sig("Mette Kjærgaard", "Purchaser", LN + ", Industrivej 41, 7100 Vejle, Denmark", "+45 76 40 22 31")
case("p18_prepayment_go_ahead", ["RG002", "RG010", "RG012"],
     "Reorder mail: prepayment transferred 'so please go ahead with production'; no quantity in the authorization, bank advice shows none either.",
     [("LB-120_reorder.eml", eml_bytes(mail(
         LN_METTE, ML_TOMAS, "Prepayment LB-120 reorder", dt(2024, 5, 21, 11, 15),
         _p18_text,
         attachments=[("bank_advice_20240521.txt", t("""
DANSKE BANK A/S - PAYMENT ADVICE / BETALINGSADVIS
Execution date     : 21.05.2024
Ordering customer  : LEGEVAERK NORD A/S, DK49 3000 0012 3456 78
Beneficiary        : UAB METALO LINIJA, LT12 7044 0600 0812 3381, SEB LT
Amount             : EUR 18.240,00
Charges            : SHA
Remittance info    : PROFORMA LT-PF-24-061 / PO 4500-2330 / PREPAYMENT 100 PCT
Reference          : DB2405210044187
"""), "text/plain")])))])

# p19: ERP sample PO (30) + supplier acknowledgement of 36 for the same PO (multi-file)
case("p19_erp_po_and_ack", ["RG003", "RG004", "RG011"],
     "ERP sample PO for 30 connectors and supplier acknowledgement 'we confirm ... 36 pcs' for the same PO; PO never puts the balance on hold nor names an unlock event.",
     [("AW-PO-24-0561_print.txt", t("""
AL WAHAT LANDSCAPE CONTRACTING LLC                              PURCHASE ORDER
Al Quoz Industrial Area 3, P.O. Box 118204, Dubai, UAE       (Oracle EBS print)
=========================================================================================
PO No   : AW-PO-24-0561        Rev : 0          Date : 02-JUN-2024
Supplier: KOVO HRADEK S.R.O., HRADEC KRALOVE, CZ        Site: HK-01
Buyer   : MENON, RAJESH
Project : AQ-2207 Al Qudra Lakes Park - climbing net "Falcon Dome"
Ship To : Al Qudra site store, Gate 3, Dubai
Terms   : CPT Dubai (Incoterms 2020), 60 days
=========================================================================================
Line Item        Description                                 Qty  UOM  Unit EUR   Amount EUR
1    CN-16-ALU   Net cross connector CN-16, aluminium,        30  EA       6,80       204,00
                 black anodised, for 16 mm rope,
                 DWG AQ-2207-NET-05 Rev 2
2    FREIGHT     Courier DHL                                   1  LOT     95,00        95,00
                                                             Total EUR              299,00
=========================================================================================
Notes:
Sample lot for approval before installation of the Falcon Dome net (EN 1176-11:2014).
Release authority for production quantity: Omar Haddad, Projects Director.
"""),),
      ("RE_AW-PO-24-0561.eml", eml_bytes(mail(
          KH_PETR, AW_RAJESH, "RE: AW-PO-24-0561 sample connectors", dt(2024, 6, 3, 9, 30),
          t("""
Dear Mr. Menon,

thank you for your order. We confirm your PO AW-PO-24-0561 for 36 pcs sample connectors
CN-16, black anodised, delivery in week 25 by DHL.

Best regards / S pozdravem
Petr Novák
obchodní oddělení / sales
Kovo Hrádek s.r.o., Průmyslová 1180, 500 02 Hradec Králové, Czech Republic
tel. +420 495 512 330

Od: Rajesh Menon <rajesh.menon@alwahat-landscape.ae>
Odesláno: 2. června 2024 10:14
Předmět: AW-PO-24-0561 sample connectors

""") + q(t("""
Dear Petr,
Please find attached PO AW-PO-24-0561 for the sample connectors CN-16.
Kindly acknowledge.
Best Regards,
Rajesh Menon
""")) + "\n", in_reply_to="<h197-aw-0561@alwahat-landscape.ae>"))),
      ])

# p20: release letter says 440 in words and 400 in the table; signed by a team
case("p20_release_letter_400_440", ["RG005", "RG011"],
     "Release letter: table 'Release qty 400', text 'four hundred and forty (440)'; balance on hold until next call-off but no named person, signed by a team.",
     [("Production_release_88215-R1.pdf", pdf([
         ("h1", "Kahu Bay District Council"),
         ("p", "Private Bag 3012, Kahu Bay 3170, New Zealand"),
         ("h", "PRODUCTION RELEASE 88215-R1"),
         ("table", [["To", "Sai Krishna Rubber Products Pvt. Ltd., Chennai, India"],
                    ["Date", "19 June 2024"],
                    ["PO", "88215 (contract 2 400 tiles: 40 samples + production)"],
                    ["Item", "Safety tile 500x500x45 mm, SBR/EPDM green, AS/NZS 4422, CFH 1.5 m"]]),
         ("sp",),
         ("table", [["", "Tiles"],
                    ["Samples (signed off 12 June 2024)", "40"],
                    ["Release qty (this release)", "400"],
                    ["Balance on hold", "1 960"]]),
         ("sp",),
         ("p", "We release four hundred and forty (440) tiles for production, delivery to Kahu Bay by 30 August 2024."),
         ("p", "The balance of 1 960 tiles remains on hold, not released, until the next call-off."),
         ("p", "Material authority: for the released tiles only."),
         ("sp",),
         ("p", "Parks Asset Team, Kahu Bay District Council"),
     ], title="88215-R1", author="Kahu Bay District Council"))])

# p21: WhatsApp: engineer 'Approved! go ahead', supplier starts the 594
case("p21_whatsapp_approved_start", ["RG002", "RG007"],
     "WhatsApp: 'Approved! go ahead' with no scope; supplier answers 'then we start the 594 chutes on Monday' (assumes sample approval rolls into production).",
     [("WhatsApp_SC-1500_samples.txt", t("""
[06/05/2024, 08:55:02] Mette Kjærgaard: Hi João, PO 4500-2260 sent: 6 sample chutes only.
[06/05/2024, 08:55:40] Mette Kjærgaard: Balance 594 is on hold, not released, until Søren has signed off the samples and Anders Riis sends the written release
[06/05/2024, 09:03:11] João Ferreira: Bom dia Mette, ok noted 👍
[23/05/2024, 17:21:09] João Ferreira: <attached: 00000014-PHOTO-2024-05-23-17-21-09.jpg>
[23/05/2024, 17:21:30] João Ferreira: Samples SC-1500 from series mould, wall 8,1-8,4 mm, colour RAL 6018 ok
[23/05/2024, 18:02:47] Søren Holm: Super, looks really nice. Approved! go ahead 👍
[23/05/2024, 18:05:13] João Ferreira: Obrigado Søren! Then we start the 594 chutes on Monday 💪
"""))])

# p22: supplier status report: 'approved' for samples and PO; material for 6,000 with 40 released
case("p22_status_report_material", ["RG006", "RG009"],
     "Supplier status report: 'Sample approval: Approved' and 'PO approval: Approved'; raw material bought for 6,000 while 40 released and 5,960 not released.",
     [("SK_status_AW-PO-24-0597.pdf", pdf([
         ("h1", "SAI KRISHNA RUBBER PRODUCTS PVT. LTD."),
         ("p", "Plot 27, SIDCO Industrial Estate, Ambattur, Chennai 600058 · ISO 9001:2015"),
         ("h", "Order status report, 27-05-2024"),
         ("p", "Customer: Al Wahat Landscape Contracting LLC, Dubai. PO AW-PO-24-0597. Item: safety tile 500x500x40 mm, "
               "EPDM top, terracotta, EN 1177:2018 (HIC, CFH 1.3 m)."),
         ("table", [["Point", "Status"],
                    ["Sample approval", "Approved by customer (Mr. Sameer Qureshi), 20-05-2024"],
                    ["PO approval", "Approved (AW-PO-24-0597 received 02-05-2024)"],
                    ["Released qty", "40 nos samples"],
                    ["Balance", "5,960 nos: not released, awaiting customer written release"],
                    ["Raw material purchased", "SBR crumb + EPDM granules for 6,000 nos (to protect lead time)"],
                    ["Moulds", "4 cavities ready, 500x500"]]),
         ("sp",),
         ("p", "Remarks: Raw material prices increasing 8% from June, hence purchased in advance. Kindly arrange the release at the earliest."),
         ("p", "Prepared by: Venkatesh R., Production In-charge"),
     ], title="Status AW-PO-24-0597", author="Sai Krishna Rubber"))])

# p23: supplier sales contract: forecast confirmed as firm order, production starts on deposit
case("p23_sales_contract_forecast", ["RG008", "RG012"],
     "Supplier sales contract: 10,000 pcs 'per Buyer's 2025 forecast, confirmed as firm order'; 'production starts upon receipt of the 30% deposit'.",
     [("HY-SC-24-0419_sales_contract.docx", docx_bytes([
         ("h1", "SALES CONTRACT"),
         ("p", "Contract No.: HY-SC-24-0419        Date: 2024-05-22        Place: Ningbo, China"),
         ("p", "Seller: Ningbo Haoyun Hardware Co., Ltd., No. 88 Jinshan Road, Beilun, Ningbo 315800, China"),
         ("p", "Buyer: Al Wahat Landscape Contracting LLC, Al Quoz Industrial Area 3, Dubai, UAE"),
         ("h", "1. Commodity, quantity, price"),
         ("table", [["Item", "Description", "Quantity", "Unit price USD", "Amount USD"],
                    ["1", "Climbing-net cross connector CN-16, aluminium 6082, black anodised, M10 bolt", "10,000 pcs", "0.92", "9,200.00"],
                    ["", "", "", "Total FOB Ningbo", "9,200.00"]]),
         ("h", "2. Quantity basis"),
         ("p", "Quantity as per Buyer's 2025 forecast (Buyer's mail dated 2024-05-15), confirmed by Seller as firm order."),
         ("h", "3. Payment"),
         ("p", "30% T/T deposit after signing, 70% balance against copy of B/L."),
         ("h", "4. Production and delivery"),
         ("p", "Production starts upon receipt of the 30% deposit. Delivery within 45 days after deposit, 100 pcs per carton."),
         ("h", "5. Quality"),
         ("p", "Pull test 12 kN per piece type, salt spray 480 h ISO 9227, EN 1176-1:2017."),
         ("sp",),
         ("table", [["The Seller", "The Buyer"],
                    ["Wang Jun, General Manager (stamp)", ""]]),
     ], author="Lily Chen"))])

# p24: buyer portal: 'Approved' for sample and for PO; release authority is a department
case("p24_portal_dept_authority", ["RG005", "RG009"],
     "Buyer portal: 'Sample approval: Approved' and 'PO approval: Approved'; balance 146 on hold until written release, release authority only 'Parks & Recreation Department'.",
     [("pineridge_portal_PO_24-0760.html", html_page("City of Pine Ridge eProcurement: PO 24-0760", t("""
<h2>City of Pine Ridge, Colorado: eProcurement</h2>
<p>Purchase Order <b>24-0760</b> · Vendor: Kovo Hrádek s.r.o. (Vendor # 30912) · Buyer: Dana Whitfield</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Item</td><td>BF-1800 cast aluminum bench end frames (pair), dwg PR-BF-07 Rev 3</td></tr>
<tr><td>Active quantity</td><td>4 pairs (samples)</td></tr>
<tr><td>Sample approval</td><td>Approved (Engineering, 05/21/2024)</td></tr>
<tr><td>PO approval</td><td>Approved (Finance, 05/03/2024)</td></tr>
<tr><td>Balance</td><td>146 pairs: on hold, not released</td></tr>
<tr><td>Unlock event</td><td>written production release after sample sign-off</td></tr>
<tr><td>Release authority</td><td>Parks &amp; Recreation Department</td></tr>
<tr><td>Material authority</td><td>sample-only</td></tr>
</table>
<p class="note">Vendors: do not start production of the balance without the written production release.</p>
<p style="color:#777">Record last changed 05/21/2024 4:12 PM MDT</p>
""")))])

# p25: forwarded manager note: 'once I sign them off they can roll straight into production'; no quantity
_p25_inner = mail(
    PR_GREG, PR_RACHEL, "bin housings - samples", dt(2024, 6, 10, 7, 55, -6),
    t("""
Rachel,

please tell the bin supplier: the production lot stays on hold until I sign off the sample
housings. Once I sign them off they can roll straight into production, no separate release
needed. We are short on time for the summer.

Greg

Greg Tolliver
Parks Capital Projects Manager | City of Pine Ridge Parks & Recreation
(719) 555-0122
"""))
case("p25_forwarded_roll_no_qty", ["RG007", "RG010"],
     "Forwarded (rfc822) manager note: production lot on hold until his sample sign-off, then 'roll straight into production, no separate release needed'; no quantity stated anywhere.",
     [("FW_bin_housings_samples.eml", eml_bytes(mail(
         PR_RACHEL, ML_TOMAS, "FW: bin housings - samples (PO 24-0795)", dt(2024, 6, 10, 9, 20, -6),
         t("""
Tomas,

see Greg's note below, FYI for the sample housings under PO 24-0795. Our sample evaluation
checklist is attached so you know what we check.

Rachel
""") + sig("Rachel Ortiz", "Buyer II", PR + ", 410 Aspen Ave, Pine Ridge, CO 81199", "(719) 555-0163"),
         attachments=[("rfc822", _p25_inner),
                      ("Sample_evaluation_checklist_LB-120.docx", docx_bytes([
                          ("h1", "Sample evaluation checklist: LB-120 litter bin housing"),
                          ("p", "City of Pine Ridge Parks & Recreation, form PR-QA-07 rev 2"),
                          ("table", [["Check", "Method / requirement", "Result"],
                                     ["Weld quality", "AWS D1.1 visual", ""],
                                     ["Powder coat adhesion", "ASTM D3359, class 4B min.", ""],
                                     ["Powder coat thickness", "2.5-4.0 mil", ""],
                                     ["Lid hinge", "cycle test 5,000 cycles, no loosening", ""],
                                     ["Liner fit", "32 gal liner, lifts out freely", ""],
                                     ["Anchor pattern", "4 x 1/2\" anchors on 12\" bolt circle", ""]]),
                          ("p", "Evaluator: ____________  Date: ________"),
                      ], author="Greg Tolliver"), DOCX_MT)])))])


# p26: WhatsApp: 'Looks good. Approved, go ahead.' on re-coated samples; scope complete earlier
case("p26_whatsapp_colour_go_ahead", ["RG002"],
     "WhatsApp: buyer 'Approved, go ahead.' names neither samples-only nor a quantity; earlier scope (24 samples, hold, event, Anders Riis) complete; supplier does not assume production.",
     [("WhatsApp_Chat_Petr_Novak.txt", t("""
02.05.24, 08:31 - Mette Kjærgaard: Hi Petr, PO 4500-2298 sent by mail. It is for 24 sample connectors CN-16 only
02.05.24, 08:32 - Mette Kjærgaard: Balance 2.376 is not released. It waits for Søren's sample sign-off and then the written release from Anders Riis
02.05.24, 08:40 - Petr Novák: Dobrý den Mette, ok understood, 24 pcs
10.05.24, 14:18 - Petr Novák: Coating colour on first samples was too red, we strip and re-coat. Sorry
10.05.24, 14:30 - Mette Kjærgaard: Ok no problem, thanks for telling
16.05.24, 13:05 - Petr Novák: Re-coated samples RAL 2004 orange, photos in mail. Ok for you?
16.05.24, 13:22 - Mette Kjærgaard: Looks good. Approved, go ahead.
16.05.24, 13:24 - Petr Novák: Děkuji, we send the 24 pcs with DHL on Friday
"""))])

# p27: buyer portal message thread 'Rev E checked - approved. Proceed.'
case("p27_portal_rev_e_proceed", ["RG002"],
     "Buyer portal: page has complete scope (12 samples, hold, event, Hamish McLeod) but the message 'Rev E checked - approved. Proceed.' is unscoped.",
     [("kbdc_portal_PO_88364.html", html_page("Kāhu Bay DC supplier portal: PO 88364", t("""
<h2>Kāhu Bay District Council: supplier portal</h2>
<p>Supplier: <b>Kovo Hrádek s.r.o.</b> · Purchase order <b>88364</b> · Net cross connector CN-16</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Active quantity</td><td>12 connectors (samples)</td></tr>
<tr><td>Balance</td><td>1 188 connectors: on hold, not released</td></tr>
<tr><td>Unlock</td><td>sample sign-off by Aroha Ngata, then written release</td></tr>
<tr><td>Release authority</td><td>Hamish McLeod, Procurement Lead</td></tr>
<tr><td>Material authority</td><td>sample-only</td></tr>
</table>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>11/06/2024 21:14</td><td>Petr Novák (Kovo Hrádek)</td><td>Drawing KH-CN-16 rev E uploaded. Wall 4.0 mm instead of 3.5 mm, rope channel radius R3.</td></tr>
<tr><td>12/06/2024 09:02</td><td>Aroha Ngata (KBDC)</td><td>Rev E checked - approved. Proceed.</td></tr>
<tr><td>12/06/2024 18:40</td><td>Petr Novák (Kovo Hrádek)</td><td>Thank you.</td></tr>
</table>
<p style="color:#777">Attachments: KH-CN-16_revE.pdf (412 kB)</p>
""")))])

# p28: hold 'until further notice' - no unlock event
case("p28_mail_hold_further_notice", ["RG004"],
     "Plain mail: 10 samples only, 1 990 NOT released 'on hold until further notice', Hamish named as the only releaser; no unlock event (conv. 6).",
     [("PO_88176_sample_tiles.txt", t("""
From: Hamish McLeod <hamish.mcleod@kahubay.govt.nz>
To: Prakash Iyer <prakash.iyer@saikrishnarubber.in>
Cc: Aroha Ngata <aroha.ngata@kahubay.govt.nz>
Date: Mon, 13 May 2024 10:40:00 +1200
Subject: PO 88176 - sample tiles

Kia ora Prakash,

PO 88176 follows in a separate mail from our finance system. It is for ten (10) sample tiles
500x500x45 only.

The remaining 1 990 tiles are NOT released. They are on hold until further notice, and I'm
the one who releases them, nobody else. Please make the 10 and buy rubber crumb for the 10
only.

Ngā mihi,
Hamish McLeod
Procurement Lead | Kāhu Bay District Council | 07 555 0142

This email may contain information that is confidential or subject to legal privilege.
"""))])

# p29: PO: balance NOT released, on hold until further notice; authority named, no event
case("p29_po_balance_hold_no_event", ["RG004"],
     "Sample PO (3 chutes): balance 57 NOT released, on hold until further notice; release authority named; no unlock event.",
     [("PO_24-0688.pdf", pdf([
         ("h1", "CITY OF PINE RIDGE, COLORADO"),
         ("p", "Parks & Recreation Department · Purchasing Division · 410 Aspen Avenue, Pine Ridge, CO 81199"),
         ("h", "PURCHASE ORDER 24-0688"),
         ("table", [["Vendor", "Rotomoldes do Lis, Lda., Leiria, Portugal (Vendor # 30951)"],
                    ["Date", "05/02/2024"],
                    ["Reference", "Bid 2024-092, play structures Aspen Meadows & Cottonwood Park"]]),
         ("sp",),
         ("table", [["Line", "Description", "Qty", "Unit", "Unit price", "Extended"],
                    ["1", "Straight slide chute SC-1500, green, ASTM F1487-21, sample", "3", "EA", "$268.00", "$804.00"],
                    ["2", "Freight to Parks Yard", "1", "LOT", "$910.00", "$910.00"],
                    ["", "", "", "", "Total", "$1,714.00"]]),
         ("sp",),
         ("p", "This PO covers three (3) sample chutes. The balance of 57 chutes under Bid 2024-092 is NOT released "
               "and remains on hold until further notice. Material for the 3 samples only."),
         ("p", "Production release authority: Greg Tolliver, Parks Capital Projects Manager."),
         ("p", "Dana Whitfield, CPPB, Procurement Officer"),
     ], pagesize=LETTER, title="PO 24-0688", author="City of Pine Ridge"))])

# p30: meeting notes: release by 'purchasing department' - nobody named
case("p30_notes_dept_release", ["RG005"],
     "Meeting notes: 6 samples, 1.194 not released, unlock = sample sign-off + written release 'from Legeværk purchasing department' (no named person, conv. 7).",
     [("Meeting_notes_RL_2024-05-15.docx", docx_bytes([
         ("h1", "Meeting notes: Legeværk Nord / Rotomoldes do Lis"),
         ("p", "15.05.2024, Teams. Present: Mette Kjærgaard, Søren Holm (Legeværk); João Ferreira, Ana Sousa (Rotomoldes)."),
         ("h", "SC-1500 slide chute, PO 4500-2274"),
         ("li", "PO 4500-2274 covers six (6) sample chutes from the series mould."),
         ("li", "The balance of 1.194 chutes is not released and stays on hold."),
         ("li", "Unlock: sample sign-off, then a written release from Legeværk purchasing department."),
         ("li", "Resin only for the 6 samples."),
         ("h", "Technical"),
         ("li", "Wall thickness min. 7,5 mm, measured at 12 points (drawing 2210 rev C, note 4)."),
         ("li", "Colour RAL 6018, UV class per EN 1176-1:2017."),
         ("h", "Next meeting"),
         ("p", "29.05.2024, after samples arrive in Vejle."),
     ], author="Mette Kjærgaard"))])

# p31: buyer portal: release by 'Projects Department'
case("p31_portal_projects_dept", ["RG005"],
     "Buyer portal: 10 samples active, 1,490 on hold (not released), unlock = sample sign-off + revised PO, release by 'Projects Department' (no named person).",
     [("alwahat_portal_AW-PO-24-0602.html", html_page("Al Wahat supplier portal: AW-PO-24-0602", t("""
<h2>Al Wahat Landscape Contracting LLC: Supplier Portal</h2>
<p>Welcome, <b>Ningbo Haoyun Hardware Co., Ltd.</b></p>
<h3>PO AW-PO-24-0602: Swing hanger SH-12 (AISI 316, M12x1.75)</h3>
<table>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Active quantity</td><td>10 pcs (samples)</td></tr>
<tr><td>Balance</td><td>1,490 pcs: ON HOLD (not released)</td></tr>
<tr><td>Unlock event</td><td>Sample sign-off by QA/QC and revised PO</td></tr>
<tr><td>Release by</td><td>Projects Department</td></tr>
<tr><td>Material authority</td><td>Samples only</td></tr>
<tr><td>Delivery</td><td>Samples to Al Quoz office, attn. QA/QC</td></tr>
</table>
<p class="note">Supplier shall not manufacture or procure material for the balance until the release is issued.</p>
<p style="color:#777">Page printed 21-May-2024 10:04 GST</p>
""")))])

# p32: supplier status mail: balance still on hold, but granulate bought for all 6 000
case("p32_supplier_mail_granulate", ["RG006"],
     "Supplier status mail: only 40 samples released, balance 5 960 still on hold, but SBR and EPDM purchased for the full 6 000 tiles; no material authority.",
     [("Status_PO_4500-2295_tiles.txt", t("""
From: Prakash Iyer <prakash.iyer@saikrishnarubber.in>
To: Mette Kjærgaard <mette.kjaergaard@legevaerk-nord.dk>
Date: Fri, 24 May 2024 19:10:00 +0530
Subject: Status - PO 4500-2295 - Safety tiles 500x500x40

Dear Madam Mette,

Greetings from Sai Krishna!

Status of your PO 4500-2295 as below:
1) 40 nos sample tiles moulded, curing is going on, dispatch by 28th May by DHL.
2) As per PO only the 40 samples are released. Balance 5 960 nos is still on hold with you,
   we have understood.
3) However kindly note we have purchased SBR granulate and EPDM for the full 6 000 tiles to
   protect the lead time, as granulate prices are increasing every week.

HIC test as per EN 1177:2018 will be done on 3 tiles at NABL lab.

Thanking you and assuring our best services,
Prakash Iyer
GM - Marketing, Sai Krishna Rubber Products Pvt. Ltd.
Ambattur, Chennai | +91 44 2625 8841
"""))])

# p33: supplier production status: bar for the full 1.200 bought with 600 released
case("p33_supplier_status_bar_1200", ["RG006"],
     "Supplier production status: 600 released, 600 not released, but aluminium bar purchased for the complete 1.200; no material authority for it.",
     [("Kovo_vyrobni_status_88388.pdf", pdf([
         ("h1", "KOVO HRÁDEK s.r.o."),
         ("p", "Prumyslova 1180, 500 02 Hradec Králové · ICO 25418812 · ISO 9001:2015"),
         ("h", "Výrobní status / Production status: zakázka KH-24-0266"),
         ("p", "Customer: Kahu Bay District Council, PO 88388, net cross connector CN-16. Date: 24.06.2024"),
         ("table", [["Položka / Item", "Ks / Qty", "Status"],
                    ["Samples", "12", "signed off by customer 04.06.2024"],
                    ["Released (REL-88388-01, H. McLeod)", "600", "in production, anodising wk 27"],
                    ["Balance", "600", "not released, on hold"],
                    ["Al 6082 bar purchased", "for 1.200 ks", "complete order, to keep price"],
                    ["Shipped", "0", "first 300 ks ETD wk 28"]]),
         ("sp",),
         ("p", "Note: bar for the complete order is in our store, so the second 600 can start right after your release."),
         ("p", "Jana Dvorakova, planovani vyroby / production planning"),
     ], title="Production status KH-24-0266", author="Kovo Hradek"))])

# p34: supplier: once Søren approves the samples we continue directly with the 1.194
_p34_quoted = t("""
Dear João,

PO 4500-2281 covers six (6) sample chutes SC-1500 only. The balance of 1.194 chutes is not
released. After Søren's sample sign-off, Anders Riis will send a written release; only that
releases production. Material: resin for the 6 samples only.

Kind regards
Mette Kjærgaard
""")
case("p34_supplier_continue_after_approval", ["RG007"],
     "Supplier: 'once Søren approves the samples we will continue directly with the 1.194, no need to wait for more papers'; quoted buyer scope required a written release.",
     [("RE_PO_4500-2281_samples.eml", eml_bytes(mail(
         RL_JOAO, LN_METTE, "RE: PO 4500-2281 SC-1500 samples", dt(2024, 5, 8, 10, 22, 1),
         t("""
Dear Mette,

samples leave Leiria on Friday with Transportes Lis, arrival Vejle Tuesday.

Once Søren approves the samples we will continue directly with the 1.194, no need to wait for
more papers, so we save 3 weeks for you. The resin we order only after his OK.

Cumprimentos,
João Ferreira
Rotomoldes do Lis, Lda. | Departamento Comercial | +351 244 830 118

On 07/05/2024 15:51, Mette Kjærgaard wrote:
""") + q(_p34_quoted) + "\n",
         in_reply_to="<h197-ln-2281@legevaerk-nord.dk>")))])

# p35: Teams: release authority waives his own written release once the engineer is happy
case("p35_teams_no_need_my_release", ["RG007"],
     "Teams: release authority 'when Søren is happy with the samples you can start the balance straight away, no need to wait for my release' contradicts the written-release rule (conv. 9).",
     [("Teams_Legevaerk_Kovo_CN16.txt", t("""
Microsoft Teams: chat "CN-16 Kovo / Legeværk"  (export 22.05.2024)

Mette Kjærgaard  06.05.2024 10:14
Hi Petr, PO 4500-2311 = 24 sample connectors CN-16 only. The balance of 2.376 is not released, it needs Søren's sign-off and then a written release from Anders Riis.

Petr Novák  06.05.2024 10:31
Ok Mette, 24 ks samples, clear.

Anders Riis  21.05.2024 15:02
Petr, to save time: when Søren is happy with the samples you can start the balance straight away, no need to wait for my release.

Petr Novák  21.05.2024 15:09
Understood, thank you Anders. Samples arrive Vejle Thursday.
"""))])

# p36: supplier order confirmation turns a demand forecast into a firm order
case("p36_order_confirmation_forecast", ["RG008"],
     "Supplier order confirmation: 5,000 pcs referenced to the customer's demand forecast and 'CONFIRMED AS FIRM ORDER'.",
     [("HY-OC-24-0233.pdf", pdf([
         ("h1", "NINGBO HAOYUN HARDWARE CO., LTD."),
         ("p", "No. 88 Jinshan Road, Beilun, Ningbo 315800, China · Tel +86 574 8688 1203"),
         ("h", "ORDER CONFIRMATION HY-OC-24-0233"),
         ("table", [["Customer", "Kahu Bay District Council, New Zealand"],
                    ["Customer reference", "Your demand forecast 2024/25 dated 12-Apr-2024"],
                    ["Date", "2024-04-20"]]),
         ("sp",),
         ("table", [["Item", "Description", "Qty", "Unit price NZD", "Amount NZD"],
                    ["SH-12", "Swing hanger AISI 316, M12x1.75, bronze bush, AS 4685.2", "5,000 pcs", "14.80", "74,000.00"]]),
         ("sp",),
         ("p", "Status: CONFIRMED AS FIRM ORDER."),
         ("p", "Production planning: wk 22 to wk 30, 4 lots. FOB Ningbo. Payment T/T 30 days after B/L."),
         ("p", "Sales: Lily Chen"),
     ], title="HY-OC-24-0233", author="Haoyun Hardware"))])

# p37: supplier capacity plan lists a customer forecast as a confirmed order
case("p37_capacity_plan_forecast", ["RG008"],
     "Supplier capacity plan lists 400 BF-1800 for Al Wahat under 'confirmed orders' with source 'customer forecast'.",
     [("ML_capacity_plan_2024H2.txt", t("""
UAB METALO LINIJA - CAPACITY PLAN 2024 H2 (export from Rivile ERP, 03.06.2024)
Line: tube bending + welding cell W2 (max 1 150 pcs/month)
-------------------------------------------------------------------------------------
Customer               Item     Qty   Basis                              Month
-------------------------------------------------------------------------------------
CONFIRMED ORDERS
Legeværk Nord A/S      LB-120   160   PO 4500-2342 (full qty)            07/2024
Al Wahat LLC (Dubai)   BF-1800  400   customer forecast 14.03.2024       08-09/2024
City of Pine Ridge     LB-120   140   PO 24-0711 (full qty)              07-09/2024
-------------------------------------------------------------------------------------
OPEN CAPACITY                          ~ 2 300 pcs over 6 months
-------------------------------------------------------------------------------------
Prepared: R. Petraitienė, production planning. Sent to customers for info on request.
"""))])

# p38: minutes use 'approved' for the samples and for the PO
case("p38_minutes_approved_twice", ["RG009"],
     "Minutes: 'samples approved' (technical) and 'PO 88322 approved by council finance' (commercial); otherwise complete scope (12 samples, hold, written release by Hamish McLeod).",
     [("Minutes_KBDC_Kovo_2024-06-05.docx", docx_bytes([
         ("h1", "Minutes: Kāhu Bay District Council / Kovo Hrádek"),
         ("p", "5 June 2024, video call. Present: Aroha Ngata, Hamish McLeod (KBDC); Petr Novák (Kovo Hrádek)."),
         ("h", "1. Samples"),
         ("p", "The 12 sample connectors CN-16 were approved by Aroha Ngata on 3 June (pull test 13.9 kN, AS 4685.1)."),
         ("h", "2. Purchase order"),
         ("p", "PO 88322 was approved by the council finance delegate on 4 June."),
         ("h", "3. Balance"),
         ("p", "The balance of 1 188 connectors remains on hold, not released, until the written production release "
               "from Hamish McLeod, Procurement Lead. Material for the 12 samples only until then."),
         ("h", "4. Next steps"),
         ("table", [["Action", "Who", "When"],
                    ["Send anodising certificate", "Petr Novák", "7 June"],
                    ["Check delivery slots Te Awa Reserve", "Aroha Ngata", "14 June"]]),
     ], author="Aroha Ngata"))])

# p39: mail uses 'approved' for the samples and for the PO in the system
_p39_text = t("""
Dear Lily,

Good news: the 20 samples SH-12 are approved by Søren (salt spray 720 h ISO 9227 ok, swing
test EN 1176-2 ok). Also PO 4500-2252 rev 1 is approved in our system now.

The balance of 1.480 is still not released. It needs a written release from Anders Riis,
which we expect next week. Until then material only for the 20 samples, please.

Best regards
Mette
""") + sig("Mette Kjærgaard", "Purchaser", LN + ", Industrivej 41, 7100 Vejle, Denmark", "+45 76 40 22 31")
case("p39_mail_approved_samples_and_po", ["RG009"],
     "Mail: 'samples approved by Søren' and 'PO rev 1 approved in our system' (technical + commercial); balance 1.480 not released until written release by Anders Riis.",
     [("SH-12_samples_PO_4500-2252.eml", eml_bytes(mail(
         LN_METTE, HY_LILY, "SH-12 samples / PO 4500-2252 rev 1", dt(2024, 5, 30, 9, 5),
         _p39_text, html=h(_p39_text), cc=LN_SOREN)))])

# p40: sample stage authorized with no sample quantity anywhere
_p40_text = t("""
Dear Prakash ji,

Please proceed with the sample tiles only, against our PO AW-PO-24-0588 (sample stage).

The production quantity as per your quotation remains on hold and is not released until our
QA/QC Engineer Mr. Sameer Qureshi signs off the samples and Mr. Omar Haddad, Projects
Director, issues the written release. Raw material for the samples only.

Site delivery instructions attached.

Best Regards,
Rajesh Menon
""") + sig("Rajesh Menon", "Senior Buyer", AW + ", Al Quoz Industrial 3, Dubai, UAE", "+971 4 339 7720")
case("p40_mail_sample_stage_no_qty", ["RG010"],
     "'Proceed with the sample tiles only' with hold, unlock event and Omar Haddad named, but no sample quantity in mail or attachment.",
     [("AW-PO-24-0588_sample_tiles.eml", eml_bytes(mail(
         AW_RAJESH, SK_PRAKASH, "AW-PO-24-0588 - sample tiles", dt(2024, 5, 6, 10, 44, 4),
         _p40_text,
         attachments=[("delivery_instructions_AlQudra.html", html_page("Site delivery instructions", t("""
<h3>Al Wahat Landscape Contracting LLC: site delivery instructions</h3>
<table>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Site</td><td>Al Qudra Lakes Park, Gate 3 site store</td></tr>
<tr><td>Receiving hours</td><td>Sun-Thu 07:00-15:00 (no deliveries on Friday)</td></tr>
<tr><td>Contact</td><td>Storekeeper Mr. Anil, +971 50 118 2207</td></tr>
<tr><td>Documents</td><td>Delivery note with PO number, packing list, test certificate</td></tr>
<tr><td>PPE</td><td>Helmet, safety shoes and vest compulsory at gate</td></tr>
</table>
""")), "text/html")])))])

# p41: Teams: go ahead with the sample tiles only; no quantity in the chat
case("p41_teams_sample_tiles_no_qty", ["RG010"],
     "Teams: 'go ahead with the sample tiles only', rest on hold until Aroha's sign-off and Hamish's written release; the quantity of samples is never stated.",
     [("Teams_KBDC_SaiKrishna.txt", t("""
Microsoft Teams - chat with Prakash Iyer (External)   exported 30/05/2024

Prakash Iyer (External)   29/05/2024 4:12 PM
Good afternoon Madam. PO 88372 is received, thank you. Shall we start the sample moulding?

Aroha Ngata   29/05/2024 4:40 PM
Kia ora Prakash, yes please go ahead with the sample tiles only. The rest of the contract stays on hold and is not released until I've signed off the samples and Hamish McLeod releases it in writing.

Aroha Ngata   29/05/2024 4:41 PM
Rubber for the samples only please

Prakash Iyer (External)   29/05/2024 4:55 PM
Noted with thanks Madam 🙏
"""))])

# p42: ERP release printout: header says 50, line says 40
case("p42_erp_release_50_vs_40", ["RG011"],
     "ERP release printout states the released quantity twice differently: header 'Released qty 50', line 40 EA; otherwise complete.",
     [("PO88340_rev1_release.txt", t("""
KĀHU BAY DISTRICT COUNCIL                    PURCHASE ORDER - REVISION / RELEASE
Finance One v7 - printed 18/06/2024 11:03 - user HMCLEOD                      Page 1 of 1
------------------------------------------------------------------------------------------
PO Number   : 88340   Revision : 1            Date : 18/06/2024
Supplier    : 40802  UAB METALO LINIJA, SIAULIAI, LITHUANIA
Buyer       : Hamish McLeod, Procurement Lead
Released qty: 50                              Release ref: REL-88340-01
------------------------------------------------------------------------------------------
Line  Item        Description                              Qty  UOM   Unit NZD    Extended
0001  BF-1800-S   Bench frame BF-1800, sample (delivered)     4  EA     128.00      512.00
0002  BF-1800     Bench frame BF-1800, HDG + powder RAL 7016 40  EA     104.50    4,180.00
                  production release REL-88340-01
                                                         Total excl. GST         4,692.00
------------------------------------------------------------------------------------------
Header text:
Production release REL-88340-01 issued by Hamish McLeod, Procurement Lead.
Remaining contract balance is not released and stays on hold until the next call-off from
Hamish McLeod. Material authority: released quantity only.
Galvanising AS/NZS 4680. Fixings M10 A4-70. Deliver to Parks Depot, 22 Wharf Road.
------------------------------------------------------------------------------------------
"""))])

# p43: mail says PO 4500-2319 / 16 pcs, attached PDF says PO 4500-2391 / 18 pcs
_p43_text = t("""
Hi Petr,

Attached PO 4500-2319 for sixteen (16) sample connectors CN-16 in the new colour RAL 5010.
The balance is not released; it waits for Søren's sample sign-off and then a written release
from Anders Riis. Material for the samples only.

Med venlig hilsen
Mette
""") + sig("Mette Kjærgaard", "Purchaser", LN + ", Industrivej 41, 7100 Vejle, Denmark", "+45 76 40 22 31")
case("p43_mail_pdf_po_mismatch", ["RG011"],
     "Mail: PO 4500-2319 for sixteen (16) samples; attached PDF of the same order reads PO 4500-2391 and 18 pcs.",
     [("PO_4500-2319_RAL5010.eml", eml_bytes(mail(
         LN_METTE, KH_PETR, "PO 4500-2319 CN-16 samples RAL 5010", dt(2024, 6, 12, 14, 30),
         _p43_text,
         attachments=[("PO_4500-2391.pdf", pdf([
             ("h1", "LEGEVÆRK NORD A/S"),
             ("p", "Industrivej 41 · DK-7100 Vejle"),
             ("h", "INDKØBSORDRE / PURCHASE ORDER 4500-2391"),
             ("table", [["Vendor", "Kovo Hrádek s.r.o. (vendor 70311)"],
                        ["Date", "12.06.2024"],
                        ["Buyer", "Mette Kjærgaard"]]),
             ("sp",),
             ("table", [["Ln", "Item", "Description", "Qty", "Price EUR", "Amount EUR"],
                        ["10", "KH-CN-16-5010", "Cross connector CN-16, RAL 5010, sample", "18", "7,40", "133,20"]]),
             ("sp",),
             ("p", "Samples only. Balance not released until written release from Anders Riis after sample sign-off."),
         ], title="PO 4500-2391", author="Legevaerk Nord"), PDF_MT)])))])

# p44: WhatsApp: advance paid, so you can start the 1,490 now
case("p44_whatsapp_advance_start", ["RG012"],
     "WhatsApp: buyer 'advance 30% for the balance paid today ... So you can start the 1,490 now' after setting sample sign-off + Omar Haddad's written release as the unlock.",
     [("WhatsApp_Chat_Haoyun_SH12.txt", t("""
[05/05/2024, 11:20:03] Rajesh Menon: Lily, PO AW-PO-24-0611 is 10 samples only. Balance 1,490 on hold until Sameer Qureshi signs off the samples and Mr. Omar Haddad releases in writing
[05/05/2024, 11:24:51] Lily Chen Haoyun: ok dear, noted. 10pcs first 👍
[29/05/2024, 14:02:36] Rajesh Menon: Lily, advance 30% for the balance paid today, TT copy in your mail
[29/05/2024, 14:02:58] Rajesh Menon: So you can start the 1,490 now
[29/05/2024, 14:10:17] Lily Chen Haoyun: Received, thank you! we start tomorrow 💪
"""))])

# p45: supplier treats its acceptance of the PO as production release
_p45_quoted = t("""
Dear Petr,

PO 88351 attached: ten (10) sample connectors CN-16 only. The balance of 990 connectors is not
released and stays on hold until Aroha Ngata signs off the samples and I release the balance in
writing. Material for the 10 samples only.

Cheers,
Hamish McLeod
Procurement Lead, Kāhu Bay District Council
""")
case("p45_supplier_po_accepted_start", ["RG012"],
     "Supplier: 'With accepted PO we consider the production released and start also the 990 pcs'; quoted buyer scope and attached PO complete.",
     [("RE_PO_88351_connectors.eml", eml_bytes(mail(
         KH_PETR, KB_HAMISH, "RE: PO 88351 - CN-16 connectors", dt(2024, 6, 14, 16, 2),
         t("""
Dear Hamish,

thank you, PO 88351 is accepted and signed by our director, signed copy attached.

With accepted PO we consider the production released and we start also the 990 pcs in week 25,
to be on time for your park opening in October.

Best regards / S pozdravem
Petr Novák
Kovo Hrádek s.r.o. | sales | +420 495 512 330

Tento e-mail je určen pouze pro adresáta. This e-mail is intended only for the addressee.

On 13.06.2024 22:18, Hamish McLeod wrote:
""") + q(_p45_quoted) + "\n",
         in_reply_to="<h197-kb-88351@kahubay.govt.nz>",
         attachments=[("PO_88351_signed.pdf", pdf([
             ("h1", "Kahu Bay District Council"),
             ("h", "PURCHASE ORDER 88351"),
             ("table", [["Supplier", "Kovo Hrádek s.r.o., Hradec Králové, Czech Republic"],
                        ["Date", "13 June 2024"],
                        ["Contact", "Hamish McLeod, Procurement Lead"]]),
             ("sp",),
             ("table", [["Line", "Item", "Qty", "Unit NZD", "Total NZD"],
                        ["1", "Net cross connector CN-16, black anodised, sample", "10", "13.60", "136.00"]]),
             ("sp",),
             ("p", "Ten (10) sample connectors only. Balance of 990 not released, on hold until Aroha Ngata signs off "
                   "the samples and Hamish McLeod releases it in writing. Material for 10 samples only."),
             ("p", "Supplier acceptance: signed 14.06.2024, Ing. Martin Svoboda, jednatel (director)"),
         ], title="PO 88351", author="Kahu Bay District Council"), PDF_MT)])))])



# ===================================================================== write
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    ids = [c["name"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    order = list(CASES)
    random.Random(197197).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        folder = f"h197_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # self-check of the corpus shape
    n_clean = sum(1 for v in labels.values() if not v["expect"])
    per_rule = {f"RG{k:03d}": 0 for k in range(1, 13)}
    for v in labels.values():
        for r in v["expect"]:
            per_rule[r] += 1
    multi = sum(1 for v in labels.values() if len(v["expect"]) > 1)
    print(f"cases={len(labels)} clean={n_clean} multi-rule={multi}")
    print(" ".join(f"{k}={v}" for k, v in per_rule.items()))
    assert len(labels) == 70 and n_clean == 25 and min(per_rule.values()) >= 6


if __name__ == "__main__":
    main()
