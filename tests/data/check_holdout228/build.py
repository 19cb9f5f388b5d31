#!/usr/bin/env python3
"""Generator for the releasegate check_holdout228 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout228/build.py

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
import textwrap
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
    m["Message-ID"] = msgid or f"<h228-{_MSGN[0]:04d}@{dom}>"
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
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h228")
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
def tx(s):
    """Dedent a hand-written block and end it with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def quote(s, level=1):
    """Prefix every line with '> ' (level times), as a mail client does."""
    p = "> " * level
    return "\n".join((p + line).rstrip() for line in s.rstrip("\n").split("\n")) + "\n"


def htmlize(text):
    """HTML alternative of a plain mail body (paragraphs and line breaks kept)."""
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ('<html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + body + "</body></html>\n")


TXT_MT = "text/plain"
HTML_MT = "text/html"

# ---------------------------------------------------------------- the people
# Buyers
LC = "Lusail Crest Facilities Management W.L.L."          # Doha, Qatar
RAFEEQ = "Mohammed Rafeeq <mohammed.rafeeq@lusailcrest-fm.qa>"
SALMAN = "Eng. Salman Al-Naimi <salman.alnaimi@lusailcrest-fm.qa>"
AHMED = "Ahmed Siddiqui <ahmed.siddiqui@lusailcrest-fm.qa>"
KCHA = "Kelvinside & Clyde Housing Association"             # Glasgow, Scotland
MORAG = "Morag Buchanan <morag.buchanan@kchousing.org.uk>"
GV = "Grupo Vitrine Shopping Centers S.A."                  # São Paulo, Brazil
RENATA = "Renata Figueiredo <renata.figueiredo@grupovitrine.com.br>"
SOH = "Siam Orchid Hotels & Resorts Public Company Limited"  # Bangkok, Thailand
PIM = "Pimchanok Srisuk <pimchanok.s@siamorchidhotels.co.th>"
# Suppliers
SFE = "Shreeji Firetech Engineering Pvt. Ltd."              # Bhiwandi / Mumbai, India
RAJESH = "Rajesh Mehta <rajesh.mehta@shreejifiretech.in>"
PRIYA = "Priya Nair <priya.nair@shreejifiretech.in>"
VTA = "Valtrompia Antincendio S.r.l."                       # Lumezzane (BS), Italy
MARCO = "Marco Bertoli <m.bertoli@valtrompia-antincendio.it>"
HT = "Quanzhou Hengtai Fire Safety Hardware Co., Ltd."      # Nan'an, Fujian, China
LILY = "Lily Chen <lily.chen@hengtai-firesafety.cn>"
MA = "Moravská Armatura s.r.o."                             # Zlín, Czechia
TOMAS = "Tomáš Dvořák <tomas.dvorak@moravska-armatura.cz>"
DSM = "Daehan Safety Metal Co., Ltd."                       # Changwon, South Korea
KIM = "Kim Min-jun <mj.kim@daehansm.co.kr>"

SIG_RAFEEQ = sig("Mohammed Rafeeq", "Senior Buyer, Procurement", LC, "+974 4408 1530")
SIG_SALMAN = sig("Eng. Salman Al-Naimi", "MEP Fire Systems Engineer", LC, "+974 4408 1577")
SIG_MORAG = sig("Morag Buchanan", "Procurement Officer", KCHA, "+44 141 496 0172")
SIG_RENATA = sig("Renata Figueiredo", "Compradora Sênior - Suprimentos", GV, "+55 11 3090 4412")
SIG_PIM = sig("Pimchanok Srisuk", "Group Purchasing Manager", SOH, "+66 2 105 7730")
SIG_RAJESH = sig("Rajesh Mehta", "GM - Sales & Exports", SFE + ", Bhiwandi, Thane 421302",
                 "+91 22 2850 7741")
SIG_MARCO = sig("Marco Bertoli", "Ufficio Commerciale Estero", VTA + ", Lumezzane (BS)",
                "+39 030 892 1140")
SIG_TOMAS = sig("Tomáš Dvořák", "Obchodní oddělení / Sales", MA + ", Zlín", "+420 577 210 455")
SIG_KIM = sig("Kim Min-jun", "Overseas Sales Manager", DSM + ", Changwon, Korea",
              "+82 55 289 6631")
SIG_LILY = sig("Lily Chen", "Sales Manager", HT + ", Nan'an, Quanzhou, Fujian",
               "+86 595 8638 2210")


def lc_header(po, date, vendor, extra=()):
    rows = [["PO No.", po], ["PO date", date], ["Vendor", vendor],
            ["Buyer", "Mohammed Rafeeq, Senior Buyer, +974 4408 1530"]]
    rows += [list(r) for r in extra]
    return rows


MA_ADDR = "Moravská Armatura s.r.o., tr. Tomáše Bati 1120, 760 01 Zlín, CZ (supplier 20417)"


def kcha_header(po, date, extra=(), supplier=MA_ADDR):
    rows = [["Purchase order", po], ["Order date", date],
            ["Supplier", supplier],
            ["Buyer", "Morag Buchanan, Procurement Officer"]]
    rows += [list(r) for r in extra]
    return rows


# =================================================================== CLEAN
# c01 - Czech supplier quote with three tiers; a quote alone authorizes nothing (conv. 4).
case("c01_quote_three_tiers", [],
     "supplier quote with sample / series / framework tiers; no authorization in the bundle",
     [("NAB-2024-0317.pdf", pdf([
         ("h1", "NABÍDKA / QUOTATION"),
         ("p", "Moravská Armatura s.r.o. · tr. Tomáše Bati 1120, 760 01 Zlín · ID no. 27744911 · "
               "certified ISO 9001:2015"),
         ("table", [["Quotation no.", "NAB-2024-0317"],
                    ["Date", "21.05.2024 (valid 60 days)"],
                    ["Customer", "Kelvinside & Clyde Housing Association, Procurement, "
                                 "Mrs Morag Buchanan, 14 Queen Margaret Drive, Glasgow"],
                    ["Your enquiry", "KCHA-RFQ-2024-027 — fire-door closer arm, EN 1154 size 4, "
                                     "drawing KC-FD-0412 Rev 3"]]),
         ("sp",),
         ("table", [["Pos.", "Part no.", "Description", "Quantity", "Unit price", "Lead time"],
                    ["1", "FDC-1154-A4", "Closer arm, samples (hand finished, 3.1 certificate)",
                     "12 pcs", "EUR 38,50", "3 weeks"],
                    ["2", "FDC-1154-A4", "Closer arm, series", "1 200 pcs", "EUR 14,90",
                     "6 weeks after your order"],
                    ["3", "FDC-1154-A4", "Closer arm, framework 2025–2026 (call-offs)", "3 600 pcs",
                     "EUR 13,70", "per call-off"]]),
         ("sp",),
         ("p", "Tooling (forging die, one-off): EUR 2.400,00, invoiced with the first series order."),
         ("p", "Surface: zinc-nickel 8 µm + powder coat RAL 9005, salt spray ISO 9227 NSS 480 h. "
               "Cycle test according EN 1154: 500 000 cycles, report is included with the samples."),
         ("p", "Prices EXW Zlín (Incoterms 2020), without VAT. Payment 30 days netto."),
         ("p", "This is our offer only. The series and framework lines are prices for your "
               "information. We do not start any series without your order and your written release."),
         ("sp",),
         ("p", "S pozdravem / Best regards — Tomáš Dvorak, obchodni oddeleni / Sales, +420 577 210 455"),
     ], title="Quotation NAB-2024-0317", author="Tomas Dvorak"))])

# c02 - buyer RFQ with three scenarios, multipart/alternative; "if it goes ahead" is not an approval.
_t = tx('''
Dear Rajesh,

Hope you're keeping well. We're out to quote on recessed escutcheons for the sprinkler retrofit in
our tower blocks (Maryhill and Gorbals), and your name came up through Callum Reid.

Part: two-piece recessed escutcheon for 1/2" pendent heads (DN15), white RAL 9010, to our sketch
KC-SP-0150 Rev 2. Must suit heads listed to UL 199 and installed to BS EN 12845.

Could you quote three scenarios please:
  a) 24 samples (first-off, for a fit check on site)
  b) 1,800 pcs - Phase 1, nine blocks
  c) 4,200 pcs - the full programme to 2026, if it goes ahead

For each one: unit price, tooling if any, lead time and MOQ. DAP Glasgow please, Incoterms 2020.

Just so there's no confusion: this is a request for quotation. It isn't an order, and it doesn't
authorise any production or any material purchase. If we go forward you'll get a PO with the
scope written on it.

Closing date for quotes is Friday 7 June. Any questions, give me a shout.

Kind regards,
Morag
''') + SIG_MORAG
case("c02_rfq_three_scenarios", [],
     "RFQ with 24 / 1,800 / 4,200 scenarios, says it is not an order; no authorization",
     [("RFQ_KCHA-RFQ-2024-031.eml", eml_bytes(mail(
         MORAG, RAJESH, "RFQ KCHA-RFQ-2024-031 - recessed sprinkler escutcheons",
         "Tue, 28 May 2024 10:14:00 +0100", _t, html=htmlize(_t))))])

# c03 - WhatsApp: supplier asks for the go-ahead on the balance, buyer says not yet.
case("c03_whatsapp_not_yet", [],
     "supplier's 'any chance we can get go-ahead for balance 2970' is a question; buyer keeps the "
     "full scope (30 nos, balance on hold, sign-off + Faisal's written release)",
     [("WhatsApp Chat with Rajesh Shreeji.txt", tx('''
02/06/2024, 10:01 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
02/06/2024, 10:02 - Mohammed Rafeeq: Good morning Rajesh bhai
02/06/2024, 10:03 - Mohammed Rafeeq: PO 4500018830 sent to your mail. It is for 30 nos sample escutcheons ESC-1520-CR only
02/06/2024, 10:04 - Mohammed Rafeeq: Balance 2,970 nos is NOT released. Release will come only after Eng. Salman Al-Naimi signs off the samples and Faisal Al-Kuwari (Projects Director) sends written release. No material for balance pls
02/06/2024, 10:21 - Rajesh Mehta: Noted sir 🙏 30 nos only. Samples will be ready in 12-14 days
17/06/2024, 16:40 - Rajesh Mehta: <Media omitted>
17/06/2024, 16:41 - Rajesh Mehta: Sir 30 nos samples dispatched by DHL, AWB 4471 2970 11. Chrome thickness report also sent in mail
18/06/2024, 09:15 - Rajesh Mehta: Sir one request. Any chance we can get go-ahead for balance 2970 this week itself? Brass rate is going up from 1st July
18/06/2024, 09:40 - Mohammed Rafeeq: Not yet Rajesh bhai. Eng Salman will check the samples on site next week inshallah
18/06/2024, 09:41 - Mohammed Rafeeq: Balance stays on hold. Don't buy brass for it. You will get the written release from Faisal sir after sign-off, not from me on whatsapp 😊
18/06/2024, 09:43 - Rajesh Mehta: Understood sir, no problem. We will wait
'''))])

# c04 - clearly labelled non-binding forecast (Thai hotel chain).
case("c04_labelled_forecast", [],
     "forecast table labelled non-binding, no production or material authority",
     [("SOH_2025_renovation_forecast.pdf", pdf([
         ("h1", "2025 Life-Safety Renovation Programme"),
         ("p", "Siam Orchid Hotels & Resorts Public Company Limited — Group Engineering & Group "
               "Purchasing — 99 Charoen Krung Road, Bang Rak, Bangkok 10500"),
         ("h", "NON-BINDING FORECAST — for supplier capacity planning only"),
         ("table", [["Property", "Rooms", "Extinguisher wall mounts EWM-0609-ZN",
                     "Fire-door closer arms FDC-1154-A4", "Quarter"],
                    ["Bangkok Riverside", "412", "620", "480", "Q1 2025"],
                    ["Phuket Kata Bay", "268", "410", "350", "Q2 2025"],
                    ["Chiang Mai Nimman", "190", "300", "240", "Q3 2025"],
                    ["Krabi Ao Nang", "154", "270", "210", "Q4 2025"],
                    ["Total", "1,024", "1,600", "1,280", ""]]),
         ("sp",),
         ("p", "This document is a forecast. It is not a purchase order and not a commitment to "
               "purchase. It gives no authority to produce and no authority to buy material."),
         ("p", "Quantities may change after the owners' budget review in November 2024. Orders will "
               "follow as separate POs from Group Purchasing, and production only against a written "
               "release signed by Khun Natthaya Charoenkit, Group Director of Engineering."),
         ("p", "Wall mounts for 6 kg and 9 kg units to TIS 332; closer arms EN 1154 size 2–4."),
         ("p", "Prepared by: Pimchanok Srisuk, Group Purchasing Manager — 11 June 2024"),
     ], title="SOH 2025 forecast", author="Pimchanok Srisuk"))])

# c05 - sample sign-off scoped to a fit check, production not released.
case("c05_signoff_fit_check_only", [],
     "sign-off 'approved for fit check only', balance 1 188 on hold, written release by Euan Fraser, "
     "material sample-only",
     [("SSR-KCHA-0088.docx", docx_bytes([
         ("h1", "Sample Sign-off Record SSR-KCHA-0088"),
         ("p", "Kelvinside & Clyde Housing Association — Asset Management / Fire Safety"),
         ("table", [["Field", "Entry"],
                    ["Order", "Fire-door closer arm FDC-1154-A4, drawing KC-FD-0412 Rev 3"],
                    ["Supplier", "Moravská Armatura s.r.o., Zlín (CZ)"],
                    ["Purchase order", "KCHA-PO-24-1187"],
                    ["Samples received", "12 pcs, 24 June 2024, delivery note DL 2024/0611"],
                    ["Test evidence", "EN 1154 cycle test report (500 000 cycles), 3.1 certificate, "
                                      "salt spray ISO 9227 480 h"]]),
         ("h", "Disposition"),
         ("p", "APPROVED FOR FIT CHECK ONLY. The 12 samples may be fitted to twelve doors in the "
               "Maryhill block (closes 3 and 5) for a fit check. This sign-off does not release "
               "production."),
         ("h", "Production scope"),
         ("li", "Active quantity: the 12 samples already delivered. Nothing further is released."),
         ("li", "Balance: 1 188 pcs remain on hold, not released."),
         ("li", "Unlock: the balance can be released only by a written release from Euan Fraser, "
                "Head of Assets, after the fit check report is signed off."),
         ("li", "Material authority: sample-only. The supplier should not buy forgings for the balance."),
         ("h", "Findings"),
         ("p", "Arm length within tolerance on all 12. Paint a wee bit thin on 2 of 12 (58 µm against "
               "60 µm minimum) — noted, not a reason to reject for the fit check."),
         ("p", "Signed: Ailsa Drummond, Fire Safety Compliance Engineer — 26 June 2024"),
     ], author="Ailsa Drummond"))])

# c06 - full-quantity PO that says proceed with the full quantity (no balance exists).
case("c06_full_quantity_po", [],
     "full and final 240 nos, no balance; 'proceed with the full 240 nos' is scoped",
     [("PO_4500019204.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Lusail Crest Facilities Management W.L.L. · P.O. Box 24117, Doha, State of Qatar · "
               "CR 112458"),
         ("table", lc_header("4500019204", "09/06/2024",
                             "Daehan Safety Metal Co., Ltd., Changwon, Korea (vendor 100388)",
                             [("Project", "Al Wakra Tower B — fire door upgrade (WBS LC-24-1154-FD)"),
                              ("Incoterms", "CFR Hamad Port")])),
         ("sp",),
         ("table", [["Item", "Material", "Description", "Qty", "UoM", "Unit price", "Amount"],
                    ["10", "FDC-1154-A4", "Closer arm, EN 1154 size 2–4, RAL 9006", "240", "NOS",
                     "USD 11.80", "USD 2,832.00"]]),
         ("sp",),
         ("table", [["Schedule line", "Qty", "Delivery date"],
                    ["1", "120 NOS", "15/08/2024"],
                    ["2", "120 NOS", "05/09/2024"]]),
         ("h", "Notes"),
         ("p", "1. This PO is for the full and final quantity of 240 nos. There is no sample lot and "
               "no balance on this PO."),
         ("p", "2. Samples were already signed off under PO 4500017710 (sign-off SSR-LC-0415, "
               "Eng. Salman Al-Naimi, 21/05/2024). Kindly proceed with the full 240 nos."),
         ("p", "3. Certificates: EN 1154 cycle test 500,000 cycles, ISO 9001:2015 certificate, "
               "EN 10204 3.1 mill certificate."),
         ("p", "4. Marking CE + EN 1154 on each arm. Packing 20 nos per carton."),
     ], title="PO 4500019204", author="Mohammed Rafeeq"))])

# c07 - EDI call-off with an explicit staged material authority above the released quantity.
case("c07_edi_calloff_staged_material", [],
     "call-off releases 400; forecast lines marked not released; explicit staged material authority "
     "up to 1,200; next call-off signed by Luciana Prado",
     [("DELFOR_GV-240611-0007.txt", tx('''
=====================================================================
 EDI DELFOR D.96A - CALL-OFF / PROGRAMA DE ENTREGAS      (printout)
=====================================================================
 Message ref    : GV-DELFOR-240611-0007        Date: 11.06.2024
 Buyer          : GRUPO VITRINE SHOPPING CENTERS S.A. (GLN 7891234500017)
 Supplier       : QUANZHOU HENGTAI FIRE SAFETY HARDWARE CO., LTD.
                  (GLN 6945678900021)
 Ship-to        : CD Guarulhos, Rod. Pres. Dutra km 225, Guarulhos-SP
 Item           : EWM-0609-ZN  Suporte parede extintor 6 kg / 9 kg, zincado
 Buyer item     : 3000-0609-12      Drawing: GV-FP-0609 Rev 12
 Framework PO   : 4500-GV-7701      Call-off no.: 003
---------------------------------------------------------------------
 LIN  SCC  DATE          QTY (PC)  STATUS
 001  1    wk 27/2024       400    FIRM - RELEASED FOR PRODUCTION
 002  4    wk 31/2024       800    FORECAST - PLANNING ONLY, NOT RELEASED
 003  4    wk 35/2024       800    FORECAST - PLANNING ONLY, NOT RELEASED
---------------------------------------------------------------------
 CUM received to date : 40 PC (samples, PO 4500-GV-7688)
 FAB AUTH (production): 400 PC (this call-off, line 001)
 MAT AUTH (raw material, STAGED): up to 1,200 PC equivalent
          (steel coil SPCC 2.0 mm + zinc). Material staged above 400 PC
          is at buyer liability up to 1,200 PC only. It is NOT an
          authority to produce.
---------------------------------------------------------------------
 FREE TEXT:
 Production authority is 400 pcs only. Balance of the programme is not
 released. The next quantity is released only by the next call-off (004),
 signed by Luciana Prado, Diretora de Operacoes.
=====================================================================
'''))])

# c08 - explicit, signed auto-conversion record (quantity, signer, conditions).
case("c08_auto_conversion_record", [],
     "auto-conversion recorded before sign-off: approved sign-off releases 400 sets; 1,184 on hold "
     "until written release by Natthaya; staged material 400; signed",
     [("AC-SOH-2024-003.docx", docx_bytes([
         ("h1", "Auto-Conversion Record AC-SOH-2024-003"),
         ("p", "Siam Orchid Hotels & Resorts PCL — Group Engineering. Recorded before sample sign-off."),
         ("table", [["Field", "Entry"],
                    ["Order", "Fire-door closer arm FDC-1154-A4, drawing SOH-FD-1154 Rev 4"],
                    ["Supplier", "Daehan Safety Metal Co., Ltd. (Changwon, Korea)"],
                    ["Purchase order", "SOH-PO-2024-0377 rev 2 (covers 16 sample sets + 400 sets first tranche)"],
                    ["Project quantity (quoted)", "1,600 sets, forecast basis"],
                    ["Recorded on", "14 June 2024 — before the samples were delivered"]]),
         ("h", "Statement"),
         ("p", "If Khun Anan Wongsakul, Chief Engineer, records an APPROVED sample sign-off (not "
               "interim, not conditional) for the 16 sample sets on or before 31 July 2024, that "
               "sign-off by itself releases production of 400 sets (first tranche). No further "
               "release letter is needed for these 400 sets."),
         ("p", "The remaining 1,184 sets are not released by this record. They stay on hold until a "
               "separate written release signed by Khun Natthaya Charoenkit."),
         ("p", "If the sign-off is interim or rejected, or comes after 31 July 2024, nothing is "
               "released and this record lapses."),
         ("h", "Material authority"),
         ("p", "Staged: Daehan may buy material (SUS304 plate, pins Ø10) for up to 400 sets at our "
               "liability from the date of this record. Nothing beyond 400 sets."),
         ("h", "Signatures"),
         ("table", [["Role", "Name", "Signature", "Date"],
                    ["Release authority (limit THB 2,000,000)",
                     "Natthaya Charoenkit, Group Director of Engineering", "signed", "14/06/2024"],
                    ["Sample sign-off owner", "Anan Wongsakul, Chief Engineer", "signed", "14/06/2024"],
                    ["Supplier acknowledgement", "Kim Min-jun, Overseas Sales Manager, Daehan",
                     "signed", "15/06/2024"]]),
     ], author="Natthaya Charoenkit"))])

# c09 - old quote forwarded as message/rfc822 and declared informational.
_inner = mail(MARCO, "Khalid Al-Mannai <khalid.almannai@lusailcrest-fm.qa>",
              "Offerta 22/0471 - chiusini / valve-chamber covers - Al Wakra",
              "Thu, 17 Nov 2022 15:40:00 +0100", tx('''
Dear Mr Al-Mannai,

as requested please find our best offer for the Al Wakra project:

- VCC-400-DI valve-chamber cover 400x400, ductile iron EN-GJS-500-7, EN 124-2 class B125,
  cast marking "FIRE VALVE": 5.000 pz at EUR 41,20 each
- pattern (modello) one-off EUR 3.100,00
- lead time 10 weeks from order, FCA Lumezzane

Offer valid 90 days.

Cordiali saluti / Kind regards
Marco Bertoli
''') + SIG_MARCO)
_t = tx('''
Dear Marco,

Good day. As discussed on the call, forwarding below your old offer from 2022 (Al Wakra project)
for price reference only. This is for information. It is not an order and not a release of any
quantity.

Our current PO 4500019550 remains exactly as written: twenty (20) nos sample valve-chamber covers
VCC-400-DI. The balance is not released. It will be released only after Eng. Salman Al-Naimi signs
off the samples and Faisal Al-Kuwari, Projects Director, issues a written release. Material for
the samples only pls.

Kindly revert with your updated price for the series, so we can compare with 2022.

Best regards,
Mohammed Rafeeq
''') + SIG_RAFEEQ
case("c09_forwarded_old_quote", [],
     "2022 quote with 5.000 pz forwarded as rfc822, declared information only; current PO scope "
     "restated (20 nos, hold, sign-off + Faisal)",
     [("FW_Offerta_22-0471.eml", eml_bytes(mail(
         RAFEEQ, MARCO, "FW: Offerta 22/0471 - chiusini / valve-chamber covers - Al Wakra",
         "Mon, 10 Jun 2024 09:05:00 +0300", _t, attachments=[("rfc822", _inner)])))])

# c10 - buyer corrects a quoted supplier line that assumed auto-conversion.
_t = tx('''
Dear Rajesh,

Thanks for the quick acknowledgement. One correction to your line below, kindly note:

Sample approval does NOT roll into production. PO 4500018911 covers 30 nos sample hose-reel
brackets HRB-2530-SW only. The balance of 1,470 nos is not released.

After Eng. Salman Al-Naimi signs off the samples, Faisal Al-Kuwari (Projects Director) will send
you a written release. Only then you start the balance. No material purchase for the balance
before that.

Kindly confirm back by mail.

Regards,
Mohammed
''') + SIG_RAFEEQ + "\nOn Tue, 4 Jun 2024 at 11:20, Rajesh Mehta <rajesh.mehta@shreejifiretech.in> wrote:\n" + quote(tx('''
Dear Mohammed Sir,

Greetings from Shreeji Firetech!

Thank you for your PO 4500018911 for 30 nos samples of hose reel bracket HRB-2530-SW. Samples
will be ready within 15 days.
Once you approve the samples we will roll directly into the balance 1,470 nos to save the time,
as discussed earlier.

Thanks & Regards
Rajesh Mehta
'''))
case("c10_correction_of_quoted_line", [],
     "quoted supplier line assumes roll-over into 1,470; buyer's reply corrects it with the full scope",
     [("RE_PO_4500018911.eml", eml_bytes(mail(
         RAFEEQ, RAJESH, "RE: PO 4500018911 - samples HRB-2530-SW",
         "Tue, 04 Jun 2024 12:02:00 +0300", _t,
         in_reply_to="<h228-sfe-0604@shreejifiretech.in>")))])

# c11 - WeChat: supplier says the deposit does not release production.
case("c11_wechat_deposit_not_release", [],
     "deposit (tooling + samples) acknowledged as not releasing production; buyer confirms 40 "
     "samples, 3.960 on hold until Thiago's sign-off and Luciana's written release",
     [("WeChat_Hengtai_Vitrine.txt", tx('''
微信聊天记录 / WeChat chat history — "Vitrine x Hengtai"
Exported 2024-06-06 10:02

2024-06-04 21:05  Renata Figueiredo: Oi Lily! PO 4500-GV-7731 ok no sistema. É só amostras: 40 pcs EWM-0609-ZN. Manda a proforma pls
2024-06-04 21:30  Lily Chen: Hi dear Renata 😊 PI-HT-240604 sent to your email. Tooling USD 1,150.00 (deposit 30% = USD 345.00) + 40 samples USD 128.00 + sample freight USD 85.00
2024-06-05 20:47  Renata Figueiredo: Pago hoje, USD 558.00. Comprovante no email
2024-06-06 09:02  Lily Chen: Received USD 558.00, thank you!
2024-06-06 09:03  Lily Chen: Just to be clear for our side also: the deposit is for tooling and the 40 sample pcs only. Deposit does not release production. We wait your written release for the 3,960 pcs, before that we don't buy steel for them
2024-06-06 09:15  Renata Figueiredo: Perfeito Lily, correto 👍 PO é só 40 amostras. Saldo 3.960 pcs fica on hold até o Thiago Moura aprovar as amostras e a Luciana Prado (Diretora de Operações) mandar a liberação por escrito
2024-06-06 09:16  Lily Chen: OK dear 👌 samples ETD 20 June
'''))])

# c12 - PO + proforma; the proforma says payment is not a production release.
c12_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Siam Orchid Hotels & Resorts Public Company Limited — Group Purchasing — 99 Charoen Krung "
          "Road, Bang Rak, Bangkok 10500"),
    ("table", [["PO No.", "SOH-PO-2024-0377"], ["Date", "05/06/2024"],
               ["Supplier", "Daehan Safety Metal Co., Ltd., Changwon, Korea"],
               ["Payment", "T/T 100% in advance (samples)"],
               ["Delivery", "DAP Bangkok Riverside, attn. Khun Anan Wongsakul"]]),
    ("sp",),
    ("table", [["Item", "Part", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
               ["1", "FDC-1154-A4", "Fire-door closer arm, EN 1154 size 2–4, sample set "
                                    "(arm + shoe + pins)", "16", "set", "18.50", "296.00"]]),
    ("h", "PO scope note"),
    ("p", "Active quantity: 16 sample sets. This PO authorizes these 16 sets only."),
    ("p", "Balance: the quoted production quantity of 1,600 sets (quote DSM-Q-24-0388, basis: "
          "forecast) less the 16 samples = 1,584 sets. The balance is NOT released."),
    ("p", "What to do now: make and ship the 16 sample sets with the EN 1154 cycle test report. "
          "Do not start the balance."),
    ("p", "Unlock: the balance can be released only after sample sign-off by Khun Anan Wongsakul, "
          "Chief Engineer, and then a written release signed by Khun Natthaya Charoenkit, Group "
          "Director of Engineering."),
    ("p", "Material authority: sample-only (16 sets)."),
    ("p", "Issued by: Pimchanok Srisuk, Group Purchasing Manager"),
], title="SOH-PO-2024-0377", author="Pimchanok Srisuk")
c12_pi = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("p", "Daehan Safety Metal Co., Ltd. · 45, Seongsan-ro 123beon-gil, Seongsan-gu, Changwon-si, "
          "Gyeongsangnam-do, Korea · Business reg. 609-81-22488"),
    ("table", [["PI No.", "PI-DSM-24-0611"], ["Date", "2024.06.07"],
               ["Buyer", "Siam Orchid Hotels & Resorts PCL, Bangkok"],
               ["Your PO", "SOH-PO-2024-0377"]]),
    ("sp",),
    ("table", [["No", "Item", "Description", "Q'ty", "Unit price", "Amount"],
               ["1", "FDC-1154-A4", "Closer arm sample set", "16 SET", "USD 18.50", "USD 296.00"],
               ["2", "-", "Sample freight (EMS Korea Post)", "1", "USD 62.00", "USD 62.00"],
               ["", "", "TOTAL", "", "", "USD 358.00"]]),
    ("sp",),
    ("p", "Thank you for your kind order."),
    ("p", "Payment term: T/T 100% in advance. Bank: Shinhan Bank, Changwon branch, SWIFT SHBKKRSE, "
          "A/C 140-009-771204."),
    ("p", "Remark: Payment of this proforma covers the 16 sample sets only. Payment is not a "
          "production release. The balance 1,584 sets stays on hold until written release from "
          "Khun Natthaya Charoenkit. We will not buy material for the balance before that."),
    ("p", "Kim Min-jun / Overseas Sales Manager"),
], title="PI-DSM-24-0611", author="Kim Min-jun")
case("c12_po_and_proforma", [],
     "sample PO with full scope + proforma that says payment covers samples only and is not a "
     "production release",
     [("SOH-PO-2024-0377.pdf", c12_po), ("PI-DSM-24-0611.pdf", c12_pi)])

# c13 - supplier acknowledgement restating the hold; quoted buyer scope; HTML attachment.
c13_html = html_page("Potvrzení objednávky OP-24-0877", tx('''
<h2>Moravská Armatura s.r.o. — Potvrzení objednávky / Order confirmation OP-24-0877</h2>
<p>Zákazník: Kelvinside &amp; Clyde Housing Association · Vaše objednávka / your PO: KCHA-PO-24-1187 · Datum: 30.05.2024</p>
<table>
<tr><th>Pol.</th><th>Položka</th><th>Popis</th><th>Množství</th><th>Cena</th></tr>
<tr><td>1</td><td>FDC-1154-A4</td><td>Rameno zavírače, vzorky / closer arm, samples, výkres KC-FD-0412 Rev 3</td><td>12 ks</td><td>38,50 EUR</td></tr>
</table>
<p class="note">Zůstatek 1 188 ks neuvolněn — čekáme na písemné uvolnění zákazníka (balance not released, waiting for customer written release). Materiál pouze pro vzorky / material for samples only.</p>
'''), lang="cs")
_t = tx('''
Dear Mrs Buchanan,

thank you for your order. We confirm your PO KCHA-PO-24-1187 as written:

- 12 pcs samples closer arm FDC-1154-A4, drawing KC-FD-0412 Rev 3, EUR 38,50/pc
- the balance 1 188 pcs is not released. We will not start it and we do not buy forgings for it,
  until we receive the written release from Mr Euan Fraser after the sample sign-off by
  Ms Ailsa Drummond.

Samples are planned to ship in week 25, with EN 1154 test report and 3.1 certificate. Our order
confirmation from the system is in attachment.

S pozdravem / Best regards
Tomáš Dvořák
''') + SIG_TOMAS + "\nDne 29.05.2024 v 14:02 Morag Buchanan napsal(a):\n" + quote(tx('''
Dear Tomáš,

Please find our PO KCHA-PO-24-1187 attached.

Scope: 12 sample closer arms FDC-1154-A4 only, at EUR 38,50 each.
The balance of 1 188 pcs is not released. It stays on hold until Ailsa Drummond (Fire Safety
Compliance Engineer) signs off the samples and Euan Fraser (Head of Assets) issues a written
release. Please don't buy material beyond the samples.

Could you confirm by return?

Kind regards,
Morag
'''))
case("c13_supplier_ack_restates_hold", [],
     "supplier acknowledgement restating 12 samples, 1 188 not released, sample-only material; "
     "quoted buyer scope complete",
     [("RE_KCHA-PO-24-1187_confirmation.eml", eml_bytes(mail(
         TOMAS, MORAG, "RE: KCHA-PO-24-1187 - closer arm samples", "Thu, 30 May 2024 08:31:00 +0200",
         _t, attachments=[("OP-24-0877.html", c13_html, HTML_MT)],
         in_reply_to="<h228-kcha-0529@kchousing.org.uk>")))])

# c14 - Italian supplier portal status restating the hold and sample-only material.
case("c14_supplier_portal_status", [],
     "supplier portal: 20 samples shipped, balance 1.480 on hold not released, material sample-only",
     [("portale_clienti_OC-24-0561.html", html_page("Valtrompia — Portale Clienti", tx('''
<h1>Valtrompia Antincendio — Portale Clienti</h1>
<p>Cliente: Grupo Vitrine Shopping Centers S.A. — utente: renata.figueiredo</p>
<h2>Stato ordine / Order status — OC-24/0561 (vostro PO 4500-GV-7790)</h2>
<table>
<tr><th>Articolo</th><th>Descrizione</th><th>Q.tà</th><th>Stato</th></tr>
<tr><td>HRB-2530-SW</td><td>Staffa girevole naspo / hose-reel swing bracket, EN 671-1, RAL 3000 — campionatura</td><td>20 pz</td><td>Spedito 14/06/2024, AWB 176-2251 4802</td></tr>
<tr><td>HRB-2530-SW</td><td>Serie / series — saldo</td><td>1.480 pz</td><td>IN ATTESA — NON RILASCIATO / on hold, not released</td></tr>
</table>
<div class="note">Autorizzazione materiale: solo campionatura (20 pz). No tube or plate is bought for the balance.<br>
Per il saldo attendiamo: (1) sign-off dei campioni da Eng. Thiago Moura; (2) rilascio scritto da Sra. Luciana Prado, Diretora de Operações.
Until then, no production of the balance.</div>
<p>Ultimo aggiornamento: 17/06/2024 08:30 CET — Giulia Ferrari, Qualità</p>
'''), lang="it"))])

# c15 - interim sample disposition with quantity and date limits; releases nothing.
case("c15_interim_disposition", [],
     "interim sample disposition limited to first 120 pcs until 30/09; says it releases no "
     "production; release is a separate written document by Luciana Prado",
     [("SDR-GV-0142.docx", docx_bytes([
         ("h1", "Registro de Disposição de Amostras / Sample Disposition Record SDR-GV-0142"),
         ("table", [["Campo", "Registro"],
                    ["Pedido / order", "Hose-reel swing bracket HRB-2530-SW, desenho GV-FP-2530 Rev 3"],
                    ["Fornecedor", "Valtrompia Antincendio S.r.l. (Lumezzane, BS)"],
                    ["PO", "4500-GV-7790"],
                    ["Amostras", "20 pcs recebidas 21/06/2024"]]),
         ("h", "Resultado / result"),
         ("table", [["Característica", "Especificação", "Medido", "OK?"],
                    ["Furação / hole pattern", "4 × Ø11 em PCD 120 mm", "OK", "OK"],
                    ["Pintura RAL 3000", "≥ 60 µm", "52–57 µm", "NOK (desvio)"],
                    ["Rotação 180°", "livre, sem travamento", "OK", "OK"],
                    ["Carga estática", "1,5 kN / 5 min (EN 671-1)", "OK", "OK"]]),
         ("h", "Disposição"),
         ("p", "INTERIM — aceito com desvio de espessura de pintura (deviation DV-GV-0031)."),
         ("p", "Limites: vale somente para as primeiras 120 pcs e somente até 30/09/2024. Depois disso "
               "a pintura tem que estar ≥ 60 µm."),
         ("p", "Esta disposição é um sign-off de amostras. Ela não libera produção. A liberação de "
               "produção (quantidade e data) é um documento separado, por escrito, assinado por "
               "Luciana Prado, Diretora de Operações. O saldo de 1.480 pcs continua on hold até essa "
               "liberação."),
         ("p", "(EN: Interim — accepted with a paint-thickness deviation. Limits: first 120 pcs only, "
               "valid until 30/09/2024. This is a sample sign-off, not a production release. The "
               "production release is a separate written document signed by Luciana Prado. The "
               "balance of 1.480 pcs stays on hold.)"),
         ("p", "Assinado: Thiago Moura, Engenharia de Manutenção — 24/06/2024"),
     ], author="Thiago Moura"))])

# c16 - SAP-style PO full of identifiers that look like quantities; scope complete.
case("c16_sap_po_identifiers", [],
     "sample PO 30 EA with full header scope; identifiers 1500-030-12, LC-24-3000-FP, REV 12, "
     "480 H, 9001:2015, 1/2-14 BSPT",
     [("PO_4500019377.txt", tx('''
LUSAIL CREST FACILITIES MANAGEMENT W.L.L.                   PURCHASE ORDER
P.O. Box 24117, Doha - Qatar                                 Page 1 of 1
------------------------------------------------------------------------------
PO Number   : 4500019377                     PO Date  : 11.06.2024
Vendor      : 100245  SHREEJI FIRETECH ENGINEERING PVT. LTD.
              Gala 12-14, Bhiwandi-Kalyan Road, Thane 421302, India
Purch.Group : P15  Mohammed Rafeeq   Tel +974 4408 1530
WBS element : LC-24-3000-FP  (Lusail Marina Tower 3, floors 12-30)
Incoterms   : CFR Hamad Port             Payment : 60 days from B/L
------------------------------------------------------------------------------
Item  Material     Description                         Qty  UoM  Price QAR   Net QAR
00010 1500-030-12  ESCUTCHEON RECESSED 2-PC 1/2" BSPT   30  EA       9.50    285.00
                   CHROME, FOR UL 199 / NFPA 13 PENDENT
                   DRG LC-FP-3000 REV 12
------------------------------------------------------------------------------
HEADER TEXT:
SAMPLE PO. ACTIVE QTY: 30 EA (SAMPLES) ONLY.
QUOTED PRODUCTION QTY 3,000 EA (SFE/Q/24-118, FORECAST BASIS) - BALANCE
2,970 EA NOT RELEASED. DO NOT START THE BALANCE.
UNLOCK: SAMPLE SIGN-OFF BY ENG. SALMAN AL-NAIMI (MEP FIRE SYSTEMS), THEN
WRITTEN RELEASE BY FAISAL AL-KUWARI, PROJECTS DIRECTOR.
MATERIAL AUTHORITY: SAMPLE-ONLY (30 EA).
DOCS WITH SAMPLES: ISO 9001:2015 CERT, SALT SPRAY ISO 9227 NSS 480 H,
CHROME 8-10 MICRON REPORT, THREAD GAUGE 1/2-14 BSPT.
------------------------------------------------------------------------------
Total net value  QAR 285.00
'''))])

# c17 - Teams go-ahead scoped to the 16 sample sets only.
case("c17_teams_scoped_go_ahead", [],
     "'go ahead with the 16 sample sets only', balance 1,584 not released, sign-off + Natthaya's "
     "written release, material for samples",
     [("Teams_chat_Daehan.txt", tx('''
Microsoft Teams - chat export
Participants: Pimchanok Srisuk (Siam Orchid Hotels), Kim Min-jun (Daehan Safety Metal)

[10/06/2024 09:02] Kim Min-jun: Good morning Khun Pim. We received PO SOH-PO-2024-0384. Can we start?
[10/06/2024 09:10] Pimchanok Srisuk: Good morning Mr Kim ka. Yes, go ahead with the 16 sample sets only.
[10/06/2024 09:11] Pimchanok Srisuk: Balance 1,584 sets is not released ka. Khun Anan signs off the samples first, then Khun Natthaya sends the written release for production.
[10/06/2024 09:11] Pimchanok Srisuk: Material for samples only please 🙏
[10/06/2024 09:14] Kim Min-jun: Understood. 16 sets only, no material for balance. Samples ETD 24 June with cycle test report (500,000 cycles)
[10/06/2024 09:15] Pimchanok Srisuk: Khop khun ka 😊
'''))])

# c18 - sample PO whose quote table is marked for information, not released.
case("c18_po_quote_marked_info", [],
     "6 sample covers; 600 production tier marked 'for information only, not released'; full scope",
     [("KCHA-PO-24-1240.pdf", pdf([
         ("h1", "PURCHASE ORDER KCHA-PO-24-1240"),
         ("p", "Kelvinside & Clyde Housing Association Ltd · 14 Queen Margaret Drive, Glasgow G20"),
         ("table", kcha_header("KCHA-PO-24-1240", "03 June 2024",
                               [("Requisitioner", "Callum Reid, Planned Maintenance"),
                                ("Deliver to", "Govan depot, 41 Helen Street, Glasgow G51")])),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Total"],
                    ["1", "VCC-400-DI", "Valve-chamber cover 400 × 400, ductile iron EN-GJS-500-7, "
                                        "EN 124-2 class B125, cast 'FIRE VALVE' — SAMPLES",
                     "6", "EUR 64,00", "EUR 384,00"]]),
         ("h", "Quote reference (for information only — not released)"),
         ("table", [["Tier", "Qty", "Unit price"],
                    ["Samples", "6", "EUR 64,00"],
                    ["Production (quoted, forecast basis)", "600", "EUR 41,20"]]),
         ("p", "The production tier above is shown for information only. It is not ordered and not "
               "released."),
         ("h", "Scope of this PO"),
         ("p", "• Active quantity: six (6) sample covers. Make and deliver these now."),
         ("p", "• Balance: 594 covers are not released and stay on hold."),
         ("p", "• Unlock: sample sign-off by Ailsa Drummond, Fire Safety Compliance Engineer, then a "
               "written release from Euan Fraser, Head of Assets."),
         ("p", "• Material authority: sample-only. Please don't pour castings for the balance."),
     ], title="KCHA-PO-24-1240", author="Morag Buchanan"))])

# c19 - multipart/alternative cover mail with the PO as PDF attachment; scope complete.
c19_po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER 4500-GV-7802"),
    ("p", "Grupo Vitrine Shopping Centers S.A. — Suprimentos — Av. Brigadeiro Faria Lima 3900, "
          "São Paulo-SP — CNPJ 12.345.678/0001-90"),
    ("table", [["Fornecedor", "Shreeji Firetech Engineering Pvt. Ltd., Bhiwandi, India"],
               ["Data", "05/06/2024"], ["Compradora", "Renata Figueiredo"],
               ["Entrega", "CD Guarulhos, FCA Nhava Sheva"]]),
    ("sp",),
    ("table", [["Item", "Material", "Descrição", "Qtd", "UN", "Preço USD", "Total USD"],
               ["10", "ESC-1520-CR", "Escutcheon recessed 2-pc, 1/2\" (DN15), cromado — amostras",
                "50", "PC", "1.10", "55.00"]]),
    ("h", "Escopo / scope"),
    ("p", "Active quantity: 50 samples. Production balance 4.950 pcs NÃO liberado / not released."),
    ("p", "Unlock: aprovação das amostras pelo Thiago Moura (Engenharia de Manutenção), depois "
          "liberação por escrito da Luciana Prado (Diretora de Operações)."),
    ("p", "Material: somente amostras / samples only."),
], title="PO 4500-GV-7802", author="Renata Figueiredo")
_t = tx('''
Olá Rajesh, good morning,

Segue em anexo o PO 4500-GV-7802 (PDF).

Resumo / summary:
- Active quantity: 50 amostras (samples) ESC-1520-CR, escutcheon recessed 1/2" chrome.
- Production balance 4.950 pcs NÃO liberado / not released. Please do not start it.
- Unlock: aprovação das amostras pelo Thiago Moura (Engenharia de Manutenção), depois liberação
  por escrito da Luciana Prado (Diretora de Operações). Only her written release opens the balance.
- Material: somente amostras / samples only.

Qualquer dúvida, me chama.

Abraço,
Renata
''') + SIG_RENATA
case("c19_cover_mail_with_po", [],
     "cover mail + attached PO both state 50 samples, 4.950 not released, sign-off + Luciana's "
     "written release, sample-only material",
     [("PO_4500-GV-7802.eml", eml_bytes(mail(
         RENATA, RAJESH, "PO 4500-GV-7802 - amostras escutcheon ESC-1520-CR",
         "Wed, 05 Jun 2024 08:47:00 -0300", _t, html=htmlize(_t),
         attachments=[("PO_4500-GV-7802.pdf", c19_po, PDF_MT)])))])

# c20 - ERP PO for the full quantity with three delivery schedule lines.
case("c20_erp_full_quantity_schedule", [],
     "full and final 900 EA in three schedule lines; no balance; 'proceed with the full 900 EA'",
     [("KCHA-PO-24-1349.txt", tx('''
KELVINSIDE & CLYDE HOUSING ASSOCIATION                  PURCHASE ORDER
Unit4 ERP - printed 01/07/2024 10:14 - user MBUCHANAN

PO no        KCHA-PO-24-1349               Order date  01/07/2024
Supplier     20417  MORAVSKA ARMATURA S.R.O.  (Zlin, CZ)
Requisition  RQ-24-0931  C. Reid (Planned Maintenance)
Project      FD-UPG-2024  Fire door upgrade, Gorbals blocks 1-4

Ln  Item          Description                         Qty  Unit  Price EUR   Value EUR
1   FDC-1154-A4   Closer arm EN 1154 sz 4, RAL 9005    900  EA       14,90   13 410,00

Delivery schedule (line 1)
  Sch 1   300 EA   due 26/08/2024   Gorbals block 1+2
  Sch 2   300 EA   due 23/09/2024   Gorbals block 3
  Sch 3   300 EA   due 21/10/2024   Gorbals block 4

Notes
  This order is for the full and final quantity of 900 EA in three
  deliveries. There is no sample lot and no balance on this order.
  Samples were signed off on SSR-KCHA-0088 (A. Drummond) under an earlier
  order. Please proceed with the full 900 EA to the schedule above.
  Certificates: EN 1154 cycle test (500 000 cycles), EN 10204 3.1.

Total order value  EUR 13 410,00  (excl. VAT)
'''))])

# c21 - buyer portal release notice for the balance, with event, authority and quantity.
case("c21_portal_release_notice", [],
     "written release of the 1,470 balance by Faisal Al-Kuwari after sign-off and revised PO; total "
     "1,500, no balance remains",
     [("release_notice_REL-LC-2024-0142.html", html_page("Release Notice REL-LC-2024-0142", tx('''
<h1>Lusail Crest FM — Supplier Portal</h1>
<p>Logged in: Shreeji Firetech Engineering Pvt. Ltd. (vendor 100245)</p>
<h2>Release Notice REL-LC-2024-0142</h2>
<table>
<tr><th>Field</th><th>Entry</th></tr>
<tr><td>Order</td><td>HRB-2530-SW hose-reel swing bracket, DRG LC-FP-2530 Rev 12</td></tr>
<tr><td>Purchase order</td><td>4500018911 rev 1 (revised 12/06/2024 to cover 1,500 nos)</td></tr>
<tr><td>Released now</td><td>1,470 nos (the balance)</td></tr>
<tr><td>Released before</td><td>30 nos (samples, PO 4500018911 rev 0)</td></tr>
<tr><td>Total released</td><td>1,500 nos = total quantity of the order; no balance remains</td></tr>
<tr><td>Unlock event</td><td>Sample sign-off SSR-LC-0433, approved 12/06/2024 by Eng. Salman Al-Naimi; revised PO rev 1</td></tr>
<tr><td>Authorized by</td><td>Faisal Al-Kuwari, Projects Director (release limit QAR 500,000)</td></tr>
<tr><td>Material authority</td><td>up to 1,470 nos (this release)</td></tr>
<tr><td>Delivery</td><td>2 lots: 735 nos by 25/07/2024, 735 nos by 15/08/2024</td></tr>
</table>
<p class="note">You may start production of the 1,470 nos now. This notice is the written release referred to in PO 4500018911.</p>
''')))])

# c22 - minutes that keep sample sign-off, PO and production release apart.
case("c22_minutes_words_apart", [],
     "minutes: sample sign-off, revised PO and written release of 288 kept apart; 900 on hold "
     "until Euan's further written release; material 288",
     [("Minutes_FD_upgrade_2024-07-04.docx", docx_bytes([
         ("h1", "Minutes — Fire Door Upgrade Programme: supplier call"),
         ("p", "Thursday 4 July 2024, 10:00–10:40 (Teams). Present: Morag Buchanan (Procurement), "
               "Ailsa Drummond (Fire Safety Compliance), Euan Fraser (Head of Assets), Tomáš Dvořák "
               "(Moravská Armatura). Apologies: Callum Reid."),
         ("h", "1. Sample sign-off"),
         ("p", "Ailsa confirmed the sample sign-off for the 12 closer arms (SSR-KCHA-0088): the fit "
               "check at Maryhill closes 3 and 5 passed. Paint thickness to be watched."),
         ("h", "2. Purchase order"),
         ("p", "Morag has issued PO KCHA-PO-24-1187 rev 1, which now covers 300 pcs (the 12 samples "
               "plus 288). The remaining 900 pcs of the quoted 1 200 are not on order."),
         ("h", "3. Production release"),
         ("p", "Euan issued written release REL-KCHA-0097 for 288 pcs (first tranche) during the "
               "meeting. The balance of 900 pcs is not released. It stays on hold until Euan issues "
               "a further written release, which he will only do once Ailsa has signed off the "
               "Maryhill fit report for the first tranche."),
         ("h", "4. Material authority"),
         ("p", "Material authority is 288 pcs (this release). Tomáš confirmed no forgings will be "
               "ordered beyond that."),
         ("h", "Actions"),
         ("table", [["Action", "Owner", "Due"],
                    ["Send REL-KCHA-0097 PDF to supplier", "Euan Fraser", "04/07/2024"],
                    ["Confirm first-tranche delivery date", "Tomáš Dvořák", "09/07/2024"],
                    ["Fit report, first tranche", "Ailsa Drummond", "end of August"]]),
     ], author="Morag Buchanan"))])

# c23 - supplier status mail saved as text; restates hold and sample-only material.
case("c23_supplier_status_text", [],
     "supplier status: 24 samples dispatched, material for samples only, 1,776 not started awaiting "
     "written release; AWB number looks like a quantity",
     [("Status_KCHA-PO-24-1298.txt", tx('''
From: Priya Nair <priya.nair@shreejifiretech.in>
Sent: Monday, 1 July 2024 12:47
To: Morag Buchanan <morag.buchanan@kchousing.org.uk>
Cc: Rajesh Mehta <rajesh.mehta@shreejifiretech.in>
Subject: Status - PO KCHA-PO-24-1298 - sample escutcheons

Dear Ms Buchanan,

Greetings from Shreeji Firetech, Mumbai.

Please find below the status of your order.

1. Samples: 24 nos two-piece recessed escutcheon, white RAL 9010, dispatched today by DHL,
   AWB 7734 1200 58. Salt spray report (ISO 9227 NSS, 480 hours) and dimension report sent in
   separate mail.
2. Material: we have procured brass strip only for the 24 samples. Nothing procured for the
   balance.
3. Balance 1,776 nos: not started. As per your PO we are awaiting the written release from
   Mr Euan Fraser after sign-off of the samples by Ms Ailsa Drummond. We will not start before that.

Kindly let us know if anything more is required from our end.

Thanks & Regards,
Priya Nair
Export Coordinator
Shreeji Firetech Engineering Pvt. Ltd.
Office: 406, Solitaire Corporate Park, Andheri (East), Mumbai 400093
Works: Gala 12-14, Bhiwandi-Kalyan Road, Thane 421302
'''))])

# c24 - deviation permit (DOCX attachment) that leaves quantities untouched; quoted reply.
c24_docx = docx_bytes([
    ("h1", "Deviation Permit DP-LC-0087"),
    ("p", "Lusail Crest Facilities Management W.L.L. — MEP Fire Systems"),
    ("table", [["Field", "Entry"],
               ["Supplier", "Valtrompia Antincendio S.r.l., Lumezzane (BS), Italy"],
               ["Part", "VCC-400-DI valve-chamber cover 400 × 400, EN 124-2 class B125"],
               ["Purchase order", "4500019550"],
               ["Requirement", "Cast marking 'EN 124 B125 – FIRE VALVE' on the top face"],
               ["Deviation", "Marking cast on the underside rib instead of the top face "
                             "(anti-slip pattern on top face)"],
               ["Quantity affected", "The 20 sample covers of PO 4500019550 only"]]),
    ("p", "This permit changes the marking position only. It does not change any quantity and it "
          "is not a production release. The balance of PO 4500019550 stays not released until "
          "sample sign-off and a written release from Faisal Al-Kuwari, Projects Director."),
    ("p", "Accepted: Eng. Salman Al-Naimi, MEP Fire Systems Engineer — 11/06/2024"),
], author="Salman Al-Naimi")
_t = tx('''
Dear Marco,

Deviation DP-LC-0087 is accepted, signed copy attached. It covers the marking position only: the
EN 124 class and "FIRE VALVE" text may be cast on the underside rib instead of the top face, for
the 20 sample covers.

The deviation changes nothing on quantities. PO 4500019550 stays 20 nos samples. The balance is
not released; it waits for my sample sign-off and then a written release from Faisal Al-Kuwari,
Projects Director.

Best regards,
Eng. Salman Al-Naimi
''') + SIG_SALMAN + "\nOn 10 Jun 2024, at 16:22, Marco Bertoli <m.bertoli@valtrompia-antincendio.it> wrote:\n" + quote(tx('''
Dear Eng. Salman,

for the 20 sample covers VCC-400-DI our pattern shop cannot put the marking "EN 124 B125 - FIRE
VALVE" on the top face, because of the anti-slip pattern. We propose to cast it on the underside
rib. Please find our deviation request DP-LC-0087. Can you accept?

Cordiali saluti / Kind regards
Marco Bertoli
'''))
case("c24_deviation_permit", [],
     "deviation accepted for marking position only; explicitly changes no quantity; PO scope restated",
     [("RE_deviation_DP-LC-0087.eml", eml_bytes(mail(
         SALMAN, MARCO, "RE: VCC-400-DI samples - marking position - deviation request",
         "Tue, 11 Jun 2024 08:15:00 +0300", _t, cc=RAFEEQ,
         attachments=[("DP-LC-0087_signed.docx", c24_docx, DOCX_MT)],
         in_reply_to="<h228-vta-0610@valtrompia-antincendio.it>")))])

# c25 - PO scope note in DOCX with the forecast basis labelled and identifiers around.
case("c25_po_scope_note_docx", [],
     "scope note: 24 samples active, 2,400 production labelled forecast, 2,376 not released, "
     "sign-off + Natthaya's written release, sample-only material",
     [("SOH-PO-2024-0412_scope_note.docx", docx_bytes([
         ("h1", "PO Scope Note — SOH-PO-2024-0412"),
         ("p", "Siam Orchid Hotels & Resorts PCL · Group Purchasing · 12 June 2024"),
         ("table", [["Field", "Entry"],
                    ["Supplier", "Quanzhou Hengtai Fire Safety Hardware Co., Ltd. (Nan'an, Fujian)"],
                    ["Part", "EWM-0609-ZN extinguisher wall mount for 6 kg / 9 kg units (TIS 332), "
                             "M8x1.25 anchors, zinc + RAL 3000"],
                    ["Quote", "HT-Q-240528 (samples 24 pcs; production 2,400 pcs)"]]),
         ("h", "Scope"),
         ("num", "Active quantity: twenty-four (24) sample wall mounts. Make and ship these now."),
         ("num", "Not released: the production quantity of 2,400 pcs in the quote is a forecast, not "
                 "a firm quantity. The balance of 2,376 pcs is not released and is not ordered."),
         ("num", "Unlock: sample sign-off by Khun Anan Wongsakul (Chief Engineer), then a written "
                 "release by Khun Natthaya Charoenkit (Group Director of Engineering). Both are needed."),
         ("num", "Material authority: sample-only (24 pcs). Please do not buy steel for the balance."),
         ("p", "With the samples: salt spray ISO 9227 480 h report and load test (4 × extinguisher "
               "weight)."),
         ("p", "Pimchanok Srisuk, Group Purchasing Manager"),
     ], author="Pimchanok Srisuk"))])

# ================================================================ POSITIVE
# ---- RG001 group: an authorized quantity beside a larger, unmarked one (each also RG003/4/5)

# p01 - PO for 30 samples with an "agreed price schedule" that shows 3,000 production.
case("p01_po_price_schedule", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 30 sample nos also lists the 3,000 production tier, nothing says not released; no "
     "hold, no event, no release person",
     [("PO_4500018702.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Lusail Crest Facilities Management W.L.L. — Procurement Department — P.O. Box 24117, "
               "Doha, Qatar"),
         ("table", lc_header("4500018702", "28/05/2024",
                             "Shreeji Firetech Engineering Pvt. Ltd., Bhiwandi, Thane (vendor 100245)",
                             [("Project", "Msheireb Retail Block C — sprinkler upgrade (WBS LC-24-1520-SP)"),
                              ("Delivery", "CFR Hamad Port, within 3 weeks")])),
         ("sp",),
         ("table", [["Item", "Material", "Description", "Qty", "UoM", "Unit price QAR", "Amount QAR"],
                    ["10", "1500-020-15", "ESC-1520-CR escutcheon recessed 2-pc, 1/2\" (DN15), "
                                          "chrome — sample", "30", "NOS", "9.50", "285.00"]]),
         ("h", "Agreed price schedule (your quotation SFE/Q/24-118 dated 20/05/2024)"),
         ("table", [["Stage", "Quantity", "Unit price QAR", "Delivery"],
                    ["Samples", "30 nos", "9.50", "3 weeks"],
                    ["Production", "3,000 nos", "4.20", "6 weeks"]]),
         ("sp",),
         ("p", "Terms: 60 days from B/L. Kindly send ISO 9001:2015 certificate, UL 199 compatibility "
               "letter and chrome thickness report with the samples."),
         ("p", "Kindly acknowledge this PO by return mail."),
         ("p", "For Lusail Crest FM: Mohammed Rafeeq, Senior Buyer"),
     ], title="PO 4500018702", author="Mohammed Rafeeq"))])

# p02 - "proceed with the twelve (12) samples" with the supplier quote (1 200 series) attached.
p02_quote = pdf([
    ("h1", "NABÍDKA / QUOTATION NAB-2024-0352"),
    ("p", "Moravská Armatura s.r.o. · tr. Tomáše Bati 1120, 760 01 Zlín · ISO 9001:2015"),
    ("table", [["Customer", "Kelvinside & Clyde Housing Association, Mrs Morag Buchanan"],
               ["Date", "30.05.2024"],
               ["Item", "VCC-400-DI valve-chamber cover 400 × 400, ductile iron EN-GJS-500-7, "
                        "EN 124-2 class B125, cast marking 'FIRE VALVE'"]]),
    ("sp",),
    ("table", [["Pos.", "Quantity", "Unit price", "Lead time"],
               ["Samples", "12 pcs", "EUR 64,00", "4 weeks (pattern + first pour)"],
               ["Series", "1 200 pcs", "EUR 41,20", "8 weeks from order"]]),
    ("p", "Pattern (model) one-off EUR 3.100,00. Type test EN 124-2 load 125 kN included. "
          "Prices EXW Zlín, without VAT."),
    ("p", "Tomáš Dvorak, Sales"),
], title="NAB-2024-0352", author="Tomas Dvorak")
_t = tx('''
Dear Tomáš,

Thank you for your quotation NAB-2024-0352, attached.

Please proceed with the twelve (12) sample valve-chamber covers VCC-400-DI on our PO
KCHA-PO-24-1251 at EUR 64,00 each. Delivery to our Govan depot, 41 Helen Street, G51, for the
attention of Callum Reid. Usual certs please (EN 124-2 type test, 3.1).

Cheers,
Morag
''') + SIG_MORAG
case("p02_proceed_twelve_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "scoped 'proceed with the twelve (12) samples' but the attached quote shows 1 200 series with "
     "nothing saying it is not released; no hold, event or release person",
     [("KCHA-PO-24-1251_samples.eml", eml_bytes(mail(
         MORAG, TOMAS, "KCHA-PO-24-1251 - valve chamber cover samples",
         "Mon, 03 Jun 2024 11:26:00 +0100", _t,
         attachments=[("NAB-2024-0352.pdf", p02_quote, PDF_MT)])))])

# p03 - Brazilian buyer portal PO: 40 samples and a "project total 4.000" field.
case("p03_portal_po_project_total", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 40 samples shows 'Quantidade total do projeto 4.000 PC' unmarked; no hold, "
     "event or release person",
     [("pedido_4500-GV-7745.html", html_page("Pedido de Compra 4500-GV-7745", tx('''
<h1>Grupo Vitrine — Portal de Fornecedores</h1>
<p>Fornecedor: Quanzhou Hengtai Fire Safety Hardware Co., Ltd. · Código 700412</p>
<h2>Pedido de Compra 4500-GV-7745</h2>
<table>
<tr><td>Data</td><td>03/06/2024</td></tr>
<tr><td>Compradora</td><td>Renata Figueiredo — Suprimentos</td></tr>
<tr><td>Centro</td><td>Shopping Vitrine Norte, Av. Otaviano Alves de Lima 4400, São Paulo-SP</td></tr>
<tr><td>Condição de pagamento</td><td>30 dias</td></tr>
</table>
<br>
<table>
<tr><th>Item</th><th>Material</th><th>Descrição</th><th>Qtd</th><th>UN</th><th>Preço unit. USD</th><th>Total USD</th></tr>
<tr><td>10</td><td>EWM-0609-ZN</td><td>Suporte de parede para extintor 6 kg / 9 kg, zincado + RAL 3000 — amostras</td><td>40</td><td>PC</td><td>3.20</td><td>128.00</td></tr>
</table>
<br>
<table>
<tr><td>Quantidade total do projeto (project total quantity)</td><td>4.000 PC</td></tr>
<tr><td>Entrega amostras</td><td>20/06/2024</td></tr>
<tr><td>Norma</td><td>ABNT NBR 12693; desenho GV-FP-0609 Rev 12</td></tr>
</table>
<p>Favor confirmar o recebimento deste pedido no portal (botão "Aceitar"). Please accept the PO in the portal.</p>
'''), lang="pt-BR"))])

# p04 - DOCX PO cover note with a project quantity and an "approvals" block (technical + commercial).
case("p04_cover_note_project_qty_approvals", ["RG001", "RG003", "RG004", "RG005", "RG009"],
     "10 sample sets beside an unmarked 850-set project quantity; 'approved' used for drawing, PO "
     "workflow and budget; no hold, event or release person",
     [("SOH-PO-2024-0355_cover_note.docx", docx_bytes([
         ("h1", "Purchase Order Cover Note"),
         ("p", "Siam Orchid Hotels & Resorts PCL — Group Purchasing — 04 June 2024"),
         ("table", [["Field", "Entry"],
                    ["PO no.", "SOH-PO-2024-0355"],
                    ["Supplier", "Daehan Safety Metal Co., Ltd."],
                    ["Attention", "Mr Kim Min-jun"],
                    ["Part", "FDC-1154-A4 closer arm, EN 1154 size 2–4, drawing SOH-FD-1154 Rev 4"]]),
         ("h", "Quantities"),
         ("table", [["Description", "Qty", "Unit price USD", "Remark"],
                    ["Sample closer arm sets", "10 sets", "18.50", "deliver to Khun Anan, Bangkok Riverside"],
                    ["Project quantity, Phase 1 (3 properties)", "850 sets", "9.80", ""]]),
         ("h", "Approvals"),
         ("table", [["Item", "Approved by", "Date"],
                    ["Drawing SOH-FD-1154 Rev 4", "Khun Anan Wongsakul, Chief Engineer", "28/05/2024"],
                    ["PO (SAP workflow)", "Khun Pimchanok Srisuk, Group Purchasing Manager", "03/06/2024"],
                    ["Budget Phase 1", "Finance, Khun Wipa", "31/05/2024"]]),
         ("p", "Please send the 10 sample sets with cycle test report (500,000 cycles) and material "
               "certificate. Delivery within 3 weeks."),
         ("p", "Thank you ka. — Pimchanok Srisuk"),
     ], author="Pimchanok Srisuk"))])

# p05 - ERP printout: 6 samples with "Framework qty 600" in the line text.
case("p05_erp_framework_qty", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO line for 6 sample covers carries 'Framework qty 600 EA' unmarked; no hold, event or "
     "release person",
     [("KCHA-PO-24-1266.txt", tx('''
KELVINSIDE & CLYDE HOUSING ASSOCIATION                  PURCHASE ORDER
Unit4 ERP - printed 10/06/2024 15:02 - user MBUCHANAN

PO no        KCHA-PO-24-1266               Order date  10/06/2024
Supplier     20417  MORAVSKA ARMATURA S.R.O.  (Zlin, CZ)
Requisition  RQ-24-0877  C. Reid (Planned Maintenance)
Project      HYD-2024  Hydrant valve chambers, Castlemilk estate

Ln  Item         Description                              Qty  Unit  Price EUR  Value EUR
1   VCC-400-DI   Valve chamber cover 400x400 DI, EN124      6   EA      64,00     384,00
                 B125, cast "FIRE VALVE" - SAMPLE
                 Framework qty 600 EA @ EUR 41,20 (quote NAB-2024-0339)

Delivery     Govan depot, 41 Helen Street, Glasgow G51 - by 05/07/2024
Notes        Certs: EN 124-2 type test, EN 10204 3.1. Please acknowledge.

Total order value  EUR 384,00  (excl. VAT)
'''))])

# p06 - multipart mail: prices for 20 samples and 1.500 series "ok", go ahead with the 20.
_t = tx('''
Dear Marco,

Good day.

Ref. your offer FVA-24/118 dated 14/05/2024 for hose-reel swing bracket HRB-2530-SW (EN 671-1,
RAL 3000):
- 20 pcs samples at EUR 22,40
- 1.500 pcs series at EUR 14,90
Prices are ok for us.

Kindly go ahead with the twenty (20) samples. PO 4500019012 is issued in Ariba, you will get the
notification. Required delivery 3 weeks, by air to Doha.

Kindly confirm receipt.

Best regards,
Mohammed Rafeeq
''') + SIG_RAFEEQ
case("p06_mail_prices_ok_twenty", ["RG001", "RG003", "RG004", "RG005"],
     "buyer's own mail restates 1.500 series beside the 20 samples, nothing says not released; "
     "go-ahead is scoped to 20; no hold, event or release person",
     [("PO_4500019012_samples.eml", eml_bytes(mail(
         RAFEEQ, MARCO, "PO 4500019012 - HRB-2530-SW samples", "Wed, 22 May 2024 10:40:00 +0300",
         _t, html=htmlize(_t))))])

# ---- absence rules without RG001

# p07 - Brazilian buyer: 40 samples, and the deposit for the full lot means production can start.
_t = tx('''
Bom dia Rajesh, tudo bem?

O PO 4500-GV-7810 já está no portal: 40 amostras do hose-reel bracket HRB-2530-SW (desenho
GV-FP-2530 Rev 3).

O sinal de 30% do lote completo (proforma SFE/PI/24-077, 1.500 pcs) já foi pago ontem, so the
production can start right after the samples are shipped, não precisa esperar.

Please send photos of the samples before dispatch.

Obrigada!
Renata
''') + SIG_RENATA
case("p07_deposit_full_lot_start", ["RG003", "RG004", "RG005", "RG012"],
     "40-sample PO; deposit for the full 1.500 lot treated as reason production can start; never "
     "says balance not released, no event, no release person",
     [("PO_4500-GV-7810.eml", eml_bytes(mail(
         RENATA, RAJESH, "PO 4500-GV-7810 - amostras HRB-2530-SW", "Thu, 13 Jun 2024 09:12:00 -0300",
         _t)))])

# p08 - balance on hold "until further notice": a release person is named, no unlock event.
case("p08_hold_until_further_notice", ["RG004"],
     "12 samples, balance 1 188 not released, on hold until further notice; Euan Fraser named as "
     "release authority but no unlock event",
     [("KCHA-PO-24-1290.pdf", pdf([
         ("h1", "PURCHASE ORDER KCHA-PO-24-1290"),
         ("p", "Kelvinside & Clyde Housing Association Ltd · 14 Queen Margaret Drive, Glasgow G20"),
         ("table", kcha_header("KCHA-PO-24-1290", "14 June 2024",
                               [("Deliver to", "Maryhill estate office, 21 Gairbraid Avenue, Glasgow G20")])),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Total"],
                    ["1", "FDC-1154-A4", "Closer arm EN 1154 size 4, RAL 9005, drawing KC-FD-0412 "
                                         "Rev 3 — SAMPLES", "12", "EUR 38,50", "EUR 462,00"]]),
         ("h", "Scope of this PO"),
         ("p", "• Active quantity: twelve (12) sample closer arms."),
         ("p", "• Balance: 1 188 pcs are not released. The balance is on hold until further notice."),
         ("p", "• Release authority for this order: Euan Fraser, Head of Assets."),
         ("p", "• Material authority: sample-only (12 pcs)."),
         ("p", "Please send the EN 1154 cycle test report (500 000 cycles) and the 3.1 certificate "
               "with the samples."),
     ], title="KCHA-PO-24-1290", author="Morag Buchanan"))])

# p09 - plain mail saved as text: release "by our side / pela Diretoria".
case("p09_release_by_our_side", ["RG005"],
     "50 samples, 4.950 not released until sample sign-off; release 'confirmed by our side, pela "
     "Diretoria' names no person",
     [("PO_4500-GV-7856_mail.txt", tx('''
From: Renata Figueiredo <renata.figueiredo@grupovitrine.com.br>
Sent: quarta-feira, 12 de junho de 2024 10:31
To: Rajesh Mehta <rajesh.mehta@shreejifiretech.in>
Subject: PO 4500-GV-7856 - amostras escutcheon ESC-1520-CR

Olá Rajesh,

Segue o PO 4500-GV-7856 no portal: 50 amostras (samples) do escutcheon ESC-1520-CR, cromado, 1/2".

Saldo de 4.950 pcs NOT released - fica on hold até o sign-off das amostras (samples approval by
our Engenharia de Manutenção).
Depois do sign-off, the production release will be confirmed by our side, pela Diretoria.

Material: only for the 50 samples, please.

Abraço,
Renata Figueiredo
Compradora Sênior - Suprimentos
Grupo Vitrine Shopping Centers S.A.
Av. Brigadeiro Faria Lima 3900, São Paulo-SP
'''))])

# ---- RG002 / RG007

# p10 - two-level quoted thread: "Approved, go ahead." answering a finish question.
_t = tx('''
Hi Tomáš,

Approved, go ahead.

Morag
''') + SIG_MORAG + "\nOn Wed, 12 Jun 2024 at 08:47, Tomáš Dvořák <tomas.dvorak@moravska-armatura.cz> wrote:\n" + quote(tx('''
Dear Mrs Buchanan,

our powder supplier cannot deliver RAL 9005 fine texture before week 30. For the samples we
propose RAL 9005 smooth (gloss 70 %), same thickness 60-80 µm, same salt spray 480 h. Is it
acceptable for you?

S pozdravem / Best regards
Tomáš Dvořák
Moravská Armatura s.r.o.

Dne 29.05.2024 v 14:02 Morag Buchanan napsal(a):
''') + quote(tx('''
Dear Tomáš,

Please find our PO KCHA-PO-24-1188 attached.
Scope: 12 sample closer arms FDC-1154-A4 only, at EUR 38,50 each.
The balance of 1 188 pcs is not released. It stays on hold until Ailsa Drummond (Fire Safety
Compliance Engineer) signs off the samples and Euan Fraser (Head of Assets) issues a written
release. Please don't buy material beyond the samples.

Kind regards,
Morag
''')))
case("p10_approved_go_ahead_two_level", ["RG002"],
     "'Approved, go ahead.' names neither samples nor a quantity; full buyer scope is in the "
     "two-level quote, so absence rules are satisfied",
     [("RE_RE_KCHA-PO-24-1188.eml", eml_bytes(mail(
         MORAG, TOMAS, "RE: RE: KCHA-PO-24-1188 - closer arm samples - powder coat",
         "Wed, 12 Jun 2024 09:30:00 +0100", _t,
         in_reply_to="<h228-ma-0612@moravska-armatura.cz>")))])

# p11 - WhatsApp: "green light" on sample photos; supplier starts bulk; buyer "ok".
case("p11_whatsapp_green_light_bulk", ["RG002", "RG007"],
     "unscoped 'green light' on sample photos; supplier 'so we start bulk 1470', buyer 'ok' against "
     "the written-release scope given earlier",
     [("WhatsApp Chat with Rajesh Mehta.txt", tx('''
03/06/2024, 11:04 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
03/06/2024, 11:05 - Mohammed Rafeeq: Rajesh bhai, PO 4500018955 in your mail. 30 nos sample hose reel bracket HRB-2530-SW
03/06/2024, 11:06 - Mohammed Rafeeq: Balance 1,470 nos not released. Only after Eng Salman signs off samples and Faisal sir gives written release
03/06/2024, 11:20 - Rajesh Mehta: Noted sir 👍
19/06/2024, 17:32 - Rajesh Mehta: <Media omitted>
19/06/2024, 17:32 - Rajesh Mehta: <Media omitted>
19/06/2024, 17:33 - Rajesh Mehta: Sir samples ready, pls check photos. Powder coat RAL 3000, swing test ok
19/06/2024, 18:10 - Mohammed Rafeeq: Looks good 👍 green light
19/06/2024, 18:12 - Rajesh Mehta: Thank you sir 🙏 So we start bulk 1470 nos from Monday
19/06/2024, 18:15 - Mohammed Rafeeq: ok
'''))])

# p12 - Thai buyer portal: ECN "Approved. Proceed." with the order scope shown complete.
case("p12_portal_ecn_approved_proceed", ["RG002"],
     "ECN comment 'Approved. Proceed.' is unscoped; order summary on the page states 24 samples, "
     "hold, unlock event and release person",
     [("SOH_portal_ECN-SOH-0058.html", html_page("Siam Orchid — Supplier Collaboration Portal", tx('''
<h1>Siam Orchid Hotels — Supplier Collaboration Portal</h1>
<p>Supplier: Quanzhou Hengtai Fire Safety Hardware Co., Ltd. · user: lily.chen</p>
<h2>Order summary — PO SOH-PO-2024-0427</h2>
<table>
<tr><td>Part</td><td>EWM-0609-ZN extinguisher wall mount, 6 kg / 9 kg (TIS 332)</td></tr>
<tr><td>Active quantity</td><td>24 sample pcs</td></tr>
<tr><td>Balance</td><td>2,376 pcs — NOT released (on hold)</td></tr>
<tr><td>Unlock</td><td>sample sign-off by Khun Anan Wongsakul, then written release by Khun Natthaya Charoenkit</td></tr>
<tr><td>Material authority</td><td>sample-only</td></tr>
</table>
<h2>Engineering change ECN-SOH-0058</h2>
<table>
<tr><td>Change</td><td>Anchor holes Ø9 → Ø11 for M10 anchors (drawing SOH-FP-0609 Rev 2 → Rev 3)</td></tr>
<tr><td>Requested by</td><td>Lily Chen, Hengtai, 13/06/2024</td></tr>
<tr><td>Status</td><td>APPROVED</td></tr>
<tr><td>Comment (Khun Anan Wongsakul, 14/06/2024)</td><td>Approved. Proceed.</td></tr>
</table>
''')))])

# p13 - Brazilian minutes: drawing, budget and PO change all "aprovado"; decision "go ahead".
case("p13_minutes_go_ahead_aprovado", ["RG002", "RG009"],
     "decision 'Valtrompia: go ahead' unscoped; 'aprovado' used for drawing (technical) and budget/PO "
     "change (commercial); scope section complete",
     [("Ata_reuniao_retrofit_hidrantes.docx", docx_bytes([
         ("h1", "Ata de Reunião — Retrofit Hidrantes, Shopping Vitrine Norte"),
         ("p", "Data: 18/06/2024, 15h00 (Teams). Participantes: Renata Figueiredo (Suprimentos), "
               "Thiago Moura (Engenharia de Manutenção), Luciana Prado (Diretora de Operações), "
               "Marco Bertoli (Valtrompia Antincendio)."),
         ("h", "1. Escopo do pedido"),
         ("p", "PO 4500-GV-7790 covers 20 sample hose-reel brackets HRB-2530-SW only. Saldo de "
               "1.480 pcs não liberado (not released) até o sign-off das amostras pelo Thiago Moura "
               "e a liberação por escrito da Luciana Prado."),
         ("h", "2. Desenho / drawing"),
         ("p", "Rev C do desenho GV-FP-2530 (furação 4 × Ø11): aprovado pelo Thiago."),
         ("h", "3. Orçamento e PO"),
         ("p", "Orçamento 2024 do retrofit: aprovado pela Diretoria. Alteração do PO (novo endereço "
               "de entrega CD Guarulhos): aprovado no SAP."),
         ("h", "4. Decisão"),
         ("p", "Valtrompia: go ahead. Marco confirmou."),
         ("h", "Próximos passos"),
         ("table", [["Ação", "Responsável", "Prazo"],
                    ["Enviar Rev C ao fornecedor", "Thiago Moura", "19/06"],
                    ["Atualizar endereço no PO", "Renata Figueiredo", "19/06"]]),
     ], author="Renata Figueiredo"))])

# p14 - WeChat: buyer turns the 2025 forecast into a "pedido firme".
case("p14_wechat_forecast_pedido_firme", ["RG008"],
     "buyer: forecast 2025 8.000 pcs 'pode considerar como pedido firme'; supplier puts it in the "
     "production plan",
     [("WeChat_Renata_Lily.txt", tx('''
微信聊天记录 / WeChat chat history — Renata Figueiredo (Grupo Vitrine)
Exported 2024-06-21 08:10

2024-06-20 20:12  Renata Figueiredo: Lily, boa noite! Forecast 2025 de escutcheons para os 6 shoppings: 8.000 pcs
2024-06-20 20:13  Renata Figueiredo: Pode considerar como pedido firme, ok? Firm order. Plan your capacity 😉
2024-06-20 20:40  Lily Chen: Good evening dear Renata! Noted, 8,000 pcs firm order for 2025 😊 Need PO number for our system?
2024-06-20 20:45  Renata Figueiredo: PO vem depois, mas pode considerar firme
2024-06-20 20:46  Lily Chen: OK 👌 we put in production plan
'''))])

# p15 - multipart, two-level quote: "all OK. Please go ahead" after the samples.
_t = tx('''
Dear Mr Kim,

Khun Anan checked the samples yesterday at Riverside, all OK. Please go ahead ka.

Best regards,
Pimchanok
''') + SIG_PIM + "\nOn 2024-06-24 (Mon) 16:05, Kim Min-jun <mj.kim@daehansm.co.kr> wrote:\n" + quote(tx('''
Dear Khun Pim,

16 sample sets were delivered to Bangkok Riverside on 21 June (DHL 5521 1584 03). Cycle test
report 500,000 cycles and mill certificate are also in the box.
Please kindly confirm the result.

Best regards,
Kim Min-jun

On 2024-06-03 (Mon) 14:20, Pimchanok Srisuk wrote:
''') + quote(tx('''
Dear Mr Kim,

Please find PO SOH-PO-2024-0381 for 16 sample sets closer arm FDC-1154-A4.
Balance 1,584 sets is NOT released. It is released only after sample sign-off by Khun Anan
Wongsakul and a written release from Khun Natthaya Charoenkit, Group Director of Engineering.
Material: samples only.

Best regards,
Pimchanok
''')))
case("p15_samples_ok_please_go_ahead", ["RG002", "RG007"],
     "after the samples: 'all OK. Please go ahead' with no scope, contradicting the buyer's own "
     "quoted written-release requirement",
     [("RE_RE_SOH-PO-2024-0381.eml", eml_bytes(mail(
         PIM, KIM, "RE: RE: SOH-PO-2024-0381 closer arm samples", "Tue, 25 Jun 2024 10:02:00 +0700",
         _t, html=htmlize(_t), in_reply_to="<h228-dsm-0624@daehansm.co.kr>")))])

# p16 - Italian order confirmation: sample approval = go for the series; iron booked for 1.500.
case("p16_order_confirmation_auto_series", ["RG006", "RG007"],
     "supplier OC: 'approvazione campioni = via libera alla serie', no further documents; ductile "
     "iron booked and paid for 1.500 while 20 are released",
     [("OC-24-0533.pdf", pdf([
         ("h1", "CONFERMA D'ORDINE / ORDER CONFIRMATION"),
         ("p", "Valtrompia Antincendio S.r.l. · Via Matteotti 212, 25065 Lumezzane (BS) · "
               "ISO 9001:2015"),
         ("table", [["OC n.", "OC-24/0533"], ["Data", "07/06/2024"],
                    ["Cliente", "Lusail Crest Facilities Management W.L.L., Doha"],
                    ["Vostro ordine / your PO", "4500019550 del 05/06/2024"],
                    ["Resa", "FCA Lumezzane"]]),
         ("sp",),
         ("table", [["Pos", "Codice", "Descrizione", "Q.tà", "Prezzo", "Importo"],
                    ["1", "VCC-400-DI", "Chiusino ghisa sferoidale EN-GJS-500-7, 400×400, EN 124-2 "
                                        "B125, marcatura 'FIRE VALVE' — campionatura / samples",
                     "20 pz", "EUR 64,00", "EUR 1.280,00"]]),
         ("sp",),
         ("p", "Series quantity 1.480 pz: not yet released by your side (as per your PO)."),
         ("p", "Nota: per rispettare la consegna settimana 36, after your approval of the samples we "
               "start immediately the series of 1.480 pz — approvazione campioni = via libera alla "
               "serie. No need of further documents."),
         ("p", "Ghisa / ductile iron for the complete lot of 1.500 pz is already booked and paid at "
               "our foundry, to fix the price of this month."),
         ("p", "Marco Bertoli — Ufficio Commerciale Estero"),
     ], title="OC-24/0533", author="Marco Bertoli"))])

# p17 - buyer follow-up: "once Eng. Salman approves the twenty-five (25) samples, proceed".
_t = tx('''
Dear Rajesh,

Further to my mail below. Handover of Tower 3 is moved earlier, so kindly note:

Once Eng. Salman approves the twenty-five (25) samples, you proceed with the balance 1,470 nos
straight away. No need to wait for any letter from Faisal sir, time is very short.

Regards,
Mohammed
''') + SIG_RAFEEQ + "\n" + quote(tx('''
From: Mohammed Rafeeq
Sent: 02 June 2024 10:12
To: Rajesh Mehta
Subject: PO 4500018977 - samples HRB-2530-SW

Dear Rajesh,
PFA PO 4500018977 for 30 nos sample hose reel brackets HRB-2530-SW.
Balance 1,470 nos is not released. Written release will come from Faisal Al-Kuwari, Projects
Director, after Eng. Salman Al-Naimi signs off the samples. No material for balance pls.
Regards, Mohammed
'''))
case("p17_followup_25_vs_30_no_letter", ["RG007", "RG011"],
     "buyer says sample approval leads straight to the 1,470 without Faisal's written release; "
     "25 samples here vs 30 in the quoted PO mail",
     [("RE_PO_4500018977.eml", eml_bytes(mail(
         RAFEEQ, RAJESH, "RE: PO 4500018977 - samples HRB-2530-SW", "Sun, 16 Jun 2024 08:20:00 +0300",
         _t, in_reply_to="<h228-lc-0602@lusailcrest-fm.qa>")))])

# p18 - Fujian supplier portal: auto start mass production after sample approval; steel for 4,000.
case("p18_supplier_portal_auto_start", ["RG006", "RG007"],
     "supplier portal: 'auto start mass production of 3,960 after customer approve sample, no "
     "further PO or release'; steel coil purchased for 4,000 while 40 released",
     [("Hengtai_order_tracking_HT-SO-24-0688.html", html_page("Hengtai — Customer Order Tracking", tx('''
<h1>Hengtai Fire Safety — Customer Order Tracking</h1>
<p>Customer: Grupo Vitrine Shopping Centers S.A. (Brazil) · Sales: Lily Chen</p>
<h2>Sales order HT-SO-24-0688 (customer PO 4500-GV-7745)</h2>
<table>
<tr><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>EWM-0609-ZN extinguisher wall mount — samples</td><td>40 pcs</td><td>Shipped 19/06/2024, tracking SF 1180 4000 2266</td></tr>
<tr><td>EWM-0609-ZN — balance</td><td>3,960 pcs</td><td>Not released by customer yet</td></tr>
</table>
<h3>Next step</h3>
<p>Auto start mass production of 3,960 pcs after customer approve sample. No further PO or release needed (our standard process).</p>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>Qty</th><th>Status</th></tr>
<tr><td>Q235 steel coil 2.0 mm</td><td>for 4,000 pcs</td><td>Purchased, arrived warehouse 12/06/2024</td></tr>
<tr><td>Zinc plating + RAL 3000 powder</td><td>for 4,000 pcs</td><td>Ordered</td></tr>
</table>
''')))])

# ---- RG006 / RG008

# p19 - supplier books brass for the "confirmed annual requirement" that the buyer called a forecast.
p19_stock = tx('''
SHREEJI FIRETECH ENGG PVT LTD - RAW MATERIAL STOCK STATEMENT   (as on 17.06.2024)
Customer : KELVINSIDE & CLYDE HA (UK)      Item : ESC-1520-WH escutcheon 2-pc, white
--------------------------------------------------------------------------------
Material          Grade   Booked (kg)  For qty (nos)  Status
Brass strip 0.8   CZ121       378          4,200      Booked with mill, PO SFE/RM/24-311
Brass strip 0.8   CZ121         3             24      In stock (samples)
Powder RAL 9010   -            45          4,200      Rate fixed till 31.07.2024
--------------------------------------------------------------------------------
''')
_t = tx('''
Dear Ms Buchanan,

Greetings from Shreeji Firetech!

Thank you for your mail below. As per your confirmed annual requirement of 4,200 nos for 2025,
we have booked brass strip CZ121 for the full 4,200 nos with our mill, to protect you from the
July price increase. Stock statement attached for your reference.

The 24 samples are under powder coating (white RAL 9010), dispatch by 28 June.

Thanks & Regards,
Rajesh Mehta
''') + SIG_RAJESH + "\nOn 14/06/2024 11:02, Morag Buchanan wrote:\n" + quote(tx('''
Dear Rajesh,

Thanks for the call. To help your planning: our 2025 programme forecast is 4,200 escutcheons
(forecast only, not an order).

The live order is PO KCHA-PO-24-1305 for 24 samples only. The balance is not released until
Ailsa Drummond signs off the samples and Euan Fraser issues a written release. Please don't buy
material beyond the samples.

Kind regards,
Morag
'''))
case("p19_brass_booked_confirmed_requirement", ["RG006", "RG008"],
     "supplier calls the buyer's labelled forecast a 'confirmed annual requirement' and books brass "
     "for 4,200 while 24 samples are released",
     [("RE_2025_programme_KCHA-PO-24-1305.eml", eml_bytes(mail(
         RAJESH, MORAG, "RE: 2025 programme / KCHA-PO-24-1305 samples", "Mon, 17 Jun 2024 15:48:00 +0530",
         _t, cc=PRIYA, attachments=[("stock_statement_KCHA.txt", p19_stock, TXT_MT)],
         in_reply_to="<h228-kcha-0614@kchousing.org.uk>")))])

# p20 - Korean weekly report: forecast registered as firm order; material for 1,600 sets.
case("p20_weekly_report_firm_forecast", ["RG006", "RG008"],
     "supplier report lists the customer forecast as 'FIRM ORDER 1,600 sets' and material bought "
     "for 1,600 sets while 16 samples are released",
     [("DSM_weekly_report_W25.pdf", pdf([
         ("h1", "Weekly Production Status Report — W25/2024"),
         ("p", "Daehan Safety Metal Co., Ltd. · Overseas Sales Team · To: Siam Orchid Hotels & Resorts "
               "(Khun Pimchanok Srisuk)"),
         ("table", [["Item", "Customer PO", "Order qty", "Order status", "Released by customer",
                     "Produced", "Shipped"],
                    ["FDC-1154-A4 closer arm set", "SOH-PO-2024-0366", "1,600 sets",
                     "FIRM ORDER (customer forecast FC-SOH-2025-01)", "16 sets (samples)", "16 sets",
                     "16 sets"]]),
         ("h", "Material"),
         ("table", [["Material", "Spec", "Purchased", "Equivalent sets"],
                    ["SUS304 plate 4.0t", "ASTM A240", "2.9 ton", "1,600 sets"],
                    ["Pin Ø10 h9", "S45C", "3,200 pcs", "1,600 sets"]]),
         ("sp",),
         ("p", "Comment: Customer annual forecast 1,600 sets is registered as firm order in our ERP. "
               "Material for 1,600 sets purchased in W24 for stable delivery."),
         ("p", "Quality: EN 1154 cycle test 500,000 cycles passed (report DSM-QT-24-118). Salt spray "
               "240 h passed."),
         ("p", "Prepared by Kim Min-jun, checked by Park Ji-hoon (Production Team Leader)"),
     ], title="DSM weekly report W25", author="Kim Min-jun"))])

# p21 - Italian weekly report: deposit received = order confirmed, series started, material bought.
case("p21_report_deposit_series_started", ["RG006", "RG012"],
     "supplier report: with the deposit received the order is 'confirmed', series of 1.480 started "
     "and material for 1.500 bought while the PO covers 20 samples",
     [("Rapporto_settimanale_W24.docx", docx_bytes([
         ("h1", "Rapporto settimanale / Weekly report — W24"),
         ("p", "Valtrompia Antincendio S.r.l. → Grupo Vitrine Shopping Centers S.A. (Sra. Renata "
               "Figueiredo)"),
         ("p", "Ordine / order: OC-24/0575 — your PO 4500-GV-7795 (20 samples HRB-2530-SW)"),
         ("h", "Situazione / status"),
         ("table", [["Attività", "Stato"],
                    ["Campioni / samples 20 pz", "spediti 14/06, AWB 176-2251 4815 — waiting your feedback"],
                    ["Acconto 30% (proforma PF-24/0207, lotto 1.500 pz)", "ricevuto 12/06/2024 — grazie"],
                    ["Serie 1.480 pz", "avviata / started 13/06"],
                    ["Materiale: tubo acciaio Ø 33,7 × 2,6 + piastre S235", "acquistato per 1.500 pz"]]),
         ("p", "Nota: with the deposit received we consider the order confirmed, so we started the "
               "series production of 1.480 pz and bought the material for the full lot, to keep your "
               "delivery for the inauguration of Vitrine Norte."),
         ("p", "Giulia Ferrari — Qualità / Stefano Guerini — Produzione"),
     ], author="Giulia Ferrari"))])

# p22 - WeChat: supplier takes a forecast as the order and buys coil for 5000.
case("p22_wechat_forecast_as_order_steel", ["RG006", "RG008"],
     "buyer gives a forecast 'not confirmed yet'; supplier 'we take 5000 pcs as your order' and buys "
     "coil for 5000",
     [("WeChat_Lily_Hengtai.txt", tx('''
WeChat chat history — Mohammed Rafeeq (Lusail Crest FM) / Lily Chen (Hengtai)
Exported 2024-06-11 09:30

2024-06-10 14:22  Mohammed Rafeeq: Hi Lily. For your planning only: 2025 forecast extinguisher wall mount EWM-0609-ZN approx 5,000 pcs for our Lusail and Msheireb sites. Not confirmed yet
2024-06-10 14:50  Lily Chen: Thank you Mr Rafeeq! 🙏 We take 5000 pcs as your order for 2025
2024-06-10 14:51  Lily Chen: Steel price going up in July, so we already buy Q235 coil for 5000 pcs to lock price for you 👍
2024-06-10 15:05  Mohammed Rafeeq: ok Lily. When the samples will be ready?
2024-06-10 15:07  Lily Chen: Samples ready 25 June, we send by DHL
'''))])

# p23 - buyer "forecast" declared a firm commitment.
case("p23_forecast_firm_commitment", ["RG008"],
     "document titled forecast says 'this forecast is our firm commitment ... quantities will not be "
     "reduced'",
     [("FC-LC-2025-03.pdf", pdf([
         ("h1", "2025 Material Forecast — Fire Protection Hardware"),
         ("p", "Lusail Crest Facilities Management W.L.L. — Procurement — issued 16/06/2024 — "
               "Ref. FC-LC-2025-03"),
         ("table", [["Item", "Description", "Lusail Marina", "Msheireb", "Al Wakra", "Total 2025"],
                    ["ESC-1520-CR", "Escutcheon recessed 1/2\" chrome", "1,800", "1,200", "600", "3,600"],
                    ["HRB-2530-SW", "Hose-reel swing bracket EN 671-1", "600", "500", "400", "1,500"],
                    ["EWM-0609-ZN", "Extinguisher wall mount 6/9 kg", "2,200", "1,800", "1,000", "5,000"],
                    ["FDC-1154-A4", "Closer arm EN 1154 size 2–4", "480", "360", "240", "1,080"],
                    ["VCC-400-DI", "Valve-chamber cover EN 124 B125", "120", "80", "100", "300"]]),
         ("sp",),
         ("p", "This forecast is our firm commitment for 2025. Vendors shall plan production and "
               "capacity accordingly; call-offs will follow. Quantities will not be reduced."),
         ("p", "Khalid Al-Mannai, Procurement Manager"),
     ], title="FC-LC-2025-03", author="Khalid Al-Mannai"))])

# p24 - plain mail: forecast to be treated as firm order + unscoped green light on a drawing.
case("p24_mail_forecast_firm_green_light", ["RG002", "RG008"],
     "buyer: 2025 forecast 4,200 'treat this as our firm order for the year'; separate unscoped "
     "'green light, crack on' on the drawing",
     [("2025_escutcheons_mail.txt", tx('''
From: Morag Buchanan <morag.buchanan@kchousing.org.uk>
Sent: 18 June 2024 16:20
To: Rajesh Mehta <rajesh.mehta@shreejifiretech.in>
Subject: 2025 escutcheons

Hi Rajesh,

Quick one. Our 2025 refurbishment programme forecast is 4,200 escutcheons (ESC-1520-WH, white).
Please treat this as our firm order for the year.

Also, your drawing SFE-D-1520 Rev 3 for the white version - green light from us, crack on.

Board meets in September to agree the budget, I'll send the paperwork after that.

Cheers,
Morag

Morag Buchanan | Procurement Officer
Kelvinside & Clyde Housing Association | 14 Queen Margaret Drive, Glasgow G20
'''))])

# p25 - Korean supplier order book: customer forecast shown as CONFIRMED ORDER.
case("p25_order_book_forecast_confirmed", ["RG008"],
     "supplier order book lists Siam Orchid's forecast FC-SOH-2025-01 (1,600 sets) as CONFIRMED "
     "ORDER in the production plan",
     [("DSM_order_book.html", html_page("Daehan Safety Metal — Customer Order Book", tx('''
<h1>Daehan Safety Metal — Customer Order Book</h1>
<p>Printed 2024-06-21 · Overseas Sales Team · Kim Min-jun</p>
<table>
<tr><th>Customer</th><th>Part</th><th>Qty</th><th>Source document</th><th>Status</th><th>Plan</th></tr>
<tr><td>Siam Orchid Hotels &amp; Resorts (TH)</td><td>FDC-1154-A4</td><td>1,600 sets</td><td>Customer forecast FC-SOH-2025-01 (e-mail 2024-05-30)</td><td>CONFIRMED ORDER</td><td>Production W30–W38</td></tr>
<tr><td>Lusail Crest FM (QA)</td><td>FDC-1154-A4</td><td>240 nos</td><td>PO 4500019204</td><td>CONFIRMED ORDER</td><td>Production W28–W31</td></tr>
<tr><td>Grupo Vitrine (BR)</td><td>FDC-1154-A4</td><td>30 sets</td><td>PO 4500-GV-7813 (samples)</td><td>CONFIRMED ORDER</td><td>Samples W26</td></tr>
</table>
<p class="note">All confirmed orders are loaded in the MES production plan. For changes please contact overseas sales.</p>
''')))])

# ---- RG009

# p26 - supplier mail: "approval" for samples, production and PO; sample approval rolls over.
case("p26_mail_approval_automatic", ["RG007", "RG009"],
     "supplier: 'after your approval of the samples, the approval of production is automatic ... we "
     "continue with 3,960'; 'approval' used for samples, production and PO",
     [("RE_PO_4500-GV-7745_samples.txt", tx('''
From: Lily Chen <lily.chen@hengtai-firesafety.cn>
Sent: Friday, June 21, 2024 5:48 PM
To: Renata Figueiredo <renata.figueiredo@grupovitrine.com.br>
Subject: RE: PO 4500-GV-7745 samples EWM-0609-ZN

Dear Renata,

Good day! Samples 40 pcs was shipped by SF Express today.

About the approval: after your approval of the samples, the approval of production is automatic,
and we already see the PO approval in your portal. So after sample approval we continue with
3,960 pcs directly, no need to wait other document. This is to save time for your shopping
opening in September.

Any question please let me know.

Best regards
Lily Chen
Sales Manager | Quanzhou Hengtai Fire Safety Hardware Co., Ltd.
Nan'an, Quanzhou, Fujian, China | Tel +86 595 8638 2210
'''))])

# p27 - SAP printout: release strategy "RELEASED" next to the production-release text.
case("p27_sap_release_strategy", ["RG009"],
     "SAP release strategy and PO status 'RELEASED' next to 'production not released / written "
     "production release'; scope otherwise complete",
     [("PO_4500019561_ME23N.txt", tx('''
LUSAIL CREST FACILITIES MANAGEMENT W.L.L.        PURCHASE ORDER (SAP ME23N PRINT)
PO Number : 4500019561        Doc. type NB         PO date 06.06.2024
Vendor    : 100512 VALTROMPIA ANTINCENDIO S.R.L., LUMEZZANE (BS), IT
Purch.Org : LC01    Purch.Group P15 (M. RAFEEQ)

Release strategy L2:
  Level 1  Buyer (M. Rafeeq)               RELEASED   06.06.2024 09:14
  Level 2  Proc. Manager (K. Al-Mannai)    RELEASED   06.06.2024 11:52
PO STATUS : RELEASED - TRANSMITTED TO VENDOR

Item  Material     Short text                              Qty  Un  Net price   Net value
00010 2500-012-30  HOSE REEL SWING BRACKET HRB-2530-SW      20  EA  EUR 22,40   EUR 448,00
                   EN 671-1, RAL 3000, DRG LC-FP-2530 REV 12

Header text:
 SAMPLE PO - 20 EA ONLY. PRODUCTION NOT RELEASED.
 BALANCE 1,480 EA ON HOLD UNTIL SAMPLE SIGN-OFF BY ENG. SALMAN AL-NAIMI AND
 WRITTEN PRODUCTION RELEASE BY FAISAL AL-KUWARI, PROJECTS DIRECTOR.
 MATERIAL AUTHORITY: SAMPLE-ONLY.

Total net value : EUR 448,00
'''))])

# p28 - Czech supplier portal: approvals of drawing and PO, production "RELEASED" on deposit.
case("p28_portal_release_on_deposit", ["RG009", "RG012"],
     "supplier portal: 'APPROVED' for drawing and PO, 'Production release: RELEASED — automatic on "
     "deposit receipt'",
     [("zakaznicky_portal_ZAK-24-0415.html", html_page("Moravská Armatura — Customer portal", tx('''
<h1>Moravská Armatura s.r.o. — Zákaznický portál / Customer portal</h1>
<p>Zákazník / customer: Siam Orchid Hotels &amp; Resorts PCL (Bangkok) — kontakt: Khun Pimchanok Srisuk</p>
<h2>Zakázka / order ZAK-24-0415 — your PO SOH-PO-2024-0402</h2>
<table>
<tr><th>Položka</th><th>Popis</th><th>Množství</th></tr>
<tr><td>VCC-400-DI</td><td>Valve-chamber cover 400×400, EN 124-2 B125, car-park hydrant chambers</td><td>160 ks total (8 ks samples + 152 ks series)</td></tr>
</table>
<h3>Workflow</h3>
<table>
<tr><th>Step</th><th>Status</th><th>Date</th></tr>
<tr><td>Drawing approval (customer engineering)</td><td>APPROVED</td><td>03.06.2024</td></tr>
<tr><td>PO approval (customer purchasing)</td><td>APPROVED</td><td>05.06.2024</td></tr>
<tr><td>Samples 8 ks</td><td>in preparation</td><td>ETD 28.06.2024</td></tr>
<tr><td>Deposit 30 % (proforma ZF-24-0188)</td><td>RECEIVED</td><td>11.06.2024</td></tr>
<tr><td>Production release</td><td>RELEASED — automatic on deposit receipt</td><td>11.06.2024</td></tr>
<tr><td>Production 152 ks</td><td>scheduled, foundry slot week 27</td><td></td></tr>
</table>
'''), lang="cs"))])

# p29 - forwarded finance mail (rfc822): payment "approved and released" -> "release the production".
_inner = mail(AHMED, RAFEEQ, "Advance payment - Valtrompia - PO 4500019588",
              "Tue, 11 Jun 2024 13:02:00 +0300", tx('''
Dear Mohammed,

Advance payment 30% EUR 6.705,00 for PO 4500019588 (Valtrompia, 1.500 pcs hose-reel brackets) is
approved and released today from QNB, TT ref FT24163QA0917.

Regards,
Ahmed Siddiqui
Accounts Payable
Lusail Crest Facilities Management W.L.L.
'''))
_t = tx('''
Dear Marco,

Good day. Pls see below mail from our finance: the advance is approved and released today.

With this release you can release the production of the 1.500 pcs hose-reel brackets on PO
4500019588. Kindly share the production schedule and the dispatch plan.

Best regards,
Mohammed Rafeeq
''') + SIG_RAFEEQ
case("p29_forward_payment_released", ["RG009", "RG012"],
     "forwarded finance mail 'approved and released' (payment); buyer: 'with this release you can "
     "release the production of the 1.500 pcs'",
     [("FW_PO_4500019588.eml", eml_bytes(mail(
         RAFEEQ, MARCO, "FW: Advance payment - Valtrompia - PO 4500019588",
         "Tue, 11 Jun 2024 14:30:00 +0300", _t, html=htmlize(_t),
         attachments=[("rfc822", _inner)])))])

# ---- RG010

# p30 - Teams: start the samples, full hold wording, no quantity anywhere.
case("p30_teams_start_samples_no_qty", ["RG010"],
     "'you can start the samples' with hold, unlock event and release person but no quantity",
     [("Teams_chat_Tomas.txt", tx('''
Microsoft Teams - chat export
Chat: Morag Buchanan (KCHA) / Tomáš Dvořák (Moravská Armatura)

[11/06/2024 14:05] Morag Buchanan: Hi Tomáš, you can start the samples for the valve chamber covers now (PO KCHA-PO-24-1259, VCC-400-DI).
[11/06/2024 14:06] Morag Buchanan: Balance stays on hold - it's not released until Ailsa Drummond signs off the samples and Euan Fraser sends a written release. No material beyond the samples please.
[11/06/2024 14:20] Tomáš Dvořák: Hello Morag, ok understood. We start the pattern and first pour next week.
[11/06/2024 14:21] Tomáš Dvořák: Test certificate EN 124-2 we send together with samples.
[11/06/2024 14:22] Morag Buchanan: Brilliant, cheers 👍
'''))])

# p31 - plain mail: "proceed with the sample lot as discussed".
case("p31_mail_sample_lot_as_discussed", ["RG010"],
     "'proceed with the sample lot as discussed' (scoped, so not RG002) with hold, event and "
     "release person, but no quantity",
     [("SOH-PO-2024-0390_mail.txt", tx('''
From: Pimchanok Srisuk <pimchanok.s@siamorchidhotels.co.th>
Sent: Wednesday, 12 June 2024 14:10
To: Kim Min-jun <mj.kim@daehansm.co.kr>
Cc: Anan Wongsakul <anan.w@siamorchidhotels.co.th>
Subject: PO SOH-PO-2024-0390 - closer arm samples

Dear Mr Kim,

Thank you for the meeting on Monday ka. Please proceed with the sample lot as discussed (closer
arm FDC-1154-A4, PO SOH-PO-2024-0390).

The production balance is not released. To unlock it we need sample sign-off by Khun Anan
Wongsakul (Chief Engineer) and then a written release from Khun Natthaya Charoenkit (Group
Director of Engineering).

Material: only for the sample lot please.

Best regards,
Pimchanok Srisuk
Group Purchasing Manager
Siam Orchid Hotels & Resorts PCL
'''))])

# p32 - DOCX scope note: quantity "as per quotation"; "aprovação" for PO, samples and production.
case("p32_scope_note_aprovacao_no_qty", ["RG009", "RG010"],
     "quantity only 'conforme cotação'; 'aprovação' used for PO (commercial), samples (technical) "
     "and production (release)",
     [("Nota_escopo_PO_4500-GV-7830.docx", docx_bytes([
         ("h1", "Nota de Escopo do Pedido / PO Scope Note"),
         ("p", "PO 4500-GV-7830 · Fornecedor: Shreeji Firetech Engineering Pvt. Ltd. (Mumbai) · 14/06/2024"),
         ("table", [["Campo", "Descrição"],
                    ["Item", "ESC-1520-CR escutcheon recessed 1/2\" chrome (NFPA 13, UL 199 heads)"],
                    ["Quantidade", "Amostras conforme cotação SFE/Q/24-131 (samples as per quotation)"]]),
         ("h", "Aprovações / approvals"),
         ("table", [["Etapa", "Responsável", "Status"],
                    ["Aprovação do pedido (PO approval)", "Diretoria", "OK — aprovado 13/06"],
                    ["Aprovação das amostras (sample approval)",
                     "Thiago Moura, Engenharia de Manutenção", "pendente"],
                    ["Aprovação da produção (production approval)",
                     "Luciana Prado, Diretora de Operações — por escrito", "pendente"]]),
         ("h", "Saldo / balance"),
         ("p", "Saldo de produção não liberado (production balance not released). Start of production "
               "only after the sample approval and the written production approval of Luciana Prado."),
         ("p", "Material: somente amostras."),
         ("p", "Renata Figueiredo — Suprimentos"),
     ], author="Renata Figueiredo"))])

# p33 - PO line quantity "1 LOT" as per quotation.
case("p33_po_sample_lot_as_quotation", ["RG010"],
     "PO line '1 LOT ... as per your quotation'; hold, event and release person present, but no "
     "unit quantity authorized",
     [("PO_4500019610.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Lusail Crest Facilities Management W.L.L. — P.O. Box 24117, Doha, Qatar"),
         ("table", lc_header("4500019610", "13/06/2024",
                             "Daehan Safety Metal Co., Ltd., Changwon, Korea (vendor 100388)",
                             [("Project", "Lusail Marina Tower 3 — fire doors (WBS LC-24-1154-LM)")])),
         ("sp",),
         ("table", [["Item", "Material", "Description", "Qty", "UoM", "Amount"],
                    ["10", "1154-004-02", "FDC-1154-A4 closer arm EN 1154 size 2–4 — sample lot as per "
                                          "your quotation DSM-Q-24-0412", "1", "LOT", "USD 296.00"]]),
         ("h", "PO note"),
         ("p", "Sample lot only, as per your quotation DSM-Q-24-0412. The production balance is not "
               "released; it is on hold until sample sign-off by Eng. Salman Al-Naimi, then a written "
               "release from Faisal Al-Kuwari, Projects Director. Material authority: sample-only."),
         ("p", "Kindly send with the samples: EN 1154 cycle test report (500,000 cycles), "
               "ISO 9001:2015 certificate."),
     ], title="PO 4500019610", author="Mohammed Rafeeq"))])

# p34 - WhatsApp: go ahead with samples only, quantity still open ("will confirm tomorrow").
case("p34_whatsapp_how_many_samples", ["RG010"],
     "'go ahead with samples only' + 'you start preparing' while the sample quantity is left open "
     "('20 or 30?' - 'will confirm tomorrow')",
     [("WhatsApp Chat with Rajesh Bhiwandi.txt", tx('''
12/06/2024, 19:01 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
12/06/2024, 19:02 - Mohammed Rafeeq: Rajesh bhai, go ahead with samples only for escutcheon ESC-1520-CR, PO 4500019455 will come tomorrow. No bulk
12/06/2024, 19:03 - Mohammed Rafeeq: Balance not released till Eng Salman signs off the samples and Faisal sir gives written release. No material for bulk pls
12/06/2024, 19:20 - Rajesh Mehta: Noted sir 🙏 How many samples sir? 20 or 30?
12/06/2024, 19:41 - Mohammed Rafeeq: Will confirm tomorrow inshallah, you start preparing
12/06/2024, 19:42 - Rajesh Mehta: Ok sir 👍
'''))])

# ---- RG012 with RG002

# p35 - LINE chat: deposit done, so green light.
case("p35_line_deposit_green_light", ["RG002", "RG012"],
     "buyer: 'Deposit done already so ok na, green light, go ahead' — unscoped and tied to the "
     "deposit; earlier scope gives 16 samples, hold, event, person",
     [("LINE_chat_Daehan_Mr_Kim.txt", tx('''
[LINE] Chat history with Daehan - Mr Kim
Saved on: 2024/06/25 18:02

2024/06/05(Wed)
10:12 Pimchanok S. PO SOH-PO-2024-0396 sent by email ka. 16 sample sets closer arm FDC-1154-A4
10:13 Pimchanok S. Balance 1,584 sets NOT released. Only after sample sign-off by Khun Anan and written release by Khun Natthaya ka
10:30 Kim Min-jun Received, thank you Khun Pim

2024/06/24(Mon)
15:40 Kim Min-jun Khun Pim, we received 30% deposit for the whole project (1,600 sets) today. Thank you!
15:41 Kim Min-jun Can we start?
16:05 Pimchanok S. Deposit done already so ok na, green light, go ahead ka 🙏
16:06 Kim Min-jun [Sticker]
'''))])

# p36 - multipart mail: "pode iniciar o lote piloto" with nothing else.
_t = tx('''
Oi Lily, tudo bem?

Pode iniciar o lote piloto dos suportes de extintor EWM-0609-ZN (pilot lot), conforme nossa
conversa de ontem. O PO 4500-GV-7866 segue no portal até sexta.

Desenho GV-FP-0609 Rev 12, zincado + RAL 3000. Favor mandar fotos antes do embarque.

Obrigada!
Renata
''') + SIG_RENATA
case("p36_pilot_lot_start", ["RG003", "RG004", "RG005", "RG010"],
     "'pode iniciar o lote piloto' — a partial authorization with no quantity, no hold, no event "
     "and no release person",
     [("lote_piloto_EWM-0609-ZN.eml", eml_bytes(mail(
         RENATA, LILY, "Lote piloto EWM-0609-ZN", "Tue, 18 Jun 2024 17:55:00 -0300", _t,
         html=htmlize(_t))))])

# ---- RG011

# p37 - PO table says 24, scope note says thirty (30).
case("p37_po_24_vs_thirty", ["RG011"],
     "PO line quantity 24 but the scope note says 'thirty (30) sample escutcheons'",
     [("KCHA-PO-24-1311.pdf", pdf([
         ("h1", "PURCHASE ORDER KCHA-PO-24-1311"),
         ("p", "Kelvinside & Clyde Housing Association Ltd · 14 Queen Margaret Drive, Glasgow G20"),
         ("table", kcha_header("KCHA-PO-24-1311", "19 June 2024",
                               [("Deliver to", "Gorbals estate office, 120 Cumberland Street, Glasgow G5")],
                               supplier="Shreeji Firetech Engineering Pvt. Ltd., Bhiwandi, Thane, India")),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Total"],
                    ["1", "ESC-1520-WH", "Escutcheon two-piece recessed, 1/2\" pendent, white RAL 9010, "
                                         "sketch KC-SP-0150 Rev 2 — SAMPLES", "24", "GBP 1.15", "GBP 27.60"]]),
         ("h", "Scope of this PO"),
         ("p", "• Active quantity: thirty (30) sample escutcheons for the fit check at Gorbals block 2."),
         ("p", "• The balance of the programme is not released."),
         ("p", "• Unlock: sample sign-off by Ailsa Drummond, then a written release from Euan Fraser, "
               "Head of Assets."),
         ("p", "• Material authority: sample-only."),
     ], title="KCHA-PO-24-1311", author="Morag Buchanan"))])

# p38 - mail says forty (40), attached PO says 50.
p38_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Siam Orchid Hotels & Resorts Public Company Limited — Group Purchasing — Bangkok"),
    ("table", [["PO No.", "SOH-PO-2024-0418"], ["Date", "17/06/2024"],
               ["Supplier", "Quanzhou Hengtai Fire Safety Hardware Co., Ltd., Nan'an, Fujian"],
               ["Delivery", "DAP Bangkok Riverside"]]),
    ("sp",),
    ("table", [["Item", "Part", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
               ["1", "EWM-0609-ZN", "Extinguisher wall mount 6 kg / 9 kg, zinc + RAL 3000 — samples",
                "50", "pcs", "3.20", "160.00"]]),
    ("h", "PO scope note"),
    ("p", "Active quantity: 50 sample pcs. The balance is not released until sample sign-off by "
          "Khun Anan Wongsakul and a written release from Khun Natthaya Charoenkit. Material: "
          "samples only."),
], title="SOH-PO-2024-0418", author="Pimchanok Srisuk")
_t = tx('''
Dear Lily,

Please find attached PO SOH-PO-2024-0418 for forty (40) sample wall mounts EWM-0609-ZN.

The balance is not released until Khun Anan signs off the samples and Khun Natthaya issues the
written release. Material for the samples only please.

Thank you ka.
Pimchanok
''') + SIG_PIM
case("p38_mail_forty_po_fifty", ["RG011"],
     "cover mail says forty (40) samples, the attached PO says 50",
     [("SOH-PO-2024-0418.eml", eml_bytes(mail(
         PIM, LILY, "PO SOH-PO-2024-0418 - wall mount samples", "Mon, 17 Jun 2024 11:45:00 +0700",
         _t, attachments=[("SOH-PO-2024-0418.pdf", p38_po, PDF_MT)])))])

# p39 - SAP printout: header total 36, item quantity 63.
case("p39_sap_36_vs_63", ["RG011"],
     "header 'Qtd total pedido: 36 PC' vs item 'Qtd: 63 PC' in one PO",
     [("PO_4500-GV-7841.txt", tx('''
GRUPO VITRINE SHOPPING CENTERS S.A.         PEDIDO DE COMPRA / PURCHASE ORDER
SAP - impressão 17.06.2024 11:03

Pedido            : 4500-GV-7841           Data: 17.06.2024
Fornecedor        : 700655 DAEHAN SAFETY METAL CO., LTD. - CHANGWON, KR
Compradora        : R. FIGUEIREDO (GRP SUP-02)
Qtd total pedido  : 36 PC

Item 00010  FDC-1154-A4  BRACO FECHA-PORTA EN 1154 TAM 2-4 (AMOSTRAS)
            Qtd: 63 PC     Preço: USD 18,50     Valor: USD 1.165,50
            Entrega: 15.07.2024  CD GUARULHOS

Texto de cabeçalho:
 PEDIDO DE AMOSTRAS. SALDO DE PRODUÇÃO NÃO LIBERADO (ON HOLD).
 DESBLOQUEIO: SIGN-OFF DAS AMOSTRAS POR THIAGO MOURA (ENG. MANUTENÇÃO) E
 LIBERAÇÃO POR ESCRITO DE LUCIANA PRADO (DIRETORA DE OPERAÇÕES).
 MATERIAL: SOMENTE AMOSTRAS.

Status: enviado ao fornecedor
'''))])

# p40 - supplier acknowledgement confirms 25 sets; quoted buyer PO says twenty (20); HTML attachment.
p40_html = html_page("Order Confirmation OC-DSM-24-0733", tx('''
<h2>Daehan Safety Metal Co., Ltd. — Order Confirmation OC-DSM-24-0733</h2>
<p>Customer: Lusail Crest Facilities Management W.L.L. · Customer PO: 4500019640 · Date: 2024-06-19</p>
<table>
<tr><th>No</th><th>Item</th><th>Description</th><th>Q'ty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>1</td><td>FDC-1154-A4</td><td>Closer arm sample set, EN 1154 size 2-4</td><td>25 SET</td><td>USD 18.50</td><td>USD 462.50</td></tr>
</table>
<p>Remark: sample only. Balance not released.</p>
'''))
_t = tx('''
Dear Mr. Mohammed Rafeeq,

Thank you for your kind order. We confirm your PO 4500019640 as below:
- Closer arm FDC-1154-A4 sample: 25 sets
- Balance: not released, we will wait sign-off of Eng. Salman Al-Naimi and written release from
  Mr. Faisal Al-Kuwari.
- Material: sample only.

Sample ETD 2024-07-05. Our order confirmation (ERP print) is attached.

Best regards,
Kim Min-jun
''') + SIG_KIM + "\n" + tx('''
-----Original Message-----
From: "Mohammed Rafeeq" <mohammed.rafeeq@lusailcrest-fm.qa>
To: "Kim Min-jun" <mj.kim@daehansm.co.kr>
Sent: 2024-06-18 (Tue) 10:41:07 (GMT+03:00)
Subject: PO 4500019640 - closer arm samples
''') + "\n" + quote(tx('''
Dear Mr Kim,
PFA PO 4500019640 for twenty (20) nos sample closer arms FDC-1154-A4.
Balance not released until Eng. Salman Al-Naimi signs off the samples and Faisal Al-Kuwari,
Projects Director, sends a written release. No material for balance pls.
Best regards, Mohammed Rafeeq
'''))
case("p40_ack_25_vs_quoted_20", ["RG011"],
     "supplier acknowledgement and its HTML confirmation say 25 sets; the quoted buyer PO mail says "
     "twenty (20)",
     [("RE_PO_4500019640.eml", eml_bytes(mail(
         KIM, RAFEEQ, "RE: PO 4500019640 - closer arm samples", "Wed, 19 Jun 2024 09:12:00 +0900",
         _t, attachments=[("OC-DSM-24-0733.html", p40_html, HTML_MT)],
         in_reply_to="<h228-lc-0618@lusailcrest-fm.qa>")))])

# ---- RG012

# p41 - supplier: deposit for the whole project received, so production of 2,400 started.
case("p41_deposit_received_production_started", ["RG006", "RG012"],
     "supplier knows the PO is 24 samples but starts 2,400 because the deposit was paid, and buys "
     "coil for 2,400",
     [("RE_EWM-0609-ZN_Hengtai_0625.txt", tx('''
From: Lily Chen <lily.chen@hengtai-firesafety.cn>
Sent: Tuesday, June 25, 2024 11:26 AM
To: Pimchanok Srisuk <pimchanok.s@siamorchidhotels.co.th>
Subject: Deposit received - extinguisher wall mount EWM-0609-ZN

Dear Khun Pim,

Good day! We received your 30% deposit USD 2,304.00 today, thank you very much.

Your PO SOH-PO-2024-0422 is for 24 samples, we know, but the deposit is for the whole project
2,400 pcs, so we start production of 2,400 pcs now and we already bought the Q235 steel coil for
all 2,400 pcs. Delivery can be end of August.

Best regards
Lily Chen
Sales Manager | Quanzhou Hengtai Fire Safety Hardware Co., Ltd.
'''))])

# p42 - Italian proforma on a forecast "considered as confirmed order"; production on down payment.
case("p42_proforma_forecast_confirmed", ["RG008", "RG012"],
     "proforma bills a 30% down payment on the buyer's forecast 'considered as confirmed order' and "
     "starts production of 1.500 on receipt",
     [("PF-24-0219.pdf", pdf([
         ("h1", "FATTURA PROFORMA / PROFORMA INVOICE PF-24/0219"),
         ("p", "Valtrompia Antincendio S.r.l. · Via Matteotti 212, 25065 Lumezzane (BS) · Italia"),
         ("table", [["Cliente", "Lusail Crest Facilities Management W.L.L., Doha, Qatar"],
                    ["Data", "19/06/2024"],
                    ["Riferimento", "Your 2025 forecast FC-LC-2025-03 (hose-reel brackets 1.500 pz) — "
                                    "considered as confirmed order"]]),
         ("sp",),
         ("table", [["Pos", "Codice", "Descrizione", "Q.tà", "Prezzo", "Importo"],
                    ["1", "HRB-2530-SW", "Staffa girevole naspo EN 671-1, RAL 3000", "1.500 pz",
                     "EUR 15,20", "EUR 22.800,00"],
                    ["", "", "Acconto 30% / down payment 30%", "", "", "EUR 6.840,00"]]),
         ("sp",),
         ("p", "Pagamento: acconto 30% alla conferma tramite bonifico, saldo 70% prima della "
               "spedizione. IBAN IT60 X054 2811 1010 0000 0123 456."),
         ("p", "Alla ricezione dell'acconto avviamo la produzione. Upon receipt of the down payment "
               "we start the production of the 1.500 pz."),
         ("p", "Marco Bertoli — Ufficio Commerciale Estero"),
     ], title="PF-24/0219", author="Marco Bertoli"))])

# ---- multi-file folders

# p43 - cover mail (24 samples) + PO PDF (40 nos) + supplier quote PDF.
_t = tx('''
Dear Rajesh,

Good day. Our PO 4500019702 (PDF) and your quotation SFE/Q/24-140 go with this mail.

Scope of the PO:
- twenty-four (24) nos sample hose reel brackets HRB-2530-SW only.
- Your quotation shows 1,500 nos production. This is for information only and it is NOT released.
- Balance on hold till Eng. Salman Al-Naimi signs off the samples, then written release by
  Faisal Al-Kuwari, Projects Director.
- Material: samples only.

Kindly acknowledge.

Best regards,
Mohammed Rafeeq
''') + SIG_RAFEEQ
p43_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Lusail Crest Facilities Management W.L.L. — P.O. Box 24117, Doha, Qatar"),
    ("table", lc_header("4500019702", "20/06/2024",
                        "Shreeji Firetech Engineering Pvt. Ltd., Bhiwandi, Thane (vendor 100245)",
                        [("Project", "Al Wakra Tower B — hose reels (WBS LC-24-2530-AW)")])),
    ("sp",),
    ("table", [["Item", "Material", "Description", "Qty", "UoM", "Unit price QAR", "Amount QAR"],
               ["10", "2500-012-30", "HRB-2530-SW hose reel swing bracket, EN 671-1, RAL 3000 — "
                                     "sample", "40", "NOS", "25.00", "1,000.00"]]),
    ("h", "PO note"),
    ("p", "Sample PO: 40 nos. Balance not released; on hold until sample sign-off by Eng. Salman "
          "Al-Naimi and written release by Faisal Al-Kuwari, Projects Director. Material authority: "
          "sample-only."),
], title="PO 4500019702", author="Mohammed Rafeeq")
p43_quote = pdf([
    ("h1", "QUOTATION SFE/Q/24-140"),
    ("p", "Shreeji Firetech Engineering Pvt. Ltd. · Gala 12-14, Bhiwandi-Kalyan Road, Thane 421302 · "
          "GSTIN 27AAJCS4417M1Z2 · ISO 9001:2015"),
    ("table", [["To", "Lusail Crest FM W.L.L., Doha — Kind attn. Mr Mohammed Rafeeq"],
               ["Date", "12.06.2024"], ["Item", "HRB-2530-SW hose reel swing bracket, EN 671-1"]]),
    ("sp",),
    ("table", [["Stage", "Qty", "Unit price USD", "Delivery"],
               ["Samples", "24 nos", "6.80", "15 days"],
               ["Production", "1,500 nos", "3.95", "35 days from release"]]),
    ("p", "Terms: FOB Nhava Sheva. Payment 30% advance, balance against B/L copy. Validity 45 days."),
    ("p", "Thanks & Regards, Rajesh Mehta, GM - Sales & Exports"),
], title="SFE/Q/24-140", author="Rajesh Mehta")
case("p43_cover_24_po_40_quote", ["RG011"],
     "cover mail: 24 sample nos (quote's 1,500 declared informational, full scope); the PO PDF of "
     "the same order says 40 nos",
     [("PO_4500019702_cover.eml", eml_bytes(mail(
         RAFEEQ, RAJESH, "PO 4500019702 - sample hose reel brackets HRB-2530-SW",
         "Thu, 20 Jun 2024 10:05:00 +0300", _t)),),
      ("PO_4500019702.pdf", p43_po),
      ("SFE-Q-24-140.pdf", p43_quote)])

# p44 - ERP PO (complete scope) + supplier mail (forgings for 1 200, automatic series) + report.
p44_po = tx('''
KELVINSIDE & CLYDE HOUSING ASSOCIATION                  PURCHASE ORDER
Unit4 ERP - printed 24/05/2024 09:40 - user MBUCHANAN

PO no        KCHA-PO-24-1322               Order date  24/05/2024
Supplier     20417  MORAVSKA ARMATURA S.R.O.  (Zlin, CZ)
Project      FD-UPG-2024  Fire door upgrade, Maryhill

Ln  Item          Description                           Qty  Unit  Price EUR  Value EUR
1   FDC-1154-A4   Closer arm EN1154 sz4 RAL9005 SAMPLE    12   EA      38,50     462,00

Scope of this order
  Active quantity: 12 EA samples only.
  Balance 1 188 EA (quoted 1 200) is NOT released - on hold.
  Unlock: sample sign-off by A. Drummond (Fire Safety Compliance),
          then written release by Euan Fraser, Head of Assets.
  Material authority: sample-only (12 EA). Do not order forgings for
  the balance.

Total order value  EUR 462,00  (excl. VAT)
''')
_t = tx('''
Dear Mrs Buchanan,

the 12 samples are finished and packed, shipping on Monday with DPD. The inspection report I send
in a separate mail (Word file).

To keep your delivery for Maryhill in September we have already ordered the forged arm blanks for
all 1 200 pcs at our forge in Frýdek-Místek. After your sample OK we continue automatically with
the series of 1 188 pcs, so please only send us the sign-off, no other paper is needed.

S pozdravem / Best regards
Tomáš Dvořák
''') + SIG_TOMAS + "\nDne 20.06.2024 v 16:10 Morag Buchanan napsal(a):\n" + quote(tx('''
Hi Tomáš,

Could you send the inspection report for the 12 samples when it's ready? Thanks.

Morag
'''))
p44_report = docx_bytes([
    ("h1", "Protokol o kontrole vzorků / Sample Inspection Report PK-24-0412"),
    ("p", "Moravská Armatura s.r.o. — Oddělení kvality / Quality — 21.06.2024"),
    ("table", [["Pole", "Údaj"],
               ["Zákazník / customer", "Kelvinside & Clyde Housing Association, PO KCHA-PO-24-1322"],
               ["Díl / part", "FDC-1154-A4 closer arm, drawing KC-FD-0412 Rev 3"],
               ["Počet vzorků / samples", "12 ks"]]),
    ("h", "Výsledky / results"),
    ("table", [["Znak / characteristic", "Požadavek", "Naměřeno", "Vyhovuje"],
               ["Length 245 mm", "± 0,5", "244,8–245,3", "ano / yes"],
               ["Bore Ø10 H8", "10,000–10,022", "10,004–10,019", "ano / yes"],
               ["Cycle test EN 1154", "500 000 cycles", "500 000, no crack", "ano / yes"],
               ["Salt spray ISO 9227 NSS", "480 h", "480 h, no red rust", "ano / yes"],
               ["Coating thickness", "60–80 µm", "62–74 µm", "ano / yes"]]),
    ("p", "Závěr / conclusion: vzorky vyhovují výkresu / samples conform to the drawing."),
    ("p", "Petra Horáková, kvalita"),
], author="Petra Horakova")
case("p44_po_supplier_mail_report", ["RG006", "RG007"],
     "buyer ERP PO is complete (12 samples, hold, sign-off + Euan); supplier mail: forgings ordered "
     "for all 1 200 and 'after your sample OK we continue automatically with the series'",
     [("KCHA-PO-24-1322.txt", p44_po),
      ("RE_inspection_report_KCHA-PO-24-1322.eml", eml_bytes(mail(
          TOMAS, MORAG, "RE: KCHA-PO-24-1322 - inspection report", "Fri, 21 Jun 2024 07:58:00 +0200",
          _t, in_reply_to="<h228-kcha-0620@kchousing.org.uk>"))),
      ("PK-24-0412.docx", p44_report)])

# p45 - cover mail says PO 7100-2231, portal page of the same order says PO 7100-2213.
_t = tx('''
Dear Mr. Kim,

Bom dia! Segue o nosso PO 7100-2231 no portal de fornecedores (link abaixo), para 30 amostras do
braço fecha-porta FDC-1154-A4 (closer arm samples).

Escopo:
- Active quantity: 30 sample sets.
- Saldo de produção (2.970 sets) NÃO liberado / not released.
- Desbloqueio: sign-off das amostras por Thiago Moura (Engenharia de Manutenção), depois liberação
  por escrito de Luciana Prado (Diretora de Operações).
- Material: somente amostras.

Link: https://fornecedores.grupovitrine.com.br/po/7100-2231

Atenciosamente,
Renata
''') + SIG_RENATA
case("p45_po_number_mismatch", ["RG011"],
     "cover mail names PO 7100-2231, the portal page of the same order shows PO 7100-2213; scope "
     "otherwise complete in both",
     [("PO_7100_cover_mail.eml", eml_bytes(mail(
         RENATA, KIM, "PO 7100-2231 - amostras FDC-1154-A4", "Fri, 21 Jun 2024 09:30:00 -0300",
         _t, html=htmlize(_t)))),
      ("portal_pedido_7100.html", html_page("Pedido de Compra 7100-2213", tx('''
<h1>Grupo Vitrine — Portal de Fornecedores</h1>
<p>Fornecedor: Daehan Safety Metal Co., Ltd. · Código 700655 · Unidade: Vitrine Sul (Porto Alegre)</p>
<h2>Pedido de Compra 7100-2213</h2>
<table>
<tr><th>Item</th><th>Material</th><th>Descrição</th><th>Qtd</th><th>UN</th><th>Preço USD</th><th>Total USD</th></tr>
<tr><td>10</td><td>FDC-1154-A4</td><td>Braço fecha-porta EN 1154 tam. 2–4 — amostras</td><td>30</td><td>SET</td><td>18.50</td><td>555.00</td></tr>
</table>
<div class="note">Escopo: 30 sample sets. Saldo de produção (2.970 sets) NÃO liberado. Desbloqueio: sign-off das amostras por Thiago Moura, depois liberação por escrito de Luciana Prado (Diretora de Operações). Material: somente amostras.</div>
'''), lang="pt-BR"))])


# ==================================================================== WRITE
def _stem(filename):
    stem = filename.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(228228).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h228_{n:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"wrote {len(CASES)} cases ({clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
